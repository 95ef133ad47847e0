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

from factdesk.extract.cues import PARTICLE, STOP_CAPS
from factdesk.extract.units import CLOSERS, Unit
from factdesk.lexicon.english import BROADCAST_ROLES, CHALLENGE_VERBS, OWNER_DATA, TOLD_THE_WRITER
from factdesk.lexicon.reporting_ru_uk import BROADCAST_ROLES as BROADCAST_ROLES_RU_UK
from factdesk.lexicon.reporting_ru_uk import CHALLENGE_VERBS as CHALLENGE_VERBS_RU_UK
from factdesk.lexicon.reporting_ru_uk import FIRST_PERSON as FIRST_PERSON_RU_UK
from factdesk.lexicon.reporting_ru_uk import INTERVIEWER_CREDITS, TELLING_THE_WRITER, TOLD_PRONOUNS
from factdesk.lexicon.reporting_ru_uk import OWNER_DATA as OWNER_DATA_RU_UK

_TURN = re.compile(r"\A\W{0,3}(Q|A|Question|Answer)\s*[:.\-–—]\s", re.IGNORECASE)
_QA_PAGE = re.compile(
    r"\bQ\s?&\s?A\b|\bQ\s?and\s?A\b|\binterview\b"
    r"|\b(?:we|I)\s+(?:asked|spoke\s+(?:to|with)|talked\s+(?:to|with))\s+(?:him|her)\b"
    r"|\b(?:we|I)\s+asked\s+(?-i:[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)"
    r"|\b(?:we|I)\s+put\s+(?:[\w'’]+\s+){0,2}?questions\s+(?:[\w'’-]+\s+){0,4}?to\s"
    r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+questions\s+(?:for|to)\s"
    r"|\b(?:she|he)\s+(?:spoke|talked)\s+(?:to|with)\s+(?:us|me)\b"
    r"|(?<![а-яёіїєґ])(?:інтерв['’]ю|интервью)(?![а-яёіїєґ])"
    r"|(?<![а-яёіїєґ])(?:ми|мы)\s+(?:поговорили|побеседовали|поспілкувалися|пообщались)\s+(?:з|із|зі|с|со)\s"
    r"|(?<![а-яёіїєґ])(?:ми\s+)?(?:розпитали|мы\s+расспросили|расспросили)\s+(?:її|його|её|его)(?![а-яёіїєґ])",
    re.IGNORECASE,
)
"""A page that says it is an interview ("Q&A with Dr X", "An interview with …", "We asked her
how independent shops are coping", "we asked Ada Brill, who runs …", "we put readers'
questions to its chair", "five questions for the port's boss", "She spoke to us about …",
«Ми поговорили з міською головою …», «Ми розпитали її, чому …», «интервью»); "we spoke to
them" (residents, a crowd) and "we asked the council" name no one person whose answers
follow."""
_CREDIT = re.compile(
    r"(?:\A|\n)[ \t]*(?i:"
    + "|".join(w.replace(" ", r"[ \t]+") for w in INTERVIEWER_CREDITS)
    + r")[ \t]+[A-ZА-ЯЁІЇЄҐ]"
)
"""An interview's credit line, the interviewer's name after its words at a line's start
(«Розмовляла Ганна Сотничук»): the Russian and Ukrainian "Interview by", which says the
page is a Q&A as "interview" does in English."""
_EDITED = re.compile(
    r"\b(?:this|the)\s+interview\s+(?:has\s+been|was|is)\s+(?:\w+\s+)?(?:edited|condensed)\b"
    r"|(?:інтерв['’]ю|интервью)\s+(?:було\s+|было\s+|був\s+)?(?:скороч|відредаг|сокращ|отредакт)",
    re.IGNORECASE,
)
"""An interview's closing note ("This interview has been edited for length and clarity",
«Інтерв'ю скорочене та відредаговане», «Интервью сокращено»)."""
_TOLD = re.compile(
    TOLD_THE_WRITER
    + r"|(?<![а-яёіїєґ])(?:{verbs})\s+(?:{pronouns})(?![а-яёіїєґ])"
    r"|(?<![а-яёіїєґ])(?:{pronouns})\s+(?:{verbs})(?![а-яёіїєґ])".format(
        verbs="|".join(sorted(TELLING_THE_WRITER)), pronouns="|".join(sorted(TOLD_PRONOUNS))
    ),
    re.IGNORECASE,
)
_THEIR_DATA = re.compile(
    OWNER_DATA + "|" + "|".join(w.replace(" ", r"\s+") for w in OWNER_DATA_RU_UK), re.IGNORECASE
)
_CHALLENGE = re.compile(
    r"\A\W*(?!(?:I|We|Our|My|Me|Us)\b)(?:[\w'’-]+\s+){1,6}?"
    rf"(?:{'|'.join(sorted(CHALLENGE_VERBS))})\b(?!.*\b(?:I|we|our|my|me|us)\b)"
    rf"|\A\W*(?:[\w'’-]+\s+){{1,6}}?(?:{'|'.join(sorted(CHALLENGE_VERBS_RU_UK))}),?\s"
    rf"(?!.*(?<!\w)(?:{'|'.join(sorted(FIRST_PERSON_RU_UK))})(?!\w))",
    re.IGNORECASE,
)
"""An interviewer's challenge put as a statement: someone else says something ("Some
provinces say they were not consulted."), the sentence with no first person in it."""
_UP, _LOW = "A-ZА-ЯЁІЇЄҐ", "a-zа-яёіїєґ"
_NAME_WORD = rf"[{_UP}][{_LOW}'’]+(?:-[{_UP}]?[{_LOW}'’]+)?"
_CAPS_WORD = rf"[{_UP}][{_UP}'’-]+"
_SPEAKER_TAG = re.compile(
    rf"\A[ \t]*(?P<tag>{_NAME_WORD}(?:[ \t]+(?:{PARTICLE}[ \t]+)?{_NAME_WORD}){{1,3}}"
    rf"|{_CAPS_WORD}(?:[ \t]+{_CAPS_WORD}){{0,2}}|{_NAME_WORD})"
    r"(?:,[ \t]+(?P<part>[^\W\d_]+))?[ \t]*:[ \t]+(?=\S)"
)
"""A transcript's speaker tag opening a paragraph: a name ("Tessa Varga: …"), a surname or a
name in capitals ("VARGA: …"), a name with its part ("TESSA VARGA, HOST: …"), or a part
alone ("HOST: …", «Ведучий: …»)."""
_ROLES = BROADCAST_ROLES | BROADCAST_ROLES_RU_UK
_ENDS = (".", "!", "?", "…")
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
    for p in _challenges(units, paragraphs, marks):
        marks.update(dict.fromkeys(paragraphs[p], "Q"))
    if _count(units, marks, "A") < MIN_TURNS:
        return {}
    return marks


