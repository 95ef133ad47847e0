"""Who a sentence says is speaking, read from grammar cues on the sentence with quotes masked.

The rules look at the text *outside* quotation marks (``quotes.mask_quotes``): "‘…,’ Avidzba
said" is "<mask> Avidzba said" to them, so nothing a speaker says is mistaken for sourcing.
Cues, strongest first: the speaker named right after a quote ("…,’ said Maria Petrova"), a
name as subject of a speech verb ("Igor Kimakovski, an adviser …, stated"), "according to …",
a pronoun ("He argued", "This, he claimed,"), an institution ("the Ukrainian military has
denied"), then unnamed sources ("a NATO intelligence source", "analysts say"). "told TASS"
names the outlet, never the speaker. Anonymity phrases anywhere make the source anonymous.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factdesk.extract import ru_uk
from factdesk.extract.cues import (
    ANONYMITY_RE,
    BETWEEN_WORDS,
    INSTITUTIONS,
    INVERTED_VERBS,
    NAME,
    ORG_NOUNS,
    ROLE_WORDS,
    SOURCE_NOUNS,
    SPEECH_VERBS,
    TITLE_WORDS,
    VAGUE_GROUP_NOUNS,
    VAGUE_GROUP_VERBS,
    alternation,
)
from factdesk.extract.people import clean_name

MASK = "\ue000"
_SAY = alternation(SPEECH_VERBS - {"according"})
# Refusals to confirm are attributions too: "the military has yet to formally acknowledge".
_DENY = (
    r"(?:(?:has|have|had)[ \t]+yet[ \t]+to|(?:refused|refuses|declined|declines)[ \t]+to|"
    r"(?:did|does|do)[ \t]+not)[ \t]+(?:\w+ly[ \t]+)?"
    r"(?:acknowledge|confirm|admit|comment|respond|accept)"
)
_VERB = rf"(?:{_SAY}|{_DENY})"
_BETWEEN = rf"(?:(?:{alternation(BETWEEN_WORDS)}|\w+ly)[ \t]+){{0,3}}"
_TITLE_START = alternation(TITLE_WORDS | {w.capitalize() for w in ROLE_WORDS})
_INDEFINITE = r"(?:a|an|one|another|some|several|two|three|four|many|multiple)"

_INVERTED = re.compile(
    rf"(?:{MASK}|,)[ \t]*(?:{alternation(INVERTED_VERBS)})[ \t]+(?P<who>[^,.;:!?{MASK}]+)"
)
# A comma-delimited aside between a subject and its verb: "X, an adviser to Y, said",
# "the military, through its General Staff, has yet to acknowledge".
_APPOSITIVE = rf",[ \t]+(?:[a-z]|(?:{_TITLE_START})\b)[^,]{{0,160}}?(?:,|{MASK})"
_SUBJECT = re.compile(
    rf"(?P<name>{NAME})(?:{_APPOSITIVE}|,?[ \t]+who)?[ \t]+{_BETWEEN}(?:{_VERB})\b"
)
# "a claim Moscow denies", "which the ministry rejected": a speaker inside a relative clause
# reacts to the claim; it does not make it.
_RELATIVE = re.compile(
    r"\b(?:(?:a|an|the|this|that)[ \t]+(?:claim|charge|allegation|accusation|assertion|"
    r"account|version|report|statement)s?(?:[ \t]+(?:that|which))?|which|whom)[ \t]+\Z",
    re.IGNORECASE,
)
# A speech verb bound to a quotation: "X said that ‘…’", "stating: ‘…’".
_QUOTE_VERB = re.compile(rf"\b(?:{_SAY})\b(?=(?:[ \t]+that)?[ \t]*[,:]?[ \t]*{MASK})")
_AFTER_QUOTE = re.compile(rf"{MASK}[ \t]*,?[ \t]*")
_ACCORDING = re.compile(rf"\baccording[ \t]+to[ \t]+(?P<who>[^,.;:!?{MASK}]+)", re.IGNORECASE)
_PRONOUN = re.compile(
    rf"(?:^\W*|[,;:][ \t]+|\band[ \t]+)(?P<pro>[Hh]e|[Ss]he)[ \t]+{_BETWEEN}(?:{_VERB})\b"
)
_POSSESSIVE = re.compile(
    r"^\W*(?:His|Her)[ \t]+(?:\w+[ \t]+)?(?:words|remarks|comments|update|statement|report|"
    r"assessment|account|testimony|message|post|interview|speech|claims?)\b"
)
_POSSESSIVE_SAYS = re.compile(_POSSESSIVE.pattern + rf"[ \t]+{_BETWEEN}(?:{_SAY})\b")
_INSTITUTION = re.compile(
    rf"\b(?P<who>(?:[Tt]he|[Ii]ts|[Tt]heir)[ \t]+(?:(?:{NAME}|[a-z]+)[ \t]+)?"
    rf"(?:{alternation(INSTITUTIONS)}))\b(?:,[^,]{{1,80}},)?[ \t]+(?:\w+[ \t]+){{0,3}}?"
    rf"(?:{_VERB})\b"
)
_VAGUE = re.compile(
    rf"(?P<who>\b(?:[\w-]+[ \t]+){{0,2}}?(?:{alternation(VAGUE_GROUP_NOUNS)}))[ \t]+"
    rf"(?:[\w-]+[ \t]+){{0,5}}?(?:{alternation(VAGUE_GROUP_VERBS)})\b",
    re.IGNORECASE,
)
_UNNAMED = re.compile(
    rf"(?P<who>\b{_INDEFINITE}[ \t]+(?:[\w-]+[ \t]+){{0,3}}?(?:{alternation(SOURCE_NOUNS)}))"
    rf"(?:{_APPOSITIVE})?[ \t]+(?:who[ \t]+)?{_BETWEEN}(?:{_VERB})\b",
    re.IGNORECASE,
)
_NAME_IN = re.compile(NAME)
_LEADING_FUNCTION = re.compile(
    r"^(?:(?:but|and|or|the|that|with|as|while|where|when|which|who|of|in|on|at|for|to|by|from|"
    r"many|most|some|other|while)[ \t]+)+",
    re.IGNORECASE,
)
_DESCRIPTOR = re.compile(rf"^{_INDEFINITE}\b", re.IGNORECASE)
_ORG_PHRASE = re.compile(
    rf"^(?:the|its|their)[ \t]+(?P<org>(?:[\w’'-]+[ \t]+){{0,3}}?(?:{alternation(ORG_NOUNS)}))\b",
    re.IGNORECASE,
)
_SOURCE_NOUN = re.compile(rf"\b(?:{alternation(SOURCE_NOUNS)})\b", re.IGNORECASE)
_ROLE_LEAD = re.compile(
    rf"^(?:(?:the|and|former|senior|deputy|chief|[a-z]+-[a-z]+|{alternation(ROLE_WORDS)})"
    rf"[ \t]+){{0,4}}(?P<name>{NAME})"
)


@dataclass(frozen=True, slots=True)
class Attribution:
    speaker: str | None
    """A name, an unnamed source's description, or a pronoun ("he") still to resolve."""
    sort: str
    """"name" (person or organisation), "person", "org", "anonymous", or "pronoun"."""


