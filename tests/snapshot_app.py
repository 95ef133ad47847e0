"""The app exactly as ``factdesk open`` builds it, on a fresh desk holding the seeds (for the
Pilot tests) or the hand-made claims of ``fixture_desk`` (for the snapshot tests).

One factory (``factdesk.ui.app.make_app``), a fixed reviewer, a temporary desk file, no real
clipboard.
"""

from __future__ import annotations

import atexit
import functools
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desk_template import open_seeded
from factdesk.desk.service import Desk
from factdesk.settings.config import Config
from factdesk.ui.app import FactDeskApp, make_app
from factdesk.ui.clipboard import Writer
from factdesk.ui.screens.review import ReviewScreen
from fixture_desk import open_fixture_desk
from textual.app import App
from textual.pilot import Pilot

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
REVIEWER = "snapshot"


class FakeClipboard:
    """Stands in for pyperclip: records what would have been copied."""

    def __init__(self) -> None:
        self.copied: list[str] = []

    def __call__(self, text: str) -> None:
        self.copied.append(text)


@functools.cache
def _scratch_root() -> Path:
    """One temporary folder per test process, removed when the process ends: every desk a test
    builds here lives under it, so a run leaves nothing behind in the system's temp folder
    (before, each desk left a folder of its own: thousands after a day of test runs)."""
    root = Path(tempfile.mkdtemp(prefix="factdesk-tests-"))
    atexit.register(shutil.rmtree, root, ignore_errors=True)
    return root


def scratch_folder() -> Path:
    """A new, empty folder for one desk, under this process's scratch root."""
    return Path(tempfile.mkdtemp(prefix="desk-", dir=_scratch_root()))


def seeded_desk(folder: Path | None = None, keys: dict[str, str] | None = None) -> Desk:
    """A new desk file in ``folder`` (a fresh temporary one by default) with the seeds."""
    folder = folder or scratch_folder()
    return open_seeded(folder / "desk.db", Config(reviewer=REVIEWER, keys=keys or {}))


def record_notifications(app: App) -> list[str]:
    """Every message the app (or any screen, through ``app.notify``) shows from now on.

    Call it before ``run_test`` to also catch what the app says while it mounts. Use it, never
    ``app._notifications``, which drops a toast once its few seconds are up, so on a busy
    machine a test reading it after a slow key press finds nothing; this list keeps them all.
    """
    messages: list[str] = []
    notify = app.notify

    def recording(message: str, *args: Any, **kwargs: Any) -> None:
        messages.append(str(message))
        notify(message, *args, **kwargs)

    app.notify = recording  # type: ignore[method-assign]
    return messages


def hand_made_desk(folder: Path | None = None) -> Desk:
    """A new desk file holding the hand-made articles and claims of ``fixture_desk``."""
    folder = folder or scratch_folder()
    return open_fixture_desk(folder / "desk.db", Config(reviewer=REVIEWER))


def build_app(
    desk: Desk | None = None, clipboard: Writer | None = None, *, check: bool = False
) -> FactDeskApp:
    """The real app; snapshots must not depend on a terminal or a clipboard. Background jobs
    run in threads (``processes=False``): no child process is started per test.

    The desk's full check and daily backup after the first screen (``start_background_check``)
    run only with ``check``: a Pilot test of keys or drawing reads neither, and the check walked
    every row's sums and copied the desk in a thread beside the keys of every app test (the app
    modules review, layout, queue, finding and the snapshots in one process: 26.7 -> 24.2-25.2
    s of user CPU without it; suite38). Its own tests ask for it (``test_safety_checksums``:
    after the first screen, off the event loop, the notice) or start the app as ``factdesk
    open`` does (``test_background_process``, the pty tests)."""
    app = make_app(desk or seeded_desk(), clipboard=clipboard or FakeClipboard(), processes=False)
    if not check:
        app.start_background_check = _no_check  # type: ignore[method-assign]
    return app


def _no_check() -> None:
    """``start_background_check`` of an app built without ``check`` (``build_app``)."""


