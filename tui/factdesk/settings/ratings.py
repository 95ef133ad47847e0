"""How a verdict is published as a schema.org Rating: label, value and scale per verdict.

The default is the desk's long-standing mapping (Corroborated 3, Disputed 2, Contradicted 1 on
a 1..3 scale; Unverifiable off the scale). A publisher with its own scale or language sets a
``[ratings]`` table in config.toml; any key left out keeps its default:

```toml
[ratings.corroborated]
label = "Правда"      # alternateName: the words readers see, in any language
value = 5             # ratingValue
best = 5              # bestRating
worst = 1             # worstRating

[ratings.unverifiable]
label = "Не підтверджено"   # no value: published without a place on the scale
```
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any, Final

from factdesk.domain.verdicts import REGISTRY, VERDICTS


@dataclass(frozen=True, slots=True)
class RatingScale:
    """One verdict's published rating; ``value is None``: not on the numeric scale."""

    label: str
    value: int | None = None
    best: int = 3
    worst: int = 1


DEFAULT_RATINGS: Final[dict[str, RatingScale]] = {
    verdict.name: RatingScale(verdict.rating_label, verdict.rating_value) for verdict in REGISTRY
}
"""The registry's ratings (``domain.verdicts``), before config.toml's [ratings]."""

RATING_KEYS: Final = ("label", "value", "best", "worst")


def parse_ratings(
    table: Mapping[str, Any], problem: Callable[[str, str], Exception]
) -> dict[str, RatingScale]:
    """The ``[ratings]`` table over the defaults. ``problem(key, message)`` builds the error
    (the caller knows the file and finds the line)."""
    ratings = dict(DEFAULT_RATINGS)
    for verdict, entry in table.items():
        if verdict not in VERDICTS:
            raise problem(verdict, f"[ratings] {verdict}: not a verdict ({', '.join(VERDICTS)})")
        if not isinstance(entry, Mapping):
            raise problem(verdict, f"[ratings] {verdict} must be a table with label, value…")
        ratings[verdict] = _one(verdict, entry, ratings[verdict], problem)
    return ratings


def _one(
    verdict: str,
    entry: Mapping[str, Any],
    default: RatingScale,
    problem: Callable[[str, str], Exception],
) -> RatingScale:
    changes: dict[str, Any] = {}
    for key, value in entry.items():
        if key not in RATING_KEYS:
            continue  # named by the unknown-key warning, not an error
        if key == "label":
            if not isinstance(value, str) or not value.strip():
                raise problem(key, f"[ratings.{verdict}] label must be non-empty text")
            changes[key] = value.strip()
        elif not isinstance(value, int) or isinstance(value, bool):
            raise problem(key, f"[ratings.{verdict}] {key} must be a whole number")
        else:
            changes[key] = value
    scale = replace(default, **changes)
    if scale.worst >= scale.best:
        raise problem("worst", f"[ratings.{verdict}] worst must be below best")
    if scale.value is not None and not scale.worst <= scale.value <= scale.best:
        raise problem("value", f"[ratings.{verdict}] value must lie between worst and best")
    return scale
