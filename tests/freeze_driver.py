"""Watchdog driver: push and pop screens while toasts expire; run it in a child process.

Textual re-creates the toasts on every screen push (and shows a new one at once); a
notification that expires between ``ToastRack.show``'s ``has_expired`` check and the
``Toast`` construction gets a negative timer that spins forever (see
``factdesk.ui.textual_fixes``). In a real session that takes the process being descheduled
at that instant; here the deadline of each notification the check finds alive is moved to
that instant, as if the process had been preempted right after the check. So every toast
shown meets the race (the ``clamped`` figure counts toasts built with no time
left), on any machine, in a fixed number of rounds. A hang ends the child through
``spin_guard`` (exit ``SPUN_EXIT``); at the end the app must still answer a key.

    python tests/freeze_driver.py DESK_DB [ROUNDS]
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent / "tui"), str(HERE)]

BURST = 4
"""Toasts raised per round."""
TOAST_SECONDS = 5.0
"""A toast's time: ample, so each is alive when the rack looks (its time then runs out)."""
LATE = 0.001
"""How far past its deadline a notification is when the rack builds its toast."""
ROUNDS = 6


def late_expiry_check() -> None:
    """``Notification.has_expired`` answers as before, but when ``ToastRack.show`` finds a
    notification alive, its time is up by the moment the answer arrives (its deadline moved
    to now, as if the process had been preempted that long): the rack builds its toast too
    late. Elsewhere (the collection forgetting expired notifications) nothing changes."""
    from textual.notifications import Notification
    from textual.widgets._toast import ToastRack

    show = ToastRack.show.__code__

    def has_expired(notification: Notification) -> bool:
        left = notification.time_left
        if left > 0 and sys._getframe(1).f_code is show:
            notification.raised_at -= left + LATE
        return left <= 0

    Notification.has_expired = property(has_expired)  # type: ignore[method-assign, assignment]


async def drive(db: Path, rounds: int) -> int:
    """Exit status 0 when the app still answers ``?`` after the churn."""
    import spin_guard
    from factdesk.desk.service import Desk
    from factdesk.settings.config import Config
    from factdesk.ui.app import make_app
    from textual.screen import Screen
    from textual.widgets._toast import Toast

    spin_guard.install()
    late_expiry_check()
    clamped = [0]
    patched = Toast.__init__

    def counting_init(toast: Toast, notification) -> None:  # type: ignore[no-untyped-def]
        if notification.time_left <= 0:
            clamped[0] += 1
        patched(toast, notification)

    Toast.__init__ = counting_init  # type: ignore[method-assign]
    desk = Desk.open(db, config=Config(reviewer="watchdog"))
    app = make_app(desk, clipboard=lambda text: None, processes=False)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        for _ in range(rounds):
            for _ in range(BURST):
                app.notify("tick", timeout=TOAST_SECONDS)
            app.push_screen(Screen())
            await pilot.pause()
            app.pop_screen()
            await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        answered = type(app.screen).__name__ == "HelpScreen"
    desk.close()
    print(f"rounds={rounds} clamped={clamped[0]} answered={answered}", flush=True)
    return 0 if answered else 2


if __name__ == "__main__":
    count = int(sys.argv[2]) if len(sys.argv) > 2 else ROUNDS
    raise SystemExit(asyncio.run(drive(Path(sys.argv[1]), count)))
