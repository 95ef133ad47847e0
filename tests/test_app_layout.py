"""Layouts at 80×24, 100×30, 120×40 and 160×48 (issue 14 item 5), measured on the live widgets:
the footer keeps the verdict keys and ``?`` in view, the claim list keeps 6 claims at 120×40
however much the detail holds (the detail scrolls), the queue's claims and progress columns
stay whole, help's columns fit. The pictures are in test_snapshots_layout.py."""

from __future__ import annotations

import pytest
from factdesk.desk.service import Desk
from factdesk.ui.screens.help import HelpScreen
from factdesk.ui.screens.queue import BAR, TITLE_WIDTH
from factdesk.ui.screens.review import ReviewScreen
from factdesk.ui.widgets.article_view import ArticleView
from factdesk.ui.widgets.claim_detail import ClaimDetail
from factdesk.ui.widgets.claims_list import ClaimsList
from factdesk.ui.widgets.elsewhere import ElsewherePanel
from factdesk.ui.widgets.footer import DeskFooter
from factdesk.ui.widgets.queue_table import QueueTable, fit_widths
from snapshot_app import build_app
from textual.widgets import DataTable

SIZES = [(80, 24), (100, 30), (120, 40), (160, 48)]
MUST_SHOW = {"1", "2", "3", "4", "question_mark"}


def rendered(widget) -> str:
    """What a widget draws now, as plain characters."""
    return "\n".join(strip.text for strip in widget.render_lines(widget.region.reset_offset))


def visible_footer_keys(screen) -> set[str]:
    """Keys whose footer item is drawn whole inside the screen."""
    return {key for footer in screen.query(DeskFooter) for key in footer.visible_keys()}


def footer_x(screen, key: str) -> int:
    """The column of ``key``'s item in the screen's footer: its items run left to right, one
    cell apart."""
    x = 0
    for item in screen.query_one(DeskFooter).items:
        if item.key == key:
            return x
        x += item.width + 1
    raise AssertionError(f"{key} is not in the footer")


@pytest.mark.parametrize("size", SIZES)
async def test_queue_footer_and_help_fit(seeded_desk: Desk, size, monkeypatch) -> None:
    """One app per size: the queue's columns, then the review footer, then help (whose columns
    must fit at 80×24). An opened article is laid out once, at its size's layout: under 100
    columns it was laid out side by side first, then stacked (the text wrapped twice)."""
    widths: list[int] = []
    on_resize = ArticleView.on_resize

    def recording(view: ArticleView) -> None:
        widths.append(view.size.width)
        on_resize(view)

    monkeypatch.setattr(ArticleView, "on_resize", recording)
    app = build_app(seeded_desk)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert_queue_keeps_claims_and_progress_whole(app, size)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        assert len(set(widths)) == 1, f"{size}: the article pane was laid out at {widths}"
        # The footer shows the screen's keys in the frame after the key that opened it.
        shown = {k.split(",")[0] for k in visible_footer_keys(app.screen)}
        assert shown >= MUST_SHOW, f"{size}: footer shows only {sorted(shown)}"
        if size == SIZES[-1]:  # a click on a footer item presses its key
            await pilot.click(DeskFooter, offset=(footer_x(app.screen, "question_mark"), 0))
        else:
            await pilot.press("question_mark")  # and ? does open help
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        if size == (80, 24):
            table = app.screen.query_one(DataTable)
            assert table.virtual_size.width <= table.scrollable_content_region.width
            # the highlighted key's [keys] id, whole, and its description under the table
            # (the id, cut in its column, went past the row's edge: one line, not wrapped)
            help_screen = app.screen
            # and whole in its column too (review42 A20: "verdict-cor…" took a move to each
            # row to read); what it does is cut first, whole under the table
            column = [table.get_row_at(i)[3].plain.strip() for i in range(table.row_count)]
            assert column == [row[3] for row in help_screen.table]
            for index, (_keys, _name, tip, ident) in enumerate(help_screen.table):
                table.move_cursor(row=index)
                await pilot.pause()
                drawn = " ".join(rendered(help_screen.query_one("#help-row")).split())
                assert f"id {ident} · " in drawn if ident else True, (ident, drawn)
                assert " ".join(tip.split()[:3]) in drawn if tip else True, (tip, drawn)


