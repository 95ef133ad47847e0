"""Automatic and manual backups of the desk, and restoring one.

Backups live next to the desk, in ``<desk>.backups/<stem>-<UTC stamp>-<counter>-<reason>.db``.
They are ordered by the counter, never by the clock: a backup made after a time-zone change,
a clock correction or the autumn change still sorts after every earlier one, so pruning (the
newest ``KEEP`` are kept) can never delete the backup just written, nor one a message names.
The UTC stamp is for people; names from before the counter (local time, no counter) sort
before every new one, among themselves by the file's own timestamp.

Copies are made with SQLite's online backup API, never by copying the file: a copy of a
desk that another process is writing to (or whose last commits are still in the ``-wal``
file) would be torn or stale. The API copies a consistent snapshot, WAL included. A copy is
written as ``NAME.partial`` under an exclusive ``flock`` and renamed when whole; the lock
tells a later start which ``.partial`` files are leftovers of a killed process (removed) and
which another process is still writing (kept). Raw copies of a damaged desk go to
``<desk>.damaged/``: they are never listed, counted or offered as backups.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import shutil
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from factdesk.store.backup_files import (
    KEEP,
    PARTIAL,
    STAMP_FORMAT,
    SUFFIX,
    backup_dir,
    damaged_folder,
    list_backups,
    newest_backup,
    parse_name,
)
from factdesk.store.checksums import CheckReport, full_check
from factdesk.store.deskfile import (
    BUSY_TIMEOUT_MS,
    StoreError,
    check_bytes,
    check_desk,
    clashes_with_desk,
    connect_readonly,
    location_writable,
    preflight,
    shm_path,
    wal_path,
)

__all__ = [
    "KEEP",
    "backup_dir",
    "backup_due",
    "backup_now",
    "list_backups",
    "make_backup",
    "newest_backup",
    "prune",
    "restore",
]


def _local_date(desk_path: Path, path: Path) -> str | None:
    """The reviewer's local date a backup was made on (YYYYMMDD)."""
    parsed = parse_name(desk_path, path)
    if parsed is None:
        return None
    counter, stamp, _reason = parsed
    if counter == 0:
        return stamp[:8]
    return _utc_stamp(stamp).astimezone().strftime("%Y%m%d")


def _utc_stamp(stamp: str) -> datetime:
    """``YYYYMMDDTHHMMSSZ`` (``STAMP_FORMAT``) as a UTC time, read without ``strptime``,
    whose first call imports the locale machinery (every app start asks this)."""
    year, month, day = int(stamp[0:4]), int(stamp[4:6]), int(stamp[6:8])
    hour, minute, second = int(stamp[9:11]), int(stamp[11:13]), int(stamp[13:15])
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


def backup_due(desk_path: Path, today: datetime | None = None) -> bool:
    """True when no backup of this desk was made on the reviewer's today."""
    day = (today or datetime.now()).strftime("%Y%m%d")
    return not any(_local_date(desk_path, p) == day for p in list_backups(desk_path))


@contextlib.contextmanager
def _folder_lock(folder: Path) -> Iterator[None]:
    """One backup (name choice, copy, prune) at a time per folder, across processes."""
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / ".lock", "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def _next_counter(desk_path: Path, folder: Path) -> int:
    counters = [0]
    with contextlib.suppress(OSError):
        for path in folder.iterdir():
            name = path.name.removesuffix(PARTIAL)
            parsed = parse_name(desk_path, path.with_name(name))
            if parsed is not None:
                counters.append(parsed[0])
    return max(counters) + 1


