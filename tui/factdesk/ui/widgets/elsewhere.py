"""The Elsewhere panel: the current claim in other articles, its origins, a suggested verdict.

A fact-checker's first question is "who else says this, and who says the opposite?". The
answer is read from the matches stored at import (``Desk.related``), for the current claim
only, and never recomputed on a key press. A held ``j`` is coalesced: the first move loads
right after its frame is drawn, moves arriving faster than ``DEBOUNCE`` wait for the last one,
so a burst does no queries it would throw away. Everything from an article reaches the screen
as ``Content`` built from sanitised text (``widgets.text.line``), never as markup.

Only the top ``ELSEWHERE_CAP`` matches are loaded (by label, then similarity), with a
"N more" line that loads the rest on request; the head's tally counts every match. Weakly
related matches (``desk.elsewhere.weakly_related``: a name or closeness in meaning alone) are
one "N weakly related" line until asked for, which loads everything as "N more" does.

The match list is an OptionList: Tab reaches it and ↑/↓ move inside it, and ``[``/``]`` move
its cursor whatever has focus, so ``o``/``l``/``L`` always act on the highlighted match.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from time import monotonic
from typing import Self

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.geometry import Region, Size
from textual.message import Message
from textual.timer import Timer
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from factdesk.corroborate.index import Related
from factdesk.corroborate.suggest import Suggestion
from factdesk.desk.elsewhere import ELSEWHERE_CAP, ElsewhereView, weakly_related
from factdesk.desk.service import Desk
from factdesk.text.counts import counted
from factdesk.text.markdown import prose
from factdesk.ui.guard import reports_desk_errors
from factdesk.ui.host import host
from factdesk.ui.widgets.text import line, verdict_badge

DEBOUNCE = 0.12
"""Seconds: moves closer together than this (a held key) load the panel once, at the end."""

MATCH_LABELS = {"same": "=", "conflicts": "≠", "related": "~"}
"""A symbol per match label, so no meaning rests on colour alone."""

MAX_TITLE = 70
MAX_TEXT = 200


class MatchList(OptionList):
    """The panel's match list: its options set without a layout of the screen when the rows
    it asks for stay the same (``set_rows``).

    Why: ``OptionList.set_options`` asks for a layout (its height is ``auto``), and a layout
    reflows and repaints the whole review screen: 13 of the ~35 ms of CPU the panel took after
    each ``j`` on the 2,000-article bench desk (Pilot, speed39), for rows that rarely change
    from one claim to the next. No option wraps (``text-wrap: nowrap`` in factdesk.tcss), so
    the rows asked for are the lines of the options' prompts (a match two, ``match_prompt``;
    the weak and more lines one) up to ``max-height``. Counted as options, [match, weak]
    after [match, match] kept the list four rows high for three (a blank row; review39)."""

    _keep_layout = False

    def set_rows(self, options: list[Option]) -> bool:
        """Set the options; a layout only when the rows asked for change. Returns whether
        they changed."""
        before = self.rows_asked(self.options)
        after = self.rows_asked(options)
        self._keep_layout = before == after and self.is_mounted
        try:
            self.set_options(options)
        finally:
            self._keep_layout = False
        return before != after

    def rows_asked(self, options: Sequence[Option]) -> int:
        """The rows ``options`` ask for, none wrapped: their prompts' lines, up to
        ``max-height``."""
        rows = sum(prompt_lines(option.prompt) for option in options)
        cap = self.styles.max_height
        return min(rows, int(cap.value)) if cap is not None and cap.is_cells else rows

    def refresh(
        self,
        *regions: Region,
        repaint: bool = True,
        layout: bool = False,
        recompose: bool = False,
    ) -> Self:
        """As OptionList's, without the layout while ``set_rows`` keeps the rows."""
        return super().refresh(
            *regions, repaint=repaint, layout=layout and not self._keep_layout, recompose=recompose
        )


def prompt_lines(prompt: object) -> int:
    """The lines of an option's prompt when it does not wrap: one more than its line breaks."""
    plain = prompt.plain if isinstance(prompt, Content) else str(prompt)
    return plain.count("\n") + 1


def summary_rows(summary: Static) -> int:
    """The rows the head asks for with what it holds now: its height at its width, up to its
    ``max-height`` (``_draw_head`` lays the screen out again only when this changes; -1 before
    the head has a width)."""
    width = summary.content_size.width
    rows = summary.get_content_height(Size(0, 0), Size(0, 0), width) if width else -1
    cap = summary.styles.max_height
    return min(rows, int(cap.value)) if cap is not None and cap.is_cells else rows


def match_style(label: str) -> str:
    """The Content style of a match label: its theme variable from factdesk.tcss."""
    return f"bold $match-{label}"


