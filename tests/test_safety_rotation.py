"""D2: backups are ordered by when they were made (a counter), not by the clock in the name;
the backup just written and the one a message names survive pruning; damaged copies are kept
apart; stale ``.partial`` files go at the next start; a full disk is one line."""

from __future__ import annotations

import errno
import fcntl
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from factdesk.cli import entry as cli
from factdesk.desk.service import Desk
from factdesk.settings.config import load_config
from factdesk.store import backup as backup_module
from factdesk.store.backup import KEEP, backup_due, backup_now, list_backups, restore

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def one_seed(path: Path) -> Desk:
    desk = Desk.open(path, config=load_config())
    desk.import_paths([sorted(SEEDS.iterdir())[0]])
    return desk


class ShiftedClock(datetime):
    """``datetime`` whose now() is a day behind: a clock corrected, or a zone far west."""

    @classmethod
    def now(cls, tz=None):  # type: ignore[override]
        return datetime.now(tz) - timedelta(days=1)


def test_a_backup_made_with_an_earlier_clock_is_kept_and_newest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "desk.db"
    one_seed(path).close()
    for _ in range(KEEP):
        backup_now(path)
    monkeypatch.setattr(backup_module, "datetime", ShiftedClock)
    made = backup_now(path)
    assert made.exists() and list_backups(path)[-1] == made
    assert len(list_backups(path)) == KEEP


def test_old_local_time_names_sort_before_new_ones(tmp_path: Path) -> None:
    path = tmp_path / "desk.db"
    one_seed(path).close()
    first = backup_now(path)
    legacy = first.with_name("desk-29991231-235959-manual.db")  # a "future" local stamp
    shutil.copyfile(first, legacy)
    made = [backup_now(path) for _ in range(KEEP)]
    assert not legacy.exists()  # the oldest by creation goes first, whatever its stamp says
    assert list_backups(path) == made


def test_the_pre_restore_backup_a_message_names_exists(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    path = tmp_path / "desk.db"
    desk = one_seed(path)
    claim = desk.claims()[0].id
    saved = backup_now(path)
    desk.set_verdict(claim, "contradicted")
    for _ in range(KEEP):
        backup_now(path)
    monkeypatch.setattr(backup_module, "datetime", ShiftedClock)
    assert cli.main(["restore", str(saved), "--db", str(path)]) == 1  # pruned already: gone
    capsys.readouterr()
    oldest = list_backups(path)[0]
    assert cli.main(["restore", str(oldest), "--db", str(path)]) == 0
    out = capsys.readouterr().out
    named = Path(out.split("the desk it replaced is in ")[-1].strip())
    assert named.exists() and "pre-restore" in named.name
    desk.close()


def test_damaged_copies_are_kept_apart_and_never_offered(tmp_path: Path, capsys) -> None:
    path = tmp_path / "desk.db"
    one_seed(path).close()
    saved = backup_now(path)
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    kept = restore(saved, path)
    assert kept is not None and kept.exists() and kept not in list_backups(path)
    assert kept.parent.name == "desk.db.damaged"
    path.write_bytes(b"SQLite format 3\x00" + b"\xee" * 5000)
    assert cli.main(["stats", "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert str(saved) in err and str(kept) not in err and "-damaged.db" not in err
    assert cli.main(["backup", "--list", "--db", str(path)]) == 0
    assert "-damaged.db" not in capsys.readouterr().out


def test_stale_partials_are_cleaned_at_the_next_start(tmp_path: Path) -> None:
    path = tmp_path / "desk.db"
    one_seed(path).close()
    folder = backup_now(path).parent
    stale = folder / "desk-20260101T000000Z-000099-manual.db.partial"
    stale.write_bytes(b"x" * 4096)
    restoring = tmp_path / "desk.db.restoring.partial"
    restoring.write_bytes(b"y" * 4096)
    busy = folder / "desk-20260101T000000Z-000100-manual.db.partial"
    with open(busy, "wb") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)  # another process still writing this one
        Desk.open(path, config=load_config()).close()
        assert not stale.exists() and not restoring.exists() and busy.exists()


def test_backup_on_a_full_disk_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    path = tmp_path / "desk.db"
    one_seed(path).close()

    def full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup_module.os, "replace", full)
    assert cli.main(["backup", "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "the disk is full" in err
    assert "internal error" not in err and list_backups(path) == []
    assert not list(path.with_name("desk.db.backups").glob("*.partial"))


def test_backup_on_a_real_full_file_system(tmp_path: Path, capsys) -> None:
    """A tiny tmpfs for the backup folder (root only): SQLite's own "disk is full"."""
    path = tmp_path / "desk.db"
    one_seed(path).close()
    folder = path.with_name("desk.db.backups")
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", str(folder)], capture_output=True
    )
    if mounted.returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        assert cli.main(["backup", "--db", str(path)]) == 1
        err = capsys.readouterr().err
        assert len(err.splitlines()) == 1 and "disk is full" in err, err
        assert "internal error" not in err
        assert not [p for p in folder.iterdir() if p.name != ".lock"]
    finally:
        subprocess.run(["umount", str(folder)], check=False)


def test_daily_backup_follows_the_local_day(tmp_path: Path) -> None:
    path = tmp_path / "desk.db"
    one_seed(path).close()
    backup_now(path)
    assert not backup_due(path)
    assert backup_due(path, datetime.now() + timedelta(days=1))
    name = list_backups(path)[-1].name
    stamp = name.split("-")[1]
    assert stamp.endswith("Z") and datetime.strptime(stamp, "%Y%m%dT%H%M%SZ").replace(
        tzinfo=UTC
    ) <= datetime.now(UTC)
