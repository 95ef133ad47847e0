"""Dates as articles write them -> ISO 8601, for the date lines of an article's header.

The desk keeps the date as written (what the reviewer sees in the source) and as ISO 8601
(what sorting and the date-consistency checks use). Only whole dates are parsed; a line that
is "a date plus other words" is not a date line. English and Russian month names are known
because both kinds of article reach this desk.
"""

from __future__ import annotations

import re
from datetime import date

from factdesk.lexicon.months import month_number

_MONTH = r"(?P<month>[A-Za-zА-Яа-яЁёІіЇїЄєҐґ]{3,9})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_YEAR_WORD = r"(?:\s*(?:г\.?|года|року|р\.))?"
"""Russian "2025 г."/"2025 года" and Ukrainian "2025 року"/"2025 р." after the year."""
_WEEKDAY = (
    r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?|"
    r"понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|"
    r"понеділок|вівторок|середа|четвер|п['’]ятниця|субота|неділя),?\s+"
)
_TIME = (
    r"(?:\s*(?:,|at|\||в|-|–|—)?\s*\d{1,2}[:.]\d{2}(?::\d{2})?"
    r"\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?)?"
)
_PREFIX = (
    r"(?:(?:published|posted|updated|last updated|date|dated|опубликовано|обновлено|дата)"
    r"(?:\s+on)?\s*:?\s*)?"
)
_PATTERNS = [
    re.compile(rf"^{_PREFIX}(?:{_WEEKDAY})?{_MONTH}\s+{_DAY},?\s+{_YEAR}{_TIME}$", re.I),
    re.compile(
        rf"^{_PREFIX}(?:{_WEEKDAY})?{_DAY}\s+{_MONTH},?\s+{_YEAR}{_YEAR_WORD}{_TIME}$", re.I
    ),
    re.compile(
        rf"^{_PREFIX}{_YEAR}-(?P<mnum>\d{{2}})-(?P<day>\d{{2}})"
        r"(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?$",
        re.I,
    ),
    re.compile(rf"^{_PREFIX}(?P<day>\d{{1,2}})\.(?P<mnum>\d{{1,2}})\.{_YEAR}{_TIME}$", re.I),
]


def parse_date(text: str) -> str | None:
    """ISO 8601 (``YYYY-MM-DD``) of a line that is a date and nothing else, else None.

    Slash dates (01/02/2026) are ambiguous between US and European order and are not parsed.
    """
    line = " ".join(text.strip().strip("*_").split())
    for pattern in _PATTERNS:
        match = pattern.match(line)
        if not match:
            continue
        parts = match.groupdict()
        month = int(parts["mnum"]) if parts.get("mnum") else month_number(parts["month"])
        if not month:
            continue
        try:
            return date(int(parts["year"]), month, int(parts["day"])).isoformat()
        except ValueError:
            return None
    return None
