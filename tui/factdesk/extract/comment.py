"""Which of the writer's own sentences set a scene or pass a judgement: no claims.

Since extractor 338 a sentence in the writer's own voice is a claim though it names nobody and
counts nothing ("The ticket office stayed shut all week.", «Жители жалуются на запах.»). The
same voice also paints and comments, and those lines are nothing a checker could check:

- a copula and an adjective and nothing more, with a bare pronoun or a noun of the scene for
  subject ("It was a cold, quiet evening.", «Вечер был тихим и холодным.», «Это, конечно,
  очень печально.»): the evaluative adverbs («конечно», «очень») only grade it;
- the scene: light, sky and the time of day doing what they do, with no object ("The sun set
  early over the grey water."), the weather with an empty "it" ("It rained all afternoon."),
  life going on («Жизнь в городе продолжается.», «Життя в місті триває.»);
- a gesture: a bare pronoun and verbs of bearing only ("He smiled and walked out.", "She shook
  her head.").

English is read from the parse; Russian and Ukrainian have none here, so there the sentence is
scene or comment only when every word of it falls in those closed classes
(``lexicon.scene``): one noun of anything that happened, one verb other than a copula or
"goes on", and it stays the writer's claim. Narrow on purpose: the labels count the writer's
judgements of people and events ("Passengers were far from pleased.", «Батьки школярів у
розпачі.») as claims.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factdesk.lexicon.cyrillic import ADJECTIVE_ENDINGS
from factdesk.lexicon.scene import (
    BODY_PARTS,
    CYRILLIC_COPULAS,
    CYRILLIC_EVALUATIVE,
    CYRILLIC_GOING_ON,
    CYRILLIC_PARTICLES,
    CYRILLIC_PREDICATIVE_ENDING,
    CYRILLIC_PREPOSITIONS,
    CYRILLIC_SCENE_NOUNS,
    GESTURE_VERBS,
    GOING_ON_VERBS,
    IMPERSONAL_SUBJECTS,
    LIFE_NOUNS,
    PERSONAL_SUBJECTS,
    POST_PARTICLES,
    SCENE_NOUNS,
    SCENE_TIME_NOUNS,
    WEATHER_VERBS,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
_GRADING = frozenset({"advmod", "neg", "punct", "cc", "conj", "npadvmod", "det", "amod"})
"""Dependents that only grade or join a predicate ("very", "not", "and", ",")."""
_CONTENT = frozenset(
    {"dobj", "attr", "acomp", "ccomp", "xcomp", "dative", "oprd", "agent", "advcl"}
)
"""Dependents that give a verb something it acts on, says or brings about ("It rained all
afternoon, flooding the main road.": the flood is a claim, review37): a scene verb has none."""


def scene_or_comment_en(sentence: Span) -> bool:
    """Whether an English sentence of the writer's (its parse) is scene or comment: the
    module's three shapes, read from the root of the sentence and its dependents."""
    root = sentence.root
    subject = next((c for c in root.children if c.dep_ in _SUBJECTS), None)
    if subject is None or any(t.like_num for t in sentence) or _joined_clause(root):
        return False
    return _copula_comment(root, subject) or _scene(root, subject) or _gesture(root, subject)


def _joined_clause(root: Token) -> bool:
    """A second clause joined to the first ("The sky was clear, and the drones came at
    dawn.", "It froze overnight and the pipes burst."): what it tells is a claim though the
    first paints (review37's probes). A gesture's verbs share its one subject ("He smiled and
    walked out."): a joined word with no subject of its own is no clause (whatever the
    tagger calls it: it read the pipes' "burst" as an adjective)."""
    return any(
        c.dep_ == "conj" and any(g.dep_ in _SUBJECTS for g in c.children) for c in root.children
    )


def _bare(subject: Token, pronouns: frozenset[str]) -> bool:
    """One of ``pronouns`` for subject, with nothing hung on it ("it", "this", "he")."""
    return subject.lower_ in pronouns and not list(subject.children)


def _scene_subject(subject: Token, nouns: frozenset[str] = SCENE_NOUNS) -> bool:
    """One of ``nouns`` as written and by its lemma, with only a determiner, adjectives or a
    place on it ("the grey sky", "life in the town"). As written too: "the lights" of a town
    are its electricity ("The lights went out across the city.": a blackout, review37); the
    lists spell the plurals that are scene ("clouds", "skies")."""
    return (
        subject.lower_ in nouns
        and subject.lemma_.lower() in nouns
        and all(c.dep_ in ("det", "amod", "compound", "prep") for c in subject.children)
    )


def _only_adjectives(noun: Token) -> bool:
    return all(c.dep_ in ("det", "amod", "punct", "cc", "conj", "advmod") for c in noun.children)


def _copula_comment(root: Token, subject: Token) -> bool:
    """ "It was a cold, quiet evening.", "That is sad.": a form of "be", a bare pronoun or a
    scene noun for subject, and for predicate adjectives only, or a time of day described."""
    scene = _scene_subject(subject, SCENE_NOUNS | SCENE_TIME_NOUNS)
    if root.lemma_ != "be" or not (_bare(subject, IMPERSONAL_SUBJECTS) or scene):
        return False
    predicate = [c for c in root.children if c.dep_ in ("acomp", "attr")]
    if not predicate or any(c.dep_ not in _GRADING | _SUBJECTS | {"acomp", "attr"}
                            for c in root.children):  # fmt: skip
        return False
    return all(
        (c.dep_ == "acomp" and c.pos_ == "ADJ" and _only_adjectives(c))
        or (c.dep_ == "attr" and c.lemma_.lower() in SCENE_TIME_NOUNS and _only_adjectives(c))
        for c in predicate
    )


def _scene(root: Token, subject: Token) -> bool:
    """ "The sun set early over the grey water.", "It rained all afternoon.": a scene noun (or
    an empty "it" of the weather) and a verb with no object, no clause, nothing it says."""
    if root.pos_ not in ("VERB", "AUX") or any(c.dep_ in _CONTENT for c in root.children):
        return False
    if subject.dep_ == "expl" or subject.lower_ == "it":
        return root.lemma_.lower() in WEATHER_VERBS
    if _scene_subject(subject, LIFE_NOUNS):
        return root.lemma_.lower() in GOING_ON_VERBS
    return _scene_subject(subject) and root.lemma_ != "be"


def _gesture(root: Token, subject: Token) -> bool:
    """ "He smiled and walked out.", "She shook her head.": a bare pronoun and verbs of bearing,
    each with no object but a part of the body and no clause."""
    if not _bare(subject, PERSONAL_SUBJECTS):
        return False
    verbs = [root] + [c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    for verb in verbs:
        if verb.lemma_.lower() not in GESTURE_VERBS:
            return False
        for child in verb.children:
            if child.dep_ == "dobj" and child.lemma_.lower() not in BODY_PARTS:
                return False
            if child.dep_ in ("ccomp", "xcomp", "dative", "prep", "advcl", "attr", "oprd", "prt"):
                return False  # ("prt": "He stood down.": a resignation, review37)
            if child.dep_ == "advmod" and (child.lower_ in POST_PARTICLES or list(child.children)):
                return False  # "He stepped down.", "He walked away from the deal." (review37)
    return True


_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_PARTICIPLE = ("ано", "яно", "ено", "ёно", "ато", "ито", "ыто", "уто", "ото", "ято")
"""Endings of a short passive participle («принято», «закрыто», «решено»): what happened,
never a predicative of judgement («печально») though both end in «-о»."""
_NOUN_LIKE = ("ние", "тие", "ння", "ття")
"""Endings of verbal nouns that look like adjectives («решение», «событие», «рішення»)."""
_NOUN_IN_O = ("ство", "цтво", "тво")
"""Endings of nouns that end as a predicative does («убийство», «вбивство»)."""
_PARTICIPLE_STEMS = ("нн", "ен", "ан", "ян", "т")
"""Stems of a full passive participle («закрытый», «пошкоджений», «сделанные»)."""


def scene_or_comment_cyrillic(text: str) -> bool:
    """Whether a Russian or Ukrainian sentence of the writer's is scene or comment: every word
    in the closed classes of ``lexicon.scene`` (a pronoun or scene noun, a copula or "goes
    on", evaluative adverbs, particles, a preposition and the phrase it opens), an adjective
    or a predicative adverb by its ending; and at least one word that judges or paints."""
    words = [w.lower() for w in _WORD.findall(text)]
    painted = False
    after_preposition = False
    for word in words:
        if word in CYRILLIC_PREPOSITIONS:
            after_preposition = True
            continue
        if _adjective(word) or _predicative(word):
            painted = True
            continue
        if after_preposition:  # the noun that ends the phrase («в городе», «над рекой»)
            after_preposition = False
            continue
        if word in CYRILLIC_SCENE_NOUNS or word in CYRILLIC_GOING_ON:
            painted = True
            continue
        if not (
            word in IMPERSONAL_SUBJECTS
            or word in CYRILLIC_COPULAS
            or word in CYRILLIC_EVALUATIVE
            or word in CYRILLIC_PARTICLES
        ):
            return False
    return painted


def _adjective(word: str) -> bool:
    if not word.endswith(ADJECTIVE_ENDINGS) or word.endswith(_NOUN_LIKE):
        return False
    ending = next(e for e in sorted(ADJECTIVE_ENDINGS, key=len, reverse=True)
                  if word.endswith(e))  # fmt: skip
    stem = word[: -len(ending)]
    return len(stem) >= 3 and not stem.endswith(_PARTICIPLE_STEMS)


def _predicative(word: str) -> bool:
    return (
        len(word) >= 4
        and word.endswith(CYRILLIC_PREDICATIVE_ENDING)
        and not word.endswith(("ло", *_PARTICIPLE, *_NOUN_IN_O))
        and word not in CYRILLIC_COPULAS
    )