def _classify(who: str, strict: bool = False) -> Attribution | None:
    """Whom a phrase after "said"/"according to" describes: a name, or an unnamed source.

    ``strict`` (after an inverted "said"): the phrase must *start* with the speaker, a name
    after at most a few role words ("said military analyst Jan Novak"), or an unnamed source;
    "stated that the liberation of X …" is not an inverted attribution at all.
    """
    who = who.strip()
    if not who:
        return None
    if _DESCRIPTOR.match(who):
        if strict or _SOURCE_NOUN.search(who):
            return Attribution(_trim(who), "anonymous")
        return None
    institution = _ORG_PHRASE.match(who)
    if institution:
        return Attribution(institution.group("org"), "org")
    if strict:
        lead = _ROLE_LEAD.match(who)
        if not lead:
            return None
        name = clean_name(lead.group("name"))
        return Attribution(name, "name") if name else None
    for match in _NAME_IN.finditer(who):
        name = clean_name(match.group())
        if name:
            return Attribution(name, "name")
    if re.search(rf"\b(?:{alternation(VAGUE_GROUP_NOUNS | SOURCE_NOUNS)})\b", who, re.I):
        return Attribution(_trim(_LEADING_FUNCTION.sub("", who)), "anonymous")
    return None


def _trim(phrase: str, limit: int = 8) -> str:
    """A descriptor cut at its first clause so "a source, speaking on …" stays short."""
    words = re.split(r"\s+", phrase.strip())
    return " ".join(words[:limit])


def _subject_of(match: re.Match[str], masked: str) -> Attribution | None:
    """A name as subject of a speech verb, unless it sits in a relative clause."""
    raw = match.group("name")
    name = clean_name(raw)
    if not name or raw.endswith(("’s", "'s")) or _RELATIVE.search(masked, 0, match.start()):
        return None
    return Attribution(name, "name")


def _subject(masked: str) -> Attribution | None:
    for match in _SUBJECT.finditer(masked):
        found = _subject_of(match, masked)
        if found:
            return found
    return None


def _pronoun(masked: str) -> Attribution | None:
    match = _PRONOUN.search(masked) or _POSSESSIVE_SAYS.search(masked)
    return Attribution("he", "pronoun") if match else None


def _institution(masked: str) -> Attribution | None:
    match = _INSTITUTION.search(masked)
    return _institution_of(match, masked) if match else None


