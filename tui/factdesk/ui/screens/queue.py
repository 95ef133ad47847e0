"""The queue: every article with its progress, unreviewed work first; Enter opens one.

It draws from ``Desk.articles()`` summaries only (counts come from one grouped query), so a
desk of thousands of articles opens without reading a single body or claim; and the table
(``QueueTable``) builds the cells of the rows on screen only, sized from plain lengths.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar, cast

from rich.cells import cell_len
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from factdesk.desk.reextraction import ReextractRun
from factdesk.desk.service import ARTICLE_SORTS, Desk
from factdesk.domain.models import ArticleSummary, Change, worded
from factdesk.domain.turns import next_with_work
from factdesk.domain.verdicts import VERDICTS
from factdesk.text.sanitize import sanitize_line
from factdesk.text.shown_dates import shown_date
from factdesk.ui.host import host, notice
from factdesk.ui.pending import queued
from factdesk.ui.widgets.footer import DeskFooter
from factdesk.ui.widgets.queue_table import QueueTable
from factdesk.ui.widgets.task_line import TaskLine
from factdesk.ui.widgets.text import (
    REREVIEW_STYLE,
    REREVIEW_SYMBOL,
    Fit,
    fitted,
    line,
    progress_bar,
    progress_width,
    readonly_mark,
    verdict_counts,
    verdict_counts_width,
)

TITLE_WIDTH = 56
"""The title's width at 120 columns: the width a longer title gives way to first."""
TITLE_MAX = 110
"""The widest a title is drawn, where the screen has the room (160 columns): at 56 the
titles were cut with a third of the screen empty beside the verdicts."""
COLUMNS = ("Article", "Outlet · date", "Claims", "Progress", "Verdicts")
SHORT_COLUMNS = ("Article", "Outlet", "Claims", "Progress", "Verdicts")
"""The headers over a column narrowed below its full header (at 80 columns)."""
BAR = 10
"""The progress bar's cells where there is room; fewer where the queue is narrow, down to 4
(``shrink_order``): 9 at 100 columns, 4 at 80 (the seeded desk's snapshots)."""
WHERE_MAX = 22
"""The width "Outlet · date" gives way to first, before the title gives up anything: one
article's "Novaya Gazeta · 19 Jan 2026" (27 cells) set the column for every row, and the titles
beside it were cut at ~90 characters at 160 columns. A cell cut keeps its date whole and cuts
the outlet (``_where``); where nothing is short of room the column stays whole."""

REDRAW_FEW = 25
"""After another process's commit, the most changed articles read and drawn alone; more (an
import, a merge) and the queue reads the whole desk again, one query."""

WHERE_WIDE = 32
"""The width a very long "Outlet · date" gives way to where the screen is wide (160 columns),
before a title longer than ``TITLE_WIDE`` gives up anything: "Novaya Gazeta · 19 Jan 2026"
was cut to "Novaya… · 19 Jan 2026" at 160 columns beside a title of a hundred cells."""
TITLE_WIDE = 80
"""A title's width at 160 columns beside a long outlet (``WHERE_WIDE``)."""


def shrink_order(progress: int) -> tuple[tuple[int, int], ...]:
    """When the queue is narrow: a very long outlet · date gives way first (to
    ``WHERE_WIDE``), a very long title next (to ``TITLE_WIDE``): at 160 columns both are
    read whole or nearly. Narrower, a long outlet · date gives way (to ``WHERE_MAX``), a
    long title next (to ``TITLE_WIDTH``), then the Claims column goes (its number is
    Progress's "0/15"), then outlet · date (to 14, where the dates go: "Outlet"), and the
    bar narrows to 4 cells, before the title gives up anything more (to 30); then the
    outlet (to 6), the title (to 20), the outlet whole, the verdict counts. At 80 columns
    the titles were cut at 20-26 characters beside a Claims column repeating Progress's
    total and a 10-cell bar; at 120 one article's verdict counts ("✓5 ~2 ✗3 ?2 ·29") took
    every row's date while the Claims column stayed (desk38). ``progress``: the Progress
    column's natural width (the bar and the widest "done/total", which stays whole)."""
    return (
        (1, WHERE_WIDE), (0, TITLE_WIDE), (1, WHERE_MAX), (0, TITLE_WIDTH), (2, 0), (1, 14),
        (3, progress - BAR + 4),
        (0, 30), (1, 6), (0, 20), (1, 0), (4, 8),
    )  # fmt: skip


