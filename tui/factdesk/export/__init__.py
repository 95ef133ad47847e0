"""Every way verdicts leave the desk: CSV, JSON Lines, a Markdown report, schema.org ClaimReview.

``FORMATS`` is the registry the CLI (``factdesk export``) and the app's export dialog both read;
``export_text`` renders one format for a scope of the desk and ``export_file`` writes it
atomically. Both take the Desk, so the app never writes SQL and both paths give the same bytes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Final

from factdesk.desk.service import DeskError
from factdesk.export.atomic import ExportError, sync_folder, write_atomic
from factdesk.export.claimreview import DeskIdentity, problems, render_claimreview, render_one
from factdesk.export.csv_format import render_csv
from factdesk.export.jsonl_format import render_jsonl
from factdesk.export.markdown_format import render_markdown
from factdesk.export.options import ExportOptions
from factdesk.export.records import ExportRecord, ExportScope, build_records, fingerprint
from factdesk.export.reviewers import Reviewers
from factdesk.settings.locations import config_path
from factdesk.store.deskfile import guard_output
from factdesk.text.urls import refuse_url

if TYPE_CHECKING:
    from factdesk.desk.service import Desk

__all__ = [
    "FORMATS",
    "NOTHING_TO_PUBLISH",
    "DeskIdentity",
    "ExportError",
    "ExportFormat",
    "ExportOptions",
    "ExportResult",
    "ExportScope",
    "default_filename",
    "desk_identity",
    "export_file",
    "export_options",
    "export_per_claim",
    "export_text",
    "fingerprint",
    "publishes_nothing",
    "refuse_desk_target",
]

Renderer = Callable[[list[ExportRecord], list[str], DeskIdentity, ExportOptions], str]


@dataclass(frozen=True, slots=True)
class ExportFormat:
    name: str
    extension: str
    label: str
    """What the dialog shows."""
    render: Renderer
    reviewed_only: bool = False
    """The format only has room for reviewed claims (ClaimReview): the count says so too."""
    lists_hidden: bool = False
    """The format lists hidden claims apart (the report)."""


FORMATS: Final[dict[str, ExportFormat]] = {
    "csv": ExportFormat(
        "csv", "csv", "CSV",
        lambda records, warn, who, how: render_csv(records, warn, how, who.language),
    ),
    "jsonl": ExportFormat(
        "jsonl", "jsonl", "JSON Lines",
        lambda records, warn, who, _: render_jsonl(records, warn, who.language),
    ),
    "markdown": ExportFormat(
        "markdown", "md", "Markdown report",
        lambda records, warn, who, how: render_markdown(records, warn, who.name, how),
        lists_hidden=True,
    ),
    "claimreview": ExportFormat(
        "claimreview", "json", "ClaimReview",
        lambda records, warn, who, how: render_claimreview(records, warn, who, how),
        reviewed_only=True,
    ),
}  # fmt: skip


NOTHING_TO_PUBLISH: Final = (
    "no reviewed claims in scope: ClaimReview publishes only claims with a verdict "
    "(factdesk verdict CLAIM_ID VERDICT, or a verdict key in the app)"
)
"""Said by the CLI and the export dialog when a ClaimReview export would be ``[]`` alone,
which reads as a failed export."""


def publishes_nothing(fmt: str, claims: int) -> bool:
    """Whether an export of ``claims`` claims as ``fmt`` would publish nothing: a
    reviewed-only format (ClaimReview) with no reviewed claim in scope writes ``[]`` alone,
    which reads as a published, empty file. The CLI and the dialog both refuse it."""
    return claims == 0 and FORMATS[fmt].reviewed_only


@dataclass(slots=True)
class ExportResult:
    """What an export produced: the text, how many claims, and warnings for the user."""

    format: str
    text: str
    claims: int
    warnings: list[str] = field(default_factory=list)
    path: Path | None = None


def get_format(name: str) -> ExportFormat:
    try:
        return FORMATS[name]
    except KeyError:
        message = f"unknown export format {name!r}: use one of {', '.join(FORMATS)}"
        raise ExportError(message) from None


def desk_identity(
    desk: Desk,
    name: str | None = None,
    url: str | None = None,
    base: str | None = None,
    *,
    command_line: bool = False,
) -> DeskIdentity:
    """The configured desk name/URL/claim base URL, with command-line overrides winning
    (``command_line``: the messages may name the options, as only the CLI has them)."""
    config = desk.config
    url = (url or "").strip() or config.desk_url
    base = (base or "").strip() or config.claim_base_url
    for what, value in (("desk URL", url), ("claim base URL", base)):
        if value and (refusal := refuse_url(what, value)):
            raise ExportError(refusal)  # published as a link: http(s) only
    return DeskIdentity(
        name=(name or "").strip() or config.desk_name,
        url=url,
        claim_base_url=base,
        config_file=str(config.path or config_path()),
        language=config.language,
        ratings=config.ratings,
        command_line=command_line,
    )


def export_options(desk: Desk, **choices: object) -> ExportOptions:
    """The options a person chose, with the reviewers' display names from the config and the
    desk's logins in the order "Reviewer N" numbers them."""
    return ExportOptions(
        reviewers=desk.config.reviewers,
        logins=tuple(desk.logins()),
        **choices,  # type: ignore[arg-type]
    )


