"""review30b's open items (mend31, issue 12): one head-noun rule with one set of guards, a body
"of X" only where X is a body, a trade's counted people at large, and a document a possessive
gives to the person named before. Every sentence is invented; each test fails on main before
mend31 (the guards beside them pass on both)."""

from __future__ import annotations

import pytest
from claim_support import one_claim
from factdesk.extract.claims import extract_claims


@pytest.mark.parametrize(
    ("body", "snippet"),
    [
        (  # a surname set beside a noun of a person heads no body
            "Corin Church, a retired teacher, has sung in the choir since 1970.\n\n"
            "The church said the bells would be silent until the tower is repaired.",
            "bells would be silent",
        ),
        (  # ... nor beside an age
            "Tobias Chapel, a 38-year-old plumber, fixed the boiler for free.\n\n"
            "The chapel said it would hold a concert to thank him.",
            "hold a concert",
        ),
    ],
)
def test_a_persons_surname_is_no_bodys_head_noun(body: str, snippet: str) -> None:
    """ "The church said" after "Corin Church, a retired teacher,": the recogniser took her name
    for a body's (it ends on a body's word), but the text makes it a person's; no body the
    article names is headed by "Church", so the noun stays as written, never the person."""
    claim = one_claim(body, snippet)
    assert (claim.sourcing, claim.speaker_type) == ("named", "organisation")
    assert claim.speaker in ("church", "chapel")


def test_a_body_the_noun_heads_wins_over_a_person_of_that_surname() -> None:
    """Guard: the one body named "… Club" is still "the club" beside a person whose surname
    is the same word."""
    body = (
        "Ashcombe Rowing Club bought a boathouse on the estuary in April.\n\n"
        "Felix Club, who coaches the juniors, chose the site.\n\n"
        "The club said the boathouse would open to schools in the autumn."
    )
    claim = one_claim(body, "open to schools")
    assert (claim.sourcing, claim.speaker) == ("named", "Ashcombe Rowing Club")


def test_a_city_named_as_a_place_is_no_body_and_loses_no_of() -> None:
    """ "The city said" after "Traders of Panama City": a city the recogniser reads as a place
    is no body the noun stands for, and a name never starts on "of"."""
    body = (
        "Traders of Panama City were told to close their stalls by noon.\n\n"
        "The city said the market would reopen on Friday."
    )
    claim = one_claim(body, "reopen on Friday")
    assert claim.speaker is not None
    assert not claim.speaker.startswith("of ")
    assert "Panama" not in claim.speaker


@pytest.mark.parametrize(
    "body",
    [
        "The governors of Kansas and Nebraska said the highway would be widened by 2028.",
        "The governors of Idaho and Montana told reporters the highway would be widened by 2028.",
    ],
)
def test_governors_of_states_are_no_body_of_a_state(body: str) -> None:
    """A body's governing organ "of X" is X only where X is a body (README item 13); two
    states' governors are not a body called "Kansas"."""
    claim = one_claim(body, "widened")
    assert claim.speaker is not None and "Kansas" != claim.speaker != "Idaho"
    assert "governors" in claim.speaker


def test_the_governors_of_a_named_school_are_still_the_school() -> None:
    """Guard: "of" a body's name (ending on a body's word) is that body (choice30)."""
    claim = one_claim("The governors of Pellbrook Academy said fees would rise by 3%.", "fees")
    assert (claim.sourcing, claim.speaker) == ("named", "Pellbrook Academy")


@pytest.mark.parametrize(
    ("body", "snippet", "speaker"),
    [
        ("Two fund managers said the shares were overpriced.", "overpriced",
         "Two fund managers"),
        ("Three oil executives told the paper that output would fall by a tenth.", "output",
         "Three oil executives"),
        ("Two hedge fund managers said the bond sale had been rushed.", "bond sale",
         "Two hedge fund managers"),
    ],
)  # fmt: skip
def test_a_trades_counted_people_tied_to_no_body_are_a_group(
    body: str, snippet: str, speaker: str
) -> None:
    """README item 22 and the case decided for heldout12 ("Two Nordic forest analysts" are a
    vague group): a count of a trade's people ("fund managers", "oil executives") whose firms
    the text does not give keeps nobody back: unattributed, the group as written."""
    claim = one_claim(body, snippet)
    assert (claim.sourcing, claim.speaker) == ("unattributed", speaker)


@pytest.mark.parametrize(
    ("body", "snippet", "affiliation"),
    [
        ("Two fund managers at Kessler Bank said the shares were overpriced.", "overpriced",
         "Kessler Bank"),
        ("Ostry Foods shut its bakery.\n\nTwo senior managers said the ovens had failed.",
         "ovens", None),
    ],
)  # fmt: skip
def test_counted_staff_tied_to_a_body_stay_unnamed_sources(
    body: str, snippet: str, affiliation: str | None
) -> None:
    """Guards: the same count tied to a body ("at Kessler Bank"), or a body's staff with no
    trade named ("two senior managers"), are the insiders kept back (item 20, anon30)."""
    claim = one_claim(body, snippet)
    assert claim.sourcing == "anonymous"
    assert claim.affiliation == affiliation


