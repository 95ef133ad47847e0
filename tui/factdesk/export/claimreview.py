"""schema.org ClaimReview a fact-checker can publish: one object per reviewed claim.

What goes where, following Google's fact-check markup guidelines:

- ``claimReviewed``: the reviewer's short summary, else the content the rating judges (Z of
  "X told Y that Z" or «X заявил, что Z», X being the Claim's author; a direct quote's quoted
  words in their marks, the speech tag left out), else the claim, trimmed on a word boundary
  to at most 75 characters (the guideline's recommended length; a quote is cut inside its
  marks, which stay balanced).
- ``itemReviewed`` (a ``Claim``): ``author`` is the claimant the reviewer set, else the
  extracted speaker; an anonymous source ("critics", "one elderly resident") is omitted, never
  published as a Person. ``datePublished`` is the claim date; ``appearance`` lists every
  article on the desk carrying the same claim; ``firstAppearance`` where the reviewer traced it.
- ``reviewRating``: the ``[ratings]`` table of config.toml (label in any language, value, best,
  worst); ``reviewBody`` is the reviewer's note, ``citation`` the evidence (a linked claim as its
  article's headline, URL and the claim's words, never the desk's ids); ``headline`` and
  ``inLanguage`` when set.

Nothing is written as ``null``: JSON-LD drops nulls, which would silently remove a required
field. A missing required field is named instead (``problems``), and ``--strict`` refuses to
write. The JSON escapes ``<``, ``>`` and ``&`` so it can sit inside a page's
``<script type="application/ld+json">`` without ``</script>`` in a claim ending the script.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from factdesk.domain.models import ArticleSummary, Claim
from factdesk.domain.publication import NO_CLAIMANT, ORGANISATION, SCHEMA_TYPES, Publication
from factdesk.domain.verdicts import MISATTRIBUTED
from factdesk.export.jsonl_format import safe_json
from factdesk.export.options import ExportOptions
from factdesk.export.records import ExportRecord, misattributed_sentence
from factdesk.export.reviewers import Reviewers
from factdesk.extract.reported import content_parts
from factdesk.lexicon.cyrillic import ADJECTIVE_ENDINGS, UK_ADJECTIVE_NOMINATIVES, has_cyrillic
from factdesk.lexicon.reporting_ru_uk import GENERAL_BODY_STEMS
from factdesk.settings.ratings import DEFAULT_RATINGS, RatingScale
from factdesk.text.markdown import prose
from factdesk.text.sanitize import clean_export_line, clean_for_export

SUMMARY_LIMIT: Final = 75
"""Google recommends a ``claimReviewed`` under 75 characters."""

_ORGANISATION_WORDS = """
    ministry ministries department office agency agencies council committee commission
    government administration parliament assembly senate congress court institute institution
    university college school hospital company corporation corp inc ltd llc plc group bank fund
    foundation association union party army navy forces force police service services bureau
    board authority authorities organisation organization center centre news press media agency
    observatory commissariat command headquarters staff embassy federation league military
    brigade regiment battalion division corps guard militia kremlin cabinet presidency"""
ORGANISATION_WORDS: Final = frozenset(_ORGANISATION_WORDS.split())
"""Words that make a speaker an Organization rather than a Person (general vocabulary)."""

ACRONYM: Final = re.compile(r"^[A-Z0-9&.\-]{2,}$")

HTML_ESCAPES: Final = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"}
"""Only ever inside JSON strings (JSON syntax uses none of them), so replacing is exact."""

REQUIRED: Final = (
    ("url", "url"),
    ("claimReviewed", "claimReviewed"),
    ("author.name", "author name"),
    ("reviewRating.alternateName", "rating label"),
    ("datePublished", "datePublished"),
)
"""Google's required fields (and the author, which Search needs to credit a fact-checker)."""


