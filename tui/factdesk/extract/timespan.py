"""The time a claim is about: a span of days, so accounts of different times never conflict.

A 2022 capture and a 2025 recapture of one town are both true; a January report and a November
one can both be right. Each claim gets the span it speaks of, in this order:

1. explicit dates in the sentence ("20 November 2025", "February 2022", "in 2023"): the day,
   month or year each names, all of them together when there are several; a day and month
   without a year take the sentence's own year if it writes one, else the one nearest the
   article's date, up to four months after it (news reports the recent past and announces
   what comes: "from 1 March", written in February); a time still to come ("by the end of
   2027", «до конца 2027 года», "from next month") runs from the article's date to it;
2. a relative time resolved against the article's date ("yesterday", "on Monday", "last
   week", "last month", "late last year", "three days ago", "last spring"; ahead: "tomorrow",
   "next month", "from the new year", "this summer", "from Monday"; Russian and Ukrainian
   weekdays and days: «в среду», «у п'ятницю», «вчера», «сьогодні», «в ночь на вторник» (the
   night after the latest Monday up to the article's date: Monday and Tuesday),
   «з нового року»,
   «с понедельника»), but not the base a figure is compared with ("9% more than a year ago");
3. else the article's date: the claim speaks of the present, taken as the month up to that
   date (an undated "Russia controls X" holds for a while, not only on the day it was filed).

Without an article date, relative and undated claims get no span (``None``): they overlap
everything, because guessing would invent disagreements. A day and month with no year
anywhere keep the month and day only (``--MM-DD``) and are compared as such.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from factdesk.extract.cues import alternation
from factdesk.extract.dates import find_dates, parse_iso
from factdesk.lexicon import cyrillic, english
from factdesk.lexicon.months import (
    CYRILLIC_DAYS_BACK,
    CYRILLIC_NEXT,
    CYRILLIC_UNTIL_WEEKDAYS,
    CYRILLIC_WEEKDAYS,
    LIST_JOINERS,
    MONTHS,
    SHORT,
    WEEKDAYS,
)
from factdesk.lexicon.reporting_ru_uk import CLAUSE_JOINERS as CYRILLIC_JOINERS
from factdesk.lexicon.reporting_ru_uk import RELATIVE_FORMS
from factdesk.lexicon.tense import END_AHEAD, END_AHEAD_ENDINGS, END_PAST, FUTURE_WORDS, PLAN_WORDS
from factdesk.text.wrapping import lines_joined

_MONTH_WORD = re.compile(r"[^\W\d_]+")
"""A word of any script: month words are English, Russian or Ukrainian ("8 января")."""
_YEAR = re.compile(r"(?<![\d,.])((?:19|20)\d\d)(?![\d,.]\d)")
_TAIL = re.compile(r"[ \t\u00a0]+[0-3]?\d(?:st|nd|rd|th)?\b(?:,?[ \t\u00a0]+(?:19|20)\d\d\b)?")
_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_MONTH_ONLY = re.compile(r"[A-Za-z]$")
_DAY = re.compile(r"\b([0-3]?\d)(?:st|nd|rd|th)?\b")
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": 3}  # fmt: skip
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
"""The first month of each season (the northern hemisphere's, as the desk's news is)."""
_SEASON = "|".join(_SEASONS)
_RELATIVE = re.compile(
    r"\b(?:(?P<day>yesterday|today|tonight|tomorrow|this (?:morning|afternoon|evening)|last night)"
    r"|(?P<ago>(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several)\s+"
    r"(?P<unit>day|week|month|year)s?\s+ago)"
    r"|(?P<which>last|this|earlier this|late last|early last|earlier last|past)\s+"
    r"(?P<period>week|month|year)"
    r"|next\s+(?P<next>week|month|year)(?!['’]s)|(?:from|in|after)\s+the\s+(?P<new_year>new\s+year)"
    r"|(?:on|last|this|from|starting|until|till|by)\s+(?P<weekday>" + "|".join(WEEKDAYS) + r")"
    r"|last\s+(?P<season>" + _SEASON + r")"
    r"|(?:this|next|from\s+the)\s+(?P<season_near>" + _SEASON + r")"
    r"|(?P<cyrillic_day>" + "|".join(CYRILLIC_DAYS_BACK) + r")"
    r"|(?P<cyrillic_next>" + alternation(list(CYRILLIC_NEXT)) + r")"
    r"|(?:в|у)\s+(?:ночь|ніч)(?:\s+(?:с|з|із)\s+[^\W\d_]+)?\s+на\s+"
    r"(?P<cyrillic_night>" + alternation(list(CYRILLIC_WEEKDAYS)) + r")"
    r"|(?:в|во|у)\s+(?P<cyrillic_weekday>" + alternation(list(CYRILLIC_WEEKDAYS)) + r")"
    r"|до\s+(?P<cyrillic_until>" + alternation(list(CYRILLIC_UNTIL_WEEKDAYS)) + r"))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class TimeSpan:
    """First and last day a claim is about, as ISO text; ``--MM-DD`` when no year is known."""

    start: str
    end: str
    precision: str
    """day, week, month, season, year, or several (a union of dates)."""
    source: str
    """explicit, relative or article: how the span was found."""

    def label(self) -> str:
        """Short words for the panel: ``20 Nov 2025``, ``Nov 2025``, ``2022``, ``Feb–Sep 2022``."""
        return _label(self.start, self.end, self.precision) + (
            " (article date)" if self.source == "article" else ""
        )

    def to_json(self) -> list[str]:
        return [self.start, self.end, self.precision, self.source]

    @classmethod
    def from_json(cls, value: list | None) -> TimeSpan | None:
        if not value or len(value) != 4:
            return None
        return cls(*(str(v) for v in value))


def overlaps(a: TimeSpan | None, b: TimeSpan | None) -> bool:
    """Whether two claims can be about the same time (unknown overlaps everything)."""
    if a is None or b is None:
        return True
    if a.start.startswith("--") or b.start.startswith("--"):
        return _days_meet(a.start, a.end, b.start, b.end)
    return a.start <= b.end and b.start <= a.end


@lru_cache(maxsize=1 << 14)
def _days_meet(start_a: str, end_a: str, start_b: str, end_b: str) -> bool:
    """``overlaps`` of two spans, one without a year, by month and day. Cached: a desk's
    spans repeat, and the matcher asks it of most pairs it labels (issue 15: making the
    ranges per call was 3-4% of judging the 5,000-claim bench's pairs)."""
    ranges_a, ranges_b = _md_ranges(start_a, end_a), _md_ranges(start_b, end_b)
    return any(s1 <= e2 and s2 <= e1 for s1, e1 in ranges_a for s2, e2 in ranges_b)


def within_days(a: TimeSpan | None, b: TimeSpan | None, days: int = 1) -> bool:
    """Whether two spans overlap once each is widened by ``days``: a vote on Sunday and its
    result reported on Monday can be one claim (never a conflict: see ``overlaps``)."""
    if overlaps(a, b):
        return True
    if a is None or b is None or a.start.startswith("--") or b.start.startswith("--"):
        return False
    pad = dt.timedelta(days=days)
    first, last = dt.date.fromisoformat(a.start) - pad, dt.date.fromisoformat(a.end) + pad
    return first.isoformat() <= b.end and b.start <= last.isoformat()


def _md_ranges(start: str, end: str) -> list[tuple[str, str]]:
    """A span as month-day ranges ("MM-DD", comparable as text), split at New Year."""
    if not start.startswith("--") and end[:4] > start[:4]:
        if int(end[:4]) - int(start[:4]) > 1 or end[5:] >= start[5:]:
            return [("01-01", "12-31")]
        return [(start[5:], "12-31"), ("01-01", end[5:])]
    return [(start[-5:], end[-5:])]


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _span(first: dt.date, last: dt.date, precision: str, source: str) -> TimeSpan:
    return TimeSpan(first.isoformat(), last.isoformat(), precision, source)


def _explicit(text: str, article: dt.date | None) -> list[TimeSpan]:
    """Spans of the written dates of one sentence, years filled from the sentence or article;
    a date inside a relative clause set off by commas is left out when another one is there
    (``_asides``), a relative one outside it («в ночь на вторник …, который дума в марте
    решила убрать»: then none, and the relative time is the claim's)."""
    found = find_dates(text)
    asides = _asides(text)
    if asides:
        kept = [m for m in found if not any(a <= m.start < b for a, b in asides)]
        if found and not kept and article is not None and _relative(_blank(text, asides), article):
            return []
        found = kept or found
    years = [int(y) for y in _YEAR.findall(text)]
    sentence_year = years[-1] if years else None
    spans = []
    skip = -1
    for index, mention in enumerate(found):
        if index == skip or _modifier_year(text, mention.start, mention.end):
            continue
        if _a_count(text, mention.start, mention.end):
            continue
        end = mention.end
        following = found[index + 1] if index + 1 < len(found) else None
        if (
            following is not None
            and not text[end : following.start].strip(" ,\u00a0")
            and _YEAR.fullmatch(text[following.start : following.end])
        ):
            end, skip = following.end, index + 1  # "in February" + "2022"
        tail = _TAIL.match(text, end)
        if tail and _MONTH_ONLY.search(text[mention.start : end]):
            end = tail.end()  # "on November" + " 20, 2025"
            if following is not None and following.start < end:
                skip = index + 1
        piece = text[mention.start : end]
        core = mention.start + _lead_length(piece)
        ahead = _ahead(text, core)
        coming = ahead and bool(_END_BEFORE.search(text[max(0, core - 30) : core]))
        if not ahead and _coming_month(text, core, piece):
            ahead = coming = True  # "would start in March": the next March
        span = _one_date(piece, sentence_year, article, ahead, coming)
        if span is not None and article is not None and _since(text, mention.start):
            span = TimeSpan(span.start, max(span.end, article.isoformat()), "several", span.source)
        if span is not None:
            spans.append(span)
            if span.precision == "month" and not _DIGIT.search(piece):
                for month in _joined_months(text, end):  # "in April and May": May too
                    also = _one_date(month, sentence_year, article, ahead, coming)
                    spans += [also] if also is not None else []
    return spans


_JOINED = re.compile(
    r"(?P<comma>[ \t\u00a0]*,)?[ \t\u00a0]*"
    rf"(?:(?P<joiner>(?i:{alternation(sorted(LIST_JOINERS))}))[ \t\u00a0]+)?"
    r"(?:(?i:in|в|во|у)[ \t\u00a0]+)?(?P<month>[^\W\d_]+)(?![\w-])(?![ \t\u00a0]*\d)"
)
_DIGIT = re.compile(r"\d")


def _joined_months(text: str, end: int) -> list[str]:
    """The months listed after a month named alone ("in April" of "in April, May and June"):
    each after a comma or a joiner (``LIST_JOINERS``: and, or, и, та …), maybe with its own
    "in"; an English month with its capital ("and Mayfield said" names no month), none with
    a day or a year of its own (a date of its own, which ``find_dates`` finds)."""
    months: list[str] = []
    while match := _JOINED.match(text, end):
        word = match.group("month")
        if match.group("joiner") is None and match.group("comma") is None:
            break
        if word.lower() not in MONTHS or (word.isascii() and not word[:1].isupper()):
            break
        months.append(word)
        end = match.end()
    return months


_DETERMINER = re.compile(r"\b(?:his|her|its|their|our|the|a|an)\s+$|['’]s\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+[a-z]")


def _modifier_year(text: str, start: int, end: int) -> bool:
    """A bare year that names a thing, not the time of the claim: "his 2007 campaign", "the
    2020 election" (the claim may be about this week's verdict on that campaign). After "in"
    or "during" ("first won the seat in a 2022 snap runoff") the thing happened then, and the
    claim is about that year."""
    return bool(
        _YEAR.fullmatch(text[start:end])
        and _DETERMINER.search(text[max(0, start - 8) : start])
        and not _IN_DETERMINER.search(text[max(0, start - 16) : start])
        and _NOUN_AFTER.match(text, end)
    )


_ESTIMATE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:"
    + "|".join(
        words
        for lexicon in (english.APPROXIMATIONS, cyrillic.APPROXIMATIONS)
        for words in lexicon.values()
    )
    + r")(?:\s+(?:на|до))?\s+$",
    re.IGNORECASE,
)
_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)")
"""The counted thing after a figure ("2000 fans", «2000 человек»), unless a conjunction
(``english.CLAUSE_JOINERS``, ``reporting_ru_uk.CLAUSE_JOINERS``: "from about 2000 and ...":
a year)."""
_JOINERS = english.CLAUSE_JOINERS | CYRILLIC_JOINERS


