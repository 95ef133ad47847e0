"""An article's date as factdesk shows it anywhere (the queue, the review header, `factdesk
articles`, the fact-check note, the Markdown report): one form for every article.

The desk keeps the date as written and, when the line held a whole date, as ISO 8601. The
queue showed the ISO form where there was one and the line as written elsewhere, so one column
mixed "2026-12-03", "3 декабря" and "March 22". Every date now reads day, month, year
("3 Dec 2026"); a date written without its year reads "3 Dec" (no year is guessed); a line
with no day and month in it is shown as written. ``sorting_day`` guesses the missing year,
for the queue's sort alone.
"""

from __future__ import annotations

from datetime import date, datetime

from factdesk.lexicon.months import SHORT, days_and_months


def shown_date(date_iso: str | None, date_text: str | None, months: tuple[str, ...] = SHORT) -> str:
    """``2026-12-03`` as "3 Dec 2026"; "3 декабря, 10:41" (no year) as "3 Dec"; anything
    else as written, or "" when the article has no date. A day and month are read as the
    import's stamp reader reads them (``lexicon.months.days_and_months``): one reading.
    ``months`` names them (``lexicon.months.LONG`` for the Markdown report's "3 December")."""
    if date_iso:
        try:
            day = date.fromisoformat(date_iso[:10])
        except ValueError:
            pass
        else:
            return f"{day.day} {months[day.month]} {day.year}"
    text = " ".join((date_text or "").split())
    for number, month in days_and_months(text):
        return f"{number} {months[month]}"
    return text


def shown_time(stamp: str) -> str:
    """A stored change time ("2026-12-06T11:21:03Z") as "6 Dec 2026 11:21": the day as
    ``shown_date`` writes every date, then the hour and minute as stored (UTC, as the history
    always showed them). The claim history wrote "2026-12-06 11:21" beside headers and lists
    that said "6 Dec 2026". A stamp that does not read as a time is shown as stored."""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except (TypeError, ValueError):
        return stamp
    return f"{shown_date(moment.date().isoformat(), None)} {moment:%H:%M}"


def sorting_day(date_iso: str | None, date_text: str | None, imported_at: str) -> str:
    """The ISO day the queue's date sort puts an article at (newest first; "" for undated,
    last). A day and month without the year ("3 декабря", shown "3 Dec") sort as that day's
    last date on or before the import, news being imported soon after it runs: they sorted
    among the undated, below "19 Jan 2026", while the column showed them a date. The guessed
    year is the sort's alone; it is never shown nor stored."""
    if date_iso:
        return date_iso[:10]
    found = next(days_and_months(date_text or ""), None)
    imported = _day_of(imported_at)
    if found is None or imported is None:
        return ""
    number, month = found
    for year in range(imported.year, imported.year - 5, -1):  # 29 Feb: a leap year back
        try:
            day = date(year, month, number)
        except ValueError:
            continue
        if day <= imported:
            return day.isoformat()
    return ""


def _day_of(stamp: str) -> date | None:
    """The calendar day of a stored timestamp ("2026-12-04T23:02:01Z"), None if unreadable."""
    try:
        return datetime.fromisoformat(stamp.replace("Z", "+00:00")).date()
    except (TypeError, ValueError):
        return None
