"""An article's date in one form wherever the app shows it (``text.shown_dates``)."""

from __future__ import annotations

import pytest
from factdesk.text.shown_dates import shown_date


@pytest.mark.parametrize(
    ("date_iso", "date_text", "shown"),
    [
        ("2026-12-03", "3 декабря 2026, 10:41", "3 Dec 2026"),
        ("2026-01-19T10:00:00Z", None, "19 Jan 2026"),
        (None, "3 грудня", "3 Dec"),
        (None, "19 июня, 08:40", "19 Jun"),
        (None, "3 дек", "3 Dec"),
        (None, "March 22", "22 Mar"),
        (None, "Posted: Tue 3rd Mar", "3 Mar"),
        (None, "May 2026", "May 2026"),  # no day: as written
        (None, "31 Feb", "31 Feb"),  # no such day: as written
        (None, "yesterday", "yesterday"),
        (None, None, ""),
    ],
)
def test_every_date_reads_day_month_year(date_iso, date_text, shown) -> None:
    assert shown_date(date_iso, date_text) == shown
