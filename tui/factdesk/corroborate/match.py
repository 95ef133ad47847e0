"""The same claim elsewhere: normalised claim texts, blocking on shared names and numbers.

Each claim becomes a ``ClaimFacts``: its text with every name replaced by its name group and
every number normalised ("over 80%" and "more than 80 per cent" both give ``80%``; "November
20" and "20 November" give ``d11-20``), stop words dropped and words crudely stemmed; its
anchors (the name groups and numbers it mentions); whether it denies something; and who it
says holds which place (``factdesk.corroborate.stances``). ``MatchIndex`` finds candidates only
among claims sharing an anchor, rarest anchors first and within a budget, so a lookup costs the same
on 100,000 claims as on 1,000; rapidfuzz then scores the few candidates and ``label`` names
the relation: ``same``, ``conflicts`` (a denial of the other, opposite control of a place,
other figures for the same thing) or ``related``.

Any change of what this module decides for unchanged facts bumps ``domain.matcher.VERSION``,
so that desks judge their stored pairs again (``index.rejudge``).
"""

from __future__ import annotations

import hashlib
import math
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence, Set
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from rapidfuzz import fuzz

from factdesk.corroborate import outcomes
from factdesk.corroborate.countries import countries
from factdesk.corroborate.neighbours import TOP_K, Neighbours, probed_bins, time_bin
from factdesk.corroborate.outcomes import claim_outcomes
from factdesk.corroborate.postings import ClaimRows, Postings
from factdesk.corroborate.semantic import cosines
from factdesk.corroborate.stances import DENIAL, NEGATION, place_stances
from factdesk.extract.cues import alternation
from factdesk.extract.timespan import TimeSpan, overlaps, time_span, within_days
from factdesk.lexicon import cyrillic, opposites, reporting_ru_uk
from factdesk.lexicon.english import (
    ALIVE_RE,
    APPROXIMATIONS,
    ASIDE_RE,
    CARDINALS,
    CONTRAST_RE,
    DIRECTIONS,
    FAKE_THING_RE,
    FIGURE_ROLES,
    MEASURE_UNITS,
    MEASURE_WORDS,
    MULTIPLIERS,
    NOBODY_OF,
    NOBODY_WORDS,
    ONE_TWO_COUNTED,
    OUT_OF,
    OUTCOME_NEGATION_RE,
    PEOPLE_NOUNS,
    ROLE_WORDS,
    SCALE_TAGS,
    SPEECH_FRAME_WORDS,
    SPEECH_LEMMAS,
    SPEECH_VERBS,
    TOLL_RISES,
    TOLL_WORDS,
    UNVERIFIED_RE,
    stem,
)
from factdesk.lexicon.months import CYRILLIC as CYRILLIC_MONTHS
from factdesk.lexicon.months import (
    CYRILLIC_DAYS_BACK,
    CYRILLIC_MONTH,
    CYRILLIC_WEEKDAYS,
    WEEKDAYS,
    month_number,
)
from factdesk.lexicon.months import ENGLISH as ENGLISH_MONTHS
from factdesk.lexicon.months import SHORT as SHORT_MONTHS
from factdesk.names.mentions import Mention
from factdesk.names.spelling import is_country, loose_keys, name_key, written_key
from factdesk.text.fold import FoldedSearch
from factdesk.text.wording import words_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SAME_AT = 62.0
"""Similarity (0-100) from which two claims sharing a name or number say the same thing."""
WORDING_SAME = 88.0
"""Similarity from which like wording alone makes two claims the same when their sentence
vectors were compared; from ``SAME_AT`` up to it the meaning must agree too (the score of
``MEANING_SAME``, in which the wording counts). Chosen by leaving each labelled split out in
turn (``tools/pairs_census.py sweep``, session 21): of the pairs like wording alone called
`same` between 62 and 88, 14 were `same` and 17 not (another plant of one company, another
ministry's news on the same day, a denial told in like words); 18 of the 20 folds chose 88
by F0.5, none of the values from 50 to 100 gained recall at the shipped precision. Without
the model (no vectors) ``SAME_AT`` stays the cut."""
RELATED_AT = 40.0
MAX_POSTINGS = 1500
"""Postings scanned per lookup: a name on every claim must not make lookups linear."""
COMMON_ANCHOR = 0.01
"""An anchor on more than this share of claims (a bare number, a capital) only blocks when the
claim has nothing rarer."""
MAX_CANDIDATES = 40
"""Candidates a lookup judges, at most (issue 15: the work per claim must not grow with the
desk). Judging is most of a lookup's cost (~10 us a pair); with 60, a lookup on the
100,000-claim bench desk judged 43 candidates in the first tenth of its articles and 59 in the
last. Chosen from ``POOL`` by shared words (``MatchIndex.candidates``). Small desks must not
feel it: on the labelled pairs (``tools/evaluate_pairs.py`` models the cap: one topic's claims
all share its names, as a story's do on a desk) every label stays the same down to 20 (12
changes five lines), and the seeds' 130 matches are the same down to 30; but re-indexing a
seed article, matched then against all 99 other claims, kept all its matches only from 40
(``test_indexing_twice_changes_nothing``)."""
POOL = 2 * MAX_CANDIDATES
"""Claims ranked by shared anchors that the candidates are chosen from."""
SEMANTIC_CAP = 30
"""Candidates per claim whose meaning is compared (the best-blocked first): a flat cost."""
MEANING_SAME = 1.22
"""Two claims sharing a name or number say the same thing in other words ("liberated" /
"captured") when this score is reached: the cosine of their sentence vectors, plus their word
similarity (0-1), plus 0.04 per shared name or number (up to four), plus 0.1 when they give the
same account of who holds a place. A close meaning needs less shared wording, and the other
way round. Weights tuned on the dev pairs of tests/data/pairs; the threshold then re-swept on
dev and dev2 together (the best `same` precision before recall drops), never on the held-out
ones."""
FIGURE_TERMS = {"shared": -0.2, "apart": float("inf"), "one": 0.3, "none": 0.0}
"""What ``MEANING_SAME`` needs added, by how the two claims' figures stand (``figure_terms``):
a figure both give ("27 dead", "a toll of 27") is evidence of one report; figures that all
differ never make one (another fact, or other figures for one fact: a conflict); a figure only
one of them gives makes a different statement likelier. Swept on the labelled pairs ("one":
0.1 until 2026-12-02's seventh session; 0.2-0.5 swept on every unsealed split then: 0.3
turned 4 `related` pairs called `same` right and one `same` pair wrong)."""
FIGURE_KINDS_APART = 0.1
"""Added to ``MEANING_SAME`` when each claim gives a figure of a kind the other gives none of
(a percentage beside a count: "cancelled 1,000 flights because of a strike" and "is
demanding a 12.5% pay rise"): two statements about one story likelier than one told twice.
Swept 0.05-0.3 on every unsealed split but heldout12 (match16, issue 13): 0.05-0.2 turned two
`related` pairs called `same` right and lost none; 0.3 lost a right one."""
OUTCOME_AGREE = 0.2
"""Added to the meaning score when both claims tell one party's outcome the same way
("cleared" and "escaped a ban"; ``outcomes.agree``)."""
OUTCOME_CONFLICT_AT = 0.8
"""The meaning score (``MEANING_SAME``'s) from which two claims telling one party's outcome
the opposite ways conflict: lower than for a denial or other figures, because a clash of
outcomes already names the same party and the same kind of event (on the labelled pairs,
every pair from 0.8 up whose outcomes clashed was a conflict; denials and figures at that
score were as often another fact on the same story)."""
ROLE_AGREE = 0.3
"""Added to the meaning score when both claims give one count of one role ("killed five
civilians", "five people died") and share a name: one toll of one event told twice. Swept on
the labelled pairs (0.1, 0.2, 0.3: 0, 2 and 4 more `same` pairs right, one `related` pair
wrong at each: a cause and a toll of one derailment)."""
DENIAL_MEANING = 0.7
"""The cosine of their sentence vectors from which two claims in one script that share a name,
one denying and the other not, are close enough for "one denies the other" although their
wording and meaning score are not (``_conflict``'s ``denied_close``): a denial repeats the
story in the negative in its own words ("has not been broken through", "was not expelled from
the tournament but withdrew"), so its word similarity is low and ``MEANING_SAME`` is seldom
reached. prec30 (issue 13), on every unsealed split: of the pairs a cosine of 0.7 or more, a
shared name, the time together and one denial made `related` before, 36 were labelled
`conflicts` and 2 `same`; at 0.6, 54 and 6 (with 7 `related`); at 0.5, 78, 12 and 11."""
MEANING_RELATED = 0.6
MAX_MATCHES = 30

_MONTHS = ENGLISH_MONTHS
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))


def _split(text: str) -> list[str]:
    return text.split()


_DATE = re.compile(
    rf"\b(?:({_MONTH})\.?\s+(\d{{1,2}})|(\d{{1,2}})\s+({_MONTH}|{CYRILLIC_MONTH}))\b"
    r"(?:,?\s+\d{4})?",
    re.I,
)
"""A day of a month: "Nov. 20", "20 November", and the Russian and Ukrainian "22 ноября",
"19 листопада" (``lexicon.months``, declined forms included)."""
_MONTH_CUE = FoldedSearch(re.compile(rf"\b(?:{_MONTH})", re.I))
"""What every ``_DATE`` match in Latin letters holds (an English month word at a word start),
searched on lowered text: most claims name no month, and the cue costs less than the date
pattern (``_dates``)."""


def _dates(body: str, replace: Any) -> str:
    """``_DATE.sub(replace, body)``, without running the pattern on a text that holds no
    month: no English month word (``_MONTH_CUE``) and no Cyrillic letter."""
    if _MONTH_CUE.found(body) or cyrillic.has_cyrillic(body):
        return _DATE.sub(replace, body)
    return body


_PERCENT = re.compile(
    rf"(\d+(?:[.,]\d+)?)\s*(?:%|per\s*cent\b|percent\b|(?:{cyrillic.PERCENT_WORDS}))", re.I
)
_CENTURY = re.compile(r"(?:st|nd|rd|th)?[\s-]+centur", re.I)
"""A century after an ordinal ("the 19th century", "a 19th-century house"): a time, not a
figure the claim gives (two claims naming one century tell nothing of one event)."""
# Digit first: some figure patterns open on a digit and look back after it. ``re`` skips
# ahead to where a match can start (a scan in C) only when the pattern opens on a character
# or a class of them; one opening on a look-behind or ``\b`` is tried at every position of
# the text (a fifth to a quarter of the time on the bench's claims, issue 15). A look-behind
# moved past the first digit looks one more character back and takes that digit in
# (``(?<![\w.,])\d`` is ``\d(?<![\w.,]\d)``; ``\b`` before a digit is ``(?<!\w)``): the same
# matches, tested against the plain forms (tests/test_match_patterns.py).
_NUMBER = re.compile(r"\d(?<!\w\d)\d*(?:[.,]\d+)*(?:st|nd|rd|th)?\b")
"""A number: ``\\b\\d+(?:[.,]\\d+)*(?:st|nd|rd|th)?\\b``, digit first."""
_WORD = re.compile(r"\d+(?:\.\d+)+%?|[a-z0-9%][a-z0-9%_-]*|[а-яёіїєґ][а-яёіїєґ'-]*")
"""A word of lowered text: a figure, a Latin word or token, or a Russian/Ukrainian word."""
_UNITS = {"one": 1, "two": 2, **{w: n for w, n in CARDINALS.items() if n < 10}}
_TENS = "|".join(w for w, n in CARDINALS.items() if n >= 20)
_CARDINAL = "|".join(sorted({*CARDINALS, "one", "two"}, key=len, reverse=True))
_SPELLED = re.compile(
    rf"\b(?:({_TENS})[- ]({'|'.join(_UNITS)})|({_CARDINAL}))"
    rf"(?:\s+({'|'.join(MULTIPLIERS)}))?\b(-)?(?!\s+n:)",
    re.I,
)
_SPELLED_CUE = FoldedSearch(re.compile(rf"\b(?:{_CARDINAL.lower()})", re.I))
"""What every ``_SPELLED`` match starts with (a number word at a word start), searched on
lowered text: most sentences have none, and the cue costs a third of the full pattern."""
_DAY_TOKEN = re.compile(r"d\d\d-\d\d$")
_DIGIT = re.compile(r"\d")
_A_YEAR = re.compile(r"(?:19|20)\d\d")
"""An anchor that is a year (``ClaimFacts.years``): a count of that size is in ``numbers``."""
_DAY_OF_MONTH = re.compile(r"\d{1,2}")
_PERCENT_TOKEN = re.compile(r"(\d+(?:\.\d+)?)%")
STOP = frozenset(
    _split(
        """a an the of in on at to for from by with and or but that this these those is are was
    were be been being has have had it its their his her he she they them as also now than
    more over nearly almost about some which who whom what when where while into onto under
    up down out there here not no yet already still so such very would could should may might
    will can did do does said says told stated according reported other another both all any
    one two three after before during since until just only even"""
    )
)


LOOSE = ("~l:", "~c:")
"""The marks of a name's skeleton among a claim's blocking keys (``ClaimFacts.keys``), by the
script of the claim that posts it (Latin, Cyrillic): no anchor begins with either (names are
folded letters, figures digits)."""

FIGURE_KEY = "~f:"
"""The mark of a figure's magnitude among a claim's blocking keys (``figure_keys``)."""
FIGURE_STEP = 1.1
"""The width of a magnitude bucket (``figure_keys``): a figure and the figures within a tenth
of it share a bucket or the next one."""
FIGURE_EXACT = 0.02
"""How far either side of an exact figure its buckets reach (``figure_keys``): "$412
million" meets "$412.3 million" across a bucket's edge."""
FIGURE_LEAST = 100.0
"""The smallest figure filed under its magnitude whatever it counts (``figure_keys``): a
smaller one is filed only with the role it counts (``ClaimFacts.roles``: "14 dead", "more
than a dozen travellers died"), for a bare count under it ("three people", "14 routes") is
on too many claims of too many stories to say which two tell one."""
ROLE_LEAST = 10.0
"""The smallest count of a role filed under its magnitude (``figure_keys``). Such a key is
also of the claim's time bin (``neighbours.time_bin``: a lookup asks for the bins beside it
too), so "27 dead" meets the tolls of a few days around it, not every 27 dead of the desk."""
FIGURE_MEANING = 0.3
"""The cosine from which two claims in one script that share no name, only a figure of 100
or more given alike ("$214 million", "more than $200 million"; ``_by_figure``), about the
same days, are one claim. Swept on every unsealed split but heldout13 (match17, issue 13):
0.2 turned 19 `same` pairs right and 4 wrong, 0.3 17 and 2, 0.4 7 and 2."""

_NONE: frozenset = frozenset()
"""The empty set every claim without figures shares (``ClaimFacts.values`` and the like)."""


