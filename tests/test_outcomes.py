"""Outcomes and who they are for, from the parse (issue 13: reversed roles, opposite outcomes;
invented sentences)."""

from __future__ import annotations

import pytest
from factdesk.corroborate import match
from factdesk.corroborate.match import ClaimFacts, label
from factdesk.corroborate.outcomes import agree, clash


def _label(a: ClaimFacts, b: ClaimFacts) -> str | None:
    found = label(a, b, meaning=0.8)
    return found.label if found else None


def test_the_winner_and_the_loser_are_read_from_the_parse(facts) -> None:
    won = facts("In Saturday's Pellam Trophy final, Ostby United overcame Hask Rangers 3-1.")
    lost = facts("Hask Rangers lost the Pellam Trophy final 3-1 to Ostby United on Saturday.")
    assert set(won.outcomes.values()) == {True, False}
    assert agree(won.outcomes, lost.outcomes) and not clash(won.outcomes, lost.outcomes)


def test_reversed_roles_conflict(facts) -> None:
    a = facts("Ostby United defeated Hask Rangers 3-1 to take the Pellam Trophy on Saturday.")
    b = facts("Hask Rangers defeated Ostby United 3-1 to take the Pellam Trophy on Saturday.")
    c = facts("Hask Rangers, beating Ostby United 3-1, won the Pellam Trophy on Saturday.")
    assert _label(a, b) == "conflicts"
    assert _label(a, c) == "conflicts"
    assert _label(b, c) != "conflicts"


def test_knocked_out_and_a_defeat_by_name_the_winner(facts) -> None:
    beat = facts("Pirrow Athletic beat Sallow Town 2-0 in the Quell Cup on Saturday.")
    passive = facts(
        "The holders Sallow Town were knocked out of the Quell Cup by second-tier Pirrow Athletic."
    )
    active = facts("Pirrow Athletic knocked Sallow Town out of the Quell Cup on Saturday.")
    defeat = facts("Sallow Town went out of the Quell Cup after a 2-0 defeat by Pirrow Athletic.")
    reversed_ = facts(
        "After a 2-0 defeat by Sallow Town, Pirrow Athletic were knocked out of the Quell Cup."
    )
    for same in (passive, active, defeat):
        assert agree(beat.outcomes, same.outcomes), same.outcomes
        assert not clash(beat.outcomes, same.outcomes)
    assert clash(beat.outcomes, reversed_.outcomes)
    assert _label(beat, reversed_) == "conflicts"


@pytest.mark.xfail(
    strict=True,
    reason="copy29b: a reduced passive ('X are out of the cup, knocked out by Y') is read "
    "with X as the doer: the participle has no auxiliary nor subject of its own",
)
def test_a_participle_knocked_out_by_names_the_winner(facts) -> None:
    beat = facts("Pirrow Athletic beat Sallow Town 2-0 in the Quell Cup on Saturday.")
    out = facts("The holders Sallow Town are out of the Quell Cup, knocked out by Pirrow Athletic.")
    assert agree(beat.outcomes, out.outcomes) and not clash(beat.outcomes, out.outcomes)


@pytest.mark.parametrize(
    ("good", "bad"),
    [
        ("The agency approved the Veltrin vaccine on Tuesday.",
         "The agency rejected the Veltrin vaccine on Tuesday."),
        ("Jonas Keel escaped suspension on Wednesday once the disciplinary panel upheld his "
         "appeal.", "Jonas Keel was suspended for 18 months on Wednesday, the panel ruled."),
        ("The court granted Ilse Vorn permission to appeal on Monday.",
         "The court refused Ilse Vorn permission to appeal on Monday."),
        ("The Sarrow space agency's Tessa lander touched down on the Moon on Friday.",
         "Sarrow's space agency said its Tessa lander had failed to land when it reached the "
         "Moon on Friday."),
        ("The amendments to the Fisheries Act were signed into law by President Aldo Pernik on "
         "Thursday.", "On Thursday President Aldo Pernik vetoed the amendments to the Fisheries "
         "Act."),
        ("Once the regulator accepted its pledges on Wednesday, Morvane escaped a fine.",
         "The regulator fined Morvane 40 million euros on Wednesday."),
    ],
)  # fmt: skip
def test_opposite_outcomes_conflict(facts, good: str, bad: str) -> None:
    a, b = facts(good), facts(bad)
    assert clash(a.outcomes, b.outcomes)
    assert _label(a, b) == "conflicts"


