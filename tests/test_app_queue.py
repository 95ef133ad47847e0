"""The queue, help, keymap, palette and desk-wide search, driven with Pilot."""

from __future__ import annotations

from pathlib import Path

from factdesk.desk.service import Desk
from factdesk.ui.screens.confirm import ConfirmScreen
from factdesk.ui.screens.help import HelpScreen
from factdesk.ui.screens.queue import QueueScreen
from factdesk.ui.screens.review import ReviewScreen
from factdesk.ui.screens.search import SearchScreen
from factdesk.ui.widgets.queue_table import QueueTable
from snapshot_app import build_app, seeded_desk, settle
from textual.widgets import DataTable

SIZE = (120, 36)


async def back_to_the_queue(pilot) -> None:
    """Escape until the queue is on top (a palette jump may stack a second review screen)."""
    for _ in range(4):
        if isinstance(pilot.app.screen, QueueScreen):
            return
        await pilot.press("escape")
        await pilot.pause()
    assert isinstance(pilot.app.screen, QueueScreen)


async def test_export_help_palette_search_sort_and_quit(seeded_desk: Desk, tmp_path) -> None:
    """On one app: e opens the export for the open article, in the folder the desk keeps as
    the reviewer's last (desk38); help lists the review keys from
    the bindings, with their ids, and Esc closes it; the palette offers actions and jumps to an
    article; Ctrl+F searches the desk and opens at the claim, Esc back to the queue; the queue
    lists every article and s cycles the sort, g/G go to the first and last; q quits from the
    queue."""
    from factdesk.ui.palette import ActionsProvider, GoProvider

    title = seeded_desk.articles("title")[-1]
    target = seeded_desk.claims()[-1]
    word = max(target.text.split(), key=len)
    with seeded_desk.store.transaction() as conn:  # dates without their year, for the sort
        for article_id, written in ((1, "3 декабря, 10:41"), (2, "20 December")):
            conn.execute("UPDATE articles SET date_iso = NULL, date_text = ?,"
                         " imported_at = '2026-12-04T09:00:00Z' WHERE id = ?",
                         [written, article_id])  # fmt: skip
    kept = tmp_path / "reports"
    kept.mkdir()
    assert seeded_desk.remember_export_folder(kept)
    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        # e opens the export dialog for the article
        await pilot.press("enter", "e")
        await pilot.pause()
        assert type(app.screen).__name__ == "ExportScreen"
        assert app.screen.article_id == seeded_desk.articles()[0].id
        assert app.screen.folder == kept
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        # help lists the review keys from the bindings
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        keys = {row[1]: row[0] for row in app.screen.rows}
        assert keys["Corroborated"] == "1 c"
        # it opens on the review's keys; Textual's Tab, Shift+Tab and Ctrl+C come last
        names = [row[1] for row in app.screen.rows]
        assert names[0] == "Next" and names[-3:] == [
            "Focus Next", "Focus Previous", "Copy selected text"
        ]  # fmt: skip
        assert "Undo" in keys and "Note" in keys
        # the binding ids are what config.toml's [keys] remaps: the help must show them
        table = app.screen.query_one(DataTable)
        ids = {
            table.get_row_at(i)[0].plain.strip(): table.get_row_at(i)[3].plain.strip()
            for i in range(table.row_count)
        }
        assert ids["1 c"] == "verdict-corroborated"
        await pilot.press("escape")
        assert isinstance(app.screen, ReviewScreen)
        # the palette offers actions and jumps to an article
        screen = app.screen
        actions = ActionsProvider(screen)
        labels = [hit.text async for hit in actions.search("corroborated")]
        assert labels[0] == "review: Corroborated"
        # the list opens on the desk's commands, not Textual's Tab/Shift+Tab/Ctrl+C
        listed = [hit.text async for hit in actions.discover()]
        assert listed[0] == "review: Next" and "review: Export" in listed
        assert not [text for text in listed if "Focus" in text or "Copy selected" in text]
        go = GoProvider(screen)
        hits = sorted([hit async for hit in go.search(title.title[:25])], key=lambda h: -h.score)
        assert hits and hits[0].text == f"article {title.title}"
        hits[0].command()
        await pilot.pause()
        assert app.screen.article_id == title.id
        await back_to_the_queue(pilot)
        # Ctrl+F searches the desk and opens at the claim; Esc comes back to the queue
        await pilot.press("ctrl+f")
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*word)
        await settle(pilot, "search")
        results = app.screen.query_one("#search-results")
        ids = [int(results.get_option_at_index(i).id) for i in range(results.option_count)]
        assert target.id in ids
        results.highlighted = ids.index(target.id)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        assert app.screen.current_id == target.id
        await pilot.press("escape")
        assert isinstance(app.screen, QueueScreen)
        # the queue lists every article; s cycles the sort
        screen = app.screen
        assert screen.query_one(QueueTable).row_count == seeded_desk.article_count()
        await pilot.press("s")
        assert app.sort == "check-worthy"
        await pilot.press("s", "s")
        assert app.sort == "date"
        assert [a.id for a in screen.rows] == [a.id for a in seeded_desk.articles("date")]
        # a date without its year at its last such day before the import, not among the
        # undated: "3 Dec" (2026) above "19 Jan 2026" above "20 Dec" (2025), then the rest
        assert [a.id for a in screen.rows][:3] == [1, 5, 2]
        # G and g go to the last and the first article, as to the last and first claim in
        # the review (they did nothing here: a reviewer's g then Enter reopened the article)
        table = screen.query_one(QueueTable)
        await pilot.press("G")
        assert table.cursor_row == table.row_count - 1 > 0
        await pilot.press("g")
        assert table.cursor_row == 0
        # q quits from the queue
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_reviewed_articles_sink_and_a_keymap_from_config_remaps_a_key(tmp_path) -> None:
    """A finished article sinks to the end of the queue with its progress; a verdict key
    remapped in config.toml's [keys] marks, and the old key no longer does; finishing an
    article in the middle of the queue, the review offers the next one in line and the queue's
    cursor, back from the review, is on that same article."""
    desk = seeded_desk(tmp_path, keys={"verdict-corroborated": "h"})  # v is accept-suggestion
    first = desk.articles()[0]
    for claim in desk.claims(first.id):
        desk.set_verdict(claim.id, "corroborated")
    app = build_app(desk)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.screen.rows[-1].id == first.id
        table = app.screen.query_one(QueueTable)
        progress = table.get_row_at(len(app.screen.rows) - 1)[3]
        assert f"{first.claims}/{first.claims}" in progress.plain
        order = [a.id for a in app.screen.rows]
        titles = {a.id: a.title for a in app.screen.rows}
        await pilot.press("down", "enter")  # the second article with work, not the top one
        await pilot.pause()
        review = app.screen
        reviewed = review.article_id
        assert reviewed == order[1] != first.id
        claim_id = review.current_id
        for claim in desk.claims(reviewed):  # all but the claim under the cursor
            if claim.id != claim_id:
                desk.set_verdict(claim.id, "corroborated")
        review.reload_claims()
        await pilot.press("1")
        assert desk.claim(claim_id).verdict is None
        await pilot.press("h")  # the article's last claim
        assert desk.claim(claim_id).verdict == "corroborated"
        await pilot.pause()
        # the offer is the next in line after the finished article (it offered the top one,
        # order[0], starting from the finished article's sunk place), and so is the queue's
        # cursor back from the review (it stayed on the finished one, sunk to the end)
        offer = app.screen
        assert isinstance(offer, ConfirmScreen)
        assert offer.question.plain.endswith(titles[order[2]])
        assert titles[order[0]] not in offer.question.plain
        await pilot.press("n", "escape")
        await pilot.pause()
        queue = app.screen
        assert isinstance(queue, QueueScreen)
        assert queue.selected_id == order[2]


