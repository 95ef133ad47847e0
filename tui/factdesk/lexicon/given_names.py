"""Common given names, in any spelling: the one list both the name matcher and the
Russian/Ukrainian speaker reader consult.

``names.spelling`` keys them through its transliteration folding ("Valery Gerasimov" then
answers to "Gerasimov"); ``lexicon.cyrillic`` reads a declined Cyrillic given name back to
its nominative only when the nominative is one of them ("Виктора" -> "Виктор"), through
``known_given``, a lighter folding of the same letters. Given names only, never a surname.

What is listed (the criterion): given names common among speakers of the languages the desk
reads, Russian, Ukrainian and English, in the Latin spellings reports use for them. Nothing is
listed because someone in the news bears it: the given names of heads of government and other
office-holders once here (ramzan, keir, rishi, olaf, kaja, kamala, ursula, jens, emmanuel,
donald, antonio, marco) were removed in extractor 146 (a rule may not know the news's names).
Until extractor 246 the English ones were twenty men's names and no woman's, so "Emma" or
"Helen" opening a name was no given name (the names view typed "Helen Park" a place); the
common English given names of both sexes were added then (the most frequent ones in birth and
census registers), and more Russian and Ukrainian women's names. Left out, by the same
criterion: a name that is also a common English word, a month, a place, a people or an award
("Grace", "Will", "Hope", "June", "Victoria", "Charlotte", "Sofia", "Karen", "Oscar"), and a
very common surname ("Martin", "Kelly", "Lee"). The English ones are compared as written
(``ENGLISH_GIVEN_NAMES``); a name of the folded list must not fold onto a common word or a
month (Sam/«Сам», Tom/«Том», Vera/«Вера», Lev/«Лев», Nadia/«Надія», Ian and Jean/"Jan").
"""

from __future__ import annotations

import re
from functools import lru_cache

FOLDED_GIVEN_NAMES = frozenset(
    """alexander aleksandr oleksandr alexei aleksei oleksii alexey andrei andriy andrii andrew
    anatoly anatolii anna anton arseniy artem boris bohdan denis denys dmitry dmytro dmitri
    evgeny yevgeny yevhen eugene fedor fyodor gennady georgy hennadiy heorhiy grigory hryhoriy
    igor ihor ilya illia ivan kirill kyrylo konstantin kostiantyn leonid maksim maxim mykhailo
    mikhail nikolai mykola oleg oleh olga olha olena elena pavel pavlo petro petr pyotr roman
    ruslan sergei sergey serhiy serhii stanislav stepan taras valery valeriy valerii vasily
    vasyl viktor victor vitaly vitalii vitali vladimir volodymyr vladislav vladyslav vyacheslav
    yaroslav yulia yuliia yury yuriy yurii zinaida maria mariya natalia tatiana svetlana irina
    iryna ekaterina kateryna jonathan john james joe mark joseph william david michael robert
    richard thomas charles daniel paul peter george steven stephen kevin brian edward ilia
    lloyd
    oksana lyudmila liudmyla ludmila galina halyna larisa larysa marina inna alla yana tamara
    valentina anastasia daria darya ksenia kseniia polina alina veronika kristina khrystyna
    viktoria viktoriia nikita vadim vadym gleb hlib timur artur eduard arkady semyon vsevolod
    rostislav rostyslav nazar danylo daniil matvey""".split()
)
"""Common given names of any script, compared through the folding below (any spelling):
"Valery Gerasimov" then answers to "Gerasimov"."""

ENGLISH_GIVEN_NAMES_IN_ORDER = tuple(
    """mary patricia jennifer linda elizabeth barbara susan jessica sarah lisa nancy betty sandra
    margaret ashley kimberly emily michelle amanda melissa deborah stephanie rebecca sharon
    laura cynthia kathleen amy angela shirley brenda pamela nicole emma helen samantha
    katherine catherine kathryn christine debra rachel carolyn janet diane diana julie julia
    joyce lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline martha
    gloria teresa theresa anne annie sara frances janice abigail alice sophia sophie denise
    doris marilyn danielle isabella natalie marie olivia chloe lucy ella mia amelia ava zoe
    hayley freya imogen harriet eleanor niamh siobhan fiona claire clare louise gemma kirsty
    nicola joanne caroline suzanne alison jane jenny kate katie ruth maggie molly beth bethany
    tracey tracy wendy yvonne sheila pauline maureen lesley valerie gillian sonia tanya
    christopher matthew anthony joshua kenneth timothy jason jeffrey ryan jacob gary nicholas
    eric justin brandon benjamin samuel gregory patrick dennis jerry tyler aaron henry adam
    douglas nathan zachary kyle walter harold jeremy ethan carl keith roger gerald arthur
    lawrence jesse dylan bryan bruce albert gabriel alan alex liam oliver charlie noah archie
    alfie freddie theo ben tony jimmy mike chris steve dave andy phil simon graham gordon neil
    nigel colin stuart craig derek barry clive trevor gareth rhys owen callum declan ciaran
    conor sean darren wayne luke ann jim donna""".split()
)
ENGLISH_GIVEN_NAMES = frozenset(ENGLISH_GIVEN_NAMES_IN_ORDER)
"""Common English given names, compared as written in Latin letters, never folded: folded,
"Julie" and "Mary" are «Юли» and «Мари», the stems of «Юлии» and «Марии», which the Cyrillic
reader would take for nominatives (extractor 246)."""

GIVEN_NAMES = FOLDED_GIVEN_NAMES | ENGLISH_GIVEN_NAMES
"""Every listed given name, lower case."""

