"""The time a claim is about (``extract.timespan``) and that different times never conflict."""

from __future__ import annotations

from pathlib import Path

import pytest
from factdesk.desk.service import Desk
from factdesk.extract.timespan import TimeSpan, overlaps, time_span
from hypothesis import given
from hypothesis import strategies as st


def span(text: str, date: str | None = "2026-01-19") -> tuple[str, str, str] | None:
    found = time_span(text, date)
    return (found.start, found.end, found.precision) if found else None


def test_explicit_day_month_and_year() -> None:
    assert span("The bridge reopened on 3 March 2024.") == ("2024-03-03", "2024-03-03", "day")
    assert span("The port fell in October 2024.") == ("2024-10-01", "2024-10-31", "month")
    assert span("The dam was built in 1998.") == ("1998-01-01", "1998-12-31", "year")
    assert span("Talks began on November 20, 2025 in Doha.")[:2] == ("2025-11-20", "2025-11-20")


def test_a_day_without_a_year_takes_the_latest_one_before_the_article() -> None:
    assert span("Officials met on 20 November.") == ("2025-11-20", "2025-11-20", "day")
    assert span("Officials met on 10 January.") == ("2026-01-10", "2026-01-10", "day")
    assert span("Officials met on 20 November.", None) == ("--11-20", "--11-20", "day")


def test_several_dates_make_one_span_and_the_sentence_year_fills_the_others() -> None:
    text = "Troops took the town in February 2022 and held it until September that year."
    assert span(text) == ("2022-02-01", "2022-09-30", "several")


def test_relative_times_resolve_against_the_article_date() -> None:
    assert span("Shelling began yesterday.") == ("2026-01-18", "2026-01-18", "day")
    assert span("The mayor resigned on Monday.") == ("2026-01-19", "2026-01-19", "day")
    assert span("The mayor resigned on Sunday.") == ("2026-01-18", "2026-01-18", "day")
    assert span("Prices rose 3% last month.") == ("2025-12-01", "2025-12-31", "month")
    assert span("The plant closed late last year.") == ("2025-01-01", "2025-12-31", "year")
    assert span("The strike started three weeks ago.")[2] == "week"
    assert span("Yesterday it rained.", None) is None


def test_russian_and_ukrainian_weekdays_and_days_resolve_like_english_ones() -> None:
    # 2026-01-19 is a Monday: a weekday is the latest such day up to the article's date.
    assert span("В среду суд арестовал мэра.") == ("2026-01-14", "2026-01-14", "day")
    assert span("В понедельник прошли выборы.") == ("2026-01-19", "2026-01-19", "day")
    assert span("У п’ятницю загинули троє людей.") == ("2026-01-16", "2026-01-16", "day")
    assert span("У неділю уряд оголосив про відставку.") == ("2026-01-18", "2026-01-18", "day")
    assert span("Вчера в городе отключили свет.") == ("2026-01-18", "2026-01-18", "day")
    assert span("Сьогодні уряд оголосив про відставку.") == ("2026-01-19", "2026-01-19", "day")
    # a written date still wins over the weekday beside it
    assert span("Суд в четверг, 8 января, оставил приговор в силе.")[:2] == (
        "2026-01-08",
        "2026-01-08",
    )
    # written Russian and Ukrainian dates are explicit, in any case of the month
    assert span("Суд 8 января оставил приговор в силе.") == ("2026-01-08", "2026-01-08", "day")
    assert span("19 листопада 2025 року Генштаб заявив.")[:2] == ("2025-11-19", "2025-11-19")
    assert span("В ноябре 2024 года цены выросли.") == ("2024-11-01", "2024-11-30", "month")
    # a weekday word inside another word is no weekday
    assert span("В среднем цены выросли на 5%.") == ("2025-12-20", "2026-01-19", "month")
    assert span("У середовищі експертів це заперечують.")[2] == "month"


def test_no_date_is_the_month_up_to_the_article_date() -> None:
    found = time_span("The army controls the town.", "2026-01-19")
    assert found is not None and found.source == "article"
    assert (found.start, found.end) == ("2025-12-20", "2026-01-19")
    assert time_span("The army controls the town.", None) is None


