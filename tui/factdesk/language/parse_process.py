"""A second process that parses an import's next read-ahead window while this one works.

Why (issue 15): parsing is about two thirds of an import's CPU (57 articles: 70 ms of 104 ms
an article), and the rest (extraction rules, names, matching, scores, SQL) never needs the
parser to be waiting. A batch import hands window N+1's paragraphs to this process, then
extracts and writes window N; the parses come back as one ``DocBin`` (about 2% of their
parsing time to pack and read) and go into the parse cache, where extraction finds them.

What stays true whatever the child does: it only fills the cache. Every article is still
extracted and written by the importer in this process, in order, once; a paragraph the cache
lacks is parsed here as without a child. So any failure of the child (it cannot start, its
model is refused, it crashes, an answer does not arrive in time or does not read back) closes
it and the import goes on parsing in-process, with no article lost or doubled.

The child is spawned, a new interpreter (the app imports from a worker thread, where forking
is unsafe; see ``ParseProcess``), loads the same verified pipeline (``model.nlp``: the sha256
check included), ignores Ctrl+C (the import decides), and exits when its pipe closes: when
the import ends (``close``, however it ends) or the process that started it dies. In a batch
process on Linux (``forkable``: the CLI's import, the import bench) it is forked instead, with
the pipeline this process has loaded: the spawned child's start-up (a second interpreter,
spaCy imported and the pipeline loaded again: 1.3-1.6 s of CPU, about a fifth of the CPU of
an import of 57 articles beside it) is not paid, and the child is ready at once.
"""

from __future__ import annotations

import gc
import importlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from contextlib import suppress
from multiprocessing.connection import Connection
from typing import Any, NoReturn

from factdesk.language import model, parse

PARALLEL_FROM = 40
"""The fewest files an import starts the child for. Its start-up (spaCy imported and the
pipeline loaded again) is 1.6-2.0 s of CPU and 4-5 s of wall time at load 8 here; the import
goes on parsing here meanwhile (``ParseProcess.ready``), about 20 articles on a quiet machine
and some 30 at load 8 (57 articles: the parent's CPU fell 4.9 -> 3.4 s, about 45% of the
parsing moved). A batch of fewer than 40 would hand it a window or two: its start-up's CPU for
no time saved. Those figures are a spawned child's (the app's import); a forked one starts
from ``FORKED_FROM``."""
FORKED_FROM = 5
"""The fewest files an import forks its child for (a batch process: ``forkable``). A fork
has no start-up to repay: importing N real articles (seeds and READ splits, in turns here /
beside, two runs a side, 7 December 2026 at load 16-23, ``time.process_time`` plus the
child's rusage) cost 1.16 -> 1.24 s of CPU at N=5, 1.61 -> 1.67 at 10, 2.37 -> 2.48 at 20,
4.02 -> 4.16 at 40 (3-5% more, the parses' packing and reading back), the child parsing
0.26-1.5 s of it from N=5 up. Its wall time was not read on a quiet machine (at that load it
fell, 11.4 -> 8 s at N=5, but only a spare core lets it: ``SPARE_LEAST``)."""
WAIT_BASE = 30.0
WAIT_PER_TEXT = 0.25
"""Seconds an answer may take (base, plus per paragraph; a paragraph parses in ~10 ms on a
quiet machine): past that the child is taken as hung, closed, and the window parsed here."""
READY_WAIT = 120.0
"""Seconds the child has to load its pipeline (~2 s on a quiet machine) before it is given up."""
CLOSE_WAIT = 2.0
"""Seconds the child has to exit once its pipe is closed, before it is terminated (then as
long again before it is killed)."""


def usable_cores() -> int:
    """Cores this process may run on (its affinity, where the platform tells it)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


SPARE_LEAST = 0.5
"""Of a core, idle on average over the last minute, for the child to be started. Measured
(``bench import``: 57 articles, two cores, 4 December): with about a core idle (load 0.9-1.1)
the child took the import from 1.48x to 1.27-1.30x the wall time of ``nlp.pipe`` alone; on a
busy machine (load 2.3-3.7) it made the import slower (1.51-1.55x -> 1.72x), its parse
queueing for the same core as the importer's work and its start-up paid for nothing."""


def spare_cores() -> float:
    """Cores idle on average over the last minute: the usable ones less the load average
    (where the platform has none, all but one, as if this process were alone)."""
    cores = usable_cores()
    try:
        return cores - os.getloadavg()[0]
    except (AttributeError, OSError):  # no load average on this platform
        return float(cores - 1)


