"""Run every benchmark: each ``bench/bench_*.py`` module's ``main(argv)``; or name some.

python -m bench                 # all of them
python -m bench import scoring  # bench_import.py and bench_scoring.py only
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    here = Path(__file__).parent
    names = [p.stem for p in sorted(here.glob("bench_*.py"))]
    if argv:
        names = [n for n in names if n.removeprefix("bench_") in argv]
    status = 0
    for name in names:
        print(f"== {name}", flush=True)
        module = importlib.import_module(f"bench.{name}")
        status |= module.main([]) or 0
    return status


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
