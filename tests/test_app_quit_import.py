"""``q`` while an import runs (issue 15): the app exits and the import stops at its next step.

The import runs in a thread the process waits for as it ends; without a cancellation the
screen went at once and the process then waited for the whole import, minutes, with no word.
The slow step here is a fake extraction that waits on an Event: bounded, no clock.
"""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

from factdesk.desk.service import Desk
from factdesk.ingest import importer
from factdesk.ui.app import FactDeskApp
from factdesk.ui.widgets.task_line import TaskLine
from snapshot_app import build_app, until

SIZE = (120, 40)


def _article(title: str, town: str, who: str) -> str:
    return (
        f"{title}\n\nBy L. Okafor, Valley Courier, 9 May 2023\n\n"
        f"{who}, who chairs the {town} water board, said the reservoir held 12 per cent "
        "less than a year ago. The board's engineers rejected claims that a pump had failed.\n"
    )


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "incoming"
    folder.mkdir()
    for name, title, town, who in (
        ("a.txt", "Reservoir low at Karavan", "Karavan", "Ines Dalca"),
        ("b.txt", "Pumps checked at Lindmoor", "Lindmoor", "Teodor Vasko"),
        ("c.txt", "Water board meets at Orsk Bay", "Orsk Bay", "Mira Holt"),
    ):
        (folder / name).write_text(_article(title, town, who), "utf-8")
    return folder


def _held_extraction(monkeypatch, held: str) -> tuple[threading.Event, threading.Event, list[str]]:
    """Extraction waits on ``release`` for the file named ``held`` (``entered`` says it is
    there); every file extraction started for is listed."""
    entered, release, started = threading.Event(), threading.Event(), []
    extract = importer._extract

    def slow(prepared: importer.Prepared):
        started.append(prepared.path.name)
        if prepared.path.name == held:
            entered.set()
            release.wait(timeout=60)
        return extract(prepared)

    monkeypatch.setattr(importer, "_extract", slow)
    return entered, release, started


def _app_watching_its_end(desk: Desk) -> tuple[FactDeskApp, threading.Event, list[object]]:
    """The app on ``desk``, an Event set when its import thread ends, and the list of the
    messages the app exits with (both tests of ``q`` ask what the import did after it)."""
    finished = threading.Event()
    original = desk.import_in_worker

    def watched(*args, **kwargs):
        try:
            return original(*args, **kwargs)
        finally:
            finished.set()

    desk.import_in_worker = watched  # type: ignore[method-assign]
    app = build_app(desk)
    exits: list[object] = []
    exit_app = app.exit

    def recording_exit(*args, **kwargs) -> None:
        exits.append(kwargs.get("message"))
        exit_app(*args, **kwargs)

    app.exit = recording_exit  # type: ignore[method-assign]
    return app, finished, exits


