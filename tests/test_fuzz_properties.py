"""Arbitrary Unicode through the whole desk: import, extraction, the note, every export.

Hypothesis writes any text (lone surrogates, combining marks, right-to-left and bidi controls,
emoji, NUL, C0/C1 controls) to a file and imports it through ``Desk.import_paths``; then a
claim is added by hand on a drawn span, reviewed with a drawn note, and every export format is
rendered. Nothing may crash; valid UTF-8 the binary test passes arrives as it was written
(one it refuses is refused, or read as UTF-16 when its NULs say so:
``decoding._utf16_without_bom``); stored claims are exact slices of the body; every export
parses back with the standard library; the plain-text ways out (note, CSV, Markdown) carry no raw
terminal control or bidi character, JSON Lines carries the text exactly and
ClaimReview (for publishing) as one visible line.

``bench/bench_fuzz.py`` runs the same properties with many more examples.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import tempfile
from pathlib import Path
from urllib.parse import quote

import pytest
from conftest import examples
from factdesk.desk.service import Desk, DeskError
from factdesk.export import FORMATS, export_text
from factdesk.export.claimreview import default_summary
from factdesk.ingest.decoding import looks_binary
from factdesk.settings.config import Config
from factdesk.text.sanitize import EXPORT_BIDI_CONTROLS, clean_text
from factdesk.text.urls import evidence_problem
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

UNSAFE = frozenset(
    [chr(c) for c in range(0x20) if chr(c) not in "\n\t\r"] + ["\x7f"]
    + [chr(c) for c in range(0x80, 0xA0)] + sorted(EXPORT_BIDI_CONTROLS) + ["\u2028", "\u2029"]
)  # fmt: skip
"""What never leaves as plain text (CSV, Markdown, the note): controls, bidi overrides and
isolates, line separators. Direction marks and joiners are text and stay (clean_for_export)."""
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

every_char = st.characters(exclude_categories=())
"""Surrogates included: hypothesis leaves them out unless told."""
hostile = st.sampled_from(
    [
        "\x00", "\x1b[31m", "\x1b]52;c;ZZ==\x07", "\x9b", "\u202e", "\u2066", "\u200b",
        "e\u0301\u0301", "\u05e9\u05dc\u05d5\u05dd", "\u0627\u0644", "\U0001f600", "\U0001f1fa",
        "\ud800", "\udfff", "\r", "\r\n", "\u2028", "[bold]", "=SUM(1)", "+cmd", "@x",
        " said ", "according to ", "Anna Berg", " 40% ", "“", "”", ".", "\n", "\n\n", " ",
    ]
)  # fmt: skip
text = st.one_of(
    st.text(every_char, max_size=300),
    st.lists(st.one_of(hostile, st.text(every_char, max_size=8)), max_size=50).map("".join),
)
note_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=80)
"""Notes are typed or pasted into a TextArea, which holds no lone surrogates."""

PROPERTIES = settings(
    max_examples=examples(30), deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def unsafe_in(out: str) -> list[str]:
    return sorted({f"U+{ord(c):04X}" for c in out if c in UNSAFE})


def strings_in(value: object) -> list[str]:
    """Every string value anywhere in parsed JSON."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings_in(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings_in(v)]
    return []


def check_desk(folder: Path, raw: str, span: tuple[int, int], note: str, verdict: str) -> None:
    """The whole property for one drawn article; see the module docstring."""
    source = folder / "article.txt"
    data = raw.encode("utf-8", errors="surrogatepass")
    source.write_bytes(data)
    desk = Desk.open(folder / "desk.db", config=Config(reviewer="fuzz"))
    try:
        report = desk.import_paths([source])
        outcome = report.outcomes[0]
        if outcome.status == "failed":
            assert outcome.message and "\n" not in outcome.message
            return
        article = desk.articles()[0]
        body = desk.article(article.id).body
        if not any("\ud800" <= c <= "\udfff" for c in raw) and not looks_binary(data):
            assert body == clean_text(raw), "valid UTF-8 must arrive unchanged but for cleaning"
        assert not any("\ud800" <= c <= "\udfff" or c == "\x00" for c in body)
        claims = list(desk.claims(article.id))
        with contextlib.suppress(DeskError):
            claims.append(desk.add_claim(article.id, *span))
        for claim in claims:
            assert body[claim.start : claim.end] == claim.text, claim
        if claims:
            check_review_and_exports(desk, claims[-1].id, note, verdict)
    finally:
        desk.close()


