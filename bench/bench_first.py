"""The first screen alone, in a real terminal, as a ratio to a bare Textual app (issue 15).

For desks of 5, 2,000 and 10,000 articles (``bench.desks``), the app (``factdesk --db DESK
open``) and a bare Textual app with a DataTable of the same articles (read with the standard
library) are started one after the other in the same tmux (``bench.terminal``), ``ROUNDS``
times each, after one unmeasured start of each (the day's backup, the bytecode cache). Two
figures per desk, both the median of the per-round ratios ours / bare:

- wall: from asking tmux to start the process to the end of the first frame of the queue;
- CPU: the process's CPU time up to that frame (steadier on a shared machine: the wall time
  also counts the other engineers' processes).

Both run with Python's bytecode cache on (in a folder of its own): an installed factdesk runs
from cached bytecode, and so does the Textual the bare app imports; a shell that sets
``PYTHONDONTWRITEBYTECODE`` would otherwise time our modules being compiled on every start.
``BENCH_NO_PYC=1`` times that case too. Goal: wall ratio <= ``bench_keys.FIRST_SCREEN_GOAL``.

    python -m bench first                  # all sizes
    python -m bench.bench_first 5 2000     # some sizes (rounds from $BENCH_ROUNDS, default 5)
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
from pathlib import Path

from bench import asked_for_help, bench_keys
from bench.terminal import Run, load_average, measure, python

SIZES = bench_keys.SIZES
GOAL = bench_keys.FIRST_SCREEN_GOAL


def bytecode_env(folder: Path) -> dict[str, str]:
    """Bytecode cached under ``folder`` unless ``$BENCH_NO_PYC``: an empty value switches
    ``PYTHONDONTWRITEBYTECODE`` off (Python reads only a non-empty one)."""
    if os.environ.get("BENCH_NO_PYC"):
        return {}
    return {"PYTHONDONTWRITEBYTECODE": "", "PYTHONPYCACHEPREFIX": str(folder / "pyc")}


def start(desk: Path, folder: Path, *, bare: bool, env: dict[str, str]) -> Run:
    """One start of the app (or the bare table) on ``desk``, timed to its first frame."""
    if bare:
        command, screen = [python(), "-m", "bench.terminal", "queue", str(desk)], "Screen"
    else:
        command = [python(), "-m", "bench.terminal", "factdesk", "--db", str(desk), "open"]
        screen = "QueueScreen"
    return measure(
        command, screen=screen, opening=[], keys=[], spacing=0, log=folder / "first.log", env=env
    )


def ratio(ours: list[float], bare: list[float]) -> float:
    """Median of the per-round ratios (each round's two starts ran back to back)."""
    return statistics.median(o / b for o, b in zip(ours, bare, strict=True))


def one_desk(size: int, rounds: int) -> bool:
    """Print one desk's figures; True when the goal is met."""
    with tempfile.TemporaryDirectory(prefix="factdesk-bench-first-") as name:
        folder = Path(name)
        desk = bench_keys.prepare(size, folder)
        env = {**bench_keys.env(), **bytecode_env(folder)}
        start(desk, folder, bare=False, env=env)  # unmeasured: bytecode, the day's backup
        start(desk, folder, bare=True, env=env)
        ours: list[Run] = []
        bare: list[Run] = []
        for _ in range(rounds):
            ours.append(start(desk, folder, bare=False, env=env))
            bare.append(start(desk, folder, bare=True, env=env))
    pairs = [(o, b) for o, b in zip(ours, bare, strict=True) if o.first_screen and b.first_screen]
    wall = ratio([o.first_screen or 0 for o, _ in pairs], [b.first_screen or 0 for _, b in pairs])
    cpu_pairs = [(o, b) for o, b in pairs if o.first_screen_cpu and b.first_screen_cpu]
    cpu = ratio(
        [o.first_screen_cpu or 0 for o, _ in cpu_pairs],
        [b.first_screen_cpu or 0 for _, b in cpu_pairs],
    )
    ms = lambda runs, attr: statistics.median(getattr(r, attr) for r in runs) * 1000  # noqa: E731
    ok = wall <= GOAL
    print(
        f"desk {size:>6} first screen: wall {ms(ours, 'first_screen'):5.0f} ms, bare"
        f" {ms(bare, 'first_screen'):5.0f} ms, ratio {wall:4.2f} (goal <= {GOAL})"
        f"{'' if ok else '  MISSED'};  CPU {ms(ours, 'first_screen_cpu'):4.0f} ms, bare"
        f" {ms(bare, 'first_screen_cpu'):4.0f} ms, ratio {cpu:4.2f};  load {load_average()}",
        flush=True,
    )
    return ok


def main(argv: list[str]) -> int:
    if asked_for_help(argv, __doc__):
        return 0
    sizes = [int(a) for a in argv] or list(SIZES)
    rounds = int(os.environ.get("BENCH_ROUNDS", "5"))
    cache = "off ($BENCH_NO_PYC)" if os.environ.get("BENCH_NO_PYC") else "on"
    print(f"load average at start: {load_average()}  ({os.cpu_count()} cores);"
          f" {rounds} rounds; bytecode cache {cache}")  # fmt: skip
    missed = [size for size in sizes if not one_desk(size, rounds)]
    for size in missed:
        print(f"MISSED desk {size} first screen")
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
