"""Page furniture that arrives with article text: datelines, sign-offs, credits, captions,
promo lines, headlines and pull-quotes. None of it is a claim.

- A dateline ("OSLO, June 4 (Reuters) -", "REDDING, Calif. (AP) —", "WASHINGTON --",
  "(CNN) --", "КИЇВ, 19 листопада —") opens the first paragraph of wire copy: it is cut from
  the claim that follows and read into the article's place, outlet and date (``read_dateline``).
  A place and a date on a line of their own ("Москва, 30 ноября 2026 года.", a release's
  "Penmarrow, 3 December 2026.") are the same furniture, whatever ends them.
- Credits and sign-offs: "(Reporting by …; Editing by …)", "… contributed to this report",
  "This interview has been edited for length and clarity.",
  "(Редактор …)", "Автор: …", "Reuter", an agency slug.
- Captions: a paragraph carrying a photo credit ("Photograph: …", "(Photo by …)",
  "Picture: …", "Фото: …"); promo lines ("READ MORE: …", "Sign up to our newsletter",
  "Подписывайтесь на наш канал"); time stamps, copyright and contact lines.
- A pull-quote: a paragraph that only repeats words the article says again inside a longer
  sentence elsewhere ("“We are watching every fee,” says X" above the paragraph that has it).
Every rule reads the form of the line, never a name or a text from any article.
"""

from __future__ import annotations

import re

from factdesk.extract.dates import find_dates
from factdesk.text.datelines import PLACE_WORDS, Dateline, dateline_at

_CREDIT = re.compile(
    r"^\W*(?:(?:additional\s+)?reporting|writing|editing|compiled|edited|translated)\s+by\b|"
    r"\bcontributed\s+(?:to\s+(?:this|the)\s+(?:report|story|article)|reporting|from)\b|"
    r"^\W*(?:copyright|©)|\ball\s+rights\s+reserved\b|\bcan\s+be\s+reached\s+at\b|"
    r"\b(?:edited|condensed)\s+(?:and\s+condensed\s+)?for\s+(?:length|clarity|brevity)\b|"
    r"^\W*(?:posted|updated|published|last\s+updated)\b[^.]{0,40}\d|"
    r"^\W*(?:редактор(?:ка)?|автор(?:ка)?|перевод|переклад|подготовил[аи]?|"
    r"підготува(?:в|ла|ли))\b[\s:—–-]{1,4}(?-i:[А-ЯЁІЇЄҐA-Z][\w'’.-]*[\s,]*){1,4}\)?$",
    re.IGNORECASE,
)
_SLUG = re.compile(r"^\W*(?:Reuter|[a-z]{2,5}(?:-[a-z]{2,5})*/[a-z]{2,5}(?:/[a-z]{2,5})*)\W*$")
_CAPTION = re.compile(
    r"\b(?:photograph|photo|picture|pic|image|credit)s?\s*:|\((?:[A-Z]+\s+)?photo(?:graph)?\s+by\b|"
    r"\bphoto\s+by\s+[A-Z]|[/(]\s*(?:getty\s+images|ap\s+photo|reuters|afp|epa)\s*\)|"
    r"\b(?:фото|фотография|світлина)\s*:",
    re.IGNORECASE,
)
_PROMO = re.compile(
    r"^\W*(?:read\s+more|don'?t\s+miss|more\s+from\s+[^:]{1,40}|related|see\s+also|also\s+read|"
    r"watch|listen|analysis|explainer|читайте\s+также|читайте\s+також|смотрите\s+также|"
    r"дивіться\s+також)\s*:|"
    r"^\W*(?:sign\s+up|subscribe|listen\s+to|watch|follow\s+us|download|get\s+(?:our|the)|join|"
    r"buy\s+me|click|register|support\s+us)\b.{0,120}\b(?:newsletter|podcast|app|inbox|briefing|"
    r"channel|coffee|telegram|youtube|instagram|facebook|updates|subscription|highlights|"
    r"daily|weekly)\b|"
    r"^\W*if\s+you\s+(?:liked|enjoyed|like|enjoy)\s+this\b|"
    r"\?\s*(?:e-?mail|contact|write\s+to)\b.{0,60}@|"
    r"^\W*(?:подписывайтесь|подпишитесь|підписуйтесь|підпишіться)\b",
    re.IGNORECASE,
)
_WORDS = re.compile(r"\w+")
_QUOTED = re.compile(r"[“\"‘«„']([^”\"’»]{8,}?)[”\"’»]")
_LABEL = re.compile(r"^\W*(?:pull[\s-]?quote|quote)\s*:\s*", re.IGNORECASE)
PULL_QUOTE_MIN_WORDS = 5


