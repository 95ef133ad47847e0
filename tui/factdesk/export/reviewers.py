"""Reviewers as an export shows them: one numbering for every format, logins kept out of notes.

The Markdown report names a reviewer by the display name of ``[reviewers]`` in config.toml,
else (and always with ``--anonymise-reviewers``) as "Reviewer 1", "Reviewer 2"…; the CSV, with
``--anonymise-reviewers``, numbers its ``reviewer`` column. Both number here, so one login is
the same "Reviewer N" in the CSV and the report of the same export (the CSV numbered a second
time, in its own order). The number follows the desk's history (``ExportOptions.logins``: each
login where it first appears), then the records' order for a login only they name: counted
inside the export's scope, two ``--one-per-claim`` runs over different articles into one folder
named one colleague "Reviewer 1" and "Reviewer 3", and a new reviewer renumbered everyone.

A merge writes a colleague's note under their login (``desk.merge.merge_note``: "our note, a
blank line, ``login: their note``"); those logins went out in an anonymised CSV. ``note``
replaces a known login at the head of such a paragraph (or of the note) by the name shown for
it. The logins known are the desk's (``Desk.logins``: its history, where a merge records the
colleague as the change's reviewer, and the heads of relayed paragraphs a merge brought) and
the claims' reviewers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from factdesk.export.options import ExportOptions
from factdesk.export.records import ExportRecord

__all__ = ["Reviewers"]


def _logins(record: ExportRecord) -> list[str]:
    """The record's reviewer, then the history's, in order (empty ones left out)."""
    logins = [record.claim.reviewer or ""]
    logins += [change.reviewer for change in record.history]
    return [login for login in logins if login]


class Reviewers:
    """Reviewer names as the export shows them: display names (unless anonymised), else
    numbered in the records' order, never logins."""

    def __init__(self, options: ExportOptions, records: Iterable[ExportRecord] = ()) -> None:
        self.options = options
        self.numbers: dict[str, int] = {}
        self.logins: dict[str, None] = {}
        # the desk's order first (options.logins), then any login only the records name
        in_records = (login for record in records for login in _logins(record))
        for login in (*options.logins, *in_records):
            self.logins[login] = None
            if self._numbered(login):  # a display name takes no number
                self._number(login)
        self._paragraph = self._pattern()

    def _numbered(self, login: str) -> bool:
        return self.options.anonymise_reviewers or login not in self.options.reviewers

    def _number(self, login: str) -> int:
        return self.numbers.setdefault(login, len(self.numbers) + 1)

    def _pattern(self) -> re.Pattern[str] | None:
        if not self.logins:
            return None
        # the longest login first: "anna" must not take the head of "annabel: …"
        names = sorted(self.logins, key=len, reverse=True)
        # a blank line, then the login; indented as the clipboard note indents a note's lines.
        # Or the note's start (its own, or after the fact-check note's "Note: "): a merge heads
        # our note with our login when it takes a colleague's verdict (merge._headed)
        starts = r"(\A[ \t]*|\n[ \t]*\n[ \t]*|(?:\A|\n)Note: )"
        return re.compile(starts + "(" + "|".join(map(re.escape, names)) + r")(?=: )")

    def name(self, login: str | None) -> str:
        """The name shown for ``login``: "a reviewer" for none, the display name unless the
        export anonymises, else "Reviewer N" (N from the records' order; a login not seen
        there numbered after them)."""
        if not login:
            return "a reviewer"
        if not self._numbered(login):
            return self.options.reviewers[login]
        return f"Reviewer {self._number(login)}"

    def note(self, text: str) -> str:
        """``text`` with each merged paragraph's login ("\\n\\nalice: …") as ``name`` shows it."""
        if self._paragraph is None:
            return text
        return self._paragraph.sub(lambda match: match.group(1) + self.name(match.group(2)), text)
