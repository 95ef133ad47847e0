"""Proper-name mentions with exact offsets and their type, from the parser's named entities.

``find_mentions(text) -> list[Mention]`` with ``text[m.start:m.end] == m.text``; ``m.kind`` is
person, organisation, place, group (a people named as such: "Republicans said") or name
(another proper name the recogniser found: an event, a law, a product).

Which words are a name, where it begins and ends and what it is come from the entity
recogniser (spaCy, ``language``), read from the very paragraph parses the extractor made:
``language.parse`` keeps them by text, and this module cuts the body into the same paragraphs
(``paragraph_blocks``), so importing an article parses each paragraph once for both. The
recogniser is a statistical model whose errors have shapes; they are corrected here by grammar,
never by any article's names:
- boundaries: a leading article or pronoun, a trailing possessive, lower-case words at either
  end ("Kupyansk marks") and a sentence-opening common word ("Capturing Lyman") are cut;
- not names: an entity in a headline line (title case or capitals) unless the body names it
  too; a dateline ("WASHINGTON --"); a nationality used as an adjective ("Russian forces": a
  group only as a noun, "Ukrainians said"); a sentence-opening common word ("Allegations");
- types: one type per spelling in an article, by vote; a lone surname of a person the article
  named in full is that person; a one-word person or organisation after "in", "near" or
  "outside", after "the village of", with a place noun in apposition ("X, a port town"), or
  the object of "capture", "hold", "lose" is a place; a name ending on a landmark's head
  ("X Square") is a place; a one-word person after "the" is a name ("the X protests"); a name
  after a form of address (even one read as a date: "Miss X"), given an age ("X Y, 34,"), whose
  surname the article addresses, or a given name alone opening a person's full name there is a
  person's; a country's English name is a place, and so is a capital read as a body
  ("Tallinn said"); a feast day ("by Easter") is a name; a name of several words is a place
  after a place noun's "of" ("residents of X Y"), before a place noun or with one in
  apposition, never after "in" alone ("confidence in Anna Kessler"); one ending on a
  company's head ("Harrow Ports") is an organisation; a name of a person's shape that is
  the subject of a verb of speech, in a sentence naming no other person, followed by one
  opening on "He"/"She", is a person (``text.pronouns``: "Torvald Renck said … He added";
  across the desk, ``groups.NameBook.settle_kinds`` votes again per name group);
- titles: a title before a person's name is cut ("Councillor Dana Whitlow", "Commissioner
  Ortega-Bask"); a title alone is no name; small words between hyphens join one name
  ("Ashby-on-Wend City Council");
- a short quoted title after a unit or outlet noun ("the brigade ‘Five-Naked’") is an
  organisation (the recogniser reads such titles as a number, or not at all).
Russian and Ukrainian paragraphs have no pipeline here: their names come from capitalisation
(``capitals``), read carefully (a sentence-initial word needs evidence; months are not names).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from factdesk.domain.models import Mention
from factdesk.language.parse import HYPHENS
from factdesk.lexicon.cyrillic import mostly_cyrillic
from factdesk.lexicon.english import (
    BODY_HEADS,
    CAPITALS,
    COMPANY_HEADS,
    DEMONYMS,
    HONORIFICS,
    LANDMARK_HEADS,
    NOTICE_WORDS,
    PLACE_HEADS,
    PLACE_NOUNS,
    POLICE_BODY_HEADS,
    ROLE_WORDS,
    SHORT_RANKS,
    SPEECH_LEMMAS,
)
from factdesk.lexicon.months import is_feast
from factdesk.names.capitals import MONTHS, ORG_HEADS, TITLES, capital_mentions, never_a_name
from factdesk.names.spelling import is_english_country, is_given_name
from factdesk.text.datelines import dateline_at
from factdesk.text.pronouns import THIRD_PERSON_PRONOUNS, person_shaped, taken_up_as_he_or_she

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["KINDS", "Mention", "find_mentions", "mentions_within"]

KINDS = ("person", "organisation", "place", "group", "name")
"""The types a mention can have (``Mention.kind``), as the names view and CLI show them."""
_LABELS = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
    "EVENT": "name",
    "LAW": "name",
    "WORK_OF_ART": "name",
    "PRODUCT": "name",
    "NAME": "name",
}
_TIE_ORDER = {"place": 0, "person": 1, "organisation": 2, "group": 3, "name": 4}
_EDGE_POS = {"DET", "PRON", "PUNCT", "ADP", "CCONJ", "SCONJ", "PART", "SPACE", "SYM"}
_LOCATIVE = frozenset(
    "in near outside around toward towards into across through inside beyond behind".split()
)
OF_PLACE = PLACE_NOUNS | frozenset(
    """residents people mayor governor centre center streets capital east west north south
    annexation occupation invasion liberation""".split()
)
"""Nouns whose "of X" is a place ("residents of X", "the mayor of X"), taking ground among
them ("the annexation of X", "the liberation of X": nouns of ``TERRITORY_VERBS``)."""
TERRITORY_VERBS = frozenset(
    """capture seize take lose hold enter liberate occupy retake recapture shell storm encircle
    surround defend evacuate bomb hit attack reach annex invade""".split()
)
"""Verbs whose object is ground: the one-word name they take is a place ("denied losing X")."""
TITLED_NOUNS = {
    **dict.fromkeys(
        """brigade regiment battalion division unit corps squad detachment company militia
        group movement party newspaper paper channel outlet agency magazine website network
        station broadcaster""".split(),
        "organisation",
    ),
    "operation": "name",
}
"""Nouns that introduce a quoted proper title: "the brigade ‘Five-Naked’", "the newspaper
«Vesti»"."""
_QUOTED_TITLE = re.compile(
    r"\b(?P<noun>[a-z]+)[ \t]+[‘“«\"']"
    r"(?P<title>[A-Z0-9][\w’'-]*(?:[ \t][A-Z0-9][\w’'-]*){0,3})[,.]?[’”»\"'](?!\w)"
)
"""A comma or full stop may close the title inside its quotes, as American punctuation puts
it ("the squadron ‘Grey-Kestrel,’ told …": the title was a bare name till extractor 247)."""
_COMMON_SUFFIXES = (
    "ing", "ings", "ed", "ly", "tion", "tions", "sion", "sions", "ment", "ments", "ness", "ity",
    "ities", "ous", "ful", "less",
)  # fmt: skip
"""English word endings names seldom have: a sentence-opening "Allegations" is a word."""
_TERMINAL = tuple('.!?…:;"”’»)')
_LOWER_WORD = re.compile(r"\b[^\W\d_A-ZА-ЯЁІЇЄҐ][\w’'-]*")
_HYPHENATED = re.compile(rf"^([^\W\d_]+)[{HYPHENS}][^\W\d_]")
"""A one-word hyphenated name, its first part captured."""