def test_two_ways_of_saying_a_failure_are_one_account(facts) -> None:
    """ "failed to land and crashed" and "crash-landed" are both bad for the probe: the
    negation in one of them is no denial of the other."""
    a = facts("The Vesta lander failed to touch down gently and crashed on Mars on Sunday.")
    b = facts("The Vesta lander crash-landed on Mars on Sunday, the space agency said.")
    assert a.denies and not b.denies
    assert agree(a.outcomes, b.outcomes)
    assert _label(a, b) != "conflicts"


def test_a_vote_against_is_a_rejection(facts) -> None:
    against = facts("Most voters in Tarvel voted against changing the charter on Sunday.")
    rejected = facts("Tarvel's charter amendment was rejected by voters on Sunday.")
    approved = facts("Voters in Tarvel approved the charter amendment on Sunday.")
    assert agree(against.outcomes, rejected.outcomes)
    assert clash(against.outcomes, approved.outcomes)


def test_a_count_won_is_no_outcome(facts) -> None:
    assert facts("In Sunday's vote Oda Fennick's party won 35.8% of the ballots.").outcomes == {}
    assert facts("Nobody in the Tarvel parliament spoke on Sunday.").outcomes == {}


@pytest.mark.xfail(
    strict=True,
    reason="copy29b: a percentage compounded with its noun ('won a 35.8% share') is read as an "
    "outcome; reading every noun with a '%' compound as a figure cost heldout16 a conflict "
    "('rejected the government's 10% pay offer'), so it was not kept",
)
def test_a_share_won_is_no_outcome(facts) -> None:
    assert facts("Oda Fennick's party won a 35.8% share in Sunday's vote.").outcomes == {}


def test_one_outcome_told_two_ways_counts_towards_one_report(facts) -> None:
    a = facts("The league panel cleared Pello Arza on Tuesday, finding no case to answer.")
    b = facts("Pello Arza avoided a ban on Tuesday after the panel heard his appeal.")

    assert agree(a.outcomes, b.outcomes)
    without = label(a, b, meaning=0.45)
    assert without is not None
    a.outcomes.clear()
    assert label(a, b, meaning=0.45) is None or label(a, b, meaning=0.45).label != "same"
    assert without.label == "same"


def test_an_articles_outcome_parses_are_made_in_one_batch(monkeypatch) -> None:
    from factdesk.corroborate import outcomes
    from factdesk.language import parse

    texts = [
        "The agency rejected the Veltrin vaccine on Tuesday.",
        "The court granted Ilse Vorn permission to appeal on Monday.",
        "Kestrel Athletic lost the Harlow Cup final 3-1 on Saturday.",
        "Rain fell on the harbour all morning.",  # no outcome word: never parsed
    ]
    parse.clear_cache()
    alone = [outcomes.claim_outcomes(t, [], []) for t in texts]
    parse.clear_cache()
    batches = _counting_pipeline(monkeypatch)
    body = "\n\n".join(texts)  # no paragraph of it is in the parse cache: one batch parses them
    starts = [sum(len(t) + 2 for t in texts[:k]) for k in range(len(texts))]
    claims = [(at, at + len(t), t) for at, t in zip(starts, texts, strict=True)]
    with outcomes.from_article(body, claims):
        assert batches == [texts[:3]]
        assert [outcomes.claim_outcomes(t, [], []) for t in texts] == alone
    assert len(batches) == 1  # each claim read from the batch's parses
    assert any(alone)


def test_a_rounded_figure_is_the_same_figure(facts) -> None:
    exact = facts("In Pirrow, Oda Fennick becomes mayor after taking 54.2% of the runoff vote.")
    rounded = facts(
        "In Pirrow, Oda Fennick becomes mayor after taking 54 percent of the runoff vote."
    )
    other = facts("In Pirrow, Oda Fennick becomes mayor after taking 51.8% of the runoff vote.")
    assert _label(exact, rounded) == "same"
    assert _label(exact, other) == "conflicts"
    assert match.rounds_to("54.2%", "54%") and match.rounds_to("12.46", "12.5")
    assert not match.rounds_to("54.6%", "54%") and not match.rounds_to("3.4", "3")
    assert not match.rounds_to("54%", "54")  # a percentage is not a count


