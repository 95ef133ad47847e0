"""The export dialog (``e``): format, scope and path, then one atomic write through the Desk.

It calls the same ``factdesk.export`` functions as ``factdesk export``, so a file written
here is byte for byte what the CLI would write. The file name in the notification is
sanitised and passed as plain Content, never as markup: a path can contain ``[``.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet

from factdesk.desk.service import Desk, DeskError
from factdesk.export import (
    FORMATS,
    NOTHING_TO_PUBLISH,
    ExportResult,
    ExportScope,
    default_filename,
    export_text,
    publishes_nothing,
    refuse_desk_target,
)
from factdesk.export.atomic import write_atomic
from factdesk.settings.config import ConfigError
from factdesk.settings.locations import export_dir
from factdesk.text.counts import counted
from factdesk.text.sanitize import sanitize_line
from factdesk.ui.screens.confirm import ConfirmScreen
from factdesk.ui.widgets.choice_set import ChoiceSet
from factdesk.ui.widgets.text import line

SCOPES: dict[str, str] = {
    "article": "This article",
    "desk": "The whole desk",
    "reviewed": "Reviewed only",
}


EXPORT_KEYS = "↑↓ choose · Enter exports · Esc closes"
"""The dialog's keys, beside its buttons: it has no footer, and the review's keys showed
under it (desk36, in tmux: a reviewer saw "1-4 Verdict" and no word of Enter or Esc)."""


def swap_extension(path: str, fmt: str) -> str:
    """Give ``path`` the format's extension when it has another export extension (or none)."""
    known = {f".{exporter.extension}" for exporter in FORMATS.values()}
    current = Path(path)
    if current.suffix.lower() in known or not current.suffix:
        return str(current.with_suffix(f".{FORMATS[fmt].extension}"))
    return path


def named_for_another(path: str, fmt: str) -> str | None:
    """Why ``path`` does not fit the chosen format, when its suffix is another export
    format's (CSV picked, "report.md" typed: the dialog wrote CSV under a Markdown name and
    said "Exported"), else None. Another suffix ("my.tsv") is the reviewer's to choose."""
    suffix = Path(path).suffix.lower()
    named = next((f for f in FORMATS.values() if f".{f.extension}" == suffix), None)
    if named is None or named.name == fmt or named.extension == FORMATS[fmt].extension:
        return None
    chosen = FORMATS[fmt]
    return (
        f"{Path(path).name} is a {named.label} name: pick {named.label}, "
        f"or name the file .{chosen.extension} for {chosen.label}"
    )


