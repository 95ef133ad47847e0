"""Question-and-answer interviews: the answers are the interviewee's, the questions furniture.

An interview printed as "Q: …" / "A: …" paragraphs names its interviewee once, in the
introduction ("Naomi Sterling took over as chief executive … She spoke to us about …"), and
never again before an answer: no sentence of an answer says who speaks. The form of the page
says it: every paragraph that opens with "A:" (and the paragraphs that follow it until the
next question) is the words of the person the introduction names first; a question is the
interviewer's, and is not a claim. Two questions and two answers at least make an interview;
a lone "Q:" is not one.
"""

from __future__ import annotations

import re

from factdesk.extract.units import Unit
from factdesk.lexicon.reporting_ru_uk import INTERVIEWER_CREDITS

_TURN = re.compile(r"\A\W{0,3}(Q|A|Question|Answer)\s*[:.\-–—]\s", re.IGNORECASE)
_QA_PAGE = re.compile(
    r"\bQ\s?&\s?A\b|\bQ\s?and\s?A\b|\binterview\b"
    r"|\b(?:we|I)\s+(?:asked|spoke\s+(?:to|with))\s+(?:him|her)\b"
    r"|(?<![а-яёіїєґ])(?:інтерв['’]ю|интервью)(?![а-яёіїєґ])"
    r"|(?<![а-яёіїєґ])(?:ми|мы)\s+(?:поговорили|побеседовали|поспілкувалися|пообщались)\s+(?:з|із|зі|с|со)\s",
    re.IGNORECASE,
)
"""A page that says it is an interview ("Q&A with Dr X", "An interview with …", "We asked her
how independent shops are coping", «Ми поговорили з міською головою …», «интервью»); "we
spoke to them" (residents, a crowd) names no one person whose answers follow."""
_CREDIT = re.compile(
    r"(?:\A|\n)[ \t]*(?i:"
    + "|".join(w.replace(" ", r"[ \t]+") for w in INTERVIEWER_CREDITS)
    + r")[ \t]+[A-ZА-ЯЁІЇЄҐ]"
)
"""An interview's credit line, the interviewer's name after its words at a line's start
(«Розмовляла Марина Островська»): the Russian and Ukrainian "Interview by", which says the
page is a Q&A as "interview" does in English."""
_EDITED = re.compile(
    r"\b(?:this|the)\s+interview\s+(?:has\s+been|was|is)\s+(?:\w+\s+)?(?:edited|condensed)\b"
    r"|(?:інтерв['’]ю|интервью)\s+(?:було\s+|было\s+|був\s+)?(?:скороч|відредаг|сокращ|отредакт)",
    re.IGNORECASE,
)
"""An interview's closing note ("This interview has been edited for length and clarity",
«Інтерв'ю скорочене та відредаговане», «Интервью сокращено»)."""
MIN_TURNS = 2
_INTRO = 3
"""How many paragraphs (headline, standfirst, introduction) may say the page is a Q&A."""
_OUTRO = 2
"""How many closing paragraphs may say it ("This interview has been edited for length")."""


def turns(units: list[Unit]) -> dict[int, str]:
    """Paragraph number -> "Q" or "A" for every question and answer paragraph of an
    interview, else empty (a paragraph that opens with neither is the writer's again)."""
    marks: dict[int, str] = {}
    first_of: dict[int, Unit] = {}
    for unit in units:
        first_of.setdefault(unit.paragraph, unit)
    for paragraph, unit in first_of.items():
        match = _TURN.match(unit.text)
        if match:
            marks[paragraph] = match.group(1)[0].upper()
    kinds = list(marks.values())
    if kinds.count("Q") < MIN_TURNS or kinds.count("A") < MIN_TURNS:
        return _unmarked(units)
    return marks


def _unmarked(units: list[Unit]) -> dict[int, str]:
    """An interview printed without "Q:"/"A:": the page says it is one in its first
    paragraphs, and its questions are paragraphs of one question each; the paragraphs between
    two questions are the answer to the first."""
    paragraphs: dict[int, list[Unit]] = {}
    for unit in units:
        paragraphs.setdefault(unit.paragraph, []).append(unit)
    order = sorted(paragraphs)
    said = any(_QA_PAGE.search(u.text) or _CREDIT.search(u.text)
               for p in order[:_INTRO] for u in paragraphs[p])  # fmt: skip
    if not said and not any(_EDITED.search(u.text) for p in order[-_OUTRO:]
                            for u in paragraphs[p]):  # fmt: skip
        return {}
    questions = [p for p in order[1:] if _lone_question(paragraphs[p])]
    if len(questions) < MIN_TURNS:
        return {}
    marks: dict[int, str] = {}
    for p in order:
        if p in questions:
            marks[p] = "Q"
        elif p > questions[0] and not any(_EDITED.search(u.text) for u in paragraphs[p]):
            marks[p] = "A"  # (the closing note is the page's, not an answer)
    if list(marks.values()).count("A") < MIN_TURNS:
        return {}
    return marks


def _lone_question(paragraph: list[Unit]) -> bool:
    """A paragraph that is one short question ("How large is that group?")."""
    text = " ".join(u.text for u in paragraph).strip()
    return len(paragraph) <= 2 and text.endswith("?") and len(text.split()) <= 30


def credited(before: str) -> bool:
    """Does ``before``, the text up to a name, end in an interview's credit words at a line's
    start («Розмовляла »)? That name is the interviewer's, never the interviewee's."""
    return " ".join(before.rsplit("\n", 1)[-1].lower().split()) in _CREDIT_WORDS


_CREDIT_WORDS = frozenset(" ".join(w.split()) for w in INTERVIEWER_CREDITS)


def first_turn(marks: dict[int, str]) -> int:
    """The paragraph of the interview's first question or answer."""
    return min(marks) if marks else 0
