"""The current claim in full: the reviewer's note and evidence (their own work, first, so
the smallest pane shows it), words, the reported content, speaker, the attribution check,
sourcing (and "none" for a claim with no note), score, flags and history.

The verdict judges the content (what is claimed) with the speaker as its claimant; whether
the speaker said it is the separate attribution check, so both are shown apart.

Why the pane draws itself (issue 15): it was a scrolling container around a ``Static`` whose
height followed the claim, so every ``j`` changed a widget's size and Textual laid the whole
screen out again (and repainted every scroll bar on it) before the key's frame. Here the
pane's size is fixed by the layout; a new claim is wrapped once at the pane's width into
cached lines, and a move or a scroll only repaints the pane's own lines. It scrolls by
itself (keys when focused, the mouse wheel) and draws its own one-column scroll bar when the
claim does not fit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.geometry import Region, Size
from textual.strip import Strip
from textual.visual import Visual
from textual.widget import Widget

from factdesk.desk.notes import SOURCING_WORDS, shown_speaker
from factdesk.desk.speaker import speaker_kind
from factdesk.domain.models import Change, Claim, worded
from factdesk.domain.verdicts import ATTRIBUTION_WORDS, MISATTRIBUTED
from factdesk.export.claimreview import speaker_is_claimant
from factdesk.extract.reported import reported_content
from factdesk.text.fold import folded
from factdesk.text.markdown import prose
from factdesk.text.sanitize import sanitize_line
from factdesk.text.shown_dates import shown_time
from factdesk.text.wrapping import unwrap
from factdesk.ui.widgets.conflicts import conflict_content
from factdesk.ui.widgets.text import block, line, verdict_badge

if TYPE_CHECKING:
    from factdesk.names.groups import NameGroup

HISTORY_SHOWN = 8
"""The newest changes shown; older ones stay in the store (``factdesk claims --history``)."""


def _flag_line(flag: str) -> Content:
    """A flag with its one-line reason: ``name: reason`` when the extractor gives one."""
    name, _, reason = flag.partition(":")
    if reason.strip():
        return Content.assemble("  ⚑ ", line(name, "bold"), ": ", line(reason.strip()))
    return Content.assemble("  ⚑ ", line(name, "bold"))


def _attribution(check: str | None, speaker: str | None) -> Content:
    """The attribution check: did the speaker say it (A cycles it). With no speaker named
    there is nobody to check (the writer's own assertion): the line says so, as A does.

    One short line: at 120x40 a longer hint took two and pushed the note out of view. That
    the verdict judges the content, not who said it, is said by A's row in help (``?``),
    the README and the Markdown export's head (``verdicts.CONTENT_NOTE``)."""
    words = ATTRIBUTION_WORDS.get(check, check or "not checked")
    if check == MISATTRIBUTED:
        return Content.styled(words, "bold $error")
    if check is None and speaker is None:
        return Content.styled("no speaker to check (w names one)", "dim")
    if check is None:
        return Content.styled(f"{words} · A: did they say it?", "dim")
    return Content.styled(words, "$success")


def _speaker(claim: Claim) -> Content:
    """The speaker's words; a group at large's as "unattributed: Opponents", as the list and
    the note say it (``notes.shown_speaker``), not as a name."""
    if not claim.speaker:
        return Content.styled("none named", "italic")
    if claim.sourcing == "unattributed":
        return line(shown_speaker(claim) or claim.speaker)
    return line(claim.speaker)


def _speaker_notes(claim: Claim, group: NameGroup | None) -> Content:
    """The speaker's name group when the claim spells it otherwise ("Holt": "Mara Holt"),
    its type (``speaker_kind``: as the names view says it), affiliation, and whose
    attribution it is (a reviewer's)."""
    named = group is not None and folded(group.name) != folded(claim.speaker)
    notes = [
        f"{group.name} ·" if named and group is not None else "",
        speaker_kind(claim, group) or "",
        f"of {claim.affiliation}" if claim.affiliation else "",
    ]
    text = " ".join(n for n in notes if n)
    parts: list[Content | str] = []
    if text:
        parts.append(Content.styled(f"  ({sanitize_line(text)})", "dim"))
    if claim.speaker_by:
        parts.append(Content.styled(f"  set by {sanitize_line(claim.speaker_by)}", "italic"))
    return Content.assemble(*parts)


def _own_work(claim: Claim, label: str) -> list[Content | str]:
    """The reviewer's note and evidence, shown under the claim's number, above its words:
    at 80×24 the pane has five rows, and a note under the words, the content, the speaker and
    the sourcing was out of view (the reviewer could not read what they had just saved
    without Tab and scrolling). The words are in the article pane and the list beside it.
    A claim without a note gets its hint further down (``detail_content``)."""
    parts: list[Content | str] = []
    if claim.note:
        parts += [Content.styled("note     ", label), block(claim.note), "\n"]
    for url in claim.evidence:
        parts += [Content.styled("evidence ", label), line(url, "underline"), "\n"]
    return parts


def detail_content(
    claim: Claim, history: list[Change], words: str | None = None, group: NameGroup | None = None
) -> Content:
    """Everything known about one claim, as one Content block. ``words``: the claim's text
    as the article pane reads it (a hard-wrapped article's line ends joined), else its own
    with its line ends joined the same way (an earlier version's claim waiting for re-review
    showed its source's line break mid-sentence). ``group``: the speaker's name group
    (``Desk.speaker_group``), whose name and type the names view shows."""
    label = "dim"
    words = words or prose(unwrap(claim.text))
    parts: list[Content | str] = [
        verdict_badge(claim.verdict),
        # ¶, not "paragraph": the line fits the side pane at 120 columns for any claim
        # number (the paragraph's number wrapped to a line of its own from claim #10 on)
        Content.styled(f"  #{claim.id} · {claim.kind} · ¶{claim.paragraph}", label),
        "\n",
        *_own_work(claim, label),
        block(words, "bold"),
        "\n",
    ]
    content = reported_content(words)
    if content:
        parts += [Content.styled("content  ", label), block(content, "italic"), "\n"]
    parts += [
        Content.styled("speaker  ", label),
        _speaker(claim),
        _speaker_notes(claim, group),
        Content.styled(" · the claimant", label) if speaker_is_claimant(claim) else "",
        "\n",
        Content.styled("attrib.  ", label),
        _attribution(claim.attribution, claim.speaker),
        "\n",
        Content.styled("sourcing ", label),
        line(SOURCING_WORDS.get(claim.sourcing, claim.sourcing)),
        "\n",
    ]
    if not claim.note:  # evidence alone still leaves the note to write
        parts += [Content.styled("note     ", label), Content.styled("none (n to write)", "dim")]
        parts.append("\n")
    parts += [Content.styled("score    ", label), f"{claim.score:.2f}"]
    reasons = ", ".join(sanitize_line(str(r.get("feature", ""))) for r in claim.score_reasons[:3])
    if reasons:
        parts.append(Content.styled(f"  ({reasons})", label))
    for flag in claim.flags:
        parts += ["\n", _flag_line(flag)]
    if history:
        parts += ["\n", Content.styled("history", label)]
        shown = history[-HISTORY_SHOWN:]
        told = worded(shown, among=history)  # an undo is worded from the change it takes back
        for change in shown:
            when = shown_time(change.at)
            parts += [
                "\n",
                Content.styled(f"  {when} ", label),
                line(change.reviewer),
                " ",
                line(told[change.id]),
            ]
    return Content.assemble(*parts)


class ClaimDetail(Widget, can_focus=True):
    """The pane under the claims list; focusable so Tab can reach it to scroll."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"claim-detail--track", "claim-detail--thumb"}
    """The scroll bar's track and thumb (styled in factdesk.tcss)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "scroll_lines(-1)", "Up", show=False),
        Binding("down", "scroll_lines(1)", "Down", show=False),
        Binding("pageup", "scroll_pages(-1)", "Page up", show=False),
        Binding("pagedown", "scroll_pages(1)", "Page down", show=False),
        Binding("home", "scroll_lines(-1_000_000)", "Top", show=False),
        Binding("end", "scroll_lines(1_000_000)", "End", show=False),
    ]

    WHEEL_LINES = 3
    """Lines one turn of the mouse wheel scrolls."""

    claim: Claim | None = None
    """The claim drawn now (None when the list on screen is empty)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.content = Content("")
        """What the pane shows, whole (``text`` is its plain characters)."""
        self.top = 0
        """The first line drawn: the pane's own scroll position."""
        self._wrapped: tuple[Size, list[Strip]] | None = None
        """(pane size, lines) of ``content`` wrapped for that size; None when to be redone."""

    @property
    def text(self) -> str:
        """The whole detail as plain characters (also the part scrolled out of view)."""
        return self.content.plain

    def show(
        self,
        claim: Claim | None,
        history: list[Change],
        conflicts: Sequence = (),
        notice: Content | None = None,
        *,
        words: str | None = None,
        group: NameGroup | None = None,
    ) -> None:
        """``conflicts``: open merge conflicts of the claim (ours beside theirs), if any;
        ``notice``: a line above the claim that says what kind of claim it is (an old
        version's, waiting for re-review); ``words``: the claim's text as the article pane
        reads it; ``group``: its speaker's name group (``detail_content``)."""
        self.claim = claim
        if claim is None:
            content = notice or Content.styled("No claim selected.", "dim")
        else:
            parts: list[Content | str] = [notice, "\n"] if notice is not None else []
            if conflicts:
                parts.append(conflict_content(conflicts))
            content = Content.assemble(*parts, detail_content(claim, history, words, group))
        drawn = self._rows()
        self.content = content
        self._wrapped = None
        self.top = 0
        self._repaint_rows(drawn)  # the same size: repaint only, never a layout of the screen

    def _rows(self) -> list[Strip]:
        """The content rows as drawn now (empty before the pane has a size)."""
        if not self.is_mounted or not self.content_size:
            return []
        return [self.render_line(y) for y in range(self.content_size.height)]

    def _repaint_rows(self, drawn: list[Strip]) -> None:
        """Repaint the content rows that differ from ``drawn`` (the border and the rows a
        claim shares with the previous one, such as the blank ones under it, stay)."""
        rows = self._rows()
        if len(rows) != len(drawn):
            self.refresh()
            return
        width = self.content_size.width
        changed = [Region(0, y, width, 1) for y, row in enumerate(rows) if row != drawn[y]]
        if changed:
            self.refresh(*changed)

    # -- drawing --------------------------------------------------------------------------

    def lines(self) -> list[Strip]:
        """The content wrapped at the pane's width, one strip a line (cached per pane size:
        the height decides whether a column goes to the bar).

        A claim that does not fit is wrapped one column narrower: that column is the bar.
        Keyed on the size, not cleared by the resize event: Textual draws a resized widget
        before that event reaches it."""
        size = self.content_size
        width, height = size
        if self._wrapped is not None and self._wrapped[0] == size:
            return self._wrapped[1]
        style = self.visual_style
        lines = Visual.to_strips(self, self.content, width, None, style, pad=True)
        if len(lines) > height and width > 1:
            lines = Visual.to_strips(self, self.content, width - 1, None, style, pad=True)
        self._wrapped = (size, lines)
        return lines

    @property
    def max_top(self) -> int:
        """The last useful scroll position: the end of the claim at the pane's foot."""
        return max(0, len(self.lines()) - self.content_size.height)

    def render_line(self, y: int) -> Strip:
        lines = self.lines()
        width, height = self.content_size
        index = self.top + y
        if index >= len(lines):
            return Strip.blank(width, self.visual_style.rich_style)
        strip = lines[index]
        if len(lines) <= height:
            return strip
        return Strip.join([strip, self._bar_cell(y, len(lines), height)])

    def _bar_cell(self, y: int, total: int, height: int) -> Strip:
        """Row ``y`` of the one-column scroll bar: thumb where the shown part is, else track."""
        size = max(1, height * height // total)
        start = (height - size) * self.top // max(1, total - height)
        name = "claim-detail--thumb" if start <= y < start + size else "claim-detail--track"
        return Strip.blank(1, self.get_component_rich_style(name))

    def on_resize(self, event: events.Resize) -> None:
        top = min(self.top, self.max_top)
        if top != self.top:
            self.top = top
            self.refresh()

    # -- scrolling ------------------------------------------------------------------------

    def scroll_lines(self, delta: int) -> bool:
        """Move the view by ``delta`` lines (clamped); True when it moved."""
        top = max(0, min(self.max_top, self.top + delta))
        if top == self.top:
            return False
        drawn = self._rows()
        self.top = top
        self._repaint_rows(drawn)
        return True

    def action_scroll_lines(self, delta: int) -> None:
        self.scroll_lines(delta)

    def action_scroll_pages(self, pages: int) -> None:
        self.scroll_lines(pages * max(1, self.content_size.height - 1))

    def on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        if self.scroll_lines(self.WHEEL_LINES):
            event.stop()

    def on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        if self.scroll_lines(-self.WHEEL_LINES):
            event.stop()
