"""Train and measure a learned choice among candidate speakers (issue 12), against the rules.

    PYTHONPATH=tui python -m tools.train_speaker_ranker collect          # parse the splits once
    PYTHONPATH=tui python -m tools.train_speaker_ranker cv               # grouped CV, by split
    PYTHONPATH=tui python -m tools.train_speaker_ranker validate heldout48 --margin 0.9  # once
    PYTHONPATH=tui python -m tools.train_speaker_ranker weights OUT.json # fit on all, export
    PYTHONPATH=tui python -c "from tools.train_speaker_ranker import study_main; study_main()" \
        --cross context path --margin 0.8 0.9        # session 28: leave-one-out and forward folds
    ... study_main(["--fresh", DIR])                 # forward folds scored on the old engines' rows
    PYTHONPATH=tui python -m tools.train_speaker_ranker misses --fresh DIR  # no ranker reaches
    PYTHONPATH=tui python -m tools.train_speaker_ranker wrong --fresh DIR   # the rules choose wrong
    PYTHONPATH=tui python -m tools.train_speaker_ranker misses --fresh DIR --today DIR2  # en36

``collect`` imports every split of ``evaluate_attribution.SPLITS`` but the sealed ones (which
neither ``collect SPLIT`` nor ``validate SPLIT`` will read: the engine never runs on them
outside the lead's closing run) through
the real import path (as the evaluator does), and keeps, for every extracted claim of an
English unit, the candidates ``tools/speaker_candidates.py`` lists and their features, with the
rules' answer and the labelled one (cached as JSON under ``--cache``). ``cv`` holds each split
out in turn, fits a linear softmax ranker on the others and scores the held-out split three
ways on the same claims: the rules, the ranker alone, and the rules overridden by the ranker
when its margin is clear. Two rankers: (a) parse features only, (b) also the rules' answer as
a feature (the stacking trap: the rules were tuned on these splits). ``validate SPLIT`` fits
on every collected split and prints the figures of one split it never trained on, no record.
``weights`` fits (a) on every collected split and writes its weights as JSON (sorted keys:
the same bytes for the same cache); nothing ships them while the rules win (README).

Session 28 (``rank28``, README "A learned choice among candidate speakers, again"): the
validation split is ``VALIDATION`` (never trained or tuned on), ``ASIDE`` is never trained on,
``study_main`` runs leave-one-split-out and forward folds (``FORWARD``: each split scored by a
ranker trained on the splits before it) for configurations of crosses and L2, and with
``--fresh DIR`` the forward folds on rows collected by the engine as it was when each split was
opened (``collect SPLIT --cache DIR`` run in a detached tree at that commit).

Speaker accuracy is the evaluator's: over found labelled claims with a source (named or
anonymous), a named one right when the chosen name is the same entity (``same_speaker``), an
anonymous one right when the choice is "anonymous". Claims labelled unattributed/none train
the "none" option and count a "source where none" when something else is chosen.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

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

CACHE = Path("/tmp/factdesk-ranker-cache")
# VALIDATION and ASIDE (imported: one home, evaluate_attribution; ASIDE is never trained or
# tuned on either): VALIDATION holds the session's landing test (session 46: heldout48 and the
# judge half of the older splits session 36 drew), each a split the ranker may validate on:
# numbers only, never trained on, never tuned on (the decision figure, README)
L2 = 1.0
STEPS = 400


@dataclass(slots=True)
class Example:
    """One found labelled claim: its candidates, which are right, and the rules' answer."""

    split: str
    lang: str
    gold: str  # named / anonymous / unattributed / none
    sourced: bool
    names: list[str]
    features: list[dict[str, float]]
    positives: list[int]
    rules_right: bool
    rules_index: int  # the candidate the rules chose, -1 when not among them
    rules_anonymous_own: bool


def _key(text: str) -> str:
    return " ".join(text.split())


