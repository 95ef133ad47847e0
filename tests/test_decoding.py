"""Decoding article files: UTF-8 first, Russian single-byte encodings, binary refused."""

from __future__ import annotations

import codecs

import pytest
from conftest import examples
from factdesk.ingest.decoding import DecodeError, decode_bytes, looks_binary
from factdesk.text.sanitize import clean_text
from hypothesis import given, settings
from hypothesis import strategies as st

RUSSIAN = (
    "Российские войска освободили Купянск в Харьковской области, заявил командир бригады.\n"
    "По его словам, это прямая дорога на Харьков.\n"
)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1251", "koi8_r"])
def test_russian_text_round_trips_in_every_real_encoding(encoding: str) -> None:
    assert decode_bytes(RUSSIAN.encode(encoding)) == RUSSIAN


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r"])
def test_one_short_russian_line_is_not_mistaken_for_another_script(encoding: str) -> None:
    assert decode_bytes("Привет, мир.".encode(encoding)) == "Привет, мир."


UKRAINIAN = (
    "Як повідомили в обласній прокуратурі, їхнє подвір'я є в реєстрі, а ґанок - ні.\n"
    "Він сказав, що це неправда.\n"
)


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_u"])
def test_ukrainian_text_round_trips_in_its_single_byte_encodings(encoding: str) -> None:
    """KOI8-U's і, ї, є, ґ are box-drawing signs in KOI8-R: read as KOI8-R, "Він" came out
    "В╕н" in every claim of a Ukrainian KOI8 file."""
    assert decode_bytes(UKRAINIAN.encode(encoding)) == UKRAINIAN
    assert decode_bytes("Він сказав.".encode(encoding)) == "Він сказав."


def test_western_single_byte_text_decodes() -> None:
    text = "Le président a déclaré que la réunion à Genève était très productive.\n"
    assert decode_bytes(text.encode("cp1252")) == text


def test_bom_is_dropped_and_line_ends_become_newlines() -> None:
    assert decode_bytes(codecs.BOM_UTF8 + b"a\r\nb\rc\n") == "a\nb\nc\n"


def test_nul_and_lone_surrogates_become_replacement_characters() -> None:
    assert decode_bytes(b"abc\x00def") == "abc\ufffddef"
    assert clean_text("x\ud800y\udfffz") == "x\ufffdy\ufffdz"


def test_a_few_broken_bytes_keep_a_utf8_file_utf8() -> None:
    text = "Zelensky visited Kupyansk — “a brilliant PR stunt”. " * 20
    decoded = decode_bytes(text.encode() + b"\xff")
    assert decoded.startswith(text) and decoded.endswith("\ufffd")


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.7\n...", b"\x89PNG\r\n\x1a\n....", b"PK\x03\x04zip", bytes(range(32)) * 40],
)
def test_binary_files_are_refused(data: bytes) -> None:
    assert looks_binary(data)
    with pytest.raises(DecodeError, match="binary"):
        decode_bytes(data)


def test_bytes_no_encoding_explains_are_undecodable() -> None:
    with pytest.raises(DecodeError, match="undecodable"):
        decode_bytes(bytes(range(128, 256)) * 10)


