"""``text.lookahead.prefiltered`` finds exactly what the pattern finds, and does skip ahead.

The look-ahead is derived from the pattern's own parse, so it is checked on the cue lists the
extractor runs on every claim and on invented patterns with the constructs that shape a first
character (optional parts, look-behinds, anchors, scoped case flags, classes, categories),
over texts mixing their words in any case with characters that fold oddly.
"""

from __future__ import annotations

import re

import pytest
from conftest import examples
from factdesk.extract import cues, dates, flags
from factdesk.lexicon import english
from factdesk.text.lookahead import compile_prefiltered, prefiltered
from hypothesis import given, settings
from hypothesis import strategies as st

INVENTED = [
    re.compile(r"\b(?:un)?likely\b|(?-i:\bMay\b)|\bseems? to\b", re.I),
    re.compile(r"(?<![\w.,])(?:\d[\d,.]*\d|\d)(?P<ord>st|nd|rd|th)?(?!\w)|^\W*(?:one|two)\b", re.I),
    re.compile(r"\b(?i:in|on)[ \t]+(?:March|May)\b|(?<!\d)(?P<d>[0-3]?\d) (?i:января|бер)"),
    re.compile(r"(?:Mr|Dr)\.? [A-Z]\w+|[А-ЯЁ][а-яё]+енко"),
    re.compile(r"(?=said)\w+|\s+—\s+сказал"),
]
CUE_LISTS = [
    english.HEDGE_RE,
    english.DENIAL_RE,
    cues.ANONYMITY_RE,
    cues.FLUFF_RE,
    cues.EVENT_RE,
    flags._QUANTITY,
    dates._patterns_for(tuple(range(len(dates._PATTERNS)))),
]
WORDS = (
    "reportedly unlikely likely may May seems to denied refused to confirm one two 3rd 12 1,200 "
    "4.5 in March on may Mr. Dr Smith Коваленко 8 января бер said Said — сказал officials "
    "speaking on condition of anonymity captured захватили 19 листопада 2025 року Tuesday xMr "
    "ЮКоваленко unreportedly"
).split()
ODD = ["\u0130", "\u0131", "\u017f", "\u212a", "’", "é", "ß", "Σ", "\u00a0", "-", ",", ".", "_"]


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """Cue words in random case, joined by spaces or odd characters, odd letters inside."""
    parts = []
    for word in draw(st.lists(st.sampled_from(WORDS), max_size=12)):
        word = "".join(c.upper() if draw(st.booleans()) else c for c in word)
        if draw(st.integers(0, 5)) == 0:
            at = draw(st.integers(0, len(word)))
            word = word[:at] + draw(st.sampled_from(ODD)) + word[at:]
        parts.append(word)
        parts.append(draw(st.sampled_from([" ", " ", " ", ", ", "’s ", "\u00a0", "\n", ".", ""])))
    return "".join(parts)


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


PREFILTERED = [(pattern, prefiltered(pattern)) for pattern in INVENTED + CUE_LISTS]
"""Each pattern with its look-ahead, built once: parsing the cue lists again for every example
was two thirds of the property test's CPU (``prefiltered`` is a pure function of the pattern)."""


@settings(max_examples=examples(300), deadline=None)
@given(sentences() | st.text(max_size=40))
def test_the_same_matches_as_the_pattern(text: str) -> None:
    for pattern, quick in PREFILTERED:
        assert _found(quick, text) == _found(pattern, text)
        for at in range(0, len(text) + 1, 3):
            assert bool(quick.match(text, at)) == bool(pattern.match(text, at))


def test_a_cue_list_gets_its_first_letters_and_word_start() -> None:
    quick = prefiltered(re.compile(r"\breportedly\b|\b(?:un)?likely\b|(?-i:\bmay\b)", re.I))
    assert quick.pattern.startswith(r"(?=\b[lmru])")
    assert quick.flags == re.I | re.U and quick.groups == 0


def test_a_case_insensitive_group_makes_the_look_ahead_ignore_case() -> None:
    quick = prefiltered(re.compile(r"\b(?i:in) March|\bMay"))
    assert quick.pattern.startswith(r"(?=\b(?i:[Mi]))")
    assert quick.search("IN March") and quick.search("In March")


def test_groups_are_kept() -> None:
    pattern = re.compile(r"(?P<n>\d+)(st|nd)?|(?P<w>one)\b", re.I)
    quick = prefiltered(pattern)
    assert quick is not pattern
    assert quick.groupindex == pattern.groupindex and quick.groups == pattern.groups
    text = "the 1st and 22 ONE"
    assert quick.sub(r"<\1\2>", text) == pattern.sub(r"<\1\2>", text)


@pytest.mark.parametrize(
    "source",
    [
        r"\b(?:a|b)?",  # can match nothing
        r".said",  # any character first
        r"[^a-z]said",  # a negated class
        r"(?i)said|told",  # a global inline flag must open the pattern
        r"\b",  # only an anchor
    ],
)
def test_a_pattern_whose_first_letters_are_unclear_is_left_as_it_is(source: str) -> None:
    pattern = re.compile(source)
    assert prefiltered(pattern) is pattern


def test_compiled_once_is_the_same_pattern() -> None:
    """``compile_prefiltered`` (the source compiled once) gives what ``prefiltered`` of the
    compiled source gives, with a look-ahead or without one (a global inline flag, a pattern
    that can match nothing, a back-reference, a negated class)."""
    odd = [(r"(?i)said|told", 0), (r"a*|b", 0), (r"(a)\1", 0), (r"[^a]b", re.I)]
    for source, flag in [(p.pattern, p.flags) for p in INVENTED] + odd:
        once, twice = compile_prefiltered(source, flag), prefiltered(re.compile(source, flag))
        assert (once.pattern, once.flags) == (twice.pattern, twice.flags), source
    assert compile_prefiltered(r"\bsaid\b").pattern.startswith(r"(?=\b[s])")