def _records(
    desk: Desk,
    exporter: ExportFormat,
    scope: ExportScope | None,
    identity: DeskIdentity,
    strict: bool,
) -> list[ExportRecord]:
    records = build_records(
        desk, scope, appearances=exporter.reviewed_only, hidden=exporter.lists_hidden
    )
    if exporter.reviewed_only:
        records = [record for record in records if record.claim.verdict]
        lacking = problems(records, identity) if strict else []
        if lacking:
            raise ExportError(f"refusing to write {exporter.label}: " + "; ".join(lacking))
    return records


def export_text(
    desk: Desk,
    fmt: str,
    scope: ExportScope | None = None,
    identity: DeskIdentity | None = None,
    *,
    strict: bool = False,
    options: ExportOptions | None = None,
) -> ExportResult:
    """Render ``fmt`` for the claims in ``scope``.

    ``strict``: refuse (``ExportError`` naming the claims) when a ClaimReview would lack a
    field the guidelines require, instead of writing it without."""
    exporter = get_format(fmt)
    identity = identity or desk_identity(desk)
    records = _records(desk, exporter, scope, identity, strict)
    warnings: list[str] = []
    text = exporter.render(records, warnings, identity, options or export_options(desk))
    return ExportResult(fmt, text, sum(not r.hidden for r in records), warnings)


def export_file(
    desk: Desk,
    fmt: str,
    path: str | Path,
    scope: ExportScope | None = None,
    identity: DeskIdentity | None = None,
    *,
    strict: bool = False,
    options: ExportOptions | None = None,
) -> ExportResult:
    """Render and write atomically: the old file stays whole unless the new one is complete.

    Never over the desk itself, its ``-wal``/``-shm`` or its backups (one line instead).
    """
    refuse_desk_target(desk, path)
    result = export_text(desk, fmt, scope, identity, strict=strict, options=options)
    result.path = write_atomic(path, result.text)
    return result


def refuse_desk_target(desk: Desk, path: str | Path) -> None:
    """Raise (one line) when ``path`` is the desk, one of its files or in its backups: what
    ``export_file`` refuses, for a caller that asks something before writing (the dialog
    asked "Replace the existing file?" of the desk, then refused)."""
    guard_output(Path(path), desk.path, "export")


