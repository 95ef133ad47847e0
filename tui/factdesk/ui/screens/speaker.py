"""The speaker dialog: the reviewer sets who makes a claim (name, type, sourcing, affiliation).

Like the publication dialog it returns its result through ``dismiss`` (None on Esc) and never
touches the store: the review screen makes the one write through the Desk. Ctrl+R asks to
give the claim back to the engine.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Select

from factdesk.domain.models import Claim
from factdesk.text.markdown import prose
from factdesk.text.sanitize import sanitize_line
from factdesk.ui.screens.confirm import close_unless_changed
from factdesk.ui.widgets.footer import DeskFooter
from factdesk.ui.widgets.text import line

SOURCING_CHOICES = (
    ("named: a person or organisation", "named"),
    ("anonymous: deliberately unnamed", "anonymous"),
    ("unattributed: a vague group or document", "unattributed"),
    ("none: the writer's own assertion", "none"),
)
TYPE_CHOICES = (("person", "person"), ("organisation", "organisation"))
ENGINE = "engine"
"""The result that gives the claim back to the engine's attribution."""


class SpeakerScreen(ModalScreen[dict[str, str] | str | None]):
    """Edit one claim's attribution; the result is the fields, ``ENGINE``, or None (Esc)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", id="speaker-save", tooltip="Save the attribution"),
        Binding(
            "ctrl+r", "engine", "Engine's", id="speaker-engine",
            tooltip="Give the claim back to the engine's attribution",
        ),
        Binding(
            "escape", "cancel", "Cancel", id="speaker-cancel",
            tooltip="Close, keeping nothing (asks first when a field was changed)",
        ),
    ]  # fmt: skip

    def __init__(self, claim: Claim, kind: str | None = None) -> None:
        """``kind``: the speaker's type as the claim detail shows it (``speaker_kind``: the
        name group's, as the names view says): the dialog offered the claim's own
        ("organisation") under a detail that said "person"."""
        super().__init__()
        self.claim = claim
        types = {value for _, value in TYPE_CHOICES}
        self.kind = kind if kind in types else claim.speaker_type

    def compose(self) -> ComposeResult:
        claim = self.claim
        by = f"set by {claim.speaker_by}" if claim.speaker_by else "the engine's"
        with Vertical(id="speaker-dialog"):
            yield Label(Content.assemble("Who says ", line(prose(claim.text))), id="speaker-claim")
            yield Label(f"Now: {by}", classes="note-label")
            with VerticalScroll(id="speaker-fields"):  # scrolls to the focused field at 80×24
                yield Label("Speaker (as the text names them)", classes="note-label")
                yield Input(sanitize_line(claim.speaker or ""), id="speaker-name")
                yield Label("Type", classes="note-label")
                yield Select(TYPE_CHOICES, value=self.kind or Select.NULL,
                             prompt="none (unnamed source)", id="speaker-type")  # fmt: skip
                yield Label("Sourcing", classes="note-label")
                yield Select(SOURCING_CHOICES, value=claim.sourcing, allow_blank=False,
                             id="speaker-sourcing")  # fmt: skip
                yield Label("Affiliation of an unnamed source", classes="note-label")
                yield Input(sanitize_line(claim.affiliation or ""), id="speaker-affiliation")
            yield DeskFooter()

    def on_mount(self) -> None:
        self.query_one("#speaker-name", Input).focus()
        self.opened = self._fields()

    def _fields(self) -> dict[str, str]:
        """The four fields as they are now (the result ``action_save`` gives)."""
        kind = self.query_one("#speaker-type", Select).value
        sourcing = self.query_one("#speaker-sourcing", Select).value
        return {
            "speaker": self.query_one("#speaker-name", Input).value.strip(),
            "speaker_type": kind if isinstance(kind, str) else "",
            "sourcing": sourcing if isinstance(sourcing, str) else self.claim.sourcing,
            "affiliation": self.query_one("#speaker-affiliation", Input).value.strip(),
        }

    def action_save(self) -> None:
        self.dismiss(self._fields())

    def action_engine(self) -> None:
        self.dismiss(ENGINE)

    def action_cancel(self) -> None:
        """Close; when a field was changed, only once the reviewer says to drop it (as the
        note dialog): a reflex Esc after typing an affiliation lost it, saying "speaker:
        nothing changed"."""
        question = "Throw away your changes to who says it?\n\nn or Esc: back to them"
        close_unless_changed(self, self._fields() != self.opened, question)
