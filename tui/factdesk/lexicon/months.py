"""Month and weekday names in English, Russian and Ukrainian, in every form news text writes them.

One table for every module that reads dates (claims, article headers, matching): a
Ukrainian article writes "19 листопада 2025 року", a Russian one "3 марта" or "в ноябре",
an English one "Sept. 9". Russian and Ukrainian months are declined: the nominative
("листопад"), the genitive of a date ("листопада") and the locative of "in November"
("в ноябре", "у листопаді") are all listed, with the usual abbreviations.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator

ENGLISH: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

SHORT = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
"""How the desk writes a month wherever it shows a date ("3 Dec 2026"), by number: one form
for the queue, the review header and a claim's time, whatever the machine's locale (the
standard library's ``calendar.month_abbr`` follows the locale)."""

LONG = ("", "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December")  # fmt: skip
"""How the Markdown report writes a month ("19 November 2025"), by number, whatever the
machine's locale (``calendar.month_name`` follows it)."""

_RUSSIAN_FORMS = (
    "январь января январе",
    "февраль февраля феврале",
    "март марта марте",
    "апрель апреля апреле",
    "май мая мае",
    "июнь июня июне",
    "июль июля июле",
    "август августа августе",
    "сентябрь сентября сентябре",
    "октябрь октября октябре",
    "ноябрь ноября ноябре",
    "декабрь декабря декабре",
)
_UKRAINIAN_FORMS = (
    "січень січня січні",
    "лютий лютого лютому",
    "березень березня березні",
    "квітень квітня квітні",
    "травень травня травні",
    "червень червня червні",
    "липень липня липні",
    "серпень серпня серпні",
    "вересень вересня вересні",
    "жовтень жовтня жовтні",
    "листопад листопада листопаді",
    "грудень грудня грудні",
)
_CYRILLIC_ABBREVIATIONS = (
    "янв",
    "фев февр",
    "мар",
    "апр",
    "",
    "июн",
    "июл",
    "авг",
    "сен сент",
    "окт",
    "ноя нояб",
    "дек",
)
"""Abbreviations (read with a dot in dates, "12 янв."), never searched for in running text."""


def _table(forms: tuple[str, ...]) -> dict[str, int]:
    return {name: number for number, names in enumerate(forms, 1) for name in names.split()}


RUSSIAN = _table(_RUSSIAN_FORMS)
UKRAINIAN = _table(_UKRAINIAN_FORMS)
CYRILLIC = {**RUSSIAN, **UKRAINIAN, **_table(_CYRILLIC_ABBREVIATIONS)}
MONTHS: dict[str, int] = {**ENGLISH, **CYRILLIC}
"""Every known month word (lower case, no trailing dot) -> its number."""

LIST_JOINERS = frozenset("and or и или і й та або чи".split())
"""The words joining months named after one preposition, in the three languages: "in April
and May", «в апреле и мае», «у квітні та травні» (``extract.timespan``: one span)."""

_CYRILLIC_FULL = sorted({**RUSSIAN, **UKRAINIAN}, key=len, reverse=True)
CYRILLIC_MONTH = "(?:" + "|".join(map(re.escape, _CYRILLIC_FULL)) + ")"
"""A regex alternation of the written-out Russian and Ukrainian month words (no
abbreviations: "лип" or "бер" alone are ordinary word starts)."""


_CYRILLIC_SHORT = sorted(_table(_CYRILLIC_ABBREVIATIONS), key=len, reverse=True)
CYRILLIC_MONTH_OR_SHORT = (
    "(?:" + "|".join(map(re.escape, [*_CYRILLIC_FULL, *_CYRILLIC_SHORT])) + ")"
)
"""``CYRILLIC_MONTH`` and the abbreviations: only where a day number comes first and the
dateline's form fixes what follows ("КАЗАНЬ, 2 дек - РИА Новости.")."""


def month_number(word: str | None) -> int | None:
    """The month a word names in any of the three languages ("Листопада" -> 11), else None."""
    if not word:
        return None
    return MONTHS.get(word.lower().rstrip("."))


MONTH_WORD = r"(?P<month>[^\W\d_]{3,9})\.?"
"""A pattern piece: the word in a date where its month goes, with an abbreviation's dot
("Sept.", "дек."). Any word of three to nine letters: a match names a month only when
``month_number`` knows the word (every date reader checks it, never this pattern)."""

DAY_OF_MONTH = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
"""A pattern piece: a day of the month as news text writes it ("3", "03", "3rd")."""

_DAY_MONTH_IN = re.compile(rf"(?<![\w.:]){DAY_OF_MONTH}\s+{MONTH_WORD}(?!\w)")
_MONTH_DAY_IN = re.compile(rf"(?<![\w.]){MONTH_WORD}\s+{DAY_OF_MONTH}(?![\w:]|\.\d)")
"""A day and a month among other words ("Posted: Tue 3rd Mar", "19 июня, 08:40", "March 22"):
not the minutes of a clock ("10:15 March") nor part of a numeric date ("Mar 12.03")."""


def days_and_months(text: str) -> Iterator[tuple[int, int]]:
    """Every (day, month) written among the words of ``text``, the day-first forms first; a
    day its month never has ("31 Feb") is left out. One reader for the header's stamp line
    (``ingest.meta_dates``) and for the date the app shows (``text.shown_dates``)."""
    for pattern in (_DAY_MONTH_IN, _MONTH_DAY_IN):
        for match in pattern.finditer(text):
            month, day = month_number(match["month"]), int(match["day"])
            if month and 1 <= day <= calendar.monthrange(2024, month)[1]:  # a leap year
                yield day, month


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
"""English weekdays in calendar order (Monday is 0, as ``datetime.date.weekday`` counts)."""


def _weekday_numbers(table: tuple[str, ...]) -> dict[str, int]:
    """A weekday table (one line of forms a day, Monday first) -> each form, with either
    apostrophe, to its day's number: one reading for the nominative and the genitive tables."""
    return {
        form: day
        for day, forms in enumerate(table)
        for word in forms.split()
        for form in (word, word.replace("'", "\u2019"))
    }


_CYRILLIC_WEEKDAY_FORMS = (
    "понедельник понеділок",
    "вторник вівторок",
    "среда среду середа середу",
    "четверг четвер",
    "пятница пятницу п'ятниця п'ятницю",
    "суббота субботу субота суботу",
    "воскресенье неділя неділю",
)
CYRILLIC_WEEKDAYS = _weekday_numbers(_CYRILLIC_WEEKDAY_FORMS)
"""Russian and Ukrainian weekdays, in the nominative and in the accusative of "в среду", "у
п'ятницю" (with either apostrophe) -> their number (Monday is 0)."""

_CYRILLIC_WEEKDAY_GENITIVES = (
    "понедельника понеділка",
    "вторника вівторка",
    "среды середи",
    "четверга",
    "пятницы п'ятниці",
    "субботы суботи",
    "воскресенья неділі",
)
CYRILLIC_UNTIL_WEEKDAYS = _weekday_numbers(_CYRILLIC_WEEKDAY_GENITIVES)
"""Russian and Ukrainian weekdays in the genitive of an end, «до пятницы», «до п'ятниці»
("until Friday", "by Friday") -> their number (Monday is 0)."""

CYRILLIC_WEEKDAY_NAMES = (
    "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
    "понеділок", "вівторок", "середа", "четвер", "п'ятниця", "п’ятниця", "субота", "неділя",
)  # fmt: skip
"""Russian and Ukrainian weekdays as a date names them, in the nominative ("Середа, 2 грудня
2026", "… з пневматики Середа, 2 грудня 2026, 22:41"): an import's date line and a date run
onto a headline (``ingest.meta_dates``, ``ingest.meta``)."""

WEEKDAY_STEMS = (
    "понедельник", "вторник", "сред", "четверг", "пятниц", "суббот", "воскресень",
    "понеділ", "вівтор", "серед", "четвер", "п'ятниц", "п’ятниц", "субот", "неділ",
)  # fmt: skip
"""Starts of every case of the Russian and Ukrainian weekdays: after a reporting verb
("сообщил в понедельник X", "повідомили у вівторок в X") a weekday is a time, not the speaker,
so the attribution reader looks for the subject after it."""

STAMP_WORDS = (
    "last updated", "published", "posted", "updated",
    "опубликовано", "обновлено", "опубліковано", "оновлено",
)  # fmt: skip
"""The words a publication stamp under a headline opens with, in English, Russian and
Ukrainian ("Published 6:12 p.m. CT Dec. 2, 2026", «Опубліковано 03.12.2026, 14:20», «Обновлено:
2 декабря 2026»): the one list the header's date line and stamp readers build on (longest
first, so "last updated" is read whole)."""

CYRILLIC_DAYS_BACK = {"вчера": 1, "вчора": 1, "сегодня": 0, "сьогодні": 0, "завтра": -1}
"""Russian and Ukrainian "yesterday", "today" and "tomorrow" -> days before the article's date
(tomorrow is one day after it)."""

CYRILLIC_NEXT = {
    "в следующем месяце": "month", "со следующего месяца": "month",
    "наступного місяця": "month", "в наступному місяці": "month",
    "у наступному місяці": "month", "з наступного місяця": "month",
    "в следующем году": "year", "со следующего года": "year", "в будущем году": "year",
    "наступного року": "year", "в наступному році": "year", "у наступному році": "year",
    "з наступного року": "year",
    "на следующей неделе": "week", "наступного тижня": "week", "на наступному тижні": "week",
    "с нового года": "new year", "з нового року": "new year",
}  # fmt: skip
"""Russian and Ukrainian "next month", "next year", "next week" and "from the new year" -> the
period ahead of the article's date they name (``extract.timespan``: English "next month",
"from the new year")."""


FEASTS = frozenset(
    """Christmas Xmas Easter Lent Advent Pentecost Whitsun Whitsunday Epiphany Michaelmas
    Candlemas Passover Pesach Hanukkah Chanukah Purim Sukkot Shavuot Ramadan Eid Diwali Holi
    Navratri Vesak Thanksgiving Halloween Hogmanay Midsummer Christmastime Eastertide""".split()
)
"""Feast days and seasons of the calendar as English writes them, one word: a time, like a
month ("closed over Christmas", "by Easter"), which the entity recogniser reads as a person
or a place. Several-word ones ("Good Friday", "Yom Kippur") are left to it: their words are
also other names' ("Good Friday Agreement")."""
_CYRILLIC_FEAST = re.compile(
    r"(?:рождеств|різдв|пасх|пасц|великдень|великодн|маслениц|масляниц|маслян|рамадан|ханук"
    r"|песах|курбан-байрам|ураза-байрам)(?:а|я|у|ю|е|о|і|и|ы|ой|ою|ей|ом|ем|ої|ій)?"
)
"""The Russian and Ukrainian feast days in any case («на Пасху», «після Великодня», «до
Різдва»): a time, not a place after «на», «до»; «Пасхалов», «Рождественский» are not."""


def is_feast(spelling: str) -> bool:
    """Whether a name as written is a feast day or season (``FEASTS``, ``_CYRILLIC_FEAST``)
    in any case: "Easter", «Великдень», «Рождества»; "Easter Island" is not one."""
    return spelling in FEASTS or _CYRILLIC_FEAST.fullmatch(spelling.casefold()) is not None
