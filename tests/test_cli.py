"""The command line through its console entry point, and once as a real installed script."""

from __future__ import annotations

import contextlib
import errno
import io
import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS, isolate, not_batch
from factdesk.cli.entry import main
from factdesk.desk.service import Desk
from factdesk.domain.verdicts import ATTRIBUTION_CHECKS, VERDICTS

CLAIM_KEYS = {"id", "article_id", "start", "end", "text", "kind", "speaker", "sourcing", "flags",
              "score", "verdict", "note"}  # fmt: skip


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit_:  # argparse: --help, usage errors
        code = exit_.code
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory, seed_template: Path) -> Path:
    """A desk holding the seeds for the module, in an environment as isolated as each test's:
    the tests below change copies of it. A copy of the run's seed template, which ``factdesk
    import`` then finds whole (its summary checked): importing the seeds here again parsed
    and extracted all five (1.5 s of CPU) for what the template already holds."""
    path = tmp_path_factory.mktemp("cli") / "cli.db"
    with closing(sqlite3.connect(seed_template)) as source, closing(sqlite3.connect(path)) as copy:
        source.backup(copy)
    out = io.StringIO()
    with pytest.MonkeyPatch.context() as env, contextlib.redirect_stdout(out):
        isolate(env, path.parent)
        code = main(["--db", str(path), "import", str(SEEDS)])
    not_batch()  # (a module's fixture: set up inside its first test, not undone after it)
    assert code == 0 and out.getvalue().startswith("0 imported, 5 unchanged, 0 updated, 0 failed")
    return path


@pytest.fixture
def db(imported: Path, tmp_path: Path) -> str:
    """A copy of the module's imported desk (SQLite's backup API: the same pages)."""
    path = tmp_path / "cli.db"
    with closing(sqlite3.connect(imported)) as source, closing(sqlite3.connect(path)) as copy:
        source.backup(copy)
    return str(path)


def bodies(db: str) -> dict[int, str]:
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("SELECT id, body FROM articles"))


def test_claims_json_has_exact_offsets_and_the_promised_fields(db: str, capsys) -> None:
    code, out, _ = run(capsys, "--db", db, "claims", "--format", "json")
    claims = json.loads(out)
    assert code == 0 and isinstance(claims, list) and len(claims) > 20
    texts = bodies(db)
    for claim in claims:
        assert claim.keys() >= CLAIM_KEYS
        assert texts[claim["article_id"]][claim["start"] : claim["end"]] == claim["text"]
        assert isinstance(claim["flags"], list) and 0 <= claim["score"] <= 1
        assert claim["verdict"] is None


def test_claims_of_one_article_and_an_unknown_article(db: str, capsys) -> None:
    code, out, _ = run(capsys, "claims", "2", "--format", "json", "--db", db)
    assert code == 0 and {c["article_id"] for c in json.loads(out)} == {2}
    code, out, err = run(capsys, "--db", db, "claims", "99")
    assert code == 1 and out == "" and err == "factdesk: no article 99 in this desk\n"


def test_articles_json_and_table(db: str, capsys) -> None:
    code, out, _ = run(capsys, "--db", db, "articles", "--format", "json")
    articles = json.loads(out)
    assert code == 0 and len(articles) == 5
    assert {"id", "title", "outlet", "date", "source", "claims", "reviewed"} <= articles[0].keys()
    blog = next(a for a in articles if a["source"].endswith(next(SEEDS.glob("004_*")).name))
    assert (blog["date"], blog["date_iso"]) == ("Jan 19, 2026", "2026-01-19")
    with closing(sqlite3.connect(db)) as conn, conn:  # a byline with no outlet
        conn.execute("UPDATE articles SET outlet = NULL, author = 'Ada Brook' WHERE id = 1")
    code, out, _ = run(capsys, "--db", db, "articles")
    assert code == 0 and out.splitlines()[0].split()[:3] == ["ID", "TITLE", "OUTLET"]
    assert "Why Ukraine's Retaking Kupiansk" in out
    # a writer in the outlet column reads as one: "Sophie Langridge" read as a paper (ui15)
    assert out.splitlines()[1].split("\t")[2] == "by Ada Brook"


