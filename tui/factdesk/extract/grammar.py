"""Who one sentence says is speaking, read from its dependency parse and named entities.

The speaker is the subject of the main-clause reporting verb: a reporting verb inside the
reported clause ("an official told the agency that the ministry has concluded …") or inside a
relative clause ("a claim Moscow denies") never speaks, and a verb inside quotation marks is
the quoted person's, not the writer's. The subject's head noun decides what it is: a named
person or organisation (its type from the entity recogniser), an unnamed source ("a source
close to the minister", "Pentagon officials": anonymous, affiliated to the name), a vague
group ("analysts say"), or a pronoun the article must resolve. Apposition gives a name to a
common noun ("Her colleague at the network, Tom Reyes, insists"); "X of/with/at ORG" gives the
person an affiliation; "told OUTLET", "in an interview with OUTLET" and "the newspaper quotes
a source" give the channel, never the speaker. Nothing here knows a name from any article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from factdesk.extract.cues import (
    ANONYMITY_RE,
    ANONYMOUS_HEADS,
    ANSWER_NOUNS,
    ANSWERING_LEMMAS,
    APOLOGY_LEMMAS,
    APPOSED_PERSONS,
    AUTHORITY_ADDRESSEES,
    BODY_KINDS,
    BUSINESS_NOUNS,
    CALLING_LEMMAS,
    CHARGE_NOUNS,
    CITING_WORDS,
    DECLARED_STATES,
    DECLARING_LEMMAS,
    DEED_LEMMAS,
    DELEGATE_HEADS,
    DOCUMENT_NOUNS,
    EMPLOYEE_HEADS,
    EVALUATIVE_ADJECTIVES,
    EXAMINATION_NOUNS,
    EXAMINER_HEADS,
    EXPRESSION_LEMMAS,
    FACELESS_HEADS,
    FEMALE_NOUNS,
    FEMALE_TITLES,
    FIGURE_NOUNS,
    FILING_LEMMAS,
    FINDING_LEMMAS,
    GENERIC_ORG_NOUNS,
    HANDING_LEMMAS,
    INSTITUTIONS,
    INSTRUMENT_NOUNS,
    INVOLVED_HEADS,
    KIND_LABEL_NOUNS,
    KNOWLEDGE_WORDS,
    MALE_NOUNS,
    MALE_TITLES,
    MEASURING_LEMMAS,
    MEDIA_NOUNS,
    OBTAINING_LEMMAS,
    OFFENCE_NOUNS,
    OFFICE_TITLES,
    ORG_NOUNS,
    ORG_WORDS,
    PAPERS,
    PART_NOUNS,
    PART_OF_KIND,
    PERSON_HEADS,
    PLACE_BODY_NOUNS,
    PLACING_LEMMAS,
    PLACING_PREPOSITIONS,
    PLEA_LEMMAS,
    PLEDGE_LEMMAS,
    POLL_LEMMAS,
    PRESS_GROUP_WORDS,
    PRESS_NOUNS,
    PROSECUTOR_NOUNS,
    RAISED_STANCE_NOUNS,
    READING_LEMMAS,
    REFUSAL_LEMMAS,
    REFUSED_BY_NEGATION,
    REFUSED_LEMMAS,
    REFUSING_AUX,
    REJECTING_LEMMAS,
    RELATION_NOUNS,
    RESCUE_NOUNS,
    ROLE_WORDS,
    RULING_LEMMAS,
    RULING_PARTICLES,
    SCHOLAR_NOUNS,
    SCHOLAR_TITLES,
    SECTOR_NOUNS,
    SHOWING_LEMMAS,
    SIDE_NOUNS,
    SINGULAR_BODY_HEADS,
    SITE_NOUNS,
    SOURCE_NOUNS,
    STAFF_COLLECTIVES,
    STAFF_HEADS,
    STOP_CAPS,
    SUBORDINATORS,
    SUING_LEMMAS,
    SUIT_NOUNS,
    TEAM_NOUNS,
    TIME_UNITS,
    TITLE_WORDS,
    TRADE_NOUNS,
    UNANSWERED_LEMMAS,
    UNNAMED_ONLY_HEADS,
    VOICING_PRONOUNS,
    VOLITION_AUX,
    is_company_name,
    is_legal_form,
)
from factdesk.extract.initials import is_acronym
from factdesk.extract.origins import is_outlet
from factdesk.language.parse import hyphen_glued
from factdesk.lexicon.english import (
    ADDRESS_LEMMAS,
    ANONYMITY_NOTE_LEMMAS,
    ANONYMITY_NOTE_VERBS,
    AT_LARGE_DETERMINERS,
    BODY_HEADS,
    BRANDING_LEMMAS,
    CLAIM_NOUNS,
    COUNTED_QUANTIFIERS,
    COUNTRY_WORDS,
    DEMONYMS,
    FORCE_OFFICER_NOUNS,
    FORECAST_NOUNS,
    HAPPENING_NOUNS,
    HEARING_NOUNS,
    HEARSAY_ADVERBS,
    IMPERSONAL_LEMMAS,
    INDEFINITE_DETERMINERS,
    ISSUED_NOUNS,
    ISSUING_LEMMAS,
    LAW_ENFORCEMENT_NOUNS,
    LEARNING_LEMMAS,
    LEARNING_PARTICLES,
    LEARNT_FROM_LEMMAS,
    NAME_JOINS,
    NAMING_LEMMAS,
    PART_QUANTIFIERS,
    PEOPLE_NOUNS,
    PEOPLE_SPEECH_LEMMAS,
    POINTING_LEMMAS,
    PRESS_LEMMAS,
    PRESS_REVIEW_LEMMAS,
    PRESS_ROLES,
    PUBLISHING_LEMMAS,
    QUOTING_LEMMAS,
    RAISED_HEARSAY_LEMMAS,
    RELAYED_LEMMAS,
    RESULT_NOUNS,
    RESULTS_LEMMAS,
    REVISING_LEMMAS,
    SAID_FORMS,
    SETTLEMENT_NOUNS,
    SHARE_NOUNS,
    SHORT_RANKS,
    SOMEONE_PRONOUNS,
    SPEECH_LEMMAS,
    SPEECH_NOUNS,
    THAT_CLAUSE_LEMMAS,
    TOLD_BY_LEMMAS,
    VIEW_NOUNS,
    WARNING_NOUNS,
    WELCOMING_LEMMAS,
)
from factdesk.lexicon.given_names import GIVEN_NAMES
from factdesk.lexicon.reporting_ru_uk import PLATFORMS
from factdesk.text.pronouns import person_shaped

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

    from spacy.tokens import Doc, Span, Token

PERSON, ORGANISATION = "person", "organisation"
CALLED_IT = "its"
"""The cue of an organisation the grammar knows is one although the recogniser took its name
for a person's ("X will cut 6% of its staff, the company said"): never made a person."""
_ORG_LABELS = {"ORG", "GPE", "NORP", "FAC"}
_MODIFIERS = frozenset(("det", "compound", "amod", "poss", "nummod", "quantmod"))
"""Dependents a bare name does not take ("The Board", "Retail Analysts", "Two Sources")."""
_THE_I = "The i"
"""A paper's name that is also a pronoun: "The i says" (never "I said")."""
_QUOTE_OPENERS = frozenset("“‘\"'«")
_AFFILIATION_LABELS = {"ORG", "GPE", "NORP", "FAC", "PERSON"}
_SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
_CLIMB = {"conj", "xcomp", "advcl", "pcomp", "prep", "acomp"}
_LINKS = {"of", "with", "at", "from", "for", "in", "to"}
_PRONOUNS = {
    "he": "he",
    "she": "she",
    "they": "they",
    "it": "it",
    "we": "we",
    "his": "he",
    "her": "she",
    "their": "they",
    "its": "it",
    "our": "we",
}
_MAX_PHRASE = 12
_THIRD_PERSON = {"reports", "says", "writes", "adds", "notes", "warns", "claims", "tells"}
_REVIEW_FORMS = {"leads", "splashes", "headlines"}
"""A press review's verbs of a front page, read as nouns after a paper's name ("The Daily
Courier splashes on …"): only before "on"/"with"."""


@dataclass(frozen=True, slots=True)
class Found:
    """What one sentence says about its source."""

    speaker: str | None
    kind: str
    """"person", "organisation", "anonymous", "vague", "pronoun", "role", "definite" (an
    organisation by a common noun) or "epithet" (a person by nationality or age)."""
    speaker_type: str | None = None
    affiliation: str | None = None
    via: str | None = None
    cue: str = ""
    offset: int = 0
    """Character offset (in the body) of the speaker's head word."""
    gender: str | None = None
    """"m"/"f" when a title or the pronoun itself shows it."""
    phrase: str | None = None
    """A role's words as written ("transport minister") when ``speaker`` is its head word."""
    office: tuple[str, ...] = ()
    """A role's words that name the office, lower-case: its head and the plain words
    compounded with it ("defence", "secretary"; never an organisation's name: "Labour MP")."""

    def with_via(self, via: str | None) -> Found:
        if via is None or self.via:
            return self
        return replace(self, via=via)


EntityOf = "Callable[[Token], Span | None]"


def _note_on_anonymity(tokens: Sequence[Token], quoted: Callable[[Token], bool]) -> bool:
    """ "They asked not to be identified because the talks are private", "The sources spoke
    on condition of anonymity because …": the writer's note on why a source is unnamed is the
    writer's (README item 3: none), when the anonymity is all the sentence says: its main verb
    asks, speaks, is authorised or declines, and nothing in it reports words ("A nurse, who
    asked not to be named, said …" is the nurse's)."""
    root = next((t for t in tokens if t.dep_ == "ROOT"), None)
    if root is None or root.lemma_.lower() not in ANONYMITY_NOTE_LEMMAS or quoted(root):
        return False
    for token in tokens:
        if token.head.i == root.i and token.dep_ == "ccomp":
            return False  # ("He asked that …", "spoke … to say that …")
        lemma = token.lemma_.lower()
        if is_speech_verb(token) and lemma not in ANONYMITY_NOTE_VERBS:
            return False
    return True


def is_speech_verb(token: Token) -> bool:
    if token.pos_ not in ("VERB", "AUX"):
        return False
    if _calls_for(token):  # ("called on ministers to act": a particle and an object, no deed)
        return True
    lemma = token.lemma_.lower()
    if lemma in PRESS_LEMMAS:  # "The Times understands that …", never "understand the risk"
        finite = token.tag_ != "VBG"  # ("after learning that …": nobody reports it)
        return finite and any(child.dep_ == "ccomp" for child in token.children)
    if lemma in THAT_CLAUSE_LEMMAS:  # "X accepted that …", never "accepted the award"
        return _finite(token) and any(
            c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            for c in token.children
        )
    if lemma in REFUSAL_LEMMAS:  # "A spokeswoman declined to comment": her answer
        return any(_refused(child) for child in token.children)
    if lemma in APOLOGY_LEMMAS:  # "X has apologised for the outage", the sentence's own verb
        return token.dep_ == "ROOT" and _finite(token)
    if lemma in EXPRESSION_LEMMAS:  # "It expressed dismay that …", "voiced fears over …"
        return _finite(token) and any(  # (the parser may read "dismay" as a verb under it)
            _stance(c) or _stance_hung_on_verb(c)
            for c in token.children
            if c.dep_ in ("dobj", "xcomp")
        )
    if lemma == "raise":  # "Ann Pope raised concerns that …", never "raised prices"
        return _raises_stance(token)
    if lemma in ADDRESS_LEMMAS:  # "Dr X briefed reporters on …", never "briefed the board"
        return any(
            c.dep_ == "dobj" and {c.lemma_.lower(), c.lower_} & _PRESS_NOUNS for c in token.children
        )
    if lemma in SPEECH_LEMMAS:  # ("put in claims" is a deed, "put out a statement saying" words)
        return not _phrasal_deed(token) or _issues_words(token)
    if lemma in RULING_LEMMAS:  # "has ruled out a strike", never "was ruled out of the final"
        return _rules_out(token)
    if lemma in WELCOMING_LEMMAS | BRANDING_LEMMAS | POINTING_LEMMAS:
        return _judges(token, lemma)
    if lemma in READING_LEMMAS:  # '"…," the statement read.': a text's words, not a reading
        return _text_reads(token) or _opens_quotation(token)  # ('The petition reads: "…"')
    if lemma in NAMING_LEMMAS and token.tag_ != "VBN":  # "Police named the suspect as X",
        deps = {(c.dep_, c.lower_) for c in token.children}  # never "a man named X"
        return any(dep == "dobj" for dep, _ in deps) and ("prep", "as") in deps
    return (
        _opens_quotation(token)
        or _frames_quotation(token)
        or _issues_words(token)
        or _revises_forecast(token)
    )


def _raises_stance(verb: Token) -> bool:
    """ "Ann Pope raised concerns that the bikes were unsafe", "The union raised fears the cuts
    will hit the island", "the council has raised safety concerns": a finite, active "raise"
    whose subject raises a noun of worry (``RAISED_STANCE_NOUNS``) says it, as "voiced fears"
    does; "raised prices", "raised £4,000", a passive ("concerns were raised": by whom the
    clause may not say) and a participle ("a study raising questions") are no one's words."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if not _finite(verb) or _passive(verb) or subject is None or not _can_voice(subject):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in RAISED_STANCE_NOUNS for c in verb.children)


def _can_voice(subject: Token) -> bool:
    """Whether the subject of a stance verb can put a stance in words: a pronoun of a person
    or a body, a name, a person's or a body's noun, a document (its author's words) or people
    in the plural ("campaigners", "opponents"); never a singular thing or deed ("The decision
    raised concerns among parents that …", "the move has raised fears …": what it caused,
    said by no one; review41 item 18)."""
    if subject.pos_ == "PROPN" or subject.ent_type_:
        return True
    if subject.pos_ == "PRON":
        return subject.lower_ in VOICING_PRONOUNS
    forms = {subject.lemma_.lower(), subject.lower_}
    if forms & (_POINTING_HEADS | DOCUMENT_NOUNS | SPEECH_NOUNS):
        return True
    return subject.tag_ in ("NNS", "NNPS")


def _calls_for(verb: Token) -> bool:
    """ "The union called for an inquiry", "Ms X has called on ministers to act", "the airport
    has advised passengers to travel light", "an MP is demanding that the branches stay open",
    "the union is asking the Government for a pay rise": an active verb of calling on others
    (``CALLING_LEMMAS``) with what it calls for is its subject's claim, as "urged" is. Never
    "called off the strike", "asked a neighbour for help", "advised on the takeover",
    "demanded £500", "asked the council for comment" (the writer's deed), nor a passive
    ("passengers are advised to …": whose advice the clause does not say)."""
    lemma = verb.lemma_.lower()
    if lemma not in CALLING_LEMMAS or not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "advcl")]
    wanted = [o for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ == "for"
              for o in c.children if o.dep_ == "pobj"]  # fmt: skip
    rescue = any(o.lemma_.lower() in RESCUE_NOUNS for o in wanted)
    if lemma == "ask":  # ("asking the Government for a 19% rise")
        answer = any(o.lemma_.lower() in ANSWER_NOUNS for o in wanted)
        return bool(wanted) and not answer and not rescue
    if lemma == "call":  # ("called for X to be cancelled": "for" marks the clause)
        marked = any(m.dep_ == "mark" and m.lower_ == "for" for c in clauses for m in c.children)
        on = any(c.dep_ == "prt" and c.lower_ in ("on", "upon") for c in verb.children)
        return (bool(wanted) and not rescue) or marked or (on and bool(clauses))
    return any(c.dep_ in ("ccomp", "xcomp") for c in clauses)  # advise, demand


def _a_body(found: Found) -> bool:
    """A body's descriptor with "the" ("the council", "the university"): the engine reads it
    as the one body of that kind the article names, as it reads "the council said"."""
    return found.kind == "definite" and found.speaker_type == ORGANISATION


def _before_read_as_noun(obj: Token) -> Token:
    """ "A post from the club read: "…"": the parser read "club read" as one noun, the verb
    "read" its head, so the post's owner came out as "club read". A "read" or "reads" that
    ends the phrase right before a colon or a quotation mark is the verb giving the text's
    words (``_text_reads``); the owner is the word before it. Any other object is itself
    ("a reading from the club read by its captain" is no such shape: no colon after it)."""
    after = obj.doc[obj.i + 1] if obj.i + 1 < len(obj.doc) else None
    if obj.lower_ not in ("read", "reads") or after is None or after.text not in _READ_OPENERS:
        return obj
    before = obj.doc[obj.i - 1] if obj.i > 0 else None
    if before is None or before.dep_ != "compound" or before.head.i != obj.i:
        return obj
    return before


_READ_OPENERS = frozenset({":", '"', "“", "'", "‘"})
"""What follows a text's "read" when it gives the text's words: a colon or a quotation."""


def _text_reads(verb: Token) -> bool:
    """'"We regret the delay," the notice read.', 'A letter from the trust reads: …': a
    finite, active "read" whose subject is a thing issued in words (``ISSUED_NOUNS``) gives
    that thing's words, as "the statement said" does; its owner is the one who issued it.
    Never "The gauge read 4.12m" (an instrument's measurement, ``_shown_by``), "the judge
    read the verdict" (a person reading), nor "a statement read to the court" (a participle)."""
    return _finite(verb) and any(
        c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() in ISSUED_NOUNS
        for c in verb.children
    )


def _rules_out(verb: Token) -> bool:
    """ "The operator has ruled out a strike", "police have not ruled out arson": a finite,
    active verb of ruling with the particle "out" and something ruled out (an object or a
    clause) says what will not happen or is not so, the subject's statement (negated too: not
    ruling a thing out is saying it may be so, "did not rule out job cuts"). The passive ("was
    ruled out of the final") is done to the subject, an infinitive ("plans to rule out …") is
    not yet said; "the court ruled that …" is left to the verbs of judgment."""
    supported = verb.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ != "to" for c in verb.children
    )  # ("did not rule out", "cannot rule out")
    if not (_finite(verb) or supported) or _passive(verb):
        return False
    if not any(c.dep_ == "prt" and c.lower_ in RULING_PARTICLES for c in verb.children):
        return False
    return any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)


def _judges(verb: Token, lemma: str) -> bool:
    """A verb of judging put in words, finite, in the shape that makes it speech: "welcomed
    the figures" (an object that is no person or people counted: "welcomed 300 refugees" is a
    deed), "branded the scheme "a shambles"" / "branded him a liar" (an object and what it is
    called), "she pointed to a shortage of welders" (a person, people or a body pointing to
    something; "the fossils point to …" is a thing's, no one's words)."""
    if not _finite(verb):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma in WELCOMING_LEMMAS:
        return any(
            o.pos_ == "NOUN"
            and not {o.lemma_.lower(), o.lower_} & _PEOPLE_HEADS
            and not any(c.dep_ == "nummod" for c in o.children)
            for o in objects
        )
    if lemma in BRANDING_LEMMAS:
        called = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp")]
        return bool(objects) and (bool(called) or len(objects) > 1)
    pointed = any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" for g in c.children)
        for c in verb.children
    )
    pointed_out = any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children) and any(
        c.dep_ == "ccomp" for c in verb.children
    )  # ("Mr X, head of communications, pointed out that a briefing was sent": words)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        (pointed or pointed_out)
        and subject is not None
        and (subject.pos_ in ("PRON", "PROPN") or subject.lemma_.lower() in _POINTING_HEADS)
    )


def _instrument_owner(noun: Token) -> Token | None:
    """The owner of a body's own gauge or meter ("the agency's gauge", "Orrin Water's meters"):
    what it reads is that body's measurement; an instrument with no owner is nobody's (None)."""
    if noun.lemma_.lower() not in INSTRUMENT_NOUNS:
        return None
    return next(
        (c for c in noun.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None
    )


def _stance(noun: Token) -> bool:
    """The object of "expressed"/"voiced" that states a stance on something: a clause ("dismay
    that nobody …") or "at/over/about/for/in" and what it is about ("support for the
    strikers", "concern over the delay"); a bare object ("expressed the juice") states none."""
    return any(
        (c.dep_ in ("acl", "ccomp", "relcl") and any(m.lower_ == "that" for m in c.children))
        or (c.dep_ == "prep" and c.lower_ in _STANCE_PREPOSITIONS)
        for c in noun.children
    )


def _stance_hung_on_verb(noun: Token) -> bool:
    """ "expressed alarm at the rise", "voiced anger over the closure" where the parser hung
    the "at/over" phrase on the verb, not on the object it follows: the phrase right after a
    bare object (no article: a stance is a mass noun, "alarm", "their anger") is what the
    stance is about, as when it is the noun's ("expressed the oil at 40 degrees" has one)."""
    verb = noun.head
    if any(c.dep_ == "det" for c in noun.children):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in _STANCE_PREPOSITIONS
        and c.i == noun.right_edge.i + 1
        and any(o.dep_ == "pobj" for o in c.children)
        for c in verb.children
    )


_STANCE_PREPOSITIONS = ("at", "over", "about", "for", "in")
"""What a stance is about, after its noun ("concern over", "support for"): ``_stance``."""


def _revises_forecast(verb: Token) -> bool:
    """ "The board cut its forecast for the crop", "Halvern Bank raised its target price":
    a body revising or keeping its own forecast or target price publishes a figure (never
    "cut 300 jobs", "cut its price", nor "cut the council's forecast": its own, by "its")."""
    if verb.lemma_.lower() not in REVISING_LEMMAS:
        return False
    return any(
        obj.dep_ == "dobj"
        and {
            obj.lemma_.lower(),
            obj.lower_,
            *(c.lower_ for c in obj.children if c.dep_ == "compound"),
        }
        & FORECAST_NOUNS
        and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in obj.children)
        for obj in verb.children
    )


def _issues_words(verb: Token) -> bool:
    """ "The Greens have issued a statement saying …", "X released a letter warning …": a
    verb whose object is something issued in words, which a participle of speech spells
    out, is its subject speaking; so is a body issuing warnings ("34 flood warnings")."""
    if verb.lemma_.lower() in ISSUING_LEMMAS and any(
        obj.dep_ == "dobj"
        and (obj.lower_ in WARNING_NOUNS or any(c.lower_ in WARNING_NOUNS for c in obj.children))
        for obj in verb.children
    ):  # "The agency has issued 34 flood warnings" ("a weather warning": the parser may
        return True  # take "warning" for a verb under "weather")
    return _statement_quoted(verb) or any(
        obj.dep_ == "dobj"
        and obj.lemma_.lower() in ISSUED_NOUNS
        and any(c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in SPEECH_LEMMAS
                for c in obj.children)
        for obj in verb.children
    )  # fmt: skip


def _statement_quoted(verb: Token) -> bool:
    """ "X issued the following statement: “…”", "The league was equally guarded in its
    own statement: “…”": a finite verb whose object (or the object of its preposition) is a
    thing issued in words, spelt out at once after a colon in quotation marks, is its
    subject speaking those words, whatever the verb ("issued", "was", "released")."""
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or (
        verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )  # ("has issued a statement:", and "was equally guarded in …", read as a passive)
    if not finite:
        return False
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    nouns += [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    return any(_spelt_out(noun) for noun in nouns)


def _spelt_out(noun: Token) -> bool:
    """A thing issued in words ("statement", "letter") followed at once by a colon and an
    opening quotation mark: the words themselves."""
    doc = noun.doc
    return (
        noun.lemma_.lower() in ISSUED_NOUNS
        and noun.i + 2 < len(doc)
        and doc[noun.i + 1].text == ":"
        and doc[noun.i + 2].text in _QUOTE_OPENERS
    )


def _own_statement_quoted(verb: Token) -> bool:
    """ "The league was equally guarded in its own statement: “…”": the parser reads "was
    guarded" as a passive, yet the statement is the subject's own (its possessive pronoun
    says so), so the passive subject speaks; "was criticised in a letter: “…”" does not."""
    return _statement_quoted(verb) and any(
        _spelt_out(obj) and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children)
        for prep in verb.children
        if prep.dep_ == "prep"
        for obj in prep.children
        if obj.dep_ == "pobj"
    )


def _phrasal_deed(verb: Token) -> bool:
    """ "X put in claims for 160 journeys", "the union called off the strike": a reporting
    verb with a particle and a noun for object is another verb, a deed ("as she put it" and
    "hit back: “…”" keep theirs)."""
    particles = [c for c in verb.children if c.dep_ == "prt"]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [o for p in particles for o in p.children if o.dep_ == "pobj"]  # (the parser
    return bool(particles) and any(o.pos_ in ("NOUN", "PROPN") for o in objects)  # hangs
    # "claims" under "in"; "put out a statement saying …" is words (``_issues_words``)


def _opens_quotation(verb: Token) -> bool:
    """ "X fumed: “…”", "X hit back: ‘…’": any verb whose words follow it after a colon, in
    quotation marks, with no object of its own, introduces them: a manner of speaking."""
    doc, at = verb.doc, verb.i + 1
    if at < len(doc) and doc[at].dep_ == "prt" and doc[at].head.i == verb.i:
        at += 1  # ("hit back:")
    if at + 1 >= len(doc) or doc[at].text != ":" or doc[at + 1].text not in _QUOTE_OPENERS:
        return False
    return verb.tag_ in ("VBD", "VBZ", "VBP") and not any(
        c.dep_ in ("dobj", "attr", "acomp") for c in verb.children
    )


FRAME_TAIL_WORDS = 3
"""The most words after a quotation's frame verb ('…," the source continued on Monday.')."""


def _frames_quotation(verb: Token) -> bool:
    """'"…," the insider divulged.', '"…," the source continued.', '"…!" she went on.': a
    finite verb right after a quotation's closing mark and its own subject, the sentence
    ending a few words on, with no object, is the quotation's frame, whatever the verb (a
    manner of speaking, as after a colon: ``_opens_quotation``); the lexicon's verbs of speech
    are not all the verbs a writer frames words with."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("dobj", "attr", "acomp", "xcomp", "dative", "oprd") for c in verb.children
    ):
        return False
    subjects = [c for c in verb.lefts if c.dep_ == "nsubj"]
    if len(subjects) != 1:
        return False
    first, doc = subjects[0].left_edge.i, verb.doc
    if first < 2 or not doc[first - 1].is_quote or doc[first - 2].text not in (",", "!", "?"):
        return False
    tail = [t for t in doc[verb.i + 1 : verb.sent.end] if not t.is_punct]
    return len(tail) <= FRAME_TAIL_WORDS


THE_COUPLE = "the couple"
"""The cue of "the couple", "the pair" as a subject: the two people the article named together
(``attribution.Engine._pair_named``), never an organisation as a "they" may be."""
COUPLE_NOUNS = frozenset({"couple", "pair"})


def _the_couple(head: Token) -> bool:
    """ "The couple", "the pair" alone as a noun phrase (no "of", no name): two people."""
    return (
        head.lower_ in COUPLE_NOUNS
        and head.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        and not any(c.dep_ in ("prep", "compound", "amod", "poss") for c in head.children)
    )


def _kind_labelled(to: Token) -> Found | None:
    """ "according to aviation data firm Flightpath": a body's kind, with no article, set as a
    label before its name (``KIND_LABEL_NOUNS``), which the parser hangs apart from the name
    or the recogniser types as a work or a product: the name is the body's. Only when the
    phrase after "to" is the label and the name and nothing else, up to a comma or the end."""
    doc = to.doc
    end = next((t.i for t in doc[to.i + 1 :] if t.is_punct), len(doc))
    words = list(doc[to.i + 1 : end])
    names = [i for i, t in enumerate(words) if t.text[:1].isupper()]
    if not names or names[-1] != len(words) - 1:
        return None
    cut = names[0]
    label, name = words[:cut], words[cut:]
    if not label or label[-1].lower_ not in KIND_LABEL_NOUNS or label[0].lower_ in ("a", "an"):
        return None
    if not all(t.text.islower() and t.pos_ in ("NOUN", "ADJ", "DET") for t in label):
        return None
    if not all(t.pos_ == "PROPN" for t in name):
        return None
    text = clean_name(" ".join(t.text for t in name))
    return Found(text, ORGANISATION, ORGANISATION, offset=name[0].idx) if text else None


def _refused(child: Token) -> bool:
    """The verb under "declined to": an answer refused ("to comment", "to say how many"),
    never "declined to be named" (a passive: the anonymity phrase)."""
    return (
        child.dep_ == "xcomp"
        and child.lemma_.lower() in REFUSED_LEMMAS
        and not any(c.dep_ == "auxpass" for c in child.children)
    )


def _future(verb: Token) -> bool:
    """ "Douglas Pryce will announce that he is selling …": a reporting verb in the future
    reports nothing yet; the sentence is the writer's (or its trailing source's) account of
    a plan, never the future speaker's claim."""
    return any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in verb.children)


_FUTURE_AUX = frozenset({"will", "shall", "'ll", "’ll"})


def _unanswered(verb: Token) -> bool:
    """ "did not respond to a request for comment", "has not said how he will vote": no
    words were given, so the verb attributes nothing (a refusal is words: ``_refused_by_not``)."""
    return verb.lemma_.lower() in UNANSWERED_LEMMAS and _negated(verb) and not _refused_by_not(verb)


def _refused_by_not(verb: Token) -> bool:
    """ "The bureau did not confirm the names", "A spokeswoman would not comment on it": a
    refusal in words, the refuser's answer (README item 28), where "could not comment
    promptly" and "has not said" are silence (item 29). "Would not" and "won't" (``VOLITION_AUX``:
    would, and "wo", "won't"'s first token) are a refusal with every verb "declined to" refuses
    ("officials would not say whether …", "it won't name the buyer"), unless a statement
    follows ("would not say it is a crisis"); "will not" written out is read as the future
    (``_future``) and refuses only "comment" and "confirm" (``REFUSING_AUX``).
    Only one who can be asked for a comment refuses it: a body, a name, a spokesperson, or
    unnamed sources or staff ("officials", "executives"); a plural of other common nouns
    ("The senators did not comment on their talks") is left the writer's note of silence."""
    if not _negated(verb) or any(
        c.dep_ == "nsubj"
        and c.tag_ == "NNS"
        and not {c.lemma_.lower(), c.lower_} & (ANONYMOUS_HEADS | STAFF_HEADS)
        for c in verb.children
    ):
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    lemma = verb.lemma_.lower()
    if lemma in REFUSED_BY_NEGATION and auxes & REFUSING_AUX:
        return True
    return lemma in REFUSED_LEMMAS and bool(auxes & VOLITION_AUX) and not _states(verb)


def _states(verb: Token) -> bool:
    """The verb has a statement for complement ("would not say it is a crisis"), not a
    question ("would not say whether …", "how many …") nor an object ("name the buyer")."""
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        first = min(clause.subtree, key=lambda t: t.i)
        marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
        if first.tag_ not in ("WDT", "WP", "WP$", "WRB") and not marks & {"whether", "if"}:
            return True
    return False


