"""The article pane repaints only what a key changed (issue 15), and paints it right."""

from __future__ import annotations

import inspect

import pytest
from factdesk.desk.service import Desk
from factdesk.ui.widgets.article_view import ArticleView, _line_starts
from snapshot_app import build_app, open_review

SIZE = (120, 36)


def painted(view: ArticleView) -> dict[int, list[tuple[int, int, str]]]:
    return {row: sorted(spans) for row, spans in view._highlights.items() if spans}


@pytest.mark.drawn  # what a repaint paints: every frame drawn (conftest)
async def test_keys_repaint_without_laying_out_every_claim_and_a_new_theme_reaches_them(
    seeded_desk: Desk,
) -> None:
    """On one opened article: the current claim's highlight sits on its offsets; moves and
    verdicts repaint only what changed, exactly as a full layout would paint it; then the pane
    works its highlight styles out only when its styles change, so a new theme must still
    reach them (they are read from the CSS again, not kept from the first draw)."""
    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(pilot)
        view = screen.query_one(ArticleView)
        # the current claim's highlight sits on the claim's offsets (bytes of the line)
        claim = screen.current_claim
        assert claim is not None
        row, _column = view.document.get_location_from_index(claim.start)
        names = [name for _, _, name in view._highlights[row]]
        assert "claim--current" in names
        line = view.document.get_line(row)
        spans = [(s, e) for s, e, name in view._highlights[row] if name == "claim--current"]
        start_byte = spans[0][0]
        assert line.encode()[start_byte:].decode().startswith(claim.text[:10])
        # moves and verdicts repaint without laying out every claim
        before = view.full_rebuilds
        await pilot.press("j", "j", "1", "k", "2", "j", "x", "0", "G", "g")
        await pilot.pause()
        assert view.full_rebuilds == before, "a move or a verdict laid out every claim again"
        incremental = painted(view)
        view._build_highlight_map()  # what a full layout paints
        assert incremental == painted(view)
        current = next(c for c in screen.claims if c.id == screen.current_id)
        rows = {
            row for row, spans in painted(view).items() for *_, n in spans if n.endswith("current")
        }
        assert rows and min(rows) == view._location(current.start)[0]
        # the highlight styles follow a new theme
        await pilot.pause()
        theme = view._theme
        assert theme is not None
        drawn = dict(theme.syntax_styles)
        assert drawn["claim--unreviewed"] == view.get_component_rich_style("claim--unreviewed")
        app.theme = "textual-light" if app.theme != "textual-light" else "textual-dark"
        await pilot.pause()
        view.render_lines(view.region.reset_offset)
        assert view._theme is not None
        now = view._theme.syntax_styles
        assert now["claim--unreviewed"] == view.get_component_rich_style("claim--unreviewed")
        assert now["claim--unreviewed"] != drawn["claim--unreviewed"]
        # rows are read only from a wrap at the pane's width, known without Textual's private
        # WrappedDocument._width (issue 13): at another width there are none to scroll to
        span = view.current_span()
        assert span is not None and view.wrapped_rows(*span) is not None
        view.wrapped_document.wrap(view.wrap_width + 7)
        assert view.wrapped_rows(*span) is None
        view.wrapped_document.wrap(view.wrap_width)
        assert view.wrapped_rows(*span) is not None
    assert '"_width"' not in inspect.getsource(ArticleView)


def test_line_starts_match_textual_documents() -> None:
    from textual.document._document import Document

    for text in ("", "a", "a\n", "a\nbb\n\nccc", "\n\n", "é\nü€\n"):
        starts = _line_starts(text)
        document = Document(text)
        assert len(starts) == document.line_count
        for offset in range(len(text) + 1):
            row = max(i for i, s in enumerate(starts) if s <= offset)
            assert (row, offset - starts[row]) == document.get_location_from_index(offset)