async def test_an_empty_desk_says_what_i_takes_whole_at_80_columns(desk: Desk) -> None:
    """A first run's desk line says ``i`` imports a file or a folder, and gives the command
    whole at 80×24 (it said "imports a folder" and cut "factdesk import PATH" at the edge);
    Enter on the empty queue says why nothing opens (it did nothing, silently)."""
    from snapshot_app import record_notifications
    from test_app_layout import rendered
    from textual.widgets import Static

    app = build_app(desk)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        said = record_notifications(app)
        line = " ".join(rendered(app.screen.query_one("#desk-progress", Static)).split())
        assert "i imports a file, or a folder of articles" in line
        assert line.endswith("factdesk import PATH")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, QueueScreen)
        assert any("the desk is empty" in message for message in said)


async def test_a_long_title_takes_the_room_a_wide_screen_has(seeded_desk: Desk) -> None:
    """At 160 columns the titles were cut at 56 characters with a third of the screen empty
    beside the verdicts; they are drawn to 110 where there is room. At 120 a long title still
    gives way first, so the outlet and date stay whole."""
    from factdesk.ui.screens.queue import TITLE_WIDTH
    from test_app_layout import rendered

    longest = max((a.title for a in seeded_desk.articles()), key=len)
    assert len(longest) > 90
    # (the "Outlet · date" column at most WHERE_MAX wide gives the title 2 more at 120; at 160
    # it is whole, 27 cells)
    for size, shown in (((160, 48), 90), ((120, 40), TITLE_WIDTH + 2)):
        app = build_app(seeded_desk)
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            table = app.screen.query_one(QueueTable)
            drawn = rendered(table)
            assert longest[:shown] in drawn, size
            assert longest[: shown + 1] not in drawn or size[0] == 160, size
            outlets = [a.outlet for a in seeded_desk.articles() if a.outlet]
            assert all(outlet[:6] in drawn for outlet in outlets), size


