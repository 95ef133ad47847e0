"""Where each wrong speaker of a split starts going wrong: the earliest stage of the pipeline.

    PYTHONPATH=tui python -m tools.attribution_stages heldout33          # every wrong claim
    PYTHONPATH=tui python -m tools.attribution_stages heldout32 --lang en --counts

Eight sessions read the fresh errors by *class* (what the sentence looks like) and wrote a rule
per class; the tuning splits rose and the next fresh split did not. This tool asks instead at
which *stage* each error starts, so the mending can go to the stage that fails most, as a
mechanism, not a rule for a sentence. For every found labelled claim the evaluator scores wrong
(a sourced claim whose speaker is wrong, or a claim with no source given one) it assigns the
earliest of these stages that fails, from the engine's own analysis of the article:

1. ``segmentation``: the claim is not found whole (``WHOLE_JACCARD``) and the cut matters: the
   labelled speaker's words are on one side of the cut only, or one extracted claim spans two
   labelled ones, or one labelled claim is split over two extracted ones;
2. ``cue``: the labelled speaker's words are in the unit but the engine sees no reporting verb
   there (no main-clause speech verb, the unit not its own source); or a claim with no source
   given one by the unit's own cue (a deed read as speech);
3. ``parse``: a reporting verb is seen, the speaker's head token is in the unit, but the parse
   does not hang it as that verb's subject (directly, through an apposition, a compound, a
   possessive, "according to", "told"): the dependency arcs are printed;
4. ``entity``: the speaker's head is the reporting verb's subject but the recogniser gives it no
   person/organisation entity, or an entity that does not hold the labelled name;
5. ``reference``: no candidate (``tools/speaker_candidates.py``, the list the ranker reads)
   names the labelled speaker: a pronoun, a common noun, an issuer or a name given later;
6. ``choice``: a candidate names the labelled speaker and the rules took another (or a speaker
   carried from context onto a claim with no source);
7. ``sourcing``: the speaker is right (or there is none) but the class is wrong (anonymous read
   as unattributed, a sourceless claim marked anonymous, a named one marked anonymous).

``label`` (8: the label is doubtful under the numbered conventions) is decided by eye only.
Russian and Ukrainian units have no parse: stages 3 and 4 read there as ``name span`` (the
labelled speaker's words are in the unit and the ``ru_uk`` rules did not take them).

The loading, extraction and matching are the evaluator's (``tools.evaluate_attribution``) and
the candidates the ranker's (``tools.speaker_candidates``); nothing is copied. Like
``evaluate_attribution --errors`` it prints nothing of the validation, aside or sealed splits:
it refuses them by the evaluator's tuples.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from tools.evaluate_attribution import (
    ASIDE,
    DATA,
    SEALED,
    VALIDATION,
    WHOLE_JACCARD,
    Extracted,
    Sentence,
    chars,
    extract_split_recording,
    found_claims,
    name_tokens,
    read_labels,
    same_speaker,
)

if TYPE_CHECKING:
    from factdesk.extract.attribution import Engine
    from factdesk.extract.units import Unit
    from spacy.tokens import Token

STAGES = ("segmentation", "cue", "parse", "entity", "reference", "choice", "sourcing")
UNRECORDED = "unrecorded"
"""No stage: the engine left no record of the article, so none can be told."""
SOURCED = ("named", "anonymous")
_BLOCKED = "{split}: refused: the validation, aside and sealed splits' errors are never listed"


@dataclass(slots=True)
class Entry:
    """One wrong claim: what was labelled, what the engine gave, the stage and its evidence."""

    split: str
    article: str
    lang: str
    text: str
    gold: str
    speaker: str | None
    got_sourcing: str
    got_speaker: str | None
    stage: str
    evidence: list[str] = field(default_factory=list)


def refused(split: str) -> bool:
    """True for a split whose errors are never listed (validation, aside, sealed)."""
    return split in VALIDATION or split in ASIDE or split in SEALED


def wrong(gold: Sentence, got: Extracted) -> bool:
    """The evaluator's verdict: a sourced claim with the wrong speaker or class, or a claim
    with no source given one."""
    predicted = got.sourcing
    if gold.sourcing == "anonymous":
        return predicted != "anonymous"
    if gold.sourcing == "named":
        return not same_speaker(gold.speaker or "", got.speaker)
    return predicted in SOURCED


def _words(name: str | None) -> list[str]:
    """The labelled speaker's distinctive words (no titles, articles, short words)."""
    words = name_tokens(name or "")
    return [w for w in words if len(w) > 2] or words