def test_since_runs_on_to_the_article_date() -> None:
    assert span("The company has owned the port since 2021 and more.")[:2] == (
        "2021-01-01",
        "2026-01-19",
    )


def test_a_date_in_a_clause_about_someone_s_past_is_not_the_claim_s_time() -> None:
    """ ", who had run the port since March 2021," tells of the man, not of Monday's sacking;
    with no other time the clause's date still is the claim's."""
    assert span("Mr Daro, who had run the port since March 2021, was sacked on Monday.") == (
        "2026-01-19", "2026-01-19", "day")  # fmt: skip
    assert span("Mr Daro, who ran the port in 2021, was sacked.")[:2] == (
        "2021-01-01", "2021-12-31")  # fmt: skip


def test_overlaps() -> None:
    a = time_span("In 2022 the town fell.", None)
    b = time_span("In November 2025 the town fell.", None)
    c = time_span("On 20 November the town fell.", None)
    assert not overlaps(a, b)
    assert overlaps(b, c) and not overlaps(a, a and TimeSpan("2023-01-01", "2023-02-01", "", ""))
    assert overlaps(None, a)
    winter = TimeSpan("2025-12-20", "2026-01-19", "month", "article")
    assert overlaps(winter, TimeSpan("--01-02", "--01-02", "day", "explicit"))
    assert not overlaps(winter, TimeSpan("--11-20", "--11-20", "day", "explicit"))


def test_labels_read_day_month_year_as_every_date_on_the_desk() -> None:
    """A span across a new year was labelled in ISO ("2025-12-20–2026-01-19") beside article
    dates shown as "19 Jan 2026"."""
    assert TimeSpan("2025-12-20", "2026-01-19", "month", "article").label() == (
        "20 Dec 2025–19 Jan 2026 (article date)"
    )
    assert TimeSpan("2026-02-03", "2026-02-09", "week", "relative").label() == "3 Feb–9 Feb 2026"
    assert TimeSpan("2026-02-03", "2026-02-03", "day", "explicit").label() == "3 Feb 2026"


@given(st.text(max_size=300), st.sampled_from([None, "2026-01-19", "1999-12-31", "garbage"]))
def test_any_text_gives_a_span_or_none(text: str, date: str | None) -> None:
    found = time_span(text, date)
    if found is not None:
        assert found.start <= found.end or found.start.startswith("--")
        assert found.label()


def _write(folder: Path, name: str, text: str) -> None:
    (folder / name).write_text(text, encoding="utf-8")


def _two_accounts(desk: Desk, folder: Path, first: str, second: str) -> tuple:
    folder.mkdir()
    _write(
        folder,
        "a.md",
        "---\ntitle: Old war\ndate: 2026-01-10\n---\n\nIntro line.\n\n"
        f"Russian forces captured the port of Belova{first}, the regional governor said.\n",
    )
    _write(
        folder,
        "b.md",
        "---\ntitle: New war\ndate: 2026-01-12\n---\n\nIntro line.\n\n"
        f"Ukrainian forces recaptured the port of Belova{second}, a spokesman for the army "
        "said.\n",
    )
    report = desk.import_paths([folder])
    assert not report.failed, report.summary()
    [a] = [c for c in desk.claims() if "Russian forces" in c.text]
    [b] = [c for c in desk.claims() if "Ukrainian forces" in c.text]
    return a, b, {r.other_claim_id: r for r in desk.related(a.id)}


def test_accounts_of_one_time_conflict(desk: Desk, tmp_path: Path) -> None:
    _, b, related = _two_accounts(desk, tmp_path / "same", "", "")
    assert related[b.id].label == "conflicts"


def test_accounts_of_different_times_never_conflict(desk: Desk, tmp_path: Path) -> None:
    a, b, related = _two_accounts(desk, tmp_path / "apart", " in March 2022", " in November 2025")
    assert related[b.id].label == "related"
    assert "different times" in related[b.id].reason
    assert desk.claim_time(a.id) == "Mar 2022"
    assert related[b.id].when == "Nov 2025"


