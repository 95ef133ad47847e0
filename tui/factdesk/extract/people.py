"""The people an article names: full names for surnames, gender where shown, checkable roles.

Who is a person comes from the entity recogniser, not from capitals. Reporting introduces a
person once in full ("Ahra Avidzba, the commander of …") and then by surname ("Avidzba
said"); the desk shows the full name so that a reviewer searches for the right person. A
pronoun goes to the nearest person before it whose gender (from a title, or a pronoun already
resolved to them) does not contradict it. A named person with no role or organisation anywhere
in the article ("Maria Petrova, a 52-year-old mother") cannot be looked up, which is what
`private-individual` flags.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from factdesk.extract.cues import ROLE_WORDS, TITLE_WORDS
from factdesk.lexicon.cyrillic import CYRILLIC
from factdesk.lexicon.english import (
    COUNSEL_LEADS,
    QUALIFIED_ROLES,
    ROLE_QUALIFIERS,
    ROLE_VERBS,
    SHORT_RANKS,
    SURNAME_PARTICLES,
)
from factdesk.lexicon.given_names import full_name_gender, known_given
from factdesk.lexicon.kinds import CYRILLIC_ROLE_STEMS, ROLE_CASE_ENDINGS, SHORT_ROLE_STEM

_APPOSITIVE = re.compile(r"\A,[ \t]+([^,.;:\n]{1,160})")
_ORG_LINK = re.compile(r"\b(?:of|at|for|from|with)[ \t]+(?:the[ \t]+)?[A-ZÀ-ÖØ-ÞА-ЯЁ«“\"‘]")
_WRITES_FOR = re.compile(r"\A[ \t]+(?:reports|writes|wrote|reported)[ \t]+(?:in|for)[ \t]+[A-Z]")
_WORD = re.compile(r"[\w’'-]+")
_OPENING_PRONOUN = re.compile(r"(?:\A|(?<=\n)|(?<=[.!?] ))(He|She)\b")
"""A sentence that opens with "He" or "She" (never "he said" after a quotation)."""


@cache
def _word_pattern(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")


_CYRILLIC_ENDING = re.compile(r"(?:ий|ый|ой|ая|яя|а|я|й|ь|о)$")


@cache
def _any_case(name: str) -> re.Pattern[str]:
    """``name`` as a whole word; a Cyrillic surname in any case too («мэру Олегу Сидорову»
    for Олег Сидоров, «Садового» for Садовий): its stem without the nominative's ending,
    then at most three letters."""
    surname = name.rsplit(" ", 1)[-1]
    stem = _CYRILLIC_ENDING.sub("", surname)
    if " " in name or not CYRILLIC.search(name) or len(stem) < 4:
        return _word_pattern(name)
    return re.compile(rf"(?<![\w-]){re.escape(stem)}\w{{0,3}}(?![\w-])")


class People:
    """The people one article names (from the entity recogniser), in order of appearance.

    ``mentions`` are (offset, name, gender) of every person entity; full names are the ones
    of two words or more. Gender is "m"/"f" where a title shows it ("Mr", "Ms") or a pronoun
    was already resolved to the person; None where the text does not say.
    """

    def __init__(
        self,
        body: str,
        mentions: list[tuple[int, str, str | None]],
        oblique: frozenset[int] = frozenset(),
    ) -> None:
        self.body = body
        self.mentions = sorted(mentions)
        self.oblique = oblique
        """Offsets of the mentions that are no clause's subject: a preposition's or a verb's
        object, a possessor ("a deal with Harlow Line", "Harlow Line's ship")."""
        self.full = [(at, name) for at, name, _ in self.mentions
                     if 2 <= len(name.split()) <= 5 and len(set(name.split())) > 1]  # fmt: skip
        # (never "Skelvane Skelvane": a heading run onto its paragraph, "About X X was …")
        self.gender: dict[str, str] = {}
        for _, name, gender in self.mentions:
            if gender:
                self.gender.setdefault(self.resolve(name), gender)
        self._roles: dict[str, bool] = {}

    def resolve(self, name: str) -> str:
        """The full name a surname stands for, when exactly one full name ends with it, or
        each that does ends with the shortest of them (one person, titled once); else the
        full name a lone given name (``lexicon.given_names``) stands for, when exactly one
        full name opens with it (sport, features and local news call people by their first
        name once introduced)."""
        if " " in name:  # "De Wit" for "Kees de Wit": a surname with its particle
            if name.split(" ", 1)[0].lower() not in SURNAME_PARTICLES:
                return name
            tail = " " + name.lower()
            longer = {full for _, full in self.full if full.lower().endswith(tail)}
            return longer.pop() if len(longer) == 1 and name[:1].isupper() else name
        found = {full for _, full in self.full if full.rsplit(" ", 1)[-1] == name}
        if not found:  # "Graham said" after "Graham Pell": a given name (never a word the
            if not known_given(name):  # recogniser cut from a firm it took for a person,
                return name  # "Quarrington" of "Quarrington Grain") the writer uses
            given = {full for _, full in self.full if full.split(" ", 1)[0] == name}
            return given.pop() if len(given) == 1 else name  # for one person only
        shortest = min(found, key=len) if found else name
        if all(full == shortest or full.endswith(f" {shortest}") for full in found):
            return shortest  # ("Majority Leader Ada Brennan" and "Ada Brennan": one
        return name  # person, the recogniser kept her title once)

    def is_known(self, name: str) -> bool:
        """True when ``name`` is (the surname of) a person the article introduced in full."""
        return self.resolve(name) != name or any(full == name for _, full in self.full)

    def add(self, offset: int, name: str, gender: str | None) -> None:
        """A person the parse found speaking whom the entity recogniser missed."""
        if not any(full == name for _, full in self.full):
            self.full.append((offset, name))
            self.mentions.append((offset, name, gender))
            self.mentions.sort()
            self.note_gender(name, gender)

    def note_gender(self, name: str, gender: str | None) -> None:
        if gender and name:
            self.gender.setdefault(name, gender)

    def compatible(self, name: str, gender: str | None) -> bool:
        known = self.shown_gender(name)
        return gender is None or known is None or known == gender

    def shown_gender(self, name: str) -> str | None:
        """The gender the article shows for a person: a title, a gendered noun or a pronoun
        already resolved to them, else their full name's given name or surname; None when
        nothing shows it."""
        full = self.resolve(name)
        known = self.gender.get(full)
        if known is None and " " in full:  # "Sara Quinn", "Olga Mironova": her given name
            known = full_name_gender(full)  # or her surname says, when nothing else does
            # ("his lawsuit": not hers)
        return known

    def only_named_in_passing(self, speaker: str, offset: int, since: int) -> bool:
        """Is every person mentioned between ``speaker``'s last written name (``since`` when
        the article never wrote it) and ``offset`` named only in passing, so that a "he"/"she"
        at ``offset`` still goes back to ``speaker``? In passing: as no clause's subject
        (``oblique``: an object, a possessor) and with no gender shown; and at least one such
        mention (with none, the nearest person is the speaker anyway). A person made a subject
        since, or one of a shown gender, is a new candidate: ``antecedent`` decides."""
        own = self.resolve(speaker)
        named = [at for at, name, _ in self.mentions if at < offset and self.resolve(name) == own]
        start = named[-1] if named else since  # ("Ida Lunn said … She would fly with X again.
        # … she said. … She added …": from "Ida Lunn", past the units she spoke by pronoun)
        between = [(at, name) for at, name, _ in self.mentions
                   if start <= at < offset and self.resolve(name) != own]  # fmt: skip
        return bool(between) and all(
            at in self.oblique and self.shown_gender(name) is None for at, name in between
        )

    def gender_followed(self, name: str, offset: int) -> str | None:
        """The gender the article shows for ``name`` by the next sentence it opens with "He" or
        "She", outside a quotation, after ``name`` was last written before ``offset`` and
        before anyone else is mentioned ("Maya Orr, a ferry captain, said … She has sailed
        for Tarrow Lines …": her, with nobody else to be the "she"); None where no such
        sentence comes first. A given name the lexicon does not know and no title say nothing,
        but the writer's next sentence does."""
        own = self.resolve(name)
        named = [at for at, other, _ in self.mentions
                 if at < offset and self.resolve(other) == own]  # fmt: skip
        if not named:
            return None
        others = [at for at, other, _ in self.mentions
                  if named[-1] < at < offset and self.resolve(other) != own]  # fmt: skip
        stop = min(others, default=offset)
        for match in _OPENING_PRONOUN.finditer(self.body, named[-1], stop):
            paragraph = self.body[self.body.rfind("\n", 0, match.start()) + 1 : match.start()]
            if paragraph.count("“") > paragraph.count("”") or paragraph.count('"') % 2:
                continue  # (a quotation's "She was brave": someone the speaker speaks of)
            return "m" if match.group(1) == "He" else "f"
        return None

    def antecedent(self, offset: int, gender: str | None, reach: int = 2500) -> str | None:
        """The nearest person mentioned before ``offset`` whose gender does not contradict:
        one the article introduced (by a full name, a surname of one, or a title) before a lone
        word the recogniser took for a person that nothing explains ("Ida Coleman, who farms
        near Marsh's Ferry, … she said": her, not "Ferry"); the lone word when nobody else fits."""
        bare = None
        for at, name, _ in reversed(self.mentions):
            if at >= offset:
                continue
            if offset - at > reach:
                break
            full = self.resolve(name)
            if not self.compatible(full, gender):
                continue
            if " " in full or self.gender.get(full) or any(other == full for _, other in self.full):
                return full  # (a lone surname with a title is a person: "Mr Halloran")
            bare = bare or full
        return bare

    def has_role(self, name: str) -> bool:
        """True when some mention of ``name`` (or its surname) carries a role or organisation."""
        if name not in self._roles:
            self._roles[name] = self._find_role(name)
        return self._roles[name]

    def _find_role(self, name: str) -> bool:
        if any(_is_role(w) for w in _WORD.findall(name) if w.islower()):
            return True  # an office named by its noun ("the regional governor"): checkable
        body = self.body
        forms = {name, name.rsplit(" ", 1)[-1]}
        for form in forms:
            for match in _any_case(form).finditer(body):
                if self._role_before(match.start()) or self._role_after(match.end()):
                    return True
        return False

    def _role_before(self, start: int) -> bool:
        """A role in the four words before a mention ("the regional governor, Ivan Petrov"),
        a court report's side ("Defending, Hannah Crewe": ``COUNSEL_LEADS``), or a role
        anywhere in the phrase set off by a comma just before it, back to its clause's start:
        "The head of the regional transport ministry, Irina Lastochkina, said …" had "head"
        six words back and was flagged a private individual (review44 A4)."""
        line_start = body_line_start(self.body, start)
        before = _WORD.findall(self.body[max(line_start, start - 60) : start])[-4:]
        if any(_is_role(w.lower()) or w in TITLE_WORDS or w in SHORT_RANKS for w in before):
            return True
        if _qualified_role(before):
            return True
        apposed = _APPOSED_BEFORE.search(self.body[max(line_start, start - 120) : start])
        if apposed is None:
            return False
        words = _WORD.findall(apposed.group("phrase"))
        if len(words) == 1:
            return words[0] in COUNSEL_LEADS
        opens_a_noun = words[0].lower() in _DETERMINERS or words[0].endswith(("'s", "’s"))
        return opens_a_noun and (any(_is_role(w.lower()) for w in words) or _qualified_role(words))

    def _role_after(self, end: int) -> bool:
        rest = self.body[end : end + 200]
        if _WRITES_FOR.match(rest):
            return True
        appositive = _APPOSITIVE.match(rest)
        if not appositive:
            return False
        text = appositive.group(1)
        words = [w.lower() for w in _WORD.findall(text)]
        if words[:1] == ["who"] and len(words) > 2 and words[1] in ROLE_VERBS:
            return True  # ("Tomas Ekwueme, who leads the Clean Water Coalition, said …")
        return (any(_is_role(w) for w in words) or _qualified_role(words)
                or bool(_ORG_LINK.search(text)))  # fmt: skip


_APPOSED_BEFORE = re.compile(r"(?:^|[.;:!?(]\s*)(?P<phrase>[^.,;:!?()\n]{1,100}),[ \t]+$")
"""The phrase set off by a comma right before a mention, back to the start of its clause."""
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})
"""Words that open a noun phrase: an apposed role is one ("The head of the …, X"), not a
clause's frame ("Speaking to the minister, X")."""

