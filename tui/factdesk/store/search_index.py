"""The desk's full-text index of claims (SQLite FTS5, porter stemming), kept by triggers.

Ctrl+F and the palette must find a claim whatever the word form ("denied" finds "denies": the
porter stemmer) and whatever the spelling of a name ("Kupiansk" finds "Kupyansk": the names
view already puts both in one group). So each claim is indexed with its words, its speaker,
its flags, and one token per name group it mentions (``g`` + the hex of the group key, a
token no prose contains). A query names the group of each typed name the same way
(``desk.search``), so a spelling never seen in the desk still meets the ones that are.

The index is kept by triggers, so every writer of claims (import, re-extraction, a claim
added by hand, deletion) keeps it without knowing of it; a merge or split of names re-groups
the claims that mention the moved spelling. The one thing triggers cannot see is a name group
assigned after its claims were written (the cross-reference index assigns groups once the
claims are in): ``refresh_groups`` is called there.

An SQLite built without FTS5 gets no index (migration 12 checks); ``available`` says so and
the Desk falls back to a literal search.

One desk can meet both kinds of SQLite (a desk copied to another machine, another Python).
Opened for writing by an SQLite without FTS5, an indexed desk's triggers cannot run: every
write of a claim (the reviewer's attribution of its speaker, a claim added by hand, a merge of
names, an import) failed with "no such module: fts5". ``settle`` runs on every open for
writing: without FTS5 it drops the triggers (the index table stays: that SQLite cannot drop
it), and an SQLite with FTS5 that finds the index or a trigger missing builds it again from
the claims, so the index is never lost, only rebuilt once.
"""

from __future__ import annotations

import functools
import sqlite3

TABLE = "claim_search"

_GROUPS = """(SELECT COALESCE(group_concat('g' || lower(hex(g))), '') FROM (
    SELECT DISTINCT s.group_key AS g FROM json_each({names}) j
    JOIN name_spellings s ON s.spelling = j.value ORDER BY g))"""
"""The group tokens of a claim whose ``names`` JSON is the expression ``{names}``, in the
order of their keys, as ``_READ_GROUPS`` gives them (migration 24): written in the names'
order, a claim with two groups or more read as changed to ``refresh_groups``, which then had
FTS5 delete and index its row a second time in every import (issue 15). (SQLite does not
flatten a subquery with ORDER BY into an aggregate, so ``group_concat`` reads it in order.)"""

_GROUPS_IN_NAMES_ORDER = """(SELECT COALESCE(group_concat(DISTINCT 'g' || lower(hex(s.group_key))),
    '') FROM json_each({names}) j JOIN name_spellings s ON s.spelling = j.value)"""
"""Migrations 12-23's triggers' form of ``_GROUPS``: the same tokens in the order of the
claim's names (kept to test migration 24 on a desk they wrote)."""

_READ_GROUPS = """(SELECT COALESCE(group_concat('g' || lower(hex(g))), '') FROM (
    SELECT s.group_key AS g FROM json_each(c.names) j JOIN name_spellings s ON s.spelling = j.value
    UNION SELECT m.group_key FROM json_each(c.names) j JOIN name_mentions m
    ON m.spelling = j.value AND m.article_id = c.article_id ORDER BY g))"""
"""The group tokens of claim ``c`` as its article reads its names, beside each spelling's
desk-wide group (migration 22): "Marsh said" in an article about Lena Marsh is found by
"Lena Marsh" and by "Marsh", and not by "Tom Marsh". In the order of their keys, as
``_GROUPS`` writes them (the ``UNION`` leaves each key once)."""

_ROW = (
    "(rowid, text, speaker, flags, groups) VALUES (new.id, new.text, "
    "COALESCE(new.speaker, ''), new.flags, {groups})"
)
"""A claim's row as its insert and update triggers write it (``{groups}``: a ``_GROUPS``)."""

_INSERT = f"""CREATE TRIGGER {TABLE}_insert AFTER INSERT ON claims BEGIN
    INSERT INTO {TABLE} {{row}};
END;"""
_UPDATE = f"""CREATE TRIGGER {TABLE}_update
AFTER UPDATE OF text, speaker, flags, names ON claims BEGIN
    DELETE FROM {TABLE} WHERE rowid = old.id;
    INSERT INTO {TABLE} {{row}};
END;"""

NAMES = "claim_names"
"""(spelling, claim) for every value of every claim's ``names`` (migration 23), kept by
triggers on ``claims`` whatever SQLite lacks (no FTS5 in it): what the re-grouping reads
instead of parsing every claim's names. Exactly the pairs ``json_each(claims.names)`` gives
(a NULL value aside, which equals nothing); ``names`` that is not JSON (damage) gives none."""

