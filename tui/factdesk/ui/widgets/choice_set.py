"""A radio set whose arrow keys choose, as radio groups do elsewhere.

Textual's ``RadioSet`` moves only a highlight with the arrows and chooses with Enter or
space. In the export dialog a reviewer pressed ↓ to "Markdown report", saw the cursor there,
pressed Ctrl+S and got the CSV the dialog opened with (or the scope it opened with): the file
written was not the one chosen on screen.
"""

from __future__ import annotations

from textual.widgets import RadioButton, RadioSet


class ChoiceSet(RadioSet):
    """``RadioSet`` with ↑/↓ (and ←/→) pressing the button they move to."""

    def action_next_button(self) -> None:
        super().action_next_button()
        self._choose_highlighted()

    def action_previous_button(self) -> None:
        super().action_previous_button()
        self._choose_highlighted()

    def _choose_highlighted(self) -> None:
        """Press the highlighted button (RadioSet then releases the one pressed before)."""
        if self._selected is None:
            return
        button = self._nodes[self._selected]
        if isinstance(button, RadioButton) and not button.value:
            button.value = True
