"""A name written in capitals, read as a name: one procedure for every script.

The English recogniser and the Russian/Ukrainian readers were trained on names written
"Mira Osten" / «Олег Марченко»; in capitals ("Harbour master MIRA OSTEN said", «Глава
управления ОЛЕГ МАРЧЕНКО заявил») they take the name for an acronym or no one's, and the
speaker became the whole phrase with its role (found32, found33). Each reader gives its own
script's patterns; what a name in capitals is stays one rule here.
"""

from __future__ import annotations

import re
from collections.abc import Callable


def capitals_as_names(
    text: str,
    word: re.Pattern[str],
    vowel: re.Pattern[str],
    keep: Callable[[str, int], bool] | None = None,
) -> str:
    """``text`` with each run of two or three ``word`` matches side by side (only spaces or
    tabs between them) in capitalised words, one character for one (offsets kept). A run is
    left as written when all its words have three letters or fewer (an acronym: "US FDA",
    «ГУ МВД»), when a word has no ``vowel``, when it is four words or more (a headline), or
    when ``keep(text, start of the run)`` says so (a reader's own exception)."""
    runs: list[list[re.Match[str]]] = []
    for found in word.finditer(text):
        if runs and text[runs[-1][-1].end() : found.start()].strip(" \t") == "":
            runs[-1].append(found)
        else:
            runs.append([found])
    pieces = list(text)
    for run in runs:
        names = [w.group() for w in run]
        if not 2 <= len(run) <= 3 or all(len(w) <= 3 for w in names):
            continue
        if not all(vowel.search(w) for w in names):
            continue
        if keep is not None and keep(text, run[0].start()):
            continue
        for found in run:
            start, end = found.span()
            pieces[start + 1 : end] = text[start + 1 : end].lower()
    return "".join(pieces)