def rereview_forms(waiting: int) -> tuple[Content, ...]:
    """The desk line's count of reviews a re-import handed back, long and short."""
    return tuple(
        Content.assemble(
            " · ", Content.styled(f"{REREVIEW_SYMBOL}{waiting}{words}", REREVIEW_STYLE)
        )
        for words in (" to re-review", "")
    )


def _where_text(article: ArticleSummary, narrow: bool = False) -> str:
    """``outlet · date``; ``narrow`` (under the short header "Outlet"): the outlet alone, so
    a file with no outlet shows no date under "Outlet" (seen at 80 columns)."""
    if narrow:
        return article.outlet or ""
    when = shown_date(article.date_iso, article.date_text)
    return " · ".join(x for x in (article.outlet, when) if x)


def _where(article: ArticleSummary, narrow: bool = False, width: int | None = None) -> Content:
    """The cell, cut to ``width`` (the column as drawn) by cutting the outlet before its date;
    where the outlet would keep fewer than 6 cells beside the date, the outlet alone (cut if
    it must be): the whole text cut there ended on its separator or a piece of the date
    ("Fenwick Echo …" at 80 columns, review35 item 6)."""
    full = line(_where_text(article, narrow), "dim")
    if width is None or full.cell_length <= width:
        return full
    when = "" if narrow else shown_date(article.date_iso, article.date_text)
    tail = (
        Content.styled(" · ", "dim") + line(when, "dim") if when and article.outlet else Content("")
    )
    if not tail.cell_length:  # the outlet or the date alone
        return full.truncate(width, ellipsis=True)
    if width - tail.cell_length < 6:  # no room for a useful piece of the outlet beside it
        return line(article.outlet, "dim").truncate(width, ellipsis=True)
    outlet = line(article.outlet, "dim").truncate(width - tail.cell_length - 1).rstrip()
    return outlet + Content.styled("…", "dim") + tail


def _title(article: ArticleSummary) -> Content:
    title = line(article.title, "bold" if article.has_work else "")
    return title if len(title) <= TITLE_MAX else title[: TITLE_MAX - 1] + "…"


def row_cells(article: ArticleSummary, narrow: bool = False, bar: int = BAR,
              where: int | None = None) -> tuple[Content, ...]:  # fmt: skip
    """One queue row, built only when it scrolls into view (``narrow``: see ``_where_text``;
    ``bar``: the progress bar's cells, fewer where the queue is narrow; ``where``: the outlet
    column's drawn width, see ``_where``)."""
    return (
        _title(article),
        _where(article, narrow, where),
        Content(str(article.claims)),
        progress_bar(article.reviewed, article.claims, width=bar),
        verdict_counts(article.counts, article.unreviewed, article.rereview),
    )


def column_widths(rows: list[ArticleSummary]) -> tuple[int, ...]:
    """Each column as wide as its widest cell, from plain lengths (no Content is built)."""
    if not rows:
        return (0,) * len(COLUMNS)
    return (
        min(TITLE_MAX, max(cell_len(sanitize_line(a.title)) for a in rows)),
        max(cell_len(sanitize_line(_where_text(a))) for a in rows),
        max(len(str(a.claims)) for a in rows),
        max(progress_width(a.reviewed, a.claims, BAR) for a in rows),
        max(verdict_counts_width(a.counts, a.unreviewed, a.rereview) for a in rows),
    )


def dated_width(rows: list[ArticleSummary]) -> int:
    """The narrowest "Outlet · date" column in which every row keeps its date whole (and 6
    cells of its outlet beside it, ``_where``); narrower, the column is "Outlet" and every
    row shows its outlet alone. At 80×24 one row's outlet stood alone under "Outlet · date"
    while the rows around it showed their dates: a reader took the date for missing."""
    widest = 0
    for article in rows:
        when = shown_date(article.date_iso, article.date_text)
        if not when:
            continue
        dated = cell_len(sanitize_line(when))
        if article.outlet:
            whole = cell_len(sanitize_line(_where_text(article)))
            dated = min(whole, dated + len(" · ") + 6)
        widest = max(widest, dated)
    return widest


