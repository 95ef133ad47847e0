"""The claims of one article: verdict badge, kind, speaker, score and the claim's words."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice
from typing import cast

from textual.content import Content
from textual.css.styles import RulesMap
from textual.geometry import Region
from textual.reactive import reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from factdesk.desk.notes import shown_speaker
from factdesk.domain.models import Claim
from factdesk.text.markdown import prose
from factdesk.ui.widgets.text import line, verdict_badge

MAX_CLAIM_CHARS = 160
"""Long claims are cut in the list; the detail pane below shows them whole."""


def claim_prompt(claim: Claim) -> Content:
    """Two lines: badge and words, then kind, speaker and score, dimmed. An anonymous
    source's words are a description ("a source close to the minister"), shown as "unnamed:
    …", and a group at large's ("Opponents said") as "unattributed: …": in the speaker's
    place they read as a name the article gave (``notes.shown_speaker``)."""
    words = line(prose(claim.text))
    if len(words) > MAX_CLAIM_CHARS:
        words = words[: MAX_CLAIM_CHARS - 1] + "…"
    meta = [claim.kind]
    if who := shown_speaker(claim):  # a description or a group at large: not as a name
        meta.append(who)
    meta.append(f"score {claim.score:.2f}")
    if claim.provenance == "manual":
        meta.append("added by hand")
    return Content.assemble(
        verdict_badge(claim.verdict, short=True), " ", words, "\n", line(" · ".join(meta), "dim")
    )


class ClaimsList(OptionList):
    """An OptionList whose option ids are claim ids; every prompt is ``Content``."""

    highlighted: reactive[int | None] = reactive(None, repaint=False)
    """OptionList's, but a move repaints the two claims it changes (``_watch_highlighted``),
    not every line of the list through Textual's styles again."""

    def _watch_highlighted(self, old: int | None, new: int | None) -> None:
        """Runs beside OptionList's own ``watch_highlighted`` (which scrolls to the option)."""
        for index in (old, new):
            self._refresh_option(index)

    def _refresh_option(self, index: int | None) -> None:
        """Mark one option's lines on screen for redrawing."""
        if index is None or not self.is_mounted:
            return
        y, height = self._index_to_line.get(index), self._heights.get(index)
        if y is None or height is None:
            self.refresh()
            return
        top = self.scroll_offset.y
        self.refresh(Region(0, y - top, self.scrollable_content_region.width, height))

    def on_resize(self) -> None:
        """A smaller terminal (a pane split, 160×48 down to 80×24) kept the scroll offset and
        left the current claim below the list until the next move: keep it in sight (after
        OptionList's own ``_on_resize`` has dropped the old widths' line heights)."""
        self.call_after_refresh(self.scroll_to_highlight)

    def show(self, claims: list[Claim], current: int | None) -> None:
        """Replace the list, keeping the highlight on ``current`` when it is listed.

        Programmatic changes post no OptionHighlighted: only the reviewer's own moves in the
        list should move the screen's cursor (else queued messages play ping-pong with it).
        """
        with self.prevent(OptionList.OptionHighlighted):
            self.set_options(Option(claim_prompt(c), id=str(c.id)) for c in claims)
            self._select(current)

    def fill(self, claims: list[Claim], current: int | None, size: int) -> Iterator[int]:
        """``show`` in slices of ``size`` claims, yielding the number listed after each slice
        but the last: the caller gives the event loop a turn there (keys, a frame) before it
        asks for the next. Textual measures only the options added (``add_options``), so the
        slices cost what one ``set_options`` does. Listing a 4,862-claim article at once held
        the event loop for seconds, every key waiting (desk37)."""
        options = (Option(claim_prompt(c), id=str(c.id)) for c in claims)
        with self.prevent(OptionList.OptionHighlighted):
            self.set_options(islice(options, size))
        while self.option_count < len(claims):
            yield self.option_count
            with self.prevent(OptionList.OptionHighlighted):
                self.add_options(islice(options, size))
        self.select_claim(current)

    def select_claim(self, claim_id: int | None) -> None:
        with self.prevent(OptionList.OptionHighlighted):
            self._select(claim_id)

    def _select(self, claim_id: int | None) -> None:
        if claim_id is None:
            self.highlighted = 0 if self.option_count else None
            return
        try:
            self.highlighted = self.get_option_index(str(claim_id))
        except OptionDoesNotExist:  # the claim is filtered out
            self.highlighted = 0 if self.option_count else None

    def replace_claim(self, claim: Claim) -> None:
        """Redraw one claim's prompt (after its verdict changed).

        Textual's ``replace_option_prompt`` forgets the height of every option, so the next
        frame measured all of them again (2,300 claims on a long article: most of a verdict
        key's time). A new prompt of the same height only needs its own cached drawing
        dropped; another height falls back to Textual's way.
        """
        try:
            index = self.get_option_index(str(claim.id))
        except OptionDoesNotExist:  # not listed under the current filter
            return
        option = self.get_option_at_index(index)
        height = self._line_cache.heights.get(index)
        option._set_prompt(claim_prompt(claim))
        if height is None or self._option_height(option) != height:
            self._clear_caches()
            return
        cache = self._option_render_cache
        for key in [key for key in cache.keys() if key[0] is option]:  # noqa: SIM118 (no __iter__)
            cache.discard(key)
        self._refresh_option(index)  # its own lines: the rest of the list is drawn as it was

    def remove_claim(self, claim_id: int) -> None:
        """Take one claim out of the list (a verdict under "unreviewed only"), keeping every
        other claim's prompt and measured height.

        ``show`` built all 2,307 prompts of a long article again and Textual measured them all
        (~0.3 s a verdict under load, shift34); Textual's own ``remove_option`` also forgets
        every height. Here the heights and line starts of the others are shifted up past the
        removed one: no option is measured again, only the lines on screen are redrawn."""
        try:
            index = self.get_option_index(str(claim_id))
        except OptionDoesNotExist:  # not listed
            return
        cache = self._line_cache
        measured = len(cache.heights) == self.option_count and index in cache.index_to_line
        with self.prevent(OptionList.OptionHighlighted):
            if not measured:  # not laid out yet: nothing to keep
                self.remove_option_at_index(index)
                return
            top, height = cache.index_to_line[index], cache.heights[index]
            after = lambda i: i - 1 if i > index else i  # noqa: E731
            lines = [(after(i), n) for i, n in cache.lines if i != index]
            heights = {after(i): h for i, h in cache.heights.items() if i != index}
            starts = {after(i): y - height if i > index else y
                      for i, y in cache.index_to_line.items() if i != index}  # fmt: skip
            del top
            self.remove_option_at_index(index)  # Textual's bookkeeping; it empties the cache
            cache.lines.extend(lines)
            cache.heights.update(heights)
            cache.index_to_line.update(starts)
            self._update_lines()  # every option is measured: only the virtual size follows

    def _option_height(self, option: Option) -> int:
        """Lines an option takes at the list's width (as Textual's ``_update_lines`` counts)."""
        padding = self.get_component_styles("option-list--option").padding
        width = self.scrollable_content_region.width - self._get_left_gutter_width()
        visual = self._get_visual(option)
        rules = cast(RulesMap, self.styles)  # as Textual's own measuring does
        return visual.get_height(rules, width - padding.width) + option._divider

    @property
    def highlighted_claim_id(self) -> int | None:
        if self.highlighted is None or not self.option_count:
            return None
        option_id = self.get_option_at_index(self.highlighted).id
        return int(option_id) if option_id is not None else None