def read_dateline(body: str, paragraphs: int = 4) -> Dateline | None:
    """The dateline of the first paragraphs of ``body`` (wire copy opens with it), or None."""
    seen = 0
    for match in re.finditer(r"[^\n]+", body):
        if not match.group().strip():
            continue
        found = dateline_at(body, match.start())
        if found is not None:
            return found
        seen += 1
        if seen >= paragraphs:
            break
    return None


_CREDIT_KEYS = ("by", "contributed", "copyright", "©", "rights", "reached", "posted", "updated",
                "published", "edited", "condensed", "редактор", "автор", "перевод", "переклад",
                "подготов", "підготува")  # fmt: skip
_CAPTION_KEYS = ("photo", "pic", "image", "credit", "getty", "reuters", "afp", "epa", "фото",
                 "світлина")  # fmt: skip
"""Words without which the credit and caption patterns cannot match: a cheap test first
(extraction runs these on every sentence of every article)."""


def furniture_kind(text: str) -> str | None:
    """ "credit", "caption", "promo" or "dateline" when a unit is page furniture, else None."""
    flat = " ".join(text.split())
    lower = flat.lower()
    if _is_place_and_date(flat):
        return "dateline"
    if (any(k in lower for k in _CREDIT_KEYS) and _CREDIT.search(flat)) or _SLUG.match(flat):
        return "credit"
    if any(k in lower for k in _CAPTION_KEYS) and _CAPTION.search(flat):
        return "caption"
    if _PROMO.search(flat):
        return "promo"
    return None


_PLACE_COMMA = re.compile(PLACE_WORDS + ", ")
"""A dateline's place: up to three capitalised words and a comma (the date follows)."""


def _is_place_and_date(flat: str) -> bool:
    """A unit that is a place, a comma and one date with its day (nothing else but a full
    stop): the header reader takes it for the article's place and date (``ingest.meta``); as
    a sentence ("Москва, 30 ноября 2026 года.") it was a claim, a "statement" with a date
    flag."""
    place = _PLACE_COMMA.match(flat)
    if place is None:
        return False
    rest = flat[place.end() :].rstrip(". ")
    dates = find_dates(rest)
    whole = len(dates) == 1 and dates[0].start == 0 and dates[0].end == len(rest)
    return whole and not rest.isdigit() and any(ch.isdigit() for ch in rest)  # a day: no year alone


def is_headline(text: str, first: bool) -> bool:
    """The article's first line when it does not read as a sentence (no closing punctuation)."""
    stripped = text.strip().rstrip("\"”’»)'")
    return first and "\n" not in text.strip() and stripped[-1:] not in ".!?…:"


def pull_quote_core(text: str) -> str | None:
    """The words a pull-quote repeats (its quotation, or its text without a "Pull quote:"
    label), normalised, when long enough to be recognised elsewhere. A pull-quote is set as
    a display line: it does not end like a sentence ("“…,” says X" with no full stop)."""
    if text.strip().rstrip("\"”’»)'").endswith((".", "!", "?", "…")):
        return None
    body = _LABEL.sub("", text.strip())
    quoted = _QUOTED.search(body)
    core = quoted.group(1) if quoted else (body if body != text.strip() else "")
    words = _WORDS.findall(core.lower())
    return " ".join(words) if len(words) >= PULL_QUOTE_MIN_WORDS else None


def normalised(text: str) -> str:
    """Lower-case words joined by single spaces: what two copies of a sentence share."""
    return " ".join(_WORDS.findall(text.lower()))
