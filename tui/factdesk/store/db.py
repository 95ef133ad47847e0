"""The one SQLite file: opening it safely, migrating it, and short transactions.

Opening is careful because the desk holds hours of a reviewer's work:

1. ``factdesk.store.deskfile.preflight`` checks the file read-only (bytes, ``mode=ro``,
   ``quick_check``, schema version) and refuses a damaged, foreign or newer file with one
   line naming the file and what to do; nothing has written to it at that point.
2. ``factdesk.store.backup`` copies a good desk (SQLite's online backup API) before a migration and
   on the first open of each day.
3. Only then is it opened for writing: WAL, busy timeout, migrations.

If the folder or file cannot be written, ``Store(..., fallback_readonly=True)`` opens it
read-only instead (``store.readonly``, ``store.readonly_reason``) so the app keeps running;
every write then raises ``ReadOnlyDeskError`` ("desk is read-only: ...") rather than an
``sqlite3`` error. Disk full, a lock held too long and I/O errors become ``StoreError``.

Writes go through ``Store.transaction()`` (``BEGIN IMMEDIATE`` ... ``COMMIT``) so each change a
reviewer makes is committed the moment it is made and a crash never leaves half an article.
``BEGIN IMMEDIATE`` takes the write lock up front, so two processes queue on the busy timeout
instead of failing with "database is locked" when a read turns into a write. The connection
runs in autocommit mode so that sqlite-utils' own ``with conn:`` blocks cannot commit a
transaction of ours halfway. ``synchronous = NORMAL`` in WAL mode: a commit survives the
process being killed; only a power cut can lose the last moments.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factdesk.store import checksums, rowsum, search_index
from factdesk.store.backup import (
    RESTORE_MARK_KEY,
    backup_due,
    checked_daily_backup,
    clean_partials,
    make_backup,
)
from factdesk.store.deskfile import (
    BUSY_TIMEOUT_MS,
    OPEN_HERE,
    OPEN_LOCK,
    SQLITE_HEADER,
    ReadOnlyDeskError,
    StoreError,
    connect_readonly,
    file_key,
    location_writable,
    preflight,
)
from factdesk.store.migrations import CHANGE_TICK, LATEST, MIGRATIONS, TAKE_TICK

if TYPE_CHECKING:
    import sqlite_utils

__all__ = [
    "BUSY_TIMEOUT_MS",
    "SQLITE_HEADER",
    "DeskBusyError",
    "ReadOnlyDeskError",
    "Store",
    "StoreError",
    "now",
    "stamp",
]

# Primary result codes (``sqlite_errorcode & 0xFF``) that mean "the write did not happen".
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR = 5, 6, 8, 10
SQLITE_FULL, SQLITE_CANTOPEN = 13, 14


def now() -> str:
    """UTC timestamps in ISO 8601 with seconds: sortable as text, readable in exports."""
    return stamp(datetime.now(UTC))


def stamp(moment: datetime) -> str:
    """``moment`` written as ``now`` writes a time ("2026-12-06T11:21:03Z"): a time stored
    from elsewhere (a merged change's) sorts and reads with the desk's own."""
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


_WRITERS: dict[Path, threading.RLock] = {}
"""One turn lock per desk file (resolved path), taken by ``Store.transaction`` before it asks
SQLite for the write lock: this process's writers to one desk take turns here first.

Why: the app's ``i`` imports on a connection of its own in a thread, and a 300 KB article
held the write lock for 12.8 s (load 9, an 800-article desk: the article, its claims, names
and matches are one transaction). A verdict key pressed meanwhile waited SQLite's busy
timeout (10 s), then failed as "desk is busy: another program ..." and was lost: 199 of 200
verdict keys were stored (shift34, tmux, keys 0.7 s apart through the import). A write of this
process now waits for the other's turn to end (up to ``TURN_TIMEOUT_S``); another process's
lock is still waited for up to the busy timeout. Nothing that holds a turn waits on another
thread of this process (an import's callbacks to the app run between its transactions).
Reentrant: a thread's own nested opening keeps its turn (SQLite then answers as before).

The wait for a turn is capped (``TURN_TIMEOUT_S``), then the write fails as "desk is busy",
as a wait on another process does after SQLite's busy timeout: the app's key waits on its
loop, so an uncapped wait froze the screen for the whole of an import's article (12.8-20 s at
300 KB, more up to the 5 MB import limit), and a turn ever held while its thread waits on the
app would have frozen it for good (review34)."""

TURN_TIMEOUT_S: float = 30
"""Seconds a write waits for this process's other writer (``_WRITERS``): above the longest
article hold measured (20 s, a 300 KB article at load 9-12, shift34), so a verdict key
pressed during the app's import is still stored, and a bound on the screen's freeze."""


class DeskBusyError(StoreError):
    """This process's other writer kept its turn (``TURN_TIMEOUT_S``, or at once when the
    write would not wait): nothing was written."""


class DeskReplacedError(StoreError):
    """The desk file was restored from a backup (or replaced) by another program since this
    store opened it (``Store.replaced``): nothing was written; open the desk again."""

    def __init__(self, why: str) -> None:
        super().__init__(f"{why}; the change was not saved")
        self.why = why
        """``Store.replaced``'s reason alone, as the app says it when it opens the desk again."""


