"""Automatic backups (before a migration, daily), ``factdesk backup`` and ``factdesk restore``."""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from desk_template import open_seeded
from factdesk.cli import entry as cli
from factdesk.desk.service import Desk
from factdesk.settings.config import load_config
from factdesk.store import backup as backup_module
from factdesk.store import db as store
from factdesk.store import deskfile
from factdesk.store.backup import KEEP, backup_due, backup_now, list_backups, restore
from factdesk.store.db import DeskReplacedError, StoreError
from factdesk.store.migrations import LATEST, MIGRATIONS

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def seeded(path: Path) -> Desk:
    return open_seeded(path, load_config())


def verdicts(path: Path) -> list[tuple]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT claim_id, verdict FROM verdicts ORDER BY claim_id").fetchall()
    finally:
        conn.close()


def healthy(path: Path) -> bool:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def test_first_open_of_the_day_backs_up_once(tmp_path: Path) -> None:
    path = tmp_path / "desk.db"
    seeded(path).close()
    assert list_backups(path) == []  # a brand new desk has nothing worth backing up
    Desk.open(path, config=load_config()).close()
    [daily] = list_backups(path)
    assert "-daily" in daily.name and healthy(daily)
    Desk.open(path, config=load_config()).close()
    assert list_backups(path) == [daily]
    assert backup_due(path, datetime.now() + timedelta(days=1))