def assert_queue_keeps_claims_and_progress_whole(app, size) -> None:
    table = app.screen.query_one(QueueTable)
    room = table.scrollable_content_region.width
    assert table.virtual_size.width <= room, f"{size}: the queue scrolls sideways"
    claims, progress = table.widths[2], table.widths[3]
    # Claims whole, or gone where Progress's "done/total" says the same; that stays whole
    assert claims in (0, table.natural[2]) and progress >= table.natural[3] - BAR + 4
    assert not claims or table.widths[0] >= min(TITLE_WIDTH, table.natural[0]), size
    # the title keeps 30 at 80 columns (it was cut at 20-26 beside the Claims column)
    assert table.widths[0] >= min(30, table.natural[0]), f"{size}: title {table.widths[0]}"
    for label, width in zip(table.labels, table.widths, strict=True):  # never "Outlet · d…"
        assert not width or label.cell_length <= width, f"{size}: {label.plain!r} cut to {width}"


async def test_claim_list_keeps_six_claims_at_120x40_while_the_detail_grows(
    seeded_desk: Desk,
) -> None:
    article = max(seeded_desk.articles(), key=lambda a: a.claims)
    claim = next(c for c in seeded_desk.claims(article.id) if c.flags)
    seeded_desk.set_note(claim.id, "\n".join(f"line {i} of a long note" for i in range(30)))
    for verdict in ("disputed", "corroborated", "contradicted", "unverifiable") * 3:
        seeded_desk.set_verdict(claim.id, verdict)
    app = build_app(seeded_desk)
    async with app.run_test(size=(120, 40)) as pilot:
        app.open_review(article.id, claim.id)
        await pilot.pause()
        screen = app.screen
        panel = screen.query_one(ElsewherePanel)
        for _ in range(100):  # it loads after the move's frame, and takes its height then
            if panel.claim_id == claim.id:
                break
            await pilot.pause(0.05)
        await pilot.pause()
        claims = screen.query_one(ClaimsList)
        assert claims.virtual_size.height == 2 * claims.option_count  # two lines a claim
        assert claims.scrollable_content_region.height >= 12, "fewer than 6 claims in view"
        detail = screen.query_one(ClaimDetail)
        text = detail.text
        assert "⚑" in text and "line 29 of a long note" in text and "history" in text
        assert len(detail.lines()) > detail.content_size.height
        last = "contradicted → unverifiable"  # the newest change, at the end of the history
        assert last not in rendered(detail)
        detail.focus()
        await pilot.press("end")  # the rest is reached by scrolling
        assert detail.top == detail.max_top > 0
        assert last in rendered(detail)
        await pilot.press("pageup", "up")
        assert 0 < detail.top < detail.max_top
        await pilot.press("home")
        assert detail.top == 0


def test_columns_shrink_in_order() -> None:
    natural = (56, 27, 6, 15, 8)
    order = ((1, 14), (0, 30), (1, 6), (0, 20), (4, 8))
    assert fit_widths(natural, order, 200) == natural
    assert fit_widths(natural, order, 112 - 5) == (56, 22, 6, 15, 8)  # outlet first
    assert fit_widths(natural, order, 80) == (37, 14, 6, 15, 8)  # then the title
    assert fit_widths(natural, order, 60) == (25, 6, 6, 15, 8)


def test_the_queue_drops_the_claims_column_before_the_dates() -> None:
    """At 120 columns (108 cells of columns) beside one article's long verdict counts the
    Claims column (Progress says its number) goes before "Outlet · date" loses its dates
    (desk38: every row's date went, the Claims column stayed); at 160 the outlet and date
    stay whole beside a long title (``WHERE_WIDE``)."""
    from factdesk.ui.screens.queue import TITLE_WIDE, TITLE_WIDTH, shrink_order

    natural = (115, 27, 6, 16, 17)  # title, outlet · date, claims, progress, "✓5 ~2 ✗3 ?2 ·29"
    title, where, claims, _, _ = fit_widths(natural, shrink_order(16), 108, padding=2)
    assert (title, claims) == (TITLE_WIDTH, 0) and where >= len("Novaya… · 19 Jan 2026")
    title, where, claims, _, _ = fit_widths(natural, shrink_order(16), 148, padding=2)
    assert title >= TITLE_WIDE and where == 27 and claims == 6


