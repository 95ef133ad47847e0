"""Key-to-frame and first-screen times in a real terminal (tmux), against a bare Textual app.

Why a terminal: Pilot waits for idle after each key and never writes a frame, so it cannot see
what a reviewer sees. Here the app runs in a tmux pane, keys are typed with ``tmux send-keys``
at a human spacing, and hooks inside the app (``python -m bench.terminal …``, the same
technique as the desk's shared ``keylat`` tool) log, as JSON lines: each key as the driver
parsed it, each action's start and end, and each frame written to the terminal with the name
of the screen drawn. From the log, per key: the end of the first frame written after the key's
action ended, measured from the key's creation (when Textual's driver parsed the bytes); and
the first screen: the end of the first frame of the wanted screen, from the moment tmux was
asked to start the process (the same clock: ``time.monotonic`` is system-wide).

The hooks patch Textual 8.2.8 internals (``App._display``, ``App.on_event``,
``App.run_action``): a measuring aid, never shipped in the package.

    python -m bench.terminal factdesk --db DESK open   # the app, logging to $KEYLOG
    python -m bench.terminal claims DESK ARTICLE_ID     # bare DataTable of an article's claims
    python -m bench.terminal queue DESK                 # bare DataTable of the desk's articles
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

SOCKET = ["tmux", "-L", f"fdbench{os.getpid()}", "-f", "/dev/null"]
SIZE = (160, 48)


# -- inside the measured process ------------------------------------------------------------


def install_hooks(log_path: str) -> None:
    """Log keys, actions and frames of every App in this process to ``log_path``."""
    from textual import events
    from textual.app import App

    log = open(log_path, "w", buffering=1)  # noqa: SIM115 (open for the process's life)

    def write(*fields: object) -> None:
        log.write(json.dumps(fields) + "\n")

    display, on_event, run_action = App._display, App.on_event, App.run_action

    def hooked_display(self, screen, renderable):  # type: ignore[no-untyped-def]
        if renderable is None:
            return display(self, screen, renderable)
        began = time.monotonic()
        display(self, screen, renderable)
        write("frame", began, time.monotonic(), type(screen).__name__, time.process_time())

    async def hooked_on_event(self, event):  # type: ignore[no-untyped-def]
        if isinstance(event, events.Key) and not event.is_forwarded:
            write("key", event.key, event.time, time.monotonic())
        return await on_event(self, event)

    async def hooked_run_action(self, action, default_namespace=None, namespaces=None):  # type: ignore[no-untyped-def]
        began = time.monotonic()
        try:
            return await run_action(self, action, default_namespace, namespaces)
        finally:
            write("action", str(action), began, time.monotonic())

    App._display = hooked_display  # type: ignore[method-assign]
    App.on_event = hooked_on_event  # type: ignore[method-assign]
    App.run_action = hooked_run_action  # type: ignore[method-assign]


def bare_table(title: str, columns: tuple[str, ...], rows: list[tuple[str, ...]], mark: int):
    """The baseline: Textual's DataTable of ``rows`` with a title, a detail line and a footer.

    ``j``/``k`` move the row cursor and redraw the detail line; ``1`` writes column ``mark``
    of the row, shows a toast and moves down: what a verdict key does, with nothing of
    factdesk's. Built inside a function so that importing this module imports no Textual.
    """
    from textual.app import App, ComposeResult
    from textual.binding import Binding
    from textual.widgets import DataTable, Footer, Static

    class Bare(App):
        BINDINGS = [  # noqa: RUF012
            Binding("j", "down", "Down"),
            Binding("k", "up", "Up"),
            Binding("1", "mark", "Mark"),
            Binding("q", "quit", "Quit"),
        ]

        def compose(self) -> ComposeResult:
            yield Static(title, id="title")
            yield DataTable(cursor_type="row")
            yield Static("", id="detail")
            yield Footer()

        def on_mount(self) -> None:
            table = self.query_one(DataTable)
            table.add_columns(*columns)
            table.add_rows(rows)
            table.focus()

        def _detail(self) -> None:
            table = self.query_one(DataTable)
            row = table.get_row_at(table.cursor_row)
            self.query_one("#detail", Static).update(f"row {table.cursor_row}: {row[0]}")

        def action_down(self) -> None:
            self.query_one(DataTable).action_cursor_down()
            self._detail()

        def action_up(self) -> None:
            self.query_one(DataTable).action_cursor_up()
            self._detail()

        def action_mark(self) -> None:
            table = self.query_one(DataTable)
            table.update_cell_at((table.cursor_row, mark), "corroborated")
            self.notify("marked", timeout=2.5)
            table.action_cursor_down()
            self._detail()

    return Bare()


def claim_rows(desk: str, article_id: int) -> list[tuple[str, ...]]:
    """An article's claims as the bare table shows them (read with the standard library)."""
    with sqlite3.connect(f"file:{desk}?mode=ro", uri=True) as conn:
        return [
            (text, speaker or "", f"{score:.2f}", verdict or "·")
            for text, speaker, score, verdict in conn.execute(
                """SELECT c.text, c.speaker, c.score, v.verdict FROM claims c
                   LEFT JOIN verdicts v ON v.claim_id = c.id
                   WHERE c.article_id = ? AND c.hidden = 0 ORDER BY c.start""",
                [article_id],
            )
        ]


