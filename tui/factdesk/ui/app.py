"""The Textual app: wires the screens to one Desk. Screens and widgets live in their folders.

``make_app`` is the one factory used by ``factdesk open``, the tests, the snapshots, the
screenshots and the benchmark, so all of them exercise what the reviewer runs.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Mapping
from contextlib import suppress
from functools import partial
from pathlib import Path
from time import monotonic
from typing import ClassVar

from rich.text import Text
from textual import events
from textual.actions import ActionParseResult
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.css.query import NoMatches
from textual.dom import DOMNode
from textual.notifications import Notification, Notify, SeverityLevel
from textual.screen import Screen
from textual.worker import get_current_worker

from factdesk.desk.reextraction import ReextractRun
from factdesk.desk.service import Desk, DeskError, holds_write_turn
from factdesk.domain.models import ImportReport
from factdesk.text.counts import counted
from factdesk.text.sanitize import sanitize_line
from factdesk.ui.browser import Opener, find_opener
from factdesk.ui.clipboard import Clipboard, CopyResult, Writer
from factdesk.ui.escape_keys import ESCAPE, after_escape
from factdesk.ui.guard import report_desk_error
from factdesk.ui.hangup import HANGUP_EXIT_STATUS, HANGUP_POLL_SECONDS, terminal_gone
from factdesk.ui.host import notice
from factdesk.ui.keymap import check_keymap
from factdesk.ui.palette import ActionsProvider, GoProvider
from factdesk.ui.pending import PendingWrites
from factdesk.ui.screens.queue import QueueScreen
from factdesk.ui.textual_fixes import install as install_textual_fixes
from factdesk.ui.textual_fixes import withdraw
from factdesk.ui.typeahead import KeyRoutes
from factdesk.ui.widgets.task_line import TaskLine

install_textual_fixes()  # process-wide: a toast must never get a negative timer

HIDDEN_SYSTEM_COMMANDS = frozenset({"Screenshot"})
"""Textual's palette commands the desk does not offer (see ``get_system_commands``)."""

CSS_FILE = Path(__file__).with_name("factdesk.tcss")
_VARIABLE = re.compile(r"^\$((?:verdict|match)-[\w-]+)\s*:\s*([^;]+);", re.MULTILINE)


def verdict_variables() -> dict[str, str]:
    """The ``$verdict-*`` (and Elsewhere ``$match-*``) colours declared in factdesk.tcss.

    They are declared once, there; reading them back here makes them theme variables too, so
    ``Content`` styles such as ``"$verdict-disputed"`` resolve to the same colours.
    """
    return dict(_VARIABLE.findall(CSS_FILE.read_text(encoding="utf-8")))


