"""The export dialog, pushed on a bare App with a seeded desk (no review screen needed)."""

from __future__ import annotations

import inspect
import json
import re
from pathlib import Path

import pytest
from factdesk.desk.service import Desk
from factdesk.export import ExportScope, default_filename, export_text
from factdesk.ui.screens.export import ExportScreen, swap_extension
from factdesk.ui.widgets.choice_set import ChoiceSet
from snapshot_app import record_notifications, until
from textual.app import App
from textual.screen import Screen
from textual.widgets import Input, RadioButton


class Host(App):
    def __init__(self, desk: Desk, article_id: int | None) -> None:
        super().__init__()
        self.desk = desk
        self.article_id = article_id
        self.result: object = "not dismissed"
        self.shown = record_notifications(self)

    def on_mount(self) -> None:
        self.push_screen(ExportScreen(self.desk, self.article_id), self._done)

    def _done(self, result: object) -> None:
        self.result = result


def _choose(screen: Screen, *names: str) -> None:
    """Press the dialog's radio buttons by name ("claimreview", "reviewed"), as a click does."""
    for name in names:
        next(b for b in screen.query(RadioButton) if b.name == name).value = True


async def test_writes_this_article_as_csv_by_default(seeded_desk: Desk, tmp_path: Path) -> None:
    app = Host(seeded_desk, article_id=2)
    async with app.run_test() as pilot:
        await pilot.pause()
        path = app.screen.query_one("#export-path", Input)
        assert path.value == str(tmp_path / "Documents" / default_filename("csv"))
        target = tmp_path / "[b]out[i].csv"
        path.value = str(target)
        await pilot.click("#export-ok")
        await pilot.pause()
        assert app.result == target
        expected = export_text(seeded_desk, "csv", ExportScope(article_ids=(2,))).text
        assert target.read_bytes().decode("utf-8") == expected
        assert any("[b]out[i].csv" in message for message in app.shown)


async def test_format_and_scope_choice(seeded_desk: Desk, tmp_path: Path) -> None:
    seeded_desk.set_verdict(seeded_desk.claims()[0].id, "disputed")
    app = Host(seeded_desk, article_id=None)
    async with app.run_test() as pilot:
        await pilot.pause()
        screen = app.screen
        assert not [b for b in screen.query(RadioButton) if b.name == "article"]
        _choose(screen, "markdown", "reviewed")
        await pilot.pause()
        path = screen.query_one("#export-path", Input)
        assert path.value.endswith(".md")
        path.value = str(tmp_path / "report.md")
        path.focus()
        await pilot.press("enter")
        await pilot.pause()
    text = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert text == export_text(seeded_desk, "markdown", ExportScope(reviewed_only=True)).text
    assert "Unreviewed claims" not in text


async def test_bad_path_keeps_the_dialog_open(seeded_desk: Desk, tmp_path: Path) -> None:
    app = Host(seeded_desk, article_id=1)
    async with app.run_test() as pilot:
        await pilot.pause()
        app.screen.query_one("#export-path", Input).value = str(tmp_path / "no" / "x.csv")
        await pilot.click("#export-ok")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        assert any("does not exist" in message for message in app.shown)
        await pilot.press("escape")
        await pilot.pause()
        assert app.result is None


@pytest.mark.parametrize(
    ("path", "fmt", "expected"),
    [("factdesk-2024-05-01.csv", "jsonl", "factdesk-2024-05-01.jsonl"),
     ("notes", "markdown", "notes.md"), ("my.tsv", "csv", "my.tsv")],
)  # fmt: skip
def test_swap_extension(path: str, fmt: str, expected: str) -> None:
    assert swap_extension(path, fmt) == expected


