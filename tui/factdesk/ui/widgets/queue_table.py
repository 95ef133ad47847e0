"""The queue's table: draws only the rows on screen, so a desk of thousands opens at once.

Why not DataTable: it converts and measures every cell of every row before the first frame
(2,000 articles cost ~0.5 s there). This widget takes column widths worked out up front and a
function that builds one row's cells on demand; ``render_line`` builds just the rows in view
and keeps them in a small cache. It keeps DataTable's look (header, zebra stripes, row cursor,
one cell of padding each side) and the small part of its API the queue uses.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

Cells = Callable[[int], Sequence[Content]]
"""Row index -> that row's cells, one Content per column."""

CACHED_ROWS = 256
PADDING = 1


def fit_widths(natural: Sequence[int], shrink: Sequence[tuple[int, int]], room: int,
               padding: int = 0) -> tuple[int, ...]:  # fmt: skip
    """Column widths within ``room`` cells: columns give up width in ``shrink`` order, each
    down to its narrowest; what still does not fit scrolls sideways. A narrowest of 0 drops
    the column whole (a sliver of it says nothing), and its ``padding`` (counted out of
    ``room`` by the caller) is room again."""
    widths = list(natural)
    excess = sum(widths) - max(room, 0)
    for column, narrowest in shrink:
        if excess <= 0:
            break
        if not narrowest and widths[column]:  # dropped whole, with its padding
            excess -= widths[column] + padding
            widths[column] = 0
            continue
        give = min(excess, max(0, widths[column] - narrowest))
        widths[column] -= give
        excess -= give
    return tuple(widths)


