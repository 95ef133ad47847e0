"""Workarounds for bugs in the pinned Textual (8.2.8), installed once for the whole process.

**A toast whose time ran out freezes the app.** ``ToastRack.show`` (called again on every
screen push/pop to re-create the toasts on the new screen) keeps a notification when
``has_expired`` is false, and a moment later ``Toast.__init__`` reads ``time_left`` again.
When the notification expired in between (microseconds), the toast's ``set_timer`` gets a
negative delay, and ``Timer._run`` then loops without awaiting: with ``skip`` on, a negative
interval makes ``count`` go backwards, so the main thread spins at 100% CPU and no key is ever
answered. factdesk raises a short toast on every verdict and pushes screens often, so a
reviewer hits it at random.

The narrowest point is the one place that turns a deadline into a delay: the toast's own
``_timeout``. It is clamped to a small positive value, so such a toast shows for a moment and
expires the ordinary way (its notification is forgotten, its holder removed).

**No notification can be taken back.** ``App.notify`` returns nothing and Textual has no
public way to remove one toast; ``withdraw`` does what a click on the toast does, so a brief
notice can take the place of the last one (``FactDeskApp.notify(kind=…)``).

**Editing keys typed fast ran after the letters typed behind them.** A field's own keys
(Backspace, Ctrl+U, Ctrl+W, Delete, the arrows, Enter) are bindings, which Textual looks up
only when the key has bubbled up to the app, while a letter is typed where it lands; in one
burst (a fast typist on a busy machine, tmux ``send-keys``) the field took the letters first:
"abc", Backspace twice, "x" in the note saved "ab", and Ctrl+U then a path in the import
dialog left it empty (shift32a). ``_own_keys_in_turn`` runs a key the focused ``Input`` or
``TextArea`` binds itself right there, in its turn; the app's binding chain would have found
that same binding first (the focused widget leads it), so nothing else changes.

**Enter in the command palette ran what was listed for fewer letters.** The palette finds
its commands in a worker behind the keys; "Ctrl+P go: article МРТ Enter" typed at once got its
Enter while the list still held the palette's opening commands, and ran the first of them
("queue: Sort": the queue's order changed; shift32a, in tmux). ``_select_when_gathered``
holds such an Enter until the search of the words typed has listed its commands, then does
what Enter does (at most ``PALETTE_WAIT_ROUNDS`` short waits; a key typed meanwhile that
starts another search still counts: the Enter waits for that one). A search still running
after the last wait runs nothing: the list still holds commands for fewer letters (it ran the
first of them anyway, review32), so the palette says so and a second Enter chooses. It reads
two private names of the pinned Textual (``PRIVATE_NAMES``); ``install`` refuses to start
when a Textual release renamed them, rather than let Enter run stale commands unheld.

**Esc and the key right after it are read as one key.** ``ui.escape_keys``: its table
entries for ESC then a digit are removed, and ESC then punctuation keeps its "alt+", here,
once, with the rest.

**Every text area ever shown stayed in memory.** ``TextArea`` watches the app's ``theme``
(``self.watch(self.app, "theme", …)`` when mounted), and Textual takes a watcher off the watched
object's list only when that value next changes (Textual issue 6666): a removed text area, its
document, its wrapped lines and, for the review's ``ArticleView``, every claim of its article
stayed reachable from the app until the theme changed, which it never does here. Each article
opened from the queue and left added its whole text and claims to the heap (2,307 claims, some
18,000 objects for the 300 KB article), and every full collection of the collector walked them
all again, so each open of the same article cost more than the last (speed40: its full passes
45 → 61 → 76 → 88 ms over four opens). ``_let_go`` takes an unmounted widget's watches off
the app's lists as it leaves (``forget_watches``); the widget's own lists Textual clears itself
(``Reactive._reset_object``). It reads Textual's private attribute ``WATCHERS``.

**Every widget left kept its rendered lines.** ``StylesCache.get_inner_outer`` is an
``lru_cache(1024)`` on a method, so it holds the last 1,024 widgets' style caches, each with the
lines it drew (``Strip``s, with their own caches): about 11,600 objects more for each review
opened and left, until 1,024 of them filled it. ``_let_go`` empties the style cache of a
widget as it leaves (``StylesCache.clear``, what Textual does to redraw a widget whole); the
lru entry keeps an empty one.

Other timers were checked: every other ``set_timer``/``set_interval`` in Textual 8.2.8 and in
factdesk takes a constant; none is computed from a deadline. Drop this module when a Textual
release fixes the toast (``tests/test_app_no_freeze.py`` says when the bare case stops hanging).
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Awaitable, Callable

from textual import events
from textual.app import App
from textual.command import CommandPalette
from textual.dom import DOMNode
from textual.notifications import Notification
from textual.widget import Widget
from textual.widgets import Input, TextArea
from textual.widgets._toast import Toast

from factdesk.ui.escape_keys import forget_option_digits, keep_alt

ToastInit = Callable[[Toast, Notification], None]

MIN_TOAST_SECONDS = 0.05
"""The shortest life a toast gets: positive, so its timer always waits forwards."""

_installed = False


def _clamped_init(original: ToastInit) -> ToastInit:
    """``Toast.__init__`` followed by clamping the timeout it computed from ``time_left``."""

    @functools.wraps(original)
    def __init__(self: Toast, notification: Notification) -> None:
        original(self, notification)
        self._timeout = max(float(self._timeout), MIN_TOAST_SECONDS)

    return __init__


KeyHandler = Callable[[Widget, events.Key], Awaitable[None]]


def _own_keys_in_turn(original: KeyHandler) -> KeyHandler:
    """A field's ``_on_key`` that first runs a (non-priority) binding of the field's own for
    the key, in the order the keys came, and stops the key there (see the module docstring)."""

    @functools.wraps(original)
    async def _on_key(self: Widget, event: events.Key) -> None:
        bound = [b for b in self._bindings.key_to_bindings.get(event.key, ()) if not b.priority]
        if bound and self.has_focus:
            for binding in bound:
                if await self.app.run_action(binding.action, self):
                    event.stop()
                    event.prevent_default()
                    return
        await original(self, event)

    return _on_key


PALETTE_WAIT_ROUNDS = 500
"""How many 10 ms waits an Enter in the palette gives its search to list the commands."""

PALETTE_STILL_SEARCHING = "Still finding commands for the words typed: press Enter again."
"""What the palette says when its search outlasted the held Enter's waits (nothing ran)."""