ARTICLE = """Court rules on appeal

The court granted Ilse Vorn permission to appeal on Monday, her lawyer said.

Kestrel Athletic lost the Harlow Cup final 3-1 to Marlow Town on Saturday. The agency
rejected the Veltrin vaccine on Tuesday, according to a statement.

Rain fell on the harbour all morning.
"""


def _counting_pipeline(monkeypatch) -> list[list[str]]:
    """Every batch the parser is handed from now on."""
    from factdesk.language import parse

    real = parse.nlp
    batches: list[list[str]] = []

    class Counting:
        def __getattr__(self, name):
            return getattr(real(), name)

        def pipe(self, texts, **options):
            batches.append(list(texts))
            return real().pipe(batches[-1], **options)

    monkeypatch.setattr(parse, "nlp", Counting)
    return batches


def test_an_articles_claims_are_read_from_its_own_parse(monkeypatch) -> None:
    """At indexing, extraction has just parsed the article: its claims' outcomes are cut from
    that parse (nothing parsed again), and read the same as a parse of each claim alone."""
    from factdesk.corroborate import outcomes
    from factdesk.extract.claims import extract_claims
    from factdesk.language import parse

    parse.clear_cache()
    drafts = extract_claims(ARTICLE)
    claims = [(d.start, d.end, d.text) for d in drafts]
    assert sum(outcomes._CUES.found(text) for _, _, text in claims) >= 2
    alone = [outcomes.claim_outcomes(text, [], []) for _, _, text in claims]
    assert any(alone)
    extract_claims(ARTICLE)  # the article's paragraphs cached again, as at import
    batches = _counting_pipeline(monkeypatch)
    with outcomes.from_article(ARTICLE, claims):
        cut = [outcomes.claim_outcomes(text, [], []) for _, _, text in claims]
    assert cut == alone
    assert batches == []


def test_claims_the_articles_parse_cannot_serve_are_parsed_in_one_batch(monkeypatch) -> None:
    """An article not parsed in this process (re-indexed after a merge of names): its claims
    with an outcome word are parsed in one batch, without the recogniser."""
    from factdesk.corroborate import outcomes
    from factdesk.extract.claims import extract_claims
    from factdesk.language import parse

    claims = [(d.start, d.end, d.text) for d in extract_claims(ARTICLE)]
    parse.clear_cache()
    batches = _counting_pipeline(monkeypatch)
    with outcomes.from_article(ARTICLE, claims):
        found = [outcomes.claim_outcomes(text, [], []) for _, _, text in claims]
    assert batches == [[text for _, _, text in claims if outcomes._CUES.found(text)]]
    assert any(found)
    with outcomes.from_article(ARTICLE, claims):  # a second time: from the parse cache
        assert [outcomes.claim_outcomes(text, [], []) for _, _, text in claims] == found
    assert len(batches) == 1


def test_a_fine_not_imposed_is_nobodys_outcome(facts) -> None:
    """ "Closed the case without a fine": the regulator did not lose anything."""
    closed = facts("Without a fine, the Pellam regulator on Wednesday ended its inquiry into "
                   "Morvane.")  # fmt: skip
    assert not any(party.startswith("pilam") for party in closed.outcomes)


def test_ahead_of_and_behind_rank_a_named_party(facts) -> None:
    """ "Finishing ahead of Y" is Y's defeat and "behind Y" Y's win: two accounts naming each
    other the winner conflict; "ahead of the vote" is a time and ranks nothing."""
    one = facts(
        "Finishing 3.1 seconds ahead of Sela Quist, Mara Hollis won Friday's sprint in Tovra."
    )
    other = facts(
        "Finishing 3.1 seconds ahead of Mara Hollis, Sela Quist won Friday's sprint in Tovra."
    )
    behind = facts("In Tovra on Friday Mara Hollis finished 3.1 seconds behind Sela Quist.")
    assert set(one.outcomes.values()) == {True, False}
    assert _label(one, other) == "conflicts"
    assert agree(other.outcomes, behind.outcomes)
    vote = facts("Turnout rose ahead of the vote in Tovra, officials said on Friday.")
    assert not vote.outcomes
