"""Bytes from disk -> article text the desk can store, show and copy.

Articles arrive from many desks: UTF-8 (with or without a BOM) mostly, but also single-byte
files: Windows-1252 and Latin-1 (Western), Windows-1250 and ISO-8859-2 (Central European),
Windows-1251 and KOI8 (Russian, Ukrainian), Greek, Turkish, Mac Roman, and UTF-16. The order
is: BOMs, UTF-16 without a BOM (told by where its NULs are), the binary test, strict UTF-8,
"almost UTF-8" (a few broken bytes in an otherwise UTF-8 file), then every common code page's
reading judged by how much it looks like text (``_single_byte``: reliable even on one short
line with one "£", where statistical detectors guess wrong), charset-normalizer only when no
such reading is clean. Whatever comes out has ``\\n`` line ends and no NUL or lone surrogate
(both break SQLite and the clipboard), so offsets into the stored text are the offsets a
reviewer sees.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from collections.abc import Mapping
from typing import AnyStr

from factdesk.lexicon.alphabets import ALPHABETS, CODE_PAGES, ONE_LETTER_WORDS
from factdesk.text.sanitize import clean_text

SAMPLE = 64 * 1024
"""Bytes inspected by the binary test: enough for any header, cheap for a 5 MB file."""

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_MAGIC = (
    b"%PDF",
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",
    b"PK\x03\x04",
    b"\x7fELF",
    b"SQLite format 3",
    b"\x1f\x8b",
    b"MZ",
    b"\xd0\xcf\x11\xe0",
    b"Rar!",
    b"7z\xbc\xaf",
)
"""File signatures of formats people drop into an import folder by mistake."""

_PREFERRED = ("utf_8", "cp1252", "cp1251", "koi8_r", "latin_1", "iso8859_15", "cp1250")
"""Tie-break between candidates charset-normalizer rates equally (short texts often tie)."""

_CONTROL = bytes(b for b in range(1, 32) if b not in b"\t\n\r\f\v\x1b")
_COMMON_CYRILLIC = frozenset("оаеиінтсрвл")
"""The commonest letters of Russian and Ukrainian running text (і for Ukrainian's и)."""
_COMMON_SHARE = 0.4
_JUDGED_LETTERS = 40
"""``_reads_as_cyrillic``: the share below which a text of this many letters is not Cyrillic
(and the letters under which neither it nor ``_reads_as_greek`` judges a text)."""

_ALMOST_UTF8 = 0.01
"""At most this share of undecodable bytes still counts as a damaged UTF-8 file."""


class DecodeError(ValueError):
    """The bytes are not text the desk can use; the message is the reason, for one line."""


def decode_bytes(data: bytes, language: str | None = None) -> str:
    """Decode an article file; raise ``DecodeError`` for binary or undecodable input.

    ``language``: the desk's declared language (a BCP 47 tag, ``[desk] language``): when
    two code pages read a file equally well, the one that language is written in wins.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return clean_text(data[len(bom) :].decode(encoding))
            except UnicodeDecodeError:
                raise DecodeError(
                    f"undecodable bytes: not valid {encoding} after its BOM"
                ) from None
    binary = looks_binary(data)
    text = None if binary else _strict_utf8(data)
    if text is not None:  # first: a stray NUL in a short UTF-8 file is no UTF-16 (below)
        return clean_text(text)
    text = _utf16_without_bom(data)
    if text is not None:
        return clean_text(text)
    if binary:
        raise DecodeError("binary file, not text")
    text = _almost_utf8(data) or _single_byte(data, _preferred(data, language))
    if text is None:
        raise DecodeError("undecodable bytes: not UTF-8 and no other text encoding fits")
    return clean_text(text)


def looks_binary(data: bytes) -> bool:
    """A known file signature, many NULs, or many control bytes in the first 64 KB.

    A single stray NUL is tolerated (it becomes U+FFFD): it happens in real exports.
    UTF-16 without a BOM would look binary here: ``_utf16_without_bom`` reads it first.
    """
    sample = data[:SAMPLE]
    if not sample:
        return False
    if any(sample.startswith(magic) for magic in _MAGIC):
        return True
    if sample.count(0) > max(1, len(sample) // 1000):
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL))
    return controls > len(sample) * 0.05


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 with no byte-order mark, told by where its NUL bytes are.

    Every character of a Western or Cyrillic text below U+0100 (spaces, digits, ASCII
    letters, punctuation) has a NUL as its high byte, so a UTF-16 file has many NULs, all on
    the odd positions (little-endian) or all on the even ones (big-endian); the binary test
    refused such files. A binary file has NULs on both, or a known signature. The reading
    must then be clean text: no control but white space, nothing unassigned, private or a
    lone surrogate.

    Only a file the binary test refuses, or one that is not UTF-8, comes here
    (``decode_bytes`` reads strict UTF-8 first): a UTF-8 file with the one stray NUL that test
    tolerates is UTF-8. In a short file one NUL already made a twentieth of the bytes, so
    "!0<NUL>A!0", UTF-8 with a stray NUL, came in as UTF-16 "ℰAℰ" (``bench fuzz``, session
    46). A real UTF-16 text is NULs or control bytes every other byte (the high bytes of
    Latin, Cyrillic, Greek, Hebrew, Arabic letters are 0x00-0x06), so the binary test refuses
    it, or it is not UTF-8 at all (CJK).
    """
    sample = data[:SAMPLE]
    if len(data) % 2 or any(sample.startswith(magic) for magic in _MAGIC):
        return None
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    if max(odd, even) * 20 < len(sample) or min(odd, even) > max(odd, even) // 50:
        return None
    try:
        text = data.decode("utf-16-le" if odd > even else "utf-16-be")
    except UnicodeDecodeError:
        return None
    if any(_not_text(ch) for ch in set(text)):
        return None
    return text


def _strict_utf8(data: bytes) -> str | None:
    """The bytes read as strict UTF-8, or None."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _not_text(ch: str) -> bool:
    """A control (other than white space), unassigned, private-use or surrogate code point."""
    return unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs") and ch not in "\t\n\r\f\v"


def _almost_utf8(data: bytes) -> str | None:
    """UTF-8 with a handful of broken bytes (a truncated paste): keep it UTF-8, mark the damage.

    Only when the file clearly is UTF-8 otherwise: it has valid multi-byte sequences and the
    broken ones are under 1% of the bytes. A whole file in a single-byte encoding fails this.
    """
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    multibyte = len(text) - len(text.encode("ascii", "ignore")) - broken  # (C speed on 5 MB)
    if multibyte > broken * 4 and broken <= len(data) * _ALMOST_UTF8:
        return text
    return None


def _reads_as_cyrillic(letters: Mapping[str, int]) -> bool:
    """Whether a longer text's lower-case Cyrillic letters (with their counts) are Russian or
    Ukrainian, not another script's bytes.

    Greek (ISO-8859-7, Windows-1253) keeps its lower case in 0xE0-0xFF as Windows-1251 does:
    an article came in as "П хрпхсгьт дЮлщуе". In running Russian or Ukrainian text the ten
    commonest letters are some 60-75% of the letters; Greek read as Cyrillic has a quarter.
    A short text is not judged (the other tests of ``_implausibility`` decide it)."""
    counts = {ch: n for ch, n in letters.items() if "\u0430" <= ch <= "\u045f"}
    total = sum(counts.values())
    if total < _JUDGED_LETTERS:
        return True
    common = sum(n for ch, n in counts.items() if ch in _COMMON_CYRILLIC)
    return common >= total * _COMMON_SHARE


def _preferred(data: bytes, language: str | None) -> tuple[str, ...]:
    """Code pages that win a tie: the one the file's own markup declares (an HTML
    ``<meta charset>``, an XML ``encoding=``), then those of the desk's language."""
    declared = _DECLARED.search(data[:_DECLARATION_WITHIN])
    pages: list[str] = []
    if declared:
        label = (declared.group(1) or declared.group(2)).decode("ascii").lower()
        try:
            name = codecs.lookup(label).name
        except LookupError:
            name = ""
        name = _WHATWG.get(name, name)  # as browsers read the label
        if _TEXT_CODEC.fullmatch(name):
            pages.append(_SPELLED.get(name, name))
    if language:
        pages.extend(CODE_PAGES.get(language.split("-")[0].lower(), ()))
    return tuple(pages)