def _finite(verb: Token) -> bool:
    """A verb with a tense of its own ("apologised", "has apologised"), not a participle."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") or (
        verb.tag_ == "VBN" and any(c.dep_ == "aux" for c in verb.children)
    )


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i and depth < 50:
        token, depth = token.head, depth + 1
    return depth


def _embedded(verb: Token, quoted: Callable[[Token], bool], inside: set[int] | None = None) -> bool:
    """True inside a reported clause (the complement of another reporting verb) or inside a
    relative clause ("a claim Moscow denies"); "X, stating that ‘…’" is not embedded."""
    if _closing_attribution(verb):
        return False
    if verb.dep_ == "relcl" or (
        verb.dep_ == "acl"
        and not _bound_to_quote(verb, quoted)
        and not _verbless(verb)
        and not _with_saying(verb)
    ):
        return True
    node = verb
    for _ in range(50):
        if node.head.i == node.i:
            return False
        if node.dep_ == "relcl":
            return True
        reported = node.dep_ == "ccomp" or (
            node.dep_ == "parataxis" and not _agentless_passive(node.head)
        )  # ("A sale could be announced within days, the people said, asking …": no one announced)
        if inside is not None and node.head.i not in inside:
            return False  # the parser ran two sentences together ("lost $2m. She said …")
        node = node.head
        if reported and is_speech_verb(node) and not quoted(node):
            return True
    return False


def _closing_attribution(verb: Token) -> bool:
    """ "…an enterprise value of about $950 million, one of the people said.": a verb of speech
    that ends its sentence, right after its own subject set off by a comma, is the sentence's
    attribution even when the parser hung it on the noun before the comma as a relative clause.
    A relative clause takes no comma between its noun and its subject ("the value one of the
    people gave"), and one whose subject is a relative word ("…, which he said.") is left as
    read."""
    if verb.dep_ != "relcl" or not is_speech_verb(verb):
        return False
    doc = verb.doc
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.tag_ in ("WDT", "WP", "WP$") or subject.lower_ == "that":
        return False
    if any(c.dep_ not in _CLOSING_ADJUNCTS for c in verb.children if c.i > verb.i):
        return False  # ("…, the club announced on Monday.": a time or place may follow)
    first, end = subject.left_edge.i, verb.right_edge.i + 1
    ending = end < len(doc) and doc[end].text in (".", "!", "?")
    return ending and first > 0 and doc[first - 1].text == "," and subject.right_edge.i < verb.i


_CLOSING_ADJUNCTS = frozenset({"prep", "npadvmod", "advmod", "punct"})
"""What may follow a closing "X said": "on Monday", "today", "late on Friday"."""


def _with_saying(verb: Token) -> bool:
    """ "…, with a police spokesman saying part of the road had gone": a verb of speech in
    "-ing" on the object of "with" is the sentence's own source set beside its event (item 1:
    its only verb of saying), whether the parser made the speaker its subject or hung the verb
    on the speaker's noun as a participle. Only a name or a noun of people or of a body there:
    "with a sign saying …" or "with a statement saying …" is left as it was read."""
    head = verb.head
    return (
        verb.tag_ == "VBG"
        and head.dep_ == "pobj"
        and head.head.lower_ == "with"
        and (head.pos_ == "PROPN" or head.lemma_.lower() in _PEOPLE_HEADS | _BODY_WORDS)
    )


def _agentless_passive(verb: Token) -> bool:
    """ "could be announced", "was confirmed" with no "by": a verb of speech in the passive
    with nobody saying it reports no one's words, so a source set beside it in parataxis
    ("…, the people said") is the sentence's own, not a clause inside another's. A "by" of
    a time ("could be announced by Friday") is a deadline the parser took for the agent."""
    deps = {child.dep_ for child in verb.children}
    agents = [c for c in verb.children if c.dep_ == "agent" and not _by_a_time(c)]
    return bool(deps & {"auxpass", "nsubjpass"}) and not agents


def _by_a_time(agent: Token) -> bool:
    """ "by Friday", "by the end of the month": an agent whose object the recogniser dates."""
    objects = [child for child in agent.children if child.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in ("DATE", "TIME") for o in objects)


def _learnt_by_outlet(verb: Token, found: Found) -> bool:
    """ "The Wexbridge Post has learnt that …", "…, the Hollinford Echo has learned": an outlet that
    learned something was told it by someone it does not name (item 39): the outlet is the
    channel, the source is anonymous. Any other learner ("the council learned of the breach")
    is left as read. The recogniser may type a one-word masthead as a person ("…, the Gazette
    has learned"); a person's name takes no "the", so an outlet's name after one is the paper
    whatever the type. A name the recogniser typed an organisation is the paper with or
    without "the": "Emily Post has learned" is read as a masthead too (a known limit, review31a:
    the old claim that it "stays hers" was never true)."""
    if verb.lemma_.lower() not in LEARNING_LEMMAS or not is_outlet(found.speaker or ""):
        return False
    if found.kind == ORGANISATION:
        return True
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and any(
        c.dep_ == "det" and c.lower_ == "the" for c in subject.children
    )


def _source_phrase(prep: Token, verb: Token, told: bool) -> bool:
    """The phrase that names who told the learner: a passive's agent on the verb of telling
    ("was told of it by an aide"), else the "from" of the verb of learning, on the verb or on
    its object's noun ("learned of the merger from …": the parser may hang it on "merger")."""
    if told:
        return prep.dep_ == "agent" and prep.head.i == verb.i
    if prep.dep_ != "prep" or prep.lower_ != "from":
        return False
    return verb.i in (prep.head.i, prep.head.head.head.i)


def _verbless(verb: Token) -> bool:
    """ "Kayla, 31, posted on Instagram: ‘…’": the parser found no main verb and hung the
    sentence on the name; the verb hung on it is the sentence's own."""
    head = verb.head
    return head.dep_ == "ROOT" and head.pos_ == "PROPN" and verb.tag_ in ("VBD", "VBN", "VBZ")


def main_verbs(tokens: Sequence[Token], quoted: Callable[[Token], bool]) -> list[Token]:
    """The reporting verbs of the writer's own words, main clause first. A verb whose head
    lies outside the unit is the unit's own main verb: the parser sometimes runs two of the
    segmenter's sentences into one ("the fund lost $2m. She said …")."""
    doc = tokens[0].doc if tokens else None
    inside = {t.i for t in tokens if t.doc is doc}
    verbs = [
        t
        for t in tokens
        if is_speech_verb(t)
        and not quoted(t)
        and not _embedded(t, quoted, inside)
        and (not _deed(t) or _bound_to_quote(t, quoted))  # "found it “in tension with …”"
        and not _as_clause(t)
        and not _unanswered(t)
        and not _future(t)
    ]
    if len(verbs) < 2:  # most units: nothing to order (the key walks each verb's tree)
        return verbs
    return sorted(
        verbs,
        key=lambda t: (not _bound_to_quote(t, quoted), not _trailing(t), _depth(t), t.i),
    )


UNAUTHORED = "document"
"""The cue of a document or figures with no author in the sentence ("according to a new
study"): unattributed, unless the page is the author's own release."""
KIN = "kin"
"""The kind of a person named by a relation ("his wife", and "the woman" for the last person
so named): the article gives them as "Whitcomb's wife"."""
THE_PERSON = "the person"
"""The cue of "the woman"/"the man": the person an earlier "his wife"/"her husband" named."""
ANONYMITY = "anonymity"
"""The cue of a source an anonymity phrase made anonymous ("…, asking not to be identified")."""
ONE_OF = "one of"
"""The cue of "one of them said", "with one telling the paper": one of the unnamed sources
just quoted, else an unnamed source of its own."""
SILENT = "no answer"
"""The kind and cue of a sentence that says someone gave no answer ("did not respond to a
request for comment"): nobody's claim, but a fact a reviewer may check."""
DOCUMENT_OWNER = "its document"
"""The cue of "its" owning a document ("according to its annual report"): the organisation
the article named before speaks, even with no organisation speaking since."""


def _appositions(head: Token) -> list[Token]:
    """The phrases set beside ``head``, and those set beside a role word that is itself set
    beside it: "X's senior vice-president for sales, Ann Roe," is parsed "vice" with "president"
    in apposition and "Ann Roe" apposed to that (the hyphen split the title), so the name is
    the role's, never the title's first half ("senior vice") as a name."""
    found: list[Token] = []
    for child in head.children:
        found.append(child)
        if child.dep_ == "appos" and child.pos_ == "NOUN" and child.lemma_.lower() in ROLE_WORDS:
            found.extend(c for c in child.children if c.dep_ == "appos")
    return found


def _apposed_name(noun: Token) -> Token | None:
    """The proper name set after a common noun that describes it ("the consultancy Railwise",
    "the VPN company Shieldwave"): the name is who the noun is, so it is the one to read."""
    if noun.pos_ != "NOUN":
        return None
    return next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                 and c.i == noun.i + 1), None)  # fmt: skip


def _force_of(head: Token) -> str | None:
    """The place of "police in X" (a force is named by where it serves)."""
    if head.lemma_.lower() != "police":
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            for obj in prep.children:
                if obj.dep_ != "pobj" or obj.pos_ != "PROPN":
                    continue
                name = [t for t in obj.subtree if t.dep_ in ("compound", "poss", "case")]
                first = min([t.i for t in name] + [obj.i])  # "Queen Edith's County", whatever
                return obj.doc[first : obj.i + 1].text  # the recogniser took it for
    return None


def _hearsay(verb: Token) -> bool:
    """The reporting verb is hedged as hearsay ("allegedly told", "reportedly said")."""
    return any(c.dep_ == "advmod" and c.lower_ in HEARSAY_ADVERBS for c in verb.children)


def _impersonal(tokens: Sequence[Token], quoted: Callable[[Token], bool]) -> Found | None:
    """ "It is believed that …", "It is thought …", "and it is understood …": an agentless
    passive with an empty "it" relays unnamed others (README item 44), unattributed with
    nobody named, never the writer's own assertion. Inside a quote it is the speaker's
    words: the quote's speaker stays theirs."""
    for verb in tokens:
        if verb.dep_ not in ("ROOT", "conj") or verb.tag_ != "VBN" or quoted(verb):
            continue
        lemma = verb.lemma_.lower()
        if lemma not in RAISED_HEARSAY_LEMMAS:
            continue
        deps = {c.dep_: c for c in verb.children}
        if "nsubjpass" not in deps or "auxpass" not in deps or "agent" in deps:
            continue
        empty = deps["nsubjpass"].lower_ == "it" and lemma in IMPERSONAL_LEMMAS
        if (empty and "ccomp" in deps) or _raised(deps.get("xcomp")):
            return Found(None, "vague", offset=verb.idx, cue="impersonal")
    return None


def _heard_in_court(tokens: Sequence[Token], quoted: Callable[[Token], bool]) -> Found | None:
    """ "The court heard (that) he forged …", "The inquest heard …", "The jury was told …":
    a hearing's main verb with a clause of what it heard is evidence given to it by nobody the
    sentence names (README item 45): unattributed, never the clause's subject. Not when the
    clause has words of its own ("X told police that …, the court heard": X's, item 40), nor
    in a line that ends as no sentence does (a standfirst)."""
    for verb in tokens:
        if verb.dep_ != "ROOT" or quoted(verb):
            continue
        deps = {c.dep_: c for c in verb.children}
        lemma = verb.lemma_.lower()
        if "ccomp" not in deps or is_speech_verb(deps["ccomp"]):
            return None
        if not _ends_as_sentence(verb):
            return None
        heard = lemma == "hear" and "nsubj" in deps and "auxpass" not in deps
        told = lemma == "tell" and "nsubjpass" in deps
        subject = deps.get("nsubj" if heard else "nsubjpass")
        if (heard or told) and subject is not None and subject.lemma_.lower() in HEARING_NOUNS:
            return Found(None, "vague", offset=verb.idx, cue="heard")
        return None
    return None


def _raised(clause: Token | None) -> bool:
    """ "… is said to be cutting", "… are thought to have left": the infinitive a hearsay
    passive raises its subject out of ("Mills are said to be cutting shifts": somebody
    unnamed says the mills are cutting shifts, README item 44)."""
    return clause is not None and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _bare(head: Token) -> bool:
    """A noun with nothing but its determiner ("the woman", not "the woman next door")."""
    return all(c.dep_ in ("det", "punct") for c in head.children)


def _bare_but_aside(head: Token) -> bool:
    """A noun with nothing but its determiner and asides set off by commas ("The man,
    arrested by police on Friday, said"): the aside tells more of someone already met, as
    "the man" alone does; "the man next door" is another."""
    doc = head.doc
    return all(
        c.dep_ in ("det", "punct")
        or (c.i > head.i and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ",")
        for c in head.children
    )


_OUTER_KINDS = {PERSON, ORGANISATION, "pronoun", "definite", "role"}
"""Sources that may pass on another's words: a named one, or one pointed back to."""
_INNER_KINDS = {PERSON, ORGANISATION, "definite", "anonymous"}
"""Inner speakers a double attribution gives: named, pointed back to by a noun, or unnamed
(never a pronoun, the outer speaker again, nor a vague group)."""


def _place(subject: Token, entity: Callable[[Token], Span | None]) -> bool:
    """A subject that is a place's name (a city, a region): an address, not a speaker, when
    a person or organisation stands beside it."""
    named = entity(subject)
    return named is not None and named.label_ in ("GPE", "LOC")


def _name_compounds(head: Token) -> list[Token]:
    """The proper nouns compounded before ``head``, with those compounded on them in turn: the
    parser may hang a name's first word on its second ("Sallow" on "Bay" in "the Sallow Bay
    Mercury"), and a name is the whole run, never its last words. A title's own words stay
    out ("Harbour" of "Harbour Superintendent Tomas Haldane": his office, no part of his name)."""
    found: list[Token] = []
    for child in head.lefts:
        if child.dep_ == "compound" and child.pos_ == "PROPN":
            if child.text not in TITLE_WORDS and child.lower_ not in ROLE_WORDS:
                found.extend(_name_compounds(child))
            found.append(child)
    return found


def _based_name(head: Token, entity: Callable[[Token], Span | None]) -> Token | None:
    """The name apposed to a place that only says where it is based ("Regina, Saskatchewan-
    based Prairie Air"): the parser made the place the subject, the name is the speaker. The
    parser may make both subjects of the verb instead ("Boise, Idaho-based Kestrel Seed told
    investors"), the city unrecognised: then the name after the comma that a hyphenated
    "-based" qualifies is the speaker, whatever the city was read as."""
    doc = head.doc
    comma = head.i + 1 < len(doc) and doc[head.i + 1].text == ","
    if comma and head.pos_ == "PROPN" and head.dep_ in ("nsubj", "nsubjpass"):
        for other in head.head.children:
            if (
                other.i > head.i
                and other.dep_ == head.dep_
                and other.pos_ == "PROPN"
                and any(hyphen_based(c) for c in other.children)
                and not _place(other, entity)
            ):
                return other
    if not _place(head, entity):
        return None
    for child in head.children:
        apposed = child.dep_ == "appos" or (  # ("Tulsa, Oklahoma-based X": X read as a conjunct)
            child.dep_ == "conj" and any(hyphen_based(c) for c in child.children)
        )
        if apposed and child.pos_ == "PROPN" and not _place(child, entity):
            return child
    return None


def _past_hyphen_cut(subject: Token) -> Token:
    """A subject the parser took from inside a hyphenated word whose last piece possesses or
    qualifies a noun outside it ("The co-op's head, Ottilie Grange, says": "co" and "-" made
    subjects, "op" the possessor of "head"): that noun is the subject, never a piece of the
    word. Any other subject is itself."""
    doc = subject.doc
    start = end = subject.i
    while start > 0 and hyphen_glued(doc, start - 1):
        start -= 1
    while hyphen_glued(doc, end):
        end += 1
    if start == end:
        return subject
    last = doc[end]
    if last.dep_ in ("poss", "compound") and not start <= last.head.i <= end:
        return last.head
    return subject


def hyphen_based(token: Token) -> bool:
    """ "Idaho-based" before a name: a qualifier that only says where the name is based."""
    return (
        token.dep_ == "amod"
        and token.lower_ == "based"
        and token.i > 0
        and hyphen_glued(token.doc, token.i - 1)
    )


def _relays(found: Found) -> bool:
    """A source that relays others' words: a paper ("The Times says", "the paper says") or
    the police ("…, police said"). A paper by its generic noun ("the newspaper said") stands
    for the outlet named before, never for the subject of the words it reports ("But Harlan
    has spoken with other bidders, the newspaper said")."""
    words = (found.speaker or "").lower().split()
    if found.kind == "definite":
        return bool(words) and words[-1] in PRESS_NOUNS
    if found.kind != ORGANISATION:
        return False
    if found.speaker == _THE_I:  # (a paper whose name no outlet word shows)
        return True
    return is_outlet(found.speaker or "") or (bool(words) and words[-1] == "police")


def _posts_results(verb: Token) -> bool:
    """ "posted a loss of £12m", "posted a 29 percent rise in quarterly profit": a company's
    results made public in its name (item 27), never "posted a video"."""
    if verb.lemma_.lower() not in RESULTS_LEMMAS:
        return False
    for obj in verb.children:
        if obj.dep_ != "dobj":
            continue
        nouns = [obj, *(o for p in obj.children if p.dep_ == "prep" and p.lower_ == "in"
                        for o in p.children if o.dep_ == "pobj")]  # fmt: skip
        if any(n.lemma_.lower() in RESULT_NOUNS for n in nouns):
            return True
    return False


def _the_kind(noun: Token) -> bool:
    """ "the institute", "the university": "the" and a body's kind noun, nothing else."""
    lefts = list(noun.lefts)
    return (noun.lemma_.lower() in BODY_KINDS and noun.text.islower()
            and [t.lower_ for t in lefts] == ["the"])  # fmt: skip


def _confirmed(verb: Token) -> bool:
    """ "…had confirmed the details", "confirmed it": words given by reference to
    what the sentence before them reports, not a deed."""
    return verb.lemma_.lower() == "confirm" and any(c.dep_ == "dobj" for c in verb.children)


def _paper(found: Found) -> bool:
    """A relaying source that is a paper, never the police (whose "the driver said …" the
    rules for words told to officers decide)."""
    return _relays(found) and not (found.speaker or "").lower().endswith("police")


def _words_given(verb: Token) -> bool:
    """ "The paper says X has told its members …", "The i reports that X estimates …": the
    inner verb says X gave words of its own, already (README: double attribution, the inner
    speaker; an outlet that only carries someone's words is the channel). A plan told as
    news ("says X will announce …"), a denial of words ("has not said") are the paper's."""
    if _negated(verb) or _deed(verb) or _future(verb):
        return False
    return not any(c.dep_ == "aux" and c.lower_ in _MODAL_AUX for c in verb.children)


_MODAL_AUX = frozenset({"would", "could", "may", "might", "should", "to"})


def _opened_by_relative(clause: Token) -> bool:
    """A reported clause whose subject is the relative pronoun before its reporting verb
    ("which the company said will help …": "which" is the subject of "help")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that", "who")
               for c in clause.children)  # fmt: skip


_CITED_HEADS = PERSON_HEADS | ANONYMOUS_HEADS | (ROLE_WORDS - PRESS_ROLES)
"""People an outlet may cite: "two people involved", "several officials", "two industry
executives", "a senior manager" (a role's holders, never the press's own: "citing a reporter")."""


def _outlet_as_person(tokens: Sequence[Token], found: Found) -> bool:
    """A paper the recogniser took for a person ("The Dale Courier reports, citing …", "The
    Ledger writes"): an outlet's name, or a name after "The", which no person's takes."""
    name = found.speaker or ""
    if found.kind != PERSON or not name:
        return False
    if is_outlet(name):
        return True
    first = name.split()[0]
    return any(t.text == first and t.i > 0 and t.doc[t.i - 1].lower_ == "the" for t in tokens)


_DOCUMENTS_AND_PAPERS = DOCUMENT_NOUNS | PAPERS
"""A document's nouns with a body's own paper (``_owned_document``)."""


def _cited_source(obj: Token) -> bool:
    """What "citing" names as a source: a name, or people ("two people involved", "several
    officials", "sources"); "citing a shortage of nurses", "citing weaker demand" give a
    reason, not a source."""
    if obj.pos_ == "PROPN":
        return True
    lemma = obj.lemma_.lower()
    return lemma in _CITED_HEADS or obj.lower_ in SOURCE_NOUNS


def _the_place_body(head: Token) -> bool:
    """ "The hospital said …": a place's noun, singular, with "the" and nothing else, is the
    body of that kind the article named (a plural or bare one is a group of people)."""
    return (
        head.lemma_.lower() in SINGULAR_BODY_HEADS
        and head.tag_ == "NN"
        and [c.lower_ for c in head.lefts] == ["the"]
    )


def _group_warned(verb: Token, subject: Token) -> bool:
    """ "The paper says train operators have warned that …": a vague group's words in a
    clause of their own (a group that "asked to leave" made a request; "a leaked report
    shows" is a document the paper obtained, its own story)."""
    return not _document(subject) and any(c.dep_ == "ccomp" for c in verb.children)


def _it(found: Found) -> bool:
    """ "It" as a source: never a person."""
    return found.kind == "pronoun" and (found.speaker or "").lower() == "it"


def _told_authorities(verb: Token) -> bool:
    """ "told officers/police/investigators/the court …": words given to the authorities."""
    if verb.lemma_.lower() != "tell":
        return False
    return any(
        c.dep_ in ("dobj", "dative") and c.lemma_.lower() in AUTHORITY_ADDRESSEES
        for c in verb.children
    )


_NO_TITLE_HEADS = frozenset({"report", "hospital", "local", "people", "person"})


def _role_before(entity: Span) -> bool:
    """A role noun right before two or three proper nouns the recogniser took for an
    organisation ("Foreign Office spokesperson Nadia Rahim"): a person named in that role."""
    doc = entity.doc
    if entity.start == 0 or not 2 <= len(entity) <= 3:
        return False
    before = doc[entity.start - 1]
    words = [t.text for t in entity]
    return (
        before.lemma_.lower() in _ROLE_OR_SOURCE_HEADS
        and before.pos_ == "NOUN"
        and all(t.pos_ == "PROPN" for t in entity)
        and not any(w in ORG_WORDS for w in words)
    )


def _capitalised_org(head: Token, entity: Span | None) -> bool:
    """A one-word organisation's name the tagger read as a common noun ("Peakform said")."""
    return (
        entity is not None
        and entity.label_ == "ORG"
        and head.pos_ == "NOUN"
        and head.tag_ == "NN"  # (never "Commuters at Waterloo said": people, plural)
        and head.text[:1].isupper()
        and entity.start <= head.i < entity.end
    )


def _agent_of(verb: Token) -> Token | None:
    """The "by X" of a passive verb ("confirmed by the commission")."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((o for o in child.children if o.dep_ == "pobj"), None)
    return None


def _finds_as_a_thing(head: Token) -> bool:
    """ "A search of the car found …", "A sniffer dog indicated …", "an inquiry by the Gazette
    has found …": a noun no list knows for a person's, as the subject of a verb of finding or
    showing, reads as a search, a test or an inquiry, not as one unnamed person who speaks (a
    person says or tells: "a villager told NTV")."""
    return head.dep_ == "nsubj" and head.head.lemma_.lower() in FINDING_LEMMAS


def _document(head: Token) -> bool:
    """A document or figures by their head noun ("its accounts", "the company's own white
    paper"; "the paper" alone is a newspaper)."""
    lemma = head.lemma_.lower()
    if lemma == "paper":  # "a white paper", "the paper in Nature", "a paper published in …"
        return any(
            c.lower_ == "white" or (c.dep_ == "prep" and c.lower_ == "in") or c.dep_ == "acl"
            for c in head.children
        )
    if _listed_document(head):
        return True
    made = any(c.dep_ == "acl" and c.lemma_.lower() in _MAKING_LEMMAS
               and any(g.dep_ == "agent" for g in c.children) for c in head.children)  # fmt: skip
    cited = (
        head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lower_ == "according"
    )
    owned = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in head.children)
    return made or (cited and owned) or _own_finding(head)  # ("The complaint, filed by X,
    # alleges", "according to its published casebook": a thing someone wrote, whatever its
    # noun)


def _listed_document(head: Token) -> bool:
    """A document by a noun of the documents' list ("report", "figures"), not by the way the
    sentence treats it."""
    return head.lemma_.lower() in DOCUMENT_NOUNS or head.lower_ in DOCUMENT_NOUNS


def _keeps_records(owner: Token) -> bool:
    """Whether the owner of "X's own check" is one who keeps a record of its own: a person or
    a body by the recogniser's type ("Ferro's", "Kelso Rail's") or by the word that heads it
    ("the council's", "the inspector's"); never a place ("Kellbridge's own check", "the
    village's own count": a town is no author, its records are some body's the text does not
    name) nor a noun no lexicon class knows as a person's or a body's."""
    if owner.ent_type_ in ("GPE", "LOC"):
        return False
    return (
        owner.ent_type_ in ("PERSON", "ORG", "NORP")
        or _a_bodys_name(owner)
        or owner.lemma_.lower() in PERSON_HEADS | ROLE_WORDS | INSTITUTIONS
    )


def _own_finding(head: Token) -> bool:
    """ "The council's own consultation found …", "Tarn Valley Constabulary's own camera check
    showed …": a thing an owner calls its own ("X's own …"), as the subject of a verb of
    finding or showing, is the owner's record whatever its noun (a consultation, a check, a
    count: no list holds them all), as "its own survey" is; never a person's noun ("the
    council's own lawyer found": a person who speaks for herself) nor a pronoun's. Its owner
    is its author only when it keeps records (``_keeps_records``, read by
    ``_document_owner``): "Kellbridge's own check showed" is a record whose author is not
    named, never the town's."""
    if not _finds_as_a_thing(head) or head.lemma_.lower() in _PEOPLE_OR_ROLES:
        return False
    own = any(c.lower_ == "own" and c.dep_ in ("amod", "compound") for c in head.children)
    return own and any(c.dep_ == "poss" and c.pos_ != "PRON" for c in head.children)  # (a
    # pronoun's "its own …" is read above; "our own count" is the writer's, settled elsewhere)


_ORGANS = frozenset({"cabinet", "board", "committee", "executive", "panel", "trustees"})
"""A body's own organs: a report to "the council's cabinet" is the council's (its officers')."""
_ORGAN_NOUNS = _ORGANS | PART_NOUNS | {"team"}
"""A body's organs and parts that speak as the body when it owns them ("X's board said")."""
_ELECTED_HEADS = frozenset({"leaders"})
"""Staff heads a body's members elect or follow ("leaders of the Harbour Workers Union",
"leaders of the Green group"): its leadership, which speaks as the body or as a group, never
staff the text keeps back (``Reader._staff_at_named`` leaves them)."""
_MEMBER_ORGANS = frozenset({"trustee", "director", "governor"})
"""Members of a body's governing organ who, as a plural, speak as the body (README item 13:
"the trustees said in a letter", "the directors of X told shareholders"); one of them ("the
director of X") is a person."""


