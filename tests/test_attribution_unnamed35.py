"""Unnamed sources the engine could see and dropped (anon35, session 35).

The classes of ``heldout36``'s unnamed-source errors are in the attribution README ("Unnamed
sources on `heldout36` (session 35, `anon35`)"); the mechanisms here are grammar for its G-k,
G-l, G-c, G-b, G-a and G-d:

- (G-k) "…, as insiders have told the paper that …": an active perfect in an "as" clause has a
  subject of its own, so it is no passive "as expected by …" that reports nobody;
- (G-k) "…, with a spokesman saying …": a verb of speech in "-ing" on the object of "with" is
  the sentence's source whether the parser made the speaker its subject or hung the verb on
  the speaker's noun; a notice or a statement there is left as it was read;
- (G-l) "…, an official at the water board said.": a trailing unnamed source whose body
  hangs on it by a preposition, which the parser set in the clause before;
- (G-c) an outlet "citing people it said were …" cites unnamed sources (item 40);
- (G-b) "the whistleblower said" is an unnamed source, never a body called "whistleblower";
- (G-a) Russian and Ukrainian spokespeople of a body who "consider" (считают, вважають) speak
  for it (item 17), a group's belief stays the group's;
- (G-d) a body that tells "unofficially" (неофициально, неофіційно) is its unnamed people.

Every sentence is invented (other names, verbs, bodies and order than any labelled sentence).
"""

from __future__ import annotations

import pytest
from claim_support import one_claim
from factdesk.extract.claims import extract_claims


def _source(body: str, snippet: str) -> tuple[str, str | None]:
    claim = one_claim(body, snippet, extract_claims)
    return claim.sourcing, claim.speaker


@pytest.mark.parametrize(
    ("body", "snippet"),
    [
        ("The depot will close in spring, as a union source has told the Herald that talks "
         "failed.", "union source"),
        ("Campaigners lost the vote, as party insiders have admitted to the Sentinel.",
         "party insiders"),
        ("Three flights were diverted after a storm on Friday, with an airport spokesman saying "
         "the runway was flooded.", "airport spokesman"),
        ("The strike ballot at the Meridian bottling plant has been pushed back until early "
         "June, a source close to the union said.", "close to the union"),
        ("Heavy rain flooded the underpass on Main Street, an official at the water board "
         "said.", "water board"),
        ("Orla Foods may shut two plants, the Ledger reported, citing people it said had seen "
         "the plan.", "Orla Foods"),
        ("The whistleblower said the safety tests were skipped for months.", "safety tests"),
        ("Завод «Север» остановил линию. Представители завода считают претензии надзора "
         "необоснованными.", "Представители завода"),
        ("Клуб «Карпати» оскаржив рішення. Представники клубу вважають рішення ліги "
         "несправедливим.", "Представники клубу"),
        ("В областной администрации неофициально признают, что денег на ремонт нет.",
         "неофициально"),
        ("У районній лікарні неофіційно визнають, що лікарів бракує.", "неофіційно"),
    ],
)  # fmt: skip
def test_an_unnamed_source_the_sentence_gives_is_found(body: str, snippet: str) -> None:
    assert _source(body, snippet)[0] == "anonymous"


def test_a_named_speaker_in_an_as_clause_is_found() -> None:
    body = "The bridge will reopen in May, as Wendy Carr has said since March."
    assert _source(body, "Wendy Carr") == ("named", "Wendy Carr")


def test_a_body_told_unofficially_is_the_affiliation() -> None:
    body = "У районній лікарні неофіційно визнають, що лікарів бракує."
    claim = one_claim(body, "неофіційно", extract_claims)
    assert (claim.sourcing, claim.speaker, claim.affiliation) == (
        "anonymous", None, "районна лікарня",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("body", "snippet", "sourcing"),
    [
        # a thing or a notice "saying" is no speaker
        ("The pool was shut after a leak on Friday, with a notice on the gate saying the tiles "
         "were loose.", "notice on the gate", "none"),
        # an outlet citing people at large keeps its report
        ("Orla Foods may shut two plants, the Ledger reported, citing residents near the site.",
         "citing residents", "named"),
        # a group's belief stays the group's; spokespeople of a whole sector are a group
        ("Экологи считают, что выбросы комбината выросли вдвое.", "Экологи", "unattributed"),
        ("Представители торговых сетей считают, что цены вырастут к зиме.",
         "торговых сетей", "unattributed"),
        # "unofficially" inside what is said is nobody's telling: the body stays named
        ("В мэрии сообщили, что решение о ремонте неофициально уже принято.", "В мэрии",
         "named"),
    ],
)  # fmt: skip
def test_guards(body: str, snippet: str, sourcing: str) -> None:
    assert _source(body, snippet)[0] == sourcing


def test_a_posts_holder_after_a_comma_is_no_unnamed_source() -> None:
    body = "The road stays shut until the ice melts, the head of the gritting crew said."
    assert _source(body, "gritting crew")[0] != "anonymous"


def _tie(body: str, snippet: str) -> tuple[str, str | None]:
    claim = one_claim(body, snippet, extract_claims)
    return claim.sourcing, claim.affiliation


@pytest.mark.parametrize(
    ("body", "snippet", "body_named"),
    [
        # a kind noun before the source's noun: the one body of that kind the article names
        ("Rillbrook District Council will close two recycling tips in June. A council "
         "spokeswoman said the sites lost money.", "council spokeswoman",
         "Rillbrook District Council"),
        ("Brenmoor Ltd recalled 4,000 kettles on Tuesday. One company official said the "
         "switches could overheat.", "company official", "Brenmoor Ltd"),
        # initials before it: the body the article spells them out as
        ("The Harbour Pilots Association (HPA) has called a ballot. An HPA spokeswoman said "
         "members were tired.", "HPA spokeswoman", "Harbour Pilots Association"),
        # "the source" again: the body the source was tied to
        ("Sandley Water was fined £2m last year. Its pumping crews are short of staff, "
         "according to a source at Sandley Water.\n\nTwo more leaks were found in May. "
         "\"Nobody wants another fine,\" the source said.", "another fine", "Sandley Water"),
    ],
)  # fmt: skip
def test_an_unnamed_source_is_tied_to_the_body_the_text_gives(
    body: str, snippet: str, body_named: str
) -> None:
    assert _tie(body, snippet) == ("anonymous", body_named)


def test_two_bodies_of_the_kind_tie_the_source_to_neither() -> None:
    body = (
        "Rillbrook District Council and Tarnby District Council will share a depot. A council "
        "spokeswoman said the sites lost money."
    )
    assert _tie(body, "council spokeswoman") == ("anonymous", None)


@pytest.mark.parametrize(
    ("body", "snippet", "sourcing"),
    [
        # an unnamed prosecutor in an open case is a group as written (item 24)
        ("The knife was found in a drain behind the pub, a prosecutor told the jury at "
         "Truro.", "a prosecutor", "unattributed"),
        ("The trial opened on Monday, with a prosecutor saying the fire was set twice.",
         "with a prosecutor", "unattributed"),
        # a prosecutor the sentence names is named
        ("A prosecutor, Ines Varga, said the knife was found in a drain.", "Ines Varga",
         "named"),
    ],
)  # fmt: skip
def test_the_prosecution_unnamed_is_a_group(body: str, snippet: str, sourcing: str) -> None:
    assert _source(body, snippet)[0] == sourcing
