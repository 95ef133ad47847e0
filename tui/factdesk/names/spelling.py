"""One name across spellings: transliteration-aware keys and a cautious "same name?" test.

Russian and Ukrainian place and person names reach English news in several romanisations:
Kupyansk/Kupiansk, Kurilovka/Kurilivka, Oskol/Oskil, Uzlovoy/Vuzlovyi, Volchansk/Vovchansk.
``name_key`` folds the regular differences (digraphs, y/i/j, Russian o/e against Ukrainian i, g
against h, doubled letters, adjective endings, the Ukrainian prosthetic v before u, and a few
letter clusters: Myk-/Nik-, -nst-/-st-, -zhzhia/-zhye, Pavlo/Pavel's final -o) so most variants
get the same key; a name in another script is romanised first (anyascii), so Купянск meets
Kupyansk and Харків meets Kharkiv. ``same_name`` then accepts a few more with rapidfuzz edit
operations, but only the kinds transliteration produces (vowels, l/v) or one typo in a long
name, and never when the first or last letter differs: a false merge (Kharkiv with Kherson,
Zelensky with Zelenska, Pokrovsk with Pokrovske) is worse than a miss, which a reviewer can fix.
No name is listed here: only letters, endings and a list of common given names.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA, Levenshtein

from factdesk.lexicon import cyrillic
from factdesk.lexicon.given_names import FOLDED_GIVEN_NAMES, known_given

_APOSTROPHES = re.compile(r"[’'`ʼ‘ʹ]")
_SEPARATORS = re.compile(r"[\s\-‐‑–—/.]+")
# Digraphs first, longest first; upper-case placeholders cannot collide with folded text.
_DIGRAPHS = (
    ("shch", "Q"),
    ("sch", "Q"),
    ("zh", "Z"),
    ("kh", "X"),
    ("tch", "C"),
    ("ch", "C"),
    ("sh", "S"),
    ("ts", "T"),
    ("tz", "T"),
    ("ph", "f"),
)
_LETTERS = str.maketrans({"g": "h", "w": "v", "y": "i", "j": "i", "e": "i", "q": "k"})
_VOWELS = frozenset("aiu")
_LOOSE_PAIRS = frozenset({("l", "v"), ("v", "l"), ("v", "u"), ("u", "v")})
"""Consonant swaps transliteration makes: Russian Volchansk is Ukrainian Vovchansk."""

MIN_TYPO_LENGTH = 8
"""One arbitrary typo is forgiven only in names this long: Marinka/Malinka are two villages."""

MIN_VOWEL_GAP_LENGTH = 5
"""A vowel inserted or dropped is a transliteration variant of a one-word name only when the
shorter folded word has this many letters ("Tarbunov"/"Tarbounov"): in shorter words it makes
another English word, and the names view grouped "West" (folded "vist") with "VISIT", "Horn"
with "Heron", "Bond" with "Bound". In a name of several words the other words vouch for it,
two known given names vouch for themselves (Pavlo/Pavel, folded "pavl"/"pavil"), and a name
beside its spelling in the other script is a transliteration, which gains and loses vowels
("Quedo" and «Кедо», folded "kuidi" and "kidi": ``same_name``'s ``one_script``)."""


def deaccent(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_CLUSTERS = (
    (re.compile(r"^m[yi]k(?=[aeiouy]..)"), "nik"),
    (re.compile(r"(?<=.)nst"), "st"),
    (re.compile(r"(?<=...)([bcdfklmnprstvzCQSTXZ])\1[iy]a$"), r"\1i"),
    (re.compile(r"(?<=..l)o$"), ""),
    (re.compile(r"(?<=[aeiouy][bdfgkptv]r)o$"), ""),
    (re.compile(r"(?<=..)([gq])ue$"), r"\1"),
)
"""Regular Russian/Ukrainian correspondences beyond single letters, on the unfolded word
(each a pattern of letters, never a name; the pairs below only illustrate):

- initial Ukrainian Myk- is Russian Nik- (Mykolaiv/Nikolaev, Mykyta/Nikita); only before a
  vowel and two more letters, so Mina/Nina and Mika/Nika stay apart;
- Ukrainian drops the n of Russian -nst- (Kostiantynivka/Konstantinovka);
- a Ukrainian doubled consonant before a final -ia is Russian -ye/-ie (Zaporizhzhia/
  Zaporozhye, Podillia/Podolye); not in short words (Illia is Russian Ilya) nor after a
  single consonant (Maria must not become Mario);
- a final -o after l, or after a vowel and a consonant plus r, is the Ukrainian ending of
  a Russian bare stem (Pavlo/Pavel, Mykhailo/Mikhail, Kyrylo/Kirill, Dnipro/Dnepr, Petro/Petr);
- a final -gue or -que is a g or k sound whose u and e are silent in the French spelling
  English keeps (Hague/Гаага, Prague/Прага, Martinique/Мартиника): the Cyrillic spelling
  writes the sound, and its case ending is cut (names41).
"""


def _fold_clusters(word: str) -> str:
    for pattern, replacement in _CLUSTERS:
        word = pattern.sub(replacement, word)
    return word


@lru_cache(maxsize=65536)
def fold_token(token: str) -> str:
    """One word of a name, folded: casefolded Latin letters, no accents, no apostrophes."""
    word = token
    for digraph, mark in _DIGRAPHS:
        word = word.replace(digraph, mark)
    if word.startswith("vu") and len(word) > 4:
        word = word[1:]  # Ukrainian prosthetic v: Vuzlovyi ~ Uzlovoy, Vuhledar ~ Uhledar
    word = _fold_clusters(word)
    head, rest = word[:1], word[1:]
    head = head.translate(_LETTERS)
    rest = rest.replace("o", "i").translate(_LETTERS)
    word = head + rest
    if word.endswith("aia") and len(word) > 4:
        word = word[:-2]  # Russian -aya against Ukrainian -a: Novaya ~ Nova
    return re.sub(r"(.)\1+", r"\1", word)


def romanise(text: str) -> str:
    """Latin letters for any script (anyascii): Купянск -> Kupyansk, Харків -> Kharkiv.

    Cyrillic names then meet their English spellings through the same folding as Latin ones;
    the soft sign comes out as an apostrophe, which the key drops like any other.
    """
    if text.isascii():
        return text
    from anyascii import anyascii

    return anyascii(text)


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """The spelling-independent key of a name: equal keys are the same name.

    A Cyrillic word is first put in the case its key is made from (``lexicon.cyrillic``):
    "Димитрова" and "Харкова" key as "Димитров" and "Харків", and so as Dimitrov and
    Kharkiv; Latin words are keyed as written (an English text does not decline names).
    """
    if text.isascii():
        return written_key(text)
    words = [w for w in _SEPARATORS.split(_APOSTROPHES.sub("", text)) if w]
    stems = _cyrillic_stems(words)
    country = _country_of(words, stems) if cyrillic.CYRILLIC.search(text) else None
    return country or written_key(_w_as_written(words, stems))


def _w_as_written(words: list[str], stems: str) -> str:
    """Each Cyrillic word opening with у before a vowel, a rendered W, opening with в instead
    (``cyrillic.WORD_INITIAL_W``): «Уимблдон» keys as «Вімблдон» and "Wimbledon" do. Not an
    abbreviation in capitals, whose letters are read one by one («УЕФА» is UEFA)."""
    return " ".join(
        stem if word.isupper() else cyrillic.WORD_INITIAL_W.sub("в", stem)
        for word, stem in zip(words, stems.split(" "), strict=True)
    )


def _cyrillic_stems(words: list[str]) -> str:
    """A name's words as their key is made from them, each Cyrillic word in that form
    (``cyrillic.name_stem``), still in Cyrillic: the country table compares these, so a
    country is reached only by its own letters, never through the folding a transliteration
    needs (``fold_token``: "Кепра" folds as "Кипра" does, yet names no country)."""
    stems = [
        cyrillic.name_stem(word, words[i - 1] if i else None, known_given)
        if cyrillic.CYRILLIC.search(word)
        else word
        for i, word in enumerate(words)
    ]
    return _plain(" ".join(stems))


def _plain(text: str) -> str:
    """Words compared in Cyrillic as the country table holds them: lower case, ё as е."""
    return text.casefold().replace("ё", "е")


def _country_of(words: list[str], stems: str) -> str | None:
    """The English key of the country a Cyrillic name is, or None (``_country_keys``).

    A name written as one of a country's forms is that country ("Перу", "Грузії"). Any
    other word reaches a country only through its stem, and only a country that declines
    does: "Перу", "Мали", "Того" never change, so "Пера" or "Мала" are some other name cut to
    the same letters. The stem is compared in Cyrillic (``_cyrillic_stems``)."""
    written, declined = _country_keys()
    whole = _plain(" ".join(words))
    return written.get(whole) or declined.get(stems)


def _case_forms(name: str) -> list[str]:
    """A country's name and, when it ends in -ия/-ія (Болгария, Грузія), its other case forms
    (Болгарии, Грузії, Грузію, ...), which ``cyrillic.name_stem`` leaves as written: the
    other names key alike in every case already (Литва, Литвы, Литві)."""
    head, ending = name[:-2], name[-2:]
    if ending in ("ия", "ія"):
        return [name, *(head + tail for tail in _IA_ENDINGS[ending])]
    return [name]


_IA_ENDINGS = {"ия": ("ии", "ию", "ией"), "ія": ("ії", "ію", "ією")}


COUNTRY_LANGUAGES = ("ru", "uk")
"""The languages whose country names key as the English name (``_country_keys``)."""


@lru_cache(maxsize=1)
def _country_keys() -> tuple[dict[str, str], dict[str, str]]:
    """Russian and Ukrainian country names to the key of their English name: by the forms
    as written, and by the stem of the countries that decline (``_country_of``).

    A country's name in another language is often another word, not a transliteration
    (Литва is Lithuania, Грузія Georgia, Польща Poland), and a Russian -ия against an English
    -ia keys apart (Болгарии, Bulgaria). The names come from the Unicode CLDR tables that
    Babel ships (a dependency of the HTML reader already; no name is listed here). A name
    that declines keys in every case as its nominative does (``name_key``), so "Литвы" and
    "у Литві" key as "Lithuania"; one that ends in another vowel (Перу, Малі) only as written.
    A form or a stem two countries share is dropped. Read once, on the first Cyrillic name
    keyed; without Babel, names key as before."""
    try:
        from babel import Locale

        english = Locale("en").territories
        written: dict[str, set[str]] = {}
        declined: dict[str, set[str]] = {}
        for language in COUNTRY_LANGUAGES:
            for code, name in Locale(language).territories.items():
                if len(code) == 2 and code.isalpha() and code in english:
                    target = written_key(english[code])
                    for form in _case_forms(name):
                        words = [w for w in _SEPARATORS.split(_APOSTROPHES.sub("", form)) if w]
                        whole = _plain(" ".join(words))
                        written.setdefault(whole, set()).add(target)
                        if _declines(words[-1]):
                            declined.setdefault(_cyrillic_stems(words), set()).add(target)
    except Exception:  # a missing or broken Babel: names key by their letters alone
        return {}, {}
    return _unshared(written), _unshared(declined)


def _declines(word: str) -> bool:
    """Whether a country's name changes its ending by case: a consonant, -а/-я, -й or -ь
    ends it (Кипр, Литва, Китай); a name in another vowel (Перу, Чили, Малі) is foreign and
    keeps its one form."""
    return word.casefold()[-1:] not in "еёиоуыэюіїє"


def _unshared(found: dict[str, set[str]]) -> dict[str, str]:
    return {key: next(iter(keys)) for key, keys in found.items() if len(keys) == 1 and key}


def is_country(word: str) -> bool:
    """Whether a Russian or Ukrainian word is a country's name in some case ("Латвія",
    "Литвы": ``_country_keys``, from CLDR): a name wherever it stands, even opening a
    sentence, where a capital proves nothing."""
    if not cyrillic.CYRILLIC.search(word):
        return False
    words = [w for w in _SEPARATORS.split(_APOSTROPHES.sub("", word)) if w]
    return len(words) == 1 and _country_of(words, _cyrillic_stems(words)) is not None


def is_english_country(name: str) -> bool:
    """Whether a name in Latin letters is a country's English name as written ("Slovakia",
    "United States": CLDR's, as Babel ships them, ``_english_countries``): a place wherever
    the entity recogniser reads a body ("Slovakia said it would send aid")."""
    return name in _english_countries()


@lru_cache(maxsize=1)
def _english_countries() -> frozenset[str]:
    """CLDR's English country names (two-letter territories), read once; none without Babel."""
    try:
        from babel import Locale

        territories = Locale("en").territories
    except Exception:  # a missing or broken Babel: no country is known by its name
        return frozenset()
    return frozenset(
        name
        for code, name in territories.items()
        if len(code) == 2 and code.isalpha() and code not in NO_COUNTRY_CODES
    )


NO_COUNTRY_CODES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "DG"})
"""CLDR's two-letter territories that are no country: groupings (European Union, Eurozone,
United Nations: bodies, typed so rightly), private-use and unknown regions, and Diego Garcia,
as often a person's name."""