@dataclass(slots=True)
class _Candidate:
    """An entity after its edges were trimmed, with what the type rules read."""

    start: int
    end: int
    kind: str
    tokens: list[Token]
    headline: bool


def find_mentions(text: str) -> list[Mention]:
    """Every proper-name mention in ``text``, in order, with exact offsets and a type."""
    return list(_find(text))


@lru_cache(maxsize=4)
def _find(text: str) -> tuple[Mention, ...]:
    """Import asks for one body's mentions three times (claims' names, the name index, the
    corroboration index): found once."""
    from factdesk.language.parse import body_cut

    cut = body_cut(text)
    analysed, starts, blocks = cut.text, cut.starts, cut.blocks
    russian = [mostly_cyrillic(piece) for _, piece in blocks]  # (counted once per block)
    english = [block for block, ru in zip(blocks, russian, strict=True) if not ru]
    cyrillic = [(at, at + len(p)) for (at, p), ru in zip(blocks, russian, strict=True) if ru]
    quoted = _quoted_titles(text, english)
    found = [*quoted, *_entity_mentions(text, analysed, starts, english, quoted)]
    if cyrillic:
        found += [m for m in capital_mentions(text) if _inside_any(m, cyrillic)]
    return tuple(sorted(found, key=lambda m: (m.start, m.end)))


def _inside_any(mention: Mention, spans: list[tuple[int, int]]) -> bool:
    index = bisect_left(spans, (mention.start + 1,)) - 1
    return index >= 0 and spans[index][0] <= mention.start and mention.end <= spans[index][1]


def _entity_mentions(
    text: str,
    analysed: str,
    starts: Sequence[int],
    blocks: list[tuple[int, str]],
    quoted: list[Mention],
) -> list[Mention]:
    """The recogniser's names in the English paragraphs, cleaned, filtered and typed."""
    if not blocks:
        return []
    from factdesk.language.parse import parse_all

    docs = parse_all([piece for _, piece in blocks])
    lower = {w.lower() for w in _LOWER_WORD.findall(analysed)}
    cut = _dateline_ends(analysed, starts)
    taken = [(m.start, m.end) for m in quoted]
    candidates: list[_Candidate] = []
    headlines: list[tuple[int, int]] = []
    for (offset, piece), doc in zip(blocks, docs, strict=True):
        headline = _is_headline(text, offset, piece)
        if headline:
            headlines.append((offset, offset + len(piece)))
        spans = [*doc.ents, *([] if headline else _proper_runs(doc))]
        for entity in spans:
            found = _candidate(entity, offset, headline, lower)
            if found is None or _overlaps(found, taken) or _in_dateline(found, cut):
                continue
            candidates.append(found)
    candidates = _possessive_joined(_hyphen_joined(candidates, text), text)
    candidates = _forces_joined(candidates, text)
    candidates = _confirmed(candidates, text, headlines)
    candidates = [c for c in candidates if not _unintroduced_label(c, text)]
    kinds = _kinds(candidates, text)
    return [Mention(c.start, c.end, text[c.start : c.end], kinds[text[c.start : c.end]])
            for c in candidates]  # fmt: skip


