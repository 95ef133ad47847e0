"""A claim's identity across desks: what an export writes and what ``factdesk merge`` matches.

In the domain layer because both ends use it: the exports (above the desk) write it and the
merge (inside the desk) reads it, and neither may import the other.
"""

from __future__ import annotations

import hashlib


def fingerprint(body_sha256: str, start: int, end: int, text: str) -> str:
    """A stable identity for a claim across desks: same body, same span, same text."""
    return hashlib.sha256(f"{body_sha256}:{start}:{end}:{text}".encode()).hexdigest()
