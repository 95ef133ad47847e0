"""The attribution engine: who speaks in every unit of one article, from one analysis.

Each paragraph is parsed once (``language.parse``); each unit's own source is read from its
parse (``grammar``); then the article settles what a sentence leaves open, in text order:
- a pronoun goes to the nearest compatible person (or, for "it"/"they", organisation);
- a surname stands for the full name introduced earlier when only one full name ends with it;
- a quotation's continuation keeps the quotation's speaker: the same quotation, the previous
  sentence of its paragraph, a quotation reopened at the next paragraph without being closed
  (the British convention), or a "said X" just after it, across a line break too;
- a lead-in that ends with a colon ("Ilya Novak reports in The Courier:") hands its speaker
  to the rest of its paragraph, or when it ends its paragraph, to the whole next paragraph;
- a unit that names its own source (an explicit anonymous one included) is never overridden.
The result is what the claim stores (speaker, its type, sourcing, affiliation, channel) and
what independence counting reads (``origins.origin_of``): speaker and origin are one thing.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from functools import cached_property
from typing import TYPE_CHECKING

from factdesk.domain.extractor import VERSION
from factdesk.extract import interview, kinds, ru_uk
from factdesk.extract.cues import (
    ANONYMITY_RE,
    ANONYMOUS_HEADS,
    ARMED_GROUP_MEMBERS,
    ARMED_HEADS,
    BODY_DESCRIPTORS,
    BODY_KINDS,
    BODY_NOUNS,
    BROAD_BODY_NOUNS,
    BUSINESS_NOUNS,
    BYLINE,
    COMPANY_KIND_NOUNS,
    COOPERATIVE_HEADS,
    DESCRIPTOR_SYNONYMS,
    EMPLOYER_WORDS,
    EVENT_NOUNS,
    EXAMINER_HEADS,
    FEMALE_NOUNS,
    FUNCTION_KINDS,
    GENERIC_ORG_NOUNS,
    INSTITUTIONS,
    KIND_LABEL_NOUNS,
    KIND_NAME_WORDS,
    LEDE_FIGURES,
    LEGAL_SUFFIXES,
    MALE_NOUNS,
    MEDIA_NOUNS,
    MEMBER_BODY_NOUNS,
    OFFICE_QUALIFIERS,
    ORG_NOUNS,
    ORG_WORDS,
    ORGANISER_NOUNS,
    PERSON_HEADS,
    PLACE_BODY_NOUNS,
    PLAN_HEADS,
    PRESS_NOUNS,
    PRESS_REPORTING_CUES,
    PUBLIC_BODY_NOUNS,
    RELATION_NOUNS,
    ROLE_WORDS,
    STAFF_HEADS,
    STOP_CAPS,
    TITLE_WORDS,
    UNNAMED_ONLY_HEADS,
    is_company_name,
    is_legal_form,
)
from factdesk.extract.cues import DOCUMENT_NOUNS as EN_DOCUMENT_NOUNS
from factdesk.extract.grammar import (
    ANONYMITY,
    CALLED_IT,
    DOCUMENT_OWNER,
    KIN,
    ONE_OF,
    PERSON,
    SILENT,
    THE_COUPLE,
    THE_PERSON,
    UNAUTHORED,
    Found,
    Reader,
    entity_name,
    entity_text,
    gender_of,
    has_person_apposition,
    hyphen_based,
)
from factdesk.extract.initials import definitions as defined_initials
from factdesk.extract.initials import possessive as _possessive
from factdesk.extract.origins import is_outlet
from factdesk.extract.people import People
from factdesk.extract.units import CLOSERS, Layout, Unit
from factdesk.lexicon.cyrillic import CYRILLIC
from factdesk.lexicon.english import (
    ABOUT_HEADING_RE,
    ABOUT_ISSUER_RE,
    APPEAL_ISSUING_LEMMAS,
    APPEAL_LEMMAS,
    ATTRIBUTE_TO_RE,
    BODY_HEADS,
    CITES_FIGURES_RE,
    DEMONYMS,
    FIRST_PERSON_RE,
    FIRST_PLURAL_RE,
    FOOT_SIGNATURE_RE,
    FORCE_NAME_RE,
    FORCE_STAFF_NOUNS,
    IMMEDIATE_RELEASE_RE,
    ISSUED_BY_RE,
    ISSUER_FIELD_RE,
    ISSUER_FROM_RE,
    ISSUER_HEADER_RE,
    ISSUER_SELF_RE,
    IT_REPORTS_RE,
    LANDMARK_HEADS,
    MEDIA_CONTACT_RE,
    NAME_JOINS,
    NATIONS,
    OFFICERS_OF_RE,
    OTHER_STAFFED_BODY_RE,
    POLICE_APPEAL_RE,
    POLICE_BODY_NOUNS,
    POLICE_CONTACT_RE,
    POLICE_OFFICER_NOUNS,
    POLICE_VOICE_NOUNS,
    PRESS_OFFICE_RE,
    PRESS_RELEASE_RE,
    PRESS_ROLES,
    PSEUDONYM_RES,
    QUOTED_SPAN_RE,
    RELEASE_DATELINE_RE,
    RELEASE_MARK_RE,
    RELEASED_BY_RE,
    SECOND_PERSON_RE,
    SIGNED_BY_RE,
    SIGNER_ROLES,
    SIGNER_TITLES,
    SOURCE_LINE_RE,
    SPEECH_LEMMAS,
    STATEMENT_BY_RE,
    STATEMENT_RE,
    TIME_ZONES,
    VENUE_HEADS,
    plural_nouns,
)
from factdesk.lexicon.events import EVENTS
from factdesk.lexicon.given_names import GIVEN_NAMES
from factdesk.lexicon.reporting_ru_uk import (
    AGENCY_ANAPHORS,
    CHANNEL_VERBS,
    DOCUMENT_NOUNS,
    ENTERPRISE_ANAPHORS,
    FORWARD,
    GENERAL_ANAPHORS,
    INSTITUTION_HEADS,
    OFFICE_ANAPHORS,
    ORGANISER_STEMS,
    OUR_ACCOUNT_RE,
    OUTLET_ANAPHORS,
    PLACE_ADVERBS,
    PRESS_OFFICES,
    SCHOOL_PERIPHRASES,
    person_kind,
    unnamed_person,
)
from factdesk.text.datelines import dateline_at
from factdesk.text.pronouns import THIRD_PERSON_PRONOUNS, person_shaped, taken_up_as_he_or_she

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

MASK = "\ue000"
__all__ = ["VERSION", "Engine", "attribute"]
_SORTS = {"person": "person", "organisation": "org", "anonymous": "anonymous", "vague": "vague"}
_OPENERS = "“‘«„\"'"
_QUOTED_ON_REACH = 4
"""The most paragraphs a quotation's run may put between an unnamed source and the "he" or "she"
after it (``Engine._quoted_on``): three paragraphs of the same quotation."""
_LEGAL_WORD = re.compile(r"([A-Za-z]+)\.?(?![\w-])")
_MARKUP_TAG = re.compile(r"\[(?P<inner>[^\[\]\n]*)\]|\A[^\[\]\n]*\]|\[[^\[\]\n]*\Z")
"""A bracketed run, or the cut-off half of one at either end of a span: console markup
("[bold]", "[/]", "[@click=app.quit]") when what it holds does not open with a capital."""


def _markup_free(units: list[Unit]) -> None:
    """No source holds markup brackets ("[@click=app.quit]Quit[/] Residents said …" is the
    residents', "[b]Tessa Quirk[/b] said" is Tessa Quirk's): an article pasted from a console
    or a page keeps its tags as characters, and a tag is a phrase boundary, never a name's
    part. Each source is cut at its tags and keeps the last piece (a subject ends next to
    its verb; a tag before it is a label or a style); a bracketed run that opens with a
    capital is an editor's words ("[Brennan] said") and keeps its words without brackets. A
    source that is all markup is none."""
    for unit in units:
        for field in ("speaker", "affiliation", "via"):
            value = getattr(unit, field)
            if not value or ("[" not in value and "]" not in value):
                continue
            pieces = _MARKUP_TAG.sub(_markup_cut, value).split("\0")
            kept = next((p.strip() for p in reversed(pieces) if p.strip(" \t,;:-")), None)
            setattr(unit, field, kept.strip(" \t,;:-") if kept else None)
        if unit.speaker is None and unit.sort in ("person", "org"):
            unit.sort, unit.speaker_type = None, None


def _markup_cut(match: re.Match[str]) -> str:
    inner = match.group("inner")
    if inner and inner.lstrip()[:1].isupper():
        return inner  # an editor's insertion: its words stay
    return "\0"


_BY_NAME = re.compile(r"\b[Bb]y[ \t]+(?:[A-Z][\w.'’-]*[ \t]+){0,3}\Z")
"""The text before a name (or its surname) that credits it: "By ", "Interview by Ann "."""
_LEAD = 300
"""How far after a lead's "his wife" the person it belongs to may be named."""
_IT_REACH = 600
_PAIR_REACH = 1500
"""How far back (characters) "the two companies" looks for the two bodies it stands for."""
"""How far back (characters) "it said" looks for an organisation no sentence made speak."""
RESUME_PARAGRAPHS = 3
"""How many paragraphs on a "he"/"she" still returns to the last man or woman quoted over
people named since only in passing (``Engine._speaker_resumed``): a quotation, a line of the
writer's and a pull-quote or a caption between them."""


