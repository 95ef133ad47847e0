"""Article metadata: front matter, header lines, titles from the seeds' real shapes."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SEEDS
from factdesk.ingest.importer import prepare
from factdesk.ingest.meta import byline_outlet, read_meta, split_front_matter, title_from_sentence
from factdesk.ingest.meta_dates import parse_date
from factdesk.ingest.sources import read_html
from factdesk.lexicon.english import OUTLET_HEADS, OUTLET_TRADE_HEADS


def seed_meta(prefix: str):
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    return read_meta(path.read_text(encoding="utf-8"))


def test_seed_000_first_line_is_the_headline() -> None:
    assert seed_meta("000").title.startswith("Late-Breaking: Russian Capture of Kupyansk")


def test_seed_003_repeated_headline_is_one_title() -> None:
    meta = seed_meta("003")
    assert (
        meta.title == "Russian Forces Push Closer to Kupyansk as Ukraine Warns of Imminent Threats"
    )


@pytest.mark.parametrize("prefix", ["001", "002"])
def test_body_first_seeds_get_a_short_title_from_the_first_sentence(prefix: str) -> None:
    title = seed_meta(prefix).title
    assert title.startswith(("The liberation of Kupyansk", "The capture of Kupyansk"))
    assert len(title.split()) <= 13


def test_seed_004_blog_byline_date_then_headline() -> None:
    meta = seed_meta("004")
    assert meta.title == "Why Ukraine's Retaking Kupiansk Is Strategically Significant"
    assert meta.author == "Jonathan Low"
    assert (meta.date_text, meta.date_iso) == ("Jan 19, 2026", "2026-01-19")
    assert meta.outlet == "Novaya Gazeta"


def test_first_sentence_title_drops_the_aside_and_the_trailing_clause() -> None:
    text = (
        "The liberation of Kupyansk, a pivotal town in the Kharkiv region, has sent ripples "
        "through the global community, with analysts interpreting it as a turning point."
    )
    assert title_from_sentence(text) == (
        "The liberation of Kupyansk has sent ripples through the global community"
    )


def test_a_cut_title_never_ends_on_a_function_word() -> None:
    title = title_from_sentence(" ".join(["word"] * 11 + ["of", "the", "matter", "today."]))
    assert title.endswith("word…")


def test_front_matter_wins_and_is_split_off_the_body() -> None:
    text = (
        '---\ntitle: "Kupyansk: the facts"\noutlet: Example News\nauthor: A. Writer\n'
        "date: 19 January 2026\nurl: https://example.org/a\n---\nBody starts here. More.\n"
    )
    fields, body = split_front_matter(text)
    assert body == "Body starts here. More.\n"
    meta = read_meta(body, fields)
    assert (meta.title, meta.outlet, meta.author) == (
        "Kupyansk: the facts",
        "Example News",
        "A. Writer",
    )
    assert (meta.date_text, meta.date_iso, meta.url) == (
        "19 January 2026", "2026-01-19", "https://example.org/a"
    )  # fmt: skip


@pytest.mark.parametrize(
    ("date", "kept"), [("2026-13-45", "2026-13-45"), ("2026-12-05", "2026-12-05")]
)
def test_a_date_yaml_cannot_build_keeps_the_rest_of_the_front_matter(date: str, kept: str):
    """A typo in the date (month 13) raised inside PyYAML and the whole block stayed in the
    text: title and url lost with it (review41 item 2). Now only the date is left as written."""
    text = f"---\ntitle: A bridge\nurl: https://example.org/b\ndate: {date}\n---\nBody. More.\n"
    fields, body = split_front_matter(text)
    assert body == "Body. More.\n"
    assert fields == {"title": "A bridge", "url": "https://example.org/b", "date": kept}


def test_standalone_header_lines_are_fields_not_titles() -> None:
    text = (
        "# Troops Enter The City\n\nBy Maria Ivanova | The Daily Example\n\n"
        "Published: March 3, 2025 10:15 GMT\n\nhttps://example.org/story\n\n"
        "Troops entered the city on Monday, officials said.\n"
    )
    meta = read_meta(text)
    assert meta.title == "Troops Enter The City"
    assert (meta.author, meta.outlet) == ("Maria Ivanova", "The Daily Example")
    assert (meta.date_text, meta.date_iso) == ("March 3, 2025 10:15 GMT", "2025-03-03")
    assert meta.url == "https://example.org/story"


def test_a_body_sentence_mentioning_a_date_is_not_a_date_line() -> None:
    meta = read_meta("On 20 November 2025 the town fell, officials said.\nMore text.\n")
    assert meta.date_iso is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Jan 19, 2026", "2026-01-19"),
        ("Monday, January 19, 2026", "2026-01-19"),
        ("19 January 2026", "2026-01-19"),
        ("2026-01-19T10:00:00Z", "2026-01-19"),
        ("19.01.2026", "2026-01-19"),
        ("19 января 2026 г.", "2026-01-19"),
        ("Updated: 3 Mar 2025, 14:20", "2025-03-03"),
        ("01/02/2026", None),
        ("February 30, 2026", None),
        ("the 19th of January", None),
    ],
)
def test_dates_parse_to_iso_only_when_the_line_is_a_whole_date(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


def test_empty_or_one_line_text_still_gets_a_title() -> None:
    assert read_meta("Just one sentence here.").title == "Just one sentence here"
    assert read_meta("").title == "Untitled"


PAGE = """<!doctype html><html><head><title>Night buses cut across the valley</title></head>
<body><article><h1>Night buses cut across the valley</h1>
<p>By Tamsin Okoro, Chief Transport Correspondent</p>
<p>Published 12 February 2026</p>
<p>The valley's night bus routes will be cut from four to one in April, the operator said on
Tuesday, leaving shift workers in three towns without a way home after midnight.</p>
<p>Drivers' representatives said the change had been decided without consulting them, and
that about 600 people use the routes on a typical weeknight.</p>
</article></body></html>"""


def test_a_bylines_job_title_is_not_the_outlet_of_an_html_page() -> None:
    """ "By Joanna Pryce, Home Affairs Editor" gave the outlet "Home Affairs Editor": the
    words after the author were taken for the paper (issue 13, ui14's HTML finding)."""
    text, fields = read_html(PAGE)
    meta = read_meta(text, fields)
    assert (meta.author, meta.outlet) == ("Tamsin Okoro", None)
    assert byline_outlet("Transport Editor at The Valley Courier") == "The Valley Courier"
    assert byline_outlet("Senior Reporter") is None
    for outlet in ("The Valley Courier", "Valley News", "The Hollywood Reporter", "Economist"):
        assert byline_outlet(outlet) == outlet


def _page(head: str) -> str:
    """An invented news page: a headline, ``head`` under it, a body, a copyright footer."""
    body = (
        "<p>The council voted on Tuesday to close the Eastfield tram depot, a spokesman said, "
        "ending 90 years of repairs on the site.</p><p>Forty staff will move to the Northgate "
        "depot by spring, the council said in a statement.</p>"
    )
    return (
        "<html><head><title>Eastfield tram depot to close</title></head><body><article>"
        f"<h1>Eastfield tram depot to close</h1>{head}{body}</article>"
        "<footer><p>Copyright © 2026 Harbourside Press Ltd. All rights reserved.</p></footer>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    ("head", "iso"),
    [
        ("", None),
        ('<p>By Ada Brook <time datetime="2025-03-04">4 March</time></p>', "2025-03-04"),
        ("<p>Published 4 March 2025</p>", "2025-03-04"),
    ],
)
def test_an_html_page_is_dated_by_what_dates_it_never_by_its_copyright_year(
    head: str, iso: str | None
) -> None:
    """A page whose only year is its footer's "© 2026" was dated 2026-01-01 (trafilatura's
    extensive date search), a date the note, the claims' time spans and ClaimReview's
    datePublished then carried; a <time> element or a date line under the headline still
    date it (found using the app, ui15)."""
    text, fields = read_html(_page(head))
    assert read_meta(text, fields).date_iso == iso


@pytest.mark.parametrize(
    ("stamp", "iso", "author", "outlet"),
    [
        ("Published 9:47 a.m. ET Nov. 28, 2026", "2026-11-28", None, None),
        ("Updated: 22:15, 1 Dec 2026", "2026-12-01", None, None),
        ("Posted on 27 November 2026 | Press notice 88/26", "2026-11-27", None, None),
        ("*Posted 1 December 2026 by Ada Brook, The Eastfield Post*", "2026-12-01",
         "Ada Brook", "The Eastfield Post"),
        ("Posted by Ada Brook · 1 December 2026 · 7 min read", "2026-12-01", "Ada Brook", None),
        ("Posted: Jun 4 / 6:12 PM EDT", None, None, None),  # no year: not guessed
        ("Опубліковано 03.12.2026, 14:20", "2026-12-03", None, None),
        ("Оновлено: 14:20, 3 грудня 2026", "2026-12-03", None, None),
        ("Опубликовано 2 декабря 2026 года в 09:15", "2026-12-02", None, None),
        ("Обновлено: 02.12.2026 18:40 | Новости региона", "2026-12-02", None, None),
    ],
)  # fmt: skip
def test_a_publication_stamp_under_the_headline_dates_the_article(
    stamp: str, iso: str | None, author: str | None, outlet: str | None
) -> None:
    """ "Published 9:47 a.m. ET Nov. 28, 2026" was no date line (a time before the date, other
    words after it): 23 articles of the labelled set carry such a stamp and none was dated;
    16 are now, none of their claims changed (found using the app on a Markdown blog, ui15).
    Ukrainian and Russian stamps («Опубліковано», «Обновлено») date an article the same way
    (issue 13, ui16)."""
    body = f"Eastfield tram depot to close\n\n{stamp}\n\nThe council said 40 staff would move.\n"
    meta = read_meta(body)
    assert (meta.title, meta.date_iso, meta.author, meta.outlet) == (
        "Eastfield tram depot to close",
        iso,
        author,
        outlet,
    )


def test_updated_guidance_is_a_headline_not_a_stamp_and_an_address_no_outlet() -> None:
    assert read_meta("Updated guidance on tram fares\n\nThe council said so.\n").title == (
        "Updated guidance on tram fares"
    )
    meta = read_meta("Depot to close\n\nBy Ada Brook | abrook@eastfieldpost.example\n\nText.\n")
    assert (meta.author, meta.outlet) == ("Ada Brook", None)


def test_a_markdown_heading_is_the_whole_headline_a_hashtag_is_not() -> None:
    """ "# I tracked 600 … for a year. Here's what shrank." gave the title "I tracked 600 …
    for a year": a heading ending like a sentence was cut as one (heldout14's blog, ui15)."""
    body = "# Depot closes after 90 years. Here's why.\n\nThe council said 40 staff would move.\n"
    assert read_meta(body).title == "Depot closes after 90 years. Here's why."
    tagged = "#Eastfield depot closes. Staff will move.\n\nThe council said so on Tuesday.\n"
    assert read_meta(tagged).title == "Eastfield depot closes"  # a first sentence, as before


@pytest.mark.parametrize(
    ("body", "title", "iso"),
    [
        ("# What the levy means for Eastfield *Posted by Ada Brook, 29 November 2026*\n\n"
         "The council said 40 staff would move.\n", "What the levy means for Eastfield",
         "2026-11-29"),
        ("# The **depot** closes\n\nThe council said 40 staff would move.\n",
         "The depot closes", None),
        ("ТВЕРЬ, 3 декабря. /ТАСС/. Районный суд Твери\nарестовал на два месяца директора "
         "городского\nпредприятия, подозреваемого во взятке.\n\nОб этом сообщили в суде.\n",
         "Районный суд Твери арестовал на два месяца директора городского предприятия", None),
        ("КАЗАНЬ, 2 дек - РИА Новости. Учёные нашли в области 12 фрагментов метеорита.\n\n"
         "Об этом сообщили в университете.\n",
         "Учёные нашли в области 12 фрагментов метеорита", None),
        ("07:48 2.12.2026 Водителя задержали.\n\nПолиция сообщила об этом утром.\n",
         "Водителя задержали", "2026-12-02"),
        ("11.11.2026 09:00 Двох посадовців засуджено\n\nСуд ухвалив вирок.\n",
         "Двох посадовців засуджено", "2026-11-11"),
        ("Tram driver who ran red light is fined By Ada Brook | Published Nov 30, 2026\n\n"
         "The court heard he was late.\n", "Tram driver who ran red light is fined",
         "2026-11-30"),
        ("Bus drivers accept new pay offer Friday 27 November 2026 07:05 GMT\n\n"
         "The union said 64% had backed it.\n", "Bus drivers accept new pay offer",
         "2026-11-27"),
        ("Суд зачитав лише половину вироку 18:40 | 01.12.2026\n\nОголошення триває.\n",
         "Суд зачитав лише половину вироку", "2026-12-01"),
        ("Поліція затримала у Житомирі 12 людей з битами, - ФОТО Фото: Нацполіція\n\nТекст.\n",
         "Поліція затримала у Житомирі 12 людей з битами", None),
        ("Рятувальники зняли кота з даху ліцею П'ятниця, 27 листопада 2026, 08:15 Скриншот: "
         "відео рятувальників\n\nТекст.\n", "Рятувальники зняли кота з даху ліцею",
         "2026-11-27"),
        ("Stand By Me returns to the Eastfield stage\n\nThe theatre said so.\n",
         "Stand By Me returns to the Eastfield stage", None),
    ],
)  # fmt: skip
def test_a_title_is_the_headline_not_its_marks_stamp_or_dateline(
    body: str, title: str, iso: str | None
) -> None:
    """Titles the queue showed in heldout15's real-news shapes (ui16): a Markdown heading with
    its stamp in emphasis at its end ('… ward *Posted by …*'), a heading's marks, a wire
    story's hard-wrapped first line after its dateline ('Заволжский районный суд Твери'),
    the dateline itself ('ЕКАТЕРИНБУРГ, 2 дек - РИА Новости'), a site's time and date before
    its headline ('07:48 2.12.2026 Пострадавших госпитализировали', undated), a byline or a
    date run onto the headline's line ('… is jailed By Callum Reith, Court Reporter', '… of
    their pond December 1, 2026': 8 of heldout15's pages)."""
    meta = read_meta(body)
    assert (meta.title, meta.date_iso) == (title, iso)


def test_a_byline_run_onto_the_headline_names_the_writer_and_outlet() -> None:
    meta = read_meta("Jail down a third of its officers By Ada Brook | The Eastfield Post\n\nX.\n")
    assert (meta.title, meta.author, meta.outlet) == (
        "Jail down a third of its officers",
        "Ada Brook",
        "The Eastfield Post",
    )


def test_a_pages_title_with_its_byline_run_on_is_the_headline_and_the_writer() -> None:
    """heldout15's HTML feature set its <title> and <h1> as "The clinic that closed: … By
    Priya Tennant, Health Correspondent": the queue, the note and every export carried the
    byline as the title, and the writer was unknown (ui16)."""
    page = _page("").replace(
        "Eastfield tram depot to close", "Eastfield tram depot to close By Ada Brook, Reporter"
    )
    meta = read_meta(*read_html(page))
    assert (meta.title, meta.author) == ("Eastfield tram depot to close", "Ada Brook")
    assert read_meta(*read_html(_page(""))).title == "Eastfield tram depot to close"


def test_a_wrapped_line_opening_with_by_is_no_byline_and_a_place_no_outlet() -> None:
    """A hard-wrapped wire story of dev13 had its writer and its outlet read from a wrapped
    line that opened with "by" and a lower-case phrase (the pattern's case-blind name): such a
    line is no byline; the blog's stamp gave the outlet "Northgate ward" (ui16)."""
    body = (
        "Bakery chain to shut stores\n\nOSLO, Nov 27 (Reuters) - The bakery chain will close\n"
        "seven of its smaller stores and cut opening hours in the rest\nby a third from March "
        "to offset the rise in flour\nprices, its chief executive said on Friday.\n"
    )

    meta = read_meta(body)
    assert (meta.author, meta.outlet) == (None, "Reuters")
    assert byline_outlet("Northgate ward") is None
    assert byline_outlet("The Journal of Commerce") == "The Journal of Commerce"


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [("By Lina Moss, Harbour Daily, 29 November 2026", "Harbour Daily"),
     ("By Lina Moss | Harbour Daily | 29 November 2026", "Harbour Daily"),
     ("By Lina Moss | 29 November 2026", None)],
)  # fmt: skip
def test_a_byline_that_ends_on_its_date_gives_writer_outlet_and_date(
    byline: str, outlet: str | None
) -> None:
    """Read as nothing before (or the date taken for the outlet): no writer, no date, and
    every claim's time unknown."""
    meta = read_meta(f"Dock strike enters second day\n\n{byline}\n\nThe strike went on.\n")
    assert (meta.author, meta.outlet, meta.date_iso) == ("Lina Moss", outlet, "2026-11-29")
    assert meta.title == "Dock strike enters second day"


