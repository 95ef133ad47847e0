"""A kind or role noun left as the speaker, read as the one body or person the article names
with that noun (issue 12).

The engine (``attribution``) settles every unit; where it leaves a bare common noun as the
speaker ("the sheriff", "Deputies", «администрация города», «суддя»), the article has often
named who that is somewhere else: "Sheriff Harlan Oakes said …" before "the sheriff said",
"the Pellham County Sheriff's Office" for "deputies", «администрации Нижнереченска» for «в
администрации города». The engine's own routes lean on the recogniser (a person it typed an
organisation is no office holder there); this pass reads the article's words alone:

- a role noun (every word of it, English; its word start, Russian and Ukrainian) written as a
  title before a person's full name ("Sheriff Dana Oakes", «суддя міськрайонного суду Ліліана
  Мирошник») or in an apposition after it ("Dana Oakes, the county sheriff,") is that person;
- a body's kind noun that ends a capitalised name ("the airport" and "Pellham Regional
  Airport"), or in Russian and Ukrainian opens one with a place or a quoted name after it
  («администрации Нижнереченска», «компанії «Дельта-Агро»»), is that body;
- a body's staff as a bare plural ("deputies", "investigators", "firefighters") is the one
  body of the kind they serve (``STAFF_BODIES``, convention 48).

Only when the article names exactly one such person or body: two mayors, or none, and the
noun stays as the engine left it (convention 18 keeps an unnamed holder's post as written).
Indefinite and counted phrases ("a spokesman", "two deputies") are never read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from factdesk.extract.cues import BODY_NOUNS, BUSINESS_NOUNS
from factdesk.extract.units import Unit
from factdesk.lexicon.cyrillic import CYRILLIC, NAME_ADJECTIVE_ENDINGS, person_nominative
from factdesk.lexicon.english import POLICE_BODY_NOUNS, ROLE_WORDS, TITLE_WORDS
from factdesk.lexicon.given_names import known_given
from factdesk.lexicon.kinds import (
    CYRILLIC_BODY_STEMS,
    CYRILLIC_MAYOR_POSTS,
    CYRILLIC_POST_STEMS,
    ISSUED_NOUNS,
    ISSUING_VERBS,
    LEADING_WORDS,
    NAME_LEAD_INS,
    NOT_A_KIND,
    STAFF_BODIES,
    STATEMENT_SOURCE,
)
from factdesk.lexicon.reporting_ru_uk import OFFICE_STEMS

_LATIN_NAME = r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*"
_LATIN_CAP = r"[A-Z][\w'’&-]*"
_CYR_UP = "А-ЯЁІЇЄҐ"
_CYR_LOW = "а-яёіїєґ'’"
_CYR_NAME = rf"[{_CYR_UP}][{_CYR_LOW}]+(?:-[{_CYR_UP}][{_CYR_LOW}]+)?"
_CYR_TOKEN = rf"(?:[{_CYR_LOW}-]+|[{_CYR_UP}]{{2,}}|«[^»\n]{{1,40}}»|{_CYR_NAME})"
_POST_WORDS = (ROLE_WORDS | {word.lower() for word in TITLE_WORDS}) - BODY_NOUNS
"""The heads of a post one person holds ("sheriff", "chief executive"): never a body's noun
("the district", "the club"), nor a noun of people at large ("the woman", "the singer")."""
_STATEMENT = re.compile(STATEMENT_SOURCE, re.I)
_ISSUED = re.compile(rf"\b({'|'.join(sorted(ISSUED_NOUNS))})\b", re.I)
_POSTS = (*OFFICE_STEMS, *CYRILLIC_POST_STEMS)
_PHRASE = re.compile(r"[\w'’-]+")
Refusal = Callable[[Unit, str, str], bool]
"""(unit, name, noun) -> whether the engine's reading rules ``name`` out for ``noun``."""
MAX_PHRASE_WORDS = 5
"""The longest kind phrase read ("начальник міської військової адміністрації" is four)."""
MAX_QUALIFIERS = 5
"""The most words between a Russian or Ukrainian post and the name it titles («суддя
міськрайонного суду Ліліана Мирошник», «мэр Озёрска Павел Гордеев»)."""


