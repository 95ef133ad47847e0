"""Headers and footers at 80×24: words a reader can do without give way, key hints, the sort
and the list's modes stay whole (at 80 columns the queue's desk line cut the sort, the names
view cut "s splits" and its article counts, the review's footer ended in a bare "z", and its
title cut "[unreviewed only, score order]")."""

from __future__ import annotations

import asyncio
from dataclasses import replace

import pytest
from factdesk.desk.service import Desk
from factdesk.names.groups import NameGroup
from factdesk.ui.screens.names import NamesScreen
from factdesk.ui.screens.review import ReviewScreen
from factdesk.ui.widgets.footer import DeskFooter
from factdesk.ui.widgets.text import Fit, Narrowing, fill_table, fitted
from snapshot_app import build_app, until
from test_app_layout import rendered
from textual.app import App, ComposeResult
from textual.content import Content
from textual.widgets import DataTable, Static


def test_fitted_shortens_the_lowest_rank_first_and_keeps_plain_parts() -> None:
    parts = [
        "Head ",
        Fit((Content("many words here "), Content("words ")), 1),
        Fit((Content("a b c "), Content("")), 2),
        "s sorts",
    ]
    assert fitted(parts, 40).plain == "Head many words here a b c s sorts"
    assert fitted(parts, 30).plain == "Head words a b c s sorts"
    assert fitted(parts, 20).plain == "Head words s sorts"
    # nothing left to shorten: the kept parts whole, longer than asked
    assert fitted(parts, 5).plain == "Head words s sorts"


async def test_at_80x24_the_sort_the_keys_and_the_name_counts_are_whole(
    seeded_desk: Desk,
) -> None:
    for claim, verdict in zip(
        seeded_desk.claims()[:4],
        ("corroborated", "disputed", "contradicted", "unverifiable"),
        strict=True,
    ):
        seeded_desk.set_verdict(claim.id, verdict)
    app = build_app(seeded_desk)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("s")  # check-worthy: the longest sort's name
        await pilot.pause()
        desk_line = rendered(app.screen.query_one("#desk-progress", Static)).rstrip()
        assert desk_line.endswith("sort: check-worthy"), desk_line
        assert "reviewed" in desk_line and "✓1" in desk_line, desk_line  # shortened, kept
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        footer = app.screen.query_one(DeskFooter)
        shown = footer.shown()
        assert len(shown) < len(footer.items)  # the line is full at 80 columns
        whole = " ".join(f"{i.display} {i.description}".strip() for i in shown)
        assert rendered(footer).rstrip() == whole  # no key drawn without its word
        # the verdicts as one "1-4 Verdict": undo, note and the next article fit beside them
        assert whole.startswith("1-4 Verdict ? Help"), whole
        assert {"1", "4", "z", "n", "J"} <= set(footer.visible_keys()), whole
        await pilot.press("N")
        await pilot.pause()
        names = app.screen
        assert isinstance(names, NamesScreen)
        header = rendered(names.query_one("#names-title", Static)).splitlines()[1].rstrip()
        assert "space marks · m merges · s splits" in header, header
        table = names.query_one(DataTable)
        labels = [str(column.label) for column in table.columns.values()]
        assert labels[-2:] == ["Articles", "Mentions"]
        assert sum(c.get_render_width(table) for c in table.columns.values()) <= 80 - 3
        # back in the review: the list's modes stay whole, the outlet and date give way
        await pilot.press("escape")
        await pilot.pause()
        review = app.screen
        assert isinstance(review, ReviewScreen)
        review.article = replace(review.article, outlet="The Tarnwick Evening Courier")
        await pilot.press("f", "S")
        await pilot.pause()
        state = rendered(review.query_one("#review-title", Static)).splitlines()[1].rstrip()
        # and what the modes hide, in its short form (at 80 columns the long one has no room)
        counted = f"[unreviewed only, score order · {len(review.shown)}/{len(review.claims)}]"
        assert state.endswith(counted), state


async def test_a_resize_redraws_the_names_view_without_reading_the_desk_again(
    seeded_desk: Desk,
) -> None:
    """The header and the spellings' width follow the screen's width from the groups already
    read: a resize re-read every name group from the store (``desk.names``), twice on opening."""
    article = seeded_desk.articles()[0]
    reads: list[int] = []
    names_of = seeded_desk.names

    def counted_names(article_id: int) -> list[NameGroup]:
        reads.append(article_id)
        return names_of(article_id)

    seeded_desk.names = counted_names  # type: ignore[method-assign]
    app = build_app(seeded_desk)
    async with app.run_test(size=(60, 24)) as pilot:
        await app.push_screen(NamesScreen(seeded_desk, article.id, article.title))
        await pilot.pause()
        names = app.screen
        assert isinstance(names, NamesScreen) and names.groups
        assert reads == [article.id]  # read once on opening
        header = names.query_one("#names-title", Static)
        assert "Esc back" not in rendered(header)  # too narrow: the footer has it
        await pilot.resize_terminal(120, 24)
        # redrawn for the wider screen: the resize reaches the header after more than one
        # round at load 11 (review39), so wait for it by rounds, never by a clock
        assert await until(pilot, lambda: "Esc back" in rendered(header))
        assert reads == [article.id]  # from the groups already read


