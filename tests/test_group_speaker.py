"""A group at large ("Opponents said", "Local fishermen say", «Местные жители рассказали»:
sourcing unattributed) is shown as one, never in a name's place (review41 section C): the
claim list, the detail, the fact-check note and the Markdown report say "unattributed: …",
as they say "unnamed: …" of an anonymous source; the exports' speaker columns keep the words.
"""

from __future__ import annotations

import pytest
from factdesk.desk.notes import fact_check_note
from factdesk.domain.models import ArticleSummary, Claim
from factdesk.ui.widgets.claim_detail import detail_content
from factdesk.ui.widgets.claims_list import claim_prompt

ARTICLE = ArticleSummary(1, "Harbour dredging", "Post", None, None, None, None, None, "", 1)


def said(speaker: str | None, sourcing: str) -> Claim:
    text = "They said the dredging would destroy the oyster beds within two years."
    return Claim(1, 1, 1, 0, len(text), text, "statement", speaker, sourcing, 0.86)


@pytest.mark.parametrize("group", ["Opponents", "Local fishermen", "Местные жители"])
def test_a_group_at_large_is_shown_unattributed_not_as_a_name(group: str) -> None:
    claim = said(group, "unattributed")
    assert f"statement · unattributed: {group} · score 0.86" in claim_prompt(claim).plain
    assert f"speaker  unattributed: {group}" in detail_content(claim, []).plain
    assert f"\n— unattributed: {group} (no one named)\n" in fact_check_note(claim, ARTICLE)


@pytest.mark.parametrize(
    ("speaker", "sourcing", "shown", "note"),
    [
        ("Mara Holt", "named", "Mara Holt", "— Mara Holt (named source)"),
        ("a port official", "anonymous", "unnamed: a port official",
         "— a port official (anonymous source)"),
        (None, "anonymous", "unnamed source", "— no speaker named (anonymous source)"),
        (None, "unattributed", None, "— no speaker named (unattributed)"),
        (None, "none", None, "— no speaker named (the writer's own assertion)"),
    ],
)  # fmt: skip
def test_names_and_unnamed_sources_are_shown_as_before(
    speaker: str | None, sourcing: str, shown: str | None, note: str
) -> None:
    claim = said(speaker, sourcing)
    assert f"\n{note}\n" in fact_check_note(claim, ARTICLE)
    meta = claim_prompt(claim).plain.splitlines()[-1]
    assert meta == " · ".join(part for part in ("statement", shown, "score 0.86") if part)
