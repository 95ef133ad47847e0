"""Merging a colleague's JSON Lines export: round trip, conflicts, idempotence, re-anchoring."""

from __future__ import annotations

import codecs
import io
import json
import shutil
import sys
from pathlib import Path

import pytest
from export_support import ROOT, apply_plan, fix_clock, open_seeded
from factdesk.cli.entry import main
from factdesk.desk.merge import merge_file, merge_note
from factdesk.desk.mergefile import MergeError
from factdesk.desk.service import Desk
from factdesk.export import export_file


def state(desk: Desk) -> dict[tuple[str, str], tuple]:
    """Review state by (article title, claim text): what must survive a round trip."""
    titles = {a.id: a.title for a in desk.articles()}
    return {
        (titles[c.article_id], c.text): (
            c.verdict,
            c.note,
            tuple(c.evidence),
            tuple((titles[other.article_id], other.text) for other in desk.links(c.id)),
            c.attribution,
        )
        for c in desk.claims()
    }


def history_size(desk: Desk) -> int:
    return desk.store.conn.execute("SELECT COUNT(*) FROM history").fetchone()[0]


@pytest.fixture(scope="module")
def alice_export(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict]:
    """Alice's desk with the plan applied, exported once: (file text, her review state)."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setenv("FACTDESK_CONFIG", str(tmp_path_factory.mktemp("cfg") / "none.toml"))
        fix_clock(monkeypatch)
        folder = tmp_path_factory.mktemp("alice")
        alice = open_seeded(folder / "alice.db", monkeypatch, reviewer="alice")
        apply_plan(alice)
        export = export_file(alice, "jsonl", folder / "alice.jsonl").path
        expected = state(alice)
        alice.close()
    return export.read_text(encoding="utf-8"), expected


@pytest.fixture
def alice_file(alice_export: tuple[str, dict], tmp_path: Path) -> tuple[Path, dict]:
    """A fresh copy of Alice's export for one test (some tests edit it)."""
    text, expected = alice_export
    path = tmp_path / "alice.jsonl"
    path.write_text(text, encoding="utf-8")
    return path, expected


@pytest.fixture
def bob(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Desk:
    desk = open_seeded(tmp_path / "bob.db", monkeypatch, reviewer="bob")
    yield desk
    desk.close()


def test_round_trip_every_verdict_note_and_evidence(alice_file, bob: Desk) -> None:
    path, expected = alice_file
    report = merge_file(bob, path)
    assert state(bob) == expected
    reviewed = sum(1 for verdict, *_ in expected.values() if verdict)
    assert len(report.applied) == reviewed and report.matched_by == {"fingerprint": len(expected)}
    assert report.linked == 1 and any(links for *_, links in expected.values())
    assert not report.conflicts and not report.missing_articles and not report.unmatched
    merged = next(c for c in bob.claims() if c.verdict and not bob.links(c.id))
    [change] = bob.history(merged.id)
    assert (change.reviewer, change.action, change.channel) == ("alice", "merge", "merge")
    assert merged.reviewer == "alice"
    linked = bob.claims(1)[0]
    assert [(c.action, c.channel, c.reviewer) for c in bob.history(linked.id)][-1] == (
        "link",
        "merge",
        "alice",
    )


def test_their_check_does_not_come_onto_a_claim_with_no_speaker_here(alice_file, bob: Desk) -> None:
    """Alice confirmed who said it; Bob found it the writer's own assertion: the merge brings
    her verdict and note, not a check that would name nobody on his desk (issue 13)."""
    path, _ = alice_file
    claim = bob.claims(1)[0]
    bob.set_speaker(claim.id, speaker=None, speaker_type=None, sourcing="none")
    merge_file(bob, path)
    merged = bob.claim(claim.id)
    assert (merged.verdict, merged.attribution) == ("corroborated", None)
    assert bob.claim(bob.claims(1)[1].id).attribution == "misattributed"  # a speaker: kept


def test_an_attribution_check_that_differs_is_kept_ours_and_listed(
    alice_file, bob: Desk, capsys
) -> None:
    """Bob confirmed who said it, Alice found it misattributed: the merge counted the claim
    "unchanged" and said nothing. Ours is kept; the claim is listed with how to take hers."""
    path, _ = alice_file
    claim = bob.claims(1)[1]
    bob.set_attribution(claim.id, "confirmed")
    report = merge_file(bob, path)
    assert bob.claim(claim.id).attribution == "confirmed"
    assert [(d.claim_id, d.ours, d.theirs, d.reviewer) for d in report.checks_differ] == [
        (claim.id, "confirmed", "misattributed", "alice")
    ]
    assert "1 attribution check differing (ours kept)" in report.summary()
    assert main(["merge", str(path), "--db", str(bob.path)]) == 0
    out = capsys.readouterr().out
    assert f"attribution differs: claim {claim.id}: ours confirmed, alice says misattributed" in out
    assert f"factdesk attribution {claim.id} misattributed" in out


def test_a_differing_check_is_counted_once_not_also_unchanged(alice_file, bob: Desk) -> None:
    """Merged a second time, nothing of Alice's is new and only the check still differs: that
    claim was counted both "unchanged" and "differing", so the summary's counts added up to one
    claim more than her file has."""
    path, expected = alice_file
    bob.set_attribution(bob.claims(1)[1].id, "confirmed")
    merge_file(bob, path)
    again = merge_file(bob, path)
    assert len(again.checks_differ) == 1 and not again.applied and not again.joined
    assert again.unchanged + len(again.checks_differ) == len(expected)


def test_merge_reads_an_export_piped_into_it(
    alice_file, bob: Desk, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``export … | factdesk merge -``, as import and score read ``-``: it said "-: cannot be
    read: No such file or directory"."""
    path, expected = alice_file
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(path.read_bytes())))
    assert main(["merge", "-", "--db", str(bob.path)]) == 0
    assert capsys.readouterr().out.startswith("standard input: ")
    assert state(bob) == expected
    merged = next(c.id for c in bob.claims() if c.verdict and not bob.links(c.id))
    assert bob.history(merged)[-1].detail.startswith("merged from standard input")


