"""Articles from where they come: one import test per format, each on a real-looking file.

The fixtures in tests/data/imports were written for these tests (no network is used: a URL
is served by a stubbed fetcher, or refused when the host cannot be resolved).
"""

from __future__ import annotations

import io
import socket
import sys
from pathlib import Path

import pytest
from factdesk.cli.entry import main
from factdesk.desk.service import Desk
from factdesk.ingest.importer import ImportOptions
from factdesk.ingest.sources import KINDS

DATA = Path(__file__).parent / "data" / "imports"


def only_article(desk: Desk):
    [summary] = desk.articles()
    return desk.article(summary.id)


def test_html_file_through_trafilatura(desk: Desk) -> None:
    pytest.importorskip("trafilatura")
    report = desk.import_paths([DATA / "kupiansk-maps.html"])
    assert not report.failed, report.summary()
    article = only_article(desk)
    assert article.title == "Kupiansk: what the maps show"
    assert (article.outlet, article.author, article.date_iso) == (
        "Kharkiv Daily", "Olena Marchenko", "2025-11-19",
    )  # fmt: skip
    assert "Home | World" not in article.body and "All rights reserved" not in article.body
    assert "<p>" not in article.body
    assert article.body.count("\n\n") >= 2, "paragraphs stay paragraphs"
    speakers = {claim.speaker for claim in desk.claims(article.id)}
    assert "Oleh Syniehubov" in speakers


def test_url_is_fetched_through_trafilatura(desk: Desk, monkeypatch) -> None:
    trafilatura = pytest.importorskip("trafilatura")
    page = (DATA / "kupiansk-maps.html").read_text(encoding="utf-8")
    asked: list[str] = []
    monkeypatch.setattr(socket, "getaddrinfo", lambda host, port: [("ok",)])
    monkeypatch.setattr(trafilatura, "fetch_url", lambda url: asked.append(url) or page)
    url = "https://kharkiv-daily.example/2025/11/19/kupiansk-maps"
    report = desk.import_paths([url])
    assert not report.failed and asked == [url]
    article = only_article(desk)
    assert article.url == url and article.source_path == url
    assert article.title == "Kupiansk: what the maps show"


def test_url_without_network_is_one_line(desk: Desk, monkeypatch, capsys) -> None:
    def no_network(host, port):
        raise socket.gaierror(-3, "Temporary failure in name resolution")

    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    url = "https://news.example/a"
    assert main(["import", url, "--db", str(desk.path)]) == 1
    err = capsys.readouterr().err
    assert err == f"factdesk: {url}: cannot be fetched: no network (cannot resolve news.example)\n"


def test_rss_full_content_else_summary_marked(desk: Desk) -> None:
    report = desk.import_paths([DATA / "regional-news.rss"])
    assert [o.status for o in report.outcomes] == ["imported", "imported"]
    full, summary = sorted((desk.article(a.id) for a in desk.articles()), key=lambda a: a.title)
    assert full.title == "Evacuation from Kupiansk district continues"
    assert "including 31 children" in full.body, "the full content, not the description"
    assert "alert(1)" not in full.body and "<p>" not in full.body
    assert (full.outlet, full.author, full.date_iso) == (
        "Slobozhanshchyna Today", "Iryna Bondar", "2025-11-19",
    )  # fmt: skip
    assert full.url == "https://sloboda.example/2025/11/evacuation"
    assert summary.title == "Power restored in Balakliia (feed summary)"
    assert "9,400 households" in summary.body
    notices = [o.message for o in report.outcomes if o.message]
    assert notices == ["the feed carries only a summary of this entry: imported as a summary"]
    again = desk.import_paths([DATA / "regional-news.rss"])
    assert [o.status for o in again.outcomes] == ["unchanged", "unchanged"]


def test_atom_feed(desk: Desk) -> None:
    assert not desk.import_paths([DATA / "wire.atom"]).failed
    article = only_article(desk)
    assert article.title == "Moscow claims full control of Kupiansk; Kyiv denies it"
    assert article.outlet == "Example Wire: Europe"
    assert "called false" in article.body and "fighting continued" in article.body


