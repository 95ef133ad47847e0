"""The desk's index generation (migration 25, issue 15, review35 item 4): a process keeps its
index state (name book, claim index) across other connections' commits that leave it as it
was, and loads it again when one changed it.

The app imports on a connection of its own; it prepares each article (name groups, claim
facts) before it takes the write turn. A verdict the reviewer committed meanwhile changed
``PRAGMA data_version``, and under the turn the import loaded the whole name book and index
again for the same answer. A write the state depends on (a merge of names) must still reload
it, and either way the desk must be the one the import makes with that write landing before
the import. The articles are invented.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from factdesk.corroborate import index
from factdesk.desk.service import Desk
from factdesk.settings.config import load_config
from factdesk.store.db import Store, holds_write_turn
from factdesk.store.migrations import INDEX_GENERATION_WRITES, index_generation

FIRST = (
    "Tannery site sold to housing group\n\n"
    "By P. Okafor, Wexmoor Courier, 12 May 2024\n\n"
    "The Brindle Housing Trust said on Tuesday that it had bought the old Ossery tannery for "
    "£4.2 million and would build 180 homes there by 2027. Maren Olsted, the trust's chief "
    "executive, said the first 60 homes would go to local families. Wexmoor council said it "
    "had not yet received a planning application.\n"
)
SECOND = (
    "Tannery homes plan meets objections\n\n"
    "By P. Okafor, Wexmoor Courier, 20 June 2024\n\n"
    "Residents of Ossery said on Monday that the Brindle Housing Trust's plan for 180 homes "
    "would double traffic on the tannery road. Olsted said the trust would pay for a new "
    "junction. Wexmoor council said it would decide the application in September, and Maren "
    "Olsted said the trust had bought the tannery for £4.2 million.\n"
)

ASIDE = {"imported_at", "updated_at", "created_at", "at", "checksum", "source_path"}
"""Columns of the time a row was written, the checksums that sum them, and the file's path
(each desk imports from a folder of its own)."""


def _tables(path: Path) -> dict[str, list[tuple]]:
    """Every table of the desk, row by row in a fixed order, ``ASIDE`` aside."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name NOT LIKE 'claim_search%'")]  # fmt: skip
        tables = {}
        for name in names:
            columns = [r[1] for r in conn.execute("SELECT * FROM pragma_table_info(?)", [name])]
            kept = ", ".join(f'"{c}"' for c in columns if c not in ASIDE)
            tables[name] = sorted(conn.execute(f'SELECT {kept} FROM "{name}"'), key=repr)
        return tables
    finally:
        conn.close()


def _import_with(
    desk: Desk, tmp_path: Path, write: Callable[[Desk], object], *, between: bool
) -> list[bool]:
    """SECOND imported on a connection of its own, as the app's ``i`` imports, with ``write``
    made by ``desk`` (the app) between the import's preparation and its write turn, or before
    the import. Returns, for each index state loaded meanwhile, whether the turn was held."""
    (tmp_path / "second.txt").write_text(SECOND, encoding="utf-8")
    loaded: list[bool] = []
    real_prepare, real_state = index.prepare, index._State.__init__

    def prepare(texts, body="", **options):  # type: ignore[no-untyped-def]
        real_prepare(texts, body, **options)
        if options.get("store") is not None and between:
            write(desk)

    def load(self, store):  # type: ignore[no-untyped-def]
        loaded.append(holds_write_turn())
        real_state(self, store)

    if not between:
        write(desk)
    importer = Desk(Store(desk.path, defer_daily=True), desk.config)
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(index, "prepare", prepare)
            patch.setattr(index._State, "__init__", load)
            report = importer.import_paths([tmp_path / "second.txt"])
        assert report.count("imported") == 1, report.summary()
    finally:
        importer.close()
    return loaded


def _desk(tmp_path: Path, name: str) -> Desk:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "first.txt").write_text(FIRST, encoding="utf-8")
    return Desk.open(folder / "desk.db", config=load_config())


def _first_claim_verdict(desk: Desk) -> None:
    claim = desk.store.conn.execute("SELECT MIN(id) FROM claims").fetchone()[0]
    desk.set_verdict(claim, "disputed")


def _merge_names(desk: Desk) -> None:
    spellings = [row[0] for row in desk.store.conn.execute(
        "SELECT spelling FROM name_spellings ORDER BY rowid")]  # fmt: skip
    both = [s for s in spellings if s in SECOND and " " in s][:2]
    assert len(both) == 2, spellings  # two of FIRST's names SECOND mentions too
    desk.merge_names(both)


@pytest.mark.parametrize(
    ("write", "reloads_under_turn"), [(_first_claim_verdict, 0), (_merge_names, 1)]
)
def test_a_write_between_prepare_and_the_turn_gives_the_desk_it_gives_before_the_import(
    tmp_path: Path, write: Callable[[Desk], object], reloads_under_turn: int
) -> None:
    desks = {}
    for name, between in (("between", True), ("before", False)):
        desk = _desk(tmp_path, name)
        try:
            desk.import_paths([tmp_path / name / "first.txt"])  # the app's desk, FIRST on it
            loaded = _import_with(desk, tmp_path / name, write, between=between)
        finally:
            desk.close()
        if between:  # a verdict leaves the state the import prepared with; a merge does not
            assert loaded.count(True) == reloads_under_turn
        desks[name] = _tables(tmp_path / name / "desk.db")
    assert desks["between"].keys() == desks["before"].keys()
    for table, rows in desks["before"].items():
        assert desks["between"][table] == rows, table
    assert len(desks["before"]["claim_index"]) > 5  # both articles' claims were indexed


def test_migration_25_counts_the_index_writes_of_an_older_desk(desk: Desk, tmp_path: Path) -> None:
    (tmp_path / "first.txt").write_text(FIRST, encoding="utf-8")
    desk.import_paths([tmp_path / "first.txt"])
    with desk.store.transaction() as conn:
        for table, events in INDEX_GENERATION_WRITES.items():
            for event in events:
                conn.execute(f"DROP TRIGGER index_generation_{table}_{event.split()[0].lower()}")
        conn.execute("DROP TABLE index_generation")
        conn.execute("PRAGMA user_version = 24")
    path = desk.path
    desk.close()
    reopened = Desk.open(path, config=load_config())
    try:
        conn = reopened.store.conn
        assert index_generation(conn) == 0
        claim = conn.execute("SELECT MIN(id) FROM claims").fetchone()[0]
        reopened.set_verdict(claim, "corroborated")
        reopened.set_note(claim, "checked with the council")
        assert index_generation(conn) == 0  # the review's writes leave the index as it was
        (tmp_path / "second.txt").write_text(SECOND, encoding="utf-8")
        reopened.import_paths([tmp_path / "second.txt"])
        imported = index_generation(conn)
        assert imported is not None and imported > 0
        reopened.split_name("Maren Olsted")
        assert (index_generation(conn) or 0) > imported
    finally:
        reopened.close()
