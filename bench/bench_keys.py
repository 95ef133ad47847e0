"""Keys and the first screen in a real terminal, as ratios to a bare Textual app (issue 15).

For desks of 5, 2,000 and 10,000 articles (``bench.desks``: real claims, copied in SQL), each
with one ~300 KB article of ~2,300 claims: the app and a bare Textual app with a DataTable of
the same rows run one after the other in the same tmux (``bench.terminal``), ``ROUNDS`` times.

- keys: ``j``, ``k`` and a verdict key (``1``) in the review screen, on the desk's first seed
  article (the one most often matched elsewhere, so its Elsewhere panel has the most work) and
  on the big article; key to the first frame written after the key's action, median of the
  presses and rounds, over the bare table's (the same article's claims) in the same round.
  Goal: <= ``KEY_GOAL``, and no growth with desk size (the 10,000-article ratio at most
  ``GROWTH_GOAL`` times the 5-article one).
- first screen: from asking tmux to start the process to the end of the first frame of the
  queue, over a bare DataTable app of the desk's articles read with the standard library.
  Goal: <= ``FIRST_SCREEN_GOAL``.

Figures are printed with the goal and the load average; a missed goal fails the run.

The app runs as a reviewer meets it, with its background work (the desk's full check, the
daily backup, re-extraction) started after the first screen, so keys typed meanwhile share the
process with it; ``BENCH_BACKGROUND=off`` times the keys without that work, to tell the two
apart (the header says which).

    python -m bench keys                   # all sizes
    python -m bench.bench_keys 5 2000      # some sizes (ROUNDS from $BENCH_ROUNDS, default 2)
    BENCH_BACKGROUND=off python -m bench keys
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from bench import asked_for_help, desks
from bench.terminal import Run, load_average, measure, median_ms, python

KEY_GOAL = 3.0
FIRST_SCREEN_GOAL = 1.5
GROWTH_GOAL = 1.5
"""The key ratio on the biggest desk may be at most this many times the smallest desk's."""
SIZES = (5, 2_000, 10_000)
KEYS = ["j"] * 8 + ["k"] * 6 + ["1"] * 6
SPACING = 1.0
"""Seconds between keys: each key is answered alone (a reviewer reading each claim), so a
figure is one key's latency, not a queue of keys on a busy machine."""
ROOT = Path(__file__).resolve().parent.parent


def env() -> dict[str, str]:
    """The tree under test first on the path, for the process tmux starts: this checkout's,
    or the ``tui`` folder in ``$BENCH_TREE`` (to time another checkout, e.g. before a change,
    with the same bench)."""
    tree = os.environ.get("BENCH_TREE") or str(ROOT / "tui")
    return {
        "PYTHONPATH": f"{ROOT}:{tree}",
        "FACTDESK_REVIEWER": "bench",
        "BENCH_BACKGROUND": background(),
    }


def background() -> str:
    """``on`` (the app's background work runs, as in real use) or ``off``."""
    return "off" if os.environ.get("BENCH_BACKGROUND") == "off" else "on"


def prepare(size: int, folder: Path) -> Path:
    """A working copy of the cached desk, with today's daily backup in place (a hard link of
    the same bytes): the measured runs are the day's later opens, not its first backup."""
    cached = desks.template() if size <= 5 else desks.scaled(size)
    work = desks.working_copy(cached, folder)
    backups = work.with_name(work.name + ".backups")
    backups.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    os.link(cached, backups / f"{work.stem}-{stamp}-000001-daily.db")
    return work


def set_position(desk: Path, article_id: int) -> None:
    """The queue opens with its cursor on the reviewer's last article: put it on ours.

    Written by the tree under test, in its own process: this one may be a newer factdesk,
    whose open would migrate the desk beyond what the tree under test can read."""
    script = (
        "import sys; from factdesk.desk.service import Desk; "
        "from factdesk.settings.config import Config; "
        "d = Desk.open(sys.argv[1], config=Config(reviewer='bench')); "
        "d.save_position(int(sys.argv[2]), None); d.close()"
    )
    # The desk's claims count as the current extractor's: an app that re-extracts older
    # claims in the background would otherwise time that work, not the keys (a checkout
    # from before the extractor version existed has nothing to stamp).
    stamp = (
        "import sqlite3, sys\n"
        "try:\n    from factdesk.domain.extractor import VERSION\n"
        "except ImportError:\n    sys.exit(0)\n"
        "with sqlite3.connect(sys.argv[1]) as c:\n"
        "    c.execute('UPDATE claims SET extractor = ?', [VERSION])\n"
    )
    for code in (script, stamp):
        subprocess.run(
            [python(), "-c", code, str(desk), str(article_id)],
            env={**os.environ, **env()}, check=True, stdin=subprocess.DEVNULL,
        )  # fmt: skip


@dataclass
class Pair:
    ours: Run
    bare: Run


