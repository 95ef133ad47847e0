"""Forward-only schema migrations, keyed by the ``PRAGMA user_version`` they lead to.

A desk at version N runs every migration above N, in order, each in its own transaction
together with the version bump, so a crash between two leaves a desk at a valid version.
New features add a migration here; they never edit an earlier one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Final

from factdesk.store import search_index
from factdesk.store.rowsum import OWN_WORK

Migration = str | Callable[[sqlite3.Connection], None]
"""SQL, or a function for a step SQL alone cannot decide (whether this SQLite has FTS5)."""


def table_columns(conn: sqlite3.Connection, table: str) -> set[str]:
    """The names of ``table``'s columns (none when the table does not exist)."""
    return {row[0] for row in conn.execute("SELECT name FROM pragma_table_info(?)", [table])}


def _add_column(conn: sqlite3.Connection, table: str, column: str, decl: str = "TEXT") -> None:
    """``ALTER TABLE table ADD COLUMN column decl`` unless ``table`` has that column: SQLite
    has no ADD COLUMN IF NOT EXISTS, and a migration runs again on a desk rewound to an older
    version, which keeps the columns it was given."""
    if column not in table_columns(conn, table):
        conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {decl}")


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

MIGRATION_4: Final = """
-- The proper names each claim mentions (as written), for the desk-wide single-source-name flag.
ALTER TABLE claims ADD COLUMN names TEXT NOT NULL DEFAULT '[]';

-- Name keys each article's current body mentions: "does any other article name this?" is one
-- indexed lookup instead of a scan of every body. A derived index, rebuilt from the bodies.
CREATE TABLE article_names (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    PRIMARY KEY (article_id, key)
) WITHOUT ROWID;
CREATE INDEX article_names_key ON article_names(key, article_id);
"""

MIGRATION_3: Final = """
-- A colleague's review that disagrees with ours, kept aside by ``factdesk merge`` (never
-- applied). Open while no non-merge change to the claim came after it (``history_id``); the
-- UNIQUE key makes merging the same file twice add nothing.
CREATE TABLE merge_conflicts (
    id INTEGER PRIMARY KEY,
    claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    history_id INTEGER NOT NULL DEFAULT 0,
    source TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    verdict TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    evidence TEXT NOT NULL DEFAULT '[]',
    their_updated_at TEXT,
    our_verdict TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (claim_id, reviewer, verdict, note, evidence)
);
CREATE INDEX merge_conflicts_claim ON merge_conflicts(claim_id, history_id);
"""

MIGRATION_2: Final = """
-- Every spelling of a proper name seen in the desk and the name group it belongs to.
-- group_key is the key of the spelling that founded the group (an id, not a display form).
CREATE TABLE name_spellings (
    spelling TEXT PRIMARY KEY,
    key TEXT NOT NULL,
    group_key TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'name'
);
CREATE INDEX name_spellings_key ON name_spellings(key);
CREATE INDEX name_spellings_group ON name_spellings(group_key);

-- Proper-name mentions of each article version, with offsets into that version's body.
CREATE TABLE name_mentions (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    spelling TEXT NOT NULL,
    kind TEXT NOT NULL
);
CREATE INDEX name_mentions_article ON name_mentions(article_id, version, start);
CREATE INDEX name_mentions_spelling ON name_mentions(spelling, article_id);

-- A reviewer's merge or split, keyed by spelling (never by id) so it survives re-import.
CREATE TABLE name_overrides (
    spelling TEXT PRIMARY KEY,
    action TEXT NOT NULL CHECK (action IN ('merge', 'split')),
    target TEXT,
    reviewer TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- What the matcher knows of each indexed claim (a derived index, rebuilt from the claims).
CREATE TABLE claim_index (
    claim_id INTEGER PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL,
    norm TEXT NOT NULL,
    anchors TEXT NOT NULL DEFAULT '[]',
    facts TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX claim_index_article ON claim_index(article_id);

-- Who each claim is attributed to; origin_key decides which claims share one origin.
CREATE TABLE claim_origins (
    claim_id INTEGER PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
    origin TEXT,
    via TEXT,
    origin_key TEXT NOT NULL,
    cue TEXT NOT NULL DEFAULT ''
);

-- Claims of other articles that say the same thing, the opposite, or something related.
CREATE TABLE claim_matches (
    claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    other_claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    label TEXT NOT NULL CHECK (label IN ('same', 'conflicts', 'related')),
    similarity REAL NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (claim_id, other_claim_id)
) WITHOUT ROWID;
CREATE INDEX claim_matches_other ON claim_matches(other_claim_id);

-- Claims a reviewer linked to a claim as evidence (the history records each link/unlink).
CREATE TABLE claim_links (
    claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    linked_claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    reviewer TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (claim_id, linked_claim_id)
) WITHOUT ROWID;
"""

