"""Check-worthiness of a claim, 0-1: the learned sentence model plus the desk's own signals.

``score_claim(text, kind=..., sourcing=..., flags=...) -> (score, reasons)`` where reasons is a
short list of ``{"feature": str, "weight": float}``, largest effect first.

How the two are combined, and why:

* The sentence model (``factdesk.score.model``) reads only the sentence: log-odds, at even
  odds, that it is worth checking, learned from the CLEF 2019 CheckThat! debates.
* The desk knows what the sentence alone does not: what kind of claim extraction found, who
  stands behind it, what the rest of the desk says. Each such fact is a yes/no **signal** with
  a weight on the log-odds scale. score = sigmoid(scale * model log-odds + bias + the weights
  of the signals present).
* ``scale``, ``bias`` and the weights are FITTED, by ``tools/fit_desk_signals.py``, on labelled
  claims of a desk (tests/data/attribution: every extracted claim labelled check-worthy or
  not, page furniture included), and shipped in ``data/desk_signals.json``. A signal that
  fires on most claims carries no information and is left out of the fit (weight 0); so is
  one too rare to fit.
* One signal cannot be fitted on that set: a conflicting claim elsewhere on the desk (its
  articles are about different things). It keeps a PRIOR weight, ``CONFLICT_PRIOR``, stated
  here: another article says otherwise, so one of them is wrong and a reviewer should look.

Reasons are the model's strongest contributions (times ``scale``) and the signals present
that carry a weight, on the same log-odds scale, largest effect first.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from factdesk.domain.flags import (
    ANONYMOUS_SOURCE,
    DATE,
    DENIAL,
    HEDGED,
    NUMBER,
    PRIVATE_INDIVIDUAL,
    SINGLE_SOURCE_NAME,
    UNATTRIBUTED,
)
from factdesk.lexicon.cyrillic import has_cyrillic
from factdesk.lexicon.english import NO_COMMENT_CONTENT_RE, NO_COMMENT_RE
from factdesk.lexicon.reporting_ru_uk import (
    DECLINED_OBJECTS,
    DECLINED_VERBS,
    NO_COMMENT_CONTENT_WORDS,
    NO_REPLY_STEMS,
)
from factdesk.score import model as checkworthiness

SIGNALS_FILE = Path(__file__).resolve().parent.parent / "data" / "desk_signals.json"
"""The fitted scale, bias and signal weights (written by tools/fit_desk_signals.py)."""

CONFLICT_SIGNAL = "conflicts"
"""The flag-like word the desk adds to a claim's flags when another article says otherwise."""
CONFLICT_NAME = "conflicting claims elsewhere"
"""The signal that word raises (``rescore`` looks for it among a stored score's reasons)."""
DESK_PREFIX = "desk: "
"""How a desk signal is named among a score's reasons (``rescore`` reads them back)."""

CONFLICT_PRIOR = 1.5
"""Log-odds for a conflict elsewhere: a prior, not fitted (see the module docstring)."""

REFUSAL_NAME = "a refusal to comment"
REFUSAL_PRIOR = -4.0
"""Log-odds for a bare refusal to speak ("A spokesman declined to comment", «От комментариев
в пресс-службе отказались»): a prior, not fitted, as the labelled set marks every such
sentence not check-worthy; "declined to comment" scored 0.86, beside the claims worth checking
(review41 section C). It takes 0.86 to about 0.03; the claim stays, its refuser the speaker."""

PRIORS: dict[str, float] = {CONFLICT_NAME: CONFLICT_PRIOR, REFUSAL_NAME: REFUSAL_PRIOR}
"""The signals whose weights are priors: a fitted weight of the same name in the signals file
wins."""

MODEL_REASONS = 4
"""How many of the model's features a claim's reasons show (the rest are small)."""


@dataclass(frozen=True, slots=True)
class _Claim:
    kind: str
    sourcing: str
    flags: frozenset[str]
    text: str


def refuses_comment(text: str) -> bool:
    """A sentence that only refuses to speak: a refusal (``lexicon.english.NO_COMMENT_RE``;
    in Russian and Ukrainian a declining verb beside «комментари»/«коментар», or «не» before a
    reply, ``lexicon.reporting_ru_uk``) and nothing else said: no figure, no "but said …"
    (``NO_COMMENT_CONTENT_RE``, «что», «но», «але»…). Any run of whitespace reads as one
    space: a claim keeps a hard-wrapped story's line breaks, and "declined to" at a line's end
    with "comment." on the next was no refusal (review43)."""
    text = " ".join(text.split())
    if any(ch.isdigit() for ch in text):
        return False
    if NO_COMMENT_RE.search(text):
        return not NO_COMMENT_CONTENT_RE.search(text)
    found = [w.lower() for w in re.findall(r"[^\W\d_]+", text)]
    if not found or not has_cyrillic(text) or any(w in NO_COMMENT_CONTENT_WORDS for w in found):
        return False
    declined = any(w.startswith(DECLINED_VERBS) for w in found) and any(
        w.startswith(DECLINED_OBJECTS) for w in found
    )
    unanswered = any(
        w == "не" and i + 1 < len(found) and found[i + 1].startswith(NO_REPLY_STEMS)
        for i, w in enumerate(found)
    )
    return declined or unanswered


