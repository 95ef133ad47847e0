"""Reading a colleague's JSON Lines export for ``factdesk merge``: validate everything first.

The whole file is checked before the desk is touched, so a truncated or hand-edited file is
one clear line ("FILE: line 7: ...") and no half-merge. Only the keys the merge needs are
read; everything else in a line is ignored, so newer exports with more keys still merge.
"""

from __future__ import annotations

import codecs
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from factdesk.desk.service import DeskError
from factdesk.domain.verdicts import VerdictError, parse_attribution, parse_verdict
from factdesk.text.urls import refuse_url


class MergeError(DeskError):
    """A file that cannot be merged; the message is one line naming the file and the line."""


@dataclass(frozen=True, slots=True)
class TheirChange:
    """One change of a field (verdict or attribution check) in their claim's history."""

    at: str | None
    reviewer: str
    before: str | None
    after: str | None

    @property
    def when(self) -> datetime | None:
        """The change time, or None when it is missing or no ISO 8601 time."""
        return when(self.at)


def when(at: str | None) -> datetime | None:
    """A history time as a comparable instant (a time without zone is taken as UTC, as
    ``store.db.now`` writes them); None for a missing or unreadable one."""
    if not at:
        return None
    try:
        moment = datetime.fromisoformat(at)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class TheirClaim:
    """One claim as the colleague's desk exported it."""

    line: int
    fingerprint: str
    article_id: int | None
    title: str
    source_path: str | None
    body_sha256: str
    start: int
    end: int
    text: str
    verdict: str | None
    note: str
    evidence: tuple[str, ...]
    reviewer: str | None
    updated_at: str | None
    linked_fingerprints: tuple[str, ...] = ()
    """Fingerprints of the claims they linked to this one as evidence."""
    attribution: str | None = None
    """Their attribution check (confirmed / misattributed), if they made one."""
    verdict_change: TheirChange | None = None
    """The last change of the verdict in their history (a clear too), if it has one."""
    check_change: TheirChange | None = None
    """The last change of the attribution check in their history, if it has one."""
    history_reviewers: tuple[str, ...] = ()
    """Every login their claim's history names (a relayed note's head may be one)."""

    @property
    def has_review(self) -> bool:
        """Anything worth bringing over: a verdict, a note, evidence or an attribution check,
        or a clear of one (``withdrew``)."""
        review = self.verdict or self.note.strip() or self.evidence or self.attribution
        return bool(review or self.withdrew)

    @property
    def withdrew(self) -> bool:
        """Their last change of the verdict or the check cleared it: a later clear there wins
        over an older verdict here (``merge._later``)."""
        changes = (self.verdict_change, self.check_change)
        return any(change is not None and change.after is None for change in changes)

    @property
    def article_key(self) -> tuple[str, str | None, str]:
        return (self.body_sha256, self.source_path, self.title)


_KIND_WORDS = {int: "a whole number", str: "text"}
"""How a field's expected JSON type is said in a refusal: "'start' is missing or not a whole
number", where the line read "not a int" (Python's type name, review46 B14)."""


def _field(item: dict[str, Any], key: str, kind: type, optional: bool) -> Any:
    value = item.get(key)
    if value is None and optional:
        return None
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
        raise ValueError(f"{key!r} is missing or not {_KIND_WORDS.get(kind, kind.__name__)}")
    return value


def _strings(item: dict[str, Any], key: str) -> tuple[str, ...]:
    value = item.get(key) or []
    if not isinstance(value, list) or not all(isinstance(entry, str) for entry in value):
        raise ValueError(f"{key!r} must be a list of strings")
    return tuple(value)


def _evidence(item: dict[str, Any]) -> tuple[str, ...]:
    """The evidence entries, each an http(s) URL or a DOI (the rule every writer follows)."""
    entries = _strings(item, "evidence")
    for entry in entries:
        if refusal := refuse_url("evidence", entry, evidence=True):
            raise ValueError(refusal)
    return entries


def _last_change(history: list[dict[str, Any]], field: str, parse: Any) -> TheirChange | None:
    """The last entry of ``history`` whose ``field`` changed (``field_before`` and
    ``field_after`` differ), its values read with ``parse``."""
    for entry in reversed(history):
        before, after = entry.get(f"{field}_before"), entry.get(f"{field}_after")
        if before == after:
            continue
        at, reviewer = entry.get("at"), entry.get("reviewer")
        return TheirChange(
            at if isinstance(at, str) else None,
            reviewer if isinstance(reviewer, str) else "",
            parse(before) if before else None,
            parse(after) if after else None,
        )
    return None


def _history(item: dict[str, Any]) -> list[dict[str, Any]]:
    """The claim's exported history (oldest first): a list of objects, or none at all (a
    file written before exports carried it)."""
    value = item.get("history") or []
    if not isinstance(value, list) or not all(isinstance(entry, dict) for entry in value):
        raise ValueError("'history' must be a list of objects")
    for entry in value:
        for key in ("verdict_before", "verdict_after", "attribution_before", "attribution_after",
                    "at", "reviewer"):  # fmt: skip
            if entry.get(key) is not None and not isinstance(entry[key], str):
                raise ValueError(f"'history' has a {key!r} that is not a string")
    return value


