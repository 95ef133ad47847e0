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

_TURN = re.compile(r"\A\W{0,3}(Q|A|Question|Answer)\s*[:.\-–—]\s", re.IGNORECASE)
MIN_TURNS = 2


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
        return {}
    return marks


def first_turn(marks: dict[int, str]) -> int:
    """The paragraph of the interview's first question or answer."""
    return min(marks) if marks else 0
