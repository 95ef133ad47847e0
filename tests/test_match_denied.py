"""A denial told in its own words beside the claim it denies (prec30, issue 13): two claims of
one script that share a name, one denying and the other not, whose sentence vectors are close
(``match.DENIAL_MEANING``) conflict although their wording is far apart. Invented sentences in
English, Russian and Ukrainian; the cosine is given, as the index passes it."""

from __future__ import annotations

import pytest
from factdesk.corroborate.match import DENIAL_MEANING, blocked, label

PAIRS = [
    ("Ferries between Harwick and the island of Tarnby resumed on Monday morning after the "
     "storm, the operator Nordline said.",
     "Nordline denies that the Harwick crossing is running again: both of its ships are still "
     "moored with damaged ramps."),
    ("Паромы между Харвиком и островом Тарнби снова ходят после шторма, сообщила компания "
     "Nordline.",
     "В Nordline опровергли сообщения о возобновлении рейсов: оба судна стоят в порту Харвика "
     "с повреждёнными аппарелями."),
    ("Пороми між Гарвіком і островом Тарнбі знову курсують після шторму, повідомила компанія "
     "Nordline.",
     "У Nordline спростували повідомлення про відновлення рейсів: обидва судна стоять у порту "
     "Гарвіка з пошкодженими рампами."),
]  # fmt: skip


@pytest.mark.parametrize(("told", "denied"), PAIRS)
def test_a_denial_close_in_meaning_conflicts(facts, told: str, denied: str) -> None:
    a, b = facts(told), facts(denied)
    assert b.denies and not a.denies
    found = label(a, b, meaning=DENIAL_MEANING + 0.05)
    assert found is not None and found.label == "conflicts"
    assert found.reason == "one denies the other"


@pytest.mark.parametrize(("told", "denied"), PAIRS)
def test_a_denial_far_in_meaning_is_no_conflict(facts, told: str, denied: str) -> None:
    found = label(facts(told), facts(denied), meaning=DENIAL_MEANING - 0.15)
    assert found is None or found.label != "conflicts"


def test_a_denial_naming_nothing_the_other_names_is_no_conflict(facts) -> None:
    told = facts("Ferries between Harwick and the island of Tarnby resumed on Monday morning "
                 "after the storm, the operator Nordline said.")  # fmt: skip
    other = facts("The Dunmore bypass has not reopened to traffic since the landslide, the "
                  "county council said.")  # fmt: skip
    assert other.denies
    found = label(told, other, meaning=DENIAL_MEANING + 0.05)
    assert found is None or found.label != "conflicts"


QUOTED = [
    ('"Islanders do not take the boat to the mainland any more," Hollin Lines director Petra '
     "Sand said of the Quarrow route it will close in March.", False),
    ("«Мы не можем ждать ещё одну зиму», — сказал мэр Тарвеля Олег Брон, объявив о закрытии "
     "моста через Ворсу.", False),
    ("„Ми не можемо чекати ще одну зиму“, — сказав мер Тарвеля Олег Брон, оголосивши про "
     "закриття мосту через Ворсу.", False),
    ('Hollin Lines denied it would end the Quarrow route, calling the reports "a misreading of '
     'one timetable".', True),
    ('"Boats will keep sailing to Quarrow twice a day," Hollin Lines said, denying the reports.',
     True),
    ("Ансамбль «Тарвел» не выступит в Дольске, сообщили организаторы.", True),
]  # fmt: skip


@pytest.mark.parametrize(("text", "denies"), QUOTED)
def test_a_negation_inside_a_quote_denies_nothing(facts, text: str, denies: bool) -> None:
    """A speaker's own words in quotes ("Islanders do not take the boat", «Мы не можем ждать»)
    deny nothing of the story the claim tells; a denial told outside the quote still does, and
    so does a negation beside a name in quotes («Тарвел»: a quote of one word is a name)."""
    assert facts(text).denies is denies


def test_a_quote_in_the_negative_is_no_denial_of_the_report_it_comments(facts) -> None:
    told = facts("After forty years Hollin Lines is closing its ferry route to Quarrow in March.")
    quoted = facts(QUOTED[0][0])
    found = label(told, quoted, meaning=DENIAL_MEANING + 0.05)
    assert found is None or found.label != "conflicts"


WHOLE_QUOTE_DENIALS = [
    ("Harwick Council will close the Tarn bridge in May for repairs to its piers.",
     '"The Tarn bridge will not close in May," Harwick Council said.'),
    ("Ostley Foundry laid off two hundred workers at its Brenmoor plant this spring.",
     '"We have not laid off a single worker at Brenmoor," Ostley Foundry said in a statement.'),
    ("Мэрия Тарвеля закроет мост через Ворсу в мае на ремонт опор.",
     "«Мост через Ворсу не закроют в мае», — заявили в мэрии Тарвеля."),
    ("Мерія Тарвеля закриє міст через Ворсу в травні на ремонт опор.",
     "«Міст через Ворсу не закриють у травні», — заявили в мерії Тарвеля."),
]  # fmt: skip


