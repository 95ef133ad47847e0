"""An article's date as the queue and the review header show it: one form for every article.

The desk keeps the date as written and, when the line held a whole date, as ISO 8601. The
queue showed the ISO form where there was one and the line as written elsewhere, so one column
mixed "2026-12-03", "3 декабря" and "March 22". Every date now reads day, month, year
("3 Dec 2026"); a date written without its year reads "3 Dec" (no year is guessed); a line
with no day and month in it is shown as written.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from factdesk.lexicon.months import SHORT, month_number

_DAY_MONTH = re.compile(
    r"(?<![\w.:])(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>[^\W\d_]{3,9})\.?"
)
_MONTH_DAY = re.compile(
    r"(?<!\w)(?P<month>[^\W\d_]{3,9})\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?![\w:.])"
)


def shown_date(date_iso: str | None, date_text: str | None) -> str:
    """``2026-12-03`` as "3 Dec 2026"; "3 декабря, 10:41" (no year) as "3 Dec"; anything
    else as written, or "" when the article has no date."""
    if date_iso:
        try:
            day = date.fromisoformat(date_iso[:10])
        except ValueError:
            pass
        else:
            return f"{day.day} {SHORT[day.month]} {day.year}"
    text = " ".join((date_text or "").split())
    for pattern in (_DAY_MONTH, _MONTH_DAY):
        for match in pattern.finditer(text):
            month, number = month_number(match["month"]), int(match["day"])
            if month and 1 <= number <= calendar.monthrange(2024, month)[1]:  # a leap year
                return f"{number} {SHORT[month]}"
    return text