APPLICATION_ID: Final = int.from_bytes(b"FDsk", "big")
"""``PRAGMA application_id`` of every desk: what tells a desk from another program's SQLite file
(SQLite keeps it in the file header, and ``file(1)`` shows it). Desks made before it existed
are recognised by their tables instead, and get it on their next open (migration 5)."""

MIGRATION_5: Final = f"""
-- Mark the file as a factdesk desk.
PRAGMA application_id = {APPLICATION_ID};
"""

MIGRATION_6: Final = """
-- What a reviewer sets to publish a claim's review (ClaimReview): NULL = use the default.
CREATE TABLE publication (
    claim_id INTEGER PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
    summary TEXT,
    claimant TEXT,
    claimant_type TEXT CHECK (claimant_type IN ('person', 'organisation', 'none')),
    claim_date TEXT,
    appearance_url TEXT,
    first_appearance_url TEXT,
    headline TEXT,
    language TEXT,
    reviewer TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
"""

MIGRATION_7: Final = """
-- Where an article was filed from: a wire dateline's place ("OSLO, June 4 (Reuters) -"),
-- or a front-matter place: field. NULL when the article does not say.
ALTER TABLE articles ADD COLUMN place TEXT;
"""

MIGRATION_8: Final = """
-- The attribution check (did the speaker say it?), apart from the verdict on the content.
ALTER TABLE verdicts ADD COLUMN attribution TEXT
    CHECK (attribution IS NULL OR attribution IN ('confirmed', 'misattributed'));
ALTER TABLE history ADD COLUMN attribution_before TEXT;
ALTER TABLE history ADD COLUMN attribution_after TEXT;
"""

MIGRATION_9: Final = """
-- Each indexed claim's sentence vector (256 float16), so a claim is embedded once.
ALTER TABLE claim_index ADD COLUMN vector BLOB;
"""

MIGRATION_10: Final = """
-- A checksum of each review row's own values (factdesk.store.checksums), verified on read:
-- quick_check does not see a flipped bit inside a record. history is append-only, so its
-- update trigger is lifted for the one fill-in and put back in the same transaction.
ALTER TABLE verdicts ADD COLUMN checksum TEXT;
ALTER TABLE history ADD COLUMN checksum TEXT;
UPDATE verdicts SET checksum = factdesk_review_sum(
    claim_id, verdict, note, evidence, reviewer, updated_at, attribution);
DROP TRIGGER history_append_only_update;
UPDATE history SET checksum = factdesk_history_sum(
    id, claim_id, at, reviewer, action, verdict_before, verdict_after, note_before, note_after,
    evidence_before, evidence_after, hidden_before, hidden_after, reverts, via, detail,
    attribution_before, attribution_after);
CREATE TRIGGER history_append_only_update BEFORE UPDATE ON history
BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
"""

MIGRATION_11: Final = """
-- Who claims it, as the attribution engine reads it: the speaker's type (person or
-- organisation), the affiliation of an unnamed source, the outlet the words came through,
-- and the extractor version that wrote the claim (older claims can be re-extracted).
ALTER TABLE claims ADD COLUMN speaker_type TEXT;
ALTER TABLE claims ADD COLUMN affiliation TEXT;
ALTER TABLE claims ADD COLUMN via TEXT;
ALTER TABLE claims ADD COLUMN extractor INTEGER NOT NULL DEFAULT 1;
-- The reviewer who set the attribution by hand (NULL: the engine's); re-extraction and
-- re-import keep a reviewer's attribution.
ALTER TABLE claims ADD COLUMN speaker_by TEXT;
"""

MIGRATION_12: Final = search_index.migrate
"""The full-text index of claims (FTS5, porter stemming, name groups): see ``search_index``."""