_DECLARED = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)"""
    rb"""|<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)
_DECLARATION_WITHIN = 2048
"""Bytes in which a page's charset declaration counts (HTML asks for it in the first 1024)."""
_WHATWG = {"iso8859-1": "cp1252", "ascii": "cp1252", "iso8859-9": "cp1254"}
"""Labels browsers read as another code page: "ISO-8859-1" pages are Windows-1252 pages."""
_TEXT_CODEC = re.compile(
    r"cp\d+|iso8859-\d+|koi8-\w+|mac-\w+|shift_jis\w*|euc_\w+|gb\w+|big5\w*|tis-620|johab"
)
"""Python codecs a page may name: legacy text encodings, never UTF-8 (it failed), UTF-16 (read
first) nor a codec that rewrites text ("unicode_escape" would turn "C:\\new" into a line end)."""


def _single_byte(data: bytes, prefer: tuple[str, ...] = ()) -> str | None:
    """The reading of ``data`` that looks most like text, in one of the common code pages.

    A statistical detector needs many non-ASCII bytes to tell code pages apart, and a real
    Windows-1252 article often has two or three: one with only "£" came in as Windows-1250
    "Ł", one with only curly quotes had "‘" as "æ". So every candidate code page reads the
    file and the reading with the least ``_implausibility`` wins (a tie goes to ``prefer``,
    then to the commoner code page, ``_SINGLE_BYTE``'s order). Only when even the best
    reading has something odd is charset-normalizer asked too (it knows Hebrew, CJK
    multi-byte encodings and more), its reading judged the same way; it also decides when no
    reading is text at all.
    """
    high = bytes(sorted(set(data.translate(None, _ASCII))))
    tokens = _words(data)
    best: tuple[float, str] | None = None
    for encoding in dict.fromkeys((*prefer, *_SINGLE_BYTE)):
        words = _reading(data, encoding, tokens, high)
        if words is None:
            continue
        score = _implausibility(words)
        if best is None or score < best[0]:
            best = (score, encoding)
        if score == 0:
            break
    if best is not None and best[0] == 0:
        return data.decode(best[1])
    detected = _detect(data)
    if detected is not None and (best is None or _implausibility(_words(detected)) < best[0]):
        return detected
    high_bytes = len(data) - len(data.translate(None, _HIGH))
    if best is None or (best[0] > high_bytes and high_bytes * 2 > len(data)):
        return None  # mostly non-ASCII, and over a point of oddness a byte: no reading is text
    return data.decode(best[1])


