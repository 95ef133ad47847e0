"""Train factdesk's check-worthiness model on the CLEF 2019 CheckThat! Task 1 training debates.

    .venv/bin/python tools/train_checkworthiness.py /work/shared/checkworthiness/clef2019-training

Needs the ``train`` extra (scikit-learn, numpy). Every configuration is cross-validated BY
DEBATE: each debate in turn is held out whole, the model is fitted on the others, and the held-out
debate is ranked; the figures are the official CLEF measures averaged over debates (see
``tools/evaluate_checkworthiness.py``). A plain bag-of-words logistic regression is the floor,
measured in the same folds. The best configuration of each (feature families, C, class
weighting) is then one candidate, and their average a third (each part's log-odds weighted by
the inverse of its spread, so the mix stays on the log-odds scale); ``choose`` ships the best
candidate whose gain over the floor holds debate by debate (see its docstring), else the floor.
It is exported, parts, vocabularies and weights, to ``tui/factdesk/data/checkworthiness.json.gz``:
deterministic bytes for the same data and library versions. Features come from
``factdesk.score.model`` itself, so the runtime reads a sentence exactly as training did.

Context features (the line after a question, an answer to another speaker's question, the
first or last line of a speaker's turn, figures and sources in the neighbouring lines of the
same turn) were tried in the same folds and moved MAP by under 0.003 (noise): they are not
used. Caveat printed with the results: best-of-grid figures are optimistic by the selection;
the baseline gets the same C search.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tui")]

from factdesk.score.model import DATA_FILE, features, read_model  # noqa: E402

from tools.evaluate_checkworthiness import (  # noqa: E402
    ClefFormatError,
    debate_measures,
    format_measures,
    gold_files,
    mean_measures,
    read_gold,
)

DEFAULT_OUT = ROOT / "tui" / "factdesk" / "data" / DATA_FILE
FAMILY_SETS = {
    "words": ("w",),
    "words+cues": ("w", "cue", "len"),
    "words+pairs": ("w", "p"),
    "words+pairs+cues": ("w", "p", "cue", "len"),
}
C_GRID = {False: (0.03, 0.1, 0.3), True: (0.3, 1.0, 3.0)}
"""C per normalisation: an L2-normalised row has smaller values, so it wants a larger C."""
CLASS_WEIGHTS = (None, "balanced")
MIN_DF = 2
DECIMALS = 4


@dataclass
class Debate:
    name: str
    texts: list[str]
    labels: list[int]


@dataclass(frozen=True)
class Config:
    """One grid point. ``norm``: divide a sentence's features by sqrt(how many it has)."""

    families: str
    norm: bool
    c: float
    class_weight: str | None

    def label(self) -> str:
        weight = self.class_weight or "none"
        return f"{self.families:<17} norm={self.norm!s:<5} C={self.c:<5} weight={weight:<8}"


def load_debates(folder: Path) -> list[Debate]:
    debates = []
    for path in gold_files(folder):
        rows = read_gold(path)
        debates.append(Debate(path.stem, [r[2] for r in rows], [r[3] for r in rows]))
    return debates


def family_filter(families: Sequence[str]) -> Callable[[list[str]], list[str]]:
    keep = tuple(f + ":" for f in families)
    return lambda feats: [f for f in feats if f.startswith(keep)]


def make_classifier(config: Config):
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(
        C=config.c, class_weight=config.class_weight, solver="liblinear", random_state=0,
        max_iter=1000,
    )  # fmt: skip


def feature_vectorizer():
    from sklearn.feature_extraction.text import CountVectorizer

    return CountVectorizer(analyzer=lambda feats: feats, binary=True, min_df=MIN_DF)


def bow_vectorizer():
    """The baseline: scikit-learn's default bag of words (its own tokeniser), nothing of ours."""
    from sklearn.feature_extraction.text import CountVectorizer

    return CountVectorizer()


def grid_for(families: Sequence[str], quick: bool) -> list[Config]:
    """Every grid point; ``quick`` keeps what won before (normalised rows, no class weights)."""
    norms = (True,) if quick else (False, True)
    weights = (None,) if quick else CLASS_WEIGHTS
    return [Config(f, n, c, w) for f in families for n in norms for w in weights for c in C_GRID[n]]


QUICK_FAMILIES = ("words+cues", "words+pairs+cues")
"""The feature families ``--quick`` tries (the two best in the full grid)."""


