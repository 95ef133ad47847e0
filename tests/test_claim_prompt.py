"""The claim list's second line: kind, speaker, score (``claims_list.claim_prompt``)."""

from __future__ import annotations

import pytest
from factdesk.domain.models import Claim
from factdesk.ui.widgets.claims_list import claim_prompt


def _claim(speaker: str | None, sourcing: str) -> Claim:
    return Claim(
        id=3, article_id=1, version=1, start=0, end=20, text="The depot will shut in May.",
        kind="statement", speaker=speaker, sourcing=sourcing, score=0.4,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("speaker", "shown"),
    [
        (
            "a person familiar with the plans",
            "statement · unnamed: a person familiar with the plans",
        ),
        ("two officials at the port authority", "statement · unnamed: two officials at the port"),
        (None, "statement · unnamed source"),
    ],
)
def test_an_anonymous_source_is_said_to_be_unnamed(speaker: str | None, shown: str) -> None:
    """The list showed "a person familiar with the plans" where a named speaker goes, as if
    the article had named them; the detail said "anonymous source" beside it (found32)."""
    meta = claim_prompt(_claim(speaker, "anonymous")).plain.split("\n")[1]
    assert meta.startswith(shown)


def test_a_named_speaker_is_shown_as_named() -> None:
    meta = claim_prompt(_claim("Petra Vance", "named")).plain.split("\n")[1]
    assert meta.startswith("statement · Petra Vance · score")
    assert "unnamed" not in claim_prompt(_claim(None, "none")).plain