@dataclass(frozen=True, slots=True)
class DeskIdentity:
    """Who publishes the reviews, and how; ``None`` means not configured."""

    name: str | None
    url: str | None
    claim_base_url: str | None
    config_file: str = "config.toml"
    """Where the user sets them, named in the messages."""
    language: str | None = None
    """The desk's ``inLanguage`` unless a claim sets its own."""
    ratings: Mapping[str, RatingScale] = field(default_factory=lambda: dict(DEFAULT_RATINGS))
    command_line: bool = False
    """Whether the user can pass ``--desk-name`` and the like (``factdesk export``): the app
    has no such option, and its refusal told the user to pass one "on the command line"."""

    def how_to_set(self, key: str, option: str) -> str:
        """How the user sets a ``[desk]`` value where they are: the file, or also an option.
        The app reads the file again at each export, so no restart is needed."""
        where = f"set [desk] {key} in {self.config_file}"
        return f"{where} or pass {option}" if self.command_line else f"{where}, then export again"

    def missing(self) -> list[str]:
        """One line per unset value, saying which field it leaves out and how to set it."""
        unset = [
            (self.name, "desk name", "author.name", "name", "--desk-name"),
            (self.url, "desk URL", "author.url", "url", "--desk-url"),
            (self.claim_base_url, "claim base URL", "each review's url", "claim_base_url",
             "--claim-base-url"),
        ]  # fmt: skip
        lines = []
        for value, what, field_name, key, option in unset:
            if not value:
                lines.append(
                    f"{what} is not set: {field_name} is left out ({self.how_to_set(key, option)})"
                )
        return lines


def claim_url(base: str, claim_id: int) -> str:
    """``{id}`` in the base is replaced; otherwise the id is appended as a path segment."""
    if "{id}" in base:
        return base.replace("{id}", str(claim_id))
    joiner = "" if base.endswith(("/", "=", "#")) else "/"
    return f"{base}{joiner}{claim_id}"


def speaker_type(name: str) -> str:
    """Person or Organization, from the name's words: "Defence Ministry", "TASS" are not people."""
    words = name.split()
    if len(words) == 1 and ACRONYM.match(words[0]):
        return "Organization"
    if any(word.strip(".,'’").casefold() in ORGANISATION_WORDS for word in words):
        return "Organization"
    return "Person"


def is_description(name: str) -> bool:
    """True for a description of an unnamed source ("critics", "one elderly resident",
    "a senior official"): no word starts with a capital letter, so nobody is named."""
    return not any(word[:1].isupper() for word in name.split())


def body_named_in_lower_case(claim: Claim) -> bool:
    """Whether the speaker is a body's name that Russian or Ukrainian writes in lower case
    («минобороны», «міноборони», «минздрав», «сбу» as the article writes it): a named
    organisation in Cyrillic whose first word is no general noun for a body ("министерство",
    "мерія", "облсовет": ``GENERAL_BODY_STEMS``, a description like "the ministry"). Such a
    name has no capital, so ``is_description`` took it for an unnamed source and the export
    published no claimant for a claim whose speaker the text names. The general noun after
    its adjectives is a description too («городская администрация», «обласна рада»)."""
    name = claim.speaker or ""
    words = name.split()
    return bool(
        words
        and claim.sourcing == "named"
        and claim.speaker_type == ORGANISATION
        and has_cyrillic(name)
        and not _general_body(words)
    )


def _general_body(words: list[str]) -> bool:
    """Is the first word after any lower-case adjectives a general noun for a body
    ("министерство", "городская администрация", "обласна рада": ``GENERAL_BODY_STEMS``)?"""
    for word in words:
        low = word.casefold()
        if low.startswith(GENERAL_BODY_STEMS):
            return True
        if not (word.islower() and low.endswith(ADJECTIVE_ENDINGS + UK_ADJECTIVE_NOMINATIVES)):
            return False
    return False


def too_long(summary: str | None) -> bool:
    """A reviewer's summary longer than Google's recommended ``claimReviewed`` (published whole,
    so said, never cut: it is their wording)."""
    return bool(summary) and len(clean_export_line(summary or "")) > SUMMARY_LIMIT


def short_summary(text: str, limit: int = SUMMARY_LIMIT) -> str:
    """The claim on one line, cut on a word boundary to at most ``limit`` characters (with …)."""
    line = clean_export_line(text)
    if len(line) <= limit:
        return line
    head = line[: limit - 1]
    cut = head.rfind(" ")
    if cut > limit // 2:
        head = head[:cut]
    return head.rstrip(" ,;:–—-“”\"'«(") + "…"