@lru_cache(maxsize=65536)
def declined_keys(spelling: str) -> tuple[str, ...]:
    """Other keys a spelling may share with a name's other script, tried when its own
    ``name_key`` has no group yet (``NameBook``).

    ``name_key`` cuts a Cyrillic name to its stem in every case, so "Одеса", "Одеси" and
    "Одесі" key alike but not as the Latin "Odesa", whose final -a is kept (an English text
    does not decline it, and Marina is not Marin). A Cyrillic spelling cut to a consonant stem
    may therefore be the stem and -а: its key with -а is offered here; a Latin spelling
    ending in -a offers its key without it, the stem a Cyrillic spelling would have filed.
    The same holds for a final -у or -и ("Ротару", "Кутаиси": names that do not decline, cut
    like a case ending) against a Latin spelling ending in -u or -i ("Rotaru", "Kutaisi"; a
    Latin final -e or -o folds to -i: "Belize" meets "Белизе"). The caller only takes them
    for a group another script founded."""
    words = spelling.split()
    if not words:
        return ()
    if spelling.isascii():
        key = name_key(spelling)
        if key[-1:] == "a" and len(key) > 3:  # the stem, or "Ніді"/"Ниде"/"Вену" as written
            kept = (key[:-1] + "i", key[:-1] + "u")
            return (key[:-1], *kept) if len(key) > 4 else kept
        return (key[:-1],) if key[-1:] in _OPEN_ENDINGS and len(key) > 4 else ()
    last = words[-1]
    if not cyrillic.CYRILLIC.search(last):
        return ()
    if len(words) == 1 and (place := _place_of_adjective(name_key(spelling))):
        return place
    stem = cyrillic.name_stem(last, words[-2] if len(words) > 1 else None, known_given)
    head = " ".join(words[:-1])
    alternated = _alternated_keys(head, last)
    if stem == last.casefold() and len(stem) > 3:  # Ніді, Ниде, Вену, Ризі: Nida, Vienna, Riga
        return _short_nominative_keys(head, last) + alternated
    if not stem or stem[-1] in "аеиоуыэюяіїєь" or stem == last.casefold():
        return alternated
    return tuple(name_key(spelling) + vowel for vowel in _OPEN_ENDINGS) + alternated