def _target(desk_path: Path, reason: str, folder: Path | None = None) -> Path:
    """A new name whose counter is above every existing one (the caller holds the lock)."""
    folder = folder or backup_dir(desk_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime(STAMP_FORMAT)
    counter = _next_counter(desk_path, folder)
    return folder / f"{desk_path.stem}-{stamp}-{counter:06d}-{reason}{SUFFIX}"


@contextlib.contextmanager
def _partial(path: Path) -> Iterator[Path]:
    """``path.partial``, flock'ed while we write it, removed unless renamed into place."""
    partial = path.with_name(path.name + PARTIAL)
    descriptor = os.open(partial, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield partial
    finally:
        partial.unlink(missing_ok=True)
        os.close(descriptor)


def clean_partials(desk_path: Path) -> list[Path]:
    """Remove ``.partial`` copies a killed backup or restore left; keep ones being written."""
    candidates = [desk_path.with_name(desk_path.name + ".restoring" + PARTIAL)]
    for folder in (backup_dir(desk_path), damaged_folder(desk_path)):
        with contextlib.suppress(OSError):
            candidates += [p for p in folder.iterdir() if p.name.endswith(PARTIAL)]
    removed = []
    for path in candidates:
        try:
            descriptor = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
        except OSError:
            continue
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            continue  # another process is writing it right now
        finally:
            with contextlib.suppress(OSError):
                os.close(descriptor)
        with contextlib.suppress(OSError):
            path.unlink()
            removed.append(path)
    return removed


def make_backup(
    source: sqlite3.Connection,
    desk_path: Path,
    reason: str,
    protect: Iterable[Path] = (),
) -> Path:
    """Copy the desk open on ``source`` into the backup folder; prune old copies.

    Written under a temporary name and renamed, so a crash never leaves a half backup that
    looks like a whole one. The new backup and ``protect`` (a file a message will name) are
    never pruned.
    """
    folder = backup_dir(desk_path)
    with _folder_lock(folder):
        target = _target(desk_path, reason, folder)
        with _partial(target) as partial:
            dest = sqlite3.connect(partial)
            try:
                source.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            finally:
                dest.close()
            os.replace(partial, target)
        prune(desk_path, protect=(target, *protect))
    return target


def prune(desk_path: Path, keep: int = KEEP, protect: Iterable[Path] = ()) -> list[Path]:
    """Delete all but the newest ``keep`` backups, never one in ``protect``; return them."""
    kept = {_key(p) for p in protect}
    backups = list_backups(desk_path)
    old = backups[:-keep] if keep else backups
    deleted = []
    for path in old:
        if _key(path) in kept:
            continue
        path.unlink(missing_ok=True)
        wal_path(path).unlink(missing_ok=True)
        deleted.append(path)
    return deleted


def _key(path: Path) -> Path:
    with contextlib.suppress(OSError, RuntimeError):
        return path.resolve()
    return path.absolute()


def _one_line(desk_path: Path, error: BaseException, doing: str) -> StoreError:
    """A failed copy as one line: a full disk says so; nothing else reaches the user raw."""
    text = str(error)
    full = getattr(error, "errno", None) == errno.ENOSPC or "disk is full" in text
    why = "the disk is full; free some space and retry" if full else text
    return StoreError(f"{desk_path}: {doing} failed: {why}")


def backup_now(desk_path: Path, reason: str = "manual") -> Path:
    """``factdesk backup``: check the desk read-only, then copy it."""
    _version, conn = preflight(desk_path)
    if conn is None:
        raise StoreError(f"{desk_path}: no desk here to back up")
    try:
        return make_backup(conn, desk_path, reason)
    except (OSError, sqlite3.Error) as error:
        raise _one_line(desk_path, error, "the backup") from None
    finally:
        conn.close()


def checked_daily_backup(
    desk_path: Path, conn: sqlite3.Connection | None = None
) -> tuple[CheckReport, Path | None]:
    """The day's backup, made only from a desk that passes ``full_check``.

    A desk that fails keeps its older backups untouched (no backup, so no pruning): five
    days of backing up a silently damaged desk would otherwise rotate every good copy out.
    Uses its own read-only connection unless given one, so a background thread can call it.
    """
    own = conn is None
    conn = conn or connect_readonly(desk_path)
    try:
        report = full_check(conn)
        if not report.ok or not backup_due(desk_path):
            return report, None
        return report, make_backup(conn, desk_path, "daily")
    finally:
        if own:
            conn.close()


def check_restorable(file: Path) -> int:
    """Refuse to restore anything that is not a whole, healthy desk; return its version."""
    if not file.is_file():  # "restore ~/backups/": "no such file" sent them looking for it
        if file.is_dir():
            what = "is a folder: name a desk file in it"
        elif file.exists():  # a named pipe, a device: "no such file" of a file that is there
            what = "is no regular file (a pipe or a device): name a desk file"
        else:
            what = "no such file"
        raise StoreError(f"{file}: {what}; nothing was restored")
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
    damaged one cannot be read by SQLite: its raw bytes (and ``-wal``) are copied aside (to
    the damaged folder, never among the backups), then the file is replaced.
    """
    clash = clashes_with_desk(file, desk_path)
    if clash is not None and not clash.startswith("is inside the desk's folder"):
        raise StoreError(f"{file}: {clash}; nothing was restored")
    check_restorable(file)
    if desk_path.is_dir():  # else taken for a damaged desk: a DIR.damaged folder was made
        check_bytes(desk_path)  # "is a folder; name the desk file in it"
    if desk_path.exists() and not location_writable(desk_path):  # before the backup it makes
        raise StoreError(
            f"{desk_path}: desk is read-only: the file or its folder cannot be written; "
            "nothing was restored"
        )
    clean_partials(desk_path)
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
            saved = make_backup(current, desk_path, "pre-restore", protect=[file])
        except (OSError, sqlite3.Error) as error:
            raise _one_line(desk_path, error, "the backup made before restoring") from None
        finally:
            current.close()
        try:
            _overwrite_live(source, desk_path, file)
        except sqlite3.Error as error:  # locked past the timeout, or unwritable after all
            raise _one_line(desk_path, error, f"restoring {file}") from None
    finally:
        source.close()
    return saved


RESTORE_MARK_KEY = "restored"
"""The ``state`` row a restore writes into the desk it puts in place: a value no desk held
before, so an app that has the desk open tells a restore from any other program's commit
(``Store.replaced``) and opens it again, instead of writing into it what it had read before."""


def _mark_restored(conn: sqlite3.Connection, file: Path) -> None:
    """Write a fresh restore mark into the copy ``conn`` holds, before it becomes the desk."""
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    with conn:
        conn.execute(
            "INSERT OR REPLACE INTO state (key, value) VALUES (?, ?)",
            (RESTORE_MARK_KEY, f"{stamp} {os.urandom(6).hex()} {file.name}"),
        )


def _overwrite_live(source: sqlite3.Connection, desk_path: Path, file: Path) -> None:
    """Copy ``source`` into the live desk through the backup API (it takes the write lock, so
    an open app's connection reads the restored desk next), the restore mark in the same copy:
    built in a ``.partial`` file first, so the desk never holds the backup without its mark."""
    with _partial(desk_path.with_name(desk_path.name + ".restoring")) as partial:
        marked = sqlite3.connect(partial)
        try:
            source.backup(marked)
            _mark_restored(marked, file)
            dest = sqlite3.connect(desk_path, timeout=BUSY_TIMEOUT_MS / 1000)
            try:
                marked.backup(dest)
            finally:
                dest.close()
        finally:
            marked.close()


def _save_damaged(desk_path: Path) -> Path:
    """Keep a damaged desk's raw bytes (with its WAL) before replacing it."""
    folder = damaged_folder(desk_path)
    with _folder_lock(folder):
        target = _target(desk_path, "damaged", folder)
        with _partial(target) as partial:
            shutil.copyfile(desk_path, partial)
            os.replace(partial, target)
    if wal_path(desk_path).exists():
        shutil.copyfile(wal_path(desk_path), wal_path(target))
    return target


def _replace_file(file: Path, desk_path: Path, source: sqlite3.Connection | None = None) -> None:
    """Build the new desk beside the old one, then rename it into place."""
    desk_path.parent.mkdir(parents=True, exist_ok=True)
    own = source is None
    source = source or connect_readonly(file)
    try:
        with _partial(desk_path.with_name(desk_path.name + ".restoring")) as partial:
            dest = sqlite3.connect(partial)
            try:
                source.backup(dest)
                _mark_restored(dest, file)  # an app open on the file it replaces sees it
            finally:
                dest.close()
            for stale in (wal_path(desk_path), shm_path(desk_path)):
                stale.unlink(missing_ok=True)
            os.replace(partial, desk_path)
    finally:
        if own:
            source.close()
