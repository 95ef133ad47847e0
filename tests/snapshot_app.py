"""The app exactly as ``factdesk open`` builds it, on a fresh desk holding the seeds.

Used by the snapshot tests, the screenshots tool and the Pilot tests: one factory
(``factdesk.ui.app.make_app``), a fixed reviewer, a temporary desk file, no real clipboard.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from factdesk.desk.service import Desk
from factdesk.settings.config import Config
from factdesk.ui.app import FactDeskApp, make_app

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
REVIEWER = "snapshot"


class FakeClipboard:
    """Stands in for pyperclip: records what would have been copied."""

    def __init__(self) -> None:
        self.copied: list[str] = []

    def __call__(self, text: str) -> None:
        self.copied.append(text)


def seeded_desk(folder: Path | None = None, keys: dict[str, str] | None = None) -> Desk:
    """A new desk file in ``folder`` (a fresh temporary one by default) with the seeds."""
    folder = folder or Path(tempfile.mkdtemp(prefix="factdesk-snap-"))
    desk = Desk.open(folder / "desk.db", config=Config(reviewer=REVIEWER, keys=keys or {}))
    report = desk.import_paths([SEEDS])
    assert not report.failed, report.summary()
    return desk


def build_app(desk: Desk | None = None) -> FactDeskApp:
    """The real app; snapshots must not depend on a terminal or a clipboard."""
    return make_app(desk or seeded_desk(), clipboard=FakeClipboard())