def collect_split(split: str, data: Path) -> list[dict]:
    """Every found labelled claim of ``split`` with its candidates (English units only)."""
    from factdesk.extract import attribution

    from tools import speaker_candidates as ranker

    store: dict[str, dict[tuple[int, int], dict]] = {}

    def recording(layout, units, turns=None):  # type: ignore[no-untyped-def]
        engine = attribution.Engine(layout)
        engine.run(units, turns)
        table = store.setdefault(_key(layout.body), {})
        for unit, found in ranker.engine_candidates(engine, units):
            if found:
                table[(unit.start, unit.end)] = {
                    "names": [c.name for c in found],
                    "features": [c.features for c in found],
                    "own_anonymous": unit.own and unit.sort == "anonymous",
                    "own": unit.own,
                    "sort": unit.sort,
                    "cue": unit.cue,
                    "speaker_type": unit.speaker_type,
                }
        return engine.people

    bodies, extracted = extract_split_recording(data / split, recording)
    _, sentences = read_labels(data / f"{split}.jsonl")
    rows = []
    for sentence, body, _, best in found_claims(sentences, bodies, extracted):
        record = store.get(_key(body), {}).get((best.start, best.end))
        rows.append({
            "split": split, "article": sentence.article, "text": sentence.text,
            "lang": sentence.lang, "gold": sentence.sourcing,
            "speaker": sentence.speaker, "rules_speaker": best.speaker,
            "rules_sourcing": best.sourcing, "record": record,
        })  # fmt: skip
    return rows


def collect(splits: Sequence[str], data: Path, cache: Path) -> None:
    cache.mkdir(parents=True, exist_ok=True)
    for split in splits:
        rows = collect_split(split, data)
        (cache / f"{split}.json").write_text(json.dumps(rows), encoding="utf-8")
        print(f"{split}: {len(rows)} found claims", file=sys.stderr)


def _rules_right(row: dict) -> bool:
    if row["gold"] == "anonymous":
        return row["rules_sourcing"] == "anonymous"
    if row["gold"] == "named":
        return same_speaker(row["speaker"] or "", row["rules_speaker"])
    return row["rules_sourcing"] not in ("named", "anonymous")


def examples(rows: list[dict], with_rules: bool) -> tuple[list[Example], list[dict]]:
    """(the ranker's examples, the claims the rules keep: Russian/Ukrainian, no record)."""
    from tools.speaker_candidates import ANONYMOUS, NOBODY

    out, kept = [], []
    for row in rows:
        record = row["record"]
        if record is None:
            kept.append(row)
            continue
        names, feats = [], []
        rules_index = -1
        for name, f in zip(record["names"], record["features"], strict=True):
            if not with_rules and set(f) <= {"rules", "mentions", "rules_only"}:
                continue  # (a): no candidate that only the rules' answer put there
            if f.get("rules"):
                rules_index = len(names)
            names.append(name)
            feats.append(f if with_rules else {k: v for k, v in f.items()
                                                if k not in ("rules", "rules_only")})  # fmt: skip
        if row["rules_sourcing"] == "anonymous" and ANONYMOUS in names:
            rules_index = names.index(ANONYMOUS)  # (the "none" option also carried "rules")
        gold = row["gold"]
        if gold == "anonymous":
            positives = [names.index(ANONYMOUS)]
        elif gold == "named":
            positives = [i for i, n in enumerate(names) if n not in (ANONYMOUS, NOBODY)
                         and same_speaker(row["speaker"] or "", n)]  # fmt: skip
        else:
            positives = [names.index(NOBODY)]
        sourced = gold in ("named", "anonymous")
        right, own = _rules_right(row), bool(record["own_anonymous"])
        out.append(Example(row["split"], row["lang"], gold, sourced, names, feats, positives,
                           right, rules_index, own))  # fmt: skip
    return out, kept


class Ranker:
    """A linear softmax over a unit's candidates: one weight per feature name."""

    def __init__(self, weights: dict[str, float]) -> None:
        self.weights = weights

    def scores(self, feats: list[dict[str, float]]) -> list[float]:
        w = self.weights
        return [sum(w.get(k, 0.0) * v for k, v in f.items()) for f in feats]

    def probabilities(self, feats: list[dict[str, float]]) -> list[float]:
        s = self.scores(feats)
        top = max(s)
        e = [np.exp(x - top) for x in s]
        total = sum(e)
        return [float(x / total) for x in e]


def dumps(model: Ranker) -> str:
    """The ranker as JSON: its weights by feature name, sorted, so the bytes are the same."""
    return json.dumps({"weights": model.weights}, sort_keys=True, indent=0) + "\n"