MIGRATION_13: Final = """
-- Names are typed by the entity recogniser (factdesk.names.mentions): person, organisation,
-- place, group, or name. The capital rules' finer kinds (a military unit, an outlet) were
-- organisations by another word.
UPDATE name_spellings SET kind = 'organisation' WHERE kind IN ('unit', 'outlet');
UPDATE name_mentions SET kind = 'organisation' WHERE kind IN ('unit', 'outlet');
"""

MIGRATION_14: Final = """
-- How many articles name each name key, kept by triggers on article_names: whether a name is
-- single-source is one row read, not a fetch of every article holding it (issue 15).
-- Written to run again safely (a desk rewound to an older version rebuilds the counts).
CREATE TABLE IF NOT EXISTS name_counts (
    key TEXT PRIMARY KEY,
    articles INTEGER NOT NULL
) WITHOUT ROWID;
DELETE FROM name_counts;
INSERT INTO name_counts (key, articles) SELECT key, COUNT(*) FROM article_names GROUP BY key;
DROP TRIGGER IF EXISTS article_names_count_insert;
CREATE TRIGGER article_names_count_insert AFTER INSERT ON article_names
BEGIN
    INSERT INTO name_counts (key, articles) VALUES (NEW.key, 1)
    ON CONFLICT(key) DO UPDATE SET articles = articles + 1;
END;
DROP TRIGGER IF EXISTS article_names_count_delete;
CREATE TRIGGER article_names_count_delete AFTER DELETE ON article_names
BEGIN
    UPDATE name_counts SET articles = articles - 1 WHERE key = OLD.key;
    DELETE FROM name_counts WHERE key = OLD.key AND articles <= 0;
END;
"""

MIGRATION_15: Final = """
-- Claims of an older version whose review (verdict, note, evidence, attribution check, or a
-- claim added by hand) a re-import could not carry to the new text: the reviewer re-reviews
-- them. Settled by hiding the old claim (recorded in the history, so undoable). Safe to run
-- again (a desk rewound to an older version).
CREATE TABLE IF NOT EXISTS rereview (
    claim_id INTEGER PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS rereview_article ON rereview(article_id);
-- Desks re-imported before this table existed: an old claim with review work and no
-- re-anchoring entry naming it ("from claim N (version M): ...") was left behind.
INSERT OR IGNORE INTO rereview (claim_id, article_id, version, created_at)
SELECT c.id, c.article_id, a.version, a.updated_at
FROM claims c
JOIN articles a ON a.id = c.article_id AND c.version < a.version
LEFT JOIN verdicts v ON v.claim_id = c.id
WHERE c.hidden = 0
  AND (v.verdict IS NOT NULL OR COALESCE(v.note, '') != '' OR COALESCE(v.evidence, '[]') != '[]'
       OR v.attribution IS NOT NULL OR c.origin = 'manual')
  AND NOT EXISTS (SELECT 1 FROM history h WHERE h.action = 'reanchor'
                  AND h.detail LIKE 'from claim ' || c.id || ' (%');
"""

MIGRATION_16: Final = """
-- The queue's per-article counts (store.converters.SUMMARY_SQL) read every current claim's
-- hidden flag and score: from this index alone, without fetching the claims' rows (a quarter
-- less CPU for the summary at 10,000 articles; issue 15).
CREATE INDEX IF NOT EXISTS claims_summary ON claims(article_id, version, hidden, score);
"""

MIGRATION_17: Final = """
-- Each match is stored once (issue 15): both directions held the same label, similarity and
-- reason, and the second copy, inserted at the old claim's place in the table, was the import's
-- costliest write on a big desk (2.77M rows at 3,600 articles). Readers take a pair from
-- either end (corroborate.index._PAIRS); the copy kept is the one the newer claim holds.
-- Verdicts, links and the history are not touched.
DELETE FROM claim_matches
WHERE claim_id < other_claim_id
  AND EXISTS (SELECT 1 FROM claim_matches r
              WHERE r.claim_id = claim_matches.other_claim_id
                AND r.other_claim_id = claim_matches.claim_id);
"""