async def esc_asks_then_drops(pilot: Pilot, field: str, typed: str) -> None:
    """On the dialog on top, type ``typed`` into the Input ``field``: Esc asks first
    (ConfirmScreen), n goes back to the dialog with the text kept, Esc and y drop it. The
    note, speaker and publish dialogs share this behaviour (``confirm.close_unless_changed``);
    the caller asserts what the store kept."""
    from factdesk.ui.screens.confirm import ConfirmScreen
    from textual.widgets import Input

    dialog = pilot.app.screen
    dialog.query_one(field, Input).value = typed
    await pilot.press("escape")
    await pilot.pause()
    assert isinstance(pilot.app.screen, ConfirmScreen)
    await pilot.press("n")
    await pilot.pause()
    assert pilot.app.screen is dialog
    assert dialog.query_one(field, Input).value == typed
    await pilot.press("escape")
    await pilot.pause()
    await pilot.press("y")
    await pilot.pause()


async def until(pilot: Pilot, done: Callable[[], bool], rounds: int = 200) -> bool:
    """Pause until ``done()`` holds, at most ``rounds`` idle pauses: for a change that takes
    more than one message round (a modal pushed by a click, then its dismissal calling back
    into the screen below). Bounded by rounds, never by a clock; the caller asserts."""
    for _ in range(rounds):
        if done():
            return True
        await pilot.pause()
    return done()


async def read_together(pilot: Pilot, raw: str) -> None:
    """``raw`` as the app meets it when every key of it was read before the first is handled
    (a burst: a fast typist on a busy machine, a text expander, tmux ``send-keys``): parsed as
    in ``typed_at_once``, all posted to the app before any pause, then the app left to settle.
    ``typed_at_once`` pauses after each key, so a key it sends finds the focus the key before
    it moved; this does not."""
    from textual._xterm_parser import XTermParser

    parser = XTermParser()
    for event in [*parser.feed(raw), *parser.feed("")]:
        event.set_sender(pilot.app)
        pilot.app.post_message(event)
    for _ in range(len(raw) + 4):  # bounded: each key is a few message rounds at most
        await pilot.pause()


async def typed_at_once(pilot: Pilot, raw: str) -> None:
    """``raw`` as a terminal sends it, all in one read (a fast typist, a busy machine): through
    Textual's own input parser, so "\\x1bj" arrives as the parser makes it, then to the app as
    the driver would send it."""
    from textual._xterm_parser import XTermParser

    parser = XTermParser()
    for event in [*parser.feed(raw), *parser.feed("")]:
        event.set_sender(pilot.app)
        pilot.app.post_message(event)
        await pilot.pause()


async def settle(pilot: Pilot, group: str) -> None:
    """Let the app's workers of ``group`` finish (the search a keystroke started, the command
    palette's gathering of commands) and the screen take what they set: a wait that ends when
    the work has, never a guessed pause. Each new keystroke cancels the previous search, so
    the last one's results are those shown."""
    app = pilot.app
    await pilot.pause()
    await app.workers.wait_for_complete([w for w in app.workers if w.group == group])
    await pilot.pause()


async def open_review(pilot: Pilot) -> ReviewScreen:
    """Enter on the queue's selected article: the review screen it opens."""
    await pilot.press("enter")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, ReviewScreen)
    return screen


async def article_settled(pilot: Pilot) -> None:
    """Let the review screen's text settle on its emphasised claim the same way on any
    machine: once the text is wrapped to the pane's width, scroll it from the top to that
    claim by the pane's own rule (``ArticleView.scroll_offset_into_view``). Bounded by
    pauses, never a clock; without it the picture showed whichever of the layout's
    refreshes had come first."""
    from factdesk.ui.widgets.article_view import ArticleView

    view = pilot.app.screen.query_one(ArticleView)
    span = view.current_span()
    if span is None:
        return
    assert await until(pilot, lambda: view.wrapped_rows(*span) is not None)
    view.scroll_home(animate=False)
    view.scroll_offset_into_view(*span)
    await pilot.pause()