@settings(max_examples=examples(60), deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_decode_to_clean_text_or_a_decode_error(data: bytes) -> None:
    try:
        text = decode_bytes(data)
    except DecodeError as error:
        assert str(error) and "\n" not in str(error)
        return
    assert "\r" not in text and "\x00" not in text
    text.encode("utf-8")  # no lone surrogates: SQLite and the clipboard need valid UTF-8


@pytest.mark.parametrize("encoding", ["iso-8859-7", "cp1253"])
def test_greek_is_not_read_as_cyrillic(encoding: str) -> None:
    """Greek keeps its lower case where Windows-1251 does: the range test read a Greek file
    as Cyrillic ("П хрпхсгьт дЮлщуе ьфй …")."""
    greek = (
        "Ο υπουργός δήλωσε ότι οι τιμές αυξήθηκαν κατά 40 τοις εκατό τη Δευτέρα.\n"
        "Η κυβέρνηση ανακοίνωσε νέα μέτρα για τα νοικοκυριά.\n"
    )
    assert decode_bytes(greek.encode(encoding)) == greek


# -- sparse single-byte files: the reading that looks like text wins ---------------------------


def test_a_windows_1252_line_whose_only_non_ascii_is_a_pound_sign() -> None:
    """Reported: a Windows-1252 article whose only non-ASCII character was "£" came in with
    "Ł" (read as Windows-1250); "£" before a number is text, "Ł" before one is not."""
    text = "Fuel duty rose by £2 a week, the minister said.\n"
    assert decode_bytes(text.encode("cp1252")) == text


def test_a_windows_1252_text_whose_only_non_ascii_are_curly_single_quotes() -> None:
    """Reported: curly single quotes only, and "‘" came in as "æ" (a DOS code page); read as
    Windows-1250 they were "Ĺ" and "ĺ", one more em dash and it decoded right."""
    text = "‘We will fight this,’ said Ms Orla Brennick.\nThe board’s vote is final.\n"
    assert decode_bytes(text.encode("cp1252")) == text


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("cp1250", "The engineer, Wojciech Kłosowski, said the piers were sound.\n"),
        ("iso8859_2", "The steel came from a mill near Łódź, he said.\n"),
        ("cp1250", "The report was signed by Jiří Dvořák on Friday.\n"),
        ("iso8859_15", "The contractor quoted €3.8m for the steel alone.\n"),
        ("cp1251", "The local paper Vechernyaya Pochta (Вечерняя) reported it.\n"),
        ("koi8_r", "The local paper Vechernyaya Pochta (Вечерняя) reported it.\n"),
        ("cp1253", "Η γέφυρα κλείνει τη Δευτέρα.\n"),
        ("cp1254", "The contractor, Şükrü Yılmazoğlu, disputed the bill.\n"),
        ("mac_roman", "“It’s over,” said Mr Lindqvist — twice.\n"),
    ],
)
def test_one_name_or_sign_is_enough_to_tell_the_code_page(encoding: str, text: str) -> None:
    """Windows-1252 "K³osowski" has a number sign inside a word, "Dvoøák" letters no one
    alphabet has, KOI8 read as Windows-1251 swaps the case ("вЕЧЕРНЯЯ")."""
    assert decode_bytes(text.encode(encoding)) == text


def test_one_odd_byte_in_an_ascii_text_is_never_a_refusal() -> None:
    """Every reading of "4½%" had a cost ("½" counted as a one-letter word) and the file was
    refused as undecodable: a mostly-ASCII file is text, whatever its one odd character."""
    assert decode_bytes(b"Shares fell 4\xbd% on the news.\n") == "Shares fell 4½% on the news.\n"
    for odd in (b"\x81", b"\xa4", b"\x9d"):
        assert decode_bytes(b"The code was " + odd + b"41, he said.\n").endswith("he said.\n")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read_not_refused_as_binary(encoding: str) -> None:
    for text in ("The fare rose to £3 on Monday.\n", RUSSIAN):
        assert decode_bytes(text.encode(encoding)) == text


def test_a_short_utf8_line_with_a_stray_nul_is_not_read_as_utf16() -> None:
    """One NUL in a few bytes of UTF-8 (the stray one the binary test tolerates) is a
    twentieth of a short file: read as UTF-16 it came in as "䭹楶 潫" or "ℰAℰ" (``bench
    fuzz``, session 46). It stays UTF-8, its NUL marked; real UTF-16 still reads (above)."""
    assert decode_bytes(b"Kyiv\x00 ok") == "Kyiv\ufffd ok"
    assert decode_bytes(b"!0\x00A!0") == "!0\ufffdA!0"
    assert decode_bytes("Kyiv ok".encode("utf-16-le")) == "Kyiv ok"
    assert decode_bytes("Київ, мер".encode("utf-16-be")) == "Київ, мер"


def test_hebrew_is_not_read_as_capital_cyrillic_nor_accentless_greek() -> None:
    """Hebrew letters fall on KOI8's capitals and Windows-1253's lower case: a long text all
    in capitals, or Greek with no stress mark, is no article; charset-normalizer reads it."""
    hebrew = "שריפה פרצה אמש במחסן בנמל, ולדברי הכבאים איש לא נפגע. ראש העיר הבטיח חקירה.\n"
    assert decode_bytes(hebrew.encode("cp1255")) == hebrew


def test_the_measured_cases_decode_but_the_known_ambiguous_ones() -> None:
    """Every invented article of ``tools.measure_decoding`` comes back exactly, but three a
    single letter cannot decide: Mac Roman "ü" is Windows-1250 "ź" ("Mźller"), Windows-1250
    "ń" is Windows-1252 "ñ" ("Gdañsk"), Windows-1254 "İ" is Windows-1252 "Ý" ("Ýzmir"); and
    Hungarian "ő" alone is Portuguese-looking "õ" ("nõni"); and a Latvian line whose letters
    all have Turkish stand-ins in Windows-1254 ("pagâjuğajâ")."""
    from tools.measure_decoding import cases, decoded

    missed = {(c.encoding, c.label) for c in cases() if decoded(c) != c.text}
    assert missed == {
        ("mac_roman", "one umlaut name"),
        ("cp1250", "later case 9"),
        ("cp1254", "later case 23"),
        ("cp1250", "later case 37"),
        ("cp1257", "other script 8"),
    }