@pytest.mark.parametrize(
    ("line", "place", "iso"),
    [("Київ, 30 листопада 2026 року", "Київ", "2026-11-30"),
     ("Москва, 30 ноября 2026 года.", "Москва", "2026-11-30"),
     ("New York, 29 November 2026", "New York", "2026-11-29")],
)  # fmt: skip
def test_a_place_and_date_line_dates_the_article(line: str, place: str, iso: str) -> None:
    """A dateline on a line of its own gave nothing: no date, every claim's time unknown."""
    meta = read_meta(f"Dock strike enters second day\n\n{line}\n\nThe strike went on.\n")
    assert (meta.place, meta.date_iso) == (place, iso)
    assert meta.title == "Dock strike enters second day"


def test_a_name_list_and_a_year_is_no_dateline() -> None:
    meta = read_meta("Annual report\n\nSmith, Jones and Co, 2026\n\nThe firm grew.\n")
    assert (meta.place, meta.date_iso) == (None, None)


@pytest.mark.parametrize(
    "stamp",
    [
        "07:05 21.03.2026",
        "21 березня, 07:05",
        "3 марта 10:40",
        "Posted: Tue 3rd Mar",
        "Updated March 3",
        "Оновлено: 3 березня. Переглядів: 41",
    ],
)
def test_a_line_saying_only_when_is_no_title(stamp: str) -> None:
    """A site's stamp over its headline (a clock and a date, a date without its year, a stamp
    word before it) titled 8 of 897 labelled articles. Invented headline and text."""
    body = f"{stamp}\n\nFerry fares to Ostrel rise for the winter\n\nThe operator said so. More.\n"
    meta = read_meta(body)
    assert meta.title == "Ferry fares to Ostrel rise for the winter"
    assert meta.date_iso == ("2026-03-21" if stamp.startswith("07:05") else None)


