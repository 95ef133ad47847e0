"""Datelines: the place, date and agency that open wire copy ("OSLO, June 4 (Reuters) -",
"WASHINGTON --", "(CNN) --", "КИЇВ, 19 листопада —").

Pure text, so both the extractor (which cuts a dateline out of the first claim and reads it
into the article's place, outlet and date: ``extract.furniture``) and the name finder (for
which a dateline's "WASHINGTON" is not a mention) read the same rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factdesk.lexicon.agencies import usual_outlet
from factdesk.lexicon.english import LINE_LABELS, TIME_ZONES
from factdesk.lexicon.months import CYRILLIC_MONTH, CYRILLIC_MONTH_OR_SHORT, ENGLISH, WEEKDAYS

PLACE_WORDS = r"[A-ZА-ЯЁІЇЄҐ][\w'’-]*(?:[ -][A-ZА-ЯЁІЇЄҐ][\w'’-]*){0,2}"
"""A dateline's place on a line of its own, before its comma: up to three capitalised words
("Port Ellis", "Нова Ольшанка"). One pattern for the extractor, which makes such a line no
claim (``extract.furniture``), and the header reader, which takes its place and date
(``ingest.meta``)."""

_MONTH = (
    "(?:" + "|".join(sorted((m.capitalize() for m in ENGLISH), key=len, reverse=True)) + r")\.?"
)
"""An English month, whole or short ("December", "Dec.", "Sept"), from the one month table."""
_UPPER = "A-ZÀ-ÖØ-Þ"
"""Latin capitals with the accented ones: a place in capitals keeps its accents ("SÃO PAULO",
"SAN CRISTÓBAL")."""
_DASH = r"(?:-{1,2}|—|–)"
_OPENS = rf"[{_UPPER}А-ЯЁІЇЄҐ\"“‘«]"
"""What the text after a dateline opens with when nothing separates the two."""
_DASH_END = rf"(?:[ \t]*{_DASH}[ \t]+(?=\S)|[ \t]+{_DASH}(?={_OPENS}))"
"""A dateline's dash and the blank after it; or a dash with a blank before it and none after
("LIMA (AP) —The", "HALE, Oct 2 (Reuters) -Shares"): a dash opened by a space closes what it
follows, and a hyphen with a space before it is no compound word."""
_DATED = rf"{_MONTH}[ \t]+\d{{1,2}}(?:,[ \t]+\d{{4}})?"
_DAY_FIRST = rf"\d{{1,2}}[ \t]+{_MONTH}(?:[ \t]+\d{{4}})?"
"""A date written day first, as British and European copy writes it ("2 December 2026")."""
_OUTLET_IN_BRACKETS = r"\((?P<outlet>[A-Z][\w .&'-]{0,30}|[a-z]{2,5})\)"
"""An agency in brackets; in lower case one short word ("(dpa)"), not an aside ("(and more)")."""
_DATELINE = re.compile(
    rf"(?P<place>[{_UPPER}][{_UPPER}.'’]+(?:[ -][{_UPPER}][{_UPPER}.'’]+){{0,3}})"
    rf"(?:,[ \t]+(?P<region>(?!{_MONTH}[ \t]+\d)[A-Z][A-Za-z.]+(?:[ \t][A-Z][A-Za-z.]+)?))?"
    rf"(?:,[ \t]+(?P<date>{_DATED}|{_DAY_FIRST}))?"
    rf"[ \t]*(?:{_OUTLET_IN_BRACKETS}|/(?P<wire>[A-Z][\w .&'-]{{0,30}})/"
    rf"|\((?P<issued>{_DATED})\)|(?<=\d[ \t])(?P<agency>[A-Z]{{2,5}}))?"
    rf"{_DASH_END}"
)
"""Also a date written day first ("HALLBY, 2 December 2026 -"), a press-release wire's
"BOSTON, May 6, 2026 /PRNewswire/ --", a release's date in
brackets ("DENVER, Colo. (May 6, 2026) -") and an agency's name bare after the date
("PERTH, Dec 3 AAP -")."""
_OUTLET_ONLY = re.compile(rf"(?:(?P<date>{_DATED})[ \t]+)?{_OUTLET_IN_BRACKETS}{_DASH_END}")
"""An agency with no place ("(CNN) --"), or after a date alone ("Oct 4 (Reuters) -")."""
_TITLE_PLACE = re.compile(
    r"(?P<place>[A-Z][a-zà-ÿ'’-]{2,})(?:[ \t]+\((?P<region>[A-Z][A-Za-z. ]+)\))?"
    rf"[ \t]+{_OUTLET_IN_BRACKETS}[ \t]*{_DASH}[ \t]*(?={_OPENS})"
)
"""A place in ordinary capitals: one word with its agency in brackets and a capital after the
dash ("Lima (AFP) - The", "Erfurt (Germany) (dpa) - A"): without the brackets "Prices rose -
again." would be one, and a results line's "Ann Lee (Green) - 1,204" is a name and a party."""
_CYRILLIC_DATE = rf"(?P<date>\d{{1,2}}[ \t]+(?i:{CYRILLIC_MONTH})(?:[ \t]+\d{{4}})?)"
"""A Russian/Ukrainian dateline's date: "19 листопада", "2 декабря 2026"."""
_CYRILLIC_AFTER = rf"(?:[ \t]+(?=\S)|(?<=[./])(?={_OPENS}))"
"""What ends a Cyrillic dateline: a blank, or its slash or stop closed up to the text."""
_CYRILLIC_AGENCY_PLACE = (
    r"(?P<place>[А-ЯЁІЇЄҐ][А-ЯЁІЇЄҐа-яёіїєґ'’-]+(?:[ -][А-ЯЁІЇЄҐ][А-ЯЁІЇЄҐа-яёіїєґ'’-]+){0,2})"
)
"""An agency dateline's place, in capitals or ordinary capitals ("КИЇВ", "Москва")."""
_CYRILLIC_DATELINE = re.compile(
    r"(?P<place>[А-ЯЁІЇЄҐ][А-ЯЁІЇЄҐ'’-]+(?:[ -][А-ЯЁІЇЄҐ'’-]+){0,2}),[ \t]+"
    rf"{_CYRILLIC_DATE}"
    r"(?:[ \t]*[.,]?[ \t]*/(?P<outlet>[^/\n]{2,30})/\.?|[ \t]*[.,]?[ \t]*(?:—|–|-))"
    rf"{_CYRILLIC_AFTER}"
)
_CYRILLIC_TITLE_WIRE = re.compile(
    r"(?P<place>[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+(?:[ -][А-ЯЁІЇЄҐа-яёіїєґ][а-яёіїєґ'’-]+){0,2}),[ \t]+"
    rf"{_CYRILLIC_DATE}"
    r"[ \t]*[.,]?[ \t]*/(?P<outlet>[^/\n]{2,30})/\.?"
    rf"{_CYRILLIC_AFTER}"
)
"""The agency in slashes after a place in ordinary capitals ("Вінниця, 4 грудня
/Укрінформ/."): the slashes make it a dateline, where "Москва, 2 декабря - это …" is not."""


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline at the head of a paragraph: where it ends, and what it says."""

    start: int
    end: int
    place: str | None
    outlet: str | None
    date_text: str | None


_CYRILLIC_AGENCY = re.compile(
    rf"{_CYRILLIC_AGENCY_PLACE}"
    r"[.,][ \t]+"
    rf"(?P<date>\d{{1,2}}[ \t]+(?i:{CYRILLIC_MONTH_OR_SHORT}))\.?[.,]?[ \t]+"
    r"(?:(?P<outlet>[A-ZА-ЯЁІЇЄҐ][\w.-]*(?:[ \t][A-ZА-ЯЁІЇЄҐ][\w.-]*){0,2})[ \t]*(?:—|–|-)"
    r"|(?:—|–|-)[ \t]+(?P<wire>[A-ZА-ЯЁІЇЄҐ]\w*(?:[ \t][A-ZА-ЯЁІЇЄҐ]\w*){0,2})\.)[ \t]+(?=\S)"
)
"""Russian and Ukrainian agency datelines with the outlet after the date: Interfax's
"Москва. 2 декабря. INTERFAX.RU - " and "КИЇВ. 2 грудня. ІНТЕРФАКС-УКРАЇНА - ", RIA's
"КАЗАНЬ, 2 дек - РИА Новости. " (the outlet, then the text)."""


_CYRILLIC_AGENCY_STOP = re.compile(
    rf"{_CYRILLIC_AGENCY_PLACE}"
    r"[.,][ \t]+"
    rf"(?P<date>\d{{1,2}}[ \t]+(?i:{CYRILLIC_MONTH_OR_SHORT}))\.[ \t]+"
    r"(?P<outlet>[A-ZА-ЯЁІЇЄҐ]\w*(?:-\w+)?)\."
    rf"[ \t]*(?={_OPENS})"
)
"""The agency as one word closed by a full stop after the date ("ХЕРСОН, 3 грудня. УКРІНФОРМ.
", "Тула. 5 мая. ВЕСТИ-Регион."): one word and its stop, then a capital, where a sentence
of one word after a date is not news copy."""


_COLON = re.compile(
    rf"(?P<place>[{_UPPER}][{_UPPER}.'’-]+(?:[ ][{_UPPER}][{_UPPER}.'’-]+){{0,2}}"
    rf"|[A-Z][a-zà-ÿ'’-]+(?:[ ][A-Z][a-zà-ÿ'’-]+){{0,2}}(?=,))"
    rf"(?:,[ \t]+(?P<date>{_DATED}|{_DAY_FIRST}))?"
    rf":[ \t]+(?={_OPENS})"
)
"""A place and a colon, in capitals ("PESHAWAR: ") or in ordinary capitals before its date
("New Delhi, June 14: "), the form of South Asian papers: with no date and no capitals
"Peshawar: " is as likely a label."""
_COLON_LABEL = re.compile(rf"^[ \t]*[{_UPPER}][{_UPPER}.'’ -]+:[ \t]", re.MULTILINE)
"""A paragraph opened by words in capitals and a colon: a transcript's speakers ("HOST:",
"OKAFOR:") open many paragraphs, a colon dateline only its own."""
_NO_PLACE = LINE_LABELS | frozenset(ENGLISH) | frozenset(WEEKDAYS)
"""Words that head a line with a colon and name no place: a label ("UPDATE:", "Note:"),
a live blog's weekday or month ("Monday, June 14:")."""


