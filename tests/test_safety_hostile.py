"""Hostile article text reaches the terminal, the clipboard and a spreadsheet only as text.

One article carries Rich/Textual markup, terminal escape sequences (CSI colour, OSC 52
clipboard write, OSC 8 link, 8-bit CSI), bell, backspaces, a bidi override, zero-width
characters and spreadsheet formulas. It is imported through the real import path; then every
plain-text way out is checked byte by byte.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import unicodedata
from contextlib import closing
from pathlib import Path

import pytest
from conftest import isolate
from factdesk.cli import entry as cli
from factdesk.desk.service import Desk
from factdesk.settings.config import load_config
from factdesk.text.sanitize import sanitize, sanitize_line

HOSTILE_PIECES = {
    "markup": "[bold red]ALERT[/bold red] [link=https://evil.example/]click[/link] "
    "[@click=app.quit]quit[/]",
    "csi": "\x1b[31mRED\x1b[0m \x1b[2J\x1b[H",
    "osc52": "\x1b]52;c;ZWNobyBwd25lZA==\x07",
    "osc8": "\x1b]8;;https://evil.example/\x1b\\a link\x1b]8;;\x1b\\",
    "c1_csi": "\x9b31mEIGHT-BIT\x9b0m",
    "bell_backspace": "ring\x07\x07 over\x08\x08\x08\x08write",
    "bidi": "invoice\u202efdp.exe and \u2066isolated\u2069",
    "zero_width": "pay\u200bpal\u200d ad\u2060min \ufeffbom",
    "script": "</script><script>alert(1)</script> & <!-- x",
}
FORMULAS = ('=HYPERLINK("https://evil.example","x")', "+cmd|' /C calc'!A0", "@SUM(1+1)")
EVIDENCE = "https://evil.example/[b]x[/b]?q=<script>"

FORBIDDEN_CATEGORIES = {"Cc", "Cf"}
"""Control and invisible formatting characters: none may leave as plain text (but \\n, \\t)."""


def hostile_body() -> str:
    lines = ["Minister says 40 per cent [bold]rise[/bold] \x1b[5mblinks\x1b[0m", ""]
    for name, piece in HOSTILE_PIECES.items():
        lines.append(f'The {name} report said 12 per cent of "{piece}" was spent in 2023.')
        lines.append("")
    lines.extend(FORMULAS)
    return "\n".join(lines) + "\n"


def unsafe(text: str) -> list[str]:
    """Characters that may not reach a terminal or a plain-text file raw."""
    return sorted(
        {f"U+{ord(c):04X}" for c in text if unicodedata.category(c) in FORBIDDEN_CATEGORIES}
        - {"U+000A", "U+0009", "U+000D"}
    )


EXPORT_REMOVED = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
"""Bidi embeddings, overrides and isolates: exports drop them (with C0/C1 controls)."""


def export_unsafe(text: str) -> list[str]:
    """What may not reach a file or a paste: controls and bidi overrides. Joiners, zero-width
    spaces and direction marks are text (Persian, Hindi, emoji) and stay."""
    return sorted(
        {
            f"U+{ord(c):04X}"
            for c in text
            if (unicodedata.category(c) == "Cc" and c not in "\n\t\r") or c in EXPORT_REMOVED
        }
    )


def make_hostile_desk(folder: Path) -> Desk:
    """A desk holding the hostile article, a manual claim on every piece, notes, verdicts."""
    source = folder / "hostile.txt"
    source.write_text(hostile_body(), encoding="utf-8")
    desk = Desk.open(folder / "desk.db", config=load_config())
    report = desk.import_paths([source])
    assert not report.failed, report.summary()
    article = desk.articles()[0]
    body = desk.article(article.id).body
    for piece in (*HOSTILE_PIECES.values(), *FORMULAS):
        assert piece in body, f"the import changed {piece!r}: the test would prove nothing"
        start = body.index(piece)
        claim = desk.add_claim(article.id, start, start + len(piece))
        desk.set_verdict(claim.id, "disputed")
        # evidence is http(s) or a DOI only (a formula there is refused): the formulas ride
        # in the note and the claim text
        desk.set_note(claim.id, f"{piece}\nsee [link=x]y[/link]", [EVIDENCE])
    return desk


@pytest.fixture(scope="module")
def hostile_made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The hostile desk, made once for the module (its import and a dozen claims with notes
    and verdicts were 0.15 s of CPU in each of ten tests), in an environment as isolated as a
    test's; the tests read copies of it."""
    folder = tmp_path_factory.mktemp("hostile")
    with pytest.MonkeyPatch.context() as env:
        isolate(env, folder)
        make_hostile_desk(folder).close()
    return folder / "desk.db"


