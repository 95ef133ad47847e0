"""The clipboard service: pyperclip first, OSC 52 second, sanitised, never crashing."""

from __future__ import annotations

import os
import platform
import sys
from pathlib import Path

import pytest
from factdesk.desk.service import Desk
from factdesk.ui.clipboard import Clipboard
from snapshot_app import build_app, record_notifications


def broken(text: str) -> None:
    raise RuntimeError("no copy/paste mechanism\nsecond line")


def test_system_clipboard_first_and_text_sanitised() -> None:
    copied, terminal = [], []
    service = Clipboard(terminal.append, system=copied.append)
    result = service.copy(
        "a\x1b[31mred \u202eevil\u2069 \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"
    )
    assert copied == ["ared evil \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"]
    assert terminal == []
    assert result.method == "system clipboard"
    assert "via system clipboard" in result.describe("the note")


def test_falls_back_to_the_terminal_and_says_so() -> None:
    terminal = []
    result = Clipboard(terminal.append, system=broken).copy("note")
    assert terminal == ["note"]
    assert result.method == "terminal (OSC 52)"


def test_never_raises_when_both_fail() -> None:
    result = Clipboard(broken, system=broken).copy("note")
    assert not result.ok
    assert "no copy/paste mechanism" in result.describe("the note")


def fake_xclip(folder: Path, script: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """An ``xclip`` of ``script`` first on PATH, with a display named: what pyperclip picks."""
    program = folder / "xclip"
    program.write_text(f"#!/bin/sh\n{script}\n", encoding="utf-8")
    program.chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ.get('PATH', '')}")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)


@pytest.mark.skipif(
    sys.platform != "linux" or "microsoft" in platform.release().lower(),
    reason="pyperclip picks xclip on Linux with a display",
)
def test_a_failing_xclip_is_not_called_a_copy_and_the_terminal_is_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    """tmux or SSH with a stale DISPLAY: xclip cannot open it. pyperclip ignored its exit
    status, the app said "copied via system clipboard" and xclip's error landed on the
    screen. Now: the terminal (OSC 52) is asked, and the error stays off the terminal."""
    fake_xclip(
        tmp_path, 'cat >/dev/null; echo "Error: Can\'t open display: :0" >&2; exit 1', monkeypatch
    )
    terminal: list[str] = []
    result = Clipboard(terminal.append).copy("Перевірено: note")
    assert result.method == "terminal (OSC 52)" and terminal == ["Перевірено: note"]
    assert capfd.readouterr().err == ""
    kept = tmp_path / "clipboard.txt"
    fake_xclip(tmp_path, f"cat > '{kept}'", monkeypatch)
    result = Clipboard(terminal.append).copy("Перевірено: note")
    assert result.method == "system clipboard" and len(terminal) == 1
    assert kept.read_text(encoding="utf-8") == "Перевірено: note"


async def test_y_without_pyperclip_uses_osc52_and_notifies(seeded_desk: Desk) -> None:
    app = build_app(seeded_desk, clipboard=broken)
    messages = record_notifications(app)
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await pilot.press("enter", "y")
        await pilot.pause()
        assert "Verdict: UNREVIEWED" in app.clipboard  # what OSC 52 carried
        assert not any("copied" in m for m in messages)  # nothing says the clipboard took it
        told = [m for m in messages if "to the terminal (OSC 52)" in m]
        assert len(told) == 1 and told[0].startswith("sent the fact-check note")
        assert "your terminal must allow it" in told[0]
        await pilot.press("y")
        await pilot.pause()
        told = [m for m in messages if "to the terminal (OSC 52)" in m]
        assert len(told) == 2
        assert sum("must allow" in m for m in told) == 1  # said once per session


@pytest.mark.parametrize("size", [(80, 24), (120, 36)])
async def test_the_osc52_explanation_is_said_whole_in_tmux(
    seeded_desk: Desk, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    """review44 A1: the first copy through OSC 52 in tmux says what the terminal needs, once
    a session; cut to the toast's row it lost the one thing to do ("…(tmux: set -g set-cl…"
    at 120 columns, everything after "(OSC 52)" at 80). Said once, it is said whole."""
    monkeypatch.setenv("TMUX", "/tmp/tmux-0/default,1,0")
    app = build_app(seeded_desk, clipboard=broken)
    messages = record_notifications(app)
    async with app.run_test(size=size, notifications=True) as pilot:
        await pilot.press("enter", "y")
        await pilot.pause()
        [told] = [m for m in messages if "to the terminal (OSC 52)" in m]
        assert told.endswith("your terminal must allow it (tmux: set -g set-clipboard on)")


async def test_y_with_a_clipboard_tool_says_copied_and_ctrl_c_uses_the_service(
    seeded_desk: Desk,
) -> None:
    """y on a claim copies through the clipboard tool and says so; Ctrl+C on text selected in
    the article goes through the same service."""
    app = build_app(seeded_desk)
    messages = record_notifications(app)
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await pilot.press("enter", "y")
        await pilot.pause()
        assert any(m.startswith("copied the fact-check note") for m in messages)
        assert "Verdict: UNREVIEWED" in app.clipboard_service.system.copied[-1]
        view = app.screen.query_one("#article")
        view.focus()
        view.selection = ((0, 0), (0, 5))
        await pilot.press("ctrl+c")
        assert app.clipboard_service.last_text == view.document.get_line(0)[:5]
        assert app.clipboard_service.system.copied[-1] == view.document.get_line(0)[:5]