def _named_of(head: Token) -> Token | None:
    """The body's name after "of" that owns ``head`` ("the board of the Kestry Foundation"):
    a proper noun the recogniser took for an organisation, or one that heads a body's name
    ("the governors of Ashby Grammar School"); never a common noun ("the board of
    directors") nor a place ("the governors of Texas and Oklahoma" are two states' governors,
    not a body of Texas)."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ == "PROPN" and _a_bodys_name(obj):
                    return obj
    return None


def _a_bodys_name(name: Token) -> bool:
    """Whether the proper noun ``name`` names a body: an organisation to the recogniser, or
    (when it took it for nothing, a facility or a person's) a word that ends a body's name
    (lexicon ``BODY_HEADS``, a body's noun); a country, state, city or region never."""
    if name.ent_type_ in ("GPE", "LOC"):
        return False
    return (name.ent_type_ == "ORG" or name.text in BODY_HEADS
            or name.lower_ in _BODY_NOUNS)  # fmt: skip


_SETTING_OUT = frozenset({"unveil", "announce", "set", "outline"})
"""Verbs of putting out a plan: "plans unveiled on Friday"."""
_MAKING_LEMMAS = frozenset(
    "file publish commission prepare write compile submit issue produce release lodge draft".split()
)
"""Verbs of making a document: "the complaint, filed by X," is X's document."""
_CONDUCTING_LEMMAS = _MAKING_LEMMAS | {"carry", "conduct"}
"""Verbs of making a study or survey too: "a survey carried out by X", "conducted by X"."""


def _negated(verb: Token) -> bool:
    """ "has not said", "did not order": nothing was said or done."""
    return any(c.dep_ == "neg" for c in verb.children)


def _as_clause(verb: Token) -> bool:
    """ "…, as expected by all 22 economists, …": a passive "as" clause reports nobody's words
    in this sentence. A participle with a subject of its own is an active perfect ("…, as
    insiders have told the Post that …"): its subject speaks, so it is no such clause. (An
    exception for a main clause whose holder fears or believes, 332, held on one labelled
    sentence only: elsewhere it dropped the claim or left it with no source, mend35e.)"""
    if verb.tag_ != "VBN" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return False
    return not any(c.dep_ == "nsubj" for c in verb.children)


def _answered(clause: Token) -> bool:
    """A reported clause the speaker answers with a clause of her own ("the board says there is
    no money, but it found £40,000 for a logo"): the report is set up to be contradicted."""
    return any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for c in clause.children)


def _quotes_a_report(clause: Token, quoted: Callable[[Token], bool]) -> bool:
    """A quotation that opens on a clause of telling and holds it whole, its subject too
    ('X said: "The surveyor told us the wall would not last"', '"The fire service has told me
    …," she said'): the quoted speaker passes on another's words, so the inner one is the
    source (README: double attribution, the inner speaker), as it is unquoted. A quotation that
    opens after the subject ('X said the union "confirmed …"') is the outer speaker's own, and
    so is one whose report the speaker answers with a clause of her own ('"The board says
    there is no money, but it found £40,000 for a logo"': the report is set up to be
    contradicted, the claim is hers)."""
    if _answered(clause):
        return False
    doc = clause.doc
    left = clause.left_edge.i
    while left < clause.i and doc[left].is_punct:
        left += 1
    if not quoted(clause) or not quoted(doc[left]) or left == 0:
        return False
    before = doc[left - 1]
    return before.is_quote or before.text in ('"', "“", "‘", "«")


def _reports_words(verb: Token, quoted: Callable[[Token], bool]) -> bool:
    """The verb carries what was said: a clause, a quotation, or an "as …" complement."""
    deps = {c.dep_ for c in verb.children}
    return (
        bool(deps & {"ccomp", "xcomp", "parataxis"})
        or _bound_to_quote(verb, quoted)
        or _statement_quoted(verb)  # ("in its own statement: “…”": the words after the colon)
        or _statement_that(verb)  # ("said in a statement that …": the clause on the noun)
        or _calls_for(verb)  # ("the group called for the results to be cancelled")
    )


def _statement_that(verb: Token) -> bool:
    """ "The MoD said in a statement that 320 vehicles would enter service": the parser hangs
    the "that" clause on the statement (a clause of the noun, "that" its marker), not on the
    verb, which then seemed to carry no words; a relative clause ("a statement that it
    issued") has "that" for its subject or object, never for a marker."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "through", "via"):
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lemma_.lower() not in ISSUED_NOUNS:
                continue
            for clause in noun.children:
                if clause.dep_ in ("acl", "relcl") and any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in clause.children
                ):
                    return True
    return False


def _carries_said(verb: Token, quoted: Callable[[Token], bool]) -> bool:
    """The verb carries a statement: a complement clause ("say (that) the quota is small"),
    not a question ("tell them where the flowers are", "ask whether …"); a quotation bound to
    it or spelt out after it (``_reports_words``'s two); or it is set between commas inside
    the clause it reports. Stricter than ``_reports_words`` (no "to"-infinitive, no loose
    parataxis): for a verb that is no sure sign of speech by itself (``_people_speak``)."""
    return (
        _states(verb)
        or _bound_to_quote(verb, quoted)
        or _statement_quoted(verb)
        or _set_between_commas(verb)
    )


def _set_between_commas(verb: Token) -> bool:
    """ "Since May, the airline said, it has cut 12 flights": a reporting verb set between
    commas inside the clause it reports, which the parser hangs the verb under (parataxis),
    so the words it reports are its head's, not a complement of its own. The same when the
    clause it reports comes first and a phrase of that clause follows the verb ("Fares were
    safe, the carrier said, since …"): the parser hangs the verb on what it reports, set off
    from it by a comma, whichever of its words the parse of the rest makes its head."""
    if verb.dep_ != "parataxis":
        return False
    commas = [c.i for c in verb.children if c.dep_ == "punct" and c.text == ","]
    if verb.head.i > verb.i:
        return any(i < verb.i for i in commas) and any(i > verb.i for i in commas)
    return any(verb.head.i < i < verb.i for i in commas)


def _deed(verb: Token) -> bool:
    """ "Calder reported a 4% rise", "declined to comment": no words are reported."""
    if _calls_for(verb):  # ("asked the Government for a pay rise": a call, in words)
        return False
    lemma = verb.lemma_.lower()
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSAL_LEMMAS:
        return True
    if lemma in PLEDGE_LEMMAS and any(c.dep_ == "xcomp" for c in verb.children):
        return True  # "the agency agreed to pay $42,000": a deed, not words
    if lemma in PLEA_LEMMAS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in CHARGE_NOUNS | OFFENCE_NOUNS for c in verb.children
    ):
        return True  # "He denies six counts of theft", "she denies manslaughter": a plea
        # ("denies any wrongdoing" speaks)
    if lemma in ANSWERING_LEMMAS and _answers_with_a_thing(verb):
        return True  # "the firm replied with a link to its refund page": a deed
    if lemma in _TOPIC_LEMMAS and _on_a_topic(verb):
        return True  # "Elsewhere, the Daily Post reports on rents": the writer's note (item 46)
    deps = {c.dep_ for c in verb.children}
    if lemma in DECLARING_LEMMAS and any(
        c.dep_ == "dobj" and _declared_state(c) for c in verb.children
    ):
        return True  # "declared a state of emergency": a formal act ("declared victory" speaks)
    if (
        lemma in PLACING_LEMMAS
        and "dobj" in deps
        and "ccomp" not in deps
        and any(c.dep_ == "prep" and c.lower_ in PLACING_PREPOSITIONS for c in verb.children)
    ):
        return True  # "added two airlines to its no-fly register": a deed, no words
    if _learns(verb):
        return True  # "she found out that her flight was cancelled": told to her, not hers
    if lemma not in DEED_LEMMAS:
        return False
    if lemma in REJECTING_LEMMAS and any(c.dep_ == "dobj" and _a_claim(c) for c in verb.children):
        return False  # "rejected claims that …", "rejected the accusations": a denial in words
    if lemma == "blame" and any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
        return False  # "X blamed the weather for weak sales": X's account of a cause
    if lemma == "blame" and verb.dep_ == "ROOT" and verb.tag_ in ("VBD", "VBZ", "VBP"):
        return False  # "The regulator blamed a rise in gas prices": its account of a cause
        # (a participle, "…, blaming the cost", stays the writer's report of a deed)
    if lemma not in _CIRCUMSTANCE_DEED_LEMMAS:  # ("rejected it because …", "asked if …")
        return "dobj" in deps and not deps & {"ccomp", "xcomp", "advcl", "oprd"}
    if _carries_words(verb):
        return False
    return "dobj" in deps or _passive(verb)


_CIRCUMSTANCE_DEED_LEMMAS = FINDING_LEMMAS | {"recall"}
"""Deed verbs whose clause of time or cause is the deed's circumstance and whose passive is a
deed ("recalled 800 helmets because a buckle failed", "salmonella was found"). The other deed
verbs keep any adverbial clause as possibly their words: "rejected the plan because it relied
on old data" and "asked the council if the road would reopen" are the subject's account or
question, and "admitted the error after …" its admission."""


_CLAIM_NOUN_RE = re.compile(rf"(?:{CLAIM_NOUNS})", re.IGNORECASE)


def _a_claim(noun: Token) -> bool:
    """A claim as the object of a verb of rejecting ("claims that …", "the accusations",
    "suggestions of a rift"; lexicon ``CLAIM_NOUNS``), never a counted lot ("rejected 40
    claims for flood damage" is an insurer's deed, not a denial)."""
    if not _CLAIM_NOUN_RE.fullmatch(noun.lower_):
        return False
    return not any(c.dep_ == "nummod" for c in noun.children)


def _learns(verb: Token) -> bool:
    """ "The family found out that the school would close": a verb of finding with the particle
    of learning receives what someone else said; it neither says nor measures anything."""
    return verb.lemma_.lower() in FINDING_LEMMAS and any(
        c.dep_ == "prt" and c.lower_ in LEARNING_PARTICLES for c in verb.children
    )


def _carries_words(verb: Token) -> bool:
    """The verb has a clause that can hold what was said: "found that …", "was found to be
    safe", "…, saying …" (an unmarked participle). An adverbial clause a subordinator opens
    ("after salmonella was found", "as the strike began", "when it closed") is the deed's
    circumstance, never its words: a verb of finding, showing or recalling with only that is
    still a deed ("recalled 2,000 jars after glass was found in one"); ``_deed`` asks this of
    those verbs only (``_CIRCUMSTANCE_DEED_LEMMAS``)."""
    for child in verb.children:
        if child.dep_ in ("ccomp", "xcomp", "oprd", "parataxis") and not (
            child.dep_ == "oprd" and _passive(verb)
        ):
            return True  # (a passive's "oprd" is a state: "was found dead", "found guilty")
        if child.dep_ == "advcl" and not any(c.dep_ == "mark" for c in child.children):
            return True
    return False


def _passive(verb: Token) -> bool:
    """ "salmonella was found in two boxes", "the heaters were recalled": the thing found or
    recalled is the subject; no one's words are reported by the passive of a deed's verb unless
    a clause carries them (``_carries_words``)."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _declared_state(obj: Token) -> bool:
    """A formal state as the object of "declare": "an emergency", "a major incident", "a
    state of emergency" (the state's noun after "of"), never "victory" or a person."""
    if obj.lemma_.lower() in DECLARED_STATES:
        return True
    return obj.lemma_.lower() == "state" and any(
        p.lower_ == "of" and any(o.lemma_.lower() in DECLARED_STATES for o in p.children)
        for p in obj.children
    )


_TOPIC_LEMMAS = PRESS_REVIEW_LEMMAS | {"report"}
"""A paper's verbs of what it carries, which with only "on" a topic say what it covers, not what
it asserts ("the Evening Star leads on the by-election", "the FT reports on house prices")."""


def _on_a_topic(verb: Token) -> bool:
    """ "The Courier leads on the by-election": the verb's only complement is "on" a topic
    with no clause in it (no "that …", "which it says …", "reporting that …"), so nothing is
    asserted (README item 46); "leads on a report that 300 jobs will go" carries words."""
    if {c.dep_ for c in verb.children} & {"ccomp", "xcomp", "advcl", "parataxis", "dobj", "oprd"}:
        return False
    if any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in verb.children):
        return False  # ("X reported to the president on the town's capture": an account given)
    if verb.lemma_.lower() not in PRESS_REVIEW_LEMMAS and not any(
        c.dep_ == "nsubj" and is_outlet(" ".join(t.text for t in c.subtree)) for c in verb.children
    ):
        return False  # "reports on" is a paper's note only with a paper for subject
    topics = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"]
    return bool(topics) and not any(
        t.pos_ in ("VERB", "AUX") for topic in topics for t in topic.subtree
    )


def _conditional(token: Token) -> bool:
    """ "If the army's claim is right, …": a word inside a condition ("if", "unless") asserts
    nothing; the writer weighs the claim (README item 30's words about a claim)."""
    node = token
    for _ in range(50):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in node.children):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _answers_with_a_thing(verb: Token) -> bool:
    """ "Kestrel Telecom replied with a link", "the club responded with a fine": the answer is
    a thing, the object of "with", and the verb carries no clause, quotation or "as" phrase of
    words (no ``ccomp``, no quotation bound to it: the caller checks the quotation). A
    speech or document noun ("responded with a statement", "replied with a letter") or a noun
    carrying a clause ("with a post saying …", "with a note warning that …") is words, no
    thing: its speaker keeps them."""
    deps = {c.dep_ for c in verb.children}
    if deps & {"ccomp", "xcomp", "parataxis", "dobj"}:
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "with"
        and any(_a_thing(o) for o in c.children)
        for c in verb.children
    )  # fmt: skip


def _a_thing(obj: Token) -> bool:
    """Is ``obj``, the object of "with" after a verb of answering, a thing and not words: a
    noun that is neither a speech or document noun nor the head of a clause of its own?"""
    if obj.dep_ != "pobj" or obj.pos_ not in ("NOUN", "PROPN"):
        return False
    if obj.lemma_.lower() in _DOCUMENTS_AND_SPEECH or obj.lower_ in _DOCUMENTS_AND_SPEECH:
        return False
    return not any(c.dep_ in ("acl", "relcl", "ccomp") for c in obj.children)


def _trailing(verb: Token) -> bool:
    """ "…, but it cannot, Holm said on Monday.": a comma, a short subject, the verb, and at
    most a few words to the sentence end: the attribution of the whole sentence."""
    sentence = verb.sent
    after = [t for t in sentence if t.i > verb.i and not t.is_punct]
    subject = [t for t in verb.lefts if t.dep_ in ("nsubj", "nsubjpass")]
    if len(after) > 4 or not subject:
        return False
    first = min(t.i for t in subject[0].subtree)
    return first > sentence.start and verb.doc[first - 1].text in (",", "”", "’", '"', "'")


def _bound_to_quote(verb: Token, quoted: Callable[[Token], bool]) -> bool:
    """True when a quotation in the verb's clause belongs to this verb, not a nearer one."""
    for token in verb.subtree:
        if not quoted(token) or token.i == verb.i or token.is_punct:
            continue
        node = token
        for _ in range(50):
            if node.head.i == node.i:
                break
            node = node.head
            if node.i == verb.i:
                return True
            if is_speech_verb(node) and not quoted(node):
                break
    return False


def clean_name(text: str) -> str:
    """A name without leading titles and sentence words, and without a final "’s"; a body
    named by title words keeps them (``_titled_body``: "General Staff", "Defence Ministry")."""
    words = text.split()
    while words and (
        words[0] in STOP_CAPS or (words[0].rstrip(".") in TITLE_WORDS and not _titled_body(words))
    ):
        words.pop(0)
    if words and words[-1] in ("’s", "'s"):
        words.pop()
    if words:
        words[-1] = words[-1].removesuffix("’s").removesuffix("'s")
    return " ".join(words).strip(" ,.;:")


def _titled_body(words: list[str]) -> bool:
    """Whether a capitalised run is a body's name made of title words and the word of a body
    ("General Staff", "Defence Ministry", "Foreign Office", "Armed Forces of Ukraine"): every
    word before its "of"/"for" a title's or a body's, the last a body's. The titles are the
    name there, not a person's rank before it: stripped, "Ukraine's General Staff said" read
    as "Staff", and "The General Staff of Ukraine said" as nobody. A person's name in the run
    ("President Vell's Office") is no title word, so the title before it still comes off."""
    words = [w.removesuffix("’s").removesuffix("'s").strip(",") for w in words]
    cut = next((i for i, w in enumerate(words) if i and w in ("of", "for")), len(words))
    name = words[:cut]
    return (
        len(name) >= 2
        and name[-1] in ORG_WORDS
        and all(w.rstrip(".") in TITLE_WORDS or w in ORG_WORDS for w in name)
    )


_UNIDENTIFIED = ANONYMOUS_HEADS | PERSON_HEADS
"""Heads of an unnamed source the article does not go on to name ("a source", "an official",
"a resident"); any other role ("a Cabinet minister", "a Labour MP") in a lede is often the
person the next paragraph names."""
_PRESS_NOUNS = MEDIA_NOUNS - {"paper", "newspaper"}
"""Media nouns one addresses ("told reporters", "briefed the press"): a paper is not."""
_ROLE_OR_SOURCE_HEADS = ROLE_WORDS | ANONYMOUS_HEADS | (PERSON_HEADS - _NO_TITLE_HEADS)
"""Nouns set before a name as its title: an office, a source, a person's trade or part
("GMB organiser Shona Abernethy", "Analyst Jan Roe"; never "report" or "hospital")."""
_ORG_NOUNS = GENERIC_ORG_NOUNS | ORG_NOUNS
_BODY_WORDS = _ORG_NOUNS | BODY_KINDS | INSTITUTIONS
"""Words that say a name is a body's ("Trust", "Council", "Agency"), never a person's."""
_PEOPLE_HEADS = PERSON_HEADS | ROLE_WORDS | ANONYMOUS_HEADS | PEOPLE_NOUNS
"""Nouns of a person or people: welcomed as guests, never as news (``_judges``)."""
_PERSON_OR_ROLE = PERSON_HEADS | ROLE_WORDS
_PEOPLE_OR_ROLES = PEOPLE_NOUNS | ROLE_WORDS
"""Unions the readers asked for word by word, each made once at import: made per call, a
union of two vocabularies of ~90 words each cost more than the lookup (issue 15)."""
_OBJECT_POS = frozenset({"NOUN", "PROPN"})
"""A thing as a verb's object: a noun or a name, never a pronoun or a clause."""


def _a_product(noun: Token) -> bool:
    """What a business recalls as a product, by what it is not: no time ("the firm recalled
    its early years"), no words ("the carmaker recalled its founder's words", lexicon
    ``SPEECH_NOUNS``), no claim ("recalled the claims its dealers made", ``CLAIM_NOUNS``) and
    no happening ("Halvern Bank recalled the crisis of 2008", ``HAPPENING_NOUNS``): those are
    remembered, never taken back from sale."""
    forms = {noun.lemma_.lower(), noun.lower_}  # ("words": its lemma "word" is no class's)
    if _is_time(noun) or forms & (SPEECH_NOUNS | HAPPENING_NOUNS):
        return False
    return not _CLAIM_NOUN_RE.fullmatch(noun.lower_)


def _is_time(token: Token) -> bool:
    """A span of time as a noun ("its early years", "the winter", "that day")."""
    return token.lemma_.lower() in TIME_UNITS or token.ent_type_ in ("DATE", "TIME")


_BODY_NOUNS = _ORG_NOUNS - PLACE_BODY_NOUNS - DOCUMENT_NOUNS
"""Generic nouns of a body a role belongs to ("union" in "teachers' union leaders"), never a
body named after a place or a document."""


def _one_of_a_kind_of_body(group: Token) -> bool:
    """ "one of the (main) exporters", "one of the airlines": the plural of a body's common
    noun after "the" (a kind of body, of which the text keeps one back), never a named body's
    part ("one of the Harlow Foods depots") nor a document."""
    plural = group.tag_ == "NNS"
    the = any(c.lower_ == "the" and c.dep_ == "det" for c in group.children)
    named = any(c.pos_ == "PROPN" for c in group.children)
    return plural and the and not named and group.lemma_.lower() in _BODY_NOUNS


_POINTING_HEADS = _PEOPLE_HEADS | _BODY_NOUNS
"""Subjects that point to a fact in words: people and bodies, never things (``_judges``)."""
_AT_LARGE_HEADS = PERSON_HEADS | _BODY_NOUNS
"""Nouns whose capitalised plural opening a sentence is people or bodies at large."""
_COMPANY_NOUNS = GENERIC_ORG_NOUNS - TRADE_NOUNS
"""Generic organisation nouns that make an apposed name a company's (not a person's trade)."""
_DOCUMENTS_AND_SPEECH = DOCUMENT_NOUNS | SPEECH_NOUNS

_AUTHOR_KINDS = (PERSON, ORGANISATION, "definite")
"""Who a document or a statement can be noted as the work of (``Reader.authors``), so that a
later "the report says", "the statement adds" is theirs: a person, a body, or a body by its
noun ("the ministry's statement") for the article to settle as it settles "the ministry"."""
_DESCRIBING = PERSON_HEADS | MALE_NOUNS | FEMALE_NOUNS | {"patient", "pensioner", "widow"}
"""Nouns that describe a person before the name ("Patient Anna Kowalczyk", "Pensioner Tom
Reed"): the recogniser keeps them in the name when they open the sentence."""


def written_words(tokens: Sequence[Token]) -> str:
    """Name tokens as the text writes them: a word the tokenizer cut at its hyphens is taken
    whole ("Anti", "-", "Doping" is "Anti-Doping", whichever of its parts the caller kept: the
    tagger reads a hyphenated part as an adjective) and set without blanks around its hyphen;
    tokens that are not neighbours are joined by one blank."""
    if not tokens:
        return ""
    doc = tokens[0].doc
    keep = {t.i for t in tokens}
    for i in list(keep):
        j = i
        while j > 0 and hyphen_glued(doc, j - 1):
            j -= 1
            keep.add(j)
        j = i
        while hyphen_glued(doc, j):
            j += 1
            keep.add(j)
    words: list[str] = []
    for i in sorted(keep):
        if words and i - 1 in keep and not doc[i - 1].whitespace_:
            words[-1] += doc[i].text
        else:
            words.append(doc[i].text)
    return " ".join(words)


_LEADING_TITLES = TITLE_WORDS | {"The", "the"}
_LEADING_ROLES = ROLE_WORDS | _DESCRIBING
"""What ``entity_name`` strips from a name's front, each union made once at import: made per
call, the second was about half of the unions' cost in extraction (issue 15)."""


def entity_name(text: str) -> str:
    """A person as the recogniser bounded them, without leading titles or "’s" (sentence
    words are not stripped: the recogniser already left them out, and "Jan" is a name)."""
    words = text.split()
    while len(words) > 1 and words[0].rstrip(".") in _LEADING_TITLES:
        words.pop(0)
    if len(words) > 2 and words[0] in SHORT_RANKS:
        words.pop(0)  # "DS Alan Petrie"; "DS Smith" may be the firm (``Reader._ranked``)
    while len(words) > 2 and words[0].lower() in _LEADING_ROLES:  # "Manager Dean
        words.pop(0)  # Cole", "Patient Anna Kowalczyk" at the start of a sentence
    if words:
        words[-1] = words[-1].removesuffix("’s").removesuffix("'s")
    return " ".join(words).strip(" ,.;:")


def _kind_opening_a_sentence(entity: Span) -> bool:
    """A one-word "name" that is a body's common noun, capitalised only because it opens the
    sentence ("Agency officials would not say", "Council staff said"): the kind of body, which
    the article's one body of that kind fills in, never a body called "Agency"."""
    return len(entity) == 1 and _capitalised_kind(entity[0])


def _capitalised_kind(token: Token) -> bool:
    """A body's common noun ("agency", "council", "union") written with a capital only because
    it opens its sentence: the word is the kind, as it is lower-case mid-sentence."""
    return bool(token.is_sent_start) and token.lower_ in _BODY_WORDS


def entity_text(entity: Span) -> str:
    """An entity as written, without a leading "the", a final "’s" or ", Inc."."""
    tokens = [t for t in entity if not (t.i == entity.start and t.lower_ == "the")]
    tokens = [t for t in tokens if t.text not in ("’s", "'s")]
    if len(tokens) > 2 and tokens[-2].text == "," and is_legal_form(tokens[-1].text):
        tokens = tokens[:-2]  # "Voltaris Energy, Inc.": the company, not its legal form
    if not tokens:
        return entity.text
    text = "".join(t.text_with_ws for t in tokens[:-1]) + tokens[-1].text  # "Co-operation"
    return " ".join(text.split())


def gender_of(entity: Span) -> str | None:
    """ "Mr"/"Ms" before the name, or a gendered noun beside it: "her husband Tom Webb",
    "Ann Webb, his wife," ("a spokesman, Tom Hale,"); None where the text does not say."""
    doc = entity.doc
    before = doc[entity.start - 1] if entity.start > 0 else None
    words = {t.text for t in entity[:1]} | ({before.text} if before is not None else set())
    if words & MALE_TITLES:
        return "m"
    if words & FEMALE_TITLES:
        return "f"
    root = entity.root
    nouns = {t.lemma_.lower() for t in doc[max(0, entity.start - 2) : entity.start]}
    nouns |= {t.lemma_.lower() for t in root.children if t.dep_ in ("appos", "compound")}
    if root.dep_ == "appos":
        nouns.add(root.head.lemma_.lower())
    male, female = bool(nouns & MALE_NOUNS), bool(nouns & FEMALE_NOUNS)
    if male != female:
        return "m" if male else "f"
    return None


def _titled_gender(head: Token) -> str | None:
    """ "Ms Maya Orr said": the gender a title compounded on a name the recogniser did not
    find shows ("Ms", "Mr"), as ``gender_of`` reads it before an entity; None without one. A
    "she" further on goes back to her by it (``Engine._speaker_resumed``)."""
    titles: set[str] = set()
    words = [head]
    while words:  # ("Mrs" may hang on "Folake", which hangs on "Obi")
        word = words.pop()
        compounds = [c for c in word.lefts if c.dep_ == "compound"]
        titles.update(c.text for c in compounds)
        words.extend(compounds)
    if titles & MALE_TITLES:
        return "m"
    if titles & FEMALE_TITLES:
        return "f"
    return None


def _name_modifier(token: Token, head: Token) -> bool:
    """A capitalised word set before a speech noun as its modifier: a compound ("A Larkmoor
    Air statement"), or a proper noun the parser read as the noun's adjective ("a Tallow
    statement")."""
    if not token.text[:1].isupper():
        return False
    return token.dep_ == "compound" or (
        token.dep_ == "amod" and token.pos_ == "PROPN" and token.head.i == head.i
    )


class Reader:
    """Reads the source of one unit; ``entity`` maps a token to its named entity."""

    def __init__(
        self,
        entity: Callable[[Token], Span | None],
        quoted: Callable[[Token], bool],
        known: Callable[[str], bool] | None = None,
        named: Callable[[str], bool] | None = None,
        common: Callable[[str], bool] | None = None,
    ) -> None:
        self.entity = entity
        self.quoted = quoted
        self.known = known
        """Is a word the surname of a person the article introduced in full?"""
        self.common = common
        """Does the article write a word in lower case ("snow" in "two inches of snow")?"""
        self.named = named
        """Does the article write a word alone with a capital inside a sentence ("complaints
        about Hearthsure in")? Then it is a name wherever the tagger reads it as a noun."""
        self.authors: dict[str, Found] = {}
        self.seen: set[str] = set()
        """The proper nouns of the units read before the one being read (``note_names``)."""
        self.figures_author: Found | None = None
        self.team: Found | None = None
        """The named scientist who leads the research team the article last described ("a
        team led by Dr X"): what "the team" later on speaks through."""
        """The author of the figures the article last named ("NHS England figures"): what
        "the data" or "the statistics" later on are, whichever word it uses."""
        """Document noun -> the author the article last gave it ("a review by X")."""

    # --- noun phrases -------------------------------------------------------------------
    def phrase(self, head: Token, keep_det: bool) -> str:
        """The noun phrase of ``head`` without relative clauses, appositions or asides."""
        keep = [head]
        for child in head.lefts:
            if child.dep_ == "det" and not keep_det:
                continue
            if child.dep_ == "poss" and child.pos_ == "PRON" and not keep_det:
                continue
            if child.dep_ in ("punct", "cc", "preconj"):
                continue
            keep.extend(child.subtree)
        for child in head.rights:
            if child.dep_ in ("prep", "amod", "compound") and keep_det:
                span = list(child.subtree)
                if not any(t.is_punct for t in span):
                    keep.extend(span)
            elif child.dep_ == "compound":
                keep.append(child)
        keep = sorted(set(keep), key=lambda t: t.i)
        start = min(t.i for t in keep)
        # the contiguous run that holds the head (asides inside are dropped)
        run = [t for t in keep if t.i >= start]
        words = [t for t in run if head.i - _MAX_PHRASE <= t.i <= head.i + _MAX_PHRASE]
        doc = head.doc
        text = doc[words[0].i : words[-1].i + 1].text
        return text.strip(" ,;:")

    def affiliation(self, head: Token, *, own: Span | None = None) -> str | None:
        """The organisation, place or person an unnamed source (or a person) belongs to."""
        for token in head.subtree:
            office = self._titled_office(token) if token.dep_ == "pobj" else None
            if office is not None:  # "a spokesperson for the X Attorney General's Office"
                return office.text
        topic = _topic_tokens(head)
        for token in head.subtree:
            if (token.dep_ in ("relcl", "acl") and token.i != head.i) or token.i in topic:
                continue
            entity = self.entity(token)
            if entity is None or entity.label_ not in _AFFILIATION_LABELS:
                continue
            if own is not None and entity.start == own.start:
                continue
            if entity.start <= head.i < entity.end:
                continue
            if _inside_clause(token, head) or _kind_opening_a_sentence(entity):
                continue
            return entity_text(entity)
        for child in head.lefts:
            if child.dep_ == "compound" and child.pos_ == "PROPN" and is_acronym(child.text):
                return child.text  # "A PSNI spokesperson": the initials the recogniser left
        for child in head.rights:
            if child.dep_ == "amod" and child.lower_ == "close":  # "close to X": X's
                for prep in child.children:
                    for obj in prep.children:
                        if obj.dep_ == "pobj":
                            return self.phrase(obj, keep_det=True)
            if child.dep_ == "prep" and child.lower_ in ("at", "with", "of", "from"):
                for obj in child.children:
                    if obj.dep_ == "pobj" and obj.lemma_.lower() in ORG_NOUNS | INSTITUTIONS:
                        return self.phrase(obj, keep_det=True)
        return None

    # --- who a subject is ----------------------------------------------------------------
    def who(self, head: Token) -> Found | None:
        """What the subject ``head`` of a reporting verb names."""
        lower = head.lower_
        if lower in ("one", "another") and head.pos_ in ("PRON", "DET"):
            return self._common(head)  # "One said: ‘…’", "Another said:" (tagged a pronoun)
        if head.pos_ == "PRON":
            if lower == "i" and head.i > 0 and head.doc[head.i - 1].lower_ == "the":
                return Found(_THE_I, ORGANISATION, ORGANISATION, offset=head.idx - 4)  # a
                # pronoun never takes "The": "The i says" is a paper's name
            if lower in _PRONOUNS:
                pronoun = _PRONOUNS[lower]
                gender = {"he": "m", "she": "f"}.get(pronoun)
                return Found(pronoun, "pronoun", offset=head.idx, gender=gender)
            if lower in SOMEONE_PRONOUNS:  # "Someone at the council said", "somebody close to the
                # mayor told us": one person the text does not name (README items 6 and 21)
                return Found(self.phrase(head, keep_det=True), "anonymous", PERSON,
                             self.affiliation(head), offset=head.idx)  # fmt: skip
            return None
        if _the_couple(head):  # "The couple have denied claims …": the two named together
            return Found("they", "pronoun", offset=head.idx, cue=THE_COUPLE)
        holder = _office_holder_after(head)
        if holder is not None:  # "Work and Pensions Secretary Ann Roe warned": the office's
            return self.who(holder)  # first word, parsed as the subject, is no name
        respondents = self._respondents(head)
        if respondents is not None:  # "Forty-four percent of the heads in the survey said"
            return respondents
        based = _based_name(head, self.entity)
        if based is not None:  # "Regina, Saskatchewan-based Prairie Air said": the company
            return self.who(based)
        unnamed = self._unnamed_of(head)
        if unnamed is not None:  # "A Department of Health and Social Care spokeswoman said"
            return unnamed
        leader = self._team_leader(head)
        if leader is not None:  # "A team led by Dr Ana Ruiz measured": she speaks for it
            return leader
        labelled = self._labelled_body(head)
        if labelled is not None:  # "Consultancy Harrowgate ranked": a body, without its kind
            return labelled
        place = _force_of(head)
        if place is not None:  # "Police in neighboring Kent County said": that county's force
            return Found(f"{head.text} in {place}", ORGANISATION, ORGANISATION, offset=head.idx)
        if _epithet(head, self.entity(head)):  # "the Spaniard said", "the 45-year-old told"
            return Found(self.phrase(head, keep_det=True), "epithet", PERSON, offset=head.idx)
        if _document(head) and self.entity(head) is None:
            owner = self._document_owner(head)  # "its annual report", "the firm's accounts"
            if owner is not None:
                if head.lemma_.lower() in FIGURE_NOUNS or head.lower_ in FIGURE_NOUNS:
                    self.figures_author = owner  # ("according to NHS England figures")
                return owner
        if head.lemma_.lower() in SPEECH_NOUNS and self.entity(head) is None:
            spoken = self._speech_noun(head)  # not "The Daily Post reported"
            if spoken is None and _with_the(head) and head.lemma_.lower() in self.authors:
                return self.authors[head.lemma_.lower()]  # "the statement added": its author
            if spoken is not None or head.lemma_.lower() not in DOCUMENT_NOUNS:
                return spoken  # else "The report, published by X," is X's document
        if head.lemma_.lower() in ISSUED_NOUNS and self.entity(head) is None:
            issuer = self._speech_noun(head, owner=False)  # "a press release from the
            if issuer is not None:  # university": its issuer, as "a statement from" is;
                return issuer  # with none named, the release stays as the text gives it
        known = _known_as(head)  # "the agency, known as AFAD"
        if known is not None and self.entity(known) is not None and head.pos_ == "NOUN":
            return self.who(known)
        for child in _appositions(head):  # "Her colleague at the network, Tom Reyes, insists"
            if child.dep_ == "appos" and (head.pos_ != "PROPN" or self._capitalised_role(head)):
                entity = self.entity(child)
                if entity is not None and entity.label_ == "PERSON":
                    return self._person(entity, child)
                if entity is not None and _personal_name(entity, head):  # "The festival's
                    return self._person(entity, child)  # director, Imogen Coldwell,": hers
                if entity is not None and entity.label_ == "ORG":  # "The home's owner, X Group,"
                    return Found(entity_text(entity), ORGANISATION, ORGANISATION,
                                 offset=entity.start_char)  # fmt: skip
        described = self._name_after_descriptor(head)
        if described is not None:  # "the price tracker Qimbly said", the name read as an adverb
            return described
        if head.pos_ != "PROPN":
            named = self._apposed_to_org(head)
            if named is not None:  # "Her counterpart at the X Board, Lionel Brooks, said"
                return self._person(named, named.root)
        entity = self.entity(head)
        titled = self._after_title(head)  # "said Sgt. Ray Lutz": the parser stopped at "Sgt."
        if titled is not None:
            return self._person(titled, titled.root)
        if entity is not None and entity.label_ == "PERSON" and _plural_it(head):
            name = clean_name(entity.text)  # "Basin Metals said … its offer": no person
            return Found(name, ORGANISATION, ORGANISATION, cue=CALLED_IT,
                         offset=entity.start_char)  # fmt: skip
        if (
            entity is not None
            and entity.label_ == "PERSON"
            and (_which_clause(head) or any(hyphen_based(c) for c in head.children))
        ):  # ("Idaho-based Kestrel Seed told": where a name is based says it is a body's)
            return Found(clean_name(entity.text), ORGANISATION, ORGANISATION,
                         offset=entity.start_char)  # fmt: skip
        if entity is not None and entity.label_ == "PERSON":
            return self._person(entity, head)
        if entity is None and self._known_surname(head):  # "Voss said" tagged as a noun
            return Found(head.text, PERSON, PERSON, offset=head.idx)
        if entity is None and _the_place_body(head):  # "The hospital said …": the one named
            return self._office(head)  # before ("Local hospitals report" stays a group)
        if entity is None and head.lemma_.lower() in _UNIDENTIFIED:
            return self._common(head)  # "Experts say" at the start of a sentence
        if entity is None and _capitalised_people(head) and not self._written_as_name(head):
            return Found(head.text, "vague", offset=head.idx)  # "Tenants told the paper"
        if (entity is None or entity.label_ == "ORG") and _name_of_things(head):
            name = (  # "Midshires Trains said", the head tagged a plural common noun
                _org_name(entity) if entity is not None else clean_name(self.phrase(head, False))
            )
            if name:
                return Found(name, ORGANISATION, ORGANISATION, offset=head.idx)
        if entity is None and head.pos_ == "PROPN" and _is_title(head):  # "Chief of … Valery X"
            for token in head.subtree:
                inner = self.entity(token)
                if inner is not None and inner.label_ == "PERSON":
                    return self._person(inner, token)
        if entity is not None and entity.label_ == "ORG" and _role_before(entity):
            return self._person(entity, head)  # "Foreign Office spokesperson Nadia Rahim"
        if head.pos_ == "PROPN" and entity is None and self._bare_title(head):
            return self._title(head)  # "The MP for Kettering West said"
        if head.pos_ == "PROPN" and head.text.islower() and entity is None:
            return self._common(head)  # "Norway's foreign ministry says": no name
        if head.pos_ == "PROPN" and entity is None and self._common_noun(head):
            return None  # "Snow fell through the day, … and more is expected": no one
        if head.pos_ == "PROPN" or _capitalised_org(head, entity):
            return self._proper(head, entity)  # ("Peakform said", the name tagged a noun)
        if entity is None and self._name_read_as_noun(head):  # "Hearthsure said it had …"
            return Found(head.text, ORGANISATION, ORGANISATION, offset=head.idx)
        if head.pos_ in ("NOUN", "ADJ", "NUM"):
            return self._common(head)
        return None

    def _name_after_descriptor(self, head: Token) -> Found | None:
        """A lower-case descriptor with a capitalised word right after it, before the verb
        ("the price tracker Qimbly said", "…, the gaming site Ravelnook reported"): English
        puts a name there in close apposition; when the recogniser does not tag it the parser
        reads it as an adverb or a noun of the verb, and the descriptor alone is no one's name.
        The descriptor says which kind it is: a person's word ("the economist") or a body's."""
        doc = head.doc
        if head.pos_ != "NOUN" or not head.text.islower() or head.i + 1 >= len(doc):
            return None
        if not any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in head.children):
            return None
        verb = head.head
        end = head.i + 1
        tagged = self.entity(doc[end])
        if tagged is not None:  # a name tagged a person or a body takes the apposition's
            if tagged.label_ in ("PERSON", "ORG") or tagged.start != end:  # own road; one
                return None  # tagged a place is one after "the city", a body after "the
            if head.lemma_.lower() in SETTLEMENT_NOUNS:  # technology site" (no place speaks)
                return None
            if not all(_bare_capitalised(t, t.i > end) for t in tagged):
                return None
            end = tagged.end
        while end < len(doc) and end != verb.i and _bare_capitalised(doc[end], end > head.i + 1):
            end += 1
        if (
            end == head.i + 1
            or end >= len(doc)
            or (tagged is None and self.entity(doc[end - 1]) is not None)
        ):
            return None
        after = doc[end]
        if after.i != verb.i and not (after.head.i == verb.i and after.dep_ in _BEFORE_VERB):
            return None  # ("the committee Chair said" is not this: the verb must follow)
        name = doc[head.i + 1 : end].text
        if head.lemma_.lower() in PERSON_HEADS | ROLE_WORDS:
            return Found(name, PERSON, PERSON, offset=doc[head.i + 1].idx)
        return Found(name, ORGANISATION, ORGANISATION, offset=doc[head.i + 1].idx)

    def _written_as_name(self, head: Token) -> bool:
        """Whether the article writes the capitalised ``head`` with its capital inside a
        sentence too ("Sales at Boots rose …"): a name, not a plural at large."""
        return head.text[:1].isupper() and self.named is not None and self.named(head.text)

    def _name_read_as_noun(self, head: Token) -> bool:
        """One capitalised word, alone, that the tagger read as a common noun and the
        recogniser missed ("Hearthsure said it had …" at a sentence's start), which the
        article writes with its capital inside a sentence too ("complaints about Hearthsure
        in …"): a name (a person the article named in full is found before this); a firm's,
        since a person's one-word name would be a surname the article introduced."""
        return (
            self.named is not None
            and head.tag_ == "NN"
            and head.text[:1].isupper()
            and not head.text.isupper()
            and not any(c.dep_ in _MODIFIERS for c in head.children)
            and self.named(head.text)
        )

    def _unnamed_of(self, head: Token) -> Found | None:
        """An unnamed source's noun right after a long organisation's name, which the parser
        made the subject's head ("A Department of Health and Social Care spokeswoman": the
        spokeswoman hangs inside "of …"): the source is anonymous, the organisation hers."""
        entity = self.entity(head)
        if entity is None or entity.label_ != "ORG" or entity.end >= len(head.doc):
            return None
        after = head.doc[entity.end]
        if after.lemma_.lower() not in ANONYMOUS_HEADS or after.head.i == after.i:
            return None
        if after.i not in {t.i for t in head.subtree}:
            return None
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
            return None
        phrase = head.doc[min(t.i for t in head.subtree) : after.i + 1].text
        return Found(phrase, "anonymous", PERSON, entity_text(entity), offset=head.idx)

    def _team_leader(self, head: Token) -> Found | None:
        """A research team speaks through the named scientist who leads it ("A team led by
        cosmochemist X at Y measured …", "The team, led by Dr X of Y, extracted …": convention
        14), and "the team" again later is the same leader. A leader with no scholar's title
        or noun ("led by captain X") leads some other team."""
        if head.lemma_.lower() not in TEAM_NOUNS:
            return None
        for led in head.children:
            if led.dep_ != "acl" or led.lemma_.lower() != "lead":
                continue
            for obj in (o for a in led.children if a.dep_ == "agent" for o in a.children):
                entity = self.entity(obj)
                if obj.dep_ == "pobj" and entity is not None and entity.label_ == "PERSON":
                    if not _scholar(entity):
                        return None
                    self.team = self._person(entity, obj)
                    return self.team
        if self.team is not None and _with_the(head) and len(list(head.children)) == 1:
            return self.team
        return None

    def _labelled_body(self, head: Token) -> Found | None:
        """A name with its body's kind set before it as a label ("Consultancy Harrowgate
        ranked", "Research firm Kantorex found", "Pressure group Fairfare said"): the kind says
        it is an organisation whatever the recogniser said (a person, or nothing), and the name
        is the capitalised words after the kind. A kind inside the recognised name is part of
        it ("Network Rail", "Police Scotland"); a title among the words makes it a person's
        ("Police Chief Ann Boyd"), and a person's noun last ("Council leader X") is a role."""
        if head.pos_ != "PROPN" or not head.text[:1].isupper():
            return None
        doc, start = head.doc, head.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].text[:1].isupper():
            if doc[start - 1].lower_ in KIND_LABEL_NOUNS or doc[start - 1].text in TITLE_WORDS:
                break
            start -= 1
        if start == 0 or (start == head.i and head.text in TITLE_WORDS):
            return None
        kind = doc[start - 1]
        if kind.dep_ != "compound" or kind.lower_ not in KIND_LABEL_NOUNS:
            return None
        if kind.text[:1].isupper() and kind.i != kind.sent.start:
            return None  # ("the Network Rail said": a capitalised kind mid-sentence names)
        entity = self.entity(head)
        if entity is not None and entity.start <= kind.i:
            return None
        words = doc[start : head.i + 1]
        if any(t.text in TITLE_WORDS for t in words):
            return None
        name = clean_name(words.text)
        if not name or name in STOP_CAPS:
            return None
        return Found(name, ORGANISATION, ORGANISATION, offset=words.start_char)

    def _apposed_to_org(self, head: Token) -> Span | None:
        """A person named in apposition at the end of a common-noun subject, which the parser
        hung on the organisation inside it ("Her counterpart at the Safety Board, Lionel
        Brooks, said"): an organisation has no person for an apposition, the subject has."""
        last = max(t.i for t in head.subtree)
        for token in head.subtree:
            if token.dep_ != "appos" or token.head.i == head.i:
                continue
            entity, owner = self.entity(token), self.entity(token.head)
            spoken_for = _spoken_for(head, token)
            if entity is None or entity.end < last or owner == entity:
                continue
            if owner is None and not spoken_for:
                continue
            if (spoken_for or (owner is not None and owner.label_ in _ORG_LABELS)) and (
                entity.label_ == "PERSON" or self._named_like_a_person(head, entity)
            ):
                return entity  # (a person's name the recogniser took for an organisation's
                # is read as a person by ``_person``, which does not look at the label)
        return None

    def _capitalised_role(self, head: Token) -> bool:
        """A role written with capitals and no name of its own ("Suffolk's County Policing
        Commander, Chief Superintendent X, said"): the person apposed to it is the speaker."""
        entity = self.entity(head)
        role = head.lower_ in ROLE_WORDS or head.text in TITLE_WORDS
        return role and (entity is None or entity.label_ != "PERSON")

    @staticmethod
    def _named_like_a_person(head: Token, entity: Span) -> bool:
        """ "the head of the X Trust, Nadia Osei": a role's apposed two or three proper
        nouns, none an organisation's word, name a person whatever the recogniser said."""
        words = [t.text for t in entity if t.lower_ != "the"]
        return (
            head.lemma_.lower() in ROLE_WORDS | PERSON_HEADS
            and 2 <= len(words) <= 3
            and all(t.pos_ == "PROPN" for t in entity if t.lower_ != "the")
            and not any(w in ORG_WORDS for w in words)
        )

    def _after_title(self, head: Token) -> Span | None:
        """The person named right after an abbreviated title and its full stop."""
        doc = head.doc
        if head.text not in TITLE_WORDS or head.i + 2 >= len(doc) or doc[head.i + 1].text != ".":
            return None
        entity = self.entity(doc[head.i + 2])
        return entity if entity is not None and entity.label_ == "PERSON" else None

    def _common_noun(self, head: Token) -> bool:
        """A sentence's first word, alone, that the tagger read as a name and the recogniser
        did not ("Snow fell through the day …"): a common noun when the article writes it in
        lower case elsewhere and never with a capital inside a sentence, nor as a surname of
        someone it introduced."""
        if self.common is None or head.i != head.sent.start or not head.text.istitle():
            return False
        if any(c.dep_ in ("compound", "flat", "poss") for c in head.children):
            return False
        word = head.text
        if (self.named is not None and self.named(word)) or self._known_surname(head):
            return False
        return self.common(word.lower())

    def _known_surname(self, head: Token) -> bool:
        """A capitalised word alone that the article introduced as a person's surname (the
        tagger reads a sentence-initial surname as a noun or a nationality)."""
        if self.known is None or not head.text[:1].isupper() or head.text.isupper():
            return False
        alone = not any(c.dep_ in ("compound", "det", "amod") for c in head.children)
        return alone and self.known(head.text)

    def _speech_noun(self, head: Token, owner: bool = True) -> Found | None:
        """ "His update highlighted", "a statement from General X", "A Larkmoor Air statement
        said": the noun's owner (a name set before the noun as its modifier is its maker)."""
        for child in head.children:
            if child.dep_ == "poss" and owner:
                return self._noted_author(head, child) or self.who(child)
            if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        found = self.who(_before_read_as_noun(obj))
                        if found and (found.kind in (PERSON, ORGANISATION) or _a_body(found)):
                            return found  # ("a statement from the council": the body the
                            # article names, as "the council said" is)
            if child.dep_ == "prep" and child.lower_ == "on":  # ("A message on the X website
                for site in child.children:  # said": the site's owner)
                    owner_found = self._site_owner(site) if site.dep_ == "pobj" else None
                    if owner_found is not None:
                        return owner_found
        return self._maker_named_before(head) if owner else None

    def _site_owner(self, site: Token) -> Found | None:
        """ "A message on the National Rail Enquiries website said", "a post on Kelso Rail's
        Facebook page": whose site or page it is, by its possessor or the capitalised name set
        before it (the platform's name, "Facebook", is no owner: ``PLATFORMS``)."""
        if site.lemma_.lower() not in SITE_NOUNS:
            return None
        possessor = next((c for c in site.children if c.dep_ == "poss"), None)
        if possessor is not None:
            found = self.who(possessor)
            return found if found is not None and found.kind in (PERSON, ORGANISATION) else None
        doc, start = site.doc, site.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN":
            start -= 1
        words = list(doc[start : site.i])
        while words and words[-1].lower_ in PLATFORMS:
            words.pop()
        if not words:
            return None
        entity = self.entity(words[0])
        kind = PERSON if entity is not None and entity.label_ == "PERSON" else ORGANISATION
        name = clean_name(" ".join(w.text for w in words))
        return Found(name, kind, kind, offset=words[0].idx) if name else None

    def _noted_author(self, head: Token, owner: Token) -> Found | None:
        """ "Six retired surgeons have written to the minister … Their letter warns …": a
        possessive pronoun on a thing the article already said who wrote is its writers, when
        its number fits them ("their" a group or a body, "its" a body), never the last body
        named (the paper that saw it)."""
        author = self.authors.get(head.lemma_.lower())
        if author is None or owner.lower_ not in ("its", "their"):
            return None
        fits = (ORGANISATION,) if owner.lower_ == "its" else (ORGANISATION, "vague")
        return author if author.kind in fits else None

    def _maker_named_before(self, head: Token) -> Found | None:
        """ "A Larkmoor Air statement said …": a body's or person's name as the compound
        modifier of a speech noun is who made it, as "a statement from Larkmoor Air" is; the
        parser sometimes hangs a one-word name there as an adjective ("said a Tallow
        statement"), which is the same name."""
        doc = head.doc
        start = head.i
        while start > 0 and _name_modifier(doc[start - 1], head):
            start -= 1  # ("A Larkmoor TV statement": the name's words, capitalised)
        entity = self.entity(doc[start]) if start < head.i else None
        if entity is None or entity.start != start or doc[start].pos_ != "PROPN":
            return None
        found = self.who(entity.root)
        if found is None or found.kind not in (PERSON, ORGANISATION):
            return None
        if found.kind == ORGANISATION and entity.end < head.i:  # ("Larkmoor" of "Larkmoor
            return replace(found, speaker=doc[start : head.i].text)  # TV"): the whole name
        return found

    def _person(self, entity: Span, head: Token) -> Found | None:
        doc, start = entity.doc, entity.start
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
            if doc[start - 1].text in TITLE_WORDS or self.entity(doc[start - 1]) is not None:
                break
            start -= 1  # the recogniser cut "Ana" off "Ana Lisboa"
        if start < entity.start and _ends_titled_office(doc, start):
            start = entity.start  # ("Minister of Health Karel Dvorsky": never "Health Karel")
        name = self._ranked(entity_name(doc[start : entity.end].text))
        if not name:
            return None
        return Found(name, PERSON, PERSON, self._person_affiliation(head, entity),
                     offset=entity.start_char, gender=gender_of(entity))  # fmt: skip

    def _person_affiliation(self, head: Token, entity: Span) -> str | None:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "with", "at", "from"):
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        other = self.entity(obj)
                        if other is not None and other.label_ in _ORG_LABELS:
                            return entity_text(other)
                        if obj.lemma_.lower() in ORG_NOUNS | INSTITUTIONS:
                            return self.phrase(obj, keep_det=False)
                        if obj.pos_ == "PROPN" and other is None:  # "of Rabobank"
                            return self.phrase(obj, keep_det=False)
        return None

    def _proper(self, head: Token, entity: Span | None) -> Found | None:
        office = self._titled_office(head)
        if office is not None:  # "The Arizona Attorney General's Office said": one name
            return Found(office.text, ORGANISATION, ORGANISATION, offset=office.start_char)
        if entity is not None and entity.start <= head.i < entity.end:
            name = (  # an organisation as recognised: "Local Government Association" whole
                self._ranked(entity_name(entity.text))
                if entity.label_ == "PERSON"
                else _org_name(entity)
            )
            label = entity.label_
            if name.lower().startswith("the "):
                name = name[4:]
        else:
            tokens = _name_compounds(head)  # ("Sallow Bay Mercury": "Sallow" hangs on "Bay")
            titled = head.lower_ in ROLE_WORDS or head.text in TITLE_WORDS  # ("the Secretary of
            titled = titled and head.text not in ORG_WORDS  # State": an office, read elsewhere;
            of_name = [] if titled else _of_name(head)  # "the General Staff of X": a body's)
            name = clean_name(written_words([*tokens, head, *of_name]))  # ("Coastal Anti-Doping
            label = "ORG" if of_name else ""  # Agency"; "The Port of Dunmarrow said": the
            # whole body's name, not "Port")
            name = self._ranked(name)
            company = _before_legal_suffix(head)
            if company:  # "Voltaris Energy, Inc.": the parser split the name at the comma
                name, label = company, "ORG"
        if not name or name in STOP_CAPS:
            return None
        words = name.split()
        apposed_person = _has_role_apposition(head) and (
            label not in _ORG_LABELS
            or (label == "ORG" and 2 <= len(words) <= 3 and not any(w in ORG_WORDS for w in words))
            or (len(words) <= 3 and has_person_apposition(head))
        )  # ("Sophie Marchant, a 27-year-old teacher": a person whatever the recogniser said;
        # "Amira, a care worker,": one name it took for a body's or a place's)
        gender = gender_of(entity) if entity is not None else _titled_gender(head)
        if label in ("", "PERSON", "NORP", "ORG", "GPE", "LOC", "FAC") and (
            apposed_person or (len(words) > 1 and label != "" and label == "NORP")
        ):
            return Found(name, PERSON, PERSON, offset=head.idx, gender=gender)
        plural = head.tag_ == "NNPS" and label == ""  # "Andes Minerals", no entity: a plural
        # name is no person; "Summit Air, which operated the flight,": a thing, no person
        plural = plural or (label in ("", "PERSON") and _which_clause(head))
        plural = plural or (label in ("", "PERSON") and _has_org_apposition(head))
        plural = plural or (label == "" and _with_the(head))  # "The Hollywood Reporter":
        # a name that takes "the" is a title, an outlet or a body, never a person's
        plural = plural or any(hyphen_based(c) for c in head.children)  # "Idaho-based
        # Kestrel Seed": a name qualified by where it is based is a firm's or a body's
        if label in _ORG_LABELS or any(w in ORG_WORDS for w in words) or name.isupper() or plural:
            return Found(name, ORGANISATION, ORGANISATION, offset=head.idx)
        if label in ("", "PERSON") and not any(w in ORG_WORDS for w in words):
            return Found(name, PERSON, PERSON, offset=head.idx, gender=gender)
        return Found(name, ORGANISATION, ORGANISATION, offset=head.idx)

    def _ranked(self, name: str) -> str:
        """A name led by a rank written short ("DS Petrie", ``SHORT_RANKS``) without it, when
        the rest ends in a surname the article gave a person: the officer, whom the people
        index resolves to the full name. Otherwise as written: those letters open bodies'
        names too ("PC World"), which ``clean_name`` keeps whole."""
        words = name.split()
        if len(words) < 2 or words[0] not in SHORT_RANKS or self.known is None:
            return name
        return " ".join(words[1:]) if self.known(words[-1]) else name

    def _titled_office(self, head: Token) -> Span | None:
        """A body named after an office in the possessive ("the Arizona Attorney General's
        Office", "the Georgia Secretary of State's Office", "the Governor's Office"): the
        whole is the name, where the recogniser and the parser cut it at the "'s". Never a
        person's or a place's possessive ("Britain's Office for National Statistics")."""
        doc = head.doc
        if head.text not in ORG_WORDS:
            return None
        at = head.i - 1
        while at > 0 and doc[at].pos_ == "PROPN" and doc[at].text[:1].isupper():
            at -= 1  # (the body's words after the "'s": "… Water Office")
        if at < 1 or doc[at].lower_ not in ("'s", "’s"):
            return None
        start, titled = at, False
        while start > 0:
            word = doc[start - 1]
            if word.lower_ == "of" and start > 1 and doc[start - 2].text[:1].isupper():
                start -= 1
                continue
            if not word.text[:1].isupper() or word.text in STOP_CAPS:
                break
            entity = self.entity(word)
            if entity is not None and entity.label_ == "PERSON":
                return None  # ("Ann Reyes's Office": a person's)
            titled = titled or word.text in TITLE_WORDS | OFFICE_TITLES or word.lower_ in ROLE_WORDS
            start -= 1
        if not titled or start == at:
            return None
        return doc[start : head.i + 1]

    def _bare_title(self, head: Token) -> bool:
        """A capitalised office and nothing that names it ("the Prime Minister", "A Labour
        MP": titles, a party), never a name that ends in a role's word ("The Hollywood
        Reporter")."""
        if head.lower_ not in ROLE_WORDS:
            return False
        for child in head.lefts:
            if child.dep_ != "compound" or child.pos_ != "PROPN" or child.text in TITLE_WORDS:
                continue
            entity = self.entity(child)
            if entity is None or entity.label_ not in ("ORG", "NORP"):
                return False
        return True

    def _title(self, head: Token) -> Found | None:
        """A capitalised office with no name ("The MP for Kettering West", "the Prime
        Minister"): the person the article gave that office (``office``), else the office as
        written, a person named by it."""
        proper = self._proper(head, None)
        role = self._common(head)
        if role is not None and role.kind == "anonymous" and role.office:
            return role  # "A Labour MP said": unnamed, unless the article names him next
        if role is None or role.kind != "role":
            return proper
        written = [t.text for t in head.lefts if t.dep_ == "compound"] + [head.text]
        phrase = proper.speaker if proper is not None else " ".join(written)  # (a title alone
        return replace(role, phrase=phrase, cue="title")  # is no name: "Prime Minister")

    def _part_of(self, head: Token) -> Found | None:
        """ "Three of our members have told me …": part of a group speaks as that group, a
        vague one written as it is; "two of those people said" points back at unnamed
        sources just cited, so it is one of them (anonymous)."""
        group = _of_object(head)
        found = self._common(group) if group is not None and group.pos_ != "PRON" else None
        if group is None or found is None or found.kind != "vague":
            return None
        if any(c.lower_ in ("those", "these") for c in group.children) or _the_unnamed(group):
            return Found(self.phrase(head, keep_det=True), "anonymous", PERSON, offset=head.idx)
        return Found(self.phrase(head, keep_det=True), "vague", offset=head.idx)

    def _common(self, head: Token) -> Found | None:
        """A common-noun subject: an unnamed source, a vague group, a document, an office."""
        lemma = head.lemma_.lower()
        pollster = _pollster(head)
        if pollster is not None:  # "Analysts polled by Refinitiv expected …": Refinitiv's poll
            return Found(pollster, ORGANISATION, ORGANISATION, offset=head.idx)
        dets = {c.lower_ for c in head.children if c.dep_ in ("det", "nummod", "quantmod")}
        first = _hung_the(head)
        if first is not None and _trade_words(first.head) and lemma not in BODY_KINDS:
            dets.add("the")  # "The clothing, food and homewares group"
        plural = head.tag_ in ("NNS", "NNPS")
        indefinite = bool(dets & INDEFINITE_DETERMINERS) and not plural
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        close = _knowing(head)
        if lemma == "another" and not dets and not close and not any(head.children):
            return Found("they", "pronoun", offset=head.idx, cue=ONE_OF)  # "Another said:"
        if lemma == "one" and not close:  # "one of the people said": the people
            group = _of_object(head)
            alone = not any(c.dep_ == "prep" for c in head.children)  # not "one in five"
            if (group is None and alone) or (group is not None and group.pos_ == "PRON"):
                # "One of them said", "with one telling the paper": one of those just quoted
                return Found("they", "pronoun", offset=head.idx, cue=ONE_OF)
            if group is not None:
                staff = self._staff_of(head, group)
                if staff is not None:  # "One of the mayor's team told us": one kept back
                    return staff
                found = self._common(group)
                if found is not None and found.kind == "vague" and _knowing(group):
                    return Found(found.speaker, "anonymous", PERSON, found.affiliation,
                                 offset=found.offset)  # fmt: skip
                if found is not None and found.kind == "anonymous":
                    return found
                if found is not None and found.kind == "vague":
                    return Found(self.phrase(head, keep_det=True), "anonymous", PERSON,
                                 self.affiliation(group), offset=head.idx)  # fmt: skip
                kind = found is None or (found.kind == "definite" and found.cue == "generic")
                if kind and _one_of_a_kind_of_body(group):
                    # "One of the main exporters told me privately …", "one of the airlines
                    # said": one of a kind, kept back, speaks as an unnamed source; one the
                    # writer describes instead ("One of the contractors we spoke to on site
                    # said") is a party described, nothing withheld: the group as written
                    if any(c.dep_ == "relcl" for c in group.children):
                        return Found(self.phrase(head, keep_det=True), "vague", offset=head.idx)
                    return Found(self.phrase(head, keep_det=True), "anonymous", PERSON,
                                 self.affiliation(group), offset=head.idx)  # fmt: skip
        part = self._part_of(head) if lemma in PART_QUANTIFIERS and not close else None
        if part is not None:
            return part
        if lemma in SHARE_NOUNS and _of_object(head) is not None and not close:
            return Found(self.phrase(head, keep_det=True), "vague", offset=head.idx)  # "a
            # third of pharmacists say": a group counted, never one unnamed person ("a
            # third"); a survey named for them speaks for them (``according``)
        if _document(head):
            figures = lemma in FIGURE_NOUNS or head.lower_ in FIGURE_NOUNS
            author = self._author(head)
            if author is not None:
                self.authors[lemma] = author
                if figures:
                    self.figures_author = author
                return author
            if "the" in dets and lemma in self.authors:  # "…, the review found": the one
                return self.authors[lemma]  # "a review … by the X Alliance" named before
            after_the = "the" in dets or (head.i > 0 and head.doc[head.i - 1].lower_ == "the")
            if after_the and figures and self.figures_author is not None:  # (the parser
                # may hang "the" elsewhere: "…, the data shows")
                return self.figures_author  # "the data shows" after "NHS England figures"
            return Found(self.phrase(head, keep_det=True), "vague", offset=head.idx,
                         cue=UNAUTHORED)  # fmt: skip
        if lemma in ANONYMOUS_HEADS or close:
            speaker = self.phrase(head, keep_det=True)
            affiliation = self.affiliation(head)
            if affiliation is None and owner is not None and owner.pos_ == "PROPN":
                affiliation = self.phrase(owner, keep_det=False)  # "Holly's rep": hers
            national = affiliation is not None and _national_words(affiliation)
            if _faceless(head, lemma, dets, close) and (affiliation is None or national):
                return Found(speaker, "vague", offset=head.idx)  # "fire officials said",
                # "U.S. officials said" (a country is no body's name: README item 20)
            if affiliation is None and not dets and lemma != "source" and _of_a_sector(head):
                return Found(speaker, "vague", offset=head.idx)  # "Industry insiders say"
                # ("Industry sources told us": sources kept back, labelled anonymous)
            return Found(speaker, "anonymous", PERSON, affiliation, offset=head.idx)
        personal = owner is not None and owner.lower_ in ("his", "her", "their")
        kin = lemma in MALE_NOUNS | FEMALE_NOUNS  # "her husband": someone the article may name
        if owner is not None and owner.lower_ in ("his", "her") and lemma in RELATION_NOUNS:
            return Found(lemma, KIN, PERSON, offset=owner.idx, phrase=lemma,
                         gender="m" if owner.lower_ == "his" else "f")  # fmt: skip
        if lemma in ("woman", "man") and dets == {"the"} and not plural and _bare_but_aside(head):
            return Found(lemma, KIN, PERSON, offset=head.idx, cue=THE_PERSON,
                         gender="f" if lemma == "woman" else "m")  # fmt: skip
        if personal and not plural and not kin and lemma in _PERSON_OR_ROLE:
            # "Her lawyer said", "Their support engineer told me": one unnamed person
            return Found(self.phrase(head, keep_det=True), "anonymous", PERSON,
                         offset=head.idx)  # fmt: skip
        delegation = self._delegation(head) if plural and not dets else None
        if delegation is not None:  # "Observers from the OSCE said": the organisation
            return delegation
        if plural and lemma in ROLE_WORDS and not dets and _body_before(head) is not None:
            # "teachers' union leaders said": unnamed members who speak for a body (README)
            return Found(self.phrase(head, keep_det=True), "anonymous", PERSON,
                         self.affiliation(head), offset=head.idx)  # fmt: skip
        if plural and lemma in _MEMBER_ORGANS and dets <= {"the"}:
            organ = self._organ_of(head, by_noun=False)
            if organ is not None:  # "The directors of Pellam Rail told shareholders": the
                return organ  # company (item 13), not directors at large
        staffed = self._staff_at_named(head) if plural and dets <= {"the"} else None
        if staffed is not None:  # "Managers at Harlow General Hospital said": its staff,
            return Found(self.phrase(head, keep_det=True), "anonymous", PERSON, staffed,
                         offset=head.idx)  # fmt: skip # unnamed, who speak for it (item 20)
        if plural and head.lower_ in STAFF_HEADS and _owned_by_one_thing(owner):
            # "The market's managers said", "the hospital's managers": the staff of the one
            # place or body the article speaks of, unnamed (README item 20)
            return Found(self.phrase(head, keep_det=True), "anonymous", PERSON,
                         self.affiliation(head), offset=head.idx)  # fmt: skip
        if (
            plural
            and _counted_staff(head)
            and (not _of_a_trade(head, self._names_a_body) or self.affiliation(head) is not None)
        ):  # "Two executives who work on its desk said", "Two other staff members said": a
            # count of a body's own people, kept back, as "two officials" are (README item
            # 20); "Several managers say", "Two analysts said" and a trade's people tied to no
            # body ("two fund managers said": item 22, "Two Nordic forest analysts") stay
            # people at large
            return Found(self.phrase(head, keep_det=True), "anonymous", PERSON,
                         self.affiliation(head), offset=head.idx)  # fmt: skip
        examined = self._examiners_body(head) if plural and not dets else None
        if examined is not None:  # "Coast Guard investigators said": the named body's staff,
            return Found(self.phrase(head, keep_det=True), "anonymous", PERSON, examined,
                         offset=head.idx)  # fmt: skip # as its officials are (README item 20)
        if indefinite and lemma in PROSECUTOR_NOUNS:  # "a prosecutor told jurors": the
            return Found(self.phrase(head, keep_det=True), "vague", offset=head.idx)  # item 24
        if lemma in PERSON_HEADS or (lemma in ROLE_WORDS and (indefinite or plural)):
            if indefinite:
                speaker = self.phrase(head, keep_det=True)
                words = () if lemma in _UNIDENTIFIED else _office_words(head)  # ("A Cabinet
                # minister … has denied": the article may name him next)
                return Found(speaker, "anonymous", PERSON, self.affiliation(head),
                             offset=head.idx, office=words)  # fmt: skip
            return Found(self.phrase(head, keep_det=True), "vague", offset=head.idx)
        if owner is not None and owner.pos_ == "PRON" and owner.lower_ in ("his", "her"):
            return self.who(owner)  # "Her office said": the person it speaks for
        common_owner = owner is None or owner.pos_ == "NOUN"  # "parents' groups"
        organ = self._organ_of(head, by_noun=False)
        if organ is not None:  # "Quarrymoor's board said": the company
            return organ
        body = _body_of_part(head)
        if body is not None:  # "the union negotiating committee", "the group's research arm"
            return Found(body.lemma_.lower(), "definite", ORGANISATION, offset=body.idx)
        if plural and not dets and common_owner and lemma in GENERIC_ORG_NOUNS:
            return Found(self.phrase(head, keep_det=True), "vague", offset=head.idx)  # "Rights
            # groups said", "Parents' groups that backed the law said": groups at large
        if (
            plural
            and dets <= AT_LARGE_DETERMINERS
            and owner is None
            and head.lower_ != lemma
            and lemma in _BODY_NOUNS
        ):
            return Found(self.phrase(head, keep_det=True), "vague", offset=head.idx)  # "Unions
            # said", "Regulators objected", "Some associations say": bodies of a kind at
            # large, no one body ("Police said" is no plural of a singular, and stays the force)
        if lemma in SIDE_NOUNS:
            return Found(self.phrase(head, keep_det=True), "vague", offset=head.idx)  # "the
            # opposition says", "its opponents say": a side of several parties, no one body
            # (README, heldout26 conventions no. 6)
        if lemma in ORG_NOUNS | INSTITUTIONS or lemma.endswith(("ministry", "campaign")):
            return self._office(head)
        if plural and lemma == "force" and any(c.lower_ == "armed" for c in head.children):
            return Found(self.phrase(head, keep_det=False), ORGANISATION, ORGANISATION,
                         offset=head.idx)  # fmt: skip # "Ukraine's armed forces said": a body,
            # never the person a title word ("Forces") would make it
        if lemma in ROLE_WORDS or head.text.capitalize() in TITLE_WORDS:  # "the coroner said"
            if owner is not None and owner.pos_ == "PROPN":  # "Hungary's prime minister"
                return Found(self.phrase(head, keep_det=False), PERSON, PERSON, offset=head.idx)
            phrase = self.phrase(head, keep_det=_of_organisation(head, self.entity))
            phrase = phrase[4:] if phrase.lower().startswith("the ") else phrase
            role = Found(lemma, "role", offset=head.idx, phrase=phrase, office=_office_words(head))
            if "the" in dets or (_definite_owner(owner) and head.dep_ == "nsubj"):
                return role  # ("…, the county's elections director said"; never "called by
                # the union's president", the doer of a deed told in the passive)
            if not indefinite:
                return None  # ("one superintendent noted", "a detective said": one of many,
            # kept back, as below; a title word that is no role word came here)
        if indefinite and _finds_as_a_thing(head):  # "A search of the car found …", "an
            return self._by_author(head)  # inquiry by the Gazette has found …": its "by"
            # author or none (never "A post-mortem examination of X found": X was examined)
        if indefinite:  # "a villager told NTV": one unnamed person
            speaker = self.phrase(head, keep_det=True)
            return Found(speaker, "anonymous", PERSON, self.affiliation(head), offset=head.idx,
                         cue="indefinite")  # fmt: skip
        if plural and not dets and owner is None and lemma in FORCE_OFFICER_NOUNS:
            return Found(head.text, "vague", offset=head.idx)  # "Troopers said": the force
            # the article names, else a group (``Engine._officers``)
        if lemma in SITE_NOUNS and owner is not None and owner.lemma_.lower() in _BODY_WORDS:
            return self._office(owner)  # "according to the group's website": the group the
            # article named, never a body called "group's website"
        if "the" in dets or owner is not None:  # "The presidency said that …": an office
            office = self._office(head)
            return Found(office.speaker, office.kind, office.speaker_type, cue="generic",
                         offset=office.offset)  # fmt: skip
        if (
            plural
            and dets <= AT_LARGE_DETERMINERS
            and _people_speak(head, self.quoted)
            and not self._written_as_name(head)
        ):
            return Found(self.phrase(head, keep_det=True), "vague", offset=head.idx)  # "Beekeepers
            # warn …", "Some fliers argue …": people at large whatever their noun (item 22)
        return None

    def _staff_at_named(self, head: Token) -> str | None:
        """The body a plural of a body's staff ("managers", "executives", "officials":
        ``STAFF_HEADS`` but its elected leaders, ``_ELECTED_HEADS``) names by a preposition and
        its proper name ("Managers at Harlow General Hospital", "executives of Tarvel
        Devices", "managers at the Marsh Valley Trust"): the unnamed staff of that one body,
        who speak for it as its officials do (README item 20: "officials, leaders, managers,
        inspectors or sources of an agency"). None for a common noun there ("managers of the
        three depots": no one body), for a person's name ("managers at Ann Roe's firm" is
        hers, read elsewhere) and for a place ("executives in Leeds")."""
        if head.lower_ not in STAFF_HEADS - _ELECTED_HEADS:
            return None
        for prep in head.rights:
            if prep.dep_ != "prep" or prep.lower_ not in ("at", "of", "with", "from"):
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj" or obj.pos_ != "PROPN":
                    continue
                entity = self.entity(obj)
                if entity is not None and entity.label_ in ("ORG", "FAC"):
                    return entity_text(entity)
                untagged = untagged_body_name(obj) if entity is None else None
                if untagged is not None:  # ("Executives at Tarvel Devices": a company's
                    return untagged.text  # name the recogniser left untyped)
        return None

    def _examiners_body(self, head: Token) -> str | None:
        """The organisation whose name qualifies a plural of examiners ("Coast Guard
        investigators", "Environment Agency inspectors": ``EXAMINER_HEADS``), the body whose
        unnamed staff they are; None for a place or a people ("U.S. investigators", "Highways
        England" read as England) or with no organisation's name before them."""
        if head.lower_ not in EXAMINER_HEADS or not _named_qualifier(head):
            return None
        for child in head.lefts:
            entity = self.entity(child) if child.dep_ == "compound" else None
            if entity is not None and entity.label_ == "ORG" and entity.end <= head.i:
                return entity_text(entity)
        return None

    def _staff_of(self, head: Token, group: Token) -> Found | None:
        """ "One of the candidate's team told our reporter", "one of the club's staff said":
        one member of someone's own people, whom the text does not name (anonymous, affiliated
        to the owner: README conventions 17 and 20)."""
        if group.lemma_.lower() not in STAFF_COLLECTIVES:
            return None
        owner = next((c for c in group.children if c.dep_ == "poss"), None)
        if owner is None or owner.pos_ == "PRON":
            return None
        return Found(self.phrase(head, keep_det=True), "anonymous", PERSON,
                     self.phrase(owner, keep_det=False), offset=head.idx)  # fmt: skip

    def _delegation(self, head: Token) -> Found | None:
        """ "Observers from the OSCE", "Economists at Goldman Sachs": experts who speak as a
        named organisation's own are that organisation (never "Analysts at two brokerages");
        "Surveyors from the institute" are the institute the article named (a body's kind noun
        after "the", settled by the article as "the institute said" is)."""
        if head.lemma_.lower() not in DELEGATE_HEADS:
            return None
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        entity = self.entity(owner) if owner is not None else None
        if entity is not None and entity.label_ == "ORG":  # "the Bramwell Institute's
            return Found(entity_text(entity), ORGANISATION, ORGANISATION,  # researchers"
                         offset=entity.start_char)  # fmt: skip
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("from", "at", "of", "with"):
                continue
            for obj in prep.children:
                entity = self.entity(obj)
                if obj.dep_ == "pobj" and entity is not None and entity.label_ == "ORG":
                    return Found(entity_text(entity), ORGANISATION, ORGANISATION,
                                 offset=entity.start_char)  # fmt: skip
                if obj.dep_ == "pobj" and entity is None and _the_kind(obj):
                    return Found(obj.lower_, "definite", ORGANISATION, offset=obj.idx)
                untagged = untagged_body_name(obj) if obj.dep_ == "pobj" else None
                if untagged is not None:  # "Investigators at Tarnwick Insurance": no entity
                    return Found(untagged.text, ORGANISATION, ORGANISATION,
                                 offset=untagged.start_char)  # fmt: skip
        return None

    def _office(self, head: Token) -> Found:
        """An organisation named by a common noun; "the company" alone is resolved later to
        the organisation the article last named (kind "definite")."""
        phrase = self.phrase(head, keep_det=False)
        if phrase.lower().startswith("the "):  # "The mayor's campaign": the det of "mayor"
            phrase = phrase[4:]
        # "the company", "the Scandinavian carrier", "the Toronto-listed company": a
        # determiner and describing words, no name
        traded = head.lemma_.lower() not in BODY_KINDS  # ("the water authority" is a body
        bare = all(  # named by its function, never "the authority" named before)
            c.dep_ in ("det", "punct") or _describing(c) or (traded and _trade_words(c))
            for c in head.lefts
        )
        definite = any(c.lower_ == "the" for c in head.lefts) or _hung_the(head) is not None
        generic = head.lemma_.lower() in GENERIC_ORG_NOUNS | SINGULAR_BODY_HEADS
        if bare and definite and generic:
            trade = head.lemma_.lower() in TRADE_NOUNS  # "Okafor, the producer, says": hers
            named = None if trade else _name_before_apposition(head)
            if named is not None:  # "Stridewell, the company behind the X, says"
                return Found(named, ORGANISATION, ORGANISATION, offset=head.idx)
            return Found(phrase, "definite", ORGANISATION, offset=head.idx)
        return Found(phrase, ORGANISATION, ORGANISATION, offset=head.idx)

    def _author(self, head: Token) -> Found | None:
        """The named author of a document: "a YouGov poll", "figures from the X Board", "data
        from the statistics office", "the report, published by X", and its owner: "its annual
        report" (the organisation "its" stands for, settled by the article), "the company's
        own status page", "company data", "a district analysis" (the organisation the article
        named before), "the council's own report"."""
        owner = self._document_owner(head)
        if owner is not None:
            return owner
        maker = self._made_by(head, relative_only=True)
        if maker is not None:
            return maker
        for token in head.subtree:
            entity = self.entity(token)
            if (
                entity is not None
                and entity.label_ in ("ORG", "PERSON")
                and not _lodged(entity.root, head)
                and not _examined(entity.root, head)
                and not _obtained(entity.root, head)
            ):
                kind = PERSON if entity.label_ == "PERSON" else ORGANISATION
                return Found(entity_text(entity), kind, kind, offset=entity.start_char)
        for token in head.subtree:
            if token.dep_ != "pobj" or token.head.lower_ not in ("from", "by", "of"):
                continue
            lemma = token.lemma_.lower()
            if _examined(token, head) or _obtained(token, head):
                continue  # ("a study of the county council found": the council was studied;
                # "a memo seen by the Gazette": the paper came by it)
            if lemma in (ORG_NOUNS | INSTITUTIONS) - DOCUMENT_NOUNS and token.i != head.i:
                return self._office(token)
            if token.head.dep_ == "agent" and token.pos_ in ("NOUN", "PROPN"):
                organ = self._organ_of(token, by_noun=True)  # ("carried out by the trust's
                # own team": the trust's work)
                return organ or self._office(token)  # "figures published by the monitoring
                # mission"
        return None

    def _by_author(self, head: Token) -> Found | None:
        """The named "by" author of a document or an inquiry ("Testing by the CDC", "a report by
        the VPN firm X"): only a name that is the object of "by" under the noun itself, never a
        name "of" it (the man "a post-mortem examination of X" examined is no author)."""
        for prep in head.children:
            if prep.dep_ in ("prep", "agent") and prep.lower_ == "by":
                for author in prep.children:
                    author = _apposed_name(author) or author  # ("a report by the VPN firm
                    named = author.pos_ == "PROPN" or self.entity(author) is not None  # X")
                    if author.dep_ in ("pobj", "appos") and named:
                        return self.who(author)
        return None

    def _document_owner(self, head: Token) -> Found | None:
        """Whose document it is, by its possessor or the organisation noun before it, or the
        owner of the site it is on ("a timeline on the health department's website")."""
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("on", "in"):
                for site in prep.children:
                    owner = next((c for c in site.children if c.dep_ == "poss"), None)
                    if site.dep_ == "pobj" and owner is not None and site.lemma_ in SITE_NOUNS:
                        return self._document_owner(site)
        for prep in head.children:  # "the report to the council's cabinet": the council's
            if prep.dep_ == "prep" and prep.lower_ == "to":  # officers' report to its organ
                for organ in prep.children:
                    owner = next((c for c in organ.children if c.dep_ == "poss"), None)
                    if organ.lemma_.lower() in _ORGANS and owner is not None:
                        return self._document_owner(organ)
        by_author = self._by_author(head)  # "Testing by the CDC shows …": the tests' author
        if by_author is not None:
            return by_author
        for child in head.children:
            if child.dep_ == "poss":
                if child.lower_ in ("its", "their"):
                    return Found("it", "pronoun", offset=child.idx, cue=DOCUMENT_OWNER)
                if child.lower_ in ("his", "her"):  # "According to her complaint, …", "His
                    return self.who(child)  # lawsuit says …": the person named before who
                    # made it, as "she said" is (README item 34: a document's named author)
                if child.pos_ == "PROPN" or self.entity(child) is not None:
                    if not _listed_document(head) and not _keeps_records(child):
                        return None  # "Kellbridge's own camera check showed": a record
                        # (``_own_finding``), but a town's, whose author is not named
                    return self.who(child)  # "Ashbourne Council's own report"
                if child.lemma_.lower() in _BODY_WORDS:  # ("the institute's survey")
                    return self._office(child)  # "the company's own status page"
                described = self.who(child)  # "the hospital's notice": a body's descriptor
                if (
                    described is not None
                    and described.kind == "definite"
                    and (described.speaker_type == ORGANISATION)
                ):
                    return described
            if (
                child.dep_ == "compound"
                and child.i < head.i
                and child.lemma_.lower() in GENERIC_ORG_NOUNS
                and self.entity(child) is None
            ):  # "company data", "a district analysis": the organisation named before
                return Found(child.lower_, "definite", ORGANISATION, offset=child.idx)
        return None

    # --- the reporting verb ---------------------------------------------------------------
    def subjects(self, verb: Token) -> list[Token]:
        """The subjects of ``verb``, climbing through "and added", "stating", "declined to";
        else the noun phrase the parser hung on the clause before a trailing verb."""
        if _lost_subject(verb):  # ("…, the Unit (IRIU) said on Wednesday.": the parser
            hung = _hung_subject(verb)  # hung the verb on the clause before, as a conjunct
            if hung:  # or a participle of its last noun, so climbing finds that clause's
                return hung  # subject or the noun, never the phrase that names the speaker)
            unnamed = _hung_unnamed(verb)
            if unnamed:  # ("…, a spokesman for the fire service said.": "spokesman", not
                return unnamed  # "service", which the parser left in the clause before)
            if _hung_subject(verb, whole=False):
                return []  # (a name there the parser cut: no speaker rather than a wrong one)
        return (
            self._climbed_subjects(verb)
            or _hung_subject(verb)
            or _aged_subject(verb)
            or _name_set_off_before(verb)
            or _name_before_aside(verb)
            or _name_joined_before(verb)
            or _subject_after(verb)
        )

    def _climbed_subjects(self, verb: Token) -> list[Token]:
        node = verb
        passive_ok = verb.lemma_.lower() in QUOTING_LEMMAS or _own_statement_quoted(verb)
        for _ in range(4):
            found = []
            for child in node.children:
                if self.quoted(child):
                    continue
                if child.dep_ in ("nsubj", "csubj") or (child.dep_ == "nsubjpass" and passive_ok):
                    found.append(_out_of_aside(_past_time(_past_participle_aside(child))))
                if child.dep_ == "agent":  # "was announced by the ministry"
                    found.extend(obj for obj in child.children if obj.dep_ == "pobj")
            found = list(dict.fromkeys(_past_hyphen_cut(t) for t in found))
            if found and _extraposed(node, verb, found):
                return []  # "It is important to stress that …": "it" stands for the clause
            if found:
                return found
            named = [c for c in node.children if _name_taken_for_adverb(c)]
            if named:  # "Reilly, who has run a bakery …, said": "Reilly" tagged an adverb
                return named
            if node.dep_ == "acl" and node.head.pos_ in ("NOUN", "PROPN"):
                return [node.head]  # "with its ministry saying that ‘…’"
            if node.dep_ == "amod" and node.tag_ == "VBD":  # "X, the director, insisted
                clause = node.head.head  # staffing had improved": the parser took the verb
                return [  # for an adjective of the reported subject
                    c for c in clause.children
                    if c.dep_ == "nsubj" and c.i < node.i and c.i != node.head.i
                ]  # fmt: skip
            if node.dep_ not in _CLIMB or node.head.i == node.i:
                return []
            hung = _clause_read_as_phrase(node)
            if hung is not None:  # "It comes after the commander, General X, told media that"
                return [hung]
            node = node.head
        return []

    def via(self, verb: Token) -> str | None:
        """The channel: "told TASS", "told the agency", "in an interview with RIA"."""
        for child in verb.children:
            if child.dep_ in ("dobj", "dative") and verb.lemma_.lower() == "tell":
                channel = self._channel(child)
                if channel:
                    return channel
            if child.dep_ == "prep" and child.lower_ in ("in", "to", "with", "for"):
                for obj in child.children:
                    if obj.dep_ != "pobj":
                        continue
                    published = verb.lemma_.lower() in ("report", "write", "publish")
                    channel = self._channel(obj, media_only=not published)
                    if channel:
                        return channel
                    for inner in obj.children:  # "in an interview with X"
                        if inner.dep_ == "prep" and inner.lower_ in ("with", "to"):
                            for deep in inner.children:
                                channel = self._channel(deep) if deep.dep_ == "pobj" else None
                                if channel:
                                    return channel
        return None

    def _channel(self, token: Token, media_only: bool = False) -> str | None:
        entity = self.entity(token)
        if entity is not None and entity.label_ in ("ORG", "FAC", "WORK_OF_ART", "PRODUCT"):
            return clean_name(entity.text)
        if token.pos_ == "PROPN" and entity is None and not media_only:
            return self.phrase(token, keep_det=False)
        if token.lemma_.lower() in MEDIA_NOUNS:
            return self.phrase(token, keep_det=False)
        return None

    def quoting(self, verb: Token) -> Found | None:
        """ "The newspaper quotes a source close to the firm as saying": the source speaks."""
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        subj = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if obj is None:
            return None
        found = self.who(obj)
        if found is None:
            return None
        channel = None
        if subj is not None and subj.pos_ != "PRON":
            channel = self._channel(subj) or self.phrase(subj, keep_det=False)
        return found.with_via(channel)

    def according(self, tokens: Sequence[Token]) -> Found | None:
        """ "according to X", "as X put it" outside quotes; "in X's view", "in the words of X"
        (``_in_view_of``)."""
        for token in tokens:
            held = None if self.quoted(token) else self._in_view_of(token)
            if held is not None:
                return _with_cue(held, "in the view of")
            if token.lower_ != "according" or self.quoted(token):
                continue
            for prep in token.children:
                if prep.lower_ == "to" and not any(o.dep_ == "pobj" for o in prep.children):
                    found = self._unattached_source(prep)
                    if found is not None:
                        return _with_cue(found, "according to")
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        found = self.who(obj) or _kind_labelled(prep)
                        if found is not None and found.cue == "indefinite":
                            found = Found(found.speaker, "vague", offset=found.offset)
                        if found is not None and found.kind == PERSON and _media_named(obj):
                            found = replace(found, kind=ORGANISATION, speaker_type=ORGANISATION)
                        if found is not None:
                            return _with_cue(found, "according to")
        return None

    def _as_reported(self, tokens: Sequence[Token]) -> Found | None:
        """ "As previously reported in the Vale Gazette, the council is proposing …", "as
        reported by the Herald": the outlet whose report the clause repeats is its source (the
        writer cites it); an "as" clause of another verb ("as expected by economists") reports
        no one's words (``_as_clause``)."""
        for verb in tokens:
            if verb.lemma_.lower() != "report" or verb.tag_ != "VBN" or self.quoted(verb):
                continue
            if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
                continue
            for prep in verb.children:
                if prep.dep_ not in ("prep", "agent") or prep.lower_ not in ("in", "by"):
                    continue
                for obj in prep.children:
                    found = self.who(obj) if obj.dep_ == "pobj" else None
                    if found is not None and found.kind == ORGANISATION:
                        return _with_cue(found, "as reported")
        return None

    def _in_view_of(self, prep: Token) -> Found | None:
        """ "In Lane's estimation, the attention is unfair", "In the view of the regulator, …",
        "in her view": a view or words (``VIEW_NOUNS``) owned by someone, in a phrase on the
        main clause's verb, make the clause that someone's, as "according to" does."""
        if prep.lower_ != "in" or prep.dep_ != "prep" or prep.head.dep_ != "ROOT":
            return None
        view = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if view is None or view.lemma_.lower() not in VIEW_NOUNS:
            return None
        holder = next((c for c in view.children if c.dep_ == "poss"), None)
        of = next((c for c in view.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if holder is None and of is not None:
            holder = next((c for c in of.children if c.dep_ == "pobj"), None)
        return self.who(holder) if holder is not None else None

    def _unattached_source(self, to: Token) -> Found | None:
        """ "According to the growers' association Quinta Verde, exports fell …" with "to" left
        without its object (the parser made the name the subject of "fell"): the capitalised
        words after "to", up to the comma, are the source; a body's kind noun just before
        them ("association") makes them a body's name, whatever the recogniser said."""
        doc = to.doc
        end = next((t.i for t in doc[to.i + 1 :] if t.text in (",", ".", ";", ":")), len(doc))
        run: list[Token] = []
        for token in reversed(doc[to.i + 1 : end]):
            if token.pos_ != "PROPN" or not token.text[:1].isupper():
                break
            run.insert(0, token)
        if not run:
            return None
        before = doc[run[0].i - 1]  # ("to" itself at the nearest)
        if before.pos_ == "NOUN" and before.text.islower():
            name = clean_name(" ".join(t.text for t in run))
            return Found(name, ORGANISATION, ORGANISATION, offset=run[0].idx) if name else None
        return self.who(run[-1])

    def read(self, tokens: Sequence[Token], masked: str) -> Found | None:
        """The source a unit names itself, strongest cue first; anonymity phrases win."""
        heard = _heard_in_court(tokens, self.quoted)
        if heard is not None:  # "The court heard that X …": nobody's by name (item 45)
            return heard
        according = self.according(tokens)
        found = self._said_according(tokens, according)
        inside = {(id(t.doc), t.i) for t in tokens}  # a dateline before the unit never speaks
        verbs = main_verbs(tokens, self.quoted)
        for verb in verbs:  # "The Mirror quotes a former minister as saying …": the minister
            lemma = verb.lemma_.lower()
            if found is None and lemma in QUOTING_LEMMAS and _has_subject(verb):
                found = self.quoting(verb)
        if found is None and any(v.lower_ == "it" for v in tokens):  # "The Mirror leads on
            found = self._press_review(tokens)  # what it calls …": the paper, never an "it"
        for verb in verbs:
            if found is not None:
                break
            subjects = [t for t in self.subjects(verb) if (id(t.doc), t.i) in inside]
            if not subjects and verb.tag_ == "VBN":  # "It was reported in the X Herald:"
                channel = self.via(verb)
                if channel:
                    found = Found(channel, ORGANISATION, ORGANISATION, cue=verb.text)
                    break
            candidates = [self.who(subject) for subject in subjects]
            if verb.lemma_.lower() in PRESS_LEMMAS and not any(candidates):  # "Sportsmail
                # understands …": a paper the tagger took for a common noun
                candidates = [self._masthead(subject) for subject in subjects]
            places = {id(c) for c, s in zip(candidates, subjects, strict=True)
                      if _place(s, self.entity)}  # fmt: skip
            if not _reports_words(verb, self.quoted) and not _set_between_commas(verb):
                # "the battles continue": no words ("Prices, the airline said, rose": its head)
                candidates = [c for c in candidates if c is None or c.cue != "generic"]
            named = [c for c in candidates if c is not None]
            named.sort(key=lambda c: (id(c) in places, c.kind != PERSON))  # ("Calgary,
            # Alberta-based Borealis said": the place is an address, never the speaker)
            found = named[0] if named else None
            if found is not None and found.kind == "definite" and not _relays(found):
                found = self._reported_subject(verb) or found
            if found is not None and (_relays(found) or _it(found)):
                outer = replace(found, speaker=None) if _it(found) else found
                found = self._inner_source(verb, outer) or found  # ("It says allies of the
                # minister believe …": "it" is a paper, a body or a document, which relay)
            elif found is not None and found.kind in (ORGANISATION, "definite"):
                # ("His son told deputies he …, the sheriff's office said": any body that
                # passes on words given to the authorities relays them)
                told = self._inner_source(verb, found, told_only=True)
                found = told or (self._inner_speaker(verb, found) or found)
            elif found is not None and found.kind in _OUTER_KINDS:
                found = self._inner_speaker(verb, found) or found
            if found is not None and _hearsay(verb):  # "Whitcomb allegedly told his wife"
                found = Found(None, "vague", offset=found.offset, cue="hearsay")
            if found is not None and _learnt_by_outlet(verb, found):  # "…, The Wexbridge Post
                found = Found(None, "anonymous", PERSON, None, found.speaker,  # has learnt":
                              verb.text, found.offset)  # fmt: skip # told by someone unnamed
            if found is not None:
                found = _with_cue(found.with_via(self.via(verb)), verb.text)
                self._note_documents(verb, found)
        if found is None:
            found = (
                self._press_review(tokens)
                or self._speech_noun_anywhere(tokens)
                or self._tagged_as_noun(tokens)
                or _punctuated_name(tokens)
                or self._labelled_quotation(tokens)
                or self._relative_speaker(tokens)
                or self._in_document(tokens)
                or self._under_plans(tokens)
                or _impersonal(tokens, self.quoted)
                or self._as_reported(tokens)
                or self._name_right_before_said(tokens)
            )
        if found is not None and (
            found.kind == ORGANISATION or _press_group(found) or _outlet_as_person(tokens, found)
        ):
            found = self._citing(tokens, found) or found
        elif found is not None and (_it(found) or (found.kind == "definite" and _relays(found))):
            # "It says, citing two people involved in the talks, that …", "The paper says,
            # citing figures it obtained from X, …": the people, X (the paper "it" stands
            # for is settled later, and is only the channel)
            found = self._citing(tokens, replace(found, speaker=None)) or found
        cue = ANONYMITY_RE.search(masked)
        if cue is not None and _note_on_anonymity(tokens, self.quoted):
            return Found(None, SILENT, cue=SILENT)  # the writer's note (README item 3)
        if cue is not None and not self._reported_anonymity(tokens, cue.start(), found):
            return _anonymous(found)
        if found is None and any(  # (read only when nothing else spoke: it walks every word)
            t.dep_ == "ROOT" and _unanswered(t) and not self.quoted(t) for t in tokens
        ):
            return Found(None, SILENT, cue=SILENT)  # "X did not respond to a request"
        return found

    def _inner_source(self, verb: Token, outer: Found, told_only: bool = False) -> Found | None:
        """Double attribution through a paper or the police: "The Times goes on to say that
        sources in X's camp claim …" (the unnamed sources), "The Daily Mirror says NHS England
        figures show …" (NHS England), "The driver told officers he had not been drinking,
        police said" (the driver): the one whose words the outer source relays. With
        ``told_only`` (an outer body that is no paper or police: "the sheriff's office said",
        "the agency said"), only words told to the authorities are relayed: what such a body
        says of others' words otherwise stays its own statement."""
        for clause in verb.children:
            if clause.dep_ not in ("ccomp", "parataxis", "xcomp") or self.quoted(clause):
                continue
            for inner in [clause, *(c for c in clause.children if c.dep_ == "ccomp")]:
                learnt = self._learnt_from(inner) if _paper(outer) and not told_only else None
                if learnt is not None:  # ("The Courier says it learned of the merger from an
                    return learnt.with_via(outer.speaker)  # aide who asked not to be named")
                if not is_speech_verb(inner) or self.quoted(inner):
                    continue
                if not _reports_words(inner, self.quoted) and not _confirmed(inner):
                    continue  # ("a survey … puts her 5 points in front": no words reported)
                if _deed(inner):  # ("The Courier reports that a consortium has agreed to
                    continue  # pay £1": a deed the paper reports, no words of the buyer's)
                told = _told_authorities(inner)
                if told_only and not told:
                    continue
                relayed = _paper(outer) and _words_given(inner)
                for subject in self.subjects(inner):
                    found = self.who(subject)
                    if found is None:
                        continue
                    document = _document(subject) and found.kind in (PERSON, ORGANISATION)
                    named = relayed and (
                        found.kind in (PERSON, ORGANISATION)
                        or (found.kind == "vague" and _group_warned(inner, subject))
                    )
                    if not _reports_words(inner, self.quoted) and found.kind != "anonymous":
                        continue  # (confirming "the details" is words only for a source
                        # the outer one keeps unnamed: "said two officials had confirmed it")
                    if found.kind == "anonymous" or document or told or named:
                        return found.with_via(outer.speaker)
        return None

    def _learnt_from(self, verb: Token) -> Found | None:
        """ "The Courier says it learned of the merger from an aide who asked not to be
        named", "… it heard about it from an aide …", "… it was told of it by an aide …":
        what a paper learned from an unnamed source is that source's (README items 39, 40): the
        source is the "from" of a verb of learning or the agent of a passive verb of telling
        (lexicon ``LEARNT_FROM_LEMMAS``, ``TOLD_BY_LEMMAS``); a named one, or learning with no
        source, is left to the other rules."""
        if self.quoted(verb):
            return None
        lemma = verb.lemma_.lower()
        told = lemma in TOLD_BY_LEMMAS and any(c.dep_ == "auxpass" for c in verb.children)
        if lemma not in LEARNT_FROM_LEMMAS and not told:
            return None
        for prep in verb.subtree:  # ("learned of the merger from …": the parser may hang
            if not _source_phrase(prep, verb, told):  # "from" on "merger")
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                found = self.who(obj)
                if found is not None and found.kind == "anonymous":
                    return found
                if ANONYMITY_RE.search(" ".join(t.text for t in obj.subtree)) is None:
                    return None
                if found is None or found.kind in ("vague", "role", "definite"):
                    return Found(None, "anonymous", PERSON, cue=ANONYMITY, offset=obj.idx)
                return _anonymous(found)
        return None

    def _inner_speaker(self, verb: Token, outer: Found) -> Found | None:
        """Double attribution, the inner speaker (README): "Villiers said the company told
        analysts …", "He told MPs that Southern Cross had told him …", "Borealis said the union
        “confirmed they will abide …”": the one whose words the outer speaker passes on, when
        the writer names them with a verb of telling (never "said he believed", nor a group)."""
        for clause in verb.children:
            if clause.dep_ != "ccomp" or not is_speech_verb(clause):
                continue
            if clause.lemma_.lower() not in RELAYED_LEMMAS or _negated(clause):
                continue
            before = any(c.dep_ in ("ccomp", "parataxis") and c.i < verb.i for c in verb.children)
            words = _reports_words(clause, self.quoted) or before
            whole = _quotes_a_report(clause, self.quoted)
            if (self.quoted(clause) and not whole) or not words:
                continue  # ("…, Villiers said the company told analysts": the words come
                # first, the trailing pair gives them; a quotation is the outer speaker's own
                # words: "X said the union “confirmed …”" quotes X's statement, while 'X said:
                # "The surveyor told us …"' quotes X passing on the surveyor's: whole)
            subjects = (
                [c for c in clause.children if c.dep_ == "nsubj"]
                if whole
                else self.subjects(clause)
            )  # (a quoted clause's own subject: climbing skips quoted words)
            for subject in subjects:
                if (self.quoted(subject) and not whole) or subject.i not in {
                    t.i for t in clause.subtree
                }:
                    continue
                found = self.who(subject)
                if found is not None and found.kind in _INNER_KINDS:
                    via = outer.speaker if outer.kind != "pronoun" else None
                    return found.with_via(via)
        return None

    def _reported_anonymity(self, tokens: Sequence[Token], at: int, found: Found | None) -> bool:
        """ "TechBeat reported that an unnamed hacking group breached X": the anonymity cue
        is inside the words a named source reports, not about the source."""
        if found is None or found.kind not in (PERSON, ORGANISATION) or not tokens:
            return False
        start = tokens[0].idx
        token = next((t for t in tokens if t.idx - start >= at), None)
        node = token
        for _ in range(50):
            if node is None or node.head.i == node.i:
                return False
            if node.dep_ == "ccomp" and is_speech_verb(node.head):
                return True
            node = node.head
        return False

    def _note_documents(self, verb: Token, found: Found) -> None:
        """ "In a statement, the ministry said …": the statement is the ministry's, so a
        later "according to the statement" or "the statement added" is the ministry again."""
        if found.kind not in (PERSON, ORGANISATION, "definite"):
            return
        published = verb.lemma_.lower() in PUBLISHING_LEMMAS or is_outlet(found.speaker or "")
        if published and found.kind == ORGANISATION:  # "X reported …", "The Journal said …":
            self.authors["report"] = replace(found, cue="")  # "the report said" later is X's
        sender = verb.head if verb.dep_ in ("advcl", "xcomp", "conj") else None
        for obj in sender.children if sender is not None else ():  # "X has sent an email to
            lemma = obj.lemma_.lower()  # agencies, saying that …": "said the email" is X's
            if obj.dep_ == "dobj" and lemma in _DOCUMENTS_AND_SPEECH:
                self.authors[lemma] = replace(found, cue="")
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            for obj in prep.children:
                lemma = obj.lemma_.lower()
                if obj.dep_ == "pobj" and lemma in _DOCUMENTS_AND_SPEECH:
                    self.authors[lemma] = replace(found, cue="")

    def _masthead(self, subject: Token) -> Found | None:
        """A capitalised one-word subject of "understands"/"has learned" that the tagger took
        for a common noun ("Sportsmail understands …"): the paper that knows it."""
        if subject.pos_ not in ("NOUN", "PROPN") or not subject.text[:1].isupper():
            return None
        return Found(self.phrase(subject, keep_det=False), ORGANISATION, ORGANISATION,
                     offset=subject.idx)  # fmt: skip

    def _press_review(self, tokens: Sequence[Token]) -> Found | None:
        """ "The Courier leads with claims that …" (the paper speaks); "The Globe carries a
        warning from X that …" (X speaks, the paper is the channel): a press review's verbs,
        with a paper for subject and a "that" clause of what it says."""
        for verb in tokens:
            if verb.dep_ != "ROOT" or self.quoted(verb):
                continue
            if verb.lemma_.lower() not in PRESS_REVIEW_LEMMAS or not _says_that(verb):
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            outlet = self._channel(subject) if subject is not None else None
            if outlet is None or subject is None or subject.pos_ == "PRON":
                continue
            for noun in _carried_nouns(verb):
                for prep in noun.children:
                    if prep.dep_ != "prep" or prep.lower_ not in ("from", "by"):
                        continue
                    for obj in prep.children:
                        found = self.who(obj) if obj.dep_ == "pobj" else None
                        if found is not None and found.kind in (PERSON, ORGANISATION,
                                                                 "anonymous"):  # fmt: skip
                            return _with_cue(found.with_via(outlet), verb.text)
            return Found(outlet, ORGANISATION, ORGANISATION, cue=verb.text, offset=subject.idx)
        return None

    def _said_according(self, tokens: Sequence[Token], according: Found | None) -> Found | None:
        """ "The minister said fares would rise, according to the news agency Vesti": the
        minister speaks and the organisation that reports it is the channel; "according to"
        alone is the source."""
        if according is None:
            return according
        outlet = according.kind == ORGANISATION or self._force_people(tokens, according)
        speakers = (PERSON, "anonymous", "role", "pronoun", KIN) if outlet else (PERSON,)
        for verb in main_verbs(tokens, self.quoted):
            if verb.lemma_.lower() in QUOTING_LEMMAS or not _reports_words(verb, self.quoted):
                continue
            for subject in self.subjects(verb):
                found = self.who(subject)
                if found is not None and found.kind in speakers:
                    # "Minister X told lawmakers …, according to a transcript / a spokesman /
                    # her office": the named person speaks, the rest only relays it
                    via = according.speaker if outlet else None
                    return _with_cue(found.with_via(via), verb.text)
        return according

    @staticmethod
    def _force_people(tokens: Sequence[Token], according: Found) -> bool:
        """ "According to officers/deputies/detectives, his wife told him …": a force's
        people as a plural with no one named pass on others' words as "according to police"
        does (a law-enforcement noun of the lexicon, read by its lemma)."""
        words = (according.speaker or "").split()
        if according.kind != "vague" or len(words) != 1:
            return False
        return any(
            t.lower_ == words[0].lower() and t.tag_ == "NNS"
            and t.lemma_.lower() in LAW_ENFORCEMENT_NOUNS
            for t in tokens
        )  # fmt: skip

    def subject_person(self, tokens: Sequence[Token]) -> Found | None:
        """The named person a unit is about: the subject of its main verb ("Council member
        Jill Sorensen proposed a cap."), what a "she" in the next sentence most likely means
        even when the sentence reports no words."""
        for token in tokens:
            if token.dep_ != "ROOT" or self.quoted(token):
                continue
            for child in token.children:
                if child.dep_ not in ("nsubj", "nsubjpass") or child.pos_ == "PRON":
                    continue
                found = self.who(child)
                if found is not None and found.kind == PERSON and found.speaker:
                    return found
        return None

    def _reported_subject(self, verb: Token) -> Found | None:
        """ "Quantix Software will cut 4,000 jobs, the company confirmed": the organisation
        "the company" stands for is the named subject of the words it reports."""
        for clause in verb.children:
            if clause.dep_ not in ("ccomp", "parataxis") or clause.i > verb.i:
                continue
            for subject in clause.children:
                if subject.dep_ not in ("nsubj", "nsubjpass"):
                    continue
                owner = next((c for c in subject.children if c.dep_ == "poss"), None)
                if subject.pos_ != "PROPN" and owner is not None and owner.pos_ == "PROPN":
                    subject = owner  # "Kaito's drop in sales …, the company said": Kaito
                if subject.pos_ == "PROPN" and not _place(subject, self.entity):
                    found = self.who(subject)  # (never a place: "Only eastern Europe showed
                    # gains, the carmaker said")
                    if self.quoted(subject) and subject.text not in self.seen:
                        continue  # ("'Wabley Mine, which lost $5m, needs cuts,' the company
                        # said": a name its quotation gives first is what it speaks of;
                        # "'… Ostrander Resources is cutting …,' the company said" names itself)
                    if found is not None and found.kind == ORGANISATION:
                        return found
                    if found is not None and found.kind == PERSON and _spoken_of_as_it(clause):
                        return Found(found.speaker, ORGANISATION, ORGANISATION,
                                     cue=CALLED_IT, offset=found.offset)  # fmt: skip
        return None

    def _is_person(self, token: Token) -> bool:
        entity = self.entity(token)
        known = self.known is not None and self.known(token.text)
        return known or (entity is not None and entity.label_ == "PERSON")

    def recalls_a_product(self, tokens: Sequence[Token]) -> bool:
        """Whether a business recalls a thing in the unit ("Velmar Pharma recalled its cough
        syrup", "the retailer is recalling the kettles"): an event, though "recalled" alone is
        a memory ("The minister recalled her childhood": no claim). The event words take a
        recall only by its passive or a quantity of something (``cues.EVENT_RE``); here the
        parse decides by grammar: the verb "recall" in the active, a business as its subject
        (``_is_business``: a team, a council or a person recalls a match, an envoy, a flood),
        and a noun as its object that is a thing, no memory (``_a_product``)."""
        for verb in tokens:
            if verb.lemma_.lower() != "recall" or verb.pos_ != "VERB" or self.quoted(verb):
                continue
            objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in _OBJECT_POS]
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            if objects and subjects and _a_product(objects[0]) and self._is_business(subjects[0]):
                return True
        return False

    def _is_business(self, head: Token) -> bool:
        """A company as a noun phrase: a noun of a business ("the manufacturer", "the toy
        company"), a name ending on a company's word or a legal form ("Tarrow Foods", "Velmar
        Inc"), or a name the recogniser typed an organisation that has no person's shape
        (it typed "Anja Holt" one; a recalled memory is a person's)."""
        if head.pos_ == "NOUN":
            return head.lemma_.lower() in BUSINESS_NOUNS
        if head.pos_ != "PROPN":
            return False
        words = [t.text for t in head.lefts if t.dep_ == "compound"] + [head.text]
        if is_company_name(words) or any(is_legal_form(word) for word in words[1:]):
            return True
        entity = self.entity(head)
        return entity is not None and entity.label_ == "ORG" and not person_shaped(words)

    def subject_org(self, tokens: Sequence[Token]) -> Found | None:
        """The organisation a unit's main clause is about ("The Daily Telegraph leads on
        claims …"): what "the paper" in the next sentence most likely means."""
        for child in _proper_main_subjects(tokens):
            if self._is_person(child):
                return None
            found = self.who(child)
            if found is not None and found.kind == ORGANISATION and found.speaker:
                return found
        for token in tokens:  # "The county council spent £86m": a body by its described noun
            if token.dep_ != "ROOT" or self.quoted(token):
                continue
            for child in token.children:
                lemma = child.lemma_.lower()
                if child.dep_ != "nsubj" or lemma not in _BODY_WORDS:  # (a body's kind too:
                    continue  # "the Brackwell water board", as "the Brackwell district council")
                if any(c.dep_ == "compound" for c in child.lefts) and lemma not in DOCUMENT_NOUNS:
                    return Found(self.phrase(child, keep_det=False), ORGANISATION,
                                 ORGANISATION, offset=child.idx)  # fmt: skip
        return None

    def subject_name(self, tokens: Sequence[Token]) -> str | None:
        """The proper name (two or three capitalised words) subject of a unit's main verb,
        whatever the recogniser took it for."""
        for child in _proper_main_subjects(tokens):
            words = [t for t in child.lefts if t.dep_ == "compound"] + [child]
            if 2 <= len(words) <= 3 and not any(t.text in ORG_WORDS for t in words):
                return " ".join(t.text for t in words)
        return None

    def opening_subject(self, tokens: Sequence[Token]) -> str | None:
        """The proper name (two or three capitalised words) that opens a unit as the subject
        of a verb, however the parser hung that verb ("Redbridge Town have sacked manager X
        after …", its root elsewhere); never a person's name."""
        words: list[Token] = []
        for token in tokens:
            if not words and (token.is_punct or (token.lower_ == "the" and token.i == 0)):
                continue  # ("The Calder Marathon will use …")
            if token.pos_ != "PROPN" or not token.text[:1].isupper():
                break
            words.append(token)
        if not 2 <= len(words) <= 3 or words[-1].dep_ not in ("nsubj", "nsubjpass"):
            return None
        if any(self._is_person(t) or t.text in ORG_WORDS for t in words):
            return None
        return " ".join(t.text for t in words)

    def agreeing_body(self, tokens: Sequence[Token]) -> str | None:
        """The proper name (two or three capitalised words) that opens a unit as the subject
        of a plural verb though it is one singular name ("Brackwater Town have sacked …",
        "Ferris Holt were fined …"): British news gives a team or a firm the plural, never a
        person, so such a name is a body whatever the recogniser typed it. Never a name with
        another joined to it ("Dana Pike and Owen Rusk have …") nor a plural noun's; the engine
        also drops a name the article gives a gender or a role (``Engine`` reads those)."""
        words: list[Token] = []
        for token in tokens:
            if not words and (token.is_punct or (token.lower_ == "the" and token.i == 0)):
                continue
            if token.pos_ != "PROPN" or not token.text[:1].isupper():
                break
            words.append(token)
        if not 2 <= len(words) <= 3 or words[-1].dep_ != "nsubj" or words[-1].tag_ != "NNP":
            return None
        head = words[-1]
        if any(c.dep_ in ("conj", "cc") for c in head.children):
            return None
        if any(t.text in ORG_WORDS or not t.is_alpha for t in words):
            return None
        verb = head.head
        finite = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
        plural = any(t.tag_ == "VBP" or t.lower_ == "were" for t in finite)
        return " ".join(t.text for t in words) if plural else None

    def _citing(self, tokens: Sequence[Token], outlet: Found) -> Found | None:
        """ "The Financial Times, citing three people familiar with the matter, reported":
        the people cited are the source, the outlet only the channel."""
        for token in tokens:
            if token.lower_ not in CITING_WORDS or self.quoted(token):
                continue
            if token.head.lower_ == "without":  # ("…, without citing sources": nobody cited)
                continue
            if token.lower_ == "attributed" and any(
                c.dep_ in ("auxpass", "nsubjpass", "aux") for c in token.children
            ):  # ("the fire was attributed to a local man": a cause, no source)
                continue
            objects = [c for c in token.children if c.dep_ in ("dobj", "pobj")]
            objects += [o for c in token.children if c.dep_ == "prep" and c.lower_ == "to"
                        for o in c.children if o.dep_ == "pobj"]  # fmt: skip
            obj = objects[0] if objects else None
            if token.lower_ == "attributed" and (
                obj is None or not {obj.lemma_.lower(), obj.lower_} & SOURCE_NOUNS
            ):
                continue  # (only "attributed to Cabinet sources", never "to a local man")
            obtained = self._obtained_from(obj) if obj is not None else None
            if obtained is None and obj is not None:
                obtained = self._owned_document(obj)
            if obtained is not None:
                return obtained.with_via(outlet.speaker)
            if obj is None or not _cited_source(obj):
                continue  # ("…, citing a shortage of nurses": a reason, nobody's words)
            cited = self.who(obj)
            if cited is not None and cited.kind in ("anonymous", PERSON):
                return cited.with_via(outlet.speaker)
            if cited is not None and obj is not None and _counted_people(obj, cited):
                return Found(cited.speaker, "anonymous", PERSON, cited.affiliation,
                             offset=cited.offset).with_via(outlet.speaker)  # fmt: skip
        return None

    def _obtained_from(self, obj: Token) -> Found | None:
        """ "citing figures it obtained from the Ministry of Justice", "citing data from the
        Passport Office", "citing figures published by X": the document's author the sentence
        names is the source (README: double attribution, a paper citing its own request to a
        body), the paper only the channel; an author that is itself a paper is no inner one."""
        if obj.lemma_.lower() not in DOCUMENT_NOUNS and obj.lower_ not in DOCUMENT_NOUNS:
            return None  # ("data" is lemmatised "datum")
        for node in obj.subtree:
            if node.dep_ not in ("prep", "agent") or node.lower_ not in ("from", "by"):
                continue
            if node.head.i != obj.i and not (
                node.head.head.i == obj.i and node.head.dep_ in ("acl", "relcl")
            ):
                continue
            for author in (c for c in node.children if c.dep_ == "pobj"):
                found = self.who(author)
                if (
                    found is not None
                    and found.kind in (PERSON, ORGANISATION)
                    and not is_outlet(found.speaker or "")
                ):
                    return found
        return None

    def _owned_document(self, obj: Token) -> Found | None:
        """ "citing Harbour Commission records", "citing the college's own budget paper": a
        document whose owner its own words name (a name before it, a possessive) is that
        owner's, the paper citing it only the channel (README item 40: "<paper> reports,
        citing its own request to <body>, …" is the body's); never an outlet's, nor "its"."""
        noun = obj.lower_
        if obj.lemma_.lower() not in DOCUMENT_NOUNS and noun not in _DOCUMENTS_AND_PAPERS:
            return None
        for owner in obj.children:
            compound = owner.dep_ == "compound" and owner.pos_ == "PROPN" and noun not in PAPERS
            if not compound and not (owner.dep_ == "poss" and owner.pos_ != "PRON"):
                continue  # ("citing Bugle papers" is no one's document: only a possessive owns
                # one)
            found = self.who(owner)
            if (
                found is not None
                and found.kind in (PERSON, ORGANISATION, "definite")
                and not is_outlet(found.speaker or "")
                and (" " in (found.speaker or "") or not compound)
            ):  # ("citing City estimates": the City of a market, no one's name: item 40)
                return found
        return None

    def note_names(self, tokens: Sequence[Token]) -> None:
        """Remember a read unit's proper nouns: a name a later quotation gives is the
        speaker's own only when the article wrote it before (``_reported_subject``)."""
        self.seen.update(t.text for t in tokens if t.pos_ == "PROPN")

    def _names_a_body(self, noun: str) -> bool:
        """Whether a name the article wrote before ends on ``noun`` or on the kind of body
        ``noun`` is a part of ("Penbury Stores" for "store", "Kelso General Hospital" for
        "ward"): the noun then points at that body, never at a trade."""
        kinds = {noun, *PART_OF_KIND.get(noun, ())}
        heads = {f"{kind}{end}" for kind in kinds for end in ("", "s", "es")}
        return any(word.lower() in heads for word in self.seen)

    def note_filings(self, tokens: Sequence[Token]) -> None:
        """ "The family of a woman who died in the jail sued the county", "X filed a lawsuit
        against Y": the suit is theirs, so a later "the suit says" or "according to the
        lawsuit" is their claim (a document the article named the author of, README)."""
        for verb in tokens:
            if verb.pos_ != "VERB" or self.quoted(verb) or _negated(verb):
                continue
            lemma = verb.lemma_.lower()
            if lemma == "write" and any(c.dep_ == "prep" and c.lower_ == "to"
                                        for c in verb.children):  # fmt: skip
                self._note_letter(verb)  # "three former chiefs have written to the PM"
                continue
            filed = {c.lemma_.lower() for c in verb.children
                     if c.dep_ == "dobj" and c.lemma_.lower() in SUIT_NOUNS}  # fmt: skip
            if lemma not in SUING_LEMMAS and not (filed and lemma in FILING_LEMMAS):
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            found = self.who(subject) if subject is not None else None
            if found is None or found.kind not in (PERSON, ORGANISATION) or not found.speaker:
                continue
            for noun in SUIT_NOUNS if lemma in SUING_LEMMAS or filed & SUIT_NOUNS else filed:
                self.authors[noun] = replace(found, cue="")

    def note_authors(self, tokens: Sequence[Token]) -> list[Found]:
        """ "The association's annual survey draws on 124 museums", "a report to the council's
        cabinet", "librarians surveyed by the Rowan Trust": a document (or a poll's
        respondents) whose author the sentence names, whatever the sentence says of it, so a
        later "the survey found" or "the report says" is that author's (README item 34). Only
        an author the grammar ties to the document (its possessor, "by" or "from" it, a name
        compounded with it, "published by") counts, never a name the document is about. The
        documents' authors this sentence names are returned (a lede's "figures show" is the
        one the next paragraph names: ``Engine._lede_documents``)."""
        named: list[Found] = []
        for token in tokens:
            if self.quoted(token):
                continue
            lemma = token.lemma_.lower()
            if token.pos_ == "VERB" and lemma in POLL_LEMMAS:  # "surveyed by the X Trust"
                agent = _agent_of(token)
                author = self._named(agent) if agent is not None else None
                if author is not None:
                    self.authors[lemma] = author
            elif token.pos_ == "NOUN" and lemma in DOCUMENT_NOUNS and self.entity(token) is None:
                author = self._tied_author(token)
                if author is not None:
                    self.authors[lemma] = author
                    named.append(author)
            elif token.pos_ == "NOUN" and lemma in SPEECH_NOUNS and self.entity(token) is None:
                spoken = self._speech_noun(token)  # ("A Larkmoor Air statement said …": a
                if spoken is not None and spoken.kind in _AUTHOR_KINDS:  # later "the
                    self.authors[lemma] = spoken  # statement said" is Larkmoor Air's; "the
                    # ministry's statement" a body by its noun, as a document's owner is)
        return named

    def _respondents(self, head: Token) -> Found | None:
        """ "Forty-four percent of the superintendents in the survey said …", "Readers in the
        poll reported …": people a survey counted speak through it, so their share is the
        survey author's measurement (items 33, 34; heldout16's convention 7), when the article
        named who ran that survey; else nothing is decided here."""
        group = _of_object(head)
        for node in (head, group) if group is not None else (head,):
            for prep in node.children:
                if prep.dep_ != "prep" or prep.lower_ not in ("in", "to"):
                    continue
                for survey in prep.children:
                    lemma = survey.lemma_.lower()
                    pointed = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                                  for c in survey.children)  # fmt: skip
                    if survey.dep_ == "pobj" and lemma in POLL_LEMMAS and pointed:
                        author = self.authors.get(lemma)
                        if author is not None:
                            return author
        return None

    def _organ_of(self, head: Token, by_noun: bool) -> Found | None:
        """A named body's own board, committee, panel or team speaking as such ("Quarrymoor's
        board said"), or whose work a document is ("a review carried out by the trust's own
        patient safety team"): the body (item 13), by its name, or (``by_noun``, a document's
        maker only) by its noun for the article to settle ("the trust"); never a person's
        ("her team") nor a body the text leaves unowned ("a review panel"). A subject owned by
        a noun ("the council's cabinet agreed") stays as it was: it is mostly a deed."""
        lemma = head.lemma_.lower()
        members = lemma in _MEMBER_ORGANS and head.tag_ in ("NNS", "NNPS")  # "the trustees"
        if lemma not in _ORGAN_NOUNS and not members:
            return None
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is None and (members or lemma not in ROLE_WORDS):
            owner = _named_of(head)  # "The trustees of the X Fund wrote", "the board of X said"
        if owner is None or owner.pos_ == "PRON":
            return None
        if owner.pos_ == "PROPN" or self.entity(owner) is not None:
            found = self.who(owner)
            return found if found is not None and found.kind == ORGANISATION else None
        if by_noun and owner.lemma_.lower() in _BODY_WORDS:
            office = self._office(owner)
            return replace(office, kind="definite") if (office.speaker or "").islower() else office
        return None

    def _named(self, token: Token) -> Found | None:
        """What ``token`` names when it is a name (a proper noun or an entity) of a person or
        a body, with no cue of its own: a document's author to remember."""
        if token.pos_ != "PROPN" and self.entity(token) is None:
            return None
        found = self.who(token)
        if found is None or found.kind not in (PERSON, ORGANISATION) or not found.speaker:
            return None
        return replace(found, cue="")

    def _tied_author(self, head: Token) -> Found | None:
        """The author the grammar ties to the document ``head``: its owner (a possessor, "to
        the council's cabinet", "by X"), a name compounded with it ("a Halden Institute
        survey"), "from X", or "published/carried out by X"; a body by its noun ("the
        association's survey") stays a definite description for the article to settle."""
        owner = self._document_owner(head)
        if owner is not None and owner.cue == DOCUMENT_OWNER:  # "X has released its review"
            return self._made_by(head, relative_only=False)
        if owner is not None:
            if owner.kind not in _AUTHOR_KINDS or not owner.speaker:
                return None
            common = owner.kind == ORGANISATION and owner.speaker.islower()
            return replace(owner, cue="", kind="definite" if common else owner.kind)
        for child in head.children:
            if child.dep_ in ("compound", "nmod") and child.i < head.i:  # ("a Department of
                entity = self.entity(child)  # Health report": the parser's nmod for a name
                if entity is not None and entity.label_ == "ORG":  # with "of" inside)
                    return Found(entity_text(entity), ORGANISATION, ORGANISATION,
                                 offset=entity.start_char)  # fmt: skip
            if child.dep_ == "prep" and child.lower_ in ("by", "from"):
                for obj in child.children:
                    named = self._named(obj) if obj.dep_ == "pobj" else None
                    if named is not None:
                        return named
            if child.dep_ == "acl" and child.lemma_.lower() in _CONDUCTING_LEMMAS:
                agent = _agent_of(child)
                named = self._named(agent) if agent is not None else None
                if named is not None:
                    return named
        return None

    def _made_by(self, head: Token, relative_only: bool) -> Found | None:
        """ "…, according to figures it published", "data the Harbour Police Department
        submitted", and (not ``relative_only``) "The Tern Trust has released its annual
        review": a document a clause says someone made (a verb of making it, "publish",
        "release", "submit") is the maker's, a person or body the sentence names; a pronoun
        maker ("it published") is the sentence's own subject. Read so that "the review said"
        later is that author's (README item 34)."""
        verb = next((c for c in head.children if c.dep_ in ("relcl", "acl")
                     and c.lemma_.lower() in _MAKING_LEMMAS | HANDING_LEMMAS), None)  # fmt: skip
        if verb is None and not relative_only and head.dep_ == "dobj":
            verb = head.head if head.head.lemma_.lower() in _MAKING_LEMMAS else None
        subjects = [c for c in verb.children if c.dep_ == "nsubj"] if verb else []
        if verb is None and relative_only:
            subjects = _maker_after(head)
        if subjects and subjects[0].lower_ in ("it", "they") and verb is not head.head:
            root = subjects[0].sent.root
            subjects = [c for c in root.children if c.dep_ == "nsubj"]
        for subject in subjects:  # ("The rights group Tern Watch": two subjects in the parse)
            found = None if self.quoted(subject) else self.who(subject)
            if found is not None and found.kind in (PERSON, ORGANISATION) and found.speaker:
                return replace(found, cue="")
        return None

    def _note_letter(self, verb: Token) -> None:
        """ "Three former chiefs have written to the Prime Minister …": the letter is theirs,
        so "The letter, seen by the paper, warns …" is their claim; a group the article never
        names stays a group (unattributed, README), never the paper that saw it."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        found = self.who(subject) if subject is not None else None
        if found is None and subject is not None and subject.tag_ == "NNS":
            found = Found(self.phrase(subject, keep_det=True), "vague", offset=subject.idx)
            # (whoever they are by trade, "six retired surgeons" who write are its writers)
        if found is None or found.kind not in (PERSON, ORGANISATION, "vague", "anonymous"):
            return
        if found.kind == "anonymous" and subject is not None and subject.tag_ == "NNS":
            found = replace(found, kind="vague", speaker_type=None)  # (several, unnamed)
        self.authors["letter"] = replace(found, cue="")

    def act(self, tokens: Sequence[Token]) -> Found | None:
        """Who performs a measurement, an act that is the record itself: an organisation that
        measures ("The Geological Survey measured the quake at 5.9"). A judge's order or a
        board's vote is a deed the writer reports, no one's claim in words. Experts who act
        as a named body's own ("Analysts at X cut their price target") judge for it: the body."""
        for verb in tokens:
            if verb.dep_ != "ROOT" or verb.pos_ != "VERB" or self.quoted(verb) or _negated(verb):
                continue
            delegation = next((self._delegation(c) for c in verb.children
                               if c.dep_ == "nsubj" and c.tag_ == "NNS"), None)  # fmt: skip
            if delegation is not None and _revised_to_figure(verb):
                return _with_cue(delegation, verb.text)
            research = self._research(verb)
            if research is not None:
                return research
            shown = self._shown_by(verb)
            if shown is not None:
                return shown
            measured = [v for v in (verb, *(c for c in verb.children if c.dep_ == "conj"))
                        if (v.lemma_.lower() in MEASURING_LEMMAS or _posts_results(v))
                        and not _negated(v) and not _learns(v)]  # fmt: skip
            if not measured:  # ("Surveyors from the institute counted 60 nests and found …":
                continue  # a measurement in a verb joined to the main one, same subject)
            for subject in verb.children:
                if subject.dep_ != "nsubj":
                    continue
                found = self.who(subject)
                if found is not None and found.kind == PERSON and _posts_results(measured[0]):
                    found = replace(found, kind=ORGANISATION, speaker_type=ORGANISATION)
                    # (a name that posts a half-year loss is a company's, whatever the
                    # recogniser typed it as)
                if found is not None and found.kind in (ORGANISATION, "definite"):
                    return _with_cue(found, measured[0].text)
        return None

    def _shown_by(self, verb: Token) -> Found | None:
        """ "National Grid's outage map shows about 2,300 customers without power": what a
        body's own map, figures or tests show is its figure (convention 26, "the agency's
        live map shows …"), though "show" takes a noun, not a clause; a document with no
        owner the sentence names stays the writer's."""
        lemma = verb.lemma_.lower()
        if lemma not in SHOWING_LEMMAS and lemma != "read":
            return None
        for subject in verb.children:
            if subject.dep_ != "nsubj":
                continue
            owner = _instrument_owner(subject)
            if lemma in SHOWING_LEMMAS and _document(subject):  # (figures that show, reveal or
                # indicate a shortfall: the same document's figure whatever the verb)
                found = self.who(subject)
            elif owner is not None:  # "The agency's gauge at Kell read 4.12m"
                found = self.who(owner)
            else:
                continue
            if found is not None and found.kind in (PERSON, ORGANISATION, "definite"):
                return _with_cue(found, verb.text)  # ("the co-op's outage map": the body
        return None  # "the co-op" stands for, as "the co-op said" is)

    def _research(self, verb: Token) -> Found | None:
        """What a research team led by a named scientist did is its finding, whatever the
        verb ("The team, led by Dr X, extracted DNA from 14 layers"): the leader's claim."""
        for subject in verb.children:
            if subject.dep_ == "nsubj" and subject.lemma_.lower() in TEAM_NOUNS:
                found = self._team_leader(subject)
                if found is not None:
                    return _with_cue(found, verb.text)
        return None

    def _labelled_quotation(self, tokens: Sequence[Token]) -> Found | None:
        """ "Lt. Bram Hollister: “It's only because of the seatbelts …”": a paragraph that opens
        with a person's name (a title may stand before it) and a colon, then a quotation, is
        that person's words, as a transcript's speaker label is; a name the recogniser did not
        take for a person's, or any other word before the colon, is no label."""
        k = 0
        while k < len(tokens) and (tokens[k].pos_ == "PROPN" or (k and tokens[k].text == ".")):
            k += 1  # (a title's dot: "Lt. Ann Roe")
        if k == 0 or k + 2 >= len(tokens) or tokens[k].text != ":":
            return None
        if tokens[k + 1].text not in _QUOTE_OPENERS or tokens[k - 1].ent_type_ != "PERSON":
            return None
        found = self.who(tokens[k - 1])
        if found is None or found.kind != PERSON:
            return None
        return _with_cue(found, ":")

    def _name_right_before_said(self, tokens: Sequence[Token]) -> Found | None:
        """ "Head of Housing Services Anna Marlow said …", "Director of Public Works Anna
        Marlow said …": a person's name right after a capitalised title, right before "said",
        "says" or "told", which the parse lost (the name read as the object of the title's
        "of", no entity found). The capitalised run before the verb (joined by "of", "to",
        "for", "and") speaks when it ends on two or three words opening on a given name (the
        title before them left out). Read last, only when nothing else in the unit names a
        source; never a word in a quotation, a body named after a person ("Anna Freud Centre
        said"), a saying in a clause of time ("…, when Anna Marlow said she would resign":
        the sentence's event), nor the cut tail of a body's name with no given name ("the
        Council to Protect Lowland Heaths said")."""
        for k in range(1, len(tokens)):
            verb = tokens[k]
            if verb.lower_ not in SAID_FORMS or self.quoted(verb):
                continue
            first = k
            while first > 0 and (
                _capitalised_word(tokens[first - 1])
                or (
                    tokens[first - 1].lower_ in _NAME_JOINERS
                    and first > 1
                    and _capitalised_word(tokens[first - 2])
                )
            ):
                first -= 1
            run = [t for t in tokens[first:k] if not self.quoted(t)]
            if len(run) < 2 or _in_time_clause(tokens, first):
                continue
            words = [t.text for t in run]
            for size in (2, 3):
                tail = words[-size:]
                if len(tail) < size or tail[0].lower() not in GIVEN_NAMES:
                    continue
                rest = tail[1:]
                if any(w in ORG_WORDS or w in BODY_HEADS for w in rest) or is_company_name(rest):
                    break  # ("Anna Freud Centre said": a body named after a person)
                if any(w.lower() in _NAME_JOINERS for w in tail):
                    break
                return Found(" ".join(tail), PERSON, PERSON, offset=run[-size].idx,
                             cue=verb.text)  # fmt: skip
        return None

    def _relative_speaker(self, tokens: Sequence[Token]) -> Found | None:
        """ "… with funding from the Gates Foundation, which said it had committed $120m":
        with no reporting verb of its own, the sentence's words are those of the named
        organisation or person a relative clause makes speak."""
        for verb in tokens:
            if verb.dep_ != "relcl" or not is_speech_verb(verb) or self.quoted(verb):
                continue
            pronoun = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PRON"
                            and c.lower_ in ("it", "they", "he", "she")), None)  # fmt: skip
            if pronoun is not None:  # "X leads on the rescue of Y, which it says has …": the
                found = self._main_subject(verb)  # pronoun is the sentence's subject, never Y
                if found is not None and _agrees(pronoun, found):
                    return _with_cue(found, verb.text)
                continue  # ("Ann Lee praised the council's plan, which it says …": not hers)
            agent = _agent_of(verb)
            if agent is not None and not _negated(verb):  # "Gorban took the lead, which has
                found = self.who(agent)  # been confirmed by the CEC": the CEC vouches for it
                if found is not None and found.kind in (PERSON, ORGANISATION):
                    return _with_cue(found, verb.text)
            if _negated(verb) or not any(c.dep_ == "ccomp" for c in verb.children):
                continue
            said = self._relative_subject(verb)
            if said is not None:  # "The deal, which the company said will help sustain 160
                return _with_cue(said, verb.text)  # jobs, will …": the company's figure
            named = self.entity(verb.head)
            if named is not None and named.label_ in ("ORG", "PERSON"):
                found = self.who(verb.head)
                if found is not None and found.kind in (PERSON, ORGANISATION):
                    return _with_cue(found, verb.text)
            unnamed = self._unnamed_who(verb)
            if unnamed is not None:  # "… checked with a source close to the family, who
                return _with_cue(unnamed, verb.text)  # insists …": the source's words
        return None

    def _unnamed_who(self, verb: Token) -> Found | None:
        """The unnamed source a relative clause's "who" stands for, when that clause holds the
        sentence's only verb of saying ("The Ledger reached an aide to the mayor, who says the
        budget is short", "… spoke to a friend of the couple, who insists …"): the source's
        words, anonymous as in a main clause (README items 1, 17, 21); an unnamed source's head
        noun only (``ANONYMOUS_HEADS``), never "a villager, who says" or a group."""
        if not any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in verb.children):
            return None
        source = _who_stands_for(verb.head)
        if source is None or source.lemma_.lower() not in ANONYMOUS_HEADS:
            return None
        found = self.who(source)
        return found if found is not None and found.kind == "anonymous" else None

    def _relative_subject(self, verb: Token) -> Found | None:
        """The named or described body or person that is the subject of a relative clause's
        reporting verb whose clause the relative pronoun opens ("which the company said will
        help", "which the council says will cost"), as "which it says" is the sentence's
        subject's; a group ("which analysts say") is no one's claim here."""
        if not any(c.dep_ == "ccomp" and _opened_by_relative(c) for c in verb.children):
            return None
        for subject in verb.children:
            if subject.dep_ != "nsubj" or subject.pos_ not in ("NOUN", "PROPN"):
                continue
            found = self.who(subject)
            if found is not None and found.kind in (PERSON, ORGANISATION, "definite"):
                return found
        return None

    def _main_subject(self, verb: Token) -> Found | None:
        """The named person or organisation that is the subject of the main clause ``verb``
        hangs under, or None."""
        root = verb.sent.root
        for subject in root.children:
            if subject.dep_ == "nsubj" and subject.pos_ == "PROPN" and subject.i < verb.i:
                found = self.who(subject)
                if found is not None and found.kind in (PERSON, ORGANISATION):
                    return found
        return None

    def _in_document(self, tokens: Sequence[Token]) -> Found | None:
        """ "In a stock exchange filing, Grant offered to …", "In an update to its membership,
        the union's committee referenced …": a sentence that opens by naming the document its
        subject issued reports that document, so its subject speaks, whatever the verb."""
        for verb in tokens:
            if verb.dep_ != "ROOT" or verb.pos_ != "VERB" or self.quoted(verb) or _negated(verb):
                continue
            frame = next((c for c in verb.children if c.dep_ == "prep" and c.i < verb.i), None)
            if frame is None or frame.lower_ != "in" or frame.i != tokens[0].i:
                continue
            issued = [o for o in frame.children if o.dep_ == "pobj"]
            if not any(o.lemma_.lower() in ISSUED_NOUNS for o in issued):
                continue
            if any(c.dep_ == "poss" and c.pos_ != "PRON" for o in issued for c in o.children):
                continue  # ("In the board's letter, X …": someone else's document)
            for subject in verb.children:
                if subject.dep_ != "nsubj" or subject.i < frame.i:
                    continue
                found = self.who(subject)
                if found is not None and found.kind in (PERSON, ORGANISATION, "definite"):
                    return _with_cue(found, frame.text)
        return None

    def _under_plans(self, tokens: Sequence[Token]) -> Found | None:
        """ "Torfaen Council will switch off 46 cameras, under budget plans published on
        Friday": a plan its subject put out in a document is the subject's claim in words
        (its published plan), whatever the main verb; "under plans published by X" is X's,
        and so are "Plans announced by X would cut 14 routes" (README item 26): the plan the
        sentence is about, put out by the one it names."""
        for verb in tokens:
            if verb.dep_ != "ROOT" or verb.pos_ not in ("VERB", "AUX") or self.quoted(verb):
                continue
            plans = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "under"
                     for o in c.children if o.dep_ == "pobj"
                     and o.lemma_.lower() in ("plan", "proposal")]  # fmt: skip
            planned = [c for c in verb.children if c.dep_ == "nsubj"
                       and c.lemma_.lower() in ("plan", "proposal")]  # fmt: skip
            putting = _MAKING_LEMMAS | _SETTING_OUT
            made = [a for o in plans + planned for a in o.children
                    if a.dep_ == "acl" and a.lemma_.lower() in putting]  # fmt: skip
            if not made:
                continue
            agents = [o for a in made for g in a.children if g.dep_ == "agent"
                      for o in g.children if o.dep_ == "pobj"]  # fmt: skip
            if planned and not plans and not agents:
                continue  # ("Plans announced on Friday would …": put out by nobody named)
            for subject in agents or [c for c in verb.children if c.dep_ == "nsubj"]:
                found = self.who(subject)
                if found is not None and found.kind in (ORGANISATION, "definite"):
                    return _with_cue(found, made[0].text)
        return None

    def _speech_noun_anywhere(self, tokens: Sequence[Token]) -> Found | None:
        """ "His update highlighted …", "In a statement from General X, …": a speech noun
        that carries the sentence (its subject, or the "in"/"to" phrase it opens with); never
        one inside what the sentence is about ("claims by plaintiffs X" in a court's order)."""
        for token in tokens:
            carries = token.dep_ in ("nsubj", "nsubjpass") or (
                token.dep_ == "pobj" and token.head.lower_ in ("in", "to")
            )
            if (
                token.lemma_.lower() in SPEECH_NOUNS
                and carries
                and not self.quoted(token)
                and not _conditional(token)
            ):
                found = self._speech_noun(token, owner=token.dep_ == "nsubj")
                if found is not None and found.kind in (PERSON, ORGANISATION, "pronoun"):
                    return _with_cue(found, token.text)
        return None

    def _tagged_as_noun(self, tokens: Sequence[Token]) -> Found | None:
        """ "Ilya Novak reports in The Courier:": a reporting verb the tagger missed after a
        capitalised name (lead-in lines are short and often mis-tagged)."""
        for k, token in enumerate(tokens):
            trailing = _says_form(token.lower_) and _trails(tokens, k)
            review = (
                token.lower_ in _REVIEW_FORMS
                and tokens[k + 1 : k + 2] != []
                and (tokens[k + 1].lower_ in ("on", "with"))
                and any(t.pos_ in ("VERB", "AUX") for t in tokens[k + 2 :])
            )  # ("The Daily Courier splashes on …": a press review's verb read as a noun,
            # with what it reports; "leads on the by-election" alone asserts nothing)
            if (token.lower_ not in _THIRD_PERSON and not trailing and not review) or self.quoted(
                token
            ):
                continue
            if k == 0 or (token.pos_ == "VERB" and _on_a_topic(token)):
                continue  # ("the Daily Post reports on rents": a verb the tagger did read,
                # of a topic only: the writer's note, README item 46)
            run: list[Token] = []
            for before in reversed(tokens[:k]):
                if not _in_a_name(before):
                    break
                run.insert(0, before)
            name = clean_name(" ".join(t.text for t in run))
            if not name:
                continue
            entity = self.entity(run[-1])
            words = name.split()
            person = (entity is not None and entity.label_ == "PERSON") or (
                entity is None and 2 <= len(words) <= 3 and not any(w in ORG_WORDS for w in words)
            )
            kind = PERSON if person else ORGANISATION
            found = Found(name, kind, kind, offset=run[0].idx)
            return _with_cue(found.with_via(self.via(token)), token.text)
        return None