class _Parsed:
    """The parsed paragraphs of one body, with their offsets and entity lookups."""

    def __init__(self, blocks: Sequence[tuple[int, str]]) -> None:
        from factdesk.language.parse import parse_all

        self.offsets = [start for start, _ in blocks]
        self.texts = [text for _, text in blocks]
        self.docs: list[Doc] = parse_all([text for _, text in blocks])
        # Each Doc's length, kept: spaCy's ``doc.text`` joins every token on each call, which
        # made every claim's token lookup walk its whole paragraph (quadratic in its length).
        self.lengths = [len(text) for _, text in blocks]
        self.ents: list[Sequence[Span]] = [doc.ents for doc in self.docs]
        """Each Doc's entities, made once: spaCy's ``doc.ents`` builds a new Span for every
        entity on each call, and the article's tables (roles, places, organisations, companies,
        descriptors, people) walked them eight times per paragraph (issue 15)."""
        self.entities: dict[int, dict[int, Span]] = {}
        for doc, ents in zip(self.docs, self.ents, strict=True):
            table: dict[int, Span] = {}
            for entity in ents:
                for i in range(entity.start, entity.end):
                    table[i] = entity
            self.entities[id(doc)] = table

    def entity(self, token: Token) -> Span | None:
        return self.entities.get(id(token.doc), {}).get(token.i)

    def offset_of(self, doc: Doc) -> int:
        return self.offsets[next(i for i, d in enumerate(self.docs) if d is doc)]

    def tokens(self, start: int, end: int, whole: bool = False) -> list[Token]:
        """Every token whose first character lies in ``[start, end)``; with ``whole``, every
        token of the parser's sentences that overlap it (a unit cut at a line end)."""
        found: list[Token] = []
        first = max(0, bisect.bisect_right(self.offsets, start) - 1)
        for i in range(first, len(self.docs)):
            offset = self.offsets[i]
            if offset >= end:
                break
            doc = self.docs[i]
            span = doc.char_span(max(0, start - offset), min(self.lengths[i], end - offset),
                                 alignment_mode="expand")  # fmt: skip
            if span is None:
                continue
            inside = [t for t in span if start <= offset + t.idx < end]
            if whole and inside:
                first, last = inside[0].sent.start, inside[-1].sent.end
                inside = list(doc[first:last])
            found.extend(inside)
        return found

    def roles(self) -> dict[str, list[tuple[int, str]]]:
        """Role word -> (offset, person) of every person introduced with it ("Coroner Elaine
        Marsh", "Elaine Marsh, the coroner"), for "the coroner said" later on."""
        table: dict[str, list[tuple[int, str]]] = {}
        for doc, offset, ents in zip(self.docs, self.offsets, self.ents, strict=True):
            for entity in ents:
                if entity.label_ != "PERSON":
                    continue
                root = entity.root
                words = [t for t in root.children if t.dep_ in ("compound", "appos", "amod")]
                # (the words just before it, never across its sentence's start)
                words += list(doc[max(0, entity.start - 3, entity.sent.start) : entity.start])
                words = [w for w in words if w.i not in range(entity.start, entity.end)]
                words += _titles_inside(entity)
                name = entity_name(entity.text)
                for word in words:
                    qualifier = word.lower_ in OFFICE_QUALIFIERS  # (kept: "shadow" marks it)
                    if qualifier or word.pos_ in ("NOUN", "PROPN"):
                        key = word.lower_ if qualifier else word.lemma_.lower()
                        table.setdefault(key, []).append((offset + entity.start_char, name))
        return table

    def places(self) -> set[str]:
        """The names the recogniser took for places ("New York", "West Bank")."""
        return {entity.text for ents in self.ents for entity in ents
                if entity.label_ in ("GPE", "LOC", "FAC")}  # fmt: skip

    def regions(self) -> set[str]:
        """The names the recogniser took for a country, a state or a city ("Mexico City",
        "Oklahoma"): a place with a government, never a body a noun stands for. Not its
        other places: an airport's name is often a location or a facility to it."""
        return {entity.text for ents in self.ents for entity in ents
                if entity.label_ == "GPE"}  # fmt: skip

    def persons_named_like_bodies(self) -> set[str]:
        """Two or three proper nouns that the text makes a person's, whatever the recogniser
        took them for (a body, a place, or nothing): a noun of a person set in apposition
        ("Maya Church, a teacher,", "Tobias Chapel, a 38-year-old plumber,"), a "who" clause,
        or (for an entity) a his/her of theirs after them. ``_a_person`` keeps a name ending
        on a body's word ("Church", "Hospital") a body; this keeps its surname from heading
        one (``Engine._headed_bodies``)."""
        found = {
            entity_text(entity)
            for ents in self.ents for entity in ents
            if entity.label_ in ("ORG", "GPE", "LOC", "FAC")
            and 2 <= len(entity.text.split()) <= 3
            and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in entity)
            and _pronoun_after(entity) is not None
        }  # fmt: skip
        for doc in self.docs:
            for token in doc:
                if token.pos_ != "PROPN" or token.dep_ == "compound":
                    continue
                words = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
                if not 1 <= len(words) <= 2 or not all(w.text[:1].isupper() for w in words):
                    continue
                if has_person_apposition(token) or any(_who_clause(c) for c in token.children):
                    found.add(" ".join(w.text for w in [*words, token]))
        return found

    def organisations(self) -> list[tuple[int, str]]:
        """(offset, name) of every organisation entity, in order."""
        found = []
        named = {word for ents in self.ents for entity in ents if entity.label_ == "PERSON"
                 and " " in entity.text for word in entity.text.split()}  # fmt: skip
        # (a person in full: "Avon" alone, a person to the recogniser, is no one's name)
        for ents, offset, text in zip(self.ents, self.offsets, self.texts, strict=True):
            for entity in ents:
                if _company(entity) or (
                    entity.label_ == "ORG"
                    and not _bracketed(entity)
                    and not _a_person(entity)
                    and not _capitalised_by_place(entity)
                ):
                    name = entity_text(entity)  # (whole: "Avon and Somerset Police")
                    at = entity.start_char + entity.text.find(name)
                    at, name = whole_body_name(text, at, name, named.__contains__)
                    found.append((offset + at, name))
        return found

    @cached_property
    def person_pairs(self) -> list[tuple[int, str]]:
        """(offset, "A and B") of every two people named together as one phrase: "Kamal Ferhat
        and Soran Aziz", "Lara Penn and her husband Dean Penn" (the second name a conjunct of
        the first, or the apposition of a conjunct): whom a "they" after them stands for."""
        found = []
        for ents, offset in zip(self.ents, self.offsets, strict=True):
            people = {e.root.i: e for e in ents if e.label_ == "PERSON" and " " in e.text}
            for second in people.values():
                node = second.root.head if second.root.dep_ == "appos" else second.root
                first = people.get(node.head.i) if node.dep_ == "conj" else None
                if first is not None and first.start < second.start:
                    pair = f"{entity_text(first)} and {entity_text(second)}"
                    found.append((offset + first.start_char, pair))
        return found

    def companies(self) -> set[str]:
        """Names the recogniser took for a person's that end on a company's word ("Whitlow
        Retail"): bodies (``_company``)."""
        return {entity_text(entity) for ents in self.ents for entity in ents
                if _company(entity)}  # fmt: skip

    def descriptors(self) -> dict[str, list[tuple[int, str]]]:
        """Common noun -> (offset, name) of every organisation the article describes with it
        in apposition ("the regulator Ofreg", "Ofreg, the energy regulator,", "the bus
        operator Redline"): what "the regulator" later on stands for."""
        table: dict[str, list[tuple[int, str]]] = {}
        for doc, offset, ents in zip(self.docs, self.offsets, self.ents, strict=True):
            for entity in ents:
                if entity.label_ not in ("ORG", "PERSON") or _bracketed(entity):
                    continue  # (a body's name the recogniser took for a person's counts when
                root = entity.root  # the noun says it is a body: "the regulator Ofreg")
                words = [t for t in root.children if t.dep_ == "appos" and t.i >= entity.end]
                if root.dep_ == "appos" and root.head.i < entity.start:
                    words.append(root.head)  # "the regulator, Ofreg,"
                before = doc[max(entity.sent.start, entity.start - 3) : entity.start]
                if before and (before[-1].pos_ == "NOUN" or _armed_member(before[-1])):
                    words.append(before[-1])  # "the regulator Ofreg", "the rebel X" (an
                    # adjective to the tagger)
                person = entity.label_ == "PERSON"
                if person and any(w.lemma_.lower() in ROLE_WORDS for w in words):
                    continue  # ("Owen Pratt, president of X.com, a parcel-routing service":
                    # the body noun is the employer's, set after the person's role)
                for word in words:
                    if person and word.lemma_.lower() not in BODY_NOUNS:
                        continue
                    if (word.pos_ == "NOUN" or _armed_member(word)) and word.text.islower():
                        table.setdefault(word.lemma_.lower(), []).append(
                            (offset + entity.start_char, entity_text(entity))
                        )
            for entity in ents:  # "the Coastal Fitters union": a union
                after = _kind_after_name(entity) if entity.label_ == "ORG" else None
                after = after or _kind_noun_after(entity)  # "the Pellam Drivers union",
                # the noun outside the name the recogniser found
                if after is None and entity.label_ != "PERSON":
                    after = _kind_noun_before(entity)  # "the regulator Ofreg", the name
                    # taken for a place's
                if after is not None:
                    table.setdefault(after.lemma_.lower(), []).append(
                        (offset + entity.start_char, entity_text(entity))
                    )
            for noun, run in _unrecognised_before_kind(doc):  # "the PTU union": no entity
                table.setdefault(noun.lemma_.lower(), []).append((offset + run.start_char,
                                                                  run.text))  # fmt: skip
            for kind, name in (*_labelled_names(doc), *_called_names(doc)):  # ("the
                table.setdefault(kind.lemma_.lower(), []).append(  # farmers' union Coval
                    (offset + name.start_char, name.text)  # warned", "a group called X")
                )
        return table

    def kinds_said(self) -> dict[str, set[str]]:
        """Name -> what the article says the organisation is, by the nouns it sets beside the
        name in apposition ("the X Federation, the union that …", "X, an employers' group,")
        or as its predicate ("X is a cooperative"), as lemmas, with ``"employer"`` added when
        such a noun is an employers' or a trade's ("employers' group", "industry body":
        ``EMPLOYER_WORDS``) or a relative clause says the body represents businesses ("X,
        which represents haulage firms,"). Read by ``Engine._union_said``: a body is a union
        when the article calls it one, never by the words of workers inside its name."""
        said: dict[str, set[str]] = {}
        for doc, ents in zip(self.docs, self.ents, strict=True):
            named = [(entity_text(e), e.root, e.start, e.end) for e in ents
                     if e.label_ in ("ORG", "PERSON", "FAC", "GPE", "NORP")]  # fmt: skip
            for head in doc:  # (a name the recogniser left out: "the Drayfield Carriers
                if head.pos_ != "PROPN" or head.dep_ in ("compound", "flat"):  # Federation")
                    continue
                run = [t for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
                if run and all(t.i + 1 == n.i for t, n in zip(run, [*run[1:], head], strict=True)):
                    named.append((" ".join(t.text for t in [*run, head]), head, run[0].i,
                                  head.i + 1))  # fmt: skip
            for name, root, start, end in named:
                nouns = [t for t in root.children if t.dep_ == "appos" and t.i >= end]
                if root.dep_ == "appos" and root.head.i < start:
                    nouns.append(root.head)
                if root.dep_ == "nsubj" and root.head.lemma_ == "be":
                    nouns += [t for t in root.head.children if t.dep_ == "attr"]
                words = {t.lemma_.lower() for t in nouns if t.pos_ == "NOUN"}
                if any(c.lemma_.lower().strip("'’") in EMPLOYER_WORDS
                       for t in nouns for c in t.children
                       if c.dep_ in ("poss", "compound", "amod")):  # fmt: skip
                    words.add("employer")
                if any(_represents_businesses(c) for t in (root, *nouns) for c in t.children):
                    words.add("employer")
                if words:
                    said.setdefault(name, set()).update(words)
        return said

    def people(self, body: str, latin_only: bool = False) -> People:
        """The article's people from the entity recogniser; ``latin_only`` (a Russian or
        Ukrainian article) keeps only Latin names: the English pipeline reads Cyrillic
        phrases as people ("Олена Бондар розкритикувала рішення"), and ``ru_uk`` finds those."""
        mentions = []
        oblique: set[int] = set()
        for ents, offset, text in zip(self.ents, self.offsets, self.texts, strict=True):
            if _byline(text):  # the writer: never the "she" of the people written about
                continue
            for entity in ents:
                person = (entity.label_ == "PERSON" and not _company(entity)) or _a_person(entity)
                if person and not _origin(entity) and not _place_shaped(entity):
                    name = entity_name(entity.text)
                    if latin_only and CYRILLIC.search(name):
                        continue  # (a short word too: "Об этом …" was the person "Об")
                    if name and any(c.isupper() for c in name[:1]):
                        gender = gender_of(entity) or (  # ("Renata Coldwell … her shift")
                            _pronoun_after(entity) if entity.label_ == "ORG" else None
                        )
                        mentions.append((offset + entity.start_char, name, gender))
                        if _in_passing(entity):
                            oblique.add(offset + entity.start_char)
        return People(body, mentions, frozenset(oblique))


class Engine:
    """Settles the source of every unit of one article, in text order."""

    def __init__(self, layout: Layout) -> None:
        self.layout = layout
        self.parsed = _Parsed(layout.blocks)
        self.cyrillic = ru_uk.is_cyrillic(layout.body)
        """A Russian or Ukrainian article (counted once: every unit asks)."""
        self.people = self.parsed.people(layout.body, self.cyrillic)
        self.roles = self.parsed.roles()
        self.descriptors = self.parsed.descriptors()
        # Every organisation entity, and every name the article described as a body
        # ("supplier Medivault"), whatever the recogniser took the name for.
        described = list(itertools.chain(*self.descriptors.values()))
        self.orgs = sorted({(at, name) for at, name in {*self.parsed.organisations(), *described}
                            if name not in TIME_ZONES})  # fmt: skip
        # (never a clock's zone: "5:41 a.m. EST (1041 GMT), the agency added")
        self.bodies = set() if self.cyrillic else {
            name for noun, entries in self.descriptors.items() if noun in BODY_NOUNS
            for _, name in entries
        } | self.parsed.companies()  # fmt: skip
        """Names the article described with a body's noun ("the operator, Wessex Coaches"):
        bodies, never people, whatever the recogniser took them for."""
        self._definitions = defined_initials(layout.body)
        self._company_form: dict[str, bool] = {}
        """Name -> whether the body writes it as a company's (``_written_as_company``): the
        searches of the whole body, asked per organisation speaker and per "the company"."""
        self.issuer = None if self.cyrillic else _issuer(layout.body)
        """A press release's issuer, by its boilerplate or its newswire "SOURCE" line."""
        if self.issuer:
            self.bodies.add(self.issuer)
        self._units: list[Unit] = []
        self.last: Unit | None = None
        self.last_anonymous: Unit | None = None
        """The last unit an unnamed source spoke: "A diplomat said … He added …" stays his."""
        self.last_unnamed: Unit | None = None
        """The same, kept when a named person speaks after it ("the guard" later on)."""
        self.relations: dict[tuple[str, str | None], tuple[int, str]] = {}
        """(relation noun, possessor's gender) -> (paragraph, owner) of the last "her son" or
        "his wife" read: the same relation of a possessor of that gender named again soon
        after is the same person's ("her son … Her son told detectives …")."""
        self.last_org: Unit | None = None
        self.org_subjects: list[tuple[int, str]] = []
        """(unit start, name) of every organisation a main clause was about, in order."""
        self.org_speakers: list[tuple[int, str]] = []
        """(offset, name) of every organisation a unit was given as its own speaker."""
        self.subjects: dict[int, str] = {}
        """Unit start -> the proper name its main clause is about (person or not)."""
        self.lede_subjects: list[tuple[int, str]] = []
        """(unit start, name) of the proper names the headline's and the lede's main clauses
        are about: the article's subject, whatever the recogniser took its name for."""
        self.places = self.parsed.places()
        self.regions = self.parsed.regions()
        self.personal = self.parsed.persons_named_like_bodies()
        self.openers: dict[int, str] = {}
        """Unit start -> the proper name that opens it as a subject ("The Calder Marathon will
        use …"), whatever the recogniser took it for."""
        self.ties: dict[str, list[tuple[int, str]]] = {}
        """Descriptor noun -> (offset, name) of the body a headline's or lede's descriptor
        turned out to be ("the higher education regulator has found" before "the Office for
        Students says"): what the noun stands for later on."""
        self.pending: list[tuple[Unit, str]] = []
        """Headline and lede units with a descriptor noun no body has been tied to yet."""
        self.first = 0
        """Where the article's first unit (its headline) starts."""
        self.prior: tuple[Unit, str | None] | None = None
        self.current: tuple[Unit, str | None] | None = None
        """The unit before the one being settled and this one, each with the organisation
        its main clause is about (for "It says …")."""
        self.organised: str | None = None
        """What "organisers" stood for last in this article (the event or body they run)."""
        self.subject: Found | None = None
        """The named person the unit being settled is about (its main clause's subject)."""
        self.topic: tuple[Unit, str] | None = None
        """The person the previous unit spoke as or was about (its subject)."""
        self.functions: dict[str, tuple[int, str]] = {}
        """Function noun ("department") -> (offset, name) of the body it stood for first."""
        self.retold: set[str] = set()
        """A lede's descriptor kept as a name ("City watchdog") until a body was tied to it."""
        self.previous: Unit | None = None
        """The unit settled just before this one (its opening body: "МЧС выпустило … В
        ведомстве призвали")."""
        self.documented: dict[int, list[Found]] = {}
        """Unit start -> the authors of the documents that unit names ("Marsh Health Office
        data shows …", "Analysis by the X Board found …")."""
        self.sourced: Unit | None = None
        """The last unit that named its own source, of any kind (a body, a person, a group, a
        relay): a Russian or Ukrainian agentless follow-on line is a body's only while that
        body's statement is the last source the text gave (convention 43)."""

    def quoted_at(self, doc_offset: Callable[[Token], int]) -> Callable[[Token], bool]:
        masked = self.layout.masked

        def quoted(token: Token) -> bool:
            at = doc_offset(token)
            return 0 <= at < len(masked) and masked[at] == MASK

        return quoted

    def run(self, units: list[Unit], turns: dict[int, str] | None = None) -> None:
        """Settle every unit; ``turns``: ``interview.turns(units)`` when the caller has made
        it already (extraction reads the same marks again: made once, issue 15)."""
        offsets = {id(doc): off for doc, off in zip(self.parsed.docs, self.parsed.offsets,
                                                   strict=True)}  # fmt: skip
        quoted = self.quoted_at(lambda t: offsets[id(t.doc)] + t.idx)
        alone = _written_alone(self.layout.body)
        lower = set(_LOWER_WORD.findall(self.layout.body))
        reader = Reader(self.parsed.entity, quoted, self.people.is_known, alone.__contains__,
                        lower.__contains__)  # fmt: skip
        owns: list[Found | None] = []
        cyrillic = self.cyrillic
        self.first = units[0].start if units else 0
        self._units = units
        for unit in units:
            subject = org = None
            russian = ru_uk.is_cyrillic(unit.text, cyrillic)
            if russian:
                found = self._ru_uk_opening(unit, self._ru_uk_full(self._ru_uk_announced(
                    _from_ru_uk(ru_uk.read(unit.text, unit.masked), unit.start))))  # fmt: skip
                found = self._ru_uk_organisers(found)
                if found is not None and found.kind == "role":
                    found = self._ru_uk_office(unit, found)
                elif found is not None and found.kind == "anonymous":
                    found = self._ru_uk_spokesperson(unit, found)
                found = self._ru_uk_institution(unit, self._ru_uk_staff(found))  # ("по данным
                # полицейских": the police body named, before a noun with no body is no one)
                found = self._ru_uk_impersonal(unit, found)
                subject = _from_ru_uk(ru_uk.subject(unit.text, unit.masked), unit.start)
                if subject is not None and " " in (subject.speaker or ""):
                    name, shown = ru_uk.person_nominative(subject.speaker or "", subject.gender)
                    subject = replace(subject, speaker=name, gender=shown or subject.gender)
                    gender = subject.gender or ru_uk.name_gender(name)  # (in the nominative,
                    self.people.add(subject.offset, name, gender)  # as a speaker is)
            else:
                tokens = self.parsed.tokens(unit.start, unit.end, whole=_cut(unit.text))
                found = reader.read(tokens, unit.masked) if tokens else None
                if found is None and tokens:
                    found = reader.act(tokens)
                if found is not None:
                    found = _shift(found, offsets, tokens)
                subject = reader.subject_person(tokens) if tokens else None
                named = reader.subject_name(tokens) if tokens else None
                if named:
                    self.subjects[unit.start] = named
                opener = reader.opening_subject(tokens) if tokens else None
                agreeing = None if opener or not tokens else reader.agreeing_body(tokens)
                if agreeing and (self.people.gender.get(agreeing)
                                 or self.people.has_role(agreeing)):  # fmt: skip
                    agreeing = None  # (a person the article gives a he/she or a post)
                if agreeing:  # ("Brackwater Town have sacked …": a body by its verb)
                    self.bodies.add(agreeing)
                    opener = agreeing
                if opener:
                    self.openers[unit.start] = opener
                if opener and unit.paragraph <= units[0].paragraph + 2:  # (a headline, a lede)
                    self.lede_subjects.append((unit.start, opener))
                unit.event = bool(tokens) and reader.recalls_a_product(tokens)
                reader.note_filings(tokens)
                reader.note_names(tokens)
                documents = reader.note_authors(tokens)
                if documents:
                    self.documented[unit.start] = documents
                org = reader.subject_org(tokens) if tokens else None
                if org is not None and org.speaker:
                    self.org_subjects.append((unit.start, org.speaker))
                self.prior = self.current
                about = org.speaker if org is not None else _described_subject(tokens)
                self.current = (unit, about)
            owns.append(found)
            if unit.paragraph <= units[0].paragraph + 4 and not russian:  # (a headline, a
                # deck, a byline, a dateline, the lede)
                self._note_lede_nouns(unit, found, org)
            self.subject = subject
            if subject is not None and not russian:
                self.subject = _shift(subject, offsets, tokens)  # (a Doc's offsets: the body's)
            self._settle(unit, found)
            if not russian and org is not None and org.speaker:  # ("Corvane is proposing …")
                self._tie_subject(unit, org.speaker)
            elif not russian and self.openers.get(unit.start, "") not in self.places:
                self._tie_subject(unit, self.openers.get(unit.start, ""))
            self._note_subject(unit, found, subject)
            self.previous = unit
            if unit.own:
                self.sourced = unit
        self._lead_ins(units, owns)
        self._lede_body(units)
        self._lede_documents(units)
        self._forward(units)
        self._source_line(units)
        self._quotes(units)
        self._dialogue(units)
        self._answers(units, interview.turns(units) if turns is None else turns)
        self._tagged_turns(units)
        self._press_release(units)
        self._signed(units)
        self._police_appeal(units)
        self._police_release_at_foot(units)
        self._office_holders_named(units)
        self._lede_source_named(units)
        self._pseudonymous(units)
        issuer = ru_uk.release_issuer(self.layout.body) if self.cyrillic else None
        if issuer:  # "Головне управління Національної поліції в … області" under the
            self._release_speaks(units, issuer, "organisation")  # headline: its release
            _issuer_by_its_noun(units, issuer)
        signed = ru_uk.press_office_signature(self.layout.body) if self.cyrillic else None
        if signed is not None and not issuer:  # "Пресслужба Волинської обласної
            above = [u for u in units if u.end <= signed[0]]  # прокуратури" under the text
            self._release_speaks(above, signed[1], "organisation")  # it signs: its release
        _markup_free(units)

    def _pseudonymous(self, units: list[Unit]) -> None:
        """A name the writer made up for a source ("a worker we'll call 'Zelda'", "Lena Ortiz
        (not her real name)") withholds who speaks: every unit given that name (by the name, its
        surname or a pronoun resolved to it) is anonymous, spoken by the unnamed person the
        text says the name stands for ("A striking worker") or else by the made-up name. Run
        last, over what every other step settled, so no route to the name escapes it; only a
        name the pattern binds the made-up marker to is touched, never another person of the
        same sentence."""
        if self.cyrillic:
            return
        made_up: dict[str, str] = {}
        for pattern in PSEUDONYM_RES:
            for match in pattern.finditer(self.layout.body):
                name, who = match.group("name"), match.groupdict().get("who")
                made_up.setdefault(self.people.resolve(name), who or name)
        if not made_up:
            return
        for unit in units:
            if unit.sort != "person" or not unit.speaker:
                continue
            standing = made_up.get(self.people.resolve(unit.speaker))
            if standing is None:
                continue
            unit.speaker = standing[:1].upper() + standing[1:]
            unit.sort, unit.speaker_type = "anonymous", None

    # --- one unit ------------------------------------------------------------------------
    def _ru_uk_office(self, unit: Unit, found: Found) -> Found:
        """ "Министр обороны заявил": the person the article introduced in that office, or
        the one just spoken of when the office points back ("глава ведомства"); else the
        office itself, as a person."""
        office = found.speaker or ""
        before = self.layout.body[: found.offset]
        holder = ru_uk.office_holder(before, office)
        for other in ru_uk.office_alternatives(office) if holder is None else ():
            holder = holder or ru_uk.main_office_holder(before, other)  # "наставник полтавців"
        if holder is None and office.split()[-1] in OFFICE_ANAPHORS:
            topic = self.topic
            if topic is not None and unit.paragraph - topic[0].paragraph <= 1:
                holder = topic[1]
        last = self.last
        after_quote = (
            found.cue in ("после цитаты", "после запятой", "роль")
            and last is not None
            and bool(last.speaker)
        )  # "«…», — сказал глава района", "…, пояснил чиновник", "Эксперт напомнил": the one
        # just quoted
        unnamed = self.last_anonymous
        if (
            found.cue == "роль"
            and unnamed is not None
            and (last is None or unnamed.start > last.start)
            and not (ru_uk.is_post(office) and self._public_unnamed(unnamed))
        ):  # (never "Мер пообіцяв" after a resident unnamed: a post is no resident)
            return Found(None, "anonymous", None, unnamed.affiliation, found.via, found.cue,
                         found.offset, found.gender)  # fmt: skip
        if holder is None:  # "Радник глави МВС заявив …" before "радник глави МВС Антон X"
            holder = ru_uk.office_holder_after(self.layout.body, office, found.offset)
        reach = 2 if found.cue == "роль" or self._quiet_since(last) else 1  # ("Ученый
        # добавил, что …" a paragraph on, no other person having spoken since; «— пояснив
        # експерт» after a paragraph of the writer's own, nobody having spoken since)
        if holder is None and after_quote and last and unit.paragraph - last.paragraph <= reach:
            # "«…», — сказал глава района": the person just quoted; but "По словам губернатора"
            # after the minister spoke: a post never written before is no one's yet
            same_post = not ru_uk.is_post(office) or ru_uk.post_written_before(before, office)
            holder = last.speaker if same_post else None
        if holder is not None:
            holder = self.people.resolve(holder)
        elif ru_uk.is_unnamed_role(office) and not ru_uk.met_before(before, office):
            # "— сказал чиновник", no official before it; "по словам мужчины" after "задержали
            # мужчину": the man the story is about, as written
            return Found(None, "anonymous", None, found.affiliation, found.via, found.cue,
                         found.offset, found.gender)  # fmt: skip
        return Found(holder or office, PERSON, PERSON, found.affiliation, found.via,
                     found.cue, found.offset, found.gender)  # fmt: skip

    def _ru_uk_spokesperson(self, unit: Unit, found: Found) -> Found:
        """ "— добавил пресс-секретарь", "каже речник", "Представитель перевозчика уточнила",
        "Защитник настаивает": a spokesperson's or lawyer's post with no name, after the
        article introduced a person in it ("пресс-секретарь мэрии Павел Грошев", "за словами
        речника Павла Грошенка", "по словам адвоката Семёна Ершова"), points back at that
        person (conventions 9 and 19), as "— сказал министр" points at the minister. A
        spokesperson or lawyer nobody was introduced as, another body's, one kept unnamed on
        purpose ("пожелавший остаться неизвестным"), a second one ("Другой представитель")
        or one of the other gender than the person introduced stays anonymous (17)."""
        post = found.speaker or ""
        if not ru_uk.spokesperson_post(post) or ru_uk.withheld(unit.masked):
            return found
        before = self.layout.body[: found.offset]
        holder = ru_uk.office_holder(before, post)
        for other in ru_uk.office_alternatives(post) if " " not in post else ():
            holder = holder or ru_uk.office_holder(before, other)  # "Защитник" after
            # "адвоката Семёна Ершова": one lawyer by either word
        if holder is None:
            return found
        said = found.gender or ru_uk.verb_form(found.cue) or None  # ("уточнила": "f")
        shown = ru_uk.name_gender(holder)
        if said in ("m", "f") and shown and said != shown:
            return found  # "Позже представитель уточнила" after "представитель Олег Соколов"
        return Found(self.people.resolve(holder), PERSON, PERSON, None, found.via, found.cue,
                     found.offset, shown or found.gender)  # fmt: skip

    def _quiet_since(self, last: Unit | None) -> bool:
        """Has no one (a body, an unnamed source) spoken since the person of ``last``?"""
        if last is None:
            return False
        return all(
            other is None or other.start < last.start
            for other in (self.last_org, self.last_anonymous)
        )

    def _ru_uk_institution(self, unit: Unit, found: Found | None) -> Found | None:
        """ "сообщила пресс-служба суда", "повідомила пресслужба міської ради": an institution
        given by a common noun alone is the one the article named with that noun before
        ("Мещанский суд Москвы", "Коростенська міська рада"), by that fullest name; an
        acronym is the name the article spells out for it ("ЦГЗ"); so is a lone noun that opens
        the sentence ("Суд установил"), and a body's organ ("Наглядова рада фонду підтвердила",
        "в адміністрації заповідника") is the one body named with the noun after it."""
        if found is not None and found.kind == "anonymous" and found.affiliation:
            return self._ru_uk_affiliation(found)
        if found is not None and found.kind == "organisation" and found.speaker and not found.via:
            told = ru_uk.told_outlet(self.layout.body, found.speaker)  # "В ФАС РИА Новости
            if told is not None:  # пояснили": an outlet the article shows as one elsewhere
                found = replace(found, speaker=told[0], via=told[1])
        if found is None or found.kind != "organisation" or not found.speaker:
            return found
        owner = ru_uk.organ_owner(found.speaker)  # "адміністрація заповідника": the reserve
        if found.speaker[:1].isupper() and found.offset != unit.start:
            owner = None  # ("в Адміністрації морського порту": a name of its own)
        names = ru_uk.institution_names(self.layout.body[: found.offset], owner) if owner else set()
        body = ru_uk.one_body(names)  # (the one body the article named with that noun and
        if body is not None:  # its words, however often; two or none: as written)
            return replace(found, speaker=body)
        if (
            found.speaker.isupper()
            or ru_uk.is_compound_name(found.speaker)
            or ru_uk.is_short_form(found.speaker)  # "СвЖД", "СПбМТСБ"
        ):  # "За даними
            named = ru_uk.spelled_out(self.layout.body, found.speaker)  # ЦГЗ", "Держстату"
        elif found.speaker.islower() or (" " not in found.speaker and found.offset == unit.start):
            before = self.layout.body[: found.offset]  # "по данным газеты": the outlet named
            named = ru_uk.named_outlet(before, found.speaker)
            if named is None and not ru_uk.is_outlet_noun(found.speaker):
                named = ru_uk.named_institution(before, found.speaker)  # an outlet noun is
            # an outlet's, never "Издание МВД" from a sentence "Издание" opened before
            named = named or ru_uk.named_by_head(before, found.speaker)  # "завод задержки"
            if named is None:  # "Об этом сообщили в пресс-службе магистрали" after
                named = self._ru_uk_kind_noun(unit, found)  # "Заозёрная железная дорога …"
            if named is None:  # "в сообщении агентства" after "сообщает ТАСС", no agency of
                named = ru_uk.named_outlet(before, found.speaker, agency=True)  # the state
            if named is None:  # "в региональном министерстве здравоохранения" for the
                named = ru_uk.regional_body(self.layout.body, found.speaker)  # one "…
                # Министерство здравоохранения Озёрной области" the article names, before or after
            if named is None:  # "повідомили у водоканалі" after "КП «Озерноводоканал»"
                named = ru_uk.compound_body(before, found.speaker)
            if named is None:  # "у комунальному підприємстві" after "КП «…»"
                named = ru_uk.body_by_kind(before, found.speaker)
        elif ru_uk.adjective_initials(found.speaker):  # "Волинської ОВА": the name spelled
            named = ru_uk.spelled_with_adjective(self.layout.body, found.speaker)  # out
        elif ru_uk.initials_before_name(found.speaker):  # "ФК «Беркут»": "Футбольный клуб
            named = ru_uk.spelled_before_name(self.layout.body, found.speaker)  # «Беркут»"
        else:
            return found
        if named is None and ru_uk.unauthored(found.speaker, found.cue):
            return Found(None, "vague", cue=found.cue, offset=found.offset)  # "По данным
            # открытого бюджета": a thing the article never gave a body for: no author
        return replace(found, speaker=named) if named else found

    def _ru_uk_kind_noun(self, unit: Unit, found: Found) -> str | None:
        """A lone institution noun read as an organisation («в пресс-службе магистрали»,
        «согласно записке ведомства», «в надзорном ведомстве») that the article never named
        a body with: as its pointer would be, the body its own sentence opens with (a
        general noun) or the one the sentence before opens with or names, unless of another
        kind."""
        noun = ru_uk.kind_noun(found.speaker or "")  # ("в надзорном ведомстве": the noun)
        if noun is None:
            return None
        pointer = Found("it", "pronoun", via=found.via, cue=found.cue, offset=found.offset,
                        phrase=noun)  # fmt: skip
        body = self._ru_uk_own_body(unit, pointer) or self._ru_uk_previous_body(unit, pointer)
        if body is None:  # "В Росздравнадзоре сообщили … По данным специалистов ведомства": the
            body = self._ru_uk_spoke_last(unit, pointer)  # body that spoke just before
        return body.speaker if body is not None else None

    def _ru_uk_spoke_last(self, unit: Unit, pointer: Found) -> Found | None:
        """The body that spoke last, in this paragraph or the one before, by a name (a
        capital), for the agency noun ("ведомства", "відомства") when no sentence near names a
        body with it: news points it at the body it has just quoted; never one of another
        kind, nor an outlet."""
        other = self.last_org
        if other is None or other.sort != "org" or not other.speaker or not pointer.phrase:
            return None
        if not pointer.phrase.startswith(AGENCY_ANAPHORS):
            return None  # ("в комунальному підприємстві": its kind's initials name it, later)
        if unit.paragraph - other.paragraph > 1 or not other.speaker[:1].isupper():
            return None
        if ru_uk.other_kind(other.speaker, pointer.phrase) or ru_uk.introduced_as_outlet(
            self.layout.body[: pointer.offset], other.speaker
        ):
            return None
        return Found(other.speaker, "organisation", "organisation", via=pointer.via,
                     cue=pointer.cue, offset=pointer.offset)  # fmt: skip

    def _ru_uk_document(self, unit: Unit, found: Found) -> Found:
        """ "Согласно пояснительной записке", "Як зазначається у повідомленні": a document
        by its noun alone is the statement of the organisation that spoke last (within two
        paragraphs), else of the body that drafted or adopted a document just before
        ("Министерство разработало поправки"), else of the one the article is about (its
        first name in «»); with neither, a document with no author named (unattributed)."""
        other = self.last_org
        name = None
        if other is not None and other.sort == "org" and unit.paragraph - other.paragraph <= 2:
            name = other.speaker
        before = self.layout.body[: found.offset]  # else the body that drafted or adopted a
        name = name or ru_uk.document_author(before) or ru_uk.topic_organisation(before)
        if not name:
            return Found(None, "vague", cue=found.cue, offset=found.offset)
        return Found(name, "organisation", "organisation", via=found.via, cue=found.cue,
                     offset=found.offset)  # fmt: skip

    def _ru_uk_document_author(self, pointer: Found) -> Found | None:
        """ "Як зазначено в рішенні, …", "В письме говорится, что …" with no organisation
        that spoke to stand for: the body that adopted or sent a document in the sentences
        just before ("Міська рада ухвалила рішення …"), README convention 34."""
        if not self.cyrillic or pointer.speaker not in (None, "it") or pointer.phrase:
            return None
        if not (pointer.cue or "").startswith(DOCUMENT_NOUNS):
            return None
        name = ru_uk.document_author(self.layout.body[: pointer.offset])
        if name is None:
            return None
        return Found(name, "organisation", "organisation", via=pointer.via, cue=pointer.cue,
                     offset=pointer.offset)  # fmt: skip

    def _ru_uk_impersonal(self, unit: Unit, found: Found | None) -> Found | None:
        """ "Зазначається, що …", "Збитки оцінюють у …" right after an organisation spoke
        (this paragraph or the one before, no person since), or «Також повідомляється, що …»
        with only follow-on lines of its account between (a paragraph of them at most, no
        source of any kind since: convention 43): that organisation's statement; else a
        report with no author (unattributed), and an estimate no one's (no source)."""
        if found is None or found.cue not in (ru_uk.IMPERSONAL, ru_uk.ESTIMATED):
            return found
        other, last = self.last_org, self.last
        if other is not None and other.sort == "org" and other.speaker:
            gap = unit.paragraph - other.paragraph
            near = gap <= 1 and (last is None or last.start < other.start)
            if near or (other is self.sourced and gap <= _FOLLOW_ON):
                return Found(other.speaker, "organisation", "organisation", cue=found.cue,
                             offset=found.offset)  # fmt: skip
        return found if found.cue == ru_uk.IMPERSONAL else None

    def _ru_uk_staff(self, found: Found | None) -> Found | None:
        """ "За інформацією рятувальників", "— наголошують правоохоронці", "По данным
        полиции": a body's staff (or the force) by a bare noun speak as the body of that kind
        that spoke before ("ДСНС"), named; a group when the article gave none."""
        if found is None or found.kind not in ("vague", "organisation") or not found.speaker:
            return found
        spoke = [name for at, name in self.org_speakers if at < found.offset]
        last = self.last_org  # ("повідомили в управлінні патрульної поліції …": a body the
        if last is not None and last.sort == "org" and last.speaker:  # text names in lower
            spoke.append(last.speaker)  # case, the last that spoke)
        body = ru_uk.staff_body(found.speaker, spoke)
        if body is None:
            return found
        written = body[:1].upper() + body[1:]  # ("кіберполіція" from "в пресслужбі
        if body.islower() and written in self.layout.body:  # кіберполіції": its name as the
            body = written  # article writes it, "Кіберполіція")
        return replace(found, speaker=body, kind="organisation", speaker_type="organisation")

    def _ru_uk_organisers(self, found: Found | None) -> Found | None:
        """ "За інформацією організаторів", "по словам организаторов": the event the article
        named before ("Одеський кінофестиваль", "фестиваль «Сковорода»"), named (README: an
        event speaks through its organisers); a group when it named none."""
        if found is None or not (found.speaker or "").lower().startswith(ORGANISER_STEMS):
            return found
        event = ru_uk.organised_event(self.layout.body[: found.offset])
        if event is None:
            return replace(found, kind="vague", speaker_type=None)
        return replace(found, speaker=event, kind="organisation", speaker_type="organisation")

    def _ru_uk_affiliation(self, found: Found) -> Found:
        """ "два джерела в компанії": an unnamed source's institution given by its common
        noun alone is the one the article named with it, else the one it is about. A noun an
        institution's name is built on that does not point back by itself ("представитель
        департамента", "співробітник управління", "член комитета") is the body the article
        named with that noun ("Департамент дорожного хозяйства Самары"), and stays as written
        when it named none (no topic stands in for it: a department is no company's)."""
        noun = found.affiliation or ""
        if " " in noun or not noun.islower():
            return found
        before = self.layout.body[: found.offset]
        if not ru_uk.is_institution_noun(noun):
            if not noun.startswith(INSTITUTION_HEADS):
                return found
            named = ru_uk.named_institution(before, noun)
            return replace(found, affiliation=named) if named else found
        name = ru_uk.named_institution(before, noun) or ru_uk.topic_organisation(before)
        return replace(found, affiliation=name) if name else found

    def _ru_uk_own_body(self, unit: Unit, pointer: Found) -> Found | None:
        """ "Инспекция труда проведет проверки …, сообщили РИА Новости в ведомстве": a general
        agency noun ("ведомство", "відомство") after the body its own sentence opens with is
        that body, not the one an earlier sentence named, nor the outlet told."""
        phrase = pointer.phrase or ""
        if not self.cyrillic or not phrase.startswith(AGENCY_ANAPHORS + GENERAL_ANAPHORS):
            return None  # ("вуз", "организация": a noun of any kind of body, as "ведомство")
        general = phrase.startswith(GENERAL_ANAPHORS)  # (its body by name: "Местные жители,
        opening = ru_uk.named_opening_body if general else ru_uk.opening_body  # по данным
        body = opening(unit.text, unit.masked)  # вуза, …" opens with none)
        before = unit.text[: max(0, pointer.offset - unit.start)]
        if body is None and phrase.startswith(SCHOOL_PERIPHRASES):  # "В школе № 146 ввели
            body = ru_uk.school_in_sentence(before)  # карантин, сообщается на сайте учебного
            # заведения": the school, by its kind and number
        enterprise = phrase.startswith(ENTERPRISE_ANAPHORS)  # ("Уровень воды в Ершовском
        # водохранилище, по данным предприятия": a place, no plant, by its adjective)
        if body is None and general and not enterprise:  # "… исполком Союза биатлонистов
            # России (СБР), сообщила пресс-служба организации"; "… передали в Верхнелесский
            # музей, сообщает пресс-служба учреждения"
            body = ru_uk.named_in_sentence(self.layout.body, before, adjectives=True)
        if body is None or ru_uk.other_kind(body, phrase) or ru_uk.is_outlet_noun(body):
            return None  # ("Газета ссылается на данные ведомства": the paper cites it)
        return Found(body, "organisation", "organisation", via=pointer.via, cue=pointer.cue,
                     offset=pointer.offset)  # fmt: skip

    def _ru_uk_previous_body(self, unit: Unit, pointer: Found) -> Found | None:
        """ "МЧС России выпустило предупреждение. В ведомстве призвали …": an institution noun
        the article named no body with is the body the sentence just before opens with (this
        paragraph or the one before), unless that body is of another kind; news points a
        kind noun at the body it has just spoken of, before one that spoke earlier."""
        previous = self.previous
        if not self.cyrillic or pointer.speaker != "it" or not pointer.phrase or previous is None:
            return None
        if " " in pointer.phrase or not ru_uk.is_institution_noun(pointer.phrase):
            return None
        if unit.paragraph - previous.paragraph > 1:
            return None
        body = ru_uk.named_opening_body(previous.text, previous.masked) or (
            ru_uk.named_in_sentence(self.layout.body, previous.text)  # "… служби доставки
        )  # "Швидкий Кур'єр". Компанія підтвердила …"
        if body is None and pointer.phrase.startswith(GENERAL_ANAPHORS):  # "В Курском цирке
            body = ru_uk.placed_body(previous.text, previous.masked)  # родился слонёнок. Об
            # этом сообщили в пресс-службе учреждения": the body the event is set in
        if body is None or ru_uk.other_kind(body, pointer.phrase):
            return None
        if ru_uk.introduced_as_outlet(self.layout.body[: pointer.offset], body):
            return None  # "Газета «Край» написала, что … На предприятии заявили": not the paper
        return Found(body, "organisation", "organisation", via=pointer.via, cue=pointer.cue,
                     offset=pointer.offset)  # fmt: skip

    def _ru_uk_noun_named(self, pointer: Found) -> Found | None:
        """ "Руководство завода сообщило", "У компанії повідомили": a Russian or Ukrainian
        institution noun is the body the article named with that noun ("Омский
        станкостроительный завод"), before any other organisation that spoke last; when
        the article named two bodies with that noun, the noun as written (either may be
        meant)."""
        if not self.cyrillic or pointer.speaker != "it" or not pointer.phrase:
            return None
        if " " in pointer.phrase or not ru_uk.is_institution_noun(pointer.phrase):
            return None  # "в пресс-службе": whoever spoke last, not a press office named
        names = ru_uk.institution_names(self.layout.body[: pointer.offset], pointer.phrase)
        if not names:
            return None
        before = self.layout.body[: pointer.offset]
        name = (
            names.pop()
            if len(names) == 1
            else (ru_uk.one_body(names) or ru_uk.topic_among(names, before) or pointer.phrase)
        )  # (two plants: either one; one festival named twice: that one; two banks, one of
        # them the one the story is about: that one)
        return Found(name, "organisation", "organisation", via=pointer.via, cue=pointer.cue,
                     offset=pointer.offset)  # fmt: skip

    def _ru_uk_same_kind(self, pointer: Found, found: Found | None) -> Found | None:
        """The antecedent ``found`` of a Russian or Ukrainian institution noun, unless its
        name is of another kind ("Министерство финансов заявило … Руководство завода
        сообщило": not the ministry)."""
        if found is None or not self.cyrillic or not pointer.phrase or not found.speaker:
            return found
        if ru_uk.is_institution_noun(pointer.phrase) and ru_uk.introduced_as_outlet(
            self.layout.body[: pointer.offset], found.speaker
        ):  # «Портал «Озёрск сегодня» сообщил … В организации это опровергли»: not the portal
            return None
        return None if ru_uk.other_kind(found.speaker, pointer.phrase) else found

    def _ru_uk_pointed(self, pointer: Found) -> Found | None:
        """ "Об этом сообщает официальный сайт клуба", "У компанії закликали" with no
        organisation speaking just before: the institution the article named with that noun
        ("Баскетбольный клуб «Енисей»"), else the one the article is about (its first quoted
        name: "«Ворскла»" for "пресслужба клубу"); a bare common noun is never the speaker
        when the article names an organisation it can stand for."""
        if not self.cyrillic:
            return None
        before = self.layout.body[: pointer.offset]
        name = ru_uk.named_institution(before, pointer.phrase or "") or (
            ru_uk.topic_organisation(before)
        )
        if name is None:
            return None
        return Found(name, "organisation", "organisation", via=pointer.via, cue=pointer.cue,
                     offset=pointer.offset)  # fmt: skip

    def _ru_uk_announced(self, found: Found | None) -> Found | None:
        """A body's announcement under a one-word name ("Сбербанк снизил ставки") only when
        the article writes that word as a name: never in lower case, and capitalised inside
        a sentence or holding a body's word ("…банк", "…центр"); "Инфляция ускорилась" is
        no body's."""
        if found is None or found.cue != ru_uk.ANNOUNCED:
            return found
        word = found.speaker or ""
        quoted = self.layout.body[found.offset : found.offset + 1] in ("«", '"', "“", "„")
        if quoted or " " in word or word.isupper() or ru_uk.is_acronym(word):
            return found  # ("Маркетплейс «Корзина»": a name in «» is one)
        return found if ru_uk.written_as_name(self.layout.body, word) else None

    def _ru_uk_opening(self, unit: Unit, found: Found | None) -> Found | None:
        """A Russian or Ukrainian "organisation" made of the words that open the sentence,
        capitalised only because they open it («Затриманим виявився …», «Тогда сообщалось»,
        «Ремонтна група вже виїхала …, повідомили в компанії»): a body only when the
        article writes its first word as a name (``ru_uk.written_as_name``) or the phrase
        holds an institution's word, a capital further on, a name in «» or initials."""
        if found is None or found.kind != "organisation" or found.offset != unit.start:
            return found
        words = (found.speaker or "").split()
        written = _FIRST_WORD.match(unit.text)  # (the word as written, not put into the
        if words and written:  # nominative: «Информацию …» was the body «Информация»)
            words = [written.group(), *words[1:]]
        if not words or not ru_uk.opening_only(self.layout.body, words):
            return found
        cut, rest = ru_uk.after_opener(unit.text, unit.masked)
        again = _from_ru_uk(rest, unit.start + cut)
        if again is not None and not (
            again.kind == "organisation" and again.offset == unit.start + cut
        ):
            return again  # «Утім, …, там не сказали»: the silence; «Эту цифру подтверждают
            # фермеры»: the farmers
        if ru_uk.verb_form(found.cue or "") is not None:  # «Тогда сообщалось, что …»: said,
            return Found(None, "vague", cue=found.cue, offset=found.offset)  # by no one named
        return None

    def _ru_uk_full(self, found: Found | None) -> Found | None:
        """A Russian or Ukrainian surname alone ("Коваль заявил", read as a person or, with
        nothing to tell, an institution) as the full name the article introduced in another
        case ("тренера Романа Коваля"), when no full name is known."""
        if found is None or found.kind not in ("person", "organisation"):
            return found
        word = found.speaker or " "
        if " " in word or not word[:1].isupper() or word.isupper():
            return found  # a phrase, or an acronym ("МВД"): never a surname alone
        if self.people.is_known(word):
            return found
        full = ru_uk.full_name(self.layout.body[: found.offset], word, found.gender)
        if full is None:
            return found
        return Found(full, PERSON, PERSON, found.affiliation, found.via, found.cue,
                     found.offset, found.gender)  # fmt: skip

    def _note_subject(self, unit: Unit, found: Found | None, subject: Found | None) -> None:
        """Remember the person this unit is about (its speaker, else its main subject) for a
        "he"/"she" in the next one."""
        if unit.sort == "person" and unit.speaker:
            self.topic = (unit, unit.speaker)
        elif subject is not None and subject.speaker and (found is None or not unit.own):
            self.topic = (unit, self.people.resolve(subject.speaker))
            self.people.note_gender(self.topic[1], subject.gender)
        else:
            self.topic = None

    def _settle(self, unit: Unit, found: Found | None) -> None:
        if found is None:
            return
        bound = self._bound(unit, found) if found.kind == "pronoun" else None
        if bound is not None:  # "X made news when he told the paper …": X
            found = bound
        if found.kind == "pronoun" and found.cue == ru_uk.LATTER:
            found = self._latter(found)
        if found.kind == "pronoun":
            unnamed = self._unnamed_antecedent(unit, found)
            if unnamed is not None:
                _copy(unnamed, unit)
                unit.own = True
                if self.cyrillic:  # ("По ее словам, …" a paragraph after "— возмущается
                    self.last_anonymous = unit  # женщина", who took up "одна из жительниц")
                return
            pointer = found
            if found.cue == DOCUMENT_OWNER:
                found = self._owner(unit, found)
            elif found.cue == ru_uk.DOCUMENT_REF:
                found = self._ru_uk_document(unit, found)
            elif found.cue == ONE_OF:  # "One of them said" with no unnamed source just before:
                found = Found(None, "anonymous", "person", cue=ONE_OF, offset=found.offset)
            else:
                found = (
                    self._ru_uk_own_body(unit, found) or self._ru_uk_noun_named(found)
                    or self._ru_uk_previous_body(unit, found)
                    or self._ru_uk_same_kind(pointer, self._institution_of_source(unit, found)
                                             or self._pronoun(unit, found))
                )  # fmt: skip # "Руководство завода": the plant named, else one that may be one
            if found is None:  # "Як зазначено в рішенні": the body that adopted it just before
                found = self._ru_uk_document_author(pointer)
            if found is None:  # "— возмущается мужчина" with no man named before: an unnamed one
                found = self._ru_uk_public_person(pointer)
            if found is None and self.cyrillic and pointer.cue in PLACE_ADVERBS:
                found = self._there(unit, pointer)  # "Там подтвердили" with no body before
            if found is None and pointer.speaker == "it" and pointer.phrase:
                found = self._ru_uk_pointed(pointer) or Found(
                    pointer.phrase, "organisation", "organisation", via=pointer.via,
                    cue=pointer.cue, offset=pointer.offset)  # fmt: skip
        elif found.kind == "epithet":
            found = self._epithet(unit, found)
        elif found.kind == KIN:
            found = self._kin(unit, found)
        elif found.kind in ("role", "definite", "organisation"):
            if found.kind == "organisation" and self._qualified_descriptor(found):
                found = replace(found, kind="definite")  # "the Championship club confirmed"
            pair = self._pair(found)
            if pair is not None:  # "the two companies said" after naming both: both
                self._apply(unit, pair)
                unit.own = True
                return
            unnamed = self._same_unnamed_head(unit, found)
            if unnamed is not None:  # "A controller, speaking on condition of anonymity,
                _copy(unnamed, unit)  # said …  The controller said …": the same one
                unit.own = True
                return
            described = (
                (self._organisers(unit, found) or self._described(unit, found))
                if found.kind != "role"
                else None
            )
            if described is not None:  # "the regulator" after "the regulator Ofreg", "The
                found = described  # trust says …" after "the Kessfield Aviation Trust"
            elif found.kind in ("role", "definite"):
                found = self._antecedent(unit, found)
        elif found.kind == "anonymous" and found.speaker and found.cue == ANONYMITY:
            unnamed = self._same_unnamed(unit, found)
            if unnamed is not None:  # "…, the people said, asking not to be identified"
                self._again(unnamed, unit)  # after "people familiar with the talks"
                return
            found = replace(found, speaker=None)
        elif (
            found.kind == "anonymous"
            and found.office
            and not _UNSPECIFIED.search(found.speaker or "")
        ):  # ("An executive at one of the big six suppliers": no one the article names)
            found = self._identified(found)
        elif found.kind == "anonymous" and not found.affiliation and not self.cyrillic:
            unnamed = self._same_unnamed(unit, found)
            if unnamed is not None and unnamed.affiliation:  # "the source said" after "a
                self._again(unnamed, unit)  # source close to the minister": the same one
                return
            found = self._qualified_source(found)
        elif found.kind == "vague":
            unnamed = self._same_unnamed(unit, found)
            if unnamed is not None:  # "A person familiar with … said …  The person said …"
                self._again(unnamed, unit)
                return
            found = (self._officials_of(found) or self._organisers(unit, found)
                     or self._officers(found) or self._deputies(unit, found)
                     or self._force_staff(unit, found) or found)  # fmt: skip
        if found is None:
            return
        self._apply(unit, found)
        unit.own = True
        if unit.sort == "person" and unit.speaker:
            self.last, self.last_anonymous = unit, None
        elif unit.sort == "anonymous":
            self.last_anonymous = self.last_unnamed = unit
        elif unit.sort in ("org", "vague") and unit.speaker:
            self.last_org = unit
            if unit.sort == "org" and unit.speaker[:1].isupper():
                self.org_speakers.append((max(found.offset, unit.start), unit.speaker))
                self._tie(unit)

    def _pair(self, found: Found) -> Found | None:
        """ "The two utilities say …", "…, the two companies said" after both were named: the
        two bodies as one speaker, "A and B" in the order the article named them (item 26,
        heldout16's convention 4): the last two organisations named before, within a few
        paragraphs, never a person, a place or an outlet."""
        words = (found.speaker or "").split()
        if len(words) != 2 or words[0] not in ("two", "both") or not words[1].islower():
            return None
        if not words[1].endswith("s"):
            return None
        mentions = sorted({*self.orgs, *self.org_subjects, *self.org_speakers})
        named = [(at, name) for at, name in mentions
                 if at < found.offset and found.offset - at < _PAIR_REACH
                 and not self.people.is_known(name) and name not in self.places
                 and not is_outlet(name) and name.lower() not in (found.speaker or "")]  # fmt: skip
        latest: dict[str, int] = {}
        for at, name in named:
            latest[name] = at
        if len(latest) < 2:
            return None
        two = sorted(latest, key=latest.__getitem__)[-2:]
        if any(a in b or b in a for a in two for b in two if a != b):
            return None  # ("Brannock" and "Brannock Partners": one body twice)
        first = {name: min(at for at, n in named if n == name) for name in two}
        pair = " and ".join(sorted(two, key=first.__getitem__))
        return Found(pair, "organisation", "organisation", found.affiliation, found.via,
                     found.cue, found.offset)  # fmt: skip

    def _bound(self, unit: Unit, found: Found) -> Found | None:
        """ "Dale Hanrahan, the speaker of the Assembly, made news when he told the paper …":
        a he/she whose verb hangs under a clause about a named person earlier in the same
        sentence is that person, whoever spoke before."""
        subject = self.subject
        if subject is None or not subject.speaker or (found.speaker or "") not in ("he", "she"):
            return None
        if not unit.start <= subject.offset < found.offset:
            return None
        name = self.people.resolve(subject.speaker)
        if not self.people.compatible(name, found.gender):
            return None
        return Found(name, "person", "person", via=found.via, cue=found.cue,
                     offset=subject.offset)  # fmt: skip

    def _institution_of_source(self, unit: Unit, found: Found) -> Found | None:
        """ "Источник в Минсельхозе рассказал … В пресс-службе министерства отказались": an
        institution noun ("министерства", "ведомство") after an unnamed source tied to an
        institution, with no organisation speaking since, is that institution."""
        other = self.last_anonymous
        if found.speaker != "it" or not found.phrase or other is None or not other.affiliation:
            return None
        if unit.paragraph - other.paragraph > 1:
            return None
        if self.last_org is not None and self.last_org.start > other.start:
            return None
        affiliation = other.affiliation
        if self.cyrillic and affiliation.islower():  # "собеседник в полиции … уточнили в
            spoke = [name for at, name in self.org_speakers if at < found.offset]  # ведомстве"
            affiliation = ru_uk.staff_body(affiliation, spoke) or affiliation  # after "ГУ МВД
            # по … области" spoke: that force, not "полиция"
        return Found(affiliation, "organisation", "organisation", via=found.via,
                     cue=found.cue, offset=found.offset)  # fmt: skip

    def _public_unnamed(self, unit: Unit) -> bool:
        """Is the unnamed source of ``unit`` a member of the public («сумчанки», «мужчина»),
        by the words its source was read from (``person_kind``, ``unnamed_person``)?"""
        words = _WORD_RUN.findall(unit.text)
        return any(unnamed_person(word.lower()) for word in words)

    def _ru_uk_public_person(self, pointer: Found) -> Found | None:
        """ "— возмущается мужчина", "повідомила постійна читачка", "Жительница дома
        говорит": a member of the public by a noun of sex or standing (``person_kind``), read
        like "she" (the woman just named), with no one before to be: an unnamed person speaks,
        an anonymous source (the labels' convention since session 20), not an unattributed
        quote. Its words are the ones from the pointer's offset."""
        if not self.cyrillic or pointer.speaker not in ("he", "she"):
            return None
        words = _WORD_RUN.findall(self.layout.body[pointer.offset : pointer.offset + 60])[:3]
        if not any(person_kind(word.lower()) for word in words):
            return None
        return Found(None, "anonymous", "person", via=pointer.via, cue=pointer.cue,
                     offset=pointer.offset)  # fmt: skip

    def _unnamed_antecedent(self, unit: Unit, found: Found) -> Unit | None:
        """ "A diplomat said … He added …": he/she/they after an unnamed source, with no named
        person speaking in between, is that source (never a name from elsewhere)."""
        other = self.last_anonymous
        if other is None or (found.speaker or "") not in ("he", "she", "they"):
            return None
        if found.cue == THE_COUPLE:  # ("the couple": two people named, never a source)
            return None
        if _noun_gender(other.speaker or "") not in (None, found.gender):
            return None  # ("A hospital spokeswoman said … He added …": not hers)
        near = unit.paragraph - other.paragraph <= 1 or self._quoted_on(other, unit)
        later = self.last is None or self.last.start < other.start
        return other if near and later and not self._topic_since(other, found) else None

    def _quoted_on(self, other: Unit, unit: Unit) -> bool:
        """Whether every paragraph between the unnamed source's and ``unit`` goes on with a
        quotation and names no one (""A university spokesman said: "…" / "…" / He added …"):
        the quotation the source opened still runs there (its speaker is settled later, by
        ``_quotes``), so the source is as near as the paragraph before."""
        between = [u for u in self._units if other.paragraph < u.paragraph < unit.paragraph]
        return (
            bool(between)
            and unit.paragraph - other.paragraph <= _QUOTED_ON_REACH
            and all(not u.own and u.text.lstrip()[:1] in _OPENERS for u in between)
        )

    def _topic_since(self, other: Unit, found: Found) -> bool:
        """Whether the sentence just before is about a named person the he/she fits, after the
        unnamed source spoke ("…, a spokeswoman said. Ann Loy was driving to work when …
        "It was so loud," she told WKTV."): news points a pronoun at the person its last
        sentence was about, who need not have spoken."""
        topic = self.topic
        if topic is None or (found.speaker or "") not in ("he", "she"):
            return False
        return topic[0].start > other.start and self.people.compatible(topic[1], found.gender)

    def _same_unnamed(self, unit: Unit, found: Found) -> Unit | None:
        """ "The person said" / "the officials added" after "a person familiar with …" / "two
        officials said": the same unnamed source, named again by its head noun."""
        other = self.last_anonymous
        phrase = (found.speaker or "").lower().split()
        picked = len(phrase) == 3 and phrase[1] in _WHICH_OF_THEM
        if picked:  # "the first person said": one of the unnamed sources quoted before,
            phrase = [phrase[0], phrase[2]]  # pointed at however far back, and whoever
            other = self.last_unnamed  # was quoted by name since
        if len(phrase) != 2 or phrase[0] not in _POINTING:
            return None
        head = _one_of_many(phrase[1])
        if other is None and head in UNNAMED_ONLY_HEADS:  # ("the people said" after a body
            other = self.last_unnamed  # spoke by name: no one named is "the people")
        if other is None or not other.speaker:
            return None
        if unit.paragraph - other.paragraph > 2 and not picked and head not in UNNAMED_ONLY_HEADS:
            return None  # ("the person said" nine paragraphs on: only the unnamed source)
        theirs = other.speaker.lower().split()
        if head not in UNNAMED_ONLY_HEADS:  # ("the officials" is not "an official at …")
            return other if phrase[1] in theirs else None
        return other if head in map(_one_of_many, theirs) else None  # ("the person said"
        # after "people familiar with the matter": one of them)

    def _again(self, unnamed: Unit, unit: Unit) -> None:
        """The unit names the unnamed source again ("the people said"): it is theirs, and it
        is now the last place they spoke, so that a "they" or "the people" further on, each
        within reach of the one before, still finds them down a long run of such sentences."""
        _copy(unnamed, unit)
        unit.own = True
        self.last_anonymous = unit

    def _same_unnamed_head(self, unit: Unit, found: Found) -> Unit | None:
        """ "The controller said" after "a controller, speaking on condition of anonymity,":
        "the" and the head noun of the last unnamed source (its noun before any preposition or
        clause: "A controller who works …", "One night-shift controller at …"), within two
        paragraphs, even with a named person quoted in between."""
        other = self.last_unnamed
        words = (found.speaker or "").lower().split()
        if other is None or not other.speaker or len(words) != 1:
            return None
        if not (found.speaker or "").islower():  # a common noun, never a name
            return None
        if self.layout.body[max(0, found.offset - 4) : found.offset].lower() != "the ":
            return None
        if unit.paragraph - other.paragraph > 2:
            return None
        theirs = other.speaker.lower().split()
        ahead = list(itertools.takewhile(lambda w: w not in _AFTER_HEAD, theirs))
        indefinite = theirs[:1] in (["a"], ["an"], ["one"])  # ("One A&E consultant at …")
        if not (indefinite and len(ahead) >= 2 and ahead[-1:] == words):
            return None
        return None if self._kind_named_since(other.start, unit.start, words[0]) else other

    def _kind_named_since(self, start: int, end: int, noun: str) -> bool:
        """Whether the text names a body by a name ending on ``noun`` between ``start`` and
        ``end`` ("A second college … has announced cuts. The Harmond College has written
        to staff. The university said …"): the indefinite phrase introduced the body the name
        then gave, so "the university" is that body, never an unnamed source."""
        between = self.layout.body[start:end]
        pattern = rf"\b[A-Z][\w'’&.-]*(?:[ \t]+[A-Z][\w'’&.-]*)*[ \t]+{re.escape(noun.title())}\b"
        return re.search(pattern, between) is not None

    def _apply(self, unit: Unit, found: Found) -> None:
        speaker, kind = found.speaker, found.kind
        if kind == "organisation" and _speaks_as_i(unit) and _surname_like(speaker or ""):
            kind = "person"  # ("‘I was suffering …,’ Varga told reporters": a body never
            # says "I", whatever the recogniser took the name for)
        if kind == "organisation" and self._taken_up_as_a_person(unit, speaker or ""):
            kind = "person"  # ("Torvald Renck said … He added …": a body is never "he")
        if kind == "organisation" and self._taken_up_by_surname(speaker or ""):
            kind = "person"  # ("Korlan Dessat said … Dessat added …")
        legal = _LEGAL_WORD.match(self.layout.body, found.offset)  # "Harrow Robotics, Inc.":
        incorporated = legal is not None and legal.group(1) in LEGAL_SUFFIXES  # a company,
        # whatever a headline made of its name
        company = kind == "organisation" and (
            incorporated or (speaker is not None and self._shortened_as_company(speaker))
        )  # ("Tarvane's shares": a company, whatever the recogniser took its name for)
        if kind in ("person", "organisation") and speaker and not self.cyrillic:
            whole = self._whole(speaker, found.offset, kind)  # ("Somerset Police" of "Avon
            if whole != speaker:  # and …", "Devon" of "Devon and Cornwall Police said")
                speaker, kind, company = whole, "organisation", True
        if kind in ("person", "organisation") and speaker and found.cue != CALLED_IT:
            full = speaker if company else self.people.resolve(speaker)
            gender = found.gender or ru_uk.verb_form(found.cue or "")  # (of "заявила")
            if gender == "f" and full != speaker and ru_uk.male_given(full.split()[0]):
                full = speaker  # "Коваль заявила" after "Роман Коваль": not him
            if not company and (full != speaker or self.people.is_known(speaker)):
                speaker, kind = full, "person"
        initials = _undotted(speaker or "")  # "The F.T.C. said": the initials "FTC"
        defined = None
        if kind == "organisation" and " " in (speaker or ""):  # "the Wales Cricket Board"
            defined = next(  # after "England and" when the article gives "… Board (ECB)"
                (name for name in self._definitions.values() if name.endswith(f" {speaker}")),
                None,
            )  # fmt: skip
        if defined is not None:
            speaker = defined
        elif kind in ("person", "organisation") and speaker and ru_uk.is_acronym(initials):
            # "… Board (ECB)", "according to FAA data", "UCSO says", "The MoD confirmed" (a
            # person to the parser after "Later"): the name the article defines them as, else
            # the one it spelled out before, never a person's ("GP" is no "Gareth Pimm"),
            # else the one body whose name they shorten anywhere
            named = ru_uk.spelled_out(self.layout.body, initials, found.offset, defined=True,
                                      anywhere=True, person=self.people.is_known)  # fmt: skip
            speaker, kind = (named, "organisation") if named else (speaker, kind)
        if kind == "person" and speaker in self.bodies:
            kind = "organisation"  # ("The operator, Wessex Coaches, said": a body)
        if kind == "person" and is_company_name((speaker or "").split()):
            kind = "organisation"  # ("Northmere Water today announced": no entity at all)
        titled = self._titled_person(speaker or "") if kind == "organisation" else None
        if titled is not None:  # "Battalion Chief Ruben Torres" when "Ruben Torres" is
            speaker, kind = titled, "person"  # named in full: a title, no body's name
        if kind == "person" and self._short_body(speaker or "", found.offset):
            kind = "organisation"  # ("Skyhaven said" after "Skyhaven Air cancelled …")
        gender = found.gender
        if kind == "person" and speaker and self.cyrillic:  # "Виктора Ерёменко" after
            hint = gender or self.people.gender.get(speaker)  # "рассказал": him, in the
            speaker, shown = ru_uk.person_nominative(speaker, hint)  # nominative; the
            gender = shown or gender  # name's gender before a verb's
        if kind == "person" and speaker and gender is None:  # "Алексей Смирнов": a man
            gender = ru_uk.name_gender(speaker)
        if kind == "person" and speaker and " " in speaker and speaker[:1].isupper():
            self.people.add(found.offset, speaker, gender)  # (never "министр обороны")
        if kind == "person" and speaker:  # "Валуева … назвала": the verb shows she is a woman
            self.people.note_gender(self.people.resolve(speaker), gender)
        unit.speaker = speaker
        unit.sort = _SORTS.get(kind)
        unit.speaker_type = {"person": "person", "organisation": "organisation"}.get(kind)
        if kind == "anonymous":
            unit.speaker_type = None
        unit.affiliation = self._spelled_affiliation(found)
        unit.via = found.via
        unit.cue = found.cue

    def _spelled_affiliation(self, found: Found) -> str | None:
        """An unnamed source's body given by its initials ("A PSNI spokesperson", "an ABI
        spokesperson") is the body by the name the article spells them out as, as a speaker's
        initials are (README items 7 and 10); initials it never spells out stay as written."""
        affiliation = found.affiliation
        if found.kind != "anonymous" or not affiliation or self.cyrillic:
            return affiliation
        initials = _undotted(affiliation)
        if not ru_uk.is_acronym(initials):
            return affiliation
        named = ru_uk.spelled_out(self.layout.body, initials, found.offset, defined=True,
                                  anywhere=True, person=self.people.is_known)  # fmt: skip
        return named or affiliation

    def _taken_up_as_a_person(self, unit: Unit, name: str) -> bool:
        """A name of a person's shape (``_person_shaped``) the recogniser typed a body is a
        person's when the next sentence opens on "He" or "She" and the unit names nobody
        else it could stand for (no other run of capitalised words, no "he" or "him" of its
        own: "He told MPs that X had told him …" is his): an unfamiliar given name
        ("Torvald Renck said …") no list knows, taken up as a person is."""
        if self.cyrillic or not _person_shaped(name):
            return False
        if not taken_up_as_he_or_she(self.layout.body, unit.end):
            return False
        others = [run for run in _CAPITAL_RUN.findall(unit.text) if name not in run]
        return not others and not _THIRD_PERSON.search(unit.text)

    def _taken_up_by_surname(self, name: str) -> bool:
        """A name of a person's shape (``_person_shaped``) the recogniser typed a body is a
        person's when the article has its last word alone speak ("Korlan Dessat said …",
        then "Dessat added …" or "said Dessat"): a surname. A body's short name is its first
        word ("Harlow said" of Harlow Steel), never its last ("Steel said")."""
        words = name.split()
        if self.cyrillic or len(words) < 2 or not _person_shaped(name):
            return False
        body = self.layout.body
        last = re.escape(words[-1])
        said = _SAYING_WORDS
        pattern = rf"\b{last}[ \t]+(?:{said})\b|\b(?:{said})[ \t]+{last}\b(?![ \t]+[A-Z])"
        for match in re.finditer(pattern, body):
            if not match.group().startswith(words[-1]):
                return True  # ("said Dessat", no capitalised word after it)
            word = body[max(0, match.start() - 40) : match.start()].split()[-1:]
            if not word or not word[0][:1].isupper() or word[0][-1] in '.!?"”’:':
                return True  # ("Dessat added": the word alone, no given name before it)
        return False

    def _whole(self, name: str, offset: int, kind: str) -> str:
        """A body's name made whole where the recogniser cut it at an "and" (``whole_body_name``),
        read at its mention around ``offset`` (its head word). A one-word "person" is one only
        when the article gives nobody a full name ending with it ("Devon and Cornwall Police
        said": no person Devon)."""
        body = self.layout.body
        at = body.find(name, max(0, offset - len(name)), offset + len(name) + 1)
        if at < 0 or (kind == "person" and (" " in name or self.people.resolve(name) != name)):
            return name
        known = self.people.is_known if kind == "organisation" else (lambda _: False)
        return whole_body_name(body, at, name, known)[1]

    def _there(self, unit: Unit, found: Found) -> Found | None:
        """ "Агентство обратилось в пресс-службу правительства области. Там подтвердили …":
        "Там"/"Тут" as a subject that no body speaking or named before stands for is the
        body the sentence just before (this paragraph or the one before) sent someone to
        (``ru_uk.directed_body``); None when that sentence names none."""
        previous = self.previous
        if previous is None or unit.paragraph - previous.paragraph > 1:
            return None
        body = ru_uk.directed_body(previous.text)
        if body is None:
            return None
        return Found(body, "organisation", "organisation", via=found.via, cue=found.cue,
                     offset=found.offset)  # fmt: skip

    def _latter(self, found: Found) -> Found:
        """ "Останній зазначив", "Последняя заявила": the last person of that gender the
        sentence before named (``ru_uk.latter_named``), never an unnamed source nor the topic
        a pronoun would take; a pronoun as before when that sentence names no one."""
        latter = ru_uk.latter_named(self.layout.body[: found.offset], found.gender)
        if latter is None:
            return found
        return Found(latter, PERSON, PERSON, via=found.via, cue=found.cue, offset=found.offset,
                     gender=found.gender)  # fmt: skip

    def _pronoun(self, unit: Unit, found: Found) -> Found | None:
        """A pronoun to the nearest compatible antecedent: the previous speaker when it fits,
        else the nearest person (he/she) or organisation (it/they) before it."""
        pronoun = found.speaker or ""
        if pronoun in ("he", "she"):
            body = self._ru_uk_possessor_body(unit, found)
            if body is not None:  # "Об этом сообщила прокуратура. По её данным, …"
                return body
            gender = found.gender
            last = self.last
            near = last is not None and unit.paragraph - last.paragraph <= 1
            topic = self.topic
            if (
                topic is not None
                and unit.paragraph - topic[0].paragraph <= 1
                and self.people.compatible(topic[1], gender)
            ):  # "Council member Jill Sorensen proposed a cap. She said …"
                name: str | None = topic[1]
            elif near and last and last.speaker and self.people.compatible(last.speaker, gender):
                name = last.speaker
            else:
                name = self._speaker_resumed(unit, found, gender) or self.people.antecedent(
                    found.offset, gender
                )
            if name is None:
                return None
            self.people.note_gender(name, gender)
            return Found(name, PERSON, PERSON, via=found.via, cue=found.cue or pronoun)
        if found.cue == THE_COUPLE:  # (two people: never an organisation)
            return self._pair_named(found)
        prior = self._prior_subject(unit, found)
        if prior is not None:
            return prior
        other = self.last_org
        if pronoun in ("it", "its") and other is not None and other.sort != "org":
            other = None  # "it" is one organisation, never "analysts" or "residents"
        if other is not None and other.speaker and unit.paragraph - other.paragraph <= 2:
            return Found(other.speaker, "organisation" if other.sort == "org" else other.sort
                         or "organisation", other.speaker_type, other.affiliation,
                         found.via, pronoun)  # fmt: skip
        pair = self._pair_named(found) if pronoun == "they" else None
        if pair is not None:  # "Kamal Ferhat and Soran Aziz were arrested. … They claimed …"
            return pair
        if pronoun == "it" and found.via:  # "It was reported in the Valdora Herald:"
            return Found(found.via, "organisation", "organisation", cue="reported in")
        subject = self.layout.body[found.offset : found.offset + 3].lower().rstrip(" ,.")
        if subject == "it":  # "The Halden Group reported a loss. It said …": the last named
            return self._it_named(unit, found)
        return None

    def _pair_named(self, found: Found) -> Found | None:
        """ "Two men, Kamal Ferhat and Soran Aziz, were arrested … They claimed …": a "they"
        with no organisation speaking near it is the last two people named together as one
        phrase (``_Parsed.person_pairs``) a short way before it, the two as one speaker (as
        "the two companies" is both bodies: ``_pair``), when no one was named since."""
        pairs = [(at, pair) for at, pair in self.parsed.person_pairs
                 if at < found.offset and found.offset - at < _PAIR_REACH]  # fmt: skip
        if not pairs:
            return None
        at, pair = pairs[-1]
        since = [name for start, name, _ in self.people.mentions if at < start < found.offset]
        if any(self.people.resolve(name) not in pair for name in since):
            return None  # (another person named since: "they" may mean anyone)
        return Found(pair, PERSON, PERSON, via=found.via, cue=found.cue or "they", offset=at)

    def _speaker_resumed(self, unit: Unit, found: Found, gender: str | None) -> str | None:
        """ "He said" a few paragraphs after a man last spoke, with nobody made a subject
        since: the man, though a name was mentioned in passing between them ("He would sail
        with Harlow Line again. … 'It was calm,' he said": not the line the recogniser took
        for a person). The last person quoted, of the pronoun's gender as the article shows
        it, within ``RESUME_PARAGRAPHS``; every person mentioned since only in passing
        (``People.only_named_in_passing``); else None, and the nearest person is sought."""
        last = self.last
        if last is None or not last.speaker or gender is None:
            return None
        if unit.paragraph - last.paragraph > RESUME_PARAGRAPHS:
            return None
        shown = self.people.shown_gender(last.speaker) or self.people.gender_followed(
            last.speaker, found.offset
        )  # ("Maya Orr said … She has sailed for …": the writer's next "she" shows hers)
        if shown != gender:
            return None
        if not self.people.only_named_in_passing(last.speaker, found.offset, last.start):
            return None
        return last.speaker

    def _ru_uk_possessor_body(self, unit: Unit, found: Found) -> Found | None:
        """ "Об этом сообщает пресс-служба прокуратуры. По её данным, …", "…, повідомив
        Держстат. За його даними, …": a Russian or Ukrainian possessive pronoun of someone's
        data or words is the body that spoke last (this paragraph or the one before, no
        person since, nor one of the pronoun's gender named since) when the body's head noun
        agrees with it ("её"/"її" a feminine noun or its press service, "его"/"його" a
        masculine or neuter one or its press centre); a person is never passed over for it,
        and a body the pronoun cannot agree with is left to the people."""
        if not self.cyrillic or not ru_uk.possessed_according(found.cue):
            return None
        other, last = self.last_org, self.last
        if other is None or other.sort != "org" or not other.speaker:
            return None
        if (last is not None and last.start > other.start) or unit.paragraph - other.paragraph > 1:
            return None
        if self._person_named_since(other.end, found.offset, found.gender):
            return None  # "… сообщила прокуратура. Пострадавшая Анна Петрова обратилась в суд.
            # По её словам, …": hers, a person named since, whether she spoke or not
        genders = {ru_uk.body_gender(other.speaker)}
        if "m" in genders:
            genders.add("n")  # "его" is also the neuter's: "министерство", "агентство"
        for office in (w for w in PRESS_OFFICES if w in other.text.lower()):
            genders.add("f" if office.endswith("служб") else "m")  # "сообщила пресс-служба
            # аэропорта. По её словам", "повідомив пресцентр ДСНС. За його даними": the office
        if found.gender not in genders and not (found.gender == "m" and "n" in genders):
            return None
        return Found(other.speaker, "organisation", "organisation", via=found.via,
                     cue=found.cue, offset=found.offset)  # fmt: skip

    def _person_named_since(self, start: int, offset: int, gender: str | None) -> bool:
        """Is a person of the pronoun's gender named between ``start`` (the end of the unit a
        body spoke in) and the pronoun at ``offset``? The last speaker alone does not say: a
        person the article only mentions ("Пострадавшая Анна Петрова обратилась в суд") is
        the nearer owner of "её словам" than the body before her."""
        for at, name, _ in self.people.mentions:
            if start <= at < offset and self.people.gender.get(self.people.resolve(name)) == gender:
                return True
        return False

    def _it_named(self, unit: Unit, found: Found) -> Found | None:
        """ "It" that no organisation speaking just before explains: the organisation named
        last before it. After the words it reports ("There will be no ferries to Penby, it
        said"), never one those words name, and the one the sentence before was about (its
        main clause's subject) before one that sentence only mentions ("The Board fined Acme
        and Brill. These are its first fines, it said": the Board)."""
        opening = found.offset - unit.start <= 2
        before = found.offset if opening else unit.start
        earlier = [(at, name) for at, name in self.orgs if at < before]
        if not earlier:
            return None
        at, name = earlier[-1]
        if found.offset - self._company_since(at, before) >= _IT_REACH:
            return None
        if not opening and self.prior is not None:
            last, about = self.prior
            mentions = [(a, n) for a, n in earlier if n == about and a >= last.start]
            if (
                mentions
                and unit.paragraph - last.paragraph <= 1
                and not self.people.is_known(about or "")
            ):
                at, name = mentions[-1]
        return Found(name, "organisation", "organisation", via=found.via, cue="it", offset=at)

    def _company_since(self, at: int, before: int) -> int:
        """Where the company named at ``at`` was last called "the company" or "the firm"
        before ``before`` (else ``at``): a results story names the company once and then goes
        on about "the company" for paragraphs, and its "it expects …" is still the company's
        ("X posted a profit … The company earned … The company beat … it expects …")."""
        last = at
        for match in _THE_COMPANY.finditer(self.layout.body, at, before):
            last = match.start()
        return last

    def _prior_subject(self, unit: Unit, found: Found) -> Found | None:
        """ "The drivers' union Aslef has put out a statement blaming London Underground. It
        says …": "It" opening a sentence is the organisation the sentence before was about
        (its main clause's subject, by its name), not the last one it mentions."""
        if found.speaker != "it" or self.prior is None:
            return None
        before, name = self.prior
        if not name or not name[:1].isupper():
            return None
        opening = self.layout.body[found.offset : found.offset + 3]
        if opening not in ("It ", "it ") or unit.paragraph - before.paragraph > 1:
            return None
        if found.offset - unit.start > 2 or self.people.is_known(name):
            return None  # (only a sentence's own first word: "It says", never "…, it said")
        return Found(name, "organisation", "organisation", via=found.via, cue="it",
                     offset=before.start)  # fmt: skip

    def _owner(self, unit: Unit, found: Found) -> Found | None:
        """ "Marlow Foods cut 300 jobs, according to its annual report": the organisation
        named last before the possessive (the sentence's own subject first), whoever spoke."""
        own = self.subjects.get(unit.start)  # ("its" is never a person: the subject owns
        if own and own in unit.text:  # it, whatever the recogniser took its name for)
            at = unit.start + unit.text.index(own)
            if at < found.offset:
                return Found(own, "organisation", "organisation", via=found.via, cue="its",
                             offset=at)  # fmt: skip
        earlier = [(at, name) for at, name in self.orgs + self.org_subjects if at < found.offset]
        earlier = [(at, name) for at, name in earlier if not self.people.is_known(name)]
        earlier = [(at, _whole_body(name, earlier)) for at, name in earlier]  # ("the Corby
        # licensing board": the board, never the place inside it the recogniser took for one)
        spoken_of = self._named_by_noun(unit, found.offset)
        if spoken_of is not None:  # "Ticket sales for last year's festival rose, according
            return Found(
                spoken_of[1],
                "organisation",
                "organisation",
                via=found.via,
                cue="its",
                offset=spoken_of[0],
            )  # to its accounts": the festival
        if not earlier:
            return None
        at, name = max(earlier)
        if found.offset - at >= _IT_REACH:
            return None
        return Found(name, "organisation", "organisation", via=found.via, cue="its", offset=at)

    def _named_by_noun(self, unit: Unit, before: int) -> tuple[int, str] | None:
        """The organisation a unit speaks of by the common noun its name ends with ("last
        year's festival" for the "Harbourside Festival" named before): (offset, name) of its
        latest mention, when exactly one such organisation fits."""
        text = self.layout.body[unit.start : before]
        nouns = set(_DEFINITE_NOUN.findall(text))
        named = [(at, name) for at, name in [*self.orgs, *self.org_subjects,
                                             *self.openers.items()]
                 if at < unit.start and not self.people.is_known(name)
                 and name not in self.places and " " in name]  # fmt: skip
        fits = [(at, name) for at, name in named
                if name.split()[-1].lower() in nouns]  # fmt: skip
        if len({name for _, name in fits}) != 1:
            return None
        return max(fits)

    def _kin(self, unit: Unit, found: Found) -> Found | None:
        """ "his wife told him" -> "Whitcomb's wife" (the person "his" stands for); "the woman
        told officers" -> the person the last "his wife"/"her husband" before it named."""
        noun, at, gender = found.phrase or found.speaker or "", found.offset, found.gender
        if found.cue == THE_PERSON:
            relations = [m for m in _RELATION.finditer(self.layout.body, 0, found.offset)
                         if _relation_gender(m.group(2)) == gender]  # fmt: skip
            if not relations:
                return Found(f"the {noun}", "vague", cue=found.cue, offset=found.offset)
            last = relations[-1]
            noun, at = last.group(2).lower(), last.start()
            gender = "m" if last.group(1).lower() == "his" else "f"
            owner = self.people.antecedent(at, gender) or self._named_next(at)
        else:
            pointer = Found("he" if gender == "m" else "she", "pronoun", offset=at, gender=gender)
            resolved = self._pronoun(unit, pointer)
            owner = resolved.speaker if resolved is not None else None
            again = self.relations.get((noun, gender))
            if (
                (not owner or owner.endswith(_RELATION_ENDINGS))
                and again is not None
                and unit.paragraph - again[0] <= 2
            ):  # the same relation named again when "her" finds no one, or finds a relation
                owner = again[1]  # (he is no "son's son"): the same person
            if owner:
                self.relations[(noun, gender)] = (unit.paragraph, owner)
        if not owner:
            return Found(f"the {noun}", "vague", cue=found.cue, offset=found.offset)
        self.people.note_gender(self.people.resolve(owner), gender)  # "his wife": a man's
        spouse = self._spouse(owner, noun)
        if spouse is not None:  # "Her husband says" after "Ewan Halcrow … with his wife Morag"
            return Found(spouse, PERSON, PERSON, via=found.via, cue="relation",
                         offset=found.offset)  # fmt: skip
        surname = owner.split()[-1]
        return Found(f"{surname}'s {noun}", PERSON, PERSON, via=found.via, cue="relation",
                     offset=found.offset, gender=_relation_gender(noun))  # fmt: skip

    def _titled_person(self, name: str) -> str | None:
        """The person an organisation's "name" ends with after a title or role word, when
        the article introduced that person in full elsewhere ("Battalion Chief Ruben Torres",
        "Chair Ann Lowe": the recogniser kept the title in the name and typed the whole a
        body's)."""
        words = name.split()
        if self.cyrillic or len(words) < 3:
            return None
        for cut in range(1, len(words) - 1):
            tail = " ".join(words[cut:])
            if words[cut - 1].lower() not in _TITLES or _ends_a_body(tail) or "'" in tail:
                continue  # (never "Public" of "Public Health England": no title; never
                # "Edith's County" of "Police in Queen Edith's County": a body's name)
            if any(full == tail for _, full in self.people.full):
                return tail
        return None

    def _short_body(self, name: str, at: int) -> bool:
        """One word the article named a body with before, as its first word ("Skyhaven
        said" after "Skyhaven Air cancelled 548 flights", "Dalworth" after "Dalworth Motors
        Corp."), and no person it introduced: the body by its short name, whatever the
        recogniser took the word for."""
        if not name or " " in name or self.cyrillic or self.people.is_known(name):
            return False
        named = [*self.orgs, *self.org_speakers, *((0, body) for body in self.bodies)]
        return any(n < at and body.startswith(f"{name} ") for n, body in named)

    def _spouse(self, owner: str, noun: str) -> str | None:
        """The person the article introduced with the inverse relation: "her husband" of Morag
        Halcrow is whoever "his wife Morag" belonged to ("Ewan Halcrow, who lives here with his
        wife Morag")."""
        inverse = _SPOUSES.get(noun)
        first = owner.split()[0]
        if inverse is None:
            return None
        pattern = rf"\b(?:his|her)\s+{inverse},?\s+{re.escape(first)}\b"
        match = re.search(pattern, self.layout.body)
        if match is None:
            return None
        gender = "m" if match.group().lower().startswith("his") else "f"
        return self.people.antecedent(match.start(), gender)

    def _named_next(self, at: int) -> str | None:
        """The first full name just after a lead's "his wife" ("The sheriff … involving his
        wife. Sheriff Dale Whitcomb, 56, …"): a lead names its subject in the next sentence."""
        after = [(where, name) for where, name in self.people.full if at < where < at + _LEAD]
        return min(after)[1] if after else None

    def _epithet(self, unit: Unit, found: Found) -> Found | None:
        """ "the Spaniard said", "the 45-year-old added": the person just quoted or spoken of
        (within a paragraph), else the nearest full name before it."""
        last, topic = self.last, self.topic
        if last is not None and last.speaker and unit.paragraph - last.paragraph <= 1:
            name: str | None = last.speaker
        elif topic is not None and unit.paragraph - topic[0].paragraph <= 1:
            name = topic[1]
        else:
            name = self.people.antecedent(found.offset, None)
        if name is None:
            return None
        return Found(name, PERSON, PERSON, via=found.via, cue=found.cue or "epithet",
                     offset=found.offset)  # fmt: skip

    def _antecedent(self, unit: Unit, found: Found) -> Found | None:
        """ "the coroner said" -> the person introduced as coroner; "the company said" -> the
        organisation the article last named (else the phrase itself)."""
        if found.kind == "role":
            return self._holder(found)
        noun = (found.speaker or "").lower().split()[-1:]
        if noun and noun[0] in _COMPANY_NOUNS and self.issuer:  # a release's "the company"
            return self._as_body(found, self.issuer, found.offset)  # is its issuer
        own = self._own_subject(unit, found, noun)
        if own is not None:
            return own
        earlier = [(at, name) for at, name in self.orgs if at < found.offset]
        earlier += [(at, name) for at, name in self.org_subjects if at < found.offset]
        earlier += [(at, name) for at, name in self.org_speakers if at < found.offset]
        spoke = {name for _, name in self.org_speakers}  # (an organisation that spoke stays
        earlier = [(at, name) for at, name in sorted(earlier)  # one, whatever the recogniser
                   if found.offset - at < 3000  # took a mention of its name for)
                   and name not in (found.speaker or "")  # (never "Championship"
                   # for "the Championship club")
                   and _head_word(name.lower().split()) not in PLAN_HEADS  # (nor a plan)
                   and (name in spoke or name in self.bodies
                        or not self.people.is_known(name))]  # fmt: skip
        noun = (found.speaker or "").lower().split()[-1:]
        if noun and noun[0] in PUBLIC_BODY_NOUNS:  # ("the agency said" is never the launch
            earlier = self._public_bodies(earlier)  # company named beside it, nor the town)
        elif noun and noun[0] in _COMPANY_NOUNS:  # ("the company's chief executive said" is
            earlier = [(at, name) for at, name in earlier if name not in NATIONS]  # never the
            # country a headline had speak, "Ukraine reports heavy fighting"; a company the
            # recogniser took for a place may be: "Wessex Vale Water", so by the nations' list)
        if noun and noun[0] in BUSINESS_NOUNS and noun[0] not in MEDIA_NOUNS:  # ("The company
            earlier = [(at, name) for at, name in earlier if not is_outlet(name)] or earlier
            # said" after "X fell after the Harwell Ledger reported …" is X, never the paper
            # that reported on it; an outlet when no other body is named)
        kind = [(at, name) for at, name in earlier  # "Norway's foreign ministry says …":
                if name in spoke and noun and name.lower().split()[-1:] == noun
                and _owned(name)]  # fmt: skip
        # "the ministry said" later is the ministry that spoke, whatever its capitals (a body
        # named by its owner; never a description: "US agency says")
        if found.via:  # "Nasdaq volumes fell, Villiers said the company told analysts": the
            relayed = found.via.split()[-1:]  # company is neither who passes it on nor what
            earlier = [(at, name) for at, name in earlier  # the words are about
                       if name.split()[-1:] != relayed and at < unit.start]  # fmt: skip
        earlier = _by_fuller_name(earlier, noun)
        named = [(at, name) for at, name in earlier if not name.split()[-1][:1].islower()]
        earlier = named or [(at, name) for at, name in earlier if _headed_by(name, noun)]
        # ("Europe's largest data provider held a meeting …": a description the article gave
        # its subject, never the name "the company" stands for; a description ends on a
        # lower-case noun, a name on a capital or a number: "Channel 4"; a description stands
        # only for its own noun: "the authority" is never a headline's "Harbour council")
        called = [(at, name) for at, name in earlier
                  if noun and noun[0].capitalize() in name.split()
                  and not _other_kind(name, noun)]  # fmt: skip
        called = sorted(set(called + kind))
        kinded = [(at, name) for at, name in earlier if not _other_kind(name, noun)
                  and not self._described_otherwise(name, noun)]  # fmt: skip
        if earlier and not kinded and not called:  # "the club" after only "League Two": the
            kinded = self._lede_subject(unit, noun)  # lede's subject the recogniser missed
            if not kinded:  # ("Redbridge Town have sacked …"), else as written: a body of
                return self._unrecognised_company(unit, found) or _as_written(found)
            # (another kind never is it)
        earlier = kinded or earlier  # fmt: skip
        if noun and noun[0] in PRESS_NOUNS:  # "The paper says": the newspaper named before
            earlier = [(at, name) for at, name in earlier if is_outlet(name)] or earlier
        elif noun and noun[0] in PLACE_BODY_NOUNS:  # "the county's records": a county only
            earlier = []  # by a name that says so, else as written
        elif not any(at >= unit.start for at, _ in earlier):  # "The series premieres on
            # HBO, the network said": the one its own sentence names; else, after "According
            # to Peakform, the app does not collect Social Security numbers", one that spoke
            # or a sentence was about before one only mentioned
            actors = {name for at, name in self.org_speakers + self.org_subjects}
            earlier = [(at, name) for at, name in earlier if name in actors] or _most_named(
                earlier
            )  # (none spoke or led a sentence: the one the article names most, its subject)
        if called or earlier:  # "the council" is the Borough Council named before, if any
            at, name = (called or earlier)[-1]
            return Found(name, "organisation", "organisation", found.affiliation,
                         found.via, found.cue, at)  # fmt: skip
        return self._unrecognised_company(unit, found) or _as_written(found)

    def _own_subject(self, unit: Unit, found: Found, noun: list[str]) -> Found | None:
        """ "Brackwater Town have sacked their coach, the club said": a body's noun that
        reports its own sentence stands for the body that sentence opens with as its subject
        (``Reader.opening_subject``, ``Reader.agreeing_body``), before any name the reported
        clause mentions (the coach it sacked); never a place, a person the article introduced,
        or a body whose name says another kind ("Harlow Council" for "the club")."""
        name = self.openers.get(unit.start)
        if not name or not noun or found.offset <= unit.start + len(name):
            return None
        if name in self.places or (self.people.is_known(name) and name not in self.bodies):
            return None
        if _other_kind(name, noun) or noun[0] not in BODY_NOUNS | _COMPANY_NOUNS:
            return None
        return self._as_body(found, name, unit.start)

    def _public_bodies(self, earlier: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """The mentions "the agency", "the council" or "the ministry" may stand for: no
        company's (``_a_company``), nor a short form of one ("Pellory" for "Pellory Analytics"),
        nor a one-word name the article writes as a place ("in Tarnwick": the town, not its
        council, whatever the recogniser typed it) unless it also names a body by it
        ("Tarnwick council", "Tarnwick County Council")."""
        companies = {name for _, name in self.orgs if self._a_company(name)}
        return [(at, name) for at, name in earlier
                if not any(company.startswith(name + " ") for company in companies)
                and not self._a_company(name)
                and not self._only_a_place(name)]  # fmt: skip

    def _only_a_place(self, name: str) -> bool:
        """Whether a one-word name is written as a place ("in Tarnwick") and never as a
        public body's own name ("Tarnwick council", "Tarnwick County Council")."""
        if " " in name:
            return False
        body, word = self.layout.body, re.escape(name)
        if re.search(rf"\b{word}(?:'s|’s)?(?: [A-Z][\w-]*)? (?i:{_PUBLIC_BODY})\b", body):
            return False
        return re.search(rf"\bin {word}\b", body) is not None

    def _lede_subject(self, unit: Unit, noun: list[str]) -> list[tuple[int, str]]:
        """ "The club said" when the only organisations named before are of another kind
        ("League Two"): the proper name the headline or lede is about ("Redbridge Town have
        sacked …"), when the recogniser missed it as an organisation; never a person or a
        place, and nothing for a noun of a kind its name does not show."""
        if not noun or noun[0] in BODY_KINDS:  # ("the council": a name that says council)
            return []
        return [(at, name) for at, name in self.lede_subjects
                if at < unit.start and name not in self.places
                and not self.people.is_known(name) and not _other_kind(name, noun)]  # fmt: skip

    def _unrecognised_company(self, unit: Unit, found: Found) -> Found | None:
        """ "The company said" when no organisation the recogniser found fits: the company
        whose name it took for a person's or missed ("Tarvane Robotics said …", "Dunmoor
        Mining will shut …"), the nearest such name before the noun (or, in a lede with none
        before, the first in the next paragraph: "…, the company that built it said.
        Tarvane Robotics said …"). A name counts when the article shortens it to its first
        word, as news does a company ("Tarvane's shares", "a Tarvane spokesman"), never to
        its last, as it does a person; never a name with a gender, a title or a given name."""
        noun = (found.speaker or "").lower().split()[-1:]
        if self.cyrillic or not noun or noun[0] not in _COMPANY_NOUNS:
            return None
        mentions = [(at, name) for at, name, _ in self.people.mentions]
        mentions += [(at + self.layout.body[at:].find(name), name)
                     for at, name in self.openers.items()]  # fmt: skip
        names = sorted({(at, name) for at, name in mentions
                        if at >= 0 and self._shortened_as_company(name)})  # fmt: skip
        before = [(at, name) for at, name in names
                  if at < found.offset and found.offset - at < 3000]  # fmt: skip
        lede = unit.paragraph <= self._lede_paragraph
        after = [(at, name) for at, name in names
                 if found.offset < at < unit.end + _LEAD] if lede else []  # fmt: skip
        if before:
            at, name = before[-1]
        elif after:
            at, name = after[0]
        else:
            return None
        return Found(name, "organisation", "organisation", found.affiliation, found.via,
                     found.cue, at)  # fmt: skip

    @cached_property
    def _lede_paragraph(self) -> int:
        """The paragraph of the article's lede, with its headline, deck and byline above it
        (the paragraph of the first unit of more than twelve words)."""
        return min((u.paragraph for u in self._units if len(u.text.split()) > 12), default=0)

    def _shortened_as_company(self, name: str) -> bool:
        """Whether a two- or three-word capitalised name is a company's by how the article
        writes it: its first word also alone ("Tarvane said", "Tarvane's shares") or "which"
        after it, never "who" ("Tarvane Robotics, which …"), its last word never alone (a
        person's surname is), and no gender, title or given name."""
        words = name.split()
        if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
            return False
        if name in self.places or self.people.gender.get(name) or self.people.has_role(name):
            return False
        if words[0].lower() in GIVEN_NAMES or words[0] in TITLE_WORDS:
            return False
        form = self._company_form.get(name)
        if form is None:
            form = self._company_form[name] = self._written_as_company(name)
        return form

    def _written_as_company(self, name: str) -> bool:
        """The body test of ``_shortened_as_company``: its first word alone somewhere (or
        "which" after the name), its last never. Cached by name: the body is fixed, while the
        gender, title and role checks stay outside (a Russian or Ukrainian article adds
        genders as it is read)."""
        words = name.split()
        body, first, last = self.layout.body, re.escape(words[0]), re.escape(words[-1])
        rest = re.escape(" ".join(words[1:]))
        alone = re.search(rf"\b{first}\b(?!\s+{rest})", body) or re.search(
            rf"\b{re.escape(name)},\s+which\b", body
        )  # ("Minera Tolsa, which owned the dam, said": a thing's relative pronoun)
        surname = re.search(rf"(?<!{re.escape(words[-2])} )\b{last}\b(?!\s+[A-Z])", body)
        # (a surname alone, never a word of another name: "Mining Correspondent")
        return alone is not None and surname is None

    def _officials_of(self, found: Found) -> Found | None:
        """ "fire officials said", "Airport officials blamed …" when the article names the
        body the word before "officials" belongs to ("the Ostrey County Fire Department",
        "Halden International Airport"): unnamed members of that body, anonymous and
        affiliated to it (README); "company officials", "agency executives" the one body of
        that kind the article names (``_of_kind``); with no such body named, or two, a group at
        large (vague)."""
        words = (found.speaker or "").split()
        if len(words) < 2 or words[-1].lower() not in STAFF_HEADS | EXAMINER_HEADS:
            return None
        body = self._body_qualified(words[:-1], found)
        if body is None:
            return None
        return Found(found.speaker, "anonymous", PERSON, body, found.via, found.cue,
                     found.offset)  # fmt: skip

    def _body_qualified(self, qualifiers: list[str], found: Found) -> str | None:
        """The one body the article names that the words before a staff's or a spokesperson's
        noun say they belong to ("fire officials", "council spokesperson", "company
        officials"): a body whose name holds every such word, else one whose name holds one
        and says what kind of body it is (a county, district by a longer name), else the one
        body of the kind the last word says (``_of_kind``, ``_shown_kind``). None when the
        article names none, or two (which one is not said)."""
        whole = self._named_with_all(qualifiers)
        if whole is not None:  # "District water officials": "Fallow District Water Board",
            return whole  # not its council nor a national authority
        bodies = []
        for word in qualifiers:
            if word.isalpha():  # (the recogniser may take an airport for a facility)
                named = re.finditer(_NAME_AROUND.format(re.escape(word.capitalize())),
                                    self.layout.body)  # fmt: skip
                names = [" ".join(_from_the_name(m.group().split())) for m in named]
                if word.lower() in PLACE_BODY_NOUNS:  # "county officials": the one county
                    bodies += [
                        name
                        for name in names  # named ("Harlow County")
                        if len(name.split()) >= 2 and name.split()[-1] == word.capitalize()
                    ]
                    continue
                bodies += [name for name in names if _body_named(name) and _staffed_by(name, word)]
        if not bodies:  # ("company officials": no name says "Company")
            kind = qualifiers[-1].lower()
            bodies = self._of_kind(kind) or self._shown_kind(kind, found)
        if len(set(bodies)) != 1:  # (two bodies with that word: which one is not said)
            return None
        return bodies[0]

    def _qualified_source(self, found: Found) -> Found:
        """ "A council spokesperson said", "a zoo spokeswoman", "One company official": an
        unnamed source whose noun is qualified by the kind of body it speaks for is tied to the
        one body of that kind the article names (``_body_qualified``, as "council officials"
        are; README item 7), never to a sector; initials there ("A PSNI spokesperson",
        ``Reader.affiliation``) are the body they stand for when the article spells them out.
        Unchanged when the article names no such body, or two."""
        words = (found.speaker or "").split()
        if len(words) < 3 or words[0].lower() not in ("a", "an", "one"):
            return found
        if words[-1].lower() not in ANONYMOUS_HEADS:
            return found
        qualifiers = words[1:-1]
        if not all(w.isalpha() and w.islower() for w in qualifiers):
            return found
        body = self._body_qualified(qualifiers, found)
        return replace(found, affiliation=body) if body is not None else found

    def _shown_kind(self, noun: str, found: Found) -> list[str]:
        """The bodies named before ``found`` whose name shows the kind ``noun`` says by a word
        of it, not its last ("union officials" after "the Harbour Workers Federation" or "the
        United Mine Workers of America": ``KIND_NAME_WORDS``), as "the union said" reads them
        (``_cast``); empty for a noun with no such words. Two such bodies: both (unsure)."""
        shown = KIND_NAME_WORDS.get(noun, frozenset())
        if not shown:
            return []
        earlier = self.orgs + self.org_speakers + self.org_subjects
        return sorted(
            {
                name
                for at, name in earlier
                if at < found.offset
                and len(name.split()) >= 2
                and shown.intersection(name.lower().split())
                and self._of_the_kind(name, noun, shown)
            }
        )

    def _of_the_kind(self, name: str, noun: str, shown: frozenset[str]) -> bool:
        """Whether a body whose name holds a word of the kind ``noun`` says is of that kind:
        for a union, what the article says the body is (``_union_said``) first; else its
        name (``_kind_shown``: "Brackley Workers United" is a union, "Charity Commission" no
        trust, a "… Cooperative" no union)."""
        if noun == "union":
            said = self._union_said(name)
            if said is not None:
                return said
            words = name.lower().split()
            if _head_word(words) in COOPERATIVE_HEADS or any(
                w.removesuffix("s") in EMPLOYER_WORDS for w in words
            ):  # ("Kelso Workers Cooperative", "Tarrow Valley Employers Federation": the
                return False  # name's own words of whose body it is, as "employers' group")
        return _kind_shown(name, shown)

    def _union_said(self, name: str) -> bool | None:
        """Whether the article says the body named ``name`` is a union (review31a): a union
        when it calls it one ("the Harbour Porters Federation, the union that represents dock
        staff"), none when it calls it an employers' or a trade's body or a body of another
        kind ("an employers' group", "which represents haulage firms", "is a cooperative");
        None when it says nothing of its kind (its name decides, as before)."""
        said = self._kinds_said.get(name, set())
        if "employer" in said:
            return False
        if "union" in said:
            return True
        other = said & (BODY_NOUNS | BUSINESS_NOUNS | COOPERATIVE_HEADS)
        return False if other - KIND_NAME_WORDS["union"] else None

    @cached_property
    def _kinds_said(self) -> dict[str, set[str]]:
        """``_Parsed.kinds_said``, read once per article."""
        return self.parsed.kinds_said()

    def _named_with_all(self, qualifiers: list[str]) -> str | None:
        """The one body the article names (a name it reads as an organisation's, never a
        headline's capitalised run) that holds every word qualifying "officials" when there are
        two or more ("district water officials" -> "Fallow District Water Board"), and more than
        those words; None when no body or several do."""
        wanted = [w.capitalize() for w in qualifiers if w.isalpha()]
        if len(wanted) < 2 or len(wanted) != len(qualifiers):
            return None
        bodies = {name for _, name in self.orgs + self.org_speakers + self.org_subjects}
        named = re.finditer(_NAME_AROUND.format(re.escape(wanted[0])), self.layout.body)
        names = {" ".join(_from_the_name(m.group().split())) for m in named} & bodies
        fits = {n for n in names if set(wanted) <= set(n.split()) and len(n.split()) > len(wanted)}
        return fits.pop() if len(fits) == 1 else None

    def _of_kind(self, noun: str) -> list[str]:
        """The bodies the article names that are of the kind a staff's noun says: for
        "company" or "firm", the names that show a company (``_a_company``); for a public
        body's broad noun ("agency", "authority"), every body named that shows no company.
        Never a person, a place or an outlet; a short form of a longer name ("Kestrine" beside
        "Kestrine Freight") counts once. Empty for any other noun."""
        if noun not in COMPANY_KIND_NOUNS and noun not in BROAD_BODY_NOUNS:
            return []
        # (a business by what the article calls it counts even where the recogniser said person)
        named = {name for _, name in self.orgs
                 if name in self.bodies or not self.people.is_known(name)}  # fmt: skip
        names = {n for n in named | self._called_names if n not in self.places and not is_outlet(n)}
        names = {n for n in names if not any(o.startswith(n + " ") for o in names)}
        company = noun in COMPANY_KIND_NOUNS
        return sorted(name for name in names if self._a_company(name) == company)

    @cached_property
    def _called_names(self) -> frozenset[str]:
        """The names the body calls a business right after them (``_CALLED_NAME``): read
        once per article, not once per "the agency said" or staff's noun."""
        return frozenset(m.group(1) for m in _CALLED_NAME.finditer(self.layout.body))

    def _a_company(self, name: str) -> bool:
        """Whether the article shows ``name`` is a company: its name ends on a company's word
        or a legal form ("Whitlow Retail", "Brenn Ltd"), the article calls it a business in
        apposition ("the insurer Brenn") or says so ("Brenn is one of two companies …", "Brenn,
        a software company,", "X and Brenn, two of the largest insurers": the names
        ``_CALLED_NAME`` finds, ``_called_names``)."""
        words = name.split()
        if is_company_name(words) or is_legal_form(words[-1]) or name in self.parsed.companies():
            return True
        if any(n == name for noun in BUSINESS_NOUNS for _, n in self.descriptors.get(noun, [])):
            return True
        return name in self._called_names

    def _officers(self, found: Found) -> Found | None:
        """ "Troopers said 17 people were hurt": the one force the article names by a police
        noun ("Idaho State Police", "Montana Highway Patrol"), as "the force said" is
        (convention 48); None when it names none or several."""
        words = (found.speaker or "").lower().split()
        if len(words) != 1 or words[0] not in _kin_nouns("police") - _POLICE_SOURCES:
            return None
        return self._cast(replace(found, speaker=words[0], kind="organisation"), words[0])

    def _force_staff(self, unit: Unit, found: Found) -> Found | None:
        """ "Officers said …", "Detectives believe …", "Investigators said …": a force's people
        as a bare plural speak for the one law-enforcement body the article names whole (a
        police force, a sheriff's office; before or after them), as "police said" and "deputies
        said" do (convention 48, ``FORCE_STAFF_NOUNS``). None when it names none or several,
        when it names another body with officers or investigators of its own (a council, a
        fire service, an accident bureau: ``OTHER_STAFFED_BODY_RE``; whose people they are is
        not said), or when they tell what they did themselves ("Officers say they chased the
        car": parties to the story, convention 23). Only the bare plural: "the officers" are
        the ones the story is about (a court report's), not the force's voice."""
        word = found.speaker or ""
        if word.lower() not in plural_nouns(FORCE_STAFF_NOUNS) or _THEMSELVES.search(unit.text):
            return None
        bodies = self._force_names() | self._sheriffs_offices()
        if len(bodies) != 1 or self._other_staffed_body():
            return None
        return Found(bodies.pop(), "organisation", "organisation", via=found.via,
                     cue=found.cue, offset=found.offset)  # fmt: skip

    def _other_staffed_body(self) -> bool:
        """Whether the article names a body with officers or investigators of its own besides
        its police force or sheriff's office ("Tolley District Council", "the Air Accidents
        Investigation Branch"): a name overlapping the force's own ("Kelder Police Service",
        "the Harlan County Sheriff's Office") is the force."""
        body = self.layout.body
        own = [m.span() for m in (*FORCE_NAME_RE.finditer(body), *_SHERIFFS_OFFICE.finditer(body))]
        return any(
            not any(start < m.end() and m.start() < end for start, end in own)
            for m in OTHER_STAFFED_BODY_RE.finditer(body)
        )

    def _sheriffs_offices(self) -> set[str]:
        """Every sheriff's office the article names in full ("the Harlan County Sheriff's
        Office": its name without the article)."""
        names = set()
        for match in _SHERIFFS_OFFICE.finditer(self.layout.body):
            words = match.group(0).split()
            while words and words[0] in STOP_CAPS:
                words = words[1:]  # ("The Harlan County …")
            names.add(" ".join(words))
        return names

    def _deputies(self, unit: Unit, found: Found) -> Found | None:
        """ "…, deputies said": a sheriff's deputies speak for the one sheriff's office the
        article names in full ("the Harlan County Sheriff's Office"), as troopers do for their
        force (convention 48); deputies telling what they did themselves ("Deputies say they
        took him to the ground") stay a group (convention 23). None when it names none or
        several."""
        words = (found.speaker or "").split()
        if not words or words[-1].lower() != "deputies" or _THEMSELVES.search(unit.text):
            return None
        names = self._sheriffs_offices()
        if len(names) != 1:
            return None
        if not set(words[:-1]) <= set(next(iter(names)).split()):
            return None  # ("Cypresswick County deputies": the office of that county; never
            # "Harlan County deputies" beside the one named office of another county)
        return Found(names.pop(), "organisation", "organisation", via=found.via,
                     cue=found.cue, offset=found.offset)  # fmt: skip

    def _organisers(self, unit: Unit, found: Found) -> Found | None:
        """ "The Calder Marathon will use a new route …, organisers said": organisers speak for
        the event or body they run, which their sentence opens with (a proper name, never a
        person or a place); "Organisers said" later on is the same one; "organisers of <Name>"
        are that name, and organisers or "the event's committee" whose sentence names nothing
        are the one event the article named before (``_organised_event``, the headline
        included). Organisers of nothing the article names stay a group at large."""
        words = (found.speaker or "").lower().split()
        if words[:1] == ["the"]:
            words = words[1:]
        if len(words) > 2 and words[0] in ORGANISER_NOUNS and words[1] == "of":
            named = _from_the_name([w for w in (found.speaker or "").split()[-len(words) + 2 :]
                                    if w != "the"])  # fmt: skip
            if not named or not all(w[:1].isupper() or w in _JOINERS for w in named):
                return None  # ("organisers of the Red Hill Marathon": the marathon)
            self.organised = " ".join(named)
            return Found(self.organised, "organisation", "organisation", via=found.via,
                         cue=found.cue, offset=found.offset)  # fmt: skip
        if words[-1:] == ["committee"] and len(words) <= 2:
            of = _COMMITTEE_OF.match(self.layout.body, found.offset)
            event = of.group(1) if of is not None and len(words) == 1 else words[0]
            event = re.sub(r"['’]s$", "", event.lower())  # ("the show's committee", "the
            if event not in EVENT_NOUNS:  # show committee", "the committee of the show")
                return None
            words = [event, "organisers"]  # (an event's committee: its organisers)
        if not words or words[-1] not in ORGANISER_NOUNS or len(words) > 2:
            return None
        name = self.openers.get(unit.start)
        if name is None or name in self.places or self.people.is_known(name):
            pointed = len(words) == 2 and re.sub(r"['’]s$", "", words[0]) in EVENT_NOUNS
            name = self.organised or self._organised_event(unit, found, pointed)
        if name is None:
            return None
        self.organised = name
        return Found(name, "organisation", "organisation", via=found.via, cue=found.cue,
                     offset=found.offset)  # fmt: skip

    def _organised_event(self, unit: Unit, found: Found, pointed: bool) -> str | None:
        """The event organisers speak for when neither their sentence nor an earlier one said
        ("Organisers say …" after a headline and lede that named "the Kelderby Regatta"): the
        one event the article names before them, its headline included, by "organisers of
        <Name>" or by a capitalised name an event's noun heads (``EVENT_NOUNS``, read as
        ``_headed_bodies`` reads a body's head noun). Two events: None (which one is not
        said), and the organisers stay a group.

        An event named only in passing is not what every organiser runs ("The march …
        passed the car park the Dunmore Charity Fair uses. Organisers said …"): an event
        named by its noun alone is theirs when their own phrase points to it by an event's
        noun ("race organisers", "the show's committee"), or when the headline, their own
        paragraph or the one before names it and nothing before them told of an unnamed
        gathering or stoppage of people (``events.EVENTS``' protest and walkout words: a
        march, a protest, a strike has organisers of its own)."""
        if self.cyrillic:
            return None
        body = self.layout.body
        before = body[: found.offset]
        runs = [(m.start(1), m.group(1), True) for m in _ORGANISERS_OF.finditer(before)]
        for noun in EVENT_NOUNS:
            headed = _HEADED_NAME.format(re.escape(noun.capitalize()))
            runs += [(m.start(), _whole_name(before, m), False)
                     for m in re.finditer(headed, before)]  # fmt: skip
        named = [
            (at, " ".join(_from_the_name([w for w in run.split() if w != "the"])), of)
            for at, whole, of in runs
            for run in _bodies_named(whole, body)
        ]
        named = [n for n in named if len(n[1].split()) >= 2]  # (the recogniser often takes
        # "Kelderby Regatta" for a person's name: the event's noun says what it is)
        names = {n for _, n, _ in named}
        names = {n for n in names if not any(o.endswith(" " + n) for o in names)}
        if len(names) != 1:
            return None
        name = names.pop()
        mine = [(at, of) for at, n, of in named if n == name or name.endswith(" " + n)]
        if pointed or any(of for _, of in mine):
            return name
        headline = bisect.bisect_right(self.layout.starts, self.first)
        near = {headline, unit.paragraph, unit.paragraph - 1}
        if not any(bisect.bisect_right(self.layout.starts, at) in near for at, _ in mine):
            return None
        told = body[: unit.end].replace(name, " ")
        head = name.split()[-1].lower()  # ("the rally" for "the Manx Rally" is no protest)
        return None if any(m.group().lower() != head for m in _GATHERINGS.finditer(told)) else name

    def _described(self, unit: Unit, found: Found) -> Found | None:
        """ "the regulator said" -> the organisation the article described as the regulator
        ("the regulator Ofreg", "Ofreg, the energy regulator"); "the body said", "the
        forecaster said" -> the organisation that spoke or led a sentence in this paragraph
        or the one before (such a noun says nothing of the body's kind). None when the
        article gives no such organisation."""
        phrase = found.speaker or ""
        if not phrase or not phrase.islower() or found.kind not in ("definite", "organisation"):
            return None
        noun = phrase.split()[-1]
        cast = self._cast(found, noun) or self._by_qualifier(found, phrase)
        if cast is not None:
            return cast
        members = noun.removesuffix("s") if noun.removesuffix("s") in ARMED_GROUP_MEMBERS else noun
        described = [(at, name) for at, name in self.descriptors.get(members, [])
                     if at < found.offset]  # fmt: skip # ("the rebels": by "rebel")
        names = {name for _, name in described}
        headed = self._headed_bodies(found, noun)
        other = set(headed) - names
        if len(names) > 1 or (other and (names or len(other) > 1)):
            return None  # ("the news agency Vestpress … the Coastal Environment Agency …
            # the agency said": two bodies the noun fits, which one is not said)
        if not described and other:
            described = [(headed[name], name) for name in other]  # "Fenwick Ambulance Trust
            # … the trust said": the one body whose name the noun heads (README item 11)
        if not described and noun in FUNCTION_KINDS:
            described = self._by_function(found, noun)
        if not described and noun in BODY_DESCRIPTORS and found.cue in ("generic", ""):
            starts = self.layout.starts
            here = bisect.bisect_right(starts, unit.start)
            since = starts[max(0, here - 2)] if starts else 0
            described = [(at, name) for at, name in sorted(self.org_speakers + self.org_subjects)
                         if since <= at < unit.start and self._a_body(name)]  # fmt: skip
        if not described and noun in BODY_NOUNS:
            described = self._spoken_body(unit)
        if not described:
            return None
        at, name = described[-1]
        if noun in self.descriptors and self._named_since(at, found.offset, name, noun):
            return None  # ("the transport company Transgroup … Redline said … The company
            # said": the body named since may be the one meant)
        return Found(name, "organisation", "organisation", found.affiliation, found.via,
                     found.cue, at)  # fmt: skip

    def _headed_bodies(self, found: Found, noun: str) -> dict[str, int]:
        """The one head-noun rule (choice30's ``_described`` step and coref30's
        ``_named_by_head``, made one, read by ``_described`` only): a body's bare noun that
        no lexicon calls generic ("the trust", "the airport", "the museum") stands for a body
        named before whose capitalised name that noun heads ("the Kessfield Aviation Trust",
        "Orrin Valley Regional Airport"): news names a body in full once and then by its head
        noun. Returns name -> offset of its last mention before ``found``, read over the whole
        article whatever the recogniser typed the name (an airport is often a facility to it)
        and splitting two whole names joined by "and"; the caller takes it only when there is
        exactly one. Never a name of one word, a person's (a surname is no body's head noun:
        "Maya Church, a teacher," for "the church"), a country's, city's or region's ("Mexico
        City" for "the city"), nor the noun of a plan, a document or an area ("the county");
        an institution's noun ("the police", "the army") only for a name the recogniser read
        as a body's. Nothing when the article also describes another body with that noun
        ("the museum Vellacourt": ``_described`` counts those with these)."""
        if self.cyrillic or not noun.isalpha() or not noun.islower():
            return {}
        if noun in PLAN_HEADS | EN_DOCUMENT_NOUNS | PLACE_BODY_NOUNS:
            return {}
        body = self.layout.body
        headed = _HEADED_NAME.format(re.escape(noun.capitalize()))
        runs = (
            []
            if noun in INSTITUTIONS
            else [  # ("the police", "the ministry": only a
                " ".join(_from_the_name(_whole_name(body, m).split()))  # name the recogniser
                for m in re.finditer(headed, body[: found.offset])  # read as a body's, never a
            ]
        )  # capitalised run of the text: "Yesterday Kessian Army" is no force's name)
        names = {part for run in runs for part in _bodies_named(run, body)
                 if noun in _heads(part)}  # fmt: skip # ("X Trust and Y Trust": two bodies
        # the noun heads, though the recogniser made them one entity)
        names |= {part for at, name in self.orgs if at < found.offset
                  for part in _bodies_named(name, body)
                  if part.split()[-1].lower() == noun
                  or (noun not in INSTITUTIONS and _opened_by(part, noun))}  # fmt: skip
        # (a recognised name by its last word, or a name its noun opens before "of" and a
        # proper name, "the University of Kelmsford" for "the university"; never an
        # institution's: "Ministry of Defence" is no "the ministry" a story describes)
        names = {n for n in names if len(n.split()) >= 2 and not self._a_persons_name(n)
                 and not self._a_regions_name(n, noun)}  # fmt: skip
        known = {n for _, n in self.orgs + self.org_speakers + self.org_subjects} | self.places
        names = (names & known) or names  # (a name the recogniser read, not "Yesterday X Trust")
        names = {n for n in names if not any(o.endswith(" " + n) for o in names)}  # ("Valley
        # Regional Airport" of "Orrin Valley Regional Airport": one body, its longest name)
        return {n: body.rfind(n, 0, found.offset) for n in names}

    def _a_regions_name(self, name: str, noun: str) -> bool:
        """Whether ``name`` ends on a country's, state's or city's name that ``noun`` heads,
        so that the noun is the place's ("Panama City" in "Traders of Panama City"): no body
        the noun stands for ("… Review Board of Sweden" is a board)."""
        return any((name == region or name.endswith(" " + region))
                   and region.split()[-1].lower() == noun
                   for region in self.regions)  # fmt: skip

    def not_the_kind(self, unit: Unit, name: str, noun: str) -> bool:
        """Whether this engine's reading refuses ``name`` for the kind noun ``noun`` that
        ``unit``'s speaker was left as (``kinds.resolve`` asks before it resolves one): staff
        who tell what they did themselves (convention 23), a name the article makes a
        person's or a region's ("Corin Church, a retired teacher,"; "Panama City"), or a
        noun the article also sets beside another body ("the museum Vellacourt")."""
        if _THEMSELVES.search(unit.text):
            return True
        if self._a_persons_name(name) or self._a_regions_name(name, noun):
            return True
        described = self.descriptors.get(noun, [])
        return any(other != name and other not in name for _, other in described)

    def _a_persons_name(self, name: str) -> bool:
        """Whether the article makes ``name`` a person's: a person it introduced in full (or
        their surname), or a name the recogniser took for a body set beside a noun of a
        person, a "who" clause or a his/her (``_Parsed.persons_named_like_bodies``)."""
        return self.people.is_known(name) or name in self.personal

    def _spoken_body(self, unit: Unit) -> list[tuple[int, str]]:
        """ "Greenville Water said … The utility said …", "Ofgem says … The regulator also
        confirmed": a body's noun just after a name that spoke (this paragraph or the one
        before, nobody speaking since), which the recogniser took for a person's, is that
        name when nothing in the article marks it a person's (no title or role, no he/she,
        no surname alone for it, no "I" in its quote) and it is one word or ends in a word
        the article also writes in lower case. The unit it spoke is made a body's."""
        last = self.last
        if last is None or not last.speaker or unit.paragraph - last.paragraph > 1:
            return []
        if self.last_org is not None and self.last_org.start > last.start:
            return []
        name = last.speaker
        if self.people.gender.get(name) or self.people.has_role(name) or _speaks_as_i(last):
            return []
        words = name.split()
        rest = self.layout.body.replace(name, " " * len(name))
        alone = re.search(rf"\b{re.escape(words[-1])}\b", rest)
        if alone is not None:
            return []
        common = re.search(rf"\b{re.escape(words[-1].lower())}\b", rest)
        if len(words) > 1 and common is None:  # ("water" in "a water main": a common noun
            return []  # ends the name, as no surname does)
        last.sort, last.speaker_type = "org", "organisation"
        self.bodies.add(name)
        return [(last.start, name)]

    def _by_function(self, found: Found, noun: str) -> list[tuple[int, str]]:
        """ "The regulator added" after "The Office for Nuclear Regulation said", "the
        department told MPs" after "the Home Office renegotiated": the mentions before it of
        bodies whose name says they are of a kind that does that work (an "… Office", a
        "… Commission"), the latest last; a company or a brand never is."""
        if noun in self.functions:  # ("the department" again: the one it was before,
            return [self.functions[noun]]  # not the audit office named since)
        fits = FUNCTION_KINDS[noun] | {noun}
        earlier = self.orgs + self.org_speakers + self.org_subjects
        found_before = sorted((at, name) for at, name in earlier
                              if at < found.offset and found.offset - at < _LEAD * 10
                              and fits.intersection(name.lower().split()))  # fmt: skip
        if found_before:
            self.functions[noun] = found_before[-1]
        return found_before

    def _cast(self, found: Found, noun: str) -> Found | None:
        """A descriptor by the one body of the article's cast tied to its noun: the name set
        right after it ("The trade body Ispara said"), else the one body tied to the noun or
        a synonym of it before (apposition, "regulator Ofreg", a name that ends with it,
        "Kent Police" for "the force", a headline's or lede's descriptor named next). None
        when no body or several are tied: unsure, the phrase stays as the text gives it."""
        after = self.layout.body[found.offset + len(noun) : found.offset + len(noun) + 2]
        if after[:1] == " " and after[1:].isupper():
            right = [name for at, name in self.descriptors.get(noun, [])
                     if found.offset < at <= found.offset + len(noun) + 1]  # fmt: skip
            if len(set(right)) == 1:
                return self._as_body(found, right[0], found.offset)
            run = _NAME_AFTER.match(self.layout.body, found.offset + len(noun))
            if run is not None and not right and self._a_new_name(run.group(1)):
                return self._as_body(found, run.group(1), run.start(1))  # "The charity Safe
                # Streets Now said": the name set after its noun, which the recogniser missed
        owner = _MEMBERS_OF.match(self.layout.body, found.offset + len(noun))
        if owner is not None and noun in KIND_NAME_WORDS and self._a_new_name(owner.group(1)):
            return self._as_body(found, owner.group(1), owner.start(1))  # "The trustees of
            # the Harlow Miners Pension Scheme told members": the body they are the trustees of
        kin = _kin_nouns(noun) - {noun}  # (the noun's own appositions: ``_described``)
        tied = [(at, name) for at, name in itertools.chain(
                    *(self.ties.get(word, []) for word in kin | {noun}),
                    *(self.descriptors.get(word, []) for word in kin))
                if at < found.offset]  # fmt: skip
        tied += [(at, name) for at, name in self.orgs + self.org_speakers
                 if at < found.offset and name.split()[-1].lower() in kin
                 and len(name.split()) >= 2]  # fmt: skip
        shown = KIND_NAME_WORDS.get(noun, frozenset())  # ("Brackley Workers United": a union
        tied += [(at, name) for at, name in self.orgs + self.org_speakers  # by a word of its
                 if at < found.offset and len(name.split()) >= 2  # name, not its last)
                 and shown.intersection(name.lower().split())
                 and self._of_the_kind(name, noun, shown)]  # fmt: skip
        # (never a body whose name ends on another kind: "Charity Commission" for "trustees")
        tied = [(at, name) for at, name in tied if name not in self.retold]
        names = {name for _, name in tied}
        if len(names) != 1 or any(self.people.is_known(n) and n not in self.bodies
                                  for n in names):  # fmt: skip
            return None
        at, name = max(tied)
        return self._as_body(found, name, at)

    def _a_new_name(self, name: str) -> bool:
        """Whether a capitalised run can be a body's name: no place, no person, no title."""
        words = name.split()
        return (name not in self.places and not self.people.is_known(name)
                and words[0] not in STOP_CAPS and words[0] not in TITLE_WORDS)  # fmt: skip

    def _by_qualifier(self, found: Found, phrase: str) -> Found | None:
        """ "The transit agency said" after "buses run by the Marsh Valley Transit Authority":
        the one body named before whose name holds every word that qualifies the noun and
        ends in a body's noun of its own (news varies the noun, keeps the trade)."""
        words = phrase.split()
        qualifiers = [w for w in words[:-1] if w not in ("the", "a", "an")]
        if not qualifiers or words[-1] not in BODY_NOUNS:
            return None
        earlier = self.orgs + self.org_speakers + self.org_subjects
        # Each name told once: a long article names its bodies again and again, and testing
        # every mention made this quadratic in the article's length (issue 15, bench huge).
        wanted = {w.capitalize() for w in qualifiers}
        before = {name for at, name in earlier if at < found.offset}
        names = {name for name in before if _ends_a_body(name) and wanted <= set(name.split())
                 and not name.split()[-1].islower()}  # fmt: skip
        # (a name, never a headline's description: "Harbour council approves …" is no
        # "harbour authority", its capital only the headline's first letter)
        if len(names) != 1:
            return None
        name = names.pop()
        at = max(at for at, other in earlier if other == name)
        return self._as_body(found, name, at)

    @staticmethod
    def _as_body(found: Found, name: str, at: int) -> Found:
        return Found(name, "organisation", "organisation", found.affiliation, found.via,
                     found.cue, at)  # fmt: skip

    def _qualified_descriptor(self, found: Found) -> bool:
        """ "the Championship club", "the Leeds-based firm": "the", capitalised words that
        place or rank a body, and a body's lower-case noun: a descriptor, not a name."""
        words = (found.speaker or "").split()
        if len(words) < 2 or not words[-1].islower() or words[-1] not in _QUALIFIED_NOUNS:
            return False  # ("the Ukrainian military", "the Welsh government": one
            # institution named by its nation)
        if not all(w[:1].isupper() and w not in DEMONYMS for w in words[:-1]):
            return False
        if any(w in self.places for w in words[:-1]):
            return False
        start = self.layout.body.rfind(words[0], 0, found.offset + 1)
        return start >= 4 and self.layout.body[start - 4 : start] in ("the ", "The ")

    def _note_lede_nouns(self, unit: Unit, found: Found | None, org: Found | None) -> None:
        """Keep a headline's or lede's source or subject described by a body's noun
        ("…, watchdog finds", "the higher education regulator has found", "Ireland's data
        regulator fined …") for the body that speaks next (``_tie``), while no named body or
        person has spoken yet: a descriptor after the article named its source ("…, police
        said" after "according to the County Sheriff's Office") describes no body to come."""
        if self.org_speakers or self.last is not None:
            return
        phrases = [f.speaker for f in (found, org)
                   if f is not None and f.kind in ("organisation", "definite")]  # fmt: skip
        trailing = _HEADLINE_SOURCE.search(unit.text) if unit.start == self.first else None
        if trailing is not None and trailing.group(2) in SPEECH_LEMMAS | {"find"}:
            phrases.append(trailing.group(1))
        leading = _HEADLINE_DOER.match(unit.text) if unit.start == self.first else None
        if leading is not None and leading.group(1).lower() in _LEDE_NOUNS:  # ("Regulator
            phrases.append(leading.group(1).lower())  # fines Korva over outage")
        for phrase in phrases:
            words = (phrase or "").split()
            if words and _possessive(words[0]):
                words = words[1:]  # ("Ireland's data regulator": the noun is what it is)
            kind = bool(words) and words[-1] in BODY_KINDS and len(words) > 1  # ("the largest
            # teaching union has said": a kind, qualified, tied to the body of that kind next)
            if words and (words[-1] in _LEDE_NOUNS or kind) and self._described_by(words[:-1]):
                self.pending.append((unit, words[-1]))

    def _described_by(self, qualifiers: list[str]) -> bool:
        """Whether the words before a lede's noun only describe it: lower-case ("the energy
        regulator"), or a capitalised word that is no nation and no place ("the City
        watchdog"), never "the Welsh regulator" or "the Leeds watchdog" (a body of its own)."""
        return all(
            word.islower() or (word[:1].isupper() and word not in DEMONYMS
                               and word not in self.places)
            for word in qualifiers
        )  # fmt: skip

    def _tie(self, unit: Unit, subject: str | None = None) -> None:
        """The first named body that speaks after a headline's or lede's descriptor, in the
        paragraph after it or the one after that, is what it described (news names its
        source after describing it); never a body the descriptor's own sentence names ("Acme
        will pay a fine, the regulator said. // Acme said …"). A descriptor the lede's own
        source was left as takes that name too. With ``subject``, the body the unit's main
        clause is about instead of its speaker, for the descriptors no name shows
        (``_tie_subject``)."""
        name = subject or unit.speaker or ""
        keep = []
        for lede, noun in self.pending:
            if subject is not None and noun not in _LEDE_NOUNS:
                keep.append((lede, noun))
                continue
            gap = unit.paragraph - lede.paragraph
            if gap < 1:
                keep.append((lede, noun))
            if not 1 <= gap <= 2 or name in lede.text:
                continue
            if noun not in _LEDE_NOUNS and noun.capitalize() not in name.split():
                keep.append((lede, noun))  # (a kind's noun is only a body whose name says
                continue  # that kind: wait for it)
            for kin in _kin_nouns(noun):
                self.ties.setdefault(kin, []).append((lede.start, name))
            if lede.sort == "org" and (lede.speaker or "").split()[-1:] == [noun]:
                self.retold.add(lede.speaker or "")  # ("the City watchdog" had been kept as
                # a name: never again a body of its own)
                lede.speaker, lede.speaker_type = name, "organisation"  # (the lede's own)
        self.pending = keep

    def _tie_subject(self, unit: Unit, name: str) -> None:
        """ "…, after the industry regulator found …" then "Corvane is proposing fines …": a
        lede's descriptor that no name shows ("regulator", "watchdog") is also the named body
        that next leads a sentence, one or two paragraphs on, and does what the descriptor
        did (news describes the body first, then names it acting, not always speaking). Never
        a person, a place, a company (a regulator is none) or an outlet."""
        if not self.pending or not _proper(name):
            return
        if self.people.is_known(name) and name not in self.bodies:
            return
        words = name.split()
        if is_company_name(words) or is_legal_form(words[-1]) or is_outlet(name):
            return
        self._tie(unit, name)

    def _named_since(self, start: int, end: int, name: str, noun: str) -> bool:
        """Whether another organisation the noun could stand for is named (by its name's first
        word: "Redline said" for "Redline Buses") between ``name`` at ``start`` and ``end``
        (one of another kind, a "… Council" for "the regulator", is not, nor one the article
        described with another noun: "the research firm Kantar" is no "group")."""
        others = {other for _, other in self.org_speakers + self.org_subjects}  # (one that
        # spoke or led a sentence: "an analyst at Shore Capital" names no body the noun means)
        kin = _kin_nouns(noun)
        others = {other for other in others  # ("the research firm Kantar" is no "group")
                  if not self._described_as(other) or self._described_as(other) & kin}  # fmt: skip
        between = self.layout.body[start + len(name) : end]
        return any(
            other not in name and name not in other and other[:1].isupper()
            and not _other_kind(other, [noun])
            and re.search(rf"\b{re.escape(other.split()[0])}\b", between) is not None
            for other in others
        )  # fmt: skip

    def _described_otherwise(self, name: str, noun: list[str]) -> bool:
        """Whether the article set only nouns of another kind of body beside ``name`` ("the
        Coldfield Fitters union"), so that "the bus builder" is never it."""
        described = self._described_as(name) & MEMBER_BODY_NOUNS
        return bool(noun) and bool(described) and not described & _kin_nouns(noun[0])

    def _a_body(self, name: str) -> bool:
        """Whether a name is a body's by its own words (``_a_body``: "Met Office") or by the
        noun the article set beside it ("the Irish weather service Met Eireann", "The national
        weather agency, Meteorologisk Institutt,"): what "the forecaster", "the body" can
        stand for, as a company or a brand never is."""
        return _a_body(name) or bool(self._described_as(name) & _KIND_NOUNS)

    def _described_as(self, name: str) -> set[str]:
        """The nouns the article set in apposition to a body's name ("firm" for "the research
        firm Kantar")."""
        return {noun for noun, entries in self.descriptors.items()
                if any(other == name for _, other in entries)}  # fmt: skip

    def _holder(self, found: Found) -> Found:
        """ "the coroner said" -> the person the article introduced as coroner before it
        (the last one); with nobody before, the one person it gives that office later ("…,
        the defence secretary has revealed" in a lede, "defence secretary X" further down),
        when exactly one has every word of it; else the office as written. A capitalised
        title ("the MP for Kettering West") takes only a holder of every word of it."""
        holders = self._office_holders(found.office)
        earlier = [(at, name) for at, name in holders if at < found.offset]
        if not earlier and found.cue != "title":  # "the fire chief" after "Chief Ann Boyd"
            earlier = [(at, name) for at, name in self._holding(found.speaker or "", ())
                       if at < found.offset]  # fmt: skip
        if earlier:
            name, at = self.people.resolve(earlier[-1][1]), earlier[-1][0]
            return Found(name, PERSON, PERSON, via=found.via, cue=found.cue, offset=at)
        titled = self._titled_in_text(found) if not holders else None
        if titled is not None:  # "Highway Superintendent Gil X" the recogniser left untagged
            return Found(titled, PERSON, PERSON, via=found.via, cue=found.cue, offset=found.offset)
        later = {self.people.resolve(name) for at, name in holders
                 if at > found.offset and self._same_office(name, found)}  # fmt: skip
        if len(later) == 1:
            return Found(later.pop(), PERSON, PERSON, via=found.via, cue=found.cue,
                         offset=found.offset)  # fmt: skip
        # "Asked about it, the minister said": named by office alone
        return Found(found.phrase or found.speaker, PERSON, PERSON, via=found.via,
                     cue=found.cue, offset=found.offset)  # fmt: skip

    def _titled_in_text(self, found: Found) -> str | None:
        """ "the superintendent said" after "Highway Superintendent Gil Quenby told …" or
        "Gil Quenby, the island's highway superintendent, …" where the recogniser tagged no
        person (so no role was read from it): the one person the article introduced in full
        with every word of the office just before the name or in an apposition after it,
        before ``found``; None when nobody or more than one fits."""
        office = [word for word in found.office if word.isalpha()]
        if not office:
            return None
        body = self.layout.body[: found.offset]
        fits: set[str] = set()
        for _, name in self.people.full:
            for match in re.finditer(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])", body):
                before = re.split(r"[.;:!?\n(]", body[max(0, match.start() - 60) : match.start()])
                after = _APPOSED.match(body, match.end())
                words = before[-1].lower().split()[-3:] + (
                    after.group(1).lower().split() if after else []
                )
                if all(word in words for word in office):
                    fits.add(self.people.resolve(name))
        return fits.pop() if len(fits) == 1 else None

    def _same_office(self, name: str, found: Found) -> bool:
        """Whether a person introduced later holds the office a lede gave: every noun of a
        body the article put with their name ("group" in "group leader Alan X") is in the
        lede's phrase; "The leader of Thornbury Council has resigned" is never the
        opposition's "group leader" named further down ("UK defence secretary X" still is the
        lede's "defence secretary")."""
        office = set(found.office) | {found.speaker or ""}
        phrase = (found.phrase or found.speaker or "").lower().split()
        words = {
            word
            for word, entries in self.roles.items()
            if word in BODY_NOUNS and any(holder == name for _, holder in entries)
        }
        return all(word in office or word in phrase for word in words)  # fmt: skip

    def _identified(self, found: Found) -> Found:
        """ "A Cabinet minister … has denied being the source. Cabinet Office minister X
        said …": news names a lede's person in the next sentences. The one person given that
        office just after it; never merely the next full name (the accused in "A Labour MP
        said that Ann Lyle had misled parliament", a critic quoted next)."""
        end = found.offset + _LEAD
        holders = {self.people.resolve(name) for at, name in self._office_holders(found.office)
                   if found.offset < at < end}  # fmt: skip
        if len(holders) != 1:
            return found
        return Found(holders.pop(), PERSON, PERSON, via=found.via, cue="identified",
                     offset=found.offset)  # fmt: skip

    def _office_holders(self, office: tuple[str, ...]) -> list[tuple[int, str]]:
        """(offset, person) of every person introduced with every word of an office."""
        if not office:
            return []
        named = [{name for _, name in self.roles.get(word, [])} for word in office]
        everyone = set.intersection(*named)
        return [(at, name) for at, name in self._holding(office[-1], office) if name in everyone]

    def _holding(self, word: str, office: tuple[str, ...]) -> list[tuple[int, str]]:
        """(offset, person) introduced with a role word, less the mentions that qualify it
        ("Shadow Chancellor Ann Roe", "former defence secretary Ruth Kemp") unless the office
        asked for says so too ("the shadow chancellor")."""
        qualified = {entry for qualifier in OFFICE_QUALIFIERS if qualifier not in office
                     for entry in self.roles.get(qualifier, [])}  # fmt: skip
        return [entry for entry in self.roles.get(word, []) if entry not in qualified]

    # --- across units --------------------------------------------------------------------
    def _lead_ins(self, units: list[Unit], owns: list[Found | None]) -> None:
        """Units after a colon lead-in without a source of their own take the lead-in's."""
        for i, unit in enumerate(units[:-1]):
            if not unit.text.rstrip(CLOSERS).endswith(":") or not unit.speaker:
                continue
            if unit.sort not in ("person", "org", "anonymous"):
                continue
            scope = units[i + 1].paragraph
            if scope not in (unit.paragraph, unit.paragraph + 1):
                continue
            for other in units[i + 1 :]:
                if other.paragraph != scope:
                    break
                if not other.own and other.speaker is None:
                    _copy(unit, other)

    def _lede_body(self, units: list[Unit]) -> None:
        """ "… cuts their income, a peak body has warned. // Universities Australia says …":
        a lede's body described by a common noun ("a peak body", "an industry group", "the
        network operator" the article has not named) is the organisation that speaks first
        in the next paragraph, as news names it."""
        lede = units[0].paragraph + 2 if units else 0  # (a headline, a standfirst, the lede)
        for unit, after in itertools.pairwise(units):
            if unit.paragraph > lede:
                break
            if unit.sort not in ("anonymous", "org") or unit.cue == "interview":
                continue
            words = (unit.speaker or "").lower().split()
            if not words or words[-1] not in BODY_NOUNS:
                continue
            unnamed = (  # ("a peak body"; never "a spokeswoman for the company", a source
                unit.sort == "anonymous"  # of a body the lede named, not a body to come)
                and len(words) >= 2
                and words[0] in ("a", "an")
                and not _AFTER_HEAD.intersection(words[1:-1])
            )
            described = (  # "…, the network operator has said": a trade, no name (never
                unit.sort == "org"  # an owner's "the country's … agency" nor "the company
                and (unit.speaker or "").islower()  # that built it", descriptions news
                and len(words) == 2  # gives as its source's name)
                and not any(_possessive(word) for word in words)
            )
            if not unnamed and not described:
                continue
            named = after.sort == "org" and (after.speaker or "")[:1].isupper()
            lede_text = " ".join(u.text for u in units if u.paragraph == unit.paragraph)
            if named and (after.speaker or "") in lede_text:
                break  # ("Redline will cut 40 routes, a passenger group has warned": the body
                # the lede names is not the one that warned about it)
            if after.paragraph == unit.paragraph + 1 and after.own and named:
                _copy(after, unit)
            break  # (the lede only: its first unnamed body)

    def _lede_documents(self, units: list[Unit]) -> None:
        """ "One bus in six ran late in October, figures show." // "Orrin Transport Office
        data shows …": a headline's or lede's document with no author (figures,
        research, a report) is the one whose author the next paragraph or the one after names
        on a document of its own (README item 34, session 22: the lead's figures are their
        publisher's, named later); two such authors, or none: as written (unattributed)."""
        if self.cyrillic or not units:
            return
        lede = units[0].paragraph + 2
        for i, unit in enumerate(units):
            if unit.paragraph > lede:
                break
            if unit.sort != "vague" or unit.cue != UNAUTHORED:
                continue
            if not set((unit.speaker or "").lower().split()[-1:]) & LEDE_FIGURES:
                continue  # (figures or research, never "an editorial" nobody signed)
            later = [u for u in units[i + 1 :] if u.paragraph <= unit.paragraph + 2]
            authors = {a.speaker for u in later for a in self.documented.get(u.start, [])}
            authors |= {u.speaker for u in later if u.own and u.sort == "org" and u.speaker
                        and _document_of(u.text, u.speaker)}  # fmt: skip
            # ("Marsh Health Office data shows …": a name the recogniser ran into the noun)
            names = {_BRACKETED_TAIL.sub("", name) for name in authors if name}
            if len(names) != 1:
                continue
            name = names.pop()
            if name[:1].isupper() and not is_outlet(name) and not self.people.is_known(name):
                _speaks_for(unit, name, "lede document")

    def _forward(self, units: list[Unit]) -> None:
        """ "Больницу закроют на ремонт. Об этом сообщили в минздраве.": a Russian or
        Ukrainian sentence that opens with "Об этом"/"Про це" and names its source gives that
        source to the sentences before it in its paragraph (or, when it opens a paragraph,
        in the paragraph just before) that name none of their own: news writing states the
        fact first and its source after it."""
        for i, unit in enumerate(units):
            opening = unit.text.lstrip(_OPENERS + " ").lower()
            cites = CITES_FIGURES_RE.match(unit.text.strip()) if i else None
            if cites is not None and unit.sort in ("org", None):
                self._figures_cited(units, i, cites.group("name"))
                continue
            if i == 0 or not unit.own or unit.sort not in ("person", "org", "anonymous"):
                continue
            if unit.cue == ru_uk.REFERRED and opening.startswith(OUTLET_ANAPHORS):
                self._referred_back(units, i)
                continue
            if not any(opening.startswith(lead + " ") for lead in FORWARD) and not (
                self.cyrillic and ru_uk.points_back(unit.text)
            ):
                continue
            if self.cyrillic and ru_uk.denies_back(unit.text, unit.cue):
                continue  # ("Эту информацию опроверг X": the denier is not its source)
            scope = units[i - 1].paragraph
            if unit.paragraph - scope > 1:
                continue
            for other in reversed(units[:i]):
                announced = other.cue == ru_uk.ANNOUNCED  # ("Музей відновить роботу. Про це
                agentless = other.cue == ru_uk.IMPERSONAL and other.speaker is None  # ("Свідків
                # аварії просять …": a call with no subject in the text is the body's too)
                if other.paragraph != scope or (other.own and not (announced or agentless)):
                    break  # повідомила директорка X": hers, the body's plan told by its head)
                if other.speaker is None or announced:
                    _copy(unit, other)
                    other.cue = "forward"

    @staticmethod
    def _figures_cited(units: list[Unit], i: int, name: str) -> None:
        """ "The Globe reports that rents rose 9%. It cites figures from the Harbour Board.": the
        outlet's report just before it in its paragraph carries the figures of the body it then
        cites, which is their source (README item 40: the body for both); the outlet is only
        the channel. A sentence before it with another kind of source is left alone."""
        unit, other = units[i], units[i - 1]
        if other.paragraph != unit.paragraph or not other.speaker:
            return
        reports = other.cue in PRESS_REPORTING_CUES or IT_REPORTS_RE.match(other.text.lstrip())
        if not (is_outlet(other.speaker) or (reports and other.sort == "org")):
            return  # ("It reports that …": the outlet just named, whatever body "it" was
            # taken for)
        outlet = other.speaker if is_outlet(other.speaker) else other.via
        if unit.speaker is None:  # (a name the recogniser missed: the one the sentence cites)
            unit.speaker, unit.sort, unit.speaker_type = name, "org", "organisation"
            unit.own, unit.cue = True, "cites"
        _copy(unit, other)
        other.via, other.cue = outlet, "forward"

    def _source_line(self, units: list[Unit]) -> None:
        """ "Джерело: Патрульна поліція Сумщини у Facebook" under a news site's lede: the
        lede before it (this paragraph and the one before) with no source of its own is that
        source's (README convention 41, the line itself furniture), and so are the source's
        words quoted whole after "Дослівно:" (its quotation runs over sentences and
        paragraphs: ``_quotes`` gives them the same speaker)."""
        if not self.cyrillic:
            return
        for i, unit in enumerate(units):
            found = ru_uk.source_line(unit.text)
            if found is None or not found.speaker:
                continue
            line = Found(found.speaker, found.kind, found.kind, cue=found.cue, offset=unit.start)
            self._apply(unit, line)
            unit.own = True
            for other in reversed(units[max(0, i - 3) : i]):
                if unit.paragraph - other.paragraph > 1 or other.own or other.speaker:
                    break
                _copy(unit, other)
                other.cue = "forward"
            after = units[i + 1] if i + 1 < len(units) else None
            if after is not None and ru_uk.verbatim_lead(after.text) and not after.own:
                _copy(unit, after)  # "Дослівно: «…»": the source's own words
                after.own = True

    def _referred_back(self, units: list[Unit], i: int) -> None:
        """ "«Ъ» пишет, что цены упали на 5%. Газета ссылается на данные центра X.": the
        figures the outlet's report gave before in the paragraph are the source's the outlet
        then refers to (X), as a forward attribution is; the outlet only carries them. Its
        report opens with the outlet's name: a report before that is another outlet's."""
        unit = units[i]
        for other in reversed(units[:i]):
            if other.paragraph != unit.paragraph:
                break
            carried = other.sort == "org" and other.cue.startswith(CHANNEL_VERBS)
            if other.speaker is not None and not carried:
                break
            _copy(unit, other)
            other.cue = "forward"
            if carried or other.text.lstrip()[:1] in '«"“':
                break  # the outlet's report opens here: one before it is another outlet's

    def _press_release(self, units: list[Unit]) -> None:
        """A press release (newswire dateline, ticker, media-contact line) speaks for its
        issuer: the organisation one of its first attributed sentences names ("X, Inc.
        (NASDAQ: X) today announced …"); every sentence with no source of its own is the
        issuer's. A release "attributed to" a person (a police release's header line) is
        that person's from that line on; so is a statement whose heading names who makes it
        ("Statement by Bishop Ann Roe, Bishop of Y, on …"), and a release whose header field
        names who releases it ("Released by: Inspector Ann Roe, Roads Unit."): three forms of
        one construction, a header naming the release's issuer (README convention 25)."""
        attributed = (
            ATTRIBUTE_TO_RE.search(self.layout.body)
            or STATEMENT_BY_RE.match(self.layout.body)  # ("Statement by Bishop Ann Roe, …,
            # on …": its heading names who makes it)
            or RELEASED_BY_RE.search(_header(self.layout.body))  # ("Released by: Inspector
        )  # Ann Roe, Roads Unit." among its header lines)
        foot = None
        if attributed is None:
            # ("Issued by: Inspector Ann Roe" as the page's last line: the same field at the
            # foot, for every sentence above it)
            attributed = foot = _released_at_foot(self.layout.body)
        name = entity_name(attributed.group("name")) if attributed is not None else ""
        if attributed is not None and name:
            later = [
                u
                for u in units
                if (u.end <= attributed.start() if foot else u.start >= attributed.end())
            ]
            organisation = not self.people.is_known(name) and (
                name.split()[-1].lower() in ORG_NOUNS or any(name in org for _, org in self.orgs)
            )  # ("Please attribute to Northland Police:" names no person)
            if organisation:
                self._release_speaks(later, name, "organisation")
            else:  # ("Please attribute to Sgt Ann Boyd:")
                self._release_speaks(later, self.people.resolve(name), "person")
            return
        issuer = _issuer(self.layout.body)
        statement = (
            STATEMENT_RE.search(self.layout.body) is not None
            or RELEASE_MARK_RE.search(_header(self.layout.body)) is not None
        )
        own = self._own_page(self.layout.body)  # (a body's page by its header or foot)
        if issuer is None and not (statement or own or PRESS_RELEASE_RE.search(self.layout.body)):
            return
        if issuer is None:
            issuer = _contact_body(self.layout.body) or own
        spoken = [u for u in units if u.speaker][:3]  # (a headline may come first)
        first = next((u for u in spoken if u.sort == "org" and u.own
                      and _proper(u.speaker or "")), None)  # fmt: skip
        # (a name, never a possessive noun: "the tenant's insurer confirmed" names no
        # issuer)
        if issuer is None and statement:
            issuer = self._statement_issuer(units)
        if issuer is None and first is not None:
            issuer = first.speaker
        if issuer is None:
            issuer = self._officers_body()
        if issuer is not None and ru_uk.is_acronym(_undotted(issuer)):
            issuer = (
                ru_uk.spelled_out(
                    self.layout.body,
                    _undotted(issuer),
                    defined=True,
                    anywhere=True,
                    person=self.people.is_known,
                )
                or issuer
            )
            # (a release's closing "CRIU is the independent …": the body it spelled out as
            # "The Coastal Rowing Integrity Unit (CRIU) announced today")
        if issuer is not None:
            dated = RELEASE_DATELINE_RE.search(self.layout.body)
            below = [u for u in units if dated is None or u.end > dated.start()]
            _issuer_made_whole(below, issuer)  # (the display lines over a dated release's
            self._release_speaks(below, issuer, "organisation")  # dateline: no one's words)

    def _own_page(self, body: str) -> str | None:
        """The body a page is the own page of, by its first line or the line under its headline
        ("Marsh Valley Fire Service | News", "Kellmoor Audit Committee – press notice – 3
        March", "Press release from: Orrin Valley Water Published 4 May") or by its foot's
        press office ("For more information contact the Harrowfield Cycle Alliance press
        office"): a body's news page, press notice or disclosure log speaks in its issuer's
        voice, so its sentences with no source of their own are the issuer's (README
        convention 37: the page names its issuer as the body that speaks, in a header or a
        contact field). Never a page with a reporter's byline or an agency dateline among its
        header lines (news, whatever its foot), nor an outlet's section header ("Harwick
        Gazette | News"), nor one capitalised word ("Politics | News": a section)."""
        if self.cyrillic:
            return None
        paragraphs = _paragraphs(body.rstrip())
        if not paragraphs or _reported(paragraphs):
            return None
        heads = [p.strip().split("\n", 1)[0] for p in paragraphs[:2]]  # (the page's first
        # line, or the one under its headline: "Fenmoor Fire Service | News | 3 March")
        released = [ISSUER_FROM_RE.match(line) for line in heads]
        fields = [ISSUER_HEADER_RE.match(line) or ISSUER_FIELD_RE.match(line) for line in heads]
        under = {id(m) for m in (*released[1:], *fields[1:]) if m is not None}
        story = "\n\n".join(paragraphs[2:])
        for match in (*released, *fields, PRESS_OFFICE_RE.search(paragraphs[-1])):
            name = match.group("name").strip(" .") if match is not None else ""
            words = name.split()
            acronym = len(words) == 1 and len(name) >= 2 and name.isupper()
            if not (len(words) >= 2 or acronym) or not _proper(name) or is_outlet(name):
                continue
            if id(match) in under and not _speaks_as(story, name):
                continue  # ("Evening Standard | News | 3 March", "UK Politics | News" under a
                # headline over a story about others: an outlet's or a section's line)
            place = name in self.places and match not in released  # ("Press release from:
            # Orrin Valley Water": a body, though the recogniser took it for a place)
            if not self.people.is_known(name) and not place:
                return name
        return None

    def _officers_body(self) -> str | None:
        """The one body a release names by its officers at work ("KPD officers stopped …",
        "Officers from Harrow Vale Police attended"): a police release that names its issuer
        nowhere else is the force whose officers acted; none or two such bodies: nobody."""
        names = set()
        for match in OFFICERS_OF_RE.finditer(self.layout.body):
            words = (match.group("name") or match.group("body")).split()
            while words and words[0] in STOP_CAPS:
                words = words[1:]  # ("Earlier KPD officers", "The Ashby Police officers")
            if words and not self.people.is_known(" ".join(words)):
                names.add(" ".join(words))
        return names.pop() if len(names) == 1 else None

    def _signed(self, units: list[Unit]) -> None:
        """A piece signed near its top by a named person who holds a role outside the press
        ("Posted by Martin Obi, chair, Beacon Court Residents' Association", "Posted by Cllr
        Sam Ade, Northgate ward"): a residents' chair's or a councillor's own blog or letter
        asserts in its writer's name, as a release does in its issuer's (item 37,
        heldout16's convention 1), so every sentence after the signature with no source of
        its own and no quotation is the writer's. A journalist's or blogger's byline ("By Ann
        Roe", "Posted by Dan Ferrow · 7 min read", "Ann Roe, Transport Correspondent") names no
        such role: the first person there is the writer's own (none), as before."""
        if self.cyrillic:
            self._column(units)
            return
        top = _header(self.layout.body.lstrip())
        offset = len(self.layout.body) - len(self.layout.body.lstrip())
        match = SIGNED_BY_RE.search(top)
        if match is None:
            self._signed_at_foot(units)
            return
        credit = match.group("credit") or match.group("plain") or ""
        parts = [part.strip() for part in credit.split(",")]
        words = parts[0].split()
        titled = bool(words) and words[0].rstrip(".") in SIGNER_TITLES
        name = " ".join(words[1:] if titled else words)
        if not 2 <= len(name.split()) <= 4 or not all(w[:1].isupper() for w in name.split()):
            return
        roles = {w.lower().strip(".") for part in parts[1:] for w in part.split()}
        if roles & PRESS_ROLES or roles & {"blogger", "author"}:
            return
        if not titled and not roles & (ROLE_WORDS | SIGNER_ROLES):
            return  # ("volunteer observer, Y Civic Forum" is a role too)
        after = offset + match.end()
        for unit in units:
            if unit.start < after or unit.speaker is not None or unit.own or unit.is_quote:
                continue
            _writer_speaks(unit, name)

    def _signed_at_foot(self, units: list[Unit]) -> None:
        """A first-person statement signed on its last line by a person and the body they
        speak for ("Chief Ann Roe, Harwick Police Department"): the page's own voice is the
        signer's, as under a signature at the top (``_signed``) or a release's "Please
        attribute to" line (README convention 25), so every sentence before the signature
        with no source of its own and no quotation is the signer's. Only where the page
        speaks in the first person outside quotation ("I watched the video", "our officers"):
        a news story's last line is not its issuer's signature; nor is a line whose body is
        an outlet ("Ann Roe, Harwick Gazette") or a reporter's role."""
        body = self.layout.body.rstrip()
        line_start = body.rfind("\n") + 1
        match = FOOT_SIGNATURE_RE.match(body[line_start:])
        if match is None or not units:
            return
        signer, issuer = match.group("name").split(), match.group("body")
        if not {w.lower() for w in issuer.split()} & BODY_NOUNS or is_outlet(issuer):
            return
        if {w.lower() for w in issuer.split()} & PRESS_ROLES:
            return
        while signer and (signer[0].rstrip(".") in SIGNER_TITLES | TITLE_WORDS):
            signer = signer[1:]  # ("Chief Ann Roe": the person, not the title)
        if not 2 <= len(signer) <= 4:
            return
        own = [u for u in units if u.start < line_start and u.speaker is None
               and not (u.own or u.is_quote)]  # fmt: skip
        if not any(FIRST_PERSON_RE.search(u.masked) for u in own):
            return
        name = self.people.resolve(" ".join(signer))
        for unit in own:
            _writer_speaks(unit, name)

    def _column(self, units: list[Unit]) -> None:
        """A Russian or Ukrainian first-person account signed under its headline by someone
        outside the press (``ru_uk.column_author``): its sentences with no source of their
        own and no quotation are the writer's, as a signed blog's are (heldout17's
        convention 16)."""
        name = ru_uk.column_author(self.layout.body)
        if name is None:
            return
        signed = self.layout.body.find(name)
        for unit in units:
            if unit.start <= signed or unit.speaker is not None or unit.is_quote:
                continue
            if unit.own and OUR_ACCOUNT_RE.search(unit.text) is None:
                continue  # (its own but «По нашим подсчетам»: the writer's own count)
            _writer_speaks(unit, name)

    def _statement_issuer(self, units: list[Unit]) -> str | None:
        """Who a body's own statement is by: the body its "Issued by" line names, else the
        body its lede is about ("Ashbourne Council will keep its libraries open …" under a
        "News release 412/26" line): a body writes its statement about itself."""
        issued = ISSUED_BY_RE.search(self.layout.body)
        if issued is not None:
            return whole_body_name(self.layout.body, issued.start("name"),
                                   issued.group("name").strip())[1]  # fmt: skip
        mark = IMMEDIATE_RELEASE_RE.search(self.layout.body) or RELEASE_MARK_RE.search(
            _header(self.layout.body)
        )  # (the headline over a "FOR IMMEDIATE RELEASE" line is no part of the lede; a
        if mark is not None:  # line that runs on into the lede keeps its sentence)
            units = [u for u in units if u.end > mark.end()]
        lede = units[0].paragraph + 3 if units else 0
        starts = {u.start: u.paragraph for u in units}
        return next((name for at, name in self.org_subjects
                     if starts.get(at, lede + 1) <= lede and not self.people.is_known(name)),
                    None)  # fmt: skip

    def _police_appeal(self, units: list[Unit]) -> None:
        """ "Officers are appealing for witnesses after …": a police appeal in the lede is the
        force's claim, the one force the article names whole ("South Wales Police", in a
        header or a "contact … quoting" line); no force or two named: nobody (unsure). When
        no sentence has the police say anything ("X Police said", "the force said", "a
        police spokesperson said"), the force issued the text itself, and every sentence
        with no source of its own is the force's (README: a police appeal or release whose
        header names no officer)."""
        if self.cyrillic or not units:
            return
        lede = units[0].paragraph + 3  # (a headline, a header line, a standfirst, the lede)
        appeals = [u for u in units if u.paragraph <= lede and (
            POLICE_APPEAL_RE.search(u.text) or _appeal_by_police(self.parsed.tokens(u.start, u.end))
        )]  # fmt: skip
        force = self._force() if appeals else None
        if not appeals or force is None:
            return
        for appeal in appeals:  # (a headline's appeal and the lede's: each is the force's)
            if not appeal.own or (appeal.sort == "vague" and _police_word(appeal.speaker)):
                _speaks_for(appeal, force, "police appeal")
        appeal = appeals[0]
        quoted = [u for u in units if u.own and u not in appeals and _police_speaks(u, force)]
        if any(not POLICE_CONTACT_RE.search(u.text) for u in quoted):
            return  # (a report of the appeal: the police are quoted as a source)
        for unit in units:
            unowned = unit.speaker is None and not (unit.own or unit.is_quote)
            if unit.start > appeal.start and unowned:
                _speaks_for(unit, force, "police appeal")

    def _police_release_at_foot(self, units: list[Unit]) -> None:
        """A police release that closes on the public's contact line ("Anyone with information
        is asked to call …") and in which nobody speaks in quotation and the force never
        speaks as a source: the force issued the text, so every sentence with no source of its
        own is the force's (README convention 25: a release naming no officer is the force's),
        as ``_police_appeal`` reads the same page by an appeal in its lede. A news report of a
        crime ends on the same line but quotes the police, an officer or a witness; a release
        whose force the page never names, or names two of, is left (unsure). Not the contact
        paragraph itself, nor advice to the reader ("protect your records"): no claims."""
        if self.cyrillic or not units or any(u.is_quote for u in units):
            return
        body = self.layout.body.rstrip()
        paragraphs = _paragraphs(body)
        if not paragraphs or POLICE_CONTACT_RE.search(paragraphs[-1]) is None:
            return
        if _reported(paragraphs):
            return  # (a reporter's or an agency's story: news, not the force's release)
        force = self._release_force()
        if force is None or any(u.own and _police_speaks(u, force) for u in units):
            return
        contact = body.rfind(paragraphs[-1])
        for unit in units:
            advice = unit.start >= contact or SECOND_PERSON_RE.search(unit.text) is not None
            if unit.speaker is None and not (unit.own or advice):
                _speaks_for(unit, force, "police release")

    def _release_force(self) -> str | None:
        """The one force a police release names: by its name ("Ashwold Constabulary"), else
        by the officers who acted for it ("Officers from Harbour Vale Police District", "KVSO
        deputies"); two forces named: None."""
        names = self._force_names()
        if names:
            return names.pop() if len(names) == 1 else None
        return self._officers_body()

    def _office_holders_named(self, units: list[Unit]) -> None:
        """ "The port's new harbour master said …" before "Harbour Master Ellen Quarry", "the
        Care Homes Ombudsman said" before "The ombudsman, Peter Rallings,", "its finance
        director has warned" before "the council's finance director, Rosa Kendle,": an office
        a unit was left speaking as is the one person the article introduces anywhere with its
        head noun (a title, an apposition); nobody or several so introduced: as written."""
        if self.cyrillic:
            return
        held: dict[tuple[str, ...], str | None] = {}  # (per office: the article's cast, read once)
        for unit in units:
            if unit.sort not in ("org", "person", "vague") or not unit.speaker:
                continue
            office = _office_words(unit.speaker)
            if not office:
                continue
            if office not in held:
                held[office] = self._sole_holder(office, _phrase_words(unit.speaker))
            holder = held[office]
            if holder is not None:
                unit.speaker, unit.sort, unit.speaker_type = holder, "person", "person"
                unit.affiliation = None

    def _lede_source_named(self, units: list[Unit]) -> None:
        """ "A mum of three says she has waited 14 months …" // "Jo Vail, 31, told us …", "A
        Labour MP said …" // "Dan Hale, a member of the committee, described …": a news
        lede's unnamed person (an indefinite noun phrase, with no anonymity asked for) whom
        the next paragraph introduces by a full name, speaking, is that person (README item
        19), in the lede and wherever a pronoun or a quote carried the unnamed one on. A name
        the article used before, another voice in between, a source that withholds who it is
        ("a source") or a body's voice ("an official", ``_WITHHELD_HEADS``) is someone else."""
        lede = None if self.cyrillic else _lede_unnamed(units)
        unnamed = lede.speaker if lede is not None else None
        if lede is None or not unnamed:
            return
        after = [u for u in units if u.start > lede.start and u.speaker and u.speaker != unnamed]
        named = after[0] if after else None
        if named is None or not named.own or not named.speaker or named.sort not in (
            "person", "org",
        ):  # fmt: skip
            return
        aged = re.search(rf"{re.escape(named.speaker)},\s+\d{{1,3}},", named.text)
        if named.sort == "org" and not (self.people.is_known(named.speaker) or aged):
            return  # (a body; a person the recogniser took for one has an age: "X, 31,")
        words = named.speaker.split()
        if named.paragraph > lede.paragraph + 1 or len(words) < 2:
            return  # (a full name introduces someone: "Kantar" is no one's name)
        if re.search(rf"\b{re.escape(words[-1])}\b", self.layout.body[: named.start]):
            return  # (someone the article had named already)
        if _SPOKESPERSON.search(unnamed) and not _introduced_as_spokesperson(
            named.text, named.speaker
        ):
            return  # (a spokesman, then someone else of the body: "the chief executive, X")
        for unit in units:
            if unit.speaker == unnamed and unit.sort == "anonymous":
                unit.speaker, unit.sort, unit.speaker_type = named.speaker, "person", "person"
                unit.affiliation = None

    def _sole_holder(self, office: tuple[str, ...], phrase: set[str]) -> str | None:
        """The one person with a full name introduced with the office's head noun (less the
        mentions a qualifier the office lacks marks: "former", "shadow"), or None; never one
        introduced with a word the phrase lacks before the title ("Dutch Prime Minister X" is
        not "Hungary's prime minister")."""
        entries = self._holding(office[-1], office)
        if any(not _owners_before(self.layout.body, at) <= phrase for at, _ in entries):
            return None
        for qualifier in OFFICE_QUALIFIERS.intersection(office):  # ("the former chief
            marked = set(self.roles.get(qualifier, []))  # executive": a former one only)
            entries = [entry for entry in entries if entry in marked]
        names = {self.people.resolve(name) for _, name in entries}
        if len(names) != 1:
            return None
        name = names.pop()
        return name if " " in name else None

    def _force(self) -> str | None:
        """The one police force the article names whole ("Avon and Somerset Police", "the
        Metropolitan Police" without its article), or None."""
        names = self._force_names()
        return names.pop() if len(names) == 1 else None

    def _force_names(self) -> set[str]:
        """Every police force the article names whole."""
        names = set()
        for match in FORCE_NAME_RE.finditer(self.layout.body):
            words = match.group().split()
            while words and (words[0] in STOP_CAPS or words[0] in ("and", "of", "&")):
                words = words[1:]  # ("The Metropolitan Police", "Contact Kent Police",
            if len(words) >= 2:  # "on Saturday and Kelder Police": its joiner is no name's)
                names.add(" ".join(words))
        return names

    @staticmethod
    def _release_speaks(units: list[Unit], speaker: str, kind: str) -> None:
        """Every unit with no source of its own is the release's speaker's."""
        for unit in units:
            unowned = unit.speaker is None and not unit.own and not unit.is_quote
            if unowned or (unit.sort == "vague" and unit.cue == UNAUTHORED):
                unit.speaker, unit.sort, unit.speaker_type = speaker, _SORTS[kind], kind
                unit.affiliation, unit.via = None, None  # "a new study published today
                unit.cue = "press release"  # estimated …": the issuer's own assertion

    def _answers(self, units: list[Unit], marks: dict[int, str]) -> None:
        """An interview's answers ("A: …") are the person its introduction names first
        (``marks``: ``interview.turns`` of ``units``)."""
        if not marks:
            return
        start = units[0].start
        first = units[interview.first_turn(marks)].start
        body = self.layout.body
        named = [(at, name) for at, name in self.people.full
                 if start <= at < first and not _credited(body, at)]  # fmt: skip
        intro = [u for u in units if u.start < first]
        frames = [u for u in intro if interview.frames(u.text)]
        framing = [(at, name) for at, name in named
                   if any(u.start <= at < u.end for u in frames)]  # fmt: skip
        named = framing or named  # ("Acme Rail cuts … We put readers' questions to its
        # director, Ann Roe.": the person the frame names, not the first name)
        spoken_with = ru_uk.interviewee(body[start:first]) if self.cyrillic else None
        name = spoken_with or (min(named)[1] if named else self._introduced(intro))
        # («Ми поговорили з міською головою X»: X, never the byline's «Розмовляла Y»)
        if name is None:
            return
        for i, unit in enumerate(units):
            if marks.get(i) != "A" or _cited(unit) or (_own(unit) and interview.told(unit.text)):
                continue  # ("One of the buyers told us privately …": the teller's)
            if _named_person(unit) and unit.speaker != name:  # ("Our finance director, Ann
                continue  # Roe, told the board …": hers, convention 37)
            body_asked = self._asked_body(units, marks, i)
            if body_asked is not None:  # "That's what their figures show." after "The Marine
                if unit.sort not in ("org", "person"):  # Directorate says …?"
                    unit.sort, unit.speaker_type = "org", "organisation"
                unit.speaker, unit.affiliation, unit.cue = body_asked, None, "interview"
                continue
            if unit.sort != "anonymous" or _first_person(unit.speaker):  # (README: every
                # answer is the interviewee's, "The state arts council has confirmed …" too;
                # an unnamed source an answer quotes stays unnamed; a body it cites by name
                # is that body: ``_cited``)
                unit.speaker, unit.sort, unit.speaker_type = name, "person", "person"
                unit.affiliation = None
                unit.cue = "interview"

    def _tagged_turns(self, units: list[Unit]) -> None:
        """A transcript's turns ("Tessa Varga: …" and the paragraphs after it) are the tagged
        speaker's; a source a sentence names itself keeps its words ("The operator's Owen
        Talbrook says …"), the tag no part of its name ("Tessa Varga: Talbrook and others say …" is
        Talbrook's)."""
        for i, name in interview.tagged(units).items():
            unit = units[i]
            tag = interview.speaker_tag(unit.text)
            if tag and unit.speaker and unit.speaker.startswith(f"{tag}:"):
                unit.speaker = self.people.resolve(unit.speaker[len(tag) + 1 :].strip())
            if _own(unit) or not name:
                continue
            unit.speaker, unit.sort, unit.speaker_type = self.people.resolve(name), "person", PERSON
            unit.affiliation, unit.via, unit.cue = None, None, "transcript"

    @staticmethod
    def _asked_body(units: list[Unit], marks: dict[int, str], i: int) -> str | None:
        """The body the question named when answer sentence ``i`` rests on its document
        (conventions 34, 37, 40): "That's what their figures show." after "The Marine
        Directorate says stocks are at a 20-year low. Is that right?" (the one body the
        question has speak), "The inspector's report found …" after "The county inspector
        criticised the delays. Fair?" (the question's fuller name for the document's owner,
        "county inspector"); else None."""
        unit, question = units[i], [units[j] for j in interview.asked(marks, i)]
        if interview.their_data(unit.text):
            bodies = {q.speaker for q in question if q.own and q.sort == "org"}
            return bodies.pop() if len(bodies) == 1 else None
        owner = unit.speaker or ""
        if unit.own and unit.sort in ("org", "person") and owner.islower() and question:
            return interview.named_in_question(" ".join(q.text for q in question), owner)
        return None

    def _introduced(self, intro: list[Unit]) -> str | None:
        """The person an introduction is about when the recogniser missed the name: the
        subject of the sentence before the first "He"/"She" ("Naomi Sterling took over as
        chief executive. She spoke to us …"), else the first full name a sentence of it is
        about ("Ana Lisboa takes over as chief executive this summer.")."""
        for before, unit in itertools.pairwise(intro):
            head = unit.text.lstrip(_OPENERS + " ").split(" ", 1)[0]
            subject = self.subjects.get(before.start)
            if head in ("He", "She") and subject is not None:
                return subject
        body = self.layout.body
        for unit in intro:  # else the first full name an introduction is about
            name = self.subjects.get(unit.start, "")
            if " " in name and not _credited(body, body.find(name, unit.start)):
                return name
        return None

    def _quotes(self, units: list[Unit]) -> None:
        by_quote: dict[int, Unit] = {}
        for unit in units:
            if unit.own and (unit.speaker or unit.sort == "anonymous"):  # (an unnamed
                # speaker's quotation is theirs over its sentences as a named one's is)
                for quote_id in unit.quote_ids:
                    by_quote.setdefault(quote_id, unit)
        for i, unit in enumerate(units):
            if unit.speaker is None and not unit.own and unit.is_quote:
                source = self._quote_source(units, i, by_quote)
                if source is not None:
                    _copy(source, unit)

    def _dialogue(self, units: list[Unit]) -> None:
        """Russian and Ukrainian direct speech with no «», opened by a dash at a paragraph's
        start: the paragraph is one speaker's turn, however its sentences are cut, so the
        speaker its frame names (", — сказала X") is the speaker of its other sentences with
        no source of their own: «— A, — каже X. — B.» (B after the frame), «— A. B, —
        рассказали в X.» (A before it). A turn whose sentences name two frames is left as
        it is. A turn with no frame and no source of its own right after one with a frame
        goes on with its speaker («— A, — возмущается мужчина.» then «— B.»)."""
        if not self.cyrillic:
            return
        last: tuple[int, Unit] | None = None  # the turn just before: its paragraph, frame
        for paragraph, group in itertools.groupby(units, key=lambda u: u.paragraph):
            turn = list(group)
            if turn[0].text.lstrip()[:1] not in "—–":
                last = None
                continue  # (a hyphen opens a list's item as often as speech)
            framed = [
                u for u in turn
                if u.own and (u.speaker or u.sort == "anonymous") and ru_uk.speech_frame(u.text)
            ]  # fmt: skip # ("— …, — возмущается мужчина.": an unnamed one's turn too)
            goes_on = last is not None and last[0] == paragraph - 1
            spoken = any(u.own and (u.speaker or u.sort) for u in turn)  # (a source of its own)
            if not framed and goes_on and last and not spoken:
                framed = [last[1]]  # "— A, — сказал X." then a paragraph "— B.": X goes on
            if len(framed) != 1:
                last = None
                continue
            for unit in turn:
                if not unit.own and unit.speaker is None and unit.sort != "anonymous":
                    _copy(framed[0], unit)
            last = (paragraph, framed[0])

    def _quote_source(self, units: list[Unit], i: int, by_quote: dict[int, Unit]) -> Unit | None:
        """Where a quotation without its own attribution gets its speaker from."""
        unit = units[i]
        for quote_id in sorted(unit.quote_ids):
            other = by_quote.get(quote_id)
            if other is not None and other is not unit:
                return other
        before = units[i - 1] if i else None
        after = units[i + 1] if i + 1 < len(units) else None
        if after is not None and after.own and after.speaker and self._hands_back(after, unit):
            return after
        if before is not None and before.speaker:
            if before.paragraph == unit.paragraph:
                return before
            if before.paragraph == unit.paragraph - 1 and (
                self._reopened(before, unit) or _quote_paragraph_after_quote(before, unit)
            ):
                return before
        sentence = _last_sentence(units, i)  # over a caption line: "Dr X briefed reporters.
        if (  # [caption] ‘On March 20 we …’"
            sentence is not None
            and sentence is not before
            and sentence.speaker
            and _quote_paragraph_after_quote(sentence, unit)
        ):
            return sentence
        return None

    def _hands_back(self, after: Unit, unit: Unit) -> bool:
        """ "‘…’ Her remarks drew applause." or "‘…’\\nsaid Maria Petrova.": the next unit is
        only an attribution, in the same paragraph or on the next line."""
        gap = self.layout.body[unit.end : after.start]
        close = after.paragraph == unit.paragraph or gap.count("\n") <= 1
        head = after.text.lstrip(_OPENERS + " ").split(" ", 1)[0]
        refers = head[:1].islower() or head.lower() in ("he", "she", "his", "her", "they")
        return close and (refers or after.words <= 6) and not after.is_quote

    def _reopened(self, before: Unit, unit: Unit) -> bool:
        """A quotation left open at the end of a paragraph and reopened at the next one."""
        text = before.text.rstrip()
        opens = unit.text.lstrip()[:1] in _OPENERS
        return before.is_quote and opens and text[-1:] not in "”’»\"'"


_FIRST_WORD = re.compile(r"[^\W\d_][\w'’-]*")
"""A unit's first word as written."""
_DEFINITE_NOUN = re.compile(r"(?:\b(?:[Tt]he|[Tt]his|[Tt]hat)|['’]s)\s+([a-z]+)\b")
"""A common noun that points at something named before: "the festival", "last year's festival"."""
_KIND_NOUNS = BODY_KINDS | BODY_DESCRIPTORS | INSTITUTIONS
_SYNONYM_NOUNS = frozenset().union(*DESCRIPTOR_SYNONYMS)
_QUALIFIED_NOUNS = GENERIC_ORG_NOUNS - INSTITUTIONS - BODY_KINDS
"""A trade's nouns a capitalised rank or league may qualify ("the Championship club")."""
_LEDE_NOUNS = (BODY_DESCRIPTORS | _SYNONYM_NOUNS) - INSTITUTIONS
"""Nouns a headline or lede describes its source with and no name says ("watchdog finds"):
the kinds a body's name shows ("council") are tied by the name itself."""
_HEADLINE_SOURCE = re.compile(
    r",[ \t]+(?:the[ \t]+)?((?:[a-z-]+[ \t]+){0,2}[a-z]+)[ \t]+([a-z]+)s\s*\Z"
)
"""A headline's source after a comma: "…, watchdog finds", "…, trade body says"."""
_HEADLINE_DOER = re.compile(r"([A-Z][a-z]+)[ \t]+[a-z]+s\b")
"""A headline that opens with its doer described by one noun: "Regulator fines …",
"Watchdog orders …" (a verb in the present, as headlines write it)."""


_JOINED_AFTER = re.compile(r"[ \t]+(?:and|&)[ \t]+((?:[A-Z][\w’'-]*[ \t]+){0,3}[A-Z][\w’'-]*)")
_JOINED_BEFORE = re.compile(
    r"(?<![\w’'-])((?:[A-Z][\w’'-]*[ \t]+){1,3}(?:and|&|of)[ \t]+(?:[A-Z][\w’'-]*[ \t]+){0,3})\Z"
)


_NAME_AFTER = re.compile(
    r"[ \t]+((?:[A-Z][\w'’&.-]*)(?:[ \t]+(?:(?:of|for|and|the|on)[ \t]+)?[A-Z][\w'’&.-]*)*)"
    r"(?<!['’]s)(?=[ \t]+[a-z])"
)
"""A capitalised name right after a body's noun and before the verb ("charity| Just for Kids
Law| said"), with "of"/"for"/"and" inside it."""


def _labelled_names(doc: Doc) -> Iterator[tuple[Token, Span]]:
    """A name set right after its body's kind as a label ("the farmers' union Coval warned",
    "Operator Basin Metals said"): the kind describes it as an apposition does, so the name
    is a body whatever the recogniser took it for, and "the union" later on is that name
    (the grammar reads it as a body too)."""
    for kind in doc:
        head = kind.head
        if kind.dep_ != "compound" or kind.lower_ not in KIND_LABEL_NOUNS or head.i <= kind.i:
            continue
        if not kind.text.islower() and kind.i != kind.sent.start:
            continue  # ("Network Rail": a capitalised kind inside a sentence is the name's)
        name = doc[kind.i + 1 : head.i + 1]
        if head.pos_ == "PROPN" and all(t.text[:1].isupper() for t in name):
            yield kind, name


def _called_names(doc: Doc) -> Iterator[tuple[Token, Span]]:
    """A body's kind followed by the name it goes by ("a local group called Parents for
    Safer Roads", "a charity named Hartwell Hope", "a committee known as the Lane Action
    Group"): the text says the name is that kind's, so "the group" later on is that name,
    whatever the recogniser took the name for."""
    for verb in doc:
        kind = verb.head
        if verb.dep_ != "acl" or verb.lemma_.lower() not in ("call", "name", "know"):
            continue
        if kind.lemma_.lower() not in BODY_NOUNS or not kind.text.islower():
            continue
        named = [c for c in verb.children if c.dep_ in ("oprd", "attr", "dobj")]
        named += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                  for o in c.children if o.dep_ == "pobj"]  # fmt: skip
        for head in named:
            start = head.left_edge.i + (head.left_edge.lower_ == "the")
            end = start
            while _in_name(doc, end):
                end += 1  # ("Parents for Safer Roads": capitalised words and their joins)
            if end > start and doc[start].text[:1].isupper():
                yield kind, doc[start:end]


