"""Is this file a desk we can open safely? Checked read-only, before anything writes to it.

Why: opening a damaged or foreign file for writing lets SQLite switch on WAL, roll back a
journal or run our migrations, and each of those writes into the very file the reviewer may
need to rescue. So every open first looks at the raw bytes (magic header, page size, length),
then opens the file with ``mode=ro`` and asks for ``PRAGMA user_version`` and
``PRAGMA quick_check``; only a file that passes is opened for writing.

``quick_check`` rather than ``integrity_check``: it reads every page and checks every b-tree,
but skips matching index entries against their rows, which makes it several times faster. It
runs on every open, so its cost grows with the desk (measured: ``python -m bench soak``).
"""

from __future__ import annotations

import functools
import os
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from factdesk.store.backup_files import backup_folder, damaged_folder, newest_backup
from factdesk.store.migrations import APPLICATION_ID, LATEST, MIGRATIONS

SQLITE_HEADER = b"SQLite format 3\x00"
HEADER_SIZE = 100
START_CHECK_BYTES = 4 * 1024 * 1024
"""The biggest desk whose ``quick_check`` runs before the app's first screen (it reads every
page: ~50 ms for 4 MB on a loaded 2-core machine, 1.5 s for 124 MB)."""
BUSY_TIMEOUT_MS = 10_000
"""How long a connection waits for another process's write lock before giving up."""


class DeskError(Exception):
    """A request the desk cannot carry out; the message is one line for the user.

    Defined here, under ``factdesk.desk.service``'s feet, so that ``StoreError`` can be one: whoever
    catches ``DeskError`` (the app's actions, the CLI) also catches a read-only desk, a full
    disk or a lock held too long, instead of crashing on them.
    """


class StoreError(DeskError):
    """The desk file cannot be used; the message is one line naming the file and the reason."""


class ReadOnlyDeskError(StoreError):
    """The desk can be read but not written (read-only folder or file, or opened read-only)."""


def wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def shm_path(path: Path) -> Path:
    return path.with_name(path.name + "-shm")


def desk_files(path: Path) -> list[Path]:
    """The desk and the files SQLite keeps beside it: writing over any of them loses work."""
    return [path, wal_path(path), shm_path(path), _journal_path(path)]


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except (OSError, ValueError):
        return None
    return info.st_dev, info.st_ino


def _resolved(path: Path) -> Path:
    try:
        return path.expanduser().resolve()
    except (OSError, RuntimeError, ValueError):
        return path.expanduser().absolute()


def clashes_with_desk(target: Path, desk_path: Path) -> str | None:
    """Why writing ``target`` would write over the desk, or None when it is safe.

    Compared by resolved path (symbolic links, ``..``) and by inode (hard links, bind mounts):
    the desk, its ``-wal``/``-shm``/``-journal`` and anything in its backup or damaged folder.
    """
    where = _resolved(target)
    for own in desk_files(desk_path):
        if where == _resolved(own):
            return f"is the desk {desk_path}" if own == desk_path else f"is the desk's {own.name}"
    for folder in (backup_folder(desk_path), damaged_folder(desk_path)):
        base = _resolved(folder)
        if where == base or base in where.parents:
            return f"is inside the desk's folder {folder.name}"
    wanted = _identity(target)
    if wanted is not None:
        for own in desk_files(desk_path):
            if _identity(own) == wanted:
                return f"is the same file as {own} (a link to it)"
    return None


def guard_output(target: str | os.PathLike[str], desk_path: Path, doing: str) -> None:
    """Refuse, in one line, to write ``target`` when it is the desk or one of its files."""
    why = clashes_with_desk(Path(target), desk_path)
    if why is not None:
        raise StoreError(f"{target}: {why}; {doing} refused, nothing was written")


def location_writable(path: Path) -> bool:
    """Can we write the desk and create its ``-wal``/``-shm`` files next to it?

    ``os.access`` is used (not a test write) so that checking never writes; it also sees
    ``chattr +i`` and read-only mounts, which bind even root.
    """
    folder_ok = os.access(path.parent, os.W_OK)
    return folder_ok and (not path.exists() or os.access(path, os.W_OK))


def remedy(path: Path) -> str:
    """What to tell the reviewer to do with a desk file we refuse to open."""
    newest = newest_backup(path)
    if newest is not None:
        return (
            f"it was left unchanged; restore the newest backup with: "
            f"factdesk restore {newest} --db {path}"
        )
    return "it was left unchanged; no backup found: move it aside to start a new desk"


def refuse(path: Path, reason: str) -> StoreError:
    return StoreError(f"{path}: {reason}; {remedy(path)}")


OPEN_HERE: Counter[Path] = Counter()
"""Desk files this process holds open (resolved path -> open Stores), under ``OPEN_LOCK``.

A second Store on a file the process already holds (the app's import and re-extraction
workers) must not run ``preflight``: its look at the bytes opens and closes the file with
Python's ``open``, and closing any descriptor of a file drops every POSIX lock the process
holds on it, the first connection's SQLite locks included. Another process then took itself
for the desk's last user, checkpointed and deleted the log under the open app, and the app's
own last checkpoint cut the file short: a malformed desk. The first open checked the file,
backed it up and migrated it; the second only connects."""
OPEN_LOCK = threading.Lock()


