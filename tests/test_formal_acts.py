"""Formal acts told with a verb of speech are deeds, not words (choice30, issue 12; README item
30, "What the rules choose wrong on fresh text", class N): declaring a formal state ("declared
a state of emergency", «объявил режим ЧС», «оголосив надзвичайний стан») and putting things into
a set ("added two airlines to the list of carriers barred") are the writer's report of an act, while
"declared victory" and "added that …" stay their speaker's words. Every sentence is invented."""

from __future__ import annotations

import pytest
from claim_support import one_claim


@pytest.mark.parametrize(
    ("body", "snippet"),
    [
        (
            "Rivers in the Tamber valley rose by two metres overnight.\n\n"
            "Governor Rhea Castellan declared a state of emergency for five counties on Sunday.\n",
            "declared a state of emergency",
        ),
        (
            "Wrenford Royal Infirmary declared a major incident on Tuesday as 40 ambulances "
            "queued outside its doors.\n",
            "declared a major incident",
        ),
        (
            "Fourteen cases were confirmed in a week.\n\n"
            "Ashgrove District Council declared a drought emergency on Friday and banned "
            "hosepipes.\n",
            "declared a drought emergency",
        ),
        (
            "After the third night of riots, the interior minister, Tomas Vell, declared a "
            "curfew in the port district.\n",
            "declared a curfew",
        ),
        (
            "Air safety rules were tightened again in March.\n\n"
            "Since then the Corvan transport ministry has added two more airlines to the "
            "register of carriers barred from landing.\n",
            "added two more airlines",
        ),
        (
            "Reka Voss, the club's chairman, added three home games to the spring schedule.\n",
            "added three home games",
        ),
        (
            "Вода в реке Сельге поднялась на три метра.\n\n"
            "Губернатор Игорь Малышев объявил режим чрезвычайной ситуации в двух районах.\n",
            "объявил режим",
        ),
        (
            "Администрация Ветлужска ввела режим ЧС из-за лесных пожаров.\n",
            "ввела режим ЧС",
        ),
        (
            "Рівень води в річці Ославі піднявся на два метри.\n\n"
            "Начальник ОВА Марко Дорош оголосив надзвичайний стан у трьох громадах.\n",
            "оголосив надзвичайний стан",
        ),
    ],
)
def test_a_formal_act_is_the_writers_report(body: str, snippet: str) -> None:
    claim = one_claim(body, snippet)
    assert claim.sourcing == "none", (claim.sourcing, claim.speaker)
    assert claim.speaker is None


@pytest.mark.parametrize(
    ("body", "snippet", "speaker"),
    [
        (
            "Mayor Dana Ruskin declared victory before the last ballot box was opened.\n",
            "declared victory",
            "Dana Ruskin",
        ),
        (
            '"We will appeal," Ivo Stamp said outside court. He added that the fine was '
            '"out of all proportion".\n',
            "He added that",
            "Ivo Stamp",
        ),
        (
            "Governor Rhea Castellan said the state of emergency would end on Friday.\n",
            "would end on Friday",
            "Rhea Castellan",
        ),
        (
            "Губернатор Игорь Малышев объявил, что режим ЧС снимут в пятницу.\n",
            "снимут в пятницу",
            "Игорь Малышев",
        ),
        (  # a declaring verb inside what was said is the speaker's words (review30b)
            "Мэр Анна Волкова объявила, что в городе ввели режим ЧС.\n",
            "ввели режим ЧС",
            "Анна Волкова",
        ),
        (
            "Голова ОВА Марко Дорош оголосив, що в області введуть надзвичайний стан.\n",
            "введуть надзвичайний стан",
            "Марко Дорош",
        ),
    ],
)
def test_words_about_a_state_stay_their_speakers(body: str, snippet: str, speaker: str) -> None:
    claim = one_claim(body, snippet)
    assert claim.sourcing == "named"
    assert claim.speaker == speaker
