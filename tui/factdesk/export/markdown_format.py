"""Markdown: the desk report handed to an editor, read on GitHub, in a CMS or a Markdown viewer.

Written for the person who did not review: the key findings first (every contradicted and
disputed claim with its note), then article by article the reviewed claims with their flags in
words, the unreviewed ones, and the claims a reviewer hid. Reviewers appear by the display
name set in ``[reviewers]`` of config.toml (or as "Reviewer 1"… with ``--anonymise-reviewers``
or when no display name is set): a login name never reaches an editor, nor do raw timestamps or
database ids. Dates read "19 November 2025".

Article text and notes are data: they are cleaned for export and every character Markdown or
HTML could read as syntax is backslash-escaped, so a headline like ``# <script>`` or a claim
starting ``1.`` renders as the words it is. Line breaks inside a note are CommonMark's
backslash hard breaks, never two trailing spaces (which editors and linters strip).
"""

from __future__ import annotations

import re
from typing import Final

from factdesk.desk.notes import (
    attribution_words,
    linked_as,
    quote_marks,
    said_by,
)
from factdesk.domain.flags import DESCRIPTIONS
from factdesk.domain.models import Article, Claim
from factdesk.domain.verdicts import CONTENT_NOTE, CONTRADICTED, DISPUTED, UNREVIEWED, VERDICTS
from factdesk.export.options import ExportOptions
from factdesk.export.records import ExportRecord, group_by_article
from factdesk.export.reviewers import Reviewers
from factdesk.extract.reported import reported_content
from factdesk.lexicon.months import LONG
from factdesk.text.counts import counted
from factdesk.text.markdown import prose
from factdesk.text.sanitize import clean_export_line, clean_for_export
from factdesk.text.shown_dates import shown_date

INLINE_SPECIAL: Final = re.compile(r"([\\`*_{}\[\]<>#|~&@])")
"""Punctuation that opens or closes Markdown/HTML syntax anywhere in running text (``@``:
GitHub links a bare e-mail address)."""

AUTOLINK: Final = re.compile(r"(?<=[A-Za-z])(:)(?=\S)|(?<![\w.])((?i:www))(\.)")
"""What GitHub-flavoured renderers turn into a link in plain text: a scheme's colon
(``https://``, ``mailto:``) and the dot of ``www.``. Escaped, the reader sees the same
characters and no link: an address in an article is a quotation, not a link the desk vouches
for (the links the report makes are the evidence entries, written as links on purpose)."""

LINE_START: Final = re.compile(r"^(\d+)([.)])|^([-+=])")
"""What is syntax only at the start of a line: list markers and setext underlines."""

KEY_VERDICTS: Final = (CONTRADICTED, DISPUTED)
"""What an editor must see first."""


def escape(text: str | None) -> str:
    """One line of data, safe anywhere in a Markdown paragraph, list item or heading."""
    line = clean_export_line(text or "")
    escaped = INLINE_SPECIAL.sub(r"\\\1", line)
    escaped = AUTOLINK.sub(_escape_autolink, escaped)
    return LINE_START.sub(_escape_marker, escaped, count=1)


def _escape_autolink(match: re.Match[str]) -> str:
    if match.group(1):
        return "\\:"
    return f"{match.group(2)}\\."


def _escape_marker(match: re.Match[str]) -> str:
    if match.group(3):
        return "\\" + match.group(3)
    return f"{match.group(1)}\\{match.group(2)}"


def quoted(text: str) -> str:
    """The claim in quotation marks, unless it carries its own (``notes.quote_marks``); a
    Markdown article's marks left out (the report escapes its own)."""
    line = clean_export_line(prose(text))
    opening, closing = quote_marks(line)
    return f"{opening}{escape(line)}{closing}"


def flag_words(flag: str) -> str:
    """A flag as the registry describes it ("a number, count or amount to check"); a flag the
    registry does not know (from a newer desk) as its name in words."""
    return DESCRIPTIONS.get(flag) or flag.replace("-", " ")


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
    return f"**Tally:** {' · '.join(parts)} ({article.reviewed} of {article.claims} reviewed)"


def _byline(article: Article) -> str:
    parts = [f"*{escape(article.outlet)}*" if article.outlet else "*outlet unknown*"]
    # the app's reading, months written out: "2 декабря" read "2 December" beside ISO's
    # "19 January 2026" (a yearless date was copied as written, in the article's language)
    parts.append(escape(shown_date(article.date_iso, article.date_text, LONG)) or "date unknown")
    if article.author:
        parts.append(f"by {escape(article.author)}")
    if article.url:
        parts.append(_link(article.url))
    return " · ".join(parts)


def _who(record: ExportRecord) -> str:
    """As the note says it (``notes.said_by``), escaped for Markdown; the speaker as the claim
    detail names them: "Mara Holt", not "Holt"."""
    return said_by(record.claim, record.speaker_name, clean=escape)


def _said_by(record: ExportRecord) -> str:
    """How the report introduces the speaker: "Said by", or "Attributed to" when the reviewer
    found they did not say it ("Said by: X" over "Misattributed: X did not make it" read as
    a contradiction in the editor's report)."""
    return "Attributed to" if record.misattributed else "Said by"


def _content(claim: Claim) -> list[str]:
    """The content the verdict judges when the sentence reports speech ("X told Y that Z": Z,
    as the claim detail and the fact-check note show it), or nothing."""
    content = reported_content(prose(claim.text))
    return [f"  - Content: {escape(clean_export_line(content))}"] if content else []