def file_key(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


def held_here(path: Path) -> bool:
    """Whether a Store of this process holds ``path`` open: then no raw read of its bytes
    (``check_bytes``), whoever asks (``preflight``, ``backup_now``, a restore's look)."""
    key = file_key(path)
    with OPEN_LOCK:
        return OPEN_HERE[key] > 0


def check_bytes(path: Path) -> int:
    """Check the header and length without SQLite; return the file size.

    Catches foreign files and truncation before SQLite sees them (so that SQLite cannot
    create ``-wal``/``-shm`` files next to something that is not a desk at all).
    """
    if path.is_dir():  # "--db ~/desks": "cannot be read: Is a directory" did not say what to do
        raise StoreError(f"{path}: is a folder; name the desk file in it, e.g. {path / 'desk.db'}")
    if held_here(path):  # checked when first opened; a raw read's close drops our SQLite locks
        return path.stat().st_size
    try:
        head, size = _head_and_size(path)
    except OSError as error:
        raise StoreError(f"{path}: cannot be read: {error.strerror or error}") from None
    if size == 0:
        return 0
    if not head.startswith(SQLITE_HEADER[: len(head)]) or len(head) < len(SQLITE_HEADER):
        raise StoreError(
            f"{path}: is not a factdesk desk (not an SQLite file); it was left unchanged; "
            "choose another --db"
        )
    if len(head) < HEADER_SIZE:
        raise refuse(path, f"is truncated ({size} bytes, shorter than an SQLite header)")
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise refuse(path, f"is damaged (impossible page size {page_size})")
    if size % page_size:
        raise refuse(path, f"is truncated ({size} bytes is not a whole number of pages)")
    pages = int.from_bytes(head[28:32], "big")
    header_size_valid = head[24:28] == head[92:96]
    settled = _wal_is_empty(path) and not _journal_path(path).exists()
    if header_size_valid and settled and size < pages * page_size:
        raise refuse(path, f"is truncated ({size} of {pages * page_size} bytes)")
    return size


_GROWTH_READS = 5
"""Reads of a header that grew while it was read, before it is judged as it stands."""


def _head_and_size(path: Path) -> tuple[bytes, int]:
    """The header's bytes and the file's size, read until they agree.

    Why: a desk another process is creating (the app and a CLI import started together on a
    new desk) is empty when its header is read and a page long when its size is: the short
    header was refused as "not an SQLite file" (one round in 25 of the concurrency test, in a
    fresh clone's `make test`). The size is read after the header because a writer only grows
    the file; a header shorter than what the size says was there is read again.
    """
    for attempt in range(_GROWTH_READS):
        with path.open("rb") as handle:
            head = handle.read(HEADER_SIZE)
        size = path.stat().st_size
        if len(head) >= min(size, HEADER_SIZE):
            break
        time.sleep(0.001 * (attempt + 1))  # the writer's first page is on its way
    return head, size


def _journal_path(path: Path) -> Path:
    """A rollback journal: present while another process commits (e.g. creating the desk)."""
    return path.with_name(path.name + "-journal")


def _wal_is_empty(path: Path) -> bool:
    """With committed pages waiting in the WAL the header's page count may be stale."""
    try:
        return wal_path(path).stat().st_size == 0
    except FileNotFoundError:
        return True


def connect_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection that never writes to the desk.

    In a read-only folder SQLite cannot create the ``-shm`` file a WAL desk needs, so
    ``mode=ro`` alone fails; there nobody can be writing either, so ``immutable=1`` is safe.
    """
    base = path.resolve().as_uri()
    try:
        return _connect(base + "?mode=ro")
    except sqlite3.OperationalError:
        if location_writable(path) or wal_path(path).exists():
            raise
        return _connect(base + "?mode=ro&immutable=1")


def _connect(uri: str) -> sqlite3.Connection:
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA user_version").fetchone()  # reads page 1: fails now, not later
    return conn


def check_desk(
    path: Path,
    conn: sqlite3.Connection,
    *,
    quick: bool = True,
    on_old: Callable[[int], None] | None = None,
) -> int:
    """Schema version and health of an open (read-only) desk; refuse what we cannot use.

    A desk carries factdesk's ``application_id``; a file without one is a desk only when its
    tables are exactly those of a desk at its ``user_version`` (a desk, or a backup, made
    before the id existed). Anything else is another program's file and is refused, untouched.
    ``quick=False`` leaves out ``quick_check`` for a desk at the current schema (see
    ``preflight``'s ``light``); one that is to be migrated is always checked first.

    Everything is read in one read transaction: the schema version and the tables must be
    those of one moment. Read statement by statement, a new desk another process was
    migrating (a transaction per step, the id set at step 5) was seen at schema 3 with the
    tables of a later step, and refused as another program's file.

    ``on_old``: told the schema version of a desk an older factdesk made as soon as it is
    known to be one, before the ``quick_check`` that reads every page (seconds on a big desk).
    """
    began = not conn.in_transaction
    if began:
        try:
            conn.execute("BEGIN")
        except sqlite3.DatabaseError as error:
            raise refuse(path, f"is damaged ({error})") from None
    try:
        return _check_desk(path, conn, quick, on_old)
    finally:
        if began and conn.in_transaction:
            conn.execute("ROLLBACK")


def _check_desk(
    path: Path, conn: sqlite3.Connection, quick: bool, on_old: Callable[[int], None] | None
) -> int:
    """``check_desk``'s checks, inside its read transaction."""
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        if app_id not in (0, APPLICATION_ID):
            raise _foreign(path, f"application id {app_id:#x}")
        if app_id == APPLICATION_ID and version > LATEST:
            raise StoreError(
                f"{path}: made by a newer factdesk (schema {version}, this one knows "
                f"{LATEST}); it was left unchanged; upgrade factdesk to open it"
            )
        if on_old is not None and app_id == APPLICATION_ID and version < LATEST:
            on_old(version)
        checked = quick or version != LATEST or app_id != APPLICATION_ID
        problems = [row[0] for row in conn.execute("PRAGMA quick_check(3)")] if checked else ["ok"]
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:  # a damaged text: not UTF-8
        raise refuse(path, f"is damaged ({error})") from None
    if problems != ["ok"]:
        raise refuse(path, f"is damaged (integrity check: {'; '.join(problems)[:200]})")
    if app_id == 0:
        _check_tables(path, conn, version)  # (a desk before the id: told once it is one)
        if on_old is not None and 0 < version < LATEST:
            on_old(version)
    return version


def _foreign(path: Path, why: str) -> StoreError:
    return StoreError(
        f"{path}: is an SQLite file but not a factdesk desk ({why}); it was left unchanged; "
        "choose another --db"
    )


def _check_tables(path: Path, conn: sqlite3.Connection, version: int) -> None:
    """A file without factdesk's id: a desk only if its tables match its schema version."""
    try:
        tables = table_columns(conn)
    except sqlite3.DatabaseError as error:
        raise refuse(path, f"is damaged ({error})") from None
    if version == 0 and not tables:
        return  # an empty SQLite file: a new desk
    if version > LATEST or tables != expected_tables(version):
        raise _foreign(path, f"its tables are not a desk's at schema {version}")


def table_columns(conn: sqlite3.Connection) -> dict[str, tuple[str, ...]]:
    """Every table (SQLite's own aside) and its column names."""
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        name: tuple(row[1] for row in conn.execute("SELECT * FROM pragma_table_info(?)", [name]))
        for name in names
    }


@functools.cache
def expected_tables(version: int) -> dict[str, tuple[str, ...]]:
    """The tables and columns of a desk at schema ``version``, built in memory from the
    migrations themselves (so a new migration needs no second list to keep in step)."""
    from factdesk.store.rowsum import register

    conn = sqlite3.connect(":memory:")
    register(conn)
    try:
        for number in sorted(MIGRATIONS):
            step = MIGRATIONS[number]
            if number <= version:
                step(conn) if callable(step) else conn.executescript(step)
        return table_columns(conn)
    finally:
        conn.close()


def preflight(
    path: Path, *, light: bool = False, on_old: Callable[[int], None] | None = None
) -> tuple[int, sqlite3.Connection | None]:
    """Check ``path`` read-only; return (schema version, read-only connection or None).

    ``None`` (and version 0) means there is no desk yet: the file is missing or empty. The
    caller closes the connection once it has used it (e.g. for the automatic backup).

    ``light`` (the app's start): the header, size, page count, identity and schema version
    are checked as always, but ``quick_check``, which reads every page, only on a desk of up
    to ``START_CHECK_BYTES``; the app runs ``integrity_check`` (a superset) and the checksums
    in the background once its first screen is up (``Desk.background_check``).
    ``on_old``: see ``check_desk``.
    """
    if not path.exists():
        return 0, None
    size = check_bytes(path)
    if size == 0:
        if newest_backup(path) is not None:
            raise refuse(path, "is empty, though backups of it exist")
        return 0, None
    existed = {p: p.exists() for p in (wal_path(path), shm_path(path))}
    try:
        conn = connect_readonly(path)
    except sqlite3.DatabaseError as error:
        _tidy(path, existed)
        raise refuse(path, f"cannot be opened as a desk ({error})") from None
    try:
        quick = not light or size <= START_CHECK_BYTES
        return check_desk(path, conn, quick=quick, on_old=on_old), conn
    except StoreError:
        conn.close()
        _tidy(path, existed)
        raise


def _tidy(path: Path, existed: dict[Path, bool]) -> None:
    """Remove the empty ``-wal``/``-shm`` files our read-only look created beside a bad file."""
    wal = wal_path(path)
    if existed[wal] or not wal.exists() or wal.stat().st_size:
        return
    for extra, was_there in existed.items():
        if not was_there:
            extra.unlink(missing_ok=True)
