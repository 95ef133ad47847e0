"""The attribution engine on the patterns of issue 12 (invented sentences, no seed names)."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest
from claim_support import one_claim
from factdesk.desk.service import Desk
from factdesk.extract import claims
from factdesk.extract.claims import ClaimDraft
from factdesk.language.parse import parse_ahead

AHEAD = 8
"""How many of the module's texts one parse takes, from the first not yet parsed on. Small:
xdist hands each worker runs of neighbouring tests, and the texts read ahead past the end of
a run are parsed for nothing (32 cost more than they saved with ``-n 2``)."""
_sent: set[str] = set()


@cache
def _module_texts() -> tuple[tuple[str, ...], dict[str, int]]:
    """Every string literal of this module that reads as a body (a sentence or more), in
    source order (the order xdist hands out this module's tests, in runs of neighbours), and
    where each is in that order. Read at first use, not at import (collection stays cheap)."""
    tree = ast.parse(Path(__file__).read_text(encoding="utf-8"))
    docstrings = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr)}
    nodes = [
        n
        for n in ast.walk(tree)
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docstrings
    ]
    nodes.sort(key=lambda n: (n.lineno, n.col_offset))
    texts = tuple(
        dict.fromkeys(
            n.value
            for n in nodes
            if len(n.value) >= 25 and n.value.rstrip().endswith((".", "!", "?", '"', "'", "”"))
        )
    )
    return texts, {text: n for n, text in enumerate(texts)}


def extract_claims(body: str, article_date: str | None = None) -> list[ClaimDraft]:
    """``claims.extract_claims`` with the parses of this body and the next ``AHEAD`` texts of
    the module made in one ``nlp.pipe`` batch first (``parse.parse_ahead``, as an import
    parses several files ahead): the same Docs, cached; one sentence at a time the parser
    cost about twice the CPU per text (every string of the module extracted in one process,
    in batches of 8: 10.5 s -> 6.8 s, each text's claims, offsets, speakers, sourcing,
    affiliation and channel the same). A body built at run time is parsed when it is
    extracted, as before."""
    texts, at = _module_texts()
    start = at.get(body)
    if start is not None and body not in _sent:
        batch = [t for t in texts[start : start + AHEAD] if t not in _sent]
        _sent.update(batch)
        parse_ahead(batch)
    return claims.extract_claims(body, article_date)


def _one(body: str, snippet: str) -> ClaimDraft:
    return one_claim(body, snippet, extract_claims)


@pytest.mark.parametrize(
    ("sentence", "speaker", "kind"),
    [
        ("The governor's campaign insisted on Thursday evening that volunteers had knocked on "
         "9,000 doors.", "governor's campaign", "organisation"),
        ("His partner at the studio, Ludovica Zanetti, maintains the film was finished in 2021.",
         "Ludovica Zanetti", "person"),
        ("Shipping economist Ondrej Nemeth of Barclays described the merger as worth $5bn.",
         "Ondrej Nemeth", "person"),
        ("Two trawlers sank overnight, said Harbour Master Colm Deasy with the port authority.",
         "Colm Deasy", "person"),
        ("Yusra Ibekwe, the brewery's finance director, said sales fell 8% in June.",
         "Yusra Ibekwe", "person"),
        ("Profits fell 12% in the quarter, according to the Harbour Trust.",
         "Harbour Trust", "organisation"),
    ],
)  # fmt: skip
def test_named_speakers(sentence: str, speaker: str, kind: str) -> None:
    claim = _one(sentence, sentence[:20])
    assert (claim.speaker, claim.speaker_type, claim.sourcing) == (speaker, kind, "named")


@pytest.mark.parametrize(
    ("sentence", "snippet", "speaker"),
    [
        ("Last month the price tracker Qimbly said rents rose 8% in the city.", "rents",
         "Qimbly"),
        ("Rents rose 8% in the city last month, the price tracker Qimbly said.", "Rents",
         "Qimbly"),
        ("The price tracker Qimbly has also said rents rose 7% in June.", "rents", "Qimbly"),
        ("The travel site Quillfront reported on Tuesday that fares to the islands had doubled.",
         "fares", "Quillfront"),
        ("Fares to the islands have doubled since May, the travel site Quillfront reported.",
         "Fares", "Quillfront"),
        ("The Port of Dunmarrow has warned that 300 dockers could lose their jobs by June.",
         "dockers", "Port of Dunmarrow"),
        ("The Harbour of Ossel, which handles most of the grain, warned that traffic fell by a "
         "third.", "traffic", "Harbour of Ossel"),
    ],
)  # fmt: skip
def test_a_name_the_recogniser_missed_is_read_whole(
    sentence: str, snippet: str, speaker: str
) -> None:
    """A name the recogniser does not tag (miss29, README "What the candidates miss on fresh
    text"): after a lower-case descriptor, where the parser reads it as an adverb or the
    recogniser as a place ("the travel site Quillfront"), it is the speaker, not "the price
    tracker"; a capitalised "X of Y" is one body's name, not "Port"."""
    claim = _one(sentence, snippet)
    assert (claim.speaker, claim.speaker_type, claim.sourcing) == (speaker, "organisation", "named")


def test_a_calendar_word_or_an_office_is_no_name_after_the_noun() -> None:
    """The rules above take no day for a name ("The council Tuesday said") and leave an
    office's "of" alone ("The Secretary of State said" is no body named "of State")."""
    assert _one("The council Tuesday said rents rose 4% in the borough.", "rents").speaker == (
        "council"
    )
    speaker = _one("The Secretary of State said 40 schools would reopen in May.", "40").speaker
    assert speaker is not None and not speaker.startswith("of")


def test_affiliation_of_a_named_person() -> None:
    claim = _one("Shipping economist Ondrej Nemeth of Barclays described the merger as risky.",
                 "Shipping economist")  # fmt: skip
    assert claim.affiliation == "Barclays"


def test_the_reporting_verb_of_the_main_clause_speaks() -> None:
    claim = _one(
        "A diplomat told the broadcaster on Friday that the embassy had finished its inquiry.",
        "A diplomat",
    )
    assert (claim.sourcing, claim.speaker) == ("anonymous", "A diplomat")
    assert claim.via == "broadcaster"


@pytest.mark.parametrize(
    ("sentence", "affiliation"),
    [
        ("The treasurer plans to quit before the summer recess, according to a source close to "
         "the treasurer.", "the treasurer"),
        ("Nine sailors died in the raid, Admiralty officials said on condition of anonymity.",
         "Admiralty"),
        ("Wages at the depot fell by a tenth this spring, said three drivers who asked not to be "
         "named.", None),
        ("A ceasefire could be signed within days, sources close to the negotiations have told "
         "the broadcaster.", "the negotiations"),
        ("The magazine quotes an insider close to the club as saying a fee of €30m was agreed.",
         "the club"),
        # what a source is familiar with is a topic, not whom the source belongs to
        ("The Orla ferry makes its last run in October, two people familiar with the timetable "
         "say.", None),
        ("Someone familiar with the review says the maternity ward at Dunby will go next "
         "spring.", None),
        ("Teachers will be offered a 4% rise, a person familiar with the talks has told the "
         "broadcaster.", None),
        ("People familiar with Nordvik Bank's plans said it would cut 300 jobs by June.", None),
        ("Officials at the Harbour Authority said 300 jobs would go by June.",
         "Harbour Authority"),
        ("A source close to Nordvik Bank said 300 jobs would go by June.", "Nordvik Bank"),
    ],
)  # fmt: skip
def test_unnamed_sources_are_anonymous(sentence: str, affiliation: str | None) -> None:
    claim = _one(sentence, sentence[:20])
    assert claim.sourcing == "anonymous"
    assert claim.affiliation == affiliation


def test_an_explicit_anonymous_source_is_not_overridden_by_context() -> None:
    body = (
        "Karin Holt, the port's director, said 40 ships were waiting on Monday.\n\n"
        "Most of the tankers had already sailed, according to a tug skipper who asked not to be "
        "named."
    )
    claim = _one(body, "Most of the tankers")
    assert claim.sourcing == "anonymous" and claim.speaker != "Karin Holt"


def test_vague_groups_are_unattributed() -> None:
    claim = _one("Analysts say exports could fall 10% next year.", "Analysts")
    assert claim.sourcing == "unattributed"


def test_pronouns_follow_gender_shown_by_titles() -> None:
    body = (
        "Ms Dana Kerr, the finance minister, met Mr Olav Brandt on Monday.\n\n"
        "Mr Brandt said 300 jobs would go. She said the cuts were 'avoidable'."
    )
    assert _one(body, "300 jobs").speaker == "Olav Brandt"
    assert _one(body, "She said").speaker == "Dana Kerr"


def test_aside_with_a_title_keeps_the_subject() -> None:
    body = 'Party spokesman Tom Hale, MP for Leeds North, added: "We will win 40 seats."'
    assert _one(body, "We will win").speaker == "Tom Hale"


def test_british_reopened_quote_keeps_its_speaker() -> None:
    body = (
        "'The river rose two metres in an hour,' said Nora Beck, the town's flood warden.\n\n"
        "'We moved 60 families before midnight.\n\n"
        "'Nobody was hurt, and the school stays open as a shelter.'"
    )
    assert _one(body, "60 families").speaker == "Nora Beck"


def test_said_on_the_next_line_gives_the_quote_its_speaker() -> None:
    body = (
        "The port of Velmora reopened on Monday after a week of strikes.\n\n"
        '"Shipments fell by a third in March,"\nsaid Ivo Marsh, the port director.'
    )
    assert _one(body, "Shipments fell").speaker == "Ivo Marsh"


def test_seed_origins_come_from_the_engine(seeded_desk: Desk) -> None:
    claims = seeded_desk.claims()
    quote = next(c for c in claims if "This is a direct route to Kharkiv" in c.text)
    who, _ = seeded_desk.origin(quote.id)
    assert who.startswith("Ahra Avidzba")  # the commander, never the brigade he commands
    hospitals = next(c for c in claims if "Local hospitals report" in c.text)
    assert hospitals.sourcing == "unattributed"  # a vague source


@pytest.mark.parametrize(
    "sentence",
    [
        "The vote may slip to October, one of those people added, asking not to be identified.",
        "Two people with knowledge of the deal said the brewer would shut its Leeds plant.",
        "Each share would fetch about $40 under the bid, people briefed on the talks told us.",
        "A senior police officer, who spoke under anonymity, said 40 arrests were made.",
        "The bill will exceed $3m, according to a court clerk not authorized to discuss the case.",
    ],
)  # fmt: skip
def test_unnamed_sources_by_knowledge_and_anonymity_phrases(sentence: str) -> None:
    claim = _one(sentence, sentence[:15])
    assert claim.sourcing == "anonymous"


def test_a_generic_noun_or_it_stands_for_the_organisation_named_before() -> None:
    body = (
        "Ford Motor said on Tuesday it would cut 3,000 jobs in Europe. "
        "The carmaker said the cuts would save $1bn a year.\n\n"
        "The Halden Group reported a loss of $40m in May. It said demand fell 12% in Asia."
    )
    assert _one(body, "The carmaker").speaker == "Ford Motor"
    assert _one(body, "demand fell").speaker == "Halden Group"


@pytest.mark.parametrize(
    ("body", "snippet", "speaker"),
    [
        ("Lumen Bank grew fast in 2024. It has 1.9 million customers, according to its report.",
         "1.9 million", "Lumen Bank"),
        ("Tessaly Dairy, which sells milk across Wales, shut four depots in 2024, according to "
         "its annual report.", "four depots", "Tessaly Dairy"),
        pytest.param(
            "Tessaly Dairy sells milk across Wales.\n\nFour depots shut in 2024, according to its "
            "accounts.", "Four depots", "Tessaly Dairy",
            marks=pytest.mark.xfail(strict=True, reason="a document's 'its' finds its owner only "
                                    "as the subject of the same sentence: an owner named in the "
                                    "sentence before leaves the claim with no source at all"),
        ),
        pytest.param(
            "Tessaly Dairy shut four depots in 2024, its annual report shows.", "four depots",
            "Tessaly Dairy",
            marks=pytest.mark.xfail(strict=True, reason="a trailing '…, its report shows' is no "
                                    "attribution: only 'according to its report' reads the owner"),
        ),
        ("The Brackwell district council raised parking charges in 2021.\n\nIts own survey of "
         "drivers shows that complaints rose by a third in 2022.", "complaints",
         "Brackwell district council"),
        ("The Brackwell water board raised its charges in 2021.\n\nIts own survey of "
         "customers shows that complaints rose by a third in 2022.", "complaints",
         "Brackwell water board"),  # (a body's kind noun, BODY_KINDS, as "council" is)
        ("The Marden harbour board cut fishing quotas in March.\n\nCod stocks fell by a fifth "
         "last year, according to its own survey.", "Cod stocks", "Marden harbour board"),
        ("The Ardley housing trust sold 40 flats last year.\n\nIts latest accounts show that "
         "rents rose by 5% in 2025.", "rents rose", "Ardley housing trust"),  # (the place
        # the recogniser tags an organisation is a word of the trust's name, not its owner)
        ("Orvik Minerals Ltd said output rose.\n\nAccording to company data, the pit shipped "
         "9,000 tonnes of ore in May.", "9,000 tonnes", "Orvik Minerals Ltd"),
        ("Some 1,200 homes were flooded, according to data published by the relief "
         "coordination office on Sunday.", "1,200 homes", "relief coordination office"),
        ("Corran Freight runs 60 lorries across the north.\n\nIn 2024 there were seven crashes "
         "involving its lorries, according to the company's figures.", "seven crashes",
         "Corran Freight"),
        ("Corran Freight runs 60 lorries across the north.\n\nSeven crashes involved its "
         "vehicles in 2024, according to the haulier's own records.", "Seven crashes",
         "Corran Freight"),  # (a business by its trade in the chain of supply: gen29b)
        ("The Sandal Rail Authority opened in 1990.\n\nThere were 17 derailments last year, "
         "according to SRA data.", "17 derailments", "Sandal Rail Authority"),
    ],
)  # fmt: skip
def test_a_document_is_its_owners_or_authors(body: str, snippet: str, speaker: str) -> None:
    """Documents and data: the author when the sentence names one, by possessor, by the
    organisation noun before it, by "published by", by initials the article spells out."""
    claim = _one(body, snippet)
    assert (claim.speaker, claim.sourcing) == (speaker, "named")


def test_a_document_with_no_author_is_unattributed_and_a_journal_is_no_author() -> None:
    claim = _one("Night shifts raised blood pressure by 8%, according to a paper published last "
                 "month in the journal Cardiac Notes.", "blood pressure")  # fmt: skip
    assert claim.sourcing == "unattributed"
    assert _one("Court records show that grain output fell 4% in 2025.", "grain").sourcing == (
        "unattributed"
    )


def test_a_named_outlet_speaks_for_itself() -> None:
    claim = _one("The Daily Post reported on Monday that the council overspent by £4m.", "Daily")
    assert (claim.speaker, claim.sourcing) == ("Daily Post", "named")
    claim = _one("The Courier understands that the mayor will resign on 4 May.", "Courier")
    assert claim.speaker == "Courier"


def test_as_expected_by_is_not_the_speaker_nor_is_the_dateline() -> None:
    body = (
        "LISBON, March 9 (Reuters) - The statistics office raised its growth estimate to 1.8% "
        "on Monday, as expected by 15 of the 19 analysts in a poll, and said exports recovered."
    )
    assert _one(body, "The statistics office").speaker == "statistics office"


def test_gender_from_a_kin_noun_beside_the_name() -> None:
    body = (
        "Mrs Ann Webb runs the bakery in Hale. Her husband Tom Webb said sales fell 20% in May. "
        "She said flour prices had doubled since 2021."
    )
    assert _one(body, "flour prices").speaker == "Ann Webb"


def test_a_bare_quote_paragraph_continues_the_last_speaker() -> None:
    body = (
        "Coach Gwynna Torvik said: 'Our defence is too slow. Anyone can tell.'\n\n"
        "'We conceded 52 goals in the spring and won only twice away.'\n\n"
        "The chairman, Dorrin Belcastro, said ticket prices would rise 10%."
    )
    assert _one(body, "conceded 52").speaker == "Gwynna Torvik"
    assert _one(body, "ticket prices").speaker == "Dorrin Belcastro"


def test_a_role_without_a_name_is_the_office_holder() -> None:
    claim = _one("Asked about it, the minister said unemployment fell to 4% in May.", "Asked")
    assert (claim.speaker, claim.sourcing) == ("minister", "named")


def test_ru_verb_then_weekday_then_subject() -> None:
    claim = _one(
        "Экспорт пшеницы снизился на 12%, сообщил в понедельник Российский зерновой союз.",
        "Экспорт",
    )
    assert claim.speaker == "Российский зерновой союз"


def test_a_pronoun_after_an_unnamed_source_stays_unnamed() -> None:
    body = (
        "Mr Tom Reed, the mayor, opened the bridge in May. A diplomat said the talks had "
        "failed on Monday. He added that 40 envoys had left.\n\n"
        "A person familiar with the plan said 200 stores would close. The person said the "
        "cuts would save $1bn."
    )
    assert _one(body, "40 envoys").sourcing == "anonymous"
    assert _one(body, "save $1bn").sourcing == "anonymous"


def test_her_lawyer_is_an_unnamed_source_and_citing_gives_the_source() -> None:
    assert _one("Her lawyer said the charges would be dropped in May.", "Her").sourcing == (
        "anonymous"
    )
    claim = _one(
        "The airline will sell its cargo arm, the Carnmore Star reported, citing three "
        "officials briefed on the plan.",
        "Carnmore Star",
    )
    assert (claim.sourcing, claim.via) == ("anonymous", "Carnmore Star")


@pytest.mark.parametrize(
    ("sentence", "speaker", "sourcing"),
    [
        ("Как сообщает ТАСС со ссылкой на источник в правительстве, налог вырастет на 2%.",
         None, "anonymous"),
        ("По словам собеседника агентства, налог вырастет на 2% в январе.", None, "anonymous"),
        ("Выручка выросла на 12%, заявил в интервью РБК глава компании Иван Сидоров.",
         "Иван Сидоров", "named"),
        ("Налог вырастет на 2% с января, пишет «Коммерсант».", "Коммерсант", "named"),
    ],
)  # fmt: skip
def test_ru_cited_sources_settings_and_outlets(
    sentence: str, speaker: str | None, sourcing: str
) -> None:
    claim = _one(sentence, sentence[:12])
    assert claim.sourcing == sourcing
    if speaker is not None:  # an unnamed source keeps its phrase ("источник в …") as written
        assert claim.speaker == speaker


def test_a_document_published_by_an_office_is_the_office_speaking() -> None:
    claim = _one("Prices rose 3%, data from the statistics office showed on Friday.", "Prices")
    assert (claim.speaker, claim.sourcing) == ("statistics office", "named")
    claim = _one("The report, published by the Hale Institute on Monday, found that 40% of "
                 "homes were damp.", "The report")  # fmt: skip
    assert claim.speaker == "Hale Institute"


def test_a_sentence_the_parser_runs_into_the_one_before_keeps_its_own_verb() -> None:
    body = "Sara Holm said the fund lost $2m. She said that 12 staff had gone in 2024."
    assert _one(body, "12 staff").speaker == "Sara Holm"


def test_a_pronoun_goes_to_the_person_the_previous_sentence_was_about() -> None:
    body = (
        "Harbour director Petra Lind said 40 berths were empty in May.\n\n"
        "Councillor Dana Roe tabled a motion on the fees. She said that the fees rose 20% "
        "in 2024."
    )
    assert _one(body, "fees rose").speaker == "Dana Roe"


def test_a_known_surname_read_as_a_noun_is_still_the_person() -> None:
    body = (
        "Judge Helen Frost heard the case.\n\n"
        "Frost said after the hearing that the company would pay $4m."
    )
    assert _one(body, "would pay").speaker == "Helen Frost"


def test_the_described_organisation_is_the_one_named_before() -> None:
    body = "Veltra will close 12 stores by March, the Danish retailer said on Monday."
    claim = _one(body, "Veltra")
    assert (claim.speaker, claim.sourcing) == ("Veltra", "named")


def test_the_outlet_that_quotes_is_the_channel_of_who_it_quotes() -> None:
    claim = _one("The Courier quotes a former treasurer as saying the fund lost $3m in 2023.",
                 "The Courier")  # fmt: skip
    assert (claim.sourcing, claim.via) == ("anonymous", "Courier")


def test_their_role_with_no_name_is_an_unnamed_source() -> None:
    claim = _one("Their account manager told me that 25% of clients had left in 2024.", "Their")
    assert claim.sourcing == "anonymous"


def test_on_the_condition_that_they_not_be_identified_is_anonymity() -> None:
    claim = _one(
        "Nine classes were merged in May, four teachers said, speaking on the condition that "
        "they not be named.",
        "Nine classes",
    )
    assert claim.sourcing == "anonymous"


def test_recommended_and_a_review_by_an_author_are_sourced() -> None:
    claim = _one("The Orchard Society has recommended that councils plant 5,000 trees a year.",
                 "Orchard")  # fmt: skip
    assert (claim.speaker, claim.sourcing) == ("Orchard Society", "named")
    claim = _one("Rents rose 7% in 2024, according to a review of leases by the Tenant Trust.",
                 "Rents")  # fmt: skip
    assert claim.speaker == "Tenant Trust"


def test_a_name_the_parser_left_without_a_verb_still_posts() -> None:
    body = "Ruth, 44, posted on Instagram: 'Worst week of my life. The vet bills hit £4,000.'"
    claim = _one(body, "Ruth")
    assert (claim.speaker, claim.sourcing) == ("Ruth", "named")


def test_it_is_an_organisation_never_a_group() -> None:
    body = (
        "Analysts said the Orvik Group would miss its target of $2bn in 2025.\n\n"
        "It said on Monday that sales fell 4% in the quarter."
    )
    assert _one(body, "sales fell").speaker != "Analysts"


def test_an_interviews_answers_are_the_interviewee_and_its_questions_no_claims() -> None:
    body = (
        "Ten questions for the harbour master\n\n"
        "Tomas Ekberg has run Varde harbour since 2019. He spoke to us about fees.\n\n"
        "Q: Fees rose 12 percent this spring.\n\n"
        "A: Dredging cost us 3 million kroner in 2024. We froze fees for two years.\n\n"
        "Q: Will the ferry berth close?\n\n"
        "A: The berth closes for 6 weeks in October."
    )
    claims = extract_claims(body)
    assert not [c for c in claims if c.text.startswith("Q:")]
    for snippet in ("Dredging", "We froze", "The berth"):
        assert _one(body, snippet).speaker == "Tomas Ekberg", snippet


def test_an_interviews_byline_is_not_the_interviewee_and_our_survey_is_hers() -> None:
    body = (
        "The port chief on a record winter\n\n"
        "Interview by Marek Sollberg\n\n"
        "Anneli Vaara became director of Kotka port in May, weeks before the strike.\n\n"
        "Q: How many ships were turned away?\n\n"
        "A: Around 140 ships waited more than a day in January.\n\n"
        "Q: And the dockers?\n\n"
        "A: Nobody wants another strike. But our members turned down the pay deal twice, by "
        "large margins."
    )
    for snippet in ("Around 140", "But our members"):
        assert _one(body, snippet).speaker == "Anneli Vaara", snippet


def test_a_press_release_dateline_is_not_the_subject() -> None:
    body = (
        "Firm posts results\n\n"
        "DENVER, March 3, 2026 /PRNewswire/ -- Corvane Labs, Inc. today announced that its "
        "revenue rose 31% in 2025."
    )
    claim = _one(body, "Corvane")
    assert (claim.speaker, claim.sourcing) == ("Corvane Labs", "named")  # (not its ", Inc.")


def test_the_document_named_again_keeps_its_author() -> None:
    body = (
        "Tuition rose 9% in 2024, according to a survey of colleges by the Campus Fund.\n\n"
        "Fees at Hill College rose from $800 to $950, the survey found."
    )
    assert _one(body, "Hill College").speaker == "Campus Fund"


def test_the_company_in_a_trailing_attribution_is_the_subject_it_reports() -> None:
    claim = _one("Halloway Finch has shut nine of its branches since March, and more will "
                 "follow, the lender said.", "Halloway")  # fmt: skip
    assert (claim.speaker, claim.speaker_type) == ("Halloway Finch", "organisation")


def test_the_paper_is_the_outlet_the_previous_sentence_was_about() -> None:
    body = (
        "The Morning Ledger leads on a report that 300 rail jobs will go in Leeds.\n\n"
        "According to the paper, the cuts will save £40m a year."
    )
    assert _one(body, "cuts will save").speaker == "Morning Ledger"


def test_an_abbreviated_title_does_not_end_the_sentence() -> None:
    body = "Two cars were towed, said Lt. Dora Vance, a spokeswoman for the county police."
    claims = extract_claims(body)
    assert len(claims) == 1
    assert claims[0].speaker == "Dora Vance"


def test_a_plural_proper_name_is_an_organisation_and_it_refers_to_it() -> None:
    body = (
        "The stoppage started at the Ulvik smelter on Friday, workers said.\n\n"
        "The smelter's owner, Vantrow Mills, said its offer included a one-off payment of 4%.\n\n"
        "It said a labour court should settle the dispute."
    )
    claim = _one(body, "one-off")
    assert claim.speaker_type == "organisation"
    assert "Vantrow Mills" in (_one(body, "labour court").speaker or "")


@pytest.mark.xfail(strict=True, reason="a lower-case role word before a plural-looking name "
                   "('owner Vantrow Mills' after an opening phrase) makes it a person, although "
                   "its own clause calls it 'its'")  # fmt: skip
def test_a_plural_proper_name_after_a_role_word_is_still_an_organisation() -> None:
    claim = _one("On Friday owner Vantrow Mills said that its offer was final.", "On Friday")
    assert claim.speaker_type == "organisation"


@pytest.mark.xfail(strict=True, reason="'It said' after a plural-looking name typed an "
                   "organisation in its own sentence inherits the name typed a person")  # fmt: skip
def test_it_after_a_plural_looking_company_keeps_it_an_organisation() -> None:
    body = (
        "Workers walked out.\n\n"
        "Talbot Forges told the union on Friday that its offer of 4% was final.\n\n"
        "It said a labour court should settle the dispute."
    )
    assert _one(body, "Talbot Forges").speaker_type == "organisation"
    claim = _one(body, "labour court")
    assert (claim.speaker, claim.speaker_type) == ("Talbot Forges", "organisation")


def test_a_relative_clause_that_speaks_is_the_source_when_nothing_else_is() -> None:
    claim = _one("The bridge was rebuilt with money from the Dunmore Trust, which said it had "
                 "spent $4m on the work.", "bridge")  # fmt: skip
    assert (claim.speaker, claim.sourcing) == ("Dunmore Trust", "named")


def test_a_judges_ruling_or_a_boards_vote_is_a_deed_with_no_source() -> None:
    """Deeds are not claims in words (README conventions): the writer reports them."""
    body = (
        "The trial of the former clerk ended on Monday.\n\n"
        "Circuit Judge Alma Reyes set sentencing for May 3.\n\n"
        "She ordered the clerk to repay $80,000.\n\n"
        "On Monday the Pell County library board approved, 4-3, a plan to merge three branches."
    )
    assert _one(body, "set sentencing").sourcing == "none"
    assert _one(body, "repay").sourcing == "none"
    assert _one(body, "4-3").sourcing == "none"


def test_a_deed_of_someone_who_is_not_a_judge_has_no_source() -> None:
    body = "Farmer Ola Berg grew 40 tonnes of oats in 2024.\n\nShe ordered 3 new tractors in May."
    assert _one(body, "tractors").sourcing == "none"


def test_an_agency_that_measures_is_the_source() -> None:
    claim = _one("The Nordic Seismic Service measured the tremor at magnitude 4.2.", "tremor")
    assert (claim.speaker, claim.sourcing) == ("Nordic Seismic Service", "named")


def test_disputed_is_a_reporting_verb() -> None:
    claim = _one("Councillor Ben Ashe disputed the figure of 400 homes.", "Ashe")
    assert (claim.speaker, claim.sourcing) == ("Ben Ashe", "named")


def test_said_according_to_an_outlet_keeps_the_speaker_and_the_outlet_is_the_channel() -> None:
    claim = _one("The health minister said on Friday that 40 clinics would close, according to "
                 "the state news agency Nordpress.", "health minister")  # fmt: skip
    assert (claim.speaker, claim.via) == ("health minister", "Nordpress")
    alone = _one("Forty clinics will close, according to the state news agency Nordpress.", "Forty")
    assert alone.speaker == "Nordpress"


def test_a_surname_with_its_particle_is_the_full_name() -> None:
    body = (
        "The union's leader, Joost van Dam, told the Gazette that talks failed at 3 a.m.\n\n"
        "Van Dam said the employers had offered 2%."
    )
    assert _one(body, "offered 2%").speaker == "Joost van Dam"


def test_a_reporting_verb_the_parser_took_for_an_adjective_still_speaks() -> None:
    claim = _one("Ruth Okafor, the firm's finance director, insisted staffing had improved.",
                 "Okafor")  # fmt: skip
    assert (claim.speaker, claim.sourcing) == ("Ruth Okafor", "named")


def test_an_organisations_own_adjective_stays_in_its_name() -> None:
    claim = _one("The British Veterinary Association said 30% of practices were short-staffed.",
                 "Veterinary")  # fmt: skip
    assert claim.speaker == "British Veterinary Association"


def test_a_surname_in_s_stays_a_person_and_blaming_a_cause_is_a_statement() -> None:
    claim = _one('Chief executive Martin Hawkes blamed mild weather and "careful shoppers" for '
                 "weak sales of boots in March.", "Hawkes")  # fmt: skip
    assert (claim.speaker, claim.speaker_type, claim.sourcing) == ("Martin Hawkes", "person",
                                                                   "named")  # fmt: skip


def test_a_describing_noun_before_a_name_is_not_part_of_it() -> None:
    body = "Patient Anna Kowal, 71, waited 19 months for a new hip. She said she was in pain."
    assert _one(body, "in pain").speaker == "Anna Kowal"


def test_a_surname_in_s_that_speaks_of_it_own_offer_is_still_a_person_without_its() -> None:
    body = "Tom Banks, the ferry line's founder, said fares would rise 5% in May."
    claim = _one(body, "Banks")
    assert (claim.speaker, claim.speaker_type) == ("Tom Banks", "person")


@pytest.mark.parametrize(
    ("sentence", "sourcing"),
    [
        ("The road was closed for 3 days, highway officials said.", "unattributed"),
        ("The road was closed for 3 days, officials said.", "unattributed"),
        ("The road was closed for 3 days, two officials said.", "anonymous"),
        ("The road was closed for 3 days, Kremlin officials said.", "anonymous"),
        ("The port will stay shut until Friday, officials at the transport ministry said.",
         "anonymous"),
        ("Farmers' groups said 40 roads were closed in May.", "unattributed"),
        # a country or a people ties officials to no one body (README item 20); diplomats,
        # advisers and relatives at large are a group too, unless counted or tied
        ("The road was closed for 3 days, Norwegian officials said.", "unattributed"),
        ("U.S. officials said the road was closed for 3 days.", "unattributed"),
        ("Several diplomats said the border was closed for 3 days.", "unattributed"),
        ("The crossing has been sealed since Sunday, according to Western diplomats in the "
         "region.", "unattributed"),
        ("Pension advisers say savers lost 4% in May.", "unattributed"),
        ("Relatives waiting at the quay said 12 sailors were missing.", "unattributed"),
        ("Two diplomats said the border was closed for 3 days.", "anonymous"),
        ("Relatives of the crew said 12 sailors were missing.", "anonymous"),
        ("Advisers to the mayor said the border was closed for 3 days.", "anonymous"),
    ],
)  # fmt: skip
def test_officials_and_groups_at_large_are_vague_unless_tied_or_counted(
    sentence: str, sourcing: str
) -> None:
    assert _one(sentence, sentence[:12]).sourcing == sourcing


def test_the_body_a_document_was_lodged_with_did_not_write_it() -> None:
    lodged = _one("Filings with the Securities Commission show the chain shed 300 staff in 2024.",
                  "Filings")  # fmt: skip
    assert lodged.sourcing == "unattributed"
    written = _one("Sales fell 4% in May, according to a Gallup poll of retailers.", "Sales")
    assert written.speaker == "Gallup"


def test_a_name_apposed_at_the_end_of_the_subject_is_the_speaker_not_a_pronoun() -> None:
    body = (
        "Fed governor Ruth Lomax said rates would stay at 4% until June.\n\n"
        "His opposite number at the Federal Reserve Bank of Boston, Anna Weiss, said rates "
        "would hold for the rest of the year."
    )  # the parser hangs "Anna Weiss" on the bank, not on "number"
    claim = _one(body, "His opposite number")
    assert (claim.speaker, claim.speaker_type) == ("Anna Weiss", "person")


def test_a_name_with_a_which_clause_is_an_organisation_and_it_refers_back_to_it() -> None:
    body = (
        "Port officials said the harbour had closed for six hours.\n\n"
        "The crew followed every instruction from the tower, said Harlow Air, which has flown "
        "the island route since 2009.\n\n"
        "It said the aircraft had 96 passengers on board."
    )
    claim = _one(body, "The crew followed")
    assert (claim.speaker, claim.speaker_type) == ("Harlow Air", "organisation")
    assert _one(body, "It said the aircraft").speaker == "Harlow Air"


@pytest.mark.parametrize(
    "relay",
    ["according to a transcript", "according to a recording of the session",
     "according to a ministry spokeswoman", "according to his office"],
)  # fmt: skip
def test_a_named_speaker_keeps_the_words_another_source_only_relays(relay: str) -> None:
    body = (
        f"Finance Minister Pavel Novak told senators on Monday that the deficit would reach "
        f"4.1% of output this year, {relay}."
    )
    claim = _one(body, "Finance Minister")
    assert (claim.speaker, claim.sourcing) == ("Pavel Novak", "named")


def test_a_document_alone_is_still_the_source() -> None:
    claim = _one("The deficit reached 4.1% of output last year, according to a transcript.",
                 "The deficit")  # fmt: skip
    assert claim.speaker != "Pavel Novak" and claim.sourcing == "unattributed"


def test_the_same_unnamed_source_named_again_with_the_keeps_its_anonymity() -> None:
    body = (
        "Two wings have been empty since March, a prison guard told us, speaking on condition "
        "of anonymity.\n\n"
        "Deputy governor Ray Holt said the wings would reopen in 2027.\n\n"
        "The guard said staff had raised the problem four times."
    )
    claim = _one(body, "The guard said")
    assert (claim.sourcing, claim.speaker_type) == ("anonymous", None)


def test_chairman_does_not_make_a_woman_a_man() -> None:
    body = (
        "Ashbury Fields is a meadow near the town.\n\n"
        "Councillor Helen Stroud, chairman of the licensing committee, said the bar would "
        "lose its licence for 12 weeks.\n\n"
        "'We gave the owners three warnings in 2024,' she said."
    )
    assert _one(body, "she said").speaker == "Helen Stroud"


@pytest.mark.parametrize(
    ("sentence", "speaker", "via"),
    [
        ("Sportsmail understands Harbour City have offered £40m for the striker.",
         "Sportsmail", None),
        ("The i says ministers will announce a review of the scheme next week.", "The i", None),
        ("The Evening Gazette leads with a warning that half the county's care homes may close.",
         "Evening Gazette", None),
        ("The Echo carries a warning from the head of the Tarn Valley Trust, Nadia Osei, that "
         "two wards may close by May.", "Nadia Osei", "Echo"),
    ],
)  # fmt: skip
def test_a_paper_speaks_in_a_press_review_unless_it_carries_someone_else(
    sentence: str, speaker: str, via: str | None
) -> None:
    claim = _one(sentence, sentence[:12])
    assert (claim.speaker, claim.sourcing, claim.via) == (speaker, "named", via)


def test_a_paper_that_runs_a_story_without_a_that_clause_says_nothing() -> None:
    claims = extract_claims("The Courier runs a picture of the new bridge at 40 metres high.")
    assert all(c.speaker != "Courier" for c in claims)


PRESS_RELEASE = (
    "Harrow Robotics Reports Record Third-Quarter Orders\n\n"
    "PITTSBURGH, Oct. 14, 2026 {marker} -- Harrow Robotics, Inc. (NASDAQ: HRRW) today "
    "announced third-quarter orders of $212 million, up 31% from a year earlier.\n\n"
    "Revenue rose to $188 million, and the company ended the quarter with $96 million in "
    "cash.\n\n"
    '"Demand has never been stronger," said Dana Whitcombe, chief executive of Harrow.\n'
)


def test_a_press_releases_own_sentences_are_the_issuers() -> None:
    claim = _one(PRESS_RELEASE.format(marker="/PRNewswire/"), "Revenue rose")
    assert claim.speaker is not None and claim.speaker.startswith("Harrow Robotics")
    assert (claim.sourcing, claim.speaker_type) == ("named", "organisation")
    quote = _one(PRESS_RELEASE.format(marker="/PRNewswire/"), "Demand has")
    assert quote.speaker == "Dana Whitcombe"


def test_a_news_story_about_a_company_keeps_the_writers_own_sentences() -> None:
    body = (
        "Harrow Robotics said on Tuesday that third-quarter orders rose 31% to $212 million.\n\n"
        "Revenue rose to $188 million, and the company ended the quarter with $96 million in "
        "cash.\n"
    )
    claim = _one(body, "Revenue rose")
    assert (claim.speaker, claim.sourcing) == (None, "none")


def test_a_surname_in_ly_that_the_tagger_reads_as_an_adverb_still_speaks() -> None:
    body = (
        "Shop owner Tom Reilly said footfall had fallen 20% since the trial began.\n\n"
        "Reilly, who has run a bakery on Market Street for 30 years, said he would join a "
        "legal challenge in May."
    )
    claim = _one(body, "Reilly, who")
    assert (claim.speaker, claim.sourcing) == ("Tom Reilly", "named")


def test_admitting_charges_in_court_is_a_deed_and_admitting_that_is_speech() -> None:
    body = (
        "At Carlisle Crown Court on Monday, Nadia Ferrand, 38, admitted nine counts of theft "
        "from her employer.\n\n"
        "Ferrand admitted that she had spent £40,000 on holidays."
    )
    plea = _one(body, "Nadia Ferrand, 38")
    assert (plea.speaker, plea.sourcing) == (None, "none")
    assert _one(body, "Ferrand admitted that").speaker == "Nadia Ferrand"


def test_a_person_spoken_of_by_nationality_or_age_is_the_person_just_quoted() -> None:
    body = (
        "Harbour City coach Ivo Marchetti dismissed reports that his captain would leave.\n\n"
        '"Nobody has asked me about a transfer," the Italian said after the 2-1 win on '
        "Sunday.\n\n"
        "Marchetti's assistant, Joan Pell, said the squad would train on Tuesday.\n\n"
        '"We need two more defenders by January," the 52-year-old told reporters.'
    )
    assert _one(body, "Nobody has asked").speaker == "Ivo Marchetti"
    assert _one(body, "two more defenders").speaker == "Joan Pell"
    group = "Minister Anna Berg met her counterpart.\n\nThe Americans said talks resume in May."
    assert _one(group, "The Americans").speaker != "Anna Berg"  # a people, not the person


@pytest.mark.parametrize(
    ("body", "snippet", "speaker"),
    [
        ("Pellworth, an app that sorts receipts, said on Friday that 3 million accounts were "
         "exposed.\n\nThe company says that no card numbers were taken.",
         "The company says", "Pellworth"),
        ("Vantor Mining Corp has closed its Ridge mine after a wall cracked, the Perth-listed "
         "company said on Monday.", "Vantor Mining", "Vantor Mining Corp"),
        ("Kestrel, the company behind the Glide 2 scooter, says its battery lasts 60 km.",
         "Kestrel, the", "Kestrel"),
        ("Tolland Borough Council is to close two recycling tips in the spring, the local "
         "authority confirmed.", "Tolland Borough", "Tolland Borough Council"),
        ("The festival sold out in four hours, according to The Camden Courier.\n\n"
         "The publication also reported that 20,000 tickets were resold at twice the price.",
         "The publication", "Camden Courier"),
    ],
)  # fmt: skip
def test_the_company_or_the_publication_is_the_organisation_named_before(
    body: str, snippet: str, speaker: str
) -> None:
    claim = _one(body, snippet)
    assert (claim.speaker, claim.sourcing) == (speaker, "named")


def test_a_stars_rep_is_an_unnamed_source_and_a_bare_quote_after_a_source_is_theirs() -> None:
    body = (
        "Singer Mara Quist has split from her husband after six years.\n\n"
        "Mara's rep confirmed the news to Hello! magazine.\n\n"
        "There was no single falling-out, says a source close to the couple.\n\n"
        '"They drifted apart. Both want to protect the children."'
    )
    rep = _one(body, "Mara's rep")
    assert (rep.sourcing, rep.affiliation) == ("anonymous", "Mara")
    for snippet in ("They drifted", "Both want"):
        assert _one(body, snippet).sourcing == "anonymous", snippet


def test_a_statement_named_again_is_its_issuers() -> None:
    body = (
        "Two bridges over the Vell will shut for repairs, the Ministry of Transport announced "
        "in a statement on Friday.\n\n"
        "Repairs are planned to last six weeks.\n\n"
        "Some 40,000 drivers cross the bridges every day, the statement says.\n\n"
        '"Safety comes before convenience," the statement added.'
    )
    for snippet in ("40,000 drivers", "Safety comes"):
        assert _one(body, snippet).speaker == "Ministry of Transport", snippet


def test_a_companys_legal_form_after_a_comma_is_not_its_name() -> None:
    body = (
        "Garnet Robotics, Inc., which makes warehouse arms, broke ground on a factory near Dayton "
        "today.\n\n"
        "The company expects to hire 400 people by 2027.\n\n"
        "Hollin Foods, Ltd. said on Monday that sales rose 6 percent."
    )
    assert _one(body, "The company expects").speaker == "Garnet Robotics"
    assert _one(body, "Hollin Foods").speaker == "Hollin Foods"


def test_a_trade_that_is_also_a_kind_of_company_leaves_a_person_a_person() -> None:
    body = "Okafor, a producer on the show, said filming ended in June."
    claim = _one(body, "Okafor")
    assert (claim.speaker, claim.speaker_type) == ("Okafor", "person")


@pytest.mark.parametrize(
    ("sentence", "sourcing", "speaker", "affiliation"),
    [
        ("A spokeswoman for Brixley would not comment on the bank talks.",
         "anonymous", None, "Brixley"),
        ("Asked when the plant would reopen, a spokesman for the Halvern Group declined to say.",
         "anonymous", None, "Halvern Group"),
        ("Corra Finance declined to comment on the merger talks on Friday.",
         "named", "Corra Finance", None),
        ("Representatives for both singers declined to comment on the split.",
         "anonymous", None, None),
    ],
)  # fmt: skip
def test_declining_to_comment_is_the_decliners_answer(
    sentence: str, sourcing: str, speaker: str | None, affiliation: str | None
) -> None:
    claim = _one(sentence, sentence[:15])
    assert claim.sourcing == sourcing
    if speaker is not None:
        assert claim.speaker == speaker
    if affiliation is not None:
        assert claim.affiliation == affiliation


def test_no_answer_is_nobodys_claim_but_stays_a_claim() -> None:
    claim = _one("The ministry has not responded to requests for comment since Tuesday.",
                 "The ministry")  # fmt: skip
    assert (claim.sourcing, claim.speaker) == ("none", None)
    claim = _one("The deal should close in June, said the source, who declined to be named.",
                 "deal")  # fmt: skip
    assert claim.sourcing == "anonymous"


def test_one_of_the_unnamed_sources_just_quoted_is_anonymous() -> None:
    body = (
        "Three customs officers, who spoke on condition of anonymity, said 40 lorries were "
        "turned back at the border. One of them said the checks would last a month."
    )
    claim = _one(body, "last a month")
    assert claim.sourcing == "anonymous"
    body = (
        "Junior doctors at the clinic were furious, with one telling the radio that the "
        'director was "a bully" who had ignored 30 complaints since 2023.'
    )
    assert _one(body, "bully").sourcing == "anonymous"
    claim = _one("According to a poll by the Menhart Institute for Health, one in five rural "
                 "pharmacists say they will close by 2030.", "one in five")  # fmt: skip
    assert claim.speaker == "Menhart Institute for Health"


def test_a_share_of_the_surveyed_who_say_leaves_the_survey_its_authors() -> None:
    claim = _one("According to a survey by the Menhart Institute for Health, a third of rural "
                 "pharmacists say they will close by 2030.", "a third")  # fmt: skip
    assert claim.speaker == "Menhart Institute for Health"


@pytest.mark.parametrize(
    ("body", "snippet", "speaker"),
    [
        ("A quarter of small landlords say they will sell within a year, according to a poll by "
         "the Harwell Lettings Association.", "A quarter", "Harwell Lettings Association"),
        ("According to a study by the Oban Transport Institute, a majority of ferry users say "
         "fares are too high.", "majority", "Oban Transport Institute"),
    ],
)  # fmt: skip
def test_a_share_of_a_group_is_a_count_never_one_unnamed_person(
    body: str, snippet: str, speaker: str
) -> None:
    """A share noun with "of" a group (``SHARE_NOUNS``: "a quarter of", "a majority of") is a
    group counted, as "one in five" and "40 percent of" are: the survey named for them speaks
    (convention 7), and with none they are a group at large, never an anonymous "a quarter"."""
    assert _one(body, snippet).speaker == speaker
    claim = _one("A fifth of the island's nurses say they cannot afford the rent.", "A fifth")
    assert claim.sourcing == "unattributed"


def test_observers_from_an_organisation_are_the_organisation() -> None:
    claim = _one("Monitors from the Skarsgard Foundation for Fair Elections said in a report "
                 "that counting in 12 districts had been transparent.", "Monitors")  # fmt: skip
    assert (claim.speaker, claim.sourcing) == ("Skarsgard Foundation for Fair Elections",
                                               "named")  # fmt: skip
    claim = _one("Prices should shrug off the halt, according to analysts at two banks.",
                 "Prices")  # fmt: skip
    assert claim.sourcing == "unattributed"


def test_police_in_a_place_and_a_spokeswoman_after_a_long_name() -> None:
    claim = _one("Police in nearby Talbeck Township, which is leading the inquiry, said the "
                 "fire started at 2:10 a.m. on Friday.", "Police")  # fmt: skip
    assert claim.speaker == "Police in Talbeck Township"
    claim = _one('"Every lock on the canal will be rebuilt by 2028," said a Ministry of Inland '
                 'Waterways and Harbours spokesman.', "Every lock")  # fmt: skip
    assert claim.sourcing == "anonymous"
    assert (claim.affiliation or "").startswith("Ministry of Inland")


def test_a_passive_relative_clause_with_its_agent_vouches_for_the_sentence() -> None:
    body = (
        "Varnia's National Election Office (NEO) met on Friday.\n\n"
        "On Saturday Amina Dorrin moved into first place, which has been confirmed by the NEO "
        "with 91% of ballots tallied."
    )
    assert _one(body, "first place").speaker == "National Election Office"


def test_the_paper_is_the_newspaper_named_before() -> None:
    body = (
        "Thursday's Morning Tribune leads on a handshake between the two candidates in "
        "Carlow.\n\n"
        "Mr Dunne withdrew from the race on Wednesday and backed Ms Ferris.\n\n"
        "His decision, the paper says, followed a poll that put him 11 points behind."
    )
    assert _one(body, "His decision").speaker == "Morning Tribune"


def test_an_unmarked_interview_gives_its_answers_to_the_interviewee() -> None:
    body = (
        "Q&A with Professor Ilsabet Rosquist on school meals\n\n"
        "Canteens are closing. Tomas Brisk asked Professor Ilsabet Rosquist, the nutrition "
        "board's chair, why.\n\n"
        "How bad is it?\n\n"
        "We are serving 40% more pupils than our kitchens were built for. Our own count in "
        "March showed that 27% of schools had no hot meal.\n\n"
        "What happens next?\n\n"
        "We have paid for 210 new kitchens that will open from September."
    )
    for snippet in ("40% more pupils", "27% of schools", "210 new kitchens"):
        assert _one(body, snippet).speaker == "Ilsabet Rosquist"
    assert not [c for c in extract_claims(body) if "happens next" in c.text]


@pytest.mark.parametrize(
    ("intro", "outro"),
    [
        ("We asked him how small ferry firms are handling fuel costs.", ""),
        ("He runs three boats out of Tarrow harbour.",
         "\n\nThis interview has been condensed and edited for clarity."),
    ],
)  # fmt: skip
def test_an_interview_said_only_by_its_frame_gives_answers_to_the_interviewee(
    intro: str, outro: str
) -> None:
    body = (
        "Diesel is the worst of it: a ferryman on the winter timetable\n\n"
        f"Tobias Renwick started Renwick Ferries in 2009. {intro}\n\n"
        "How bad is it?\n\nDiesel is up 60% since 2021, and insurance went up 20% in May.\n\n"
        "What has changed?\n\nWe dropped the Sunday crossing and cut two of 11 crew.\n\n"
        "Will fares rise?\n\nThey rose 12% in October." + outro
    )
    for snippet in ("Diesel is up 60%", "two of 11 crew", "rose 12%"):
        assert _one(body, snippet).speaker == "Tobias Renwick"
    assert not [c for c in extract_claims(body) if "condensed" in c.text and c.speaker]


def test_a_rhetorical_question_does_not_make_an_interview() -> None:
    body = (
        "Why do buses run late?\n\nThe council cut 14 routes in 2024.\n\n"
        "Who pays?\n\nFares rose 9% in March, the operator said."
    )
    assert _one(body, "14 routes").sourcing == "none"


_RELEASE = (
    "Keldor Water Opens Desalination Plant in Marren Bay\n\n"
    "Plant to supply 40,000 households during summer droughts\n\n"
    "MARREN BAY, Calif., March 3, 2027 /PRNewswire/ -- Keldor Water today opened the Marren "
    "Bay Desalination Plant, a 12-million-gallon-a-day facility.\n\n"
    "The $240 million plant will run on solar power for 70% of the day.\n\n"
    '"This plant ends a decade of rationing," said Ilse Varga, president of Keldor Water.\n\n'
)


@pytest.mark.parametrize(
    "tail",
    [
        "About Keldor Water\n\nKeldor Water is a regional water utility serving 300,000 "
        "customers in three counties.\n\nMedia Contact: Ann Pell, 555-0100",
        "Keldor Water runs 14 plants.\n\nMedia Contact: Ann Pell, 555-0100\n\nSOURCE Keldor Water",
    ],
)
def test_a_release_is_its_issuer_s_by_its_about_heading_or_source_line(tail: str) -> None:
    body = _RELEASE + tail
    assert _one(body, "$240 million").speaker == "Keldor Water"
    assert _one(body, "Ilse Varga").speaker == "Ilse Varga"


def test_a_release_s_standfirst_and_boilerplate_are_no_claims() -> None:
    body = _RELEASE + (
        "About Keldor Water\n\nKeldor Water is a regional water utility serving 300,000 "
        "customers in three counties."
    )
    texts = [c.text for c in extract_claims(body)]
    assert not [t for t in texts if "40,000 households" in t or "300,000 customers" in t]
    assert [t for t in texts if "$240 million" in t]


def test_a_press_release_speaks_for_the_issuer_its_boilerplate_names() -> None:
    body = (
        "Otters back on half of the Tamber's tributaries\n\n"
        "Otter numbers on the river fell by a quarter between 2020 and 2025, a count along "
        "every bank in the spring has shown.\n\n"
        "Volunteers logged 412 holts last year, against 560 five years earlier.\n\n"
        "Press contacts: Ivo Marsh, Tallow Lane, Dunmere\n\n"
        "About the Tamber Rivers Trust: The Tamber Rivers Trust is a charity that looks after "
        "300 miles of river and its banks."
    )
    for snippet in ("a quarter", "412 holts"):
        claim = _one(body, snippet)
        assert (claim.speaker, claim.sourcing) == ("Tamber Rivers Trust", "named")


def test_about_the_author_is_no_press_release() -> None:
    body = (
        "Bus fares rose 9% in March.\n\nThe council cut 14 routes in 2024.\n\n"
        "About the author: Jane Roe is a transport writer in Leeds."
    )
    assert _one(body, "14 routes").sourcing == "none"


def test_a_role_before_a_name_the_recogniser_took_for_an_organisation() -> None:
    body = (
        "In Nairobi, Interior Ministry spokeswoman Amina Wekesa said the police had no record "
        "of the arrests.\n\nShe added that the stance of Kenya had not changed."
    )
    assert _one(body, "no record").speaker_type == "person"
    assert _one(body, "She added").speaker == "Amina Wekesa"


def test_the_company_said_is_the_one_that_spoke_not_the_one_just_mentioned() -> None:
    body = (
        "Tallyo said the outage started in January.\n\n"
        "According to Tallyo, the service does not store passport scans.\n\n"
        "Bank details of 2 million users were also safe, the company said, since billing runs on "
        "another system."
    )
    assert _one(body, "January").speaker == "Tallyo"
    assert _one(body, "Bank details").speaker == "Tallyo"
    body = (
        "The Screen Courier reported in April that the script had been rewritten.\n\n"
        "The show launches on September 12 on ZDF, the broadcaster said."
    )
    assert _one(body, "launches").speaker == "ZDF"


@pytest.mark.parametrize(
    ("before", "network"),
    [
        ("The Screen Courier reported in April that the script had been rewritten.", "Channel 4"),
        ("Tarrow Press published the memoir in 2019.", "Radio 5"),
        pytest.param(
            "The Screen Courier reported in April that the script had been rewritten.", "Netflix",
            marks=pytest.mark.xfail(strict=True, reason="the recogniser tags 'Netflix' here a "
                                    "place, so 'the network said' goes to the outlet named before"),
        ),
    ],
)  # fmt: skip
def test_the_network_said_is_the_network_its_sentence_names(before: str, network: str) -> None:
    """A name ending on a number ("Channel 4") is a name, not a description the article gave
    (those end on a lower-case noun), so its own sentence's network is the one that spoke."""
    body = f"{before}\n\nThe show launches on September 12 on {network}, the network said."
    assert _one(body, "launches").speaker == network


@pytest.mark.parametrize(
    ("body", "snippet", "speaker"),
    [
        ("Tallyo said the outage started in January.\n\n"
         "According to Tallyo, the service does not store passport scans.\n\n"
         "Bank details of 2 million users were also safe, the firm said, since billing runs on "
         "another system.", "Bank details", "Tallyo"),
        ("Quell Insurance covers 90,000 homes.\n\nPremiums will rise by 6%, the insurer "
         "said, since claims have doubled.", "Premiums", "Quell Insurance"),
        ("Lantry Foods employs 800 people.\n\nThe plant will stay open, the manufacturer "
         "said, while talks go on.", "The plant", "Lantry Foods"),
    ],
)  # fmt: skip
def test_the_firm_said_with_a_reason_after_it_is_the_one_that_spoke(
    body: str, snippet: str, speaker: str
) -> None:
    """ "…, the firm said, since …": the verb set off after the clause it reports, whichever
    word of that clause the parser hangs the trailing phrase on (grammar._set_between_commas)."""
    assert _one(body, snippet).speaker == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "Under the settlement, the water board agreed to cover £18,000 of the campaigners' legal "
        "costs.",
        "The coalition sued the transit authority in May after learning that it held the ad.",
        "On June 2 Magistrate Petra Lindqvist granted an injunction that covers the claims of "
        "both tenants.",
    ],
)
def test_deeds_that_look_like_words_have_no_source(sentence: str) -> None:
    assert _one(sentence, sentence[:15]).sourcing == "none"