@pytest.fixture
def hostile(hostile_made: Path, tmp_path: Path) -> Desk:
    """A new desk holding a copy of the module's hostile desk (SQLite's backup API: the same
    pages, as ``desk_template.fill_with_seeds``)."""
    desk = Desk.open(tmp_path / "desk.db", config=load_config())
    with closing(sqlite3.connect(hostile_made)) as source:
        source.backup(desk.store.conn)
    yield desk
    desk.close()


def run(desk: Desk, capsys: pytest.CaptureFixture, *args: str) -> str:
    status = cli.main([*args, "--db", str(desk.path)])
    out = capsys.readouterr()
    assert status == 0, out.err
    return out.out


def test_sanitize_makes_every_piece_visible_and_keeps_offsets() -> None:
    body = hostile_body()
    clean = sanitize(body)
    assert len(clean) == len(body)
    assert unsafe(clean) == []
    for i, (before, after) in enumerate(zip(body, clean, strict=True)):
        if before != after:
            assert after.isprintable() and not after.isspace(), f"offset {i}: {after!r}"
    assert "\x1b" not in sanitize_line(body) and "\n" not in sanitize_line(body)


@pytest.mark.parametrize("command", [["claims"], ["articles"], ["stats"]])
def test_cli_tables_print_no_control_characters(hostile: Desk, capsys, command) -> None:
    out = run(hostile, capsys, *command)
    assert unsafe(out) == []
    assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out


def test_claims_table_shows_the_markup_literally(hostile: Desk, capsys) -> None:
    out = run(hostile, capsys, "claims")
    assert "[bold red]ALERT[/bold red]" in out and "␛[31m" in out and "␦31m" in out


@pytest.mark.parametrize("command", [["claims"], ["articles"]])
def test_json_output_is_escaped_and_exact(hostile: Desk, capsys, command) -> None:
    out = run(hostile, capsys, *command, "--format", "json")
    assert unsafe(out) == [], "controls must be \\u escapes in JSON, never raw"
    items = json.loads(out)
    if command == ["claims"]:
        texts = {item["text"] for item in items}
        for piece in HOSTILE_PIECES.values():
            assert piece in texts, f"JSON must carry {piece!r} exactly"
        assert any(item["note"].startswith(HOSTILE_PIECES["osc52"]) for item in items)
    else:
        assert items[0]["title"].startswith("Minister says 40 per cent [bold]rise")
        assert "\x1b[5m" in items[0]["title"]


def exported(desk: Desk, capsys, fmt: str) -> str:
    pytest.importorskip("factdesk.export")
    return run(desk, capsys, "export", "--format", fmt)


def test_csv_export_has_no_controls_and_no_formulas(hostile: Desk, capsys) -> None:
    out = exported(hostile, capsys, "csv")
    assert export_unsafe(out) == []
    assert "pay\u200bpal\u200d ad\u2060min" in out, "joiners and zero-width spaces stay"
    rows = list(csv.reader(io.StringIO(out)))
    cells = [cell for row in rows for cell in row]
    assert len(rows) > len(HOSTILE_PIECES)
    for cell in cells:
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), f"formula cell {cell!r}"
    assert any(cell.startswith("'=HYPERLINK(") for cell in cells)


def test_jsonl_export_is_escaped_and_exact(hostile: Desk, capsys) -> None:
    out = exported(hostile, capsys, "jsonl")
    assert unsafe(out) == []
    lines = [json.loads(line) for line in out.splitlines() if line.strip()]
    blob = json.dumps(lines, ensure_ascii=False)
    for piece in HOSTILE_PIECES.values():
        assert json.dumps(piece, ensure_ascii=False)[1:-1] in blob


def test_markdown_export_has_no_controls_or_live_markup(hostile: Desk, capsys) -> None:
    out = exported(hostile, capsys, "markdown")
    assert export_unsafe(out) == []
    assert "<script>" not in out and "</script>" not in out
    assert "[link=https://evil.example/]" not in out, "brackets must be escaped in Markdown"


def test_claimreview_export_is_valid_and_escaped(hostile: Desk, capsys) -> None:
    out = exported(hostile, capsys, "claimreview")
    assert unsafe(out) == []
    assert "<" not in out and ">" not in out and "&" not in out, "HTML-significant characters"
    assert "\\u003c/script\\u003e\\u003cscript\\u003ealert(1)" in out
    reviews = json.loads(out)
    assert any("</script><script>alert(1)</script>" in r["claimReviewed"] for r in reviews)