def test_the_articles_table_writes_every_date_as_the_app_does(db: str, capsys) -> None:
    """DATE mixed forms: ISO where the header held a whole date, else the line as written
    ("2026-01-19" over "3 декабря, 10:41"). Now the app's one form (``text.shown_dates``);
    ``--format json`` keeps both as stored, for scripts."""
    with closing(sqlite3.connect(db)) as conn, conn:  # a Russian dateline's yearless date
        conn.execute("UPDATE articles SET date_text = '3 декабря, 10:41' WHERE id = 2")
    try:
        code, out, _ = run(capsys, "--db", db, "articles")
        dates = {row.split("\t")[0]: row.split("\t")[3] for row in out.splitlines()[1:]}
        blog = json.loads(run(capsys, "--db", db, "articles", "--format", "json")[1])
    finally:
        with closing(sqlite3.connect(db)) as conn, conn:
            conn.execute("UPDATE articles SET date_text = NULL WHERE id = 2")
    assert code == 0 and dates["2"] == "3 Dec" and "19 Jan 2026" in dates.values()
    assert {"Jan 19, 2026", "3 декабря, 10:41"} <= {a["date"] for a in blog}


def test_verdict_note_clear_and_stats(db: str, capsys) -> None:
    claim_id = json.loads(run(capsys, "--db", db, "claims", "--format", "json")[1])[0]["id"]
    code, out, _ = run(
        capsys, "--db", db, "verdict", str(claim_id), "DISPUTED", "--note", "see TASS"
    )
    assert code == 0 and out.startswith(f"claim {claim_id}: disputed")
    code, out, _ = run(capsys, "verdict", str(claim_id), "--clear", "--db", db)
    assert code == 0
    claim = json.loads(run(capsys, "--db", db, "claims", "1", "--format", "json")[1])[0]
    assert (claim["verdict"], claim["note"]) == (None, "see TASS")
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT via FROM history WHERE claim_id = ?", [claim_id]).fetchall()
    assert rows and {via for (via,) in rows} == {"cli"}
    run(capsys, "--db", db, "verdict", str(claim_id), "corroborated")
    code, out, _ = run(capsys, "--db", db, "stats", "--format", "json")
    stats = json.loads(out)
    assert code == 0 and isinstance(stats, list) and stats[0]["verdicts"]["corroborated"] == 1


def test_a_wrong_verdict_is_one_line_listing_the_four(db: str, capsys) -> None:
    """A wrong word is a usage error (exit 2, as every other one); an unknown claim is not."""
    code, _, err = run(capsys, "--db", db, "verdict", "1", "maybe")
    assert code == 2 and err.count("\n") == 1 and "'maybe'" in err
    assert all(word in err for word in VERDICTS)
    code, _, err = run(capsys, "--db", db, "attribution", "1", "perhaps")
    assert code == 2 and err.count("\n") == 1 and "'perhaps'" in err
    assert all(word in err for word in ATTRIBUTION_CHECKS)
    code, _, err = run(capsys, "--db", db, "verdict", "999999", "disputed")
    assert code == 1 and "no claim 999999" in err