def _scholar(entity: Span) -> bool:
    """Whether a person is named as a scholar: a title ("Dr", "Prof") or a trade's noun right
    before the name ("cosmochemist", "researcher")."""
    doc = entity.doc
    before = doc[entity.start - 1] if entity.start > 0 else None
    first = entity[0]
    if first.text.rstrip(".") in SCHOLAR_TITLES:
        return True
    if before is None:
        return False
    word = before.text.rstrip(".")
    return (
        word in SCHOLAR_TITLES
        or before.lower_ in SCHOLAR_NOUNS
        or (before.text.islower() and before.lower_.endswith("ist"))
    )


def _punctuated_name(tokens: Sequence[Token]) -> Found | None:
    """ "Consumer group Fairly? said …": a body's name that ends in its own "?" or "!", set
    after its kind as a label; the parser reads the word as a question's pronoun and the verb
    as a clause of the kind noun, so the name is read from the words themselves."""
    for k in range(2, len(tokens) - 1):
        mark, name, kind = tokens[k], tokens[k - 1], tokens[k - 2]
        if mark.text not in ("?", "!") or name.whitespace_:
            continue
        if not name.text[:1].isupper() or kind.lower_ not in KIND_LABEL_NOUNS:
            continue
        if is_speech_verb(tokens[k + 1]):
            found = Found(name.text + mark.text, ORGANISATION, ORGANISATION, offset=name.idx)
            return _with_cue(found, tokens[k + 1].text)
    return None