def _short_nominative_keys(head: str, last: str) -> tuple[str, ...]:
    """The keys of a name whose last word ``name_stem`` left as written, read as the
    nominative in -а/-я of its ending (``cyrillic.SHORT_NAME_CASES``): «Вену», «Вене», «Вены»
    offer «Вена»'s key, Vienna's."""
    lower = last.casefold()
    return tuple(
        dict.fromkeys(
            name_key(f"{head} {last[: -len(ending)]}{nominative}".strip())
            for ending, nominative in cyrillic.SHORT_NAME_CASES
            if lower.endswith(ending)
        )
    )


def _alternated_keys(head: str, last: str) -> tuple[str, ...]:
    """The keys of a Ukrainian dative or locative whose consonant alternates
    (``cyrillic.UKRAINIAN_ALTERNATIONS``: «Празі» is «Прага»), the nominative's own key and
    those it offers in turn: "Prague" and "Praha" both."""
    lower = last.casefold()
    found: list[str] = []
    for ending, nominatives in cyrillic.UKRAINIAN_ALTERNATIONS:
        if lower.endswith(ending) and len(lower) > len(ending) + 1:
            for nominative in nominatives:
                name = f"{head} {last[: -len(ending)]}{nominative}".strip()
                found += [name_key(name), *declined_keys(name)]
    return tuple(dict.fromkeys(found))


