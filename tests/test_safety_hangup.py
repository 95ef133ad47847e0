"""The terminal closed under the app: the app quits, and nothing it stored is lost.

Real case: factdesk open under ``make run`` in a tmux pane; ``tmux kill-session`` left the app
running at full CPU for ever (Textual's input thread re-reads the hung-up terminal in a tight
loop) with the desk file open. Here the app ignores SIGHUP, as it did there, so only its own
check of the terminal (``ui.hangup``) can end it.

What breaks is work, not time: the app kept working (spinning) after its terminal went. So
the test bounds the CPU the app spends after the close (``SPIN_CPU_SECONDS``), not the wall
clock: a well app quits on about half a second of its CPU (0.4 s measured, at load 1 and at
load 22 alike), and may take any wall time to get it on a loaded machine. It waited 120 s of
wall time before (session 45: failed once at load ~7 with the app alive, passed 8 reruns).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

pytest.importorskip("pyte")

from factdesk.ui.hangup import HANGUP_EXIT_STATUS
from fixture_desk import fixture_desk_file
from pty_harness import AppInPty

pytestmark = pytest.mark.serial  # the real app in a pty, read with timeouts: one at a time

SPIN_CPU_SECONDS = 30.0
"""CPU seconds the app may spend, all its threads, after its terminal closed: some 75 times
what a well app spends quitting; the spinning app of the real case spends it in 30 s of a
core. Passing it means the app kept working with no terminal: the behaviour broken."""
HUNG_SECONDS = 30 * 60
"""Not a timing assertion: only so that an app that neither quits nor works (waiting for
ever) cannot hang the suite. A well app is gone long before on any load seen (it quit in
1.7 s of wall time at load 22)."""


def cpu_seconds(pid: int) -> float | None:
    """User and system CPU of every thread of process ``pid`` so far (``/proc``); None
    once it is going or gone (its stat file missing or read empty while it is reaped)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii")
    except (FileNotFoundError, ProcessLookupError):
        return None
    fields = stat.rpartition(")")[2].split()
    if len(fields) < 13:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def wait_while_idle_enough(proc: subprocess.Popen) -> int:
    """The app's exit status, waited for as long as it does not spin: ``pytest.fail`` once
    it has spent ``SPIN_CPU_SECONDS`` of CPU since this was called and still runs."""
    start = cpu_seconds(proc.pid) or 0.0
    began = time.monotonic()
    while True:
        try:
            return proc.wait(1)
        except subprocess.TimeoutExpired:
            used = (cpu_seconds(proc.pid) or start) - start
            if used > SPIN_CPU_SECONDS:
                pytest.fail(
                    f"the app kept running after its terminal was closed ({used:.0f} s of CPU)"
                )
            if time.monotonic() - began > HUNG_SECONDS:
                pytest.fail(
                    f"the app still runs {HUNG_SECONDS // 60} min after its terminal was "
                    f"closed, on {used:.1f} s of CPU: it waits for something"
                )


def test_closing_the_terminal_ends_the_app_and_keeps_the_verdict(tmp_path: Path) -> None:
    db = fixture_desk_file(tmp_path / "desk.db")
    app = AppInPty(db, ignore_hangup=True)
    try:
        app.wait_for("Sort", 20)
        app.press("\r")
        app.wait_for("#1 ·", 10)
        app.press("1")  # corroborated: stored before the terminal goes
        # The header's count, which stays (the toast saying so lasts 2.5 s, and on a loaded
        # machine the screen may be read after it has gone).
        app.wait_for("✓1", 10)
        os.close(app.master)  # the terminal window is closed
        assert wait_while_idle_enough(app.proc) == HANGUP_EXIT_STATUS
    finally:
        app.close()
    with sqlite3.connect(db) as conn:
        verdicts = conn.execute("select verdict from verdicts where verdict is not null").fetchall()
    assert verdicts == [("corroborated",)]