async def test_claimreview_missing_a_required_field_is_refused(
    seeded_desk: Desk, tmp_path: Path
) -> None:
    claim_id = seeded_desk.claims()[0].id
    seeded_desk.set_verdict(claim_id, "contradicted")
    app = Host(seeded_desk, article_id=None)
    async with app.run_test() as pilot:
        await pilot.pause()
        screen = app.screen
        _choose(screen, "claimreview")
        await pilot.pause()
        target = tmp_path / "reviews.json"
        screen.query_one("#export-path", Input).value = str(target)
        await pilot.click("#export-ok")
        await pilot.pause()
        assert not target.exists() and app.result == "not dismissed"
        refused = [m for m in app.shown if "refusing to write ClaimReview" in m]
        assert refused and f"claim {claim_id}" in refused[0]
        config = tmp_path / "config.toml"  # FACTDESK_CONFIG (conftest)
        assert str(config) in refused[0]
        # what to do in the app: there is no command line to pass --claim-base-url on
        assert "command line" not in refused[0] and "--" not in refused[0], refused[0]
        assert "set [desk] claim_base_url in" in refused[0] and "export again" in refused[0]
        # Doing what the refusal says, with the app still open, is enough: the next try
        # reads the file again (it counted only after a restart).
        config.write_text(
            '[desk]\nname = "Invented Desk"\nclaim_base_url = "https://desk.example/c/"\n',
            encoding="utf-8",
        )
        screen.query_one("#export-path", Input).focus()  # the toast may cover the button
        await pilot.press("enter")
        assert await until(pilot, lambda: app.result != "not dismissed")
        assert app.result == target
        assert json.loads(target.read_text(encoding="utf-8"))[0]["author"]["name"] == (
            "Invented Desk"
        )


async def test_claimreview_with_nothing_reviewed_says_so_and_writes_nothing(
    seeded_desk: Desk, tmp_path: Path
) -> None:
    """No verdict yet: the dialog wrote "[]" and announced "Exported 0 claims", which reads
    as a failed export. It says why, as ``factdesk export`` does, writes no file and stays
    open; an existing file is not offered for replacing first."""
    from factdesk.export import NOTHING_TO_PUBLISH

    kept = tmp_path / "kept.json"
    kept.write_text("mine", encoding="utf-8")
    app = Host(seeded_desk, article_id=None)
    async with app.run_test() as pilot:
        await pilot.pause()
        screen = app.screen
        _choose(screen, "claimreview")
        await pilot.pause()
        for target in (tmp_path / "reviews.json", kept):
            screen.query_one("#export-path", Input).value = str(target)
            screen.query_one("#export-path", Input).focus()
            await pilot.press("enter")
            await pilot.pause()
            assert app.screen is screen and app.result == "not dismissed"
        assert app.shown.count(NOTHING_TO_PUBLISH) == 2, app.shown
    assert not (tmp_path / "reviews.json").exists()
    assert kept.read_text(encoding="utf-8") == "mine"


async def test_replacing_a_file_is_asked_first(seeded_desk: Desk, tmp_path: Path) -> None:
    from factdesk.ui.screens.confirm import ConfirmScreen

    target = tmp_path / "kept.csv"
    target.write_text("mine", encoding="utf-8")
    app = Host(seeded_desk, article_id=2)
    async with app.run_test() as pilot:
        await pilot.pause()
        app.screen.query_one("#export-path", Input).value = str(target)
        await pilot.click("#export-ok")
        assert await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("n")
        assert await until(pilot, lambda: not isinstance(app.screen, ConfirmScreen))
        assert target.read_text(encoding="utf-8") == "mine"
        # Again from the keyboard (the refusal's toast may now cover the button): Enter in
        # the path field. "y" goes to the question only once it is the screen: pressed
        # earlier, it was typed into the path field and nothing was written (a flaky failure).
        app.screen.query_one("#export-path", Input).focus()
        await pilot.press("enter")
        assert await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")
        assert await until(pilot, lambda: app.result != "not dismissed")
        assert app.result == target
    expected = export_text(seeded_desk, "csv", ExportScope(article_ids=(2,))).text
    assert target.read_bytes().decode("utf-8") == expected