def export_per_claim(
    desk: Desk,
    folder: str | Path,
    scope: ExportScope | None = None,
    identity: DeskIdentity | None = None,
    *,
    strict: bool = True,
    options: ExportOptions | None = None,
) -> ExportResult:
    """One ClaimReview file per reviewed claim, ``claim-<id>.json`` in ``folder``: a page
    carries one ClaimReview. Checked as a whole first, so a refusal writes no file."""
    exporter = get_format("claimreview")
    identity = identity or desk_identity(desk)
    records = _records(desk, exporter, scope, identity, strict)
    reviewers = Reviewers(options or export_options(desk), records)
    if not records:  # an empty folder reads as a failed export, as "[]" does
        raise ExportError(NOTHING_TO_PUBLISH)
    target = Path(folder)
    if target.exists() and not target.is_dir():
        raise ExportError(f"{target}: not a folder")
    target.mkdir(parents=True, exist_ok=True)
    warnings: list[str] = identity.missing() if not strict else []
    rewritten = 0
    for record in records:
        page, text = (
            target / f"claim-{record.claim.id}.json",
            render_one(record, identity, reviewers),
        )
        if not _holds(page, text):
            write_atomic(page, text, folder_synced=False)
            rewritten += 1
    if rewritten:
        sync_folder(target)
    written = {record.claim.id for record in records}
    warnings += withdraw_stale_pages(desk, target, written, scope or ExportScope(), identity)
    return ExportResult("claimreview", "", len(records), warnings, target)


def _holds(page: Path, text: str) -> bool:
    """Whether ``page`` already holds ``text``: its page is left as it is. Every page was
    rewritten and synced (twice: the file, then its folder) at each export, so a desk of 500
    articles with 3,000 reviewed claims took over a minute to publish the same folder again,
    and every page's time changed for a site that uploads what is newer."""
    try:
        return page.is_file() and page.read_bytes() == text.encode("utf-8")
    except OSError:
        return False


PAGE_NAME: Final = re.compile(r"claim-(\d+)\.json")
"""The file ``export_per_claim`` writes for one claim."""


def withdraw_stale_pages(
    desk: Desk, folder: Path, written: set[int], scope: ExportScope, identity: DeskIdentity
) -> list[str]:
    """Remove the pages of an earlier export whose claim is no longer published: its verdict
    cleared, the claim hidden or gone. The folder is what a site publishes, and a cleared
    rating stayed in it (``claim-5.json`` after ``verdict 5 --clear``). A claim outside this
    export's articles, or reviewed but outside its ``--verdict`` filter, keeps its page.

    Only this desk's pages: a page whose author (name and URL) is not ``identity``'s is
    another desk's, written into the same folder, and its number is a claim of that desk
    (``--db a.db`` then ``--db b.db`` removed a.db's pages); a file that does not read as a
    ClaimReview's JSON is nobody's to remove. With no desk name or URL a page cannot be
    told apart, so none is removed. Returns one line per page removed."""
    ours = _author_of(identity)
    lines = []
    for path in sorted(folder.iterdir()):
        match = PAGE_NAME.fullmatch(path.name)
        if match is None or int(match.group(1)) in written or not path.is_file():
            continue
        if not ours or _page_author(path) != ours:
            continue  # another desk's page, or not a page at all
        claim_id = int(match.group(1))
        try:
            claim = desk.claim(claim_id)
        except DeskError:
            if scope.article_ids:
                continue  # whose article it was is not known: not this export's to judge
            why = "is no longer on the desk"
        else:
            if scope.article_ids and claim.article_id not in scope.article_ids:
                continue
            if claim.verdict is None:
                why = "has no verdict now"
            elif claim.hidden:
                why = "is hidden now"
            elif not scope.verdicts:
                why = "is no longer published"
            else:
                continue  # reviewed, outside the --verdict asked for
        path.unlink()
        lines.append(f"removed {path}: claim {claim_id} {why} (its rating is withdrawn)")
    return lines


def _author_of(identity: DeskIdentity) -> dict[str, str]:
    """The author fields a page of ``identity`` carries (``claim_review`` leaves out an
    empty one)."""
    author = {"name": identity.name, "url": identity.url}
    return {key: value for key, value in author.items() if value}


def _page_author(path: Path) -> dict[str, str] | None:
    """The author name and URL of the ClaimReview page at ``path``; None when it is no such
    page (unreadable, not JSON, no author object)."""
    try:
        page = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    author = page.get("author") if isinstance(page, dict) else None
    if not isinstance(author, dict):
        return None
    return {key: value for key in ("name", "url") if isinstance(value := author.get(key), str)}


def default_filename(fmt: str, today: date | None = None) -> str:
    """``factdesk-YYYY-MM-DD.<ext>``: what the dialog proposes in the current folder."""
    return f"factdesk-{(today or date.today()).isoformat()}.{get_format(fmt).extension}"
