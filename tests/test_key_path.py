"""A key in the review screen redraws what it changed, not the whole list or pane (issue 15).

Time is never asserted here: the work is bounded instead (which caches a key empties, how
many lines it draws again); ``python -m bench keys`` times the same keys in a terminal.
"""

from __future__ import annotations

import pytest
from factdesk.desk.service import Desk
from factdesk.ui.widgets.article_view import ArticleView, CountedWrap
from factdesk.ui.widgets.claim_detail import ClaimDetail
from factdesk.ui.widgets.claims_list import ClaimsList, claim_prompt
from factdesk.ui.widgets.elsewhere import ElsewherePanel
from snapshot_app import build_app, open_review
from textual.document._document import Document
from textual.document._wrapped_document import WrappedDocument
from textual.widget import Widget
from textual.widgets._toast import ToastRack

SIZE = (120, 36)


def summed_height(wrapped: WrappedDocument) -> int:
    """Textual's own definition of the height: one line per wrap section of every line."""
    return sum(len(offsets) + 1 for offsets in wrapped._wrap_offsets)


@pytest.mark.parametrize("text", ["", "one line", "a\n\nb " * 40, "x" * 500 + "\n" + "y " * 300])
def test_counted_height_equals_textual_height_after_wraps_and_edits(text: str) -> None:
    document = Document(text)
    wrapped = WrappedDocument(document, width=30)
    wrapped.__class__ = CountedWrap
    assert wrapped.height == summed_height(wrapped)
    for width in (7, 80, 0):
        wrapped.wrap(width)
        assert wrapped.height == summed_height(wrapped)
    wrapped.wrap(11)
    end = document.end
    result = document.replace_range((0, 0), (0, 0), "inserted words\nand a new line ")
    wrapped.wrap_range((0, 0), (0, 0), result.end_location)
    assert wrapped.height == summed_height(wrapped)
    document.replace_range((0, 0), result.end_location, "")
    wrapped.wrap_range((0, 0), result.end_location, (0, 0))
    assert wrapped.height == summed_height(wrapped) and document.end == end


