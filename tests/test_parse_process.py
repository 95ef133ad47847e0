"""The read-ahead parsed in a second process (issue 15): same desk, and every failure of the
child falls back to parsing here with no article lost or doubled, the child never left running.

The children here are stand-ins from ``parse_children`` (no second spaCy load); the equality
test runs the real packing and reading back in this process."""

from __future__ import annotations

import gc
import os
import sqlite3
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path

import parse_children
import pytest
from factdesk.desk.service import Desk
from factdesk.ingest import importer
from factdesk.language import parse, parse_process
from factdesk.language.parse_process import ParseProcess
from factdesk.settings.config import load_config

READY_AT_MOST = parse_process.READY_WAIT
"""How long a test's child has to say it is ready, or to write what it was sent: the
importer's own patience. ``ready`` returns as soon as the child speaks (every child here speaks
or dies), so a sound child costs nothing; a 5 s wait raced a spawned interpreter's start on a
loaded machine (not ready: the ask was skipped, or the test failed on a sound child)."""

ARTICLES = [
    "Harbour board chair Ilse Varnholt said on Monday that 14 ferries would stop at Quellport.",
    "The Quellport council approved a 3% rise in mooring fees, treasurer Odo Brancke said.",
    "Ilse Varnholt told reporters that 14 ferries would stop at Quellport from June.",
    "Fishermen in Dunmarrow said the catch fell by a third last year, according to their union.",
    "Treasurer Odo Brancke said the council approved a 3% rise in mooring fees on Tuesday.",
]


class InProcess:
    """The helper's part, done in this process at ``take``: the window's paragraphs parsed,
    packed as the child packs them and read back into the cache as the importer reads the
    child's answer.

    ``keep``: the last bodies of each window it is not asked for (as ``ParseProcess.ask``
    leaves them to the importer once ``balanced`` says so; one is always sent). ``fail_at``:
    the take (1 = the first) whose answer does not come back; from then on it is gone, as a
    given-up child is (every ask refused)."""

    def __init__(self, loading: int = 1, keep: int = 0, fail_at: int = 0) -> None:
        self.asked: list[list[str]] = []
        self.taken = 0
        self.closed = False
        self.loading = loading
        self.keep = keep
        self.fail_at = fail_at
        self.failure = ""
        self._texts: list[str] | None = None

    def ask(self, bodies: list[str]) -> int:
        """Not ready for the first ``loading`` asks (a child loading its pipeline), then
        ready for every one, each window but its last ``keep`` bodies."""
        if self.failure or self._texts is not None or not bodies:
            return 0
        if self.loading:
            self.loading -= 1
            return 0
        sent = bodies[: len(bodies) - min(self.keep, len(bodies) - 1)]
        self._texts = parse.ahead_texts(sent)
        if not self._texts:
            self._texts = None
            return 0
        self.asked.append(sent)
        return len(sent)

    def take(self) -> bool:
        texts, self._texts = self._texts, None
        if texts is None or self.failure:
            return False
        self.taken += 1
        if self.taken == self.fail_at:
            self.failure = "no answer in time"
            return False
        parse.cache_packed(texts, parse_process.pack(texts))
        return True

    def __enter__(self) -> InProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.closed = True


def _files(folder: Path) -> list[Path]:
    folder.mkdir()
    for number, text in enumerate(ARTICLES):
        (folder / f"{number}.txt").write_text(f"Item {number}\n\n{text}\n", encoding="utf-8")
    return sorted(folder.glob("*.txt"))


def _stored(path: Path) -> list[list[tuple]]:
    """The claims with their speakers and the matches between them, ids and all."""
    conn = sqlite3.connect(path)
    tables = [
        'SELECT id, article_id, start, "end", text, speaker, sourcing, score, score_reasons,'
        " flags FROM claims",
        "SELECT * FROM claim_matches",
    ]
    try:
        return [sorted(conn.execute(query)) for query in tables]
    finally:
        conn.close()