def test_a_byline_ending_on_a_date_and_a_clock_gives_the_writer() -> None:
    meta = read_meta("Текст: Марта Ковальчук, 3 березня, 10:40\n\nПором до Остреля\n\nТекст. Ще.\n")
    assert meta.author == "Марта Ковальчук" and meta.title == "Пором до Остреля"
    meta = read_meta("By Ilse Varn, The Ostrel Post, 3 March 2026, 10:40\n\nFerry fares\n\nA. B.\n")
    assert (meta.author, meta.outlet) == ("Ilse Varn", "The Ostrel Post")
    assert meta.date_iso == "2026-03-03"


@pytest.mark.parametrize(
    ("head", "title"),
    [
        ("Ferry to Ostrel suspended after storm damage to\nthe harbour wall",
         "Ferry to Ostrel suspended after storm damage to the harbour wall"),
        ("Пором до Остреля не ходитиме через пошкодження в\nгавані",
         "Пором до Остреля не ходитиме через пошкодження в гавані"),
    ],
)  # fmt: skip
def test_a_headline_wrapped_after_a_word_no_headline_ends_on_is_read_whole(
    head: str, title: str
) -> None:
    """7 of 897 labelled articles were titled with the headline's first line. Invented."""
    assert read_meta(f"{head}\n\nThe operator said so on Monday. More.\n").title == title


