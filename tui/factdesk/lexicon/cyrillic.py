"""Russian and Ukrainian words as the matcher compares them: stop words, endings, scales.

Both languages decline nouns, adjectives and names: "Харків" is "Харкова" after "біля" and
"Харкові" after "у"; "Димитров" is "Димитрова" in "освобождение Димитрова"; "журналист" is
"журналиста", "журналисту", "журналистом". Two sentences about one event then share few
written forms, and a name in an oblique case would get a key of its own. The lists here are
endings (grammar), never words of a story; ``stem`` and ``name_stem`` apply them:

- ``stem`` cuts the longest inflectional ending off an ordinary word (a light stemmer in the
  manner of the Snowball family, keeping a stem of at least ``MIN_STEM`` letters), so
  "журналиста"/"журналістові"/"журналист" meet once transliterated and folded;
- ``name_stem`` turns one word of a capitalised name into the form the key is made from:
  surnames in -ов/-ев/-ин and adjectival ones (-ский, -ська) to their nominative, -енко and
  consonant-final names (-ук, -ич, Мирноград) to the bare stem, a declined given name to its
  nominative when that is a known given name (``names.spelling`` passes the test in).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from factdesk.lexicon.given_names import known_given

CYRILLIC = re.compile(r"[а-яёіїєґ]", re.I)
"""A Russian or Ukrainian letter (the test for "is this word Cyrillic")."""


def has_cyrillic(text: str) -> bool:
    """Whether ``text`` holds a Russian or Ukrainian letter (``CYRILLIC``), answered without
    a search for a text all in ASCII (``str.isascii`` reads a flag): the search tests each
    character against the class ignoring case, ~2.6 µs over a claim of 100 ASCII
    characters, and the matcher asks it several times of every claim indexed (issue 15)."""
    return not text.isascii() and CYRILLIC.search(text) is not None


LATIN = re.compile(r"[a-z]", re.I)
"""A Latin letter (``mostly_cyrillic`` weighs the two scripts)."""


def mostly_cyrillic(text: str) -> bool:
    """Whether more of the text's letters are Cyrillic than Latin: a Russian sentence quoting
    "NATO" is Russian, an English one naming "Харків" English. The one test of which script
    a claim or a piece of text is in, for the matcher, its outcome reader and the mention
    finder."""
    if text.isascii():
        return False
    return len(CYRILLIC.findall(text)) > len(LATIN.findall(text))


MIN_STEM = 3


STOP = frozenset(
    (
        """и в во на с со к ко по о об обо от до из за что как а но не ни это то так же ли бы
    был была было были быть его ее её их он она они оно мы вы я у при для про под над без
    между после перед также уже еще ещё который которая которое которые которых чем где когда
    все всех этот эта эти этого этой том той тот
    і й та що як від з із зі до для про при це цей ця ці цього цієї під над без між після
    перед також вже ще який яка яке які яких де коли все всіх він вона вони воно ми ви був
    була було були бути його її їх й чи не ні але а у в на за по о об"""
    ).split()
)
"""Function words of both languages: they say nothing about which event a claim tells."""

_WORD_ENDINGS = sorted(
    set(
        (
            """ами ями ого его ому ему ыми ими ых их ой ей ая яя ое ее ые ие ую юю ым им ом ем
    ов ев ий ый ья ье ью ьи ия ие ию ии иям иях ам ям ах ях а я о е ы и у ю ь
    ость ости остью ению ения ение ением ении
    ові еві ою ею ої ої ий ій ів їв ах ям ями ові і ї є ать ять ить еть уть ти ться тися
    ла ло ли л в ли ся сь ться ала ала ило или ила ило ено ена ены ені ного ної ній ною ну
    ського ської ському ській ською ську ський ська ське ські ских ский ская ское ские"""
        ).split()
    ),
    key=len,
    reverse=True,
)
"""Inflectional endings of nouns, adjectives and verbs (Russian and Ukrainian), longest
first: the first that leaves ``MIN_STEM`` letters is cut."""


def stem(word: str) -> str:
    """A lower-case Cyrillic word without its inflectional ending: "журналиста" ->
    "журналист", "заочно" -> "заочн"; a word shorter than the shortest stem stays whole."""
    for ending in _WORD_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[: -len(ending)]
    return word


DOUBLED_BEFORE_SOFT = "нлт"
"""Consonants a Ukrainian genitive plural ends on before "ь" that its other cases double
("обмежень", "обмеження"): ``stems`` gives the doubled stem, ``text.wordfind.start`` the single."""


def stems(word: str) -> frozenset[str]:
    """``word`` and every stem it leaves without one inflectional ending (each keeping
    ``MIN_STEM`` letters): two words are one word in two cases when these meet, as
    "орлевского" and "орлевский" do in "орлевск" though ``stem`` cuts them apart
    ("-ого" against "-ский"). A Ukrainian genitive plural in "-нь", "-ль", "-ть" also
    gives the stem with that consonant doubled, as its other cases keep it ("обмежень",
    "обмеження", "обмеженням"; "зусиль", "зусилля"). The ``/`` filter's and the desk
    search's test (``text.wordfind``)."""
    cuts = [word[: -len(e)] for e in _WORD_ENDINGS if word.endswith(e)]
    if len(word) > 2 and word[-1] == "ь" and word[-2] in DOUBLED_BEFORE_SOFT:
        cuts.append(word[:-1] + word[-2])
    return frozenset([word, *(cut for cut in cuts if len(cut) >= MIN_STEM)])


SCALES: dict[str, int] = {
    "тыс": 1_000, "тысяч": 1_000, "тысячи": 1_000, "тысяча": 1_000, "тысячу": 1_000,
    "тис": 1_000, "тисяч": 1_000, "тисячі": 1_000, "тисяча": 1_000, "тисячу": 1_000,
    "млн": 1_000_000, "миллион": 1_000_000, "миллиона": 1_000_000, "миллионов": 1_000_000,
    "мільйон": 1_000_000, "мільйона": 1_000_000, "мільйони": 1_000_000,
    "мільйонів": 1_000_000,
    "млрд": 1_000_000_000, "миллиард": 1_000_000_000, "миллиарда": 1_000_000_000,
    "миллиардов": 1_000_000_000, "мільярд": 1_000_000_000, "мільярда": 1_000_000_000,
    "мільярди": 1_000_000_000, "мільярдів": 1_000_000_000,
}  # fmt: skip
"""Scale words after a figure ("40 тисяч тонн", "3,2 млн", "1,5 млрд гривень"), every form
a number takes them in (abbreviations are read with or without their dot)."""

MEASURE_UNITS: dict[str, tuple[str, float]] = {
    r"мм|міліметр\w*|миллиметр\w*": ("m", 0.001),
    r"см|сантиметр\w*": ("m", 0.01),
    r"км|кілометр\w*|километр\w*": ("m", 1000.0),
    r"м|метр\w*": ("m", 1.0),
    r"рок\w*|рік|лет|год|года|году|годам|годами": ("mo", 12.0),
    r"місяц\w*|месяц\w*": ("mo", 1.0),
    r"км/ч|км/год": ("kmh", 1.0),
    r"м/с|метр\w* (?:в|за|на) секунду": ("kmh", 3.6),
    r"°\s?C|°\s?С|градус\w* (?:Цельсия|Цельсія)|градус\w*": ("C", 1.0),
}
"""Russian and Ukrainian units of a measure, as ``lexicon.english.MEASURE_UNITS`` (one unit
per dimension and the factor to it): "92 міліметри" is the 9.2 centimetres an English claim
gives, "4,5 года" its 54 months."""


APPROXIMATIONS = {
    ">": "более|больше|свыше|не менее|понад|більше|щонайменше|не менше",
    "<": "почти|менее|меньше|майже|менше|неполных",
    "~": "около|примерно|порядка|приблизно|близько|орієнтовно",
}
"""Russian and Ukrainian words giving a figure as a bound or an estimate ("почти 300",
"понад 40"), by the side of the bound, as ``lexicon.english.APPROXIMATIONS``; the figure after
them may be a number word ("более пяти") once the matcher writes it in digits."""

PERCENT_WORDS = r"процент\w*|відсот\w*|проц\.|відс\."
"""A percentage written out: "3,1 процента", "8 відсотків"."""

FIGURE_ROLES = {
    "dead": r"погиб\w*|загиб\w*|загин\w*|убит\w*|вбит\w*|убил\w*|вбил\w*|смерт\w*",
    "injured": r"ранен\w*|ранил\w*|поранен\w*|поранил\w*|травм\w*|пострада\w*|постражда\w*",
    "rescued": r"спас[её]н\w*|спасл\w*|врятова\w*|врятув\w*",
    "missing": r"пропа\w*|безвест\w*|зник\w*",
    "arrested": r"задержа\w*|затрима\w*|арестова\w*|заарештова\w*",
    "evacuated": r"эвакуир\w*|евакуйов\w*|евакуюва\w*",
}
"""The Russian and Ukrainian words of ``english.FIGURE_ROLES`` (same roles, as word starts):
"погибли три человека", "12 ранены", "четырёх погибших", "П'ятеро загиблих і семеро
поранених"."""
NOBODY_WORDS = r"никто|ніхто|никого|нікого"
"""``english.NOBODY_WORDS`` in Russian and Ukrainian: "никто не пострадал", "ніхто не
загинув"."""
NOBODY_OF = r"из|із|зі|з"
"""``english.NOBODY_OF`` in Russian and Ukrainian: «никто из 78 человек на борту не
пострадал», «ніхто зі 186 пасажирів не постраждав» (pairs40)."""

