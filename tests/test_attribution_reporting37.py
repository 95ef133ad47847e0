"""English reporting grammar the engine did not read (issue 12, session 37, `en37`): a call on
others in words ("called for", "called on … to", "advised … to", "is demanding that", "is asking
… for"), a quotation framed by a verb no list holds ('"…," the insider divulged'), a body's kind
set as a label after "according to" with no article ("according to data firm X"), a view owned
by someone ("In Lane's estimation, …"), a name the parser joined to the clause before ("… but
Harlan said"), a "that" clause after "accepted" or "answered", a newswire release known by any
"/…Wire/" slug or "today announces" and its "SOURCE X" line above the wire's promotion, a
"they" or "the couple" after two people named together, "As previously reported in <outlet>",
and a message on a body's website or page. Every sentence is invented; the guards are the
deeds the same verbs also make."""

from __future__ import annotations

from functools import cache

import pytest
from factdesk.extract.claims import ClaimDraft, extract_claims

CALLS = """Ferry crews stop work in Brisk Bay

Deckhands on the Brisk Bay ferries downed ropes at dawn on Wednesday.

The Guild of Ferry Officers is asking the port board for an extra week of leave a year.

Tollerby Harbour Trust has called for mediation to begin.

Guild secretary Ines Varga called on the harbour master to reopen the slipway.

Late on Friday the operator called for ministers to step in and run the route themselves.

Retired pilot Olu Brandt advised islanders to buy their fuel early.

One island councillor is demanding that ticket prices stay frozen until spring.

We asked the port board for comment.

A cyclist called for help when his chain snapped near the quay on Monday.

The guild called off the overtime ban in March.

Fenmore Capital advised on the sale of Tollerby Ferries in 2017.

Ines Varga demanded £900 from the operator.
"""

FRAMES = """Twins of the soap star set tongues wagging

The twin presenters Oona and Piet Laszlo have become inseparable from a rival chef.

"Oona is smitten, that much is plain," an insider told a weekly magazine.

Last month the chef opened a noodle bar in a former bank.

"Oona and Piet queue at his counter most nights. Staff keep a table free for them," the insider
divulged.

Piet broke his wrist skiing in February.

"The chef even cooked at Oona's birthday," the source continued. "Piet hates being left out."
"""

LABELS = """Cargo slump hits Ostwick terminal

Ostwick terminal handled fewer boxes in April as two lines moved to a rival port.

Ostwick now handles 22% of the region's containers and its rival 41%, according to
shipping analytics firm Baltrace.

Nine weekly calls have gone since January, the shipping analytics firm's figures show.

Wages at the docks rose 6% last year, according to payroll firm Quennell Harte.
"""

CLAUSES = """Fraud trial of the bakery owner

The owner of Crumbwell Bakery is on trial at Selby Crown Court.

Under questioning, the bakery's bookkeeper Marit Oyelaran accepted that she had signed blank
cheques.

Crumbwell's insurer answered that the policy had lapsed in 2023.

Oyelaran accepted the award for young bookkeeper in 2015.
"""

SITES = """Tram lines shut after storm

Trams on the Vellport network stopped running at noon on Saturday.

A notice on the Vellport Tramways website warned: "Do not set out for the coast today.

"Saturday tickets remain valid on Sunday and Monday."

A post on the Gorran Ferries Instagram page said the evening crossing would still sail.
"""

JOINED = """Glassworks shutdown

Glassmaker Pellow will stop its furnaces at Tarrock for ten days.

About 450 people work at the Tarrock site but Pellow said the stoppage would cost nobody their
job.

Aino Kask asked her landlord for help with the rent on Monday.
"""

PAIR = """Two charged over a stolen tractor

Folk singer Helen Marsh and her brother Peter Marsh have toured together since 2009.

The couple insist that the tour money went to charity.

Two farm workers, Daniel Foster and Michael Grant, were charged on Friday.

At the station they both denied taking the tractor from the yard.

They insisted a neighbour had lent it to them.

As first reported in the Marlow Courier, the tractor turned up in a ditch near Elsby.

As forecast by most analysts, wheat prices fell 3% in June.
"""

RELEASE = """Pennifer Dairies Withdraws Two Yoghurt Lines

LEEDS, England, June 9 /QuayWire/ -- Pennifer Dairies (LSE: PND) today announces that it is
withdrawing two yoghurt lines as a precaution.

Batches dated 14 and 15 June may hold fragments of foil. Nobody is known to have been hurt.

Shops are advised to take the pots off their shelves at once.

SOURCE Pennifer Dairies

SEND YOUR BRAND'S ANNOUNCEMENTS THROUGH QUAYWIRE TODAY!
"""

