"""ClaimReview a fact-checker can publish: publication fields, ratings, strictness, JSON-LD.

Every export is expanded with pyld, offline: the document loader serves a bundled copy of the
schema.org context's terms for the ClaimReview vocabulary (tests/data), so a property the
context does not know, or a value JSON-LD would drop (a null), fails the test. The guideline's
required fields are then checked explicitly.
"""

from __future__ import annotations

import json
import os
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from export_support import apply_plan, fix_clock, open_seeded
from factdesk.cli.entry import main
from factdesk.desk.service import Desk
from factdesk.domain.models import Article, Claim
from factdesk.domain.publication import Publication, PublicationError
from factdesk.export import (
    ExportError,
    ExportScope,
    claimreview,
    desk_identity,
    export_per_claim,
    export_text,
)
from factdesk.export.claimreview import (
    DeskIdentity,
    claim_review,
    default_summary,
    html_safe_json,
    missing_fields,
    render_claimreview,
    short_summary,
)
from factdesk.export.csv_format import csv_row
from factdesk.export.jsonl_format import jsonl_object
from factdesk.export.records import (
    MISATTRIBUTED_SENTENCE,
    MISATTRIBUTED_SENTENCES,
    ExportRecord,
    misattributed_sentence,
)
from factdesk.settings.config import Config, load_config
from factdesk.settings.ratings import RatingScale

pyld = pytest.importorskip("pyld")
from pyld import jsonld  # noqa: E402

CONTEXT_FILE = Path(__file__).parent / "data" / "schemaorg-context.jsonld"
SCHEMA = "http://schema.org/"
KNOWN_TERMS = {
    key for key in json.loads(CONTEXT_FILE.read_text())["@context"] if not key.startswith("@")
}


def offline_loader(url: str, options: Any = None) -> dict[str, Any]:
    """schema.org's context from the bundled file; any other URL fails the test."""
    if url.rstrip("/") not in ("https://schema.org", "http://schema.org"):
        raise AssertionError(f"the export asked for {url}: it must only name schema.org")
    return {
        "contextUrl": None,
        "documentUrl": url,
        "document": json.loads(CONTEXT_FILE.read_text(encoding="utf-8")),
    }


def expand(review: dict[str, Any]) -> list[dict[str, Any]]:
    """JSON-LD expansion that fails on any dropped property."""
    dropped: list[str | None] = []
    expanded = jsonld.expand(
        review, {"documentLoader": offline_loader}, on_property_dropped=dropped.append
    )
    assert dropped == [], f"JSON-LD dropped {dropped}"
    return expanded