MIGRATION_18: Final = """
-- The claim index is read by lookup, not loaded whole by every process (issue 15: ~10-15 s
-- at 54,000 claims before a `factdesk import` matched anything): which claims carry each
-- anchor (a name group or a figure, corroborate.match), in claim order, and the claims by
-- the last day they are about (``day``, added first by ``migration_18``: the end of the time
-- span in ``facts``, ISO or --MM-DD: corroborate.stored reads the newest of a few days).
CREATE TABLE IF NOT EXISTS claim_anchors (
    anchor TEXT NOT NULL,
    claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    PRIMARY KEY (anchor, claim_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS claim_anchors_claim ON claim_anchors(claim_id);
INSERT OR IGNORE INTO claim_anchors (anchor, claim_id)
SELECT j.value, i.claim_id FROM claim_index i, json_each(i.anchors) j
WHERE json_valid(i.anchors) AND j.type = 'text';
UPDATE claim_index SET day = json_extract(facts, '$.when[1]') WHERE json_valid(facts);
CREATE INDEX IF NOT EXISTS claim_index_day ON claim_index(day, claim_id);
"""


def migration_18(conn: sqlite3.Connection) -> None:
    """``MIGRATION_18`` after adding ``claim_index.day``; safe to run again (a desk rewound
    to an older version keeps the column, and SQLite has no ADD COLUMN IF NOT EXISTS)."""
    _add_column(conn, "claim_index", "day")
    for statement in MIGRATION_18.split(";\n"):
        if statement.strip():
            conn.execute(statement)


MIGRATION_19: Final = """
-- How many mentions of each spelling the recogniser typed as each kind, kept by triggers on
-- name_mentions: the desk-wide vote on a name group's type (NameBook.settle_kinds) reads a
-- row per spelling and kind, not every mention of the desk (issue 15: every process that
-- indexed an article counted them all first, 283 ms CPU at 10,000 articles and 370,000
-- mentions, growing with the desk). Written to run again safely (a desk rewound to an older
-- version rebuilds the counts).
CREATE TABLE IF NOT EXISTS name_kind_counts (
    spelling TEXT NOT NULL,
    kind TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (spelling, kind)
) WITHOUT ROWID;
DELETE FROM name_kind_counts;
INSERT INTO name_kind_counts (spelling, kind, mentions)
SELECT spelling, kind, COUNT(*) FROM name_mentions GROUP BY spelling, kind;
DROP TRIGGER IF EXISTS name_mentions_kind_insert;
CREATE TRIGGER name_mentions_kind_insert AFTER INSERT ON name_mentions
BEGIN
    INSERT INTO name_kind_counts (spelling, kind, mentions) VALUES (NEW.spelling, NEW.kind, 1)
    ON CONFLICT(spelling, kind) DO UPDATE SET mentions = mentions + 1;
END;
DROP TRIGGER IF EXISTS name_mentions_kind_delete;
CREATE TRIGGER name_mentions_kind_delete AFTER DELETE ON name_mentions
BEGIN
    UPDATE name_kind_counts SET mentions = mentions - 1
    WHERE spelling = OLD.spelling AND kind = OLD.kind;
    DELETE FROM name_kind_counts
    WHERE spelling = OLD.spelling AND kind = OLD.kind AND mentions <= 0;
END;
DROP TRIGGER IF EXISTS name_mentions_kind_update;
CREATE TRIGGER name_mentions_kind_update AFTER UPDATE OF spelling, kind ON name_mentions
BEGIN
    UPDATE name_kind_counts SET mentions = mentions - 1
    WHERE spelling = OLD.spelling AND kind = OLD.kind;
    DELETE FROM name_kind_counts
    WHERE spelling = OLD.spelling AND kind = OLD.kind AND mentions <= 0;
    INSERT INTO name_kind_counts (spelling, kind, mentions) VALUES (NEW.spelling, NEW.kind, 1)
    ON CONFLICT(spelling, kind) DO UPDATE SET mentions = mentions + 1;
END;
"""


def migration_20(conn: sqlite3.Connection) -> None:
    """A checksum column on ``claim_index`` and ``claim_matches`` (``rowsum.INDEX_COLUMNS``,
    ``MATCH_COLUMNS``; ``derived`` checks it). Left empty on the rows there: a row without a
    sum is not checked, and filling them in rewrote every row (9.5 s for a 2,000-article desk,
    before the app's first screen); re-indexing an article (re-extraction, which the app runs
    by itself after an extractor update) gives its rows theirs. Safe to run again."""
    for table in ("claim_index", "claim_matches"):
        _add_column(conn, table, "checksum")