def _in_name(doc: Doc, i: int) -> bool:
    """Whether token ``i`` goes on a capitalised name: a capitalised word, or a join ("for",
    "of", "and") with a capitalised word after it."""
    if i >= len(doc):
        return False
    if doc[i].text[:1].isupper():
        return True
    return doc[i].lower_ in NAME_JOINS and i + 1 < len(doc) and doc[i + 1].text[:1].isupper()


def _ends_a_body(name: str) -> bool:
    """Whether a name's last word says it is a body ("… Police", "… Council")."""
    last = name.split()[-1] if name.split() else ""
    return last in ORG_WORDS or last.lower() in BODY_NOUNS or last == "Constabulary"


def whole_body_name(
    body: str, at: int, name: str, person: Callable[[str], bool] = lambda _: False
) -> tuple[int, str]:
    """A body's name the recogniser cut at an "and" inside it, made whole from the article's
    own text: "Somerset Police" after "Avon and " is "Avon and Somerset Police", "Carrow"
    before " and Tamsey Police" is "Carrow and Tamsey Police". Only a run of capitalised
    words with one "and"/"&" (or "of", before the name) inside, whose last word says it is
    a body; never over a title, a person (``person``) or a body's whole name ("the Home
    Office and Kent Police" are two); a one-word name alone extends after itself."""
    end = at + len(name)
    if body[at:end] != name or not name[:1].isupper():
        return at, name
    if " " not in name and not _ends_a_body(name) and not person(name):
        after = _JOINED_AFTER.match(body, end, end + 80)
        if after is None or not _ends_a_body(after.group(1)):
            return at, name
        if after.group(1).split()[0] in STOP_CAPS:  # ("Bloomberg and The Financial Times":
            return at, name  # two bodies)
        return at, body[at : after.end()]
    before = _JOINED_BEFORE.search(body, max(0, at - 80), at)
    if before is None or not _ends_a_body(name):
        return at, name
    words = before.group(1).split()
    start = before.start()
    while words and words[0] in STOP_CAPS:
        start = body.index(words[1], start + len(words[0])) if len(words) > 1 else at
        words = words[1:]  # ("The Avon and …", "Yesterday Avon and …": from the name on)
    capitals = [w for w in words if w[:1].isupper()]
    if not words or words[0][:1].islower() or len(capitals) == len(words):
        return at, name  # (an "and" or "of" inside the run, the recogniser's cut)
    if any(_ends_a_body(w) or w in TITLE_WORDS or person(w) for w in capitals):
        return at, name  # ("the Home Office and Kent Police": two bodies)
    return start, body[start:end]


