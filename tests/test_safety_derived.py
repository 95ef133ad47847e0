"""Derived tables (name mentions, the cross-reference index, matches, origins, the search
index) have no checksums: ``full_check`` verifies them against what they derive from, so
``factdesk check`` and the daily-backup gate notice damage there too."""

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