@dataclass(slots=True)
class ClaimFacts:
    """What the matcher knows of one claim."""

    claim_id: int
    article_id: int
    norm: str
    anchors: tuple[str, ...]
    places: tuple[str, ...] = ()
    denies: bool = False
    stances: dict[str, tuple[str, bool]] = field(default_factory=dict)
    """place group -> (party, holds): who the claim says holds (or lost) the place."""
    figures: dict[str, str] = field(default_factory=dict)
    """unit -> value for percentages: different figures for one thing conflict."""
    when: TimeSpan | None = None
    """The days the claim is about: claims about different times never conflict."""
    vector: Any = field(default=None, compare=False)
    """The sentence's unit vector (``semantic``), or None without the model."""
    numbers: tuple[str, ...] = ()
    """The plain figures of the claim (no dates, years or percentages): 205 dead vs 158."""
    outcomes: dict[str, bool] = field(default_factory=dict)
    """party -> whether the outcome the claim tells was good for it (``outcomes``)."""
    direction: bool | None = None
    """Which way the claim says something went (``direction``): up, down, or None."""
    cyrillic: bool = False
    """Whether the claim is written in Russian or Ukrainian (mostly Cyrillic letters): beside
    a claim in Latin letters it shares no wording, only names and figures (``_across``)."""
    percents: tuple[str, ...] = ()
    """Every percentage the claim puts forward ("41.3% ..., Popescu 38.9%"), not only the
    last one (``figures``): a claim giving two candidates' shares does not conflict with one
    giving the winner's."""
    sources: tuple[str, ...] = ()
    """The name groups named only as the claim's source in a closing attribution (", the
    Border Board said."): one speaker of two claims is no sign that they tell one event."""
    measures: tuple[str, ...] = ()
    """The claim's measures in one unit per dimension (``measures``: "9.2 centimetres" and "92
    мм" both give "0.092m"), among ``values``."""
    roles: dict[str, str] = field(default_factory=dict)
    """``numbers`` entry -> what it counts ("dead", "injured": ``figure_roles``), for the
    figures whose role the sentence tells."""
    countries: tuple[str, ...] = ()
    """The countries the claim names or names the people of ("the Slovenian Alps", «у
    Хорватії»: ``corroborate.countries``): two claims naming only other countries tell of
    two events (``_other_countries``). Empty in facts stored before it (``reextract``)."""
    alive: bool = False
    """Whether the claim tells people alive ("the three crew were alive in hospital", «живы»:
    ``english.ALIVE_RE``, ``cyrillic.ALIVE_RE``): beside a claim counting them dead, the
    other account of one toll (``_life_conflict``). False in facts stored before it."""
    sides: dict[str, bool] = field(default_factory=dict)
    """The side the claim takes on each axis of opposite outcomes it tells
    (``lexicon.opposites``: "kept": "will keep its licence" True, "revoked" False; "open":
    "remained open" / "closed"; "safe" / "missing"; "held" / "called off"; "signed" /
    "vetoed"): two claims that would be one claim but for opposite sides of one axis conflict
    (``_opposed``). Empty in facts stored before it."""
    aside: bool = False
    """Whether the claim tells another event beside the story's ("Also on Sunday …", "in the
    same sale", ``lexicon.english.ASIDE_RE``): never `same` as another claim."""
    contrasts: tuple[str, ...] = ()
    """The words of what the claim says a thing is not ("brass replicas, not Roman silver":
    "roman", "silver"; ``contrast_words``), as its normalised text keeps them: a claim putting
    them all forward about the same names is contradicted (``_rejection``). Empty in facts
    stored before it (``reextract``)."""
    persons: tuple[str, ...] = ()
    """The name groups of the people the claim names in full ("Rein Kuusik": a person's
    mention of two words or more), its closing source's left out: two claims each naming
    someone the other does not name tell of two people (``_other_people``)."""
    rejected: tuple[str, ...] = ()
    """The figures the claim rejects as another's ("€28 million, not €48 million as
    reported": 48000000; "а не 14"), left out of ``numbers``: a claim that puts one of them
    forward about the same names conflicts with it (``_rejection``)."""
    copy_key: str = ""
    """A digest of the sentence's every word in order, letter case and punctuation aside
    (``copy_digest``): two claims with one key print one sentence, its "not" and «не» too, which
    ``norm`` leaves out with the other stop words (``_copied``). Empty in facts stored before
    it: such a claim is found a copy once its article is indexed again."""
    words: frozenset[str] = field(default=frozenset(), compare=False)
    anchor_set: frozenset[str] = field(default=frozenset(), compare=False)
    word_count: int = field(default=0, compare=False)
    """``len(words)`` and ``len(anchors)``, kept: ``similarity`` runs for every candidate."""
    anchor_count: int = field(default=0, compare=False)
    values: frozenset[str] = field(default=frozenset(), compare=False)
    """The values of the figures the claim puts forward, percentages as "80%" (every one of
    ``percents``, so the winner's share is among them when the runner-up's comes last)."""
    rounded: frozenset[str] = field(default=frozenset(), compare=False)
    """Each of ``values`` rounded to fewer decimals (``rounds_to``): 54.2% -> 54%."""
    bounded: bool = field(default=False, compare=False)
    """Whether a figure of ``numbers`` is a bound or an estimate ("more than 40"), kept:
    only then does ``approximately`` need asking, for every candidate."""
    kinds: frozenset[bool] = field(default=frozenset(), compare=False)
    """Which kinds of figure ``values`` holds (``_kinds``), kept: ``figure_terms`` runs for
    every labelled pair."""
    by_role: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False)
    """role -> the ``numbers`` entries counting it (``roles`` turned round), kept."""
    name_words: frozenset[str] = field(default=frozenset(), compare=False)
    """The words and initials of the name groups the claim mentions (``_name_words``), kept:
    ``_elsewhere`` compares them for every labelled pair sharing no name."""
    long_words: frozenset[str] = field(default=frozenset(), compare=False)
    """Those words of two letters or more, initials left out (``_long_words``), kept:
    ``_elsewhere`` looks among them for a name shortened (``_prefixed``)."""
    named: frozenset[str] = field(default=frozenset(), compare=False)
    """The anchors that are names, not figures (no digit: ``_names_any``), kept: whether two
    claims share a name is asked of most labelled pairs (``_elsewhere``, ``_one_toll``)."""
    loose: frozenset[str] = field(default=frozenset(), compare=False)
    """The consonant skeletons of the claim's names (``names.spelling.loose_keys``), kept:
    under them a name meets its spelling in the other script when the name groups differ
    ("Žukauskas" and «Жукаускас»): blocking keys across scripts only (``keys``, ``blocked``),
    read by ``_across`` (and ``_figure_only``, which leaves such pairs to it). Derived from
    the anchors, never stored in the facts: a desk indexed before them has none in its
    postings until ``factdesk reextract``."""
    magnitudes: frozenset[str] = field(default=frozenset(), compare=False)
    """The magnitude buckets of the claim's figures of ``FIGURE_LEAST`` or more, each over the
    span its bound allows, and of its counts of a role from ``ROLE_LEAST`` in its time bin
    (``figure_keys``), kept: blocking keys (``keys``, ``blocked``) under which "$214 million"
    meets "more than $200 million" and "14 killed" "more than a dozen died" with no name in
    common. Derived from ``numbers``, ``roles`` and ``when``, never stored."""
    sought: frozenset[str] = field(default=frozenset(), compare=False)
    """``magnitudes`` as a lookup asks for them: a count of a role in its time bin and the
    bins beside it (``neighbours.probed_bins``)."""
    parties: bool = field(default=False, compare=False)
    """Whether the claim names someone that is not a place (``_parties`` of its own names),
    kept for ``_elsewhere``."""
    figures_read: tuple[tuple[str, str, str], ...] = field(default=(), compare=False)
    """(entry, value, counted word) of each of ``numbers`` (``_figure``), kept: the figure
    rules read them for most pairs both giving a figure (``_other_figures``)."""
    counts: frozenset[str] = field(default=frozenset(), compare=False)
    """The values of ``numbers`` (no percentage or measure), kept (``_other_figures``,
    ``_figures_of_other_things``)."""
    sums: frozenset[float] = field(default=frozenset(), compare=False)
    """Every sum of two of ``values`` as numbers, and ``count_sums`` those of ``counts``;
    empty when there are fewer than two or one is no plain number (a percentage, a measure):
    what ``_a_total`` adds up, added once per claim (``_summed``), not for every pair."""
    count_sums: frozenset[float] = field(default=frozenset(), compare=False)
    bigs: frozenset[float] = field(default=frozenset(), compare=False)
    """``values`` of 100 or more as numbers (``_big``): the totals ``_a_large_total`` adds up
    to; and ``wholes``, every one of ``counts`` as a number, empty when one is no number
    (then ``_a_total`` finds no total in them)."""
    wholes: frozenset[float] = field(default=frozenset(), compare=False)
    prefixed: tuple[tuple[str, str], ...] = field(default=(), compare=False)
    """(word, the word less its negative prefix) of each of ``words`` that has one
    (``_NEGATIVE_PREFIX``), kept: ``_opposite_word`` looks for the bare forms in the other
    claim, and most claims have none."""
    apart_from: dict[frozenset[str], _Less] | None = field(default=None, compare=False)
    """The claim's names less a source it shares with another claim (``_Less``), by that
    source, made the first time ``_elsewhere`` asks (most claims never share one)."""
    years: frozenset[str] = field(default=frozenset(), compare=False)
    """The years the claim names, a thing's year among them ("the 2023 auction", "by 2032":
    anchors of four digits from 1900 to 2099 that are no count of ``numbers``), kept:
    two claims both naming years, none in common, tell of two times (``_other_years``).
    Derived from the anchors, never stored."""
    split_alike: bool = field(default=True, compare=False)
    """Whether rapidfuzz splits ``norm`` into ``words`` as ``str.split`` does (it does not
    split at U+0085 and U+00A0, which a normalised text never holds): only then may
    ``_similarity`` answer a subset of words without asking rapidfuzz."""

    def __post_init__(self) -> None:
        self.words = frozenset(self.norm.split())
        self.split_alike = "\x85" not in self.norm and "\xa0" not in self.norm
        self.intern_strings()
        self.word_count, self.anchor_count = len(self.words), len(self.anchors)
        shares = self.percents or tuple(self.figures.values())  # older stored facts: the last
        self.values = frozenset(
            [_figure(n)[0] for n in self.numbers] + [*shares] + [*self.measures]
        )
        self.rounded = frozenset(r for v in self.values for r in _roundings(v))
        self.kinds = _kinds(self.values)
        # Half the claims give no figure: one shared empty set (216 bytes each otherwise)
        # keeps a desk's facts smaller, and a lookup's candidates closer in memory.
        self.values, self.rounded, self.kinds = (
            self.values or _NONE,
            self.rounded or _NONE,
            self.kinds or _NONE,
        )
        self.bounded = any(map(_bound_of, self.numbers))
        named = [x for x in self.anchors if not _DIGIT.search(x)]  # ``_names_any``'s names
        words, long = _own_words(named)
        self.name_words, self.long_words = words or _NONE, long or _NONE
        self.named = frozenset(named) or _NONE
        self.loose = frozenset(k for x in named for k in loose_keys(x)) or _NONE
        self.magnitudes = self.sought = _NONE
        if self.numbers:
            place = time_bin(self.when) if self.roles else None
            near = [f"{c}{n}" for c, n in probed_bins(place)] if place else []
            self.magnitudes = figure_keys(self.numbers, self.roles, near[:1]) or _NONE
            self.sought = figure_keys(self.numbers, self.roles, near) or _NONE
        self.parties = any(x not in self.places for x in self.named)  # ``_parties(own)``
        if self.numbers:
            self.figures_read = tuple((n, *_figure(n)) for n in self.numbers)
            self.counts = frozenset(value for _, value, _ in self.figures_read)
        else:
            self.counts = _NONE
        self.sums, self.count_sums = _summed(self.values), _summed(self.counts)
        self.bigs, self.wholes = _bigs(self.values), _wholes(self.counts)
        self.years = (
            frozenset(x for x in self.anchors if _A_YEAR.fullmatch(x) and x not in self.counts)
            or _NONE
        )
        self.prefixed = tuple(
            (word, word[found.end() :])
            for word in self.words
            if word[:2] in _NEGATIVE_STARTS and (found := _NEGATIVE_PREFIX.match(word))
        )
        by_role: dict[str, list[str]] = {}
        for entry, role in self.roles.items():
            by_role.setdefault(role, []).append(entry)
        self.by_role = {role: tuple(entries) for role, entries in by_role.items()}

    def intern_strings(self) -> None:
        """Intern the words and anchors (and set ``anchor_set`` from them): a lookup
        intersects these sets with those of ~50 claims indexed long before, and equal
        interned strings compare by identity, without reading the other claim's strings (at
        100,000 claims, mostly out of the CPU's caches). Again after facts are unpickled from
        another process (``corroborate.bulk``), whose strings are its own."""
        self.words = frozenset(map(sys.intern, self.words))
        self.anchors = tuple(map(sys.intern, self.anchors))
        self.anchor_set = frozenset(self.anchors)

    @property
    def keys(self) -> tuple[str, ...]:
        """What the index posts the claim under: its anchors, its figures' magnitudes, then
        its names' skeletons marked with its script (``LOOSE``)."""
        return self._blocking(self.magnitudes, LOOSE[self.cyrillic])

    @property
    def wanted(self) -> tuple[str, ...]:
        """What a lookup of the claim asks the index for: its anchors, its figures'
        magnitudes (``sought``), then its names' skeletons marked with the other script, so
        a skeleton never blocks two claims in one script (their names' groups already meet,
        or they are other names)."""
        return self._blocking(self.sought, LOOSE[not self.cyrillic])

    def _blocking(self, figures: frozenset[str], mark: str) -> tuple[str, ...]:
        """The anchors, then ``figures`` and the names' skeletons marked ``mark``, sorted."""
        if not self.loose and not figures:
            return self.anchors
        return self.anchors + tuple(sorted(figures)) + tuple(sorted(mark + k for k in self.loose))

    def to_json(self) -> dict:
        return {
            "places": list(self.places),
            "denies": self.denies,
            "stances": {k: list(v) for k, v in self.stances.items()},
            "figures": self.figures,
            "numbers": list(self.numbers),
            "when": self.when.to_json() if self.when else None,
            "outcomes": self.outcomes,
            "direction": self.direction,
            "cyrillic": self.cyrillic,
            "roles": self.roles,
            "percents": list(self.percents),
            "sources": list(self.sources),
            "measures": list(self.measures),
            "rejected": list(self.rejected),
            "contrasts": list(self.contrasts),
            "persons": list(self.persons),
            "aside": self.aside,
            "countries": list(self.countries),
            "alive": self.alive,
            "sides": self.sides,
            "copy": self.copy_key,
        }

    @classmethod
    def from_row(cls, claim_id: int, article_id: int, norm: str, anchors: list, facts: dict):
        return cls(
            claim_id,
            article_id,
            norm,
            tuple(anchors),
            tuple(facts.get("places", ())),
            bool(facts.get("denies")),
            {k: (v[0], bool(v[1])) for k, v in facts.get("stances", {}).items()},
            dict(facts.get("figures", {})),
            TimeSpan.from_json(facts.get("when")),
            numbers=tuple(facts.get("numbers", ())),
            outcomes={str(k): bool(v) for k, v in facts.get("outcomes", {}).items()},
            direction=facts.get("direction"),
            cyrillic=bool(facts.get("cyrillic")),
            roles={str(k): str(v) for k, v in facts.get("roles", {}).items()},
            percents=tuple(facts.get("percents", ())),
            sources=tuple(facts.get("sources", ())),
            measures=tuple(facts.get("measures", ())),
            rejected=tuple(facts.get("rejected", ())),
            contrasts=tuple(facts.get("contrasts", ())),
            persons=tuple(facts.get("persons", ())),
            aside=bool(facts.get("aside")),
            countries=tuple(facts.get("countries", ())),
            alive=bool(facts.get("alive")),
            sides={str(k): bool(v) for k, v in facts.get("sides", {}).items()},
            copy_key=str(facts.get("copy", "")),
        )


class Match(NamedTuple):
    """How one claim relates to another. A named tuple, not a frozen dataclass: the index
    makes one for most of a claim's candidates, and a frozen dataclass's ``__init__`` costs
    about four times as much."""

    claim_id: int
    other_claim_id: int
    label: str
    similarity: float
    reason: str


_made = tuple.__new__
"""``_made(Match, (claim_id, other_claim_id, label, similarity, reason))``: a ``Match``
without the named tuple's own ``__new__`` (a Python function) in between, for ``_label``,
which makes one for most of the ~40 candidates of a lookup (issue 15)."""


_COUNTED_BEFORE = re.compile(rf"\b(?:{ONE_TWO_COUNTED})\s+$", re.I)
"""What makes a bare "one" or "two" a figure (``ONE_TWO_COUNTED``), read before it."""
_INSIDE_NAME = re.compile(r"\b[A-Z][a-z]+ $")
_NAME_AFTER = re.compile(r" [A-Z][a-z]+\b")


@lru_cache(maxsize=16)
def spell_digits(text: str) -> str:
    """Number words as digits: "Twenty-seven people" -> "27 people", "two thousand" ->
    "2000", "a five-year term" -> "a 5 year term"; a bare "one" or "two" stays a word unless a
    bound or an emphasis comes before it ("less than two tonnes", "only one inmate":
    ``ONE_TWO_COUNTED``), and so does one before a name token, or inside a name ("Erik ten
    Hag"), unless that bound comes before it: "Only one Velmish envoy", "About ten Orsk
    miners" open a sentence with a capital that is no name's. Cached for the last few
    texts: ``claim_facts`` asks it of one claim's text from ``measures`` and ``figure_roles``
    (and ``_negated`` for Russian and Ukrainian)."""

    def digits(m: re.Match) -> str:
        counted = _COUNTED_BEFORE.search(text, max(0, m.start() - 16), m.start())
        if m.group(3) and m.group(3).lower() in ("one", "two") and not m.group(4) and not counted:
            return m.group(0)
        inside_name = (
            not counted  # "Only one Velmish envoy": a bound opening a sentence is no name
            and _INSIDE_NAME.search(text, 0, m.start())
            and _NAME_AFTER.match(text, m.end())
        )
        if m.group(0).islower() and inside_name:
            return m.group(0)
        value = (CARDINALS[m.group(1).lower()] + _UNITS[m.group(2).lower()] if m.group(1)
                 else CARDINALS.get(m.group(3).lower()) or _UNITS[m.group(3).lower()])  # fmt: skip
        if m.group(4):
            value *= MULTIPLIERS[m.group(4).lower()]
        return f"{value}" + (" " if m.group(5) else "")

    text = _SPELLED.sub(digits, text) if _SPELLED_CUE.found(text) else text
    text = _spell_cyrillic(text) if cyrillic.has_cyrillic(text) else text
    if "dozen" in text or "Dozen" in text:
        text = _DOZEN.sub(lambda m: "6" if m.group(1) else "12", text)
        text = _DOZENS_OF.sub(lambda m: f"{12 * (_UNITS.get(m[1].lower()) or int(m[1]))}", text)
    return _AND_A_HALF.sub(r"\1.5", text) if "half" in text or "половин" in text else text


_DOZEN = re.compile(r"\b(half )?an? dozen\b", re.I)
""""A dozen" is 12 and "half a dozen" 6 ("more than a dozen people died" gives 14 and not 8;
"dozens" stays a word)."""


_DOZENS_OF = re.compile(r"\b(\d+|one|two) dozen\b", re.I)
""""Four dozen" is 48 (the number word already a digit), "two dozen" 24: a multiple of a dozen
counts what "48" counts ("a few dozen", "dozens" stay words)."""


_AND_A_HALF = re.compile(r"\b(\d+)[\s-]+(?:and[\s-]+a[\s-]+half|с половиной|з половиною)\b", re.I)
"""A figure and a half: "seven and a half years" is 7.5 years, as "7.5-year" is."""


_CYRILLIC_UNITS = {**cyrillic.UNITS, **cyrillic.COLLECTIVES}
_CYRILLIC_UNIT = alternation(list(_CYRILLIC_UNITS))
_CYRILLIC_SPELLED = re.compile(
    rf"(?<![\w'])(?:({'|'.join(cyrillic.TENS)})(?:\s+({_CYRILLIC_UNIT}))?"
    rf"|({'|'.join(cyrillic.TEENS)}|{_CYRILLIC_UNIT}))(?![\w'])",
    re.I,
)


def _spell_cyrillic(text: str) -> str:
    """Russian and Ukrainian number words as digits ("пять лет" -> "5 лет", "двадцать пять"
    -> "25", "семеро загиблих" -> "7 загиблих"), as ``spell_digits`` does for English."""

    def digits(m: re.Match) -> str:
        if m.group(1):
            unit = _CYRILLIC_UNITS[m.group(2).lower()] if m.group(2) else 0
            return str(cyrillic.TENS[m.group(1).lower()] + unit)
        word = m.group(3).lower()
        return str(cyrillic.TEENS.get(word) or _CYRILLIC_UNITS[word])

    if _SPACED_CUE.search(text):
        text = _SPACED_THOUSANDS.sub(lambda m: _GROUP_SPACE.sub("", m.group(0)), text)
    text = _DECIMAL_COMMA.sub(r"\1.\2", text) if "," in text else text
    return _CYRILLIC_SPELLED.sub(digits, text.replace("’", "'").replace("ʼ", "'"))


_GROUP_SPACE = re.compile(r"[ \u00a0\u202f]")
_SPACED_CUE = re.compile(r"\d[ \u00a0\u202f]\d{3}")
_SPACED_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d|[.,]\d{3})")
"""A figure whose thousands a Russian or Ukrainian text sets apart by a space, a no-break
space or a narrow one ("50 000 драмов", "1 200 000 человек", "12 500 сотрудников"): one
figure, as an English claim's "50,000" is (it was read as two, 50 and 000, so "a 50,000-dram
note" and «банкнота номиналом 50 000 драмов» gave no figure in common). Only in a text with
Cyrillic letters: English sets thousands apart by a comma, and a space there may part two
figures ("on May 12 500 people"). A group of four digits opens no figure ("в 2024 году 300
человек" is a year and a count)."""


