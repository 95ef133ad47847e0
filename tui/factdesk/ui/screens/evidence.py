"""Choose one of a claim's evidence links: to open it, or (with no browser) to copy it.

A modal returning the chosen entry (None on Esc); the review screen does the opening or the
copying, so this dialog only shows and picks. Where there is no browser the URLs are listed in
full, so they can also be read or selected with the mouse.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from factdesk.text.sanitize import sanitize_line


class EvidenceScreen(ModalScreen[str | None]):
    """A list of evidence entries; Enter picks one."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Close", id="evidence-close", tooltip="Close, open nothing"),
    ]

    def __init__(self, entries: list[str], *, can_open: bool) -> None:
        super().__init__()
        self.entries = entries
        self.can_open = can_open

    def compose(self) -> ComposeResult:
        title = "Open which evidence?" if self.can_open else "No web browser here: Enter copies"
        with Vertical(id="evidence-dialog"):
            yield Label(Content.styled(title, "bold"))
            yield OptionList(
                *(Option(Content(sanitize_line(e)), id=str(i)) for i, e in enumerate(self.entries)),
                id="evidence-list",
            )
            yield Label(Content.styled("Enter " + ("opens" if self.can_open else "copies")
                                       + " · Esc closes", "dim"))  # fmt: skip

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.entries[int(event.option.id or 0)])

    def action_cancel(self) -> None:
        self.dismiss(None)