ALIVE_RE = re.compile(
    r"(?<!\bне )(?<!\bні )(?<!\bни )\bжив(?:ы|ой|ая|ые|ыми|ым|ими|им|ий|і|а)\b", re.I
)
"""``english.ALIVE_RE`` in Russian and Ukrainian: «члены экипажа живы», «вывели живыми», «живі
й перебувають у лікарні». Only the adjective: «живут», «живуть» (they live somewhere) are no
such word; not «не живы», nor «в живых» («никого не осталось в живых»)."""

# Names ---------------------------------------------------------------------------------

_POSSESSIVE = re.compile(r"^(.{2,}?(?:ов|ев|ёв|єв|ин|ын|ін|їн))(?:ым|им|ові|ому|а|у|е|і)$")
"""Surnames and places in -ов/-ев/-ин (Петров, Лаврентьев, Путин, Димитров) in a masculine
oblique case: the stem is the masculine nominative."""
_POSSESSIVE_WOMAN = re.compile(r"^(.{2,}?(?:ов|ев|ёв|єв|ин|ын|ін|їн))(?:ой|ою|ої|ій)$")
"""The same surnames in a woman's oblique case (Петровой, Петровою, Петрової): her
nominative is the stem and -а."""
_POSSESSIVE_HERS = re.compile(r"^(.{2,}?(?:ов|ев|ёв|єв|ин|ын|ін|їн))(?:а|у|ой|ою|ої|ій)$")
"""After a woman's given name, every form of such a surname is hers: Петрова is her
nominative (a man's genitive elsewhere), Петрову her accusative (a man's dative)."""
_UKRAINIAN_DATIVE = re.compile(r"^(.{2,}(?:ук|юк|ич|ак|як|ик|ок|ек))(?:ові|еві)$")
"""The Ukrainian dative of a consonant-final surname (Савчукові, Петровичеві): without this,
"-ов-і" would read as the locative of a name in -ов (Харкові)."""

_ADJECTIVAL = (
    (re.compile(r"^(.{2,}(?:с|ц))к(?:ого|ому|им|ом)$"), r"\1кий"),
    (re.compile(r"^(.{2,}(?:с|ц))к(?:ой|ую)$"), r"\1кая"),
    (re.compile(r"^(.{2,}(?:сь|ць))к(?:ого|ому|им|ім)$"), r"\1кий"),
    (re.compile(r"^(.{2,}(?:сь|ць))к(?:ої|ій|ою|у)$"), r"\1ка"),
)
"""Adjectival surnames and places (Зеленский, Зеленська, Покровський): each gender's oblique
forms to its nominative; the two genders stay two names (Zelensky is not Zelenska)."""

_ENKO = re.compile(r"^(.{3,}енк)(?:а|у|ові|ом)$")
"""Ukrainian -енко names decline as -енка, -енку, -енкові, -енком (Russian keeps -енко)."""

_CONSONANT_STEM = re.compile(
    r"^(.{3,}?[бвгґджзйклмнпрстфхцчшщ]ь?)(?:ами|ями|ах|ях|ові|еві|ом|ем|ём|єм|ою|ею|ой|ей|а|я|у|ю|е|і|ы|и|о)$"
)
"""Any other name ending in a consonant (Мирноград, Ізмаїл, Савчук, Петрович) in an oblique
case: the consonant stem. Also a name ending in -а/-я in any case (Москва, Москвы, Москве),
or in -о after a consonant, whose other cases end as a consonant name's do (a Ukrainian -ко
surname: Величко, Величка, Величком; a neuter noun: Міністерство, Міністерства): its stem,
the same for every form (not the Latin spelling's, see ``name_stem``)."""

_GIVEN_NOMINATIVE = (
    ("ией", "ия"), ("ією", "ія"), ("ии", "ия"), ("ію", "ія"), ("ії", "ія"), ("ой", "а"),
    ("ою", "а"), ("ей", "я"), ("ею", "я"), ("ом", ""), ("ем", ""), ("ові", ""), ("еві", ""),
    ("ы", "а"), ("и", "а"), ("і", "а"), ("у", "а"), ("ю", "я"), ("е", "а"), ("а", ""),
    ("я", "й"), ("у", ""), ("е", ""), ("і", ""), ("и", "я"), ("я", "ь"), ("ю", "й"),
    ("а", "о"), ("у", "о"), ("і", "о"), ("е", "й"),
)  # fmt: skip
"""Oblique endings of given names and what the nominative ends in (Егора -> Егор, Марии ->
Мария, Олегом -> Олег, Петра -> Петро, Сергея -> Сергей); tried in order, a form counts only
if it is a known given name."""


def given_nominative(word: str, is_given: Callable[[str], bool]) -> str | None:
    """The nominative of a declined given name, if one of its possible nominatives is a given
    name ``is_given`` knows ("Егора" -> "Егор"); None when the word is not one."""
    lower = word.casefold()
    for ending, nominative in _GIVEN_NOMINATIVE:
        if lower.endswith(ending) and len(lower) - len(ending) >= 2:
            candidate = lower[: -len(ending)] + nominative
            if is_given(candidate):
                return candidate
    return None


def name_stem(word: str, before: str | None, is_given: Callable[[str], bool]) -> str:
    """One Cyrillic word of a name in the form its key is made from (lower case).

    ``before`` is the word before it in the name, if any: after a woman's given name in the
    nominative (Мария, Олена), "-ова" is her surname's nominative and is kept; anywhere
    else it is read as a man's genitive (освобождение Димитрова, Егора Лаврентьева), the
    commoner form in news text. Known given names go to their nominative (``is_given``).
    """
    lower = word.casefold()
    if is_given(lower):
        return lower
    given = given_nominative(lower, is_given)
    if given is not None:
        return given
    hers = before is not None and _feminine_given(before, is_given)
    if hers and (her := _POSSESSIVE_HERS.match(lower)) is not None:
        return her.group(1) + "а"
    if (ukrainian := _UKRAINIAN_DATIVE.match(lower)) is not None:
        return ukrainian.group(1)
    for pattern, replacement in _ADJECTIVAL:
        if pattern.match(lower):
            return pattern.sub(replacement, lower)
    if (enko := _ENKO.match(lower)) is not None:
        return enko.group(1) + "о"
    if lower.endswith(("ский", "ський", "цкий", "цький", "ская", "ська", "енко")):
        return lower
    if (woman := _POSSESSIVE_WOMAN.match(lower)) is not None:
        return woman.group(1) + "а"
    if (possessive := _POSSESSIVE.match(lower)) is not None:
        return possessive.group(1)
    if (consonant := _CONSONANT_STEM.match(lower)) is not None:
        return consonant.group(1)
    return lower


ADJECTIVE_ENDINGS = (
    "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ым", "им", "ыми", "ими", "ую", "юю",
    "ого", "его", "ому", "ему", "ою", "ею", "ій", "ої", "ім", "іми",
)  # fmt: skip
"""Endings of a full adjective in Russian and Ukrainian, every case («тихим», «холодная»,
«тихою»): the shape of a predicate adjective when no parser reads the sentence
(``extract.comment``). ``NAME_ADJECTIVE_ENDINGS`` is another reader's narrower list."""

UK_ADJECTIVE_NOMINATIVES = ("ська", "цька", "зька", "ське", "цьке", "на", "не")
"""Ukrainian feminine and neuter adjectives in the nominative before a body's noun («міська
рада», «обласна адміністрація», «міське управління»), which ``ADJECTIVE_ENDINGS`` (every
Russian form, the Ukrainian oblique ones) leaves out; read only before another word."""

NAME_ADJECTIVE_ENDINGS = (
    "ого", "его", "ой", "ей", "ых", "их", "ый", "ий", "ая", "яя", "ое", "ее", "ые", "ие",
    "ої", "ій", "ому", "ська", "ський", "ського", "ської", "ним", "ным",
)  # fmt: skip
"""Endings of a Russian or Ukrainian adjective opening a body's longer name: a capitalised
word with one after a kind noun is the start of that name («администрации Октябрьского
района»), not a place's name (``extract.kinds``). Not ``ADJECTIVE_ENDINGS``: no -ую, -ою,
-ею, -ім (a name after a kind noun stands in the genitive, and -ою, -ею end nouns too), and
the Ukrainian -ська forms and -их/-ых whole. Until names41 both lists were
``CYRILLIC_ADJECTIVE_ENDINGS``, one in ``lexicon.scene`` and one in ``lexicon.kinds``."""


SHORT_NAME_CASES = (("у", "а"), ("ы", "а"), ("и", "а"), ("е", "а"), ("і", "а"), ("ю", "я"))
"""An oblique ending of a name in -а/-я whose stem is too short for ``name_stem`` to cut
(three letters: ``_CONSONANT_STEM`` wants four), and the nominative ending it stands for:
accusative «Вену», genitive «Вены», locative «Вене», «Ризі» (whose nominative is «Вена»,
«Рига»). Grammar, never names: ``names.spelling.declined_keys`` offers the nominative's key
to the name's spelling in the other script only, since a word of four letters in -у or -и
may be a name that does not decline (Баку, Ниси)."""