def _proper_runs(doc: Doc) -> list[Span]:
    """Proper nouns the recogniser left out ("entered Kupyansk-Uzlovoy"), as the tagger marks
    them: runs of PROPN tokens (a hyphen may join them) outside every entity, without the
    titles that lead them ("President"); a run ending in an organisation word ("General
    Staff") is an organisation; the rest of a run that ended on a title is the role's own
    words ("Majority" of "Senate Majority Leader", "Health" of "Health Minister"), no name;
    one after a form of address is a person ("Dr Pembly"); the rest are untyped names
    ("NAME" here)."""
    from spacy.tokens import Span

    runs: list[list[Token]] = []
    current: list[Token] = []
    propn = doc.vocab.strings["PROPN"]  # the tag's symbol id, as ``to_array`` gives it
    # the tags read as one array: a Token is made only for a word a run may take (issue 15)
    for i, (pos, entity) in enumerate(doc.to_array(["POS", "ENT_TYPE"]).tolist()):
        joins = bool(current) and (
            (doc[i].text in HYPHENS and doc[i].whitespace_ == "")
            or (current[-1].text in HYPHENS and doc[i].text[:1].isupper())
        )  # ("Coastal Anti-Doping Agency": the tagger's "Doping" is an adjective)
        if (pos == propn and not entity) or joins:
            current.append(doc[i])
            continue
        runs.append(current)
        current = []
    runs.append(current)
    found = []
    for run in runs:
        titled = False
        while run and (not run[-1].is_alpha or run[-1].text in TITLES):
            titled = titled or run[-1].text in TITLES
            run = run[:-1]  # "General Staff Chief": the title that ends it leads the next name
        if len(run) > 1 and run[-1].text in ORG_HEADS:
            found.append(Span(doc, run[0].i, run[-1].i + 1, label="ORG"))
            continue
        if titled:
            continue  # "Senate Majority Leader", "District Judge": words of the role, no name
        addressed = False  # "Dr Pembly": a form of address leads a person's name
        while run and (run[0].text in TITLES or run[0].text in ORG_HEADS or not run[0].is_alpha):
            addressed = run[0].text in HONORIFICS
            run = run[1:]
        if run and not any(t.text in MONTHS or t.text in TITLES for t in run):
            label = "PERSON" if addressed else "NAME"
            found.append(Span(doc, run[0].i, run[-1].i + 1, label=label))
    return found


def _candidate(entity: Span, offset: int, headline: bool, lower: set[str]) -> _Candidate | None:
    kind = _LABELS.get(entity.label_)
    if kind is None and not _addressed(entity[0]):
        return None  # (a date, a figure; but "Miss Tarrow" read as a date is a person)
    tokens = _trimmed(list(entity), lower, kind or "person")
    tokens, titled = _untitled(tokens, kind or "person")
    if not tokens:
        return None
    if titled or _addressed(tokens[0]) or (kind != "person" and _holds_a_role(tokens)):
        kind = "person"  # "Councillor Dana Whitlow", "EU Competition Commissioner Ilse Marr"
    if kind is None:
        return None  # (typed by the recogniser, else addressed; an import never raises for it)
    if tokens[-1].pos_ == "ADJ" and (kind == "group" or len(tokens) == 1):
        return None  # "Russian forces", "Ukrainian": a description, not a name
    if len(tokens) == 1 and tokens[0].text in DEMONYMS:
        if tokens[0].tag_ not in ("NNS", "NNPS"):
            return None  # a nationality is a group only as a plural noun ("Ukrainians said")
        kind = "group"
    if len(tokens) > 1 and tokens[-1].text in PLACE_HEADS:
        tokens, kind = tokens[:-1], "place"
    if len(tokens) > 1 and tokens[-1].text in LANDMARK_HEADS:
        kind = "place"  # "Tamsin Square", "Anna Kessler Square" read as a person
    elif len(tokens) > 1 and kind != "organisation" and is_given_name(tokens[0].text):
        kind = "person"  # "Roman Svitan" read as a people or a place
    if len(tokens) == 1 and _opens_sentence(tokens[0]) and _common(tokens[0].text, lower):
        return None  # "Allegations of fraud …"
    if len(tokens) == 1 and never_a_name(tokens[0].text):
        return None  # "D" of "(D-Nev.)", "XIX", "GMT"
    if len(tokens) == 1 and _rank_before_a_name(tokens[0]):
        return None  # "DS" of "DS Karen Willis": the office, not a name
    if kind in ("person", "name") and len(tokens) > 1 and tokens[-1].text in _BODY_ENDS:
        kind = "organisation"  # "Lift Engineers’ Association", "Harrow Ports" read as a person
    if kind == "organisation" and is_english_country(" ".join(t.text for t in tokens)):
        kind = "place"  # "Slovakia said it would send aid": a country speaks as a body
    last = tokens[-1]
    return _Candidate(offset + tokens[0].idx, offset + last.idx + len(last.text), kind, tokens,
                      headline)  # fmt: skip


