"""An unnamed source taken up again, a release known by its furniture, a body's website
(issue 12, session 40, `en40`). "The person said" after "people familiar with the matter" is
one of them; "these people said" points back as "the people said" does; "the people said"
finds them past a body that spoke by name; a closing "…, one of the people said." the parser
hung on the noun before the comma as a relative clause, and "…, said the sources, who …" whose
noun it gave to the clause after, are attributions. A release is
a release whatever its header looks like: "For immediate release" anywhere in the header lines
(after "NEWS RELEASE | X |", or running on into the lede on its own line), a "NEWS RELEASE | X
| …" line naming its issuer second, a "Source: Release" line at its foot: its sentences with
no source of their own are the issuer's. "According to the group's website" is the group's,
the body the article named. An "it" far from the company's name is the company's when the text
went on calling it "the company". Every sentence is invented; the guards are relative clauses that
stay relative, a plural that is not the unnamed one, "the people" with no unnamed source
before, a news story that mentions a release below its header and names a wire at its foot,
and a person's website."""

from __future__ import annotations

import pytest
from claim_support import claim_finder

PEOPLE = """Kestrel Foods weighs sale of bakery arm

Kestrel Foods has hired advisers to sell its bakery business, three people briefed on the plans
told this newspaper.

Bids from at least four buyers are due by the end of March. The bakery arm, which supplies
most of the big grocers, is worth roughly £300 million, one of the people said. A winner may
be picked in April, the person said.

Kestrel declined to comment on Tuesday.

Two private equity firms have already visited the ovens at Hull, these people said.
"""

PASSED = """Brannock eyes Tilway stake

Brannock Rail wants to buy a third of the freight firm Tilway, two people with direct knowledge
of the bid said.

Tilway chief executive Mara Olsen told analysts on Friday that no offer had been received.

Brannock could pay 40 pence a share, the people said.
"""

CLUB = """Keeper joins Vale

Keeper Ivo Brandt has signed for Fallow Vale United, the National League club confirmed on Friday.

The goalkeeper played 40 games for Kestrel Rovers last season.
"""

GUARDS = """Swimming pool to stay shut

Ferrow Council shut the pool at the level its engineers said was unsafe.

Entry prices rose twice last year, which the union said was unfair.

A neighbour (she would only give her first name) blamed the leaking roof for the closure.

The neighbours said they wanted the pool open for the summer holidays.

About 200 swimmers marched past the town hall on Saturday.

Repairs will take a year, the people said.
"""

FIELDS = """NEWS RELEASE | Harwick Water | For immediate release

HARWICK WATER CREWS REPAIR BURST MAIN

Harwick Water crews continue to repair a burst main under Mill Lane after it split last night.

- As of 4 p.m. today, 300 homes are without water.

- Bottled water is available at the Mill Lane car park until 9 p.m.
"""

INLINE = """Brindle Farms withdraws chutney

FOR IMMEDIATE RELEASE - 14 March - Brindle Farms is withdrawing 400 jars of plum chutney sold
since February because a batch may hold glass. Shoppers who bought a jar can return it for a
refund.

The jars went to farm shops in four counties.
"""

FOOT = """Shop broken into, police appeal

Marlow Vale Police are investigating a break-in at a shop in Elm Road.

Between 11 p.m. on Monday and 6 a.m. on Tuesday the back door of the shop was forced open.

The till and 40 bottles of wine were taken.

Source: Release
"""

STORY = """Council delays vote on car park

Councillors in Harwick will not vote on the new car park until June.

The plan would add 300 spaces near the station.

Traders say the delay will cost them trade over the summer.

Work on the site was due to begin in April.

A later notice was marked for immediate release on Friday.

The car park would cost £4 million.

Source: The Associated Press
"""

SITE = """Harlow Steel to shut a mill

Harlow Steel Group will close its oldest rolling mill next year, the company said on Monday.

With its mills in Wales and Cumbria, the steelmaker employs 3,100 people, according to the
group's website.

The singer has sold 2 million records, according to the singer's website.
"""

MILLS = """Mills busy again in Ohio

Demand for coated sheet kept the three Ohio mills of Harlow Steel busy through the summer, and
its shares rose 4 percent on Tuesday.

Shipyards in Korea and Japan took more heavy plate than traders had feared after a weak spring
for the yards and a string of cancelled tanker orders, and carmakers bought more sheet.

Two furnaces idled last winter for relining came back on line in March and April, and the mills
ran at 86 percent of capacity over the half, up from 79 percent a year before.
"""
"""The opening both half-year reports share; they differ in what follows."""