async def test_the_desk_itself_is_refused_before_any_question(seeded_desk: Desk) -> None:
    """The desk file exists, so the dialog asked "Replace the existing file?" of it; y then
    refused. It is refused at once, in one line, and the dialog stays open."""
    app = Host(seeded_desk, article_id=2)
    async with app.run_test() as pilot:
        await pilot.pause()
        app.screen.query_one("#export-path", Input).value = str(seeded_desk.path)
        app.screen.query_one("#export-path", Input).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen), type(app.screen).__name__
        assert any("is the desk" in message for message in app.shown)


async def test_the_suggested_file_is_in_the_documents_folder_made_on_export(
    seeded_desk: Desk, tmp_path: Path, monkeypatch
) -> None:
    """With no export yet the dialog suggests ``factdesk`` in the documents folder, made when
    the file is written (desk38: it suggested the folder ``make run`` runs in, the project's
    checkout); the desk then keeps the folder for the next dialog. A folder that cannot be
    made is one line naming it and why, the dialog open, nothing written."""
    from factdesk.settings import locations

    docs = tmp_path / "Docs"
    monkeypatch.delenv("FACTDESK_EXPORT_DIR")
    monkeypatch.setattr(locations.platformdirs, "user_documents_dir", lambda: str(docs))
    monkeypatch.chdir(tmp_path)  # where the old suggestion would write
    docs.write_text("a file where the folder would be")
    app = Host(seeded_desk, article_id=2)
    async with app.run_test() as pilot:
        await pilot.pause()
        written = docs / "factdesk" / default_filename("csv")
        assert app.screen.query_one("#export-path", Input).value == str(written)
        await pilot.press("ctrl+s")
        assert await until(pilot, lambda: any("cannot make the folder" in m for m in app.shown))
        assert isinstance(app.screen, ExportScreen) and docs.is_file()
        (message,) = [m for m in app.shown if "cannot make the folder" in m]
        assert message.startswith(str(docs / "factdesk")) and "\n" not in message, message
        docs.unlink()
        await pilot.press("ctrl+s")
        assert await until(pilot, lambda: app.result != "not dismissed")
        assert app.result == written and written.is_file()
        expected = export_text(seeded_desk, "csv", ExportScope(article_ids=(2,))).text
        assert written.read_bytes().decode("utf-8") == expected
    assert not (tmp_path / default_filename("csv")).exists()
    assert seeded_desk.export_folder() is None  # the dialog alone remembers nothing
    assert seeded_desk.remember_export_folder(written.parent)
    assert seeded_desk.export_folder() == written.parent


async def test_the_app_keeps_the_folder_in_the_desk_and_a_desk_error_there_ends_nothing(
    seeded_desk: Desk, tmp_path: Path, monkeypatch
) -> None:
    """The app's export keeps its folder in the desk for the next session
    (``Desk.remember_export_folder``); a desk that cannot be written then (a full disk) keeps
    it for the session alone: the export was written, and the app ended on the desk's error
    (review38)."""
    from factdesk.desk import service
    from factdesk.store.deskfile import StoreError
    from snapshot_app import build_app

    def full(*_args: object) -> None:
        raise StoreError(f"{seeded_desk.path}: the disk is full; the change was not saved")

    out = tmp_path / "reports"
    out.mkdir()
    monkeypatch.setenv("FACTDESK_EXPORT_DIR", str(out))
    with monkeypatch.context() as patched:
        patched.setattr(service, "write_state", full)
        assert seeded_desk.remember_export_folder(out) is False
    app = build_app(seeded_desk)
    async with app.run_test() as pilot:
        for disk_full in (True, False):
            with monkeypatch.context() as patched:
                if disk_full:
                    patched.setattr(service, "write_state", full)
                await pilot.press("e")
                assert await until(pilot, lambda: isinstance(app.screen, ExportScreen))
                await pilot.press("ctrl+s")
                assert await until(pilot, lambda: not isinstance(app.screen, ExportScreen))
            assert app.is_running and app.export_folder == out
            assert seeded_desk.export_folder() == (None if disk_full else out.resolve())
            (out / default_filename("csv")).unlink()  # written (and no question next time)