_LONG_ROLES = tuple(stem for stem in CYRILLIC_ROLE_STEMS if len(stem) > SHORT_ROLE_STEM)
_SHORT_ROLE = re.compile(
    "(?:{})(?:{})".format(
        "|".join(re.escape(stem) for stem in CYRILLIC_ROLE_STEMS if len(stem) <= SHORT_ROLE_STEM),
        "|".join(ROLE_CASE_ENDINGS),
    )
)


def _is_role(word: str) -> bool:
    """Is a lower-case word a role that makes its holder checkable: an English role word
    ("councillor") or a Russian or Ukrainian role by its word start («депутатка»,
    «міністра», «пресс-секретарь»), which a case ending never hides; a short stem («мер»,
    «судь») with a case ending only (``lexicon.kinds.SHORT_ROLE_STEM``: «мэру», not
    «мероприятии» nor «судьба»)."""
    return (
        word in ROLE_WORDS
        or word.startswith(_LONG_ROLES)
        or _SHORT_ROLE.fullmatch(word) is not None
    )


def _qualified_role(words: list[str]) -> bool:
    """A post that is an office by the public body's word right before it ("town clerk",
    "union organiser", "the union's organiser": ``lexicon.english.QUALIFIED_ROLES``); the noun
    alone ("a hotel clerk", "bake sale organiser") leaves its holder a private person."""
    lowered = [w.lower().removesuffix("'s").removesuffix("’s") for w in words]
    return any(word in QUALIFIED_ROLES and before in ROLE_QUALIFIERS
               for before, word in pairwise(lowered))  # fmt: skip


def body_line_start(body: str, offset: int) -> int:
    """Offset of the first character of the line holding ``offset``."""
    return body.rfind("\n", 0, offset) + 1