def test_lawyers_for_a_body_are_its_unnamed_sources_and_lawyers_at_large_a_group() -> None:
    assert _one("Attorneys for the school district said they would challenge the verdict.",
                "Attorneys").sourcing == "anonymous"  # fmt: skip
    assert _one("Lawyers say the new law will face challenges in 2026.",
                "Lawyers").sourcing == "unattributed"  # fmt: skip


def test_a_paper_in_a_journal_is_a_document_and_a_timeline_is_its_sites_owner() -> None:
    body = (
        "The BBC said four species lived at the same time.\n\n"
        "The two apes shared a valley for 200,000 years, according to the study in Science."
    )
    assert _one(body, "shared a valley").sourcing == "unattributed"
    body = (
        "The Tarn County Health District opened an inquiry on Monday.\n\n"
        "According to a timeline on the district's website, four more infections were traced to "
        "the ward."
    )
    assert _one(body, "four more infections").speaker == "Tarn County Health District"


def test_double_attribution_through_a_paper_gives_the_inner_source() -> None:
    body = (
        "The Morning Gazette says aides to the mayor warn that 30 seats are at risk.\n\n"
        "The Morning Gazette says Water Authority figures show 4,300 homes lost supply in July."
    )
    assert _one(body, "30 seats").sourcing == "anonymous"
    assert _one(body, "4,300").speaker == "Water Authority"
    claim = _one("The Daily Clarion says a survey by Ms Vane's team puts her five points ahead "
                 "in May.", "survey")  # fmt: skip
    assert claim.speaker == "Daily Clarion"


_TRIAL = (
    "Ines Fell set fire to her neighbour's workshop after a long feud over a hedge, a jury at "
    "Carrow Crown Court heard on Monday.\n\n"
    "Fell, a retired builder, denies any wrongdoing. The workshop burned for three hours.\n\n"
)
"""A trial report (invented): the accused named in the lede and again as the speaker of a
sentence, so that "her son" names a person of the article (her denial in words, item 26: "denies
arson", a plea, is no claim in words, item 30, and speaks for no one)."""


def test_words_told_to_the_police_are_the_speakers_and_a_relation_names_a_person() -> None:
    body = _TRIAL + (
        "According to detectives, her son had warned her twice that the fire would spread to "
        "the house.\n\n"
        "The jury was shown the van on Tuesday.\n\n"
        "He told investigators he had hidden the van keys that night."
    )
    for snippet in ("fire would spread", "van keys"):
        assert _one(body, snippet).speaker == "Fell's son", snippet


@pytest.mark.parametrize(
    "last",
    [
        'Her son told deputies that Fell "kept a can of petrol in the van", the sheriff\'s '
        "office said.",
        'Her son told detectives that Fell "kept a can of petrol in the van", the prosecution '
        "said.",
        "According to officers, her son had told her twice that the fire would spread to the "
        "house.",
    ],
)
def test_words_told_to_deputies_or_officers_are_the_speakers(last: str) -> None:
    assert extract_claims(_TRIAL + last)[-1].speaker == "Fell's son"


def test_a_relation_named_a_second_time_is_the_same_person() -> None:
    body = _TRIAL + (
        "According to detectives, her son had warned her twice that the fire would spread to "
        "the house.\n\n"
        'Her son told detectives that Fell "kept a can of petrol in the van", the prosecution '
        "said."
    )
    assert _one(body, "kept a can").speaker == "Fell's son"


@pytest.mark.parametrize(
    ("body", "snippet", "speaker"),
    [
        ("Osric Dunmore is accused of running a fake charity from his flat in Pellby, the court "
         "heard.\n\nDunmore, 61, denies fraud.\n\nHis son told the jury that he had kept 40 "
         "donation boxes in a cupboard.\n\nHis son also said that he had opened three bank "
         "accounts in 2023.", "three bank", "Dunmore's son"),
        ("Marit Sunde lost her licence in 2022 after a crash near Vang, a tribunal was told.\n\n"
         "Sunde, 58, is appealing against the ban.\n\nHer daughter wrote to the tribunal that "
         "the road had no lights at the time.\n\nIn evidence on Tuesday, her daughter said the "
         "car had been serviced a week earlier.", "serviced", "Sunde's daughter"),
    ],
)  # fmt: skip
def test_a_relation_of_the_possessors_gender_named_again_is_no_relation_of_itself(
    body: str, snippet: str, speaker: str
) -> None:
    """ "His son … His son …": the second "his" finds the son just quoted (a man), but a
    relation named again soon after is the same person (``Engine.relations``), never "son's
    son"; a "his"/"her" that finds another person still gives that person's relation."""
    assert _one(body, snippet).speaker == speaker


@pytest.mark.parametrize(
    "last",
    [
        "Her husband told troopers that she had fallen asleep at the wheel, the highway patrol "
        "said.",
        "Her husband told investigators she had driven home alone at 2am, the prosecutor's "
        "office said.",
        "According to deputies, her husband had told her at 6am that the lorry had no brakes.",
        "According to constables, her husband had phoned her at 6am to say the gate was open.",
    ],
)
def test_words_given_to_any_force_and_relayed_by_any_body_are_the_tellers(last: str) -> None:
    """The law-enforcement class of the lexicon (``LAW_ENFORCEMENT_NOUNS``), not "police"
    alone: words told to troopers or investigators and passed on by a patrol or an office,
    and "according to" a force's people, are the teller's; words told to anyone else stay
    the body's statement (below)."""
    body = (
        "An inquest into a crash on the Tolley Bridge road opened on Tuesday. The lorry's "
        "driver, Maren Oakes, walked away unhurt.\n\n" + last
    )
    assert extract_claims(body)[-1].speaker == "Oakes's husband"


def test_words_told_to_customers_stay_the_relaying_bodys() -> None:
    body = (
        "Maren Oakes, 47, runs the Tolley Bridge depot.\n\n"
        "Her husband told customers that the depot would shut in June, the haulage firm said."
    )
    assert extract_claims(body)[-1].speaker != "Oakes's husband"


def test_her_husband_is_the_man_whose_wife_she_was_introduced_as() -> None:
    body = (
        '"The ferry is our lifeline," says Tavi Rosquist, 58, who has farmed the island with '
        "his wife Elin since 1998.\n\n"
        "Elin, a retired teacher, says the school closed with only 4 pupils in 2015.\n\n"
        "Her husband says sheep numbers have fallen by a third since 1998."
    )
    assert _one(body, "sheep numbers").speaker == "Tavi Rosquist"


def test_hearsay_and_pleas_are_nobodys_words() -> None:
    body = "Tom Barlow, 56, was charged on Monday.\n\nBarlow allegedly told his wife to get out."
    assert _one(body, "get out").sourcing == "unattributed"
    assert _one("She denies three charges of bribery and two of perjury dating from 2021.",
                "denies").sourcing == "none"  # fmt: skip
    assert _one("Mr Hale denies any wrongdoing in the 2024 land deal.", "denies").sourcing == (
        "named"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "It is believed that the mill lost $3m in 2025.",
        "It is thought the ferry carried 40 passengers when it sank.",
        "It is understood the depot will lose 30 drivers by Christmas.",
        "It is widely believed that the quarry employed 120 people in 2019.",
    ],
)
def test_an_impersonal_passive_relays_unnamed_others(sentence: str) -> None:
    """README item 44: "it is understood" and its kin are unattributed, nobody named; the
    writer's own fact beside it stays the writer's."""
    claim = _one(sentence, sentence[:20])
    assert (claim.sourcing, claim.speaker) == ("unattributed", None)
    body = f"{sentence} The mill employs 300 people in Dunmore."
    assert _one(body, "300 people").sourcing == "none"
    told = _one("It is believed 40 people were on board, the coastguard said.", "40 people")
    assert (told.sourcing, told.speaker) == ("named", "coastguard")
    quoted = _one(
        "Inspector Ola Brandt said the dinghy was found at 6am.\n\n“It is believed the "
        "pair rowed out past the breakwater. Anyone who saw a red dinghy should ring us.”",
        "breakwater",
    )  # inside a quote, the quote's speaker's words
    assert (quoted.sourcing, quoted.speaker) == ("named", "Ola Brandt")


def test_a_quote_paragraph_after_a_briefing_and_a_caption_is_the_briefers() -> None:
    body = (
        "Measles cases rose to nine this week.\n\n"
        "At noon the county's Director of Public Health, Doctor Ana Ruiz-Cho, briefed the "
        "press.\n\n"
        "Dr. Ana Ruiz-Cho, Director of Public Health\n\n"
        "“Four more children from one household tested positive on Thursday. All are at home.”"
    )
    assert _one(body, "Four more children").speaker == "Ana Ruiz-Cho"
    assert _one("The mayor briefed the board on the budget in May.", "budget").sourcing == "none"


def test_a_finding_bound_to_a_quotation_speaks_and_reported_anonymity_is_not_the_source() -> None:
    claim = _one("Justice Okeke found the claim “hard to square with the shipping logs.”",
                 "the claim")  # fmt: skip
    assert claim.speaker == "Okeke"
    claim = _one("The Hesper Courier reported that an unnamed contractor leaked 3,000 patient "
                 "files in June.", "contractor")  # fmt: skip
    assert (claim.speaker, claim.sourcing) == ("Hesper Courier", "named")
    claim = _one("Speaking on condition of anonymity, Pentagon officials said twelve soldiers "
                 "died.", "Pentagon")  # fmt: skip
    assert claim.sourcing == "anonymous"


def test_an_email_sent_by_an_organisation_speaks_for_it_and_an_editorial_is_a_document() -> None:
    body = (
        "Marrick Transit sent an email to all 300 drivers on Monday, saying that the depot "
        "would not close.\n\n"
        "“We have had dozens of calls from worried staff this week,” said the email."
    )
    assert _one(body, "dozens of calls").speaker == "Marrick Transit"
    claim = _one("An editorial printed with the report in 2023 hailed it as “the biggest survey "
                 "of its kind”.", "editorial")  # fmt: skip
    assert claim.sourcing == "unattributed"


def test_a_pronoun_under_a_clause_about_a_named_person_is_that_person() -> None:
    body = (
        "The board has lost two chairs since 2024, said a school governor who asked me not to "
        "print her name.\n\n"
        "Some speak openly: Dagny Sorvino, the chair of the county board, drew attention last "
        "month when she told the Harbour Post she would oppose the budget in 2027."
    )
    assert _one(body, "drew attention").speaker == "Dagny Sorvino"


def test_an_unnamed_source_keeps_her_anonymity_when_a_named_person_follows() -> None:
    body = (
        "The board has lost two chairs since 2024, said a school governor who asked me not to "
        "print her name.\n\n"
        "Some speak openly: Dagny Sorvino, the chair of the county board, drew attention last "
        "month when she told the Harbour Post she would oppose the budget in 2027."
    )
    assert _one(body, "two chairs").sourcing == "anonymous"


@pytest.mark.parametrize(
    "lede",
    [
        "A night porter, who asked us not to use his surname, said the ward lost 12 beds in 2025.",
        "A bus driver, who asked the Courier not to name him, said the depot cut 40 shifts "
        "in 2025.",
        "A parish clerk, who begged reporters not to reveal her name, said the hall lost 12 "
        "beds in 2025.",
    ],
)
def test_a_source_who_asks_for_the_name_to_stay_out_of_print_is_anonymous(lede: str) -> None:
    """A request by the source, to whomever it is made, that the name not be printed is
    anonymity (``ANONYMITY_CUES``): the next paragraph's named speaker is someone else, where
    a lede's plain "A porter said" is that person (README item 19, the last assertion)."""
    named = (
        "Others talk freely: Mira Kellan, the secretary of the staff union, said last week "
        "that she would strike in June."
    )
    claim = _one(f"{lede}\n\n{named}", "2025")
    assert (claim.sourcing, claim.speaker) == ("anonymous", lede.split(",")[0])
    plain = lede.split(",")[0] + " said the hall lost 12 beds in 2025."
    assert _one(f"{plain}\n\n{named}", "2025").sourcing == "named"


def test_a_reporting_verb_in_the_future_reports_nothing_yet() -> None:
    claim = _one("Shipping magnate Idris Venn will announce on Friday that his fleet has been sold "
                 "to a Greek rival, according to the Harbour Gazette.", "Idris Venn")  # fmt: skip
    assert (claim.speaker, claim.sourcing) == ("Harbour Gazette", "named")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Westerly Echo says football club owner Dana Reyes will tell fans next month that "
        "the stadium is to be sold.",
        "According to the Westerly Echo, mill owner Petra Lund will tell workers on Friday "
        "whether the site is to shut.",
    ],
)
def test_a_paper_s_words_about_a_person_s_future_telling_stay_the_paper_s(sentence: str) -> None:
    """``_words_given``: what a named person *will* tell is news the paper gives, not words
    the person gave yet (a future inner verb; without it, the person speaks)."""
    claim = _one(sentence, "will tell")
    assert (claim.speaker, claim.sourcing) == ("Westerly Echo", "named")


@pytest.mark.parametrize(
    ("sentence", "snippet", "outlet"),
    [
        ("The Westerly Echo reported on Sunday, without citing its sources, that the Halvard "
         "chain of garden centres is up for sale.", "Halvard", "Westerly Echo"),
        ("Without citing sources, the Lakeland Mercury reported that the airport will lose "
         "its last airline in June.", "airport", "Lakeland Mercury"),
    ],
)  # fmt: skip
def test_a_paper_reporting_without_citing_anyone_is_the_source(
    sentence: str, snippet: str, outlet: str
) -> None:
    """ "without citing sources" names nobody cited: the outlet stays the source (without the
    rule, "sources" became an anonymous speaker)."""
    claim = _one(sentence, snippet)
    assert (claim.speaker, claim.sourcing) == (outlet, "named")


@pytest.mark.xfail(strict=True, reason="'is to announce' followed by 'according to' an outlet "
                   "gives the words to the announcer (with 'will announce', or with '…, the "
                   "paper reported', the outlet keeps them)")  # fmt: skip
def test_is_to_announce_reports_nothing_yet_either() -> None:
    claim = _one("Shipping magnate Idris Venn is to announce on Friday that his fleet has been "
                 "sold to a Greek rival, according to the Harbour Gazette.", "Idris")  # fmt: skip
    assert claim.speaker == "Harbour Gazette"


def test_the_newspaper_and_its_report_are_the_outlet_named_before() -> None:
    body = (
        "The Evening Ledger reported on Thursday that three stations on the Vell line would "
        "close at night from June.\n\n"
        "According to the newspaper, Vell Rail wants to save £4m a year.\n\n"
        "Night buses are to replace the last trains, the report adds."
    )
    assert _one(body, "£4m").speaker == "Evening Ledger"
    assert _one(body, "Night buses").speaker == "Evening Ledger"


def test_a_trailing_speaker_the_parser_hung_on_the_clause_before() -> None:
    claim = _one("Negotiations over the Brannick terminal have stalled since March because of a "
                 "row over dredging costs, shipping and port sources said.",
                 "Negotiations")  # fmt: skip
    assert claim.sourcing == "anonymous"


def test_the_company_is_the_organisation_named_most_never_a_description() -> None:
    body = (
        "Tallis Group's shares fell 8% on Monday.\n\n"
        "Tallis Group's bonds also fell 2% in May.\n\n"
        "The continent's biggest maker of lifts held a meeting with analysts from Brantley "
        "Securities on Friday.\n\n"
        'The company responded to the slide in a short statement: "Our forecast for 2026 '
        'stands."'
    )
    assert _one(body, "short statement").speaker == "Tallis Group"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Corley Buses said riders left waiting over 20 minutes would get vouchers.",
         "Corley Buses"),
        ("Castlebrook Rovers hinted on the club website that a bid of £3m was made for a winger.",
         "Castlebrook Rovers"),
        ("The chairman of Orland Motors confirmed that the chief executive had written to the "
         "board in May.", "chairman of Orland Motors"),
    ],
)  # fmt: skip
def test_names_ending_in_a_common_noun_hints_and_roles_held_in_an_organisation(
    sentence: str, speaker: str
) -> None:
    assert _one(sentence, sentence[:20]).speaker == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "Every week, the Product Safety Board recalls dangerous toys from 40 shops.",
        "The pilots' association rejected the carrier's proposal to cut rest hours on Tuesday.",
    ],
)
def test_recalling_goods_and_rejecting_a_request_are_deeds(sentence: str) -> None:
    claim = _one(sentence, sentence[:20])
    assert (claim.speaker, claim.sourcing) == (None, "none")


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Caldera Group's shares fell 9% on Thursday.\n\nAnalyst Ruth Villiers said the company "
         "had told investors that July's orders were weaker.", "Caldera Group"),
        ("Tom Hale, the rail minister, gave evidence on Tuesday.\n\nHe told MPs that Norland "
         "Rail had told him that it would be ready in May.", "Norland Rail"),
    ],
)  # fmt: skip
def test_double_attribution_gives_the_inner_speaker_named_with_a_verb_of_telling(
    body: str, speaker: str
) -> None:
    claim = extract_claims(body)[-1]
    assert (claim.speaker, claim.sourcing) == (speaker, "named")


