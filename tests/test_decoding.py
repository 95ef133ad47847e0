"""Decoding article files: UTF-8 first, Russian single-byte encodings, binary refused."""

from __future__ import annotations

import codecs

import pytest
from conftest import examples
from factdesk.ingest.decoding import DecodeError, clean_text, decode_bytes, looks_binary
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