def test_a_wrong_word_to_any_fixed_choice_is_a_usage_error(tmp_path: Path, capsys) -> None:
    """Every option that takes a word from a fixed set refuses a wrong one as argparse refuses
    a wrong --format: exit 2, one line naming the word and the allowed ones, before a desk is
    opened (none exists here, and none is created). They exited 1, as a desk's failure does."""
    db = str(tmp_path / "none.db")
    table = tmp_path / "t.tsv"
    table.write_text("a\tb\nx\ty\n", encoding="utf-8")
    cases = [
        (["export", "--verdict", "maybe"], "'maybe'", ("unverifiable", "unreviewed")),
        (["export", "--verdict", "needs-review"], "'needs-review'", ("merge-conflict",)),
        (["export", "--delimiter", "x"], "'x'", (";", "|")),
        (["claims", "--verdict", "maybe"], "'maybe'", ("disputed", "needs-review")),
        (["publish", "1", "--claimant-type", "robot"], "'robot'", ("person", "organisation")),
        (["import", "--map", "who=1", str(table)], "'who=1'", ("text", "speaker", "verdict")),
    ]
    for argv, word, allowed in cases:
        code, _, err = run(capsys, "--db", db, *argv)
        assert code == 2 and err.count("\n") == 1 and word in err, (argv, err)
        assert all(choice in err for choice in allowed), (argv, err)
    assert not Path(db).exists()


def test_usage_errors_are_one_line(capsys) -> None:
    code, _, err = run(capsys, "claims", "abc")
    assert code == 2 and err.count("\n") == 1 and "invalid int value" in err
    code, _, err = run(capsys, "verdict", "1")
    assert code == 2 and err.count("\n") == 1


def test_a_bare_article_number_to_names_says_use_article(capsys) -> None:
    """``factdesk names 6`` was argparse's "invalid choice" alone: a number where merge or
    split is expected is an article, and the line says how to ask for one."""
    code, _, err = run(capsys, "names", "6")
    assert code == 2 and err.count("\n") == 1 and "use --article 6" in err
    code, _, err = run(capsys, "names", "mergex")  # a word still gets argparse's own
    assert code == 2 and "invalid choice" in err and "--article" not in err
    code, _, err = run(capsys, "names", "--format", "json", "6")  # after an option too
    assert code == 2 and "6 is not one of merge, split: use --article 6" in err
    code, _, err = run(capsys, "names", "split", "Ada", "6")  # split's stray, no article hint
    assert code == 2 and "unrecognized arguments: 6" in err and "--article" not in err


def test_the_number_hint_uses_no_private_argparse_api() -> None:
    """The hint overrode argparse's private ``_check_value``, which a Python release may
    rename or stop calling; it is told from the error argparse reports instead."""
    from factdesk.cli.entry import Parser

    assert not [name for name in vars(Parser) if name.startswith("_") and name[1] != "_"]


@pytest.mark.parametrize(
    ("word", "hint"),
    [("6", "use --article 6"), ("markdown", "use --format markdown"),
     ("out.json", "use -o out.json"), ("reports/week", "use -o reports/week")],
)  # fmt: skip
def test_a_bare_word_to_export_says_which_option(capsys, word: str, hint: str) -> None:
    """``factdesk export 6`` was "factdesk: error: unrecognized arguments: 6" and no hint,
    unlike ``names 6``: export takes options only, and the line names the one meant."""
    code, out, err = run(capsys, "export", word)
    assert code == 2 and out == "" and err.count("\n") == 1
    assert err.startswith(f"factdesk export: error: unrecognized arguments: {word}: {hint}")
    code, _, err = run(capsys, "export", "nonsense")  # no guess: argparse's own line
    assert code == 2 and err.startswith("factdesk export: error: unrecognized arguments: nonsense")
    assert "use " not in err


def test_db_option_beats_environment(tmp_path: Path, monkeypatch, capsys) -> None:
    env_db = tmp_path / "env.db"
    monkeypatch.setenv("FACTDESK_DB", str(env_db))
    seed = str(next(SEEDS.glob("003_*")))
    assert run(capsys, "import", seed)[0] == 0
    assert len(json.loads(run(capsys, "articles", "--format", "json")[1])) == 1
    other = str(tmp_path / "other.db")
    assert run(capsys, "import", "--db", other, seed)[0] == 0  # --db names another desk
    assert len(json.loads(run(capsys, "articles", "--format", "json", "--db", other)[1])) == 1
    assert len(json.loads(run(capsys, "--db", other, "articles", "--format", "json")[1])) == 1