_DECIMAL_COMMA = re.compile(r"(?<![\d.,])(\d+),(\d{1,2})(?![\d,])")
"""The Russian and Ukrainian decimal comma ("7,96 грн", "+36,4 °C"): one or two digits after
it, never three ("1,500" may still be a thousands comma). Read as a point, so the figure is
the one an English claim writes "7.96" (it was read as 796, or as 3 and 6)."""


def _token(group: str) -> str:
    return "n:" + group.replace(" ", "_")


def _surname_token(group: str) -> str:
    """The last word of a name of several words, as a word of its own: "Faye" and "Bassirou
    Diomaye Faye", "Lilly" and "Eli Lilly" share it when the desk could not group them (two
    full names end in it). Only a person's (or an unclassified name's) also blocks: "Health
    Ministry" and "Foreign Ministry" must not become candidates through "Ministry"."""
    head, _, last = group.rpartition(" ")
    return _token(last) if head and len(last) > 2 else ""


def _country_ending(name: str) -> tuple[str, ...]:
    """The key of the country a body's acronym is followed by in the genitive, as the country
    alone keys («МИД Литвы», «ЦИК Хорватии»: "lithuania", "croatia"): the body's name keys as
    a whole ("mid litv"), so it never met "Lithuania's foreign ministry", nor a claim naming
    the country alone in the other script (``spelling.is_country``). Only after an acronym:
    after a compound («Минобороны России») it brought in as many wrong `same` as right ones
    on the tuning pairs (match23b)."""
    head, _, tail = name.rpartition(" ")
    if not head.isupper() or " " in head or not is_country(tail):
        return ()
    return (name_key(tail),)


_FIRST_WORD = re.compile(r"\W*([A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ']{2,})(?:['’]s)?\b")


def _opening_name(text: str, mentions: Sequence[Mention]) -> str:
    """The sentence's first word as a name token too, when it is capitalised and not already
    a mention: a name opening a sentence is only found with evidence from elsewhere, and
    "Sarkozy will serve" must still meet "Nicolas Sarkozy" (in Cyrillic too: "Литва
    получила" meets "в Литву"; a function word of either language is no name)."""
    first = _FIRST_WORD.match(text)
    if (
        not first
        or first.group(1).lower() in STOP
        or first.group(1).lower() in cyrillic.STOP
        or any(m.start <= first.start(1) < m.end for m in mentions[:1])
    ):
        return ""
    return f"{_token(name_key(first.group(1)))} "


def normalise(text: str, mentions: Sequence[Mention], groups: Sequence[str]) -> tuple[str, list]:
    """(normalised text, anchors): names -> group tokens, numbers -> canonical tokens."""
    pieces, anchors, last = [_opening_name(text, mentions)], [], 0
    for mention, group in zip(mentions, groups, strict=True):
        pieces.append(text[last : mention.start])
        pieces.append(f" {_token(group)} {_surname_token(group)} ")
        anchors.append(group)
        if _surname_token(group) and mention.kind in ("name", "person"):
            anchors.append(group.rpartition(" ")[2])  # "Faye" finds "Bassirou Diomaye Faye"
        anchors.extend(_country_ending(mention.text))
        last = mention.end
    pieces.append(text[last:])
    body = spell_digits("".join(pieces))
    if _DIGIT.search(body):  # dates, percentages and numbers all hold a digit
        body = _figure_tokens(body, anchors)
    lowered = _WORD.findall(body.lower().replace("’", "'"))
    words = [token for word in lowered if (token := _word_token(word))]
    unique = list(dict.fromkeys(a for a in anchors if not _DAY_OF_MONTH.fullmatch(a)))
    return " ".join(words), unique


def _figure_tokens(body: str, anchors: list[str]) -> str:
    """``body`` with its dates and percentages as tokens ("d11-20", "80%"); the tokens and
    every number go to ``anchors``."""

    def date(match: re.Match) -> str:
        month = month_number(match.group(1) or match.group(4)) or 0
        token = f"d{month:02d}-{int(match.group(2) or match.group(3)):02d}"
        anchors.append(token)
        return f" {token} "

    body = _dates(body, date)
    body = _PERCENT.sub(lambda m: f" {m.group(1).replace(',', '.')}% ", body)
    scaled = _scaled(body)
    # The words keep an English scale word ("56.3 million": "mill" is a word two English
    # claims share); a Russian or Ukrainian one is written out, as the anchors are.
    body = scaled if cyrillic.has_cyrillic(body) else body
    for found in _NUMBER.finditer(scaled):
        if not _CENTURY.match(scaled, found.end()):
            anchors.append(found.group().replace(",", ""))
    anchors.extend(f"{p}%" for p in _PERCENT_TOKEN.findall(body))
    return body


@lru_cache(maxsize=1 << 16)
def _word_token(word: str) -> str:
    """One lower-case word as the normalised text keeps it: a name or day token as it is, a
    stop word or a single letter dropped (""), any other word stemmed. Cached: a desk's
    words repeat, and every word of every claim indexed comes through here."""
    if word.startswith("n:") or (word.startswith("d") and _DAY_TOKEN.match(word)):
        return word
    if cyrillic.CYRILLIC.match(word):
        return _cyrillic_token(word)
    return stem(word) if word not in STOP and len(word) > 1 else ""


def _cyrillic_token(word: str) -> str:
    """A Russian or Ukrainian word as the normalised text keeps it: without its ending
    (``lexicon.cyrillic.stem``), romanised and folded like a name (``names.spelling``), so
    Russian "журналиста" and Ukrainian "журналістові" are one word; a stop word dropped."""
    word = word.strip("'-")
    if word in cyrillic.STOP or len(word) < 2:
        return ""
    return written_key(cyrillic.stem(word)).replace(" ", "").lower()


def claim_facts(
    claim_id: int,
    article_id: int,
    text: str,
    mentions: Sequence[Mention],
    groups: Sequence[str],
    article_date: str | None = None,
) -> ClaimFacts:
    """Everything matching needs from one claim (mentions relative to ``text``); the article's
    date resolves the time the claim is about (``extract.timespan``)."""
    norm, anchors = normalise(text, mentions, groups)
    places = tuple(dict.fromkeys(g for m, g in zip(mentions, groups, strict=True)
                                 if m.kind == "place"))  # fmt: skip
    told = _told(_unquoted(text))
    denies = _DENIES.found(told) or bool(
        cyrillic.has_cyrillic(text) and cyrillic.DENIALS.search(told)
    )
    stances = place_stances(text, mentions, groups)
    negated, rejected = _negated(text)
    percents = [a for a in anchors if a.endswith("%") and a[:-1] not in negated]
    figures = {"%": percents[-1]} if percents else {}
    when = time_span(text, article_date)
    roles = figure_roles(text)
    numbers = tuple(n for n in roles if _figure(n)[0] not in negated)
    found = measures(text, negated)
    sources = closing_sources(text, mentions, groups)
    return ClaimFacts(
        claim_id, article_id, norm, tuple(anchors), places, denies, stances, figures, when,
        numbers=numbers,
        outcomes=claim_outcomes(text, mentions, groups),
        direction=direction(text),
        cyrillic=cyrillic.mostly_cyrillic(text),
        roles={n: roles[n] for n in numbers if roles[n]} | nobody_roles(text),
        percents=tuple(percents),
        sources=sources,
        measures=tuple(found),
        rejected=tuple(sorted(rejected)),
        contrasts=contrast_words(text),
        persons=_persons(mentions, groups, sources),
        aside=_ASIDE.found(text),
        countries=countries(text),
        alive=_tells_alive(text),
        sides=opposites.sides(text),
        copy_key=copy_digest(text),
    )  # fmt: skip


def copy_digest(text: str) -> str:
    """``ClaimFacts.copy_key`` of a claim's text: its words and figures in order
    (``text.wording.words_of``, the re-import's "same words" too), hashed short. A sentence
    printed again with other spacing, quotes or capitals has the same key; one word more, less
    or changed ("not") gives another."""
    words = " ".join(words_of(text))
    return hashlib.blake2b(words.encode(), digest_size=6).hexdigest()


_QUOTED_SPEECH = re.compile(r"[\"“«„]([^\"“”«»„\n]+)[\"”»“]")
QUOTE_LEAST_WORDS = 3
"""The fewest words of a quote whose negations ``_unquoted`` leaves out of the denial reading:
fewer are a name or a title in quotes («Кордай», "Vėjo laikas"), read as the text around them."""


def _unquoted(text: str) -> str:
    """``text`` with its direct quotes (``QUOTE_LEAST_WORDS`` words or more, in straight, curly
    or angle quotes) blanked, for the denial reading only: a negation inside a quote is the
    speaker's own colour ("Finns simply do not write letters any more", "I did not expect to be
    chosen", «Мы не можем рисковать жизнями»), seldom a denial of the story the claim tells
    (same31, issue 13: of the tuning splits' sentences whose only denial was inside a quote, 42
    were `same` accounts and 2 corrections), and across scripts a denial read on one side only
    keeps two accounts apart. A denial told outside the quote ("..., the ministry said, denying
    the reports") is read as before. A quote whose sentence says nothing besides its speech
    frame ('"The bridge will not close in May," the council said': ``_frame_only``) is the
    statement itself, and its negation a denial (review31a: an official denial quoted whole)."""
    if '"' not in text and "“" not in text and "«" not in text and "„" not in text:
        return text
    unquoted = _QUOTED_SPEECH.sub(_blank_long_quote, text)
    if unquoted == text:
        return text
    if cyrillic.mostly_cyrillic(text):  # (no parser for Russian or Ukrainian: the words)
        return text if _frame_only(unquoted) else unquoted
    if not _DENIES.found(_told(text)) or _DENIES.found(_told(unquoted)):
        return unquoted  # (the quotes hold no denial of their own: nothing to parse)
    doc = outcomes.claim_doc(text)
    return _QUOTED_SPEECH.sub(lambda found: _blank_side_remark(found, doc), text)


def _blank_side_remark(found: re.Match, doc: Doc) -> str:
    """An English quote blanked as ``_blank_long_quote`` does, unless its sentence is only the
    frame of the quote (``_quoted_statement``): then the quote is the statement itself."""
    if _quoted_statement(doc, found.start(1), found.end(1)):
        return found.group(0)
    return _blank_long_quote(found)


_CLAUSE_DEPS = frozenset("advcl xcomp ccomp conj parataxis relcl acl csubj pcomp".split())
"""Relations that hang a clause of its own on a word: a story told beside a quote ("…,"
the council said, shutting the bridge; said of the route it will close)."""
_FRAMED_AS = frozenset({"ccomp", "parataxis", "dobj"})
"""How a quote's clause hangs on the speech verb that frames it, or the verb on the quote's
clause when the parser made the quote the root ('"The bridge," the mayor said, "will …"')."""


def _quoted_statement(doc: Doc, start: int, end: int) -> bool:
    """Whether the quote at ``start:end`` is the statement its sentence reports, read from the
    parse: its clause is the complement of a speech verb outside it (``SPEECH_LEMMAS``: "said",
    "told", "insisted"), or the verb hangs on the quote's clause, and every other word of the
    sentence outside the quote is that verb's frame (``_frame_of``): who said it, to whom,
    where and when, however many words ("… told a public meeting at the library"), but no
    clause of a story ("…, the council said, shutting the bridge"; "said X, who was caught
    up in the pile-up") and no topic remarked on ("said of the closure")."""
    inside = [t for t in doc if start <= t.idx < end]
    for root in (t for t in inside if not t.is_punct):
        head = root.head
        if head.i != root.i and start <= head.idx < end:
            continue  # (not the quote's own root)
        if head.i != root.i:
            verbs = [head] if root.dep_ in _FRAMED_AS else []
        else:
            verbs = [c for c in root.children
                     if not start <= c.idx < end and c.dep_ in _FRAMED_AS]  # fmt: skip
        for verb in verbs:
            if verb.lemma_.lower() in SPEECH_LEMMAS and _frame_of(verb, root, start, end):
                return True
    return False


def _frame_of(verb: Token, root: Token, start: int, end: int) -> bool:
    """Whether the words outside the quote in the sentences of the quote and its verb are all
    the verb's frame: the verb and the words under it (or, when the quote's clause is the
    root, under the quote's clause) by relations that hang no clause of their own anywhere,
    the speaker's description too ("said X, the dean who will now lead the church": the story
    told in a relative clause), and never the topic the speaker comments on ("X said of the
    severed link": a remark on a story, not the statement)."""
    frame = {verb.i}
    for head in (verb, root):
        for child in head.children:
            if child.i == root.i or child.i == verb.i or start <= child.idx < end:
                continue
            if child.dep_ in _CLAUSE_DEPS or (child.dep_ == "prep" and child.lower_ == "of"):
                return False
            for token in child.subtree:
                if token.dep_ in _CLAUSE_DEPS:
                    return False
                frame.add(token.i)
    tokens = [t for sent in dict.fromkeys((root.sent, verb.sent)) for t in sent]
    return all(t.i in frame or t.is_punct or t.is_space or start <= t.idx < end
               for t in tokens)  # fmt: skip


_FRAME_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_FRAME_FUNCTION = (
    STOP | cyrillic.STOP | frozenset(CYRILLIC_DAYS_BACK) | frozenset(CYRILLIC_WEEKDAYS)
)
_FRAME_COMMON = (
    frozenset(SPEECH_VERBS) | ROLE_WORDS | SPEECH_FRAME_WORDS | frozenset(WEEKDAYS)
    | frozenset(ENGLISH_MONTHS)
)  # fmt: skip
_FRAME_STEMS = tuple(reporting_ru_uk.PAST_STEMS | reporting_ru_uk.PRESENT_STEMS) + tuple(
    reporting_ru_uk.UNNAMED_ROLES
)
FRAME_LEAST_OTHER_WORDS = 2
"""The fewest words besides a speech frame's that make the text outside a quote a story of its
own (``_frame_only``): one is allowed for a speaker's head word no lexicon lists ("the
operator said", «заявили в мэрии»); two are a story ("said of the route it will close")."""


def _frame_only(outside: str) -> bool:
    """Whether the text outside a claim's quotes is only the frame of the speech: who said it
    (a capitalised name, a role, the body: "Harwick Council", "the company's spokeswoman"), the
    verb and the time ("on Monday", «вчера»), with fewer than ``FRAME_LEAST_OTHER_WORDS`` words
    besides. Then the quote is the whole statement, not a side remark inside a story sentence."""
    other = 0
    for word in _FRAME_WORD.findall(outside):
        if word[0].isupper():
            continue
        low = word.lower().removesuffix("'s").removesuffix("’s")
        if low in _FRAME_FUNCTION or low in _FRAME_COMMON or low.startswith(_FRAME_STEMS):
            continue
        if low in CYRILLIC_MONTHS:
            continue
        other += 1
        if other >= FRAME_LEAST_OTHER_WORDS:
            return False
    return True


def _blank_long_quote(found: re.Match) -> str:
    """A quote of ``QUOTE_LEAST_WORDS`` words or more as spaces; a shorter one as it is."""
    if len(found.group(1).split()) < QUOTE_LEAST_WORDS:
        return found.group(0)
    return " " * len(found.group(0))


def _told(text: str) -> str:
    """``text`` less the writer's caveat ("could not be independently verified":
    ``UNVERIFIED_RE``) and a role counted as none ("nobody was hurt": ``_NOBODY``), neither
    of them a denial, and with "fake" before the thing it describes read as "counterfeit"
    ("fake watches": ``FAKE_THING_RE``), no denial either. Each pattern runs only on a text
    holding its cue (issue 15)."""
    told = UNVERIFIED_RE.sub(" ", text) if _UNVERIFIED_CUE.found(text) else text
    told = _NOBODY.sub(" ", told) if _may_count_nobody(told) else told
    return FAKE_THING_RE.sub("counterfeit", told) if "fake" in told.lower() else told


def _tells_alive(text: str) -> bool:
    """``ClaimFacts.alive``: the patterns run only on a text holding their cue (issue 15)."""
    lowered = text.lower()
    if "aliv" in lowered and any(m.group("alive") for m in ALIVE_RE.finditer(text)):
        return True
    return "жив" in lowered and bool(cyrillic.ALIVE_RE.search(text))


_UNVERIFIED_CUE = FoldedSearch(re.compile("verified|confirmed", re.I))
"""What every ``UNVERIFIED_RE`` match ends on, searched on lowered text."""
_ASIDE = FoldedSearch(ASIDE_RE)
"""``ASIDE_RE`` searched on lowered text (``text.fold``): asked of every claim indexed."""


def _persons(
    mentions: Sequence[Mention], groups: Sequence[str], sources: Sequence[str]
) -> tuple[str, ...]:
    """``ClaimFacts.persons``: the groups of the claim's people named in full, less its
    closing sources (who speaks is no sign of what the claim is about)."""
    found = (g for m, g in zip(mentions, groups, strict=True) if m.kind == "person" and " " in g)
    return tuple(dict.fromkeys(g for g in found if g not in sources))


_UNITS_OF = {**MEASURE_UNITS, **cyrillic.MEASURE_UNITS}
_UNIT_NAMES = {f"u{i}": unit for i, unit in enumerate(sorted(_UNITS_OF, key=len, reverse=True))}
_MEASURE = re.compile(
    r"(\d(?<![\w.,]\d)(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d*(?:\.\d+)?))\s*(?:"  # digit first
    + "|".join(f"(?P<{name}>{unit})" for name, unit in _UNIT_NAMES.items())
    + r")(?![\w/])",
    re.I,
)
"""A figure and its unit of measure (``MEASURE_UNITS``, English and Cyrillic; the longest
spelling first, so "km/h" is not "km")."""


def measures(text: str, negated: Set[str] = frozenset()) -> list[str]:
    """The measures a claim gives, each in its dimension's one unit ("0.092m", "54mo",
    "148kmh", "36.4C"), with its roundings when converted ("41.2 m/s" is 148.32, 148.3 and 148
    km/h). They are figures the claim gives (``values``), never anchors: the figure itself
    is one already, and a measure told in two units must not count twice. A year ("в 2027
    году") and a rejected figure are none."""
    body = spell_digits(text)
    if not _DIGIT.search(body):
        return []
    found: dict[str, None] = {}
    for match in _MEASURE.finditer(body):
        figure = match.group(1).replace(",", "")
        if _YEARISH.fullmatch(figure) or figure in negated or match.lastgroup is None:
            continue
        dimension, factor = _UNITS_OF[_UNIT_NAMES[match.lastgroup]]
        value = (float(figure) - 32) * 5 / 9 if factor == 0.0 else float(figure) * factor
        found.update(dict.fromkeys(_measure_tokens(value, dimension, factor == 1.0)))
    return list(found)


