"""Ukrainian and Russian speakers (issue 12, session 44, uk44): the Ukrainian reporting verbs the
lexicon lacked, and words glued to a body's name. «Директорка … казала, що …», «розказала»,
«відзначає», «уточнює» (and the Russian «подтверждает») named no one; «Зазначається водночас,
що …» (an adverb after the verb) named no one either; whom the words were told to («У водоканалі
редакції пообіцяли», «мені казали», «нам ответили») and an adverb between the subject and its
verb («Прокуратура вкотре нагадує», «Київрада одразу повідомила», «снова») were read as part of
the body's name. Every sentence is written for the test: the first test's cases fail on
extractor 366, the guards read the same before and after."""

from __future__ import annotations

import pytest
from claim_support import claim_finder

ARTICLES = {
    "verbs": (
        "Школа\n\nУ громаді закривають дві школи. Директорка школи Олена Гринчук казала, що "
        "учнів возитимуть автобусом. Вчителька Ірина Мазур розказала, що батьки проти.\n\n"
        "Речниця суду Алла Бойко відзначає, що справ поменшало.\n\nРечник митниці Андрій "
        "Оліфер уточнює, що черги зменшилися.\n\nПрокурор Олег Сомов подтверждает, что дело "
        "передано в суд.\n\nВодіям тим часом казалося, що черга не рухається.\n\nАналіз "
        "показав, що вода чиста.\n"
    ),
    "adverb": (
        "Потяги\n\nПотяги запізнюються, розповіли в «Залізничному вокзалі». Зазначається "
        "водночас, що затримки спричинила ожеледь.\n"
    ),
    "glued": (
        "Яма\n\nПісля ремонту на вулиці лишилася яма. У водоканалі редакції пообіцяли "
        "розібратися найближчим часом.\n\nУ Державній інспекції праці мені казали, що їм "
        "бракує інспекторів.\n\nВ мэрии нам ответили, что ремонт начнется в мае.\n\n"
        "Прокуратура вкотре нагадує, що хабарі караються законом.\n\nКиїврада одразу "
        "повідомила, що бюджет ухвалено.\n\nПрокуратура снова напоминает, что взятки "
        "наказуемы.\n"
    ),
}
_find = claim_finder(ARTICLES)


@pytest.mark.parametrize(
    ("article", "start", "expected"),
    [
        ("verbs", "Директорка школи", "Олена Гринчук"),
        ("verbs", "Вчителька", "Ірина Мазур"),
        ("verbs", "Речниця суду", "Алла Бойко"),
        ("verbs", "Речник митниці", "Андрій Оліфер"),
        ("verbs", "Прокурор", "Олег Сомов"),
        ("adverb", "Зазначається водночас", "Залізничному вокзалі"),
        ("glued", "У водоканалі", "водоканал"),  # (in the nominative: uk45)
        ("glued", "У Державній", "Державна інспекція праці"),
        ("glued", "В мэрии", "мэрия"),
        ("glued", "Прокуратура вкотре", "Прокуратура"),
        ("glued", "Київрада", "Київрада"),
        ("glued", "Прокуратура снова", "Прокуратура"),
    ],
)
def test_the_speaker_is_the_one_who_said_it(article: str, start: str, expected: str) -> None:
    claim = _find(article, start)
    assert (claim.speaker, claim.sourcing) == (expected, "named")


@pytest.mark.parametrize(
    ("article", "start", "expected"),
    [
        ("verbs", "Водіям", (None, "none")),  # «казалося»: seemed, nobody says
        ("verbs", "Аналіз показав", (None, "none")),  # «показав» is no «казав»
        ("adverb", "Потяги запізнюються", ("Залізничному вокзалі", "named")),
    ],
)
def test_guards(article: str, start: str, expected: tuple[str | None, str]) -> None:
    claim = _find(article, start)
    assert (claim.speaker, claim.sourcing) == expected
