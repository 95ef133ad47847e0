"""The names view (``N``): every name the current article mentions, across the desk's spellings.

Why: a claim resting on a name that no other article carries cannot be corroborated from the
desk, and one place spelled three ways (Kupyansk / Kupiansk) must be recognised as one before
"who else says this?" can be answered. Each row is one name group: its usual spelling, the
variants the whole desk uses, how many articles carry it; single-source names are marked ◆ and
coloured. The grouping is automatic and cautious; the reviewer corrects it here by hand:
``space`` marks groups, ``m`` merges them, ``s`` splits one spelling off (``Desk.merge_names``
and ``Desk.split_name``: stored by spelling, so it survives re-import).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.notifications import SeverityLevel
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Label, OptionList, Static
from textual.widgets.option_list import Option

from factdesk.desk.service import Desk, DeskError
from factdesk.names.groups import NameGroup
from factdesk.text.counts import counted
from factdesk.text.sanitize import sanitize_line
from factdesk.ui.host import host, notice
from factdesk.ui.pending import queued
from factdesk.ui.screens.confirm import ConfirmScreen
from factdesk.ui.widgets.footer import DeskFooter
from factdesk.ui.widgets.text import Fit, Narrowing, fill_table, fitted, line

COLUMNS = ("", "Name", "Kind", "Other spellings", "Articles", "Mentions")
""""Other spellings" (across the desk) was "Variants across the desk": at 80 columns that
header alone pushed Mentions past the edge of an article whose names have no variants."""
SINGLE = "$warning"
"""Single-source names are drawn in the theme's warning colour (and marked ◆)."""


def name_row(group: NameGroup, marked: bool) -> tuple[Content, ...]:
    """One group as table cells; every spelling is article text, so sanitised Content."""
    style = f"bold {SINGLE}" if group.single_source else "bold"
    others = [v for v in group.variants if v != group.name]
    variants = line(", ".join(others)) if others else Content.styled("—", "dim")
    count = (
        Content.styled("◆ 1 only", SINGLE) if group.single_source else Content(str(group.articles))
    )
    return (
        Content.styled("●" if marked else " ", "bold $accent"),
        line(group.name, style),
        Content.styled(group.kind, "dim"),
        variants,
        count,
        Content(str(group.mentions)),
    )


def counts_line(groups: int, single: int) -> list[Fit | Content | str]:
    """The header's second line, as parts that shorten at 80 columns: the words about
    single-source names first, then "Esc back" (the footer has it); the other keys stay whole."""
    if single:
        # none: said plainly, not in the warning colour of a name to look at
        words = (" carried by this article only", " only here", "")
        only = Fit(tuple(Content.styled(f"◆ {single}{end}", SINGLE) for end in words), 1)
    else:
        only = Fit((Content.styled("every name also elsewhere on the desk", "dim"),
                    Content.styled("all also elsewhere", "dim")), 1)  # fmt: skip
    keys = " · space marks · m merges · s splits"
    return [
        f"{counted(groups, 'name')} · ",
        only,
        Fit((Content.styled(f"{keys} · Esc back", "dim"), Content.styled(keys, "dim")), 2),
    ]