def key_runs(desk: Path, article_id: int, folder: Path) -> Pair:
    set_position(desk, article_id)
    log = folder / "keys.log"
    ours = measure(
        [python(), "-m", "bench.terminal", "factdesk", "--db", str(desk), "open"],
        screen="QueueScreen", opening=[("Enter", "ReviewScreen")], keys=KEYS, spacing=SPACING,
        log=log, env=env(),
    )  # fmt: skip
    bare = measure(
        [python(), "-m", "bench.terminal", "claims", str(desk), str(article_id)],
        screen="Screen", opening=[], keys=KEYS, spacing=SPACING, log=log, env=env(),
    )  # fmt: skip
    return Pair(ours, bare)


def first_screen_runs(desk: Path, folder: Path) -> Pair:
    log = folder / "first.log"
    ours = measure(
        [python(), "-m", "bench.terminal", "factdesk", "--db", str(desk), "open"],
        screen="QueueScreen", opening=[], keys=[], spacing=0, log=log, env=env(),
    )  # fmt: skip
    bare = measure(
        [python(), "-m", "bench.terminal", "queue", str(desk)],
        screen="Screen", opening=[], keys=[], spacing=0, log=log, env=env(),
    )  # fmt: skip
    return Pair(ours, bare)


def key_ratios(pairs: list[Pair]) -> dict[str, tuple[float, float, float]]:
    """Key -> (median ms ours, median ms bare, median of the per-round ratios)."""
    out = {}
    for key in dict.fromkeys(KEYS):
        ours = [p.ours.first_frame.get(key, []) for p in pairs]
        bare = [p.bare.first_frame.get(key, []) for p in pairs]
        ratios = [median_ms(o) / median_ms(b) for o, b in zip(ours, bare, strict=True) if o and b]
        out[key] = (
            median_ms([x for xs in ours for x in xs]),
            median_ms([x for xs in bare for x in xs]),
            statistics.median(ratios) if ratios else float("inf"),
        )
    return out


def main(argv: list[str]) -> int:
    if asked_for_help(argv, __doc__):
        return 0
    sizes = [int(a) for a in argv] or list(SIZES)
    rounds = int(os.environ.get("BENCH_ROUNDS", "2"))
    failed: list[str] = []
    by_size: dict[int, dict[str, float]] = {}
    print(f"load average at start: {load_average()}  ({os.cpu_count()} cores)"
          f"  background work: {background()}")  # fmt: skip
    for size in sizes:
        with tempfile.TemporaryDirectory(prefix="factdesk-bench-keys-") as name:
            folder = Path(name)
            desk = prepare(size, folder)
            articles = {
                "normal": desks.normal_article_id(desk),
                "300 KB": desks.big_article_id(desk),
            }
            worst: dict[str, float] = {}
            for label, article_id in articles.items():
                pairs = [key_runs(desk, article_id, folder) for _ in range(rounds)]
                for key, (ours, bare, ratio) in key_ratios(pairs).items():
                    ok = ratio <= KEY_GOAL
                    worst[key] = max(worst.get(key, 0.0), ratio)
                    print(f"desk {size:>6} {label:>7} key {key!r}: first frame {ours:6.1f} ms,"
                          f" bare {bare:5.1f} ms, ratio {ratio:4.2f} (goal <= {KEY_GOAL})"
                          f"{'' if ok else '  MISSED'}", flush=True)  # fmt: skip
                    if not ok:
                        failed.append(f"desk {size} {label} {key!r}")
            by_size[size] = worst
            pairs = [first_screen_runs(desk, folder) for _ in range(rounds)]
            ours = [p.ours.first_screen for p in pairs if p.ours.first_screen]
            bare = [p.bare.first_screen for p in pairs if p.bare.first_screen]
            ratio = statistics.median(o / b for o, b in zip(ours, bare, strict=False))
            ok = ratio <= FIRST_SCREEN_GOAL
            print(f"desk {size:>6} first screen: {median_ms(ours):6.0f} ms, bare DataTable"
                  f" {median_ms(bare):6.0f} ms, ratio {ratio:4.2f} (goal <= {FIRST_SCREEN_GOAL})"
                  f"{'' if ok else '  MISSED'}  load {load_average()}", flush=True)  # fmt: skip
            if not ok:
                failed.append(f"desk {size} first screen")
    if len(by_size) > 1:
        small, large = by_size[min(by_size)], by_size[max(by_size)]
        for key in small:
            growth = large[key] / small[key]
            ok = growth <= GROWTH_GOAL
            print(f"growth {min(by_size)} -> {max(by_size)} articles, key {key!r}: worst ratio"
                  f" {small[key]:.2f} -> {large[key]:.2f} ({growth:.2f}x, goal <= {GROWTH_GOAL})"
                  f"{'' if ok else '  MISSED'}")  # fmt: skip
            if not ok:
                failed.append(f"growth of {key!r}")
    print(f"load average at end: {load_average()}")
    for line in failed:
        print(f"MISSED {line}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
