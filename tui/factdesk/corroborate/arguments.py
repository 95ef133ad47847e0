"""Who did what to whom, how many and where: each kind of event a claim tells, with its roles.

``lexicon.events`` reads the kind of event a claim tells in three scripts (a seizure, an
arrest, a toll), but match29 measured that the kind alone does not tell a `same` pair from a
`conflicts` one: two accounts of one story tell the same kind and differ in which figure,
party or place it is told of. This module ties each kind to its arguments, each given as
something that survives a change of script (a name group from ``names.groups``, a figure's
value and unit from ``match.figure_roles``), so two claims in two scripts can be compared
argument by argument (``compare``):

- the agent (who did it) and the patient (to whom or what), each a name group, "" when the
  role is told by no name ("police", «войска»: common nouns do not cross scripts);
- the figures told with the event, by what they count (``figure_roles``' role, "dead",
  "arrested", else the unit: "peopl", "$"), each a value;
- the places named with it (name groups of place mentions outside the two roles).

English is read from the dependency parse (``language.parse.parse_syntax``): the subject and
object of the event's verb, the passive's subject and its "by" agent, a shared subject across
"and", the "of" and "by" of an event noun ("the seizure of X by Y"), "control of X" as the
thing taken; the figures and places of the verb's own subtree. Russian and Ukrainian have no
parse here: the roles are read by order within the sentence, as the ru/uk rules of the
extractor do (the name before the event word is its subject, the first after it its object,
looked for between the event words and after a speaker's «, что» / «, що»; a passive
participle, «задержан», «захоплено», makes the name before or after it the patient), and a
name one to three words after a preposition («у Спліті», «в порту Сплита») is a place, never
a party; the figures and places are those of the sentence's part around the word (up to ";"
or ":"). What the order rules cannot read: an object put first («Купянск заняли войска»:
read as subject), a subject named only by a common noun (no role), cases (a name's ending is
not read for its case), a genitive after the subject («власти Хорватии»: read as the subject,
which is right for a country and wrong for «сестра Ивана»).

What a denial denies (deny30): the matcher's ``denies`` flag is a whole sentence's, set as well
by a negation in a relative clause or a quote that denies nothing of another claim (prec30).
Each telling a denial reaches is marked (``Told.denied``) with the way the denied statement
tells it: "X denied seizing the port", "X did not seize the port", "reports that X seized the
port were false", «Минобороны опровергло захват порта», «спростували інформацію про обстріл»,
«сообщения о захвате порта не соответствуют действительности» all deny a seizure told as done.
English reads the reach from the parse (the words under the denying verb, or under the verb a
negation or "false" / "not true" is told of, its subject included then); Russian and Ukrainian
by order (the event words after the denial word up to the sentence's end, and before it in the
sentence when the denial is a predicate of a report: «не соответствует действительности»,
«неправда», «ложные»). ``denied_meets`` compares a denial's target with what the other claim
tells as so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from factdesk.corroborate.countries import spans
from factdesk.corroborate.match import figure_roles
from factdesk.corroborate.stances import DENIAL, NEGATION
from factdesk.lexicon import events
from factdesk.lexicon.cyrillic import DENIALS, mostly_cyrillic
from factdesk.lexicon.english import OUTCOME_NEGATION_RE, UNVERIFIED_RE
from factdesk.lexicon.opposites import NEGATED_BEFORE
from factdesk.names.mentions import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@dataclass(frozen=True)
class Told:
    """One kind of event a claim tells, with its arguments."""

    kind: str
    way: bool
    """True as told, False its other side or negated (``events.where``)."""
    agent: str = ""
    """Who did it: a name group, "" when no name tells it."""
    patient: str = ""
    """To whom or what it was done: a name group, "" when no name tells it."""
    places: tuple[str, ...] = ()
    figures: dict[str, str] = field(default_factory=dict, hash=False)
    """what the figure counts (a role: "dead"; else its unit: "peopl", "$") -> its value."""
    denied: bool | None = None
    """None when no denial of the claim reaches the word; else the way the statement the
    denial denies tells the kind, a negation right before the word undone ("did not seize"
    and "denied seizing" both deny a seizure told as done: True)."""


_SUBJECTS = ("nsubj", "csubj")
_SHARES_SUBJECT = ("conj", "xcomp", "advcl")
_NAME_PARTS = ("compound", "appos", "flat", "nmod", "amod", "poss")
_BOUNDARY = re.compile(r"[.;:!?]\s|[;:]")
_THAT = re.compile(r",\s*(?:что|що|чтобы|щоб)\s", re.I)
"""A clause told by someone opening («заявил, что …», «повідомив, що …»): the speaker before it
is no party to the event told after it."""
_PASSIVE = re.compile(r"(?:[ая]н|ен|ён|[иыу]т)(?:а|о|ы|і|ий|ый|ая|е|ні|ые)?$", re.I)
"""A Russian or Ukrainian participle ending («задержаны», «затримано», «убит», «захоплено»,
«арестованы»; not a present tense in -ют, -ят): the name the order rules find is what it
was done to."""


def read(
    text: str,
    mentions: Sequence[Mention],
    groups: Sequence[str],
    skip: Sequence[str] = (),
    doc: Doc | None = None,
) -> list[Told]:
    """Each kind of event ``text`` tells (``events.where``), with its agent, patient, figures
    and places; ``skip`` the name groups that are the claim's source ("…, police said"): a
    source is no party to what it reports. ``doc``: the claim's parse, when the caller has it."""
    found = events.where(text)
    if not found:
        return []
    names = _parties(text, mentions, groups, skip)
    if mostly_cyrillic(text):
        told = _by_order(text, names, found)
        reached = _denied_by_order(text, found)
    else:
        if doc is None:
            from factdesk.language.parse import parse_syntax

            doc = parse_syntax([text])[0]
        told = _by_parse(doc, names, found)
        reached = _denied_by_parse(doc, text, found)
    return [
        replace(t, denied=t.way != _negated(text, start)) if start in reached else t
        for t, (_, _, start, _) in zip(told, found, strict=True)
    ]


