"""Opening an article and leaving it, again and again: does each open cost what the first did?

The 300 KB article (2,307 claims) of a 2,000-article bench desk (``bench.desks``) is opened
from the queue and left (Esc) ``OPENS`` times in one app (Pilot). After each leave a full
collection runs and the objects the collector tracks are counted; during each open the
collector's full passes are timed (``gc.callbacks``, CPU of the thread). Until session 40 the
review left stayed reachable from the app (Textual kept a watcher of the app's theme for its
``TextArea``, and an ``lru_cache`` the lines its widgets drew: ``ui.textual_fixes``), so each
open kept 32,700 objects more and each full pass walked them again (43 -> 113 ms over six
opens). The goals: the last leave keeps at most ``GROWTH_GOAL`` times the objects of the
first, and the last open's full passes cost at most ``GROWTH_GOAL`` times the first's.

    python -m bench leave            # or: python -m bench.bench_leave [ARTICLES]
"""

from __future__ import annotations

import asyncio
import gc
import sys
import tempfile
import time
from pathlib import Path

from factdesk.desk.service import Desk
from factdesk.settings.config import Config
from factdesk.ui.app import make_app

from bench import asked_for_help, desks

OPENS = 6
GROWTH_GOAL = 1.2
"""The last open and leave may cost at most this many times the first (collector's CPU,
objects kept)."""


class FullPasses:
    """The CPU of the collector's full passes (generation 2) since the last ``take``."""

    def __init__(self) -> None:
        self.started = 0.0
        self.spent = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if info["generation"] != 2:
            return
        if phase == "start":
            self.started = time.thread_time()
        else:
            self.spent += time.thread_time() - self.started

    def take(self) -> float:
        spent, self.spent = self.spent, 0.0
        return spent * 1000


async def opens_and_leaves(desk: Desk, article: int) -> tuple[list[float], list[int]]:
    """The full passes' ms of each open, and the objects tracked after each leave."""
    app = make_app(desk, processes=False)
    app.start_background_check = lambda: None  # type: ignore[method-assign]
    passes, kept = FullPasses(), []
    spent: list[float] = []
    gc.callbacks.append(passes)
    try:
        async with app.run_test(size=(160, 48)) as pilot:
            await pilot.pause()
            for _ in range(OPENS):
                passes.take()
                app.open_review(article)
                while getattr(app.screen, "article", None) is None:
                    await pilot.pause()
                await pilot.pause()
                spent.append(passes.take())
                app.pop_screen()
                await pilot.pause()
                gc.collect()
                kept.append(len(gc.get_objects()))
    finally:
        gc.callbacks.remove(passes)
    return spent, kept


def main(argv: list[str]) -> int:
    if asked_for_help(argv, __doc__):
        return 0
    articles = int(argv[0]) if argv else 2000
    with tempfile.TemporaryDirectory() as folder:
        path = desks.working_copy(desks.scaled(articles), Path(folder))
        article = desks.big_article_id(path)
        desk = Desk.open(path, config=Config(reviewer="bench"))
        try:
            spent, kept = asyncio.run(opens_and_leaves(desk, article))
        finally:
            desk.close()
    print(f"{OPENS} opens of the {articles:,}-article desk's big article: full passes "
          + ", ".join(f"{ms:.0f}" for ms in spent) + " ms; objects kept after each leave "
          + ", ".join(f"{n:,}" for n in kept))  # fmt: skip
    passes_ratio = spent[-1] / max(spent[0], 1.0)
    kept_ratio = kept[-1] / kept[0]
    print(f"last over first: full passes {passes_ratio:.2f}x, objects kept {kept_ratio:.2f}x"
          f" (goal <= {GROWTH_GOAL})")  # fmt: skip
    return 0 if max(passes_ratio, kept_ratio) <= GROWTH_GOAL else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
