"""Two desks (and the CLI) on one desk file: no "database is locked", no lost update.

Each Desk has its own connection, as two app windows or an app and a CLI command would. The
threads really run against each other (SQLite releases the GIL), and subprocesses are real
processes.
"""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from factdesk.desk.service import Desk
from factdesk.settings.config import load_config
from fixture_desk import open_fixture_desk

pytestmark = pytest.mark.serial  # threads and processes racing on one file: one at a time

VERDICT_CYCLE = ("corroborated", "disputed", "contradicted", "unverifiable")


def open_desk(path: Path, reviewer: str = "tester") -> Desk:
    return Desk.open(path, config=load_config(reviewer=reviewer))


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    """A desk file of hand-made claims: what is raced here is the file, not extraction (the
    seeds' template would load the language model in the serial run for nothing)."""
    path = tmp_path / "desk.db"
    open_fixture_desk(path, load_config(reviewer="tester")).close()
    return path


def run_threads(*targets) -> list[BaseException]:
    errors: list[BaseException] = []
    start = threading.Barrier(len(targets))

    def wrapped(target) -> None:
        try:
            start.wait()
            target()
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=wrapped, args=(t,)) for t in targets]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return errors


def test_a_change_shows_in_the_other_desk_and_data_version_moves(shared: Path) -> None:
    one, two = open_desk(shared, "ann"), open_desk(shared, "bob")
    claim = one.claims()[0].id
    seen = two.data_version()
    one.set_verdict(claim, "disputed")
    assert two.data_version() != seen, "the app's cheap poll must notice the other commit"
    assert two.claim(claim).verdict == "disputed"
    seen = two.data_version()
    two.set_verdict(claim, "corroborated")
    assert two.data_version() == seen, "its own commits do not trigger a redraw"
    assert one.claim(claim).verdict == "corroborated"
    one.close()
    two.close()


def test_same_claim_edited_from_two_desks_loses_nothing(shared: Path) -> None:
    """One desk changes the note, the other the verdict, of the SAME claim, 40 times each.

    Each edit reads the current state and writes it back in one BEGIN IMMEDIATE transaction;
    with a plain read-then-write one side would overwrite the other's field.
    """
    one, two = open_desk(shared, "ann"), open_desk(shared, "bob")
    claim = one.claims()[0].id
    rounds = 40

    def notes() -> None:
        for i in range(rounds):
            one.set_note(claim, f"note {i}")

    def verdicts() -> None:
        for i in range(rounds):
            two.set_verdict(claim, VERDICT_CYCLE[i % 4])

    assert run_threads(notes, verdicts) == []
    final = one.claim(claim)
    assert final.note == f"note {rounds - 1}"
    assert final.verdict == VERDICT_CYCLE[(rounds - 1) % 4]
    history = one.history(claim)
    assert len(history) == 2 * rounds
    for earlier, later in itertools.pairwise(history):
        assert later.before == earlier.after, "every change starts from the one before it"
    one.close()
    two.close()


def test_a_long_writer_makes_the_other_wait_not_fail(shared: Path) -> None:
    one, two = open_desk(shared, "ann"), open_desk(shared, "bob")
    claims = [c.id for c in one.claims()[:2]]
    holding = threading.Event()

    def slow_writer() -> None:
        with one.store.transaction():
            one.set_verdict(claims[0], "disputed")
            holding.set()
            threading.Event().wait(0.8)

    def quick_writer() -> None:
        # asserted: a wait that ran out on a loaded machine wrote before the hold, silently
        assert holding.wait(60), "the slow writer never took its turn"
        two.set_verdict(claims[1], "corroborated")

    assert run_threads(slow_writer, quick_writer) == []
    assert [one.claim(c).verdict for c in claims] == ["disputed", "corroborated"]
    one.close()
    two.close()