def _reading(
    data: bytes, encoding: str, tokens: Mapping[bytes, int], high: bytes
) -> Counter[str] | None:
    """The words with a non-ASCII character of ``data`` read in ``encoding``, or None when it
    cannot be read so. A code page of ``_SINGLE_BYTE`` decodes the distinct words alone (each
    byte is one character); a declared encoding of another kind decodes the whole file."""
    try:
        if encoding in _SINGLE_BYTE:
            high.decode(encoding)  # a byte this code page leaves undefined fails here
            return Counter({token.decode(encoding): n for token, n in tokens.items()})
        return _words(data.decode(encoding))
    except (UnicodeDecodeError, LookupError):
        return None


_SINGLE_BYTE = (
    "cp1252", "iso8859_15", "cp1250", "iso8859_2", "cp1251", "koi8_u", "cp1254", "cp1253",
    "iso8859_7", "mac_roman", "cp1257", "latin_1",
)  # fmt: skip
"""Candidate code pages, commonest first (the order settles a tie): Western, Central European,
Cyrillic (KOI8-U reads KOI8-R text the same), Turkish, Greek, Mac Roman, Baltic; Latin-1 last, as
Windows-1252 reads every Latin-1 text but the C1 controls no article has."""
_SPELLED = {codecs.lookup(name).name: name for name in _SINGLE_BYTE}
"""A declared code page as ``_SINGLE_BYTE`` spells it ("iso8859-2" is "iso8859_2")."""
_ASCII = bytes(range(0x80))
_HIGH = bytes(range(0x80, 0x100))
_TOKENS_JUDGED = 4000
"""Distinct words with a non-ASCII byte (white-space separated, so their punctuation too)
judged per reading, the commonest: a 5 MB file costs no more."""