def test_the_names_table_narrows_its_spellings_to_keep_the_counts() -> None:
    """A long list of spellings gives way (to the short label) before the counts after it."""

    class Table(App[None]):
        def compose(self) -> ComposeResult:
            yield DataTable()

    async def run() -> list[tuple[str, int]]:
        app = Table()
        async with app.run_test(size=(60, 10)):
            table = app.query_one(DataTable)
            rows = [[Content("Orvane"), Content("Орвань, Орвані, Орваню, Orvania"), Content("3")]]
            fill_table(table, ("Name", "Other spellings", "Articles"), rows, None,
                       Narrowing(1, 30, "Spellings"))  # fmt: skip
            return [(str(c.label), c.get_render_width(table)) for c in table.columns.values()]

    columns = asyncio.run(run())
    assert [label for label, _ in columns] == ["Name", "Spellings", "Articles"]
    assert sum(width for _, width in columns) <= 30


async def test_at_80x24_a_verdicts_saved_line_takes_only_the_rows_of_its_text(
    seeded_desk: Desk,
) -> None:
    """The toast sits over the next claim's detail and the Elsewhere panel: Textual padded it
    by a row above and below, so at 80x24 a verdict's "saved" line covered three rows (four
    when it wrapped) of the claim the reviewer reads next (shift32a, in tmux)."""
    from snapshot_app import open_review

    app = build_app(seeded_desk)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await open_review(pilot)
        await pilot.press("1")
        await pilot.pause()
        toasts = [t for t in app.screen.query("Toast") if "saved" in rendered(t)]
        assert toasts, "no toast"
        toast = toasts[-1]
        text_rows = [row for row in rendered(toast).splitlines() if any(map(str.isalnum, row))]
        assert toast.outer_size.height == len(text_rows), rendered(toast)


def test_a_notice_is_cut_to_the_one_row_its_toast_has() -> None:
    """A toast spans at most the screen's row, less 3 for its edge and padding: 77 characters
    at 80 columns. A warning wraps whole (it is not cut here)."""
    from factdesk.ui.host import one_row

    line = "note cleared, 12 URLs, 3 DOIs · claim #41207 in the Orvane ferry story, as filed " * 2
    assert one_row(line, 80) == line[:76].rstrip() + "…" and len(one_row(line, 80)) <= 77
    assert one_row(line[:150], 160) == line[:150]
    assert one_row("disputed · claim #7", 80) == "disputed · claim #7"
    russian = "Вальдмур: паром снова ходит по расписанию после ремонта причала, " * 2
    assert len(one_row(russian, 80)) == 77


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
async def test_a_saved_note_is_one_row_over_the_title_hiding_no_key_and_no_panel(
    seeded_desk: Desk, size: tuple[int, int]
) -> None:
    """At 80×24 "note saved, evidence: 1 URL · claim #424" wrapped to two rows, and the toast,
    a row above the footer, hid the Elsewhere panel's line (polish35, in tmux); moved over the
    footer, it hid the footer's last keys for 2.5 s after every verdict (desk36). It is one
    row now, at the top right over the title's end: no panel, no key, and not the title's
    second row (the progress the reviewer checks after a verdict) is under it."""
    from snapshot_app import open_review
    from textual.widgets import TextArea

    app = build_app(seeded_desk)
    async with app.run_test(size=size, notifications=True) as pilot:
        screen = await open_review(pilot)
        await pilot.press("n")
        await pilot.pause()
        app.screen.query_one("#note-text", TextArea).text = "Checked against the filing."
        app.screen.query_one("#note-evidence", TextArea).text = "https://example.org/a"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is screen
        toasts = [t for t in screen.query("Toast") if "note saved" in rendered(t)]
        assert toasts, "no toast"
        toast = toasts[-1].region
        assert toast.height == 1, rendered(toasts[-1])
        title = screen.query_one("#review-title").region
        assert toast.y == title.y == 0 and toast.right == size[0], (toast, title)
        for panel in ("#article", "#claims", "#detail", "#elsewhere", "DeskFooter"):
            assert not toast.overlaps(screen.query_one(panel).region), panel
        # the longest hint of the review, whole on the one row (it wrapped to four at 80)
        await pilot.press("a")
        await pilot.pause()
        toasts = [t for t in screen.query("Toast") if "select the words" in rendered(t)]
        assert toasts and toasts[-1].region.height == 1, [rendered(t) for t in toasts]
        assert rendered(toasts[-1]).rstrip().endswith("ctrl+shift+arrows: words)")


