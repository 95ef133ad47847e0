"""Forward-only schema migrations, keyed by the ``PRAGMA user_version`` they lead to.

A desk at version N runs every migration above N, in order, each in its own transaction
together with the version bump, so a crash between two leaves a desk at a valid version.
New features add a migration here; they never edit an earlier one.
"""

from __future__ import annotations

from typing import Final

MIGRATION_1: Final = """
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    source_path TEXT,
    title TEXT NOT NULL,
    outlet TEXT,
    author TEXT,
    date_text TEXT,
    date_iso TEXT,
    url TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    body TEXT NOT NULL,
    body_sha256 TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX articles_source_path ON articles(source_path);

-- Every body an article ever had, the current one included: old claims keep true offsets.
CREATE TABLE article_versions (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    body TEXT NOT NULL,
    body_sha256 TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    UNIQUE (article_id, version)
);
CREATE INDEX article_versions_sha ON article_versions(body_sha256);

CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    start INTEGER NOT NULL CHECK (start >= 0),
    "end" INTEGER NOT NULL CHECK ("end" >= start),
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    speaker TEXT,
    sourcing TEXT NOT NULL,
    score REAL NOT NULL DEFAULT 0,
    score_reasons TEXT NOT NULL DEFAULT '[]',
    flags TEXT NOT NULL DEFAULT '[]',
    origin TEXT NOT NULL DEFAULT 'auto' CHECK (origin IN ('auto', 'manual')),
    hidden INTEGER NOT NULL DEFAULT 0,
    paragraph INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);
CREATE INDEX claims_article ON claims(article_id, version, start);

-- The current review state of a claim; the history below is the record of how it got there.
CREATE TABLE verdicts (
    claim_id INTEGER PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
    verdict TEXT CHECK (verdict IN ('corroborated', 'disputed', 'contradicted', 'unverifiable')),
    note TEXT NOT NULL DEFAULT '',
    evidence TEXT NOT NULL DEFAULT '[]',
    reviewer TEXT,
    updated_at TEXT NOT NULL
);
CREATE INDEX verdicts_verdict ON verdicts(verdict);

-- Append-only: undo appends a reverting row, nothing is ever updated or deleted here.
CREATE TABLE history (
    id INTEGER PRIMARY KEY,
    claim_id INTEGER NOT NULL REFERENCES claims(id),
    at TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    action TEXT NOT NULL,
    verdict_before TEXT,
    verdict_after TEXT,
    note_before TEXT NOT NULL DEFAULT '',
    note_after TEXT NOT NULL DEFAULT '',
    evidence_before TEXT NOT NULL DEFAULT '[]',
    evidence_after TEXT NOT NULL DEFAULT '[]',
    hidden_before INTEGER NOT NULL DEFAULT 0,
    hidden_after INTEGER NOT NULL DEFAULT 0,
    reverts INTEGER REFERENCES history(id),
    via TEXT NOT NULL DEFAULT 'app',
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX history_claim ON history(claim_id, id);
CREATE INDEX history_reviewer ON history(reviewer, id);

CREATE TRIGGER history_append_only_update BEFORE UPDATE ON history
BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
CREATE TRIGGER history_append_only_delete BEFORE DELETE ON history
BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;

-- Small per-reviewer state: where they left off.
CREATE TABLE state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""

MIGRATIONS: Final[dict[int, str]] = {
    1: MIGRATION_1,
}
"""user_version reached -> SQL that gets there from the version before."""

LATEST: Final = max(MIGRATIONS)
