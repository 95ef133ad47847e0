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

from factdesk.ui.widgets.text import fill_table


def key_rows(screen: Screen) -> list[tuple[str, str, str]]:
    """(keys, name, what it does) per binding id, keys of the same binding joined."""
    return [(keys, name, tip) for keys, name, tip, _ident in key_table(screen)]


def key_table(screen: Screen) -> list[tuple[str, str, str, str]]:
    """(keys, name, what it does, binding id): the id is what config.toml's [keys] remaps.

    The screen's and the app's bindings all, a focused widget's only when it shows them.
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
    return [
        (" ".join(keys), name, tip, "" if "." in ident else ident)
        for ident, (keys, name, tip) in rows.items()
    ]


class HelpScreen(ModalScreen[None]):
    """Keys of the screen below; Esc, q or ? closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "close", "Close", id="help-close", tooltip="Close"),
    ]

    def __init__(self, below: Screen) -> None:
        super().__init__()
        self.table = key_table(below)
        self.rows = [(keys, name, tip) for keys, name, tip, _ident in self.table]

    def compose(self) -> ComposeResult:
        with Vertical(id="help-dialog"):
            yield Label(Content.styled("Keys on this screen", "bold"))
            yield DataTable(id="help-keys", cursor_type="row", zebra_stripes=True)
            yield Label(
                Content.styled("Esc closes · remap a key by its Id in config.toml [keys]", "dim")
            )

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        cells = [
            (Content(keys), Content.styled(ident, "dim"), Content(name), Content(tip))
            for keys, name, tip, ident in self.table
        ]
        fill_table(table, ("Key", "Id", "Action", "What it does"), cells)
        table.focus()

    def action_close(self) -> None:
        self.dismiss(None)