def _negated(text: str, start: int) -> bool:
    """A negation right before the event word (``events.where`` turned its way round)."""
    return bool(NEGATED_BEFORE.search(text[max(0, start - 24) : start]))


def denials(text: str) -> list[tuple[int, int]]:
    """Where the claim denies ((start, end) of each denying word: the matcher's own patterns,
    ``DENIAL``, ``NEGATION``, the negated outcomes, ``lexicon.cyrillic.DENIALS``), less a
    writer's caveat ("could not be independently verified" denies nothing)."""
    caveats = [m.span() for m in UNVERIFIED_RE.finditer(text)]
    patterns = (DENIALS,) if mostly_cyrillic(text) else (DENIAL, NEGATION, OUTCOME_NEGATION_RE)
    found = {m.span() for pattern in patterns for m in pattern.finditer(text)}
    return sorted((s, e) for s, e in found if s < e and not any(a <= s < b for a, b in caveats))


_REPORT_PREDICATE = re.compile(r"соответству|відповіда|неправд|ложн|подтвержда|підтверджу", re.I)
"""Cyrillic denials told of a report («сообщения о захвате не соответствуют
действительности», «информация об обстреле ложная»): what they deny stands before them."""


def _parties(
    text: str, mentions: Sequence[Mention], groups: Sequence[str], skip: Sequence[str]
) -> list[tuple[Mention, str]]:
    """The claim's names as (mention, key): a country's name or its people's adjective is the
    country's key in both scripts (``countries.spans``: "Croatian authorities", «власти
    Хорватии», «хорватские власти» are one party), any other name its group; the source's
    names left out."""
    lands = spans(text)
    names: list[tuple[Mention, str]] = []
    for mention, group in zip(mentions, groups, strict=True):
        if group in skip:
            continue
        land = next((k for s, e, k in lands if mention.start <= s < mention.end), None)
        names.append((mention, f"country:{land}" if land else group))
    for start, end, key in lands:
        if not any(m.start <= start < m.end for m, _ in names):
            names.append((Mention(start, end, text[start:end], "country"), f"country:{key}"))
    return sorted(names, key=lambda x: x[0].start)


def _figures(span_text: str) -> dict[str, str]:
    """The figures of a stretch of the claim, by what each counts (role, else unit), the
    first of each."""
    figures: dict[str, str] = {}
    for entry, role in figure_roles(span_text).items():
        value, unit, *_ = entry.split("|")
        if role or unit:  # a bare figure ("88-metre", "in 2024 …") says not what it counts
            figures.setdefault(role or unit, value)
    return figures