def _head(tokens: list[Token], gold: Sentence) -> Token | None:
    """The labelled speaker's head token in the unit: the last word of its name's first run
    of words (a named speaker), or the unnamed-source noun (an anonymous one)."""
    if gold.sourcing == "anonymous":
        from factdesk.extract.cues import ANONYMOUS_HEADS

        heads = [t for t in tokens if t.lemma_.lower() in ANONYMOUS_HEADS]
        return heads[0] if heads else None
    words = set(_words(gold.speaker))
    hits = [t for t in tokens if t.lower_.strip(".'’") in words or t.lower_ in words]
    if len(words) > 1:  # a longer name: a capitalised word of it ("fuel fire growth" is not
        hits = [t for t in hits if t.text[:1].isupper()]  # "Cal Fire")
    if not hits:
        return None
    run = [hits[0]]
    for token in hits[1:]:
        if token.i == run[-1].i + 1 or (token.i == run[-1].i + 2 and token.doc[token.i - 1].
                                        dep_ in ("compound", "punct", "case")):  # fmt: skip
            run.append(token)
        else:
            break
    return run[-1]


def _attached(head: Token) -> str | None:
    """How ``head`` hangs on a reporting verb, or None: the subject (through an apposition, a
    compound, a conjunct, a possessive, an "of"), "according to", the object of "told"."""
    from factdesk.extract.grammar import is_speech_verb

    node = head
    for _ in range(5):
        if node.dep_ in ("nsubj", "nsubjpass") and is_speech_verb(node.head):
            return f"subject of {node.head.text!r}"
        if (
            node.dep_ == "pobj"
            and node.head.lower_ in ("to", "by")
            and (node.head.head.lower_ == "according" or is_speech_verb(node.head.head))
        ):
            return f"{node.head.head.text} {node.head.text}"
        if node.dep_ in ("dobj", "dative") and node.head.lemma_ == "tell":
            return "told"
        if node.dep_ not in ("appos", "compound", "conj", "pobj", "prep", "poss", "amod"):
            return None
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _arc(token: Token) -> str:
    """``word -dep-> head`` up to the root, for the evidence."""
    path, node = [], token
    for _ in range(6):
        path.append(f"{node.text}/{node.dep_}")
        if node.head.i == node.i:
            break
        node = node.head
    return " > ".join(path)


def _verb_arcs(verbs: Sequence[Token]) -> str:
    return "; ".join(
        f"{v.text}[{', '.join(f'{c.dep_}:{c.text}' for c in v.children if c.dep_ != 'punct')}]"
        for v in verbs
    )


def _split_cut(gold: Sentence, got: Extracted, body: str, sentences: list[Sentence],
               extracted: list[Extracted]) -> str | None:  # fmt: skip
    """Why the claim's cut matters to its speaker (None when it is whole or does not)."""
    mine, theirs = chars(body, gold.start, gold.end), chars(body, got.start, got.end)
    if len(mine & theirs) >= WHOLE_JACCARD * len(mine | theirs):
        return None
    others = [s for s in sentences if s is not gold and s.claim and s.article == gold.article]
    merged = [s for s in others if chars(body, s.start, s.end) & theirs]
    if merged:
        return f"merged with {len(merged)} other labelled claim(s)"
    parts = [e for e in extracted if chars(body, e.start, e.end) & mine]
    if len(parts) > 1:
        return f"split over {len(parts)} extracted claims"
    if gold.sourcing == "named":
        words = _words(gold.speaker)
        inside = any(w in body[gold.start : gold.end].lower() for w in words)
        kept = any(w in body[got.start : got.end].lower() for w in words)
        if inside != kept:
            return "the speaker's words on one side of the cut"
    return None


def _key(body: str) -> str:
    """An article's body as both the desk and the analysis hold it: its word characters only
    (the analysis blanks a Markdown heading's marks and hard wraps, at the same offsets)."""
    return re.sub(r"\W+", "", body)


