"""Articles from where they come: plain text, Markdown with front matter, HTML pages and URLs,
RSS/Atom feeds, claims tables (CSV/TSV) and standard input.

Each reader turns one input into ``Piece``s (a feed gives one per entry, a table one article
holding its rows), so the importer stores them all the same way. The heavy parsers
(trafilatura, feedparser, python-frontmatter) are imported only when a file needs them, so
starting the app or importing plain text never pays for them. An extension nobody reads is
refused in one line (``Skip``), never read as prose.
"""

from __future__ import annotations

import csv
import io
import re
import socket
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Final
from urllib.parse import urlsplit

from factdesk.domain.verdicts import VERDICTS


class Skip(Exception):
    """This input cannot be imported; the message is the reason (one line)."""


KINDS: Final[dict[str, str]] = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    ".csv": "table",
    ".tsv": "table",
}
"""File suffix -> reader. Everything else is refused."""

FORMATS: Final = ("text", "markdown", "html", "feed", "table")


MERGED_HERE: Final = " (a JSON Lines export of verdicts is merged: factdesk merge FILE)"
"""Said when a .jsonl file is imported: it is most likely a desk's export, which is merged."""


def kind_of(path: Path) -> str:
    """The reader for ``path`` by its suffix; ``Skip`` names the readable ones otherwise."""
    kind = KINDS.get(path.suffix.lower())
    if kind is None:
        shown = path.suffix or "(no extension)"
        hint = MERGED_HERE if path.suffix.lower() == ".jsonl" else ""
        raise Skip(f"unknown file type {shown}: factdesk imports {' '.join(KINDS)}{hint}")
    return kind


def is_url(text: str) -> bool:
    return bool(re.match(r"https?://[^\s/]+", str(text)))


@dataclass(slots=True)
class Piece:
    """One article to store: its text, metadata fields and where it came from."""

    source: str
    """The key re-imports are recognised by (a resolved path, a URL, path#entry)."""
    text: str
    fields: dict[str, str] = field(default_factory=dict)
    """title, outlet, author, date, url: win over what the text itself shows."""
    claims: list[ClaimRow] | None = None
    """A claims table's rows: the claims are these, not what extraction would find."""
    notice: str = ""
    """Said on the import line (a feed entry with only its summary, rows left out)."""


@dataclass(frozen=True, slots=True)
class ClaimRow:
    """One row of a claims table, as mapped."""

    text: str
    speaker: str | None = None
    verdict: str | None = None


# -- HTML -----------------------------------------------------------------------------------


DATE_SEARCH = {"extensive_search": False}
"""htmldate's search for the page's date, through trafilatura: the page's markup (meta tags,
<time>, JSON-LD, the URL) only. Its extensive search also reads free text and took a footer's
"© 2026" for 1 January 2026 (both HTML articles of the labelled set); a date line under the
headline is still read, by ``meta.read_meta`` from the text."""


def read_html(html: str, url: str | None = None) -> tuple[str, dict[str, str]]:
    """Main text and metadata of a page, through trafilatura (boilerplate, menus dropped)."""
    try:
        import trafilatura
    except ImportError:  # pragma: no cover - a runtime dependency
        raise Skip("HTML needs trafilatura: pip install trafilatura") from None
    document = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, date_extraction_params=DATE_SEARCH
    )
    found = document.as_dict() if document is not None and hasattr(document, "as_dict") else {}
    text = found.get("text") or ""
    if not text.strip():
        raise Skip("no article text found in the HTML")
    title = " ".join((found.get("title") or "").split())
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    if paragraphs and title and paragraphs[0] == title:
        paragraphs = paragraphs[1:]  # the headline, already the title
    fields = {
        "headline": title,  # as the page sets it: read_meta cuts a byline run onto it
        "author": found.get("author") or "",
        "date": found.get("date") or "",
        "outlet": found.get("sitename") or "",
        "url": url or found.get("url") or "",
    }
    return "\n\n".join(paragraphs) + "\n", {k: v for k, v in fields.items() if v}


def fetch(url: str) -> str:
    """The page at ``url`` (trafilatura's fetcher); ``Skip`` in one line when it cannot be."""
    host = urlsplit(url).hostname or ""
    try:
        socket.getaddrinfo(host, None)
    except (OSError, UnicodeError):
        raise Skip(f"cannot be fetched: no network (cannot resolve {host})") from None
    import trafilatura

    page = trafilatura.fetch_url(url)
    if not page:
        raise Skip("cannot be fetched: no answer, an error status, or not a web page")
    return page