UKRAINIAN_ALTERNATIONS = (("зі", ("га",)), ("ці", ("ка",)), ("сі", ("ха",)))
"""The Ukrainian dative and locative of a name in -га/-ка/-ха change its consonant before -і
(г to з, к to ц, х to с): «Ризі», «Празі», «Ларнаці» are Рига, Прага, Ларнака, whose stems
the plain case endings never reach («Празі» cuts to «Праз»). Each is offered beside the
plain reading, as «Оломоуці» is the locative of «Оломоуц»: only the other script's spelling
decides (``names.spelling.declined_keys``)."""

WORD_INITIAL_W = re.compile(r"^у(?=[иэеоаіїє])", re.I)
"""A Russian or Ukrainian word opening with у before another vowel renders an English or
other W ("Уимблдон" Wimbledon, "Уэльс" Wales, "Уилсон" Wilson, "Уотсон" Watson): no native
name opens so. ``names.spelling`` keys it as в, the letter Latin w folds to, so «Уимблдон»
and «Вімблдон» meet "Wimbledon"."""


FORM_KEYED, FORM_STEM_A, FORM_OBLIQUE = 0, 1, 2
"""How a Cyrillic word of a name stands to the form its key is made from (``case_form``)."""


def case_form(word: str, before: str | None, is_given: Callable[[str], bool]) -> tuple[int, str]:
    """Whether a word of a name is written in an oblique case, and its stem (``name_stem``).

    ``FORM_KEYED``: the word is its key's form, the nominative of a name ending in a consonant
    or of one that does not decline ("Житомир", "Остап"), or the stem and -о ("Величко",
    "Міністерство"); ``FORM_STEM_A``: the stem
    and -а/-я, the nominative of a name in -а/-я ("Польща") or the genitive of a consonant
    name ("Житомира"), which only the other spellings of the name tell apart; ``FORM_OBLIQUE``:
    any other ending the key cuts ("Польщі", "Житомирі", "Польщею"). The names view names a
    group by a nominative (``names.groups``): a locative is how a sentence put it, not the
    name."""
    lower = word.casefold()
    found = name_stem(word, before, is_given)
    if found == lower or lower == found + "о":  # Величко, Міністерство: no case ends so
        return FORM_KEYED, found
    if lower[:-1] == found and lower[-1:] in ("а", "я"):
        return FORM_STEM_A, found
    return FORM_OBLIQUE, found


def _feminine_given(word: str, is_given: Callable[[str], bool]) -> bool:
    """A woman's given name in any case (Мария, Марии, Олену): a known given name whose
    nominative ends in -а/-я (a few men's do too, Микола, Илья: their surnames then keep
    -ова as written, the cost of a miss rather than a false merge)."""
    lower = word.casefold()
    nominative = lower if is_given(lower) else given_nominative(lower, is_given)
    return nominative is not None and nominative.endswith(("а", "я"))


# Figures ---------------------------------------------------------------------------------

_UNIT_FORMS = (
    "три трёх трех трьох трое троє",
    "четыре четырёх четырех чотири чотирьох четверо",
    "пять пяти пятеро п'ять п'яти п'ятеро",
    "шесть шести шестеро шість шести",
    "семь семи семеро сім сьома",
    "восемь восьми восьмеро вісім восьми",
    "девять девяти девятеро дев'ять дев'яти дев'ятеро",
    "десять десяти десятеро",
)
_TEEN_FORMS = (
    "одиннадцать одинадцять", "двенадцать дванадцять", "тринадцать тринадцять",
    "четырнадцать чотирнадцять", "пятнадцать п'ятнадцять", "шестнадцать шістнадцять",
    "семнадцать сімнадцять", "восемнадцать вісімнадцять", "девятнадцать дев'ятнадцять",
)  # fmt: skip
_TEN_FORMS = (
    "двадцать двадцати двадцять двадцяти", "тридцать тридцати тридцять тридцяти",
    "сорок сорока", "пятьдесят пятидесяти п'ятдесят п'ятдесяти",
    "шестьдесят шестидесяти шістдесят шістдесяти", "семьдесят семидесяти сімдесят сімдесяти",
    "восемьдесят восьмидесяти вісімдесят вісімдесяти", "девяносто девяноста дев'яносто дев'яноста",
)  # fmt: skip


def _numbered(forms: tuple[str, ...], first: int, step: int = 1) -> dict[str, int]:
    return {w: first + i * step for i, words in enumerate(forms) for w in words.split()}


UNITS = _numbered(_UNIT_FORMS, 3)
"""Number words 3-10 in the cases a count takes ("пять лет", "более пяти", "семеро
загиблих"); "один" and "два" are left alone, as "one" and "two" are in English."""
COLLECTIVES = _numbered(
    (
        "троих",
        "четверых",
        "пятерых п'ятьох",
        "шестерых шістьох",
        "семерых сімох",
        "восьмерых вісьмох",
        "девятерых дев'ятьох",
        "десятерых десятьох",
    ),
    3,
)
"""Collective number words 3-10 in an oblique case ("всех троих нашли", "п'ятьох
госпіталізували", "дев'ятьох підняли"): read as figures by the matcher only (the claim
detector's ``NUMBER_FORMS`` are ``UNITS``, ``TEENS``, ``TENS`` and ``SCALES``: extraction is
unchanged by these)."""
TEENS = _numbered(_TEEN_FORMS, 11)
TENS = _numbered(_TEN_FORMS, 20, 10)
"""Tens, written before a unit ("двадцать пять" is 25; "более двадцати" is 20)."""

NUMBER_FORMS = frozenset(
    form
    for word in (*UNITS, *TEENS, *TENS, *SCALES)
    for form in (word, word.replace("'", "\u2019"))
)
"""Every number word above as written, with the typographic apostrophe too ("п’ять"): the
claim detector's Russian/Ukrainian number words (``reporting_ru_uk.NUMBER_WORDS``) are built
from these, so the matcher and the detector read one list."""


OUT_OF = r"из|із|з|зі"
"""Russian and Ukrainian words before the top of a scale ("71 из 140 возможных", "63 бали з
140"), as ``lexicon.english.OUT_OF``."""
CONTRAST = re.compile(
    r"(?:[,;—–]\s*)а\s+не\s+(?!(?:только|лише|тільки|всегда|завжди|раз|один|одна)\b)"
    r"([а-яёіїєґ][а-яёіїєґ'’-]*(?:\s+[а-яёіїєґ][а-яёіїєґ'’-]*)?)",
    re.I,
)
"""What a claim says a thing is not, as English ", not X" (``english.CONTRAST_RE``): up to
two words after ", а не" («ошибка, а не атака», «пожежею, а не вибухом»)."""
NEGATED_FIGURE = re.compile(
    r"(?<![\w'’])не\s+(?:на\s+)?(?:(?:почти|около|примерно|майже|близько|приблизно)\s+)?"
    r"(\d+(?:[.,]\d+)*)",
    re.I,
)
"""A figure the sentence rejects, as English "29 people, not 46" ("дев'ять осіб, а не 14",
"400 кг, а не 1.4 тонны", "выросла не на 5%", "а не почти 3000"), read on the text with its
number words as digits and its decimal commas as points (``corroborate.match.spell_digits``).
"Не менее 14" and "не більше 14" are bounds, not rejections: a word between "не" and the
figure stops it, unless it says the rejected figure was an estimate ("а не почти 3000")."""


VERDICTS = {
    False: re.compile(
        r"(?<![а-яёіїєґ])(?:приговор[её]н\w*|приговорил\w*|осужд[её]н\w*|засуджен\w*\s+до|"
        r"засуди(?:в|ла|ли|ло)(?=(?:\s+(?!(?:і|та)\s)[^\s,.;:]+){1,10}?\s+до\s)|"
        r"(?:признан|признал|визнан|визнав|визнал)\w*(?:\s+[^\s,.;:]+){0,5}?\s+(?:виновн|винн)\w*)",
        re.I,
    ),
    True: re.compile(r"(?<![а-яёіїєґ])(?:оправда\w*|виправда\w*)", re.I),
}
"""A court's verdict on the person a Russian or Ukrainian claim names, by whether it was good
for them: "приговорён", "осуджений до", "признан виновным" (False) against "оправдан",
"виправдав" (True). The matcher's counterpart, without a parse, of the English outcome verbs
(``corroborate.outcomes``). An acquittal word also means "to justify" ("оправдал ожидания"):
it counts only beside a court (``COURT``). "Осудил" is left out, and "засудив" counts only
with "до" within ten words after it and in its clause ("засудив директора фірми до двох
років"; a comma, "і" or "та" ends the clause): alone, both also mean "condemned" ("осудил
удар", "засудив напад"), and "засудив напад і закликав до розслідування" condemned one thing
and called for another."""
CONTESTS = {
    "beat": re.compile(
        r"(?<![а-яёіїєґ])(?:обыграл\w*|обіграл\w*|обіграв|переиграл\w*|переграл\w*|"
        r"переграв|победил\w*|переміг|перемогл\w*|разгромил\w*|розгромил\w*|розгромив)"
        r"(?![а-яёіїєґ])",
        re.I,
    ),
    "ahead": re.compile(
        r"(?<![а-яёіїєґ])(?:опередив|опередил\w*|випередивши|випередил\w*|випередив|обогнав|"
        r"обійшовши)(?![а-яёіїєґ])",
        re.I,
    ),
    "won": re.compile(
        r"(?<![а-яёіїєґ])(?:выиграл\w*|виграв|виграл\w*|завоевал\w*|здобу\w*|стал\w* "
        r"победител\w*|став переможц\w*)(?![а-яёіїєґ])",
        re.I,
    ),
}
"""A contest's outcome in Russian or Ukrainian, as the English outcome verbs tell it: "X
обыграл Y", "X переміг Y" (X won, Y lost), "випередивши Y", "опередив Y" (Y did worse), "X
виграв спринт" (X won). The matcher reads the winner as the name before the verb and the
loser as the name right after "beat" or "ahead" (``corroborate.outcomes``)."""