_OFFICE_OPENERS = frozenset({"the", "its", "their", "a", "new", "acting", "interim"})


def _titles_inside(entity: Span) -> list[Token]:
    """The title words the recogniser kept inside a person's name ("Bishop Edwin Roe",
    "Coroner Ann Lee": ``entity_name`` drops them): they introduce that person with the office
    as a title before the name does, so "the bishop said" elsewhere is that person."""
    kept = len(entity_name(entity.text).split())
    return [t for t in entity[: max(0, len(entity) - kept)] if t.text.rstrip(".") in TITLE_WORDS]


def _office_words(speaker: str) -> tuple[str, ...]:
    """The words of an office a speaker phrase names, lower-case, its head last ("The port's
    new harbour master": "harbour", "master"; "Care Homes Ombudsman": "care", "homes",
    "ombudsman"), or nothing: a person's or a body's name, a plural, a body's noun."""
    words = speaker.split()
    while words and (words[0].lower() in _OFFICE_OPENERS or _possessive(words[0])):
        words = words[1:]  # (its owner and what it is now: "Dunmore's new fire chief")
    if not words or len(words) > 4 or not words[-1].isalpha():
        return ()
    head = words[-1].lower()
    if head in BODY_NOUNS or head in PRESS_NOUNS or head.endswith("s") or head in ORG_WORDS:
        return ()
    if head not in ROLE_WORDS:
        return ()  # (a name: "Quarry", "Kelbury Town"; no office: "Marsh's campaign")
    return tuple(word.lower() for word in words)