async def test_a_resize_draws_the_text_wrapped_at_the_pane_s_new_width(seeded_desk: Desk) -> None:
    """desk37 (tmux, 80x24 widened to 120x40): the pane kept showing the text as wrapped for
    the stacked layout, its line ends cut off, until the next key. After a resize the pane
    wraps again if its rows are of another width, and is drawn whole."""
    app = build_app(seeded_desk)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_review(pilot)
        view = screen.query_one(ArticleView)
        await pilot.resize_terminal(*SIZE)
        await pilot.pause()
        width = view.wrap_width
        view.wrapped_document.wrap(width + 9)  # (as left by a resize before the layout settled)
        drawn: list[object] = []
        view.refresh = lambda *regions, **kw: drawn.append(regions)  # type: ignore[method-assign]
        view.rewrap_if_stale()
        assert view.wrapped_document.wrapped_at == width and drawn == [()]
        rows = [s for i in range(view.document.line_count)
                for s in view.wrapped_document.get_sections(i)]  # fmt: skip
        assert max(len(row) for row in rows) <= width


async def test_a_text_taller_than_the_pane_is_wrapped_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """issue 15 (speed39): a text loaded into the pane was wrapped at the full width, then, its
    height calling for the scrollbar, wrapped again whole beside it (the 300 KB article: 71 +
    111 ms of one block of the event loop). A text with more lines than the pane has rows is
    wrapped once, beside the scrollbar, and stays wrapped at the pane's width; a text that fits
    takes the scrollbar away again."""
    from textual.app import App, ComposeResult
    from textual.document._wrapped_document import WrappedDocument

    class Pane(App):
        def compose(self) -> ComposeResult:
            yield ArticleView()

    widths: list[int] = []
    wrap = WrappedDocument.wrap

    def counted(self, width: int, tab_width: int | None = None) -> None:  # type: ignore[no-untyped-def]
        widths.append(width)
        wrap(self, width, tab_width)

    async with Pane().run_test(size=(60, 12)) as pilot:
        view = pilot.app.query_one(ArticleView)
        await pilot.pause()
        monkeypatch.setattr(WrappedDocument, "wrap", counted)
        tall = "\n\n".join(f"Paragraph {n}: " + "word " * 25 for n in range(30))
        view.show_article(tall, [], None)
        await pilot.pause()
        assert len([width for width in widths if width]) == 1
        assert view.show_vertical_scrollbar
        assert view.wrapped_document.wrapped_at == view.wrap_width  # type: ignore[attr-defined]
        view.show_article("A short text.", [], None)
        await pilot.pause()
        assert not view.show_vertical_scrollbar
        assert view.wrapped_document.wrapped_at == view.wrap_width  # type: ignore[attr-defined]


@pytest.mark.parametrize("width", [0, 1, 7, 40])
def test_a_wrap_made_in_parts_is_textuals_own(width: int) -> None:
    """``PreWrap`` (a long article's text wrapped ahead, a part at a time, speed39) makes the
    lists Textual's ``WrappedDocument.wrap`` makes, on lines of tabs, wide letters, long
    words, empty lines and spaces at the ends, at any width; and gives them only to a
    document of the same lines."""
    from factdesk.ui.widgets.article_view import PreWrap
    from textual.widgets.text_area import Document, WrappedDocument

    text = "\n".join([
        "", "a\tb\t\tc " * 6, "界" * 30 + " wide", "x" * 95, "  lead and trail  ",
        "word " * 40, "\t", "Кириллица, и ещё " * 5,
    ])  # fmt: skip
    document = Document(text)
    textual = WrappedDocument(document, tab_width=4)
    textual.wrap(width)
    made = PreWrap(document.lines, width, 4)
    assert sum(1 for _ in made.parts(3)) == len(document.lines) // 3
    ours = WrappedDocument(Document(text), tab_width=4)
    assert made.install(ours)
    for name in ("_wrap_offsets", "_offset_to_line_info", "_line_index_to_offsets"):
        assert getattr(ours, name) == getattr(textual, name), name
    assert ours._tab_width_cache == textual._tab_width_cache and ours.height == textual.height
    assert not made.install(WrappedDocument(Document(text + "\nmore"), tab_width=4))