COURT = re.compile(
    r"(?<![а-яёіїєґ])(?:суд|суда|суду|судом|суде|суді|судь\w+|судд\w+|присяжн\w+|трибунал\w*)"
    r"(?![а-яёіїєґ])",
    re.I,
)
"""A court named in a Russian or Ukrainian claim ("суд", "судья", "присяжные", "трибунал")."""


# Denials ---------------------------------------------------------------------------------

_NOUNS_LIKE_VERBS = (
    r"(?:кредит|лимит|визит|депозит|транзит|дефицит|профицит|аппетит|магнит|гранит|бандит|"
    r"монолит|паразит|саммит|аудит|реквизит|алфавит|динамит|фаворит|метеорит|гепатит|бронхит|"
    r"артрит|гастрит|менингит|энцефалит|бюджет|сюжет|планшет|кабинет|интернет|предмет|кларнет|"
    r"планет|монет|смет|[а-яё]*сч[её]т|[а-яё]*[оа]тч[её]т|уч[её]т|зач[её]т|поч[её]т|"
    r"[а-яё]*[ои]л[её]т|пол[её]т|нал[её]т|взл[её]т|перел[её]т|[а-яё]*[ео]м[её]т|апетит)"
    r"(?:а|у|е|ом|ы|ов|ам|ами|ах|і|ів|ові)?(?![а-яёіїєґ])"
)
"""Russian nouns whose nominative ends as a verb's present does after «не» (-ит, -ет or -ёт
after the letters a verb has there: «не кредит», «не бюджет», «не отчёт», «не самолёт»), and
their case forms («не кредита», «не бюджетов»): no suffix rule tells «не визит» from «не
снизит» or «не бюджет» from «не сможет», so these are listed by word (news nouns: money,
offices, reports, aircraft, illnesses), each with the endings of its declension. The same
words spelt alike in Ukrainian («кредит», «бюджет») are covered; a Ukrainian word with і, ї, є
or ґ never takes a verb's -ит/-ет at all (its present is -е, -є, -ить: «не візит», «не ліміт»).
"""

READER_ADDRESS = re.compile(
    r"(?<!\w)(?:вы|вас|вам|вами|ваш\w*|ви|ти|тебе|тебя|тобі|тобой|тобою|твій|твоя|твоє|твої|"
    r"твой|твое|твои|пожалуйста|будь ласка)(?!\w)",
    re.IGNORECASE,
)
"""A Russian or Ukrainian page speaking to its reader (a second-person word, "please"):
advice and calls, never the writer's account of a fact (``READER_ADDRESS_RE`` of English)."""


DENIALS = re.compile(
    r"(?<![а-яёіїєґ])(?:опроверг\w*|опровер\w*|спростува\w*|спростову\w*|отрица\w*|"
    r"заперечи\w*|заперечу\w*|не соответству\w* действительности|"
    r"не відповіда\w* дійсності|не подтвержда\w*|не підтверджу\w*|неправд\w*|ложн\w*|"
    r"не (?:был[аои]? )?(?:взят|захвачен|потерян)\w*|"
    r"не (?:був |була |було )?(?:взят|захоплен|втрачен)\w*|"
    r"не (?!" + _NOUNS_LIKE_VERBS + r")[а-яёіїєґ]+(?:л|ла|ло|ли|(?<!о)в|(?<=шо)в)(?:ся|сь)?"
    r"(?![а-яёіїєґ])|"
    r"не [а-яёіїєґ]+вш(?:ий|ая|ее|ие|его|ей|их|им|ими|ую)(?![а-яёіїєґ])|"
    r"не (?!(?:исключен|виключен|ограничен|обмежен|уверен|впевнен|должен|согласен)\w*)"
    r"(?!" + _NOUNS_LIKE_VERBS + r")"
    r"[а-яёіїєґ]{2,}(?:[еёияа]н[аоыиі]?|ыт[аоы]?|ит[аоі])(?![а-яёіїєґ])|"
    r"не (?:будет|будут|буде|будуть|будем|будемо|можем|можемо|йде|іде|піде|може|хоче)"
    r"(?![а-яёіїєґ])|"
    r"не (?!(?:исключ|виключ|хват|вистач|стои|знач|означ|скрыв|прихов|сомнев|сумнів|доста|"
    r"брак)\w*)(?!" + _NOUNS_LIKE_VERBS + r")(?![а-яё]*[іїєґ])"
    r"(?:[а-яёіїєґ]{2,}(?:[аеёиоуыэюяіїєжшчщднм]е|ё)|[а-яёіїєґ]{3,}и)т"
    r"(?![а-яёіїєґ])|"
    r"не (?!(?:исключ|виключ|хват|вистач|стои|знач|означ|скрыв|прихов|сомнев|сумнів|доста|"
    r"брак)\w*)[а-яёіїєґ]{2,}"
    r"(?:ут|ют|ят|[жшчщ]ат|[еёи]тся|[уюая]тся|ає|яє|ує|ють|ється|ються)(?![а-яёіїєґ])|"
    r"перенес[её]н(?!н[яюі]|и[еяюи])\w*|перенесл\w*|перенесено|отложен\w*|отложил\w*|"
    r"відкладен\w*|відклал\w*|відклав|"
    r"відклали|без (?:соглашени\w*|договор[её]нност\w*|угод\w*|домовленост\w*|штраф\w*)|"
    r"отклонил[аио]?|отказал(?:[аио]|ась|ись|ось|ся)?|відхили(?:в|ла|ли|ло)|"
    r"відмови(?:в|ла|ли|ло)(?:ся|сь)?)(?![а-яёіїєґ])",
    re.IGNORECASE,
)
"""A claim that denies another in Russian or Ukrainian: "опроверг", "спростував", "не
відповідає дійсності", "назвал ложными", "не соответствует действительности", "не был взят", a
verb in the past negated ("не садился", "не встановив"; "не менее" is a bound, not a verb), as
English ``NEGATIONS`` reads "did not ...", and a short passive participle negated («причал не
закрито», «нарушений не выявлено», «мост не закрыт»), as English reads "has not been
closed" («не исключено» is a hedge, «не уверен», «не должен» no participle). The matcher's
counterpart of the English ``DENIAL_RE`` (``corroborate.match``: "one denies the other"). An
event put off («перенесено на весну», «отложили», «відклали», «відклав розгляд») did not
happen as the other claim tells it (the noun of moving a thing, «перенесение штаб-квартиры»,
«перенесення офісу до Відня», puts nothing off: a move approved is no denial), nor talks
ended or a case closed «без соглашения», «без угоди», «без штрафу», as English
``OUTCOME_NEGATIONS`` reads "postponed", "called off", "without an agreement". A request
refused or a suit rejected («суд отказал ему», «відмовив у видачі», «отклонил иск», «відхилив
звернення»: past verbs only, «відмову вентиляції» is a failure) as English "refused"
and "rejected" are. A verb in the present or the future negated («не будут платить», «не
поступит в обращение», «не прекращает», «не йде», «не скасовують») denies as English reads "will
not pay", "is not leaving" (``english.OUTCOME_NEGATIONS``): a denial read on one side only
parts two accounts of one correction across scripts and joins a denial to what it denies as
`same` (same31); a hedge («не исключает», «не виключають»), a lack («не хватает», «не
вистачає») and «не стоит», «не значит» deny nothing, nor do «не означает», «не скрывает», «не
приховує», «не сомневаются», «не сумніваються», «не достает», «не бракує» (review31a). The
ending must be a verb's: -ет after a vowel, a hushing consonant, д, н or м («не придет», «не
начнет»), -ат after a hushing consonant only («не держат»), so a noun in -ет or -ат («не
секрет», «не депутат», «не кандидат») is no denial, nor is one of the nouns listed in
``_NOUNS_LIKE_VERBS`` («не бюджет», «не кредит», «не визит», «не отчёт») in any of its cases
nor a Ukrainian word with і, ї, є or ґ in -ит/-ет («не візит»: a Ukrainian present ends -е,
-є, -ить); a past in -в is a verb's after a vowel but о (а genitive plural: «не кредитов»,
«не налогов»), and in -ов only as «-шов» («не пішов») (review31a, mend32). Infinitives are
left out («решили не платить», «чтобы не допустить»), and with them Ukrainian «не платить»,
«не роблять»."""


