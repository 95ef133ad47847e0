"""What an article says about itself: title, outlet, author, date, URL, place.

Two sources. A Markdown file may open with front matter (``title:``, ``outlet:``, ``author:``,
``date:``, ``url:`` between ``---`` lines); that is metadata, not article text, so it is split
off the body. Otherwise the header is read the way a person reads it: standalone lines near the
top that are a date, a byline ("By …", "A Blog by …"), a "Source: …" line, an "X reports in
Outlet:" line or a bare URL are taken out as fields; the first short line that does not read like
a sentence is the headline (a repeated headline, as scraped pages often have, is one headline);
when the text starts straight with body text, a short title is cut from its first sentence.
A photo caption or credit over the text ("Photo: …", "… Ana Ruiz/Reuters") is no title.
A wire dateline ("OSLO, June 4 (Reuters) -", ``extract.furniture``) gives the place, and the
outlet and date when the header did not; front matter wins over both.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from factdesk.extract.cues import PARTICLE, ROLE_WORDS
from factdesk.extract.furniture import read_dateline
from factdesk.ingest.meta_dates import (
    date_written,
    parse_date,
    says_only_when,
    stamp_date,
    stamp_rest,
)
from factdesk.ingest.sources import split_front_matter
from factdesk.lexicon.english import (
    ABBREVIATIONS,
    HONORIFICS,
    NAME_JOINS,
    OUTLET_HEADS,
    OUTLET_ISSUE_WORDS,
    OUTLET_TRADE_HEADS,
    PRESS_ROLES,
    STAFF_WORDS,
    SURNAME_PARTICLES,
)
from factdesk.lexicon.given_names import known_given
from factdesk.lexicon.months import CYRILLIC_WEEKDAY_NAMES, ENGLISH, STAMP_WORDS, WEEKDAYS
from factdesk.text.datelines import PLACE_WORDS, dateline_at
from factdesk.text.markdown import prose
from factdesk.text.wrapping import ends_on_continuer, unwrap

__all__ = ["ArticleMeta", "read_meta", "split_front_matter", "title_from_sentence"]

HEADER_LINES = 8
"""Non-empty lines from the top that are searched for standalone date/byline/outlet lines."""
HEADLINE_MAX_CHARS = 200
HEADLINE_MAX_WORDS = 30
TITLE_MAX_WORDS = 12
"""A title cut from the first sentence keeps at most this many words (then "…")."""

_NAME = rf"[A-ZА-ЯЁ][\w'’.-]*(?:\s+(?:{PARTICLE}\s+)*[A-ZА-ЯЁ][\w'’.-]*)*"
"""A writer's name: capitalised words, with surname particles (``cues.PARTICLE``) before
one ("Kees van der Wal"), never at its end ("by Ann Roe de" is no name "Ann Roe de")."""
_BYLINE = re.compile(
    rf"^(?:(?:an?\s+)?(?:blog|column|newsletter|opinion|analysis)\s+by|by|written\s+by|"
    rf"author|автор|текст)\s*:?\s+(?P<author>(?-i:(?=[A-ZА-ЯЁІЇЄҐ])){_NAME})"
    rf"(?:\s*(?:,|\||—|–|-|for|of)\s*(?P<outlet>[^,|]{{2,60}}))?$",
    re.I,
)
_SOURCE = re.compile(
    r"^(?:source|outlet|publication|publisher|источник)\s*:\s*(?P<outlet>.{2,80})$", re.I
)
_REPORTS_IN = re.compile(
    rf"^(?P<author>{_NAME})\s+(?:reports|writes|reported|wrote|reporting)\s+(?:in|for|at)\s+"
    rf"(?P<outlet>[A-ZА-ЯЁ][^:]{{1,60}}?)\s*:?$"
)
_ATX = re.compile(r"#{1,6}\s")
"""A Markdown heading ("# I tracked 600 products for a year. Here's what shrank."): the
headline whole, though it ends like a sentence; a hashtag ("#Kupiansk") is no heading."""
_URL = re.compile(r"^<?(?P<url>https?://\S+?)>?$")
_SENTENCE_END = re.compile(r"[.!?…]['’\"”»)]*(?=\s|$)")
_ABBREVIATION = re.compile(rf"(?:\b[A-Z]|{'|'.join(sorted(ABBREVIATIONS))})\.$")
_SHORT_MONTHS = sorted(
    (
        m.capitalize()
        for m, n in ENGLISH.items()
        if len(m) < max(len(k) for k in ENGLISH if ENGLISH[k] == n)
    ),
    key=len,
    reverse=True,
)
_MONTH_SHORT = re.compile(rf"\b(?:{'|'.join(_SHORT_MONTHS)})\.$")
"""A month written short with its stop ("Aug.", "Sept."), from the one month table: before
a day ("Aug. 3") it ends no sentence."""
_DAY_NEXT = re.compile(r"\s+\d{1,2}\b")
_LOOSE_END = {
    "a", "an", "the", "of", "in", "on", "at", "by", "to", "for", "from", "with", "and", "or",
    "but", "has", "have", "had", "is", "are", "was", "were", "be", "been", "that", "which",
    "as", "its", "their", "his", "her", "this", "these", "will", "would", "could", "after",
}  # fmt: skip
"""Words a cut title must not end on: it would read as broken off mid-phrase."""


@dataclass(slots=True)
class ArticleMeta:
    title: str = ""
    outlet: str | None = None
    author: str | None = None
    date_text: str | None = None
    date_iso: str | None = None
    url: str | None = None
    place: str | None = None


def read_meta(body: str, fields: dict[str, str] | None = None) -> ArticleMeta:
    """Metadata of an article body; front-matter ``fields`` win over what the text shows."""
    meta = _from_text(body)
    _from_dateline(meta, body)
    fields = fields or {}
    for key in ("title", "outlet", "author", "url", "place"):
        value = " ".join(fields.get(key, "").split())
        if value:
            setattr(meta, key, value)
    if fields.get("date", "").strip():
        meta.date_text = fields["date"].strip()
        meta.date_iso = parse_date(meta.date_text)
    headline = " ".join(fields.get("headline", "").split())
    if headline and not fields.get("title", "").strip():
        # A page's title as it sets it: "… go now By Priya Tennant, Health Correspondent"
        meta.title = _headline_tail(meta, headline)
    meta.title = meta.title or "Untitled"
    return meta


def _from_dateline(meta: ArticleMeta, body: str) -> None:
    """Place, outlet and date from a wire dateline ("OSLO, June 4 (Reuters) -") where the
    header did not give them; a date without a year is kept as written, not guessed."""
    dateline = read_dateline(body)
    if dateline is None:
        return
    meta.place = meta.place or dateline.place
    meta.outlet = meta.outlet or dateline.outlet
    if dateline.date_text and not meta.date_text:
        meta.date_text = dateline.date_text
        meta.date_iso = parse_date(dateline.date_text)
    text = body[dateline.start : dateline.end].strip().rstrip(".:;,-—– ")
    cut = meta.title.rstrip("…").rstrip(".:;,-—– ")
    line = " ".join(body[dateline.start :].split("\n", 1)[0].split())
    if (
        meta.title.startswith(text)
        or (cut and text.startswith(cut))
        or meta.title == title_from_sentence(line)
    ):
        # The title was cut from the dateline's line: the first sentence after the dateline,
        # read with the wire copy's hard wraps joined ("Заволжский районный суд Твери" was
        # the whole title: the rest of its sentence is on the next line). A title that is a
        # piece of the dateline ("LAGOS, Aug", "REDDING, Calif": its first sentence was
        # taken to end at the abbreviation's stop) was cut from it too.
        after = " ".join(unwrap(body)[dateline.end :].split())
        meta.title = title_from_sentence(after) or meta.title


def _lines(body: str) -> list[str]:
    """Non-empty lines, white space (no-break spaces too) collapsed."""
    return [" ".join(line.split()) for line in body.splitlines() if line.strip()]


_PICTURE = re.compile(r"(?:\[?!\[[^\[\]\n]*\]\([^()\n]*\)(?:\]\([^()\n]*\))?\s*)+")
"""A Markdown image alone on its line (``![alt](src)``, a linked ``[![alt](src)](url)``, a row
of them): a picture, never the headline, and its alt text no title."""
_EMPHASISED = re.compile(r"(\*{1,2}|_{1,2})(?=\S).+(?<=\S)\1")
"""A line wholly in emphasis (``*Looms at the mill, 1990*``): how a caption is set apart."""


def _pictures(body: str) -> set[int]:
    """Indices (as ``_lines`` counts) of Markdown pictures and their captions: an image's own
    line, and the line under it when it is set apart as a caption: wholly in emphasis, or
    labelled or credited as one (``is_caption``), or glued under the image with a heading
    right below it (the heading is the headline, so the line above it is the picture's). A
    page copied to Markdown keeps its lead photo's caption there, and the queue showed the
    caption as the article's title. A plain line glued under an image and followed by the
    text is left to the title search: a masthead or banner image sits right over the headline
    as often as a photo over its caption ("![Gazette](logo.png)" then "Mill to close ...")."""
    lines = [(" ".join(raw.split()), i) for i, raw in enumerate(body.splitlines()) if raw.strip()]
    found: set[int] = set()
    for at, (line, row) in enumerate(lines):
        if not _PICTURE.fullmatch(line):
            continue
        found.add(at)
        if at + 1 >= len(lines) or _PICTURE.fullmatch(under := lines[at + 1][0]):
            continue
        if _ATX.match(under):
            continue
        glued = lines[at + 1][1] == row + 1
        heading_below = at + 2 < len(lines) and bool(_ATX.match(lines[at + 2][0]))
        if _EMPHASISED.fullmatch(under) or is_caption(under) or (glued and heading_below):
            found.add(at + 1)
    return found


def _from_text(body: str) -> ArticleMeta:
    meta = ArticleMeta()
    lines = _lines(body)
    pictures = _pictures(body) if "![" in body else set()
    searching_title = True
    bylines: set[int] = set()
    for at, line in enumerate(lines[:HEADER_LINES]):
        if at in bylines or _take_field(meta, line):
            continue
        if (taken := _named_byline(meta, lines, at)) is not None:
            bylines.update(taken)
            continue
        if not searching_title or is_notice(line) or is_caption(line) or at in pictures:
            continue
        if _dateline_alone(meta, lines, at):
            continue
        heading = line.lstrip("#").strip() if line.startswith("#") else line
        if meta.title and heading == meta.title:
            continue  # the headline repeated
        marked = bool(_ATX.match(line)) and heading != ""  # "# Title": a heading says so
        if marked:
            heading = _heading_stamp(meta, heading)
        elif not meta.title and (timed := _TIMED_HEADLINE.match(heading)):
            heading = _timed_headline(meta, timed)
        if not meta.title and not marked:
            heading = _headline_tail(meta, heading)
        if not meta.title and (marked or _is_headline(heading, lines)):
            meta.title = prose(_run_on(body, line, heading)).strip("*_ ")
            continue
        if not meta.title:
            meta.title = title_from_sentence(heading)
        searching_title = False
    real = [
        line
        for at, line in enumerate(lines)
        if at not in bylines | pictures and not is_notice(line) and not is_caption(line)
    ]
    if not meta.title and real:
        meta.title = title_from_sentence(real[0])
    return meta


_PERSON_WORD = re.compile(r"[A-ZА-ЯЁІЇЄҐ][\w'’-]*\.?$|[A-ZА-ЯЁІЇЄҐ]\.$")
_NAMES_JOIN = frozenset("and & і и та й".split())
_WHEN_SEPARATOR = re.compile(r"\s*[,|·•—–-]\s*|\s+")
_PIECE_BREAK = re.compile(r"\s*[|·•—–]\s*")
PERSON_MAX_WORDS = 3
"""A person's name in a byline: two capitalised words ("Greta Vallin") up to three ("Anna
Maria Lund", "Anna de la Cruz"); a fourth is most often an outlet's or a job's run on."""
BYLINE_TAIL_MAX_WORDS = 6
"""What may follow a byline's date: an outlet or a reading time ("Harbour Daily", "4 min read")."""


def _person(words: list[str]) -> bool:
    """Words that can be one person's name: two or three capitalised words, not in capitals
    ("CAPE CANAVERAL" before a date is a wire dateline's place), particles such as "de" or
    "van" inside, a form of address first or not ("Dr Ines Maro"); no job word ("Fiona Hale
    Scotland Correspondent" is a name run onto a job, whose end no rule can find)."""
    if words and words[0].rstrip(".") in HONORIFICS:
        words = words[1:]
    named = [w for w in words if w not in SURNAME_PARTICLES]
    if not 2 <= len(named) <= PERSON_MAX_WORDS or words[0] in SURNAME_PARTICLES:
        return False
    return all(
        _PERSON_WORD.match(w)
        and not _in_capitals(w)
        and w.casefold() not in ROLE_WORDS
        and w.casefold() not in PRESS_ROLES
        for w in named
    )


def _people(words: list[str]) -> bool:
    """One person's name, or two joined by "and" ("Greta Vallin and Idris Nolan", "Ірина Вербич
    та Тарас Жмут")."""
    joins = [i for i, w in enumerate(words) if w in _NAMES_JOIN]
    if len(joins) > 1:
        return False
    if joins:
        return _person(words[: joins[0]]) and _person(words[joins[0] + 1 :])
    return _person(words)


_BY = re.compile(r"^by\s+", re.I)
_WORDS = re.compile(r"\S+")
NAMES_MOST_WORDS = 2 * (PERSON_MAX_WORDS + 1)
"""The most words two people's names joined by "and" hold besides particles and the join
(each a form of address and ``PERSON_MAX_WORDS`` words): a byline's writer part with more is
no writer (``_people``)."""


def _writer(name: str) -> str | None:
    """The writer a byline's words before its date name, else None: "By" left off, and a job
    after a comma ("Greg Olsen, Senior Editor") is no second writer."""
    name = _BY.sub("", name)
    person, _, job = name.partition(",")
    if job and not _is_job(job.strip()):
        return None
    return person.strip() if _people(person.split()) else None


def _named_for_sure(words: list[str]) -> bool:
    """A name the words themselves show to be a person's: a form of address, a common given
    name first, or an initial ("J. Okafor"). A title-case headline ("Storm Hits Coast") has
    none of them."""
    first = words[0].rstrip(".")
    return (
        first in HONORIFICS
        or known_given(first)
        or any(len(w) == 2 and w.endswith(".") and w[0].isupper() for w in words)
    )


def _split_when(rest: str) -> tuple[str, str] | None:
    """``rest`` as a date or time first ("March 3, 2026", "03.03.2026, 10:40") and what follows
    it after a separator (an outlet, a reading time: at most a few words, no sentence); None
    when it opens on no date or time."""
    ends = [m.start() for m in _PIECE_BREAK.finditer(rest)] + [len(rest)]
    for end in sorted(set(ends), reverse=True):
        when = rest[:end].strip(" ,")
        if not when or not says_only_when(when):
            continue
        tail = rest[end:].strip(" ,|·•—–-")
        if len(tail.split()) > BYLINE_TAIL_MAX_WORDS or _SENTENCE_END.search(tail):
            return None
        return when, tail
    return None


def _name_then_when(line: str) -> tuple[str, str, str] | None:
    """A byline made of a writer's name and the date ("Greta Vallin | March 3, 2026", "Ірина
    Вербич — 3 березня 2026, 10:40", "Dr Ines Maro 03.03.2026 · Harbour Daily", "By Ana Quesnel
    — May 2, 2026"): the writer, the date and what follows, else None."""
    past = _past_any_writer(line)
    for sep in _WHEN_SEPARATOR.finditer(line):
        if sep.start() >= past:
            return None
        name, rest = _writer(line[: sep.start()]), line[sep.end() :]
        if not rest or name is None:
            continue
        if (found := _split_when(rest)) is not None:
            return name, *found
    return None


def _past_any_writer(line: str) -> int:
    """Where a line's words stop being a possible writer's: the end of the word that gives
    its writer part (after "By", before the first comma) more than ``NAMES_MOST_WORDS``
    words that are no particle and no "and". ``_writer`` finds no one in any of the line's
    beginnings reaching it: each holds those words whole, and more words only add to them.
    Why: ``_name_then_when`` tries the words before every space and dash of a header line,
    and a line of prose (most lines it is asked about) cost a test of every one of its
    beginnings (52,589 over 354 articles' headers: 0.17 s, more than half of reading their
    metadata); past this point each was a no (issue 15)."""
    by = _BY.match(line)
    start = by.end() if by else 0
    comma = line.find(",", start)
    counted = 0
    for word in _WORDS.finditer(line, start, comma if comma >= 0 else len(line)):
        if word.group() not in SURNAME_PARTICLES and word.group() not in _NAMES_JOIN:
            counted += 1
            if counted > NAMES_MOST_WORDS:
                return word.end()
    return len(line) + 1


def _followed_by_headline(lines: list[str], at: int) -> bool:
    """Whether a headline comes under header line ``at``: the next line that is no field
    (date, byline, stamp) is short and does not end like a sentence."""
    for line in lines[at + 1 : HEADER_LINES]:
        if _take_field(ArticleMeta(), line) or is_notice(line):
            continue
        return _is_headline(line, lines)
    return False


def _named_byline(meta: ArticleMeta, lines: list[str], at: int) -> list[int] | None:
    """The header lines that are a byline of a name and a date, recorded as the writer and
    the date (and the outlet after them), else None: the name and the date on one line
    ("Greta Vallin | March 3, 2026"), or the name on a line of its own with the date under it.
    Such a line titled the article (the title went to the writer's name). A capitalised
    phrase before a date is also how a title-case headline with its date reads ("Storm Hits
    Coast | 3 March 2026"): before the headline, it is taken for a byline only when the
    name shows a person (``_named_for_sure``) or a headline follows it."""
    line = lines[at].strip("*_ ")
    found = _name_then_when(line)
    taken = [at]
    if found is None:
        below = lines[at + 1].strip("*_ ") if at + 1 < len(lines) else ""
        name = _writer(line)
        if name is None or not below or not says_only_when(below):
            return None
        found, taken = (name, below, ""), [at, at + 1]
    name, when, tail = found
    if _outlet_shaped(name.split(), meta, [x for i, x in enumerate(lines) if i not in taken]):
        iso = parse_date(when)  # "Harbor Ledger | 3 March 2026": the paper and its date,
        if iso and not meta.date_iso:  # no writer (a person, in every export's author)
            meta.date_text, meta.date_iso = date_written(when), iso
        meta.outlet = meta.outlet or name
        return taken
    sure = bool(meta.title) or _named_for_sure(name.split())
    if not sure and not _followed_by_headline(lines, taken[-1]):
        return None
    _take_writer(meta, name)
    iso = parse_date(when)
    if iso and not meta.date_iso:
        meta.date_text, meta.date_iso = date_written(when), iso
    if tail and not meta.outlet:
        meta.outlet = byline_outlet(tail)
    return taken


_NOTICE = re.compile(
    r"©|(?:^|\s)\(c\)\s*(?:\d{4}|copyright\b)|\bcopyright\s*(?:\(c\)|©|\d{4}\b)|"
    r"\ball\s+rights\s+reserved\b",
    re.IGNORECASE,
)
NOTICE_MAX_WORDS = 16
"""A copyright or rights notice is a short line; a longer one is prose about copyright."""
_ARCHIVE_LABEL = re.compile(r"(?:^|\s)[A-Z]{3,}:(?:\s|$)")
"""An archive record's field label in capitals ("SECTION:", "PAGE:", "SOURCE:"); two on one
line make it the record's header (its copyright line wraps onto it), one is a headline's
"BREAKING:"."""


def is_notice(line: str) -> bool:
    """A copyright or rights line ("© 2025 X Media", "X News Copyright (c) 2025", "All rights
    reserved.") or an archive record's field line ("1995 SECTION: NATIONAL PAGE: C7"): never
    the article's title. An archive copy opens with them, and the queue showed the notice
    as the headline. "Copyright" alone is a word a headline uses ("Copyright row over AI
    art"): only the symbol, "(c)" or a year after it marks a notice."""
    if len(line.split()) > NOTICE_MAX_WORDS:
        return False
    return bool(_NOTICE.search(line)) or len(_ARCHIVE_LABEL.findall(line)) >= 2


_CAPTION_HEAD = re.compile(
    r"^\W*(?:(?:photo(?:graph)?|picture|pic|image|illustration|video|фото|фотография|світлина|"
    r"ілюстрація|иллюстрация)s?\s*(?:credits?\b\s*:?|by\s+(?=[A-ZА-ЯЁІЇЄҐ])|:)|"
    r"credits?\s*:)",
    re.IGNORECASE,
)
"""A caption's or a credit's label at the head of a line ("Photo: …", "(Picture: …)", "Image
credit …", "Фото: …"): what a page copied as text sets over the article, never its title. A
label needs its colon, "credit" or "by" ("Photo finish in the mayoral race" is a headline)."""
_CREDIT_TAIL = re.compile(
    r"(?:^|[.!?]\s+|\s[|—–-]\s+|^\(|\s\()"
    r"(?:[A-ZА-ЯЁІЇЄҐ][\w'’.-]*\s+){1,3}[A-ZА-ЯЁІЇЄҐ][\w'’.-]*\s*/\s*"
    r"[A-ZА-ЯЁІЇЄҐ][\w'’.&-]*(?:\s+(?:via\s+)?[A-ZА-ЯЁІЇЄҐ][\w'’.&-]*){0,2}\)?$|"
    r"\s[|/]\s*(?:[A-ZА-ЯЁІЇЄҐ][\w'’.&-]*\s+){0,2}"
    r"(?:Images|Photos?|Pictures|Photography|Фото)\)?$"
)
"""A credit closing a caption's line: a name closed up to its agency with a slash ("… at the
port. Ana Ruiz/Reuters", "Jo Lee/AFP via Getty Images"), or a picture library after a bar
("… at the port | Getty Images"). A site's name after a bar ("Storm hits coast | Harbour
Daily") is a headline's, and "AC/DC" names no photographer (one word before the slash)."""


def is_caption(line: str) -> bool:
    """A photo caption or credit line ("Photo: …", "(Picture: …)", "… Ana Ruiz/Reuters", "… |
    Getty Images"): a page copied as text opens with its lead picture's, and the queue showed
    the caption as the article's title."""
    bare = line.strip("*_ ")
    return bool(_CAPTION_HEAD.match(bare) or _CREDIT_TAIL.search(bare))


def _dateline_alone(meta: ArticleMeta, lines: list[str], at: int) -> bool:
    """Record a wire dateline set on a line of its own over the lede ("TAMPERE, Feb. 11 (STT)
    -" over "Finland's …"): read with the line under it, the dateline is the whole line. Its
    place, agency and date where nothing gave them; the line is never the title."""
    if at + 1 >= len(lines):
        return False
    line = lines[at]
    found = dateline_at(f"{line} {lines[at + 1]}", 0)
    if found is None or found.end <= len(line.rstrip()):
        return False
    meta.place = meta.place or found.place
    meta.outlet = meta.outlet or found.outlet
    if found.date_text and not meta.date_text:
        meta.date_text, meta.date_iso = found.date_text, parse_date(found.date_text)
    return True


_INLINE_STAMP = re.compile(
    rf"\s+(?P<mark>[*_])(?P<stamp>(?:{'|'.join(STAMP_WORDS)})\b[^*_\n]+)(?P=mark)\s*$", re.I
)
"""A stamp set in emphasis at the end of a Markdown heading ("# What the budget means for
X ward *Posted by Cllr A B, X ward, 29 November 2026*"): the date and writer, not title."""
_TIMED_HEADLINE = re.compile(
    r"^(?:(?P<clock>\d{1,2}:\d{2}),?\s+(?P<date>\d{1,2}\.\d{1,2}\.\d{4})|"
    r"(?P<date2>\d{1,2}\.\d{1,2}\.\d{4}),?\s+(?P<clock2>\d{1,2}:\d{2}))\s+(?P<rest>\S.*)$"
)
"""A news site's time and date before its headline ("07:48 2.12.2026 Пострадавших
госпитализировали."): the stamp dates the article; the words after it are the headline."""


_TAIL_BYLINE = re.compile(
    r"\s+(?P<tail>(?:By|BY)\s+[A-ZА-ЯЁ][\w'’.-]+\s+[A-ZА-ЯЁ][\w'’.-]+(?:\s*[,|].*)?|"
    r"(?:Автор(?:и публікації|ы)?|Авторы)\s*:\s*\S.*)$"
)
"""A byline run onto the headline's line, as a page copied as text gives it ("… is jailed By
Callum Reith, Court Reporter", "… By Tessa Grant | Published Nov 30, 2026", "… Автори
публікації: Ірина Вербич"): the writer (and a stamp after it), not title. Two capitalised
words after "By": "Stand By Me" keeps its title."""
_TAIL_TIME = re.compile(r"^[\s,]*(?:\d{1,2}[:.]\d{2}(?:\s*[A-Z]{2,5})?)?\s*$")
_TAIL_CREDIT = re.compile(
    r"\s+(?:Фото|Скриншот|Відео|Видео|Ілюстративне фото|Photo|Picture|Image)\s*:\s*[^:]{1,60}$|"
    r"\s*[-–—]\s*(?:ФОТО|ВІДЕО|ВИДЕО|PHOTOS?|VIDEO)(?:,\s*(?:ФОТО|ВІДЕО|ВИДЕО))?\s*$"
)
"""A photo credit or a "- ФОТО" label run onto the headline's line ("… озброєних битами, -
ФОТО Фото: Нацполіція", "… Скриншот: патрульна поліція"): the page's furniture."""
_WEEKDAY_END = re.compile(rf"\s+(?:{'|'.join(WEEKDAYS + CYRILLIC_WEEKDAY_NAMES)}),?$", re.I)
"""A weekday left before a date cut from a headline's end ("… з пневматики Середа, 2 грудня")."""
_CLOCK_END = re.compile(r"(?:\s+\d{1,2}[:.]\d{2})?\s*[|·•,–—-]?\s*$")
"""A time and a separator left before a date cut from a headline's end ("… 18:40 | 01.12.2026")."""
TAIL_MIN_WORDS = 3
"""A headline keeps at least this many words when a byline or a date is cut from its end."""


def _headline_tail(meta: ArticleMeta, line: str) -> str:
    """The headline without a byline or a date run onto its line, each read as the field it
    is: 14 of heldout15's 45 real-news pages ran them together and were titled with them
    (and left undated)."""
    for _ in range(2):  # a credit, then the label before it
        credit = _TAIL_CREDIT.search(line)
        if credit is not None and len(line[: credit.start()].split()) >= TAIL_MIN_WORDS:
            line = line[: credit.start()].rstrip(" ,;")
    tail = _TAIL_BYLINE.search(line)
    if tail is not None and len(line[: tail.start()].split()) >= TAIL_MIN_WORDS:
        pieces = [] if _take_field(meta, tail["tail"]) else tail["tail"].split(" | ")
        for piece in pieces:
            if not _take_field(meta, piece) and ":" in piece and not meta.author:
                meta.author = piece.split(":", 1)[1].strip()
        line = line[: tail.start()]
    found = stamp_date(line)
    if found is not None:
        at = line.rfind(found[0])
        head = _CLOCK_END.sub("", _WEEKDAY_END.sub("", line[:at].rstrip()))
        if _TAIL_TIME.match(line[at + len(found[0]) :]) and len(head.split()) >= TAIL_MIN_WORDS:
            if not meta.date_iso:
                meta.date_text, meta.date_iso = line[len(head) :].strip(), found[1]
            line = head
    return line


def _heading_stamp(meta: ArticleMeta, heading: str) -> str:
    """The heading without a stamp set at its end, which is read as the stamp it is."""
    found = _INLINE_STAMP.search(heading)
    if found is None or not _take_stamp(meta, found["stamp"]):
        return heading
    return heading[: found.start()]


def _timed_headline(meta: ArticleMeta, timed: re.Match[str]) -> str:
    """The headline after a time-and-date stamp; the stamp's date is the article's."""
    written = timed["date"] or timed["date2"]
    iso = parse_date(written)
    if iso and not meta.date_iso:
        meta.date_text, meta.date_iso = timed.group(0)[: timed.start("rest")].strip(), iso
    return timed["rest"]


_ROLE_AT = re.compile(r"^(?P<role>.+?)\s+(?:at|for|of|with)\s+(?P<outlet>\S.*)$")
"""A job then its employer: "Transport Editor at the Northshore Gazette"."""


def byline_outlet(tail: str) -> str | None:
    """The outlet in the words after a byline's author, or None when they are the writer's
    job ("By Joanna Pryce, Home Affairs Editor"): a job title is no publisher, and taking it
    for one put "Home Affairs Editor" in the outlet column (and in ClaimReview); nor is the
    writer's e-mail address."""
    tail = tail.strip()
    if "@" in tail:  # "By Dana Kowalczyk | dkowalczyk@lakeportledger.com": her address
        return None
    employer = _ROLE_AT.match(tail)
    if employer and _is_job(employer["role"]):
        return employer["outlet"]
    return None if _is_job(tail) or _common_words(tail) else tail


_NAME_GLUE = NAME_JOINS | frozenset("at de la le du der des von y i a an".split())
"""Small words a publisher's name may hold in lower case ("The Journal of Commerce"): a
body's name's (``NAME_JOINS``) and a few of other languages' ("La Voz de Galicia")."""


def _common_words(phrase: str) -> bool:
    """A phrase with a lower-case word no name holds ("Northgate ward" in "Posted by Cllr Sam
    Okafor, Northgate ward, 29 November 2026"): a place or a description, not a publisher,
    whose name is capitalised ("The Basket Blog", "Open Data Leeds")."""
    return any(
        word[:1].islower() and word.casefold() not in _NAME_GLUE
        for word in phrase.split()
        if word[:1].isalpha()
    )


def _is_job(phrase: str) -> bool:
    """A phrase ending on a role word ("Chief Science Correspondent", "Home Affairs Editor"),
    unless it reads as a paper's name: "The …", or one word that heads outlets' names."""
    words = phrase.split()
    if not words or words[0].casefold() == "the" or (len(words) == 1 and words[0] in OUTLET_HEADS):
        return False
    head = words[-1].strip(".").casefold()
    return head in ROLE_WORDS or head in PRESS_ROLES


def _take_writer(meta: ArticleMeta, name: str) -> None:
    """A byline's name as the writer, unless it names a publication or its staff ("By The
    Harrow Courier", "By Harrow Sport Staff": the outlet, and no writer, a person in the
    exports and the Markdown head); a wire byline's writer in capitals runs on to the agency
    ("By ADA BROOK Harbour Press"): the writer is the capitals, and the outlet is left to
    the wire's dateline ("(HP)", as the copy names it), or none."""
    words = name.split()
    if _names_an_outlet(words):
        meta.outlet = meta.outlet or name
        return
    if len(words) >= 2 and words[-1] in STAFF_WORDS:
        meta.outlet = meta.outlet or " ".join(words[:-1])
        return
    capitals = next((i for i, w in enumerate(words) if not _in_capitals(w)), len(words))
    if 2 <= capitals < len(words) and all(w[:1].isupper() for w in words[capitals:]):
        name = " ".join(words[:capitals])  # (the agency is left to the dateline: "(AP)")
    if not meta.author:
        meta.author = name


def _in_capitals(word: str) -> bool:
    """A word of two letters or more, all capitals ("BROOK", "O'NEIL")."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _outlet_shaped(words: list[str], meta: ArticleMeta, others: Sequence[str] = ()) -> bool:
    """Two or three capitalised words ending on a word outlets' names end on ("Harbor
    Ledger", "Quillmoor Gazette") that nothing shows to be a person's (no form of address,
    common given name or initial: ``_named_for_sure``). Before a date with no "By", such a
    name is the paper's masthead line, not a writer's byline nor a dateline's place; after
    "By" the word says a person signs ("By Tom Post"), and this is not asked.
    A head that is no word of the trade (``OUTLET_TRADE_HEADS``) is a surname as often
    ("Wiley Post", "Ingrid Beacon"), and the given names lexicon cannot know every writer's
    given name: such a name is the paper's only with a second cue (``_more_than_a_surname``)."""
    return (
        2 <= len(words) <= PERSON_MAX_WORDS
        and all(w[:1].isupper() for w in words)
        and words[-1] in OUTLET_HEADS
        and not _named_for_sure(words)
        and (words[-1] in OUTLET_TRADE_HEADS or _more_than_a_surname(words, meta, others))
    )