def fit(train: list[Example], l2: float = L2, steps: int = STEPS) -> Ranker:
    """Maximise the log-probability of the right candidates (L2-penalised), full batch,
    deterministic (Adam from zero weights)."""
    usable = [x for x in train if x.positives]
    vocab = sorted({k for x in usable for f in x.features for k in f})
    index = {k: i for i, k in enumerate(vocab)}
    rows, cols, vals, group, positive = [], [], [], [], []
    n = 0
    for g, x in enumerate(usable):
        for j, f in enumerate(x.features):
            for k, v in f.items():
                rows.append(n)
                cols.append(index[k])
                vals.append(v)
            group.append(g)
            positive.append(j in x.positives)
            n += 1
    r, c, v = np.array(rows), np.array(cols), np.array(vals, dtype=float)
    groups = np.array(group)
    pos = np.array(positive, dtype=float)
    starts = np.flatnonzero(np.r_[True, groups[1:] != groups[:-1]])
    w = np.zeros(len(vocab))
    m = np.zeros_like(w)
    v2 = np.zeros_like(w)
    rate, b1, b2 = 0.05, 0.9, 0.999
    for step in range(1, steps + 1):
        s = np.bincount(r, v * w[c], minlength=n)
        top = np.maximum.reduceat(s, starts)[groups]
        e = np.exp(s - top)
        p = e / np.add.reduceat(e, starts)[groups]
        ep = e * pos
        q = ep / np.add.reduceat(ep, starts)[groups]
        grad = np.bincount(c, v * (p - q)[r], minlength=len(vocab)) / len(usable)
        grad += l2 * w / len(usable)
        m = b1 * m + (1 - b1) * grad
        v2 = b2 * v2 + (1 - b2) * grad * grad
        w -= rate * (m / (1 - b1**step)) / (np.sqrt(v2 / (1 - b2**step)) + 1e-8)
    return Ranker({k: round(float(x), 4) for k, x in zip(vocab, w, strict=True) if abs(x) > 1e-4})


@dataclass(slots=True)
class Score:
    sourced: int = 0
    rules: int = 0
    ranker: int = 0
    hybrid: int = 0
    ceiling: int = 0
    none_rules: int = 0
    none_ranker: int = 0
    none_hybrid: int = 0

    def add(self, other: Score) -> None:
        for name in self.__slots__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


def score(model: Ranker, test: list[Example], kept: list[dict], margin: float) -> Score:
    """Rules, ranker alone and rules-or-ranker on the same claims of ``test`` (+ ``kept``)."""
    result = Score()
    for row in kept:
        if row["gold"] in ("named", "anonymous"):
            result.sourced += 1
            right = _rules_right(row)
            result.rules += right
            result.ranker += right
            result.hybrid += right
            result.ceiling += right  # (the rules' answer stands there)
    for x in test:
        p = model.probabilities(x.features)
        top = max(range(len(p)), key=p.__getitem__)
        ranker_right = top in x.positives
        hybrid_right = x.rules_right
        overrides = (
            x.rules_index >= 0 and top != x.rules_index and not x.rules_anonymous_own
            and p[top] - p[x.rules_index] > margin
        )  # fmt: skip
        if overrides:
            hybrid_right = ranker_right
        if x.sourced:
            result.sourced += 1
            result.rules += x.rules_right
            result.ranker += ranker_right
            result.hybrid += hybrid_right
            result.ceiling += bool(x.positives)
        else:
            result.none_rules += not x.rules_right
            result.none_ranker += not ranker_right
            result.none_hybrid += not hybrid_right
    return result


def _load(cache: Path, splits: Sequence[str]) -> dict[str, list[dict]]:
    return {s: json.loads((cache / f"{s}.json").read_text(encoding="utf-8")) for s in splits}


def _pct(a: int, b: int) -> str:
    return f"{a / b:6.1%}" if b else "     -"