class NamesScreen(Screen[None]):
    """Names of one article; Esc goes back to the review."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "back", "Back", id="names-back", tooltip="Back to the article"),
        Binding("j", "cursor(1)", "Down", show=False, id="names-down", tooltip="Next name"),
        Binding("k", "cursor(-1)", "Up", show=False, id="names-up", tooltip="Previous name"),
        Binding(
            "space", "mark", "Mark", id="names-mark",
            tooltip="Mark or unmark this name for a merge",
        ),
        Binding(
            "m", "merge", "Merge", id="names-merge",
            tooltip="Merge the marked names (and this one) into one name",
        ),
        Binding(
            "s", "split", "Split", id="names-split",
            tooltip="Take one spelling out of this name into a name of its own",
        ),
    ]  # fmt: skip

    def __init__(self, desk: Desk, article_id: int, title: str) -> None:
        super().__init__()
        self.desk = desk
        self.article_id = article_id
        self.title_text = title
        self.groups: list[NameGroup] = []
        self.marked: set[str] = set()

    def compose(self) -> ComposeResult:
        yield Static(id="names-title")
        yield DataTable(id="names", cursor_type="row", zebra_stripes=True)
        yield DeskFooter()

    def on_mount(self) -> None:
        self.reload()
        self.query_one(DataTable).focus()

    def reload(self, select: str | None = None) -> None:
        """Re-read the groups (after a merge or split), keeping ``select`` under the cursor."""
        table = self.query_one(DataTable)
        if select is None and self.groups and table.cursor_row is not None:
            select = self.groups[min(table.cursor_row, len(self.groups) - 1)].key
        self.groups = self.desk.names(self.article_id)
        self._draw(select)

    def _draw(self, select: str | None) -> None:
        """Draw the groups already read, ``select`` under the cursor: a mark or a resize changes
        nothing in the store, so it draws without reading the desk again."""
        table = self.query_one(DataTable)
        keys = [g.key for g in self.groups]
        self.marked &= set(keys)
        rows = [name_row(g, g.key in self.marked) for g in self.groups]
        # the spellings give way to the counts after them (the room: the screen less the
        # table's first cell and its scroll bar)
        room = self.app.size.width - 3
        fill_table(
            table,
            COLUMNS,
            rows,
            keys,
            Narrowing(COLUMNS.index("Other spellings"), room, "Spellings"),
        )
        if select in keys:
            table.move_cursor(row=keys.index(select), animate=False)
        single = sum(1 for g in self.groups if g.single_source)
        title = self.query_one("#names-title", Static)
        title.update(
            Content.assemble(
                Content.styled("Names in ", "dim"),
                line(self.title_text, "bold"),
                "\n",
                fitted(
                    counts_line(len(self.groups), single),
                    self.app.size.width - 2,  # less the title's padding
                ),
            )
        )

    def on_resize(self) -> None:
        """The header's words and the spellings' width follow the screen's width."""
        if self.groups:
            self._draw(self.current.key if self.current else None)

    @property
    def current(self) -> NameGroup | None:
        row = self.query_one(DataTable).cursor_row
        if not self.groups or row is None:
            return None
        return self.groups[min(row, len(self.groups) - 1)]

    # -- keys -----------------------------------------------------------------------------

    def action_back(self) -> None:
        self.app.pop_screen()

    def action_cursor(self, delta: int) -> None:
        table = self.query_one(DataTable)
        table.action_cursor_down() if delta > 0 else table.action_cursor_up()

    def action_mark(self) -> None:
        group = self.current
        if group is not None:
            self.marked ^= {group.key}
            self._draw(group.key)

    def action_merge(self) -> None:
        group = self.current
        chosen = [g for g in self.groups if g.key in self.marked or g is group]
        if len(chosen) < 2:
            self._say("mark two or more names with space first")
            return
        chosen.sort(key=lambda g: (-g.articles, -g.mentions))
        question = Content.assemble(
            "Merge into one name?\n\n",
            *[Content.assemble("  ", line(", ".join(g.variants), "bold"), "\n") for g in chosen],
            Content.styled("\ns splits a spelling off again.", "dim"),
        )
        names = [g.name for g in chosen]
        self.app.push_screen(
            ConfirmScreen(question), lambda yes: self._merge(names) if yes else None
        )

    def _merge(self, names: list[str]) -> None:
        def merged(group: object) -> None:
            self.marked.clear()
            self._reload_shown(str(group))
            self._say(f"merged: {', '.join(names)}")

        self._write(lambda: self.desk.merge_names(names), "merge", merged)

    def action_split(self) -> None:
        group = self.current
        if group is None:
            return
        if len(group.variants) < 2:
            self._say(f"{group.name} has one spelling: nothing to split")
            return
        self.app.push_screen(SpellingPicker(group), self._split)

    def _split(self, spelling: str | None) -> None:
        if spelling is None:
            return

        def split(_: object) -> None:
            self._reload_shown(None)
            self._say(f"split off: {spelling}")

        self._write(lambda: self.desk.split_name(spelling), "split", split)

    def _write(self, run: Callable[[], object], what: str, done: Callable[[object], None]) -> None:
        """A merge or split through the app's one queue of writes (``ui.pending.queued``):
        while the app's import holds the desk it waits off the event loop (it waited on the
        loop, the screen frozen up to 30 s: issue 15), and is written after the review's
        writes pressed before it."""
        try:
            queued(host(self.app).pending, run, what=what, done=done,
                   refused=lambda error: self._say(str(error), "warning"),
                   say=self._say)  # fmt: skip
        except DeskError as error:
            self._say(str(error), "warning")

    def _reload_shown(self, select: str | None) -> None:
        """The groups read again after a write, if this view is still open (a view closed
        while the write waited is still mounted, with no widgets: ``is_attached``)."""
        if self.is_attached:
            self.reload(select)

    @on(DataTable.RowSelected)
    def _row_chosen(self) -> None:
        self.action_mark()

    def _say(self, message: str, severity: SeverityLevel = "information") -> None:
        notice(self.app, sanitize_line(message), severity=severity)


class SpellingPicker(ModalScreen[str | None]):
    """Which spelling of a name to split off; Enter picks, Esc cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="split-cancel", tooltip="Split nothing"),
        Binding("j", "move(1)", "Down", show=False, id="split-down", tooltip="Next spelling"),
        Binding("k", "move(-1)", "Up", show=False, id="split-up", tooltip="Previous spelling"),
    ]

    def __init__(self, group: NameGroup) -> None:
        super().__init__()
        self.group = group

    def compose(self) -> ComposeResult:
        with Vertical(id="split-dialog"):
            name = line(self.group.name, "bold")
            yield Label(Content.assemble("Split which spelling off ", name, "?"))
            spellings = [Option(line(v), id=str(i)) for i, v in enumerate(self.group.variants)]
            yield OptionList(*spellings, id="split-spellings")
            yield Label(Content.styled("Enter splits · Esc cancels", "dim"))

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.group.variants[int(event.option.id or 0)])

    def action_move(self, delta: int) -> None:
        spellings = self.query_one(OptionList)
        spellings.action_cursor_down() if delta > 0 else spellings.action_cursor_up()

    def action_cancel(self) -> None:
        self.dismiss(None)