def test_yaml_front_matter_folded_value(desk: Desk) -> None:
    assert not desk.import_paths([DATA / "folded-outlet.md"]).failed
    article = only_article(desk)
    assert article.outlet == "Kharkiv Regional Broadcasting Company"
    assert article.title == "Kupiansk: what the governor said"
    assert (article.author, article.date_iso) == ("Petro Savchenko", "2025-11-19")
    assert article.url == "https://krbc.example/news/kupiansk-governor"
    assert article.body.startswith("Oleh Syniehubov said") and "---" not in article.body


def test_toml_front_matter(desk: Desk) -> None:
    assert not desk.import_paths([DATA / "toml-front-matter.md"]).failed
    article = only_article(desk)
    assert article.title == "Grain corridor: the numbers" and article.title != "+++"
    assert (article.outlet, article.author, article.date_iso) == (
        "Odesa Port Review", "Maryna Koval", "2025-11-18",
    )  # fmt: skip
    assert "+++" not in article.body


def test_claims_table_with_a_column_map(desk: Desk) -> None:
    options = ImportOptions(mapping="text=statement,speaker=who,verdict=rating")
    report = desk.import_paths([DATA / "claims.csv"], options=options)
    assert not report.failed
    [outcome] = report.outcomes
    assert outcome.claims == 4 and "1 rows without text left out" in outcome.message
    claims = desk.claims(outcome.article_id)
    assert [c.text for c in claims] == [
        "Kupiansk is fully under Russian control, the defence ministry said.",
        "More than 200 civilians were evacuated from the district on Tuesday.",
        "Power was restored to 9,400 households in Balakliia.",
        "The northern road is closed to all traffic.",
    ]
    assert [c.verdict for c in claims] == ["contradicted", "corroborated", "corroborated",
                                          "disputed"]  # fmt: skip
    assert claims[1].speaker == "Oleh Syniehubov" and claims[1].sourcing == "named"
    assert all(desk.history(c.id)[-1].action == "import" for c in claims)


def test_liar_preset(desk: Desk, capsys) -> None:
    path = DATA / "liar-sample.tsv"
    assert main(["import", str(path), "--preset", "liar", "--db", str(desk.path)]) == 0
    claims = desk.claims()
    assert len(claims) == 4
    assert [c.verdict for c in claims] == ["contradicted", "disputed", "contradicted",
                                          "corroborated"]  # fmt: skip
    assert claims[0].speaker == "maria-lopez"
    assert claims[3].text.startswith("The city has added more than 3,000")


def test_a_table_without_a_map_says_what_it_needs(desk: Desk) -> None:
    [outcome] = desk.import_paths([DATA / "claims.csv"]).outcomes
    assert outcome.status == "failed"
    assert "--map text=COLUMN" in outcome.message and "statement" in outcome.message
    bad = desk.import_paths([DATA / "claims.csv"], options=ImportOptions(mapping="text=body"))
    assert "no column 'body'" in bad.outcomes[0].message


def test_standard_input(desk: Desk, monkeypatch, capsys) -> None:
    text = (DATA / "folded-outlet.md").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text)))
    assert main(["import", "-", "--db", str(desk.path)]) == 0
    article = only_article(desk)
    assert article.outlet == "Kharkiv Regional Broadcasting Company"
    assert article.source_path.startswith("stdin:")
    feed = (DATA / "wire.atom").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(feed)))
    assert main(["import", "-", "--db", str(desk.path)]) == 0
    assert len(desk.articles()) == 2