def cross_validate(
    data: dict[str, list[dict]], with_rules: bool, margin: float, lang: str | None
) -> Score:
    """Leave one split out; one line per fold, then the total."""
    total = Score()
    print(f"\n{'(b) with the rules' if with_rules else '(a) parse only'}, margin {margin}"
          f"{', ' + lang if lang else ''}")  # fmt: skip
    print(f"{'split':10}{'claims':>7}{'rules':>8}{'ranker':>8}{'hybrid':>8}{'ceiling':>8}"
          f"{'none:r/k/h':>14}")  # fmt: skip
    built = {s: examples(rows, with_rules) for s, rows in data.items()}
    for held in data:
        train = [x for s, (xs, _) in built.items() if s != held for x in xs]
        test, kept = built[held]
        if lang is not None:
            test = [x for x in test if x.lang == lang]
            kept = [r for r in kept if r["lang"] == lang]
        fold = score(fit(train), test, kept, margin)
        total.add(fold)
        print(f"{held:10}{fold.sourced:>7}{_pct(fold.rules, fold.sourced):>8}"
              f"{_pct(fold.ranker, fold.sourced):>8}{_pct(fold.hybrid, fold.sourced):>8}"
              f"{_pct(fold.ceiling, fold.sourced):>8}"
              f"{f'{fold.none_rules}/{fold.none_ranker}/{fold.none_hybrid}':>14}")  # fmt: skip
    print(f"{'all':10}{total.sourced:>7}{_pct(total.rules, total.sourced):>8}"
          f"{_pct(total.ranker, total.sourced):>8}{_pct(total.hybrid, total.sourced):>8}"
          f"{_pct(total.ceiling, total.sourced):>8}"
          f"{f'{total.none_rules}/{total.none_ranker}/{total.none_hybrid}':>14}")  # fmt: skip
    return total


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "command", choices=("collect", "cv", "validate", "weights", "misses", "wrong")
    )
    parser.add_argument(
        "split", nargs="?", help="collect: one split; validate: the split; weights: the file"
    )
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--margin", type=float, nargs="*", default=[0.0, 0.3, 0.6])
    parser.add_argument("--lang", help="score only claims of this language (en)")
    parser.add_argument("--cross", default="context", choices=("context", "plain", "path"))
    parser.add_argument("--l2", type=float, default=L2)
    parser.add_argument(
        "--fresh", type=Path, help="misses, wrong: the forward rows of the old engines"
    )
    parser.add_argument(
        "--today", type=Path, help="misses: today's rows of the same splits (en36's table)"
    )
    args = parser.parse_args(argv)
    if args.command == "misses" and args.today:
        return fresh_table(args.fresh or args.cache, args.today, args.split)
    if args.command == "misses":
        return misses(args.fresh or args.cache, args.data, args.split)
    if args.command == "wrong":
        return wrong(args.fresh or args.cache, args.split)
    if args.command in ("collect", "validate") and args.split in SEALED:
        print(f"{args.command}: {args.split} is sealed: only the lead's closing run of "
              "tools.evaluate_attribution reads it", file=sys.stderr)  # fmt: skip
        return 2
    spent = [s for s in SPLITS if s not in SEALED and s not in VALIDATION and s not in ASIDE]
    if args.command == "collect":
        collect([args.split] if args.split else spent, args.data, args.cache)
        return 0
    data = _load(args.cache, [s for s in spent if (args.cache / f"{s}.json").exists()])
    if args.command == "cv":
        for with_rules in (False, True):
            for margin in args.margin:
                cross_validate(data, with_rules, margin, args.lang)
        return 0
    if args.command == "weights":
        if not args.split:
            print("weights: name the file to write", file=sys.stderr)
            return 2
        model = fit(examples([r for rows in data.values() for r in rows], False)[0])
        Path(args.split).write_text(dumps(model), encoding="utf-8")
        return 0
    if not args.split or args.split in data:
        print("validate: name a split the ranker never trains on", file=sys.stderr)
        return 2
    rows = collect_split(args.split, args.data)
    (args.cache / f"{args.split}.json").write_text(json.dumps(rows), encoding="utf-8")
    train_rows = [r for rows_ in data.values() for r in rows_]
    model = fit(build(train_rows, args.cross)[0], args.l2)
    for lang in (None, "en"):
        test, kept = build([r for r in rows if lang in (None, r["lang"])], args.cross)
        for margin in args.margin:
            s = score(model, test, kept, margin)
            print(f"{args.split} {lang or 'all'} cross={args.cross} l2={args.l2} margin "
                  f"{margin}: rules {_pct(s.rules, s.sourced)} ({s.rules}) ranker "
                  f"{_pct(s.ranker, s.sourced)} ({s.ranker}) hybrid {_pct(s.hybrid, s.sourced)} "
                  f"({s.hybrid}) of {s.sourced}, candidates {_pct(s.ceiling, s.sourced)}; "
                  f"source where none {s.none_rules}/{s.none_ranker}/{s.none_hybrid}")  # fmt: skip
    return 0


