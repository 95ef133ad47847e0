"""Fit the desk signals of the check-worthiness score on labelled desk claims, and measure it.

    PYTHONPATH=tui python -m tools.fit_desk_signals dev              # fit, cross-validated AUC
    PYTHONPATH=tui python -m tools.fit_desk_signals dev --write      # ... and write the weights
    PYTHONPATH=tui python -m tools.fit_desk_signals heldout --measure  # once, at the end

Needs the ``train`` extra (scikit-learn). The split's articles (tests/data/attribution, see its
README) are imported into a temporary desk through the real import path, so every claim carries
the flags and sourcing a reviewer would see. Every EXTRACTED claim is an example: positive when it
lies over a sentence labelled check-worthy, negative when it lies over one labelled not
check-worthy, over page furniture (a headline, a caption) or over unlabelled text. That is the
question a desk asks of the score: which of these claims should a reviewer read first.

A signal is a yes/no fact about a claim that the sentence model cannot see (who the source is,
what the rest of the desk says, what kind of claim extraction found). The fitted score is
``sigmoid(a * model log-odds + b + sum of the weights of the signals present)``: one logistic
regression over the model's log-odds and the signals, so each weight is learned on the same
scale. A signal that fires on more than half of the claims is left out (weight 0): it says
nothing about one claim against another (a single-source name is on most claims of a desk of
unrelated articles). A signal too rare to fit (under ``MIN_FIRES`` claims) keeps no weight either.

The AUC reported for ``dev`` is leave-one-article-out: each article's claims are scored by a fit
on the other articles. ``--measure`` scores a split with the weights the package ships, without
fitting: that is the held-out figure. A sealed split (``evaluate_attribution.SEALED``) is refused
outright, and the session's validation and aside splits (``VALIDATION``, ``ASIDE``) are refused
unless ``--measure`` asks for their figure: a fit on them would be tuning on the text kept to show
whether the tuning holds (the tuples are read, never a split's name, so each session's opening
carries over).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tui")]

from factdesk.score import combined  # noqa: E402
from factdesk.score import model as sentence_model  # noqa: E402

from tools.evaluate_attribution import (  # noqa: E402
    ASIDE,
    DATA,
    FOUND_SHARE,
    SEALED,
    VALIDATION,
    auc,
    chars,
    read_labels,
)

MAX_SHARE = 0.5
"""A signal on more than this share of claims carries no information and gets no weight."""
MIN_FIRES = 8
"""A signal on fewer claims than this cannot be fitted: it keeps weight 0."""
C = 1.0
"""Inverse regularisation of the fit (scikit-learn's C)."""


@dataclass(frozen=True, slots=True)
class Example:
    """One extracted claim: its article, model log-odds, signals present and label."""

    article: str
    logit: float
    signals: frozenset[str]
    worthy: bool
    score: float
    text: str = ""


def examples(split: str) -> list[Example]:
    """Every extracted claim of a split, labelled from the set (see the module docstring)."""
    from factdesk.desk.service import Desk

    _, sentences = read_labels(DATA / f"{split}.jsonl")
    by_article: dict[str, list] = {}
    for s in sentences:
        by_article.setdefault(s.article, []).append(s)
    out: list[Example] = []
    with tempfile.TemporaryDirectory(prefix="factdesk-fit-") as tmp:
        desk = Desk.open(Path(tmp) / "fit.db", reviewer="fit")
        try:
            desk.import_paths([DATA / split])
            for summary in desk.articles():
                name = Path(summary.source_path or "").name
                body = desk.article(summary.id).body
                labelled = by_article.get(name, [])
                for claim in desk.claims(summary.id):
                    out.append(_example(name, body, claim, labelled))
        finally:
            desk.close()
    return out


def _example(name: str, body: str, claim: object, labelled: list) -> Example:
    mine = chars(body, claim.start, claim.end)  # type: ignore[attr-defined]
    worthy = False
    for sentence in labelled:
        theirs = chars(body, sentence.start, sentence.end)
        if mine and len(mine & theirs) >= FOUND_SHARE * len(mine):
            worthy = sentence.claim and sentence.check_worthy
            break
    text = claim.text  # type: ignore[attr-defined]
    signals = combined.signals_of(
        claim.kind,  # type: ignore[attr-defined]
        claim.sourcing,  # type: ignore[attr-defined]
        claim.flags,  # type: ignore[attr-defined]
        text,
    )
    logit = sentence_model.logit(text)
    score = claim.score  # type: ignore[attr-defined]
    return Example(name, logit, frozenset(signals), worthy, score, text)


def usable_signals(data: Sequence[Example]) -> tuple[list[str], dict[str, float]]:
    """(signals worth a weight, share of claims each signal fires on)."""
    share = {
        name: sum(name in e.signals for e in data) / max(1, len(data)) for name in combined.SIGNALS
    }
    keep = [
        name
        for name in combined.SIGNALS
        if share[name] <= MAX_SHARE and sum(name in e.signals for e in data) >= MIN_FIRES
    ]
    return keep, share


def fit(data: Sequence[Example], signals: Sequence[str]) -> tuple[float, float, dict[str, float]]:
    """(model scale, bias, weight per signal) from one logistic regression."""
    from sklearn.linear_model import LogisticRegression

    rows = [[e.logit, *(float(s in e.signals) for s in signals)] for e in data]
    model = LogisticRegression(C=C, solver="liblinear", random_state=0)
    model.fit(rows, [int(e.worthy) for e in data])
    coef = [float(c) for c in model.coef_[0]]
    return coef[0], float(model.intercept_[0]), dict(zip(signals, coef[1:], strict=True))


def predict(e: Example, scale: float, bias: float, weights: dict[str, float]) -> float:
    return scale * e.logit + bias + sum(w for s, w in weights.items() if s in e.signals)


def cross_validated_auc(data: Sequence[Example], signals: Sequence[str]) -> float | None:
    """Leave-one-article-out AUC of the fitted score."""
    pairs = []
    for article in sorted({e.article for e in data}):
        train = [e for e in data if e.article != article]
        scale, bias, weights = fit(train, signals)
        pairs += [
            (predict(e, scale, bias, weights), e.worthy) for e in data if e.article == article
        ]
    return auc(pairs)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("split", help="dev (fit) or heldout (measure once)")
    parser.add_argument("--write", action="store_true", help="write the fitted weights")
    parser.add_argument("--measure", action="store_true", help="score with the shipped weights")
    args = parser.parse_args(argv)
    if args.split in SEALED:
        print(f"{args.split} is sealed: only the lead runs it, by name", file=sys.stderr)
        return 2
    if args.split in (*VALIDATION, *ASIDE) and not args.measure:
        print(f"{args.split} is kept for figures only: --measure, never a fit", file=sys.stderr)
        return 2
    data = examples(args.split)
    worthy = sum(e.worthy for e in data)
    print(f"split {args.split}: {len(data)} extracted claims, {worthy} over check-worthy sentences")
    print(f"AUC of the sentence model alone       {auc([(e.logit, e.worthy) for e in data]):.3f}")
    print(f"AUC of the score the desk stored      {auc([(e.score, e.worthy) for e in data]):.3f}")
    if args.measure:
        return 0
    signals, share = usable_signals(data)
    for name in combined.SIGNALS:
        mark = "fitted" if name in signals else "left out"
        print(f"  {name:<28} on {share[name]:6.1%} of claims  ({mark})")
    print(f"AUC fitted, leave-one-article-out     {cross_validated_auc(data, signals):.3f}")
    scale, bias, weights = fit(data, signals)
    print(f"fit on all of {args.split}: scale {scale:.3f}, bias {bias:.3f}")
    for name, weight in sorted(weights.items(), key=lambda kv: -abs(kv[1])):
        print(f"  {name:<28} {weight:+.3f}")
    if args.write:
        fitted = {
            "scale": round(scale, 4),
            "bias": round(bias, 4),
            "weights": {k: round(v, 4) for k, v in sorted(weights.items())},
            "fitted_on": f"tests/data/attribution/{args.split} ({len(data)} claims)",
        }
        combined.SIGNALS_FILE.write_text(json.dumps(fitted, indent=2, sort_keys=True) + "\n")
        print(f"wrote {combined.SIGNALS_FILE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