@pytest.mark.parametrize(
    "sentence",
    [
        "Bank managers, speaking privately, said head office had ordered 40 closures.",
        "Voicing anger, teachers' union leaders said 200 posts would go under the scheme.",
    ],
)
def test_unnamed_members_who_speak_privately_or_for_a_body_are_anonymous(sentence: str) -> None:
    claim = _one(sentence, sentence[:20])
    assert (claim.speaker_type, claim.sourcing) == (None, "anonymous")


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("The United Bakers Union voted to walk out on Friday.\n\nIn a bulletin to its members, "
         "the union strike committee said the tribunal had ruled in its favour in 2024.",
         "United Bakers Union"),
        pytest.param(
            "The United Bakers Union voted to walk out on Friday.\n\nIn a bulletin to its "
            "members, the union strike committee cited a ruling by the employment tribunal on pay.",
            "United Bakers Union",
            marks=pytest.mark.xfail(strict=True, reason="a body's part that 'cited a ruling by X' "
                                    "is taken for a channel, the ruling for an anonymous speaker "
                                    "(gen29a: 'cite' relays a source in press reviews, 'It cites "
                                    "figures from X' is X's by the labels; a rule reading every "
                                    "cited work or document as the citer's evidence lost 4 "
                                    "such speakers on heldout15/18)"),
        ),
        ("Yorath Hollen told the stock exchange in a filing that it would go ahead with the "
         "takeover.", "Yorath Hollen"),
        ("Tulsa, Oklahoma-based Ardent Freight said on Monday that the walkout would cost it $2m "
         "a day.", "Ardent Freight"),
        # (``_based_name``: here the parser makes the place the subject, the name its apposition)
        ("Porto, Portugal-based Almeda Tiles said exports had fallen 12% this year.",
         "Almeda Tiles"),
        ("One of the drivers stuck at the border was Ottoline Mahoney, a 51-year-old nurse from "
         "Strellby.\n\nShe said: ‘My shift starts at six and I will miss it.’",
         "Ottoline Mahoney"),
    ],
)  # fmt: skip
def test_a_document_issued_a_body_by_its_part_a_company_by_its_base_a_person_by_her_trade(
    body: str, speaker: str
) -> None:
    assert extract_claims(body)[-1].speaker == speaker


def test_the_company_is_never_a_place_and_may_be_the_owner_of_the_reported_subject() -> None:
    body = (
        "Sollen Trucks said it sold 86,000 lorries in the half year.\n\n"
        "Only Brazil and India recorded growth, of 3.7% and 6.2%, the manufacturer said."
    )
    assert _one(body, "Only Brazil").speaker == "Sollen Trucks"
    body = (
        "Harlan Motors sold 1.8 million vehicles in the quarter.\n\n"
        "Kaito's drop in sales, which it blamed on weak demand at home, was its first since "
        "2003, the company said."
    )
    assert _one(body, "Kaito's drop").speaker == "Kaito"


def test_one_and_another_after_unnamed_sources_are_those_sources() -> None:
    body = (
        "Insiders at Tewkes Studios told the Echo that producers heard of the split on "
        "Friday.\n\n"
        "One said: 'The cast had suspected it since the summer.'\n\n"
        "Another said: 'Nobody in the writers' room was told anything.'"
    )
    for snippet in ("One said", "Another said"):
        assert _one(body, snippet).sourcing == "anonymous", snippet


def test_every_answer_of_an_interview_is_the_interviewees_own() -> None:
    body = (
        "Ten questions for the harbour master\n\n"
        "Tomas Ekberg has run Varde harbour since 2019. He spoke to us about fees.\n\n"
        "Q: Fees rose 12 percent this spring.\n\n"
        "A: Dredging cost us 3 million kroner in 2024.\n\n"
        "Q: Will the ferry berth close?\n\n"
        "A: Our funding is secure until 2029; the harbour board signed it off."
    )
    assert _one(body, "harbour board").speaker == "Tomas Ekberg"


def test_the_club_is_never_a_body_of_another_kind() -> None:
    body = (
        "Varro signed for Fenwold Athletic in January.\n\n"
        "The Rugby League approved the transfer in March.\n\n"
        "The club said on Thursday that Varro would miss six weeks with a torn ligament."
    )
    assert _one(body, "six weeks").speaker == "Fenwold Athletic"


@pytest.mark.xfail(
    strict=True,
    reason='a club named only in "X\'s move to CLUB" is the '
    "antecedent of 'the club' for some names the recogniser tags, not for others",
)
def test_the_club_is_the_one_a_players_move_was_to() -> None:
    body = (
        "Varro's move to Fenwold Athletic was completed in January.\n\n"
        "The club said on Thursday that Varro would miss six weeks with a torn ligament."
    )
    assert _one(body, "six weeks").speaker == "Fenwold Athletic"


@pytest.mark.parametrize(
    ("body", "snippet", "speaker"),
    [
        ("Pennock & Rae cut its forecast on Tuesday.\n\nThe garden, pet and hardware chain, "
         "which runs 230 shops, said in a results statement that profit dropped 6.1 per cent.",
         "hardware", "Pennock & Rae"),
        ("Sefton Valley Care wrote to 25 councils on Monday, saying that its clinics had no "
         "waiting list.\n\nIn the same letter, the care network said that 14 new nurses had "
         "been hired.", "care network", "Sefton Valley Care"),
    ],
)  # fmt: skip
def test_an_organisation_described_by_what_it_trades_in_is_the_one_named_before(
    body: str, snippet: str, speaker: str
) -> None:
    assert _one(body, snippet).speaker == speaker


@pytest.mark.parametrize(
    ("body", "snippet", "speaker"),
    [
        ("The Marlow County Sheriff’s Office arrested a man on Friday. Later MCSO says he "
         "had tried to run from deputies twice.", "he had tried", "Marlow County Sheriff’s Office"),
        ("The Ministry of Transport published the figures on Monday. The MoT confirmed that "
         "41 bridges needed repairs in 2024.", "41 bridges", "Ministry of Transport"),
        ("The Port Safety Board and the Pacific Shipping Agency met on Monday. The PSB said "
         "that 12 vessels had failed checks in May.", "12 vessels", "Port Safety Board"),
        ("The Coastal Water Agency fined the plant in June. The C.W.A. said the plant had "
         "spilled 300 tonnes of sludge.", "300 tonnes", "Coastal Water Agency"),
        ("The Coastal Water Agency fined the plant in June. The plant spilled 300 tonnes of "
         "sludge, according to the C.W.A.", "300 tonnes", "Coastal Water Agency"),
    ],
)  # fmt: skip
def test_an_acronym_speaker_is_the_name_the_article_spelled_out_before(
    body: str, snippet: str, speaker: str
) -> None:
    assert _one(body, snippet).speaker == speaker


def test_an_acronym_two_earlier_names_fit_stays_as_written() -> None:
    body = (
        "The Port Safety Board and the Pacific Shipping Bureau met on Monday. "
        "The PSB said that 12 vessels had failed checks in May."
    )
    assert _one(body, "12 vessels").speaker == "PSB"


def test_a_person_apposed_to_a_capitalised_role_speaks() -> None:
    body = (
        "Norfolk’s Chief Fire Officer, Chief Superintendent Paul Irwin, said: “Four engines "
        "attended the blaze at 3am.”"
    )
    assert _one(body, "Four engines").speaker == "Paul Irwin"


def test_a_release_attributed_to_an_officer_is_the_officers() -> None:
    body = (
        "Dog attack - Riverside Park\n\n"
        "Please attribute to Inspector Karen Doyle:\n\n"
        "At about 7am a woman was bitten by a large dog while jogging in Riverside Park.\n\n"
        "The animal, a brown mastiff cross, wore a red collar and no tag.\n\n"
        "Northland Council said the park would stay open on Tuesday."
    )
    assert _one(body, "At about 7am").speaker == "Karen Doyle"
    assert _one(body, "brown mastiff").speaker == "Karen Doyle"
    assert _one(body, "stay open").speaker == "Northland Council"  # (its own source)


def test_a_release_whose_header_field_names_its_officer_is_the_officers() -> None:
    """ "Released by: <officer>, <unit>." among the header lines is the same construction as
    "Please attribute to <officer>:" (README convention 25); a sentence's "released by" is
    not a header field."""
    body = (
        "Nine arrested in harbour smuggling sweep\n\n"
        "Released by: Detective Sergeant Oriel Banfield, Marine Crime Team. Date: 3 March\n\n"
        "Nine people were arrested on Sunday in a sweep of boats moored at Kelling harbour.\n\n"
        "Customs officers searched 48 vessels between 5am and noon.\n\n"
        '"We will keep searching every month," said Detective Sergeant Banfield.'
    )
    for snippet in ("Nine people", "48 vessels"):
        claim = _one(body, snippet)
        assert (claim.speaker, claim.speaker_type) == ("Oriel Banfield", "person"), snippet
    sentence = (
        "Flood warning for the Arden valley\n\n"
        "Water released by the Corve dam reached the valley at 2am.\n\n"
        "Nine homes were flooded in Kelling overnight.\n\n"
        "The fire service said 30 people had left their homes."
    )
    assert _one(sentence, "Nine homes").speaker is None


def test_a_release_whose_last_line_names_its_issuing_officer_is_the_officers() -> None:
    """The same field as the page's last line ("Issued by: Inspector <name>"): every sentence
    above it is the officer's; the field anywhere else, or without its colon, is not one."""
    body = (
        "Burglary in Ostwick\n\n"
        "Shortly before 3am on Friday, two men forced the rear door of a shop on Mill Lane, "
        "Ostwick.\n\n"
        "They took about 400 phone cards and left in a grey van.\n\n"
        "Issued by: Inspector Halvard Ketteridge"
    )
    for snippet in ("Shortly before 3am", "400 phone cards"):
        claim = _one(body, snippet)
        assert (claim.speaker, claim.speaker_type) == ("Halvard Ketteridge", "person"), snippet
    story = (
        "Burglary in Ostwick\n\n"
        "Two men forced the rear door of a shop on Mill Lane, Ostwick.\n\n"
        "They took about 400 phone cards and left in a grey van.\n\n"
        "The cards were issued by Brennel Telecom last year."
    )
    assert _one(story, "400 phone cards").speaker is None


def test_a_first_person_statement_signed_at_its_foot_is_the_signers() -> None:
    """A statement in the first person whose last line signs it with a person and the body
    they speak for is that person's, as under a signature at the top; a news story that ends
    on such a line but never speaks as "I" or "we" stays the writer's, and so does a line
    naming an outlet."""
    body = (
        "A message to residents about the Orchard Row fire\n\n"
        "On Tuesday night I visited the families who lost their homes on Orchard Row. "
        "Eleven flats were destroyed and 23 people are in temporary rooms.\n\n"
        "Our crews reached the block six minutes after the first call.\n\n"
        "Commander Tessaly Brannock, Wexley Fire and Rescue Service"
    )
    for snippet in ("Eleven flats", "six minutes"):
        claim = _one(body, snippet)
        assert (claim.speaker, claim.speaker_type) == ("Tessaly Brannock", "person"), snippet
    story = (
        "Fire destroys flats on Orchard Row\n\n"
        "Eleven flats were destroyed on Orchard Row on Tuesday night.\n\n"
        "Crews reached the block six minutes after the first call.\n\n"
        "Tessaly Brannock, Wexley Fire and Rescue Service"
    )
    assert _one(story, "Eleven flats").speaker is None
    outlet = body.replace("Commander Tessaly Brannock, Wexley Fire and Rescue Service",
                          "Piet Orlande, Wexley Evening Gazette")  # fmt: skip
    assert _one(outlet, "Eleven flats").speaker is None


def test_a_release_whose_media_contact_names_a_body_is_that_bodys() -> None:
    """A release whose only naming of its issuer is its media-contact field ("Media contact:
    Press Office, <body>") speaks for that body; a contact field naming a person's address
    names no issuer by itself."""
    body = (
        "FOR IMMEDIATE RELEASE\n\n"
        "Ferry Safety Checks Find Faulty Life Jackets\n\n"
        'Harbour Safety Director Ilse Varnholt said: "We will check every ferry again in May."\n\n'
        "Inspectors boarded 31 ferries between January and March.\n\n"
        "Nine of them carried life jackets past their expiry date.\n\n"
        "Media contact: Press Office, Orrin Bay Maritime Authority"
    )
    for snippet in ("31 ferries", "Nine of them"):
        claim = _one(body, snippet)
        assert claim.speaker == "Orrin Bay Maritime Authority", snippet
    person = body.replace("Press Office, Orrin Bay Maritime Authority",
                          "Dana Pell, press@orrinbay.example")  # fmt: skip
    assert _one(person, "31 ferries").speaker != "Orrin Bay Maritime Authority"


_OWN_HEADER = (
    "Marsh Valley Fire Service | News\n\n"
    "Crews rescue two from flooded van\n\n"
    "Two people were rescued from a van trapped in floodwater on the Wenlow road on Sunday.\n\n"
    "Firefighters used a boat to reach the van, which had been swept 40 metres off the road.\n\n"
    'Watch Manager Ruth Okafor said: "The water rose faster than anyone expected."\n\n'
    "The road remains closed between Wenlow and Tarn Bridge."
)
_OWN_FOOT = (
    "Cycle lanes: three councils shelve plans\n\n"
    "4 March\n\n"
    "Three councils have shelved plans for protected cycle lanes this winter.\n\n"
    "The three routes would have cost £4.2m in all, most of it from a government grant.\n\n"
    "Ends. For more information contact the Harrowfield Cycle Alliance press office."
)


def test_a_bodys_own_page_by_its_header_or_its_press_office_is_the_issuers() -> None:
    """A body's news page ("<Body> | News", "<Body> – press notice – <date>" as its first
    line) or a release whose foot sends the press to "the <Body> press office" speaks in its
    issuer's voice: its sentences with no source of their own are the body's (README
    convention 37); a quoted officer keeps her quote. A news page is none of these: an
    outlet's section header, a one-word section, a header over a reporter's byline, a news
    story quoting a body's release."""
    for snippet in ("Firefighters used a boat", "remains closed"):
        assert _one(_OWN_HEADER, snippet).speaker == "Marsh Valley Fire Service", snippet
    assert (_one(_OWN_HEADER, "water rose").speaker or "").endswith("Ruth Okafor")
    notice = _OWN_HEADER.replace("Marsh Valley Fire Service | News",
                                 "Marsh Valley Fire Service – press notice – 3 March")  # fmt: skip
    assert _one(notice, "Firefighters used a boat").speaker == "Marsh Valley Fire Service"
    for snippet in ("Three councils", "£4.2m"):
        assert _one(_OWN_FOOT, snippet).speaker == "Harrowfield Cycle Alliance", snippet
    for news in (
        _OWN_HEADER.replace("Marsh Valley Fire Service", "Harwick Gazette"),
        _OWN_HEADER.replace("Marsh Valley Fire Service", "Floods"),
        _OWN_HEADER.replace("\n\nCrews", "\n\nBy Ann Lee\n\nCrews"),
    ):
        assert _one(news, "Firefighters used a boat").speaker is None
    quoting = (
        "Three councils have shelved plans for protected cycle lanes this winter.\n\n"
        "The Harrowfield Cycle Alliance has promised, in a statement to the press, to fight the "
        "cuts.\n\n"
        "Brantwick's ring road scheme was the longest of the three, at 2.1 miles.\n\n"
        "Reporters were asked to contact the alliance's press office for interviews."
    )
    assert _one(quoting, "Three councils").speaker is None
    assert _one(quoting, "ring road scheme").speaker is None


def test_a_ukrainian_story_quoting_a_press_service_is_no_issuers_page() -> None:
    """A Ukrainian news story that quotes a council's press service and ends on where to ask
    is the writer's in its own lines: only English pages name their issuer by a header bar or
    a press office, and a story is not a page of the body it quotes."""
    body = (
        "Міст через Тетерів закриють на ремонт\n\n"
        "Прес-служба Житомирської міської ради повідомила, що міст закриють 12 березня.\n\n"
        "Міст побудували у 1962 році.\n\n"
        "Довідки — у прес-службі Житомирської міської ради."
    )
    assert _one(body, "побудували").speaker is None


def test_a_dummy_it_before_a_reporting_verb_is_nobody() -> None:
    body = (
        "Harbour Energy said on Monday that the leak had been sealed.\n\n"
        "It is important to stress that only 40 litres of oil leaked on Monday."
    )
    assert _one(body, "important to stress").speaker is None


def test_an_office_with_nobody_before_is_the_one_person_given_it_later() -> None:
    body = (
        "Three patients waited 12 hours for a bed at the county hospital, the health minister "
        "has admitted.\n\nPatients have written to health minister Carol Pym and 40 local "
        "doctors.\n\nFormer health minister Ruth Kemp said the wait was a disgrace."
    )
    assert _one(body, "Three patients").speaker == "Carol Pym"  # (a former one holds it not)


def test_an_office_two_people_hold_later_stays_as_written() -> None:
    body = (
        "Three patients waited 12 hours for a bed at the county hospital, the health minister "
        "has admitted.\n\nPatients have written to health minister Carol Pym and 40 local "
        "doctors.\n\nIn Wales, health minister Dan Reece said 40 more beds were needed."
    )
    assert _one(body, "Three patients").speaker == "health minister"


def test_a_capitalised_title_is_the_person_introduced_with_it() -> None:
    body = (
        "Disgraced MP Peter Crane is facing an inquiry into his expenses.\n\n"
        "'I got it wrong,' the MP for Northdale told his local paper on Thursday."
    )
    assert _one(body, "got it wrong").speaker == "Peter Crane"


def test_the_ministry_is_the_ministry_that_spoke_whatever_its_capitals() -> None:
    body = (
        "Velmar's Ministry of Health has ordered two million flu jabs for the winter.\n\n"
        "Forty village schools will shut by 2028, Estland’s education ministry announced "
        "on Monday.\n\n"
        "“Pupils will travel by bus to the larger schools in each district,” the ministry "
        "added, giving no cost."
    )
    assert _one(body, "larger schools").speaker == "Estland’s education ministry"


@pytest.mark.parametrize(
    ("body", "snippet", "speaker"),
    [
        ("Oskar Pellinen was in Bergen on Tuesday.\n\nA Treasury minister at the budget talks "
         "has denied leaking 12 pages of the draft.\n\nTreasury minister Sigrun Vaage said she "
         "had shared nothing with the press.", "budget talks", "Sigrun Vaage"),
    ],
)  # fmt: skip
def test_a_lede_s_unnamed_office_holder_is_the_person_named_next(
    body: str, snippet: str, speaker: str
) -> None:
    assert _one(body, snippet).speaker == speaker


@pytest.mark.parametrize(
    ("second", "speaker"),
    [
        ("The depot had been closed since May, spokesman Marta Olsen said.", "Marta Olsen"),
        ("The depot was shut in May, Marta Olsen, a spokesman for the operator, told the Gazette.",
         "Marta Olsen"),
        ('"We shut the depot in May," Marta Olsen told reporters.', "Marta Olsen"),
        # another of the body's people is not its spokesman (README item 19)
        ("Marta Olsen, the operator's chief executive, said the depot had been shut.",
         "a spokesman for the operator"),
    ],
)  # fmt: skip
def test_a_lede_s_spokesman_is_the_spokesman_named_next(second: str, speaker: str) -> None:
    body = (
        "Forty buses were taken off the road on Friday, a spokesman for the operator said."
        f"\n\n{second}"
    )
    assert _one(body, "Forty buses").speaker == speaker


def test_an_office_holder_who_asked_not_to_be_named_stays_unnamed() -> None:
    body = (
        "A dozen wards face closure this winter, according to a senior minister who asked not "
        "to be named.\n\n"
        "Health minister Ann Birch said on Monday that the wards would stay open."
    )
    claim = _one(body, "A dozen wards")
    assert (claim.sourcing, claim.speaker) == ("anonymous", "a senior minister")


def test_asking_for_comment_reports_no_words() -> None:
    sentence = "The Herald has asked the Ridgeway Water Board for comment on the 40 closures."
    body = "Ann Kerr lives in Ridgeway with her parents.\n\n" + sentence
    assert _one(body, sentence[:20]).speaker is None


def test_a_title_alone_is_the_person_introduced_with_it() -> None:
    body = (
        "Prime Minister Ann Lyle met the cabinet on Friday.\n\nThe Prime Minister has promised "
        "MPs in a letter that 40 new wards will open this winter."
    )
    assert _one(body, "40 new wards").speaker == "Ann Lyle"


def test_papers_reporting_what_they_attribute_to_sources_are_the_sources_channel() -> None:
    body = (
        "Several newspapers, among them the Evening Star, reported on Sunday that 3 judges "
        "would retire, attributed to Treasury sources."
    )
    claim = _one(body, "Several newspapers")
    assert (claim.sourcing, claim.affiliation) == ("anonymous", "Treasury")


def test_a_clause_after_after_read_as_a_phrase_keeps_its_own_subject() -> None:
    body = (
        "On Tuesday Estonia announced an extra 400 troops for its eastern border.\n\n"
        "It comes after the head of the border guard, Aarne Virta, warned reporters that 5 "
        "crossings were under pressure."
    )
    assert _one(body, "It comes after").speaker == "Aarne Virta"


def test_a_clause_after_after_with_a_quoted_fragment_keeps_its_own_subject() -> None:
    body = (
        "On Tuesday Estonia announced an extra 400 troops for its eastern border.\n\n"
        "It comes after the newly named head of the Finnish border guard, Colonel Aarne Virta, "
        "told reporters that ‘pressure is growing’ at 5 crossings."
    )
    assert _one(body, "It comes after").speaker == "Aarne Virta"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Norway shut two ferry routes on Friday.\n\nThe closures came hours after the "
         "director of its coastal agency, Captain Sigrid Hauge, warned journalists that ‘the "
         "fjord is icing’ at 3 ports.", "Sigrid Hauge"),
        ("Estonia raised its alert level on Monday.\n\nThat was a day after the chief of the "
         "Estonian defence forces, General Mart Kask, told a briefing that ‘drone flights are "
         "rising’ over 2 regions.", "Mart Kask"),
        ("Denmark will add 200 guards to its southern border.\n\nThe move comes after the head "
         "of the Danish police union, Inspector Karl Madsen, assured ministers that ‘staff are "
         "ready’ at 9 crossings.", "Karl Madsen"),
    ],
)  # fmt: skip
def test_a_name_set_off_by_commas_before_a_subjectless_speech_verb_is_its_speaker(
    body: str, speaker: str
) -> None:
    """The parser may hang "…, Colonel X, told …" on the clause before and leave the verb with
    no subject: a person's name set off by commas right before a verb of speech is who spoke
    (``grammar._name_set_off_before``, as "Varley, 47, said" with an age)."""
    assert extract_claims(body)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("body", "snippet"),
    [
        ("A Green councillor said on Friday that Mark Ellery had hidden 3 payments from the "
         "board.\n\nThe board meets again in June.", "hidden 3 payments"),
        ("A senior judge said on Monday that Joan Whitby had lost 200 files in 2024.\n\n"
         "The court declined to comment.", "lost 200 files"),
    ],
)  # fmt: skip
def test_a_lede_person_is_never_just_the_next_full_name(body: str, snippet: str) -> None:
    claim = _one(body, snippet)
    assert not any(name in (claim.speaker or "") for name in ("Ellery", "Whitby"))


def test_an_office_is_never_its_shadow_holder() -> None:
    body = (
        "Five hundred more officers will be recruited by April, the Home Secretary promised.\n\n"
        "Shadow Home Secretary Paula Greer called the plan a gimmick."
    )
    assert _one(body, "Five hundred").speaker != "Paula Greer"


def test_a_role_word_never_reaches_back_across_a_sentence() -> None:
    body = (
        "Campaigners wrote to the health secretary. Mary Okafor, a Green MP, said "
        "the letter had 4,000 signatures.\n\n"
        "The health secretary said 20 new clinics would open in 2027."
    )
    assert _one(body, "20 new clinics").speaker != "Mary Okafor"


def test_a_cause_attributed_to_someone_is_no_source() -> None:
    body = (
        "Riverton Police said the blaze at the warehouse, which was attributed to a teenage "
        "boy, caused 2 million pounds of damage."
    )
    assert _one(body, "blaze at the warehouse").speaker == "Riverton Police"


def test_it_keen_to_stress_keeps_its_company() -> None:
    body = (
        "Coastline Ferries will cut two routes from May.\n\n"
        "It is keen to stress that only 15 crew jobs will go in the cuts."
    )
    assert _one(body, "15 crew jobs").speaker == "Coastline Ferries"


def test_a_release_attributed_to_a_force_is_the_organisation_s() -> None:
    body = (
        "Crash - Main Road\n\n"
        "Please attribute to Riverton Police:\n\n"
        "At about 6pm two cars collided on Main Road near the bridge.\n\n"
        "One driver was taken to hospital with minor injuries."
    )
    claim = _one(body, "two cars collided")
    assert (claim.speaker, claim.speaker_type) == ("Riverton Police", "organisation")


def test_an_epithet_s_relative_clause_naming_a_character_is_not_the_speaker() -> None:
    body = (
        "Soap star Kiri Talvi has left the show after six years.\n\n"
        '"I am heartbroken," said the 33-year-old, who plays the village vet Rosa Linde, after '
        "producers cut her storyline."
    )
    assert _one(body, "heartbroken").speaker == "Kiri Talvi"


def test_analysts_at_a_named_firm_who_cut_a_target_are_the_firm() -> None:
    claim = _one("On Monday analysts at Brightwater Capital raised their forecast for the chain's "
                 "margin from 4% to 6%.", "analysts at")  # fmt: skip
    assert (claim.speaker, claim.sourcing) == ("Brightwater Capital", "named")


def test_which_it_says_is_the_sentence_s_subject_not_the_noun_it_hangs_on() -> None:
    body = "The Gazette splashes on the ferry firm Tarnline, which it says owes creditors £12m."
    assert _one(body, "Tarnline").speaker == "Gazette"


@pytest.mark.parametrize(
    ("sentence", "snippet", "speaker"),
    [
        ("Marwick Council has criticised the developer Brightstone Homes, which it says has left "
         "40 homes unfinished.", "Brightstone", "Marwick Council"),
        ("Stanmore Housing Trust is suing the builder Cobham Lane, which it says used faulty "
         "cladding on 12 blocks.", "Cobham", "Stanmore Housing Trust"),
    ],
)  # fmt: skip
def test_which_it_says_after_a_body_s_deed_is_the_subject_s_word(
    sentence: str, snippet: str, speaker: str
) -> None:
    """The "which it says" rule (``_relative_speaker``) where it decides: with it off these
    go to the noun the clause hangs on (the developer, the care group)."""
    assert _one(sentence, snippet).speaker == speaker


@pytest.mark.parametrize(
    ("body", "snippet", "speaker"),
    [
        ("After a fifth complaint this year, the water regulator Ofwell fined Tarn Water £2m. "
         "Tarn Water told customers it would appeal.\n\n"
         "The regulator told the Gazette that leaks on the network had doubled in two years.",
         "leaks on the network", "Ofwell"),
        ("The Tarnby Weather Office has put the south coast under a heat warning until Sunday. "
         "Inland towns could reach 38C by Friday, the forecaster warned.", "38C",
         "Tarnby Weather Office"),
        ("The Bus Operators Federation has asked ministers for a cap on fares. A fifth of rural "
         "routes have gone since 2022, the body told MPs on Tuesday.", "rural routes",
         "Bus Operators Federation"),
        ("Oskarsson Trucks AB is recalling 8,000 lorries, according to a notice filed with the "
         "Transport Safety Agency.\n\nThe manufacturer said it knew of 3 brake failures.",
         "3 brake failures", "Oskarsson Trucks AB"),
    ],
)  # fmt: skip
def test_a_descriptor_is_the_body_the_article_described_with_it(
    body: str, snippet: str, speaker: str
) -> None:
    claim = _one(body, snippet)
    assert (claim.speaker, claim.sourcing) == (speaker, "named")


def test_the_body_with_no_body_speaking_before_is_named_by_nobody_else() -> None:
    body = (
        "Karin Holt, the port's director, said 40 ships were waiting on Monday.\n\n"
        "The body said 12 ships had already left."
    )
    assert _one(body, "12 ships").speaker != "Karin Holt"


@pytest.mark.parametrize(
    ("body", "snippet", "affiliation"),
    [
        ("A grass fire has scorched 900 hectares near Vellby, the Hesper Valley Fire Service "
         "said.\n\nCrews had the blaze 40% under control by noon, fire officials said.",
         "40% under control", "Hesper Valley Fire Service"),
        ("Flights were delayed for six hours at Halden International Airport on Monday. "
         "Airport officials blamed a radar fault that hit 40 flights.",
         "radar fault", "Halden International Airport"),
        ("About 900 people left their homes near the dam, county officials said.\n\n"
         "A Sawtell County emergency manager said 12 homes had flooded.",
         "900 people", "Sawtell County"),  # (the one county named: README convention 20)
        ("State transportation officials said on Wednesday that the Pine River bridge would stay "
         "shut.\n\nThe Dakota Department of Transportation said repairs would take a month.",
         "Pine River", "Dakota Department of Transportation"),
    ],
)  # fmt: skip
def test_officials_of_a_body_the_article_names_are_its_unnamed_sources(
    body: str, snippet: str, affiliation: str
) -> None:
    claim = _one(body, snippet)
    assert (claim.sourcing, claim.affiliation) == ("anonymous", affiliation)


@pytest.mark.parametrize(
    ("body", "snippet", "affiliation"),
    [
        ("Velmora Systems will cut 300 jobs in March, company officials said on Tuesday.",
         "300 jobs", "Velmora Systems"),
        ("Strell Robotics will postpone its listing until October, company officials said on "
         "Friday.\n\nStrell Robotics is one of three companies chosen by the Defence Ministry to "
         "build drones.", "until October", "Strell Robotics"),  # (a company by what the
        # article calls it)
        ("Strell Robotics will postpone its listing until October, company officials said on "
         "Friday.\n\nStrell Robotics is among three firms picked by the Defence Ministry to "
         "build drones.", "until October", "Strell Robotics"),  # (one "among" a set of firms)
        ("Dovecote Analytics will cut 80 jobs, firm executives said on Monday.\n\nDovecote "
         "Analytics is among the largest data companies in Wales.", "80 jobs",
         "Dovecote Analytics"),
        ("Queues at the border crossings have tripled, according to the national body that "
         "operates them, the Pasqual Frontier Authority.\n\nIn a briefing on Thursday, "
         "authority officials declined to say whether 25 extra guards had been hired.",
         "25 extra guards", "Pasqual Frontier Authority"),
        ("Queues at the border crossings have tripled, according to the national agency that "
         "operates them, the Pasqual Frontier Authority.\n\nIn a briefing on Thursday, agency "
         "officials would not say whether 25 extra guards had been hired.", "25 extra guards",
         "Pasqual Frontier Authority"),  # ("would not say whether": a refusal, convention 28;
        # "Queues" opening the lede, a plural common noun, is no second body of the kind)
        ("Passport renewals now take eleven weeks, twice the target the Orland Border Agency "
         "set itself in 2024.\n\nAsked at a hearing on Monday how many staff were off sick, "
         "agency officials would not say.", "how many staff", "Orland Border Agency"),
        ("Holm Retail will close 20 stores.\n\nCompany executives would not say which towns "
         "would lose one.", "which towns", "Holm Retail"),
    ],
)  # fmt: skip
def test_staff_of_a_kind_are_the_one_body_of_that_kind_the_article_names(
    body: str, snippet: str, affiliation: str
) -> None:
    claim = _one(body, snippet)
    assert (claim.sourcing, claim.affiliation) == ("anonymous", affiliation)  # convention 20


@pytest.mark.parametrize(
    ("body", "snippet", "affiliation"),
    [
        ("Passport renewals now take eleven weeks, twice the target the Orland Border Agency "
         "set itself in 2024.\n\nAgency officials would not tell a hearing on Monday how many "
         "staff were off sick.", "how many staff", "Orland Border Agency"),
        ("The Tarrant Valley District Council approved 300 new homes on Tuesday.\n\nCouncil "
         "officials said the first 40 would be built by 2027.", "first 40",
         "Tarrant Valley District Council"),
        ("Bus fares in the region rose 9% after the Kessock Transport Authority cut its grant "
         "in March.\n\nAuthority officials declined to say whether 12 routes would close.",
         "12 routes", "Kessock Transport Authority"),
    ],
)  # fmt: skip
def test_staff_of_a_kind_opening_a_sentence_are_the_one_body_of_that_kind(
    body: str, snippet: str, affiliation: str
) -> None:
    """A body's kind capitalised only because it opens the sentence ("Agency officials …")
    is the kind, as "agency officials" mid-sentence: the one body of it the article names
    (grammar._capitalised_kind), never a body called "Agency"."""
    claim = _one(body, snippet)
    assert (claim.sourcing, claim.affiliation) == ("anonymous", affiliation)


def test_staff_of_a_kind_opening_a_sentence_with_two_bodies_of_it_stay_a_group() -> None:
    body = (
        "The Ulvik Water Agency and the Harth Land Agency both lost staff in 2025.\n\n"
        "Agency officials said 90 posts would not be filled."
    )
    claim = _one(body, "90 posts")
    assert (claim.sourcing, claim.affiliation) == ("unattributed", None)


@pytest.mark.parametrize(
    "body",
    [
        "Grell Foods will close two plants in May, company officials said.\n\n"
        "Its rival Ostby Farms Ltd said it would hire 200 workers.",  # (two companies)
        "Brenn Dynamics said on Monday that it would build 40 rockets a year.\n\n"
        "Company executives said the plant would open in 2027.",  # (not shown a company)
        "Both Velmora Insurance and Tarn Home put up premiums in the spring."
        "\n\nTarn Home wants a 30% rise. Company officials said it was needed to stay "
        "viable.",  # (two companies)
        pytest.param(
            "Premiums went up this spring at two big home insurers, Velmora Insurance and Tarn "
            "Home.\n\nTarn Home wants a 30% rise. Company officials said it was needed to stay "
            "viable.",
            marks=pytest.mark.xfail(
                strict=True,
                reason="two companies apposed to a plural noun "
                "after a preposition: 'company officials' are tied to the "
                "first of them",
            ),
        ),
    ],
)
def test_staff_of_a_kind_with_no_one_body_of_that_kind_stay_a_group(body: str) -> None:
    claim = _one(body, "ompany ")
    assert claim.sourcing == "unattributed"


@pytest.mark.parametrize(
    "body",
    [
        "Security officials said 14 people were detained near the border on Monday.",
        "About 900 people left their homes near the dam, county officials said.\n\n"
        "Sawtell County and Marsh County opened shelters.",  # (two counties: which one?)
    ],
)
def test_officials_of_no_named_body_stay_a_group_at_large(body: str) -> None:
    assert _one(body, "people").sourcing == "unattributed"


def test_initials_the_article_defines_in_brackets_are_the_name_before_them() -> None:
    body = (
        "The England and Wales Netball Federation (EWNF) confirmed on Monday that shooter Ama "
        "Reade would miss the tour.\n\nThe EWNF said Reade, 26, would be out for four months."
    )
    assert _one(body, "four months").speaker == "England and Wales Netball Federation"
    assert _one(body, "miss the tour").speaker == "England and Wales Netball Federation"