PRIVATE_NAMES = (
    (CommandPalette, "_GATHER_COMMANDS_GROUP"),
    (CommandPalette, "_decorated_handlers"),
    (CommandPalette, "_select_or_command"),
)
"""Textual's private names the held palette Enter reads (its worker group, the table of ``@on``
handlers, the Enter handler): Textual is pinned exactly, and a release that renames one must
stop ``install``, not leave Enter unheld or break at the first key."""


def missing_private_names() -> list[str]:
    """The ``PRIVATE_NAMES`` this Textual lacks (``_decorated_handlers`` must be the class's
    own table, the one Textual reads)."""
    missing = []
    for owner, name in PRIVATE_NAMES:
        found = owner.__dict__ if name == "_decorated_handlers" else dir(owner)
        if name not in found:
            missing.append(f"{owner.__name__}.{name}")
    return missing


SelectOrCommand = Callable[..., None]


def _gathering(palette: CommandPalette) -> bool:
    """Whether the palette's search for commands is still running."""
    group = CommandPalette._GATHER_COMMANDS_GROUP
    return any(
        worker.node is palette and worker.group == group and not worker.is_finished
        for worker in palette.workers
    )


def _select_when_gathered(original: SelectOrCommand) -> SelectOrCommand:
    """The palette's Enter handler, held while the commands for the words typed are being
    found (see the module docstring)."""

    @functools.wraps(original)
    def _select_or_command(self: CommandPalette, event: object = None) -> None:
        if not isinstance(event, Input.Submitted) or not _gathering(self):
            original(self, event)
            return
        event.stop()

        async def when_gathered() -> None:
            for _ in range(PALETTE_WAIT_ROUNDS):
                if not _gathering(self):
                    break
                await asyncio.sleep(0.01)
            else:
                if _gathering(self):  # the list is still for fewer letters: run none of it
                    if self.is_attached:
                        self.app.notify(PALETTE_STILL_SEARCHING, severity="warning")
                    return
            if self.is_attached:
                original(self, None)

        self.run_worker(when_gathered(), group="factdesk-palette-enter", exclusive=True)

    return _select_or_command


def _hold_palette_enter() -> None:
    """Install ``_select_when_gathered`` where Textual looks the Enter handler up: an ``@on``
    handler is called from the class's table of decorated handlers, not by its name."""
    held = _select_when_gathered(CommandPalette._select_or_command)
    table = CommandPalette.__dict__["_decorated_handlers"]
    table[Input.Submitted] = [
        (held if method is CommandPalette._select_or_command else method, selectors)
        for method, selectors in table[Input.Submitted]
    ]


WATCHERS = "__watchers"
"""The attribute where Textual 8.2.8 keeps the watchers of an object's reactive values
(``textual.reactive._watch``): {name: [(watching node, callback), …]}."""


def forget_watches(watched: object, node: DOMNode) -> None:
    """Take ``node``'s watches of ``watched``'s values off its watcher lists."""
    for watchers in getattr(watched, WATCHERS, {}).values():
        watchers[:] = [entry for entry in watchers if entry[0] is not node]


UnmountHandler = Callable[[Widget], None]


def _let_go(original: UnmountHandler) -> UnmountHandler:
    """``Widget._on_unmount`` that then forgets the widget's watches of the app and empties
    its style cache (see the module docstring): the app and Textual's lru cache outlive every
    widget, and held them all, and all they drew."""

    @functools.wraps(original)
    def _on_unmount(self: Widget) -> None:
        original(self)
        forget_watches(self.app, self)
        self._styles_cache.clear()

    return _on_unmount


def withdraw(app: App, notification: Notification) -> None:
    """Take ``notification`` off the screen now, toast and holder, as a click on it does.

    Expired first: a notification whose toast is not mounted yet (its message still queued)
    is forgotten when the next one is added. Main thread only (it reads the DOM)."""
    notification.timeout = 0
    for toast in app.screen.query(Toast):
        if toast._notification is notification:
            toast._expire()


def install() -> None:
    """Apply the workarounds; calling it again does nothing."""
    global _installed
    if _installed:
        return
    if missing := missing_private_names():
        raise RuntimeError(
            f"factdesk.ui.textual_fixes: this Textual has no {', '.join(missing)}; the "
            "workarounds were written for the pinned version (pyproject.toml): update them"
        )
    # Patching a method of a Textual class is what this module is for: mypy rightly refuses
    # an assignment to a method, and a wrapped function is not typed as one.
    Toast.__init__ = _clamped_init(Toast.__init__)  # type: ignore[method-assign, assignment]
    _hold_palette_enter()
    for field in (Input, TextArea):
        field._on_key = _own_keys_in_turn(field._on_key)  # type: ignore[method-assign, assignment, arg-type]
    Widget._on_unmount = _let_go(Widget._on_unmount)  # type: ignore[method-assign, assignment]
    forget_option_digits()
    keep_alt()
    _installed = True


def installed() -> bool:
    """Whether :func:`install` has run in this process."""
    return _installed
