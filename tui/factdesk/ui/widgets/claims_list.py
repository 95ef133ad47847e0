"""The claims of one article: verdict badge, kind, speaker, score and the claim's words."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from factdesk.domain.models import Claim
from factdesk.ui.widgets.text import line, verdict_badge

MAX_CLAIM_CHARS = 160
"""Long claims are cut in the list; the detail pane below shows them whole."""


def claim_prompt(claim: Claim) -> Content:
    """Two lines: badge and words, then kind, speaker and score, dimmed."""
    words = line(claim.text)
    if len(words) > MAX_CLAIM_CHARS:
        words = words[: MAX_CLAIM_CHARS - 1] + "…"
    meta = [claim.kind]
    if claim.speaker:
        meta.append(claim.speaker)
    meta.append(f"score {claim.score:.2f}")
    if claim.provenance == "manual":
        meta.append("added by hand")
    return Content.assemble(
        verdict_badge(claim.verdict, short=True), " ", words, "\n", line(" · ".join(meta), "dim")
    )


class ClaimsList(OptionList):
    """An OptionList whose option ids are claim ids; every prompt is ``Content``."""

    def show(self, claims: list[Claim], current: int | None) -> None:
        """Replace the list, keeping the highlight on ``current`` when it is listed.

        Programmatic changes post no OptionHighlighted: only the reviewer's own moves in the
        list should move the screen's cursor (else queued messages play ping-pong with it).
        """
        with self.prevent(OptionList.OptionHighlighted):
            self.set_options(Option(claim_prompt(c), id=str(c.id)) for c in claims)
            self._select(current)

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
        """Redraw one claim's prompt (after its verdict changed)."""
        try:
            with self.prevent(OptionList.OptionHighlighted):
                self.replace_option_prompt(str(claim.id), claim_prompt(claim))
        except OptionDoesNotExist:  # not listed under the current filter
            pass

    @property
    def highlighted_claim_id(self) -> int | None:
        if self.highlighted is None or not self.option_count:
            return None
        option_id = self.get_option_at_index(self.highlighted).id
        return int(option_id) if option_id is not None else None
