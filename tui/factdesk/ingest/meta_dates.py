"""Dates as articles write them -> ISO 8601, for the date lines of an article's header.

The desk keeps the date as written (what the reviewer sees in the source) and as ISO 8601
(what sorting and the date-consistency checks use). Only whole dates are parsed; a line that
is "a date plus other words" is not a date line. English and Russian month names are known
because both kinds of article reach this desk.
"""

from __future__ import annotations

import re
from datetime import date

from factdesk.lexicon.months import (
    CYRILLIC_WEEKDAY_NAMES,
    DAY_OF_MONTH,
    MONTH_WORD,
    STAMP_WORDS,
    days_and_months,
    month_number,
)

_MONTH = MONTH_WORD
_DAY = DAY_OF_MONTH
_YEAR = r"(?P<year>\d{4})"
_YEAR_WORD = r"(?:\s*(?:г\.?|года|року|р\.))?"
"""Russian "2025 г."/"2025 года" and Ukrainian "2025 року"/"2025 р." after the year."""
_WEEKDAY = (
    r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?|"
    rf"{'|'.join(CYRILLIC_WEEKDAY_NAMES)}),?\s+"
)
_TIME = (
    r"(?:\s*(?:,|at|\||в|-|–|—)?\s*\d{1,2}[:.]\d{2}(?::\d{2})?"
    r"\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?)?"
)
_CLOCK_FIRST = r"(?:\d{1,2}:\d{2},?\s+)?"
"""A news site's clock before its numeric date ("08:40 12.03.2026")."""
_STAMP_WORD = "(?:" + "|".join(STAMP_WORDS) + ")"
_PREFIX = rf"(?:(?:{_STAMP_WORD}|date|dated|дата)(?:\s+on)?\s*:?\s*)?"
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
    re.compile(
        rf"^{_PREFIX}{_CLOCK_FIRST}(?P<day>\d{{1,2}})\.(?P<mnum>\d{{1,2}})\.{_YEAR}{_TIME}$", re.I
    ),
]


_LABEL = re.compile(rf"^(?:{_STAMP_WORD}|dated|date|дата)(?:\s+on)?\s*:?\s*", re.I)
"""The label a date line may open with (``_PREFIX``), read alone to take it off."""


def date_written(line: str) -> str:
    """A header's date line as the desk stores it: the date as written, without the label
    ``parse_date`` reads past ("date: 2026-12-05", "Published: March 3, 2025 10:15 GMT" ->
    "2026-12-05", "March 3, 2025 10:15 GMT"). The label was kept in the stored date text
    (JSON Lines "date": "date: 2026-12-05" beside "date_iso": "2026-12-05", review41 item 8).
    A line that is no labelled date is given back as it is."""
    line = " ".join(line.strip().strip("*_").split())
    label = _LABEL.match(line)
    rest = line[label.end() :] if label else ""
    found = parse_date(rest) if rest else None
    return rest if found and found == parse_date(line) else line


_YEARLESS = [
    re.compile(rf"^{_PREFIX}(?:{_WEEKDAY})?{_MONTH}\s+{_DAY}{_TIME}$", re.I),
    re.compile(rf"^{_PREFIX}(?:{_WEEKDAY})?{_DAY}\s+{_MONTH}{_TIME}$", re.I),
]
"""A day and a month without the year, a clock time after it or not ("12 березня, 08:40",
"Posted: Tue 3rd Mar")."""
_CLOCK_ONLY = re.compile(rf"^{_PREFIX}\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?m\.?)?$", re.I)


def says_only_when(text: str) -> bool:
    """Whether ``text`` is a date (with its year or without), a clock time, or both, and
    nothing else: a header line that says when the article ran, never its title ("12 березня,
    08:40" titled articles). A date without its year dates nothing (``parse_date``)."""
    line = " ".join(text.strip().strip("*_").split())
    if parse_date(line) or _CLOCK_ONLY.match(line):
        return True
    return any(_month_of(p.match(line)) for p in _YEARLESS)


def _month_of(match: re.Match[str] | None) -> int | None:
    return month_number(match["month"]) if match else None


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


_STAMP = re.compile(
    rf"^{_STAMP_WORD}\b\s*(?:on\b)?\s*:?\s*(?P<rest>.+)$",
    re.I,
)
"""A publication stamp under a headline: "Published 6:12 p.m. CT Dec. 2, 2026", "Posted on
2 December 2026 | News release 412/26", "Posted by Dan Okoro · 1 December 2026 · 7 min read"."""
_IN_STAMP = [
    re.compile(rf"(?<![\w.]){_MONTH}\s+{_DAY},?\s+{_YEAR}(?!\d)"),
    re.compile(rf"(?<![\w.]){_DAY}\s+{_MONTH},?\s+{_YEAR}(?!\d)"),
    re.compile(rf"(?<![\w.]){_YEAR}-(?P<mnum>\d{{2}})-(?P<day>\d{{2}})(?!\d)"),
    re.compile(rf"(?<![\w.])(?P<day>\d{{1,2}})\.(?P<mnum>\d{{1,2}})\.{_YEAR}(?!\d)"),
]
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b")


def stamp_rest(line: str) -> str | None:
    """What follows "Published/Posted/Updated" on a stamp line, else None: a line that says
    when (a date, with its year or without, or a clock time) or by whom ("by …"); "Updated
    guidance on X" is a headline."""
    match = _STAMP.match(" ".join(line.strip().strip("*_").split()))
    if not match:
        return None
    rest = match["rest"]
    said = stamp_date(rest) or _CLOCK.search(rest) or re.match(r"by\s+\w", rest, re.I)
    return rest if said or any(days_and_months(rest)) else None


def stamp_date(text: str) -> tuple[str, str] | None:
    """(the date as written, ISO) of the first whole date inside a stamp's words, else None.

    A stamp puts the date among other words (a time before it, "| News release", "· 7 min
    read"), which ``parse_date`` refuses as a date line: every such article of the labelled
    set was undated. A date without a year ("Jun 4") is not guessed."""
    for pattern in _IN_STAMP:
        for match in pattern.finditer(text):
            parts = match.groupdict()
            month = int(parts["mnum"]) if parts.get("mnum") else month_number(parts["month"])
            if not month:
                continue
            try:
                iso = date(int(parts["year"]), month, int(parts["day"])).isoformat()
            except ValueError:
                continue
            return match.group(0), iso
    return None