def test_a_year_naming_a_thing_is_not_the_time_of_the_claim() -> None:
    """ "his 2007 campaign" names the campaign; the claim is about Thursday's verdict."""
    verdict = time_span("A court fined Mr Okafor on Thursday over his 2019 campaign.", "2024-05-10")
    assert verdict is not None and verdict.precision == "day"
    assert verdict.start.startswith("2024-05")
    in_year = time_span("In 2021 a court fined Mr Okafor over the 2015 campaign.", "2024-05-10")
    assert in_year is not None and (in_year.start, in_year.end) == ("2021-01-01", "2021-12-31")


def test_a_year_naming_the_thing_a_claim_happened_in_is_its_time() -> None:
    """ "first won the seat in a 2019 by-election": the claim is about 2019, not this month."""
    for text in ("Ms Dorel first won the seat in a 2019 by-election, also with 48.2%.",
                 "Turnout fell to 31% during the 2019 by-election, officials said."):  # fmt: skip
        span = time_span(text, "2024-05-10")
        assert span is not None and (span.start, span.end) == ("2019-01-01", "2019-12-31")


def test_a_month_after_of_or_during_is_the_claim_s_month() -> None:
    for text in ("The list stood at 3.2 million at the end of December.",
                 "Sales fell during December, the firm said."):  # fmt: skip
        span = time_span(text, "2024-02-08")
        assert span is not None and (span.start, span.end) == ("2023-12-01", "2023-12-31")


def test_last_season_is_the_latest_season_over_before_the_article_month() -> None:
    """ "Last spring" in August is this year's March to May; in April, last year's; "last
    winter" runs across New Year. A claim about it is about another time than this week's
    (match20, issue 13: a claim about last spring was read as about the article's month,
    and beside this week's cases in one village it was `same`)."""
    text = "Two riders from Velna were taken to hospital with tick fever last spring."
    assert span(text, "2026-08-27") == ("2026-03-01", "2026-05-31", "season")
    assert span(text, "2026-04-10") == ("2025-03-01", "2025-05-31", "season")
    winter = span("The ferry ran aground off Skarvik last winter.", "2026-02-10")
    assert winter == ("2024-12-01", "2025-02-28", "season")
    assert not overlaps(time_span(text, "2026-08-27"), time_span("On Thursday.", "2026-08-27"))


def test_a_time_still_to_come_runs_from_the_article_date() -> None:
    """One resolution of a date, whatever each account's tense (match26, issue 13): a day or
    month without a year is the one nearest the article's date, up to four months ahead ("1
    March", written in February, is this March, with or without "will"), and a time still to
    come ("from 1 March", "next month", «з нового року», "this summer", "from Monday", "by the
    end of 2027") is the days from the article's date to it: the claim is made now, so an
    account naming no time, "next year" or a denial told today meets it."""
    feb = "2026-02-10"  # a Tuesday
    march = (feb, "2026-03-01", "several")
    assert span("From 1 March a ride on an Orlen tram costs 12% more.", feb) == march
    assert span("Проїзд у трамваях Орлена подорожчає з 1 березня.", feb) == march
    assert span("Трамвай в Орлене с 1 марта подорожает.", feb) == march
    assert span("Tram tickets in Orlen will cost more from next month.", feb)[:2] == (
        feb,
        "2026-03-31",
    )
    assert overlaps(
        time_span("From 1 March a ride on an Orlen tram costs 12% more.", feb),
        time_span("Orlen's tram fares will not change, the mayor said.", feb),
    )
    assert span("The Velka ferry sank in September, its owner said.", feb)[0] == "2025-09-01"
    assert span("Officials met on 20 December.", "2026-01-05")[0] == "2025-12-20"
    nov = "2026-11-05"
    january = (nov, "2027-01-31", "several")
    assert span("From the new year every Pelko driver will earn 15% more.", nov) == january
    assert span("Зарплати водіїв Pelko зростуть з нового року.", nov) == january
    assert span("Рейсы в Тарвик начнутся в следующем месяце.", nov)[1] == "2026-12-31"
    assert span("Roads in Kessel close this summer.", "2026-05-20")[1] == "2026-08-31"
    # "from Monday" said on a Thursday is the next Monday; "on Monday" alone and "the toll
    # from Monday's crash" the last one («с понедельника», since or from, is left unread)
    thursday = "2026-08-06"
    assert span("Water in Marlow will be cut starting on Monday.", thursday)[1] == "2026-08-10"
    assert span("The Marlow mayor resigned on Monday.", thursday)[0] == "2026-08-03"
    assert span("The toll from Monday's crash in Marlow is 9.", thursday)[0] == "2026-08-03"
    may = "2026-05-19"
    plan = (may, "2027-12-31", "several")
    assert span("Tarnvik Energy will shut two units by the end of 2027.", may) == plan
    assert span("Tarnvik Energy закроет два блока до конца 2027 года.", may) == plan
    assert overlaps(
        time_span("Tarnvik Energy will shut two units next year.", may),
        time_span("Tarnvik Energy закроет два блока до конца 2027 года.", may),
    )


