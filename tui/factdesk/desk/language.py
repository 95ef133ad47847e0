"""Which language a claim is written in, for what a published review says it is in.

The extractor tells English from Russian/Ukrainian by script, per article and per unit
(``extract.ru_uk.is_cyrillic``; the matcher and the mention finder by
``lexicon.cyrillic.mostly_cyrillic``), and never needs to tell Russian from Ukrainian: its
readers share their grammar. A ClaimReview does (``inLanguage``), and had none for a Russian
or Ukrainian claim unless ``[desk] language`` was set, and then the desk's one tag for every
claim ("en" on a Ukrainian review). The two alphabets tell them apart: the letters each has
and the other lacks (і ї є ґ Ukrainian, ё ъ ы э Russian; ``lexicon.alphabets``, their one
home), counted in the article, which one person wrote in one language: a claim's own letters
decide only when they outweigh the article's by ``CLAIM_MARGIN`` or more (a Russian sentence
quoting «Київ» has one і and may have no ы or э to set against it), or when the article
tells nothing.
"""

from __future__ import annotations

import unicodedata
from typing import Final

from factdesk.lexicon.alphabets import ALPHABETS, LATIN_ONLY_ASCII
from factdesk.lexicon.cyrillic import mostly_cyrillic

UKRAINIAN_ONLY: Final = "".join(sorted(ALPHABETS["uk"] - ALPHABETS["ru"]))
RUSSIAN_ONLY: Final = "".join(sorted(ALPHABETS["ru"] - ALPHABETS["uk"]))
CLAIM_MARGIN: Final = 2
"""How many more letters of one alphabet than of the other a claim needs to overrule its
article: one is a quoted place or name («Київ», «Львів»), not the language it is written in."""


def cyrillic_language(text: str, margin: int = 1) -> str | None:
    """``uk`` or ``ru`` by the letters only one of the two writes, when one has at least
    ``margin`` more than the other; None otherwise (none, or as many of each: a Russian
    sentence naming «Київ» still has its ы and э)."""
    folded = text.lower()
    ukrainian = sum(folded.count(letter) for letter in UKRAINIAN_ONLY)
    russian = sum(folded.count(letter) for letter in RUSSIAN_ONLY)
    if abs(ukrainian - russian) < margin:
        return None
    return "uk" if ukrainian > russian else "ru"


def written_language(text: str, body: str | None = None) -> str | None:
    """``en``, ``ru`` or ``uk`` for a claim's ``text`` in an article of ``body``; None when
    nothing tells.

    Between Russian and Ukrainian the article decides unless the claim's own letters
    outweigh it by ``CLAIM_MARGIN``; the claim's letters by any margin where the article
    tells nothing (or is not given). Latin script is read as English, as the extractor reads
    it; ``publishing_language`` lets a desk that declares another Latin-script language keep
    it."""
    if not mostly_cyrillic(text):
        return "en"
    return (
        cyrillic_language(text, CLAIM_MARGIN)
        or (cyrillic_language(body) if body else None)
        or cyrillic_language(text)
    )


def review_language(text: str, body: str | None, configured: str | None) -> str | None:
    """The tag a review of a claim of ``text`` in an article of ``body`` is published in on
    a desk whose ``[desk] language`` is ``configured``: the one reading the export, ``publish``
    and the app's dialog share, so the three cannot drift apart."""
    return publishing_language(written_language(text, body), configured)


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
    """Whether a language subtag names a language written in Latin letters: ALPHABETS lists
    each one's letters beyond ASCII, ``LATIN_ONLY_ASCII`` those it leaves out (id, ms, sw,
    tl: an Indonesian claim looks English to the extractor, and is published in the desk's
    tag). A language neither lists is not known to be Latin (zh, ar, ja): an English claim
    on such a desk keeps ``en`` rather than take a tag that names another script."""
    if primary in LATIN_ONLY_ASCII:
        return True
    letters = ALPHABETS.get(primary)
    if letters is None:
        return False
    return all("LATIN" in unicodedata.name(letter, "") for letter in letters)