async def test_one_long_outlet_and_date_does_not_widen_the_column_for_every_row(
    seeded_desk: Desk,
) -> None:
    """One seed's "Novaya Gazeta · 19 Jan 2026" (27 cells) set the "Outlet · date" column for
    every row, and at 160 columns the titles beside it were cut at ~90 characters. Where the
    title is short of room (120 columns) the column gives way to ``WHERE_MAX``, a cell cut
    keeping its date whole and cutting the outlet; at 160 it is whole beside titles of
    ``TITLE_WIDE`` and more (desk38: it was cut there to "Novaya…" beside 95-cell titles)."""
    from factdesk.text.shown_dates import shown_date
    from factdesk.ui.screens.queue import TITLE_WIDE, WHERE_MAX
    from factdesk.ui.widgets.queue_table import QueueTable
    from test_app_layout import rendered

    wide = [a for a in seeded_desk.articles() if a.outlet and a.date_iso]
    assert any(len(a.outlet or "") + 14 > WHERE_MAX for a in wide)  # the case is in the seeds
    app = build_app(seeded_desk)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        table = app.screen.query_one(QueueTable)
        assert table.widths[1] == WHERE_MAX
        for row, article in enumerate(app.screen.rows):
            cell = table.get_row_at(row)[1].plain
            assert len(cell) <= WHERE_MAX, cell
            if article.outlet and article.date_iso and len(article.outlet) + 14 > WHERE_MAX:
                outlet, date = cell.split(" · ")
                assert outlet.endswith("…") and article.outlet.startswith(outlet[:-1]), cell
                assert date == shown_date(article.date_iso, article.date_text), cell
        assert "Novaya Gazeta" not in rendered(table) and "Novaya…" in rendered(table)
        await pilot.resize_terminal(160, 48)
        await pilot.pause()
        assert "Novaya Gazeta · 19 Jan 2026" in rendered(table)
        assert table.widths[0] >= TITLE_WIDE


async def test_an_article_with_no_claims_does_not_look_done(desk: Desk, tmp_path) -> None:
    """A file with no claim in it (an invented note) showed a full bar, ``██████████ 0/0``,
    in the queue, though the desk line counts it as no article done: nothing to do is an
    empty bar."""
    from factdesk.ui.widgets.queue_table import QueueTable

    note = tmp_path / "note.txt"
    note.write_text("Office notes\n\nSee you soon.\n", encoding="utf-8")
    desk.import_paths([note])
    article = desk.articles()[0]
    assert article.claims == 0 and not article.done
    app = build_app(desk)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        cells = [cell.plain for cell in app.screen.query_one(QueueTable).get_row_at(0)]
        assert "░" * 10 + " 0/0" in cells and not [c for c in cells if "█" in c]