def label_badge(label: str) -> Content:
    """``≠ conflicts`` in the label's colour, padded so the columns line up."""
    return Content.styled(f"{MATCH_LABELS.get(label, '?')} {label:<9}", match_style(label))


def _cut(text: Content, limit: int) -> Content:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def match_prompt(match: Related) -> Content:
    """Two lines: label, similarity, the other article and outlet; then origin and words."""
    where = [_cut(line(match.article_title, "bold"), MAX_TITLE)]
    if match.outlet:
        where += [Content.styled(" · ", "dim"), line(match.outlet, "italic")]
    linked = Content.styled("↔ linked ", "bold $accent") if match.linked else Content("")
    return Content.assemble(
        label_badge(match.label),
        Content.styled(f" {match.similarity:3.0f}%  ", "dim"),
        linked,
        *where,
        "\n",
        Content.styled("   from ", "dim"),
        line(match.origin, "italic"),
        Content.styled(" · ", "dim"),
        Content.styled(match.when, "$text-muted"),
        Content.styled(" · ", "dim"),
        _cut(line(prose(match.text), "dim"), MAX_TEXT),
    )


MORE_ID = "more"
"""The option id of the "N more" line under the capped match list."""


def more_prompt(more: int) -> Content:
    """The line under a capped match list: how many are not loaded, and how to see them."""
    noun = "match" if more == 1 else "matches"
    return Content.styled(f"… {more} more {noun}: Enter shows them all", "dim italic")


WEAK_ID = "weak"
"""The option id of the "N weakly related" line."""


def weak_prompt(weak: int) -> Content:
    """The line standing for the weakly related matches folded away, and how to see them."""
    return Content.styled(f"~ {weak} weakly related (little in common): Enter shows them", "dim")


def listed(matches: list[Related], *, fold: bool) -> tuple[list[Related], int]:
    """(the matches the list shows, how many weakly related ones are folded into one line):
    with ``fold`` the weak ones are left out and counted, else every match is shown."""
    if not fold:
        return matches, 0
    shown = [m for m in matches if not weakly_related(m)]
    return shown, len(matches) - len(shown)


NOT_REPEATED = "Elsewhere · repeated nowhere else"
"""The panel's title when no other article says the same (conflicts may still be listed)."""


def panel_title(suggestion: Suggestion | None) -> str:
    """The panel's border title: what the other articles add, ``Elsewhere · 4 other articles,
    same origin`` or ``Elsewhere · 2 other articles, +1 origin`` (origins counted as the
    suggestion counts them: copies of one report are one origin).

    The suggestion counts the claim's own article and origin; the title said "1 article,
    1 origin" beside "no other article carries this claim", read as one *other* article.
    So it says only what is beside this claim: other articles, and origins beyond its own.
    The count is of articles that say the same: with none, it said "in no other article"
    above "≠6 conflicts" and the other articles those conflicts are in, so it names what is
    not elsewhere, the claim repeated. It fits the panel at 120 columns (48 wide: 42 for the
    title). Only words and numbers of our own (no article text), so reading it as markup is
    harmless.
    """
    articles, origins = (suggestion.articles, suggestion.origins) if suggestion else (1, 1)
    if articles <= 1:
        return NOT_REPEATED
    more = "same origin" if origins <= 1 else f"+{counted(origins - 1, 'origin')}"
    return f"Elsewhere · {counted(articles - 1, 'other article')}, {more}"


def summary_content(view: ElsewhereView, *, narrow: bool = False, spare: bool = False) -> Content:
    """The panel's head: the claim's origin and time, the label tally (of every match, loaded
    or not), links; then the suggestion.

    ``narrow`` (under 100 columns the head has one line): the suggestion ``v`` applies, the
    tally, then the suggestion's reason, which the line's end cuts; the origin is left out
    (the detail names the speaker and the channel). The head was cut to its first line there,
    so ``v`` applied a suggestion nobody could see; then a long reason ("…, 5 other origins
    against") pushed the tally out of sight. ``v``'s toast says the whole reason."""
    tally = _tally(view, spare=spare)
    if narrow:
        verdict, reason = suggestion_parts(view.suggestion)
        return Content.assemble(verdict, *tally, Content.styled(" · ", "dim"), reason)
    origin, when = view.origin, view.when
    parts: list[Content | str] = [Content.styled("origin ", "dim"), line(origin, "italic")]
    if when:
        lead = " · " if when == "time unknown" else " · about "
        parts += [Content.styled(lead, "dim"), Content.styled(when, "$text-muted")]
    parts += [*tally, "\n", suggestion_content(view.suggestion)]
    return Content.assemble(*parts)