def migration_21(conn: sqlite3.Connection) -> None:
    """A checksum on each row of the reviewer's other work (``rowsum.OWN_WORK``: ClaimReview
    fields, evidence links, name merges and splits), filled in (few rows: a reviewer's). A
    flipped bit there passed every check. Safe to run again.

    It reads ``OWN_WORK`` as it is today, and a later migration must not change what this one
    sums: a column added to ``OWN_WORK`` would be named here, on an older desk, before the
    migration that adds it has run. Such a column takes a new migration that adds it and sums
    the rows again, and this one then keeps a copy of today's lists (with functions of their
    own arity: ``rowsum.register`` follows ``OWN_WORK``)."""
    for table, columns in OWN_WORK.items():
        _add_column(conn, table, "checksum")
        names = ", ".join(f'"{name}"' for name in columns)
        conn.execute(f"UPDATE {table} SET checksum = factdesk_{table}_sum({names})")


def migration_22(conn: sqlite3.Connection) -> None:
    """Each name mention's own group (``name_mentions.group_key``): a bare surname belongs to
    the person its own article names in full (``names.groups.NameBook.file_article``), not
    to whoever the desk filed the spelling under first. Filled here with the spelling's
    desk-wide group, today's answer, so nothing a reader shows changes until the names layer
    re-reads each article (``corroborate.index.refile``, run once when the desk is next
    opened for writing: the store cannot read names). Safe to run again."""
    _add_column(conn, "name_mentions", "group_key")
    conn.execute(
        "UPDATE name_mentions SET group_key = (SELECT s.group_key FROM name_spellings s"
        " WHERE s.spelling = name_mentions.spelling) WHERE group_key IS NULL"
    )
    conn.execute(
        "CREATE INDEX IF NOT EXISTS name_mentions_group ON name_mentions(group_key, article_id)"
    )
    conn.execute(
        "INSERT OR REPLACE INTO state (key, value) SELECT ?, 'pending'"
        " WHERE EXISTS (SELECT 1 FROM name_mentions)",
        [REFILE_KEY],
    )


def migration_23(conn: sqlite3.Connection) -> None:
    """The claims that mention each spelling, listed (``search_index.NAMES``, kept by triggers
    on ``claims``), and the search index's re-grouping reads the list: it parsed every
    claim's names for each spelling whose group moved, a pass over the whole desk per move
    that an import makes a few times in every ten articles (issue 15). Safe to run again."""
    search_index.index_names(conn)


def migration_24(conn: sqlite3.Connection) -> None:
    """The search index's triggers write a claim's name-group tokens in the order of their
    keys, the order ``search_index.refresh_groups`` reads them in: a claim naming two groups
    or more had its search row deleted and indexed again in every import only because the
    insert trigger wrote the same tokens in the order of its names (issue 15). Existing rows
    keep their tokens (``search_index.order_groups``). Safe to run again."""
    search_index.order_groups(conn)


INDEX_GENERATION_WRITES: Final = {
    "claim_index": ("INSERT", "UPDATE", "DELETE"),
    "name_spellings": ("INSERT", "UPDATE", "DELETE"),
    "name_overrides": ("INSERT", "UPDATE", "DELETE"),
    "name_mentions": ("INSERT", "UPDATE", "DELETE"),
    "articles": ("UPDATE OF version", "DELETE"),
}
"""The writes that change what a process keeps of the desk's index (``corroborate.index``'s
state: the name book's spellings, overrides and type votes, which ``name_kind_counts`` keeps
from ``name_mentions``; the claim index, current claims only): each row bumps
``index_generation``. ``claim_anchors`` is written and deleted with ``claim_index`` (and a
deleted claim or article takes both by cascade, which fires the triggers), so it needs none;
a verdict, a note or a link touches none of these."""


