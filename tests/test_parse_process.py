"""The read-ahead parsed in a second process (issue 15): same desk, and every failure of the
child falls back to parsing here with no article lost or doubled, the child never left running.

The children here are stand-ins from ``parse_children`` (no second spaCy load); the equality
test runs the real packing and reading back in this process."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import parse_children
import pytest
from factdesk.desk.service import Desk
from factdesk.ingest import importer
from factdesk.language import parse, parse_process
from factdesk.language.parse_process import ParseProcess
from factdesk.settings.config import load_config

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
    child's answer."""

    def __init__(self, loading: int = 1) -> None:
        self.asked: list[list[str]] = []
        self.taken = 0
        self.closed = False
        self.loading = loading
        self._texts: list[str] | None = None

    def ask(self, bodies: list[str]) -> int:
        """Not ready for the first ``loading`` asks (a child loading its pipeline), then
        ready for every one, each window whole."""
        if self.loading:
            self.loading -= 1
            return 0
        self._texts = parse.ahead_texts(bodies)
        self.asked.append(bodies)
        return len(bodies) if self._texts else 0

    def take(self) -> bool:
        texts, self._texts = self._texts, None
        assert texts
        parse.cache_packed(texts, parse_process.pack(texts))
        self.taken += 1
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


def test_a_child_slower_than_the_importer_is_asked_for_fewer_bodies(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The importer waited for the answer: the next window's last bodies are kept to parse
    here, as many as even the wait out at the child's pace (waited 0.3 s, 0.1 s a body: 2 of
    8 kept, a body moving 0.1 s from one side to the other); an answer already there when
    taken gives the child one more; the child is always asked for one at least."""
    with ParseProcess(target=f"{parse_children.__name__}:waits") as helper:
        assert helper.ready(5.0)
        monkeypatch.setattr(parse_process.time, "monotonic", lambda: 100.0)
        helper._sent, helper._asked_at = 8, 99.2
        helper._balance(answered=False, waited=0.3)
        assert helper.ask([BODY] * 8) == 6
        helper._asked = None  # (taken)
        helper._balance(answered=True, waited=0.0)
        assert helper.ask([BODY] * 8) == 7
        helper._asked = None
        helper._sent, helper._asked_at = 1, 90.0
        helper._balance(answered=False, waited=9.0)
        assert helper.ask([BODY] * 3) == 1
        helper._asked = None
        helper._sent, helper._asked_at = 1, 99.0
        helper._balance(answered=False, waited=0.4)  # under half a body: as it was
        assert helper.ask([BODY] * 8) == 6


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
def test_a_child_that_fails_is_given_up_and_ended(
    child: str, why: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parse_process, "WAIT_BASE", 0.3)
    monkeypatch.setattr(parse_process, "CLOSE_WAIT", 0.2)
    helper = ParseProcess(target=f"{parse_children.__name__}:{child}")
    with helper:
        if helper.ready(5.0):  # those that load
            assert helper.ask([BODY])
        assert not helper.take()
        assert helper.failure and why in helper.failure
        assert not helper.alive and not helper.ask([BODY])  # later windows: parsed here
    assert helper._process is not None and helper._process.returncode is not None


def test_a_child_exits_when_its_pipe_closes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parse_process, "CLOSE_WAIT", 10.0)
    with ParseProcess(target=f"{parse_children.__name__}:waits") as helper:
        assert helper.ready(5.0) and helper.ask([BODY])
    assert helper._process is not None and helper._process.returncode == 0  # not terminated


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
        assert helper.ready(5.0) and helper.ask([MARKED])
        for _ in range(500):
            if mark.exists():
                break
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