async def test_q_during_an_import_exits_and_leaves_no_half_article(
    seeded_desk: Desk, tmp_path, monkeypatch
) -> None:
    folder = _folder(tmp_path)
    article = seeded_desk.articles()[0].id
    claim = seeded_desk.claims(article)[0].id
    seeded_desk.set_verdict(claim, "disputed")
    before = seeded_desk.article_count()
    entered, release, started = _held_extraction(monkeypatch, "b.txt")

    app, finished, exits = _app_watching_its_end(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.start_import(folder)
        assert await until(pilot, entered.is_set, rounds=2000)
        status = app.screen.query_one("#import-status", TaskLine)
        # the line names the file the import is on (it said "Importing … incoming")
        assert await until(pilot, lambda: "now b.txt" in str(status.render()), rounds=400)
        await pilot.press("q")
        assert len(exits) == 1
        said = str(exits[0])
        assert "stopping the import of incoming at b.txt: b.txt is not imported" in said
        assert "import the same path again" in said
        # the step under way ends; the import stops before writing it
        release.set()
    # waited off the loop: a thread still running would call back into it
    assert await asyncio.to_thread(finished.wait, 60)
    assert app.return_code == 0
    assert started == ["a.txt", "b.txt"]  # c.txt was never begun
    titles = {a.title for a in seeded_desk.articles()}
    assert "Reservoir low at Karavan" in titles
    assert not titles & {"Pumps checked at Lindmoor", "Water board meets at Orsk Bay"}
    assert seeded_desk.article_count() == before + 1
    assert seeded_desk.claim(claim).verdict == "disputed"
    assert seeded_desk.background_check() is None


def test_a_cancelled_import_reports_the_files_written_before_it(
    seeded_desk: Desk, tmp_path, monkeypatch
) -> None:
    """The desk's import without the app: ``cancelled`` turning True once the first file is
    through stops it there; without ``cancelled`` (the CLI) all three are imported."""
    folder = _folder(tmp_path)
    done: list[str] = []
    report = seeded_desk.import_paths(
        [folder], lambda _n, _total, path: done.append(path), cancelled=lambda: bool(done)
    )
    assert [Path(o.path).name for o in report.outcomes] == ["a.txt"]
    assert report.summary().startswith("1 imported")
    again = seeded_desk.import_paths([folder])
    assert [o.status for o in again.outcomes] == ["unchanged", "imported", "imported"]


def test_an_import_nobody_can_stop_is_told_so_in_one_place(seeded_desk: Desk, monkeypatch) -> None:
    """mend31 (review30b item 4): "nobody can stop this import" has one home, the importer's
    ``never``; the desk passes that one on when its caller gives no ``cancelled``."""
    passed: list[object] = []
    monkeypatch.setattr(
        importer, "import_paths", lambda *_a, cancelled, **_k: passed.append(cancelled)
    )
    seeded_desk.import_paths([])
    assert passed == [importer.never]
    assert importer.never() is False


async def test_q_during_a_large_articles_extraction_abandons_it_at_once(
    seeded_desk: Desk, tmp_path, monkeypatch
) -> None:
    """One large article's parse and rules are one step of minutes: in the app they run in a
    child process (``ingest.extract_process``), and ``q`` kills it. Here the child is a
    stand-in that never answers and ignores SIGTERM (``parse_children.extracts_until_killed``):
    the import ends without it, nothing of that article is stored, the exit message names
    it, and importing the same folder again imports it and the file after it. "Large" is
    lowered to this test's articles; without the child, the extraction runs in the import's
    thread and the stand-in is never reached."""
    import os

    import parse_children
    from factdesk.ingest import extract_process

    folder = _folder(tmp_path)
    mark = tmp_path / "child.pid"
    monkeypatch.setenv("FACTDESK_TEST_CHILD_MARK", str(mark))
    monkeypatch.setattr(extract_process, "TARGET",
                        f"{parse_children.__name__}:extracts_until_killed")  # fmt: skip
    before = seeded_desk.article_count()
    in_child = importer._in_child

    def only_b(prepared: importer.Prepared, cancelled: importer.Cancelled) -> bool:
        return prepared.path.name == "b.txt" and in_child(prepared, cancelled)

    monkeypatch.setattr(importer, "LARGE", 1)
    monkeypatch.setattr(importer, "_in_child", only_b)

    app, finished, exits = _app_watching_its_end(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.start_import(folder)
        assert await until(pilot, mark.exists, rounds=4000)  # the child is inside b.txt
        await pilot.press("q")
        said = str(exits[0])
        assert "stopping the import of incoming at b.txt: b.txt is not imported" in said
    # nothing is released: the import ends because the child was abandoned
    assert await asyncio.to_thread(finished.wait, 60)
    pid = int(mark.read_text())
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        pass
    else:
        raise AssertionError(f"the extraction child {pid} is still running")
    titles = {a.title for a in seeded_desk.articles()}
    assert "Reservoir low at Karavan" in titles
    assert not titles & {"Pumps checked at Lindmoor", "Water board meets at Orsk Bay"}
    assert seeded_desk.article_count() == before + 1
    assert seeded_desk.background_check() is None
    again = seeded_desk.import_paths([folder])  # the CLI's way: extracted here
    assert [o.status for o in again.outcomes] == ["unchanged", "imported", "imported"]
    assert all(o.claims for o in again.outcomes[1:])


def test_a_child_that_fails_leaves_the_large_article_to_this_process(
    seeded_desk: Desk, tmp_path, monkeypatch
) -> None:
    """The child can only save time: one that dies before answering, in an import that can
    be stopped, leaves every article extracted here, with its claims."""
    import parse_children
    from factdesk.ingest import extract_process

    folder = _folder(tmp_path)
    monkeypatch.setattr(extract_process, "TARGET", f"{parse_children.__name__}:exits")
    monkeypatch.setattr(importer, "LARGE", 1)
    used: list[bool] = []
    abandonably = importer.extract_abandonably

    def counted(*args):
        drafts = abandonably(*args)
        used.append(drafts is None)
        return drafts

    monkeypatch.setattr(importer, "extract_abandonably", counted)
    report = seeded_desk.import_paths([folder], cancelled=lambda: False)
    assert used == [True, True, True]  # asked of the child, which gave nothing each time
    assert [o.status for o in report.outcomes] == ["imported"] * 3
    assert all(o.claims for o in report.outcomes)


def test_the_child_gives_the_drafts_and_parses_this_process_would_make(monkeypatch) -> None:
    """``extract_process.serve`` run here over a pipe (its SIGINT and freeze left out: this is
    the test's process): its drafts are ``extract_claims``'s, and its parses read back."""
    from multiprocessing import Pipe

    from factdesk.extract.claims import extract_claims
    from factdesk.ingest import extract_process
    from factdesk.language import model, parse, parse_process

    body = _article("Reservoir low at Karavan", "Karavan", "Ines Dalca")
    monkeypatch.setattr(parse_process.signal, "signal", lambda *args: None)
    monkeypatch.setattr(model, "settle", lambda: None)
    ours, theirs = Pipe()
    ours.send((body, "2023-05-09"))
    ours.send(None)
    extract_process.serve(theirs)
    assert ours.recv() == ("ready", None)
    kind, (drafts, blocks, packed) = ours.recv()
    assert kind == "drafts"
    assert drafts == extract_claims(body, article_date="2023-05-09")
    assert drafts and any(d.speaker == "Ines Dalca" for d in drafts)
    assert blocks and packed is not None
    parse.clear_cache()
    parse.cache_packed(blocks, packed)  # raises when they do not read back as these blocks


async def test_the_import_line_names_the_folder_and_the_imports_waiting(
    seeded_desk: Desk, tmp_path, monkeypatch
) -> None:
    """Folders given to ``i`` while one imports wait their turn; the queue's line names the
    folder it is on and how many more wait, from the moment one is added (the line said
    "Importing 1/3 b.txt" for each in turn: shift34, four folders one after another)."""
    first = _folder(tmp_path)
    second, third = tmp_path / "later", tmp_path / "last"
    for folder, name in ((second, "e.txt"), (third, "d.txt")):
        folder.mkdir()
        (folder / name).write_text(_article(f"Tide gauge moved at {folder.name}",
                                            "Skerry", "Ola Brun"), "utf-8")  # fmt: skip
    entered, release, _started = _held_extraction(monkeypatch, "b.txt")
    # the second folder's file is held too, so its line ("· 1 more waiting") stays up to be
    # read: without the hold it could pass before the test looked
    entered_later, release_later, _ = _held_extraction(monkeypatch, "e.txt")
    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.start_import(first)
        assert await until(pilot, entered.is_set, rounds=2000)
        status = app.screen.query_one("#import-status", TaskLine)
        assert await until(pilot, lambda: "now b.txt" in str(status.render()), rounds=400)
        assert "Importing incoming" in str(status.render())
        app.start_import(second)
        app.start_import(third)
        await pilot.pause()
        # said while b.txt is still being read: no progress step came in between
        assert "Importing incoming · 2 more waiting" in str(status.render())
        assert "now b.txt" in str(status.render())
        release.set()
        assert await until(pilot, entered_later.is_set, rounds=4000)
        assert await until(pilot, lambda: "now e.txt" in str(status.render()), rounds=400)
        assert "Importing later · 1 more waiting" in str(status.render())
        release_later.set()
        wanted = {"Tide gauge moved at later", "Tide gauge moved at last"}
        assert await until(
            pilot, lambda: wanted <= {a.title for a in seeded_desk.articles()}, rounds=4000
        )
        await app.workers.wait_for_complete()
        await pilot.pause()