class _TextOfHtml(HTMLParser):
    """Paragraph text of a feed entry's HTML (block elements end a paragraph)."""

    BLOCKS = frozenset("p div br li h1 h2 h3 h4 h5 h6 blockquote tr section article".split())
    SKIPPED = frozenset(("script", "style"))

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in self.SKIPPED:
            self.skipping += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Plain paragraphs of an HTML fragment (what feeds carry): tags go, text is data."""
    parser = _TextOfHtml()
    parser.feed(html)
    parser.close()
    blocks = (" ".join(block.split()) for block in "".join(parser.parts).split("\n\n"))
    return "\n\n".join(block for block in blocks if block) + "\n"


# -- feeds ------------------------------------------------------------------------------------


def read_feed(data: bytes, source: str) -> list[Piece]:
    """One piece per entry: its full content where the feed has it, else its summary (said)."""
    import feedparser

    feed = feedparser.parse(data)
    if not feed.entries:
        problem = getattr(feed, "bozo_exception", None)
        reason = f" ({' '.join(str(problem).split())})" if problem else ""
        raise Skip(f"not an RSS or Atom feed with entries{reason}")
    outlet = " ".join(str(feed.feed.get("title", "")).split())
    pieces = [_entry(entry, number, source, outlet) for number, entry in enumerate(feed.entries)]
    return [piece for piece in pieces if piece.text.strip()]


def _entry(entry: Any, number: int, source: str, outlet: str) -> Piece:
    contents = entry.get("content") or []
    full = max((c.get("value", "") for c in contents), key=len, default="")
    summary_only = not full.strip()
    text = html_to_text(full if not summary_only else entry.get("summary", ""))
    link = entry.get("link", "")
    fields = {
        "title": " ".join(str(entry.get("title", "")).split()),
        "author": entry.get("author", ""),
        "date": _entry_date(entry),
        "outlet": outlet,
        "url": link,
    }
    key = entry.get("id") or link or str(number)
    title = fields["title"]
    if title and text.strip() and not text.startswith(title):
        # the entry's title line heads its text as a text file's does: the article pane
        # began at the entry's first paragraph, its headline nowhere in the text (RSS and Atom
        # alike). Only beside text: an entry with no text is still left out.
        text = f"{title}\n\n{text}"
    notice = "the feed carries only a summary of this entry: imported as a summary" * summary_only
    if summary_only and fields["title"]:
        fields["title"] += " (feed summary)"
    return Piece(f"{source}#{key}", text, {k: v for k, v in fields.items() if v}, notice=notice)


def _entry_date(entry: Any) -> str:
    """The entry's date as ISO (feedparser reads RFC 822 and RFC 3339), else as written."""
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if parsed:
        return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"
    return str(entry.get("published") or entry.get("updated") or "")


# -- front matter -------------------------------------------------------------------------------


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """YAML (``---``) or TOML (``+++``) front matter through python-frontmatter.

    Values become single-line strings (a YAML ``outlet: >`` folded block is its text, a date
    is its ISO form); a block that does not parse is left in the text as it is.
    """
    if not text.startswith(("---", "+++")):
        return {}, text
    handler = _handler(text)
    try:
        block, body = handler.split(text)
        metadata = handler.load(block)
    except Exception:  # a malformed block: the text stays whole, nothing is guessed
        return {}, text
    if not isinstance(metadata, dict):
        return {}, text
    fields = {str(key).lower(): _one_line(value) for key, value in metadata.items()}
    return {key: value for key, value in fields.items() if value}, body.lstrip("\n")


FRONT_MATTER_KEYS: Final = frozenset({"title", "outlet", "author", "date", "url"})
"""The fields a plain-text file's front matter must hold one of to be read as front matter
(``text_front_matter``): an article that opens with a rule line ("---") keeps it."""


def text_front_matter(text: str) -> tuple[dict[str, str], str]:
    """A ``.txt`` article's front matter, read as a Markdown file's is (``split_front_matter``)
    when its block parses to a mapping holding one of ``FRONT_MATTER_KEYS``; else no fields
    and the text unchanged. A .txt opening with YAML front matter was titled "---", its url
    dropped, its date read from the block's line and the block kept in the text (review41
    item 1)."""
    fields, body = split_front_matter(text)
    if body is text or not FRONT_MATTER_KEYS.intersection(fields):
        return {}, text
    return fields, body