COLON_LINES = 6
"""How many lines of text (a headline, a standfirst, a byline, wrapped) may come before a
colon dateline: it opens the story, where "DON'T MISS: …" further down is a promo."""


def _colon_place(text: str, match: re.Match[str]) -> bool:
    """A colon form's words are a place: none is a label word, a weekday or a month, it
    opens one of the text's first lines, and (with no date) no other paragraph opens the
    same way (a transcript's speaker)."""
    words = re.findall(r"[^\W\d_]+", match["place"].casefold())
    if not words or any(word in _NO_PLACE for word in words):
        return False
    if len(re.findall(r"\S[^\n]*", text[: match.start()])) > COLON_LINES:
        return False
    return bool(match["date"]) or len(_COLON_LABEL.findall(text)) == 1


_PATTERNS = (
    _DATELINE,
    _OUTLET_ONLY,
    _TITLE_PLACE,
    _CYRILLIC_DATELINE,
    _CYRILLIC_TITLE_WIRE,
    _CYRILLIC_AGENCY,
    _CYRILLIC_AGENCY_STOP,
    _COLON,
)


def dateline_at(text: str, start: int) -> Dateline | None:
    """The dateline that opens ``text`` at ``start`` (after blanks), or None. Its outlet is
    the agency's usual written form (``lexicon.agencies``), however the dateline set it."""
    at = start
    while at < len(text) and text[at] in " \t":
        at += 1
    for pattern in _PATTERNS:
        match = pattern.match(text, at)
        if match is None or (pattern is _COLON and not _colon_place(text, match)):
            continue
        groups = match.groupdict()
        place = groups.get("place")
        if place and len(re.sub(r"\W", "", place)) < 3:
            continue
        outlet = (groups.get("outlet") or groups.get("wire") or groups.get("agency") or "").strip()
        return Dateline(
            at,
            match.end(),
            place.strip().title() if place else None,
            usual_outlet(outlet) if outlet else None,  # "INTERFAX.RU": Интерфакс
            groups.get("date") or groups.get("issued"),
        )
    return None


_ENTRY_TIME = re.compile(
    r"(?:(?<=\A)|(?<=\n\n)|(?<=\n[ \t]\n))[ \t]*(?:[01]?\d|2[0-3]):[0-5]\d"
    rf"(?:[ \t]*(?:[AaPp]\.?[Mm]\.?|{'|'.join(sorted(TIME_ZONES))}))?[ \t]+"
    r"(?=[A-ZА-ЯЁІЇЄҐ\"“«‘'])"
)
"""A live blog's entry time at the start of a paragraph, on the entry's own line ("09:58 The
meeting has started, two minutes early."): when the entry was posted, like a dateline, never
words of its first sentence. With a colon only ("9.40 euros" is a price) and before a capital
or an opening quote."""


def entry_times(text: str) -> list[tuple[int, int]]:
    """(start, end) of each live-blog entry time that opens a paragraph of ``text``."""
    if ":" not in text:
        return []
    return [match.span() for match in _ENTRY_TIME.finditer(text)]
