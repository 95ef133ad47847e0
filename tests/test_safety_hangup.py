"""The terminal closed under the app: the app quits, and nothing it stored is lost.

Real case: factdesk open under ``make run`` in a tmux pane; ``tmux kill-session`` left the app
running at full CPU for ever (Textual's input thread re-reads the hung-up terminal in a tight
loop) with the desk file open. Here the app ignores SIGHUP, as it did there, so only its own
check of the terminal (``ui.hangup``) can end it.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
from pathlib import Path

import pytest

pytest.importorskip("pyte")

from factdesk.ui.hangup import HANGUP_EXIT_STATUS
from fixture_desk import fixture_desk_file
from pty_harness import PATIENCE, AppInPty

pytestmark = pytest.mark.serial  # the real app in a pty, read with timeouts: one at a time


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
        try:
            status = app.proc.wait(20 * PATIENCE)
        except subprocess.TimeoutExpired:
            pytest.fail("the app kept running after its terminal was closed")
        assert status == HANGUP_EXIT_STATUS
    finally:
        app.close()
    with sqlite3.connect(db) as conn:
        verdicts = conn.execute("select verdict from verdicts where verdict is not null").fetchall()
    assert verdicts == [("corroborated",)]
