"""Judging a desk's pairs again for a new matcher (``corroborate.index.rejudge``), in batches.

On the 2,000-article bench desk (``bench.desks.scaled``, its pairs recorded as another
matcher's), twice, each on its own copy:

- whole: the CPU in all and per article, the batches (each its own transaction, so the
  reviewer's writes wait at most one) and the longest one's CPU (goal <= ``LONGEST_GOAL`` s),
  over the mean batch's;
- stopped after the batch that passes a third of the articles, then asked again: the second
  call judges only the articles left (goal: the two calls' articles are the desk's, none
  twice), and the desk ends with the same pairs as the whole run (goal: equal, a hash over
  every pair).

    python -m bench rejudge            # or: python -m bench.bench_rejudge [ARTICLES]
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import sys
import tempfile
import time
from pathlib import Path

from factdesk.corroborate import index as crossref
from factdesk.desk.service import Desk
from factdesk.settings.config import Config
from factdesk.store.db import write_state
from factdesk.store.migrations import MATCHER_KEY

from bench import asked_for_help, desks
from bench.terminal import load_average

ARTICLES = 2_000
LONGEST_GOAL = 3.0
"""Seconds of CPU the longest batch may take: how long the app's write of a verdict may wait."""


class Stop(Exception):
    """Raised from the progress callback: a stop between two committed batches."""


def _stale_copy(folder: Path, articles: int) -> Desk:
    """A copy of the cached desk whose pairs read as judged by another matcher."""
    desk = Desk.open(
        desks.working_copy(desks.scaled(articles), folder), config=Config(reviewer="bench")
    )
    with desk.store.transaction():
        write_state(desk.store.conn, MATCHER_KEY, "0")
    return desk


def _pairs(desk: Desk) -> tuple[int, str]:
    rows = desk.store.conn.execute(
        "SELECT claim_id, other_claim_id, label, round(similarity, 6), reason"
        " FROM claim_matches ORDER BY claim_id, other_claim_id"
    ).fetchall()
    return len(rows), hashlib.sha256(repr(rows).encode()).hexdigest()[:16]


def whole(folder: Path, articles: int) -> tuple[list[str], tuple[int, str], bool]:
    """Figures of one uninterrupted rejudge; its pairs; whether its goal was met."""
    desk = _stale_copy(folder / "whole", articles)
    marks: list[tuple[int, int, float]] = []
    began = time.process_time()
    crossref.rejudge(
        desk.store, lambda done, total: marks.append((done, total, time.process_time()))
    )
    cpu = time.process_time() - began
    pairs = _pairs(desk)
    desk.close()
    ends = [began] + [at for *_, at in marks]
    batches = [b - a for a, b in itertools.pairwise(ends)]
    total = marks[-1][1] if marks else 0
    longest = max(batches, default=0.0)
    mean = cpu / max(len(batches), 1)
    met = longest <= LONGEST_GOAL
    lines = [
        f"{total:,} articles: {cpu:.1f} s CPU, {cpu / max(total, 1) * 1000:.1f} ms an article",
        f"{len(batches)} batches: longest {longest:.2f} s CPU (goal <= {LONGEST_GOAL:g} s)"
        f"{'' if met else '  MISSED'}, {longest / mean if mean else 0:.1f}x the mean batch",
    ]
    return lines, pairs, met


def stopped(folder: Path, articles: int, pairs: tuple[int, str]) -> tuple[list[str], bool]:
    """A rejudge stopped after a third of the articles, then asked again."""
    desk = _stale_copy(folder / "stopped", articles)
    first: list[int] = []

    def stop_at_a_third(done: int, total: int) -> None:
        first.append(done)
        if done * 3 >= total:
            raise Stop

    with contextlib.suppress(Stop):
        crossref.rejudge(desk.store, stop_at_a_third)
    second: list[tuple[int, int]] = []
    crossref.rejudge(desk.store, lambda done, total: second.append((done, total)))
    after = _pairs(desk)
    total = desk.store.conn.execute(
        "SELECT COUNT(DISTINCT article_id) FROM claim_index"
    ).fetchone()[0]
    desk.close()
    judged = first[-1] + second[-1][0]
    met = judged == total and after == pairs
    return [
        f"stopped at {first[-1]:,} articles, asked again: {second[-1][0]:,} judged "
        f"({judged:,} of {total:,} in all; goal: all, none twice), pairs "
        f"{'the same' if after == pairs else 'OTHER'} as the whole run "
        f"({after[0]:,}, {after[1]}; goal: the same){'' if met else '  MISSED'}"
    ], met


def main(argv: list[str]) -> int:
    if asked_for_help(argv, __doc__):
        return 0
    articles = int(argv[0]) if argv else ARTICLES
    print(f"rejudge on the {articles:,}-article bench desk, load {load_average()}")
    with tempfile.TemporaryDirectory(prefix="bench-rejudge-") as scratch:
        folder = Path(scratch)
        for name in ("whole", "stopped"):
            (folder / name).mkdir()
        lines, pairs, whole_met = whole(folder, articles)
        for line in lines:
            print(line, flush=True)
        lines, stopped_met = stopped(folder, articles, pairs)
        for line in lines:
            print(line, flush=True)
    return 0 if whole_met and stopped_met else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
