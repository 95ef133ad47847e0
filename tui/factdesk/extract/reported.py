"""The content of a reported statement: in "X reported to Y that Z", the verdict is about Z.

A fact-checker rates what is claimed, not that somebody said it. When a claim's sentence
reports speech, the claim detail shows the reported content beside it so the reviewer sees
what the verdict is about. This is a clause-level rule (no parse): the ``that``-complement of
a speech verb ("told the agency that the ministry has concluded..."), or the clause after an
"according to X," lead. A "that" right after the verb's object noun ("said that year") is
ruled out by requiring the complement to hold a verb-like word. "X said Z" with no "that" and
the inverted "Z, X said." / "Z, according to X." have Z when it reads as a clause; "You have
said Z" (an interviewer's premise) has none. A direct quote's content is
its quoted words (``quoted``: "“Z,” X said", "X said: “Z”", «Z», — сказал X), the writer's
speech tag left out; Russian and Ukrainian reported speech's is the clause after «что»/«що»
(«X заявил, что Z»), the words before a dash and a speech verb («Z, — заявив X»), or the
clause after «по словам X,» / «за словами X,». None when the sentence does not report speech
any of these ways.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from factdesk.extract.cues import SPEECH_VERBS, alternation
from factdesk.extract.quotes import QuoteSpan, find_quotes
from factdesk.extract.ru_uk import is_speech_verb
from factdesk.lexicon.cyrillic import DENIALS as CYRILLIC_DENIALS
from factdesk.lexicon.english import (
    BARE_CLAUSE_VERBS,
    CLAUSE_PRONOUNS,
    CLAUSE_SUBJECT_OPENERS,
    DENIAL_RE,
    FINITE_AUXILIARIES,
    RELATIVE_THAT_VERBS,
    SAID_FORMS,
    SUBORDINATORS,
    TELLING_VERBS,
    TIME_PREPOSITIONS,
)
from factdesk.lexicon.months import LONG, WEEKDAYS
from factdesk.lexicon.reporting_ru_uk import ACCORDING, CITING_GERUNDS, CONTENT_CONJUNCTIONS

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
_WHEN = alternation([*WEEKDAYS, "yesterday", "today", "tonight"])
_FRAME = (
    rf"(?:\s+(?:in\s+a\s+statement|on\s+(?:{_WHEN})|(?:{_WHEN})|last\s+(?:week|month|year)"
    rf"|(?:earlier|later)\s+(?:this|on)\s+\w+))?"
)
"""A speech frame's words between the verb and its clause ("said in a statement", "said on
Monday", "told reporters on Friday"): never the clause's subject."""
_PRONOUN = alternation(CLAUSE_PRONOUNS)
_SUBJECT_WORD = rf"(?!(?:{_PRONOUN})\b)[^\s.,;:!?\"“”«»]+"
_BARE = re.compile(
    rf"\b(?:(?-i:{alternation(BARE_CLAUSE_VERBS)})"
    rf"|(?-i:{alternation(TELLING_VERBS)})(?:\s+(?!that\b)[\w’'-]+){{1,3}}?){_FRAME}\s+"
    rf"(?P<content>(?:{_PRONOUN})\s+(?-i:{_RELATIVE}|[a-z]{{2,}}(?:ed|s))\b.*"
    rf"|(?:(?:{alternation(CLAUSE_SUBJECT_OPENERS)})\s+|(?-i:(?=[A-Z0-9]|[a-z]+s\b)))(?!that\b){_SUBJECT_WORD}"
    rf"(?:\s+{_SUBJECT_WORD}){{0,4}}?\s+(?-i:{_RELATIVE}|[a-z]{{2,}}(?<!e)ed)\b.*)$",
    re.IGNORECASE | re.S,
)
"""Reported speech with no "that" (review44 A5: "Mayor Viktor Gromov said the city had set
aside 340 million roubles for the work" had no content, and ClaimReview published the sentence
cut at 75 characters, attribution and all): a speech verb that takes a bare clause
(``BARE_CLAUSE_VERBS``; a telling verb after whom it tells, ``TELLING_VERBS``), a frame's
words, then a clause in a subject's shape: a pronoun and its verb ("said it expects"), or a
noun phrase (``CLAUSE_SUBJECT_OPENERS``, a capital, a figure or a plural, at most five words, no
pronoun among them) and a finite auxiliary, a common irregular past (``RELATIVE_THAT_VERBS``)
or a past in -ed ("said the city had", "said rents rose", "said the plan failed"). "said
that …" is the that-rule's; "said the words again" has no clause."""
_TAG_WORD = r"[^\W\d_][\w’'.-]*"
_TIME_POINT = rf"(?:[12]\d{{3}}s?|then|{alternation([*LONG[1:], *WEEKDAYS])})\b"
"""A year ("2020", "the 1990s" without its article), a month, a weekday or "then": after a
``TIME_PREPOSITIONS`` word, a phrase's, not a clause's."""
_DEPENDENT = (
    rf"(?:{alternation(SUBORDINATORS - TIME_PREPOSITIONS)})\b"
    rf"|(?:{alternation(TIME_PREPOSITIONS)})\b(?!\s+{_TIME_POINT})"
)
"""A dependent clause's opening: a subordinator, unless it is a preposition of time before a
time point ("Since 2020 prices have doubled": the clause's own phrase)."""
_INVERTED = re.compile(
    rf"^(?!{_DEPENDENT})(?P<content>[^\"“”«»„‘’‹›]*?[^\s,]),\s+"
    rf"(?:(?:{_TAG_WORD}\s+){{1,6}}?(?-i:{alternation(BARE_CLAUSE_VERBS)}){_FRAME}"
    rf"|(?:{_TAG_WORD}\s+){{1,6}}?(?-i:{alternation(TELLING_VERBS)})"
    rf"(?:\s+{_TAG_WORD}){{1,2}}?{_FRAME}"
    rf"|(?-i:{alternation(SAID_FORMS - TELLING_VERBS)})(?:\s+{_TAG_WORD}){{1,6}}"
    r"|according\s+to\s+[^,.;:!?\"“”«»]{1,80}?)"
    r"\s*[.!]?\s*$",
    re.IGNORECASE | re.S,
)
"""The inverted report: the clause first, then its speaker and a speech verb ending the
sentence ("The bridge will close in May, the council said.", "…, Mayor Anna Brill said on
Monday.", "…, officials told reporters.", "…, said Mayor Anna Brill.", "…, according to the
mayor."). The tag is a few words with no comma and nothing after the verb but whom it tells
and a frame's words, so "The roads flooded, the mayor said sorry" has no content; the content
must read as a clause (``_clause``) and not open as a dependent one ("After the floods
receded, the mayor said.": ``_DEPENDENT``). A quotation is ``quoted``'s ("“Z,” X said"):
no quote mark anywhere here."""
_ADDRESSED = re.compile(
    r"\byou(?:['’](?:ve|d))?\s+(?:(?:have|had|has|also|often|always|once|previously|"
    r"repeatedly|publicly|already|just|yourself)\s+){0,3}$",
    re.IGNORECASE,
)
"""The introducing verb's subject is "you": an interviewer's premise put to the interviewee
("You have said the budget was too small. Why?"), words addressed to someone, not a statement the
writer reports, so no content is shown as what a verdict judges."""
_COORDINATED_THAT = re.compile(
    rf"(?P<joint>,?\s+(?:and|but|or)\s+)that\s+(?!(?-i:{_AUXILIARY})(?![\w-]))(?=\S)",
    re.IGNORECASE,
)
"""A second that-clause joined to the first ("that the number would fall …, and that two of
its vessels would be laid up"): its "that" opens the clause, no word of the content (review44
A6). Not a demonstrative ("and that was before the war": an auxiliary after it)."""
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


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_LEAD_MARKS = " \t\n\u00a0—–-"
_TAIL_MARKS = " \t\n\u00a0.,;:!?…—–-"
_CLOSED_BY = {"“": "”", "«": "»", "„": "“", '"': '"', "‘": "’", "'": "'", "‹": "›"}
_SENTENCE_END = re.compile(r"[.!?…]\s+\S")
_RU_CONJUNCTION = re.compile(
    rf",\s+(?:{alternation(list(CONTENT_CONJUNCTIONS))})\s+(?P<content>\S.*)$", re.I | re.S
)
_RU_ACCORDING = re.compile(
    rf"^\W*(?:{alternation([a for a in ACCORDING if a not in CITING_GERUNDS])})\s"
    r"[^,.;:!?]{1,80},\s*(?P<content>\S.*)$",
    re.IGNORECASE | re.S,
)
_DASH_TAG = re.compile(
    r"^\W*(?P<content>\S.*?)[,!?…]?\s+[—–]\s+(?P<verb>\w+)(?P<tag>[^—–]*)$", re.S
)
_LEAD_WORDS = 12
"""The most words between a speech verb and its «, что»: «сообщил журналистам по итогам
заседания комиссии, что …»; a verb further back belongs to another clause."""
_TAG_WORDS = 12
"""The most words of a speech tag after its dash («— заявила журналистам глава …»)."""


