"""Sentences, quotations and claim units: offsets exact, quotes across line breaks kept whole."""

from __future__ import annotations

from factdesk.extract.quotes import find_quotes, mask_quotes
from factdesk.extract.segment import split_sentences, units_of


def texts(body: str) -> list[str]:
    return [body[u.start : u.end] for u in units_of(body, find_quotes(body))]


def test_sentences_have_exact_offsets_and_never_cross_lines() -> None:
    body = "First line has Dr. Smith in it. Second one.\nHeadline without stop\nLast one!"
    spans = split_sentences(body)
    got = [body[s.start : s.end] for s in spans]
    assert got == [
        "First line has Dr. Smith in it.",
        "Second one.",
        "Headline without stop",
        "Last one!",
    ]


def test_closing_quote_stays_with_its_sentence() -> None:
    body = "‘We left at 3 a.m. on foot,’ said a neighbour. ‘Nobody stayed.’ Then it rained."
    assert texts(body) == [
        "‘We left at 3 a.m. on foot,’ said a neighbour.",
        "‘Nobody stayed.’",
        "Then it rained.",
    ]


def test_quote_across_a_paragraph_break_is_one_unit() -> None:
    body = (
        "‘The bridge is gone,’ Novak said. ‘If the rain goes on, the road will flood.\n\n"
        "But nobody can say when.’ Her warning came late.\n\nNext paragraph here."
    )
    got = texts(body)
    assert "‘If the rain goes on, the road will flood.\n\nBut nobody can say when.’" in got
    assert "Her warning came late." in got
    assert "Next paragraph here." in got


def test_new_paragraph_opening_a_quote_does_not_join() -> None:
    """The convention for long quotes: each paragraph opens the quote again."""
    body = "“The plant closed in May.\n\n“Workers were not paid,” he said."
    quotes = find_quotes(body)
    assert not any(q.crosses_break for q in quotes)
    assert texts(body) == ["“The plant closed in May.", "“Workers were not paid,” he said."]


def test_unclosed_quote_ends_with_its_line() -> None:
    body = "He said “this never closes.\n\nA plain sentence.\n\nAnother plain one."
    quotes = find_quotes(body)
    assert [body[q.start : q.end] for q in quotes] == ["“this never closes."]
    assert texts(body)[-1] == "Another plain one."


def test_apostrophes_are_not_quotes() -> None:
    body = "The army’s plan won’t work, ‘they can’t hold the city’ the mayor’s aide said."
    quotes = find_quotes(body)
    assert [body[q.start : q.end] for q in quotes] == ["‘they can’t hold the city’"]


def test_straight_and_guillemet_quotes() -> None:
    body = 'He said "we will stay" and wrote «never again» twice.'
    got = [body[q.start : q.end] for q in find_quotes(body)]
    assert got == ['"we will stay"', "«never again»"]


def test_mask_keeps_length_and_newlines() -> None:
    body = "‘One.\n\nTwo.’ Novak said."
    masked = mask_quotes(body, find_quotes(body))
    assert len(masked) == len(body)
    assert masked.endswith(" Novak said.")
    assert "\n\n" in masked
    assert "One" not in masked
