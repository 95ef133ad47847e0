"""One export record per claim: the single source every format renders from.

Building the records once, here, is what keeps the four formats (and the clipboard note) in
agreement: the note text comes from ``factdesk.desk.notes``, the evidence list is the same list
everywhere, and the fingerprint that lets another desk recognise a claim is computed once.
Records carry article text exactly as stored; each format decides how to make it safe.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final

from factdesk.desk.language import review_language
from factdesk.desk.notes import fact_check_note, link_line
from factdesk.desk.service import Desk
from factdesk.desk.speaker import speaker_kind, speaker_name
from factdesk.domain.fingerprint import fingerprint
from factdesk.domain.models import Article, ArticleSummary, Change, Claim
from factdesk.domain.publication import Publication
from factdesk.domain.verdicts import (
    MERGE_CONFLICT,
    MISATTRIBUTED,
    NEEDS_REVIEW,
    UNREVIEWED,
    VERDICTS,
    VerdictError,
    parse_verdict_filter,
)

if TYPE_CHECKING:
    from factdesk.names.groups import NameGroup

__all__ = [
    "MISATTRIBUTED_SENTENCE",
    "ExportRecord",
    "ExportScope",
    "build_records",
    "fingerprint",
    "group_by_article",
    "misattributed_sentence",
    "parse_scope_verdict",
]


MISATTRIBUTED_SENTENCES: Final = {
    "en": "Misattributed: the person or body this claim was attributed to did not make it. The "
    "rating judges the content of the claim, not who said it.",
    "uk": "Помилково приписано: особа чи орган, яким приписали це твердження, насправді його "
    "не висловлювали. Оцінка стосується змісту твердження, а не того, хто його висловив.",
    "ru": "Ошибочно приписано: человек или организация, которым приписали это утверждение, на "
    "самом деле его не высказывали. Оценка относится к содержанию утверждения, а не к тому, "
    "кто его высказал.",
}
"""The failed attribution check in words, by language (the desk reads English, Russian and
Ukrainian): the one home of the sentence. The English one lived here and the other two in
``claimreview``, so a change to one was not seen beside the others."""

MISATTRIBUTED_SENTENCE: Final = MISATTRIBUTED_SENTENCES["en"]
"""The English sentence: what the report and CSV say, and ClaimReview in any language the desk
has no sentence for."""


def misattributed_sentence(language: str | None = None) -> str:
    """The sentence in ``language`` (a BCP 47 tag, "uk", "ru-RU"; its primary subtag decides),
    English for a language the desk has none in: a Ukrainian review said it in English in the
    middle of its Ukrainian note."""
    primary = (language or "").split("-")[0].casefold()
    return MISATTRIBUTED_SENTENCES.get(primary, MISATTRIBUTED_SENTENCE)


SCOPE_VERDICTS: Final = (*VERDICTS, UNREVIEWED, MERGE_CONFLICT)
"""The words an export's verdict filter takes: ``needs-review`` (a filter of ``claims``) names
old versions' claims no export holds, so ``export --verdict needs-review`` wrote a header alone."""


def parse_scope_verdict(word: str) -> str:
    """One verdict filter word of an export, normalised; ``VerdictError`` names the words."""
    try:
        normal = parse_verdict_filter(word)
    except VerdictError:
        normal = NEEDS_REVIEW
    if normal == NEEDS_REVIEW:
        raise VerdictError(f"unknown verdict {word!r}: use one of {', '.join(SCOPE_VERDICTS)}")
    return normal


@dataclass(frozen=True, slots=True)
class ExportScope:
    """Which claims leave the desk. Empty tuples mean "no filter"."""

    article_ids: tuple[int, ...] = ()
    verdicts: tuple[str, ...] = ()
    """Words of ``SCOPE_VERDICTS``, normalised by ``parse_scope_verdict``."""
    reviewed_only: bool = False

    def __post_init__(self) -> None:
        normal = tuple(dict.fromkeys(parse_scope_verdict(word) for word in self.verdicts))
        object.__setattr__(self, "verdicts", normal)

    def admits(self, claim: Claim, conflicts: frozenset[int] = frozenset()) -> bool:
        """``conflicts``: ids of claims with an open merge conflict (the filter word)."""
        if self.reviewed_only and claim.verdict is None:
            return False
        if not self.verdicts:
            return True
        if MERGE_CONFLICT in self.verdicts and claim.id in conflicts:
            return True
        return (claim.verdict or UNREVIEWED) in self.verdicts