def test_a_hard_wrapped_first_paragraph_is_not_joined_into_the_title() -> None:
    body = "Ferry fares to Ostrel rise for the\nwinter season, the operator said on Monday,\n"
    body += "citing fuel costs.\n\nMore text. And more.\n"
    assert "winter season" not in read_meta(body).title


@pytest.mark.parametrize(
    ("byline", "author", "outlet"),
    [("By The Brackwater Courier", None, "The Brackwater Courier"),
     ("By The Kelso Street Blog, 4 March 2026", None, "The Kelso Street Blog"),
     ("By Tom Post", "Tom Post", None),
     ("By Ada Brook | The Eastfield Post", "Ada Brook", "The Eastfield Post"),
     ("By Harbour Sport Staff", None, "Harbour Sport"),
     ("By ADA BROOK Harbour Press", "ADA BROOK", None),
     ("By ADA BROOK", "ADA BROOK", None)],
)  # fmt: skip
def test_a_byline_naming_a_publication_is_the_outlet_not_the_writer(
    byline: str, author: str | None, outlet: str | None
) -> None:
    """ "By The <Town> Courier" and "By <Agency> Sport Staff" were stored as the writer: a
    person, in every export and the Markdown head; a wire byline's writer in capitals ran on
    to the agency's name ("ADA BROOK Harbour Press" the writer). Invented bylines."""
    meta = read_meta(f"Ferry fares rise again\n\n{byline}\n\nThe operator said so.\n")
    assert (meta.author, meta.outlet) == (author, outlet)


@pytest.mark.parametrize(
    "notice",
    [
        "Morrow Valley Herald Copyright (c) 2025 Morrow Valley Media. All rights reserved.",
        "© 2025 Tessaly Press Ltd",
        "Copyright 2024-2025 The Brindle Courier",
        "All rights reserved.",
    ],
)
def test_a_copyright_line_is_never_the_title(notice: str) -> None:
    """A notice opening the text is skipped: the next real line is the title."""
    body = (
        f"{notice}\n\nFerry fares on the Quarl estuary to rise by a fifth\n\n"
        "The operator, Quarl Crossings, said on Monday that fuel costs had doubled.\n"
    )
    assert read_meta(body).title == "Ferry fares on the Quarl estuary to rise by a fifth"


def test_a_notice_alone_before_body_text_gives_the_body_s_title() -> None:
    body = "© Tessaly Press\nThe operator, Quarl Crossings, said fuel costs had doubled.\n"
    assert read_meta(body).title.startswith("The operator")


