"""No freeze from timers (issue 14 item 1): a toast with no time left must not spin forever.

Both tests run in a child process with a timeout, because the bug is a busy loop on the main
thread: it hangs rather than fails, and would take pytest down with it.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from factdesk.ui import textual_fixes
from textual.notifications import Notification
from textual.widgets._toast import Toast

HERE = Path(__file__).resolve().parent
TUI = HERE.parent / "tui"
STARTUP_PATIENCE = 60.0
"""Seconds a child may take to exit after failing to start (an import error, say)."""

BARE = textwrap.dedent(
    """
    import asyncio, sys
    sys.path.insert(0, {tui!r})
    if {fixed!r}:
        import factdesk.ui.app  # installs the workaround, as factdesk open does
    from textual.app import App
    from textual.notifications import Notification
    from textual.widgets._toast import Toast

    class Bare(App):
        def on_mount(self):
            self.mount(Toast(Notification("x", timeout=-0.00005)))

    async def main():
        print("started", flush=True)
        async with Bare().run_test() as pilot:
            await pilot.pause(0.3)
            await pilot.press("x")

    asyncio.run(main())
    print("finished")
    """
)


def run_bare(fixed: bool, timeout: float) -> subprocess.CompletedProcess[str] | None:
    """The issue's reproduction in a child; None when the app it starts does not finish
    within ``timeout`` seconds of starting (a busy loop spins a core all that time, so the
    clock starts when the child says it has started, not when the interpreter is launched:
    a loaded machine may take seconds to import Textual)."""
    code = BARE.format(tui=str(TUI), fixed=fixed)
    child = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    try:
        first = child.stdout.readline() if child.stdout else ""  # "started", or "" at an exit
        if first.strip() != "started":
            out, err = child.communicate(timeout=STARTUP_PATIENCE)
            return subprocess.CompletedProcess(child.args, child.returncode, first + out, err)
        out, err = child.communicate(timeout=timeout)
        return subprocess.CompletedProcess(child.args, child.returncode, first + out, err)
    except subprocess.TimeoutExpired:
        child.kill()
        child.communicate()
        return None


def test_bare_reproduction_finishes_with_the_workaround() -> None:
    done = run_bare(fixed=True, timeout=60)
    assert done is not None, "the bare toast reproduction hung with factdesk's workaround"
    assert done.returncode == 0, done.stderr
    assert "finished" in done.stdout


def test_bare_reproduction_still_hangs_in_plain_textual() -> None:
    """Shows the test above can see a hang. When this fails, Textual has fixed the toast and
    ``factdesk/ui/textual_fixes.py`` can go."""
    assert run_bare(fixed=False, timeout=3) is None


def test_a_toast_built_after_its_deadline_gets_a_positive_timer() -> None:
    textual_fixes.install()
    toast = Toast(Notification("late", timeout=-1.0))
    assert toast._timeout == textual_fixes.MIN_TOAST_SECONDS
    assert Toast(Notification("on time", timeout=30))._timeout > 29


def test_watchdog_screens_change_while_toasts_expire(tmp_path: Path) -> None:
    """The real app: screens pushed and popped for 3 s while toasts expire; it must still
    answer a key at the end. A hang is the child not exiting within the (generous) limit."""
    try:
        done = subprocess.run(
            [sys.executable, str(HERE / "freeze_driver.py"), str(tmp_path / "desk.db"), "3"],
            capture_output=True, text=True, timeout=90, stdin=subprocess.DEVNULL,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        pytest.fail("the app stopped answering while screens changed and toasts expired")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "answered=True" in done.stdout