def default_summary(claim: Claim) -> str:
    """``claimReviewed`` when the reviewer wrote no summary: the content the verdict judges where
    the sentence reports speech ("X reported to Y that Z": Z, the claimant X being the Claim's
    author), a direct quote's words in its marks (“Z”, never the speech tag), else the claim,
    cut to the limit. It published "X reported to Y that Z" rated contradicted, which reads as
    "X did not report it" (issue 13), and a quote as its sentence cut before the tag, opening
    mark and no closing one (review41)."""
    words = prose(claim.text)
    found = content_parts(words)
    if found is None:
        return short_summary(words)
    marks = len(found.opening) + len(found.closing)
    return (
        found.opening
        + balanced(short_summary(found.words, SUMMARY_LIMIT - marks))
        + (found.closing)
    )


def balanced(summary: str) -> str:
    """A cut summary without a quote mark it opens and does not close («… с «Газпро…»: cut
    before the «): a published claim never has an unbalanced mark."""
    cut = len(summary)
    for opening, closing in (("«", "»"), ("“", "”")):
        unclosed: list[int] = []
        for at, char in enumerate(summary):
            if char == opening:
                unclosed.append(at)
            elif char == closing and unclosed:
                unclosed.pop()
        if unclosed:
            cut = min(cut, unclosed[0])
    return summary if cut == len(summary) else summary[:cut].rstrip(" ,;:–—-") + "…"


def rating(verdict: str, ratings: Mapping[str, RatingScale]) -> dict[str, Any]:
    scale = ratings.get(verdict, DEFAULT_RATINGS[verdict])
    result: dict[str, Any] = {"@type": "Rating", "alternateName": scale.label}
    if scale.value is not None:
        result.update(ratingValue=scale.value, bestRating=scale.best, worstRating=scale.worst)
    return result


UNNAMED_SOURCINGS: Final = frozenset({"anonymous", "unattributed"})
"""Sourcings that name nobody: an anonymous source ("a person familiar with the permits") and
a group at large or a thing ("Fishermen said", "Analysts", "Медики", "a video"). The engine
writes a capitalised plural opening a sentence as the unattributed speaker's words, which
``is_description`` cannot tell from a name by its capital."""


def speaker_is_claimant(claim: Claim) -> bool:
    """Whether the claim's speaker is published as its author when no claimant was chosen
    (``P``): someone named, not an anonymous source, a group at large ("Fishermen",
    unattributed) nor a description of an unnamed one ("officials"), and not marked
    misattributed (they did not say it). The claim detail labels the speaker "the claimant" by
    this rule, which it did for every speaker, anonymous ones too, whom ClaimReview names
    nobody; the misattribution was checked there apart. A reviewer who wants a group
    published names it with ``P`` (claimant) or ``w`` (sourcing named)."""
    return bool(
        claim.speaker
        and claim.attribution != MISATTRIBUTED
        and claim.sourcing not in UNNAMED_SOURCINGS
        and (not is_description(claim.speaker) or body_named_in_lower_case(claim))
    )


def type_from_speaker(claim: Claim, chosen: Publication, kind: str | None) -> str:
    """The schema.org type an unset claimant type takes from the speaker's type, or "" when
    the name's words decide (``speaker_type``): only when the speaker is the claimant (no
    claimant typed with ``P``) and their type is one ``SCHEMA_TYPES`` publishes; a speaker
    typed ``group``, a role or a vague one is no schema.org type. One home for what the export
    does and what the ``P`` dialog's type prompt says it will do (it said "the speaker's: role"
    while the export guessed from the name). ``kind``: the speaker's type as the claim detail
    shows it (``speaker.speaker_kind``: the name group's, as the names view says it)."""
    if chosen.claimant or not speaker_is_claimant(claim):
        return ""
    return SCHEMA_TYPES.get(kind or "", "")


def claimant(record: ExportRecord) -> dict[str, Any] | None:
    """The claim's author as published, or None (anonymous, unattributed, set to nobody).

    Its name is the one chosen with ``P``, else the speaker's as the claim detail names them
    (``ExportRecord.speaker_name``: the name group's). Its type is the one chosen with ``P``,
    else the speaker's type as the claim detail shows it (the name group's, the engine's, or
    set with ``w``), else a guess from the name's words: the detail said "Norrland Seafarms
    (organisation)" while the export guessed Person from the name."""
    claim, chosen = record.claim, record.publication
    if record.misattributed:
        return None
    if chosen.claimant_type == NO_CLAIMANT:
        return None
    if chosen.claimant:
        name = clean_export_line(chosen.claimant)
    elif speaker_is_claimant(claim):
        name = clean_export_line(record.speaker_name or "")
    else:
        return None
    chosen_type = SCHEMA_TYPES.get(chosen.claimant_type or "", "")
    known = chosen_type or type_from_speaker(claim, chosen, record.speaker_kind)
    kind = known or speaker_type(name)
    return {"@type": kind, "name": name}