def _more_than_a_surname(words: list[str], meta: ArticleMeta, others: Sequence[str]) -> bool:
    """Whether a name ending on a head that is also a surname ("Post", "Times", "Echo") is
    shown a paper's by something a person's "Given Surname" never has: "The" first ("The
    Ostwick Post"), a third word ("Vessary Valley Times"), when it comes out ("Evening Echo",
    ``OUTLET_ISSUE_WORDS``), or the article naming it its outlet elsewhere (the outlet read
    already, or another line: "Source: Ostwick Post", "© 2026 Ostwick Post", a byline's
    "By Ana Roe, Ostwick Post")."""
    name = " ".join(words)
    return (
        words[0] == "The"
        or len(words) >= 3
        or any(w in OUTLET_ISSUE_WORDS for w in words[:-1])
        or (meta.outlet or "").casefold() == name.casefold()
        or any(_names_its_outlet(line.strip("*_ "), name) for line in others)
    )


def _names_its_outlet(line: str, name: str) -> bool:
    """Whether a line names ``name`` as its article's outlet: a "Source:" line, a copyright
    line or a byline's outlet after the writer."""
    if name not in line:
        return False
    if "©" in line:
        return line.index(name) > line.index("©")
    for pattern in (_SOURCE, _BYLINE):
        found = pattern.match(line)
        if found and found["outlet"] and byline_outlet(found["outlet"]) == name:
            return True
    return False


