"""Automatic and manual backups of the desk, and restoring one.

Backups live next to the desk, in ``<desk>.backups/<stem>-YYYYMMDD-HHMMSS-<reason>.db``
(local time, so "today's backup" is the reviewer's today), and the newest ``KEEP`` are kept.
``Store`` makes one before any migration and on the first open of each day; ``factdesk
backup`` makes one on demand; ``factdesk restore FILE`` puts one back.

Copies are made with SQLite's online backup API, never by copying the file: a copy of a
desk that another process is writing to (or whose last commits are still in the ``-wal``
file) would be torn or stale. The API copies a consistent snapshot, WAL included.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from factdesk.store.deskfile import (
    StoreError,
    check_bytes,
    check_desk,
    connect_readonly,
    preflight,
    shm_path,
    wal_path,
)

KEEP = 5
"""How many backups to keep; the oldest go first."""

SUFFIX = ".db"
STAMP_FORMAT = "%Y%m%d-%H%M%S"
STAMP_LENGTH = len("YYYYMMDD-HHMMSS")


def backup_dir(desk_path: Path) -> Path:
    return desk_path.with_name(desk_path.name + ".backups")


def list_backups(desk_path: Path) -> list[Path]:
    """This desk's backups, oldest first (the time stamp in the name sorts them)."""
    folder = backup_dir(desk_path)
    prefix = desk_path.stem + "-"
    try:
        names = [p for p in folder.iterdir() if p.name.startswith(prefix) and p.suffix == SUFFIX]
    except OSError:
        return []
    return sorted(names, key=lambda p: _sort_key(desk_path, p))


def _sort_key(desk_path: Path, backup: Path) -> tuple[str, int]:
    """(time stamp, sequence): several backups in one second are numbered 2, 3, ..."""
    rest = backup.name[len(desk_path.stem) + 1 :]
    stamp, tail = rest[:STAMP_LENGTH], rest[STAMP_LENGTH + 1 :]
    sequence = tail.split("-", 1)[0]
    return stamp, int(sequence) if sequence.isdigit() else 1


def newest_backup(desk_path: Path) -> Path | None:
    backups = list_backups(desk_path)
    return backups[-1] if backups else None


def backup_due(desk_path: Path, today: datetime | None = None) -> bool:
    """True when no backup of this desk carries today's date."""
    stamp = (today or datetime.now()).strftime("%Y%m%d")
    prefix = f"{desk_path.stem}-{stamp}-"
    return not any(p.name.startswith(prefix) for p in list_backups(desk_path))


def _target(desk_path: Path, reason: str) -> Path:
    """A new name that sorts after every existing backup, even within the same second."""
    folder = backup_dir(desk_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime(STAMP_FORMAT)
    same_second = [
        _sort_key(desk_path, p)[1]
        for p in list_backups(desk_path)
        if _sort_key(desk_path, p)[0] == stamp
    ]
    if not same_second:
        return folder / f"{desk_path.stem}-{stamp}-{reason}{SUFFIX}"
    return folder / f"{desk_path.stem}-{stamp}-{max(same_second) + 1}-{reason}{SUFFIX}"


def make_backup(source: sqlite3.Connection, desk_path: Path, reason: str) -> Path:
    """Copy the desk open on ``source`` into the backup folder; prune old copies.

    Written under a temporary name and renamed, so a crash never leaves a half backup that
    looks like a whole one.
    """
    target = _target(desk_path, reason)
    partial = target.with_name(target.name + ".partial")
    try:
        dest = sqlite3.connect(partial)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
        finally:
            dest.close()
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    prune(desk_path)
    return target


def prune(desk_path: Path, keep: int = KEEP) -> list[Path]:
    """Delete all but the newest ``keep`` backups; return what was deleted."""
    old = list_backups(desk_path)[:-keep] if keep else list_backups(desk_path)
    for path in old:
        path.unlink(missing_ok=True)
        wal_path(path).unlink(missing_ok=True)
    return old


def backup_now(desk_path: Path, reason: str = "manual") -> Path:
    """``factdesk backup``: check the desk read-only, then copy it."""
    _version, conn = preflight(desk_path)
    if conn is None:
        raise StoreError(f"{desk_path}: no desk here to back up")
    try:
        return make_backup(conn, desk_path, reason)
    finally:
        conn.close()


def check_restorable(file: Path) -> int:
    """Refuse to restore anything that is not a whole, healthy desk; return its version."""
    if not file.is_file():
        raise StoreError(f"{file}: no such file; nothing was restored")
    try:
        if check_bytes(file) == 0:
            raise StoreError(f"{file}: is empty")
        conn = connect_readonly(file)
        try:
            version = check_desk(file, conn)
        finally:
            conn.close()
        if version == 0:
            raise StoreError(f"{file}: is not a factdesk desk")
    except sqlite3.DatabaseError as error:
        raise StoreError(
            f"{file}: cannot be opened as a desk ({error}); nothing was restored"
        ) from None
    except StoreError as error:
        reason = str(error).split("; it was left unchanged")[0]
        raise StoreError(f"{reason}; nothing was restored") from None
    return version


def restore(file: Path, desk_path: Path) -> Path | None:
    """Make ``file`` the desk at ``desk_path``; return the backup of what was there.

    A healthy current desk is backed up and then overwritten through the backup API, which
    takes the write lock, so a running app sees the restored desk on its next refresh. A
    damaged one cannot be read by SQLite: its raw bytes (and ``-wal``) are copied aside, then
    the file is replaced.
    """
    check_restorable(file)
    if file.resolve() == desk_path.resolve():
        raise StoreError(f"{file}: is the desk itself; nothing was restored")
    try:
        _, current = preflight(desk_path)
    except StoreError:
        saved = _save_damaged(desk_path)
        _replace_file(file, desk_path)
        return saved
    source = connect_readonly(file)
    try:
        if current is None:
            _replace_file(file, desk_path, source)
            return None
        try:
            saved = make_backup(current, desk_path, "pre-restore")
        finally:
            current.close()
        _overwrite_live(source, desk_path)
    finally:
        source.close()
    return saved


def _overwrite_live(source: sqlite3.Connection, desk_path: Path) -> None:
    from factdesk.store.db import BUSY_TIMEOUT_MS

    dest = sqlite3.connect(desk_path, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        source.backup(dest)
    finally:
        dest.close()


def _save_damaged(desk_path: Path) -> Path:
    """Keep a damaged desk's raw bytes (with its WAL) before replacing it."""
    target = _target(desk_path, "damaged")
    shutil.copyfile(desk_path, target)
    if wal_path(desk_path).exists():
        shutil.copyfile(wal_path(desk_path), wal_path(target))
    return target


def _replace_file(file: Path, desk_path: Path, source: sqlite3.Connection | None = None) -> None:
    """Build the new desk beside the old one, then rename it into place."""
    desk_path.parent.mkdir(parents=True, exist_ok=True)
    partial = desk_path.with_name(desk_path.name + ".restoring")
    own = source is None
    source = source or connect_readonly(file)
    try:
        dest = sqlite3.connect(partial)
        try:
            source.backup(dest)
        finally:
            dest.close()
        for stale in (wal_path(desk_path), shm_path(desk_path)):
            stale.unlink(missing_ok=True)
        os.replace(partial, desk_path)
    finally:
        partial.unlink(missing_ok=True)
        if own:
            source.close()