def _work(article: ArticleSummary, url: str | None = None) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "CreativeWork", "headline": clean_export_line(article.title)}
    if url or article.url:
        work["url"] = clean_export_line(url or article.url or "")
    if article.outlet:
        work["publisher"] = {"@type": "Organization", "name": clean_export_line(article.outlet)}
    if article.date_iso:
        work["datePublished"] = article.date_iso
    return work


def _item_reviewed(record: ExportRecord) -> dict[str, Any]:
    chosen = record.publication
    item: dict[str, Any] = {"@type": "Claim"}
    author = claimant(record)
    if author:
        item["author"] = author
    claim_date = chosen.claim_date or record.article.date_iso
    if claim_date:
        item["datePublished"] = claim_date
    own = _work(record.article, chosen.appearance_url)
    others = [_work(article) for article in record.appearances]
    item["appearance"] = [own, *others] if others else own
    if chosen.first_appearance_url:
        item["firstAppearance"] = {
            "@type": "CreativeWork",
            "url": clean_export_line(chosen.first_appearance_url),
        }
    return item


def _citation(item: str) -> dict[str, Any] | str:
    line = clean_export_line(item)
    if re.match(r"https?://\S+$", line):
        return {"@type": "CreativeWork", "url": line}
    return line


def _linked_citation(claim: Claim, article: ArticleSummary) -> dict[str, Any]:
    """A linked claim as a reader can follow it: the article that carries it (headline, URL,
    publisher, date) and the claim's words, never the desk's ids, which mean nothing outside."""
    work = _work(article)
    work["text"] = clean_export_line(prose(claim.text))
    return work


def citations(record: ExportRecord) -> list[dict[str, Any] | str]:
    """The evidence the reviewer gave (URLs as works), then each linked claim's article."""
    given = [_citation(item) for item in record.claim.evidence if clean_export_line(item)]
    return given + [_linked_citation(claim, article) for claim, article, _ in record.linked]


def review_body(
    record: ExportRecord, language: str | None = None, reviewers: Reviewers | None = None
) -> str:
    """The reviewer's note; a failed attribution check is said first, in words, in the
    review's ``language`` where the desk has them. ``reviewers``: a paragraph a merge brought
    ("carol: …") is headed by the name the report shows (a display name, else "Reviewer N"),
    not the colleague's login, which went out on the public page."""
    parts = []
    if record.misattributed:
        parts.append(misattributed_sentence(language))
    note = clean_for_export(record.claim.note).strip()
    if reviewers is not None:
        note = reviewers.note(note)
    if note:
        parts.append(note)
    return "\n\n".join(parts)


def claim_review(
    record: ExportRecord, desk: DeskIdentity, reviewers: Reviewers | None = None
) -> dict[str, Any]:
    """One ClaimReview object (no nulls: an unknown field is left out); needs a verdict.
    ``reviewers``: how merged notes name their reviewers (``review_body``)."""
    claim, chosen = record.claim, record.publication
    assert claim.verdict is not None, "only reviewed claims have a ClaimReview"
    review: dict[str, Any] = {"@context": "https://schema.org", "@type": "ClaimReview"}
    if desk.claim_base_url:
        review["url"] = claim_url(desk.claim_base_url, claim.id)
    review["claimReviewed"] = (
        clean_export_line(chosen.summary) if chosen.summary else default_summary(claim)
    )
    if chosen.headline:
        review["headline"] = clean_export_line(chosen.headline)
    if record.verdict_at:
        review["datePublished"] = record.verdict_at[:10]
    author = {"@type": "Organization", "name": desk.name, "url": desk.url}
    review["author"] = {key: value for key, value in author.items() if value}
    language = record.language(desk.language)  # the claim's; a Ukrainian one had none
    if language:
        review["inLanguage"] = language
    review["itemReviewed"] = _item_reviewed(record)
    review["reviewRating"] = rating(claim.verdict, desk.ratings)
    body = review_body(record, language, reviewers)
    if body:
        review["reviewBody"] = body
    cited = citations(record)
    if cited:
        review["citation"] = cited
    return review