def _measure_tokens(value: float, dimension: str, exact: bool) -> list[str]:
    """One measure's tokens: its value, and when it was converted its roundings to two, one
    and no decimals (of at least 1, and 10 for a whole number: as ``rounds_to`` accepts)."""
    tokens = [f"{value:.6g}{dimension}"]
    if not exact:
        for places in (2, 1, 0):
            rounded = round(value, places)
            if abs(rounded) >= (10 if places == 0 else 1):
                tokens.append(f"{rounded:.6g}{dimension}")
    return list(dict.fromkeys(tokens))


_CLOSING_SOURCE = re.compile(
    rf",\s+(?:[^,]{{0,90}}?\b(?:{'|'.join(SPEECH_VERBS)})\b[^,]{{0,60}}|according to [^,]{{0,90}})"
    r"[.\s\"”’']*$",
    re.I,
)
"""A closing attribution: ", the Border Guard Board said.", ", according to the ministry."."""
_SPEECH = frozenset(SPEECH_VERBS)
_LATIN_WORD = re.compile(r"[a-z]+")


def closing_sources(
    text: str, mentions: Sequence[Mention], groups: Sequence[str]
) -> tuple[str, ...]:
    """The name groups (and a person's surname, as ``normalise`` anchors it) named in the
    claim's closing attribution, and nowhere before it."""
    comma = text.rfind(",")  # the attribution holds no comma: only the last one can open it
    if comma < 0:
        return ()
    words = _LATIN_WORD.findall(text[comma:].lower())
    if _SPEECH.isdisjoint(words) and "according" not in words:  # most claims: no regex run
        return ()
    tail = _CLOSING_SOURCE.match(text, comma)
    if tail is None:
        return ()
    inside = {g for m, g in zip(mentions, groups, strict=True) if m.start >= tail.start()}
    before = {g for m, g in zip(mentions, groups, strict=True) if m.start < tail.start()}
    found = inside - before
    return tuple(sorted(found | {g.rpartition(" ")[2] for g in found if " " in g}))


_DIRECTIONS = {
    way: FoldedSearch(re.compile(rf"\b(?:{verbs})\b", re.I)) for way, verbs in DIRECTIONS.items()
}
"""Rising and falling words, each searched on lowered text (``text.fold``): asked of every
claim indexed."""


def direction(text: str) -> bool | None:
    """Which way the claim says something went: True when it has only rising words ("grew",
    "raised the alert"), False when only falling ones ("shrank", "lowered"), else None (both,
    as in "fell to 2.4% from a rise of ...", or neither)."""
    if "ing " in text or ", which " in text:  # "shrank by 0.1%, raising the risk of a ..."
        text = _CONSEQUENCE.sub(_consequence, text)
    up, down = _DIRECTIONS[True].found(text), _DIRECTIONS[False].found(text)
    return up if up != down else None


_CONSEQUENCE = re.compile(r",\s+(?:([a-z]+ing)\b[^,;.]*|which\s+([a-z]+)\b[^,;]*$)", re.I)
_TURNING = re.compile(rf"(?:{DIRECTIONS[True]}|{DIRECTIONS[False]})", re.I)


def _consequence(clause: re.Match) -> str:
    """A participle clause after a comma that opens with a rising or falling word ("…,
    raising the risk of a recession", "…, lifting shares") left out: what followed, not which
    way the claim says its own figure went; so is a relative clause on the whole sentence
    told so ("…, which raises the risk of a recession"), but only one that ends the sentence
    after its main clause: a "which" clause between a subject and its verb ("Exports, which
    fell 3%, are expected to recover") tells the subject's own figure. Any other clause
    stays."""
    return " " if _TURNING.fullmatch(clause.group(1) or clause.group(2)) else clause.group(0)


_DENIES = FoldedSearch(DENIAL, NEGATION, OUTCOME_NEGATION_RE)
"""A denial, a negated statement or a negated outcome: one search, on lowered text."""
_FIGURE = re.compile(
    r"\d(?<![\w.,]\d)(?<![A-Za-z]-\d)\d{0,2}(?:,\d{3})+(?:\.\d+)?(?![\w%])"
    r"|\d(?<![\w.,]\d)(?<![A-Za-z]-\d)\d*(?:\.\d+)?(?![\w%.,]\d)"
)  # (?<![\w.,])(?<![A-Za-z]-)\d{1,3}... | (?<![\w.,])(?<![A-Za-z]-)\d+..., digit first
"""A figure in digits; a number that is part of a name ("Covid-19", "F-16") is none."""
_NEGATED = re.compile(
    r"\bnot (?:the |as |quite |only )?[$£€¥]?(\d+(?:\.\d+)?)"
    r"|\bfrom (?:an? |the )?[$£€¥]?(\d+(?:\.\d+)?)"
)
"""A figure the sentence rejects ("29 people, not 46"; "raised €28 million, not €48 million as
reported") or leaves behind ("eased to 2.4% from 2.6%", "down from 2.6%"): not the figure it
puts forward."""
_NOT_SPELLED = re.compile(rf"\bnot (?:the |as |quite |only )?(?:{_CARDINAL.lower()})\b", re.I)
"""A figure in words after "not" ("not six", "not twenty-five"): ``_NEGATED`` reads it once the
words are digits (``spell_digits``)."""
_YEARISH = re.compile(r"(?:19|20)\d\d")
_OUT_OF = re.compile(rf"(?<![\w-])(?:{OUT_OF}|{cyrillic.OUT_OF})\s+$", re.I)
"""The words before the top of a scale ("63 out of 140", "71 из 140"): that figure is no
figure the claim gives (two claims giving other scores out of one maximum share none)."""


def _negated(text: str) -> tuple[set[str], set[str]]:
    """The figures a claim rejects or leaves behind (``_NEGATED``; in Russian and Ukrainian
    ``lexicon.cyrillic.NEGATED_FIGURE``, "9 осіб, а не 14"): not figures it puts forward.
    Returned with those it rejects ("not", "не": a correction), which a claim putting one
    forward conflicts with (``_rejection``); a figure left behind ("from 2.6%") was once
    true."""
    pairs = _NEGATED.findall(text.replace(",", ""))
    if _SCALE_CUE.search(text) and ("not " in text or "from " in text):
        # A figure with a scale is filed as its digits ("€48 million" as 48000000): a
        # correction ("€28 million, not €48 million as reported") rejects those digits.
        pairs += _NEGATED.findall(_scaled(spell_digits(text)).replace(",", ""))
    elif _NOT_SPELLED.search(text):
        # A correction in words ("two people had died, not six"; "only one ..., not three")
        # rejects that figure as one in digits does. "From" is left to digits: "from three
        # factions" leaves no figure behind.
        pairs += [(x, "") for x, _ in _NEGATED.findall(spell_digits(text).replace(",", "")) if x]
    rejected = {rejects for rejects, _ in pairs if rejects}
    found = rejected | {left for _, left in pairs if left}
    if cyrillic.has_cyrillic(text) and "не" in text.lower():
        body = _scaled(spell_digits(text))  # "а не почти три тысячи": 3000 rejected
        rejected.update(x.replace(",", "") for x in cyrillic.NEGATED_FIGURE.findall(body))
        found |= rejected
    return found, rejected


def contrast_words(text: str) -> tuple[str, ...]:
    """The content words of what ``text`` says a thing is not (``english.CONTRAST_RE``,
    ``cyrillic.CONTRAST``), each as the normalised text keeps it (``_word_token``): stop
    words and single letters dropped, the rest stemmed."""
    if "not " not in text and "rather than" not in text and "а не" not in text:
        return ()
    found = [m.group(1) or m.group(2) or "" for m in CONTRAST_RE.finditer(text)]
    if cyrillic.has_cyrillic(text):
        found += cyrillic.CONTRAST.findall(text)
    tokens = (_word_token(w) for phrase in found for w in _WORD.findall(phrase.lower()))
    return tuple(dict.fromkeys(t for t in tokens if t and not t.startswith("n:")))


def plain_numbers(text: str) -> tuple[str, ...]:
    """Figures written in digits (or number words), outside dates, years and percentages,
    each with the word it counts: "205|peopl", "7.6|", "2-1" scores as "2|score"."""
    return tuple(figure_roles(text))


def figure_roles(text: str) -> dict[str, str]:
    """``plain_numbers``' entries, in order, each with the role of what it counts ("dead",
    "injured", "rescued"...: ``lexicon.english.FIGURE_ROLES``), or "" when the sentence does
    not tell it: "Five people were killed and seven wounded" gives 5 dead and 7 injured."""
    body = spell_digits(text)
    if not _DIGIT.search(body):  # no figure, and nothing for the date and percent patterns
        return {}
    body = _scaled(_PERCENT.sub(" ", _dates(body, " ")))
    found: dict[str, str] = {}
    for match in _FIGURE.finditer(body):
        value = match.group().replace(",", "")
        if (
            not _YEARISH.fullmatch(value)
            and not _SCORE_TAIL.search(body, 0, match.start())
            and not _CENTURY.match(body, match.end())
            and not _OUT_OF.search(body, max(0, match.start() - 24), match.start())
        ):
            bound, unit = _bound(body, match.start()), _unit(body, match.end())
            entry = f"{value}|{unit}" + (f"|{bound}" if bound else "")
            aged = unit == "age"  # "arrested a 34-year-old": an age counts no one arrested
            found[entry] = found.get(entry) or (
                "" if aged else _role(body, match.start(), match.end())
            )
    return found


_ROLE_WORDS = "|".join(
    f"(?P<{role}>{english}|{cyrillic.FIGURE_ROLES[role]})" for role, english in FIGURE_ROLES.items()
)
_GAP_WORD = r"\s+(?!(?:and|or|but|и|і|та|й|а)\b)[^\W\d]+(?:['’-][^\W\d]+)*"
"""A word between a figure and its role word: no figure, no punctuation and no conjunction
between them ("5 people were killed and 7 wounded": 5 dead, 7 injured)."""
_ROLE_AFTER = re.compile(rf"(?:{_GAP_WORD}){{0,4}}?\s+\b(?:{_ROLE_WORDS})\b", re.I)
_ROLE_BEFORE = re.compile(rf"\b(?:{_ROLE_WORDS})(?:{_GAP_WORD}){{0,3}}\s+$", re.I)
_NOBODY_OF = (
    rf"(?:\s+(?:{NOBODY_OF}|{cyrillic.NOBODY_OF})\s+(?:the\s+)?\d+(?:[\s,.]\d{{3}})*"
    rf"(?:\s+[^\W\d]+){{1,3}}?)?"
)
"""Whom none of a role was counted out of, after the word of none: "of the 186 passengers",
«из 78 человек на борту», «зі 186 пасажирів»: the number is no count of the role, and the
words after it are no gap (``_GAP_WORD``: a figure stops it)."""
_NOBODY = re.compile(
    rf"\b(?:{NOBODY_WORDS}|{cyrillic.NOBODY_WORDS})\b{_NOBODY_OF}(?:\s+(?:не|ні)\b)?"
    rf"(?:{_GAP_WORD}){{0,2}}?\s+\b(?:{_ROLE_WORDS})\b",
    re.I,
)
"""A role counted as none: "nobody was hurt", "no one was killed", "no deaths", "никто не
пострадал", out of a number too ("none of the 186 passengers was hurt", «никто из 78 человек
на борту не пострадал»: ``_NOBODY_OF``): read the same in the three scripts, so a count of none
is never a denial on one side only (pairs40: «ніхто зі 186 пасажирів не постраждав» denied,
its English account not)."""
_TOLL_BEFORE = re.compile(rf"\b(?:{TOLL_WORDS})(?:{_GAP_WORD}){{0,9}}\s+$", re.I)
"""A toll named before its figure, up to 9 words back ("the toll from the crash at 22")."""
_TOLL_RISEN = re.compile(
    rf"\b(?:{TOLL_WORDS})(?:,?(?:{_GAP_WORD}|\s+\d+\.\d+)){{0,13}},?\s+(?:{TOLL_RISES})\s+$",
    re.I,
)
"""A toll told at length, up to 15 words back when it has "risen to", "reached" or "stands
at" its figure ("the death toll from the fire at ... in X has risen to 87"), an aside set off
by commas included ("the toll of the crash, in which a bus fell ..., stands at 22", "the
death toll, officials said, has risen to 40"); a measure between them ("magnitude 6.1") is
no count and does not stop it, a count does ("has risen to 31 after 9 more": 9 is not the
toll)."""
TOLL_REACH = 90
"""Characters before a figure in which ``_TOLL_BEFORE`` is looked for (``_TOLL_RISEN``:
``TOLL_RISEN_REACH``)."""
TOLL_RISEN_REACH = 150
_MEASURE_AFTER = re.compile(rf"\s*(?:{MEASURE_WORDS})\b", re.I)
"""A figure given in money or a measure ("7 pounds", "40 km"): never a toll's count."""


def nobody_roles(text: str) -> dict[str, str]:
    """The roles the claim counts as none, as entries of ``figure_roles``' kind ("nobody was
    hurt": {"0|injured": "injured"}): beside "three people were injured" another count."""
    if not _may_count_nobody(text):
        return {}
    return {f"0|{m.lastgroup}": m.lastgroup or "" for m in _NOBODY.finditer(text)}


_NOBODY_CUE = FoldedSearch(re.compile(rf"(?:{NOBODY_WORDS})\b", re.I))
"""The English words ``_NOBODY`` opens on, searched on lowered text."""


def _may_count_nobody(text: str) -> bool:
    """Whether ``_NOBODY`` may match in ``text``: not for a text all in ASCII holding none of
    the English words it opens on (its Russian and Ukrainian words hold no ASCII letter).
    Asked first: the pattern itself costs ~3 µs a claim (issue 15)."""
    return not text.isascii() or _NOBODY_CUE.found(text)


def _role(body: str, start: int, end: int) -> str:
    """What the figure at ``start:end`` counts: the role word after it within a few words
    ("5 people were killed", "12 ранены"), else the one before it ("killing 14", "погибли 3
    человека"), else "dead" after a toll ("the toll has risen to 14"); "" when none is near,
    and for a figure with decimals (a count of people is whole: "a magnitude 6.1 quake")."""
    if "." in body[start:end]:
        return ""
    after = _ROLE_AFTER.match(body, end)
    if after:
        return after.lastgroup or ""
    before = _ROLE_BEFORE.search(body, max(0, start - 60), start)
    if before:
        return before.lastgroup or ""
    return "dead" if _a_toll(body, start, end) else ""


def _a_toll(body: str, start: int, end: int) -> bool:
    """Whether the figure at ``start:end`` is the count of a toll named before it: near it,
    or far back when the toll has "risen to" it; never a figure in money or a measure."""
    if _MONEY_BEFORE.search(body, 0, start) or _MEASURE_AFTER.match(body, end):
        return False
    return bool(
        _TOLL_BEFORE.search(body, max(0, start - TOLL_REACH), start)
        or _TOLL_RISEN.search(body, max(0, start - TOLL_RISEN_REACH), start)
    )


_SCALE_WORDS = {
    **{word: scale for word, scale in MULTIPLIERS.items() if scale >= 1000},
    **cyrillic.SCALES,
}
_SCALE_WORD = alternation(list(_SCALE_WORDS))
_SCALED = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:,\d{3})*(?:[.,]\d+)?)"
    rf"(?:\s+({_SCALE_WORD})\b\.?|({'|'.join(SCALE_TAGS)})\b)",
    re.I,
)
_MONEY_BEFORE = re.compile(r"[$£€¥]\s?$")


def _scaled(body: str) -> str:
    """Figures with a scale as plain digits: "$214m", "214 million" and "more than $200
    million" all count dollars, 214000000 and 200000000 ("6.2m customers" is 6200000; "40
    тисяч", "3,2 млн" the same way). A bare "m" scales only after a currency sign or a
    decimal figure ("5m" may be metres). The anchors are written this way in every language,
    so "56.3 million tonnes" meets "56,3 млн тонн" and "$214m" meets "214 million dollars"."""

    def plain(m: re.Match) -> str:
        number, word, tag = _decimal(m.group(1)), m.group(2), m.group(3)
        if (
            tag
            and tag.lower() in ("m", "k")
            and "." not in number
            and not _MONEY_BEFORE.search(body, 0, m.start())
        ):
            return m.group(0)
        scale = _SCALE_WORDS[word.lower()] if word else SCALE_TAGS[tag.lower()]
        value = round(float(number) * scale)
        return str(value)

    return _SCALED.sub(plain, body) if _SCALE_CUE.search(body) else body


_SCALE_CUE = re.compile(rf"\d\s*(?:{_SCALE_WORD}|{'|'.join(SCALE_TAGS)})\b", re.I)


def _decimal(number: str) -> str:
    """A figure before a scale word as Python reads it: "1,500" is 1500, but the Russian and
    Ukrainian decimal comma ("3,2 млн", "1,5 млрд") is a point."""
    if re.fullmatch(r"\d+,\d{1,2}", number):
        return number.replace(",", ".")
    return number.replace(",", "")


_BOUND_BEFORE = {
    side: re.compile(rf"\b(?:{words}|{cyrillic.APPROXIMATIONS[side]})\s+[$£€¥]?\s?$", re.I)
    for side, words in APPROXIMATIONS.items()
}
"""A figure given as a bound or an estimate ("more than 40", "почти 300"): a claim saying 43
gives the same figure, not another one (``within_bound``)."""
APPROXIMATE_SPAN = 0.5
"""How far around an estimate an exact figure may lie and still be the figure it gives: half
the span either side, "about 40" is 30 to 50 (a bound reaches ``BOUND_SPAN`` to its side)."""
BOUND_SPAN = 0.25
"""How far beyond a bound an exact figure or an estimate may lie and still be the figure the
bound gives: "more than 40" is 40 to 50, "nearly 40" 30 to 40, as far as an estimate of that
figure reaches on that side. Two bounds of one side ("at least 16", "more than a dozen") are
two floors (or ceilings) under one count and keep ``APPROXIMATE_SPAN``, as the blocking's
magnitudes do (``_span``). It was half the figure (40 to 60, 20 to 40) for every pair until
prec22 (issue 13): "more than $40 million" then met "about $58 million", an analytics firm's
count beside the exchange's own lower one, and "almost 50 million" a correction's 28
million."""


def _bound(body: str, start: int) -> str:
    """The side of the bound (">", "<", "~") when the figure at ``start`` is a bound or an
    estimate ("more than 40", "nearly 40", "about 40"), else ""."""
    before = body[max(0, start - 24) : start]
    return next((side for side, pattern in _BOUND_BEFORE.items() if pattern.search(before)), "")


