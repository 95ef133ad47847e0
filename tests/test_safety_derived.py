"""Derived tables (name mentions, the cross-reference index, matches, origins, the search
index): ``full_check`` verifies them against what they derive from, the matcher's rows against
their checksums, and every table's values for their type and encoding, so ``factdesk check``
and the daily-backup gate notice damage there too (``store.derived``, ``store.cells``)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from factdesk.cli import entry as cli
from factdesk.desk.service import Desk
from factdesk.store.checksums import full_check
from factdesk.store.deskfile import connect_readonly

DAMAGE = {
    "claim_index vector": "UPDATE claim_index SET vector = X'007C' || substr(vector, 3) "
    "WHERE claim_id = (SELECT MIN(claim_id) FROM claim_index WHERE vector IS NOT NULL)",
    "name_mentions": "UPDATE name_mentions SET spelling = spelling || 'x' "
    "WHERE id = (SELECT MIN(id) FROM name_mentions)",
    "claim_index": "UPDATE claim_index SET article_id = article_id + 1000 "
    "WHERE claim_id = (SELECT MIN(claim_id) FROM claim_index)",
    "claim_matches": "UPDATE claim_matches SET similarity = 1e9 WHERE "
    "(claim_id, other_claim_id) = (SELECT claim_id, other_claim_id FROM claim_matches LIMIT 1)",
    "claims": "UPDATE claims SET flags = '[\"date\"' WHERE id = (SELECT MIN(id) FROM claims)",
    "claim_origins": "UPDATE claim_origins SET claim_id = 999999 "
    "WHERE claim_id = (SELECT MIN(claim_id) FROM claim_origins)",
    "claim_search text": "UPDATE claim_search_content SET c0 = CAST(X'41FF42' AS TEXT) "
    "WHERE id = (SELECT MIN(id) FROM claim_search_content)",
    "claim_search": "UPDATE claim_search_data SET block = zeroblob(length(block)) "
    "WHERE id = (SELECT MAX(id) FROM claim_search_data)",
    # what single-bit flips did that the checks above passed (bench adversarial):
    "claim_index norm": "UPDATE claim_index SET norm = replace(norm, 'a', 'c') "
    "WHERE claim_id = (SELECT MIN(claim_id) FROM claim_index WHERE norm LIKE '%a%')",
    "claim_index vector's low bits": "UPDATE claim_index SET vector = substr(vector, 1, 10) || "
    "CASE WHEN substr(vector, 11, 1) = X'00' THEN X'01' ELSE X'00' END || substr(vector, 12) "
    "WHERE claim_id = (SELECT MIN(claim_id) FROM claim_index WHERE vector IS NOT NULL)",
    "claim_matches reason": "UPDATE claim_matches SET reason = reason || 's' WHERE "
    "(claim_id, other_claim_id) = (SELECT claim_id, other_claim_id FROM claim_matches LIMIT 1)",
    "claim_origins text": "UPDATE claim_origins SET cue = CAST(X'41FF42' AS TEXT) "
    "WHERE claim_id = (SELECT MIN(claim_id) FROM claim_origins)",
    "claim_names": "DELETE FROM claim_names "
    "WHERE claim_id = (SELECT MIN(claim_id) FROM claim_names)",
    "claims kind's type": "UPDATE claims SET kind = CAST(kind AS BLOB) "
    "WHERE id = (SELECT MIN(id) FROM claims)",
    "name_kind_counts kind": "UPDATE name_kind_counts SET kind = 'plxce' "
    "WHERE spelling = (SELECT MIN(spelling) FROM name_kind_counts)",
    "name_counts": "UPDATE name_counts SET articles = articles + 1 "
    "WHERE key = (SELECT MIN(key) FROM name_counts)",
    "claim_search copy's case": "UPDATE claim_search_content SET c0 = upper(c0) "
    "WHERE id = (SELECT MIN(id) FROM claim_search_content)",
    "name_kind_counts type": "UPDATE name_kind_counts SET mentions = mentions + 0.5 "
    "WHERE spelling = (SELECT MIN(spelling) FROM name_kind_counts)",
    "name_mentions group": "UPDATE name_mentions SET group_key = group_key || 'x' "
    "WHERE id = (SELECT MIN(id) FROM name_mentions)",
}


def damaged(desk: Desk, table: str) -> Path:
    path = desk.path
    desk.close()
    conn = sqlite3.connect(path)
    names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    if table.split()[0] not in names:
        pytest.skip(f"no {table} table on this desk")
    conn.execute("PRAGMA foreign_keys = OFF")
    with conn:
        assert conn.execute(DAMAGE[table]).rowcount >= 1
    conn.close()
    return path


def test_a_healthy_desk_passes(seeded_desk: Desk) -> None:
    report = full_check(seeded_desk.store.conn)
    assert report.ok, report.problems[:3]
    assert report.checked["derived rows"] > 0


@pytest.mark.parametrize("table", list(DAMAGE))
def test_damage_in_a_derived_table_is_caught(seeded_desk: Desk, table: str, capsys) -> None:
    path = damaged(seeded_desk, table)
    assert cli.main(["check", "--db", str(path)]) == 1
    out = capsys.readouterr().out
    assert table.split()[0] in out, out
    conn = connect_readonly(path)  # as the background check and the daily-backup gate read it
    try:
        assert not full_check(conn).ok
    finally:
        conn.close()


SCHEMA_DAMAGE = {
    "a column renamed": ("claim_links", "reviewer TEXT", "reviewor TEXT"),
    "a trigger's function": ("article_names_count_insert", "articles", "articlez"),
}


@pytest.mark.parametrize("damage", list(SCHEMA_DAMAGE))
def test_a_schema_that_no_longer_compiles_is_caught(seeded_desk: Desk, damage: str) -> None:
    """A flip in the schema's text that SQLite still parses: the desk opened, and the first
    write through that table failed."""
    name, old, new = SCHEMA_DAMAGE[damage]
    path = seeded_desk.path
    seeded_desk.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA writable_schema = ON")
    with conn:
        changed = conn.execute(
            "UPDATE sqlite_master SET sql = replace(sql, ?, ?) WHERE name = ?", [old, new, name]
        )
        assert changed.rowcount == 1
    conn.close()
    conn = connect_readonly(path)
    try:
        report = full_check(conn)
    finally:
        conn.close()
    table = name if name == "claim_links" else "article_names"
    assert [p for p in report.problems if p.startswith("schema:") and table in p], report.problems


def test_a_damaged_index_row_names_its_rebuild_and_reextraction_makes_it_again(
    seeded_desk: Desk,
) -> None:
    """A derived row holds none of the reviewer's work: the check says how it is made again,
    and doing so leaves a desk that passes. An index entry, and the claim's listed names
    (migration 23), which nothing else rebuilds."""
    conn = seeded_desk.store.conn
    claim_id, article_id = conn.execute(
        "SELECT i.claim_id, c.article_id FROM claim_index i JOIN claims c ON c.id = i.claim_id "
        "WHERE i.norm LIKE '%a%' AND i.claim_id IN (SELECT claim_id FROM claim_names) "
        "ORDER BY 1 LIMIT 1"
    ).fetchone()
    with seeded_desk.store.transaction():
        conn.execute(
            "UPDATE claim_index SET norm = replace(norm, 'a', 'c') WHERE claim_id = ?", [claim_id]
        )
        conn.execute("DELETE FROM claim_names WHERE claim_id = ?", [claim_id])
    problems = full_check(conn).problems
    rebuilt = f"(derived: rebuilt by factdesk reextract {article_id})"
    assert problems == [
        f"claim_index: the index entry of claim {claim_id} is damaged {rebuilt}",
        f"claim_names: the names listed for claim {claim_id} are not its names {rebuilt}",
    ]
    seeded_desk.reextract(article_id)
    assert full_check(conn).ok


def test_a_text_that_is_not_utf8_is_found_in_whichever_chunk_it_is(
    seeded_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Texts are decoded ``CHUNK_ROWS`` rows at a time; the failing chunk names its row."""
    from factdesk.store import cells

    monkeypatch.setattr(cells, "CHUNK_ROWS", 7)
    conn = seeded_desk.store.conn
    last = conn.execute("SELECT MAX(claim_id) FROM claim_origins").fetchone()[0]
    with seeded_desk.store.transaction():
        conn.execute(
            "UPDATE claim_origins SET cue = CAST(X'41FF42' AS TEXT) WHERE claim_id IN (?, ?)",
            [last, last - 8],
        )
    problems = [p for p in full_check(conn).problems if p.startswith("claim_origins")]
    assert problems == [
        f"claim_origins: row {last - 8} holds a text that is not UTF-8 (damaged)",
        f"claim_origins: row {last} holds a text that is not UTF-8 (damaged)",
    ]