def test_a_lede_s_body_by_a_common_noun_is_the_one_speaking_next() -> None:
    body = (
        "Colleges warn of cuts\n\n"
        "Regional colleges could shed 900 jobs next year as funding falls, an industry group "
        "has warned.\n\nThe Association of Welsh Colleges says its members expect to lose 40 "
        "million pounds."
    )
    claim = _one(body, "900 jobs")
    assert (claim.speaker, claim.sourcing) == ("Association of Welsh Colleges", "named")


def test_a_party_s_initials_after_a_person_define_no_name() -> None:
    body = (
        "Morven Laird (SNP) asked the minister about the ferry contract.\n\n"
        "The SNP said the contract had cost taxpayers £250m."
    )
    assert _one(body, "£250m").speaker == "SNP"


def test_initials_defined_after_a_title_are_the_body_s_name() -> None:
    body = (
        "Senator Ann Lee of the Growers Party (GP) tabled the bill.\n\n"
        "The GP said the bill would cut costs by 12%."
    )
    assert _one(body, "12%").speaker == "Growers Party"


def test_which_it_says_after_a_person_is_not_that_person_s() -> None:
    body = "Dana Kerr praised the council's new plan, which it says will build 400 homes."
    assert _one(body, "400 homes").speaker != "Dana Kerr"


def test_a_lede_s_unnamed_body_is_not_the_body_the_lede_names() -> None:
    body = (
        "Greyline will cut 40 bus routes next year, a passenger group has warned.\n\n"
        "Greyline said the cuts would save £12m a year."
    )
    claim = _one(body, "40 bus routes")
    assert (claim.speaker, claim.sourcing) == ("a passenger group", "anonymous")


@pytest.mark.parametrize(
    ("body", "snippet"),
    [
        ("Floods closed 40 roads on Monday, according to the news agency Vestpress.\n\n"
         "The Coastal Environment Agency issued 12 flood warnings overnight. The agency "
         "said rivers would peak on Tuesday.", "rivers would peak"),
        ("Kavo Motors recalled 10,000 cars last week after brake failures.\n\n"
         "The watchdog said it had received 300 complaints about the cars.", "300 complaints"),
        ("Brenmoor Airport recorded 31C on Sunday, its hottest day since 1976. The forecaster "
         "said temperatures would fall to 22C by Wednesday.", "22C"),
    ],
)  # fmt: skip
def test_a_descriptor_is_never_a_body_it_does_not_fit(body: str, snippet: str) -> None:
    assert _one(body, snippet).speaker not in ("Vestpress", "Kavo Motors", "Brenmoor Airport")


@pytest.mark.parametrize(
    "body",
    [
        "The Fire Brigades Union said crews were stretched thin.\n\n"
        "The blaze was 40% contained by Tuesday evening, fire officials said.",
        "The World Health Organization has warned of a rise in measles.\n\n"
        "Fourteen children in Carrow are in hospital, health officials said.",
    ],
)
def test_officials_are_never_a_members_body_named_after_their_field(body: str) -> None:
    assert _one(body, "officials said").affiliation is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Researchers at Carrow University lost 40% of their funding after grants were cut.",
        "Analysts at Pellworth Capital lost their bonuses after the fund fell 30% in 2025.",
    ],
)
def test_experts_at_a_body_are_not_it_in_what_happens_to_them(sentence: str) -> None:
    assert _one(sentence, "at ").sourcing == "none"


# --- session 10: the article's own cast over the nearest name (invented sentences) ---------


def test_the_club_is_never_a_league_named_beside_it() -> None:
    body = (
        "Kelbury Town sack manager Dunmore after nine defeats\n\n"
        "Nine defeats in a row have left Kelbury Town bottom of League One, and they dismissed "
        "manager Ian Dunmore on Sunday.\n\n"
        "His assistant will take the team for the next three games, the club said."
    )
    assert _one(body, "His assistant").speaker == "Kelbury Town"


def test_the_club_is_the_lede_s_subject_the_recogniser_missed_not_the_league() -> None:
    """``Engine._lede_subject``: the club opens the lede untagged, the only organisation named
    is the league; "the club" is the lede's subject (with the rule off it stays "club")."""
    body = (
        "Harcombe Town have been docked 12 points by League Two for paying their players "
        "late.\n\n"
        "The club said it would appeal against the penalty."
    )
    assert _one(body, "appeal").speaker == "Harcombe Town"


@pytest.mark.xfail(strict=True, reason="a club as the subject of 'have dismissed manager X' with "
                   "an aside after the name is typed a person (the dismissal gets it as speaker), "
                   "and 'the club' then finds nobody")  # fmt: skip
def test_the_club_that_dismissed_its_manager_is_the_club() -> None:
    body = (
        "Kelbury Town have dismissed manager Ian Dunmore, with the side bottom of League One "
        "after nine defeats in a row.\n\n"
        "His assistant will take the team for the next three games, the club said."
    )
    assert _one(body, "His assistant").speaker == "Kelbury Town"


def test_the_council_is_never_a_trust_named_before_it() -> None:
    body = (
        "A library in Kelby will close on Fridays after the borough council cut its grant by "
        "£40,000.\n\n"
        "Two posts will be cut, said the Kelby Reading Trust, which manages the building.\n\n"
        "Savings of £1.8m must be found next year, the council said."
    )
    assert _one(body, "Savings of").speaker != "Kelby Reading Trust"


def test_a_name_apposed_to_a_person_s_role_is_a_person() -> None:
    body = (
        "Losing £300,000 would leave a hole in the budget, said the museum's curator, Imogen "
        "Thwaite. She said about 30 local firms relied on the gallery for trade."
    )
    claim = _one(body, "She said")
    assert (claim.speaker, claim.speaker_type) == ("Imogen Thwaite", "person")


@pytest.mark.parametrize(
    ("sentence", "snippet", "name"),
    [
        ("The choir's chairman, Bertrand Vail, said the group had sung in 40 countries.",
         "40 countries", "Bertrand Vail"),
        ("Speaking on Monday, the brewery's spokesman, Lorcan Mede, said output would double by "
         "2027.", "output", "Lorcan Mede"),
    ],
)  # fmt: skip
def test_a_name_the_recogniser_took_for_a_body_apposed_to_a_role_is_a_person(
    sentence: str, snippet: str, name: str
) -> None:
    """``grammar._personal_name``: the recogniser tags these names as organisations; set in
    apposition to a role word they are people (with the rule off: typed an organisation)."""
    claim = _one(sentence, snippet)
    assert (claim.speaker, claim.speaker_type) == (name, "person")


def test_a_lede_s_unnamed_body_by_a_definite_noun_is_the_one_speaking_next() -> None:
    body = (
        "Thousands still without power\n\n"
        "The network operator has said that over 3,000 homes in Kelso are still without power "
        "after the storm.\n\n"
        "Supply has been restored to 14,000 customers since Friday, according to Scotia Power "
        "Networks."
    )
    assert _one(body, "3,000 homes").speaker == "Scotia Power Networks"


def test_organisers_speak_for_the_event_their_sentence_opens_with() -> None:
    body = (
        "The Fenwick Half Marathon will start at the docks in May because of roadworks, "
        "organisers said.\n\n"
        "About 6,000 runners have entered.\n\n"
        "Organisers said entries had risen 9% on last year."
    )
    assert _one(body, "roadworks").speaker == "Fenwick Half Marathon"
    assert _one(body, "9% on last year").speaker == "Fenwick Half Marathon"


def test_organisers_of_nothing_named_stay_a_group() -> None:
    claim = _one("Race organisers said 21,000 runners had started, a record.", "21,000")
    assert (claim.speaker, claim.sourcing) == ("Race organisers", "unattributed")


def test_its_is_the_body_its_sentence_speaks_of_by_its_noun() -> None:
    body = (
        "The Tamsk Book Fair attracted 12,000 guests in 2024.\n\n"
        "The Creative Scotland board said it would cut grants in 2026.\n\n"
        "Stall fees at this year's fair brought in £300,000, according to its published accounts."
    )
    assert _one(body, "Stall fees").speaker == "Tamsk Book Fair"


def test_a_verb_before_a_colon_and_a_quotation_introduces_it() -> None:
    body = 'Ruth Okoro, of the Renters Union, fumed: "Tenants are paying 30% more than in 2024."'
    claim = _one(body, "Tenants")
    assert (claim.speaker, claim.sourcing) == ("Ruth Okoro", "named")


def test_the_suit_is_the_claim_of_whoever_the_article_says_sued() -> None:
    body = (
        "The Lindqvist Tenants Association sued the landlord on Monday over repairs.\n\n"
        "The suit says 40 flats had no heating for 3 months."
    )
    claim = _one(body, "The suit says")
    assert (claim.speaker, claim.sourcing) == ("Lindqvist Tenants Association", "named")


def test_a_suit_nobody_is_said_to_have_brought_names_no_author() -> None:
    claim = _one("The suit says 40 flats had no heating for 3 months.", "The suit says")
    assert claim.sourcing != "named"


def test_a_body_that_counts_is_the_source_of_its_count() -> None:
    claim = _one("The Harbour Renters Union counted 212 evictions in 2025.", "212 evictions")
    assert (claim.speaker, claim.sourcing) == ("Harbour Renters Union", "named")


def test_the_company_is_the_name_the_article_described_as_one() -> None:
    body = (
        "Around 40 pharmacies could not process prescriptions on Tuesday after a faulty patch "
        "from supplier Kelvara, the company has confirmed."
    )
    assert _one(body, "40 pharmacies").speaker == "Kelvara"


@pytest.mark.parametrize(
    ("body", "snippet", "speaker"),
    [
        ("Around 40 pharmacies could not process prescriptions on Tuesday after a faulty patch "
         "from vendor Kelvara, the company has confirmed.", "40 pharmacies", "Kelvara"),
        ("Ticket sales stopped for two hours because of a glitch at vendor Quillon, the firm "
         "said on Monday.", "Ticket sales", "Quillon"),
        ("Bakeries in the north ran short of flour after wholesaler Brannick lost 30 lorries in "
         "a fire. The company expects new stock by June.", "new stock", "Brannick"),
        ("Hundreds of flights were delayed on Friday after an update from distributor Ovenna "
         "failed, the company said.", "Hundreds of flights", "Ovenna"),
    ],
)  # fmt: skip
def test_the_company_is_the_name_the_article_called_by_its_place_in_supply(
    body: str, snippet: str, speaker: str
) -> None:
    """Every noun of a business between maker and user (``cues.SUPPLY_NOUNS``: vendor,
    wholesaler, distributor, not only "supplier") says the name after it is a company's,
    whatever the recogniser took it for; "the company" later is that name."""
    assert _one(body, snippet).speaker == speaker


def test_a_person_called_by_a_trade_of_supply_stays_a_person() -> None:
    """ "Vendor" and "contractor" are a person's trade too (``cues.TRADE_NOUNS``): "Okafor, the
    contractor, says" is hers, as "Okafor, the producer, says"."""
    claim = _one("Okafor, the contractor, says the bridge will open in March.", "bridge")
    assert (claim.speaker, claim.speaker_type) == ("Okafor", "person")


def test_a_reporting_verb_with_a_particle_and_an_object_is_a_deed() -> None:
    body = (
        "A LABOUR councillor charged the council over £2,500 for hotel stays in six months."
        "\n\nTobiah Duvall, 52, put in receipts for 31 nights, invoices show. Figures published "
        "on Friday show at least five of the stays were near his holiday home."
    )
    assert _one(body, "put in receipts").speaker != "Tobiah Duvall"


def test_an_interviewee_s_short_answer_is_a_claim() -> None:
    body = (
        "'We are short of 200 drivers': the bus company's new boss on cancellations\n\n"
        "Sunniva Sova became chief executive of Tindle Buses in 2023. We asked her about the "
        "gaps.\n\n"
        "Did you lose passengers?\n\n"
        "Yes. About 8% switched to trains in the spring, and few came back.\n\n"
        "Was the union right about pay?\n\n"
        "Mostly. We raised wages by 6% in January.\n\n"
        "This interview was edited for length."
    )
    claims = extract_claims(body)
    short = [c for c in claims if c.text in ("Yes.", "Mostly.")]
    assert [(c.text, c.speaker) for c in short] == [("Yes.", "Sunniva Sova"),
                                                     ("Mostly.", "Sunniva Sova")]  # fmt: skip


def test_a_paper_leading_on_what_it_calls_a_report_speaks_itself() -> None:
    body = (
        "The Home Office tells the Argus that talks are continuing.\n\n"
        'The Examiner splashes on what it describes as a "leaked" audit of Kestle Prison, '
        "which it says found 30 unlogged assaults in 2024."
    )
    assert _one(body, "The Examiner splashes").speaker == "Examiner"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("On its front page the i says the Coastal Flood Board expects 90 sea walls to need "
         "repairs this winter.", "Coastal Flood Board"),
        ("Separately, the i says it has obtained data showing rents climbed 11% last year.",
         "The i"),
    ],
)  # fmt: skip
def test_the_i_is_a_paper_whatever_its_case(sentence: str, speaker: str) -> None:
    assert _one(sentence, "the i says").speaker == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "The Greens issued a statement late on Monday saying they had taken 40 seats.",
        "On Monday the Greens put out a statement saying they had won 40 seats.",
    ],
)
def test_a_statement_put_out_and_spelled_out_is_its_issuer_s(sentence: str) -> None:
    claim = _one(sentence, "40 seats")
    assert (claim.speaker, claim.sourcing) == ("Greens", "named")


def test_a_letter_is_the_group_that_wrote_it_never_the_paper_that_saw_it() -> None:
    body = (
        "The Argus says that three former police chiefs wrote to the home secretary on Monday. "
        "The letter, seen by the Argus, says 2,000 officers could go."
    )
    claim = _one(body, "The letter")
    assert (claim.speaker, claim.sourcing) == ("three former police chiefs", "unattributed")


@pytest.mark.parametrize(
    ("letter", "group"),
    [
        ("The letter, obtained by the paper, warns", "six retired surgeons"),
        ("Their letter, which the paper has seen, warns", "six retired nurses"),
    ],
)
def test_a_letter_is_its_writers_by_other_nouns_and_a_possessive(letter: str, group: str) -> None:
    """Whoever writes "to" someone wrote the letter, whatever their trade's noun (a plural
    subject the lexicon does not list is still a group: ``Reader._note_letter``), and "their
    letter" is theirs, never the paper's that saw it (``Reader._noted_author``)."""
    body = (
        f"{group[0].upper()}{group[1:]} have written to the health minister, the Argus reports, "
        f"urging her to keep the ward open. {letter} that 40 beds could close."
    )
    claim = _one(body, "40 beds")
    assert ((claim.speaker or "").lower(), claim.sourcing) == (group, "unattributed")


@pytest.mark.parametrize(
    ("body", "snippet", "group"),
    [
        ("Four hundred dockworkers have written to the port's owners, the Courier reports. The "
         "letter, which the Courier has seen, claims that 9 cranes are unsafe.", "9 cranes",
         "Four hundred dockworkers"),
        ("In March eleven retired pilots wrote to the transport secretary about safety. Their "
         "letter, seen by the Courier, says 6 runways need urgent repairs.", "6 runways",
         "retired pilots"),
    ],
)  # fmt: skip
def test_a_letter_is_its_writers_in_other_orders(body: str, snippet: str, group: str) -> None:
    claim = _one(body, snippet)
    assert (group in (claim.speaker or ""), claim.sourcing) == (True, "unattributed")


def test_the_data_is_the_author_of_the_figures_named_before() -> None:
    body = (
        "Pupil absence in Wales fell again in the autumn, according to Welsh Government "
        "figures.\n\n"
        "Headteachers said the gains were fragile.\n\n"
        "Nearly one pupil in eight missed a day in November, the data shows."
    )
    assert _one(body, "one pupil in eight").speaker == "Welsh Government"


@pytest.mark.parametrize(
    "sentence",
    [
        "Overnight the Rivers Agency issued warnings for 21 rivers in the south-east.",
        "The Halden Weather Institute issued a code amber weather warning for snow on Friday.",
    ],
)
def test_a_body_issuing_warnings_speaks(sentence: str) -> None:
    claim = _one(sentence, sentence[:12])
    assert claim.sourcing == "named" and claim.speaker is not None
    assert claim.speaker in sentence


def test_its_document_is_its_sentence_s_subject_whatever_the_recogniser_said() -> None:
    body = (
        "Lender Ostmark agreed to buy rival Velmar Kredit for 2 billion euros, chief executive "
        "Anton Kessler said on Monday.\n\n"
        "Velmar Kredit has 1.2 million customers and 900 staff, according to its annual report."
    )
    assert _one(body, "1.2 million customers").speaker == "Velmar Kredit"


def test_a_name_quoted_saying_i_is_a_person_whatever_the_recogniser_said() -> None:
    body = (
        "Renault won the sprint stage on Friday, with race leader Tom Reuter third.\n\n"
        '"I was scared in the last corner, but I knew Reuter had nothing left," Renault told '
        "reporters. He said his team had planned the sprint for 200 metres."
    )
    assert _one(body, "He said his team").speaker == "Renault"
    assert _one(body, "I was scared").speaker_type == "person"


def test_a_lede_s_office_is_never_a_later_holder_of_another_body_s_office() -> None:
    body = (
        "Mayor steps down\n\n"
        "The mayor of Brockmere has stepped down, saying he was unable to justify a £7m "
        "overspend.\n\n"
        "An audit of 9 contracts will be sought, the opposition Liberal group said. "
        '"The town deserves the truth," said group leader Nell Brannick.'
    )
    assert _one(body, "stepped down").speaker != "Nell Brannick"


def test_a_descriptor_is_not_a_body_described_before_another_one_spoke() -> None:
    body = (
        "Kelby said profits rose 12%, ahead of its rival company Tarnwell.\n\n"
        "Kelby shares rose 4%. The company said it would hire 300 engineers."
    )
    assert _one(body, "300 engineers").speaker != "Tarnwell"


def test_a_source_line_closing_a_news_story_makes_no_release() -> None:
    body = "Carrow saw the county's steepest rise in rents last year, 12%.\n\nSOURCE Wirepress"
    assert _one(body, "12%").speaker != "Wirepress"


def test_we_spoke_to_them_makes_no_interview_of_the_first_name() -> None:
    body = (
        "Carrow council leader Ines Marr wants a 9% rise in council tax. Residents are angry, "
        "and we spoke to them on Monday.\n\nWhy is tax rising?\n\n"
        "The council's grant fell by £12m this year.\n\nWho will pay most?\n\n"
        "Band D homes will pay about £160 more a year."
    )
    assert _one(body, "£160").speaker != "Ines Marr"


@pytest.mark.parametrize(
    ("body", "snippet", "speaker"),
    [
        ("Only two ferries are sailing this morning.\n\n"
         "WfD now says the harbour will reopen at noon.\n\n"
         "Water for Dunmore's live map shows queues at both piers.",
         "WfD now", "Water for Dunmore"),
        ("Stroke Ross Kell will miss the season with a shoulder injury, according to the "
         "Scotland and Ireland Rowing Union.\n\nThe SRU said Kell, 24, would need surgery on "
         "his shoulder.",
         "The SRU", "Scotland and Ireland Rowing Union"),
        ("More than 40,000 homes lost power, according to Northern Power Company of Kentucky."
         "\n\nNPK said crews from three states were on their way.",
         "NPK said", "Northern Power Company of Kentucky"),
    ],
)  # fmt: skip
def test_initials_are_the_one_name_the_article_spells_out_anywhere(
    body: str, snippet: str, speaker: str
) -> None:
    claim = _one(body, snippet)
    assert (claim.speaker, claim.speaker_type) == (speaker, "organisation")


@pytest.mark.parametrize(
    ("body", "snippet", "speaker"),
    [
        ("The Eastern Cycling Board and the Estuary Canoe Board met on Monday.\n\n"
         "The ECB said 12 races would be cancelled this summer.", "The ECB", "ECB"),
        ("Cllr Rhea Talvi said rural pupils could not get to school on time.\n\n"
         "The operator, Varrow Coaches, has offered to lay on two extra buses before nine. "
         "The company said it would publish new times in April.",
         "The company said", "Varrow Coaches"),
        ("Cllr Rhea Talvi said rural pupils could not get to school on time.\n\n"
         "The contractor, Varrow Minibuses, has offered to lay on two extra buses before nine. "
         "The company said it would publish new times in April.",
         "The company said", "Varrow Minibuses"),  # (a business by its place in supply,
        # cues.SUPPLY_NOUNS, as "The operator, Varrow Coaches,")
        # invented: other businesses by their place in supply (SUPPLY_NOUNS), other order
        ("The county hired a subcontractor, Brill Tarmac, to fill the potholes.\n\n"
         "Brill Tarmac said the work would take six weeks.\n\n"
         "The company said it had 40 crews on the roads.", "40 crews", "Brill Tarmac"),
        ("Shops ran short of flour in March.\n\nThe wholesaler, Orrin Marsh, said deliveries "
         "were back to normal. The company said it had hired 30 drivers.", "30 drivers",
         "Orrin Marsh"),
    ],
)  # fmt: skip
def test_initials_are_never_a_person_and_two_names_that_fit_say_nothing(
    body: str, snippet: str, speaker: str
) -> None:
    assert _one(body, snippet).speaker == speaker


@pytest.mark.parametrize(
    ("body", "snippet", "speaker"),
    [
        # a headline's descriptor and the body the lede names; a synonym of it later
        ("Parcel firms missed delivery targets, watchdog finds\n\n"
         "Most parcel firms missed their delivery targets last year, the Postal Standards "
         "Commission has said.\n\n"
         "The postal regulator found that one in four parcels arrived late in December.",
         "The postal regulator", "Postal Standards Commission"),
        # a lede's descriptor named in the next paragraph, and the noun again later
        ("The further education regulator has found that a dozen colleges or more expect to run "
         "a deficit.\n\nIn its annual report, the Office for Colleges says reserves fell by 8%.\n\n"
         "A list of colleges at risk will be published in May, the regulator said.",
         "A list of colleges", "Office for Colleges"),
        ("A fine of 40 million euros was imposed on the app maker Pixlo by Valdoria's data "
         "regulator on Tuesday.\n\n"
         "The Digital Privacy Commission said Pixlo had kept children's data for years.\n\n"
         "Pixlo said it would appeal.\n\n"
         "The firm has three months to delete the data, the regulator said.",
         "three months to delete", "Digital Privacy Commission"),
        # a name set right after the descriptor is the speaker
        ("The industry group BVRA said its members had lost over £12m to fraud in 2024.",
         "The industry group", "BVRA"),
        # a name that ends with a synonym of the noun
        ("Three men were arrested in Dunmore on Sunday, Kent Valley Police said.\n\n"
         "The force said two of them had been released on bail.",
         "The force said", "Kent Valley Police"),
        # "the" + capitalised words that rank or place a body + its noun
        ("Plans for a new stadium at Dunmore Athletic are on hold since the club's lender "
         "pulled £90m.\n\nIn a statement, the Premiership club confirmed that the lender had "
         "pulled out.",
         "the Premiership club", "Dunmore Athletic"),
    ],
)  # fmt: skip
def test_a_descriptor_is_the_one_body_of_the_cast_tied_to_it(
    body: str, snippet: str, speaker: str
) -> None:
    claim = _one(body, snippet)
    assert (claim.speaker, claim.sourcing) == (speaker, "named")


@pytest.mark.parametrize(
    ("body", "snippet", "speaker"),
    [
        # the body the lede's own sentence names is not the one that described it
        ("Acme Foods will pay a £5m fine, the regulator said.\n\n"
         "Acme Foods said it accepted the ruling.\n\n"
         "The regulator said it would monitor the firm for two years.",
         "The regulator said it", "regulator"),
        # two bodies tied to the noun: which one is not said
        ("Three men were arrested, Kent Valley Police said.\n\nTwo more were held in Essex, "
         "Essex Coast Constabulary said.\n\nThe force said all five had been released.",
         "all five", "force"),
        # a descriptor after the article named a source describes no body to come
        ("Two teenagers were arrested at the quarry on Sunday night, the Dunmore County "
         "Sheriff's Office said.\n\nOne had a broken wrist, police said.\n\nBrenning "
         "Aggregates, which owns the quarry, said its fence had been cut in three places.",
         "broken wrist", "police"),
    ],
)  # fmt: skip
def test_a_descriptor_no_one_body_is_tied_to_stays_as_written(
    body: str, snippet: str, speaker: str
) -> None:
    assert _one(body, snippet).speaker == speaker


@pytest.mark.parametrize(
    ("answer", "snippet", "speaker"),
    [
        ("According to the National Vaccine Institute, a second dose lifts protection to about "
         "95%.", "a second dose", "National Vaccine Institute"),
        ("We are lucky: 300 bakeries shut last year, says the Master Bakers Association.",
         "We are lucky", "Master Bakers Association"),
        ("According to figures from the Dairy Statistics Board, forty farms closed in 2025.",
         "forty farms", "Dairy Statistics Board"),
        pytest.param(
            "Forty farms closed in 2025, figures from the Dairy Statistics Board show.",
            "Forty farms", "Dairy Statistics Board",
            marks=pytest.mark.xfail(strict=True, reason="a trailing '…, figures from X show' is "
                                    "no attribution: the answer stays the interviewee's"),
        ),
    ],
)  # fmt: skip
def test_a_body_an_answer_cites_by_name_is_the_source(
    answer: str, snippet: str, speaker: str
) -> None:
    body = (
        "Ten questions for the harbour master\n\n"
        "Tomas Ekberg has run Varde harbour since 2019. He spoke to us about fees.\n\n"
        "Q: How bad is it?\n\n"
        f"A: {answer}\n\n"
        "Q: Will the ferry berth close?\n\n"
        "A: The berth closes for 6 weeks in October."
    )
    assert _one(body, snippet).speaker == speaker
    assert _one(body, "The berth").speaker == "Tomas Ekberg"


@pytest.mark.parametrize(
    ("body", "snippet", "speaker"),
    [
        ("The nurses' union Carewell has issued a statement blaming the health board for the "
         "strike. It says managers scrapped a deal on night shifts agreed in 2021.",
         "It says", "Carewell"),
        ("Harbour Foods cut 300 jobs at its Dunmore plant after orders from Kestrel Retail fell "
         "by a third.\n\nIt said the plant would stay open until at least 2027.",
         "It said", "Harbour Foods"),
    ],
)  # fmt: skip
def test_it_opening_a_sentence_is_the_body_the_sentence_before_was_about(
    body: str, snippet: str, speaker: str
) -> None:
    assert _one(body, snippet).speaker == speaker


_POLICE_RELEASE = (
    "Appeal after woman hurt in Larkfield robbery\n\n"
    "Published 2 December 2026 | Westvale Police\n\n"
    "{appeal} following a robbery in Larkfield in which a woman suffered serious injuries.\n\n"
    "Officers were sent to Mill Lane shortly after 9pm on Friday.\n\n"
    "The two men ran off towards the station.\n\n"
    '"The victim is still badly shaken," said Detective Sergeant Omar Reade.'
)


@pytest.mark.parametrize(
    "appeal",
    ["Detectives are appealing for information", "Officers are appealing for witnesses",
     "Police have been appealing for dashcam footage"],
)  # fmt: skip
def test_a_police_release_is_the_forces_in_every_sentence_with_no_source(appeal: str) -> None:
    body = _POLICE_RELEASE.format(appeal=appeal)
    for snippet in (appeal[:12], "Officers were sent", "The two men"):
        claim = _one(body, snippet)
        assert (claim.speaker, claim.speaker_type) == ("Westvale Police", "organisation")
    assert _one(body, "Detective Sergeant").speaker == "Omar Reade"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("After a pensioner was knocked down in Dunmere on Friday night, police are appealing "
         "for dashcam footage.\n\n"
         "A grey van struck the woman at 7pm, Carrow and Tamsey Police said.\n\n"
         "She was taken to Dunmere General with a broken hip.", "Carrow and Tamsey Police"),
        ("Following a fire at a Brelby shop, detectives are appealing for information.\n\n"
         "The fire started at 2am, Mardale Constabulary said.\n\n"
         "The shop was badly damaged.", "Mardale Constabulary"),
        ("After a man was hurt in a crash in Fenby, officers are appealing for help.\n\n"
         "The crash happened at about 5pm on Tuesday.\n\n"
         "Anyone who saw it should call Fenby Police or Marsh Constabulary.", None),
    ],
)  # fmt: skip
def test_a_report_of_a_police_appeal_gives_the_force_the_appeal_alone(
    body: str, speaker: str | None
) -> None:
    assert _one(body, "appealing").speaker == speaker  # (two forces named: unsure, nobody)
    last = body.rsplit("\n\n", 1)[-1]  # (the police quoted as a source: no release)
    assert _one(body, last[:12]).speaker is None


@pytest.mark.parametrize(
    "appeal",
    ["Police in Dunmere are appealing for dashcam footage of a collision that injured a "
     "pensioner.",
     "Detectives investigating the collision in Dunmere are appealing for information.",
     # the police subject of the verb in other shapes: a relative clause after it and the
     # appeal as a noun ("have issued an appeal"); the past tense with a time between
     "Officers who attended the crash at a Brellow Quay junction have issued an appeal for "
     "witnesses.",
     "Detectives from the county's major crime unit appealed on Monday for help tracing a "
     "missing driver."],
)  # fmt: skip
def test_an_appeal_whose_police_subject_has_a_phrase_after_it_is_the_forces(appeal: str) -> None:
    """An appeal is read by the police subject of "appeal" in the parse
    (``attribution._appeal_by_police``), not by a police word right before "are appealing"."""
    body = f"{appeal}\n\nA grey van struck the woman at 7pm, Carrow and Tamsey Police said."
    assert _one(body, appeal[:24]).speaker == "Carrow and Tamsey Police"


def test_police_appealing_against_a_ruling_make_no_appeal_to_the_public() -> None:
    """ "Police appealed against the sentence": a court's appeal (the verb with no "for" and
    not in the progressive), so the article is no police appeal and its lede no claim of the
    force's."""
    body = (
        "Officers in Orlin appealed against the sentence given to a speeding driver.\n\n"
        "The driver was jailed for two years, Fenmoor Constabulary said."
    )
    assert _one(body, "Officers in Orlin").speaker is None


_RELEASE_AT_FOOT = (
    "Woman charged after Brellow Quay burglary\n\n"
    "A woman has been charged after a burglary at a shop in Brellow Quay on Tuesday.\n\n"
    "{officers} found a broken window at the shop at about 3am.\n\n"
    "Hours later a woman of 41 was detained close by and charged with burglary.\n\n"
    "Bail was refused and she appears before Orlin magistrates today.\n\n"
    "{last}"
)
_CONTACT_LINE = (
    "Those who saw a car near the shop that night are urged to call 0800 555 111 at once."
)


@pytest.mark.parametrize(
    ("officers", "force"),
    [("Officers from Harbour Vale Police District", "Harbour Vale Police District"),
     ("Officers from Fenmoor Constabulary", "Fenmoor Constabulary"),
     ("KVSO deputies", "KVSO")],
)  # fmt: skip
def test_a_police_release_closing_on_its_contact_line_is_the_forces(
    officers: str, force: str
) -> None:
    body = _RELEASE_AT_FOOT.format(officers=officers, last=_CONTACT_LINE)
    for snippet in ("A woman has been", officers[:10], "Hours later", "Bail was refused"):
        claim = _one(body, snippet)
        assert (claim.speaker, claim.speaker_type) == (force, "organisation")


@pytest.mark.parametrize(
    "change",
    [
        ("Bail was refused", 'Her neighbour said: "Bail was refused'),  # (a quotation)
        ("Bail was refused", "Fenmoor Constabulary said bail was refused"),
        ("Officers from Fenmoor Constabulary", "Fenmoor Constabulary officers, with Tarn Police,"),
        (_CONTACT_LINE, "The shop reopened on Wednesday."),  # (no contact line at the foot)
        ("burglary\n\n", "burglary\n\nBy Ines Varga, Crime Reporter\n\n"),  # (a byline)
        ("A woman has been", "BRELLOW QUAY, England (AP) - A woman has been"),  # (a wire's)
    ],
)
def test_a_crime_report_ending_on_a_contact_line_stays_the_writers(
    change: tuple[str, str],
) -> None:
    officers = "Officers from Fenmoor Constabulary"
    body = _RELEASE_AT_FOOT.format(officers=officers, last=_CONTACT_LINE).replace(*change)
    assert _one(body, "Hours later").speaker is None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Bus fares will rise by 8% in April, Bath and North East Somerset Council said.",
         "Bath and North East Somerset Council"),
        ("Devon and Cornwall Police said on Friday that rural burglaries had fallen by a tenth.",
         "Devon and Cornwall Police"),
        ("Forty officers will move to Dover, the Home Office and Kent Police said.", "Home Office"),
    ],
)  # fmt: skip
def test_a_body_name_the_recogniser_cut_at_and_is_made_whole(sentence: str, speaker: str) -> None:
    assert _one(sentence, sentence[:12]).speaker == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Carrow's new mayor said on Monday that harbour fees would rise by 12% in April.\n\n"
         "The mayor, Ellen Quarry, said 40 ships docked in May.", "Ellen Quarry"),
        ("In his annual report, the Care Homes Ombudsman said complaints had doubled since 2024."
         "\n\nThe ombudsman, Peter Rallings, said some residents waited nine hours for help.",
         "Peter Rallings"),
        ("Overtime cost the brigade $2 million last year, Dunmore's new fire chief told "
         "councillors on Tuesday.\n\n"
         '"We cannot run a service like this," Chief Alma Reyes told the council.', "Alma Reyes"),
        ("In his annual report, the Care Homes Ombudsman said complaints had doubled since 2024."
         "\n\nThe ombudsman, Peter Rallings, said residents waited nine hours.\n\n"
         "In Scotland, Ombudsman Jane Holt said 40 homes had closed.", "Care Homes Ombudsman"),
        ("The deal will be vetoed by his government, Norway's prime minister warned on Monday."
         "\n\n"
         '"We will not sign a blank cheque," Danish Prime Minister Lars Vinter told reporters.',
         "Norway's prime minister"),
    ],
)  # fmt: skip
def test_an_office_is_the_one_person_the_article_introduces_in_it(body: str, speaker: str) -> None:
    claim = _one("Fees and complaints\n\n" + body, body[:12])  # (two ombudsmen, another
    # country's minister: the office as written)
    assert claim.speaker == speaker


def test_a_police_release_naming_its_force_only_where_to_call_is_the_forces() -> None:
    body = (
        "Police are looking for witnesses to a hit-and-run that left a moped rider hurt in "
        "Brelby on Sunday.\n\n"
        "Its driver sped away without stopping.\n\n"
        "Detectives have spoken to several shoppers who saw the collision.\n\n"
        "Those who saw the crash can ring Mardale Police, quoting incident 4412."
    )
    for snippet in ("Its driver sped", "Detectives have"):
        assert _one(body, snippet).speaker == "Mardale Police"


def test_a_pronoun_points_at_the_person_the_sentence_before_was_about() -> None:
    """After an unnamed spokeswoman, a named woman leads a sentence with no words of hers:
    the next "she told" is hers, and so is the quote continued after it."""
    body = (
        "Floodwater reached 40 homes on Mill Street overnight, Dunby Council said. The river "
        "rose faster than forecast, a council spokeswoman added. Aisha Rahman opened her "
        "bakery at five to find the water at her counter.\n\n"
        '"It came in under the door in minutes," she told Radio Dunby. "We lost a week of '
        'flour."'
    )
    assert (_one(body, "under the door").speaker, _one(body, "under the door").sourcing) == (
        "Aisha Rahman", "named")  # fmt: skip
    assert _one(body, "a week of flour").speaker == "Aisha Rahman"
    assert _one(body, "river rose faster").sourcing == "anonymous"


