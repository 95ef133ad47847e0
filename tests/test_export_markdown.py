"""Markdown report: structure, and article text that cannot break the Markdown."""

from __future__ import annotations

from pathlib import Path

from factdesk.desk.service import Desk
from factdesk.export import ExportScope, export_text
from factdesk.export.markdown_format import escape
from markdown_it import MarkdownIt

HOSTILE_TITLE = "# <script>alert(1)</script> [click](javascript:alert(2)) | a | *b* `c`"
HOSTILE_CLAIM = "1. <img src=x onerror=alert(3)> said the ministry's [spokesman](http://evil) ~~x~~"


def render_html(markdown: str) -> str:
    return MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(markdown)


def hostile_desk(desk: Desk, tmp_path: Path) -> Desk:
    body = f"{HOSTILE_TITLE}\n\n{HOSTILE_CLAIM}\n\nA plain sentence that is long enough to be.\n"
    source = tmp_path / "hostile.md"
    source.write_text(body, encoding="utf-8")
    assert not desk.import_paths([source]).failed
    article_id = desk.articles()[0].id
    start = body.index(HOSTILE_CLAIM)
    claim = desk.add_claim(article_id, start, start + len(HOSTILE_CLAIM))
    desk.set_verdict(claim.id, "disputed")
    desk.set_note(claim.id, "- item?\n<b>bold</b>\n> quote", ["javascript:alert(4)"])
    return desk


def test_hostile_text_renders_as_text(desk: Desk, tmp_path: Path) -> None:
    markdown = export_text(hostile_desk(desk, tmp_path), "markdown").text
    html = render_html(markdown)
    assert "<script" not in html and "<img" not in html and "<b>" not in html
    assert 'href="javascript' not in html and 'href="http://evil' not in html
    assert "<table" not in html and "<del>" not in html and "<blockquote" not in html
    assert html.count("<h1>") == 1, "only the report title is a top-level heading"
    assert "&lt;script&gt;" in html and "&lt;img src=x" in html


def test_report_structure_reviewed_first_then_unreviewed(seeded_desk: Desk) -> None:
    claims = seeded_desk.claims(1)
    seeded_desk.set_verdict(claims[-1].id, "corroborated")
    seeded_desk.set_note(claims[-1].id, "checked", ["https://example.org/proof"])
    markdown = export_text(seeded_desk, "markdown", ExportScope(article_ids=(1,))).text
    html = render_html(markdown)
    assert html.count("<h2>") == 1
    reviewed = markdown.index("### Reviewed claims (1)")
    unreviewed = markdown.index(f"### Unreviewed claims ({len(claims) - 1})")
    assert reviewed < unreviewed
    assert "**Tally:** 1 corroborated · 0 disputed" in markdown
    assert '<a href="https://example.org/proof">' in html
    assert markdown.index("**CORROBORATED**") < unreviewed


def test_escape_keeps_words_and_folds_lines() -> None:
    assert escape("2. Third\nline") == "2\\. Third line"
    assert escape("a_b*c") == "a\\_b\\*c"
    assert escape("\x1b[31mred") == "\\[31mred"