def test_merging_twice_changes_nothing(alice_file, bob: Desk) -> None:
    path, _ = alice_file
    bob.set_verdict(bob.claims()[0].id, "disputed")  # a conflict too, to be idempotent about
    merge_file(bob, path)
    before, rows = state(bob), history_size(bob)
    conflicts = bob.merge_conflicts()
    again = merge_file(bob, path)
    assert (state(bob), history_size(bob), bob.merge_conflicts()) == (before, rows, conflicts)
    assert not again.applied and not again.joined and not again.conflicts and not again.linked
    assert again.known_conflicts == 1


def test_conflict_keeps_ours_and_is_listed_until_settled(alice_file, bob: Desk) -> None:
    path, _ = alice_file
    first = bob.claims()[0]  # alice corroborated it
    bob.set_verdict(first.id, "contradicted")
    bob.set_note(first.id, "bob's reasons")
    report = merge_file(bob, path)
    claim = bob.claim(first.id)
    assert (claim.verdict, claim.note) == ("contradicted", "bob's reasons")
    [conflict] = report.conflicts
    assert (conflict.claim_id, conflict.ours, conflict.theirs) == (
        first.id,
        "contradicted",
        "corroborated",
    )
    assert conflict.reviewer == "alice"
    assert [c.id for c in bob.claims(verdict="merge-conflict")] == [first.id]
    assert [c.claim_id for c in bob.merge_conflicts()] == [first.id]
    bob.set_verdict(first.id, "corroborated")  # the reviewer settles it
    assert bob.claims(verdict="merge-conflict") == [] and bob.merge_conflicts() == []


def test_keeping_our_verdict_settles_the_conflict(alice_file, bob: Desk) -> None:
    path, _ = alice_file
    first = bob.claims()[0]  # alice corroborated it
    bob.set_verdict(first.id, "contradicted")
    merge_file(bob, path)
    assert bob.has_open_conflict(first.id)
    change = bob.set_verdict(first.id, "contradicted")  # same key again: "keep ours"
    assert change is not None and "kept" in change.detail
    assert bob.claim(first.id).verdict == "contradicted"
    assert bob.merge_conflicts() == []
    assert bob.set_verdict(first.id, "contradicted") is None  # settled: nothing more to record