def _places(names: list[tuple[Mention, str]], start: int, end: int, roles: set[str]) -> tuple:
    """The place names between ``start`` and ``end`` that are neither the agent nor the
    patient ("seized Dolsk": Dolsk is what was taken, not where)."""
    return tuple(
        dict.fromkeys(
            g for m, g in names if m.kind == "place" and start <= m.start < end and g not in roles
        )
    )


_TOLD_OF = ("aux", "auxpass", "neg", "det", "amod", "advmod", "acomp", "attr", "nsubj", "nsubjpass")
"""A denying word's relations to the word it is told of ("did not" → the verb, "no" → its
noun, "false" → its noun or verb, "nobody" → its verb): the reach is that word's."""


def _denied_by_parse(doc: Doc, text: str, found: list) -> set[int]:
    """The starts of the event words a denial reaches, from the parse: the words under the
    denying verb ("denied seizing", "rejected claims that …") less its own subject (who
    denies is not denied); or, for a negation, "false" or "not true", the words under the
    verb it is told of, its subject included ("did not seize", "reports that … were
    false")."""
    reached: set[int] = set()
    for start, end in denials(text):
        token = next((t for t in doc if start <= t.idx < end), None)
        if token is None:
            continue
        anchor = token
        while anchor.dep_ in _TOLD_OF and anchor.head.i != anchor.i:
            anchor = anchor.head
        if anchor.pos_ == "ADJ" and anchor.head.i != anchor.i:
            anchor = anchor.head
        if anchor.pos_ == "AUX" and anchor.dep_ == "ccomp" and _is_event(anchor.head, found):
            anchor = anchor.head  # "reports that X detained Y were false", parsed "Y were false"
        skip: set[int] = set()
        if anchor.i == token.i and token.pos_ == "VERB":  # "denied", "rejected", "called off"
            for child in anchor.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    skip |= {t.i for t in child.subtree}
        within = {t.idx for t in anchor.subtree if t.i not in skip}
        for _, _, s, e in found:
            if any(s <= idx < e for idx in within):
                reached.add(s)
    return reached


def _is_event(token: Token, found: list) -> bool:
    return any(s <= token.idx < e for _, _, s, e in found)


def _denied_by_order(text: str, found: list) -> set[int]:
    """The starts of the event words a Russian or Ukrainian denial reaches: those from the
    denial word on («не захватили», «опровергло захват», «спростували інформацію про
    обстріл») to the sentence's end, and those before it in its sentence when it is a
    report's predicate (``_REPORT_PREDICATE``)."""
    reached: set[int] = set()
    for start, end in denials(text):
        opening = max([b.end() for b in _BOUNDARY.finditer(text, 0, start)] or [0])
        stop = _BOUNDARY.search(text, end)
        close = stop.start() if stop else len(text)
        first = opening if _REPORT_PREDICATE.search(text[start:end]) else start
        reached |= {s for _, _, s, _ in found if first <= s < close}
    return reached


# --- English: the parse ---------------------------------------------------------------------


def _by_parse(doc: Doc, names: list[tuple[Mention, str]], found: list) -> list[Told]:
    told: list[Told] = []
    for kind, way, start, end in found:
        token = next((t for t in doc if start <= t.idx < end), None)
        if token is None:
            continue
        agent, patient = _roles(token, names)
        verb = token if token.pos_ in ("VERB", "AUX") or token.head.i == token.i else token.head
        span = doc[verb.left_edge.i : verb.right_edge.i + 1]
        places = _places(_located(doc, names), span.start_char, span.end_char, {agent, patient})
        told.append(Told(kind, way, agent, patient, places, _figures(span.text)))
    return told


_AT = frozenset({"in", "at", "near", "outside", "around", "off", "across", "inside"})
"""Prepositions that set a name as where something happened ("at Orsk", "near Lenby")."""