def test_a_release_issuer_by_its_about_heading_and_cut_before_its_suffix() -> None:
    """A release whose "About X" paragraph opens on X and a verb other than "is" names its
    issuer; the first sentence's "X LLC" the recogniser cut is X, and the release's
    follow-on facts are X's."""
    body = (
        "Brightfen Solar Opens Plant in Nevada\n\n"
        "RENO, Nev., Dec. 3, 2026 /Business Wire/ -- Brightfen Solar LLC today announced the "
        "start of commercial operation at its Dry Lake plant, a 200-megawatt site.\n\n"
        "Building the plant took 14 months, cost $300 million and created 90 jobs.\n\n"
        "About Brightfen Solar\n\n"
        "Brightfen Solar builds and runs solar farms in Nevada and Utah.\n\n"
        "Media contact: Ann Roe, press@brightfen.example\n"
    )
    for snippet in ("Brightfen Solar LLC today", "created 90"):
        claim = _one(body, snippet)
        assert (claim.speaker, claim.sourcing) == ("Brightfen Solar", "named"), snippet


def test_a_lede_descriptor_with_a_capitalised_qualifier_is_the_body_named_next() -> None:
    """ "the City watchdog has found" in a lede is the body that speaks in the next paragraph,
    and so is "the regulator" after it (not "City watchdog" as a name of its own)."""
    body = (
        "Loyal drivers overcharged £45m, watchdog says\n\n"
        "By Pia Marlowe, Consumer Editor\n\n"
        "Car insurers charged long-standing customers more than new ones at renewal, the City "
        "watchdog has found, at a cost to drivers of about £45 million in 2025.\n\n"
        "The Insurance Practices Office said on Thursday, in a report on renewal pricing, that "
        "several insurers had ignored its rules.\n\n"
        "Every firm involved will be contacted by March, the regulator said."
    )
    for snippet in ("Car insurers charged", "Every firm involved"):
        claim = _one(body, snippet)
        assert (claim.speaker, claim.sourcing) == ("Insurance Practices Office", "named"), snippet


@pytest.mark.parametrize(
    "sentence",
    [
        "Asked about the 40 closures, a spokesman for Harbour Grill, Miles Dunn, declined to "
        "comment.",
        "A spokeswoman for Okoro's Kitchen, Ruth Abara, said all 12 sites would close.",
    ],
)
def test_a_spokesperson_named_after_whom_they_speak_for_is_named(sentence: str) -> None:
    """The name apposed to the body a spokesperson speaks for is the spokesperson's, also
    when the body's name looks like a person's ("Harbour Grill", "Okoro's Kitchen")."""
    claim = _one(sentence, sentence[:20])
    assert claim.sourcing == "named"
    assert claim.speaker in ("Miles Dunn", "Ruth Abara")


@pytest.mark.parametrize(
    ("sentence", "pollster"),
    [
        ("Economists polled by Reuters had expected growth of 0.3% in the quarter.", "Reuters"),
        ("Analysts polled by Halden Data had expected a loss of 4 million euros.",
         "Halden Data"),
    ],
)  # fmt: skip
def test_a_group_polled_by_a_named_pollster_is_the_pollsters_claim(
    sentence: str, pollster: str
) -> None:
    """Whoever polled the analysts published their forecast: the poll's author (33)."""
    claim = _one(sentence, sentence[:20])
    assert (claim.speaker, claim.sourcing) == (pollster, "named")


def test_a_name_with_an_age_after_an_opener_speaks() -> None:
    """ "In a post on Instagram, Varley, 47, said …": the parser hangs the name on the
    opener's noun and leaves the verb with no subject; the aged name is the speaker."""
    body = (
        "TV chef Tom Varley's chain has collapsed.\n\n"
        "In a post on Instagram, Varley, 47, said the chain had lost £2m this year."
    )
    claim = _one(body, "In a post")
    assert (claim.speaker, claim.sourcing) == ("Tom Varley", "named")


@pytest.mark.parametrize(
    ("body", "sourcing", "speaker"),
    [
        ("Interstate 90 reopened after a 30-car crash, Montana Highway Patrol said.\n\n"
         "Troopers said 12 people were taken to hospitals.", "named", "Montana Highway Patrol"),
        ("Interstate 90 reopened after a 30-car crash.\n\n"
         "Troopers said 12 people were taken to hospitals.", "unattributed", "Troopers"),
    ],
)  # fmt: skip
def test_troopers_are_the_one_force_the_article_names(
    body: str, sourcing: str, speaker: str
) -> None:
    """A bare "Troopers said" speaks for the one force the article names (convention 48);
    with none named it stays a group."""
    claim = _one(body, "Troopers said")
    assert (claim.sourcing, claim.speaker) == (sourcing, speaker)


@pytest.mark.parametrize(
    "body",
    [
        "The Evening Ledger, citing three people close to the bid, reported that the buyer "
        "wants a loan of £250m.",
        "The Evening Ledger sounds a warier note. It says, citing three people close to the "
        "bid, that the buyer wants a loan of £250m.",
    ],
)
def test_people_a_paper_counts_but_does_not_name_are_its_unnamed_sources(body: str) -> None:
    """ "citing three people close to the bid": anonymous (convention 40), also after
    "It says" standing for the paper."""
    assert _one(body, "loan of £250m").sourcing == "anonymous"


@pytest.mark.parametrize(
    ("sentence", "sourcing", "speaker"),
    [
        ("The Ostmark Dairy Council on Friday lowered its estimate of this year's milk output "
         "by 4 per cent to 8.7 billion litres.", "named", "Ostmark Dairy Council"),
        ("Pemberly Securities lifted its price target for the shares to 212 pence.", "named",
         "Pemberly Securities"),
        ("Halvern Bank cut 300 jobs in May.", "none", None),
    ],
)  # fmt: skip
def test_a_body_revising_its_own_forecast_publishes_a_figure(
    sentence: str, sourcing: str, speaker: str | None
) -> None:
    """Cutting, raising or keeping its own forecast or target price is a body's claim in
    words (convention 26); cutting jobs stays a deed."""
    claim = _one(sentence, sentence[:20])
    assert (claim.sourcing, claim.speaker) == (sourcing, speaker)


def test_a_descriptor_whose_qualifier_is_in_one_bodys_name_is_that_body() -> None:
    """ "the transit agency" after the one "… Transit Authority" named: news varies the noun
    and keeps the trade."""
    body = (
        "Greyhaven College said 300 students would ride shuttle buses operated by the Quarnby "
        "Valley Transit Authority during the strike.\n\n"
        "Eight more buses will run each morning to cope, the transit agency said."
    )
    claim = _one(body, "Eight more buses")
    assert (claim.speaker, claim.sourcing) == ("Quarnby Valley Transit Authority", "named")


@pytest.mark.parametrize("verb", ["understands", "estimates"])
def test_an_outlets_trailing_understands_the_tagger_read_as_a_noun(verb: str) -> None:
    """ "…, Ports & Harbours understands.": the outlet's own claim (convention 38), even when
    the tagger takes the verb ("understands", "estimates": any verb of speech or of what the
    press learns) for a noun of the name."""
    sentence = (
        "Hauliers using the Skellow crossing will face no extra checks before the summer, "
        f"Docks & Depots {verb}."
    )
    claim = _one(sentence, "Hauliers using")
    assert (claim.speaker, claim.sourcing) == ("Docks & Depots", "named")


def test_a_deed_a_paper_reports_is_the_papers_claim_not_the_actors() -> None:
    """A paper that leads on a story "reporting that" a buyer has agreed to a purchase: agreeing
    to pay is a deed (convention 30), so the paper speaks, not an anonymous buyer."""
    sentence = (
        "The Tallisker Echo leads on the closure of the Tolworth paper mill, reporting that a "
        "Dutch-owned packaging group has agreed to buy the plant for £12m."
    )
    claim = _one(sentence, "leads on")
    assert (claim.speaker, claim.sourcing) == ("Tallisker Echo", "named")


def test_a_function_noun_is_a_body_named_for_that_kind_of_work() -> None:
    """ "The regulator noted" after a sentence of the Office for Sea Safety Regulation's,
    "the department told MPs" after "the Marine Transport Office approved": a
    noun of what a body does stands for a body whose name says it is of a kind that does it
    (an "… Office"), and the same noun again is the same body, not an audit office named
    since."""
    body = (
        "Ferry fares to rise next year\n\n"
        "Fares on island ferries will rise 6% from April after the Marine Transport Office "
        "approved a new tariff, the department told MPs on Monday.\n\n"
        "Two of the ferries failed their spring checks, said the Office for Sea Safety "
        "Regulation. "
        "The regulator noted that both vessels had been in service for over 40 years.\n\n"
        "The Islands Audit Office has twice criticised what the crossings cost.\n\n"
        "Islanders keep their 20% discount, the department told the Gazette."
    )
    assert _one(body, "rise 6% from").speaker == "Marine Transport Office"
    assert _one(body, "over 40 years").speaker == "Office for Sea Safety Regulation"
    assert _one(body, "20% discount").speaker == "Marine Transport Office"


@pytest.mark.parametrize(
    ("header", "lede", "issuer"),
    [
        ("Statement: members at Redway Trams vote for strike action\n\n"
         "Issued by Tanner Union Northern Region, 4 March 2026",
         "Tanner Union members employed by Redway Trams have voted by 88% for strike action.",
         "Tanner Union Northern Region"),
        ("Seafront parking: what we decided\n\n"
         "News release 207/26 | 11 June 2026",
         "Ferrow Borough Council is to charge for parking on the seafront all year round "
         "from October.",
         "Ferrow Borough Council"),
    ],
)  # fmt: skip
def test_a_bodys_own_statement_is_its_issuers_in_every_sentence_with_no_source(
    header: str, lede: str, issuer: str
) -> None:
    """A body's statement (an "Issued by X" line, a numbered news release, "ENDS"): its
    sentences with no source of their own are the issuer's (convention 37), the issuer being
    the body the issue line names, else the body its lede is about; a quote stays its
    speaker's."""
    body = (
        f"{header}\n\n{lede}\n\nIn a full year £210,000 would come in.\n\n"
        'Organiser Ann Kessel said: "Nobody wants this."\n\nENDS'
    )
    assert _one(body, lede[:20]).speaker == issuer
    assert (_one(body, "£210,000").speaker, _one(body, "£210,000").sourcing) == (issuer, "named")
    assert _one(body, "Nobody wants").speaker == "Ann Kessel"


def test_a_news_story_quoting_a_statement_is_not_its_issuers() -> None:
    """A story that reports a statement has no issue line: its own sentences stay the
    writer's (convention 42)."""
    body = (
        "Tram drivers vote to strike\n\n"
        "In a statement, the Tanner Union said its members at Redway Trams had backed strikes "
        "by 88%.\n\nThe trams carry 40,000 passengers a day."
    )
    assert _one(body, "40,000 passengers").sourcing == "none"


def test_a_name_after_a_persons_trade_is_a_person_whatever_the_recogniser_said() -> None:
    """ "GMB organiser Eilidh Strachan said:" (the name tagged an organisation): a trade's
    noun set before a name as its title makes it a person's, so the quote she opens and the
    quoted paragraph after it stay hers."""
    body = (
        "Speaking outside the depot, GMB organiser Eilidh Strachan said: "
        '"The drivers never missed a shift."\n\n'
        '"Redway made a profit of £8.9 million last year."'
    )
    claim = _one(body, "never missed")
    assert (claim.speaker, claim.speaker_type) == ("Eilidh Strachan", "person")
    assert _one(body, "£8.9 million").speaker == "Eilidh Strachan"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('The charity Open Doors for Carers said the waiting times were "a disgrace".',
         "Open Doors for Carers"),
        ("The charity Safe Streets Now said 40 cyclists were hurt in May.", "Safe Streets Now"),
    ],
)  # fmt: skip
def test_a_name_set_after_a_bodys_noun_is_the_body_the_recogniser_missed(
    sentence: str, speaker: str
) -> None:
    """ "The charity Safe Streets Now said": the capitalised run between a body's noun and
    its verb is the body's name (the recogniser found no entity there, or a wrong one)."""
    assert _one(sentence, sentence[:20]).speaker == speaker


def test_a_bodys_noun_after_a_name_taken_for_a_person_is_that_name() -> None:
    """ "…, Quarnby Water said. The utility said …" and "Ofmail says … The regulator also
    confirmed …" (names a recogniser may tag people): a body's noun right after a name that spoke,
    with nothing marking it a person's (no title, no he/she, no surname alone; one word, or
    a last word the article also writes in lower case), is that name, a body."""
    body = (
        "Boil notice for Marlby\n\n"
        "Homes in Marlby must boil their water after a pipe burst, Quarnby Water said. "
        "The utility said repairs would take two days.\n\n"
        "Ofmail says first-class stamps will cost 5p more from July.\n\n"
        "The regulator also confirmed that rural deliveries must stay at six days a week."
    )
    claim = _one(body, "repairs would")
    assert (claim.speaker, claim.speaker_type) == ("Quarnby Water", "organisation")
    assert _one(body, "rural deliveries").speaker == "Ofmail"


def test_a_bodys_noun_after_a_person_who_spoke_stays_unresolved() -> None:
    """ "Dana Pettigrew said … The utility said …": a person (her surname used alone) is never
    what a body's noun stands for."""
    body = (
        "Dana Pettigrew said the line stretched out of the car park. Pettigrew said she had "
        "waited an hour.\n\nThe utility said samples would be tested for 24 hours."
    )
    assert _one(body, "samples would").speaker != "Dana Pettigrew"


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        ("For Bellamy Drax, a retired signalman who chairs the passengers' forum, the cuts are "
         'a mistake. "The last bus is the one people need," he said.', "Bellamy Drax"),
        ("Last winter Tiberius Oakhanger had to give up her evening shifts at the library "
         'because the last bus now leaves at six. "I asked twice and got no answer," she said.',
         "Tiberius Oakhanger"),
    ],
)  # fmt: skip
def test_a_name_tagged_a_body_is_a_person_by_an_apposition_or_her_own_pronoun(
    paragraph: str, name: str
) -> None:
    """The passing shapes of ``_a_person`` (the xfail below is its labelled-story shape, with
    another quoted person before): two proper nouns the recogniser took for an organisation,
    a person's noun set in apposition or a "her" of theirs in the sentence, and the he/she
    of the quote finds the name (without the rule, nobody)."""
    body = "Bus cuts\n\nThe operator said it would withdraw four evening routes in May.\n\n"
    quote = [c for c in extract_claims(body + paragraph) if c.text.startswith('"')]
    assert [c.speaker for c in quote] == [name]


@pytest.mark.xfail(
    strict=True,
    reason="rewritten away from its labelled story (copy28b): the he of the next sentence "
    "finds the doctor quoted a paragraph before, not the name set in apposition to a person's "
    "noun; with the doctor left out the same he finds nobody (the recogniser's tag decides)",
)
def test_a_name_taken_for_a_body_is_a_person_by_a_persons_apposition_or_pronoun() -> None:
    """ "For Tobiah Quellmore, a retired station commander who now sits on …" and "Odile
    Tavener had to leave her job" (names a recogniser may tag organisations): a person's noun in
    apposition, or a his/her after the name in its sentence, makes it a person's, so the
    he/she of the next sentence finds it."""
    body = (
        'Clinic waits\n\n"We see the sickest first," said Dr Kasia Ansari, who runs a '
        "walk-in clinic in the town.\n\nThe health board said it had spent £3.1 million on "
        "agency nurses this year.\n\n"
        "For Tobiah Quellmore, a retired station commander who now sits on a patients' panel, "
        'the queues point to a deeper failing. "Prevention was never funded properly," he '
        "said.\n\n"
        "In nearby Lissenden, Odile Tavener had to leave her job at a bakery early so she "
        'could take her father to his appointment. "Nobody rang to explain," she said.'
    )
    assert _one(body, "Prevention was").speaker == "Tobiah Quellmore"
    assert _one(body, "Nobody rang").speaker == "Odile Tavener"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("A complaint, filed with the elections board by the Northfield Labour Party, alleges "
         "that the mayor's campaign hid $9,200 in printing costs.", "Northfield Labour Party"),
        ("According to its annual report, the Pensions Ombudsman received 4,100 complaints in "
         "2025 and closed 3,800.", "Pensions Ombudsman"),
        ("Filed with the elections board on Tuesday, a complaint by the Northfield Labour "
         "Party alleges that the mayor's campaign hid $9,200 in printing costs.",
         "Northfield Labour Party"),  # (mend28e's xfail: "complaint" a document noun, none30)
        pytest.param(
            "Complaints to the Pensions Ombudsman rose to 4,100 in 2025, according to its "
            "annual report.",
            "Pensions Ombudsman",
            marks=pytest.mark.xfail(strict=True, reason="mend28e finding: 'according to its "
                "…' finds its owner only as the clause's subject (here in a prepositional "
                "phrase; also in a by-passive): nobody speaks"),
        ),
    ],
)  # fmt: skip
def test_a_thing_someone_wrote_is_its_authors_whatever_its_noun(
    sentence: str, speaker: str
) -> None:
    """A noun made a document by its grammar, not by a list: "filed/published/commissioned by
    X" names its author, "according to its …" its owner (convention 33)."""
    claim = _one(sentence, sentence[:20])
    assert (claim.speaker, claim.sourcing) == (speaker, "named")


def test_an_unnamed_source_at_an_unnamed_body_is_no_one_the_article_names_next() -> None:
    """ "An executive at one of the largest bus operators tells us …" before "Ofbus's chief
    executive, Lena Moravec,": a source tied to a body the text leaves unnamed stays anonymous,
    never identified as the next holder of a like office."""
    body = (
        "An executive at one of the largest bus operators tells us that fares are likely to "
        "rise again in the spring.\n\n"
        "Ofbus's chief executive, Lena Moravec, told Radio Tallis that diesel costs had "
        "climbed by 9% since June."
    )
    claim = _one(body, "largest bus")
    assert (claim.sourcing, claim.speaker_type) == ("anonymous", None)


def test_a_papers_front_page_verb_read_as_a_noun_still_speaks() -> None:
    """ "The Daily Courier splashes on …, reporting that …": a press review's verb of a front
    page (the tagger reads "splashes" as a noun) makes the paper the speaker (convention 38)."""
    sentence = (
        "The Tallisker Echo splashes on the acquittal of a Norfolk councillor accused of "
        "fraud, reporting that jurors deliberated for less than a day."
    )
    claim = _one(sentence, "splashes on")
    assert (claim.speaker, claim.sourcing) == ("Tallisker Echo", "named")


def test_it_relaying_unnamed_sources_gives_them_the_claim() -> None:
    """ "It says allies of the minister believe …" after a paper's lead: "it" is a paper, a
    body or a document, and what it relays from unnamed sources is theirs (conventions 21,
    40), as after "The paper says"."""
    body = (
        "The Tallisker Echo leads with the sacking of the schools minister. It says friends "
        'of the minister believe she was "forced out" by the party whips.'
    )
    assert _one(body, "friends of").sourcing == "anonymous"


def test_a_descriptor_is_the_body_described_by_it_not_one_described_otherwise() -> None:
    """ "Engineering group Tessaly … according to the consultancy Brenmark … Analyst Noor
    Patel of Quayside Securities said … The group said …": the body the article described as
    a group, not a body described otherwise nor an analyst's employer named since."""
    body = (
        "Engineering group Tessaly has won a £40m contract to rebuild the Ferrin viaduct, its "
        "third rail job this year.\n\n"
        "By turnover Tessaly ranks fourth among the country's bridge builders, according to the "
        "consultancy Brenmark.\n\n"
        'Analyst Noor Patel of Quayside Securities said the work "fills a hole that had worried '
        'investors since spring".\n\n'
        "Some 200 engineers will be taken on for the job, the group said."
    )
    assert _one(body, "200 engineers").speaker == "Tessaly"


@pytest.mark.xfail(
    strict=True,
    reason="found by copy28b's rewrite: with some trades before it ('Clothing group Harland', "
    "'Homeware group Harland') the lede names no speaker and 'The group' is the trade's words, "
    "not the name; 'Fashion group', 'Supermarket group' work",
)
@pytest.mark.parametrize("trade", ["Clothing", "Homeware"])
def test_a_trade_group_named_in_a_lede_is_the_group_that_speaks_next(trade: str) -> None:
    body = (
        f"{trade} group Harland reported a 14% drop in annual operating profit to £96m.\n\n"
        "The group said it expected next year's profit to be between £100m and £120m."
    )
    assert _one(body, "next year's profit").speaker == "Harland"


def test_a_plan_a_body_published_is_its_claim_whatever_the_verb() -> None:
    """A council that "will close" a service "under plans published on" a day: a
    plan put out in the body's own document is its claim in words (heldout13's decided case
    8), and "a report to the council's scrutiny panel" is the council's (its officers' report
    to its own organ, convention 13/34)."""
    body = (
        "Brackwater Council will close two libraries and a swimming pool by 2027, under "
        "proposals set out in its draft budget.\n\nA report to the council's scrutiny panel "
        "says the two libraries cost £800,000 a year to run."
    )
    assert _one(body, "close two libraries").speaker == "Brackwater Council"
    assert _one(body, "£800,000").speaker == "Brackwater Council"


@pytest.mark.xfail(
    strict=True,
    reason="found by copy28b's rewrite: a plan told with 'is to' ('X is to shut …, under "
    "proposals released on Tuesday') names no speaker, where 'X will shut …' names X",
)
def test_a_plan_a_body_is_to_carry_out_under_its_published_proposals_is_its_claim() -> None:
    body = (
        "Brackwater Council is to close two libraries and a swimming pool by 2027, under "
        "proposals set out in its draft budget."
    )
    assert _one(body, "close two libraries").speaker == "Brackwater Council"


def test_a_name_in_markdown_bold_is_read_as_the_name() -> None:
    """ "the **RAC** estimates …" in a Markdown post: the emphasis marks are typography, so
    the parser reads the name as the subject (the claim's text keeps the marks: a slice of
    the body)."""
    body = (
        "# Rail fares\n\nCommuters disagree, and the **NRF** estimates that season tickets "
        "in the north rose by about 7% in 2025."
    )
    claim = _one(body, "estimates")
    assert (claim.speaker, claim.sourcing) == ("NRF", "named")
    assert "**NRF**" in claim.text


def test_a_ledes_qualified_kind_is_the_body_of_that_kind_that_speaks_next() -> None:
    """ "…, the largest teaching union has said." then "The National Teachers' Union (NTU)
    said …": a lede's qualified kind of body ("largest teaching union") is the body of that
    kind named next, never another body that speaks first."""
    body = (
        "Dairy farmers could halt deliveries\n\n"
        "Milk deliveries to the three big dairies could stop from May unless the price paid per "
        "litre rises by 4p, the country's largest farming union has warned.\n\n"
        "The Upland Farmers' Union (UFU) said it would ask its 48,000 members to vote in April."
    )
    assert _one(body, "price paid per litre").speaker == "Upland Farmers' Union"


def test_a_ledes_descriptor_is_the_body_that_next_acts_as_it() -> None:
    """ "…, after the industry regulator found …" then "Ofrail is proposing fines …": a lede's
    descriptor that no name shows is the named body that next leads a sentence, a paragraph
    on, though it speaks nowhere (the lede and "The regulator found" are its); "Regulator
    fines X" in the headline, then "The Water Standards Board has fined X", the same."""
    body = (
        "Three rail operators could be fined £40m after the industry regulator found they had "
        "cancelled too many trains.\n\n"
        "Track Standards is proposing penalties of £25m for Westline and £15m for Marsh Rail "
        "following its widest investigation yet.\n\n"
        "In 2025 the operators scrapped 9,000 services, the regulator found."
    )
    assert _one(body, "could be fined").speaker == "Track Standards"
    assert _one(body, "9,000 services").speaker == "Track Standards"
    body = (
        "Regulator fines Harlin Water over burst main that left homes dry\n\n"
        "The Water Standards Board has fined Harlin Water £6m over a burst that left "
        "households in four towns without water for days in July.\n\n"
        "The regulator said 30,000 homes had been affected when the main split under the ring "
        "road.\n\nIt found that Harlin Water's own engineers had reported cracks in the pipe two "
        "years earlier."
    )
    assert _one(body, "30,000 homes").speaker == "Water Standards Board"
    assert _one(body, "cracks in the pipe").speaker == "Water Standards Board"


@pytest.mark.xfail(
    strict=True,
    reason="found by copy28b's rewrite: a one-word name the recogniser leaves untagged "
    "('Oftrack is proposing …') is no opening subject (grammar.opening_subject takes two or "
    "three words), so the lede's 'industry regulator' stays as written",
)
def test_a_ledes_descriptor_is_a_one_word_body_that_next_acts_as_it() -> None:
    body = (
        "Three rail operators could be fined £40m after the industry regulator found they had "
        "cancelled too many trains.\n\n"
        "Oftrack is proposing penalties of £25m for Westline and £15m for Marsh Rail "
        "following its widest investigation yet."
    )
    assert _one(body, "could be fined").speaker == "Oftrack"


def test_a_company_that_next_leads_a_sentence_is_no_regulator() -> None:
    """A company is never what "the regulator" described, though it acts next: the
    descriptor stays as written."""
    body = (
        "Three rail operators could be fined £40m after the industry regulator found they had "
        "cancelled too many trains.\n\n"
        "Westline Trains Ltd is appealing against a penalty of £25m, its largest since 2019.\n\n"
        "In 2025 the operators scrapped 9,000 services, the regulator found."
    )
    assert _one(body, "9,000 services").speaker == "regulator"


def test_a_kind_noun_is_the_one_body_whose_name_shows_that_kind_by_another_word() -> None:
    """ "Brackley Workers United … The union says", "the Marrow Hill Chapel Trust … The
    trustees said" (convention 13): a name that does not end on the noun still shows its kind
    by a word of it; a body whose name ends on another kind ("Charity Commission") is not
    it, and two bodies of the kind leave the noun as written."""
    body = (
        "Brackley Workers United says cleaners at three office blocks in Dunmere will strike "
        "for a week in September.\n\n"
        "The union said the stoppage could be called off if the landlord raised hourly pay by "
        "£1."
    )
    assert _one(body, "called off").speaker == "Brackley Workers United"
    body = (
        "The Marrow Hill Chapel Trust has agreed to repay £40,000 after an inquiry by the "
        "Charity Commission.\n\n"
        "The trustees said they had questioned the findings and would complain."
    )
    assert _one(body, "questioned").speaker == "Marrow Hill Chapel Trust"
    body = (
        "Brackley Workers United and the Dunmere Porters Federation both say cleaners at three "
        "office blocks in Dunmere will strike for a week in September.\n\n"
        "The union said the stoppage could be called off if the landlord raised hourly pay by "
        "£1."
    )
    assert _one(body, "called off").speaker == "union"


def test_a_releases_the_company_is_its_issuer() -> None:
    """In a company's release "the company" is the issuer its boilerplate names, never the
    project the release is about and names most."""
    body = (
        "PORTLAND, Maine, Dec. 3, 2026 /PRNewswire/ -- Brisket Bay Tidal Inc. has connected the "
        "Hatchet Point Tidal Array to the regional grid, it said on Thursday.\n\n"
        "Hatchet Point has 24 turbines on the sea floor and powers about 9,000 homes.\n\n"
        "According to a study the company paid for, the array will cut regional power bills by "
        "$12 million a year.\n\n"
        "About Brisket Bay Tidal\n\nBrisket Bay Tidal builds and runs tidal power arrays in "
        "New England."
    )
    assert _one(body, "study the company paid").speaker == "Brisket Bay Tidal"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Consultancy Harrowgate ranked the port 14th of 17 terminals for productivity in 2025.",
         "Harrowgate"),
        ("Consultancy Harrowgate estimates that one sailing in eight was cancelled over the "
         "winter.", "Harrowgate"),
        ("Research firm Kantorex found that 30% of shoppers cut back on meat in May.",
         "Kantorex"),
        ("Consumer group Fairly? warned on Monday that two in five energy bills contain errors.",
         "Fairly?"),
    ],
)  # fmt: skip
def test_a_name_after_its_kind_as_a_label_is_that_body(sentence: str, speaker: str) -> None:
    """ "Consultancy X ranked", "Research firm X found", "Consumer group X? said": the kind
    set before the name says it is a body, whatever the recogniser took the name for (a
    person, or nothing), and it is named without its kind; a name's own "?" is part of it."""
    claim = _one(sentence, sentence[:20])
    assert (claim.speaker, claim.speaker_type, claim.sourcing) == (speaker, "organisation", "named")


def test_a_kind_label_is_no_body_when_it_is_a_title_or_a_role() -> None:
    """ "Police Chief Ann Boyd said", "Council leader Joanne Brill said": a title or a role
    last before the name keeps it a person's."""
    claim = _one("Police Chief Ann Boyd said 40 homes were burgled in May.", "Police Chief")
    assert (claim.speaker, claim.speaker_type) == ("Ann Boyd", "person")
    claim = _one("Council leader Joanne Brill said 40 jobs would go in 2026.", "Council leader")
    assert (claim.speaker, claim.speaker_type) == ("Joanne Brill", "person")


def test_the_kind_named_again_is_the_labelled_body() -> None:
    """ "…, the growers' union Vendal warned" then "The union put this year's crop at …": the kind
    set before the name describes it, so the union named again is that body."""
    body = (
        "Grape yields will fall by a fifth after a wet spring, the growers' union Vendal "
        "warned on Tuesday.\n\n"
        "The union put this year's crop at about 310,000 tonnes."
    )
    assert _one(body, "this year's crop").speaker == "Vendal"


def test_a_research_team_speaks_through_the_scientist_who_leads_it() -> None:
    """A team "led by" a doctor or a chemist that sequenced or dated something:
    what a research team led by a named scientist did is its finding, the leader's claim
    (convention 14); a team led by someone who is no scholar is not."""
    body = (
        "Using cores drilled in 2025, a team led by Dr Anna Kerr of the University of Leeds "
        "sequenced DNA from 14 layers of lake mud."
    )
    assert _one(body, "sequenced").speaker == "Anna Kerr"
    body = "A team led by chemist Piotr Nowak dated the meteorite fragments to 4.5 billion years."
    assert _one(body, "dated").speaker == "Piotr Nowak"
    body = "The team, led by captain Tom Hale, won 14 of its 20 games in 2025."
    assert _one(body, "won 14").speaker != "Tom Hale"


@pytest.mark.xfail(strict=True, reason="a finding in the passive with the team as its agent "
                   "('was measured by a team led by chemist X') has no source")  # fmt: skip
def test_a_research_team_as_the_agent_of_a_passive_speaks_through_its_leader() -> None:
    body = "The deuterium in 31 grains was measured by a team led by chemist Piotr Nowak."
    assert _one(body, "measured").speaker == "Piotr Nowak"


def test_deputies_speak_for_the_one_sheriffs_office_unless_they_tell_their_own_deeds() -> None:
    """ "…, deputies said" is the one sheriff's office the article names in full, as
    "Troopers said" is the one force (convention 48); "Deputies say they pinned the driver
    …" tells what they did themselves, and stays a group (convention 23)."""
    body = (
        "From July every one of the Harlan County Sheriff's Office's 64 deputies will wear a "
        "camera.\n\n"
        "After treatment in hospital he was charged with assault, deputies said."
    )
    assert _one(body, "charged with").speaker == "Harlan County Sheriff's Office"
    body = (  # the office opening a sentence: its "The" is no part of its name
        "The Tolland County Sheriff's Office is looking into a crash on Route 9 that left two "
        "people hurt.\n\n"
        "The driver, 34, was arrested at the scene, deputies said."
    )
    assert _one(body, "arrested at").speaker == "Tolland County Sheriff's Office"
    body = (
        "Video from May shows a Harlan County Sheriff's Office deputy kneeling on a man's back.\n\n"
        "Deputies say they pinned the driver against the car after he tried to run."
    )
    claim = _one(body, "pinned the driver")
    assert (claim.speaker, claim.sourcing) == ("Deputies", "unattributed")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The Arizona Attorney General's Office said 40 people were charged in 2025.",
         "Arizona Attorney General's Office"),
        ("The Georgia Secretary of State's Office blamed a software update for the failure of "
         "forty machines.", "Georgia Secretary of State's Office"),
        ("The Brooklyn District Attorney's Office said 40 people were charged in 2025.",
         "Brooklyn District Attorney's Office"),
    ],
)  # fmt: skip
def test_an_office_named_after_a_title_in_the_possessive_is_one_name(
    sentence: str, speaker: str
) -> None:
    """ "The Arizona Attorney General's Office said": the "'s" is inside the body's name, which
    the recogniser and the parser cut there ("General's Office", "Office")."""
    claim = _one(sentence, sentence[:20])
    assert (claim.speaker, claim.speaker_type) == (speaker, "organisation")


def test_a_title_office_is_an_unnamed_spokespersons_affiliation_and_a_place_is_no_title() -> None:
    """The whole office is an unnamed spokesperson's body; a place's possessive before a
    body (a country's statistics office) is no office's title."""
    claim = _one(
        "According to a spokesperson for the Ohio Attorney General's Office, forty people face "
        "charges.",
        "a spokesperson",
    )
    assert (claim.sourcing, claim.affiliation) == ("anonymous", "Ohio Attorney General's Office")
    claim = _one("Prices rose 4% in May, according to Britain's Office for National Statistics.",
                 "Britain")  # fmt: skip
    assert claim.speaker == "Office for National Statistics"


def test_the_man_with_an_aside_is_a_person_never_an_organisation() -> None:
    """ "The man, arrested by police on Friday, said …": an aside set off by commas tells
    more of the man, who stays a person (the app showed him as an organisation)."""
    claim = _one(
        "The man, arrested by police on Friday, said he had paid $400 for the car.", "The man"
    )
    assert claim.speaker_type != "organisation"


def test_an_unnamed_source_named_again_by_its_noun_after_a_qualifier_stays_unnamed() -> None:
    """ "A veteran night-shift porter at the hospital, who requested anonymity, told us …"
    then "the porter said": the same unnamed source, its head noun after qualifiers, never a
    body called "porter"."""
    body = (
        "A veteran night-shift porter at the hospital, who requested anonymity, told us the "
        'lifts had failed 14 times in March. "Each time we were told to carry patients up the '
        'stairs," the porter said.'
    )
    claim = _one(body, "carry patients")
    assert claim.sourcing == "anonymous" and claim.speaker_type != "organisation"


def test_a_spokeswoman_for_the_lede_body_is_not_the_next_paragraphs_body() -> None:
    """ "…, a spokeswoman for the company said" in the lede is an unnamed source of the body
    the lede named, not "a company" described for the first body to speak in the next
    paragraph (as "…, a student group has warned. // The Union of Tutors said" is)."""
    body = (
        "Two depots shut after a fire, the bus operator Marrow Lines said on Monday. Night routes"
        " were cut, a spokeswoman for the company said.\n\n"
        "Asked about the fire, the Regional Transport Board said an inquiry report was due "
        "within weeks."
    )
    claim = _one(body, "Night routes were cut")
    assert claim.sourcing == "anonymous"
    assert claim.speaker == "a spokeswoman for the company"
    lede = "Students were sent home, a student group has warned."
    peak = _one(f"{lede}\n\nThe Union of Tutors said the halls would reopen.", "sent home")
    assert peak.speaker == "Union of Tutors"  # ("a student group": a body to come)


def test_a_name_taken_for_a_place_or_one_word_body_is_a_person_by_an_apposition() -> None:
    """ "Kamola, a mother of two from Tajikistan, borrowed …" (one name the
    recogniser took for an organisation's; "Dilnoza" in the same place it takes for a
    place's): an apposition with an age or a noun of a person makes it a person's, so the
    "she" of the next paragraph is hers, never the byline's writer."""
    body = (
        "Pickers pay agents for farm jobs\n\nTom Hale, Work Correspondent\n\n"
        "Kamola, a mother of two from Tajikistan, borrowed £1,800 to pay a recruiter for a "
        "season of fruit picking in Kent.\n\n"
        "She says the fee was meant to cover her flights.\n\n"
        '"I was promised £2,500 a month," she said.'
    )
    assert _one(body, "meant to cover").speaker == "Kamola"
    assert _one(body, "I was promised").speaker == "Kamola"


