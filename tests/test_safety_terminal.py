"""The hostile article opened in the real app, in a pty: the BYTES written to the terminal.

Widget-level tests show what Textual meant to draw; this one reads what actually reached the
terminal. Nothing from the article may arrive as a control sequence: no CSI colour, no OSC 8
link, no OSC 52 clipboard write except the one the app itself sends for the copy the test
asks for (and that one carries sanitised text), no bell, no backspace, no bidi override, no
zero-width character. The markup must be visible as text.
"""

from __future__ import annotations

import base64
import re
from pathlib import Path

import pytest

pytest.importorskip("pyte")

from pty_harness import AppInPty
from test_safety_hostile import HOSTILE_PIECES, export_unsafe, make_hostile_desk

pytestmark = pytest.mark.serial  # the real app in a pty, read with timeouts: one at a time

OSC52 = re.compile(rb"\x1b\]52;[a-z]*;([A-Za-z0-9+/=]*)(?:\x07|\x1b\\)")
OSC_POINTER = re.compile(rb"\x1b\]22;[a-z-]*(?:\x07|\x1b\\)")
"""Textual's own mouse-pointer shape (OSC 22, ended by BEL): the app's, not the article's."""

FORBIDDEN = {
    "OSC 8 hyperlink": b"\x1b]8;",
    "OSC 52 clipboard write": b"\x1b]52;",
    "article's CSI colour": b"\x1b[31mRED",
    "article's blink": b"\x1b[5mblinks",
    "bell": b"\x07",
    "backspace": b"\x08",
    "8-bit CSI": "\x9b".encode(),
    "right-to-left override": "\u202e".encode(),
    "isolate": "\u2066".encode(),
    "zero-width space": "\u200b".encode(),
    "zero-width joiner": "\u200d".encode(),
    "word joiner": "\u2060".encode(),
    "byte order mark": "\ufeff".encode(),
}


def test_hostile_article_reaches_the_terminal_only_as_text(tmp_path: Path) -> None:
    make_hostile_desk(tmp_path).close()
    app = AppInPty(tmp_path / "desk.db")
    # Looked for after every chunk the app writes: the screen sampled at the end may already
    # show another claim's detail on a loaded machine (read19 saw it miss once at load 8-10).
    red_shown = app.watch("␛[31mRED")
    try:
        app.wait_for("Sort", 20)
        app.press("\r")
        screen = app.wait_for("ALERT", 10)
        for _ in range(len(HOSTILE_PIECES) + 6):  # every claim's detail pane gets drawn
            app.press("j")
        app.press("Y")  # copy every claim's fact-check note
        # The copy is the OSC 52 write in the app's output (its toast can wrap or expire
        # before a loaded machine samples the screen; its wording is tested in test_app_clipboard).
        app.wait_for(lambda _: OSC52.search(app.raw_bytes()) is not None, 10)
        app.wait_for(lambda _: red_shown.is_set(), 10)
        assert app.proc.poll() is None, "[@click=app.quit] or a key sequence ended the app"
    finally:
        app.kill()
    assert "[bold red]ALERT" in screen, "markup must show as text"
    assert red_shown.is_set(), "escape sequences must show as visible stand-ins"

    raw = app.raw_bytes()
    copies = OSC52.findall(raw)
    assert len(copies) == 1, f"expected the one clipboard write the test asked for: {copies}"
    copied = base64.b64decode(copies[0]).decode("utf-8")
    assert export_unsafe(copied) == [], "the clipboard gets no controls or bidi overrides"
    # an escape sequence goes whole, its words stay (review42 A15: "ESC[0m" left "[0m")
    assert "]52;c;" not in copied and "\x1b" not in copied and "[31m" not in copied
    assert "“RED”" in copied and "“a link”" in copied, "words between and inside them kept"
    rest = OSC_POINTER.sub(b"", OSC52.sub(b"", raw))
    found = {name: rest.count(seq) for name, seq in FORBIDDEN.items() if seq in rest}
    assert found == {}, f"raw sequences from the article reached the terminal: {found}"