def test_taking_their_verdict_takes_their_note_and_evidence(alice_file, bob: Desk) -> None:
    """review44 A3: "take theirs: press its verdict key" took the colleague's verdict and left
    their note and evidence in the conflict row, gone from view once settled: a rating
    published with none of the reasons for it. Their words come under their login, after
    ours; keeping ours, or a third verdict, joins nothing."""
    path, _ = alice_file
    first, second, third = bob.claims()[:3]  # alice: corroborated (a note, a URL), disputed, …
    bob.set_verdict(first.id, "contradicted")
    bob.set_verdict(second.id, "unverifiable")
    bob.set_note(second.id, "bob's reasons", ["https://bob.example/x"])
    bob.set_verdict(third.id, "corroborated")  # alice: contradicted, two URLs, no note
    merge_file(bob, path)
    assert {c.claim_id for c in bob.merge_conflicts()} == {first.id, second.id, third.id}
    change = bob.set_verdict(first.id, "corroborated")  # take theirs
    claim = bob.claim(first.id)
    assert (claim.note, claim.evidence) == (
        "alice: Matches the ministry's published figures.",
        ["https://example.org/a?x=1"],
    )
    assert change is not None and "alice's" in change.detail
    bob.set_verdict(second.id, "disputed")  # theirs, onto our own note and evidence
    claim = bob.claim(second.id)
    assert claim.note == (
        "bob's reasons\n\nalice: =SUM(A1) *not bold* [not a link](x) <b>no html</b> # no heading"
    )
    assert claim.evidence == ["https://bob.example/x"]
    bob.set_verdict(third.id, "unverifiable")  # neither ours nor theirs: nothing of theirs
    assert (bob.claim(third.id).note, bob.claim(third.id).evidence) == ("", [])
    assert bob.merge_conflicts() == []
    bob.undo()
    bob.undo()  # the third's, then the second's: one change each, undone whole
    assert (bob.claim(second.id).verdict, bob.claim(second.id).note) == (
        "unverifiable",
        "bob's reasons",
    )


def test_keeping_our_verdict_joins_nothing_of_theirs(alice_file, bob: Desk) -> None:
    path, _ = alice_file
    first = bob.claims()[0]  # alice corroborated it, with a note and a URL
    bob.set_verdict(first.id, "contradicted")
    merge_file(bob, path)
    bob.set_verdict(first.id, "contradicted")  # keep ours
    assert (bob.claim(first.id).note, bob.claim(first.id).evidence) == ("", [])


def test_same_verdict_joins_notes_and_evidence(alice_file, bob: Desk) -> None:
    path, _ = alice_file
    first = bob.claims()[0]
    bob.set_verdict(first.id, "corroborated")
    bob.set_note(first.id, "bob saw it too", ["https://bob.example/x"])
    report = merge_file(bob, path)
    claim = bob.claim(first.id)
    assert claim.verdict == "corroborated" and first.id in report.joined
    assert claim.note == "bob saw it too\n\nalice: Matches the ministry's published figures."
    assert claim.evidence == ["https://bob.example/x", "https://example.org/a?x=1"]


def test_a_note_that_comes_back_from_a_colleague_is_not_added_again() -> None:
    """Two desks merging each other's exports: Wren's note went to Ines and came back under
    Ines's login inside hers, and was added a second time at each exchange ("ines: Seen the
    filing" under Ines's own "Seen the filing", then the whole pair again)."""
    wren = "Figures match the court register."
    ines = "Seen the filing"
    logins = {"wren", "ines", "olek"}  # the reviewers both desks know
    at_wren = merge_note(wren, ines, "ines", logins)  # Wren merges Ines's export
    assert at_wren == f"{wren}\n\nines: {ines}"
    at_ines = merge_note(ines, at_wren, "wren", logins)  # Ines merges Wren's, her own note inside
    assert at_ines == f"{ines}\n\nwren: {wren}"
    assert merge_note(at_wren, at_ines, "ines", logins) == at_wren  # and back: nothing new
    assert merge_note(at_ines, at_wren, "wren", logins) == at_ines
    # a third reviewer's paragraph that came through them keeps its own name
    relayed = f"{ines}\n\nolek: Відео знято 3 березня."
    assert merge_note("Своя примітка", relayed, "ines", logins) == (
        f"Своя примітка\n\nines: {relayed}"
    )
    assert merge_note(ines, relayed, "ines", logins) == f"{ines}\n\nolek: Відео знято 3 березня."
    # their first paragraph is their words, even when it reads like a label
    assert merge_note("Дата: 3 марта", "Дата: 4 марта", "ines") == (
        "Дата: 3 марта\n\nines: Дата: 4 марта"
    )


def test_a_later_paragraph_headed_like_a_label_stays_the_colleagues() -> None:
    """review33 item 3: any later "Word: …" paragraph was taken for a relayed third reviewer's
    note and added with no name. A head is relayed only when it is a login this desk or the
    file knows; "Update: …" is the colleague's own, under their login."""
    ours = "Seen the filing\n\nines: Court register matches."
    theirs = "Court register matches.\n\nUpdate: the clerk confirmed the date."
    assert merge_note(ours, theirs, "ines", {"ines", "wren"}) == (
        f"{ours}\n\nines: Update: the clerk confirmed the date."
    )
    # another shape: a Russian desk, the head a word of the note, after a relayed paragraph
    ours = "Проверено по реестру."
    theirs = "Звонили в суд.\n\nmarta: Копия решения есть.\n\nИтог: дата совпадает."
    assert merge_note(ours, theirs, "lev", ["marta"]) == (
        f"{ours}\n\nlev: Звонили в суд.\n\nmarta: Копия решения есть.\n\nlev: Итог: дата совпадает."
    )


