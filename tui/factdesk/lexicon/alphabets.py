"""The letters beyond ASCII that each common language of the single-byte code pages writes.

``ingest.decoding`` reads a file that is not UTF-8 in every common code page and keeps the
reading whose letters fit one language: Windows-1250 bytes read as Windows-1252 turn "Dvořák"
into "Dvoøák" (ø and á are in no one alphabet here), Turkish "ı" comes out as Icelandic "ý"
beside Turkish "ü". Lower case only (a reading's letters are folded first); ASCII letters are
in every alphabet and left out. The languages are those the candidate code pages are made for
(Western, Central European, Baltic, Turkish, Cyrillic, Greek). Estonian is left out on purpose: its
"õ" and "ö" would make Hungarian "ő" read as Windows-1252 "õ" look right.
"""

from __future__ import annotations

ALPHABETS: dict[str, frozenset[str]] = {
    language: frozenset(letters)
    for language, letters in {
        "fr": "àâæçéèêëîïôœùûüÿ",
        "de": "äöüß",
        "es": "áéíñóúü",
        "pt": "áâãàçéêíóôõú",
        "it": "àèéìíîòóùú",
        "ca": "àçèéíïòóúü",
        "nl": "éèëïóöü",
        "da": "æøåé",
        "no": "æøåéóòâô",
        "sv": "åäöé",
        "fi": "äöåšž",
        "is": "áðéíóúýþæö",
        "pl": "ąćęłńóśźż",
        "cs": "áčďéěíňóřšťúůýž",
        "sk": "áäčďéíĺľňóôŕšťúýž",
        "hu": "áéíóöőúüű",
        "ro": "ăâîșțşţ",
        "hr": "čćđšž",
        "sl": "čšž",
        "tr": "çğıöşüâîû",
        "lt": "ąčęėįšųūž",
        "lv": "āčēģīķļņšūž",
        "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
        "be": "абвгдеёжзійклмнопрстуўфхцчшыьэюя",
        "bg": "абвгдежзийклмнопрстуфхцчшщъьюя",
        "sr": "абвгдђежзијклљмнњопрстћуфхцчџш",
        "mk": "абвгдѓежзѕијклљмнњопрстќуфхцчџш",
        "el": "αβγδεζηθικλμνξοπρστυφχψωςάέήίόύώϊϋΐΰ",
    }.items()
}
"""Each language's lower-case letters outside ASCII (Cyrillic and Greek: all of them)."""

LATIN_ONLY_ASCII: frozenset[str] = frozenset(
    "af az bs br cy en eo et eu fil fo ga gd gl ha id ig jv ku la lb mg mi ms mt nb nn ny om"
    " rw sm sn so sq st su sw tk tl tn to uz vi wo xh yo zu".split()
)
"""Language subtags written in Latin letters that ``ALPHABETS`` does not list (most need no
letter beyond ASCII: Indonesian, Malay, Swahili, Tagalog; a few are left out of it for the code
pages' sake: Estonian). With ``ALPHABETS``' Latin ones, the languages a desk's ``[desk]
language`` may name whose text the extractor reads as English (``desk.language``)."""

CODE_PAGES: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("pl", "cs", "sk", "hu", "sl", "hr", "bs", "ro"), ("cp1250", "iso8859_2")),
    **dict.fromkeys(("ru", "uk", "be", "bg", "sr", "mk"), ("cp1251", "koi8_u")),
    "el": ("cp1253", "iso8859_7"),
    "tr": ("cp1254",),
    **dict.fromkeys(("lt", "lv", "et"), ("cp1257",)),
}
"""The single-byte code pages a language is written in beside UTF-8, where they are not
Windows-1252 (which every reading prefers anyway): a desk that declares its language
(``[desk] language``) reads a file that one letter cannot decide in these ("Gdańsk" for a
Polish desk, "Gdañsk" for another)."""

ONE_LETTER_WORDS = frozenset("àáèéòóő")
"""Latin letters beyond ASCII that stand alone as a word in running text: French, Italian,
Portuguese and Catalan "à", "é", "è", "ó"; Hungarian "ő". Any other accented Latin letter
alone between spaces is a sign of a wrong code page: a Mac Roman em dash read as
Windows-1252 is " Ñ ", a Windows-1252 en dash read as Mac Roman " ñ "."""