# ---- session 28 (rank28): configurations, forward folds ---------------------------------

FORWARD = ("heldout22", "heldout23", "heldout24", "heldout25", "heldout26", "heldout27",
           "heldout28", "heldout29")  # fmt: skip
"""The last eight splits in order of writing: each is tested on a ranker trained only on the
splits before it in ``SPLITS`` (the rules were tuned on all of them later: in-sample there)."""
_PATH_WORDS = frozenset(
    "context forward document indefinite generic its it anonymity relation epithet interview "
    "transcript signed cites identified".split()
)


def path_bucket(cue: str) -> str:
    """Which kind of rule settled the unit (never which answer it gave): a reporting verb,
    "according to", "told", a carry from a neighbour, one of the engine's named devices."""
    if not cue:
        return "nocue"
    if cue in ("context", "forward"):
        return "carried"
    if cue == "according to":
        return "according"
    if cue in ("told", "tell"):
        return "told"
    if cue in _PATH_WORDS:
        return cue
    if " " in cue:
        return "phrase"
    return "verb"


def shape(features: dict[str, float], record: dict, cross: str) -> dict[str, float]:
    """One candidate's features under a configuration: ``context`` (rank13's: each feature
    also crossed with the unit's context), ``plain`` (no crosses), ``path`` (context crosses and
    each feature crossed with the kind of rule that settled the unit)."""
    if cross == "context":
        return features
    plain = {k: v for k, v in features.items() if "|" not in k}
    if cross == "plain":
        return plain
    out = dict(features)
    bucket = path_bucket(record.get("cue") or "")
    for k, v in plain.items():
        if k not in ("mentions",):
            out[f"path:{bucket}|{k}"] = v
    return out


def shaped(xs: list[Example], records: list[dict], cross: str) -> list[Example]:
    out = []
    for x, record in zip(xs, records, strict=True):
        feats = [shape(f, record, cross) for f in x.features]
        out.append(Example(x.split, x.lang, x.gold, x.sourced, x.names, feats, x.positives,
                           x.rules_right, x.rules_index, x.rules_anonymous_own))  # fmt: skip
    return out


def build(rows: list[dict], cross: str) -> tuple[list[Example], list[dict]]:
    xs, kept = examples(rows, False)
    records = [r["record"] for r in rows if r["record"] is not None]
    return shaped(xs, records, cross), kept


def _line(name: str, s: Score) -> str:
    return (f"{name:34}{s.sourced:>6}{_pct(s.rules, s.sourced):>8}{_pct(s.ranker, s.sourced):>8}"
            f"{_pct(s.hybrid, s.sourced):>8}{_pct(s.ceiling, s.sourced):>8}"
            f"{f'{s.none_rules}/{s.none_ranker}/{s.none_hybrid}':>12}")  # fmt: skip


def study(
    data: dict[str, list[dict]], cross: str, l2: float, margins: Sequence[float], steps: int
) -> None:
    """Leave-one-split-out and forward folds for one configuration, all margins on the same
    fits; pooled lines, all languages and English."""
    built = {s: build(rows, cross) for s, rows in data.items()}
    order = list(data)
    folds: list[tuple[str, str, list[str]]] = [("loso", s, [t for t in order if t != s])
                                              for s in order]  # fmt: skip
    for s in FORWARD:
        if s in data:
            folds.append(("fwd", s, order[: order.index(s)]))
    totals: dict[tuple[str, str, float], Score] = {}
    for kind, held, train_splits in folds:
        model = fit([x for t in train_splits for x in built[t][0]], l2, steps)
        test, kept = built[held]
        for lang in ("all", "en"):
            t = test if lang == "all" else [x for x in test if x.lang == "en"]
            k = kept if lang == "all" else [r for r in kept if r["lang"] == "en"]
            for margin in margins:
                totals.setdefault((kind, lang, margin), Score()).add(score(model, t, k, margin))
    print(f"\ncross={cross} l2={l2} steps={steps}")
    print(f"{'':34}{'claims':>6}{'rules':>8}{'ranker':>8}{'hybrid':>8}{'ceiling':>8}"
          f"{'none r/k/h':>12}")  # fmt: skip
    for (kind, lang, margin), s in totals.items():
        print(_line(f"{kind} {lang} margin {margin}", s))
    sys.stdout.flush()