def test_a_headline_about_copyright_stays_the_title() -> None:
    body = "Copyright row over Velmar art prize deepens\n\nThe jury said on Monday it would meet.\n"
    assert read_meta(body).title == "Copyright row over Velmar art prize deepens"


def test_an_archive_record_s_wrapped_header_is_never_the_title() -> None:
    """An archive copy: the copyright line wraps onto a line of capitalised field labels;
    neither is the title, the headline under them is."""
    body = (
        "Quarl Evening Star Copyright (c) 1998 DATE: MONDAY, March 2,\n"
        "1998 SECTION: REGION PAGE: B4 SOURCE: Staff report\n\n"
        "FERRY FARES TO RISE BY A FIFTH\n\n"
        "The operator, Quarl Crossings, said on Monday that fuel costs had doubled.\n"
    )
    assert read_meta(body).title == "FERRY FARES TO RISE BY A FIFTH"


def test_a_headline_with_one_capital_label_stays_the_title() -> None:
    body = "BREAKING: Quarl ferry stops for the winter\n\nThe operator said it had no crew.\n"
    assert read_meta(body).title.startswith("BREAKING: Quarl ferry")


@pytest.mark.parametrize(
    ("header", "author", "iso", "outlet"),
    [("Tomasz Wren | March 3, 2026", "Tomasz Wren", "2026-03-03", None),
     ("Anna di Stefano | March 3, 2026", "Anna di Stefano", "2026-03-03", None),
     ("Pieter ter Horst\nMarch 3, 2026", "Pieter ter Horst", "2026-03-03", None),
     ("Tomasz Wren\nMarch 3, 2026", "Tomasz Wren", "2026-03-03", None),
     ("Ines Maro — 3 March 2026, 10:40", "Ines Maro", "2026-03-03", None),
     ("Dr Ines Maro 03.03.2026 · Ostrel Evening Star", "Dr Ines Maro", "2026-03-03",
      "Ostrel Evening Star"),
     ("By Ana Ruiz and Leo Park — May 2, 2026", "Ana Ruiz and Leo Park", "2026-05-02", None),
     ("Pia Sorensen, Health Reporter | 3 March 2026 | 4 min read", "Pia Sorensen",
      "2026-03-03", None),
     ("Ірина Ковтун — 3 березня 2026, 10:40", "Ірина Ковтун", "2026-03-03", None),
     ("Ирина Ковтун | 3 марта 2026", "Ирина Ковтун", "2026-03-03", None)],
)  # fmt: skip
@pytest.mark.parametrize("headline_first", [False, True])
def test_a_name_and_a_date_is_a_byline_not_the_title(
    header: str, author: str, iso: str, outlet: str | None, headline_first: bool
) -> None:
    """A writer's name and the date, over the headline or under it, on one line or two, in
    all three languages: the writer and the date, never the title ("Oona Trevithick 02
    December 2026" titled an imported article). Invented names and text."""
    headline = "Ferry fares to Ostrel rise for the winter"
    top = f"{headline}\n\n{header}" if headline_first else f"{header}\n\n{headline}"
    meta = read_meta(f"{top}\n\nThe operator said fares would rise. More.\n")
    assert meta.title == headline
    assert (meta.author, meta.date_iso, meta.outlet) == (author, iso, outlet)


def test_a_name_and_a_date_over_body_text_gives_the_body_s_title() -> None:
    """With no headline under it, a byline shows a person by its given name or form of
    address; the title is then cut from the first sentence."""
    for header in ("Helen Marsh | 3 March 2026", "Ms Ilse Varn\n3 March 2026"):
        meta = read_meta(f"{header}\n\nThe ferry operator raised fares on Tuesday. More.\n")
        assert meta.title == "The ferry operator raised fares on Tuesday"
        assert meta.author in {"Helen Marsh", "Ms Ilse Varn"}


@pytest.mark.parametrize(
    "header",
    ["Storm Hits Coast | 3 March 2026", "Storm Hits Coast\nMarch 3, 2026",
     "Port Ellis Ferry Sale\n\nPORT ELLIS Fla Sat Mar 3, 2026 11:05pm EST"],
)  # fmt: skip
def test_a_title_case_headline_or_a_dateline_before_a_date_is_no_byline(header: str) -> None:
    """Capitalised words before a date are also a title-case headline with its date, or a
    wire dateline's place in capitals: no writer, and the headline stays the title."""
    meta = read_meta(f"{header}\n\nA storm hit the coast on Tuesday. More.\n")
    assert meta.author is None
    assert meta.title in {"Storm Hits Coast", "Port Ellis Ferry Sale"}


@pytest.mark.parametrize(
    ("masthead", "outlet"),
    [("Quillmoor Ledger, 3 March 2026", "Quillmoor Ledger"),
     ("Quillmoor Ledger | 3 March 2026", "Quillmoor Ledger"),
     ("Quillmoor Ledger\n3 March 2026", "Quillmoor Ledger"),
     ("Vessary Valley Gazette — March 3, 2026", "Vessary Valley Gazette"),
     ("Ostwick Sentinel · 03.03.2026", "Ostwick Sentinel")],
)  # fmt: skip
@pytest.mark.parametrize("headline_first", [False, True])
def test_a_papers_name_before_a_date_is_the_outlet_not_the_writer(
    masthead: str, outlet: str, headline_first: bool
) -> None:
    """Two or three capitalised words ending on an outlet's word before a date, with no "By",
    were the writer (a person in every export's author) or, before a comma, the dateline's
    place: they are the paper. A person's name there stays the writer (a given name shows
    it), and so does any name after "By". Invented outlets and names."""
    headline = "Ferry fares to Ostrel rise for the winter"
    top = f"{headline}\n\n{masthead}" if headline_first else f"{masthead}\n\n{headline}"
    meta = read_meta(f"{top}\n\nThe operator said fares would rise. More.\n")
    assert (meta.author, meta.outlet, meta.place) == (None, outlet, None)
    assert meta.date_iso == "2026-03-03"
    assert meta.title == headline
    person = read_meta(f"{headline}\n\nHelen Ledger | 3 March 2026\n\nThe operator said so.\n")
    assert (person.author, person.outlet) == ("Helen Ledger", None)


