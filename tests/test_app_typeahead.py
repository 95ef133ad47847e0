"""Keys read together with the key that opens a field go into that field (``ui.typeahead``).

Each key is handed to the widget focused when it is read; ``/``, ``n``, Ctrl+F and ``i`` move
the focus only once they are handled, after the keys read with them. Those keys went to the
list underneath: "/nuclear" at once gave an empty filter and opened the note on its ``n``,
Ctrl+F then a word an empty search, ``n`` then a note's words an empty note (found in the tmux
shift32a). ``read_together`` posts every key before the app handles the first, as a terminal
read of a burst does; ``pilot.press`` waits after each key and cannot show it.
"""

from __future__ import annotations

from factdesk.desk.service import Desk
from factdesk.ui.screens.import_folder import ImportScreen
from factdesk.ui.screens.note import NoteScreen
from factdesk.ui.screens.queue import QueueScreen
from factdesk.ui.screens.review import ReviewScreen
from factdesk.ui.screens.search import SearchScreen
from snapshot_app import build_app, open_review, read_together
from textual.widgets import Input, TextArea

SIZE = (120, 36)


async def test_keys_read_with_the_key_that_opens_a_field_go_into_it(seeded_desk: Desk) -> None:
    """On one app: the filter, the note (saved by the Ctrl+S read with it: the store holds the
    words), Ctrl+F's search and the import dialog each get every key read with the key that
    opened them, and a bound key read with them (Esc) still acts where the focus went."""
    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        review = await open_review(pilot)
        claim_id = review.current_id
        assert claim_id is not None

        await read_together(pilot, "/nuclear")
        assert app.screen is review  # the n of "nuclear" opened the note editor
        assert review.query_one("#claim-filter", Input).value == "nuclear"
        assert review.filter_text == "nuclear"
        await read_together(pilot, "\x1b")
        assert review.filter_text == ""

        await read_together(pilot, "nasked the mayor's office\x13")
        assert app.screen is review  # saved and closed by the Ctrl+S read with the words
        assert seeded_desk.claim(claim_id).note == "asked the mayor's office"

        await read_together(pilot, "\x06denied")
        assert isinstance(app.screen, SearchScreen)
        assert app.screen.query_one("#search-input", Input).value == "denied"
        await read_together(pilot, "\x1b")  # Esc read after the words: the search closes
        assert app.screen is review

        await read_together(pilot, "nwait\x1b")  # Esc asks first: the words were typed
        note = app.screen
        assert not isinstance(note, ReviewScreen)
        await read_together(pilot, "y")
        assert isinstance(app.screen, ReviewScreen)
        assert seeded_desk.claim(claim_id).note == "asked the mayor's office"
        assert not isinstance(note, NoteScreen) or not note.is_attached

        await read_together(pilot, "\x1b")
        assert isinstance(app.screen, QueueScreen)
        await read_together(pilot, "i~/articles")
        assert isinstance(app.screen, ImportScreen)
        # the path offered was selected, and the typed one replaced it
        assert app.screen.query_one("#import-path", Input).value == "~/articles"
        assert not app.screen.query(TextArea)


async def test_a_fields_own_keys_typed_fast_act_in_their_turn(seeded_desk: Desk) -> None:
    """Backspace and Ctrl+U are the field's bindings, which Textual ran only once they had
    bubbled up to the app, after the letters read with them: Ctrl+U then a path left the
    import field empty, and "checked", three Backspaces, "k it" saved "checked it"'s letters
    in the wrong order (``textual_fixes._own_keys_in_turn``). The store holds the note typed."""
    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await read_together(pilot, "i\x15/srv/news\x7f\x7fws")
        assert isinstance(app.screen, ImportScreen)
        assert app.screen.query_one("#import-path", Input).value == "/srv/news"
        await read_together(pilot, "\x1b")
        review = await open_review(pilot)
        claim_id = review.current_id
        assert claim_id is not None
        await read_together(pilot, "nchecked\x7f\x7f\x7fk it\x13")
        assert app.screen is review
        assert seeded_desk.claim(claim_id).note == "check it"


async def test_ctrl_f_a_word_and_enter_at_once_open_the_best_result(seeded_desk: Desk) -> None:
    """The search runs behind the keys: Enter read with the words came before any result was
    listed and did nothing (shift32a, in tmux). It opens the best result for the words."""
    word = "Syniehubov" if seeded_desk.search_claims("Syniehubov", limit=1) else "Kupiansk"
    best = seeded_desk.search_claims(word, limit=1)[0]
    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await read_together(pilot, f"\x06{word}\r")
        assert isinstance(app.screen, ReviewScreen)
        assert (app.screen.article_id, app.screen.current_id) == (best.article_id, best.id)


async def test_the_palette_runs_the_command_found_for_the_words_typed_with_enter(
    seeded_desk: Desk,
) -> None:
    """The palette lists its commands behind the keys: "go: article <words>" and Enter read at
    once ran the first command listed before the words were searched ("queue: Sort" changed
    the queue's order: shift32a, in tmux). Enter waits for the words' commands."""
    article = seeded_desk.articles()[3]
    words = " ".join(article.title.split()[:4])
    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        sort = app.sort
        await read_together(pilot, f"\x10go: article {words}\r")
        for _ in range(200):  # the search, then the command: a few rounds, bounded
            if isinstance(app.screen, ReviewScreen):
                break
            await pilot.pause()
        assert isinstance(app.screen, ReviewScreen) and app.screen.article_id == article.id
        assert app.sort == sort


async def test_an_enter_whose_search_never_ends_runs_nothing_and_says_so(
    seeded_desk: Desk, monkeypatch
) -> None:
    """After its last wait the held Enter ran whatever the list still held: the commands for
    fewer letters (review32). A search that outlasts the waits runs nothing; the palette says
    to press Enter again."""
    from factdesk.ui import textual_fixes
    from textual.command import CommandPalette

    monkeypatch.setattr(textual_fixes, "PALETTE_WAIT_ROUNDS", 3)
    monkeypatch.setattr(textual_fixes, "_gathering", lambda palette: True)
    app = build_app(seeded_desk)
    said: list[str] = []
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        monkeypatch.setattr(app, "notify", lambda message, **_: said.append(message))
        sort = app.sort
        await read_together(pilot, "\x10queue: sort\r")
        for _ in range(50):
            if said:
                break
            await pilot.pause()
        assert said == [textual_fixes.PALETTE_STILL_SEARCHING]
        assert isinstance(app.screen, CommandPalette) and app.sort == sort


def test_the_private_textual_names_the_palette_fix_reads_are_there() -> None:
    """Textual is pinned exactly; a release renaming ``_GATHER_COMMANDS_GROUP`` or the table of
    ``@on`` handlers fails here, and ``install`` refuses to start, instead of an Enter unheld."""
    import re
    from importlib.metadata import version
    from pathlib import Path

    from factdesk.ui import textual_fixes
    from textual.command import CommandPalette

    pyproject = Path(__file__).parents[1] / "pyproject.toml"
    pinned = re.search(r'"textual==([^"]+)"', pyproject.read_text(encoding="utf-8"))
    assert pinned and version("textual") == pinned.group(1)
    assert textual_fixes.missing_private_names() == []
    group = CommandPalette._GATHER_COMMANDS_GROUP
    try:
        del CommandPalette._GATHER_COMMANDS_GROUP
        assert textual_fixes.missing_private_names() == ["CommandPalette._GATHER_COMMANDS_GROUP"]
    finally:
        CommandPalette._GATHER_COMMANDS_GROUP = group