def test_a_comparison_base_is_not_the_claim_s_time() -> None:
    """ "9% more than a year ago" and "from 6.1% last year" are the base a present figure
    is measured against: the claim is about now (match26, issue 13); "more than a year ago"
    alone is a time."""
    may = "2026-05-29"
    now = span("Norlen flats cost 9% more than a year ago, the agency said.", may)
    assert now == ("2026-04-29", may, "month")
    assert (
        span("Norlen's jobless rate climbed to 7.2% from 6.1% last year.", may)[0] == "2026-04-29"
    )

    assert span("The Norlen rate rose 3% last year.", may)[0] == "2025-01-01"
    assert span("The Norlen mayor was arrested more than a year ago.", may)[0] == "2025-01-01"


def test_an_end_is_ahead_or_past_as_its_clause_s_tense_says() -> None:
    """ "until Friday", "by Friday" name an end (match27, issue 13: a reviewer found them read
    backwards, the Friday before the article's Wednesday): in a clause telling what is or
    will be ("will stay shut", "is closed", "must be done", «будет закрыт», «буде закрита»)
    the next one, so the claim runs from the article's date to it; in one telling what was
    ("had been flooded", "was closed", «был закрыт») the last one; a bare past verb keeps the
    last one, and «до» a weekday with no tense word stays unread."""
    wednesday = "2026-08-05"
    coming = (wednesday, "2026-08-07", "several")
    assert span("The Harlow ferry will stay off the water until Friday.", wednesday) == coming
    assert span("Tolls on the Brenna bridge are waived until Friday.", wednesday) == coming
    assert span("Contractors must finish the Tessel ramp by Friday, the council said.",
                wednesday) == coming  # fmt: skip
    assert span("Поромна переправа в Гарлові буде закрита до п'ятниці.", wednesday) == coming
    assert span("Паром в Гарлове будет стоять до пятницы.", wednesday) == coming
    assert span("The mayor says the pool'll reopen by Monday.", wednesday)[1] == "2026-08-10"
    last_friday = ("2026-07-31", "2026-07-31", "day")
    assert span("The Harlow ferry was kept off the water until Friday.", wednesday) == last_friday
    assert span("Паром в Гарлове был закрыт до пятницы.", wednesday) == last_friday
    assert span("The Velm had flooded three farms by Sunday evening.", wednesday)[0] == (
        "2026-08-02"
    )
    assert span("The Velm flooded three farms by Sunday evening.", wednesday)[0] == "2026-08-02"
    assert span("Паром в Гарлове закрыли до пятницы.", wednesday)[2] == "month"  # unread
    # the clause's own tense: a sentence before it says nothing of this one
    assert span("The pier was shut. It will stay shut until Sunday.", wednesday)[1] == (
        "2026-08-09"
    )
    # a month as an end, the same way: "will be closed until November" is the coming one
    assert span("The Orsk plant will be closed until November.", wednesday) == (
        wednesday,
        "2026-11-30",
        "several",
    )
    assert span("The Orsk plant was closed until March.", wednesday)[0] == "2026-03-01"
    # an end the clause tells as still to come is the next one, however far: "should be
    # finished by November", written in April; the verb after it, as Ukrainian and Russian
    # put it
    april = "2026-04-14"
    assert span("The Tessel tunnel works should be finished by November, the council said.",
                april) == (april, "2026-11-30", "several")  # fmt: skip
    ukrainian = span("Міст через Вельм до листопада працюватиме лише для пішоходів.", april)
    assert ukrainian is not None and ukrainian[1] == "2026-11-30"
    assert span("By Friday the Harlow ferry will be back on the water.", wednesday) == coming
    assert span("Цены в Орске до октября росли на 2%.", wednesday)[0] == "2025-10-01"
    # an end still to come meets an account naming no time (the claim is made now)
    assert overlaps(
        time_span("The Harlow ferry will stay off the water until Friday.", wednesday),
        time_span("The Harlow ferry is not running, its operator said.", wednesday),
    )


