"""Run every benchmark: each ``bench/bench_*.py`` module's ``main(argv)``; or name some.

python -m bench                 # all of them
python -m bench import scoring  # bench_import.py and bench_scoring.py only
python -m bench --help          # this text and the benchmarks' names

Every benchmark runs, even after one raised; the run fails at the end when one raised or
missed its goal, after a summary of every figure printed beside its goal (the lines that
name a goal), so a long run's verdict is read in one place.
"""

from __future__ import annotations

import importlib
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TextIO


class GoalLines:
    """Standard output passed through, with each line that names a goal kept for the summary
    (the benchmarks print "… (goal <= 3.0)" beside a figure; a missed one says "goal missed"
    or "MISSED", a soak's failed part "FAILED …")."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.kept: list[str] = []
        self.partial = ""
        self.name = ""

    def write(self, text: str) -> int:
        self.out.write(text)
        lines = (self.partial + text).split("\n")
        self.partial = lines.pop()
        self.kept += [f"{self.name}: {line.strip()}" for line in lines if _names_a_goal(line)]
        return len(text)

    def flush(self) -> None:
        self.out.flush()

    def __getattr__(self, name: str) -> object:  # isatty, fileno, encoding…: the real stream's
        return getattr(self.out, name)


def _names_a_goal(line: str) -> bool:
    lowered = line.lower()
    return "goal" in lowered or "missed" in lowered or "failed " in lowered


def run(names: list[str], load: Callable[[str], object] = importlib.import_module) -> int:
    """Run each benchmark; one that raises or misses its goal fails the run, after all ran."""
    lines = GoalLines(sys.stdout)
    failed: list[str] = []
    sys.stdout = lines  # type: ignore[assignment]
    try:
        for name in names:
            lines.name = name.removeprefix("bench_")
            print(f"== {name}", flush=True)
            try:
                module: object = load(f"bench.{name}")
                if module.main([]):  # type: ignore[attr-defined]
                    failed.append(f"{name}: missed its goal")
            except Exception:  # a benchmark that raises must not stop the others
                traceback.print_exc()
                failed.append(f"{name}: raised")
    finally:
        sys.stdout = lines.out
    print("== summary: each figure beside its goal")
    for line in lines.kept:
        print(f"  {line}")
    for line in failed:
        print(f"FAILED {line}", file=sys.stderr)
    print(f"{len(names) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


def main(argv: list[str]) -> int:
    """The benchmarks named in ``argv`` (``import`` for ``bench_import.py``), else all.

    ``--help`` prints this module's text and the names; a name no benchmark has fails before
    anything runs (it ran nothing and passed: "0 passed, 0 failed", so a misspelt name in a
    long run's command line looked like a run that met every goal)."""
    here = Path(__file__).parent
    names = [p.stem for p in sorted(here.glob("bench_*.py"))]
    short = [n.removeprefix("bench_") for n in names]
    if {"-h", "--help"} & set(argv):
        print(__doc__)
        print("benchmarks: " + " ".join(short))
        return 0
    unknown = [a for a in argv if a not in short]
    if unknown:
        print(f"no such benchmark: {' '.join(unknown)} (there are: {' '.join(short)})",
              file=sys.stderr)  # fmt: skip
        return 2
    if argv:
        names = [n for n in names if n.removeprefix("bench_") in argv]
    return run(names)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