VIEWS = """Aquarium losses

Four seals have died at the Dunmere aquarium this year.

The aquarium's vet, Dr Sunniva Kell, examined each of them.

In Kell's estimation, the press coverage of the aquarium since March has been harsh.

In her view, the seals caught a virus from wild colonies.
"""


@cache
def claims(body: str) -> tuple[ClaimDraft, ...]:
    return tuple(extract_claims(body))


def one(body: str, snippet: str) -> ClaimDraft:
    found = [c for c in claims(body) if snippet in " ".join(c.text.split())]
    assert len(found) == 1, (snippet, [c.text for c in claims(body)])
    return found[0]


SOURCED = [
    (CALLS, "is asking the port board", "Guild of Ferry Officers", "named"),
    (CALLS, "has called for mediation", "Tollerby Harbour Trust", "named"),
    (CALLS, "called on the harbour master", "Ines Varga", "named"),
    (CALLS, "advised islanders", "Olu Brandt", "named"),
    (CALLS, "is demanding that", "One island councillor", "anonymous"),
    (FRAMES, "Oona and Piet queue", "the insider", "anonymous"),
    (FRAMES, "the insider divulged", "the insider", "anonymous"),
    (FRAMES, "the source continued", "the source", "anonymous"),
    (FRAMES, "Piet hates being left out", "the source", "anonymous"),
    (LABELS, "according to shipping analytics firm", "Baltrace", "named"),
    (LABELS, "the shipping analytics firm's figures", "Baltrace", "named"),
    (LABELS, "according to payroll firm", "Quennell Harte", "named"),
    (CLAUSES, "Marit Oyelaran accepted that", "Marit Oyelaran", "named"),
    (SITES, "A notice on the", "Vellport Tramways", "named"),
    (SITES, "Saturday tickets remain valid", "Vellport Tramways", "named"),
    (SITES, "A post on the", "Gorran Ferries", "named"),
    (JOINED, "but Pellow said", "Pellow", "named"),
    (PAIR, "The couple insist", "Helen Marsh and Peter Marsh", "named"),
    (PAIR, "they both denied", "Daniel Foster and Michael Grant", "named"),
    (PAIR, "They insisted", "Daniel Foster and Michael Grant", "named"),
    (PAIR, "As first reported", "Marlow Courier", "named"),
    (RELEASE, "Nobody is known to have been hurt", "Pennifer Dairies", "named"),
    (RELEASE, "Shops are advised", "Pennifer Dairies", "named"),
    (VIEWS, "In Kell's estimation", "Sunniva Kell", "named"),
    (VIEWS, "In her view", "Sunniva Kell", "named"),
]


@pytest.mark.parametrize(
    ("body", "snippet", "speaker", "sourcing"), SOURCED, ids=[row[1] for row in SOURCED]
)
def test_the_reporting_grammar_names_its_source(
    body: str, snippet: str, speaker: str, sourcing: str
) -> None:
    claim = one(body, snippet)
    assert (claim.speaker, claim.sourcing) == (speaker, sourcing)


def test_a_definite_body_that_calls_for_something_speaks() -> None:
    """ "The operator … called for …": a body's noun is its subject (the body is resolved as
    any "the operator said" is)."""
    assert one(CALLS, "Late on Friday the operator").sourcing == "named"


@pytest.mark.parametrize(
    "snippet",
    [
        "We asked the port board for comment.",  # the writer asks for an answer
        "A cyclist called for help",  # a call for help is a deed
        "The guild called off the overtime ban",  # a particle verb with an object
        "Fenmore Capital advised on the sale",  # an adviser's work
        "Ines Varga demanded £900",  # a thing demanded, no words
    ],
)
def test_the_same_verbs_as_deeds_give_no_source(snippet: str) -> None:
    found = [c for c in claims(CALLS) if snippet in c.text]
    assert all(c.sourcing == "none" and c.speaker is None for c in found)


@pytest.mark.parametrize(
    ("body", "snippet"),
    [
        (JOINED, "asked her landlord for help"),
        (CLAUSES, "Oyelaran accepted the award"),
        (PAIR, "As forecast by most analysts"),
    ],
)
def test_no_words_no_source(body: str, snippet: str) -> None:
    """Asking for help is no call; accepting an award reports no words; nor does an "as"
    clause of forecasting."""
    found = [c for c in claims(body) if snippet in c.text]
    assert all(c.sourcing == "none" and c.speaker is None for c in found)