class Corpus:
    """Debates with their documents per feature family set, for fold-by-debate experiments."""

    def __init__(self, debates: list[Debate]) -> None:
        import numpy as np

        self.debates = debates
        self.labels = np.array([y for d in debates for y in d.labels])
        self.starts = np.cumsum([0] + [len(d.texts) for d in debates])
        texts = [t for d in debates for t in d.texts]
        all_feats = [features(t) for t in texts]
        self.docs = {"bag-of-words": texts}
        for name, families in FAMILY_SETS.items():
            keep = family_filter(families)
            self.docs[name] = [keep(f) for f in all_feats]

    def rows(self, debate_ids: Sequence[int]):
        import numpy as np

        return np.concatenate([np.arange(self.starts[i], self.starts[i + 1]) for i in debate_ids])

    def held_out_measures(self, grid: list[Config], debate_ids: Sequence[int]) -> list[dict]:
        """Leave-one-debate-out over ``debate_ids``: the mean measures of every grid point."""
        per_point: dict[Config, list[dict]] = {c: [] for c in grid}
        for i in debate_ids:
            train = [j for j in debate_ids if j != i]
            for config, ranked in self.rank(grid, train, i).items():
                per_point[config].append(debate_measures(ranked))
        return [mean_measures(per_point[c]) for c in grid]

    def decisions(self, config: Config, train: Sequence[int], test: Sequence[int]):
        """(log-odds on the ``train`` rows, on the ``test`` rows) of ``config`` fitted on train."""
        rows_train, rows_test = self.rows(train), self.rows(test)
        docs = self.docs[config.families]
        vectorizer = bow_vectorizer() if config.families == "bag-of-words" else feature_vectorizer()
        x_train = vectorizer.fit_transform([docs[j] for j in rows_train])
        x_test = vectorizer.transform([docs[j] for j in rows_test])
        if config.norm:
            x_train, x_test = normalise(x_train), normalise(x_test)
        model = make_classifier(config).fit(x_train, self.labels[rows_train])
        return model.decision_function(x_train), model.decision_function(x_test)

    def ensemble_ranked(self, parts: Sequence[Config], train: Sequence[int], test: int) -> list:
        """The test debate's labels ranked by the mixed log-odds of ``parts`` fitted on train."""
        fitted = [self.decisions(config, train, [test]) for config in parts]
        mix = mix_weights([d_train for d_train, _ in fitted])
        scores = sum(m * d_test for m, (_, d_test) in zip(mix, fitted, strict=True))
        labels = self.debates[test].labels
        order = sorted(range(len(labels)), key=lambda j: -scores[j])
        return [labels[j] for j in order]

    def rank(self, grid: list[Config], train: Sequence[int], test: int) -> dict[Config, list]:
        """Fit each grid point on ``train`` debates; the test debate's labels in rank order."""
        rows_train, rows_test = self.rows(train), self.rows([test])
        labels = self.debates[test].labels
        out = {}
        for families in dict.fromkeys(c.families for c in grid):
            docs = self.docs[families]
            vectorizer = bow_vectorizer() if families == "bag-of-words" else feature_vectorizer()
            x_train = vectorizer.fit_transform([docs[j] for j in rows_train])
            x_test = vectorizer.transform([docs[j] for j in rows_test])
            for config in (c for c in grid if c.families == families):
                a, b = (normalise(x_train), normalise(x_test)) if config.norm else (x_train, x_test)
                model = make_classifier(config).fit(a, self.labels[rows_train])
                scores = model.decision_function(b)
                order = sorted(range(len(labels)), key=lambda j: -scores[j])  # stable: as scorer
                out[config] = [labels[j] for j in order]
        return out


def normalise(matrix):
    from sklearn.preprocessing import normalize

    return normalize(matrix, norm="l2")


def mix_weights(train_decisions: Sequence) -> list[float]:
    """Each part weighted by the inverse spread of its log-odds on the training sentences,
    summing to 1: the mix is an average of log-odds in which neither part wins by scale."""
    inverse = [1.0 / max(float(d.std()), 1e-9) for d in train_decisions]
    return [w / sum(inverse) for w in inverse]


