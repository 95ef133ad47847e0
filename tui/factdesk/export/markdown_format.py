"""Markdown: the desk report a person reads, on GitHub or in a terminal Markdown viewer.

Per article: a heading, outlet and date, a one-line tally, every reviewed claim with its
verdict, note and evidence, then the unreviewed claims. Article text and notes are data: they
are cleaned for export and every character Markdown or HTML could read as syntax is
backslash-escaped, so a headline like ``# <script>`` or a claim starting ``1.`` renders as
the words it is.
"""

from __future__ import annotations

import re
from typing import Final

from factdesk.desk.notes import SOURCING_WORDS
from factdesk.domain.models import Article
from factdesk.domain.verdicts import UNREVIEWED, VERDICTS
from factdesk.export.rows import ExportRecord, group_by_article
from factdesk.text.sanitize import clean_export_line, clean_for_export

INLINE_SPECIAL: Final = re.compile(r"([\\`*_{}\[\]<>#|~&])")
"""Punctuation that opens or closes Markdown/HTML syntax anywhere in running text."""

LINE_START: Final = re.compile(r"^(\d+)([.)])|^([-+=])")
"""What is syntax only at the start of a line: list markers and setext underlines."""


def escape(text: str | None) -> str:
    """One line of data, safe anywhere in a Markdown paragraph, list item or heading."""
    line = clean_export_line(text or "")
    escaped = INLINE_SPECIAL.sub(r"\\\1", line)
    return LINE_START.sub(_escape_marker, escaped, count=1)


def _escape_marker(match: re.Match[str]) -> str:
    if match.group(3):
        return "\\" + match.group(3)
    return f"{match.group(1)}\\{match.group(2)}"


def _link(item: str) -> str:
    """Evidence: an http(s) URL becomes a link; anything else is escaped text."""
    clean = clean_export_line(item)
    if re.match(r"https?://\S+$", clean):
        target = clean.replace("<", "%3C").replace(">", "%3E")
        return f"[{escape(clean)}](<{target}>)"
    return escape(clean)


def _tally(article: Article) -> str:
    parts = [f"{article.counts.get(v, 0)} {v}" for v in VERDICTS]
    parts.append(f"{article.unreviewed} {UNREVIEWED}")
    return f"**Tally:** {' · '.join(parts)} ({article.reviewed}/{article.claims} reviewed)"


def _byline(article: Article) -> str:
    parts = [f"*{escape(article.outlet)}*" if article.outlet else "*outlet unknown*"]
    parts.append(escape(article.date_iso or article.date_text) or "date unknown")
    if article.author:
        parts.append(f"by {escape(article.author)}")
    if article.url:
        parts.append(_link(article.url))
    return " · ".join(parts)


def _where(record: ExportRecord) -> str:
    claim = record.claim
    who = escape(claim.speaker) if claim.speaker else "no speaker named"
    sourcing = SOURCING_WORDS.get(claim.sourcing, escape(claim.sourcing))
    return f"{who} ({sourcing}) · paragraph {claim.paragraph} · claim {claim.id}"


def _note_lines(note: str) -> list[str]:
    lines = [escape(line) for line in clean_for_export(note.strip()).split("\n")]
    return [line for line in lines if line]


def _reviewed(record: ExportRecord) -> list[str]:
    claim = record.claim
    verdict = (claim.verdict or UNREVIEWED).upper()
    lines = [f"- **{verdict}** — “{escape(claim.text)}”", f"  - {_where(record)}"]
    note = _note_lines(claim.note)
    if note:
        lines.append("  - Note: " + "  \n    ".join(note))
    if record.evidence:
        lines.append("  - Evidence:")
        lines.extend(f"    - {_link(item)}" for item in record.evidence)
    if claim.reviewer:
        lines.append(f"  - Reviewed by {escape(claim.reviewer)}, {claim.updated_at or ''}")
    return lines


def _unreviewed(record: ExportRecord) -> str:
    return f"- “{escape(record.claim.text)}” — {_where(record)}"


def _article_section(article: Article, records: list[ExportRecord]) -> list[str]:
    lines = [f"## {article.id}. {escape(article.title)}", "", _byline(article), "", _tally(article)]
    reviewed = [r for r in records if r.claim.verdict]
    waiting = [r for r in records if not r.claim.verdict]
    if reviewed:
        lines += ["", f"### Reviewed claims ({len(reviewed)})", ""]
        for record in reviewed:
            lines += _reviewed(record)
    if waiting:
        lines += ["", f"### Unreviewed claims ({len(waiting)})", ""]
        lines += [_unreviewed(record) for record in waiting]
    return lines


def render_markdown(records: list[ExportRecord], warnings: list[str], desk_name: str | None) -> str:
    groups = group_by_article(records)
    reviewed = sum(1 for record in records if record.claim.verdict)
    title = f"# Fact-check report: {escape(desk_name)}" if desk_name else "# Fact-check report"
    lines = [
        title,
        "",
        f"{len(groups)} articles · {len(records)} claims · {reviewed} reviewed",
    ]
    for article, items in groups:
        lines += ["", *_article_section(article, items)]
    return "\n".join(lines) + "\n"