def test_backup_before_migration_keeps_the_old_schema(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "desk.db"
    desk = seeded(path)
    desk.set_verdict(desk.claims()[0].id, "contradicted")
    desk.close()
    before = verdicts(path)
    newer = LATEST + 1
    monkeypatch.setattr(store, "MIGRATIONS", {**MIGRATIONS, newer: "CREATE TABLE later (x);"})
    monkeypatch.setattr(store, "LATEST", newer)
    monkeypatch.setattr(deskfile, "LATEST", newer)
    Desk.open(path, config=load_config()).close()
    [saved] = [p for p in list_backups(path) if f"pre-v{newer}" in p.name]
    conn = sqlite3.connect(saved)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
    conn.close()
    assert verdicts(saved) == before and healthy(saved)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == newer
    conn.close()


def test_only_the_newest_backups_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "desk.db"
    seeded(path).close()
    made = [backup_now(path) for _ in range(KEEP + 3)]
    assert list_backups(path) == made[-KEEP:]


def test_backup_while_another_process_writes(tmp_path: Path) -> None:
    """The online backup API copies a consistent snapshot, last commits (in the WAL) too."""
    path = tmp_path / "desk.db"
    desk = seeded(path)
    claim = desk.claims()[0].id
    desk.set_verdict(claim, "disputed")
    saved = backup_now(path)
    assert (claim, "disputed") in verdicts(saved) and healthy(saved)
    desk.close()


def test_cli_backup_list_and_restore(tmp_path: Path, capsys) -> None:
    path = tmp_path / "desk.db"
    desk = seeded(path)
    claim = desk.claims()[0].id
    desk.set_verdict(claim, "corroborated")
    assert cli.main(["backup", "--db", str(path)]) == 0
    saved = Path(capsys.readouterr().out.split(" to ")[-1].strip())
    desk.set_verdict(claim, "contradicted")
    version = desk.data_version()
    assert cli.main(["restore", str(saved), "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "restored" in out
    # The open desk (think: the app) sees the restored state on its next poll.
    assert desk.data_version() != version
    assert desk.claim(claim).verdict == "corroborated"
    pre_restore = [p for p in list_backups(path) if "pre-restore" in p.name]
    assert pre_restore and (claim, "contradicted") in verdicts(pre_restore[0])
    assert cli.main(["backup", "--list", "--db", str(path)]) == 0
    assert str(saved) in capsys.readouterr().out
    desk.close()


@pytest.mark.parametrize("content", [b"not a desk at all", b""])
def test_restore_refuses_a_bad_file_and_keeps_the_desk(
    tmp_path: Path, capsys, content: bytes
) -> None:
    path = tmp_path / "desk.db"
    seeded(path).close()
    before = path.read_bytes()
    bad = tmp_path / "bad.db"
    bad.write_bytes(content)
    assert cli.main(["restore", str(bad), "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert str(bad) in err and "nothing was restored" in err
    assert path.read_bytes() == before


def test_restore_of_a_folder_says_it_is_a_folder(tmp_path: Path, capsys) -> None:
    path = tmp_path / "desk.db"
    seeded(path).close()
    before = path.read_bytes()
    assert cli.main(["restore", str(tmp_path), "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"{tmp_path}: is a folder: name a desk file in it; nothing was restored" in err
    assert path.read_bytes() == before


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_restore_of_a_named_pipe_does_not_say_no_such_file(tmp_path: Path, capsys) -> None:
    """``restore`` of a named pipe (a process substitution, ``<(…)``) said "no such file" of a
    file that is there: it is no desk file, and the line now says what it is."""
    path = tmp_path / "desk.db"
    seeded(path).close()
    pipe = tmp_path / "incoming.db"
    os.mkfifo(pipe)
    assert cli.main(["restore", str(pipe), "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert "no such file" not in err and f"{pipe}: is no regular file" in err


def test_restore_refuses_a_damaged_backup(tmp_path: Path) -> None:
    path = tmp_path / "desk.db"
    seeded(path).close()
    saved = backup_now(path)
    saved.write_bytes(saved.read_bytes()[:8192])
    with pytest.raises(StoreError, match="nothing was restored"):
        restore(saved, path)


def test_restore_over_a_damaged_desk_keeps_its_bytes(tmp_path: Path) -> None:
    path = tmp_path / "desk.db"
    desk = seeded(path)
    desk.set_verdict(desk.claims()[0].id, "unverifiable")
    desk.close()
    saved = backup_now(path)
    damaged = b"SQLite format 3\x00" + b"\xff" * 5000
    path.write_bytes(damaged)
    with pytest.raises(StoreError):
        Desk.open(path, config=load_config())
    kept = restore(saved, path)
    assert kept is not None and kept.read_bytes() == damaged
    reopened = Desk.open(path, config=load_config())
    assert any(c.verdict == "unverifiable" for c in reopened.claims())
    reopened.close()


def test_backup_of_no_desk_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no desk here"):
        backup_module.backup_now(tmp_path / "missing.db")


def test_a_desk_restored_or_replaced_under_an_open_desk_refuses_writes_until_reopened(
    seeded_desk: Desk, tmp_path: Path
) -> None:
    """review41 item 24: ``restore`` under an open app. Copied into the file, the backup's
    rows were read and written as if nothing had happened (a verdict on a claim of another
    history); renamed into place (a damaged desk's restore), the app wrote on into the old
    file, which nobody opens again. Either way a write is now refused, nothing written,
    until the desk is opened again; then it goes into the desk as restored."""
    path, claim = seeded_desk.path, seeded_desk.claims()[0].id
    seeded_desk.set_verdict(claim, "corroborated")
    saved = backup_now(path)
    seeded_desk.set_verdict(claim, "contradicted")
    assert seeded_desk.replaced() is None
    restore(saved, path)
    assert "restored from a backup by another program" in (seeded_desk.replaced() or "")
    with pytest.raises(DeskReplacedError, match="the change was not saved"):
        seeded_desk.set_verdict(claim, "disputed")
    assert verdicts(path) == [(claim, "corroborated")]
    seeded_desk.reopen()
    assert seeded_desk.replaced() is None
    seeded_desk.set_verdict(claim, "disputed")
    assert verdicts(path) == [(claim, "disputed")]
    swapped = tmp_path / "swapped.db"  # what a damaged desk's restore does: a rename
    shutil.copyfile(saved, swapped)
    for extra in (deskfile.wal_path(path), deskfile.shm_path(path)):
        extra.unlink(missing_ok=True)
    os.replace(swapped, path)
    assert "desk file was replaced" in (seeded_desk.replaced() or "")
    with pytest.raises(DeskReplacedError):
        seeded_desk.set_verdict(claim, "unverifiable")
    seeded_desk.reopen()
    seeded_desk.set_verdict(claim, "unverifiable")
    assert verdicts(path) == [(claim, "unverifiable")]