def _names_an_outlet(words: list[str]) -> bool:
    """A name opening on "The" (no person's is: "The Harrow Courier", "The Basket Blog").
    One ending on an outlet's word is not enough: "Tom Post" is a person, and the given
    names lexicon is too short to tell "Eastholm Gazette" from him."""
    return len(words) >= 2 and words[0] == "The"


def _take_field(meta: ArticleMeta, line: str) -> bool:
    """Record ``line`` as a date, byline, outlet or URL line if it is one (and only that)."""
    bare = line.strip("*_ ")
    iso = parse_date(bare)
    if iso and not meta.date_iso:
        meta.date_text, meta.date_iso = date_written(bare), iso
        return True
    if says_only_when(bare):
        return True  # a date without its year, or a clock: when, and no title
    if _place_and_date(meta, bare):
        return True
    bare = _dated_byline(meta, bare)
    for pattern in (_BYLINE, _REPORTS_IN, _SOURCE):
        match = pattern.match(bare)
        if match:
            found = match.groupdict()
            if found.get("author"):
                _take_writer(meta, found["author"].strip())
            if found.get("outlet") and not meta.outlet:
                meta.outlet = byline_outlet(found["outlet"])
            return True
    if _take_stamp(meta, bare):
        return True
    url = _URL.match(bare)
    if url and not meta.url:
        meta.url = url["url"]
        return True
    return bool(iso or url)