_MARKS = frozenset("‘’‚‛“”„‟«»‹›–—―…•†‡‰′″§¶©®™¡¿")
"""Punctuation and signs of running text: odd only between two letters ("K³os", "a“b")."""
_INSIDE_WORDS = frozenset("’´·\u00a0\u00ad")
"""Apostrophe (and the acute accent typed for one, "don´t"), Catalan middle dot, no-break
space, soft hyphen: at home inside a word."""
_BY_NUMBERS = frozenset("£€¥¢±×÷№")
"""Currency and arithmetic: next to a number or a space, never against a letter ("£ódź" is
Windows-1250 "Łódź", "będ±" ISO-8859-2 "będą")."""
_ORDINALS = frozenset("ºª")
"""Spanish and Portuguese ordinal signs ("1º", "nº"): letters to Unicode, judged as signs."""
_RARE_SIGNS = frozenset("°¹²³¼½¾¿¡") | _ORDINALS
"""Signs of numbers and Spanish questions: text has them, but far more rarely than letters,
so each costs ``_RARE`` (a reading that makes them letters of one language wins:
Windows-1250 "powiedział, że" is Windows-1252 "powiedzia³, ¿e"), more out of place."""
_RARE = 0.5
_NOT_TEXT = 20.0
"""C0/C1 controls, unassigned and private-use code points: no article has one."""
_ODD_SIGN = 2.0
"""Any other symbol (¤ ¦ ¨ ´ ¸ ¬, box drawing, maths): rare in articles, common in misreads."""
_MISPLACED = 3.0
"""A known mark in a place text does not put it."""
_BAD_WORD = 2.0
"""Per non-ASCII letter of a word with mixed scripts or a case pattern no word has."""


def _words(text: AnyStr) -> Counter[AnyStr]:
    """``text``'s words with a non-ASCII character, at most ``_TOKENS_JUDGED`` of them (the
    file's bytes before a code page reads them, or a reading's text)."""
    words = Counter(word for word in text.split() if not word.isascii())
    return Counter(dict(words.most_common(_TOKENS_JUDGED)))


def _letter_runs(word: str) -> list[str]:
    """The runs of letters in ``word`` (not "½" nor "²", which ``\\w`` counts, nor the
    ordinal signs, judged as signs)."""
    return "".join(ch if ch.isalpha() and ch not in _ORDINALS else " " for ch in word).split()


_NO_RUSSIAN_WORD = re.compile(r"^[ьъы]|[аеёиоуыэюяіїє][ьъ]|[ьъ][ьъы]")
"""What Russian and Ukrainian spelling never writes: a word opening with ь, ъ or ы, a soft
or hard sign after a vowel or before ы. Greek read as Windows-1251 does ("όχι" is "ьчй")."""


