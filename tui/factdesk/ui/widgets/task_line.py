"""One status line for work running behind the keys (an import, a re-extraction): a label, a
bar and a count while it runs, then one closing line or nothing.

Reusable by any screen: ``show_progress`` as the worker reports, ``finish`` at the end. The
text is data (file names, titles), never markup.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from factdesk.ui.widgets.text import line, progress_bar


class TaskLine(Static):
    """Hidden until work runs; one line high."""

    def show_progress(self, label: str, done: int, total: int, detail: str = "") -> None:
        """``label`` ▕bar▏ done/total · ``detail`` (the item being worked on)."""
        parts: list[Content | str] = [line(label, "bold"), "  "]
        parts.append(progress_bar(done, total, width=16) if total else Content("…"))
        if detail:
            parts += ["  ", line(detail, "dim")]
        self.update(Content.assemble(*parts))
        self.add_class("-running")

    def finish(self, text: str | None = None) -> None:
        """The closing line (it stays), or ``None`` to hide the line again."""
        if text is None:
            self.remove_class("-running")
            self.update("")
            return
        self.update(line(text))
        self.add_class("-running")