_NAME_JOINERS = frozenset({"of", "to", "for", "and", "&"})
"""Words inside a capitalised run of names and titles ("Director of Public Works", "the
Council to Protect Lowland Heaths"): ``Reader._name_right_before_said`` reads the run whole."""
_TIME_CLAUSE_WORDS = frozenset({"when", "after", "before", "since", "until", "as", "once"})
"""Words opening a clause of time: a saying inside one tells when the sentence's event came
("… have quit since yesterday, when Dan Price said he was resigning"), not what it claims."""


def _in_time_clause(tokens: Sequence[Token], at: int) -> bool:
    """Whether the words from the last comma (or the unit's start) to ``at`` open with a
    word of time ("…, when Ruth Abbott's predecessor Dan Price said …")."""
    start = at
    while start > 0 and tokens[start - 1].text not in (",", ";", ":"):
        start -= 1
    return any(t.lower_ in _TIME_CLAUSE_WORDS for t in tokens[start:at])


def _capitalised_word(token: Token) -> bool:
    """A word of a name or a title: a capital first and letters (a hyphen or an apostrophe
    inside: "Vibert-Gallichan", "O'Hare")."""
    return token.text[:1].isupper() and token.text.replace("-", "").replace("'", "").isalpha()


_SAYS_LEMMAS = SPEECH_LEMMAS | PRESS_LEMMAS
"""``_says_form``'s verbs, joined once at import (it is asked of about every word a trailing
attribution could end with: the union made per call was its cost, issue 15)."""


