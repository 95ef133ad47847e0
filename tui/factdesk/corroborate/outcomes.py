"""How a claim says something turned out, and for whom: read from the dependency parse.

"Manchester City beat Manchester United" and "Manchester United lost to Manchester City" are
one account; "Manchester United beat Manchester City" is the opposite one, with the same words
and names. Word overlap and sentence vectors cannot tell these apart; who is the subject and
who the object of an outcome verb can. Each claim gets ``{party: good}``: whether the outcome
was good (True) or bad (False) for each party it names (a name group, or "" for an unnamed
thing: "the amendment was rejected"). Two claims that give one party opposite outcomes
conflict (``match``); a negation ("did not win", "failed to land", "no approval") turns an
outcome round. The vocabulary is in ``lexicon.english`` (``OUTCOME_VERBS`` and friends).

Only claims with an outcome word are read (``OUTCOME_CUES``). At indexing, a claim is read
from its article's parse (``from_article``); otherwise it is parsed through the cached parser,
without the entity recogniser (``parse.parse_syntax``: the tree is the same); the claims an
article's parse cannot serve are parsed in one batch.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from factdesk.lexicon.cyrillic import CONTESTS, COURT, VERDICTS, mostly_cyrillic
from factdesk.lexicon.english import (
    OUTCOME_CUES,
    OUTCOME_NEGATORS,
    OUTCOME_NOUNS,
    OUTCOME_PHRASES,
    OUTCOME_PREPOSITIONS,
    OUTCOME_RANKS,
    OUTCOME_SHIELDS,
    OUTCOME_VERBS,
)
from factdesk.names.mentions import Mention
from factdesk.text.fold import FoldedSearch

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

Outcomes = dict[str, bool]
"""party (name group, or "" for an unnamed thing) -> whether the outcome was good for it."""

_DOER = {"beat": True, "gain": True, "lose": False, "grant": None, "refuse": None}
_DONE_TO = {"beat": False, "gain": None, "lose": None, "grant": True, "refuse": False}
_SUBJECTS = ("nsubj", "csubj")
_LINKS = ("conj", "xcomp", "advcl", "acl", "relcl")
_NAME_PARTS = ("compound", "appos", "flat", "nmod", "amod")
_CUES = FoldedSearch(OUTCOME_CUES)
"""``OUTCOME_CUES`` searched on lowered text (``text.fold``): asked of every claim indexed."""


def claim_outcomes(text: str, mentions: Sequence[Mention], groups: Sequence[str]) -> Outcomes:
    """Whom the claim's outcome words are good or bad for (empty when it has none)."""
    if mostly_cyrillic(text):  # Russian or Ukrainian: the English parse cannot read it
        return _verdicts(text, mentions, groups)
    if not _CUES.found(text):
        return {}
    doc = claim_doc(text)
    reader = _Reader(mentions, groups)
    for token in doc:
        reader.read(token)
    return reader.result()


def claim_doc(text: str) -> Doc:
    """The tree of one English claim: from its article's parse while it is indexed
    (``from_article`` holds the claims with an outcome word), else parsed through the cached
    parser without the entity recogniser (``parse.parse_syntax``). Also read by the matcher's
    quoted-denial frame (``match._unquoted``)."""
    doc = getattr(_ARTICLE, "docs", {}).get(text)
    if doc is None:
        from factdesk.language.parse import parse_syntax

        doc = parse_syntax([text])[0]
    return doc


_NOT_BEFORE = re.compile(r"(?<![а-яёіїєґ])(?:не|ні)\s+$", re.I)


def _affirmed(match: re.Match) -> bool:
    """Whether a verdict word is not negated ("не признал виновным" tells no conviction)."""
    return not _NOT_BEFORE.search(match.string, max(0, match.start() - 4), match.start())


def _verdicts(text: str, mentions: Sequence[Mention], groups: Sequence[str]) -> Outcomes:
    """A Russian or Ukrainian claim's verdict (``lexicon.cyrillic.VERDICTS``) for each person
    it names: good when it tells only an acquittal, bad when only a conviction or a sentence;
    nothing when it tells both ("оправдал, отменив приговор") or names no person."""
    found = [
        good
        for good, words in VERDICTS.items()
        if any(map(_affirmed, words.finditer(text))) and (not good or COURT.search(text))
    ]
    if len(found) != 1:
        return _contest(text, mentions, groups)
    people = [g for m, g in zip(mentions, groups, strict=True) if m.kind in ("person", "name")]
    return dict.fromkeys(people, found[0])


