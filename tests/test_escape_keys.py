"""Esc and the key typed right after it, as one terminal read: Textual's parser makes the pair
one alt key (or a WezTerm Option character); the app hands it on as Esc, then the key
(``ui.escape_keys``; the Pilot test is in test_app_review.py). No app is started here."""

from __future__ import annotations

import pytest
from factdesk.ui.escape_keys import after_escape
from factdesk.ui.textual_fixes import install
from textual import events
from textual._xterm_parser import XTermParser


def parsed(raw: str) -> list[tuple[str, str | None]]:
    install()
    parser = XTermParser()
    return [(e.key, e.character) for e in [*parser.feed(raw), *parser.feed("")]
            if isinstance(e, events.Key)]  # fmt: skip


@pytest.mark.parametrize(
    ("raw", "then"),
    [("\x1bj", "j"), ("\x1bJ", "J"), ("\x1b2", "2"), ("\x1b0", "0"), ("\x1b/", "slash"),
     ("\x1b?", "question_mark"), ("\x1b[", "left_square_bracket"), ("\x1b ", "space")],
)  # fmt: skip
def test_esc_then_a_key_at_once_is_esc_then_that_key(raw: str, then: str) -> None:
    """ "\\x1b2" was "™" and "\\x1b/" a lone "/" (the Esc lost); each is now one alt key that
    ``after_escape`` turns back into the key typed after Esc."""
    ((key, character),) = parsed(raw)
    assert key.startswith("alt+")
    follower = after_escape(events.Key(key, character), bound=())
    assert follower is not None and follower.key == then


def test_a_bound_alt_key_and_keys_without_esc_stay_as_they_are() -> None:
    assert after_escape(events.Key("alt+j", "j"), bound={"alt+j"}) is None
    assert after_escape(events.Key("j", "j"), bound=()) is None
    assert parsed("/") == [("slash", "/")] and parsed("\x1b[A") == [("up", None)]
    assert parsed("\x1b\r") == [("enter", "\r")]  # no character to hand on: as Textual reads it