@dataclass(frozen=True, slots=True)
class Quoted:
    """A claim's content as published: a direct quote's words between the speaker's marks, or
    reported speech's content clause with no marks (``opening`` and ``closing`` empty)."""

    opening: str
    words: str
    closing: str


def reported_content(text: str) -> str | None:
    """Z of "X said/reported/told Y that Z", "According to X, Z", «X заявил, что Z», «Z, —
    сказал X», «По словам X, Z», or a direct quote's quoted words; None if there is none.

    None too when the lead denies Z ("denied that Z", "rejected claims that Z", "said it was not
    true that Z", "did not say that Z", «опроверг, что Z», «не говорил, что Z»): the content the
    verdict judges is then Z's negation, and showing Z as "content" turned a reviewer's rating
    of the denial upside down. A quote is the speaker's own words: its content is them, unless
    the writer's reported "that" clause comes first ("X said that Z, adding: “W”")."""
    found = content_parts(text)
    return None if found is None else found.words


def content_parts(text: str) -> Quoted | None:
    """What ``reported_content`` finds, with the quote marks to publish it in: a direct
    quote's own marks, none ("") for reported speech (the writer's paraphrase)."""
    spans = _spans(text)
    found = _reported(text)
    if found is not None and (not spans or found[0] < spans[0].start):
        return Quoted("", found[1], "")
    quote = quoted(text, spans)
    if quote is not None:
        return quote
    return None if found is None else Quoted("", found[1], "")


