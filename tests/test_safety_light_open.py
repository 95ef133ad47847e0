"""The app's open does not read the whole desk before its first screen (issue 15).

``quick_check`` reads every page of the file; on the app's start path (``defer_daily``) it runs
only on a small desk, and the deeper ``integrity_check`` runs in the background after the first
screen (``test_safety_checksums`` checks that background run). Every other open keeps it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from factdesk.desk.service import Desk
from factdesk.settings.config import Config
from factdesk.store import deskfile


def statements_of_open(path: Path, monkeypatch: pytest.MonkeyPatch, **options: bool) -> list[str]:
    """Every SQL statement the read-only look at the desk ran while it was opened."""
    connect = deskfile._connect
    seen = traced_statements(monkeypatch)
    Desk.open(path, config=Config(reviewer="tester"), **options).close()
    monkeypatch.setattr(deskfile, "_connect", connect)
    return seen


def traced_statements(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The list every desk connection opened from now on appends its SQL statements to."""
    seen: list[str] = []
    connect = deskfile._connect

    def traced(uri: str) -> sqlite3.Connection:
        conn = connect(uri)
        conn.set_trace_callback(seen.append)
        return conn

    monkeypatch.setattr(deskfile, "_connect", traced)
    return seen


def quick_checks(statements: list[str]) -> int:
    return sum("quick_check" in s for s in statements)


def test_the_app_open_leaves_the_quick_check_of_a_big_desk_to_the_background(
    seeded_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = seeded_desk.store.path
    seeded_desk.close()
    monkeypatch.setattr(deskfile, "START_CHECK_BYTES", path.stat().st_size - 1)
    light = statements_of_open(path, monkeypatch, defer_daily=True)
    assert any("user_version" in s for s in light), "the schema version is still read"
    assert quick_checks(light) == 0
    assert quick_checks(statements_of_open(path, monkeypatch)) == 1, "the CLI keeps it"


def test_a_small_desk_is_still_checked_before_the_first_screen(
    seeded_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = seeded_desk.store.path
    seeded_desk.close()
    monkeypatch.setattr(deskfile, "START_CHECK_BYTES", path.stat().st_size)
    assert quick_checks(statements_of_open(path, monkeypatch, defer_daily=True)) == 1


def test_a_light_open_still_refuses_a_foreign_or_truncated_file(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (x)")
    with pytest.raises(deskfile.StoreError, match="not a factdesk desk"):
        Desk.open(other, config=Config(reviewer="tester"), defer_daily=True)
    cut = tmp_path / "cut.db"
    cut.write_bytes(other.read_bytes()[:700])
    with pytest.raises(deskfile.StoreError, match="truncated"):
        Desk.open(cut, config=Config(reviewer="tester"), defer_daily=True)


@pytest.mark.parametrize(
    ("command", "writes"),
    [(["stats"], False), (["articles"], False), (["claims"], False),
     (["export", "--format", "jsonl"], False), (["verdict", "{claim}", "disputed"], True)],
)  # fmt: skip
def test_cli_read_commands_leave_the_whole_file_reads_to_the_writers(
    seeded_desk: Desk, monkeypatch: pytest.MonkeyPatch, capsys, command: list[str], writes: bool
) -> None:
    """A command that only reads checks header, size and schema (``quick_check`` only on a
    small desk) and makes no daily backup (its full check reads the whole file); a command
    that writes keeps both."""
    from factdesk.cli.entry import main
    from factdesk.store.backup import list_backups

    path = seeded_desk.store.path
    argv = [part.format(claim=seeded_desk.claims()[0].id) for part in command]
    seeded_desk.close()
    for backup in list_backups(path):
        backup.unlink()
    monkeypatch.setattr(deskfile, "START_CHECK_BYTES", path.stat().st_size - 1)
    seen = traced_statements(monkeypatch)
    assert main(["--db", str(path), *argv]) == 0
    capsys.readouterr()
    assert any("user_version" in s for s in seen), "the schema version is always read"
    assert (quick_checks(seen) > 0) is writes
    assert bool([p for p in list_backups(path) if "daily" in p.name]) is writes
