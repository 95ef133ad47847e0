"""Where paragraphs begin: the one rule every layer that splits a body by paragraph shares.

The extractor numbers claims by paragraph and the parser reads a body paragraph by paragraph
(``language.parse.paragraph_blocks``); the name finder reads the same paragraphs so that it
reuses the extractor's parses instead of parsing again. One definition keeps them aligned.
"""

from __future__ import annotations

import re


def paragraph_starts(body: str) -> list[int]:
    """Offsets where paragraphs begin: blocks between blank lines, or lines if none."""
    separator = r"\n\s*\n" if re.search(r"\n[^\S\n]*\n", body) else r"\n"
    first = len(body) - len(body.lstrip())  # text before a break: it starts after `first`
    last = len(body.rstrip())  # text after a break: it ends before `last` (no slicing: linear)
    return [0] + [
        match.end()
        for match in re.finditer(separator, body)
        if first < match.start() and match.end() < last
    ]
