"""The help screen: every key of the screen underneath, read from its live bindings.

Generated from ``active_bindings`` (which already reflect the config.toml keymap), so it
cannot go stale when a binding is added or remapped.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Label

from factdesk.ui.widgets.text import Narrowing, fill_table, line

HELP_MAX_WIDTH = 120
"""As #help-dialog in factdesk.tcss: 90% of the screen, at most 120 columns."""
HELP_CHROME = 6
"""Columns the dialog itself takes inside that (border, padding, scroll bar)."""
CELL_PADDING = 1
ID_MIN = 12
"""Room kept for the start of the Id column when space is short (the row below has it whole)."""
TIP_MIN = 24
"""What it does gets this much, or its whole, when the room allows."""
TIP_LEAST = 8
"""What it does keeps this much when the Id column takes its full width (80 columns: the
Id whole, "verdict-corroborated", and ten of what it does, whole under the table)."""


def _cut(text: str, width: int, style: str = "") -> Content:
    """A cell no wider than ``width``, with … where it was cut (the full text shows below)."""
    content = line(text, style)
    return content if content.cell_length <= width else content.truncate(width, ellipsis=True)


def key_rows(screen: Screen) -> list[tuple[str, str, str]]:
    """(keys, name, what it does) per binding id, keys of the same binding joined."""
    return [(keys, name, tip) for keys, name, tip, _ident in key_table(screen)]


def key_table(screen: Screen) -> list[tuple[str, str, str, str]]:
    """(keys, name, what it does, binding id): the id is what config.toml's [keys] remaps.

    The screen's and the app's bindings all, a focused widget's only when it shows them;
    Textual's own (Tab, Shift+Tab, Ctrl+C: no id) after the desk's, which the list opened on.
    """
    rows: dict[str, list] = {}
    for key, active in screen.active_bindings.items():
        binding = active.binding
        if active.node is not screen and active.node is not screen.app and not binding.show:
            continue  # a focused widget's own cursor keys: arrows, home/end and the like
        ident = binding.id or binding.action
        display = screen.app.get_key_display(Binding(key, binding.action))
        if ident in rows:
            rows[ident][0].append(display)
        else:
            rows[ident] = [[display], binding.description or binding.action, binding.tooltip]
    # Textual's own bindings (tab, ctrl+c...) have no id: nothing to name for [keys].
    table = [
        (" ".join(keys), name, tip, "" if "." in ident else ident)
        for ident, (keys, name, tip) in rows.items()
    ]
    return sorted(table, key=lambda row: not row[3])  # stable: each part in binding order


class HelpScreen(ModalScreen[None]):
    """Keys of the screen below; Esc, q or ? closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "close", "Close", id="help-close", tooltip="Close"),
        # the keys that move in every other list of the desk: in help only the arrows and
        # Page keys moved, so j, G or End (tried first, shift34) did nothing and said nothing
        Binding("j", "row(1)", "Down", show=False, id="help-down", tooltip="Next key"),
        Binding("k", "row(-1)", "Up", show=False, id="help-up", tooltip="Previous key"),
        Binding("g", "row_at(0)", "First", show=False, id="help-first", tooltip="First key"),
        Binding("G", "row_at(-1)", "Last", show=False, id="help-last", tooltip="Last key"),
        # the table's own Home and End scroll sideways; here they go to the first and last key
        Binding("home", "row_at(0)", "First", show=False, priority=True, id="help-home",
                tooltip="First key"),
        Binding("end", "row_at(-1)", "Last", show=False, priority=True, id="help-end",
                tooltip="Last key"),
    ]  # fmt: skip

    def __init__(self, below: Screen) -> None:
        super().__init__()
        self.table = key_table(below)
        self.rows = [(keys, name, tip) for keys, name, tip, _ident in self.table]

    def compose(self) -> ComposeResult:
        with Vertical(id="help-dialog"):
            yield Label(Content.styled("Keys on this screen", "bold"))
            yield DataTable(id="help-keys", cursor_type="row", zebra_stripes=True)
            yield Label("", id="help-row")
            yield Label(
                Content.styled("Esc closes · remap a key by its Id in config.toml [keys]", "dim")
            )

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        room = min(self.app.size.width * 9 // 10, HELP_MAX_WIDTH) - HELP_CHROME
        fixed = [max([3, *(len(row[i]) for row in self.table)]) for i in (0, 1)]
        free = room - sum(fixed) - 2 * CELL_PADDING * 4
        ids = max([2, *(len(row[3]) for row in self.table)])
        tips = max([TIP_MIN, *(len(row[2]) for row in self.table)])
        # the id whole first (what [keys] remaps: cut, it took moving to each row to read,
        # review42 A20); what it does is cut before it, and is whole under the table
        id_width = min(ids, max(ID_MIN, free - TIP_LEAST))
        tip_width = max(TIP_LEAST, min(tips, free - id_width))
        id_width = max(2, min(ids, free - tip_width))
        cells = [
            (Content(keys), Content(name), _cut(tip, tip_width), _cut(ident, id_width, "dim"))
            for keys, name, tip, ident in self.table
        ]
        # the column narrower than its label is headed "Does" (80 columns)
        fill_table(table, ("Key", "Action", "What it does", "Id"), cells,
                   gives=Narrowing(2, room, "Does"))  # fmt: skip
        table.focus()
        self._show_row(0)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_row(event.cursor_row)

    def _show_row(self, index: int) -> None:
        """The highlighted key's description in full, under the table (cells are cut)."""
        if 0 <= index < len(self.table):
            keys, name, tip, ident = self.table[index]
            # the id first: after a long description it went past the row's two lines at
            # 80 columns, and the id (cut in its column) is what config.toml's [keys] needs
            label = Content.assemble(
                line(keys, "bold"),
                Content.styled(f"  [keys] id {ident} · ", "dim") if ident else " ",
                line(tip or name),
            )
            self.query_one("#help-row", Label).update(label)

    def action_row(self, step: int) -> None:
        table = self.query_one(DataTable)
        table.move_cursor(row=max(0, min(table.row_count - 1, table.cursor_row + step)))

    def action_row_at(self, index: int) -> None:
        table = self.query_one(DataTable)
        table.move_cursor(row=index % table.row_count if table.row_count else 0)

    def action_close(self) -> None:
        self.dismiss(None)