def _says_form(word: str) -> bool:
    """A verb of speech or of what the press learns in its third-person form ("understands",
    "believes", "confirms"): what an outlet's trailing attribution ends with."""
    lemmas = _SAYS_LEMMAS
    return word.endswith("s") and (word[:-1] in lemmas or word[:-2] in lemmas)


def _trails(tokens: Sequence[Token], k: int) -> bool:
    """ "…, Freight Weekly understands.": the word ends the sentence after a comma and a run
    of capitalised words (an outlet's own trailing attribution the tagger read as a noun)."""
    if not all(t.is_punct for t in tokens[k + 1 :]):
        return False
    j = k - 1
    while j >= 0 and _in_a_name(tokens[j]):
        j -= 1
    return j >= 0 and j < k - 1 and tokens[j].text == ","


def _in_a_name(token: Token) -> bool:
    """A capitalised word of a name, or the "&" inside one ("Ports & Terminals")."""
    return token.text == "&" or (token.text[:1].isupper() and not token.is_punct)


def untagged_body_name(token: Token) -> Span | None:
    """A body's name the recogniser left with no entity at all ("Tarnwick Insurance", "the
    Harbour Trust"): two to four capitalised proper nouns compounded onto ``token``, the last
    a word that ends a body's name (``BODY_HEADS``) or a company's (``is_company_name``), as
    a name it typed wrongly is one (``names.mentions``); None for anything else."""
    if token.pos_ != "PROPN" or token.ent_type_ or token.dep_ == "compound":
        return None
    doc, start = token.doc, token.i
    while (
        start > token.sent.start
        and doc[start - 1].dep_ == "compound"
        and doc[start - 1].pos_ == "PROPN"
        and not doc[start - 1].ent_type_
        and start <= doc[start - 1].head.i <= token.i
    ):
        start -= 1
    words = [t.text for t in doc[start : token.i + 1]]
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return None
    if is_company_name(words[-3:]) or words[-1] in BODY_HEADS:
        return doc[start : token.i + 1]
    return None


