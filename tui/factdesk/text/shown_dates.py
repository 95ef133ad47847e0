"""An article's date as the queue and the review header show it: one form for every article.

The desk keeps the date as written and, when the line held a whole date, as ISO 8601. The
queue showed the ISO form where there was one and the line as written elsewhere, so one column
mixed "2026-12-03", "3 декабря" and "March 22". Every date now reads day, month, year
("3 Dec 2026"); a date written without its year reads "3 Dec" (no year is guessed); a line
with no day and month in it is shown as written.
"""

from __future__ import annotations

from datetime import date

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