_OPEN_ENDINGS = "aui"
"""The final vowels (as ``name_key`` folds them) a Latin spelling keeps and a Cyrillic stem
cuts: -a, -u, and -i (which a final -e, -o or -y folds to)."""

_ADJECTIVE_KEY = re.compile(r"^([a-zA-Z]{3,}?)(s|T)k[ai]$")
"""The key of a Russian or Ukrainian adjective in -ский/-ська/-цкий in any case and gender
(``name_key`` gives "...ski" or "...ska"; -ц- folds to "T"): the place it is made from."""
MIN_PLACE_STEM = 3
"""Letters a place's stem must exceed to be offered for its adjective: "Курская" offers
"kursk", never "kur" or "kura", and "Польская" never "pila" (another place)."""


def _place_of_adjective(key: str) -> tuple[str, ...]:
    """The keys of the place a one-word Russian or Ukrainian adjective is made from, as a
    Latin spelling keys it: "Бюраканской" (Byurakan), "Таллинское" (Tallinn), "Курская"
    (Kursk, whose -ск- is its own), "Донецкой" (Donetsk), "Черкаській" (Cherkasy: the place's
    -с- merged into the suffix), each also with a final vowel the adjective cut (``_OPEN_ENDINGS``:
    "Одеської", Odesa). ``NameBook`` takes them only for a group the Latin script founded, and
    only when the adjective's own key has none: a capitalised adjective in Cyrillic names its
    place ("Бюраканская обсерватория"), a Latin name never ends so."""
    found = _ADJECTIVE_KEY.match(key)
    if found is None or " " in key:
        return ()
    stem, suffix = found.groups()
    offered = [stem + suffix + "k"]  # Курская: the place's own -ск- (Kursk, Donetsk)
    for base in (stem, stem + "s") if suffix == "s" else (stem,):  # Черкаська: черкас- + -ська
        if len(base) > MIN_PLACE_STEM:
            offered += [base + ending for ending in ("", *_OPEN_ENDINGS)]
    return tuple(dict.fromkeys(offered))