def _personal_name(entity: Span, head: Token) -> bool:
    """A name the recogniser took for an organisation, set in apposition to a noun of a
    person's role ("The festival's director, Imogen Coldwell,"): a person's name when it is two
    or three capitalised words with no word of a body's name ("The home's owner, Harbour
    Care Group," stays the group's), no legal form, and not ending on a company's word ("A
    senior manager at one of the operators, Northvale Trains, who was not authorised to speak"
    is an unnamed manager of that company). A role is an office or a person's trade or art
    (``APPOSED_PERSONS``: "The orchestra's conductor, Imogen Thwaite,")."""
    words = entity.text.split()
    if head.lemma_.lower() not in ROLE_WORDS | APPOSED_PERSONS or not 2 <= len(words) <= 3:
        return False
    if is_company_name(words):
        return False
    if head.lemma_.lower() in GENERIC_ORG_NOUNS:  # ("the operator, Eastmere Freight,")
        return False
    return all(
        word[:1].isupper() and word.isalpha() and word not in ORG_WORDS
        and word.lower() not in _BODY_WORDS and not is_legal_form(word)
        for word in words
    )  # fmt: skip


def _adjective(token: Token) -> bool:
    """A capitalised describing word before a noun ("the Scandinavian carrier", "the German
    carmaker"): still the organisation named before ("the central bank" is a kind of bank)."""
    return (
        token.dep_ == "amod"
        and token.pos_ == "ADJ"
        and token.text[:1].isupper()
        and not token.is_sent_start
        and not any(token.children)
    )


def _epithet(head: Token, entity: Span | None) -> bool:
    """ "the Spaniard", "the Portuguese", "the 45-year-old": a person already named, spoken
    of by nationality or age (news style avoids repeating the surname), never a new source."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return False
    if any(c.dep_ in ("compound", "amod", "poss", "prep") for c in head.children):
        return False
    plural = head.tag_ in ("NNS", "NNPS") or head.text.endswith("s")  # "the Americans said"
    norp = entity is not None and entity.label_ == "NORP" and len(entity) == 1 and not plural
    aged = head.lower_ == "old" and any(
        c.dep_ == "npadvmod" and c.lower_ in ("year", "years") for c in head.children
    )
    return norp or aged


def _describing(token: Token) -> bool:
    """A describing word before "company" that names none: a capitalised adjective ("the
    Scandinavian carrier"), a participle or hyphenated one ("the Toronto-listed company",
    "the struggling retailer")."""
    if _adjective(token):
        return True
    if token.dep_ != "amod" or token.pos_ not in ("ADJ", "VERB"):
        return False
    inner = list(token.children)
    hyphenated = any(c.text == "-" for c in inner)
    return hyphenated or not inner


def _trade_words(token: Token) -> bool:
    """ "The clothing, food and homewares group", "the mining company": lower-case common
    nouns before the organisation's noun say what it trades in and name nobody."""
    words = [t for t in token.subtree if not t.is_punct and t.dep_ not in ("cc", "det")]
    return token.dep_ in ("compound", "nmod") and all(
        t.pos_ == "NOUN" and t.text.islower() and t.lemma_.lower() not in GENERIC_ORG_NOUNS
        for t in words
    )


def _name_before_apposition(head: Token) -> str | None:
    """The proper name right before ", the company …" that the parser left hanging (as an
    interjection or a loose modifier) instead of making it the subject the phrase describes."""
    doc = head.doc
    first = min(t.i for t in head.subtree)
    if first < 2 or doc[first - 1].text != ",":
        return None
    name = doc[first - 1 - 1]
    if name.pos_ != "PROPN" or name.dep_ not in ("intj", "dep", "npadvmod", "ROOT"):
        return None
    words = [t for t in name.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [name]
    if words[0].i != name.i - len(words) + 1 or not (words[0].is_sent_start or words[0].i == 0):
        return None
    return " ".join(t.text for t in words)


def _press_group(found: Found) -> bool:
    """Outlets at large ("Other papers, including the Mail, reported …"): a vague group whose
    head is a newspaper noun, which passes on what it cites."""
    words = (found.speaker or "").lower().replace(",", " ").split()
    return (
        found.kind == "vague"
        and any(  # ("several news outlets", "local media")
            w.rstrip("s") in PRESS_NOUNS or w in PRESS_NOUNS or w in PRESS_GROUP_WORDS
            for w in words[:3]
        )
    )


def _clause_read_as_phrase(verb: Token) -> Token | None:
    """ "It comes after the new commander, General X, told Russian media that …": the parser
    read the clause after "after" as a noun phrase and joined its verb to the main one; the
    noun phrase just before the verb is its subject, never the main clause's "it"."""
    if verb.dep_ != "conj" or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    for prep in verb.head.children:
        if prep.dep_ != "prep" or prep.lower_ not in SUBORDINATORS or prep.i > verb.i:
            continue
        for obj in prep.children:
            last = max(t.i for t in obj.subtree)
            gap = verb.doc[last + 1 : verb.i]
            if (
                obj.dep_ == "pobj"
                and obj.pos_ in ("NOUN", "PROPN")
                and all(t.is_punct for t in gap)
            ):
                return obj
    return None


def _office_words(head: Token) -> tuple[str, ...]:
    """The words of a role that name its office: the plain words compounded with its head
    ("defence secretary", "Prime Minister"), never a name ("Labour MP": the party)."""
    words = [
        c.lower_
        for c in head.lefts
        if c.dep_ == "compound" and c.ent_type_ not in ("ORG", "NORP", "GPE", "PERSON")
    ]
    return (*words, head.lemma_.lower())


def _extraposed(node: Token, verb: Token, subjects: list[Token]) -> bool:
    """ "It is important to stress that …", "It is fair to say …": a reporting verb under a
    copula with an evaluative adjective has a dummy "it" for subject, never an organisation
    it stands for (the words are the writer's, or the release's); "It is keen to stress"
    keeps its "it": the company is keen."""
    return (
        node.i != verb.i
        and verb.dep_ == "xcomp"
        and node.lemma_ == "be"
        and any(c.dep_ == "acomp" and c.lower_ in EVALUATIVE_ADJECTIVES for c in node.children)
        and [s.lower_ for s in subjects] == ["it"]
    )


def _definite_owner(owner: Token | None) -> bool:
    """ "the gallery's director", "the county's elections chief", "its finance director": a
    post of one body the possessive picks out has one holder, as "the director" has (README
    item 18), never one of many ("a detective", "one superintendent")."""
    if owner is None:
        return False
    if owner.lower_ in ("its", "their"):
        return True
    return owner.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in owner.children
    )


def _hung_subject(verb: Token, whole: bool = True) -> list[Token]:
    """ "…, the fund's head Ingrid Halvorsen said on Tuesday.", "…, industry and banking
    sources said.": a reporting verb at the end of its sentence with no subject, right after
    a noun phrase that follows a comma; the parser made that phrase part of the clause before
    (an apposition, an object), but a trailing "…, X said" names its speaker there. The
    phrase may close on its initials in brackets ("the Rowing Integrity Unit (RIU) said") and
    hold a name's capitalised words whatever their tag ("the Committee to Protect Wildlife");
    a verb the parser took for a participle of that noun ("the struggling League One side
    announced on Monday", an acl) is the same trailing verb. With ``whole``, only a phrase
    whose name the parser or the recogniser saw whole (``_seen_whole``), never a cut name."""
    doc = verb.doc
    participle = verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod")
    if (verb.tag_ not in ("VBD", "VBZ", "VBP") and not participle) or verb.i < 2:
        return []
    before = _before_initials(doc, verb.i)
    after = [t for t in verb.sent if t.i > verb.i and not t.is_punct]
    if before is None or before.pos_ not in ("NOUN", "PROPN") or len(after) > 4:
        return []
    start = before.i
    while start > 0 and _in_phrase(doc, start - 1):
        start -= 1
    if not (start > 0 and doc[start - 1].text == ","):
        return []
    seen = not whole or _seen_whole(before, _name_start(doc, start, before.i))
    return [before] if seen else []


_INSIDE_SOURCE_PHRASE = frozenset({"pobj", "prep", "compound", "amod", "conj", "cc"})
"""The relations that climb from the last word of "a spokesman for the county fire and rescue
service" or "a source close to the minister" up to its head noun (``_hung_unnamed``)."""


def _hung_unnamed(verb: Token) -> list[Token]:
    """ "…, a spokesman for the county fire service said.", "…, a source close to the minister
    said.": a reporting verb at the end of its sentence with no subject, right after an unnamed
    source's noun phrase set off by a comma, whose body or person hangs on it by a preposition;
    the parser made the phrase an apposition or an object of the clause before, so the noun
    before the verb is the body ("service"), not who spoke. The source's own noun
    (``ANONYMOUS_HEADS``) heads the phrase: that noun is the subject (its tie, ``affiliation``)."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 4:
        return []
    if len([t for t in verb.sent if t.i > verb.i and not t.is_punct]) > 4:
        return []
    node = doc[verb.i - 1]
    for _ in range(8):
        if node.dep_ not in _INSIDE_SOURCE_PHRASE or node.head.i > node.i:
            break
        node = node.head
    if node.i == verb.i - 1 or node.lemma_.lower() not in ANONYMOUS_HEADS:
        return []
    first = node.left_edge.i
    if first < 1 or doc[first - 1].text != "," or node.right_edge.i != verb.i - 1:
        return []
    return [node]


def _name_start(doc: Doc, start: int, end: int) -> int:
    """Where the name that ends at ``doc[end]`` begins, not before ``start``: its capitalised
    words back over the words that join a name's parts ("the Fund to Protect Rural Schools"
    begins at "Fund"; "the fund's head Ingrid Halvorsen" at "Ingrid")."""
    first = end
    while first > start and (_capitalised(doc[first - 1]) or _joins_name(doc, first - 1, start)):
        first -= 1
    return first


def _capitalised(token: Token) -> bool:
    return token.is_alpha and (token.is_title or token.is_upper) and not token.is_sent_start


def _joins_name(doc: Doc, i: int, start: int) -> bool:
    """ "to"/"of"/"for the"… inside a name, after a capitalised word ("Fund for the Arts"):
    lexicon NAME_JOINS and the "to" of ``_in_phrase`` ("Committee to Protect …")."""
    return i > start and _join_word(doc[i]) and (_capitalised(doc[i - 1]) or _join_word(doc[i - 1]))


def _join_word(token: Token) -> bool:
    return token.lower_ in NAME_JOINS or token.lower_ == "to"


def _seen_whole(head: Token, first: int) -> bool:
    """Whether the speaker read from ``head`` can hold the whole name that begins at ``first``:
    the parser hung every word of it on ``head`` (or on the first conjunct of an "and" name)
    or the recogniser took it as one entity. "…, the Fund to Protect Rural Schools warned."
    with "Protect" read as a verb would name "Rural Schools", a cut name; none is better."""
    top = head  # ("Carrow and Tamsey Police": "Police" a conjunct of "Carrow", one name
    while top.dep_ == "conj" and top.head.i >= first:  # whole_body_name makes whole)
        top = top.head
    if top.left_edge.i <= first:
        return True
    return any(e.start <= first and head.i < e.end for e in head.doc.ents)


def _before_initials(doc: Doc, i: int) -> Token | None:
    """The token before ``doc[i]``, over a bracketed group of at most three tokens right
    before it (a body's initials after its name: "… Unit (RIU) said")."""
    j = i - 1
    if doc[j].text == ")":
        opening = next((k for k in range(j - 1, max(j - 5, -1), -1) if doc[k].text == "("), None)
        if opening is None or opening < 1:
            return None
        j = opening - 1
    return doc[j]


def _in_phrase(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]`` can sit inside a trailing speaker's noun phrase: its parts of speech,
    a capitalised word of a name whatever its tag, or "of"/"for"/"to" between two of them."""
    token = doc[i]
    if token.text == ",":
        return False
    if token.pos_ in _PHRASE_POS or (token.is_title and token.i > 0 and not token.is_sent_start):
        return True
    if token.tag_ == "VBG" and token.dep_ == "amod":  # "the struggling side"
        return True
    inner = token.lower_ in ("of", "for", "to", "on", "and", "&")
    return inner and 0 < i < len(doc) - 1 and doc[i - 1].is_title and doc[i + 1].is_title


def _lost_subject(verb: Token) -> bool:
    """A reporting verb with no subject of its own that ends its sentence after a comma:
    "…, the Unit (RIU) said on Wednesday." read as a conjunct of the clause before or as a
    participle of its last noun; a capitalised "clausal subject" is a name the parser read as a
    clause ("the Committee to Protect Bloggers said": "Protect" a verb)."""
    own = any(
        c.dep_ in ("nsubj", "nsubjpass") or (c.dep_ == "csubj" and not c.is_title)
        for c in verb.children
    )
    return not own and verb.dep_ in ("conj", "acl", "ROOT", "amod")


_PHRASE_POS = {"DET", "ADJ", "NOUN", "PROPN", "PART", "CCONJ", "NUM"}
"""Parts of speech inside a noun phrase ("the fund's head Ingrid Halvorsen")."""


def _revised_to_figure(verb: Token) -> bool:
    """ "cut their price target to 150p", "raised the forecast from 2% to 3%": the verb sets an
    estimate to a figure, a judgement experts make for their firm; "Researchers at X lost 40%
    of their funding", "Scientists at X quit their posts" is what happened to them."""
    heads = [verb, *(o for o in verb.children if o.dep_ == "dobj")]  # (the parser hangs "to
    preps = [c for head in heads for c in head.children if c.dep_ == "prep"]  # 150p" on either)
    return any(
        prep.lower_ in ("to", "from") and any(ch.isdigit() for t in prep.subtree for ch in t.text)
        for prep in preps
    )


def _agrees(pronoun: Token, found: Found) -> bool:
    """Whether a pronoun can stand for what was found: "he"/"she" never for an organisation,
    "it" never for a person the text shows is one (a gender, or a given name and a surname:
    the recogniser takes a one-word title such as "Chronicle" for a person's name)."""
    if pronoun.lower_ in ("he", "she"):
        return found.kind != ORGANISATION
    person = found.gender is not None or len((found.speaker or "").split()) >= 2
    return pronoun.lower_ != "it" or found.kind != PERSON or not person


def _out_of_aside(subject: Token) -> Token:
    """ "The 41-year-old, who plays barmaid Ann Lee, told pals": the parser made the name at
    the end of a relative clause set off by commas the verb's subject; the subject is the
    word before ", who" (a comma right after the name closes the clause)."""
    doc = subject.doc
    if subject.i + 1 >= len(doc) or doc[subject.i + 1].text != ",":
        return subject
    for i in range(subject.i - 1, max(subject.sent.start, 1), -1):
        token = doc[i]
        if token.text == "," or token.is_sent_start:
            return subject  # (no aside opens between them)
        if token.lower_ in ("who", "which") and doc[i - 1].text == "," and i >= 2:
            before = doc[i - 2]
            return before if before.pos_ in ("NOUN", "PROPN", "ADJ") else subject
    return subject


def _past_participle_aside(subject: Token) -> Token:
    """ "DS Ann Marlow, investigating, said: …": the parser made the participle set off by
    commas the verb's subject and hung the name on it as the participle's own subject; the
    name is the subject. A participle with an object or a complement ("Rising costs, …") is
    left as it is."""
    doc = subject.doc
    if subject.tag_ != "VBG" or subject.i + 1 >= len(doc) or subject.i < 2:
        return subject
    if doc[subject.i - 1].text != "," or doc[subject.i + 1].text != ",":
        return subject
    names = [c for c in subject.children if c.dep_ == "nsubj" and c.i < subject.i - 1]
    others = [c for c in subject.children if c.dep_ not in ("nsubj", "punct")]
    if len(names) != 1 or others or names[0].pos_ not in ("PROPN", "NOUN"):
        return subject
    return names[0]


def _past_time(subject: Token) -> Token:
    """ "Lumera Bio, Inc. today announced": the parser made "today" the subject and hung the
    name on it; the name is the subject."""
    if subject.ent_type_ not in ("DATE", "TIME"):
        return subject
    names = [c for c in subject.children if c.dep_ in ("nmod", "compound") and c.i < subject.i]
    return names[0] if names else subject


def _org_name(entity: Span) -> str:
    """An organisation the recogniser bounded, without a leading "the", a title or a final
    "’s"; a sentence word it swept in ("But", "Meanwhile") comes off, a name's own
    capitalised adjective ("Local", "British") stays."""
    words = entity.text.split()
    while len(words) > 1 and (
        words[0] in _SENTENCE_WORDS
        or (words[0].rstrip(".") in TITLE_WORDS and not _titled_body(words))
    ):
        words.pop(0)
    if words:
        words[-1] = words[-1].removesuffix("’s").removesuffix("'s")
    if len(words) > 1 and words[-2].endswith(",") and is_legal_form(words[-1]):
        words = words[:-1]  # "Voltaris Energy, Inc.": the company, not its legal form
    return " ".join(words).strip(" ,.;:")


_SENTENCE_WORDS = STOP_CAPS - DEMONYMS - {"Local", "Western", "Eastern", "Northern", "Southern"}
"""Capitalised words that open sentences, less the adjectives that begin organisations'
names ("Local Government Association", "British Medical Association", "Polish Radio")."""


def _media_named(token: Token) -> bool:
    """ "the state news agency Vesti", "the newspaper Dagens Nyheter": an outlet by its kind,
    whatever the recogniser took the name for."""
    return any(
        c.lemma_.lower() in MEDIA_NOUNS for c in token.children if c.dep_ in ("compound", "appos")
    )


def _plural_it(head: Token) -> bool:
    """A plural-looking name its own clause calls "its" ("Basin Metals said that its offer
    …"); a surname in -s ("Greaves blamed …") is tagged plural too, and stays a person."""
    return head.tag_ == "NNPS" and head.head.i != head.i and _spoken_of_as_it(head.head)


def _name_taken_for_adverb(token: Token) -> bool:
    """A capitalised word the tagger read as an adverb ("Reilly", "Daly": surnames in -ly)
    standing before the verb with a "who" clause of its own: a person, the verb's subject."""
    if token.dep_ != "advmod" or token.i >= token.head.i or not token.text[:1].isupper():
        return False
    return any(
        c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children) for c in token.children
    )