def per_debate(corpus: Corpus, ranker: Callable[[list[int], int], list]) -> list[dict]:
    """Leave-one-debate-out: the measures of each held-out debate, in debate order."""
    everyone = list(range(len(corpus.debates)))
    return [debate_measures(ranker([j for j in everyone if j != i], i)) for i in everyone]


def paired(ours: Sequence[dict], floor: Sequence[dict]) -> tuple[int, float, float, float]:
    """(debates won, mean AP gain, 95% bootstrap interval of the gain) against the floor."""
    import numpy as np

    gain = np.array([a["AP"] - b["AP"] for a, b in zip(ours, floor, strict=True)])
    rng = np.random.default_rng(0)
    boots = [gain[rng.integers(0, len(gain), len(gain))].mean() for _ in range(2000)]
    low, high = np.percentile(boots, [2.5, 97.5])
    return int((gain > 0).sum()), float(gain.mean()), float(low), float(high)


def best(grid: list[Config], measures: list[dict]) -> tuple[Config, dict]:
    """Highest MAP; ties go to the earlier grid point (simpler model, smaller C)."""
    k = max(range(len(grid)), key=lambda i: (measures[i]["MAP"], -i))
    return grid[k], measures[k]


def nested_estimate(corpus: Corpus, grid: list[Config]) -> dict:
    """Honest CV: each held-out debate is ranked by the config chosen WITHOUT it."""
    everyone = list(range(len(corpus.debates)))
    per_debate = []
    for i in everyone:
        inner = [j for j in everyone if j != i]
        config, _ = best(grid, corpus.held_out_measures(grid, inner))
        per_debate.append(debate_measures(corpus.rank([config], inner, i)[config]))
        print(f"  nested fold {corpus.debates[i].name}: {config.label()}", file=sys.stderr)
    return mean_measures(per_debate)


def fit_final(corpus: Corpus, config: Config) -> dict:
    """Refit one part on every debate: its exported form plus its training log-odds.

    Every vocabulary feature is kept, even at weight 0, because a normalised model divides by
    how many known features a sentence has. Bag-of-words tokens are written as ``w:token``,
    the runtime's name for a word (``factdesk.score.model.bow_features``).
    """
    bow = config.families == "bag-of-words"
    vectorizer = bow_vectorizer() if bow else feature_vectorizer()
    matrix = vectorizer.fit_transform(corpus.docs[config.families])
    rows = normalise(matrix) if config.norm else matrix
    model = make_classifier(config).fit(rows, corpus.labels)
    names = [f"w:{n}" if bow else str(n) for n in vectorizer.get_feature_names_out()]
    weights = {n: round(float(w), DECIMALS) for n, w in zip(names, model.coef_[0], strict=True)}
    return {
        "reader": "bow" if bow else "features",
        "norm": config.norm,
        "bias": round(float(model.intercept_[0]), DECIMALS),
        "weights": weights,
        "decisions": model.decision_function(rows),
    }


def parity_gap(path: Path, texts: list[str], decisions: Sequence[float]) -> float:
    """Largest |runtime log-odds - scikit-learn's| over the training sentences (rounding only)."""
    model = read_model(path.read_bytes())
    return max(
        abs(model.logit(t) - model.prior_shift - d) for t, d in zip(texts, decisions, strict=True)
    )


def export(path: Path, parts: list[dict], meta: dict) -> int:
    """Write gzip-compressed, key-sorted JSON with a zero timestamp: same model, same bytes."""
    payload = json.dumps(
        {"parts": parts, "meta": meta}, sort_keys=True, separators=(",", ":")
    ).encode()
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, mtime=0, compresslevel=9) as gz:
        gz.write(payload)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buffer.getvalue())
    return len(buffer.getvalue())


