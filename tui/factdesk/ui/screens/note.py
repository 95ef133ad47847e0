"""The note editor: a modal with the note and the evidence URLs, saved only with Ctrl+S.

The result is returned through ``dismiss`` (None on Esc), so the review screen does the one
write through the Desk; the modal never touches the store. The note TextArea keeps its own
undo (ctrl+z inside it), apart from the desk's undo.

The result carries what the editor opened with (``opened``): the Desk saves only if the claim
still holds that, so a note another window or process saved meanwhile is never overwritten
unseen. When it changed, ``NoteConflictScreen`` shows both versions and asks: save mine,
keep theirs, or edit again (Esc: edit again, so nothing typed is lost).

Evidence lines must be http(s) URLs or DOIs (``factdesk.text.urls``); anything else keeps the
dialog open with one line saying which.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Label, Static, TextArea

from factdesk.domain.models import Claim
from factdesk.text.markdown import prose
from factdesk.text.sanitize import sanitize_line
from factdesk.text.urls import evidence_problem, with_scheme
from factdesk.ui.screens.confirm import close_unless_changed
from factdesk.ui.widgets.footer import DeskFooter
from factdesk.ui.widgets.text import block, line


@dataclass(frozen=True, slots=True)
class NoteResult:
    """What the reviewer saved."""

    note: str
    evidence: list[str]
    opened: tuple[str, tuple[str, ...]] | None = None
    """(note, evidence) as the editor opened them: the Desk refuses to save over anything else
    (None: no check, for callers that did not open an editor)."""


def parse_evidence(text: str) -> list[str]:
    """One URL (or reference) per line; blank lines dropped; an address typed without
    ``https://`` gets it (``text.urls.with_scheme``)."""
    return [with_scheme(item.strip()) for item in text.splitlines() if item.strip()]


def first_evidence_problem(entries: list[str]) -> str | None:
    """One line naming the first entry that is not a URL or DOI, and why; None when all are."""
    for number, entry in enumerate(entries, 1):
        problem = evidence_problem(entry)
        if problem is not None:
            shown = entry if len(entry) <= 40 else entry[:39] + "…"
            return f"evidence line {number}, “{shown}”: {problem}"
    return None


class FieldArea(TextArea):
    """A TextArea whose paste never takes the focus back.

    Textual's ``TextArea`` focuses itself after handling a paste. A paste is queued on the
    widget, a key is handled at once, so Tab pressed right after a paste moved the focus on and
    then the queued paste pulled it back: the next paste (the URL) landed in the note. Here the
    paste only inserts, so Tab order never depends on typing speed.
    """

    async def _on_key(self, event: events.Key) -> None:
        """Tab moves the focus at once, and a key that reaches this field after the focus
        moved on goes where the focus is (TextArea's own handler runs after this one).

        Textual hands each key to the widget focused when the key is read, and Tab moved the
        focus only once it had bubbled up to the app's binding, after the keys queued behind
        it: in a burst (a terminal without bracketed paste, a text expander, tmux
        ``send-keys``) "note<Tab>https://…" saved the URL inside the note."""
        focused = self.screen.focused
        if focused is not None and focused is not self:
            event.stop()
            event.prevent_default()
            focused.post_message(events.Key(event.key, event.character))
        elif event.key in ("tab", "shift+tab") and self.tab_behavior == "focus":
            event.stop()
            event.prevent_default()
            if event.key == "tab":
                self.screen.focus_next()
            else:
                self.screen.focus_previous()

    async def _on_paste(self, event: events.Paste) -> None:
        event.prevent_default()  # the base class handler would insert again and focus()
        if self.read_only:
            return
        result = self.replace(event.text, *self.selection)
        self.move_cursor(result.end_location)