def predicates(node: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(node, list):
        for item in node:
            found |= predicates(item)
    elif isinstance(node, dict):
        for key, value in node.items():
            if not key.startswith("@"):
                found.add(key)
            found |= predicates(value)
    return found


def assert_publishable(review: dict[str, Any]) -> None:
    """Valid JSON-LD in schema.org terms, with Google's required fields."""
    [node] = expand(review)
    assert node["@type"] == [SCHEMA + "ClaimReview"]
    unknown = {p for p in predicates(node) if p.removeprefix(SCHEMA) not in KNOWN_TERMS}
    assert unknown == set(), f"not ClaimReview vocabulary: {unknown}"
    for field in ("claimReviewed", "url", "author", "reviewRating", "datePublished"):
        assert node.get(SCHEMA + field), f"required {field} missing"
    rating = node[SCHEMA + "reviewRating"][0]
    assert rating[SCHEMA + "alternateName"][0]["@value"]
    author = node[SCHEMA + "author"][0]
    assert author[SCHEMA + "name"][0]["@value"]
    item = node[SCHEMA + "itemReviewed"][0]
    assert item["@type"] == [SCHEMA + "Claim"]
    assert len(review["claimReviewed"]) <= 75
    assert "null" not in json.dumps(review)
    assert missing_fields(review) == []


@pytest.fixture
def planned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Desk:
    fix_clock(monkeypatch)
    desk = open_seeded(tmp_path / "pub.db", monkeypatch)
    apply_plan(desk)
    yield desk
    desk.close()


def reviewed(desk: Desk) -> list[Claim]:
    return [claim for claim in desk.claims() if claim.verdict]


def test_every_review_of_the_desk_is_publishable_json_ld(planned: Desk) -> None:
    first = reviewed(planned)[0]
    planned.set_publication(
        first.id, summary="Kupiansk fell on 20 November", claimant="General Staff",
        claimant_type="organisation", claim_date="2025-11-20", headline="Not captured",
        appearance_url="https://news.example/a", first_appearance_url="https://tv.example/b",
        language="uk",
    )  # fmt: skip
    reviews = json.loads(export_text(planned, "claimreview", strict=True).text)
    assert len(reviews) == len(reviewed(planned)) > 4
    for review in reviews:
        assert_publishable(review)
    top = next(r for r in reviews if r["url"].endswith(f"/{first.id}"))
    assert top["claimReviewed"] == "Kupiansk fell on 20 November"
    assert top["headline"] == "Not captured" and top["inLanguage"] == "uk"
    item = top["itemReviewed"]
    assert item["author"] == {"@type": "Organization", "name": "General Staff"}
    assert item["datePublished"] == "2025-11-20"
    own = item["appearance"][0] if isinstance(item["appearance"], list) else item["appearance"]
    assert own["url"] == "https://news.example/a"
    assert item["firstAppearance"] == {"@type": "CreativeWork", "url": "https://tv.example/b"}


def test_note_is_the_review_body_and_evidence_the_citation(planned: Desk) -> None:
    reviews = {r["url"]: r for r in json.loads(export_text(planned, "claimreview").text)}
    for claim in reviewed(planned):
        review = reviews[f"https://factcheck.example.org/claims/{claim.id}"]
        parts = [MISATTRIBUTED_SENTENCE] if claim.attribution == "misattributed" else []
        parts += [claim.note.strip()] if claim.note.strip() else []
        if parts:
            assert review["reviewBody"] == "\n\n".join(parts)
        else:
            assert "reviewBody" not in review
        if claim.attribution == "misattributed":
            assert "author" not in review["itemReviewed"]
        works = [c for c in review.get("citation", []) if isinstance(c, dict)]
        given = [c["url"] for c in works if "text" not in c]
        assert given == [e for e in claim.evidence if e.startswith("https://")]
    texts = [c for r in reviews.values() for c in r.get("citation", []) if isinstance(c, str)]
    assert "doi:10.1000/archive-copy" in texts


def test_a_linked_claim_is_cited_by_its_article_and_words_never_by_desk_ids(
    planned: Desk,
) -> None:
    """A public review cites what a reader can follow: the linked claim's article (headline,
    and URL where it has one) and its words; "linked claim 37 (article 3)" means nothing
    outside the desk (issue 13)."""
    first, other = planned.claims(1)[0], planned.claims(2)[0]
    reviews = {r["url"]: r for r in json.loads(export_text(planned, "claimreview").text)}
    review = reviews[f"https://factcheck.example.org/claims/{first.id}"]
    cited = review["citation"]
    assert not any("linked claim" in json.dumps(item, ensure_ascii=False) for item in cited)
    [work] = [c for c in cited if isinstance(c, dict) and "text" in c]
    assert work["headline"] == planned.article(2).title
    assert work["text"] == other.text
    assert_publishable(review)


def test_appearance_lists_every_article_carrying_the_same_claim(planned: Desk) -> None:
    pairs = [
        (claim, match)
        for claim in planned.claims()
        for match in planned.related(claim.id)
        if match.label == "same"
    ]
    if not pairs:
        pytest.skip("the index finds no claim repeated across the seeds")
    claim, _ = pairs[0]
    others = {m.article_title for c, m in pairs if c.id == claim.id}
    planned.set_verdict(claim.id, "disputed")
    scope = ExportScope(reviewed_only=True)
    reviews = json.loads(export_text(planned, "claimreview", scope).text)
    [review] = [r for r in reviews if r["url"].endswith(f"/{claim.id}")]
    appearance = review["itemReviewed"]["appearance"]
    headlines = [work["headline"] for work in appearance]
    assert headlines[0] == planned.article(claim.article_id).title
    assert set(headlines[1:]) == others
    assert_publishable(review)


def record(speaker: str | None, sourcing: str = "named", **chosen: str) -> ExportRecord:
    article = Article(
        id=1, title="Report", outlet="Daily", author=None, date_text=None, date_iso="2025-11-19",
        url="https://news.example/r", source_path=None, imported_at="", version=1,
    )  # fmt: skip
    claim = Claim(
        id=9, article_id=1, version=1, start=0, end=5, text="Over 80% of the town is held now.",
        kind="statistic", speaker=speaker, sourcing=sourcing, score=0.5, verdict="disputed",
        note="Satellite images show otherwise.", updated_at="2025-11-21T10:00:00Z",
    )  # fmt: skip
    return ExportRecord(article, claim, "f" * 64, publication=Publication(**chosen))


IDENTITY = DeskIdentity("Desk", "https://desk.example", "https://desk.example/c/")


def written(text: str, body: str = "", **chosen: str) -> ExportRecord:
    """A reviewed, misattributed claim of ``text`` in an article of ``body`` (or the claim)."""
    made = record("Oleh Syniehubov", **chosen)
    made.claim.text, made.article.body = text, body or text
    made.misattributed = MISATTRIBUTED_SENTENCE
    return made


UKRAINIAN = "Міська рада заявила, що нову школу збудують до осені."
RUSSIAN = "Губернатор сообщил, что новые мосты открыты для грузовиков."
NEITHER = "Он сказал, что город взят."  # no letter only one of the two alphabets has
NAMES_KYIV_PLACE = "Вокзал в Ірпінь откроют к осени, обещал мэр."  # і і against э: one more
QUOTES_RUSSIAN_WORD = "«Выход есть», — сказав мер."  # one ы, nothing Ukrainian-only
RUSSIAN_ARTICLE = "Дорогу на Бучу откроют в мае. Жители этого ждали, объезд не нужен."
UKRAINIAN_ARTICLE = "Депутати обласної ради затвердили бюджет. Голова ради сказав, що гроші є."


@pytest.mark.parametrize(
    ("text", "body", "configured", "expected"),
    [
        (UKRAINIAN, "", None, "uk"),
        (RUSSIAN, "", None, "ru"),
        (RUSSIAN, "", "en", "ru"),  # the desk's one tag was every claim's
        (UKRAINIAN, "", "uk-UA", "uk-UA"),  # the same language, said more precisely
        (NEITHER, f"{NEITHER} Мэр это подтвердил.", None, "ru"),  # its article decides
        (NEITHER, "", "uk", "uk"),  # unknown: the desk's
        (NEITHER, "", None, None),
        ("Over 80% of the town is held now.", "", None, "en"),
        ("Over 80% of the town is held now.", "", "en-GB", "en-GB"),
        ("Over 80% of the town is held now.", "", "uk", "en"),
        ("Over 80% of the town is held now.", "", "pt-BR", "pt-BR"),  # Latin: read as English
        # one letter more is a quoted place, not the claim's language: the article decides
        (NAMES_KYIV_PLACE, f"{RUSSIAN_ARTICLE} {NAMES_KYIV_PLACE}", None, "ru"),
        (NAMES_KYIV_PLACE, f"{RUSSIAN_ARTICLE} {NAMES_KYIV_PLACE}", "uk", "ru"),
        (QUOTES_RUSSIAN_WORD, f"{UKRAINIAN_ARTICLE} {QUOTES_RUSSIAN_WORD}", None, "uk"),
        (NAMES_KYIV_PLACE, "", None, "uk"),  # no article to say otherwise: its own letter
        # two or more: the claim is in the other language (a quotation kept as spoken)
        (UKRAINIAN, f"{RUSSIAN_ARTICLE} {UKRAINIAN}", None, "uk"),
        (RUSSIAN, f"{UKRAINIAN_ARTICLE} {RUSSIAN}", "uk-UA", "ru"),
        # a tag the alphabets do not list is no Latin-script language: English stays English
        ("Over 80% of the town is held now.", "", "zh", "en"),
        ("Over 80% of the town is held now.", "", "ar-EG", "en"),
        (UKRAINIAN, "", "zh-CN", "uk"),
        # a Latin-script language with no letter beyond ASCII: the desk's tag, as pt-BR's
        ("Over 80% of the town is held now.", "", "id", "id"),
        ("Over 80% of the town is held now.", "", "ms-MY", "ms-MY"),
        ("Over 80% of the town is held now.", "", "sw", "sw"),
        ("Over 80% of the town is held now.", "", "tl", "tl"),
        ("Over 80% of the town is held now.", "", "es", "es"),
        ("Over 80% of the town is held now.", "", "en-US", "en-US"),
        (RUSSIAN, "", "id", "ru"),  # Cyrillic is never read as the Latin desk's language
    ],
)
def test_a_review_is_in_its_claims_language(text, body, configured, expected) -> None:
    """inLanguage is the claim's (a Russian or Ukrainian claim had none unless ``[desk]
    language`` was set, and then the desk's), and the CSV and JSON Lines say the same."""
    made = written(text, body)
    identity = DeskIdentity("Desk", "https://desk.example", "https://desk.example/c/",
                            language=configured)  # fmt: skip
    review = claim_review(made, identity)
    assert review.get("inLanguage") == expected
    assert review["reviewBody"].startswith(misattributed_sentence(expected))
    assert csv_row(made, configured)["language"] == (expected or "")
    assert jsonl_object(made, configured)["language"] == expected


def test_the_reviewers_language_wins_over_the_claims() -> None:
    review = claim_review(written(UKRAINIAN, language="ru"), IDENTITY)
    assert review["inLanguage"] == "ru"
    assert review["reviewBody"].startswith(MISATTRIBUTED_SENTENCES["ru"])


@pytest.mark.parametrize(
    ("speaker", "sourcing", "expected"),
    [
        ("critics", "anonymous", None),
        ("one elderly resident", "named", None),
        ("a senior official", "unattributed", None),
        ("Ukrainian military", "named", {"@type": "Organization", "name": "Ukrainian military"}),
        ("Olena Kovalenko", "named", {"@type": "Person", "name": "Olena Kovalenko"}),
        ("Sources close to Kremlin", "anonymous", None),
    ],
)
def test_anonymous_sources_are_never_published_as_people(speaker, sourcing, expected) -> None:
    item = claim_review(record(speaker, sourcing), IDENTITY)["itemReviewed"]
    assert item.get("author") == expected


def test_claimant_set_by_the_reviewer_wins_and_none_publishes_nobody() -> None:
    chosen = claim_review(record("critics", claimant="Oleh Syniehubov"), IDENTITY)
    assert chosen["itemReviewed"]["author"] == {"@type": "Person", "name": "Oleh Syniehubov"}
    org = claim_review(
        record("Oleh", claimant="Kharkiv OVA", claimant_type="organisation"), IDENTITY
    )
    assert org["itemReviewed"]["author"]["@type"] == "Organization"
    nobody = claim_review(record("Olena Kovalenko", claimant_type="none"), IDENTITY)
    assert "author" not in nobody["itemReviewed"]


def test_misattributed_claim_says_so_and_names_no_claimant() -> None:
    item = record("Olena Kovalenko")
    item.misattributed = MISATTRIBUTED_SENTENCE
    review = claim_review(item, IDENTITY)
    assert "author" not in review["itemReviewed"]
    assert review["reviewBody"].startswith(MISATTRIBUTED_SENTENCE)
    assert review["reviewBody"].endswith("Satellite images show otherwise.")
    item.publication = Publication(language="uk")  # a Ukrainian review says it in Ukrainian
    body = claim_review(item, IDENTITY)["reviewBody"]
    assert body.startswith("Помилково приписано: ") and "The attribution" not in body
    item.publication = Publication(language="ru-RU")
    assert claim_review(item, IDENTITY)["reviewBody"].startswith("Ошибочно приписано: ")
    item.publication = Publication(language="pt-BR")  # no sentence of its own: English
    assert claim_review(item, IDENTITY)["reviewBody"].startswith(MISATTRIBUTED_SENTENCE)


def test_the_misattributed_sentence_has_one_home_by_language() -> None:
    """English lived in ``records``, Russian and Ukrainian in ``claimreview``: one table now,
    read by the primary subtag, English for a language the desk has no sentence in."""
    assert misattributed_sentence() == misattributed_sentence("en-GB") == MISATTRIBUTED_SENTENCE
    assert misattributed_sentence("UK").startswith("Помилково приписано: ")
    assert misattributed_sentence("ru-RU").startswith("Ошибочно приписано: ")
    assert misattributed_sentence("pt-BR") == MISATTRIBUTED_SENTENCE
    assert set(MISATTRIBUTED_SENTENCES) == {"en", "ru", "uk"}
    assert not hasattr(claimreview, "MISATTRIBUTED_IN"), "the sentences' second home is gone"


@pytest.mark.parametrize(
    "text",
    [
        "The General Staff said on Tuesday that more than eighty per cent of the town "
        "was under its control, and that the rest would follow within days.",
        "Short claim.",
        "x" * 120,
        "Захисники утримують позиції в північній частині міста, заявив речник угруповання "
        "військ, додавши, що бої тривають.",
    ],
)
def test_short_summary_cuts_on_a_word_boundary(text: str) -> None:
    summary = short_summary(text)
    assert len(summary) <= 75
    if len(text) <= 75:
        assert summary == text
    else:
        assert summary.endswith("…")
        stem = summary[:-1]
        assert text.startswith(stem)
        if " " in text[:75]:
            assert text[len(stem)] in " ,", "cut inside a word"


def test_ratings_from_the_config_in_any_language(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(
        '[ratings.disputed]\nlabel = "Спірне"\nvalue = 3\nbest = 5\n'
        '[ratings.unverifiable]\nlabel = "Не перевірено"\n',
        encoding="utf-8",
    )
    config = load_config(path)
    assert config.ratings["disputed"] == RatingScale("Спірне", 3, 5, 1)
    identity = DeskIdentity("Desk", None, "https://d/", ratings=config.ratings)
    review = claim_review(record("Olena Kovalenko"), identity)
    assert review["reviewRating"] == {
        "@type": "Rating", "alternateName": "Спірне", "ratingValue": 3, "bestRating": 5,
        "worstRating": 1,
    }  # fmt: skip
    assert "Спірне" in html_safe_json(review), "labels stay readable, not \\u-escaped"


@pytest.mark.parametrize(
    "table",
    ['[ratings.disputed]\nvalue = 9\n', '[ratings.disputed]\nlabel = ""\n',
     '[ratings.sure]\nlabel = "x"\n', '[ratings.disputed]\nworst = 4\n'],
)  # fmt: skip
def test_bad_ratings_name_the_file_and_line(tmp_path: Path, table: str) -> None:
    from factdesk.settings.config import ConfigError

    path = tmp_path / "config.toml"
    path.write_text("reviewer = 'a'\n" + table, encoding="utf-8")
    with pytest.raises(ConfigError, match=r"config\.toml, line [23]: \[ratings"):
        load_config(path)


def test_script_end_tags_cannot_leave_the_json() -> None:
    hostile = record("Olena Kovalenko", summary="</script><script>alert(1)</script> & more")
    text = html_safe_json(claim_review(hostile, IDENTITY))
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\\u003c/script\\u003e\\u003cscript\\u003ealert(1)" in text
    assert json.loads(text)["claimReviewed"].startswith("</script><script>alert(1)")


def test_strict_refuses_and_names_the_claims(
    seeded_desk: Desk, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = [claim.id for claim in seeded_desk.claims()[:2]]
    for claim_id in ids:
        seeded_desk.set_verdict(claim_id, "disputed")
    db, out = str(seeded_desk.path), tmp_path / "reviews.json"
    assert main(["export", "--db", db, "-o", str(out), "--desk-name", "Desk"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "refusing to write ClaimReview" in err
    assert f"url missing for claims {ids[0]}, {ids[1]}" in err and "--claim-base-url" in err
    assert not out.exists()
    assert main(["export", "--db", db, "-o", str(out), "--no-strict"]) == 0
    assert len(json.loads(out.read_text())) == 2
    with pytest.raises(ExportError, match="author name missing"):
        export_text(seeded_desk, "claimreview", strict=True)


def test_one_file_per_reviewed_claim(planned: Desk, tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    result = export_per_claim(planned, folder)
    files = sorted(folder.iterdir())
    assert result.claims == len(files) == len(reviewed(planned))
    for path in files:
        review = json.loads(path.read_text(encoding="utf-8"))
        assert (
            isinstance(review, dict) and path.name == f"claim-{review['url'].split('/')[-1]}.json"
        )
        assert_publishable(review)


def test_pages_that_hold_their_review_already_are_not_rewritten(
    planned: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every page was rewritten and synced twice (the file, then its folder) at each export:
    publishing the same folder of 3,000 pages again took over a minute, and every page looked
    new to a site that uploads what changed. Now a page that holds its review stays as it is,
    the folder is synced once, and a changed review is written."""
    import factdesk.export as export_module

    synced: list[Path] = []
    monkeypatch.setattr(export_module, "sync_folder", synced.append, raising=False)
    folder = tmp_path / "pages"
    export_per_claim(planned, folder)
    pages = sorted(folder.iterdir())
    assert len(pages) >= 3 and synced == [folder]
    for page in pages:
        os.utime(page, ns=(1_000_000_000, 1_000_000_000))
    synced.clear()
    export_per_claim(planned, folder)
    assert [page.stat().st_mtime_ns for page in pages] == [1_000_000_000] * len(pages)
    assert synced == []
    first = reviewed(planned)[0]
    planned.set_note(first.id, "Registry entry checked on the day.")
    export_per_claim(planned, folder)
    changed = [page for page in pages if page.stat().st_mtime_ns != 1_000_000_000]
    assert changed == [folder / f"claim-{first.id}.json"] and synced == [folder]
    assert "Registry entry" in changed[0].read_text(encoding="utf-8")


def test_a_merged_note_publishes_no_colleagues_login(
    planned: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A colleague's note merged in begins with their login ("…\n\nquill: …"), and the
    ClaimReview's reviewBody, a public page's text, carried the login as written: the report
    and an anonymised CSV never show it. Now it reads as the report names that reviewer."""
    from factdesk.desk.merge import merge_file
    from factdesk.export import export_file
    from factdesk.export.options import ExportOptions

    colleague = open_seeded(tmp_path / "quill.db", monkeypatch, reviewer="quill")
    mine = reviewed(planned)[0]
    theirs = next(c for c in colleague.claims() if c.text == mine.text)
    colleague.set_verdict(theirs.id, mine.verdict)  # the same verdict: the notes are joined
    colleague.set_note(theirs.id, "Ferry timetable for that week shows no sailing.", [])
    path = export_file(colleague, "jsonl", tmp_path / "quill.jsonl").path
    colleague.close()
    planned.set_note(mine.id, "Harbour office confirmed by phone.", [])
    merge_file(planned, path)
    assert "\n\nquill: Ferry timetable" in planned.claim(mine.id).note
    identity = desk_identity(planned, name="Quayside Fact Desk", url="https://quayside.example")
    reviews = json.loads(export_text(planned, "claimreview", identity=identity).text)
    [body] = [b for r in reviews if (b := r.get("reviewBody", "")).startswith("Harbour office")]
    assert "quill" not in body and re.search(r"\n\nReviewer \d+: Ferry timetable", body), body
    named = ExportOptions(reviewers={"quill": "Quill Example"})
    folder = tmp_path / "pages"
    export_per_claim(planned, folder, identity=identity, options=named)
    page = json.loads((folder / f"claim-{mine.id}.json").read_text(encoding="utf-8"))
    assert page["reviewBody"].endswith(
        "\n\nQuill Example: Ferry timetable for that week shows no sailing."
    )


def test_a_cleared_rating_is_withdrawn_from_the_pages_folder(planned: Desk, tmp_path: Path) -> None:
    """``verdict N --clear`` then the same export: ``claim-N.json`` stayed in the folder a site
    publishes. Pages of claims cleared or hidden are removed and named; a page outside the
    export's articles, a reviewed claim outside its --verdict filter and other files stay."""
    folder = tmp_path / "pages"
    export_per_claim(planned, folder)
    first, second, third = reviewed(planned)[:3]
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    planned.set_verdict(first.id, None)
    planned.hide_claim(second.id)
    result = export_per_claim(planned, folder)
    names = {p.name for p in folder.iterdir()}
    assert f"claim-{first.id}.json" not in names and f"claim-{second.id}.json" not in names
    assert {f"claim-{third.id}.json", "notes.txt"} <= names
    assert [line.split(": claim ")[1] for line in result.warnings if "removed" in line] == [
        f"{claim.id} {why} (its rating is withdrawn)"
        for claim, why in sorted(
            [(first, "has no verdict now"), (second, "is hidden now")],
            key=lambda pair: f"claim-{pair[0].id}.json",
        )
    ]
    elsewhere = next(c for c in reviewed(planned) if c.article_id != third.article_id)
    planned.set_verdict(elsewhere.id, None)
    export_per_claim(planned, folder, ExportScope(article_ids=(third.article_id,)))
    assert f"claim-{elsewhere.id}.json" in {p.name for p in folder.iterdir()}, "not its scope"
    export_per_claim(planned, folder)
    assert f"claim-{elsewhere.id}.json" not in {p.name for p in folder.iterdir()}


def test_another_desks_pages_in_the_folder_are_not_withdrawn(planned: Desk, tmp_path: Path) -> None:
    """Two desks exporting into one folder: a page another desk wrote (its author another
    name and URL) was removed as "no longer on the desk" when its number was no claim of this
    one; a file that is no ClaimReview stays too. This desk's own stale page still goes."""
    folder = tmp_path / "pages"
    first, second = reviewed(planned)[:2]
    other = desk_identity(planned, name="Harbour Ledger Checks", url="https://ledger.example")
    export_per_claim(planned, folder, identity=other)
    foreign = folder / "claim-90001.json"  # another desk's claim 90001, by that desk's author
    (folder / f"claim-{first.id}.json").rename(foreign)
    broken = folder / "claim-90002.json"
    broken.write_text("{not json", encoding="utf-8")
    own = desk_identity(planned, name="Quayside Fact Desk", url="https://quayside.example")
    export_per_claim(planned, folder, identity=own)
    stale = folder / "claim-90003.json"  # this desk's page of a claim gone since
    (folder / f"claim-{second.id}.json").replace(stale)
    result = export_per_claim(planned, folder, identity=own)
    assert foreign.exists() and broken.read_text(encoding="utf-8") == "{not json"
    assert json.loads(foreign.read_text(encoding="utf-8"))["author"]["name"] == other.name
    assert not stale.exists()
    assert [line for line in result.warnings if "removed" in line] == [
        f"removed {stale}: claim 90003 is no longer on the desk (its rating is withdrawn)"
    ]


def test_one_per_claim_from_the_cli_refuses_before_writing_anything(
    seeded_desk: Desk, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seeded_desk.set_verdict(seeded_desk.claims()[0].id, "contradicted")
    folder = tmp_path / "pages"
    db = str(seeded_desk.path)
    assert main(["export", "--db", db, "--one-per-claim", str(folder)]) == 1
    assert not folder.exists() and "refusing" in capsys.readouterr().err
    args = ["--desk-name", "D", "--claim-base-url", "https://d.example/c/"]
    assert main(["export", "--db", db, "--one-per-claim", str(folder), *args]) == 0
    assert [p.name for p in folder.iterdir()] == [f"claim-{seeded_desk.claims()[0].id}.json"]


def test_publish_command_sets_shows_and_clears(
    seeded_desk: Desk, capsys: pytest.CaptureFixture[str]
) -> None:
    claim_id = seeded_desk.claims()[0].id
    db = str(seeded_desk.path)
    args = ["publish", str(claim_id), "--db", db, "--summary", "  Town   held ", "--claimant",
            "Kharkiv OVA", "--claimant-type", "organization", "--claim-date", "2025-11-19",
            "--language", "pt-BR"]  # fmt: skip
    assert main(args) == 0
    assert seeded_desk.publication(claim_id) == Publication(
        summary="Town held", claimant="Kharkiv OVA", claimant_type="organisation",
        claim_date="2025-11-19", language="pt-BR",
    )  # fmt: skip
    assert main(["publish", str(claim_id), "--db", db, "--summary", ""]) == 0
    assert seeded_desk.publication(claim_id).summary is None
    capsys.readouterr()
    later = (date.today() + timedelta(days=40)).isoformat()  # a mistyped year: 2062 for 2026
    for bad in (["--claim-date", "19.11.2025"], ["--claim-date", later],
                ["--appearance-url", "javascript:alert(1)"],
                ["--claimant-type", "robot"], ["--language", "english language"]):  # fmt: skip
        with pytest.raises(SystemExit) as exit_:  # a usage error, checked before the desk
            main(["publish", str(claim_id), "--db", db, *bad])
        err = capsys.readouterr().err
        assert exit_.value.code == 2
        assert err.count("\n") == 1 and err.startswith("factdesk publish: error: ")
    assert seeded_desk.publication(claim_id).claim_date == "2025-11-19"
    assert main(["publish", "99999", "--db", db]) == 1
    with pytest.raises(PublicationError):
        seeded_desk.set_publication(claim_id, colour="red")


def test_a_summary_over_the_recommended_length_is_published_whole_and_warned(
    seeded_desk: Desk, capsys: pytest.CaptureFixture[str]
) -> None:
    """A reviewer's summary of 90 characters went out as ``claimReviewed`` with no word, while
    the dialog's label says "up to 75": both the command and the export now say so."""
    claim_id = seeded_desk.claims()[0].id
    db = str(seeded_desk.path)
    seeded_desk.set_verdict(claim_id, "disputed")
    long = (
        "Міська рада не закривала жодного мосту для вантажівок цієї зими, "
        "всупереч заявам перевізників"
    )
    assert len(long) > 75
    assert main(["publish", str(claim_id), "--db", db, "--summary", long]) == 0
    assert f"the summary is {len(long)} characters" in capsys.readouterr().err
    assert main(["export", "--format", "claimreview", "--no-strict", "--db", db]) == 0
    out, err = capsys.readouterr()
    [review] = json.loads(out)
    assert review["claimReviewed"] == long, "their wording, whole"
    assert f"claimReviewed over 75 characters for claim {claim_id} " in err
    assert main(["publish", str(claim_id), "--db", db, "--summary", "Bridges stayed open"]) == 0
    assert main(["export", "--format", "claimreview", "--no-strict", "--db", db]) == 0
    assert "over 75" not in capsys.readouterr().err


def test_desk_language_is_the_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The seeds are English: a desk's en-GB names their language more precisely, and stays."""
    fix_clock(monkeypatch)
    desk = open_seeded(tmp_path / "l.db", monkeypatch)
    desk.config = Config(
        reviewer="t", desk_name="D", desk_url=None, claim_base_url="https://d/", language="en-GB"
    )
    claim = desk.claims()[0]
    desk.set_verdict(claim.id, "corroborated")
    [review] = json.loads(export_text(desk, "claimreview", strict=True).text)
    assert review["inLanguage"] == "en-GB" and review["author"] == {
        "@type": "Organization", "name": "D"
    }  # fmt: skip
    assert_publishable(review)
    desk.close()


def test_pandas_stays_out_of_the_test_environment() -> None:
    """sqlite_utils imports pandas whenever it is installed: the suite must not depend on it."""
    import importlib.util

    assert importlib.util.find_spec("pandas") is None


def test_one_folder_of_pages_names_a_colleague_one_way_whatever_each_run_exported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """review33 item 7: "Reviewer N" was counted inside the export's scope, so two
    ``--one-per-claim`` runs over different ``--article`` sets into one folder called one
    colleague "Reviewer 1" on one page and "Reviewer 2" (or their login) on another. Numbered
    over the whole desk's history now, a login keeps its number in every run."""
    from dataclasses import replace

    fix_clock(monkeypatch)
    desk = open_seeded(tmp_path / "pages.db", monkeypatch, reviewer="tomas")
    first, second = (article.id for article in desk.articles(sort="title")[:2])
    b = desk.claims(second)[0]
    desk.set_verdict(b.id, "corroborated")
    desk.set_note(b.id, "Port log read.\n\nmira: Crew list matches.", [])
    a, c = desk.claims(first)[:2]
    desk.set_verdict(c.id, "disputed")
    desk.set_note(c.id, "Harbour camera stills.\n\nmira: The same boat both days.", [])
    desk.config = replace(desk.config, reviewer="mira")
    desk.set_verdict(a.id, "disputed")
    desk.set_note(a.id, "Weather archive read.\n\ntomas: Tide table agrees.", [])
    folder = tmp_path / "pages"
    export_per_claim(desk, folder, ExportScope(article_ids=(first,)))  # --article FIRST
    export_per_claim(desk, folder, ExportScope(article_ids=(second,)))  # --article SECOND
    body = {
        claim.id: json.loads((folder / f"claim-{claim.id}.json").read_text())["reviewBody"]
        for claim in (a, b, c)
    }
    assert body[a.id].endswith("\n\nReviewer 1: Tide table agrees."), body
    assert body[b.id].endswith("\n\nReviewer 2: Crew list matches."), body
    assert body[c.id].endswith("\n\nReviewer 2: The same boat both days."), body
    desk.close()


def test_a_claimant_typed_for_a_misattributed_claim_is_said_to_be_left_out() -> None:
    """shift34b: `publish N --claimant X` on a misattributed claim was accepted and then left
    out of the ClaimReview with no word: the export says so, naming the claim."""
    item = record("Olena Kovalenko", claimant="Hromada Herald")
    item.misattributed = MISATTRIBUTED_SENTENCE
    warnings: list[str] = []
    [review] = json.loads(render_claimreview([item], warnings, IDENTITY))
    assert "author" not in review["itemReviewed"]
    assert [w for w in warnings if w.startswith("claimant not published for misattributed claim 9")]
    quiet: list[str] = []
    render_claimreview([record("Olena Kovalenko", claimant="Hromada Herald")], quiet, IDENTITY)
    assert not [w for w in quiet if w.startswith("claimant not published")]


def test_publish_shows_the_default_claim_reviewed_and_warns_of_a_dropped_claimant(
    seeded_desk: Desk, capsys: pytest.CaptureFixture[str]
) -> None:
    """shift34b: `publish N` showed "summary: (not set)", leaving the publisher to guess the
    claimReviewed the export writes; a claimant typed for a misattributed claim was taken in
    silence and never published."""
    [claim] = [c for c in seeded_desk.claims() if "fully liberated" in c.text and c.speaker][:1]
    db = str(seeded_desk.path)
    capsys.readouterr()
    assert main(["publish", str(claim.id), "--db", db]) == 0
    assert f"summary: (not set; claimReviewed is “{default_summary(claim)}”)" in (
        capsys.readouterr().out
    )
    seeded_desk.set_attribution(claim.id, "misattributed")
    assert main(["publish", str(claim.id), "--db", db, "--claimant", "A relay channel"]) == 0
    assert f"claim {claim.id} is misattributed" in capsys.readouterr().err