_REGROUP = f"""CREATE TRIGGER {TABLE}_regroup AFTER UPDATE OF group_key ON name_spellings BEGIN
    UPDATE {TABLE} SET groups = (SELECT {{groups}} FROM claims c WHERE c.id = {TABLE}.rowid)
    WHERE rowid IN ({{mentioning}});
END;"""
"""The trigger that re-groups the claims mentioning a spelling whose group moved (a merge, a
split, a surname an article gave to a person): ``{mentioning}`` selects their ids, ``{groups}``
is ``_GROUPS`` of ``c.names``."""
_MENTIONING_SCAN = """SELECT c.id FROM claims c, json_each(c.names) j
                    WHERE j.value = new.spelling"""
"""Migration 12's way: every claim's names read, so each re-grouped spelling cost a pass over
the whole desk (25 ms at 36,000 claims, 91 times in 300 imported articles: issue 15)."""
_MENTIONING_LISTED = f"SELECT claim_id FROM {NAMES} WHERE spelling = new.spelling"
"""Migration 23's: the same claims, read from ``NAMES`` by its key."""

NAME_VALUES = "json_each(CASE WHEN json_valid({names}) THEN {names} END)"
"""The values of a ``names`` JSON expression ``{names}`` as ``NAMES`` lists them."""
_NAMES_ROWS = (
    f"INSERT OR IGNORE INTO {NAMES} (spelling, claim_id) SELECT value, new.id FROM "
    + NAME_VALUES.format(names="new.names")
    + " WHERE value IS NOT NULL;"
)
NAMES_CREATE = f"""
CREATE TABLE IF NOT EXISTS {NAMES} (
    spelling TEXT NOT NULL,
    claim_id INTEGER NOT NULL,
    PRIMARY KEY (spelling, claim_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS {NAMES}_claim ON {NAMES}(claim_id);
DELETE FROM {NAMES};
INSERT OR IGNORE INTO {NAMES} (spelling, claim_id)
    SELECT j.value, c.id FROM claims c, {NAME_VALUES.format(names="c.names")} j
    WHERE j.value IS NOT NULL;
DROP TRIGGER IF EXISTS {NAMES}_insert;
CREATE TRIGGER {NAMES}_insert AFTER INSERT ON claims BEGIN
    {_NAMES_ROWS}
END;
DROP TRIGGER IF EXISTS {NAMES}_delete;
CREATE TRIGGER {NAMES}_delete AFTER DELETE ON claims BEGIN
    DELETE FROM {NAMES} WHERE claim_id = old.id;
END;
DROP TRIGGER IF EXISTS {NAMES}_update;
CREATE TRIGGER {NAMES}_update AFTER UPDATE OF id, names ON claims BEGIN
    DELETE FROM {NAMES} WHERE claim_id = old.id;
    {_NAMES_ROWS}
END;
"""
"""Migration 23's body: ``NAMES`` filled from the claims, and its triggers. Safe to run again."""

TRIGGERS = tuple(f"{TABLE}_{name}" for name in ("insert", "delete", "update", "regroup"))
"""The triggers that keep the index (``CREATE``)."""

_NEW_GROUPS = _GROUPS.format(names="new.names")

CREATE = f"""
CREATE VIRTUAL TABLE {TABLE} USING fts5(
    text, speaker, flags, groups, tokenize = 'porter unicode61 remove_diacritics 2'
);
{_INSERT.format(row=_ROW.format(groups=_NEW_GROUPS))}
CREATE TRIGGER {TABLE}_delete AFTER DELETE ON claims BEGIN
    DELETE FROM {TABLE} WHERE rowid = old.id;
END;
{_UPDATE.format(row=_ROW.format(groups=_NEW_GROUPS))}
{_REGROUP.format(mentioning=_MENTIONING_SCAN, groups=_GROUPS.format(names="c.names"))}
INSERT INTO {TABLE} (rowid, text, speaker, flags, groups)
    SELECT c.id, c.text, COALESCE(c.speaker, ''), c.flags, {_GROUPS.format(names="c.names")}
    FROM claims c;
"""
"""Migration 12's body: the index, its triggers, and every existing claim indexed."""


