"""A restore while an import runs (review44 A13): the import's work goes into the desk as
restored, said on the file's line; nothing of it is lost without a word.

Before: the article's write met ``DeskReplacedError`` and the file failed, its minutes of
extraction thrown away, the line naming the exception's class ("…/mid60k.txt:
DeskReplacedError: …; the change was not saved"); the files after it failed the same way."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from factdesk.corroborate import index as crossref
from factdesk.desk.service import Desk
from factdesk.ingest import importer
from factdesk.store.backup import backup_now, restore
from factdesk.store.db import Store

BRIDGE = (
    "Lock gates rebuilt\n\n"
    "Both lock gates at Pellow Cut were rebuilt in oak over the winter, at a cost of 310,000 "
    "euros.\n"
    "Boaters can pass again from the second weekend of April, according to the canal trust.\n"
)
FERRY = (
    "Orchard grant\n\n"
    "Forty-two orchards in the Vell valley got replanting grants in 2025, a quarter more than "
    "before.\n"
)


def sources(path: Path) -> set[str]:
    """The articles' file names in the desk file at ``path``, read by a connection of its own."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {Path(row[0]).name for row in conn.execute("SELECT source_path FROM articles")}
    finally:
        conn.close()


def restored_before_its_write(
    monkeypatch: pytest.MonkeyPatch, backup: Path, desk_path: Path, word: str
) -> None:
    """``factdesk restore`` of ``backup`` by another program once the article with ``word``
    is extracted, just before its write (``crossref.prepare`` is the last step before it)."""
    prepare = crossref.prepare

    def restoring(texts: list[str], body: str = "", **kwargs: object) -> None:
        if word in body and not restoring.done:  # type: ignore[attr-defined]
            restoring.done = True  # type: ignore[attr-defined]
            restore(backup, desk_path)
        prepare(texts, body, **kwargs)  # type: ignore[arg-type]

    restoring.done = False  # type: ignore[attr-defined]
    monkeypatch.setattr(crossref, "prepare", restoring)


@pytest.mark.parametrize("how", ["import_paths", "import_in_worker"])
def test_an_article_met_by_a_restore_at_its_write_goes_into_the_restored_desk(
    seeded_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    """The CLI's import (``import_paths``) and the app's (``import_in_worker``, on a desk of
    its own that it opens again itself: the app opens its own at its next poll)."""
    path = seeded_desk.path
    saved = backup_now(path)
    claim = seeded_desk.claims()[0].id
    seeded_desk.set_verdict(claim, "corroborated")  # after the backup: the restore undoes it
    article = tmp_path / "in" / "bridge.txt"
    article.parent.mkdir()
    article.write_text(BRIDGE, encoding="utf-8")
    restored_before_its_write(monkeypatch, saved, path, "Pellow")
    report = getattr(seeded_desk, how)([article])
    [outcome] = report.outcomes
    assert outcome.status == "imported", outcome.message
    assert "bridge.txt" in sources(path)  # in the desk as restored, not in the replaced one
    assert "restored from a backup by another program" in outcome.message
    assert "Error" not in outcome.message
    if how == "import_paths":
        assert seeded_desk.replaced() is None  # the desk the import ends on: the restored one
    else:
        seeded_desk.reopen()  # what the app does at its next poll
    assert seeded_desk.claim(claim).verdict is None
    assert any(c.article_id == outcome.article_id for c in seeded_desk.claims())


def test_the_files_after_a_restore_go_into_the_restored_desk_and_the_earlier_are_named(
    seeded_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder: the first file written before the restore (the backup lacks it), the
    second met by it at its start; the second and the third are written into the restored
    desk, and the second's line says the first went into the desk the restore replaced."""
    path = seeded_desk.path
    saved = backup_now(path)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_ferry.txt").write_text(FERRY, encoding="utf-8")
    (folder / "b_bridge.txt").write_text(BRIDGE, encoding="utf-8")
    (folder / "c_more.txt").write_text(BRIDGE.replace("oak", "larch"), encoding="utf-8")

    def started(number: int, total: int, name: str) -> None:
        if number == 2:
            restore(saved, path)

    report = seeded_desk.import_paths([folder], started=started)
    assert [o.status for o in report.outcomes] == ["imported"] * 3, report.outcomes
    assert sources(path) >= {"b_bridge.txt", "c_more.txt"}
    assert "a_ferry.txt" not in sources(path)
    first, second, third = report.outcomes
    assert "restored from a backup by another program" in second.message
    assert "1 file" in second.message and "import" in second.message
    assert not first.message and not third.message


def test_without_a_way_to_open_the_desk_again_the_file_fails_in_words(
    seeded_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The importer on a bare store (no ``reopen``): the file fails, its line says why and
    what to do, and names no exception class."""
    path = seeded_desk.path
    saved = backup_now(path)
    article = tmp_path / "bridge.txt"
    article.write_text(BRIDGE, encoding="utf-8")
    store = Store(path)
    try:
        restored_before_its_write(monkeypatch, saved, path, "Pellow")
        report = importer.import_paths(
            store, [article], reviewer="tester", index=crossref.index_article,
            prepare=crossref.prepare,
        )  # fmt: skip
    finally:
        store.close()
    [outcome] = report.outcomes
    assert outcome.status == "failed"
    assert "restored from a backup by another program" in outcome.message
    assert "DeskReplacedError" not in outcome.message
    assert "bridge.txt" not in sources(path)