def _a_count(text: str, start: int, end: int) -> bool:
    """A bare "year" that is a count: after an estimate or a bound and before the thing it
    counts («примерно на 2000 человек», «почти 2000 самокатов», "some 2000 fans"), never the
    claim's time (match27, issue 13: a rave of about 2,000 people was about the year 2000)."""
    return bool(
        _YEAR.fullmatch(text[start:end])
        and _ESTIMATE_BEFORE.search(text[max(0, start - 24) : start])
        and (after := _WORD_AFTER.match(text, end)) is not None
        and after.group(1).lower() not in _JOINERS
    )


_IN_DETERMINER = re.compile(r"\b(?:in|during)\s+(?:a|an|the|its|his|her|their)\s+$", re.I)
"""A year named in a thing the claim places itself in: "in a 2022 runoff", "during the 2019
campaign"."""


_COMMA_WORD = re.compile(r",\s+([^\W\d_]+)")
_ASIDE_REST = re.compile(r"[^,;]*(?:,|[.!?\"»”]*\s*$)")


def _asides(text: str) -> list[tuple[int, int]]:
    """Relative clauses set off by commas or ending the sentence (", who had led the
    government since October 2024,", «…, который городская дума в марте решила убрать.»):
    each tells of someone's or something's past, and a date in it is not the time of the
    claim ("..., was removed on Monday") when the sentence gives another. The pronoun is the
    lexicon's (``english.RELATIVE_PRONOUNS``, ``reporting_ru_uk.RELATIVE_FORMS``)."""
    if "," not in text:  # (no list of the pronouns' first letters here: the lexicon's are read)
        return []
    spans: list[tuple[int, int]] = []
    for comma in _COMMA_WORD.finditer(text):
        if spans and comma.start() < spans[-1][1]:
            continue
        word = comma.group(1).lower()
        if word not in english.RELATIVE_PRONOUNS and not RELATIVE_FORMS.match(word):
            continue
        rest = _ASIDE_REST.match(text, comma.end())
        if rest is not None:
            spans.append((comma.start(), rest.end()))
    return spans


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each of ``spans`` blanked out (spaces, so positions stay)."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _since(text: str, start: int) -> bool:
    """ "since 2021", "since March": the span runs on to the article's date."""
    head = text[max(0, start - 7) : start]
    return bool(_SINCE.search(head)) or text[start : start + 6].lower().startswith("since ")