def desk_totals(rows: list[ArticleSummary]) -> tuple[int, int, int, int, dict[str, int]]:
    """The desk line's sums over every row, in one pass (it is drawn again at every outside
    commit): claims, reviewed, articles done, reviews waiting, and claims per verdict."""
    claims = reviewed = done = waiting = 0
    counts = dict.fromkeys(VERDICTS, 0)
    for article in rows:
        claims += article.claims
        reviewed += article.reviewed
        waiting += article.rereview
        done += article.done
        for verdict, n in article.counts.items():
            counts[verdict] += n
    return claims, reviewed, done, waiting, counts


def empty_desk_line(readonly: bool) -> Content:
    """The first run's desk line: what ``i`` takes, and the command that does the same.

    It said ``i`` "imports a folder" (it takes a file as well), and the command was cut at 80
    columns (the line wraps while the desk is empty). A read-only desk imports nothing, so
    ``i`` (refused there) is not offered."""
    if readonly:
        return Content.assemble(
            ("Desk  ", "bold"), readonly_mark(True), "empty · nothing to review"
        )
    return Content.assemble(
        ("Desk  ", "bold"),
        "empty · ",
        ("i", "bold"),
        " imports a file, or a folder of articles (.txt .md .html .rss .csv…) · from a shell: ",
        ("factdesk import PATH", "bold"),
    )


NOTHING_TO_OPEN = "the desk is empty: nothing to open (i imports articles)"
"""Enter on an empty queue did nothing and said nothing."""