def _yaml_loader() -> Any:
    """PyYAML's safe loader, but a date it cannot build stays its text: ``date: 2026-13-45``
    (a typo) raised, and the whole block was left in the text, its title and url lost with
    it (review41 item 2). ``read_meta`` then judges the date as any other date line."""
    import yaml

    class Loader(yaml.SafeLoader):
        pass

    def timestamp(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> object:
        try:
            return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
        except ValueError:  # month 13, day 45: as written
            return loader.construct_scalar(node)

    Loader.add_constructor("tag:yaml.org,2002:timestamp", timestamp)
    return Loader


def _handler(text: str) -> Any:
    from frontmatter.default_handlers import BaseHandler, YAMLHandler

    if not text.startswith("+++"):

        class LenientYAMLHandler(YAMLHandler):  # a bad date is kept as text, not fatal
            def load(self, fm: str, **kwargs: object) -> Any:
                return super().load(fm, Loader=_yaml_loader())

        return LenientYAMLHandler()

    class TomlHandler(BaseHandler):  # tomllib, whatever TOML package is installed
        FM_BOUNDARY = re.compile(r"^\+{3,}\s*$", re.MULTILINE)
        START_DELIMITER = END_DELIMITER = "+++"

        def load(self, fm: str, **kwargs: object) -> Any:
            return tomllib.loads(fm)

        def export(self, metadata: dict[str, object], **kwargs: object) -> str:
            raise NotImplementedError("factdesk only reads front matter")

    return TomlHandler()


def _one_line(value: object) -> str:
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    if isinstance(value, list):
        return ", ".join(_one_line(item) for item in value)
    return " ".join(str(value if value is not None else "").split())


# -- claims tables ------------------------------------------------------------------------------

PRESETS: Final[dict[str, dict[str, str]]] = {
    "liar": {"text": "3", "speaker": "5", "verdict": "2"},
}
"""LIAR (Wang 2017) TSV: id, label, statement, subject, speaker, job, state, party, five
counts, context; no header row. Columns are 1-based numbers or header names."""

RATING_WORDS: Final[dict[str, str]] = {
    "true": "corroborated",
    "mostly-true": "corroborated",
    "correct": "corroborated",
    "half-true": "disputed",
    "mixture": "disputed",
    "mixed": "disputed",
    "misleading": "disputed",
    "barely-true": "contradicted",
    "mostly-false": "contradicted",
    "false": "contradicted",
    "pants-fire": "contradicted",
    "pants-on-fire": "contradicted",
    "incorrect": "contradicted",
    "unproven": "unverifiable",
    "unverified": "unverifiable",
}
"""Rating words of fact-check datasets -> the desk's verdicts (the four verdicts map to
themselves)."""

TABLE_KEYS: Final = ("text", "speaker", "verdict")


def parse_map(text: str | None, preset: str | None = None) -> dict[str, str]:
    """``text=statement,speaker=who`` (or a preset) -> {key: column}; ``Skip`` when wrong."""
    mapping = dict(PRESETS[preset]) if preset else {}
    for part in filter(None, (text or "").split(",")):
        key, sep, column = part.partition("=")
        key = key.strip().lower()
        if not sep or key not in TABLE_KEYS or not column.strip():
            raise Skip(f"--map {part!r}: use KEY=COLUMN with KEY one of {', '.join(TABLE_KEYS)}")
        mapping[key] = column.strip()
    return mapping


def verdict_word(value: str) -> str | None:
    word = "-".join(value.strip().lower().replace("_", "-").split())
    if word in VERDICTS:
        return word
    return RATING_WORDS.get(word)


def read_table(
    text: str, suffix: str, mapping: Mapping[str, str], has_header: bool
) -> tuple[list[ClaimRow], str]:
    """The rows of a claims table as mapped, and a notice for rows left out or unrated."""
    delimiter = "\t" if suffix == ".tsv" else _sniff(text)
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    if not rows:
        raise Skip("empty table")
    header = [cell.strip() for cell in rows[0]] if has_header else []
    body = rows[1:] if has_header else rows
    index = {key: _column(column, header) for key, column in mapping.items()}
    if "text" not in index:
        raise Skip(
            "a claims table needs --map text=COLUMN (and optionally speaker=, verdict=) or "
            f"--preset liar; its columns are: {', '.join(header) or 'unnamed'}"
        )
    claims, empty, unrated = [], 0, 0
    for row in body:
        cells = {key: row[i].strip() if i < len(row) else "" for key, i in index.items()}
        if not cells["text"]:
            empty += 1
            continue
        verdict = verdict_word(cells.get("verdict", "")) if cells.get("verdict") else None
        unrated += bool(cells.get("verdict")) and verdict is None
        claims.append(ClaimRow(" ".join(cells["text"].split()), cells.get("speaker") or None,
                               verdict))  # fmt: skip
    if not claims:
        raise Skip("no row of the table has claim text in the mapped column")
    notes = [f"{empty} rows without text left out" * bool(empty),
             f"{unrated} ratings not understood, left unreviewed" * bool(unrated)]  # fmt: skip
    return claims, "; ".join(note for note in notes if note)


def _sniff(text: str) -> str:
    try:
        return csv.Sniffer().sniff(text[:4096], delimiters=",;\t|").delimiter
    except csv.Error:
        return ","


def _column(column: str, header: list[str]) -> int:
    if column.isdigit() and int(column) >= 1:
        return int(column) - 1
    lowered = [name.lower() for name in header]
    if column.lower() in lowered:
        return lowered.index(column.lower())
    raise Skip(f"no column {column!r} in the table (columns: {', '.join(header) or 'unnamed'})")


def table_body(claims: list[ClaimRow]) -> str:
    """The article text of a claims table: one paragraph per claim, in row order."""
    return "\n\n".join(claim.text for claim in claims) + "\n"


def sniff_format(text: str) -> str:
    """What standard input holds, from its first characters."""
    head = text.lstrip()[:512].lower()
    if (head.startswith("<?xml") and ("<rss" in head or "<feed" in head)) or head.startswith(
        ("<rss", "<feed")
    ):
        return "feed"
    if head.startswith(("<!doctype html", "<html")):
        return "html"
    if head.startswith(("---", "+++")):
        return "markdown"
    return "text"