@dataclass(slots=True)
class ExportRecord:
    """Everything about one claim that any format needs."""

    article: Article
    claim: Claim
    fingerprint: str
    history: list[Change] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    """Linked claims, as evidence lines (``notes.link_line``, as ``Desk.note_links``)."""
    linked_fingerprints: list[str] = field(default_factory=list)
    """The linked claims' fingerprints: how ``factdesk merge`` re-creates the links."""
    linked: list[tuple[Claim, ArticleSummary, str | None]] = field(default_factory=list)
    """The linked claims with their articles and how the desk matched them to this claim
    (same, conflicts, related; None: linked without a match): how a report or a ClaimReview
    names them without the desk's ids (title, URL), and says whether one agrees or conflicts."""
    publication: Publication = field(default_factory=Publication)
    """What the reviewer set for publishing (``factdesk publish``, the app's dialog)."""
    appearances: list[ArticleSummary] = field(default_factory=list)
    """Other articles on the desk that carry the same claim (filled for ClaimReview only)."""
    misattributed: str | None = None
    """A sentence saying the attribution check failed, when it did: no claimant is published."""
    attribution_check: str | None = None
    """The attribution check's result in a word or two; None until the claim was checked."""
    speaker_group: NameGroup | None = None
    """The speaker's name group (``Desk.speaker_groups``): who the speaker is, as the claim
    detail and the names view say it."""

    @property
    def speaker_name(self) -> str | None:
        """The speaker as the exports name them (``speaker.speaker_name``): "Mara Holt" where
        the sentence says "Holt". Fields that quote the sentence keep its own spelling."""
        return speaker_name(self.claim, self.speaker_group)

    @property
    def speaker_kind(self) -> str | None:
        """The speaker's type as the claim detail shows it (``speaker.speaker_kind``)."""
        return speaker_kind(self.claim, self.speaker_group)

    def language(self, configured: str | None) -> str | None:
        """The language a review of the claim is published in: the reviewer's choice
        (``factdesk publish --language``), else the claim's own, with ``configured`` (``[desk]
        language``) where that is unknown (``publishing_language``). ClaimReview's
        ``inLanguage`` and the CSV and JSON Lines ``language`` are this one value."""
        return self.publication.language or review_language(
            self.claim.text, self.article.body, configured
        )

    @property
    def hidden(self) -> bool:
        """A reviewer hid the claim: only the report lists it (as hidden)."""
        return self.claim.hidden

    @property
    def evidence(self) -> list[str]:
        """Evidence URLs, then linked claims: the one evidence list of every format."""
        return [*self.claim.evidence, *self.links]

    @property
    def note_text(self) -> str:
        """The full fact-check note, byte for byte what ``Y``/``y`` put on the clipboard."""
        return fact_check_note(self.claim, self.article, self.links, self.speaker_name)

    @property
    def verdict_at(self) -> str | None:
        """When the current verdict was given (its last change), else the last update."""
        if self.claim.verdict is None:
            return None
        for change in reversed(self.history):
            if change.after.verdict == self.claim.verdict != change.before.verdict:
                return change.at
        return self.claim.updated_at


class _Fingerprints:
    """Fingerprints of linked claims, with each article's body hash looked up once."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        self.hashes: dict[int, dict[int, str]] = {}

    def of(self, claim: Claim) -> str | None:
        if claim.article_id not in self.hashes:
            self.hashes[claim.article_id] = self.desk.body_hashes(claim.article_id)
        sha = self.hashes[claim.article_id].get(claim.version)
        return fingerprint(sha, claim.start, claim.end, claim.text) if sha else None


def build_records(
    desk: Desk,
    scope: ExportScope | None = None,
    *,
    appearances: bool = False,
    hidden: bool = False,
) -> list[ExportRecord]:
    """The records of every claim in ``scope``, article by article in id order, text order.

    ``appearances``: also find the other articles carrying each reviewed claim (ClaimReview's
    ``appearance``); it asks the cross-reference index per claim, so only when needed.
    ``hidden``: include the claims reviewers hid (the report lists them as such)."""
    scope = scope or ExportScope()
    ids = scope.article_ids or tuple(summary.id for summary in desk.articles(sort="title"))
    conflicts: frozenset[int] = frozenset()
    if MERGE_CONFLICT in scope.verdicts:
        conflicts = frozenset(claim.id for claim in desk.claims(verdict=MERGE_CONFLICT))
    records: list[ExportRecord] = []
    prints = _Fingerprints(desk)
    for article_id in sorted(dict.fromkeys(ids)):
        article = desk.article(article_id)
        current = desk.claims(article_id, include_hidden=hidden)
        claims = [claim for claim in current if scope.admits(claim, conflicts)]
        groups = desk.speaker_groups(claims)
        records.extend(
            _record(desk, article, claim, prints, groups.get(claim.id)) for claim in claims
        )
    chosen = desk.publications([record.claim.id for record in records])
    for record in records:
        record.publication = chosen.get(record.claim.id, Publication())
        if appearances and record.claim.verdict:
            record.appearances = same_claim_articles(desk, record.claim)
    return records


def same_claim_articles(desk: Desk, claim: Claim) -> list[ArticleSummary]:
    """The other articles whose claims the index judges the same as ``claim``, by id."""
    ids = sorted(
        {
            match.article_id
            for match in desk.related(claim.id)
            if match.label == "same" and match.article_id != claim.article_id
        }
    )
    return [desk.article_summary(article_id) for article_id in ids]


def _record(
    desk: Desk, article: Article, claim: Claim, prints: _Fingerprints, group: NameGroup | None
) -> ExportRecord:
    linked = desk.linked_evidence(claim.id)
    return ExportRecord(
        article=article,
        claim=claim,
        fingerprint=fingerprint(article.body_sha256, claim.start, claim.end, claim.text),
        history=desk.history(claim.id),
        links=[link_line(*each) for each in linked],  # as Desk.note_links, for the same note
        linked_fingerprints=[fp for fp in (prints.of(other) for other, _, _ in linked) if fp],
        linked=linked,
        misattributed=MISATTRIBUTED_SENTENCE if claim.attribution == MISATTRIBUTED else None,
        attribution_check=claim.attribution,
        speaker_group=group,
    )


def group_by_article(records: Iterable[ExportRecord]) -> list[tuple[Article, list[ExportRecord]]]:
    """Records grouped under their article, keeping the order they came in."""
    groups: dict[int, tuple[Article, list[ExportRecord]]] = {}
    for record in records:
        groups.setdefault(record.article.id, (record.article, []))[1].append(record)
    return list(groups.values())
