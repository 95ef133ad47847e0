"""Run every benchmark: each ``bench/bench_*.py`` module's ``main(argv)``; or name some.

python -m bench                 # all of them
python -m bench import scoring  # bench_import.py and bench_scoring.py only
"""

from __future__ import annotations

import importlib
import sys
import traceback
from pathlib import Path


def main(argv: list[str]) -> int:
    """Run each benchmark; one that raises or misses its goal fails the run, after all ran."""
    here = Path(__file__).parent
    names = [p.stem for p in sorted(here.glob("bench_*.py"))]
    if argv:
        names = [n for n in names if n.removeprefix("bench_") in argv]
    failed: list[str] = []
    for name in names:
        print(f"== {name}", flush=True)
        try:
            module = importlib.import_module(f"bench.{name}")
            if module.main([]):
                failed.append(f"{name}: missed its goal")
        except Exception:  # a benchmark that raises must not stop the others
            traceback.print_exc()
            failed.append(f"{name}: raised")
    for line in failed:
        print(f"FAILED {line}", file=sys.stderr)
    print(f"{len(names) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
