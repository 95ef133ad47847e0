"""The people an article names: full names for surnames, and whether each has a checkable role.

Reporting introduces a person once in full ("Ahra Avidzba, the commander of …") and then by
surname ("Avidzba said"); the desk shows the full name so that a reviewer searches for the
right person. A named person with no role or organisation anywhere in the article ("Maria
Petrova, a 52-year-old mother") cannot be looked up, which is what `private-individual` flags.
"""

from __future__ import annotations

import re
from functools import cache

from factdesk.extract.cues import NAME, ORG_WORDS, ROLE_WORDS, STOP_CAPS, TITLE_WORDS

_NAME_RE = re.compile(NAME)
_APPOSITIVE = re.compile(r"\A,[ \t]+([^,.;:\n]{1,160})")
_ORG_LINK = re.compile(r"\b(?:of|at|for|from|with)[ \t]+(?:the[ \t]+)?[A-ZÀ-ÖØ-ÞА-ЯЁ«“\"‘]")
_WRITES_FOR = re.compile(r"\A[ \t]+(?:reports|writes|wrote|reported)[ \t]+(?:in|for)[ \t]+[A-Z]")
_WORD = re.compile(r"[\w’'-]+")


def clean_name(raw: str) -> str:
    """A capitalised run without its leading titles and sentence words, and without "’s"."""
    words = raw.split()
    while words and (words[0] in STOP_CAPS or words[0] in TITLE_WORDS):
        words.pop(0)
    if words:
        words[-1] = re.sub(r"[’']s?$", "", words[-1])
    return " ".join(w for w in words if w)


def is_org(name: str) -> bool:
    """An organisation or outlet rather than a person: an org word, or an acronym."""
    words = name.split()
    return any(w in ORG_WORDS for w in words) or (len(name) > 1 and name.isupper())


@cache
def _word_pattern(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")


class People:
    """Full person names of one article, in order of appearance, with their roles."""

    def __init__(self, body: str) -> None:
        self.body = body
        self.full: list[tuple[int, str]] = []
        for match in _NAME_RE.finditer(body):
            name = clean_name(match.group())
            if 2 <= len(name.split()) <= 4 and not is_org(name):
                self.full.append((match.start() + match.group().rfind(name.split()[0]), name))
        self._roles: dict[str, bool] = {}

    def resolve(self, name: str) -> str:
        """The full name a surname stands for, when exactly one full name ends with it."""
        if " " in name:
            return name
        found = {full for _, full in self.full if full.rsplit(" ", 1)[-1] == name}
        return found.pop() if len(found) == 1 else name

    def is_person(self, name: str) -> bool:
        """A multi-word non-organisation name, or a surname of one."""
        return not is_org(name) and (" " in name or self.resolve(name) != name)

    def last_before(self, offset: int) -> str | None:
        """The last full person name introduced before ``offset`` (pronoun fallback)."""
        last = None
        for start, name in self.full:
            if start >= offset:
                break
            last = name
        return last

    def has_role(self, name: str) -> bool:
        """True when some mention of ``name`` (or its surname) carries a role or organisation."""
        if name not in self._roles:
            self._roles[name] = self._find_role(name)
        return self._roles[name]

    def _find_role(self, name: str) -> bool:
        body = self.body
        forms = {name, name.rsplit(" ", 1)[-1]}
        for form in forms:
            for match in _word_pattern(form).finditer(body):
                if self._role_before(match.start()) or self._role_after(match.end()):
                    return True
        return False

    def _role_before(self, start: int) -> bool:
        line_start = body_line_start(self.body, start)
        before = _WORD.findall(self.body[max(line_start, start - 60) : start])[-4:]
        return any(w.lower() in ROLE_WORDS or w in TITLE_WORDS for w in before)

    def _role_after(self, end: int) -> bool:
        rest = self.body[end : end + 200]
        if _WRITES_FOR.match(rest):
            return True
        appositive = _APPOSITIVE.match(rest)
        if not appositive:
            return False
        text = appositive.group(1)
        words = (w.lower() for w in _WORD.findall(text))
        return any(w in ROLE_WORDS for w in words) or bool(_ORG_LINK.search(text))


def body_line_start(body: str, offset: int) -> int:
    """Offset of the first character of the line holding ``offset``."""
    return body.rfind("\n", 0, offset) + 1