class QueueScreen(Screen):
    """The start screen."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Open", id="open-article", tooltip="Review this article"),
        Binding("s", "cycle_sort", "Sort", id="sort", tooltip="Cycle the sort order"),
        Binding("j", "cursor_down", "Down", show=False, id="queue-down", tooltip="Next article"),
        Binding("k", "cursor_up", "Up", show=False, id="queue-up", tooltip="Previous article"),
        Binding("g", "first", "First", show=False, id="queue-first", tooltip="First article"),
        Binding("G", "last", "Last", show=False, id="queue-last", tooltip="Last article"),
        # shown: the queue is where a desk's export starts, and at 80 columns its footer had
        # room for it beside every other key (desk36, in tmux: e was found only in ? help)
        Binding("e", "export", "Export", id="queue-export", tooltip="Export verdicts to a file"),
        Binding(
            "i",
            "import_folder",
            "Import",
            id="import-folder",
            tooltip="Import a file or a folder of articles in the background (the keys stay live)",
        ),
        Binding("q", "app.quit", "Quit", id="quit", tooltip="Quit (everything is saved already)"),
        Binding(
            "z,ctrl+z", "undo", "Undo", show=False, id="undo", key_display="z",
            tooltip="Undo your last change, then show it in its article",
        ),
        Binding(
            "Z", "redo", "Redo", show=False, id="redo",
            tooltip="Redo what was undone, then show it in its article",
        ),
    ]  # fmt: skip

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        self.rows: list[ArticleSummary] = []
        self._mark: tuple[int, int] | None = None
        self._seen: int | None = None
        """The desk's change mark as of the rows' last read (``outside_change``)."""
        self._widths: tuple[int, ...] = (0,) * len(COLUMNS)
        self._dated = 0

    def compose(self) -> ComposeResult:
        yield Static(id="desk-progress")
        yield Static(id="reextract-status", markup=False)
        self._import_status = TaskLine(id="import-status")  # kept: ``on_key`` asks it at every key
        yield self._import_status
        yield QueueTable(id="queue")
        yield DeskFooter()

    def on_mount(self) -> None:
        article_id, _ = self.desk.position()
        self.reload(article_id)
        self.query_one(QueueTable).focus()
        run = host(self.app).reextraction
        if run is not None:
            self.show_reextraction(run)

    def show_reextraction(self, run: ReextractRun) -> None:
        """The background re-extraction's progress; after it, what it could not place (the
        line stays until the session ends when something needs the reviewer)."""
        status = self.query_one("#reextract-status", Static)
        status.display = not run.finished or bool(run.unplaced or run.failed)
        status.update(run.line())

    def on_key(self, event: events.Key) -> None:
        """The reviewer's next key is the next thing that happens: an import's closing line
        goes, as a notification would (the key itself is not consumed)."""
        self._import_status.dismiss_closing()

    def on_screen_resume(self) -> None:
        """Back from a review: redraw only when something changed (a big desk takes a while)."""
        select = host(self.app).last_article_id or self.selected_id
        if self.desk.change_mark() != self._mark:
            before = self.rows
            self.reload(select)
            self._move_on_if_finished(select, before)
        elif select in (ids := [a.id for a in self.rows]):
            self.query_one(QueueTable).move_cursor(row=ids.index(select), animate=False)

    def _move_on_if_finished(self, reviewed: int | None, before: list[ArticleSummary]) -> None:
        """The review just finished its article: the cursor goes to the next article in line
        that has work, not after the finished one, which sank to the end of the queue (back
        on the queue the reviewer saw the desk's last articles, the work at the top out of
        sight)."""
        now = {a.id: a for a in self.rows}
        was = {a.id: a for a in before}
        if reviewed not in was or reviewed not in now or now[reviewed].has_work:
            return
        if not was[reviewed].has_work:
            return  # finished before this visit: it stays selected
        target = next_with_work(list(was), reviewed, {i for i, a in now.items() if a.has_work})
        if target is not None:
            row = list(now).index(target)
            self.query_one(QueueTable).move_cursor(row=row, animate=False)

    def outside_change(self) -> None:
        """Another process changed the desk (``FactDeskApp.poll_outside_changes``): most often
        one article (the app's own background re-extraction commits one at a time, every
        second for minutes), so only the articles changed since the rows were read are read
        and drawn again (``Desk.changed_articles``: one indexed read); the whole read when an
        article went or more than ``REDRAW_FEW`` changed."""
        select = self.selected_id
        if self._seen is None:
            self.reload(select)
            return
        seen, changed = self.desk.changed_articles(self._seen)
        if changed is None or len(changed) > REDRAW_FEW:
            self.reload(select)
            return
        if changed:
            self._redraw_changed(changed, select)
        self._seen = seen
        self._mark = self.desk.change_mark()

    def _redraw_changed(self, changed: set[int], select: int | None) -> None:
        """Read the ``changed`` articles again and draw their rows; the columns keep their
        widths unless a changed row needs wider, and the table is set again only when a
        column widened or the order moved (a finished article sinks)."""
        before = [a.id for a in self.rows]
        self.rows = self.desk.articles_again(self.rows, changed, host(self.app).sort)
        fresh = [a for a in self.rows if a.id in changed]
        widths = tuple(map(max, self._widths, column_widths(fresh)))
        dated = max(self._dated, dated_width(fresh))
        if widths != self._widths or dated != self._dated or before != [a.id for a in self.rows]:
            self._draw(widths, dated, select)
        else:
            self.query_one(QueueTable).redraw_rows(
                [i for i, a in enumerate(self.rows) if a.id in changed]
            )
        self._draw_progress()

    @property
    def selected_id(self) -> int | None:
        table = self.query_one(QueueTable)
        if not self.rows:
            return None
        return self.rows[min(table.cursor_row, len(self.rows) - 1)].id

    def reload(self, select: int | None = None) -> None:
        """Redraw every row from fresh summaries, keeping ``select`` under the cursor."""
        self._mark = self.desk.change_mark()
        self._seen = self.desk.queue_mark()  # before the read: a commit between is read again
        self.rows = self.desk.articles(host(self.app).sort)
        self._draw(column_widths(self.rows), dated_width(self.rows), select)
        self._draw_progress()

    def _draw(self, widths: tuple[int, ...], dated: int, select: int | None) -> None:
        """Set the table to ``self.rows`` (each row's cells built when it scrolls into view)
        in columns ``widths`` wide, keeping ``select`` under the cursor."""
        self._widths, self._dated = widths, dated
        table = self.query_one(QueueTable)
        table.set_rows(
            COLUMNS,
            widths,
            len(self.rows),
            lambda i: row_cells(
                self.rows[i],
                table.shortened(1),
                max(0, BAR - table.narrowed(3)),
                table.widths[1] if table.widths else None,
            ),
            shrink_order(max(widths[3], len(COLUMNS[3]))),
            SHORT_COLUMNS,
            (0, dated, 0, 0, 0),
        )
        ids = [a.id for a in self.rows]
        if select in ids:
            table.move_cursor(row=ids.index(select), animate=False)

    def _draw_progress(self) -> None:
        desk_line = self.query_one("#desk-progress", Static)
        desk_line.set_class(not self.rows, "-empty")
        if not self.rows:  # a first run: say how to fill the desk, not a bar of 0/0
            desk_line.update(empty_desk_line(self.desk.readonly))
            return
        claims, reviewed, done, waiting, counts = desk_totals(self.rows)
        articles = f"{done}/{len(self.rows)}"
        desk_line.update(
            fitted(
                [
                    Content.styled("Desk  ", "bold"),
                    readonly_mark(self.desk.readonly),
                    progress_bar(reviewed, claims, width=self._bar_width()),
                    Fit((Content(" claims reviewed"), Content(" reviewed")), 1),
                    # before what may be cut: work a re-import handed back
                    Fit(rereview_forms(waiting), 3) if waiting else "",
                    Fit(
                        (
                            Content(f" · {articles} articles done  "),
                            Content(f" · {articles} done  "),
                            Content("  "),
                        ),
                        2,
                    ),
                    verdict_counts(counts, claims - reviewed),
                    Fit(
                        (
                            Content.styled(f"   sort: {host(self.app).sort}", "dim"),
                            Content.styled(f"  sort: {host(self.app).sort}", "dim"),
                        ),
                        4,
                    ),
                ],
                self.app.size.width - 2,  # less the line's padding
            )
        )

    def _bar_width(self) -> int:
        """The desk line's bar: 20 cells, 10 under 100 columns, where the wide bar pushed the
        verdict counts (the line's only tally of the desk) past the edge at 80."""
        return 20 if self.app.size.width >= 100 else 10

    def on_resize(self) -> None:
        if self.rows:
            self._draw_progress()

    @on(QueueTable.RowSelected)
    def _row_chosen(self, event: QueueTable.RowSelected) -> None:
        self.action_open()

    def action_open(self) -> None:
        article_id = self.selected_id
        if article_id is None:
            self.notify(NOTHING_TO_OPEN, timeout=3, markup=False)
            return
        saved_article, saved_claim = self.desk.position()
        host(self.app).open_review(article_id, saved_claim if saved_article == article_id else None)

    def action_import_folder(self) -> None:
        host(self.app).ask_import()

    def action_cycle_sort(self) -> None:
        order = ARTICLE_SORTS
        host(self.app).sort = order[(order.index(host(self.app).sort) + 1) % len(order)]
        self.reload(self.selected_id)
        notice(self.app, f"sort: {host(self.app).sort}", timeout=1.5)

    def action_cursor_down(self) -> None:
        self.query_one(QueueTable).action_cursor_down()

    def action_cursor_up(self) -> None:
        self.query_one(QueueTable).action_cursor_up()

    def action_first(self) -> None:
        """``g``, as in the review (first claim): the reviewer's hands know it there."""
        self.query_one(QueueTable).action_first()

    def action_last(self) -> None:
        self.query_one(QueueTable).action_last()

    def action_export(self) -> None:
        host(self.app).open_export(self.selected_id, None)

    def action_undo(self) -> None:
        """``z`` here as in the review: the app opens on the queue, so after a restart the
        reviewer's undo (which survives it) met a key that did nothing and said nothing."""
        self._step(self.desk.undo, "undo", "nothing to undo")

    def action_redo(self) -> None:
        self._step(self.desk.redo, "redo", "nothing to redo")

    def _step(self, step: Callable[[], Change | None], word: str, empty: str) -> None:
        """Undo or redo through the app's one queue of writes (``ui.pending.queued``): while
        the app's import holds the desk it waits off the event loop, behind the review's
        writes still waiting (it takes back the last change pressed), and the screen stays
        live."""
        queued(host(self.app).pending, step, what=word,
               done=lambda change: self._show_change(cast(Change | None, change), empty),
               refused=lambda error: notice(self.app, f"{word} was not saved: {error}",
                                            severity="error", timeout=15),
               say=lambda said: notice(self.app, said))  # fmt: skip

    def _show_change(self, change: Change | None, empty: str) -> None:
        """Open the review at the claim the change was on, saying what was taken back or
        done again, in the words the review uses (its history's). A change that waited for
        the desk while the reviewer went on elsewhere is only said: the screen they are on
        stays theirs."""
        if change is None:
            notice(self.app, empty)
            return
        claim = self.desk.claim(change.claim_id)
        told = worded([change], among=self.desk.history(change.claim_id))[change.id]
        said = f"{told} · claim #{claim.id}"
        if self.app.screen is self:
            host(self.app).open_review(claim.article_id, claim.id, said=said)
        else:
            notice(self.app, sanitize_line(said))