async def test_one_key_reaches_the_file_field(seeded_desk: Desk, tmp_path: Path) -> None:
    """Ctrl+O (the CLI's -o) focuses the File field from the format choice, and its label
    names the key (the dialog has no footer): the field was two Tabs away."""
    app = Host(seeded_desk, article_id=2)
    async with app.run_test() as pilot:
        await pilot.pause()
        screen = app.screen
        assert screen.focused is screen.query_one("#export-format")
        label = screen.query_one("#export-file-label")
        assert str(label.render()).startswith("File ") and "o" in str(label.render())[5:]
        await pilot.press("ctrl+o")
        path = screen.query_one("#export-path", Input)
        assert screen.focused is path
        await pilot.press(*"mine.csv")  # the name typed next replaces the selected path
        assert path.value == "mine.csv"


async def test_arrow_keys_choose_the_format_and_scope_that_is_written(
    seeded_desk: Desk, tmp_path: Path
) -> None:
    """↓ chooses, as radio groups do: ↓↓ to "Markdown report", Tab, ↓↓ to "Reviewed only",
    Ctrl+S writes that (the arrows moved only a highlight, and Ctrl+S wrote the CSV of this
    article the dialog opened with)."""
    claim = seeded_desk.claims(2)[0].id
    seeded_desk.set_verdict(claim, "disputed")
    app = Host(seeded_desk, article_id=2)
    async with app.run_test() as pilot:
        await pilot.pause()
        screen = app.screen
        assert screen.focused is screen.query_one("#export-format")
        await pilot.press("down", "down", "up")
        assert screen.fmt == "jsonl"  # ↑ chooses too
        await pilot.press("down", "tab", "down", "down")
        assert (screen.fmt, screen.scope) == ("markdown", "reviewed")
        path = screen.query_one("#export-path", Input)
        assert path.value.endswith(".md")
        target = tmp_path / "report.md"
        path.value = str(target)
        await pilot.press("ctrl+s")
        assert await until(pilot, lambda: app.result != "not dismissed")
    expected = export_text(seeded_desk, "markdown", ExportScope(reviewed_only=True)).text
    assert target.read_bytes().decode("utf-8") == expected


def test_the_choice_set_reads_no_private_radio_set_state() -> None:
    """The arrows press what they reach through RadioSet's public action (Enter's and
    space's), not its private ``_selected`` and ``_nodes``, which a Textual release may rename
    without notice (issue 13)."""
    assert re.findall(r"self\._\w+", inspect.getsource(ChoiceSet)) == []


async def test_the_next_export_is_offered_in_the_folder_of_the_last(
    seeded_desk: Desk, tmp_path: Path
) -> None:
    """A checker writes CSV, then Markdown, then ClaimReview: the dialog offered the documents
    folder each time, so each format meant typing the folder again. After a write it offers
    the folder written to (this session), with the format's usual file name."""
    from snapshot_app import build_app

    elsewhere = tmp_path / "exports"
    elsewhere.mkdir()
    app = build_app(seeded_desk)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("e")
        assert await until(pilot, lambda: isinstance(app.screen, ExportScreen))
        app.screen.query_one("#export-path", Input).value = str(elsewhere / "first.csv")
        await pilot.click("#export-ok")
        assert await until(pilot, lambda: not isinstance(app.screen, ExportScreen))
        assert (elsewhere / "first.csv").is_file()
        await pilot.press("e")
        assert await until(pilot, lambda: isinstance(app.screen, ExportScreen))
        offered = app.screen.query_one("#export-path", Input).value
        assert offered == str(elsewhere / default_filename("csv"))
        await pilot.press("escape")  # nothing written: the offer stays where it was
        await pilot.pause()
        await pilot.press("e")
        assert await until(pilot, lambda: isinstance(app.screen, ExportScreen))
        assert app.screen.query_one("#export-path", Input).value == offered


