"""The current claim in full: words, the reported content, speaker, the attribution check,
sourcing, flags, note, evidence and history.

The verdict judges the content (what is claimed) with the speaker as its claimant; whether
the speaker said it is the separate attribution check, so both are shown apart."""

from __future__ import annotations

from collections.abc import Sequence

from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from factdesk.desk.notes import SOURCING_WORDS
from factdesk.domain.models import Change, Claim
from factdesk.domain.verdicts import ATTRIBUTION_WORDS, MISATTRIBUTED
from factdesk.extract.reported import reported_content
from factdesk.text.sanitize import sanitize_line
from factdesk.ui.widgets.conflicts import conflict_content
from factdesk.ui.widgets.text import block, line, verdict_badge

HISTORY_SHOWN = 8
"""The newest changes shown; older ones stay in the store (``factdesk claims --history``)."""


def _flag_line(flag: str) -> Content:
    """A flag with its one-line reason: ``name: reason`` when the extractor gives one."""
    name, _, reason = flag.partition(":")
    if reason.strip():
        return Content.assemble("  ⚑ ", line(name, "bold"), ": ", line(reason.strip()))
    return Content.assemble("  ⚑ ", line(name, "bold"))


def _attribution(check: str | None) -> Content:
    """The attribution check: did the speaker say it (A cycles it)."""
    words = ATTRIBUTION_WORDS.get(check, check or "not checked")
    if check == MISATTRIBUTED:
        return Content.styled(words, "bold $error")
    if check is None:
        return Content.styled(
            f"{words} · A: did they say it? The verdict judges the content", "dim"
        )
    return Content.styled(words, "$success")


def _speaker_notes(claim: Claim) -> Content:
    """The speaker's type and affiliation, and whose attribution it is (a reviewer's)."""
    notes = [claim.speaker_type or "", f"of {claim.affiliation}" if claim.affiliation else ""]
    text = " ".join(n for n in notes if n)
    parts: list[Content | str] = []
    if text:
        parts.append(Content.styled(f"  ({sanitize_line(text)})", "dim"))
    if claim.speaker_by:
        parts.append(Content.styled(f"  set by {sanitize_line(claim.speaker_by)}", "italic"))
    return Content.assemble(*parts)


def detail_content(claim: Claim, history: list[Change]) -> Content:
    """Everything known about one claim, as one Content block."""
    label = "dim"
    parts: list[Content | str] = [
        verdict_badge(claim.verdict),
        Content.styled(f"  #{claim.id} · {claim.kind} · paragraph {claim.paragraph}", label),
        "\n",
        block(claim.text, "bold"),
        "\n",
    ]
    content = reported_content(claim.text)
    if content:
        parts += [Content.styled("content  ", label), block(content, "italic"), "\n"]
    parts += [
        Content.styled("speaker  ", label),
        line(claim.speaker) if claim.speaker else Content.styled("none named", "italic"),
        _speaker_notes(claim),
        Content.styled(" · the claimant", label) if claim.speaker else "",
        "\n",
        Content.styled("attrib.  ", label),
        _attribution(claim.attribution),
        "\n",
        Content.styled("sourcing ", label),
        line(SOURCING_WORDS.get(claim.sourcing, claim.sourcing)),
        "\n",
        Content.styled("score    ", label),
        f"{claim.score:.2f}",
    ]
    reasons = ", ".join(sanitize_line(str(r.get("feature", ""))) for r in claim.score_reasons[:3])
    if reasons:
        parts.append(Content.styled(f"  ({reasons})", label))
    for flag in claim.flags:
        parts += ["\n", _flag_line(flag)]
    parts += ["\n", Content.styled("note     ", label)]
    parts.append(block(claim.note) if claim.note else Content.styled("none (n to write)", "dim"))
    for url in claim.evidence:
        parts += ["\n", Content.styled("evidence ", label), line(url, "underline")]
    if history:
        parts += ["\n", Content.styled("history", label)]
        for change in history[-HISTORY_SHOWN:]:
            when = change.at.replace("T", " ")[:16]
            parts += [
                "\n",
                Content.styled(f"  {when} ", label),
                line(change.reviewer),
                " ",
                line(change.describe()),
            ]
    return Content.assemble(*parts)


class ClaimDetail(VerticalScroll):
    """A scrollable pane under the claims list; focusable so Tab can reach it to scroll."""

    claim: Claim | None = None
    """The claim drawn now (None when the list on screen is empty)."""

    def compose(self):
        yield Static(id="claim-detail-body")

    def show(
        self,
        claim: Claim | None,
        history: list[Change],
        conflicts: Sequence = (),
        notice: Content | None = None,
    ) -> None:
        """``conflicts``: open merge conflicts of the claim (ours beside theirs), if any;
        ``notice``: a line above the claim that says what kind of claim it is (an old
        version's, waiting for re-review)."""
        body = self.query_one("#claim-detail-body", Static)
        self.claim = claim
        if claim is None:
            body.update(Content.styled("No claim selected.", "dim"))
            self.scroll_home(animate=False)
            return
        parts: list[Content | str] = [notice, "\n"] if notice is not None else []
        if conflicts:
            parts.append(conflict_content(conflicts))
        body.update(Content.assemble(*parts, detail_content(claim, history)))
        self.scroll_home(animate=False)