def written_key(text: str) -> str:
    """``name_key`` of words taken as written: romanised, folded, word by word."""
    folded = _APOSTROPHES.sub("", romanise(deaccent(text)).casefold())
    tokens = [t for t in _SEPARATORS.split(folded) if t]
    return " ".join(fold_token(t) for t in tokens if t != "the")


LOOSE_MIN = 5
"""The fewest letters a name key needs for ``loose_keys``: a shorter name's skeleton ("kiv",
"rf", "ova") is a few consonants that many names share."""
_LOOSE_LETTERS = str.maketrans({"Z": "z", "S": "s", "Q": "s", "X": "h", "k": "c"})
_INNER_VOWEL = re.compile(r"\B[aiu]")


@lru_cache(maxsize=65536)
def loose_keys(key: str) -> tuple[str, ...]:
    """Consonant skeletons of a name key (``name_key``) under which its spelling in another
    script may meet it when the keys still differ: the folding keeps Ž/Š/Č of Latin copy as
    z/s/c and Ж/Ш/Ч as zh/sh/ch ("zirvilis", "Zirvilis"), Latin c is k or ts ("cirnavita",
    «Корнавіца» "kirnaviT"), Latin ch is č or kh ("Chorlin" "Cirlin", «Хорлін» "Xirlin"), a
    Romanian ț is t, a Polish c ts, and transliterations drop or add vowels ("Ciomaru", «Чомару»
    "Cimar").
    So the skeleton lower-cases the marks, takes k as c and kh as h, drops every vowel but a
    word's first letter and a doubled letter, and gives one skeleton per reading of ch (c, h)
    and ts (c, t): at most four. A matching key, never a group: two names sharing one are
    only compared (``corroborate.match``), across scripts, where nothing else links them."""
    if len(key.replace(" ", "")) < LOOSE_MIN:
        return ()
    base = key.translate(_LOOSE_LETTERS)
    found = []
    for ch in ("c", "h") if "C" in base else ("c",):
        for ts in ("c", "t") if "T" in base else ("t",):
            word = _INNER_VOWEL.sub("", base.replace("C", ch).replace("T", ts))
            found.append(re.sub(r"(.)\1+", r"\1", word))
    return tuple(dict.fromkeys(found))