class NoteScreen(ModalScreen[NoteResult | None]):
    """Edit one claim's note and evidence."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", id="note-save", tooltip="Save the note and evidence"),
        Binding(
            "escape", "cancel", "Cancel", id="note-cancel",
            tooltip="Close, keeping nothing typed (asks first when something was typed)",
        ),
    ]  # fmt: skip

    def __init__(
        self,
        claim: Claim,
        draft: NoteResult | None = None,
        opened: tuple[str, tuple[str, ...]] | None = None,
    ) -> None:
        """``draft``: text to edit instead of the claim's (editing again after a clash),
        ``opened``: the stored version that draft is now based on."""
        super().__init__()
        self.claim = claim
        self.opened = opened or (claim.note, tuple(claim.evidence))
        self.draft = draft

    def compose(self) -> ComposeResult:
        note = self.draft.note if self.draft else self.claim.note
        evidence = self.draft.evidence if self.draft else self.claim.evidence
        with Vertical(id="note-dialog"):
            yield Label(
                Content.assemble("Note for ", line(prose(self.claim.text))), id="note-claim"
            )
            yield Label("Note", classes="note-label")
            yield FieldArea(note, id="note-text", soft_wrap=True, tab_behavior="focus")
            yield Label("Evidence URLs (http, https) or DOIs, one per line", classes="note-label")
            yield FieldArea(
                "\n".join(evidence),
                id="note-evidence",
                soft_wrap=True,
                tab_behavior="focus",
            )
            yield Label("", id="note-error")
            yield DeskFooter()

    def on_mount(self) -> None:
        note = self.query_one("#note-text", TextArea)
        note.focus()
        note.move_cursor(note.document.end)

    def _typed(self) -> tuple[str, list[str]]:
        """The note and the evidence lines as the fields hold them now."""
        note = self.query_one("#note-text", TextArea).text
        return note, parse_evidence(self.query_one("#note-evidence", TextArea).text)

    def action_save(self) -> None:
        note, evidence = self._typed()
        problem = first_evidence_problem(evidence)
        if problem is not None:
            self.query_one("#note-error", Label).update(Content(sanitize_line(problem)))
            self.query_one("#note-evidence", TextArea).focus()
            return
        self.dismiss(NoteResult(note, evidence, self.opened))

    def action_cancel(self) -> None:
        """Close; when the fields hold what is not stored (typed, or a draft brought back
        after a clash), only once the reviewer says to throw it away: a reflex Esc after a
        long note lost it, saying "note: nothing changed"."""
        note, evidence = self._typed()
        changed = (note, tuple(evidence)) != self.opened
        question = "Throw away what you typed in this note?\n\nn or Esc: back to it"
        close_unless_changed(self, changed, question)


class NoteConflictScreen(ModalScreen[str]):
    """Someone saved this claim's note or evidence while it was open here: show both, ask.

    Dismisses with ``"mine"`` (save mine over theirs), ``"theirs"`` (keep theirs, drop mine)
    or ``"edit"`` (back to the editor with my text, now based on theirs).
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("m", "choose('mine')", "Save mine", id="clash-mine", tooltip="Save my version"),
        Binding(
            "t", "choose('theirs')", "Keep theirs", id="clash-theirs",
            tooltip="Keep their version, drop mine",
        ),
        Binding("e", "choose('edit')", "Edit again", id="clash-edit", tooltip="Edit mine again"),
        Binding("escape", "choose('edit')", "Edit again", id="clash-escape", tooltip="Edit again"),
    ]  # fmt: skip

    def __init__(self, mine: NoteResult, theirs_note: str, theirs_evidence: tuple[str, ...],
                 who: str) -> None:  # fmt: skip
        super().__init__()
        self.mine = mine
        self.theirs = (theirs_note, theirs_evidence)
        self.who = who

    def compose(self) -> ComposeResult:
        with Vertical(id="note-conflict"):
            yield Label(
                Content.assemble("Changed meanwhile by ", line(self.who), ". Which to keep?"),
                id="note-conflict-question",
            )
            yield Label("Theirs (saved now)", classes="note-label")
            yield Static(_shown(*self.theirs), id="note-conflict-theirs")
            yield Label("Mine (not saved)", classes="note-label")
            yield Static(_shown(self.mine.note, tuple(self.mine.evidence)), id="note-conflict-mine")
            yield Label(Content.styled("m save mine · t keep theirs · e edit again", "dim"))

    def action_choose(self, choice: str) -> None:
        self.dismiss(choice)


def _shown(note: str, evidence: tuple[str, ...]) -> Content:
    """A note and its evidence as data (sanitised, never markup)."""
    parts = [block(note or "(no note)")]
    parts += [Content("\n"), *(line(url) + Content("\n") for url in evidence)]
    return Content.assemble(*parts)