CONTEST_REACH = 40
"""Characters after "обыграл" or "випередивши" within which the name it governs must begin
("обыграл киевское «Динамо»"); a name further on is another part of the sentence."""


def _contest(text: str, mentions: Sequence[Mention], groups: Sequence[str]) -> Outcomes:
    """A Russian or Ukrainian claim's contest (``lexicon.cyrillic.CONTESTS``): the first name
    of the clause before the first verb that tells a win won ("«Динамо» Київ перемогло"); the
    name right after "beat" or "ahead" lost. Nothing without a winner, or with the verb
    negated ("не обыграл")."""
    verbs = [
        (match, kind)
        for kind, pattern in CONTESTS.items()
        for match in pattern.finditer(text)
        if _affirmed(match)
    ]
    wins = [match.start() for match, kind in verbs if kind != "ahead"]
    if not wins:
        return {}
    first = min(wins)
    clause = max(text.rfind(mark, 0, first) for mark in ",;:—")
    named = [(m, g) for m, g in zip(mentions, groups, strict=True) if m.kind != "place"]
    before = [g for m, g in named if clause < m.start and m.end <= first]
    if not before:
        return {}
    found: Outcomes = {before[0]: True}
    for match, kind in verbs:
        after = [g for m, g in named if 0 <= m.start - match.end() <= CONTEST_REACH]
        if kind != "won" and after and after[0] not in found:
            found[after[0]] = False
    return found


_ARTICLE = threading.local()
"""``docs``: the parses ``from_article`` holds for the claims being indexed now, by text (per
thread: the app indexes a claim added by hand while a worker imports)."""


@contextmanager
def from_article(
    body: str, claims: Sequence[tuple[int, int, str]], docs: dict[str, Doc] | None = None
) -> Iterator[None]:
    """While indexing an article's ``(start, end, text)`` claims: each claim with an outcome
    word is read from the article's own parse (``parse.cached_spans``: extraction parsed the
    body just before), not parsed again on its own; the others (a paragraph no longer cached,
    a claim cut inside a word, a text that is not its span) are parsed in batches of
    ``PREPARSE``, without the entity recogniser. ``docs``: ``article_parses`` of these
    claims made already (the import makes them before its write transaction)."""
    _ARTICLE.docs = article_parses(body, claims) if docs is None else docs
    try:
        yield
    finally:
        _ARTICLE.docs = {}


def article_docs() -> dict[str, Doc]:
    """The parses ``from_article`` holds now (on this thread), the very dict: the import's
    claim facts worked out before its transaction are used only under these
    (``corroborate.index``)."""
    return getattr(_ARTICLE, "docs", {})


def article_parses(body: str, claims: Sequence[tuple[int, int, str]]) -> dict[str, Doc]:
    """Each claim text with an outcome word -> its parse, as ``from_article`` reads them."""
    from factdesk.language.parse import cached_spans, parse_syntax

    wanted = [(start, end, text) for start, end, text in claims if _CUES.found(text)]
    cut = cached_spans(body, [(start, end) for start, end, _ in wanted])
    docs: dict[str, Doc] = {
        text: doc
        for (start, end, text), doc in zip(wanted, cut, strict=True)
        if doc is not None and body[start:end] == text
    }
    rest = list(dict.fromkeys(text for _, _, text in wanted if text not in docs))
    for first in range(0, len(rest), PREPARSE):
        batch = rest[first : first + PREPARSE]
        docs.update(zip(batch, parse_syntax(batch), strict=True))
    return docs


PREPARSE = 512
"""Claims parsed in one batch when the article's parse cannot serve them (fewer than the
parse cache holds)."""


