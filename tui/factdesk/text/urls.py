"""What counts as a link: evidence entries, desk and claim URLs, anything a reviewer can open.

One home for the rule, in the lowest layer, so the note dialog, the Desk and the exporters all
agree: an ``http``/``https`` URL with a host and no spaces, or a DOI (``10.NNNN/suffix``,
optionally written ``doi:10…`` or as a doi.org link). Anything else (``javascript:``, ``file:``,
a bare word) is refused with a reason short enough for one line of a dialog.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

WEB_SCHEMES = ("http", "https")
_DOI = re.compile(r"^(?:doi:\s*)?(10\.\d{4,9}/\S+)$", re.IGNORECASE)
_HOST = re.compile(r"^[\w.-]+$")


def doi_of(entry: str) -> str | None:
    """The DOI itself (``10.1000/xyz``) when ``entry`` is written as a bare DOI or ``doi:``."""
    match = _DOI.match(entry.strip())
    return match.group(1) if match else None


def url_problem(entry: str) -> str | None:
    """None when ``entry`` is an http(s) URL with a host; else why not, in a few words."""
    text = entry.strip()
    if not text:
        return "empty"
    if any(ch.isspace() for ch in text):
        return "has spaces in it"
    try:
        parts = urlsplit(text)
        host = parts.hostname or ""
        parts.port  # noqa: B018  (a port that is not a number raises here)
    except ValueError as error:
        return f"not a valid URL ({error})"
    if parts.scheme.lower() not in WEB_SCHEMES:
        return "not an http(s) URL" if not parts.scheme else f"{parts.scheme}: is not http(s)"
    if not host or not _HOST.match(host):
        return "has no host name"
    return None


_BARE_ADDRESS = re.compile(
    r"^(?:www\.(?:[\w-]+\.)+[^\W\d_]{2,}(?:[/?#]\S*)?|(?:[\w-]+\.)+[^\W\d_]{2,}/\S*)$"
)
"""A web address typed as a browser's bar shows it, without ``https://``: dotted host labels
ending in letters, then a path ("news.example.org/2026/a") or a ``www.`` host alone. Not a
file name ("report.pdf": no path), a DOI, a number ("3.2/4"), nor anything with a scheme, a
port or a user ("mailto:a@b.org", "host:8080/x"), whose colon the pattern refuses."""


def with_scheme(entry: str) -> str:
    """``entry`` with ``https://`` in front when it is a web address typed without it
    (``_BARE_ADDRESS``): the note dialog took "tass.example/armiya/123" as "not an http(s)
    URL" and made the reviewer type the scheme. Anything else as it is, for the rule to take
    or refuse."""
    text = entry.strip()
    if _BARE_ADDRESS.match(text) and url_problem("https://" + text) is None:
        return "https://" + text
    return entry


def evidence_problem(entry: str) -> str | None:
    """None when ``entry`` is acceptable evidence (an http(s) URL or a DOI); else why not."""
    if doi_of(entry) is not None:
        return None
    problem = url_problem(entry)
    if problem is None:
        return None
    return f"{problem}: use an http(s) URL or a DOI (10.xxxx/…)"


def refuse_url(what: str, entry: str, *, evidence: bool = False) -> str | None:
    """The one-line refusal for a URL-like field (None when it is fine): every writer (the
    CLI, the app, merge files, imports, the config) asks this, in the core."""
    problem = evidence_problem(entry) if evidence else url_problem(entry)
    if problem is None:
        return None
    shown = entry.strip()
    shown = shown if len(shown) <= 60 else shown[:57] + "..."
    return f"{what} {shown!r} refused: {problem}"


def openable_url(entry: str) -> str:
    """The address a browser opens for an evidence entry: a DOI becomes its doi.org link."""
    doi = doi_of(entry)
    return f"https://doi.org/{doi}" if doi else entry.strip()
