"""Where a desk's backups live and how they are named: shared by opening and by backing up.

Kept apart from ``backup`` (which copies and restores through SQLite) because the pre-open
check in ``deskfile`` names the newest backup in its refusal while ``backup`` builds on
``deskfile``: with the naming here, neither imports the other. See ``backup`` for why
backups are ordered by counter.
"""

from __future__ import annotations

import re
from pathlib import Path

KEEP = 5
"""How many backups to keep; the oldest (by counter) go first."""

SUFFIX = ".db"
PARTIAL = ".partial"
STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
_NAME = re.compile(r"-(?P<stamp>\d{8}T\d{6}Z)-(?P<counter>\d+)-(?P<reason>[\w.-]+)\.db")
_LEGACY = re.compile(r"-(?P<stamp>\d{8}-\d{6})(?:-\d+)?-(?P<reason>[\w.-]+)\.db")
NOT_BACKUPS = ("damaged",)
"""Reasons whose files are raw copies of a damaged desk (older factdesk kept them here)."""


def backup_folder(path: Path) -> Path:
    """Where the desk's backups live (``factdesk.store.backup`` writes there)."""
    return path.with_name(path.name + ".backups")


def damaged_folder(path: Path) -> Path:
    """Where raw copies of damaged desks are kept: apart from the backups, never offered."""
    return path.with_name(path.name + ".damaged")


def backup_dir(desk_path: Path) -> Path:
    return backup_folder(desk_path)


def parse_name(desk_path: Path, path: Path) -> tuple[int, str, str] | None:
    """(counter, stamp, reason) of a backup's name; counter 0 for the old local-time names."""
    prefix = desk_path.stem
    if not path.name.startswith(prefix + "-"):
        return None
    rest = path.name[len(prefix) :]
    match = _NAME.fullmatch(rest)
    if match:
        return int(match["counter"]), match["stamp"], match["reason"]
    legacy = _LEGACY.fullmatch(rest)
    if legacy:
        return 0, legacy["stamp"], legacy["reason"]
    return None


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def list_backups(desk_path: Path) -> list[Path]:
    """This desk's backups, oldest first, by counter (then the file's own time)."""
    try:
        entries = list(backup_dir(desk_path).iterdir())
    except OSError:
        return []
    found = []
    for path in entries:
        parsed = parse_name(desk_path, path)
        if parsed is None or parsed[2] in NOT_BACKUPS or not path.is_file():
            continue
        found.append(((parsed[0], _mtime(path), path.name), path))
    return [path for _key, path in sorted(found)]


def newest_backup(desk_path: Path) -> Path | None:
    backups = list_backups(desk_path)
    return backups[-1] if backups else None