def within_bound(value: str, bound: str, exact: str, span: float = BOUND_SPAN) -> bool:
    """Whether ``exact`` is a figure the bound or estimate ``bound value`` allows: "more than
    200000000" allows 214000000, "nearly 40" allows 38, "about 1000" allows 1100. ``span``:
    how far beyond a bound (``BOUND_SPAN``; an estimate's is ``APPROXIMATE_SPAN``)."""
    try:
        edge, figure = float(value), float(exact)
    except ValueError:
        return False
    if bound == ">":
        return edge <= figure <= edge * (1 + span)
    if bound == "<":
        return edge * (1 - span) <= figure <= edge
    return abs(figure - edge) <= edge * APPROXIMATE_SPAN / 2


_SCORE_TAIL = re.compile(r"\d-$")
_AGE = re.compile(r"[\s-]+years?[\s-]+old\b|-(?:летн|річн)", re.I)
"""An age after a figure ("31-year-old", "34 years old", "34-летнего", "31-річного")."""
_COUNTED = re.compile(r"-\d|\s+(?:more\s+|of\s+|new\s+)?([a-z]{3,}|[а-яёіїєґ]{3,})")


def _unit(body: str, end: int) -> str:
    """What a figure counts: the word after it ("46 people"), "score" for "2-1", else ""."""
    if _AGE.match(body, end):
        return "age"  # "a 31-year-old man": whose age, never a count of the claim's thing
    after = _COUNTED.match(body, end)
    if after is None:  # a unit of two letters ("148 km/h", "5 kg") is a measure's own
        short = _MEASURE_AFTER.match(body, end)
        return short.group().strip().lower() if short else ""
    if after.group(1) is None:
        return "score"
    word = after.group(1)
    if cyrillic.CYRILLIC.match(word):
        return _cyrillic_token(word)
    return "" if word in STOP else stem(word)


def _figure(entry: str) -> tuple[str, str]:
    """(value, counted word) of a ``plain_numbers`` entry."""
    value, _, rest = entry.partition("|")
    return value, rest.partition("|")[0]


def _bound_of(entry: str) -> str:
    """The bound an entry was given with (``_bound``: ">", "<", "~"), or ""."""
    return entry.rpartition("|")[2] if entry.count("|") > 1 else ""


def figure_keys(
    numbers: Iterable[str], roles: dict[str, str] | None = None, bins: Sequence[str] = ()
) -> frozenset[str]:
    """``ClaimFacts.magnitudes``: for each figure of ``FIGURE_LEAST`` or more (``numbers``
    entries; an age or a score left out), the buckets of width ``FIGURE_STEP`` its value
    spans: an exact figure ``FIGURE_EXACT`` either side, a bound or an estimate the span
    ``within_bound`` allows ("more than 200000000": 200 to 300 million). An exact figure
    inside a bound shares a bucket with it, and two exact figures within a rounding. A count
    of a role (``roles``) from ``ROLE_LEAST`` gives its buckets in each of ``bins`` (time
    bins; none without them)."""
    found: set[str] = set()
    for entry in numbers:
        value, unit = _figure(entry)
        try:
            figure = float(value)
        except ValueError:
            continue
        small = figure < FIGURE_LEAST
        if unit in ("age", "score") or (
            small and not (figure >= ROLE_LEAST and roles and roles.get(entry) and bins)
        ):
            continue
        low, high = _span(figure, _bound_of(entry))
        first, last = _bucket(low), _bucket(high)
        for n in range(first, last + 1):
            if small:
                found.update(f"{FIGURE_KEY}{n}@{place}" for place in bins)
            else:
                found.add(f"{FIGURE_KEY}{n}")
    return frozenset(found)


def _span(figure: float, bound: str) -> tuple[float, float]:
    """The figures a figure given with ``bound`` may meet: as far as two bounds of one side
    reach (``APPROXIMATE_SPAN``; a bound beside an exact figure reaches less, ``BOUND_SPAN``),
    so the blocking brings together every pair ``approximately`` may call one figure."""
    if bound == ">":
        return figure, figure * (1 + APPROXIMATE_SPAN)
    if bound == "<":
        return figure * (1 - APPROXIMATE_SPAN), figure
    if bound:
        return figure * (1 - APPROXIMATE_SPAN / 2), figure * (1 + APPROXIMATE_SPAN / 2)
    return figure * (1 - FIGURE_EXACT), figure * (1 + FIGURE_EXACT)


def _bucket(figure: float) -> int:
    """The magnitude bucket of a positive figure (``FIGURE_STEP`` wide)."""
    return math.floor(math.log(figure) / math.log(FIGURE_STEP))


def approximately(a: str, b: str) -> bool:
    """Whether two ``plain_numbers`` entries give one figure, one of them a bound or an
    estimate the other falls within ("more than 40 dead" and "43 dead"); two bounds of one
    side within ``APPROXIMATE_SPAN`` ("at least 16", "more than a dozen": ``BOUND_SPAN``)."""
    (value_a, _), (value_b, _) = _figure(a), _figure(b)
    side_a, side_b = _bound_of(a), _bound_of(b)
    span = APPROXIMATE_SPAN if side_a == side_b else BOUND_SPAN
    return (bool(side_a) and within_bound(value_a, side_a, value_b, span)) or (
        bool(side_b) and within_bound(value_b, side_b, value_a, span)
    )


def _other_figures(a: ClaimFacts, b: ClaimFacts) -> tuple[str, str] | None:
    """Two figures for one thing: a figure of each claim the other lacks, both scores or both
    counts ("2-1" and "84,000 fans" are not two figures for one thing; "46 people" and "29
    deaths" are, so the counted words need not be the same). A bound and a figure inside it
    are one figure ("more than 40" and 43). When the claims already give one figure in
    common ("411,000 barrels a day"), the others are details of one account ("eight
    countries" and "six other members"), and only two counts of the same word conflict.
    A bound is looked for only when either claim gives one (``ClaimFacts.bounded``). Counts
    of two roles (``roles``: "3 killed" and "12 injured") are not two figures for one thing.
    Each figure's value and counted word are the claim's, read once (``figures_read``)."""
    bounded = a.bounded or b.bounded
    values_a, values_b = a.counts, b.counts
    # ``_a_total`` either way, from what each claim added up once (``ClaimFacts.count_sums``)
    if not a.count_sums.isdisjoint(b.wholes) or not b.count_sums.isdisjoint(a.wholes):
        return None
    common = not values_a.isdisjoint(values_b) or (
        bounded and any(approximately(x, y) for x in a.numbers for y in b.numbers)
    )
    roles_a, roles_b = a.roles, b.roles
    for entry_a, value_a, unit_a in a.figures_read:
        for entry_b, value_b, unit_b in b.figures_read:
            if value_a in values_b or value_b in values_a or rounds_to(value_a, value_b):
                continue
            if (bounded and approximately(entry_a, entry_b)) or _kind_apart(unit_a, unit_b):
                continue
            if common and (not unit_a or unit_a != unit_b):
                continue
            if (
                unit_a
                and unit_b
                and unit_a != unit_b
                and (_a_measure(unit_a) or _a_measure(unit_b))
            ):
                continue  # 41.2 metres a second and 148 km/h: one speed in two units
            if _other_things(roles_a.get(entry_a, ""), roles_b.get(entry_b, ""), unit_a, unit_b):
                continue
            return value_a, value_b
    return None


def _kind_apart(unit_a: str, unit_b: str) -> bool:
    """Whether two figures are of other kinds, never two figures for one thing: a score and a
    count ("2-1", "84,000 fans"), or an age and anything else ("a 31-year-old man" beside "14
    new cases")."""
    return (unit_a == "score") != (unit_b == "score") or (unit_a == "age") != (unit_b == "age")


def _a_large_total(parts: frozenset[str], totals: frozenset[str]) -> bool:
    """``_a_total`` with a total of 100 or more: "281 passengers and 16 crew" and "297 people
    on board" give one figure (``figure_terms``), while small counts add up by chance ("six
    cases, three of them fatal" beside nine cases; a 2-1 score beside 3-0). A claim of one
    figure has no two to add: answered before the totals are sorted out. ``figure_terms``
    asks it of most pairs, both ways, through each claim's kept sums and totals
    (``ClaimFacts.sums``, ``bigs``): this is their plain form, which the tests hold them to."""
    if len(parts) < 2:
        return False
    return _a_total(parts, {v for v in totals if _big(v)})


def _summed(values: frozenset[str]) -> frozenset[float]:
    """Every sum ``_a_total`` tries of two of ``values`` (the smaller first, as it adds them),
    or none when it would find no total: fewer than two values, or one no plain number."""
    numbers = sorted(_as_numbers(values)) if len(values) >= 2 else []
    if len(numbers) < len(values):
        return _NONE
    return frozenset(x + y for i, x in enumerate(numbers) for y in numbers[i + 1 :]) or _NONE


def _bigs(values: frozenset[str]) -> frozenset[float]:
    """The totals ``_a_large_total`` adds up to in ``values``, as numbers."""
    return frozenset(float(v) for v in values if _big(v)) or _NONE


def _wholes(values: frozenset[str]) -> frozenset[float]:
    """The totals ``_a_total`` adds up to in ``values``: none when one is no number."""
    return frozenset(_as_numbers(values)) or _NONE


def _as_numbers(values: frozenset[str]) -> list[float]:
    """Each of ``values`` as a number (``float``), or none when one is not."""
    try:
        return [float(v) for v in values]
    except ValueError:
        return []


def _big(value: str) -> bool:
    """Whether a plain figure is 100 or more."""
    try:
        return float(value) >= 100
    except ValueError:
        return False


def _a_total(parts: Set[str], totals: Set[str]) -> bool:
    """Whether two figures of one claim add up to a figure of the other: "281 passengers and
    16 crew" and "297 people on board" give one count, told with its parts. The judge asks
    it through each claim's kept sums and totals (``ClaimFacts.count_sums``, ``wholes``):
    this is their plain form, which the tests hold them to."""
    if len(parts) < 2 or not totals:
        return False
    try:
        numbers = sorted(float(v) for v in parts)
        wholes = {float(v) for v in totals}
    except ValueError:
        return False
    return any(x + y in wholes for i, x in enumerate(numbers) for y in numbers[i + 1 :])


_MEASURE_WORD = re.compile(MEASURE_WORDS, re.I)


def _a_measure(unit: str) -> bool:
    """Whether a figure's counted word (``_unit``: "metr", "km", "year") is a unit of measure
    (``lexicon.english.MEASURE_WORDS``): a figure in one unit and a figure in another are not
    two figures for one thing (they may be one, converted), whereas "46 people" and "29 deaths"
    are."""
    return bool(unit) and any(_MEASURE_WORD.fullmatch(unit + tail) for tail in ("", "e", "s"))


def _other_things(role_a: str, role_b: str, unit_a: str, unit_b: str) -> bool:
    """Whether two figures count other things by their roles (``figure_roles``): two roles
    ("3 killed", "12 injured"), or a role beside a counted word of none ("52 killed", "38
    aftershocks"); a role beside a bare figure ("put the toll at 52") may be one thing."""
    if role_a == role_b:
        return False
    return bool(role_a and role_b) or bool(unit_a and unit_b)


def _figures_of_other_things(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Whether the only figures the two claims share count other things (``_other_things``:
    "killed 37 people" beside "recorded 37 aftershocks", a role beside a counted word of
    none, the counted words differing): the same number is no sign of one fact then, and
    words alike around it tell the same party's other figure (a quake's toll and its
    aftershocks). "18,000 people evacuated" beside "18,000 people told to leave" count one
    thing; a percentage, a measure or a date both give keeps the pair."""
    if not a.numbers or not b.numbers:
        return False
    shared = a.values & b.values
    if not shared or a.counts & b.counts != shared:
        return False
    return all(
        _other_counted(unit_x, unit_y)
        and _other_things(a.roles.get(x, ""), b.roles.get(y, ""), unit_x, unit_y)
        for x, value_x, unit_x in a.figures_read
        for y, value_y, unit_y in b.figures_read
        if value_x == value_y
    )


_PEOPLE_UNITS = frozenset(stem(word) for word in PEOPLE_NOUNS)


def _other_counted(unit_a: str, unit_b: str) -> bool:
    """Whether two counted words are other things: different, and not both words for people
    (``PEOPLE_NOUNS``: "residents" and "people")."""
    return unit_a != unit_b and not {unit_a, unit_b} <= _PEOPLE_UNITS


def _one_figure(a: str, b: str) -> bool:
    """Whether two ``plain_numbers`` entries give one figure: the same value, one the other
    rounded, or one a bound or an estimate the other falls within ("more than a dozen", 14)."""
    value_a, value_b = _figure(a)[0], _figure(b)[0]
    return value_a == value_b or rounds_to(value_a, value_b) or approximately(a, b)


def role_counts(a: ClaimFacts, b: ClaimFacts) -> tuple[str, str, str] | None:
    """(role, figure of ``a``, figure of ``b``) when both claims count one role ("dead",
    "injured": ``figure_roles``) and no count of it agrees ("five people were killed" and
    "four people were killed"): two accounts of one toll that differ. None when they give no
    role in common or agree on each ("more than a dozen dead" and "14 dead")."""
    if not a.by_role or not b.by_role:
        return None
    for role in sorted(a.by_role.keys() & b.by_role.keys()):
        mine, theirs = a.by_role[role], b.by_role[role]
        if not any(_one_figure(x, y) for x in mine for y in theirs):
            return role, _figure(mine[0])[0], _figure(theirs[0])[0]
    return None


def _one_toll(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Whether two claims sharing a name give one count of a role and no other count of any
    role they both give ("killed five civilians in X", "five people died in X"): with a role
    in common and no count differing (``role_counts``), some count of it agrees."""
    return (
        not a.by_role.keys().isdisjoint(b.by_role)
        and not a.named.isdisjoint(b.anchor_set)  # a name in common (``_names_any``)
        and role_counts(a, b) is None
    )


def _rejection(a: ClaimFacts, b: ClaimFacts, shared: Sequence[str]) -> str | None:
    """Why one claim corrects the other, or None: it rejects a figure the other puts forward
    ("raised €28 million, not €48 million as reported" beside "raised €48 million") and
    they share a name (a figure alone is no sign of one event); the caller has checked that
    their times meet. Whatever their wording: a correction is told in other words."""
    if not _names_any(shared):
        return None
    for mine, theirs in ((a, b), (b, a)):
        put = theirs.values
        if any(x in put or f"{x}%" in put for x in mine.rejected):
            return f"one rejects the other's figure ({mine.rejected[0]})"
    for mine, theirs in ((a, b), (b, a)):
        if _contradicted(mine.contrasts, theirs):
            return f"one says it is not what the other says ({' '.join(mine.contrasts)})"
    return None


def _contradicted(contrasts: Sequence[str], other: ClaimFacts) -> bool:
    """Whether ``other`` puts forward every word of what a claim says a thing is not ("not
    Roman silver" beside "found Roman silver coins"), neither saying the same of them
    nor denying: "not by a fault in the line" beside "rejecting the other account" is one
    account."""
    return (
        bool(contrasts)
        and not other.denies
        and all(_puts_forward(word, other) for word in contrasts)
        and not set(contrasts) & set(other.contrasts)
    )


CONTRAST_NAME_LEAST = 5
"""The shortest contrast word looked for among the other claim's name words: a shorter stem
("gold" keyed "hild") would begin too many names."""


def _puts_forward(word: str, other: ClaimFacts) -> bool:
    """Whether ``other`` says ``word`` (a contrast word, as ``contrast_words`` keeps it): among
    its words, or, as the start of one of its name words, the word keyed as a name is
    (``name_key``): "not Byzantine gold" beside "found Byzantine gold coins", where the other
    claim's "Byzantine" was read as a name ("bizantini") and is no word of it."""
    if word in other.words:
        return True
    if len(word) < CONTRAST_NAME_LEAST:
        return False
    key = name_key(word)
    return any(name.lower().startswith(key) for name in other.name_words)


