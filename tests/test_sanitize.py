"""The sanitiser: every dangerous code point becomes one visible character, nothing else moves."""

from __future__ import annotations

import unicodedata

from conftest import examples
from factdesk.text.sanitize import is_clean, replace_unsafe, sanitize, sanitize_line
from hypothesis import given, settings
from hypothesis import strategies as st

DANGEROUS = (
    "\x00\x07\x08\x0d\x1b\x7f\x85\x9b\u200b\u200d\u202a\u202e\u2066\u2069\ufeff\u2028\u2029"
    "\ufff9\ufffb\U000e0001\U000e0041\U000e007f"
)


def test_escape_sequences_become_visible_characters() -> None:
    text = "red \x1b[31mALERT\x1b[0m \x1b]52;c;ZXZpbA==\x07 \x1b]8;;http://x\x1b\\link"
    shown = sanitize(text)
    assert "\x1b" not in shown and "\x07" not in shown
    assert shown.startswith("red ␛[31mALERT␛[0m")


def test_each_dangerous_character_is_replaced_by_one_printable_one() -> None:
    shown = sanitize(DANGEROUS)
    assert len(shown) == len(DANGEROUS)
    for char in shown:
        assert unicodedata.category(char) not in ("Cc", "Cf", "Zl", "Zp"), repr(char)


def test_layout_and_ordinary_text_are_untouched() -> None:
    text = "Line one\n\tКупянск — «Five-Naked» ‘quoted’ [bold]x[/] 80%\n"
    assert sanitize(text) == text
    assert is_clean(text)
    assert not is_clean("a\u202eb")


def test_the_unsafe_scan_finds_exactly_what_sanitize_replaces() -> None:
    """``is_clean`` and ``replace_unsafe`` scan with a pattern built from the table: checked
    against ``sanitize`` itself over the whole BMP (surrogates aside), the tag characters'
    plane and some emoji, in one string."""
    codes = [*range(0xD800), *range(0xE000, 0x10000), *range(0x1F000, 0x1F700)]
    text = "".join(map(chr, [*codes, *range(0xE0000, 0xE0100)]))
    # a character found that sanitize keeps would come out as two: the lengths would differ
    found = replace_unsafe(text, lambda char: sanitize(char) if sanitize(char) != char else "??")
    assert found == sanitize(text)
    assert is_clean("plain, Кирилиця, 中文, \U0001f600") and not is_clean("a\U000e0041b")


def test_sanitize_line_folds_onto_one_line() -> None:
    assert sanitize_line("  a\n b\t\x1b c ") == "a b ␛ c"


@settings(max_examples=examples(300))
@given(st.text())
def test_offsets_are_kept_and_nothing_dangerous_survives(text: str) -> None:
    shown = sanitize(text)
    assert len(shown) == len(text)
    for original, char in zip(text, shown, strict=True):
        if original == char:
            assert original in "\n\t" or unicodedata.category(original) not in ("Cc", "Zl", "Zp")
    assert is_clean(shown)
