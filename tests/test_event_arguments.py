"""Who did what to whom, how many and where, read alike in English, Russian and Ukrainian
(``corroborate.arguments``, issue 13, match30): each kind of event a claim tells with its
agent and patient (a name group, or a country's key for "Moldovan police" and «молдавская
полиция»), the figures told with it and its places, so two claims in two scripts compare
argument by argument. Invented sentences, invented names."""

from __future__ import annotations

import pytest
from factdesk.corroborate.arguments import MEETINGS, Told, compare, denied_meets, read
from factdesk.corroborate.countries import spans
from factdesk.lexicon.events import where
from factdesk.names.groups import NameBook
from factdesk.names.mentions import find_mentions
from memory_schema import migrated_memory


@pytest.fixture
def told():
    """Reads a sentence's events on one name book (so two scripts' spellings share groups)."""
    book = NameBook(migrated_memory())

    def make(text: str, skip: tuple[str, ...] = ()) -> list[Told]:
        mentions = find_mentions(text)
        groups = [book.group(m.text, m.kind) for m in mentions]
        return read(text, mentions, groups, skip)

    return make


def _one(found: list[Told], kind: str) -> Told:
    return next(t for t in found if t.kind == kind)


@pytest.mark.parametrize(
    "text",
    [
        "Moldovan police arrested the smuggler Radu Ostrav near the border on Friday.",
        "The smuggler Radu Ostrav was arrested by Moldovan police.",
        "Молдавская полиция задержала контрабандиста Раду Острава в пятницу.",
        "Молдовська поліція затримала контрабандиста Раду Острава в п'ятницю.",
    ],
)
def test_agent_and_patient_are_one_party_in_every_script(told, text: str) -> None:
    arrest = _one(told(text), "arrest")
    assert (arrest.agent, arrest.patient) == ("country:moldova", "radu ostrav")


def test_an_event_nouns_of_and_by_give_its_roles(told) -> None:
    seizure = _one(told("Greek coastguards confirmed the seizure of the tanker Marisol by "
                        "Turkish commandos."), "seize")  # fmt: skip
    assert (seizure.agent, seizure.patient) == ("country:turkey", "marisil")


def test_a_participle_makes_its_name_the_patient(told) -> None:
    for text in ("Задержан контрабандист Раду Острав.", "Контрабандиста Раду Острава затримано."):
        arrest = _one(told(text), "arrest")
        assert (arrest.agent, arrest.patient) == ("", "radu ostrav")


def test_a_name_after_a_preposition_is_a_place_not_a_party(told) -> None:
    for text in ("В долинном городке Тарвель при наводнении погибли 14 человек.",
                 "Floods killed 14 people in the valley town of Tarvel overnight.",
                 "У містечку Тарвель через повінь загинули 14 людей."):  # fmt: skip
        toll = _one(told(text), "kill")
        assert (toll.agent, toll.patient, toll.places) == ("", "", ("tarvil",))
        assert toll.figures == {"dead": "14"}


def test_a_source_is_no_party(told) -> None:
    said = "Пограничники задержали Илку Саарин у Вессы, сообщил Карел Домб."
    assert _one(told(said), "arrest").patient not in ("", "karil dimb")
    opened = "Карел Домб заявил, что пограничники задержали Илку Саарин."
    assert _one(told(opened), "arrest").agent == ""
    assert _one(told("Карел Домб задержал Илку Саарин."), "arrest").agent
    closing = "Karel Domb detained Ilka Saarin at Vessa, Karel Domb said."
    assert _one(told(closing, skip=("karil dimb",)), "arrest").agent == ""


def test_the_same_toll_agrees_another_conflicts(told) -> None:
    english = told("Floods killed 14 people in the valley town of Tarvel overnight.")
    russian = told("В городке Тарвель при наводнении погибли 14 человек.")
    ukrainian = told("У містечку Тарвель через повінь загинули 19 людей.")
    assert compare(english, russian) == "agree"
    assert compare(english, ukrainian) == "figure apart"
    assert compare(russian, ukrainian) == "figure apart"


def test_another_party_of_one_kind_is_apart(told) -> None:
    polish = told("Polish troops captured the bridge at Orsk on Monday.")
    czech = told("Чешские войска захватили мост у Орска.")
    assert compare(polish, czech) == "party apart"


