"""The article pane: a read-only TextArea with every claim highlighted by its offsets.

Why a TextArea: the reviewer selects text with the mouse or shift+arrows to add a claim by
hand, and TextArea already gives selection, soft wrap and scrolling. Highlights are fed into
TextArea's own highlight map (the one tree-sitter fills for code) with one highlight name per
verdict; the styles behind those names are this widget's component classes, styled in
factdesk.tcss, so the verdict colours are defined once. (This leans on TextArea internals,
``_highlights`` and ``_theme``; textual is pinned exactly in pyproject.toml for that reason.)

The body shown is ``sanitize(body)``, which replaces one character for one (line and paragraph
separators included), read as prose: a Markdown article's marks (``#``, ``*…*``, a link's
``[``…``](url)``) are left out, and ``text.markdown.Prose`` maps every body offset (a claim's)
to the pane's and back (a click, a selection). Without marks the two are the same offsets.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import ClassVar

from textual import events
from textual._wrap import compute_wrap_offsets
from textual.binding import Binding
from textual.expand_tabs import get_tab_widths
from textual.geometry import Region
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import TextArea
from textual.widgets.text_area import Document, Selection, WrappedDocument

from factdesk.domain.models import Claim
from factdesk.domain.verdicts import UNREVIEWED, VERDICTS
from factdesk.extract.segment import split_sentences
from factdesk.text.markdown import Prose
from factdesk.text.sanitize import sanitize
from factdesk.text.wrapping import break_long_lines, unwrap

EDITING_ACTIONS = ("delete", "cut", "paste", "undo", "redo")
"""TextArea actions that edit text; none of them belongs in a read-only article."""

SHOWN_SELECTING = ("ctrl+shift+left", "ctrl+shift+right")
"""TextArea's word-selecting keys, bound again below with the same actions, shown and named."""

HIGHLIGHTS = (*tuple(f"claim--{name}" for name in (*VERDICTS, UNREVIEWED)), "claim--current")


def readable_text(body: str) -> str:
    """The body as read: hard-wrapped lines joined (``text.wrapping``) and sanitised, one
    character for one character, so a claim's offsets in the body are offsets here."""
    return sanitize(unwrap(body))


def readable_prose(body: str) -> Prose:
    """``readable_text`` without its Markdown marks, with the map to the body's offsets."""
    return Prose.of(readable_text(body))


def display_text(body: str) -> str:
    """The body as laid out in the pane: ``readable_prose`` with over-long lines broken at a
    space (same length again), so drawing a row never renders a whole 4 MB paragraph."""
    return break_long_lines(readable_prose(body).text)