def quoted(text: str, spans: list[QuoteSpan] | None = None) -> Quoted | None:
    """The quoted words of a sentence that is a direct quote and its speech tag ("“Z,” X
    said", "X said: “Z.”", «Z», — сказала X, «A, — сказал он. — B»), or one whose every
    word is quoted; None for a quoted name or title inside the writer's own sentence ("the
    report, titled “Water for All”, says …"), and when no quoted words are left. Pieces
    parted by the writer's tag are joined by an ellipsis: the tag is not the speaker's."""
    spans = _spans(text) if spans is None else spans
    if not spans:
        return None
    head = text[: spans[0].start]
    tail = text[spans[-1].end :]
    between = [text[a.end : b.start] for a, b in pairwise(spans)]
    writer = " ".join([head, *between, tail])
    starts = not head.strip(_LEAD_MARKS)
    ends = not tail.strip(_TAIL_MARKS) and head.rstrip(" \t\u00a0—–").endswith((":", ","))
    if not (starts or ends) or (writer.strip(_TAIL_MARKS) and not _speech_in(writer)):
        return None
    if starts and not ends and not _tag_follows(text, spans[0]):
        return None  # “Water for All” is the campaign's slogan: a title, not a quote
    pieces = [_inside(text, span) for span in spans]
    words = " … ".join(piece for piece in pieces if piece)
    if len(_WORD.findall(words)) < 3:
        return None
    opening = text[spans[0].start]
    return Quoted(opening, words, _CLOSED_BY.get(opening, opening))


def _spans(text: str) -> list[QuoteSpan]:
    """The closed quotations of ``text``, the writer's asides inside guillemets taken out."""
    spans: list[QuoteSpan] = []
    for span in find_quotes(text, is_speech_verb):
        if spans and span.start < spans[-1].end:
            continue  # a name quoted inside the quote: «… с «Газпромом» …»
        if span.end - span.start > 2 and not text[span.end - 1].isspace():
            spans.append(span)
    return spans


def _inside(text: str, span: QuoteSpan) -> str:
    """A quotation's words without its marks and the punctuation the tag needs ("Z," → Z)."""
    inner = text[span.start : span.end]
    if inner[:1] in _CLOSED_BY:
        inner = inner[1:]
    if inner[-1:] in "”»“\"’'›":
        inner = inner[:-1]
    return inner.strip(" \t\n\u00a0,;:—–-").removesuffix(".").rstrip()


def _tag_follows(text: str, span: QuoteSpan) -> bool:
    """A quote at a sentence's start closes as speech does: punctuation before its closing
    mark ("Z,” X said", «Z?» — спросил) or a comma or dash after it («Z», — сказал X)."""
    before = text[span.end - 2 : span.end - 1]
    after = text[span.end : span.end + 3].lstrip(" \u00a0")
    return before in ",.!?…" or after[:1] in ",—–"


def _speech_in(words: str) -> bool:
    """The writer's words hold a verb of speech, English or Russian/Ukrainian."""
    return any(
        word.lower() in SPEECH_VERBS or is_speech_verb(word) for word in _WORD.findall(words)
    )