RESULTS = (
    MILLS
    + """
The firm raised its dividend to 12 cents a share from 9 cents.

Freight rates fell by a tenth and iron ore eased, so the company paid less for its inputs than
in any half since 2020.

Next year it expects to ship 3 million tonnes, a record.
"""
)

AWAY = (
    MILLS
    + """
Freight rates fell by a tenth and iron ore eased over the spring, and coking coal was cheaper
than in any half since 2020. Scrap, which had climbed for most of last year, was flat.

Next year it expects to ship 3 million tonnes, a record.
"""
)

ARTICLES = {
    "people": PEOPLE, "passed": PASSED, "club": CLUB, "guards": GUARDS,
    "fields": FIELDS, "inline": INLINE, "foot": FOOT, "story": STORY, "site": SITE,
    "results": RESULTS, "away": AWAY,
}  # fmt: skip


_claim = claim_finder(ARTICLES)  # each article extracted once for the module's cases


@pytest.mark.parametrize(
    ("article", "start", "sourcing", "speaker"),
    [
        ("people", "The bakery arm", "anonymous", "one of the people"),  # as before
        ("people", "A winner may", "anonymous", "one of the people"),  # 'the person', vague
        ("people", "Two private equity", "anonymous", "one of the people"),  # 'these people'
        ("passed", "Brannock could pay", "anonymous", "two people with direct knowledge"),
        ("club", "Keeper Ivo Brandt", "named", "Fallow Vale United"),  # was none
        ("guards", "Ferrow Council shut", "none", None),  # a relative clause stays one
        ("guards", "Entry prices rose", "named", "union"),  # "which the union said": as before
        ("guards", "The neighbours said", "unattributed", "The neighbours"),  # not "one neighbour"
        ("guards", "Repairs will take", "unattributed", "the people"),  # no one unnamed before
        ("fields", "Harwick Water crews", "named", "Harwick Water"),  # all three were none
        ("fields", "- As of 4 p.m.", "named", "Harwick Water"),
        ("inline", "14 March - Brindle", "named", "Brindle Farms"),
        ("inline", "Shoppers who bought", "named", "Brindle Farms"),
        ("foot", "Between 11 p.m.", "named", "Marlow Vale Police"),
        ("story", "The plan would add", "none", None),  # a story: no issuer
        ("story", "A later notice", "none", None),
        ("site", "With its mills", "named", "Harlow Steel Group"),  # "group's website"
        ("site", "The singer has", "named", "singer's website"),  # no body: as before
        ("results", "Next year it", "named", "Harlow Steel"),  # was none
        ("away", "Next year it", "none", None),  # no "the company" since: as before
    ],
)
def test_unnamed_source_and_release_issuer(
    article: str, start: str, sourcing: str, speaker: str | None
) -> None:
    claim = _claim(article, start)
    assert claim.sourcing == sourcing
    assert (claim.speaker or "").startswith(speaker or "") and bool(claim.speaker) == bool(speaker)


def test_a_source_set_after_its_verb_is_the_subject() -> None:
    """A verb of speech after a comma, then "the" and a source noun set off by a comma and a
    relative clause: a parse (built here as the parser gives it for such sentences) may make the
    noun the subject of the clause after the relative clause; the noun after the verb is who
    spoke. A verb that is no verb of speech is left alone."""
    from factdesk.extract.grammar import _subject_after
    from factdesk.language.model import nlp
    from spacy.tokens import Doc

    words = "Fees rise , said the sources , who stay unnamed as talks go on .".split()
    heads = [1, 3, 3, 3, 5, 12, 5, 8, 5, 8, 12, 12, 3, 12, 3]
    deps = "nsubj ccomp punct ROOT det nsubj punct nsubj relcl acomp mark nsubj ccomp prt punct"
    pos = "NOUN VERB PUNCT VERB DET NOUN PUNCT PRON VERB ADJ SCONJ NOUN VERB ADP PUNCT"
    lemmas = "fee rise , say the source , who stay unnamed as talk go on ."
    doc = Doc(nlp().vocab, words=words, heads=heads, deps=deps.split(), pos=pos.split(),
              lemmas=lemmas.split())  # fmt: skip
    assert [t.text for t in _subject_after(doc[3])] == ["sources"]
    assert _subject_after(doc[1]) == []  # "rise": no verb of speech