class ArticleView(TextArea, inherit_bindings=False):
    """The article text; claims are painted in their verdict colours."""

    COMPONENT_CLASSES = TextArea.COMPONENT_CLASSES | set(HIGHLIGHTS)

    BINDINGS: ClassVar = [
        *(
            binding
            for binding in TextArea.BINDINGS
            if isinstance(binding, Binding)
            and not binding.action.startswith(EDITING_ACTIONS)
            and binding.key not in SHOWN_SELECTING
        ),
        Binding(
            "ctrl+shift+left", "cursor_word_left(True)", "Word", id="select-word-left",
            tooltip="Widen the selection by a word to the left (TextArea's own word step)",
        ),
        Binding(
            "ctrl+shift+right", "cursor_word_right(True)", "Word", id="select-word-right",
            tooltip="Widen the selection by a word to the right (TextArea's own word step)",
        ),
        Binding(
            "s", "select_sentence", "Sentence", id="select-sentence",
            tooltip="Select the whole sentence under the cursor (then a adds it as a claim)",
        ),
    ]  # fmt: skip
    """Moving and selecting only: the pane is read-only, and TextArea's own "Undo"/"Redo"
    would shadow the review's in the command palette and the footer. Selecting a missed claim
    for ``a`` took one shift+arrow per character: TextArea's word steps (ctrl+shift+arrows,
    its own actions) are shown in the footer and help while the pane has focus, and ``s``
    takes the whole sentence under the cursor."""

    @dataclass
    class ClaimClicked(Message):
        """The reviewer clicked inside a claim's highlight."""

        claim_id: int

    @property
    def body_document(self) -> Document:
        """The plain-text document holding the article: offsets map to locations through it
        (``TextArea.document`` is typed as the base class, which has no such mapping)."""
        document = self.document
        if not isinstance(document, Document):
            raise TypeError(f"the article pane holds a {type(document).__name__}")
        return document

    def __init__(self, *, id: str | None = None) -> None:
        self._claims: list[Claim] = []
        self._current: int | None = None
        self._body_length = 0
        self._readable = ""
        """The text shown, before long lines were broken: what a copy gives."""
        self._prose = Prose.of("")
        """Body offsets <-> offsets in ``_readable`` (the same where the body has no marks)."""
        self._line_starts: list[int] = [0]
        self._spans: dict[tuple[int, int], list[tuple[int, int, int]]] = {}
        """(start, end) -> [(row, first byte, end byte)]: offsets converted once per text."""
        self._row_claims: dict[int, list[int]] = {}
        """Row -> the ids of the claims drawn on it, in list order: what a row is repainted
        from (with the claims of the latest list, ``_by_id``)."""
        self._by_id: dict[int, Claim] = {}
        self._drawn: dict[int, str] = {}
        """Claim id -> the highlight name it is drawn with (its verdict's)."""
        self._layout: tuple[tuple[int, int, int], ...] = ()
        """(id, start, end) of the claims drawn: when it is unchanged, a verdict or a move
        repaints only the rows of the claims that changed."""
        self._dirty_lines: set[int] | None = set()
        """Wrapped lines whose highlights changed since the last refresh (None: all)."""
        self._styled: tuple[object, ...] = ()
        """What the highlight styles were worked out from (``render_lines``)."""
        self.full_rebuilds = 0
        """How many times every claim was laid out again (tests count it: a move must not)."""
        self._prewrap: PreWrap | None = None
        """A wrap of the text being loaded, made ahead in parts (``show_in_parts``)."""
        super().__init__(
            "",
            read_only=True,
            soft_wrap=True,
            show_line_numbers=False,
            highlight_cursor_line=False,
            id=id,
        )

    # -- content --------------------------------------------------------------------------

    def _set_document(self, text: str, language: str | None) -> None:
        """TextArea's, with a wrapped document whose height is counted, not summed per line."""
        super()._set_document(text, language)
        counted = self.wrapped_document
        counted.__class__ = CountedWrap
        assert isinstance(counted, CountedWrap)
        counted.wrapped_at = self.wrap_width  # TextArea wrapped it just now, at this width

    def show_article(self, body: str, claims: list[Claim], current: int | None) -> None:
        """Load a body and its claims (only when the article changes: loading rewraps)."""
        self._load(self._prepare(body, claims, current))

    def show_in_parts(
        self, body: str, claims: list[Claim], current: int | None, lines: int
    ) -> Iterator[None]:
        """``show_article`` with a pause (a ``yield``) after every ``lines`` lines wrapped: a
        long article's wrap was one block of the event loop (the 300 KB article's 2,000
        lines: 70 ms of CPU at load 13, 0.45 s in session 38) and no key was read meanwhile.
        The text is wrapped ahead (``PreWrap``) at the width it will have beside its
        scrollbar, and TextArea takes that wrap when it loads the text, if the pane kept its
        width (else it wraps it itself, as before)."""
        text = self._prepare(body, claims, current)
        yield
        pre = PreWrap(Document(text).lines, self._loaded_width(), self.indent_width)
        yield from pre.parts(lines)
        self._prewrap = pre
        self._load(text)

    def _prepare(self, body: str, claims: list[Claim], current: int | None) -> str:
        """The text the pane shows of ``body``, and what the pane keeps of it and its claims
        (before ``load_text``: TextArea lays the highlights out itself while it loads)."""
        self._claims = claims
        self._current = current
        self._body_length = len(body)
        self._prose = readable_prose(body)
        self._readable = self._prose.text
        text = break_long_lines(self._readable)
        self._line_starts = _line_starts(text)
        self._spans.clear()
        self._layout = tuple((c.id, c.start, c.end) for c in claims)
        return text

    def _load(self, text: str) -> None:
        """``load_text``, the scrollbar first when the text cannot fit; any wrap made ahead
        for it used or dropped."""
        self._scrollbar_first(len(self._line_starts))
        try:
            self.load_text(text)
        finally:
            self._prewrap = None
        self.scroll_home(animate=False)

    def _loaded_width(self) -> int:
        """The width the text now prepared will be wrapped at when loaded: the pane's, less
        the scrollbar's columns when the text cannot fit and the scrollbar is not shown yet
        (``_scrollbar_first``)."""
        width = self.wrap_width
        if self._overflows(len(self._line_starts)) and not self.show_vertical_scrollbar:
            width = max(0, width - self.styles.scrollbar_size_vertical)
        return width

    def _overflows(self, lines: int) -> bool:
        """Whether a text of ``lines`` lines cannot fit the pane (more lines than rows)."""
        return lines > self.scrollable_content_region.height > 0 and (
            self.styles.overflow_y == "auto"
        )

    def _rewrap_and_refresh_virtual_size(self) -> None:
        """TextArea's, taking the wrap made ahead (``show_in_parts``) when it is of this
        document's lines at this width."""
        pre = self._prewrap
        wrapped = self.wrapped_document
        if pre is not None and pre.width == self.wrap_width and pre.install(wrapped):
            self._prewrap = None
            if isinstance(wrapped, CountedWrap):
                wrapped.wrapped_at = pre.width
            self._line_cache.clear()
            self._refresh_size()
            return
        super()._rewrap_and_refresh_virtual_size()

    def _scrollbar_first(self, lines: int) -> None:
        """Show the vertical scrollbar before a text that cannot fit is loaded, so that
        TextArea wraps it once, at the width beside the scrollbar. Loaded first, the text was
        wrapped at the full width, then the scrollbar its height called for took two columns
        and it was wrapped again whole (the 300 KB article: 71 + 111 ms of the 0.22 s its
        text took, one block of the event loop; speed39). More lines than the pane has rows
        always overflow; a text that overflows only once wrapped still wraps twice."""
        if self._overflows(lines) and not self.show_vertical_scrollbar:
            # without its watcher, which wraps the text shown now and, finding it short,
            # takes the scrollbar away again; the new text's size keeps it
            self.set_reactive(ArticleView.show_vertical_scrollbar, True)

    def set_claims(self, claims: list[Claim], current: int | None) -> None:
        """Repaint the highlights (after a verdict, a filter or a move): only the rows of the
        claims whose colour or emphasis changed, unless the list itself changed."""
        previous = self._current
        self._claims = claims
        self._by_id = {c.id: c for c in claims}
        self._current = current
        layout = tuple((c.id, c.start, c.end) for c in claims)
        if layout != self._layout:
            self._layout = layout
            self._build_highlight_map()
        else:
            changed = {c.id for c in claims if self._drawn.get(c.id) != _name(c)}
            self._repaint({*changed, previous, current})
        self._refresh_painted()

    def set_current(self, claim: Claim | None) -> None:
        """Emphasise one claim and scroll it into view, without moving the selection.

        Only the rows of the old and the new current claim are repainted."""
        current = claim.id if claim else None
        if current != self._current:
            previous, self._current = self._current, current
            self._repaint({previous, current})
            self._refresh_painted()
        if claim is not None:
            # After the refresh: on a fresh load the text is not wrapped to its width yet.
            self.call_after_refresh(self.scroll_offset_into_view, claim.start, claim.end)

    def scroll_offset_into_view(self, start: int, end: int, tries: int = 8) -> None:
        """Scroll so the span is visible, centred when it is off screen.

        A span already in view scrolls nothing: the text stays still while the reviewer
        steps through the claims of one screenful (and a scroll repaints the whole pane).
        Before the pane is laid out (no height yet, or the text not wrapped) it tries again
        after the next refresh, a few times: on a busy machine the screen's first refresh can
        come before the pane has its size, and the claim was then left out of sight."""
        rows = self.wrapped_rows(start, end)
        if rows is None:
            if tries > 1:
                self.call_after_refresh(self.scroll_offset_into_view, start, end, tries - 1)
            return
        if self._on_screen(rows):
            return
        top, bottom = rows
        height = bottom - top + 1
        region = Region(0, top, 1, max(1, height))
        self.scroll_to_region(region, animate=False, center=True, immediate=True)

    def on_resize(self) -> None:
        """Keep the emphasised claim in sight when the pane changes size (a resized terminal,
        or the layout settling after an article opened, when the text is wrapped again)."""
        self.call_after_refresh(self.rewrap_if_stale)
        if (span := self.current_span()) is not None:
            self.call_after_refresh(self.scroll_offset_into_view, *span)

    def rewrap_if_stale(self) -> None:
        """Wrap the text again if its rows are not of the pane's width now, and draw the
        whole pane. A terminal widened from 80 columns (the panes stacked) to 120 (side by
        side) left the pane showing the text as wrapped for the stacked pane, its line ends
        cut off by the narrower one, until the next key (desk37, tmux)."""
        wrapped = self.wrapped_document
        if isinstance(wrapped, CountedWrap) and wrapped.wrapped_at != self.wrap_width:
            self._rewrap_and_refresh_virtual_size()
        self._line_cache.clear()
        self.refresh()

    def readable(self, start: int, end: int) -> str:
        """A span of the body as the pane reads it (hard-wrapped lines joined): a claim's
        words for the detail, which showed the wire copy's line ends inside a sentence."""
        shown = self._prose.shown
        return self._readable[shown(start) : shown(end)]

    @property
    def current_id(self) -> int | None:
        """The id of the claim the text emphasises (None: none is)."""
        return self._current

    def current_span(self) -> tuple[int, int] | None:
        """The body offsets of the claim the text emphasises, if any."""
        claim = self._by_id.get(self._current) if self._current is not None else None
        return (claim.start, claim.end) if claim is not None else None

    def _on_screen(self, rows: tuple[int, int]) -> bool:
        """Whether wrapped rows (``wrapped_rows``) are all within the pane's view."""
        first = self.scroll_offset.y
        return first <= rows[0] and rows[1] < first + self.scrollable_content_region.height

    def wrapped_rows(self, start: int, end: int) -> tuple[int, int] | None:
        """The first and last wrapped rows of a span, or None while the pane has no height or
        the text is not wrapped to the pane's width yet: rows read from a wrap at another
        width put the claim elsewhere, and whether the text scrolled then depended on which
        refresh came first."""
        wrapped = self.wrapped_document
        if not isinstance(wrapped, CountedWrap) or wrapped.wrapped_at != self.wrap_width:
            return None
        shown = self._prose.shown
        top = self._wrapped_y(shown(start))
        bottom = self._wrapped_y(max(shown(start), shown(end) - 1))
        if top is None or bottom is None or self.scrollable_content_region.height <= 0:
            return None
        return top, bottom

    def _wrapped_y(self, offset: int) -> int | None:
        try:
            location = self._location(offset)
            return self.wrapped_document.location_to_offset(location).y
        except (ValueError, IndexError):
            return None

    def _location(self, offset: int) -> tuple[int, int]:
        """(row, column) of a text offset by bisecting the line starts: Textual's
        ``get_location_from_index`` walks the document from its first line on every call."""
        row = bisect_right(self._line_starts, offset) - 1
        return row, offset - self._line_starts[row]

    # -- highlights -----------------------------------------------------------------------

    def _build_highlight_map(self) -> None:
        """Lay every claim out again: which rows it covers, and every row's highlights."""
        self.full_rebuilds += 1
        self._row_claims = {}
        self._by_id = {c.id: c for c in self._claims}
        for claim in self._claims:
            for row, _, _ in self._span(claim.start, claim.end):
                self._row_claims.setdefault(row, []).append(claim.id)
        self._highlights.clear()
        self._drawn = {}
        self._line_cache.clear()  # every row may have changed (a new text, a new list)
        self._dirty_lines = None
        self._paint_rows(self._row_claims)

    def _repaint(self, claim_ids: set[int | None]) -> None:
        """Paint again the rows of these claims (from every claim on those rows)."""
        rows: set[int] = set()
        for claim_id in claim_ids:
            claim = self._by_id.get(claim_id) if claim_id is not None else None
            if claim is not None:
                rows.update(row for row, _, _ in self._span(claim.start, claim.end))
        if rows:
            self._paint_rows(rows)

    def _paint_rows(self, rows: Iterable[int]) -> None:
        """TextArea's highlight map for these rows: each claim in its verdict's colour, then
        the current claim's emphasis on top (drawn last, so it wins where claims overlap)."""
        rows = list(rows)
        self._forget_lines(rows)
        highlights = self._highlights
        for row in rows:
            spans: list[tuple[int, int | None, str]] = []
            current = None
            for claim_id in self._row_claims.get(row, ()):
                claim = self._by_id[claim_id]
                name = _name(claim)
                self._drawn[claim.id] = name
                spans += self._row_span(claim, row, name)
                if claim.id == self._current:
                    current = claim
            if current is not None:
                spans += self._row_span(current, row, "claim--current")
            highlights[row] = spans

    def _forget_lines(self, rows: list[int]) -> None:
        """Drop TextArea's cached screen lines of these text rows only: the rest of the pane
        is drawn from its cache (clearing it all redrew every line on every key)."""
        offsets = self.wrapped_document._line_index_to_offsets
        if len(rows) > len(offsets) // 2:
            self._line_cache.clear()
            self._dirty_lines = None
            return
        wanted = {y for row in rows if 0 <= row < len(offsets) for y in offsets[row]}
        if self._dirty_lines is not None:
            self._dirty_lines |= wanted
        cache = self._line_cache
        # TextArea keys a cached line by (size, scroll x, line's y on screen, ...).
        for key in [k for k in cache.keys() if k[2] in wanted]:  # noqa: SIM118 (no __iter__)
            cache.discard(key)

    def _refresh_painted(self) -> None:
        """Redraw the lines on screen whose highlights changed, not the whole pane: a whole
        refresh makes Textual run every visible line through its styles again."""
        lines, self._dirty_lines = self._dirty_lines, set()
        if lines is None:
            self.refresh()
            return
        top = self.scroll_offset.y
        region = self.scrollable_content_region
        regions = [
            Region(0, y - top, region.width, 1) for y in lines if top <= y < top + region.height
        ]
        if regions:
            self.refresh(*regions)

    def _row_span(self, claim: Claim, row: int, name: str) -> list[tuple[int, int, str]]:
        return [(a, b, name) for r, a, b in self._span(claim.start, claim.end) if r == row]

    def _span(self, body_start: int, body_end: int) -> list[tuple[int, int, int]]:
        """(row, first byte, end byte) of each row a body span covers, computed once."""
        key = (body_start, body_end)
        cached = self._spans.get(key)
        if cached is not None:
            return cached
        spans: list[tuple[int, int, int]] = []
        ok = 0 <= body_start < body_end <= self._body_length
        start, end = self._prose.shown(body_start), self._prose.shown(body_end)
        if (
            ok
            and start < end
            and end
            <= self._line_starts[-1] + len(self.document.get_line(len(self._line_starts) - 1))
        ):
            first, last = self._location(start), self._location(end)
            for row in range(first[0], last[0] + 1):
                text = self.document.get_line(row)
                col_start = first[1] if row == first[0] else 0
                col_end = last[1] if row == last[0] else len(text)
                if col_end > col_start:
                    spans.append((row, _bytes(text, col_start), _bytes(text, col_end)))
        self._spans[key] = spans
        return spans

    def render_lines(self, crop: Region) -> list[Strip]:
        """Map each highlight name to its component class style before TextArea draws.

        Only when the styles changed: TextArea worked its theme out again from the CSS on
        every draw, a quarter of a key's drawing here. The stylesheet gives every component
        class a new styles object whenever it styles this widget again (a new theme, focus,
        a class), so the same objects mean the same styles."""
        theme = self._theme
        if theme is None:
            return super().render_lines(crop)
        styled = (theme, self.app.theme, *self._component_styles.values())
        if len(styled) != len(self._styled) or any(
            a is not b for a, b in zip(styled, self._styled, strict=False)
        ):
            theme.apply_css(self)  # TextArea's own, as its render_lines does
            for name in HIGHLIGHTS:
                # The current claim only adds emphasis on top of its verdict's colour.
                partial = name == "claim--current"
                theme.syntax_styles[name] = self.get_component_rich_style(name, partial=partial)
            self._styled = styled
        return ScrollView.render_lines(self, crop)  # TextArea's would apply the theme again

    def notify_style_update(self) -> None:
        self._styled = ()
        super().notify_style_update()

    # -- reviewer input -------------------------------------------------------------------

    def claim_at(self, offset: int) -> Claim | None:
        """The claim under an offset, preferring the current one where claims overlap."""
        hits = [claim for claim in self._claims if claim.start <= offset < claim.end]
        for claim in hits:
            if claim.id == self._current:
                return claim
        return hits[0] if hits else None

    def start_selecting(self, offset: int) -> None:
        """Focus the pane with its cursor at body ``offset`` and nothing selected: ``a`` with
        no selection brings the reviewer here, next to the claim they were on, to select the
        missed claim's words with shift+arrows (the pane was reached only by Tab, three
        times from the claim list, or with the mouse)."""
        shown = min(self._prose.shown(offset), len(self.text))
        self.move_cursor(self._location(shown))
        self.focus()

    def action_select_sentence(self) -> None:
        """``s``: select the sentence the cursor is in (or the next one, from the gap between
        two: ``a`` with nothing selected leaves the cursor at the current claim's end), as
        the extractor splits sentences (``extract.segment``), so a missed claim is one key."""
        at = self.body_document.get_index_from_location(self.cursor_location)
        sentences = split_sentences(self._readable)
        found = next((span for span in sentences if span.end > at), None)
        if found is None:
            return
        self.selection = Selection(self._location(found.start), self._location(found.end))

    def selected_span(self) -> tuple[int, int]:
        """The selection as body offsets (start <= end)."""
        start, end = self._selected_shown()
        return self._prose.original(start), self._prose.original(end)

    def _selected_shown(self) -> tuple[int, int]:
        """The selection as offsets in the text shown (start <= end)."""
        start, end = sorted(self.selection)
        document = self.body_document
        return document.get_index_from_location(start), document.get_index_from_location(end)

    async def _on_click(self, event: events.Click) -> None:
        """A plain click (no selection) inside a highlight selects that claim."""
        if not self.selection.is_empty:
            return
        offset = self.body_document.get_index_from_location(self.cursor_location)
        claim = self.claim_at(self._prose.original(offset))
        if claim is not None:
            self.post_message(self.ClaimClicked(claim.id))

    def action_copy(self) -> None:
        """Ctrl+C copies the selection through the app's clipboard service, sanitised."""
        start, end = self._selected_shown()
        text = self._readable[start:end]  # the pane's line breaks in a long line are not text
        if text:
            copy = getattr(self.app, "copy_text", None)
            if copy is not None:
                copy(text, "the selected text")
            else:  # pragma: no cover - only when used outside FactDeskApp
                self.app.copy_to_clipboard(sanitize(text))


