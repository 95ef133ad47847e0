"""Score check-worthiness rankings exactly as the CLEF 2019 CheckThat! Task 1 scorer does.

    python tools/evaluate_checkworthiness.py GOLD_DIR               # rank with factdesk's model
    python tools/evaluate_checkworthiness.py GOLD_DIR --pred RUNDIR  # score a run's result files

GOLD_DIR holds CLEF files (``line_number<TAB>speaker<TAB>text<TAB>label``), one per debate.
A run folder holds one results file per debate (``line_number<TAB>score``), named like the gold
file (same stem, any extension). The measures follow the official scorer (``scorer/main.py``):
lines are sorted by score, highest first, by a STABLE sort, so ties keep the order of the results
file; average precision is the mean of precision@rank over the relevant lines (0 when a debate
has none); R-precision is precision at R = the number of relevant lines; P@k is hits in the top
k over k. Every measure is averaged over debates (MAP is the official ranking measure).
Without ``--pred`` the debates are ranked by the packaged model: on its own training files
that is an in-sample figure, not an estimate (``tools/train_checkworthiness.py`` reports the
cross-validated one).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

CUTOFFS = (5, 10)


class ClefFormatError(ValueError):
    """A file that is not in the CLEF format; the message names the file and line."""


def read_gold(path: Path) -> list[tuple[int, str, str, int]]:
    """(line_number, speaker, text, label) for every line of a CLEF debate file."""
    rows = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            parts = line.rstrip("\r\n").split("\t")
            if len(parts) != 4 or not parts[0].strip().isdigit() or parts[3].strip() not in "01":
                raise ClefFormatError(f"{path}:{number}: not 'line<TAB>speaker<TAB>text<TAB>0|1'")
            rows.append((int(parts[0]), parts[1], parts[2], int(parts[3])))
    return rows


def read_run(path: Path) -> list[tuple[int, float]]:
    """(line_number, score) pairs of a results file, in file order (ties keep this order)."""
    pairs = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                left, right = line.split("\t")
                pairs.append((int(left.strip()), float(right.strip())))
            except ValueError:
                raise ClefFormatError(f"{path}:{number}: not 'line_number<TAB>score'") from None
    return pairs


def ranked_labels(labels: dict[int, int], scored: Sequence[tuple[int, float]]) -> list[int]:
    """Labels in rank order; like the scorer, every gold line must be scored exactly once."""
    lines = [line for line, _ in scored]
    if sorted(lines) != sorted(labels):
        raise ClefFormatError("the predictions do not match the gold lines (missing or extra)")
    order = sorted(scored, key=lambda pair: pair[1], reverse=True)
    return [labels[line] for line, _ in order]


def average_precision(ranked: Sequence[int]) -> float:
    relevant = sum(ranked)
    if not relevant:
        return 0.0
    hits, total = 0, 0.0
    for rank, label in enumerate(ranked, 1):
        if label == 1:
            hits += 1
            total += hits / rank
    return total / relevant


def precision_at(ranked: Sequence[int], k: int) -> float:
    """Hits in the top ``k`` over ``k`` (a debate shorter than k counts its missing ranks as 0)."""
    return sum(ranked[:k]) / k if k > 0 else 0.0


def r_precision(ranked: Sequence[int]) -> float:
    """Precision at R; with no relevant line the scorer reads precision at the last rank."""
    relevant = sum(ranked)
    return precision_at(ranked, relevant if relevant else len(ranked))


def debate_measures(ranked: Sequence[int]) -> dict[str, float]:
    measures = {"AP": average_precision(ranked), "R-prec": r_precision(ranked)}
    measures.update({f"P@{k}": precision_at(ranked, k) for k in CUTOFFS})
    return measures


def mean_measures(per_debate: Sequence[dict[str, float]]) -> dict[str, float]:
    """The measures averaged over debates; AP's mean is MAP."""
    if not per_debate:
        return {}
    means = {name: sum(m[name] for m in per_debate) / len(per_debate) for name in per_debate[0]}
    return {"MAP": means.pop("AP"), **means}


def format_measures(measures: dict[str, float]) -> str:
    return "  ".join(f"{name} {value:.4f}" for name, value in measures.items())


def gold_files(folder: Path) -> list[Path]:
    files = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    if not files:
        raise ClefFormatError(f"{folder}: no debate files")
    return files


def model_run(rows: Sequence[tuple[int, str, str, int]]) -> list[tuple[int, float]]:
    from factdesk.score.model import logit

    return [(line, logit(text)) for line, _, text, _ in rows]


def find_run(folder: Path, gold: Path) -> Path:
    matches = sorted(p for p in folder.iterdir() if p.stem == gold.stem and p.is_file())
    if not matches:
        raise ClefFormatError(f"{folder}: no results file for debate {gold.stem}")
    return matches[0]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path, help="folder of CLEF debate files with labels")
    parser.add_argument("--pred", type=Path, help="folder of results files (default: the model)")
    args = parser.parse_args(argv)
    try:
        per_debate = []
        for path in gold_files(args.gold):
            rows = read_gold(path)
            scored = read_run(find_run(args.pred, path)) if args.pred else model_run(rows)
            measures = debate_measures(ranked_labels({r[0]: r[3] for r in rows}, scored))
            per_debate.append(measures)
            print(f"{path.stem:<32} {format_measures(measures)}")
    except (OSError, ClefFormatError) as error:
        print(f"evaluate_checkworthiness: {error}", file=sys.stderr)
        return 1
    title = f"MEAN over {len(per_debate)} debates"
    print(f"{title:<32} {format_measures(mean_measures(per_debate))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