_CLAUSE_MARKS = re.compile(r"[,.;:()\"“”‘’—–]")


def _phrase_words(speaker: str) -> set[str]:
    """A speaker phrase's words, lower-case, possessives as their owner ("hungary")."""
    return {re.sub(r"['’]s$", "", word).lower() for word in speaker.split()}


def _owners_before(body: str, at: int) -> set[str]:
    """The capitalised words that qualify a person's title just before their name, in its
    clause ("Dutch" of "Dutch Prime Minister Pieter …", "fire" of "Fire Chief Ann …"),
    lower-case; titles and sentence openers are none."""
    clause = _CLAUSE_MARKS.split(body[max(0, at - 40) : at])[-1]
    return {
        re.sub(r"['’]s$", "", word).lower()
        for word in clause.split()
        if word[:1].isupper() and word not in TITLE_WORDS and word not in STOP_CAPS
        and word.lower() not in ROLE_WORDS and not word.isupper()
    }  # fmt: skip


_POLICE_SOURCES = frozenset(f"{the}{noun}" for noun in POLICE_VOICE_NOUNS for the in ("", "the "))
"""The force as a speaker by a common noun: "police", "the police", "force", "the force"."""
_POLICE_WORDS = _POLICE_SOURCES | plural_nouns(POLICE_OFFICER_NOUNS)
"""The police by a common noun, their people as a bare plural too ("Officers", "Detectives")."""
_APPOSED = re.compile(r",[ \t]+((?:the|an?|[\w’'-]+[’']s)[ \t]+(?:[\w’'-]+[ \t]+){0,3}[\w’'-]+),")
"""An apposition after a name that says what the person is: ", the island's highway
superintendent,"."""
_TITLES = ROLE_WORDS | {word.lower() for word in TITLE_WORDS}
"""Role words and titles, lower-cased: before a name, a person's office, no body's name."""
_PERSON_WORDS = _TITLES | PERSON_HEADS
"""What an apposition calls a person ("X Y, a teacher", "X Y, the chair")."""
_WHICH_OF_THEM = frozenset({"first", "second", "third", "other", "same", "latter", "former"})
"""Words that pick one of the unnamed sources already quoted: "the first person said"."""
_POINTING = frozenset({"the", "these", "those", "this", "that"})
"""Words that point back at a group or one of it already named: "the people said", "these
people said", "that person said" (after "said one of the people")."""


