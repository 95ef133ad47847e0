"""Sentence segmentation on the seeds: syntok (what the desk uses) against pysbd, same run.

Both segmenters give character offsets, which extraction needs; this measures which is
faster here, and how much of extraction's time is segmentation. Figures are chars/second over
the five seeds repeated; the ratio is pysbd time / syntok time (above 1: syntok faster).
pysbd is not a dependency of the desk: when it is missing, its line says so and is skipped.

python -m bench segment
"""

from __future__ import annotations

import time
import warnings
from collections.abc import Callable
from pathlib import Path

from factdesk.extract.claims import extract_claims
from factdesk.extract.segment import split_sentences

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ROUNDS = 20


def _bodies() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def _rate(work: Callable[[str], object], bodies: list[str]) -> tuple[float, float]:
    """(seconds, chars/second) for ROUNDS passes of ``work`` over ``bodies``; best of 3."""
    chars = sum(map(len, bodies)) * ROUNDS
    best = float("inf")
    for _ in range(3):
        began = time.perf_counter()
        for _ in range(ROUNDS):
            for body in bodies:
                work(body)
        best = min(best, time.perf_counter() - began)
    return best, chars / best


def _pysbd() -> Callable[[str], object] | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import pysbd
    except ImportError:
        return None
    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
    return segmenter.segment


def main(argv: list[str]) -> int:
    bodies = _bodies()
    syntok_s, syntok_rate = _rate(split_sentences, bodies)
    counts = sum(len(split_sentences(b)) for b in bodies)
    print(f"syntok   {syntok_rate:12,.0f} chars/s  ({counts} sentences in the seeds)")
    pysbd = _pysbd()
    if pysbd is None:
        print("pysbd    not installed: skipped (pip install pysbd to compare)")
    else:
        pysbd_s, pysbd_rate = _rate(pysbd, bodies)
        counts = sum(len(pysbd(b)) for b in bodies)
        print(f"pysbd    {pysbd_rate:12,.0f} chars/s  ({counts} sentences in the seeds)")
        print(f"ratio    syntok is {pysbd_s / syntok_s:.2f}x the speed of pysbd")
    extract_s, extract_rate = _rate(extract_claims, bodies)
    claims = sum(len(extract_claims(b)) for b in bodies)
    print(f"extract  {extract_rate:12,.0f} chars/s  ({claims} claims in the seeds)")
    print(f"ratio    full extraction takes {extract_s / syntok_s:.2f}x segmentation alone")
    per_article = extract_s / (ROUNDS * len(bodies)) * 1000
    print(f"         {per_article:.1f} ms per seed article")
    return 0


if __name__ == "__main__":
    raise SystemExit(main([]))