@functools.cache
def fts5_available() -> bool:
    """Whether this process's SQLite has FTS5 (a build option: most have it, some do not)."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE VIRTUAL TABLE probe USING fts5(x)")
    except sqlite3.OperationalError:
        return False
    finally:
        conn.close()
    return True


def migrate(conn: sqlite3.Connection) -> None:
    """Migration 12: build the index, or nothing on an SQLite without FTS5 (the desk then
    searches literally; the version still moves on, so the desk opens everywhere). Run
    again (a desk rewound to an older version), it rebuilds the index from the claims."""
    _drop_triggers(conn)  # safe to run again
    conn.execute(f"DROP TABLE IF EXISTS {TABLE}")
    if not fts5_available():
        return
    for statement in _split(CREATE):
        conn.execute(statement)
    regroup_by_names(conn)  # a desk past migration 23 (rewound, or an index rebuilt)


def index_names(conn: sqlite3.Connection) -> None:
    """Migration 23: ``NAMES`` and its triggers, then the re-grouping reads it. Safe to run
    again."""
    for statement in _split(NAMES_CREATE):
        conn.execute(statement)
    regroup_by_names(conn)


def regroup_by_names(conn: sqlite3.Connection) -> None:
    """The re-grouping trigger made to read ``NAMES``, when the desk has it and the trigger
    (an SQLite without FTS5 has neither the index nor the trigger)."""
    names = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [NAMES])
    if names.fetchone() is None or f"{TABLE}_regroup" not in present(conn):
        return
    conn.execute(f"DROP TRIGGER {TABLE}_regroup")
    groups = _GROUPS.format(names="c.names")
    conn.execute(_REGROUP.format(mentioning=_MENTIONING_LISTED, groups=groups))


def order_groups(conn: sqlite3.Connection) -> None:
    """Migration 24: the insert, update and re-grouping triggers write a claim's group tokens
    in the order of their keys (``_GROUPS``), as ``refresh_groups`` reads them, so an
    imported claim's row is indexed once, not twice. The rows already indexed keep their
    tokens as they are (a search matches a token wherever it stands, and ``refresh_groups``
    wrote most of them in key order already; those the re-grouping trigger wrote last are in
    their names' order until it or an import writes them again). Only the triggers the desk
    holds are replaced: one missing
    means the index is stale, and ``settle`` rebuilds it whole; an SQLite without FTS5
    leaves them alone (``settle`` drops them). Safe to run again."""
    if not fts5_available():
        return
    found = present(conn)
    new = _ROW.format(groups=_NEW_GROUPS)
    for name, create in (("insert", _INSERT), ("update", _UPDATE)):
        if f"{TABLE}_{name}" in found:
            conn.execute(f"DROP TRIGGER {TABLE}_{name}")
            conn.execute(create.format(row=new))
    if f"{TABLE}_regroup" in found:
        listed = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                              [NAMES]).fetchone() is not None  # fmt: skip
        mentioning = _MENTIONING_LISTED if listed else _MENTIONING_SCAN
        conn.execute(f"DROP TRIGGER {TABLE}_regroup")
        conn.execute(_REGROUP.format(mentioning=mentioning, groups=_GROUPS.format(names="c.names")))


def _drop_triggers(conn: sqlite3.Connection) -> None:
    for trigger in TRIGGERS:
        conn.execute(f"DROP TRIGGER IF EXISTS {trigger}")


def present(conn: sqlite3.Connection) -> set[str]:
    """Which of the index table and its triggers this desk holds (``settle``, and the full
    check, which compares the index with the claims only while its triggers keep it)."""
    marks = ", ".join("?" * (len(TRIGGERS) + 1))
    query = f"SELECT name FROM sqlite_master WHERE name IN ({marks})"
    return {row[0] for row in conn.execute(query, [TABLE, *TRIGGERS])}


def unsettled(conn: sqlite3.Connection) -> bool:
    """Whether ``settle`` has something to do on this desk with this SQLite (a read)."""
    found = present(conn)
    if fts5_available():
        return found != {TABLE, *TRIGGERS}
    return bool(found & set(TRIGGERS))


def settle(conn: sqlite3.Connection) -> None:
    """Fit the index to this SQLite, in the caller's write transaction (see the module's
    docstring): without FTS5, no triggers that name the index; with it, the whole index
    and every trigger, rebuilt from the claims when anything was missing (its rows are
    then stale: claims were written while no trigger kept them)."""
    if not unsettled(conn):
        return
    if fts5_available():
        migrate(conn)
    else:
        _drop_triggers(conn)


def _split(script: str) -> list[str]:
    """Statements of ``script``, trigger bodies whole (the caller holds a transaction, which
    ``executescript`` would commit)."""
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    return [s for s in statements if s]


def available(conn: sqlite3.Connection) -> bool:
    """Whether this desk has the index (and this SQLite can read it)."""
    row = conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [TABLE]).fetchone()
    return row is not None and fts5_available()


def group_token(group_key: str) -> str:
    """The token a name group is indexed under (as ``_GROUPS`` writes it)."""
    return "g" + group_key.encode("utf-8").hex()


def refresh_groups(conn: sqlite3.Connection, article_id: int) -> None:
    """Re-read the name groups of one article's claims: called once the cross-reference
    index has given their new spellings a group (in the caller's transaction), and their
    mentions the groups their article reads them as (``_READ_GROUPS``: the triggers know
    only the desk-wide groups).

    Only the rows whose groups changed are written: an FTS5 update deletes and re-indexes
    the whole row, and an imported claim whose spellings all had a group when it was
    written (every one, when the import files the names first) already has them."""
    if not available(conn):  # no index, or one this SQLite cannot write
        return
    groups = f"(SELECT {_READ_GROUPS} FROM claims c WHERE c.id = {TABLE}.rowid)"
    conn.execute(
        f"UPDATE {TABLE} SET groups = {groups} "
        f"WHERE rowid IN (SELECT id FROM claims WHERE article_id = ?) AND groups IS NOT {groups}",
        [article_id],
    )