def _one_of_many(noun: str) -> str:
    """A source noun in the singular, so that "the person said" after "people familiar with
    the matter" is one of them: "people" is "person", a plural in "-s" loses it."""
    if noun == "people":
        return "person"
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


_AFTER_HEAD = frozenset({"at", "of", "with", "for", "from", "in", "on", "who", "close", "familiar"})
"""Words that follow an unnamed source's head noun: "a consultant at the trust"."""
_SHERIFFS_OFFICE = re.compile(
    r"(?:(?:[A-Z][\w'’-]*|[A-Z][a-z]?\.|(?:[A-Z]\.)+)[ \t]+){1,4}"
    r"Sheriff['’]s[ \t]+(?:Office|Department)\b"
)
"""A sheriff's office named in full: "the Harlan County Sheriff's Office", "St. Ives County
Sheriff's Office". A word ends on a full stop only as an abbreviation ("St.", "U.S."): a
name never runs across a sentence's end ("…on Sunday. The Orrin County Sheriff's Office")."""
_THEMSELVES = re.compile(
    rf"\b(?:deputies|{'|'.join(sorted(plural_nouns(FORCE_STAFF_NOUNS)))})[ \t]+[a-z]+[ \t]+"
    r"(?:that[ \t]+)?(?:they|we)\b",
    re.IGNORECASE,
)
"""Officers who tell what they did themselves: "Deputies say they took him to the ground",
"deputies report they removed him from the car", "Officers said they chased the van"."""


