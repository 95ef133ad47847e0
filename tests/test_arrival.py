"""Text as it arrives: hard-wrapped wire copy, datelines, sign-offs, captions, promo lines and
pull-quotes. Every article here is written for the test."""

from __future__ import annotations

import textwrap

import pytest
from factdesk.extract.claims import extract_claims
from factdesk.extract.furniture import dateline_at, furniture_kind, read_dateline
from factdesk.text.wrapping import unwrap, wrap_width
from hypothesis import given
from hypothesis import strategies as st

PARAGRAPHS = [
    "BERGEN, March 9 (Reuters) - Norway's largest salmon farmer said on Monday it would cut "
    "output by 12% next year after sea lice killed 1.4 million fish in its western pens.",
    '"We cannot keep losing fish at this rate," chief executive Ola Brenden told reporters '
    "in Bergen, adding that the company would spend 900 million crowns on new barriers.",
    "A fisheries official, who asked not to be identified, told reporters that eleven of "
    "the company's sites had been inspected since January.",
    "(Reporting by Siri Dahl; Editing by Mark Potter)",
]


def _wire(width: int = 64) -> str:
    wrapped = [textwrap.fill(p, width) for p in PARAGRAPHS]
    return "Salmon farmer cuts output after lice outbreak\n\n" + "\n\n".join(wrapped) + "\n"


def test_unwrap_keeps_length_and_only_turns_wraps_into_spaces() -> None:
    body = _wire()
    text = unwrap(body)
    assert wrap_width(body) is not None and len(text) == len(body)
    changed = [(a, b) for a, b in zip(body, text, strict=True) if a != b]
    assert changed and all(pair == ("\n", " ") for pair in changed)
    assert text.count("\n\n") == body.count("\n\n")  # paragraphs stay paragraphs
    assert PARAGRAPHS[1] in text


def test_text_that_is_not_wrapped_is_left_alone() -> None:
    body = "Headline here\n\n" + "\n\n".join(PARAGRAPHS) + "\n"
    assert wrap_width(body) is None and unwrap(body) == body
    one_per_line = "\n".join(PARAGRAPHS)
    assert unwrap(one_per_line) == one_per_line


def test_indented_paragraphs_without_blank_lines_stay_apart() -> None:
    body = "\n".join("    " + textwrap.fill(p, 60) for p in PARAGRAPHS[:3])
    text = unwrap(body)
    assert text.count("\n") == 2 and PARAGRAPHS[1] in text


@given(st.text(alphabet=st.sampled_from("ab .\n\t«»"), max_size=300))
def test_unwrap_never_moves_an_offset(body: str) -> None:
    text = unwrap(body)
    assert len(text) == len(body)
    assert all(a == b or (a, b) == ("\n", " ") for a, b in zip(body, text, strict=True))


def test_wrapped_wire_copy_gives_whole_claims_without_dateline_or_credits() -> None:
    body = _wire()
    claims = extract_claims(body)
    texts = [" ".join(c.text.split()) for c in claims]
    assert all(body[c.start : c.end] == c.text for c in claims)
    assert texts[0].startswith("Norway's largest salmon farmer said")
    assert texts[0].endswith("western pens.")
    assert any("\n" in c.text for c in claims)  # the slice of the file as it arrived
    assert not any("Reporting by" in t or "Salmon farmer cuts" in t for t in texts)
    quote = next(c for c in claims if c.text.startswith('"We cannot'))
    assert quote.speaker == "Ola Brenden"
    official = next(c for c in claims if c.text.startswith("A fisheries official"))
    assert official.sourcing == "anonymous"


def test_datelines_are_read_in_their_usual_forms() -> None:
    cases = {
        "OSLO, June 4 (Reuters) - Text": ("Oslo", "Reuters", "June 4"),
        "REDDING, Calif. (AP) — Text": ("Redding", "AP", None),
        "WASHINGTON -- Text": ("Washington", None, None),
        "(CNN) -- Text": (None, "CNN", None),
        "КИЇВ, 19 листопада — Текст": ("Київ", None, "19 листопада"),
        "МОСКВА, 3 марта. /ТАСС/. Текст": ("Москва", "ТАСС", "3 марта"),
    }
    for text, (place, outlet, date) in cases.items():
        found = dateline_at(text, 0)
        assert found is not None, text
        assert (found.place, found.outlet, found.date_text) == (place, outlet, date)
        assert text[found.end :].startswith(("Text", "Текст"))
    assert dateline_at("The U.S. - China talks resumed.", 0) is None
    assert dateline_at("Prices rose - again.", 0) is None
    assert read_dateline("Headline\n\nBy Jo Bloggs\n\nLAGOS, May 2 (AFP) - Text.") is not None