def fitted_head(content: Content, width: int, rows: int) -> Content:
    """The head as it fits ``rows`` rows of ``width`` cells: whole when it does, else its
    first rows, the last one ending on "… +N lines" (dim, short enough to leave the
    suggestion's verdict and ``v`` beside it), as the match list ends on "… N more
    matches". The head's height is capped (3 rows, 5 on a wide and tall screen) and a long
    suggestion's reason ("5 other origins say otherwise: …") was cut mid-word with nothing
    to say so (desk37). ``width`` or ``rows`` 0 (not laid out yet): whole."""
    if width <= 0 or rows <= 0:
        return content
    lines = content.wrap(width)
    if len(lines) <= rows:
        return content
    hidden = len(lines) - rows
    mark = Content.styled(f" … +{hidden} line{'' if hidden == 1 else 's'}", "dim italic")
    last = lines[rows - 1].rstrip()
    room = max(0, width - mark.cell_length)
    if last.cell_length > room:
        space = last.plain.rfind(" ", 0, room + 1)  # (at a word's end where one is near)
        last = last.truncate(space if space > room // 2 else room).rstrip()
    return Content("\n").join([*(line.rstrip() for line in lines[: rows - 1]), last + mark])


def _tally(view: ElsewhereView, *, spare: bool = False) -> list[Content | str]:
    """``≠6 conflicts  ↔1 linked``, or that no other article carries the claim (``spare``:
    not that, which the panel's title says too, for a head short of rows)."""
    parts: list[Content | str] = []
    for label in MATCH_LABELS:
        if number := view.tally.get(label, 0):
            parts += ["  ", Content.styled(f"{MATCH_LABELS[label]}{number} {label}",
                                           match_style(label))]  # fmt: skip
    if not view.total and not spare:
        parts.append(Content.styled("  no other article carries this claim", "dim"))
    if view.linked:
        parts.append(Content.styled(f"  ↔{view.linked} linked", "$accent"))
    return parts


def suggestion_content(suggestion: Suggestion | None) -> Content:
    """``suggests ✗ contradicted v reason``: the key to accept it beside it; dim if none."""
    if suggestion is None or suggestion.verdict is None:
        reason = suggestion.reason if suggestion else "nothing to weigh"
        return Content.assemble(Content.styled("no suggestion: ", "dim"), line(reason, "dim"))
    return Content.assemble(
        Content.styled("suggests ", "bold"),
        verdict_badge(suggestion.verdict),
        Content.styled(" v ", "bold $accent"),
        line(suggestion.reason, "italic"),
    )


def suggestion_parts(suggestion: Suggestion | None) -> tuple[Content, Content]:
    """(``suggests ✗ contradicted v`` or ``no suggestion``, the reason): ``suggestion_content``
    apart, so the narrow head can put the tally between them."""
    if suggestion is None or suggestion.verdict is None:
        reason = suggestion.reason if suggestion else "nothing to weigh"
        return Content.styled("no suggestion", "dim"), line(reason, "dim")
    verdict = Content.assemble(
        Content.styled("suggests ", "bold"),
        verdict_badge(suggestion.verdict),
        Content.styled(" v", "bold $accent"),
    )
    return verdict, line(suggestion.reason, "italic")


class ElsewherePanel(Vertical):
    """Under the claim detail: the head (origins, suggestion) and the list of matches."""

    @dataclass
    class Chosen(Message):
        """Enter (or a click) on a match: the screen opens it as ``o`` does."""

        match: Related

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.border_title = "Elsewhere"
        self.claim_id: int | None = None
        """The claim whose matches are shown (None until loaded)."""
        self.view: ElsewhereView | None = None
        """What was loaded for ``claim_id`` (None: no claim)."""
        self.cap: int | None = ELSEWHERE_CAP
        """Matches loaded for the current claim: the cap, or None once "N more" or "N weakly
        related" was chosen (then the weakly related ones are shown too)."""
        self.shown: list[Related] = []
        """The matches in the list, in its order (the loaded ones less any folded away)."""
        self._pending: int | None = None
        self._last_request = 0.0
        self._timer: Timer | None = None
        self._scheduled = False
        self._drawn_narrow = False
        """Whether the head was last drawn in its one-line (narrow) shape."""
        self._drawn_room = (0, 0)
        """(width, rows) the head was last fitted to (``fitted_head``)."""

    def compose(self) -> ComposeResult:
        yield Static(id="elsewhere-summary")
        yield MatchList(id="elsewhere-matches")

    @property
    def desk(self) -> Desk:
        return host(self.app).desk

    # -- loading --------------------------------------------------------------------------

    def show_for(self, claim_id: int | None) -> None:
        """Ask for a claim's matches: at once, or after a burst of moves has ended."""
        self._pending = claim_id
        now = monotonic()
        quick = now - self._last_request < DEBOUNCE
        self._last_request = now
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if quick and claim_id != self.claim_id:
            self._timer = self.set_timer(DEBOUNCE, self.flush)
        elif not self._scheduled:
            # Off the key path: the key's own frame is drawn first, then the panel loads.
            self._scheduled = True
            self.call_after_refresh(self._deferred)

    def _deferred(self) -> None:
        if self._scheduled:
            self.flush()

    @reports_desk_errors
    def flush(self) -> None:
        """Load what was asked for now (before acting on a match, and after a burst)."""
        self._scheduled = False
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        self._load(self._pending)

    def _load(self, claim_id: int | None) -> None:
        keep = self.selected if claim_id == self.claim_id else None
        if claim_id != self.claim_id:
            self.cap = ELSEWHERE_CAP
        self.claim_id = claim_id
        summary = self.query_one("#elsewhere-summary", Static)
        matches = self.query_one("#elsewhere-matches", MatchList)
        if claim_id is None:
            self.view, self.shown = None, []
            self.border_title = "Elsewhere"
            summary.update(Content.styled("no claim selected", "dim"))
            matches.clear_options()
            return
        self.view = view = self.desk.elsewhere(claim_id, self.cap)
        self.border_title = panel_title(view.suggestion)
        self._draw_head(summary, view)
        self.shown, weak = listed(view.matches, fold=self.cap is not None)
        options = [Option(match_prompt(r), id=str(r.other_claim_id)) for r in self.shown]
        if weak:
            options.append(Option(weak_prompt(weak), id=WEAK_ID))
        if view.more:
            options.append(Option(more_prompt(view.more), id=MORE_ID))
        matches.set_rows(options)
        matches.display = bool(view.matches)
        if self.shown:
            ids = [r.other_claim_id for r in self.shown]
            kept = keep.other_claim_id if keep is not None else None
            matches.highlighted = ids.index(kept) if kept in ids else 0

    @property
    def related(self) -> list[Related]:
        """The matches listed for the current claim, in the list's order."""
        return self.shown

    @property
    def suggestion(self) -> Suggestion | None:
        """The suggested verdict for the current claim (None: no claim)."""
        return self.view.suggestion if self.view is not None else None

    @property
    def narrow(self) -> bool:
        """Whether the screen is under its width breakpoint (``-narrow``, a one-line head)."""
        return self.screen.has_class("-narrow")

    def on_resize(self) -> None:
        """Across the width breakpoint the head changes shape: draw it again from what was
        loaded (no query)."""
        if self.view is None:
            return
        summary = self.query_one("#elsewhere-summary", Static)
        if self.narrow != self._drawn_narrow or self._head_room(summary) != self._drawn_room:
            self._draw_head(summary, self.view)

    def _head_room(self, summary: Static) -> tuple[int, int]:
        """(width, rows) the head has: the panel's inner width, the head's greatest height."""
        cap = summary.styles.max_height
        rows = int(cap.value) if cap is not None and cap.is_cells else 0
        return self.content_size.width, rows

    def _draw_head(self, summary: Static, view: ElsewhereView) -> None:
        """The head in the shape the screen's width calls for, fitted to the rows it has
        (``fitted_head``; short of rows, without "no other article carries this claim",
        which the title says as "repeated nowhere else"), remembered so that a resize
        redraws it only when it crosses the breakpoint or its room changed."""
        self._drawn_narrow = self.narrow
        content = summary_content(view, narrow=self._drawn_narrow)
        self._drawn_room = width, rows = self._head_room(summary)
        if not self._drawn_narrow:  # (one row there, cut with an ellipsis by its style)
            if width > 0 and 0 < rows < len(content.wrap(width)):
                content = summary_content(view, spare=True)  # (the title says "nowhere else")
            content = fitted_head(content, width, rows)
        before = summary_rows(summary)
        summary.update(content, layout=False)  # (a layout reflows and repaints the screen)
        if summary_rows(summary) != before or before < 0:
            summary.refresh(layout=True)

    @reports_desk_errors
    def show_all(self) -> None:
        """Load and list every match of the current claim (the "N more" or "N weakly related"
        line, on request)."""
        self.cap = None
        self._load(self.claim_id)

    # -- the match cursor -----------------------------------------------------------------

    @property
    def selected(self) -> Related | None:
        """The highlighted match, if any."""
        index = self.query_one("#elsewhere-matches", OptionList).highlighted
        if index is None or not 0 <= index < len(self.related):
            return None
        return self.related[index]

    def step(self, delta: int) -> Related | None:
        """Move the match cursor (``[``/``]``), clamped at both ends."""
        self.flush()
        matches = self.query_one("#elsewhere-matches", OptionList)
        if not self.related:
            return None
        index = matches.highlighted if matches.highlighted is not None else -delta
        matches.highlighted = max(0, min(len(self.related) - 1, index + delta))
        return self.selected

    @on(OptionList.OptionSelected, "#elsewhere-matches")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id in (MORE_ID, WEAK_ID):
            self.show_all()
            return
        if 0 <= event.option_index < len(self.related):
            self.post_message(self.Chosen(self.related[event.option_index]))
