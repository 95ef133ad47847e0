"""Whom a claim is attributed to, so copies of one statement count as one origin.

Many articles repeat one wire story or interview: four articles quoting one general's report
are one origin, not four. The origin is read from the claim's attribution, the one the engine
(``attribution``) gave it or a reviewer set by hand, never from a second set of rules: the
speaker when it is named, an unnamed source of this article when it is anonymous (it cannot
be told apart from another article's unnamed source, so it is never merged with one), the
outlet the words came through when nobody else is named, else the article itself.
``Origin.key`` is what independence is judged by: the name group of the speaker or outlet.

Spellings and bare surnames of one person are one origin because the key is the name group.
A body that many countries have ("General Staff", "Defence Ministry") is qualified by its
country, read from its own words ("Ukraine's General Staff", "the General Staff of Ukraine's
armed forces", "the Russian Defence Ministry"), its stored affiliation, the claim's words
around it, or else the article, when every place it qualifies the body names one country:
Ukraine's General Staff and Russia's are two origins. An outlet that only relays what it
cites ("according to TASS, citing the Defence Ministry") is the channel, not the origin.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from factdesk.lexicon.cyrillic import has_cyrillic
from factdesk.lexicon.english import NAME_SPEECH_VERBS, NATIONS, ORG_HEADS, OUTLET_HEADS
from factdesk.lexicon.institutions import body_key, body_kind, countries_in, country_of_word


@dataclass(frozen=True, slots=True)
class Origin:
    who: str | None
    """The person or body the claim is attributed to, as written."""
    via: str | None
    """The outlet or medium it reached the article through (TASS, an interview)."""
    key: str
    """Claims with the same key share one origin."""
    cue: str
    """Why: "speaker", "anonymous", "via" or "" (the article itself)."""

    def describe(self) -> str:
        if self.who and self.via:
            return f"{self.who} via {self.via}"
        return self.who or self.via or "the article itself"


KeyOf = Callable[[str], str]


@dataclass(frozen=True, slots=True)
class Attributed:
    """The attribution fields a claim stores (extracted or corrected by a reviewer)."""

    speaker: str | None
    sourcing: str
    affiliation: str | None = None
    via: str | None = None


def origin_of(
    claim: Attributed, key_of: KeyOf, *, article_id: int, text: str = "", body: str = ""
) -> Origin:
    """The origin of one claim from its attribution; ``text`` (the claim's sentence) and
    ``body`` (its article) tell which country's body it is and what an outlet cites."""
    cited = _cited(claim, text)
    if cited is not None:
        claim = cited
    if claim.sourcing == "anonymous":
        who = "an unnamed source"
        if claim.affiliation:
            who = f"{who} ({claim.affiliation})"
        return Origin(who, claim.via, f"anonymous:{article_id}", "anonymous")
    if claim.sourcing == "named" and claim.speaker:
        return Origin(claim.speaker, claim.via, _key(claim, key_of, text, body), "speaker")
    if claim.via:
        return Origin(None, claim.via, key_of(claim.via), "via")
    return Origin(None, None, f"article:{article_id}", "")


_WORD = re.compile(r"[A-Za-z][\w-]*")
_POSSESSIVE = re.compile(r"['’]s$")
_CITING = re.compile(
    r"\b(?:citing|quoting|citing sources in)\s+(?:the\s+|a\s+)?((?:[A-Z][\w-]*\s*)+)"
)


def nation_of(words: str) -> str | None:
    """The one country a few words name ("Ukraine's", "Russian", "of the French"), or None
    when they name none or several."""
    found = {NATIONS[w] for w in (_POSSESSIVE.sub("", t) for t in _WORD.findall(words))
             if w in NATIONS}  # fmt: skip
    return found.pop() if len(found) == 1 else None


def is_institution(spelling: str) -> bool:
    """A body many countries have: its name ends in (or holds) a word like Staff or Ministry."""
    return any(w.capitalize() in ORG_HEADS for w in _WORD.findall(spelling))


def is_outlet(spelling: str) -> bool:
    return any(w in OUTLET_HEADS for w in _WORD.findall(spelling))


def _bare(spelling: str) -> str:
    """The body's name without its country words ("Russian Defence Ministry" -> "Defence
    Ministry", "General Staff of Ukraine's armed forces" -> "General Staff")."""
    head = spelling
    for phrase in re.finditer(r"\s+of\s+(?:the\s+)?\S+", spelling):
        if nation_of(phrase.group()):  # "of Ukraine's armed forces"; "of Defence" stays
            head = spelling[: phrase.start()]
            break
    kept = [t for t in head.split() if _POSSESSIVE.sub("", t) not in NATIONS]
    return " ".join(kept) or spelling


_WINDOW = 200
"""Characters read back from a mention for its three words before: reading back to the start
of the text split the whole prefix at every mention, quadratic in a long article. The answer
is kept for a few (spelling, text) pairs: every claim of one speaker asks it of the same body,
which made an article's import quadratic too."""


@functools.lru_cache(maxsize=8)
def _around(spelling: str, text: str) -> str | None:
    """The country the words around a mention of ``spelling`` in ``text`` give it: up to
    three words before it ("Ukraine's", "the Russian") or an of-phrase after it."""
    nations = set()
    for found in re.finditer(re.escape(spelling), text, re.IGNORECASE):
        before = " ".join(text[max(0, found.start() - _WINDOW) : found.start()].split()[-3:])
        after = re.match(r"\s+of\s+(?:the\s+)?([\w'’-]+)", text[found.end() :])
        nation = nation_of(before) or (nation_of(after.group(1)) if after else None)
        nation = nation or _cyrillic_around(before, text[found.end() :])
        if nation:
            nations.add(nation)
    return _one(nations)


def _cyrillic_around(before: str, after: str) -> str | None:
    """The country Russian or Ukrainian words give a body: an adjective just before it
    («российское Минобороны») or a genitive just after it («Минобороны России», «Генштаб
    ЗСУ»)."""
    words = before.split()[-1:]
    following = re.match(r"\s+([\w'’-]+)", after)
    if following is not None:
        words.append(following.group(1))
    cyrillic = [w for w in words if has_cyrillic(w)]
    return _one({c for w in cyrillic if (c := country_of_word(w)) is not None})


def _one(nations: set[str]) -> str | None:
    """The one country of a set, or None for none or several."""
    return next(iter(nations)) if len(nations) == 1 else None


def _key(claim: Attributed, key_of: KeyOf, text: str, body: str) -> str:
    """The speaker's name group, with its country when it is a body many countries have;
    one of the bodies every country has (``lexicon.institutions``) by its kind and country,
    whatever language names it («Минобороны России», "the Russian Defence Ministry")."""
    speaker = claim.speaker or ""
    read = body_kind(speaker)
    if read is not None and not is_outlet(speaker):
        kind, nation = read
        nation = nation or _one(countries_in(claim.affiliation or ""))
        nation = nation or _around(speaker, text) or _around(speaker, body)
        if nation:
            return body_key(kind, nation)
    if not is_institution(speaker) or is_outlet(speaker):
        return key_of(speaker)
    bare = _bare(speaker)
    nation = (
        nation_of(speaker)
        or nation_of(claim.affiliation or "")
        or _around(bare, text)
        or _around(bare, body)
    )
    return f"{key_of(bare)}@{nation}" if nation else key_of(speaker)


_SAID = re.compile(
    r"(?:^|[,;]\s+|\bthat\s+)(?:The\s+|the\s+)?((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)\s+("
    + "|".join(sorted(NAME_SPEECH_VERBS))
    + r")\b"
)


def _cited(claim: Attributed, text: str) -> Attributed | None:
    """An outlet named as the speaker that passes on someone else's words: the one it cites
    or who "said" it speaks, and the outlet is the channel ("according to TASS, citing the
    Defence Ministry"; "Dorosh said 30 tanks were hit, according to TASS")."""
    if claim.sourcing != "named" or not claim.speaker or not is_outlet(claim.speaker):
        return None
    citing = _CITING.search(text)
    said = _SAID.search(text)
    if citing is not None:
        cited = citing.group(1).strip()
    elif said is not None and re.search(rf"according to (?:the )?{re.escape(claim.speaker)}",
                                        text, re.IGNORECASE):  # fmt: skip
        cited = said.group(1).strip()
    else:
        return None
    if cited == claim.speaker or is_outlet(cited):
        return None
    return Attributed(cited, "named", claim.affiliation, claim.via or claim.speaker)
