"""The engine's per-article tables read each paragraph's entities once (issue 15).

``attribution._Parsed`` keeps every Doc's ``doc.ents`` as made once, instead of asking spaCy
for them again in each table (spaCy builds new Spans on each call). These tests hold the
tables to what the uncached walk gives on invented paragraphs: a stand-in ``_Parsed`` whose
entities are asked of spaCy afresh on every read must give the same roles, places,
organisations, companies, descriptors and people.
"""

from __future__ import annotations

from collections.abc import Sequence

from factdesk.extract import attribution
from factdesk.language.parse import body_cut
from spacy.tokens import Span

BODY = (
    "Harbour chief Imelda Voskuijlen said the Northgate Ferry Company would cut two routes.\n\n"
    "The transport regulator Baltrim said on Tuesday that the cuts needed its approval, "
    "and the union Dockmark warned of a strike in Port Ellery.\n\n"
    "A group called Friends of Saltmarsh Quay told residents in Westhaven to write to "
    "councillor Ottilie Brandvold, the committee's chair.\n\n"
    "Rudi Kastellan, a director of Kastellan Logistics Ltd, said trade would move to Dunmere."
)


class _Afresh(attribution._Parsed):
    """The uncached path: every read of ``ents`` asks spaCy for each Doc's entities again."""

    @property
    def ents(self) -> list[Sequence[Span]]:
        return [doc.ents for doc in self.docs]

    @ents.setter
    def ents(self, value: object) -> None:
        pass  # (``_Parsed.__init__`` sets the kept ones: ignored here)


def _tables(parsed: attribution._Parsed) -> tuple:
    people = parsed.people(BODY)
    return (
        parsed.roles(),
        parsed.places(),
        parsed.organisations(),
        parsed.companies(),
        parsed.descriptors(),
        people.mentions,
        people.full,
        people.gender,
        {at: (e.start, e.end, e.label_) for table in parsed.entities.values()
         for at, e in table.items()},
    )  # fmt: skip


def test_kept_entities_are_each_docs_own() -> None:
    parsed = attribution._Parsed(body_cut(BODY).blocks)
    assert len(parsed.ents) == len(parsed.docs) == 4
    for doc, ents in zip(parsed.docs, parsed.ents, strict=True):
        assert [(e.start, e.end, e.label_) for e in ents] == [
            (e.start, e.end, e.label_) for e in doc.ents
        ]
        assert all(e.doc is doc for e in ents)


def test_tables_equal_the_uncached_walk() -> None:
    blocks = body_cut(BODY).blocks
    kept, afresh = attribution._Parsed(blocks), _Afresh(blocks)
    assert kept.docs == afresh.docs  # (the same cached parses)
    assert _tables(kept) == _tables(afresh)
    assert kept.organisations() or kept.descriptors()  # (the paragraphs give something to
    assert kept.people(BODY).mentions  # compare: bodies and people)


def test_each_article_keeps_its_own_entities() -> None:
    """A second article gets its own entities, never the first one's (nothing is shared
    between ``_Parsed`` objects)."""
    other = "Councillor Wendeline Pross said the Arkmoor Water Board would meet in Dunmere."
    first = attribution._Parsed(body_cut(BODY).blocks)
    second = attribution._Parsed(body_cut(other).blocks)
    assert len(second.ents) == 1
    assert {e.text for e in second.ents[0]} <= set(other.split(" ")) | {
        e.text for e in second.docs[0].ents
    }
    assert not any(e.doc is second.docs[0] for ents in first.ents for e in ents)