def _implausibility(words: Mapping[str, int]) -> float:
    """How unlike text a reading's non-ASCII characters are: 0 when all look right.

    Judged per word, weighted by its count: controls and unassigned code points; signs
    outside running text; marks, currency and number signs where text never puts them;
    letters of two scripts in one word ("Renйe") or in a case pattern no word has ("cafŽ",
    "вЕЧЕРНЯЯ": Windows-1251 read as KOI8 swaps the case); a Latin word with no ASCII letter,
    a Cyrillic one Russian spelling never writes; a lone accented Latin letter that
    is no word (" Ñ "), a lone letter of a script no longer word of the text is in (a Mac
    Roman em dash read as Windows-1251 " С " in English text). Then the letters as a whole:
    per script, those outside the one language alphabet (``lexicon.alphabets``) that holds
    most of them ("Dvoøák": ø and á are in no one alphabet); and a long text's Cyrillic or
    Greek letters must look like running text: not mostly capitals (``_shouting``), with
    the letter frequencies of Russian or Ukrainian (``_reads_as_cyrillic``: Greek read as
    Windows-1251 gives Cyrillic letters too) or Greek's stress marks (``_reads_as_greek``).
    """
    score = 0.0
    letters: Counter[str] = Counter()
    alone: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    worded: set[str] = {"latin"}
    for word, count in words.items():
        score += count * (_odd_signs(word) + _odd_letters(word))
        for run in _letter_runs(word):
            if len(run) == 1:
                alone[_script(run)] += count
            else:
                worded |= {_script(ch) for ch in run}
        for ch in word:
            if ord(ch) > 0x7F and ch.isalpha():
                lower = ch.lower()[0]  # Turkish "İ" lowers to "i" and a combining dot
                if ord(lower) > 0x7F:
                    letters[lower] += count
                upper[_script(ch)] += count if ch.isupper() else -count
    stray = sum(n for script, n in alone.items() if script not in worded)
    shouting = sum(_shouting(script, n) for script, n in upper.items())
    return score + _BAD_WORD * stray + shouting + _foreign_letters(letters)


def _shouting(script: str, upper_minus_lower: int) -> float:
    """Cyrillic or Greek letters mostly in capitals: running text is mostly lower case, and
    the wrong one of Windows-1251 and KOI8 swaps the cases ("сказал" read as "УЛБЪБМ");
    Hebrew read as KOI8 falls on its capitals. Each capital over the lower-case letters counts
    (a lone Cyrillic acronym in a Latin text is the price). Latin is judged per word."""
    if script in ("latin", "other") or upper_minus_lower <= 0:
        return 0.0
    return float(upper_minus_lower)


def _odd_signs(word: str) -> float:
    """Signs in places running text does not put them; controls and unassigned points."""
    score = 0.0
    for i, ch in enumerate(word):
        if ord(ch) < 0x80 or ch in _INSIDE_WORDS or (ch.isalpha() and ch not in _ORDINALS):
            continue
        before = word[i - 1] if i else " "
        after = word[i + 1] if i + 1 < len(word) else " "
        if ch in _MARKS:
            score += _MISPLACED if before.isalpha() and after.isalpha() else 0
        elif ch in _BY_NUMBERS:
            score += _MISPLACED if before.isalpha() or after.isalpha() else 0
        elif ch in _RARE_SIGNS:
            score += _RARE + (_MISPLACED if _misplaced_sign(ch, before, after) else 0)
        elif unicodedata.category(ch)[0] == "C" or ch == "\ufffd":
            score += _NOT_TEXT
        else:
            score += _ODD_SIGN
    return score


def _misplaced_sign(ch: str, before: str, after: str) -> bool:
    """``_RARE_SIGNS`` out of their places: a superscript after anything but a number or a
    metre ("m²"), a fraction against a letter, a degree sign after a letter or before one
    that is no scale, an ordinal sign before a letter, a Spanish opening mark after one."""
    if ch in "¹²³":
        return not (before.isdigit() or before in "mM") or after.isalpha()
    if ch in "¼½¾":
        return before.isalpha() or after.isalpha()
    if ch == "°":
        return before.isalpha() or (after.isalpha() and after not in "CFK")
    if ch in _ORDINALS:
        return after.isalpha()
    return before.isalpha()  # ¿ ¡


def _odd_letters(word: str) -> float:
    """Letter runs of two scripts or no word's case pattern, lone letters that are no word."""
    score = 0.0
    for run in _letter_runs(word):
        high = sum(1 for ch in run if ord(ch) > 0x7F)
        if not high:
            continue
        script = _script(run[0])
        if len({_script(ch) for ch in run}) > 1 or not _cased_like_a_word(run):
            score += _BAD_WORD * high
        elif script == "latin" and high == len(run) > 1:
            score += _BAD_WORD * high  # "íĺň": Latin words have ASCII letters ("żółć" aside)
        elif script == "cyrillic" and _NO_RUSSIAN_WORD.search(run.lower()):
            score += _BAD_WORD * high
        elif len(run) == 1 and script == "latin" and run.lower() not in ONE_LETTER_WORDS:
            score += _BAD_WORD
    return score