def test_a_count_after_an_estimate_is_not_a_year() -> None:
    """ "some 2000 fans", «примерно на 2000 посетителей», «майже 2000 самокатів» count things
    (match27, issue 13: a rave of about 2,000 people was about the year 2000, apart from
    every other account of it); "in 2000" and "from about 2000 and ..." stay a year."""
    sunday = "2026-08-16"
    assert span("Some 2000 fans waited outside the Orsk stadium.", sunday)[2] == "month"
    saturday = ("2026-08-15", "2026-08-15", "day")
    assert span("В субботу в Орске открыли каток примерно на 2000 посетителей.", sunday) == (
        saturday
    )
    assert span("Концерт у Вельмі в суботу зібрав майже 2000 глядачів.", sunday) == saturday
    assert span("У Вельмі зі складів вивезли майже 2000 самокатів.", sunday)[2] == "month"
    assert span("The Orsk mill closed in 2000 after a fire.", sunday)[0] == "2000-01-01"
    assert span("The Orsk rule dates from about 2000 and was amended.", sunday)[2] != "month"


def test_the_night_into_a_weekday_is_its_eve_and_the_day() -> None:
    """«в ночь на вторник», «у ніч з неділі на понеділок» are the night after the latest eve
    up to the article's date: both days, so "late on Sunday" and "overnight into Monday" meet
    it (match27, issue 13: read as nothing, a date in a relative clause was the claim's)."""
    tuesday = "2026-04-14"
    night = ("2026-04-13", "2026-04-14", "several")
    assert span("В Орске в ночь на вторник снесли старый мост.", tuesday) == night
    assert span("У Вельмі в ніч з понеділка на вівторок знесли міст.", tuesday) == night
    assert span("A fire gutted the Orsk market late on Monday.", tuesday)[0] == "2026-04-13"
    # written on the eve, the night into the next day is the coming one
    assert span("Трое заключённых сбежали в ночь на понедельник.", "2026-04-12") == (
        "2026-04-12",
        "2026-04-13",
        "several",
    )
    # a month in a clause on the thing's past gives way to the night the claim is about
    text = "Пожарные в ночь на вторник потушили склад в Орске, который владелец в марте продал."
    assert span(text, tuesday) == night
    text = "У Вельмі в ніч на вівторок згоріла школа, яку в січні закрили на ремонт."
    assert span(text, tuesday) == night
    assert span("Мэр Орска, который ушёл в марте, снова выступил.", tuesday)[0] == "2026-03-01"


def test_a_relative_clause_in_any_case_gives_way_to_the_claim_s_time() -> None:
    """A relative clause opened by any case of the lexicon's relative pronouns (mend27b:
    ``reporting_ru_uk.RELATIVE_FORMS``, ``english.RELATIVE_PRONOUNS``, one home; timespan kept
    a narrower copy without «которому», «чиї», "whom") tells of the thing's past: its month
    gives way to the time the claim is about."""
    tuesday = "2026-04-14"
    night = ("2026-04-13", "2026-04-14", "several")
    text = "В ночь на вторник в Орске наградили пожарного, которому в марте исполнилось 60 лет."
    assert span(text, tuesday) == night
    text = "У ніч на вівторок у Вельмі затримали чоловіка, чиї рахунки в січні заблокував банк."
    assert span(text, tuesday) == night
    text = "Police arrested a Harlow man on Monday, whom officers had first questioned in March."
    assert span(text, tuesday) == ("2026-04-13", "2026-04-13", "day")
    # a clause on its own, no relative pronoun: its month stays the claim's
    assert span("В марте в Орске наградили пожарного, который спас детей.", tuesday)[0] == (
        "2026-03-01"
    )


