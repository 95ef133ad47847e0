"""``text.fold.FoldedSearch`` answers exactly as the case-insensitive pattern does.

The speed-up rests on three facts about Unicode and ``re`` that are checked here over every
cased code point (the others are left alone by ``str.lower``), then on the cue lists the
matcher uses, with texts mixing their words in any case with characters that fold oddly.
"""

from __future__ import annotations

import functools
import re
import sys

import pytest
from conftest import examples
from factdesk.corroborate import match
from factdesk.corroborate.outcomes import _CUES
from factdesk.corroborate.stances import CONTROL, DENIAL, NEGATION
from factdesk.lexicon.english import OUTCOME_CUES, OUTCOME_NEGATION_RE
from factdesk.text.fold import FoldedSearch
from hypothesis import given, settings
from hypothesis import strategies as st


@functools.cache
def cased() -> list[str]:
    """Every cased code point. Built when a test first asks (a quarter second of CPU), not when
    the module is imported: every xdist worker collects this file, one runs its tests."""
    return [
        c
        for c in map(chr, range(sys.maxunicode + 1))
        if (c.lower() != c or c.upper() != c) and not 0xD800 <= ord(c) <= 0xDFFF
    ]


def test_lowering_keeps_places_and_classes_of_all_but_two_characters() -> None:
    changed = [c for c in cased() if len(c.lower()) != 1 or c.isascii() != c.lower().isascii()]
    assert changed == ["\u0130", "\u212a"]  # both are searched with the original pattern
    for pattern in (r"\w", r"\d", r"\s"):
        rx = re.compile(pattern)
        assert [c for c in cased() if bool(rx.match(c)) != bool(rx.match(c.lower()))] == []


def test_only_four_characters_fold_to_an_ascii_letter() -> None:
    letters = re.compile("[a-z]", re.IGNORECASE)
    assert sorted(c for c in cased() if not c.isascii() and letters.match(c)) == sorted(
        "\u0130\u0131\u017f\u212a"
    )


WORDS = (
    "denied deny refused to confirm did not won't never no one has not lost fell short "
    "beat lost to approved rejected banned failed to land acquitted thirty-two twenty seven "
    "one two hundred said Kupyansk the troops captured 40 percent liberated retaken held losing"
).split()
ODD = ["\u0130", "\u0131", "\u017f", "\u212a", "’", "é", "ß", "Σ", "\u00a0", "-", ",", "."]


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """Cue words in random case, joined by spaces or odd characters, odd letters inside."""
    parts = []
    for word in draw(st.lists(st.sampled_from(WORDS), max_size=10)):
        word = "".join(c.upper() if draw(st.booleans()) else c for c in word)
        if draw(st.integers(0, 5)) == 0:
            at = draw(st.integers(0, len(word)))
            word = word[:at] + draw(st.sampled_from(ODD)) + word[at:]
        parts.append(word)
        parts.append(draw(st.sampled_from([" ", " ", " ", ", ", "’s ", "\u00a0", "\u017f "])))
    return "".join(parts)


@settings(max_examples=examples(200), deadline=None)
@given(sentences() | st.text(max_size=40))
def test_folded_search_answers_as_the_pattern_does(text: str) -> None:
    for patterns in ((DENIAL, NEGATION, OUTCOME_NEGATION_RE), (OUTCOME_CUES,), (CONTROL,)):
        expected = any(p.search(text) for p in patterns)
        assert FoldedSearch(*patterns).found(text) == expected
    assert _CUES.found(text) == bool(OUTCOME_CUES.search(text))


def test_cues_searching_texts_in_turns_answer_for_each_text() -> None:
    """The lowered form of the last text searched is kept for the next cue (``_lowered``):
    an equal text, another text, and a text that folds to ASCII oddly each get their own."""
    denial = FoldedSearch(DENIAL, NEGATION, OUTCOME_NEGATION_RE)
    control = FoldedSearch(CONTROL)
    texts = ["Officials DENIED it.", "Troops captured the town.", "Officials DENIED it."]
    texts += ["".join(["Officials ", "DENIED it."]), "The \u212aremlin denied it.", "no cue"]
    texts += ["The \u212aremlin denied it.", "Troops CAPTURED the town."]
    for text in texts:
        for cue, patterns in (
            (denial, (DENIAL, NEGATION, OUTCOME_NEGATION_RE)),
            (control, (CONTROL,)),
        ):
            assert cue.found(text) == any(p.search(text) for p in patterns), (text, patterns)


@settings(max_examples=examples(200), deadline=None)
@given(sentences() | st.text(max_size=40))
def test_every_number_word_the_matcher_spells_is_seen_by_its_cue(text: str) -> None:
    if match._SPELLED.search(text):  # else spell_digits skips the text
        assert match._SPELLED_CUE.found(text)


@pytest.mark.parametrize(
    "pattern",
    [
        re.compile(r"\bDenied\b", re.I),  # a capital in the source
        re.compile(r"\bdenied\b"),  # case-sensitive
        re.compile(r"(?-i:denied)", re.I),  # an inline flag
        re.compile(r"\x44enied", re.I),  # a letter written as a code
        re.compile(r"\bdénied\b", re.I),  # a cased non-ASCII letter
    ],
)
def test_a_pattern_lowering_could_change_is_refused(pattern: re.Pattern[str]) -> None:
    with pytest.raises(ValueError, match="not a lower-case"):
        FoldedSearch(pattern)