class QueueTable(ScrollView, can_focus=True):
    """A row-cursor table over ``row_count`` rows whose cells are built when first drawn."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "queue-table--header",
        "queue-table--cursor",
        "queue-table--even-row",
        "queue-table--odd-row",
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select_cursor", "Open", id="open-article", tooltip="Review this article"),
        Binding("up", "cursor_up", "Up", show=False),
        Binding("down", "cursor_down", "Down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("home,ctrl+home", "first", "First", show=False),
        Binding("end,ctrl+end", "last", "Last", show=False),
    ]

    cursor_row: reactive[int] = reactive(0, always_update=False)

    @dataclass
    class RowSelected(Message):
        """Enter, or a click on the row under the cursor."""

        table: QueueTable
        cursor_row: int

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.labels: tuple[Content, ...] = ()
        self.full_labels: tuple[str, ...] = ()
        self.short_labels: tuple[str, ...] = ()
        self.full_at: tuple[int, ...] = ()
        """Per column, the narrowest width its cells are drawn in their full form at, under
        the full header; narrower, every cell of the column takes the short form."""
        self.widths: tuple[int, ...] = ()
        """The widths drawn now: ``natural`` fitted to the table's width (``fit_widths``)."""
        self.natural: tuple[int, ...] = ()
        self.shrink_order: tuple[tuple[int, int], ...] = ()
        """(column, narrowest width) in the order columns give up room when space is short."""
        self.row_count = 0
        self._cells: Cells = lambda index: ()
        self._rows: dict[int, Content] = {}

    # -- data -----------------------------------------------------------------------------

    def set_rows(
        self,
        labels: Sequence[str],
        widths: Sequence[int],
        count: int,
        cells: Cells,
        shrink: Sequence[tuple[int, int]] = (),
        short: Sequence[str] = (),
        full_at: Sequence[int] = (),
    ) -> None:
        """Replace the table: ``widths`` are content widths (cells longer are cut with …);
        ``shrink`` says which columns narrow first, and how far, when the table is too narrow;
        ``short``: the headers drawn over a column narrowed below its full form ("Outlet",
        never "Outlet · d…"); ``full_at``: the narrowest width of each column's full form,
        when its cells need more than their header (by default the full header's length).
        One form per column: a header and every cell under it say the same things."""
        self.full_labels = tuple(labels)
        self.short_labels = tuple(short) or self.full_labels
        self.full_at = tuple(
            max(len(label), at)
            for label, at in zip(labels, tuple(full_at) or (0,) * len(labels), strict=True)
        )
        self.natural = tuple(max(w, len(label)) for w, label in zip(widths, labels, strict=True))
        self.shrink_order = tuple(shrink)
        self.row_count = count
        self._cells = cells
        self.cursor_row = min(self.cursor_row, max(0, count - 1))
        self._fit()

    def _fit(self) -> None:
        """Fit the columns to the width on screen, then drop the cached rows and redraw."""
        room = self.scrollable_content_region.width or self.size.width
        padding = 2 * PADDING * len(self.natural)
        self.widths = fit_widths(self.natural, self.shrink_order, room - padding, 2 * PADDING)
        self.labels = tuple(
            Content.styled(brief if self.shortened(column) else full, "bold")
            for column, (full, brief) in enumerate(
                zip(self.full_labels, self.short_labels, strict=True)
            )
        )
        self._rows.clear()
        width = sum(w + 2 * PADDING for w in self.widths if w)
        self.virtual_size = Size(width, self.row_count + 1)
        self.refresh()

    def redraw_rows(self, indices: Sequence[int]) -> None:
        """Draw these rows again from their cells (their content changed, not the columns)."""
        for index in indices:
            self._rows.pop(index, None)
        self.refresh()

    def narrowed(self, column: int) -> int:
        """How many cells ``column`` is drawn narrower than its natural width."""
        return self.natural[column] - self.widths[column] if self.widths else 0

    def shortened(self, column: int) -> bool:
        """Whether ``column`` is drawn narrower than its full form (``full_at``), under its
        short header, so its cells hold only what the short header names."""
        return bool(self.widths) and self.full_at[column] > self.widths[column]

    def on_resize(self, event: events.Resize) -> None:
        if self.natural:
            self._fit()

    def get_row_at(self, index: int) -> list[Content]:
        """The cells of one row, as drawn."""
        return list(self._cells(index))

    def _row_content(self, index: int) -> Content:
        row = self._rows.get(index)
        if row is None:
            if len(self._rows) >= CACHED_ROWS:
                self._rows.clear()
            row = self._rows[index] = self._line(self._cells(index))
        return row

    def _line(self, cells: Sequence[Content]) -> Content:
        pad = " " * PADDING
        parts: list[Content | str] = []
        for cell, width in zip(cells, self.widths, strict=False):
            if not width:  # a column dropped at this width (``fit_widths``)
                continue
            if cell.cell_length > width:
                cell = cell.truncate(width, ellipsis=True)
            parts += [pad, cell.pad_right(width - cell.cell_length), pad]
        return Content.assemble(*parts)

    # -- drawing --------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        width = self.scrollable_content_region.width
        if y == 0:
            style = self.get_visual_style("queue-table--header")
            content = self._line(self.labels)
        else:
            index = scroll_y + y - 1
            if not 0 <= index < self.row_count:
                return Strip.blank(width, self.get_visual_style().rich_style)
            style = self.get_visual_style(self._row_class(index))
            content = self._row_content(index)
        strip = Strip(content.render_segments(style), content.cell_length)
        strip = strip.extend_cell_length(scroll_x + width, style.rich_style)
        return strip.crop(scroll_x, scroll_x + width)

    def _row_class(self, index: int) -> str:
        if index == self.cursor_row:
            return "queue-table--cursor"
        return "queue-table--odd-row" if index % 2 else "queue-table--even-row"

    def watch_cursor_row(self, old: int, new: int) -> None:
        self.refresh()
        self.scroll_to_cursor()

    def scroll_to_cursor(self) -> None:
        """Keep the cursor row under the header, scrolling as little as possible."""
        visible = self.scrollable_content_region.height - 1
        if visible <= 0:  # not laid out yet: try again once it is
            self.call_after_refresh(self._scroll_if_laid_out)
            return
        top = self.scroll_offset.y
        if self.cursor_row < top:
            self.scroll_to(y=self.cursor_row, animate=False, immediate=True)
        elif self.cursor_row >= top + visible:
            self.scroll_to(y=self.cursor_row - visible + 1, animate=False, immediate=True)

    def _scroll_if_laid_out(self) -> None:
        if self.scrollable_content_region.height > 1:
            self.scroll_to_cursor()

    # -- moving ---------------------------------------------------------------------------

    def move_cursor(self, *, row: int, animate: bool = False) -> None:
        """DataTable's signature, so callers read the same."""
        if self.row_count:
            self.cursor_row = max(0, min(self.row_count - 1, row))

    def action_cursor_down(self) -> None:
        self.move_cursor(row=self.cursor_row + 1)

    def action_cursor_up(self) -> None:
        self.move_cursor(row=self.cursor_row - 1)

    def action_page_down(self) -> None:
        self.move_cursor(row=self.cursor_row + max(1, self.scrollable_content_region.height - 1))

    def action_page_up(self) -> None:
        self.move_cursor(row=self.cursor_row - max(1, self.scrollable_content_region.height - 1))

    def action_first(self) -> None:
        self.move_cursor(row=0)

    def action_last(self) -> None:
        self.move_cursor(row=self.row_count - 1)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Enter on an empty table is the screen's (which says why nothing opens): the
        table's own Enter took the key and did nothing."""
        return action != "select_cursor" or bool(self.row_count)

    def action_select_cursor(self) -> None:
        if self.row_count:
            self.post_message(self.RowSelected(self, self.cursor_row))

    async def _on_click(self, event: events.Click) -> None:
        """Like DataTable: a click moves the cursor; a click on the cursor row selects it."""
        offset = event.get_content_offset(self)
        if offset is None or offset.y == 0:
            return
        row = self.scroll_offset.y + offset.y - 1
        if not 0 <= row < self.row_count:
            return
        event.stop()
        if row == self.cursor_row:
            self.action_select_cursor()
        else:
            self.move_cursor(row=row)
