"""A name in capitals and a name inside console markup or escape sequences (found32, mend33).

The parser reads a name written in capitals in capitalised words (``language.parse.straight``)
and console tags and terminal escape sequences as spaces (``text.console``); the stored text and
the speaker stay as written. Invented articles, one sentence each after a headline.
"""

from __future__ import annotations

import pytest
from factdesk.extract.claims import extract_claims
from factdesk.language.parse import straight
from factdesk.text.console import console_marks, without_console_marks


def _only(sentence: str) -> tuple[str, str | None]:
    drafts = [d for d in extract_claims(f"Depot review\n\n{sentence}\n") if "said" in d.text
              or "told" in d.text or "according" in d.text]  # fmt: skip
    (draft,) = drafts
    return draft.sourcing, draft.speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Harbour master BRONA KELLETT said on Monday that the depot had lost 40 tonnes.",
         "BRONA KELLETT"),
        ("The depot lost 40 tonnes of grain in March, said ANSEL MARQUETTE.", "ANSEL MARQUETTE"),
        ("The depot will close in May, according to councillor PETRA VANCE.", "PETRA VANCE"),
        ("Auditor DESMOND ACHTERBERG told the board that 12 lorries were missing.",
         "DESMOND ACHTERBERG"),
        # a body's name in its own capitals after the body's noun stays as written
        ("Bookings rose by 8% in June, according to the regional tourism agency EXPLORE "
         "HALDEN.", "EXPLORE HALDEN"),
    ],
)  # fmt: skip
def test_a_name_in_capitals_is_a_named_speaker(sentence: str, speaker: str) -> None:
    assert _only(sentence) == ("named", speaker)


def test_capitals_are_read_as_a_name_only_in_a_names_shape() -> None:
    assert straight("Harbour master BRONA KELLETT said") == "Harbour master Brona Kellett said"
    assert straight("The US FDA and the NHS said") == "The US FDA and the NHS said"  # acronyms
    assert straight("the ferry company SAIL ORMA said") == "the ferry company SAIL ORMA said"
    headline = "DEPOT LOSES FORTY TONNES OF GRAIN"  # a headline in capitals: as written
    assert straight(headline) == headline
    text = "Mr ODA ROSS’S view"
    assert len(straight(text)) == len(text)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("[b]Wendell Arkwright[/b] said the depot had lost 40 tonnes since March.",
         "Wendell Arkwright"),
        ("[bold green]Ottilie Brand[/] told the board that 12 lorries were missing.",
         "Ottilie Brand"),
    ],
)  # fmt: skip
def test_markup_or_an_escape_inside_a_name_leaves_the_name_whole(
    sentence: str, speaker: str
) -> None:
    assert _only(sentence) == ("named", speaker)


def test_console_marks_are_tags_in_a_tags_shape_only() -> None:
    text = "[b]Ann[/b] said [the pump] [sic] failed; [@click=app.quit]Quit[/] Staff left."
    marks = [text[start:end] for start, end in console_marks(text)]
    assert marks == ["[b]", "[/b]", "[@click=app.quit]", "[/]"]
    unmarked = without_console_marks(text)
    assert len(unmarked) == len(text) and "[the pump] [sic]" in unmarked
    assert "Quit,   Staff" in unmarked  # a label before a name stays apart from it
    assert without_console_marks("Ann \x1b[1mLee\x1b[0m said") == "Ann     Lee     said"


@pytest.mark.parametrize(
    "sentence",
    [
        "\x1b[1mWendell Arkwright\x1b[0m said the depot had lost 40 tonnes since March.",
        "Wendell \x1b[1mArkwright\x1b[0m said the depot had lost 40 tonnes since March.",
        "\x1b[32mOttilie\x1b[0m Arkwright told the board that 12 lorries were missing.",
    ],
)
def test_an_escape_sequence_is_never_part_of_a_speaker(sentence: str) -> None:
    """The speaker was "Jon \\x1b[1mHale\\x1b": an escape is spaces to the parser now. The
    gap of spaces it leaves may cost the given name (the recogniser reads a run of spaces as
    a token), never the surname."""
    sourcing, speaker = _only(sentence)
    assert sourcing == "named" and speaker is not None and "Arkwright" in speaker
    assert "\x1b" not in speaker and "[" not in speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Greta \x1b[1mMoss\x1b[0m said 40 boats had been laid up since May.", "Greta Moss"),
        ("Harbour master[/link] Ivo Kask said the quay had lost 9 berths.", "Ivo Kask"),
        ("Министр \x1b[1mОлег\x1b[0m Марченко заявил, что порт потерял 9 причалов.",
         "Олег Марченко"),
        ("Министр [b]Олег[/b] Марченко заявил, что порт потерял 9 причалов.", "Олег Марченко"),
        ("Міністр \x1b[1mОлена\x1b[0m Коваль заявила, що порт втратив 9 причалів.",
         "Олена Коваль"),
    ],
)  # fmt: skip
def test_markup_between_given_name_and_surname_keeps_both_and_a_person(
    sentence: str, speaker: str
) -> None:
    """found33: the spaces a mark leaves were a token of their own, and the recogniser cut the
    name after them ("Moss") or typed it an organisation ("Ivo Kask"); a style's closing tag
    or an escape after a given name was read as a comma, so the role stayed with the given
    name ("Министр Олег", an organisation). The gap is one space to the parser now, and only
    an action's or a link's closing tag is a boundary."""
    drafts = [d for d in extract_claims(f"Quay review\n\n{sentence}\n")]
    (draft,) = drafts
    assert (draft.sourcing, draft.speaker, draft.speaker_type) == ("named", speaker, "person")


def test_a_claim_opening_on_escapes_starts_at_its_words() -> None:
    (draft,) = extract_claims(
        "Quay review\n\n\x1b[2J\x1b[H The board denied that it had hidden 40 results.\n"
    )
    assert draft.text.startswith("The board denied")


def test_only_an_action_or_link_closing_tag_is_a_comma() -> None:
    assert without_console_marks("[b]Ann[/b] Lee said") == "   Ann     Lee said"
    assert without_console_marks("[link=x]Desk[/link] Lee said") == "        Desk,       Lee said"
    assert without_console_marks("Ann\x1b[0m Lee said") == "Ann     Lee said"