def article_rows(desk: str) -> list[tuple[str, ...]]:
    """The desk's articles as a queue shows them: title, outlet and date, claims, reviewed."""
    with sqlite3.connect(f"file:{desk}?mode=ro", uri=True) as conn:
        return [
            (title, f"{outlet or ''} · {date or ''}", str(claims), str(reviewed))
            for title, outlet, date, claims, reviewed in conn.execute(
                """SELECT a.title, a.outlet, a.date_iso, COUNT(c.id), COUNT(v.claim_id)
                   FROM articles a LEFT JOIN claims c ON c.article_id = a.id AND c.hidden = 0
                   LEFT JOIN verdicts v ON v.claim_id = c.id
                   GROUP BY a.id ORDER BY a.id"""
            )
        ]


def run_measured(argv: list[str]) -> int:
    """The process tmux starts: hooks first, then the app or a bare table."""
    install_hooks(os.environ["KEYLOG"])
    if os.environ.get("BENCH_PROFILE"):
        _profile(os.environ["BENCH_PROFILE"])
    kind, rest = argv[0], argv[1:]
    if kind == "factdesk":
        from factdesk.cli.entry import main

        if os.environ.get("BENCH_BACKGROUND") == "off":
            _no_background_work()

        return main(rest)
    if kind == "claims":
        rows = claim_rows(rest[0], int(rest[1]))
        bare_table("Bare claims", ("Claim", "Speaker", "Score", "Verdict"), rows, 3).run()
    elif kind == "queue":
        rows = article_rows(rest[0])
        bare_table("Bare queue", ("Article", "Outlet · date", "Claims", "Reviewed"), rows, 3).run()
    else:
        raise SystemExit(f"unknown kind {kind!r}")
    return 0


BACKGROUND_STARTS = ("start_background_check", "start_background_reextract")
"""The app's methods that start work after the first screen (the desk's full check and the
daily backup, the re-extraction of older claims): ``BENCH_BACKGROUND=off`` leaves them out."""


def _no_background_work() -> None:
    """Keys timed without the app's background work, to tell its share from the keys' own."""
    from factdesk.ui.app import FactDeskApp

    for name in BACKGROUND_STARTS:
        if not hasattr(FactDeskApp, name):  # an app that starts it another way: said, not hidden
            print(f"bench: FactDeskApp has no {name}; its background work still runs")
            continue
        setattr(FactDeskApp, name, lambda self: None)


def _profile(path: str) -> None:
    """Profile the whole process; the stats are written on SIGUSR1 (``measure`` sends it)."""
    import cProfile
    import signal

    profiler = cProfile.Profile()

    def dump(*_: object) -> None:
        profiler.disable()
        profiler.dump_stats(path)

    signal.signal(signal.SIGUSR1, dump)
    profiler.enable()


# -- the driver -----------------------------------------------------------------------------


@dataclass
class Run:
    """What one run in the terminal measured, in seconds."""

    first_screen: float | None = None
    first_screen_cpu: float | None = None
    """CPU seconds of the process (all its threads) from its start to that first frame:
    steadier than the wall time when the machine is shared."""
    first_frame: dict[str, list[float]] = field(default_factory=dict)
    """Key -> key-to-first-frame of each press."""
    settled: dict[str, list[float]] = field(default_factory=dict)
    """Key -> key to the last frame within 0.5 s (panels loaded after the key)."""


def tmux(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*SOCKET, *args], capture_output=True, text=True, check=check)