def worth_starting(files: int, *, forked: bool = False) -> bool:
    """Whether an import of ``files`` files should parse in a second process: a batch big
    enough to repay the child's start-up (``PARALLEL_FROM``; ``FORKED_FROM`` for a child
    ``forked`` from this process), on a machine with a core to spare for it."""
    least = FORKED_FROM if forked else PARALLEL_FROM
    return files >= least and usable_cores() > 1 and spare_cores() >= SPARE_LEAST


def forkable() -> bool:
    """Whether the read-ahead's child may be forked from this process (``ParseProcess``'s
    ``fork``) rather than spawned: on Linux, in a batch process (``model.settled``: one that
    imports and exits, whose threads are its own progress line or bar, never the app's event
    loop and workers), from its main thread (review36: an import run from a worker thread is
    the app's way, ``settle`` or not, and is spawned). The forked child touches nothing of
    this process but the pipeline and its own end of the pipe (``_run_forked``)."""
    return (
        sys.platform.startswith("linux")
        and hasattr(os, "fork")
        and model.settled()
        and threading.current_thread() is threading.main_thread()
    )


def serve(conn: Connection) -> None:
    """The child: say it is ready once its pipeline is loaded, then answer each list of
    texts (sent with their console markup gaps: ``_parses``) with the ``DocBin`` bytes of
    their parses (made by ``parse.parse_all``, exactly as the importer would make them), until
    the pipe closes or ``None`` arrives. A refused model is answered once with its message,
    then it exits."""
    serve_requests(conn, _parses)


def _parses(request: tuple[list[str], dict[str, Any]]) -> tuple[str, Any]:
    """The parses of the blocks asked for, read with the console markup gaps the importer's
    cut found in them (``parse.note_gaps``): this process cuts no body, so it read them open
    and its parses were not the ones the importer would have made."""
    texts, gaps = request
    parse.note_gaps(gaps)
    packed = pack(texts)
    parse.clear_cache()  # the importer keeps the parses; a second copy here is waste
    return ("docs", packed)


def serve_requests(conn: Connection, answer: Callable[[Any], tuple[str, Any]]) -> None:
    """Every child's loop, one home for it (the read-ahead parser here, the large article's
    extraction in ``ingest.extract_process``): Ctrl+C left to the importing process, the
    verified pipeline loaded (a refused model answered once with its message, then exit),
    "ready" said, then ``answer(request)`` sent back for each request until the pipe closes,
    ``None`` arrives or the importer has gone."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the importing process's to act on
    from factdesk.language import model

    model.settle()  # this process works and exits: its pipeline may be frozen
    try:
        model.nlp()
    except model.ModelError as error:
        answer_back(conn, ("error", str(error)))
        return
    if not answer_back(conn, ("ready", None)):
        return
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        if request is None or not answer_back(conn, answer(request)):
            return


def pack(texts: list[str]) -> bytes:
    """The ``DocBin`` bytes of ``parse.parse_all(texts)``: what ``parse.cache_packed`` reads."""
    from spacy.tokens import DocBin

    packed = DocBin(store_user_data=False)  # every token attribute, its default
    for doc in parse.parse_all(texts):
        packed.add(doc)
    return packed.to_bytes()


def answer_back(conn: Connection, message: tuple[str, Any]) -> bool:
    """Send ``message`` to the importer; False when it has gone (its end of the pipe closed)."""
    try:
        conn.send(message)
    except (OSError, ValueError):  # the importer has gone
        return False
    return True


_CHILD = (
    "import importlib, sys; from multiprocessing.connection import Connection; "
    "module, name = sys.argv[1].split(':'); "
    "getattr(importlib.import_module(module), name)(Connection(int(sys.argv[2])))"
)
"""What the child runs: the named function, handed its end of the pipe."""


def balanced(keep: int, *, answered: bool, waited: float, each: float) -> int:
    """How many of each window's last bodies the importer keeps to parse itself after an
    answer, ``keep`` before it: the answer already there when taken (the child had time to
    spare: one fewer), or waited for (``waited`` seconds) more than half a body's parse
    (``each``: seconds per body at the child's pace since the ask; the importer had time to
    spare: as many more as even the two sides out). Moving one body moves about one body's
    parse from one side to the other, so this settles where neither waits long, whatever the
    load makes of either side's speed. A function of its own so that a test reaches it
    without a child or the handle's state (review35 item 5)."""
    if answered:
        return max(0, keep - 1)
    if 0 < each < 2 * waited:
        return keep + max(1, round(waited / (2 * each)))
    return keep


