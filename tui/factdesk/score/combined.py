"""Check-worthiness of a claim, 0-1: the learned model plus the desk's own signals.

``score_claim(text, kind=..., sourcing=..., flags=...) -> (score, reasons)`` where reasons is a
short list of ``{"feature": str, "weight": float}``, largest effect first.

How the two are combined, and why:

* The model (``factdesk.score.model``) reads only the sentence. It gives log-odds at even
  odds that the sentence is worth checking, learned from CLEF 2019 CheckThat! debates.
* The desk knows things the sentence alone does not: who the source is and what the rest of the
  desk says. Each such signal is evidence, so it ADDS a fixed amount to the log-odds (it
  multiplies the odds), independently of the words:

  ======================  ======  ============================================================
  signal                  weight  why a reviewer should look sooner
  ======================  ======  ============================================================
  conflicting claims      +1.5    another article says otherwise: one of them is wrong
  anonymous source        +1.0    nobody answerable stands behind it (flag or ``sourcing``)
  private individual      +0.7    a named person with no role a reviewer could check
  single-source name      +0.7    a name no other article in the desk carries
  ======================  ======  ============================================================

  The weights are set by hand (there is no labelled desk data to learn them from) on the model's
  own scale: the model's strongest single cues move the log-odds by about 0.5-1.0, so a
  conflict counts for more than any one word and a single-source name for about as much as a
  figure in the sentence. Each signal counts once, however many flags name it.
* score = sigmoid(model log-odds + sum of the signals). ``kind`` is not used: the cues that make
  a kind (numbers, dates, reported speech) are already model features, and counting them twice
  would push every statistic above every conflict.

Reasons are the model's strongest contributions and the signals present, on the same log-odds
scale, largest effect first.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from factdesk.domain.flags import ANONYMOUS_SOURCE, PRIVATE_INDIVIDUAL, SINGLE_SOURCE_NAME
from factdesk.score import model as checkworthiness

DESK_SIGNALS: dict[str, tuple[float, tuple[str, ...]]] = {
    "desk: conflicting claims elsewhere": (1.5, ("conflicts", "conflicting", "conflict")),
    "desk: anonymous source": (1.0, (ANONYMOUS_SOURCE,)),
    "desk: private individual": (0.7, (PRIVATE_INDIVIDUAL,)),
    "desk: single-source name": (0.7, (SINGLE_SOURCE_NAME,)),
}
"""Reason name -> (log-odds weight, the flags that raise it)."""

MODEL_REASONS = 4
"""How many of the model's features a claim's reasons show (the rest are small)."""


def desk_signals(sourcing: str, flags: Iterable[str]) -> list[dict]:
    """The desk's signals present for a claim, each once, with its log-odds weight."""
    present = {str(f).strip().lower() for f in flags}
    if sourcing == "anonymous":
        present.add(ANONYMOUS_SOURCE)
    return [
        {"feature": name, "weight": weight}
        for name, (weight, names) in DESK_SIGNALS.items()
        if present.intersection(names)
    ]


def score_claim(
    text: str, *, kind: str = "statement", sourcing: str = "none", flags: Iterable[str] = ()
) -> tuple[float, list[dict]]:
    """The claim's check-worthiness (0-1) and the reasons for it, largest effect first."""
    z, reasons = checkworthiness.load_model().explained(text, MODEL_REASONS)
    signals = desk_signals(sourcing, flags)
    z += sum(s["weight"] for s in signals)
    reasons += signals
    reasons.sort(key=lambda r: (-abs(r["weight"]), r["feature"]))
    return round(checkworthiness.sigmoid(z), 4) if math.isfinite(z) else 0.0, reasons
