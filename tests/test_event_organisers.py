"""An event's organisers speak for the event the article names (issue 12, reference32).

The reference stage's largest English shape on fresh text: "organisers", "the organisers",
"race organisers" or "the event's committee" with the event named only in the headline, the
lede or an "organisers of <Name>" phrase, never in their own sentence. Invented articles, other
events and other verbs in each; the Russian and Ukrainian cases are read by
``ru_uk.organised_event`` already and guard that the two languages agree. Each English test
but the guards fails with the rule reverted."""

from __future__ import annotations

import pytest
from claim_support import one_claim
from factdesk.extract.claims import ClaimDraft, extract_claims


def _claim(body: str, snippet: str) -> ClaimDraft:
    return one_claim(body, snippet, extract_claims)


@pytest.mark.parametrize(
    ("body", "snippet", "speaker"),
    [
        (  # the event named in the headline only, the organisers bare two paragraphs on
            "Rowers told to keep off the Tarn before Kelderby Regatta\n\n"
            "River levels on the Tarn rose by two metres overnight after a week of rain.\n\n"
            "The organisers warned that Saturday's heats could move to the reservoir if the "
            "water stays high.",
            "move to the reservoir",
            "Kelderby Regatta",
        ),
        (  # "organisers of <Name>" in the lede, "Organisers say" two paragraphs on
            "Organisers of the Brackwater Folk Festival have warned that Saturday's concerts "
            "may be moved into the town hall.\n\n"
            "Ticket holders were sent emails on Friday night, and most replied that they "
            "would still come.\n\n"
            "Organisers say the main stage cannot be made safe in winds above 50mph.",
            "winds above 50mph",
            "Brackwater Folk Festival",
        ),
        (  # a qualified noun ("Race organisers") after the event named in passing
            "Hundreds of riders are expected at the Marrowfell Cycle Sportive on Sunday.\n\n"
            "Drivers have been warned that roads around the village will be shut from 7am.\n\n"
            "Race organisers said the route had been shortened by 12 miles after a landslip.",
            "shortened by 12 miles",
            "Marrowfell Cycle Sportive",
        ),
        (  # "the show's committee", after its verb: those who run the one event named
            "Prize marrows and sheepdog trials return to the green as the Ashcombe Show marks "
            "its seventieth year.\n\n"
            "Volunteers spent the week putting up fencing and marquees.\n\n"
            "Gate prices will stay at £8 for adults, the show's committee announced on "
            "Monday.",
            "Gate prices",
            "Ashcombe Show",
        ),
    ],
)
def test_organisers_are_the_one_event_named_before(body: str, snippet: str, speaker: str) -> None:
    """Organisers speak for the event they run (README: an event speaks through its
    organisers): with nothing named in their own sentence, the one event the article named
    before, headline included, by an event's noun or by "organisers of <Name>"."""
    claim = _claim(body, snippet)
    assert (claim.speaker, claim.sourcing) == (speaker, "named")


def test_organisers_of_a_named_event_in_their_own_phrase() -> None:
    """ "Organizers of the Tamsin Valley Half Marathon said …": the event, named in the
    organisers' own phrase, not the phrase as a group."""
    claim = _claim(
        "Organizers of the Tamsin Valley Half Marathon said on Tuesday that the start would "
        "move an hour earlier because of the heat.",
        "an hour earlier",
    )
    assert (claim.speaker, claim.sourcing) == ("Tamsin Valley Half Marathon", "named")


def test_organisers_with_two_events_named_are_not_guessed() -> None:
    """Two events named before and nothing saying which one: the organisers stay a group."""
    claim = _claim(
        "Two festivals clash in Tollbridge\n\n"
        "The Brackwater Folk Festival and the Tollbridge Jazz Festival have both booked the "
        "first weekend of July.\n\n"
        "Organisers said ticket sales were already higher than last year.",
        "ticket sales",
    )
    assert claim.sourcing == "unattributed"
    assert claim.speaker is not None and "Festival" not in claim.speaker


def test_organisers_of_no_named_event_stay_a_group() -> None:
    """A protest with no name: its organisers are a group at large (guard)."""
    claim = _claim(
        "Several hundred people marched through Dunmore on Saturday against the closure of "
        "the maternity unit.\n\n"
        "Organisers said more than 2,000 signatures had been collected.",
        "2,000 signatures",
    )
    assert claim.sourcing == "unattributed"


@pytest.mark.parametrize(
    ("body", "snippet", "speaker"),
    [
        (
            "В Заречье отменили фестиваль «Белые ночи».\n\n"
            "Как сообщили организаторы, билеты можно вернуть до конца месяца.",
            "билеты можно вернуть",
            "Белые ночи",
        ),
        (
            "У Сосниці скасували фестиваль «Зелений берег».\n\n"
            "Як повідомили організатори, квитки можна повернути до кінця місяця.",
            "квитки можна повернути",
            "Зелений берег",
        ),
    ],
)
def test_ru_uk_organisers_are_the_event_named_before(body: str, snippet: str, speaker: str) -> None:
    """The Russian and Ukrainian organisers already speak for the event named before
    (``ru_uk.organised_event``): the English rule reads the same convention (guard)."""
    claim = _claim(body, snippet)
    assert (claim.speaker, claim.sourcing) == (speaker, "named")