def _note(note: str, indent: str) -> str:
    """The note's lines joined by backslash hard breaks (no trailing spaces)."""
    lines = [escape(line) for line in clean_for_export(note.strip()).split("\n")]
    return f"\\\n{indent}".join(line for line in lines if line)


def _reviewed(record: ExportRecord, reviewers: Reviewers) -> list[str]:
    claim = record.claim
    verdict = (claim.verdict or UNREVIEWED).capitalize()
    lines = [f"- **{verdict}**: {quoted(claim.text)}", f"  - {_said_by(record)}: {_who(record)}"]
    lines += _content(claim)
    if record.misattributed:
        lines.append(f"  - Attribution: {escape(record.misattributed)}")
    elif claim.attribution:
        lines.append(f"  - Attribution: {escape(attribution_words(claim))}")
    if claim.flags:
        lines.append(f"  - Flags: {'; '.join(flag_words(flag) for flag in claim.flags)}")
    note = _note(reviewers.note(claim.note), "    ")
    if note:
        lines.append(f"  - Note: {note}")
    evidence = [_link(item) for item in claim.evidence]
    evidence += [f"{linked_as(label)} in *{escape(where.title)}*: "
                 f"{quoted(other.text)}" for other, where, label in record.linked]  # fmt: skip
    if evidence:
        lines.append("  - Evidence:")
        lines.extend(f"    - {item}" for item in evidence)
    when = escape(shown_date(record.verdict_at, None, LONG))
    by = escape(reviewers.name(claim.reviewer))
    lines.append(f"  - Reviewed by {by}" + (f" on {when}" if when else ""))
    return lines


def _finding(record: ExportRecord, reviewers: Reviewers) -> list[str]:
    claim, article = record.claim, record.article
    source = escape(article.title)
    if article.outlet:
        source += f", {escape(article.outlet)}"
    lines = [
        f"- **{(claim.verdict or '').capitalize()}**: {quoted(claim.text)}",
        f"  - {_said_by(record)}: {_who(record)}, in *{source}*",
    ]
    lines += _content(claim)
    if record.misattributed:
        lines.append(f"  - Attribution: {escape(record.misattributed)}")
    note = _note(reviewers.note(claim.note), "    ")
    lines.append(f"  - Note: {note}" if note else "  - No note given.")
    return lines


def _key_findings(records: list[ExportRecord], reviewers: Reviewers) -> list[str]:
    found = [r for v in KEY_VERDICTS for r in records if r.claim.verdict == v and not r.hidden]
    lines = ["## Key findings", ""]
    if not found:
        return [*lines, "No claim was found contradicted or disputed."]
    for record in found:
        lines += _finding(record, reviewers)
    return lines


def _article_section(
    article: Article, records: list[ExportRecord], reviewers: Reviewers
) -> list[str]:
    lines = [f"### {escape(article.title)}", "", _byline(article), "", _tally(article)]
    shown = [r for r in records if not r.hidden]
    reviewed = [r for r in shown if r.claim.verdict]
    waiting = [r for r in shown if not r.claim.verdict]
    hidden = [r for r in records if r.hidden]
    if reviewed:
        lines += ["", f"#### Reviewed claims ({len(reviewed)})", ""]
        for record in reviewed:
            lines += _reviewed(record, reviewers)
    if waiting:
        lines += ["", f"#### Unreviewed claims ({len(waiting)})", ""]
        lines += [f"- {quoted(r.claim.text)}: {_who(r)}" for r in waiting]
    if hidden:
        lines += ["", f"#### Hidden claims ({len(hidden)})", ""]
        lines += [f"- {quoted(r.claim.text)}" for r in hidden]
    return lines


def render_markdown(
    records: list[ExportRecord],
    warnings: list[str],
    desk_name: str | None,
    options: ExportOptions | None = None,
) -> str:
    reviewers = Reviewers(options or ExportOptions(), records)
    groups = group_by_article(records)
    shown = [record for record in records if not record.hidden]
    reviewed = sum(1 for record in shown if record.claim.verdict)
    title = f"# Fact-check report: {escape(desk_name)}" if desk_name else "# Fact-check report"
    lines = [
        title,
        "",
        f"{counted(len(groups), 'article')} · {counted(len(shown), 'claim')} · {reviewed} reviewed",
        "",
        f"*{CONTENT_NOTE}*",
        "",
        *_key_findings(records, reviewers),
        "",
        "## Articles",
    ]
    for article, items in groups:
        lines += ["", *_article_section(article, items, reviewers)]
    unnamed = sorted({r.claim.reviewer for r in records if r.claim.reviewer} - set(
        (options or ExportOptions()).reviewers
    ))  # fmt: skip
    if unnamed and not (options and options.anonymise_reviewers):
        warnings.append(
            f"{_no_display_name(len(unnamed))}: shown as Reviewer N (set "
            '[reviewers] in config.toml, e.g. alice = "Alice Example")'
        )
    return "\n".join(lines) + "\n"


def _no_display_name(count: int) -> str:
    """The warning's head: "1 reviewer has", "2 reviewers have" (it said "1 reviewer(s) have")."""
    return f"{counted(count, 'reviewer')} {'has' if count == 1 else 'have'} no display name"
