"""The footer every factdesk screen shows: compact, and the palette as an ordinary key.

Textual's footer docks its "^p palette" item over the right end of the key list; where the keys
fill the line the two overlap and read as "^ppale tte". Here the palette is one more binding
(``ctrl+p``, in the app's bindings), so it runs in the line and is cut cleanly at the end when
the line is full; the screens put their most used keys (verdicts, ``?``) first.
"""

from __future__ import annotations

from textual.widgets import Footer


class DeskFooter(Footer):
    """A compact footer without the docked palette item."""

    def __init__(self) -> None:
        super().__init__(compact=True, show_command_palette=False)