def test_datelines_in_the_forms_wire_copy_also_takes() -> None:
    """A date written day first, a dash closed up to the text, accented capitals, an agency
    bare after the date, in lower case, after a date alone or after a one-word place in
    ordinary capitals, a release's date in brackets, and Cyrillic agencies in slashes after an
    ordinary place or closed by a stop."""
    cases = {
        "VALDORRA, Tessin (AP) —Nine ferries": ("Valdorra", "AP", None),
        "PORT ISKEL —A second barge": ("Port Iskel", None, None),
        "KELMOUTH, Sept 3 (Reuters) -Shares in": ("Kelmouth", "Reuters", "Sept 3"),
        "SÃO TOMÁS DEL RÍO, Nerada (AP) — Rain": ("São Tomás Del Río", "AP", None),
        "ORBENDALE, Dec 9 AAP - Growers": ("Orbendale", "AAP", "Dec 9"),
        "Velstad (dpa) - The mill": ("Velstad", "dpa", None),
        "Quarrow (Brevia) (AFP) - Floods": ("Quarrow", "AFP", None),
        "Oct 4 (Reuters) - The lender": (None, "Reuters", "Oct 4"),
        "BRAXHOLM, 2 December 2026 — The council": ("Braxholm", None, "2 December 2026"),
        "DUNMERE, 14 Feb (Reuters) - Oil": ("Dunmere", "Reuters", "14 Feb"),
        "MARLOW FALLS, Colo. (May 6, 2026) - The league": ("Marlow Falls", None, "May 6, 2026"),
        "Вербівка, 4 грудня /Укрінформ/.Рада міста": ("Вербівка", "Укрінформ", "4 грудня"),
        "ЗАЛЕСЬЕ, 5 мая. /Интерфакс/.Суд": ("Залесье", "Интерфакс", "5 мая"),
        "ЛУГОВСК. 7 июля. ВЕСТИ-Регион.Курорт": ("Луговск", "ВЕСТИ-Регион", "7 июля"),
        "Ставище, 9 грудня. Укрінформ. Уряд": ("Ставище", "Укрінформ", "9 грудня"),
    }
    for text, (place, outlet, date) in cases.items():
        found = dateline_at(text, 0)
        assert found is not None, text
        assert (found.place, found.outlet, found.date_text) == (place, outlet, date), text
        assert text[found.end :][:1].isupper(), text
    for text in (
        "Prices rose -again on Monday.",  # no blank before the dash
        "Ann Orlo (Green) - 1,204 votes",  # a results line: a name and a party
        "Critics (and there are many) - Say it failed.",
        "Tarnby Council (TC) - The plan",  # two words in ordinary capitals
        "Москва, 2 декабря - Это день выборов",  # no agency in slashes
        "KELMOUTH-Shares fell.",
    ):
        assert dateline_at(text, 0) is None, text


def test_a_place_and_a_colon_open_a_dateline_but_a_label_or_a_weekday_does_not() -> None:
    """South Asian papers set the dateline with a colon ("<PLACE>: ", "<Place>, <date>: "); a
    live blog's weekday, a label ("Update:"), a fact check's "CLAIM:" and a transcript's
    speakers (each opening a paragraph) look the same and are no place. Invented places."""
    cases = {
        "TARVOSH: Gunmen killed two guards.": ("Tarvosh", None),
        "Nova Kelsa, June 14: The army said.": ("Nova Kelsa", "June 14"),
        "NOVA KELSA, Oct. 2: The army said.": ("Nova Kelsa", "Oct. 2"),
        "KARVELSK, 3 March: Flood waters rose.": ("Karvelsk", "3 March"),
    }
    for text, (place, date) in cases.items():
        found = dateline_at(text, 0)
        assert found is not None, text
        assert (found.place, found.outlet, found.date_text) == (place, None, date), text
        assert text[found.end :][:1].isupper(), text
    for text in (
        "Monday, June 14: The count resumed.",
        "Update: The count resumed.",
        "UPDATE: The count resumed.",
        "BREAKING NEWS: The dam held.",
        "Note: This story was corrected.",
        "CLAIM: Crime doubled in a year.",
        "Tarvosh: Gunmen killed two guards.",  # no date, no capitals: as likely a label
        "OKAFOR: We will win.\n\nHOST: Why now?\n\nOKAFOR: Because we can.",
        "Prices rose: Sales fell.",
    ):
        assert dateline_at(text, 0) is None, text
    late = "A line of the story.\n\n" * 7 + "DON'T MISS: Ten bridges that need repair"
    assert dateline_at(late, late.index("DON'T")) is None  # a promo far down, not a dateline
    body = "Floods shut a road\n\nKARVELSK, 3 March: Flood waters rose by 2 metres, police said."
    assert extract_claims(body)[0].text == "Flood waters rose by 2 metres, police said."