_PLACE_DATE = re.compile(rf"^(?P<place>{PLACE_WORDS}),\s+(?P<date>\S.*?)\.?$")
"""A dateline on a line of its own: a place of up to three capitalised words, a comma, a
date ("Київ, 30 листопада 2026 року", "Москва, 30 ноября 2026 года.")."""


def _place_and_date(meta: ArticleMeta, line: str) -> bool:
    """Record a line that is a place and a date and nothing else (a press release's or a
    regional paper's dateline over the text): the date where none was given, and the place.
    Such a line was read as nothing, so the article had no date and every claim's time was
    unknown."""
    found = _PLACE_DATE.match(line)
    iso = parse_date(found["date"]) if found else None
    if found is None or iso is None:
        return False
    if not meta.date_iso:
        meta.date_text, meta.date_iso = found["date"], iso
    if _outlet_shaped(found["place"].split(), meta):
        meta.outlet = meta.outlet or found["place"]  # "Harbor Ledger, 3 March 2026"
    else:
        meta.place = meta.place or found["place"]
    return True


_LAST_PART = re.compile(r"\s*[,|·•]\s*(?P<date>[^,|·•]+)$")
"""The last part of a byline, after its last separator ("By A B, The Post, 29 November 2026")."""


def _dated_byline(meta: ArticleMeta, line: str) -> str:
    """A byline that ends on its date or time ("By Lina Moss, Harbour Daily, 29 November
    2026", "Текст: Ірина Вербич, 3 березня, 10:40"): the date recorded (where nothing gave
    one yet, and only a date with its year) and the byline given back without them, so the
    writer and outlet are read as from a byline alone; any other line as it is. Such a line
    was read as nothing (no writer, no outlet, no date), or titled the article."""
    rest, whens = line, []
    while (last := _LAST_PART.search(rest)) and says_only_when(last["date"]):
        whens.append(last["date"].strip())
        rest = rest[: last.start()]
    if rest == line or not _BYLINE.match(rest):
        return line
    for written in reversed(whens):
        iso = parse_date(written)
        if iso and not meta.date_iso:
            meta.date_text, meta.date_iso = date_written(written), iso
    return rest


