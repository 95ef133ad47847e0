"""A yes/no question as a modal that returns a bool (y, n, Esc)."""

from __future__ import annotations

from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Label


class ConfirmScreen(ModalScreen[bool]):
    """Ask before something the reviewer might not mean (the answer is the dismiss value)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Yes", id="confirm-yes", tooltip="Yes, go ahead"),
        Binding("n", "answer(False)", "No", id="confirm-no", tooltip="No, leave it"),
        Binding("escape", "answer(False)", "No", id="confirm-escape", tooltip="No, leave it"),
    ]

    HINT = "y yes · n no"

    def __init__(self, question: Content) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-dialog"):
            yield Label(self.question, id="confirm-question")
            yield Label(Content.styled(self.HINT, "dim"), id="confirm-hint")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)


class NextArticleScreen(ConfirmScreen):
    """The offer of the next article once every claim of one has a verdict: the review's
    next-article key (J, or what ``[keys]`` maps ``next-article`` to: one binding id) says
    yes too. Why: a reviewer done with an article presses J by habit; the dialog ate the key,
    and the next article took a second press, of another key."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("J", "answer(True)", "Next article", id="next-article",
                tooltip="Yes, open the next article"),
    ]  # fmt: skip

    def on_mount(self) -> None:
        """The hint names the key as mapped (``[keys]`` may have moved next-article off J)."""
        keys = [key for key, bound in self.active_bindings.items()
                if bound.binding.id == "next-article"]  # fmt: skip
        if keys:
            shown = self.app.get_key_display(self.active_bindings[keys[0]].binding)
            self.query_one("#confirm-hint", Label).update(
                Content.styled(f"y or {shown} yes · n no", "dim")
            )


def close_unless_changed(dialog: ModalScreen[Any], changed: bool, question: str) -> None:
    """Close ``dialog`` (dismissed with None, keeping nothing); when a field was changed, only
    once the reviewer says yes to ``question``. The note, speaker and publish dialogs' Esc: a
    reflex Esc after typing lost what was typed. One home, so the three ask alike."""
    if not changed:
        dialog.dismiss(None)
        return

    def answered(yes: bool | None) -> None:
        if yes:
            dialog.dismiss(None)

    dialog.app.push_screen(ConfirmScreen(Content(question)), answered)