def test_a_bylines_writer_is_never_the_she_of_the_story() -> None:
    """ "By Tom Hale and Ann Lee | May 4" then "Councilmember Rosalind Tiernan, who wrote the
    bill, said …" (a name a recogniser may tag an organisation): "who" makes the name a
    person's, and a "she" goes to her, never to the writer of the byline."""
    body = (
        "Drivers' pay rule\n\nBy Tom Hale and Ann Lee | May 4, 2026\n\n"
        "Councilmember Rosalind Tiernan, who wrote the bill, said the companies had "
        "overstated the drop.\n\n"
        "She said app-based deliveries in the city grew 11% in the same months."
    )
    assert _one(body, "app-based").speaker == "Councilmember Rosalind Tiernan"
    for byline in ("By Ann Lee and Tom Hale | May 4, 2026", "Ann Lee, Work Correspondent"):
        body = (
            f"Libraries to close\n\n{byline}\n\nThe council will cut its library budget "
            "by £2m next year.\n\nShe said the cuts would close two of its nine branches."
        )
        assert _one(body, "two of its nine").speaker not in ("Ann Lee", "Tom Hale")


def test_a_name_the_tagger_read_as_a_noun_is_a_name_the_article_capitalises_elsewhere() -> None:
    """ "Flowsure said it had “accepted …”" with "Flowsure" tagged a common noun and no entity:
    the article writes it with its capital inside a sentence ("complaints about Flowsure
    rose"), so it is a name, the firm's, and the "It said" after it is the firm's too."""
    body = (
        "Boiler cover complaints rise\n\nLast year the regulator logged a third more "
        "complaints about Flowsure than in 2024.\n\n"
        "Flowsure said it had “accepted the regulator’s findings in full” and had retrained "
        "its claims staff.\n\nIt said it had paid £2.4m in redress to customers this year."
    )
    assert _one(body, "retrained").speaker == "Flowsure"
    assert _one(body, "in redress").speaker == "Flowsure"


def test_initials_joined_by_an_ampersand_are_the_name_the_article_spells_out() -> None:
    """ "according to CP&H." after "Coastal Ports and Harbours (CP&H)": the initials are an
    acronym like "FTC", the name the article gave them speaks (and the full stop after them
    is the sentence's, not part of the name)."""
    body = (
        "Ferry contract signed\n\nCoastal Ports and Harbours (CP&H) has awarded a £40m "
        "contract for two electric ferries.\n\nThe ferries will carry 300 passengers each "
        "and enter service in 2028, according to CP&H."
    )
    assert _one(body, "300 passengers").speaker == "Coastal Ports and Harbours"


def test_a_name_defined_in_brackets_runs_on_over_its_ampersand() -> None:
    """ "the Harbour & Rail Authority (HRA)": the "&" is one of the short words a body's name
    keeps (``NAME_JOINS``, read by ``initials``), so the article defines "HRA" as the whole
    name, not as "Rail Authority" after the "&"."""
    body = (
        "Fares to rise\n\nFerry fares will rise 8% in May, the Harbour & Rail Authority (HRA) "
        "said.\n\nThe HRA said 1,200 season tickets had been sold."
    )
    assert _one(body, "1,200 season").speaker == "Harbour & Rail Authority"


@pytest.mark.parametrize(
    "sentence",
    [
        "An audit of the Quellbrook Port Trust found that £4m of grants was never spent.",
        "A review of the Dunmere Water Board showed 30% of its pipes leak.",
        "A study of Harlow Vale Council's bus routes found that 12 of them lose money.",
        "A survey of the Tenby Road clinic found that 40% of its beds were empty in May.",
    ],
)
def test_what_an_examination_is_of_did_not_write_it(sentence: str) -> None:
    """ "An audit of X found …": X was audited (``EXAMINATION_NOUNS``, ``grammar._examined``);
    the finding is the audit's, whose author the sentence does not name, never X's."""
    claim = _one(sentence, sentence[:12])
    assert claim.sourcing in ("unattributed", "none") and claim.speaker_type is None, claim.speaker


def test_an_examination_s_author_is_still_its_by_and_a_report_of_a_body_is_the_body_s() -> None:
    """The examined body is left out, the author is not: "an audit of X by Y" is Y's; "a
    report of the committee" is the committee's (a report is no examination); "a survey of
    members of the X Union" names X as more than what was surveyed."""
    audited = _one("An audit of the Quellbrook Port Trust by Marsh Kettle found that £4m was "
                   "never spent.", "An audit")  # fmt: skip
    assert audited.speaker == "Marsh Kettle"
    report = _one("A report of the Tarlow Commission found that 30% of roads are unsafe.", "A r")
    assert report.speaker == "Tarlow Commission"


def test_according_to_with_its_object_lost_by_the_parser_is_the_name_after_it() -> None:
    """ "According to the farmers' union Terra Viva, the country's olive exports fell …": the
    parser leaves "to" without an object and makes the name the subject of "fell"; the
    capitalised words after "to", up to the comma, are the source, a body's by its kind."""
    sentence = (
        "According to the fishermen's association Mar Alto, the region's sardine catch fell "
        "11% by weight in the first nine months of 2025."
    )
    claim = _one(f"Sardine catch falls\n\n{sentence}", "sardine catch")
    assert (claim.speaker, claim.speaker_type) == ("Mar Alto", "organisation")


def test_a_paper_relays_the_named_source_whose_words_it_reports() -> None:
    """A press review in which the paper says a named body told its members something, or
    says, citing data a named body sent it, that …: the inner source is the body, the paper only the
    channel (convention 40); a plan told as news ("says X will announce …") and a group that
    made a request ("asked to leave") stay the paper's, a group's warning in words is theirs."""
    body = (
        "What the papers say\n\n"
        "The Daily Courier leads on schools, reporting that 300 classrooms are unsafe. The "
        "paper says, citing data it was sent by the Department for Education, that nine "
        "schools have shut wings.\n\n"
        "The Evening Herald says the Guild of Building Surveyors has told its members, who "
        "inspect most new homes, to refuse to sign off timber-framed flats. The paper also "
        "says the Law Society will announce a ballot next week.\n\n"
        "The Morning Post says haulage firms have warned that fuel costs could double. Two "
        "trustees of the city museum have asked to step down from its board, the paper also "
        "says."
    )
    assert _one(body, "nine schools").speaker == "Department for Education"
    assert _one(body, "Building Surveyors").speaker == "Guild of Building Surveyors"
    assert _one(body, "Law Society").speaker == "Evening Herald"
    haulage = _one(body, "haulage firms")
    assert (haulage.sourcing, haulage.speaker) == ("unattributed", "haulage firms")
    assert _one(body, "trustees").speaker == "Morning Post"


def test_the_hospital_is_the_hospital_named_before_and_hospitals_a_group() -> None:
    """ "The hospital said …" after a named medical centre is that body (convention 11), and
    "…, the hospital announced, citing a shortage of nurses" too (a reason cited is nobody's
    words); "Local hospitals report …" stays a group."""
    body = (
        "Norovirus at Oakdale\n\n"
        "Birchmoor Community Medical Center said it was disinfecting its wards three times a "
        "day. The hospital said it had barred children under 12 from visiting.\n\n"
        "Birchmoor Community Medical Center will close its maternity ward in March, the "
        "hospital announced Thursday, citing a lack of midwives.\n\n"
        "Local hospitals report that their wards are full."
    )
    assert _one(body, "children under 12").speaker == "Birchmoor Community Medical Center"
    assert _one(body, "maternity ward").speaker == "Birchmoor Community Medical Center"
    assert _one(body, "wards are full").sourcing == "unattributed"


def test_a_bodys_map_or_tests_show_its_figures() -> None:
    """ "Linden Electric's outage map shows roughly 4,100 homes in the dark" ("show" with a
    noun, not a clause) and "Testing by <a named laboratory> shows that …" are the
    body's data (convention 26, "the agency's live map shows …")."""
    body = (
        "Storm cuts power\n\n"
        "Linden Electric's outage map shows roughly 4,100 homes in the dark at noon.\n\n"
        "Testing by the Federal Public Health Laboratory shows that samples from all six "
        "patients carry the same genetic strain."
    )
    assert _one(body, "4,100 homes").speaker == "Linden Electric"
    assert _one(body, "genetic").speaker == "Federal Public Health Laboratory"


def test_a_relative_clause_with_a_named_subject_gives_its_words() -> None:
    """ "The order, which the firm said would secure 220 posts, will …": the clause the
    relative pronoun opens is the company's words (as "which it says …" is its subject's); a
    group's ("which analysts say will cost …") stays no one's here."""
    body = (
        "Tram order\n\nCorlan Rail has won a £210m order for 30 trams from the city of Vastby. "
        "The order, which the firm said would secure 220 posts at its Dunmere works, will "
        "replace trams built in the 1990s.\n\n"
        "The plan includes a new depot, which analysts say will cost £40m."
    )
    assert _one(body, "220 posts").speaker == "Corlan Rail"
    assert _one(body, "new depot").speaker is None


def test_a_name_the_writer_made_up_keeps_its_source_anonymous() -> None:
    body = (
        "Night shifts stretched at county hospital\n\n"
        'A nurse we\'ll call "Dana" asked not to be identified.\n\n'
        '"We cover 30 beds with four nurses at night," Dana said. "Two of us quit last week."\n\n'
        "Lena Ortiz (not her real name), a cleaner at the depot, said she was paid £9 an hour.\n\n"
        "Marcus Webb, the hospital's chief executive, said 20 nurses would be hired by March.\n\n"
        '"It is hard to live on £9 an hour," Ortiz said.'
    )
    for snippet in ("We cover 30 beds", "Two of us quit", "paid £9 an hour.", "hard to live on"):
        claim = _one(body, snippet)
        assert claim.sourcing == "anonymous", snippet
        assert claim.speaker_type is None, snippet
    assert _one(body, "We cover 30 beds").speaker == "A nurse"
    # another person of the article keeps his name
    assert (_one(body, "20 nurses").sourcing, _one(body, "20 nurses").speaker) == (
        "named",
        "Marcus Webb",
    )


_BUS_SURVEY = (
    "Night buses in Carrow could lose six routes\n\n"
    "Drivers are quitting faster than depots can hire them, according to figures from the "
    "Road Transport Institute.\n\n"
    "The institute's spring survey went to 310 depots.\n\n"
    "Vacancies had risen by half since 2022, the survey found.\n\n"
    "A separate report, which the Carrow Transport Board paid for, has concluded that six "
    "night routes could go by 2027.\n\n"
    "Subsidies cost the board £2.4 million last year, the report says.\n\n"
)
"""An invented story: a survey named with its author, then a report a second body paid for,
each cited again later by its common noun alone."""


def test_a_survey_or_report_named_with_its_author_speaks_for_that_author_later() -> None:
    body = _BUS_SURVEY + (
        "Another 12 percent of the depots plan to drop evening services, the survey shows.\n\n"
        "Riders, though, would pay more to keep their bus. That is according to passengers who "
        "were surveyed in May by the Fenwick Research Unit."
    )
    for snippet in ("£2.4 million", "six night routes"):
        assert _one(body, snippet).speaker == "Carrow Transport Board", snippet
    for snippet in ("Vacancies had risen", "Another 12 percent"):
        claim = _one(body, snippet)
        assert (claim.sourcing, claim.speaker) == ("named", "Road Transport Institute")
    assert _one(body, "That is according to").speaker == "Fenwick Research Unit"


@pytest.mark.xfail(
    strict=True,
    reason="mend28e finding: the survey named with its author in the same sentence as its "
    "finding ('Its spring survey went to …, and the survey found that …') is nobody's",
)
@pytest.mark.parametrize(
    "survey",
    [
        "Its spring survey went to 310 depots, and the survey found that vacancies had risen "
        "by half since 2022.",
    ],
)
def test_a_survey_found_in_the_sentence_naming_it_speaks_for_its_author(survey: str) -> None:
    body = (
        "Drivers are quitting faster than depots can hire them, according to figures from the "
        "Road Transport Institute.\n\n" + survey
    )
    assert _one(body, "acancies had risen").speaker == "Road Transport Institute"


def test_the_kind_s_survey_is_the_one_body_that_kind_heads() -> None:
    """mend28e's second finding, fixed by choice30: "the institute's survey … found" after the
    one body named "… Institute" is that body's (README item 11), not the kind as written."""
    body = (
        "Drivers are quitting faster than depots can hire them, according to figures from the "
        "Road Transport Institute.\n\nSent to 310 depots every spring, the institute's survey "
        "of operators found that vacancies had risen by half since 2022."
    )
    assert _one(body, "acancies had risen").speaker == "Road Transport Institute"


@pytest.mark.xfail(
    strict=True,
    reason="mend28e finding: people 'questioned' or 'interviewed' by a body are not its poll's "
    "respondents; 'polled' and 'surveyed' pass",
)
def test_people_questioned_by_a_body_speak_for_it() -> None:
    body = _BUS_SURVEY + (
        "Riders, though, would pay more to keep their bus. That is according to passengers who "
        "were questioned in May by the Fenwick Research Unit."
    )
    assert _one(body, "That is according to").speaker == "Fenwick Research Unit"


@pytest.mark.xfail(
    strict=True,
    reason="respondents who 'said' are the survey author's only as 'N of the X in the survey "
    "said'; with 'In the survey,' fronted (or 'Asked about …, N of …') nobody speaks",
)
def test_respondents_of_a_survey_fronted_by_in_the_survey_speak_for_its_author() -> None:
    body = _BUS_SURVEY + (
        "In the survey, 12 percent of depots said they planned to drop evening services."
    )
    assert _one(body, "12 percent").speaker == "Road Transport Institute"


def test_a_survey_nobody_is_named_as_running_stays_unattributed() -> None:
    body = (
        "A survey published on Monday found that 40 percent of tenants had faced a rent rise.\n\n"
        "The survey found that 12 percent had been asked to leave."
    )
    claim = _one(body, "12 percent had been asked")
    assert claim.sourcing == "unattributed"


_KIND_CUT = pytest.mark.xfail(
    strict=True,
    reason="the recogniser ends these names before 'union': 'the union' is the name without "
    "its kind (_kind_noun_after), though the article named the body with it",
)


@pytest.mark.parametrize(
    "name",
    [
        "Valley Nurses",
        pytest.param("Harbour Crane Operators", marks=_KIND_CUT),
        pytest.param("Riverside Tram Drivers", marks=_KIND_CUT),
    ],
)
def test_a_body_named_with_its_kind_after_the_name_is_what_that_noun_stands_for(
    name: str,
) -> None:
    body = (
        f"About 300 members of the {name} union stopped work at the Quarnby container port on "
        "Thursday.\n\n"
        "The union confirmed the walkout in a message on its website, saying managers had "
        "refused to negotiate."
    )
    assert _one(body, "The union confirmed").speaker == f"{name} union"


@pytest.mark.parametrize("name", ["Quarrow Pilots", "Northern Rail Guards"])
def test_the_kind_noun_after_a_cut_name_makes_the_name_the_body_not_the_bare_noun(
    name: str,
) -> None:
    """What ``_kind_noun_after`` does give where the recogniser cut the name before "union":
    "the union" later on is the named body (without its kind: the strict xfails above), not
    a speaker called "union" (as without the rule)."""
    body = (
        f"Some 40 members of the {name} union walked out over rotas on Sunday.\n\n"
        "The union said the new shifts broke an agreement signed in 2024."
    )
    assert _one(body, "new shifts").speaker in (name, f"{name} union")


@pytest.mark.parametrize(
    "introduction",
    [
        "Harbour Superintendent Tomas Haldane said on Monday that the ferry slipway would stay "
        "shut until the swell dropped.",
        "The quays were closed on Monday, said Tomas Haldane, the port's harbour "
        "superintendent.",
    ],
)  # fmt: skip
def test_the_office_is_the_person_introduced_with_it_in_text(introduction: str) -> None:
    body = (
        "Storm shuts the port\n\n"
        f"{introduction}\n\n"
        "More rain is forecast for the weekend.\n\n"
        '"Nothing reopens until the swell is safe to sail in," the superintendent said.'
    )
    assert _one(body, "safe to sail").speaker == "Tomas Haldane"


@pytest.mark.xfail(strict=True, reason="a capitalised title before a name in a trailing "
                   "'…, Title Name told the paper' stays in the speaker's name, so 'the "
                   "superintendent' later finds no one")  # fmt: skip
def test_a_title_in_a_trailing_attribution_is_the_person_introduced_with_it() -> None:
    body = (
        "Storm shuts the port\n\n"
        "The ferry slipway stayed shut after the storm, Harbour Superintendent Tomas Haldane "
        "told a council meeting on Monday.\n\n"
        '"Nothing reopens until the swell is safe to sail in," the superintendent said.'
    )
    assert _one(body, "The ferry slipway").speaker == "Tomas Haldane"
    assert _one(body, "safe to sail").speaker == "Tomas Haldane"


def test_the_two_bodies_named_before_speak_together() -> None:
    body = (
        "State regulators approved a price rise for two water companies, Fennick Water and "
        "Brenmoor Water.\n\n"
        "Brenmoor Water said a typical bill will go up by about $9 a month.\n\n"
        "The two companies say the increase covers repairs they cannot put off."
    )
    assert _one(body, "covers repairs").speaker == "Fennick Water and Brenmoor Water"
    merger = (
        "Pet food maker Kibbleton Foods has accepted a £310m offer from Dutch investment group "
        "Velder Capital, the two firms said on Friday."
    )
    assert _one(merger, "£310m").speaker == "Kibbleton Foods and Velder Capital"


@pytest.mark.xfail(
    strict=True,
    reason="found by copy28b's rewrite: a company the recogniser tags a person is never one of "
    "'the two firms', though its trade is set before it as a label ('Pet food maker Harrow "
    "Kibble'); 'Kibbleton Foods' (tagged an organisation) is",
)
def test_a_company_labelled_by_its_trade_is_one_of_the_two_firms() -> None:
    merger = (
        "Pet food maker Harrow Kibble has accepted a £310m offer from Dutch investment group "
        "Velder Capital, the two firms said on Friday."
    )
    assert _one(merger, "£310m").speaker == "Harrow Kibble and Velder Capital"


def test_a_piece_signed_by_someone_outside_the_press_is_theirs() -> None:
    body = (
        "Why our ground rent doubled\n\n"
        "Posted by Helen Marsh, chair, Orchard Row Tenants' Association, 3 December 2026\n\n"
        "A letter reached each household at Orchard Row last month: from April the ground rent "
        "doubles to £500. Most of us had ten days' notice.\n\n"
        'The managing agent, Kestrel Estates, said the rise reflected "market rates".'
    )
    for snippet in ("ground rent doubles", "ten days' notice"):
        assert (_one(body, snippet).speaker, _one(body, snippet).sourcing) == (
            "Helen Marsh",
            "named",
        )
    assert _one(body, "market rates").speaker == "Kestrel Estates"
    blogger = (
        "Why I run in cheap shoes\n\n"
        "Posted by Dan Hale · 1 December 2026 · 7 min read\n\n"
        "I have run 40 marathons in shoes that cost less than £50."
    )
    assert _one(blogger, "40 marathons").sourcing == "none"


def test_a_release_issuer_by_its_closing_self_description_or_run_on_about_line() -> None:
    described = (
        "Study: hidden fees cost renters £90 a year\n"
        "Media contact: press@tenantvoice.example\n\n"
        "MANCHESTER – Letting agents charged tenants an average of £90 in fees that the law "
        "bans, a study published today by the Renters' Advice Network found. Most were billed "
        "as admin charges.\n\n"
        "Only 3 of 40 agents refunded the fees when asked.\n\n"
        "The Renters' Advice Network is a charity funded by its members that campaigns for "
        "tenants."
    )
    assert _one(described, "Only 3 of 40").speaker == "Renters' Advice Network"
    run_on = (
        "Skarvo's drones count seabirds on cliffs\n\n"
        "ABERDEEN, Scotland, Dec. 2, 2026 /PRNewswire/ -- Survey-drone maker Skarvo today "
        "announced the first full count of a puffin colony made from the air.\n\n"
        "The survey found 12,600 nesting pairs, the company said.\n\n"
        "About Skarvo Skarvo was set up in 2021 and has 40 staff in Aberdeen."
    )
    claim = _one(run_on, "12,600 nesting")
    assert (claim.speaker, claim.speaker_type) == ("Skarvo", "organisation")


def test_a_named_bodys_own_board_or_team_speaks_as_the_body() -> None:
    body = (
        "Pet food maker Kibbleton Foods has accepted a £310m offer from Velder Capital.\n\n"
        "Kibbleton's board said it would back the bid, calling it good value for "
        "shareholders.\n\n"
        "Three clinics run by the Westmere Community Health Trust have dropped an online "
        "booking system.\n\n"
        "An audit run in June by the trust's digital team found 17 of 900 bookings had "
        "vanished."
    )
    board = _one(body, "back the bid")
    assert (board.speaker, board.speaker_type) == ("Kibbleton", "organisation")
    assert _one(body, "17 of").speaker == "Westmere Community Health Trust"


@pytest.mark.xfail(
    strict=True,
    reason="a body's own team is the body only as the agent of a participle ('an audit run/"
    "carried out by the trust's team found'); 'an audit by the trust's team found' is an "
    "unattributed document and 'the trust's team found' a speaker of its own",
)
@pytest.mark.parametrize(
    "sentence",
    [
        "In June an audit by the trust's digital team found 17 of 900 bookings had vanished.",
        "Of 900 bookings made online, 17 never reached a doctor, the trust's digital team found.",
    ],
)
def test_a_bodys_own_team_without_a_participle_speaks_as_the_body(sentence: str) -> None:
    body = (
        "Three clinics run by the Westmere Community Health Trust have dropped an online "
        "booking system.\n\n" + sentence
    )
    assert _one(body, "900 bookings").speaker == "Westmere Community Health Trust"


def test_an_outlet_citing_unnamed_holders_of_a_role_relays_anonymous_sources() -> None:
    cited = (
        "Citing three people at the ministry, the Evening Ledger reports that the tender will "
        "be cancelled."
    )
    claim = _one(cited, "tender")
    assert (claim.sourcing, claim.via) == ("anonymous", "Evening Ledger")
    reason = (
        "Citing a fall in orders, the Evening Ledger reports that the tender will be cancelled."
    )
    assert _one(reason, "tender").speaker == "Evening Ledger"


def test_a_name_ending_on_a_companys_word_is_a_company_whatever_the_recogniser_said() -> None:
    body = (
        "Whitlow Retail explores sale of frozen arm\n\n"
        "People familiar with the matter say Whitlow Retail has hired advisers to sell its "
        "frozen meals arm.\n\n"
        '"Frozen food has dragged on margins for three years," said Nina Hollis, an '
        "analyst at Fenwick Securities.\n\n"
        "The company, which employs 4,200 people across eight sites, told the stock exchange on "
        "Tuesday that talks were at an early stage.\n\n"
        "Ashdown Holdings said its own offer for the division would be worth 90 million pounds."
    )
    company = _one(body, "told the stock exchange")
    assert (company.speaker, company.speaker_type) == ("Whitlow Retail", "organisation")
    holdings = _one(body, "its own offer")
    assert (holdings.speaker, holdings.speaker_type) == ("Ashdown Holdings", "organisation")
    assert _one(body, "dragged on margins").speaker_type == "person"


@pytest.mark.parametrize("company", ["Cobalt Airways", "Marsh Ferries Ltd"])
def test_an_unnamed_engineer_at_one_of_the_suppliers_keeps_the_apposed_company(
    company: str,
) -> None:
    """The passing shape of the rule the xfail below pins (a company the recogniser tags an
    organisation, hung on the source): the source stays unnamed, the company its
    affiliation."""
    body = (
        "Power cuts\n\n"
        f"An engineer at one of the suppliers, {company}, who was not allowed to comment "
        "publicly, said that 9,000 homes were still without heat."
    )
    claim = _one(body, "9,000 homes")
    assert (claim.sourcing, claim.speaker, claim.affiliation) == ("anonymous", None, company)


@pytest.mark.xfail(
    strict=True,
    reason="found by copy28b's rewrite: the company set in apposition after 'one of the "
    "operators' is the manager's affiliation only when the recogniser tags it an "
    "organisation and the parser hangs it on the manager; 'Greyline Rail' leaves no "
    "affiliation, 'Greyline Buses' (tagged a person) becomes the named speaker",
)
@pytest.mark.parametrize("company", ["Greyline Rail", "Greyline Buses"])
def test_an_unnamed_manager_of_a_company_set_in_apposition_is_anonymous(company: str) -> None:
    body = (
        "Bus strike\n\n"
        f"Half the routes will run on Sunday, said a duty supervisor at one of the operators, "
        f"{company}, who was not cleared to speak to reporters."
    )
    claim = _one(body, "half the routes")
    assert (claim.sourcing, claim.speaker, claim.affiliation) == ("anonymous", None, company)


@pytest.mark.parametrize(
    "sentence",
    [
        "According to the orchestra's manager, Odran Quillsby, all four nights sold out within "
        "an hour.",
        "All four nights sold out within an hour, the orchestra's manager, Odran Quillsby, said.",
    ],
)
def test_a_name_apposed_to_a_persons_role_is_that_persons(sentence: str) -> None:
    """ "the orchestra's manager, Odran Quillsby,": a name in apposition to a person's role is
    the speaker, named (the other side of the test above)."""
    owner = _one(sentence, "four nights")
    assert (owner.speaker, owner.sourcing) == ("Odran Quillsby", "named")


def test_a_common_noun_opening_a_sentence_is_no_speaker() -> None:
    body = (
        "Snow closes schools\n\n"
        "Snow fell through the day, closing 200 schools, and more is expected on Thursday.\n\n"
        "Drivers were warned that up to ten centimetres of snow could settle overnight.\n\n"
        "Peakform said it would open a new gym in the town in March."
    )
    assert _one(body, "200 schools").speaker is None
    assert _one(body, "new gym").speaker == "Peakform"  # (a name it never writes in lower case)


def test_a_body_noun_after_a_persons_role_describes_the_employer_not_the_person() -> None:
    body = (
        "Freight rates ease\n\n"
        'Demand for cold storage "has barely moved since the spring," said Ivo Brandt, '
        "president of FreezeLink.io, a warehouse booking platform."
    )
    claim = _one(body, "barely moved")
    assert (claim.speaker, claim.speaker_type) == ("Ivo Brandt", "person")


def test_a_surname_stands_for_the_person_whose_title_the_recogniser_kept_once() -> None:
    body = (
        "Housing bill stalls\n\n"
        "Senate Majority Leader Ada Brennan said the housing bill had stalled over funding.\n\n"
        '"We offered them every change they asked for," Brennan told reporters on Tuesday.'
    )
    claim = _one(body, "every change")
    assert (claim.speaker, claim.speaker_type) == ("Ada Brennan", "person")


def test_a_body_by_the_first_word_of_its_name_is_still_a_body() -> None:
    body = (
        "Cabin crew strike grounds flights\n\n"
        "Skyhaven Air cancelled 548 flights on Friday as cabin crew walked out over pay.\n\n"
        "Skyhaven said in a statement that its final offer was worth 14% over two years.\n\n"
        "Ellen Marsh, who chairs Marsh Capital, said the offer was fair. Marsh said talks "
        "would resume on Monday."
    )
    short = _one(body, "14% over two years")
    assert (short.speaker, short.speaker_type) == ("Skyhaven", "organisation")
    assert _one(body, "talks would resume").speaker_type == "person"


def test_a_title_the_recogniser_kept_in_a_persons_name_makes_no_body() -> None:
    body = (
        "Wildfire forces evacuations\n\n"
        "Battalion Chief Ruben Torres said 40 homes had been evacuated by Tuesday night.\n\n"
        '"We are holding the line on the east flank," said Ruben Torres, who leads the crews.'
    )
    claim = _one(body, "40 homes")
    assert (claim.speaker, claim.speaker_type) == ("Ruben Torres", "person")


def test_an_office_is_the_person_the_recogniser_named_with_its_title() -> None:
    body = (
        "Abbey roof fund closes\n\n"
        "The Bishop of Dunhollow said on Monday that the abbey roof would cost £4 million to "
        "repair.\n\n"
        '"We have raised half of it already," Bishop Anne Corbett said in a statement.\n\n'
        '"The rest will come from the parishes," the bishop added.'
    )
    for snippet in ("£4 million", "the parishes"):
        claim = _one(body, snippet)
        assert (claim.speaker, claim.speaker_type) == ("Anne Corbett", "person")


_ROVERS_SALE = (
    "Rovers close to sale\n\n"
    "Brackhurst Rovers' owners are close to selling the club to an American fund for about "
    "£180m, according to people familiar with the matter.\n\n"
)


def test_the_people_named_again_stay_the_unnamed_source_down_a_run() -> None:
    body = (
        _ROVERS_SALE
        + "Talks have reached their last stage and lawyers are drafting contracts, the people "
        "said, none of them willing to be quoted by name while the process is confidential.\n\n"
        "The fund has promised to keep the club at its ground for 20 years, the people said. "
        "It would also clear £40m of debts, they said.\n\n"
        "Supporters' groups have not been consulted, the people added."
    )
    for snippet in ("drafting contracts", "20 years", "£40m of debts", "not been consulted"):
        claim = _one(body, snippet)
        found = (claim.sourcing, claim.speaker, claim.affiliation)  # (the source named before)
        assert found == ("anonymous", "people familiar with the matter", None), snippet


@pytest.mark.parametrize("deadline", ["by Friday", "by next week"])
def test_a_deadline_after_by_is_no_one_announcing(deadline: str) -> None:
    """ "The signing could be announced by Friday, the people said, …": the parser takes the
    deadline's "by" for the passive's agent, but no one announced: the sentence is the
    unnamed source's named before."""
    body = (
        _ROVERS_SALE
        + f"The signing could be announced {deadline}, the people said, while the fund's "
        "lawyers finish their checks.\n\n"
        "Supporters' groups have not been consulted, the people added."
    )
    for snippet in (deadline, "not been consulted"):
        claim = _one(body, snippet)
        assert (claim.sourcing, claim.speaker) == ("anonymous", "people familiar with the matter")


def test_a_statement_is_made_by_whoever_its_heading_names() -> None:
    by_a_person = (
        "Statement by Mayor Ruth Penbury, Mayor of Coldbrook, on the flood inquiry's report\n\n"
        "For immediate release\n\n"
        "The independent inquiry's findings on the flooding of March 2025 were made public this "
        "morning.\n\n"
        "The city did not clear the culverts on Mill Lane for three years before the flood.\n\n"
        "I apologise to every family whose home was damaged.\n\n"
        "ENDS"
    )
    for snippet in ("made public", "three years", "I apologise"):
        claim = _one(by_a_person, snippet)
        assert (claim.speaker, claim.speaker_type) == ("Ruth Penbury", "person"), snippet
    by_a_body = (
        "Statement from the Coldbrook Tenants Union on the rent review\n\n"
        "In two years, rents on the Marsh estate have gone up by nearly a third.\n\n"
        "ENDS"
    )
    claim = _one(by_a_body, "nearly a third")
    assert (claim.speaker, claim.speaker_type) == ("Coldbrook Tenants Union", "organisation")


def test_a_piece_signed_by_a_volunteer_is_theirs() -> None:
    body = (
        "What I saw at the planning meeting\n\n"
        "Posted by Wendy Tamsett, volunteer observer, Eastmoor Civic Forum, 2 December 2026\n\n"
        "The meeting started at 7.40pm, half an hour late, and the vote came at 11pm.\n\n"
        "There were 64 objections to the plan from a ward of 7,000 residents."
    )
    for snippet in ("half an hour late", "64 objections"):
        claim = _one(body, snippet)
        assert (claim.speaker, claim.sourcing) == ("Wendy Tamsett", "named"), snippet


def test_a_statement_named_by_its_maker_before_the_noun_is_theirs() -> None:
    body = (
        "Station drops phone-in\n\n"
        "A Westmark FM statement said the phone-in would end in June after nine years.\n\n"
        'The statement said listeners had "moved to the station\'s podcasts".'
    )
    for snippet in ("end in June", "moved to the station"):
        claim = _one(body, snippet)
        assert (claim.speaker, claim.speaker_type) == ("Westmark FM", "organisation")


def test_naming_someone_as_who_they_are_is_a_claim_in_words() -> None:
    body = (
        "Man found dead in quarry\n\n"
        "The coroner named the dead man as Lee Hartwell, 40, of Mill Lane.\n\n"
        "A man named Tom Rudd was arrested on Friday."
    )
    named = _one(body, "the dead man")
    assert (named.sourcing, (named.speaker or "").lower()) == ("named", "coroner")
    assert _one(body, "Tom Rudd").sourcing == "none"


def test_the_group_is_the_name_the_text_says_it_goes_by() -> None:
    body = (
        "Parents demand crossing\n\n"
        "The council has been asked to fund a crossing by a local group called Parents for "
        "Safer Roads, which has 300 members.\n\n"
        "The group says 14 children have been hurt on the road since 2020."
    )
    claim = _one(body, "14 children")
    assert (claim.speaker, claim.speaker_type) == ("Parents for Safer Roads", "organisation")


def test_what_a_paper_has_learnt_is_an_unnamed_source_s() -> None:
    body = (
        "Libraries could close\n\n"
        "By Ann Roe\n\n"
        "The Wexbridge Post has learnt that 12 libraries are on a secret council list for "
        "closure by 2028.\n\n"
        "The Hollinford Echo understands that the chief executive will retire in May."
    )
    learnt = _one(body, "12 libraries")
    assert (learnt.sourcing, learnt.speaker, learnt.via) == ("anonymous", None, "Wexbridge Post")
    assert _one(body, "retire in May").speaker == "Hollinford Echo"


def test_a_descriptor_is_matched_once_per_body_named(monkeypatch) -> None:
    """A descriptor ("the transit agency said") is matched against each body named before it
    once, not once per mention: a long article names its bodies again and again, and testing
    every mention for every descriptor made the import quadratic in the article's length
    (issue 15, ``bench huge``). Counted, not timed: the calls to ``_ends_a_body``."""
    from factdesk.extract import attribution

    calls = []
    real = attribution._ends_a_body
    monkeypatch.setattr(attribution, "_ends_a_body", lambda name: calls.append(name) or real(name))
    said = "The Marsh Valley Transit Authority cut {n} routes. The transit agency said fares rise."
    counts = []
    for repeats in (10, 40):
        calls.clear()
        extract_claims("\n\n".join(said.format(n=n + 2) for n in range(repeats)))
        counts.append(len(calls))
    assert counts[1] < 4.5 * counts[0], counts


def test_figures_a_press_review_cites_are_their_source_s() -> None:
    """README item 40: "<paper> reports that … It cites figures from <body>." gives the body
    both sentences (the paper only carries them); a cited document with a clause of its own,
    or a sentence before it with a person's words, is left alone."""
    body = (
        "Monday's papers\n\n"
        "The Harbour Gazette reports that ferry fares rose by 11% last year. It cites figures "
        "from the Coastal Transport Board.\n\n"
        "The Ashcombe Courier says that rents in Dunmore have doubled since 2015. It draws on "
        "data published by the Dunmore Tenants Forum.\n\n"
        "Lena Ortiz told the Courier that her rent rose by £200. The paper also cites a "
        "survey by the Dunmore Tenants Forum, which found 40 empty flats."
    )
    fares = _one(body, "ferry fares")
    assert (fares.speaker, fares.speaker_type, fares.via) == (
        "Coastal Transport Board", "organisation", "Harbour Gazette")  # fmt: skip
    assert _one(body, "It cites figures").speaker == "Coastal Transport Board"
    assert _one(body, "rents in Dunmore").speaker == "Dunmore Tenants Forum"
    assert _one(body, "her rent rose").speaker == "Lena Ortiz"