def _reported(text: str) -> tuple[int, str] | None:
    """Where reported speech's content starts and the content, English or Russian/Ukrainian."""
    that = _AFTER_RELATIVE.search(text) or _THAT.search(text)
    if that is not None and _bare_before_joined_that(text, that):
        that = None  # "said A, and that B": the content is A and B, not B alone
    for found in (
        that or _ACCORDING.search(text),
        None if that else _BARE.search(text),  # "said it was not true that Z": no content
        _RU_ACCORDING.search(text),
        _INVERTED.search(text),
    ):
        if found is None:
            continue
        if found.re in (_THAT, _AFTER_RELATIVE, _BARE) and (
            _denied(text, found) or _addressed(text, found)
        ):
            continue  # "X denied that Z", "did not say that Z", "You have said Z": not X's Z
        if found.re is _ACCORDING and _denied(text, found):
            continue
        content = _clause(found.group("content"), finite=found.re is not _RU_ACCORDING)
        if content is not None and found.re in (_THAT, _AFTER_RELATIVE, _BARE):
            content = _COORDINATED_THAT.sub(r"\g<joint>", content)
        if content is not None:
            return found.start("content"), content
    return _reported_ru_uk(text)


def _bare_before_joined_that(text: str, that: re.Match[str]) -> bool:
    """The that-rule's "that" is a second clause's, joined by "and"/"but"/"or" to a first
    clause the same verb took with no "that": "The union said the new rota would cut rest time
    from 12 hours to eight, and that the operator had imposed it" (review46 B1). The that-rule
    reaches 90 characters past the verb for its "that", so it ran over the first clause and the
    content was the second alone: the claim detail, the Markdown report and ClaimReview's
    claimReviewed lost the figure the reviewer had rated. Then the bare-clause rule
    (``_BARE``) reads from the first clause on, and ``_COORDINATED_THAT`` drops the joint's
    "that". A first "that" ("said that A, and that B") and a "that" after any other word
    ("said the fault that hit the line …") are the that-rule's as before."""
    if _JOINED_THAT.search(text, 0, that.start("content")) is None:
        return False
    bare = _BARE.search(text)
    return (
        bare is not None
        and bare.start() == that.start()
        and bare.start("content") < that.start("content")
    )


_JOINED_THAT = re.compile(r",?\s+(?:and|but|or)\s+that\s+$", re.IGNORECASE)
"""The end of a that-rule's lead when its "that" opens a coordinated second clause."""


def _reported_ru_uk(text: str) -> tuple[int, str] | None:
    """«X заявил, что Z» (a speech verb at most ``_LEAD_WORDS`` words before «, что»), «Z, —
    заявив X» (a dash, then a speech verb opening a short tag), unless the verb is a denial or
    negated («опроверг, что Z», «не говорил, что Z»)."""
    for found in _RU_CONJUNCTION.finditer(text):
        lead = text[: found.start()]
        words = list(_WORD.finditer(lead))[-_LEAD_WORDS:]
        verbs = [w for w in words if is_speech_verb(w.group())]
        if not verbs or re.search(r"[.;:!?\"“”«»]", lead[verbs[-1].end() :]):
            continue
        start = words[max(0, words.index(verbs[-1]) - 2)].start()
        if CYRILLIC_DENIALS.search(lead[start:]):
            return None
        content = _clause(found.group("content"), finite=False)
        return None if content is None else (found.start("content"), content)
    tag = _DASH_TAG.match(text)
    if (
        tag is None
        or not is_speech_verb(tag.group("verb"))
        or len(_WORD.findall(tag.group("tag"))) > _TAG_WORDS
        or _SENTENCE_END.search(tag.group("tag"))
        or CYRILLIC_DENIALS.search(tag.group("verb"))
    ):
        return None
    content = _clause(tag.group("content"), finite=False)
    return None if content is None else (tag.start("content"), content)


def _clause(content: str, finite: bool = True) -> str | None:
    """``content`` trimmed and capitalised, if it reads as a clause: three words at least
    and, in English (``finite``), a verb-like word and no "that year" / "that day"."""
    content = _trim(content)
    if content[:1] in _CLOSED_BY and content[-1:] == _CLOSED_BY[content[0]]:
        inner = content[1:-1]
        if not any(mark in inner for mark in (content[0], content[-1])):
            content = inner.strip(_EDGE)  # said that "Z": Z, the writer's marks dropped
    if len(content.split()) < 3:
        return None
    if finite and (_NOT_A_CLAUSE.match(content) or not _FINITE.search(content)):
        return None
    return content[0].upper() + content[1:]


def _introducer(text: str, found: re.Match[str]) -> int:
    """Where the verb that introduces Z starts: the last speech verb between the match's start
    and its content ("said there was no evidence of fraud and told staff that Z": "told")."""
    verbs = list(_INTRODUCER.finditer(text, found.start(), found.start("content")))
    return verbs[-1].start() if verbs else found.start()


def _addressed(text: str, found: re.Match[str]) -> bool:
    """The introducing verb's subject is "you" (``_ADDRESSED``)."""
    return _ADDRESSED.search(text[: _introducer(text, found)]) is not None


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
    start = _introducer(text, found)
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
