"""Text kept intact on the way out: exports and the clipboard drop only what is dangerous.

The terminal's sanitiser (``sanitize``) shows every invisible character as a stand-in; the
export cleaner (``clean_for_export``) removes terminal escape sequences whole, C0/C1 controls
and bidi overrides/isolates and keeps everything a writing system needs: ZWNJ in Persian and
Hindi, ZWJ in emoji, the direction marks in Arabic and Hebrew.
"""

from __future__ import annotations

import unicodedata

import pytest
from factdesk.text.console import without_escape_sequences
from factdesk.text.sanitize import (
    EXPORT_BIDI_CONTROLS,
    clean_export_line,
    clean_for_export,
    is_export_clean,
    sanitize,
)
from hypothesis import given
from hypothesis import strategies as st

PERSIAN = "می\u200cخواهم"  # "I want": the ZWNJ keeps the prefix from joining
HINDI = "क्\u200dष"
FAMILY = "👨\u200d👩\u200d👧"
HEBREW_WITH_MARK = "שלום\u200f, world"
FLAG = "🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f"


def dangerous(char: str) -> bool:
    code = ord(char)
    control = code < 0x20 or 0x7F <= code <= 0x9F
    return (control and char not in "\n\t") or char in EXPORT_BIDI_CONTROLS


def test_writing_systems_survive_and_the_terminal_still_marks_them() -> None:
    for text in (PERSIAN, HINDI, FAMILY, HEBREW_WITH_MARK, FLAG):
        assert clean_for_export(text) == text
        assert clean_export_line(text) == text
    assert "\u200c" not in sanitize(PERSIAN), "the terminal keeps its stricter rule"


def test_controls_and_overrides_are_removed() -> None:
    text = "invoice\u202efdp.exe \x1b[31mred\x9b \u2066iso\u2069 bell\x07"
    assert clean_for_export(text) == "invoicefdp.exe red iso bell"
    assert clean_for_export("a\r\nb\rc\u2028d") == "a\nb\nc\nd"


@pytest.mark.parametrize(
    ("text", "out"),
    [
        ("last year\x1b[0m, according to", "last year, according to"),  # review42 A15
        ("\x1b[1;31mОлена\x1b[0m Коваль", "Олена Коваль"),
        ("see \x1b]8;;https://x.example\x1b\\the report\x1b]8;;\x07 here", "see the report here"),
        ("\x1bAnna and \x1b[«цитата»", "Anna and [«цитата»"),  # no sequence: ESC alone goes
        ("\x9b2Kcleared", "cleared"),
    ],
)
def test_escape_sequences_leave_whole(text: str, out: str) -> None:
    assert clean_for_export(text) == out


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_only_dangerous_characters_go(text: str) -> None:
    clean = clean_for_export(text)
    assert not any(dangerous(char) for char in clean)
    expected = "".join(
        char for char in without_escape_sequences(text.replace("\r\n", "\n").replace("\r", "\n")
        .replace("\u2028", "\n").replace("\u2029", "\n")) if not dangerous(char)
    )  # fmt: skip
    assert clean == expected, "everything else is kept, in order"
    assert clean_for_export(clean) == clean and is_export_clean(clean)


@given(
    st.lists(
        st.sampled_from([PERSIAN, HINDI, FAMILY, HEBREW_WITH_MARK, "\u202e", "\x1b", " ", "a"]),
        max_size=20,
    )
)
def test_joiners_and_marks_are_never_lost(pieces: list[str]) -> None:
    text = "".join(pieces)
    clean = clean_for_export(text)
    for mark in ("\u200c", "\u200d", "\u200f"):
        assert clean.count(mark) == text.count(mark)
    assert all(unicodedata.category(c) != "Cc" or c == "\n" for c in clean_export_line(text))