def _located(doc: Doc, names: list[tuple[Mention, str]]) -> list[tuple[Mention, str]]:
    """The names, each one the object of a preposition of place ("at X", "near X") counted
    as a place whatever kind the recogniser gave it (it reads many small towns as bodies)."""
    placed = []
    for mention, group in names:
        token = next((t for t in doc if mention.start <= t.idx < mention.end), None)
        while token is not None and token.dep_ in ("compound", "flat") and token.head.i != token.i:
            token = token.head
        at = token is not None and token.dep_ == "pobj" and token.head.lower_ in _AT
        kind = "place" if at else mention.kind
        placed.append((Mention(mention.start, mention.end, mention.text, kind), group))
    return placed


def _party(token: Token | None, names: list[tuple[Mention, str]]) -> str:
    """The name group a noun phrase's head (or a word of its name, or its "of") stands for."""
    if token is None or token.pos_ == "PRON":
        return ""
    parts = [token, *(c for c in token.children if c.dep_ in _NAME_PARTS)]
    for of in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
        parts += [g for g in of.children if g.dep_ == "pobj"]
    for part in parts:
        for mention, group in names:
            if mention.start <= part.idx < mention.end:
                return group
    return ""


def _child(token: Token, deps: tuple[str, ...]) -> Token | None:
    return next((c for c in token.children if c.dep_ in deps), None)


def _by(token: Token, preposition: str) -> Token | None:
    """The object of ``token``'s "by" (the passive's agent) or "of" (an event noun's thing)."""
    for prep in token.children:
        if prep.dep_ in ("agent", "prep") and prep.lower_ == preposition:
            return _child(prep, ("pobj",))
    return None


def _roles(token: Token, names: list[tuple[Mention, str]]) -> tuple[str, str]:
    """(agent, patient) of the event word ``token`` as name groups."""
    if token.pos_ in ("NOUN", "PROPN") and token.head.i != token.i:
        # an event noun: "the seizure of X by Y", "X's arrest", "the X evacuation"
        agent = _party(_by(token, "by") or _child(token, ("poss",)), names)
        patient = _party(_by(token, "of") or _child(token, ("compound",)), names)
        return agent, patient
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if passive or (verb.dep_ == "acl" and verb.tag_ == "VBN"):
        patient_token = _child(verb, ("nsubjpass",)) or (verb.head if verb.dep_ == "acl" else None)
        return _party(_by(verb, "by"), names), _party(patient_token, names)
    subject = _child(verb, _SUBJECTS)
    climb = verb
    while subject is None and climb.dep_ in _SHARES_SUBJECT and climb.head.i != climb.i:
        climb = climb.head
        subject = _child(climb, _SUBJECTS)
    if subject is None and verb.dep_ in ("relcl", "acl"):
        subject = verb.head  # "troops who seized", "troops seizing"
    thing = _child(verb, ("dobj",))
    if thing is not None and not _party(thing, names):
        thing = _by(thing, "of") or thing  # "took control of X"
    if thing is None:
        into = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "on")),
                    None)  # fmt: skip
        thing = _child(into, ("pobj",)) if into is not None else None
    return _party(subject, names), _party(thing, names)


# --- Russian and Ukrainian: the order within the sentence -----------------------------------


_PREPOSITION = re.compile(
    r"(?:^|\s)(?:в|во|у|на|под|під|из|із|з|зі|с|со|к|до|от|від|около|біля|возле|поблизу|близ|"
    r"над|за|при|по|через|для|між|между)\s+(?:[\w'’-]+\s+){0,2}$",
    re.I,
)
"""A preposition right before a name, or one or two words before it («у Спліті», «в порту
Сплита», «в долинном городке Тарвель»):
the name is no subject and no direct object (neither takes a preposition), but a place or a
circumstance."""