def _unnamed(masked: str) -> Attribution | None:
    match = _UNNAMED.search(masked) or _VAGUE.search(masked)
    return _unnamed_of(match, masked) if match else None


def _institution_of(match: re.Match[str], masked: str) -> Attribution | None:
    """ "its defense ministry" is kept as "defense ministry": which country "its" means is
    often ambiguous in the sentence ("Russia … Moscow … its"), so it is not guessed."""
    who = re.sub(r"^(?:[Tt]he|[Ii]ts|[Tt]heir)[ \t]+", "", match.group("who"))
    return Attribution(who, "org")


def _unnamed_of(match: re.Match[str], masked: str) -> Attribution | None:
    return Attribution(_trim(_LEADING_FUNCTION.sub("", match.group("who"))), "anonymous")


def _pronoun_of(match: re.Match[str], masked: str) -> Attribution | None:
    return Attribution("he", "pronoun")


_CUES = (
    (_SUBJECT, _subject_of),
    (_INSTITUTION, _institution_of),
    (_UNNAMED, _unnamed_of),
    (_PRONOUN, _pronoun_of),
)


def _governing(masked: str) -> Attribution | None:
    """The speaker whose verb is bound to a quotation ("X said that ‘…’", "‘…,’ X said").

    A sentence may hold several attributions ("…, a claim Moscow denies, with its ministry
    stating that ‘…’"); the one attached directly to the quote is who is quoted.
    """
    if MASK not in masked:
        return None
    verb_ends = {m.end() for m in _QUOTE_VERB.finditer(masked)}
    quote_ends = {m.end() for m in _AFTER_QUOTE.finditer(masked)}
    for pattern, convert in _CUES:
        for match in pattern.finditer(masked):
            if match.end() in verb_ends or match.start() in quote_ends:
                found = convert(match, masked)
                if found:
                    return found
    return None


def find_attribution(masked: str) -> Attribution | None:
    """The speaker a sentence gives itself (quotes masked), strongest cue first."""
    found = None
    inverted = _INVERTED.search(masked)
    if inverted:
        found = _classify(inverted.group("who"), strict=True)
    found = found or _governing(masked)
    if found is None:
        according = _ACCORDING.search(masked)
        subject = _subject(masked)
        named_at = masked.find(subject.speaker or "") if subject else len(masked)
        if according and according.start() < named_at:
            found = _classify(according.group("who"))
        found = found or subject
    found = found or _pronoun(masked) or _institution(masked) or _unnamed(masked)
    if ANONYMITY_RE.search(masked):
        speaker = found.speaker if found and found.sort == "anonymous" else None
        return Attribution(speaker or _anonymous_speaker(masked), "anonymous")
    return found


_RU_UK_SORTS = {"person": "person", "organisation": "org", "anonymous": "anonymous",
                "pronoun": "pronoun"}  # fmt: skip


def own_attribution(text: str, masked: str) -> Attribution | None:
    """The speaker a sentence gives itself: Russian and Ukrainian by their own grammar
    (``ru_uk``), everything else by the English cues above. An unnamed group ("эксперты
    считают") is no source here, as in English it would be anonymous: none is claimed."""
    if not ru_uk.is_cyrillic(text):
        return find_attribution(masked)
    found = ru_uk.read(text, masked)
    if found is None or found.kind not in _RU_UK_SORTS:
        return None
    return Attribution(found.speaker, _RU_UK_SORTS[found.kind])


_LEAD_IN = re.compile(
    rf"^\W*(?:[Aa]s[ \t]+)?(?P<who>[^:{MASK}]{{1,120}}?)[ \t]+{_BETWEEN}"
    rf"(?:{_SAY}|puts?[ \t]+it|(?:has|have|had)[ \t]+(?:said|written|reported|stated|noted))"
    rf"(?:[ \t]+(?:in|to|for|on|at|from)[ \t]+(?P<where>[^:{MASK}]{{1,80}}?))?[ \t]*:\W*$"
)


def lead_in(masked: str) -> Attribution | None:
    """Who a lead-in line that ends with a colon hands the floor to.

    "Ilya Novak reports in The Courier:", "As the ministry put it:", "Reuters reported:": the
    person when there is one, else the organisation or outlet named after "in"/"to"/"for".
    """
    match = _LEAD_IN.match(masked.strip())
    if not match:
        return None
    found = _classify(match.group("who"))
    if found is None and match.group("where"):
        found = _classify(match.group("where"))
    return found


def _anonymous_speaker(masked: str) -> str | None:
    match = _UNNAMED.search(masked)
    return _trim(match.group("who")) if match else None


def refers_back(masked: str) -> bool:
    """True when a sentence opens by pointing at the previous speaker ("His words …")."""
    return bool(_POSSESSIVE.search(masked) or _PRONOUN.match(masked))
