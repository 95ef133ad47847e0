"""The writer's own statements are claims (issue 12, recall36): a declarative sentence of the
body that names nobody and counts nothing is still a sentence a checker could check (README
of the labels, item 1); a line speaking to the reader, one the writer wonders about, the
article's opening line and the page's notes are not. Every sentence is invented."""

from __future__ import annotations

from factdesk.extract.claims import ClaimDraft, extract_claims


def texts(body: str) -> list[str]:
    return [" ".join(c.text.split()) for c in extract_claims(body)]


def one(body: str, snippet: str) -> ClaimDraft:
    found = [c for c in extract_claims(body) if snippet in c.text]
    assert len(found) == 1, (snippet, [c.text for c in extract_claims(body)])
    return found[0]


FERRY = """Ferry timetable shrinks for winter

The island ferry has sailed at dawn every day since the new pier opened. Crews loaded the
deck by hand after the ramp motor failed. The ticket office stayed shut all week.
That is a timetable nobody wants.
"""


def test_a_sentence_that_names_nobody_is_the_writers_claim() -> None:
    got = texts(FERRY)
    assert "Crews loaded the deck by hand after the ramp motor failed." in got
    assert "The ticket office stayed shut all week." in got
    claim = one(FERRY, "The ticket office")
    assert claim.sourcing == "none" and claim.speaker is None


def test_an_english_line_in_the_present_with_nobody_named_is_not_taken() -> None:
    """ "That is a timetable nobody wants.": comment, not an event the writer reports."""
    assert not any(t.startswith("That is a timetable") for t in texts(FERRY))


def test_the_opening_line_is_not_taken_for_a_claim_by_this_rule() -> None:
    """A title written with a full stop ("Glasshouse growers counted the cost of hail.") is the
    article's first unit: this rule leaves it out; the sentence after it is kept."""
    body = (
        "Glasshouse growers counted the cost of hail.\n\nThe storm broke panes along the valley.\n"
    )
    assert texts(body) == ["The storm broke panes along the valley."]


def test_a_line_that_speaks_to_the_reader_is_not_a_claim() -> None:
    """Each line below has a verb in the past, so only the reader address keeps it out."""
    body = (
        "Orchard owners brace for frost\n\n"
        "The frost arrived early in the upper valley this week. "
        "If you grew pears, the blossom was frozen overnight. "
        "Sign up here to read what the growers decided. "
        "Send the photographs you made to the newsroom. "
        "Please tell us what happened in your orchard.\n"
    )
    assert texts(body) == ["The frost arrived early in the upper valley this week."]


def test_a_sentence_the_writer_wonders_about_is_not_a_claim() -> None:
    body = (
        "Heron returns to the mill pond\n\n"
        "The heron came back to the mill pond on a cold morning. "
        "Maybe the reeds drew it back. Perhaps it had never really left.\n"
    )
    assert texts(body) == ["The heron came back to the mill pond on a cold morning."]


def test_russian_and_ukrainian_statements_and_reader_address() -> None:
    ru = (
        "Водоканал меняет трубы\n\n"
        "Жители старых домов по-прежнему получают ржавую воду. "
        "Если вы живёте в старом доме, ставьте фильтр.\n"
    )
    assert texts(ru) == ["Жители старых домов по-прежнему получают ржавую воду."]
    uk = (
        "Міст закрили на ремонт\n\n"
        "Автобуси тепер їздять в об'їзд через промзону. "
        "Будь ласка, плануйте поїздки заздалегідь.\n"
    )
    assert texts(uk) == ["Автобуси тепер їздять в об'їзд через промзону."]


def test_an_edited_for_length_note_is_furniture() -> None:
    body = (
        "A conversation with a lighthouse keeper\n\n"
        "The lamp was made automatic a decade ago. "
        "This interview has been condensed and edited for clarity.\n"
    )
    assert texts(body) == ["The lamp was made automatic a decade ago."]


def test_a_long_sentence_opening_with_by_is_not_a_byline() -> None:
    """ "By my count" and "By Monday evening" open sentences; "By Ana Ruiz" is a byline."""
    body = (
        "Storm damage in the hills\n\n"
        "By Ana Ruiz and Tom Bell\n\n"
        "By Monday evening, crews from the hill towns had cleared every road blocked by trees. "
        "By my count, the crews worked through four nights in a row without a single rest.\n"
    )
    got = texts(body)
    assert not any(t.startswith("By Ana Ruiz") for t in got)
    assert any(t.startswith("By Monday evening") for t in got)
    assert any(t.startswith("By my count") for t in got)
