"""Check-worthiness scoring against sentence segmentation, same text, same run, one core.

Extraction segments every body and then scores every sentence, so scoring should cost less than
segmenting: the ratio is scoring's sentences/second over segmentation's (above 1: scoring is
cheaper). Segmentation is the desk's syntok segmenter alone (``factdesk.extract.segment``);
scoring is the bare model (``checkworthiness.score``) and the full ``score_claim`` with its
reasons (what extraction calls). The text is the five seeds, repeated; the model's cold load is
timed once, against segmenting the seeds once (the load should cost less than that: it happens
on the first import of every process).

python -m bench scoring
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from factdesk.extract.segment import split_sentences
from factdesk.score import model as checkworthiness
from factdesk.score.combined import score_claim

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ROUNDS = 10


def _best_of_3(work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(3):
        began = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - began)
    return best


def _segment_all(bodies: list[str]) -> None:
    for _ in range(ROUNDS):
        for body in bodies:
            split_sentences(body)


def _score_all(sentences: list[str], scorer: Callable[[str], object]) -> None:
    for _ in range(ROUNDS):
        for sentence in sentences:
            scorer(sentence)


def main(argv: list[str]) -> int:
    bodies = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    began = time.perf_counter()
    checkworthiness.load_model()
    load_ms = (time.perf_counter() - began) * 1000
    sentences = [b[s.start : s.end] for b in bodies for s in split_sentences(b)]
    count = len(sentences) * ROUNDS
    segment = count / _best_of_3(lambda: _segment_all(bodies))
    bare = count / _best_of_3(lambda: _score_all(sentences, checkworthiness.score))
    full = count / _best_of_3(lambda: _score_all(sentences, score_claim))
    began = time.perf_counter()
    for body in bodies:
        split_sentences(body)
    seeds_ms = (time.perf_counter() - began) * 1000
    print(f"model cold load: {load_ms:.1f} ms, x{load_ms / seeds_ms:.2f} segmenting the seeds once")
    print(f"{len(sentences)} sentences from {len(bodies)} seeds, x{ROUNDS}, best of 3, one core")
    print(f"  segmentation (syntok)    {segment:10,.0f} sentences/s")
    print(f"  model score              {bare:10,.0f} sentences/s   x{bare / segment:.2f}")
    print(f"  score_claim + reasons    {full:10,.0f} sentences/s   x{full / segment:.2f}"
          " (goal > x1.00: scoring outpaces segmentation)")  # fmt: skip
    if full <= segment:
        print("goal missed: score_claim is slower than segmentation")
    return 0 if full > segment else 1