def _holds_a_role(tokens: list[Token]) -> bool:
    """A name of a person's shape (``person_shaped``) that a role's noun leads or stands
    beside: "councillor Mara Holt said", "The town engineer, Piet Ossel, said", "Mara Holt,
    the port's finance director,". Only a person holds a role; the recogniser read these as
    a body, so the names view called them organisations while the claim named a person, and
    their bare surname ("Holt said") joined no one. A role's noun is one of ``ROLE_WORDS`` or
    an agent's noun ("engineer", "economist", "spokeswoman": ``_agent_noun``). A country
    holds a role too ("NATO member North Macedonia"): it stays a place."""
    words = [t.text for t in tokens]
    if not person_shaped(words):
        return False  # ("Holt Shipping, the ferry operator": a company's word)
    if is_english_country(" ".join(words)):
        return False  # ("New Zealand, the tournament organiser,": typed a person once, review37)
    first = tokens[0]
    if first.i > 0 and first.doc[first.i - 1].text in ROLE_WORDS:
        return True  # (lower case: a capitalised title is cut by ``_untitled``)
    inside = {t.i for t in tokens}
    head = next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), tokens[-1])
    if head.dep_ == "appos" and _agent_noun(head.head):
        return True
    return any(child.dep_ == "appos" and _agent_noun(child) for child in head.children)


_AGENT_ENDINGS = ("eer", "ist", "ian", "man", "woman", "person")
"""Endings of a noun naming who does something ("engineer", "economist", "librarian",
"spokeswoman"): in apposition to a name of a person's shape, a person's role. Not any "-er" or
"-or": a company is "the power supplier", "the ferry operator", "the pub owner", "the
regulator" (each typed a person once, review37); a person's such role is in ``ROLE_WORDS``
("director", "officer")."""


def _agent_noun(token: Token) -> bool:
    """A lower-case common noun naming a role: one of ``ROLE_WORDS`` or an agent's noun by its
    ending (``_AGENT_ENDINGS``), never a place's noun ("X Y, a border town": ``PLACE_NOUNS``)."""
    word = token.text
    if not word.islower() or token.pos_ != "NOUN" or word in PLACE_NOUNS:
        return False
    return word in ROLE_WORDS or word.endswith(_AGENT_ENDINGS)


def _addressed(token: Token) -> bool:
    """The word follows a form of address outside the entity ("Miss Tarrow", "Ms Penhale"):
    it is a person's name, whatever the recogniser made of it (a date, a town)."""
    if token.i == 0 or not token.text[:1].isupper() or not token.is_alpha:
        return False
    before = token.doc[token.i - 1]
    return before.text.rstrip(".") in HONORIFICS


def _unintroduced_label(found: _Candidate, text: str) -> bool:
    """A one-word "person" opening a sentence as a label before a colon, with at most two
    lower-case words between ("Caveat: …", "Explainer: …", "Markup test: …"), that the text
    writes nowhere else and that is no given name: a label, not someone. A person known by
    one word is introduced somewhere ("Mayor Ann Harris said …" before "Harris: …"), as a
    transcript's speaker tag must be (``extract.interview``, extractor 186)."""
    token = found.tokens[0]
    if found.kind != "person" or len(found.tokens) != 1 or found.headline:
        return False
    if not _opens_sentence(token) or is_given_name(token.text):
        return False
    after = token.doc[token.i + 1 : token.i + 4]
    words = 0
    for follower in after:
        if follower.text == ":":
            break
        if not follower.is_alpha or not follower.text.islower():
            return False
        words += 1
    else:
        return False
    if words > 2:
        return False
    alone = re.compile(rf"(?<![\w’'-]){re.escape(token.text)}(?![\w’'-])")
    return len(alone.findall(text)) == 1


def _trimmed(tokens: list[Token], lower: set[str], kind: str) -> list[Token]:
    """The entity's tokens without what the recogniser caught at its edges: "the", "’s",
    lower-case words ("Kupyansk marks"), a rights line's word ("X Times Copyright"), a
    sentence-opening common word ("Capturing Lyman"). A body's name keeps a first word that is
    common only by its ending ("Associated Press", "United Nations" opening a sentence were
    cut to "Press" and "Nations"); one the text also writes in lower case is still cut."""
    while tokens and _edge(tokens[0]):
        tokens = tokens[1:]
    while tokens and _edge(tokens[-1]):
        tokens = tokens[:-1]
    if (
        len(tokens) > 1
        and _opens_sentence(tokens[0])
        and _capital(tokens[1].text)
        and _common(tokens[0].text, lower)
        and (kind != "organisation" or tokens[0].text.lower() in lower)
    ):
        tokens = tokens[1:]
    return tokens


def _edge(token: Token) -> bool:
    """A word no name begins or ends on: a function word, a lower-case or a notice word."""
    return token.pos_ in _EDGE_POS or not _capital(token.text) or token.text in NOTICE_WORDS