def _plausible_op(op: str, a: str, b: str) -> bool:
    """An edit transliteration makes: a vowel changed, inserted or dropped, or l/v, v/u."""
    if op == "replace":
        return (a in _VOWELS and b in _VOWELS) or (a, b) in _LOOSE_PAIRS
    return (a or b) in _VOWELS


def same_token(a: str, b: str, *, alone: bool = False) -> bool:
    """Two folded words of a name are one word: equal, transliteration variants, or a typo.
    ``alone``: the word is the whole name, so a short one may not gain or lose a vowel
    (``MIN_VOWEL_GAP_LENGTH``)."""
    if a == b:
        return True
    if not a or not b or a[0] != b[0] or a[-1] != b[-1]:
        return False
    if min(len(a), len(b)) < 4 or abs(len(a) - len(b)) > 2:
        return False
    if alone and len(a) != len(b) and min(len(a), len(b)) < MIN_VOWEL_GAP_LENGTH:
        return False
    ops = Levenshtein.editops(a, b)
    if len(ops) <= 2 and all(
        _plausible_op(op.tag, a[op.src_pos] if op.tag != "insert" else "",
                      b[op.dest_pos] if op.tag != "delete" else "")
        for op in ops
    ):  # fmt: skip
        return Levenshtein.normalized_similarity(a, b) >= 0.75
    return _one_typo(a, b)


def _one_typo(a: str, b: str) -> bool:
    """One mistyped or swapped letter in a long word; an added letter may be another place."""
    if min(len(a), len(b)) < MIN_TYPO_LENGTH or len(a) != len(b):
        return False
    return OSA.distance(a, b) <= 1


def same_name(a: str, b: str, *, one_script: bool = True) -> bool:
    """Are two spellings the same name? Word by word on their keys; same number of words.
    ``one_script``: both are written in one script, as far as the caller knows (a short
    one-word name may then not gain or lose a vowel: ``MIN_VOWEL_GAP_LENGTH``)."""
    key_a, key_b = name_key(a), name_key(b)
    if key_a == key_b:
        return bool(key_a)
    words_a, words_b = key_a.split(), key_b.split()
    if len(words_a) != len(words_b):
        return False
    given = _given_keys()
    alone = one_script and len(words_a) == 1 and not (key_a in given and key_b in given)
    return all(same_token(x, y, alone=alone) for x, y in zip(words_a, words_b, strict=True))


@lru_cache(maxsize=1)
def _given_keys() -> frozenset[str]:
    """The keys (``written_key``) of the lexicon's given names: ``same_name`` is also asked
    about keys, not spellings (``find_same``), so "pavl" must be known as Pavlo's."""
    return frozenset(written_key(name) for name in FOLDED_GIVEN_NAMES)


def is_given_name(word: str) -> bool:
    """Whether a word is a common given name as written ("Viktor", "Сергій") or declined
    ("Виктора"): the lexicon's one test (``known_given``), on the word or on the nominative
    ``lexicon.cyrillic`` reads a Cyrillic word back to."""
    if known_given(word):
        return True
    return bool(cyrillic.CYRILLIC.search(word)) and (
        cyrillic.given_nominative(word, known_given) is not None
    )