# A person's name back in the nominative ---------------------------------------------------

Reading = tuple[str, str | None, str]
"""One way to read a word of a name: its case, the gender it shows (None: either) and its
nominative."""

_HARD_OR_HUSHING = "кгхжшчщ"
_CONSONANTS = "бвгґджзйклмнпрстфхцчшщ"
_POSSESSIVE_STEM = re.compile(
    r"^(.{2,}(?:ов|ев|ёв|єв|ин|ын|ін|їн))(|а|у|ым|им|е|ові|і|ой|ою|ої|ій)$"
)
_POSSESSIVE_READINGS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "": (("nom", "m", ""),),
    "а": (("gen", "m", ""), ("acc", "m", ""), ("nom", "f", "а")),
    "у": (("dat", "m", ""), ("acc", "f", "а")),
    "ым": (("ins", "m", ""),), "им": (("ins", "m", ""),), "е": (("loc", "m", ""),),
    "ові": (("dat", "m", ""),), "і": (("loc", "m", ""),),
    "ой": (("gen", "f", "а"), ("dat", "f", "а"), ("ins", "f", "а"), ("loc", "f", "а")),
    "ою": (("ins", "f", "а"),), "ої": (("gen", "f", "а"),), "ій": (("dat", "f", "а"),),
}  # fmt: skip
"""Surnames in -ов/-ев/-ин (Russian and Ukrainian): each case ending after the stem, the
case and gender it shows and what the nominative adds to the stem."""
_ADJECTIVAL_NAME = re.compile(
    r"^(.{2,}?)(ого|ому|ым|им|ім|ой|ую|ої|ій|ою|у|ього|ьому|ьої|ьою|ьою)$"
)
_INDECLINABLE = ("ко", "ых", "их", "аго", "яго", "ово", "о", "э")
"""Surnames that keep one form in every case: -ко/-енко in Russian, -ых/-их, -аго/-яго,
-ово, and foreign ones in -о or -э (Ukrainian -енко does decline: ``_ENKO``)."""


def person_nominative(
    name: str,
    verb_gender: str | None = None,
    case: str | None = None,
    ukrainian: bool | None = None,
    gender: str | None = None,
    is_given: Callable[[str], bool] | None = known_given,
) -> tuple[str, str | None]:
    """A Russian or Ukrainian person's name in the nominative, with the gender the name
    itself shows ("Виктора Гордейчука" -> ("Виктор Гордейчук", "m"), "Олене Мирошник" ->
    ("Олена Мирошник", "f")), or None when it shows none.

    A sentence gives a name the case its role there needs (told to, quoted by, owned by);
    the reviewer reads the speaker in the nominative (the claim detail, the note and every
    export name the speaker in one form). The given name is read through the common given
    names (``is_given``: the lexicon's ``known_given`` unless the caller passes another, None
    for its ending alone); the surname
    by its declension class (-ов/-ин, adjectival, consonant-final; -ко, -ых, -аго never
    change). The two words must agree in case and gender: "Ивана Петрова" is a man in the
    genitive, "Анна Петрова" a woman in the nominative. Where the name leaves it open
    ("Ярослава": a woman, or Ярослав's genitive) a feminine verb it is the subject of
    (``verb_gender``) keeps it as written; nothing else the sentence says is taken. A name
    already in the nominative, one whose reading is unsure, and a name that shows no
    person (no known given name, no surname's declension: "Гордума Перми") are kept as
    written.

    Where the phrase itself shows the case («по словам X», «слова X»: the genitive;
    «цитирует X»: the accusative; ``OBLIQUE`` for a name agreeing with an office word in
    some other case), the caller passes it in (``case``): that case is read first, and the
    caller's knowing the name is a person's stands in for a surname's declension class
    ("по словам Новака" -> "Новак", a man). The language is the name's letters' (і, ї, є,
    ґ, a declined -енко: Ukrainian) unless the caller, reading the text around it, says
    (``ukrainian``):
    "Дмитра" is Дмитро's genitive in a Ukrainian text, a Russian one has no Дмитр. Where the
    text shows the person's gender elsewhere (a later «Ступакова заявила»: ``gender``), the
    other gender's readings are left out ("Злотославу Ступакову": hers, not his dative)."""
    words = name.split()
    if not words or not all(CYRILLIC.search(w) and w[:1].isupper() for w in words):
        return name, None
    if not all(_title_case(part) for word in words for part in word.split("-")):
        return name, None  # "МакКейн", "ТАСС": a spelling not to rebuild from endings
    if ukrainian is None:  # (a declined -енко is Ukrainian too: Russian keeps it whole)
        ukrainian = bool(re.search(r"[іїєґ]", name.lower()) or _ENKO.match(words[-1].lower()))
    surname = _of_gender(_surname_readings(words[-1], ukrainian, shown=case is not None), gender)
    order = _case_order(case)
    personal = case is not None or _SURNAME_CLASS.search(words[-1].lower()) is not None
    if len(words) == 1 and not personal:
        return name, None
    if len(words) == 1:
        return _lone_surname(name, surname, case)
    given = [_of_gender(_given_readings(w, ukrainian, is_given, verb_gender), gender)
             for w in words[:-1]]  # fmt: skip
    known = is_given is not None and any(is_given(r[2]) for g in given for r in g)
    if not (known or personal):
        return name, None
    chosen = _agreeing(given, surname, order)
    if chosen is None:  # "Ігор Бурдейного": a given name plainly in the nominative holds
        firsts = [_only(g, w, None) for g, w in zip(given, words, strict=False)]  # the
        if any(reading[0] != "nom" for reading in firsts):  # surname to its gender; any
            return name, None  # other disagreement is kept as written
        genders = {g[1] for g in firsts} - {None}
        chosen = [*firsts, _only(surname, words[-1], genders.pop() if len(genders) == 1 else None)]
    out = [_cased(reading[2]) for reading in chosen]
    genders = {reading[1] for reading in chosen} - {None}
    if not genders:
        return " ".join(out), _unshown_gender(chosen[0], verb_gender)
    return " ".join(out), genders.pop() if len(genders) == 1 else None


def _of_gender(readings: list[Reading], gender: str | None) -> list[Reading]:
    """The readings that fit a gender the text shows (all of them when none fits)."""
    fitting = [r for r in readings if _compatible(r[1], gender)]
    return fitting or readings


def _a_final(nominative: str) -> bool:
    return nominative.endswith(("а", "я"))


def _unshown_gender(given: Reading, verb_gender: str | None) -> str | None:
    """The gender of a name whose surname does not show one ("Анна Черных"): a given name in
    -а/-я is most often a woman's, unless a masculine verb it is the subject of says
    otherwise (Никита, Илья); any other shows none."""
    if given[0] != "nom" or not _a_final(given[2]):
        return None
    return "m" if verb_gender == "m" else "f"


_SURNAME_CLASS = re.compile(
    r"(?:ов|ев|ёв|єв|ин|ын|ін|їн)(?:|а|у|ым|им|е|ові|і|ой|ою|ої|ій)$|"
    r"(?:ск|цк|ськ|цьк)(?:ий|ая|а|ого|ому|им|ім|ом|ой|ую|ої|ій|ою|у)$|"
    r"(?:ого|ього|ому|ьому)$|енк(?:о|а|у|ові|ом)$|(?:ук|юк|ич)(?:а|у|ом|ем|е|ові|еві|і)$"
)
"""A word that declines as only a surname does (-ов/-ин, adjectival -ский/-ого, -енко, a
man's -ук/-ич in another case): it shows a person even when no given name is known."""


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _only(readings: list[Reading], word: str, gender: str | None) -> Reading:
    """The one nominative a word reads as (of the given gender), else the word as written."""
    fitting = [r for r in readings if _compatible(r[1], gender)]
    if len({r[2] for r in fitting}) == 1:
        return fitting[0]
    return ("?", None, word.lower())


def _title_case(part: str) -> bool:
    return part[:1].isupper() and (len(part) == 1 or part[1:].islower())


def _cased(nominative: str) -> str:
    """The nominative with a capital, on each part of a hyphenated name."""
    return "-".join(part[:1].upper() + part[1:] for part in nominative.split("-"))


def _shared_gender(readings: list[Reading]) -> str | None:
    genders = {r[1] for r in readings}
    return genders.pop() if len(genders) == 1 else None


_CASE_ORDER = ("nom", "gen", "dat", "ins", "acc", "loc")
"""Cases in the order an unsure name is read in: as written first; then as whose (the
genitive), to whom, by whom; the accusative, after a speech verb, least often."""
OBLIQUE = "oblique"
"""``person_nominative``'s ``case`` for a name the phrase shows is in some case other than
the nominative, not which ("назначил тренером Игорем …", "у директора Анны …")."""


def _case_order(case: str | None) -> tuple[str, ...]:
    """The cases to read a name in, in turn: the one the phrase shows first (the oblique
    ones before the nominative), then the rest as for an unsure name (a phrase that shows
    the genitive may still hold a name in apposition, as written)."""
    if case is None:
        return _CASE_ORDER
    first = _CASE_ORDER[1:] if case == OBLIQUE else (case,)
    return (*first, *(c for c in _CASE_ORDER if c not in first))


