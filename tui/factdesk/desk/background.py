"""Background work in a process of its own, so the app's keys never wait for its GIL.

The full check of the desk (integrity, checksums, derived tables: Python per row) and the
re-extraction of older claims (spaCy) run for seconds to minutes after the first screen. In a
thread of the app they held the interpreter lock while keys arrived; here each runs in a child
process (``python -m factdesk.desk.worker JOB``, niced) with its own SQLite connection, and
reports to the caller as JSON lines on its standard output. The caller (a worker thread of the
app) only waits on that pipe, which releases the lock.

Stopping: the child's standard input is a pipe from this process; when it closes (``stop``,
or this process dying in any way) the child exits at once, so no child outlives the app. An
article being re-extracted at that moment is one transaction, which SQLite rolls back.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

import factdesk

POLL_SECONDS = 0.2
"""How often a wait on the child looks whether the caller was cancelled (the app quitting)."""
STOP_GRACE_SECONDS = 3.0
"""How long a child gets to exit on its own once told to, before it is terminated."""

Message = dict[str, Any]


class WorkerProcess:
    """One background job in a child process; ``messages()`` yields what it reports."""

    def __init__(self, job: str, path: Path, args: list[str] | None = None) -> None:
        self.job = job
        self.command = [sys.executable, "-m", "factdesk.desk.worker", job, "--db", str(path)]
        self.command += args or []
        self._stderr: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115 (closed in close())
        self.process = subprocess.Popen(
            self.command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,  # never the terminal the app draws in
            env=_child_env(),
            close_fds=True,
        )

    @property
    def pid(self) -> int:
        return self.process.pid

    def messages(self, cancelled: Callable[[], bool] | None = None) -> Iterator[Message]:
        """Each JSON line the child writes, until it exits or ``cancelled()`` (then it is
        stopped). Waiting releases the interpreter lock; lines that are not JSON are skipped."""
        stdout = self.process.stdout
        assert stdout is not None
        pending = b""
        while True:
            if cancelled is not None and cancelled():
                self.stop()
                return
            ready, _, _ = select.select([stdout], [], [], POLL_SECONDS)
            if not ready:
                continue
            chunk = os.read(stdout.fileno(), 65536)
            if not chunk:
                return
            pending += chunk
            *lines, pending = pending.split(b"\n")
            for line in lines:
                message = _parse(line)
                if message is not None:
                    yield message

    def finish(self) -> str | None:
        """Wait for the child to exit; None when it succeeded, else one line saying why."""
        code = self.process.wait()
        if code == 0:
            return None
        self._stderr.seek(0)
        lines = self._stderr.read().decode("utf-8", "replace").strip().splitlines()
        reason = lines[-1] if lines else f"exit status {code}"
        return f"the background {self.job} stopped: {reason}"

    def stop(self) -> None:
        """Tell the child to stop (its standard input closes), then make sure it has."""
        if self.process.stdin is not None and not self.process.stdin.closed:
            with contextlib.suppress(OSError):
                self.process.stdin.close()
        try:
            self.process.wait(STOP_GRACE_SECONDS)
        except subprocess.TimeoutExpired:
            self.process.terminate()
            try:
                self.process.wait(STOP_GRACE_SECONDS)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def close(self) -> None:
        """Stop the child if it still runs, and release the pipes."""
        self.stop()
        for stream in (self.process.stdout, self._stderr):
            if stream is not None:
                stream.close()


def _parse(line: bytes) -> Message | None:
    try:
        message = json.loads(line)
    except ValueError:
        return None
    return message if isinstance(message, dict) else None


def _child_env() -> dict[str, str]:
    """This process's environment, with the folder factdesk was imported from first on the
    path: the child must run the same factdesk (a checkout, a test's tree) as the app."""
    here = str(Path(factdesk.__file__).resolve().parent.parent)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([here, *filter(None, [env.get("PYTHONPATH")])])
    return env