def fresh_study(
    data: dict[str, list[dict]], fresh: Path, cross: str, l2: float, margins: Sequence[float]
) -> None:
    """The forward folds again, the held-out split's rows collected by the engine as it was
    when that split was opened (``collect SPLIT --cache FRESH`` run in a detached tree at that
    commit): there the rules never saw the split either, so both sides are out of sample."""
    order = list(data)
    totals: dict[tuple[str, float], Score] = {}
    for held in FORWARD:
        path = fresh / f"{held}.json"
        if held not in data or not path.exists():
            continue
        rows = json.loads(path.read_text(encoding="utf-8"))
        train = [r for t in order[: order.index(held)] for r in data[t]]
        model = fit(build(train, cross)[0], l2)
        for lang in ("all", "en"):
            test, kept = build([r for r in rows if lang == "all" or r["lang"] == lang], cross)
            for margin in margins:
                fold = score(model, test, kept, margin)
                totals.setdefault((lang, margin), Score()).add(fold)
                print(_line(f"{held} {lang} margin {margin}", fold))
    print(f"\nfresh rules, cross={cross} l2={l2}")
    for (lang, margin), total in totals.items():
        print(_line(f"fresh {lang} margin {margin}", total))
    sys.stdout.flush()


def study_main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--cross", nargs="*", default=["context"])
    parser.add_argument("--l2", type=float, nargs="*", default=[L2])
    parser.add_argument("--steps", type=int, default=STEPS)
    parser.add_argument("--margin", type=float, nargs="*", default=[0.0, 0.2, 0.4, 0.6, 0.8])
    parser.add_argument("--fresh", type=Path, help="forward folds on rows of the old engines")
    args = parser.parse_args(argv)
    spent = [s for s in SPLITS if s not in SEALED and s not in VALIDATION and s not in ASIDE]
    data = _load(args.cache, [s for s in spent if (args.cache / f"{s}.json").exists()])
    for cross in args.cross:
        for l2 in args.l2:
            if args.fresh:
                fresh_study(data, args.fresh, cross, l2, args.margin)
            else:
                study(data, cross, l2, args.margin, args.steps)
    return 0


# ---- session 29 (miss29): what the candidates miss on fresh text ------------------------


def where_named(body: str, start: int, gold: str) -> str:
    """Where the labelled speaker's words stand in the article against the claim at ``start``:
    in the claim, in the paragraph, ``N`` paragraphs back, only after it, or nowhere (a label
    convention or a name the text spells otherwise): a first hint for the class, read by hand."""
    from tools.evaluate_attribution import name_tokens

    words = [w for w in name_tokens(gold) if len(w) > 2] or name_tokens(gold)
    if not words:
        return "nowhere"
    low = body.lower()
    hits = sorted(i for w in words for i in _finds(low, w))
    if not hits:
        return "nowhere"
    end = body.find("\n\n", start)
    end = len(body) if end < 0 else end
    para = body.rfind("\n\n", 0, start)
    para = 0 if para < 0 else para
    if any(para <= h < end for h in hits):
        return "paragraph"
    before = [h for h in hits if h < para]
    if not before:
        return "after"
    if before[0] < 200 and body[: before[0]].count("\n\n") <= 1 and len(before) == 1:
        return "top"  # a byline or the opening line only
    back = body[before[-1] : para].count("\n\n") + 1
    return f"back{min(back, 9)}"


def _finds(text: str, word: str) -> list[int]:
    out, at = [], text.find(word)
    while at >= 0:
        out.append(at)
        at = text.find(word, at + 1)
    return out