async def test_the_queue_s_notice_leaves_every_footer_key_in_view(seeded_desk: Desk) -> None:
    """desk36: on the queue at 80×24 the sort's notice sat over the footer's right end, where
    "^f Search desk" is; it is on the desk line's row now, and every key of the footer shows
    while it does."""
    app = build_app(seeded_desk)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        footer = app.screen.query_one(DeskFooter)
        keys = rendered(footer)
        await pilot.press("s")
        await pilot.pause()
        toasts = [t for t in app.screen.query("Toast") if "sort:" in rendered(t)]
        assert toasts, "no toast"
        assert toasts[-1].region.y == 0 and toasts[-1].region.height == 1
        assert not toasts[-1].region.overlaps(footer.region)
        assert "Search desk" in keys and not toasts[-1].region.overlaps(
            app.screen.query_one("#queue").region
        )


def test_a_notice_too_long_for_its_row_says_a_shorter_form_before_cutting() -> None:
    """desk36: a hint's shorter form (its reason left out) is said whole where the full line
    does not fit; only when none fits is the last one cut."""
    from factdesk.ui.host import one_row

    full = "✓ corroborated · claim #41207 saving… · was disputed, z undoes · " + "why " * 10
    short = "✓ corroborated · claim #41207 saving… · was disputed, z undoes"
    assert one_row(full, 160, [short]) == full
    assert one_row(full, 80, [short]) == short
    assert one_row(full, 40, [short]) == short[:36].rstrip() + "…"


async def test_at_80x24_a_verdict_key_on_a_hidden_claim_says_its_key_whole(
    seeded_desk: Desk,
) -> None:
    """desk36: "this claim is not in the review: mark the article's own claims (f: all); D here
    shows it again" was cut at 80 columns before "D here", the key that deals with it."""
    from snapshot_app import open_review, record_notifications

    article = seeded_desk.articles()[0]
    hidden = seeded_desk.claims(article.id)[1]
    seeded_desk.hide_claim(hidden.id)
    app = build_app(seeded_desk)
    said = record_notifications(app)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_review(pilot)
        for _ in range(6):
            if screen.list_mode == "hidden":
                break
            await pilot.press("f")
            await pilot.pause()
        assert screen.list_mode == "hidden" and screen.current_id == hidden.id
        await pilot.press("1")
        await pilot.pause()
        assert "D here shows it again" in said[-1] and "…" not in said[-1], said[-1]
        assert seeded_desk.claim(hidden.id).verdict is None


async def test_at_80x24_a_verdict_waiting_for_the_desk_keeps_z_undoes(
    seeded_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """desk36: a verdict over another, pressed while the import held the desk, said "✓
    corroborated · claim #N saving… (the import is writing an article) · was disputed, z
    undoes": cut at 80 columns before its "z undoes". The reason why it waits comes last and
    gives way whole."""
    from factdesk.store import db
    from snapshot_app import open_review, record_notifications
    from test_app_held_desk_keys import HELD_AT_MOST, held_desk

    # the holder's release ends the wait, never a clock: a 5 s cap raced the key at load 20
    monkeypatch.setattr(db, "TURN_TIMEOUT_S", HELD_AT_MOST)
    app = build_app(seeded_desk)
    said = record_notifications(app)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_review(pilot)
        claim = screen.current_id
        seeded_desk.set_verdict(claim, "disputed")
        screen.refresh_claim(claim)
        with held_desk(seeded_desk):
            await pilot.press("1")
            line = said[-1]
        assert "saving…" in line and line.endswith("was disputed, z undoes"), line
        assert await until(pilot, lambda: seeded_desk.claim(claim).verdict == "corroborated")


async def test_the_queue_s_footer_offers_export_at_80x24(seeded_desk: Desk) -> None:
    """desk36: e (export) worked on the queue but only ? help named it, while the footer had
    room for it beside every other key at 80 columns."""
    from test_app_layout import visible_footer_keys

    app = build_app(seeded_desk)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        shown = visible_footer_keys(app.screen)
        assert {"e", "enter", "s", "i", "q", "question_mark", "ctrl+f"} <= set(shown), shown