class ExportScreen(ModalScreen[Path | None]):
    """Choose what to export and where; dismisses with the written path (None on Esc)."""

    DEFAULT_CSS = """
    ExportScreen { align: center middle; }
    ExportScreen #export-dialog {
        width: 76; height: auto; max-height: 100%;
        border: thick $primary; background: $surface; padding: 0 1;
    }
    ExportScreen .export-label { text-style: bold; }
    ExportScreen #export-article {
        width: 1fr; height: 1; text-wrap: nowrap; text-overflow: ellipsis;
    }
    ExportScreen #export-choices { height: auto; }
    ExportScreen #export-choices Vertical { width: 1fr; height: auto; }
    ExportScreen RadioSet { width: 100%; }
    ExportScreen #export-buttons { height: auto; align-horizontal: right; }
    ExportScreen #export-keys { width: 1fr; height: 3; content-align: left middle; }
    ExportScreen #export-buttons Button { margin-left: 1; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="export-cancel", tooltip="Close, write nothing"),
        Binding("ctrl+s", "export", "Export", id="export-write", tooltip="Write the file"),
        Binding("ctrl+o", "file", "File", id="export-file", tooltip="Move to the File field"),
    ]

    def __init__(self, desk: Desk, article_id: int | None, folder: Path | None = None) -> None:
        super().__init__()
        self.desk = desk
        self.article_id = article_id
        self.folder = folder if folder is not None and folder.is_dir() else export_dir()
        """The folder offered: the last export's (``FactDeskApp.open_export``), else
        ``export_dir()`` (``factdesk`` in the documents folder, made when first written)."""
        self.fmt = "csv"
        self.scope = "article" if article_id is not None else "desk"

    def compose(self) -> ComposeResult:
        with Vertical(id="export-dialog"):
            yield Label(Content.styled("Export verdicts", "bold"))
            if self.article_id is not None:  # from the queue, "This article" named none
                title = self.desk.article_summary(self.article_id).title
                yield Label(
                    Content.assemble(Content.styled("This article: ", "dim"), line(title)),
                    id="export-article",
                )
            with Horizontal(id="export-choices"):
                with Vertical():
                    yield Label("Format", classes="export-label")
                    with ChoiceSet(id="export-format"):
                        for name, exporter in FORMATS.items():
                            yield RadioButton(exporter.label, value=name == self.fmt, name=name)
                with Vertical():
                    yield Label("Scope", classes="export-label")
                    with ChoiceSet(id="export-scope"):
                        yield from self._scope_buttons()
            yield Label("File", classes="export-label", id="export-file-label")
            yield Input(str(self.folder / default_filename(self.fmt)), id="export-path")
            with Horizontal(id="export-buttons"):
                yield Label(Content.styled(EXPORT_KEYS, "dim"), id="export-keys")
                yield Button("Export", variant="primary", id="export-ok")
                yield Button("Cancel", id="export-close")

    def on_mount(self) -> None:
        """Name the key that reaches the File field next to it (the dialog has no footer);
        read from the active bindings, so a key remapped in config.toml's [keys] shows."""
        keys = [
            self.app.get_key_display(active.binding)
            for active in self.active_bindings.values()
            if active.binding.id == "export-file"
        ]
        if keys:
            label = self.query_one("#export-file-label", Label)
            label.update(Content.assemble("File ", Content.styled(keys[0], "not bold dim")))

    def action_file(self) -> None:
        """Focus the File field as Tab does: the path selected, a name typed replaces it."""
        self.query_one("#export-path", Input).focus()

    def _scope_buttons(self) -> ComposeResult:
        for name, label in SCOPES.items():
            if name != "article" or self.article_id is not None:
                yield RadioButton(label, value=name == self.scope, name=name)

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        name = event.pressed.name or ""
        if event.radio_set.id == "export-format" and name in FORMATS:
            self.fmt = name
            path = self.query_one("#export-path", Input)
            path.value = swap_extension(path.value, name)
        elif event.radio_set.id == "export-scope" and name in SCOPES:
            self.scope = name

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_export()

    def on_choice_set_submitted(self, event: ChoiceSet.Submitted) -> None:
        """Enter on the format or the scope writes, as Enter in the File field does."""
        event.stop()
        self.action_export()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "export-ok":
            self.action_export()
        else:
            self.action_cancel()

    def current_scope(self) -> ExportScope:
        if self.scope == "article" and self.article_id is not None:
            return ExportScope(article_ids=(self.article_id,))
        return ExportScope(reviewed_only=self.scope == "reviewed")

    def action_export(self) -> None:
        target = self.query_one("#export-path", Input).value.strip()
        if not target:
            self.notify("name a file to write", severity="error")
            return
        if (mismatch := named_for_another(target, self.fmt)) is not None:
            self.notify(sanitize_line(mismatch), severity="error", markup=False)
            return
        try:
            refuse_desk_target(self.desk, target)  # before asking to replace it
            result = self._export_text()
        except (DeskError, ConfigError) as error:  # ExportError included: one line
            self.notify(sanitize_line(str(error)), severity="error", markup=False)
            return
        if publishes_nothing(self.fmt, result.claims):
            # "[]" alone reads as a failed export: say why, write nothing (as the CLI says)
            self.notify(NOTHING_TO_PUBLISH, severity="warning", markup=False)
            return
        if Path(target).expanduser().is_file():
            question = Content.assemble("Replace the existing file?\n\n", line(target))
            self.app.push_screen(
                ConfirmScreen(question), lambda yes: self._replace(target, result, yes)
            )
            return
        self._write(target, result)

    def _write(self, target: str, result: ExportResult) -> None:
        """Write the rendered export and close the dialog, or say why not in one line."""
        try:
            self._make_folder(Path(target).expanduser().parent)
            result.path = write_atomic(target, result.text)
        except DeskError as error:  # ExportError: one line naming the file
            self.notify(sanitize_line(str(error)), severity="error", markup=False)
            return
        self._announce(result)
        self.dismiss(result.path)

    def _make_folder(self, folder: Path) -> None:
        """Make the offered folder on the first export into it (the documents folder's
        ``factdesk``); a folder the reviewer typed must exist (a typing slip makes none)."""
        if folder == self.folder and not folder.is_dir():
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                reason = error.strerror or str(error)
                raise DeskError(f"{folder}: cannot make the folder: {reason}") from None

    def _export_text(self) -> ExportResult:
        """The export's text, rendered before anything is asked or written."""
        # config.toml as it is now: a refusal names it, and an edit made since the app
        # started counts at the next try.
        self.desk.reread_publishing()
        # A file is for publishing: ClaimReview missing a required field is refused,
        # naming the claims, as ``factdesk export -o`` does.
        return export_text(self.desk, self.fmt, self.current_scope(), strict=True)

    def _replace(self, target: str, result: ExportResult, yes: bool | None) -> None:
        if yes:
            self._write(target, result)
        else:
            self.notify("not exported: the file is kept; choose another name", markup=False)

    def _announce(self, result: ExportResult) -> None:
        name = sanitize_line(str(result.path.resolve() if result.path else ""))
        for warning in result.warnings:
            self.app.notify(sanitize_line(warning), severity="warning", markup=False)
        message = f"Exported {counted(result.claims, 'claim')} ({result.format}) to {name}"
        self.app.notify(message, title="Export", markup=False)

    def action_cancel(self) -> None:
        self.dismiss(None)
