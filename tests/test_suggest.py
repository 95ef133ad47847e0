"""Suggested verdicts follow fact-checking practice (``corroborate.suggest``).

Unit tests build the claims elsewhere by hand; the seed checks find claims by phrases of their
text, never by id, and no rule of the suggester knows a seed name.
"""

from __future__ import annotations

import re

from factdesk.corroborate.index import Related
from factdesk.corroborate.suggest import ClaimSide, suggest
from factdesk.desk.service import Desk


def other(n: int, label: str, key: str, *, linked: bool = False, verdict: str | None = None):
    return Related(
        claim_id=1, other_claim_id=n, article_id=100 + n, article_title="t", outlet=None,
        text="x", label=label, similarity=70.0, reason="a reason", origin=key.title(),
        origin_key=key, linked=linked, verdict=verdict,
    )  # fmt: skip


ME = ClaimSide(article_id=1, origin_key="general a")


def test_a_denial_from_another_party_makes_a_claim_disputed_never_contradicted() -> None:
    related = [other(i, "conflicts", f"party {i}") for i in range(5)]
    found = suggest(ME, related)
    assert found.verdict == "disputed"
    assert (
        found.reason
        == "1 origin says this; 5 other origins say otherwise: Party 0, Party 1, Party 2 …"
    )


def test_conflict_with_a_corroborated_claim_or_linked_evidence_is_contradicted() -> None:
    found = suggest(ME, [other(2, "conflicts", "b", verdict="corroborated")])
    assert found.verdict == "contradicted" and "claim 2" in found.reason
    found = suggest(ME, [other(3, "conflicts", "b", linked=True)])
    assert found.verdict == "contradicted" and "evidence you linked" in found.reason


def test_agreement_with_evidence_corroborates_even_against_another_party() -> None:
    related = [other(2, "same", "b", verdict="corroborated"), other(3, "conflicts", "c")]
    assert suggest(ME, related).verdict == "corroborated"
    assert suggest(ME, [other(2, "same", "b", verdict="contradicted")]).verdict == "contradicted"


def test_a_linked_copy_of_the_claims_own_origin_is_not_evidence() -> None:
    assert suggest(ME, [other(2, "same", "general a", linked=True)]).verdict is None


def test_evidence_conflict_beats_evidence_agreement() -> None:
    related = [other(2, "same", "b", linked=True), other(3, "conflicts", "c", linked=True)]
    assert suggest(ME, related).verdict == "contradicted"


def test_two_independent_origins_corroborate_copies_do_not() -> None:
    assert suggest(ME, [other(2, "same", "b")]).verdict == "corroborated"
    copies = [other(i, "same", "general a") for i in range(2, 6)]
    found = suggest(ME, copies)
    assert found.verdict is None and found.origins == 1 and found.articles == 5


def test_a_conflict_from_the_claims_own_origin_is_no_conflict() -> None:
    assert suggest(ME, [other(2, "conflicts", "general a")]).verdict is None


def test_only_anonymous_sources_are_unverifiable() -> None:
    me = ClaimSide(1, "anonymous:1", "anonymous")
    assert suggest(me, []).verdict == "unverifiable"
    assert suggest(me, [other(2, "same", "anonymous:102")]).verdict == "unverifiable"
    assert suggest(me, [other(2, "same", "named b")]).verdict is None


def test_a_private_individual_nobody_else_names_is_unverifiable() -> None:
    me = ClaimSide(1, "jane roe", "named", ("private-individual",))
    found = suggest(me, [])
    assert found.verdict == "unverifiable"
    assert found.reason == "only a private individual says this, and no other source names them"
    named = ClaimSide(1, "jane roe", "named", ("private-individual",), True)
    assert suggest(named, []).verdict is None


# -- the seeds ------------------------------------------------------------------------------


def test_no_seed_claim_is_contradicted_on_another_party_s_denial_alone(seeded_desk: Desk) -> None:
    for claim in seeded_desk.claims():
        found = seeded_desk.suggestion(claim.id)
        assert found.verdict != "contradicted", (claim.text, found.reason)


def test_the_gerasimov_reports_are_disputed_not_contradicted(seeded_desk: Desk) -> None:
    pattern = r"Gerasimov.*(fully liberated|liberation of Kupyansk|capture of Kupyansk|captured)"
    reports = [c for c in seeded_desk.claims() if re.search(pattern, c.text)]
    assert len({c.article_id for c in reports}) == 4
    for claim in reports:
        found = seeded_desk.suggestion(claim.id)
        assert found.verdict == "disputed", (claim.text, found.reason)
        assert found.origins == 1


def test_maria_petrova_is_a_private_individual_no_other_source_names(seeded_desk: Desk) -> None:
    [quote] = [c for c in seeded_desk.claims() if "heard explosions" in c.text]
    found = seeded_desk.suggestion(quote.id)
    assert found.verdict == "unverifiable"
    assert found.reason == "only a private individual says this, and no other source names them"


def test_each_reason_is_one_short_sentence_in_plain_words() -> None:
    """Issue 13: the reason read as a stack of clauses ("in 1 article, 1 independent origin:
    two parties disagree: 5 other origins against …"); it is one sentence, its verb agreeing
    with its count, the articles named only when there are more than the claim's own."""
    assert suggest(ME, []).reason == "no other article says this yet"
    copies = suggest(ME, [other(2, "same", "general a"), other(3, "same", "general a")])
    assert copies.reason == "only 1 origin says this in 3 articles"
    two = suggest(ME, [other(2, "conflicts", "b"), other(3, "conflicts", "c")])
    assert two.reason == "1 origin says this; 2 other origins say otherwise: B, C"
    spread = suggest(ME, [other(2, "same", "general a"), other(3, "conflicts", "c")])
    assert spread.reason == "1 origin says this in 2 articles; 1 other origin says otherwise: C"
    agree = suggest(ME, [other(2, "same", "b"), other(3, "same", "c")])
    assert agree.reason == "3 independent origins say this in 3 articles"
    linked = suggest(ME, [other(4, "conflicts", "d", linked=True)])
    assert linked.reason == "it conflicts with evidence you linked: a reason"
    marked = suggest(ME, [other(5, "same", "e", verdict="corroborated")])
    assert marked.reason == "it says the same as claim 5, which you marked corroborated"
    anonymous = suggest(ME, [other(2, "same", "anonymous:102")])
    assert anonymous.reason == "only 1 named origin says this in 2 articles"
    for found in (copies, two, spread, agree, linked, marked, anonymous):
        assert "independent origin:" not in found.reason and not found.reason.endswith(".")


def test_the_panel_shows_the_reason_the_cli_gives() -> None:
    """One wording wherever the reason is shown: the panel's head (wide and narrow) shows the
    very string the CLI prints and ``v``'s notice says."""
    from factdesk.ui.widgets.elsewhere import suggestion_content, suggestion_parts

    disputed = suggest(ME, [other(2, "conflicts", "b"), other(3, "conflicts", "c")])
    wide = suggestion_content(disputed).plain
    narrow = suggestion_parts(disputed)[1].plain
    for shown in (wide, narrow):
        assert shown.endswith(disputed.reason)