@pytest.mark.parametrize(
    ("sentence", "via"),
    [
        ("The Dunmore Herald said two council officials had confirmed the figures.",
         "Dunmore Herald"),
        ("The Ashcombe Courier says it first learned of the takeover talks last week from a board "
         "member who spoke on condition of anonymity.", "Ashcombe Courier"),
        ("Citing police sources, several news outlets reported the arrest of a 51-year-old woman "
         "on Friday.", "several news outlets"),
        ("The Ashcombe Courier says it heard about the merger from an aide who asked not to be "
         "named.", "Ashcombe Courier"),
        ("The Ashcombe Courier says it was told of the merger by an aide who asked not to be "
         "named.", "Ashcombe Courier"),
        # the same two constructions in other shapes: "hear from" with the source before the
        # clause; a pluperfect passive of another verb of telling ("lexicon.TOLD_BY_LEMMAS")
        ("The Tamsey Post says it has heard from a union official, who spoke on condition of "
         "anonymity, that the yard will close.", "Tamsey Post"),
        ("The Harbour Gazette said it had been informed of the closure by two dockers who "
         "declined to be named.", "Harbour Gazette"),
    ],
)  # fmt: skip
def test_what_a_paper_relays_from_unnamed_sources_is_anonymous(sentence: str, via: str) -> None:
    """README items 39-40: a paper passing on what unnamed people confirmed or told it is
    only the channel; the source is anonymous."""
    claim = _one("Fire inquiry\n\n" + sentence, sentence[:20])
    assert (claim.sourcing, claim.via) == ("anonymous", via)


def test_a_paper_s_own_report_of_a_named_confirmation_stays_the_paper_s() -> None:
    body = "Fire inquiry\n\nThe Dunmore Herald said the fire service had confirmed the details."
    assert _one(body, "confirmed the details").speaker == "Dunmore Herald"


def test_a_kind_noun_stands_for_a_body_of_its_kind() -> None:
    """ "The airline said" is the carrier, never the pilots' association whose name holds the
    word "Airline" before its own kind; "the council" is never a company named beside it, nor
    a plan the recogniser took for a body."""
    body = (
        "Pilots' hours\n\n"
        "Cabin crews at the carrier Brightwing worked the longest shifts allowed, a survey "
        "shows.\n\n"
        "Crews were exhausted, a spokesman for the Northern Airline Pilots' Association told the "
        "BBC.\n\n"
        "Brightwing said every timetable meets the rules.\n\n"
        "The airline said it would open two new routes in May."
    )
    assert _one(body, "two new routes").speaker == "Brightwing"
    body = (
        "Homes refused\n\n"
        "Builder Ashcombe Homes went to the planning inspector before the council had ruled "
        "on the field, which the Town Housing Plan keeps for 60 homes.\n\n"
        "Ashcombe Homes says the council took too long.\n\n"
        "The council has said it would prefer a smaller scheme with more parking."
    )
    assert _one(body, "smaller scheme").speaker == "council"


def test_experts_from_the_body_named_before_speak_for_it() -> None:
    """README item 14: "Surveyors from the institute counted 60 nests and found …" is the
    institute the article named (a body's kind noun after "the"), also when the finding is a
    verb joined to the main one."""
    body = (
        "Bird count\n\n"
        "The Institute of Upland Birds has published its spring count of the moor.\n\n"
        "Surveyors from the institute counted 60 nests between April and June and found eggs "
        "in 41 of them.\n\n"
        "Researchers from the institute found that 3 species had returned to the moor."
    )
    assert _one(body, "60 nests").speaker == "Institute of Upland Birds"
    assert _one(body, "3 species").speaker == "Institute of Upland Birds"


@pytest.mark.parametrize(
    ("body", "snippet", "speaker"),
    [
        ("Mill results\n\nFor the first half, Brackley Mills Holdings posted a loss of £12 "
         "million.", "first half", "Brackley Mills Holdings"),
        ("Mill results\n\nBrackley Mills Holdings said sales rose.\n\nThe company also posted "
         "a six-month profit of £8.2 million, its best since 2019.", "£8.2 million",
         "Brackley Mills Holdings"),
        pytest.param(
            "Mill results\n\nBrackley Mills Holdings said sales rose.\n\nThe company posted "
            "£8.2 million of profit.", "£8.2 million", "Brackley Mills Holdings",
            marks=pytest.mark.xfail(strict=True, reason="'posted £X of profit' (the figure the "
                                    "object's head) is read as a deed: only 'posted a profit "
                                    "of £X' publishes results"),
        ),
        ("Mill results\n\nBrackley Mills Holdings posted a video of its new mill online.",
         "video", None),
    ],
)  # fmt: skip
def test_results_a_company_posts_are_its_claim(body: str, snippet: str, speaker: str) -> None:
    """README item 27: to post results is to publish them in the company's name (named), as
    "reported a 4% rise" is; posting anything else is a deed (none)."""
    assert _one(body, snippet).speaker == speaker


@pytest.mark.parametrize(
    ("body", "snippet", "speaker"),
    [
        ("Replay call\n\nThe Orland Rovers coach Petra Halloway released the following "
         "statement: \"The pitch was frozen and the game should never have started.\" \"We "
         "will ask the league to replay it in April.\"", "pitch was frozen", "Petra Halloway"),
        ("Replay call\n\nThe Orland Rovers coach Petra Halloway released the following "
         "statement: \"The pitch was frozen and the game should never have started.\" \"We "
         "will ask the league to replay it in April.\"", "replay it in April", "Petra Halloway"),
        ("Treasurer\n\nIlse Brandt is no longer treasurer of the Orland Chess League.\n\n"
         "The league was equally guarded in its own statement: \"Ilse Brandt stepped down on "
         "Friday for personal reasons. Our accounts for 2025 will be published in March as "
         "planned.\"", "personal reasons", "Orland Chess League"),
        ("Treasurer\n\nIlse Brandt is no longer treasurer of the Orland Chess League.\n\n"
         "The league was equally guarded in its own statement: \"Ilse Brandt stepped down on "
         "Friday for personal reasons. Our accounts for 2025 will be published in March as "
         "planned.\"", "published in March", "Orland Chess League"),
    ],
)  # fmt: skip
def test_words_spelt_out_after_a_statement_and_a_colon_are_its_issuer_s(
    body: str, snippet: str, speaker: str
) -> None:
    """ "<X> released the following statement: “…”" and "<X> was guarded in its statement:
    “…”": a thing issued in words, spelt out at once after a colon in quotation marks, is
    its subject's words, whatever the verb (the parser reads "was guarded" as a passive);
    "the league" is the one body the article names whose name "League" heads (item 11)."""
    claim = _one(body, snippet)
    assert (claim.speaker, claim.sourcing) == (speaker, "named")


def test_a_passive_subject_criticised_in_a_letter_does_not_speak_it() -> None:
    """ "The firm was criticised in a letter: “…”": the letter is not the firm's own (no
    "its"), so the firm is not its speaker."""
    body = (
        'Depot row\n\nThe Halden Freight Company was criticised in a letter: "The depot has '
        'broken the noise limit on 40 nights since March."'
    )
    assert _one(body, "noise limit").speaker != "Halden Freight Company"


@pytest.mark.parametrize(
    ("body", "snippet", "speaker"),
    [
        ("Depot walkout\n\nAbout 2,400 members of the Coldfield Bus Drivers union walked off the "
         "job at two Marlow Transit depots on Friday after rejecting a pay offer.\n\nThe union "
         "said the strike would last a week.", "last a week", "Coldfield Bus Drivers"),
        ("Rail strike\n\nOn Monday the PTU union will take 5,000 members at Tollmere Rail out "
         "on strike.\n\nThe union said talks had failed.", "talks had failed", "PTU"),
        ("Bills\n\nGas bills will rise by 4 per cent from March, the regulator Ofland announced "
         "yesterday.\n\nWater bills will rise by 6 per cent in April, the regulator Ostria said "
         "on Monday, ending a freeze.", "ending a freeze", "Ostria"),
    ],
)  # fmt: skip
def test_a_kind_noun_beside_a_name_the_recogniser_cut_is_that_body(
    body: str, snippet: str, speaker: str
) -> None:
    """ "the Coldfield Bus Drivers union" (the recogniser's name ends before "union"), "the PTU
    union", "the regulator Ostria" (the name taken for a place): the kind noun and the name
    beside it are one body, so "the union said" later on, or the subject itself, is that
    name (README conventions 10 and 11)."""
    claim = _one(body, snippet)
    assert (claim.speaker, claim.sourcing) == (speaker, "named")


@pytest.mark.parametrize(
    ("sentence", "affiliation"),
    [
        ("Three people involved in the merger negotiations said the bid had been raised to $4bn.",
         None),
        ("One of the senator's staff told the station that the bill would be withdrawn in June.",
         "senator"),
        ("One superintendent wrote in the survey that 30 teachers had left since March.", None),
        ("A detective told the court that the car was found in a lake in 2023.", None),
    ],
)  # fmt: skip
def test_an_unnamed_one_of_many_is_anonymous(sentence: str, affiliation: str | None) -> None:
    """People involved in talks (the verb's lemma, "involve"), one of someone's own staff or
    team, and an indefinite one of many named by a title word that is no role word ("one
    superintendent", "a detective"): sources the text keeps back (conventions 17, 18, 21)."""
    claim = _one(sentence, sentence[:20])
    assert (claim.sourcing, claim.affiliation) == ("anonymous", affiliation)


def test_people_involved_in_a_deed_stay_a_group() -> None:
    """ "Residents involved in the clean-up" did something; they are no kept-back source."""
    claim = _one("Residents involved in the clean-up said the beach was covered in tar on Monday.",
                 "Residents")  # fmt: skip
    assert claim.sourcing != "anonymous"


def test_the_first_person_is_an_unnamed_source_named_again() -> None:
    """ "the first person said" after two people familiar with a deal: one of them, still
    anonymous (not a vague group)."""
    body = (
        "Merger\n\nCopperline Media is close to a deal for the radio group Wavecrest, a person "
        "briefed on the talks said.\n\nWavecrest's owners may still seek rival bids for a "
        "month, another person familiar with the talks said.\n\nThe first person said "
        "Wavecrest's board would vote on the offer when it meets on Monday."
    )
    assert _one(body, "vote on the offer").sourcing == "anonymous"


def test_the_first_person_reaches_past_named_voices_and_paragraphs() -> None:
    """ "the first person said" points back at an unnamed source however far back, and
    whoever was quoted by name in between (here a chief executive and a bank's analysts)."""
    body = (
        "Merger\n\nCopperline Media is close to a deal for the radio group Wavecrest, a person "
        "briefed on the talks said.\n\nWavecrest's owners may still seek rival bids for a "
        "month, another person familiar with the talks said.\n\nWavecrest shares rose 5% on "
        "Wednesday.\n\n"
        'Chairman Piet Olsen said in May that the group was "not looking for a buyer".\n\n'
        "Analysts at Dorring Bank said the price looked low.\n\nThe first person said "
        "Wavecrest's board would vote on the offer when it meets on Monday."
    )
    assert _one(body, "vote on the offer").sourcing == "anonymous"


def test_a_ledes_unnamed_person_named_in_the_next_paragraph_is_that_person() -> None:
    """ "A grandmother of five says …" // "Mirela Oakhurst, 68, told us …": the lede's unnamed
    person is the one the next paragraph introduces by name (README item 19), and so are the
    quotes and pronouns carried on from either."""
    body = (
        "Pensioner waits 11 months for bus pass\n\n"
        "A grandmother of five says she has waited 11 months for a bus pass from Dunmere "
        "council.\n\n"
        "Mirela Oakhurst, 68, told us the council lost her form twice.\n\n"
        '"I have rung them every week since March," she said.\n'
    )
    claims = extract_claims(body)
    assert [(c.speaker, c.sourcing) for c in claims] == [("Mirela Oakhurst", "named")] * 3


@pytest.mark.parametrize(
    "lede",
    [
        "The coach will be gone by May, according to a source close to the club.",
        "No patient has been admitted to the ward since March, a nurse who asked us not to "
        "name her said.",
        "An official at the club said the ward closed for 12 weeks in March.",
    ],
)
def test_a_ledes_withheld_source_stays_anonymous_when_someone_is_named_next(lede: str) -> None:
    """A source kept unnamed on purpose, or a body's voice (an official), is not the person
    the next paragraph names."""
    body = (
        f"Ward closure questioned\n\n{lede}\n\n"
        "Dr Ilse Varga, the club's medical director, said no decision had been made in 2024.\n"
    )
    first = extract_claims(body)[0]
    assert first.sourcing == "anonymous"


@pytest.mark.parametrize(
    "note",
    [
        "The sale has not been announced, so neither wanted to be identified.",
        "The two men insisted on anonymity because the plan has not been made public.",
        "Both asked for anonymity, as neither had clearance to discuss the sale.",
        pytest.param(
            "Both were granted anonymity to discuss a plan that is still secret.",
            marks=pytest.mark.xfail(
                strict=True,
                reason="the note is read by its main verb "
                "(ANONYMITY_NOTE_LEMMAS): 'were granted anonymity' makes "
                "an anonymous claim of it",
            ),
        ),
        pytest.param(
            "Neither was authorized to speak publicly, so both requested anonymity.",
            marks=pytest.mark.xfail(
                strict=True,
                reason="a note of two joined clauses ('…, so "
                "both requested anonymity') is taken for an anonymous "
                "claim",
            ),
        ),
    ],
)
def test_the_writers_note_on_a_sources_anonymity_is_the_writers(note: str) -> None:
    """README item 3: the note on why a source is unnamed is no claim of the source's; the
    source's own sentence stays anonymous, and so does one whose anonymity is an aside."""
    body = f"Mill to shut\n\nTwo officials said the Dunmere mill would shut in May. {note}\n"
    said, written = extract_claims(body)
    assert said.sourcing == "anonymous"
    assert (written.sourcing, written.speaker) == ("none", None)
    aside = "Twice in May the lifts failed, said a porter who asked not to be named."
    assert _one(aside, "Twice in May").sourcing == "anonymous"


def test_a_press_reviews_cited_body_keeps_its_figures_with_a_relative_clause() -> None:
    """A paper's report, then its citing of figures from a body with a relative clause on
    what the body counted: the body's relative clause is the body's too, so the report
    before it is still the body's (README item 40)."""
    body = (
        "Friday's papers\n\n"
        "The Hobb Herald reports on its front page that evictions have climbed by a quarter "
        "since 2023. "
        "The paper cites figures from the Tenancy Courts Service, which recorded 8,400 cases "
        "in 2025.\n"
    )
    report = _one(body, "evictions have climbed")
    assert (report.speaker, report.via) == ("Tenancy Courts Service", "Hobb Herald")
    assert _one(body, "The paper cites").speaker == "Tenancy Courts Service"


def test_a_document_a_clause_says_a_body_made_is_that_bodys() -> None:
    """README item 34: "<body> has released its annual review … The review said …", "…,
    according to figures it published … the same figures show", "the hospital's notice
    said": the document's maker or owner, as the article names it, speaks through it."""
    review = (
        "Report faults police\n\n"
        "Tern Watch, a rights group, published its yearly survey of 31 countries on Monday.\n\n"
        "The survey said 40 people died in custody in 2024.\n"
    )
    assert _one(review, "The survey said").speaker == "Tern Watch"
    figures = (
        "Waiting list\n\n"
        "Ketterby District Council paid £2.6m for bed and breakfast rooms last year, a record, "
        "according to figures it released in June. The council housed 640 families in them, "
        "the same figures show.\n"
    )
    assert _one(figures, "£2.6m").speaker == "Ketterby District Council"
    assert _one(figures, "the same figures show").speaker == "Ketterby District Council"
    notice = (
        "Hospital hit\n\n"
        "Ashby Vale Hospital learned of the data breach on March 3.\n\n"
        '"We take the privacy of every patient seriously," the hospital\'s notice said.\n'
    )
    assert _one(notice, "privacy of every").speaker == "Ashby Vale Hospital"
    records = "Records\n\nThe patient's records show 12 visits in 2024.\n"
    assert _one(records, "records show").sourcing == "none"  # (a person's, not a body's)


@pytest.mark.parametrize(
    ("sentence", "speaker", "kind"),
    [
        ("Ana Lee-Marsh said the plant would close in March with 40 jobs lost.",
         "Ana Lee-Marsh", "person"),
        ("Ivo Marrast-Pell, a spokesman for the club, said 300 fans were banned.",
         "Ivo Marrast-Pell", "person"),
        ("The Coastal Anti-Doping Agency said the rider tested positive twice in May.",
         "Coastal Anti-Doping Agency", "organisation"),
        ("The rider tested positive twice in May, the Coastal Anti-Doping Agency said.",
         "Coastal Anti-Doping Agency", "organisation"),
        ("Мэрия Ростова-на-Дону сообщила, что 12 школ закрыты на карантин.",
         "Мэрия Ростова-на-Дону", "organisation"),
        ("Івано-Франківська міська рада повідомила, що 5 шкіл закрили.",
         "Івано-Франківська міська рада", "organisation"),
        ("Ганна Коваль-Степаненко заявила, що 3 особи затримано.",
         "Ганна Коваль-Степаненко", "person"),
    ],
)  # fmt: skip
def test_a_hyphenated_name_is_read_whole(sentence: str, speaker: str, kind: str) -> None:
    """The tokenizer cuts a word at its hyphens ("Anti", "-", "Doping"): a body's name was
    assembled from the parts the tagger calls proper nouns ('Coastal Anti - Agency'), and the
    recogniser took a hyphenated surname for a company's and left its given name out
    ('Lee-Marsh', an organisation). Invented names."""
    claim = _one(sentence, sentence[:12])
    assert (claim.speaker, claim.speaker_type) == (speaker, kind)


@pytest.mark.parametrize(
    ("sentence", "speaker", "kind"),
    [
        ("The Office of Roads and Bridges said the new span would open in 2027 at a cost of "
         "$40 million.", "Office of Roads and Bridges", "organisation"),
        ("Coal output fell 12% in 2024, according to the Institute of Mining and Metallurgy.",
         "Institute of Mining and Metallurgy", "organisation"),
        ("За даними Національної служби здоров'я Молдови, черги до лікарів скоротилися на 20%.",
         "Національна служба здоров'я Молдови", "organisation"),
        ("Мать школьницы заявила, что за ремонт класса родители сдали по 3 тысячи рублей.",
         "мать школьницы", "person"),
        ("Мати студента повідомила, що гуртожиток подорожчав на 40% у 2025 році.",
         "мати студента", "person"),
    ],
)  # fmt: skip
def test_a_speakers_name_and_type_survive_and_countries_and_relations(
    sentence: str, speaker: str, kind: str
) -> None:
    """Three cuts a shift at the desk saw (issue 12): a body's name with "and" inside was cut
    before "and" ("Office of Roads"); a country closing a body's name in the genitive was
    made the speaker, a person; a relation with its owner ("Мать девочки") was typed a body.
    Invented names and sentences."""
    claim = _one(sentence, sentence[:12])
    assert (claim.speaker, claim.speaker_type) == (speaker, kind)


@pytest.mark.parametrize(
    "sentence",
    [
        "Two bakeries in Orrin are said to be cutting their opening hours.",
        "The ferry line is understood to be weighing a sale of its oldest boat.",
        "Most of the stalls were thought to have closed before the storm.",
        "The quarry's owners are believed to have sold the site in 2019.",
    ],
)
def test_a_hearsay_passive_with_its_subject_raised_relays_unnamed_others(sentence: str) -> None:
    """README item 44 (attr23): "X is said to …", "X is understood to …" relay what unnamed
    others say about X, as "it is understood that X …" does: a claim, unattributed, nobody
    named, however plain its content (no number, no name); never a schedule's "is expected
    to", nor a speaker's own words."""
    claim = _one(f"The fair reopened on Monday.\n\n{sentence}", sentence[:20])
    assert (claim.sourcing, claim.speaker) == ("unattributed", None)
    told = _one(f"{sentence[:-1]}, the union said.", sentence[:20])
    assert (told.sourcing, told.speaker) == ("named", "union")
    planned = [c for c in extract_claims("The hearing is expected to run into next week.")]
    assert all(c.sourcing == "none" for c in planned)


def test_a_dateline_with_the_release_s_date_in_brackets_makes_a_release() -> None:
    """A dateline that gives its own full date in brackets where a wire puts its agency
    ("HALDEN, Ore. (May 6, 2026) – …", attr23) is a public body's or a company's own release:
    its sentences with no source of their own are its issuer's, the body its lede has
    announce (a short form it spelled out: by the full name), or, in a police release that
    names itself nowhere else, the body whose officers acted ("KPD officers stopped …"); the
    display lines over the dateline are no one's."""
    body = (
        "Two reservoirs to shut for repairs\n\n"
        "HALDEN, Ore. (May 6, 2026) – The Valley Water Board (VWB) announced today that it "
        "will drain the Kell and Marrow reservoirs from July.\n\n"
        "Both dams were built in 1958 and leak about 40 litres a second.\n\n"
        "Drinking water will come from the Orrin wells until the spring.\n\n"
        "VWB is the public body that runs water supply in the valley."
    )
    for snippet in ("Both dams", "Orrin wells"):
        claim = _one(body, snippet)
        assert (claim.sourcing, claim.speaker) == ("named", "Valley Water Board")
    police = (
        "Stolen bicycles found in a van\n\n"
        "This release tells how the gang worked. The lesson: chain your bike to a rail.\n\n"
        "Ashby PA (June 2, 2026) – Last week, KPD officers stopped a white van on Route 9 and "
        "found 40 bicycles in the back. Nineteen of them had been reported stolen.\n\n"
        "The driver was taken to the county jail and later released.\n\n"
        "Anyone with information should ring the KPD tip line."
    )
    for snippet in ("Nineteen of them", "county jail"):
        claim = _one(police, snippet)
        assert (claim.sourcing, claim.speaker) == ("named", "KPD"), snippet
    assert all(c.speaker != "KPD" for c in extract_claims(police) if "chain your" in c.text)
    news = police.replace("Ashby PA (June 2, 2026) – ", "ASHBY, Pa., June 2 (Reuters) - ")
    assert _one(news, "county jail").speaker is None  # (a wire's story: no release)


def test_a_paper_citing_a_document_its_owner_named_passes_on_the_owner_s_claim() -> None:
    """README item 40 (attr23): "<paper> reports, citing <Body> records, that …" and "citing
    the college's own budget paper" are the document's owner's claims, the paper only the
    channel; a paper citing its own count stays the paper's."""
    body = (
        "The Morning Ledger leads on the harbour.\n\n"
        "The Ledger reports, citing Harbour Commission records, that berth fees rose by a "
        "fifth in 2025.\n\nCiting its own tally of building permits, the Courier says just 40 "
        "homes were finished in 2025."
    )
    claim = _one(body, "berth fees")
    assert (claim.sourcing, claim.speaker) == ("named", "Harbour Commission")
    assert _one(body, "40 homes").speaker == "Courier"
    college = _one(
        "The Dale Courier writes, citing the college's own budget paper, that Orrin College "
        "will shut its library on Sundays.",
        "library",
    )
    assert college.speaker is not None and "college" in college.speaker.lower()


@pytest.mark.parametrize(
    ("sentence", "sourcing"),
    [
        ("Industry insiders say the new plant will open a year late.", "unattributed"),
        ("Market insiders say the shares will fall 5% on Monday.", "unattributed"),
        ("Industry sources said the merger talks had stalled.", "anonymous"),
        ("Union sources said the strike would go ahead on May 3.", "anonymous"),
        ("Two insiders said the board met on Friday.", "anonymous"),
    ],
)
def test_insiders_of_a_trade_at_large_are_a_vague_group(sentence: str, sourcing: str) -> None:
    """README item 22 (session 22): "Industry insiders say" speaks for a sector, no body, a
    vague group; "sources" (the word for people kept back), a body's sources or counted
    insiders are anonymous."""
    claim = _one(f"A bus maker cut 40 jobs on Monday.\n\n{sentence}", sentence[:15])
    assert claim.sourcing == sourcing


def test_a_lede_s_figures_are_the_publisher_the_next_paragraphs_name() -> None:
    """README item 34 (session 22, attr23): a headline's or lede's "figures show" or
    "according to new research" with no author is the publisher the next paragraph or the one
    after names on a document ("Orrin Transport Office data shows", "Analysis by the X
    found"); with two such publishers, or none, it stays unattributed."""
    body = (
        "Late buses\n\n"
        "One bus in six on the coast road ran more than ten minutes late in October, figures "
        "show.\n\n"
        "Drivers blamed roadworks at Kell.\n\n"
        "Orrin Transport Office data shows the share was one in ten a year earlier."
    )
    claim = _one(body, "coast road")
    assert (claim.sourcing, claim.speaker) == ("named", "Orrin Transport Office")
    research = (
        "Fewer swifts over the valley\n\n"
        "Swifts nesting in the valley's church towers have halved since 2015, according to new "
        "research.\n\n"
        "Analysis by the Marrow Bird Society (MBS) found nests in 31 towers, against 64 then."
    )
    assert _one(research, "church towers").speaker == "Marrow Bird Society"
    two = body + " Kell Council figures show a fall of 2%."
    assert _one(two, "coast road").sourcing == "unattributed"
    far = body.replace("Drivers blamed", "Drivers blamed rain.\n\nRiders blamed")
    far = far.replace("Orrin Transport", "Riders said.\n\nOrrin Transport")
    assert _one(far, "coast road").sourcing == "unattributed"


def test_it_after_the_words_it_reports_is_never_a_name_in_them() -> None:
    """attr23b: "…, it said" after the words it reports stands for an organisation named
    before the sentence, never one the reported words name ("Penby" below, a place the
    recogniser may take for a body); and when the sentence before was about a body (its main
    clause's subject), that body before one it only mentions as an object."""
    ferries = (
        "Skelt Ferries cut its winter timetable on Monday.\n\n"
        "There will be no sailings to Orlick Sound or Penby Harbour Authority berths, it said."
    )
    assert _one(ferries, "no sailings").speaker == "Skelt Ferries"
    board = (
        "The Tarrow Water Board has fined Brill Utilities and Casso Pumps a total of £4m "
        "for leaks in 2025. Seven more firms remain under investigation, making nine cases in "
        "all, it said."
    )
    assert _one(board, "Seven more firms").speaker == "Tarrow Water Board"


def test_a_public_body_s_noun_is_never_the_company_beside_it() -> None:
    """attr23b: "the agency said" after a public agency and a company named side by side is
    the agency, even when its own quote makes the company's staff a speaker candidate ("gives
    Halvex Aerospace engineers time") and a clock's zone in brackets ("(0915 GMT)") comes
    before more of the sentence. Fails before attr23b (c1b7fad8~1: the company twice)."""
    body = (
        "The Polar Research Administration (PRA) and the engine maker Halvex Aerospace delayed "
        "the flight of an ice-mapping drone on Friday.\n\n"
        "The agency said in a notice that the drone would not fly before June 14. "
        '"The wait gives Halvex Aerospace engineers time to swap a fuel pump that leaked on '
        'June 1," the agency said.\n\n'
        "Take-off is now planned for 5:15 a.m. EDT (0915 GMT) on June 14, with a reserve slot "
        "on June 15, the agency added."
    )
    for snippet in ("before June 14", "fuel pump", "reserve slot"):
        assert _one(body, snippet).speaker == "Polar Research Administration", snippet


def test_a_public_body_s_noun_is_never_a_company_s_short_name_nor_the_town() -> None:
    """attr23b: "the agency said" is not "Tolland", the short form of the company "Tolland
    Engineering" the article names, which spoke before it; "the council said" is not the town
    the article writes as a place ("in Holmsford"), whatever the recogniser typed either.
    The agency half fails before attr23b (c1b7fad8~1: "Tolland")."""
    agency = (
        "Coastguard picks Tolland Engineering for rescue launches\n\n"
        "The coastguard will buy six rescue launches from Tolland Engineering in a £40 million "
        "order, Harbour Craft Procurement (HCP) confirmed on Thursday.\n\n"
        "Tolland, which builds boats in Whitby, said the hulls would be laid next spring. The "
        "company says each launch can right itself in seconds.\n\n"
        "The agency said the last launch would be delivered in 2029."
    )
    assert _one(agency, "last launch").speaker == "Harbour Craft Procurement"
    town = (
        "From April the library in Holmsford will open only three days a week, because the town "
        "council has cut its grant by £60,000.\n\n"
        "The council said next year's budget needed £1.1m of cuts."
    )
    assert _one(town, "£1.1m").speaker == "council"
    named = "Holmsford council cuts library grant\n\n" + town
    assert _one(named, "£1.1m").speaker == "Holmsford council"  # (a body the town names: the
    # headline's description whole, not the place in it, since en43's _by_fuller_name)


@pytest.mark.parametrize(
    ("body", "snippet", "speaker"),
    [
        ("Glenna Marine order book swells\n\n"
         "Welsh boat builder Glenna Marine has 140 ferries on order, up from 90 last spring, "
         "the company said in a results statement.\n\n"
         "Glenna competes with two other yards in the UK market.",
         "140 ferries", "Glenna Marine"),
        ("Ferry runs aground\n\n"
         "The first electric ferry on the island route scraped a sandbank on Saturday as it "
         "docked, the company that built it said.\n\n"
         "Harnock Yards said nobody was hurt and the hull was sound.\n\n"
         "Harnock's shares slipped 3% on Monday.",
         "scraped a sandbank", "Harnock Yards"),
        ("Lake still smells of oil\n\n"
         "Farmers say the lake has smelled of oil since the pipeline cracked in June.\n\n"
         "Petrana Vell, which ran the pipeline, said in a filing that it had compensated 120 "
         "farms.\n\n"
         "Older leaks, not the June crack, explain the smell, the company says.",
         "Older leaks", "Petrana Vell"),
    ],
)  # fmt: skip
def test_the_company_is_a_company_the_recogniser_took_for_a_person(
    body: str, snippet: str, speaker: str
) -> None:
    """attr24: "the company said" when the recogniser took the company's name for a
    person's or missed it (so no organisation was named before): the name the article
    shortens to its first word as news shortens a company ("Orla competes", "Wrenna's
    shares") or writes "which" after ("Minera Tolsa, which owned the dam"), never shortened
    to its last word as a person is; in a lede with none before, the one the next paragraph
    names. A person's name stays a person's (below)."""
    claim = _one(body, snippet)
    assert (claim.speaker, claim.speaker_type) == (speaker, "organisation")


@pytest.mark.xfail(
    strict=True,
    reason="found by copy28b's rewrite: '…, the company that made it said.' is parsed "
    "'that made [it said]' and names no source ('that built it said' does); with 'built', "
    "a company the recogniser misses ('Harnock Robotics said …' next) is not found either",
)
@pytest.mark.parametrize(("verb", "company"), [("made", "Harnock Yards"),
                                               ("built", "Harnock Robotics")])  # fmt: skip
def test_the_company_that_made_it_is_the_company_named_next(verb: str, company: str) -> None:
    body = (
        "Ferry runs aground\n\n"
        "The first electric ferry on the island route scraped a sandbank on Saturday as it "
        f"docked, the company that {verb} it said.\n\n"
        f"{company} said nobody was hurt and the hull was sound.\n\n"
        "Harnock's shares slipped 3% on Monday."
    )
    claim = _one(body, "scraped a sandbank")
    assert (claim.speaker, claim.speaker_type) == (company, "organisation")


def test_the_company_is_never_a_person_shortened_to_a_surname() -> None:
    """attr24: a name the article shortens to its last word is a person's, never what "the
    company" stands for."""
    body = (
        "Hat maker shuts\n\n"
        "For three decades the workshop was run by Marisol Venn, the company said.\n\n"
        "Venn said she would miss her customers."
    )
    assert _one(body, "three decades").speaker != "Marisol Venn"


def test_the_company_after_its_quotation_is_never_a_name_quoted() -> None:
    """attr24: "'<Name>, which …, will need cuts,' the company said" is the company named
    before, never the name its quoted words speak of (a mine, a unit, a plant the recogniser
    may take for a person or a body), as "…, it said" never is (attr23b)."""
    body = (
        "Ostrander Resources answers union\n\n"
        "Ostrander Resources said on Monday that it would not reopen talks with the miners' "
        "union before January.\n\n"
        '"Without a buyer, Corbel Ridge, which has not made a profit since 2019, will close '
        'within a year," the company said.'
    )
    assert _one(body, "Corbel Ridge").speaker == "Ostrander Resources"
    itself = (
        "Ostrander Resources to idle mine\n\n"
        "Ostrander Resources will idle one of its three mines from January.\n\n"
        '"With coal prices this low, Ostrander Resources is cutting output to match demand," '
        "the company said."
    )
    assert _one(itself, "cutting output").speaker == "Ostrander Resources"  # (named before)


@pytest.mark.parametrize(
    ("body", "snippet", "sourcing", "speaker"),
    [
        ("Brisco Freight cut 300 jobs at its northern depots in March, the union said.\n\n"
         "Brisco Freight did not comment on the timing.", "timing", "named", "Brisco Freight"),
        ("The Pellory Investigation Bureau did not confirm whether the two men were suspects.",
         "suspects", "named", "Pellory Investigation Bureau"),
        ("Asked about the quay repairs, a port spokeswoman would not comment.", "quay",
         "anonymous", "a port spokeswoman"),
        # silence stays nobody's (README item 29), and so does a plural of common nouns
        ("The Pellory Investigation Bureau could not confirm whether the two men were suspects.",
         "suspects", "none", None),
        ("Kelso Haulage did not respond to questions about the timing.", "timing",
         "none", None),
        ("The councillors did not comment on their talks with the mayor.", "talks", "none",
         None),
        # "would not" refuses every verb "declined to" does; "did not say" stays silence
        ("Merrin Bank sold its card arm last week. The bank won't say who bought it.",
         "who bought", "named", "Merrin Bank"),
        ("Dunley Rail cut 40 trains. The company did not say when they would return.",
         "when they", "none", None),
        ("Residents would not say whether they had seen the fire.", "Residents", "none", None),
    ],
)  # fmt: skip
def test_a_refusal_put_as_did_not_comment_is_the_refusers_answer(
    body: str, snippet: str, sourcing: str, speaker: str | None
) -> None:
    """attr24b (README item 28): "X did not comment", "a spokeswoman would not comment", "the
    bureau did not confirm the names" refuse an answer in words, the refuser's, as "declined to
    comment" does; "could not confirm" and "did not respond" are silence (item 29)."""
    claim = _one(body, snippet)
    assert (claim.sourcing, claim.speaker) == (sourcing, speaker)


def test_an_apology_is_the_words_of_who_apologises() -> None:
    """attr24b: "Tarnwick Water has apologised after …" is the body's words, as "said sorry"
    would be; an apology inside a clause ("weeks after Vane apologised") or a participle
    ("…, apologising for the delays") is the writer's report of a deed."""
    body = (
        "Thousands of homes in Pellory lost their water supply on Sunday.\n\n"
        'Tarnwick Water has apologised after "several thousand" homes lost supply.\n\n'
        "The news came weeks after Oskar Vane apologised for remarks he made in 2023.\n\n"
        "The chief executive met angry residents at the depot, apologising for the delays."
    )
    assert _one(body, "several thousand").speaker == "Tarnwick Water"
    assert _one(body, "remarks he made").sourcing == "none"
    assert _one(body, "angry residents").sourcing == "none"


def test_leaders_of_the_one_body_of_their_kind_are_its_unnamed_staff() -> None:
    """attr24b (README item 20): "District leaders tell us …" where the article names one
    district are unnamed members of it, anonymous and affiliated, as "district officials"
    are; "executives …, who spoke privately," are unnamed by their own wish."""
    body = (
        "Parents hope the petition will push the Corrin Bay Unified School District to keep "
        "two libraries open. District leaders tell us they offered a 4% budget rise last spring."
    )
    claim = _one(body, "District leaders")
    assert (claim.sourcing, claim.affiliation) == (
        "anonymous", "Corrin Bay Unified School District"
    )  # fmt: skip
    claim = _one("Speaking privately, planners at two of the biggest coach firms said fuel costs "
                 "would climb again.", "planners")  # fmt: skip
    assert claim.sourcing == "anonymous"


def test_investigators_of_a_named_body_are_the_body() -> None:
    """attr24b (README item 14): "Investigators at Brisco Mutual found …" are a body's experts
    speaking in their trade, the body, as "Economists at X estimate" are."""
    body = (
        "Kelso Mutual and Fenmoor Insurance Group paid out on the claims.\n\n"
        "Investigators at Fenmoor Insurance Group, the smaller of the two, found that four of "
        "the claims used the same photographs."
    )
    claim = _one(body, "Investigators")
    assert (claim.sourcing, claim.speaker) == ("named", "Fenmoor Insurance Group")