def _name_then_when_every_beginning(line: str):
    """``meta._name_then_when`` as it was: the words before every separator tried."""
    from factdesk.ingest import meta

    for sep in meta._WHEN_SEPARATOR.finditer(line):
        name, rest = meta._writer(line[: sep.start()]), line[sep.end() :]
        if rest and name is not None and (found := meta._split_when(rest)) is not None:
            return name, *found
    return None


@pytest.mark.parametrize(
    "line",
    [
        "Greta Vallin | March 3, 2026",
        "By Dr Anna Maria Lund and Prof Jean Paul de la Cruz | March 3, 2026",
        "Dr Odile van der Berg — 4 May 2026 · Fenmouth Gazette",
        "Ірина Вербич та Тарас Жмут — 3 березня 2026, 10:40",
        "Кира Лозова, спецкор 03.03.2026",
        "Harriet Quade, Transport Editor | June 9, 2026",
        "Jean-Luc Marrow-Hale - 12.05.2026",
        "Dr Anna Maria Lund and Prof Jean Paul Cruz Ostby | March 3, 2026",
        "The ferry company said on Friday that sailings would resume after repairs - March 3, 2026",
        "By the time the tide turned the harbour was full of boats | March 3, 2026",
        "Storm Hits Coast | 3 March 2026",
        "de la de la de la de la de la de la Rosa | March 3, 2026",
        "and and Mia Holt | 1 April 2026",
    ],
)
def test_a_byline_is_read_as_trying_every_beginning_of_its_line(line: str) -> None:
    """Issue 15: a header line is tried as a writer's name before each of its spaces and
    dashes (``_name_then_when``); a line of prose stops being tried once its words before the
    first comma are more than two people's names can hold (``_past_any_writer``). The answer
    is what trying every beginning gives: bylines of the longest names (two people, each with
    a form of address and three words, particles between), a job after a comma, hyphened
    names, Cyrillic ones, and prose lines that end on a date."""
    from factdesk.ingest import meta

    assert meta._name_then_when(line) == _name_then_when_every_beginning(line)


def test_a_line_of_prose_stops_being_tried_as_a_writer() -> None:
    from factdesk.ingest import meta

    longest = "By Dr Anna Maria Lund and Prof Jean Paul de la Cruz | March 3, 2026"
    assert meta._name_then_when(longest) is not None
    assert meta._past_any_writer(longest) > longest.index(" | ")
    prose = "The ferry company said on Friday that sailings would resume - March 3, 2026"
    assert meta._past_any_writer(prose) == prose.index(" resume")  # after its ninth word


@pytest.mark.parametrize(
    "byline",
    ["Wiley Post | 3 March 2026", "Ingrid Beacon\n3 March 2026",
     "Oluwaseun Times · 03.03.2026", "Marisol Echo — March 3, 2026",
     "Thandiwe Mirror\n3 March 2026", "Zebulon Argus | 3 March 2026",
     "Ngozi Mercury · 03.03.2026", "Linnea Post — March 3, 2026", "Ostwick Mail | 3 March 2026"],
)  # fmt: skip
@pytest.mark.parametrize("headline_first", [False, True])
def test_a_writer_whose_surname_is_an_outlets_word_stays_the_writer(
    byline: str, headline_first: bool
) -> None:
    """Post, Times, Echo, Mercury are surnames as often as papers' words, and the given names
    lexicon does not know every writer's given name: a two-word name ending on one before a
    date, with nothing else saying a paper, is the writer (it was the outlet, and the article
    lost its author). Invented names; the given names are all unknown to the lexicon."""
    headline = "Ferry fares to Ostrel rise for the winter"
    top = f"{headline}\n\n{byline}" if headline_first else f"{byline}\n\n{headline}"
    meta = read_meta(f"{top}\n\nThe operator said fares would rise. More.\n")
    name = byline.split("\n")[0].split(" |")[0].split(" ·")[0].split(" —")[0]
    assert (meta.author, meta.outlet) == (name, None)
    assert meta.date_iso == "2026-03-03"


@pytest.mark.parametrize(
    ("masthead", "outlet"),
    [("The Ostwick Post | 3 March 2026", "The Ostwick Post"),
     ("Vessary Valley Times · 03.03.2026", "Vessary Valley Times"),
     ("Evening Echo\n3 March 2026", "Evening Echo"),
     ("Sunday Mercury, 3 March 2026", "Sunday Mercury"),
     ("Quillmoor Weekly Mirror — March 3, 2026", "Quillmoor Weekly Mirror")],
)  # fmt: skip
@pytest.mark.parametrize("headline_first", [False, True])
def test_a_surname_like_outlet_word_with_a_second_cue_is_the_outlet(
    masthead: str, outlet: str, headline_first: bool
) -> None:
    """A name ending on a word that is a surname too is the paper's when something a
    person's "Given Surname" never has says so: "The", a third word, when the paper comes
    out. Invented outlets."""
    headline = "Ferry fares to Ostrel rise for the winter"
    top = f"{headline}\n\n{masthead}" if headline_first else f"{masthead}\n\n{headline}"
    meta = read_meta(f"{top}\n\nThe operator said fares would rise. More.\n")
    assert (meta.author, meta.outlet, meta.place) == (None, outlet, None)
    assert meta.date_iso == "2026-03-03"