def test_furniture_lines_are_recognised_by_their_form() -> None:
    assert furniture_kind("Staff writer Ana Ruiz contributed to this report.") == "credit"
    assert furniture_kind("(Additional reporting by Tom Lee; Editing by Sam Fox)") == "credit"
    assert furniture_kind("Reuter") == "credit"
    assert furniture_kind("A firefighter at work on Sunday. Photograph: Lee Chan") == "caption"
    assert furniture_kind("Mourners gather outside. (Photo by Ed Park/Getty Images)") == "caption"
    assert furniture_kind("READ MORE: Ten bridges that need repair") == "promo"
    assert furniture_kind("Sign up for our daily newsletter to get the news first.") == "promo"
    assert furniture_kind("Подписывайтесь на наш канал в Telegram") == "promo"
    assert furniture_kind("The photo agency said it had sold 3,000 images.") is None
    assert furniture_kind("Police said the suspect was arrested by officers on Monday.") is None
    assert furniture_kind("(Редактор Павел Зимин)") == "credit"
    assert furniture_kind("(Редакторка — Олена Гай)") == "credit"
    assert furniture_kind("Автор: Ирина Лесь") == "credit"
    assert furniture_kind("Редактор журнала заявил, что номер выйдет в мае.") is None
    assert furniture_kind("Автор проекта Иван Сидоров считает его удачным") is None


def test_a_place_and_a_date_on_their_own_are_a_dateline_not_a_claim() -> None:
    """A release's or a regional paper's "Москва, 30 ноября 2026 года." over the text was a
    claim (a statement with a date flag) when it ended on a full stop."""
    for line in ("Москва, 30 ноября 2026 года.", "Київ, 30 листопада 2026 року",
                 "Port Talbot, 3 December 2026.", "New York, Dec. 3, 2026."):  # fmt: skip
        assert furniture_kind(line) == "dateline", line
    for sentence in ("London, 3 December 2026, the mayor said.", "Kyiv, 12 died.",
                     "Smith, 2026.", "Mr Smith, 45, said.", "London, Tuesday."):  # fmt: skip
        assert furniture_kind(sentence) is None, sentence
    for body in (
        "Мэрия закрыла мост\n\nМосква, 30 ноября 2026 года.\n\nМэрия закрыла мост на ремонт "
        "до марта, сообщили в пресс-службе департамента транспорта.\n",
        "Council shuts bridge\n\nTruro, 3 December 2026.\n\nThe council closed the bridge "
        "until March, a spokesman said.\n",
    ):
        texts = [claim.text for claim in extract_claims(body)]
        assert len(texts) == 1 and "2026" not in texts[0], texts


def test_captions_promo_and_pull_quotes_are_not_claims_but_the_sentence_is() -> None:
    body = (
        "Bridge closed after inspectors find cracks\n\n"
        "“We could not take the risk,” says engineer Marta Sole\n\n"
        "Engineers closed the Kelso bridge on Friday after finding cracks in two of its "
        "four piers, the county council said.\n\n"
        "Traffic queues on the bypass on Saturday. Photograph: Dan Reid\n\n"
        "“We could not take the risk,” Marta Sole, the county's chief engineer, said on "
        "Saturday.\n\n"
        "READ MORE: Where the county's other bridges stand\n\n"
        "The bridge carried 14,000 vehicles a day, according to council figures.\n"
    )
    texts = [c.text for c in extract_claims(body)]
    assert not any(t.startswith(("Bridge closed", "Traffic queues", "READ MORE")) for t in texts)
    assert not any(t.endswith("Marta Sole") for t in texts)  # the pull-quote
    assert any(t.startswith("“We could not take the risk,” Marta Sole") for t in texts)
    assert any(t.startswith("Engineers closed") for t in texts)
    assert any(t.startswith("The bridge carried") for t in texts)