def resolve(body: str, units: list[Unit], refuses: Refusal | None = None) -> None:
    """Give every unit whose speaker is a bare kind or role noun the one body or person the
    article names with it; a noun the article names no one, or two, with stays. ``refuses``
    (the engine's ``not_the_kind``) vetoes a body the engine's own reading rules out for that
    noun: its guards read the sentence (staff telling their own deeds, a surname set beside
    a noun of a person, a region, another body described by the noun), where this pass
    reads only words."""
    cache: dict[str, tuple[list[tuple[int, str]], str] | None] = {}
    for unit in units:
        if (unit.speaker is None and _STATEMENT.match(unit.text)) or _issued_noun(unit):
            _issued(unit, units, body)
        phrase = kind_phrase(unit, body)
        if phrase is None:
            continue
        if phrase not in cache:
            cache[phrase] = candidates(body, phrase)
        found = cache[phrase]
        if found is None:
            continue
        named, sort = found
        if sort == "person":  # (a post's holder: one named before it, never one named later)
            named = [(at, name) for at, name in named if at < unit.start]
        one = _one((name for _, name in named), sort)
        if one is None:
            continue
        name, sort = one
        noun = phrase.split()[-1]
        if sort == "org" and refuses is not None and refuses(unit, name, noun):
            continue
        unit.speaker = name
        unit.sort = sort
        unit.speaker_type = "person" if sort == "person" else "organisation"
        unit.affiliation = None


def _issued(unit: Unit, units: list[Unit], body: str) -> None:
    """A statement or warning with no issuer in its own words ("According to a statement
    released Sunday, …", "The warning said …") is the issuer's: the one body the article says
    issued one ("the Marsh Agency issued a severe warning", "a notice published by the
    council"), else the one body that spoke in the article before it; with two, or none, it
    stays as it was."""
    noun = _ISSUED.search(unit.speaker or "") or _ISSUED.search(unit.text)
    issuers = set(_issuers(body, noun.group(1).lower())) if noun else set()
    if not issuers:
        issuers = {u.speaker for u in units if u.start < unit.start and u.sort == "org"
                   and u.speaker and not _issued_noun(u)}  # fmt: skip
        issuers = {name for name in issuers if not _other_kind(unit.text, name)}
    if len(issuers) == 1:
        unit.speaker = issuers.pop()
        unit.sort, unit.speaker_type, unit.affiliation = "org", "organisation", None


_STATEMENT_KIND = re.compile(
    r"\b(?:a|an|the|its|their)\s+([a-z-]+)\s+(?:statement|news\s+release|press\s+release)\b",
    re.I,
)


def _other_kind(text: str, name: str) -> bool:
    """Whether the statement's own noun says another kind of body than ``name`` ("said a
    company statement" after "The union said": a company's words are not the union's; "a
    council statement" after "Police said"). Only two body nouns that differ refuse: a
    company's statement after "Bluewater Ltd" (no kind in the name) or "Tarrow Foods Group"
    (two words of business) is carried as before."""
    said = _STATEMENT_KIND.search(text)
    kind = said.group(1).lower() if said else ""
    last = name.split()[-1].lower() if name.split() else ""
    if kind not in BODY_NOUNS or last not in BODY_NOUNS or kind == last:
        return False
    business = BUSINESS_NOUNS | {"group", "business"}
    return not (kind in business and last in business)


def _issued_noun(unit: Unit) -> bool:
    """Whether the engine gave a unit a thing a body issues as its speaker ("the warning",
    "The statement"), no owner written with it."""
    words = (unit.speaker or "").split()
    if not words or words[0] in LEADING_WORDS:
        words = words[1:]
    return len(words) == 1 and words[0].lower() in ISSUED_NOUNS