class _Reader:
    """Collects (party, good) from each outcome word of one parsed sentence."""

    def __init__(self, mentions: Sequence[Mention], groups: Sequence[str]) -> None:
        self.names = list(zip(mentions, groups, strict=True))
        self.found: dict[str, set[bool]] = {}

    def result(self) -> Outcomes:
        """Parties with one reading only: a sentence that says both is left out."""
        return {party: next(iter(v)) for party, v in self.found.items() if len(v) == 1}

    def add(self, token: Token | None, good: bool | None, negated: bool) -> None:
        if token is None or good is None:
            return
        party = self.party(token)
        if party is not None:
            self.found.setdefault(party, set()).add(good != (negated != _no(token)))

    def party(self, token: Token) -> str | None:
        """The name group a noun phrase's head stands for; "" for an unnamed thing; None
        for a pronoun (who it is, the sentence alone does not say)."""
        if token.pos_ == "PRON":
            return None
        for part in (token, *(c for c in token.children if c.dep_ in _NAME_PARTS)):
            for mention, group in self.names:
                if mention.start <= part.idx < mention.end:
                    return group
        return ""

    def is_place(self, token: Token | None) -> bool:
        return token is not None and any(
            m.kind == "place" and m.start <= token.idx < m.end for m, _ in self.names
        )

    def read(self, token: Token) -> None:
        """One token of the claim: a verb telling an outcome, an outcome noun, or a rank.
        The part of speech is asked before the verb's kind (``_verb_kind`` walks the token's
        children and its lemma's phrasal forms): most tokens are no verb, and asking the kind
        of every token was half of reading a claim's outcomes (issue 15)."""
        kind = _verb_kind(token) if token.pos_ in ("VERB", "AUX") else None
        if kind is not None:
            self.verb(token, kind)
        elif token.lemma_.lower() in OUTCOME_NOUNS and (
            token.pos_ in ("NOUN", "PROPN") or token.dep_ in ("dobj", "pobj")
        ):  # "gave X leave to appeal": the tagger sometimes reads the noun as a verb
            self.noun(token, OUTCOME_NOUNS[token.lemma_.lower()])
        elif token.lower_ in OUTCOME_RANKS:
            self.rank(token, OUTCOME_RANKS[token.lower_])

    def rank(self, word: Token, good: bool) -> None:
        """ "Ahead of Y" (Y did worse) or "behind Y" (Y did better), and the subject of the
        verb it hangs on the other way round; nothing unless Y is named ("ahead of the vote"
        is a time)."""
        if word.lower_ == "ahead":
            of = next((c for c in word.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            other = _child(of, ("pobj",)) if of is not None else None
        else:
            other = _child(word, ("pobj",))
        if other is None or not self.party(other):
            return
        self.add(other, good, False)
        subject = _subject(word.head) if word.head.pos_ in ("VERB", "AUX") else None
        if subject is not None and self.party(subject):
            self.add(subject, not good, False)

    def verb(self, verb: Token, kind: str) -> None:
        negated = _negated(verb)
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        patient = _child(verb, ("nsubjpass",) if passive else ("dative", "dobj"))
        if _prepositional(verb) is not None:
            patient = _prep_object(verb, _prepositional(verb) or "")
        if patient is not None and _is_figure(patient):
            return  # "won 35.8% of the vote", "lost 2,000 jobs": a count, not an outcome
        if kind == "lose" and self.is_place(patient):
            return  # "denied losing X": who holds a place is the stances' business
        if passive:
            agent = next((g for c in verb.children if c.dep_ == "agent"
                          for g in c.children if g.dep_ == "pobj"), None)  # fmt: skip
        else:
            agent = _subject(verb) or next(
                (c for c in verb.children if c.dep_ == "npadvmod" and c.i < verb.i), None
            )  # the parser's reading of "the probe crash-landed"
        if patient is None and not passive and kind == "grant":
            self.add(agent, True, negated)  # "the referendum passed"
        self.add(agent, _DOER[kind], negated)
        self.add(patient, _DONE_TO[kind], negated)
        if kind == "lose":  # "lost to Y", "lost the final 2-1 to Y"
            self.add(_prep_object(verb, "to", depth=3), True, negated)

    def noun(self, noun: Token, kind: str) -> None:
        head = noun.head
        if head.lemma_.lower() in OUTCOME_SHIELDS or _verb_kind(head) is not None:
            return  # "escaped a ban", "won approval": the verb says it
        if head.lower_ == "without":
            return  # "closed the case without a fine": nobody had the outcome
        good = kind == "gain"
        negated = _negated(head) if noun.dep_ in ("dobj", "nsubjpass") else False
        holder = _child(noun, ("poss",))
        if holder is None and noun.dep_ == "dobj":
            second = next((c for c in head.children if c.dep_ == "dobj" and c.i != noun.i), None)
            holder = _child(head, ("dative",)) or second or _subject(head)
        elif holder is None and noun.dep_ == "pobj" and head.head.pos_ in ("VERB", "AUX"):
            holder = _subject(head.head) or _child(head.head, ("nsubjpass",))
        self.add(holder, good, negated)
        sides = ("over", "by") if kind == "lose" else ("over",)  # "a defeat by Y": Y won
        other = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ in sides
                      for g in c.children if g.dep_ == "pobj"), None)  # fmt: skip
        self.add(other, not good, negated)