@pytest.mark.parametrize(
    ("text", "first_day"),
    [  # written on 3 December 2026 (review42 A13: "would start in March" was March 2026)
        ("Dostan said the work would start in March and take 18 months.", "2027-03-01"),
        ("The road will reopen in June, the council said.", "2027-06-01"),
        ("Работы будут завершены в марте.", "2027-03-01"),
        ("Міст стоятиме у квітні.", "2027-04-01"),
        # a past word nearer, none, or the future after the month: the last one, as before
        ("The plant had been set up in March.", "2026-03-01"),
        ("The bridge was closed in March.", "2026-03-01"),
        ("In March the ministry said it would raise fares.", "2026-03-01"),
        ("Prices are higher in March.", "2026-03-01"),
        ("Two new ferries will serve the island, the operator announced in May.", "2026-05-01"),
        # a plan told in the past (review43): the last one, as before
        ("The depot was due to open in March.", "2026-03-01"),
        ("Residents were going to vote in May.", "2026-05-01"),
        ("The depot is due to open in March.", "2027-03-01"),
    ],
)
def test_a_month_in_a_clause_of_what_will_be_is_the_next_one(text: str, first_day: str) -> None:
    found = time_span(text, "2026-12-03")
    assert found is not None and found.end[:7] == first_day[:7]
    if first_day > "2026-12-03":  # a time still to come runs from the article's date to it
        assert found.start == "2026-12-03"


@pytest.mark.parametrize(
    ("text", "day"),
    [  # review43 B: a claim keeps its hard-wrapped article's line ends; a break is a space
        ("The harbour bridge will close on 12\nMarch, the council said.", "2026-03-12"),
        ("The bridge was shut from 2\nJanuary, the council said.", "2026-01-02"),
        ("Ferries ran again on\n3 February 2025, the operator said.", "2025-02-03"),
        ("Мост закрыли 12\nянваря, сообщили в мэрии.", "2026-01-12"),
    ],
)
def test_a_line_break_inside_a_claim_is_a_space(text: str, day: str) -> None:
    found = time_span(text, "2026-01-19")
    assert found is not None and found.source == "explicit" and day in (found.start, found.end)
    assert found == time_span(text.replace("\n", " "), "2026-01-19")


def test_a_blank_line_in_a_claim_is_no_wrap() -> None:
    """A quotation made whole over a paragraph break: no date is read across the break."""
    found = time_span("“The bridge will close on 12\n\nMarch,” he said.", "2026-01-19")
    assert found is not None and found.source != "explicit"


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [  # review43 E: months joined after one "in" are one span, written on 10 July 2026
        ("Sales at the harbour shop rose in April and May, the owner said.", "2026-04", "2026-05"),
        ("The pier was shut in April, May and June.", "2026-04", "2026-06"),
        ("Ferries ran late in March or April.", "2026-03", "2026-04"),
        ("Фестиваль проходил в апреле и мае.", "2026-04", "2026-05"),
        ("Роботи тривали у квітні та травні.", "2026-04", "2026-05"),
        # as before: each month its own date, or a second date with its year
        ("Sales rose in April and fell in June.", "2026-04", "2026-06"),
        ("The ferry ran in April and May 2025.", "2025-04", "2025-05"),
        # a capital after "and" that is a name, not a month: one month
        ("The talks began in April and Mayfield said they went well.", "2026-04", "2026-04"),
    ],
)
def test_months_joined_after_one_preposition_are_one_span(text: str, first: str, last: str) -> None:
    found = time_span(text, "2026-07-10")
    assert found is not None and (found.start[:7], found.end[:7]) == (first, last)