def test_a_narrowest_of_0_drops_a_column_whole_with_its_padding() -> None:
    """The queue's Claims column goes whole where it is narrow (Progress says its number):
    never a sliver, and its two cells of padding are room for the title again."""
    natural = (56, 14, 6, 15, 8)
    order = ((2, 0), (0, 20))
    assert fit_widths(natural, order, 99, padding=2) == natural
    assert fit_widths(natural, order, 98, padding=2) == (56, 14, 0, 15, 8)  # 7 spare
    assert fit_widths(natural, order, 80, padding=2) == (45, 14, 0, 15, 8)
    # a column already under its narrowest stays as it is (a 48-cell title drew as 56)
    assert fit_widths((48, 14, 6, 15, 8), ((0, 56), (2, 0)), 80, padding=2) == (48, 14, 0, 15, 8)


async def test_the_detail_wraps_again_for_a_new_size(seeded_desk: Desk) -> None:
    """The detail pane draws its own lines: after the terminal changes size they fit the new
    pane (a bar column only when the claim does not fit), whatever the resize event's timing."""
    app = build_app(seeded_desk)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        detail = app.screen.query_one(ClaimDetail)
        for size in ((120, 40), (100, 30), (160, 48)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
            width, height = detail.content_size
            lines = detail.lines()
            bar = 1 if len(lines) > height else 0
            assert {line.cell_length for line in lines} == {width - bar}, size
            drawn = rendered(detail).splitlines()
            assert len(drawn) == detail.region.height
            assert detail.text.splitlines()[0].split()[-1] in "\n".join(drawn)


async def test_the_attribution_hint_is_one_line_and_the_note_in_view_at_120x40(
    seeded_desk: Desk,
) -> None:
    """At 120×40 the unchecked attribution line is one line ("A: did they say it?") and the
    reviewer's note comes before the score and flags, so a short claim's note is in view: the
    hint took two lines there and, after the score's reasons and the flags, pushed the note
    out. That the verdict judges the content stays in A's row of help."""
    from factdesk.ui.screens.help import key_rows

    claim = min(
        (c for c in seeded_desk.claims() if c.speaker and c.flags and c.attribution is None),
        key=lambda c: len(c.text),
    )
    seeded_desk.set_note(claim.id, "Table 4 checked.")
    app = build_app(seeded_desk)
    async with app.run_test(size=(120, 40)) as pilot:
        app.open_review(claim.article_id, claim.id)
        await pilot.pause()
        panel = app.screen.query_one(ElsewherePanel)
        for _ in range(100):  # it loads after the move's frame, and takes its height then
            if panel.claim_id == claim.id:
                break
            await pilot.pause(0.05)
        await pilot.pause()
        detail = app.screen.query_one(ClaimDetail)
        assert detail.claim is not None and detail.claim.id == claim.id
        lines = [strip.text.rstrip() for strip in detail.lines()]
        at = next(i for i, text in enumerate(lines) if text.startswith("attrib."))
        assert "A: did they say it?" in lines[at] and lines[at + 1].startswith("sourcing")
        assert "note     Table 4 checked." in rendered(detail)
        tips = {name: tip for _keys, name, tip in key_rows(app.screen)}
        assert "judges the content" in tips["Attribution"]


async def test_names_of_an_article_fit_80_columns_when_its_names_are_short(
    seeded_desk: Desk,
) -> None:
    """The names view (``N``) at 80×24: the "Variants across the desk" header alone pushed
    Mentions past the edge of an article whose names are short and have no other spelling."""

    def widest(article_id: int) -> int:
        return max(
            len(g.name) + len(", ".join(v for v in g.variants if v != g.name))
            for g in seeded_desk.names(article_id)
        )

    article = min(seeded_desk.articles(), key=lambda a: widest(a.id))
    assert widest(article.id) <= 24
    app = build_app(seeded_desk)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        screen.load_article(article.id)
        await pilot.pause()
        await pilot.press("N")
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        assert table.virtual_size.width <= table.scrollable_content_region.width


@pytest.mark.parametrize(("size", "height", "head"), [((120, 40), 9, 3), ((160, 48), 13, 5)])
async def test_a_tall_screen_gives_the_elsewhere_panel_its_suggestion_whole(
    seeded_desk: Desk, size, height, head
) -> None:
    """At 160×48 the panel kept 9 rows: the suggestion's line was cut before who disagrees
    and the third match was out of view, with blank lines in the detail above. From 44 rows
    it has 13 (still fixed: a panel that grows with each claim moves the list above)."""
    app = build_app(seeded_desk)
    async with app.run_test(size=size) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        panel = app.screen.query_one(ElsewherePanel)
        assert panel.outer_size.height == height
        assert app.screen.query_one("#elsewhere-summary").styles.max_height.value == head


@pytest.mark.parametrize("size", SIZES)
async def test_every_pane_of_the_review_is_on_the_screen(seeded_desk: Desk, size) -> None:
    """At 100×30 the list's 6-claim minimum, the detail's and the Elsewhere panel's asked for
    more rows than the side had: list and detail got 18 each, and the Elsewhere panel was
    drawn below the screen's edge (``v``'s suggestion out of sight)."""
    app = build_app(seeded_desk)
    async with app.run_test(size=size) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        for pane in ("#article", "#claims", "#detail", "#elsewhere"):
            region = screen.query_one(pane).region
            assert region.height > 0 and screen.region.contains_region(region), (size, pane)


@pytest.mark.parametrize("size", [(120, 40), (160, 48)])
async def test_the_detail_head_is_one_line(seeded_desk: Desk, size) -> None:
    """The detail's first line (verdict, id, kind, paragraph) is one line at 120×40 and wider
    even for a big desk's claim numbers: the paragraph's number wrapped to a line of its own
    at 120×40 from claim #10 on ("paragraph" / "4"), so every claim read a line lower."""
    from dataclasses import replace

    claim = max(seeded_desk.claims(), key=lambda c: len(c.kind))
    app = build_app(seeded_desk)
    async with app.run_test(size=size) as pilot:
        app.open_review(claim.article_id, claim.id)
        await pilot.pause()
        detail = app.screen.query_one(ClaimDetail)
        detail.show(replace(claim, id=12345, paragraph=123), [])  # as a big desk numbers them
        await pilot.pause()
        lines = [strip.text.rstrip() for strip in detail.lines()]
        assert lines[0].endswith(f"#12345 · {claim.kind} · ¶123"), lines[:2]
        assert lines[1].strip() and lines[1].split()[0] in claim.text


async def test_a_saved_note_is_whole_in_the_detail_at_80x24(seeded_desk: Desk) -> None:
    """At 80×24 the detail has five rows: a note under the claim's words, its content, the
    speaker and the sourcing was out of view, and the reviewer could not read what they had
    just saved. The note and evidence come first, under the claim's number."""
    article = seeded_desk.articles()[0]
    claim = max(seeded_desk.claims(article.id), key=lambda c: len(c.text))
    note = "Same words on the agency's own channel as in its wire copy, so the quote stands."
    seeded_desk.set_note(claim.id, note, ["https://example.org/wire"])
    app = build_app(seeded_desk)
    async with app.run_test(size=(80, 24)) as pilot:
        app.open_review(article.id, claim.id)
        await pilot.pause()
        detail = app.screen.query_one(ClaimDetail)
        assert detail.claim is not None and detail.claim.id == claim.id
        drawn = " ".join(rendered(detail).split())
        assert note in drawn, drawn
        assert "https://example.org/wire" in drawn, drawn
        assert "n to write" not in detail.text


def test_a_claim_with_evidence_and_no_note_still_offers_the_note(seeded_desk: Desk) -> None:
    """Evidence alone is not a note: the detail listed the link and dropped the note's line
    ('none (n to write)'), so the reviewer lost the hint for the note they had not written."""
    from dataclasses import replace

    from factdesk.ui.widgets.claim_detail import detail_content

    claim = seeded_desk.claims()[0]
    linked = detail_content(replace(claim, note="", evidence=["https://example.org/wire"]), [])
    assert "https://example.org/wire" in linked.plain
    assert "none (n to write)" in linked.plain
    noted = detail_content(replace(claim, note="Matches the log.", evidence=[]), [])
    assert "Matches the log." in noted.plain and "n to write" not in noted.plain
    assert "none (n to write)" in detail_content(replace(claim, note="", evidence=[]), []).plain


async def test_help_moves_with_the_desks_list_keys(seeded_desk: Desk) -> None:
    """j, k, g, G, Home and End move the help table's row, as in the queue and the claims
    (only the arrows and Page keys did: shift34 pressed G and End for the last keys and saw
    nothing happen); the full line under the table follows the row."""
    app = build_app(seeded_desk)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        table = help_screen.query_one(DataTable)
        last = table.row_count - 1
        moves = [("j", 1), ("j", 2), ("k", 1), ("G", last), ("g", 0), ("end", last)]
        for key, row in [*moves, ("home", 0)]:
            await pilot.press(key)
            await pilot.pause()
            assert table.cursor_row == row, key
        await pilot.press("G")
        await pilot.pause()
        drawn = " ".join(rendered(help_screen.query_one("#help-row")).split())
        assert help_screen.table[last][0] in drawn
        assert isinstance(app.screen, HelpScreen)  # none of them closed it
