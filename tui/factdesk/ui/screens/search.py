"""Ctrl+F: search claims across the whole desk; Enter opens the article at that claim.

The dialog returns the chosen claim id through ``dismiss``; the app opens it on top of the
current screen, so Esc there comes back to the article the reviewer came from.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from factdesk.desk.search import read_filter
from factdesk.desk.service import Desk
from factdesk.domain.models import Claim
from factdesk.text.markdown import prose
from factdesk.text.wordfind import first_found
from factdesk.ui.widgets.text import line, verdict_badge

RESULTS = 60
PLACEHOLDER = "words or a speaker · flag:name · kind:quote"
"""What Ctrl+F takes: the ``/`` filter's words and fields (``desk.search.read_filter``)."""
LITERAL_NOTICE = "this SQLite has no FTS5: no name spellings, and every claim is read (slower)"
KEYS = "Enter opens · ↓ to the results · Esc closes"


def status_line(text: str, found: int) -> str:
    """The dialog's last line: how many claims the words find, then the keys. Why: the list
    alone did not say that nothing matched (an empty box, as before anything was typed) nor
    that it stops at ``RESULTS`` (``found`` is one more then: more match than are shown)."""
    if not text.strip():
        return KEYS
    if not found:
        return "no claim on the desk holds these words · other words, or Esc closes"
    if found > RESULTS:
        return f"the best {RESULTS} shown, more match: add a word · Enter opens · Esc closes"
    return f"{found} claim{'s' if found != 1 else ''} · {KEYS}"


RESULT_CHARS = 140
"""A result shows this many characters of its claim (two lines of the dialog)."""
LEAD_CHARS = 40
"""Characters kept before the found word when the claim is shown from it."""


def result_text(text: str, typed: str) -> str:
    """The claim's words as a result shows them: from its start, or, when the first word the
    search found lies past what fits, from a few words before it ("…of Lyman, Slovyansk and
    Kramatorsk considerably harder, … because it denies them…"): a long claim found by
    "denied" showed its first 140 characters, none of them the word it was found by."""
    at = first_found(read_filter(typed).words, text)
    if at is not None and at > RESULT_CHARS - LEAD_CHARS:
        cut = text.rfind(" ", 0, at - LEAD_CHARS) + 1
        if cut:  # (no space before: one long token, a link; nothing is cut, so no "…")
            text = "…" + text[cut:]
    return text if len(text) <= RESULT_CHARS else text[: RESULT_CHARS - 1] + "…"


def result_prompt(claim: Claim, title: str, typed: str = "") -> Content:
    words = line(result_text(prose(claim.text), typed))
    return Content.assemble(
        verdict_badge(claim.verdict, short=True), " ", words, "\n", line(f"   {title}", "dim")
    )


class SearchScreen(ModalScreen[int | None]):
    """Type words; matching claims from every article are listed, best first.

    Word forms and name spellings match through the desk's full-text index (``desk.search``):
    "denied" finds "denies", "Kupiansk" finds "Kupyansk".
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", id="search-close", tooltip="Close without opening"),
        Binding(
            "down", "to_results", "Results", show=False, id="search-results",
            tooltip="Go to the results",
        ),
    ]  # fmt: skip

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        self._titles: dict[int, str] = {}
        self._listed_for: str | None = None
        """The words the results on screen were found for (the search runs behind the keys)."""

    def compose(self) -> ComposeResult:
        with Vertical(id="search-dialog"):
            yield Label(Content.styled("Search claims across the desk", "bold"))
            yield Input(placeholder=PLACEHOLDER, id="search-input")
            yield OptionList(id="search-results")
            yield Label(Content.styled(KEYS, "dim"), id="search-status")
            if self.desk.search_is_literal:
                yield Label(Content.styled(LITERAL_NOTICE, "$warning"), id="search-literal")

    def on_mount(self) -> None:
        self.query_one("#search-input", Input).focus()

    @on(Input.Changed, "#search-input")
    def _typed(self, event: Input.Changed) -> None:
        self.run_search(event.value)

    @work(exclusive=True, group="search")
    async def run_search(self, text: str) -> None:
        """Exclusive: a new keystroke cancels the search the previous one started."""
        found = self.desk.search_claims(text, limit=RESULTS + 1)  # one more: are there more?
        claims = found[:RESULTS]
        results = self.query_one("#search-results", OptionList)
        results.set_options(
            Option(result_prompt(c, self._title(c.article_id), text), id=str(c.id)) for c in claims
        )
        status = Content.styled(status_line(text, len(found)), "dim")
        self.query_one("#search-status", Label).update(status)
        if claims:
            results.highlighted = 0
        self._listed_for = text

    def _title(self, article_id: int) -> str:
        if article_id not in self._titles:
            self._titles[article_id] = self.desk.article_summary(article_id).title
        return self._titles[article_id]

    @on(Input.Submitted, "#search-input")
    def _submitted(self, event: Input.Submitted) -> None:
        """Enter opens the best result for the words in the field. Typed fast ("Ctrl+F, a
        name, Enter"), Enter came before the search of the last keystroke had listed
        anything, and did nothing (shift32a): then the best result is found here."""
        if event.value != self._listed_for:
            best = self.desk.search_claims(event.value, limit=1)
            if best:
                self._choose(str(best[0].id))
            return
        results = self.query_one("#search-results", OptionList)
        if results.option_count:
            self._choose(results.get_option_at_index(results.highlighted or 0).id)

    @on(OptionList.OptionSelected, "#search-results")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self._choose(event.option.id)

    def _choose(self, option_id: str | None) -> None:
        self.dismiss(int(option_id) if option_id else None)

    def action_to_results(self) -> None:
        self.query_one("#search-results", OptionList).focus()

    def action_close(self) -> None:
        self.dismiss(None)