def _issuers(body: str, noun: str) -> list[str]:
    """The bodies ``body`` says issued a ``noun`` ("the Marsh Agency issued a severe flood
    warning", "a warning issued by the Marsh Agency")."""
    name = rf"((?:{_LATIN_CAP} ){{0,5}}{_LATIN_CAP})"
    verb = rf"(?:has |had |have )?(?:{ISSUING_VERBS})"
    before = re.finditer(rf"(?<![\w'’-]){name} {verb} (?:a|an|the|its|their)? ?"
                         rf"(?:[\w-]+ ){{0,3}}?{noun}s?\b", body)  # fmt: skip
    after = re.finditer(rf"\b{noun}s? (?:was |were |had been |has been )?(?:{ISSUING_VERBS}) "
                        rf"by (?:the )?{name}", body)  # fmt: skip
    names = [_name_only(m.group(1)) for m in (*before, *after)]
    return [name for name in names if len(name.split()) >= 2]


def kind_phrase(unit: Unit, body: str) -> str | None:
    """The unit's speaker when it is a definite common noun phrase: every word but the first
    in lower case, the first a common noun (``_common``), not indefinite or counted; None
    otherwise."""
    if not unit.speaker or unit.sort not in ("person", "org", "vague"):
        return None
    words = unit.speaker.split()
    while words and words[0] in LEADING_WORDS:
        words = words[1:]
    if not words or len(words) > MAX_PHRASE_WORDS or words[0].lower() in NOT_A_KIND:
        return None
    if any(not _PHRASE.fullmatch(w) or not w[:1].islower() for w in words[1:]):
        return None
    if not _PHRASE.fullmatch(words[0]) or not _common(words[0], body):
        return None
    if unit.sort == "vague" and words[-1].lower() not in STAFF_BODIES:
        return None  # (a vague group is only ever a body's staff here)
    return " ".join([words[0].lower(), *words[1:]])


def _common(word: str, body: str) -> bool:
    """Whether a phrase's first word is a common noun: in lower case, a known post's or
    body's noun, or written in lower case elsewhere in ``body`` ("Deputies said" and "the
    deputies"); never a name ("Greenhollow said")."""
    lower = word.lower()
    if word[:1].islower():
        return True
    if lower in ROLE_WORDS or lower in BODY_NOUNS or lower in STAFF_BODIES:
        return True
    if lower.startswith(_POSTS) or lower.startswith(CYRILLIC_BODY_STEMS):
        return True
    return re.search(rf"(?<![\w'’-]){re.escape(lower)}(?![\w'’-])", body) is not None


def named_by(body: str, phrase: str) -> tuple[str, str] | None:
    """(name, sort) of the one person or body ``body`` names with ``phrase``; None when it
    names none or more than one."""
    found = candidates(body, phrase)
    return None if found is None else _one((name for _, name in found[0]), found[1])


def candidates(body: str, phrase: str) -> tuple[list[tuple[int, str]], str] | None:
    """(offset, name) of every mention in ``body`` that names a person or body with
    ``phrase``, and their sort ("person" or "org"); None for a phrase of no kind read."""
    words = phrase.split()
    if words[-1] in STAFF_BODIES and len(words) == 1:
        return _staffed_bodies(body, words[-1]), "org"
    if CYRILLIC.search(phrase):
        head = _cyrillic_head(words)
        if head is None:
            return None
        if phrase.startswith(CYRILLIC_MAYOR_POSTS) and not _body_over_post(head):  # («глава
            # города» is the «мэр» named; «мэрия», the office, no person)
            return _cyrillic_holders(body, CYRILLIC_MAYOR_POSTS), "person"
        if head.startswith(_POSTS) and not _body_over_post(head):
            qualifiers = words[words.index(head) + 1 :] if head in words else []
            return _cyrillic_holders(body, (_cyrillic_stem(head),), qualifiers), "person"
        if head.startswith(CYRILLIC_BODY_STEMS):
            return _cyrillic_bodies(body, head), "org"
        return None
    head = words[-1]
    if head in POLICE_BODY_NOUNS or (head.endswith("s") and head not in ROLE_WORDS):
        return None  # (a plural: many, not one; the police: the engine's own routes)
    if head in _POST_WORDS:
        post = [w for w in words if not w.endswith(("'s", "’s"))]  # ("the county's sheriff")
        return _latin_holders(body, post), "person"
    return _latin_bodies(body, words), "org"  # ("the airport")