class ParseProcess:
    """The importer's handle on the child: at most one window asked at a time (``ask``, then
    ``take`` before the next ``ask``), so neither side can block the other on a full pipe.

    The child is a new interpreter (spawned, as ``multiprocessing``'s "spawn" does, but run
    with ``-c``: the spawn method would run the importing script's ``__main__`` again in the
    child, and a script without a main guard would import, and write, a second time there).
    It gets this process's ``sys.path``, no terminal (its own session, so Ctrl+C reaches only
    the importer, and nothing it prints lands on the app's screen), and one end of a socket
    pair. ``target`` ("module:function") is what it runs: ``serve``, or a test's stand-in.
    With ``fork`` (``forkable``) it is this process forked instead, once there is something to
    parse (the first ``ready``), after the pipeline is loaded here (this process parses its
    share of each window with it): the child's start-up is then a fork, not a second load."""

    def __init__(self, target: str = f"{__name__}:serve", *, fork: bool = False) -> None:
        ours, theirs = socket.socketpair()
        self._conn = Connection(ours.detach())
        self._unforked: tuple[str, socket.socket] | None = None
        """(target, the child's end of the pipe) of a forked child not started yet."""
        self._asked: list[str] | None = None
        self._sent = 0
        self._asked_at = 0.0
        self._keep = 0
        """Of each window's bodies, how many (the last) the importer parses itself
        (``_balance``)."""
        self._ready = False
        self._started = time.monotonic()
        self._process: subprocess.Popen[bytes] | _Forked | None = None
        self.failure = ""
        """Why the child was given up, when it was (for tests and the benchmark)."""
        if fork:
            self._unforked = (target, theirs)
            return
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
        try:
            self._process = subprocess.Popen(
                [sys.executable, "-c", _CHILD, target, str(theirs.fileno())],
                pass_fds=[theirs.fileno()], env=env, start_new_session=True,
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )  # fmt: skip
        except Exception as error:  # no process to be had: parse here
            self._give_up(f"not started: {error}")
        finally:
            theirs.close()

    @property
    def alive(self) -> bool:
        return not self.failure

    def ready(self, wait: float = 0.0) -> bool:
        """Whether the child has loaded its pipeline (waiting up to ``wait`` seconds to hear
        so). Until it has, the importer parses here rather than wait for it: its start-up
        (~1.5 s of CPU) then costs no wall time where a core is free. A child not ready
        ``READY_WAIT`` seconds after its start is given up. A child to fork is forked now."""
        if self._unforked is not None and self.alive:
            self._fork(*self._unforked)
        if self._ready or not self.alive:
            return self._ready
        try:
            if self._conn.poll(wait):
                kind, payload = self._conn.recv()
                if kind != "ready":
                    self._give_up(str(payload))
                    return False
                self._ready = True
        except Exception as error:  # died while loading (EOF)
            self._give_up(f"{type(error).__name__}: {error}")
            return False
        if not self._ready and time.monotonic() - self._started > READY_WAIT:
            self._give_up("not ready in time")
        return self._ready

    def ask(self, bodies: Sequence[str]) -> int:
        """Send the blocks ``parse.parse_ahead`` would parse for the first of ``bodies`` (all
        but the last ``keep``: ``_balance``); how many bodies were sent, 0 when none were (no
        blocks, the child not ready or gone): the caller parses the others here."""
        if self._asked is not None or not bodies or not self.ready():
            return 0
        self._keep = min(self._keep, len(bodies) - 1)  # the child gets one at least
        sent = bodies[: len(bodies) - self._keep]
        texts = parse.ahead_texts(sent)
        if not texts:
            return 0
        try:
            self._conn.send((texts, parse.mark_gaps(texts)))
        except Exception as error:
            self._give_up(f"not sent: {error}")
            return 0
        self._asked, self._sent, self._asked_at = texts, len(sent), time.monotonic()
        return len(sent)

    def take(self) -> bool:
        """Put the parses of what was asked in the cache; False (and the child closed) when
        they did not come back whole and in time."""
        texts, self._asked = self._asked, None
        if texts is None or not self.alive:
            return False
        try:
            answered = self._conn.poll(0)
            began = time.monotonic()
            if not answered and not self._conn.poll(WAIT_BASE + WAIT_PER_TEXT * len(texts)):
                self._give_up("no answer in time")
                return False
            self._balance(answered, time.monotonic() - began)
            kind, payload = self._conn.recv()
            if kind != "docs":
                self._give_up(str(payload))
                return False
            parse.cache_packed(texts, payload)
        except Exception as error:  # died (EOF), or an answer that does not read back
            self._give_up(f"{type(error).__name__}: {error}")
            return False
        return True

    def _balance(self, answered: bool, waited: float) -> None:
        """How many bodies of the next window to keep for the importer to parse (``keep``),
        from how this answer came (``balanced``)."""
        each = (time.monotonic() - self._asked_at) / max(1, self._sent)
        self._keep = balanced(self._keep, answered=answered, waited=waited, each=each)

    def _fork(self, target: str, theirs: socket.socket) -> None:
        """Fork the child (``fork``): the pipeline loaded here first (a refused model gives
        the child up: this process meets the refusal itself, on its own parse), ``target``
        found here, this process's buffered output written out (else the child's copy of it
        could be written twice)."""
        self._unforked = None
        try:
            model.nlp()
            run = _function(target)
            for stream in (sys.stdout, sys.stderr):
                with suppress(Exception):
                    stream.flush()
            pid = os.fork()
        except Exception as error:
            theirs.close()
            self._give_up(f"not started: {error}")
            return
        if pid == 0:
            _run_forked(run, theirs, self._conn)
        theirs.close()
        self._process = _Forked(pid)
        self._started = time.monotonic()

    def _give_up(self, why: str) -> None:
        self.failure = self.failure or why
        self.close()

    def close(self) -> None:
        """End the child and the pipe (closed: the child reads its end and exits; terminated,
        then killed, if it does not within seconds). Idempotent. Nothing is sent: a write to a
        pipe the child is not reading could block."""
        self._conn.close()
        if self._unforked is not None:  # never forked: nothing was ever asked of it
            self._unforked[1].close()
            self._unforked = None
        process = self._process
        if process is None:
            return
        try:
            process.wait(CLOSE_WAIT)
        except subprocess.TimeoutExpired:
            process.terminate()
            try:
                process.wait(CLOSE_WAIT)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

    def __enter__(self) -> ParseProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _function(target: str) -> Callable[[Connection], object]:
    """The function a "module:function" ``target`` names (what ``_CHILD`` runs in a spawned
    child), found in this process for a forked one."""
    module, name = target.split(":")
    found: Callable[[Connection], object] = getattr(importlib.import_module(module), name)
    return found


