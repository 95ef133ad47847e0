"""Train factdesk's check-worthiness model on the CLEF 2019 CheckThat! Task 1 training debates.

    .venv/bin/python tools/train_checkworthiness.py /work/shared/checkworthiness/clef2019-training

Needs the ``train`` extra (scikit-learn, numpy). Every configuration is cross-validated BY
DEBATE: each debate in turn is held out whole, the model is fitted on the others, and the held-out
debate is ranked; the figures are the official CLEF measures averaged over debates (see
``tools/evaluate_checkworthiness.py``). A plain bag-of-words logistic regression is measured in
the same folds as the baseline. The configuration (feature families, C, class weighting) with
the best cross-validated MAP is refitted on all debates and exported, vocabulary and weights,
to ``tui/factdesk/data/checkworthiness.json.gz``: deterministic bytes for the same data and
library versions. Features come from ``factdesk.score.model.features`` itself, so the
runtime tokenises exactly as training did.

Caveat printed with the results: the chosen configuration's CV MAP is picked as the best of the
grid, so it is optimistic by the size of the selection; the baseline gets the same C search.
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
    norms = (False,) if quick else (False, True)
    weights = (None,) if quick else CLASS_WEIGHTS
    return [Config(f, n, c, w) for f in families for n in norms for w in weights for c in C_GRID[n]]


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


def fit_final(corpus: Corpus, config: Config) -> tuple[float, dict[str, float], list[float]]:
    """Refit the chosen configuration on every debate; (bias, feature -> weight).

    Every vocabulary feature is kept, even at weight 0, because a normalised model divides by
    how many known features a sentence has.
    """
    vectorizer = feature_vectorizer()
    matrix = vectorizer.fit_transform(corpus.docs[config.families])
    rows = normalise(matrix) if config.norm else matrix
    model = make_classifier(config).fit(rows, corpus.labels)
    names = vectorizer.get_feature_names_out()
    weights = {
        str(n): round(float(w), DECIMALS) for n, w in zip(names, model.coef_[0], strict=True)
    }
    decisions = [float(d) for d in model.decision_function(rows)]
    return round(float(model.intercept_[0]), DECIMALS), weights, decisions


def parity_gap(path: Path, texts: list[str], decisions: list[float]) -> float:
    """Largest |runtime log-odds - scikit-learn's| over the training sentences (rounding only)."""
    model = read_model(path.read_bytes())
    return max(
        abs(model.logit(t) - model.prior_shift - d) for t, d in zip(texts, decisions, strict=True)
    )


def export(path: Path, bias: float, weights: dict[str, float], meta: dict) -> int:
    """Write gzip-compressed, key-sorted JSON with a zero timestamp: same model, same bytes."""
    payload = json.dumps(
        {"bias": bias, "weights": weights, "meta": meta}, sort_keys=True, separators=(",", ":")
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
    parser.add_argument("--quick", action="store_true", help="a small grid (for a try-out)")
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
    grid = grid_for(list(FAMILY_SETS), args.quick)
    started = time.perf_counter()
    measures = corpus.held_out_measures(grid, everyone)
    report(f"factdesk features ({time.perf_counter() - started:.0f}s):", grid, measures)
    base, base_m = best(base_grid, base_measures)
    chosen, chosen_m = best(grid, measures)
    print(f"\nBEST BASELINE {base.label()} {format_measures(base_m)}")
    print(f"CHOSEN        {chosen.label()} {format_measures(chosen_m)}")
    print("(best-of-grid figures are optimistic by the selection; both sides had a C grid)")
    meta = {
        "trained_on": "CLEF 2019 CheckThat! Task 1 training debates",
        "debates": len(debates),
        "sentences": len(corpus.labels),
        "base_rate": round(float(corpus.labels.mean()), DECIMALS),
        "families": list(FAMILY_SETS[chosen.families]),
        "norm": chosen.norm,
        "c": chosen.c,
        "class_weight": chosen.class_weight,
        "cv_by_debate": {k: round(v, 4) for k, v in chosen_m.items()},
        "cv_baseline_bow": {k: round(v, 4) for k, v in base_m.items()},
    }
    if args.nested:
        ours = nested_estimate(corpus, grid)
        theirs = nested_estimate(corpus, base_grid)
        print(f"NESTED CV  factdesk {format_measures(ours)}")
        print(f"NESTED CV  baseline {format_measures(theirs)}")
    bias, weights, decisions = fit_final(corpus, chosen)
    size = export(args.out, bias, weights, meta)
    print(f"wrote {args.out} ({len(weights)} weights, {size} bytes)")
    texts = [t for d in debates for t in d.texts]
    print(f"runtime parity: max |log-odds gap| {parity_gap(args.out, texts, decisions):.5f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
