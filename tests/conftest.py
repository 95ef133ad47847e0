"""Shared fixtures: every test gets its own desk file and config, never the user's.

Which fixture to take so a test stays cheap, and what things cost: ``tests/README.md``.
"""

from __future__ import annotations

from pathlib import Path

import desk_template
import pytest
from factdesk.desk.service import Desk
from factdesk.settings.config import load_config

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real desk, config or clipboard."""
    monkeypatch.setenv("FACTDESK_DB", str(tmp_path / "env-desk.db"))
    monkeypatch.setenv("FACTDESK_CONFIG", str(tmp_path / "config.toml"))
    monkeypatch.setenv("FACTDESK_REVIEWER", "tester")
    monkeypatch.setenv("FACTDESK_EXPORT_DIR", str(tmp_path / "Documents"))


@pytest.fixture
def desk(tmp_path: Path) -> Desk:
    """An empty desk in a temporary folder."""
    opened = Desk.open(tmp_path / "desk.db", config=load_config())
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def seed_template() -> Path:
    """The seeds imported once per session (per xdist worker) into a template desk file."""
    return desk_template.seed_template()


@pytest.fixture
def seeded_desk(desk: Desk, seed_template: Path) -> Desk:
    """A desk with the five seed articles imported (a copy of the session's template)."""
    return desk_template.fill_with_seeds(desk)


@pytest.fixture
def facts():
    """Makes the matcher's ClaimFacts of a sentence, numbered in order, on a fresh name book
    (the matcher's wording and outcome tests build their pairs this way)."""
    from factdesk.corroborate.match import ClaimFacts, claim_facts
    from factdesk.names.groups import NameBook
    from factdesk.names.mentions import find_mentions
    from memory_schema import migrated_memory

    book = NameBook(migrated_memory())
    made: list[ClaimFacts] = []

    def make(text: str, date: str = "2024-06-14") -> ClaimFacts:
        mentions = find_mentions(text)
        groups = [book.group(m.text, m.kind) for m in mentions]
        made.append(claim_facts(len(made) + 1, len(made) + 1, text, mentions, groups, date))
        return made[-1]

    return make