def check_review_and_exports(desk: Desk, claim_id: int, note: str, verdict: str) -> None:
    desk.set_verdict(claim_id, verdict)
    entry = clean_text(note[:20]).strip()
    if entry and evidence_problem(entry):  # evidence is a link: raw text is refused, one line
        with pytest.raises(DeskError):
            desk.set_note(claim_id, note, [note[:20]])
    desk.set_note(claim_id, note, ["https://example.org/" + quote(entry, safe="")])
    claim = desk.claim(claim_id)
    assert unsafe_in(desk.note_text(claim_id)) == []
    for fmt in FORMATS:
        out = export_text(desk, fmt).text
        if fmt == "csv":
            rows = list(csv.reader(io.StringIO(out, newline="")))
            assert len(rows) >= 2
            assert unsafe_in(out) == []
            for cell in (cell for row in rows[1:] for cell in row):
                assert not cell.startswith(FORMULA_STARTS), cell
        elif fmt == "jsonl":
            values = [s for line in out.splitlines() if line for s in strings_in(json.loads(line))]
            assert claim.text in values, "JSON Lines must carry the claim text exactly"
        elif fmt == "claimreview":  # for publishing: the claim's words as one short line
            values = strings_in(json.loads(out))  # (its prose: "*0*" is published as "0")
            assert default_summary(claim) in values
            assert not [c for value in values for c in value if c in UNSAFE]
        else:
            assert out.strip() and unsafe_in(out) == []


@PROPERTIES
@given(
    raw=text,
    a=st.integers(-3, 320),
    b=st.integers(-3, 320),
    note=note_text,
    verdict=st.sampled_from(["corroborated", "disputed", "contradicted", "unverifiable"]),
)
def test_any_text_imports_exactly_and_exports_safely(
    raw: str, a: int, b: int, note: str, verdict: str
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        check_desk(Path(folder), raw, (a, b), note, verdict)


@PROPERTIES
@given(raw=st.text(every_char, max_size=300))
def test_clean_text_keeps_length_contract(raw: str) -> None:
    """The importer's cleaning: no NUL, no lone surrogate, only ``\\n`` line ends."""
    cleaned = clean_text(raw)
    assert "\x00" not in cleaned and "\r" not in cleaned
    assert not any("\ud800" <= c <= "\udfff" for c in cleaned)
    expected = raw.removeprefix("\ufeff").replace("\r\n", "\n")
    assert len(cleaned) == len(expected)


@pytest.mark.parametrize(
    "raw",
    ["\U000e0020", "Tag \U000e0041\U000e007f end.", "\U0001f642 ok.",
     "\u05e9\u05dc\u05d5\u05dd\u200f said 40% \u202eevil", "\u0645\u06cc\u200c\u062e said 5."],
)  # fmt: skip
def test_characters_above_the_bmp_survive_every_export(tmp_path: Path, raw: str) -> None:
    """Found by bench_fuzz: an escaped tag character was written as ``\\ue0020`` (U+E002, "0")."""
    check_desk(tmp_path, raw, (0, len(raw)), "", "disputed")


def test_jsonl_escapes_astral_characters_as_surrogate_pairs() -> None:
    from factdesk.export.jsonl_format import safe_json

    text = "a\U000e0020b\u202ec"
    written = safe_json({"t": text})
    assert "\\udb40\\udc20" in written and "\U000e0020" not in written
    assert json.loads(written)["t"] == text