def _other_people(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Whether each claim names in full a person no word of whose name the other claim has
    ("sentenced former deputy mayor Rein Kuusik" beside "sentenced former mayor Aivar Rand";
    "a painting by Niko Pirosmani" beside "a landscape by Martiros Saryan"): the same court,
    sale or figure told of two people is two claims, never one, however alike the words.
    Asked of two claims in one script only: across scripts a name's words are often keyed
    apart ("Victor Ciobanu", "Виктора Чобану"), so one person would read as two."""
    if not a.persons or not b.persons:
        return False
    return any(b.name_words.isdisjoint(p.split()) for p in a.persons) and any(
        a.name_words.isdisjoint(p.split()) for p in b.persons
    )


def _other_people_across(a: ClaimFacts, b: ClaimFacts) -> bool:
    """``_other_people`` for two claims in two scripts, where one person's name words are
    often keyed apart ("victir cibanu", "viktir Ciban"): a person counts as named by the other
    claim when a word of theirs begins with the same three letters as one of its name words,
    c and k taken as one ("a painting by Niko Pirosmani" beside «картина Мартироса Сарьяна»:
    two people)."""

    def heads(words: Iterable[str]) -> set[str]:
        return {w.lower().replace("c", "k")[:3] for w in words if len(w) >= 3}

    def alone(people: tuple[str, ...], other: ClaimFacts) -> bool:
        theirs = heads(other.name_words)
        return any(heads(p.split()).isdisjoint(theirs) for p in people)

    return alone(a.persons, b) and alone(b.persons, a)


def _names_any(anchors: Iterable[str]) -> bool:
    """Whether any of these shared anchors is a name (not a figure): a figure alone is no
    sign that two claims are about one event."""
    return any(not _DIGIT.search(x) for x in anchors)


def _role_conflict(a: ClaimFacts, b: ClaimFacts, shared: Sequence[str]) -> str | None:
    """Why two claims naming one place or party give other tolls of one event, or None: both
    count one role otherwise (``role_counts``) and share a name (a figure alone is no sign
    of one event), whatever their wording; the caller has checked that their times meet."""
    if a.named.isdisjoint(shared):  # no name among them (``_names_any``)
        return None
    counted = role_counts(a, b)
    if counted is None:
        return None
    role, mine, theirs = counted
    return f"different counts of the {role}: {mine} against {theirs}"


def _life_conflict(a: ClaimFacts, b: ClaimFacts, shared: Sequence[str]) -> str | None:
    """Why two claims naming one place or party tell one toll the opposite ways, or None: one
    counts people dead and the other tells them alive (``ClaimFacts.alive``) and counts no
    one dead, and a count of the dead is a figure of the other ("killing all four crew" beside
    "the four crew were alive in hospital"; «четверо загинули» beside "the four were found
    alive"). A figure in common is asked, not a name only: "two were dug out alive" beside "the
    avalanche killed three" tells of other people."""
    if a.named.isdisjoint(shared):  # no name among them (``_names_any``)
        return None
    for dead, alive in ((a, b), (b, a)):
        if not alive.alive or _counts_dead(alive) or not _counts_dead(dead):
            continue
        if any(_one_figure(x, y) for x in dead.by_role["dead"] for y in alive.numbers):
            return "one says they died, the other that they are alive"
    return None


def _counts_dead(facts: ClaimFacts) -> bool:
    """Whether a claim counts someone dead (a count of the dead other than none)."""
    return any(not entry.startswith("0|") for entry in facts.by_role.get("dead", ()))


def fill_stances(article_claims: Iterable[ClaimFacts], votes: dict[str, Counter]) -> None:
    """A claim that says a place was "fully liberated" without saying by whom takes the party
    its article gives elsewhere for that place (the article's account of who holds it)."""
    for facts in article_claims:
        for place, (party, holds) in list(facts.stances.items()):
            if not party and place in votes:
                facts.stances[place] = (votes[place].most_common(1)[0][0], holds)


def similarity(a: ClaimFacts, b: ClaimFacts, floor: float = 0.0) -> float:
    """0-100: rapidfuzz token-set ratio of the normalised texts, blended with how many of the
    shorter claim's words and anchors the other shares (one shared word proves nothing).
    Below ``floor`` the (costlier) rapidfuzz part is skipped and 0 returned."""
    return _similarity(a, b, floor, len(a.words & b.words))


def _similarity(a: ClaimFacts, b: ClaimFacts, floor: float, shared: int) -> float:
    """``similarity`` given the number of words the two share (counted once per pair)."""
    if not shared:
        return 0.0
    fewer = a.word_count if a.word_count < b.word_count else b.word_count
    overlap = shared / fewer
    least = a.anchor_count if a.anchor_count < b.anchor_count else b.anchor_count
    anchors = len(a.anchor_set & b.anchor_set) / (least if least > 1 else 1)
    damp = shared / 5 if shared < 5 else 1.0
    if (40 + 30 * overlap + 30 * anchors) * damp < floor:
        return 0.0
    if shared == fewer and a.split_alike and b.split_alike:
        text = 100.0  # one claim's words all among the other's: token_set_ratio's own answer
    else:
        text = fuzz.token_set_ratio(a.norm, b.norm)
    return _tenths((0.4 * text + 30 * overlap + 30 * anchors) * damp)


def _tenths(value: float) -> float:
    """``round(value, 1)``, bit for bit, at about half its cost (it runs for most pairs a
    lookup judges, and ``round`` with digits goes through a decimal string): the nearest
    whole number of tenths divided by ten is the double ``round`` gives, unless the value
    lies near a tie (x.x5), where the product by ten may have rounded across it; there and
    for zero, a negative, huge or infinite value (``round`` keeps -0.0), ``round`` answers."""
    if not 0.0 < value < 1e6:
        return round(value, 1)
    scaled = value * 10.0
    whole = round(scaled)
    if -0.4999 < scaled - whole < 0.4999:
        return whole / 10
    return round(value, 1)


def when_label(span: TimeSpan | None) -> str:
    """The time a claim is about, in a few words ("time unknown" without a date)."""
    return span.label() if span else "time unknown"


def _conflict(
    a: ClaimFacts,
    b: ClaimFacts,
    close: bool,
    names: dict[str, str],
    told_close: bool = False,
    people: bool = False,
    denied_close: bool = False,
) -> str | None:
    """Why ``a`` and ``b`` cannot both be true, or None. ``close``: they are about one thing
    (same words, or the same meaning in other words); ``told_close``: close enough for
    opposite outcomes of one party to be a conflict (``OUTCOME_CONFLICT_AT``); ``denied_close``:
    close enough for a denial of the other (``DENIAL_MEANING``)."""
    for place in set(a.stances) & set(b.stances) if a.stances and b.stances else ():
        (pa, ha), (pb, hb) = a.stances[place], b.stances[place]
        if pa and pb and ((pa == pb and ha != hb) or (pa != pb and ha and hb)):
            return f"opposite accounts of who holds {names.get(place, place)}"
    told = bool(a.outcomes) and bool(b.outcomes)  # else no party to clash or agree on
    if (close or told_close) and told and outcomes.clash(a.outcomes, b.outcomes):
        return "opposite outcomes"
    turned = a.direction is not None and b.direction is not None and a.direction != b.direction
    if turned and told_close and a.denies == b.denies and figure_terms(a, b) != "shared":
        return "one says it went up, the other down"
    if not (close or denied_close):
        return None
    if (
        a.denies != b.denies
        and not (told and outcomes.agree(a.outcomes, b.outcomes))
        and not _says_nobody(b if a.denies else a)
    ):
        return "one denies the other"
    if not close:
        return None
    if a.sides and b.sides and (axis := opposites.opposed(a.sides, b.sides)):
        return _opposed(a, axis)
    # Most claims have no word with a negative prefix (``ClaimFacts.prefixed``): then no
    # word of either is the other's opposite, and the search is not made (issue 15).
    opposite = _opposite_word(a, b) if a.denies == b.denies and (a.prefixed or b.prefixed) else None
    if opposite:
        return f"one says the opposite ({opposite})"
    if people:  # each names someone the other does not: their figures may be each one's
        return None
    if a.figures and b.figures and not _one_percent(a, b):
        return f"different figures: {a.figures['%']} against {b.figures['%']}"
    other = _other_figures(a, b) if a.numbers and b.numbers else None
    if other:
        return f"different figures: {other[0]} against {other[1]}"
    return None


_NEGATIVE_PREFIX = re.compile(r"^(?:un|non|in|il|im|ir)(?=[a-z]{6})|^ni(?=[a-z]{5})")
"""A word's negative prefix as the normalised text keeps it: English un-, non-, in- (il-,
im-, ir-) before six letters or more ("unconstitutional", "illegal", "inconclusive"; "unrest",
"import" are too short to be read so), and Russian and Ukrainian не- (romanised "ni") before
five ("незаконным" / "законним")."""
_NEGATIVE_STARTS = frozenset(["un", "no", "in", "il", "im", "ir", "ni"])
"""The first two letters of every word ``_NEGATIVE_PREFIX`` matches: a word of none of them
is not tried (``ClaimFacts.prefixed`` tests every word of every claim made or read)."""


def _opposite_word(a: ClaimFacts, b: ClaimFacts) -> str | None:
    """A word one claim has with a negative prefix whose bare form the other has, or None:
    "declared the law unconstitutional" beside "declared the law constitutional" are two
    opposite rulings with every other word alike, which the word similarity calls one claim.

    Looked for among each claim's prefixed words (``ClaimFacts.prefixed``, read once per
    claim), not by a pattern over every word one claim has and the other lacks (issue 15:
    it ran for most pairs judged close). Where one claim has several such words, the first
    of its set difference is named, as before."""
    for mine, theirs in ((a, b), (b, a)):
        other = theirs.words
        found = [word for word, bare in mine.prefixed if bare in other and word not in other]
        if len(found) > 1:  # which is named: the first the set difference gives
            return next(word for word in mine.words - other if word in found)
        if found:
            return found[0]
    return None


def _opposed(a: ClaimFacts, axis: str) -> str:
    """Why two claims taking opposite sides of ``axis`` conflict (``ClaimFacts.sides``):
    "Tarn FM will keep its licence" beside "the commission revoked Tarn FM's licence", a road
    "closed" beside one that "remained open". Asked of two claims close enough to be one
    (``_conflict``) or, across scripts, naming one party (``_across``): each tells the
    outcome with a word of its own, and nothing else in them differs."""
    mine, theirs = opposites.SIDE_WORDS[axis][:: 1 if a.sides[axis] else -1]
    return f"one says {mine}, the other {theirs}"


def _says_nobody(facts: ClaimFacts) -> bool:
    """Whether a claim counts a role as none ("no one was hurt": ``nobody_roles``): a
    negative statement itself, which the other claim's denial ("police denied that anyone
    had been injured") may repeat."""
    return any(entry.startswith("0|") for entry in facts.roles)


def _one_percent(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Whether the percentage one claim puts forward last is among those the other puts
    forward (the same or rounded): "won with 41.3%" and "just over 41 per cent, beating X,
    who took 38.9%" give the winner's share alike."""
    mine, theirs = a.figures["%"], b.figures["%"]
    return (
        rounds_to(mine, theirs)
        or any(rounds_to(mine, other) for other in b.percents)
        or any(rounds_to(theirs, other) for other in a.percents)
    )


def _compatible(a: ClaimFacts, b: ClaimFacts, places: set[str]) -> bool:
    """Both say who holds the same places, the same way, one of them without naming the party
    ("Kupyansk had been fully liberated" beside "Russian troops captured Kupyansk")."""
    return (
        bool(places)
        and a.denies == b.denies
        and all(
            (a.stances[p][1] == b.stances[p][1] and "" in (a.stances[p][0], b.stances[p][0]))
            or a.stances[p] == b.stances[p]
            for p in places
        )
    )


def _stance_unshared(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Whether one claim says who holds a place the other names without saying the same:
    "Russian forces captured X" beside "Russian forces are advancing on villages near X" is
    another claim about X. A claim not naming the place at all ("liberated a front-line
    village") may still tell the same capture in other words."""
    for stances, other in ((a.stances, b), (b.stances, a)):  # loops, not ``any``: per pair
        for place in stances:
            if place in other.anchor_set and stances.get(place) != other.stances.get(place):
                return True
    return False


def _meaning_score(
    a: ClaimFacts, b: ClaimFacts, sim: float, meaning: float, shared: int, veto: bool = True
) -> float:
    """How surely two claims say one thing in other words (see ``MEANING_SAME``); 0 when
    one says who holds a place and the other does not say the same (unless ``veto`` is
    False)."""
    agree = False
    if a.stances or b.stances:
        places = a.stances.keys() & b.stances.keys()
        agree = (
            bool(places)  # most pairs with a stance have none on one place: no loop made
            and a.denies == b.denies
            and any(a.stances[p] == b.stances[p] and a.stances[p][0] for p in places)
        )
        if veto and not (agree or _compatible(a, b, places)) and _stance_unshared(a, b):
            return 0.0
    told = a.outcomes and b.outcomes and outcomes.agree(a.outcomes, b.outcomes)
    bonus = (0.1 if agree else 0.0) + (OUTCOME_AGREE if told else 0.0)
    if a.by_role and b.by_role and _one_toll(a, b):
        bonus += ROLE_AGREE
    return meaning + sim / 100 + 0.04 * min(shared, 4) + bonus


@lru_cache(maxsize=1 << 14)
def rounds_to(a: str, b: str) -> bool:
    """Whether two figures are one, the shorter the other rounded ("54.2%" and "54 percent",
    "12.46" and "12.5"): both percentages or both not, and the rounded one at least 10 (a bare
    "3" beside "3.4" is likelier another count than a rounding). Cached: a desk's figures
    repeat, and the judging asks it of most pairs both giving a percentage (perf17: a tenth
    of judging's time on the 10,000-claim bench, two float parses and four walks a call)."""
    if a == b:
        return True
    if a.endswith("%") != b.endswith("%"):
        return False
    try:
        x, y = float(a.rstrip("%")), float(b.rstrip("%"))
    except ValueError:
        return False
    places = min(_decimals(a), _decimals(b))
    if _decimals(a) == _decimals(b):
        return False
    short = x if _decimals(a) == places else y
    return abs(short) >= 10 and abs(x - y) <= 0.5 * 10.0**-places + 1e-9


def _roundings(figure: str) -> list[str]:
    """The figure rounded to each fewer number of decimals, as ``rounds_to`` accepts them."""
    places = _decimals(figure)
    try:
        value = float(figure.rstrip("%"))
    except ValueError:
        return []
    percent = "%" if figure.endswith("%") else ""
    shorter = (f"{value:.{keep}f}{percent}" for keep in range(places))
    return [text for text in shorter if rounds_to(figure, text)]


def _decimals(figure: str) -> int:
    """Digits after the decimal point of a normalised figure ("54.2%" -> 1)."""
    return len(figure.rstrip("%").partition(".")[2])


def figure_terms(a: ClaimFacts, b: ClaimFacts) -> str:
    """How the two claims' figures stand: ``shared`` (a figure in both: "27 dead" and
    "a toll of 27"), ``apart`` (both give percentages, or both counts, none the same: other
    facts, or other figures for one fact), ``one`` (only one gives a figure) or ``none``."""
    if not a.values or not b.values:  # nothing to share (``numbers`` are among ``values``)
        return "one" if a.values or b.values else "none"
    if (
        not a.values.isdisjoint(b.values)
        or not a.rounded.isdisjoint(b.values)
        or not b.rounded.isdisjoint(a.values)
        or (
            (a.bounded or b.bounded)
            and any(approximately(x, y) for x in a.numbers for y in b.numbers)
        )
        or not a.sums.isdisjoint(b.bigs)  # ``_a_large_total`` either way, added up once
        or not b.sums.isdisjoint(a.bigs)
    ):
        return "shared"
    if a.kinds & b.kinds:
        return "apart"
    if a.values and b.values:
        return "none"  # a percentage beside a count ("80% of the town", "10 days later")
    return "one" if a.values or b.values else "none"


def _kinds(values: frozenset[str]) -> frozenset[bool]:
    """Which kinds of figure a claim gives: True for percentages, False for counts."""
    return frozenset(value.endswith("%") for value in values)


def may_relate(a: ClaimFacts, b: ClaimFacts, meaning: float | None) -> bool:
    """False only where ``label(a, b, meaning=meaning)`` is None for certain, at a fraction
    of its cost (the index skips such candidates): no place both claim a stance on, no close
    meaning, and too few shared words for ``similarity`` to reach its floor."""
    return _may_relate(*_pair(a, b, meaning))


def _may_relate(words: int, near: bool, contested: bool, counted: bool = False) -> bool:
    """``may_relate`` from what ``_label`` reads of the pair first (``_pair``)."""
    return (
        near
        or contested
        or counted
        or (words > 0 and 100 * min(1.0, words / 5) >= RELATED_AT * 0.75)
    )


def _counted(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Whether a pair is judged on its names, figures and time whatever its words: a claim in
    Russian or Ukrainian beside one in Latin letters (``_across``: they share no word), or two
    claims that both count a role (``role_counts``: "killing 14 passengers" and "22 people
    died" share few words and conflict), or one that counts a role beside one telling people
    alive (``_life_conflict``). ``judge_all`` inlines the same test for speed: a change here
    is made there too."""
    return (
        a.cyrillic != b.cyrillic
        or (bool(a.by_role) and bool(b.by_role))
        or (bool(a.by_role) and b.alive)
        or (a.alive and bool(b.by_role))
    )


_RELATE_WORDS = next((n for n in range(1, 64) if _may_relate(n, False, False)), 64)
"""The fewest shared words with which ``_may_relate`` keeps a pair on its words alone
(``judge_all`` tests this instead of calling it for every candidate)."""


def _pair(a: ClaimFacts, b: ClaimFacts, meaning: float | None) -> tuple[int, bool, bool, bool]:
    """What ``may_relate`` and ``label`` both read of a pair first: how many normalised
    words the claims share, whether their meaning is close enough to be related whatever
    the words, whether both say who holds one place, and whether names, figures and time
    decide whatever the words (``_counted``)."""
    return (
        len(a.words & b.words),
        meaning is not None and meaning >= MEANING_RELATED,
        bool(a.stances) and bool(b.stances) and not a.stances.keys().isdisjoint(b.stances),
        _counted(a, b),
    )


def _shown(shared: list[str], names: dict[str, str], own: Sequence[str]) -> str:
    """The first three shared anchors as a reason names them (only for a match made), each as
    a reader finds it in the claims (``_written``), none twice: anchors are folded keys
    ("kravTiv", "d11-20"), and a reason read "both mention kravTiv"."""
    shown: list[str] = []
    for anchor in shared:
        text = _written(anchor, shared, names, own)
        if text and text not in shown:
            shown.append(text)
            if len(shown) == 3:
                break
    return ", ".join(shown)


class _ShownFor(dict[tuple[str, ...], str]):
    """``_shown`` for one lookup (one claim ``own``, one ``names``), by the shared anchors:
    the candidates of a story share the same few names, so a lookup asked for the same
    reason words some 15 times in 25 (``_shown`` and its ``_written`` were a twentieth of
    judging under cProfile, issue 15). A lookup's ``names`` must not change while it runs."""

    def __init__(self, names: dict[str, str], own: Sequence[str]) -> None:
        super().__init__()
        self.names, self.own = names, own

    def __call__(self, shared: list[str]) -> str:
        key = tuple(shared)
        text = self.get(key)
        if text is None:
            text = self[key] = _shown(shared, self.names, self.own)
        return text


def _written(anchor: str, shared: list[str], names: dict[str, str], own: Sequence[str]) -> str:
    """One shared anchor as the claims write it: a name group by its display spelling
    (``names``: the claim's own, else its article's, else the desk's first); the last word
    of a name several words long (``normalise`` files a surname as an anchor of its own, so
    "Denis Kravtsov" and "Oleg Kravtsov" meet) by that word of the claim's own name of
    ``own``, its groups, and nothing ("") when that name is shared too ("Valery Gerasimov,
    Gerasimov"); a day ("d11-20") as the desk writes a date ("20 Nov"); a figure as it is."""
    if anchor in names:
        return names[anchor]
    if _DAY_TOKEN.match(anchor):
        month, day = int(anchor[1:3]), int(anchor[4:])
        return f"{day} {SHORT_MONTHS[month]}" if 0 < month < len(SHORT_MONTHS) else anchor
    whole = next((g for g in own if g.endswith(f" {anchor}") and g in names), None)
    if whole is None:
        return anchor
    if whole in shared:
        return ""
    words = names[whole].split()
    return words[-1] if len(words) == len(whole.split()) else names[whole]


def label(
    a: ClaimFacts,
    b: ClaimFacts,
    names: dict[str, str] | None = None,
    meaning: float | None = None,
) -> Match | None:
    """How claim ``b`` relates to ``a``; None when it does not (enough). ``meaning``: the
    cosine of their sentence vectors when the caller compared them (``semantic``)."""
    if _figure_only(a, b):
        return _by_figure(a, b, names or {}, meaning)
    return _label(a, b, names or {}, meaning, _pair(a, b, meaning))


def _figure_only(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Whether the blocking pairs two claims by a figure's magnitude alone
    (``ClaimFacts.magnitudes``): no anchor in common, nor across scripts a name's skeleton
    (``_across`` judges those)."""
    return (
        _magnitude(a, b)
        and a.anchor_set.isdisjoint(b.anchor_set)
        and (a.cyrillic == b.cyrillic or a.loose.isdisjoint(b.loose))
    )


def _magnitude(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Whether a lookup of either claim finds the other by a figure's magnitude."""
    return not a.magnitudes.isdisjoint(b.sought) or not b.magnitudes.isdisjoint(a.sought)


def _by_figure(
    a: ClaimFacts, b: ClaimFacts, names: dict[str, str], meaning: float | None
) -> Match | None:
    """How two claims relate that share no name, only a figure's magnitude: the same claim
    when they give one figure of ``FIGURE_LEAST`` or more ("$214 million", "more than $200
    million"; ``_one_big_figure``) about the same days, their meaning is at least
    ``FIGURE_MEANING`` (in two scripts the sentence vectors do not meet: not asked), and
    nothing sets them apart (other places or parties, another event or person, a conflict,
    a denial on one side, opposite directions); else what a claim found by meaning alone
    is (``label_by_meaning``). A paraphrase that names nothing the other names ("the milk
    processor's stock market debut brought in more than $400 million") was never compared
    before the magnitudes were keys."""
    across = a.cyrillic != b.cyrillic
    if meaning is None and not across:
        return None
    turned = a.direction is not None and b.direction is not None and a.direction != b.direction
    if (
        (across or (meaning is not None and meaning >= FIGURE_MEANING))
        and a.when is not None
        and b.when is not None
        and overlaps(a.when, b.when)
        and _one_big_figure(a, b)
        and a.denies == b.denies
        and not turned
        and not (a.aside or b.aside)
        and not (a.persons and b.persons and _other_people(a, b))
        and not _elsewhere(a, b, ())
        and not _other_countries(a, b, ())
        and not _other_years(a, b)
        and not _conflict(a, b, True, names)
        and not (a.by_role and b.by_role and role_counts(a, b))
        and b.values.isdisjoint(a.rejected)
        and a.values.isdisjoint(b.rejected)
    ):
        how = "in another language" if across else f"in other words ({meaning:.2f})"
        reason = f"the same figure {how}, no name in common"
        return Match(a.claim_id, b.claim_id, "same", similarity(a, b), reason)
    return label_by_meaning(a, b, meaning) if meaning is not None else None


def _one_big_figure(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Whether the two claims give one figure of ``FIGURE_LEAST`` or more (``_one_figure``:
    the same, rounded, or inside the other's bound)."""
    return any(
        _one_figure(x, y) and (_big(_figure(x)[0]) or _one_role(a.roles.get(x), b.roles.get(y)))
        for x in a.numbers
        for y in b.numbers
    )


def _one_role(mine: str | None, theirs: str | None) -> bool:
    """Whether two figures count one role ("killed", "died": ``figure_roles``)."""
    return bool(mine) and mine == theirs


def judge_all(
    a: ClaimFacts,
    candidates: Sequence[ClaimFacts],
    meanings: Sequence[float | None],
    names: dict[str, str],
    shared_words: Sequence[int] | None = None,
) -> list[Match]:
    """``label`` of each candidate of a lookup with its meaning, skipping the pairs
    ``may_relate`` rules out: the matches made, in order. ``shared_words``: how many words
    each candidate shares with ``a``, when the index counted them already (``ClaimRows``).
    One loop with what is read of ``a`` read once: a lookup judges up to ``MAX_CANDIDATES``,
    and the three calls per candidate this replaces (``judge``, ``_pair``, ``_may_relate``)
    came to a quarter of labelling's own time in a profile of the 10,000-claim bench."""
    words, stances, cyrillic, by_role = a.words, a.stances, a.cyrillic, bool(a.by_role)
    alive = a.alive
    found = []
    shown = _ShownFor(names, a.anchors)
    counts = shared_words if shared_words is not None else [-1] * len(candidates)
    for b, meaning, known in zip(candidates, meanings, counts, strict=True):
        if a.magnitudes and _figure_only(a, b):
            if m := _by_figure(a, b, names, meaning):
                found.append(m)
            continue
        shared = known if known >= 0 else len(words & b.words)
        near = meaning is not None and meaning >= MEANING_RELATED
        contested = bool(stances and b.stances) and not stances.keys().isdisjoint(b.stances)
        counted = (  # ``_counted`` inlined (read of ``a`` once): a change there is made here
            cyrillic != b.cyrillic
            or (by_role and bool(b.by_role))  # a role each, or scripts
            or (by_role and b.alive)  # a toll beside people alive (``_life_conflict``)
            or (alive and bool(b.by_role))
        )
        if (near or contested or counted or shared >= _RELATE_WORDS) and (
            m := _label(a, b, names, meaning, (shared, near, contested, counted), shown)
        ):
            found.append(m)
    return found


def _label(
    a: ClaimFacts,
    b: ClaimFacts,
    names: dict[str, str],
    meaning: float | None,
    pair: tuple[int, bool, bool, bool],
    shown: _ShownFor | None = None,
) -> Match | None:
    """``label``, given what was read of the pair first; ``shown``: the lookup's reason
    words so far (``judge_all``)."""
    words, near, contested, counted = pair
    if shown is None:
        shown = _ShownFor(names, a.anchors)
    if a.cyrillic != b.cyrillic:
        return _across(a, b, names, words)
    sim = _similarity(a, b, 0.0 if contested or near else RELATED_AT * 0.75, words)
    if not sim and not contested and not counted:
        return None
    other = b.anchor_set
    shared = [x for x in a.anchors if x in other]
    apart = a.when is not None and b.when is not None and not overlaps(a.when, b.when)
    if apart and not within_days(a.when, b.when):
        if sim < RELATED_AT and len(shared) < 2 and not contested:
            return None
        reason = f"about different times: {when_label(a.when)} and {when_label(b.when)}"
        return _made(Match, (a.claim_id, b.claim_id, "related", sim, reason))
    terms = figure_terms(a, b)
    same_at = MEANING_SAME + FIGURE_TERMS[terms]
    if terms == "none" and a.values and b.values:
        same_at += FIGURE_KINDS_APART
    elsewhere = _elsewhere(a, b, shared)
    # The meaning score only where it can decide before the labels below: whether the two
    # are close when their wording does not settle it, and an outcome or a direction both
    # tell (``_conflict``'s ``told_close``); else it is made when a `same` by meaning is
    # asked (issue 15: one pair in two needed none).
    told = bool(a.outcomes) and bool(b.outcomes)
    turned = a.direction is not None and b.direction is not None and a.direction != b.direction
    scored = meaning is not None and (told or turned or not (elsewhere or sim >= SAME_AT))
    score = free = 0.0
    if scored and meaning is not None:
        score = free = _meaning_score(a, b, sim, meaning, len(shared))
        # How close the two are for a conflict: a stance only one of them reads ("lost the
        # final in three sets to X" read as X losing a place) must not hide a denial or a clash.
        if not score and (a.stances or b.stances):
            free = _meaning_score(a, b, sim, meaning, len(shared), veto=False)
    close = not elsewhere and (sim >= SAME_AT or free >= min(same_at, MEANING_SAME))
    people = bool(a.persons and b.persons) and _other_people(a, b)
    conflict = (
        (_role_conflict(a, b, shared) if a.by_role and b.by_role else None)
        or (_life_conflict(a, b, shared) if a.alive or b.alive else None)
        or (
            _rejection(a, b, shared)
            if a.rejected or b.rejected or a.contrasts or b.contrasts
            else None
        )
        or _conflict(
            a,
            b,
            close,
            names,
            free >= OUTCOME_CONFLICT_AT,
            people,
            _denied_close(a, b, meaning, shared) and not elsewhere,
        )
    )
    if conflict and apart:  # a day apart: maybe one report, never a conflict
        reason = f"about different days: {when_label(a.when)} and {when_label(b.when)}"
        return _made(Match, (a.claim_id, b.claim_id, "related", sim, reason))
    if conflict and (a.aside or b.aside):  # another event told beside: never a dispute
        return _made(Match, (a.claim_id, b.claim_id, "related", sim, ASIDE_REASON))
    if conflict:
        return _made(Match, (a.claim_id, b.claim_id, "conflicts", sim, conflict))
    if elsewhere:
        reason = "like wording, but about another place or party: no name in common"
        return _made(Match, (a.claim_id, b.claim_id, "related", sim, reason))
    # two events: never `same` (asked only of a pair that would be `same` otherwise)
    wording_at = SAME_AT if meaning is None else WORDING_SAME
    if sim >= wording_at and terms != "apart" and not _two_events(a, b, shared, people):
        reason = f"same wording about {shown(shared)}"
        return _made(Match, (a.claim_id, b.claim_id, "same", sim, reason))
    if meaning is not None and not scored:
        score = _meaning_score(a, b, sim, meaning, len(shared))
    if score >= same_at and not _two_events(a, b, shared, people):
        reason = f"same meaning in other words ({meaning:.2f}) about {shown(shared)}"
        return _made(Match, (a.claim_id, b.claim_id, "same", sim, reason))
    if sim >= RELATED_AT or (len(shared) >= 2 and sim >= RELATED_AT * 0.75) or near:
        reason = f"both mention {shown(shared)}"
        return _made(Match, (a.claim_id, b.claim_id, "related", sim, reason))
    return None


def _denied_close(
    a: ClaimFacts, b: ClaimFacts, meaning: float | None, shared: Sequence[str]
) -> bool:
    """Whether two claims of one script, one denying and the other not, are close enough for
    the denial to be of the other (``DENIAL_MEANING``): a name in common and sentence vectors
    that close. A denial tells the story again in its own words ("the Harwick tunnel has not
    been broken through" beside "the crews met inside the Harwick tunnel"), so the word
    similarity that makes two claims ``close`` seldom joins it to what it denies."""
    return (
        a.denies != b.denies
        and meaning is not None
        and meaning >= DENIAL_MEANING
        and _names_any(shared)
    )


ASIDE_REASON = "one tells another event beside its story's"
"""Why a pair that would conflict is only related: one claim is an aside (``ClaimFacts.aside``:
"On the same day the under-21 side beat …", "Also on Thursday the court rejected …"), another
event told beside its article's story, as no `same` claim is (``_two_events``). Its figures,
outcome or denial are another event's: "On the same Thursday the Narva council adopted its
budget" does not dispute that the Tartu council rejected its own, though both name one day
and one kind of vote (prec22, issue 13: such pairs were "one denies the other", "different
figures" or "one rejects the other's figure")."""


def _two_events(a: ClaimFacts, b: ClaimFacts, shared: Sequence[str], people: bool) -> bool:
    """Whether two claims tell two events, never one `same` claim: other people
    (``people``: ``_other_people``), an aside, other countries, figures of other things or
    other years.
    ``_label`` asks it only where it decides: most pairs end a conflict, another place's
    claim or related first (issue 15)."""
    return (  # each test called only when both claims have what it compares
        people
        or a.aside
        or b.aside
        or (bool(a.countries) and bool(b.countries) and _other_countries(a, b, shared))
        or (bool(a.numbers) and bool(b.numbers) and _figures_of_other_things(a, b))
        or (bool(a.years) and bool(b.years) and _other_years(a, b))
    )


def _elsewhere(a: ClaimFacts, b: ClaimFacts, shared: Sequence[str]) -> bool:
    """Whether two claims sharing only figures tell of other places or parties: both name a
    place, or both a party (a person, an organisation), and no word of any name is in both
    ("Bulgaria's government survived with 104 votes" and "Romania's government survived with
    104 votes"; "1.2 million hens culled in Cherkasy" and "in Lublin"). A figure is no sign of
    one event when the names say otherwise; a name word in common ("Sudan", "Port Sudan") may
    be, and a place beside a person ("Ireland's referendum", "Varadkar conceded") says
    nothing either way. One country both name or name the people of (``countries``: "the
    river port of Velmar ... Ukraine's farm ministry" beside "the port in the Sarnova region
    ... Ukrainian officials") is a name in common, as a name group both share is: its other
    names may be a town and the region it lies in."""
    # One source of both says nothing of the event (most claims name none: no set made).
    speaker = frozenset(a.sources).intersection(b.sources) if a.sources and b.sources else _NONE
    if speaker:
        return _elsewhere_less(a, b, shared, speaker)
    if not a.named.isdisjoint(shared):  # a name in common (``_names_any``)
        return False
    if a.countries and b.countries and not set(a.countries).isdisjoint(b.countries):
        return False  # one country, named or told by its people: a name in common
    if a.cyrillic != b.cyrillic and _skeleton_begun(a.loose, b.loose):
        return False  # one name in two scripts' spellings ("Chișinău", «Кишинёве»)
    mine, theirs = a.name_words, b.name_words  # the claims' own names: kept per claim
    if not mine or not theirs:
        return False
    common = mine & theirs  # only a word in common can be a kind's word (``_kind_words``)
    if common and common - _kind_words(_Named.of(a, speaker), _Named.of(b, speaker)):
        return False
    if _prefixed(a.long_words, b.long_words):
        return False
    return bool(a.places and b.places) or (a.parties and b.parties)


SKELETON_LEAST = 3
"""The fewest letters of a name's skeleton that another skeleton may begin with and still
be one name (``_skeleton_begun``)."""


def _skeleton_begun(mine: Set[str], theirs: Set[str]) -> bool:
    """Whether a skeleton of one claim's names (``ClaimFacts.loose``) is how one of the other's
    begins, ``SKELETON_LEAST`` letters or more: one name whose two scripts' spellings end apart
    (a city's own "Chișinău", "csn", beside the Russian «Кишинёв», "csnv"), which no name
    group and no equal skeleton joins. Asked of claims in two scripts that share only a figure
    (``_by_figure``): without it, their names read as two places."""
    for x in mine:
        for y in theirs:
            short = y if len(y) < len(x) else x
            begun = x.startswith(y) or y.startswith(x)
            if begun and x != y and len(short.replace(" ", "")) >= SKELETON_LEAST:
                return True
    return False


def _elsewhere_less(
    a: ClaimFacts, b: ClaimFacts, shared: Sequence[str], speaker: frozenset[str]
) -> bool:
    """``_elsewhere`` of two claims that name one source: their names less that source."""
    if not speaker.issuperset(a.named.intersection(shared)):  # another name in common
        return False
    first, second = _less(a, speaker), _less(b, speaker)
    mine, theirs = first.words, second.words
    if not mine or not theirs:
        return False
    common = mine & theirs
    if common and common - _kind_words(first.named, second.named):
        return False
    if _prefixed(first.long, second.long):  # one name shortened
        return False
    return bool(first.named.places and second.named.places) or (first.parties and second.parties)


class _Less(NamedTuple):
    """A claim's names less a source (``_Named``) and what ``_elsewhere_less`` reads of them:
    their words (``_name_words``), those of two letters or more (``_long_words``) and whether
    they name a party (``_parties``)."""

    named: _Named
    words: frozenset[str]
    long: frozenset[str]
    parties: bool


def _less(facts: ClaimFacts, speaker: frozenset[str]) -> _Less:
    """``_Less`` of a claim and a source it shares, made once per claim and source
    (``ClaimFacts.apart_from``): wire copy closes most claims with one source ("..., police
    said"), and making them for every pair sharing it was a tenth of judging the
    pairs that reach ``_elsewhere`` (issue 15)."""
    kept = facts.apart_from
    if kept is None:
        kept = facts.apart_from = {}
    found = kept.get(speaker)
    if found is None:
        named = _Named.of(facts, speaker)
        words, long = frozenset(_name_words(named)), frozenset(_long_words(named))
        found = kept[speaker] = _Less(named, words, long, _parties(named))
    return found


class _Named(NamedTuple):
    """A claim's names, less those of a source it shares with the other claim."""

    anchors: tuple[str, ...]
    places: tuple[str, ...]

    @classmethod
    def of(cls, facts: ClaimFacts, leave: Set[str]) -> _Named:
        if not leave:
            return cls(facts.anchors, facts.places)
        return cls(tuple(x for x in facts.anchors if x not in leave), facts.places)


def _parties(facts: _Named) -> bool:
    """Whether a claim names someone that is not a place (a person or an organisation)."""
    return any(not _DIGIT.search(x) and x not in facts.places for x in facts.anchors)


def _name_words(facts: _Named) -> set[str]:
    """The words of the name groups a claim mentions ("ridhivai outfitirs" gives two), and
    the initials of each name of several words, so "U.S." (group "u s") meets "United States"
    ("unitid statis"). A name of one word gives no initial: "Latvia" and "Lithuania" share no
    name for their first letter."""
    found: set[str] = set()
    for anchor in facts.anchors:
        if not _DIGIT.search(anchor):
            words = anchor.split()
            found.update(words)
            if len(words) > 1:
                found.add("".join(word[0] for word in words).lower())
    return found


def _own_words(named: list[str]) -> tuple[frozenset[str], frozenset[str]]:
    """``_name_words`` and ``_long_words`` of a claim's own names (``named``: those of its
    anchors that are names), in one pass: every claim the index reads from the desk makes
    them (``ClaimFacts``), and the two walks with their tests for digits were a fifth of
    reading a claim's facts (issue 15: a long import reads the whole index)."""
    words: set[str] = set()
    long: set[str] = set()
    for anchor in named:
        parts = anchor.split()
        words.update(parts)
        if len(parts) > 1:
            words.add("".join(part[0] for part in parts).lower())
        long.update(part for part in parts if len(part) > 1)
    return frozenset(words), frozenset(long)


def _long_words(facts: _Named) -> set[str]:
    """The words of two letters or more of the name groups a claim mentions (``_prefixed``:
    maybe one name shortened, "EU" and "Eurostat")."""
    return {word for name in _names_of(facts) for word in name if len(word) > 1}


def _prefixed(mine: Set[str], theirs: Set[str]) -> bool:
    """Whether a word of one set is how another word of the other begins, two letters or more
    ("EU" and "Eurostat"): maybe one name shortened (initials are not name words).

    It runs for most pairs a lookup judges that share no name. Two claims naming five names
    each made 50 calls pair by pair (issue 15: 0.26 s of 40 imports' 1.4 s growth from 0 to
    2,000 articles under ``bench import``'s cProfile); past a few pairs, each word is tested
    against all the other set's words at once (``str.startswith`` of a tuple: ``_begun``)."""
    if len(mine) * len(theirs) <= 4:
        for x in mine:
            for y in theirs:
                if x != y and (y.startswith(x) or x.startswith(y)):
                    return True
        return False
    return _begun(mine, theirs) or _begun(theirs, mine)


def _begun(starts: Set[str], words: Set[str]) -> bool:
    """Whether a word of ``words`` begins with a word of ``starts`` other than itself (a
    word in both sets is how itself begins, which does not count: the others are tried)."""
    every = tuple(starts)
    for word in words:
        if word.startswith(every) and (
            word not in starts or word.startswith(tuple([x for x in every if x != word]))
        ):
            return True
    return False


def _kind_words(a: _Named, b: _Named) -> set[str]:
    """The name words two claims share only as the common ending of two names that differ
    before it: the kind of thing named, not its name ("Brenner Island" and "Harrow Island",
    "Dunmore County Council" and "Kelvale County Council"). A name that is the other's ending
    ("Sudan", "Port Sudan") or a word shared anywhere else is a name in common."""
    ending: set[str] = set()
    named: set[str] = set()
    for x in _names_of(a):
        for y in _names_of(b):
            size = _common_ending(x, y)
            if 0 < size < min(len(x), len(y)):
                ending.update(x[-size:])
                named.update(set(x[:-size]) & set(y[:-size]))
            else:
                named.update(set(x) & set(y))
    return ending - named


def _names_of(facts: _Named) -> list[list[str]]:
    """The words of each name group a claim mentions."""
    return [anchor.split() for anchor in facts.anchors if not _DIGIT.search(anchor)]


def _common_ending(x: list[str], y: list[str]) -> int:
    """How many last words two names have in common."""
    size = 0
    while size < min(len(x), len(y)) and x[-1 - size] == y[-1 - size]:
        size += 1
    return size


def _across(a: ClaimFacts, b: ClaimFacts, names: dict[str, str], words: int) -> Match | None:
    """``label`` for a claim in Russian or Ukrainian beside one in Latin letters.

    They share no wording, and the sentence vectors do not cross the scripts (on the labelled
    pairs, English and Russian sentences telling one event have a cosine of 0.0-0.2), so
    only names, figures and time are compared. The same time, a name and a figure both
    give ("nearly 40,000 tonnes ... Izmail" and "майже 40 тисяч тонн ... Ізмаїл"), two
    figures both give (a day and a share: names are often keyed apart across scripts), or two
    names and no figure on either side (``_one_account``), with no denial and no correction
    ("an asteroid, not a comet": ``contrast_words``, whose words are not compared across the
    scripts) on one side only: the same claim; two names or figures in common: related; a
    place whose holder both tell
    differently, or a named party's outcome told the opposite ways ("X обыграл Y", "Y beat
    X"): a conflict. Figures that differ are not called a conflict: without the
    wording nothing says they count the same thing. A figure in common and no name: judged
    as ``_by_figure`` judges a figure's magnitude alone (an exact figure is no weaker a key)."""
    shared = [x for x in a.anchors if x in b.anchor_set] + _loosely_shared(a, b)
    if not shared or (a.when and b.when and not within_days(a.when, b.when)):
        return None
    sim = _similarity(a, b, 0.0, words) if words else 0.0
    together = a.when is None or b.when is None or overlaps(a.when, b.when)
    conflict = _conflict(a, b, False, names) or (
        (_role_conflict(a, b, shared) or _life_conflict(a, b, shared) or _rejection(a, b, shared))
        if together
        else None
    )
    clash = bool(a.outcomes) and bool(b.outcomes) and outcomes.clash(a.outcomes, b.outcomes)
    if not conflict and clash and together and _names_any(shared) and not _apart(a, b):
        conflict = "opposite outcomes"  # "X обыграл Y" beside "Y beat X"
    axis = opposites.opposed(a.sides, b.sides) if a.sides and b.sides else None
    if not conflict and axis and together and _names_any(shared):
        conflict = _opposed(a, axis)
    if conflict and not (a.aside or b.aside):  # an aside: another event (``ASIDE_REASON``)
        return Match(a.claim_id, b.claim_id, "conflicts", sim, conflict)
    named = _names_any(shared)
    if not named and (found := _by_figure(a, b, names, None)):
        return found  # a figure in common, no name: judged as by its magnitude alone
    if (
        (named or len(shared) >= 2)
        and together
        and not clash
        and a.denies == b.denies
        and not _one_sided_correction(a, b)
        and _one_account(a, b, shared)
        and not (a.aside or b.aside)
        and not (a.persons and b.persons and _other_people_across(a, b))
        and not _other_countries(a, b, shared)
        and not _other_years(a, b)
    ):
        what = "same names and figures" if named else "the same figures"
        if not (a.values and b.values):
            what = "same names"
        reason = f"{what} in another language: {_shown(shared, names, a.anchors)}"
        return Match(a.claim_id, b.claim_id, "same", sim, reason)
    if together and not clash and _one_denial(a, b, shared):
        reason = f"both deny it in another language: {_shown(shared, names, a.anchors)}"
        return Match(a.claim_id, b.claim_id, "same", sim, reason)
    if len(shared) >= 2:
        reason = f"both mention {_shown(shared, names, a.anchors)} (in another language)"
        return Match(a.claim_id, b.claim_id, "related", sim, reason)
    return None


def _one_denial(a: ClaimFacts, b: ClaimFacts, shared: Sequence[str]) -> bool:
    """Whether two claims in two scripts, about the same days, are one denial or correction
    told in each language: both deny (``denies``), a party in common (a name neither claim
    names as a place: the body or person denying, or the one the denial is of), and nothing
    setting them apart (a correction on one side only, figures apart, an aside, other people,
    countries or years). A denial's conflict is with the claim it denies, which denies
    nothing; two claims denying one party's story on the same days tell that denial twice
    («Ристич не снималась с Уимблдона» beside "Ristić has not withdrawn from Wimbledon"),
    though they share too few names and figures for ``_one_account`` (pairs40: on the tuning
    splits 13 right and 1 wrong; with a place as the name in common, claims of two stories
    about one country or city denying two things met between topics 29 times)."""
    return (
        a.denies
        and b.denies
        and any(x not in a.places and x not in b.places for x in _names_of_shared(shared))
        and figure_terms(a, b) != "apart"
        and not (a.aside or b.aside)
        and not (a.persons and b.persons and _other_people_across(a, b))
        and not _other_countries(a, b, shared)
        and not _other_years(a, b)
    )


def _names_of_shared(shared: Sequence[str]) -> list[str]:
    """The names among anchors in common (no figure: ``_names_any``)."""
    return [x for x in shared if not _DIGIT.search(x)]


_NEGATIVE_WORD = re.compile(rf"\b(?:{NOBODY_WORDS}|never)\b")


def _one_sided_correction(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Whether, of two claims in two scripts, one corrects a thing ("an asteroid, not a
    comet": ``contrast_words``) and the other tells it plainly: their words are not compared
    across the scripts, so the plain one may be what the correction rejects ("is a comet"),
    and they are never called one claim (match25c, issue 13). Not when the correction is of a
    figure ("six people were killed, not four": ``rejected``, which the figures judge) or
    either claim negates something (``denies``, or "none", "nobody", "never" in the plain
    one's words): both may tell the one correction in their own ways."""
    if bool(a.contrasts) == bool(b.contrasts) or a.rejected or b.rejected:
        return False
    plain = b if a.contrasts else a
    return not (a.denies or b.denies or _NEGATIVE_WORD.search(plain.norm))


def _loosely_shared(a: ClaimFacts, b: ClaimFacts) -> list[str]:
    """The names of ``a`` that ``b`` names in its own script's spelling, the name groups
    apart: those of ``a``'s names, in no group of ``b``, with a skeleton (``ClaimFacts.loose``)
    of one of ``b``'s names ("zukauskas" beside «Жукаускас»'s "Zukauskas")."""
    if a.loose.isdisjoint(b.loose):
        return []
    common = a.loose & b.loose
    return [x for x in a.named if x not in b.anchor_set and common.intersection(loose_keys(x))]


def blocked(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Whether the index's blocking can bring the two claims together (``MatchIndex``): an
    anchor in common, a figure's magnitude (``ClaimFacts.magnitudes``), or across scripts a
    skeleton of their names (``ClaimFacts.loose``)."""
    return (
        not a.anchor_set.isdisjoint(b.anchor_set)
        or _magnitude(a, b)
        or (a.cyrillic != b.cyrillic and not a.loose.isdisjoint(b.loose))
    )


def _other_countries(a: ClaimFacts, b: ClaimFacts, shared: Sequence[str]) -> bool:
    """Whether the two claims name countries (or their people: ``countries``), none of one's
    the other's, and share no name: two events in two countries ("the Slovenian Alps",
    "Croatia's Lika region"), however alike their figures. A name both give (a town, a
    company) says one event whatever the countries: a war's two sides ("Ukrainian
    positions", «Минобороны России») and a company's home and its markets are countries too."""
    if not a.countries or not b.countries or not set(a.countries).isdisjoint(b.countries):
        return False
    return not _names_any(shared)


def _other_years(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Whether both claims name years and none of one's is the other's: two times, never
    one claim ("approved a plan to build 3,100 flats by 2033" and "first set a goal of 3,100
    flats in 2023, to be finished by 2031"; "a 2019 census counted 41% more" and "the count
    rose 41% between 2010 and 2025"). The time spans do not see it when one claim's years
    frame the other's (2023-2031 inside 2026-2033) or name a thing's year ("a 2019 census"
    is no time of the claim for ``extract.timespan``)."""
    return bool(a.years) and bool(b.years) and a.years.isdisjoint(b.years)


def _apart(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Whether both claims name a place and no place of one is the other's: two contests
    (the same rivals in another race) rather than one told the opposite ways."""
    return bool(a.places) and bool(b.places) and set(a.places).isdisjoint(b.places)


def _one_account(a: ClaimFacts, b: ClaimFacts, shared: Sequence[str]) -> bool:
    """Whether two claims in two scripts that share a name tell one account by their facts:
    a figure both give, or, when neither gives any figure, two name anchors in common: two
    names (the operator and its ferry), or a name of several words with its last word (a
    person's given name and surname keyed alike in both scripts). One bare name is any story
    about it."""
    terms = figure_terms(a, b)
    if terms == "shared":
        return True
    return terms == "none" and sum(1 for x in shared if not _DIGIT.search(x)) >= 2


def label_by_meaning(a: ClaimFacts, b: ClaimFacts, meaning: float) -> Match | None:
    """How ``b``, found by meaning alone (``neighbours``: no name or figure in common), relates
    to ``a``: at most ``related``, but for one sentence copied (``_copied``). On the labelled
    pairs, the candidates sharing no name or figure that ``label`` called ``same`` or
    ``conflicts`` were other events (a bus crash in Peru and one in Bolivia; a strike called
    off in Portugal and one in France) and none was the same claim: the sentence vectors
    cannot tell one event from a like one, so the reviewer gets the link, never a verdict on
    it. A sentence two articles print in the same words is another matter: a wire story or a
    statement copied whole is one claim however little it names."""
    if meaning < MEANING_RELATED or not within_days(a.when, b.when):
        return None
    sim = similarity(a, b)
    if _copied(a, b, meaning):
        return Match(a.claim_id, b.claim_id, "same", sim, COPIED_REASON)
    reason = f"close in meaning ({meaning:.2f}), no name or figure in common"
    return Match(a.claim_id, b.claim_id, "related", sim, reason)


COPY_LEAST_WORDS = 6
"""Words (``ClaimFacts.words``: stop words and anchors left out) a sentence naming nothing must
hold for a copy of it to be one claim (``_copied``): "Nobody was hurt." or "The cause is being
investigated." printed in two stories of one week tell two events; a sentence of six words of
its own or more printed again word for word is a copy (review43: an identical sentence with no
name or figure in two articles was only `related`)."""
COPIED_REASON = "the same words, no name or figure in common"


def _copied(a: ClaimFacts, b: ClaimFacts, meaning: float) -> bool:
    """Whether two claims found by meaning alone are one sentence printed twice: the same
    words in the same order (``copy_digest``: "is not safe" beside "is safe", «не пригодна»
    beside «пригодна» are not a copy, though ``norm`` drops the negation), ``COPY_LEAST_WORDS``
    of their own or more, and the blocked path's own judgement (``_label``: no conflict,
    aside, other place or party, other people or figures) `same`. A copy with its closing
    attribution changed ("officials said" / "the utility said") is not one: the words of
    the claim are the reporter's there, and one changed word may be the story's."""
    if not a.copy_key or a.copy_key != b.copy_key or a.word_count < COPY_LEAST_WORDS:
        return False
    found = _label(a, b, {}, meaning, _pair(a, b, meaning))
    return found is not None and found.label == "same"


class MatchIndex:
    """Claims of the desk by anchor, for incremental matching (one article against the rest)."""

    def __init__(self) -> None:
        self.facts: dict[int, ClaimFacts] = {}
        self.postings = Postings()
        self.neighbours = Neighbours()
        self.rows = ClaimRows()
        """Each held claim's article and words by claim id, in arrays (``_candidates``)."""

    def __len__(self) -> int:
        return len(self.facts)

    def add(self, facts: ClaimFacts) -> None:
        self.discard(facts.claim_id)
        self.facts[facts.claim_id] = facts
        for key in facts.keys:
            self.postings.add(key, facts.claim_id)
        self.neighbours.add(facts.claim_id, facts.article_id, facts.vector, facts.when)
        self.rows.put(facts.claim_id, facts.article_id, facts.words, len(self.facts))

    def discard(self, claim_id: int) -> None:
        """Forget a claim; its postings are skipped lazily (they no longer resolve)."""
        self.facts.pop(claim_id, None)
        self.rows.drop(claim_id)

    def candidates(self, facts: ClaimFacts) -> list[ClaimFacts]:
        """The claims a lookup judges, at most ``MAX_CANDIDATES`` whatever the desk's size:
        of the ``POOL`` claims of other articles sharing the most with ``facts`` by anchor
        (summed, rare anchors weighing more: a name on thousands of claims says little; at
        most ``MAX_POSTINGS`` postings read, newest first), those sharing the most words.

        By anchors alone, ties went by age: a story's claims all share its names, and a copy
        of ``facts`` came after 50 older claims of that story (a `same` pair of the labelled
        desk); by words, it comes among the first 30."""
        return self._candidates(facts)[0]

    def _candidates(self, facts: ClaimFacts) -> tuple[list[ClaimFacts], list[int] | None]:
        """``candidates``, with how many words each shares with ``facts`` (None when they
        were not counted). The pool is ranked on the claims' rows (``ClaimRows``): only the
        chosen claims' facts are read."""
        rows = self.rows
        if not rows.on:
            return self._chosen(self._pool(facts), facts), None
        pool = rows.others(self._ranked(facts), facts.article_id)[:POOL]
        counts = rows.shared(pool, facts.words)
        get = self.facts.get
        long = rows.longer(pool).tolist()  # too many words for a row: counted from the facts
        self._fetch([int(pool[j]) for j in long])
        for j in long:
            other = get(int(pool[j]))
            counts[j] = len(facts.words & other.words) if other is not None else 0
        if len(pool) > MAX_CANDIDATES:  # most words first, ties in pool order
            order = (-counts).argsort(kind="stable")[:MAX_CANDIDATES]
            pool, counts = pool[order], counts[order]
        chosen = pool.tolist()
        self._fetch(chosen)
        found = []
        for claim_id in chosen:
            other = get(claim_id)
            if other is None:  # not held after all: the reference way
                return self._chosen(self._pool(facts), facts), None
            found.append(other)
        return found, counts.tolist()

    @staticmethod
    def _chosen(pool: list[ClaimFacts], facts: ClaimFacts) -> list[ClaimFacts]:
        """The ``MAX_CANDIDATES`` of ``pool`` sharing the most words with ``facts`` (ties
        in pool order); the whole pool when it is no larger."""
        if len(pool) <= MAX_CANDIDATES:
            return pool
        words = facts.words
        shared = [-len(words & other.words) for other in pool]
        order = sorted(range(len(pool)), key=shared.__getitem__)  # stable: anchor order in ties
        return [pool[i] for i in order[:MAX_CANDIDATES]]

    def _ranked(self, facts: ClaimFacts) -> Any:
        """The ids of up to ``POOL`` * 1.5 claims sharing an anchor with ``facts``, the best
        by summed anchor weight first (``Postings.ranked_ids``)."""
        total = max(len(self.facts), 1)
        postings = self.postings
        anchors = sorted((a for a in facts.wanted if a in postings), key=postings.size)
        common = max(200, COMMON_ANCHOR * total)
        rare = [a for a in anchors if postings.size(a) <= common]
        return postings.ranked_ids(rare or anchors[:1], total, MAX_POSTINGS, POOL * 3 // 2)

    def _fetch(self, claim_ids: list[int]) -> None:
        """Make these claims' facts ready for ``facts.get`` (all are in memory here; the
        desk's index reads them: ``stored.StoredIndex``)."""

    def _pool(self, facts: ClaimFacts) -> list[ClaimFacts]:
        """Up to ``POOL`` claims of other articles sharing an anchor with ``facts``, the best
        by summed anchor weight first (the reference for ``_candidates``' rows)."""
        found = []
        ranked = self._ranked(facts).tolist()
        self._fetch(ranked)
        for claim_id in ranked:
            other = self.facts.get(claim_id)
            if other is not None and other.article_id != facts.article_id:
                found.append(other)
                if len(found) >= POOL:
                    break
        return found

    def match(self, facts: ClaimFacts, names: dict[str, str] | None = None) -> list[Match]:
        """Labelled matches of one claim against the index (not adding it). The meaning of
        the best-blocked ``SEMANTIC_CAP`` candidates is compared in one matrix product."""
        found, shared = self._candidates(facts)
        meanings = cosines(facts.vector, [o.vector for o in found[:SEMANTIC_CAP]])
        meanings += [None] * (len(found) - len(meanings))
        matches = judge_all(facts, found, meanings, names or {}, shared)
        for other, meaning in self.by_meaning(facts):
            if m := label_by_meaning(facts, other, meaning):
                matches.append(m)
        matches.sort(key=lambda m: (m.label == "related", -m.similarity, m.other_claim_id))
        return matches[:MAX_MATCHES]

    def by_meaning(self, facts: ClaimFacts) -> list[tuple[ClaimFacts, float]]:
        """The ``TOP_K`` nearest in meaning of the claims about nearby days that share no
        name and no figure with ``facts`` (``neighbours``): paraphrases the blocking cannot
        see; the claims sharing one are the blocking's."""
        found = []
        for claim_id, cosine in self.neighbours.nearest(facts.vector, facts.article_id, facts.when):
            other = self.facts.get(claim_id)
            if other is not None and not blocked(facts, other):  # else a candidate
                found.append((other, cosine))
        return found[:TOP_K]
