"""Import: seeds, idempotence, new versions with re-anchored verdicts, bad input, atomicity."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from conftest import SEEDS, examples
from factdesk.desk.mergefile import read_export
from factdesk.desk.service import Desk
from factdesk.domain.models import Change, ImportOutcome, ImportReport, ReviewState
from factdesk.export import export_file
from factdesk.ingest import claim_writer
from factdesk.ingest import importer as ingest
from factdesk.ingest.reanchor import same_words
from factdesk.names.singlesource import FLAG
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st


def seed_text(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def bodies(desk: Desk) -> dict[int, str]:
    return {a.id: desk.article(a.id).body for a in desk.articles()}


def test_seeds_import_with_titles_and_exact_offsets(seeded_desk: Desk) -> None:
    articles = seeded_desk.articles(sort="title")
    assert len(articles) == 5
    texts = bodies(seeded_desk)
    claims = seeded_desk.claims()
    assert claims and all(texts[c.article_id][c.start : c.end] == c.text for c in claims)
    titles = {a.title for a in articles}
    assert "Why Ukraine's Retaking Kupiansk Is Strategically Significant" in titles


def test_second_import_changes_nothing(seeded_desk: Desk) -> None:
    before = len(seeded_desk.claims())
    report = seeded_desk.import_paths([SEEDS])
    assert report.count("unchanged") == 5 and report.count("imported") == 0
    assert len(seeded_desk.claims()) == before and seeded_desk.article_count() == 5


def test_same_body_from_another_path_is_unchanged(seeded_desk: Desk, tmp_path: Path) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_text(seed_text("002"), encoding="utf-8")
    outcome = seeded_desk.import_paths([copy]).outcomes[0]
    assert outcome.status == "unchanged" and outcome.article_id is not None


def test_progress_reports_every_file(desk: Desk, tmp_path: Path) -> None:
    folder = tmp_path / "five"  # short articles: the reports are per file, whatever its length
    folder.mkdir()
    for i in range(5):
        write(folder / f"{i}.txt", f"Bridge {i}\n\nThe council said {i + 3} bridges were shut.\n")
    calls = []
    desk.import_paths([folder], progress=lambda done, total, path: calls.append((done, total)))
    assert calls == [(i, 5) for i in range(1, 6)]
    assert desk.article_count() == 5


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def versioned(desk: Desk, tmp_path: Path) -> tuple[Desk, Path]:
    """One seed imported from a file the test may change."""
    path = write(tmp_path / "article.txt", seed_text("002"))
    assert desk.import_paths([path]).count("imported") == 1
    return desk, path


def test_changed_body_is_a_new_version_and_verdicts_move(versioned: tuple[Desk, Path]) -> None:
    desk, path = versioned
    first, second, third, fourth, fifth = desk.claims()[:5]
    desk.set_verdict(first.id, "disputed")
    desk.set_verdict(second.id, "corroborated")
    desk.set_attribution(second.id, "confirmed")
    desk.set_note(third.id, "checked against the ministry briefing")
    desk.set_verdict(fourth.id, "unverifiable")
    desk.set_verdict(fifth.id, "contradicted")
    text = path.read_text(encoding="utf-8")
    text = text.replace(first.text, "An entirely new opening sentence replaces the old one here.")
    reworded = second.text.replace("stated", "said")  # one word: the words it was given to left
    spaced = fifth.text.replace(" ", "  ", 1).replace(".", "!")  # spacing and punctuation only
    write(path, text.replace(second.text, reworded).replace(fifth.text, spaced))

    outcome = desk.import_paths([path]).outcomes[0]
    assert outcome.status == "updated"
    assert outcome.rereview == [first.id, second.id]  # review42 A22: not the reworded one too
    assert outcome.rereview_words == "2 earlier verdicts need re-review"  # CLI and app say it
    article = desk.article(outcome.article_id)
    assert article.version == 2 and article.body == path.read_text(encoding="utf-8")
    now = {c.text: c for c in desk.claims(article.id)}
    assert now[third.text].note == "checked against the ministry briefing"
    assert now[fourth.text].verdict == "unverifiable"
    kept = now[spaced]
    assert kept.verdict == "contradicted" and kept.version == 2
    change = desk.history(kept.id)[-1]
    assert (change.action, change.channel) == ("reanchor", "import")
    assert f"from claim {fifth.id}" in change.detail
    assert change.describe() == (
        f"carried from version 1: verdict none → contradicted (earlier words “{fifth.text}”)"
    )
    # other words: no verdict, no attribution check; the history says what the old words had
    fresh = now[reworded]
    assert (fresh.verdict, fresh.attribution) == (None, None)
    [told] = desk.history(fresh.id)
    assert told.before == told.after  # no verdict read into it, by a merge either
    assert told.describe() == (
        f"not carried from claim {second.id} (version 1), the words changed: was corroborated "
        f"(attribution confirmed) on the earlier words “{second.text}”"
    )
    # nothing deleted: the old claims keep their verdicts and their offsets into the old body
    old_body = desk.store.conn.execute(
        "SELECT body FROM article_versions WHERE article_id = ? AND version = 1", [article.id]
    ).fetchone()[0]
    for claim, verdict in ((first, "disputed"), (second, "corroborated")):
        old = desk.claim(claim.id)
        assert old.version == 1 and old.verdict == verdict
        assert old_body[old.start : old.end] == old.text


def test_a_row_carried_before_words_had_to_match_says_they_changed() -> None:
    state = ReviewState("disputed", "", (), False)
    row = Change(1, 9, "t", "me", "reanchor", ReviewState(None, "", (), False), state,
                 channel="import", detail="from claim 4 (version 2): fuzzy 93")  # fmt: skip
    assert row.describe() == "carried from version 2: verdict none → disputed (the words changed)"


@pytest.mark.parametrize(
    ("old", "new", "same"),
    [
        (
            "The bridge  will close, the mayor said.",
            "The bridge will close — the Mayor said!",
            True,
        ),
        ("It cost **3,000** euros", "It cost 3,000 euros", True),
        ("It cost 3,000 euros", "It cost 3.000 euros", False),
        ("Prices rose 5%", "Prices rose 5", False),
        ("Prices rose -5", "Prices rose 5", False),
        ("The plan would destroy the bay", "The plan could damage the bay", False),
        ("Тарифи зросли на 12%", "Тарифи  зросли на 12 %", True),
    ],
)
def test_same_words_is_what_a_verdict_may_stand_on(old: str, new: str, same: bool) -> None:
    assert same_words(old, new) is same


def test_the_rereview_line_counts_in_words() -> None:
    several = ImportOutcome("a.txt", "updated", rereview=[4, 9])
    assert several.rereview_words == "2 earlier verdicts need re-review"


def test_a_changed_number_is_not_fuzzily_the_same_claim(versioned: tuple[Desk, Path]) -> None:
    desk, path = versioned
    claim = next(c for c in desk.claims() if any(ch.isdigit() for ch in c.text))
    desk.set_verdict(claim.id, "corroborated")
    digit = next(ch for ch in claim.text if ch.isdigit())
    changed = claim.text.replace(digit, str((int(digit) + 1) % 10), 1)
    write(path, path.read_text(encoding="utf-8").replace(claim.text, changed))
    outcome = desk.import_paths([path]).outcomes[0]
    assert outcome.status == "updated" and outcome.rereview == [claim.id]
    assert all(c.verdict is None for c in desk.claims())


def test_manual_claims_and_hidden_claims_carry_over(versioned: tuple[Desk, Path]) -> None:
    desk, path = versioned
    article = desk.article(desk.articles()[0].id)
    start = article.body.index("Petrovsk")
    manual = desk.add_claim(article.id, start, start + len("Petrovsk, Kurilovsk"))
    desk.set_verdict(manual.id, "contradicted")
    hidden = desk.claims()[-1]
    desk.hide_claim(hidden.id)
    write(path, "A new first line was added.\n\n" + path.read_text(encoding="utf-8"))
    outcome = desk.import_paths([path]).outcomes[0]
    assert outcome.status == "updated" and outcome.rereview == []
    current = desk.claims(article.id, include_hidden=True)
    moved = [c for c in current if c.text == "Petrovsk, Kurilovsk"]
    assert len(moved) == 1 and moved[0].verdict == "contradicted" and moved[0].version == 2
    assert moved[0].provenance == "manual" and not moved[0].hidden
    # carried through the one claim writer: every column the writer fills, as it was
    fields = ("kind", "speaker", "speaker_type", "sourcing", "affiliation", "via", "flags")
    assert [getattr(moved[0], f) for f in fields] == [getattr(manual, f) for f in fields]
    assert moved[0].extractor == manual.extractor
    names = "SELECT names FROM claims WHERE id = ?"
    conn = desk.store.conn
    assert (
        conn.execute(names, [moved[0].id]).fetchone() == conn.execute(names, [manual.id]).fetchone()
    )
    body = desk.article(article.id).body
    assert body[moved[0].start : moved[0].end] == "Petrovsk, Kurilovsk"
    assert any(c.hidden and c.text == hidden.text for c in current)


def test_reverting_a_file_restores_verdicts(versioned: tuple[Desk, Path]) -> None:
    desk, path = versioned
    original = path.read_text(encoding="utf-8")
    claim = desk.claims()[2]
    desk.set_verdict(claim.id, "disputed")
    write(path, original + "\nA late correction was appended to the article.\n")
    desk.import_paths([path])
    write(path, original)
    outcome = desk.import_paths([path]).outcomes[0]
    assert outcome.status == "updated" and desk.article(outcome.article_id).version == 3
    assert [c.verdict for c in desk.claims() if c.text == claim.text] == ["disputed"]


def test_links_follow_the_same_words_into_a_new_version(
    versioned: tuple[Desk, Path], tmp_path: Path
) -> None:
    """review43 A7: a link into a re-imported article, and one of its own claims' links,
    follow the claim to the same words of the new version, as its verdict does, each with a
    history row by the import channel that the JSON Lines export (a merge's file) carries and
    no merge reads as a verdict; other words keep the link where it was."""
    desk, path = versioned
    elsewhere = write(tmp_path / "elsewhere.txt", seed_text("003"))
    assert desk.import_paths([elsewhere]).count("imported") == 1
    article = desk.articles(sort="imported")[-1].id  # the versioned article: imported first
    kept, reworded, plain = desk.claims(article)[:3]
    citing, cited = desk.claims(desk.articles(sort="imported")[0].id)[:2]
    assert citing.article_id != article
    desk.link(citing.id, kept.id)  # a link into the article ...
    desk.link(citing.id, reworded.id)
    desk.link(kept.id, cited.id)  # ... and one of its own: neither has a verdict
    desk.link(kept.id, plain.id)  # a link inside the article moves at both ends
    desk.link(reworded.id, cited.id)  # other words: it stays, and the history says so
    text = path.read_text(encoding="utf-8")
    write(path, text.replace(reworded.text, reworded.text.replace(" ", " really ", 1)))

    outcome = desk.import_paths([path]).outcomes[0]
    assert outcome.status == "updated" and outcome.rereview == []
    now = {c.text: c for c in desk.claims(article)}
    new_kept, new_plain = now[kept.text], now[plain.text]
    assert new_kept.version == 2 and new_kept.id != kept.id
    # the link into the article follows the same words; the reworded claim keeps its own
    assert {c.id for c in desk.links(citing.id)} == {new_kept.id, reworded.id}
    assert {c.id for c in desk.links(new_kept.id)} == {cited.id, new_plain.id}
    assert {c.id for c in desk.links(kept.id)} == {cited.id, plain.id}  # nothing deleted
    moved, stays = desk.history(citing.id)[-2:]
    assert (moved.action, moved.channel, moved.before, moved.after) == (
        "reanchor", "import", moved.before, moved.before,
    )  # fmt: skip
    assert moved.describe() == (
        f"link moved from claim {kept.id} (version 1) to claim {new_kept.id} (version 2), "
        "the same words"
    )
    fresh = next(c for c in now.values() if "really" in c.text)
    assert (stays.action, stays.channel, stays.before, stays.after) == (
        "reanchor", "import", stays.before, stays.before,
    )  # fmt: skip
    assert stays.describe() == (  # mend46: the link that stays is said on the citing claim too
        f"link to claim {reworded.id} (version 1) stays on its words: the words changed in "
        f"claim {fresh.id} (version 2) “{fresh.text}”"
    )
    carried = sorted(c.describe() for c in desk.history(new_kept.id))
    how = f"carried from claim {kept.id} (version 1), the same words"
    assert carried == sorted(f"link to claim {c} {how}" for c in (cited.id, new_plain.id))
    assert desk.links(fresh.id) == [] and [c.id for c in desk.links(reworded.id)] == [cited.id]
    [told] = desk.history(fresh.id)
    assert told.describe() == (
        f"not carried from claim {reworded.id} (version 1), the words changed: was no verdict "
        f"(1 linked claim) on the earlier words “{reworded.text}”"
    )
    # the export a merge reads: the new link by fingerprint, the row in the history, no verdict
    exported = export_file(desk, "jsonl", tmp_path / "mine.jsonl").path
    theirs = {t.text: t for t in read_export(exported)}
    assert theirs[kept.text].fingerprint in theirs[citing.text].linked_fingerprints
    assert theirs[citing.text].verdict_change is None and not theirs[citing.text].has_review
    lines = [json.loads(line) for line in exported.read_text(encoding="utf-8").splitlines()]
    [row] = [line for line in lines if line["claim_id"] == citing.id]
    assert row["history"][-2]["via"] == "import" and "link moved" in row["history"][-2]["detail"]
    assert row["history"][-1]["via"] == "import" and "stays" in row["history"][-1]["detail"]


BAD_INPUTS = {
    "empty.txt": (b"", "empty file"),
    "blank.txt": (b" \n\n\t\n", "empty file"),
    "image.txt": (b"\x89PNG\r\n\x1a\n" + bytes(200), "binary file"),
    "noise.txt": (bytes(range(128, 256)) * 8, "undecodable bytes"),
}


def test_bad_inputs_fail_one_by_one_and_the_rest_imports(desk: Desk, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, (data, _) in BAD_INPUTS.items():
        (folder / name).write_bytes(data)
    with (folder / "huge.txt").open("wb") as handle:
        handle.truncate(ingest.MAX_BYTES + 1)
    write(folder / "good.txt", seed_text("003"))
    (tmp_path / "nothing").mkdir()
    (tmp_path / "nothing" / "notes.pdf").write_bytes(b"%PDF")
    missing = tmp_path / "missing.txt"

    report = desk.import_paths([folder, tmp_path / "nothing", missing])
    messages = {Path(o.path).name: o.message for o in report.outcomes if o.status == "failed"}
    for name, (_, reason) in BAD_INPUTS.items():
        assert messages[name].startswith(reason), messages[name]
    # its size in bytes: one byte over read "over 5 MB (5.0 MB)" (ui15)
    assert messages["huge.txt"] == "file is over 5 MB (5,242,881 bytes): not an article"
    assert "nothing to import" in messages["nothing"]
    assert "no such file" in messages["missing.txt"]
    assert all("\n" not in m for m in messages.values())
    assert report.count("imported") == 1 and report.failed
    assert report.summary().startswith("1 imported, 0 unchanged, 0 updated, 7 failed")


def test_folders_are_walked_recursively_for_article_suffixes(desk: Desk, tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    write(tmp_path / "a" / "b" / "deep.markdown", seed_text("000"))
    write(tmp_path / "a" / "skip.json", "{}\n")
    (tmp_path / "a" / ".git").mkdir()
    write(tmp_path / "a" / ".git" / "hidden.txt", seed_text("001"))
    report = desk.import_paths([tmp_path / "a"])
    assert [Path(o.path).name for o in report.outcomes] == ["deep.markdown", "a"]
    assert report.outcomes[1].status == "skipped" and ".json" in report.outcomes[1].message
    assert not report.failed


def test_markdown_front_matter_is_metadata_not_body(desk: Desk, tmp_path: Path) -> None:
    body = seed_text("001")
    path = write(
        tmp_path / "story.md",
        f"---\ntitle: Kupyansk analysis\noutlet: Example Wire\ndate: 2025-11-21\n---\n{body}",
    )
    outcome = desk.import_paths([path]).outcomes[0]
    article = desk.article(outcome.article_id)
    assert (article.title, article.outlet, article.date_iso) == (
        "Kupyansk analysis", "Example Wire", "2025-11-21"
    )  # fmt: skip
    assert article.body == body


def test_cp1251_article_is_decoded(desk: Desk, tmp_path: Path) -> None:
    text = (
        "Купянск освобождён\n\n"
        "Командир бригады заявил ТАСС, что взятие Купянска открывает путь на Харьков.\n"
    )
    path = tmp_path / "ru.txt"
    path.write_bytes(text.encode("cp1251"))
    outcome = desk.import_paths([path]).outcomes[0]
    article = desk.article(outcome.article_id)
    assert article.body == text and article.title == "Купянск освобождён"


def test_a_failure_midway_leaves_whole_articles_only(
    desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = write(tmp_path / "1.txt", seed_text("000"))
    second = write(tmp_path / "2.txt", seed_text("001"))
    real = claim_writer._insert
    calls = {"n": 0}

    def failing(conn, article_id, *rest):
        calls["n"] += 1
        if article_id == 2 and calls["n"] > 3:
            raise sqlite3.OperationalError("disk I/O error")
        return real(conn, article_id, *rest)

    monkeypatch.setattr(claim_writer, "_insert", failing)
    report = desk.import_paths([first, second])
    assert [o.status for o in report.outcomes] == ["imported", "failed"]
    assert "disk I/O error" in report.outcomes[1].message
    conn = desk.store.conn
    assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 1
    assert conn.execute("SELECT COUNT(*) FROM claims WHERE article_id != 1").fetchone()[0] == 0
    assert conn.execute("SELECT COUNT(*) FROM article_versions").fetchone()[0] == 1


def flagged(desk: Desk, needle: str) -> bool:
    return FLAG in next(c for c in desk.claims() if needle in c.text).flags


def test_seed_five_naked_sentence_is_single_source(seeded_desk: Desk) -> None:
    assert flagged(seeded_desk, "Five-Naked")


def test_single_source_name_follows_the_desk(desk: Desk, tmp_path: Path) -> None:
    sentence = "Officials said the Zorkiy brigade captured twelve tanks near the river."
    first = write(tmp_path / "a.txt", f"Report\n\nWitnesses confirmed it. {sentence}\n")
    desk.import_paths([first])
    assert flagged(desk, "Zorkiy")
    second = write(tmp_path / "b.txt", f"Another Report\n\nWitnesses confirmed it. {sentence}\n")
    desk.import_paths([second])
    assert all(FLAG not in c.flags for c in desk.claims() if "Zorkiy" in c.text)
    write(second, "Another Report\n\nThe road by the river is quiet again.\n")
    assert desk.import_paths([second]).count("updated") == 1
    assert flagged(desk, "Zorkiy")  # the only other mention is gone: flagged again


@settings(
    max_examples=examples(25),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    text=st.text(
        st.characters(blacklist_categories=("Cs",)) | st.sampled_from(". \n\r\t\x00«»“”"),
        max_size=300,
    )
)
def test_any_text_imports_with_exact_offsets_or_fails_in_one_line(
    desk: Desk, tmp_path: Path, text: str
) -> None:
    path = tmp_path / "any.txt"
    path.write_bytes(text.encode("utf-8"))
    outcome = desk.import_paths([path]).outcomes[0]
    if outcome.status == "failed":
        assert outcome.message and "\n" not in outcome.message
        return
    article = desk.article(outcome.article_id)
    assert "\r" not in article.body and "\x00" not in article.body
    assert all(article.body[c.start : c.end] == c.text for c in desk.claims(article.id))


def _parser_batches(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """Every batch of texts the parser is handed from now on (the parse cache emptied)."""
    from factdesk.language import parse

    real = parse.nlp
    batches: list[list[str]] = []

    class Counting:
        def __getattr__(self, name: str) -> object:
            return getattr(real(), name)

        def pipe(self, texts: list[str], **options: object) -> object:
            batches.append(list(texts))
            return real().pipe(batches[-1], **options)

    parse.clear_cache()
    monkeypatch.setattr(parse, "nlp", Counting)
    return batches


def test_a_folder_is_parsed_a_few_files_at_a_time(
    desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The seeds' paragraphs go to the parser in one batch (read ahead), not one per file;
    the desk is the one importing the files one by one makes; a second import parses nothing."""
    from factdesk.desk.service import Desk as Fresh

    def stored(of: Desk) -> list[tuple]:
        return [(c.article_id, c.start, c.end, c.kind, c.speaker, c.sourcing, c.flags, c.score,
                 c.score_reasons) for c in of.claims()]  # fmt: skip

    files = sorted(SEEDS.glob("*.txt"))
    one_by_one = Fresh.open(tmp_path / "one_by_one.db")
    for path in files:
        one_by_one.import_paths([path])
    expected = stored(one_by_one)
    one_by_one.close()
    batches = _parser_batches(monkeypatch)
    desk.import_paths(files)
    parsed = [text for batch in batches for text in batch]
    assert len(batches) == 1 and len(parsed) == len(set(parsed)) > len(files)
    assert stored(desk) == expected
    batches.clear()
    assert desk.import_paths(files).count("unchanged") == 5 and batches == []


def test_an_unchanged_file_imported_again_gets_its_header_read_again(
    desk: Desk, tmp_path: Path
) -> None:
    """A TASS story was titled "Заволжский районный суд Твери" (the dateline's hard-wrapped
    line); a better reader fixed new imports only: importing the unchanged file again said
    "unchanged" and kept the old title (ui16). Now its header is read again; the body, the
    claims and the verdicts stay, and an unchanged header changes nothing."""
    path = tmp_path / "tram.txt"
    path.write_text(
        "Eastfield tram depot to close\n\nPublished 3 December 2026\n\n"
        "The council said on Tuesday that 40 staff would move to the Northgate depot.\n",
        encoding="utf-8",
    )
    desk.import_paths([path])
    (article,) = desk.articles()
    claim = desk.claims()[0]
    desk.set_verdict(claim.id, "corroborated")
    with desk.store.transaction() as conn:  # what an older reader stored
        conn.execute("UPDATE articles SET title = 'Published 3 December', date_iso = NULL")
    outcome = desk.import_paths([path]).outcomes[0]
    assert outcome.status == "unchanged" and "header read again" in outcome.message
    now = desk.article(article.id)
    assert (now.title, now.date_iso, now.version) == ("Eastfield tram depot to close",
                                                      "2026-12-03", 1)  # fmt: skip
    assert desk.claim(claim.id).verdict == "corroborated"
    again = desk.import_paths([path]).outcomes[0]
    assert (again.status, again.message) == ("unchanged", "")


def test_the_import_summary_counts_claims_in_agreement() -> None:
    """'1 claims found' was the CLI's and the app's line for a one-claim import."""
    one = ImportReport([ImportOutcome("a.txt", "imported", 1, claims=1)])
    assert one.summary().endswith(", 1 claim found")
    two = ImportReport([ImportOutcome("a.txt", "imported", 1, claims=1)] * 2)
    assert two.summary() == "2 imported, 0 unchanged, 0 updated, 0 failed, 2 claims found"


def test_an_import_without_a_terminal_says_which_file_it_is_still_on(
    tmp_path, monkeypatch, capsys
) -> None:
    """``factdesk import`` with stderr piped printed nothing for the minutes a 2 MB article
    takes: while one file's import runs, a line every ``EVERY`` seconds names it. Bounded
    without a clock: the extraction of the file waits until that line has been printed
    (``EVERY`` made tiny), so the import finishes only if the line came."""
    import threading

    from factdesk import cli
    from factdesk.cli.commands import importing
    from factdesk.ingest import importer

    article = tmp_path / "long-report.txt"
    article.write_text(
        "Ferry timetable cut\n\nThe harbour board said on Monday that 14 ferries would stop "
        "calling at Quellport from June, chair Ilse Varnholt told reporters.\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(importing, "EVERY", 0.01)
    monkeypatch.setattr(importing, "stderr_is_terminal", lambda: False)
    said = threading.Event()
    say = importing.say

    def saying(line: str) -> None:
        say(line)
        said.set()

    monkeypatch.setattr(importing, "say", saying)
    extract = importer._extract

    def slow(prepared: importer.Prepared):
        assert said.wait(timeout=60), "no line while the file was importing"
        return extract(prepared)

    monkeypatch.setattr(importer, "_extract", slow)
    assert cli.main(["import", str(article), "--db", str(tmp_path / "desk.db")]) == 0
    out, err = capsys.readouterr()
    assert "1 imported" in out
    assert f"factdesk: still importing 1/1: {article} (" in err
    assert "so far)" in err
