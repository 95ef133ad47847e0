"""The matcher's faster forms of its patterns and cues find what the plain forms find (issue 15).

Each shortcut is checked against the plain form it replaced, on texts built from the
pieces where the two could part (look-behinds at a text's start, hyphens, decimal commas,
cased letters that fold to ASCII, Cyrillic), and on sentences it must leave alone.
"""

from __future__ import annotations

import re

from conftest import examples
from factdesk.corroborate import countries, match
from factdesk.lexicon.cyrillic import CYRILLIC, has_cyrillic
from factdesk.lexicon.english import ASIDE_RE, COUNTRY_WORDS, UNVERIFIED_RE
from hypothesis import given, settings
from hypothesis import strategies as st

_PLAIN_FIGURE = re.compile(
    r"(?<![\w.,])(?<![A-Za-z]-)\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w%])"
    r"|(?<![\w.,])(?<![A-Za-z]-)\d+(?:\.\d+)?(?![\w%.,]\d)"
)
_PLAIN_NUMBER = re.compile(r"\b\d+(?:[.,]\d+)*(?:st|nd|rd|th)?\b")
_PLAIN_MEASURE = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    + match._MEASURE.pattern[match._MEASURE.pattern.index(r"\s*(?:") :],
    re.I,
)
_PLAIN_COUNTRY = re.compile(
    r"(?<![\w-])(?:" + "|".join(sorted(COUNTRY_WORDS, key=len, reverse=True)) + r")(?![\w-])"
)

_FIGURE_PIECES = st.sampled_from(
    ["1", "7", "12", "1,500", "2,000,000", "3.5", ",", ".", "-", "F-", "a", "x", "_", "%",
     " ", "th", "st", "km", " kg", " m", "°C", "٣", "mph", "ft", "Covid-", "\n", "€"]
)  # fmt: skip
_TEXTS = st.lists(_FIGURE_PIECES, max_size=14).map("".join)


def _found(pattern: re.Pattern[str], text: str) -> list[tuple]:
    return [(m.span(), m.groups(), m.lastgroup) for m in pattern.finditer(text)]


@settings(max_examples=examples(300), deadline=None)
@given(_TEXTS)
def test_digit_first_patterns_match_as_their_plain_forms(text: str) -> None:
    assert _found(match._FIGURE, text) == _found(_PLAIN_FIGURE, text)
    assert _found(match._NUMBER, text) == _found(_PLAIN_NUMBER, text)
    assert _found(match._MEASURE, text) == _found(_PLAIN_MEASURE, text)


def test_digit_first_patterns_keep_their_look_behinds() -> None:
    """A figure at the text's start is one; one glued to a word, a name's number ("F-16") or
    a decimal's tail is none."""
    text = "12 jets, F-16 and 4x4, 1,500 km, x7 and 3.5 km"
    assert [m.group() for m in match._FIGURE.finditer(text)] == ["12", "1,500", "3.5"]
    assert [m.group() for m in match._NUMBER.finditer(text)] == ["12", "16", "1,500", "3.5"]
    assert [m.group(1) for m in match._MEASURE.finditer(text)] == ["1,500", "3.5"]


_COUNTRY_PIECES = st.sampled_from(
    [*sorted(COUNTRY_WORDS)[:40], "Croatia", "Croatians", "Türkiye", " ", "-", "non", "s",
     "the ", ",", "_", "é"]
)  # fmt: skip


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(_COUNTRY_PIECES, max_size=10).map("".join))
def test_country_words_match_as_their_plain_form(text: str) -> None:
    assert _found(countries._LATIN, text) == _found(_PLAIN_COUNTRY, text)


def test_country_words_only_as_whole_words() -> None:
    assert countries.countries("Croatia beat the Slovenian side") == ("croatia", "slovenia")
    assert countries.countries("the non-Croatia team, Croatians-only") == ()


def test_has_cyrillic_answers_as_the_search() -> None:
    for text in ("plain ASCII, 12 km", "café — “quoted”", "КИЇВ", "in Київ", "", "ſome İ"):
        assert has_cyrillic(text) == (CYRILLIC.search(text) is not None)
    assert not has_cyrillic("plain ASCII") and has_cyrillic("НИКТО")


_TOLD_PIECES = st.sampled_from(
    ["nobody", "No one", "NO", "no", "not", "now", "casino", "never", "was", "were", "hurt",
     "killed", "injured", "deaths", "could", "couldn't", "not be", "be", "been", "yet",
     "independently", "verified", "CONFIRMED", "confirmed.", "никто", "НИКТО", "не",
     "пострадал", "ſ", "İ", ",", "people", "also", "Also", "the same day", "meanwhile"]
)  # fmt: skip
_SENTENCES = st.lists(_TOLD_PIECES, max_size=12).map(" ".join)


@settings(max_examples=examples(400), deadline=None)
@given(_SENTENCES)
def test_cued_patterns_answer_as_the_plain_ones(text: str) -> None:
    assert match._told(text) == match._NOBODY.sub(" ", UNVERIFIED_RE.sub(" ", text))
    plain = {f"0|{m.lastgroup}": m.lastgroup or "" for m in match._NOBODY.finditer(text)}
    assert match.nobody_roles(text) == plain
    assert match._ASIDE.found(text) == bool(ASIDE_RE.search(text))


def test_cues_skip_only_texts_the_patterns_cannot_match() -> None:
    """Skipped: no cue word in an ASCII text. Searched: the cue, or any text beyond ASCII
    (the Russian and Ukrainian words, the letters that fold to ASCII ones)."""
    assert not match._may_count_nobody("Five people were killed in the blast.")
    assert match._may_count_nobody("No one was hurt.")
    assert match._may_count_nobody("Никто не пострадал.")
    assert match.nobody_roles("Nobody was injured.") == {"0|injured": "injured"}
    assert match.nobody_roles("НИКТО не пострадал.") == match.nobody_roles("никто не пострадал.")
    unchecked = "The figure could not be independently verified, nobody was hurt."
    assert match._told(unchecked) == "The figure could  ,  ."
    assert match._told("Police said 12 were hurt.") == "Police said 12 were hurt."
    assert match._ASIDE.found("ALSO on Sunday, a second fire broke out.")
    assert not match._ASIDE.found("Gerasimov also noted that the line held.")