def misses(rows_dir: Path, data: Path, only: str | None) -> int:
    """Every sourced English claim of the rows in ``rows_dir`` whose labelled speaker is not
    among the candidates (no ranking recovers it), and every sourced Russian/Ukrainian claim the
    ``ru_uk`` rules get wrong: the claim, the label, the candidates, the rules' answer, and
    where the label's words stand in the article (``where_named``). Never on the validation,
    aside or sealed splits."""
    from tools.speaker_candidates import ANONYMOUS, NOBODY

    counts: dict[str, int] = {}
    for path in sorted(rows_dir.glob("*.json")):
        split = path.stem
        if split in SEALED or split in VALIDATION or split in ASIDE or only not in (None, split):
            continue
        rows = json.loads(path.read_text(encoding="utf-8"))
        for row in rows:
            if row["gold"] not in ("named", "anonymous"):
                continue
            record = row["record"]
            if record is not None:
                names = [n for n in record["names"] if n not in (ANONYMOUS, NOBODY)]
                if row["gold"] != "named" or any(
                    same_speaker(row["speaker"] or "", n) for n in names
                ):
                    continue
                kind = "en"
            elif _rules_right(row):
                continue
            else:
                names, kind = [], row["lang"] + ("/no-record" if row["lang"] == "en" else "")
            body = (data / split / row.get("article", "")).read_text("utf-8", "replace")
            text = row.get("text", "")
            hint = where_named(body, body.find(text[:60]), row["speaker"] or "")
            counts[f"{kind} {hint}"] = counts.get(f"{kind} {hint}", 0) + 1
            print(f"[{kind} {hint}] {split}/{row.get('article')}")
            print(f"  claim: {' '.join(text.split())[:300]}")
            print(f"  label: {row['gold']} {row['speaker']!r}; rules: {row['rules_sourcing']} "
                  f"{row['rules_speaker']!r}; candidates: {names}")  # fmt: skip
    for key, n in sorted(counts.items()):
        print(f"{key}: {n}")
    return 0


# ---- session 36 (en36): the fresh misses, and which of them today's engine still misses ---


def _missing(row: dict) -> bool:
    """A sourced English claim with a named label no candidate holds, the rules wrong."""
    from tools.speaker_candidates import ANONYMOUS, NOBODY

    record = row["record"]
    if row["lang"] != "en" or row["gold"] != "named" or record is None or _rules_right(row):
        return False
    names = [n for n in record["names"] if n not in (ANONYMOUS, NOBODY)]
    return not any(same_speaker(row["speaker"] or "", n) for n in names)


def fresh_table(rows_dir: Path, today_dir: Path, only: str | None) -> int:
    """Per split of ``rows_dir`` (the old engines' rows, ``--fresh``): the English sourced
    claims, those the old rules got right, those whose label no candidate held and the rules
    got wrong (``misses``' English entries), and how many of those today's rows
    (``today_dir``: ``collect`` on today's engine; the same claim by article and text, a claim
    today's engine no longer finds counted wrong) still get wrong, each such claim listed.
    Never on the validation, aside or sealed splits."""
    print("split | en sourced | rules right | label no candidate, rules wrong | today wrong")
    total = [0, 0, 0, 0]
    for path in sorted(rows_dir.glob("*.json")):
        split = path.stem
        if split in SEALED or split in VALIDATION or split in ASIDE or only not in (None, split):
            continue
        today_path = today_dir / path.name
        today_rows = json.loads(today_path.read_text("utf-8")) if today_path.exists() else []
        today = {(r["article"], _key(r["text"])): r for r in today_rows}
        counts = [0, 0, 0, 0]
        for row in json.loads(path.read_text(encoding="utf-8")):
            sourced = row["gold"] in ("named", "anonymous") and row["record"] is not None
            if row["lang"] != "en" or not sourced:
                continue
            counts[0] += 1
            counts[1] += _rules_right(row)
            if _missing(row):
                now = today.get((row["article"], _key(row["text"])))
                still = now is None or not _rules_right(now)
                counts[2] += 1
                counts[3] += still
                if still:
                    answer = "not found" if now is None else now["rules_speaker"]
                    print(f"  {split}/{row['article']}: {row['speaker']!r}, today {answer!r}: "
                          f"{_key(row['text'])[:90]}")  # fmt: skip
        print(f"{split} | " + " | ".join(map(str, counts)))
        total = [a + b for a, b in zip(total, counts, strict=True)]
    print("all | " + " | ".join(map(str, total)))
    return 0


