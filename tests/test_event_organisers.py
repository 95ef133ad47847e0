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


@pytest.mark.parametrize(
    ("body", "snippet", "speaker"),
    [
        (
            "The fireworks will be launched from a barge in the bay, the organisers of the "
            "Pellow Harbour Gala confirmed on Friday.",
            "fireworks will be",
            "Pellow Harbour Gala",
        ),
        (
            "A second car park will open beside the showground this year, according to the "
            "organisers of the Gressingham County Show.",
            "second car park",
            "Gressingham County Show",
        ),
    ],
)
def test_organisers_of_a_named_event_in_their_own_phrase(
    body: str, snippet: str, speaker: str
) -> None:
    """ "… the organisers of the Pellow Harbour Gala confirmed": the event, named in the
    organisers' own phrase, not the phrase as a group."""
    claim = _claim(body, snippet)
    assert (claim.speaker, claim.sourcing) == (speaker, "named")


@pytest.mark.parametrize(
    ("body", "snippet"),
    [
        (  # a march told, a fair named in passing in the paragraph before (review32)
            "Several hundred people marched through Dunmore on Saturday against the closure "
            "of the maternity unit.\n\n"
            "The unit's car park is used each August by the Dunmore Charity Fair.\n\n"
            "Organisers said more than 2,000 signatures had been collected.",
            "2,000 signatures",
        ),
        (  # a strike, a motor show it comes before (review32)
            "Workers at the Reddale plant walked out on Monday over pay.\n\n"
            "The stoppage comes weeks before the Geneva Motor Show next month, where the firm "
            "had planned to show two new models.\n\n"
            "The organisers said turnout had been 78% among the plant's 1,400 staff.",
            "turnout had been",
        ),
        (  # a protest whose headline names the race it comes before (review32)
            "Protesters gather before the Brent Valley Half Marathon\n\n"
            "About 200 people stood outside the council offices on Sunday to oppose the new "
            "car park.\n\n"
            "The organisers said they would hold a second protest next month.",
            "second protest",
        ),
        (  # a walkout, a festival the grounds host
            "Nurses at Harrowgate Infirmary staged a walkout on Thursday over staffing.\n\n"
            "The hospital's grounds host the Harrowgate Flower Festival every June.\n\n"
            "The organisers said 300 staff had taken part.",
            "300 staff",
        ),
    ],
)
def test_organisers_of_a_gathering_are_not_an_event_named_in_passing(
    body: str, snippet: str
) -> None:
    """A march, a strike, a protest has organisers of its own: an event the article names
    in passing beside it is not theirs, and they stay a group at large (review32 item 1)."""
    claim = _claim(body, snippet)
    assert claim.sourcing == "unattributed"
    assert claim.speaker is not None and "organisers" in claim.speaker.lower()


def test_a_named_rally_is_no_protest() -> None:
    """ "the rally" pointing back to the Kelso Forest Rally is the event's own noun, not a
    gathering of protesters: its organisers still speak for it (guard)."""
    claim = _claim(
        "Crews prepare for the Kelso Forest Rally\n\n"
        "Forestry workers cleared fallen trees from the stages this week.\n\n"
        "The organisers said the rally would start at 8am on Saturday.",
        "start at 8am",
    )
    assert (claim.speaker, claim.sourcing) == ("Kelso Forest Rally", "named")


@pytest.mark.parametrize(
    ("body", "snippet", "speaker"),
    [
        (  # a compound: "the show committee" (review32)
            "Ashcombe Show returns after two-year break\n\n"
            "Volunteers spent the week putting up fencing and marquees.\n\n"
            "Gate prices will stay at £8 for adults, the show committee announced on Monday.",
            "Gate prices",
            "Ashcombe Show",
        ),
        (  # "of": "the committee of the show" (review32)
            "Ashcombe Show returns after two-year break\n\n"
            "Volunteers spent the week putting up fencing and marquees.\n\n"
            "Gate prices will stay at £8 for adults, the committee of the show announced on "
            "Monday.",
            "Gate prices",
            "Ashcombe Show",
        ),
        (
            "Lowick Regatta moves to September\n\n"
            "Heavy weed on the lake has forced a change of date.\n\n"
            "Entries will close on 1 August, the committee of the regatta said.",
            "Entries will close",
            "Lowick Regatta",
        ),
        (
            "Crowds expected at Bramley Steam Fair\n\n"
            "Engines from across the county will arrive on Friday.\n\n"
            "Camping will cost £15 a night, the fair committee said on Wednesday.",
            "Camping will cost",
            "Bramley Steam Fair",
        ),
    ],
)
def test_an_event_committee_by_compound_or_of(body: str, snippet: str, speaker: str) -> None:
    """An event's committee read by grammar, not by the possessive alone: "the show
    committee" and "the committee of the show" are the show's, as "the show's committee"
    is (review32 item 2)."""
    claim = _claim(body, snippet)
    assert (claim.speaker, claim.sourcing) == (speaker, "named")


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
