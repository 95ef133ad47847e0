"""The short reasons a reviewer should look at a claim, and the quantities that make a statistic.

Flags are computed on the claim's own words; sourcing flags (`anonymous-source`,
`unattributed`) follow from attribution, and `single-source-name` is desk-wide (ingest adds it).
A number that is part of a date, an ordinal ("58th Brigade") or a year is not a quantity; a
quantity of time ("10 days later", "a 52-year-old") is a `number` but does not make the claim a
`statistic`, which is kept for counts, amounts and percentages.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from factdesk.domain.flags import FROM_WORDS
from factdesk.extract.cues import NUMBER_WORDS, TIME_UNITS, alternation
from factdesk.extract.dates import DateMention, find_dates, is_inconsistent
from factdesk.lexicon.english import DENIAL_RE, HEDGE_RE
from factdesk.text.lookahead import prefiltered

FLAG_ORDER = FROM_WORDS
"""The registry's flags of a claim's own words, in order (``domain.flags``)."""
_QUANTITY = re.compile(
    rf"(?<![\w.,])(?:\d[\d,.]*\d|\d)(?:(?P<ord>st|nd|rd|th)|(?P<scale>bn|mn|m|k|tn|trn))?(?![\w])|"
    rf"(?-i:\b(?:{alternation(NUMBER_WORDS)})\b)|"
    rf"^\W*(?:{alternation(NUMBER_WORDS)})\b",
    re.IGNORECASE,
)
_QUANTITY = prefiltered(_QUANTITY)  # the same matches, without trying each number word everywhere
_AGE = re.compile(r"\d{1,3},")
_AGE_BEFORE = re.compile(r"[A-ZÀ-ÖØ-ÞА-ЯЁ][\w’'-]+,[ \t]\Z")
_AFTER = re.compile(r"[ \t\u00a0-]*(?:%|per[ -]?cent\b|(?P<unit>[\w.']+))?")
_TIME_UNITS = TIME_UNITS | {"year-old", "years-old"}


@dataclass(frozen=True, slots=True)
class TextFacts:
    """What the words of a claim show, independent of who says them."""

    has_number: bool
    is_statistic: bool
    dates: list[DateMention]
    hedged: bool
    denial: bool


def _in_dates(start: int, dates: list[DateMention]) -> bool:
    return any(d.start <= start < d.end for d in dates)


def _quantities(text: str, dates: list[DateMention]) -> tuple[bool, bool]:
    """(any number, any count/amount/percentage) outside dates and ordinals."""
    number = statistic = False
    for match in _QUANTITY.finditer(text):
        if match.group("ord") or _in_dates(match.start(), dates):
            continue
        number = True
        if match.group("scale"):  # "£5m", "$1.13bn": an amount
            statistic = True
            break
        if _AGE.match(text, match.start()) and _AGE_BEFORE.search(text, 0, match.start()):
            continue  # "Silva, 25, said": an age, not a statistic
        after = _AFTER.match(text, match.end())
        unit = (after.group("unit") or "").lower().rstrip(".") if after else ""
        if unit.startswith("year-old") or unit in _TIME_UNITS or unit + "." in _TIME_UNITS:
            continue
        statistic = True
        break
    return number, statistic


def text_facts(text: str) -> TextFacts:
    """Numbers, dates, hedges and denials of a claim's text."""
    dates = find_dates(text)
    number, statistic = _quantities(text, dates)
    return TextFacts(
        has_number=number,
        is_statistic=statistic,
        dates=dates,
        hedged=bool(HEDGE_RE.search(text)),
        denial=bool(DENIAL_RE.search(text)),
    )


def claim_flags(
    text: str,
    facts: TextFacts,
    *,
    sourcing: str,
    private_speaker: bool,
    article_date: dt.date | None,
) -> list[str]:
    """The flags of one claim, in a fixed order so that lists compare and diff cleanly."""
    on = {
        "anonymous-source": sourcing == "anonymous",
        "unattributed": sourcing == "unattributed",
        "number": facts.has_number,
        "date": bool(facts.dates),
        "date-inconsistent": bool(facts.dates) and is_inconsistent(text, facts.dates, article_date),
        "private-individual": private_speaker,
        "denial": facts.denial,
        "hedged": facts.hedged,
    }
    return [flag for flag in FLAG_ORDER if on[flag]]