@pytest.mark.parametrize("insurer", ["Tarnwick Insurance", "Harlow Assurance"])
def test_investigators_of_a_body_the_recogniser_missed_are_the_body(insurer: str) -> None:
    """Experts at a body the recogniser left with no entity at all, known by its name's last
    word (``grammar.untagged_body_name``: a company's or a body's head): the body, as when it
    is tagged (without the rule an unattributed group)."""
    body = (
        f"Kelso Mutual and {insurer} paid out on the claims.\n\n"
        f"Investigators at {insurer}, the smaller of the two, found that four of the claims "
        "used the same photographs."
    )
    claim = _one(body, "Investigators")
    assert (claim.sourcing, claim.speaker) == ("named", insurer)


@pytest.mark.parametrize(
    ("body", "snippet", "speaker"),
    [
        # invented: another trade of experts, another company head, the estimate's order
        ("Pellow Assurance and Kell Mutual share the market.\n\nEconomists at Pellow "
         "Assurance, the older firm, estimate that 30% of claims in 2025 were for floods.",
         "30% of claims", "Pellow Assurance"),
    ],
)  # fmt: skip
def test_a_body_the_recogniser_left_untagged_is_still_a_body(
    body: str, snippet: str, speaker: str
) -> None:
    claim = _one(body, snippet)
    assert (claim.sourcing, claim.speaker, claim.speaker_type) == ("named", speaker,
                                                                   "organisation")  # fmt: skip


def test_a_body_s_noun_said_between_commas_is_the_body() -> None:
    """attr24b: "From <a date>, the airline said, <what it will do>" sets its reporting verb
    inside the clause it reports (the parser hangs it there); "the airline" is the airline
    named before, as when the verb comes first or last."""
    body = (
        "Dorvia Coastal Airlines cut its timetable on Monday.\n\n"
        "From next month, the airline said, nine routes to the islands will run only at "
        "weekends."
    )
    claim = _one(body, "nine routes")
    assert (claim.sourcing, claim.speaker) == ("named", "Dorvia Coastal Airlines")


def test_the_report_is_the_author_named_with_it_before() -> None:
    """ "after a Department of Transport report showed …" then "According to the report, …";
    "according to a new report by the consultancy Roadwise" then "The report looked at …":
    the author the grammar tied to the document (a name before it, the parser's nmod when
    the name holds "of"; a name set after the noun that describes it) is whose "the report"
    is later (README item 34), never "the report" with no author, nor "consultancy"."""
    body = (
        "A Department of Transport report published on Friday showed that cancellations had "
        'nearly doubled, and transport minister Owen Darrow called the figures "unacceptable".'
        "\n\n"
        "According to the report, 41,200 trains ran late in March.\n\n"
        "Bus operators were fined $640 million over six years, according to a new report by "
        "the consultancy Roadwise.\n\n"
        "Eight of the 12 operators it examined had been fined, the report found.\n"
    )
    claims = {c.text.split()[0]: (c.speaker, c.sourcing) for c in extract_claims(body)}
    assert claims["According"] == ("Department of Transport", "named")
    assert claims["Bus"] == ("Roadwise", "named")
    assert claims["Eight"] == ("Roadwise", "named")


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Three bridges on the coastal road will stay shut until the spring, the Northern "
         "Highways Authority (NHA) said.", "Northern Highways Authority"),
        ("The ban will hurt small bakers, the Society to Support Village Shops warned.",
         "Society to Support Village Shops"),
    ],
)  # fmt: skip
def test_a_trailing_reporting_verb_names_its_speaker_after_the_comma(
    body: str, speaker: str
) -> None:
    """ "…, the X (INITIALS) said." and "…, the Society to Support X warned." name their
    speaker after the comma. A guard of the shape only: the parser reads these two itself, and
    they pass without attr26b's trailing rule (``grammar._lost_subject``, ``_before_initials``,
    ``_in_phrase``); mend26a found no invented sentence that needs that rule and is right
    (about 250 tried; where it fired, "the Fund to Protect Rural Schools warned", it named the
    last words, "Rural Schools"). A trailing verb that is no verb of words names nobody."""
    (claim,) = extract_claims(body)
    assert (claim.sourcing, claim.speaker) == ("named", speaker)
    (claim,) = extract_claims(
        "Water came through the ceiling, the Flood Repair Service (FRS) fixed it within hours."
    )
    assert claim.sourcing == "none"


@pytest.mark.parametrize(
    "body",
    [
        "Officials must reopen the village school and drop the fee, the Fund to Protect Rural "
        "Schools warned on Friday.",
        "Sheep were moved off the common in the dry summer, the Council to Protect Lowland "
        "Heaths said.",
        "The minister should withdraw the plan and meet the farmers, the Alliance to Defend Hill "
        "Farms (ADHF) said.",
    ],
)
def test_a_trailing_name_the_parser_cut_names_no_speaker(body: str) -> None:
    """mend26b: where the parser reads a name's word as a verb ("to Protect") and leaves the
    trailing verb without a subject, the phrase after the comma names the speaker only if its
    whole name is seen, from its first capitalised word ("Fund") to its last, as one parsed
    phrase or one entity (``grammar._seen_whole``); otherwise no speaker, never the cut tail
    ("Rural Schools", "Lowland Heaths", "Defend Hill Farms" before)."""
    (claim,) = extract_claims(body)
    assert (claim.sourcing, claim.speaker) == ("none", None)


def test_a_post_of_the_body_a_possessive_picks_out_is_its_one_holder() -> None:
    """attr26b (README items 18, 19, ``grammar._definite_owner``): a post a possessive picks
    out, as the subject of a reporting verb, is its one holder as "the manager" is, after the
    comma or before the verb, owned by a noun or by "its"; and the person the article later
    names in it. Never the doer of a deed told in the passive, nor "a detective" (one of
    many). Each positive case has no source without the rule."""
    claim = _one("Ticket sales for the winter season are the best in a decade, the theatre's "
                 "box office manager said on Monday.", "Ticket")  # fmt: skip
    assert (claim.sourcing, claim.speaker) == ("named", "theatre's box office manager")
    claim = _one("The hospital's finance director says the deficit reached £8 million in May.",
                 "deficit")  # fmt: skip
    assert (claim.sourcing, claim.speaker) == ("named", "hospital's finance director")
    claim = _one("Its finance director told staff that the firm had lost £2 million in the "
                 "spring.", "firm")  # fmt: skip
    assert (claim.sourcing, claim.speaker) == ("named", "finance director")
    body = (
        "Ferry tickets\n\nBy Tom Reed\n\n"
        "Half of the summer crossings were sold out by Easter, the ferry company's sales chief "
        "says.\n\nSales chief Mara Oldfield said more boats would run in July.\n"
    )
    claim = _one(body, "Half")
    assert (claim.sourcing, claim.speaker) == ("named", "Mara Oldfield")
    claim = _one("A boycott of the canteen was organised in March by the student council's "
                 "welfare officer.", "boycott")  # fmt: skip
    assert claim.sourcing == "none"
    claim = _one("Crowds of about 300 gathered outside the court, a detective said.", "Crowds")
    assert (claim.sourcing, claim.speaker) == ("anonymous", "a detective")


def test_a_stance_expressed_in_words_is_its_holders_claim() -> None:
    """attr26b (README items 9, 22, 26; ``cues.EXPRESSION_LEMMAS``, ``grammar._stance``):
    "expressed anger over …", "voiced fears that …" put a stance into words, the holder's
    claim (named, a group as written, or the body "the council" points back to); each had no
    source, or no claim, without the rule. An object that states no stance ("voiced the
    villain", "expressed oil") is no words."""
    claim = _one("The fishermen's union has expressed anger over the new quotas.", "quotas")
    assert (claim.sourcing, claim.speaker) == ("named", "fishermen's union")
    claim = _one("Residents of the Holm estate voiced fears that the new tower would block "
                 "their light.", "tower")  # fmt: skip
    assert (claim.sourcing, claim.speaker) == ("unattributed", "Residents of the Holm estate")
    body = (
        "The Tarn Valley parish council met on Monday.\n\n"
        "The council expressed concern that the bridge had not been inspected since 2015.\n"
    )
    claim = _one(body, "bridge")
    assert (claim.sourcing, claim.speaker) == ("named", "Tarn Valley parish council")
    for body in (
        "She voiced the villain in the cartoon series for six years.",
        "The press expressed oil from 200 kilos of seeds every hour.",
    ):
        assert all(c.sourcing == "none" for c in extract_claims(body)), body


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Dr Lena Voss, a surgeon at the hospital, expressed alarm at the rise in knife wounds "
         "this year.", "Lena Voss"),
        # invented: another verb of expression, other prepositions, a body
        ("The union voiced anger over the closure of 12 depots this year.", "union"),
        ("The drivers' union expressed fury at the 12% rise in parking fees.", "drivers' union"),
    ],
)  # fmt: skip
def test_a_stance_whose_at_phrase_the_parser_hung_on_the_verb(sentence: str, speaker: str) -> None:
    """ "expressed alarm at the rise in …", the "at" form the rule names, with "at" on the
    verb (``grammar._stance_hung_on_verb``): the phrase right after a bare stance noun is what
    the stance is about, wherever the parser hung it (none of them spoke without the rule); a
    thing pressed at a heat is no stance ("expressed the juice at the mill": an article)."""
    claim = _one(sentence, "this year" if "this year" in sentence else "fees")
    assert (claim.sourcing, claim.speaker) == ("named", speaker)
    assert all(c.sourcing == "none" for c in extract_claims(
        "She expressed the juice at the mill for 40 minutes."))  # fmt: skip


def test_a_body_s_own_map_or_gauge_named_by_its_noun_is_the_body() -> None:
    """attr26b (README item 26; ``grammar._instrument_owner``, ``Reader._shown_by``): what a
    body's meter or sensor reads is its measurement, owned by its name or by its noun ("the
    agency's"), and so is what its map or tracker shows when the owner is its noun; each had
    no source without the rule. A meter of nobody's reads nobody's figure."""
    body = (
        "Harlow Water supplies about 90,000 homes.\n\n"
        "Harlow Water's meters read 40% below normal demand on Sunday.\n"
    )
    assert _one(body, "meters").speaker == "Harlow Water"
    body = (
        "The Marsh Flood Agency has closed the footpath along the dam.\n\n"
        "On Tuesday morning the agency's sensor near the dam read 12 degrees.\n"
    )
    assert _one(body, "sensor").speaker == "Marsh Flood Agency"
    body = (
        "The Bellport Port Authority closed the harbour.\n\n"
        "The authority's online tracker shows 31 ships waiting outside.\n"
    )
    assert _one(body, "tracker").speaker == "Bellport Port Authority"
    claim = _one("The old meter in the basement read 300 units last week.", "meter")
    assert claim.sourcing == "none"


def test_a_thing_that_finds_is_no_unnamed_person() -> None:
    """attr26 (README "a thing read as an unnamed person"): an indefinite noun no list knows
    for a person's, as the subject of "found", "showed", "indicated" or "revealed" ("A sniffer
    dog indicated …", "A search of the van found …"), is a search, a test or an inquiry, not one
    unnamed source; with "by" its author speaks ("an inquiry by the Gazette has found …"), and
    only then: a name "of" it was examined or searched, it did not speak (mend26d). "A villager
    told the agency" stays an unnamed person."""
    body = (
        "A sniffer dog indicated at a lorry driver during a customs check at the ferry terminal "
        "in June.\n\n"
        "Yet an inquiry by the Gazette has found that many homes charge £1,000 a week.\n\n"
        "A villager told the agency that the bridge had collapsed at dawn on Monday.\n\n"
        "A post-mortem examination of Harold Fenn found he died of head injuries.\n\n"
        "A search of Marta Ilves's car found two knives and a map of the harbour.\n"
    )
    claims = {c.text.split()[1]: (c.speaker, c.sourcing) for c in extract_claims(body)}
    assert claims["post-mortem"] == (None, "none")  # (mend26d) the man examined, no author
    assert claims["search"] == (None, "none")  # nor the woman whose car was searched
    assert claims["sniffer"] == (None, "none")
    assert claims["an"] == ("Gazette", "named")
    assert claims["villager"] == ("A villager", "anonymous")


def test_bodies_or_people_at_large_read_as_a_capitalised_plural_are_a_group() -> None:
    """attr27 (README item 22): a bare plural of a body's noun ("Unions warned", "Regulators
    objected") is bodies of that kind at large, and a sentence's first word that is the plural
    of a noun for people, tagged a proper name for its capital ("Tenants told the Ledger"), is
    people at large: a vague group, never one named body. "Police said" (no plural of a
    singular) is not read so. (Sentences invented, mend27e: no split's shape or names.)"""
    body = (
        "Unions warned the bakery chain that 25 night shifts would go by April.\n\n"
        "Tenants told the Ambrin Ledger that the lifts had been broken for six weeks.\n\n"
        "Councils said their budgets could not cover 120 road repairs.\n\n"
        "Police said the bridge over the Lune had reopened by 9pm.\n"
    )
    claims = {c.text.split()[0]: (c.speaker, c.sourcing) for c in extract_claims(body)}
    assert claims["Unions"] == ("Unions", "unattributed")  # a body named "Unions" at 263
    assert claims["Tenants"] == ("Tenants", "unattributed")  # no claim at 263
    assert claims["Councils"] == ("Councils", "unattributed")
    assert claims["Police"][1] == "named"


def test_a_source_who_did_not_want_a_name_used_is_anonymous() -> None:
    """attr27: "(who) do not want their names given", "did not wish their names published"
    withhold who speaks as "asked not to be named" does (README item 6: anonymous), before
    the speaking verb or after it, in a clause of its own."""
    claim = _one(
        "Two porters said two wards at the Kelmscott hospital had shut; they do not want "
        "their names given.",
        "porters",
    )
    assert claim.sourcing == "anonymous"
    claim = _one(
        "Three cleaners at the depot, who do not wish their names published, said they were "
        "paid for 20 hours a week.",
        "cleaners",
    )
    assert claim.sourcing == "anonymous"


def test_a_judgement_in_words_is_the_judge_s_claim() -> None:
    """attr27 (README items 26 and 31): "welcomed" the figures, "branded" something what it is
    called, "pointed to" a fact are a person's or a body's words, their claim; "welcomed 300
    refugees", "welcomed fans back", "branded the vans with its logo" are deeds, and a thing that
    points to something ("the bones point to") says nothing. (Invented, mend27e.)"""
    body = (
        "Transport secretary Oswin Trevask welcomed the figures, which put late trains at 6%.\n\n"
        "Wynn Morrant, the Green leader, branded the budget a betrayal of renters.\n\n"
        "Economist Ferelith Ovenden pointed to a shortage of welders behind the delays.\n\n"
        "Halla Sparrowe, the mayor, welcomed 300 refugees to the town hall on Monday.\n\n"
        "The club welcomed 4,000 fans back to the ground on Saturday.\n\n"
        "Rival firms branded the 300 new vans with their own logos.\n"
    )
    claims = {c.text.split()[0]: (c.speaker, c.sourcing) for c in extract_claims(body)}
    assert claims["Transport"] == ("Oswin Trevask", "named")
    assert claims["Wynn"] == ("Wynn Morrant", "named")
    assert claims["Economist"] == ("Ferelith Ovenden", "named")
    assert claims["Halla"] == (None, "none")
    assert claims["The"] == (None, "none")
    assert claims["Rival"] == (None, "none")


def test_people_at_large_speak_whatever_their_noun() -> None:
    """attr27 (README item 22): a plural noun no list knows, as the subject of a verb only
    people speak with ("Beekeepers warn …", "Several landlords complain …", "Amateur
    astronomers insist …"), is a group at large, a claim of theirs (it was no claim at all);
    "Studies say" stays a document and a deed ("Beekeepers moved …") nobody's words."""
    body = (
        "Beekeepers warn that a wet spring could halve this year's honey.\n\n"
        "Several landlords complain the new licence fee is twice what other towns charge.\n\n"
        "Amateur astronomers insist the new floodlights will spoil the dark-sky reserve.\n\n"
        "Beekeepers moved 200 hives to the heath in July.\n"
    )
    claims = {" ".join(c.text.split()[:2]): (c.speaker, c.sourcing) for c in extract_claims(body)}
    assert claims["Beekeepers warn"] == ("Beekeepers", "unattributed")
    assert claims["Several landlords"] == ("Several landlords", "unattributed")
    assert claims["Amateur astronomers"] == ("Amateur astronomers", "unattributed")
    assert claims["Beekeepers moved"] == (None, "none")


def test_people_at_large_speak_only_when_the_verb_carries_words() -> None:
    """mend27d (review27b on attr27's rule, README item 22): many verbs only people speak with
    are deeds too ("add eggs", "respond to calls", "deny entry", "argue with each other", "tell
    bees where …"): the plural subject is a group at large only when the verb carries what was
    said, a clause that is no question, a quotation, or the verb set inside the clause it
    reports; a deed stays no one's words (it was credited to the group)."""
    deeds = (
        "Bakers add 3 eggs to the mix for every loaf.\n\n"
        "Crews respond to about 300 calls a day.\n\n"
        "Guards deny entry to 300 visitors a day.\n\n"
        "Bees tell other bees where 40 flowers are.\n\n"
        "Robots argue with each other in the 2023 film.\n\n"
        "Cheesemakers explain where the 30 rounds went.\n\n"
        "Glassblowers explain whether 30 kilns went cold.\n"
    )
    claims = extract_claims(deeds)
    assert len(claims) == 7
    assert [(c.speaker, c.sourcing) for c in claims] == [(None, "none")] * 7
    words = (
        "The new gates are far too narrow for 30 carts, farriers say.\n\n"
        "The gates, thatchers say, cost £40 each to hang.\n\n"
        'Cheesemakers complain: "The 40 rounds we sent were never paid for."\n'
    )
    claims = {c.text.split()[1]: (c.speaker, c.sourcing) for c in extract_claims(words)}
    assert claims["new"] == ("farriers", "unattributed")
    assert claims["gates,"] == ("thatchers", "unattributed")
    assert claims["complain:"] == ("Cheesemakers", "unattributed")


def test_people_at_large_are_never_a_tally_a_headline_or_a_name() -> None:
    """mend27d (review27b: attr27's guards were untested): a counted part of a population
    ("Most voters told pollsters …") is a survey's tally, nobody speaking; a line that ends
    as no sentence does (a headline, a caption) is no group's words; a capitalised plural the
    article also writes as a name inside a sentence is that name, never people at large (both
    for a verb only people speak with and for a sentence's first word read as a proper name)."""
    tally = _one("Most voters told pollsters the tax was unfair by 20 points.", "voters")
    assert (tally.speaker, tally.sourcing) == (None, "none")
    body = (
        "The arcade has lost 12 tenants since March.\n\n"
        "Potters say the kiln tax has doubled to £300 a year"
    )
    line = _one(body, "Potters")
    assert (line.speaker, line.sourcing) == (None, "none")
    body = (
        "Ramblers told the Quellbridge Echo the 12 stiles had been removed.\n\n"
        "A spokesman for Ramblers said it had written to 30 landowners.\n"
    )
    assert _one(body, "stiles").sourcing != "unattributed"
    body = (
        "Neighbours told the Quellbridge Echo the alarm had rung for three nights.\n\n"
        "The alarm was fitted by Neighbours, a security firm, in 2021.\n"
    )
    assert _one(body, "rung").sourcing != "unattributed"


def test_someone_who_speaks_is_an_unnamed_source() -> None:
    """attr27 (README items 6 and 21): "someone"/"somebody" who speaks is one person the text
    does not name: anonymous, tied to the body or person it is at or close to."""
    claim = _one(
        "Somebody close to Bishop Venning said the letter went out unsigned in 2023.", "letter"
    )
    assert (claim.sourcing, claim.affiliation) == ("anonymous", "Bishop Venning")
    claim = _one("Someone briefed on the bids said Orrel Bank had put in £40m.", "Orrel")
    assert claim.sourcing == "anonymous"


def test_officials_of_the_one_body_named_with_every_qualifier() -> None:
    """attr27 (README item 20): "District water officials" where the article names "Fallow
    District Water Board", the district's council and a national water authority are unnamed
    staff of the one body whose name holds both words: anonymous, tied to it (it was a vague
    group: two bodies fitted one word each). (Invented, mend27e: other qualifiers.)"""
    body = (
        "Fallow District Water Board confirmed a second reservoir had fallen below half.\n\n"
        "The Ostmark Water Authority said rainfall had been 30% under average.\n\n"
        "Fallow District Council has asked homes to cut garden watering.\n\n"
        "District water officials said a hosepipe ban would begin within a fortnight.\n"
    )
    claim = _one(body, "hosepipe")
    assert (claim.sourcing, claim.affiliation) == ("anonymous", "Fallow District Water Board")


def test_what_a_court_heard_is_nobody_s_by_name() -> None:
    """attr27 (README item 45): "The court heard (that) he …", "The inquest heard …", "The
    jury was told …" is evidence given to the hearing by nobody the sentence names:
    unattributed, never the defendant the heard clause is about (it was no claim, or named
    after him); words of his own in the clause heard stay his. (Invented, mend27e.)"""
    body = (
        "Berwyn Cadwell, 47, a bookkeeper, denied three charges of false accounting.\n\n"
        "The court heard Cadwell had forged invoices worth £9,000 over two years.\n\n"
        "The inquest heard the climber's rope had frayed on a sharp ledge.\n\n"
        "The jury was told a locked drawer had held the ledger.\n\n"
        "Giving evidence, Ottoline Jessop said she had never signed the invoices.\n\n"
        "Interviewed by detectives, Cadwell said the invoices were his manager's idea, the "
        "court heard.\n"
    )
    claims = {c.text.split()[1]: (c.speaker, c.sourcing) for c in extract_claims(body)}
    assert claims["court"] == (None, "unattributed")
    assert claims["inquest"] == (None, "unattributed")
    assert claims["jury"] == (None, "unattributed")
    assert claims["evidence,"] == ("Ottoline Jessop", "named")
    assert claims["by"] == ("Berwyn Cadwell", "named")  # his words to the police (item 40)


def test_a_sheriff_s_office_named_after_a_full_stop_starts_at_its_sentence() -> None:
    """bugs29 (mend29a saw it): a sheriff's office's name never runs across a sentence's end;
    "…by Friday. The X Parish Sheriff's Department" named the body "Friday. The X …" that
    deputies speak for. An abbreviation's stop stays inside the name ("St. Aldric Parish").
    (Invented.)"""
    body = (
        "Floodwater closed the causeway late on Friday. The Marlow Parish Sheriff's Department "
        "sent two boats to the farms.\n\n"
        "Three families were taken to a school gym, deputies said.\n"
    )
    assert _one(body, "gym").speaker == "Marlow Parish Sheriff's Department"
    body = (
        "A tanker overturned near the weigh station. The St. Aldric County Sheriff's Office "
        "shut the highway for six hours.\n\n"
        "The driver was not hurt, deputies said.\n"
    )
    assert _one(body, "driver").speaker == "St. Aldric County Sheriff's Office"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The co-op's head, Wendeline Marsk, says the dairy will pay late.", "Wendeline Marsk"),
        ("The co-op's head, Caius Tremlow, told members the dairy would pay late.",
         "Caius Tremlow"),
    ],
)  # fmt: skip
def test_a_subject_cut_inside_a_hyphenated_word_is_the_noun_it_possesses(
    sentence: str, speaker: str
) -> None:
    """bugs29 (mend29a saw it): the parser made pieces of "co-op" subjects ("co", "-") and
    "op" the possessor of the real subject; the speaker was "co". The subject is the noun the
    hyphenated word possesses, and the name apposed to it speaks. (Invented.)"""
    claim = extract_claims(sentence)[0]
    assert (claim.speaker, claim.speaker_type) == (speaker, "person")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Boise, Idaho-based Harlow Greaves told investors that margins would shrink.",
         "Harlow Greaves"),
        ("Fresno, California-based Dunmore Figs told buyers that the crop was small.",
         "Dunmore Figs"),
        ("Tulsa, Oklahoma-based Wrenfield Pumps said it would hire 200 welders.",
         "Wrenfield Pumps"),
    ],
)  # fmt: skip
def test_a_name_based_in_a_city_and_region_is_a_body_that_speaks(
    sentence: str, speaker: str
) -> None:
    """bugs29 (mend29a saw it): "City, Region-based Z said" is Z's, an organisation, whether
    the parser made the city and Z two subjects of the verb (the city unrecognised, read a
    person), Z a conjunct of the city, or Z a person's name to the recogniser: a name
    qualified by where it is based is a firm's or a body's. (Invented.)"""
    claim = extract_claims(sentence)[0]
    assert (claim.speaker, claim.speaker_type) == (speaker, "organisation")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The orchestra's conductor, Ysolde Harrowgate, said the season was sold out.",
         "Ysolde Harrowgate"),
        ("The troupe's choreographer, Imogen Larch, told reporters the run was over.",
         "Imogen Larch"),
    ],
)  # fmt: skip
def test_a_name_apposed_to_a_person_s_trade_is_a_person(sentence: str, speaker: str) -> None:
    """bugs29 (mend29a saw it): a name the recogniser took for a body's, set in apposition to
    a person's trade or art (a conductor, a curator), is a person's, as one apposed to an
    office is; "The home's owner, X Group," stays the group's. (Invented.)"""
    claim = extract_claims(sentence)[0]
    assert (claim.speaker, claim.speaker_type) == (speaker, "person")
    claim = extract_claims("The hostel's owner, Brindle Care Group, said rents would rise.")[0]
    assert (claim.speaker, claim.speaker_type) == ("Brindle Care Group", "organisation")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Fallow Reach Mercury reported that the ferry would stop.",
        "The Hollow Bay Courier reported that two wards would merge.",
    ],
)
def test_a_paper_s_name_whose_first_word_hangs_on_its_second_is_whole(sentence: str) -> None:
    """bugs29 (mend29a saw it): the parser hung a paper's first word on its second ("Sallow"
    on "Bay"), not on its head, and the name lost it ("Bay Mercury"). (Invented.)"""
    words = sentence.split()
    assert extract_claims(sentence)[0].speaker == " ".join(words[1:4])


@pytest.mark.parametrize(
    ("body", "snippet"),
    [
        ("Corvin Foods shut its bakery in Leeds on Monday.\n\nThree senior managers at the "
         "bakery said the ovens had failed an inspection in May.", "ovens"),
        ("Talvo Bank posted a loss of £40 million.\n\nTwo executives who work on its trading "
         "desk said the loss came from one bond fund.", "bond fund"),
        ("Brightwell Water cut supplies to 3,000 homes.\n\nTwo other employees said the pump "
         "had not been serviced for a year.", "pump"),
        ("Two staff members said the warehouse roof had leaked since March.", "warehouse"),
    ],
)  # fmt: skip
def test_a_counted_few_of_a_bodys_staff_are_unnamed_sources(body: str, snippet: str) -> None:
    """A body's staff counted by a number ("two executives", "three senior managers", "two
    other staff members") are the few insiders the reporter heard, kept back, as "two
    officials" are (README item 20): anonymous, never a group at large."""
    assert _one(body, snippet).sourcing == "anonymous"


@pytest.mark.parametrize(
    ("body", "snippet", "sourcing"),
    [
        ("Two analysts said the shares were cheap.", "shares", "unattributed"),
        ("Several managers said the plant was short of staff.", "plant", "unattributed"),
        ("Two residents said the road had flooded twice.", "road", "unattributed"),
        ("Two executives, Ann Roe and Tom Hale, said the plant would close in June.", "June",
         "named"),
    ],
)  # fmt: skip
def test_people_at_large_or_named_staff_are_no_counted_unnamed_sources(
    body: str, snippet: str, sourcing: str
) -> None:
    """Guards: a count of people of a trade or place ("two analysts", "two residents"), staff
    with no number ("several managers") and staff the text names are not kept back."""
    assert _one(body, snippet).sourcing == sourcing


@pytest.mark.parametrize(
    ("body", "snippet"),
    [
        ("Until his trial in March, the youth court is holding in custody a pupil aged 17 who "
         "cannot be named for legal reasons.", "custody"),
        ("Jurors heard two days of evidence against a teacher who cannot be identified under a "
         "court order.", "Jurors"),
    ],
)  # fmt: skip
def test_a_party_the_law_bars_naming_is_no_anonymous_source(body: str, snippet: str) -> None:
    """The law's bar on naming a party ("who cannot be named for legal reasons") hides no
    source. Without any verb of saying, such sentences remain the writer's (none)."""
    assert _one(body, snippet).sourcing == "none"


def test_a_source_who_cannot_be_named_for_fear_is_anonymous() -> None:
    """Guard: a speaker kept back for her own reasons is still an unnamed source."""
    body = ("A nurse who cannot be named because she fears losing her job said the ward had "
            "been short of staff for months.")  # fmt: skip
    assert _one(body, "ward").sourcing == "anonymous"


def test_a_kinds_managers_are_the_one_body_of_that_kind() -> None:
    """ "Company managers said" where the article names one company: its unnamed staff, as
    "company officials" are (README item 20 names managers with officials and leaders)."""
    body = ("Holm Retail will close 20 stores in the north.\n\nCompany managers said the "
            "closures would begin in May.")  # fmt: skip
    claim = _one(body, "closures")
    assert (claim.sourcing, claim.affiliation) == ("anonymous", "Holm Retail")


@pytest.mark.parametrize(
    ("body", "snippet"),
    [
        ("The fish market in Kelso Harbour opened a new auction hall on Monday.\n\nThe "
         "market's managers said the price of hake had doubled since spring.", "hake"),
        ("Ferris Hospital closed two wards.\n\nThe hospital's managers said staff shortages "
         "were to blame.", "shortages"),
    ],
)  # fmt: skip
def test_the_staff_of_the_one_place_the_article_speaks_of_are_unnamed(
    body: str, snippet: str
) -> None:
    """ "The market's managers said": the unnamed staff of the one market or hospital the
    article speaks of (README item 20), not people at large."""
    assert _one(body, snippet).sourcing == "anonymous"


def test_the_leaders_of_many_people_are_no_staff() -> None:
    """Guard: a plural owner ("the players'") is many people, not one body."""
    body = "The players' leaders said the season should end in May."
    assert _one(body, "season").sourcing != "anonymous"


@pytest.mark.parametrize(
    ("body", "snippet", "body_name"),
    [
        ("The Marine Accident Board sent a team to the harbour.\n\nBoard investigators said "
         "the ferry had left port with a faulty rudder.", "rudder", "Marine Accident Board"),
        ("The Civil Aviation Authority grounded the plane on Sunday.\n\nAuthority inspectors "
         "said the engine mounts were cracked.", "engine mounts", "Civil Aviation Authority"),
        ("The Northfield Fire Service sent six crews to the mill.\n\nFire investigators said "
         "the blaze began in a kitchen.", "kitchen", "Northfield Fire Service"),
        ("A tanker leaked oil near Dunmore on Sunday.\n\nEnvironment Agency inspectors said "
         "the spill had been stopped.", "spill", "Environment Agency"),
    ],
)  # fmt: skip
def test_a_bodys_examiners_qualified_by_its_name_are_its_unnamed_staff(
    body: str, snippet: str, body_name: str
) -> None:
    """ "Board investigators said", "Authority inspectors said" where the article names that
    one body: its unnamed staff speaking for it, anonymous and affiliated to it, as "Board
    officials" are (README item 20 names inspectors with officials; session 31, anon31)."""
    claim = _one(body, snippet)
    assert (claim.sourcing, claim.affiliation) == ("anonymous", body_name)


@pytest.mark.parametrize(
    ("body", "snippet"),
    [
        ("Investigators said the fire started in a kitchen.", "kitchen"),
        ("Two inspectors said the kitchen floor was dirty.", "floor"),
        ("Fire investigators said the blaze began in a stairwell.", "stairwell"),
        ("U.S. investigators said the engine had overheated.", "engine"),
    ],
)
def test_examiners_with_no_body_of_theirs_named_stay_a_group(body: str, snippet: str) -> None:
    """Guard: bare, counted, or qualified by a trade no named body shows, investigators and
    inspectors are people at large (README item 22), not a body's kept-back staff."""
    assert _one(body, snippet).sourcing == "unattributed"


@pytest.mark.parametrize(
    ("body", "snippet"),
    [
        ("The Daily Lantern spoke to a friend of the family, who insists the wedding never "
         "took place.", "wedding"),
        ("The Ledger reached an aide to the mayor, who says the budget is £4m short.",
         "budget"),
        ("Our reporter put the figures to a source inside the ministry, who confirmed that "
         "two depots will shut.", "depots"),
        ("Our reporter rang an insider familiar with the bidding, who says the price "
         "topped £3m.", "price"),
    ],
)  # fmt: skip
def test_an_unnamed_source_speaking_in_a_relative_clause_is_the_source(
    body: str, snippet: str
) -> None:
    """An unnamed source's "who" heading a relative clause with the only verb of saying in
    the sentence is the source: anonymous, as it would be in a main clause (README items 17,
    21; session 31, anon31)."""
    assert _one(body, snippet).sourcing == "anonymous"


@pytest.mark.parametrize(
    ("body", "snippet", "sourcing"),
    [
        ("The minister met an adviser, who later resigned over the budget.", "budget", "none"),
        ("Our reporter called Jane Hollis, who confirmed that the reservoir is half full.",
         "reservoir", "named"),
    ],
)  # fmt: skip
def test_a_relative_clause_without_speech_or_with_a_name_keeps_its_reading(
    body: str, snippet: str, sourcing: str
) -> None:
    """Guards: a relative clause with no verb of saying gives no source; a named person's
    clause stays that person's."""
    assert _one(body, snippet).sourcing == sourcing


@pytest.mark.parametrize(
    ("body", "snippet"),
    [
        ("The county will sell its last three care homes, the Gazette has learnt.",
         "care homes"),
        ("Bus fares in Dunmore will rise by a fifth in April, the Chronicle has learned.",
         "Bus fares"),
    ],
)  # fmt: skip
def test_a_masthead_typed_as_a_person_that_learned_keeps_its_source_back(
    body: str, snippet: str
) -> None:
    """ "…, the Gazette has learnt": the recogniser types some one-word mastheads as a
    person; an outlet's name after "the" is still the paper, which learned from someone it
    does not name (README item 39; session 31, anon31)."""
    claim = _one(body, snippet)
    assert (claim.sourcing, claim.speaker) == ("anonymous", None)


def test_a_masthead_that_understands_still_asserts() -> None:
    """Guard: "the Gazette understands" is the paper's own assertion (README item 38)."""
    claim = _one("The Gazette understands the mayor will stand down in March.", "mayor")
    assert claim.sourcing == "named"


@pytest.mark.parametrize(
    ("body", "snippet", "union"),
    [
        ("The Harbour Workers Federation called a strike at Kelso docks on Monday.\n\nUnion "
         "officials said the dockers would stay out for a week.", "dockers",
         "Harbour Workers Federation"),
        ("The United Rail Workers of Kelso balloted drivers in March.\n\nUnion leaders said "
         "nine in ten had voted to walk out.", "nine in ten", "United Rail Workers of Kelso"),
    ],
)  # fmt: skip
def test_union_staff_are_the_one_union_its_name_shows(body: str, snippet: str, union: str) -> None:
    """ "Union officials said" where the article names one body whose name shows a union by
    a word other than its last ("… Workers Federation", "United … Workers of …"): that union's
    unnamed officials (README item 20), as "the union said" is that union (coref30)."""
    claim = _one(body, snippet)
    assert (claim.sourcing, claim.affiliation) == ("anonymous", union)


@pytest.mark.parametrize(
    "body",
    [
        "The Harbour Workers Federation and the Kelso Pilots Guild called a strike.\n\nUnion "
        "leaders said the ships would stay in port for a week.",
        "Dockers at Kelso walked out on Monday.\n\nUnion officials said the ships would stay in "
        "port for a week.",
    ],
)
def test_union_staff_with_two_unions_or_none_stay_a_group(body: str) -> None:
    """Guard: two unions named, or none, leave "union leaders" a group (README item 20:
    which body is not said)."""
    assert _one(body, "in port").sourcing == "unattributed"
