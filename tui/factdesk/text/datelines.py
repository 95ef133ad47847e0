"""Datelines: the place, date and agency that open wire copy ("OSLO, June 4 (Reuters) -",
"WASHINGTON --", "(CNN) --", "КИЇВ, 19 листопада —").

Pure text, so both the extractor (which cuts a dateline out of the first claim and reads it
into the article's place, outlet and date: ``extract.furniture``) and the name finder (for
which a dateline's "WASHINGTON" is not a mention) read the same rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factdesk.lexicon.months import CYRILLIC_MONTH, CYRILLIC_MONTH_OR_SHORT

PLACE_WORDS = r"[A-ZА-ЯЁІЇЄҐ][\w'’-]*(?:[ -][A-ZА-ЯЁІЇЄҐ][\w'’-]*){0,2}"
"""A dateline's place on a line of its own, before its comma: up to three capitalised words
("Port Ellis", "Нова Ольшанка"). One pattern for the extractor, which makes such a line no
claim (``extract.furniture``), and the header reader, which takes its place and date
(``ingest.meta``)."""

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DASH = r"(?:-{1,2}|—|–)"
_DATELINE = re.compile(
    rf"(?P<place>[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+){{0,3}})"
    rf"(?:,[ \t]+(?P<region>(?!{_MONTH}[ \t]+\d)[A-Z][A-Za-z.]+(?:[ \t][A-Z][A-Za-z.]+)?))?"
    rf"(?:,[ \t]+(?P<date>{_MONTH}[ \t]+\d{{1,2}}(?:,[ \t]+\d{{4}})?))?"
    rf"[ \t]*(?:\((?P<outlet>[A-Z][\w .&'-]{{0,30}})\)|/(?P<wire>[A-Z][\w .&'-]{{0,30}})/)?"
    rf"[ \t]*{_DASH}[ \t]+(?=\S)"
)
"""Also a press-release wire's "BOSTON, May 6, 2026 /PRNewswire/ --"."""
_OUTLET_ONLY = re.compile(rf"\((?P<outlet>[A-Z][\w .&'-]{{0,30}})\)[ \t]*{_DASH}[ \t]+(?=\S)")
_CYRILLIC_DATELINE = re.compile(
    r"(?P<place>[А-ЯЁІЇЄҐ][А-ЯЁІЇЄҐ'’-]+(?:[ -][А-ЯЁІЇЄҐ'’-]+){0,2}),[ \t]+"
    rf"(?P<date>\d{{1,2}}[ \t]+(?i:{CYRILLIC_MONTH})(?:[ \t]+\d{{4}})?)"
    r"(?:[ \t]*[.,]?[ \t]*/(?P<outlet>[^/\n]{2,30})/\.?|[ \t]*[.,]?[ \t]*(?:—|–|-))[ \t]+(?=\S)"
)


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline at the head of a paragraph: where it ends, and what it says."""

    start: int
    end: int
    place: str | None
    outlet: str | None
    date_text: str | None


_CYRILLIC_AGENCY = re.compile(
    r"(?P<place>[А-ЯЁІЇЄҐ][А-ЯЁІЇЄҐа-яёіїєґ'’-]+(?:[ -][А-ЯЁІЇЄҐ][А-ЯЁІЇЄҐа-яёіїєґ'’-]+){0,2})"
    r"[.,][ \t]+"
    rf"(?P<date>\d{{1,2}}[ \t]+(?i:{CYRILLIC_MONTH_OR_SHORT}))\.?[.,]?[ \t]+"
    r"(?:(?P<outlet>[A-ZА-ЯЁІЇЄҐ][\w.-]*(?:[ \t][A-ZА-ЯЁІЇЄҐ][\w.-]*){0,2})[ \t]*(?:—|–|-)"
    r"|(?:—|–|-)[ \t]+(?P<wire>[A-ZА-ЯЁІЇЄҐ]\w*(?:[ \t][A-ZА-ЯЁІЇЄҐ]\w*){0,2})\.)[ \t]+(?=\S)"
)
"""Russian and Ukrainian agency datelines with the outlet after the date: Interfax's
"Москва. 2 декабря. INTERFAX.RU - " and "КИЇВ. 2 грудня. ІНТЕРФАКС-УКРАЇНА - ", RIA's
"КАЗАНЬ, 2 дек - РИА Новости. " (the outlet, then the text)."""


def dateline_at(text: str, start: int) -> Dateline | None:
    """The dateline that opens ``text`` at ``start`` (after blanks), or None."""
    at = start
    while at < len(text) and text[at] in " \t":
        at += 1
    for pattern in (_DATELINE, _OUTLET_ONLY, _CYRILLIC_DATELINE, _CYRILLIC_AGENCY):
        match = pattern.match(text, at)
        if match is None:
            continue
        groups = match.groupdict()
        place = groups.get("place")
        if place and len(re.sub(r"\W", "", place)) < 3:
            continue
        return Dateline(
            at,
            match.end(),
            place.strip().title() if place else None,
            (groups.get("outlet") or groups.get("wire") or "").strip() or None,
            groups.get("date"),
        )
    return None


_ENTRY_TIME = re.compile(
    r"(?:(?<=\A)|(?<=\n\n)|(?<=\n[ \t]\n))[ \t]*(?:[01]?\d|2[0-3]):[0-5]\d"
    r"(?:[ \t]*(?:[AaPp]\.?[Mm]\.?|GMT|BST|UTC|CET|EST|EDT|MSK|EET))?[ \t]+"
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
