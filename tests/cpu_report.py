"""A test's cost, one line a test: ``PYTHONPATH=tests pytest -p cpu_report …`` appends to
``$CPU_REPORT_DIR/cpu-<worker>.tsv`` (default: the system's temp folder) the test's node id,
its CPU seconds (this process and the children it waited for, from ``getrusage``), its wall
seconds, and the seconds its main thread slept (wall less time on a core and time waiting
for one, from ``/proc``; 0 where that is missing): a child process or a ``pilot.pause`` shows
there, and a loaded machine does not (its cost is the queue). Sum it per file with ``awk``
(tests/README.md). Not loaded by ``make test``."""

from __future__ import annotations

import os
import resource
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pytest

_OUT: list[IO[str]] = []


def _cpu() -> float:
    own, children = (resource.getrusage(who) for who in (resource.RUSAGE_SELF,
                                                          resource.RUSAGE_CHILDREN))  # fmt: skip
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _busy() -> float:
    """Seconds the main thread has run or waited to run (``/proc``'s schedstat)."""
    try:
        run, wait, _ = Path(f"/proc/self/task/{os.getpid()}/schedstat").read_text().split()
    except (OSError, ValueError):
        return 0.0
    return (int(run) + int(wait)) / 1e9


def _out() -> IO[str]:
    if not _OUT:
        folder = Path(os.environ.get("CPU_REPORT_DIR", tempfile.gettempdir()))
        worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
        _OUT.append((folder / f"cpu-{worker}.tsv").open("a", encoding="utf-8"))
    return _OUT[0]


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item) -> Iterator[None]:
    cpu, wall, busy = _cpu(), time.monotonic(), _busy()
    yield
    wall = time.monotonic() - wall
    slept = wall - (_busy() - busy) if busy else 0.0
    _out().write(f"{item.nodeid}\t{_cpu() - cpu:.3f}\t{wall:.3f}\t{max(slept, 0):.3f}\n")
    _out().flush()
