"""A learned cue decision (issue 12, session 33, ``cue33``): does a unit report speech at all?

    PYTHONPATH=tui python -m tools.train_cue collect                 # the tuning splits, once
    PYTHONPATH=tui python -m tools.train_cue folds                   # leave a session's splits out
    PYTHONPATH=tui python -m tools.train_cue fresh                   # forward, old engines' rules
    PYTHONPATH=tui python -m tools.train_cue weights                 # regenerate cue_weights.json
    PYTHONPATH=tui python -m tools.train_cue validate heldout48      # once, counts only
                                                                     # (CHOSEN, L2; no options)

Session 32's stage census (attribution README, ``stage32`` and ``ruuk32``) found the *cue*
stage (a reporting verb or frame missed, or a deed read as speech) first among the fresh
errors. Two learned speaker rankers (``rank13``, ``rank28``) lost to the rules; this asks an
earlier, narrower question: from the parse and the lexicon's word classes alone, is the
labelled claim a sourced one (named or anonymous) or not (unattributed, none)?

**Training rows come from the labels, never from the rules' answer.** ``collect`` runs the real
import path (``evaluate_attribution.extract_split_recording``) over every tuning split (the
evaluator's ``SPLITS`` but ``VALIDATION``, ``ASIDE`` and ``SEALED``) and keeps, for each found
labelled claim, the features of the engine unit under the extracted claim, the label's class
and speaker, and (for scoring only, never as a feature) the rules' answer and whether the rules
read the unit as its own source (``Unit.own``).

**Features** (``english_features``, ``cyrillic_features``): each candidate cue token of the unit
(an English verb, "according to", a speech noun; a Russian or Ukrainian word whose start is in
one of the ``reporting_ru_uk`` stem classes, or one of its frames) gives its lexicon *classes*
(never its lemma: a lemma outside every class is "other"), crossed with its dependency arc
(ROOT, ccomp, relcl, advcl, ...), its complements (a clause, a "that", an object that is a claim
noun, a particle), its subject (the entity type PERSON/ORG/NORP, a pronoun, the lexicon class
of its head noun, a passive, none), tense, negation, a modal, and whether it is inside a
quotation; the unit adds its quotation share, paragraph position, length and whether the unit
before is in the same quotation (the text's shape: never a neighbour's *answer*). Deliberately
left out: ``grammar.is_speech_verb``/``main_verbs`` and ``Unit.own``/``cue``/``sort`` (the
rules' decision: a model fed them learns to copy the rules, as rank13's (b) did).

**Model**: logistic regression in numpy (binary features, L2, full-batch Adam from zero weights,
no randomness, so the same rows give the same weights, byte for byte), features seen in at least
``MIN_COUNT`` training rows. **Folds** (``FOLDS``): the splits written in a run of sessions held
out together, trained on the rest; ``heldout34`` (session 31's split, never read before session
33) a fold on its own. Per fold: the cue decision's accuracy (sourced or not) against the rules'
(the rules' answer sourced or not), and the speaker figure of the rules wired with it: a veto
(the rules' own cue dropped, the claim unattributed, when P(sourced) < 1 - margin) and an
addition (an unsourced claim given the subject of its speech-class verb when P(sourced) >
margin; English only, Russian and Ukrainian have no parse to name it from). ``fresh`` scores the
same wiring against the rules of the engine as it was when each of heldout22-29 was opened
(rank28's rows). Measured in session 33 and not wired in (README "A learned cue decision"): the
hybrid moved one claim a split, its additions wrong four times for each one right.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from tools.evaluate_attribution import (
    ASIDE,
    DATA,
    SEALED,
    SPLITS,
    VALIDATION,
    extract_split_recording,
    found_claims,
    read_labels,
    same_speaker,
)

if TYPE_CHECKING:
    from factdesk.extract.attribution import Engine
    from factdesk.extract.units import Unit
    from spacy.tokens import Token

CACHE = Path("/tmp/factdesk-cue-cache")
WEIGHTS = Path(__file__).resolve().parent / "cue_weights.json"
SOURCED = ("named", "anonymous")
MIN_COUNT = 3
L2 = 10.0
STEPS = 300
RATE = 0.05
MARGINS = (0.8, 0.9, 0.95)
CHOSEN = 0.95
"""The margin ``validate`` uses: chosen (with ``L2`` and the neighbours' features) on the folds
and the fresh forward folds before the validation split was scored (README)."""
FOLDS: dict[str, tuple[str, ...]] = {
    "s1-7": ("dev", "dev3", "dev4", "dev5", "dev6ru", "dev7en", "dev8en", "dev9en", "dev10en",
             "dev11ruuk", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6",
             "heldout7"),
    "s8-12": ("dev12", "dev13", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12"),
    "s13-16": ("heldout13", "heldout14", "heldout15", "heldout16"),
    "s17-20": ("heldout17", "heldout18", "heldout19", "heldout21", "heldout22"),
    "s21-24": ("heldout23", "heldout24", "heldout25", "heldout26", "heldout27"),
    "s25-28": ("heldout28", "heldout29", "heldout30", "heldout31"),
    "s29-30": ("heldout32", "heldout33"),
    "s31": ("heldout34",),
}  # fmt: skip
"""The tuning splits by the session that wrote them (README headings), a run of sessions a
fold; heldout20 (aside) is in none; heldout34, the freshest, alone."""
_BLOCKED = "{split}: refused: the aside and sealed splits are never collected"
_VALIDATION_ONLY = "{split}: the validation split is collected by validate only (counts)"


def tuning_splits() -> tuple[str, ...]:
    """Every split a model may train on: not the validation, aside or sealed ones."""
    return tuple(s for s in SPLITS if s not in VALIDATION + ASIDE + SEALED)


# --- the lexicon's classes -----------------------------------------------------------------


def english_classes() -> dict[str, frozenset[str]]:
    """Lemma classes, each from its one home (``lexicon.english``, ``extract.cues``)."""
    from factdesk.extract import cues
    from factdesk.lexicon import english as en

    return {
        "people_speech": en.PEOPLE_SPEECH_LEMMAS,
        "thing_speech": en.NOT_PEOPLE_ONLY_SPEECH_LEMMAS,
        "learning": en.LEARNT_FROM_LEMMAS,
        "told_by": en.TOLD_BY_LEMMAS,
        "impersonal": en.RAISED_HEARSAY_LEMMAS,
        "anonymity_note": en.ANONYMITY_NOTE_VERBS,
        "quoting": en.QUOTING_LEMMAS,
        "publishing": en.PUBLISHING_LEMMAS | en.PRESS_REVIEW_LEMMAS,
        "issuing": en.ISSUING_LEMMAS | en.REVISING_LEMMAS,
        "naming": en.NAMING_LEMMAS | en.ADDRESS_LEMMAS,
        "deed": cues.DEED_LEMMAS,
        "finding": cues.FINDING_LEMMAS | cues.MEASURING_LEMMAS,
        "rejecting": cues.REJECTING_LEMMAS | cues.RULING_LEMMAS | cues.PLEA_LEMMAS,
        "declaring": cues.DECLARING_LEMMAS,
        "answering": cues.ANSWERING_LEMMAS | cues.UNANSWERED_LEMMAS,
        "refusing": cues.REFUSAL_LEMMAS,
        "expression": cues.EXPRESSION_LEMMAS | cues.APOLOGY_LEMMAS,
        "pledge": cues.PLEDGE_LEMMAS,
        "poll": cues.POLL_LEMMAS,
        "suing": cues.SUING_LEMMAS | cues.FILING_LEMMAS,
    }


def english_noun_classes() -> dict[str, frozenset[str]]:
    """Classes of a subject's or object's head noun."""
    from factdesk.extract import cues
    from factdesk.lexicon import english as en

    return {
        "anonymous_head": cues.ANONYMOUS_HEADS,
        "person_head": cues.PERSON_HEADS,
        "role": frozenset(w.lower() for w in en.ROLE_WORDS | en.TITLE_WORDS),
        "body": frozenset(w.lower() for w in en.BODY_HEADS) | cues.GENERIC_ORG_NOUNS,
        "people": en.PEOPLE_NOUNS,
        "document": cues.DOCUMENT_NOUNS | cues.FIGURE_NOUNS,
        "speech_noun": en.SPEECH_NOUNS,
        "claim_noun": frozenset(w.lower() for w in _claim_nouns()),
        "media": frozenset(w.lower() for w in cues.MEDIA_NOUNS | cues.PRESS_NOUNS),
    }


def _claim_nouns() -> frozenset[str]:
    from factdesk.lexicon import english as en

    nouns = en.CLAIM_NOUNS
    return frozenset(nouns) if not isinstance(nouns, str) else frozenset(nouns.split("|"))


def cyrillic_classes() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Russian/Ukrainian word-start classes and the endings that may follow (any when empty):
    the ``reporting_ru_uk`` stems the ``ru_uk`` rules read."""
    from factdesk.lexicon import reporting_ru_uk as r

    past, present = tuple(r.PAST_ENDINGS), tuple(r.PRESENT_ENDINGS)
    reflexive = tuple(r.REFLEXIVE_REPORT_ENDINGS)
    return {
        "report_past": (tuple(r.PAST_STEMS), past),
        "report_present": (tuple(r.PRESENT_STEMS), present),
        "report_reflexive": (tuple(r.PAST_STEMS | r.PRESENT_STEMS), reflexive),
        "told": (tuple(r.TOLD_STEMS), ()),
        "belief": (tuple(r.BELIEF_STEMS), ()),
        "demand": (tuple(r.DEMAND_STEMS), ()),
        "expecting": (tuple(r.EXPECTING_STEMS), ()),
        "finding": (tuple(r.RESEARCH_STEMS), ()),
        "deed": (tuple(r.DEED_STEMS), ()),
        "declaring": (tuple(r.DECLARING_STEMS), ()),
        "hearsay": (tuple(r.HEARSAY_STEMS), ()),
        "quoting": (tuple(r.QUOTING_VERBS) + tuple(r.CITING_VERBS), ()),
        "referring": (tuple(r.REFERRING_STEMS), ()),
        "publishing": (tuple(r.PUBLISHING_STEMS) + tuple(r.PUBLISHED_STEMS), ()),
        "no_reply": (tuple(r.UNANSWERED_VERBS) + tuple(r.DECLINED_VERBS), ()),
        "source_noun": (tuple(r.SOURCE_NOUNS) + tuple(r.GENERIC_SOURCE_NOUNS), ()),
        "office": (tuple(r.OFFICE_STEMS) + tuple(r.PRESS_OFFICES), ()),
        "org": (tuple(r.ORG_STEMS) + tuple(r.GOVERNMENT_STEMS), ()),
        "expert": (tuple(r.EXPERT_STEMS) + tuple(r.STAFF_STEMS), ()),
    }


def cyrillic_phrases() -> dict[str, tuple[str, ...]]:
    from factdesk.lexicon import reporting_ru_uk as r

    return {
        "according": tuple(r.ACCORDING),
        "known_to": tuple(r.KNOWN_TO),
        "forward": tuple(r.FORWARD),
        "own_aside": tuple(r.OWN_ASIDE),
    }


# --- features ------------------------------------------------------------------------------

_DEPS = frozenset("ROOT ccomp xcomp advcl relcl conj parataxis acl pcomp amod".split())
_SUBJECT_ENTS = frozenset("PERSON ORG NORP GPE".split())


def _noun_classes(token: Token, classes: dict[str, frozenset[str]]) -> list[str]:
    lemma, lower = token.lemma_.lower(), token.lower_
    return [k for k, members in classes.items() if lemma in members or lower in members]


def _token_features(
    token: Token, quoted: Callable[[Token], bool], nouns: dict[str, frozenset[str]], where: float
) -> list[str]:
    """What the parse says of one candidate cue token: its arc, complements, subject, form."""
    dep = token.dep_ if token.dep_ in _DEPS else "other"
    out = [f"dep:{dep}", f"tag:{token.tag_}", f"at:{int(where * 3)}"]
    if quoted(token):
        out.append("quoted")
    subject = False
    for child in token.children:
        d = child.dep_
        if d in ("ccomp", "xcomp", "parataxis"):
            out.append(f"has:{d}")
            if any(g.dep_ == "mark" and g.lower_ == "that" for g in child.children):
                out.append("has:that")
            if quoted(child):
                out.append(f"has:{d}:quoted")
        elif d == "neg":
            out.append("neg")
        elif d == "aux" and child.tag_ == "MD":
            out.append("modal")
        elif d in ("auxpass", "nsubjpass"):
            out.append("passive")
        elif d == "prt":
            out.append("particle")
        elif d == "advcl":
            out.append("has:advcl")
        elif d in ("dobj", "dative"):
            out.append(f"has:{d}")
            out.extend(f"{d}:{k}" for k in _noun_classes(child, nouns))
            if child.ent_type_ in _SUBJECT_ENTS:
                out.append(f"{d}:ent")
        elif d == "agent":
            out.append("has:agent")
        if d in ("nsubj", "nsubjpass"):
            subject = True
            if child.ent_type_ in _SUBJECT_ENTS:
                out.append(f"subj:{child.ent_type_}")
            elif child.pos_ == "PRON":
                out.append("subj:pron" if child.lower_ != "it" else "subj:it")
            elif child.pos_ == "PROPN":
                out.append("subj:propn")
            else:
                out.append("subj:noun")
            out.extend(f"subj:{k}" for k in _noun_classes(child, nouns))
            if child.tag_ in ("NNS", "NNPS"):
                out.append("subj:plural")
            if any(g.dep_ == "det" and g.lower_ in ("a", "an") for g in child.children):
                out.append("subj:indefinite")
    if not subject:
        out.append("subj:none")
    return out


def english_features(
    tokens: Sequence[Token], quoted: Callable[[Token], bool], *,
    classes: dict[str, frozenset[str]] | None = None,
    nouns: dict[str, frozenset[str]] | None = None,
) -> tuple[set[str], str | None]:  # fmt: skip
    """(features, the speaker its first speech-class verb's subject proposes) of one English
    unit's tokens: each candidate cue token's classes crossed with what the parse says of it."""
    classes = classes if classes is not None else english_classes()
    nouns = nouns if nouns is not None else english_noun_classes()
    speech = ("people_speech", "thing_speech", "told_by", "quoting")
    feats: set[str] = set()
    proposal: str | None = None
    n = max(1, len(tokens))
    for k, token in enumerate(tokens):
        lemma = token.lemma_.lower()
        kinds: list[str]
        if token.pos_ == "VERB" or (token.pos_ == "AUX" and token.dep_ not in ("aux", "auxpass")):
            kinds = [c for c, members in classes.items() if lemma in members] or ["other_verb"]
        elif (
            token.lower_ == "according"
            and token.i + 1 < len(token.doc)
            and (token.doc[token.i + 1].lower_ == "to")
        ):
            kinds = ["according"]
        elif token.pos_ == "NOUN" and lemma in nouns["speech_noun"]:
            kinds = ["speech_noun"]
        else:
            continue
        parts = _token_features(token, quoted, nouns, k / n)
        for kind in kinds:
            feats.add(f"c:{kind}")
            feats.update(f"c:{kind}|{p}" for p in parts)
        if kinds != ["other_verb"]:
            feats.update(f"cue|{p}" for p in parts)
        if proposal is None and any(kind in speech for kind in kinds):
            proposal = _proposed(token)
        if proposal is None and kinds == ["according"]:
            objects = [t for t in token.doc[token.i + 1].children if t.dep_ == "pobj"]
            if objects:
                proposal = _phrase(objects[0])
    if not any(f.startswith("c:") and not f.startswith("c:other_verb") for f in feats):
        feats.add("no_cue")
    return feats, proposal


def _phrase(head: Token) -> str:
    """The name a subject or object stands for: its entity, else its noun phrase."""
    from factdesk.extract.cues import ANONYMOUS_HEADS
    from factdesk.lexicon.english import INDEFINITE_DETERMINERS, SOMEONE_PRONOUNS

    if head.lemma_.lower() in ANONYMOUS_HEADS | SOMEONE_PRONOUNS:
        return ANONYMOUS
    if head.pos_ == "NOUN" and any(  # "a deckhand says": one person the text does not name
        c.dep_ in ("det", "nummod") and c.lower_ in INDEFINITE_DETERMINERS for c in head.children
    ):
        return ANONYMOUS
    if head.ent_type_ and head.ent_iob_ in ("B", "I"):
        ent = next((e for e in head.doc.ents if e.start <= head.i < e.end), None)
        if ent is not None:
            return ent.text
    words = [t for t in head.subtree if t.dep_ not in ("punct", "det", "relcl", "acl")]
    return " ".join(t.text for t in words[:8])


def _proposed(verb: Token) -> str | None:
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or subjects[0].pos_ == "PRON":
        return None
    return _phrase(subjects[0])


ANONYMOUS = "\u2205anonymous"
_CYR_WORD = re.compile(r"[\w’'-]+")
_DASH_BEFORE = re.compile(r"[,.!?…»\"”]\s*[—–-]\s*$")


def cyrillic_features(text: str) -> set[str]:
    """Features of a Russian or Ukrainian unit: the stem classes of its words (where they
    stand: after a quotation's dash, before a capitalised word, the unit's first words), the
    ``reporting_ru_uk`` frames it holds, negation before a reporting verb."""
    classes = cyrillic_classes()
    feats: set[str] = set()
    lower = text.lower()
    for name, phrases in cyrillic_phrases().items():
        if any(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", lower) for p in phrases):
            feats.add(f"p:{name}")
            opening = lower.lstrip(' «"—–-').startswith(phrases)
            feats.add(f"p:{name}|start:{int(opening)}")
    words = list(_CYR_WORD.finditer(text))
    n = max(1, len(words))
    for k, match in enumerate(words):
        word = match.group().lower()
        kinds = []
        for name, (stems, endings) in classes.items():
            for stem in stems:
                if word.startswith(stem) and (not endings or word[len(stem) :] in endings):
                    kinds.append(name)
                    break
        if not kinds:
            continue
        parts = [f"at:{int(3 * k / n)}"]
        if _DASH_BEFORE.search(text[: match.start()]):
            parts.append("after_dash")
        if k + 1 < len(words) and words[k + 1].group()[:1].isupper():
            parts.append("next_capital")
        if k and words[k - 1].group().lower() in ("не", "ни"):
            parts.append("neg")
        if text[match.end() : match.end() + 6].lstrip().startswith((",", ":")):
            parts.append("then_comma")
        if re.match(r"\s*,?\s*(что|що|чтобы|щоб)\b", lower[match.end() :]):
            parts.append("that")
        for kind in kinds:
            feats.add(f"c:{kind}")
            feats.update(f"c:{kind}|{p}" for p in parts)
    if not any(f.startswith(("c:report", "c:told", "p:")) for f in feats):
        feats.add("no_cue")
    return feats


def unit_features(units: Sequence[Unit], i: int) -> set[str]:
    """The unit's shape: quotation share, paragraph place, length, the quotation it shares
    with the unit before (text, never a neighbour's answer)."""
    unit = units[i]
    out = {"bias"}
    if unit.is_quote:
        out.add("u:quote")
    elif unit.quoted_words:
        out.add("u:some_quoted")
    before = units[i - 1] if i else None
    same_paragraph = before is not None and before.paragraph == unit.paragraph
    if not same_paragraph:
        out.add("u:first_in_paragraph")
    elif before is not None:
        if before.quote_ids & unit.quote_ids:
            out.add("u:prev_same_quotation")
        if before.is_quote:
            out.add("u:prev_quote")
    after = units[i + 1] if i + 1 < len(units) else None
    if after is not None and after.paragraph == unit.paragraph and after.is_quote:
        out.add("u:next_quote")
    out.add(f"u:paragraph:{min(unit.paragraph, 3)}")
    out.add(f"u:words:{min(unit.words // 10, 4)}")
    stripped = unit.text.strip()
    if stripped[:1] in '“"«„—–-':
        out.add("u:opens_quote_or_dash")
    if stripped.endswith(":"):
        out.add("u:colon")
    return out


# --- collection ----------------------------------------------------------------------------


def _unit_rows(engine: Engine, units: list[Unit], classes: dict[str, frozenset[str]],
               nouns: dict[str, frozenset[str]]) -> list[dict]:  # fmt: skip
    """Each unit of a run engine: its span, the rules' ``own`` (scoring only), its features and
    the speaker its speech-class verb's subject proposes."""
    from factdesk.extract import ru_uk

    from tools.speaker_candidates import _unit_tokens

    offsets = {id(d): o for d, o in zip(engine.parsed.docs, engine.parsed.offsets, strict=True)}
    quoted = engine.quoted_at(lambda t: offsets[id(t.doc)] + t.idx)
    rows = []
    for i, unit in enumerate(units):
        shape = unit_features(units, i)
        if engine.cyrillic or ru_uk.is_cyrillic(unit.text, False):
            feats, proposal = cyrillic_features(unit.text), None
        else:
            feats, proposal = english_features(_unit_tokens(engine, unit), quoted,
                                               classes=classes, nouns=nouns)  # fmt: skip
        rows.append({"start": unit.start, "end": unit.end, "text": unit.text, "own": unit.own,
                     "features": sorted(feats | shape), "proposal": proposal})  # fmt: skip
    for i, row in enumerate(rows):
        row["context"] = sorted(
            _neighbour("prev", rows[i - 1] if i else None, units[i - 1] if i else None, units[i])
            | _neighbour("next", rows[i + 1] if i + 1 < len(rows) else None,
                         units[i + 1] if i + 1 < len(rows) else None, units[i])
        )  # fmt: skip
    return rows


def _neighbour(side: str, row: dict | None, other: Unit | None, unit: Unit) -> set[str]:
    """What the unit beside this one holds (in its paragraph, or the paragraph's edge): its cue
    classes, its cue verb's subject kind, a quotation (the neighbour's text and parse, never
    the rules' answer)."""
    if row is None or other is None:
        return {f"{side}:none"}
    if other.paragraph != unit.paragraph:  # the paragraph before or after: its own prefix
        side = f"{side}_paragraph"
    keep = {f for f in row["features"] if "|" not in f and f.startswith(("c:", "p:"))}
    keep |= {f for f in row["features"] if f.startswith("cue|subj:") or f == "u:quote"}
    keep |= {f.replace("|", "|r", 1) for f in row["features"] if "|after_dash" in f}
    return {f"{side}:{f}" for f in keep if not f.startswith("c:other_verb")}


def article_rows(body: str) -> list[dict]:
    """Every unit of ``body`` as ``collect`` sees it (for tests and reading by hand): the
    engine run as extraction runs it."""
    from factdesk.extract.attribution import Engine
    from factdesk.extract.claims import _Article
    from factdesk.extract.units import make_unit

    article = _Article(body, None)
    units = [make_unit(article.layout, span) for span in article.spans()]
    engine = Engine(article.layout)
    engine.run(units)
    return _unit_rows(engine, units, english_classes(), english_noun_classes())


def _key(text: str) -> str:
    return re.sub(r"\W+", "", text)


def collect_split(split: str, data: Path = DATA, validation: bool = False) -> list[dict]:
    """Every found labelled claim of ``split``: its unit's features, the label, the rules'
    answer (for scoring only). The validation split only with ``validation`` (``validate``:
    scored, never cached, never trained on)."""
    if split in ASIDE or split in SEALED:
        raise SystemExit(_BLOCKED.format(split=split))
    if split in VALIDATION and not validation:
        raise SystemExit(_VALIDATION_ONLY.format(split=split))
    from factdesk.extract import attribution

    store: dict[str, list[dict]] = {}
    classes, nouns = english_classes(), english_noun_classes()

    def recording(layout, units, turns=None):  # type: ignore[no-untyped-def]
        engine = attribution.Engine(layout)
        engine.run(units, turns)
        store[_key(layout.body)] = _unit_rows(engine, units, classes, nouns)
        return engine.people

    bodies, extracted = extract_split_recording(data / split, recording)
    _, sentences = read_labels(data / f"{split}.jsonl")
    out = []
    for sentence, body, _, best in found_claims(sentences, bodies, extracted):
        units = store.get(_key(body), [])
        unit = max(units, key=lambda u: min(u["end"], best.end) - max(u["start"], best.start),
                   default=None)  # fmt: skip
        if unit is None or min(unit["end"], best.end) <= max(unit["start"], best.start):
            continue
        out.append({
            "split": split, "article": sentence.article, "text": sentence.text,
            "lang": sentence.lang, "gold": sentence.sourcing,
            "speaker": sentence.speaker, "rules_sourcing": best.sourcing,
            "rules_speaker": best.speaker, "own": unit["own"], "features": unit["features"],
            "proposal": unit["proposal"], "context": unit["context"],
        })  # fmt: skip
    return out


def collect(splits: Iterable[str], data: Path, cache: Path) -> None:
    cache.mkdir(parents=True, exist_ok=True)
    for split in splits:
        rows = collect_split(split, data)
        (cache / f"{split}.json").write_text(json.dumps(rows, ensure_ascii=False), "utf-8")
        print(f"{split}: {len(rows)} found claims", file=sys.stderr)


def load(splits: Iterable[str], cache: Path) -> list[dict]:
    rows = []
    for split in splits:
        path = cache / f"{split}.json"
        if not path.exists():
            raise SystemExit(f"{path}: not collected (run collect first)")
        rows.extend(json.loads(path.read_text("utf-8")))
    return rows


# --- the model -----------------------------------------------------------------------------


@dataclass(slots=True)
class Model:
    """A logistic regression over binary features: P(the claim is sourced)."""

    weights: dict[str, float]
    context: bool = True

    def probability(self, features: Iterable[str]) -> float:
        z = sum(self.weights.get(f, 0.0) for f in features)
        return float(1.0 / (1.0 + np.exp(-z)))

    def of(self, row: dict) -> float:
        """P(sourced) of a collected row."""
        return self.probability(features_of(row, self.context))


def features_of(row: dict, context: bool) -> list[str]:
    """A row's own features, and with ``context`` its neighbours' (``_neighbour``)."""
    return [*row["features"], *row.get("context", ())] if context else list(row["features"])


def target(row: dict) -> int:
    return int(row["gold"] in SOURCED)


def fit(rows: Sequence[dict], l2: float = L2, steps: int = STEPS, context: bool = True) -> Model:
    """Full-batch Adam from zero weights on the mean log loss plus ``l2 / n`` times half the
    squared weights (no randomness: the same rows give the same model, byte for byte);
    features seen in fewer than ``MIN_COUNT`` rows are dropped."""
    table = [features_of(row, context) for row in rows]
    counts = Counter(f for feats in table for f in feats)
    vocab = sorted(f for f, c in counts.items() if c >= MIN_COUNT or f == "bias")
    index = {f: i for i, f in enumerate(vocab)}
    row_ids, col_ids = [], []
    for r, feats in enumerate(table):
        for f in feats:
            if f in index:
                row_ids.append(r)
                col_ids.append(index[f])
    rr, cc = np.array(row_ids, dtype=np.int64), np.array(col_ids, dtype=np.int64)
    y = np.array([target(row) for row in rows], dtype=np.float64)
    n, d = len(rows), len(vocab)
    w, m, v = np.zeros(d), np.zeros(d), np.zeros(d)
    beta1, beta2 = 0.9, 0.999
    for step in range(1, steps + 1):
        z = np.bincount(rr, weights=w[cc], minlength=n)
        p = 1.0 / (1.0 + np.exp(-z))
        grad = np.bincount(cc, weights=(p - y)[rr], minlength=d) / n + l2 * w / n
        m = beta1 * m + (1 - beta1) * grad
        v = beta2 * v + (1 - beta2) * grad * grad
        w -= RATE * (m / (1 - beta1**step)) / (np.sqrt(v / (1 - beta2**step)) + 1e-8)
    kept = {f: round(float(w[i]), 4) for f, i in index.items() if abs(w[i]) >= 5e-5}
    return Model(kept, context)


def render_weights(model: Model, rows: Sequence[dict]) -> str:
    """The weights JSON: sorted keys, what it was trained on (splits, rows, a digest)."""
    digest = hashlib.sha256(  # every input of ``fit``: the neighbours' features too
        json.dumps(
            [[r["split"], r["gold"], r["features"], r.get("context", [])] for r in rows]
        ).encode()
    ).hexdigest()[:16]
    body = {
        "about": "P(sourced) of a unit, tools/train_cue.py (session 33, cue33): measured, "
        "not wired into the extractor (attribution README, 'A learned cue decision')",
        "splits": sorted({r["split"] for r in rows}),
        "rows": len(rows),
        "rows_sha256": digest,
        "l2": L2, "steps": STEPS, "min_count": MIN_COUNT,
        "weights": model.weights,
    }  # fmt: skip
    return json.dumps(body, sort_keys=True, indent=0, ensure_ascii=False) + "\n"


# --- scoring -------------------------------------------------------------------------------


def _speaker_right(gold: str, speaker: str | None, sourcing: str, got: str | None) -> bool:
    if gold == "anonymous":
        return sourcing == "anonymous"
    return same_speaker(speaker or "", got)


@dataclass(slots=True)
class Score:
    claims: int = 0
    decision_rules: int = 0
    decision_model: int = 0
    sourced: int = 0
    speaker_rules: int = 0
    speaker_hybrid: int = 0
    none_rules: int = 0  # a claim with no source given one
    none_hybrid: int = 0
    vetoes: int = 0
    vetoes_right: int = 0  # a veto of a claim labelled sourceless
    additions: int = 0
    additions_right: int = 0  # an addition with the labelled speaker
    additions_sourced: int = 0  # an addition on a claim labelled sourced (the decision right)

    def line(self, name: str) -> str:
        def pct(a: int, b: int) -> str:
            return f"{100 * a / b:5.1f}%" if b else "   - "

        return (f"{name:10} claims {self.claims:5}  decision rules "
                f"{pct(self.decision_rules, self.claims)} model "
                f"{pct(self.decision_model, self.claims)}  speaker rules "
                f"{self.speaker_rules}/{self.sourced} hybrid {self.speaker_hybrid}/{self.sourced}"
                f"  source-where-none {self.none_rules}->{self.none_hybrid}  vetoes "
                f"{self.vetoes_right}/{self.vetoes} additions {self.additions_right}/"
                f"{self.additions} (sourced {self.additions_sourced})")  # fmt: skip


def score(rows: Sequence[dict], model: Model, margin: float) -> Score:
    """The cue decision against the rules', and the rules wired with it at ``margin``."""
    out = Score()
    for row in rows:
        p = model.of(row)
        gold, truth = row["gold"], target(row)
        rules_sourced = row["rules_sourcing"] in SOURCED
        out.claims += 1
        out.decision_rules += int(rules_sourced == bool(truth))
        out.decision_model += int((p >= 0.5) == bool(truth))
        sourcing, speaker = row["rules_sourcing"], row["rules_speaker"]
        if rules_sourced and row["own"] and p < 1 - margin:
            out.vetoes += 1
            out.vetoes_right += 1 - truth
            sourcing, speaker = "unattributed", None
        elif not rules_sourced and p > margin and row["proposal"]:
            out.additions += 1
            anonymous = row["proposal"] == ANONYMOUS
            sourcing = "anonymous" if anonymous else "named"
            speaker = None if anonymous else row["proposal"]
            out.additions_sourced += truth
            out.additions_right += int(
                truth == 1 and _speaker_right(gold, row["speaker"], sourcing, speaker)
            )
        if truth:
            out.sourced += 1
            out.speaker_rules += int(_speaker_right(gold, row["speaker"], row["rules_sourcing"],
                                                    row["rules_speaker"]))  # fmt: skip
            out.speaker_hybrid += int(_speaker_right(gold, row["speaker"], sourcing, speaker))
        else:
            out.none_rules += int(rules_sourced)
            out.none_hybrid += int(sourcing in SOURCED)
    return out


def folds_report(
    cache: Path,
    margins: Sequence[float] = MARGINS,
    lang: str | None = None,
    *,
    context: bool = True,
    l2: float = L2,
    present: Iterable[str] | None = None,
) -> str:
    """Each fold held out in turn: trained on the other folds' splits (every language), scored
    on its own (``lang``'s claims), at each margin; then the folds pooled."""
    kept = set(tuning_splits() if present is None else present)

    def folds() -> Iterable[tuple[str, list[dict], Model]]:
        for name, splits in FOLDS.items():
            held = [s for s in splits if s in kept]
            train = [s for f, ss in FOLDS.items() if f != name for s in ss if s in kept]
            if held and train:
                rows = [r for r in load(held, cache) if lang in (None, r["lang"])]
                yield name, rows, fit(load(train, cache), l2=l2, context=context)

    return _margin_table(folds(), margins, f"(context {context}, l2 {l2}, lang {lang or 'all'})")


def _margin_table(
    parts: Iterable[tuple[str, list[dict], Model]], margins: Sequence[float], setting: str,
    prefix: str = "",
) -> str:  # fmt: skip
    """Each part's rows scored by its model at each margin, one line a part, then the parts
    pooled: the table ``folds`` and ``fresh`` print."""
    totals = {margin: Score() for margin in margins}
    lines: dict[float, list[str]] = {margin: [] for margin in margins}
    for name, rows, model in parts:
        for margin in margins:
            result = score(rows, model, margin)
            lines[margin].append(result.line(name))
            for attr in Score.__slots__:  # type: ignore[attr-defined]
                setattr(totals[margin], attr, getattr(totals[margin], attr) + getattr(result, attr))
    out = []
    for margin in margins:
        out += [f"{prefix}margin {margin} {setting}", *lines[margin], totals[margin].line("all")]
    return "\n".join(out)


def fresh_rows(split: str, cache: Path, fresh: Path) -> list[dict]:
    """``split``'s collected rows with the rules' answer of the engine as it was when the split
    was opened (``train_speaker_ranker collect`` rows under ``fresh``, matched by article and
    text): out of sample for the rules as for the model. Claims the old engine did not find are
    left out; its ``own`` where it recorded one (English), else today's."""
    old = {
        (r["article"], " ".join(r["text"].split())): r
        for r in json.loads((fresh / f"{split}.json").read_text("utf-8"))
    }
    out = []
    for row in json.loads((cache / f"{split}.json").read_text("utf-8")):
        then = old.get((row["article"], " ".join(row["text"].split())))
        if then is None:
            continue
        record = then.get("record") or {}
        out.append({**row, "rules_sourcing": then["rules_sourcing"],
                    "rules_speaker": then["rules_speaker"],
                    "own": record.get("own", row["own"])})  # fmt: skip
    return out


def fresh_report(
    cache: Path, fresh: Path, margins: Sequence[float] = MARGINS, *, context: bool = True,
    l2: float = L2, lang: str | None = None,
) -> str:  # fmt: skip
    """Forward folds on fresh rules: each split under ``fresh`` scored by a model trained only
    on the tuning splits written before it (``SPLITS`` order), against the rules as they were
    when it was opened."""
    order = [s for s in SPLITS if s in tuning_splits()]

    def forward() -> Iterable[tuple[str, list[dict], Model]]:
        for path in sorted(fresh.glob("*.json"), key=lambda p: SPLITS.index(p.stem)):
            split = path.stem
            if split in order and (cache / f"{split}.json").exists():
                rows = [r for r in fresh_rows(split, cache, fresh) if lang in (None, r["lang"])]
                yield (
                    split,
                    rows,
                    fit(load(order[: order.index(split)], cache), l2=l2, context=context),
                )

    setting = f"(context {context}, l2 {l2}, lang {lang or 'all'})"
    return _margin_table(forward(), margins, setting, prefix="fresh, ")


def validate(splits: Sequence[str], data: Path, cache: Path, swept: bool = False) -> int:
    """Score the validation split once, counts only, with what the folds chose: ``CHOSEN``,
    ``L2``, the neighbours' features. No margin, L2, language or feature option is taken (each
    would make a sweep of the split, a choice made on it) and no split is named twice."""
    if swept:
        print("validate runs once with CHOSEN and L2: no --margin, --l2, --lang, --no-context",
              file=sys.stderr)  # fmt: skip
        return 2
    if not splits or len(set(splits)) != len(splits):
        print("validate: name each validation split once", file=sys.stderr)
        return 2
    for split in splits:
        if split not in VALIDATION:
            print(f"{split}: validate takes the validation split only", file=sys.stderr)
            return 2
    model = fit(load(tuning_splits(), cache))
    for split in splits:
        rows = collect_split(split, data, validation=True)
        print(score(rows, model, CHOSEN).line(f"{split}@{CHOSEN}"))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("collect", "folds", "fresh", "weights", "validate"))
    parser.add_argument("splits", nargs="*")
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--margin", type=float, nargs="*", help=f"folds, fresh: {MARGINS}")
    parser.add_argument("--lang", help="folds, fresh")
    parser.add_argument("--fresh", type=Path, default=Path("/tmp/miss29/fresh"))
    parser.add_argument("--l2", type=float, help=f"folds, fresh: {L2}")
    parser.add_argument("--no-context", action="store_true", help="folds, fresh: own features only")
    parser.add_argument("--out", type=Path, default=WEIGHTS)
    args = parser.parse_args(argv)
    if args.command == "validate":
        return validate(args.splits, args.data, args.cache, swept=(
            args.margin is not None or args.lang is not None or args.l2 is not None
            or args.no_context))  # fmt: skip
    args.margin = list(MARGINS) if args.margin is None else args.margin
    args.l2 = L2 if args.l2 is None else args.l2
    if args.command == "collect":
        collect(args.splits or tuning_splits(), args.data, args.cache)
    elif args.command == "folds":
        print(folds_report(args.cache, args.margin, args.lang, context=not args.no_context,
                           l2=args.l2))  # fmt: skip
    elif args.command == "fresh":
        print(fresh_report(args.cache, args.fresh, args.margin, context=not args.no_context,
                           l2=args.l2, lang=args.lang))  # fmt: skip
    elif args.command == "weights":
        rows = load(tuning_splits(), args.cache)
        args.out.write_text(render_weights(fit(rows), rows), "utf-8")
        print(f"{args.out}: {len(rows)} rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
