"""``i`` on the queue: which file or folder to import; the import itself runs in a worker.

The dialog only asks and checks the path exists (one line in the dialog when it does not);
it returns the path, and the app imports it in a thread while the keys stay live.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.notifications import SeverityLevel
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from factdesk.domain.models import ImportReport
from factdesk.text.sanitize import sanitize_line


def path_problem(text: str) -> str | None:
    """Why ``text`` cannot be imported, in a few words; None when it is a file or folder."""
    if not text.strip():
        return "type a file or a folder to import"
    path = Path(text.strip()).expanduser()
    if not path.exists():
        return f"no such file or folder: {sanitize_line(str(path))}"
    return None


def import_notices(report: ImportReport) -> list[tuple[str, SeverityLevel]]:
    """What the app says of a finished import besides its summary line, with each severity:
    every file that failed and why; every other word the import had for a file (a folder's
    files of an unknown type left out, front matter not read, a feed entry kept as its
    summary, a header read again), as ``factdesk import`` prints them (the app said only the
    failures: a folder of PDFs beside two articles read as "2 imported" and nothing more);
    and the earlier verdicts a new version leaves for re-review. One message given for many
    files is said once, with the count (a feed of 40 summaries is one notice, not 40)."""
    notices: list[tuple[str, SeverityLevel]] = []
    said: dict[str, list[str]] = {}
    for outcome in report.outcomes:
        if outcome.status == "failed":
            notices.append((sanitize_line(f"{outcome.path}: {outcome.message}"), "error"))
            continue
        if outcome.message:
            said.setdefault(outcome.message, []).append(outcome.path)
        if outcome.rereview:
            notices.append((sanitize_line(f"{outcome.path}: {outcome.rereview_words} "
                                          "(f in the article lists them)"), "warning"))  # fmt: skip
    for message, paths in said.items():
        more = f" (and {len(paths) - 1} more)" if len(paths) > 1 else ""
        notices.append((sanitize_line(f"{paths[0]}{more}: {message}"), "warning"))
    return notices


class ImportScreen(ModalScreen[Path | None]):
    """Type or correct a path; Enter imports it, Esc leaves."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", id="import-close", tooltip="Import nothing"),
    ]

    def __init__(self, default: Path) -> None:
        super().__init__()
        self.default = default

    def compose(self) -> ComposeResult:
        with Vertical(id="import-dialog"):
            yield Label(Content.styled("Import a file or a folder of articles", "bold"))
            yield Label(
                Content.styled(
                    "A file, or every .txt, .md, .html, .rss/.atom, .csv/.tsv file in a "
                    "folder, in the background: the queue fills as they arrive.",
                    "dim",
                )
            )
            yield Input(value=str(self.default), id="import-path")
            yield Label("", id="import-problem")
            yield Label(Content.styled("Enter imports · Esc closes", "dim"))

    def on_mount(self) -> None:
        self.query_one("#import-path", Input).focus()

    @on(Input.Submitted, "#import-path")
    def _submitted(self, event: Input.Submitted) -> None:
        problem = path_problem(event.value)
        if problem is not None:
            self.query_one("#import-problem", Label).update(Content(problem))
            return
        self.dismiss(Path(event.value.strip()).expanduser())

    @on(Input.Changed, "#import-path")
    def _typed(self, event: Input.Changed) -> None:
        """The problem was of the path as it was: it stayed ("type a file or a folder to
        import") under a path typed since."""
        self.query_one("#import-problem", Label).update("")

    def action_close(self) -> None:
        self.dismiss(None)