def _appeal_by_police(tokens: Sequence[Token]) -> bool:
    """ "Police in Dunmere are appealing for footage", "Detectives investigating the crash
    appealed for information", "Fenmoor Constabulary has issued an appeal": an appeal whose
    subject in the parse is the police (a police body noun, "the force", the officers of
    ``POLICE_OFFICER_NOUNS`` as a bare plural, or a force's name whose words
    end on or begin with a police body noun), whatever phrase follows the subject. The pattern
    ``POLICE_APPEAL_RE`` finds only a police word right before "are appealing". "Appealed
    against the ruling" is a court's appeal: the verb needs "for" after it or the progressive,
    and no object."""
    for verb in tokens:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        lemma = verb.lemma_.lower()
        if lemma in APPEAL_LEMMAS:
            deps = {(c.dep_, c.lower_) for c in verb.children}
            asking = not any(dep == "dobj" for dep, _ in deps) and (
                verb.tag_ == "VBG" or ("prep", "for") in deps
            )  # ("are appealing the ruling", "appealed to the High Court": a court's)
        else:
            asking = lemma in APPEAL_ISSUING_LEMMAS and any(
                c.dep_ == "dobj" and c.lemma_.lower() in APPEAL_LEMMAS for c in verb.children
            )
        if asking and any(_police_subject(c) for c in verb.children if c.dep_ == "nsubj"):
            return True
    return False


def _police_subject(subject: Token) -> bool:
    """A subject that is the police: "Police", "the force" (never "Kent's force": another
    force's word), "Detectives", or a force by its name ("Fenmoor Constabulary", "Police
    Scotland")."""
    lower = subject.lower_
    if lower == "force":
        return any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
    if lower in POLICE_BODY_NOUNS or lower in _POLICE_WORDS:
        return True
    if subject.pos_ != "PROPN":
        return False
    if any(c.dep_ == "compound" and c.lower_ in POLICE_BODY_NOUNS for c in subject.children):
        return True  # ("Police Scotland": the name's head is the place)
    name = [t for t in subject.subtree if t.dep_ != "det"]
    return (name[-1].lower_ in POLICE_BODY_NOUNS and name[-1].pos_ == "PROPN"
            and all(t.pos_ == "PROPN" or t.lower_ in ("of", "and") for t in name))  # fmt: skip
    # ("The Isle of Man Constabulary is appealing": the parse's head is "Isle", the name's
    # last word says what body it is)


def _police_word(speaker: str | None) -> bool:
    """ "Police", "the force", "Detectives": the police by a common noun."""
    return (speaker or "").lower() in _POLICE_WORDS


def _police_speaks(unit: Unit, force: str) -> bool:
    """Whether a unit has the police say something as a source: the force by its name or as
    "police", "the force", or an unnamed spokesperson of it ("a police spokesperson said");
    never officers at work ("Officers have spoken to witnesses": what a release says)."""
    speaker = (unit.speaker or "").lower()
    if unit.speaker and (unit.speaker in force or speaker in _POLICE_SOURCES):
        return True  # (a part of its name too: "Somerset Police" cut from "Avon and …")
    return unit.sort == "anonymous" and ("police" in speaker or unit.affiliation == force)


def _speaks_for(unit: Unit, name: str, cue: str) -> None:
    """Make a unit an organisation's own claim."""
    unit.speaker, unit.sort, unit.speaker_type = name, "org", "organisation"
    unit.affiliation, unit.via, unit.cue = None, None, cue


def _contact_body(body: str) -> str | None:
    """A release's issuer by its media-contact field when the field names a body and no
    person's address ("Media contact: Press Office, Harwick Water Board" → Harwick Water
    Board): the body a release gives as its contact is the body that issued it."""
    match = MEDIA_CONTACT_RE.search(body)
    if match is None:
        return None
    parts = [p.strip().rstrip(".") for p in match.group("line").split(",")]
    while parts and re.search(r"[@\d]", parts[-1]):
        parts.pop()  # ("…, Westmere Port Authority, 01632 960112": the office's number or
    if not parts or any(re.search(r"[@\d]", p) for p in parts):  # address after its body)
        return None
    last = parts[-1]
    words = last.split()
    named = len(words) >= 2 and _proper(last)
    return last if named and {w.lower() for w in words} & BODY_NOUNS else None


def _writer_speaks(unit: Unit, name: str) -> None:
    """Make a unit the claim of the person who signed the piece (``Engine._signed``, a blog
    or letter signed with a role; ``Engine._column``, a Russian or Ukrainian column)."""
    unit.speaker, unit.sort, unit.speaker_type = name, "person", "person"
    unit.affiliation, unit.via, unit.cue = None, None, "signed"


def _kind_shown(name: str, shown: frozenset[str]) -> bool:
    """Whether a name ends on one of the words that show a kind, or on no kind's word at all:
    "Brackley Workers United" is a union, "Charity Commission" no trust."""
    head = _head_word(name.lower().split())
    return head in shown or head not in BODY_KINDS


def _proper(name: str) -> bool:
    """A proper name: every word capitalised but its joining words ("Office of Rail and
    Road"), never a described group ("Two water suppliers")."""
    words = name.split()
    return bool(words) and all(w[:1].isupper() or w in NAME_JOINS for w in words)


def _kin_nouns(noun: str) -> set[str]:
    """The noun and the nouns news uses for the same body in turn (``DESCRIPTOR_SYNONYMS``)."""
    return {noun}.union(*(group for group in DESCRIPTOR_SYNONYMS if noun in group))


"""Last words of a name that make it a body rather than a company or a place."""
_RELATION = re.compile(rf"\b(his|her|His|Her)\s+({'|'.join(sorted(RELATION_NOUNS))})\b")


_SPOUSES = {"husband": "wife", "wife": "husband", "boyfriend": "girlfriend",
            "girlfriend": "boyfriend", "partner": "partner", "fiance": "fiancee",
            "fiancee": "fiance"}  # fmt: skip
"""Each relation and its inverse: "her husband" of Ann is the man whose "wife Ann" she is."""


def _noun_gender(phrase: str) -> str | None:
    """The gender an unnamed source's own noun shows ("a hospital spokeswoman": "f", "a
    police spokesman", "one man": "m"); None when no word of it shows one ("a nurse")."""
    words = set(re.findall(r"[a-z]+", phrase.lower()))
    female, male = bool(words & FEMALE_NOUNS), bool(words & MALE_NOUNS)
    return "f" if female and not male else "m" if male and not female else None


def _relation_gender(noun: str) -> str | None:
    """The gender a relation noun shows ("wife" -> "f"), or None ("partner")."""
    noun = noun.lower()
    return "f" if noun in FEMALE_NOUNS else "m" if noun in MALE_NOUNS else None


_DOTTED = re.compile(r"(?:[A-Z]\.){1,5}[A-Z]\.?")


_NAME_AROUND = (
    r"(?:[A-Z][\w'’&-]*[ \t]+(?:(?:of|for)[ \t]+)?){{0,4}}{0}"
    r"(?:[ \t]+(?:(?:of|for)[ \t]+)?[A-Z][\w'’&-]*){{0,3}}"
)
"""A capitalised name with a given word in it ("Marlow County Fire Department" for "Fire",
"Minnesota Department of Transportation" for "Transportation")."""


_ORGANISERS_OF = re.compile(
    r"\b[Oo]rgani[sz]ers[ \t]+of[ \t]+((?:the[ \t]+)?(?:[A-Z][\w'’&-]*[ \t]+){0,4}[A-Z][\w'’&-]*)"
)
"""Organisers named with the event they run ("Organisers of the Kelderby Regatta")."""


_COMMITTEE_OF = re.compile(r"committee[ \t]+of[ \t]+the[ \t]+(\w+)", re.I)
"""An event's committee named after its noun ("the committee of the show")."""


_GATHERINGS = re.compile(
    "|".join(p.pattern for p in EVENTS["protest"][0] + EVENTS["walkout"][0]), re.I
)
"""People gathered or stopping work, told in words (``events.EVENTS``' protest and walkout
kinds): an event with organisers of its own, named or not."""


_HEADED_NAME = r"(?:[A-Z][\w'’&-]*[ \t]+(?:(?:of|for|and|on)[ \t]+)?){{1,5}}{0}\b"
"""A capitalised name its last word heads ("Kessfield Aviation Trust" for "Trust", "Friends
of Hale Park Trust"): up to six words, joined by "of", "for", "and" or "on"."""


def _as_written(found: Found) -> Found:
    """A generic noun for a body ("the council said") kept as the text gives it: no name the
    article offers fits it."""
    return Found(found.speaker, "organisation", "organisation", found.affiliation, found.via,
                 found.cue, found.offset)  # fmt: skip


_FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|me|my|myself)\b")


def _speaks_as_i(unit: Unit) -> bool:
    """A unit whose quotation speaks in the first person singular ("“I was suffering …”")."""
    if not unit.is_quote:
        return False
    quoted = "".join(ch if m == MASK else " " for ch, m in zip(unit.text, unit.masked,
                                                               strict=False))  # fmt: skip
    return bool(_FIRST_PERSON.search(quoted))


def _surname_like(name: str) -> bool:
    """One or two capitalised words with no word of a body's name ("Varga", "Ana Lisboa")."""
    words = name.split()
    return 1 <= len(words) <= 2 and all(
        w[:1].isupper() and w.isalpha() and w not in ORG_WORDS and w.lower() not in BODY_NOUNS
        for w in words
    )


_THIRD_PERSON = re.compile(
    r"\b(?:" + "|".join(sorted(THIRD_PERSON_PRONOUNS)) + r")\b", re.IGNORECASE
)
"""A person the unit already speaks of ("He told MPs that X had told him …"): the next
sentence's "He" may be them, not the name (the pronouns: ``lexicon.english``)."""
_SAYING_WORDS = "said|says|added|adds|told|tells|explained|continued|noted|insisted|argued"
"""Verbs of speech a surname alone is the subject or the inversion of ("Dessat added",
"said Dessat"): the evidence that a two-word name is a person's."""
_CAPITAL_RUN = re.compile(r"\b[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)+")
"""Two or more capitalised words in a row: a name (or a sentence's capitalised opening)."""


def _person_shaped(name: str) -> bool:
    """A person's shape as the names read it (``text.pronouns.person_shaped``, one home), and
    no word this layer's own vocabulary gives a body ("Harrow Council", "Lakeside Institute":
    ``ORG_WORDS``, ``BODY_NOUNS``)."""
    words = name.split()
    return person_shaped(words) and all(
        w not in ORG_WORDS and w.lower() not in BODY_NOUNS for w in words
    )


def _a_body(name: str) -> bool:
    """A name that says it is a body ("Network Operators Association", "Met Office", "Weather
    Bureau"): what "the body", "the watchdog" or "the forecaster" can stand for; a company,
    an airport or a brand ("Tarvik Motors recalled …  The watchdog said") never is."""
    words = name.split()
    return len(words) >= 2 and words[0][:1].isupper() and words[-1].lower() in _KIND_NOUNS


_BODY_AND = re.compile(r"\s+(?:and|&|и|і)\s+")
"""The conjunctions that join two bodies' names in one run ("X Trust and Y Trust", «Y и Z»)."""


def _bodies_named(name: str, text: str) -> tuple[str, ...]:
    """The bodies a name stands for: "Fenwick Ambulance Trust and Harle Hospitals Trust",
    which the recogniser often tags as one entity, names two, so "the trust" after it is
    neither (which one is not said). A name is split at "and", "&", «и» or «і» when every
    side is a full body's name by itself: a capitalised name ending in a body's head noun
    (``BODY_HEADS``, a company's head by ``cues.is_company_name``, a kind noun; in Russian or
    Ukrainian, holding an institution's noun, «Министерство … и Федеральная служба …»), or
    a name the article also writes alone. "Department of Fish and Wildlife" ("X of Y and
    Z": one body whose name holds "and") stays one name, as neither side is a body's name
    alone."""
    sides = _BODY_AND.split(name)
    if len(sides) < 2:
        return (name,)
    rest = text.replace(name, " " * len(name))
    if all(_a_full_body_name(side, rest) for side in sides):
        return tuple(sides)
    return (name,)


def _a_full_body_name(side: str, rest: str) -> bool:
    """One side of a coordination ("Harle Hospitals Trust") is a body's whole name: it starts
    with a capital and ends in a body's head noun (or, in Cyrillic, holds an institution's
    noun), or the article writes it alone elsewhere (``rest``: the text without the joint
    name)."""
    words = side.split()
    if not words or not words[0][:1].isupper():
        return False
    if re.search(rf"(?<!\w){re.escape(side)}(?!\w)", rest):
        return True
    if len(words) < 2:
        return False
    last = words[-1]
    if last in BODY_HEADS or is_company_name(words[-2:]) or last.lower() in _KIND_NOUNS:
        return True
    return bool(CYRILLIC.search(side)) and any(
        word.lower().startswith(INSTITUTION_HEADS) for word in words
    )


def _from_the_name(words: list[str]) -> list[str]:
    """A capitalised run from its name on: "The", "In" and other openers left off, and a
    joiner left after them ("Residents of Mexico City": never "of Mexico City")."""
    while words and (words[0] in STOP_CAPS or words[0] in _JOINERS):
        words = words[1:]
    return words


_NAME_GOES_ON = re.compile(
    r"(?:[ \t]+(?:of|for)(?:[ \t]+the)?(?:[ \t]+(?:and[ \t]+)?[A-Z][\w'’&-]*)+)+"
)
"""A capitalised name going on past its head noun with "of"/"for" ("… Department of Justice",
"Royal College of Emergency Medicine", "Office of Insurance Regulation")."""


def _heads(name: str) -> set[str]:
    """The words, lower-cased, that may head a body's name: its last ("Kell Valley Trust") and
    the one before its "of"/"for" ("Royal College of Emergency Medicine")."""
    words = name.split()
    joined = next((i for i, w in enumerate(words) if w in ("of", "for")), None)
    heads = {words[-1].lower()}
    if joined:
        heads.add(words[joined - 1].lower())
    return heads


def _whole_name(body: str, run: re.Match[str]) -> str:
    """A run up to its head noun with the rest of the name after it ("US Department" of "US
    Department of Justice"): the noun heads the whole name, never a cut of it."""
    tail = _NAME_GOES_ON.match(body, run.end())
    return run.group() + tail.group() if tail is not None else run.group()


_JOINERS = frozenset({"of", "for", "and", "on"})
"""The lower-case words ``_HEADED_NAME`` lets inside a name: never its first."""


_RELATION_ENDINGS = tuple(f"'s {noun}" for noun in RELATION_NOUNS)
"""How a person named by a relation ends ("Fell's son"): never the owner of a relation."""


def _whole_body(name: str, named: list[tuple[int, str]]) -> str:
    """The longest body among ``named`` whose name opens with ``name`` and goes on in common
    nouns ("Corby licensing board" for "Corby"): a name the recogniser cut from the body's
    kind is that body's; ``name`` itself when none does."""
    longer = [
        other
        for _, other in named
        if other.startswith(name + " ") and other[len(name) + 1 :].islower()
    ]
    return max(longer, key=len) if longer else name


def _staffed_by(name: str, word: str) -> bool:
    """Whether "<word> officials" can be the staff of the body ``name``: the word is its head
    ("union officials", "… Union"), or its head is no body of members named after a trade or a
    field ("fire officials" are not the "Fire Brigades Union"'s, "health officials" not the
    "World Health Organization"'s)."""
    head = name.split()[-1].lower()
    return head == word.lower() or head not in MEMBER_BODY_NOUNS


def _body_named(name: str) -> bool:
    """A body's name that says what kind of body it is ("Ostrey County Fire Department",
    "Halden International Airport"), never a bare place or brand, nor a county or district
    (a place as much as a body: "Sawtell County emergency manager"); a name with "of" by the
    word before it ("Minnesota Department of Transportation")."""
    words = name.split()
    if len(words) < 2:
        return False
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    return head.lower() in BODY_NOUNS - PLACE_BODY_NOUNS | {"airport"}


def _undotted(name: str) -> str:
    """Initials written with full stops ("F.T.C.", "the U.N") or joined by "&" ("DE&S") as
    the plain acronym ("FTC", "DES"), so they are read like one; any other name unchanged."""
    if _AMPERSANDED.fullmatch(name):
        return name.replace("&", "")
    return name.replace(".", "") if _DOTTED.fullmatch(name) else name


_BUSINESSES = sorted({*BUSINESS_NOUNS, *(n[:-1] + "ies" if n.endswith("y") else n + "s"
                                           for n in BUSINESS_NOUNS)})  # fmt: skip
_CALLED = (
    r"(?:(?:a|an|one|two|three|four|both)\s+(?:of\s+)?|among\s+)(?:[\w-]+\s+){0,3}?"
    rf"(?:{'|'.join(_BUSINESSES)})\b"
)
_PUBLIC_BODY = "|".join(sorted(PUBLIC_BODY_NOUNS))
_CALLED_NAME = re.compile(
    rf"\b([A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*){{0,3}})(?:,|\s+is|\s+are)\s+{_CALLED}"
)
"""A name the sentence calls a business right after it ("Brenn, a software company", "Brenn
is one of two companies hired", "X and Brenn, two of the largest home insurers", and one of a
set told by "among": "Brenn is among three firms hired"), whether or not the recogniser took it
for an organisation."""


_FOLLOW_ON = 2
"""How many paragraphs on an agentless follow-on line may stand from the body's statement it
continues, with nothing sourced between («Также сообщается, что …» after a paragraph of the
carrier's own deeds): further on, the writer is relaying on their own (convention 44)."""


_AMPERSANDED = re.compile(r"[A-Z]{1,3}(?:&[A-Z]{1,3})+")
"""Initials joined by an ampersand ("DE&S", "P&O"): an acronym, spelled out like one."""


def _owned(name: str) -> bool:
    """A body named by its owner and its kind ("Russia’s foreign ministry")."""
    return "’s " in name or "'s " in name


def _opened_by(name: str, noun: str) -> bool:
    """Whether a body's name is its kind noun, "of" and a capitalised name ("University of
    Kelmsford", "Museum of Coastal Life"): the noun heads it as "Trust" heads "X Trust"."""
    words = name.split()
    return (len(words) >= 3 and words[0].lower() == noun and words[1] == "of"
            and all(w[:1].isupper() for w in words[2:] if w not in ("and", "the")))  # fmt: skip


def _other_kind(name: str, noun: list[str]) -> bool:
    """ "the club said" is never the "Premier League" or "League Two" named beside the club,
    nor "the group" a "Commission", nor "the council" a "Museum Trust": a name with the word of
    another kind of body is not what a generic noun of a different kind stands for."""
    words = name.lower().split()
    if not noun or noun[0] in BROAD_BODY_NOUNS:  # ("the authority" may be a council, "the
        return False  # agency" an "… Administration")
    if noun[0] in BODY_KINDS and is_company_name(name.split()):  # ("the council" is never
        return True  # "Larkfield Homes", a company named beside it)
    kinds = BODY_KINDS if noun[0] in BODY_KINDS else BODY_KINDS | {"administration"}
    fits = FUNCTION_KINDS.get(noun[0], frozenset()) | {noun[0]}  # ("the department" may be
    head = _head_word(words)  # an Office)
    if noun[0] in _COMPANY_NOUNS and head in ARMED_HEADS:  # ("the company's chief executive"
        return True  # is never the "General Staff" that spoke before)
    if head in kinds and head not in fits:  # ("the airline" is never the "Harbour Airline
        return True  # Pilots' Union": a name says its kind by its head, not by a word before)
    return not fits.intersection(words) and any(word in kinds for word in words)
    # ("the automaker" is never an "… Administration")


