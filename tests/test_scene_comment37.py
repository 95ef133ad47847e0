"""The writer's scene and comment are no claims (issue 12, ruuk37; review36 item 3): since
extractor 338 a sentence in the writer's own voice is a claim, and a copula with an adjective,
a scene of light or weather, a gesture or life going on read as one too. The writer's facts,
in the present as in the past, stay claims. Every sentence is invented."""

from __future__ import annotations

import pytest
from factdesk.extract.claims import extract_claims
from factdesk.extract.comment import scene_or_comment_cyrillic

EN = "Harbour town waits for the ferry\n\nThe ferry company cancelled the last sailing. {}\n"
RU = "Мост закрыт на ремонт\n\nМэрия закрыла мост через реку. {}\n"
UK = "Міст закрили на ремонт\n\nМерія закрила міст через річку. {}\n"


def found(template: str, sentence: str) -> bool:
    return any(c.text == sentence for c in extract_claims(template.format(sentence)))


@pytest.mark.parametrize(
    ("template", "sentence"),
    [
        (EN, "The sun set early over the grey water."),
        (EN, "It was a cold, quiet evening."),
        (EN, "He smiled and walked out."),
        (EN, "She shook her head."),
        (EN, "It rained all afternoon."),
        (EN, "The night was cold and still."),
        (EN, "Life in the town went on."),
        (RU, "Жизнь в городе продолжается."),
        (RU, "Это, конечно, очень печально."),
        (RU, "Вечер был тихим и холодным."),
        (UK, "Життя в місті триває."),
        (UK, "Це, звісно, дуже сумно."),
        (UK, "Вечір був тихим і холодним."),
    ],
)
def test_scene_and_comment_are_no_claims(template: str, sentence: str) -> None:
    assert not found(template, sentence)


@pytest.mark.parametrize(
    ("template", "sentence"),
    [
        (EN, "The council approved the budget on Tuesday."),
        (EN, "The harbour master closed the slipway."),
        (EN, "They were unharmed."),  # a personal pronoun: a fact, not a judgement
        (EN, "Passengers were far from pleased."),  # the labels' claim: people's state
        (EN, "Life in the town returned to normal."),  # life doing more than going on
        (EN, "The storm made the coast road impassable."),  # weather that did something
        # review37: painting, then telling; a gesture's verb with a particle; a town's lights
        (EN, "The sky was clear, and the drones came at dawn."),
        (EN, "It froze overnight and the pipes burst."),
        (EN, "It rained all afternoon, flooding the main road."),
        (EN, "The lights went out across the city."),
        (EN, "He stood down."),
        (EN, "He stepped down."),
        (EN, "He walked away from the deal."),
        (RU, "Мэрия закрыла мост на ремонт."),
        (RU, "Жители старых домов по-прежнему получают ржавую воду."),  # present, kept
        (RU, "Решение было принято."),  # a short participle: what happened
        (RU, "Это было убийство."),
        (RU, "Работа в городе продолжается."),  # work going on, not life
        (UK, "Автобуси тепер їздять в об'їзд через промзону."),
        (UK, "Батьки школярів у розпачі."),
        (UK, "Рішення було ухвалено."),
    ],
)
def test_the_writers_facts_stay_claims(template: str, sentence: str) -> None:
    assert found(template, sentence)


def test_one_word_outside_the_closed_classes_keeps_a_cyrillic_sentence() -> None:
    """The Russian and Ukrainian reading asks every word to be scene or comment: a noun of
    anything that happened («пожар») or another verb keeps the sentence a claim."""
    assert scene_or_comment_cyrillic("Вечер был тихим и холодным.")
    assert not scene_or_comment_cyrillic("Вечер был тихим, пожар потушили.")
    assert not scene_or_comment_cyrillic("Это было закрыто.")
    assert not scene_or_comment_cyrillic("Это было.")  # nothing painted or judged