@pytest.mark.parametrize("command", [["articles"], ["claims"], ["stats"], ["names"],
                                     ["verdict", "1", "disputed"]])  # fmt: skip
def test_read_commands_never_create_a_desk(tmp_path: Path, capsys, command) -> None:
    typo = tmp_path / "dsek.db"
    code, out, err = run(capsys, "--db", str(typo), *command)
    assert code == 1 and out == ""
    assert err.strip() == f"factdesk: no desk at {typo} (only import, open and restore create one)"
    assert not typo.exists()


def test_import_says_it_created_a_desk(tmp_path: Path, capsys) -> None:
    new = tmp_path / "new.db"
    code, _, err = run(capsys, "--db", str(new), "import", str(next(SEEDS.glob("003_*"))))
    assert code == 0 and f"created a new desk at {new}" in err and new.exists()
    code, _, err = run(capsys, "--db", str(new), "import", str(next(SEEDS.glob("003_*"))))
    assert "created" not in err


@pytest.mark.parametrize("command", ["claims", "reextract"])
def test_article_as_an_option_where_the_numbers_are_words(capsys, command: str) -> None:
    """names and export take --article; claims and reextract take the numbers alone, and
    ``factdesk claims --article 9`` (as the others taught) was only "unrecognized
    arguments: --article"."""
    for words in (["--article", "9"], ["--article=9"]):
        code, out, err = run(capsys, command, *words)
        assert code == 2 and out == "" and err.count("\n") == 1
        assert f"--article here: factdesk {command} ARTICLE_ID" in err


def test_a_failed_import_creates_no_desk(tmp_path: Path, capsys) -> None:
    """Importing only files that fail (a wrong type, an empty file, bytes that are no text)
    left an empty desk file, so every later command found a desk where there was none."""
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4 invented")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x7fELF" + bytes(300))
    new = tmp_path / "new.db"
    for name in ("notes.pdf", "empty.txt", "binary.txt"):
        code, out, err = run(capsys, "--db", str(new), "import", str(tmp_path / name))
        assert code == 1 and out.startswith("0 imported") and "created a new" not in err
        assert err.splitlines()[-1] == f"factdesk: nothing imported: no desk created at {new}"
        assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("new")) == []
    assert run(capsys, "--db", str(new), "articles")[0] == 1  # "no desk at", as before
    assert not new.exists()


def test_a_failed_import_keeps_a_desk_that_was_there(tmp_path: Path, capsys) -> None:
    """Only a desk the import itself created is taken back: an existing empty one stays."""
    desk = tmp_path / "mine.db"
    Desk.open(desk).close()
    (tmp_path / "empty.txt").write_bytes(b"")
    code, _, err = run(capsys, "--db", str(desk), "import", str(tmp_path / "empty.txt"))
    assert code == 1 and "no desk created" not in err and desk.exists()


def test_bad_inputs_print_one_line_each_and_exit_1(tmp_path: Path, capsys) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x7fELF" + bytes(300))
    good = next(SEEDS.glob("000_*"))
    missing = tmp_path / "missing.txt"
    code, out, err = run(
        capsys, "--db", str(tmp_path / "d.db"), "import", str(tmp_path), str(good), str(missing)
    )
    assert code == 1
    assert out.startswith("1 imported, 0 unchanged, 0 updated, 3 failed") and out.count("\n") == 1
    lines = err.splitlines()
    assert f"factdesk: {tmp_path / 'empty.txt'}: empty file" in lines
    assert f"factdesk: {tmp_path / 'binary.txt'}: binary file, not text" in lines
    assert f"factdesk: {missing}: no such file or folder" in lines


def test_not_a_desk_file_is_refused_in_one_line(tmp_path: Path, capsys) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes, not a database\n" * 10)
    code, _, err = run(capsys, "--db", str(notes), "articles")
    assert code == 1 and err.count("\n") == 1 and str(notes) in err
    assert notes.read_text() == "my notes, not a database\n" * 10


