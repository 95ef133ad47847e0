"""The seeds imported once per process into a template desk, copied into each test's desk.

Importing the five seeds runs the whole extraction pipeline; a test that only needs a desk
holding them gets a new desk into which SQLite's online backup API has copied a desk that was
imported once per process (per pytest-xdist worker). The copy goes into the new desk's open
connection, so the desk is exactly one that was created and then imported into: same pages,
same schema, and no daily backup made on a reopen.
"""

from __future__ import annotations

import atexit
import functools
import shutil
import sqlite3
import tempfile
from pathlib import Path

from factdesk.desk.service import Desk
from factdesk.settings.config import Config

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@functools.cache
def seed_template() -> Path:
    """The template desk's path: built on the first call in this process, removed at exit."""
    folder = Path(tempfile.mkdtemp(prefix="factdesk-template-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    path = folder / "seeds.db"
    desk = Desk.open(path, config=Config(reviewer="template"))
    try:
        report = desk.import_paths([SEEDS])
        assert not report.failed, report.summary()
    finally:
        desk.close()
    leftovers = sorted(p.name for p in folder.iterdir() if p != path)
    assert not leftovers, f"the template desk left {leftovers} beside it: not a whole file"
    return path


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