def _script(ch: str) -> str:
    """Latin, Greek, Cyrillic or another script (one bucket: judged by charset-normalizer)."""
    point = ord(ch)
    if point < 0x250 or 0x1E00 <= point < 0x1F00:
        return "latin"
    if 0x370 <= point < 0x400:
        return "greek"
    if 0x400 <= point < 0x530:
        return "cyrillic"
    return "other"


def _cased_like_a_word(run: str) -> bool:
    """Lower, upper or title case (or a script without case)."""
    if not any(ch.isupper() or ch.islower() for ch in run):
        return True
    return run.islower() or run.isupper() or (run[0].isupper() and run[1:].islower())


def _foreign_letters(letters: Mapping[str, int]) -> float:
    """Per script: the letters outside the alphabet that holds most of them, and a long text
    whose Cyrillic or Greek letters do not read as those languages (all of them counted)."""
    by_script: dict[str, Counter[str]] = {}
    for letter, count in letters.items():
        by_script.setdefault(_script(letter), Counter())[letter] = count
    score = 0.0
    for script, counts in by_script.items():
        alphabets = [a for a in ALPHABETS.values() if _script(next(iter(a))) == script]
        if not alphabets:
            continue
        score += min(sum(n for ch, n in counts.items() if ch not in a) for a in alphabets)
        if script == "cyrillic" and not _reads_as_cyrillic(counts):
            score += counts.total()
        if script == "greek" and not _reads_as_greek(counts):
            score += counts.total()
    return score


_TONOS = frozenset("άέήίόύώ")
_TONOS_SHARE = 0.04
"""``_reads_as_greek``: the share of stressed vowels under which a text is not Greek."""


def _reads_as_greek(letters: Mapping[str, int]) -> bool:
    """Whether a longer text's Greek letters are Greek writing: monotonic Greek marks the
    stress of nearly every word of two syllables or more, some 8-15% of its letters. Hebrew
    read as Windows-1253 gives Greek letters with no accent at all. A short text is not
    judged."""
    total = sum(letters.values())
    if total < _JUDGED_LETTERS:
        return True
    return sum(n for ch, n in letters.items() if ch in _TONOS) >= total * _TONOS_SHARE


def _detect(data: bytes) -> str | None:
    import charset_normalizer  # only for files that are not UTF-8: keeps start-up cheap

    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        return None
    best = matches[0]
    tied = [m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    tied.sort(key=lambda m: _PREFERRED.index(m.encoding) if m.encoding in _PREFERRED else 99)
    return str(tied[0])


SHORTEST_ARTICLE = 20
"""Characters (white space aside) under which a text with no word is no article."""

_SPACED_WORD = re.compile(r"[^\W\d_\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff]{3}")
"""Three letters in a row of a script that spaces its words (no CJK ideograph, kana or
Hangul syllable): a word, however short the text."""

_CJK_PUNCTUATION = re.compile("[\u3001\u3002\uff01\uff0c\uff1a\uff1b\uff1f]")
"""、。！，：；？: a CJK sentence's marks, which no ASCII read as UTF-16 can give (each has a
control or a 0xFF byte), so a short text with one is real CJK writing, kept."""


def no_article(text: str) -> str | None:
    """Why ``text`` cannot hold an article, or None: under ``SHORTEST_ARTICLE`` characters
    and no word of three letters. A 10-byte file with a UTF-16 byte-order mark decoded as
    four CJK characters and was imported, with 0 claims. Any short text with a word ("Fire
    at the port.") is kept, and so is a short CJK text with a sentence mark."""
    visible = "".join(text.split())
    if len(visible) >= SHORTEST_ARTICLE or _SPACED_WORD.search(text):
        return None
    if _CJK_PUNCTUATION.search(text):
        return None
    return f"too short to hold an article ({len(visible)} characters, no word of 3 letters)"