def test_broken_config_names_the_line(tmp_path: Path, monkeypatch, capsys) -> None:
    config = tmp_path / "broken.toml"
    config.write_text('reviewer = "ann"\n[desk\nname = "x"\n')
    monkeypatch.setenv("FACTDESK_CONFIG", str(config))
    code, _, err = run(capsys, "--db", str(tmp_path / "d.db"), "articles")
    assert code == 1 and err.count("\n") == 1 and "line 2" in err and str(config) in err


@pytest.mark.parametrize("command", ["import", "articles", "claims", "verdict", "stats"])
def test_help_is_useful(command: str, capsys) -> None:
    code, out, _ = run(capsys, command, "--help")
    assert code == 0 and "--db" in out and len(out.splitlines()) > 4


def test_installed_script_in_a_temp_dir(tmp_path: Path) -> None:
    """The console script as a user runs it: import a folder (one seed: what is tested is the
    script and the installed package, not extraction; a seed parsed is ~60 ms of CPU a KB),
    list claims as JSON."""
    script = ROOT / ".venv" / "bin" / "factdesk"
    if not script.exists():
        pytest.skip("no .venv/bin/factdesk (run make test)")
    folder = tmp_path / "articles"
    folder.mkdir()
    seed = min(SEEDS.glob("*.txt"), key=lambda path: path.stat().st_size)
    (folder / seed.name).write_bytes(seed.read_bytes())
    db = tmp_path / "x.db"
    imported = subprocess.run(
        [str(script), "--db", str(db), "import", str(folder)],
        cwd=tmp_path, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.startswith("1 imported")
    assert imported.stderr.startswith("factdesk: created a new desk at")
    listed = subprocess.run(
        [str(script), "--db", str(db), "claims", "--format", "json"],
        cwd=tmp_path, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    claims = json.loads(listed.stdout)
    texts = bodies(str(db))
    assert claims and all(
        texts[c["article_id"]][c["start"] : c["end"]] == c["text"] for c in claims
    )


def test_open_with_missing_seeds_says_why_and_exits_1(tmp_path: Path, capsys) -> None:
    status = main(["--db", str(tmp_path / "d.db"), "open", "--seeds", str(tmp_path / "none")])
    err = capsys.readouterr().err
    assert status == 1
    assert "none: no such file or folder" in err


def test_open_seeds_shows_the_import_progress_on_a_terminal(
    tmp_path: Path, monkeypatch, capsys
) -> None:
    """``open --seeds`` imports before the app starts: on a terminal with the same bar as
    ``import`` (it showed nothing for as long as a long file took: a minute and more)."""
    from factdesk.cli.commands import importing
    from factdesk.cli.commands import open as opening

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Bridge shut\n\nThe mayor said the bridge was shut.\n")
    barred: list[list[str]] = []
    with_bar = importing._with_bar
    monkeypatch.setattr(importing, "stderr_is_terminal", lambda: True)
    monkeypatch.setattr(
        importing, "_with_bar", lambda *a: barred.append(list(a[1])) or with_bar(*a)
    )
    monkeypatch.setattr(opening, "has_terminal", lambda: False)  # import, then no app
    status = main(["--db", str(tmp_path / "d.db"), "open", "--seeds", str(folder)])
    assert status == 2 and barred == [[str(folder)]]
    assert "1 imported" in capsys.readouterr().err


def test_a_missing_file_is_named_with_its_reason(tmp_path: Path, capsys) -> None:
    status = main(["score", str(tmp_path / "absent.txt")])
    err = capsys.readouterr().err.strip()
    assert status == 1
    assert err == f"factdesk: {tmp_path / 'absent.txt'}: no such file or directory"


def test_a_command_leaves_the_desk_in_one_file(db: str, capsys, tmp_path: Path) -> None:
    """After a command the desk file holds everything: the write-ahead log is copied in when
    the command closes the desk, so a plain copy of ``desk.db`` is the whole desk (after
    ``factdesk import`` it was 4 KB, the data all in ``desk.db-wal``, and the copy empty)."""
    import shutil

    assert run(capsys, "--db", db, "verdict", "1", "corroborated")[0] == 0
    assert not Path(db + "-wal").exists()
    plain = tmp_path / "copied.db"
    shutil.copyfile(db, plain)
    with closing(sqlite3.connect(plain)) as conn:
        row = conn.execute("SELECT verdict FROM verdicts WHERE claim_id = 1").fetchone()
    assert row == ("corroborated",)


class FullDisk(io.StringIO):
    """Standard output on a full disk: every write fails as it would (ENOSPC, no file name)."""

    def write(self, text: str) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_output_into_a_full_disk_names_standard_output(
    db: str, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``factdesk export > out.csv`` on a full disk said "[Errno 28] No space left on device"."""
    capsys.readouterr()
    monkeypatch.setattr(sys, "stdout", FullDisk())
    assert main(["export", "--db", db, "--format", "csv"]) == 1
    err = capsys.readouterr().err
    assert err == "factdesk: standard output: cannot write: no space left on device\n"


def test_score_reads_files_as_import_does(tmp_path: Path, capsys) -> None:
    """Read as UTF-8 with replacement, a binary file was scored line by line and a cp1251
    file printed as U+FFFD; now: any common encoding, and binary refused in one line."""
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    assert main(["score", str(binary)]) == 1
    assert capsys.readouterr() == ("", f"factdesk: {binary}: binary file, not text\n")
    cyrillic = tmp_path / "cp1251.txt"
    sentence = "Министр заявил, что в понедельник погибли 40 человек."
    cyrillic.write_bytes((sentence + "\n").encode("cp1251"))
    assert main(["score", str(cyrillic)]) == 0
    assert capsys.readouterr().out.split("\t")[1] == sentence + "\n"


def test_names_names_every_column(seeded_desk, capsys) -> None:
    """Into a pipe ``names`` is TSV: its single-source column had no header, a blank a
    spreadsheet or ``cut -f`` reads as a missing field."""
    code, out, _ = run(capsys, "--db", str(seeded_desk.path), "names")
    header, *rows = out.splitlines()
    assert code == 0 and all(header.split("\t"))
    assert header.split("\t")[4] == "SOURCES"
    assert any(row.split("\t")[4] == "single source" for row in rows)


@pytest.mark.parametrize("command", [["score"], ["merge"]])
def test_a_device_as_input_is_refused_not_read_forever(db: str, command, capsys) -> None:
    """``factdesk score /dev/zero`` read until killed, its memory growing."""
    assert main([*command, "/dev/zero", "--db", db]) == 1
    assert capsys.readouterr().err == "factdesk: /dev/zero: is a device, not a file\n"


@pytest.mark.parametrize(
    ("command", "wanted"), [("score", "a file"), ("merge", "a JSON Lines export")]
)
def test_a_folder_as_input_is_a_folder_as_for_db(
    db: str, tmp_path: Path, command, wanted, capsys
) -> None:
    """``merge FOLDER`` said "cannot be read: Is a directory", ``score FOLDER`` "is a
    directory", where ``--db FOLDER`` and ``export -o FOLDER`` say "is a folder"."""
    assert main([command, str(tmp_path), "--db", db]) == 1
    assert capsys.readouterr().err == f"factdesk: {tmp_path}: is a folder; name {wanted} in it\n"


def test_export_unreviewed_and_reviewed_only_is_refused(db: str, tmp_path: Path, capsys) -> None:
    """The two filters exclude each other: it wrote a header-only file and said nothing."""
    target = tmp_path / "none.csv"
    argv = ["export", "--db", db, "--verdict", "Unreviewed", "--reviewed-only", "-o", str(target)]
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "--verdict unreviewed and --reviewed-only exclude each other" in err
    assert not target.exists()


def test_a_claimreview_export_with_nothing_reviewed_is_refused(
    db: str, tmp_path: Path, capsys
) -> None:
    """It printed "[]" and three warnings about the desk's name, nothing about the verdicts;
    then it said why but still wrote "[]" and exited 0, where the app's dialog refuses."""
    assert main(["export", "--db", db, "--format", "claimreview"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("factdesk: no reviewed claims in scope")
    assert len(err.splitlines()) == 1
    target, pages = tmp_path / "reviews.json", tmp_path / "pages"
    assert main(["export", "--db", db, "-o", str(target)]) == 1
    assert main(["export", "--db", db, "--one-per-claim", str(pages)]) == 1
    assert not target.exists() and not pages.exists()
    capsys.readouterr()
    assert main(["verdict", "1", "disputed", "--db", db]) == 0
    capsys.readouterr()
    assert main(["export", "--db", db, "--format", "claimreview"]) == 0
    out, err = capsys.readouterr()
    assert out.strip() != "[]" and "no reviewed claims" not in err


@pytest.mark.parametrize(
    "command", [["articles"], ["check"], ["verdict", "1", "disputed"], ["restore", "RESTORABLE"]]
)
def test_db_naming_a_folder_says_to_name_the_file(tmp_path: Path, command, capsys, db: str) -> None:
    """It said "cannot be read: Is a directory"; restore also made a DIR.damaged folder."""
    folder = tmp_path / "desks"
    folder.mkdir()
    command = [db if word == "RESTORABLE" else word for word in command]
    assert main([*command, "--db", str(folder)]) == 1
    tmp_path = folder
    err = capsys.readouterr().err
    assert err == f"factdesk: {tmp_path}: is a folder; name the desk file in it, e.g. " + (
        f"{tmp_path / 'desk.db'}\n"
    )
    assert list(tmp_path.iterdir()) == [], "nothing made in the folder"
    assert not [p for p in tmp_path.parent.iterdir() if p.name.startswith("desks.")]


def test_import_says_a_files_message_and_its_re_review_both(db: str, capsys, monkeypatch) -> None:
    """A new version with a notice (its front matter not read) and verdicts left for
    re-review printed the notice only: the re-review line was an ``elif``."""
    from factdesk.cli.commands import importing
    from factdesk.domain.models import ImportOutcome, ImportReport

    both = ImportOutcome("a.md", "updated", 1, 3, message="front matter not read", rereview=[4])
    monkeypatch.setattr(importing, "import_with_progress", lambda *a: ImportReport([both]))
    code, _, err = run(capsys, "--db", db, "import", "a.md")
    assert code == 0 and err.splitlines() == [
        "factdesk: a.md: front matter not read",
        "factdesk: a.md: 1 earlier verdict needs re-review (claims 4 of the previous version)",
    ]


def test_imported_wire_copy_and_captioned_page_are_titled_by_their_text(
    tmp_path: Path, capsys
) -> None:
    """A wire story that opens on its dateline was listed as "KARVIK, Aug", and a page that
    opens on its picture's credit as the credit: the queue, the review header, every export
    and the ClaimReview page carry the title (title32)."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "wire.txt").write_text(
        "KARVIK, Aug. 3 (NTB) - The harbour board approved a new ferry terminal on Monday, "
        "its chair told reporters.\n\nWork starts in spring.\n",
        encoding="utf-8",
    )
    (folder / "page.txt").write_text(
        "Photo: Ferries wait at the old quay | Getty Images\n\nKarvik approves a ferry terminal"
        "\n\nThe harbour board approved the terminal, its chair said.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "d.db")
    assert run(capsys, "--db", db, "import", str(folder))[0] == 0
    code, out, _ = run(capsys, "--db", db, "articles", "--format", "json")
    titles = {Path(a["source"]).name: a["title"] for a in json.loads(out)}
    assert code == 0 and titles == {
        "wire.txt": "The harbour board approved a new ferry terminal on Monday",
        "page.txt": "Karvik approves a ferry terminal",
    }