def _challenges(
    units: list[Unit], paragraphs: dict[int, list[int]], marks: dict[int, str]
) -> list[int]:
    """Paragraphs that are an interviewer's challenge put as a statement between two answers
    ("Some provinces say they were not consulted." then "That's not accurate: …"): one
    sentence that is someone else's saying, with an answer paragraph before and after it."""
    order = sorted(paragraphs)
    found = []
    for before, p, after in zip(order, order[1:], order[2:], strict=False):
        if len(paragraphs[p]) != 1 or not _CHALLENGE.match(units[paragraphs[p][0]].text):
            continue
        if all(marks.get(i) == "A" for i in (paragraphs[before][-1], *paragraphs[p],
                                             paragraphs[after][0])):  # fmt: skip
            found.append(p)
    return found


def _said(units: list[Unit], intro: list[int], outro: list[int]) -> bool:
    """The frame says the page is an interview: its opening paragraphs name the form or carry
    the interviewer's byline, or its closing note says the interview was edited."""
    opening = any(frames(units[i].text) or _CREDIT.search(units[i].text) for i in intro)
    return opening or any(_EDITED.search(units[i].text) for i in outro)


def frames(text: str) -> bool:
    """Does this sentence say the page is an interview ("We put readers' questions to its
    director, Ann Roe.")? The person it names is the interviewee, before a name the
    introduction gives first."""
    return _QA_PAGE.search(text) is not None


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


def told(text: str) -> bool:
    """Does an answer's sentence pass on what someone told the interviewee ("Three of our
    members have told me …", «Фермери кажуть мені …»)? Its teller speaks (double
    attribution, conventions 37 and 40), not the interviewee."""
    return _TOLD.search(text) is not None


def their_data(text: str) -> bool:
    """Does an answer's sentence rest on "their" figures ("That's what their figures show",
    «за їхніми даними»)? They are the body the question named."""
    return _THEIR_DATA.search(text) is not None