def _lone_surname(name: str, surname: list[Reading], case: str | None) -> tuple[str, str | None]:
    """A surname alone, in the nominative: the one reading it has, or where the phrase shows
    the case, the one it has in that case ("Петрова" after «по словам»: Петров, not Петрова);
    as written when that stays open."""
    if case is not None:
        shown = [r for r in surname if r[0] == case or (case == OBLIQUE and r[0] != "nom")]
        surname = shown or surname
    readings = {(r[2], r[1]) for r in surname}
    if len(readings) == 1:
        nominative, gender = readings.pop()
        return _cased(nominative), gender
    return name, _shared_gender(surname)


def _agreeing(
    given: list[list[Reading]], surname: list[Reading], order: tuple[str, ...] = _CASE_ORDER
) -> list[Reading] | None:
    """The readings of every word in one case and gender, in ``order`` (the nominative
    first for an unsure name); None when the words do not agree in any."""
    for case in order:
        for last in (r for r in surname if r[0] == case):
            chosen = []
            for options in given:
                fits = [g for g in options if g[0] == case and _compatible(g[1], last[1])]
                if not fits:
                    break
                chosen.append(fits[0])
            else:
                return [*chosen, last]
    return None


def _surname_readings(word: str, ukrainian: bool, shown: bool = False) -> list[Reading]:
    """Every case a surname may be in, with its gender and nominative (lower case);
    ``shown``: the phrase shows the name is a person's in a case of its own (``_noun_readings``
    then also reads a man's name on two consonants: "Гольдберга")."""
    low = word.lower()
    if (possessive := _POSSESSIVE_STEM.match(low)) is not None:
        stem, ending = possessive.groups()
        readings = _POSSESSIVE_READINGS[ending]
        if not ending and stem.endswith(("ин", "ын", "ін", "їн")):
            return [("nom", None, stem)]  # Кузьмин, or a woman's Литвин: the -ов alone is his
        return [(case, gender, stem + add) for case, gender, add in readings]
    adjectival = _adjectival_readings(low, ukrainian)
    if adjectival:
        return adjectival
    if (enko := _ENKO.match(low)) is not None:  # (only Ukrainian declines -енко)
        cases = {"а": ("gen", "acc"), "у": ("dat",), "ові": ("dat",), "ом": ("ins",)}
        return [(case, "m", enko.group(1) + "о") for case in cases[low[len(enko.group(1)) :]]]
    if low.endswith(_INDECLINABLE) or low.endswith(
        ("ский", "ський", "цкий", "цький", "ий", "ый", "ская", "ська", "цкая", "цька")
    ):
        return [(case, _adjective_gender(low), low) for case in _CASE_ORDER]
    return _noun_readings(low, ukrainian, shown)


def _adjective_gender(low: str) -> str | None:
    if low.endswith(("ий", "ый")):
        return "m"
    if low.endswith(("ская", "ська", "цкая", "цька")):
        return "f"
    return None


def _adjectival_readings(low: str, ukrainian: bool) -> list[Reading]:
    """An adjectival surname in an oblique case (Зарецкого, Левицької, Бурдейного): the
    masculine -ий/-ый or the feminine -ая/-а. A feminine ending counts only after -ск-/-цк-,
    where no noun ends so ("Петровой" is no adjective, "Кравцу" no feminine)."""
    found = _ADJECTIVAL_NAME.match(low)
    if found is None:
        return []
    stem, ending = found.groups()
    sk = stem.endswith(("ск", "цк", "ськ", "цьк"))
    soft = ending.startswith("ь")
    if ending in ("ого", "ому", "ім", "ього", "ьому") or (ending in ("ым", "им") and sk):
        masculine = "ій" if soft else "ий" if ukrainian or stem[-1:] in _HARD_OR_HUSHING else "ый"
        case = {"ого": "gen", "ього": "gen", "ому": "dat", "ьому": "dat"}.get(ending, "ins")
        readings: list[Reading] = [(case, "m", stem + masculine)]
        if case == "gen":
            readings.append(("acc", "m", stem + masculine))
        return readings
    if not sk:
        return []
    feminine = "а" if ukrainian or soft else "ая"
    cases = {"ой": ("gen", "dat", "ins", "loc"), "ую": ("acc",), "ої": ("gen",), "ьої": ("gen",),
             "ій": ("dat", "loc"), "ою": ("ins",), "ьою": ("ins",), "у": ("acc",)}  # fmt: skip
    return [(case, "f", stem + feminine) for case in cases.get(ending, ())]


_NOUN_ENDINGS: tuple[tuple[str, tuple[tuple[str, str | None, str], ...]], ...] = (
    ("ові", (("dat", "m", ""),)), ("еві", (("dat", "m", "ь"),)),
    ("ом", (("ins", "m", ""),)), ("ем", (("ins", "m", "ь"),)), ("ём", (("ins", "m", "ь"),)),
    ("ою", (("ins", None, "а"),)), ("ой", (("ins", None, "а"),)), ("ею", (("ins", None, "я"),)),
    ("ей", (("ins", None, "я"),)),
    ("а", (("gen", "m", ""), ("acc", "m", ""), ("nom", None, "а"))),
    ("я", (("gen", "m", "ь"), ("acc", "m", "ь"), ("nom", None, "я"))),
    ("у", (("dat", "m", ""), ("acc", None, "а"))), ("ю", (("dat", "m", "ь"), ("acc", None, "я"))),
    ("е", (("loc", "m", ""), ("dat", None, "а"), ("loc", None, "а"))),
    ("ы", (("gen", None, "а"),)), ("и", (("gen", None, "а"),)),
    ("і", (("loc", "m", ""), ("dat", None, "а"), ("gen", None, "а"))),
)  # fmt: skip
"""Endings of a surname that declines like a noun (Гордейчук, Коваль, Дзюба), after a
consonant: case, gender, what the nominative adds to the stem."""


def _noun_readings(low: str, ukrainian: bool, shown: bool = False) -> list[Reading]:
    """A consonant-final surname (a man's declines, a woman's does not) or one in -а/-я;
    a man's in the instrumental ends in a consonant too ("Дідухом"), read both ways."""
    if low[-1:] in _CONSONANTS or low.endswith("ь"):  # a man's would decline: in any
        as_written = [("nom", None, low)] + [(case, "f", low) for case in _CASE_ORDER[1:]]
        return as_written + _declined(low, ukrainian, shown, ("ом", "ем", "ём"))  # (other
        # case, the name is a woman's)
    return _declined(low, ukrainian, shown, None)


def _declined(
    low: str, ukrainian: bool, shown: bool, endings: tuple[str, ...] | None
) -> list[Reading]:
    """A surname's readings by the first of ``_NOUN_ENDINGS`` it ends in (of ``endings``
    only, when given); two consonants ending a man's nominative only where the phrase shows
    a person (``shown``: "Гольдберга"), since "Мельнична" is no "Мельничн"'s genitive."""
    for ending, readings in _NOUN_ENDINGS:
        if endings is not None and ending not in endings:
            continue
        stem = low[: -len(ending)]
        if low.endswith(ending) and len(stem) >= 3 and stem[-1] in _CONSONANTS:
            if stem.endswith(_MASCULINE_SUFFIXES):  # "Гордейчука": a man's, never "-ука"
                readings = tuple(r for r in readings if r[0] != "nom")
            if ending in ("ом", "а", "у", "е") and _fleeting(stem):
                stem = stem[:-1] + "е" + stem[-1]  # "Кравца" -> "Кравец"
            out = []
            for case, gender, add in readings:
                nominative = stem + add
                if add == "ь" and stem[-1] not in "лнр":
                    nominative = stem  # "Лемешем" -> "Лемеш"; "Коваля" -> "Коваль"
                if add == "ь" and ukrainian and stem[-1] == "р":
                    nominative = stem  # "Бондаря" -> "Бондар"
                if ukrainian and gender == "m" and add == "" and _ko_stem(nominative):
                    nominative += "о"  # "Ляшка" -> "Ляшко": Ukrainian -ко declines as -а
                two = nominative[-2:-1] in _CONSONANTS and nominative[-1] in _CONSONANTS
                if two and not (shown and gender == "m"):
                    continue  # "Мельнична": a nominative
                out.append((case, gender, nominative))
            return out
    return [] if endings is not None else [(case, None, low) for case in _CASE_ORDER]


def _ko_stem(stem: str) -> bool:
    """A stem in consonant + к ("ляшк", "бойк"): no Ukrainian man's nominative ends so, his
    -ко surname does ("Ляшко", "Бойко"), where "Рибак" keeps a vowel before its к."""
    return len(stem) >= 4 and stem[-1] == "к" and stem[-2] in _CONSONANTS


_MASCULINE_SUFFIXES = ("ук", "юк", "чук", "ич", "ец")
"""Stems of consonant-final surnames (Гордейчук, Петрович, Кравец): with a
vowel after them the name is a man's in another case, never a nominative in -а/-я."""


def _fleeting(stem: str) -> bool:
    """A stem in consonant + ц that drops an -е- of its nominative (Кравец, Кравца)."""
    return len(stem) >= 4 and stem[-1] == "ц" and stem[-2] in _CONSONANTS