def _one_date(
    piece: str,
    sentence_year: int | None,
    article: dt.date | None,
    ahead: bool,
    coming: bool = False,
) -> TimeSpan | None:
    """The span one written date stands for ("12 December", "February 2022", "in October");
    ``coming``: an end still to come ("will stand again by October"), the next such date."""
    iso = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", piece)
    if iso:
        return _safe_day(int(iso[1]), int(iso[2]), int(iso[3]))
    words = [w.lower() for w in _MONTH_WORD.findall(piece)]
    month = next((MONTHS[w] for w in words if w in MONTHS), None)
    year_match = _YEAR.search(piece)
    year = int(year_match.group(1)) if year_match else None
    if month is None:
        if year is not None:
            return _span(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", "explicit")
        weekday = next((w for w in words if w in WEEKDAYS), None)
        if weekday and article is not None:
            return (_weekday_ahead if ahead else _weekday)(weekday, article)
        return None
    day_match = _DAY.search(_YEAR.sub(" ", piece))
    day = int(day_match.group(1)) if day_match else None
    if year is None:
        if coming and article is not None and sentence_year is None:
            year = _next_year(month, day, article)
        else:
            year = sentence_year or _recent_year(month, day, article, day is not None or ahead)
    if year is None:
        if day is None or not 1 <= day <= 31:
            return None
        return TimeSpan(f"--{month:02d}-{day:02d}", f"--{month:02d}-{day:02d}", "day", "explicit")
    if day is None:
        return _span(dt.date(year, month, 1), _month_end(year, month), "month", "explicit")
    return _safe_day(year, month, day)


def _safe_day(year: int, month: int, day: int) -> TimeSpan | None:
    try:
        when = dt.date(year, month, day)
    except ValueError:
        return None
    return _span(when, when, "day", "explicit")


AHEAD_DAYS = 122
"""How far after the article's date a day or month written without a year may be (four
months): news announces what comes ("fares rise from 1 March", written in February; "the
polls on 22 November", written in October) as well as it reports what happened."""


def _next_year(month: int, day: int | None, article: dt.date) -> int:
    """The year of the first (month, day), or whole month, not over by the article's date: an
    end a clause tells as still to come ("would stand in the park again by October", written
    in April, is this October; written in November, next October), however far ahead."""
    last_day = calendar.monthrange(article.year, month)[1]
    last = dt.date(article.year, month, min(day or last_day, last_day))
    return article.year if last >= article else article.year + 1


def _recent_year(month: int, day: int | None, article: dt.date | None, ahead: bool) -> int | None:
    """The year putting (month, day), or the whole month when no day is written, nearest the
    article's date: the latest not after it, or one up to ``AHEAD_DAYS`` after it when that is
    nearer. One resolution whatever the tense, so two accounts of one date meet though only
    one says "will" («з 1 березня підвищує» beside "will rise from 1 March"). A month without
    a day looks ahead only as a start ("from January", "from late March": ``ahead``): "in
    March the ministry signed", written in January, is last March."""
    if article is None:
        return None
    if not ahead:
        start = dt.date(article.year, month, 1)
        return article.year if start <= article + dt.timedelta(days=7) else article.year - 1
    best: tuple[int, int] | None = None
    for year in (article.year - 1, article.year, article.year + 1):
        last_day = calendar.monthrange(year, month)[1]
        first = dt.date(year, month, min(day or 1, last_day))
        last = dt.date(year, month, min(day or last_day, last_day))
        if first > article:
            gap = (first - article).days
            if gap > AHEAD_DAYS:
                continue
        else:
            gap = max(0, (article - last).days)
        if best is None or gap < best[0]:
            best = (gap, year)
    return best[1] if best else article.year - 1


def _weekday(name: str, article: dt.date) -> TimeSpan:
    """The latest such weekday up to the article's date (news reports the days just past; a
    Monday report's "on Monday" is that day, as wire copy writes it)."""
    back = (article.weekday() - WEEKDAYS.index(name)) % 7
    when = article - dt.timedelta(days=back)
    return _span(when, when, "day", "relative")


def _relative(text: str, article: dt.date) -> list[TimeSpan]:
    spans = []
    for match in _RELATIVE.finditer(text):
        if _a_base(text, match):
            continue
        if match.group("day"):
            word = match.group("day").lower()
            back = {"yesterday": 1, "last night": 1, "tomorrow": -1}.get(word, 0)
            when = article - dt.timedelta(days=back)
            spans.append(_span(when, when, "day", "relative"))
        elif match.group("next"):
            spans.append(_next_period(match.group("next").lower(), article))
        elif match.group("new_year"):
            spans.append(_next_period("new year", article))
        elif match.group("cyrillic_next"):
            spans.append(_next_period(CYRILLIC_NEXT[match.group("cyrillic_next").lower()], article))
        elif match.group("season_near"):
            this = match.group(0).lower().startswith("this")
            spans.append(_season_near(match.group("season_near").lower(), article, this))
        elif match.group("ago"):
            count_word = match.group("ago").split()[0].lower()
            count = int(count_word) if count_word.isdigit() else _NUMBERS.get(count_word, 1)
            unit = match.group("unit").lower()
            when = article - dt.timedelta(days=count * _UNIT_DAYS[unit])
            spans.append(_period(when, unit, "relative"))
        elif match.group("period"):
            which = match.group("which").lower()
            spans.append(_named_period(which, match.group("period"), article))
        elif match.group("weekday"):
            weekday = match.group("weekday").lower()
            ahead = _ahead(text, match.start("weekday"))
            spans.append((_weekday_ahead if ahead else _weekday)(weekday, article))
        elif match.group("cyrillic_until"):
            tense = _end_tense(text, match.start())
            if tense is not None:  # no tense word: the end is left unread, as it was
                end = WEEKDAYS[CYRILLIC_UNTIL_WEEKDAYS[match.group("cyrillic_until").lower()]]
                spans.append((_weekday_ahead if tense == "ahead" else _weekday)(end, article))
        elif match.group("season"):
            spans.append(_last_season(match.group("season").lower(), article))
        elif match.group("cyrillic_day"):
            when = article - dt.timedelta(
                days=CYRILLIC_DAYS_BACK[match.group("cyrillic_day").lower()]
            )
            spans.append(_span(when, when, "day", "relative"))
        elif match.group("cyrillic_night"):
            day = CYRILLIC_WEEKDAYS[match.group("cyrillic_night").lower()]
            eve = _weekday(WEEKDAYS[day - 1], article).start  # Monday's eve is Sunday (-1)
            first = dt.date.fromisoformat(eve)
            spans.append(_span(first, first + dt.timedelta(days=1), "several", "relative"))
        elif match.group("cyrillic_weekday"):
            day = CYRILLIC_WEEKDAYS[match.group("cyrillic_weekday").lower()]
            spans.append(_weekday(WEEKDAYS[day], article))
    return spans


_AHEAD_BEFORE = re.compile(
    r"\b(?:from|starting|beginning)(?:\s+(?:\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?|h)?"
    r"|noon|midnight|early|mid|late|the\s+(?:start|beginning)\s+of))?(?:\s+on)?\s+$",
    re.IGNORECASE,
)
"""A start before a weekday or a month, maybe with its hour: "from Monday", "starting on
Monday", "from 8 a.m. on Wednesday", "from late March". An end ("until Friday", "by Sunday
evening") is ahead only when its clause's tense says so (``_end_tense``): "had been flooded by
Sunday evening" is past."""


def _ahead(text: str, start: int) -> bool:
    """Whether the weekday or month at ``start`` is a start (``_AHEAD_BEFORE``): a measure
    announced "from Monday" begins on the next Monday, not the last; or an end in a clause
    telling what is or will be (``_END_BEFORE``, ``_end_tense``: "will stay closed until
    Friday"). A weekday's thing is none ("the toll from Monday's crash")."""
    before = text[max(0, start - 30) : start]
    if _POSSESSIVE.match(text, start):
        return False
    if _END_BEFORE.search(before):
        return _end_tense(text, start) == "ahead"
    return bool(_AHEAD_BEFORE.search(before))


_IN_BEFORE = re.compile(r"\b(?:in|в|во|у)(?:\s+(?:early|mid|late))?\s+$", re.IGNORECASE)
"""A month's "in" before it ("in March", "in late March", «в марте», «у березні»)."""


def _coming_month(text: str, start: int, piece: str) -> bool:
    """Whether a month written without a day or a year ("in March") is the next one: its
    clause tells what will be, by the nearest tense word before it ("said the work would
    start in March", "will reopen in June", «будут завершены в марте»), written in December,
    is next March, however far ahead (review42 A13: it was last March, "the latest not after
    the article", which a future tense never means). A past word nearer ("had been set up in
    March", "was closed in March") or none keeps the latest one; a word after the month, or
    before a comma, is not read ("In March the ministry said it would …", "… will call up
    4,000 conscripts next year, the ministry said in August" are the last ones)."""
    if _DAY.search(_YEAR.sub(" ", piece)) or _YEAR.search(piece):
        return False
    if not _IN_BEFORE.search(text[max(0, start - 16) : start]):
        return False
    before = _CLAUSE_BREAK.split(text[max(0, start - 160) : start])[-1].split(",")[-1]
    words = _TENSE_WORD.findall(before.lower())
    for at in range(len(words) - 1, -1, -1):
        word = words[at]
        if word in FUTURE_WORDS or word.endswith(END_AHEAD_ENDINGS):
            return not _past_plan(words, at)
        if word in END_PAST:
            return False
    return False


def _past_plan(words: list[str], at: int) -> bool:
    """Whether the future word at ``at`` is a plan told in the past: "was due to open in
    March", "were going to vote in May" (review43: "due" made it the next March, but a plan
    the writer puts in the past is as often one that has lapsed, so the month stays the last
    one, as before 365). "would" needs no past word of its own and keeps its future."""
    return words[at] in PLAN_WORDS and at > 0 and words[at - 1] in END_PAST


_END_BEFORE = re.compile(
    r"\b(?:until|till|by|до)(?:\s+(?:early|mid|late|the\s+end\s+of))?(?:\s+on)?\s+$", re.IGNORECASE
)
"""An end before a weekday or a month ("closed until Friday", "repaired by Sunday evening",
"by late March"): still to come or past as the clause's tense says (``_end_tense``)."""
_CLAUSE_BREAK = re.compile(r"[.!?;:]\s")
_TENSE_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def _end_tense(text: str, start: int) -> str | None:
    """ "ahead" or "past": the tense of the clause an end ("until Friday", «до пятницы») is in,
    told by its nearest tense word before it, else after it in its clause (Russian and
    Ukrainian put the verb after: «до жовтня він знову стоятиме»; ``tense.END_AHEAD``,
    ``END_AHEAD_ENDINGS``, ``END_PAST``): "will stay closed until Friday", "is shut until
    Monday", "must be repaired by Friday" end on the next Friday; "had been flooded by Sunday
    evening", "was closed until Friday" on the last one. A clause with neither (a bare past
    verb: "the river flooded the road by Sunday") gives None. A reviewer found ends read
    backwards (session 26): "until Friday", said on a Wednesday, was the Friday before."""
    before = _CLAUSE_BREAK.split(text[max(0, start - 160) : start])[-1]
    after = _CLAUSE_BREAK.split(text[start : start + 160])[0]
    words = [*reversed(_TENSE_WORD.findall(before.lower())), *_TENSE_WORD.findall(after.lower())]
    for word in words:
        if word in END_AHEAD or word.endswith(END_AHEAD_ENDINGS):
            return "ahead"
        if word in END_PAST:
            return "past"
    return None


def _lead_length(piece: str) -> int:
    """How many characters of a written date come before its day, month or weekday: the
    reader keeps a leading "from" or "on" in the date ("from January")."""
    digit = re.search(r"\d", piece)
    for word in _MONTH_WORD.finditer(piece):
        if word.group().lower() in MONTHS or word.group().lower() in WEEKDAYS:
            return min(word.start(), digit.start()) if digit else word.start()
    return digit.start() if digit else 0


_POSSESSIVE = re.compile(r"[^\W\d_]+['’]s\b")
"""A word with its possessive ("Monday's", "year's"): a thing of that time, not a time."""


_BASE_BEFORE = re.compile(
    r"(?:\d[\d.,]*\s*(?:%|per\s*cent|percent)?\s+(?:more|less|fewer)|\b[a-z]{3,}er)\s+than\s+$"
    r"|\b(?:compared\s+(?:with|to)|from|on|over|against|versus|vs\.?)\s+"
    r"(?:(?:[$£€]\s?)?\d[\d.,]*\s*(?:%|per\s*cent|percent|[a-z]+)?\s+)?$",
    re.IGNORECASE,
)
"""What sets off a comparison's base: "9% more than a year ago", "higher than last year",
"from 16.9% last year", "compared with last month", "up 4% on last year" (not "more than a
year ago", a time)."""


def _before(text: str, match: re.Match[str]) -> str:
    return text[max(0, match.start() - 40) : match.start()]


def _a_base(text: str, match: re.Match[str]) -> bool:
    """Whether a past period ("a year ago", "last year") is a comparison's base ("9% more
    than a year ago", "rose to 19.4% from 16.9% last year"): the claim is about the present,
    measured against that time, and an account of the same figure without the base ("prices
    rose 9% in a year") is about the same days."""
    past = match.group("ago") or (match.group("which") and "last" in match.group("which").lower())
    return bool(past) and bool(_BASE_BEFORE.search(_before(text, match)))


def _next_period(period: str, article: dt.date) -> TimeSpan:
    """ "next week", "next month", "next year" (the whole period after the article's), and "the
    new year" (its first month): announcements of what is to come, as «з нового року» is."""
    if period == "new year":
        return _span(dt.date(article.year + 1, 1, 1), dt.date(article.year + 1, 1, 31), "month",
                     "relative")  # fmt: skip
    if period == "week":
        return _period(article + dt.timedelta(days=7), "week", "relative")
    if period == "month":
        return _period(_month_end(article.year, article.month) + dt.timedelta(days=1), "month",
                       "relative")  # fmt: skip
    return _period(dt.date(article.year + 1, 1, 1), "year", "relative")


def _weekday_ahead(name: str, article: dt.date) -> TimeSpan:
    """The next such weekday after the article's date: "from Monday" (a start still to come, as
    a measure announced is)."""
    ahead = (WEEKDAYS.index(name) - article.weekday()) % 7 or 7
    when = article + dt.timedelta(days=ahead)
    return _span(when, when, "day", "relative")


def _season_near(season: str, article: dt.date, this: bool) -> TimeSpan:
    """ "this summer": the season of the article's year (winter: the one its January is in);
    "next summer", "from the spring": the first such season not over by the article's date."""
    first = _SEASONS[season]
    year = article.year - (1 if this and first == 12 and article.month < 3 else 0)
    while True:
        start = dt.date(year, first, 1)
        end = _month_end(year + (first + 1) // 12, (first + 1) % 12 + 1)
        if this or end >= article:
            return _span(start, end, "season", "relative")
        year += 1


def _last_season(season: str, article: dt.date) -> TimeSpan:
    """ "last spring": the latest such season over before the article's month (in August,
    this year's March to May; in April, last year's), so a claim about it is about another
    time than one about the article's days ("two riders were treated for tick fever last
    spring" beside this week's cases)."""
    first, year = _SEASONS[season], article.year
    while True:
        start = dt.date(year, first, 1)
        end = _month_end(year + (first + 1) // 12, (first + 1) % 12 + 1)
        if end < article.replace(day=1):
            return _span(start, end, "season", "relative")
        year -= 1


def _period(when: dt.date, unit: str, source: str) -> TimeSpan:
    """The day, week (Monday to Sunday), month or year that holds ``when``."""
    if unit == "day":
        return _span(when, when, "day", source)
    if unit == "week":
        first = when - dt.timedelta(days=when.weekday())
        return _span(first, first + dt.timedelta(days=6), "week", source)
    if unit == "month":
        return _span(when.replace(day=1), _month_end(when.year, when.month), "month", source)
    return _span(dt.date(when.year, 1, 1), dt.date(when.year, 12, 31), "year", source)


def _named_period(which: str, period: str, article: dt.date) -> TimeSpan:
    """ "last week", "this month", "late last year", "the past year" against the article date."""
    period = period.lower()
    if which == "past":
        days = _UNIT_DAYS[period]
        return _span(article - dt.timedelta(days=days), article, period, "relative")
    when = article
    if "last" in which:
        when = {
            "week": article - dt.timedelta(days=7),
            "month": article.replace(day=1) - dt.timedelta(days=1),
            "year": dt.date(article.year - 1, 6, 30),
        }[period]
    span = _period(when, period, "relative")
    if which in ("this", "earlier this"):
        span = TimeSpan(span.start, min(span.end, article.isoformat()), span.precision, "relative")
    return span


def time_span(text: str, article_date: str | None) -> TimeSpan | None:
    """The span of days ``text`` (one claim) is about; see the module docstring for the order.
    A line break inside it is a space (``lines_joined``: a hard-wrapped claim's date)."""
    text = lines_joined(text)
    article = parse_iso(article_date)
    spans = _explicit(text, article)
    if not spans and article is not None:
        spans = _relative(text, article)
    if not spans:
        if article is None:
            return None
        return _span(article - dt.timedelta(days=30), article, "month", "article")
    if article is not None:
        spans = [_from_now(span, article) for span in spans]
    if len(spans) == 1:
        return spans[0]
    dated = [s for s in spans if not s.start.startswith("--")] or spans
    first = min(s.start for s in dated)
    last = max(s.end for s in dated)
    return TimeSpan(first, last, "several", dated[0].source)


def _from_now(span: TimeSpan, article: dt.date) -> TimeSpan:
    """A time still to come, told on the article's date, is the days from that date to it:
    "will close two units by the end of 2027", "fares rise from 1 March" (written in
    February), "from next month". So an account saying "next year" or naming no time meets
    it, and so does a denial of it told today ("births will continue as normal"): the claim
    that something will happen is made now (match26, issue 13)."""
    if span.start <= article.isoformat():
        return span
    return TimeSpan(article.isoformat(), span.end, "several", span.source)


def _label(start: str, end: str, precision: str) -> str:
    if start.startswith("--"):
        month, day = int(start[2:4]), int(start[5:7])
        return f"{day} {SHORT[month]} (year unknown)"
    first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    if precision == "day" or first == last:
        return f"{first.day} {SHORT[first.month]} {first.year}"
    if precision == "year" and first.year == last.year:
        return str(first.year)
    if precision == "month" and (first.year, first.month) == (last.year, last.month):
        return f"{SHORT[first.month]} {first.year}"
    if first.year == last.year:
        return f"{first.day} {SHORT[first.month]}–{last.day} {SHORT[last.month]} {last.year}"
    # across a new year: both dates whole, in the form the desk shows every date in
    # (``text.shown_dates``), not ISO ("2025-12-20–2026-01-19" beside "19 Jan 2026")
    return f"{_whole(first)}–{_whole(last)}"


def _whole(day: dt.date) -> str:
    return f"{day.day} {SHORT[day.month]} {day.year}"
