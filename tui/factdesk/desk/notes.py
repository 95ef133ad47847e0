"""The fact-check note: one plain-text block, the same on the clipboard and in every export.

It reads well pasted into a chat or a CMS: the claim in quotes first, then who said it and how
it is sourced, the content the verdict judges where the sentence reports speech ("X told Y
that Z": Z, as the claim detail shows it; the note said "on the content" and named none), the
verdict in capitals (it judges the content, the speaker being its claimant),
the attribution check (did the speaker say it), the reviewer's note, where the claim stands
(title, outlet, date, paragraph) and the evidence. All article text is cleaned for export
(``clean_for_export``: controls and bidi overrides go, joiners and direction marks stay).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Final

from factdesk.domain.models import ArticleSummary, Claim
from factdesk.domain.verdicts import ATTRIBUTION_WORDS, MISATTRIBUTED
from factdesk.extract.reported import reported_content
from factdesk.text.counts import counted
from factdesk.text.markdown import prose
from factdesk.text.sanitize import clean_export_line, clean_for_export
from factdesk.text.shown_dates import shown_date

SOURCING_WORDS = {
    "named": "named source",
    "anonymous": "anonymous source",
    "unattributed": "unattributed",
    "none": "the writer's own assertion",
}


NO_ONE_NAMED: Final = "no one named"
"""What the note and the report say, after the speaker, of a group at large or an authorless
document (sourcing unattributed): the speaker's place already says "unattributed"."""


def shown_speaker(claim: Claim, name: str | None = None) -> str | None:
    """The speaker as the claim list, the detail, the note and the report show it in a name's
    place: "unnamed: a source close to …" for an anonymous source (a description), and
    "unattributed: Local fishermen" for a group at large or a document with no author
    (sourcing unattributed: "Opponents said", «Местные жители рассказали»), which in a
    name's place read as a named speaker (review41 section C); else the name. ``name``: the
    speaker as the exports name them (``speaker.speaker_name``), else the claim's own
    spelling. None when nobody is named (and the claim is no anonymous source's). The
    exports' speaker columns keep the words themselves."""
    who = name or claim.speaker
    if claim.sourcing == "anonymous":
        return f"unnamed: {who}" if who else "unnamed source"
    if claim.sourcing == "unattributed" and who:
        return f"unattributed: {who}"
    return who


QUOTES: Final = "\"'“”‘’«»„‚‹›「」"
"""Quotation marks a claim may already carry: the note and the report do not wrap those in a
second pair."""


def self_quoted(line: str) -> bool:
    """Whether a claim opens with its own quotation mark and ends with one (or with the end of
    its sentence): it is shown as it stands, not in quotes again (“"We …," he said.”)."""
    return len(line) > 1 and line[0] in QUOTES and line[-1] in QUOTES + ".,!?"


OPENER_OF: Final = {'"': '"', "”": "“", "»": "«"}
"""The marks that close a quotation (not ’, which is an apostrophe as often as a quote), each
with the mark that opens it."""
DOUBLE_QUOTES: Final = '"“”«»„'
"""Marks that open or close a quotation and are never an apostrophe."""


def quote_marks(line: str) -> tuple[str, str]:
    """The marks to put round a claim in the note and the report: none when it carries its
    own (``self_quoted``), only the opening one when it is the last sentence of a quotation
    opened earlier (it ends on a closing mark and has no mark before it: "…before the
    spring.”" was given as "“…before the spring.””"), else a pair."""
    if self_quoted(line):
        return "", ""
    tail_of_quote = not any(mark in line[:-1] for mark in DOUBLE_QUOTES)
    if len(line) > 1 and line[-1] in OPENER_OF and tail_of_quote:
        return OPENER_OF[line[-1]], ""
    return "“", "”"


def fact_check_note(
    claim: Claim,
    article: ArticleSummary,
    links: list[str] | None = None,
    speaker: str | None = None,
) -> str:
    """The note for one claim. ``links`` are extra evidence lines (e.g. linked claims);
    ``speaker``: the speaker's name as every export gives it (``speaker.speaker_name``: its
    name group's), else the claim's own spelling."""
    words = clean_export_line(prose(claim.text))
    opening, closing = quote_marks(words)
    lines = [f"{opening}{words}{closing}"]
    lines.append(f"— {said_by(claim, speaker)}")
    if content := reported_content(words):  # what the verdict judges, as the detail shows it
        lines.append(f"Content: {content}")
    lines.append(f"Verdict: {verdict_words(claim, links)}")
    lines.append(f"Attribution: {attribution_words(claim)}")
    if claim.note.strip():
        lines.append("Note: " + clean_for_export(claim.note.strip()).replace("\n", "\n  "))
    where = [clean_export_line(article.title)]
    if article.outlet:
        where.append(clean_export_line(article.outlet))
    if when := shown_date(article.date_iso, article.date_text):  # as the app shows it
        where.append(clean_export_line(when))
    where.append(f"paragraph {claim.paragraph}")
    lines.append("Source: " + ", ".join(where))
    evidence = [clean_export_line(url) for url in claim.evidence] + [
        clean_export_line(link) for link in links or []
    ]
    if evidence:
        lines.append("Evidence:")
        lines.extend(f"  - {item}" for item in evidence)
    return "\n".join(lines)


IN_PROGRESS: Final = "NONE YET (in progress: review work, no verdict)"
"""The verdict line of a claim with review work (a note, evidence, a link, an attribution
check) and no verdict yet: "UNREVIEWED" there contradicted the work the note then lists and
``Y``, which copies it as review work (review41 item 6)."""


