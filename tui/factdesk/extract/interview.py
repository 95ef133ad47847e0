"""Question-and-answer interviews: the answers are the interviewee's, the questions furniture.

An interview printed as "Q: …" / "A: …" paragraphs names its interviewee once, in the
introduction ("Naomi Sterling took over as chief executive … She spoke to us about …"), and
never again before an answer: no sentence of an answer says who speaks. The form of the page
says it: every paragraph that opens with "A:" is the words of the person the introduction
names first; a question is the interviewer's, and is not a claim. Two questions and two
answers at least make an interview; a lone "Q:" is not one.

An interview printed without "Q:"/"A:" says it is one in its frame (the introduction, the
interviewer's byline, the closing "edited for length" note), and each question either stands
alone in its paragraph or opens the paragraph its answer runs on in ("How long are families
waiting? On average, 14 months …"). The marks are per sentence (unit), so a question and its
answer in one paragraph part there.
"""

from __future__ import annotations

import re

from factdesk.extract.units import CLOSERS, Unit
from factdesk.lexicon.reporting_ru_uk import INTERVIEWER_CREDITS

_TURN = re.compile(r"\A\W{0,3}(Q|A|Question|Answer)\s*[:.\-–—]\s", re.IGNORECASE)
_QA_PAGE = re.compile(
    r"\bQ\s?&\s?A\b|\bQ\s?and\s?A\b|\binterview\b"
    r"|\b(?:we|I)\s+(?:asked|spoke\s+(?:to|with)|talked\s+(?:to|with))\s+(?:him|her)\b"
    r"|\b(?:she|he)\s+(?:spoke|talked)\s+(?:to|with)\s+(?:us|me)\b"
    r"|(?<![а-яёіїєґ])(?:інтерв['’]ю|интервью)(?![а-яёіїєґ])"
    r"|(?<![а-яёіїєґ])(?:ми|мы)\s+(?:поговорили|побеседовали|поспілкувалися|пообщались)\s+(?:з|із|зі|с|со)\s"
    r"|(?<![а-яёіїєґ])(?:ми\s+)?(?:розпитали|мы\s+расспросили|расспросили)\s+(?:її|його|её|его)(?![а-яёіїєґ])",
    re.IGNORECASE,
)
"""A page that says it is an interview ("Q&A with Dr X", "An interview with …", "We asked her
how independent shops are coping", "She spoke to us about …", «Ми поговорили з міською
головою …», «Ми розпитали її, чому …», «интервью»); "we spoke to them" (residents, a crowd)
names no one person whose answers follow."""
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
_QUESTION_WORDS = 30
"""A question longer than this is an answer's rhetoric, not an interviewer's question."""


def turns(units: list[Unit]) -> dict[int, str]:
    """Unit index -> "Q" or "A" for every question and answer sentence of an interview, else
    empty (a sentence outside the turns is the writer's again)."""
    paragraphs = _paragraphs(units)
    marks: dict[int, str] = {}
    for indexes in paragraphs.values():
        match = _TURN.match(units[indexes[0]].text)
        if match:
            marks.update(dict.fromkeys(indexes, match.group(1)[0].upper()))
    if _count(units, marks, "Q") < MIN_TURNS or _count(units, marks, "A") < MIN_TURNS:
        return _unmarked(units, paragraphs)
    return marks


def _paragraphs(units: list[Unit]) -> dict[int, list[int]]:
    """Paragraph number -> the indexes of its units, in text order."""
    paragraphs: dict[int, list[int]] = {}
    for i, unit in enumerate(units):
        paragraphs.setdefault(unit.paragraph, []).append(i)
    return paragraphs


def _count(units: list[Unit], marks: dict[int, str], kind: str) -> int:
    """How many paragraphs hold a turn of one kind."""
    return len({units[i].paragraph for i, mark in marks.items() if mark == kind})


def _unmarked(units: list[Unit], paragraphs: dict[int, list[int]]) -> dict[int, str]:
    """An interview printed without "Q:"/"A:": the page says it is one in its first or last
    paragraphs, and its questions open paragraphs (alone, or before their answer); every
    sentence between two questions is the answer to the first."""
    order = sorted(paragraphs)
    if not _said(units, [i for p in order[:_INTRO] for i in paragraphs[p]],
                 [i for p in order[-_OUTRO:] for i in paragraphs[p]]):  # fmt: skip
        return {}
    asks = {p: n for p in order[1:] if (n := _question_lead([units[i] for i in paragraphs[p]]))}
    if len(asks) < MIN_TURNS:
        return {}
    marks: dict[int, str] = {}
    for p in order:
        if p < min(asks):
            continue
        for k, i in enumerate(paragraphs[p]):
            if k < asks.get(p, 0):
                marks[i] = "Q"
            elif not _EDITED.search(units[i].text):
                marks[i] = "A"  # (the closing note is the page's, not an answer)
    if _count(units, marks, "A") < MIN_TURNS:
        return {}
    return marks


def _said(units: list[Unit], intro: list[int], outro: list[int]) -> bool:
    """The frame says the page is an interview: its opening paragraphs name the form or carry
    the interviewer's byline, or its closing note says the interview was edited."""
    opening = any(_QA_PAGE.search(units[i].text) or _CREDIT.search(units[i].text)
                  for i in intro)  # fmt: skip
    return opening or any(_EDITED.search(units[i].text) for i in outro)


def _question_lead(paragraph: list[Unit]) -> int:
    """How many of a paragraph's first units are an interviewer's question: all of a paragraph
    that is one short question ("How large is that group?", "The ministry says X. Is that
    right?"), the first of a paragraph that opens with one and answers it ("How long are
    families waiting? On average, 14 months …"); 0 for a paragraph of another kind."""
    text = " ".join(u.text for u in paragraph).strip()
    if len(paragraph) <= 2 and _asks(text):
        return len(paragraph)
    if len(paragraph) > 1 and _asks(paragraph[0].text) and not _asks(paragraph[1].text):
        return 1
    return 0


def _asks(text: str) -> bool:
    """A short question: ends on its question mark, with no more words than a question has."""
    return text.rstrip(CLOSERS).endswith("?") and len(text.split()) <= _QUESTION_WORDS


def credited(before: str) -> bool:
    """Does ``before``, the text up to a name, end in an interview's credit words at a line's
    start («Розмовляла »)? That name is the interviewer's, never the interviewee's."""
    return " ".join(before.rsplit("\n", 1)[-1].lower().split()) in _CREDIT_WORDS


_CREDIT_WORDS = frozenset(" ".join(w.split()) for w in INTERVIEWER_CREDITS)


def first_turn(marks: dict[int, str]) -> int:
    """The unit index of the interview's first question or answer."""
    return min(marks) if marks else 0