def _untitled(tokens: list[Token], kind: str) -> tuple[list[Token], bool]:
    """The entity without a title before the person it names, and whether one was cut:
    "Commissioner Ortega-Bask" is Ortega-Bask, "Councillor Dana Whitlow" is Dana Whitlow,
    "EU Competition Commissioner Ilse Marr" (read as a body) is Ilse Marr. The rest must be
    one to three capitalised words (hyphens between them allowed), and a person's or an
    untyped name's, or open on a given name, or follow a form of address ("Dr Halvorsen"), or
    be two or three words of a person's shape (``person_shaped``: "Councillor Mara Holt" read
    as a body): "General Motors", "St Louis" and "Major League Baseball" (a body's word) are a
    body's and a place's names, not a title and a name. A title alone
    ("Councilwoman", read as a people) is no name at all: nothing is left; one that ends the
    entity stays ("the Children's Commissioner")."""
    titles = [i for i, t in enumerate(tokens) if t.text in TITLES]
    if not titles:
        return tokens, False
    if len(tokens) == 1:
        return [], False
    rest = tokens[titles[-1] + 1 :]
    words = [t for t in rest if t.text not in HYPHENS]
    if not 1 <= len(words) <= 3 or not all(t.is_alpha and t.text[:1].isupper() for t in words):
        return tokens, False
    if kind in ("person", "name") or is_given_name(words[0].text):
        return rest, True
    if len(words) > 1 and person_shaped([t.text for t in words]):
        return rest, True  # "Councillor Mara Holt" read as a body: a given name no list knows
    if tokens[titles[-1]].text in HONORIFICS:
        return rest, True  # "Dr Halvorsen", "Ms Quaile" read as a body: only a person is "Ms"
    return tokens, False


def _capital(word: str) -> bool:
    first = word[:1]
    return first.isupper() or first.isdigit()


def _rank_before_a_name(token: Token) -> bool:
    """A police rank written short (``SHORT_RANKS``: "DS", "PC") right before a capitalised
    word: the office its holder's name follows, never a name of its own (the names view
    listed "DS" as a name beside "Karen Willis"). A name that opens with the same letters is
    one mention of several words ("DC Comics") and never comes here."""
    if token.text not in SHORT_RANKS or token.i + 1 >= len(token.doc):
        return False
    after = token.nbor(1)
    return after.text[:1].isupper() and after.is_alpha


def _opens_sentence(token: Token) -> bool:
    """First in its sentence, or after only an opening quote or bracket."""
    sent = token.sent
    return all(t.is_punct or t.is_space for t in sent[: token.i - sent.start])


def _common(word: str, lower: set[str]) -> bool:
    """A capitalised word that is (probably) an ordinary word: the text also writes it in lower
    case, or it has an ending names seldom have; a given name is never one."""
    low = word.lower()
    if is_given_name(word) or word.isupper():
        return False
    return low in lower or low.endswith(_COMMON_SUFFIXES)


