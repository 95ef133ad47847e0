"""The publication dialog: the ClaimReview fields of one claim, saved only with Ctrl+S.

Like the note editor it returns its result through ``dismiss`` (None on Esc) and never
touches the store: the review screen makes the one write through the Desk. Each empty field
shows, greyed, what the export derives when it stays empty.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Select

from factdesk.desk.speaker import speaker_kind, speaker_name
from factdesk.domain.models import Claim
from factdesk.domain.publication import NO_CLAIMANT, ORGANISATION, PERSON, Publication
from factdesk.export.claimreview import default_summary, speaker_is_claimant, type_from_speaker
from factdesk.text.markdown import prose
from factdesk.text.sanitize import sanitize_line
from factdesk.ui.screens.confirm import close_unless_changed
from factdesk.ui.widgets.footer import DeskFooter
from factdesk.ui.widgets.text import line

if TYPE_CHECKING:
    from factdesk.names.groups import NameGroup

LABELS: dict[str, str] = {
    "summary": "Claim as published (claimReviewed, up to 75 characters)",
    "claimant": "Claimant",
    "claim_date": "Claim date (YYYY-MM-DD)",
    "appearance_url": "Appearance URL",
    "first_appearance_url": "First appearance URL",
    "headline": "Review headline",
    "language": "Language (en, uk, pt-BR…)",
}


def type_prompt(claim: Claim, current: Publication, kind: str | None) -> str:
    """What an unset claimant type publishes, as the export decides it
    (``claimreview.type_from_speaker``): the speaker's type as the claim detail shows it
    (``kind``: ``speaker_kind``) when the export takes it, else a guess from the name's words
    (a speaker typed group, a role or a vague one has no schema.org type: the prompt said "the
    speaker's: role" while the export guessed)."""
    if type_from_speaker(claim, current, kind):
        return f"the speaker's: {kind}"
    return "judge from the name"


class PublishScreen(ModalScreen[dict[str, str] | None]):
    """Edit one claim's publication fields; the result maps every field to its value ("" clears
    it: the export derives it again)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", id="publish-save", tooltip="Save the fields"),
        Binding(
            "escape",
            "cancel",
            "Cancel",
            id="publish-cancel",
            tooltip="Close, keeping nothing (asks first when a field was changed)",
        ),
    ]

    def __init__(
        self,
        claim: Claim,
        current: Publication,
        article_date: str | None,
        url: str | None,
        language: str | None = None,
        group: NameGroup | None = None,
    ) -> None:
        """``language``: what an unset language publishes (``ExportRecord.language``: the
        claim's own, else ``[desk] language``), shown greyed as the other defaults are.
        ``group``: the speaker's name group (``Desk.speaker_group``), whose name and type an
        unset claimant publishes, as the claim detail shows them."""
        super().__init__()
        self.claim = claim
        self.current = current
        self.kind = speaker_kind(claim, group)
        speaker = speaker_name(claim, group) if speaker_is_claimant(claim) else None
        self.defaults = {
            "summary": default_summary(claim),
            "claimant": sanitize_line(speaker or "") or "nobody: no named speaker",
            "claim_date": article_date or "",
            "appearance_url": url or "the article has no URL",
            "language": language or "none: the claim's language is unknown",
        }

    def compose(self) -> ComposeResult:
        with Vertical(id="publish-dialog"):
            yield Label(
                Content.assemble("Publish ", line(prose(self.claim.text))), id="publish-claim"
            )
            with VerticalScroll(id="publish-fields"):
                for name, label in LABELS.items():
                    yield Label(label, classes="note-label")
                    value = getattr(self.current, name) or ""
                    yield Input(
                        sanitize_line(value),
                        placeholder=self.defaults.get(name, ""),
                        id=f"publish-{name.replace('_', '-')}",
                    )
                    if name == "claimant":
                        yield Label("Claimant type", classes="note-label")
                        yield Select(
                            [(PERSON, PERSON), (ORGANISATION, ORGANISATION),
                             ("nobody: an anonymous source", NO_CLAIMANT)],
                            value=self._type_choice(),
                            prompt=self._type_prompt(),
                            id="publish-claimant-type",
                        )  # fmt: skip
            yield DeskFooter()

    def _type_prompt(self) -> str:
        return type_prompt(self.claim, self.current, self.kind)

    def _type_choice(self) -> str | object:
        return self.current.claimant_type or Select.NULL

    def on_mount(self) -> None:
        self.query_one("#publish-summary", Input).focus()
        self.opened = self._fields()

    def _fields(self) -> dict[str, str]:
        """Every field as it is now (the result ``action_save`` gives)."""
        values = {
            name: self.query_one(f"#publish-{name.replace('_', '-')}", Input).value.strip()
            for name in LABELS
        }
        choice = self.query_one("#publish-claimant-type", Select).value
        values["claimant_type"] = choice if isinstance(choice, str) else ""
        return values

    def action_save(self) -> None:
        self.dismiss(self._fields())

    def action_cancel(self) -> None:
        """Close; when a field was changed, only once the reviewer says to drop it (as the
        note and speaker dialogs): a reflex Esc after typing a summary lost it."""
        question = "Throw away your changes to the publication fields?\n\nn or Esc: back to them"
        close_unless_changed(self, self._fields() != self.opened, question)