def migration_25(conn: sqlite3.Connection) -> None:
    """The desk's index generation (``index_generation``, one row), bumped by a trigger on
    every write the index's kept state depends on (``INDEX_GENERATION_WRITES``). Why: a
    process reloaded its whole index state whenever another connection committed anything
    (``PRAGMA data_version``), so a verdict the app wrote while its import prepared an
    article made the import load the name book and the index again under its write turn
    (issue 15, review35 item 4); now it reloads only when the generation moved. Safe to run
    again."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS index_generation ("
        "id INTEGER PRIMARY KEY CHECK (id = 1), generation INTEGER NOT NULL)"
    )
    conn.execute("INSERT OR IGNORE INTO index_generation (id, generation) VALUES (1, 0)")
    for table, events in INDEX_GENERATION_WRITES.items():
        for event in events:
            name = f"index_generation_{table}_{event.split()[0].lower()}"
            conn.execute(
                f"CREATE TRIGGER IF NOT EXISTS {name} AFTER {event} ON {table} "
                "BEGIN UPDATE index_generation SET generation = generation + 1; END"
            )


MIGRATION_26: Final = """
-- The index rows a judging again of the desk's pairs (corroborate.index.rejudge) has still to
-- judge: set aside whole at its start, taken back an article batch at a time, each batch
-- committed, so a stop mid-way leaves here only what is left to judge (issue 15).
CREATE TABLE IF NOT EXISTS claim_rejudge (
    claim_id INTEGER PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL,
    norm TEXT NOT NULL,
    anchors TEXT NOT NULL DEFAULT '[]',
    facts TEXT NOT NULL DEFAULT '{}',
    vector BLOB,
    day TEXT,
    start INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS claim_rejudge_article ON claim_rejudge(article_id, start, claim_id);
"""


ARTICLE_CHANGE_WRITES: Final = {
    "articles": (("INSERT", "UPDATE", "DELETE"), "SELECT {row}.id AS id"),
    "claims": (
        ("INSERT", "UPDATE OF article_id, version, hidden, score", "DELETE"),
        "SELECT {row}.article_id AS id",
    ),
    "verdicts": (
        ("INSERT", "UPDATE", "DELETE"),
        "SELECT article_id AS id FROM claims WHERE claims.id = {row}.claim_id",
    ),
    "rereview": (("INSERT", "UPDATE", "DELETE"), "SELECT {row}.article_id AS id"),
}
"""The writes that change what the queue shows of an article (``desk.queue_rows``): its row,
its claims' count, version, hidden flag and score, their reviews, its waiting re-reviews.
table -> (its events, the query of the article a row names, ``{row}`` NEW or OLD). A claim
deleted with its article, or a review with its claim, is a delete of its table all the same
(a cascade fires the triggers)."""


def article_change_trigger(table: str, event: str, article: str) -> str:
    """The trigger that gives the articles ``table``'s ``event`` touches the desk's next change
    mark (``article_changes``): the new row's, the old one's, or both for an update (a claim
    moved to another article changes both). An upsert: a trigger's ``OR REPLACE`` gives way to
    the outer statement's conflict clause (the review's upsert of a verdict made it fail),
    the upsert's own does not; ~5 us a claim inserted (2,000 articles' 43,507 claims copied:
    677 -> 888 ms), ~8 us a score updated."""
    action = event.split()[0]
    rows = {"INSERT": ["NEW"], "DELETE": ["OLD"]}.get(action, ["NEW", "OLD"])
    touched = " UNION ".join(article.format(row=row) for row in rows)
    return (
        f"CREATE TRIGGER IF NOT EXISTS article_changes_{table}_{action.lower()} "
        f"AFTER {event} ON {table} BEGIN "
        "INSERT INTO article_changes (article_id, mark) "
        "SELECT touched.id, (SELECT COALESCE(MAX(mark), 0) + 1 FROM article_changes) "
        f"FROM ({touched}) AS touched WHERE touched.id IS NOT NULL "
        "ON CONFLICT (article_id) DO UPDATE SET mark = excluded.mark; END"
    )


def migration_27(conn: sqlite3.Connection) -> None:
    """Each article's last change mark (``article_changes``), given by triggers on every write
    the queue shows (``ARTICLE_CHANGE_WRITES``), from one desk-wide count. Why: after another
    process's commit (the app's own background re-extraction commits one article a second for
    minutes), the queue read every article's rows and its claims' sums again to learn which
    ones changed, ~25 ms of the event loop on 2,000 articles (queue41); the marks above the
    last one it saw name them in one indexed read. An article deleted keeps its row here (its
    mark says it went). Safe to run again."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS article_changes ("
        "article_id INTEGER PRIMARY KEY, mark INTEGER NOT NULL)"
    )
    conn.execute("CREATE INDEX IF NOT EXISTS article_changes_mark ON article_changes(mark)")
    for table, (events, article) in ARTICLE_CHANGE_WRITES.items():
        for event in events:
            conn.execute(article_change_trigger(table, event, article))