@pytest.mark.drawn  # it counts the lines drawn: every frame drawn (conftest)
async def test_opening_reads_claims_once_a_move_and_a_verdict_redraw_what_changed(
    seeded_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On one opened article, each step with its own spies: opening reads the article's claims once
    (a dialog and back with nothing written meanwhile: not again, since shift33a's eefd8ddd; a write
    under the dialog reads again, tests/test_app_resume.py); a move draws again only the lines of
    the two claims; a verdict keeps the list's measured heights and redraws only the marked claim;
    moves and a verdict ask for no layout of the screen. (A layout re-arranges the whole screen and
    repaints every scroll bar on it: a key may only repaint. The Elsewhere panel loads after the
    key's frame, and a toast sits on its own layer; both are left out.)"""
    read: list[int] = []
    original_claims = Desk.claims

    def counted(self: Desk, article_id: int, *args: object, **kwargs: object) -> object:
        if not kwargs.get("only_hidden"):  # the hidden claims' list is a read of its own
            read.append(article_id)
        return original_claims(self, article_id, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Desk, "claims", counted)
    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        # opening an article reads its claims once
        screen = await open_review(pilot)
        assert len(read) == 1, f"the article's claims were read {len(read)} times"
        await pilot.press("n")  # a dialog, then back, nothing written: not read again
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert len(read) == 1, f"back from a dialog, the claims were read {len(read)} times"
        # a move draws again only the lines of the two claims
        view = screen.query_one(ArticleView)
        listed = screen.query_one(ClaimsList)
        restyled: list[str] = []
        for widget in (view, listed):
            clear = widget._styles_cache.clear
            name = type(widget).__name__

            def restyle(clear=clear, name=name) -> None:  # type: ignore[no-untyped-def]
                restyled.append(name)
                clear()

            widget._styles_cache.clear = restyle  # type: ignore[method-assign]
        drawn: list[int] = []
        render_line = view._render_line
        view._render_line = lambda y: (drawn.append(y), render_line(y))[1]  # type: ignore[method-assign]
        before = next(c for c in screen.claims if c.id == screen.current_id)
        await pilot.press("j")
        await pilot.pause()
        after = next(c for c in screen.claims if c.id == screen.current_id)
        assert after.id != before.id
        rows = {
            y
            for claim in (before, after)
            for row, _, _ in view._span(claim.start, claim.end)
            for y in view.wrapped_document._line_index_to_offsets[row]
        }
        top = view.scroll_offset.y
        assert drawn, "the move drew nothing"
        assert not restyled, f"a move refreshed every line of {restyled}, not the changed ones"
        assert {top + y for y in drawn} <= rows, "lines of claims that did not change were drawn"
        # a verdict keeps the list heights and redraws the claim
        marked = screen.current_id
        cleared: list[bool] = []
        original = listed._line_cache.clear
        listed._line_cache.clear = lambda: (cleared.append(True), original())[1]  # type: ignore[method-assign]
        whole: list[bool] = []
        refresh = listed.refresh

        def spy(*regions, **kw):  # type: ignore[no-untyped-def]
            whole.append(not regions)
            return refresh(*regions, **kw)

        listed.refresh = spy  # type: ignore[method-assign]
        await pilot.press("1")
        await pilot.pause()
        assert not cleared, "a verdict made the list measure every claim again"
        assert whole and not any(whole), "a verdict redrew every line of the list"
        fresh = next(c for c in screen.claims if c.id == marked)
        assert fresh.verdict == "corroborated"
        option = listed.get_option(str(marked))
        style = listed.get_visual_style("option-list--option")
        drawn_text = "".join(s.text for s in listed._get_option_render(option, style)[0])
        assert claim_prompt(fresh).plain.split("\n")[0][:30] in drawn_text
        # moves and a verdict ask for no layout of the screen (the spies above taken off)
        for spied in (view._styles_cache, listed._line_cache):
            del spied.clear
        del view._render_line, listed.refresh
        await layout_free_keys(pilot, screen, seeded_desk, monkeypatch)


async def layout_free_keys(pilot, screen, desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """j, j, k and a verdict on the opened article: no widget asks for a layout, the detail
    repaints only its changed lines and keeps its size."""
    detail = screen.query_one(ClaimDetail)
    size, first = detail.size, screen.current_id
    asked: list[str] = []
    whole: list[bool] = []
    original = Widget.refresh

    def spy(self: Widget, *regions, repaint=True, layout=False, recompose=False):  # type: ignore[no-untyped-def]
        off_path = (ElsewherePanel, ToastRack)
        if layout and not any(isinstance(n, off_path) for n in (self, *self.ancestors)):
            asked.append(f"{type(self).__name__}#{self.id}")
        if self is detail and not regions:
            whole.append(True)
        return original(self, *regions, repaint=repaint, layout=layout, recompose=recompose)

    monkeypatch.setattr(Widget, "refresh", spy)
    await pilot.press("j", "j", "k")
    marked = screen.current_id
    await pilot.press("1")
    await pilot.pause()
    assert not asked, f"a key laid the screen out again for {asked}"
    assert not whole, "the detail drew every line again, its border and blank rows too"
    assert marked != first and detail.size == size
    assert desk.claim(marked).verdict == "corroborated"
    assert detail.claim is not None and detail.claim.id == screen.current_id != marked
    assert detail.claim.text[:20] in detail.text


def test_the_queue_summary_counts_claims_from_an_index_alone(seeded_desk: Desk) -> None:
    """The first screen's one query must not fetch every claim row of the desk."""
    from factdesk.store.converters import SUMMARY_SQL

    plan = seeded_desk.store.conn.execute(
        "EXPLAIN QUERY PLAN " + SUMMARY_SQL.format(where="")
    ).fetchall()
    claims = [row[3] for row in plan if " c " in f" {row[3]} "]
    assert claims and all("COVERING INDEX" in step for step in claims), plan


@pytest.mark.drawn  # it counts what the frame after the key drew
async def test_a_verdict_under_unreviewed_only_takes_out_one_claim_alone(
    seeded_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With "unreviewed only" on, the marked claim leaves the list and nothing else is built or
    measured again: every claim's prompt was built and measured again (2,307 on a long
    article, ~0.3 s a verdict under load: shift34). The heights and line starts kept are those
    a fresh measure gives, and the list is the screen's claims in order."""
    from factdesk.ui.widgets import claims_list

    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(pilot)
        await pilot.press("f")  # unreviewed only
        await pilot.pause()
        assert screen.unreviewed_only and len(screen.shown) > 10
        listed = screen.query_one(ClaimsList)
        await pilot.press("j", "j")
        await pilot.pause()
        built: list[int] = []
        prompt = claims_list.claim_prompt
        monkeypatch.setattr(
            claims_list, "claim_prompt", lambda claim: (built.append(claim.id), prompt(claim))[1]
        )
        measured: list[object] = []
        visual = ClaimsList._get_visual
        monkeypatch.setattr(
            ClaimsList, "_get_visual", lambda self, o: (measured.append(o), visual(self, o))[1]
        )
        marked, count = screen.current_id, listed.option_count
        await pilot.press("1")
        await pilot.pause()
        assert seeded_desk.claim(marked).verdict == "corroborated"
        assert not built, f"{len(built)} prompts built again for one verdict"
        on_screen = listed.scrollable_content_region.height
        assert len(measured) <= on_screen, f"{len(measured)} claims measured or drawn again"
        ids = [listed.get_option_at_index(i).id for i in range(listed.option_count)]
        assert ids == [str(c.id) for c in screen.shown] and str(marked) not in ids
        assert listed.option_count == count - 1
        monkeypatch.undo()
        cache = listed._line_cache
        line = 0
        for index in range(listed.option_count):
            height = listed._option_height(listed.get_option_at_index(index))
            assert (cache.heights[index], cache.index_to_line[index]) == (height, line), index
            line += height
        assert len(cache.lines) == line
