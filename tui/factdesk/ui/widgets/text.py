"""Article text as ``Content``: the only way text from the desk reaches a widget.

Why: DataTable string cells, Label, Static, OptionList and ``notify()`` read Textual markup
from plain strings, and an article's ESC bytes would reach the terminal raw. Everything from
an article (title, outlet, speaker, claim text, notes) goes through ``sanitize`` and into a
``Content`` object here, which is never parsed as markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from rich.cells import cell_len
from rich.text import Text
from textual.content import Content
from textual.style import Style

from factdesk.domain.verdicts import REGISTRY, UNREVIEWED, UNREVIEWED_SYMBOL, VERDICTS
from factdesk.text.sanitize import sanitize, sanitize_line
from factdesk.ui.widgets.queue_table import fit_widths

if TYPE_CHECKING:  # the queue's first screen draws no DataTable: its module loads on first use
    from textual.widgets import DataTable

VERDICT_SYMBOLS = {verdict.name: verdict.symbol for verdict in REGISTRY} | {
    UNREVIEWED: UNREVIEWED_SYMBOL
}
"""A symbol per verdict (from the registry), so no meaning rests on colour alone."""


def verdict_style(verdict: str | None) -> str:
    """The Content style of a verdict: its theme variable from factdesk.tcss."""
    return f"$verdict-{verdict or UNREVIEWED}"  # Verdict.colour, and the unreviewed grey


def line(text: str | None, style: str = "") -> Content:
    """One line of article text, sanitised and folded, never read as markup."""
    return Content.styled(sanitize_line(text or ""), style)


def block(text: str | None, style: str = "") -> Content:
    """Article text that keeps its line breaks, sanitised, never read as markup."""
    return Content.styled(sanitize(text or ""), style)


def verdict_badge(verdict: str | None, *, short: bool = False) -> Content:
    """A reversed badge: the verdict's colour behind the screen's own background colour.

    Reversed text reads in light and dark themes alike, because the letters take the
    background colour of whichever theme is active.
    """
    word = verdict or UNREVIEWED
    label = VERDICT_SYMBOLS[word] if short else f"{VERDICT_SYMBOLS[word]} {word}"
    if verdict is None:
        return Content.styled(f" {label} ", "dim")
    return Content.styled(f" {label} ", f"bold reverse {verdict_style(word)}")


REREVIEW_SYMBOL = "↻"
"""Reviews a re-import left waiting for re-review ("↻2"): ``f`` lists them in the article."""
REREVIEW_STYLE = "bold $warning"
"""How they are drawn, in a row's counts and on the desk line: work the re-import handed back."""


def _count_parts(
    counts: dict[str, int], unreviewed: int | None, rereview: int = 0
) -> list[tuple[str, str]]:
    parts = [
        (f"{VERDICT_SYMBOLS[verdict]}{counts[verdict]}", verdict_style(verdict))
        for verdict in VERDICTS
        if counts.get(verdict)
    ]
    if unreviewed:
        parts.append((f"{VERDICT_SYMBOLS[UNREVIEWED]}{unreviewed}", "dim"))
    if rereview:  # last, in the warning colour: work the re-import handed back
        parts.append((f"{REREVIEW_SYMBOL}{rereview}", REREVIEW_STYLE))
    return parts


def verdict_counts(
    counts: dict[str, int], unreviewed: int | None = None, rereview: int = 0
) -> Content:
    """``✓3 ~1 ✗2 ?0`` in the verdicts' colours (only those that occur), then ``↻2`` when
    reviews wait for re-review after a re-import."""
    parts: list[Content | str] = []
    for text, style in _count_parts(counts, unreviewed, rereview):
        if parts:
            parts.append(" ")
        parts.append(Content.styled(text, style))
    return Content.assemble(*parts)


def verdict_counts_width(
    counts: dict[str, int], unreviewed: int | None = None, rereview: int = 0
) -> int:
    """The cell width of ``verdict_counts`` without building it (the queue sizes columns
    for thousands of rows before drawing any)."""
    parts = _count_parts(counts, unreviewed, rereview)
    return sum(cell_len(text) for text, _ in parts) + max(0, len(parts) - 1)


def progress_width(done: int, total: int, width: int = 10) -> int:
    """The cell width of ``progress_bar``, without building it."""
    return width + len(f" {done}/{total}")