def named_in_question(question: str, noun: str) -> str | None:
    """The question's name for the owner an answer's document gives by a common noun ("the
    inspector's report" after "The county inspector criticised …": "county inspector"); None
    when the question does not name it."""
    match = re.search(rf"\b[Tt]he\s+((?:[a-z]+\s+){{0,2}}{re.escape(noun)})\b", question)
    return match.group(1) if match else None


def asked(marks: dict[int, str], i: int) -> list[int]:
    """The unit indexes of the question that answer sentence ``i`` answers."""
    j = i - 1
    while j >= 0 and marks.get(j) == "A":
        j -= 1
    question = []
    while j >= 0 and marks.get(j) == "Q":
        question.append(j)
        j -= 1
    return question[::-1]


def tagged(units: list[Unit]) -> dict[int, str]:
    """Unit index -> the speaker of its turn, for every sentence of a broadcast transcript
    printed with speaker tags ("Tessa Varga: The ferry company will …" / "Owen Talbrook: Fuel
    has gone up …"): a tag starts its speaker's turn, which runs over the untagged
    paragraphs after it until the next tag. A part's tag ("HOST:") gives "" (the programme's
    own words). Empty unless two paragraphs at least are tagged with a person's name, each
    ending on a full sentence, and the text outside the tags names one of them (a transcript
    introduces its speakers): a headline "Smith: 'We will win'", a live blog's entry heading
    "Gasmark: wholesale gas behind the rise", a survey's "Bus drivers: 63 percent …" or a
    release's "Media Contact: …" are no turns."""
    paragraphs = _paragraphs(units)
    firsts = {indexes[0] for indexes in paragraphs.values()}
    bare = " ".join(_SPEAKER_TAG.sub("", u.text) if i in firsts else u.text
                    for i, u in enumerate(units))  # fmt: skip
    tags: dict[int, str] = {}
    for p, indexes in paragraphs.items():
        tag = _speaker_tag(units[indexes[0]].text, bare)
        ends = units[indexes[-1]].text.rstrip(CLOSERS).endswith(_ENDS)
        if tag is not None and ends:
            tags[p] = tag
    people = [tag for tag in tags.values() if tag]
    parted = any(_part(units[paragraphs[p][0]].text) for p in tags)  # ("VARGA, HOST:")
    if len(people) < MIN_TURNS or not (parted or any(tag in bare for tag in people)):
        return {}
    speakers: dict[int, str] = {}
    speaker = None
    for p in sorted(paragraphs):
        speaker = tags.get(p, speaker)
        if speaker is not None:
            speakers.update(dict.fromkeys(paragraphs[p], speaker))
    return speakers


def speaker_tag(text: str) -> str | None:
    """The tag as written at the start of ``text`` ("Tessa Varga" of "Tessa Varga: …")."""
    match = _SPEAKER_TAG.match(text)
    return match.group("tag") if match else None


def _part(text: str) -> str | None:
    """The part a tag gives after its name ("HOST" of "TESSA VARGA, HOST: …"), if any."""
    match = _SPEAKER_TAG.match(text)
    return match.group("part") if match else None


def _speaker_tag(text: str, bare: str) -> str | None:
    """The person a paragraph's opening tag names, "" for a part ("HOST:"), None for no tag
    or a word that names no one: a capitalised word ("Updated:", "READ MORE:", "Gasmark:") is a
    person's surname only when the text without its tags (``bare``) names that person in
    title case, or the tag gives the part ("INSKEEP, HOST:")."""
    match = _SPEAKER_TAG.match(text)
    if match is None:
        return None
    tag, part = match.group("tag"), match.group("part")
    words = tag.split()
    if part is not None and part.lower() not in _ROLES:
        return None  # ("Smith, Jones:" is no name with its part)
    if len(words) == 1 and tag.lower() in _ROLES:
        return ""
    if any(word.title() in STOP_CAPS for word in words):
        return None
    if tag.isupper() or len(words) == 1:
        name = " ".join(word.title() for word in words)
        if part is None and len(words) == 1 and _common_word(name, bare):
            return None  # ("Hazard: …" beside "posing a fire hazard": a form's field label)
        return name if part is not None or name in bare else None
    return tag


def _common_word(word: str, bare: str) -> bool:
    """Does the text use ``word`` in lower case ("a choking hazard", "a full refund")? Then a
    paragraph's "Hazard:" is a field label of a notice, a common noun, never a surname a
    transcript tags its speaker with (a surname is written capitalised wherever it stands)."""
    return re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", bare) is not None


def first_turn(marks: dict[int, str]) -> int:
    """The unit index of the interview's first question or answer."""
    return min(marks) if marks else 0