def _by_order(text: str, names: list[tuple[Mention, str]], found: list) -> list[Told]:
    told: list[Told] = []
    starts = [start for _, _, start, _ in found]
    free = [
        (m, g) for m, g in names if not _PREPOSITION.search(text, max(0, m.start - 30), m.start)
    ]
    for n, (kind, way, start, end) in enumerate(found):
        marks = [*_BOUNDARY.finditer(text, 0, start), *_THAT.finditer(text, 0, start)]
        left = max([b.end() for b in marks] or [0])
        left = max([left, *(e for _, _, s, e in found[:n] if s < start and e <= start)])
        later = [s for s in starts[n + 1 :] if s >= end]
        stop = _BOUNDARY.search(text, end)
        right = min([len(text), *later, *([stop.start()] if stop else [])])
        before = [g for m, g in free if left <= m.start and m.end <= start]
        after = [g for m, g in free if end <= m.start < right]
        sentence = max([b.end() for b in _BOUNDARY.finditer(text, 0, start)] or [0])
        close = min([len(text), *([stop.start()] if stop else [])])
        word = text[start:end].split()[-1]
        if _PASSIVE.search(word):
            agent, patient = "", (before[-1] if before else after[0] if after else "")
        else:
            agent = before[-1] if before else ""
            patient = after[0] if after else ""
        placed = [
            (Mention(m.start, m.end, m.text, "place"), g)
            for m, g in names
            if m.kind == "place" or (m, g) not in free
        ]
        places = _places(placed, sentence, close, {agent, patient})
        told.append(Told(kind, way, agent, patient, places, _figures(text[sentence:close])))
    return told


# --- comparing two claims -------------------------------------------------------------------

MEETINGS = ("figure apart", "party apart", "place apart", "agree", "kind", "")
"""How two claims' events meet (``compare``), the first that holds for some kind both tell
the same way: an argument in common and another role's figure, party or place apart (the
conflicts' signature: one story told of another figure, party or place); an argument in
common and none apart; a kind but no argument given on both sides; no kind told the same way."""


def meet(a: Told, b: Told) -> tuple[list[str], list[str]]:
    """(the roles in common, the roles apart) of two tellings of one kind told one way: "party"
    (the agent or the patient, each compared with its own), "place", and "figure:" with what
    the figure counts ("figure:dead", "figure:$")."""
    common: list[str] = []
    apart: list[str] = []
    for role in ("agent", "patient"):
        x, y = getattr(a, role), getattr(b, role)
        if x and y:
            (common if x == y else apart).append("party")
    if a.places and b.places:
        (common if set(a.places) & set(b.places) else apart).append("place")
    for key in sorted(a.figures.keys() & b.figures.keys()):
        (common if a.figures[key] == b.figures[key] else apart).append(f"figure:{key}")
    return common, apart


def ties(a: Sequence[Told], b: Sequence[Told]) -> list[tuple[list[str], list[str]]]:
    """``meet`` of each kind the two claims both tell the same way (each telling with each)."""
    return [meet(x, y) for x in a for y in b if x.kind == y.kind and x.way == y.way]


def compare(a: Sequence[Told], b: Sequence[Told]) -> str:
    """How two claims' events meet, one of ``MEETINGS``: each kind both tell the same way is
    compared role by role (``meet``), and the first of ``MEETINGS`` any of them reaches is
    the answer (a role apart in one telling outweighs another telling that agrees)."""
    reached = {""}
    for common, apart in ties(a, b):
        if not common:
            reached.add("kind")
        elif not apart:
            reached.add("agree")
        else:
            reached |= {f"{role.split(':')[0]} apart" for role in apart}
    return next(m for m in MEETINGS if m in reached)


DENIED_MEETINGS = ("party", "place", "kind", "")
"""How a denial's target meets what another claim tells as so (``denied_meets``), the first
that holds: the kind told the denied way with the agent or the patient in common; with a place
in common; the kind only; nothing."""


def denied_meets(denier: Sequence[Told], other: Sequence[Told]) -> str:
    """Whether what ``denier`` denies is what ``other`` tells as so, one of ``DENIED_MEETINGS``:
    a telling the denial reaches (``Told.denied`` not None) beside one of ``other``'s no
    denial reaches, of the same kind told the way the denial's target tells it ("denied
    seizing the port" beside "seized the port", «не захватили порт» beside "seized the port"),
    compared by party (the agent with the agent, the patient with the patient) and place. Why:
    one claim denying and the other not is a conflict only when the denial is of what the
    other tells (prec30: the flag alone is right 0.60 of the time)."""
    reached = {""}
    for x in denier:
        if x.denied is None:
            continue
        for y in other:
            if y.denied is not None or y.kind != x.kind or y.way != x.denied:
                continue
            reached.add("kind")
            if any(getattr(x, r) and getattr(x, r) == getattr(y, r) for r in ("agent", "patient")):
                reached.add("party")
            if set(x.places) & set(y.places):
                reached.add("place")
    return next(m for m in DENIED_MEETINGS if m in reached)
