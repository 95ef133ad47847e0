"""Which language a claim is written in, for what a published review says it is in.

The extractor tells English from Russian/Ukrainian by script, per article and per unit
(``extract.ru_uk.is_cyrillic``; the matcher and the mention finder by
``lexicon.cyrillic.mostly_cyrillic``), and never needs to tell Russian from Ukrainian: its
readers share their grammar. A ClaimReview does (``inLanguage``), and had none for a Russian
or Ukrainian claim unless ``[desk] language`` was set, and then the desk's one tag for every
claim ("en" on a Ukrainian review). The two alphabets tell them apart: the letters each has
and the other lacks (і ї є ґ Ukrainian, ё ъ ы э Russian; ``lexicon.alphabets``, their one
home), counted in the claim, else in its article (a short claim may hold none of them).
"""

from __future__ import annotations

import unicodedata
from typing import Final

from factdesk.lexicon.alphabets import ALPHABETS
from factdesk.lexicon.cyrillic import mostly_cyrillic

UKRAINIAN_ONLY: Final = "".join(sorted(ALPHABETS["uk"] - ALPHABETS["ru"]))
RUSSIAN_ONLY: Final = "".join(sorted(ALPHABETS["ru"] - ALPHABETS["uk"]))


def cyrillic_language(text: str) -> str | None:
    """``uk`` or ``ru`` by the letters only one of the two writes, None when they tie (none,
    or as many of each: a Russian sentence naming «Київ» still has its ы and э)."""
    folded = text.lower()
    ukrainian = sum(folded.count(letter) for letter in UKRAINIAN_ONLY)
    russian = sum(folded.count(letter) for letter in RUSSIAN_ONLY)
    if ukrainian == russian:
        return None
    return "uk" if ukrainian > russian else "ru"


def written_language(text: str, body: str | None = None) -> str | None:
    """``en``, ``ru`` or ``uk`` for a claim's ``text`` (its article's ``body`` deciding
    between the last two when the claim's letters do not); None when nothing tells.

    Latin script is read as English, as the extractor reads it; ``publishing_language``
    lets a desk that declares another Latin-script language keep it."""
    if not mostly_cyrillic(text):
        return "en"
    return cyrillic_language(text) or (cyrillic_language(body) if body else None)


def publishing_language(written: str | None, configured: str | None) -> str | None:
    """The tag a review of a claim in ``written`` is published in, given ``[desk] language``.

    The claim's own language wins over the desk's; the desk's tag is the fallback where the
    claim's is unknown, and is kept where it names the same language more precisely (en-GB,
    uk-UA), or a Latin-script language other than English (a pt-BR desk: the extractor reads
    Latin text as English, which is no word about the language it is in)."""
    if not configured or not written:
        return written or configured or None
    primary = configured.split("-")[0].casefold()
    if primary == written:
        return configured
    if written == "en" and _latin_script(primary):
        return configured
    return written


def _latin_script(primary: str) -> bool:
    """Whether a language subtag names a language written in Latin letters (ALPHABETS lists
    each one's letters beyond ASCII; a language it does not list is taken as Latin)."""
    letters = ALPHABETS.get(primary, frozenset())
    return all("LATIN" in unicodedata.name(letter, "") for letter in letters)
