"""This process's writers take turns on a desk file (``store.db._WRITERS``), and the wait for a
turn is bounded: after ``TURN_TIMEOUT_S`` the write fails as "desk is busy", as a wait on
another process does after SQLite's busy timeout, and a write that must not wait (the app's
own, on its event loop) fails at once. Before (d03a955b), the wait had no end: the app's loop
froze for the whole of an import's article, and for good if a turn's holder ever waited on it
(review34)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from factdesk.store import db
from factdesk.store.db import DeskBusyError, Store, StoreError

GIVE_UP_AFTER = 60.0
"""When the other writer lets go anyway: a wait without end then ends as a write, not a hang.
Only a broken turn meets it: every test lets the holder go itself. A 3 s hold raced the 0.2 s
cap it must outlast (at load 20 the waiter can start after the holder gave up, and its write
then went through): the holder's thread still alive, not a clock, says the turn was held."""


@pytest.fixture
def two_writers(tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    path = tmp_path / "desk.db"
    first = Store(path)
    second = Store(path)
    yield first, second
    second.close()
    first.close()


def _hold(store: Store, entered: threading.Event, release: threading.Event) -> threading.Thread:
    def hold() -> None:
        with store.transaction() as conn:
            conn.execute("INSERT INTO state (key, value) VALUES ('holder', 'x')")
            entered.set()
            release.wait(timeout=GIVE_UP_AFTER)

    thread = threading.Thread(target=hold, daemon=True)
    thread.start()
    assert entered.wait(timeout=10)
    return thread


def test_a_write_waiting_past_the_turn_timeout_fails_as_busy(
    two_writers: tuple[Store, Store], monkeypatch: pytest.MonkeyPatch
) -> None:
    holder, waiter = two_writers
    monkeypatch.setattr(db, "TURN_TIMEOUT_S", 0.2)
    entered, release = threading.Event(), threading.Event()
    thread = _hold(holder, entered, release)
    try:
        busy = pytest.raises(StoreError, match=r"desk is busy: .* held it locked for 0\.2 s")
        with busy, waiter.transaction() as conn:
            conn.execute("INSERT INTO state (key, value) VALUES ('waiter', 'y')")
        assert thread.is_alive()  # failed while the other still held its turn
    finally:
        release.set()
        thread.join(timeout=10)
    assert waiter.conn.execute("SELECT key FROM state WHERE key = 'waiter'").fetchone() is None
    # the turn is free again: the next write goes through
    with waiter.transaction() as conn:
        conn.execute("INSERT INTO state (key, value) VALUES ('after', 'z')")
    keys = {row[0] for row in waiter.conn.execute("SELECT key FROM state")}
    assert {"holder", "after"} <= keys


def test_a_write_that_must_not_wait_fails_at_once_while_the_turn_is_held(
    two_writers: tuple[Store, Store],
) -> None:
    holder, waiter = two_writers
    entered, release = threading.Event(), threading.Event()
    thread = _hold(holder, entered, release)
    try:
        busy = pytest.raises(DeskBusyError, match=r"desk is busy: .* is writing to it")
        with busy, waiter.transaction(wait=False):
            pass
        assert thread.is_alive()
    finally:
        release.set()
        thread.join(timeout=10)
    with waiter.transaction(wait=False) as conn:  # free: written at once
        conn.execute("INSERT INTO state (key, value) VALUES ('now', 'w')")


def test_a_held_turn_is_waited_for_within_the_timeout(two_writers: tuple[Store, Store]) -> None:
    """The guarantee d03a955b gave a verdict key during the app's import is kept."""
    holder, waiter = two_writers
    entered, release = threading.Event(), threading.Event()
    thread = _hold(holder, entered, release)
    threading.Timer(0.3, release.set).start()
    with waiter.transaction() as conn:
        conn.execute("INSERT INTO state (key, value) VALUES ('waited', 'v')")
    thread.join(timeout=10)
    assert waiter.conn.execute("SELECT value FROM state WHERE key = 'waited'").fetchone()[0] == "v"


def test_a_nested_transaction_keeps_its_turn(two_writers: tuple[Store, Store]) -> None:
    store, _ = two_writers
    with store.transaction(), store.transaction(wait=False) as conn:
        conn.execute("INSERT INTO state (key, value) VALUES ('nested', 'n')")
    assert store.conn.execute("SELECT value FROM state WHERE key = 'nested'").fetchone()[0] == "n"


def test_the_thread_knows_it_holds_a_turn_only_inside_a_transaction(
    two_writers: tuple[Store, Store],
) -> None:
    """``holds_write_turn`` (the app's bridge asks it, review34 item 5): set inside, cleared
    after, cleared after a failed body too, kept through a nested opening, and per thread."""
    store, other = two_writers
    assert not db.holds_write_turn()
    seen_elsewhere: list[bool] = []
    with store.transaction():
        assert db.holds_write_turn()
        with store.transaction(wait=False):  # a nested opening joins the outer one
            assert db.holds_write_turn()
        assert db.holds_write_turn()  # the inner one's end leaves the outer turn flagged
        thread = threading.Thread(target=lambda: seen_elsewhere.append(db.holds_write_turn()))
        thread.start()
        thread.join(timeout=10)
    assert seen_elsewhere == [False]  # another thread holds no turn while this one does
    assert not db.holds_write_turn()
    with pytest.raises(ValueError, match="body failed"), store.transaction():
        assert db.holds_write_turn()
        raise ValueError("body failed")
    assert not db.holds_write_turn()
    with pytest.raises(DeskBusyError):  # a turn never had is never flagged
        _refused_while_held(store, other)
    assert not db.holds_write_turn()


def _refused_while_held(store: Store, other: Store) -> None:
    entered, release = threading.Event(), threading.Event()
    thread = _hold(store, entered, release)
    try:
        with other.transaction(wait=False):
            pass
    finally:
        release.set()
        thread.join(timeout=10)