def _run_forked(run: Callable[[Connection], object], theirs: socket.socket,
                ours: Connection) -> NoReturn:  # fmt: skip
    """The forked child: what a spawned one gets (its own session, no terminal, only its end
    of the pipe: the importer's end and every other descriptor closed, so it sees the pipe
    close when the importer goes), then ``run``, then out by ``os._exit``: never back up the
    importer's stack (its ``finally`` blocks and exit handlers are the importer's, not this
    copy's). What it inherited is frozen (``gc.freeze``): no finalizer of the importer's
    objects runs here. Fresh ``sys.stdout``/``stderr``: a lock another thread of the importer
    held at the fork stays held in this copy."""
    code = 1
    try:
        gc.freeze()
        ours.close()
        os.setsid()
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        null = os.open(os.devnull, os.O_RDWR)
        for descriptor in (0, 1, 2):
            os.dup2(null, descriptor)
        keep = theirs.fileno()
        os.closerange(3, keep)
        os.closerange(keep + 1, os.sysconf("SC_OPEN_MAX"))
        sys.stdout = sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
        run(Connection(theirs.detach()))
        code = 0
    except BaseException:  # a child that fails is seen by its silence (EOF)
        code = 1
    finally:
        os._exit(code)


class _Forked:
    """A forked child, with the calls of ``subprocess.Popen`` its handle makes of a spawned
    one (``poll``, ``wait``, ``terminate``, ``kill``, ``returncode``)."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.returncode: int | None = None

    def poll(self) -> int | None:
        if self.returncode is None:
            try:
                done, status = os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:  # reaped elsewhere: gone, its status unknown (as Popen)
                self.returncode = 0
            else:
                if done:
                    self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        """Its exit code, waiting up to ``timeout`` seconds (``subprocess.TimeoutExpired``)."""
        end = None if timeout is None else time.monotonic() + timeout
        while (code := self.poll()) is None:
            if end is not None and time.monotonic() >= end:
                raise subprocess.TimeoutExpired("parse child", timeout or 0.0)
            time.sleep(0.005)
        return code

    def terminate(self) -> None:
        self._signal(signal.SIGTERM)

    def kill(self) -> None:
        self._signal(signal.SIGKILL)

    def _signal(self, number: int) -> None:
        if self.poll() is None:
            with suppress(ProcessLookupError):
                os.kill(self.pid, number)