# ---- session 30 (choice30): what the rules choose wrong on fresh text -------------------


def candidate_kinds(features: dict[str, float]) -> str:
    """How a candidate came to be one, from its uncrossed features: ``subj`` the subject of a
    reporting verb (a name's, or what a pronoun or common-noun subject stands for), ``ent`` a
    PERSON/ORG entity of the unit or the units before, ``prev`` a neighbour's speaker (before,
    or ``next``), ``rules`` the rules' answer. A hint for reading by hand, not a feature."""
    plain = [k for k in features if "|" not in k]
    kinds = []
    if any(k.endswith("subj_speech") or k.split(":")[0] in _SUBJECT_KEYS for k in plain):
        kinds.append("subj")
    if any(k.startswith("ent:") for k in plain):
        kinds.append("ent")
    if any(k.startswith("spoke:") and not k.startswith("spoke:next") for k in plain):
        kinds.append("prev")
    if any(k.startswith("spoke:next") for k in plain):
        kinds.append("next")
    if "rules" in plain:
        kinds.append("rules")
    return "+".join(kinds) or "-"


_SUBJECT_KEYS = frozenset(("subject_phrase", "antecedent", "role_holder", "described_body"))


def confusion(row: dict) -> str | None:
    """What kind of wrong answer the rules gave a claim (None when right): ``name->name``,
    ``name->none``, ``name->anon``, ``anon->name``, ``anon->none``, ``none->name``,
    ``none->anon`` (gold first; ``none`` is a label of unattributed or none)."""
    if _rules_right(row):
        return None
    sort = {"named": "name", "anonymous": "anon"}
    return f"{sort.get(row['gold'], 'none')}->{sort.get(row['rules_sourcing'], 'none')}"


def wrong(rows_dir: Path, only: str | None) -> int:
    """Every English claim of the rows in ``rows_dir`` the rules get wrong where a ranking
    could have got it right: a sourced claim whose label is among the candidates and not the
    rules' answer, and every sourcing confusion (gold anonymous read named or unattributed, a
    named label read anonymous, gold none given a speaker). Each with the claim, the label, the
    candidates marked by kind (``candidate_kinds``; ``*`` the label's), the rules' answer and
    the cue that settled the unit. Never on the validation, aside or sealed splits."""
    from tools.speaker_candidates import ANONYMOUS, NOBODY

    counts: dict[str, int] = {}
    for path in sorted(rows_dir.glob("*.json")):
        split = path.stem
        if split in SEALED or split in VALIDATION or split in ASIDE or only not in (None, split):
            continue
        for row in json.loads(path.read_text(encoding="utf-8")):
            record = row["record"]
            kind = confusion(row)
            if record is None or row["lang"] != "en" or kind is None:
                continue
            pairs = list(zip(record["names"], record["features"], strict=True))
            named = [(n, f) for n, f in pairs if n not in (ANONYMOUS, NOBODY)]
            if row["gold"] == "named" and not any(
                same_speaker(row["speaker"] or "", n) for n, _ in named
            ):
                continue  # the candidates miss it: ``misses`` lists those
            counts[kind] = counts.get(kind, 0) + 1
            marks = [
                f"{'*' if row['gold'] == 'named' and same_speaker(row['speaker'] or '', n) else ''}"
                f"{n} [{candidate_kinds(f)}]"
                for n, f in named
            ]
            print(f"[{kind} cue={record.get('cue') or '-'}] {split}/{row.get('article')}")
            print(f"  claim: {' '.join(row.get('text', '').split())[:300]}")
            print(f"  label: {row['gold']} {row['speaker']!r}; rules: {row['rules_sourcing']} "
                  f"{row['rules_speaker']!r}")  # fmt: skip
            print(f"  candidates: {'; '.join(marks) or '-'}")
    for key, n in sorted(counts.items()):
        print(f"{key}: {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