class _Recorder:
    """Keeps each article's engine and units as extraction runs them (one import, one parse)."""

    def __init__(self) -> None:
        self.store: dict[str, tuple[Engine, list[Unit]]] = {}

    def __call__(self, layout, units, turns=None):  # type: ignore[no-untyped-def]
        from factdesk.extract import attribution

        engine = attribution.Engine(layout)
        engine.run(units, turns)
        self.store[_key(layout.body)] = (engine, units)
        return engine.people


def collect(split: str, data: Path = DATA) -> list[Entry]:
    """Every wrong claim of ``split`` with its stage (refuses the splits ``refused`` names)."""
    if refused(split):
        raise SystemExit(_BLOCKED.format(split=split))
    recorder = _Recorder()
    bodies, extracted = extract_split_recording(data / split, recorder)
    _, sentences = read_labels(data / f"{split}.jsonl")
    entries = []
    for gold, body, got, best in found_claims(sentences, bodies, extracted):
        if not wrong(gold, best):
            continue
        entry = Entry(split, gold.article, gold.lang, gold.text, gold.sourcing, gold.speaker,
                      best.sourcing, best.speaker, "")  # fmt: skip
        cut = _split_cut(gold, best, body, sentences, got)
        recorded = recorder.store.get(_key(body))
        if cut:
            entry.stage = "segmentation"
            entry.evidence.append(cut)
        elif recorded is None:
            # counted apart: calling it "choice" (as first written) swelled that stage's count
            entry.stage = UNRECORDED
            entry.evidence.append("no engine record for the article")
        else:
            _stage(entry, gold, best, *recorded)
        entries.append(entry)
    return entries


def _unit_of(units: list[Unit], got: Extracted) -> int | None:
    """The engine's unit the extracted claim was made from (the one overlapping it most)."""
    best, most = None, 0
    for i, unit in enumerate(units):
        overlap = min(unit.end, got.end) - max(unit.start, got.start)
        if overlap > most:
            best, most = i, overlap
    return best


def _stage(entry: Entry, gold: Sentence, got: Extracted, engine: Engine, units: list[Unit]) -> None:
    """The earliest failing stage of one wrong claim that segmentation does not explain."""
    i = _unit_of(units, got)
    if i is None:
        entry.stage = "segmentation"
        entry.evidence.append("no unit under the extracted claim")
        return
    unit = units[i]
    entry.evidence.append(f"unit cue={unit.cue or '-'} own={unit.own} sort={unit.sort}")
    if gold.lang != "en" or engine.cyrillic:
        _stage_ru_uk(entry, gold, got, unit)
        return
    from factdesk.extract.grammar import main_verbs

    from tools import speaker_candidates as ranker
    from tools.train_speaker_ranker import candidate_kinds

    offsets = {id(d): o for d, o in zip(engine.parsed.docs, engine.parsed.offsets, strict=True)}
    quoted: Callable[[Token], bool] = engine.quoted_at(lambda t: offsets[id(t.doc)] + t.idx)
    cache: dict[int, tuple[list[Token], list[int]]] = {}
    found = ranker.candidates(engine, units, i, unit, quoted, cache)
    tokens, _ = cache[unit.start]
    verbs = main_verbs(tokens, quoted) if tokens else []
    spans = [engine.parsed.entity(t) for t in tokens]
    ents = list({id(e): e for e in spans if e is not None}.values())
    entry.evidence.append(f"verbs: {_verb_arcs(verbs) or '-'}")
    entry.evidence.append("entities: " + (", ".join(f"{e.text}/{e.label_}" for e in ents) or "-"))
    named = [c for c in found if c.name not in (ranker.ANONYMOUS, ranker.NOBODY)]
    shown = "; ".join(f"{c.name} [{candidate_kinds(c.features)}]" for c in named)
    entry.evidence.append(f"candidates: {shown or '-'}")
    if gold.sourcing not in SOURCED:  # a claim with no source given one
        if same_speaker(gold.speaker or "", got.speaker):  # (the group as written, the class
            entry.stage = "sourcing"  # wrong: "another group called for" read anonymous)
        elif unit.own:
            entry.stage = "cue"
            entry.evidence.append("the unit's own cue gave a source: a deed read as speech?")
        else:
            entry.stage = "choice"
            entry.evidence.append("a speaker carried from context")
        return
    if gold.sourcing == "named" and same_speaker(gold.speaker or "", got.speaker):
        entry.stage = "sourcing"
        return
    head = _head(tokens, gold)
    if head is None:
        if gold.sourcing == "anonymous" and got.sourcing in ("unattributed", "none") and verbs:
            entry.stage = "sourcing"
            return
        right = gold.sourcing == "named" and any(
            same_speaker(gold.speaker or "", c.name) for c in named
        )
        entry.stage = "choice" if right or gold.sourcing == "anonymous" else "reference"
        entry.evidence.append("the labelled speaker's words are not in the unit")
        return
    entry.evidence.append(f"head: {_arc(head)}")
    if not verbs and not unit.own:
        entry.stage = "cue"
        return
    how = _attached(head)
    if how is None and verbs:
        entry.stage = "parse"
        entry.evidence.append("the head hangs on no reporting verb")
        return
    entry.evidence.append(f"attached: {how or 'the unit own cue'}")
    if gold.sourcing == "named":
        entity = engine.parsed.entity(head)
        if (
            entity is None
            or entity.label_ not in ("PERSON", "ORG")
            or not same_speaker(gold.speaker or "", entity.text)
        ):
            entry.stage = "entity"
            entry.evidence.append(
                f"entity at the head: {entity.text + '/' + entity.label_ if entity else 'none'}"
            )
            return
        right = any(same_speaker(gold.speaker or "", c.name) for c in named)
        entry.stage = "choice" if right else "reference"
        return
    entry.stage = "choice" if got.sourcing in ("named",) else "sourcing"


