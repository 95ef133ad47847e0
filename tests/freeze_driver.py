"""Watchdog driver: push and pop screens while toasts expire; run it in a child process.

Textual re-creates the toasts on every screen push; one that expires between its
``has_expired`` check and its ``Toast`` construction gets a negative timer that spins forever
(see ``factdesk.ui.textual_fixes``). Here the real app raises a burst of 1-second toasts on
every round and pushes/pops a screen every few milliseconds for ``SECONDS``, so toasts keep
expiring while screens change (on this machine the race is reached several times in 3 s: the
``clamped`` figure counts toasts built with no time left). A hang shows as the child not
exiting (the parent test holds the timeout); at the end the app must still answer a key.

    python tests/freeze_driver.py DESK_DB [SECONDS]
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tui"))

BURST = 8
"""Toasts raised per round."""
TOAST_SECONDS = 1.0
"""Long enough to be mounted on a pushed screen, short enough to expire during the run."""


async def drive(db: Path, seconds: float) -> int:
    """Exit status 0 when the app still answers ``?`` after the churn."""
    from factdesk.desk.service import Desk
    from factdesk.settings.config import Config
    from factdesk.ui.app import make_app
    from textual.screen import Screen
    from textual.widgets._toast import Toast

    clamped = [0]
    patched = Toast.__init__

    def counting_init(toast: Toast, notification) -> None:  # type: ignore[no-untyped-def]
        if notification.time_left <= 0:
            clamped[0] += 1
        patched(toast, notification)

    Toast.__init__ = counting_init  # type: ignore[method-assign]
    desk = Desk.open(db, config=Config(reviewer="watchdog"))
    app = make_app(desk, clipboard=lambda text: None)
    rounds = 0
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            for _ in range(BURST):
                app.notify("tick", timeout=TOAST_SECONDS)
            app.push_screen(Screen())
            await asyncio.sleep(0.002)  # let the app's loop run; Pilot.pause waits far longer
            app.pop_screen()
            await asyncio.sleep(0.002)
            rounds += 1
        await pilot.press("question_mark")
        await pilot.pause()
        answered = type(app.screen).__name__ == "HelpScreen"
    desk.close()
    print(f"rounds={rounds} clamped={clamped[0]} answered={answered}", flush=True)
    return 0 if answered else 2


if __name__ == "__main__":
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 3.0
    raise SystemExit(asyncio.run(drive(Path(sys.argv[1]), seconds)))