@pytest.mark.parametrize(
    ("body", "snippet", "speaker"),
    [
        ("Rhea Lantz sued the bakery chain in March.\n\nAccording to her complaint, she was "
         "paid £3 an hour less than the men on her shift.", "£3 an hour", "Rhea Lantz"),
        ("Osman Tullow took the council to court last year.\n\nHis lawsuit says the council "
         "knew of the subsidence for a decade.", "subsidence", "Osman Tullow"),
        ("Вера Колесникова подала иск к управляющей компании.\n\nВ её иске говорится, что "
         "крыша протекала три года.", "крыша протекала", "Вера Колесникова"),
        ("Тарас Гнатюк звернувся до суду в травні.\n\nЯк зазначено в його скарзі, ремонт "
         "дороги так і не почали.", "ремонт", "Тарас Гнатюк"),
        ("Оксана Мельник подала позов до забудовника.\n\nУ її позові йдеться, що будинок "
         "здали на рік пізніше.", "будинок", "Оксана Мельник"),
    ],
)  # fmt: skip
def test_a_document_a_possessive_gives_is_the_person_named_before(
    body: str, snippet: str, speaker: str
) -> None:
    """README item 34: "her complaint", "his lawsuit", «в её иске», «в його скарзі» speak for
    the person the article named before, as "she said" does: a possessive before any document
    noun of the lexicon points back at its author."""
    claim = one_claim(body, snippet)
    assert (claim.sourcing, claim.speaker) == ("named", speaker)


@pytest.mark.parametrize(
    ("body", "snippet", "speaker"),
    [
        ("A survey by the Royal Society of Lute Makers was published on Tuesday.\n\n"
         "Members were asked about the price of spruce.\n\n"
         "The society said half its members had raised prices.", "half its members",
         "Royal Society of Lute Makers"),
        ("The Westland Department of Roads closed the coast road on Monday.\n\n"
         "The department said the road would reopen in June.", "reopen in June",
         "Westland Department of Roads"),
    ],
)  # fmt: skip
def test_a_name_going_on_past_its_head_noun_is_never_cut_there(
    body: str, snippet: str, speaker: str
) -> None:
    """ "The society said" after "the Royal Society of Lute Makers": the noun heads the whole
    name, "of" and all, never "Royal Society" cut at the head noun (the first fails on main;
    the second, a guard, passes on both)."""
    claim = one_claim(body, snippet)
    assert (claim.sourcing, claim.speaker) == ("named", speaker)


@pytest.mark.parametrize(
    ("body", "snippet", "not_speaker"),
    [
        ("The landlord, Sara Quinn, denies any wrongdoing.\n\nAccording to his lawsuit, the "
         "flat was never inspected by the council.", "never inspected", "Sara Quinn"),
        ("Derek Pell, who owns the garage, says his mechanics did nothing wrong.\n\nHer "
         "complaint says the brakes on the van were never checked.", "brakes on the van",
         "Derek Pell"),
        ("Gary Reddy sued the garage in May.\n\nShe said the brakes were never checked.",
         "brakes were never", "Gary Reddy"),
    ],
)  # fmt: skip
def test_a_possessive_never_goes_to_a_person_its_gender_contradicts(
    body: str, snippet: str, not_speaker: str
) -> None:
    """review31a item 1: "his lawsuit" after "Sara Quinn" is not hers. A common given name
    shows a gender when no title or noun does, and a his/her owning a document is checked
    against it as "she said" is (one check: ``People.compatible``)."""
    assert all(c.speaker != not_speaker for c in extract_claims(body) if snippet in c.text)


def test_a_possessive_goes_past_a_person_of_the_other_gender() -> None:
    """Guard: "her lawsuit" is the woman named before, past the man named after her."""
    body = (
        "Gemma Holt, a nurse, sued her landlord, Craig Mabry, in April. Mr Mabry's agent said "
        "the boiler had been serviced.\n\nAccording to her lawsuit, the boiler had not been "
        "serviced since 2019."
    )
    claim = one_claim(body, "since 2019")
    assert (claim.sourcing, claim.speaker) == ("named", "Gemma Holt")


@pytest.mark.parametrize(
    ("body", "snippet"),
    [
        ("Penbury Stores will close six shops in March.\n\nTwo store managers said staff had "
         "not been told.", "not been told"),
        ("Kelso General Hospital shut a ward last week.\n\nTwo ward managers said the beds had "
         "been empty for months.", "empty for months"),
        ("Harwick Mills laid off forty weavers.\n\nThree mill managers said the looms were "
         "worn out.", "looms were worn"),
    ],
)  # fmt: skip
def test_counted_staff_named_by_a_named_bodys_kind_are_its_unnamed_staff(
    body: str, snippet: str
) -> None:
    """review31a item 2: a counted staff plural whose compound noun is the kind of a body the
    article names ("store" for "Penbury Stores") or a part of that kind ("ward" of a
    hospital) is that body's staff kept back (item 20), never a trade's people at large."""
    assert one_claim(body, snippet).sourcing == "anonymous"


@pytest.mark.parametrize(
    ("body", "snippet"),
    [
        ("Marlow Foods shut a plant in Leeds.\n\nTwo fund managers said the shares were "
         "overpriced.", "overpriced"),
        ("Two store managers said footfall had fallen since the bypass opened.", "footfall"),
    ],
)  # fmt: skip
def test_a_trades_counted_people_stay_a_group_beside_another_body(body: str, snippet: str) -> None:
    """Guard: a trade's noun that names no body of the article stays a group (item 22)."""
    assert one_claim(body, snippet).sourcing == "unattributed"