def _one(found: Iterable[str], sort: str) -> tuple[str, str] | None:
    """The one name among ``found`` (a shorter form of a longer one is the same name: "Dana
    Oakes" and "Oakes"; Russian and Ukrainian forms by their word starts), the longest
    spelling; None for none or two."""
    names = sorted(set(found), key=len, reverse=True)
    if not names:
        return None
    longest = names[0]
    if all(_same(name, longest) for name in names[1:]):
        return longest, sort
    return None


def _same(name: str, longest: str) -> bool:
    keys = {_key(w) for w in longest.split()}
    return all(_key(w) in keys for w in name.split())


def _key(word: str) -> str:
    word = word.lower().strip("«»\"'’")
    return word[: max(4, len(word) - 2)] if CYRILLIC.search(word) else word


def _latin_holders(body: str, words: list[str]) -> list[tuple[int, str]]:
    """The people ``body`` gives the post ``words`` as a title before their full name ("County
    Sheriff Dana Oakes") or in an apposition after it ("Dana Oakes, the county sheriff")."""
    post = " ".join(re.escape(w) for w in words)
    titled = re.compile(rf"(?<![\w'’-])(?i:{post}) ((?:{_LATIN_NAME} ){{1,2}}{_LATIN_NAME})"
                        rf"(?![\w'’-]| [A-Z])")  # fmt: skip
    apposed = re.compile(
        rf"((?:{_LATIN_NAME} ){{1,2}}{_LATIN_NAME}), (?:the|its|his|her|their|[A-Z][\w-]*['’]s) "
        rf"(?:[\w'’-]+ ){{0,3}}?(?i:{post})(?=[,.;)])"
    )  # fmt: skip
    found = [(m.start(), m.group(1)) for m in titled.finditer(body)
             if not _qualified(body, m.start())]  # fmt: skip
    found += [(m.start(), m.group(1)) for m in apposed.finditer(body)]
    return [(at, name) for at, name in ((at, _name_only(run)) for at, run in found)
            if len(name.split()) >= 2]  # fmt: skip


def _qualified(body: str, at: int) -> bool:
    """Whether the post at ``at`` is a former, deputy or acting one ("former sheriff X")."""
    before = body[max(0, at - 12) : at].lower().split()
    return bool(before) and before[-1] in ("former", "deputy", "acting", "interim", "ex-")


def _name_only(run: str) -> str:
    """A run of capitalised words less the function words and titles it opens with ("In",
    "The", "Superintendent")."""
    words = run.split()
    while words and (words[0] in NAME_LEAD_INS or words[0] in TITLE_WORDS):
        words = words[1:]
    return " ".join(words)


