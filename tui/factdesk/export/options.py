"""How a person asked for an export to look: options that are not the desk's identity.

One small value object, so every renderer takes the same arguments and the CLI and the app
pass the same thing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """Per-export choices; the defaults give the plain RFC 4180 CSV and the full report."""

    delimiter: str = ","
    """CSV field separator: ``;`` for spreadsheets in locales that write 1,5."""
    excel: bool = False
    """CSV for spreadsheet programs: a UTF-8 byte-order mark first, so ``—`` stays ``—``."""
    anonymise_reviewers: bool = False
    """Reports name reviewers as "Reviewer 1", "Reviewer 2"… instead of by name."""
    reviewers: Mapping[str, str] = field(default_factory=dict)
    """Login name -> display name (``[reviewers]`` in config.toml)."""
    logins: tuple[str, ...] = ()
    """Every login the desk's history names, in the order each first appears
    (``Desk.logins``): "Reviewer N" is numbered in this order, over the whole desk, so an
    export of a few articles names a colleague as one of the whole desk does (one folder of
    ClaimReview pages called one colleague "Reviewer 1" and "Reviewer 3")."""