def verdict_words(claim: Claim, links: list[str] | None = None) -> str:
    """The note's verdict line: the verdict, else whether the claim is in progress
    (``has_review``) or untouched."""
    if claim.verdict:
        return f"{claim.verdict.upper()} (on the content)"
    return IN_PROGRESS if has_review(claim, links) else "UNREVIEWED (on the content)"


def said_by(
    claim: Claim, speaker: str | None = None, clean: Callable[[str], str] = clean_export_line
) -> str:
    """Who said it and how it is sourced, cleaned for export: "Mara Holt (named source)",
    "no speaker named (anonymous source)", "unattributed: some engineers (no one named)"
    (a group at large, ``shown_speaker``). ``speaker``: as in ``fact_check_note``; ``clean``:
    what makes the words safe where they go (the Markdown report escapes them as well)."""
    if claim.speaker and claim.sourcing == "unattributed":
        return f"{clean(shown_speaker(claim, speaker) or '')} ({NO_ONE_NAMED})"
    name = (speaker or claim.speaker) if claim.speaker else None
    who = clean(name) if name else "no speaker named"
    return f"{who} ({SOURCING_WORDS.get(claim.sourcing, clean(claim.sourcing))})"


def attribution_words(claim: Claim) -> str:
    """The attribution check in words: whether the speaker said it, apart from the verdict."""
    words = ATTRIBUTION_WORDS.get(claim.attribution, claim.attribution or "not checked")
    if claim.attribution == MISATTRIBUTED:
        head, _, rest = words.partition(":")
        return f"{head.upper()}:{rest}"
    return words


LINKED_AS = {"same": "the same claim", "conflicts": "a conflicting claim",
             "related": "a related claim"}  # fmt: skip
"""How a note or an export names a claim linked as evidence, by how the desk matched the two
(``Related.label``); a claim linked without a match is "a linked claim". One vocabulary for the
note, the CSV and JSON Lines (through the note's lines) and the Markdown report."""


def linked_as(label: str | None) -> str:
    """What a linked claim is to the claim it supports or disputes, in words."""
    return LINKED_AS.get(label or "", "a linked claim")


def link_line(linked: Claim, article: ArticleSummary, label: str | None = None) -> str:
    """A linked claim as one evidence line of the note, cited as a reader can follow it: how
    it relates, the article that carries it (headline, outlet, date, URL) and its words. Never
    the desk's ids ("linked claim 7 (article 2)"): they mean nothing in a pasted note or a
    spreadsheet; ClaimReview's ``citation`` names the same things as a CreativeWork."""
    when = shown_date(article.date_iso, article.date_text)
    where = [part for part in (article.outlet, when) if part]
    if article.url:
        where.append(article.url)
    place = f" ({', '.join(where)})" if where else ""
    return f"{linked_as(label)} in “{article.title}”{place}: “{prose(linked.text)}”"


@dataclass(frozen=True, slots=True)
class ArticleNotes:
    """What ``Y`` copies: the notes of an article's claims with review work, and how many it
    left out."""

    text: str
    notes: int
    """Claims with review work (``has_review``), those with a verdict and those in progress."""
    left_out: int
    """Claims with no review work: their note would only say "UNREVIEWED"."""
    in_progress: int = 0
    """Of ``notes``, the claims with no verdict yet (their note says ``IN_PROGRESS``): the
    count of reviewed claims ``Y`` names is the title's, verdicts only (review41 item 6)."""

    def describe(self) -> str:
        """What ``Y`` says it copied: "the notes of 3 reviewed claims + 1 in progress (no
        verdict yet), 7 unreviewed left out". It said "4 reviewed claims" while the title
        said 3 reviewed, counting a claim with only a link as reviewed."""
        reviewed = self.notes - self.in_progress
        parts = [counted(reviewed, "reviewed claim")] if reviewed else []
        if self.in_progress:
            claims = "" if reviewed else (" claim" if self.in_progress == 1 else " claims")
            parts.append(f"{self.in_progress}{claims} in progress (no verdict yet)")
        what = f"the notes of {' + '.join(parts)}"
        return what + (f", {self.left_out} unreviewed left out" if self.left_out else "")


def has_review(claim: Claim, links: list[str] | None = None) -> bool:
    """A claim a reviewer worked on: a verdict, a note, evidence, an attribution check or a
    linked claim. A note written before the verdict is review work to share as well."""
    return bool(claim.verdict or claim.note.strip() or claim.evidence or claim.attribution or links)


def article_notes(
    claims: list[Claim],
    article: ArticleSummary,
    links: Mapping[int, list[str]] | None = None,
    speakers: Mapping[int, str] | None = None,
) -> ArticleNotes:
    """The notes of an article's reviewed claims (``has_review``), separated by blank lines:
    those with a verdict first, in text order. A note per claim, reviewed or not, pasted 15
    notes of "UNREVIEWED" around the one verdict of an article (ui14 finding 14).

    ``links``: each claim's extra evidence lines by claim id (``Desk.note_links``);
    ``speakers``: each claim's speaker as the exports name it, by claim id."""
    links, speakers = links or {}, speakers or {}
    chosen = [claim for claim in claims if has_review(claim, links.get(claim.id))]
    ordered = sorted(chosen, key=lambda c: (c.verdict is None, c.start))
    header = f"Fact-check notes: {clean_export_line(article.title)}"
    notes = (fact_check_note(c, article, links.get(c.id), speakers.get(c.id)) for c in ordered)
    pending = sum(1 for claim in chosen if not claim.verdict)
    text = "\n\n".join([header, *notes])
    return ArticleNotes(text, len(chosen), len(claims) - len(chosen), pending)