def test_a_batch_parsed_beside_is_the_batch_parsed_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _files(tmp_path / "in")
    monkeypatch.setattr(importer, "READ_AHEAD", 2)  # three windows of five files
    parse.clear_cache()
    here = Desk.open(tmp_path / "here.db", config=load_config())
    assert here.import_paths(files).count("imported") == 5
    here.close()
    helper = InProcess()
    monkeypatch.setattr(importer, "_parse_process", lambda files: helper)
    parse.clear_cache()
    beside = Desk.open(tmp_path / "beside.db", config=load_config())
    assert beside.import_paths(files).count("imported") == 5
    beside.close()
    # the first window is parsed here while the child loads; the next two beside
    assert [len(bodies) for bodies in helper.asked] == [2, 1] and helper.taken == 2
    assert helper.closed
    stored = _stored(tmp_path / "here.db")
    assert stored[0] and stored[1] and stored == _stored(tmp_path / "beside.db")


def test_a_child_ready_inside_a_window_is_given_the_next_at_the_next_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A child still loading when the next window was read (two asks refused: the first
    window's and, as that window begins, the second's) is asked again before each file: it
    parses the second window while this process works on the first, instead of idling until
    the third (the second was parsed here then)."""
    files = _files(tmp_path / "in")
    monkeypatch.setattr(importer, "READ_AHEAD", 2)  # windows of 2, 2 and 1 files
    helper = InProcess(loading=2)
    monkeypatch.setattr(importer, "_parse_process", lambda files: helper)
    parse.clear_cache()
    desk = Desk.open(tmp_path / "beside.db", config=load_config())
    assert desk.import_paths(files).count("imported") == 5
    desk.close()
    assert [len(bodies) for bodies in helper.asked] == [2, 1] and helper.taken == 2


def _import(path: Path, files: list[Path]) -> list[tuple[str, ...]]:
    """Import ``files`` into a new desk at ``path`` with nothing cached before; the bodies
    parsed in this process ahead of extraction (``parse.parse_ahead`` as the importer calls
    it), each call as the invented articles it held."""
    calls: list[tuple[str, ...]] = []
    ahead = importer.parse_ahead

    def recording(bodies: Sequence[str]) -> None:
        calls.append(tuple(a for body in bodies for a in ARTICLES if a in body))
        ahead(bodies)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(importer, "parse_ahead", recording)
        parse.clear_cache()
        desk = Desk.open(path, config=load_config())
        try:
            assert desk.import_paths(files).count("imported") == len(files)
        finally:
            desk.close()
    return calls


def test_the_bodies_a_child_is_not_asked_for_are_parsed_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """review35 item 5: a child asked for part of each window (``keep``: the last body kept)
    gets the first, this process parses the rest of the window before writing it (``_beside``:
    ``bodies[current.sent:]``), and the desk is the desk of an import parsed all here."""
    files = _files(tmp_path / "in")
    monkeypatch.setattr(importer, "READ_AHEAD", 2)  # windows of 2, 2 and 1 files
    here = _import(tmp_path / "here.db", files)
    assert here == [tuple(ARTICLES[:2]), tuple(ARTICLES[2:4]), tuple(ARTICLES[4:])]
    helper = InProcess(loading=0, keep=1)
    monkeypatch.setattr(importer, "_parse_process", lambda files: helper)
    parsed = _import(tmp_path / "beside.db", files)
    first = [ARTICLES.index(a) for bodies in helper.asked for body in bodies for a in ARTICLES
             if a in body]  # fmt: skip
    assert first == [0, 2, 4] and helper.taken == 3 and helper.closed
    assert [bodies for bodies in parsed if bodies] == [(ARTICLES[1],), (ARTICLES[3],)]
    stored = _stored(tmp_path / "here.db")
    assert stored[0] and stored[1] and stored == _stored(tmp_path / "beside.db")


@pytest.mark.parametrize(("fail_at", "parsed_here"), [(1, [0, 1, 2, 3, 4]), (2, [2, 3, 4])])
def test_a_child_that_fails_mid_import_leaves_the_rest_parsed_here(
    fail_at: int, parsed_here: list[int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """review35 item 5: the child's answer fails at its first or second take: that window
    and every one after it are parsed here (the child, given up, is asked for nothing more),
    no article is lost or doubled, and the desk is the desk of an import parsed all here."""
    files = _files(tmp_path / "in")
    monkeypatch.setattr(importer, "READ_AHEAD", 2)
    _import(tmp_path / "here.db", files)
    helper = InProcess(loading=0, fail_at=fail_at)
    monkeypatch.setattr(importer, "_parse_process", lambda files: helper)
    parsed = _import(tmp_path / "beside.db", files)
    assert len(helper.asked) == fail_at and helper.closed
    assert [ARTICLES.index(a) for bodies in parsed for a in bodies] == parsed_here
    stored = _stored(tmp_path / "here.db")
    assert stored[0] and stored[1] and stored == _stored(tmp_path / "beside.db")


def test_a_child_slower_than_the_importer_is_asked_for_fewer_bodies() -> None:
    """The importer waited for the answer: the next window's last bodies are kept to parse
    here, as many as even the wait out at the child's pace (waited 0.4 s, 0.1 s a body: 2
    kept, a body moving 0.1 s from one side to the other); an answer already there when
    taken gives the child one more; a wait under half a body's parse changes nothing."""
    balanced = parse_process.balanced
    assert balanced(0, answered=False, waited=0.4, each=0.1) == 2
    assert balanced(2, answered=True, waited=0.0, each=0.1) == 1
    assert balanced(0, answered=True, waited=0.0, each=0.1) == 0
    assert balanced(1, answered=False, waited=9.0, each=10.0) == 2  # one at least
    assert balanced(2, answered=False, waited=0.4, each=1.0) == 2
    assert balanced(2, answered=False, waited=0.4, each=0.0) == 2  # no pace measured