async def test_the_outlet_column_holds_no_date_under_its_short_header(
    desk: Desk, tmp_path: Path
) -> None:
    """Where it is narrow the header shortens to "Outlet", but a file with no outlet showed its
    date there; the full header "Outlet · date" shows both, where there is room, every date
    in one form (``text.shown_dates``). Invented articles."""
    article = tmp_path / "bridge.txt"
    article.write_text(
        "Bridge reopens in Valdmoor after a winter of repairs, the mayor tells the town"
        " council\n\n4 March 2024\n\nThe mayor said the bridge reopened.\n",
        encoding="utf-8",
    )
    yearless = tmp_path / "ferry.txt"  # a Russian dateline's date, without the year
    yearless.write_text(
        "Паром в Вальдмуре снова ходит по расписанию после ремонта причала\n\n"
        "ВАЛЬДМУР, 3 марта — Мэр Ильво Таррент сказал, что паром снова ходит.\n",
        encoding="utf-8",
    )
    desk.import_paths([article, yearless])
    bridge, ferry = sorted(desk.articles(), key=lambda a: a.title)
    assert not bridge.outlet and bridge.date_iso == "2024-03-04"
    assert ferry.date_iso is None and ferry.date_text == "3 марта"
    # (at 80 columns the column is whole now: the Claims column gives way before it)
    for size, header, shown in (((64, 24), "Outlet", False), ((80, 24), "Outlet · date", True),
                                ((160, 40), "Outlet · date", True)):  # fmt: skip
        app = build_app(desk)
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            table = app.screen.query_one(QueueTable)
            assert table.labels[1].plain == header
            cells = {table.get_row_at(row)[1].plain for row in range(2)}
            # one form for every date (it showed "2024-03-04" beside "3 марта, 10:41")
            assert cells == ({"4 Mar 2024", "3 Mar"} if shown else {""}), (size, cells)


async def test_z_and_Z_on_the_queue_undo_and_redo_then_show_the_claim(seeded_desk: Desk) -> None:
    """The app opens on the queue; the last change of an earlier session is undone from there
    (z said and did nothing: shift32a, after a restart in tmux), and the review opens at its
    claim in another article than the one selected, saying what was undone; Z redoes it."""
    from snapshot_app import record_notifications

    selected, other = seeded_desk.articles()[:2]
    claim = seeded_desk.claims(other.id)[2]
    seeded_desk.set_verdict(claim.id, "disputed")  # a session before this one
    app = build_app(seeded_desk)
    said = record_notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, QueueScreen)
        await pilot.press("z")
        await pilot.pause()
        assert seeded_desk.claim(claim.id).verdict is None
        review = app.screen
        assert isinstance(review, ReviewScreen)
        assert (review.article_id, review.current_id) == (other.id, claim.id)
        assert any(m.startswith("undo: ") and m.endswith(f"claim #{claim.id}") for m in said)
        await back_to_the_queue(pilot)
        await pilot.press("Z")
        await pilot.pause()
        assert seeded_desk.claim(claim.id).verdict == "disputed"
        assert isinstance(app.screen, ReviewScreen) and app.screen.current_id == claim.id
        await back_to_the_queue(pilot)
        await pilot.press("Z")  # nothing left to redo: said, and the queue stays
        await pilot.pause()
        assert isinstance(app.screen, QueueScreen) and said[-1] == "nothing to redo"
        assert selected.id != other.id


async def test_s_sorts_by_the_newest_import_and_by_claims_matched_elsewhere(
    seeded_desk: Desk, tmp_path: Path
) -> None:
    """Two more sorts after date: "imported" (the newest import first: with work left,
    the queue's own order put it after every earlier one, and on a desk of 800 articles the
    one just imported was hard to find) and "matched" (most claims another article says or
    contradicts first: the one most worth checking against the desk)."""
    new = tmp_path / "late.txt"
    new.write_text(
        "Footbridge reopens at Vellmar\n\nThe council said on Friday that the footbridge at "
        "Vellmar had reopened after repairs costing 40,000 euros.\n",
        encoding="utf-8",
    )
    seeded_desk.import_paths([new])
    newest = max(a.id for a in seeded_desk.articles())
    seeded_desk.set_verdict(seeded_desk.claims(newest)[0].id, "corroborated")  # done: sinks
    matched = {
        a.id: sum(
            1
            for c in seeded_desk.claims(a.id)
            if any(r.label in ("same", "conflicts") for r in seeded_desk.related(c.id))
        )
        for a in seeded_desk.articles()
    }
    assert len(set(matched.values())) > 2  # the seeds differ: the order says something
    app = build_app(seeded_desk)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QueueScreen)
        assert screen.rows[-1].id == newest  # finished: last in the queue's order
        await pilot.press("s", "s", "s", "s")
        await pilot.pause()
        assert app.sort == "imported"
        assert screen.rows[0].id == newest
        assert "sort: imported" in str(screen.query_one("#desk-progress").render())
        await pilot.press("s")
        await pilot.pause()
        assert app.sort == "matched"
        ids = [a.id for a in screen.rows]
        assert ids == sorted(matched, key=lambda i: (-matched[i], i))
        await pilot.press("s")
        assert app.sort == "queue"  # round again