@pytest.mark.parametrize(("told", "quoted"), WHOLE_QUOTE_DENIALS)
def test_a_denial_quoted_whole_is_a_denial(facts, told: str, quoted: str) -> None:
    """review31a: a quote whose sentence says nothing but who said it, the verb and the day is
    the statement itself ("... will not close in May," the council said): its negation denies,
    and beside the claim it denies the pair conflicts (ac456d04 had read it `same`)."""
    a, b = facts(told), facts(quoted)
    assert b.denies and not a.denies
    found = label(a, b, meaning=DENIAL_MEANING + 0.05)
    assert found is not None and found.label == "conflicts"


QUOTES_BY_THEIR_FRAME = [
    # A long frame, a statement all the same (the word count read a story and blanked it):
    ('"We have not laid off a single worker," the chief executive of Ostley Foundry told '
     "shareholders at the annual meeting in Brenmoor.", True),
    ('"The plant will not close," the regional secretary of the union for the north-east said '
     "in a letter to members on Friday.", True),
    ('"Tarnby sailings will not stop this winter," the spokeswoman for the operator told a '
     "radio station on the island by telephone.", True),
    # A clause of a story beside a short frame (the word count read a frame and kept it):
    ('"This was not an easy choice," Harwick Council said, shutting Tarn Bridge.', False),
    ('"That was not a fair contest," the Kelso Rovers manager said, resigning.', False),
    # A story around the quote, either way:
    ('"It was not our decision," the mayor said, adding that the bridge would shut on Monday.',
     False),
    ('Ostley Foundry cut 200 jobs at Brenmoor, its chief executive said: "We did not want '
     'this."', False),
    # The story told in the speaker's description, or the topic remarked on:
    ('"We did not see the wave coming," said a deckhand on the trawler Merrow, which sank off '
     "Tarnby on Sunday.", False),
    ('"Rails do not buckle like that without a fault in the weld," the inspector for the line '
     "said of the derailment near Harwick.", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "denies"), QUOTES_BY_THEIR_FRAME)
def test_a_quote_is_the_statement_by_the_parse_of_its_frame(facts, text: str, denies: bool) -> None:
    """review31a: whether a quote is the statement its sentence reports is read from the
    parse (``match._quoted_statement``): its clause the complement of a speech verb whose
    other words are only who said it, to whom, where and when, however many; a clause of a
    story hung on the verb ("…, shutting Tarn Bridge", "adding that …") or on the speaker
    ("…, which sank off Tarnby"), or a topic remarked on ("said of the derailment"), makes
    the quote a side remark. The word count read the first three as stories and the fourth
    as a frame."""
    assert facts(text).denies is denies


def test_a_denial_quoted_with_a_long_frame_conflicts(facts) -> None:
    """The long-framed whole-quote denial beside the report it denies conflicts."""
    a = facts("Ostley Foundry laid off two hundred workers at its Brenmoor plant this spring.")
    b = facts(QUOTES_BY_THEIR_FRAME[0][0])
    found = label(a, b, meaning=DENIAL_MEANING + 0.05)
    assert found is not None and found.label == "conflicts"


NOBODY_OUT_OF = [
    ("The Tarvel Lines ferry hit the pier at Quarrow; none of the 240 travellers was hurt.",
     False),
    ("Паром Tarvel Lines ударился о причал в Кварроу, но никто из 240 пассажиров не пострадал.",
     False),
    ("Пором Tarvel Lines зачепив причал у Кварроу, проте ніхто з 240 мандрівників не "
     "постраждав.", False),
    ("Tarvel Lines отрицает, что паром ударился о причал.", True),
]  # fmt: skip


@pytest.mark.parametrize(("text", "denies"), NOBODY_OUT_OF)
def test_nobody_hurt_out_of_a_number_is_no_denial(facts, text: str, denies: bool) -> None:
    # pairs40: a count of none out of a number was read as a denial in Russian and Ukrainian
    # (the number stopped the count of none), its English account not: the readers now agree.
    assert facts(text).denies is denies


BOTH_DENY = (
    "Tarvel Lines has not cancelled the Quarrow ferry on Monday and both of its ships will sail "
    "as planned, the company's director said.",
    "Tarvel Lines не отменяла рейс на Кварроу в понедельник: оба судна выйдут по расписанию, "
    "заявил директор компании.",
)  # fmt: skip


def test_one_denial_told_in_two_scripts_is_the_same_claim(facts) -> None:
    a, b = facts(BOTH_DENY[0]), facts(BOTH_DENY[1])
    assert a.denies and b.denies
    found = label(a, b)
    assert found is not None and found.label == "same"
    assert found.reason.startswith("both deny it in another language")


def test_two_denials_sharing_only_a_place_are_not_one_claim(facts) -> None:
    # A city both name is no party: two stories of one city, each denying its own thing.
    a = facts("The Harwick city museum has not closed on Monday, its director said.")
    b = facts("В Харвике в понедельник не отменили ни одного рейса, сообщил аэропорт.")
    assert a.denies and b.denies and blocked(a, b)  # the index compares them (the city)
    found = label(a, b)
    assert found is None or found.label != "same"


def test_a_denial_beside_the_claim_it_denies_is_not_one_claim(facts) -> None:
    told = facts("Tarvel Lines cancelled the Quarrow ferry on Monday, the company's director "
                 "said.")  # fmt: skip
    denied = facts(BOTH_DENY[1])
    assert denied.denies and not told.denies
    found = label(told, denied)
    assert found is None or found.label != "same"