def test_cli_processes_and_a_desk_write_at_once(shared: Path) -> None:
    """Four ``factdesk verdict`` processes while this process keeps writing notes."""
    desk = open_desk(shared, "ann")
    claims = [c.id for c in desk.claims()]
    targets = claims[:4]
    env = {**os.environ, "FACTDESK_REVIEWER": "cli"}
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "factdesk", "verdict", str(claim), "contradicted",
             "--note", f"cli {claim}", "--db", str(shared)],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for claim in targets
    ]  # fmt: skip
    writes = 0
    while any(p.poll() is None for p in procs):
        desk.set_note(claims[-1], f"app {writes}")
        writes += 1
        time.sleep(0.005)  # a reviewer's pace, leaving the 2 CPUs to the processes
    for proc in procs:
        _out, err = proc.communicate()
        assert proc.returncode == 0, err
        assert "locked" not in err
    for claim in targets:
        got = desk.claim(claim)
        assert (got.verdict, got.note) == ("contradicted", f"cli {claim}")
    assert desk.claim(claims[-1]).note == f"app {writes - 1}"
    assert len(desk.history(claims[-1])) == writes
    assert desk.store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    desk.close()


NEW_DESK_ROUNDS = 60
"""Three openers racing on a new desk lost about one round in ten to SQLite answering the
switch to WAL with an immediate SQLITE_BUSY (CI, stop 35), and about one in forty to reading
the header of a file another opener had just created as empty ("not an SQLite file", a fresh
clone's `make test` in session 20): 60 rounds (~30 ms each) catch either most of the time."""


def test_two_processes_creating_the_same_new_desk(tmp_path: Path) -> None:
    """All try to migrate a brand new desk; the later ones must see the first one's work."""
    for round_ in range(NEW_DESK_ROUNDS):
        path = tmp_path / f"fresh{round_}.db"
        desks: list[Desk] = []

        def opener(path: Path = path, desks: list[Desk] = desks) -> None:
            desks.append(open_desk(path))

        assert run_threads(opener, opener, opener) == [], f"round {round_}"
        assert [d.article_count() for d in desks] == [0, 0, 0]
        for desk in desks:
            desk.close()


def _second_store(path: Path) -> None:
    from factdesk.store.db import Store

    Store(path, defer_daily=True).close()  # as Desk.import_in_worker does


def _byte_check(path: Path) -> None:
    from factdesk.store.deskfile import check_bytes

    check_bytes(path)


def _backup(path: Path) -> None:
    from factdesk.store.backup import backup_now

    backup_now(path)


@pytest.mark.parametrize("second_look", [_second_store, _byte_check, _backup])
def test_a_second_look_in_the_process_keeps_the_first_ones_locks(shared: Path, second_look) -> None:
    """The app's import (``i``) and re-extraction open a Store of their own in the app's
    process. Its check of the file's bytes opened and closed the desk with Python's ``open``,
    and closing any descriptor of a file drops every POSIX lock the process holds on it, the
    app's SQLite locks too: a CLI command then took itself for the desk's last user and, on
    closing, copied and deleted the log under the open app, whose own last checkpoint later
    cut the file short ("database disk image is malformed"; found using the app, ui15). The
    byte check itself and a backup (``preflight``) asked directly likewise (mend42's finding,
    session 42: another process's committed row lost in a two-script reproduction)."""
    app = open_desk(shared)
    try:
        app.set_verdict(app.claims()[0].id, "disputed")  # something in the log
        wal = shared.with_name(shared.name + "-wal")
        assert wal.exists()
        second_look(shared)
        child = "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute('SELECT 1 FROM claims').fetchone(); c.close()"  # noqa: E501
        subprocess.run([sys.executable, "-c", child, str(shared)], check=True, timeout=60)
        assert wal.exists(), "another process found no other user of the desk: locks lost"
        app.set_verdict(app.claims()[1].id, "corroborated")
    finally:
        app.close()
    check = Desk.open(shared)
    try:
        assert check.store.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        check.close()
