"""Another process's commit while the long article is under review: what the event loop pays.

The app polls the desk (``poll_outside_changes``) and redraws the screen on top when another
connection committed: the CLI, a colleague's app, and the app's own background re-extraction
(a child process that commits one article at a time for minutes after an upgrade). Until
session 41 every such commit made the review of the 300 KB article (2,307 claims) read all
its claims and build all its list prompts again on the event loop, ~390 ms, and a key
pressed meanwhile waited for it (the lead's quiet key-to-frame run of session 40: 4 of 10
`j` keys 136-228 ms). Here the 2,000-article bench desk's big article is open in the app
(Pilot) and a second connection commits a verdict ``ROUNDS`` times on a claim of another
article, then on a claim of this one; each poll's event-loop CPU (``time.thread_time``, the
redraw and the frame after it) is set beside a `j` on the same article. The goal: a commit
to another article costs the loop at most ``GOAL`` times a `j`. The first such commit after
the article is opened is printed on its own (no goal): until session 43 it read the article's
claims again (~112 ms in speed42's tmux run), the review having no change mark yet.

The queue had the same cost (queue41): each commit anywhere read every article's summary and
measured every column over 2,001 rows again, 116-137 ms of loop CPU on the 2,000-article desk
against ~10 ms for a `j`. ``queue`` times it: the app on the queue, a second connection
commits a verdict ``ROUNDS`` times on one article's claim, each poll beside a `j` (reported
after the review's figures, not part of the goal; queue41 brought it to ~45 ms, speed42's
change marks to ~17), and the first commit after the queue is drawn on its own (it read the
whole desk again until speed42: ~140 ms).

    python -m bench outside                          # the review, then the queue
    python -m bench.bench_outside [queue] [ARTICLES] # the queue alone
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Coroutine
from pathlib import Path
from typing import Any

from factdesk.desk.service import Desk
from factdesk.settings.config import Config
from factdesk.ui.app import make_app
from textual.pilot import Pilot

from bench import asked_for_help, desks

ROUNDS = 10
GOAL = 3.0
"""A commit to another article may cost the event loop at most this many times a `j`."""


async def loop_cpu(pilot: Pilot, step: Callable[[], Awaitable[object] | None]) -> float:
    """Milliseconds of the event loop's CPU for ``step`` and the frame after it."""
    began = time.thread_time()
    done = step()
    if done is not None:
        await done
    await pilot.pause()
    return (time.thread_time() - began) * 1000


async def measured(desk: Desk, other: Desk, article: int) -> dict[str, float]:
    """Median loop CPU of a `j`, of a poll after a commit elsewhere, and after one here."""
    app = make_app(desk, processes=False)
    app.start_background = lambda: None  # type: ignore[method-assign]  # only our commits
    elsewhere = next(c.id for c in other.claims() if c.article_id != article)
    here = [c.id for c in other.claims(article)]
    times: dict[str, list[float]] = {"j": [], "elsewhere": [], "here": [], "first": []}
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        app.open_review(article, here[0])
        while getattr(app.screen, "article", None) is None:
            await pilot.pause()
        for _ in range(5):
            await pilot.pause()
        for turn in range(ROUNDS + 1):  # the first turn warms up, and times the first change
            verdict = "disputed" if turn % 2 == 0 else None
            taken = [await loop_cpu(pilot, lambda: pilot.press("j"))]
            other.set_verdict(elsewhere, verdict, channel="cli")
            taken.append(await loop_cpu(pilot, app.poll_outside_changes))
            other.set_verdict(here[-1], verdict, channel="cli")
            taken.append(await loop_cpu(pilot, app.poll_outside_changes))
            if turn:
                for name, ms in zip(times, taken, strict=False):  # "first" aside
                    times[name].append(ms)
            else:
                times["first"].append(taken[1])
    return {name: statistics.median(values) for name, values in times.items()}


async def measured_queue(desk: Desk, other: Desk, article: int) -> dict[str, float]:
    """Median loop CPU, on the queue, of a `j` and of a poll after a commit to ``article``."""
    app = make_app(desk, processes=False)
    app.start_background = lambda: None  # type: ignore[method-assign]  # only our commits
    claim = other.claims(article)[0].id
    times: dict[str, list[float]] = {"j": [], "commit": [], "first": []}
    async with app.run_test(size=(160, 48)) as pilot:
        for _ in range(5):
            await pilot.pause()
        for turn in range(ROUNDS + 1):  # the first turn warms up, and times the first change
            taken = [await loop_cpu(pilot, lambda: pilot.press("j"))]
            other.set_verdict(claim, "disputed" if turn % 2 == 0 else None, channel="cli")
            taken.append(await loop_cpu(pilot, app.poll_outside_changes))
            if turn:
                for name, ms in zip(times, taken, strict=False):  # "first" aside
                    times[name].append(ms)
            else:
                times["first"].append(taken[1])
    return {name: statistics.median(values) for name, values in times.items()}


Measure = Callable[[Desk, Desk, int], Coroutine[Any, Any, dict[str, float]]]


def on_two_desks(articles: int, pick: Callable[[Path], int], measure: Measure) -> dict[str, float]:
    """Run ``measure`` on a working copy of the scaled desk, the app's connection beside a
    second one (the other process that commits), on the article ``pick`` chooses; both
    connections closed whatever happens, the copy removed."""
    with tempfile.TemporaryDirectory() as folder:
        path = desks.working_copy(desks.scaled(articles), Path(folder))
        article = pick(path)
        desk = Desk.open(path, config=Config(reviewer="bench"))
        other = Desk.open(path, config=Config(reviewer="colleague"))
        try:
            return asyncio.run(measure(desk, other, article))
        finally:
            other.close()
            desk.close()


def queue_main(articles: int) -> int:
    """``python -m bench outside queue``: the queue's line (no goal: reported)."""
    ms = on_two_desks(articles, desks.normal_article_id, measured_queue)
    print(f"the {articles:,}-article desk's queue, event loop CPU, median of {ROUNDS}: "
          f"j {ms['j']:.1f} ms; another process's commit to one article {ms['commit']:.1f} ms"
          f" ({ms['commit'] / ms['j']:.2f}x a j); the first after the queue is drawn"
          f" {ms['first']:.1f} ms")  # fmt: skip
    return 0


def main(argv: list[str]) -> int:
    if asked_for_help(argv, __doc__):
        return 0
    numbers = [int(arg) for arg in argv if arg.isdigit()]
    articles = numbers[0] if numbers else 2000
    if "queue" in argv:
        return queue_main(articles)
    ms = on_two_desks(articles, desks.big_article_id, measured)
    print(f"the {articles:,}-article desk's big article, event loop CPU, median of {ROUNDS}: "
          f"j {ms['j']:.1f} ms; another process's commit to another article {ms['elsewhere']:.1f}"
          f" ms, to a claim of this one {ms['here']:.1f} ms; the first commit to another"
          f" article after the open {ms['first']:.1f} ms")  # fmt: skip
    ratio = ms["elsewhere"] / ms["j"]
    print(f"a commit elsewhere over a j: {ratio:.2f}x (goal <= {GOAL})"
          + ("" if ratio <= GOAL else "  MISSED"))  # fmt: skip
    queue_main(articles)
    return 0 if ratio <= GOAL else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