def test_unknown_extension_refused_named_or_in_a_folder(desk: Desk, tmp_path: Path, capsys):
    data = tmp_path / "data.json"
    data.write_text('{"claims": ["Exports rose 40 per cent."]}', encoding="utf-8")
    assert main(["import", str(data), "--db", str(desk.path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unknown file type .json" in err
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a.txt").write_text("The minister said exports rose 40 per cent in May.\n")
    (folder / "b.json").write_text("{}")
    (folder / "c.pdf").write_bytes(b"%PDF-1.4")
    assert main(["import", str(folder), "--db", str(desk.path)]) == 0
    err = capsys.readouterr().err
    assert err == f"factdesk: {folder}: 2 files of unknown type left out (.json, .pdf)\n"
    assert [a.title for a in desk.articles()] != [] and len(desk.articles()) == 1
    only_pdf = tmp_path / "scans"
    only_pdf.mkdir()
    (only_pdf / "c.pdf").write_bytes(b"%PDF-1.4")
    assert main(["import", str(only_pdf), "--db", str(desk.path)]) == 1
    assert capsys.readouterr().err == (  # one line for the folder, not two
        f"factdesk: {only_pdf}: nothing to import: no {' '.join(KINDS)} files here"
        "; 1 file of unknown type left out (.pdf)\n"
    )


def test_front_matter_that_does_not_parse_is_said(desk: Desk, tmp_path: Path, capsys) -> None:
    """Kept in the text as before (nothing guessed), but said: the article came in titled
    "---" with its header in the body, and the import said nothing."""
    bad = tmp_path / "bad.md"
    bad.write_text("---\ntitle: [unclosed\n---\nThe mayor said the bridge reopened.\n")
    assert main(["import", str(bad), "--db", str(desk.path)]) == 0
    err = capsys.readouterr().err
    said = "front matter not read (not valid YAML or TOML): kept in the text"
    assert err == f"factdesk: {bad}: {said}\n"
    good = tmp_path / "good.md"
    good.write_text("---\ntitle: A bridge\n---\nThe mayor said the bridge reopened on Monday.\n")
    assert main(["import", str(good), "--db", str(desk.path)]) == 0
    assert capsys.readouterr().err == ""


def test_a_jsonl_export_given_to_import_points_to_merge(desk: Desk, tmp_path: Path, capsys):
    export = tmp_path / "colleague.jsonl"
    export.write_text('{"fingerprint": "x"}\n', encoding="utf-8")
    assert main(["import", str(export), "--db", str(desk.path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.rstrip().endswith("is merged: factdesk merge FILE)")


def test_a_scrap_with_no_word_is_refused_but_a_short_real_text_is_not(
    desk: Desk, tmp_path: Path, capsys
) -> None:
    """A 10-byte file starting with a UTF-16 byte-order mark came in as an article titled
    with four CJK characters and 0 claims: it is refused, in one line naming the file; a
    short text with a word, and a real CJK text, still come in."""
    scrap = tmp_path / "scrap.txt"
    scrap.write_bytes(b"\xff\xfeHello wo")
    assert main(["import", str(scrap), "--db", str(desk.path)]) == 1
    err = capsys.readouterr().err
    assert err == (
        f"factdesk: {scrap}: too short to hold an article (4 characters, no word of 3 letters)\n"
    )
    assert desk.articles() == []
    short = tmp_path / "short.txt"
    short.write_text("Fire at the port.\n", encoding="utf-8")
    cjk = tmp_path / "cjk.txt"
    cjk.write_text("港口昨晚发生火灾，消防部门说没有人员伤亡。\n", encoding="utf-8")
    assert main(["import", str(short), str(cjk), "--db", str(desk.path)]) == 0
    assert len(desk.articles()) == 2


def test_no_article_is_conservative() -> None:
    from factdesk.ingest.decoding import no_article

    assert no_article("\u6548\u6c6c\u206f\u6f77") is not None
    assert no_article("?! 12 -- ..") is not None
    assert no_article("Fire.") is None and no_article("Пожар в порту.") is None
    assert no_article("港口发生火灾，消防部门说没有人员伤亡。") is None  # 19, a sentence mark
    assert no_article("港口火灾，无人伤亡。") is None
    assert no_article("xx yy") is not None  # letters apart are no word
