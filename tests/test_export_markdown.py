"""Markdown report: structure, and article text that cannot break the Markdown."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from factdesk.desk.service import Desk
from factdesk.domain.flags import DESCRIPTIONS
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
    desk.set_note(
        claim.id, "- item?\n<b>bold</b>\n> quote", ["https://example.org/a)(javascript:alert(4)"]
    )
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
    assert html.count("<h2>") == 2, "Key findings, Articles"
    reviewed = markdown.index("#### Reviewed claims (1)")
    unreviewed = markdown.index(f"#### Unreviewed claims ({len(claims) - 1})")
    assert reviewed < unreviewed
    assert "**Tally:** 1 corroborated · 0 disputed" in markdown
    assert f"\n1 article · {len(claims)} claims · 1 reviewed\n" in markdown  # "1 articles" (ui16)
    assert '<a href="https://example.org/proof">' in html
    assert markdown.index("**Corroborated**") < unreviewed
    assert "No claim was found contradicted or disputed." in markdown


def editor_desk(desk: Desk) -> tuple[Desk, dict[str, int]]:
    """Three reviewed claims (contradicted with a two-line note, disputed, corroborated), one
    hidden, by two reviewers, one of whom has a display name."""
    claims = desk.claims(1)
    ids = {"contradicted": claims[2].id, "disputed": claims[4].id, "corroborated": claims[0].id}
    for verdict, claim_id in ids.items():
        desk.set_verdict(claim_id, verdict)
    desk.set_note(ids["contradicted"], "The map shows otherwise.\nSecond line of the note.")
    desk.set_note(ids["disputed"], "Two sources disagree.")
    desk.config = replace(desk.config, reviewer="bob")
    desk.set_verdict(ids["disputed"], "disputed")
    desk.set_note(ids["disputed"], "Two sources disagree; asked the press office.")
    ids["hidden"] = claims[5].id
    desk.hide_claim(ids["hidden"])
    desk.config = replace(desk.config, reviewer="tester", reviewers={"tester": "Tess Ter"})
    return desk, ids


def test_editor_report_key_findings_first_names_and_dates(seeded_desk: Desk) -> None:
    desk, ids = editor_desk(seeded_desk)
    result = export_text(desk, "markdown", ExportScope(article_ids=(1,)))
    markdown = result.text
    html = render_html(markdown)
    findings = markdown.index("## Key findings")
    assert findings < markdown.index("## Articles")
    key = markdown[findings : markdown.index("## Articles")]
    assert key.index("**Contradicted**") < key.index("**Disputed**")
    assert "Corroborated" not in key
    assert "The map shows otherwise.\\\n    Second line of the note." in key
    assert "<br />" in html and "  \n" not in markdown, "backslash hard breaks, no trailing spaces"
    assert all(not line.endswith(" ") for line in markdown.splitlines())
    assert "Reviewed by Tess Ter on " in markdown and "Reviewed by Reviewer 1" in markdown
    assert "tester" not in markdown and "bob" not in markdown, "no login names"
    assert re.search(r"Reviewed by Tess Ter on \d{1,2} [A-Z][a-z]+ \d{4}", markdown)
    assert not re.search(r"\d{4}-\d\d-\d\dT", markdown), "no raw timestamps"
    assert not re.search(r"claim \d+|paragraph \d+", markdown), "no raw ids"
    assert any(w.startswith("1 reviewer has no display name:") for w in result.warnings)
    hidden = desk.claim(ids["hidden"])
    section = markdown[markdown.index("#### Hidden claims (1)") :]
    assert hidden.text[:30] in section.replace("\\", "")


def test_flags_in_words_and_quotes_not_doubled(seeded_desk: Desk) -> None:
    flagged = next(c for c in seeded_desk.claims() if "-" in "".join(c.flags))
    quoted_claim = next(
        (c for c in seeded_desk.claims() if c.text[0] in '‘“"' and c.id != flagged.id), None
    )
    for claim in filter(None, (flagged, quoted_claim)):
        seeded_desk.set_verdict(claim.id, "unverifiable")
    markdown = export_text(seeded_desk, "markdown").text
    words = [DESCRIPTIONS[flag] for flag in flagged.flags]
    assert f"  - Flags: {'; '.join(words)}" in markdown
    assert "single-source-name" not in markdown and "anonymous-source" not in markdown
    assert "““" not in markdown and "“‘" not in markdown and '“"' not in markdown
    if quoted_claim is not None:
        assert f"**Unverifiable**: {quoted_claim.text[:20]}" in markdown.replace("\\", "")
        note = seeded_desk.note_text(quoted_claim.id)  # y's note and exports: the same rule
        assert not note.startswith(("““", "“‘", '“"')), note


def test_anonymise_reviewers(seeded_desk: Desk, capsys) -> None:
    import os

    from factdesk.cli.entry import main

    desk, _ = editor_desk(seeded_desk)
    Path(os.environ["FACTDESK_CONFIG"]).write_text('[reviewers]\ntester = "Tess Ter"\n')
    db = str(desk.path)
    assert main(["export", "--db", db, "--format", "markdown"]) == 0
    assert "Reviewed by Tess Ter" in capsys.readouterr().out
    assert main(["export", "--db", db, "--format", "markdown", "--anonymise-reviewers"]) == 0
    out = capsys.readouterr().out
    assert "Reviewer 1" in out and "Reviewer 2" in out
    assert "Tess Ter" not in out and "tester" not in out and "bob" not in out


def test_escape_keeps_words_and_folds_lines() -> None:
    assert escape("2. Third\nline") == "2\\. Third line"
    assert escape("a_b*c") == "a\\_b\\*c"
    assert escape("\x1b[31mred [sic]") == "red \\[sic\\]"


def test_the_attribution_check_is_in_the_report(seeded_desk: Desk) -> None:
    claims = seeded_desk.claims(1)
    seeded_desk.set_verdict(claims[0].id, "contradicted")
    seeded_desk.set_attribution(claims[0].id, "misattributed")
    seeded_desk.set_verdict(claims[1].id, "corroborated")
    seeded_desk.set_attribution(claims[1].id, "confirmed")
    markdown = export_text(seeded_desk, "markdown", ExportScope(article_ids=(1,))).text
    key = markdown[markdown.index("## Key findings") : markdown.index("## Articles")]
    assert "  - Attribution: Misattributed: the person or body" in key
    assert "  - Attribution: confirmed" in markdown


def test_each_reviewed_claim_says_its_attribution_once(seeded_desk: Desk) -> None:
    """Seen in the shift's report: a checked claim had two Attribution lines ("confirmed: they
    did say it" then "confirmed"; "MISATTRIBUTED: they did not say it" then the sentence), and
    a misattributed claim was "Said by" the one who did not say it."""
    claims = seeded_desk.claims(1)
    seeded_desk.set_verdict(claims[0].id, "contradicted")
    seeded_desk.set_attribution(claims[0].id, "misattributed")
    seeded_desk.set_verdict(claims[1].id, "corroborated")
    seeded_desk.set_attribution(claims[1].id, "confirmed")
    seeded_desk.set_verdict(claims[2].id, "disputed")
    markdown = export_text(seeded_desk, "markdown", ExportScope(article_ids=(1,))).text
    articles = markdown[markdown.index("## Articles") :]
    items = articles.split("\n- **")[1:]
    assert len(items) >= 3
    counts = [item.count("  - Attribution:") for item in items]
    assert sorted(counts)[-1] == 1 and counts.count(1) == 2, counts
    wrong = next(item for item in items if "Misattributed" in item)
    assert "  - Attributed to: " in wrong and "Said by" not in wrong
    assert all("  - Said by: " in item for item in items if "Misattributed" not in item)
    key = markdown[markdown.index("## Key findings") : markdown.index("## Articles")]
    assert "  - Attributed to: " in key


BARE_LINKS = (
    "Officials said https://evil.example/phish and www.evil.example hold the proof,"
    " mail tips@evil.example or mailto:x@evil.example today."
)


def gfm_html(markdown: str) -> str:
    """Rendered as GitHub-flavoured viewers do: bare URLs, www. and e-mail become links."""
    md = MarkdownIt("commonmark", {"linkify": True}).enable(["linkify", "table"])
    md.linkify.set({"fuzzy_link": False})
    return md.render(markdown)


def test_bare_urls_in_article_text_are_not_linked_and_keep_their_characters(
    desk: Desk, tmp_path: Path
) -> None:
    body = f"Bare links in the news\n\n{BARE_LINKS}\n\nA plain sentence that is long enough.\n"
    source = tmp_path / "links.md"
    source.write_text(body, encoding="utf-8")
    assert not desk.import_paths([source]).failed
    start = body.index(BARE_LINKS)
    claim = desk.add_claim(desk.articles()[0].id, start, start + len(BARE_LINKS))
    desk.set_verdict(claim.id, "disputed")
    desk.set_note(claim.id, "see https://notes.example/a", ["https://proof.example/b"])
    markdown = export_text(desk, "markdown").text
    html = gfm_html(markdown)
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert hrefs == ["https://proof.example/b"] * hrefs.count("https://proof.example/b")
    assert hrefs, "the evidence entry is still a link"
    assert "www\\.evil.example" in markdown  # the www. form is escaped too
    text = re.sub(r"<[^>]+>", "", html)
    for shown in ("https://evil.example/phish", "www.evil.example", "tips@evil.example",
                  "mailto:x@evil.example", "https://notes.example/a"):  # fmt: skip
        assert shown in text


def test_the_last_sentence_of_a_quotation_gets_no_second_closing_mark() -> None:
    """A quotation over two sentences gives a claim that ends on the closing mark but has no
    opening one: the report and the note showed it as "“… year.””". Invented sentences."""
    from factdesk.desk.notes import quote_marks
    from factdesk.export.markdown_format import quoted

    assert (
        quoted("It will not reopen before the spring.”")
        == "“It will not reopen before the spring.”"
    )
    assert quote_marks("Ferry fares rose in Ostrel.") == ("“", "”")
    assert quote_marks("The drivers’ pay rose.") == ("“", "”")  # an apostrophe, no quotation
    assert quote_marks('Its tail ends here."') == ('"', "")
    assert quote_marks('He called it "fine."') == ("“", "”")  # the marks are the claim's own
    assert quote_marks("«Світло буде», — сказали в компанії.") == ("", "")


def test_every_article_date_reads_as_the_app_reads_it_months_written_out(
    seeded_desk: Desk, monkeypatch
) -> None:
    """The byline copied a date without its year as written ("2 декабря, 10:41"), in the
    article's language, beside "19 January 2026": now the app's reading (``text.shown_dates``)
    with the months written out, whatever the machine's locale (``calendar.month_name``, which
    named them, follows it)."""
    import calendar

    monkeypatch.setattr(calendar, "month_name", ["", *["Monat"] * 12])  # a locale's names
    with seeded_desk.store.transaction() as conn:
        conn.execute(
            "UPDATE articles SET date_iso = NULL, date_text = '2 декабря, 10:41' WHERE id = 1"
        )
        conn.execute("UPDATE articles SET date_iso = '2026-01-19' WHERE id = 2")
    markdown = export_text(seeded_desk, "markdown", ExportScope(article_ids=(1, 2))).text
    bylines = [line for line in markdown.splitlines() if line.startswith("*outlet unknown*")]
    assert bylines == ["*outlet unknown* · 2 December", "*outlet unknown* · 19 January 2026"]
    assert "Monat" not in markdown


def test_the_content_the_verdict_judges_is_in_the_note_and_the_report(
    desk: Desk, tmp_path: Path
) -> None:
    """shift34b (issue 13): the note said "(on the content)" and the report a bare verdict,
    while only the claim detail showed which content: "X told Y that Z" is rated on Z. A
    denial's Z is not what is put forward, so it is never shown as the content. Invented text."""
    reported = "The harbour master told the Gazette that the east pier would reopen in April."
    denied = "The ferry company denied that its crews had walked out on Tuesday."
    body = f"Pier news\n\n{reported}\n\n{denied}\n"
    source = tmp_path / "pier.txt"
    source.write_text(body, encoding="utf-8")
    assert not desk.import_paths([source]).failed
    article_id = desk.articles()[0].id
    ids = []
    for sentence in (reported, denied):
        start = body.index(sentence)
        claim = desk.add_claim(article_id, start, start + len(sentence))
        desk.set_verdict(claim.id, "disputed")
        ids.append(claim.id)
    assert "\nContent: The east pier would reopen in April\nVerdict: DISPUTED" in desk.note_text(
        ids[0]
    )
    assert "Content:" not in desk.note_text(ids[1])
    markdown = export_text(desk, "markdown").text
    assert markdown.count("  - Content: The east pier would reopen in April\n") == 2  # + finding
    assert "Content: Its crews" not in markdown
