"""The reviewer's configuration: one TOML file, every value optional.

```toml
reviewer = "alice"            # default: the login name; FACTDESK_REVIEWER and --reviewer win

[desk]
name = "Example Fact Desk"    # exports name the desk as the ClaimReview author
url = "https://factcheck.example.org"
claim_base_url = "https://factcheck.example.org/claims/"
language = "en"               # ClaimReview inLanguage unless a claim sets its own

[reviewers]                   # login name = how reports print it
alice = "Alice Example"

[ratings.corroborated]        # see factdesk.settings.ratings: label, value, best, worst
label = "True"

[keys]                        # binding id = comma-separated keys (Textual's keymap)
"verdict-corroborated" = "1,c"
```

A missing file means defaults. A broken file is a ``ConfigError`` whose message names the file
and the line, so the CLI prints it on one line and stops. A key nobody reads (``[dsek]``, a
typo) is not an error but a warning naming the file and line (``Config.warnings``).
"""

from __future__ import annotations

import getpass
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from factdesk.settings.locations import config_path
from factdesk.settings.ratings import DEFAULT_RATINGS, RatingScale, parse_ratings
from factdesk.text.urls import refuse_url

if TYPE_CHECKING:
    import tomllib

KNOWN_KEYS: dict[str, object] = {
    "reviewer": None,
    "desk": {"name": None, "url": None, "claim_base_url": None, "language": None},
    "reviewers": "any",
    "keys": "any",
    "ratings": {verdict: {key: None for key in ("label", "value", "best", "worst")}
                for verdict in DEFAULT_RATINGS},
}  # fmt: skip
"""Every key the desk reads: a table maps to its own keys, ``"any"`` takes free keys (binding
ids, login names), ``None`` is a value. Anything else is named by a warning."""


class ConfigError(Exception):
    """The configuration file cannot be used; the message is one line for the user."""


@dataclass(frozen=True, slots=True)
class Config:
    """What the configuration file (or its defaults) says."""

    reviewer: str
    """Who the history records as making each change."""
    desk_name: str | None = None
    """The desk's name as ClaimReview's author; None means "not configured"."""
    desk_url: str | None = None
    """The desk's home page, for ClaimReview's author."""
    claim_base_url: str | None = None
    """Prefix of each claim's public URL in ClaimReview exports."""
    keys: dict[str, str] = field(default_factory=dict)
    """Binding id -> keys, handed to Textual's ``set_keymap``."""
    language: str | None = None
    """The desk's publishing language (ClaimReview ``inLanguage``) unless a claim sets one."""
    reviewers: dict[str, str] = field(default_factory=dict)
    """Login name -> the name reports print (``[reviewers]``)."""
    ratings: dict[str, RatingScale] = field(default_factory=lambda: dict(DEFAULT_RATINGS))
    """Verdict -> its published rating (``[ratings]``)."""
    warnings: tuple[str, ...] = ()
    """One line per unknown key, naming the file and line; shown, never fatal."""
    path: Path | None = None
    """The file these values came from, if any."""


def login_name() -> str:
    """The login name, or "reviewer" where the platform cannot say."""
    try:
        return getpass.getuser() or "reviewer"
    except Exception:  # getuser raises OSError/KeyError in containers without a passwd entry
        return "reviewer"


def line_of(source: str, key: str) -> str:
    """ ", line N" of the first line that sets ``key`` or opens table ``[key]``, else ""."""
    name = re.escape(key)
    pattern = re.compile(rf"""^\s*(?:\[\s*(?:[\w"'-]+\.)*{name}\s*\]|["']?{name}["']?\s*=)""")
    for number, line in enumerate(source.splitlines(), 1):
        if pattern.match(line):
            return f", line {number}"
    return ""


def _text(table: dict, key: str, where: str, source: str = "") -> str | None:
    value = table.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ConfigError(
            f"{where}{line_of(source, key)}: {key} must be a string, not {type(value).__name__}"
        )
    return value.strip() or None


def _url(table: dict, key: str, where: str, source: str) -> str | None:
    """A URL setting: http(s) only (it is published as a link in ClaimReview)."""
    value = _text(table, key, where, source)
    if value is not None and (refusal := refuse_url(f"[desk] {key}", value)):
        raise ConfigError(f"{where}{line_of(source, key)}: {refusal}")
    return value