def case_ranks(spellings: Iterable[str]) -> dict[str, int]:
    """How far each spelling of one name is from its nominative: 0 for a nominative (or a
    Latin spelling: English does not decline), 1 for a genitive ("Житомира" beside
    "Житомир"), 2 for any other oblique case ("Польщі", "Києві"); a spelling ranks by its
    least nominative word. Which of stem-and-а is a nominative ("Польща") and which a
    genitive ("Житомира") only the other spellings tell: a genitive's stem is another
    spelling's nominative (compared by key: "Києва" beside "Київ"). The names view names a
    group by its best-ranked spelling (``groups.name_groups``)."""
    forms = {spelling: _case_forms_of(spelling) for spelling in spellings}
    bare = {written_key(stem) for found in forms.values() for rank, stem in found
            if rank == cyrillic.FORM_KEYED}  # fmt: skip
    return {
        spelling: max((_genitive_rank(rank, stem, bare) for rank, stem in found), default=0)
        for spelling, found in forms.items()
    }


def _case_forms_of(spelling: str) -> list[tuple[int, str]]:
    words = [w for w in _SEPARATORS.split(_APOSTROPHES.sub("", spelling)) if w]
    return [
        cyrillic.case_form(word, words[i - 1] if i else None, known_given)
        for i, word in enumerate(words)
        if cyrillic.CYRILLIC.search(word)
    ]


def _genitive_rank(rank: int, stem: str, bare: set[str]) -> int:
    if rank != cyrillic.FORM_STEM_A:
        return rank
    return 1 if written_key(stem) in bare else 0


def surname_key(spelling: str) -> str | None:
    """For "Valery Gerasimov" the key of "Gerasimov": a full personal name answers to it."""
    words = spelling.split()
    if 2 <= len(words) <= 3 and is_given_name(words[0]) and "-" not in words[-1]:
        return name_key(words[-1])
    return None


def shelf(key: str) -> tuple[str, int]:
    """The only keys ``find_same`` can accept for ``key`` share this: the first letter and the
    number of words. A caller holding many keys files them by it (``NameBook``), so a new
    spelling is compared with its shelf, not with every name of the desk."""
    return key[:1], key.count(" ")


def find_same(
    key: str,
    keys: Iterable[str],
    limit: int = 8,
    *,
    cyrillic: bool | None = None,
    script_of: Callable[[str], bool | None] | None = None,
) -> str | None:
    """The best key among ``keys`` that ``same_name`` accepts for ``key``, or None.

    rapidfuzz ranks the candidates; the cautious word-by-word test decides. ``keys`` may be
    only ``key``'s shelf (``shelf``): the others are dropped here anyway. ``cyrillic``:
    whether ``key``'s spelling is Cyrillic, and ``script_of`` the same of a candidate key
    (None: unknown): keys alone do not tell a transliteration from a spelling of one script.
    """
    where = shelf(key)
    choices = [k for k in keys if k and shelf(k) == where]
    if not key or not choices:
        return None
    ranked = process.extract(
        key, choices, scorer=Levenshtein.normalized_similarity, limit=limit, score_cutoff=0.6
    )
    for candidate, _score, _index in ranked:
        other = script_of(candidate) if script_of is not None else None
        across = cyrillic is not None and other is not None and other != cyrillic
        if same_name(key, candidate, one_script=not across):
            return candidate
    return None


def group_spellings(spellings: Iterable[str]) -> list[list[str]]:
    """Group spellings into names (greedy, most frequent first; no chaining through a link).

    Each spelling joins the first group whose founding key it matches, so A~B and B~C never
    pull A and C together unless A~C too.
    """
    counts: dict[str, int] = {}
    for spelling in spellings:
        counts[spelling] = counts.get(spelling, 0) + 1
    order = sorted(counts, key=lambda s: (-counts[s], s))
    groups: dict[str, list[str]] = {}
    for spelling in order:
        key = name_key(spelling)
        if not key:
            continue
        target = key if key in groups else find_same(key, groups)
        groups.setdefault(target or key, []).append(spelling)
    return list(groups.values())


