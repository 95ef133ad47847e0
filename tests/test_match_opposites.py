"""Outcomes told the opposite ways in other words (issue 13, conflicts read as same): "keeps
her world title" beside "stripped of her world title", a seat "kept" beside one "annulled", a
station platform that "stayed open" beside a station "shut", a budget signed beside vetoed, in
English, Russian and Ukrainian (``lexicon.opposites``); a decision deferred beside it made; a
Ukrainian sentence to prison beside an acquittal. Invented sentences."""

from __future__ import annotations

import pytest
from factdesk.corroborate.match import label
from factdesk.lexicon.opposites import sides


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Mira Oksby retains her world title, the skating union's appeal board ruled.",
         {"kept": True}),
        ("The skating union annulled the world title Mira Oksby won in March.", {"kept": False}),
        ("Mira Oksby was stripped of her world title by the skating union.", {"kept": False}),
        ("The dam inspectors left the Dunmore reservoir's hazard grade unchanged.", {"kept": True}),
        ("The appeal board did not annul the title Mira Oksby won in March.", {"kept": True}),
        ("Федерація ковзанярів залишила Мірі Оксбі титул, не анулювавши результат.",
         {"kept": True}),
        ("Инспекция понизила класс безопасности плотины в Дунморе.", {"kept": False}),
        ("Совет директоров оставил за Павлом Гринёвым пост председателя.", {"kept": True}),
        ("Рада позбавила депутата Остапа Вербицького мандата.", {"kept": False}),
        ("Ураган оставил без света 5000 домов.", {}),
        ("A cold spring kept ice on the upper lakes until June.", {}),

        ("The north platform at Dunmore station stayed open while the tracks were pumped dry.",
         {"open": True}),
        ("Floodwater shut Dunmore station for the whole weekend.", {"open": False}),
        ("Паводок закрыл вокзал в Дунморе на все выходные.", {"open": False}),
        ("The bypass was closed overnight and reopened at dawn.", {}),
        ("Police opened an inquiry close to the Velmora bypass.", {}),
        ("The two hikers missing since Friday were found safe on Sunday.", {}),
        ("Two hikers have been missing on Mount Tarn since Friday.", {"safe": False}),
        ("The two hikers are safe and waiting in a hut on Mount Tarn.", {"safe": True}),
        ("Двоє туристів на горі Тарн у безпеці.", {"safe": True}),
        ("The Velmora marathon went ahead on Sunday despite the heat.", {"held": True}),
        ("The Velmora exam had gone ahead as planned, the board said.", {"held": True}),
        ("The Velmora marathon will not go ahead on Sunday.", {"held": False}),
        ("Организаторы отменили марафон в Велморе.", {"held": False}),
        ("Губернатор Дунмора подписал городской бюджет, принятый ассамблеей.", {"signed": True}),
        ("Мер Дунмора ветував рішення міськради про тарифи на воду.", {"signed": False}),
        ("Губернатор подписал бюджет, несмотря на призывы наложить вето.", {"signed": True}),
        ("After the recount Petra Lind lost her seat on the Velmora council.", {"kept": False}),
        ("The regulator says Tarn FM loses its broadcasting licence from May.", {"kept": False}),
        ("The Greens held on to their majority in Tarnby despite the recount.", {"kept": True}),
        ("Tarn FM did not lose its licence, the regulator said.", {"kept": True}),
        ("Павел Гринёв в среду утратил пост председателя правления Orlen Mills.",
         {"kept": False}),
        ("Партия утратила большинство в городском совете Тарнби.", {"kept": False}),
        ("Депутатка Петра Лінд після перерахунку втратила мандат.", {"kept": False}),
        ("Радіостанція Tarn FM втратила ліцензію на мовлення.", {"kept": False}),
        ("Dr Ilse Varn lost her law degree after the plagiarism review.", {"kept": False}),
        ("Sprinter Kofi Adu will lose his relay medal, the federation said.", {"kept": False}),
        ("Бывший мэр Тарнби утратил учёную степень по решению совета.", {"kept": False}),
        ("Ректор університету в Дунморі втратив науковий ступінь.", {"kept": False}),
        ("Совет в значительной степени утратил доверие жителей.", {}),
        ("The rouble lost 3% against the dollar on Monday.", {}),
        ("Petra Lind lost her temper at the Velmora count.", {}),
        ("Tarnby Athletic lost their opening match to Harwick Rovers.", {}),
        ("Рубль в понедельник потерял 3% к доллару.", {}),
        ("Водитель автобуса потерял управление на трассе под Дунмором.", {}),
        ("Закон о тарифах утратил силу с первого марта.", {}),
        ("Orlen Mills за квартал потеряла 2 млрд рублей.", {}),
        ("Гривня за тиждень втратила 2% до євро.", {}),
        ("Водій вантажівки втратив керування біля Дунмора.", {}),
    ],
)  # fmt: skip
def test_the_side_a_claim_takes(text: str, found: dict[str, bool]) -> None:
    assert sides(text) == found