def headline_shaped(text: str) -> bool:
    """A line that does not end like a sentence (no closing punctuation): page furniture (a
    headline, a caption, a promo line) far more often than something a source asserts."""
    stripped = text.strip()
    return bool(stripped) and stripped[-1] not in ".!?\"'”’»)…:;"


Test = Callable[[_Claim], bool]

SIGNALS: dict[str, Test] = {
    CONFLICT_NAME: lambda c: CONFLICT_SIGNAL in c.flags,
    "anonymous source": lambda c: c.sourcing == "anonymous" or ANONYMOUS_SOURCE in c.flags,
    "unattributed source": lambda c: c.sourcing == "unattributed" or UNATTRIBUTED in c.flags,
    "named source": lambda c: c.sourcing == "named",
    "writer's own assertion": lambda c: c.sourcing == "none",
    "private individual": lambda c: PRIVATE_INDIVIDUAL in c.flags,
    "single-source name": lambda c: SINGLE_SOURCE_NAME in c.flags,
    "a figure": lambda c: c.kind == "statistic" or NUMBER in c.flags,
    "a quotation": lambda c: c.kind == "quote",
    "an event": lambda c: c.kind == "event",
    "hedged": lambda c: HEDGED in c.flags,
    "a denial": lambda c: DENIAL in c.flags,
    "a date": lambda c: DATE in c.flags,
    "headline-shaped": lambda c: headline_shaped(c.text),
    REFUSAL_NAME: lambda c: refuses_comment(c.text),
}
"""Signal name (as a reviewer reads it among the reasons) -> whether a claim has it."""


@dataclass(frozen=True, slots=True)
class Fitted:
    """The fitted combination: model scale, bias, and a weight per signal that has one."""

    scale: float
    bias: float
    weights: dict[str, float]


_FITTED: Fitted | None = None


def fitted() -> Fitted:
    """The shipped weights, read once (an absent file means the unfitted sentence model)."""
    global _FITTED
    if _FITTED is None:
        try:
            data = json.loads(SIGNALS_FILE.read_text(encoding="utf-8"))
            fitted_weights = {k: float(v) for k, v in data["weights"].items() if k in SIGNALS}
            weights = PRIORS | fitted_weights
            _FITTED = Fitted(float(data["scale"]), float(data["bias"]), weights)
        except (OSError, ValueError, KeyError, TypeError):
            _FITTED = Fitted(1.0, 0.0, dict(PRIORS))
    return _FITTED


def signals_of(kind: str, sourcing: str, flags: Iterable[str], text: str = "") -> list[str]:
    """The names of the signals a claim has, in registry order."""
    claim = _Claim(kind, sourcing, frozenset(str(f).strip().lower() for f in flags), text)
    return [name for name, test in SIGNALS.items() if test(claim)]


def desk_signals(kind: str, sourcing: str, flags: Iterable[str], text: str = "") -> list[dict]:
    """The signals present that carry a weight, each once, with its log-odds weight."""
    weights = fitted().weights
    return [
        {"feature": f"{DESK_PREFIX}{name}", "weight": round(weights[name], 3)}
        for name in signals_of(kind, sourcing, flags, text)
        if abs(weights.get(name, 0.0)) >= 0.005
    ]


def score_claim(
    text: str, *, kind: str = "statement", sourcing: str = "none", flags: Iterable[str] = ()
) -> tuple[float, list[dict]]:
    """The claim's check-worthiness (0-1) and the reasons for it, largest effect first."""
    combination = fitted()
    z, reasons = checkworthiness.load_model().explained(text, MODEL_REASONS)
    z = combination.scale * z + combination.bias
    for reason in reasons:
        reason["weight"] = round(reason["weight"] * combination.scale, 3)
    signals = desk_signals(kind, sourcing, flags, text)
    z += sum(s["weight"] for s in signals)
    reasons += signals
    reasons.sort(key=lambda r: (-abs(r["weight"]), r["feature"]))
    return round(checkworthiness.sigmoid(z), 4) if math.isfinite(z) else 0.0, reasons