def _by_fuller_name(earlier: list[tuple[int, str]], noun: list[str]) -> list[tuple[int, str]]:
    """ "The Calderport harbour council voted …", then "The council said": the recogniser's
    "Calderport" is only the place that qualifies the body the sentence described, so "the
    council" is that description, the name and the lower-case words that end on the noun.
    The descriptions are found first (few, and none without a noun): every name against every
    other was quadratic in the names before the sentence, for each "the council said"."""
    descriptions = [description for _, description in earlier if _headed_by(description, noun)]
    if not descriptions:
        return earlier
    fuller: dict[str, str] = {}
    for description in descriptions:  # (the last description that fits a name wins)
        for _, name in earlier:
            rest = description[len(name) :]
            if description.startswith(name + " ") and all(w.islower() for w in rest.split()):
                fuller[name] = description
    return [(at, fuller.get(name, name)) for at, name in earlier]


def _headed_by(name: str, noun: list[str]) -> bool:
    """Whether a description ("Calderport harbour council", "county council") ends on the
    noun that stands for it ("the council")."""
    words = name.lower().split()
    return bool(noun) and len(words) > 1 and words[-1] == noun[0]


def _head_word(words: list[str]) -> str:
    """The word a body's name ends on before any "of"/"for" phrase: "ministry" of "Ministry
    of Justice", "association" of "Harbour Pilots' Association"."""
    for i, word in enumerate(words):
        if i and word in ("of", "for"):
            return words[i - 1]
    return words[-1] if words else ""


def _most_named(earlier: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The mentions of the organisation named most often (by its first word: "Caldera Group",
    "Caldera's shares"), its fullest name last: an article names its subject again and again,
    an organisation it only mentions once ("… on Nasdaq") is not what "the company" means."""
    if not earlier:
        return earlier
    counts: dict[str, int] = {}
    for _, name in earlier:
        counts[name.split()[0]] = counts.get(name.split()[0], 0) + 1
    top = max(counts.values())
    kept = [(at, name) for at, name in earlier if counts[name.split()[0]] == top]
    if len({name.split()[0] for _, name in kept}) > 1:
        return earlier  # a tie says nothing: the nearest
    fullest = max(kept, key=lambda mention: (len(mention[1].split()), mention[0]))
    return [*kept, fullest]


SOURCE_LINE_REACH = 4
"""How many of a release's last lines may hold its "SOURCE X" line: a wire's promotion
("WANT YOUR COMPANY'S NEWS FEATURED …?") and its blank lines may follow it."""


def _issuer(body: str) -> str | None:
    """The organisation a press release's boilerplate names twice ("About the X Institute:
    The X Institute for Health Research is …"), by its full name; else, on a page marked as
    a release, the one its newswire "SOURCE X" line names (among the release's last lines)."""
    for match in ABOUT_ISSUER_RE.finditer(body):
        short, full = match.group("short").strip(), match.group("full").strip(" ,")
        if full.startswith(short):
            return full
    heading = ABOUT_HEADING_RE.search(body)
    if heading is not None:
        return heading.group("name").strip()
    if not PRESS_RELEASE_RE.search(body):
        return None  # ("SOURCE Reuters" closing a news story makes it no one's release)
    for line in body.rstrip().rsplit("\n", SOURCE_LINE_REACH)[-SOURCE_LINE_REACH:][::-1]:
        source = SOURCE_LINE_RE.search(line.strip())
        if source is not None:
            return source.group("name").strip(" .")
    return _self_described(body)


def _speaks_as(story: str, name: str) -> bool:
    """Does a page's story, outside its quotations, speak as the body ``name`` a line under its
    headline names: as "we" ("We sent four engines"), or with the name back as a sentence's
    subject ("Orrin Valley Water repaired a main")? A body's own page does; a news story under
    an outlet's or a section's line ("Evening Standard | News", "UK Politics | News") tells of
    others in the third person, and the line names no issuer of its sentences."""
    own = QUOTED_SPAN_RE.sub(" ", story)
    if FIRST_PLURAL_RE.search(own):
        return True
    subject = re.compile(
        rf"(?:^|[.!?;][ \t]+|\n)(?:The[ \t]+)?{re.escape(name)}[ \t]+[a-z]", re.MULTILINE
    )
    return subject.search(own) is not None


def _released_at_foot(body: str) -> re.Match[str] | None:
    """A release's "Issued by: <officer or body>" field as the page's last line (README
    convention 25 read at the foot, as ``_signed_at_foot`` reads a signature): the field
    ``_header`` reads at the top, which names who issues every sentence above it."""
    last = body.rstrip().rfind("\n") + 1
    return RELEASED_BY_RE.match(body, last)


_HEADER_LINES = 6
"""How many of a page's first lines are its header (a headline, a release's fields, a byline)."""


def _paragraphs(body: str) -> list[str]:
    """The body's paragraphs as blank lines part them, blank ones left out. Not
    ``text.paragraphs``: a page without a blank line is one paragraph here, not its lines."""
    return [p for p in re.split(r"\n[ \t]*\n", body) if p.strip()]


def _header(body: str) -> str:
    """The page's first lines, where a release's fields are: "Released by: …" further down is
    a sentence's, not the page's (a match's offsets hold in ``body``: a prefix of it)."""
    end = 0
    for _ in range(_HEADER_LINES):
        end = body.find("\n", end + 1)
        if end < 0:
            return body
    return body[:end]


def _self_described(body: str) -> str | None:
    """A release's issuer by its closing self-description, with no "About" heading: one of
    the last three paragraphs opening "The Halden Consumer Fund is an independent group …",
    when the release named it before (a name it gives only there may be a partner's)."""
    paragraphs = _paragraphs(body.rstrip())[-3:]
    for paragraph in reversed(paragraphs):
        match = ISSUER_SELF_RE.match(paragraph.strip())
        if match is None or len(match.group("name")) < 3:
            continue
        name = match.group("name")
        at = body.rfind(paragraph.strip())
        if 0 <= body.find(name) < at:
            return name
    return None


def _issuer_by_its_noun(units: list[Unit], issuer: str) -> None:
    """«Профспілка вимагає …» in the statement of the «Профспілка працівників освіти …»: in
    a Russian or Ukrainian release, its issuer's head noun alone, in any case, is the issuer
    (the headline's «Заява Профспілки» is no other body)."""
    head = issuer.split()[0].lower()
    for unit in units:
        speaker = (unit.speaker or "").lower()
        if not speaker or " " in speaker or unit.sort not in ("person", "org"):
            continue
        if speaker != head and head.startswith(speaker[: max(4, len(speaker) - 2)]):
            unit.speaker, unit.sort, unit.speaker_type = issuer, "org", "organisation"


def _issuer_made_whole(units: list[Unit], issuer: str) -> None:
    """A release's issuer the recogniser cut before its legal suffix ("Storage LLC" of
    "Brightfen Grid Storage LLC today announced …"): the issuer by the name its boilerplate
    gives, wherever the unit's text has that name and a suffix around the speaker."""
    for unit in units:
        speaker = unit.speaker or ""
        if not speaker or speaker == issuer or unit.sort not in ("person", "org"):
            continue
        for suffix in LEGAL_SUFFIXES:
            whole = f"{issuer} {suffix}"
            if whole in unit.text and speaker in whole and speaker not in issuer:
                unit.speaker, unit.sort, unit.speaker_type = issuer, "org", "organisation"
                break


_COMPANY_NOUNS = frozenset({"company", "firm"})
"""What a company's release calls itself in its own text: "the company", "the firm"."""
_THE_COMPANY = re.compile(r"\b[Tt]he\s+(?:company|firm)\b")
""" "the company", "the firm" in a text: the company named before, still spoken of."""
_UNSPECIFIED = re.compile(r"\b(?:at|with|from|for|in)\s+one\s+of\b")
"""An unnamed source tied to one of several bodies, which the text leaves unnamed ("at one
of the big six suppliers")."""
_PERSONAL = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f"}


def _capitalised_by_place(entity: Span) -> bool:
    """ "Queues at the border have tripled": one word the tagger reads as a plural common noun,
    capitalised only because it opens its sentence, is no body's name, whatever the
    recogniser said (a body named so is a proper noun to the tagger: "Unilever said")."""
    return len(entity) == 1 and entity[0].tag_ == "NNS" and entity[0].is_sent_start is True


def _a_person(entity: Span) -> bool:
    """ "For Ciaran Mollet, a former detective who now advises …", "Renata Coldwell had to stop
    her shift": two or three proper nouns the recogniser took for an organisation are a
    person's name when a noun of a person is set in apposition to them, or a his/her of
    theirs follows them in their sentence and it names no other person; never a name with a
    word of a body's or a legal form. A name it took for a place, or one word it took for an
    organisation, is a person's only by such an apposition ("Amira, a 31-year-old care
    worker from Tunis,")."""
    words = entity.text.split()
    if (entity.label_ in ("GPE", "LOC", "FAC") and 1 <= len(words) <= 3) or (
        entity.label_ == "ORG" and len(words) == 1
    ):
        return _apposed_person(entity)
    if entity.label_ != "ORG" or not 2 <= len(words) <= 3:
        return False
    if any(t.pos_ != "PROPN" or t.text in ORG_WORDS or t.lower_ in BODY_NOUNS
           or t.text in LEGAL_SUFFIXES or not t.text[:1].isupper() for t in entity):  # fmt: skip
        return False
    apposed = [c for c in entity.root.children if c.dep_ == "appos"]
    if any(c.lemma_.lower() in _PERSON_WORDS or any(t.lower_ == "who" for t in c.subtree)
           for c in apposed):  # fmt: skip
        return True
    if _after_a_persons_noun(entity):  # "fitness coach Iker Bastida will also leave"
        return True
    if any(_who_clause(c) for c in entity.root.children):  # "X Y, who sponsored the bill,"
        return True
    others = [e for e in entity.sent.ents if e.label_ == "PERSON"]
    return not others and _pronoun_after(entity) is not None


def _after_a_persons_noun(entity: Span) -> bool:
    """ "Assistant coach Ramon Ures and fitness coach Iker Bastida will also leave": a name set
    right after a noun of a person in lower case (a role, "resident"), with no determiner or
    possessive between, is that person's, whatever the recogniser took it for; "the club"
    said next is never theirs."""
    if entity.start == 0:
        return False
    before = entity.doc[entity.start - 1]
    return before.pos_ == "NOUN" and before.is_lower and before.lemma_ in _PERSON_WORDS


def _apposed_person(entity: Span) -> bool:
    """A name of one to three proper nouns with a noun of a person set in apposition to it
    ("Amira, a 31-year-old care worker,"): a person's, whatever the recogniser took it for."""
    if any(t.pos_ != "PROPN" or t.text in ORG_WORDS or not t.text[:1].isupper() for t in entity):
        return False
    return has_person_apposition(entity.root)


_ALONE = re.compile(r"(?<=[a-z] )([A-Z][a-z]{2,}\w*)(?= [a-z]|[,.;:])")
"""A capitalised word inside a sentence, between a lower-case word and one (or a stop)."""


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")


def _written_alone(body: str) -> set[str]:
    """The words an article writes with a capital, alone, inside a sentence ("complaints
    about Hearthsure in the year"): names, whatever the tagger reads them as elsewhere."""
    return set(_ALONE.findall(body))


def _who_clause(clause: Token) -> bool:
    """A relative clause whose subject is "who" ("…, who sponsored the ordinance,"): it
    describes a person ("which" describes a thing)."""
    return clause.dep_ == "relcl" and any(
        w.lower_ == "who" and w.dep_ in ("nsubj", "nsubjpass") for w in clause.children
    )


def _agency_dateline(paragraph: str) -> bool:
    """A paragraph opening on a dateline that names a news agency ("ASHBY, Pa., June 2
    (Reuters) - …"): wire copy, never a body's own release."""
    line = dateline_at(paragraph, 0)
    return line is not None and line.outlet is not None


def _reported(paragraphs: Sequence[str]) -> bool:
    """A reporter's byline or an agency dateline among a page's header lines: the page is a
    news story, never a body's own release or page, whatever its foot says."""
    return any(_byline(p) or _agency_dateline(p) for p in paragraphs[:_HEADER_LINES])


def _byline(paragraph: str) -> bool:
    """A byline paragraph ("By Ann Lee and Tom Hale | May 4", "Ann Lee, Work Correspondent"):
    its names are the writers', who say "I", never a "she" of the story."""
    text = paragraph.strip()
    if not text or len(text.split()) > 12 or text[-1] in '.!?"”’»:':
        return False  # (a sentence: "By the time police arrived, the van had gone.")
    if BYLINE.match(text):
        return True
    name, comma, job = text.partition(",")
    words = job.split()
    return bool(comma and words and 2 <= len(name.split()) <= 4) and (
        words[-1].strip(".").casefold() in PRESS_ROLES
    )


def _pronoun_after(entity: Span) -> str | None:
    """The gender of a his/her after a name in its sentence that belongs to the name: the
    possessive of something its verb governs ("Renata Coldwell had to stop her shift"), never
    an object's ("X had told him"), which is someone else."""
    root = entity.root
    for token in entity.sent[entity.end - entity.sent.start :]:
        if token.lower_ not in ("his", "her") or token.dep_ != "poss":
            continue
        for verb in token.ancestors:
            if any(c.dep_ in ("nsubj", "nsubjpass") and c.i == root.i for c in verb.children):
                return _PERSONAL[token.lower_]
    return None


def _company(entity: Span) -> bool:
    """ "Whitlow Retail is exploring a sale", "Ashdown Holdings said": two or three
    capitalised words the recogniser took for a person's name, the last a word that ends a
    company's name and no person's (lexicon ``COMPANY_HEADS``), are a company's name: "the
    company" later on stands for it, and it speaks as a body. So is a name qualified by where
    it is based ("Idaho-based Kestrel Seed"): a firm's or a body's, never a person's."""
    return entity.label_ == "PERSON" and (
        is_company_name(entity.text.split()) or any(hyphen_based(c) for c in entity.root.children)
    )


_PASSING_ARCS = frozenset({"pobj", "dobj", "iobj", "dative", "poss"})


def _in_passing(entity: Span) -> bool:
    """Is a name no clause's subject: the object of a preposition or a verb, or a possessor
    ("a new deal with Harlow Line", "Harlow Line's ship"), through the words it is apposed,
    joined or compounded to? A "he"/"she" further on does not turn to it over the last man or
    woman quoted (``Engine._speaker_resumed``)."""
    root = entity.root
    while root.dep_ in ("appos", "conj", "compound") and root.head is not root:
        root = root.head
    return root.dep_ in _PASSING_ARCS


def _origin(entity: Span) -> bool:
    """ "a 27-year-old teacher from Hembury": a name after "from" that describes where a
    person comes from is a place, whatever the recogniser said, never a "she" to come."""
    root = entity.root
    return (
        len(entity) == 1
        and root.dep_ == "pobj"
        and root.head.lower_ == "from"
        and root.head.head.pos_ == "NOUN"
        and root.head.head.lemma_.lower() in _PEOPLE_NOUNS
    )


_PEOPLE_NOUNS = PERSON_HEADS | MALE_NOUNS | FEMALE_NOUNS | ROLE_WORDS
"""Nouns of a person described by where they come from ("a teacher from X")."""


def _place_shaped(entity: Span) -> bool:
    """ "superintendent of schools in Marlow Falls": a name of two words or more the recogniser
    took for a person's whose last word ends a venue's or a place's name and no person's
    (``LANDMARK_HEADS``, ``VENUE_HEADS``) is a place, never the "he" of the next sentence."""
    words = entity.text.split()
    return len(words) >= 2 and words[-1] in _PLACE_ENDS


_PLACE_ENDS = LANDMARK_HEADS | VENUE_HEADS
"""Last words of a place's or a venue's name (``_place_shaped``, asked of every person's name
the recogniser finds: one set, not a union a call)."""


def _represents_businesses(clause: Token) -> bool:
    """ "…, which represents haulage firms,": a relative clause that makes the body it hangs
    on an employers' or a trade's (its object a business's noun or an employer's word)."""
    return (
        clause.dep_ == "relcl"
        and clause.lemma_ == "represent"
        and any(
            o.dep_ == "dobj" and o.lemma_.lower() in BUSINESS_NOUNS | EMPLOYER_WORDS
            for o in clause.children
        )
    )


def _kind_after_name(entity: Span) -> Token | None:
    """ "the Coastal Fitters union", "the Harbour Tenants association": a body's kind
    written in lower case after its capitalised name, inside what the recogniser took for
    the name: "the union" later on stands for it (the name kept whole, as written)."""
    last = entity[-1]
    words = [t for t in entity if t.lower_ != "the"]
    if len(words) < 2 or not last.text.islower() or last.pos_ != "NOUN":
        return None
    if last.lemma_.lower() not in BODY_NOUNS or not words[-2].text[:1].isupper():
        return None
    return last


def _kind_noun_after(entity: Span) -> Token | None:
    """ "members of the Pellam Drivers union", "the RWU union": a members' body's lower-case
    kind noun right after a name the recogniser ended before it, the name a compound of the
    noun: "the union" later on is that name. Never a person's or a place's name."""
    if entity.label_ in ("PERSON", "GPE", "LOC", "DATE", "TIME", "CARDINAL", "MONEY"):
        return None
    doc = entity.doc
    if entity.end >= len(doc):
        return None
    noun, last = doc[entity.end], entity[-1]  # (the root may be its "the", hung on the noun)
    if noun.pos_ != "NOUN" or not noun.text.islower() or last.head.i != noun.i:
        return None
    if last.dep_ != "compound" or noun.lemma_.lower() not in _MEMBERS_NAMED:
        return None  # (a body of members is named for them; "the Premiership club", "the
    return noun  # Quarley company" name the league or the owner, not the body)


def _unrecognised_before_kind(doc: Doc) -> Iterator[tuple[Token, Span]]:
    """ "the PTU union", "the Ferrier Dockers union": capitalised words the recogniser left
    out of every entity, set between "the" and a body's lower-case kind noun as its compounds:
    the body's name ("the union" later on is it)."""
    for noun in doc:
        if noun.pos_ != "NOUN" or not noun.text.islower() or noun.i < 2:
            continue
        if noun.lemma_.lower() not in _MEMBERS_NAMED:
            continue  # (as in ``_kind_noun_after``: "the Free Kavan Front rebels" too)
        start = noun.i
        while start > 0 and _compound_name_word(doc[start - 1], noun):
            start -= 1
        if start == noun.i or start == 0 or doc[start - 1].lower_ != "the":
            continue
        run = doc[start : noun.i]
        if any(t.ent_type_ for t in run):
            continue  # (a name the recogniser found: ``_kind_noun_after``)
        yield noun, run


def _compound_name_word(word: Token, noun: Token) -> bool:
    """A capitalised proper noun the parser hung on ``noun`` as its compound ("PTU" union), or
    on a word between them that is ("Free" Kavan Front rebels: "Free" on "Kavan", on "Front")."""
    return word.pos_ == "PROPN" and word.dep_ == "compound" and word.i < word.head.i <= noun.i \
        and word.text[:1].isupper()  # fmt: skip


def _kind_noun_before(entity: Span) -> Token | None:
    """ "the regulator Ofreg announced", the name read as a place or a product: a body's kind
    noun just before it, "the" before the noun and the name in apposition to it (or the
    subject the noun qualifies) is that body, whatever the recogniser took the name for."""
    doc = entity.doc
    if entity.start < 2 or entity.label_ not in ("GPE", "NORP", "PRODUCT", "FAC", "WORK_OF_ART"):
        return None
    noun, det = doc[entity.start - 1], doc[entity.start - 2]
    if noun.pos_ != "NOUN" or not noun.text.islower() or det.lower_ != "the":
        return None
    if noun.lemma_.lower() not in BODY_NOUNS - PLACE_BODY_NOUNS:
        return None
    root = entity.root
    tied = (root.dep_ == "appos" and root.head.i == noun.i) or (
        noun.dep_ == "compound" and noun.head.i == root.i
    )
    return noun if tied else None


_MEMBERS_OF = re.compile(
    r"[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"([A-Z][\w'’&-]*(?:[ \t]+(?:(?:of|for|and)[ \t]+)?[A-Z][\w'’&-]*)+)"
)
"""The body a members' noun belongs to, named after it ("the trustees of the Harlow Miners
Pension Scheme"): two capitalised words or more."""

_MEMBERS_NAMED = MEMBER_BODY_NOUNS | ARMED_GROUP_MEMBERS
"""A members' body's noun, or its members' ("union", "rebels"), set after the name they share
("the Pellam Drivers union", "the Free Kavan Front rebels")."""


def _armed_member(word: Token) -> bool:
    """ "rebel" in "the rebel Harvest Movement": a member of an armed group, noun or (to the
    tagger) adjective, that describes the group it is set beside (``ARMED_GROUP_MEMBERS``)."""
    return word.lemma_.lower() in ARMED_GROUP_MEMBERS and word.pos_ in ("NOUN", "ADJ")


def _bracketed(entity: Span) -> bool:
    """ "(Reuters)", "(AP)" in a dateline, "(ONS)" after the full name: never what "the
    company" or "it" stands for."""
    doc = entity.doc
    before = doc[entity.start - 1].text if entity.start > 0 else ""
    after = doc[entity.end].text if entity.end < len(doc) else ""
    return before == "(" and after == ")"


def _first_person(speaker: str | None) -> bool:
    """ "according to our own survey", "our members rejected", «Ми порахували»: in an answer,
    the speaker's own side, so the interviewee's account, not a group or document of its own."""
    return (speaker or "").lower().split()[:1] in (["our"], ["my"], ["we"], ["ми"], ["мы"])


def _described_subject(tokens: Sequence[Token]) -> str | None:
    """The name a main clause's subject gives after a body's noun ("The drivers' union Aslef
    has put out …"), whatever the recogniser made of it."""
    for token in tokens:
        if token.dep_ != "nsubj" or token.head.dep_ != "ROOT" or token.pos_ != "PROPN":
            continue
        nouns = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
        names = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if nouns and nouns[-1].lemma_.lower() in BODY_NOUNS and token.text[:1].isupper():
            return " ".join(t.text for t in [*names, token] if t.i > nouns[-1].i)
    return None


def _named_person(unit: Unit) -> bool:
    """A unit whose own source is a person by full name ("Our finance director, Ann Roe,
    told the board …", «Наш завгосп Петро Ч. порахував …»): inside an answer, a source the
    interviewee cites by name."""
    speaker = unit.speaker or ""
    return unit.own and unit.sort == "person" and " " in speaker and speaker.istitle()


def _own(unit: Unit) -> bool:
    """A unit that names its own source, a person, body, group or unnamed one."""
    return unit.own and (unit.speaker is not None or unit.sort == "anonymous")


def _cited(unit: Unit) -> bool:
    """An answer that cites a body by its name as the source of what it says ("according
    to the Centers for Disease Control", "The Craft Bakers Association says", "The figures
    from the Dairy Board show"): that body's claim (README, heldout7), read from the answer's
    own words; a body described by a common noun ("the state arts council has confirmed")
    and the interviewee's own side ("our own survey") stay the interviewee's."""
    speaker = unit.speaker or ""
    return (
        unit.own
        and unit.sort == "org"
        and speaker[:1].isupper()
        and unit.cue not in ("context", "press release", "interview")
        and not _first_person(speaker)
        and _named_in(unit.text, speaker)
    )


def _named_in(text: str, name: str) -> bool:
    """Does ``text`` write the body ``name`` by its name ("The Ministry of Justice's own
    review", "the CDC says") rather than by a common noun the engine resolved to it ("the
    council has agreed" for the Wendle District Council the article named before)?"""
    words = [w for w in name.split() if w[:1].isupper() and w not in STOP_CAPS]
    initials = "".join(w[0] for w in words)
    found = set(re.findall(r"[\w'’-]+", text))
    return any(w in found for w in words) or (len(initials) >= 2 and initials in found)


def _credited(body: str, at: int) -> bool:
    """A name right after "by" ("By Eric Hale, Technology Editor", "Interview by Ann Roe") or
    an interview's Russian or Ukrainian credit words («Розмовляла Ганна Сотничук») is the
    writer credited with the page, never the person an interview's answers belong to."""
    before = body[max(0, at - 40) : at]
    return _BY_NAME.search(before) is not None or interview.credited(before)


def _last_sentence(units: list[Unit], i: int) -> Unit | None:
    """The last full sentence before unit ``i``, over the caption or name lines between (no
    sentence punctuation at their end), in the paragraph just before those lines."""
    j = i - 1
    while j >= 0 and not units[j].text.rstrip().endswith(tuple(".!?" + CLOSERS.strip())):
        j -= 1
    if j < 0 or j == i - 1:
        return None
    skipped = {u.paragraph for u in units[j + 1 : i]}
    return units[j] if units[i].paragraph - units[j].paragraph == len(skipped) + 1 else None


def _quote_paragraph_after_quote(before: Unit, unit: Unit) -> bool:
    """A paragraph that opens with a quotation and names nobody, right after a person's words
    (quoted, or reported with "said", a named person's or an unnamed source's), continues
    them: news writing attributes a new speaker's words, so a bare quotation is the last
    speaker's ("Officials say …" then a bare quotation stays an orphan: a group does not
    speak one sentence)."""
    said = before.is_quote or (before.own and before.sort in ("person", "anonymous"))
    return said and before.sort in ("person", "anonymous") and unit.text.lstrip()[:1] in _OPENERS


def _cut(text: str) -> bool:
    """A unit that starts or ends mid-sentence (a hard-wrapped line): read its whole sentence."""
    stripped = text.strip()
    first = stripped.lstrip(_OPENERS + "(")[:1]
    return not stripped.endswith(tuple(".!?:;…" + CLOSERS.strip())) or first.islower()


_WITHHELD_HEADS = re.compile(
    r"\b(?:sources?|insiders?|people|persons?|familiar|officials?|spokes\w*|executives?|"
    r"representatives?|aides?|officers?|staff(?:ers?)?|employees?|panel|court|board|"
    r"committee|team|group)\b",
    re.I,
)
"""Heads of an unnamed source the lede rule leaves alone: one kept unnamed on purpose ("a
source"), or a body's voice ("an official", "a spokesman"), which the text may keep unnamed
while it names another of the body's people next (the labels split on it: heldout18 named its
"a spokesman for the facility" by the spokesman named next, heldout18's "an official in …"
and heldout21's airport spokesman stay anonymous), and a body ("a three-judge panel")."""


def _lede_unnamed(units: list[Unit]) -> Unit | None:
    """The lede's unit an unnamed person speaks ("A mum of three says …"), before any named
    person spoke, when nothing says the person is kept unnamed on purpose."""
    top = units[0].paragraph + 4 if units else 0  # (a headline, a deck, a byline, a dateline)
    for unit in units:
        if unit.paragraph > top or unit.sort == "person":
            return None
        if unit.sort != "anonymous":
            continue
        speaker = unit.speaker or ""
        indefinite = speaker.split()[:1] in (["A"], ["An"], ["a"], ["an"])
        if not indefinite or unit.cue == ANONYMITY or ANONYMITY_RE.search(unit.masked):
            return None
        withheld = _WITHHELD_HEADS.search(_SPOKESPERSON.sub("", speaker))
        return None if withheld else unit
    return None


_SPOKES_WORD = r"spokes(?:man|woman|person)"
_SPOKESPERSON = re.compile(rf"\b{_SPOKES_WORD}\b", re.I)
"""A lede's "a spokesman said", which ``_lede_source_named`` gives to the spokesman the next
paragraph names ("spokesman Ann Roe said", "Ann Roe, a spokeswoman for the port, said"), or
to a name that comes bare with its verb ("…," Ann Roe told reporters), never to another of the
body's people (README item 19; heldout7, heldout18 and heldout24 name the lede's spokesman
so)."""


def _introduced_as_spokesperson(text: str, name: str) -> bool:
    """Whether ``text`` gives ``name`` a spokesperson's title or apposition ("government
    spokesman Ann Roe", "Ann Roe, a spokeswoman for …"), or no post at all: the bare name and
    its verb of speech after a quotation or at the start ("…," Ann Roe told reporters)."""
    quoted = re.escape(name)
    titled = rf"{_SPOKES_WORD}[ \t]+{quoted}"
    apposed = rf"{quoted},[ \t]+(?:(?:a|an|the)[ \t]+)?(?:[\w'’.-]+[ \t]+){{0,4}}spokes"
    bare = rf"(?:\A|[”\"’,][ \t]*){quoted}[ \t]+(?:said|says|told|tells|added)\b"
    return bool(re.search(f"{titled}|{apposed}|{bare}", text))


_BRACKETED_TAIL = re.compile(r"\s*\([^)]*\)?\s*\Z")
"""A name's short form in brackets, closed or cut ("Union of Valley Councils (UVC")."""


_DOCUMENT_NOUN_ALTERNATIVES = "|".join(sorted(EN_DOCUMENT_NOUNS))
"""The document nouns as one regular-expression alternation (``_document_of``)."""


def _document_of(text: str, name: str) -> bool:
    """Whether ``text`` names ``name`` as a document's author: "<name>('s) [own] [word]
    figures", "figures … published by/from <name>", "Analysis by <name>"."""
    nouns = _DOCUMENT_NOUN_ALTERNATIVES
    quoted = re.escape(name)
    return bool(
        re.search(rf"{quoted}(?:['’]s)?[ \t]+(?:own[ \t]+)?(?:\w+[ \t]+)?(?:{nouns})\b", text)
        or re.search(
            rf"\b(?i:{nouns})\b(?:[ \t]+\w+){{0,3}}[ \t]+(?:by|from)[ \t]+"
            rf"(?:the[ \t]+)?{quoted}",
            text,
        )
    )


def _copy(source: Unit, unit: Unit) -> None:
    unit.speaker, unit.sort, unit.speaker_type = source.speaker, source.sort, source.speaker_type
    unit.affiliation, unit.via, unit.cue = source.affiliation, source.via, "context"


def _shift(found: Found, offsets: dict[int, int], tokens: list[Token]) -> Found:
    """Offsets in a Doc are per paragraph; the engine compares them across the body."""
    base = offsets[id(tokens[0].doc)] if tokens else 0
    return replace(found, offset=base + found.offset)


_RU_UK_PRONOUNS = {"m": "he", "f": "she", "pl": "they", "n": "it"}
_WORD_RUN = re.compile(r"[^\W\d_][\w'’-]*")


def _from_ru_uk(source: ru_uk.Source | None, start: int) -> Found | None:
    """A Russian or Ukrainian sentence's source (``ru_uk``) in the engine's terms."""
    if source is None:
        return None
    if source.kind == ru_uk.SILENT:  # "В пресс-службе не ответили на запрос": no source
        return Found(None, SILENT, cue=SILENT, offset=start + source.offset)
    speaker, kind = source.speaker, source.kind
    speaker_type = {"person": "person", "organisation": "organisation"}.get(kind)
    if kind == "pronoun":
        speaker = _RU_UK_PRONOUNS.get(source.gender or "", "he")
    gender = source.gender if source.gender in ("m", "f") else None
    phrase = None
    if kind == "pronoun" and source.gender == "n" and source.speaker:  # "В ведомстве
        phrase = ru_uk.institution_nominative(source.speaker.lower())  # уточнили": kept if
        # nothing is named before
    return Found(speaker, kind, speaker_type, source.affiliation, source.via, source.cue,
                 start + source.offset, gender, phrase)  # fmt: skip


def attribute(layout: Layout, units: list[Unit], turns: dict[int, str] | None = None) -> People:
    """Fill in every unit's source; returns the article's people (roles, full names).
    ``turns``: ``interview.turns(units)``, when the caller made it (it reads only the units'
    text and paragraphs, which attribution never changes)."""
    engine = Engine(layout)
    engine.run(units, turns)
    kinds.resolve(layout.body, units, engine.not_the_kind)  # ("the sheriff" the engine left
    # as written)
    return engine.people