def parse_line(item: Any, line: int) -> TheirClaim:
    """One JSON object -> ``TheirClaim``; ``ValueError`` names the first bad key."""
    if not isinstance(item, dict):
        raise ValueError("not a JSON object")
    verdict = _field(item, "verdict", str, True)
    attribution = _field(item, "attribution", str, True)
    history = _history(item)
    logins = (entry.get("reviewer") for entry in history)
    return TheirClaim(
        line=line,
        fingerprint=_field(item, "fingerprint", str, False),
        article_id=_field(item, "article_id", int, True),
        title=_field(item, "title", str, True) or "",
        source_path=_field(item, "source_path", str, True),
        body_sha256=_field(item, "body_sha256", str, True) or "",
        start=_field(item, "start", int, False),
        end=_field(item, "end", int, False),
        text=_field(item, "text", str, False),
        verdict=parse_verdict(verdict) if verdict else None,
        note=_field(item, "note", str, True) or "",
        evidence=_evidence(item),
        reviewer=_field(item, "reviewer", str, True),
        updated_at=_field(item, "updated_at", str, True),
        linked_fingerprints=_strings(item, "linked_fingerprints"),
        attribution=parse_attribution(attribution) if attribution else None,
        verdict_change=_last_change(history, "verdict", parse_verdict),
        check_change=_last_change(history, "attribution", parse_attribution),
        history_reviewers=tuple(dict.fromkeys(login for login in logins if login)),
    )


MAX_DEPTH = 20
"""An export line is an object holding lists of strings; anything deeper is not one of ours."""


def _check_text(value: Any, depth: int) -> None:
    """Refuse lone surrogates (``"\\ud800"`` escapes: no text, and SQLite cannot store them)
    and nesting deeper than an export ever has, before anything reads the values."""
    if depth < 0:
        raise ValueError("nested too deeply")
    if isinstance(value, str):
        if any("\ud800" <= char <= "\udfff" for char in value):
            raise ValueError("a lone surrogate (\\ud800-\\udfff) in a text value")
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_text(key, depth - 1)
            _check_text(item, depth - 1)
    elif isinstance(value, list):
        for item in value:
            _check_text(item, depth - 1)


def _decoded(data: bytes) -> str:
    """The export's text: UTF-8 (a byte-order mark is fine), or UTF-16 with its byte-order
    mark, which is what Windows PowerShell 5 writes for ``factdesk export --format jsonl >
    mine.jsonl``: a colleague's file made that way was refused as "not UTF-8 text"."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    return data.decode("utf-8-sig")


def read_export(path: str | Path, data: bytes | None = None) -> list[TheirClaim]:
    """Every claim of a JSON Lines export, or ``MergeError`` for the first bad line.

    ``data``: the export's bytes, already read (``merge -``: standard input), named ``path``."""
    source = Path(path).expanduser()
    try:
        raw = _decoded(source.read_bytes() if data is None else data)
        # lines end at "\n" (and "\r\n"), as JSON Lines says: splitlines() also broke a line
        # at a U+2028 or U+0085 inside a note, which JSON may hold unescaped (jq writes them so)
        lines = [line.removesuffix("\r") for line in raw.split("\n")]
    except UnicodeDecodeError:
        raise MergeError(
            f"{source}: not UTF-8 text; expected a factdesk JSON Lines export"
        ) from None
    except OSError as error:
        raise MergeError(f"{source}: cannot be read: {error.strerror or error}") from None
    claims = []
    for number, text in enumerate(lines, 1):
        if not text.strip():
            continue
        try:
            item = json.loads(text)
            _check_text(item, MAX_DEPTH)
            claims.append(parse_line(item, number))
        except RecursionError:
            raise MergeError(f"{source}: line {number}: nested too deeply") from None
        except json.JSONDecodeError as error:
            if not claims:
                raise _not_an_export(source, raw, number, f"not JSON ({error.msg})") from None
            raise MergeError(f"{source}: line {number}: not JSON ({error.msg})") from None
        except (ValueError, VerdictError) as error:
            if not claims and (not isinstance(item, dict) or "fingerprint" not in item):
                raise _not_an_export(source, raw, number, str(error)) from None
            raise MergeError(f"{source}: line {number}: {error}") from None
    if not claims:
        raise MergeError(f"{source}: no claims in it; expected `factdesk export --format jsonl`")
    return claims


def _not_an_export(source: Path, raw: str, number: int, why: str) -> MergeError:
    """The first line is no export line: the file is something else, and the message says
    what it looks like. A colleague's ClaimReview file (JSON, indented) was refused as
    "line 1: not JSON", and a CSV or Markdown export the same way, as if the file were a
    damaged export rather than the wrong one."""
    try:
        whole = json.loads(raw)
    except (ValueError, RecursionError):
        whole = None
    if whole is not None:
        items = whole if isinstance(whole, list) else [whole]
        types = {item.get("@type") for item in items if isinstance(item, dict)}
        kind = "a ClaimReview export" if "ClaimReview" in types else "one JSON document"
    else:
        kind = f"line {number}: {why}"
    return MergeError(
        f"{source}: not a factdesk JSON Lines export ({kind}); merge reads the file "
        "`factdesk export --format jsonl` writes"
    )