REVIEW_CHANGE_WRITES: Final = {
    "claims": (("UPDATE",), "SELECT {row}.article_id AS id"),
    "merge_conflicts": (
        ("INSERT", "UPDATE", "DELETE"),
        "SELECT article_id AS id FROM claims WHERE claims.id = {row}.claim_id",
    ),
}
"""The writes the marks of schema 27 left out that change what the review of an article reads
(``desk.article_rows``): any column of its claims (a speaker, a span), its claims' merge
conflicts. With them, an article whose mark did not move has every row as it was."""


def migration_28(conn: sqlite3.Connection) -> None:
    """Every row the review of an article reads moves its change mark (``REVIEW_CHANGE_WRITES``):
    after another process's commit to another article, the review of a long one need not read
    its rows to learn that none changed (~17 ms of the event loop for the 300 KB article's
    2,307 claims, with its 300 KB text: speed41, speed42). The claims' trigger of schema 27,
    on four columns, gives way to one on all. Safe to run again."""
    conn.execute("DROP TRIGGER IF EXISTS article_changes_claims_update")
    for table, (events, article) in REVIEW_CHANGE_WRITES.items():
        for event in events:
            conn.execute(article_change_trigger(table, event, article))


def change_writes() -> dict[tuple[str, str], str]:
    """(table, INSERT / UPDATE / DELETE) -> the query of the article a row names: every write
    the marks follow since schema 28 (``ARTICLE_CHANGE_WRITES`` with ``REVIEW_CHANGE_WRITES``,
    whose claims' update on any column takes the place of schema 27's four)."""
    writes: dict[tuple[str, str], str] = {}
    for table, (events, article) in [*ARTICLE_CHANGE_WRITES.items(),
                                     *REVIEW_CHANGE_WRITES.items()]:  # fmt: skip
        for event in events:
            writes[(table, event.split()[0])] = article
    return writes


CHANGE_TICK: Final = "change_tick"
"""The table of a bulk write's one mark (schema 29): a row only inside a transaction that
asked for it (``Store.transaction(bulk=True)``), never in a committed desk."""

TAKE_TICK: Final = (
    f"INSERT OR IGNORE INTO {CHANGE_TICK} (id, tick)"
    " SELECT 1, COALESCE(MAX(mark), 0) + 1 FROM article_changes"
)
"""A bulk write's mark, the desk's next: changes 1 row, or none inside a bulk write already."""

_MARK_NOW: Final = (
    f"COALESCE((SELECT tick FROM {CHANGE_TICK}),"
    " (SELECT COALESCE(MAX(mark), 0) + 1 FROM article_changes))"
)
"""The mark a write gives: the bulk write's own, else the desk's next."""


def _unmarked(article: str) -> str:
    """True unless the article ``article`` names already holds this bulk write's mark (always
    true outside a bulk write: no tick)."""
    return (
        f"NOT EXISTS (SELECT 1 FROM {CHANGE_TICK} t JOIN article_changes c ON c.mark = t.tick"
        f" WHERE c.article_id = ({article}))"
    )


def _mark(article: str, only: str = "") -> str:
    """The statement that gives the article ``article`` names the mark (``_MARK_NOW``)."""
    return (
        "INSERT INTO article_changes (article_id, mark) "
        f"SELECT touched.id, {_MARK_NOW} FROM ({article}) AS touched "
        f"WHERE touched.id IS NOT NULL{only} "
        "ON CONFLICT (article_id) DO UPDATE SET mark = excluded.mark;"
    )