def test_the_last_windows_halve_when_a_child_parses_beside() -> None:
    """With a child, the batch ends on windows of one article (the last is written here with
    nothing left for the child to parse); without one, every window is ``READ_AHEAD`` long
    (one batch of parsing each). Every file is in one window, in order."""
    assert importer.READ_AHEAD == 8
    for count in (1, 9, 17, 57):
        for beside in (True, False):
            bounds = importer._window_bounds(count, beside)
            assert [start for start, _ in bounds] == [0, *(end for _, end in bounds[:-1])]
            assert bounds[-1][1] == count
    assert [end - start for start, end in importer._window_bounds(17, True)] == [8, 5, 2, 1, 1]
    assert [end - start for start, end in importer._window_bounds(17, False)] == [8, 8, 1]


def test_the_helper_is_closed_when_the_import_stops(
    desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    helper = InProcess()
    monkeypatch.setattr(importer, "_parse_process", lambda files: helper)
    for name in "abc":
        (tmp_path / f"{name}.txt").write_text("", encoding="utf-8")  # fails: nothing parsed

    def interrupt(done: int, total: int, path: str) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        desk.import_paths(sorted(tmp_path.glob("*.txt")), progress=interrupt)
    assert helper.closed


BODY = "Item\n\nHarbour board chair Ilse Varnholt said 14 ferries would stop at Quellport.\n"


@pytest.mark.parametrize(
    ("child", "why"),
    [
        ("exits", ""),  # EOFError or a reset, as the timing falls
        ("refuses", "language model refused here"),
        ("hangs", "no answer in time"),
        ("garbles", ""),
    ],
)
@pytest.mark.parametrize("fork", [False, True])
def test_a_child_that_fails_is_given_up_and_ended(
    child: str, why: str, fork: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parse_process, "WAIT_BASE", 0.3)
    monkeypatch.setattr(parse_process, "CLOSE_WAIT", 0.2)
    helper = ParseProcess(target=f"{parse_children.__name__}:{child}", fork=fork)
    with helper:
        if helper.ready(READY_AT_MOST):  # those that load
            assert helper.ask([BODY])
        assert not helper.take()
        assert helper.failure and why in helper.failure
        assert not helper.alive and not helper.ask([BODY])  # later windows: parsed here
    assert helper._process is not None and helper._process.returncode is not None


@pytest.mark.parametrize("fork", [False, True])
def test_a_child_exits_when_its_pipe_closes(fork: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """Forked, the child holds no copy of the importer's end of the pipe (``_run_forked``
    closes it and every other descriptor), so it too sees the pipe close and exits."""
    monkeypatch.setattr(parse_process, "CLOSE_WAIT", 10.0)
    with ParseProcess(target=f"{parse_children.__name__}:waits", fork=fork) as helper:
        assert helper.ready(READY_AT_MOST) and helper.ask([BODY])
    assert helper._process is not None and helper._process.returncode == 0  # not terminated


def test_a_forked_child_parses_as_this_process_does() -> None:
    """issue 15: in a batch process the child is this process forked (``forkable``), the
    pipeline it loaded kept: the parses it sends back are the ones made here (every block's
    Doc the same tokens, tags, tree and entities), and extraction from them is the same."""
    from factdesk.extract.claims import extract_claims

    bodies = [f"Item {n}\n\n{text}\n" for n, text in enumerate(ARTICLES)]
    texts = parse.ahead_texts(bodies)
    parse.clear_cache()
    here = [parse_process.pack([text]) for text in texts]
    drafts = [[(d.text, d.speaker, d.sourcing) for d in extract_claims(b)] for b in bodies]
    parse.clear_cache()
    with ParseProcess(fork=True) as helper:
        assert helper.ready(READY_AT_MOST) and helper.ask(bodies) == len(bodies) and helper.take()
        assert isinstance(helper._process, parse_process._Forked)
    assert helper._process.returncode == 0
    assert all(parse._CACHE.get(parse._key(text)) is not None for text in texts)  # its answer
    assert [parse_process.pack([text]) for text in texts] == here
    again = [[(d.text, d.speaker, d.sourcing) for d in extract_claims(b)] for b in bodies]
    assert again == drafts and any(speaker for claims in drafts for _, speaker, _ in claims)


def test_only_a_batch_process_forks_its_child(monkeypatch: pytest.MonkeyPatch) -> None:
    """The app's process (threads of its own: the event loop, workers) spawns; a process that
    said it imports and exits (``model.settle``: the CLI, the bench) forks, on Linux."""
    from factdesk.language import model

    monkeypatch.setattr(model, "settled", lambda: False)
    assert not parse_process.forkable()
    monkeypatch.setattr(model, "settled", lambda: True)
    assert parse_process.forkable() == sys.platform.startswith("linux")
    elsewhere: list[bool] = []  # review36: an import run from a worker thread is the app's way
    worker = threading.Thread(target=lambda: elsewhere.append(parse_process.forkable()))
    worker.start()
    worker.join()
    assert elsewhere == [False]


def test_the_import_forks_its_child_only_where_forkable_says(
    desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The importer's wiring (review36 item 3): the child it starts is forked in a batch
    process's main thread, spawned from the app's (no batch) or from a worker thread. No
    child is started: what the importer passes is recorded."""
    from factdesk.language import model

    asked: list[bool] = []

    def recorded(*, fork: bool) -> InProcess:
        asked.append(fork)
        return InProcess()

    monkeypatch.setattr(importer, "worth_starting", lambda files, forked: True)
    monkeypatch.setattr(importer, "ParseProcess", recorded)
    empty = tmp_path / "none"
    empty.mkdir()
    monkeypatch.setattr(model, "settled", lambda: True)
    desk.import_paths([empty])
    worker = threading.Thread(target=lambda: desk.import_paths([empty]))
    worker.start()
    worker.join()
    monkeypatch.setattr(model, "settled", lambda: False)
    desk.import_paths([empty])
    assert asked == [sys.platform.startswith("linux"), False, False]


class _Finalized:
    """Garbage in a cycle (it refers to itself) whose finalizer writes the id of the process
    that ran it, one line to ``mark``."""

    def __init__(self, mark: Path) -> None:
        self.mark = mark
        self.cycle = self

    def __del__(self) -> None:
        with self.mark.open("a", encoding="utf-8") as out:
            out.write(f"{os.getpid()}\n")


def test_a_forked_child_finalizes_nothing_it_inherited(tmp_path: Path) -> None:
    """review36: the forked child runs ``serve``, whose ``model.settle`` collects cycles before
    it says it is ready. A cycle the importer left for its collector (a file with unwritten
    buffered lines, a desk's connection) finalized there would write, in the child, what the
    importer writes or closes itself: ``_run_forked`` freezes all it inherited first, so only
    the importer ever finalizes it."""
    from factdesk.language import model

    mark = tmp_path / "finalized"
    model.nlp()  # loaded before the garbage is made: no collection of the load's takes it here
    gc.disable()
    try:
        _Finalized(mark)
        with ParseProcess(fork=True) as helper:
            assert helper.ready(READY_AT_MOST)  # the child's collection ran before it said so
    finally:
        gc.enable()
    assert isinstance(helper._process, parse_process._Forked) and helper._process.returncode == 0
    gc.collect()
    assert mark.read_text(encoding="utf-8").split() == [str(os.getpid())]


def test_only_a_batch_on_more_than_one_core_starts_a_child(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(parse_process, "usable_cores", lambda: 2)
    monkeypatch.setattr(parse_process, "spare_cores", lambda: 1.2)
    least = parse_process.PARALLEL_FROM
    assert parse_process.worth_starting(least) and not parse_process.worth_starting(least - 1)
    monkeypatch.setattr(parse_process, "spare_cores", lambda: 0.1)  # a busy machine
    assert not parse_process.worth_starting(10 * least)
    monkeypatch.setattr(parse_process, "spare_cores", lambda: 1.2)
    monkeypatch.setattr(parse_process, "usable_cores", lambda: 1)
    assert not parse_process.worth_starting(10 * least)
    monkeypatch.setattr(parse_process, "usable_cores", lambda: 2)
    forked = parse_process.FORKED_FROM  # a fork has no start-up to repay: fewer files
    assert forked < least and not parse_process.worth_starting(forked)
    assert parse_process.worth_starting(forked, forked=True)
    assert not parse_process.worth_starting(forked - 1, forked=True)


def test_spare_cores_are_the_usable_ones_less_the_load(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parse_process, "usable_cores", lambda: 4)
    monkeypatch.setattr(parse_process.os, "getloadavg", lambda: (2.5, 0.0, 0.0))
    assert parse_process.spare_cores() == 1.5

    def unknown() -> tuple[float, float, float]:
        raise OSError("no load average here")

    monkeypatch.setattr(parse_process.os, "getloadavg", unknown)
    assert parse_process.spare_cores() == 3.0


MARKED = (
    "Lock repairs\n\n"
    "Saoirse \x1b[1mQuill\x1b[0m said the lower lock gates had leaked since March.\n\n"
    "Boatyard owner[/link] Tavish Orme told the canal trust that 6 moorings were closed.\n\n"
    "Смотритель \x1b[1mЛарион\x1b[0m Дьяков заявил, что шлюз закрыт до июня.\n\n"
    "Доглядачка [b]Мирослава[/b] Ткач повідомила, що ремонт коштуватиме 2 млн гривень.\n"
)
"""An invented article holding console markup (escapes, tags) inside and after names."""


def test_the_parse_child_reads_console_markup_as_this_process_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """review33: the plain parse child got the blocks without their cut, so it parsed them
    with the runs of spaces that console markup leaves (``parse._MARK_GAPS``, recorded by
    ``body_cut`` in the importer's process) open, and its parses gave other speakers than the
    importer's own ("Quill" for "Saoirse Quill"). The request now carries the gaps: a stand-in
    child keeps what crossed the pipe, and the test answers it as a fresh child would (no gaps
    of its own), then extracts from those parses."""
    import pickle
    from collections import OrderedDict

    from factdesk.extract.claims import extract_claims

    def claims() -> list[tuple]:
        return [(d.text, d.speaker, d.sourcing) for d in extract_claims(MARKED)]

    parse.clear_cache()
    here = claims()
    speakers = {speaker for _, speaker, _ in here}
    assert speakers >= {"Saoirse Quill", "Tavish Orme", "Мирослава Ткач"}
    mark = tmp_path / "request"
    monkeypatch.setenv("FACTDESK_TEST_CHILD_MARK", str(mark))
    parse.clear_cache()
    with ParseProcess(target=f"{parse_children.__name__}:keeps_request") as helper:
        assert helper.ready(READY_AT_MOST) and helper.ask([MARKED])
        deadline = time.monotonic() + READY_AT_MOST  # a bound only a broken child meets
        while not mark.exists():  # it used to give up silently after 5 s, then fail to read
            assert time.monotonic() < deadline, "the child never wrote the request it was sent"
            time.sleep(0.01)
    request = pickle.loads(mark.read_bytes())
    texts = parse.ahead_texts([MARKED])
    with monkeypatch.context() as child:  # a new interpreter: no body was ever cut there
        child.setattr(parse, "_MARK_GAPS", OrderedDict())
        parse.clear_cache()
        kind, packed = parse_process._parses(request)
    assert kind == "docs"
    parse.clear_cache()
    parse.cache_packed(texts, packed)  # what take() does with the answer
    assert claims() == here
