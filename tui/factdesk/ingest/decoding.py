"""Bytes from disk -> article text the desk can store, show and copy.

Articles arrive from many desks: UTF-8 (with or without a BOM) mostly, but also Windows-1251,
KOI8-R (Russian) and KOI8-U (Ukrainian) texts and Western single-byte files. The order is:
BOMs, strict UTF-8, "almost UTF-8" (a few broken bytes in an otherwise UTF-8 file), a Cyrillic
case-range test that is reliable even on one short line (where statistical detectors guess
wrong), then charset-normalizer. Whatever comes out has ``\\n`` line ends and no NUL or lone
surrogate (both break SQLite and the clipboard), so offsets into the stored text are the offsets
a reviewer sees.
"""

from __future__ import annotations

import codecs
import re

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

_KOI8_U_LETTERS = frozenset(b"\xa4\xa6\xa7\xad\xb4\xb6\xb7\xbd")
"""Where KOI8-U puts є і ї ґ Є І Ї Ґ; KOI8-R has box-drawing signs there, which no article
uses, so KOI8-U reads every KOI8-R text the same and Ukrainian text right."""
_CP1251_UKRAINIAN = frozenset(b"\xa5\xaa\xaf\xb2\xb3\xb4\xba\xbf")
"""Where Windows-1251 puts Ґ Є Ї І і ґ є ї: letters, though below its 0xC0-0xFF block."""

_CONTROL = bytes(b for b in range(1, 32) if b not in b"\t\n\r\f\v\x1b")
_COMMON_CYRILLIC = frozenset("оаеиінтсрвл")
"""The commonest letters of Russian and Ukrainian running text (і for Ukrainian's и)."""
_COMMON_SHARE = 0.4
_JUDGED_LETTERS = 40
"""``_reads_as_cyrillic``: the share below which a text of this many letters is not Cyrillic."""

_ALMOST_UTF8 = 0.01
"""At most this share of undecodable bytes still counts as a damaged UTF-8 file."""


class DecodeError(ValueError):
    """The bytes are not text the desk can use; the message is the reason, for one line."""


def decode_bytes(data: bytes) -> str:
    """Decode an article file; raise ``DecodeError`` for binary or undecodable input."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return clean_text(data[len(bom) :].decode(encoding))
            except UnicodeDecodeError:
                raise DecodeError(
                    f"undecodable bytes: not valid {encoding} after its BOM"
                ) from None
    if looks_binary(data):
        raise DecodeError("binary file, not text")
    try:
        return clean_text(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    text = _almost_utf8(data) or _cyrillic(data) or _detect(data)
    if text is None:
        raise DecodeError("undecodable bytes: not UTF-8 and no other text encoding fits")
    return clean_text(text)


def looks_binary(data: bytes) -> bool:
    """A known file signature, many NULs, or many control bytes in the first 64 KB.

    A single stray NUL is tolerated (it becomes U+FFFD): it happens in real exports.
    UTF-16 without a BOM would look binary here; it is rare for articles and we accept that.
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


def _almost_utf8(data: bytes) -> str | None:
    """UTF-8 with a handful of broken bytes (a truncated paste): keep it UTF-8, mark the damage.

    Only when the file clearly is UTF-8 otherwise: it has valid multi-byte sequences and the
    broken ones are under 1% of the bytes. A whole file in a single-byte encoding fails this.
    """
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    if multibyte > broken * 4 and broken <= len(data) * _ALMOST_UTF8:
        return text
    return None


def _cyrillic(data: bytes) -> str | None:
    """Windows-1251 or KOI8 (-R or -U) Russian or Ukrainian, decided by which byte range holds
    the lower case.

    Both encodings put the main Cyrillic letters in 0xC0-0xFF, with the cases swapped:
    Windows-1251 has lower case in 0xE0-0xFF, KOI8 in 0xC0-0xDF. Running text is mostly lower
    case, so the busier half tells them apart even on one line. Ukrainian's own letters (і, ї,
    є, ґ) sit below 0xC0 in both, so they count as letters of either. KOI8 is read as KOI8-U,
    which differs from KOI8-R only where KOI8-R draws boxes. Western single-byte text (é, ü, ß)
    has a few high bytes inside mostly-ASCII words and is left to the general detector.
    """
    high = [b for b in data if b >= 0x80]
    letters = sum(1 for b in data if b >= 0xC0 or 0x41 <= b <= 0x5A or 0x61 <= b <= 0x7A)
    cyr = [b for b in high if b >= 0xC0]
    if not letters or len(cyr) < letters * 0.4:
        return None
    lower_cp1251 = sum(1 for b in cyr if b >= 0xE0)
    cp1251 = lower_cp1251 * 2 >= len(cyr)
    own = _CP1251_UKRAINIAN if cp1251 else _KOI8_U_LETTERS
    if len(cyr) + sum(1 for b in high if b in own) < len(high) * 0.85:
        return None
    try:
        text = data.decode("cp1251" if cp1251 else "koi8_u")
    except UnicodeDecodeError:  # cp1251 leaves 0x98 undefined
        return None
    return text if _reads_as_cyrillic(text) else None


def _reads_as_cyrillic(text: str) -> bool:
    """Whether a longer text came out as Russian or Ukrainian, not another script's bytes.

    Greek (ISO-8859-7, Windows-1253) also keeps its lower case in 0xE0-0xFF and passed the
    range test: an article came in as "П хрпхсгьт дЮлщуе". In running Russian or Ukrainian
    text the ten commonest letters are some 60-75% of the letters; Greek read as Cyrillic has
    a quarter. A short text is not judged (the range test alone is reliable on one line)."""
    letters = [ch for ch in text.lower() if "\u0430" <= ch <= "\u045f"]
    if len(letters) < _JUDGED_LETTERS:
        return True
    common = sum(1 for ch in letters if ch in _COMMON_CYRILLIC)
    return common >= len(letters) * _COMMON_SHARE


def _detect(data: bytes) -> str | None:
    import charset_normalizer  # only for files that are not UTF-8: keeps start-up cheap

    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        return None
    best = matches[0]
    tied = [m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    tied.sort(key=lambda m: _PREFERRED.index(m.encoding) if m.encoding in _PREFERRED else 99)
    return str(tied[0])


_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """``\\n`` line ends; NUL and lone surrogates -> U+FFFD; no leading BOM character."""
    text = text.removeprefix("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\x00", "\ufffd")
    return _LONE_SURROGATE.sub("\ufffd", text)


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
