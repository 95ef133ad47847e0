"""Interviews and transcripts: who speaks each turn (issue 12). Invented pages, no seed names."""

from __future__ import annotations

from factdesk.extract.claims import ClaimDraft, extract_claims


def _one(body: str, snippet: str) -> ClaimDraft:
    found = [c for c in extract_claims(body) if snippet in c.text]
    assert len(found) == 1, (snippet, [c.text for c in extract_claims(body)])
    return found[0]


_ONE_PARAGRAPH_EN = (
    "'We are short of vets': the county's chief vet on the bird flu season\n\n"
    "Maren Holt became chief veterinary officer for the county in March. She spoke to us "
    "about the outbreak on the coast.\n\n"
    "How many farms are affected? Eleven, all of them within 20 miles of the estuary. Two "
    "years ago it was three.\n\n"
    "Why has it spread? Wild geese arrived early. The culling teams also took nine days to "
    "reach the first farm.\n\n"
    "Has the ministry paid compensation? Partly. Farmers have received £1.2 million so far.\n\n"
    "This interview has been edited for length and clarity."
)


def test_a_question_and_its_answer_in_one_paragraph_part_at_the_question_mark() -> None:
    """A Q&A printed "How many …? Eleven, …" in one paragraph: the question is the
    interviewer's (no claim), the sentences after it the interviewee's, short answers too."""
    claims = extract_claims(_ONE_PARAGRAPH_EN)
    assert not [c for c in claims if c.text.endswith("?")]
    for snippet in ("Eleven", "Two years ago", "Wild geese", "Partly.", "£1.2 million"):
        assert _one(_ONE_PARAGRAPH_EN, snippet).speaker == "Maren Holt", snippet
    assert not [c for c in claims if "edited" in c.text and c.speaker]


def test_an_opinion_piece_with_questions_opening_paragraphs_is_no_interview() -> None:
    """Paragraphs that open with a question and answer it are a columnist's rhetoric when
    the page never says it is an interview: the answers stay the writer's."""
    body = (
        "The bypass will not save our high street\n\n"
        "Councillor Ada Brink says the new road will bring shoppers back.\n\n"
        "Will it? Footfall fell 14 percent after the last bypass opened in 2009.\n\n"
        "Who pays? The county has borrowed £40 million for the scheme."
    )
    assert _one(body, "Footfall").speaker != "Ada Brink"
    assert _one(body, "£40 million").speaker != "Ada Brink"


def test_a_ukrainian_one_paragraph_q_and_a_names_its_interviewee_by_her_introduction() -> None:
    """«Ми розпитали її» says it is an interview; the interviewee is the full name the
    introduction opens with, in the nominative, though its verb is in the present."""
    body = (
        '"Вода в річці тепліша, ніж будь-коли": іхтіологиня про рибу в Дністрі\n\n'
        "Олеся Гринчук очолює лабораторію іхтіології Дністровського заповідника. Ми розпитали "
        "її, чому в річці менше риби.\n\n"
        "Скільки риби поменшало? За п'ять років улови впали на 40 відсотків. На деяких "
        "ділянках - удвічі.\n\n"
        "Це наслідок спеки? Частково. Температура води влітку сягає 27 градусів.\n\n"
        "Інтерв'ю скорочено та відредаговано."
    )
    for snippet in ("За п'ять років", "На деяких", "Частково.", "27 градусів"):
        assert _one(body, snippet).speaker == "Олеся Гринчук", snippet
    assert not [c for c in extract_claims(body) if c.text.endswith("?")]


def test_a_ukrainian_interviewers_byline_makes_an_interview_and_is_not_the_interviewee() -> None:
    """«Розмовляла X» under the headline signs the questions: the page is a Q&A though no
    sentence says so, and the answers are the one the introduction presents, not X."""
    body = (
        "«Нам бракує токарів»: директор ліцею про робітничі професії\n"
        "Розмовляла Ірина Стецюк\n\n"
        "Богдан Ковальчук шостий рік керує Ніжинським професійним ліцеєм.\n\n"
        "Скільки у вас учнів?\n\n"
        "Цього року - 410. Три роки тому було 290.\n\n"
        "Хто купує обладнання?\n\n"
        "Громада, і цього року вона виділила 2 мільйони гривень."
    )
    for snippet in ("410", "290", "2 мільйони"):
        assert _one(body, snippet).speaker == "Богдан Ковальчук", snippet
