"""Check-worthiness of a claim, 0-1 (interface; the learned model replaces the inside).

``score_claim(text, kind=..., sourcing=..., flags=...) -> (score, reasons)`` where reasons is a
short list of ``{"feature": str, "weight": float}``, largest effect first.
"""

from __future__ import annotations

from collections.abc import Iterable


def score_claim(
    text: str, *, kind: str = "statement", sourcing: str = "none", flags: Iterable[str] = ()
) -> tuple[float, list[dict]]:
    reasons = []
    score = 0.2
    if kind in ("statistic", "event", "quote"):
        score += 0.3
        reasons.append({"feature": f"kind:{kind}", "weight": 0.3})
    return min(score, 1.0), reasons