class FactDeskApp(App):
    """The fact-check desk."""

    TITLE = "factdesk"
    BACKGROUND_DELAY = 0.25
    """Seconds after the first refresh before background child processes start: the refresh
    that ``call_after_refresh`` waits for may come before the first frame is written, and
    starting a process (a fork, a thread) there measurably delayed it (bench first)."""
    OUTSIDE_POLL_SECONDS = 1.0
    """How often the desk is asked whether another process changed it (one PRAGMA read)."""
    CSS_PATH = CSS_FILE
    # Textual declares this as ``ClassVar[...] | None``, which type checkers read as an instance
    # variable, so it cannot be a ClassVar here; it is never mutated.
    HORIZONTAL_BREAKPOINTS: list[tuple[int, str]] | None = [(0, "-narrow"), (100, "-wide")]  # noqa: RUF012
    # under 34 rows the claim list gives up its 6-claim minimum (at 100x30 it pushed the
    # Elsewhere panel off the screen); from 44 the Elsewhere panel has room for more
    VERTICAL_BREAKPOINTS: list[tuple[int, str]] | None = [  # noqa: RUF012
        (0, "-low"), (34, "-mid"), (44, "-tall"),
    ]  # fmt: skip
    COMMANDS = App.COMMANDS | {ActionsProvider, GoProvider}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark", "help", "Help", id="help", tooltip="Every key on this screen"),
        Binding(
            "ctrl+p", "command_palette", "Palette", id="palette",
            tooltip="Commands: go to an article or claim, export, sort…",
        ),
        Binding(
            "ctrl+f", "search_desk", "Search desk", id="search-desk",
            tooltip="Search claims across the whole desk",
        ),
    ]  # fmt: skip

    def __init__(
        self, desk: Desk, *, clipboard: Writer | bool | None = True, processes: bool = True
    ) -> None:
        super().__init__()
        self.desk = desk
        self.processes = processes
        """Background jobs (the full check, re-extraction) run in child processes, whose work
        never holds this process's interpreter lock while keys arrive; False runs them in
        threads of this process (most tests: no process start per test)."""
        self.background_pids: list[int] = []
        """The child processes started so far (each is stopped when its job is cancelled)."""
        self.clipboard_service = Clipboard(self.copy_to_clipboard, system=clipboard)
        self.url_opener: Opener | None = None
        """Set by ``browser()`` at the first use, or by a test."""
        self._look_for_browser = clipboard is True
        """Tests (which pass a fake clipboard) get no browser, so no test ever starts one."""
        self.quitting = False
        """Set by ``quit_now``: the keys typed after q until the app has gone (the writes
        waiting for the desk saved first, ``_quitting``) do nothing."""
        self.sort = "queue"
        """The queue's sort: J/K follow it in the review screen."""
        self.last_article_id: int | None = None
        """Set by the review screen (``ReviewBase.shown_here``); the queue selects it."""
        self.export_folder: Path | None = None
        """Where the last export of this session was written: the next one is offered there
        (the dialog offered the documents folder every time, so a second format meant typing
        the folder again); the desk keeps it for the next session too, where it can
        (``Desk.remember_export_folder``)."""
        self.pending_imports: list[Path] = []
        """Files and folders given to ``i`` while an import ran, in order: each starts when
        the one before it is done."""
        self.importing: Path | None = None
        """The path of the import running or last run (named when ``q`` stops it)."""
        self.importing_file: str | None = None
        """The name of the file the running import is on (set from its thread as each file
        begins): the one a ``q`` leaves out, named on the way out."""
        self._import_shown: tuple[int, int, str] = (0, 0, "")
        """What the import's line said last (``_show_import``)."""
        self._file_began: float | None = None
        """When the file the import is on began (``time.monotonic``): the line says how long
        so far once it runs long (``TaskLine.SO_FAR_SECONDS``)."""
        self.pending = PendingWrites(self, desk, self.desk_replaced)
        """Review writes that met the desk held (the import writing an article): written in
        order once it is free, the wait off the loop (``ui.pending``)."""
        self._quitting = False
        self.reextraction: ReextractRun | None = None
        """The background re-extraction of older claims: where it is, what it could not do."""
        self._notices: dict[str, Notification] = {}
        """The last notification of each kind (``notify(kind=…)``), to withdraw for the next."""
        self._key_routes = KeyRoutes()
        """Where each key read was handed: one typed ahead of a focus change follows the
        focus (``ui.typeahead``)."""
        if desk.readonly:
            self.sub_title = "read-only"

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
        kind: str | None = None,
    ) -> None:
        """Textual's notification; one of a ``kind`` takes the place of the last one shown.

        Why: a verdict, a move or a copy each says a line; pressing 1 2 3 4 quickly stacked
        four toasts over half the screen at 80x24, each older line already out of date. A
        notice without a kind (an error, an import's summary) stays its full time.
        Main thread only when a kind is given.
        """
        if kind is None:
            super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)
            return
        if (previous := self._notices.get(kind)) is not None:
            withdraw(self, previous)
        seconds = self.NOTIFICATION_TIMEOUT if timeout is None else timeout
        notification = Notification(message, title, severity, seconds, markup=markup)
        self._notices[kind] = notification
        self.post_message(Notify(notification))

    def browser(self) -> Opener | None:
        """What opens evidence in a browser (``b``); None shows the URL to copy instead.

        Looked for at the first use, not at start (``find_opener`` searches the PATH), and
        a method rather than a property: ``host()``'s protocol check reads every attribute.
        """
        if self._look_for_browser:
            self._look_for_browser = False
            if self.url_opener is None:
                self.url_opener = find_opener()
        return self.url_opener

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Textual's own palette commands, less "Screenshot": it writes to a downloads folder
        that many machines (servers, containers) lack, and then only says "Failed"."""
        for command in super().get_system_commands(screen):
            if command.title not in HIDDEN_SYSTEM_COMMANDS:
                yield command

    def get_theme_variable_defaults(self) -> dict[str, str]:
        return {**super().get_theme_variable_defaults(), **verdict_variables()}

    def on_mount(self) -> None:
        self.desk.on_event_loop()  # no long job of the desk runs here (a rejudge)
        self.apply_config_keys()
        self.push_screen(QueueScreen(self.desk))
        self._seen_version = self.desk.data_version()
        self.set_interval(self.OUTSIDE_POLL_SECONDS, self.poll_outside_changes)
        self.watch_terminal()
        for warning in self.desk.open_warnings:
            self.notify(sanitize_line(warning), severity="warning", markup=False, timeout=8)
        if self.processes:  # starting a child costs the app a fork: after the first frame
            self.call_after_refresh(self.set_timer, self.BACKGROUND_DELAY, self.start_background)
        else:
            self.call_after_refresh(self.start_background)

    def start_background(self) -> None:
        """The full check and the re-extraction of older claims, once the first screen is up."""
        self.start_background_check()
        self.start_background_reextract()

    def on_unmount(self) -> None:
        """The app is closing: its background child processes end with it, now (their
        waiting threads would only notice at their next poll)."""
        self.desk.stop_background()
        self.desk.on_event_loop(False)

    def apply_config_keys(self) -> None:
        """The ``[keys]`` of config.toml, checked per screen first: each unknown id, invalid
        key or clash is one line naming the file and line, and only that entry is left out."""
        checked = check_keymap(self.desk.config, type(self))
        for problem in checked.problems:
            self.notify(sanitize_line(problem), severity="error", markup=False, timeout=10)
        if checked.keymap:
            try:
                self.set_keymap(checked.keymap)
            except Exception as error:  # a key Textual still refuses must not stop the app
                self.notify(f"config [keys] ignored: {error}", severity="warning", markup=False)

    def start_background_check(self) -> None:
        """The full check (and the day's backup) after the first screen is up, in a child
        process waited on by a thread: its cost grows with the desk, and the reviewer must
        never wait for it, nor for its interpreter lock."""
        self.run_worker(self._background_check, thread=True, group="check", exit_on_error=False)

    def _background_check(self) -> None:
        if self.processes:
            worker = get_current_worker()
            problem = self.desk.check_in_background(
                cancelled=lambda: worker.is_cancelled, started=self.background_pids.append
            )
        else:
            problem = self.desk.background_check()
        if problem is not None:
            self._from_worker(self._background_failed)(problem)

    # -- re-extraction of older claims ------------------------------------------------------

    def start_background_reextract(self) -> None:
        """Claims an older extractor wrote are re-extracted after the first screen, in a child
        process waited on by a thread (a big desk is minutes of parsing; the keys never wait
        for it). The child writes on its own connection, one article per transaction; this
        app sees its commits as outside changes and shows the progress."""
        if not self.desk.readonly:
            self.run_worker(self._reextract_stale, thread=True, group="reextract",
                            exclusive=True, exit_on_error=False)  # fmt: skip

    def _reextract_stale(self) -> None:
        worker = get_current_worker()
        progress = self._from_worker(self.show_reextraction)
        try:
            run = self._reextract(None, progress, lambda: worker.is_cancelled)
        except DeskError as error:  # the child could not open the desk, say
            self._from_worker(self._background_failed)(str(error))
            return
        if run.total and not worker.is_cancelled:
            self._from_worker(self.reextraction_finished)(run)

    def _reextract(
        self,
        articles: list[int] | None,
        progress: Callable[[ReextractRun], object] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ReextractRun:
        """Re-extract in a child process (or this one's thread when ``processes`` is off)."""
        if self.processes:
            return self.desk.reextract_in_background(
                articles, progress=progress, cancelled=cancelled,
                started=self.background_pids.append,
            )  # fmt: skip
        return self.desk.reextract_stale(articles, progress=progress, cancelled=cancelled)

    def _background_failed(self, reason: str) -> None:
        self.notify(sanitize_line(reason), severity="error", markup=False, timeout=15)

    def _from_worker(self, method: Callable[..., object]) -> Callable[..., None]:
        """``method`` run on the app's thread; nothing when the app has closed meanwhile.

        Refused at once (RuntimeError, not swallowed) from a thread that holds a desk's write
        turn: the app's own writes wait for that turn, so the worker would wait for the app
        and the app for the worker until ``TURN_TIMEOUT_S`` (review34 item 5)."""

        def call(*args: object) -> None:
            if holds_write_turn():
                name = getattr(method, "__name__", repr(method))
                raise RuntimeError(
                    f"{name} called on the app from inside a desk write transaction: the app "
                    "would wait for this thread's write turn while this thread waits for the "
                    "app; call it after the transaction ends"
                )
            with suppress(RuntimeError):  # the app is closing: there is no screen to tell
                self.call_from_thread(method, *args)

        return call

    def show_reextraction(self, run: ReextractRun) -> None:
        """Pass the progress to the screens that show it (the queue's status line)."""
        self.reextraction = run
        for screen in self.screen_stack:
            show = getattr(screen, "show_reextraction", None)
            if show is not None and screen.is_mounted:
                show(run)

    def reextraction_finished(self, run: ReextractRun) -> None:
        self.show_reextraction(run)
        trouble = bool(run.unplaced or run.failed)
        self.notify(sanitize_line(run.line()), markup=False, timeout=15 if trouble else 6,
                    severity="warning" if trouble else "information")  # fmt: skip

    def reextract_if_stale(self, article_id: int) -> bool:
        """An article opened before the background run reached it is re-extracted at once, in
        a thread; its screen redraws when the claims are in. True when that started."""
        if self.desk.readonly or not self.desk.is_stale(article_id):
            return False
        # one toast row at 80 columns (37 cells): the longer line wrapped over the Elsewhere panel
        self.notify("re-extracting older claims here…", timeout=4)
        self.run_worker(partial(self._reextract_one, article_id), thread=True,
                        group=f"reextract-{article_id}", exit_on_error=False)  # fmt: skip
        return True

    def _reextract_one(self, article_id: int) -> None:
        worker = get_current_worker()
        try:
            run = self._reextract([article_id], cancelled=lambda: worker.is_cancelled)
        except DeskError as error:
            self._from_worker(self._background_failed)(str(error))
            return
        if not worker.is_cancelled:
            self._from_worker(self._article_reextracted)(article_id, run)

    def _article_reextracted(self, article_id: int, run: ReextractRun) -> None:
        for screen in self.screen_stack:
            redraw = getattr(screen, "outside_change", None)
            if getattr(screen, "article_id", None) == article_id and redraw and screen.is_mounted:
                redraw()
        trouble = bool(run.unplaced or run.failed)
        self.notify(sanitize_line(run.line()), markup=False, timeout=15 if trouble else 4,
                    severity="warning" if trouble else "information")  # fmt: skip

    # -- importing a folder (i on the queue) ------------------------------------------------

    def ask_import(self) -> None:
        """``i``: ask which folder, then import it in a worker thread."""
        if self.desk.readonly:
            self.notify(f"desk is read-only: {self.desk.readonly_reason}; nothing imported",
                        severity="warning", markup=False)  # fmt: skip
            return
        from factdesk.ui.screens.import_folder import ImportScreen

        default = self.desk.last_import_folder() or Path.cwd()
        self.push_screen(ImportScreen(default), self.start_import)

    def _importing(self) -> bool:
        return any(w.group == "import" and w.is_running for w in self.workers)

    def start_import(self, path: Path | None) -> None:
        """Import ``path`` in a thread: progress on the queue, the keys stay live. While
        another import runs it waits its turn (``i`` refused, and the folder typed next was
        typed into the queue as keys)."""
        if path is None:
            return
        if self._importing() or self.pending_imports:
            self.pending_imports.append(path)
            self.notify(sanitize_line(f"{path.name}: imported once the running import is done"),
                        markup=False)  # fmt: skip
            self._show_import(*self._import_shown)
            return
        self._run_import(path)

    def _run_import(self, path: Path) -> None:
        self.importing = path
        self.importing_file = None
        self.show_import_progress(0, 0, str(path))
        self.run_worker(partial(self._import, path), thread=True, group="import",
                        exit_on_error=False)  # fmt: skip

    def _import(self, path: Path) -> None:
        """The import, stopped between steps when the worker is cancelled: Textual cancels
        every worker as the app closes, then waits for its thread (``q`` waited minutes for
        a big article's whole import, the screen already gone)."""
        worker = get_current_worker()
        try:
            report = self.desk.import_in_worker(
                [path],
                self._from_worker(self.show_import_progress),
                cancelled=lambda: worker.is_cancelled,
                started=self._import_started,
            )
        except DeskError as error:  # the desk could not be opened for writing meanwhile
            self._from_worker(self._import_failed)(str(error))
            return
        if not worker.is_cancelled:
            self._from_worker(self.import_finished)(report)

    def _import_started(self, number: int, total: int, path: str) -> None:
        """The import's thread begins ``path``: kept for the quit line, and shown."""
        self.importing_file = Path(path).name
        self._from_worker(self.show_import_started)(number, total, path)

    def show_import_started(self, number: int, total: int, path: str) -> None:
        """The file the import is on, named as it begins ("1/2 now big.txt"): the line said
        "Importing … bigin" for the minutes a large first file took, no file and no count."""
        self._file_began = monotonic()
        self._show_import(number - 1, total, f"now {Path(path).name}")

    def _queue_task_lines(self) -> list[TaskLine]:
        return [line for screen in self.screen_stack if screen.is_mounted
                for line in screen.query("#import-status").results(TaskLine)]  # fmt: skip

    def show_import_progress(self, done: int, total: int, path: str) -> None:
        """The importer reports each file once it is through: its name says so ("5/8 a.md
        done"). Bare, it read as the file being read, and a long one after it left a small
        file's name on the line for as long as the long one took."""
        name = Path(path).name
        self._file_began = None
        self._show_import(done, total, f"{name} done" if done else name)

    def _show_import(self, done: int, total: int, detail: str) -> None:
        """Draw the import's line on the queue, and keep what it said, to draw it again when
        an import is added to the waiting ones (a big file's step can last minutes)."""
        self._import_shown = (done, total, detail)
        label = self._import_label()
        path = self.importing
        if path is not None and detail == path.name and path.is_dir():
            detail = ""  # the folder, named in the label already
        for task in self._queue_task_lines():
            task.show_progress(label, done, total, detail, since=self._file_began)

    def _import_label(self) -> str:
        """The import line's label: the folder's name, and the imports waiting their turn
        ("Importing heldout30 · 3 more waiting"). Four folders given to ``i`` one after
        another showed "Importing 8/45" for each in turn: which folder, and that three
        more would follow, were said only in the toast as each was given (shift34, at
        120x40, heldout30 to heldout33)."""
        path = self.importing
        folder = f" {path.name}" if path is not None and path.is_dir() else ""
        waiting = len(self.pending_imports)
        more = f" · {waiting} more waiting" if waiting else ""
        return sanitize_line(f"Importing{folder}{more}")

    def import_finished(self, report: ImportReport) -> None:
        """One notification per file that failed (naming it and why), per other word the
        import had (``import_notices``), one summary (on the queue, its import line alone);
        the queue is redrawn with the new articles."""
        from factdesk.ui.screens.import_folder import import_notices

        for words, severity in import_notices(report):
            self.notify(words, severity=severity, markup=False, timeout=12)
        summary = f"import: {report.summary()}"
        # on the queue its import line says it: the toast, over the desk line since desk36,
        # hid the desk's new counts for 6 s behind the same words
        if not isinstance(self.screen, QueueScreen):
            self.notify(sanitize_line(summary), markup=False, timeout=6,
                        severity="warning" if report.failed else "information")  # fmt: skip
        for task in self._queue_task_lines():
            task.finish(summary)
        self._redraw_after_import()
        self._next_import()

    def _next_import(self) -> None:
        """Start the import that waited for the one just done, if any."""
        if self.pending_imports:
            self._run_import(self.pending_imports.pop(0))

    def _import_failed(self, reason: str) -> None:
        self.notify(sanitize_line(f"import failed: {reason}"), severity="error", markup=False)
        for task in self._queue_task_lines():
            task.finish(None)
        self._next_import()

    def _redraw_after_import(self) -> None:
        for screen in self.screen_stack:
            _redraw(screen)

    def poll_outside_changes(self) -> None:
        """Redraw what is on screen when another process committed to the desk.

        ``PRAGMA data_version`` is one cheap read that changes only on other connections'
        commits (the CLI, a colleague's app), so our own writes cost no redraw. Screens opt in
        with an ``outside_change()`` method; a modal passes the call on to the screen under it,
        which stays visible. Screens further down redraw when resumed (``on_screen_resume``).
        """
        try:
            if (why := self.desk.replaced()) is not None:  # a restore: no commit of ours sees
                self.desk_replaced(why)
                return
            version = self.desk.data_version()
            if version == self._seen_version:
                return
            self._seen_version = version
            for screen in reversed(self.screen_stack):
                _redraw(screen)
                if not screen.is_modal:
                    break
        except DeskError as error:  # e.g. the article on screen was deleted meanwhile
            report_desk_error(self, error)

    async def on_event(self, event: events.Event) -> None:
        """Esc with a key typed right after it reaches the app as one alt key
        (``ui.escape_keys``): it is handled as Esc, then the key, as typed."""
        if (
            isinstance(event, events.Key)
            and event.key.startswith("alt+")
            and not event.is_forwarded
        ):
            follower = after_escape(event, self.screen.active_bindings)
            if follower is not None:
                # Esc's binding runs here, to its end (it may close the screen: the key after
                # it belongs to the screen underneath), then the key comes in as if typed
                bound = await self._check_bindings(ESCAPE, priority=True)
                if not bound and not await self._check_bindings(ESCAPE):
                    await super().on_event(events.Key(ESCAPE, "\x1b"))
                self.post_message(follower)
                return
        if isinstance(event, events.Key) and not event.is_forwarded:
            self._key_routes.aim(event, self.focused or self.screen)
        await super().on_event(event)

    async def _on_key(self, event: events.Key) -> None:
        """A key back up from the widget it was handed to: when the focus moved since it was
        read (the key before it opened a field or a dialog), it goes where the focus is
        (``ui.typeahead``), and App's own handler (its binding), which Textual runs after this
        one, is for that copy; else that handler runs as ever."""
        if self._key_routes.hand_on(event, self.focused or self.screen):
            event.prevent_default()

    async def run_action(
        self,
        action: str | ActionParseResult,
        default_namespace: DOMNode | None = None,
        namespaces: Mapping[str, DOMNode] | None = None,
    ) -> bool:
        """Every key, palette command and click action passes here: a desk write that fails
        (read-only desk, full disk) becomes one line on screen, and the app keeps running.
        After q none runs: "q" then "e" typed at once opened the export dialog on an app
        already closing, whose mount found no widget, and the terminal got a traceback."""
        if self.quitting:
            return True
        try:
            return await super().run_action(action, default_namespace, namespaces)
        except DeskError as error:
            report_desk_error(self, error)
            return True

    # -- navigation -----------------------------------------------------------------------

    def open_review(self, article_id: int, claim_id: int | None = None, *, said: str = "") -> None:
        """Push a review screen; Esc pops back to whatever was underneath. ``said``: a notice
        for the reviewer, said once the article is on screen (``ReviewScreen.arrival``).

        The review screen is imported on first use: it brings corroboration and the claim
        vocabulary, which the first screen (the queue) must not wait for.
        """
        from factdesk.ui.screens.review import ReviewScreen

        top = self.screen
        if isinstance(top, ReviewScreen) and top.article_id == article_id:
            # a claim of the article on screen (Ctrl+F, "go:"): the cursor goes there; a
            # second review of it stacked on this one took a second Esc back to the queue,
            # the first landing on the same article at the claim left (shift32a)
            top.go_to_claim(claim_id)
            if said:
                top.say(said)
            return
        self.push_screen(ReviewScreen(self.desk, article_id, claim_id, arrival=said))

    def desk_replaced(self, why: str) -> None:
        """Another program restored the desk (``factdesk restore``) under this app: open it
        again, the queue read whole from what is stored now, and say so in a warning that
        stays. The restore either renamed another file into place (this app kept writing to
        the old one, which nobody would open again) or copied a backup into this one (the
        queue missed the reviews it took away: a history that went back in time). The
        review shown was read from the desk before: it is closed (review41 item 24).

        The background re-extraction starts again, on the restored desk: the run under way
        wrote into the replaced one (its claims "kept" there; the restored desk stayed on the
        older extractor until the next start, review42 B6 c). Starting it again cancels that
        run, whose line would report the old desk's articles."""
        self.desk.reopen()
        self._seen_version = self.desk.data_version()
        self.show_reextraction(ReextractRun(finished=True))  # the old run's line goes
        self.start_background_reextract()
        self.call_later(self._show_replaced, why)

    def _show_replaced(self, why: str) -> None:
        self.switch_to_queue()
        for screen in self.screen_stack:
            if isinstance(screen, QueueScreen) and screen.is_mounted:
                screen.reload(screen.selected_id)
        self.notify(f"{why}: opened again; the queue shows the desk as restored",
                    severity="warning", markup=False, timeout=20)  # fmt: skip

    def switch_to_queue(self) -> None:
        while len(self.screen_stack) > 2:
            self.pop_screen()
        if not isinstance(self.screen, QueueScreen):
            self.push_screen(QueueScreen(self.desk))

    def open_export(self, article_id: int | None, claim_id: int | None) -> None:
        """The export dialog, scoped to the article the reviewer is on (the claim is not used:
        an export scope is articles and verdicts). Imported on first use, off the start path."""
        from factdesk.ui.screens.export import ExportScreen

        def written(path: Path | None) -> None:
            if path is not None:
                self.export_folder = path.parent
                self.desk.remember_export_folder(path.parent.resolve())

        folder = self.export_folder or self.desk.export_folder()
        self.push_screen(ExportScreen(self.desk, article_id, folder), written)

    # -- services -------------------------------------------------------------------------

    def copy_text(self, text: str, what: str) -> CopyResult:
        """Copy through the clipboard service and say which way the text went."""
        result = self.clipboard_service.copy(text)
        severity: SeverityLevel = "information" if result.ok else "warning"
        # what OSC 52 needs from the terminal is said once a session: whole and for as long as
        # a warning, never cut to the toast's row, which took the one thing to do about it
        # ("tmux: set -g set-clipboard on")
        notice(
            self, sanitize_line(result.describe(what)), severity=severity,
            timeout=8 if result.explain else 3, whole=result.explain,
        )  # fmt: skip
        return result

    def action_help(self) -> None:
        from factdesk.ui.screens.help import HelpScreen  # local: off the start path

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def action_search_desk(self) -> None:
        from factdesk.ui.screens.search import SearchScreen  # local: off the start path

        if not isinstance(self.screen, SearchScreen):
            self.push_screen(SearchScreen(self.desk), self._search_chosen)

    def _search_chosen(self, claim_id: int | None) -> None:
        if claim_id is not None:
            self.open_review(self.desk.claim(claim_id).article_id, claim_id)

    async def action_quit(self) -> None:
        """Quit at once: every change is stored already; only the cursor is flushed."""
        self.quit_now(0)

    def quit_now(self, status: int) -> None:
        """Flush each screen's cursor position, stop a running import, then exit with
        ``status``.

        An import runs in a thread the process waits for as it ends, so it is cancelled here:
        it stops at its next step (``importer.Cancelled``; a large article's extraction, minutes
        of one step, runs in a child process that is killed: ``ingest.extract_process``), and
        the terminal, restored, says so and names the file left out (the screen went at once
        and the wait had no word)."""
        if self._quitting:
            return
        self.quitting = True
        for screen in self.screen_stack:
            flush = getattr(screen, "save_position_now", None)
            if flush is not None:
                flush()
        message = self._stop_import()
        if self.pending:  # keys waiting for the desk: written before the app goes
            self._quitting = True
            waiting, refused = counted(len(self.pending), "change"), self.pending.refused
            notice(self, f"quitting once {waiting} waiting for the desk are saved…",
                   timeout=self.desk.turn_timeout)  # fmt: skip
            self.pending.when_drained(lambda: self._quit_if_saved(status, message, refused))
            return
        self.exit(status, message=message)

    def _quit_if_saved(self, status: int, message: Text | None, refused: int) -> None:
        """The writes ``q`` waited for are through: quit, unless one was refused meanwhile
        (held past the cap, or the desk refused it). Then the app stays, its notice naming
        the claim on screen, and says that ``q`` again quits without it: quitting at once
        took that notice away with the app, and the change was lost unseen (issue 15). A
        hang-up quits whatever happened: no one is there to read it."""
        lost = self.pending.refused - refused
        if not lost or status == HANGUP_EXIT_STATUS:
            self.exit(status, message=message)
            return
        self._quitting = self.quitting = False
        stopped = " (the import was stopped)" if message is not None else ""
        notice(self, f"not quitting: {counted(lost, 'change')} could not be saved (see above)"
               f"{stopped}; q again quits without it", severity="warning", timeout=30)  # fmt: skip

    def _stop_import(self) -> Text | None:
        """Cancel the running import; the line printed as the app closes, or None."""
        running = [w for w in self.workers if w.group == "import" and w.is_running]
        for worker in running:
            worker.cancel()
        if not running:
            return None
        name = self.importing.name if self.importing is not None else "a file"
        current = self.importing_file
        at = f" at {current}" if current and current != name else ""
        which = current or "the file it was on"
        waiting = len(self.pending_imports)
        left = f"; {counted(waiting, 'waiting import')} not started" if waiting else ""
        return Text(sanitize_line(
            f"factdesk: stopping the import of {name}{at}: {which} is not imported unless it "
            f"was being written (a write completes whole), nor the files after it{left} "
            "(import the same path again to add them)"
        ))  # fmt: skip

    def watch_terminal(self) -> None:
        """Quit when the terminal the app runs in has gone (``ui.hangup`` says why)."""
        stdin = sys.__stdin__
        if self.is_headless or stdin is None or not stdin.isatty():
            return
        fd = stdin.fileno()

        def check() -> None:
            if terminal_gone(fd):
                self.quit_now(HANGUP_EXIT_STATUS)

        self.set_interval(HANGUP_POLL_SECONDS, check)


def make_app(
    desk: Desk, *, clipboard: Writer | bool | None = True, processes: bool = True
) -> FactDeskApp:
    """The app on ``desk``. ``clipboard``: True = pyperclip, None = terminal only, or a fake;
    ``processes``: background jobs in child processes (see ``FactDeskApp.processes``)."""
    return FactDeskApp(desk, clipboard=clipboard, processes=processes)


def run_app(desk: Desk) -> int:
    """What ``factdesk open`` runs; returns the process exit status."""
    app = make_app(desk)
    try:
        result = app.run()
    finally:
        desk.close()
    return result if isinstance(result, int) else (app.return_code or 0)


def _redraw(screen: Screen) -> None:
    """Redraw a screen that opts in (``outside_change``) from the desk.

    A screen still being mounted reads the desk as it mounts, and one being taken down is
    not shown again: either may lack the widgets a redraw fills (seen under load: the review
    screen's claim list gone while the poll timer fired), so a missing widget is nothing to
    redraw, never a crash of the whole app."""
    redraw = getattr(screen, "outside_change", None)
    if redraw is None or not screen.is_mounted:
        return
    with suppress(NoMatches):
        redraw()
