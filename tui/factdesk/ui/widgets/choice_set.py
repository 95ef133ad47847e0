"""A radio set whose arrow keys choose, as radio groups do elsewhere.

Textual's ``RadioSet`` moves only a highlight with the arrows and chooses with Enter or
space. In the export dialog a reviewer pressed ↓ to "Markdown report", saw the cursor there,
pressed Ctrl+S and got the CSV the dialog opened with (or the scope it opened with): the file
written was not the one chosen on screen.
"""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import RadioSet


class ChoiceSet(RadioSet):
    """``RadioSet`` with ↑/↓ (and ←/→) pressing the button they move to.

    Only RadioSet's public actions: after the move, ``action_toggle_button`` (what Enter and
    space do) presses the highlighted button; on the one already pressed RadioSet keeps it
    pressed. It read RadioSet's private ``_selected`` and ``_nodes`` before (Textual 8.2.8 has
    no public highlighted index).

    Enter is the dialog's, as in its File field: since the arrows choose, Enter on a radio
    set only pressed the button already pressed, and a reviewer who opened the export dialog
    and pressed Enter saw nothing happen (seen in the tmux shift). It presses the highlighted
    button, as before, then posts ``Submitted`` for the dialog to act on; space still only
    chooses."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "submit", "Submit", show=False),
    ]

    class Submitted(Message):
        """Enter on the set: the dialog's default action (the export dialog writes)."""

    def action_submit(self) -> None:
        self.action_toggle_button()
        self.post_message(self.Submitted())

    def action_next_button(self) -> None:
        super().action_next_button()
        self.action_toggle_button()

    def action_previous_button(self) -> None:
        super().action_previous_button()
        self.action_toggle_button()
