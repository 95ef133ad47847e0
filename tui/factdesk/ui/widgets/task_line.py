"""One status line for work running behind the keys (an import, a re-extraction): a label, a
bar and a count while it runs, then one closing line for a while, or nothing.

Reusable by any screen: ``show_progress`` as the worker reports, ``finish`` at the end. The
text is data (file names, titles), never markup. The closing line goes as a notification
does: after ``CLOSING_SECONDS``, or sooner when the screen calls ``dismiss_closing`` on the
reviewer's next key (an import's summary stayed on the queue for the whole session).
"""

from __future__ import annotations

from textual.content import Content
from textual.timer import Timer
from textual.widgets import Static

from factdesk.ui.widgets.text import line, progress_bar

CLOSING_SECONDS = 20.0
"""How long a closing line stays when no key is pressed (the summary's notification, which
says the same, goes after 6 s; the line is there for whoever looks up later)."""


class TaskLine(Static):
    """Hidden until work runs; one line high."""

    _closing_timer: Timer | None = None

    def show_progress(self, label: str, done: int, total: int, detail: str = "") -> None:
        """``label`` ▕bar▏ done/total · ``detail`` (the item being worked on)."""
        self._stop_closing()
        parts: list[Content | str] = [line(label, "bold"), "  "]
        parts.append(progress_bar(done, total, width=16) if total else Content("…"))
        if detail:
            parts += ["  ", line(detail, "dim")]
        self.update(Content.assemble(*parts))
        self.add_class("-running")

    def finish(self, text: str | None = None, seconds: float | None = None) -> None:
        """The closing line, gone after ``seconds`` (``CLOSING_SECONDS`` unless given) or at
        the next key; ``None`` hides the line now."""
        self._stop_closing()
        if text is None:
            self._hide()
            return
        self.update(line(text))
        self.add_class("-running")
        self._closing_timer = self.set_timer(
            CLOSING_SECONDS if seconds is None else seconds, self._hide, name="task-line-closing"
        )

    def dismiss_closing(self) -> None:
        """Hide the closing line, if that is what shows (progress stays while work runs)."""
        if self._closing_timer is not None:
            self._stop_closing()
            self._hide()

    def _stop_closing(self) -> None:
        if self._closing_timer is not None:
            self._closing_timer.stop()
            self._closing_timer = None

    def _hide(self) -> None:
        self._closing_timer = None
        self.remove_class("-running")
        self.update("")