def _latin_bodies(body: str, words: list[str]) -> list[tuple[int, str]]:
    """The capitalised names in ``body`` that end on the kind ``words`` ("Pellham Regional
    Airport" for "the airport", "Pellham County Sheriff's Office" for "the sheriff's office");
    none when ``body`` also writes the kind with a qualifier the names lack ("the town
    council" beside "Arts Council": the council meant is another)."""
    kind = " ".join(re.escape(w[:1].upper() + w[1:]) for w in words)
    runs = re.finditer(rf"(?<![\w'’-])((?:{_LATIN_CAP} ){{1,5}}){kind}(?![\w'’-])", body)
    names = [(m.start(), _name_only(m.group(0))) for m in runs]
    names = [(at, name) for at, name in names if len(name.split()) > len(words)]
    lower = " ".join(re.escape(w) for w in words)
    for match in re.finditer(
        rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]) ([a-z]+) {lower}(?![\w'’-])", body
    ):
        if not all(match.group(1) in name.lower().split() for _, name in names):
            return []
    return names


def _staffed_bodies(body: str, staff: str) -> list[tuple[int, str]]:
    """The names of the bodies whose staff ``staff`` are ("Pellham County Sheriff's Office"
    for "deputies"): a capitalised run ending on one of ``STAFF_BODIES``' ends."""
    found = []
    for end in STAFF_BODIES[staff]:
        pattern = rf"(?<![\w'’-])((?:{_LATIN_CAP}\s+){{1,4}}){re.escape(end)}(?![\w'’-])"
        found += [(m.start(), _name_only(m.group(0))) for m in re.finditer(pattern, body)]
    return [(at, name.replace("’", "'")) for at, name in found if len(name.split()) > 2]


def _cyrillic_head(words: list[str]) -> str | None:
    """The noun a Russian or Ukrainian phrase is about: its first word that is no adjective
    («профсоюзный лидер»: «лидер»)."""
    for word in words:
        if not word.lower().endswith(NAME_ADJECTIVE_ENDINGS):
            return word.lower()
    return None


def _body_over_post(head: str) -> bool:
    """Does ``head`` start with a body's stem longer than the post's it also starts with
    («мэрия», «мерії»: the mayor's office, on «мэр»/«мер»; «В мэрии это опровергли» was the
    mayor named before, «мэр Заречья Виктор Громов»)? The longer stem is the word's."""
    post = max((len(stem) for stem in (*_POSTS, *CYRILLIC_MAYOR_POSTS) if head.startswith(stem)),
               default=0)  # fmt: skip
    return any(head.startswith(stem) and len(stem) > post for stem in CYRILLIC_BODY_STEMS)


def _cyrillic_stem(head: str) -> str:
    for stems in (_POSTS, CYRILLIC_BODY_STEMS):
        starts = [stem for stem in stems if head.startswith(stem)]
        if starts:
            return max(starts, key=len)
    return head


def _cyrillic_holders(
    body: str, posts: tuple[str, ...], qualifiers: list[str] | None = None
) -> list[tuple[int, str]]:
    """The people ``body`` titles with a post that starts as one of ``posts`` ("мэр Озёрска
    Александр Гордеев", «суддя міськрайонного суду Ліліана Мирошник»), in the nominative.
    With ``qualifiers`` (the words after the speaker's post: «района» of «Глава района») a
    title that qualifies its post otherwise is another office («Глава Минфина Олег
    Ракитин»): the head noun alone never makes two posts one (``GENERAL_POSTS``)."""
    stems = "|".join(re.escape(post).replace(r"\ ", r"\w*\s") for post in posts)
    pattern = re.compile(
        rf"(?<![\w-])(?i:{stems})[{_CYR_LOW}]{{0,4}}((?:\s{_CYR_TOKEN}){{0,{MAX_QUALIFIERS}}}?)"
        rf"\s({_CYR_NAME}\s{_CYR_NAME})(?![\w-]|\s[{_CYR_UP}])"
    )  # fmt: skip
    found = []
    for match in pattern.finditer(body):
        name, _ = person_nominative(match.group(2))
        before = match.group(1).split()
        if qualifiers and before and not _agrees(qualifiers, before):
            continue
        if known_given(name.split()[0]) or not before or before[-1][:1].islower():
            found.append((match.start(), name))  # (never "мэр Озёрска Гордеев")
    return found


def _agrees(qualifiers: list[str], title: list[str]) -> bool:
    """Whether every qualifier of a post as the speaker wrote it is among a title's own
    (by word start: «района» and «района»; never «района» and «Минфина»)."""
    keys = {_key(word) for word in title}
    return all(_key(word) in keys for word in qualifiers)


def _cyrillic_bodies(body: str, head: str) -> list[tuple[int, str]]:
    """The bodies ``body`` names by the kind ``head`` starts and a place or a quoted name in
    the genitive after it («администрации Нижнереченска» -> «администрация Нижнереченска»,
    the kind noun as the speaker gave it)."""
    stem = _cyrillic_stem(head)
    pattern = re.compile(
        rf"(?<![\w-])(?i:{re.escape(stem)})[{_CYR_LOW}]{{0,4}}\s({_CYR_NAME}|«[^»\n]{{1,40}}»)"
        rf"(?![\w-]|\s[{_CYR_UP}])"
    )  # fmt: skip
    found = []
    for match in pattern.finditer(body):
        name = match.group(1)
        if name.lower().endswith(NAME_ADJECTIVE_ENDINGS):
            continue
        found.append((match.start(), f"{head} {name}"))
    return found