def _is_headline(text: str, offset: int, piece: str) -> bool:
    """A one-line paragraph without closing punctuation, in capitals or title case."""
    raw = text[offset : offset + len(piece)].strip()
    if not raw or "\n" in raw or raw.endswith(_TERMINAL) or len(raw.split()) > 20:
        return False
    letters = [c for c in raw if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return True
    content = [w for w in re.findall(r"[^\W\d_][\w’'-]*", raw) if len(w) > 3]
    return len(content) >= 2 and sum(w[0].isupper() for w in content) * 5 >= len(content) * 4


def _dateline_ends(analysed: str, starts: Sequence[int]) -> list[tuple[int, int]]:
    found = []
    for start in starts:
        dateline = dateline_at(analysed, start)
        if dateline is not None:
            found.append((dateline.start, dateline.end))
    return found


def _in_dateline(found: _Candidate, cut: list[tuple[int, int]]) -> bool:
    return any(a <= found.start < b for a, b in cut)


def _overlaps(found: _Candidate, taken: list[tuple[int, int]]) -> bool:
    return any(found.start < b and a < found.end for a, b in taken)


def _confirmed(
    candidates: list[_Candidate], text: str, headlines: list[tuple[int, int]]
) -> list[_Candidate]:
    """A headline's names are the body's names found in it: the recogniser reads a line in
    capitals or title case as a run of names, so its own cuts there are not trusted."""
    body: dict[str, _Candidate] = {}
    for c in candidates:
        if not c.headline:
            body.setdefault(text[c.start : c.end].casefold(), c)
    kept = [c for c in candidates if not c.headline]
    for start, end in headlines:
        line = text[start:end].casefold()
        for folded, c in body.items():
            for match in re.finditer(rf"(?<!\w){re.escape(folded)}(?!\w)", line):
                at = start + match.start()
                kept.append(_Candidate(at, at + len(folded), c.kind, c.tokens, True))
    return sorted(kept, key=lambda c: c.start)


_HYPHEN_GAP = re.compile(rf"[{HYPHENS}](?:[a-z]{{1,5}}[{HYPHENS}]){{0,2}}")
"""What joins two halves of one hyphenated name: a hyphen, or small lower-case words between
hyphens ("Ashby-on-Wend", "Kelham-upon-Tarn", "Saint-Jean-de-Luz")."""


_POSSESSIVE_GAP = re.compile(r"['’]s? ")
"""What stands between a plural's possessive and the body it names ("Lift Engineers’
Association", "Dock Workers' Union")."""


def _join_adjacent(
    candidates: list[_Candidate],
    text: str,
    gap: re.Pattern[str],
    kind_of: Callable[[_Candidate, _Candidate], str | None],
) -> list[_Candidate]:
    """Two neighbouring names with only ``gap`` between them, in one block of one parse, become
    one name of the type ``kind_of`` gives (None: they stay two).

    Why: the recogniser cuts one name in two in several ways (at a hyphen, at a possessive's
    apostrophe, at the "and" of a force named after two areas); each joiner says only what it
    may join and what the whole is, and this one loop does the joining, so a fix to how names
    are merged (offsets, the tokens between, the headline flag) is made once."""
    joined: list[_Candidate] = []
    for c in sorted(candidates, key=lambda c: (c.start, c.end)):
        last = joined[-1] if joined else None
        kind = None
        if (
            last is not None
            and gap.fullmatch(text, last.end, c.start)
            and last.headline == c.headline
            and last.tokens[-1].doc is c.tokens[0].doc
        ):
            kind = kind_of(last, c)
        if last is None or kind is None:
            joined.append(c)
            continue
        between = last.tokens[-1].doc[last.tokens[-1].i + 1 : c.tokens[0].i]
        joined[-1] = _Candidate(
            last.start, c.end, kind, [*last.tokens, *between, *c.tokens], c.headline
        )
    return joined


def _possessive_joined(candidates: list[_Candidate], text: str) -> list[_Candidate]:
    """A name and the body's head word after its possessive are one organisation's name: the
    recogniser cut "Lift Engineers’ Association" at the apostrophe into "Lift Engineers"
    (a person, to it) and "Association" (the names view listed a person)."""

    def kind_of(last: _Candidate, c: _Candidate) -> str | None:
        body_head = len(c.tokens) == 1 and c.tokens[0].text in BODY_HEADS
        return "organisation" if body_head else None

    return _join_adjacent(candidates, text, _POSSESSIVE_GAP, kind_of)


_AND_GAP = re.compile(r" and ")
"""What joins the two areas a police force is named after ("Devon and Cornwall Police")."""


def _forces_joined(candidates: list[_Candidate], text: str) -> list[_Candidate]:
    """A one-word name, "and", then a police force's name of several words are one force's
    name: the recogniser read "Devon and Cornwall Police" as a person "Devon" and an
    organisation "Cornwall Police" (the names view listed a person and a force cut short). A
    force named by two areas is named so; a body's one-word name ("the FBI and Harwick
    Police": typed an organisation), a given name the lexicon knows ("Sarah and Harwick
    Police met") and a person's full name stay their own."""

    def kind_of(last: _Candidate, c: _Candidate) -> str | None:
        area = (
            len(last.tokens) == 1
            and last.kind != "organisation"
            and not last.tokens[0].text.isupper()
            and not is_given_name(last.tokens[0].text)
        )
        force = len(c.tokens) > 1 and c.tokens[-1].text in POLICE_BODY_HEADS
        return "organisation" if area and force else None

    return _join_adjacent(candidates, text, _AND_GAP, kind_of)


def _hyphen_joined(candidates: list[_Candidate], text: str) -> list[_Candidate]:
    """Two names joined by a bare hyphen, or by a particle between hyphens ("-on-", "-de-"),
    are one hyphenated name: the recogniser cut "Velmorsk-Tovarnyi" into two places, and
    "Ashby-on-Wend City Council" into "Ashby" and "Wend City Council" (the names view showed
    a town's council by its last words). The whole has the first half's type
    ("Interfax-Ukraine" stays an organisation), unless the second is a body's name of
    several words ("… City Council")."""

    def kind_of(last: _Candidate, c: _Candidate) -> str | None:
        body = c.kind == "organisation" and len(c.tokens) > 1  # "… City Council"
        return c.kind if body else last.kind

    return _join_adjacent(candidates, text, _HYPHEN_GAP, kind_of)


def _kinds(candidates: list[_Candidate], text: str) -> dict[str, str]:
    """One type per spelling: a surname of a person named in full is a person; otherwise
    the most frequent type of its mentions after the place cues; a hyphenated name whose
    first part the article names as a place is a place ("Velmorsk-Tovarnyi" beside
    "Velmorsk": the recogniser reads a hyphenated name as a company's)."""
    people = {c.tokens[-1].text for c in candidates if c.kind == "person" and len(c.tokens) > 1}
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for c in candidates:
        votes[text[c.start : c.end]][_cued(c)] += 1
    kinds = {}
    for spelling, counter in votes.items():
        if " " not in spelling and spelling in people:
            kinds[spelling] = "person"
            continue
        kinds[spelling] = min(counter, key=lambda k: (-counter[k], _TIE_ORDER[k]))
    for spelling in kinds:
        first = _HYPHENATED.match(spelling)
        if first and kinds.get(first.group(1)) == "place":
            kinds[spelling] = "place"
    placed = {text[c.start : c.end] for c in candidates if _placed(_heading(c))}
    acting = {text[c.start : c.end] for c in candidates if _heading(c).dep_ in _SUBJECTS}
    _people_by_their_names(kinds, text, acting - placed)
    for c in candidates:
        spelling = text[c.start : c.end]
        if kinds[spelling] in ("organisation", "place", "name") and _speaks_then_he_or_she(
            c, text, candidates
        ):
            kinds[spelling] = "person"
    return kinds


def _speaks_then_he_or_she(c: _Candidate, text: str, candidates: list[_Candidate]) -> bool:
    """A name of a person's shape (``text.pronouns.person_shaped``: no word of a body's,
    company's, outlet's, place's or venue's name), the subject of a verb of speech, whose
    sentence names no other person and is followed by one opening on "He" or "She", and that
    speaks of no "he" or "she" of its own: a person the recogniser took for a body or a place
    ("Torvald Renck said … He added …"; an unfamiliar given name no list knows)."""
    if not person_shaped([t.text for t in c.tokens]):
        return False
    head = _heading(c)
    if head.dep_ != "nsubj" or head.head.lemma_.lower() not in SPEECH_LEMMAS:
        return False
    sentence = head.sent
    offset = c.start - c.tokens[0].idx
    begin, end = offset + sentence.start_char, offset + sentence.end_char
    if any(o is not c and begin <= o.start < end and o.kind == "person" for o in candidates):
        return False
    if any(t.lower_ in THIRD_PERSON_PRONOUNS for t in sentence):
        return False  # "He told MPs that X had told him …": the next "He" may be his
    return taken_up_as_he_or_she(text, end)


def _people_by_their_names(kinds: dict[str, str], text: str, acting: set[str]) -> None:
    """A name the recogniser read as a place or a body is a person's when the article
    addresses its surname ("Lydia Penhale" beside "Ms Penhale said"); a one-word place or
    name is a person's when it opens the two-word name of a person the article names in full
    ("Kiera" beside "Kiera Dunlow", an interview's given name alone) and is the subject of a
    verb somewhere and never put somewhere by the grammar (``acting``: "Kiera said", not
    "across Kilvane" beside a paper's "Kilvane People", nor "at Hollow" beside a home the
    recogniser read as a person, "Hollow Lodge"). Each name is read as its words, never by a
    list: the given-name lexicon knows only common names."""
    addressed = {m.group(1) for m in _ADDRESSED.finditer(text)}
    for spelling, kind in kinds.items():
        words = spelling.split()
        if (
            kind in ("place", "organisation", "name")
            and 2 <= len(words) <= 3
            and words[-1] in addressed
            and not any(w in _NOT_A_PERSON for w in words)
        ):
            kinds[spelling] = "person"
    given = {s.split()[0] for s, k in kinds.items() if k == "person" and len(s.split()) == 2}
    for spelling, kind in kinds.items():
        if (
            kind in ("place", "name")
            and spelling in given
            and spelling in acting
            and not is_english_country(spelling)
        ):
            kinds[spelling] = "person"


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
"""The parser's relations of a verb's subject: a place is seldom one ("Kiera said")."""
_ADDRESSED = re.compile(
    r"\b(?:" + "|".join(sorted(HONORIFICS)) + r")\.?[ \t]+([A-Z][\w’'-]+)(?![\w’'-])"
)
"""A surname after a form of address ("Ms Penhale", "Dr. Orlay")."""
_BODY_ENDS = BODY_HEADS | COMPANY_HEADS | POLICE_BODY_HEADS
"""What a body's, a company's or a police force's name of several words ends on ("Harrow
Ports", "Tarvik Motors", "Harwick Police"): an organisation's, whatever the recogniser typed it
(a first name and surname)."""
_NOT_A_PERSON = ORG_HEADS | PLACE_HEADS | LANDMARK_HEADS
"""Head words of a body's or a place's name: "Lincoln City" is no person's name beside "Mr
Lincoln"."""


def _cued(c: _Candidate) -> str:
    """A one-word person or organisation the grammar puts somewhere is a place: "in X",
    "near X", "the village of X", "X district", "X, a small town" (a place noun in
    apposition). A hyphenated word ("Velmorsk-Tovarnyi", three
    tokens) is one word here: the grammar is read on the token that heads it."""
    if len(c.tokens) == 1 and is_feast(c.tokens[0].text):
        return "name"  # "by Easter", "over Christmas": a time, read as a person or a place
    if c.kind in ("place", "organisation", "name") and _aged(c.tokens[-1]):
        return "person"  # "Kiera Dunlow, 34, of ...": only a person is given an age
    one_word = all(t.whitespace_ == "" for t in c.tokens[:-1])
    if c.kind not in ("person", "organisation", "name"):
        return c.kind
    spelled = " ".join(t.text for t in c.tokens)
    if spelled in CAPITALS and spelled not in BODY_HEADS:
        return "place"  # "Vilnius said it would …": a capital speaks for its government;
        # a seat of power that is a body's word ("the Kremlin's command") stays the body;
        # "Moscow and Kyiv both claiming …" read Kyiv as a person or left it untyped, and
        # the names view typed every spelling of Kyiv on the desk a person (desk37); a
        # surname the article gives a person in full ("Jack London") is theirs (``_kinds``)
    if not one_word:
        return "place" if _named_a_place(c) else c.kind
    if "".join(t.text for t in c.tokens).isupper():  # hyphens and dots have no case
        return c.kind  # an acronym is an organisation wherever it stands
    if c.kind == "person" and _after_the(c.tokens[0]):
        return "name"  # "the aftermath of the Tarvel": a square, a palace, an event
    token = _heading(c)
    if _placed(token):
        return "place"
    last = c.tokens[-1]
    following = last.nbor(1) if last.i + 1 < len(last.doc) else None
    if following is not None and following.lower_ in PLACE_NOUNS:
        return "place"
    if any(child.dep_ == "appos" and child.lower_ in PLACE_NOUNS for child in token.children):
        return "place"  # "X, another town in the Y region", "X, a port city"
    return c.kind


def _named_a_place(c: _Candidate) -> bool:
    """A name of several words a place noun makes a place: "residents of X Y", "the village
    of X Y", "X Y district", "X Y, a port town". The locative prepositions alone ("in X Y")
    are no cue for several words, which may be a body's or a person's ("confidence in Anna
    Kessler", "invested in Harrow Ports"). A name ending on a body's or a company's head is
    that body's wherever it stands ("the mayor of X Housing Association", "City of X
    Council"): the noun before its "of" is then the body's own word or an office in it."""
    if c.tokens[-1].text in _BODY_ENDS:
        return False
    token = _heading(c)
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in OF_PLACE:
        return True
    last = c.tokens[-1]
    following = last.nbor(1) if last.i + 1 < len(last.doc) else None
    if following is not None and following.lower_ in PLACE_NOUNS:
        return True
    return any(child.dep_ == "appos" and child.lower_ in PLACE_NOUNS for child in token.children)


def _heading(c: _Candidate) -> Token:
    """The candidate's token the sentence's grammar hangs it on (its syntactic head)."""
    inside = {t.i for t in c.tokens}
    return next((t for t in c.tokens if t.head.i not in inside or t.head.i == t.i), c.tokens[-1])


def _placed(token: Token) -> bool:
    """The grammar puts the name somewhere: "in X", "near X", "residents of X", "captured
    X", and the names joined to such a name ("near X and Y", "captured X and Y")."""
    if token.dep_ == "conj" and token.head.i < token.i and token.head.ent_type_ != "PERSON":
        token = token.head  # "near Tamsk and Ravelin": the grammar places both
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in _LOCATIVE:
        return True
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in OF_PLACE:
        return True
    return token.dep_ == "dobj" and head.lemma_.lower() in TERRITORY_VERBS


MAX_AGE = 119
"""The oldest age written after a name ("Orlay, 34,"): a larger number there is no age."""


def _aged(last: Token) -> bool:
    """The name is followed by an age between commas ("Kiera Dunlow, 34, of Harnley Road"),
    as news writes a person's: a town or a body is never given one."""
    doc, i = last.doc, last.i
    if last.dep_ == "pobj" and last.head.lower_ in _LOCATIVE:
        return False  # "in Tarvel, 12, ...": a count after a place
    if i + 3 >= len(doc) or doc[i + 1].text != "," or doc[i + 3].text != ",":
        return False
    age = doc[i + 2].text
    return age.isdigit() and 0 < int(age) <= MAX_AGE and not age.startswith("0")


def _after_the(token: Token) -> bool:
    """The word follows "the" (a year may stand between: "the 2014 X revolution"). A person's
    one-word name does not take the article; a square, a palace or an event named after a place
    does ("the Tarvel", "the Tarvel protests"), and the recogniser reads such a word as a person.
    A surname the article names in full stays a person (``_kinds`` asks that first)."""
    before = token.doc[max(0, token.i - 2) : token.i]
    if len(before) == 2 and before[1].like_num:
        before = before[:1]
    return len(before) > 0 and before[-1].lower_ == "the"


def _quoted_titles(text: str, blocks: list[tuple[int, str]]) -> list[Mention]:
    """ "the brigade ‘Five-Naked’": a short quoted title after a noun that takes one."""
    found = []
    for offset, piece in blocks:
        for match in _QUOTED_TITLE.finditer(piece):
            kind = TITLED_NOUNS.get(match.group("noun").lower())
            if kind is None:
                continue
            start, end = offset + match.start("title"), offset + match.end("title")
            found.append(Mention(start, end, text[start:end], kind))
    return found


def mentions_within(mentions: Sequence[Mention], start: int, end: int) -> list[Mention]:
    """The mentions lying wholly inside ``start:end``, in order.

    ``mentions`` must be sorted by start (``find_mentions`` gives them so): a binary search
    finds the first, so asking once per claim of a 5 MB article stays linear, not quadratic.
    """
    found = []
    index = bisect_left(mentions, start, key=_start_of)
    while index < len(mentions) and mentions[index].start <= end:
        if mentions[index].end <= end:
            found.append(mentions[index])
        index += 1
    return found


def _start_of(mention: Mention) -> int:
    return mention.start
