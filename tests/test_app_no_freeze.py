"""No freeze from timers (issue 14 item 1): a toast with no time left must not spin forever.

Every test that runs the app does it in a child process, because the bug is a busy loop on
the main thread: it hangs rather than fails, and would take pytest down with it. The children
install ``spin_guard``, which recognises that loop by its work (a timer reading the clock
thousands of times without waiting) and ends the child at once with ``SPUN_EXIT``: a hang is
seen in milliseconds, not after seconds of a spinning core. The parent's timeouts are only
for a hang of some other kind.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from factdesk.ui import textual_fixes
from spin_guard import SPUN_EXIT
from textual.notifications import Notification
from textual.widgets._toast import Toast

HERE = Path(__file__).resolve().parent
TUI = HERE.parent / "tui"
PATIENCE = 90.0
"""Seconds a child may take before it counts as hung in a way the guard does not know."""

BARE = textwrap.dedent(
    """
    import asyncio, sys
    sys.path[:0] = [{tui!r}, {tests!r}]
    if {fixed!r}:
        import factdesk.ui.app  # installs the workaround, as factdesk open does
    import spin_guard
    from textual.app import App
    from textual.notifications import Notification
    from textual.widgets._toast import Toast

    spin_guard.install()

    class Bare(App):
        def on_mount(self):
            self.mount(Toast(Notification("x", timeout=-0.00005)))

    async def main():
        async with Bare().run_test() as pilot:
            await pilot.pause()
            await pilot.press("x")

    asyncio.run(main())
    print("finished")
    """
)


def run_child(args: list[str]) -> subprocess.CompletedProcess[str]:
    """A child Python process; a hang the spin guard does not catch fails the test."""
    try:
        return subprocess.run(
            [sys.executable, *args], capture_output=True, text=True, timeout=PATIENCE,
            stdin=subprocess.DEVNULL,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        pytest.fail(f"the child hung (not in the timer loop the guard knows): {args[:1]}")


def run_bare(fixed: bool) -> subprocess.CompletedProcess[str]:
    """The issue's reproduction: a toast whose notification expired before it was built."""
    return run_child(["-c", BARE.format(tui=str(TUI), tests=str(HERE), fixed=fixed)])


def test_bare_reproduction_finishes_with_the_workaround() -> None:
    done = run_bare(fixed=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "finished" in done.stdout


def test_bare_reproduction_still_hangs_in_plain_textual() -> None:
    """Shows the test above can see a hang. When this fails, Textual has fixed the toast and
    ``factdesk/ui/textual_fixes.py`` can go."""
    done = run_bare(fixed=False)
    assert done.returncode == SPUN_EXIT, done.stdout + done.stderr
    assert "finished" not in done.stdout


def test_a_toast_built_after_its_deadline_gets_a_positive_timer() -> None:
    textual_fixes.install()
    toast = Toast(Notification("late", timeout=-1.0))
    assert toast._timeout == textual_fixes.MIN_TOAST_SECONDS
    assert Toast(Notification("on time", timeout=30))._timeout > 29


def test_watchdog_screens_change_while_toasts_expire(tmp_path: Path) -> None:
    """The real app: screens pushed and popped while toasts expire, the race met on every
    toast shown (``freeze_driver``); it must still answer a key at the end."""
    done = run_child([str(HERE / "freeze_driver.py"), str(tmp_path / "desk.db")])
    assert done.returncode == 0, done.stdout + done.stderr
    assert "answered=True" in done.stdout
    rounds, clamped = (int(part.split("=")[1]) for part in done.stdout.split()[:2])
    assert clamped >= rounds > 0, done.stdout  # the race was met, every round
