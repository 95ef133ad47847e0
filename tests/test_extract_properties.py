"""Properties of extraction on arbitrary text: exact offsets, sane fields, never a crash.

Article text is untrusted: control characters, stray quote marks, lone punctuation, scripts
the rules never saw. Whatever comes in, every claim must be ``body[start:end]``.
"""

from __future__ import annotations

from conftest import examples
from factdesk.extract.claims import describe_span, extract_claims
from factdesk.extract.quotes import find_quotes, mask_quotes
from factdesk.extract.segment import units_of
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

KINDS = {"quote", "statistic", "event", "statement"}
SOURCINGS = {"named", "anonymous", "unattributed", "none"}

# Surrogate-free unicode, with control characters included on purpose.
any_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=400)
# News-shaped text: the characters and words the rules react to, so rules actually fire.
pieces = st.sampled_from(
    [
        "said", "told", "according to", "he", "His words", "Anna Berg", "Berg", "a source",
        "speaking on condition of anonymity", "12 December 2026", "31 February 2025", "40%",
        "could", "denied", "captured", "“", "”", "‘", "’", "'", '"', "«", "»", ".", ",", "?",
        ":", "\n", "\n\n", " ", "\x00", "\x1b", "\u202e", "Мария", "3 a.m.", "Photo:",
    ]
)  # fmt: skip
newsy_text = st.lists(pieces, max_size=60).map("".join)
text = st.one_of(any_text, newsy_text)
fast = settings(
    max_examples=examples(100), deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
# Extraction runs the parser: fewer examples than the pure string functions get.
parsed = settings(
    max_examples=examples(40), deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


@parsed
@given(body=text)
def test_claims_are_exact_slices(body: str) -> None:
    previous_end = -1
    for claim in extract_claims(body, "2026-01-19"):
        assert body[claim.start : claim.end] == claim.text
        assert 0 <= claim.start < claim.end <= len(body)
        assert claim.start >= previous_end  # in order, never overlapping
        previous_end = claim.end
        assert claim.kind in KINDS
        assert claim.sourcing in SOURCINGS
        assert 0.0 <= claim.score <= 1.0
        assert claim.paragraph >= 1


@parsed
@given(body=text, a=st.integers(-5, 500), b=st.integers(-5, 500))
def test_describe_span_never_crashes(body: str, a: int, b: int) -> None:
    draft = describe_span(body, a, b)
    assert body[draft.start : draft.end] == draft.text


@fast
@given(body=text)
def test_units_and_mask_keep_offsets(body: str) -> None:
    quotes = find_quotes(body)
    masked = mask_quotes(body, quotes)
    assert len(masked) == len(body)
    for quote in quotes:
        assert 0 <= quote.start < quote.end <= len(body)
    for unit in units_of(body, quotes):
        assert body[unit.start : unit.end].strip()


@parsed
@given(article_date=st.one_of(st.none(), st.text(max_size=12), st.dates().map(str)))
def test_any_article_date_is_accepted(article_date: str | None) -> None:
    extract_claims("The bridge reopened on 12 December 2026 after repairs.", article_date)