class PreWrap:
    """A wrap of a text's lines at one width, made ahead a part at a time (``parts``) and
    given to TextArea's wrapped document when it loads the same lines (``install``): the
    lists Textual 8.2.8's ``WrappedDocument.wrap`` makes, made the same way (its loop, a
    line at a time; ``test_article_view_repaint`` compares the two)."""

    def __init__(self, lines: list[str], width: int, tab_width: int) -> None:
        self.lines = lines
        self.width = width
        self.tab_width = tab_width
        self.wrap_offsets: list[list[int]] = []
        self.line_info: list[tuple[int, int]] = []
        self.line_offsets: list[list[int]] = []
        self.tab_widths: list[list[int]] = []

    def parts(self, size: int) -> Iterator[None]:
        """Wrap every line, pausing (``yield``) after each ``size`` lines."""
        offset = 0
        tab_width, width = self.tab_width, self.width
        for index, line in enumerate(self.lines):
            sections = get_tab_widths(line, tab_width)
            offsets = (
                compute_wrap_offsets(
                    line, width, tab_size=tab_width, precomputed_tab_sections=sections
                )
                if width
                else []
            )
            self.tab_widths.append([cells for _, cells in sections])
            self.wrap_offsets.append(offsets)
            rows = list(range(offset, offset + len(offsets) + 1))
            self.line_info.extend((index, section) for section in range(len(rows)))
            self.line_offsets.append(rows)
            offset += len(rows)
            if index % size == size - 1:
                yield

    def install(self, wrapped: WrappedDocument) -> bool:
        """Give ``wrapped`` this wrap if it wraps these lines (False: another text)."""
        if len(self.line_offsets) != len(self.lines) or wrapped.document.lines != self.lines:
            return False
        wrapped._width = self.width
        wrapped._tab_width = self.tab_width
        wrapped._wrap_offsets = self.wrap_offsets
        wrapped._offset_to_line_info = self.line_info
        wrapped._line_index_to_offsets = self.line_offsets
        wrapped._tab_width_cache = self.tab_widths
        return True