@pytest.mark.parametrize(
    "elsewhere", ["Source: Ostwick Post", "© 2026 Ostwick Post", "By Ana Roe, Ostwick Post"]
)
def test_a_surname_like_outlet_word_the_article_names_its_outlet_is_the_outlet(
    elsewhere: str,
) -> None:
    """The article's own outlet line elsewhere (a source, copyright or byline's outlet)
    shows the two words before the date are the paper's name; another outlet named there
    does not make a writer's name one."""
    body = "Ostwick Post | 3 March 2026\n\nFerry fares to Ostrel rise\n\n{}\n\nThey said so.\n"
    meta = read_meta(body.format(elsewhere))
    assert meta.outlet == "Ostwick Post"
    assert meta.author in {None, "Ana Roe"}
    other = read_meta(body.format(elsewhere.replace("Ostwick Post", "Harbour Daily")))
    assert other.author == "Ostwick Post"


def test_the_trade_heads_are_outlet_heads() -> None:
    """One home: the heads enough alone for a masthead are a part of the outlets' words."""
    assert OUTLET_TRADE_HEADS <= OUTLET_HEADS
    assert not OUTLET_TRADE_HEADS & {"Post", "Times", "Echo", "Mercury", "Beacon", "Mirror"}


@pytest.mark.parametrize(
    ("body", "title", "place", "outlet"),
    [
        ("LAGOS, Aug. 3 (Xinhua) - Nigeria's central bank raised its benchmark rate on Tuesday, "
         "the governor told reporters.\n\nThe decision surprised analysts.\n",
         "Nigeria's central bank raised its benchmark rate on Tuesday", "Lagos", "Xinhua"),
        ("BOISE, Idaho, Sept. 14 (Reuters) - Idaho lawmakers approved a water plan on Monday, "
         "after months of talks.\n\nMore follows.\n",
         "Idaho lawmakers approved a water plan on Monday", "Boise", "Reuters"),
        ("FRESNO, Calif. (AP) — A wildfire east of the city forced families from their homes, "
         "officials said.\n\nMore follows.\n",
         "A wildfire east of the city forced families from their homes", "Fresno", "AP"),
        ("TAMPERE, Feb. 11 (STT) -\nFinland's jobless rate fell in January, the statistics "
         "office said.\n\nMore follows.\n",
         "Finland's jobless rate fell in January", "Tampere", "STT"),
        ("НОВОСИБИРСК, 5 янв — РИА Новости. Мэрия города закрыла две школы на карантин.\n\n"
         "Далее.\n", "Мэрия города закрыла две школы на карантин", "Новосибирск", "РИА Новости"),
        ("ОДЕСА, 12 березня /Укрінформ/. Міська рада затвердила план ремонту доріг.\n\nДалі.\n",
         "Міська рада затвердила план ремонту доріг", "Одеса", "Укрінформ"),
        ("Kenya passes its finance bill after a long debate\n\nNAIROBI, Aug. 3 (AFP) - Kenya's "
         "parliament passed the bill late on Thursday.\n",
         "Kenya passes its finance bill after a long debate", "Nairobi", "AFP"),
    ],
)  # fmt: skip
def test_wire_copy_is_titled_by_its_headline_or_lede_never_its_dateline(
    body: str, title: str, place: str, outlet: str
) -> None:
    """A dateline whose month or region is written short ("LAGOS, Aug. 3 (Xinhua) -",
    "FRESNO, Calif. (AP) —") titled the article "LAGOS, Aug": the lede's first sentence was
    taken to end at the abbreviation's stop, so the title no longer began with the whole
    dateline and was kept. A dateline alone on its line was the title itself (title32)."""
    meta = read_meta(body)
    assert (meta.title, meta.place, meta.outlet) == (title, place, outlet)


def test_a_month_written_short_before_its_day_ends_no_sentence() -> None:
    assert title_from_sentence("The board meets on Oct. 9 to vote on the plan.") == (
        "The board meets on Oct. 9 to vote on the plan"
    )


@pytest.mark.parametrize(
    "caption",
    [
        "Photo: Volunteers plant oak saplings on a hillside above Tarnow",
        "(Picture: Jerzy Malec)",
        "Image credit Jerzy Malec",
        "Photograph by Jerzy Malec",
        "Volunteers plant oak saplings on a hillside above Tarnow. Jerzy Malec/Reuters",
        "Oak saplings go in above Tarnow (Jerzy Malec/AFP via Getty Images)",
        "Volunteers plant oak saplings on a hillside above Tarnow | Getty Images",
        "Фото: Укрінформ",
        "Фото: Иван Петров / Коммерсантъ",
    ],
)
def test_a_caption_or_credit_over_the_text_is_no_title(caption: str) -> None:
    """A page copied as text opens with its lead picture's caption or credit, and the queue,
    the review header and every export showed it as the article's title (title32)."""
    body = f"{caption}\n\nTree cover in the county grew by a tenth last year, a forester said.\n"
    assert read_meta(body).title == "Tree cover in the county grew by a tenth last year"
    headed = f"{caption}\n\nTree cover grows by a tenth\n\nThe woods grew, he said.\n"
    assert read_meta(headed).title == "Tree cover grows by a tenth"


@pytest.mark.parametrize(
    "headline",
    [
        "Photo finish in the mayoral race",
        "Picture this: a city without cars",
        "Storm hits the coast | Harbour Daily",
        "Tickets for AC/DC go on sale",
        "Pictures of the week",
    ],
)
def test_a_headline_with_a_picture_word_or_a_slash_stays_the_title(headline: str) -> None:
    assert read_meta(f"{headline}\n\nThe count went on into the night.\n").title == headline


