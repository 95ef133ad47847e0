"""Run one start path in a fresh interpreter and print the heavy modules it loaded.

``python start_path_driver.py cli --db X stats`` runs the CLI; ``python start_path_driver.py
queue X`` builds the app on desk X and waits until the queue screen shows its rows. Either way
the last line on stdout is a JSON list of the loaded modules that the start path must not need.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

HEAVY = ("spacy", "numpy", "pandas", "sqlite_utils", "rapidfuzz", "pyperclip", "webbrowser")
"""pyperclip (ctypes, a search for xclip & co.) and webbrowser (a search of the PATH for a
dozen browsers) are looked up at the first copy or ``b``, not at start."""
HEAVY_PACKAGES = ("factdesk.extract", "factdesk.corroborate", "factdesk.export")
HEAVY_MODULES = (
    "importlib.metadata",
    "tomllib",
    "factdesk.ingest.sources",
    "factdesk.ingest.decoding",
    "factdesk.text.datelines",
    "factdesk.desk.merge",
    "factdesk.ui.screens.help",
    "factdesk.ui.screens.search",
)
"""Looking the version up in the installed metadata scans every package (~0.5 s loaded);
the import formats, the merge file reader, the help and the search are other commands' and
screens' (``factdesk.cli.entry.chosen_command``: a command line imports only its own).
tomllib (its regexes compiled on import) is loaded only when there is a configuration file.
The decoder (a dozen code pages, its letter tables) is an import's, and the dateline patterns
(~10 ms to compile) the extractor's and the pane's unwrapping: the desk stores text through
``text.sanitize.clean_text``, and the listings' Markdown reading never unwraps."""
FIRST_SCREEN_UNNEEDED = ("factdesk.text.markdown", "textual.widgets._data_table")
"""Loaded by the review screen, the notes and the palette's claim search, not by the queue
(issue 15: the first screen's own imports; the bare app it is measured against draws a
DataTable, the queue its own ``QueueTable``)."""


def heavy_loaded(unneeded: tuple[str, ...] = ()) -> list[str]:
    """Loaded modules that belong to a heavy library or to extraction/corroboration, or are
    among ``unneeded``."""
    return sorted(name for name in sys.modules if _heavy(name) or name in unneeded)


def _heavy(name: str) -> bool:
    if name.split(".")[0] in HEAVY or name in HEAVY_MODULES:
        return True
    return any(name == pkg or name.startswith(pkg + ".") for pkg in HEAVY_PACKAGES)


def run_cli(argv: list[str]) -> None:
    from factdesk.cli.entry import main

    try:
        status = main(argv)
    except SystemExit as stop:
        status = stop.code
    print(f"exit status: {status}")


async def show_queue(path: Path) -> None:
    from factdesk.desk.service import Desk
    from factdesk.settings.config import Config
    from factdesk.ui.app import make_app
    from factdesk.ui.screens.queue import QueueScreen
    from factdesk.ui.widgets.queue_table import QueueTable

    desk = Desk.open(path, config=Config(reviewer="tester"))
    app = make_app(desk, clipboard=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, QueueScreen), app.screen
        rows = app.screen.query_one(QueueTable).row_count
        print(f"queue rows: {rows}")
    desk.close()


def main() -> None:
    mode, *rest = sys.argv[1:]
    if mode == "cli":
        run_cli(rest)
        print(json.dumps(heavy_loaded()))
    else:
        asyncio.run(show_queue(Path(rest[0])))
        print(json.dumps(heavy_loaded(FIRST_SCREEN_UNNEEDED)))


if __name__ == "__main__":
    main()