def _says_that(verb: Token) -> bool:
    """A "that" clause hangs on the verb or on what it carries ("a warning … that …"), or
    the paper itself speaks inside what it carries ("leads on what it calls a secret report,
    which it says found …")."""
    for token in verb.subtree:
        if token.dep_ in ("ccomp", "acl") and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in token.children
        ):
            return True
        if (
            token.i != verb.i
            and token.lemma_.lower() in SPEECH_LEMMAS
            and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in token.children)
        ):
            return True
    return False


def _carried_nouns(verb: Token) -> list[Token]:
    """What a paper carries or leads with: the object, or the noun after "with"/"on"."""
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("with", "on"):
            nouns.extend(o for o in prep.children if o.dep_ == "pobj")
    return nouns


def _which_clause(head: Token) -> bool:
    """The name has a relative clause with "which" ("Summit Air, which operated the flight,"):
    English says "who" of a person, so the name is an organisation or a thing."""
    for child in head.children:
        if child.dep_ == "relcl" and any(c.lower_ == "which" for c in child.children):
            return True
    return False


def _spoken_of_as_it(clause: Token) -> bool:
    """The clause calls its subject "it"/"its", never "he"/"she": an organisation, whatever
    the recogniser took its name for ("Quantix Software will cut 6% of its workforce")."""
    words = {t.lower_ for t in clause.subtree}
    return bool(words & {"its", "it"}) and not words & {"he", "she", "his", "her", "him"}


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in _SUBJECTS for c in verb.children)


_INSIDE_NAME = {"compound", "amod", "det", "poss", "case", "nmod", "conj", "cc", "punct"}


def _lodged(token: Token, document: Token) -> bool:
    """ "filings with the Securities and Exchange Commission": the body a document was lodged
    with or sent to keeps it, it did not write it ("a Reuters poll" is Reuters'); the journal a
    study was published in did not write it either ("a study published in the X Journal")."""
    node = token
    while node.dep_ in _INSIDE_NAME | {"appos"} and node.head.i not in (node.i, document.i):
        node = node.head  # ("in the journal X Letters": the name apposed to "journal")
    return node.dep_ == "pobj" and node.head.lower_ in ("with", "to", "before", "in")


def _obtained(token: Token, document: Token) -> bool:
    """ "A leaked memo seen by the Gazette", "a draft obtained by the Tribune": the name that
    saw or obtained a document (the agent of a verb of ``OBTAINING_LEMMAS`` hung on it) came by
    it, it did not write it, as a body a filing was lodged with did not (``_lodged``)."""
    node = token
    while node.dep_ in _INSIDE_NAME | {"appos"} and node.head.i not in (node.i, document.i):
        node = node.head
    agent = node.head
    return (
        node.dep_ == "pobj"
        and agent.dep_ == "agent"
        and agent.head.lemma_.lower() in OBTAINING_LEMMAS
        and agent.head.head.i == document.i
    )


def _examined(token: Token, document: Token) -> bool:
    """ "An audit of the Harbour Board found", "a review of Corven Water's accounts": a name
    that is (inside) what an examining document (``EXAMINATION_NOUNS``) is "of" was examined,
    it did not write the document, as a body a filing was lodged with did not (``_lodged``);
    a name further down ("a survey of members of the X Union") is no object of the document."""
    if not {document.lemma_.lower(), document.lower_} & EXAMINATION_NOUNS:
        return False
    node = token
    while node.dep_ in _INSIDE_NAME | {"appos"} and node.head.i not in (node.i, document.i):
        node = node.head  # ("Corven Water's accounts": the accounts were examined)
    return node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.i == document.i


def _faceless(head: Token, lemma: str, dets: set[str], close: bool) -> bool:
    """ "officials said", "fire officials said", "lawyers say": a group of office-holders tied
    to no named body and counted by nobody, what a wire lead says of the authorities at large
    (vague);
    "Pentagon officials", "two officials", "officials at the ministry" are unnamed sources."""
    plural = head.tag_ in ("NNS", "NNPS")
    named = _named_qualifier(head)
    links = _LINKS - {"in"} if lemma in ("adviser", "advisor") else _LINKS - {"in", "to"}
    tied = any(c.dep_ == "prep" and c.lower_ in links for c in head.children)  # ("advisers
    # to the mayor": his)
    faceless = lemma in FACELESS_HEADS and plural and not dets and not close
    return faceless and not named and not tied  # ("Lawyers for the diocese": the diocese's)


def _named_qualifier(head: Token) -> bool:
    """Whether a name qualifies ``head`` before it ("Pentagon officials", "Coast Guard
    investigators"), never "Local security officials"; a country or a people is no body:
    "U.S. officials", "Western diplomats" are a group at large (README item 20)."""
    return any(
        c.text[:1].isupper()
        and (c.pos_ == "PROPN" or bool(c.ent_type_))
        and not _national_words(c.text)
        and not _capitalised_kind(c)  # ("Agency officials" opening a sentence: a kind)
        for c in head.lefts
        if c.dep_ in ("compound", "amod", "nmod")
    )


def _national_words(text: str) -> bool:
    """Whether every word of ``text`` is a country's name or a people's adjective: "U.S.",
    "Russian", "Western", never "U.S. Navy". A country or a people ties a plural of
    office-holders to no one body ("U.S. officials said": the authorities at large, where
    "Pentagon officials", "Kremlin officials" are a body's)."""
    words = text.split()
    return bool(words) and all(
        word.replace(".", "") in COUNTRY_WORDS or word in DEMONYMS for word in words
    )


def _of_a_sector(head: Token) -> bool:
    """ "Industry insiders", "market sources": a plural source named by a trade at large, no
    body (README item 22: a vague group); "union sources", "Pentagon officials" are a
    body's."""
    plural = head.tag_ in ("NNS", "NNPS")
    return plural and any(
        c.dep_ in ("compound", "nmod") and c.lower_ in SECTOR_NOUNS for c in head.lefts
    )


def _knowing(head: Token) -> bool:
    """ "people familiar with the talks", "a person close to him", "two people with knowledge of
    the matter", "people briefed on the plan": a source the text leaves unnamed on purpose."""
    for child in head.children:
        if child.dep_ in ("amod", "acl", "relcl") and child.lemma_.lower() in KNOWLEDGE_WORDS:
            return True
        involved = child.dep_ == "acl" and child.lemma_.lower() == "involve"  # "two people
        if involved and head.lemma_.lower() in INVOLVED_HEADS:  # involved in the talks"
            return True
        if child.dep_ == "prep" and child.lower_ in ("with", "in") and _names_knowledge(child):
            return True
    return False


def _topic_tokens(head: Token) -> set[int]:
    """The words of what an unnamed source knows about ("familiar with Nordvik Bank's plans",
    "with knowledge of the deal", "briefed on the talks"): a topic, never the source's
    affiliation. "close to X" is left out: a source close to X is X's."""
    topic: set[int] = set()
    for child in head.children:
        lemma = child.lemma_.lower()
        knows = child.dep_ in ("amod", "acl", "relcl") and lemma in KNOWLEDGE_WORDS - {"close"}
        if knows or (child.dep_ == "prep" and child.lower_ == "with" and _names_knowledge(child)):
            topic.update(t.i for t in child.subtree)
    return topic


def _names_knowledge(prep: Token) -> bool:
    return any(o.dep_ == "pobj" and o.lemma_.lower() in KNOWLEDGE_WORDS for o in prep.children)


_BEFORE_VERB = frozenset(("aux", "auxpass", "advmod", "neg"))
"""What may stand between a subject and its verb ("has", "also", "not")."""


def _bare_capitalised(token: Token, inside: bool = False) -> bool:
    """A capitalised word that is no sentence opener, no calendar word and no verb: a name's
    word wherever the tagger put it (``inside`` a name already begun, an opener's word may be
    one of its words: "Safe Streets Now")."""
    text = token.text
    return (
        text[:1].isupper()
        and text.replace("-", "").isalpha()
        and (inside or text not in STOP_CAPS)
        and token.pos_ not in ("VERB", "AUX", "DET", "PRON", "ADP", "CCONJ")
        and not token.is_sent_start
    )


def _of_name(head: Token) -> list[Token]:
    """The "of Y" of a capitalised "X of Y" name the recogniser did not tag ("Port of
    Dunmarrow", "Friends of the Heath"): the words after "of" when they are all capitalised
    proper nouns (a "the" after "of" allowed), else nothing."""
    if not head.text[:1].isupper() or head.text in STOP_CAPS:
        return []
    for prep in head.rights:
        if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i != head.i + 1:
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if len(objects) != 1 or objects[0].pos_ != "PROPN":
            return []
        words = sorted(objects[0].subtree, key=lambda t: t.i)
        if words[0].i != prep.i + 1 or words[-1].i - words[0].i + 1 != len(words):
            return []
        opening_the = prep.i + 1
        if not all(
            (w.pos_ == "PROPN" and w.text[:1].isupper())
            or (w.i == opening_the and w.lower_ == "the")
            for w in words
        ):
            return []
        return [prep, *words]
    return []


def _known_as(head: Token) -> Token | None:
    """The name in "the agency, known as AFAD" / "a group called Free Seas"."""
    for child in head.children:
        if child.dep_ == "acl" and child.lemma_.lower() in ("know", "call", "name"):
            for prep in child.children:
                if prep.dep_ == "oprd" and prep.pos_ == "PROPN":
                    return prep
                if prep.dep_ == "prep" and prep.lower_ == "as":
                    return next((o for o in prep.children if o.dep_ == "pobj"), None)
    return None


def _maker_after(document: Token) -> list[Token]:
    """ "according to figures Vantro released earlier", "data the Harwick Police Department
    submits to the state", "a summary the union gave its members": a relative clause with no
    "that", which the parser often hangs elsewhere (a verb of the main clause's, the subject a
    preposition's object): the words right after the document are a name or a noun, then a
    verb of making or handing it (``_MAKING_LEMMAS``, ``HANDING_LEMMAS``), finite or a bare
    participle. Its subject is the document's maker; nothing when anything else comes between."""
    doc = document.doc
    i = document.i + 1
    while i < len(doc) and doc[i].pos_ in ("DET", "PROPN", "NOUN") and doc[i].dep_ != "punct":
        i += 1
    if i == document.i + 1 or i >= len(doc) or doc[i - 1].pos_ == "DET":
        return []
    verb = doc[i]
    if verb.tag_ not in ("VBD", "VBN", "VBZ", "VBP") or verb.lemma_.lower() not in (
        _MAKING_LEMMAS | HANDING_LEMMAS
    ):
        return []
    return [doc[i - 1]]


def _the_unnamed(group: Token) -> bool:
    """ "two of the people said", "three of the sources added": "the" and a noun that only
    names unnamed sources (``UNNAMED_ONLY_HEADS``), with nothing after it, is the sources just
    cited; "two of the people who were hurt" and "two of the people at the meeting" are
    people described, a group at large."""
    return (
        group.lower_ in UNNAMED_ONLY_HEADS
        and any(c.dep_ == "det" and c.lower_ == "the" for c in group.children)
        and not any(c.dep_ in ("relcl", "prep", "acl", "amod") for c in group.children)
    )


def _of_object(head: Token) -> Token | None:
    """The noun after "of" in "one of the people"."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((o for o in child.children if o.dep_ == "pobj"), None)
    return None


def _body_of_part(head: Token) -> Token | None:
    """ "the union negotiating committee", "the group's research arm": a part of a body named
    by a generic noun speaks for that body, the one the article named with that noun."""
    return _body_before(head) if head.lemma_.lower() in PART_NOUNS else None


def _hung_the(head: Token) -> Token | None:
    """The "the" that opens ``head``'s phrase when the parser hung it on a describing noun
    rather than on ``head`` ("The clothing, food and homewares group"), else None."""
    first = head.doc[min(t.i for t in head.subtree)]
    return first if first.lower_ == "the" and first.dep_ == "det" else None


def _who_stands_for(noun: Token) -> Token | None:
    """The person a relative "who" hung on ``noun`` stands for: the noun itself when it names
    people, else the person noun whose phrase holds it ("a source close to the situation,
    who …", "an insider familiar with the talks, who …": the parser may hang "who" on the
    nearest noun, and "who" never stands for a thing). None when no person noun holds it
    within the phrase, or when the noun is a name (a named "who" is read elsewhere)."""
    for _ in range(4):
        if noun.pos_ != "NOUN":
            return None
        if noun.lemma_.lower() in _PEOPLE_HEADS:
            return noun
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return None
        noun = noun.head.head
        if noun.dep_ == "amod" and noun.pos_ == "ADJ":  # "close to X", "familiar with X"
            noun = noun.head
    return None


def _owned_by_one_thing(owner: Token | None) -> bool:
    """ "the market's", "the hospital's": a singular common noun after "the" owning a staff's
    noun, one place or body the article speaks of (never "the players'", many people, nor a
    pronoun or a name, which other readings take)."""
    return (
        owner is not None
        and owner.tag_ == "NN"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in owner.children)
    )


def _counted_staff(head: Token) -> bool:
    """ "Three senior managers", "two executives", "two other employees", "two staff members":
    a plural of a body's staff (``STAFF_HEADS``, ``EMPLOYEE_HEADS``, "members" under "staff")
    counted by a number, the few insiders a reporter spoke to, where "several", "some" or no
    count leaves them at large and "four percent of managers" is a share."""
    word = head.lower_
    staff = word in STAFF_HEADS | EMPLOYEE_HEADS or (
        word == "members"
        and any(c.dep_ == "compound" and c.lower_ == "staff" for c in head.children)
    )
    counted = any(
        c.dep_ == "nummod" and c.like_num and not any(g.dep_ == "prep" for g in c.children)
        for c in head.children
    )
    return staff and counted


def _of_a_trade(head: Token, names_a_body: Callable[[str], bool]) -> bool:
    """ "Two fund managers", "three shipping executives", "two hedge fund managers": a common
    noun compounded before a staff noun that names a trade or a market, not a body ("two
    company managers", "two hospital managers") nor one of its parts or sites, nor the kind of
    a body the article names ("two store managers" after "Penbury Stores", "two ward managers"
    after "Kelso General Hospital": its staff, kept back): people of that trade at large, whose
    firms the text does not give (README item 22; the conventions decided for heldout12: "Two
    Nordic forest analysts" are a vague group)."""
    return any(
        c.dep_ == "compound" and c.i < head.i and c.pos_ == "NOUN" and c.text.islower()
        and c.lemma_.lower() not in _BODY_NOUNS | PART_NOUNS | SITE_NOUNS | {"staff"}
        and not names_a_body(c.lemma_.lower())
        for c in head.children
    )  # fmt: skip


def _body_before(head: Token) -> Token | None:
    """The generic noun of a body before ``head`` ("union" in "teachers' union leaders"),
    never a body named after a place ("county officials")."""
    for child in head.subtree:  # (the parser may hang "union" on "negotiating")
        if child.i >= head.i or child.pos_ != "NOUN" or child.text[:1].isupper():
            continue
        lemma = child.lemma_.lower()
        if lemma in _BODY_NOUNS:
            return child
    return None


def _of_organisation(head: Token, entity: Callable[[Token], Span | None]) -> bool:
    """ "The chairman of Veloce Motors": a role held in a named organisation, which the role's
    phrase keeps (the chairman of that company, not any chairman)."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                named = entity(obj)
                if obj.dep_ == "pobj" and named is not None and named.label_ == "ORG":
                    return True
    return False


def _office_holder_after(head: Token) -> Token | None:
    """ "Work and Pensions Secretary Ann Roe warned …": the parser may make the office's first
    word ("Work") the subject and join the rest to it as "and …", so the subject is a cut of
    the office, never a name. The holder is the name the joined phrase ends on, when a title
    word ("Secretary", "Minister") stands right before that name in it."""
    if not head.text[:1].isupper() or head.pos_ not in ("NOUN", "PROPN"):
        return None
    for joined in (c for c in head.children if c.dep_ == "conj" and c.pos_ == "PROPN"):
        words = [t for t in joined.subtree if t.i <= joined.i and t.i > head.i]
        titled = [t for t in words if t.pos_ in ("PROPN", "NOUN") and _is_title(t)]
        if titled and titled[-1].i < joined.i and not _is_title(joined):
            return joined
    return None


def _ends_titled_office(doc: Doc, start: int) -> bool:
    """Whether the capitalised words from ``start`` end an office named "<title> of …"
    ("Minister of Health", "Chief of Police") before the holder's name: the body's words,
    never the recogniser's cut of the person's given name."""
    return start >= 2 and doc[start - 1].lower_ in ("of", "for") and _is_title(doc[start - 2])


def _is_title(token: Token) -> bool:
    return token.text in TITLE_WORDS or token.lemma_.lower() in ROLE_WORDS


def _before_legal_suffix(head: Token) -> str | None:
    """The proper name before ", Inc." when ``head`` is the legal form ("Inc.", "Ltd")."""
    doc = head.doc
    if not is_legal_form(head.text) or head.i < 2 or doc[head.i - 1].text != ",":
        return None
    end = start = head.i - 1
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
        start -= 1
    return doc[start:end].text if start < end else None


_SENTENCE_ENDS = frozenset(".!?\"'”’»)")
"""How a sentence's last token ends: a full stop, a closing quote or bracket."""


def _ends_as_sentence(token: Token) -> bool:
    """Whether the line ``token`` is in ends as a sentence does (``_SENTENCE_ENDS``): a
    headline or a standfirst does not, and the rules that read a bare plural or a hearing
    as a source (``_people_speak``, ``_heard_in_court``) leave such a line alone."""
    sent = [t for t in token.sent if not t.is_space]
    return bool(sent) and sent[-1].text[-1:] in _SENTENCE_ENDS


def _people_speak(head: Token, quoted: Callable[[Token], bool]) -> bool:
    """A plural noun as the subject of a verb only people speak with ("Beekeepers warn …",
    "Amateur astronomers insist …"; lexicon ``PEOPLE_SPEECH_LEMMAS``): people, whatever noun no
    list knows them by, when the verb carries what they said (``_carries_said``: many of
    these verbs are deeds too, "add eggs to the mix", "deny entry to visitors", "argue with
    each other"); never with a name inside the subject (a body's or a person's: other rules
    read "Members of the X Union said"), nor a counted part ("Most voters told pollsters …":
    a survey's tally), nor in a line that ends as no sentence does (a headline: "Landlords
    complain of fee rise")."""
    return (
        head.dep_ == "nsubj"
        and head.head.lemma_.lower() in PEOPLE_SPEECH_LEMMAS
        and _carries_said(head.head, quoted)
        and sum(c.dep_ == "nsubj" for c in head.head.children) == 1  # (a run-on headline
        # parsed as a second subject: "Agency issues guidance The X Office said …")
        and not any(c.lower_ in COUNTED_QUANTIFIERS for c in head.children)
        and not any(t.ent_type_ in ("PERSON", "ORG") for t in head.subtree)
        and _ends_as_sentence(head)
    )


def _capitalised_people(head: Token) -> bool:
    """ "Tenants told the Ledger …", "Unions warned …" (an indented paragraph): a sentence's
    first word, the plural of a noun for people or of a body's noun (lexicon ``PERSON_HEADS``,
    cues ``ORG_NOUNS``…) that the tagger read as a proper name for its capital, with nothing of
    a name around it ("Tenants Against Eviction" is a campaign's name): people or bodies at
    large, never one body named so (README item 22)."""
    lower = head.lower_
    singular = lower[:-1] if lower.endswith("s") else ""
    singular = lower[:-3] + "y" if lower.endswith("ies") else singular  # ("agencies")
    first = all(t.is_space for t in head.doc[head.sent.start : head.i])
    return (
        head.pos_ == "PROPN"
        and first
        and singular in _AT_LARGE_HEADS
        and not any(t.pos_ == "PROPN" for t in head.subtree if t is not head)
    )


def _name_of_things(head: Token) -> bool:
    """ "Midshires Trains", "Harbour Foods": a capitalised common noun after capitalised proper
    nouns is a name that ends in a thing's word, an organisation's (a person's name never
    does; "Pentagon officials" and "Commuters at Waterloo" are not capitalised so)."""
    names = [c for c in head.lefts if c.dep_ == "compound"]
    return (
        head.pos_ == "NOUN"
        and head.text[:1].isupper()
        and not head.is_sent_start
        and bool(names)
        and all(c.pos_ == "PROPN" and c.text[:1].isupper() for c in names)
    )


def _with_the(head: Token) -> bool:
    """Does the proper name ``head`` heads take the article "the"?"""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)


def _aged_subject(verb: Token) -> list[Token]:
    """ "In a statement on Instagram, Varley, 47, said …": the name with an age set off by
    commas right before a verb of speech the parser gave no subject (it hung the name on
    the opener's noun as an apposition)."""
    doc, i = verb.doc, verb.i
    if i < 4 or not is_speech_verb(verb):
        return []
    comma, age, before, name = doc[i - 1], doc[i - 2], doc[i - 3], doc[i - 4]
    if comma.text != "," or before.text != "," or not age.text.isdigit() or len(age.text) > 3:
        return []
    return [name] if name.pos_ == "PROPN" and name.text[:1].isupper() else []


def _name_set_off_before(verb: Token) -> list[Token]:
    """ "It comes after the head of the border guard, Colonel Aarne Virta, told reporters …":
    a person's name set off by commas right before a verb of speech the parser gave no
    subject (it hung the name on the clause before, as "Varley, 47, said" with an age): the
    name, the apposition of the phrase before it, is who spoke. The name may carry its own
    post set off by commas ("…, Tom Reyes, a spokesman for the council, said", "…, Ana Ruiz,
    the clinic's director, told reporters"): the parser hangs the post on the name as an
    apposition (or a relative clause: "…, Agnes Whyte, who represents the family, said") and
    the name on the clause before, so the name before that post spoke."""
    doc, i = verb.doc, verb.i
    if i < 4 or not is_speech_verb(verb) or doc[i - 1].text != ",":
        return []
    name = doc[i - 2]
    post = _post_set_off(name)
    if post is not None:  # (the phrase before the comma is the post of the name before it)
        name = post
    if name.ent_type_ != "PERSON" or name.pos_ != "PROPN":
        return []
    start = name.i
    while start > 0 and doc[start - 1].pos_ == "PROPN":  # (the name's words and a title)
        start -= 1
    return [name] if start > 0 and doc[start - 1].text == "," else []


def _name_before_aside(verb: Token) -> list[Token]:
    """ "DI Roisin Galbally, investigating, said: …" parsed with the name as an adverbial of
    the verb and the participle as its clause: a person's name right before a bare participle
    set off by commas, itself right before a verb of speech with no subject, is who spoke
    (``_past_participle_aside`` when the parser made the participle the subject)."""
    doc, i = verb.doc, verb.i
    if i < 4 or not is_speech_verb(verb) or doc[i - 1].text != "," or doc[i - 3].text != ",":
        return []
    aside, name = doc[i - 2], doc[i - 4]
    if aside.tag_ != "VBG" or any(c.dep_ not in ("punct", "nsubj") for c in aside.children):
        return []
    return [name] if name.ent_type_ == "PERSON" and name.pos_ == "PROPN" else []


def _subject_after(verb: Token) -> list[Token]:
    """ "…, said the people, who declined to be identified as the matter was private.": a verb
    of speech after a comma with no subject, followed by "the"/"these" and a noun set off by
    a comma: the parser made the noun the subject of the clause after its relative clause
    ("the people … was private"), but it is who spoke, put after the verb."""
    doc, i = verb.doc, verb.i
    if i < 2 or i + 3 >= len(doc) or not is_speech_verb(verb) or doc[i - 1].text != ",":
        return []
    det = doc[i + 1]
    noun = det.head
    if det.dep_ != "det" or not i + 1 < noun.i <= i + 3 or noun.pos_ not in ("NOUN", "PROPN"):
        return []
    if noun.head.i == i or noun.dep_ not in ("nsubj", "nsubjpass"):
        return []
    set_off = noun.i + 1 < len(doc) and doc[noun.i + 1].text == ","
    return [noun] if set_off and noun.head.i > noun.i else []


def _name_joined_before(verb: Token) -> list[Token]:
    """ "More than 700 people work at Pendine but Harlan said the break will not …": a name
    right after "but"/"and" and right before a verb of speech the parser gave no subject (it
    joined the name to the noun before it as a conjunct, and the verb to the clause before):
    the name is who spoke."""
    doc, i = verb.doc, verb.i
    if i < 3 or verb.dep_ != "conj" or not is_speech_verb(verb):
        return []
    name = doc[i - 1]
    if name.pos_ != "PROPN" or name.dep_ != "conj" or name.head.i >= name.i:
        return []
    start = name.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i == name.i:
        start -= 1  # (the name's other words, hung on its last)
    return [name] if start > 0 and doc[start - 1].dep_ == "cc" else []


def _post_set_off(last: Token) -> Token | None:
    """The name whose post ends at ``last`` in "…, Tom Reyes, a spokesman for the council, said":
    the phrase ending at ``last`` hangs on a proper noun as its apposition or relative clause
    and follows that name and a comma; the name's last word, or None. The recogniser's type of
    the name is the caller's to check."""
    node = last
    for _ in range(8):  # (up from "council" through "for" to "spokesman")
        if node.dep_ in ("appos", "relcl") or node.head.i > node.i or node.head is node:
            break
        node = node.head
    name = node.head
    if node.dep_ not in ("appos", "relcl") or name.pos_ != "PROPN" or node.right_edge.i != last.i:
        return None
    first = node.left_edge.i
    if name.i != first - 2 or last.doc[first - 1].text != ",":
        return None
    return name


def _counted_people(obj: Token, cited: Found) -> bool:
    """ "citing two people involved in the talks", "citing several officials": people an
    outlet counts but does not name are its unnamed sources, not a group at large. So are
    people or sources it cites by the nouns only a withheld source is called by ("citing
    people it said were familiar with the matter", "citing sources": ``UNNAMED_ONLY_HEADS``),
    however it describes them; "citing residents" or "citing analysts" stay a group."""
    if cited.kind != "vague" or obj.lemma_.lower() not in _CITED_HEADS:
        return False
    if obj.lower_ in UNNAMED_ONLY_HEADS:
        return True
    return any(c.dep_ == "nummod" or c.lower_ in ("a", "an", "several") for c in obj.children)


def _pollster(head: Token) -> str | None:
    """ "Analysts polled by Refinitiv", "economists surveyed by Bloomberg", "heads who were
    surveyed by the X Institute": the name after "by" of a poll verb hung on a plural group,
    whatever the recogniser took it for."""
    if head.tag_ not in ("NNS", "NNPS"):
        return None
    for verb in head.children:
        if verb.dep_ not in ("acl", "relcl") or verb.lemma_.lower() not in POLL_LEMMAS:
            continue
        for agent in (c for c in verb.children if c.dep_ == "agent"):
            for name in (c for c in agent.children if c.dep_ == "pobj" and c.pos_ == "PROPN"):
                words = [t for t in name.subtree if t.pos_ == "PROPN" and t.i <= name.i]
                return " ".join(t.text for t in words)
    return None


def _spoken_for(head: Token, name: Token) -> bool:
    """ "A spokesman for Harbour Grill, Miles Dunn,": a name apposed to whom an unnamed
    source's noun speaks for ("for"/"of" and its object) is the source's own, whatever the
    recogniser took the body's name for (a chain named after a person tagged as one)."""
    owner = name.head
    return (
        head.lemma_.lower() in ANONYMOUS_HEADS
        and owner.dep_ == "pobj"
        and owner.pos_ == "PROPN"  # (never "a lawyer for the defendant, Mark Roe,": him)
        and owner.head.lower_ in ("for", "of")
        and owner.head.head.i == head.i
    )


def _has_org_apposition(head: Token) -> bool:
    """ "Recallr, an app that resurfaces old photos,": an apposition naming a kind of
    organisation (a company, an app, a club), so the name is no person's."""
    return any(
        child.dep_ == "appos" and child.lemma_.lower() in _COMPANY_NOUNS for child in head.children
    )


def _has_role_apposition(head: Token, roles: frozenset[str] | None = None) -> bool:
    """ "Roman X, a military expert and retired colonel,": an apposition naming a role (one of
    ``roles``, by default any role word or noun of a person)."""
    roles = roles if roles is not None else _PERSON_OR_ROLE
    for child in head.children:
        if child.dep_ == "appos":
            nouns = [child] + [c for c in child.children if c.dep_ == "conj"]
            if any(n.lemma_.lower() in roles for n in nouns):
                return True
    return False


def has_person_apposition(head: Token) -> bool:
    """ "Amira, a 31-year-old shop assistant,", "Amira, a care worker,": an apposition that
    makes a name a person's even when the recogniser took it for a place or one word of a
    body's: a noun of a person (``APPOSED_PERSONS``) or any noun with an age ("N-year-old")."""
    return any(
        child.dep_ == "appos" and (child.lemma_.lower() in APPOSED_PERSONS or _aged(child))
        for child in head.children
    )


def _aged(noun: Token) -> bool:
    """ "a 34-year-old shop assistant": an age set before the noun (only people's are told)."""
    return any(
        c.lower_ == "old" and any(t.lower_ in ("year", "years") for t in c.subtree)
        for c in noun.children
    )


def _inside_clause(token: Token, head: Token) -> bool:
    node = token
    while node.i != head.i and node.head.i != node.i:
        if node.dep_ in ("relcl", "acl", "appos", "advcl", "ccomp"):
            return True
        node = node.head
    return False


def _with_cue(found: Found, cue: str) -> Found:
    return replace(found, cue=found.cue or cue)


def _anonymous(found: Found | None) -> Found:
    """An anonymity phrase makes the source anonymous; a named org it mentions is kept as the
    affiliation ("Pentagon officials, speaking on condition of anonymity")."""
    if found is None:
        return Found(None, "anonymous", PERSON, cue=ANONYMITY)
    if found.kind == "anonymous":
        return replace(found, office=())  # (never named later: the text withholds the name)
    if found.kind == ORGANISATION:
        return Found(None, "anonymous", PERSON, found.speaker, found.via, ANONYMITY,
                     found.offset)  # fmt: skip
    if found.kind in ("vague", "role", "definite"):
        return Found(_named_again(found.speaker), "anonymous", PERSON, found.affiliation,
                     found.via, ANONYMITY, found.offset)  # fmt: skip
    return found


def _named_again(phrase: str | None) -> str | None:
    """ "the people" of "…, the people said, asking not to be identified": a source noun
    after "the" names an unnamed source the text gave before, which the engine looks for
    (``Engine._same_unnamed``); any other phrase is dropped, as the source stays unnamed."""
    words = (phrase or "").split()
    if len(words) == 2 and words[0].lower() == "the" and words[1] in SOURCE_NOUNS:
        return phrase
    return None


def _proper_main_subjects(tokens: Sequence[Token]) -> Iterator[Token]:
    """The proper-noun subjects of a unit's main verb, in order: what a unit is about when no
    reporting verb names its source."""
    for token in tokens:
        if token.dep_ == "ROOT":
            for child in token.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ == "PROPN":
                    yield child