def test_a_dateline_becomes_the_articles_place_outlet_and_date(desk, tmp_path) -> None:
    wire = tmp_path / "wire.txt"
    wire.write_text(_wire(), encoding="utf-8")
    framed = tmp_path / "framed.md"
    framed.write_text("---\nplace: Tromsø\noutlet: NTB\n---\n" + _wire(60), encoding="utf-8")
    report = desk.import_paths([wire, framed])
    assert not report.failed, report.summary()
    by_name = {a.source_path.rsplit("/", 1)[-1]: a for a in desk.articles()}
    plain = by_name["wire.txt"]
    assert (plain.place, plain.outlet, plain.date_text) == ("Bergen", "Reuters", "March 9")
    assert plain.date_iso is None  # no year in the dateline: not guessed
    assert (by_name["framed.md"].place, by_name["framed.md"].outlet) == ("Tromsø", "NTB")
    body = desk.article(plain.id).body
    assert body == _wire()
    assert all(body[c.start : c.end] == c.text for c in desk.claims(plain.id))


def test_the_article_pane_shows_wire_copy_unwrapped_with_offsets_kept() -> None:
    from factdesk.ui.widgets.article_view import display_text

    body = _wire()
    shown = display_text(body)
    assert len(shown) == len(body) and PARAGRAPHS[1] in shown
    claim = next(c for c in extract_claims(body) if c.text.startswith('"We cannot'))
    assert " ".join(shown[claim.start : claim.end].split()) == " ".join(claim.text.split())


def test_a_line_end_inside_a_sentence_is_joined_even_when_the_text_is_not_uniformly_wrapped() -> (
    None
):
    body = (
        "Мэрия закроет 12 котельных до 2028 года,\n"
        "сообщил мэр города Максим Кудрявцев на сессии горсовета.\n"
        "Title Of The Story\nBy Anna Smith\n"
    )
    joined = unwrap(body)
    assert len(joined) == len(body)
    assert "года, сообщил" in joined
    assert "горсовета.\nTitle Of The Story\nBy Anna Smith\n" in joined  # the rest stays


def test_a_quote_and_its_speaker_on_two_uneven_lines_stay_one_claim() -> None:
    body = (
        "Цены на хлеб выросли на 12% с начала года,\n"
        "сообщила глава областного минсельхоза Ирина Лосева.\n\n"
        "Пекарни повысили цены дважды.\n"
    )
    claims = [c for c in extract_claims(body) if "Цены на хлеб" in c.text]
    assert len(claims) == 1 and claims[0].speaker == "Ирина Лосева"
    assert body[claims[0].start : claims[0].end] == claims[0].text


def test_a_date_broken_over_two_uneven_lines_is_one_date_of_one_claim() -> None:
    """review43 B: "on 12" over "March, …" was a claim with a figure 12 and another opening
    with the month; a break inside a date is a space."""
    body = (
        "Harbour bridge to close\n\n"
        "The harbour bridge at Calderport will close for repairs on 12\n"
        "March, the council said. Ferries will run every 20\n"
        "minutes instead.\n"
    )
    [claim] = [c for c in extract_claims(body, article_date="2026-02-20") if "bridge" in c.text]
    assert claim.text.endswith("on 12\nMarch, the council said.")
    assert "date" in claim.flags and "number" not in claim.flags
    joined = unwrap(
        "The works at the harbour bridge were finished in\nMarch 2026, officials said.\n"
        "The ferry ran on Dec.\n3 for the last time, the operator said.\n"
    )
    assert "on Dec. 3" in joined and "in\nMarch 2026" in joined  # a date's break only


@pytest.mark.parametrize(
    "body",
    [  # a heading's number, a figure before a sentence's capital, a month's short name as one
        "Fixtures for the season\n\nRound 12\nMarch 14: Lions against Tigers at Mill Lane.\n",
        "The council counted 12\nThe survey of the bridge was finished in spring.\n",
        "The crew was cut from 40 to 12\nJan Novak, the skipper, said the boat was lost.\n",
    ],
)
def test_a_line_ending_on_a_number_before_a_capital_that_is_no_month_stays_apart(
    body: str,
) -> None:
    assert unwrap(body) == body