@pytest.mark.parametrize(
    "picture",
    [
        "![Wool is spun and dyed at the Kestrel Vale mill](mill.jpg)",
        "![Looms](mill.jpg)\nWool is spun and dyed at the Kestrel Vale mill",
        "![Looms](mill.jpg)\n\n*Wool is spun and dyed at the Kestrel Vale mill*",
        '[![Looms](mill.jpg "the mill")](https://news.example/mill)\n_A weaver at work, 1990_',
        "![Ткацкий цех](mill.jpg)\nШерсть прядут и красят на фабрике в Заречье",
    ],
)
def test_a_markdown_picture_and_its_caption_are_no_title(picture: str) -> None:
    """A page copied to Markdown keeps its lead photo's image line and the caption under it;
    the queue showed the caption (or the image's alt text) as the article's title (found33).
    A plain line glued under the image is its caption only with a heading below it (mend33d:
    followed by the text it may be the headline, test_a_headline_glued_under_a_masthead_...)."""
    body = f"{picture}\n\nA hillside wool mill is to close, a union said.\n"
    if "\n" not in picture or picture.split("\n")[-1][:1] in "*_":
        assert read_meta(body).title == "A hillside wool mill is to close"
    headed = f"{picture}\n\n# Wool mill to close\n\nThe looms stop in May, she said.\n"
    assert read_meta(headed).title == "Wool mill to close"


def test_a_headline_after_a_picture_stays_the_title() -> None:
    """Only a caption set apart by emphasis or glued under the image is one: a headline after a
    blank line stays the title, and so does a heading right under a banner image."""
    for body in (
        "![Banner](top.png)\n\nWool mill to close\n\nThe looms stop in May, she said.\n",
        "![Banner](top.png)\n## Wool mill to close\n\nThe looms stop in May, she said.\n",
    ):
        assert read_meta(body).title == "Wool mill to close"


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (
            "![Gazette](logo.png)\nMill to close at the end of May\n\n"
            "The looms stop in May, a union said.\n",
            "Mill to close at the end of May",
        ),
        (
            "[![Вестник](logo.png)](https://vestnik.example/)\n"
            "Пекарня на Садовой закроется в марте\n\nВладелец объявил об этом во вторник.\n",
            "Пекарня на Садовой закроется в марте",
        ),
        (
            "![Harbour Echo](masthead.svg)\nFerry fares rise for the third time this year\n"
            "By Tomas Reyl\n\nThe operator blamed fuel, its chief said on Monday.\n",
            "Ferry fares rise for the third time this year",
        ),
    ],
)
def test_a_headline_glued_under_a_masthead_image_stays_the_title(body: str, title: str) -> None:
    """A masthead or banner image sits right over the headline with no blank line as often as a
    photo over its caption (review33): with the text, not a heading, below it, a plain line
    glued under an image is the headline; only emphasis, a caption's label or credit, or a
    heading below it marks it as the picture's."""
    assert read_meta(body).title == title


@pytest.mark.parametrize(
    "under",
    ["Photo: A weaver threads the loom", "A weaver threads the loom. Ines Halloran/Reuters"],
)
def test_a_labelled_or_credited_line_glued_under_a_picture_is_its_caption(under: str) -> None:
    body = f"![Looms](mill.jpg)\n{under}\n\nA hillside wool mill is to close, a union said.\n"
    assert read_meta(body).title == "A hillside wool mill is to close"


@pytest.mark.parametrize(
    ("opening", "read"),
    [
        ("---\ntitle: Ferry fares rise\nurl: https://example.org/f\ndate: 2026-12-05\n---\n", True),
        ("---\nOutlet: Harbour Post\n---\n", True),
        ("---\ntags: [ferries]\n---\n", False),
        ("---\n\n", False),
        ("---\ntitle: [unclosed\n---\n", False),
    ],
)
def test_a_txt_article_reads_front_matter_only_with_a_known_field(
    tmp_path: Path, opening: str, read: bool
) -> None:
    """review41 item 1: a .txt opening with YAML front matter was titled "---", its url lost,
    the block left in the text. Now read as .md reads it when the block holds a known field;
    a rule line or a block of other keys leaves the text as it was."""
    body = "Ferry fares on the northern route rise by a fifth from January, the operator said.\n"
    path = tmp_path / "ferry.txt"
    path.write_text(opening + body, encoding="utf-8")
    prepared = prepare(path)
    assert prepared.body == (body if read else opening + body)
    assert (prepared.meta.title != "---") is read
    if read and "url:" in opening:
        assert (prepared.meta.title, prepared.meta.url) == (
            "Ferry fares rise",
            "https://example.org/f",
        )
        assert (prepared.meta.date_text, prepared.meta.date_iso) == ("2026-12-05", "2026-12-05")


@pytest.mark.parametrize(
    ("header", "written"),
    [
        ("date: 2026-12-05", "2026-12-05"),
        ("Дата: 5 декабря 2026", "5 декабря 2026"),
        ("Updated: 22:15, 1 Dec 2026", "1 Dec 2026"),
        ("Posted on 27 November 2026 | Press notice 88/26", "27 November 2026"),
        ("By Ada Brook | Published: 3 March 2026", "3 March 2026"),
        ("5 December 2026", "5 December 2026"),  # no label: as written
        ("Monday, January 19, 2026 10:00", "Monday, January 19, 2026 10:00"),
    ],
)  # fmt: skip
def test_the_stored_date_is_the_date_without_its_label(
    tmp_path: Path, header: str, written: str
) -> None:
    """review41 item 8: a .txt whose header line is "date: 2026-12-05" stored the label in its
    date text (JSON Lines "date": "date: 2026-12-05" beside "date_iso"); a stamp stored its
    whole line, press-notice number and all."""
    path = tmp_path / "fares.txt"
    path.write_text(f"Ferry fares rise\n\n{header}\n\nThe operator said fares rise.\n", "utf-8")
    meta = prepare(path).meta
    assert meta.title == "Ferry fares rise" and meta.date_text == written