@pytest.mark.parametrize(
    ("kept", "taken"),
    [
        ("Mira Oksby keeps her world title after the skating union's appeal board ruled on "
         "Tuesday that her sample had been mishandled.",
         "The skating union's appeal board on Tuesday stripped Mira Oksby of her world title "
         "over a positive sample."),
        ("Olek Varga kept his seat in the Dunmore assembly on Thursday after the electoral "
         "court threw out the complaint against his count.",
         "The electoral court on Thursday annulled Olek Varga's seat in the Dunmore assembly "
         "over the complaint against his count."),
        ("The league on Thursday let Harwick Rovers keep their place in the first division "
         "despite the unpaid wages.",
         "Лига в четверг лишила клуб Harwick Rovers места в первом дивизионе из-за долгов "
         "по зарплате."),
        ("Совет директоров компании Orlen Mills в среду сохранил за Павлом Гринёвым пост "
         "председателя, несмотря на убытки.",
         "Павла Гринёва в среду лишили поста председателя совета директоров Orlen Mills из-за "
         "убытков."),
        ("The north platform at Dunmore station stayed open on Tuesday while the flooded "
         "tracks were pumped dry, the rail operator said.",
         "Floodwater shut Dunmore station on Tuesday, the rail operator said."),
        ("Олег Сафронов, губернатор провинции Дунмор, во вторник подписал городской бюджет на "
         "2025 год, принятый ассамблеей.",
         "Губернатор провинции Дунмор Олег Сафронов во вторник наложил вето на принятый "
         "ассамблеей городской бюджет на 2025 год."),
        ("Радіостанція Tarn FM зберегла ліцензію на мовлення в Дунморі: у п'ятницю регулятор "
         "відхилив скаргу конкурента.",
         "After Friday's hearing in Dunmore the broadcasting regulator ruled that Tarn FM "
         "loses its licence over a rival's complaint."),
        ("Despite the recount the electoral court ordered, Petra Lind kept her seat on the "
         "Velmora council, officials said on Monday.",
         "У понеділок депутатка Петра Лінд втратила мандат у раді Вельмори після "
         "перерахунку, якого вимагав виборчий суд."),
        ("Olek Varga held on to his seat on the Tarnby council in Sunday's vote, the "
         "electoral commission said.",
         "Олек Варга в воскресенье потерял место в городском совете Тарнби, сообщила "
         "избирательная комиссия."),
    ],
)  # fmt: skip
def test_opposite_sides_of_one_outcome_conflict(facts, kept: str, taken: str) -> None:
    found = label(facts(kept), facts(taken))
    assert found is not None and found.label == "conflicts"
    assert found.reason.startswith("one says ")


@pytest.mark.parametrize(
    ("kept", "other"),
    [
        ("Petra Lind kept her seat on the Velmora council after Monday's recount.",
         "Petra Lind lost her temper on the Velmora council after Monday's recount."),
        ("Orlen Mills сохранила прогноз прибыли на год, сообщила компания в среду.",
         "Orlen Mills потеряла 2 млрд рублей прибыли за год, сообщила компания в среду."),
        ("Гривня зберегла позиції до долара у вівторок, повідомив Національний банк.",
         "Гривня втратила 2% до долара у вівторок, повідомив Національний банк."),
    ],
)  # fmt: skip
def test_something_lost_that_is_no_standing_held_is_no_conflict(
    facts, kept: str, other: str
) -> None:
    assert facts(kept).sides == {"kept": True} and not facts(other).sides
    found = label(facts(kept), facts(other))
    assert found is None or found.label != "conflicts"


def test_taken_away_told_two_ways_is_no_conflict(facts) -> None:
    stripped = facts("The skating union's appeal board on Tuesday stripped Mira Oksby of her "
                     "world title over a positive sample.")  # fmt: skip
    lost = facts("Mira Oksby lost her world title on Tuesday when the skating union's appeal "
                 "board upheld her positive sample.")  # fmt: skip
    found = label(stripped, lost)
    assert found is not None and found.label == "same"


def test_a_decision_deferred_denies_it_made(facts) -> None:
    made = facts("Dunmore's planning board approved the Harwick Quay tower on Wednesday.")
    deferred = facts("On Wednesday Dunmore's planning board deferred its vote on the Harwick "
                     "Quay tower until the spring.")  # fmt: skip
    assert deferred.denies and not made.denies
    assert facts("Наглядова рада відклала голосування щодо вежі на набережній Гарвік.").denies
    assert not facts("The firm booked deferred tax of $3 million in Tarnby.").denies
    assert facts("Dunmore's 400-flat target was pushed back to 2031, the board said.").denies
    assert not facts("Dunmore's tenants pushed back against the 400-flat plan.").denies
    found = label(made, deferred)
    assert found is not None and found.label == "conflicts"


def test_a_sentence_to_prison_beside_an_acquittal_conflicts(facts) -> None:
    sentenced = facts("Колишній скарбник клубу Harwick Rovers Олег Савчук засуджений до трьох "
                      "років ув'язнення за розтрату, вирішив окружний суд Дунмора.")  # fmt: skip
    acquitted = facts("Окружной суд Дунмора оправдал Олега Савчука, бывшего казначея клуба "
                      "Harwick Rovers, обвинённого в растрате.")  # fmt: skip
    assert False in sentenced.outcomes.values() and True in acquitted.outcomes.values()
    assert facts("Мер Дунмора Остап Вербицький засудив напад на журналістів.").outcomes == {}
    for condemned in (
        "Мер Дунмора Остап Вербицький засудив напад і закликав до розслідування.",
        "Мер Дунмора Остап Вербицький засудив напад та звернувся до поліції.",
        "Мер Дунмора Остап Вербицький засудив напад, закликавши до розслідування.",
    ):
        assert facts(condemned).outcomes == {}