_GIVEN_ENDINGS: tuple[tuple[str, tuple[tuple[str, str | None, str], ...]], ...] = (
    ("ией", (("ins", "f", "ия"),)), ("ією", (("ins", "f", "ія"),)),
    ("ием", (("ins", "m", "ий"),)), ("ієм", (("ins", "m", "ій"),)),
    ("ия", (("nom", None, "ия"), ("gen", "m", "ий"), ("acc", "m", "ий"))),
    ("ія", (("nom", None, "ія"), ("gen", "m", "ій"), ("acc", "m", "ій"))),
    ("ию", (("dat", "m", "ий"), ("acc", "f", "ия"))),
    ("ію", (("dat", "m", "ій"), ("acc", "f", "ія"))),
    ("ии", (("gen", "f", "ия"), ("dat", "f", "ия"), ("loc", "f", "ия"), ("loc", "m", "ий"))),
    ("ії", (("gen", "f", "ія"), ("dat", "f", "ія"), ("loc", "f", "ія"))),
    ("ові", (("dat", "m", ""),)), ("еві", (("dat", "m", "ь"),)),
    ("ом", (("ins", "m", ""),)), ("ем", (("ins", "m", "й"),)), ("єм", (("ins", "m", "й"),)),
    ("ой", (("ins", "f", "а"), ("gen", "f", "а"))), ("ою", (("ins", "f", "а"),)),
    ("ей", (("nom", "m", "ей"), ("ins", "f", "я"))),
    ("ею", (("dat", "m", "ей"), ("ins", "f", "я"))),
    ("єю", (("ins", "f", "я"),)), ("ея", (("gen", "m", "ей"), ("acc", "m", "ей"))),
    ("а", (("nom", None, "а"), ("gen", "m", ""), ("acc", "m", ""))),
    ("я", (("nom", None, "я"), ("gen", "m", "ь"), ("acc", "m", "ь"))),
    ("у", (("dat", "m", ""), ("acc", "f", "а"))), ("ю", (("dat", "m", "ь"), ("acc", "f", "я"))),
    ("е", (("loc", "m", ""), ("dat", "f", "а"), ("loc", "f", "а"))),
    ("ы", (("gen", "f", "а"),)), ("и", (("gen", "f", "а"),)),
    ("і", (("dat", "f", "а"), ("loc", "f", "а"), ("loc", "m", ""))),
)  # fmt: skip
"""Endings of given names: case, gender, and the nominative's ending in their place. A
nominative in -а/-я shows no gender here (Илья, Микола, Никита are men's): the surname
decides, else ``_unshown_gender``."""


def _given_readings(
    word: str, ukrainian: bool, is_given: Callable[[str], bool] | None, verb_gender: str | None
) -> list[Reading]:
    """Every case a given name (or a patronymic) may be in, with gender and nominative; a
    name the given-name test knows keeps only the readings whose nominative it knows, and
    the nominative as written when a feminine verb agrees with it (the list knows men's
    names whose genitive is a woman's name: Ярослава, Евгения)."""
    low = word.lower()
    readings = _patronymic_readings(low)
    if not readings:
        first, last = _feminine_soft(low, ukrainian)  # (a soft name the list knows is a
        if is_given is not None:  # man's: «Игорь», «Олесь» («Олесі» is Олеся's))
            first, last = [[r for r in part if not is_given(r[2])] for part in (first, last)]
        readings = [*first, *_given_by_ending(low, ukrainian), *last]
    if is_given is not None:
        known = [r for r in readings if is_given(r[2])]
        agreed = [r for r in readings if r[0] == "nom" and _a_final(r[2]) and verb_gender == "f"]
        if known:
            return agreed + [r for r in known if r not in agreed]
    return readings


_SOFT_FINAL = "бвдзлмнпрстф"
"""Consonants a woman's given name of the third declension ends on before its soft sign
(«Любовь», «Нинель», «Адель», «Эсфирь», «Юдифь»): never the velars and hushing ones."""
_LABIALS = "бвмпф"
"""Consonants Ukrainian writes no soft sign after: «Любов», «Любові», «Любов'ю»."""


def _feminine_soft(low: str, ukrainian: bool) -> tuple[list[Reading], list[Reading]]:
    """A woman's given name that ends as a man's does, on a soft consonant («Любовь Орлова»,
    «Нинель Петрова», «Адель», «Эсфирь»; Ukrainian «Любов Коваль», «Нінель»): the third
    declension, by grammar, not by a list of names. (Readings to put before the others,
    readings to put after.) Only its instrumental shows it for sure (Russian «-ью»:
    «Нинелью»; Ukrainian «-'ю» after a labial, a doubled consonant and «-ю»: «Любов'ю»,
    «Нінеллю»). Its nominative is read as a man's first and hers after («Нинель» beside
    «Игорь»), so a feminine surname or verb decides («Нинель Орлова» was «Нинель Орлов»);
    its genitive, dative and locative («Любови», «Нинели», Ukrainian «Любові») are read after
    the «-а» name's («Нинела»), as the surname's agreement finds them, but first after «в» and
    «ф» («Любови», «Юдифи»), where no «-а» name's genitive ends so in either language (a name's
    letters do not always tell Ukrainian «Ганни», «Людмили» from Russian). Ukrainian «-і» is
    also an «-а» name's dative («Олені») and after any consonant but a labial an «-я» name's
    genitive («Олесі»: Олеся's), so it is read there only after a labial («Любові»)."""
    if len(low) < 4:
        return [], []
    if low.endswith("ь") and low[-2] in _SOFT_FINAL:
        return [], [("nom", "f", low), ("acc", "f", low)]
    if low[-1] in _LABIALS:  # (Ukrainian «Любов», whatever the surname's letters show)
        return [], [("nom", "f", low), ("acc", "f", low)]
    if low.endswith("ью") and low[-3] in _SOFT_FINAL and not ukrainian:
        return [("ins", "f", low[:-1])], []
    if ukrainian and low.endswith(("'ю", "’ю")) and low[-3] in _LABIALS:
        return [("ins", "f", low[:-2])], []
    if ukrainian and low.endswith("ю") and low[-2] == low[-3] and low[-2] in _SOFT_FINAL:
        return [("ins", "f", low[:-2] + "ь")], []
    oblique = ("gen", "dat", "loc")
    if not ukrainian and low.endswith("и") and low[-2] in _SOFT_FINAL:
        soft: list[Reading] = [(case, "f", low[:-1] + "ь") for case in oblique]
        return (soft, []) if low[-2] in "вф" else ([], soft)
    if ukrainian and low.endswith("і") and low[-2] in _LABIALS:
        return [], [(case, "f", low[:-1]) for case in oblique]
    return [], []


def _given_by_ending(low: str, ukrainian: bool) -> list[Reading]:
    """A given name's readings by its ending alone: a consonant, -й or -ь (or Ukrainian -о)
    ends a man's nominative ("Тимур", "Андрій", "Дмитро"), and may also be a case ending
    ("Тимуром": the -ом is read too)."""
    nominative: list[Reading] = []
    consonant = low[-1:] in _CONSONANTS and not low.endswith(("ой", "ей"))
    if consonant or low.endswith("ь") or (low.endswith("о") and ukrainian):
        nominative = [("nom", "m", low)]
    return nominative + _given_cases(low, ukrainian, bool(nominative))


def _given_cases(low: str, ukrainian: bool, as_written: bool) -> list[Reading]:
    """The oblique readings of a given name by its ending (``_GIVEN_ENDINGS``)."""
    for ending, options in _GIVEN_ENDINGS:
        stem = low[: -len(ending)]
        if not low.endswith(ending) or len(stem) < 2:
            continue
        out = []
        for case, gender, add in options:
            nominative = stem + add
            if gender == "m" and add in ("ь", "й") and case != "nom":
                nominative = _masculine_soft(stem, add, ukrainian)
            elif gender == "m" and add == "" and ukrainian and stem.endswith(("тр", "йл", "вл")):
                nominative = stem + "о"  # "Дмитра" -> "Дмитро", "Михайлом" -> "Михайло"
            elif gender == "m" and add == "" and stem.endswith("вл") and not ukrainian:
                nominative = stem[:-1] + "ел"  # "Павла" -> "Павел"
            elif gender == "f" and ending in ("и", "і") and stem[-1:] not in _HARD_OR_HUSHING:
                nominative = stem + ("я" if stem.endswith("ь") else "а")  # "Натальи"
            out.append((case, gender, nominative))
        return out
    return [] if as_written else [("nom", None, low)]


def _masculine_soft(stem: str, add: str, ukrainian: bool) -> str:
    """A man's given name on a soft stem: "Игоря" -> "Игорь" ("Ігоря" -> "Ігор"),
    "Сергея"/"Сергеем" -> "Сергей", "Андрієм" -> "Андрій"."""
    if stem.endswith(("е", "є", "і", "и", "а", "о", "у")):
        return stem + "й"
    if stem.endswith("р") and ukrainian:
        return stem
    return stem + "ь"


