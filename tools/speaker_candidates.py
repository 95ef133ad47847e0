"""Candidate speakers of a unit and their features: what a learned ranker chooses among.

The rules (``attribution.Engine``) settle each unit's speaker by hand-ordered grammar. This
module lists, from the same parse (never a second one), who else the unit could be by: every
person or organisation entity in the unit and in the two units before it, the previous
unit's speaker, and the two options that name nobody ("anonymous", "none"); each with cheap
features (its dependency role relative to the nearest reporting verb, main clause or not,
entity type, distance, quoted or not, mentions in the article, a title before it). A linear
softmax over them (``tools/train_speaker_ranker.py``) is measured against the rules there.

English only: Russian and Ukrainian units have no spaCy parse (their rules are ``ru_uk``).
Measured and not shipped (tests/data/attribution/README.md, "A learned choice among candidate
speakers"): it lives with its trainer, outside the package, until a ranker wins.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from factdesk.extract import ru_uk
from factdesk.extract.cues import (
    ANONYMITY_RE,
    ANONYMOUS_HEADS,
    BODY_NOUNS,
    PERSON_HEADS,
    ROLE_WORDS,
    TITLE_WORDS,
)
from factdesk.extract.grammar import entity_name, is_speech_verb, main_verbs
from factdesk.extract.units import CLOSERS, Unit, make_unit

if TYPE_CHECKING:
    from factdesk.extract.attribution import Engine
    from spacy.tokens import Span, Token

ANONYMOUS = "\u2205anonymous"
"""The candidate "an unnamed source speaks" (no entity's name)."""
NOBODY = "\u2205none"
"""The candidate "no source": the writer's own assertion, or a vague group."""
_BACK = 2
"""How many units before the claim are searched for named candidates."""
_SPOKE = 3
"""How many units before the claim give their speaker as a candidate."""
_ROLES = frozenset("nsubj nsubjpass pobj dobj dative appos compound poss conj".split())
_COUNTS: dict[int, tuple[Engine, Counter[str]]] = {}
_LABELS = {"PERSON": "person", "ORG": "org", "NORP": "group", "GPE": "place"}


@dataclass(slots=True)
class Candidate:
    """One possible speaker of a unit: a name (or ``ANONYMOUS``/``NOBODY``) and its features."""

    name: str
    features: dict[str, float] = field(default_factory=dict)

    def set(self, key: str, value: float = 1.0) -> None:
        """Keep the strongest evidence of ``key`` over the name's mentions."""
        if value > self.features.get(key, 0.0):
            self.features[key] = value


def _speech_head(token: Token) -> Token | None:
    """The reporting verb ``token`` is the subject of (directly or through an apposition, a
    conjunct or a compound: "Ann Boyd, the fire chief, said", "the chief, Ann Boyd, said")."""
    node = token
    for _ in range(4):
        if node.dep_ in ("nsubj", "nsubjpass") and is_speech_verb(node.head):
            return node.head
        if (
            node.dep_ not in ("appos", "compound", "conj", "pobj", "prep", "poss")
            or node.head is node
        ):
            return None
        node = node.head
    return None


def _mention_features(
    candidate: Candidate,
    entity: Span,
    back: int,
    same_paragraph: bool,
    quoted: Callable[[Token], bool],
    mains: set[int],
) -> None:
    """Features of one mention of ``candidate`` (``back`` units before the claim)."""
    root = entity.root
    where = f"b{back}" if back else "unit"
    candidate.set(f"at:{where}")
    if back and not same_paragraph:
        candidate.set("at:other_paragraph")
    kind = _LABELS.get(entity.label_, "other")
    candidate.set(f"ent:{kind}")
    inside = quoted(root)
    dep = root.dep_ if root.dep_ in _ROLES else "other"
    candidate.set(f"{where}:dep:{dep}")
    candidate.set(f"{where}:{'quoted' if inside else 'plain'}")
    verb = _speech_head(root)
    if verb is not None:
        candidate.set(f"{where}:subj_speech")
        if verb.i in mains:
            candidate.set(f"{where}:subj_main_speech")
        if root.dep_ in ("nsubj", "nsubjpass"):
            candidate.set(f"{where}:direct_subj_speech")
        if verb.i < root.i:
            candidate.set(f"{where}:after_verb")
    head = root.head
    if head.lower_ == "to" and head.head.lower_ == "according":
        candidate.set(f"{where}:according")
    if root.dep_ in ("dobj", "dative") and head.lemma_ == "tell":
        candidate.set(f"{where}:told")
    if root.dep_ == "pobj" and head.lower_ in ("of", "at", "with", "for", "from"):
        candidate.set(f"{where}:of_org")
    if root.dep_ == "poss":
        candidate.set(f"{where}:possessor")
    before = entity.doc[entity.start - 1] if entity.start > 0 else None
    if before is not None and before.lower_ in TITLE_WORDS | ROLE_WORDS:
        candidate.set(f"{where}:titled")
    if entity.start == entity.sent.start:
        candidate.set(f"{where}:opens")
    if mains:
        gap = min(abs(root.i - m) for m in mains)
        candidate.set(f"{where}:near_verb", 1.0 / (1.0 + gap))


def _unit_tokens(engine: Engine, unit: Unit) -> list[Token]:
    """The unit's tokens as the engine reads them (a unit cut at a line end: its sentence)."""
    stripped = unit.text.strip()
    cut = (
        not stripped.endswith(tuple(".!?:;…" + CLOSERS.strip()))
        or stripped.lstrip("“‘«„\"'(")[:1].islower()
    )
    return engine.parsed.tokens(unit.start, unit.end, whole=cut)


def article_candidates(body: str) -> list[tuple[Unit, list[Candidate]]]:
    """Every English unit of ``body`` with its candidates, the rules' answer among their
    features: the engine run as extraction runs it (for tests and for reading by hand)."""
    from factdesk.extract.attribution import Engine
    from factdesk.extract.claims import _Article

    article = _Article(body, None)
    units = [make_unit(article.layout, span) for span in article.spans()]
    engine = Engine(article.layout)
    engine.run(units)
    return [(unit, found) for unit, found in engine_candidates(engine, units) if found]


def engine_candidates(engine: Engine, units: list[Unit]) -> list[tuple[Unit, list[Candidate]]]:
    """Each unit with its candidates once ``engine`` has settled them (none for a Russian or
    Ukrainian unit: no parse)."""
    offsets = {id(d): o for d, o in zip(engine.parsed.docs, engine.parsed.offsets, strict=True)}
    quoted = engine.quoted_at(lambda t: offsets[id(t.doc)] + t.idx)
    cache: dict[int, tuple[list[Token], list[int]]] = {}
    found = []
    for i, unit in enumerate(units):
        russian = engine.cyrillic or ru_uk.is_cyrillic(unit.text, False)
        found.append((unit, [] if russian else candidates(engine, units, i, unit, quoted, cache)))
    return found


def candidates(
    engine: Engine,
    units: list[Unit],
    i: int,
    rules: Unit | None,
    quoted: Callable[[Token], bool],
    cache: dict[int, tuple[list[Token], list[int]]],
) -> list[Candidate]:
    """The candidate speakers of ``units[i]`` with their features. ``rules`` is the unit as
    the rules settled it (its speaker, its sort): given, each candidate also says whether it
    agrees with the rules, and the rules' named answer is a candidate too."""
    unit = units[i]
    table: dict[str, Candidate] = {}
    resolve = engine.people.resolve
    for back in range(0, _BACK + 1):
        if i - back < 0:
            break
        other = units[i - back]
        tokens, mains = _tokens_of(engine, other, quoted, cache)
        seen: set[int] = set()
        for token in tokens:
            entity = engine.parsed.entity(token)
            if entity is None or entity.start in seen or entity.label_ not in ("PERSON", "ORG"):
                continue
            seen.add(entity.start)
            name = entity_name(entity.text)
            if not name:
                continue
            name = resolve(name) if entity.label_ == "PERSON" else name
            candidate = table.setdefault(name.lower(), Candidate(name))
            same = other.paragraph == unit.paragraph
            _mention_features(candidate, entity, back, same, quoted, set(mains))
    for back in range(1, _SPOKE + 1):
        speaker = _speaker_before(units, i, back)
        if speaker:
            candidate = table.setdefault(speaker.lower(), Candidate(speaker))
            candidate.set(f"spoke:{back}")
            if units[i - back].paragraph == unit.paragraph:
                candidate.set("spoke:same_paragraph")
            if units[i - back].is_quote:
                candidate.set("spoke:quote")
            if units[i - back].quote_ids & unit.quote_ids:
                candidate.set("spoke:same_quotation")
    after = _speaker_before(units, i, -1)
    if after and units[i + 1].paragraph == unit.paragraph:
        candidate = table.setdefault(after.lower(), Candidate(after))
        candidate.set("spoke:next")
        if units[i + 1].quote_ids & unit.quote_ids:
            candidate.set("spoke:next_same_quotation")
    tokens, mains = cache[unit.start]
    _subject_candidates(engine, unit, tokens, mains, table)
    if rules is not None and rules.speaker and rules.sort in ("person", "org"):
        key = rules.speaker.lower()
        candidate = table.setdefault(key, Candidate(rules.speaker))
        candidate.set("rules")
    counts = _mention_counts(engine)
    for candidate in table.values():
        candidate.set("mentions", math.log1p(counts.get(candidate.name.lower(), 0)))
        if set(candidate.features) <= {"rules", "mentions"}:
            candidate.set("rules_only")
    signals = _unit_signals(unit, tokens, mains)
    context = _context(signals)
    signals.update(_neighbours(units, i))
    for candidate in table.values():
        for key, value in list(candidate.features.items()):
            if key not in ("rules", "rules_only", "mentions"):
                candidate.features[f"{context}|{key}"] = value
    return [*table.values(), _anonymous(signals, rules), _nobody(signals, rules)]


def _tokens_of(
    engine: Engine,
    unit: Unit,
    quoted: Callable[[Token], bool],
    cache: dict[int, tuple[list[Token], list[int]]],
) -> tuple[list[Token], list[int]]:
    """A unit's tokens and the indexes of its main-clause reporting verbs (once per unit)."""
    if unit.start not in cache:
        tokens = _unit_tokens(engine, unit)
        mains = [t.i for t in main_verbs(tokens, quoted)] if tokens else []
        cache[unit.start] = (tokens, mains)
    return cache[unit.start]


def _speaker_before(units: list[Unit], i: int, back: int) -> str | None:
    """The named speaker of the unit ``back`` before (the rules' answer there: context, not
    this unit's own answer)."""
    if not 0 <= i - back < len(units):
        return None
    before = units[i - back]
    return before.speaker if before.sort in ("person", "org") else None


def _context(signals: dict[str, float]) -> str:
    """What kind of unit the candidates compete in: its reporting verb's subject is a
    pronoun, a name, a common noun; a verb with no subject; no reporting verb at all."""
    for key in ("pronoun_subject", "named_subject", "noun_subject"):
        if key in signals:
            return key.split("_")[0]
    return "verb" if "speech_verb" in signals else "noverb"


def _subject_candidates(
    engine: Engine, unit: Unit, tokens: list[Token], mains: list[int], table: dict[str, Candidate]
) -> None:
    """Who the subject of a main reporting verb may stand for, from the engine's tables: a
    pronoun's nearest compatible person (or organisation for it/they/we), a common noun's
    phrase itself ("the ministry"), the person introduced with that role ("the coroner") or
    the body described with that noun ("the regulator")."""
    by_index = {t.i: t for t in tokens}
    start = unit.start
    for m in mains:
        verb = by_index.get(m)
        if verb is None:
            continue
        for child in verb.children:
            if child.dep_ not in ("nsubj", "nsubjpass") or child.ent_type_ in ("PERSON", "ORG"):
                continue
            word = child.lower_
            if child.pos_ == "PRON":
                gender = {"he": "m", "she": "f"}.get(word)
                if word in ("he", "she"):
                    name = engine.people.antecedent(start, gender)
                    _add(table, name, "antecedent:person")
                elif word in ("it", "they", "we"):
                    _add(table, _nearest(engine.orgs, start), "antecedent:org")
                continue
            if child.pos_ not in ("NOUN", "PROPN"):
                continue
            lemma = child.lemma_.lower()
            words = [t for t in child.subtree if t is child or (t.i < child.i and t.dep_ in
                     ("compound", "amod", "det", "poss"))]  # fmt: skip
            phrase = " ".join(t.text for t in words)
            _add(table, phrase, "subject_phrase")
            if phrase.lower() in table:
                for kind in _head_kinds(child):
                    table[phrase.lower()].set(f"subject_phrase:{kind}")
            _add(table, _nearest(engine.roles.get(lemma, []), start), "role_holder")
            _add(table, _nearest(engine.descriptors.get(lemma, []), start), "described_body")
            definite = any(c.lower_ in ("the", "this", "that") for c in child.children)
            if definite and lemma in BODY_NOUNS:  # "the company said": the last body named
                _add(table, _nearest(engine.orgs, start), "antecedent:body")
            elif definite and lemma in ROLE_WORDS:  # "the coroner said": the last person
                _add(table, engine.people.antecedent(start, None), "antecedent:role")


def _head_kinds(head: Token) -> list[str]:
    """What a subject's head noun says of its speaker: an unnamed source, a body, a role, a
    group of people; its determiner and number."""
    lemma = head.lemma_.lower()
    kinds = [name for name, words in (("unnamed", ANONYMOUS_HEADS), ("body", BODY_NOUNS),
             ("role", ROLE_WORDS), ("people", PERSON_HEADS)) if lemma in words]  # fmt: skip
    det = next((c.lower_ for c in head.children if c.dep_ == "det"), "")
    kinds.append("det:" + {"a": "a", "an": "a", "the": "the"}.get(det, "other" if det else "none"))
    if head.tag_ in ("NNS", "NNPS"):
        kinds.append("plural")
    if head.pos_ == "PROPN":
        kinds.append("proper")
    return kinds


def _nearest(entries: list[tuple[int, str]], before: int) -> str | None:
    """The name of the last entry before offset ``before``."""
    best = None
    for at, name in entries:
        if at < before and (best is None or at > best[0]):
            best = (at, name)
    return best[1] if best else None


def _add(table: dict[str, Candidate], name: str | None, key: str) -> None:
    if name:
        table.setdefault(name.lower(), Candidate(name)).set(key)


def _mention_counts(engine: Engine) -> Counter[str]:
    """How often the article names each person (full name) and organisation."""
    cached = _COUNTS.get(id(engine))
    if cached is not None and cached[0] is engine:
        return cached[1]
    counts: Counter[str] = Counter()
    for _, name, _ in engine.people.mentions:
        counts[engine.people.resolve(name).lower()] += 1
    for _, name in engine.orgs:
        counts[name.lower()] += 1
    _COUNTS.clear()  # (one article at a time)
    _COUNTS[id(engine)] = (engine, counts)
    return counts


def _unit_signals(unit: Unit, tokens: list[Token], mains: list[int]) -> dict[str, float]:
    """What the unit says whoever speaks: a reporting verb, a quotation, an unnamed head."""
    signals = {"bias": 1.0}
    if mains:
        signals["speech_verb"] = 1.0
    if unit.is_quote:
        signals["quote"] = 1.0
    if ANONYMITY_RE.search(unit.text):
        signals["anonymity_phrase"] = 1.0
    by_index = {t.i: t for t in tokens}
    for m in mains:
        verb = by_index.get(m)
        if verb is None:
            continue
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                if child.lemma_.lower() in ANONYMOUS_HEADS:
                    signals["unnamed_head"] = 1.0
                if child.ent_type_ in ("PERSON", "ORG"):
                    signals["named_subject"] = 1.0
                if child.pos_ == "PRON":
                    signals["pronoun_subject"] = 1.0
                elif child.pos_ in ("NOUN", "PROPN"):
                    signals["noun_subject"] = 1.0
                    for kind in _head_kinds(child):
                        signals[f"head:{kind}"] = 1.0
    return signals


def _neighbours(units: list[Unit], i: int) -> dict[str, float]:
    """Where the unit stands among its neighbours (what carries a speaker on): first of its
    paragraph, inside the quotation the unit before is in, and whether the units on either
    side of it in the paragraph were given a source (their answers: context, not its own)."""
    unit = units[i]
    out: dict[str, float] = {}
    before = units[i - 1] if i > 0 and units[i - 1].paragraph == unit.paragraph else None
    after = (
        units[i + 1] if i + 1 < len(units) and units[i + 1].paragraph == unit.paragraph else None
    )
    if before is None:
        out["first_in_paragraph"] = 1.0
    else:
        if before.quote_ids & unit.quote_ids:
            out["prev_same_quotation"] = 1.0
        if before.sort in ("person", "org"):
            out["prev_named"] = 1.0
        elif before.sort == "anonymous":
            out["prev_anonymous"] = 1.0
        if before.is_quote:
            out["prev_quote"] = 1.0
    if after is not None and after.sort in ("person", "org", "anonymous"):
        out["next_sourced"] = 1.0
        if after.quote_ids & unit.quote_ids:
            out["next_same_quotation"] = 1.0
    if unit.words <= 8:
        out["short"] = 1.0
    return out


def _anonymous(signals: dict[str, float], rules: Unit | None) -> Candidate:
    candidate = Candidate(ANONYMOUS, {f"anon:{k}": v for k, v in signals.items()})
    if rules is not None and rules.sort == "anonymous":
        candidate.set("rules")
    return candidate


def _nobody(signals: dict[str, float], rules: Unit | None) -> Candidate:
    candidate = Candidate(NOBODY, {f"none:{k}": v for k, v in signals.items()})
    if "speech_verb" not in signals:
        candidate.set("none:no_speech_verb")
    if (
        rules is not None
        and rules.sort != "anonymous"
        and (rules.sort in (None, "vague") or not rules.speaker)
    ):
        candidate.set("rules")
    return candidate