def _wait_for_screen(log: Path, screen: str, timeout: float, quiet: float = 1.0) -> None:
    """Wait until the log shows a frame of ``screen`` (the app is up and drawn), then until
    the app has drawn nothing for ``quiet`` seconds (panels loading after it are done)."""
    ended = time.monotonic() + timeout
    while time.monotonic() < ended:
        if log.exists() and f'"{screen}", ' in log.read_text(encoding="utf-8"):
            break
        time.sleep(0.05)
    else:
        raise RuntimeError(f"timed out waiting for a frame of {screen}")
    _wait_quiet(log, ended, quiet)


def _wait_quiet(log: Path, ended: float, quiet: float) -> None:
    """Wait until the app has logged nothing for ``quiet`` seconds (or until ``ended``)."""
    size, still = -1, time.monotonic()
    while time.monotonic() < ended:
        now = log.stat().st_size
        if now != size:
            size, still = now, time.monotonic()
        elif time.monotonic() - still >= quiet:
            return
        time.sleep(0.05)


def measure(
    command: list[str],
    *,
    screen: str,
    opening: list[tuple[str, str]],
    keys: list[str],
    spacing: float,
    log: Path,
    env: dict[str, str] | None = None,
    timeout: float = 180.0,
) -> Run:
    """Start ``command`` in tmux; time its first ``screen`` frame, then each key of ``keys``.

    ``opening`` keys (tmux names) are sent first, each with the screen it opens, waited for
    until it has settled; ``keys`` are typed one by one, ``spacing`` seconds apart.
    """
    log.unlink(missing_ok=True)
    name = f"run{time.monotonic_ns()}"
    variables = {**(env or {}), "KEYLOG": str(log)}
    line = " ".join(f"{k}={v}" for k, v in variables.items())
    quoted = " ".join(_quote(part) for part in command)
    started = _start(name, f"env {line} {quoted}")
    try:
        _wait_for_screen(log, screen, timeout)
        for key, opened in opening:
            tmux("send-keys", "-t", name, key)
            _wait_for_screen(log, opened, timeout)
        for key in keys:
            tmux("send-keys", "-t", name, "-l", key)
            time.sleep(spacing)
        _wait_quiet(log, time.monotonic() + timeout, 1.0)  # keys still queued are answered
        if "BENCH_PROFILE" in variables:
            pid = int(tmux("list-panes", "-t", name, "-F", "#{pane_pid}").stdout.split()[0])
            os.kill(pid, signal.SIGUSR1)
            time.sleep(3.0)
    finally:
        tmux("kill-server", check=False)
    return analyse(log, screen, keys, started)


def _start(name: str, command: str) -> float:
    """Start ``command`` in a new tmux server; return when it was asked to start.

    Retried: the previous run's server may still be shutting down on the same socket."""
    for _ in range(50):
        started = time.monotonic()
        done = tmux("new-session", "-d", "-s", name, "-x", str(SIZE[0]), "-y", str(SIZE[1]),
                    command, check=False)  # fmt: skip
        if done.returncode == 0:
            return started
        time.sleep(0.1)
    raise RuntimeError(f"tmux would not start: {done.stderr.strip()}")


def _quote(part: str) -> str:
    import shlex

    return shlex.quote(part)


def analyse(log: Path, screen: str, keys: list[str], started: float) -> Run:
    """Per key: its action is the key's own (one action per timed key, in order, so a key
    that waited behind a slow one is still paired with its action); the first frame is the
    first written after that action ended, measured from when the key was parsed."""
    rows = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines() if line]
    frames = [r for r in rows if r[0] == "frame"]
    pressed = [r for r in rows if r[0] == "key"][-len(keys) :] if keys else []
    run = Run()
    first = next((f for f in frames if f[3] == screen), None)
    run.first_screen = first[2] - started if first else None
    run.first_screen_cpu = first[4] if first and len(first) > 4 else None
    if not pressed:
        return run
    actions = [r for r in rows if r[0] == "action" and r[2] >= pressed[0][3]]
    if len(actions) != len(pressed):
        print(f"warning: {len(pressed)} keys but {len(actions)} actions in {log}")
    for (_, key, made, _got), (_, _, _, done) in zip(pressed, actions, strict=False):
        after = [f for f in frames if f[1] >= done]
        if after:
            run.first_frame.setdefault(key, []).append(after[0][2] - made)
        window = [f[2] for f in frames if made <= f[1] < made + 0.5]
        if window:
            run.settled.setdefault(key, []).append(max(window) - made)
    return run


def median_ms(values: list[float]) -> float:
    return statistics.median(values) * 1000 if values else float("nan")


def load_average() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def python() -> str:
    return sys.executable


if __name__ == "__main__":
    raise SystemExit(run_measured(sys.argv[1:]))