async def test_the_dialog_names_the_article_this_article_means(seeded_desk: Desk) -> None:
    """From the queue ``e`` exports the article under the cursor: "This article" named none,
    so a reviewer could not tell which one would be written."""
    from test_app_layout import rendered

    article = seeded_desk.articles()[1]
    app = Host(seeded_desk, article_id=article.id)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        shown = rendered(app.screen.query_one("#export-article"))
        assert shown.strip().startswith(f"This article: {article.title[:20]}")
    app = Host(seeded_desk, article_id=None)  # the whole desk: no article to name
    async with app.run_test() as pilot:
        await pilot.pause()
        assert not app.screen.query("#export-article")


async def test_a_name_of_another_format_is_refused_not_written(
    seeded_desk: Desk, tmp_path: Path
) -> None:
    """CSV picked and "report.md" typed: the dialog wrote CSV under the Markdown name and said
    "Exported". Now it says which format the name is and writes nothing; picking that format
    writes it; a suffix of no format ("my.tsv") stays the reviewer's choice."""
    app = Host(seeded_desk, article_id=1)
    async with app.run_test() as pilot:
        await pilot.pause()
        path = app.screen.query_one("#export-path", Input)
        path.value = str(tmp_path / "report.md")
        await pilot.click("#export-ok")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen) and not (tmp_path / "report.md").exists()
        said = app.shown[-1]
        assert "report.md is a Markdown report name" in said and ".csv" in said
        _choose(app.screen, "markdown")
        await pilot.pause()
        assert path.value == str(tmp_path / "report.md")
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert (tmp_path / "report.md").read_text(encoding="utf-8").startswith("#")
    app = Host(seeded_desk, article_id=1)
    async with app.run_test() as pilot:
        await pilot.pause()
        app.screen.query_one("#export-path", Input).value = str(tmp_path / "my.tsv")
        await pilot.click("#export-ok")
        await pilot.pause()
    assert (tmp_path / "my.tsv").read_text(encoding="utf-8").startswith("article_id,")


async def test_enter_on_the_format_or_scope_writes_what_is_chosen(
    seeded_desk: Desk, tmp_path: Path
) -> None:
    """Seen in the tmux shift: `e`, then Enter, and nothing happened (Enter on the focused
    format set only pressed the button already pressed); Enter in the File field wrote. Enter
    now writes from the choices too, what they show; space still only chooses."""
    app = Host(seeded_desk, article_id=2)
    async with app.run_test() as pilot:
        await pilot.pause()
        screen = app.screen
        assert screen.focused is screen.query_one("#export-format")
        screen.query_one("#export-path", Input).value = str(tmp_path / "mine.csv")
        await pilot.press("down")  # JSON Lines, and the name follows: mine.jsonl
        await pilot.press("space")
        await pilot.pause()
        assert app.result == "not dismissed", "space chooses, it does not write"
        await pilot.press("enter")
        assert await until(pilot, lambda: app.result != "not dismissed")
    target = tmp_path / "mine.jsonl"
    assert app.result == target
    expected = export_text(seeded_desk, "jsonl", ExportScope(article_ids=(2,))).text
    assert target.read_bytes().decode("utf-8") == expected

    again = Host(seeded_desk, article_id=2)
    async with again.run_test() as pilot:
        await pilot.pause()
        again.screen.query_one("#export-path", Input).value = str(tmp_path / "desk.csv")
        await pilot.press("tab", "down", "enter")  # the scope set: The whole desk, Enter
        assert await until(pilot, lambda: again.result != "not dismissed")
    assert (tmp_path / "desk.csv").read_bytes().decode("utf-8") == export_text(
        seeded_desk, "csv", ExportScope()
    ).text
