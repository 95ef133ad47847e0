"""Reading a colleague's JSON Lines export for ``factdesk merge``: validate everything first.

The whole file is checked before the desk is touched, so a truncated or hand-edited file is
one clear line ("FILE: line 7: ...") and no half-merge. Only the keys the merge needs are
read; everything else in a line is ignored, so newer exports with more keys still merge.
"""

from __future__ import annotations

import codecs
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factdesk.desk.service import DeskError
from factdesk.domain.verdicts import VerdictError, parse_attribution, parse_verdict
from factdesk.text.urls import refuse_url


class MergeError(DeskError):
    """A file that cannot be merged; the message is one line naming the file and the line."""


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

    @property
    def has_review(self) -> bool:
        """Anything worth bringing over: a verdict, a note, evidence or an attribution check."""
        return bool(self.verdict or self.note.strip() or self.evidence or self.attribution)

    @property
    def article_key(self) -> tuple[str, str | None, str]:
        return (self.body_sha256, self.source_path, self.title)


def _field(item: dict[str, Any], key: str, kind: type | tuple[type, ...], optional: bool) -> Any:
    value = item.get(key)
    if value is None and optional:
        return None
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
        raise ValueError(f"{key!r} is missing or not a {getattr(kind, '__name__', kind)}")
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


def parse_line(item: Any, line: int) -> TheirClaim:
    """One JSON object -> ``TheirClaim``; ``ValueError`` names the first bad key."""
    if not isinstance(item, dict):
        raise ValueError("not a JSON object")
    verdict = _field(item, "verdict", str, True)
    attribution = _field(item, "attribution", str, True)
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