def test_a_started_article_never_draws_an_empty_bar_nor_an_unfinished_one_a_full_one() -> None:
    """The queue's bar is 4 cells at 80 columns: 1 of 10 claims reviewed rounded to no cell
    at all (tmux, polish35), and 39 of 40 to a full bar, which reads as done."""
    from factdesk.ui.widgets.text import progress_bar

    for width in (4, 10):
        assert progress_bar(1, 10, width).plain == "█" + "░" * (width - 1) + " 1/10"
        assert progress_bar(39, 40, width).plain == "█" * (width - 1) + "░" + " 39/40"
        assert progress_bar(0, 10, width).plain == "░" * width + " 0/10"
        assert progress_bar(10, 10, width).plain == "█" * width + " 10/10"
    assert progress_bar(0, 0, 4).plain == "░░░░ 0/0"


def test_a_cell_too_narrow_for_the_date_beside_the_outlet_shows_the_outlet_alone() -> None:
    """review35 item 6: at 80×24 the "Outlet · date" column is 14 cells, too few for a date
    beside 6 cells of outlet, and the cell was the whole text cut: "Dunmore Gazet…" or
    "Fenwick Echo …", the separator or a cut date at its end. The outlet alone is drawn then
    (cut where it must be); a cell with room keeps its date whole and cuts the outlet."""
    from factdesk.domain.models import ArticleSummary
    from factdesk.text.shown_dates import shown_date
    from factdesk.ui.screens.queue import row_cells

    def where(outlet: str | None, width: int) -> str:
        article = ArticleSummary(1, "Ferry fares", outlet, None, "4 May 2025", "2025-05-04",
                                 None, None, "2025-05-05", 1)  # fmt: skip
        return row_cells(article, where=width)[1].plain

    date = shown_date("2025-05-04", "4 May 2025")
    assert where("Fenwick Echo", 14) == "Fenwick Echo"
    assert where("The Dunmore Gazette", 14) == "The Dunmore G…"
    assert where("Kirkby Lantern", 14) == "Kirkby Lantern"
    assert where("The Dunmore Gazette", 22) == f"The Dunm… · {date}"  # date: 10 cells
    assert where("Fenwick Echo", 40) == f"Fenwick Echo · {date}"
    assert where(None, 8) == date[:7] + "…"


async def test_one_column_holds_one_form_of_outlet_and_date(desk: Desk, tmp_path: Path) -> None:
    """desk36: at 80×24 the "Outlet · date" column had no room for one row's date beside its
    long outlet, so that row showed its outlet alone while the rows around it showed their
    dates, under one header: the date looked missing. The column now takes one form for the
    whole screen: "Outlet" with every outlet alone where any row would lose its date, else
    "Outlet · date" with every date. Invented articles."""
    from factdesk.text.shown_dates import shown_date

    files = {
        "ferry.md": ("The Harbour Chronicle of Valdmoor", "Ferry fares rise again this spring"),
        "bridge.md": ("Fenwick Echo", "Bridge reopens after a winter of repairs in Valdmoor"),
        "mill.md": ("", "The old mill on the river is sold to the town council"),
    }
    for name, (outlet, title) in files.items():
        source = f"outlet: {outlet}\n" if outlet else ""
        (tmp_path / name).write_text(
            f"---\ntitle: {title}\n{source}date: 2025-05-04\n---\n\n{title}, the mayor said.\n",
            encoding="utf-8",
        )
    desk.import_paths(sorted(tmp_path.glob("*.md")))
    date = shown_date("2025-05-04", None)
    for size, header in (((80, 24), "Outlet"), ((160, 40), "Outlet · date")):
        app = build_app(desk)
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            table = app.screen.query_one(QueueTable)
            assert table.labels[1].plain == header, size
            cells = [table.get_row_at(row)[1].plain for row in range(len(app.screen.rows))]
            assert len(cells) == len(files)
            dated = [date in cell for cell in cells]
            if header == "Outlet":
                assert not any(dated), cells
                assert sorted(cells)[0] == "" and "Fenwick Echo" in cells, cells
            else:
                assert all(dated), cells