def load_config(path: Path | None = None, reviewer: str | None = None) -> Config:
    """Read the configuration; ``reviewer`` (from ``--reviewer``) beats everything else."""
    path = path or config_path()
    data: dict = {}
    source = ""
    if path.exists():
        import tomllib  # local: most starts have no file to parse, so none of its regexes

        try:
            source = path.read_text(encoding="utf-8-sig")  # a BOM (Notepad) is fine
            data = tomllib.loads(source)
        except RecursionError:
            raise ConfigError(f"{path}: not valid TOML: nested too deeply") from None
        except tomllib.TOMLDecodeError as error:
            raise ConfigError(f"{path}: not valid TOML: {_name_the_line(error, source)}") from None
        except (OSError, UnicodeDecodeError) as error:
            raise ConfigError(f"{path}: cannot be read: {error}") from None
    where = str(path)
    desk = data.get("desk", {})
    keys = data.get("keys", {})
    if not isinstance(desk, dict):
        raise ConfigError(f"{where}{line_of(source, 'desk')}: [desk] must be a table")
    if not isinstance(keys, dict):
        raise ConfigError(f"{where}{line_of(source, 'keys')}: [keys] must be a table")
    for binding, value in keys.items():
        if not isinstance(value, str):
            raise ConfigError(
                f"{where}{line_of(source, binding)}: [keys] {binding} must be a string of "
                'comma-separated keys like "1,c"'
            )
    reviewers = data.get("reviewers", {})
    if not isinstance(reviewers, dict) or not all(
        isinstance(value, str) for value in reviewers.values()
    ):
        raise ConfigError(
            f"{where}{line_of(source, 'reviewers')}: [reviewers] must map login names to "
            'display names, like alice = "Alice Example"'
        )
    ratings_table = data.get("ratings", {})
    if not isinstance(ratings_table, dict):
        raise ConfigError(f"{where}{line_of(source, 'ratings')}: [ratings] must be a table")
    ratings = parse_ratings(
        ratings_table,
        lambda key, message: ConfigError(f"{where}{line_of(source, key)}: {message}"),
    )
    from_file = _text(data, "reviewer", where, source)  # checked even when overridden
    name = reviewer or os.environ.get("FACTDESK_REVIEWER") or from_file or login_name()
    _check_reviewer(name, "--reviewer" if reviewer else "FACTDESK_REVIEWER"
                    if os.environ.get("FACTDESK_REVIEWER") else where)  # fmt: skip
    return Config(
        reviewer=name.strip() or login_name(),
        desk_name=_text(desk, "name", where, source),
        desk_url=_url(desk, "url", where, source),
        claim_base_url=_url(desk, "claim_base_url", where, source),
        keys=dict(keys),
        language=_text(desk, "language", where, source),
        reviewers={login: shown.strip() for login, shown in reviewers.items() if shown.strip()},
        ratings=ratings,
        warnings=tuple(unknown_keys(data, source, where)),
        path=path if path.exists() else None,
    )


def _check_reviewer(name: str, where: str) -> None:
    """A reviewer name goes into the history, exports and every screen: refuse one that is
    not UTF-8 (undecodable bytes arrive as lone surrogates) or holds control characters."""
    if any("\ud800" <= char <= "\udfff" for char in name):
        raise ConfigError(f"{where}: the reviewer name is not valid UTF-8 text; use another")
    if any(unicodedata.category(char) in ("Cc", "Cf") for char in name):
        raise ConfigError(
            f"{where}: the reviewer name holds control or invisible characters; use another"
        )


def unknown_keys(data: dict, source: str, where: str) -> list[str]:
    """A warning line per key the desk does not read, with the file and the line."""
    lines: list[str] = []

    def walk(table: dict, known: object, prefix: str) -> None:
        if known == "any":
            return
        for key, value in table.items():
            name = f"{prefix}.{key}" if prefix else key
            if not isinstance(known, dict) or key not in known:
                lines.append(f"{where}{line_of(source, key)}: unknown key {name!r} is ignored")
            elif isinstance(value, dict):
                walk(value, known[key], name)

    walk(data, KNOWN_KEYS, "")
    return lines


def _name_the_line(error: tomllib.TOMLDecodeError, text: str) -> str:
    """tomllib says "at end of document" for an unclosed value: name that line instead."""
    message = str(error)
    if "at end of document" in message:
        line = max(1, len(text.rstrip("\n").splitlines()))
        message = message.replace("at end of document", f"at line {line}, the end of the file")
    return message
