"""Run the real app (``python -m factdesk open``) in a pseudo-terminal, as a reviewer would.

Why a pty and not Textual's Pilot: the promises tested with it are about the process and the
terminal — a SIGKILL at any moment, and the exact bytes the app writes to the terminal — and
Pilot has neither a process to kill nor a terminal byte stream. The screen is read with
``pyte`` (a terminal emulator in Python), the raw bytes are kept as written.

Used by ``tests/test_crash_app.py``, ``tests/test_safety_terminal.py`` and
``bench/bench_soak.py``.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import signal
import struct
import subprocess
import sys
import termios
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pyte

COLUMNS, ROWS = 140, 40


PATIENCE = 6
"""Every wait's limit is this many times the one its caller names (see ``wait_for``).

3 was too few at load 20 (eight lanes' suites on two cores): ``make test`` runs these tests
niced beside its parallel workers and other lanes' jobs, the app (niced with them) got a few
per cent of a core, and a wait for twenty redraws ran out before the app had drawn them
(session 36: the hostile-article and hangup tests, flaky36). A well app ends every wait as
soon as it shows what is waited for, so the limit costs it nothing."""


class AppTimeout(AssertionError):
    """What the test waited for never appeared; the message shows the screen."""


class AppInPty:
    """One run of the app on one desk in a pty of ``COLUMNS`` x ``ROWS``."""

    def __init__(
        self,
        db: Path,
        *,
        env: dict[str, str] | None = None,
        args: tuple = (),
        ignore_hangup: bool = False,
    ) -> None:
        """``ignore_hangup``: the app starts with SIGHUP ignored, as when no hangup signal
        reaches it (run under make in a tmux pane that is killed): only its own check of
        the terminal can then notice the terminal is gone."""
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLUMNS, 0, 0))
        self.screen = pyte.Screen(COLUMNS, ROWS)
        self.stream = pyte.ByteStream(self.screen)
        self.raw = bytearray()
        self.raw_lock = threading.Lock()
        """Guards ``raw`` alone: a wait on the bytes written never waits for pyte's parse."""
        self.lock = threading.Lock()
        self.fed = threading.Event()
        """Set by the reader after each chunk: a wait reads the screen again only then."""
        self.watches: dict[str, threading.Event] = {}
        """Texts the reader looks for on the screen after every chunk (``watch``)."""
        full_env = {
            **os.environ,
            "FACTDESK_DB": str(db),
            "TERM": "xterm-256color",
            "COLORTERM": "truecolor",
            "TEXTUAL_ANIMATIONS": "none",
            "DISPLAY": "",
            "WAYLAND_DISPLAY": "",
            **(env or {}),
        }
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "factdesk", "open", "--db", str(db), *args],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=full_env,
            start_new_session=True,
            preexec_fn=_ignore_hangup if ignore_hangup else None,
        )
        os.close(slave)
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        while True:
            try:
                chunk = os.read(self.master, 65536)
            except OSError:
                return
            if not chunk:
                return
            with self.raw_lock:
                self.raw.extend(chunk)
            with self.lock:
                self.stream.feed(chunk)
                if self.watches:
                    self._look_for_watches()
            self.fed.set()

    def _look_for_watches(self) -> None:
        screen = "\n".join(self.screen.display)
        for text, seen in self.watches.items():
            if text in screen:
                seen.set()

    def watch(self, text: str) -> threading.Event:
        """An event set once ``text`` has been on the screen, however briefly.

        A toast stays 2.5 s; on a loaded machine the test's own thread (niced in ``make test``)
        can sleep through all of it, so a ``wait_for`` reading the screen afterwards never saw
        it (a kill test timed out at load 14 with the verdict saved and shown). The reader
        thread looks after every chunk instead, only while something is watched.
        """
        seen = threading.Event()
        with self.lock:
            self.watches[text] = seen
            self._look_for_watches()
        return seen

    def unwatch(self, text: str) -> None:
        with self.lock:
            self.watches.pop(text, None)

    # -- looking ----------------------------------------------------------------------------

    def text(self) -> str:
        with self.lock:
            return "\n".join(line.rstrip() for line in self.screen.display)

    def wait_for(self, test: str | re.Pattern | Callable[[str], bool], timeout: float = 15) -> str:
        """Wait until the screen shows ``test``; return the screen text.

        The wait ends as soon as the screen shows it, so the limit (``timeout`` times
        ``PATIENCE``) costs a well app nothing; it is long so that a loaded machine does not
        fail a well app (these tests run beside the parallel ones in ``make test``).
        The screen is read again only after the app wrote something (reading pyte's screen
        every 20 ms whatever happened was a third of a kill test's CPU).
        """
        check = _matcher(test)
        deadline = time.monotonic() + timeout * PATIENCE
        while time.monotonic() < deadline:
            self.fed.clear()
            screen = self.text()
            if check(screen):
                return screen
            if self.proc.poll() is not None:
                raise AppTimeout(f"the app exited ({self.proc.returncode}):\n{screen}")
            self.fed.wait(0.1)
        raise AppTimeout(f"waited {timeout * PATIENCE}s for {test!r}; the screen:\n{self.text()}")

    # -- acting -----------------------------------------------------------------------------

    def press(self, keys: str | bytes) -> None:
        os.write(self.master, keys.encode() if isinstance(keys, str) else keys)

    def kill(self) -> None:
        """SIGKILL: no handler, no flush, no atexit; exactly a crash."""
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(10)
        self.close()

    def quit(self, key: str = "\x11", timeout: float = 10) -> int:
        """Ctrl+Q (Textual's quit), then wait for the process."""
        self.press(key)
        try:
            return self.proc.wait(timeout)
        finally:
            self.close()

    def close(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)
        self.reader.join(2)
        with contextlib.suppress(OSError):
            os.close(self.master)

    def raw_bytes(self) -> bytes:
        """Every byte the app wrote so far, read as it arrives (before the screen is parsed):
        what a brief toast wrote stays here after the toast has gone."""
        with self.raw_lock:
            return bytes(self.raw)


def _ignore_hangup() -> None:
    signal.signal(signal.SIGHUP, signal.SIG_IGN)


def _matcher(test: str | re.Pattern | Callable[[str], bool]) -> Callable[[str], bool]:
    if callable(test) and not isinstance(test, re.Pattern):
        return test
    if isinstance(test, re.Pattern):
        return lambda screen: test.search(screen) is not None
    return lambda screen: test in screen