class CountedWrap(WrappedDocument):
    """Textual's wrapped document, but ``height`` is the length of a list it keeps anyway.

    ``TextArea._render_line`` reads ``height`` for every line it draws, and Textual sums it
    over every line of the text each time: on a 300 KB article that was most of a key's cost.
    ``_offset_to_line_info`` holds one entry per wrapped line, kept by ``wrap`` and
    ``wrap_range`` alike, so its length is the same number.
    """

    wrapped_at: int | None = None
    """The width ``wrap`` was last given: whether the rows are those of the pane's width now
    (``ArticleView.wrapped_rows``). Kept here because Textual 8.2.8's WrappedDocument keeps it
    only in its private ``_width``; set by ``ArticleView._set_document`` for the wrap TextArea
    made before the class was swapped in."""

    @property
    def height(self) -> int:
        return len(self._offset_to_line_info)

    def wrap(self, width: int, tab_width: int | None = None) -> None:
        """WrappedDocument's public ``wrap``, remembering the width."""
        super().wrap(width, tab_width)
        self.wrapped_at = width


def _name(claim: Claim) -> str:
    return f"claim--{claim.verdict or UNREVIEWED}"


def _bytes(line: str, column: int) -> int:
    """TextArea's highlights are in UTF-8 bytes: the byte offset of a column."""
    return column if line.isascii() else len(line[:column].encode("utf-8"))


def _line_starts(text: str) -> list[int]:
    """The offset where each line of ``text`` starts (one pass)."""
    starts = [0]
    find = text.find
    at = find("\n")
    while at != -1:
        starts.append(at + 1)
        at = find("\n", at + 1)
    return starts
