"""The content of a reported statement: in "X reported to Y that Z", the verdict is about Z.

A fact-checker rates what is claimed, not that somebody said it. When a claim's sentence
reports speech, the claim detail shows the reported content beside it so the reviewer sees
what the verdict is about. This is a clause-level rule (no parse): the ``that``-complement of
a speech verb ("told the agency that the ministry has concluded..."), or the clause after an
"according to X," lead. A "that" right after the verb's object noun ("said that year") is
ruled out by requiring the complement to hold a verb-like word. None when the sentence does not
report speech that way.
"""

from __future__ import annotations

import re

from factdesk.extract.cues import SPEECH_VERBS, alternation
from factdesk.lexicon.english import DENIAL_RE, FINITE_AUXILIARIES, RELATIVE_THAT_VERBS

_VERB = alternation(SPEECH_VERBS - {"according"})
_RELATIVE = alternation(RELATIVE_THAT_VERBS)
_OPENING = rf"\b(?:{_VERB})\b[^.;:!?\"“”«»]{{0,90}}?\bthat\s+"
_AUXILIARY = alternation(FINITE_AUXILIARIES)
_THAT = re.compile(
    rf"{_OPENING}(?!(?-i:{_AUXILIARY})(?![\w-]))(?P<content>\S.*)$", re.IGNORECASE | re.S
)
"""The first "that" after a speech verb whose next word is no auxiliary: the complement's
opening, unless it is a relative pronoun with a later complement (``_AFTER_RELATIVE``). An
auxiliary right after "that" ("the storm that was forecast") is never a complement's subject;
a past form or a word in -ed may be one's adjective ("that armed men …", "that hit songs …")."""
_AFTER_RELATIVE = re.compile(
    rf"{_OPENING}(?!(?-i:(?:{_RELATIVE})|[a-z]\w+(?<!e)ed)(?![\w-]))(?P<content>\S.*)$",
    re.IGNORECASE | re.S,
)
"""A "that" right before a verb ("warned riders about the fault that hit the line and said
that trains would run late") is a relative pronoun, not the complement's opening: the search
goes on to the next "that" (the content is "trains would run late", not "hit the line …").
The verb is read in lower case only, so a name after "that" ("said that Fred Olsen was
arrested", "that Will Ferrell …") opens a complement; and when no later "that" qualifies, the
first one is the content after all (``_THAT``: "said that armed men stormed the depot", a
participle before a noun looks like a relative's verb)."""
_ACCORDING = re.compile(r"^\W*according to [^,]{1,80},\s*(?P<content>\S.*)$", re.IGNORECASE | re.S)
_FINITE = re.compile(
    rf"\b(?:{alternation(FINITE_AUXILIARIES | {'been', 'be'})}|\w+ed|\w+s)\b", re.IGNORECASE
)
_NOT_A_CLAUSE = re.compile(r"^(?:year|day|week|month|time|morning|night|evening)\b", re.I)
_INTRODUCER = re.compile(rf"\b(?:{_VERB}|tell|claim|state|report)\b", re.IGNORECASE)
"""A speech verb in the stretch from the matched verb to "that": the last one is the verb that
introduces Z ("said there was no evidence of fraud and told staff that Z": "told")."""
_OWN_NEGATION = re.compile(
    r"(?:\b(?:not|never)|n['’]t)\s+(?:(?:\w+ly|ever|yet|even|once|actually)\s+)?$", re.IGNORECASE
)
"""The introducing verb's own negation, right before it ("did not say", "never claimed",
"has not publicly stated"); a negation with another word between belongs to that word ("an
official who was not named said that Z")."""
_BEFORE = re.compile(r"(?:[^\s.,;:!?—–()\"“”]+\s+){0,2}$")
"""Up to two words right before the introducing verb, within its clause: where a denial verb
takes the verb's word as its object ("rejected claims that Z", "denied the reports that Z"),
and not a relative clause's denial set off by a comma ("the mayor, who denied any wrongdoing
last year, said that Z")."""
_EDGE = " \t\n.,;:"
_PAIRS = {"’": "‘", "”": "“", "»": "«", '"': '"', "'": "'"}


def reported_content(text: str) -> str | None:
    """Z of "X said/reported/told Y that Z" or "According to X, Z"; None if there is none.

    None too when the lead denies Z ("denied that Z", "rejected claims that Z", "said it was not
    true that Z", "did not say that Z"): the content the verdict judges is then Z's negation,
    and showing Z as "content" turned a reviewer's rating of the denial upside down."""
    found = _AFTER_RELATIVE.search(text) or _THAT.search(text) or _ACCORDING.search(text)
    if found is None:
        return None
    if _denied(text, found):
        return None  # "X denied that Z", "did not say that Z": X's proposition is not Z
    content = _trim(found.group("content"))
    if len(content.split()) < 3 or _NOT_A_CLAUSE.match(content) or not _FINITE.search(content):
        return None
    return content[0].upper() + content[1:]


def _denied(text: str, found: re.Match[str]) -> bool:
    """The verb that introduces Z denies or is negated: it is a denial verb, or a denial stands
    between it and "that" ("said it was not true that Z", "said there was no evidence that
    Z"), or right before it ("rejected claims that Z"), or it is negated itself ("did not say
    that Z"). A denial or negation elsewhere in the lead belongs to another verb (a relative
    clause's "which rejected the bid", "who was not named"; an earlier coordinated "said there
    was no evidence of fraud and told staff that Z") and leaves Z the content. After
    "according to X," the whole lead is read, as it has no verb of its own."""
    content = found.start("content")
    if found.re is _ACCORDING:
        return DENIAL_RE.search(text[:content]) is not None
    verbs = list(_INTRODUCER.finditer(text, found.start(), content))
    start = verbs[-1].start() if verbs else found.start()
    before = _BEFORE.search(text[:start])
    window = before.group() if before else ""
    return bool(
        DENIAL_RE.search(text[start:content])
        or DENIAL_RE.search(window)
        or _OWN_NEGATION.search(text[:start])
    )


def _trim(content: str) -> str:
    """Drop trailing punctuation, and a closing quote whose opening quote is not inside."""
    content = content.strip(_EDGE)
    while content and content[-1] in _PAIRS and _PAIRS[content[-1]] not in content[:-1]:
        content = content[:-1].strip(_EDGE)
    return content