def change_mark_trigger(table: str, action: str, article: str) -> str:
    """The trigger of schema 29 that gives the article a row of ``table`` names (``article``,
    ``{row}`` NEW or OLD) the desk's next change mark on ``action``, as schema 27's
    (``article_change_trigger``) did, but cheaper for the writers (review42: all claims
    rescored in 3.2x the time with schema 28's): an update's old article is marked by a
    statement of its own only when it is another (no UNION, a temporary table a row); and in
    a bulk write (a ``CHANGE_TICK`` row) each article it changes takes the write's one mark
    once: the ``WHEN`` passes over the rows of an article already holding it (the next claims
    of an article imported, flagged, rescored or extracted again) before any write. Without a
    tick (a write of a few rows, another program's) each row takes the next mark, as before."""
    new, old = article.format(row="NEW"), article.format(row="OLD")
    if action == "INSERT":
        when, body = _unmarked(new), _mark(new)
    elif action == "DELETE":
        when, body = _unmarked(old), _mark(old)
    else:  # an update: the old article too, when the row moved to another
        moved = f"({old}) IS NOT ({new})"
        when = f"{_unmarked(new)} OR ({moved} AND {_unmarked(old)})"
        body = f"{_mark(new)} {_mark(old, f' AND {moved}')}"
    return (
        f"CREATE TRIGGER IF NOT EXISTS article_changes_{table}_{action.lower()} "
        f"AFTER {action} ON {table} WHEN {when} BEGIN {body} END"
    )


def migration_29(conn: sqlite3.Connection) -> None:
    """The change marks' triggers of schemas 27 and 28 again, cheaper for the writers
    (``change_mark_trigger``), and the table of a bulk write's one mark (``CHANGE_TICK``).
    The same articles are named after each commit; a bulk write names each article with one
    mark, where each of its rows moved the mark again. Safe to run again."""
    conn.execute(
        f"CREATE TABLE IF NOT EXISTS {CHANGE_TICK} ("
        "id INTEGER PRIMARY KEY CHECK (id = 1), tick INTEGER NOT NULL)"
    )
    for (table, action), article in change_writes().items():
        conn.execute(f"DROP TRIGGER IF EXISTS article_changes_{table}_{action.lower()}")
        conn.execute(change_mark_trigger(table, action, article))


def index_generation(conn: sqlite3.Connection) -> int | None:
    """The desk's index generation (``migration_25``); None when its row is gone (a damaged
    desk): a reader then takes every commit as a change, as before the counter."""
    row = conn.execute("SELECT generation FROM index_generation WHERE id = 1").fetchone()
    return None if row is None else int(row[0])


REFILE_KEY: Final = "names:article-groups"
"""A ``state`` row: 'pending' until every article's mentions were read in their article."""

NAMES_KEY: Final = "names:version"
"""A ``state`` row: the version of the name filing rules (``domain.names.VERSION``) that
filed the desk's spellings; none on a desk filed before they had a version."""

MATCHER_KEY: Final = "index:matcher"
"""A ``state`` row: the matcher version (``domain.matcher.VERSION``) that judged the desk's
stored pairs; none on a desk indexed before the matcher had a version."""

REJUDGE_KEY: Final = "index:rejudging"
"""A ``state`` row: the matcher version for which ``claim_rejudge``'s rows were set aside
(``store.extraction.set_aside_index``): a stop mid-way resumes only for that version."""

ORIGINS_KEY: Final = "index:origins"
"""A ``state`` row: the version of the origin keys' rules (``domain.origins.VERSION``) that
derived the desk's stored origin keys; none on a desk indexed before they had a version."""

REKEY_KEY: Final = "index:rekeying"
"""A ``state`` row, ``VERSION:ARTICLE``: how far a deriving again of the origin keys for that
version went (``corroborate.index.rekey_origins``): a stop mid-way resumes after that article
only for that version."""


MIGRATIONS: Final[dict[int, Migration]] = {
    1: MIGRATION_1,
    2: MIGRATION_2,
    3: MIGRATION_3,
    4: MIGRATION_4,
    5: MIGRATION_5,
    6: MIGRATION_6,
    7: MIGRATION_7,
    8: MIGRATION_8,
    9: MIGRATION_9,
    10: MIGRATION_10,
    11: MIGRATION_11,
    12: MIGRATION_12,
    13: MIGRATION_13,
    14: MIGRATION_14,
    15: MIGRATION_15,
    16: MIGRATION_16,
    17: MIGRATION_17,
    18: migration_18,
    19: MIGRATION_19,
    20: migration_20,
    21: migration_21,
    22: migration_22,
    23: migration_23,
    24: migration_24,
    25: migration_25,
    26: MIGRATION_26,
    27: migration_27,
    28: migration_28,
    29: migration_29,
}
"""user_version reached -> SQL that gets there from the version before."""

LATEST: Final = max(MIGRATIONS)