_STAMP_BY = re.compile(rf"\bby\s+(?P<author>{_NAME})(?:\s*,\s*(?P<outlet>[^,|·•]{{2,60}}))?")
"""The writer in a stamp line ("Posted 1 December 2026 by Mira Tolland, The Lanterns Post")."""


def _take_stamp(meta: ArticleMeta, line: str) -> bool:
    """Record a publication stamp line ("Published 6:12 p.m. CT Dec. 2, 2026") as the date,
    and its "by X, Outlet" as the writer and outlet, where nothing before gave them."""
    rest = stamp_rest(line)
    if rest is None:
        return False
    found = stamp_date(rest)
    if found and not meta.date_iso:  # the date alone: the stamp's label and other words go
        meta.date_text, meta.date_iso = found
    writer = _STAMP_BY.search(rest)
    if writer and not meta.author:
        _take_writer(meta, writer["author"].strip())
        if writer["outlet"] and not meta.outlet:
            meta.outlet = byline_outlet(writer["outlet"].strip(" *_"))
    return True


def _run_on(body: str, line: str, heading: str) -> str:
    """A headline hard-wrapped over two lines, whole: one that ends on a word no headline
    ends on ("… пошкодження в", "… damage to") goes on in the line right under it, when that
    line is short enough to be the rest of it and a blank line or the end follows. Such
    headlines were cut at the wrap (7 of 897 labelled articles' titles)."""
    words = heading.split()
    if not words or not ends_on_continuer(words[-1]):
        return heading
    raw = [" ".join(text.split()) for text in body.splitlines()]
    at = raw.index(line) if line in raw else -1
    below = [*raw[at + 1 : at + 3], "", ""] if at >= 0 else ["", ""]
    after, then = below[0], below[1]
    if not after or len(words) + len(after.split()) > HEADLINE_MAX_WORDS or after.endswith("."):
        return heading
    if then:  # a third line runs on: a hard-wrapped paragraph, not a two-line headline
        return heading
    return f"{heading} {after}"


