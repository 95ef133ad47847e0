"""One status line for work running behind the keys (an import, a re-extraction): a label, a
bar and a count while it runs, then one closing line for a while, or nothing.

Reusable by any screen: ``show_progress`` as the worker reports, ``finish`` at the end. The
text is data (file names, titles), never markup. The closing line goes as a notification
does: after ``CLOSING_SECONDS``, or sooner when the screen calls ``dismiss_closing`` on the
reviewer's next key (an import's summary stayed on the queue for the whole session).
"""

from __future__ import annotations

from time import monotonic

from textual.content import Content
from textual.timer import Timer
from textual.widgets import Static

from factdesk.text.counts import duration
from factdesk.ui.widgets.text import line, progress_bar

SO_FAR_SECONDS = 15.0
"""After this long on one step the line says how long so far, and says it again as often: a
300 KB article read "Importing 0/1 now big.txt" for minutes with nothing moving, slow and
stuck alike (review44 A9; the CLI says "still importing … (40 s so far)" as often)."""
CLOSING_SECONDS = 20.0
"""How long a closing line stays when no key is pressed (the summary's notification, which
says the same, goes after 6 s; the line is there for whoever looks up later)."""


class TaskLine(Static):
    """Hidden until work runs; one line high."""

    _closing_timer: Timer | None = None
    _so_far_timer: Timer | None = None
    _shown: tuple[str, int, int, str, float | None] | None = None
    """What ``show_progress`` was last told, to say it again with the time so far."""

    def show_progress(
        self, label: str, done: int, total: int, detail: str = "", since: float | None = None
    ) -> None:
        """``label`` ▕bar▏ done/total · ``detail`` (the item being worked on); ``since``: the
        ``time.monotonic()`` that item began at, for "(40 s so far)" once it runs long."""
        self._stop_closing()
        self._shown = (label, done, total, detail, since)
        self._draw()
        self.add_class("-running")
        if since is not None and self._so_far_timer is None:
            self._so_far_timer = self.set_interval(
                SO_FAR_SECONDS, self.say_time_so_far, name="task-line-so-far"
            )

    def say_time_so_far(self) -> None:
        """Draw the line again, with how long its item has run (``SO_FAR_SECONDS`` on)."""
        if self._shown is not None:
            self._draw()

    def _draw(self) -> None:
        assert self._shown is not None
        label, done, total, detail, since = self._shown
        parts: list[Content | str] = [line(label, "bold"), "  "]
        parts.append(progress_bar(done, total, width=16) if total else Content("…"))
        took = monotonic() - since if since is not None else 0.0
        if took >= SO_FAR_SECONDS:
            detail = f"{detail} ({duration(took)} so far)".strip()
        if detail:
            parts += ["  ", line(detail, "dim")]
        self.update(Content.assemble(*parts))

    def finish(self, text: str | None = None, seconds: float | None = None) -> None:
        """The closing line, gone after ``seconds`` (``CLOSING_SECONDS`` unless given) or at
        the next key; ``None`` hides the line now."""
        self._stop_closing()
        self._stop_so_far()
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

    def _stop_so_far(self) -> None:
        self._shown = None
        if self._so_far_timer is not None:
            self._so_far_timer.stop()
            self._so_far_timer = None

    def _stop_closing(self) -> None:
        if self._closing_timer is not None:
            self._closing_timer.stop()
            self._closing_timer = None

    def _hide(self) -> None:
        self._closing_timer = None
        self.remove_class("-running")
        self.update("")
