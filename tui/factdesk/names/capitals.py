"""Names by capitalisation: the fallback for text the entity recogniser cannot read.

The English pipeline has no Russian or Ukrainian model (``names.mentions`` reads English from
its entities); for those paragraphs ``capital_mentions(text) -> list[Mention]`` finds names by
their capitals, with ``text[m.start:m.end] == m.text`` and the types of ``mentions.KINDS``.

Writing capitalises names, but also the first word of every sentence and every word of a
headline. So a capitalised word that starts a sentence, opens a quote or sits in a title-case
line counts as a name only with evidence: it is capitalised mid-sentence elsewhere in the
text, is an acronym or a given name, or has the shape of a Slavic name (-sk, -ivka, -enko…).
Runs of capitalised words are cut at titles ("President"), months and before a given name,
and bridged by "of (the)" only after an organisation word ("Ministry of Defense"). Months (English,
Russian, Ukrainian) are never names. Everything here is grammar and word lists; no article's
names are listed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from factdesk.domain.models import Mention
from factdesk.lexicon.cyrillic import CYRILLIC as CYRILLIC_LETTER
from factdesk.lexicon.cyrillic import name_stem
from factdesk.lexicon.english import (
    CALENDAR_CAPS,
    DEMONYMS,
    HONORIFICS,
    NAME_SPEECH_VERBS,
    ORG_HEADS,
    OUTLET_HEADS,
    PLACE_CUE_NOUNS,
    PLACE_HEADS,
    TIME_ZONES,
    words,
)
from factdesk.lexicon.given_names import known_given
from factdesk.lexicon.institutions import named_bodies
from factdesk.lexicon.months import CYRILLIC, is_feast
from factdesk.lexicon.reporting_ru_uk import (
    CYRILLIC_LANDMARK_STEMS,
    INSTITUTION_HEADS,
    OFFICE_STEMS,
    OPENING_WORDS,
    ORG_ANAPHORS,
    ORG_STEMS,
    RELATIVE_FORMS,
)
from factdesk.names.spelling import is_country, is_given_name, romanise

_TOKEN = re.compile(r"\d+(?:st|nd|rd|th)\b|[^\W\d_]\w*(?:[-'’][^\W\d_]\w*)*")
_SENTENCE_END = re.compile(r"[.!?…:]['’\"”»)]*\s*$|^\s*$|\n\s*$|[‘“«„‚\"(\[]\s*$")
"""What a sentence-initial word follows: a stop, a line's start, an opening quote (the low
„ of Ukrainian and German too: «„Ми бачимо …»» made "Ми", we, a name in four articles)."""
_ROMAN = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")
"""A Roman numeral up to 39 (centuries, reigns), read whole."""
_QUOTED = re.compile(r"[‘“«\"]([^‘’“”«»\"\n]{2,60}?)[,.;]?[’”»\"](?!\w)")
_POSSESSIVE = re.compile(r"['’]s$")
_POSSESSIVE_GAP = re.compile(r"['’]s $")


_ROLE_WORDS = words(
    """President Chief Commander General Colonel Lieutenant Major Sergeant Captain Minister
    Prime Deputy Head Mr Mrs Ms Dr Adviser Advisor Editor Governor Mayor Secretary Spokesman
    Spokeswoman Spokesperson Ambassador Senator Chancellor King Queen Pope Patriarch Marshal
    Admiral Premier Speaker Director Prosecutor Judge Analyst Expert Commissioner Envoy Leader
    Chairman Chairwoman Founder CEO Professor Sir Lady Lord Saint St Gen Col Lt Maj Sgt Capt
    Councillor Councilor Councilwoman Councilman Councilmember Cllr Alderman Alderwoman
    Inspector Superintendent Detective Constable Sheriff Supt Insp MP Attorney Assistant"""
)
TITLES = _ROLE_WORDS | HONORIFICS
"""Words of a role or a form of address, cut from a name they lead; every one of the forms of
address (``HONORIFICS``: "Prof", "Miss", "Mx", "Dame" were in that list only, so "Prof
Pembly" stayed whole and "Dame …" came out a body)."""


def never_a_name(word: str) -> bool:
    """A word that is no name on its own, however it is capitalised: one letter ("D" of
    "(D-Nev.)"), a Roman numeral of centuries and reigns ("XIX століття"), a time zone
    ("GMT")."""
    return len(word) == 1 or word in TIME_ZONES or _ROMAN.fullmatch(word) is not None


MONTHS = CALENDAR_CAPS | {month.capitalize() for month in CYRILLIC}
"""Capitalised calendar words cut a run of names ("Petrenko on Monday", "Ноябрь")."""
SPEECH = NAME_SPEECH_VERBS
UNIT_HEADS = words(
    """Brigade Regiment Battalion Division Corps Army Guard Company Squadron Fleet Group
    brigade regiment battalion division unit corps squad detachment"""
)
FUNCTION = words(
    """The A An This That These Those But And Or Nor If In On At As It He She They We I You His
    Her Its Their Our My Your For From With Without By To Of After Before During While When
    Where What Which Who Whom Whose Why How Despite Meanwhile However Yet Still Also Amid Among
    According Although Though Since Until Unless Because So Then There Here Such Some Many Most
    All Both Each Every No Not None"""
)
"""Words that are never a name on their own, wherever they stand."""
COMMON = FUNCTION | words(
    """One Two Three Four Five Six Seven Eight Nine Ten Earlier
    Later Late Currently Additionally Exactly Whether Proponents Critics Officials Analysts
    Residents Local Photo Screenshot Video Source Update Breaking Post Comment Comments
    Read More Share Related Fighting Civilian Western Military
    Ukrainian Russian Blog Why Yes Perhaps Even Just Only Now Today Yesterday Tomorrow Over
    Under Up Down Out About Against Between Into Through Across Toward Towards Around Near"""
)
CYRILLIC_PLACE_CUES = words(
    """в во на под из у около возле близ вблизи город города городе село села селе поселок
    посёлок області области район районе біля під із з поблизу місто міста місті селище"""
)
"""Russian and Ukrainian words before a place name ("в Купянске", "біля Куп'янська")."""
CYRILLIC_PLACE_NOUNS = CYRILLIC_PLACE_CUES - words(
    """в во на под из у около возле близ вблизи біля під із з поблизу"""
)
"""The nouns of ``CYRILLIC_PLACE_CUES`` («города», «району»), not its prepositions: after a
role («мэр города», «голова району») the name that follows is the officer's, when it has a
person's shape."""
PLACE_CUES = PLACE_CUE_NOUNS | words(
    "in near of to from toward towards outside around across into at"
)
_NAME_SHAPES = re.compile(
    r"(?:sk|sk[aeiy]|ivka|ovka|ivk|evka|ino|ovo|eve|ove|ivske|iv|ovsk|enko|chuk|yuk|uk|ovich|"
    r"evich|ovych|sky|skyi|skiy|ski|ska|ova|eva|ov|ev|grad|hrad|horod|gorod|pol|pil|opol)$"
)
_PERSON_SHAPES = re.compile(r"(?:enko|chuk|yuk|ovich|evich|ovych|ov|ev|ova|eva|in|ina|ko)$")
_PLACE_SHAPES = re.compile(r"(?:sk|ivka|ovka|evka|ino|ovo|ove|eve|ne|grad|hrad|horod|pol|pil)$")


@dataclass(slots=True)
class _Token:
    start: int
    end: int
    text: str
    initial: bool
    """Starts a sentence, a line or a quote, or sits in a title-case line: needs evidence."""


def _headline_lines(text: str) -> list[tuple[int, int]]:
    """Spans of title-case lines ("Russian Forces Push Closer to Kupyansk")."""
    spans, offset = [], 0
    for line in text.splitlines(keepends=True):
        words = re.findall(r"[^\W\d_][\w'’-]*", line)
        content = [w for w in words if len(w) > 3 and w.capitalize() not in FUNCTION]
        if len(content) >= 3 and all(w[0].isupper() for w in content):
            spans.append((offset, offset + len(line)))
        offset += len(line)
    return spans


def _tokens(text: str) -> list[_Token]:
    headlines = _headline_lines(text)
    tokens = []
    for match in _TOKEN.finditer(text):
        start, word = match.start(), _POSSESSIVE.sub("", match.group())
        before = text[max(0, start - 4) : start]
        initial = bool(_SENTENCE_END.search(before)) or any(a <= start < b for a, b in headlines)
        tokens.append(_Token(start, start + len(word), word, initial))
    return tokens


def _evidence(text: str, tokens: list[_Token]) -> tuple[set[str], set[str]]:
    """Words capitalised mid-sentence somewhere, and words also written in lower case."""
    capitalised = {t.text for t in tokens if not t.initial and t.text[:1].isupper()}
    lower = {t.text for t in tokens if t.text[:1].islower()}
    return capitalised, lower


def _is_cap(token: _Token) -> bool:
    return token.text[:1].isupper() or bool(re.match(r"\d", token.text))


def _credible(token: _Token, capitalised: set[str], lower: set[str]) -> bool:
    """May this capitalised word be (part of) a name here?"""
    word = token.text
    if word in MONTHS or word == "I":
        return False
    if not token.initial:
        return word not in FUNCTION
    if word in COMMON or word.lower() in lower:
        return False
    if word in capitalised or (word.isupper() and len(word) > 1) or is_given_name(word):
        return True
    if is_country(word):
        return True  # "Латвія призове ...": a country's name is evidence of itself
    return bool(_NAME_SHAPES.search(word.lower())) and not word.lower().endswith("ing")


_APPOSITION = re.compile(r",[ \t]+((?:[^\W\d_][\w'’-]*[ \t]+){0,3}[^\W\d_][\w'’-]*)")
"""What follows a name in apposition: a comma and up to four words («, финансовый директор»)."""


def _office_apposition(text: str, end: int) -> bool:
    """The name ending at ``end`` is followed by an office in apposition, in lower-case
    Cyrillic words («Мара Холт, финансовый директор порта, заявила»): only a person holds
    an office (``OFFICE_STEMS``; a body's noun such as «мэрия» is none: ``_office``). Only
    adjectives come before the office («финансовый», «бывший»), and no relative pronoun
    after it: «В Кривом Роге, по словам мэра, …», «Южная Корея, президент которой …» tell of
    a place (review37: both typed a person once)."""
    found = _APPOSITION.match(text, end)
    if found is None:
        return False
    words = found.group(1).split()
    if any(RELATIVE_FORMS.match(word.casefold()) for word in words):
        return False
    for word in words:
        if not CYRILLIC_LETTER.search(word) or not word[:1].islower():
            return False
        if _office(word):
            return True
        if not _ADJECTIVE.match(word.casefold()):
            return False  # («по словам мэра», «где губернатор»: no apposition)
    return False


def _introduced(text: str, tokens: list[_Token]) -> set[int]:
    """Indices of sentence-opening words that open a two-word name an office follows in
    apposition («Мара Холт, финансовый директор порта, заявила»): a given name no list knows
    needs evidence at a sentence's start (``_credible``), and the apposition is that. The
    name was read as its surname alone, which then joined no one (desk37). A word opening
    sentences before a bare surname («Вчера Холт, директор порта, …»: ``OPENING_WORDS``) is
    none."""
    found = set()
    for i, (first, second) in enumerate(pairwise(tokens)):
        if (
            first.initial
            and not second.initial
            and CYRILLIC_LETTER.search(first.text)
            and first.text.casefold() not in OPENING_WORDS
            and first.text[:1].isupper()
            and second.text[:1].isupper()
            and text[first.end : second.start] == " "
            and _office_apposition(text, second.end)
        ):
            found.add(i)
    return found


def _runs(text: str, tokens: list[_Token]) -> list[list[_Token]]:
    """Runs of credible capitalised tokens, bridged by "of (the)" after an organisation word."""
    capitalised, lower = _evidence(text, tokens)
    introduced = _introduced(text, tokens)
    runs: list[list[_Token]] = []
    current: list[_Token] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        credible = _credible(token, capitalised, lower) or i in introduced
        if _is_cap(token) and credible and not _title(tokens, i):
            gap = text[current[-1].end : token.start] if current else ""
            joined = gap == " " or (_POSSESSIVE_GAP.match(gap) and token.text in ORG_HEADS)
            if current and (not joined or _cut_before(current, token)):
                runs.append(current)
                current = []
            current.append(token)
            i += 1
            continue
        bridged = _bridge(text, tokens, i, current)
        if bridged:
            current.extend(bridged[0])
            i = bridged[1]
            continue
        if current:
            runs.append(current)
            current = []
        i += 1
    if current:
        runs.append(current)
    return runs


def _title(tokens: list[_Token], i: int) -> bool:
    """A title cuts a name ("President Vladimir Putin"), unless a body's ("General Staff")."""
    if tokens[i].text not in TITLES:
        return False
    return not (i + 1 < len(tokens) and tokens[i + 1].text in ORG_HEADS)


def _cut_before(current: list[_Token], token: _Token) -> bool:
    """Start a new run: a given name after a non-given word, or a word after an org head."""
    last = current[-1].text
    if is_given_name(token.text) and not is_given_name(last) and last not in DEMONYMS:
        return True
    return last in ORG_HEADS and token.text not in ORG_HEADS and not token.text[:1].isdigit()


def _bridge(
    text: str, tokens: list[_Token], i: int, current: list[_Token]
) -> tuple[list[_Token], int] | None:
    """'Ministry of Defense', 'National Guard of Ukraine': of/of the between org and name."""
    if not current or current[-1].text not in ORG_HEADS or tokens[i].text != "of":
        return None
    j = i + 1 + (i + 1 < len(tokens) and tokens[i + 1].text == "the")
    if (
        j < len(tokens)
        and _is_cap(tokens[j])
        and tokens[j].text not in TITLES | MONTHS
        and "\n" not in text[current[-1].end : tokens[j].start]
    ):
        return tokens[i:j], j
    return None


def _trim(run: list[_Token]) -> list[_Token]:
    """Drop leading/trailing glue and demonyms that do not belong to an organisation name."""
    while run and (run[-1].text in ("of", "the") or run[-1].text in DEMONYMS):
        run = run[:-1]
    has_org = any(t.text in ORG_HEADS for t in run)
    while run and run[0].text in DEMONYMS and not has_org:
        run = run[1:]
    while len(run) > 1 and run[-1].text in PLACE_HEADS:
        run = run[:-1]  # "the Oskol River" is the Oskol: one name with or without its head
    return run


def _shapes(words: list[str]) -> tuple[str, ...]:
    """The last word of a name as the shape patterns read it (``_PERSON_SHAPES``...): a Latin
    word in lower case; a Cyrillic one romanised without apostrophes, as written and in the
    form its key is made from (``cyrillic.name_stem``), so «Величко», «Климовой» and
    «Остапчука» read as "velichko", "klimova", "ostapchuk" (``_shaped``). The patterns are
    Latin: a Ukrainian or Russian surname met none of them, and a plain «Ім'я Прізвище»
    was an untyped name. An acronym or a country has no shape; a word in -ька is read as
    written only (a town's genitive and a woman's surname end so alike)."""
    last = words[-1]
    if not CYRILLIC_LETTER.search(last):
        return (last.lower(),)
    if last.isupper() or is_country(last):
        return ()  # «ОВА» reads "ova", «України» "ukrainy": an acronym, a country
    stem = name_stem(last, words[-2] if len(words) > 1 else None, known_given)
    if last.casefold().endswith("ька"):
        stem = last  # «Луцька», «Вітвицька»: a town's genitive or a woman's name
    return tuple(re.sub(r"[^a-z-]", "", romanise(w).lower()) for w in (last, stem))


_CASE_ENDING = re.compile(
    r"(?:[аяуюеєіїиыоь]|ом|ем|єм|ём|ою|ею|єю|ой|ей|ам|ям|ах|ях|ами|ями|ів|ов|ев|ій|ии|ию|ией|ією"
    r"|ія|ия|ії|ію)?"
)
"""What may follow an institution's stem in one of its cases («Міністерстві», «Институту»,
«Федерація» of the stem «федерац»): a word going on otherwise is another word («Советск»,
«Заводском»)."""
COMPOUND_STEM = 5
"""The fewest letters of an institution's stem ending a compound word («Державіаслужбі»):
a shorter one ends too many other words («Ленинграда» ends in «рада»)."""


def _in_some_case(low: str, stems: Iterable[str]) -> bool:
    """``low`` (lower case) is one of ``stems`` in some case and nothing more
    (``_CASE_ENDING``): «службі», «міністерства»."""
    return any(
        low.startswith(stem) and _CASE_ENDING.fullmatch(low[len(stem) :]) is not None
        for stem in stems
    )


def _institution(word: str) -> bool:
    """A one-word Cyrillic name that is an institution's noun in some case, alone or ending a
    compound (``reporting_ru_uk.ORG_STEMS``, ``ORG_ANAPHORS``: «Міністерстві», «Института»,
    «Державіаслужбі»). After «в», «у», «на» such a word is where a body said something
    («у Державіаслужбі повідомили»), not a place; the place cues typed it one."""
    low = word.casefold()
    if not CYRILLIC_LETTER.search(low):
        return False
    for stem in INSTITUTION_STEMS:
        at = low.find(stem)
        if at < 0 or (at > 0 and (at < 3 or len(stem) < COMPOUND_STEM)):
            continue
        if _CASE_ENDING.fullmatch(low[at + len(stem) :]):
            return True
    return False


def _anaphor(word: str) -> bool:
    """A Cyrillic word that is one of the common nouns standing for a body named before,
    in some case, and nothing more («Міністерства», «Компанії»; ``ORG_ANAPHORS``): alone it
    is never a name, capitalised or not. The names view listed «Міністерства» as one name
    gathering every ministry of the desk. A compound («Держпраці», «Державіаслужбі») is a
    body's own name and stays."""
    low = word.casefold()
    return bool(CYRILLIC_LETTER.search(low)) and _in_some_case(low, ORG_ANAPHORS)


def _shaped(pattern: re.Pattern[str], shapes: tuple[str, ...]) -> bool:
    return any(pattern.search(shape) for shape in shapes)


def _kind(text: str, run: list[_Token]) -> str:
    words = [t.text for t in run]
    shapes = _shapes(words)
    head = re.split(r"[.!?\n]", text[max(0, run[0].start - 40) : run[0].start])[-1]
    before = head.lower().split()
    prev = before[-1] if before else ""
    after = text[run[-1].end : run[-1].end + 30].lower().split()
    follow = after[0].strip(",.;:") if after else ""
    told = (
        prev == "told" or before[-2:] == ["interview", "with"] or before[-2:] == ["reports", "in"]
    )
    if any(w in OUTLET_HEADS for w in words) or (told and len(words) <= 3):
        return "outlet"
    if words[0][:1].isdigit() or any(w in UNIT_HEADS for w in words) or prev in UNIT_HEADS:
        return "unit"
    if any(w in ORG_HEADS for w in words) or (len(words) == 1 and words[0].isupper()):
        return "organisation"
    if len(words) == 1 and is_country(words[0]):
        return "place"
    if len(words) == 1 and _institution(words[0]):
        return "organisation"  # «у Державіаслужбі», «в Министерстве»: a body, not a place
    if len(words) == 1 and is_feast(words[0]):
        return "name"  # «на Пасху», «до Різдва»: a time, not a place after «на», «до»
    if prev.startswith(CYRILLIC_LANDMARK_STEMS):
        return "place"
    if (is_given_name(words[0]) and len(words) >= 2) or prev.capitalize() in TITLES:
        return "person"
    if prev in CYRILLIC_PLACE_NOUNS and len(words) == 2 and _shaped(_PERSON_SHAPES, shapes):
        return "person"  # «мэр города Ильдар Мухаметов»: the town's officer, not the town
    if (
        len(words) == 2
        and prev not in CYRILLIC_PLACE_CUES
        and _office_apposition(text, run[-1].end)
    ):
        return "person"  # «Мара Холт, финансовый директор порта, заявила»
    if _office_holder(prev, words):
        return "person"  # «Мэр Ильво Таррент заявил»: an office's holder, whatever the shape
    if before[-2:] == ["according", "to"] or follow in SPEECH:
        return "person" if _shaped(_PERSON_SHAPES, shapes) else "name"
    if (
        prev in PLACE_CUES | CYRILLIC_PLACE_CUES
        or follow in PLACE_CUES
        or _shaped(_PLACE_SHAPES, shapes)
    ):
        return "place"
    if len(words) == 2 and _shaped(_PERSON_SHAPES, shapes):
        return "person"
    return "name"


_GENITIVE_ADJECTIVE = re.compile(r"\w{2,}(?:ого|его|ой|ых|их|ої)$")
"""A Cyrillic adjective in the genitive («Нижнего», «Южной», «Соединённых», «Білої»): the
first word of a two-word place an office is of («мэр Нижнего Новгорода», «мер Кривого Рогу»,
«посол Саудовской Аравии»), never a given name (review37: each of these was typed a person)."""


def _office_holder(prev: str, words: list[str]) -> bool:
    """Two capitalised words after an office (``_office``) are its holder's given name and
    surname, unless one is a country's name or the first is an adjective in the genitive (a
    two-word place's name: ``_GENITIVE_ADJECTIVE``)."""
    return (
        len(words) == 2
        and _office(prev)
        and not any(is_country(w) for w in words)
        and not _GENITIVE_ADJECTIVE.fullmatch(words[0].casefold())
    )


def _office(word: str) -> bool:
    """A Cyrillic word naming an office one person holds, in some case («мэр», «депутата»,
    «міністр»: ``OFFICE_STEMS``): the two capitalised words right after it are its holder's
    given name and surname. An office before a body's or a place's name takes that name in the
    genitive, one word («глава Минобороны», «мэр Києва»), or the name holds a body's word
    (typed before this is asked). A body's noun an office's stem opens («мэрия», «мерія»:
    ``_institution``) is no office."""
    return (
        bool(CYRILLIC_LETTER.search(word))
        and word.startswith(OFFICE_STEMS)
        and not _institution(word)
    )


def _quoted(text: str) -> list[Mention]:
    """Short title-case quotes are names: the brigade 'Five-Naked', «National Defense»."""
    found = []
    for match in _QUOTED.finditer(text):
        inner = match.group(1).strip()
        words = inner.split()
        if not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
            continue
        start = match.start(1) + match.group(1).index(inner)
        before = text[max(0, match.start() - 30) : match.start()].lower().split()
        prev = before[-1] if before else ""
        kind = (
            "unit"
            if prev in UNIT_HEADS
            else "outlet"
            if prev in ("journal", "newspaper")
            else "name"
        )
        found.append(Mention(start, start + len(inner), inner, kind))
    return found


INSTITUTION_STEMS = tuple(
    dict.fromkeys(s for s in (*ORG_STEMS, *ORG_ANAPHORS) if len(s) >= 4 and "-" not in s)
)
"""Institution nouns' stems long enough to be told from a place's letters (not «суд» of
«Судак»)."""

_TYPES = {"unit": "organisation", "outlet": "organisation"}
"""The finer kinds the capital rules tell apart, as the desk's types (``mentions.KINDS``)."""


def capital_mentions(text: str) -> list[Mention]:
    """Every capitalised name in ``text``, in order, with exact offsets and a type."""
    return [Mention(m.start, m.end, m.text, _TYPES.get(m.kind, m.kind)) for m in _mentions(text)]


def _mentions(text: str) -> list[Mention]:
    quoted = _quoted(text)
    taken = [(m.start, m.end) for m in quoted]
    mentions = list(quoted)
    tokens = _tokens(text)
    at = {t.start: i for i, t in enumerate(tokens)}
    for whole in _runs(text, tokens):
        for run in _person_apart(_trim(whole)):
            if not run or all(t.text in COMMON for t in run):
                continue
            if len(run) == 1 and never_a_name(run[0].text):
                continue
            if len(run) == 1 and _anaphor(run[0].text):
                continue  # «Представник Міністерства повідомив»: which ministry, the text said
            start, end = run[0].start, run[-1].end
            if any(a <= start < b or a < end <= b for a, b in taken):
                continue
            if len(run) == 1 and (head := _institution_head(text, tokens, at[start])):
                mentions.append(Mention(start, head, text[start:head], "organisation"))
                continue
            mentions.append(Mention(start, end, text[start:end], _kind(text, run)))
    return sorted(_with_bodies(text, mentions), key=lambda m: m.start)


def _with_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, a body named with its country (``institutions.named_bodies``:
    «Минобороны России») one organisation in place of what was found inside it (its country
    alone): the names view lists the body, one group with its English name ("Ministry of
    Defence of Russia", ``institutions.spelled_body``), as the English recogniser reads it."""
    bodies = named_bodies(text)
    if not bodies:
        return mentions
    kept = [m for m in mentions if not any(m.start < b and a < m.end for a, b in bodies)]
    return kept + [Mention(a, b, text[a:b], "organisation") for a, b in bodies]


_NAME_ADJECTIVE = re.compile(
    r"\w{3,}н(?:ий|ій|ый|ая|а|е|ое|є|ого|ому|ої|ою|ой|ую|их|ых|им|ым|ими|ыми|і|ые)$"
)
"""A Cyrillic adjective in -н- in some case («Державній», «Національної», «Генерального»): the
first word of an institution's name, the only one capitalised. Place adjectives are in -ськ-
and -цьк- («Донецької області»): they stay the place's name."""
_ADJECTIVE = re.compile(
    r"\w{2,}(?:ий|ій|ый|ой|ая|яя|ое|ее|є|ого|его|ому|ему|ої|ою|ую|юю|их|ых|іх|им|ым|ими|ыми|ні|ые)$"
)
"""Any Cyrillic adjective's ending: a lower-case word of the name before its noun
(«Державній прикордонній службі»)."""
MAX_NAME_ADJECTIVES = 2
"""Lower-case adjectives read between the capitalised one and the institution's noun."""


def _head_noun(low: str) -> bool:
    """A lower-case word that is an institution's noun in some case («службі», «гвардії»)."""
    return _in_some_case(low, INSTITUTION_HEADS)


def _institution_head(text: str, tokens: list[_Token], i: int) -> int | None:
    """Where an institution's name that ``tokens[i]`` opens ends: a capitalised Cyrillic
    adjective in -н- (``_NAME_ADJECTIVE``), at most ``MAX_NAME_ADJECTIVES`` lower-case
    adjectives, then a lower-case institution noun (``INSTITUTION_HEADS``: «у Державній
    службі повідомили», «бійці Національної гвардії»), each one space after the last. The
    capitalised adjective alone was listed as a name («Державній», «Національної») and
    typed a place after «у»; the noun makes it the body's name. None: no such name here."""
    word = tokens[i].text
    if not CYRILLIC_LETTER.search(word) or not _NAME_ADJECTIVE.match(word.casefold()):
        return None
    for j in range(i + 1, min(len(tokens), i + 2 + MAX_NAME_ADJECTIVES)):
        token, low = tokens[j], tokens[j].text
        if text[tokens[j - 1].end : token.start] != " " or not low[:1].islower():
            return None
        if not CYRILLIC_LETTER.search(low):
            return None
        if _head_noun(low):
            return token.end
        if not _ADJECTIVE.match(low):
            return None
    return None


_PATRONYMIC = re.compile(r"(?:вич|вн|ичн|ічн)[а-яіїє]{0,3}$|(?:улы|ұлы|кызы|қызы)$")


def _person_apart(run: list[_Token]) -> list[list[_Token]]:
    """A Cyrillic run of three words or more whose last two are a given name and a surname the
    lexicon does not know, after a body's or a place's name in the genitive: two names
    («начальник полиции Заречья Адил Курманов», «директор Агробанка Тимур Ауэзов», «глава
    МВД Заречья Адил Курманов»). Joined, the place or the body was keyed into the person's
    name, so neither met its other spelling (match23b). ``_cut_before`` cuts so before a
    given name the lexicon knows; this reads the shape instead: the last word a surname's
    (``_PERSON_SHAPES``: -ов, -ева, -енко ...), the middle one neither a surname's shape, a
    patronymic's («Иван Петрович Сидоров» is one person) nor an acronym, the first no given
    name and no surname («Сидоров Нурлан Асанбеков»)."""
    if len(run) < 3 or not all(CYRILLIC_LETTER.search(t.text) for t in run):
        return [run]
    first, middle, last = (t.text for t in run[-3:])
    if middle.isupper() or _PATRONYMIC.search(middle):
        return [run]
    if is_given_name(first) or _PATRONYMIC.search(last.casefold()):
        return [run]
    if not _shaped(_PERSON_SHAPES, _shapes([middle, last])):
        return [run]
    if _shaped(_PERSON_SHAPES, _shapes([middle])) or _shaped(_PERSON_SHAPES, _shapes([first])):
        return [run]
    return [run[:-2], run[-2:]]