def _verb_kind(token: Token) -> str | None:
    """The outcome kind of a verb: its lemma, a phrasal form, or a hyphened one."""
    lemma = token.lemma_.lower()
    preposition = _prepositional(token)
    if preposition is not None:
        return OUTCOME_PREPOSITIONS[(lemma, preposition)]
    for child in token.children:  # the parser reads "knocked out of" with a preposition
        if child.dep_ in ("prt", "prep") and (lemma, child.lower_) in OUTCOME_PHRASES:
            return OUTCOME_PHRASES[(lemma, child.lower_)]
    if token.i >= 2 and token.nbor(-1).text == "-":
        hyphened = f"{token.nbor(-2).lower_}-{lemma}"  # "crash-landed"
        if hyphened in OUTCOME_VERBS:
            return OUTCOME_VERBS[hyphened]
    if lemma in OUTCOME_VERBS and not any(c.dep_ == "prt" for c in token.children):
        return OUTCOME_VERBS[lemma]
    return None


def _prepositional(verb: Token) -> str | None:
    """The preposition that makes the verb an outcome ("voted against"), if any."""
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if child.dep_ == "prep" and (lemma, child.lower_) in OUTCOME_PREPOSITIONS:
            return child.lower_
    return None


def _prep_object(verb: Token, preposition: str, depth: int = 1) -> Token | None:
    """The object of ``preposition`` hanging on the verb, or (``depth`` > 1) on the
    verb's own object or its words ("lost the final 2-1 to Y")."""
    for token in verb.subtree:
        if token.dep_ != "prep" or token.lower_ != preposition:
            continue
        head, steps = token.head, 1
        while head.i != verb.i and steps < depth and head.pos_ not in ("VERB", "AUX"):
            head, steps = head.head, steps + 1
        if head.i == verb.i:
            return _child(token, ("pobj", "pcomp"))
    return None


def _is_figure(token: Token) -> bool:
    """ "35.8%", "2,000 jobs"; not "City 2-1" (a name with a score after it)."""
    return (
        token.like_num
        or token.text == "%"
        or (token.pos_ == "NOUN" and any(c.dep_ == "nummod" and c.like_num for c in token.children))
    )


def _child(token: Token, deps: tuple[str, ...]) -> Token | None:
    return next((c for c in token.children if c.dep_ in deps), None)


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or that of the verb it hangs on ("failed to land and crashed",
    "won the cup, beating Y")."""
    for _ in range(4):
        found = _child(verb, _SUBJECTS)
        if found is not None or verb.dep_ not in _LINKS or verb.head.i == verb.i:
            return found
        verb = verb.head
    return None


def _negated(verb: Token) -> bool:
    """ "did not win", "failed to land", "declined to approve" (not across "and")."""
    flips = any(c.dep_ == "neg" for c in verb.children)
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in OUTCOME_NEGATORS:
        flips = not flips
    return flips


def _no(token: Token) -> bool:
    """A noun phrase put in the negative: "no approval", "no net energy gain"."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in token.children)


def _one_party(a: str, b: str) -> bool:
    """Name groups of one party: equal, or one the other's last words ("City" and
    "Manchester City"; never "Leicester City" and "Manchester City"). Figures the name
    finder took in ("Manchester City 2 1") are left out."""
    a = " ".join(w for w in a.split() if not w.isdigit())
    b = " ".join(w for w in b.split() if not w.isdigit())
    if a == b:
        return True
    if not a or not b:
        return False
    return a.endswith(" " + b) or b.endswith(" " + a)


def _pairs(a: Outcomes, b: Outcomes) -> list[tuple[bool, bool]]:
    return [(ga, gb) for pa, ga in a.items() for pb, gb in b.items() if _one_party(pa, pb)]


def clash(a: Outcomes, b: Outcomes) -> bool:
    """Whether the two claims give one party opposite outcomes ("" for an unnamed thing)."""
    return any(ga != gb for ga, gb in _pairs(a, b))


def agree(a: Outcomes, b: Outcomes) -> bool:
    """Both tell how things turned out for one party at least, and never differently."""
    found = _pairs(a, b)
    return bool(found) and all(ga == gb for ga, gb in found)