def _stage_ru_uk(entry: Entry, gold: Sentence, got: Extracted, unit: Unit) -> None:
    """No parse: the rules' name span (3/4 as one) when the speaker's words are in the unit."""
    if gold.sourcing not in SOURCED:
        same = same_speaker(gold.speaker or "", got.speaker)
        entry.stage = "sourcing" if same else "cue" if unit.own else "choice"
        return
    if gold.sourcing == "named" and same_speaker(gold.speaker or "", got.speaker):
        entry.stage = "sourcing"
        return
    if gold.sourcing == "anonymous":
        entry.stage = "sourcing" if got.sourcing in ("unattributed", "none") else "choice"
        return
    words = _words(gold.speaker)
    text = unit.text.lower()
    stems = [w[: max(3, len(w) - 2)] for w in words]
    if any(stem in text for stem in stems):
        entry.stage = "name span" if not unit.own or not got.speaker else "choice"
        entry.evidence.append("the labelled speaker's words are in the unit")
    else:
        entry.stage = "reference"


def render(entries: list[Entry]) -> str:
    """Each entry (claim, label, answer, stage, evidence), then the counts by stage."""
    lines = []
    for e in entries:
        lines.append(f"[{e.stage}] {e.split}/{e.article} ({e.lang})")
        lines.append(f"  claim: {' '.join(e.text.split())[:300]}")
        lines.append(f"  label: {e.gold} {e.speaker!r}; engine: {e.got_sourcing} "
                     f"{e.got_speaker!r}")  # fmt: skip
        lines.extend(f"  {line}" for line in e.evidence)
    return "\n".join(lines)


def counts(entries: list[Entry]) -> str:
    """Stage x language counts of ``entries``."""
    table = Counter((e.stage, e.lang) for e in entries)
    langs = sorted({e.lang for e in entries})
    rows = [f"{'stage':14}" + "".join(f"{lang:>6}" for lang in langs) + f"{'all':>6}"]
    for stage in (*STAGES, "name span", UNRECORDED):
        cells = [table[(stage, lang)] for lang in langs]
        if any(cells):
            rows.append(f"{stage:14}" + "".join(f"{n:>6}" for n in cells) + f"{sum(cells):>6}")
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("split", help="a tuning split (never the validation, aside or sealed)")
    parser.add_argument("--data", type=Path, default=DATA, help="the labelled set's folder")
    parser.add_argument("--lang", help="only this language's entries (en, ru, uk)")
    parser.add_argument("--counts", action="store_true", help="the counts only")
    args = parser.parse_args(argv)
    if refused(args.split):
        print(_BLOCKED.format(split=args.split), file=sys.stderr)
        return 2
    entries = [e for e in collect(args.split, args.data) if args.lang in (None, e.lang)]
    if not args.counts:
        print(render(entries))
    print(counts(entries))
    return 0


if __name__ == "__main__":
    sys.exit(main())
