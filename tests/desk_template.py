"""The seeds imported once per test run into a template desk, copied into each test's desk.

Importing the five seeds runs the whole extraction pipeline; a test that only needs a desk
holding them gets a new desk into which SQLite's online backup API has copied a desk that was
imported once per run (shared by the pytest-xdist workers through the run's temporary folder;
once per process outside pytest). The copy goes into the new desk's open
connection, so the desk is exactly one that was created and then imported into: same pages,
same schema, and no daily backup made on a reopen.
"""

from __future__ import annotations

import atexit
import fcntl
import functools
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from factdesk.desk.service import Desk
from factdesk.settings.config import Config

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


_SHARED: list[Path] = []
"""The folder the template is built in and shared through, when a test run names one."""


def share_in(folder: Path) -> None:
    """Build the template in ``folder`` (or take the one already there): the pytest-xdist
    workers of one run all name the run's temporary root, so the seeds are imported once per
    run instead of once per worker. Call it before the first ``seed_template()``."""
    _SHARED[:] = [folder]


@functools.cache
def seed_template() -> Path:
    """The template desk's path: built on the first call of the run (or of this process, when
    no folder is shared), under a lock so two workers never build it at once."""
    if _SHARED:
        folder = _SHARED[0]
    else:
        folder = Path(tempfile.mkdtemp(prefix="factdesk-template-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
    path = folder / "seeds.db"
    with (folder / "seeds.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if not path.exists():
            _build(path)
    return path


def _build(path: Path) -> None:
    """Import the seeds into a desk in a folder of its own, check that it is one whole file,
    and move it to ``path`` (a rename: another worker sees the whole file or none)."""
    folder = Path(tempfile.mkdtemp(prefix="building-", dir=path.parent))
    built = folder / path.name
    desk = Desk.open(built, config=Config(reviewer="template"))
    try:
        report = desk.import_paths([SEEDS])
        assert not report.failed, report.summary()
    finally:
        desk.close()
    leftovers = sorted(p.name for p in folder.iterdir() if p != built)
    assert not leftovers, f"the template desk left {leftovers} beside it: not a whole file"
    os.replace(built, path)
    folder.rmdir()


def fill_with_seeds(desk: Desk) -> Desk:
    """Replace the content of ``desk`` (a new, empty desk) with the template's; returns it."""
    source = sqlite3.connect(seed_template())
    try:
        source.backup(desk.store.conn)
    finally:
        source.close()
    return desk


def open_seeded(path: Path, config: Config) -> Desk:
    """A new desk at ``path`` holding the imported seeds."""
    return fill_with_seeds(Desk.open(path, config=config))
