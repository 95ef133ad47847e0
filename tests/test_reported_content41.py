"""A claim's content as published (review41 item 3): a direct quote's quoted words and Russian
or Ukrainian reported speech's content clause, for the claim detail, the note and
ClaimReview's ``claimReviewed``. Invented sentences."""

from __future__ import annotations

import pytest
from factdesk.domain.models import Claim
from factdesk.export.claimreview import SUMMARY_LIMIT, balanced, default_summary
from factdesk.extract.reported import reported_content


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "“The new pumps will cost closer to $30 million,” the engineer told the council.",
            "The new pumps will cost closer to $30 million",
        ),
        ("The warden said: “We will reopen the pier by June.”", "We will reopen the pier by June"),
        (
            '"The tallies are simply wrong," Ostrander said on Monday.',
            "The tallies are simply wrong",
        ),
        (
            "“We are ready,” she said, “and the money is already there.”",
            "We are ready … and the money is already there",
        ),
        (
            "«Ремонт школы обошелся в 40 миллионов рублей», — сказал глава района.",
            "Ремонт школы обошелся в 40 миллионов рублей",
        ),
        (
            "«Мы закупили насосы у «Водоканала» на три года», — заявил директор.",
            "Мы закупили насосы у «Водоканала» на три года",
        ),
        (
            "«Мост готов, — сказала она. — Осталось проложить асфальт»",
            "Мост готов … Осталось проложить асфальт",
        ),
        ("Він заявив: «Ми не бачимо загроз для водогону».", "Ми не бачимо загроз для водогону"),
        (
            "Депутатка облради заявила, що лікарні бракує ліжок і медсестер.",
            "Лікарні бракує ліжок і медсестер",
        ),
        (
            "Пресс-служба сообщила журналистам, что завод откроется в апреле.",
            "Завод откроется в апреле",
        ),
        (
            "— Ми готові почати ремонт даху вже завтра, — заявив міністр.",
            "Ми готові почати ремонт даху вже завтра",
        ),
        (
            "Ситуация на дамбе под контролем, — заявил губернатор.",
            "Ситуация на дамбе под контролем",
        ),
        ("По словам главы поселка, паводок отступил к утру.", "Паводок отступил к утру"),
        ("За словами мера, ремонт мосту завершать у травні.", "Ремонт мосту завершать у травні"),
        (
            "The board said that the plant would close, adding: “We have no choice.”",
            "The plant would close, adding: “We have no choice.”",
        ),
        ('The pilot warned that "the runway lights were out."', "The runway lights were out"),
        (  # the title is no quote; what the report says is the clause after "says" (mend45)
            "The report, titled “Water for All by 2030,” says tariffs rose 4% last year.",
            "Tariffs rose 4% last year",
        ),
    ],
)
def test_the_content_is_the_quoted_words_or_the_reported_clause(
    sentence: str, content: str
) -> None:
    assert reported_content(sentence) == content


@pytest.mark.parametrize(
    "sentence",
    [
        "“Water for All by 2030” is the slogan of the campaign.",
        "He called the plan “a disaster for the valley and its farms.”",
        "“No,” he said.",
        "Министр опроверг, что завод закроют в марте.",
        "Министр не говорил, что завод закроют в марте.",
        "Міністр заперечив, що завод закриють у березні.",
        "Известно, что завод закроют в марте.",
        "Завод закроют в марте — сообщение появилось утром.",
    ],
)
def test_no_content_for_a_title_a_denial_or_no_speech(sentence: str) -> None:
    assert reported_content(sentence) is None


def claim(text: str, kind: str = "quote") -> Claim:
    return Claim(1, 1, 1, 0, len(text), text, kind, "Ostrander", "named", 0.5, [])


@pytest.mark.parametrize(
    ("sentence", "published"),
    [
        (
            "“The new pumps will cost closer to $30 million,” the engineer told the council.",
            "“The new pumps will cost closer to $30 million”",
        ),
        (
            "“The real cost of the disposal will be closer to $30 million once the contractors "
            "have finished,” the engineer said.",
            "“The real cost of the disposal will be closer to $30 million once the…”",
        ),
        (
            "«Мы закупили у «Водоканала» насосы, трубы и задвижки на три года вперед на сумму "
            "в 12 миллионов», — заявил директор.",
            "«Мы закупили у «Водоканала» насосы, трубы и задвижки на три года вперед…»",
        ),
        (
            "«Наш договор на поставки насосов и труб до конца 2027 года подписан с «Водоканалом "
            "Северного района»», — заявил директор.",
            "«Наш договор на поставки насосов и труб до конца 2027 года подписан с…»",
        ),
        (
            "Депутатка облради заявила, що лікарні бракує ліжок і медсестер.",
            "Лікарні бракує ліжок і медсестер",
        ),
    ],
)
def test_claim_reviewed_is_the_quote_in_its_marks_never_cut_unbalanced(
    sentence: str, published: str
) -> None:
    """It was the sentence cut to 75: an opening mark and no closing one, the speech tag's
    place cut, or «депутатка … заявила, що лікарні…» with the checkable part cut."""
    summary = default_summary(claim(sentence))
    assert summary == published
    assert len(summary) <= SUMMARY_LIMIT


def test_a_cut_inside_a_nested_quote_goes_back_before_its_mark() -> None:
    assert balanced("Договор с «Водоканалом Север…") == "Договор с…"
    assert balanced("Договор с «Водоканалом» подписан…") == "Договор с «Водоканалом» подписан…"
