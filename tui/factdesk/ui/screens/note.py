"""The note editor: a modal with the note and the evidence URLs, saved only with Ctrl+S.

The result is returned through ``dismiss`` (None on Esc), so the review screen does the one
write through the Desk; the modal never touches the store. The note TextArea keeps its own
undo (ctrl+z inside it), apart from the desk's undo.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Footer, Label, TextArea

from factdesk.domain.models import Claim
from factdesk.ui.widgets.text import line


@dataclass(frozen=True, slots=True)
class NoteResult:
    """What the reviewer saved."""

    note: str
    evidence: list[str]


def parse_evidence(text: str) -> list[str]:
    """One URL (or reference) per line; blank lines dropped."""
    return [item.strip() for item in text.splitlines() if item.strip()]


class NoteScreen(ModalScreen[NoteResult | None]):
    """Edit one claim's note and evidence."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", id="note-save", tooltip="Save the note and evidence"),
        Binding(
            "escape", "cancel", "Cancel", id="note-cancel", tooltip="Close, keeping nothing typed"
        ),
    ]

    def __init__(self, claim: Claim) -> None:
        super().__init__()
        self.claim = claim

    def compose(self) -> ComposeResult:
        with Vertical(id="note-dialog"):
            yield Label(Content.assemble("Note for ", line(self.claim.text)), id="note-claim")
            yield Label("Note", classes="note-label")
            yield TextArea(self.claim.note, id="note-text", soft_wrap=True, tab_behavior="focus")
            yield Label("Evidence URLs, one per line", classes="note-label")
            yield TextArea(
                "\n".join(self.claim.evidence),
                id="note-evidence",
                soft_wrap=True,
                tab_behavior="focus",
            )
            yield Footer()

    def on_mount(self) -> None:
        note = self.query_one("#note-text", TextArea)
        note.focus()
        note.move_cursor(note.document.end)

    def action_save(self) -> None:
        note = self.query_one("#note-text", TextArea).text
        evidence = parse_evidence(self.query_one("#note-evidence", TextArea).text)
        self.dismiss(NoteResult(note, evidence))

    def action_cancel(self) -> None:
        self.dismiss(None)