def _is_headline(line: str, lines: list[str]) -> bool:
    """Short, not ending like a sentence, and not the whole text."""
    if len(lines) < 2 or len(line) > HEADLINE_MAX_CHARS:
        return False
    if len(line.split()) > HEADLINE_MAX_WORDS:
        return False
    return not line.rstrip("'’\"”»)").endswith((".", ",", ";", ":"))


def first_sentence(text: str) -> str:
    """The text up to the first sentence end that is not an abbreviation like "Mr." or "U."."""
    for match in _SENTENCE_END.finditer(text):
        head = text[: match.end()]
        if match.group().startswith(".") and _ABBREVIATION.search(head):
            continue
        short_month = match.group() == "." and _MONTH_SHORT.search(head)
        if short_month and _DAY_NEXT.match(text, match.end()):
            continue  # "Aug. 3": a month written short before its day ends no sentence
        return head.strip()
    return text.strip()


def title_from_sentence(text: str) -> str:
    """A short title from body text: its first sentence without asides, cut to a few words.

    "The liberation of X, a pivotal town in Y, has sent ripples through Z, with analysts…"
    -> "The liberation of X has sent ripples through Z". An aside is a short comma-enclosed
    phrase; the title then ends at the next comma or dash, and at most ``TITLE_MAX_WORDS``
    words are kept, never ending on a word like "of" or "has".
    """
    sentence = first_sentence(text).rstrip(".!?… ")
    sentence = re.sub(r",\s+[^,]{1,80}?,\s+(?=\S)", " ", sentence, count=1)
    clause = re.split(r",\s|\s[—–-]\s|;\s|:\s", sentence, maxsplit=1)[0]
    if len(clause.split()) >= 4:
        sentence = clause
    words = sentence.split()
    if len(words) <= TITLE_MAX_WORDS:
        return " ".join(words)
    words = words[:TITLE_MAX_WORDS]
    while len(words) > 3 and words[-1].lower().strip(",;:") in _LOOSE_END:
        words.pop()
    return " ".join(words).rstrip(",;:") + "…"
