"""Who a Russian or Ukrainian sentence says is speaking: a pure function over one sentence.

``read(text, masked)`` -> ``Source`` or None. ``masked`` is the sentence with its quotations
replaced, character for character, by a mask (``quotes.mask_quotes``), so what is quoted is
never read as sourcing; a short quotation inside a phrase is a name in «» ("«Укренерго»").
The attribution engine calls it for Cyrillic text; pronouns ("она", "по его словам", and a
bare role after a quote: "— сказал мэр") come back as kind ``pronoun`` for the engine to
resolve against the article, with the gender the verb or pronoun shows.

The grammar, strongest cue first:
- after a quote: "«…», — заявил X" / "— сказала она";
- a verb that puts its subject after it: "Об этом сообщил X", "Как сообщает X", "Про це
  повідомила X", ", заявил X" after a clause, and the impersonal "сообщили в X" (X an
  institution);
- "по словам X", "по данным X", "за словами X", "за даними X", … (``ACCORDING``);
- the subject before the first reporting verb: "Председатель … Эльвира Сабурова заявила";
- anywhere: an anonymity phrase ("на условиях анонимности", "побажав залишитися
  анонімним") makes the source anonymous; "источник"/"джерело" heads an unnamed source, with
  what follows "в/у" as its affiliation ("источник в правительстве").
Verbs are recognised by stem and ending (``lexicon.reporting_ru_uk``), so every gender,
number and aspect form is one entry; the ending gives the speaker's gender.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise

from factdesk.extract import initials, interview
from factdesk.extract.initials import is_acronym as is_acronym  # (its home: initials)
from factdesk.extract.quotes import find_quotes, mask_quotes
from factdesk.lexicon import cyrillic
from factdesk.lexicon.cyrillic import CYRILLIC as _CYRILLIC
from factdesk.lexicon.cyrillic import given_nominative
from factdesk.lexicon.cyrillic import person_nominative as person_nominative  # (its home)
from factdesk.lexicon.given_names import cyrillic_given_gender, known_given, surname_gender
from factdesk.lexicon.kinds import CYRILLIC_BODY_STEMS
from factdesk.lexicon.months import WEEKDAY_STEMS, month_number
from factdesk.lexicon.reporting_ru_uk import (
    ABBREVIATED_PARTS,
    ABOUT_PREPOSITIONS,
    ACCORDING,
    ACRONYM_GAPS,
    ADOPTED_NOUNS,
    ADVERBS,
    ADVICE_STEMS,
    AFFILIATION_LINKS,
    AGENCY_ANAPHORS,
    AMOUNT_WORDS,
    AND_WORDS,
    ANONYMITY,
    ANONYMITY_FORMS,
    ANSWER_PHRASES,
    ANSWERED_STEMS,
    ASIDE_ADJECTIVES,
    ASKED_PRONOUNS,
    ASKING_STEMS,
    ATTENTION_NOUNS,
    ATTENTION_STEMS,
    BACKGROUND_WORDS,
    BELIEF_STEMS,
    BODY_STAFF_STEMS,
    BUT_WORDS,
    CALLING_STEMS,
    CHANNEL_NOUNS,
    CHANNEL_OUTLET_STEMS,
    CHANNEL_PHRASES,
    CHANNEL_VERBS,
    CITING_GERUNDS,
    CITING_VERBS,
    CLOSENESS_STEMS,
    COMMENTING_STEMS,
    COMMENTS_GIVEN,
    COMPOUND_PREFIXES,
    CONNECTIVES,
    COUNCIL_COMPOUNDS,
    COUNTRY_INITIALS,
    COUNTS_OBLIQUE,
    DATA_NOUNS,
    DATA_VERBS,
    DATIVE_PLURAL_ENDINGS,
    DATIVE_PRONOUNS,
    DECLARED_STATE_STEMS,
    DECLARING_STEMS,
    DECLINED_INFINITIVES,
    DECLINED_OBJECTS,
    DECLINED_VERBS,
    DEED_OBJECTS,
    DEED_STEMS,
    DEFENCE_NOUNS,
    DEMAND_STEMS,
    DEMONSTRATIVE_SUBJECTS,
    DEMONSTRATIVES,
    DOCUMENT_NOUNS,
    DOCUMENT_VERBS,
    DRAFT_NOUNS,
    EMPHATIC_FORMS,
    EMPHATIC_WORDS,
    ENTERPRISE_ANAPHORS,
    ENTOURAGE_STEMS,
    ESTIMATE_STEMS,
    EVENT_NOUNS,
    EXPECTING_STEMS,
    EXPERT_STEMS,
    FINDING_STEMS,
    FINITE_ENDING,
    FIRST_PERSON_SINGULAR,
    FOCUS_WORDS,
    FORWARD_WORDS,
    FRIEND_NOUNS,
    FROM_WHERE,
    FRONTING_WORDS,
    GENERAL_BODY_STEMS,
    GENERAL_POSTS,
    GENERIC_SOURCE_NOUNS,
    GENITIVE_PLURAL,
    GIVEN_DATA,
    GIVING_STEMS,
    GOVERNMENT_STEMS,
    GRADE_ADJECTIVE_STEMS,
    GROUP_STEMS,
    HABIT_ADVERBS,
    HEARSAY_STEMS,
    INFINITIVE_ENDINGS,
    INFORMATION_STEMS,
    INSTITUTION_ALIASES,
    INVERSION_OPENERS,
    IRREGULAR_PAST,
    JUSTICE_STEMS,
    KIN_NOUNS,
    KIND_ANAPHORS,
    KNOWING_NOUNS,
    KNOWN_FROM,
    KNOWN_TO,
    LATTER_GENITIVES,
    LATTER_WORDS,
    LAWYER_STEMS,
    LEADERSHIP_NOUNS,
    MANAGER_STEMS,
    MASCULINE_PAST,
    MEDIA_GROUPS,
    NAME_BREAKS,
    NAMING_STEMS,
    NAMING_VERB_STEMS,
    NETWORK_STEMS,
    NEWS_AGENCY_STEMS,
    NEWSROOM_DATIVES,
    NO_REPLY_STEMS,
    NON_NAME_PREPOSITIONS,
    NON_SUBJECT_OPENERS,
    NOTICE_PHRASES,
    NOUN_COMPOUNDS,
    OBJECT_FIRST_NOUNS,
    OBLIQUE_ENDINGS,
    OFFICE_STEMS,
    OFFICE_SYNONYMS,
    ONE_MEMBER_WORDS,
    ONE_OF_OBLIQUE,
    ONE_OF_WORDS,
    ONE_WORD_NAME_PREFIXES,
    OPENING_WORDS,
    OPINION_NOUNS,
    ORG_ANAPHORS,
    ORG_STEMS,
    ORGAN_STEMS,
    OUR_WORDS,
    OUTLET_ANAPHORS,
    OUTLET_VERBS,
    OWN_ASIDE,
    OWN_CHANNEL_STEMS,
    OWN_WORDS,
    OWNER_KIND_NOUNS,
    PASSIVE_REFLEXIVE,
    PAST_ENDINGS,
    PAST_STEMS,
    PAST_TIME_STEMS,
    PEOPLE_STEMS,
    PERIOD_NOUNS,
    PERSONAL_ACCORDING,
    PHRASE_PARTICLES,
    PLACE_ABBREVIATIONS,
    PLACE_ADVERBS,
    PLACE_NOUN_STEMS,
    PLATFORMS,
    PLEA_OBJECTS,
    PLURAL_GENITIVE_ADJECTIVES,
    PLURAL_VERB_ENDINGS,
    POINTER_FORMS,
    POSSESSIVE_PRONOUNS,
    PREPARED_BY_STEMS,
    PREPOSITIONS,
    PRESENT_ENDINGS,
    PRESENT_REPORT_ENDINGS,
    PRESENT_STEMS,
    PRESS_BYLINE_STEMS,
    PRESS_OFFICES,
    PROCEEDING_STEMS,
    PROMISE_FORMS,
    PRONOUNS,
    PROSECUTION_QUALIFIERS,
    PROSECUTION_SIDES,
    PROSECUTION_STEMS,
    PUBLISHING_STEMS,
    QUANTIFIERS,
    QUESTION_PHRASES,
    QUOTING_VERBS,
    RANK_ADJECTIVE_STEMS,
    RANKED_POST_STEMS,
    RECORD_STEMS,
    REFERRED_DOCUMENTS,
    REFERRING_STEMS,
    REFLEXIVE_REPORT_ENDINGS,
    REGION_NOUNS,
    REGION_WORDS,
    REGIONAL_STEMS,
    RELATIVE_FORMS,
    RELATIVE_PRONOUNS,
    RELATIVES,
    REPORTED_OBJECTS,
    REQUEST_STEMS,
    RESEARCH_STEMS,
    RESPONSE_NOUNS,
    RUBRIC_WORDS,
    SCHOOL_STEMS,
    SECTOR_STEMS,
    SEEMING_STEMS,
    SETTING_BODY_STEMS,
    SETTING_NOUNS,
    SETTLEMENT_ABBREVIATIONS,
    SETTLEMENT_STEMS,
    SIDE_STEMS,
    SINGULAR_ONLY_STEMS,
    SITE_STEMS,
    SOURCE_COMPLEMENT_STEMS,
    SOURCE_LINE_WORDS,
    SOURCE_NOUNS,
    SOURCE_SUBJECTS,
    SPOKESPERSON_STEMS,
    STAFF_BODIES,
    STAFF_STEMS,
    STANCE_PREDICATES,
    STATE_STEMS,
    STRESSED_ADJECTIVE_STEMS,
    SUBORDINATORS,
    SUIT_DOCUMENTS,
    SUPERVISORY_ORGAN,
    THAT_WORDS,
    THIS_FORMS,
    TIME_PREPOSITIONS,
    TITLE_NOUNS,
    TOLD_STEMS,
    TOPIC_PHRASES,
    TOPIC_PREPOSITIONS,
    TOPIC_PRONOUNS,
    UNANSWERED_VERBS,
    UNNAMED_ROLES,
    UNOFFICIAL_ADVERBS,
    UNSOURCED_DATA,
    VERBATIM_WORDS,
    WE,
    YEAR_WORDS,
    person_kind,
    public_plural,
    unnamed_person,
)
from factdesk.text.capitals import capitals_as_names
from factdesk.text.datelines import dateline_at
from factdesk.text.paragraphs import paragraph_starts

MASK = "\ue000"
_LATIN = re.compile(r"[A-Za-z]")
_TOKEN = re.compile(
    rf"{MASK}+|(?:[А-ЯЁІЇЄҐA-Z]\.){{3,}}|[\w’'ʼ-]+\.(?:[a-z]{{2,4}}|[A-Z]{{2,4}})(?!\w|\.\w)"
    rf"|(?<![\w.])(?:{'|'.join(PLACE_ABBREVIATIONS)})\.(?=\s*[А-ЯЁІЇЄҐ])|[\w’'ʼ-]+|[,.;:!?—–]"
    r"|(?<!\w)-(?!\w)"
)
"""Quotations, three or more initials written with dots ("Н.А.Б.У.": one token, an acronym;
"А.Б." stays a person's initials), a site's name with its domain ("ТСН.ua", "E1.RU": one word,
no full stop inside, a sentence's full stop after it), words, marks."""
_STOPS = frozenset(",.;:!?")
_DASHES = frozenset("—–-")
_PATRONYMIC = re.compile(r"(?:ович|евич|йович|івна|ївна|овна|евна|ична|ич)$")
_SURNAME = re.compile(
    r"(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|ская|цкий|цкая|ський|ська|цький|цька|енко|"
    r"ко|ук|юк|чук|як|ич|ян|дзе|швили|ец|ець|ий|ая|ой|ова|ових)$"
)
_MAX_SUBJECT = 6
"""Words of a subject set off by a comma aside ("Источник, знакомый с …, сообщил"): longer
than this, the words before the comma are a clause of their own, not a subject."""
_PARTICIPLE = re.compile(r"(?:вш|ш|ющ|ящ|ащ|ущ|нн|т)(?:ий|ая|ее|ие|ый|ое|ые|ийся|аяся|иеся)$")
"""Russian participle endings ("участвовавшая", "знающий", "опрошенные")."""
_PAST_FEMININE = re.compile(r"(?:ва|ова|ева|ыва|ива|ну|и|е|я|а|[^л][зсг])ла$")
_PAST_MASCULINE = re.compile(r"(?:[аеиыяу]л|(?:ува|юва|ова|ила|[аиіяу])в)$")
_PAST_PLURAL = re.compile(r"[аеиіыяу]ли$")
"""Past-tense endings of any verb ("раскритиковала", "подписал", "підтримав", "заявили"; a
stem on a consonant: "перенесла", "помогла"): only read right after a subject, where a noun
with such an ending is rare."""
_GENITIVE_PLURAL_ONLY = ("ців", "ків")
"""Ukrainian endings of the genitive plural of nouns of people ("мешканців", "переселенців",
"працівників", "учасників") that no past-tense verb has (the verbs' "-ів" is "хотів",
"сидів", "зумів"): "Голова спілки мешканців Ірина Шевчук каже" shows no man's verb."""
_ADJECTIVE = re.compile(
    r"..(?:ого|его|ому|ему|ой|ей|ая|яя|ий|ый|ое|ее|ые|ие|ых|их|ом|ем|ую|юю|ої|ій|ьої|ього)$"
)
"""Adjective endings, every case ("областного", "городской", "обласній")."""


@dataclass(frozen=True, slots=True)
class Source:
    """What one sentence says about its source."""

    speaker: str | None
    kind: str
    """"person", "organisation", "anonymous", "vague" (an unnamed group) or "pronoun"."""
    affiliation: str | None = None
    via: str | None = None
    """The outlet the words were told to ("сообщил «Ведомостям»"): never the speaker."""
    cue: str = ""
    offset: int = 0
    """Offset of the speaker (or of the verb, for a pronoun) in the sentence."""
    gender: str | None = None
    """"m", "f", "n" or "pl" when the verb's or pronoun's ending shows it."""


@dataclass(frozen=True, slots=True)
class _Tok:
    text: str
    """The token as written (a quotation: its raw text with the marks)."""
    start: int
    end: int
    kind: str
    """"w" word, "q" quotation, "p" punctuation."""
    opens: bool = field(default=False, repr=False, compare=False)
    """Read as a sentence's first word, capitalised, though written in lower case: the word
    after a time put first (``_as_opening``); the text stays as written."""
    low: str = field(init=False, repr=False, compare=False)
    """``text`` in lower case, made once: the readers ask it of every token several times
    (about five times a token over an import's Russian and Ukrainian sentences, issue 15)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "low", self.text.lower())

    @property
    def capital(self) -> bool:
        """A capitalised word, not an acronym nor a common noun after an acronym's prefix
        ("IT-директор", "PR-служба", "HR-менеджер": a role, never a name)."""
        head, _, tail = self.text.partition("-")
        prefixed = bool(tail) and head.isupper() and tail[:1].islower()
        upper = self.text[:1].isupper() or self.opens
        return self.kind == "w" and upper and not self.acronym and not prefixed

    @property
    def acronym(self) -> bool:
        return self.kind == "w" and _acronym_shaped(self.text)


@lru_cache(maxsize=8192)
def _acronym_shaped(text: str) -> bool:
    """Two to six letters, all capitals ("МВД", "ЗСУ", "НАБУ"): ``_Tok.acronym``, kept per
    word. The readers ask it of a token again and again (``capital`` asks it, the past-tense
    reader asks both): ~11,000 times over 43 articles' sentences, a list of the word's letters
    built each time (issue 15)."""
    letters = [c for c in text if c.isalpha()]
    return 2 <= len(letters) <= 6 and all(c.isupper() for c in letters)


def is_cyrillic(text: str, in_cyrillic: bool = False) -> bool:
    """Russian or Ukrainian text: mostly Cyrillic letters (a Latin outlet name may appear);
    ``in_cyrillic``: a sentence of an article that is, where a journal's or firm's Latin
    name may be as long as the Russian words around it."""
    cyrillic = len(_CYRILLIC.findall(text))
    return cyrillic >= 8 and cyrillic > (1 if in_cyrillic else 2) * len(_LATIN.findall(text))


def tokens(text: str, masked: str) -> list[_Tok]:
    """Words, quotations (one token each, raw text kept) and punctuation of a sentence (a
    new list each call: callers cut and join it)."""
    return list(_tokens(text, masked))


@lru_cache(maxsize=16)
def _tokens(text: str, masked: str) -> tuple[_Tok, ...]:
    """``tokens``, made once for the last sentences read: ``read``, ``subject`` and the
    readers they call cut the same sentence into tokens two or three times (issue 15)."""
    found = []
    for match in _TOKEN.finditer(masked):
        raw = text[match.start() : match.end()]
        if match.group()[0] == MASK:
            kind = "q"
        elif match.group()[0] in _STOPS or match.group() in _DASHES:
            kind = "p"
        else:
            kind = "w"
        found.append(_Tok(raw, match.start(), match.end(), kind))
    return tuple(found)


@lru_cache(maxsize=8192)
def verb_form(word: str) -> str | None:
    """The gender/number a reporting verb's ending shows ("" when it shows none), or None
    when ``word`` is not a reporting verb."""
    low = word.lower()
    if low in IRREGULAR_PAST:  # "отверг"
        return IRREGULAR_PAST[low]
    if low in STANCE_PREDICATES:  # "В мэрии с этим не согласны": a stance, as "считают"
        return "pl"
    if low.startswith((*NAMING_STEMS, *SEEMING_STEMS)) and low.endswith(("ся", "сь")):
        return None  # "называется", "називався": is called; «казалось»: seemed; nobody speaks
    if low.endswith(("лся", "лась", "лось", "лись", "вся", "лася", "лися", "лося")):
        low = low[:-2]  # "пожаловался", "поділилась", "поділився"
    for ending in PAST_ENDINGS:
        if low.endswith(ending) and low[: -len(ending)] in PAST_STEMS:
            if ending == "ли" and low[: -len(ending)] in SINGULAR_ONLY_STEMS:
                return None  # "Ущерб оценили в …": agentless
            return {"л": "m", "в": "m", "ла": "f", "ло": "n", "ли": "pl"}.get(ending, "")
    for ending in PRESENT_ENDINGS:
        stem = low[: -len(ending)]
        if stem in BELIEF_STEMS and low.endswith(("ается", "ається")):
            return None  # "считается", "вважається": "is held to be", no one holds it here
        if low.endswith(ending) and (stem in PRESENT_STEMS or stem in BELIEF_STEMS):
            plural = ("ют", "ут", "ят", "ают", "ють", "уть", "ять", "ются", "аться", "яться")
            many = ending in plural or low.endswith(plural)
            if stem in SINGULAR_ONLY_STEMS and (many or low.endswith(("ся", "сь"))):
                return None  # "Ущерб оценивают в …", "оценивается в …": agentless
            return "pl" if many else ""
    return None


def is_speech_verb(word: str) -> bool:
    """A reporting verb in any form: what opens the writer's words inside a quotation's
    marks (``quotes.author_asides``). Never a request's ("«Мы ждали — просили, писали»": a
    speaker's own account of asking inside his words, far likelier than the writer's aside)."""
    return verb_form(word) is not None and not word.lower().startswith(ASKING_STEMS)


def _without_opening_conjunction(toks: list[_Tok]) -> list[_Tok]:
    """A sentence's tokens without the "and"/"but" it opens with («І додали, що …», «И
    добавил, что …», «А также добавил»): a conjunction joining it to the sentence before,
    never a speaker's name (a capital «І» or «А» is no body)."""
    if len(toks) > 2 and toks[0].low in (AND_WORDS | BUT_WORDS) and toks[1].kind == "w":
        return toks[1:]
    return toks


def _subjectless(toks: list[_Tok]) -> Source | None:
    """A reporting verb that opens the sentence with no subject, before what was said
    («Додали, що …», «Также добавил, что …», «Повідомили також, що …»): the speaker of the
    sentence before goes on, as with «Він додав»; a pronoun of the verb's gender (a plural
    for the body that spoke)."""
    k = 0
    while k < len(toks) - 1 and toks[k].low in ADVERBS:
        k += 1  # ("Також додали", "Также сообщили")
    if k >= len(toks) - 1 or toks[k].kind != "w":
        return None
    form = verb_form(toks[k].text)
    if form is None or form == "n" or _is_belief(toks[k].low):
        return None
    rest = [t for t in toks[k + 1 : k + 4] if t.low not in ADVERBS]
    if not rest or not (rest[0].text == "," or rest[0].low in ("что", "що")):
        return None  # ("Сообщили о пожаре …": what was reported, not said)
    return Source(None, "pronoun", cue=toks[k].low, offset=toks[k].start, gender=form or None)


def _advised(toks: list[_Tok]) -> Source | None:
    """ "Жителям советуют запастись водой", "Пассажирам рекомендуют уточнять …", "Мешканцям
    радять …", "Постійним пасажирам пропонують …": a plural verb of advice, offer or request
    with nothing before it but the ones advised, in the dative plural, has no subject in the
    text: the dative says who is advised, never who advises (a subject is in the nominative).
    An agentless call, which the engine gives to the body that has just spoken (README
    conventions 31 and 43), as "Зазначається, що …"; never a group named "Жителям". A
    request's ones asked are in the accusative plural, a person's in the genitive's form
    ("Жителей просят …", "Водіїв просять …", "Посетителей попросили …": ``ASKING_STEMS``)."""
    k = 0
    while k < len(toks) and toks[k].kind == "w" and toks[k].low.endswith(DATIVE_PLURAL_ENDINGS):
        k += 1  # ("Местным жителям", "Літнім пацієнтам")
    if k == 0:
        while k < len(toks) and toks[k].kind == "w" and _genitive_plural(toks[k].low):
            k += 1  # ("Местных жителей", "Водіїв")
        k = _past_complement(toks, k)  # ("Свідків аварії просять", "Очевидцев ДТП просят")
        if 0 < k < len(toks) and not toks[k].low.startswith(CALLING_STEMS):
            return None
    if not 0 < k <= 3 or k >= len(toks) or toks[k].kind != "w" or toks[k].capital:
        return None
    verb = toks[k].low
    if not verb.startswith(ADVICE_STEMS) or not verb.endswith(PLURAL_VERB_ENDINGS):
        return None
    if len(toks[0].low) < 5:
        return None  # ("Им советуют": "им" is a pronoun, for whom the sentence before says;
        # every word of DATIVE_PRONOUNS is that short)
    return Source(None, "vague", cue=IMPERSONAL, offset=toks[0].start)


def _past_complement(toks: list[_Tok], k: int) -> int:
    """Where the verb may stand after the ones asked (``toks[:k]``, a genitive plural): past
    one word of theirs, lower-case or initials, that an asking verb follows («Свідків аварії
    просять», «Очевидців ДТП закликають»: witnesses of what); ``k`` when no such word."""
    if k == 0 or k + 1 >= len(toks) or toks[k].kind != "w" or toks[k].capital:
        return k
    verb = toks[k + 1].low
    return k + 1 if verb.startswith(CALLING_STEMS) and verb.endswith(PLURAL_VERB_ENDINGS) else k


def _genitive_plural(low: str) -> bool:
    """A noun or adjective in the genitive plural, the animate accusative's form ("жителей",
    "водіїв", "местных", "літніх")."""
    return len(low) > 3 and low.endswith((*GENITIVE_PLURAL, *PLURAL_GENITIVE_ADJECTIVES))


def _is_belief(word: str) -> bool:
    low = word.lower()
    return any(low.startswith(stem) for stem in BELIEF_STEMS)


_CAPITALS_PAIR = re.compile(r"[А-ЯЁІЇЄҐ]{2}[А-ЯЁІЇЄҐ'’-]*[ \t]+[А-ЯЁІЇЄҐ]{2}")
"""Two Cyrillic words in capitals side by side: the cheap test before ``_capitals_as_names``."""
_CAPITALS_WORD = re.compile(r"(?<![\w'’-])[А-ЯЁІЇЄҐ][А-ЯЁІЇЄҐ'’-]*[А-ЯЁІЇЄҐ](?![\w'’-])")
_CAPITALS_VOWEL = re.compile(r"[АЕЁИОУЫЭЮЯІЇЄ]")


def _capitals_as_names(text: str) -> str:
    """Two or three Cyrillic words in capitals side by side («Глава управления ОЛЕГ МАРЧЕНКО
    заявил») as capitalised words, one character for one: the reader takes a word all in
    capitals for an acronym, so the name was no name and the speaker was the whole phrase
    with its role (found33; the English parser reads capitals so since mend33,
    ``language.parse.straight``). Only words with a vowel, not all of three letters or fewer:
    an acronym («МВД РФ», «ГУ МВД») stays, and so does a run of four or more (a headline)."""
    if _CAPITALS_PAIR.search(text) is None:
        return text
    return capitals_as_names(text, _CAPITALS_WORD, _CAPITALS_VOWEL)


def _as_written(found: Source | None, text: str) -> Source | None:
    """``found`` (read from ``_capitals_as_names(text)``) with its speaker as ``text`` writes
    it where it is the text's own words at its offset («ОЛЕГ МАРЧЕНКО»)."""
    if found is None or not found.speaker:
        return found
    own = text[found.offset : found.offset + len(found.speaker)]
    if own != found.speaker and own.lower() == found.speaker.lower():
        return replace(found, speaker=own)
    return found


def read(text: str, masked: str | None = None) -> Source | None:
    """The source one Russian or Ukrainian sentence gives itself, or None (a name in capitals
    read as a name: ``_capitals_as_names``)."""
    named = _capitals_as_names(text)
    if named == text:
        return _read(text, masked)
    shown = _capitals_as_names(masked) if masked is not None else None
    return _as_written(_read(named, shown), text)


def _read(text: str, masked: str | None = None) -> Source | None:
    """The source one Russian or Ukrainian sentence gives itself, or None."""
    if masked is None or len(masked) != len(text):
        masked = text
    if not is_cyrillic(text, in_cyrillic=True):
        return None
    toks = _without_opening_conjunction(tokens(text, _without_long_brackets(masked)))
    toks = _without_stance_complement(toks)
    emphatic = _emphatic_self(toks)
    if emphatic is not None:  # "Сам тренер заявил": read as "Тренер заявил", then he
        return _read_emphatic(text, masked, toks[1].start, emphatic)
    latter = _latter(toks)
    if latter is not None:  # "Последний заявил": the last person named, as a pronoun would be
        return latter
    found = _parenthetical_own(toks) or _cues(toks) or _subjectless(toks)
    aside = _outlet_aside(toks)
    if aside is not None:  # "Об этом, как сообщает ТАСС, рассказали в МЧС": МЧС, via ТАСС
        inner = _cues(toks[: aside[0] + 1] + toks[aside[1] + 1 :])
        if inner is not None and inner.cue != ANNOUNCED:
            found = _with(inner, via=aside[2])
    passed = _passed_on(toks)
    if passed is not None:  # "X заявил, что …, передает ТАСС": X speaks, through TASS
        inner = _cues(toks[: passed[0]])  # (never a body's plan: "Налог вырастет …, пишет X")
        if inner is not None and inner.kind != "pronoun" and inner.cue != ANNOUNCED:
            found = _with(inner, via=passed[1])
    if found is not None and found.kind == "organisation":
        relayed = _cited_unnamed(toks)  # "Об этом пишет «Вестник», ссылаясь на источники
        if relayed is not None:  # в …": the sources, through the outlet
            found = _with(relayed, via=found.speaker)
    if found is not None and found.kind == "organisation":
        found = (_inner_document(toks, found) or _inner_unnamed(toks, found)
                 or _bare_institution(found) or found)  # fmt: skip
    if found is not None and _own_office(found):
        owner = _org_anaphor([t for t in toks if t.low == (found.speaker or "").split()[-1]])
        leading = _leading_organisation(toks, found)
        if leading is not None and leading.offset == found.offset and leading != found:
            leading = None  # "Пресслужба технічного університету повідомила": the office
            # itself opens the sentence, cut from its owner's words (the engine's to match)
        found = leading or (  # "пресс-служба министерства" with
            owner if owner is not None else found  # nothing named here:
        )  # the ministry named before, for the engine
    elif (
        found is not None and found.kind == "pronoun" and found.gender == "n" and found.speaker
        and not _refers_to(toks, found.offset)
    ):  # fmt: skip  # ("Газета ссылается на проект … министерства": the ministry, not the paper)
        named = (
            _leading_organisation(toks, found) or _organisation_subject(toks)  # "Банк России
            or _announcing_subject(toks, found)
        )  # fmt: skip
        found = named if named is not None and named.offset < found.offset else found
        # …, говорится в сообщении регулятора", "Ранее Роскомнадзор заблокировал …, по данным
        # ведомства, …": the institution the sentence is about
    knowing = _knowing(toks)
    if (
        knowing is not None
        and (found is None or found.kind != "anonymous")
        and (found is None or found.offset <= knowing.offset or found.kind == "vague")
    ):
        found = _with(knowing, via=found.via if found else None)
    if withheld(masked):
        found = _anonymous(found, toks)
    if found is not None and found.kind == "organisation" and _unofficially(toks, found):
        found = Source(None, "anonymous", found.speaker, found.via, "anonymity", found.offset,
                       found.gender)  # fmt: skip
    if found is not None and found.kind == "anonymous" and found.affiliation is None:
        close = _close_to(toks)
        if close is not None:
            found = Source(found.speaker, found.kind, close, found.via, found.cue, found.offset,
                           found.gender)  # fmt: skip
    media = found is not None and found.kind == "organisation" and found.speaker
    if found is not None and media and (found.speaker or "").lower() in MEDIA_GROUPS:
        found = Source(found.speaker, "vague", cue=found.cue, offset=found.offset, gender="pl")
        # "Как писали СМИ": the media at large, a group
    if found is not None and found.kind in ("pronoun", "organisation"):
        found = _subject_own_channel(toks, found) or found
    if found is not None and found.kind == "organisation" and found.speaker:
        found = _entourage(found)
        if (found.cue or "").startswith(QUOTING_VERBS):
            found = _quoted_object(toks, found) or found
    if found is not None and _unanswered(toks, found):
        return Source(None, SILENT, cue=SILENT, offset=found.offset)
    if found is not None and found.kind != "anonymous" and _formal_act(toks, found):
        return None  # "Губернатор объявил режим ЧС", "Мэрия ввела режим ЧС": a formal act
    prosecution = found is not None and found.kind in ("role", "person", "organisation")
    if found is not None and prosecution and _the_prosecution(found.speaker or ""):
        found = Source(found.speaker, "vague", cue=found.cue, offset=found.offset)
        # "Гособвинитель просил шесть лет": the prosecution unnamed is a group as written
        # (README item 24), never a post's holder
    if found is not None and found.kind == "person" and _latin_word(found.speaker or ""):
        found = Source(found.speaker, "organisation", found.affiliation, found.via, found.cue,
                       found.offset)  # fmt: skip # "по данным портала Transfermarkt"
    elif found is not None and found.kind == "person" and _latin_name(found.speaker or ""):
        whole = _latin_run(text, found.offset)  # "з посиланням на видання The New York
        found = Source(whole[1], "organisation", found.affiliation, found.via, found.cue,
                       whole[0])  # fmt: skip # Times": the outlet's whole name, not a person
    spoken = bool(toks) and toks[0].text in _DASHES
    if found is not None and spoken and (found.speaker or "").lower() in _FIRST_PERSON:
        return None  # «— Ми писали до міськради, …»: a speaker's own words opened by a dash,
        # with no marks; their "we" is the speaker's, never a body called «Ми»
    if found is not None:
        speaker = found.speaker
        if found.kind == "organisation" and speaker:
            speaker = institution_nominative(_without_office(speaker))
        affiliation = institution_nominative(found.affiliation) if found.affiliation else None
        found = Source(speaker, found.kind, affiliation, found.via, found.cue, found.offset,
                       found.gender)  # fmt: skip
    return found


LATTER = "latter"
"""The cue of "the latter" as a subject (``_latter``): the attribution engine takes the last
person of its gender named before it, never the topic or the last speaker."""


def _latter(toks: list[_Tok]) -> Source | None:
    """ "Последний заявил, что …", "Остання також наголосила": "the latter", in its verb's
    gender, as the subject of a reporting verb (an adverb may stand between): a pronoun
    for the last person of that gender named before, never a name (``LATTER_WORDS``)."""
    if len(toks) < 2 or toks[0].kind != "w" or toks[0].low not in LATTER_WORDS:
        return None
    gender = LATTER_WORDS[toks[0].low]
    verb = toks[2] if toks[1].low in ADVERBS and len(toks) > 2 else toks[1]
    form = verb_form(verb.text) if verb.kind == "w" else None
    if form is None or form not in ("", gender):
        return None  # ("Последний матч сезона …": no verb of saying after it)
    return Source(toks[0].text, "pronoun", cue=LATTER, offset=toks[0].start, gender=gender)


def latter_named(before: str, gender: str | None) -> str | None:
    """The person "the latter" (``_latter``) stands for: the last full name in the sentence
    just before it (``before`` is the article up to it) whose surname does not show the
    other gender ("… писали депутаты Иван Петров и Олег Сидоров. Последний заявил": Олег
    Сидоров); None when that sentence names no one."""
    text = before.rstrip()
    if not text.endswith((".", "!", "?", "…")):  # "По словам последнего": the sentence
        text = text[: max(text.rfind(". "), text.rfind("\n")) + 1].rstrip()  # before this one
    start = max(text.rfind(". ", 0, len(text) - 1), text.rfind("\n", 0, len(text) - 1)) + 1
    who = tokens(text[start:], _names_masked(text[start:]))
    found = None
    i = 0
    while i < len(who):
        j = i
        while j < len(who) and who[j].capital:
            j += 1
        name = _name_of(who, i, j) if j > i else None
        if name is not None and " " in name[0]:
            nominative, shown = person_nominative(name[0])  # "спорила с Олегом Сидоровым":
            if (shown or _full_gender(name[0])) in (None, gender):  # Олег Сидоров, a man
                found = nominative
        i = max(j, i + 1)
    return found


def _full_gender(name: str) -> str | None:
    """The gender a Cyrillic full name shows: its given name's ending, else its surname's."""
    return cyrillic_given_gender(name.split()[0]) or name_gender(name)


SILENT = "silent"
_FIRST_PERSON = FIRST_PERSON_SINGULAR | WE


def _the_prosecution(speaker: str) -> bool:
    """Whether ``speaker`` is the prosecution left unnamed ("прокурор", "прокурор у
    засіданні", "Государственный обвинитель", "Сторона обвинения", "Гособвинение"): its
    noun (``PROSECUTION_STEMS``, ``PROSECUTION_SIDES``) first, after at most an adjective or
    "сторона", and no capitalised word after it (a name or a named office: "прокурор Иван
    Лукин", "прокурор САП")."""
    words = speaker.split()
    if not words or any(w[:1].isupper() for w in words[1:]):
        return False
    lower = [w.lower() for w in words]
    head = 1 if len(lower) > 1 and lower[0].startswith(PROSECUTION_QUALIFIERS) else 0
    return lower[head].startswith(PROSECUTION_STEMS) or lower[head] in PROSECUTION_SIDES


def _unofficially(toks: list[_Tok], found: Source) -> bool:
    """Whether the body's verb of saying (the cue ``found`` was read by) is told off the record:
    an adverb of ``UNOFFICIAL_ADVERBS`` within two words before it or right after it ("В
    мэрии неофициально признают", "У раді нам неофіційно повідомили", "…, — сообщили
    неофициально в мэрии"). Only by the verb: "решение неофициально принято" inside what is
    said is no one's telling."""
    verbs = [k for k, t in enumerate(toks) if t.kind == "w" and t.low == found.cue]
    return any(
        toks[j].low in UNOFFICIAL_ADVERBS
        for k in verbs
        for j in range(max(0, k - 3), min(len(toks), k + 2))
        if j != k
    )


def withheld(text: str) -> bool:
    """Does ``text`` say its source is kept unnamed on purpose ("на условиях анонимности",
    "попросил не называть его имени", "який попросив не називати його імені")?"""
    lowered = " ".join(text.lower().split())
    return any(phrase in lowered for phrase in ANONYMITY) or bool(ANONYMITY_FORMS.search(lowered))


def _without_stance_complement(toks: list[_Tok]) -> list[_Tok]:
    """ "В мэрии с этими цифрами не согласны" read as "В мэрии согласны": what a stance is
    about ("с этими цифрами", "з рішенням") and its "не" stand between the holder and the
    stance (``STANCE_PREDICATES``), so they are left out for the holder's phrase to end on
    its name. Only inside the stance's own clause (nothing cut across a comma, a dash, a
    quotation or "что"/"що": "Мэр с сожалением сказала, что депутаты не согласны" keeps the
    mayor's phrase whole), and only where that clause opens on a holder who can state a
    stance: a body after "в"/"у" or a plural noun ("Депутаты с бюджетом не согласны")."""
    stance = next((k for k, t in enumerate(toks) if t.low in STANCE_PREDICATES), None)
    if stance is None:
        return toks
    start = stance
    while start > 0 and toks[start - 1].kind == "w" and toks[start - 1].low not in _CLAUSE_OPENERS:
        start -= 1
    if stance - start < 2 or not _stance_holder(toks[start]):
        return toks
    cut = next((k for k in range(start + 1, stance) if toks[k].low in _STANCE_LINKS), None)
    return toks if cut is None else toks[:cut] + toks[stance:]


def _stance_holder(first: _Tok) -> bool:
    """Can a clause that opens on ``first`` name a stance's holder before what the stance is
    about: "в"/"у" before a body, or a plural noun or adjective ("Депутаты", "Місцеві")?"""
    return first.low in ("в", "во", "у") or (
        len(first.low) > 3 and first.low.endswith(("ы", "и", "і", "ї", "ые", "ие"))
    )


_STANCE_LINKS = frozenset("с со з із зі не ні".split())
"""Words that open a stance's complement or deny it ("с решением", "з цим", "не")."""

_CLAUSE_OPENERS = THAT_WORDS | SUBORDINATORS | frozenset("а но але однако проте".split())
"""Words that open a clause of their own: a stance after one is that clause's."""


def _formal_act(toks: list[_Tok], found: Source) -> bool:
    """Whether the verb the sentence's source was read by is one of declaring or bringing in
    with a formal state right after it ("объявил режим чрезвычайной ситуации", "ввела режим
    ЧС", "оголосив надзвичайний стан"): a formal act the writer reports (README item 30), as
    English "declared a state of emergency". A clause of what was said between them ("объявил,
    что режим ЧС снимут") keeps the words, and only the cue itself counts: a declaring verb
    inside what was said ("объявила, что в городе ввели режим ЧС") is the speaker's words."""
    cue = (found.cue or "").lower()
    verbs = [i for i, t in enumerate(toks) if t.kind == "w" and t.low.startswith(DECLARING_STEMS)]
    if cue != ANNOUNCED and not cue.startswith(DECLARING_STEMS):
        return False
    # the cue verb; a body's own act ("ввела режим ЧС") has no verb of speech: its first verb
    verbs = verbs[:1] if cue == ANNOUNCED else [i for i in verbs if toks[i].low == cue]
    for i in verbs:
        after = toks[i + 1 : i + 4]
        for tok in after:
            if tok.kind != "w" or tok.low in THAT_WORDS:
                break  # (a comma or "что"/"що": "объявил, что …")
            if tok.low.startswith(DECLARED_STATE_STEMS):
                return True
    return False


def _latin_word(name: str) -> bool:
    """Is ``name`` one word in Latin letters ("Transfermarkt", "Downdetector")? Russian and
    Ukrainian copy writes a person's name in Cyrillic, whatever their language; a name kept
    in Latin letters is a site's, a service's or a firm's, never a person's."""
    return (
        " " not in name.strip() and bool(_LATIN.search(name)) and not _CYRILLIC.search(name.lower())
    )


def _latin_name(name: str) -> bool:
    """Is ``name`` words in Latin letters only ("York Times", "Street Journal")? As for one
    word (``_latin_word``): a foreign outlet's or firm's name, never a person's."""
    return bool(_LATIN.search(name)) and not _CYRILLIC.search(name.lower())


_LATIN_RUN = re.compile(r"(?:(?:The|the|of|&|[A-Z][\w'’-]*)\s+)*[A-Z][\w'’-]*")


def _latin_run(text: str, offset: int) -> tuple[int, str]:
    """The run of capitalised Latin words (and "The", "of", "&") that holds ``offset``: the
    whole of "The New York Times" around "York"; its start and text."""
    for match in _LATIN_RUN.finditer(text):
        if match.start() <= offset < match.end():
            return match.start(), match.group()
    return offset, text[offset:].split()[0] if text[offset:].split() else ""


"""The kind of a sentence whose only verb of speech is denied ("не ответили на запрос", "не
уточнили"): nobody said anything (no source), but the silence is the claim's news."""


_LONG_BRACKETS = re.compile(r"\((?:[^()\s]+\s+){3,}[^()]*\)")


def _without_long_brackets(masked: str) -> str:
    """``masked`` with each bracketed aside of four words or more blanked: "Подорожание яиц (по
    данным Росстата, яйца подорожали на 23,7%) вызвано …, пояснил чиновник" is the official's,
    never the aside's source; a short one stays ("(ФАС)", "(ДСНС)": a name's initials)."""
    return _LONG_BRACKETS.sub(lambda m: " " * len(m.group()), masked)


def _unanswered(toks: list[_Tok], found: Source) -> bool:
    """ "В пресс-службе мэрии на письмо не ответили", "В самой компании на запрос не
    ответили": the only verb of speech is a reply that "не" denies, so nobody said anything
    (the sentence has no source)."""
    denied = [
        k for k in range(1, len(toks))
        if toks[k - 1].low in ("не", "ні") and toks[k].low.startswith(UNANSWERED_VERBS)
    ]  # fmt: skip
    if not denied or _according_cue(found.cue):
        return False  # ("На її думку, старі насоси не відповідають вимогам": the words of
        # an according phrase, whose "не відповідають" is "do not match", no silence)
    if found.kind == "anonymous":  # "Источник не уточнил, когда …": a source who spoke; but
        role = (found.speaker or "").lower().startswith(UNNAMED_ROLES)  # "Представители
        replied = all(toks[k].low.startswith(NO_REPLY_STEMS) for k in denied)  # певицы не
        if not (role and replied):  # ответили": asked, they said nothing (convention 29)
            return False
    spoken = [k for k, tok in enumerate(toks) if tok.kind == "w" and verb_form(tok.text)]
    return all(k in denied for k in spoken)


def _according_cue(cue: str | None) -> bool:
    """Is ``cue`` an according phrase ("по данным", "согласно") or its noun after a possessive
    ("словам" of "По её словам", "даними" of "За їхніми даними"), not a verb?"""
    low = (cue or "").lower()
    return bool(low) and (low in ACCORDING or low in _ACCORDING_NOUNS)


_ACCORDING_NOUNS = frozenset(
    word for phrase in ACCORDING if " " in phrase and len(word := phrase.split()[-1]) > 3
)  # (the nouns: never the "на" of "со ссылкой на" nor the "з" of "згідно з")


def _without_office(speaker: str) -> str:
    """ "пресс-служба краевого суда", "пресслужба Головного управління …": a press office
    speaks for its institution, so the institution is the speaker (the words after the
    office, for the engine to match with the name the article gave it)."""
    words = speaker.split()
    if len(words) < 2 or not words[0].lower().startswith(PRESS_OFFICES):
        return speaker
    rest = words[1:]
    while rest and rest[-1].lower() in ("не", "ні", "в", "у", "во", "на"):
        rest = rest[:-1]  # "пресс-служба Кремля не (ответили)": the phrase ran on
    return " ".join(rest) or speaker


def subject(text: str, masked: str | None = None) -> Source | None:
    """The person a sentence is about, whatever its verb ("Депутат думы Наталья Гусева
    раскритиковала решение", "Рішення підтримав голова фракції Віктор Мельник"), with the
    gender the past-tense ending shows: the antecedent of "Она заявила" in the next one."""
    named = _capitals_as_names(text)
    if named != text:
        shown = _capitals_as_names(masked) if masked is not None else None
        return _as_written(_sentence_subject(named, shown), text)
    return _sentence_subject(text, masked)


def _sentence_subject(text: str, masked: str | None = None) -> Source | None:
    if masked is None or len(masked) != len(text):
        masked = text
    if not is_cyrillic(text, in_cyrillic=True):
        return None
    toks = tokens(text, masked)
    for i, tok in enumerate(toks):
        gender = _past_gender(tok)
        if gender is None or i == 0:
            continue
        if gender == "pl":
            return None
        left = _clause_before(toks, i)
        person = _person(left, last=True) if left else None
        if person is not None and _surname_gender(person[0]) not in (None, gender):
            person = None  # "Лаврова поддержал …": a woman's form before a man's verb: object
        if person is None and not any(_subject_capital(left, j) for j in range(1, len(left))):
            person = _person(_phrase(toks, i + 1), last=False)
        if person is None:
            return None
        return Source(person[0], "person", offset=person[1], gender=gender)
    return None


def _subject_capital(left: list[_Tok], j: int) -> bool:
    """Whether the capitalised word ``left[j]`` before a verb may be its subject: not when a
    preposition governs it ("Экспедицию в Карелию возглавила директор центра X", "Експедицію
    до Карпат очолила X": a place the deed went to, and the subject comes after the verb)."""
    return left[j].capital and left[j - 1].low not in PREPOSITIONS


def _genitive_person(name: str) -> str:
    """A person named after a phrase that governs the genitive («по словам», «слова»,
    «по данным»; its fallbacks cover the instrumental of «подготовленный X»), in the
    nominative."""
    return person_nominative(name, None, "gen")[0]


def name_gender(name: str) -> str | None:
    """The gender a Russian or Ukrainian full name's surname shows ("Алексей Смирнов" m,
    "Ольга Миронова" f), for a later "она"/"он"; None for a surname that does not say."""
    if " " not in name.strip() or not _CYRILLIC.search(name):
        return None
    return _surname_gender(name)


def body_gender(name: str) -> str | None:
    """The grammatical gender of a body's name in the nominative, read from its head noun,
    the first word that is no adjective ("прокуратура Тверской области" f, "Росстат" m,
    "Министерство финансов" n, "управління поліції" n): what a possessive pronoun of the
    body («по её данным», «за його даними») agrees with. None for initials, a name in «»
    alone, or an ending that does not say ("-ь")."""
    for word in name.split():
        if word[:1] in '«"' or (word.isupper() and len(word) > 1):
            return None
        low = word.lower()
        if not low.isalpha() or _is_adjective(low):
            continue
        if low.endswith(("ння", "ття", "сся", "лля", "ие", "о", "е", "є")):
            return "n"
        if low.endswith(("а", "я")):
            return "f"
        return None if low.endswith("ь") else "m"
    return None


def possessed_according(cue: str | None) -> bool:
    """Is ``cue`` the noun of "по её данным", "за його оцінкою", "по их словам" (a possessive
    pronoun read before it)?"""
    return (cue or "").replace("ё", "е") in _POSSESSED_ACCORDING


def _surname_gender(name: str) -> str | None:
    """The gender a nominative surname's ending shows ("Гусева" f, "Лавров" m), if any
    (``given_names.surname_gender``: the one home of the endings)."""
    return surname_gender(name.split()[-1]) if name.split() else None


def _past_gender(tok: _Tok) -> str | None:
    """The gender a past-tense verb's ending shows ("раскритиковала" f, "підтримав" m,
    "отказались" pl), or None for a word that does not read as one."""
    if tok.kind != "w" or len(tok.low) < 4 or tok.capital or tok.acronym:
        return None  # (the length first: the cheapest test)
    known = verb_form(tok.text)
    if known is not None:
        return known or None
    low = tok.low.removesuffix("ся").removesuffix("сь")
    if _PAST_FEMININE.search(low):
        return "f"
    if low.endswith(_GENITIVE_PLURAL_ONLY):  # "переселенців", "працівників": nouns
        return None
    if _PAST_MASCULINE.search(low):
        return "m"
    if _PAST_PLURAL.search(low):
        return "pl"
    return None


def _framing_form(tok: _Tok) -> str | None:
    """``verb_form``, and a verb of finding in the past where the sentence frames it as its
    source ("Как установил суд, …", "…, выяснили сотрудники института", "Видання з'ясувало,
    що …"): as the frame of a clause, finding out is telling what was found."""
    form = verb_form(tok.text)
    if form is None and tok.low.startswith(EXPECTING_STEMS) and _EXPECTING_PLURAL.search(tok.low):
        return "pl"  # "В асоціації очікують, що …": the body's forecast
    if form is not None or not tok.low.startswith(FINDING_STEMS) or tok.capital:
        return form
    return _past_gender(tok) or ("n" if _PAST_NEUTER.search(tok.low) else None)


_EXPECTING_PLURAL = re.compile(r"(?:ают|ують)$")
"""The present plural of "ожидать"/"очікувати" ("ожидают", "очікують"), never "ожидается"."""


def _cues(toks: list[_Tok]) -> Source | None:
    """The strongest cue of a sentence's tokens (see the module's docstring for the order)."""
    aside = _as_reported(toks)
    if aside is not None:  # "Как передавало ТАСС, министр … заявил, что …": the minister
        inner = _cues(toks[aside[0] + 1 :])
        named = (
            inner is not None
            and inner.kind == "organisation"
            and _is_name(inner.speaker)
            and not (inner.cue or "").startswith(DEMAND_STEMS)
        )  # "Как писал «Ъ», … объявила авиакомпания «ЮгАэро»": the airline
        named = named and inner is not None and inner.cue != ANNOUNCED  # ("Как писал «Ъ»,
        # «Семерочка» ведет переговоры": the outlet's report, not the chain's announcement)
        if inner is not None and (inner.kind in ("person", "anonymous") or named):
            return _with(inner, via=aside[1].speaker if aside[1].speaker else None)
        return aside[1]
    found = (
        _cited(toks) or _given_data(toks) or _referred_data(toks) or _known_to(toks)
        or _after_quote(toks) or _object_first(toks) or _introduced(toks)
        or _trailing_own_channel(toks)
        or _according(toks)
    )  # fmt: skip
    if found is not None and found.kind == "pronoun":
        own = _subject(toks)  # "X считает, что …: по её оценке, …": X, before the pronoun
        framed = toks[0].low in ("как", "як")  # ("Як повідомляє підприємство, …": "Як" is
        # the frame's word, never a subject before the body the frame names)
        earlier = own is not None and own.offset < found.offset and not framed
        if own is not None and own.kind in ("person", "anonymous") and earlier:
            return own
        if own is not None and own.kind == "organisation" and 0 < own.offset < found.offset:
            return own  # "Союз «Рассвет» советует …: по его данным, …" (never "Как" opening
            # "Как пояснили в ведомстве")
    return (
        found or _document(toks) or _data_of(toks) or _colon_lead(toks) or _after_clause(toks)
        or _advised(toks) or _subject(toks) or _relative_speaker(toks) or _declined(toks)
        or _no_comment(toks) or _source_subject(toks) or _estimated(toks) or _announced(toks)
    )  # fmt: skip


ANNOUNCED = "announced"
"""The cue of a named body's own announcement or plan ("Банк «Волна» снизил ставки"), or of
its experts' finding ("Ученые Заречного университета нашли …"): the engine keeps a one-word
name only when the article writes it as a name elsewhere too, and a forward attribution
("Об этом сообщил …") after it names who told it."""
_NON_PAST = re.compile(r"...(?:ет|ёт|ит|ут|ют|ат|ят|ить|уть|ють|ать|ять|є|де|те|зе|се)(?:ся|сь)?$")
"""Third-person endings of a present or perfective future ("повысит", "закроет", "зменшить",
"проведе", "запускає"): only read right after a named body and its time."""
_REFLEXIVE_PAST = re.compile(r"..л(?:ся|ась|ось|ись|ася|ося|ися)$")
"""A past verb's reflexive endings, every gender and number ("разошлись", "посварилися",
"обратился", "відмовилася"): no noun of a name ends so."""
_IMPERFECTIVE = re.compile(r"(?:[аяуі]ет|[аяуі]ют|[аяуі]є|[аяуі]ють)(?:ся|сь)?$")
"""Imperfective present endings ("выполняет", "запускає"): a habit unless a time to come
is given ("с 1 марта запускает")."""
_PLAN_STEMS = ("планир", "плану", "намерен", "намір", "збира", "собира", "готовит", "готує")
_YEAR = re.compile(r"(?:19|20)\d\d$")
_IN_YEAR = frozenset((*YEAR_WORDS, "році", "годах", "роках"))
_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]")
_PAST_NEUTER = re.compile(r"...[аеиыяу]ло(?:сь|ся)?$")


def _announced(toks: list[_Tok]) -> Source | None:
    """ "Маркетплейс «Ягода» с 1 марта повысит комиссию", "Банк «Світанок» знизив ставки",
    "Міністерство освіти у 2027 році зменшить …": a named body as the subject of the
    sentence's first finite verb, announcing what it will do or has just done, is the
    body's announcement (README: "the authority announced it would cut 14 routes"). A deed
    (a fine, a bill, an arrest, a probe), what a body is or does as a habit ("входит в
    холдинг", "выполняет рейсы"), a past set in earlier years ("Торік …", "в 2019 году")
    and a negated verb are the writer's report (None)."""
    for i, tok in enumerate(toks[1:12], start=1):
        if tok.kind == "p" and tok.text != ",":
            return None
        if tok.kind != "w" or tok.capital or tok.acronym or tok.low.startswith(ORG_STEMS):
            continue
        if toks[i - 1].low in PREPOSITIONS:
            continue  # "посилається на аудит", "взял в кредит": a preposition's object
        past = _past_gender(tok) or ("n" if _PAST_NEUTER.search(tok.low) else None)
        if past is None and not _NON_PAST.search(tok.low):
            continue
        if past is None and tok.low.endswith("ть") and not _UKRAINIAN.search(_text(toks)):
            continue  # "обсуждать": a Russian infinitive, not "зменшить"
        return _announcement(toks, i, past)
    return None


def _announcement(toks: list[_Tok], verb: int, past: str | None) -> Source | None:
    """The body announcing with the verb at ``verb`` (see ``_announced``), or None."""
    tok = toks[verb]
    if toks[verb - 1].low in ("не", "ні") or verb_form(tok.text) is not None:
        return None
    if tok.low.startswith((*DEED_STEMS, *STATE_STEMS, *CITING_VERBS)):
        return None  # (a deed, a state, or "Газета приводит слова X": X's)
    if any(t.low.startswith(DEED_OBJECTS) for t in _phrase(toks, verb + 1)[:6]):
        return None  # "начала проверку", "відкрили справу", "проведет в среду заседание"
    clause = toks[: verb + 6]
    if past is not None and _in_past_years(clause):
        return None
    habit = past is None and _IMPERFECTIVE.search(tok.low) is not None
    if habit and not tok.low.startswith(_PLAN_STEMS) and not _time_to_come(clause):
        return None  # "«СеверАвиа» выполняет рейсы": a habit, not a plan
    left = _clause_before(toks, verb)
    if not left or not _opens_clause(toks, left[0], tok):
        return None  # (a time put first is cut off by _clause_before: "В понеділок «X» …")
    if any(verb_form(t.text) is not None for t in toks if t.kind == "w"):
        return None  # "Як повідомлялося, НКРЕКП підвищила …", "…, передает ТАСС": reported
    name = _without_time(left)
    body = _announcer(name) if name else None
    if body is None or name is None or not _agrees_with(name, past):
        body = _subject_after_verb(toks, verb, past, left)
        return None if body is None else _with(body, cue=ANNOUNCED)
    return _with(body, cue=ANNOUNCED)


def _subject_after_verb(
    toks: list[_Tok], verb: int, past: str | None, left: list[_Tok], adopted: bool = False
) -> Source | None:
    """ "Ставки по вкладам с 1 мая снизит Альфа-Банк", "Ціни на хліб з березня підвищить
    «Хлібзавод»": the subject after its verb (VS order, normal in Russian and Ukrainian news),
    a named body closing the clause, after at most a time or one prepositional phrase
    ("на сесії"). An announcement is a plan, so the verb is a singular perfective future
    (a past after its object tells a deed, a plural or imperfective one is no body's plan;
    "канал", "капитал" end like past verbs); for a document's author (``past`` given) the past
    verb's gender must agree with the body. What stands before the verb must be a fronted
    object alone: no comma, no person, office, body, deed or capitalised word past the first
    ("Мэр Москвы посетил Сбербанк" is a visit, no announcement)."""
    if (past is not None) != adopted or _PLURAL_NON_PAST.search(toks[verb].low):
        return None  # (a past after its object tells a deed: "Справу розслідувало Бюро …")
    if not adopted and _IMPERFECTIVE.search(toks[verb].low):
        return None  # "Питание … обеспечивает ООО …": a habit, no plan
    before = toks[:verb]
    if any(t.kind != "w" or t.acronym for t in before) or any(t.capital for t in before[1:]):
        return None  # (an aside or a relative clause: "…, з якими поспілкувалася ЕП, …")
    if not adopted and any(t.low.startswith(DEED_OBJECTS) for t in before):
        return None
    if left[0].low.startswith((*ORG_STEMS, *OFFICE_STEMS, *PEOPLE_STEMS, *GROUP_STEMS)):
        return None
    if _is_office(left[0]) or _person(left, last=True) is not None:
        return None
    end = next((k for k in range(verb + 1, len(toks)) if toks[k].kind == "p"), len(toks))
    if end < len(toks) and toks[end].text not in (".", ",", "!"):
        return None
    rest = toks[verb + 1 : end]
    start = 0
    while start < len(rest) and _is_time(rest, start):
        start += 1
    if start < len(rest) and rest[start].low in PREPOSITIONS:
        lower = start + 1
        while lower < len(rest) and rest[lower].kind == "w" and not rest[lower].capital:
            lower += 1
        start = lower if 2 <= lower - start <= 3 else start  # ("в ДК «X»": its object)
    name = rest[start:]
    if not name or not (name[0].capital or name[0].acronym or name[-1].kind == "q"):
        return None  # (a name, or a kind's noun before one in «»: "компанія «X»")
    if _is_time(name, len(name) - 1) or not _agrees_with(name, past):
        return None
    if any(_past_gender(t) or _NON_PAST.search(t.low) for t in name if not t.capital):
        return None  # "… пакет купил инвестфонд «X»": "пакет" only ends like a verb
    return _announcer(name)


_PLURAL_NON_PAST = re.compile(r"(?:ут|ют|ат|ят|уть|ють|ать|ять)(?:ся|сь)?$")
"""Third-person plural present or future endings ("снизят", "знизять"): a group's verb,
never one body's after it."""


def _announcing_subject(toks: list[_Tok], pointer: Source) -> Source | None:
    """ "Сбербанк с 2 декабря понизил ставку, говорится в сообщении банка": the body whose
    announcement the clause before the pointer is, when the pointer's noun fits its kind."""
    before = [t for t in toks if t.end <= pointer.offset]
    comma = max((k for k, t in enumerate(before) if t.text == ","), default=None)
    if comma is None:
        return None
    stop = _Tok(".", before[comma].start, before[comma].end, "p")  # the clause, as a sentence
    found = _announced([*before[:comma], stop])
    if found is None or not found.speaker or other_kind(found.speaker, pointer.speaker or ""):
        return None
    word = found.speaker
    quoted = any(t.kind == "q" and t.start == found.offset for t in toks)
    noun = (pointer.speaker or "").lower()[:4]
    if " " not in word and not quoted and not is_acronym(word) and noun not in word.lower():
        return None  # "Реконструкция продлится …, говорится в сообщении музея": no body
    return found


def _in_past_years(toks: list[_Tok]) -> bool:
    """A time that sets a past verb before the story's days ("Торік", "Ранее", "в 2019
    году"): background, not an announcement."""
    for k, t in enumerate(toks):
        if t.low in BACKGROUND_WORDS:
            return True
        if _YEAR.match(t.low) and k + 1 < len(toks) and toks[k + 1].low in _IN_YEAR:
            return True
    return False


def _time_to_come(toks: list[_Tok]) -> bool:
    """A date a change starts from or a time to come ("с 1 марта", "з наступного року",
    "в 2027 году"): with it, a present tense is a plan."""
    for k, t in enumerate(toks[:-1]):
        nxt = toks[k + 1]
        if t.low in FORWARD_WORDS:
            return True
        if t.low in ("с", "со", "з", "із", "зі", "от", "від") and (
            nxt.low.isdigit() or month_number(nxt.low) is not None or nxt.low in FORWARD_WORDS
        ):
            return True
        if t.low in ("в", "во", "у") and _YEAR.match(nxt.low):
            return True
    return False


def _is_time(toks: list[_Tok], k: int) -> bool:
    """Is token ``k`` part of a time or a manner beside a subject ("с 15 января", "в
    пятницу", "у 2027 році", "також", "вже")?"""
    tok = toks[k]
    if tok.low in ADVERBS or tok.low in FORWARD_WORDS or _is_date_word(tok) or tok.low in _IN_YEAR:
        return True
    if tok.low.startswith(WEEKDAY_STEMS) or _YEAR.match(tok.low):
        return True
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return tok.low in PREPOSITIONS and nxt is not None and _is_time(toks, k + 1)


def _without_time(left: list[_Tok]) -> list[_Tok] | None:
    """A subject without the time or manner put before or after it ("В пятницу Банк
    «Волна»", "«Корзина» с 15 января", "Сбербанк также"); None when anything else stands
    beside the name ("Минфин готов", "В РЖД оперативно": no body as a subject)."""
    start = 0
    while start < len(left) and _is_time(left, start):
        start += 1
    end = start
    while end < len(left) and not _is_time(left, end):
        end += 1
    if any(not _is_time(left, k) for k in range(end, len(left))):
        return None
    return left[start:end]


_GENITIVE = re.compile(r"(?:и|ы|а|я|у|ю|ого|его|ой|ей|ых|их|ів|ов|ої|ої|ії|ь|і)$")
"""Genitive endings of the words after a body's head noun ("Міністерство охорони
здоров'я", "Министерство обороны РФ")."""


_NOMINATIVE_ADJECTIVE = re.compile(
    r"..(?:ый|ий|ій|ой|ая|яя|ое|ее|ська|цька|ське|цьке|на|не|ва|ве)$"
)
"""Adjectives in the nominative before a body's head noun ("Государственная дума",
"Волинська обласна …"); "Следующее заседание совета …" has no body as its head."""


def _announcer(body: list[_Tok]) -> Source | None:
    """The named body a subject is: a name in «» after at most two words of its kind
    ("Маркетплейс «Ягода»"), an acronym after its adjectives ("ИКАР", "Западно-Сибирское
    УГМС"), a phrase headed by an institution's word ("Міністерство освіти і науки",
    "Ярославский краеведческий музей") or one capitalised word ("Сбербанк"); never a person,
    a court or the police (their acts are deeds), a bare noun ("Компания") or a group."""
    if not body or len(body) > 7 or body[0].low in PREPOSITIONS:
        return None
    quoted = next((k for k, t in enumerate(body) if t.kind == "q"), None)
    if quoted is not None:
        if quoted > 2 or quoted != len(body) - 1 or any(t.kind != "w" for t in body[:quoted]):
            return None
        return Source(_unquote(body[quoted].text), "organisation", offset=body[quoted].start)
    if any(t.kind != "w" for t in body):
        return None
    head = 0
    while head < len(body) - 1 and _NOMINATIVE_ADJECTIVE.search(body[head].low):
        head += 1  # "Западно-Сибирская транспортная прокуратура", "Мариинский театр"
    word = body[head]
    if word.low.startswith(JUSTICE_STEMS):
        return None
    if word.acronym:
        return Source(_text(body[: head + 1]), "organisation", offset=body[0].start)
    rest = body[head + 1 :]
    if any(not (t.capital or t.acronym or t.low in ("и", "і", "та", "й"))
           and not _GENITIVE.search(t.low) for t in rest):  # fmt: skip
        return None
    if not _genitive_tail(rest):
        return None
    if len(body) == 1:  # "Сбербанк", or "Компания" pointing back: none of its own
        if not word.capital or _person(body, last=True) is not None or _is_office(word):
            return None  # ("Мэр обратил внимание": an office, no body)
        anaphor = len(word.low) < 13 and (
            _anaphor_stem(word.low) is not None or word.low.startswith(OUTLET_ANAPHORS)
        )  # "Компания", "Газета": a noun pointing back
        plural = word.low.endswith(("ы", "и", "і"))  # "Трамваи вернут": things, no body
        if anaphor or plural:
            return None
        return Source(word.text, "organisation", offset=word.start)
    if not (word.low.startswith(ORG_STEMS) or _anaphor_stem(word.low)):
        return None
    if _person(body, last=True) is not None and not rest:
        return None
    return Source(_text(body), "organisation", offset=body[0].start)


_FINITE_REFLEXIVE = re.compile(r"(?:т|л|ла|ли|ло)(?:ся|сь)$")
"""A reflexive verb's endings ("посилається", "ссылается", "обратилась"): never a word of
a body's name, whose words after its head noun are genitives."""


def _genitive_tail(rest: list[_Tok]) -> bool:
    """Can the words after a body's head noun be its name's genitives ("Вінницької міської
    ради", "охорони здоров'я")? Not when a verb stands among them ("Видання посилається"),
    nor "на" (a setting: "… ради на засіданні", "… на своєму сайті": what the body did there
    may be a vote as well as a plan, so no announcement is read), nor a preposition last: the
    subject ran on past its name."""
    if rest and rest[-1].low in PREPOSITIONS:
        return False
    return not any(t.low == "на" or _FINITE_REFLEXIVE.search(t.low) for t in rest)


def written_as_name(body: str, word: str) -> bool:
    """Does the article write ``word`` (a one-word subject that opens a sentence) as a name:
    never in lower case in any case form, and capitalised after a lower-case word somewhere
    or holding an institution's word inside ("Сбербанк", "Укргідрометцентр")?"""
    stem = word[: max(4, len(word) - 2)]
    if re.search(rf"(?<![\w-]){re.escape(stem.lower())}", body):
        return False
    if re.search(rf"[a-zа-яёіїєґ»,)] {re.escape(stem)}", body):
        return True
    low = word.lower()
    return any(s in low[2:] for s in ("банк", "центр", "газ", "нафт", "энерго", "енерго"))


def opening_only(body: str, words: Sequence[str]) -> bool:
    """Are ``words``, a phrase that opens a sentence, no subject but words capitalised only
    by their place: a first word that is never a subject (an oblique pronoun, an adverb, a
    preposition: ``NON_SUBJECT_OPENERS``; an instrumental or dative ending:
    ``OBLIQUE_ENDINGS``), nothing capitalised after it (no «», no initials), no
    institution's word, and a first word the article never writes as a name? «Ним
    виявився», «Затриманим виявився», «Днями близько 23-ї години …» are; «Укрзалізниця»,
    «Жінка», «Служба безпеки України» are not (a nominative: a subject, whatever it is)."""
    first = words[0]
    if not first[:1].isupper() or not _CYRILLIC.match(first) or first.isupper():
        return False
    if any(not w.islower() for w in words[1:]) or any(_org_word(w.lower()) for w in words):
        return False
    low = first.lower()
    closed = low in NON_SUBJECT_OPENERS or low in PREPOSITIONS or low in ADVERBS
    oblique = low.endswith(OBLIQUE_ENDINGS) and len(low) > 4 and not known_given(first)
    return (closed or oblique) and not written_as_name(body, first)


def after_opener(text: str, masked: str | None = None) -> tuple[int, Source | None]:
    """The source of the sentence read without its first word and the comma after it (where
    the rest starts, and what ``read`` finds there): «Утім, …, там не сказали» is «там не
    сказали» (silence), «Эту цифру подтверждают фермеры …» the farmers'. For a first word
    ``opening_only`` says is no subject."""
    if masked is None or len(masked) != len(text):
        masked = text
    cut = re.match(r"\s*\S+?[\s,]+", masked)
    if cut is None:
        return 0, None
    return cut.end(), read(text[cut.end() :], masked[cut.end() :])


def _agrees_with(left: list[_Tok], past: str | None) -> bool:
    """Does a past verb's gender fit the body's head word ("Компания … снизила",
    "Министерство … объявило", "«ИКАР» понизил": a name in «» or an acronym says nothing)?
    A plural past is a group's ("Крупные банки снизили"), unless the body is an acronym."""
    if past is None:
        return True
    words = [t for t in left if t.kind == "w" and not t.acronym]
    if past == "pl":
        return not words
    head = next((t.low for t in words if t.low.startswith(ORG_STEMS) or _anaphor_stem(t.low)),
                words[0].low if words else "")  # fmt: skip
    if not head:
        return True
    if head.endswith(("о", "е", "є")):
        return past == "n"
    if head.endswith(("а", "я")):
        return past == "f"
    if head.endswith("ь"):
        return past in ("m", "f")
    return past == "m"


def _relative_speaker(toks: list[_Tok]) -> Source | None:
    """ "… директор фонда Нина Гладкова, которая объясняла, что …", "… речник Іван Бойко,
    який наголосив, що …": a reporting verb of a relative clause that reports words ("что"
    after it) speaks for the person the clause is about, named just before its comma."""
    for i in range(2, len(toks) - 2):
        if toks[i].low not in RELATIVE_PRONOUNS or toks[i - 1].text != ",":
            continue
        gender = verb_form(toks[i + 1].text)
        if gender is None or not any(t.low in ("что", "що") for t in toks[i + 2 : i + 4]):
            continue
        start = i - 1
        while start > 0 and toks[start - 1].kind != "p":
            start -= 1
        person = _person(toks[start : i - 1], last=True)
        if person is not None and _surname_gender(person[0]) in (None, gender, ""):
            return Source(person[0], "person", cue=toks[i + 1].low, offset=person[1],
                          gender=gender or None)  # fmt: skip
    return None


def _source_subject(toks: list[_Tok]) -> Source | None:
    """ "Когда откроют склад, собеседники издания затруднились ответить": an unnamed
    source in the nominative that opens a clause is its subject whatever its verb (no verb of
    speech needed: what the source says or cannot say is the claim)."""
    for i, tok in enumerate(toks):
        if tok.low not in SOURCE_SUBJECTS or (i and toks[i - 1].text not in ",;:—–-"):
            continue
        if tok.low in GENERIC_SOURCE_NOUNS and not _source_complement(toks, i + 1):
            continue  # "Источник пожара не установлен": an origin, not a source
        verb = next((k for k in range(i + 1, min(len(toks), i + 5))
                     if _past_gender(toks[k]) is not None or _present_verb(toks[k])),
                    None)  # fmt: skip
        if verb is not None and all(t.kind != "p" for t in toks[i + 1 : verb]):
            return _unnamed(toks[i:verb])
    return None


def _source_complement(toks: list[_Tok], at: int) -> bool:
    """ "источник в правительстве", "источник издания", "источник РБК", "джерело, близьке до
    уряду": what makes a generic source noun an unnamed source (not an origin)."""
    if at >= len(toks):
        return False
    tok = toks[at]
    if tok.text == "," and at + 1 < len(toks):
        return toks[at + 1].low in ASIDE_ADJECTIVES
    return (
        tok.low in AFFILIATION_LINKS
        or tok.kind == "q"
        or tok.acronym
        or tok.low.startswith(SOURCE_COMPLEMENT_STEMS)
        or tok.low.startswith(CLOSENESS_STEMS)
    )


def _present_verb(tok: _Tok) -> bool:
    """A word with a third-person present ending ("знают", "не знають", "уверяет"), or "не"
    before one: read only right after an unnamed source, where it is the source's verb."""
    return (
        tok.kind == "w"
        and not tok.capital
        and (
            tok.low in ("не", "ні")
            or tok.low.endswith(("ют", "ють", "ят", "ять", "ет", "ит", "ає"))
        )
    )


def _colon_lead(toks: list[_Tok]) -> Source | None:
    """ "Облавтодор: за ніч розчищено 40 доріг", "Зеленський: …": a name and a colon
    that open the sentence introduce its words (the live blog's and the headline's way),
    when the name is one: an acronym, a name in «», a full name or a surname."""
    colon = next((k for k, t in enumerate(toks[:8]) if t.text == ":"), None)
    if colon is None or colon == 0 or colon + 1 >= len(toks):
        return None
    name = toks[:colon]
    titled = _titled_name(name)  # "Глава администрации Иван Петров: «…»"
    if titled is not None:
        return _with(titled, cue=":")
    if colon > 4 or not all(t.kind == "q" or t.acronym or t.capital for t in name):
        return None
    if any(t.low in RUBRIC_WORDS for t in name):
        return None  # "ВАЖНО: …", "ВІДЕО: …": a rubric in capitals, not an acronym
    named = any(t.kind == "q" or t.acronym for t in name) or (
        len(name) == 1 and bool(_SURNAME.search(name[0].low))
    )
    if not named and _person(name, last=True) is None:
        return None  # "Важно: …", "Напомним: …"
    found = _classify(name, after_verb=False, gender="")
    if found is None or found.kind not in ("person", "organisation"):
        return None
    return _with(found, cue=":")


def _titled_name(name: list[_Tok]) -> Source | None:
    """A post in lower-case words, then a given name and surname ("Глава администрации Иван
    Петров", "Мэр города Иван Петров", "Голова ОВА Олег Синєгубов"): the person, when the
    lead-in before a colon is that and nothing more (the words after the colon are theirs)."""
    if len(name) < 3 or not all(t.kind == "w" for t in name) or not _is_office(name[0]):
        return None
    person = _person(name[-2:], last=True)
    if person is None or " " not in person[0]:
        return None
    if any(t.capital and not t.acronym for t in name[1:-2]):
        return None  # ("Глава Минфина Иван Петров": a body named; left to the readers)
    return Source(person[0], "person", offset=name[-2].start)


def _declined(toks: list[_Tok]) -> Source | None:
    """ "В пресс-службе «Ромашки» от комментариев отказались", "Мати футболіста Марія
    Дорошенко … від коментарів відмовилася": who declined to comment (the refusal is their
    answer, attributed to them like words)."""
    if not any(t.low.startswith(DECLINED_OBJECTS) or _declined_infinitive(t) for t in toks):
        return None
    for i, tok in enumerate(toks):
        if i == 0 or tok.kind != "w" or not tok.low.startswith(DECLINED_VERBS):
            continue
        gender = _past_gender(tok)
        if gender is None:
            return None
        left = _without_infinitive(_clause_before(toks, i))
        left = [t for t in left if not t.low.startswith(DECLINED_OBJECTS)]
        while left and left[-1].low in ("от", "від"):
            left = left[:-1]
        left = _name_ends([t for t in left if t.low not in ("от", "від")])
        if not left:
            return None
        if left[0].low in ("в", "во", "у") and gender == "pl":
            return _classify(left[1:], after_verb=True, gender=gender, institution=True)
        return _classify(left, after_verb=False, gender=gender)
    return None


def _declined_infinitive(tok: _Tok) -> bool:
    """ "коментувати", "оценивать": what one declines to do, in the infinitive."""
    return tok.low.startswith(DECLINED_INFINITIVES) and tok.low.endswith(("ть", "ти", "тися"))


def _without_infinitive(left: list[_Tok]) -> list[_Tok]:
    """The refuser in the words before "declined" once what was declined is left out: the
    subject before the infinitive («Сам посадовець коментувати ситуацію»), else the place
    after its object («Коментувати плани щодо нової лінії в компанії»: «в компанії»; «…
    чиновника там»: «там»)."""
    k = next((k for k, t in enumerate(left) if _declined_infinitive(t)), None)
    if k is None:
        return left
    if k > 0:  # (what is declined, put before the infinitive, is no part of the refuser:
        cut = next(
            (
                m
                for m in range(1, k)  # "В клинике ситуацию комментировать …")
                if left[m].low in DEMONSTRATIVES or left[m].low in REPORTED_OBJECTS
            ),
            k,
        )
        return left[:cut]
    rest = left[1:]
    at = max((m for m, t in enumerate(rest) if t.low in ("в", "во", "у")), default=None)
    if at is not None:
        return rest[at:]
    return rest[-1:] if rest and rest[-1].low in PLACE_ADVERBS else []


def _no_comment(toks: list[_Tok]) -> Source | None:
    """ "В пресс-службе мэрии информацию не комментируют", "В «Енисее» эту информацию
    комментировать не стали", "У міністерстві не коментують", "В пресс-службе X не стали
    комментировать ситуацию": a refusal to comment, said without the noun "комментарии", is the
    refuser's answer, as "от комментариев отказались"; so is "В клубе официальных комментариев
    пока не дают" (``_comments_withheld``)."""
    withheld_at = _comments_withheld(toks)
    if withheld_at is not None:
        return withheld_at
    for i, tok in enumerate(toks):
        if tok.kind != "w" or not tok.low.startswith(COMMENTING_STEMS) or i == 0:
            continue
        after = [t.low for t in toks[i + 1 : i + 3]]
        if toks[i - 1].low in ("не", "ні"):  # "не комментируют"
            start, plural = i - 1, tok.low.endswith(("ют", "ють", "уют"))
        elif i > 1 and toks[i - 2].low in ("не", "ні") and toks[i - 1].low.startswith("ста"):
            start, plural = i - 2, toks[i - 1].low.endswith(("ли", "ло"))  # "не стали
            # комментировать ситуацию": the same refusal, its auxiliary first
        elif _auxiliary_pronoun(toks, i):  # "Не стал он комментировать": his refusal
            return Source(toks[i - 1].text, "pronoun", cue=tok.low, offset=toks[i - 1].start,
                          gender=PRONOUNS[toks[i - 1].low])  # fmt: skip
        elif after[:1] in (["не"], ["ні"]) and len(after) == 2 and after[1].startswith("ста"):
            start, plural = i, after[1].endswith(("ли", "ло"))  # "комментировать не стали"
        else:
            continue
        left = _clause_before(toks, start)
        cut = next((k for k in range(1, len(left))
                    if left[k].low in DEMONSTRATIVES or left[k].low in REPORTED_OBJECTS),
                   len(left))  # fmt: skip
        left = [t for t in left[:cut] if t.low not in ADVERBS]
        named = max((k for k, t in enumerate(left) if t.capital or t.kind == "q"), default=-1)
        if named > 0 and left[0].low not in PREPOSITIONS:
            left = left[: named + 1]  # "Губернатор Олег Сомов слухи не комментирует"
        if not left:
            return None
        if left[0].low in ("в", "во", "у") and plural:
            return _with(_classify(left[1:], after_verb=True, gender="pl", institution=True)
                         or Source(None, "vague"), cue=tok.low)  # fmt: skip
        found = _classify(left, after_verb=False, gender="pl" if plural else "")
        return _with(found, cue=tok.low) if found is not None else None
    return None


def _auxiliary_pronoun(toks: list[_Tok], i: int) -> bool:
    """ "Не стал он комментировать …", "Не стала вона коментувати": the refusal's
    auxiliary first, then its subject, a personal pronoun of the auxiliary's gender, right
    before the verb of commenting at ``i``."""
    if i < 3 or toks[i - 3].low not in ("не", "ні") or toks[i - 1].low not in PRONOUNS:
        return False
    auxiliary = toks[i - 2]
    return auxiliary.low.startswith("ста") and _past_gender(auxiliary) == PRONOUNS[toks[i - 1].low]


def _comments_withheld(toks: list[_Tok]) -> Source | None:
    """ "В клубе официальных комментариев пока не дают", "У міністерстві коментарів не
    надають": comments, then "не" and a verb of giving (``COMMENTS_GIVEN``) in the plural, the
    refuser before them as "В …" (an institution), as the other refusals read it."""
    for i, tok in enumerate(toks[:-1]):
        if tok.kind != "w" or not tok.low.startswith(DECLINED_OBJECTS) or i == 0:
            continue
        after = [t for t in toks[i + 1 : i + 5] if t.low not in ADVERBS
                 and (t.low not in PHRASE_PARTICLES or t.low in ("не", "ні"))]  # fmt: skip
        if len(after) < 2 or after[0].low not in ("не", "ні"):
            return None
        if not after[1].low.startswith(COMMENTS_GIVEN) or not after[1].low.endswith(
            PLURAL_VERB_ENDINGS
        ):
            return None
        left = [t for t in _clause_before(toks, i) if not _modifier(t) and t.low not in ADVERBS]
        if len(left) < 2 or left[0].low not in ("в", "во", "у"):
            return None
        found = _classify(left[1:], after_verb=True, gender="pl", institution=True)
        return _with(found or Source(None, "vague"), cue=after[1].low)
    return None


def _is_reflexive_report(tok: _Tok) -> bool:
    """ "сообщается", "сообщалось", "повідомлялося", "зазначається": a reporting verb in the
    impersonal reflexive, whose speaker the text does not name."""
    low = tok.low
    for ending in REFLEXIVE_REPORT_ENDINGS:
        if low.endswith(ending) and len(low) > len(ending) + 3:
            stem = low[: -len(ending)]
            if stem in PRESENT_STEMS or stem in PAST_STEMS or stem[:-1] in PRESENT_STEMS:
                return True
    return False


def _as_reported(toks: list[_Tok]) -> tuple[int, Source] | None:
    """(comma, source) of an opening "Как сообщалось," / "Сообщается, что" (no one named:
    unattributed) or "Как передавало ТАСС," / "Як пише «Трибуна»," (an outlet): an aside
    whose clause may name who really speaks ("…, министр заявил, что …")."""
    start = len(toks) - len(_without_connective(toks))
    if start + 1 >= len(toks):
        return None
    first, second = toks[start], toks[start + 1]
    after = start + 1
    while after < len(toks) - 1 and toks[after].low in ADVERBS:  # "Сообщается также, что"
        after += 1
    if _is_reflexive_report(first) and toks[after].low in (",", *THAT_WORDS):
        comma = after if toks[after].text == "," else start
        present = first.low.endswith(("ется", "ється"))  # "Зазначається, що": the body that
        return comma, Source(
            None, "vague", cue=IMPERSONAL if present else first.low, offset=first.start
        )  # fmt: skip  (just spoke; "Сообщалось": no)
    if first.low not in ("как", "як"):
        return None
    after = start + 2
    while after < len(toks) - 1 and toks[after].low in ADVERBS:  # "Как сообщалось ранее,"
        after += 1
    if _is_reflexive_report(second) and after < len(toks) and toks[after].text == ",":
        # «Як повідомляється, …»: the account of the body just quoted, as «Зазначається, що»
        # is; «Как сообщалось,» (past) and «Как утверждается,» (hearsay): no one's
        present = second.low.endswith(PRESENT_REPORT_ENDINGS)
        ongoing = present and not second.low.startswith(HEARSAY_STEMS)
        cue = IMPERSONAL if ongoing else second.low
        return after, Source(None, "vague", cue=cue, offset=first.start)
    aside = next((k for k in range(after, min(len(toks), after + 4)) if toks[k].text == ","), 0)
    where = toks[after:aside]
    if (
        _is_reflexive_report(second)
        and where
        and where[0].low in ("в", "во", "у")
        and not any(t.capital or t.acronym or t.kind == "q" for t in where)
    ):  # "Как утверждается в статье, …": a document with no author named
        if _bare_document(where[1:]):  # "Як зазначається у повідомленні": a body's statement
            return aside, Source(None, "pronoun", cue=DOCUMENT_REF, offset=where[1].start,
                                 gender="n")  # fmt: skip
        return aside, Source(None, "vague", cue=second.low, offset=first.start)
    outlet = toks[start + 2 : start + 7]
    if not second.low.startswith((*CHANNEL_VERBS, "писал", "писала", "писали", "писав")):
        return None
    for k, tok in enumerate(outlet):
        if tok.text == ",":
            named = outlet[:k]
            when = next((j for j, t in enumerate(named) if t.text[:1].isdigit()), len(named))
            if not all(_is_date_word(t) for t in named[when:]):
                return None  # "Как писал «Ъ» 14 ноября,": the outlet, then when
            named = named[:when]
            if named and all(t.kind == "q" or t.acronym for t in named):
                return start + 2 + k, Source(_text(named), "organisation", cue=second.low,
                                             offset=named[0].start)  # fmt: skip
            return None
    return None


DOCUMENT_REF = "document"
"""The cue of a document referred to by its noun alone ("согласно пояснительной записке",
"як зазначається у повідомленні"): the engine gives it to the body that spoke or that the
article is about (the README's convention: the author the article named), else to no one
named (unattributed)."""


def _bare_document(who: list[_Tok]) -> bool:
    """Is ``who`` a document's noun with at most two adjectives and no owner after it
    ("пояснительной записке", "повідомленні", "документе")?"""
    if not who or len(who) > 3 or any(t.kind != "w" or t.capital or t.acronym for t in who):
        return False
    head = who[-1].low
    stem = max((d for d in DOCUMENT_NOUNS if head.startswith(d)), key=len, default=None)
    if stem is None or len(head) - len(stem) > 4:  # (the longest: "отчетности", not "отчет")
        return False
    return all(_is_adjective(t.low) for t in who[:-1])


IMPERSONAL = "impersonal"
"""The cue of an agentless present report or estimate ("Зазначається, що …", "Збитки
оцінюють у …"): the statement of the body that has just spoken, for the engine to give
(README convention: as "it is noted" after a body's statement)."""
ESTIMATED = "estimated"
"""The same for an agentless estimate, which with no body before it is no one's."""


def _estimated(toks: list[_Tok]) -> Source | None:
    """ "Збитки державі оцінюють у 96 млн грн", "Ущерб оценивают в 5 млн рублей": a plural
    present verb of estimating with no subject before it (only its object, no name, no
    pronoun): an agentless estimate (kind ``vague``, cue ``ESTIMATED``)."""
    for i, tok in enumerate(toks[1:6], start=1):
        if tok.kind != "w" or not tok.low.startswith(ESTIMATE_STEMS):
            continue
        if not tok.low.endswith(("ют", "ють")) or i + 1 >= len(toks):
            return None
        before = toks[:i]
        if any(t.kind != "w" or (k and (t.capital or t.acronym)) or t.low in PRONOUNS
               for k, t in enumerate(before)):  # fmt: skip
            return None
        if toks[i + 1].low not in ("в", "у", "во"):
            return None
        return Source(None, "vague", cue=ESTIMATED, offset=tok.start)
    return None


def _is_name(phrase: str | None) -> bool:
    """Does ``phrase`` (read inside a sentence, never at its start) hold a name: a capitalised
    word, an acronym, a name from «» ("ЮгАэро" yes, "пресс-служба" no)?"""
    return any(w[:1].isupper() for w in (phrase or "").split())


def _is_date_word(tok: _Tok) -> bool:
    """A day, a month or a year word of a date ("14 ноября 2025 года")."""
    low = tok.low
    return low.isdigit() or month_number(low) is not None or low in YEAR_WORDS


_KNOWN_TO_FIRST = frozenset(phrase.split()[0] for phrase in KNOWN_TO)


def _known_to(toks: list[_Tok]) -> Source | None:
    """ "…, стало известно «Ъ»", "стало відомо LIGA.net": an outlet learned it from sources
    it leaves unnamed (the outlet is the channel, never the speaker)."""
    words = [t.low for t in toks]
    if _KNOWN_TO_FIRST.isdisjoint(words):
        return None
    for phrase in KNOWN_TO:
        parts = phrase.split()
        for i in range(len(toks) - len(parts)):
            if words[i : i + len(parts)] != parts:
                continue
            outlet = toks[i + len(parts)]
            if outlet.low in CHANNEL_NOUNS and i + len(parts) + 1 < len(toks):
                outlet = toks[i + len(parts) + 1]
            if outlet.kind == "q" or outlet.acronym or outlet.capital:
                return Source(None, "anonymous", via=_unquote(outlet.text), cue=phrase,
                              offset=toks[i].start)  # fmt: skip
            if _from_sources(toks[i + len(parts) : i + len(parts) + 6]):
                return Source(None, "anonymous", cue=phrase, offset=toks[i].start)
    return None


def _cited_unnamed(toks: list[_Tok]) -> Source | None:
    """The unnamed sources a citing gerund names ("ссылаясь на источники в правительстве",
    "посилаючись на двох співрозмовників"), or None: a text that names whom it cites
    ("ссылаясь на «X»") or cites a thing ("ссылаясь на расчеты") is read elsewhere."""
    words = [t.low for t in toks]
    for phrase in CITING_GERUNDS:
        parts = phrase.split()
        for i in range(len(toks) - len(parts)):
            if words[i : i + len(parts)] != parts:
                continue
            who = _phrase(toks, i + len(parts))
            if any(t.kind == "q" or t.acronym or t.capital for t in who):
                continue
            unnamed = _unnamed(who) or _several_unnamed(who)
            if unnamed is not None:
                return _with(unnamed, cue=phrase)
    return None


def _from_sources(after: list[_Tok]) -> bool:
    """ "стало известно порталу из источников, близких к …", "стало відомо редакції з
    джерел у …": learned from sources, whoever learned it (an outlet by its kind noun alone
    named nothing to read above)."""
    return any(
        t.low in ("из", "з", "із", "от", "від") and k + 1 < len(after)
        and after[k + 1].low in SOURCE_NOUNS
        for k, t in enumerate(after)
    )  # fmt: skip


def _data_of(toks: list[_Tok]) -> Source | None:
    """ "свидетельствуют данные Росстата", "як свідчать дані НБУ", "Такие данные приводит
    Росстат", "Такі дані наводить Держстат": whose data they are speaks."""
    for i, tok in enumerate(toks[:-1]):
        if tok.low not in DATA_NOUNS:
            continue
        before = toks[i - 1].low if i else ""
        if before.startswith(DATA_VERBS):  # "свидетельствуют данные X"
            who = _phrase(toks, i + 1)
        elif (
            before in DEMONSTRATIVES
            and i + 2 < len(toks)
            and toks[i + 1].low.startswith(DATA_VERBS)
        ):  # "Такие данные приводит X"
            who = _phrase(toks, i + 2)
        else:
            continue
        found = _classify(who, after_verb=True, gender="", genitive=True) if who else None
        found = found or _lower_source(who)
        if found is not None and found.kind in ("organisation", "person", "vague"):
            return _with(found, cue=tok.low)
    return None


def _is_site(low: str) -> bool:
    """Is ``low`` a place an institution posts on, in some case ("сайте", "пості",
    "публікаціях")? The word start and at most a case ending after it: "постпредстве" or
    "постанове" only start like "пост"."""
    stem = next((s for s in SITE_STEMS if low.startswith(s)), None)
    return stem is not None and len(low) - len(stem) <= 3


def _own_office(found: Source) -> bool:
    """ "…, сообщила пресс-служба регулятора", "сообщает официальный сайт команды": an
    organisation's own press office or site, named by a common noun ("регулятора", "клубу")
    that stands for an organisation named before."""
    words = (found.speaker or "").split()
    return (
        found.kind == "organisation"
        and len(words) in (2, 3)
        and words[0].lower().startswith(OWN_CHANNEL_STEMS)
        and (
            len(words) == 2
            or words[1].lower().startswith(OWN_CHANNEL_STEMS)
            or bool(_ADJECTIVE.search(words[1].lower()))  # "пресс-служба краевого суда"
        )
        and words[-1][:1].islower()
    )


def is_institution_noun(word: str) -> bool:
    """Is ``word`` a common noun that stands for an institution named before ("компанії",
    "клубе", "перевозчика"), in a singular case?"""
    low = word.lower()
    stem = _anaphor_stem(low)
    return stem is not None and len(low) - len(stem) <= 3


def kind_noun(phrase: str) -> str | None:
    """The institution noun of ``phrase`` when it is one, alone or after lower-case adjectives
    ("ведомства", "надзорное ведомство", "профильном ведомстве"): a pointer to a body named
    elsewhere, however the writer qualified it; None for a phrase that names more ("ведомство
    по делам молодежи")."""
    words = phrase.split()
    if not words or not is_institution_noun(words[-1]) or not phrase.islower():
        return None
    return words[-1] if all(_is_adjective(w) for w in words[:-1]) else None


def other_kind(name: str, noun: str) -> bool:
    """Does ``name`` name a body of another kind than the institution noun ``noun`` stands
    for ("Министерство финансов" for "завода": a ministry is no plant)? Only nouns of one
    kind (``KIND_ANAPHORS``) tell; a name with no such noun ("Минфин", "«Ромашка»") may be
    any body."""
    if noun.lower().startswith(ENTERPRISE_ANAPHORS):  # "на предприятии": never a ministry
        return any(w.lower().strip('«»"').startswith(GOVERNMENT_STEMS) for w in name.split())
    own = next((k for k in KIND_ANAPHORS if noun.lower().startswith(k)), None)
    if own is None:
        return False
    words = [w.lower().strip('«»"') for w in name.split()]
    if any(w.startswith(own) for w in words):
        return False
    return any(w.startswith(k) for w in words for k in KIND_ANAPHORS)


def _anaphor_stem(low: str) -> str | None:
    """The institution noun's word start (``ORG_ANAPHORS``) that ``low`` begins with, if any,
    a compound's first part before it kept («енергокомпанії»: «енергокомпані»,
    ``NOUN_COMPOUNDS``); each caller bounds the ending it allows after it."""
    prefix = next((p for p in NOUN_COMPOUNDS if low.startswith(p)), "")
    rest = low[len(prefix) :]
    stem = next((a for a in ORG_ANAPHORS if rest.startswith(a)), None)
    return prefix + stem if stem is not None else None


def _bare_institution(found: Source) -> Source | None:
    """An organisation phrase that names nobody: a press office alone ("— уточнили в
    пресс-службе") or a thing of an institution given by its common noun ("по данным
    онлайн-табло аэропорта"): the institution noun as a pointer (kind ``pronoun``, neuter)
    for the engine to resolve to the one named before, never a speaker as written."""
    words = (found.speaker or "").split()
    if not words or any(not w.isalpha() and "-" not in w for w in words):
        return None
    if any(w[:1].isupper() for w in words[1:]) or len(words) > 2:
        return None
    first, last = words[0].lower(), words[-1].lower()
    if len(words) == 1 and first.startswith(PRESS_OFFICES):
        return Source(words[0], "pronoun", cue=first, offset=found.offset, gender="n")
    if len(words) == 2 and not words[0][:1].isupper() and not _ADJECTIVE.search(first):
        stem = _anaphor_stem(last)
        if stem is not None and len(last) - len(stem) <= 2:
            return Source(words[1], "pronoun", cue=last, offset=found.offset, gender="n")
    return None


def _leading_organisation(toks: list[_Tok], office: Source) -> Source | None:
    """The organisation that opens the sentence ("Банк «Волна» во вторник повысил …",
    "Кировский суд Омска оштрафовал …"): whose press office speaks at its end."""
    owner = (office.speaker or office.cue or "-").split()[-1].lower()
    stem = owner[: max(4, len(owner) - 2)]  # "аэропорта" -> "аэропор", "клубу" -> "клуб"
    run: list[_Tok] = []
    dash = next((k for k, t in enumerate(toks[:8]) if t.text in _DASHES), 0)
    opening = toks[:dash]
    if opening and all(t.kind == "p" or t.acronym or t.text.isupper() for t in opening):
        toks = toks[dash + 1 :]  # "INTERFAX.RU - Банк России …": a dateline's rest first
    focused = len(toks) > 1 and toks[0].low in FOCUS_WORDS  # "Именно прокуратура внесла …":
    toks = toks[1:] if focused else toks  # the body's noun opens the sentence after it
    while len(toks) > 1 and (toks[0].low in ADVERBS or toks[0].low in NON_SUBJECT_OPENERS):
        toks = toks[1:]  # "Затем министерство уточнило …": a time's capital is no body's
    staff = len(toks) > 1 and toks[0].low.startswith(BODY_STAFF_STEMS)
    if staff and (toks[1].capital or toks[1].acronym or toks[1].kind == "q"):
        toks = toks[1:]  # "Ученые Заречного университета нашли …": the university
    for k, tok in enumerate(toks):
        if _is_clause_quote(toks, k):
            break  # "«Квитки вже в касах», — наголосили у компанії": words
        if tok.kind == "q" and (run or tok.start == toks[0].start):  # "Футбольний клуб
            run.append(tok)  # «Дніпро»", "«Укрзалізниця» призначила …"
            continue
        if tok.low in LEADERSHIP_NOUNS:
            break  # "Руководство фабрики …": the body is named elsewhere, not here
        owned = tok.low.startswith(stem)  # "Международный аэропорт Курумоч … аэропорта"
        if (
            tok.kind != "w"
            or tok.low in PREPOSITIONS
            or not (tok.capital or tok.acronym or tok.low.startswith(ORG_STEMS) or owned)
        ):
            break
        run.append(tok)
    named = bool(run) and (focused or any(t.capital or t.acronym or t.kind == "q" for t in run[:1]))
    if other_kind(_text(run), owner):
        named = False  # "Міністерство … перевірить завод, повідомили на підприємстві": not it
    if named and any(t.low.startswith((*ORG_STEMS, stem)) or t.acronym for t in run):
        return Source(_text(run), "organisation", cue=office.cue, offset=run[0].start)
    first_quote = next((k for k, t in enumerate(toks[:4]) if t.kind == "q"), None)
    if first_quote is not None and (
        _is_clause_quote(toks, first_quote) or _unquote(toks[first_quote].text) == office.via
    ):  # "Об этом «Известиям» сообщили в пресс-службе суда": the outlet told, not the owner
        first_quote = None
    if first_quote is not None and all(t.kind == "w" and _past_gender(t) is None
                                   for t in toks[:first_quote]):  # fmt: skip
        run, named = toks[: first_quote + 1], True  # "Металургійний комбінат «Запоріжсталь» …"
    quoted = next((t for t in run if t.kind == "q"), None)
    if named and quoted is not None:  # "Полтавська «Ворскла» …", "Выручка «Телемакса» …"
        return Source(_unquote(quoted.text), "organisation", cue=office.cue,
                      offset=quoted.start)  # fmt: skip
    return _named_before(toks, stem, office)


def _organisation_subject(toks: list[_Tok]) -> Source | None:
    """The institution that is the subject of the sentence's first verb in the past, after a
    time put first ("Весной Росгидромет закрыл …"), if it is one by name: one
    word that is a name inside the sentence (capitalised, an acronym or in «»)."""
    for i, tok in enumerate(toks[1:], start=1):
        gender = _past_gender(tok) if tok.kind == "w" else None
        if gender is None:
            continue
        left = _without_fronted(_clause_before(toks, i))
        if gender == "pl" or len(left) != 1 or left[0].start == toks[0].start:
            return None  # ("Цены выросли": a capital that only opens the sentence)
        if not (left[0].capital or left[0].acronym or left[0].kind == "q"):
            return None
        found = _classify(left, after_verb=False, gender="n")
        return found if found is not None and found.kind == "organisation" else None
    return None


def _named_before(toks: list[_Tok], stem: str, office: Source) -> Source | None:
    """The institution the sentence named earlier by the same noun ("согласован с
    районной инспекцией по надзору …, заверили в пресс-службе инспекции")."""
    for i, tok in enumerate(toks):
        if tok.start >= office.offset:
            return None
        if tok.kind != "w" or not tok.low.startswith(stem):
            continue
        first = i
        while (
            first > 0
            and toks[first - 1].kind == "w"
            and _ADJECTIVE.search(toks[first - 1].low)
            and _agrees(toks[first - 1].low, tok.low)
        ):
            first -= 1
        phrase = toks[first:i] + _phrase(toks, i)
        end = _name_end(phrase, i - first)
        if end - first < 2 and not any(t.capital or t.kind == "q" for t in phrase[:end]):
            return None  # the bare noun again: nothing named
        return Source(_text(phrase[:end]), "organisation", cue=office.cue, offset=toks[first].start)
    return None


def _owned_document(toks: list[_Tok], k: int) -> Source | None:
    """ "её иске", "його скарзі", "их заявлении" from ``k``: a document a possessive gives to
    the person or people named before ("В её иске говорится, что …", "Як зазначено в його
    скарзі, …"), as "по её словам" is theirs (README item 34: the author the article named);
    the engine resolves the pronoun. None when ``k`` holds no possessive and such a noun."""
    if k + 1 >= len(toks) or toks[k].low not in POSSESSIVE_PRONOUNS:
        return None
    noun = toks[k + 1].low
    if not _suit_document(noun) and not noun.startswith(DOCUMENT_NOUNS):
        return None
    return Source(None, "pronoun", cue=noun, offset=toks[k].start,
                  gender=POSSESSIVE_PRONOUNS[toks[k].low])  # fmt: skip


def _document_first(toks: list[_Tok]) -> Source | None:
    """ "В сообщении ведомства говорится", "У заяві НБУ йдеться", "В документе говорится",
    "На сайте РЖД сообщается", "на спеціалізованому сайті УЗ повідомляється": the document
    or the site before its verb; "В её иске говорится": the owner's (``_owned_document``)."""
    for i, tok in enumerate(toks[:-2]):
        owned = _owned_document(toks, i + 1) if tok.low in ("в", "во", "у") else None
        if owned is not None and any(_document_verb(t) for t in toks[i + 3 : i + 6]):
            return owned
        noun = _past_adjectives(toks, i + 1)  # "В годовом отчете компании говорится"
        site = tok.low == "на" and _is_site(toks[noun].low)
        if not site and (
            tok.low not in ("в", "во", "у") or not toks[noun].low.startswith(DOCUMENT_NOUNS)
        ):
            continue
        verb = next((k for k in range(noun + 1, min(len(toks), noun + 6))
                     if _document_verb(toks[k])), None)  # fmt: skip
        if verb is None or any(t.kind == "p" for t in toks[noun + 1 : verb]):
            continue
        who = toks[noun + 1 : verb]
        if not who:
            return Source(None, "pronoun", cue=toks[noun].low, offset=toks[noun].start,
                          gender="n")  # fmt: skip
        found = _classify(who, after_verb=True, gender="", genitive=True)
        if found is not None and found.kind in ("person", "organisation", "pronoun"):
            return _with(found, cue=toks[verb].low)
        return None
    return None


def _document_verb(tok: _Tok) -> bool:
    """Does ``tok`` say what a document states: "говорится", "йдеться", or any reporting verb
    in the present impersonal reflexive ("уточняется", "підкреслюється", "уточнюється")?"""
    low = tok.low
    return low in DOCUMENT_VERBS or (low.endswith(("ется", "ється")) and _is_reflexive_report(tok))


def _document(toks: list[_Tok]) -> Source | None:
    """ "говорится в сообщении Минобороны", "йдеться у заяві НБУ", "сказано в докладе
    ООН": whoever issued the document speaks (a name in the genitive); "В документе
    говорится" with no name: the document named before, kind ``pronoun`` (neuter)."""
    inverted = _document_first(toks)
    if inverted is not None:
        return inverted
    for i, tok in enumerate(toks[:-3]):
        follows = tok.low in ("следует", "випливає", *KNOWN_FROM) and toks[i + 1].low in (
            "из", "з", "із")  # fmt: skip # ("стало відомо з постанови суду": the court's)
        if follows and _figures_or_document(toks[i + 2].low):  # "следует из данных «СПАРК»",
            # "следует из прогноза Минэкономразвития"
            found = _classify(_phrase(toks, i + 3), after_verb=True, gender="", genitive=True)
            if found is not None and found.kind in ("person", "organisation"):
                return _with(found, cue=tok.low)
        if not follows and (
            not _document_verb(tok) or toks[i + 1].low not in ("в", "во", "у", "на")
        ):
            continue  # "говорится в сообщении X", "следует из отчетности X"
        owned = _owned_document(toks, i + 2) if not follows else None
        if owned is not None:  # "як зазначено в її позові": hers
            return owned
        noun = _past_adjectives(toks, i + 2)  # "йдеться у фінансовому звіті компанії"
        if not (toks[noun].low.startswith(DOCUMENT_NOUNS) or _is_site(toks[noun].low)):
            continue
        who = _phrase(toks, noun + 1)
        if len(who) > 1 and who[0].low in ("в", "у", "на") and who[1].low in PLATFORMS:
            who = []  # "йдеться в повідомленні у Facebook": where it was posted, no owner
        found = _classify(who, after_verb=True, gender="", genitive=True) if who else None
        if found is not None and found.kind in ("person", "organisation", "role"):
            return _with(found, cue=tok.low)  # ("у дописі очільника ОВА": the office)
        if found is not None and found.kind == "pronoun" and found.gender == "n":
            return found  # "в сообщении регулятора": the institution named before
        site = _is_site(toks[noun].low)
        owner = _lower_source(who) if site and who else None
        if owner is not None and owner.kind == "organisation":  # "йдеться на сайті лікарні"
            return _with(owner, cue=tok.low)
        if not who or who[0].low in ("о", "об", "про"):  # "В заявлении говорится, что …"
            return Source(None, "pronoun", cue=toks[noun].low, offset=toks[noun].start,
                          gender="n")  # fmt: skip
    return None


def _past_adjectives(toks: list[_Tok], k: int) -> int:
    """The token after up to two lower-case adjectives from ``k`` ("в годовом отчете", "у
    фінансовому звіті"): a document's noun after the words that only say which one."""
    end = k
    while (
        end < min(len(toks) - 1, k + 2)
        and toks[end].kind == "w"
        and not toks[end].capital
        and _ADJECTIVE.search(toks[end].low)
    ):
        end += 1
    return end


# --- cues ---------------------------------------------------------------------------------
def _outlet_aside(toks: list[_Tok]) -> tuple[int, int, str] | None:
    """(comma, closing comma, outlet) of an aside inside a sentence through which an outlet
    passes on what the rest of the sentence reports ("Об этом, как сообщает ТАСС,
    рассказали в МЧС", "Про це, як пише «Суспільне», повідомили в ДСНС")."""
    for k in range(1, len(toks) - 4):
        if toks[k].text != "," or toks[k + 1].low not in ("как", "як"):
            continue
        verb = toks[k + 2]
        if not verb.low.startswith(CHANNEL_VERBS) or verb_form(verb.text) != "":
            continue
        close = next((m for m in range(k + 4, min(len(toks), k + 8)) if toks[m].text == ","),
                     None)  # fmt: skip
        outlet = toks[k + 3 : close]
        if close is None or not all(t.kind == "q" or t.acronym or t.capital for t in outlet):
            continue
        return k, close, _text(outlet)
    return None


def _passed_on(toks: list[_Tok]) -> tuple[int, str] | None:
    """(comma, outlet) of a closing ", передает ТАСС." / ", пише «Українська правда».": an
    outlet passing on what the sentence before it says (the double attribution of wire copy).
    A plural verb passes on only for a name in quotation marks (", інформують «Вікна
    Прикарпаття»", ", сообщают «Ведомости»": the name's own plural), never for two people
    (", повідомляють Петренко і Гнатюк")."""
    end = len(toks)
    while end and toks[end - 1].text in ".!?;":
        end -= 1
    for comma in range(end - 3, 0, -1):
        if toks[comma].text != ",":
            continue
        verb, outlet = toks[comma + 1], toks[comma + 2 : end]
        form = verb_form(verb.text)
        quoted = bool(outlet) and outlet[0].kind == "q" and len(outlet) == 1
        relaying = form == "" or (form == "pl" and quoted)
        if verb.low.startswith(CHANNEL_VERBS) and relaying and outlet:
            named = outlet[0].kind == "q" or outlet[0].acronym or outlet[0].capital
            if named and len(outlet) <= 3 and all(t.kind != "p" for t in outlet):
                return comma, _text(outlet)
        return None
    return None


def _after_quote(toks: list[_Tok]) -> Source | None:
    """ "«…», — заявил X." / "«…» — сказала она журналистам." / "— …, — сказал он." """
    dialogue = _after_dialogue(toks)
    if dialogue is not None:
        return dialogue
    for i, tok in enumerate(toks[:-2]):
        if tok.kind != "q":
            continue
        j = i + 1
        if toks[j].text == ",":
            j += 1
        if j + 1 < len(toks) and toks[j].text in _DASHES:
            if _document_verb(toks[j + 1]):  # "«…», - уточняется в сообщении": the document
                document = _document(toks[j + 1 :])  # (its issuer, or the body that spoke)
                if document is not None:
                    return document
            if toks[j + 1].low.startswith(QUOTING_VERBS):
                quoted = _quoted_person(toks[j + 2 :])
                if quoted is not None:
                    return quoted
            if toks[j + 1].low.startswith(CITING_VERBS):
                cited = _words_of(toks[j + 2 :])
                if cited is not None:
                    return cited
            gender = verb_form(toks[j + 1].text)
            if gender is None and toks[j + 1].kind == "w":
                gender = _manner_frame(toks, j + 1)  # "«…», — возмущается мужчина."
            if gender is not None:
                return _after_verb(toks, j + 1, gender, "после цитаты")
    return None


def _after_dialogue(toks: list[_Tok]) -> Source | None:
    """ "— Мы выплатим компенсации, — сказал он.", "— Це неприпустимо! — наголосила X.": words
    opened by a dash, as Russian and Ukrainian write direct speech without «», then ", —" and
    the verb of speaking with its speaker after it. The same frame ends words with no mark
    before them ("Ремонт завершат к маю, — заверил мэр."; the second sentence of a dash's
    quotation, "… При нем нашли 16 свертков, — рассказали в ведомстве."): ", —" before a
    verb of speech is the frame of direct speech, whatever opened it."""
    if len(toks) < 5:
        return None
    dashed = toks[0].text in _DASHES
    if not dashed and any(t.kind == "q" for t in toks):
        return None  # (words in «»: the quotation's reader reads their frame)
    for j in range(2 if dashed else 1, len(toks) - 2):
        gender = _frame_verb(toks, j)
        if gender is not None:
            return _after_verb(toks, j + 2, gender, "после цитаты")
    return None


def _frame_verb(toks: list[_Tok], j: int) -> str | None:
    """The gender or number of the verb of speech that a frame of direct speech at ``j``
    opens (", — сказал X", "! — наголосила вона"), or None where none opens there: the one
    reading of the frame that ``_after_dialogue`` and ``speech_frame`` share."""
    if toks[j].text not in ",!?…" or toks[j + 1].text not in _DASHES:
        return None
    verb = toks[j + 2]
    if verb.kind != "w":
        return None
    gender = verb_form(verb.text)  # ("" is a present's: "— каже X")
    return gender if gender is not None else _manner_frame(toks, j + 2)


def _manner_frame(toks: list[_Tok], verb: int) -> str | None:
    """The gender or number of a frame's finite verb that is no verb of speech but says how
    the words were said ("— возмущается мужчина.", "— обурюється чоловік.", "— вздыхает
    она.", "— нарікає пенсіонерка."), when a speaker ends the sentence right after it: a
    pronoun, a name, or a member of the public (``person_kind``, adjectives before it
    allowed). Never a clause of the writer's after a dash ("— растут и цены.")."""
    tok = toks[verb]
    if tok.capital or not FINITE_ENDING.search(tok.low):
        return None
    rest = [t for t in toks[verb + 1 :] if t.kind == "w"]
    end = verb + 1 + len(rest)
    if not rest or (end < len(toks) and toks[end].text not in ".!?…"):
        return None
    head = rest[-1].low
    if len(rest) <= 3 and all(_modifier(t) for t in rest[:-1]):
        if head in PRONOUNS and len(rest) == 1:
            return PRONOUNS[head] if PRONOUNS[head] != "n" else None
        if all(t.capital and not t.acronym for t in rest) and len(rest) <= 2:
            return ""  # "— улыбается Петров.", "— вздыхает Анна Зотова."
        return person_kind(head)
    public = _public_person(rest, "")  # "— сетует жительница села Шумилинка.", "— возмущается
    return public.gender if public is not None and public.gender else None  # мужчина с
    # третьего этажа.": where the one of the public is from, after the noun


def speech_frame(text: str) -> bool:
    """Does a sentence close words of direct speech with their frame (", — сказал X", "! —
    наголосила вона"), whatever opened the words?"""
    toks = tokens(text, text)
    return any(_frame_verb(toks, j) is not None for j in range(1, len(toks) - 2))


def _words_of(after: list[_Tok]) -> Source | None:
    """ "— приводит сайт слова директора театра Павла Зуева": the person whose words
    ("слова", within a few words of the verb) are given, back in the nominative."""
    at = next((k for k, t in enumerate(after[:5]) if t.low == "слова"), None)
    if at is None:
        return None
    phrase = _phrase(after, at + 1)
    person = _person(phrase, last=False)
    if person is None:
        office = _office(phrase, genitive=True)  # "слова главного тренера": the office
        return _with(office, cue="слова") if office is not None else None
    return Source(_genitive_person(person[0]), "person", cue="слова", offset=person[1])


def _quoted_person(after: list[_Tok]) -> Source | None:
    """ "— цитирует Горбунова пресс-служба театра", "— цитує Лисенка сайт «Ворскли»": the
    person in the accusative right after "quotes" is the speaker, back in the nominative."""
    run: list[_Tok] = []
    for tok in after[:3]:
        if not tok.capital:
            break
        run.append(tok)
    if not run or run[0].low.startswith(ORG_STEMS):
        return None
    name, gender = person_nominative(_text(run), None, "acc")  # "Иванову" -> "Иванова"
    shown = "f" if gender == "f" else None
    return Source(name, "person", cue="цитирует", offset=run[0].start, gender=shown)


def _introduced(toks: list[_Tok]) -> Source | None:
    """ "Об этом сообщил X", "Про це повідомила X", "Как сообщает X", "Як зазначив X"."""
    for i, tok in enumerate(toks[:-1]):
        low = tok.low
        pair = f"{low} {toks[i + 1].low}"
        relative = pair in ("о чем", "о чём", "про що") and i > 0 and toks[i - 1].text == ","
        if (pair in ("об этом", "о том", "про це") or relative) and i + 2 < len(toks):
            verb = _verb_within(toks, i + 2)  # "Об этом в своем Telegram-канале написал X";
            # "…, про що повідомив X": the same forward attribution in a relative clause
            if verb is not None and toks[verb].low.startswith(ASKING_STEMS):
                continue  # "об этом просили трейдеры": asked for it, told nothing
        elif low in ("как", "як"):
            verb = i + 1
            while verb < len(toks) - 1 and (toks[verb].low in ADVERBS or toks[verb].low in WE):
                verb += 1  # "Как ранее сообщал X", "Как мы уже писали"
            if _own_outlet(toks, i + 1, verb):
                return Source(None, SILENT, cue=OWN_OUTLET, offset=tok.start)
        elif _opinion_put_first(toks, i):  # "Такое мнение высказал X", "С таким заявлением
            verb = i + 2 + (low in ("с", "з", "із"))  # выступил X": the noun, then the verb
            gender = _past_gender(toks[verb]) if verb < len(toks) else None
            if gender is not None and gender != "n":
                found = _after_verb(toks, verb, gender, low)
                return _with(found, cue=toks[verb].low) if found is not None else None
            continue
        else:
            continue
        framed = verb is not None and low in ("как", "як")  # ("Как установил суд, …")
        gender = (_framing_form(toks[verb]) if framed else verb_form(toks[verb].text)) if (
            verb is not None) else None  # fmt: skip
        if verb is not None and gender is not None:
            own = _subject_after_topic(toks[i:verb], gender) if gender in ("m", "f") else None
            if own is None and gender != "pl":  # "Про це компанія повідомила на своєму сайті"
                own = _body_before_channel(toks[i:verb], toks, verb)
            if own is not None:  # "Об этом Иванова заявила министру Петренко": Иванова
                return _with(own, cue=low)
            start = _time_after(toks, verb + 1)  # "Как заявил агентству «Интерфакс» источник"
            found = _after_verb(toks, verb, gender, low, start=start)
            told = _told(toks, verb) if start > verb + 1 else None
            between = toks[i + 2 : verb]  # "Об этом РИА Новости рассказал X"
            if between and all(t.kind == "q" or t.acronym or t.capital or t.text == "."
                               for t in between):  # fmt: skip
                told = _text(between).replace(" . ", ".")  # "NGS.RU"
            return _with(found, via=told) if found is not None else None
    return None


OWN_OUTLET = "own outlet"
"""The cue of the writer's own earlier report ("Как ранее сообщал наш сайт", "Як ми вже
писали"): the writer, not a source (the README's convention: no speaker, sourcing none)."""


def _own_outlet(toks: list[_Tok], start: int, verb: int) -> bool:
    """Is the verb at ``verb`` (a verb of publishing) the writer's own: "мы"/"ми" before it
    ("Как мы писали"), or "наш"/"наше" … opening its subject after it ("сообщал наш сайт")?"""
    if verb >= len(toks) or verb_form(toks[verb].text) is None:
        return False
    if not toks[verb].low.startswith((*CHANNEL_VERBS, "писал", "писав")):
        return False
    if any(t.low in WE for t in toks[start:verb]):
        return True
    if verb + 2 >= len(toks) or toks[verb + 1].low not in OUR_WORDS:
        return False
    return toks[verb + 2].low not in SOURCE_NOUNS  # "повідомляють наші джерела": sources


_THIS_WORDS = DEMONSTRATIVES | THIS_FORMS
"""``_opinion_put_first``'s "такое", "такий", "этот" …, joined once at import (it is asked at
every word of a Russian or Ukrainian sentence, issue 15)."""


def _opinion_put_first(toks: list[_Tok], i: int) -> bool:
    """ "Такое мнение …", "Такий прогноз …", "С таким заявлением …", "З такою заявою …" at
    ``i``: an opinion put before its verb, whose speaker follows the verb."""
    at = i + 1 if toks[i].low in ("с", "з", "із") else i
    if at + 1 >= len(toks) or toks[at].low not in _THIS_WORDS:
        return False
    return toks[at + 1].low in OPINION_NOUNS


_POINTERS = DEMONSTRATIVES | THIS_FORMS | POINTER_FORMS


def _object_opening(toks: list[_Tok]) -> int | None:
    """Where the noun of what was said stands when it opens the sentence as an object
    («Информацию …», «Такі дані …», «Также эту информацию …»), or None."""
    at = 0
    while at < len(toks) and toks[at].low in ADVERBS:
        at += 1  # ("Также информацию подтвердили …")
    if at < len(toks) and toks[at].low in _POINTERS:
        at += 1
    return at if at < len(toks) and toks[at].low in OBJECT_FIRST_NOUNS else None


def _giving_form(tok: _Tok) -> str | None:
    """The gender or number a verb of making public shows ("оприлюднило" n, "привели" pl,
    "наводить" "" (a present's singular), "приводят" pl), or None."""
    past = _past_gender(tok) or ("n" if _PAST_NEUTER.search(tok.low) else None)
    if past is not None or not _NON_PAST.search(tok.low):
        return past
    return "pl" if tok.low.endswith(("ят", "ют", "ут", "ять", "ють", "уть")) else ""


def points_back(text: str) -> bool:
    """Does a sentence open on what the text just said, as the object of its verb of speech
    («Информацию подтвердили в полиции», «Такі дані оприлюднив Держстат», «Это подтвердили в
    МВД», «Це підтвердила речниця поліції»)? Its source is then the source of the sentences
    before it, as after «Об этом сообщили …» (the engine's forward attribution)."""
    toks = _without_opening_conjunction(tokens(text, text))
    if any(t.low in HABIT_ADVERBS for t in toks):
        return False  # "Данные о погоде ежедневно публикует Гидрометцентр": a habit
    if len(toks) > 2 and toks[0].low in ("это", "це") and toks[1].kind == "w":
        # ("Это решение …": no pointer at words)
        return verb_form(toks[1].text) is not None and not _denies(toks, 1)
    at = _object_opening(toks)
    verb = _object_verb(toks, at) if at is not None else None
    return verb is not None and not _denies(toks, verb[0]) and _object_first(toks) is not None


def denies_back(text: str, cue: str) -> bool:
    """Does a sentence that points back («Эту информацию …», «Об этом …») deny what the text
    just said with its verb ``cue`` («Эту информацию опроверг …», «Об этом не сообщали …»)?
    Then it hands its source to nothing before it."""
    toks = tokens(text, text)
    at = next((i for i, tok in enumerate(toks) if tok.low == cue.lower()), None)
    return at is not None and _denies(toks, at)


def _denies(toks: list[_Tok], verb: int) -> bool:
    """Is the pointer's verb a denial («Эту информацию опроверг …», «Цю інформацію спростував
    …», «… не подтвердили в полиции»; ``lexicon.cyrillic.DENIALS``)? Whoever denies what the
    text just said is never its source: the sentence points back at nothing."""
    said = toks[verb].low
    if verb and toks[verb - 1].low in ("не", "ні"):
        said = "не " + said
    return cyrillic.DENIALS.fullmatch(said) is not None


def _object_first(toks: list[_Tok]) -> Source | None:
    """ "Информацию подтвердили в полиции", "Такую информацию изданию сообщили два источника в
    правительстве", "Факт задержания подтвердил представитель МВД", "Такі дані оприлюднила
    Державна служба статистики": what was said opens the sentence as the object of its verb
    (``OBJECT_FIRST_NOUNS``, a pointer before it or not), with its complement and whom it was
    told to between it and the verb; the speaker follows the verb, as after "Об этом
    сообщил". The object is never the speaker (it was read as a body «Информация» or
    «Таку»)."""
    at = _object_opening(toks)
    verb = _object_verb(toks, at) if at is not None else None
    if verb is None:
        return None
    j, gender = verb
    found = _after_verb(toks, j, gender, toks[j].low)
    return _with(found, cue=toks[j].low) if found is not None else None


def _object_verb(toks: list[_Tok], at: int) -> tuple[int, str] | None:
    """Where the verb of speech or of making public after an object put first at ``at`` is,
    and the gender/number it shows; None when the object's clause ends before one."""
    for j in range(at + 1, min(len(toks) - 1, at + 9)):
        tok = toks[j]
        if tok.kind == "p":
            return None  # (the object's clause ends before any verb)
        if tok.kind != "w" or tok.capital:
            continue
        gender = verb_form(tok.text)
        if gender is None and tok.low.startswith(GIVING_STEMS):
            gender = _giving_form(tok)
        if gender is not None:
            return j, gender
    return None


def _verb_within(toks: list[_Tok], start: int, reach: int = 6) -> int | None:
    """The first reporting verb from ``start`` before any punctuation, within ``reach``
    words: a setting or an adverb may stand between "об этом" and its verb."""
    for j in range(start, min(len(toks), start + reach)):
        dotted = toks[j].text == "." and j > start and j + 1 < len(toks) and toks[j + 1].acronym
        if toks[j].kind == "p" and not dotted:  # ("Об этом NGS.RU сообщили")
            return None
        if toks[j].kind == "w" and verb_form(toks[j].text) is not None:
            return j
    return None


def _cited(toks: list[_Tok]) -> Source | None:
    """ "Как сообщает ТАСС со ссылкой на источник в правительстве", "пишет «Коммерсант» со
    ссылкой на представителя Минфина / на Минобороны": the source cited speaks, the outlet
    that cites it only carries the words (the channel)."""
    words = [t.low for t in toks]
    present = set(words)
    for phrase in CHANNEL_PHRASES:
        parts = phrase.split()
        if parts[0] not in present:
            continue
        for i in range(len(toks) - len(parts)):
            if words[i : i + len(parts)] == parts:
                found = _cited_source(_phrase(toks, i + len(parts)))
                if found is not None:
                    outlet = toks[i - 1] if i else None
                    named = outlet is not None and (
                        outlet.kind == "q" or outlet.acronym or outlet.capital
                    )
                    return _with(found, cue=phrase, via=_unquote(outlet.text)
                                 if outlet is not None and named else None)  # fmt: skip
    return None


def _given_data(toks: list[_Tok]) -> Source | None:
    """ "«Вести» приводят оценку Зернового союза, согласно которой …", "видання наводить
    дані Держстату", "Газета публикует поправки МВД к закону …": whose estimate, figures or
    draft a subject gives or publishes speaks (in the nominative), not the outlet that gives
    them."""
    for i, tok in enumerate(toks[1:-2], start=1):
        publishing = tok.kind == "w" and tok.low.startswith(PUBLISHING_STEMS)
        if tok.kind != "w" or not (publishing or tok.low.startswith(CITING_VERBS)):
            continue
        noun = toks[i + 1].low  # ("Газета публикует поправки МВД": the ministry's draft)
        if not (noun.startswith(GIVEN_DATA) or (publishing and noun.startswith(DRAFT_NOUNS))):
            continue
        who = _phrase(toks, i + 2)
        who = who[: next((k for k, t in enumerate(who) if k and t.low in PREPOSITIONS), len(who))]
        # ("поправки МВД к закону «О полиции»": the law they amend is no author)
        found = _classify(who, after_verb=True, gender="", genitive=True) if who else None
        if found is not None and found.kind in ("person", "organisation"):
            return _with(found, cue=tok.low)
        return None
    return None


REFERRED = "refers"
"""The cue of "Газета ссылается на данные X" / "Видання посилається на аудит": whose figures
or document an outlet's report rests on, for the engine to give to the outlet's report before
it in the paragraph (a press review's forward citation)."""


def _referred_data(toks: list[_Tok]) -> Source | None:
    """ "Газета ссылается на данные центра «ИКАР»", "«Вести» обращают внимание на данные
    Счетной палаты, согласно которым …", "Видання посилається на звіт Рахункової палати":
    whose figures or document a subject refers to speaks (X, in the genitive after the noun);
    "ссылается на аудит" with no owner is the document of the body that spoke last (for the
    engine). "Обращает внимание на рост цен" is a topic: no figures, no source."""
    for i, tok in enumerate(toks[1:-2], start=1):
        if tok.kind != "w":
            continue
        if tok.low.startswith(REFERRING_STEMS) and toks[i + 1].low == "на":
            at, referring = i + 2, True
        elif (
            tok.low.startswith(ATTENTION_STEMS) and toks[i + 1].low in ATTENTION_NOUNS
            and i + 3 < len(toks) and toks[i + 2].low == "на"
        ):  # fmt: skip
            at, referring = i + 3, False
        else:
            continue
        who = _phrase(toks, at)
        cited = (_cited_people(who) or _own_sources(who) or _unnamed(who)) if referring else None
        if cited is not None:  # "Издание ссылается на трёх сотрудников мэрии",
            return _with(cited, cue=REFERRED)  # "на собственные источники": unnamed people
        draft = len(who) > 1 and who[0].low.startswith(DRAFT_NOUNS)
        who = who[1:] if draft and _figures_or_document(who[1].low) else who  # "проект прогноза"
        if draft and who[0].low.startswith(DRAFT_NOUNS):  # "проект приказа министерства",
            who = [who[0], *who[2:]]  # "проєкт змін до …": the draft of some act is the
            # document, its owner after the act's name
        if not who or not (_figures_or_document(who[0].low) or who[0].low.startswith(DRAFT_NOUNS)):
            return None
        author = _prepared_by(toks, who[-1])
        if author is not None:
            return _with(author, cue=REFERRED)
        if len(who) == 1 or (who[1].kind != "q" and who[1].low in PREPOSITIONS):
            if referring and who[0].kind == "w" and _is_document(who[0].low):
                return Source(None, "pronoun", cue=DOCUMENT_REF, offset=who[0].start,
                              gender="n")  # fmt: skip
            return None
        owner = who[1 : next((k for k in range(2, len(who)) if who[k].low in PREPOSITIONS),
                             len(who))]  # fmt: skip
        found = _classify(owner, after_verb=True, gender="", genitive=True)
        if found is not None and found.kind in ("person", "organisation", "pronoun"):
            return _with(found, cue=REFERRED) if found.kind != "pronoun" else found
        return None
    return None


def _inner_document(toks: list[_Tok], outlet: Source) -> Source | None:
    """ "РБК пишет, что тарифы вырастут на 11,9%, следует из прогноза Минэкономразвития": an
    outlet's report whose own clause names the document it rests on is that document's
    author's, the outlet the channel (a press review's inner source)."""
    if not (outlet.cue or "").startswith(CHANNEL_VERBS):
        return None
    inner = _document(toks)
    if inner is None or inner.cue not in ("следует", "випливає") or inner.offset < outlet.offset:
        return None
    if inner.kind not in ("person", "organisation"):
        return None
    return _with(inner, via=outlet.speaker)


def _inner_unnamed(toks: list[_Tok], outlet: Source) -> Source | None:
    """ "Издание сообщает, что три человека … подтвердили …", "Видання пише, що троє
    співробітників міністерства розповіли …": an outlet's report whose own clause gives its
    words to a number of people it does not name rests on unnamed sources (anonymous, the
    outlet the channel; README item 40, as "<outlet> said three officials had confirmed")."""
    if not (outlet.cue or "").startswith(CHANNEL_VERBS):
        return None
    that = next((k for k, t in enumerate(toks) if t.start > outlet.offset and t.low in THAT_WORDS
                 and k and toks[k - 1].text == ","), None)  # fmt: skip
    if that is None or that + 3 >= len(toks):
        return None
    count, head = toks[that + 1], toks[that + 2]
    if not (count.low in QUANTIFIERS or count.text.isdigit()) or head.kind != "w" or head.capital:
        return None
    if not (head.low.startswith(_COUNTED_PEOPLE) or head.low in SOURCE_NOUNS):
        return None
    verb = next((t for t in toks[that + 3 :] if t.kind == "w" and verb_form(t.text)), None)
    if verb is None:
        return None
    return Source(_text(toks[that + 1 : that + 3]), "anonymous", via=outlet.speaker,
                  cue=verb.low, offset=count.start)  # fmt: skip


_COUNTED_PEOPLE = (*UNNAMED_ROLES, *STAFF_STEMS, *MANAGER_STEMS, *PEOPLE_STEMS)
"""Word starts of the people an outlet's report may count without naming ("два человека",
"троє співробітників"): ``_inner_unnamed``."""


def _refers_to(toks: list[_Tok], offset: int) -> bool:
    """Does a verb of referring ("ссылается на", "посилається на") come before ``offset``?
    What follows is the document the subject cites and its owner, never the subject."""
    return any(
        t.low.startswith(REFERRING_STEMS) and n.low == "на" and t.start < offset
        for t, n in pairwise(toks)
    )


def _prepared_by(toks: list[_Tok], last: _Tok) -> Source | None:
    """The author a passive participle names after a document's phrase ("…на прогноз,
    подготовленный Федеральной антимонопольной службой", "на звіт, підготовлений Мінфіном"):
    the body in the instrumental, by its name."""
    k = next((j for j, t in enumerate(toks) if t is last), len(toks)) + 1
    if k + 2 >= len(toks) or toks[k].text != ",":
        return None
    if not toks[k + 1].low.startswith(PREPARED_BY_STEMS):
        return None
    owner = _phrase(toks, k + 2)
    if len(owner) > 2 and owner[-1].acronym and not owner[-2].acronym:
        owner = owner[:-1]  # "службой (ФАС)": the name the article spells out, not its initials
    if len(owner) == 1 and is_institution_noun(owner[0].low):  # "підготовлений міністерством":
        return Source(owner[0].text, "pronoun", cue=owner[0].low, offset=owner[0].start,
                      gender="n")  # fmt: skip  # the ministry the article named
    if not owner or not any(t.capital or t.acronym or t.kind == "q" for t in owner):
        return None
    found = _classify(owner, after_verb=True, gender="", genitive=True, institution=True)
    if found is None or found.kind != "organisation" or not found.speaker:
        return None
    name = institution_nominative(found.speaker)
    if any(w.lower().endswith(_INSTRUMENTAL_ENDINGS) for w in name.split()):
        return None  # ("Рахунковою палатою": a name the rules cannot put back: not shown so)
    return Source(name, "organisation", offset=found.offset)


_INSTRUMENTAL_ENDINGS = ("ою", "ом", "ой", "ым", "им", "ами", "ями")
"""Endings of the instrumental (feminine, masculine and neuter, plural) a name is left in
when ``institution_nominative`` does not know its noun."""


def _figures_or_document(low: str) -> bool:
    """ "данные", "оценку", "расчеты", "звіт", "заключение": what a report can rest on."""
    return low.startswith(GIVEN_DATA) or low in DATA_NOUNS or _is_document(low)


def _is_document(low: str) -> bool:
    return any(
        low.startswith(d) and len(low) - len(d) <= 4 for d in (*DOCUMENT_NOUNS, *REFERRED_DOCUMENTS)
    )


def _own_word(low: str) -> bool:
    """ "свой", "собственный", "власні": the subject's own (a survey, data, sources)."""
    return low in OWN_WORDS or low.startswith(("собствен", "власн"))


def _published_by(toks: list[_Tok], who: list[_Tok]) -> Source | None:
    """ "Згідно з інформацією, оприлюдненою на сайті Держозернагляду", "согласно данным,
    опубликованным Минфином": information "according to" which a participle says who made it
    public, on its own site or by the instrumental, is that body's (README item 33)."""
    if len(who) != 1 or not who[0].low.startswith(INFORMATION_STEMS):
        return None
    k = next((j for j, t in enumerate(toks) if t is who[0]), len(toks)) + 1
    if (
        k + 3 >= len(toks)
        or toks[k].text != ","
        or not toks[k + 1].low.startswith(PREPARED_BY_STEMS)
    ):
        return None
    if toks[k + 2].low in ("на", "в", "у") and _is_site(toks[k + 3].low):
        owner = _phrase(toks, k + 4)
        if (
            len(owner) > 2
            and owner[-1].capital | owner[-1].acronym
            and (
                owner[-1].start - owner[-2].end > 1  # (a bracket between them)
            )
        ):
            owner = owner[:-1]  # "служби … нагляду (Держозернагляд)": the name, not its short form
        if not owner or not any(t.capital or t.acronym or t.kind == "q" for t in owner):
            return None
        found = _classify(owner, after_verb=True, gender="", genitive=True, institution=True)
        if found is None or found.kind != "organisation" or not found.speaker:
            return None
        return Source(found.speaker, "organisation", offset=found.offset)
    return _prepared_by(toks, who[0])


def _information_alone(who: list[_Tok]) -> bool:
    """ "(согласно) информации", "(згідно з) даними" with no owner after them: information
    never speaks, so whose it is stays untold (vague, as "по предварительным данным") rather
    than the noun being read as a body's name."""
    return len(who) == 1 and not who[0].capital and who[0].low.startswith(INFORMATION_STEMS)


def _cited_source(who: list[_Tok]) -> Source | None:
    """Who "со ссылкой на …" / "з посиланням на …" cites: an unnamed source or role, a
    person or an institution (in the genitive or accusative); "на данные X" is X's."""
    if who and who[0].low in DATA_NOUNS:
        who = who[1:]
    if not who or who[0].low in POSSESSIVE_PRONOUNS or who[0].low in PRONOUNS:
        return None
    if _own_word(who[0].low):  # "со ссылкой на собственный опрос": the outlet's own, no one
        # cited, unless its own sources (unnamed people) or a body it asked answered it
        return _own_sources(who) or _answered_request(who[1:])
    found = _unnamed(who) or _several_unnamed(who) or _unnamed_role(who)
    if found is None:
        found = _classify(who, after_verb=True, gender="", genitive=True)
    if found is None or found.kind not in ("anonymous", "person", "organisation"):
        return None
    return found


def _own_sources(who: list[_Tok]) -> Source | None:
    """ "(со ссылкой на) собственные источники", "(з посиланням на) власні джерела": an
    outlet's own sources are people it does not name, so what it passes on is anonymous
    (README item 40), unlike its own survey or figures, which are the outlet's."""
    if len(who) > 1 and _own_word(who[0].low) and who[1].low in SOURCE_NOUNS:
        return Source(_text(who[:2]), "anonymous", offset=who[0].start)
    return None


def _answered_request(asked: list[_Tok]) -> Source | None:
    """ "(на власний) запит до Мінфіну", "(на свой) запрос в Минздрав": the body an outlet's
    own request went to answered it, so its answer is the body's (README: "citing its own
    request to <body>" is that body), named after "до"/"в"/"к" as a place or a dative."""
    if len(asked) < 3 or not asked[0].low.startswith(REQUEST_STEMS):
        return None
    if asked[1].low not in ("до", "в", "во", "у", "к", "ко"):
        return None
    found = _classify(asked[2:], after_verb=True, gender="n", genitive=True, institution=True)
    return found if found is not None and found.kind == "organisation" else None


_POSSESSED_ACCORDING = frozenset(
    parts[1].replace("ё", "е")
    for parts in (phrase.split() for phrase in ACCORDING)
    if len(parts) == 2 and parts[0] in ("по", "за")
)
"""The nouns of ``ACCORDING``'s "по X" / "за X" that take a possessive pronoun between
("по его словам", "за її оцінкою", "по её подсчётам"), with «ё» written «е»."""


def _according(toks: list[_Tok]) -> Source | None:
    """ "по словам X", "по данным X", "за словами X", "згідно з даними X", "по его словам"."""
    words = [t.low.replace("ё", "е") for t in toks]
    nouns = _POSSESSED_ACCORDING
    for i, word in enumerate(words[:-3]):
        plural = words[i + 1].endswith(("ым", "им", "ими", "ыми", "іми"))  # "предварительным"
        plural = plural and words[i + 1] not in POSSESSIVE_PRONOUNS  # ("за їхніми даними":
        # whose data, a pronoun for the source before, not data with no author)
        unsourced = plural and words[i + 2] in UNSOURCED_DATA
        if word in ("по", "за") and unsourced and words[i + 3] == ",":
            return Source(None, "vague", cue=words[i + 2], offset=toks[i].start)  # "По
            # предварительным данным, …": data with no author
    for i, word in enumerate(words[:-2]):
        possessive = words[i + 1] in POSSESSIVE_PRONOUNS
        if word == "на" and possessive and words[i + 2] in ("думку", "взгляд", "погляд"):
            gender = POSSESSIVE_PRONOUNS[words[i + 1]]  # "на її думку", "на его взгляд"
            return Source(None, "pronoun", cue=words[i + 2], offset=toks[i].start, gender=gender)
        if word in ("по", "за") and possessive and words[i + 2] in nouns:
            gender = POSSESSIVE_PRONOUNS[words[i + 1]]
            return Source(None, "pronoun", cue=words[i + 2], offset=toks[i].start, gender=gender)
    toks = _without_data_adjective(toks)
    words = [t.low for t in toks]
    present = set(words)
    for phrase in ACCORDING:
        parts = phrase.split()
        if parts[0] not in present:  # most sentences have none: one look, not a scan each
            continue
        for i in range(len(toks) - len(parts)):
            if words[i : i + len(parts)] != parts:
                continue
            who = _phrase(toks, i + len(parts))
            if phrase in CITING_GERUNDS and not any(
                t.kind == "q" or t.acronym or t.capital for t in who
            ):
                unnamed = _unnamed(who) or _several_unnamed(who)  # "«Вестник», ссылаясь
                if unnamed is not None:  # на источники в мэрии, сообщает …": the outlet
                    return _with(unnamed, cue=phrase)  # relays unnamed sources
                continue  # "посилаючись на ризик втечі", "ссылаясь на собственные расчеты"
            published = _published_by(toks, who)  # "Згідно з інформацією, оприлюдненою на
            if published is not None:  # сайті Держозернагляду": the site's owner
                return _with(published, cue=phrase)
            if _information_alone(who):  # "Согласно информации, поступившей …": no author
                return Source(None, "vague", cue=phrase, offset=who[0].start)
            if who and any(_same_noun(who[0].low, s) for s in RECORD_STEMS):  # "по данным
                return Source(None, "vague", cue=phrase, offset=who[0].start)  # картотеки суда"
            latter = len(who) == 1 or (len(who) > 1 and who[1].kind == "p")
            if phrase in PERSONAL_ACCORDING and latter and who[0].low in LATTER_GENITIVES:
                return Source(who[0].text, "pronoun", cue=LATTER, offset=who[0].start,
                              gender=LATTER_GENITIVES[who[0].low])  # fmt: skip  # "По словам
                # последнего, …": the latter, as "Последний заявил"
            lows = [t.low for t in who]
            if len(lows) == 3 and lows[1] in ("из", "з", "із") and lows[2] in ("них", "их"):
                return Source(None, "pronoun", cue=phrase, offset=who[0].start, gender="pl")
            if who and who[0].low in POSSESSIVE_PRONOUNS and phrase not in CHANNEL_PHRASES:
                return Source(None, "pronoun", cue=phrase, offset=who[0].start,
                              gender=POSSESSIVE_PRONOUNS[who[0].low])  # fmt: skip
            if phrase in CHANNEL_PHRASES and who and _own_word(who[0].low):
                own = _own_sources(who)  # "… со ссылкой на собственные источники": unnamed
                return _with(own, cue=phrase) if own is not None else None  # "«Вести» со
                # ссылкой на собственный опрос сообщают": theirs
            named = _apposed_person(toks, i + len(parts), who)
            if named is not None:  # "за словами матері, Оксани Левченко,": the name
                return _with(named, cue=phrase)
            if _institution_alone(who):  # "За даними служби": the body named before, for
                return Source(
                    who[0].text, "pronoun", cue=who[0].low, offset=who[0].start, gender="n"
                )  # the engine (a feminine noun's genitive is no plural)
            if _bare_document(who):  # "Согласно пояснительной записке": whose, the engine
                return Source(None, "pronoun", cue=DOCUMENT_REF, offset=who[0].start, gender="n")
            unnamed = _unnamed(who) or (
                _cited_people(who) if phrase in CHANNEL_PHRASES else None
            )  # "за словами обізнаних із ситуацією осіб"
            if unnamed is not None:
                return _with(unnamed, cue=phrase)
            several = _several_unnamed(who)  # "за словами двох посадовців": unnamed
            if several is not None:
                return _with(several, cue=phrase)
            if phrase in PERSONAL_ACCORDING and one_of_the_public(_text(who[:3])):
                return Source(None, "anonymous", cue=phrase, offset=who[0].start)  # "По словам
                # одной из жительниц": one of the public unnamed, never a post «одной»
            if phrase in PERSONAL_ACCORDING and _bare_role(who):
                role = who[0]  # "за словами посадовця", "по словам эксперта": the one just
                if _many_people(who):  # quoted; "за словами патрульних", "по словам местных
                    group = _text(who[:2]) if len(who) > 1 else role.low  # рыбаков": many, a
                    return Source(group, "vague", cue=phrase, offset=role.start)  # group (the
                    # force, for the engine)
                word = _office_nominative(role.low) if _is_office(role) else role.low
                return Source(word, "role", cue="роль", offset=role.start)  # ("губернатора":
            # a post in the nominative, as its holder is named)
            found = _surname(who) if phrase in PERSONAL_ACCORDING else None
            found = found or _classify(who, after_verb=True, gender="", genitive=True)
            if found is None and phrase not in PERSONAL_ACCORDING:
                found = _lower_source(who)
            if found is not None:
                if phrase in CHANNEL_PHRASES and found.kind == "organisation":
                    return None
                head = (found.speaker or "").lower()
                if found.kind == "organisation" and head.startswith(GROUP_STEMS):
                    return Source(
                        found.speaker, "vague", cue=phrase, offset=found.offset, gender="pl"
                    )  # "по данным следствия": no one named
                return _with(found, cue=phrase)
    return None


def _institution_alone(who: list[_Tok]) -> bool:
    """Is ``who`` one institution noun in lower case, in the genitive singular of a feminine
    noun ("служби", "организации"), after "по данным"/"за даними"? It points back."""
    if len(who) != 1 or who[0].kind != "w" or who[0].capital or who[0].acronym:
        return False
    low = who[0].low
    stem = _anaphor_stem(low)
    return stem is not None and low[len(stem) :] in ("ы", "и", "і")


def _cited_people(who: list[_Tok]) -> Source | None:
    """ "з посиланням на двох депутатів від фракції", "со ссылкой на трех чиновников
    министерства": a number of people an outlet cites by their kind and never by name are
    unnamed sources (README convention 40: "the paper says, citing two officials"), never
    the outlet's own claim."""
    if len(who) < 2 or not (who[0].low in COUNTS_OBLIQUE or who[0].text.isdigit()):
        return None
    head = who[1]
    if head.kind != "w" or head.capital or head.acronym or head.low in PREPOSITIONS:
        return None
    return Source(_text(who[: _phrase_end(who, 0)]), "anonymous",
                  affiliation=_counted_affiliation(who), offset=who[0].start)  # fmt: skip


def _counted_affiliation(who: list[_Tok]) -> str | None:
    """Whom counted unnamed people (``who``: the number, the noun, the rest) belong to: the
    body after "в/у/из" ("двух чиновников в мэрии"), or a name in the genitive right after
    the noun ("двух сотрудников Министерства лесов", "трьох посадовців «Озеренерго»")."""
    by_link = _affiliation(who, 2)
    if by_link or len(who) < 3:
        return by_link
    owner = who[2]
    if owner.kind == "q":
        return _unquote(owner.text)
    if owner.acronym or owner.capital:
        end = _name_end(who, 2)
        while end > 3 and not (
            who[end - 1].capital
            or who[end - 1].acronym
            or who[end - 1].kind == "q"
            or _GENITIVE.search(who[end - 1].low)
        ):
            end -= 1  # ("… Министерства лесов издание": the subject after it)
        return _text(who[2:end]) or None
    return None


def _without_data_adjective(toks: list[_Tok]) -> list[_Tok]:
    """The tokens without a plural adjective between "по"/"за" and data whose owner follows
    ("по предварительным данным полиции", "за попередніми даними рятувальників"): the data
    are the owner's as "по данным полиции" are (with a comma right after the noun, data
    with no author: read before this)."""
    for i in range(len(toks) - 3):
        if toks[i].low not in ("по", "за") or toks[i + 2].low not in UNSOURCED_DATA:
            continue
        adjective = toks[i + 1].low.endswith(("ым", "им", "ими", "ыми", "іми"))
        if adjective and toks[i + 3].kind == "w":
            return [*toks[: i + 1], *toks[i + 2 :]]
    return toks


def _apposed_person(toks: list[_Tok], start: int, who: list[_Tok]) -> Source | None:
    """ "за словами матері, Оксани Левченко, …", "по словам соседа, Ивана Орлова, …": a
    lower-case noun set off by a comma name of two or three capitalised words and a comma
    after them: the person the noun describes, by that name."""
    end = start + len(who)
    if not who or len(who) > 2 or any(t.kind != "w" or t.capital or t.acronym for t in who):
        return None
    if end + 3 >= len(toks) or toks[end].text != ",":
        return None
    close = next((k for k in range(end + 1, min(len(toks), end + 5)) if toks[k].text == ","), None)
    aside = toks[end + 1 : close] if close is not None else []
    if not 2 <= len(aside) <= 3 or not all(t.capital for t in aside):
        return None
    found = _classify(aside, after_verb=True, gender="", genitive=True)
    return found if found is not None and found.kind == "person" else None


def _surname(who: list[_Tok]) -> Source | None:
    """ "по словам Зорина", "за словами Ткачука": one capitalised word after a phrase that
    only a person fills is a surname in the genitive (an institution here is an acronym, a
    name in «» or starts with an institution word)."""
    words = [t for t in who if t.kind != "p"]
    if len(words) != 1 or not words[0].capital or words[0].low.startswith(ORG_STEMS):
        return None
    return Source(_genitive_person(words[0].text), "person", offset=words[0].start)


def _lower_source(who: list[_Tok]) -> Source | None:
    """ "по данным регионального минстроя", "за даними обласного центру зайнятості": a
    lower-case noun phrase is the institution whose data it is; a plural head ("по данным
    синоптиков") is an unnamed group."""
    if not who or who[0].kind != "w" or who[0].low in PREPOSITIONS or who[0].low in PRONOUNS:
        return None
    phrase = who[: _phrase_end(who, 0, 4)]
    if any(t.kind != "w" for t in phrase):
        return None
    if phrase[-1].low.endswith(GENITIVE_PLURAL) or phrase[0].low.startswith(GROUP_STEMS):
        return Source(_text(phrase), "vague", offset=phrase[0].start, gender="pl")
    return Source(_text(phrase), "organisation", offset=phrase[0].start)


def unauthored(phrase: str, cue: str) -> bool:
    """Is ``phrase``, read after "по данным"/"согласно" (``cue``), a thing with no author: a
    lower-case phrase none of whose words can name a body ("открытого бюджета", "тексту
    законопроекта"; never "регионального минстроя", "фінансового управління", "газеты",
    "воздушной гавани")?"""
    if cue not in ACCORDING or not phrase.islower():
        return False
    return not any(_body_word(word) for word in phrase.lower().split())


_TOWARD = frozenset("в во у до к ко".split())


def directed_body(text: str, masked: str | None = None) -> str | None:
    """The body the sentence ``text`` sends someone to or sets a request in, by its last
    phrase after "в/у/до/к" that names one («обратилось в пресс-службу правительства
    области», «звернулися до КП «…»», «зателефонували в «…»»): what "Там"/"Тут" opening the
    next sentence stands for («Там подтвердили», ``PLACE_ADVERBS``), in the nominative; a
    press office is its institution's. None when no such phrase names a body (a place: «в
    Курганской области»)."""
    toks = tokens(text, _names_masked(text) if masked is None else masked)
    found = None
    for k, tok in enumerate(toks):
        if tok.low not in _TOWARD:
            continue
        end = k + 1
        while end < len(toks) and end - k <= 6 and toks[end].kind != "p":
            word = toks[end]
            if word.low in AND_WORDS or word.low in THAT_WORDS:
                break
            if not word.capital and (verb_form(word.text) is not None or _past_gender(word)):
                break  # ("в Минцифры РБК подтвердили": the phrase ends before its verb)
            end += 1
        phrase = toks[k + 1 : end]
        if phrase and any(
            t.kind == "q" or t.acronym or _body_word(t.low) or t.low.startswith(GENERAL_BODY_STEMS)
            for t in phrase
        ):
            found = institution_nominative(_without_office(_text(phrase)))
    return found


def _body_word(low: str) -> bool:
    return (
        low.startswith(ORG_STEMS)
        or _anaphor_stem(low) is not None
        or low.startswith(OUTLET_ANAPHORS)
        or any(low.startswith(k) for k in INSTITUTION_ALIASES)
        or any(low.startswith(p) and len(low) - len(p) >= 4 for p in COMPOUND_PREFIXES)
    )


def _knowing(toks: list[_Tok]) -> Source | None:
    """ "Человек, знакомый с ситуацией, …", "Людина, знайома з ходом переговорів, …": a
    person described only by what they know or are close to is an unnamed source."""
    for i, tok in enumerate(toks[:-2]):
        aside = toks[i + 1].text == "," and toks[i + 2].low in ASIDE_ADJECTIVES
        if tok.low in KNOWING_NOUNS and aside:
            return Source(tok.text, "anonymous", affiliation=_close_to(toks), offset=tok.start)
    return None


def _close_to(toks: list[_Tok]) -> str | None:
    """The institution an unnamed source is close to: "близкий к делегации", "близьке до
    уряду", "близкого к руководству клуба"."""
    for i, tok in enumerate(toks[:-2]):
        if tok.low.startswith(("близк", "близьк")) and toks[i + 1].low in ("к", "ко", "до"):
            rest = _phrase(toks, i + 2)
            return _text(rest[: _name_end(rest, 0)]) or None
    return None


def _after_clause(toks: list[_Tok]) -> Source | None:
    """ "…, заявил мэр города X." / "…, повідомили в «Укренерго»." after the claim itself."""
    for i, tok in enumerate(toks[1:-1], 1):
        if toks[i - 1].text != "," or tok.kind != "w":
            continue
        gender = _framing_form(tok)
        skip = _time_after(toks, i + 1)
        if skip >= len(toks):
            continue
        after = toks[skip]
        if gender is None or after.low in RELATIVES or after.low in CHANNEL_NOUNS:
            continue
        if after.kind == "q" and not _is_clause_quote(toks, skip):
            if _ends_sentence(toks, _time_after(toks, skip + 1)):  # "…, пишет «Коммерсант»."
                return Source(_unquote(after.text), "organisation", cue=tok.low,
                              offset=after.start)  # fmt: skip
            told = _after_verb(toks, i, gender, "после запятой", start=skip + 1)
            if told is not None and told.kind in ("anonymous", "person"):
                return _with(told, via=_unquote(after.text))  # "…, сообщил «Известиям» X"
            continue
        if _aside_before(toks, i - 1):
            continue  # "X, не видевшая отчёта, назвала …": X is the subject, before
        if _complement_follows(toks, skip):
            continue  # "Источник, знакомый с …, сообщил РБК, что …": РБК is told, not telling
        impersonal = gender == "pl" and (after.low in ("в", "во", "у") or _at_body(toks, skip))
        if after.low in POSSESSIVE_PRONOUNS and _person(_phrase(toks, skip + 1), False):
            return _after_verb(toks, i, gender, "после запятой", start=skip + 1)  # "её глава X"
        if _possessed_role(toks[skip:]):  # "…, подтвердил его представитель": unnamed
            return _after_verb(toks, i, gender, "после запятой", start=skip)
        if (after.low in PREPOSITIONS and not impersonal) or after.low in POSSESSIVE_PRONOUNS:
            continue  # "…, назвала его важным", "…, рассказал о планах": no subject after it
        finding = verb_form(tok.text) is None  # ("…, выяснили сотрудники института X")
        staff = _experts_body(_phrase(toks, skip), 0, STAFF_STEMS) if finding else None
        if staff is not None:
            return _with(staff, cue=tok.low)
        return _after_verb(toks, i, gender, "после запятой", start=skip)
    return None


def _complement_follows(toks: list[_Tok], start: int) -> bool:
    """The phrase after a verb is followed by ", что/що …": the verb introduces the reported
    clause, so its subject stands before it and the phrase is whom it was told to."""
    end = start + len(_phrase(toks, start))
    return end + 1 < len(toks) and toks[end].text == "," and toks[end + 1].low in THAT_WORDS


def _aside_before(toks: list[_Tok], comma: int) -> bool:
    """The words before ``comma`` are a participial aside set off by commas ("…, не
    участвовавшая в работе,"): a description of the subject before it, not a clause."""
    start = comma - 1
    while start >= 0 and toks[start].text != ",":
        start -= 1
    if start < 1:
        return False
    words = [t.low for t in toks[start + 1 : comma] if t.kind == "w"]
    if words and words[0] in ("не", "ні"):
        words = words[1:]
    return bool(words) and (bool(_PARTICIPLE.search(words[0])) or words[0] in ASIDE_ADJECTIVES)


def _subject(toks: list[_Tok]) -> Source | None:
    """The subject before the sentence's first reporting verb: "X заявил, что …"; else an
    institution before a verb of finding ("Счетная палата выявила нарушения")."""
    return _speech_subject(toks) or _finding(toks)


def _finding(toks: list[_Tok]) -> Source | None:
    """ "В октябре Счетная палата края нашла ошибки", "Суд установил, что …": an
    institution's finding is its claim (never a person's or a group's deed)."""
    for i, tok in enumerate(toks[1:], start=1):
        gender = _past_gender(tok)
        research = tok.kind == "w" and tok.low.startswith(RESEARCH_STEMS)
        if research and not tok.capital and tok.low.endswith("ли"):  # "Ученые Заречного
            return _researchers(toks, i)  # университета нашли …" ("нашли": no vowel before)
        if gender not in ("m", "f", "n") or not tok.low.startswith(FINDING_STEMS):
            continue
        left = _without_fronted(_clause_before(toks, i))
        found = _classify(left, after_verb=False, gender=gender) if left else None
        if found is not None and found.kind == "organisation":
            return _with(found, cue=tok.low)
        return None
    return None


def _researchers(toks: list[_Tok], verb: int) -> Source | None:
    """ "Ученые Заречного университета (ЗарФУ) нашли …", "Науковці Інституту … виділили …",
    "Сотрудники института … измеряли …": a body's experts or staff who found or measured
    something speak as that body (README convention 14); anyone else's research is a deed."""
    left = _without_fronted(_clause_before(toks, verb))
    if not left or not _opens_clause(toks, left[0], toks[verb]):
        return None
    found = _experts_body(left, 0, BODY_STAFF_STEMS)
    return _with(found, cue=ANNOUNCED) if found is not None else None  # (a deed told as the
    # body's, like its announcement: "Об этом сообщил руководитель исследования X" after it
    # names who told it)


def _without_fronted(left: list[_Tok]) -> list[_Tok]:
    """A subject without a time or a phrase put before it ("В октябре Счетная палата",
    "В марте 2023 года …", "Среди фаворитов он"): from the pronoun, or after the month and
    its year."""
    if len(left) < 2:
        return left
    if month_number(left[0].low) is not None:  # ("в" already cut: "марте 2023 года …")
        left = [left[0], *left]
    elif left[0].low not in PREPOSITIONS and left[0].low not in FRONTING_WORDS:
        return left
    pronoun = next((k for k, t in enumerate(left) if t.low in PRONOUNS), None)
    if pronoun is not None:
        return left[pronoun:]
    among = _after_among(left)
    if among is not None:  # "Серед причин ротації співрозмовники називають": the
        return among  # interlocutors, never the reasons
    year = next((k for k, w in enumerate(left[:4]) if w.low in ("году", "року")), None)
    if left[0].low in ("в", "во", "у") and year is not None:  # "В прошлом году …"
        return left[year + 1 :]
    if month_number(left[1].low) is not None:
        rest = left[2:]
        if rest and rest[0].text.isdigit():
            rest = rest[1:]
        if rest and rest[0].low in YEAR_WORDS:
            rest = rest[1:]
        return rest
    return left


def _after_among(left: list[_Tok]) -> list[_Tok] | None:
    """The subject after "среди/серед" and the genitive it governs, put first ("Среди
    причин отставки собеседники", "Серед причин такої ротації співрозмовники"): the noun
    that ends the words before the verb in the nominative plural (and its adjectives), which
    no genitive it follows is in ("причин", "отставки" are not plural nominatives there, and
    a feminine genitive singular in "-и/-і" has no plural verb to agree with here)."""
    if len(left) < 3 or left[0].low not in ("среди", "серед") or left[-1].kind != "w":
        return None
    last = left[-1]
    if not last.capital and not last.low.endswith(
        ("ики", "ники", "ы", "ты", "ки", "ці", "ри", "ти")
    ):
        return None
    start = len(left) - 1
    while (
        start > 2 and _modifier(left[start - 1]) and left[start - 1].low.endswith(("ые", "ие", "і"))
    ):
        start -= 1  # "местные чиновники", "обізнані співрозмовники"
    return left[start:]


def _speech_subject(toks: list[_Tok]) -> Source | None:
    """The subject before the sentence's first reporting verb."""
    for i, tok in enumerate(toks):
        if tok.kind != "w" or i == 0:
            continue
        if tok.low.startswith(ASKING_STEMS) and _asked_aside(toks, i):
            continue
        gender = verb_form(tok.text)
        if gender is None:
            gender = _drawing_attention(toks, i)  # "«Ъ» обращает внимание, что …"
        if gender is None and _complement_follows(toks, i + 1):
            gender = _framing_form(tok)  # "Ведомство установило, что …": what it found
        if gender is None and _estimated_in(toks, i):
            gender = "pl"  # "В Минфине оценили потери в …": the institution's estimate
        if gender is None and _promised_in(toks, i):
            gender = "pl"  # "У лікарні обіцяють повідомити …": the hospital's promise
        if gender is None or _passive(tok):
            continue
        if _no_words(toks, i):
            return _plea_then_said(toks, i)  # a plea is a deed, unless "…, заявив, что …"
        left = _without_answered(_clause_before(toks, i))
        if _impersonal_opening(left):
            return None  # "Работало много полиции, …, говорят": no subject's name before it
        left = _before_joined_predicate(left, toks, i, gender)
        own = _body_before_channel(left, toks, i) if gender != "pl" else None
        if own is not None:  # "Про це <a long name> повідомила в Телеграмі"
            return _with(own, cue=tok.low)
        while len(left) > 1 and (
            left[0].low in ADVERBS
            or (left[0].low in NON_SUBJECT_OPENERS and left[1].low not in PREPOSITIONS)
        ):  # "Офіційно в компанії підтвердили", "Вскоре министерство уточнило" (not "Згодом до
            left = left[1:]  # лікарні приїхала …": no subject there to strip down to)
        if gender == "pl" and left and _russian_infinitive(left[0]):  # "Вернуть воду
            found = _after_verb(toks, i, gender, tok.low)  # обещали после ремонта": what is
            return _with(found, cue=tok.low) if found is not None else None  # promised
        fronted = _after_demonstrative_object(left)
        if fronted == [] and not _impersonal_in(toks, i, gender, left):
            found = _after_verb(toks, i, gender, tok.low)  # "Официально эту информацию не
            return _with(found, cue=tok.low) if found is not None else None  # подтвердили"
        left = fronted or left  # "Эти данные в мэрии не подтвердили": в мэрии
        left = _without_proceeding(left)  # "В прениях сторона обвинения попросила …"
        if len(left) == 2 and left[0].low in ("как", "як") and left[1].low in PRONOUNS:
            left = left[1:]  # "Как она рассказала …, …", "Як він зазначив, …": the frame's
            # word, then the subject (never part of it: no body "Як вона")
        if left and all(t.low in DATIVE_PRONOUNS or t.low in ADVERBS for t in left):
            return _members_writing(toks, i, _after_verb(toks, i, gender, tok.low))  # "Нам пишуть
            # читачі, що …": to us; the ones who write follow the verb
        left = _after_instrumental(left, gender)  # "Причиной в банке назвали …"
        on_site = bool(left) and left[0].low == "на" and gender == "pl"  # "На заводе заявили"
        if on_site and not _site_institution(left[1:]):
            return None  # "На Львівщині запевнили": people of a place, no one named
        institution = left and left[0].low in ("в", "во", "у", "на") and gender == "pl"
        if not institution or (len(left) > 1 and month_number(left[1].low) is not None):
            left = _without_fronted(left)  # (not "В Минфине заявили": its institution)
        while len(left) > 1 and left[0].low in EMPHATIC_WORDS:  # "Сама Зотова это отрицает"
            left = left[1:]
        cut = next((k for k in range(1, len(left))
                    if left[k].low in DEMONSTRATIVES or left[k].low in REPORTED_OBJECTS
                    or _channel_at(left, k)), len(left))  # fmt: skip
        left = _pronoun_after_object(left, gender) or left[:cut]  # "Такое решение он
        # объяснил": the object, then "он"; "Гусев эту версию отверг": the object put after
        # the subject, before the verb; "Газета
        # з посиланням на власні розрахунки пише": what it cites is no part of its name
        if left and left[0].low in ABOUT_PREPOSITIONS and gender != "pl":
            found = _subject_after_topic(left, gender) or _after_verb(toks, i, gender, tok.low)
            # "О сокращении рейсов объявила
            return _with(found, cue=tok.low) if found is not None else None  # авиакомпания X"
        if _topic_first(left) and gender == "pl":  # "О сокращении штата сообщили в компании
            found = _after_verb(toks, i, gender, tok.low)  # «Ранок»": what it is about, then
            if found is not None:  # the body (else the words before it may hold a subject:
                return _with(found, cue=tok.low)  # "О проблеме жители рассказали в соцсетях")
        if not left and gender == "pl" and _naming_complement_only(toks, i):
            return Source(None, "vague", cue=IMPERSONAL, offset=toks[0].start)  # "Главной
            # причиной называют …": no subject in the text, a report with no author
        if not left or (toks[i - 1].text == "," and len(left) > _MAX_SUBJECT):
            return None  # a whole clause, then ", сообщили …": the source is not before it
        if left[0].low in ("в", "во", "у", "на") and gender == "pl":
            where = _name_words(_without_outlet(left[1:]))
            found = _classify(where, after_verb=True, gender=gender, institution=True)
        elif _impersonal_in(toks, i, gender, left):
            where = _phrase(toks, i + 2)  # "Эту информацию подтвердили в Минтрансе"
            found = _classify(where, after_verb=True, gender=gender, institution=True)
        elif _is_belief(tok.text) and gender == "pl":
            found = _spokespeople(left) or _group(left, gender)  # ("Представители клуба
            # считают …": a body's spokespeople say what it holds, item 17; a group's belief
            # stays the group's)
        elif (
            gender in ("m", "f")
            and _opens_clause(toks, left[0], tok)
            and _bare_role([t for t in left if t.low not in ADVERBS], sentence_start=True)
        ):  # "Эксперт напомнил, что …", "Посадовець також зазначив": the one just quoted
            words = [t.low for t in left if t.low not in ADVERBS]
            found = Source(" ".join(words), "role", cue="роль", offset=left[0].start,
                           gender=gender)  # fmt: skip
        elif (inverted := _inverted(left, toks, i, gender)) is not None:
            found = inverted  # "Так сообщил губернатор"
        else:
            found = _classify(left, after_verb=False, gender=gender)
        if found is None:
            return None
        return _with(found, via=found.via or _told(toks, i), cue=found.cue or tok.low)
    return None


def _before_joined_predicate(
    left: list[_Tok], toks: list[_Tok], verb: int, gender: str
) -> list[_Tok]:
    """The subject of two predicates joined by "and" or "but" ("Пресс-служба мэрии
    отказалась комментировать ситуацию, но сообщила, что …", "Керівниця департаменту
    попросила вибачення та зазначила, що …"): the words before the first predicate's verb, a
    past verb of the reporting verb's own gender; the verb and its object were read as part
    of the name ("мэрия отказалась комментировать"). ``left`` as it is otherwise."""
    k = verb - 1
    while k > 0 and toks[k].low in ADVERBS:
        k -= 1  # ("…, но также сообщила")
    if gender not in ("m", "f", "pl") or toks[k].low not in (AND_WORDS | BUT_WORDS):
        return left
    cut = next((m for m, t in enumerate(left) if m and _past_gender(t) == gender), None)
    return left[:cut] if cut is not None else left


def _impersonal_opening(left: list[_Tok]) -> bool:
    """Do the words before the verb open with a verb in the neuter past and an amount
    ("Работало много полиции, …, говорят", "Працювало чимало поліції, …, кажуть"): an
    impersonal clause, its noun in the genitive, no subject named there; never a noun in
    "-ло" ("Джерело у федерації стверджує": the amount word is what tells the verb)."""
    if len(left) < 3 or left[0].kind != "w" or left[0].acronym:
        return False
    return left[1].low in AMOUNT_WORDS and _PAST_NEUTER.search(left[0].low) is not None


def _after_demonstrative_object(left: list[_Tok]) -> list[_Tok] | None:
    """The words before the verb after an object put first ("Эту информацию глава района
    подтвердил", "Эти данные в мэрии не подтвердили", "Цю інформацію поки не підтвердили"):
    a demonstrative and its noun are never the subject. [] when nothing but adverbs,
    particles or a pronoun of nobody («никто», «ніхто») is left (the subject, if any, follows
    the verb); None when the words open with no demonstrative. A personal pronoun after the
    object is ``_pronoun_after_object``'s («Такое решение он объяснил»)."""
    if len(left) < 2 or left[0].low not in DEMONSTRATIVES or left[1].kind != "w":
        return None
    if left[1].capital or left[1].acronym or left[-1].low in PRONOUNS:
        return None  # ("Эта «Волна» …": a name; "Такое решение он объяснил")
    rest = left[2:]
    if all(t.kind == "w" and (t.low in ADVERBS or t.low in _NOBODY) for t in rest):
        return []
    return rest


_NOBODY = frozenset("не ни пока еще ещё уже никто ніхто поки ще вже так и і й".split())
"""Particles and the pronoun of nobody between a fronted object and its verb ("пока не",
"никто не", "поки що не"): no subject among them."""


def _pronoun_after_object(left: list[_Tok], gender: str) -> list[_Tok] | None:
    """The personal pronoun that ends the words before the verb when an object opens them
    («Такое решение он объяснил …», «Цю інформацію вона підтвердила»): the subject, the
    fronted object no part of it; None when the words are no such object and pronoun (a
    name, "и"/"та" joining two subjects, a pronoun of another gender than the verb's)."""
    if len(left) < 2 or left[-1].low not in PRONOUNS:
        return None
    if PRONOUNS[left[-1].low] != gender and gender != "":
        return None
    if any(t.capital or t.acronym or t.kind != "w" or t.low in AND_WORDS for t in left[1:-1]):
        return None
    return left[-1:]


def _without_answered(left: list[_Tok]) -> list[_Tok]:
    """``left`` without an "in answer to X" phrase («Комитет в ответ на обращение «Южного
    вестника» сообщил»; «У відповідь на запит депутатів управління повідомило»): X asked, the
    body answered; X is never the subject."""
    lows = [t.low for t in left]
    for k in range(len(left) - 2):
        if tuple(lows[k : k + 3]) in ANSWER_PHRASES:
            end = k + 3
        elif tuple(lows[k : k + 2]) in QUESTION_PHRASES:
            end = k + 1  # («на вопрос «X» ответил»: the question's noun read as answered)
        else:
            continue
        if end < len(left) and left[end].low.startswith(ANSWERED_STEMS):
            end += 1
        named = end
        while named < len(left) and (left[named].kind == "q" or left[named].capital
                                     or left[named].acronym):  # fmt: skip
            named += 1
        if named == end and end < len(left) and left[end].kind == "w":
            named += 1  # «запит редакції», «вопрос журналистов»
        return left[:k] + left[named:]
    return left


def _estimated_in(toks: list[_Tok], verb: int) -> bool:
    """ "В Минфине оценили потери в 2 млрд рублей", "У Мінсоцполітики оцінили вартість …": the
    plural of a verb of estimating, agentless after its object ("Ущерб оценили в …",
    ``SINGULAR_ONLY_STEMS``), is the body's own estimate when the sentence opens with that
    body in the locative ("В/У" and a body's capitalised name, its noun, initials or a
    compound, nothing else before the verb), as "В Минфине заявили" is its statement; never a
    place ("В Озёрной области оценили …")."""
    low = toks[verb].low
    if not low.endswith("ли") or low[:-2] not in SINGULAR_ONLY_STEMS or verb < 2:
        return False
    if toks[0].low not in ("в", "во", "у") or not (toks[1].capital or toks[1].acronym):
        return False
    body = toks[1].acronym or is_compound_name(toks[1].text) or toks[1].low.startswith(ORG_STEMS)
    if not body:
        return False  # ("В Озёрной области оценили ущерб": a place, whoever estimated it)
    return all(t.kind in ("w", "q") for t in toks[1:verb])  # (no clause before the verb)


def _promised_in(toks: list[_Tok], verb: int) -> bool:
    """ "У лікарні обіцяють повідомити пацієнтів …", "В управлінні екології обіцяють
    оприлюднити …", "В министерстве обещают выбрать …": the imperfective plural of
    "promise" (``PROMISE_FORMS``, no reporting verb alone) is the body's word when a body stands
    in the locative opening the sentence ("в/у" and initials, a quoted name or an
    institution's noun: ``_promiser``) and an infinitive follows it, what is promised. Never
    the words before it read as a subject: «Подробиці інциденту обіцяють повідомити» and
    «Там обіцяють розкопати» have no «в/у» body, and stay as they were."""
    if toks[verb].low not in PROMISE_FORMS or verb + 1 >= len(toks):
        return False
    after = next((t for t in toks[verb + 1 : verb + 3] if t.low not in ADVERBS), None)
    if after is None or after.kind != "w" or not after.low.endswith(INFINITIVE_ENDINGS):
        return False
    before = toks[:verb]
    if any(t.kind not in ("w", "q") for t in before):
        return False  # (a clause before the verb: its subject is none of this)
    at = next((k for k, t in enumerate(before) if t.low not in ADVERBS), verb)
    return before[at].low in ("в", "во", "у") and at + 1 < verb and _promiser(before[at + 1])


def _promiser(tok: _Tok) -> bool:
    """A body's first word after "в/у": initials, a quoted name, a compound name
    ("Мінфіні") or an institution's own noun ("лікарні", "управлінні", "министерстве"); never
    a capitalised word alone, a place as often as a body ("У Житомирі обіцяють …")."""
    if tok.kind == "q" or tok.acronym or is_compound_name(tok.text):
        return True
    return _body_word(tok.low) or tok.low.startswith(CYRILLIC_BODY_STEMS)


def _after_instrumental(left: list[_Tok], gender: str) -> list[_Tok]:
    """ "Причиной в банке назвали сбой", "Виною у компанії назвали …": a noun in the
    instrumental put before "в/у X" and a plural verb is what X named, never a subject (a
    plural verb's subject would be in the nominative); the subject part starts at "в"."""
    if gender != "pl" or len(left) < 3 or left[0].kind != "w" or left[0].low in PREPOSITIONS:
        return left
    if not left[0].low.endswith(_INSTRUMENTAL) or left[1].low not in ("в", "во", "у", "на"):
        return left
    return left[1:]


_INSTRUMENTAL = ("ой", "ою", "ею", "ью", "ом", "ем")
"""Endings of a singular noun in the instrumental ("причиной", "виною", "целью", "поводом")."""


def _channel_at(toks: list[_Tok], k: int) -> bool:
    """Does "со ссылкой на" / "з посиланням на" start at ``k``?"""
    words = [t.low for t in toks[k : k + 3]]
    return any(words == phrase.split() for phrase in CHANNEL_PHRASES)


def _members_writing(toks: list[_Tok], verb: int, found: Source | None) -> Source | None:
    """ "Нам пишуть депутати фракції «Х»": unnamed members of a body named in «» (or by its
    initials) who write in speak for it unnamed (anonymous, affiliated to it, as "union
    sources"); readers or residents who write in stay a group."""
    if found is None or found.kind not in ("vague", "organisation"):
        return found
    who = _phrase(toks, verb + 1)
    if len(who) < 2 or who[0].kind != "w" or who[0].capital or who[0].acronym:
        return found
    body = next((t for t in who[1:] if t.kind == "q"), None) or next(
        (t for t in who[1:] if t.acronym), None
    )  # ("активісти ГО «Чисте місто»": the name, not its kind's initials)
    if body is None:
        return found
    return Source(_text(who), "anonymous", _unquote(body.text), found.via, found.cue,
                  who[0].start, "pl")  # fmt: skip


def _plea_then_said(toks: list[_Tok], verb: int) -> Source | None:
    """ "Сам подсудимый вину не признал, заявив, что …": the plea's subject speaks in the
    gerund of speech after it; a plea alone is a deed (None)."""
    if verb + 2 >= len(toks) or toks[verb + 1].text != ",":
        return None
    if verb_form(toks[verb + 2].text) is None:
        return None
    left = [t for t in _clause_before(toks, verb) if t.low not in EMPHATIC_WORDS]
    cut = next((k for k, t in enumerate(left) if t.low in PLEA_OBJECTS or t.low in ("не", "ні")
                or t.low.startswith("сво")), len(left))  # fmt: skip
    if not left[:cut]:
        return None
    return _classify(left[:cut], after_verb=False, gender=_past_gender(toks[verb]) or "")


def _drawing_attention(toks: list[_Tok], i: int) -> str | None:
    """The gender of "обращает/обратил внимание", "звертає/звернули увагу" at ``i``: a verb
    and its noun that report what the subject points out (``ATTENTION_STEMS``), with a
    reported clause after them; None for any other word."""
    tok = toks[i]
    if tok.kind != "w" or not tok.low.startswith(ATTENTION_STEMS) or i + 3 >= len(toks):
        return None
    if toks[i + 1].low not in ATTENTION_NOUNS:
        return None
    if toks[i + 2].text != "," or toks[i + 3].low not in THAT_WORDS:
        return None  # "обратил внимание на цены": a topic, no words reported
    if tok.low.endswith(("ют", "ють", "ут", "уть")):
        return "pl"
    return _past_gender(tok) or ""


_RUSSIAN_INFINITIVE = re.compile(r"...(?:[аяеиуыо]ть|ться|чь)$")
_INFINITIVE_SHAPED_NOUNS = frozenset("печать благодать кровать знать стать".split())


def _russian_infinitive(tok: _Tok) -> bool:
    """A Russian infinitive opening the words before a plural reporting verb ("Вернуть воду
    обещали …", "Купаться и ловить рыбу … не рекомендуют"): what was promised or advised, put
    first; the verb has no subject there (it was 'Вернуть воду'). A vowel before "-ть"
    ("вернуть", "купаться"), never "-сть" ("власть", "область") nor a noun so shaped
    ("печать"). Not the Ukrainian "-ти", which ends plural nouns too ("журналісти")."""
    return (
        tok.kind == "w"
        and _RUSSIAN_INFINITIVE.search(tok.low) is not None
        and tok.low not in _INFINITIVE_SHAPED_NOUNS
        and not _UKRAINIAN.search(tok.low)
    )


def _topic_first(left: list[_Tok]) -> bool:
    """Do the words before a plural reporting verb open with what it is about ("О сокращении
    состава посольства заявили в МИД", "Про закриття консульства повідомили у …": "о/об/про"
    and lower-case words), so the speaker may follow the verb? Read as the subject, «О …»
    gave the speaker 'О'. A name right after "о" («О Петрове …») is no topic of this kind."""
    if len(left) < 2 or left[0].low not in ABOUT_PREPOSITIONS or left[1].capital:
        return False
    return all(t.kind == "w" and not t.capital and not t.acronym for t in left[1:3])


def _subject_after_topic(left: list[_Tok], gender: str) -> Source | None:
    """ "Об этом Иванова заявила министру Петренко", "Про це вона повідомила міністрові
    Коваленку", "Об этом директор сообщил губернатору": a subject between the topic put
    first and the verb is who spoke; a name after the verb is then whom it was told to.
    Only a name, a pronoun or a bare role: an outlet told ("Об этом РБК рассказал …"),
    a dative ("журналистам") or a time ("в понедельник") leaves the subject after the verb."""
    if len(left) < 3 or left[1].low not in TOPIC_PRONOUNS:
        return None
    rest = [t for t in left[2:] if t.low not in ADVERBS]
    while len(rest) > 1 and rest[0].low in EMPHATIC_WORDS:  # "Об этом сам Сомов рассказал"
        rest = rest[1:]
    if not rest or rest[0].kind != "w" or rest[0].acronym or rest[0].low in PREPOSITIONS:
        return None
    if rest[0].capital and rest[0].low.endswith(_DATIVE_ENDINGS):  # "Об этом Петрову
        return None  # сообщил министр", "Интерфаксу": whom it was told to
    if not rest[0].capital and rest[0].low not in PRONOUNS:
        if not _bare_role(rest, sentence_start=True):
            return None  # "журналистам", "нашему каналу", "hromadske": whom it was told to
        return Source(_text(rest).lower(), "role", cue="роль", offset=rest[0].start,
                      gender=gender)  # fmt: skip
    found = _classify(rest, after_verb=False, gender=gender)
    if found is None or found.kind not in ("person", "pronoun", "role", "anonymous"):
        return None
    return found


def _body_before_channel(left: list[_Tok], toks: list[_Tok], verb: int) -> Source | None:
    """ "Про це компанія повідомила на своєму сайті", "Об этом ведомство сообщило в
    Telegram": a body (its name, or its noun for the engine to resolve) between the topic and
    the verb is who spoke when nothing but the channel it spoke on follows the verb: no
    subject is left after it to be the speaker (a name after the verb would be, and the word
    before it whom it was told to: "Об этом РБК рассказал глава компании"). Without this the
    channel ("на сайті") was read as an institution that spoke."""
    if len(left) < 3 or left[1].low not in TOPIC_PRONOUNS:
        return None
    end = next((k for k in range(verb + 1, len(toks)) if toks[k].kind != "w"), len(toks))
    where = [t.low for t in toks[verb + 1 : end]]
    if not (2 <= len(where) <= 3) or where[0] not in ("в", "во", "у", "на"):
        return None
    if not (_is_site(where[-1]) or where[-1].startswith(NETWORK_STEMS)):
        return None
    rest = [t for t in left[2:] if t.low not in ADVERBS]
    if not rest or rest[0].kind not in ("w", "q") or rest[0].low in PREPOSITIONS:
        return None
    if rest[0].capital and rest[0].low.endswith(_DATIVE_ENDINGS):
        return None  # "Про це Укрінформу повідомили …": whom it was told to
    found = _classify(rest, after_verb=False, gender="")
    return found if found is not None and found.kind in ("organisation", "pronoun") else None


_DATIVE_ENDINGS = ("у", "ю", "ой", "ей", "ові", "еві", "єві")
"""Endings of a name in the dative ("Петрову", "Ивановой", "Коваленкові"), never its
nominative."""


def _inverted(left: list[_Tok], toks: list[_Tok], verb: int, gender: str) -> Source | None:
    """ "Так сообщил губернатор", "Це підтвердила речниця": a closed-class word that opens
    the sentence before the verb is an adverb, not a subject, when a subject follows the verb
    (a pronoun or a name there is the subject: "Она рассказала мэру Петрову, что …")."""
    if len(left) != 1 or left[0].start != toks[0].start or left[0].kind != "w":
        return None
    if left[0].low not in INVERSION_OPENERS:
        return None
    found = _after_verb(toks, verb, gender, toks[verb].low)
    return found if found is not None and found.kind != "vague" else None


def _passive(tok: _Tok) -> bool:
    """ "не подтвердилась", "не підтвердилося": a reflexive that is a passive (its subject is
    what was confirmed, never a speaker)."""
    return tok.low.endswith(("ся", "сь")) and tok.low.startswith(PASSIVE_REFLEXIVE)


def _trailing_own_channel(toks: list[_Tok]) -> Source | None:
    """ "Рішення ухвалила сесія Озерної міської ради, повідомили на її сайті", "…, сообщили в
    его пресс-службе": a closing clause that says the news came from "its" own site or press
    office gives it to the body its main clause names (README item 12)."""
    comma = max((k for k, t in enumerate(toks) if t.text == ","), default=None)
    if comma is None or comma < 3:
        return None
    tail = [t for t in toks[comma + 1 :] if t.kind == "w"]
    if len(tail) != 4 or (verb_form(tail[0].text) is None and not _document_verb(tail[0])):
        return None
    where, owner, place = tail[1:]
    if where.low not in ("в", "во", "у", "на") or owner.low not in POSSESSIVE_PRONOUNS:
        return None
    if not (_is_site(place.low) or place.low.startswith(PRESS_OFFICES)):
        return None
    first = toks[0]
    named_first = first.kind == "q" or first.acronym or first.low.startswith(ORG_STEMS)
    main = [t for t in toks[0 if named_first else 1 : comma] if t.kind != "q" or len(t.text) < 60]
    found = _organisation(main)
    if found is None or found.kind != "organisation" or not found.speaker:
        return None
    words = found.speaker.split()
    if not (_org_word(words[-1].lower()) or any(w.isupper() for w in words) or named_first):
        return None  # ("Иван Петров уволился, сообщили в его пресс-службе": no body named)
    return Source(found.speaker, "organisation", cue=tail[0].low, offset=found.offset)


def _parenthetical_own(toks: list[_Tok]) -> Source | None:
    """ "Госинспекция, как следует из сообщения на её сайте, проверила …",
    "Министерство, как сообщили в его пресс-службе, выделило …": an aside after the subject
    that points back at it ("его", "її") makes the subject the source."""
    comma = next((k for k, t in enumerate(toks[:14]) if t.text == ","), None)  # (a long name:
    # "Департамент … надзора Заречной области, как говорится на его сайте")
    if comma is None or comma + 3 >= len(toks) or toks[comma + 1].low not in ("как", "як"):
        return None
    close = next((k for k in range(comma + 2, len(toks)) if toks[k].text == ","), None)
    aside = toks[comma + 2 : close]
    if close is None or not _own_aside(aside):
        return None
    if not any(t.low in POSSESSIVE_PRONOUNS for t in aside):
        return None
    found = _classify(toks[:comma], after_verb=False, gender="")
    if found is None or found.kind not in ("organisation", "person", "pronoun"):
        return None  # (an institution noun alone, "Министерство", for the engine to resolve)
    return _with(found, cue=aside[0].low)


def _own_aside(aside: list[_Tok]) -> bool:
    """Does an aside open as one pointing at a text or a channel: a phrase of ``OWN_ASIDE``
    ("следует из", "сообщили в"), or any verb of what a document says (``_document_verb``)
    before the place it says it ("сказано в", "указано на", "зазначено у", "уточняется на")?"""
    if " ".join(t.low for t in aside[:3]).startswith(OWN_ASIDE):
        return True
    return len(aside) > 1 and _document_verb(aside[0]) and aside[1].low in ("в", "во", "у", "на")


def _no_words(toks: list[_Tok], verb: int) -> bool:
    """ "Жуков вину не признал", "Затриманим повідомили про підозру": a plea or a legal
    notice, a deed (no one's words about the world)."""
    low = toks[verb].low
    around = [t.low for t in toks[max(0, verb - 3) : verb + 4]]
    if low.startswith(("призна", "визна")) and any(w in PLEA_OBJECTS for w in around):
        return True
    after = " ".join(t.low for t in toks[verb + 1 : verb + 3])
    return after in NOTICE_PHRASES


def is_plea(text: str) -> bool:
    """Is ``text`` a plea and nothing else ("Рябов вину не признал", "Сам Дикун провину не
    визнає")? A deed in court with no source, but a claim: whether the accused admits the
    charge is news. (With words after it, "…, заявив, что …", the words decide.)"""
    if not is_cyrillic(text, in_cyrillic=True):
        return False
    toks = tokens(text, text)
    return any(
        tok.kind == "w"
        and tok.low.startswith(("призна", "визна"))
        and _no_words(toks, i)
        and not any(t.kind == "w" and verb_form(t.text) is not None for t in toks[i + 1 :])
        for i, tok in enumerate(toks)
    )


def _impersonal_in(toks: list[_Tok], verb: int, gender: str, left: list[_Tok]) -> bool:
    """ "Эту информацию подтвердили в Минтрансе", "Це підтвердили у Генштабі": a plural verb
    without a subject (what stands before it is its object) and "в/у X" after it, not a time
    or a setting ("в понедельник", "в интервью")."""
    if gender != "pl" or verb + 2 >= len(toks) or toks[verb + 1].low not in ("в", "во", "у"):
        return False
    if _time_after(toks, verb + 1) != verb + 1:
        return False
    where = toks[verb + 2]
    if not (where.capital or where.acronym or where.kind == "q" or _ADJECTIVE.search(where.low)
            or where.low.startswith(ORG_STEMS)):  # fmt: skip
        return False
    return left[0].low in DEMONSTRATIVES


# --- phrases ------------------------------------------------------------------------------
def _time_after(toks: list[_Tok], at: int) -> int:
    """Where the subject starts after a verb: past "в понедельник", "у вівторок", "в интервью
    РБК", "журналистам", "изданию «…»" (a time or a channel, never the speaker)."""
    for _ in range(3):
        if at + 1 >= len(toks):
            return at
        first, second = toks[at], toks[at + 1]
        if first.low in ("в", "во", "у") and second.low.startswith(WEEKDAY_STEMS):
            at += 2
        elif first.low in ("в", "во", "у") and second.low in SETTING_NOUNS:
            at += 2
            if at < len(toks) and (toks[at].kind == "q" or toks[at].acronym):
                at += 1
        elif first.low in CHANNEL_NOUNS:
            at += 1
            if at < len(toks) and (toks[at].kind == "q" or toks[at].acronym or _site(toks[at])):
                at += 1  # ("кореспонденту ТСН.ua": the site's name)
        elif _outlet_told(toks, at):
            at += 1
        elif _two_word_outlet_told(toks, at):
            at += 2
        else:
            return at
    return at


def _site(tok: _Tok) -> bool:
    """A site's name as one word with a dot ("ТСН.ua", "Лента.ру", "RBC.ru")."""
    name, dot, zone = tok.text.rpartition(".")
    return tok.kind == "w" and bool(dot) and name[:1].isupper() and zone.isalpha()


def _two_word_outlet_told(toks: list[_Tok], at: int) -> bool:
    """An outlet of an acronym and a word ("сообщила РИА Вести пресс-служба завода")
    between a verb and a speaker whose phrase opens with an office, a source or a role."""
    if at + 2 >= len(toks) or not toks[at].acronym or not toks[at + 1].capital:
        return False
    third = toks[at + 2]
    if third.kind != "w" or third.capital or third.acronym:
        return False
    low = third.low
    return (
        low.startswith((*PRESS_OFFICES, *UNNAMED_ROLES)) or low in SOURCE_NOUNS or _is_office(third)
    )


def _outlet_told(toks: list[_Tok], at: int) -> bool:
    """An outlet's name right after a verb, before the speaker ("сообщил ТАСС губернатор
    …", "сообщили «Коммерсанту» в пресс-службе …"): the channel, in the dative."""
    first, second = toks[at], toks[at + 1]
    if not (first.kind == "q" or first.acronym) or second.kind != "w":
        return False
    if second.low in ("в", "во", "у"):  # an impersonal "сообщили X в Y", Y no time
        verb = toks[at - 1] if at else None
        third = toks[at + 2].low if at + 2 < len(toks) else ""
        plural = verb is not None and verb_form(verb.text) == "pl"
        return plural and not third.startswith(WEEKDAY_STEMS) and third not in SETTING_NOUNS
    ordinary = not (second.capital or second.acronym)
    excluded = second.low in CHANNEL_NOUNS or second.low in ADVERBS or second.low in THAT_WORDS
    return ordinary and not excluded and second.low not in PREPOSITIONS


def _after_verb(
    toks: list[_Tok], verb: int, gender: str, cue: str, start: int | None = None
) -> Source | None:
    """The speaker named after a reporting verb, or the institution of "сообщили в X"."""
    if start is None:
        start = _time_after(toks, verb + 1)
    who = _phrase(toks, start)
    if gender == "pl" and who and _addressees(who[0]):
        if len(who) == 1:  # "«…», – повідомили пасажирам": told to them, by the body that
            return Source(None, "pronoun", cue=toks[verb].low, offset=toks[verb].start,
                          gender="pl")  # fmt: skip # spoke (as «Додали, що …»), never them
        start, who = start + 1, who[1:]  # ("пояснили мешканцям у компанії": the company)
    if not who:
        return None
    asking = toks[verb].low.startswith(ASKING_STEMS)
    if asking and who[0].kind == "w" and who[0].low.endswith(INFINITIVE_ENDINGS):
        return None  # "…, просять допомогти «достукатися» …": what is asked, no one who asks
    told_first = next((k for k, t in enumerate(who[:4]) if t.low in ("в", "во", "у")), None)
    if gender == "pl" and told_first and _told_before_body(who[:told_first]):
        found = _classify(who[told_first + 1 :], after_verb=True, gender=gender, institution=True)
        if found is not None:  # "сообщили РИА Вести в пресс-службе вокзала"
            found = _with(found, via=_text(who[:told_first]))
    elif gender == "pl" and (who[0].low in ("в", "во", "у") or _at_body(who, 0)):
        found = _classify(who[1:], after_verb=True, gender=gender, institution=True)
    else:
        found = _classify(who, after_verb=True, gender=gender)
    bare = found is not None and found.kind in ("vague", "anonymous") and _bare_role(who)
    singular = gender in ("m", "f", "")  # ("", a present's singular: "…, говорит эксперт")
    if cue in ("после цитаты", "после запятой") and singular and bare:
        found = Source(_text(who), "role", offset=who[0].start, gender=gender)  # "— додав
    if found is None and cue == "после цитаты" and who[0].kind == "w" and not who[0].capital:
        person = _person(who[:6], last=False)  # "— зачитала решение судья Вера Лыкова"
        found = Source(person[0], "person", offset=person[1]) if person else None
    if found is None and who[0].kind == "w" and who[0].low not in RELATIVES:  # чиновник"
        found = _role(who, gender, toks[verb].start)
    if found is not None and found.kind in ("role", "pronoun") and _the_prosecution(_text(who)):
        return Source(who[0].text, "vague", cue=cue, offset=who[0].start)  # "— сказал прокурор
        # журналистам": the prosecution, a group (README item 24), never a carried speaker
    found = _apposed_after(toks, start + len(who), found) or found
    told = toks[verb + 1] if start > verb + 1 else None
    via = _unquote(told.text) if told and (told.kind == "q" or told.acronym) else None
    return _with(found, cue=cue, via=via or found.via) if found else None


def _addressees(tok: _Tok) -> bool:
    """A lower-case word in the dative plural ("пасажирам", "мешканцям", "местным", "им"):
    after a plural reporting verb, whom the words were told to; a subject is in the
    nominative, and no nominative plural ends so."""
    if tok.kind != "w" or tok.capital:
        return False
    dative = len(tok.low) > 4 and tok.low.endswith(DATIVE_PLURAL_ENDINGS)
    return dative or tok.low in DATIVE_PRONOUNS


def _told_before_body(words: list[_Tok]) -> bool:
    """Are ``words`` the outlet a verb's words went to, before the body that spoke ("сообщили
    РИА Вести в пресс-службе вокзала", "сообщили нашему изданию в администрации города",
    "повідомили виданню в поліції"): a name, or a channel's dative with "our" or nothing?"""
    if all(t.kind == "q" or t.acronym or t.capital for t in words):
        return True
    return words[-1].low in CHANNEL_NOUNS and all(t.low in _OURS for t in words[:-1])


def _at_body(toks: Sequence[_Tok], at: int) -> bool:
    """ "на заводе", "на підприємстві" at ``at``: a body named by its kind after "на" (the
    "сообщили в X" of a plant or a works: "…, пояснили на заводе"), never a place, an event
    or a channel ("на месте", "на брифинге", "на сайте")."""
    return (
        at + 1 < len(toks) and toks[at].low == "на" and toks[at + 1].kind == "w"
        and is_institution_noun(toks[at + 1].text)
    )  # fmt: skip


def _apposed_after(toks: list[_Tok], comma: int, found: Source | None) -> Source | None:
    """ "— рассказал руководитель экспедиции, старший научный сотрудник УрФУ Кирилл Ветлугин.":
    a role with no name after the verb, then, after a comma, the phrase that ends the sentence
    with a person's full name: that person (the role and the post are both his)."""
    if found is None or found.kind not in ("person", "role") or not found.speaker:
        return None
    if not found.speaker[:1].islower() or comma >= len(toks) or toks[comma].text != ",":
        return None
    after = _phrase(toks, comma + 1)
    if not _ends_sentence(toks, comma + 1 + len(after)) or len(after) > 10:
        return None
    person = _person(after, last=True)
    if person is None or " " not in person[0]:
        return None
    return Source(person[0], "person", offset=person[1], gender=found.gender)


def _phrase(toks: list[_Tok], start: int) -> list[_Tok]:
    """Tokens from ``start`` to the next comma, full stop or other stop (quotations kept)."""
    out = []
    for tok in toks[start:]:
        if tok.kind == "p" and (tok.text in _STOPS or tok.text in _DASHES):
            break
        out.append(tok)
    return out


def _clause_before(toks: list[_Tok], verb: int) -> list[_Tok]:
    """The subject part before a verb: from the clause start, without a comma aside
    ("Геолог X, не видевшая отчёта, назвала" -> "Геолог X")."""
    start = 0
    for i in range(verb - 1, -1, -1):
        if toks[i].text in _DASHES and _is_range(toks, i):
            continue  # "у жовтні - листопаді": one span of time, not a clause's dash
        if toks[i].text in _DASHES or toks[i].text in ":;" or _is_clause_quote(toks, i):
            start = i + 1
            break
        but = toks[i].low in BUT_WORDS and i > 0 and toks[i - 1].text == ","
        if but and i + 1 < verb and not any(t.text == "," for t in toks[i + 1 : verb]):
            start = i + 1  # "…, однако в союзе считают …": a second clause, its own subject
            break  # (never "Петров, а не его заместитель, заявил": an aside; "…, но
            # уточняют, что …" shares the first clause's subject)
    left = _without_setting(_without_connective(toks[start:verb]))
    if any(t.low in RELATIVES for t in left if t.kind == "w") and left[0].low in RELATIVES:
        return []
    timed = False
    if any(t.text == "," for t in left):
        pieces = _split_commas(left)
        whole = len(pieces)
        while len(pieces) > 1 and _all_time(pieces[0]):  # "Во вторник, 14 октября,
            pieces = pieces[1:]  # прокуратура сообщила": the time put first, then the subject
        timed = len(pieces) == 1 < whole  # (the subject right before its verb; never a piece
        # with more after it: "Вечером, около девяти часов, ГИБДД …")
        left = pieces[0] if pieces[0] else []
        if _is_opener(pieces) or _gerund_led(pieces):  # "Так, советник губернатора
            return pieces[-1]  # добавил", "Выступая на форуме, министр заявил": after them
        if len(pieces) > 1 and _is_apposed_name(left, pieces[1]):
            left = [t for t in pieces[1] if t.capital]  # "Одна из них, Ольга Жукова, …"
        left = _apposed_body(left, pieces[1:]) or left
    return _nominative_span(_after_fronted_object(left), toks[verb], timed=timed)


def _all_time(piece: list[_Tok]) -> bool:
    """Is every word of ``piece`` a time ("Во вторник", "14 октября", "у 2025 році")?"""
    return bool(piece) and all(_is_time(piece, k) for k in range(len(piece)))


def _nominative_span(left: list[_Tok], verb: _Tok, *, timed: bool = False) -> list[_Tok]:
    """The words before a verb that can be its subject, a phrase in the nominative: without a
    time put before it ("В среду министерство сообщило", "Минулого тижня міська рада
    повідомила", "Утром я обнаружила": the time is no part of a name, the subject follows it,
    and is read as the word that opens a sentence is, "В среду водоканал сообщил" as
    "Водоканал сообщил"; ``timed``: the caller cut a time between commas already), without the
    instrumental complement of a verb of naming put first ("Причиной сбоя директор назвал …":
    what he named it, so the subject is after it; "Главной причиной называют …": nobody), and a
    person's name ending at the surname ("Директор завода Иван Петров поначалу …": an adverb
    after a name is no part of it). Every other span is kept as it is."""
    start, period = 0, False
    while start < len(left) - 1:
        span = _period_words(left, start)
        if span and start + span < len(left):
            start, period = start + span, True  # "минулого тижня", "на прошлой неделе"
        elif _is_time(left, start) and left[start].low not in FRONTING_WORDS:
            start += 1  # ("Среди кандидатов она": "среди" is no "среда")
        else:
            break
    if (
        start
        and left[start - 1].low not in PREPOSITIONS
        and (
            period
            or any(
                _is_date_word(t) or t.low.startswith(WEEKDAY_STEMS) or t.low in ADVERBS
                for t in left[:start]
            )
        )
    ):  # (a time of its own, never a preposition's object alone: "Среди кандидатов она")
        left, timed = left[start:], True
    if timed:
        left = _as_opening(left)
    if verb.low.startswith(NAMING_VERB_STEMS) and left and left[0].kind == "w":
        left = _after_naming_complement(left)
    return _name_ends(left)


def _period_words(left: list[_Tok], k: int) -> int:
    """How many words from ``k`` name a period counted from now, with its preposition or
    not ("минулого тижня", "прошлой осенью", "на прошлой неделе", "наступного місяця"): "last"
    or "next" (``PAST_TIME_STEMS``, ``FORWARD_WORDS``), then a span or a season; 0 if none."""
    at = k + 1 if left[k].low in PREPOSITIONS else k
    if at + 1 >= len(left) or left[at].kind != "w":
        return 0
    word, nxt = left[at].low, left[at + 1].low
    if not (word.startswith(PAST_TIME_STEMS) or word in FORWARD_WORDS):
        return 0
    return at + 2 - k if nxt in PERIOD_NOUNS or nxt in ADVERBS else 0


def _as_opening(left: list[_Tok]) -> list[_Tok]:
    """``left`` with its first word read as the first word of a sentence (``_Tok.opens``: a
    capital for the readers, the text as written for the speaker, so "облрада" after a body
    named before still points back to it): what
    follows a time put first is where the sentence's subject starts, so "В среду водоканал
    сообщил" names the water company as "Водоканал сообщил" does; a common noun outside the
    body lexicon was left with no source. A preposition or a pronoun is kept as written."""
    first = left[0] if left else None
    if first is None or first.kind != "w" or first.capital or first.acronym:
        return left
    if first.low in PREPOSITIONS or first.low in PRONOUNS or first.low in ADVERBS:
        return left
    if "-" in first.low or any(t.low in PREPOSITIONS for t in left[1:]):
        return left  # "кто-то из жителей", "хтось із сусідів", "источник в мэрии": a part of a
        # group or a source placed in a body, which the lower-case readers take as they are
    return [replace(first, opens=True), *left[1:]]


def _opens_clause(toks: list[_Tok], first: _Tok, verb: _Tok) -> bool:
    """Does the subject ``first`` starts open its sentence, or follow only what
    ``_nominative_span`` cuts off before a subject (a time, a fronted complement of naming):
    "Директор пояснив", "В среду директор пояснил", "Причиною цього директор назвав …",
    "Выступая, депутат заявил"?"""
    before = [t for t in toks if t.start < first.start]
    if len(before) > 1 and before[-1].text == "," and _gerund_led([before[:-1], [first]]):
        return True  # "Выступая в суде, депутат заявил": after the participle's phrase
    return not before or [t.start for t in _nominative_span([*before, first], verb)] == [
        first.start
    ]


def _name_ends(left: list[_Tok]) -> list[_Tok]:
    """A person's name ends at the surname: lower-case words after a given name and a
    capitalised word ("Директор завода Иван Петров поначалу …": an adverb) are no part of the
    span; a preposition after the name ("Иван Петров из мэрии") keeps the rest."""
    for k in range(len(left) - 2):
        rest = left[k + 2 :]
        if _given_and_surname(left, k) and all(
            t.kind == "w" and not t.capital and t.low not in PREPOSITIONS for t in rest
        ):
            return left[: k + 2]
    return left


def _naming_complement_only(toks: list[_Tok], verb: int) -> bool:
    """Is everything before the verb of naming at ``verb`` its fronted instrumental
    complement ("Самой вероятной причиной остановки называют …")?"""
    before = toks[:verb]
    return (
        bool(before)
        and toks[verb].low.startswith(NAMING_VERB_STEMS)
        and all(t.kind == "w" for t in before)
        and not _after_naming_complement(before)
        and before[0].low.endswith(_INSTRUMENTAL)
    )


def _after_naming_complement(left: list[_Tok]) -> list[_Tok]:
    """The words after a fronted instrumental complement of "назвать/назвати" ("Причиною
    такого рішення директор", "Самой вероятной причиной остановки"): the instrumental words,
    then the words in the genitive that hang on them; the subject starts at the first
    capitalised name, «» or word not in a genitive's form after them; nothing when the
    complement is all there is (an agentless "… называют")."""
    if left[0].low in PREPOSITIONS or not left[0].low.endswith(_INSTRUMENTAL):
        return left
    k = 0
    while k < len(left) and left[k].kind == "w" and left[k].low.endswith(_INSTRUMENTAL):
        k += 1
    rest = left[k:]
    if rest and rest[0].low in PREPOSITIONS:
        return rest  # "Причиной в банке назвали сбой": the body in the locative (the caller's)
    head = next((m for m, t in enumerate(rest) if t.capital or t.kind == "q"
                 or (m and not _GENITIVE.search(t.low) and t.low not in PREPOSITIONS
                     and rest[m - 1].low not in PREPOSITIONS)),
                None)  # fmt: skip
    return rest[head:] if head is not None else []  # "… такого рішення директор", "…
    # задержки начальник станции", "… сокращений собеседник «Ъ»": the first word after the
    # complement's own genitive words and place ("пожара в цехе") that is neither, or a name
    # (the subject's head, with its own words after it)


def _after_fronted_object(left: list[_Tok]) -> list[_Tok]:
    """The subject after an object put first ("Снижение прибыли компания объясняет …",
    "Зниження виручки компанія пояснює …"): an institution noun in the nominative (-ия/-ія,
    never the genitive -ии/-ії of "Акционеры компании") after lower-case words that hold no
    preposition or adjective of it is the subject; the words before it are what it speaks of."""
    if len(left) < 2 or left[-1].kind != "w" or left[-1].capital:
        return left
    noun = left[-1].low
    if not noun.endswith(("ия", "ія")) or not is_institution_noun(noun):
        return left
    before = left[:-1]
    if any(
        t.kind != "w" or t.low in PREPOSITIONS or (t.capital and k) for k, t in enumerate(before)
    ):
        return left
    if _ADJECTIVE.search(before[-1].low) or _UK_ADJECTIVE.search(before[-1].low):
        return left  # "Управляющая компания объясняет": its own adjective
    return left[-1:]


def _is_range(toks: list[_Tok], dash: int) -> bool:
    """Is the dash at ``dash`` a range between two months or two figures ("у жовтні -
    листопаді", "в 2025 - 2026 годах")?"""
    if dash == 0 or dash + 1 >= len(toks):
        return False
    left, right = toks[dash - 1].low, toks[dash + 1].low
    months = month_number(left) is not None and month_number(right) is not None
    return months or (left[:1].isdigit() and right[:1].isdigit())


def _apposed_body(head: list[_Tok], asides: list[list[_Tok]]) -> list[_Tok] | None:
    """A body's name in apposition to a subject that names no one ("Поставщик круп, компания
    «Нива», заявил", "Один з орендарів, чий склад згорів, ТОВ «Явір», заявив"): the role
    only says what the body is to the story; the quoted name says who speaks. A relative
    clause between them is skipped; a name in the head keeps the head."""
    if not head or any(t.kind != "w" or t.acronym or t.capital for t in head[1:]):
        return None
    if head[0].kind != "w" or head[0].acronym:
        return None
    for aside in asides:
        if not aside:
            continue
        first = aside[1] if aside[0].low in PREPOSITIONS and len(aside) > 1 else aside[0]
        if RELATIVE_FORMS.match(first.low):
            continue  # "…, чию продукцію перевіряли, …": about the head, not a name
        if first.low in ASIDE_ADJECTIVES:
            return None  # "Источник, близкий к «Ромашке», сообщил": whom the source is close
            # to, never the one who speaks
        last = len(aside) - 1
        named = aside[last].kind == "q" and last <= 2 and not _is_clause_quote(aside, last)
        kinds = all(t.kind == "w" and (t.acronym or not t.capital) for t in aside[:-1])
        return [aside[-1]] if named and kinds else None
    return None


def _without_setting(left: list[_Tok]) -> list[_Tok]:
    """A subject without the setting or channel between it and its verb ("Олена Никифорук в
    коментарі Укрінформу розповіла", "X журналистам сообщил"): where or to whom, not who."""
    for k in range(1, len(left)):
        setting = (
            left[k].low in ("в", "во", "у")
            and k + 1 < len(left)
            and left[k + 1].low in SETTING_NOUNS
        )
        if setting or left[k].low in CHANNEL_NOUNS:
            return left[:k]
    return left


def _site_institution(where: list[_Tok]) -> bool:
    """ "На заводе", "На Кировском заводе", "На Северном молочном комбинате": a body's noun
    after "на", behind its adjectives (a place alone, "На Львівщині", names no one)."""
    k = 0
    while k < len(where) - 1 and k < 3 and where[k].kind == "w" and _is_adjective(where[k].low):
        k += 1
    return k < len(where) and is_institution_noun(where[k].low)


_VERBAL_NOUN = re.compile(r"..(?:ние|тие)$")
"""A Russian verbal noun in the nominative or accusative ("снижение", "получение"): never a
genitive of a body's name (that is "-ния"), so the object put before the verb."""


_OURS = frozenset("нашему нашей нашому нашій".split())
"""The outlet's own "нашему изданию", "нашій редакції": the paper told, not the body's."""


def _name_words(where: list[_Tok]) -> list[_Tok]:
    """A body named after "в/у/на" without the words between it and the verb that are no part
    of its name: an adverb or "при этом" ("В Минсельхозе при этом заявили"), the outlet told
    by its noun ("… нашему изданию пояснили"), an object put first ("В Национальном союзе …
    снижение объясняют", "В Роскомнадзоре получение обращения подтвердили")."""
    for k in range(1, len(where)):
        tok = where[k]
        nxt = where[k + 1].low if k + 1 < len(where) else ""
        if tok.kind != "w" or tok.capital or tok.acronym:
            continue
        cut = (
            tok.low in ADVERBS
            or (tok.low == "при" and nxt in ("этом", "цьому"))
            or tok.low in CHANNEL_NOUNS
            or _VERBAL_NOUN.search(tok.low) is not None
        )
        if cut:
            ours = k > 1 and where[k - 1].low in _OURS and tok.low in CHANNEL_NOUNS
            return where[: k - 1] if ours else where[:k]
    return where[:-1] if len(where) > 1 and where[-1].low in _OURS else where


def _without_outlet(where: list[_Tok]) -> list[_Tok]:
    """ "В Минфине «Ъ» заявили", "У Мінагро агентству «Вісті» повідомили",
    "В Минпромторге ТАСС сообщили": the institution without the outlet told after it (a
    quoted name after a common noun, "в пресс-службе «Корзинки»", is the owner and stays).
    Whom it was told to, last before the verb ("У водоканалі редакції пообіцяли", "В
    інспекції мені казали"), is no part of the body either."""
    while len(where) > 1 and where[-1].low in (*DATIVE_PRONOUNS, *NEWSROOM_DATIVES):
        where = where[:-1]
    for k in range(1, len(where)):
        tok, before = where[k], where[k - 1]
        told = before.low in CHANNEL_NOUNS
        after_name = before.capital and not before.acronym and not _place_adjective(before)
        after_name = after_name and not (tok.acronym and _owned_head(before))
        if (tok.kind == "q" or tok.acronym) and (told or after_name):
            return where[: k - 1] if told else where[:k]
        if k == len(where) - 1 and _after_whole_name(where[:k], tok):
            return where[:k]
        outlet = tok.acronym or tok.kind == "q"
        if k == len(where) - 1 and outlet and _adjective_initials_at(where, k - 1):
            return where[:k]  # "У Вінницькій ОВА ЕП повідомили": the outlet after the body
    return where


def _owned_head(tok: _Tok) -> bool:
    """A body's own head noun, capitalised and in the genitive, that the initials after it
    complete ("У пресгрупі Управління СБУ", "в пресс-службе Управления ФСБ", "Департаменту
    ЖКГ"): the body's name goes on, no outlet told after it (it was 'Управління'). A noun in
    the locative ("В Министерстве ТАСС сообщили": «-е», «-і», «-ии») and a compound name
    ("В Минпромторге ТАСС …") end the body there, as before."""
    low = tok.low
    if not low.startswith(CYRILLIC_BODY_STEMS) or is_compound_name(tok.text):
        return False
    return not low.endswith(("е", "і", "ии"))


_PLACE_ADJECTIVE = re.compile(r"..(?:ськ|цьк|зьк|ск|цк)(?:ій|ої|ою|ом|ой|ого|ому|ім|ая|а)$")
"""A place's adjective in any case ("Одеській", "Житомирської", "Уральском", "Курской")."""


def _place_adjective(tok: _Tok) -> bool:
    """A capitalised place's adjective: the first word of a body's name ("В Одеській ОВА"),
    never a whole name an outlet's initials could follow."""
    return tok.capital and not tok.acronym and bool(_PLACE_ADJECTIVE.search(tok.low))


def _adjective_initials_at(where: list[_Tok], k: int) -> bool:
    """Initials at ``k`` right after a place's adjective ("Вінницькій ОВА")."""
    return k >= 1 and where[k].acronym and _place_adjective(where[k - 1])


_OWNER_GENITIVE = re.compile(r"[аяиы]$")
"""A one-word quoted name's genitive ending («Корзинки», «Магнита»): an owner after its noun."""


def _after_whole_name(name: list[_Tok], tok: _Tok) -> bool:
    """A quoted name right before the verb after a body already named by its capitalised
    words and its own noun ("В правительстве Иркутской области «Ъ» сообщили", "У Київській
    обласній раді «Інтерфакс-Україна» повідомили"): the outlet told, not a second name of
    the body. The body's name is a capitalised adjective, lower-case adjectives and one noun;
    a name after a second noun is that noun's ("в отделении партии «Новые люди»"), after a
    common noun alone its apposition ("сети «Корзинка»"), and a one-word name in the
    genitive its owner ("в Московском отделении «Яблока»")."""
    if tok.kind != "q" or len(name) < 2:
        return False
    words = _unquote(tok.text).split()
    if len(words) == 1 and "-" not in words[0] and _OWNER_GENITIVE.search(words[0].lower()):
        return False
    last = max((i for i, t in enumerate(name) if t.capital), default=None)
    if last is None or last == len(name) - 1 or not _is_adjective(name[last].low):
        return False
    tail = name[last + 1 :]
    return all(t.kind == "w" and not t.acronym for t in tail) and all(
        _is_adjective(t.low) for t in tail[:-1]
    )


def told_outlet(body: str, speaker: str) -> tuple[str, str] | None:
    """ "В ФАС РИА Новости пояснили", "У … асоціації педіатрів Укрінформу повідомили": a body's
    name read with the outlet told at its end; the body without it and the outlet, when the
    article shows those words to be an outlet elsewhere (``article_outlets``). The same words
    as a body's owner ("в ГУ МЧС России") are no outlet the article shows; None then."""
    words = speaker.split()
    outlets = article_outlets(body)
    for n in (2, 1):
        if len(words) > n and any(_same_outlet(words[-n:], o) for o in outlets):
            return " ".join(words[:-n]), " ".join(words[-n:])
    return None


@lru_cache(maxsize=16)
def article_outlets(body: str) -> frozenset[str]:
    """The outlets an article shows as outlets: its dateline's («ОМСК, 3 дек — РИА
    Новости.», «КИЇВ, 3 грудня. /Укрінформ/.») and any name a reporting verb is told through
    («сообщила РИА Новости пресс-служба …», «рассказали РБК, что …», «заявила «Ъ», что»)."""
    found = set()
    for start in paragraph_starts(body)[:6]:
        dateline = dateline_at(body, start)
        if dateline is not None and dateline.outlet:
            found.add(dateline.outlet)
    toks = tokens(body, _names_masked(body))
    for i, tok in enumerate(toks[:-3]):
        if tok.kind != "w" or not tok.low.startswith(TOLD_STEMS) or verb_form(tok.text) is None:
            continue
        told, after = toks[i + 1], toks[i + 2]
        if _two_word_outlet_told(toks, i + 1):
            found.add(f"{told.text} {after.text}")
        elif _outlet_told(toks, i + 1) or (
            (told.kind == "q" or told.acronym)
            and after.text == ","
            and toks[i + 3].low in THAT_WORDS
        ):
            found.add(_unquote(told.text))
    return frozenset(found)


def _same_outlet(words: list[str], outlet: str) -> bool:
    """Words that name ``outlet``, its last word in any case ("Укрінформу" for "Укрінформ")."""
    named = outlet.split()
    if len(named) != len(words) or [w.lower() for w in words[:-1]] != [
        w.lower() for w in named[:-1]
    ]:
        return False
    last, own = words[-1].lower(), named[-1].lower()
    return last == own or (last[: len(own)] == own and len(last) - len(own) <= 2 and own.isalpha())


def _is_opener(pieces: list[list[_Tok]]) -> bool:
    """One-word openers set off by commas before the subject ("Так, советник добавил", "Так,
    например, источник рассказал", "Впрочем, Петров заявил"): the last comma closes no aside
    (the words after it run up to the verb, where an apposition is closed by a second comma:
    "Петров, министр, заявил"), and each word names no one, so they are discourse words,
    never the speaker."""
    if len(pieces) < 2 or not pieces[-1]:
        return False
    return all(
        len(piece) == 1
        and piece[0].kind == "w"
        and not piece[0].acronym
        and not _SURNAME.search(piece[0].low)  # ("Петров, министр финансов заявил")
        for piece in pieces[:-1]
    )


_GERUND = re.compile(r"(?:[уюа]я|[уюая]чи|[аяую]ясь|[уюая]чись|вшись|вши)$")
"""Adverbial participle endings ("Комментируя", "Виступаючи", "Ссылаясь", "Ознакомившись");
"-ая"/"-яя", "-ав"/"-ив" and "-я" after a consonant ("Выступая", "Выступив", "Говоря") only
with a preposition after them, as an adjective ("Новая") or a surname ("Лавров") is not."""
_GERUND_BEFORE_PREPOSITION = re.compile(r"(?:[аяи]в|[бвгджзклмнпрстфхцчшщ]я)$")


def _gerund_led(pieces: list[list[_Tok]]) -> bool:
    """Does an adverbial participle's phrase open the sentence ("Выступая перед депутатами,
    Ерёменко пообещал", "Виступаючи на брифінгу, Коваленко наголосив")? Its subject is the
    one after the comma, never the participle."""
    if len(pieces) < 2 or not pieces[-1] or not pieces[0]:
        return False
    first = pieces[0][0]
    if first.kind != "w" or not first.capital or len(first.low) < 6:
        return False
    if len(pieces[0]) == 1:  # "Выступая, депутат заявил": the participle alone
        return _lone_gerund(first, pieces[-1])
    after = pieces[0][1]
    if _GERUND.search(first.low) and not first.low.endswith(("ая", "яя")):
        return True
    preposition = after.low in PREPOSITIONS
    return preposition and (
        first.low.endswith(("ая", "яя")) or _GERUND_BEFORE_PREPOSITION.search(first.low) is not None
    )


def _lone_gerund(first: _Tok, subject: list[_Tok]) -> bool:
    """A participle alone before the subject's comma ("Выступая, депутат заявил", "Отвечая,
    министр добавил", "Виступаючи, депутат заявив"): its ending, and for "-ая"/"-яя" (a
    feminine adjective's or surname's too: "Новая", "Толстая") a subject after it that opens
    on a noun and lists no one ("Толстая, актриса театра, заявила" closes its aside with a
    second comma; "Толстая, Петров и Иванов заявили" is a list)."""
    if not _GERUND.search(first.low) or _SURNAME_ONLY.search(first.low):
        return False
    if not first.low.endswith(("ая", "яя")):
        return True
    if any(t.low in ("и", "і", "й", "та") for t in subject):
        return False  # ("Толстая, Петров и Иванов заявили": a list of names)
    head = subject[0]
    return head.kind == "w" and not _ADJECTIVE.search(head.low)


_SURNAME_ONLY = re.compile(r"(?:ская|цкая|ова|ева|ёва|ина|ына)$")
"""Endings of a feminine surname that no participle has ("Заславская", "Петрова")."""


def _is_apposed_name(head: list[_Tok], aside: list[_Tok]) -> bool:
    """The aside after a subject that names no one is only a name ("Одна из них, Анна
    Ковалёва,", "Жителька будинку, Ганна Бойко,"): the name is who the subject is."""
    while len(aside) > 2 and not aside[0].capital and aside[0].kind == "w":
        aside = aside[1:]  # "Голова клубу, лікар Олег Мазур,": the role, then the name
    if not head or not 2 <= len(aside) <= 3 or not all(t.capital for t in aside):
        return False
    if _person(head, last=True) is not None:
        return False
    return _person(aside, last=True) is not None


_CONNECTIVE_PARTS = tuple(phrase.split() for phrase in CONNECTIVES)
_CONNECTIVE_FIRST = frozenset(parts[0] for parts in _CONNECTIVE_PARTS)


def _without_connective(left: list[_Tok]) -> list[_Tok]:
    """A clause without the connective it opens with ("Водночас у Міноборони запевнили",
    "При этом в Кремле заявили", "Тем временем источник …"): never part of the subject."""
    if not left or left[0].low not in _CONNECTIVE_FIRST:
        return left
    for parts in _CONNECTIVE_PARTS:
        if [t.low for t in left[: len(parts)]] == parts and len(left) > len(parts):
            rest = left[len(parts) :]
            return rest[1:] if rest[0].text == "," and len(rest) > 1 else rest
    return left


def _ends_sentence(toks: list[_Tok], i: int) -> bool:
    return i >= len(toks) or toks[i].text in ".!?;"


def _is_clause_quote(toks: list[_Tok], i: int) -> bool:
    """A quotation that is a statement of its own (long, or followed by ", —"), not a name."""
    if toks[i].kind != "q":
        return False
    follows = [t.text for t in toks[i + 1 : i + 3]]
    dash = bool(follows) and (
        follows[0] in _DASHES or (follows[0] == "," and len(follows) > 1 and follows[1] in _DASHES)
    )
    return len(toks[i].text.split()) > 5 or dash


def _split_commas(toks: list[_Tok]) -> list[list[_Tok]]:
    pieces: list[list[_Tok]] = [[]]
    for tok in toks:
        if tok.text == ",":
            pieces.append([])
        else:
            pieces[-1].append(tok)
    return pieces


def _told(toks: list[_Tok], verb: int) -> str | None:
    """The outlet a verb's words went to: "сообщил «Ведомостям»", "рассказал изданию"."""
    rest = toks[verb + 1 : verb + 4]
    if rest and (rest[0].acronym or rest[0].capital) and _complement_follows(toks, verb + 1):
        return _text(_phrase(toks, verb + 1))  # "сообщил РБК, что …", "повідомило Reuters, що"
    for i, tok in enumerate(rest):
        if tok.kind == "q":
            return _unquote(tok.text) if i == 0 or rest[i - 1].low in CHANNEL_NOUNS else None
        if tok.low in CHANNEL_NOUNS:
            after = rest[i + 1] if i + 1 < len(rest) else None
            return _unquote(after.text) if after and after.kind == "q" else tok.text
        if tok.kind != "w" or tok.low not in ("нашему", "нашей", "нашим", "нашому", "нашій"):
            return None
    return None


# --- who a phrase names ---------------------------------------------------------------------
def _classify(
    who: list[_Tok],
    *,
    after_verb: bool,
    gender: str,
    genitive: bool = False,
    institution: bool = False,
) -> Source | None:
    """Whom a phrase names: an unnamed source, a pronoun, a person, an institution, a group."""
    if not who:
        return None
    if who[0].low in PLACE_ADVERBS and all(t.low in ADVERBS or t.low == "же" for t in who[1:]):
        return Source(None, "pronoun", cue=who[0].low, offset=who[0].start, gender="n")
    if len(who) > 1 and who[0].low in LEADERSHIP_NOUNS:  # "Руководство фабрики": the factory
        rest = who[1 : _phrase_end(who, 1)]
        plural = rest and rest[0].low.endswith(GENITIVE_PLURAL)  # "Руководство заводов": many
        if (
            len(rest) == 1
            and rest[0].kind == "w"
            and is_institution_noun(rest[0].low)
            and not plural
        ):
            return Source(rest[0].text, "pronoun", cue=rest[0].low, offset=rest[0].start,
                          gender="n")  # fmt: skip
        body = _classify(who[1:], after_verb=after_verb, gender="", genitive=True,
                         institution=institution)  # fmt: skip
        if body is not None:
            return body
    anonymous = _unnamed(who) or _one_member(who)
    if anonymous is not None:
        return anonymous
    if _possessed_role(who):  # "его представитель", "її речниця": an unnamed spokesperson
        return Source(_text(who[:2]), "anonymous", offset=who[0].start)
    several = _several_unnamed(who)  # "три топ-менеджера строительных компаний"
    if several is not None:
        return several
    anaphor = _org_anaphor(who)
    if anaphor is not None:
        return anaphor
    if gender == "pl" and not institution:
        spokespeople = _spokespeople(who)  # "Представители парка заявили": a body's, unnamed
        if spokespeople is not None:
            return spokespeople
        group = _group(who, gender)  # "Участники рынка отмечают", "Експерти зауважують"
        if group is not None:
            return group
    side = next((k for k, t in enumerate(who[:3]) if t.kind == "w" and _side_noun(t.low)), None)
    if side is not None and not _a_side_speaks(who, side):
        side = None  # "Лидер оппозиции Иван Петров": a person of the side, named
    if side is not None and not institution:  # "оппозиция заявила": a side, no one body
        return Source(_text(who[side : _phrase_end(who, side, 4)]), "vague",
                      offset=who[side].start)  # fmt: skip
    if institution and _side_alone(who):  # "В оппозиции считают", "…, вважають в опозиції":
        stem = next(s for s in SIDE_STEMS if who[-1].low.startswith(s))  # the same side,
        return Source(stem + "я", "vague", offset=who[-1].start)  # in the nominative
    first = who[0]
    if first.low in PRONOUNS and not institution:
        return Source(None, "pronoun", offset=first.start, gender=PRONOUNS[first.low])
    kind = _person_kind(who, gender)
    if kind is not None and not institution:
        return kind
    if not institution:
        role = _unnamed_role(who)
        if role is not None:
            return role
    relation = None if institution or gender in ("pl", "n") else _relation(who)
    if relation is not None:
        return relation
    if not institution and gender not in ("pl", "n"):  # "Минобороны сообщило": no person
        person = _person(who, last=not after_verb)
        if person is not None and " " not in person[0] and _institution_first(who):
            person = None  # "Федерація вітрильного спорту України": no person in it
        owned = who[0].kind == "w" and not who[0].capital and who[0].low.startswith(ORG_STEMS)
        if person is not None and " " not in person[0] and owned:
            person = None  # "управление Роспотребнадзора по …": the owner, not a surname
        if person is not None:
            name = _genitive_person(person[0]) if genitive else person[0]
            return Source(name, "person", offset=person[1], gender=gender or None)
    if not institution and gender not in ("pl", "n"):
        office = _office(who, genitive)
        if office is not None:
            return office
    if institution and len(who) > 1 and _is_site(who[0].low):
        who = who[1:]  # "повідомили в Telegram-каналі поліції": the owner of the channel
    if institution:
        quoted = next((t for t in who if t.kind == "q"), None)
        name = _unquote(quoted.text) if quoted else _text(who[: _name_end(who, 0)])
        return Source(name, "organisation", offset=who[0].start)
    counted = _counted_group(who)
    if counted is not None:
        return counted
    organisation = _organisation(who)
    if organisation is not None:
        return organisation
    return _group(who, gender)


def _person_kind(who: list[_Tok], gender: str) -> Source | None:
    """ "Жінка зазначила", "— додав чоловік", "Тот отказался": a noun of a person's sex or
    standing, or a demonstrative, alone as the subject (``PERSON_KIND_NOUNS``,
    ``DEMONSTRATIVE_SUBJECTS``) is the person just named, resolved like "она"; the capital it
    opens a sentence with made it a name, or a body. A name after it ("Жінка Олена Гай"), an
    owner ("власник кафе") or a plural verb leave it to the other readers."""
    words = [t for t in who if t.kind == "w" and t.low not in ADVERBS]
    if gender in ("pl", "n") or not words:
        return None
    if len(words) != 1 or len(who) > 2:
        return _public_person(who, gender)
    low = words[0].low
    own = person_kind(low)
    if own is None and gender and DEMONSTRATIVE_SUBJECTS.get(low) == gender:
        own = gender  # ("та" is also Ukrainian's "and": only with a verb of its gender)
    if own is None or (gender and gender != own):
        return None
    cue = low if own and low not in DEMONSTRATIVE_SUBJECTS else ""
    return Source(None, "pronoun", cue=cue, offset=words[0].start, gender=own)


def _modifier(tok: _Tok) -> bool:
    """A lower-case adjective before a noun of a person, in either language ("местная",
    "місцева", "постійна", "пожилой", "літній")."""
    return (
        tok.kind == "w" and not tok.capital and not tok.acronym
        and (_ADJECTIVE.search(tok.low) is not None or tok.low.endswith(_UK_MODIFIER_ENDINGS))
    )  # fmt: skip


_UK_MODIFIER_ENDINGS = ("на", "ва", "ня", "ий", "ій")


def _public_person(who: list[_Tok], gender: str) -> Source | None:
    """ "Местная жительница рассказала", "постійна читачка", "Жительница дома № 5 говорит",
    "сумчанка": a noun of a member of the public (``person_kind``) with adjectives before it
    and, unless it is an owner's, a complement of lower-case words after it (where she lives),
    (a place after a preposition in it: "мешканка будинку на вулиці Шевченка"). With an
    adjective (the sentence's opening capital too: "Местная") or a complement it is someone
    new, an unnamed source (never the woman named before, nor a body "Местная жительница");
    the noun alone is read like "she". A name, a quotation or a capital after it leave it to
    the other readers ("Жінка Олена Гай", "жительница дома Анна Петрова")."""
    head = next((k for k, t in enumerate(who[:3]) if t.kind == "w" and person_kind(t.low)), None)
    if head is None or who[head].low in OWNER_KIND_NOUNS:
        return None
    before, after = who[:head], who[head + 1 :]
    if not all(_modifier(t) or (k == 0 and _opening_modifier(t)) for k, t in enumerate(before)):
        return None
    if len(after) > 1 and after[-1].capital and after[-2].capital:
        return None  # ("мешканка будинку на вулиці Шевченка Ганна Бойко": named)
    if after and after[0].low in FROM_WHERE and _lower_phrase(after[1:]):
        after = []  # ("мужчина с третьего этажа", "пенсіонерка з сусіднього будинку")
    at = next((k for k, t in enumerate(after) if k and t.low in PREPOSITIONS), len(after))
    after = after[:at]  # ("мешканка будинку на вулиці Шевченка": where the house is)
    if len(after) == 2 and after[1].capital and _settlement_abbreviation(after[0]):
        after = []  # ("жительница с. Сосновка", "мешканка смт Липове": the place, not she)
    if len(after) == 2 and after[0].low.startswith(SETTLEMENT_STEMS) and after[1].capital:
        after = after[:1]  # ("жительница села Шумилинка": the village is named, not she)
    if len(after) > 4 or any(t.capital or t.kind == "q" or t.acronym for t in after):
        return None
    if after and not (after[0].kind == "w" and _GENITIVE.search(after[0].low)):
        return None  # ("жінка, яка …", "мужчина с собакой": not where she is from)
    own = person_kind(who[head].low)
    if own is None or (gender and gender != own):
        return None
    if before or after:  # "Местная жительница рассказала", "мешканка будинку": someone new
        return Source(None, "anonymous", cue=who[head].low, offset=who[0].start, gender=own)
    return Source(None, "pronoun", cue=who[head].low, offset=who[0].start, gender=own)


def _opening_modifier(tok: _Tok) -> bool:
    """An adjective with the capital a sentence opens with ("Местная жительница", "Літній
    чоловік"), never a given name, an acronym or a share of a group ("Каждый пятый житель")."""
    if tok.kind != "w" or tok.acronym or not tok.capital or known_given(tok.text):
        return False
    if tok.low in ONE_OF_WORDS:
        return False
    return _modifier(replace(tok, text=tok.low))


def _settlement_abbreviation(tok: _Tok) -> bool:
    """«с.», «г.», «смт»: a settlement's noun abbreviated, with or without its full stop."""
    return tok.kind == "w" and tok.low.rstrip(".") in SETTLEMENT_ABBREVIATIONS


def _lower_phrase(words: list[_Tok]) -> bool:
    """One to three lower-case words, no name, mark or quotation: "третьего этажа"."""
    return 0 < len(words) <= 3 and all(
        t.kind == "w" and not t.capital and not t.acronym for t in words
    )


def _relation(who: list[_Tok]) -> Source | None:
    """ "Мать девочки", "батька загиблого": a relation (``KIN_NOUNS``) with its owner after
    it in lower case heads one person, named by the relation as the text words it, in the
    nominative (README: "a relation as speaker → the relation"); read as a capitalised name
    continued by lower-case words, it was a body. A name after it ("Мать Ивана Орлова",
    "мати загиблого Олена Гук") is left to the name readers."""
    if len(who) < 2 or who[0].kind != "w" or who[0].acronym or who[0].low not in KIN_NOUNS:
        return None
    if any(t.capital or t.acronym for t in who[1:]):
        return None  # ("Мать одного из учеников Ирина Орлова": her name, further on)
    rest = who[1 : _phrase_end(who, 1, 3)]
    if not rest or any(t.kind != "w" for t in rest):
        return None
    if rest[0].low in PREPOSITIONS or rest[0].low in KIN_NOUNS:
        return None  # ("мать с ребёнком"; "брат отца": the owner's own relation, left alone)
    return Source(" ".join([KIN_NOUNS[who[0].low], *(t.text for t in rest)]), "person",
                  offset=who[0].start)  # fmt: skip


def _a_count(tok: _Tok) -> bool:
    """Is ``tok`` a number of people in any case ("двое", "двух", "кількох", "12")?"""
    return tok.low in QUANTIFIERS or tok.low in COUNTS_OBLIQUE or tok.text.isdigit()


def _counted_group(who: list[_Tok]) -> Source | None:
    """ "Двоє інженерів", "Трое жителей села", "12 фермеров": a number of people of a kind,
    never named, is a group (README convention 23), not a body named by its capitalised
    first word; a count of bodies ("Три компании") is no person, so left to the rest."""
    if len(who) < 2 or who[0].kind != "w" or who[0].low in ONE_MEMBER_WORDS:
        return None
    if not _a_count(who[0]):
        return None
    head = who[1]
    if head.kind != "w" or head.capital or head.acronym or head.low in PREPOSITIONS:
        return None
    if head.low.startswith(ORG_STEMS) or is_institution_noun(head.low):
        return None
    return Source(_text(who[: _phrase_end(who, 0, 4)]), "vague", offset=who[0].start, gender="pl")


def _one_member(who: list[_Tok]) -> Source | None:
    """ "трейдер одной из экспортных компаний" (a member of some body of a kind: no
    affiliation), "ещё один пилот авиакомпании" (one unnamed member of a body: affiliated to
    it): a person by role and no name is an unnamed source, never the body as speaker."""
    words = [t for t in who if t.low not in ADVERBS]
    if len(words) >= 3 and words[0].low in ONE_MEMBER_WORDS and words[1].low in ("из", "з", "із"):
        if words[2].kind != "w" or words[2].capital or words[2].low in ("них", "их", "їх"):
            return None  # "Один из них": the unnamed source before, for the engine
        if _person(words[3:6], last=False) is not None:
            return None  # "Одна из жительниц дома Анна Орлова": a name after all
        rest = words[3 : _phrase_end(words, 3)] if len(words) > 3 else []
        return Source(
            _text(words[:3]), "anonymous", affiliation=_text(rest) or None, offset=words[0].start
        )  # fmt: skip  ("Один из водителей автобазы")
    if len(words) >= 3 and words[0].low in ONE_MEMBER_WORDS:
        if words[1].kind != "w" or words[1].capital or words[1].low in PREPOSITIONS:
            return None
        if _person(words[2:5], last=False) is not None or _is_office(words[1]):
            return None  # "один тренер Иван Шилов": a name after all; an office: a holder
        rest = words[2 : _phrase_end(words, 2)]
        return Source(_text(words[: 2 + len(rest)]), "anonymous",
                      affiliation=_text(rest) or None, offset=words[0].start)  # fmt: skip
    for i in range(1, min(3, len(words) - 1)):
        if words[i].low not in ONE_OF_OBLIQUE or words[i + 1].low not in ("из", "з", "із"):
            continue
        head = words[:i]
        if any(t.capital or t.acronym or t.kind == "q" for t in words[i + 2 :]):
            return None  # "Адвокат одного из осужденных Ольга Зуева": named after all
        if all(t.kind == "w" and not t.acronym and (k == 0 or not t.capital)
               for k, t in enumerate(head)):  # fmt: skip
            return Source(_text(head), "anonymous", offset=words[0].start)
    return None


def _org_anaphor(who: list[_Tok]) -> Source | None:
    """ "Организация призвала", "В ведомстве уточнили", "в сообщении регулятора": a common
    noun alone that stands for an institution named before, kind ``pronoun`` (neuter) for
    the sentence or the engine to resolve (``speaker`` is the noun as written, the engine's
    fallback); a name after it ("банк «Зенит»") is a name."""
    words = [t for t in who if t.kind != "p" and t.low not in ADVERBS]
    while words and words[0].low in EMPHATIC_FORMS:  # "В самом банке"
        words = words[1:]
    if not words or words[0].kind != "w" or words[0].acronym:
        return None
    head = words[0].low
    stem = _anaphor_stem(head)
    if stem is None or len(head) > len(stem) + 3:
        return None
    if stem[-1] not in _VOWELS and head[len(stem) :] in ("и", "ы", "ов", "ів", "ам", "ами"):
        return None  # "Перевізники попереджають", "банки": many of a kind, a group
    if len(words) > 1 and (words[1].kind == "q" or words[1].capital or words[1].acronym):
        return None  # "банк «Северный кредит»", "Компания Dronlab": named
    if len(words) > 1 and words[1].kind == "w" and _ADJECTIVE.search(words[1].low):
        return None  # "министерства культуры …" is a phrase of its own, not a pointer
    if len(words) > 1 and words[1].kind == "w" and words[1].low not in PREPOSITIONS:
        return None  # "компании «Север»" named, "компании на запрос …" alone
    return Source(words[0].text, "pronoun", cue=head, offset=words[0].start, gender="n")


def _is_office(tok: _Tok) -> bool:
    low = tok.low
    if low in ("мер", "мера", "мэр", "мэра"):
        return True
    return tok.kind == "w" and len(low) > 4 and low.startswith(OFFICE_STEMS)


def _ranked_office(who: list[_Tok]) -> bool:
    """ "Главный врач", "Головний лікар", "Генеральный директор": a rank adjective before a
    trade or an office noun is one office, as the noun alone is for "министр" (a trade alone,
    "врач", is any of many); "Міський голова", "Городской голова", "Районный прокурор": any
    adjective but a grade's (``GRADE_ADJECTIVE_STEMS``) before an office noun is one office
    too."""
    if len(who) < 2 or who[0].kind != "w" or who[1].kind != "w" or who[1].capital:
        return False
    if _ADJECTIVE.search(who[0].low) is None and _UK_ADJECTIVE.search(who[0].low) is None:
        return False
    if who[0].low.startswith(RANK_ADJECTIVE_STEMS):
        return who[1].low.startswith(RANKED_POST_STEMS) or _is_office(who[1])
    return _is_office(who[1]) and not who[0].low.startswith(GRADE_ADJECTIVE_STEMS)
    # "Міський голова", "Районный прокурор": a place's or body's adjective before an office
    # noun makes one post (ruuk34; read as a capitalised name it was a body); a grade many
    # hold ("Старший тренер") makes none


def _office(who: list[_Tok], genitive: bool) -> Source | None:
    """ "Министр обороны заявил", "по словам губернатора области": an office named alone (no
    person after it), kind "role" for the engine to give to its holder if the article named
    one; the head noun back in the nominative after "по словам"."""
    ranked = bool(who) and not _is_office(who[0]) and _ranked_office(who)
    if not who or not (_is_office(who[0]) or ranked):
        return None
    end = _phrase_end(who, 0, 5 if ranked else 4)  # the rank adjective takes one word more
    words = who[:end]
    told = next((k for k, t in enumerate(words) if t.low in CHANNEL_NOUNS), None)
    words = words[:told] if told else words  # "— сказал губернатор области журналистам"
    if len(words) < 2:
        return None  # "— сказал мэр": a bare role, the person just quoted (``_role``)
    if any(t.kind != "w" for t in words) or any(
        t.capital for t in words[1:] if not _ADJECTIVE.search(t.low) and not _org_word(t.low)
    ):
        return None  # a name or a quotation follows: not the office alone ("глава Минфина" is)
    head = _office_nominative(words[0].text) if genitive else words[0].text
    if not ranked:
        head = head.lower()  # an office noun ("министр"); a rank adjective keeps its case
    phrase = " ".join([head, *(t.text for t in words[1:])])
    return Source(phrase, "role", offset=words[0].start)


def _office_nominative(word: str) -> str:
    """An office noun in the genitive back in the nominative: "губернатора" -> "губернатор",
    "председателя" -> "председатель", "главы"/"голови" -> "глава"/"голова"."""
    low = word.lower()
    if low.endswith(("ы", "и")) and low[:-1].endswith(("глав", "голов")):
        return word[:-1] + "а"
    if low.endswith("его") and len(low) > 6:  # "командующего" -> "командующий"
        return word[:-3] + "ий"
    if low.endswith("ля") and len(low) > 5:
        return word[:-1] + ("ь" if not re.search(r"[іїєґ]", low) else "")
    if low.endswith("а") and low[-2] not in _VOWELS:
        return word[:-1]
    return word


def is_post(office: str) -> bool:
    """Is ``office`` a post of its own ("губернатор", "министр обороны"), not a general word
    for whoever spoke ("эксперт", "чиновник") nor one for any head or member of a body ("глава
    региона", "парламентарий": ``GENERAL_POSTS``)?"""
    words = office.split()
    if not words or words[0].lower().startswith(GENERAL_POSTS):
        return False
    return _is_office(_Tok(words[0], 0, len(words[0]), "w"))


def post_written_before(before: str, office: str) -> bool:
    """Has ``before`` used the post of ``office`` (its head noun, or a synonym of it) at all?
    A post noun with no name ("По словам губернатора") stands for the person just quoted only
    when the article has called someone by that post: "министр" is never the governor."""
    head = office.split()[0].lower()
    stems = [head[: max(4, len(head) - 2)], *_office_synonyms(head)]
    words = (tok.low for tok in _prefix_tokens(before) if tok.kind == "w")
    return any(word.startswith(stem) for word in words for stem in stems)


def office_holder(before: str, office: str) -> str | None:
    """The person ``before`` introduced in this office ("Министр обороны Андрей Белоусов …"
    for a later "министр обороны заявил"), the latest, in the nominative, or None."""
    return next(_office_holders(before, office), None)


def office_holder_after(body: str, office: str, offset: int) -> str | None:
    """The first person the article introduces in this office at or after ``offset`` ("Радник
    мера заявив …" before "радник мера Олег Сич"), or None: the whole article is read once
    per office, not once per claim (an article with many such claims stays linear)."""
    return next((name for start, name in _holders_in(body, office) if start >= offset), None)


@lru_cache(maxsize=32)
def _holders_in(body: str, office: str) -> tuple[tuple[int, str], ...]:
    """Every person ``body`` introduces in this office, with where, the earliest first."""
    toks = tokens(body, _names_masked(body))
    return tuple(reversed(list(_holders_at(toks, office, body))))


def main_office_holder(before: str, office: str) -> str | None:
    """Of the people ``before`` introduced in this office, the one it speaks of most ("директор
    … Гнатюк залишив посаду …, виконувачем обов'язків директора призначено
    Івана Лося": an epithet later is the coach the story is about), the latest on a tie."""
    holders = list(dict.fromkeys(_office_holders(before, office)))
    if not holders:
        return None
    low = before.lower()

    def mentions(name: str) -> int:
        surname = name.split()[-1].lower()
        return low.count(surname[: max(4, len(surname) - 2)])

    return max(reversed(holders), key=mentions)


def _office_holders(before: str, office: str) -> Iterator[str]:
    """Every person ``before`` introduced in this office, the latest first."""
    return (name for _, name in _holders_at(list(_prefix_tokens(before)), office, before))


def _holders_at(toks: list[_Tok], office: str, text: str) -> Iterator[tuple[int, str]]:
    """Every person ``toks`` (of ``text``) introduce in this office, where the office starts,
    latest first. The post's word is a case form of the office's own ("Защита" is no form of
    "защитник": another word sharing its first letters), the name stays in the post's
    paragraph (a headline's post is never the next paragraph's opening words) and agrees
    with the post in case (``_agreeing_person``)."""
    wanted = [w.lower() for w in office.split()]
    stem = _POST_ENDING.sub("", wanted[0]) or wanted[0]
    for i in range(len(toks) - 1, -1, -1):
        if not _same_stem(toks[i].low, wanted[0]) or len(toks[i].low) < len(stem):
            continue
        phrase = _in_paragraph(_phrase(toks, i + 1), toks[i], text)  # "губернатор
        # области" for "Губернатора Курской области"
        verb = next((k for k, t in enumerate(phrase) if t.kind == "w" and not t.capital
                     and verb_form(t.text) is not None), len(phrase))  # fmt: skip
        phrase = phrase[:verb]  # "директор сообщил губернатору Ивановой": not the director
        near = [t.low for t in phrase[:4]]
        if not all(_spelled_in(w, near) for w in wanted[1:]):
            continue
        person = _agreeing_person(phrase, _nominative_post(toks, i, wanted))
        if person is not None:
            name = person[0]
            if toks[i].low != wanted[0].lower():  # "тренером Игорем …": the office's case
                name = person_nominative(name, None, cyrillic.OBLIQUE)[0]
            yield toks[i].start, name


_POST_ENDING = re.compile(
    r"(?:ого|его|ому|ему|ыми|ими|ами|ями|ою|ею|ой|ей|ий|ый|ій|ая|яя|ое|ее|ые|ие|ых|их|ом|ем|ам|"
    r"ям|ах|ях|ую|юю|ої|ів|ов|[аеёиийоуыэюяіїєь])$"
)
"""The case ending of a post's word as the office gives it ("голова" -> "голов", "головного" ->
"головн", "председатель" -> "председател"): a case form of that word is never shorter than
what is left ("Защита" is no form of "защитник")."""


def _in_paragraph(phrase: list[_Tok], post: _Tok, text: str) -> list[_Tok]:
    """``phrase`` up to the first blank line after ``post`` (a paragraph's end; a hard-wrapped
    line's single break is no end)."""
    previous = post
    for k, tok in enumerate(phrase):
        if _PARAGRAPH_BREAK.search(text, previous.end, tok.start):
            return phrase[:k]
        previous = tok
    return phrase


_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n")


def _nominative_post(toks: list[_Tok], i: int, wanted: list[str]) -> bool:
    """Is the post at ``toks[i]`` written in the nominative, its noun as the office names it
    ("Адвокат", "міський голова"), not in another case ("адвоката", "тренером")? An office's
    words come in the nominative, a rank adjective's as written."""
    for k, word in enumerate(wanted[:2]):
        tok = toks[i + k] if i + k < len(toks) else None
        if tok is None or tok.kind != "w":
            return False
        if _is_office(tok) or tok.low.startswith(UNNAMED_ROLES):
            return tok.low == word  # (the noun of the post; a rank adjective before it)
    return False


def _agreeing_person(phrase: list[_Tok], nominative: bool) -> tuple[str, int] | None:
    """The person a post introduces in ``phrase``, the words after it: a name in the post's
    case. After a post in the nominative a name in another case is the post's possessor, not
    its holder ("Адвокат Олега Лугового Вера Лужина": the lawyer of Олег Луговой is Вера Лужина;
    "Защитник Олега Лугового подал жалобу": no lawyer named; a name a woman's nominative may
    be written as, "Олега Сомова", is kept: ``_surely_oblique``)."""
    person = _person(phrase, last=False)
    while nominative and person is not None:
        name, at = person
        if not _surely_oblique(name):
            return person
        rest = [t for t in phrase if t.start >= at + len(name)]
        person = _person(rest, last=False) if rest else None
    return person


_OPEN_SURNAME_ENDINGS = (
    "ова", "ева", "ёва", "ина", "ына", "іна", "їна", "ая", "яя", "ська", "цька", "зька",
)  # fmt: skip
"""Surname endings a woman's nominative shares with a man's genitive ("Сомова", "Лужина",
"Добра": either): a name ending so shows no case surely."""


def _surely_oblique(name: str) -> bool:
    """Is ``name`` (a given name and a surname) surely not in the nominative: its surname read
    back into the nominative changes, and its ending is none a woman's nominative has
    ("Петра Лугового", "Олега Ковальчука", "Анны Жуковой"; not "Станислава Игнатенко", "Олега
    Сомова": a woman's names may be written so)? A surname alone shows no case surely."""
    words = name.split()
    if len(words) < 2 or words[-1].lower().endswith(_OPEN_SURNAME_ENDINGS):
        return False
    return person_nominative(name)[0].split()[-1] != words[-1]


def _spelled_in(word: str, near: Sequence[str]) -> bool:
    """Is ``word``, a word of a post's body ("председатель профкома"), among the words
    ``near`` the introduction gave the post, in some case, or one compound of two of them
    ("профкома" for "профсоюзного комитета", "облради" for "обласної ради"): a first part
    (``ABBREVIATED_PARTS``) that shortens one of them and a rest that starts another? A
    compound names only the body it abbreviates: "облсовета" is no "областного суда"."""
    if any(_same_stem(n, word) for n in near):
        return True
    for part, starts in ABBREVIATED_PARTS.items():
        rest = word[len(part) :]
        if not word.startswith(part) or len(rest) < 3:
            continue
        spelled = [n for n in near if n.startswith(starts)]
        if spelled and any(_same_stem(n, rest) for n in near if n not in spelled):
            return True
    return False


def spokesperson_post(phrase: str) -> bool:
    """Is ``phrase`` one spokesperson's or lawyer's post as the text writes it with no name
    ("пресс-секретарь", "речник", "представитель перевозчика", "защитник", "адвокатка"), its
    noun first: no "другой", "ещё один" or adjective before it (a second voice of the body),
    not the plural ("представители", "адвокаты": several, ``_spokespeople``)?"""
    words = phrase.lower().split()
    return (
        bool(words)
        and words[0].startswith((*SPOKESPERSON_STEMS, *LAWYER_STEMS))
        and not words[0].endswith(("и", "і", "ы"))
    )


def office_alternatives(office: str) -> list[str]:
    """Other ways the article may have introduced the holder of ``office``: its head alone
    when the rest describes (a plural people's genitive: "наставник красноярцев", "тренер
    полтавців") and the head's synonyms ("наставник" -> "тренер")."""
    words = office.split()
    head = words[0].lower()
    alternatives = []
    if len(words) == 2 and words[1].islower() and words[1].endswith(GENITIVE_PLURAL):
        alternatives.append(head)
    alternatives.extend(_office_synonyms(head))
    return alternatives


def _office_synonyms(head: str) -> list[str]:
    """The other nouns of the post whose head noun is ``head`` ("наставник" -> "тренер")."""
    return [o for stem, others in OFFICE_SYNONYMS.items() if head.startswith(stem) for o in others]


_UK_ADJECTIVE = re.compile(r"..(?:ськ|цьк|зьк|н|ч)[аеі]$")
"""Ukrainian adjectives in the nominative before an institution's noun ("обласна", "міська",
"Чернівецька"), which ``_ADJECTIVE`` (oblique and Russian endings) does not read."""

_CASE_ENDINGS = frozenset(
    """а у е о ом ы и і ою ей ю я ам ах ами ям ях ями ів ов ой ої ею ия ии ию ией ія ії ію
    ією ь ем""".split()
) | {""}
"""Noun case endings after a stem: "суд", "суда", "судом", "раді", "радою", and a neuter's
nominative "министерство" (so "министерства" is the same noun)."""
_IA_ENDINGS = frozenset("ия ии ию ией иях ий ія ії ію ією іях".split())
"""The endings of a noun in "-ия"/"-ія" ("мэрия", "мерії", "компанией"): stripped to its stem
("мэр-", "компан-"), the noun keeps them in every case, so a word on that stem with another
ending is another noun ("мэра", "мера": the mayor, not the mayor's office)."""


def named_institution(before: str, phrase: str) -> str | None:
    """The institution ``before`` named that a common noun phrase ("суд", "міська рада",
    "краевого суда": a press office's owner, "the court") stands for: the last mention of
    the same head noun, with the same adjectives, inside a name ("Мещанский суд Москвы",
    "Коростенської міської ради"), in the nominative; None when nothing was named."""
    return next(_institution_names(before, _council_words(phrase)), None)


def organ_owner(phrase: str) -> str | None:
    """ "адміністрація заповідника", "Наглядова рада фонду", "правление технического
    университета": a body's own organ (``ORGAN_STEMS``, ``SUPERVISORY_ORGAN``) speaks for
    the body named after it in the genitive (README convention 13): those lower-case words,
    for the engine to match with the body the article named; None for any other phrase, an
    owner written with a capital (a name of its own) or a place's noun ("администрация
    района", "адміністрація міста": a body in its own right)."""
    words = phrase.split()
    low = [w.lower() for w in words]
    adjectives, nouns = SUPERVISORY_ORGAN
    size = 2 if len(low) > 2 and low[0].startswith(adjectives) and low[1].startswith(nouns) else 1
    if size == 1 and not (low and low[0].startswith(ORGAN_STEMS)):
        return None
    rest = words[size:]
    if not 1 <= len(rest) <= 3 or any(not w.isalpha() or not w.islower() for w in rest):
        return None
    if low[-1].startswith(PLACE_NOUN_STEMS) or low[-1].endswith(GENITIVE_PLURAL):
        return None  # ("Адміністрація морських портів": an organ of many, a body of its own)
    return " ".join(rest)


def named_by_head(before: str, phrase: str) -> str | None:
    """The institution ``before`` named with the noun that opens a lower-case phrase the
    article never named as a whole ("На заводе задержки объяснили": "завод задержки" ->
    "Ковровский приборный завод"): an object put between the body and its verb is no part of
    its name. None unless the phrase opens with an institution noun."""
    words = phrase.split()
    outlet = len(words) > 1 and is_outlet_noun(words[0])  # "В пресс-службе телеканала
    if len(words) < 2 or not phrase.islower() or not (is_institution_noun(words[0]) or outlet):
        return None  # сокращения назвали …": the channel the article named
    if outlet:  # (an outlet's name is in «», never its noun's lower-case words)
        return named_outlet(before, words[0])
    if any(w[:5] in before.lower() for w in words[1:]):
        return None  # "служба зайнятості" after "Державної служби зайнятості": a name's words
    return named_institution(before, words[0])


def regional_body(body: str, phrase: str) -> str | None:
    """The one regional body the article names, anywhere in it, that a lower-case phrase of a
    regional adjective and an institution noun stands for ("региональное министерство
    здравоохранения" -> "Министерство здравоохранения Озёрной области"; "региональное
    ведомство", a noun that points at any body, -> the article's one "… области" body): the
    adjective stands for the region the name gives in the genitive (README convention 4, the
    fullest name the article gives, before or after). The same noun and every other word of
    the phrase must be in the name; two such names, or none: None."""
    words = phrase.split()
    if len(words) < 2 or not phrase.islower() or not words[0].startswith(REGIONAL_STEMS):
        return None
    pointer = len(words) == 2 and kind_noun(phrase) is not None  # ("ведомство": any kind)
    names = set()
    for word in _WORD.finditer(body):
        low = word.group().lower()
        if pointer and not (word.group()[0].isupper() and is_institution_noun(low)):
            continue  # (a noun for any body: only a name that opens with a capital)
        if not pointer and not _same_stem(low, words[1]):
            continue  # ("… руководитель управления министерства здравоохранения Озёрной
        name = _REGIONAL_NAME.match(body, word.start())  # области": lower case inside a
        if name is None:  # title, still the name by its region)
            continue
        text = " ".join(name.group().split())
        if all(any(_same_stem(w, n.lower()) for n in text.split()) for w in words[2:]):
            text = institution_nominative(text)
            names.add(text[:1].upper() + text[1:])
    return names.pop() if len(names) == 1 else None


_WORD = re.compile(r"(?<![\w'’-])[А-ЯЁІЇЄҐа-яёіїєґ][а-яёіїєґ'’-]+")
_REGIONAL_NAME = re.compile(
    r"\w[а-яёіїєґ'’-]+(?:\s+[а-яёіїєґ'’-]+){0,7}?\s+[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+\s+"
    rf"(?:{'|'.join(sorted(REGION_WORDS))})(?![\w-])"
)
"""A body's name that ends with its region in the genitive ("Министерство цифрового развития
и связи Заволжской области"), read from its first word."""


def _council_words(phrase: str) -> str:
    """A council's compound noun as its two words ("міськради" -> "міська рада"), which its
    name spells out ("Полтавська міська рада"); any other phrase as it is."""
    low = phrase.lower()
    stem = next((s for s in COUNCIL_COMPOUNDS if low.startswith(s) and len(low) - len(s) <= 3),
                None)  # fmt: skip
    return COUNCIL_COMPOUNDS[stem] if stem is not None and " " not in low else phrase


def institution_names(before: str, phrase: str) -> set[str]:
    """The institutions ``before`` named with the noun of ``phrase``, counting names in the
    instrumental too: two ("Омский завод подписал контракт с Тверским заводом. Руководство
    завода …") say nothing about which one the noun means."""
    names = set(_institution_names(before, _council_words(phrase), instrumental=True))
    return names or _compound_names(before, phrase)


def _compound_names(before: str, phrase: str) -> set[str]:
    """The compound names ``before`` used whose first part abbreviates the noun of ``phrase``
    ("Минздрав", "Мінфін" for "министерства", "міністерством": ``COMPOUND_PREFIXES``), in the
    nominative, or the full name ``before`` spells out for one; a noun of no such part finds
    none."""
    words = phrase.lower().split()
    if len(words) != 1:
        return set()
    noun = words[0]
    parts = [p for p, starts in COMPOUND_PREFIXES.items() if noun.startswith(starts)]
    found = set()
    for tok in _prefix_tokens(before):
        part = next((p for p in parts if tok.low.startswith(p)), None)
        if part is None or tok.kind != "w" or not tok.capital or _is_adjective(tok.low):
            continue  # ("Минимальная зарплата …": an adjective that starts so)
        if tok.low.startswith(COMPOUND_PREFIXES[part]):
            continue  # ("Міністерство …": the noun itself, never its compound)
        if is_compound_name(tok.text) or len(tok.low) - len(part) == 3:  # ("Мінфін")
            spelled = _compound_spelled(before, tok.text) if is_compound_name(tok.text) else None
            found.add(spelled or institution_nominative(tok.text))  # (by the full name the
            # article spells out for it, when it does: "Министерство цифрового развития")
    return found


def _institution_names(before: str, phrase: str, instrumental: bool = False) -> Iterator[str]:
    """Every name ``before`` gave with the head noun of ``phrase`` (see
    ``named_institution``), the last first; with ``instrumental``, also names whose
    adjectives are in the instrumental ("с Тверским вагоностроительным заводом"), which
    ``_ADJECTIVE`` does not read, as written."""
    wanted = [w.lower() for w in phrase.split()]
    if not wanted or any(not w.replace("-", "").isalpha() for w in wanted):
        return
    head = _uncompounded(wanted[-1])
    ending = max((e for e in _CASE_ENDINGS if head.endswith(e) and len(head) - len(e) >= 3),
                 key=len, default="")  # fmt: skip
    stem = head[: len(head) - len(ending)]  # "лікарні" -> "лікарн" (then "лікарня", "суду")
    aliases = next((v for k, v in INSTITUTION_ALIASES.items() if head.startswith(k)), ())
    stems = (stem, *aliases)  # "мэрия": the city's administration
    ia = ending in _IA_ENDINGS  # "мэрии" is "мэр-" and "-ии": never "мэра", the mayor
    toks = list(_prefix_tokens(before))
    placed: list[str] = []  # "офисе союза в Озерске": the noun and where it is, kept
    for i in range(len(toks) - 1, -1, -1):  # until no name proper comes before it
        quoted = _quoted_on_noun(toks[i], stems, wanted[:-1])
        if quoted is not None:  # "«Камский шинный завод» поднимет цены …"
            yield quoted
            continue
        low = _uncompounded(toks[i].low)  # "кінофестиваль" for "фестивалю"
        if toks[i].kind != "w" or not any(_same_noun(low, s) for s in stems):
            continue  # the same noun in any case ("суда", "раді"), never "судья" for "суд"
        if ia and _same_noun(low, stem) and low[len(stem) :] not in _IA_ENDINGS:
            continue  # ("В мэрии это опровергли" after "мэра Заречья": the mayor's office)
        first = i
        while (
            first > 0
            and toks[first - 1].kind == "w"
            and (
                _ADJECTIVE.search(toks[first - 1].low)
                or _UK_ADJECTIVE.search(toks[first - 1].low)
                or (instrumental and _INSTRUMENTAL_ADJECTIVE.search(toks[first - 1].low))
            )
            and _agrees(toks[first - 1].low, toks[i].low)  # never "Вироком суду": a noun
            and "\n" not in before[toks[first - 1].end : toks[first].start]  # (nor a
            # headline's last word: "…утверждена\n\nПравительство области")
            and not (toks[first - 1].low.endswith(("ые", "ие")) and not _plural(toks, first, i))
        ):  # "Рабочие Тверского завода": a plural noun before the name, not its adjective
            first -= 1  # "Рівненська обласна дитяча лікарня"
        tail = _name_tail(toks, i)
        tail = _lower_tail_defined(toks, i, before) if tail == i else tail
        tail = next((k - 1 for k in range(i + 1, tail + 1)
                     if "\n" in before[toks[k - 1].end : toks[k].start]), tail)  # fmt: skip
        # (a headline's last word is no name's first: "Правительство\n\nПравительство …")
        words = _before_bracket(toks[first : tail + 1], before, toks[i])
        if instrumental:  # counting names: never a headline's "Завод" nor past a paragraph
            words = _one_paragraph(words, before, toks[i])
            if not any(t.capital or t.acronym or t.kind == "q" for t in words if t is not toks[i]):
                continue
        given = words[1:] if first == i and _opens_sentence(toks, i, before) else words
        if not any(t.capital or t.acronym or t.kind == "q" for t in given):
            continue  # the bare noun again ("Мэр города заявил": a capital the sentence
            # gave it, no name): look further back
        lows = [t.low for t in words]
        alias = not _same_noun(toks[i].low, stem)  # "воздушной гавани" for "аэропорт X":
        if alias or all(any(_same_stem(w, x) for x in lows) for w in wanted[:-1]):  # its own
            if _only_placed(given, toks[i]):  # adjectives, not the alias's
                placed.append(institution_nominative(_text(words)))
                continue
            if placed and not toks[i].capital:  # (only a proper name the noun opens,
                yield from placed  # "Федерации гребного слалома Заречья", goes first)
                placed = []
            yield institution_nominative(_text(words))
    yield from placed


def _quoted_on_noun(tok: _Tok, stems: Sequence[str], adjectives: Sequence[str]) -> str | None:
    """The name in «» that ``tok`` is, when it is built on the wanted noun, which ends it
    after its capitalised adjectives ("«Камский шинный завод»" for "завода",
    "«Північна швейна фабрика»" for "фабрики"), with the adjectives the phrase gave
    ("областного" wants one of them), as written; None for any other token or name
    («Интерфакс», «Ромашка»: no noun of the kind in it)."""
    if tok.kind != "q":
        return None
    name = _unquote(tok.text)
    words = name.lower().split()
    if len(words) < 2 or not name[:1].isupper() or not all(w.isalpha() for w in words):
        return None
    if not any(_same_noun(_uncompounded(words[-1]), s) for s in stems):
        return None
    if not all(any(_same_stem(w, x) for x in words) for w in adjectives):
        return None
    return name


def _only_placed(given: Sequence[_Tok], noun: _Tok) -> bool:
    """Is the only name in ``given`` a place after the lower-case ``noun`` ("союза в
    Озерске", "суду у Києві")? The noun then says where the body sits, not which body it is."""
    if noun.capital or noun.acronym:
        return False
    at = next((k for k, t in enumerate(given) if t is noun), None)
    if at is None or at + 1 >= len(given) or given[at + 1].low not in ("в", "во", "у"):
        return False
    return not any(t.capital or t.acronym or t.kind == "q" for t in given[:at])


_DEFINED_TAIL = re.compile(
    r"(?:[^\S\n]+[а-яёіїєґ][а-яёіїєґ'’ʼ-]*){1,6}[^\S\n]*\((?=[А-ЯЁІЇЄҐ]{2,})"
)
"""Lower-case words, then a bracket that opens an acronym: "Фонду| підтримки озерних
ремесел (ФПОР)"."""


def _lower_tail_defined(toks: list[_Tok], head: int, text: str) -> int:
    """The last token of a name that a capitalised noun opens and lower-case words continue up
    to the short form defined in brackets after them ("Фонду підтримки озерних ремесел
    (ФПОР)": the whole name, not "Фонду"); ``head`` itself when no bracket follows or a
    verb comes first."""
    if not toks[head].capital:
        return head
    match = _DEFINED_TAIL.match(text, toks[head].end)
    if match is None:
        return head
    last = head
    for k in range(head + 1, len(toks)):
        if toks[k].start >= match.end():
            break
        if verb_form(toks[k].text) is not None or toks[k].low in NON_NAME_PREPOSITIONS:
            return head
        last = k
    return last


def _before_bracket(words: list[_Tok], text: str, noun: _Tok) -> list[_Tok]:
    """Those of ``words`` before a bracket opened after ``noun``: "долговая нагрузка
    ритейлера (чистый долг/EBITDA)" is the retailer and an aside, never a name "ритейлера
    чистый долг EBITDA"; initials in brackets are the name's short form, not part of it."""
    for k in range(1, len(words)):
        if words[k].start > noun.start and "(" in text[words[k - 1].end : words[k].start]:
            return words[:k]
    return words


def _one_paragraph(words: Sequence[_Tok], text: str, noun: _Tok) -> list[_Tok]:
    """Those of ``words`` on the line of ``noun``: a byline or a headline before it, a
    paragraph after it, are no part of its name."""
    lines: list[list[_Tok]] = [[]]
    for k, tok in enumerate(words):
        if k and "\n" in text[words[k - 1].end : tok.start]:
            lines.append([])
        lines[-1].append(tok)
    return next(line for line in lines if noun in line)


_INSTRUMENTAL_ADJECTIVE = re.compile(r"..(?:ым|им|ыми|ими)$")
"""Adjective endings of the instrumental ("Тверским", "Київським", "обласними")."""


def _plural(toks: Sequence[_Tok], first: int, noun: int) -> bool:
    """Can a plural adjective stand before token ``first`` of a name whose noun is token
    ``noun``? Adjectives agree with the one after them as with the noun: "Рабочие Ивановской
    ткацкой фабрики" has a plural noun before a singular adjective ("фабрики" alone would
    pass for a plural)."""
    if first < noun:
        return toks[first].low.endswith(("ые", "ие", "ых", "их"))
    return toks[noun].low[-1:] in "ыи"


def staff_body(noun: str, bodies: Sequence[str]) -> str | None:
    """The body whose staff a bare plural noun names ("рятувальників", "правоохоронці",
    "детективи"; ``STAFF_BODIES``): the last of ``bodies`` (names the article gave, in order)
    that names a body of that kind ("ДСНС", "пресслужба Національної поліції"); None when
    the noun is no staff noun, or the article named no such body."""
    low = noun.lower()
    if " " in low or not low.isalpha():
        return None
    kinds = next((names for stems, names in STAFF_BODIES.items() if low.startswith(stems)), ())
    for body in reversed(bodies) if kinds else ():
        words = body.replace("«", " ").replace("»", " ").split()
        if any(_names_kind(word, kinds) for word in words):
            return body
    return None


def _names_kind(word: str, kinds: tuple[str, ...]) -> bool:
    """Does ``word`` name a body of a kind: one of its acronyms (whole) or word starts, or a
    long one inside a compound ("Кіберполіція", "Нацполіція" for "поліці")?"""
    low = word.lower()
    return any(
        word == k if k.isupper() else low.startswith(k) or (len(k) >= 6 and k in low) for k in kinds
    )


def _opens_sentence(toks: Sequence[_Tok], i: int, text: str) -> bool:
    """Does token ``i`` open a sentence or a line (so its capital says nothing of a name)?"""
    if i == 0:
        return True
    prev = toks[i - 1]
    return prev.text in (".", "!", "?") or "\n" in text[prev.end : toks[i].start]


def named_outlet(before: str, noun: str, agency: bool = False) -> str | None:
    """The outlet an outlet noun ("газеты", "издание", "видання") stands for: the last name in
    «» of ``before`` that a reporting verb or an outlet noun names as one ("пишет
    «Коммерсантъ»", "сообщает «Медуза»", "газета «Ведомости»"); None when ``noun`` is no
    outlet noun or the article named no outlet. With ``agency``, "агентство" counts as an
    outlet noun too (the caller tried a state agency first: "в сообщении агентства" after
    "сообщает ТАСС")."""
    stems = (*OUTLET_ANAPHORS, *NEWS_AGENCY_STEMS) if agency else OUTLET_ANAPHORS
    low = noun.lower()
    stem = next((s for s in stems if low.startswith(s)), None)
    if stem is None or " " in low or len(low) - len(stem) > 3:
        return None
    own = _sentence_outlet(before)
    if own is not None:
        return own
    toks = _prefix_tokens(before)
    for i in range(len(toks) - 1, 0, -1):
        prev = toks[i - 1]
        wire = agency and toks[i].acronym and i > 1 and toks[i - 2].text == ","
        if wire and prev.kind == "w" and verb_form(prev.text) == "":  # "…, сообщает ТАСС"
            return toks[i].text
        if toks[i].kind != "q":
            continue
        if stem in toks[i].text.lower():
            return _unquote(toks[i].text)  # ("Российская газета" for "газета": it says so)
        if any(t.low.startswith(stem) for t in toks[max(0, i - 3) : i - 1]):
            return _unquote(toks[i].text)  # "телеканал Заречья «Озеро-ТВ»": that noun's
        if prev.kind != "w":
            continue
        if verb_form(prev.text) is not None or prev.low.startswith(stems):
            return _unquote(toks[i].text)
    for i in range(len(toks) - 1, -1, -1):  # "пишет РБК", "РБК … пишет, что": an outlet
        if _outlet_subject(toks, i, before):
            return _unquote(toks[i].text) if toks[i].kind == "q" else toks[i].text
    return None


def _sentence_outlet(before: str) -> str | None:
    """The name in «» or the acronym that opens the sentence ``before`` ends in, as the
    subject of a verb of reporting or of pointing out ("РБК обращает внимание на …: по данным
    издания", "«Вести» пишут …, по данным газеты"): the outlet an outlet noun there means."""
    start = max(before.rfind(". "), before.rfind("\n")) + 1
    toks = tokens(before[start:], _names_masked(before[start:]))
    if len(toks) < 3 or not (toks[0].kind == "q" or toks[0].acronym) or toks[1].kind != "w":
        return None
    verb = toks[1]
    if verb_form(verb.text) is None and not verb.low.startswith(ATTENTION_STEMS):
        return None
    return _unquote(toks[0].text) if toks[0].kind == "q" else toks[0].text


def is_outlet_noun(word: str) -> bool:
    """Is ``word`` one outlet noun in some case ("газеты", "издание", "видання")?"""
    low = word.lower()
    stem = next((s for s in OUTLET_ANAPHORS if low.startswith(s)), None)
    return " " not in low and stem is not None and len(low) - len(stem) <= 3


def introduced_as_outlet(before: str, name: str) -> bool:
    """Does ``before`` write ``name`` right after an outlet's noun ("портал «Озёрск сегодня»",
    "газета «Вечерний Озёрск»", "видання «Край»")? Such a name is a publication, which a
    body's kind noun («в компании», «на підприємстві») never stands for, whoever spoke last."""
    toks = _prefix_tokens(before)
    for k, tok in enumerate(toks[1:], start=1):
        if tok.kind != "q" and not tok.capital:
            continue
        if _unquote(tok.text) != name and tok.text != name:
            continue
        noun = toks[k - 1].low
        if toks[k - 1].kind == "w" and noun.startswith((*OUTLET_ANAPHORS, *CHANNEL_OUTLET_STEMS)):
            return True
    return False


def _outlet_subject(toks: Sequence[_Tok], i: int, text: str) -> bool:
    """Is token ``i`` an outlet by what it does: an acronym after a verb only outlets use
    ("пишет РБК"), a name that opens a sentence citing someone before its verb of
    publishing ("РБК со ссылкой на данные … пишет, что"), or a name in «» that opens one
    whose verb is an outlet's ("«Вести» пишут")? A body that reports on its own ("МВД
    сообщает, что …", "МЧС пишет в своём телеграм-канале") is no outlet."""
    tok = toks[i]
    if tok.kind != "q" and not tok.acronym:
        return False
    if i and tok.acronym and toks[i - 1].kind == "w" and toks[i - 1].low.startswith(OUTLET_VERBS):
        return True
    if (
        i
        and toks[i - 1].text not in (".", "!", "?")
        and "\n" not in text[toks[i - 1].end : tok.start]
    ):
        return False  # not the first word of a sentence or a paragraph
    citing = False
    for k in range(i + 1, min(len(toks), i + 12)):
        nxt = toks[k]
        if nxt.text in (".", "!", "?"):
            return False
        phrase = " ".join(t.low for t in toks[k : k + 3])
        citing = citing or phrase in CHANNEL_PHRASES  # "со ссылкой на"
        if (
            nxt.kind == "w"
            and nxt.low.startswith(CHANNEL_VERBS)
            and verb_form(nxt.text) is not None
        ):
            return citing or (tok.kind == "q" and nxt.low.startswith(OUTLET_VERBS))
    return False


_STATEMENT_HEADLINE = re.compile(
    r"^(?:Заява|Заявление|Звернення|Обращение|Відкритий лист|Открытое письмо)\s+"
    r"(?P<body>[А-ЯЁІЇЄҐ][^\n]{2,120}?)\s+"
    r"(?:щодо|стосовно|з приводу|із приводу|у зв['’]язку з|по поводу|относительно|в связи с)\s"
)
"""A body's own statement by its headline ("Заява Профспілки … щодо …", "Заявление Союза …
по поводу …"): the body in the genitive between the noun and the topic's preposition."""


def _statement_issuer(headline: str, text: str) -> str | None:
    """The body whose statement the headline announces, by the name its text gives it in
    the nominative ("Профспілка працівників освіти …" for "Заява Профспілки працівників
    освіти … щодо"), else its name brought back to the nominative; None for no statement."""
    match = _STATEMENT_HEADLINE.match(headline)
    if match is None:
        return None
    words = match.group("body").split()
    first = words[0]
    rest = r"\s+".join(re.escape(w) for w in words[1:])
    stem = re.escape(first[: max(4, len(first) - 2)])
    named = re.search(rf"(?<![\w'’]){stem}[\w'’]*" + (rf"\s+{rest}" if rest else ""), text)
    if named is not None:
        return " ".join(named.group().split())
    return institution_nominative(" ".join(words))


def release_issuer(body: str) -> str | None:
    """The institution that issued a release, named on a line of its own under the headline
    ("Головне управління Національної поліції в Житомирській області", "Пресс-служба
    министерства здравоохранения"): a name with an institution's word, no verb, no figure,
    no mark; every sentence with no source of its own is then the issuer's (README: a
    release speaks for its issuer). None for a byline, a rubric, a dateline or an outlet."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", body.strip())]
    if len(paragraphs) < 3 or not is_cyrillic(body, in_cyrillic=True):
        return None
    stated = _statement_issuer(paragraphs[0], body[len(paragraphs[0]) :])
    if stated is not None:
        return stated
    return _issuer_line(paragraphs[1])


def press_office_signature(body: str) -> tuple[int, str] | None:
    """A release a page carries, signed under its text by its press office on a line of its
    own («Пресслужба Волинської обласної прокуратури», «Пресс-служба ГУ МЧС по … области»),
    then perhaps the page's own lines: (where the line starts, the institution in the
    nominative). Every sentence above it with no source of its own is the institution's, as
    under a release's issuer line at its top (``release_issuer``; README: a release speaks for
    its issuer). Only a press office's line, never the headline's paragraph nor a lede's: a
    body's name alone at the foot may be a caption or a rubric. None when no such line."""
    if not is_cyrillic(body, in_cyrillic=True):
        return None
    found = None
    for match in re.finditer(r"(?:\A|\n)[ \t]*([^\n]+?)[ \t]*(?=\n|\Z)", body):
        line = match.group(1)
        if not line.lower().startswith(PRESS_OFFICES) or " " not in line:
            continue
        before = body[: match.start(1)]
        if len([p for p in re.split(r"\n\s*\n", before) if p.strip()]) < 2:
            continue  # (the headline's paragraph, or the lede's: no release above it)
        issuer = _issuer_line(line)
        if issuer is not None and issuer.lower() != line.lower():
            found = (match.start(1), issuer)
    return found


def _issuer_line(line: str) -> str | None:
    """An institution named on a line of its own (a release's issuer under its headline, a
    press office's signature under its text): a name with an institution's word, no verb, no
    figure, no mark, in the nominative; None for a byline, a rubric, a deck or an outlet."""
    if "\n" in line or not line[:1].isupper() or any(c.isdigit() for c in line):
        return None
    toks = tokens(line, line)
    if not 2 <= len(toks) <= 12 or any(t.kind != "w" for t in toks):
        return None
    if any(t.low.startswith(OUTLET_ANAPHORS) or _past_gender(t) is not None for t in toks):
        return None
    if any(
        verb_form(t.text) is not None or _NON_PAST.search(t.low) or _REFLEXIVE_PAST.search(t.low)
        for t in toks[1:]
    ):  # ("Мэрия и компания разошлись в оценках": a deck that tells what happened)
        return None
    head = 0
    while head < len(toks) - 1 and _NOMINATIVE_ADJECTIVE.search(toks[head].low):
        head += 1  # "Головне управління …", "Пресс-служба …": the name's head noun first
    word = toks[head].low
    if not word.startswith((*ORG_STEMS, *PRESS_OFFICES, *JUSTICE_STEMS)):
        return None  # ("Новые правила для банков": a deck, not a name)
    if word.endswith(("и", "ы", "і")):
        return None  # ("Банки и вкладчики": many, no one issuer)
    if any(t.low in PREPOSITIONS and t.low not in _NAME_PREPOSITIONS for t in toks[head:]):
        return None  # ("Министерство обороны о ситуации на границе": a deck's topic)
    return institution_nominative(_without_office(_text(toks)))


def _quoted_object(toks: list[_Tok], outlet: Source) -> Source | None:
    """ "Газета цитирует директора завода Олега Чернецова, который говорит …", "Видання цитує
    мешканку одного з будинків": the one a paper quotes speaks, the paper only carries the
    words (README item 40): a person by name, back in the nominative; someone it names only
    as "one of" many («жителя одного из домов») is an unnamed source."""
    verb = next((k for k, t in enumerate(toks) if t.start >= outlet.offset
                 and t.low.startswith(QUOTING_VERBS)), None)  # fmt: skip
    if verb is None:
        return None
    who = _phrase(toks, verb + 1)
    who = who[: _phrase_end(who, 0, limit=8)]
    if len(who) < 2 or who[0].kind != "w":
        return None
    if who[0].capital:  # "«Известия» цитируют Марину Лаврову"
        named = _quoted_person(who)
        return _with(named, via=outlet.speaker) if named is not None else None
    one_of = next((k for k, t in enumerate(who[1:-1], start=1) if t.low in ONE_OF_OBLIQUE
                   and who[k + 1].low in ("из", "з", "із")), None)  # fmt: skip
    if one_of is not None:
        return Source(_text(who), "anonymous", via=outlet.speaker, cue=outlet.cue,
                      offset=who[0].start)  # fmt: skip
    person = _person(who, last=False)
    if person is None:
        return None
    name, gender = person_nominative(person[0], None, "acc")
    return Source(name, "person", via=outlet.speaker, cue=outlet.cue, offset=person[1],
                  gender="f" if gender == "f" else None)  # fmt: skip


def _emphatic_self(toks: list[_Tok]) -> Source | None:
    """ "Сам 40-летний инженер поблагодарил …", "Сама актриса ограничилась …", "Сам тренер
    заявил": the emphatic "сам" before a common noun points at the one person the story is
    about, named before (a he/she of its gender for the engine), never at a role or a body
    called "инженер"; before a name ("Сам Гречко") the name is read as before."""
    if len(toks) < 3 or toks[0].low not in EMPHATIC_WORDS or toks[1].kind == "p":
        return None
    if toks[1].capital or toks[1].acronym or toks[1].kind == "q":
        return None
    gender = {"сам": "m", "сама": "f"}.get(toks[0].low)  # ("Сами педагоги": many, a group)
    if gender is None:
        return None
    return Source(None, "pronoun", cue="сам", offset=toks[0].start, gender=gender)


def _read_emphatic(text: str, masked: str, start: int, emphatic: Source) -> Source | None:
    """The sentence read from the word after its emphatic "сам" (capitalised, as the
    sentence's first word): a common noun it opens as the subject («тренер», «актриса», «40-
    летний инженер») is the person the story is about (``emphatic``), any other source
    read as it is (offsets back in the whole sentence's)."""

    def opened(part: str) -> str:
        return part[:1].upper() + part[1:]

    found = read(opened(text[start:]), opened(masked[start:]))
    if found is None:
        return None
    found = Source(found.speaker, found.kind, found.affiliation, found.via, found.cue,
                   found.offset + start, found.gender)  # fmt: skip
    subject_kind = found.kind in ("role", "organisation")  # (one declining: as it was)
    return emphatic if subject_kind and found.offset == start else found


def _subject_own_channel(toks: list[_Tok], found: Source) -> Source | None:
    """ "Банк «Озёрный», по данным с его сайта, повысил тарифы", "Глибівський водоканал, за
    інформацією пресслужби, розпочав ремонт": a body that opens the sentence, then its own
    site or press office set off by commas, tells of itself, so it speaks (never "сайт"; the
    press office of no other body); its representatives, unnamed («за словами його
    представників»), are anonymous, affiliated to it."""
    comma = next((k for k, t in enumerate(toks) if t.text == ","), None)
    if not comma or not (toks[0].capital or toks[0].acronym or toks[0].kind == "q"):
        return None
    subject = toks[:comma]
    if any(t.kind == "w" and verb_form(t.text) is not None for t in subject):
        return None
    after = [t.low for t in toks[comma + 1 : comma + 3]]
    phrase = next((p for p in ACCORDING if p.split() == after[: len(p.split())]), None)
    if phrase is None:
        return None
    who = _phrase(toks, comma + 1 + len(phrase.split()))
    while who and (who[0].low in ("с", "со", "з", "із", "зі") or who[0].low in POSSESSIVE_PRONOUNS
                   or _own_word(who[0].low)):  # fmt: skip
        who = who[1:]  # "с его сайта", "його представників", "своей пресс-службы"
    if len(who) != 1 or who[0].kind != "w":
        return None
    body = _classify(subject, after_verb=False, gender="")
    if body is None or body.kind != "organisation" or not body.speaker:
        return None
    head = who[0].low
    if head.startswith(UNNAMED_ROLES) and head.endswith(GENITIVE_PLURAL):
        return Source(_text(who), "anonymous", affiliation=body.speaker, cue=phrase,
                      offset=who[0].start)  # fmt: skip
    if head.startswith((*PRESS_OFFICES, *SITE_STEMS)):
        return Source(body.speaker, "organisation", cue=phrase, offset=body.offset)
    return None


def _entourage(found: Source) -> Source:
    """ "В окружении губернатора заявили", "в оточенні мера": the people around someone speak,
    unnamed: anonymous, affiliated to the one they surround (as the text writes them), never
    a body called "окружение"."""
    head, _, whose = (found.speaker or "").partition(" ")
    if not whose or not head.lower().startswith(ENTOURAGE_STEMS):
        return found
    return Source(found.speaker, "anonymous", whose, found.via, found.cue, found.offset)


def column_author(body: str) -> str | None:
    """The writer of a first-person column or account who signs it under the headline as
    someone outside the press («Глеб Ракитин, член участковой комиссии», «Ольга Левчук,
    волонтерка фонду»): the account's own sentences assert in the writer's name (README:
    a signed post by someone outside the press, heldout17's convention 16), so its sentences
    with no source of their own are the writer's. The name on a line of its own, in the
    nominative with a known given name or a surname's ending, then a comma and a role in
    lower case that is no journalist's; the text after it says "я"/"мне" outside quotations.
    None otherwise, as for a reporter's byline («Анна Вербина, корреспондент»)."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", body.strip())]
    if len(paragraphs) < 3 or not is_cyrillic(body, in_cyrillic=True):
        return None
    name, comma, role = paragraphs[1].partition(",")
    words = name.split()
    if not comma or "\n" in paragraphs[1] or not 2 <= len(words) <= 3:
        return None
    if not all(w[:1].isupper() and _CYRILLIC.search(w) for w in words):
        return None
    if not (known_given(words[0]) or _surname_gender(name)) or any(c.isdigit() for c in role):
        return None
    role_words = role.split()
    if not role_words or not role_words[0].islower():
        return None
    if any(w.lower().startswith(PRESS_BYLINE_STEMS) for w in role_words):
        return None
    rest = "\n\n".join(paragraphs[2:])
    told = mask_quotes(rest, find_quotes(rest))
    if not any(w in FIRST_PERSON_SINGULAR for w in re.findall(r"[а-яёіїєґ']+", told.lower())):
        return None
    return " ".join(words)


_NAME_PREPOSITIONS = frozenset(("в", "у", "по", "з", "із"))
"""The prepositions a body's name holds ("… в Житомирській області", "… по Омской
области", "Комісія з …"); any other opens a topic."""


_SPOKE_WITH = re.compile(
    r"(?<![а-яёіїєґ])(?:поговорил\w*|побеседовал\w*|розмовля\w*|поспілкува\w*|пообщал\w*)"
    r"\s+(?:з|із|зі|с|со)\s+",
    re.IGNORECASE,
)


def source_line(text: str) -> Source | None:
    """The source a news site's line names under its lede («Джерело: Патрульна поліція
    Сумщини у Facebook», «Источник: пресс-служба МЧС»): a person or a body as written, the
    network it posted on left out; None for any other sentence."""
    head, colon, rest = text.strip().partition(":")
    if not colon or head.strip().lower() not in SOURCE_LINE_WORDS or not rest.strip():
        return None
    words = rest.strip().rstrip(".").split()
    where = words[-1].lower() if words else ""
    if (
        len(words) > 2
        and words[-2].lower() in ("у", "в", "на")
        and (where in PLATFORMS or where.startswith(SITE_STEMS))  # ("у Facebook", "в
    ):  # телеграм-каналі": where it posted)
        words = words[:-2]
    if not words or len(words) > 12:
        return None
    phrase = " ".join(words)
    toks = tokens(phrase, _names_masked(phrase))
    found = _classify(toks, after_verb=True, gender="")
    if found is None or found.kind not in ("person", "organisation"):
        return None
    return _with(found, cue=head.strip().lower())


def verbatim_lead(text: str) -> bool:
    """Does ``text`` open with a news site's «Дослівно:» before the source's words?"""
    head, colon, _ = text.strip().partition(":")
    return bool(colon) and head.strip().lower() in VERBATIM_WORDS


def interviewee(intro: str) -> str | None:
    """The person an interview's introduction says it spoke with («Ми поговорили з міською
    головою Оленою Савчук про …», «Мы побеседовали с директором завода Ириной Котовой»): the
    name after the role, from the instrumental back to the nominative; None when the
    introduction names no one so."""
    for match in _SPOKE_WITH.finditer(intro):
        rest = intro[match.end() :]
        toks = [t for t in tokens(rest, _names_masked(rest))[:8]]
        start = next((k for k, t in enumerate(toks) if t.capital and t.kind == "w"), None)
        if start is None or any(t.kind != "w" for t in toks[:start]):
            continue  # ("поговорили с жителями, …": no one named)
        run = []
        for tok in toks[start : start + 3]:
            if tok.kind != "w" or not tok.capital or tok.acronym:
                break
            run.append(tok.text)
        if len(run) >= 2:
            return person_nominative(" ".join(run), None, "ins")[0]
    return _introduced_person(intro)


def _introduced_person(intro: str) -> str | None:
    """The first person an interview's introduction names as the subject of its sentence
    («Валентина Дзюбанич дев'ятий рік очолює коледж», «Його директорка Людмила Жолудько
    розповіла нам …», «… руководит Ирина Котова.»): two capitalised words alone (no
    capitalised word or preposition before them, a lower-case word or the sentence's end
    after), neither a body's word, in the nominative; the credit
    line's interviewer («Розмовляла Ганна Сотничук») left out. With no «поговорили з X»,
    the one the page is about is the one who answers (as in English, the introduction's
    first name)."""
    toks = tokens(intro, _names_masked(intro))
    for k in range(len(toks) - 2):
        given, surname, after = toks[k : k + 3]
        before = toks[k - 1] if k and "\n" not in intro[toks[k - 1].end : given.start] else None
        ends = after.kind == "w" and not after.capital and not after.acronym
        if not (given.capital and surname.capital) or not (ends or after.text in ".,;"):
            continue
        if before is not None and (before.capital or before.acronym or before.kind == "q"
                                   or before.low in PREPOSITIONS):  # fmt: skip
            continue  # (a line's start, a sentence's, or a role: «Його директорка X Y»)
        if _org_word(given.low) or _org_word(surname.low):
            continue
        if not interview.credited(intro[: given.start]):
            return person_nominative(f"{given.text} {surname.text}")[0]
    return None


def opening_body(text: str, masked: str | None = None) -> str | None:
    """The named body a Russian or Ukrainian sentence opens with as its subject ("Инспекция
    труда проведет проверки …", "Тверская прокуратура, как сообщили в ведомстве, …"), in
    the nominative: what a general agency noun later in that sentence ("сообщили в
    ведомстве") stands for, before any body named in an earlier one. None when the sentence
    opens otherwise."""
    if masked is None or len(masked) != len(text):
        masked = text
    toks = tokens(text, _names_masked(masked))
    first = toks[0].low if toks else ""
    named = bool(toks) and (toks[0].capital or toks[0].acronym or toks[0].kind == "q")
    if not named or first in _NO_BODY_OPENERS:  # ("МЧС России выпустило …" opens with one)
        return None  # ("По данным ведомства", "Как пояснили в ведомстве": no body opens it)
    if len(first) >= 6 and _SHORT_PASSIVE.search(first):
        return None  # "Задержаны двое местных жителей, добавили в ведомстве": what was done
    end = next((k for k, t in enumerate(toks) if k and _ends_subject(t)), len(toks))
    if any(t.low.startswith(AGENCY_ANAPHORS) for t in toks[:end]):
        return None
    done = next((k for k in range(1, end) if _done_to(toks[k])), None)
    if done is not None and not any(t.capital or t.acronym or t.kind == "q" for t in toks[1:done]):
        return None  # "Образцы почвы отобраны …, уточнили в ведомстве": what was done to the
        # opening phrase, which names no body ("Письмо от имени союза «X» направлено …" does)
    who = toks[:end]
    experts = _experts_body(who, 0, BODY_STAFF_STEMS) if len(who) > 1 else None
    if _people_of_body(who):
        who = who[1:]  # "Рятувальники ДСНС отримали …": the body its people work for
    found = experts or _classify(who, after_verb=False, gender="")  # ("Ученые Заречного
    # университета …": the university)
    if found is None or found.kind != "organisation" or not found.speaker:
        return None
    if found.offset == toks[0].start and _common_phrase(found.speaker):
        return None  # "Плановая проверка, по данным ведомства, …": a thing, no body (its
        # capital is its place's; never a name further in: "… союза «Северный лес»")
    words = found.speaker.split()
    cut = next(
        (k for k in range(1, len(words))
         if words[k] in PREPOSITIONS and words[k] not in _NAME_LINKS
         and (k + 1 == len(words) or not words[k + 1][:1].isupper())),
        len(words),
    )  # fmt: skip
    words = words[:cut]  # "Омский завод с 1 марта повышает …", "… до весны закроет …": the
    # name ends before a time ("по", "з" link a name's parts; a place in it is capitalised)
    name = " ".join(words)
    return institution_nominative(name) if name[:1].isupper() else None


def _common_phrase(phrase: str) -> bool:
    """A phrase of common words capitalised only because it opens the sentence ("Плановая
    проверка", "Новый график"): an adjective, then no acronym, no name in quotes, no capital,
    no institution's word; a noun first may be a body's name ("Роскомнадзор", "Держстат за
    листопад")."""
    words = phrase.split()
    if len(words) < 2 or any(w[:1].isupper() or not w.isalpha() for w in words[1:]):
        return False
    if not _is_adjective(words[0].lower()):
        return False
    if any(w.isupper() for w in words):
        return False
    return not any(_institution_word(w.lower()) for w in words)


def _institution_word(low: str) -> bool:
    """An institution's word: its stem ("завода", "прокуратура"), or a compound built on a
    kind of body after a linking vowel ("хлебокомбинат", "м'ясокомбінату", "автозавод"), which
    names a body of that kind as surely as the noun alone."""
    if low.startswith(ORG_STEMS) or is_institution_noun(low):
        return True
    for stem in KIND_ANAPHORS:
        at = low.find(stem, 3)
        if at > 0 and low[at - 1] in "оеє" and len(low) - at - len(stem) <= 3:
            return True
    return False


def named_opening_body(text: str, masked: str | None = None) -> str | None:
    """``opening_body`` when what opens the sentence is a body by its name: initials, a name
    in «» or an institution's word ("МЧС России выпустило …", "Рятувальники ДСНС …",
    "Тверская прокуратура …"), never any capitalised phrase ("Пассажиры", "Кишечная
    инфекция"): what a kind noun in the next sentence may stand for."""
    body = opening_body(text, masked)
    if body is None:
        return None
    words = body.split()
    if any(_CYRILLIC.match(w) and w.isupper() for w in words) or body[:1] in '«"':
        return body  # ("Показатель EBITDA": a Latin measure's initials, no body)
    return body if any(_institution_word(w.lower()) for w in words) else None


_SCHOOL = re.compile(
    r"(?:([\w'’-]+)\s+)?\b((?:" + "|".join(SCHOOL_STEMS) + r")\w{0,3})\s+(№\s*\d+|«[^«»\n]{2,40}»)",
    re.I,
)


def school_in_sentence(text: str) -> str | None:
    """The one school ``text`` names by its kind and its number or name ("В пермской школе
    № 146 …", "у ліцеї «Престиж» …"), in the nominative where it can be put so: what "на
    сайте учебного заведения", "пресслужба навчального закладу" in that sentence stand for.
    None when it names none or two."""
    names = set()
    for match in _SCHOOL.finditer(text):
        stem = next(s for s in SCHOOL_STEMS if match.group(2).lower().startswith(s))
        if len(match.group(2)) - len(stem) > 3:
            continue  # ("лицензии № 5": no lyceum)
        if text[: match.start(2)].count("«") > text[: match.start(2)].count("»"):
            continue  # (a title in quotes: "фильм «Школа № 5»")
        adjective = match.group(1)
        words = [match.group(2), " ".join(match.group(3).split())]
        if adjective and _is_adjective(adjective.lower()):
            words.insert(0, adjective)
        names.add(institution_nominative(" ".join(words)))
    return names.pop() if len(names) == 1 else None


def named_in_sentence(body: str, text: str, adjectives: bool = False) -> str | None:
    """The one body a sentence names by initials in brackets or by a name in quotes after an
    institution's word ("… исполком Союза биатлонистов России (СБР), …", "… клієнтів служби
    доставки "Швидкий Кур'єр"."): what a general noun ("пресс-служба организации",
    "Компанія підтвердила …") stands for when no sentence opens with a body; the initials
    spelled out as ``body`` defines them. With ``adjectives`` (the general noun's own
    sentence), else a body named by a capitalised adjective before its kind, in any case
    (``_adjective_names``). None when it names none or two."""
    toks = tokens(text, _names_masked(text))
    names = set()
    for k, tok in enumerate(toks):
        if tok.acronym and _CYRILLIC.search(tok.text) and text[: tok.start].endswith("("):
            names.add(spelled_out(body, tok.text) or tok.text)  # (initials a name defines:
            # never an outlet told, "РИА", nor a legal form, "АО")
        elif (
            tok.kind == "q"
            and k
            and any(
                t.kind == "w" and t.low.startswith((*ORG_STEMS, *ORG_ANAPHORS))
                for t in toks[k - 2 : k]
            )
        ):
            names.add(institution_nominative(_unquote(tok.text)))
    if not names and adjectives:  # (a general noun's own sentence only)
        names = set(_adjective_names(toks))
    return names.pop() if len(names) == 1 else None


_SETTING_PREPOSITIONS = frozenset(("в", "во", "у", "на"))
"""The prepositions of place a news sentence opens its setting with («В … цирке родился …»,
«У … зоопарку народилося …», «На … заводі відкрили …»): the locative follows."""


def placed_body(text: str, masked: str | None = None) -> str | None:
    """The body a sentence opens by setting its event in («В Тверском цирке у слонихи родился
    слонёнок», «У Житомирському зоопарку народилося левеня», «На Рівненському ливарному
    заводі …»): a preposition of place, a capitalised adjective, at most three more and their
    noun, in the nominative where the adjective's ending tells the gender. What a general
    noun in the next sentence («в пресс-службе учреждения», «у закладі», «на підприємстві»)
    stands for when that sentence names no body itself (convention 11). Only where the noun is
    an institution's kind (``SETTING_BODY_STEMS``, or an initialism: «Вінницькій ОВА»). None
    for a place or a time («В Тверской области», «На Соборній площі», «В Центральном парке»,
    «В Новом году»), a kind noun with no name («В цирке»), or a sentence that opens
    otherwise."""
    if masked is None or len(masked) != len(text):
        masked = text
    toks = tokens(text, masked)
    if len(toks) < 4 or toks[0].low not in _SETTING_PREPOSITIONS:
        return None
    first = toks[1]
    if not first.capital or not _ADJECTIVE.search(first.low):
        return None
    end = 2
    while end < len(toks) and end < 5 and toks[end].kind == "w" and not toks[end].capital \
            and _ADJECTIVE.search(toks[end].low):  # fmt: skip
        end += 1
    if end >= len(toks) or toks[end].kind != "w" or toks[end].capital:
        return None
    noun = toks[end].low
    if len(noun) < 3 or _ADJECTIVE.search(noun) or noun.startswith(PLACE_NOUN_STEMS):
        return None  # ("На Соборній площі", "В Новом году": a place or a time, no body)
    if not toks[end].acronym and not _setting_body_noun(noun):
        return None  # ("В Центральном парке", "У Прилісному сталася": a place, not a body)
    return _locative_nominative([t.text for t in toks[1 : end + 1]])


def _setting_body_noun(noun: str) -> bool:
    """Whether a noun (lower case) is an institution's kind (``SETTING_BODY_STEMS``), also at
    the end of a compound («драмтеатрі», «хлебокомбинате»): a stem of five letters or more
    after a prefix of two to six letters."""
    if noun.startswith(SETTING_BODY_STEMS):
        return True
    return any(
        noun[k:].startswith(stem)
        for stem in SETTING_BODY_STEMS
        if len(stem) >= 5
        for k in range(2, min(7, len(noun) - 4))
    )


_LOCATIVE_MASCULINE = re.compile(r"(?:ом|ем|ому|ьому)$")
"""A masculine (or neuter) adjective's locative ending («Тверском», «Житомирському»)."""
_HARD_CONSONANT = re.compile(r"[бвгдзклмнпрстфхцжшчщ]$")


def _locative_nominative(words: list[str]) -> str:
    """A body named in the locative after «в/у/на» back in the nominative: the case rules
    (``institution_nominative``) first; else, where the adjectives' ending is a masculine
    locative and the noun a hard stem with the locative's ending («цирке», «зоопарку»,
    «заводі»), the masculine nominative («Тверской цирк», «Житомирський зоопарк»); anything
    else as written (a neuter «-е», a feminine: the letters do not tell)."""
    phrase = " ".join(words)
    nominative = institution_nominative(phrase)
    if nominative != phrase:
        return nominative
    *adjectives, noun = words
    ukrainian = bool(re.search(r"[іїєґ]", phrase.lower())) or adjectives[-1].endswith("ому")
    # (a Russian "-ому" is a dative, never after "в/на": «у Житомирському зоопарку»)
    if not all(_LOCATIVE_MASCULINE.search(w.lower()) for w in adjectives):
        return phrase
    endings = ("у", "і") if ukrainian else ("е",)
    stem = noun[:-1]
    if not noun.lower().endswith(endings) or not _HARD_CONSONANT.search(stem.lower()):
        return phrase
    return " ".join([*(_adjective_nominative(w, "m", ukrainian) for w in adjectives), stem])


def _adjective_names(toks: list[_Tok]) -> Iterator[str]:
    """Bodies a sentence names by a capitalised adjective before its kind, in any case
    ("передали в Верхнелесский музей-заповедник", "відділення Тихоплинської багатопрофільної
    лікарні"), in the nominative; never the sentence's first word (capitalised by its place)
    nor a region or a place ("Київської області", "на Соборній площі")."""
    for k in range(1, len(toks) - 1):
        tok = toks[k]
        if tok.kind != "w" or not tok.capital or not _ADJECTIVE.search(tok.low):
            continue
        end = k + 1
        while end < len(toks) and toks[end].kind == "w" and not toks[end].capital \
                and _ADJECTIVE.search(toks[end].low) and end - k < 4:  # fmt: skip
            end += 1
        if end >= len(toks) or toks[end].kind != "w" or toks[end].capital:
            end -= 1  # ("… краеведческий музей,": a noun that ends like an adjective)
        if end == k:
            continue
        noun = toks[end].low
        if len(noun) < 3 or noun.startswith(PLACE_NOUN_STEMS):
            continue  # ("Самарской и …": a place and a conjunction)
        yield institution_nominative(_text(toks[k : end + 1]))


def document_author(before: str) -> str | None:
    """The body that issued or adopted the document a later sentence cites by its noun alone
    ("Як зазначено в рішенні, …", "В документе говорится, что …"): the named body opening
    the nearest sentence, in this paragraph or the one before, that names a document, a
    programme or a draft ("Міська рада на сесії ухвалила рішення …", "Письмо от имени
    ассоциации «X» направлено …", "Министерство разработало поправки"; convention 34).
    None when no such sentence opens with a body."""
    paragraphs = [p for p in before.rstrip().split("\n") if p.strip()][-2:]
    for paragraph in reversed(paragraphs):
        for sentence in reversed(_SENTENCE_BREAK.split(paragraph.strip())):
            words = (w.strip('«»"“”(),.:;') for w in sentence.lower().split())
            if not any(
                w.startswith((*DOCUMENT_NOUNS, *ADOPTED_NOUNS, *DRAFT_NOUNS)) for w in words
            ):
                continue
            body = opening_body(sentence)
            if body is None or _names_document(body):  # "Рішення … ухвалила … рада"
                body = _adopting_body_after_verb(sentence)
            if body is not None and not _names_document(body):
                return body
    return None


def _adopting_body_after_verb(sentence: str) -> str | None:
    """ "Рішення про … ухвалила на сесії Озерна міська рада": the body after the sentence's
    first past verb (VS order, ``_subject_after_verb``), agreeing with it, as the author of
    the document the sentence opens with."""
    toks = tokens(sentence, sentence)
    if not toks or not toks[0].low.startswith((*DOCUMENT_NOUNS, *ADOPTED_NOUNS, *DRAFT_NOUNS)):
        return None  # (the document must open the sentence as the verb's object)
    for i, tok in enumerate(toks[1:12], start=1):
        if tok.kind == "p":
            return None
        past = _past_gender(tok)
        if tok.capital or past is None or toks[i - 1].low in PREPOSITIONS:
            continue
        left = toks[:i]
        found = _subject_after_verb(toks, i, past, left, adopted=True) if left else None
        if found is None or not found.speaker:
            return None
        return institution_nominative(found.speaker)
    return None


def _names_document(phrase: str) -> bool:
    """Is ``phrase`` the document itself ("Такое решение", "Постановление"), not its author?"""
    first = phrase.split()[0].lower()
    return (
        first in DEMONSTRATIVES
        or first in ("такое", "таке")
        or first.startswith((*DOCUMENT_NOUNS, *ADOPTED_NOUNS))
    )


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[«\"„А-ЯЁІЇЄҐ])")


_SHORT_PASSIVE = re.compile(r"(?:[аяеё]н[ыо]|[иыя]т[ыо])$")
"""A short passive participle, plural or neuter ("задержаны", "изъяты", "возбуждено",
"затримано"): a sentence it opens tells what was done, with no body for its subject."""


def _people_of_body(who: list[_Tok]) -> bool:
    """Does ``who`` open with a plural noun for people before a body's initials or name in
    «» ("Рятувальники ДСНС", "Аналитики «Кредит Рейтинг»")?"""
    if len(who) < 2 or not who[0].capital or who[0].low.startswith(ORG_STEMS):
        return False
    return (who[1].acronym or who[1].kind == "q") and who[0].low.endswith(_PLURAL_NOUN)


_PLURAL_NOUN = ("ики", "ці", "ые", "ні", "ри", "ты", "ти")
"""Endings of a plural noun for people ("рятувальники", "правоохоронці", "ученые",
"аудитори", "депутаты") before the body they work for."""

_NO_BODY_OPENERS = frozenset(
    (*PREPOSITIONS, *OPENING_WORDS, *CONNECTIVES, *SUBORDINATORS, "как", "як", "это", "це")
)
"""Words that open a sentence with no body as its subject (a preposition, an adverb or a
sentence's opening word such as «Сейчас», «Поэтому», a connective, a subordinating
conjunction: «Чтобы …», «Якщо …»; "как"/"як" of an aside)."""


def _done_to(tok: _Tok) -> bool:
    """Is ``tok`` a short passive participle in lower case ("взяты", "закрыто"): the
    predicate of what was done, after the thing it was done to?"""
    return (
        tok.kind == "w"
        and not tok.capital
        and len(tok.low) >= 5
        and bool(_SHORT_PASSIVE.search(tok.low))
    )


def _ends_subject(tok: _Tok) -> bool:
    """A mark or a verb (past, present or future): where a sentence's opening subject ends."""
    if tok.kind == "p":
        return True
    if tok.kind != "w" or tok.capital or _institution_word(tok.low):
        return False  # ("Омский мясокомбинат повышает": the compound is no "-ат" verb)
    if _past_gender(tok) is not None or _PAST_NEUTER.search(tok.low) is not None:
        return True  # ("Министерство разработало": a neuter body's past verb too)
    return _NON_PAST.search(tok.low) is not None


def topic_organisation(before: str) -> str | None:
    """The organisation an article is about: the first name in «» of ``before`` (its
    headline's or first sentence's, "«Ворскла»", "«Укрзалізниця»"), never a quotation of
    words; None when it names none."""
    for match in _NAME_IN_QUOTES.finditer(before):
        said = _SAID_AFTER.match(before, match.end())  # "«…», — сказал он": words
        words = before[max(0, match.start() - 30) : match.start()].lower().split()
        titled = bool(words) and words[-1].startswith(TITLE_NOUNS)  # "спектакля «Бесы»"
        short = len(match.group(1).split()) <= 4
        if said is None and not titled and short and not _quoted_clause(before, match):
            return institution_nominative(match.group(1))
    return None


def _quoted_clause(text: str, match: re.Match[str]) -> bool:
    """Is the «…» of ``match`` someone's words, not a name: a headline's quotation before a
    colon («Ремонт сделали плохо»: жители …), or three words or more with a lower-case
    finite verb among them («Двор утонул в мусоре»)? A body's name has no verb («Рога и
    копыта», «Живое слово»)."""
    if text[match.end() : match.end() + 1] == ":":
        return True
    words = match.group(1).split()
    return len(words) >= 3 and any(
        word[:1].islower() and FINITE_ENDING.search(word.strip(",.!?")) for word in words[1:]
    )


_NAME_IN_QUOTES = re.compile(r"«([^«»\n]{2,60})»")
_ANY_NAME_IN_QUOTES = re.compile(r"«[^«»\n]{2,60}»|\"[^\"\n]{2,60}\"|“[^“”\n]{2,60}”")
"""A short name in quotes: «…», or the typewriter's "…" and the English “…” a Russian or
Ukrainian text may set a name in ("Економічна правда" розповідає …)."""
_SAID_AFTER = re.compile(r",?\s*[—–-]\s")


def _names_masked(text: str) -> str:
    """``text`` with each short «…» ("…") masked, so that ``tokens`` reads a quoted name as one
    token (kind "q"), never as capitalised words of a person's name ("«Ворскли» Панченко")."""
    return _ANY_NAME_IN_QUOTES.sub(lambda m: MASK * len(m.group()), text)


@lru_cache(maxsize=4)
def _prefix_tokens(before: str) -> tuple[_Tok, ...]:
    """The article up to a sentence, tokenised with its names masked, once per sentence: an
    office's holders and a named institution are looked for in it once per alternative."""
    return tuple(tokens(before, _names_masked(before)))


@lru_cache(maxsize=4)
def _body_tokens(body: str) -> tuple[_Tok, ...]:
    """A whole article's tokens, once per article (every acronym speaker reads them)."""
    return tuple(tokens(body, body))


def spelled_out(
    body: str,
    acronym: str,
    before: int | None = None,
    *,
    defined: bool = False,
    anywhere: bool = False,
    person: Callable[[str], bool] | None = None,
) -> str | None:
    """The name an acronym abbreviates, if ``body`` (up to ``before``) spells it out ("ЦГЗ"
    for "Центр громадського здоров'я", "ДСНС" for "Державна служба з надзвичайних
    ситуацій", "UCSO" for "Union County Sheriff's Office", "MoD" for "Ministry of
    Defence"): words whose first letters are the acronym's (short function words between
    them skipped; a lower-case letter may be one of those), the first capitalised, and in
    Latin every one that gives a capital; Cyrillic in the nominative. Only when one name
    fits: two bodies with the same initials say nothing about which one is meant.

    Options (the one Latin path: ``initials``): ``defined``, the name the article gives the
    initials in brackets wins ("… Board (ECB)"); ``person``, a name it says is a person's is
    none ("GP" is no "Gareth Pimm"); ``anywhere``, with no name spelled out before
    ``before``, the one name anywhere whose words Latin initials keep, one capitalised word
    left out ("ECB" for "England and Wales Cricket Board", "TfL" named further down)."""
    if _CYRILLIC.search(acronym):  # "Антимонопольний комітет України (АМКУ)": the name the
        named = defined_in_brackets(body, acronym)  # article gives it wins, whatever its
        if named is not None:  # letters
            return named
    if not is_acronym(acronym):
        return _compound_spelled(body, acronym) if is_compound_name(acronym) else None
    latin = not _CYRILLIC.search(acronym)
    named = initials.definitions(body).get(acronym) if latin and defined else None
    if named is not None:
        return named
    named = _spelled_before(body, acronym, before, latin)
    if named is not None and person is not None and person(named):
        named = None
    if named is None and not latin and len(acronym) == 2:
        named = _one_word_initialled(body, acronym)  # "УЗ" for "Укрзалізниця"
    if named is None and anywhere and acronym.isascii():
        fits = {name for name in initials.shortened_names(body, acronym)
                if person is None or not person(name)}  # fmt: skip
        named = fits.pop() if len(fits) == 1 else None
    return named


_OBLIQUE_ENDINGS = ("і", "и", "ы", "у", "ю", "ою", "ею", "ой", "ей", "ом", "ем", "ові", "еві")
"""Endings of a noun's oblique cases, never its nominative: which of the forms of a one-word
name the article used is the one to show."""


def _one_word_initialled(body: str, initials: str) -> str | None:
    """The one-word name ``body`` uses whose two parts give the two ``initials``: its
    abbreviated first part (``ONE_WORD_NAME_PREFIXES``) and the word after it ("УЗ" for
    "Укрзалізниця": "Укр" + "залізниця"); in the nominative when the article uses it so;
    None when no such name, or two, are used."""
    first, second = initials.lower()[0], initials.lower()[1]
    forms: dict[str, set[str]] = {}
    for tok in _body_tokens(body):
        low = tok.low
        if tok.kind != "w" or not tok.capital or not low.startswith(first):
            continue
        prefix = next((p for p in ONE_WORD_NAME_PREFIXES if low.startswith(p)), None)
        if prefix is None or len(low) - len(prefix) < 4 or low[len(prefix)] != second:
            continue
        forms.setdefault(low[: len(low) - 3], set()).add(tok.text)
    if len(forms) != 1:
        return None
    written = sorted(forms.popitem()[1], key=len)
    return next((w for w in written if not w.lower().endswith(_OBLIQUE_ENDINGS)), written[0])


def is_short_form(word: str) -> bool:
    """Is ``word`` one Cyrillic short form with two capitals or more ("АМКУ", "СвЖД",
    "СПбМТСБ"), that a bracket after a long name may define?"""
    return (
        " " not in word
        and bool(_CYRILLIC.search(word))
        and word.replace("-", "").isalpha()
        and sum(c.isupper() for c in word) >= 2
    )


def defined_in_brackets(body: str, short: str) -> str | None:
    """The long name ``body`` defines a short form with, in brackets after it ("Антимонопольний
    комітет України (АМКУ)", "Свердловская железная дорога (СвЖД)", "Державна служба України
    з питань … (Держпродспоживслужба)"): from the nearest capitalised word before the bracket
    that begins with the short form's first letter (within the sentence, up to 16 words), in
    the nominative; None when it defines none, or two different ones."""
    names = set()
    for match in re.finditer(r"\(\s*" + re.escape(short) + r"\s*\)", body):
        head = body[max(0, match.start() - 400) : match.start()]
        toks = tokens(head, _names_masked(head))
        words = 0
        for k in range(len(toks) - 1, -1, -1):
            tok = toks[k]
            if (tok.kind == "p" and tok.text != ",") or words >= 16:
                break
            words += tok.kind == "w"
            if tok.kind == "w" and tok.capital and tok.low[:1] == short[:1].lower():
                phrase = _text([t for t in toks[k:] if t.kind != "p" or t.text == ","])
                names.add(institution_nominative(phrase.replace(" ,", ",")))
                break
    return names.pop() if len(names) == 1 else None


def adjective_initials(phrase: str) -> bool:
    """Is ``phrase`` a capitalised adjective and a body's initials ("Волинської ОВА")?"""
    words = phrase.split()
    return (
        len(words) == 2
        and words[1].isupper()
        and is_acronym(words[1])
        and words[0][:1].isupper()
        and _is_adjective(words[0].lower())
    )


def initials_before_name(phrase: str) -> bool:
    """Is ``phrase`` a body's kind by its initials, then its own name ("ФК Беркут", "ХК
    Кедровка", "ГК Самолет": «ФК «Беркут»» with its quotes left off)?"""
    words = phrase.split()
    return (
        len(words) >= 2
        and words[0].isupper()
        and is_acronym(words[0])
        and bool(_CYRILLIC.search(words[0]))
        and words[1][:1].isupper()
        and not any(w.isupper() for w in words[1:])
    )


_KIND_NAME = re.compile(
    r"(?<![\w-])(?P<kind>[А-ЯЁІЇЄҐ][А-ЯЁІЇЄҐа-яёіїєґ]{0,2}[А-ЯЁІЇЄҐ]{1,3})\s+"
    r"[«\"“](?P<name>[^»\"”\n]{2,60})[»\"”]"
)
"""A body written as its kind's initials before its own name in quotes ("КП
«Рівнеміськводоканал»", "ООО «Северные трубы»", "ТзОВ «Ліска»")."""
_NOUN_ENDING = re.compile(r"(?:ами|ями|ом|ем|ём|ою|ею|ах|ях|ам|ям|[аеєиіїйоуьюяы])$")


def compound_body(before: str, phrase: str) -> str | None:
    """The one body ``before`` named by a compound name whose last part is the common noun a
    lower-case ``phrase`` gives alone ("у водоканалі" after "КП «Озерноводоканал»", "на
    автозаводе" never after two "…автозавод" names): Russian and Ukrainian build a body's
    name by putting its town or trade before the noun of its kind ("Горводоканал",
    "Тепломережа"), so the noun by itself points back to that name, as "в компании" does to
    a company's. The name as the article wrote it, with its kind's initials when it has
    them; None for a phrase of several words, a short noun, no such name or two."""
    if " " in phrase or not phrase.isalpha() or not phrase.islower():
        return None
    stem = _NOUN_ENDING.sub("", phrase)
    if len(stem) < 5:
        return None
    names: dict[str, str] = {}
    for match in re.finditer(r"(?<![\w-])[А-ЯЁІЇЄҐ][а-яёіїєґ'’]{5,}(?![\w-])", before):
        # (one word: "Телеграм-канал" is a noun with a prefix, no body's own name)
        word = match.group()
        low = _NOUN_ENDING.sub("", word.lower())
        if len(low) - len(stem) < 2 or not low.endswith(stem):
            continue
        names.setdefault(low, _written_name(before, word))
    return next(iter(names.values())) if len(names) == 1 else None


def _written_name(before: str, word: str) -> str:
    """A compound name as the article writes it: with its kind's initials before its quotes
    ("КП «Озерноводоканал»") when it has them, else the word in its first-written form."""
    stem = _NOUN_ENDING.sub("", word)
    for match in _KIND_NAME.finditer(before):
        if match.group("name").startswith(stem):
            return f"{match.group('kind')} «{match.group('name')}»"
    return word


def body_by_kind(before: str, phrase: str) -> str | None:
    """The one body ``before`` wrote as a kind's initials and a name in quotes ("КП
    «Озерноводоканал»", "ООО «Тверские краски»") that a lower-case phrase spelling out those
    initials stands for ("у комунальному підприємстві", "в обществе с ограниченной
    ответственностью"): the initials are that phrase's words' first letters (a preposition's
    too, as in "ТзОВ", or without it). None when no body or two bodies are of that kind."""
    words = phrase.split()
    if len(words) < 2 or not phrase.islower() or any(not w.isalpha() for w in words):
        return None
    full = "".join(w[0] for w in words)
    short = "".join(w[0] for w in words if len(w) > 2)
    names = {
        f"{m.group('kind')} «{m.group('name')}»"
        for m in _KIND_NAME.finditer(before)
        if m.group("kind").lower() in (full, short)
    }
    return names.pop() if len(names) == 1 else None


def spelled_before_name(body: str, phrase: str) -> str | None:
    """The full name ``body`` gives a body named by its kind's initials and its own name
    ("Футбольный клуб «Беркут»" for "ФК Беркут"): the same name after words whose first letters
    are the initials; None when the article never spells them out, or two ways."""
    initials, name = phrase.split(" ", 1)
    found = set()
    for match in re.finditer(r"[«\"“]?" + re.escape(name) + r"[»\"”]?", body):
        words = body[max(0, match.start() - 60) : match.start()].split()[-len(initials) :]
        if len(words) == len(initials) and all(
            w[:1].lower() == c.lower() and w.isalpha() for w, c in zip(words, initials, strict=True)
        ):
            found.add(
                f"{words[0][:1].upper()}{words[0][1:]} {' '.join(words[1:])} «{name}»".replace(
                    "  ", " "
                )
            )
    return found.pop() if len(found) == 1 else None


def spelled_with_adjective(body: str, phrase: str) -> str | None:
    """ "Волинської ОВА", "Одеській ОВА": a place's adjective before a body's initials is the
    name the article spells out with that adjective first ("у Волинській обласній військовій
    адміністрації" -> "Волинська обласна військова адміністрація"); None when it spells out
    none, or one of another place."""
    if not adjective_initials(phrase):
        return None
    adjective, acronym = phrase.split()
    named = spelled_out(body, adjective[0].upper() + acronym)
    if named is None or not _same_stem(named.split()[0].lower(), adjective.lower()):
        return None
    return named


def _spelled_before(body: str, acronym: str, before: int | None, latin: bool) -> str | None:
    """The one name ``body`` spells out (up to ``before``) whose initials are ``acronym``."""
    found = {
        name
        for i, tok in enumerate(_body_tokens(body))
        if before is None or tok.start < before
        if (name := _spelled_at(_body_tokens(body), i, acronym, latin))
    }
    if not found and not latin and len(acronym) >= 3 and acronym[-1] in COUNTRY_INITIALS:
        found = {  # "НБУ" for "Національного банку": the country's letter left unsaid
            name
            for i, tok in enumerate(_body_tokens(body))
            if before is None or tok.start < before
            if (name := _spelled_at(_body_tokens(body), i, acronym[:-1], latin, closed=True))
        }
    return found.pop() if len(found) == 1 else None


def is_compound_name(word: str) -> bool:
    """Is ``word`` one compound name of an abbreviated first part and a stem ("Держстат",
    "Мінфін", "Госархив"), in any case?"""
    low = word.lower()
    return (
        word[:1].isupper()
        and " " not in word
        and low.isalpha()
        and any(low.startswith(p) and len(low) - len(p) >= 4 for p in COMPOUND_PREFIXES)
        and not word.isupper()
    )


def _compound_spelled(body: str, word: str) -> str | None:
    """The name a compound name abbreviates when ``body`` spells it out: a capitalised word
    that its first part abbreviates ("Держ-": "Державна"), then within five words one that
    starts like its second part ("-стат": "статистики"), in the nominative; only when one
    name fits."""
    low = institution_nominative(word).lower()
    prefix = next(p for p in COMPOUND_PREFIXES if low.startswith(p))
    tail = low[len(prefix) : len(prefix) + 4]
    toks = _body_tokens(body)
    found = set()
    for i, tok in enumerate(toks):
        if tok.kind != "w" or not tok.capital or not tok.low.startswith(COMPOUND_PREFIXES[prefix]):
            continue
        for k in range(i + 1, min(len(toks), i + 6)):
            if toks[k].kind != "w":
                break
            if toks[k].low.startswith(tail):
                found.add(institution_nominative(_text(list(toks[i : k + 1]))))
                break
    return found.pop() if len(found) == 1 else None


def _spelled_at(
    toks: tuple[_Tok, ...], i: int, acronym: str, latin: bool, closed: bool = False
) -> str | None:
    """The name spelled out from token ``i`` whose initials are ``acronym``, if it is one;
    ``closed``: only a name that ends there (no capitalised word, acronym or «» name right
    after it: "Головне управління Національної поліції" is no "ГУ" of "ГУР")."""
    tok, letters = toks[i], acronym.lower()
    if tok.kind != "w" or not tok.capital or tok.low[0] != letters[0] or _is_office(tok):
        return None  # "Міністр охорони здоров'я" is a person, not "МОЗ"
    picked, matched = [tok], 1
    following = toks[i + 1 : i + 2 * len(letters)]
    for k, nxt in enumerate(following):
        if matched == len(letters) or nxt.kind != "w" or nxt.acronym:
            break
        if acronym[matched].islower() and nxt.low[0] == letters[matched]:
            matched += 1  # "MoD": the "of" of "Ministry of Defence"
        elif nxt.low in ACRONYM_GAPS:
            pass
        elif nxt.low[0] != letters[matched] or (latin and not nxt.capital):
            break
        elif not latin and _two_initials(nxt.low, letters[matched:], following[k + 1 :]):
            matched += 2  # "ВАКС": "антикорупційний" gives "А" and "К"
        else:
            matched += 1
        picked.append(nxt)
    if matched < len(letters):
        return None
    after = i + len(picked)
    if closed and after < len(toks) and (toks[after].kind == "q" or toks[after].capital
                   or toks[after].acronym):  # fmt: skip
        return None
    return _text(picked) if latin else institution_nominative(_text(picked))


_LOCATIVE_ADJECTIVE = ("ом", "ем", "ім")
"""Adjective endings of the prepositional (locative) alone ("областном", "новім"), which
nouns in the instrumental share ("вироком", "приговором", "указом")."""
_ADJECTIVE_LOCATIVE = re.compile(r"(?:ск|цк|[^ао]н|нн)ом$")
"""An "-ом" word that is an adjective by its suffix ("-ском", "-ном": "Зареченском",
"международном"), never an instrumental noun ("вироком", "указом", "законом")."""


def _agrees(word: str, noun: str) -> bool:
    """Can ``word``, read as an adjective, agree in case with ``noun``? An "-ом" word before
    a noun that is not in the prepositional ("Вироком суду", "Приговором суда") is a noun
    in the instrumental, never the court's adjective, unless its suffix makes it an
    adjective and the noun is a Russian locative in "-у" ("в Зареченском аэропорту");
    every other ending is let through. Before a Russian noun in "-и" only the neuter's
    prepositional ("в областном управлении") takes it: "Профком Федерации" is a noun and the
    feminine name after it."""
    if not word.endswith(_LOCATIVE_ADJECTIVE) or noun[-1:] in ("е", "і"):
        return True
    if noun[-1:] == "и":
        return noun.endswith(("нии", "тии"))
    return noun[-1:] == "у" and bool(_ADJECTIVE_LOCATIVE.search(word))


def _two_initials(word: str, letters: str, rest: Sequence[_Tok]) -> bool:
    """Does a compound word give the next two initials ("антикорупційний" the "АК" of "ВАКС":
    "анти-" and "корупційний"), the second at a vowel-consonant seam inside it, where the
    word after it does not give that letter itself?"""
    if len(letters) < 2:
        return False
    after = next((t for t in rest if t.kind == "w" and t.low not in ACRONYM_GAPS), None)
    if after is not None and after.low[:1] == letters[1]:
        return False
    return any(
        word[p] == letters[1] and word[p - 1] in _VOWELS and word[p] not in _VOWELS
        for p in range(3, len(word) - 3)
    )


def _uncompounded(word: str) -> str:
    """``word`` without the first part of a compound noun ("кінофестиваль" -> "фестиваль",
    "авиакомпания" -> "компания"), so a body's compound noun is its kind's noun too."""
    first = next((p for p in NOUN_COMPOUNDS if word.startswith(p) and len(word) - len(p) >= 5),
                 None)  # fmt: skip
    return word[len(first) :] if first else word


def organised_event(before: str) -> str | None:
    """The event "організатори"/"организаторов" stand for: the first one ``before`` named
    by an event's noun ("Одеський міжнародний кінофестиваль", "фестиваль «Золотий Лев»"), in
    the nominative; None when it named none (the organisers stay a group)."""
    toks = list(_prefix_tokens(before))
    for i in range(len(toks)):  # the first: the event the article is about, never a
        low = _uncompounded(toks[i].low)  # "фестиваль в Роттердамі" named in passing later
        if toks[i].kind != "w" or not low.startswith(EVENT_NOUNS):
            continue
        quoted = next((t for t in toks[i + 1 : i + 5] if t.kind == "q"), None)
        if quoted is not None and not any(t.kind == "p" for t in toks[i + 1 : i + 5]
                                          if t.start < quoted.start):  # fmt: skip
            return _unquote(quoted.text)  # "фестиваль уличной еды «Сковорода»"
        name = named_institution(before[: toks[i].end + 40], toks[i].text)
        if name is not None:
            return name
    return None


def one_body(names: set[str]) -> str | None:
    """The one body several names of an institution noun are, when they share a name's own
    words ("Театральний фестиваль «Золотий Лев» у Львові", "Міжнародний театральний фестиваль
    «Золотий Лев»"), or when one's words are all in another: the longest; None when they may
    be two ("Омский завод", "Тверской
    завод": nothing but a sentence's first capital in common)."""
    longest = max(names, key=len) if names else None
    whole = set(_stems_of(longest or ""))
    if all(set(_stems_of(name)) <= whole for name in names):
        return longest  # "Театральний фестиваль" within "Міжнародний театральний фестиваль"
    keys = [{w.strip("«»\"") for w in name.split()[1:] if w[:1].isupper() or w[:1] in "«\""}
            for name in names]  # fmt: skip
    common = set.intersection(*keys) if keys else set()
    return longest if common else None


def topic_among(names: set[str], before: str) -> str | None:
    """Of two bodies named with one noun ("Національний банк України", "банк «Озерний
    кредит»"), the one the article is about (its first name in «», ``topic_organisation``):
    the noun alone ("пресслужба банку") means the body the story follows; None when the topic
    is neither or both."""
    topic = topic_organisation(before)
    if topic is None:
        return None
    hits = [
        name for name in names if topic.lower() in name.lower().replace("«", "").replace("»", "")
    ]
    return hits[0] if len(hits) == 1 else None


def _stems_of(name: str) -> list[str]:
    """A name's words without case or their last two letters (case endings)."""
    return [w.lower().strip('«»"')[:-2] or w.lower() for w in name.split()]


def _same_noun(word: str, stem: str) -> bool:
    """Is ``word`` the noun ``stem`` in some case ("суда" for "суд", "администрацию")?"""
    return word.startswith(stem) and word[len(stem) :] in _CASE_ENDINGS


def _name_tail(toks: list[_Tok], head: int) -> int:
    """The last token of the name an institution's head noun opens ("суд Москвы", "управління
    Національної поліції в Рівненській області"): capitalised words, with at most one
    lower-case word between them and a region noun after the last."""
    last = head
    for k in range(head + 1, min(len(toks), head + 7)):
        tok = toks[k]
        if tok.kind not in ("w", "q") or tok.text[:1].isdigit() or k - last > 3:
            break  # "Кировский суд Омска 5 мая …", "… Перми арестовал главу …"
        if verb_form(tok.text) is not None or _past_gender(tok) is not None:
            break
        if tok.low in PLATFORMS:
            break  # "пресслужба компанії у Facebook": where it posted, not its name
        if tok.low in NON_NAME_PREPOSITIONS:
            break  # "вивів клуб до Прем'єр-ліги": where it went, not its name
        if tok.low == "на" and k + 1 < len(toks) and toks[k + 1].low.startswith(REQUEST_STEMS):
            break  # "відповідь компанії на запит ЕП": whose request, not the company's name
        named = tok.capital or tok.acronym or tok.kind == "q"
        person = _person(toks[k : k + 3], last=False) if tok.capital else None
        if person is not None and person[1] == tok.start and " " in person[0]:
            break  # "директорка лікарні Олена Ярош": a person after it, not its name
        if _given_and_surname(toks, k):
            break  # "голова правління компанії Ігор Пасічнюк і радить": the same
        if named or (tok.low in REGION_NOUNS and last == k - 1):
            last = k
    return _adjectives_noun(toks, last)


def _given_and_surname(toks: Sequence[_Tok], k: int) -> bool:
    """Do tokens ``k`` and ``k + 1`` read as a person's name: a common given name, in any
    case, then a capitalised word ("Ігор Пасічнюк", "Олександра Лозинчук")? Whatever
    follows them (``_person`` asks for a verb or a preposition after)."""
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if nxt is None or not (toks[k].capital and nxt.capital) or _org_word(nxt.low):
        return False
    return given_nominative(toks[k].text, known_given) is not None or known_given(toks[k].text)


def _is_adjective(low: str) -> bool:
    return bool(_ADJECTIVE.search(low) or _UK_ADJECTIVE.search(low))


def _adjectives_noun(toks: Sequence[_Tok], last: int) -> int:
    """A name that ends on a capitalised adjective goes on to its noun, past the lower-case
    adjectives between ("… Зарічної обласної військової адміністрації"): the noun is the
    name's head, the adjectives alone name nothing."""
    if not (toks[last].capital and _is_adjective(toks[last].low)):
        return last
    for k in range(last + 1, min(len(toks), last + 5)):
        tok = toks[k]
        if tok.kind != "w" or tok.capital or tok.low in PREPOSITIONS:
            break
        if verb_form(tok.text) is not None or _past_gender(tok) is not None:
            break
        if tok.low in TOPIC_PREPOSITIONS or tok.low in ADVERBS or _name_break(toks, k):
            break  # "Спілка … Волині щодо правил", "… Волині не погоджується": no noun of it
        if not _is_adjective(tok.low):
            return k
    return last


def _name_break(toks: Sequence[_Tok], k: int) -> bool:
    """Does token ``k`` end a body's name before it: a negation or a preposition of a topic
    (``NAME_BREAKS``, ``TOPIC_PHRASES``: "не согласен", "про нові акцизи", "по поводу
    пошлин"), or "last" before a span or a season ("минулого тижня", "прошлой осенью")? The
    predicate, what the body speaks of, or a time follows; a name holds none of them."""
    low = toks[k].low
    nxt = toks[k + 1].low if k + 1 < len(toks) else ""
    if low in NAME_BREAKS or (low, nxt) in TOPIC_PHRASES:
        return True
    return low.startswith(PAST_TIME_STEMS) and (nxt in PERIOD_NOUNS or nxt in ADVERBS)


def _same_stem(a: str, b: str) -> bool:
    """One word in two cases ("губернатора", "губернатор"; "обороны", "обороны")."""
    stem = min(len(a), len(b)) - 2
    return len(a) >= 3 and a[: max(3, stem)] == b[: max(3, stem)]


def _institution_first(who: list[_Tok]) -> bool:
    """The phrase opens with an institution's head noun, capitalised or after capitalised
    adjectives in any case ("Федерация …", "Державна служба України …", "Національної служби
    здоров'я України"): a lone capitalised word later in it is a place in the genitive, part of
    the body's name, never a person."""
    if not who or not who[0].capital:
        return False
    for tok in who[:4]:  # (the head noun first: "Міністерства" ends like an adjective)
        if tok.low.startswith(ORG_STEMS):
            return True
        if not (_NOMINATIVE_ADJECTIVE.search(tok.low) or _ADJECTIVE.search(tok.low)):
            return False  # ("Національної служби …", "Державної служби …": in the genitive
    return False  # after "за даними", the adjectives are oblique)


def _acts_for_name(who: list[_Tok], i: int) -> bool:
    """Is the name after the role ``who[i]`` whom it acts for, in the genitive, rather than
    the role's holder? Always after the defence («Защита Гурьева»: a collective noun, no
    person, though «Гурьева» reads as a woman's nominative too)."""
    return who[i].low in DEFENCE_NOUNS


def _unnamed_role(who: list[_Tok]) -> Source | None:
    """ "Представитель Минсельхоза", "высокопоставленный чиновник", "речниця відомства": an
    official named by role only (no name followed) is an unnamed source, affiliated to the
    institution after the role."""
    for i, tok in enumerate(who[:3]):
        if tok.kind != "w" or not tok.low.startswith(UNNAMED_ROLES):
            continue
        before = [
            t
            for t in who[:i]
            if t.low not in QUANTIFIERS and t.kind == "w" and not (t.acronym or t.capital)
        ]  # fmt: skip  ("«Ведомостям» два сотрудника")
        if any(not _ADJECTIVE.search(t.low) for t in before):
            return None  # "помощник представителя …": the role is not the head
        if _person(who[i + 1 :], last=False) is not None and not _acts_for_name(who, i):
            return None  # "Представитель МИД Мария Захарова": named
        end = _phrase_end(who, i)
        end = next(
            (
                k
                for k in range(i + 1, end)
                if not who[k].capital
                and (
                    MASCULINE_PAST.search(who[k].low)
                    or (k > i + 1 and who[k - 1].capital and FINITE_ENDING.search(who[k].low))
                )
            ),
            end,
        )  # fmt: skip  ("Захист X наполягав", "Защита X попросила суд …")
        while end > i + 1 and who[end - 1].low in PHRASE_PARTICLES:
            end -= 1  # "Представитель клуба не подтвердил": "не" is the verb's
        rest = who[i + 1 : end]
        if rest and rest[0].low in PREPOSITIONS and any(_suit_document(t.low) for t in rest[1:3]):
            rest = []  # "Защита в апелляционной жалобе просит": the paper it speaks in
        return Source(_text(who[:end]), "anonymous", affiliation=_text(rest) or None,
                      offset=who[0].start)  # fmt: skip
    return None


def _asked_aside(toks: list[_Tok], i: int) -> bool:
    """Whether the request at ``i`` is no sentence's own source: the ones asked right before
    it, in the accusative ("когда журналистов просят покинуть зал", "Її просять зачекати": no
    subject), or another reporting verb after it that is ("хотя об этом просят трейдеры, об
    этом газете рассказали два чиновника": a request told inside another's words)."""
    before = toks[i - 1]
    if before.kind == "w" and (before.low in ASKED_PRONOUNS or _genitive_plural(before.low)):
        return not before.capital or before.low in ASKED_PRONOUNS  # ("Її попросили …")
    return any(
        t.kind == "w" and not t.low.startswith(ASKING_STEMS) and verb_form(t.text) is not None
        for t in toks[i + 1 :]
    )


def _without_proceeding(left: list[_Tok]) -> list[_Tok]:
    """A subject without the proceeding or the filed paper the sentence opens in ("В прениях
    сторона обвинения", "В жалобе защита", "У судовому засіданні прокурор": a preposition, at
    most one adjective and a ``PROCEEDING_STEMS`` or ``SUIT_DOCUMENTS`` noun), so that the
    setting is never read as a body ("в X" of "сообщили в X")."""
    if len(left) < 3 or left[0].low not in ("в", "во", "у"):
        return left
    for k in (1, 2):
        low = left[k].low if k < len(left) - 1 else ""
        if low.startswith(PROCEEDING_STEMS) or _suit_document(low):
            return left[k + 1 :]
    return left


def _suit_document(low: str) -> bool:
    """A paper a party files, in any case ("жалобе", "скарзі", "ходатайстве": at most three
    letters after a ``SUIT_DOCUMENTS`` stem, never "искусство")."""
    return any(low.startswith(s) and len(low) - len(s) <= 3 for s in SUIT_DOCUMENTS)


def _spokespeople(who: list[_Tok]) -> Source | None:
    """ "Представители заповедника заявили", "Представники компанії «Зет» повідомили": a
    body's spokespeople, several and unnamed, speak for it as one unnamed spokesperson does
    (README convention 17, session 22): anonymous, affiliated to the body. People who speak
    for many bodies or for a sector ("представители торговых сетей", "представники
    опозиції", "представители бизнеса") are a group of a kind, left to ``_group``."""
    if len(who) < 2 or who[0].kind != "w" or not who[0].low.startswith(SPOKESPERSON_STEMS):
        return None
    if not who[0].low.endswith(("и", "і")):
        return None  # one spokesperson: ``_unnamed_role``
    end = _phrase_end(who, 1)
    while end > 1 and who[end - 1].low in PHRASE_PARTICLES:
        end -= 1  # "Представители клуба не подтвердили": "не" is the verb's
    rest = who[1:end]
    head = next((t for t in rest if t.kind != "w" or not _ADJECTIVE.search(t.low)), None)
    if head is None:
        return None
    if head.kind == "w" and not (head.capital or head.acronym):
        if head.low in PREPOSITIONS:
            return None
        if any(t.kind == "w" and t.low.endswith((*GENITIVE_PLURAL, "ань", "ень")) for t in rest):
            return None  # "представители банков", "представники об'єднань мешканців": many
        if not head.low.endswith(_SINGULAR_GENITIVE_LAST):
            return None  # "представители школ", "представники громад": a singular genitive
            # always ends on a vowel ("школы", "громади"); a bare stem is the plural's
        if head.low.startswith(SECTOR_STEMS):
            return None
    if any(t.low in COUNTS_OBLIQUE or t.low in QUANTIFIERS for t in rest):
        return None  # "представители обеих сторон", "представники кількох компаній": many
    person = _person(rest, last=False)
    if person is not None and " " in person[0]:
        return None  # "Представители компании Иван Петров и Анна …": named ("«Фора»" is not)
    return Source(_text(who[:end]), "anonymous", affiliation=_text(rest), offset=who[0].start,
                  gender="pl")  # fmt: skip


_SINGULAR_GENITIVE_LAST = tuple("аеёиоуыэюяіїє")
"""The vowels a Russian or Ukrainian genitive singular ends on."""


def _possessed_role(who: list[_Tok]) -> bool:
    """ "его представитель", "її речниця": an unnamed spokesperson of whoever "his/her/its"
    points to (never a pronoun subject, never a named person)."""
    return (
        len(who) >= 2
        and who[0].low in POSSESSIVE_PRONOUNS
        and who[1].kind == "w"
        and who[1].low.startswith(UNNAMED_ROLES)
        and _person(who[2:5], last=False) is None
    )


def _several_unnamed(who: list[_Tok]) -> Source | None:
    """ "три топ-менеджера строительных компаний", "двоє керівників банків", "по словам двух
    чиновников мэрии": a number of people by role with no name: unnamed sources, affiliated
    to the body the phrase names (README conventions 17, 20)."""
    if len(who) < 2 or not _a_count(who[0]) or who[0].low in ONE_MEMBER_WORDS:
        return None
    head = who[1]
    if head.kind != "w" or not head.low.startswith((*UNNAMED_ROLES, *MANAGER_STEMS, *STAFF_STEMS)):
        return None
    rest = who[2 : _phrase_end(who, 2)]
    if any(t.kind == "w" and t.capital and _person(who[2:], last=False) for t in rest[:1]):
        return None  # "двое сотрудников Иван Петров и …": names follow
    if any(
        who[k].kind == "w" and who[k].capital and not who[k - 1].capital
        and _person(who[k : k + 3], last=False) for k in range(3, min(len(who), 6))
    ):  # fmt: skip
        return None  # ("двоє працівників заводу Іван Петренко та …": after their body)
    return Source(_text(who[: _phrase_end(who, 0)]), "anonymous",
                  affiliation=_counted_affiliation(who), offset=who[0].start)  # fmt: skip


def _unnamed(who: list[_Tok]) -> Source | None:
    """ "источник в правительстве", "собеседник издания в мэрии", "джерело в клубі"; a plain
    person noun described by closeness or knowledge ("трёх близких к мэрии людей"), or one
    from someone's circle ("человек из окружения певицы", "людина з оточення мера")."""
    circle = next((k for k, t in enumerate(who[1:5], start=1) if t.low.startswith(ENTOURAGE_STEMS)
                   and who[k - 1].low in ("из", "з", "із", "зі")), None)  # fmt: skip
    if circle is not None and circle + 1 < len(who):
        end = _phrase_end(who, circle + 1)
        return Source(_text(who[:end]), "anonymous", affiliation=_text(who[circle + 1 : end]),
                      offset=who[0].start)  # fmt: skip
    if _friend_of(who):
        return Source(_text(who[: _phrase_end(who, 0)]), "anonymous", offset=who[0].start)
        # "Подруга актрисы рассказала": a friend of hers, one of many, unnamed
    head = next((k for k, t in enumerate(who[:6]) if t.low in KNOWING_NOUNS), None)
    if head is not None and any(t.low.startswith(CLOSENESS_STEMS) for t in who[:head]):
        return Source(_text(who[: head + 1]), "anonymous", affiliation=_close_to(who[:head]),
                      offset=who[0].start)  # fmt: skip
    close = next((k for k, t in enumerate(who[:2]) if t.low.startswith(CLOSENESS_STEMS)), None)
    source = next((k for k, t in enumerate(who[:7]) if t.low in SOURCE_NOUNS), None)
    if close is not None and source is not None and source > close + 1:  # "близкие к Белому дому
        return Source(_text(who[: source + 1]), "anonymous",  # источники"
                      affiliation=_close_to(who[:source]), offset=who[0].start)  # fmt: skip
    for i, tok in enumerate(who[:4]):
        if tok.low in SOURCE_NOUNS:
            told = who[:i]
            while told and told[-1].low in QUANTIFIERS:  # "сообщили Рейтер два источника"
                told = told[:-1]
            if told and told[0].low in DEMONSTRATIVES | THIS_FORMS:  # "Такі зміни джерело
                start = len(told)  # пов'язує з …": a fronted object is no part of the source
                return Source(_text(who[start : _phrase_end(who, i)]), "anonymous",
                              affiliation=_affiliation(who, i + 1), offset=tok.start)  # fmt: skip
            if told and all(t.kind == "q" or t.acronym or (t.capital and t.start > 0)
                            for t in told):  # fmt: skip
                i = len(told)
                # "сообщил РБК источник в …": the outlet told, then the source
                return Source(_text(who[i : _phrase_end(who, i)]), "anonymous",
                              affiliation=_affiliation(who, i + 1), via=_text(told),
                              offset=tok.start)  # fmt: skip
            return Source(_text(who[: _phrase_end(who, i)]), "anonymous",
                          affiliation=_affiliation(who, i + 1), offset=tok.start)  # fmt: skip
    return None


def _friend_of(who: list[_Tok]) -> bool:
    """Is ``who`` a friend or acquaintance of someone ("Подруга актрисы", "Друг детства Ивана
    Петрова"), not a friend named in apposition ("Подруга Анна Смирнова": a name in the
    nominative after the noun is who speaks)?"""
    if len(who) < 2 or who[0].low not in FRIEND_NOUNS or who[1].kind != "w":
        return False
    if who[1].low in PREPOSITIONS:
        return False  # "Знакомый с ситуацией человек": closeness, read by ``_unnamed``
    if not who[1].capital:
        return True
    name = _text(who[1 : _phrase_end(who, 1)])
    return person_nominative(name, None)[0] != name


def _affiliation(who: list[_Tok], start: int) -> str | None:
    """What an unnamed source belongs to: the phrase after "в/у/из/при", or "близкий к"."""
    for i in range(start, min(len(who), start + 4)):
        if who[i].low in ("в", "во", "у", "из", "із", "з", "при", "к", "до"):
            rest = who[i + 1 : _name_end(who, i + 1)]
            return _text(rest) or None
    return None


def _phrase_end(who: list[_Tok], start: int, limit: int = 6) -> int:
    """Where a noun phrase from ``start`` ends: before a verb or a participle aside."""
    end = start
    for i in range(start, min(len(who), start + limit)):
        if who[i].kind == "w" and verb_form(who[i].text) is not None:
            break
        if who[i].low in ("на", "который", "которая", "який", "яка") or who[i].low in ADVERBS:
            break
        if who[i].low in TOPIC_PREPOSITIONS or _name_break(who, i):
            break  # "НБУ щодо рішення", "Союз … по поводу пошлин", "Спілка … не погоджується",
            # "Міністерство … минулого тижня": the topic, the predicate or a time, not the name
        following = who[i + 1].low if i + 1 < len(who) else ""
        setting = (
            following in SETTING_NOUNS
            or following in PLATFORMS
            or following.startswith(WEEKDAY_STEMS)
        )
        answer = following in RESPONSE_NOUNS  # "в ответ", "у відповідь": a manner
        if i > start and who[i].low in ("в", "во", "у") and (setting or answer):
            break  # "Ігнат в ефірі телемарафону", "РБК в среду": where or when, not who
        end = i + 1
    while (
        end - start >= limit
        and end < min(len(who), start + limit + 3)
        and who[end].kind == "w"
        and verb_form(who[end].text) is None
        and (
            (_ADJECTIVE.search(who[end - 1].low) and who[end].low not in PREPOSITIONS)
            or who[end - 1].low in _NAME_LINKS
        )
    ):
        end += 1  # "… Зарічної обласної військової адміністрації": an adjective's noun;
    return max(end, start + 1)  # "… азартних ігор та лотерей": a name ends on no link


def _name_end(who: list[_Tok], start: int) -> int:
    """Where an institution's name from ``start`` ends: its whole noun phrase ("Управление
    по охране и использованию водных ресурсов Тверской области"), to the first word that
    cannot be part of a name, bounded by the phrase (``_phrase``: to a comma or a stop), not
    by a count of words. A description of a person keeps ``_phrase_end``'s short reach."""
    end = _phrase_end(who, start, limit=len(who))
    for i in range(start + 1, end):
        if _outside_name(who, i) or (i - start >= _SHORT_NAME and _outlet_after(who, i)):
            return i
    return end


_SHORT_NAME = 6
"""The words a body's name had room for before it ran to its end: within them an acronym
or a quotation is the name's own ("Центр громадського здоров'я МОЗ України", "Громадянська
мережа ОПОРА"); after a longer name, the outlet it was told to (``_outlet_after``)."""


def _outside_name(who: list[_Tok], i: int) -> bool:
    """A word that ends a name when a count no longer does: a mark, a figure or a date ("1 июля"),
    the one told ("журналистам"), where it was said ("в своём Telegram-канале", "у
    висновку": "в/у" before a lower-case word; a place in a name is capitalised, "у
    Рівненській області")."""
    low = who[i].low
    if who[i].kind == "p" or low[:1].isdigit() or low in CHANNEL_NOUNS:
        return True  # (a mark: "NGS.RU" is a site after the name)
    following = who[i + 1] if i + 1 < len(who) else None
    if low in ("в", "во", "у") and following is not None and following.kind == "w":
        return not following.text[:1].isupper()
    if low in TIME_PREPOSITIONS or (low in PREPOSITIONS and _period_after(who, i + 1)):
        return True  # "… области после жалоб …", "… з питань праці за минулий тиждень"
    # "… споживачів за результатами перевірок" ends the name, never "по надзору за связью"
    if low == "по" and following is not None:  # "в прокуратуре по итогам проверки", never
        return following.low in _BY_WHAT_PO  # "Комитет по информационной политике"
    return low == "за" and following is not None and following.low.startswith(_BY_WHAT)


def _period_after(who: list[_Tok], k: int) -> bool:
    """Does a span of time start at ``k`` ("минулий тиждень", "три месяца", "2025 год"):
    at most two lower-case words or figures (its adjectives, its count) before a noun of
    ``PERIOD_NOUNS``? After a preposition it is a time, no part of a name."""
    for j in range(k, min(len(who), k + 3)):
        tok = who[j]
        if tok.kind == "w" and not tok.capital and tok.low in PERIOD_NOUNS:
            return True
        if _ROMAN.fullmatch(tok.text):
            continue  # "за III квартал", "за II полугодие": a count, as "за три месяца"
        if tok.capital or tok.acronym or tok.kind == "p":
            return False
    return False


_ROMAN = re.compile(r"[IVXІХ]{1,4}")
"""A Roman numeral, in Latin capitals or the Cyrillic "І" and "Х" that look like them, as
Russian and Ukrainian print them before a quarter, a half-year or a century ("III квартал",
"ІІ півріччя")."""


def _outlet_after(who: list[_Tok], i: int) -> bool:
    """The outlet told, after a long name's last word ("… Веретьевской области ТАСС"): an
    acronym, a quotation or a Latin word after a lower-case noun that is no institution's
    ("управление МЧС" keeps its acronym)."""
    tok, before = who[i], who[i - 1]
    outlet = tok.kind == "q" or tok.acronym or (tok.kind == "w" and _LATIN.search(tok.text))
    lower_noun = before.kind == "w" and not before.capital and not before.acronym
    body = before.low.startswith(ORG_STEMS) or is_institution_noun(before.text)
    return bool(outlet) and lower_noun and not body


_BY_WHAT = ("результат", "итог", "підсумк", "даним", "данным", "информаци", "інформаці")
"""What "за" is followed by when it says on what grounds a body acts ("за результатами
перевірок", "за даними"), after the body's name, never inside it."""

_BY_WHAT_PO = frozenset(("итогам", "результатам", "данным", "информации", "сведениям"))
"""The Russian twin of ``_BY_WHAT`` after "по" ("по итогам проверки", "по данным"), whole
words only: "по" also links a name's own parts ("Управление ФАС по Курганской области",
"Комитет по информационной политике")."""

_NAME_LINKS = frozenset(("и", "і", "та", "й", "з", "із", "по"))
"""Words inside a long name that never end it ("Комісія з регулювання азартних ігор та
лотерей", "Управление по гидрометеорологии и мониторингу …")."""


def _person(who: list[_Tok], last: bool) -> tuple[str, int] | None:
    """A person's name: a run of capitalised words that reads as a given name and surname
    (or a surname alone), the last such run of a subject or the first after a verb."""
    runs: list[tuple[str, int]] = []
    i = 0
    while i < len(who):
        if not who[i].capital:
            i += 1
            continue
        j = i
        while j < len(who) and who[j].capital:
            j += 1
        name = _name_of(who, i, j)
        if name is not None:
            runs.append(name)
        i = j
    if not runs:
        return None
    if not last and " " not in runs[0][0]:  # "вице-мэр Тулы по вопросам … Виктор
        full = next((run for run in runs[1:] if " " in run[0]), None)  # Лапшин": the
        return full or runs[0]  # place after the office is no person, the full name is
    return runs[-1] if last else runs[0]


def _name_of(who: list[_Tok], i: int, j: int) -> tuple[str, int] | None:
    """The name in the capitalised run ``who[i:j]``, or None when it is an institution or
    a place ("Самарской области": a lower-case noun continues it)."""
    after = who[j] if j < len(who) else None
    if after is not None and after.acronym and j - i == 1:
        return None  # "голова Харківської ОВА", "Московского МВД": a modifier of the acronym
    if after is not None and after.kind == "w" and not after.capital and not after.acronym:
        low = after.low
        told = low in CHANNEL_NOUNS  # "— сказал Цивилев журналистам": whom he told
        acted = _past_gender(after) is not None  # "Депутат Игорь Лукин предложил …"
        if (
            not (told or acted)
            and low not in PREPOSITIONS
            and low not in ADVERBS
            and low not in AND_WORDS  # ("Ігор Пасічнюк і радить")
            and verb_form(low) is None
        ):
            return None
    words = who[i:j]
    keep = 3 if len(words) >= 3 and _PATRONYMIC.search(words[-2].low) else 2
    words = words[-keep:]
    if any(_org_word(w.low) for w in words):
        return None  # "Совет Федерации", "Минфина"; never "Силуанов" (it starts like "сил")
    if words[0].low in ONE_OF_WORDS:
        return None
    emphatic = words[0].low in EMPHATIC_WORDS
    if words[0].low.startswith(GROUP_STEMS) or emphatic:
        words = words[1:]
    if not words:
        return None
    lone = len(words) == 1 and not _SURNAME.search(words[0].low) and not emphatic
    if lone and (i == 0 or not _has_role_before(who, i)):
        return None
    return " ".join(w.text for w in words), words[0].start


def _org_word(low: str) -> bool:
    """A word of an institution's name: it starts with an institution word, and is not a
    surname that merely begins like one ("Силуанов" is no "сил-", "Минфина" is "минфин-")."""
    for stem in ORG_STEMS:
        if low.startswith(stem):
            return len(low) - len(stem) < 4 or not _SURNAME.search(low)
    return low.startswith(("мин", "мін")) and len(low) >= 6 and not _SURNAME.search(low)


def _has_role_before(who: list[_Tok], i: int) -> bool:
    """A lower-case word just before a single capitalised word ("мешканка будинку Галина")."""
    before = who[i - 1] if i > 0 else None
    return (
        before is not None and before.kind == "w" and not before.capital
        and not before.acronym  # "РИА Новости": one name, no role before a surname
        and before.low not in PREPOSITIONS and verb_form(before.text) is None
    )  # fmt: skip


def _organisation(who: list[_Tok]) -> Source | None:
    """An institution: a name in «», an acronym, a capitalised name continued by lower-case
    words ("Національної служби здоров'я"), or a phrase headed by an institution noun."""
    for tok in who:
        if tok.kind == "q" and len(tok.text.split()) <= 5:
            return Source(_unquote(tok.text), "organisation", offset=tok.start)
    for i, tok in enumerate(who):
        if tok.kind != "w":
            continue
        after_preposition = i > 0 and who[i - 1].low in PREPOSITIONS
        if tok.low.startswith(ORG_STEMS) and not tok.capital and not after_preposition:
            if tok.low.endswith(GENITIVE_PLURAL):
                return Source(
                    _text(who[i : _phrase_end(who, i)]), "vague", offset=tok.start, gender="pl"
                )  # "за даними місцевих каналів": a group
            first = i
            while first > 0 and who[first - 1].kind == "w" and not who[first - 1].capital \
                    and _ADJECTIVE.search(who[first - 1].low) \
                    and _agrees(who[first - 1].low, tok.low):  # fmt: skip
                first -= 1  # "областного минздрава": the institution with its adjectives
            return Source(_text(who[first : _name_end(who, i)]), "organisation",
                          offset=who[first].start)  # fmt: skip
        if tok.capital or tok.acronym:
            return Source(_text(who[i : _name_end(who, i)]), "organisation", offset=tok.start)
    return None


def _a_side_speaks(who: list[_Tok], side: int) -> bool:
    """Is the side noun at ``side`` the subject itself: nominative ("оппозиция", "опозиція"),
    with no name after it? "Лидер оппозиции Иван Петров" is a named person of the side,
    never the side."""
    if not who[side].low.endswith(("ия", "ія")):
        return False
    return not any(t.kind == "w" and (t.capital or t.acronym) for t in who[side + 1 :])


def _side_alone(who: list[_Tok]) -> bool:
    """Is ``who`` a side noun with at most its lower-case adjectives ("оппозиции",
    "парламентской оппозиции") and no name: "в оппозиции считают" is the side, as "оппозиция
    считает" is, never a body called "оппозиция"."""
    if not who or who[-1].kind != "w" or not _side_noun(who[-1].low):
        return False
    return all(t.kind == "w" and not t.capital and not t.acronym and _is_adjective(t.low)
               for t in who[:-1])  # fmt: skip


def _side_noun(low: str) -> bool:
    """ "оппозиция", "опозиції": the noun of a side (``SIDE_STEMS``) in any case, never the
    adjective of a body's name ("Оппозиционный альянс за перемены" is that body)."""
    return any(low.startswith(stem) and len(low) - len(stem) <= 2 for stem in SIDE_STEMS)


def _group(who: list[_Tok], gender: str) -> Source | None:
    """An unnamed group: "эксперты", "мешканці Харкова" (with a plural verb); or, with a
    plural verb of opinion or speech, any plural common noun that opens the subject
    ("Градозащитники опасаются"): people of a kind, never a name."""
    for i, tok in enumerate(who[:3]):
        if tok.kind == "w" and tok.low.startswith(GROUP_STEMS):
            body = _experts_body(who, i)
            if body is not None:
                return body
            return Source(_text(who[i : _phrase_end(who, i, 4)]), "vague", offset=tok.start,
                          gender="pl")  # fmt: skip
    first = who[0] if who else None
    plural_noun = (
        first is not None and first.kind == "w" and not first.acronym
        and len(first.low) > 4 and first.low.endswith(("ы", "и", "і"))
        and not first.low.startswith(ORG_STEMS)  # ("Сапери ДСНС кажуть": people of a kind)
        and not _ADJECTIVE.search(first.low) and not any(t.kind == "q" for t in who[:3])
    )  # fmt: skip
    if gender == "pl" and plural_noun and first is not None:
        return Source(_text(who[: _phrase_end(who, 0, 4)]), "vague", offset=first.start,
                      gender="pl")  # fmt: skip
    return None


def _experts_body(who: list[_Tok], i: int, stems: tuple[str, ...] = EXPERT_STEMS) -> Source | None:
    """ "Синоптики Тверского ЦГМС", "аналітики «Кредит Рейтинг»": a body's experts speak as the
    body (named by an acronym, a name in «» or an institution's word), never as a group; so
    does its staff where the caller says they speak as it (``STAFF_STEMS``)."""
    if not who or who[i].kind != "w" or not who[i].low.startswith(stems):
        return None
    rest = who[i + 1 : _phrase_end(who, i + 1, 4)]
    if not rest or rest[0].low in PREPOSITIONS or rest[0].low in RELATIVES:
        return None
    if not any(t.kind == "q" or t.acronym or t.low.startswith(ORG_STEMS) for t in rest):
        return None  # "эксперты музейного рынка": a sector, a group
    return Source(_text(rest), "organisation", offset=rest[0].start)


def _many_people(who: list[_Tok]) -> bool:
    """Is a bare role after "по словам"/"за словами" many people ("патрульних", "собравшихся",
    "местных лесников", "деяких водіїв"): a plural genitive, of the noun or the word before
    it? Then it is a group, never the one person just quoted."""
    words = [t for t in who if t.kind == "w"][:2]
    if not words:
        return False
    if len(words) == 1:
        return words[0].low.endswith((*GENITIVE_PLURAL, *PLURAL_GENITIVE_ADJECTIVES))
    return words[0].low.endswith(PLURAL_GENITIVE_ADJECTIVES) and words[1].low.endswith(
        (*GENITIVE_PLURAL, "ей", "ий", "ів", "їв")
    )


def _bare_role(who: list[_Tok], sentence_start: bool = False) -> bool:
    """ "эксперт", "чиновник", "посадовець", "военный эксперт": a one-person role with no
    institution or name after it, which after a quote points back at whoever was just
    quoted or introduced so (never a spokesperson or a source noun: those are new
    unnamed sources)."""
    cut = next((k for k, t in enumerate(who) if t.low in PREPOSITIONS), len(who))
    who = who[:cut]  # "посадовець під час брифінгу": the role, then when
    if not 1 <= len(who) <= 2 or any(t.kind != "w" or t.acronym for t in who):
        return False
    if any(t.capital for t in who[1:]) or (who[0].capital and not sentence_start):
        return False
    if sentence_start and len(who) > 1:
        return False  # "Высокопоставленный чиновник заявил": a new unnamed source
    head = who[-1].low
    if _side_noun(head):
        return False  # "…, заявила оппозиция": a side of several parties, no one's role
    if sentence_start and not (head.startswith(UNNAMED_ROLES) or head.startswith(GROUP_STEMS)
                               or _is_office(who[-1]) or _one_expert(head)):  # fmt: skip
        return False  # "Компания сообщила": not a person's role
    if head in SOURCE_NOUNS or head in KNOWING_NOUNS or head.startswith(SPOKESPERSON_STEMS):
        return False
    return len(who) == 1 or bool(_ADJECTIVE.search(who[0].low))


def _one_expert(low: str) -> bool:
    """ "Ученый добавил", "Науковець зазначив": one expert (singular) pointing back at the
    one just quoted, never the plural group ("Ученые", "Аналитики")."""
    return low.startswith(EXPERT_STEMS) and not low.endswith(("и", "ы", "і", "ые", "ие"))


def is_unnamed_role(phrase: str) -> bool:
    """Is ``phrase`` a role that names no one ("чиновник", "эксперт", "один из адвокатов
    подсудимого": one of the lawyers, its head the noun after "из", not the client after it)?
    Then with nobody to point back at it is an unnamed source, not a person called so. A paper
    it speaks in, after a preposition ("защитник в апелляционной жалобе"), is not part of the
    role. The noun after "из" counts only when it is an official's or a lawyer's role: "один
    из жителей дома" is a member of the public, whom the conventions leave unattributed (H-a),
    never an anonymous source."""
    words = phrase.lower().split()
    if not words:
        return False
    cut = next((k for k in range(1, len(words) - 1) if words[k] in PREPOSITIONS
                and any(_suit_document(w) for w in words[k + 1 : k + 3])), len(words))  # fmt: skip
    if words[cut - 1].startswith((*UNNAMED_ROLES, *GROUP_STEMS)):
        return True
    if len(words) <= 3 and unnamed_person(words[0]) and not words[0].startswith("власни"):
        return True  # "за словами сумчанки", "по словам жительницы": one of the public
    one_of = len(words) >= 3 and words[0] in ONE_MEMBER_WORDS and words[1] in ("из", "з", "із")
    return (one_of and words[2].startswith((*UNNAMED_ROLES, *LAWYER_STEMS))) or (
        one_of_the_public(phrase)
    )


def one_of_the_public(phrase: str) -> bool:
    """Is ``phrase`` one of a group of the public, in any case ("одна из жительниц дома",
    "одной из жительниц", "один із мешканців", "одного из пассажиров")? The labels make such
    a speaker an anonymous source (convention 17, the public unnamed), never a person so
    called nor the post "одной"."""
    words = phrase.lower().split()
    one = bool(words) and (words[0] in ONE_MEMBER_WORDS or words[0] in ONE_OF_OBLIQUE)
    return one and len(words) >= 3 and words[1] in ("из", "з", "із") and public_plural(words[2])


def met_before(before: str, phrase: str) -> bool:
    """Is ``phrase`` a member of the public («мужчины», «сумчанки») whom the article has
    already written of before, in any case («патрульные остановили мужчину, который …»)?
    Then "по словам мужчины" is that man, the one the story is about, not a source met for
    the first time (an anonymous one)."""
    words = phrase.lower().split()
    if len(words) != 1 or not unnamed_person(words[0]):
        return False
    stem = words[0][: max(4, len(words[0]) - 3)]
    return any(
        word.startswith(stem) and unnamed_person(word)
        for word in re.findall(r"[а-яёіїєґ'’]+", before.lower())
    )


def _role(who: list[_Tok], gender: str, offset: int) -> Source | None:
    """A bare role after a quote ("— сказал мэр", "— сказав захисник"): the person just
    quoted, for the engine to resolve like a pronoun."""
    if len(who) > 4 or any(t.capital or t.kind == "q" for t in who):
        return None
    return Source(None, "pronoun", cue=who[0].low, offset=offset, gender=gender or None)


def _anonymous(found: Source | None, toks: list[_Tok]) -> Source:
    """An anonymity phrase: the source is anonymous; its descriptor is kept when found."""
    if found is not None and found.kind == "anonymous":
        return found
    descriptor = affiliation = None
    if found is not None and found.kind == "pronoun" and found.cue:
        descriptor = found.cue
    elif found is not None and found.kind in ("organisation", "vague") and found.speaker:
        words = found.speaker.split()  # "Представитель компании «Х», попросивший не …"
        if len(words) > 1 and words[0][:1].isupper() and not words[1][:1].isupper():
            descriptor = found.speaker
    return Source(descriptor, "anonymous", affiliation, via=found.via if found else None,
                  cue="anonymity", offset=found.offset if found else 0)  # fmt: skip


# --- one person across case endings -----------------------------------------------------------
def full_name(before: str, surname: str, gender: str | None) -> str | None:
    """The full name a lone surname speaker stands for, from the last "given name + surname"
    pair in ``before`` whose surname is a case form of it ("уволил тренера Романа Коваля …
    Коваль заявил" -> "Роман Коваль"), the given name put back in the nominative."""
    forms = _case_forms(surname, gender)
    words = [t for t in tokens(before, before) if t.kind == "w"]
    ukrainian = bool(re.search(r"[іїєґ]", before.lower()))
    for i in range(len(words) - 1, 0, -1):
        given, last = words[i - 1], words[i]
        if last.text not in forms or not given.capital or given.low.startswith(ORG_STEMS):
            continue
        if _is_document(given.low) or _is_office(given):
            continue  # "Заява Профспілки …", "Голова Укрпошти радить …": a statement's or
            # an office holder's headline, no given name
        if before[given.end : last.start] != " " or given.low in EMPHATIC_WORDS:
            continue
        case = None if last.text == surname else cyrillic.OBLIQUE  # ("Романа Коваля")
        pair = f"{given.text} {last.text}"
        first = person_nominative(pair, None, case, ukrainian, gender)[0].split()[0]
        if gender == "f" and male_given(first):
            continue  # "Шевченко заявила": never "Тарас Шевченко"
        return f"{first} {surname}"
    return None


def male_given(given: str) -> bool:
    """Does a given name in the nominative end as only men's do ("Тарас", "Сергій",
    "Дмитро"; a woman's ends in -а, -я or -ь)?"""
    low = given.lower()
    return bool(_CYRILLIC.search(low)) and not low.endswith(("а", "я", "ь"))


def _case_forms(surname: str, gender: str | None) -> set[str]:
    """The case forms of a nominative surname for a man ("m"), a woman ("f"), or either."""
    forms = {surname}
    low = surname.lower()
    if gender in (None, "m"):
        endings: tuple[str, ...]
        if low.endswith(("ий", "ій", "ый", "ой")):
            endings, stem = ("ого", "ому", "им", "ім", "ом", "ього", "ьому"), surname[:-2]
        elif low.endswith(("ь", "й")):
            endings, stem = ("я", "ю", "ем", "ём", "е", "і", "ею"), surname[:-1]
        elif low.endswith("о"):
            endings, stem = ("а", "у", "ом", "і", "ові"), surname[:-1]
        elif low.endswith(("а", "я")):
            endings, stem = ("и", "ы", "і", "е", "у", "ю", "ой", "ою", "ей"), surname[:-1]
        else:
            endings, stem = ("а", "у", "ом", "ым", "им", "е", "і", "ові", "еві", "ем"), surname
        forms |= {stem + e for e in endings}
    if gender in (None, "f"):
        if low.endswith(("ая", "яя")):
            forms |= {surname[:-2] + e for e in ("ой", "ую", "ей")}
        elif low.endswith(("а", "я")):
            forms |= {surname[:-1] + e for e in ("ой", "у", "ою", "ої", "ій", "и", "ы", "і",
                                                  "е", "ю", "ей")}  # fmt: skip
    return forms


# --- institutions back in the nominative ------------------------------------------------------
_NOUN_RULES = (
    # (ending, nominative ending, gender): only endings that tell case and gender safely;
    # the longest that fits wins ("-стата" for "Росстата" over "-ата", "комбинате" over "-ате")
    ("стата", "стат", "m"), ("стату", "стат", "m"), ("стате", "стат", "m"),
    ("статі", "стат", "m"), ("стат", "стат", "m"),
    ("ствах", "ства", "pl"), ("ства", "ство", "n"), ("стве", "ство", "n"), ("ству", "ство", "n"),
    ("стві", "ство", "n"), ("ство", "ство", "n"),
    ("ения", "ение", "n"), ("ении", "ение", "n"), ("ению", "ение", "n"), ("ение", "ение", "n"),
    ("ння", "ння", "n"), ("нні", "ння", "n"), ("нню", "ння", "n"),
    ("цией", "ция", "f"), ("цією", "ція", "f"), ("ством", "ство", "n"),
    ("ции", "ция", "f"), ("ция", "ция", "f"), ("цию", "ция", "f"), ("ції", "ція", "f"),
    ("ція", "ція", "f"), ("цію", "ція", "f"), ("сии", "сия", "f"), ("сия", "сия", "f"),
    ("сії", "сія", "f"), ("сія", "сія", "f"),
    ("туры", "тура", "f"), ("туре", "тура", "f"), ("туру", "тура", "f"), ("тура", "тура", "f"),
    ("тури", "тура", "f"), ("турі", "тура", "f"),
    ("жбой", "жба", "f"), ("жбою", "жба", "f"), ("атой", "ата", "f"), ("атою", "ата", "f"),
    ("жбы", "жба", "f"), ("жбе", "жба", "f"), ("жбу", "жба", "f"), ("жба", "жба", "f"),
    ("жби", "жба", "f"), ("жбі", "жба", "f"),
    ("аты", "ата", "f"), ("ате", "ата", "f"), ("ата", "ата", "f"), ("аті", "ата", "f"),
    ("ати", "ата", "f"), ("тута", "тут", "m"), ("туте", "тут", "m"), ("туту", "тут", "m"),
    ("туті", "тут", "m"), ("тут", "тут", "m"), ("школы", "школа", "f"), ("школи", "школа", "f"),
    ("школе", "школа", "f"), ("школі", "школа", "f"), ("школа", "школа", "f"),
    ("банка", "банк", "m"), ("банку", "банк", "m"), ("банке", "банк", "m"), ("банкі", "банк", "m"),
    ("банк", "банк", "m"), ("офісі", "офіс", "m"), ("офісу", "офіс", "m"), ("офіс", "офіс", "m"),
    ("офиса", "офис", "m"), ("офисе", "офис", "m"), ("офис", "офис", "m"),
    ("мэрии", "мэрия", "f"), ("мэрию", "мэрия", "f"), ("мэрия", "мэрия", "f"),
    ("мерії", "мерія", "f"), ("мерію", "мерія", "f"), ("мерія", "мерія", "f"),
    ("арні", "арня", "f"), ("арню", "арня", "f"), ("арня", "арня", "f"),
    ("бюро", "бюро", "n"),
    ("ади", "ада", "f"), ("аді", "ада", "f"), ("аду", "ада", "f"), ("ада", "ада", "f"),
    ("думы", "дума", "f"), ("думе", "дума", "f"), ("дума", "дума", "f"), ("ады", "ада", "f"),
    ("тета", "тет", "m"), ("тете", "тет", "m"), ("тету", "тет", "m"), ("теті", "тет", "m"),
    ("тет", "тет", "m"), ("центра", "центр", "m"), ("центре", "центр", "m"),
    ("центру", "центр", "m"), ("центрі", "центр", "m"), ("центр", "центр", "m"),
    ("тора", "тор", "m"), ("торе", "тор", "m"), ("тору", "тор", "m"), ("торі", "тор", "m"),
    ("суда", "суд", "m"), ("суде", "суд", "m"), ("суду", "суд", "m"), ("суді", "суд", "m"),
    ("суд", "суд", "m"), ("департамента", "департамент", "m"),
    ("департаменту", "департамент", "m"), ("департаменте", "департамент", "m"),
    ("департаменті", "департамент", "m"), ("завода", "завод", "m"), ("заводу", "завод", "m"),
    ("заводе", "завод", "m"), ("заводі", "завод", "m"), ("завод", "завод", "m"),
    ("комбината", "комбинат", "m"), ("комбинату", "комбинат", "m"),
    ("комбинате", "комбинат", "m"), ("комбінату", "комбінат", "m"),
    ("комбінаті", "комбінат", "m"), ("порта", "порт", "m"), ("порту", "порт", "m"),
    ("порте", "порт", "m"),
    ("порті", "порт", "m"), ("порт", "порт", "m"), ("клуба", "клуб", "m"), ("клубу", "клуб", "m"),
    ("клубе", "клуб", "m"), ("клубі", "клуб", "m"), ("клуб", "клуб", "m"),
    # bodies a locative left as written ("В больнице обещали", "У водоканалі пообіцяли",
    # "повідомили в Укрзалізниці", "у Новій пошті", "в горсовете", "в облизбиркоме")
    ("больницы", "больница", "f"), ("больнице", "больница", "f"), ("больницу", "больница", "f"),
    ("больница", "больница", "f"), ("водоканала", "водоканал", "m"),
    ("водоканалу", "водоканал", "m"), ("водоканале", "водоканал", "m"),
    ("водоканалі", "водоканал", "m"), ("водоканал", "водоканал", "m"),
    ("залізниці", "залізниця", "f"), ("залізницю", "залізниця", "f"),
    ("залізниця", "залізниця", "f"), ("пошти", "пошта", "f"), ("пошті", "пошта", "f"),
    ("пошту", "пошта", "f"), ("пошта", "пошта", "f"), ("совета", "совет", "m"),
    ("совете", "совет", "m"), ("совету", "совет", "m"), ("совет", "совет", "m"),
    ("избиркома", "избирком", "m"), ("избиркоме", "избирком", "m"),
    ("избиркому", "избирком", "m"), ("избирком", "избирком", "m"),
    # a firm by its trade: "подрядчика", "перевозчику", "застройщика", "підрядника",
    # "перевізнику", "забудовника" (a masculine noun's oblique "-а/-у/-е")
    ("чика", "чик", "m"), ("чику", "чик", "m"), ("чике", "чик", "m"), ("щика", "щик", "m"),
    ("щику", "щик", "m"), ("щике", "щик", "m"), ("рядника", "рядник", "m"),
    ("ряднику", "рядник", "m"), ("візника", "візник", "m"), ("візнику", "візник", "m"),
    ("довника", "довник", "m"), ("довнику", "довник", "m"),
)  # fmt: skip
_KIND_NOUNS = (
    # A body's kind nouns, each a whole word (never a name's end: "Евросоюзе" stays as written;
    # "Укрзалізниці" goes by ``_NOUN_RULES``' "-залізниці"), that the locative "в/у/на X" names
    # a body by: "в Хоккейной лиге", "у Спілці …", "в Национальном союзе …", "в территориальном
    # органе …", "в … компании".
    ("компании", "компания", "f"), ("компанию", "компания", "f"), ("компания", "компания", "f"),
    ("компанії", "компанія", "f"), ("компанію", "компанія", "f"), ("компанія", "компанія", "f"),
    ("лиге", "лига", "f"), ("лиги", "лига", "f"), ("лигу", "лига", "f"), ("лига", "лига", "f"),
    ("лізі", "ліга", "f"), ("ліги", "ліга", "f"), ("лігу", "ліга", "f"), ("ліга", "ліга", "f"),
    ("спілці", "спілка", "f"), ("спілки", "спілка", "f"), ("спілку", "спілка", "f"),
    ("спілка", "спілка", "f"), ("залізниці", "залізниця", "f"), ("залізницю", "залізниця", "f"),
    ("залізниця", "залізниця", "f"), ("союзе", "союз", "m"), ("союза", "союз", "m"),
    ("союзу", "союз", "m"), ("союзі", "союз", "m"), ("союз", "союз", "m"),
    ("органе", "орган", "m"), ("органа", "орган", "m"), ("органу", "орган", "m"),
    ("органі", "орган", "m"), ("орган", "орган", "m"), ("музее", "музей", "m"),
    ("музея", "музей", "m"), ("музею", "музей", "m"), ("музеї", "музей", "m"),
    ("музей", "музей", "m"), ("фонде", "фонд", "m"), ("фонда", "фонд", "m"),
    ("фонду", "фонд", "m"), ("фонді", "фонд", "m"), ("фонд", "фонд", "m"),
)  # fmt: skip
_ADJECTIVE_RULES = {
    # gender -> (oblique ending, nominative ending), Russian and Ukrainian
    "f": (("ьої", "я"), ("ої", "а"), ("ій", "а"), ("ой", "ая"), ("ей", "яя"), ("ую", "ая"),
          ("ою", "ою")),
    "n": (("ього", "є"), ("ьому", "є"), ("ого", "ое"), ("ому", "ое"), ("ом", "ое"),
          ("его", "ее"), ("ему", "ее"), ("ем", "ее"), ("ім", "е")),
    "m": (("ього", "ій"), ("ьому", "ій"), ("ого", "ый"), ("ому", "ый"), ("ом", "ый"),
          ("его", "ий"), ("ему", "ий"), ("ем", "ий"), ("ім", "ий")),
}  # fmt: skip


_COMPOUND_NAME = re.compile(
    r"^(?:Рос|Мин|Мін|Гос|Держ|Ген)(?!.*(?:дум|рад)[аеиыіу]$)(?!.*[сцз]ьк[аіу]$)[а-яёіїєґ'’-]{2,}"
    r"[бвгджзклмнпрстфхчшщ][еіау]$"
)
"""A compound institution name ("Минфин", "Росстат", "Генштаб", "Держстат": a masculine noun
after an abbreviated "министерство", "российский", "генеральный", "державний") in the
prepositional, genitive or dative case ("Генштабу"), one letter from its nominative. A
feminine head whose ending ``_NOUN_RULES`` knows ("Генпрокуратуру", "Держслужбі") goes by
that rule first; a "-ці" is a genitive name as written ("Держпраці": the service of labour)."""
_COMPOUND_JOT = re.compile(
    r"^(?:Рос|Мин|Мін|Гос|Держ|Ген)(?!.*(?:дум|рад)[аеиыіу]$)"
    r"(?!.*(?:н|[сцзь]к|[ое]в)[ао][яюе]$)[а-яёіїєґ'’-]{2,}[ао][яюе]$"
)
"""The same compound on a stem in "-ой"/"-ай" ("Минстрой", "Госстрой", "Минкрай"): its
oblique case replaces the "й" ("Минстроя", "Госстрою", "Минстрое"), so its nominative puts
it back, where a consonant stem's only drops the ending. An adjective's long ending looks
the same ("-ая", "-ое", Ukrainian "-ою") but follows an adjective suffix ("-н-", "-ск-",
"-ов-": "Российская", "Государственное", "Державною"), so such a word is no compound and
gets no «й». (``_COMPOUND_NAME`` likewise passes a Ukrainian "-ська"/"-цька", "Російська".)"""


def institution_nominative(phrase: str) -> str:
    """An institution named in another case back in the nominative, as a reviewer would
    search for it ("городской администрации" -> "городская администрация", "региональном
    правительстве" -> "региональное правительство", "прокуратуры Самарской области" ->
    "прокуратура Самарской области"). Only the head noun and the adjectives before it
    change, and only when the noun's ending tells its gender; anything else is kept."""
    words = phrase.split()
    if len(words) == 2 and words[1].isupper() and is_acronym(words[1]):
        return f"{_feminine_place_adjective(words[0])} {words[1]}"  # "Одеській ОВА"
    found = _head_noun(words)
    if found is None and len(words) > 1 and _ADJECTIVE.search(words[0]) and words[0].islower():
        described = _described_compound(words)  # "областного минтранса"
        if described is not None:
            return described
    if found is None and _compound_with_owner(words):
        first = words[0][:1].upper() + words[0][1:]
        stem = words[0][:-1] + ("й" if _COMPOUND_JOT.match(first) else "")  # "Минстроя"
        return " ".join([stem, *words[1:]])  # "Минздраве России", "минфине края"
    if found is None:
        return phrase
    head, rule = found
    ending, nominative, gender = rule
    if gender == "pl":
        return phrase
    ukrainian = bool(re.search(r"[іїєґ]", phrase.lower()))
    if rule in _KIND_NOUNS and not ukrainian and any(_stress_unknown(w) for w in words[:head]):
        return phrase  # "Российского зернового союза": "-овый" or "-овой", the text can't say
    out = words[:head]
    for i, word in enumerate(out):
        out[i] = _adjective_nominative(word, gender, ukrainian)
    noun = words[head]
    stem = noun[: len(noun) - len(ending)]
    whole = stem + _same_case(nominative, noun)
    out.append(whole[:1].upper() + whole[1:] if noun[:1].isupper() else whole)  # "Центру"
    return " ".join(out + words[head + 1 :])


_FEMININE_PLACE_ADJECTIVE = (
    (re.compile(r"^(.{2,}(?:ськ|цьк|зьк))(?:ій|ої|ою)$"), "а"),  # Ukrainian: only a feminine's
    (re.compile(r"^(.{2,}(?:ск|цк))ой$"), "ая"),  # Russian "-ской": a feminine's oblique case
)


def _feminine_place_adjective(word: str) -> str:
    """A place's adjective before a body's initials, in the nominative where its ending shows
    a feminine noun ("Одеській" -> "Одеська", "Курской" -> "Курская": the initials of an
    "адміністрація", a "станция"); a Russian "-ском"/"-ского" (masculine or neuter) and any
    other ending are kept as written."""
    for pattern, ending in _FEMININE_PLACE_ADJECTIVE:
        found = pattern.match(word)
        if found is not None:
            return found.group(1) + ending
    return word


_OV_ADJECTIVE = re.compile(r"[ое]в(?:ого|ому|ом)$")


def _stress_unknown(word: str) -> bool:
    """A Russian masculine or neuter adjective in "-ового"/"-евом" whose nominative may end in
    "-овый" or "-овой" (stress the letters do not show), unless its stem is a known stressed
    one ("краевого")."""
    low = word.lower()
    return bool(_OV_ADJECTIVE.search(low)) and not low.startswith(STRESSED_ADJECTIVE_STEMS)


def _described_compound(words: list[str]) -> str | None:
    """A compound institution name in an oblique case after its lower-case adjective
    ("областного минтранса", "обласного мінтрансу", "краевом минздраве"): both in the
    nominative ("областной минтранс", "обласний мінтранс"), the adjective as a masculine one;
    None when the rest is no such compound, or when the Russian adjective's stress is unknown."""
    rest = words[1:]
    if not _compound_with_owner(rest) or not _COMPOUND_NAME.match(
        rest[0][:1].upper() + rest[0][1:]
    ):
        return None
    ukrainian = bool(re.search(r"[іїєґ]", " ".join(words).lower()))
    if not ukrainian and _stress_unknown(words[0]):
        return None
    adjective = _adjective_nominative(words[0], "m", ukrainian)
    if adjective == words[0]:
        return None
    return " ".join([adjective, institution_nominative(" ".join(rest))])


def _compound_with_owner(words: list[str]) -> bool:
    """A compound institution name in an oblique case ("Минфине", "Генштабі"), alone or
    followed by the genitive of the country or region it is of ("Минздраве России",
    "минтрансе Подмосковья", "Мінагрополітики"'s kin "Мінекономіки України"): the compound's
    last letter is its case ending; the owner after it is already in the case it keeps.
    Written in lower case ("в минздраве края") it is the same name."""
    first = words[0][:1].upper() + words[0][1:] if words else ""
    if not words or not (_COMPOUND_NAME.match(first) or _COMPOUND_JOT.match(first)):
        return False
    return all(w[:1].isupper() or w.lower() in _OWNER_COMMON for w in words[1:])


_OWNER_COMMON = frozenset("края области района республики краю області району республіки".split())
"""Lower-case genitives that close an institution's name after a compound ("в минздраве
края", "у мінекономіки області"): the region it serves."""


def _head_noun(words: list[str]) -> tuple[int, tuple[str, str, str]] | None:
    """The head noun of an institution's name (after its adjectives) and its rule."""
    for i, word in enumerate(words):
        if not word.replace("-", "").isalpha():
            return None
        fits = [r for r in _NOUN_RULES if word.lower().endswith(r[0])]
        if len(words) > 1:  # (alone, the noun is the anaphor's: "Спілка вимагає")
            fits += [r for r in _KIND_NOUNS if word.lower() == r[0]]
        rule = max(fits, key=lambda r: len(r[0])) if fits else None  # "комбинате", not "-ате"
        if rule is not None:
            if not all(_agrees(w.lower(), word.lower()) for w in words[:i]):
                return None  # "вироком суду": a noun in the instrumental, then the court's
            return i, rule
        if not _ADJECTIVE.search(word.lower()):
            return None  # a noun the rules do not know: keep the phrase as written
    return None


def _adjective_nominative(word: str, gender: str, ukrainian: bool) -> str:
    low = word.lower()
    for old, new in _ADJECTIVE_RULES[gender]:
        if low.endswith(old) and len(low) > len(old) + 2:
            if ukrainian and gender == "m" and new == "ый":
                new = "ий"
            elif ukrainian and gender == "n" and new in ("ое", "ее"):
                new = "е"
            elif (
                not ukrainian and gender == "m" and new == "ый" and low[-len(old) - 1] in "кгхжшчщ"
            ):
                new = "ий"  # "Российского" -> "Российский"
            stem = word[: len(word) - len(old)]
            if new == "яя" and stem[-1:].lower() in "жшчщ":
                new = "ая"  # "Высшей лиге" -> "Высшая лига": no "я" after a hushing letter
            if not ukrainian and gender == "m" and stem.lower().endswith(STRESSED_ADJECTIVE_STEMS):
                new = "ой"  # "областного суда" -> "областной суд"
            return stem + new
    return word


def _same_case(ending: str, like: str) -> str:
    return ending.upper() if like.isupper() else ending


# --- small helpers ----------------------------------------------------------------------------
def _with(found: Source, *, via: str | None = None, cue: str = "") -> Source:
    return Source(found.speaker, found.kind, found.affiliation, via or found.via,
                  cue or found.cue, found.offset, found.gender)  # fmt: skip


def _text(toks: list[_Tok]) -> str:
    """The tokens as a phrase: quotations without their marks, dotted initials as one word
    ("Н.А.Б.У." -> "НАБУ", the way the article's other mentions and a reviewer spell it); a
    site's name keeps its domain's dot ("E1.RU")."""
    return " ".join(
        _unquote(t.text) if t.kind == "q" else _undotted(t.text) if t.acronym else t.text
        for t in toks
    )


def _undotted(text: str) -> str:
    """Dotted initials as one word ("Н.А.Б.У." -> "НАБУ"); a site's name as written ("E1.RU")."""
    return text.replace(".", "") if text.endswith(".") else text


def _unquote(text: str) -> str:
    return text.strip("«»“”„\"'‘’ ")


_VOWELS = frozenset("аеёиоуыэюяіїєь")