_PATRONYMIC_ENDINGS = (
    ("овичем", "ович", "ins", "m"), ("евичем", "евич", "ins", "m"), ("овича", "ович", "gen", "m"),
    ("евича", "евич", "gen", "m"), ("овичу", "ович", "dat", "m"), ("евичу", "евич", "dat", "m"),
    ("овиче", "ович", "loc", "m"), ("ович", "ович", "nom", "m"), ("евич", "евич", "nom", "m"),
    ("овной", "овна", "ins", "f"), ("евной", "евна", "ins", "f"), ("овны", "овна", "gen", "f"),
    ("евны", "евна", "gen", "f"), ("овне", "овна", "dat", "f"), ("евне", "евна", "dat", "f"),
    ("овну", "овна", "acc", "f"), ("евну", "евна", "acc", "f"), ("овна", "овна", "nom", "f"),
    ("евна", "евна", "nom", "f"), ("івни", "івна", "gen", "f"), ("івні", "івна", "dat", "f"),
    ("івну", "івна", "acc", "f"), ("івною", "івна", "ins", "f"), ("івна", "івна", "nom", "f"),
    ("ївни", "ївна", "gen", "f"), ("ївна", "ївна", "nom", "f"),
)  # fmt: skip


def _patronymic_readings(low: str) -> list[Reading]:
    """A patronymic's case and gender (Петровича, Іванівни), which it always shows."""
    for ending, nominative, case, gender in _PATRONYMIC_ENDINGS:
        if low.endswith(ending) and len(low) > len(ending) + 1:
            stem = low[: -len(ending)]
            readings: list[Reading] = [(case, gender, stem + nominative)]
            if case == "gen" and gender == "m":
                readings.append(("acc", "m", stem + nominative))
            if case == "ins" and gender == "f":
                readings += [(c, "f", stem + nominative) for c in ("gen", "dat", "loc")]
            return readings
    return []


COUNTRY_STEMS = {
    "peru": r"перу|перуан",
    "bolivia": r"болив|болів",
    "ecuador": r"эквадор|еквадор",
    "colombia": r"колумби|колумбі",
    "venezuela": r"венесуэл|венесуел",
    "chile": r"чили\b|чилі\b|чилийск|чилійськ",
    "argentina": r"аргентин",
    "brazil": r"бразил",
    "mexico": r"мексик",
    "honduras": r"гондурас",
    "guatemala": r"гватемал",
    "belize": r"белиз|беліз",
    "canada": r"канад",
    "usa": r"сша\b|американск|американськ|американц",
    "uk": r"британ|великобритан",
    "france": r"франци|франці|француз",
    "georgia": r"грузи[яиюей]\b|грузі[яїю]\b|грузин",
    "korea": r"коре[яиюей]\b|корейск|корейськ|корейц",
    "lebanon": r"ливан|ліван",
    "saudi": r"саудов|саудівськ",
    "poland": r"польш|польщ|польск|польськ|поляк|поляц",
    "czechia": r"чехи|чехі|чехия|чешск|чеськ",
    "slovakia": r"словак|словац|словач",
    "hungary": r"венгр|угорщин|угорськ|угорц",
    "romania": r"румын|румун",
    "moldova": r"молдов|молдав",
    "bulgaria": r"болгар",
    "serbia": r"серби|сербі|сербск|сербськ",
    "croatia": r"хорват",
    "slovenia": r"словен",
    "greece": r"греци|греці|греческ|грецьк",
    "austria": r"австри|австрі",
    "germany": r"германи|германі|немецк|німецьк|німеччин|немц|німц",
    "switzerland": r"швейцар",
    "italy": r"итали|італі",
    "spain": r"испани|іспані|испанск|іспанськ",
    "portugal": r"португал",
    "netherlands": r"нидерланд|нідерланд|голланд",
    "belgium": r"бельги|бельгі",
    "ireland": r"ирланд|ірланд",
    "denmark": r"дани[яиюей]\b|дані[яїю]\b|датск|данськ",
    "norway": r"норвег|норвеж|норвез",
    "sweden": r"швеци|швеці|шведск|шведськ",
    "finland": r"финлянд|фінлянд|финск|фінськ",
    "estonia": r"эстон|естон",
    "latvia": r"латви|латві|латыш|латиш",
    "lithuania": r"литв|литовск|литовськ",
    "belarus": r"беларус|білорус|белорус",
    "ukraine": r"украин|україн",
    "russia": r"росси|росі|росій|рф\b",
    "armenia": r"армени|армені|армянск|вірмен",
    "azerbaijan": r"азербайджан",
    "kazakhstan": r"казах",
    "uzbekistan": r"узбек",
    "turkey": r"турци|туреччин|турецк|турецьк",
    "iran": r"иран|іран",
    "iraq": r"ирак|ірак",
    "syria": r"сири[яиюей]\b|сирийск|сирі[яїю]\b|сирійськ",
    "israel": r"израил|ізраїл",
    "egypt": r"египет|египт|єгипет|єгипт",
    "india": r"инди[яиюей]\b|индийск|інді[яїю]\b|індійськ",
    "pakistan": r"пакистан",
    "china": r"китай|китая\b|китаю\b|китаем\b",
    "japan": r"япон",
    "indonesia": r"индонези|індонезі",
    "philippines": r"филиппин|філіппін",
    "vietnam": r"вьетнам|в'єтнам|в’єтнам",
    "thailand": r"таиланд|таїланд",
    "australia": r"австрал",
    "kenya": r"кени[яиюей]\b|кенийск|кені[яїю]\b|кенійськ",
    "nigeria": r"нигери|нігері",
    "ethiopia": r"эфиоп|ефіоп",
    "sudan": r"судан",
    "yemen": r"йемен|ємен",
}
"""How a country's name and its adjective begin in Russian and Ukrainian («у Словаччині»,
«словацкие врачи»), under the keys of ``lexicon.english.COUNTRY_WORDS``: a claim about
Slovakia and one about Czech nurses are about other countries in either script."""
COUNTRY_PHRASE_STEMS = {
    "uk": r"велик\w+\s+британ\w*|соедин[её]нн\w+\s+королевств\w*|сполучен\w+\s+королівств\w*",
    "usa": r"(?:соедин[её]нн|сполучен)\w+\s+штат\w*(?:\s+америк\w*)?",
    "saudi": r"(?:саудовск|саудівськ)\w+\s+арав\w*",
}
"""Countries whose Russian or Ukrainian name is two words or more («Соединённых Штатов»,
«Великої Британії», «Саудовской Аравии»), under the keys of ``COUNTRY_STEMS``: no word of
theirs names the country alone, so only ``lexicon.institutions`` reads them, as a body's
country («Міністерство оборони Сполучених Штатів»)."""

CAPITAL_STEMS = {
    "peru": r"лим[аеуы]\b|лімі\b",
    "colombia": r"богот",
    "venezuela": r"каракас",
    "canada": r"оттав",
    "uk": r"лондон",
    "france": r"париж",
    "georgia": r"тбилиси|тбілісі|тбилисск|тбіліськ",
    "korea": r"сеул",
    "lebanon": r"бейрут",
    "poland": r"варшав",
    "czechia": r"праг[аеиуі]\b|пражск|празьк",
    "slovakia": r"братислав",
    "hungary": r"будапешт",
    "romania": r"бухарест",
    "moldova": r"кишин[её]в|кишинів",
    "serbia": r"белград|бєлград",
    "croatia": r"загреб",
    "slovenia": r"любля",
    "greece": r"афин|афін",
    "austria": r"венск|відн[яюі]\b|віден",
    "germany": r"берлин|берлін",
    "italy": r"рим[аеу]?\b|римск|римськ",
    "spain": r"мадрид",
    "portugal": r"лиссабон|лісабон",
    "netherlands": r"амстердам",
    "ireland": r"дублин|дублін",
    "denmark": r"копенгаген",
    "norway": r"осло\b",
    "sweden": r"стокгольм",
    "finland": r"хельсинк|гельсінк",
    "estonia": r"таллин|таллінн|талін",
    "latvia": r"риг[аеиу]\b|ризі\b|рижск|ризьк",
    "lithuania": r"вильнюс|вільнюс",
    "belarus": r"минск|мінськ",
    "ukraine": r"киев|київ|києв",
    "russia": r"москв|московск|московськ|кремл",
    "armenia": r"ереван|єреван",
    "azerbaijan": r"баку\b|бакинск|бакинськ",
    "kazakhstan": r"астан(?:[аеуыі]|ой|ою)\b|астанинськ|астанинск",
    "uzbekistan": r"ташкент",
    "turkey": r"анкар",
    "iran": r"тегеран",
    "iraq": r"багдад",
    "syria": r"дамаск",
    "egypt": r"каир|каїр",
    "pakistan": r"исламабад|ісламабад",
    "china": r"пекин(?!ес)|пекін(?!ес)",  # (never «пекинес», a dog)
    "japan": r"токио|токіо",
    "indonesia": r"джакарт",
    "philippines": r"(?-i:М)анил|(?-i:М)аніл",  # (never «манила», "lured": the verb)
    "vietnam": r"ханой",
    "thailand": r"бангкок",
    "kenya": r"найроби|найробі",
    "sudan": r"хартум",
}
"""How a country's capital begins in Russian and Ukrainian («у Вільнюсі», «в Кишинёве»),
under the keys of ``COUNTRY_STEMS``: the matcher's countries (``lexicon.english.CAPITALS``).
Each matches the capital's forms only (its case endings, its adjective): «астан» alone was
any word opening so, «манил» the verb «манить». Left out as ``CAPITALS`` leaves them out: a
name of cities in several countries («Сантьяго»)."""
