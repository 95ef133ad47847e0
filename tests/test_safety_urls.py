"""URL-like fields take http(s) only (evidence also a DOI), in the core every writer uses:
the Desk (CLI and app), merge files, imports, the config and the export identity. Each
refusal is one line and writes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from factdesk.cli import entry as cli
from factdesk.desk.service import Desk, DeskError
from factdesk.export import desk_identity
from factdesk.export.atomic import ExportError
from factdesk.settings.config import ConfigError, load_config
from factdesk.text.urls import refuse_url

BAD = ("javascript:alert(1)", "file:///etc/passwd", "data:text/html,<b>x</b>", "ftp://x.org/a")


def one_line(err: str) -> bool:
    return len(err.splitlines()) == 1 and "Traceback" not in err


@pytest.mark.parametrize("entry", BAD)
def test_the_desk_refuses_evidence_that_is_not_http_or_a_doi(seeded_desk: Desk, entry: str) -> None:
    claim = seeded_desk.claims()[0]
    with pytest.raises(DeskError) as refused:
        seeded_desk.set_note(claim.id, "checked", ["https://example.org/ok", entry])
    assert one_line(str(refused.value)) and "evidence" in str(refused.value)
    fresh = seeded_desk.claim(claim.id)
    assert (fresh.note, list(fresh.evidence)) == ("", [])  # nothing saved, not even the note
    good = ["https://example.org/ok", "doi:10.1000/xyz"]
    seeded_desk.set_note(claim.id, "checked", good)
    assert list(seeded_desk.claim(claim.id).evidence) == good


def test_a_merge_file_with_bad_evidence_is_refused_with_its_line(
    seeded_desk: Desk, tmp_path: Path, capsys
) -> None:
    seeded_desk.set_verdict(seeded_desk.claims()[0].id, "disputed")
    from factdesk.export import export_text

    lines = [json.loads(line) for line in export_text(seeded_desk, "jsonl").text.splitlines()]
    lines[1]["evidence"] = ["javascript:alert(1)"]
    lines[1]["verdict"] = "contradicted"
    path = tmp_path / "theirs.jsonl"
    path.write_text("\n".join(map(json.dumps, lines)), encoding="utf-8")
    before = seeded_desk.change_mark()
    assert cli.main(["merge", str(path), "--db", str(seeded_desk.path)]) == 1
    err = capsys.readouterr().err
    assert one_line(err) and "line 2" in err and "javascript" in err
    assert seeded_desk.change_mark() == before


def test_an_imported_url_that_is_not_http_is_left_out_with_a_notice(
    desk: Desk, tmp_path: Path
) -> None:
    source = tmp_path / "a.md"
    source.write_text(
        "---\ntitle: A\nurl: javascript:alert(document.cookie)\n---\n\n"
        "The mayor said the bridge was closed on Monday after the flood.\n",
        encoding="utf-8",
    )
    report = desk.import_paths([source])
    assert not report.failed
    [outcome] = report.outcomes
    assert "javascript" in outcome.message and "refused" in outcome.message
    assert desk.article(desk.articles()[0].id).url is None


def test_config_desk_urls_are_http_only_naming_file_and_line(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[desk]\nname = "D"\nurl = "javascript:alert(1)"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"config\.toml.*line 3.*refused"):
        load_config(config)
    config.write_text('[desk]\nclaim_base_url = "https://d.example/c/{id}"\n', encoding="utf-8")
    assert load_config(config).claim_base_url == "https://d.example/c/{id}"


def test_export_refuses_a_desk_url_that_is_not_http(seeded_desk: Desk, capsys) -> None:
    with pytest.raises(ExportError):
        desk_identity(seeded_desk, url="javascript:alert(1)")
    db = str(seeded_desk.path)
    code = cli.main(["export", "--db", db, "--format", "claimreview", "--desk-url", "file:///x"])
    assert code == 1
    err = capsys.readouterr().err
    assert one_line(err) and "desk URL" in err


def test_refusal_lines_are_short_and_single(tmp_path: Path) -> None:
    refusal = refuse_url("url", "javascript:" + "a" * 500)
    assert refusal is not None and one_line(refusal) and len(refusal) < 140
    assert refuse_url("url", "https://example.org/a?b=c") is None