def test_the_kind_told_the_other_way_does_not_meet(told) -> None:
    held = told("Lawmakers in Brell approved the harbour levy on Tuesday.")
    refused = told("Депутаты Брелла отклонили портовый сбор во вторник.")
    assert compare(held, refused) == ""
    assert compare(held, told("No event at all is told here.")) == ""


def test_meetings_in_their_order() -> None:
    a = [Told("seize", True, "x", "y", (), {"arrested": "3"})]
    assert compare(a, [Told("seize", True, "x", "y", (), {"arrested": "3"})]) == "agree"
    assert compare(a, [Told("seize", True, "x", "z", (), {"arrested": "3"})]) == "party apart"
    assert compare(a, [Told("seize", True, "x", "z", (), {"arrested": "4"})]) == "figure apart"
    assert compare(a, [Told("seize", True, "", "", ("p",), {})]) == "kind"
    assert MEETINGS[-1] == ""


def test_where_gives_each_event_word_its_place_and_way() -> None:
    text = "Rangers did not arrest anyone; «войска захватили мост»."
    found = where(text)
    assert [(k, w) for k, w, _, _ in found] == [("arrest", False), ("seize", True)]
    assert text[found[1][2] : found[1][3]] == "захватили"


def test_a_countrys_name_and_adjective_are_one_key_in_both_scripts() -> None:
    for text in ("Croatian divers", "власти Хорватии", "хорватські водолази", "in Croatia"):
        assert [key for _, _, key in spans(text)] == ["croatia"]
    start, end, _ = spans("The Slovenian Alps")[0]
    assert "The Slovenian Alps"[start:end] == "Slovenian"


# --- what a denial denies (deny30) ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Tarvian interior ministry denied that its officers had detained Teo Varen.",
        "Teo Varen was not detained by Tarvian police, his lawyer said on Sunday.",
        "Reports that Tarvian police had detained Teo Varen were false, the ministry said.",
        "МВД Тарвии опровергло задержание Тео Варена.",
        "Сообщения о задержании Тео Варена не соответствуют действительности.",
        "Поліція Тарвії не затримала Тео Варена, заявив його адвокат.",
        "Міністерство спростувало інформацію про затримання Тео Варена.",
    ],
)
def test_a_denial_reaches_the_event_it_denies_in_every_script(told, text: str) -> None:
    arrest = _one(told(text), "arrest")
    assert arrest.denied is True  # an arrest told as done is what is denied


@pytest.mark.parametrize(
    "text",
    [
        "Tarvian police detained Teo Varen at the airport on Sunday.",
        "Tarvian police detained Teo Varen, who has denied every charge.",
        "Тарвийская полиция задержала Тео Варена; в МВД отказались комментировать.",
        "Поліція Тарвії затримала Тео Варена в аеропорту.",
    ],
)
def test_an_event_no_denial_reaches_is_not_denied(told, text: str) -> None:
    assert _one(told(text), "arrest").denied is None


def test_who_denies_is_not_what_is_denied(told) -> None:
    found = told("Rebels who seized Dolsk on Monday denied shelling the town of Varna.")
    assert _one(found, "seize").denied is None
    assert _one(found, "attack").denied is True


def test_a_denied_event_meets_the_same_event_told_as_so(told) -> None:
    done = told("Tarvian police detained Teo Varen at the airport on Sunday.")
    for denial in ("МВД Тарвии опровергло задержание Тео Варена.",
                   "Поліція Тарвії не затримала Тео Варена, заявив його адвокат.",
                   "The Tarvian interior ministry denied detaining Teo Varen."):  # fmt: skip
        assert denied_meets(told(denial), done) == "party"
        assert denied_meets(done, told(denial)) == ""  # the side that denies comes first
    other = told("Tarvian police detained Ilko Varen at the airport on Sunday.")
    assert denied_meets(told("МВД Тарвии опровергло задержание Тео Варена."), other) in (
        "kind", "place")  # fmt: skip
    released = told("Tarvian police released Teo Varen on Sunday.")
    assert denied_meets(told("The ministry denied detaining Teo Varen."), released) == ""