def missing_fields(review: Mapping[str, Any]) -> list[str]:
    """The required fields ``review`` lacks (or has empty), as words for a message."""
    missing = []
    for path, words in REQUIRED:
        value: Any = review
        for key in path.split("."):
            value = value.get(key) if isinstance(value, Mapping) else None
        if value in (None, "", [], {}):
            missing.append(words)
    return missing


def problems(records: list[ExportRecord], desk: DeskIdentity) -> list[str]:
    """One line per missing required field, naming the claims it is missing from."""
    lacking: dict[str, list[int]] = {}
    for record in records:
        if record.claim.verdict:
            for words in missing_fields(claim_review(record, desk)):
                lacking.setdefault(words, []).append(record.claim.id)
    hints = {
        "url": desk.how_to_set("claim_base_url", "--claim-base-url"),
        "author name": desk.how_to_set("name", "--desk-name"),
        "claimReviewed": "set a summary: P in the review, or factdesk publish CLAIM_ID --summary",
    }
    return [
        f"{words} missing for {_claims(ids)}" + (f" ({hints[words]})" if words in hints else "")
        for words, ids in lacking.items()
    ]


def _claims(ids: list[int]) -> str:
    shown = ", ".join(str(i) for i in ids[:12])
    more = f" and {len(ids) - 12} more" if len(ids) > 12 else ""
    return f"claim{'s' if len(ids) > 1 else ''} {shown}{more}"


def html_safe_json(value: Any) -> str:
    """``safe_json`` with ``<``, ``>`` and ``&`` as ``\\u003c``, ``\\u003e``, ``\\u0026``."""
    text = safe_json(value, indent=2)
    return re.sub(r"[<>&]", lambda match: HTML_ESCAPES[match.group()], text)


def render_claimreview(
    records: list[ExportRecord],
    warnings: list[str],
    desk: DeskIdentity,
    options: ExportOptions | None = None,
) -> str:
    """A JSON array of ClaimReview objects for the reviewed claims among ``records``."""
    warnings.extend(desk.missing())
    warnings.extend(
        line for line in problems(records, desk) if not line.startswith(("url ", "author "))
    )
    reviewers = Reviewers(options or ExportOptions(), records)
    reviews = [claim_review(record, desk, reviewers) for record in records if record.claim.verdict]
    no_url = [
        record.claim.id
        for record in records
        if record.claim.verdict and not (record.publication.appearance_url or record.article.url)
    ]
    long = [
        record.claim.id
        for record in records
        if record.claim.verdict and too_long(record.publication.summary)
    ]
    if long:  # the reviewer's own summary: the claim's default is cut to the limit already
        warnings.append(
            f"claimReviewed over {SUMMARY_LIMIT} characters for {_claims(long)} (Google "
            f"recommends under {SUMMARY_LIMIT}, to fit a phone's line: shorten it with P in the "
            "review, or factdesk publish CLAIM_ID --summary)"
        )
    dropped = [
        record.claim.id
        for record in records
        if record.claim.verdict and record.misattributed and record.publication.claimant
    ]
    if dropped:  # the reviewer typed a claimant with P or --claimant: not left out in silence
        warnings.append(
            f"claimant not published for misattributed {_claims(dropped)} (a misattributed "
            "claim names none: clear the check with factdesk attribution CLAIM_ID --clear, or the "
            "claimant with factdesk publish CLAIM_ID --claimant '')"
        )
    if no_url:
        warnings.append(
            f"no appearance URL for {_claims(no_url)} (recommended: P in the review, or "
            "factdesk publish CLAIM_ID --appearance-url URL, or import the article with its URL)"
        )
    return html_safe_json(reviews) + "\n"


def render_one(record: ExportRecord, desk: DeskIdentity, reviewers: Reviewers | None = None) -> str:
    """One claim's ClaimReview as a single object: what one page carries."""
    return html_safe_json(claim_review(record, desk, reviewers)) + "\n"