_SOUND_DIGRAPHS = (
    ("dzh", "G"), ("shch", "S"), ("sch", "S"), ("tch", "C"), ("zh", "G"), ("dg", "G"),
    ("dj", "G"), ("sh", "S"), ("kh", "h"), ("ck", "k"), ("ph", "f"), ("th", "t"), ("wh", "w"),
    ("gh", ""), ("tz", "s"), ("ts", "s"), ("qu", "kv"), ("q", "k"), ("x", "ks"), ("z", "s"),
)  # fmt: skip
_SOUND_HEAD = re.compile(r"[hj](?=[aeiouy])")
_SOUND_DROPPED = re.compile(r"[aeiouyvwhj'\W\d_]")
_SOUND_SOFT_C = re.compile(r"c(?=[eiy])")
MAX_SOUNDS = 8
"""The most readings ``sound_keys`` gives one name (Latin ch as ч or к, c as к or ц)."""
SOUND_LEAST = 4
"""The fewest consonants a name's sound key needs: "Ann Lee" (n l) is too little to go by."""


def _word_sounds(word: str, latin: bool) -> set[str]:
    """One word's consonant skeletons as Russian transliteration renders its sounds: digraphs
    to one class each (ж, ш, ч, х), g, h before a vowel and j before a vowel as one class (г
    renders English h, дж its j and soft g), w, v, h and every vowel dropped (Уолш is Walsh,
    Уитбери Whitbury), z as s, doubled letters once. A Latin ch is read as ч or as к (Michael
    is Майкл), a Latin c before e, i, y as s and any other as к or ц. A final a is kept: a
    woman's name or surname is not the man's (Dana and Dan, Petrova and Petrov)."""
    for digraph, mark in _SOUND_DIGRAPHS:
        word = word.replace(digraph, mark)
    word = word.replace("ch", "K")  # read below: ч, or к in a Latin word
    word = _SOUND_HEAD.sub("G", word).replace("g", "G")
    word = _SOUND_SOFT_C.sub("s", word)
    readings = {word.replace("K", "C")}
    if latin and "K" in word:
        readings.add(word.replace("K", "k"))
    if latin and "c" in word:
        readings = {r.replace("c", mark) for r in readings for mark in ("k", "s")}
    readings = {r.replace("c", "k") for r in readings}
    ending = "a" if word.endswith("a") else ""  # Dana is not Dan, Петрова not Петров
    return {re.sub(r"(.)\1+", r"\1", _SOUND_DROPPED.sub("", r)) + ending for r in readings}


@lru_cache(maxsize=65536)
def sound_keys(spelling: str) -> tuple[str, ...]:
    """Keys under which a name of two or three words meets its spelling in the other script
    when transliteration, not folding, sets the two apart: an English name's Russian or
    Ukrainian form is written as it sounds ("Dana Whitbury" is «Дана Уитбери», "George Hale"
    «Джордж Хейл»), which ``name_key`` cannot reach from the letters. Each word is reduced
    to the consonants transliteration keeps (``_word_sounds``), a Cyrillic word in the case
    its key is made from (``_cyrillic_stems``, so «Даны Уитбери» keys as «Дана Уитбери»). Every
    word must match, first name and surname both; a name with fewer than ``SOUND_LEAST``
    consonants gets none. Keys only ever link a Latin spelling with a Cyrillic one
    (``NameBook``): within one script the letters themselves decide."""
    words = [w for w in _SEPARATORS.split(_APOSTROPHES.sub("", spelling)) if w]
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return ()
    cyrillic_name = cyrillic.CYRILLIC.search(spelling) is not None
    text = _cyrillic_stems(words) if cyrillic_name else " ".join(words)
    folded = romanise(deaccent(text)).casefold()
    parts = [_word_sounds(word, not cyrillic_name) for word in folded.split()]
    if len(parts) != len(words) or not all(all(parts) for parts in parts):
        return ()
    found: list[str] = [""]
    for sounds in parts:
        found = [f"{head} {s}".strip() for head in found for s in sorted(sounds)][:MAX_SOUNDS]
    return tuple(k for k in found if len(k.replace(" ", "")) >= SOUND_LEAST)
