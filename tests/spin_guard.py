"""Recognise the toast bug's busy loop by the work it does, not by how long it runs.

A Textual ``Timer`` given a negative delay goes round its loop reading the clock without ever
waiting (``factdesk.ui.textual_fixes``): the main thread spins and no key is answered again.
A healthy timer reads the clock two or three times, then waits. ``install`` counts the clock
reads made by timer loops since the last wait; past ``LIMIT`` the process prints ``spun`` and
exits with ``SPUN_EXIT`` at once, so a child that hits the bug ends in milliseconds instead
of spinning a core until its parent's timeout.

Only for the child processes of ``test_app_no_freeze.py`` (the bare reproduction and
``freeze_driver.py``): the exit ends the whole process.
"""

from __future__ import annotations

import os
import sys

from textual import _time, timer

SPUN_EXIT = 97
"""Exit status of a process whose timer loop went round ``LIMIT`` times without waiting."""
LIMIT = 10_000
"""Clock reads by timer loops with no wait in between (a healthy loop makes at most three)."""


def install() -> None:
    """Count the clock reads of ``Timer._run`` between its waits; exit when they run away."""
    reads = 0
    real_get_time = _time.get_time
    real_sleep = timer.sleep
    loop_code = timer.Timer._run.__code__

    def get_time() -> float:
        nonlocal reads
        if sys._getframe(1).f_code is loop_code:
            reads += 1
            if reads > LIMIT:
                print("spun", flush=True)
                os._exit(SPUN_EXIT)
        return real_get_time()

    async def sleep(seconds: float) -> None:
        nonlocal reads
        reads = 0
        await real_sleep(seconds)

    _time.get_time = get_time
    timer.sleep = sleep