_TURNS_HELD = threading.local()
"""How many desk write turns (``_WRITERS``) the current thread holds: set and cleared beside
the turn's acquire and release in ``Store.transaction``, read by ``holds_write_turn``. A flag
of our own, not RLock internals, so it stays right across Python versions."""


def holds_write_turn() -> bool:
    """Whether the calling thread holds a desk's write turn (is inside ``Store.transaction``).

    Why: a thread that holds a turn must never wait on the app's thread (``call_from_thread``):
    the app's own writes wait for that turn, so each would wait for the other until
    ``TURN_TIMEOUT_S`` (review34 item 5). The app's worker-to-UI bridge asks this and refuses
    at once, so the mistake fails loudly in a test instead of freezing the screen."""
    return getattr(_TURNS_HELD, "count", 0) > 0


def _writer_turn(key: Path) -> threading.RLock:
    with OPEN_LOCK:
        return _WRITERS.setdefault(key, threading.RLock())


class Store:
    """An open desk file. ``db`` is the sqlite-utils view used for reads."""

    def __init__(
        self,
        path: Path,
        *,
        readonly: bool = False,
        fallback_readonly: bool = False,
        defer_daily: bool = False,
        on_upgrade: Callable[[int, int], None] | None = None,
    ) -> None:
        """``defer_daily``: leave the day's backup (and the full check it needs) to the
        caller (the app runs both in the background after its first screen); the check on
        open is then the light one (``preflight``: no ``quick_check`` of a big desk).
        ``on_upgrade``: told (the desk's schema, ``LATEST``) before the full check, backup and
        migrations of a desk an older factdesk made, when this open will do them: they hold
        the open for half a minute on a big desk, and the store prints nothing itself, so
        its caller can say why."""
        self.path = path
        self.defer_daily = defer_daily
        self.on_upgrade = on_upgrade
        self.daily_due = False
        """The day's backup is still to be made (``defer_daily``)."""
        self.readonly = readonly
        self.readonly_reason = "opened read-only" if readonly else ""
        self.warnings: list[str] = []
        """Things the reviewer should know that did not stop the open (a failed backup)."""
        self.backups: list[Path] = []
        """Automatic backups this open made."""
        self._not_waiting: int | None = None
        """The thread whose writes do not wait for the desk just now (``not_waiting``): the
        app's loop, never its other threads on this connection."""
        self.event_loop: int | None = None
        """The app's event loop thread (``Desk.on_event_loop``), which no long job of the
        desk may run on (``on_event_loop``); None outside the app."""
        self._key = file_key(path)
        with OPEN_LOCK:
            held = OPEN_HERE[self._key] > 0  # checked when first opened: no raw read now
        version = LATEST if held else self._check_and_back_up()
        if readonly:
            self.conn = self._connect_readonly()
        else:
            try:
                self.conn = self._connect_writable()
            except ReadOnlyDeskError as error:
                if not (fallback_readonly and version == LATEST):
                    raise
                self.readonly, self.readonly_reason = True, _reason(str(error))
                self.conn = self._connect_readonly()
        with OPEN_LOCK:
            OPEN_HERE[self._key] += 1
        self._open = True
        self._file = _file_identity(path)
        self._restored = self._restore_mark()
        if not self.readonly:
            try:
                self._migrate()
            except BaseException:
                self.close()
                raise

    @cached_property
    def db(self) -> sqlite_utils.Database:
        """A sqlite-utils view of the connection, built on first use.

        Imported lazily: sqlite-utils imports numpy and pandas whenever they are installed
        (~50 ms), which the CLI and the first screen must not pay; they use ``query``.
        """
        import sqlite_utils

        return sqlite_utils.Database(self.conn)

    def query(self, sql: str, params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
        """Rows of ``sql`` as {column: value} dicts, with the standard library only."""
        cursor = self.conn.execute(sql, params)
        columns = [column[0] for column in cursor.description or ()]
        for row in cursor:
            yield dict(zip(columns, row, strict=True))

    def count(self, table: str) -> int:
        """Rows in one of the desk's own tables (a name from the schema, never user input)."""
        return int(self.conn.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0])

    # -- opening ----------------------------------------------------------------------------

    def _check_and_back_up(self) -> int:
        """Refuse a bad file (read-only look), back up a good one; return its schema version."""
        upgrading = self.on_upgrade is not None and not self.readonly
        version, conn = preflight(
            self.path,
            light=self.defer_daily,
            on_old=self._upgrading if upgrading and location_writable(self.path) else None,
        )
        if conn is None:
            if self.readonly:
                raise StoreError(f"{self.path}: no desk here")
            return 0
        try:
            if self.readonly and version < LATEST:
                raise StoreError(
                    f"{self.path}: made by an older factdesk (schema {version}); open it once "
                    "with write access to upgrade it"
                )
            if not self.readonly and location_writable(self.path):
                clean_partials(self.path)
                self._auto_backup(conn, version)
        finally:
            conn.close()
        return version

    def _upgrading(self, version: int) -> None:
        """An older desk, to be backed up and migrated by this open: ``on_upgrade`` told,
        before the full read of its pages that precedes both (``preflight``)."""
        if self.on_upgrade is not None:
            self.on_upgrade(version, LATEST)

    def _auto_backup(self, conn: sqlite3.Connection, version: int) -> None:
        if version < LATEST:
            try:
                self.backups.append(make_backup(conn, self.path, f"pre-v{LATEST}"))
            except (OSError, sqlite3.Error) as error:
                raise StoreError(
                    f"{self.path}: not upgraded to schema {LATEST}: the backup made first "
                    f"failed ({error}); free some space or check the folder, then try again"
                ) from None
        elif backup_due(self.path):
            if self.defer_daily:
                self.daily_due = True
                return
            try:
                report, made = checked_daily_backup(self.path, conn)
            except (OSError, sqlite3.Error) as error:
                self.warnings.append(f"{self.path}: the daily backup failed: {error}")
                return
            if made is not None:
                self.backups.append(made)
            if not report.ok:
                self.warnings.append(daily_refused(self.path, report))

    def _connect_writable(self) -> sqlite3.Connection:
        if not self.path.exists():
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise StoreError(
                    f"{self.path}: cannot create the desk folder: {error.strerror or error}"
                ) from None
        if not location_writable(self.path):
            raise ReadOnlyDeskError(
                f"{self.path}: desk is read-only: the file or its folder cannot be written"
            )
        try:
            conn = sqlite3.connect(
                self.path.resolve().as_uri(),
                uri=True,
                isolation_level=None,
                check_same_thread=False,
            )
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys = ON")
            rowsum.register(conn)
            _enter_wal(conn)
            conn.execute("PRAGMA synchronous = NORMAL")
            _size_caches(conn, self.path)
        except sqlite3.OperationalError as error:
            raise self._write_error(error, "cannot be opened for writing") from None
        except sqlite3.DatabaseError as error:
            raise StoreError(f"{self.path}: cannot be opened as a desk: {error}") from None
        return conn

    def _connect_readonly(self) -> sqlite3.Connection:
        try:
            conn = connect_readonly(self.path)
        except sqlite3.DatabaseError as error:
            raise StoreError(f"{self.path}: cannot be opened read-only: {error}") from None
        conn.execute("PRAGMA foreign_keys = ON")
        return conn

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self) -> None:
        for version in sorted(MIGRATIONS):
            if version <= self.schema_version:
                continue
            with self.transaction():
                # Another process may have migrated while we waited for the write lock.
                if version <= self.schema_version:
                    continue
                step = MIGRATIONS[version]
                if callable(step):
                    step(self.conn)
                else:  # executescript would COMMIT our transaction: statement by statement
                    for statement in _statements(step):
                        self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {version}")
        if search_index.unsettled(self.conn):  # a read on every open; a write only if needed
            with self.transaction():
                search_index.settle(self.conn)

    # -- the file under it -----------------------------------------------------------------

    def _restore_mark(self) -> str | None:
        try:
            return read_state(self.conn, RESTORE_MARK_KEY)
        except sqlite3.Error:  # a desk being created has no state table yet
            return None

    def replaced(self) -> str | None:
        """Why the desk at ``path`` is no longer the one this store opened, else None:
        ``factdesk restore`` either renamed another file into place (this connection then
        writes to a file nobody will open again) or copied a backup into this one (the rows
        this process read, its claims and counts, are gone; ``backup.RESTORE_MARK_KEY``
        says so). An os.stat and one read: the app asks at each poll, and every write asks
        inside its transaction (review41 item 24)."""
        if _file_identity(self.path) != self._file:
            return f"{self.path}: the desk file was replaced by another program (a restore)"
        if self._restore_mark() != self._restored:
            return f"{self.path}: the desk was restored from a backup by another program"
        return None

    # -- writing ----------------------------------------------------------------------------

    @contextmanager
    def transaction(
        self, *, wait: bool | None = None, bulk: bool = False
    ) -> Iterator[sqlite3.Connection]:
        """One short write transaction; nested calls join the outer one.

        This process's other writer is waited for up to ``TURN_TIMEOUT_S``, and another
        process's lock for the busy timeout; or neither when ``wait`` is False (a write the
        app makes on its event loop): then ``DeskBusyError`` at once. ``wait`` None: False
        inside ``not_waiting`` on its thread, else True. ``bulk``: a write of many rows (an
        article imported or extracted again): every article it changes takes one change
        mark for the whole write (``one_mark``), not one a row."""
        if wait is None:
            wait = self._not_waiting != threading.get_ident()
        if self.readonly:
            raise ReadOnlyDeskError(
                f"{self.path}: desk is read-only: {self.readonly_reason}; the change was not saved"
            )
        if self.conn.in_transaction:
            with self._one_mark(bulk):
                yield self.conn
            return
        turn = _writer_turn(self._key)  # this process's other writer first (``_WRITERS``)
        if not (turn.acquire(timeout=TURN_TIMEOUT_S) if wait else turn.acquire(blocking=False)):
            held = f"held it locked for {TURN_TIMEOUT_S:g} s" if wait else "is writing to it"
            raise DeskBusyError(
                f"{self.path}: desk is busy: another write of this program {held}; "
                "the change was not saved, try again"
            )
        _TURNS_HELD.count = getattr(_TURNS_HELD, "count", 0) + 1  # ``holds_write_turn``
        try:
            try:
                self._begin(wait)
            except sqlite3.OperationalError as error:
                raise self._write_error(error, busy=None if wait else DeskBusyError) from None
            if self._open and (why := self.replaced()) is not None:  # never into a stale desk
                self._rollback()
                raise DeskReplacedError(why)
            try:
                with self._one_mark(bulk):
                    yield self.conn
            except sqlite3.OperationalError as error:
                self._rollback()
                raise self._write_error(error) from None
            except BaseException:
                self._rollback()
                raise
            try:
                self.conn.execute("COMMIT")
            except sqlite3.OperationalError as error:
                self._rollback()
                raise self._write_error(error) from None
        finally:
            _TURNS_HELD.count -= 1
            turn.release()

    @contextmanager
    def _one_mark(self, bulk: bool) -> Iterator[None]:
        """Within a bulk write, the desk's next change mark is this write's own (a
        ``CHANGE_TICK`` row, ``migrations.change_mark_trigger``): each article the write
        changes is marked once, where each row it wrote moved the mark again (~10 us a row
        of the writers' time: an article's claims inserted, flagged, rescored). The row is
        taken away before the write ends, however it ends, so no committed desk holds one:
        a write without it (another program's, or one of a single row) marks as before."""
        if not bulk:
            yield
            return
        made = self.conn.execute(TAKE_TICK).rowcount > 0  # not when an outer write has it
        try:
            yield
        finally:
            if made and self.conn.in_transaction:
                self.conn.execute(f"DELETE FROM {CHANGE_TICK}")

    def _begin(self, wait: bool) -> None:
        """BEGIN IMMEDIATE; when not waiting, with no busy timeout for it: another process's
        write lock fails at once (SQLITE_BUSY) instead of holding the app's loop for up to
        ``BUSY_TIMEOUT_MS``."""
        if wait:
            self.conn.execute("BEGIN IMMEDIATE")
            return
        kept = self.conn.execute("PRAGMA busy_timeout").fetchone()[0]
        self.conn.execute("PRAGMA busy_timeout = 0")
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        finally:
            self.conn.execute(f"PRAGMA busy_timeout = {int(kept)}")

    def on_event_loop(self) -> bool:
        """Whether the calling thread is the app's event loop (``event_loop``): a job of
        seconds or minutes there (judging every pair again) would freeze the screen."""
        return self.event_loop is not None and self.event_loop == threading.get_ident()

    @contextmanager
    def not_waiting(self) -> Iterator[None]:
        """Within it, a write that does not say ``wait`` does not wait (``transaction``): the
        app's verdict keys, written on its event loop, fail busy at once and are queued
        (``ui.pending``) instead of freezing the screen for an import's article."""
        kept, self._not_waiting = self._not_waiting, threading.get_ident()
        try:
            yield
        finally:
            self._not_waiting = kept

    def wait_for_turn(self, timeout: float) -> bool:
        """Block until this process's other writer lets go of this desk's turn (or
        ``timeout`` seconds pass: False); the turn is not kept. For a thread off the app's
        loop, which then writes on the loop without waiting. Never called holding a turn."""
        turn = _writer_turn(self._key)
        if not turn.acquire(timeout=max(0.0, timeout)):
            return False
        turn.release()
        return True

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def _write_error(
        self,
        error: sqlite3.OperationalError,
        doing: str = "the change was not saved",
        *,
        busy: type[StoreError] | None = None,
    ) -> Exception:
        """One line for the reviewer instead of a bare sqlite3 error; others pass through.
        ``busy``: the error for a lock met without waiting (``DeskBusyError``)."""
        code = (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF
        where = f"{self.path}:"
        if busy is not None and code in (SQLITE_BUSY, SQLITE_LOCKED):
            return busy(f"{where} desk is busy: another program is writing to it; {doing}")
        if code in (SQLITE_BUSY, SQLITE_LOCKED):
            return StoreError(
                f"{where} desk is busy: another program held it locked for "
                f"{BUSY_TIMEOUT_MS // 1000} s; {doing}, try again"
            )
        if code == SQLITE_FULL:
            return StoreError(f"{where} the disk is full; {doing}; free some space and retry")
        if code in (SQLITE_READONLY, SQLITE_CANTOPEN):
            return ReadOnlyDeskError(f"{where} desk is read-only: {error}; {doing}")
        if code == SQLITE_IOERR:
            return StoreError(f"{where} cannot write the desk (disk error: {error}); {doing}")
        return error

    def data_version(self) -> int:
        """Changes when another connection commits: a cheap "has anything changed?" poll."""
        return self.conn.execute("PRAGMA data_version").fetchone()[0]

    def close(self) -> None:
        self.conn.close()
        with OPEN_LOCK:
            if self._open:
                self._open = False
                OPEN_HERE[self._key] -= 1


def _file_identity(path: Path) -> tuple[int, int] | None:
    """The device and inode of the file at ``path`` (None: none there): a file renamed into
    its place has another."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino


WAL_RETRY_SECONDS = 0.02


def _enter_wal(conn: sqlite3.Connection) -> None:
    """Switch the desk to write-ahead logging, waiting out another opener for up to the busy
    timeout.

    Two processes opening a brand new desk at once both switch it to WAL, which needs the file
    to themselves; SQLite then answers one of them SQLITE_BUSY at once, without its busy
    handler (each holds a read lock the other waits on), so ``busy_timeout`` does not cover it.
    One opener in ten failed that way ("desk is busy") when three opened a new desk together.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            code = (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF
            if code not in (SQLITE_BUSY, SQLITE_LOCKED) or time.monotonic() > deadline:
                raise
            time.sleep(WAL_RETRY_SECONDS)


CACHE_MIN_KIB, CACHE_MAX_KIB = 8 * 1024, 64 * 1024
MMAP_MIN, MMAP_MAX = 64 << 20, 1 << 30
WAL_PAGES_MIN, WAL_PAGES_MAX = 1000, 32_000
"""Pages the write-ahead log grows to before it is copied into the desk file: SQLite's
default (1,000), up to 128 MB for a very large desk (a sixteenth of the file)."""


def _size_caches(conn: sqlite3.Connection, path: Path) -> None:
    """Page cache and memory map sized for the desk file.

    SQLite's default cache is 2 MB: importing into a 160 MB desk re-read the same index pages
    from disk over and over (544k ``pread64`` calls for 50 articles). A quarter of the file,
    between 8 and 64 MB (a ceiling: pages are only taken as they are read), and a read map of
    twice the file, between 64 MB and 1 GB, keep an import's reads in memory.

    The log is copied into the file (a checkpoint) after ``wal_autocheckpoint`` pages. An
    article imported into a 10,000-article desk dirties ~500 pages, most of them leaves of
    ``claim_matches_other`` far apart, so at the default 1,000 a checkpoint ran every other
    article and copied each page again: more than half of the commit's CPU (7.9 ms of an
    article's ~40 ms). A log of a sixteenth of the file (``WAL_PAGES_MAX`` at most) copies a
    page dirtied by several articles once: 5.5 ms. A cap of 8,000 pages held the cached
    10,000-article bench desk (835 MB: a sixteenth is 13,000 pages) at 5.5-6.0 ms; at
    13,000 pages, 4.9 ms (100 imports each, same load).
    """
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    cache_kib = min(max(size // 4 // 1024, CACHE_MIN_KIB), CACHE_MAX_KIB)
    conn.execute(f"PRAGMA cache_size = -{int(cache_kib)}")
    conn.execute(f"PRAGMA mmap_size = {int(min(max(2 * size, MMAP_MIN), MMAP_MAX))}")
    page = int(conn.execute("PRAGMA page_size").fetchone()[0]) or 4096
    wal_pages = min(max(size // 16 // page, WAL_PAGES_MIN), WAL_PAGES_MAX)
    conn.execute(f"PRAGMA wal_autocheckpoint = {int(wal_pages)}")


def daily_refused(path: Path, report: checksums.CheckReport) -> str:
    """The one line shown when the day's backup was not made from a failing desk."""
    first = report.problems[0] if report.problems else ""
    return (
        f"{path}: desk fails its check ({report.summary()}; first: {first}); no daily backup "
        "was made, the older ones are kept; run: factdesk check"
    )


def _reason(message: str) -> str:
    """The part of a ``ReadOnlyDeskError`` after "desk is read-only: "."""
    return message.split("desk is read-only: ", 1)[-1]


def _statements(script: str) -> Iterator[str]:
    """Split a migration script into statements, keeping trigger bodies whole."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        if line.strip().startswith("--") and not buffer.strip():
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            statement = buffer.strip()
            if statement:
                yield statement
            buffer = ""
    if buffer.strip():
        yield buffer.strip()


def inserted_id(cursor: sqlite3.Cursor) -> int:
    """The rowid an INSERT just made: ``lastrowid`` is typed optional because other statements
    leave it unset, so a cursor without one here is a bug, not a row to skip."""
    rowid = cursor.lastrowid
    if rowid is None:
        raise sqlite3.InterfaceError("the statement inserted no row")
    return rowid


def read_state(conn: sqlite3.Connection, key: str) -> str | None:
    """A value of the small key/value ``state`` table (positions, index versions)."""
    row = conn.execute("SELECT value FROM state WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def write_state(conn: sqlite3.Connection, key: str, value: str) -> None:
    """Set a ``state`` value; the caller holds the transaction."""
    conn.execute(
        "INSERT INTO state (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, value],
    )