def progress_bar(done: int, total: int, width: int = 10) -> Content:
    """A text bar (``███░░░ 3/6``): drawn as one cell so a table row stays one line.

    Nothing to do (``0/0``, an article with no claims) is an empty bar: a full one read as
    an article done, which the desk line does not count it as (``ArticleSummary.done``). A
    started article shows at least one cell and an unfinished one at least one empty: the
    queue's 4-cell bar at 80 columns drew 1/10 as no progress at all."""
    filled = round(width * done / total) if total else 0
    if total and width:
        filled = min(max(filled, 1 if done else 0), width if done >= total else width - 1)
    return Content.assemble(
        ("█" * filled, "$verdict-progress"),
        ("░" * (width - filled), "dim"),
        f" {done}/{total}",
    )


class Narrowing(NamedTuple):
    """Which column of a table gives way when the table is wider than the room it has."""

    column: int
    room: int
    short_label: str


def fill_table(
    table: DataTable,
    labels: Sequence[str],
    rows: Sequence[Sequence[Content]],
    keys: Sequence[str] | None = None,
    gives: Narrowing | None = None,
) -> None:
    """Replace a DataTable's columns and rows with Content cells.

    DataTable measures every cell through Rich, and a ``Content`` cell is re-rendered for each
    measure (and measured as one cell wide); so cells are turned into Rich ``Text`` once, with
    their theme-variable styles resolved, and each column is given its widest cell's width.
    Where the columns need more than ``gives.room`` cells, column ``gives.column`` narrows
    (down to its short label) so the columns after it stay on screen: at 80 columns a name's
    long list of spellings pushed the names view's article counts past the edge.
    """
    table.clear(columns=True)
    labels = list(labels)
    widths = [max([len(label), *(row[index].cell_length for row in rows)])
              for index, label in enumerate(labels)]  # fmt: skip
    if gives is not None:  # the queue's rule: narrow down to the short label, which it heads
        column = gives.column
        padding = 2 * table.cell_padding * len(widths)
        widths = list(fit_widths(widths, [(column, len(gives.short_label))], gives.room - padding))
        if widths[column] < len(labels[column]):
            labels[column] = gives.short_label
    for label, width in zip(labels, widths, strict=True):
        table.add_column(label, width=width)
    for number, row in enumerate(rows):
        table.add_row(*map(rich_text, row), key=keys[number] if keys else None)


def rich_text(content: Content) -> Text:
    """A Content as a Rich Text (styles resolved against the running app's variables)."""
    text = Text(end="", no_wrap=True)
    for part, style in content.render(Style.null()):
        text.append(part, style.rich_style if style else None)
    return text


def readonly_mark(readonly: bool) -> Content:
    """The header's warning that nothing typed will be saved (empty on a writable desk)."""
    if not readonly:
        return Content("")
    return Content.assemble((" read-only ", "bold reverse $error"), " ")


class Fit(NamedTuple):
    """One part of a header line, in its forms from longest to shortest (the last may be
    empty: the part left out), and its rank: the lowest shortens first."""

    forms: tuple[Content, ...]
    rank: int = 0


def fitted(parts: Sequence[Fit | Content | str], width: int) -> Content:
    """The parts joined into a line of at most ``width`` cells where it can be: the part of
    the lowest rank takes its next shorter form first (the later of equal ranks first), and
    so on; a plain ``Content``/``str`` part is kept whole.

    Why: a header cut at the screen's edge loses what comes last, and on the queue and the
    names view that was a key hint or the sort (at 80 columns "sort:" showed no sort, the
    names view "s split"); words a reader can do without go first instead.
    """
    fits = [p if isinstance(p, Fit) else Fit((Content(p) if isinstance(p, str) else p,))
            for p in parts]  # fmt: skip
    chosen = [0] * len(fits)

    def length() -> int:
        return sum(fit.forms[chosen[i]].cell_length for i, fit in enumerate(fits))

    while length() > width:
        open_parts = [i for i, fit in enumerate(fits) if chosen[i] + 1 < len(fit.forms)]
        if not open_parts:
            break
        step = min(open_parts, key=lambda i: (fits[i].rank, -i))
        chosen[step] += 1
    return Content.assemble(*(fit.forms[chosen[i]] for i, fit in enumerate(fits)))
