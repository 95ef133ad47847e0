"""Shared set-up for the export and merge tests: a desk with a fixed set of verdicts.

The clock is fixed and the checkout's location is taken out of exported paths, so the golden
files (built on the hand-made desk of ``fixture_desk``) do not depend on the day or the
checkout. The verdicts are chosen by position (first four claims of each article), never by
the claims' texts, so the tests on the seeds survive changes to extraction.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from desk_template import fill_with_seeds
from factdesk.desk.service import Desk
from factdesk.settings.config import Config

ROOT = Path(__file__).resolve().parent.parent
FIXED_NOW = "2024-05-01T12:00:00Z"

IDENTITY = Config(
    reviewer="tester",
    desk_name="Example Fact Desk",
    desk_url="https://factcheck.example.org",
    claim_base_url="https://factcheck.example.org/claims/",
)

PLAN = (
    ("corroborated", "Matches the ministry's published figures.", ["https://example.org/a?x=1"]),
    ("disputed", "=SUM(A1) *not bold* [not a link](x) <b>no html</b> # no heading", []),
    ("contradicted", "", ["https://example.org/b_(c)", "doi:10.1000/archive-copy"]),
    ("unverifiable", "- no list\n2. no numbered list\nsecond line", []),
)
"""Verdict, note, evidence for the 1st..4th claim of every article; the rest stay unreviewed."""


def fix_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("factdesk.desk.service.now", lambda: FIXED_NOW)
    monkeypatch.setattr("factdesk.desk.merge.now", lambda: FIXED_NOW)
    monkeypatch.setattr("factdesk.store.history.now", lambda: FIXED_NOW)


def open_seeded(path: Path, monkeypatch: pytest.MonkeyPatch, reviewer: str = "tester") -> Desk:
    """A desk at ``path`` holding the imported seeds (a copy of the session's template)."""
    monkeypatch.chdir(ROOT)
    config = Config(
        reviewer=reviewer,
        desk_name=IDENTITY.desk_name,
        desk_url=IDENTITY.desk_url,
        claim_base_url=IDENTITY.claim_base_url,
    )
    return fill_with_seeds(Desk.open(path, config=config))


def apply_plan(desk: Desk) -> None:
    """The PLAN on every article, the first claim of article 1 linked to that of 2, and the
    attribution checked on article 1's first two claims (confirmed, misattributed)."""
    for article in desk.articles(sort="title"):
        for claim, (verdict, note, evidence) in zip(desk.claims(article.id), PLAN, strict=False):
            desk.set_verdict(claim.id, verdict)
            if note or evidence:
                desk.set_note(claim.id, note, evidence)
    desk.link(desk.claims(1)[0].id, desk.claims(2)[0].id)
    desk.set_attribution(desk.claims(1)[0].id, "confirmed")
    desk.set_attribution(desk.claims(1)[1].id, "misattributed")


def normalise(text: str) -> str:
    """Drop the checkout's location, should the importer store absolute paths."""
    return text.replace(str(ROOT) + "/", "").replace(str(ROOT), "")