def test_their_paragraphs_after_a_relayed_one_keep_their_name() -> None:
    """review33 item 3: their unlabelled paragraph after a relayed "olek: …" was added bare, and
    read as olek's. Each run of their new unlabelled paragraphs is put under their login; an
    unknown head ("olek" known to nobody here) is their words, under their login too."""
    theirs = "Theirs.\n\nolek: Relayed.\n\nTheirs again later."
    assert merge_note("Ours.", theirs, "ines", {"olek"}) == (
        "Ours.\n\nines: Theirs.\n\nolek: Relayed.\n\nines: Theirs again later."
    )
    assert merge_note("Ours.", theirs, "ines") == (
        "Ours.\n\nines: Theirs.\n\nines: olek: Relayed.\n\nTheirs again later."
    )


def test_missing_articles_are_reported_not_invented(
    alice_file, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = alice_file
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    carol = Desk.open(tmp_path / "carol.db")
    carol.import_paths(seeds[1:])
    report = merge_file(carol, path)
    assert len(report.missing_articles) == 1 and carol.article_count() == len(seeds) - 1
    assert report.applied
    carol.close()


def test_edited_article_is_re_anchored_by_text(
    alice_file, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, expected = alice_file
    folder = tmp_path / "edited"
    shutil.copytree(ROOT / "seeds", folder)
    first = sorted(folder.glob("*.txt"))[0]
    title, rest = first.read_text(encoding="utf-8").split("\n", 1)
    first.write_text(f"{title}\n\nUpdated at 10:00 with a correction below.\n{rest}", "utf-8")
    dave = Desk.open(tmp_path / "dave.db")
    dave.import_paths([folder])
    report = merge_file(dave, path)
    assert report.matched_by.get("text", 0) > 0 and not report.missing_articles
    got = state(dave)
    for key, value in expected.items():
        if key in got:
            assert got[key] == value
    dave.close()


def test_slightly_changed_claim_text_is_matched_fuzzily(alice_file, bob: Desk) -> None:
    path, _ = alice_file
    lines = path.read_text(encoding="utf-8").splitlines()
    item = json.loads(lines[0])
    assert item["verdict"] == "corroborated"
    item["fingerprint"] = "0" * 64
    item["text"] = item["text"][:-3] + "xyz"
    path.write_text(json.dumps(item) + "\n", encoding="utf-8")
    report = merge_file(bob, path)
    assert report.matched_by == {"fuzzy text": 1}
    assert bob.claim(item["claim_id"]).verdict == "corroborated"


def test_bad_files_are_one_line_and_change_nothing(alice_file, bob: Desk, tmp_path: Path) -> None:
    path, _ = alice_file
    good = path.read_text(encoding="utf-8").splitlines()
    broken = tmp_path / "broken.jsonl"
    broken.write_text(good[0] + "\n{not json\n", encoding="utf-8")
    rows = history_size(bob)
    with pytest.raises(MergeError, match="line 2: not JSON"):
        merge_file(bob, broken)
    wrong = tmp_path / "wrong.jsonl"
    wrong.write_text(json.dumps({"fingerprint": "x", "verdict": "maybe"}) + "\n", "utf-8")
    with pytest.raises(MergeError, match="line 1"):
        merge_file(bob, wrong)
    with pytest.raises(MergeError, match="cannot be read"):
        merge_file(bob, tmp_path / "absent.jsonl")
    assert history_size(bob) == rows


def test_another_kind_of_file_is_named_not_called_broken_json(bob: Desk, tmp_path: Path) -> None:
    """A colleague sends their ClaimReview file (JSON, indented) or a CSV export: the merge
    said "line 1: not JSON" of a JSON file, as if it were a damaged export, not the wrong one."""
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": "Mill shut",
    }
    pages = {
        "reviews.json": json.dumps([review], indent=2),
        "claim-4.json": json.dumps(review),
        "claims.csv": "article_id,title,claim_id,text\n1,Mill,4,The mill shut in May.\n",
    }
    for name, text in pages.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        with pytest.raises(MergeError) as refused:
            merge_file(bob, tmp_path / name)
        said = str(refused.value)
        assert "not a factdesk JSON Lines export" in said and "--format jsonl" in said
        assert ("ClaimReview export" in said) == name.endswith(".json"), said
    assert bob.claims(verdict="corroborated") == []


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_an_export_saved_as_utf16_by_a_windows_shell_merges(
    alice_file, bob: Desk, tmp_path: Path, encoding: str
) -> None:
    """Windows PowerShell 5 writes ``factdesk export --format jsonl > mine.jsonl`` as UTF-16
    with a byte-order mark: the merge refused the colleague's file as "not UTF-8 text"."""
    path, expected = alice_file
    text = path.read_text(encoding="utf-8").replace("\n", "\r\n")
    utf16 = tmp_path / "from-windows.jsonl"
    data = text.encode(encoding)
    utf16.write_bytes(data if encoding == "utf-16" else codecs.BOM_UTF16_BE + data)
    merge_file(bob, utf16)
    assert state(bob) == expected


def test_a_line_separator_inside_a_note_does_not_split_its_line(
    alice_file, bob: Desk, tmp_path: Path
) -> None:
    """JSON may hold U+2028, U+2029 and U+0085 unescaped inside a string (jq writes them so,
    and so does ``json.dumps(..., ensure_ascii=False)``); the merge split lines with
    ``splitlines()``, which breaks at each, and refused the file as "not JSON"."""
    path, _ = alice_file
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    first = next(item for item in items if item["verdict"])
    first["note"] = "Two sources:\u2028the port log\u0085and the pilot\u2029(both 3 May)."
    rewritten = tmp_path / "filtered.jsonl"
    rewritten.write_text(
        "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items), encoding="utf-8"
    )
    merge_file(bob, rewritten)
    assert bob.claim(first["claim_id"]).note == first["note"]


def test_cli_lists_conflicts_and_missing(
    alice_file, bob: Desk, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = alice_file
    bob.set_verdict(bob.claims()[0].id, "unverifiable")
    assert main(["merge", "--db", str(bob.path), str(path)]) == 0
    out = capsys.readouterr().out
    assert (
        "1 new conflict (" in out and "conflict: claim" in out and "alice says corroborated" in out
    )
    assert main(["merge", "--db", str(bob.path), str(path.with_suffix(".nope"))]) == 1
    assert "cannot be read" in capsys.readouterr().err


def test_cli_conflict_list_shows_what_the_colleague_said(
    alice_file, bob: Desk, capsys: pytest.CaptureFixture[str]
) -> None:
    """The merge says "settle conflicts with: factdesk claims --verdict merge-conflict", and
    that list showed our verdict only: whose the other review was, what it said and why were
    in the app's claim detail alone."""
    path, _ = alice_file
    first = bob.claims()[0]
    bob.set_verdict(first.id, "unverifiable")
    main(["merge", "--db", str(bob.path), str(path)])
    capsys.readouterr()
    assert main(["claims", "--db", str(bob.path), "--verdict", "merge-conflict"]) == 0
    out, err = capsys.readouterr()
    header, row = out.splitlines()
    assert header.split("\t")[:6] == ["ID", "ART", "OURS", "THEIRS", "BY", "THEIR NOTE"]
    assert row.split("\t")[2:6] == [
        "unverifiable",
        "corroborated",
        "alice",
        "Matches the ministry's published figures.",
    ]
    assert "factdesk verdict ID THEIRS" in err
    args = ["claims", "--db", str(bob.path), "--verdict", "merge-conflict", "--format", "json"]
    assert main(args) == 0
    [item] = json.loads(capsys.readouterr().out)
    [theirs] = item["merge_conflicts"]
    assert (item["id"], item["verdict"], theirs["theirs"], theirs["reviewer"]) == (
        first.id,
        "unverifiable",
        "corroborated",
        "alice",
    )


@pytest.mark.parametrize(
    ("answer", "said"),
    [
        ("unverifiable", "merge conflict settled: this desk's verdict kept"),
        ("corroborated", "merge conflict settled: alice's verdict taken"),
    ],
)
def test_cli_verdict_says_the_conflict_it_settles(
    alice_file, bob: Desk, capsys: pytest.CaptureFixture[str], answer: str, said: str
) -> None:
    """The conflict list says to settle with ``factdesk verdict``; keeping ours printed
    "claim N: unverifiable" as if nothing had been done, and taking theirs said no more."""
    path, _ = alice_file
    first = bob.claims()[0]
    bob.set_verdict(first.id, "unverifiable")
    main(["merge", "--db", str(bob.path), str(path)])
    capsys.readouterr()
    assert main(["verdict", "--db", str(bob.path), str(first.id), answer]) == 0
    assert capsys.readouterr().out.rstrip().endswith(said)
    assert not bob.has_open_conflict(first.id)
    assert main(["verdict", "--db", str(bob.path), str(first.id), answer]) == 0
    assert "merge conflict" not in capsys.readouterr().out