_ENGLISH_WOMEN_END = "tanya"
"""The English list runs women's names to this one, then men's (and "ann", "donna" last)."""

_BORNE_BY_BOTH = frozenset("ashley alex charlie jesse".split())
"""Listed names that are given to women and men alike: they show no gender."""


@lru_cache(maxsize=1)
def _english_genders() -> dict[str, str]:
    names = ENGLISH_GIVEN_NAMES_IN_ORDER
    cut = names.index(_ENGLISH_WOMEN_END) + 1
    found = {name: "f" for name in names[:cut]} | {name: "m" for name in names[cut:]}
    found |= {"ann": "f", "donna": "f", "jim": "m"}
    return {name: gender for name, gender in found.items() if name not in _BORNE_BY_BOTH}


def given_gender(word: str) -> str | None:
    """ "f" or "m" for a common English given name as written ("Sara", "Tom"), None for any
    other word or a name borne by both: what a full name shows of its bearer's gender when no
    title or noun beside it says, so that "his lawsuit" or "he said" is never "Sara Quinn"."""
    return _english_genders().get(word.casefold())


def _light_key(word: str) -> str:
    """A word folded enough for a Cyrillic and a Latin spelling of one given name to meet
    (Сергій/Serhiy/Sergei, Андрей/Andrei): romanised, letters only, kh/g as h, y/j/e as i,
    x as ks, no doubled letter."""
    from anyascii import anyascii

    low = re.sub(r"[^a-z]", "", anyascii(word).casefold())
    for old, new in (("kh", "h"), ("g", "h"), ("y", "i"), ("j", "i"), ("e", "i"), ("x", "ks")):
        low = low.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", low)


@lru_cache(maxsize=1)
def _light_keys() -> frozenset[str]:
    return frozenset(_light_key(name) for name in FOLDED_GIVEN_NAMES)


@lru_cache(maxsize=8192)
def known_given(word: str) -> bool:
    """Whether a word, as written (any script, any case ending left on), is a common given
    name: "Сергій" and "Viktor" are, "Виктора" is not (its nominative is)."""
    return _light_key(word) in _light_keys() or word.casefold() in ENGLISH_GIVEN_NAMES


# A surname's or a patronymic's gender by its ending (review31a, mend32) -------------------

_FEMININE_ENDINGS = (
    # Cyrillic: surnames in -ова/-ева/-ина/-ская/-ська, patronymics in -овна/-евна/-ична/-івна
    "ова", "ева", "ёва", "ина", "ына", "іна", "ская", "цкая", "ська", "цька",
    "овна", "евна", "ёвна", "ична", "івна", "ївна",
    # Latin spellings of the same: only the endings no English surname has ("-ina", "-in",
    # "-sky" are "Medina", "Martin", "Lewinsky", borne by either sex in English news)
    "ova", "eva", "yova", "iova", "ovna", "evna", "yevna", "ivna", "yivna", "ichna", "skaya",
    "tskaya",
)  # fmt: skip
_MASCULINE_ENDINGS = (
    "ов", "ев", "ёв", "ин", "ын", "ін", "ский", "цкий", "ський", "цький",
    "ович", "евич", "ёвич", "йович", "ьович",
    "ov", "ev", "yov", "ovich", "evich", "ovych", "evych", "yovych", "iyovych",
)  # fmt: skip


def surname_gender(word: str) -> str | None:
    """ "f" or "m" for a Russian or Ukrainian surname or patronymic whose ending shows its
    bearer's gender, in Cyrillic or in the Latin spellings reports use ("Гусева", "Mironova",
    "Іванівна", "Petrovich" f/m/f/m), None for any other word ("Шевченко", "Ковальчук",
    "Quinn"): the grammar of the name itself, where the language gives it. Feminine endings
    are read first ("-ина" before "-ин", "-овна" before "-ов")."""
    low = word.casefold().rsplit("-", 1)[-1]  # ("Петрова-Водкина": the last part's)
    if len(low) < 4 or not low.isalpha():
        return None
    if low.endswith(_FEMININE_ENDINGS):
        return "f"
    if low.endswith(_MASCULINE_ENDINGS):
        return "m"
    return None


_MEN_ENDING_IN_A = frozenset(
    "микола никола илья ілля никита микита кузьма лука фома хома савва сава данила".split()
)
"""Russian and Ukrainian men's given names that end in «-а»/«-я», as a woman's do."""


def cyrillic_given_gender(word: str) -> str | None:
    """ "f" or "m" for a Cyrillic given name by its ending, a woman's in «-а»/«-я» («Олена»,
    «Тетяна», «Ольга») but ``_MEN_ENDING_IN_A``, a man's otherwise («Ігор», «Андрій»,
    «Петро»), when the word is a known given name or ends as a woman's does; None for any
    other word (a surname first: «Коваль»)."""
    low = word.casefold()
    if not low.isalpha() or not re.search(r"[а-яёіїєґ]", low):
        return None
    woman = low.endswith(("а", "я")) and low not in _MEN_ENDING_IN_A
    if woman:
        return "f"
    return "m" if known_given(word) else None


def full_name_gender(name: str) -> str | None:
    """The gender a person's full name shows when no title or noun says: its given name's
    (``given_gender``, the English list), else the one its later words (a patronymic, a
    surname: ``surname_gender``) agree on; None for a name that shows none or both ways."""
    words = name.split()
    if len(words) < 2:
        return None
    given = given_gender(words[0])
    if given is not None:
        return given
    shown = {g for g in map(surname_gender, words[1:]) if g is not None}
    return shown.pop() if len(shown) == 1 else None
