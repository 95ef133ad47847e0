"""Two wrong outputs review44 and mend44 met (A11; mend44's "between April and June").
Invented sentences.

Before: "… who could not check their own accounts" was flagged ``hedged`` ("the writer keeps a
distance"): every "could" was a hedge, a past inability too. "between April and June" named
no month the time span read (the article's month instead), and "between April and June
2024" was June alone."""

from __future__ import annotations

import pytest
from factdesk.extract.flags import text_facts
from factdesk.extract.timespan import TimeSpan, time_span


@pytest.mark.parametrize(
    "sentence",
    [
        "Tenants on the Brae estate could not open their own meters until the audit in 2023.",
        "Most of the crew could never reach the lower deck once the hatch jammed.",
        "The cooperative could no longer pay its 14 pickers after the frost.",
    ],
)
def test_a_past_inability_is_no_hedge(sentence: str) -> None:
    assert not text_facts(sentence).hedged


@pytest.mark.parametrize(
    "sentence",
    [
        "The new hatch could cut loading times by a third, the yard says.",
        "Tenants could be billed twice for the same quarter.",
    ],
)
def test_could_of_a_possibility_is_still_a_hedge(sentence: str) -> None:
    assert text_facts(sentence).hedged


@pytest.mark.parametrize(
    ("sentence", "article", "span"),
    [
        (
            "Pickers were paid late in every week between April and June.",
            "2026-08-10",
            ("2026-04-01", "2026-06-30"),
        ),
        (
            "Pickers were paid late in every week between April and June 2024.",
            "2026-08-10",
            ("2024-04-01", "2024-06-30"),
        ),
    ],
)
def test_between_two_months_spans_both(sentence: str, article: str, span: tuple[str, str]) -> None:
    found = time_span(sentence, article)
    assert isinstance(found, TimeSpan) and (found.start, found.end) == span
