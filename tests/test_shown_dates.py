"""An article's date in one form wherever the app shows it (``text.shown_dates``)."""

from __future__ import annotations

import pytest
from factdesk.ingest.meta_dates import stamp_rest
from factdesk.text.shown_dates import shown_date, sorting_day


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


@pytest.mark.parametrize(
    "written",
    ["3 грудня", "19 июня", "March 22", "Tue 3rd Mar", "Nov. 4.", "Sept. 9 and 10", "3 дек",
     "10 mayors", "31 Feb", "May 2026", "yesterday", "Friday"],
)  # fmt: skip
def test_the_app_and_the_import_read_a_day_and_month_alike(written: str) -> None:
    """The app's shown date and the import's stamp line read a day and month through one
    reader (``lexicon.months.days_and_months``): they had a regex each, which drifted ("Nov.
    4." a date to the import, not to the app). Whatever one reads, the other reads."""
    shown_as_a_date = shown_date(None, written) != written
    assert shown_as_a_date == (stamp_rest("Updated " + written) is not None), written


@pytest.mark.parametrize(
    ("date_iso", "date_text", "imported_at", "day"),
    [
        ("2026-01-19", "Jan 19, 2026", "2026-12-04T09:00:00Z", "2026-01-19"),
        (None, "3 декабря, 10:41", "2026-12-04T09:00:00Z", "2026-12-03"),
        (None, "20 December", "2026-12-04T09:00:00Z", "2025-12-20"),  # not yet this year
        (None, "4 грудня", "2026-12-04T23:59:00Z", "2026-12-04"),  # the import's own day
        (None, "29 Feb", "2026-12-04T09:00:00Z", "2024-02-29"),
        (None, "May 2026", "2026-12-04T09:00:00Z", ""),  # no day: undated
        (None, None, "2026-12-04T09:00:00Z", ""),
        (None, "3 Dec", "not a time", ""),
    ],
)
def test_a_date_without_its_year_sorts_at_its_last_day_before_the_import(
    date_iso, date_text, imported_at, day
) -> None:
    assert sorting_day(date_iso, date_text, imported_at) == day
