"""Sentences, quotations and claim units: offsets exact, quotes across line breaks kept whole."""

from __future__ import annotations

from conftest import examples
from factdesk.extract import segment
from factdesk.extract.quotes import find_quotes, mask_quotes
from factdesk.extract.segment import split_sentences, units_of
from hypothesis import given, settings
from hypothesis import strategies as st


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


def quoted(body: str) -> list[str]:
    return [body[q.start : q.end] for q in find_quotes(body)]


def test_quote_reopened_mid_line_ends_the_open_one() -> None:
    """A statement's next paragraph run into one line: the reopening mark ends the open quote,
    so a later "said X" is outside every quote."""
    body = (
        'Its notice read: "The depot shut at noon. "Drivers were sent home. '
        '"No bus ran after six." Later, Rina Voss said the depot would reopen.'
    )
    assert quoted(body) == [
        '"The depot shut at noon.',
        '"Drivers were sent home.',
        '"No bus ran after six."',
    ]
    masked = mask_quotes(body, find_quotes(body))
    assert masked.endswith(" Later, Rina Voss said the depot would reopen.")


def test_quote_reopened_mid_line_in_every_mark_family() -> None:
    cases = {
        "It read: “The pier is shut. “Boats stay in,” said Tal Brenn. Ivo Marr said no more.": [
            "“The pier is shut.",
            "“Boats stay in,”",
        ],
        "It read: ‘The pier is shut. ‘Boats stay in.’ Ivo Marr said no more.": [
            "‘The pier is shut.",
            "‘Boats stay in.’",
        ],
        "It read: 'The pier is shut. 'Boats stay in.' Ivo Marr said no more.": [
            "'The pier is shut.",
            "'Boats stay in.'",
        ],
        "В письме: «Причал закрыт. «Лодки стоят». Иван Дорин сказал, что всё.": [
            "«Причал закрыт.",
            "«Лодки стоят»",
        ],
        "У листі: „Причал закрито. „Човни стоять“. Іван Дорен сказав, що все.": [
            "„Причал закрито.",
            "„Човни стоять“",
        ],
    }
    for body, want in cases.items():
        assert quoted(body) == want, body


def test_inner_quote_not_after_a_sentence_end_stays_nested() -> None:
    body = "«Ответ был: «Нет» и всё», — сказал Олег Ивин."
    assert quoted(body) == ["«Ответ был: «Нет» и всё»", "«Нет»"]


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


PIECES = (
    "The council voted",
    "в среду",
    "Mr",
    "U.S",
    "3.5",
    "iPhone",
    "won't",
    "self-",
    "said",
    "…",
    "...",
    " ",
    "  ",
    "\u00a0",
    "\u200b",
    "\t",
    *".!?;:,",
    *"‘’“”«»\"'()[]{}〈〉",
    "。",
    "？",
)


@settings(max_examples=examples(400), deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=12).map("".join))
def test_a_line_known_to_be_one_sentence_is_what_syntok_makes_of_it(line: str) -> None:
    """The shortcut that skips syntok on a line with no sentence end before its closing marks
    gives syntok's own answer: the whole line, first character to last."""
    if segment._one_sentence(line):
        assert segment._syntok_sentences(line) == [segment.Span(0, len(line))]


def test_the_shortcut_takes_plain_lines_and_leaves_the_others_to_syntok() -> None:
    taken = ["The mayor said the road would reopen.", "«Мы готовы», — сказал он.", "Headline"]
    left = ["It rained. Then it stopped.", "He (the mayor) spoke.", "Dr. Lee spoke.", " x."]
    assert all(segment._one_sentence(line) for line in taken)
    assert not any(segment._one_sentence(line) for line in left)
    body = "\n".join(taken + left)
    assert split_sentences(body)[:3] == [segment.Span(0, 37), segment.Span(38, 63),
                                         segment.Span(64, 72)]  # fmt: skip


def test_a_one_letter_word_ending_a_ukrainian_sentence_ends_it() -> None:
    """syntok reads any one letter before a full stop as an initial and runs on: «є» and «я»
    end sentences («Так, за даними відомства, так і є. Але …»); a place abbreviation
    («с. Іванівка», «м. Київ») and a Latin capital initial stay inside."""
    body = "Так, за даними відомства, так і є. Але в громаді інакше.\nЦе я. Живе в с. Іванівка."
    got = [body[s.start : s.end] for s in split_sentences(body)]
    assert got == ["Так, за даними відомства, так і є.", "Але в громаді інакше.", "Це я.",
                   "Живе в с. Іванівка."]  # fmt: skip