def report(title: str, grid: list[Config], measures: list[dict]) -> None:
    print(f"\n{title}")
    for config, m in zip(grid, measures, strict=True):
        print(f"  {config.label()} {format_measures(m)}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="folder of CLEF 2019 Task 1 training files")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="model file to write")
    parser.add_argument(
        "--quick", action="store_true", help="a small grid (normalised, two families)"
    )
    parser.add_argument(
        "--nested", action="store_true", help="also an unbiased nested-CV estimate (slow)"
    )
    args = parser.parse_args(argv)
    try:
        debates = load_debates(args.folder)
    except (OSError, ClefFormatError) as error:
        print(f"train_checkworthiness: {error}", file=sys.stderr)
        return 1
    corpus = Corpus(debates)
    print(f"{len(debates)} debates, {len(corpus.labels)} sentences, "
          f"{int(corpus.labels.sum())} check-worthy; leave-one-debate-out CV")  # fmt: skip
    everyone = list(range(len(debates)))
    base_grid = grid_for(["bag-of-words"], args.quick)
    base_measures = corpus.held_out_measures(base_grid, everyone)
    report("Baseline (plain bag-of-words logistic regression):", base_grid, base_measures)
    grid = grid_for(list(QUICK_FAMILIES if args.quick else FAMILY_SETS), args.quick)
    started = time.perf_counter()
    measures = corpus.held_out_measures(grid, everyone)
    report(f"factdesk features ({time.perf_counter() - started:.0f}s):", grid, measures)
    base, base_m = best(base_grid, base_measures)
    chosen, chosen_m = best(grid, measures)
    print(f"\nBEST BASELINE {base.label()} {format_measures(base_m)}")
    print(f"BEST FEATURES {chosen.label()} {format_measures(chosen_m)}")
    parts, name, shipped_m = choose(corpus, base, chosen)
    print("(best-of-grid figures are optimistic by the selection; both sides had a C grid)")
    meta = {
        "trained_on": "CLEF 2019 CheckThat! Task 1 training debates",
        "debates": len(debates),
        "sentences": len(corpus.labels),
        "base_rate": round(float(corpus.labels.mean()), DECIMALS),
        "model": name,
        "parts": [c.label().split() for c in parts],
        "cv_by_debate": {k: round(v, 4) for k, v in shipped_m.items()},
        "cv_baseline_bow": {k: round(v, 4) for k, v in base_m.items()},
    }
    if args.nested:
        ours = nested_estimate(corpus, grid)
        theirs = nested_estimate(corpus, base_grid)
        print(f"NESTED CV  factdesk {format_measures(ours)}")
        print(f"NESTED CV  baseline {format_measures(theirs)}")
    fitted = [fit_final(corpus, c) for c in parts]
    mix = mix_weights([f["decisions"] for f in fitted])
    decisions = sum(m * f.pop("decisions") for m, f in zip(mix, fitted, strict=True))
    for part, m in zip(fitted, mix, strict=True):
        part["mix"] = round(m, 6)
    size = export(args.out, fitted, meta)
    weights = sum(len(f["weights"]) for f in fitted)
    print(f"wrote {args.out} ({name}: {weights} weights, {size} bytes)")
    texts = [t for d in debates for t in d.texts]
    print(f"runtime parity: max |log-odds gap| {parity_gap(args.out, texts, decisions):.5f}")
    return 0


def choose(corpus: Corpus, base: Config, chosen: Config) -> tuple[list[Config], str, dict]:
    """The model to ship: baseline, features, or their average, by the rule below.

    Each candidate is ranked leave-one-debate-out with the SAME folds, and compared with the
    baseline debate by debate. A candidate other than the baseline is eligible only when its
    gain over the baseline is above zero in the 95% bootstrap interval (over debates): a
    higher mean within noise is not enough, because a model that wins on some debates and
    loses on others is what fails on unseen ones. Among the eligible, the highest MAP wins;
    when none is eligible the baseline itself ships.
    """
    candidates = {
        "baseline (bag of words)": [base],
        "factdesk features": [chosen],
        "average of both": [base, chosen],
    }
    runs = {
        name: per_debate(corpus, lambda tr, te, parts=parts: corpus.ensemble_ranked(parts, tr, te))
        for name, parts in candidates.items()
    }
    floor = runs["baseline (bag of words)"]
    print("\nCandidates, leave-one-debate-out, paired with the baseline debate by debate:")
    eligible = ["baseline (bag of words)"]
    for name, run in runs.items():
        wins, gain, low, high = paired(run, floor)
        print(f"  {name:<24} {format_measures(mean_measures(run))}   "
              f"wins {wins}/{len(run)}  AP gain {gain:+.4f} [{low:+.4f}, {high:+.4f}]")  # fmt: skip
        if name not in eligible and low > 0:
            eligible.append(name)
    name = max(eligible, key=lambda n: mean_measures(runs[n])["MAP"])
    print(f"SHIPPED       {name} {format_measures(mean_measures(runs[name]))}")
    return candidates[name], name, mean_measures(runs[name])


if __name__ == "__main__":
    raise SystemExit(main())