_FILLER = ["the", "council", "said", "on", "Monday", "that", "it", "would", "cost", "12", "a"]
_PHRASES = {
    "cp1252": ["£40,000", "€15", "‘the plan’", "“no comment”", "the board’s", "—", "–", "…",
               "café", "très", "élève", "à", "garçon"],
    "mac_roman": ["£40,000", "‘the plan’", "“no comment”", "the board’s", "—", "wait…", "café",
                  "très", "élève"],
    "cp1250": ["powiedział, że", "będą w środę", "Łódź", "„nie”", "miał rację", "–",
               "źródło", "wiosną"],
    "iso8859_2": ["powiedział, że", "będą w środę", "Łódź", "miał rację", "źródło"],
    "cp1251": ["сказал", "мост закроют", "«нет»", "—", "в понедельник", "Жданов"],
    "koi8_r": ["сказал", "мост закроют", "в понедельник", "Жданов", "объявил"],
    "cp1253": ["η γέφυρα", "είπε", "τη Δευτέρα", "«όχι»", "ο δήμαρχος"],
}  # fmt: skip
"""Invented words and phrases of each code page's language, each written as the language
writes it. A Polish phrase has ł, ą or ż, which Windows-1252 reads as signs, as Polish
sentences of any length do ("będzie w środę" alone reads as well as French-looking "bêdzie w
œrodê"). Mac Roman's "à" and "…" alone are Windows-1252 "€" and "É", as plausible alone."""


@pytest.mark.parametrize("encoding", sorted(_PHRASES))
@settings(max_examples=examples(25), deadline=None)
@given(data=st.data())
def test_text_of_an_encodings_repertoire_comes_back_equal(encoding: str, data) -> None:
    words = data.draw(
        st.lists(st.sampled_from(_FILLER + _PHRASES[encoding]), min_size=1, max_size=25)
    )
    phrase = data.draw(st.sampled_from(_PHRASES[encoding]))
    at = data.draw(st.integers(0, len(words)))
    text = " ".join([*words[:at], phrase, *words[at:]]) + ".\n"
    assert decode_bytes(text.encode(encoding)) == text
    assert decode_bytes(text.encode("utf-16-le")) == text


def test_a_pages_declared_charset_settles_what_one_letter_cannot() -> None:
    """Windows-1250 "Gdańsk" alone reads as well as Windows-1252 "Gdañsk"; a page that says
    its charset is read in it (an "ISO-8859-1" label as Windows-1252, as browsers do)."""
    body = "<p>A court in Gdańsk fined the shipping firm.</p>\n"
    for meta in ('<meta charset="windows-1250">', "<meta http-equiv='Content-Type' "
                 "content='text/html; charset=ISO-8859-2'>"):  # fmt: skip
        page = f"<html><head>{meta}</head><body>{body}</body></html>\n"
        assert decode_bytes(page.encode("cp1250")) == page
    quoted = "<html><head><meta charset=iso-8859-1></head><p>‘No,’ she said.</p></html>\n"
    assert decode_bytes(quoted.encode("cp1252")) == quoted
    assert decode_bytes(body.encode("cp1250")) == body.replace("ń", "ñ")  # said: no label


def test_a_declared_codec_that_rewrites_text_is_not_used() -> None:
    r"""Only legacy text encodings count: "unicode_escape" would make "C:\new" a line end."""
    page = '<meta charset="unicode_escape"><p>Files in C:\\new cost £3.</p>\n'
    assert decode_bytes(page.encode("cp1252")) == page


def test_the_desks_language_settles_what_one_letter_cannot(tmp_path) -> None:
    """``[desk] language``: a Polish desk reads "Gdańsk", a Turkish one "İzmir"; the import
    passes the desk's language to decoding."""
    from factdesk.ingest.importer import ImportOptions, prepare_all

    for language, encoding, text in (
        ("pl", "cp1250", "A court in Gdańsk fined the shipping firm.\n"),
        ("tr-TR", "cp1254", "The port of İzmir reopened on Monday.\n"),
    ):
        assert decode_bytes(text.encode(encoding), language) == text
        path = tmp_path / f"{language}.txt"
        path.write_bytes(text.encode(encoding))
        [prepared] = prepare_all(path, ImportOptions(language=language))
        assert prepared.body == text
