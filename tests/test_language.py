"""The language layer: a verified model, lazy loading, one-line failures, cached parses."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from factdesk.cli.entry import main
from factdesk.language import model, parse
from factdesk.language.model import ModelError

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def test_installed_model_matches_the_listed_checksums() -> None:
    folder = model.model_dir()
    model.verify(folder)
    assert set(model.expected_hashes()) >= {"config.cfg", "ner/model", "parser/model"}


def test_a_changed_weight_file_is_refused_with_one_line(tmp_path: Path) -> None:
    copy = tmp_path / "pipeline"
    shutil.copytree(model.model_dir(), copy)
    with (copy / "ner" / "model").open("ab") as handle:
        handle.write(b"\0")
    with pytest.raises(ModelError) as caught:
        model.load_from(copy)
    message = str(caught.value)
    assert "\n" not in message
    assert model.DISTRIBUTION in message and "ner/model" in message
    assert "pip install" in message


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    copy = tmp_path / "pipeline"
    shutil.copytree(model.model_dir(), copy)
    (copy / "parser" / "model").unlink()
    with pytest.raises(ModelError, match="parser/model is missing"):
        model.verify(copy)


def test_a_missing_package_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(model.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(ModelError, match="is not installed; reinstall it with: pip install"):
        model.model_dir()


def test_import_with_a_broken_model_is_one_line_and_nonzero(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken() -> None:
        raise ModelError(f"language model {model.DISTRIBUTION} is not installed; reinstall")

    monkeypatch.setattr(parse, "nlp", broken)
    article = tmp_path / "fresh.txt"
    article.write_text("A text no other test parses, about 17 quiet owls.\n", "utf-8")
    code = main(["--db", str(tmp_path / "d.db"), "import", str(article)])
    err = capsys.readouterr().err.strip()
    assert code != 0
    about_model = [line for line in err.splitlines() if model.DISTRIBUTION in line]
    assert len(about_model) == 1 and about_model == err.splitlines()[-1:]
    assert "Traceback" not in err


_PROBE = """
import sys
from factdesk.cli.entry import main
for command in (["articles"], ["stats"], ["claims"]):
    main(["--db", sys.argv[1], *command])
print("SPACY-LOADED" if "spacy" in sys.modules else "SPACY-NOT-LOADED", file=sys.stderr)
"""


def test_read_commands_never_import_spacy(seeded_desk, tmp_path: Path) -> None:
    path = str(seeded_desk.store.path)
    seeded_desk.close()
    env = {"PYTHONPATH": str(ROOT / "tui"), "FACTDESK_CONFIG": str(tmp_path / "c.toml"),
           "PATH": "/usr/bin:/bin"}  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, path],
        capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=120,
    )  # fmt: skip
    assert "Kupyansk" in done.stdout  # the commands really read the seeded desk
    assert "SPACY-NOT-LOADED" in done.stderr, done.stderr


def test_the_app_module_does_not_import_spacy(tmp_path: Path) -> None:
    code = "import sys, factdesk.ui.app; print('spacy' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
        env={"PYTHONPATH": str(ROOT / "tui"), "PATH": "/usr/bin:/bin"}, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert done.stdout.strip() == "False", done.stderr


def test_loading_the_pipeline_leaves_spacys_command_line_out_until_it_is_asked_for() -> None:
    """issue 15: ``import spacy`` loads its command line (358 modules: a third of the import's
    CPU) for one name; ``model.load_from`` imports spaCy without it, and the real one is
    there for whoever imports it after (``spacy.info`` imports it when called)."""
    code = (
        "import sys; from factdesk.language import model; nlp = model.nlp(); "
        "print('spacy.cli' in sys.modules, [t.text for t in nlp('AT&T. said so.')]); "
        "import spacy, spacy.cli; print(spacy.info.__name__, callable(spacy.cli.setup_cli))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
        env={"PYTHONPATH": str(ROOT / "tui"), "PATH": "/usr/bin:/bin"}, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert done.stdout.splitlines() == [
        "False ['AT&T', '.', 'said', 'so', '.']",
        "_info True",
    ], done.stderr


def test_parses_are_cached_by_text() -> None:
    text = "The harbour master said 12 ships waited."
    first = parse.parse_all([text])[0]
    assert parse.parse_all([text, text]) == [first, first]


def _tree(doc) -> list[tuple]:
    return [(t.text, t.pos_, t.tag_, t.lemma_, t.dep_, t.head.i) for t in doc]


def test_syntax_parses_give_the_full_parse_tree_and_never_reach_entity_readers() -> None:
    texts = [
        "Manchester City beat Manchester United 3-1 on Sunday, Reuters reported.",
        "The amendment was rejected by the Senate in Washington.",
        "Kyiv said its forces did not lose the village of Petropavlivka.",
    ]
    parse.clear_cache()
    syntax = parse.parse_syntax(texts)
    assert [d.text for d in syntax] == texts
    assert all(not d.ents for d in syntax)  # made without the recogniser...
    full = parse.parse_all(texts)
    assert all(d.ents for d in full)  # ...and not handed to a reader of entities
    assert [_tree(d) for d in syntax] == [_tree(d) for d in full]
    one_by_one = [parse.parse_syntax([t])[0] for t in texts]
    assert one_by_one == full  # a text fully parsed already is taken from that cache


def test_curly_quotes_are_parsed_as_straight_ones_and_kept_as_written() -> None:
    """The small pipeline reads "wasn’t" and "the BBC’s Today programme" worse than their
    straight spellings (the negation as punctuation, the paper as an object): the parser
    reads the straight text, and the Doc keeps the article's own characters."""
    text = "The board’s chair, Ann O’Hara, told the BBC’s Today programme it wasn’t “a cover-up”."
    doc = parse.parse_all([text])[0]
    assert doc.text == text
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["Ann O’Hara"]
    straight = parse.parse_all([parse.straight(text)])[0]
    assert [(t.dep_, t.head.i, t.ent_type_) for t in doc] == [
        (t.dep_, t.head.i, t.ent_type_) for t in straight
    ]
    assert [t.dep_ for t in doc if t.text in ("n’t", "BBC")] == ["poss", "neg"]


def test_a_full_stop_after_ampersand_initials_is_a_token_of_its_own() -> None:
    """ "according to CP&H." kept "CP&H." as one token tagged punctuation (the tokenizer splits
    a final stop after a lower-case letter or a digit only): the name and the stop are two."""
    doc = parse.parse_all(["Fares rose 4%, according to CP&H. Others fell."])[0]
    assert [t.text for t in doc][-7:] == ["according", "to", "CP&H", ".", "Others", "fell", "."]
    assert [t.text for t in parse.parse_all(["The U.S. and Smith & Co. agreed."])[0]][:2] == [
        "The",
        "U.S.",
    ]


@pytest.mark.parametrize("size", [0, 1, 50, 999, 5000])
def test_chunks_cover_the_text_and_stay_under_the_limit(size: int) -> None:
    text = ("Word. " * size) + "x" * 300
    pieces = parse.chunks(text, limit=256)
    assert "".join(piece for _, piece in pieces) == text
    assert all(len(piece) <= 256 for _, piece in pieces)
    assert all(text[at : at + len(piece)] == piece for at, piece in pieces)


def test_an_import_cuts_each_body_into_blocks_once(
    desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The read-ahead parse, the extractor, the mention finder and the outcome reader all read
    the body as ``parse.body_cut`` cuts it: the hard wraps are joined once per article."""
    from factdesk.extract import claims
    from factdesk.names import mentions
    from factdesk.text import wrapping

    lines = [
        "The river authority at Velmora said on Tuesday that 14 barges were",
        "held at the lower lock while engineers from Castrell Marine checked",
        "the gates, and that traffic would resume within two days of the",
        "inspection. Officials said the repairs would cost 2.3 million euros.",
    ]
    (tmp_path / "wrapped.txt").write_text("\n".join(lines * 3) + "\n", encoding="utf-8")
    unwrapped: list[str] = []

    def counted(body: str) -> str:
        unwrapped.append(body)
        return wrapping.unwrap(body)

    for module in (parse, mentions, claims):
        monkeypatch.setattr(module, "unwrap", counted, raising=False)
    parse.body_cut.cache_clear()
    desk.import_paths([tmp_path / "wrapped.txt"])
    assert len(unwrapped) == 1


def test_a_feed_of_more_articles_than_the_old_cache_is_cut_once_each(
    desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A feed file gives many articles to one read-ahead window: ``parse_ahead`` cuts them
    all, and each cut must still be cached when its article is extracted (24 articles: with
    the earlier 16 cuts kept, every one was cut twice, 48 unwraps)."""
    from factdesk.extract import claims
    from factdesk.names import mentions
    from factdesk.text import wrapping

    places = ["Velmora", "Castrell", "Quillmouth", "Ardenby"]
    items = "".join(
        f"<item><title>Lock {n}</title><link>https://example.test/{n}</link>"
        f"<description>The authority at {places[n % 4]} said {n + 3} barges were held at"
        f" lock {n} on Tuesday.</description></item>"
        for n in range(24)
    )
    feed = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Locks</title>{items}'
    (tmp_path / "locks.rss").write_text(feed + "</channel></rss>", encoding="utf-8")
    unwrapped: list[str] = []

    def counted(body: str) -> str:
        unwrapped.append(body)
        return wrapping.unwrap(body)

    for module in (parse, mentions, claims):
        monkeypatch.setattr(module, "unwrap", counted, raising=False)
    parse.body_cut.cache_clear()
    report = desk.import_paths([tmp_path / "locks.rss"])
    assert len(desk.articles()) == 24, report
    assert len(unwrapped) == 24


class _Collector:
    """Stands in for ``gc`` in ``language.model``: records what is asked of it."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def collect(self) -> None:
        self.calls.append("collect")

    def freeze(self) -> None:
        self.calls.append("freeze")

    def unfreeze(self) -> None:
        self.calls.append("unfreeze")


def test_only_a_batch_entry_point_freezes_the_process(
    desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``gc.freeze`` reaches everything alive in the process, so the app's side never asks
    for it: the pipeline's load and a desk's import (what the app's import worker runs)
    freeze nothing. The CLI's import and the re-extraction worker process call
    ``model.settle``: the pipeline loaded already is frozen then, one loaded later just after
    its load."""
    from factdesk.desk import worker

    model.nlp()  # the real pipeline, loaded before anything here is faked
    collector = _Collector()
    monkeypatch.setattr(model, "gc", collector)
    model.unsettle()
    article = tmp_path / "note.txt"
    article.write_text("The ferry operator at Quillmouth said 40 crossings were cancelled.\n")
    desk.import_paths([article])
    monkeypatch.setattr(model, "load_from", lambda folder: "a pipeline")
    assert model.nlp.__wrapped__() == "a pipeline"  # a load, uncached, as a first one runs
    assert collector.calls == []

    assert main(["--db", str(tmp_path / "cli.db"), "import", str(article)]) == 0
    assert collector.calls == ["collect", "freeze"]  # loaded already: frozen at once
    collector.calls.clear()
    model.nlp.__wrapped__()
    assert collector.calls == ["collect", "freeze"]  # a later load is frozen after it

    model.unsettle()
    collector.calls.clear()
    worker._reextract(desk.path, "worker", [])
    assert collector.calls == ["collect", "freeze"]
    assert '"done"' in capsys.readouterr().out


def test_unsettle_takes_the_batch_mark_back_and_unfreezes_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """review37 item 6: the tests took a batch run's mark back by writing ``model._BATCH``;
    ``unsettle`` does it (the mark cleared, the frozen objects handed back), once."""
    model.nlp()
    collector = _Collector()
    monkeypatch.setattr(model, "gc", collector)
    model.settle()
    assert model.settled() and collector.calls == ["collect", "freeze"]
    model.unsettle()
    model.unsettle()
    assert not model.settled() and collector.calls == ["collect", "freeze", "unfreeze"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Ana Lee-Marsh said the plant would close.", "Ana Lee-Marsh"),
        ("Commissioner Vosk-Hallam said the agency found 40 unsafe toys.", "Vosk-Hallam"),
    ],
)
def test_a_hyphenated_surname_takes_its_given_name_never_a_title(text: str, person: str) -> None:
    """The recogniser reads a hyphenated surname as a company's and leaves the given name
    before it out; the parse cache makes the two one person, a title before it excepted
    ("Commissioner" stays outside: the person is the one the article names in full)."""
    doc = parse.parse_all([text])[0]
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == [person]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Office of Roads and Bridges said the new span would open in 2027.",
         "The Office of Roads and Bridges"),
        ("Output fell by a tenth, according to the Institute of Mining and Metallurgy.",
         "the Institute of Mining and Metallurgy"),
    ],
)  # fmt: skip
def test_a_bodys_name_with_and_inside_is_one_name(text: str, body: str) -> None:
    """The recogniser ends "the Office of Roads and Bridges" at "Roads" (or at "and") and
    takes the word after "and" for a person; the parse cache makes the two one body."""
    doc = parse.parse_all([text])[0]
    assert [(e.text, e.label_) for e in doc.ents if e.label_ in ("ORG", "PERSON")] == [
        (body, "ORG")
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The Bank of England and Barclays said rates would rise.",
         ["The Bank of England", "Barclays"]),
        ("Officials from the Department of Health and the Red Cross said aid arrived.",
         ["the Department of Health", "the Red Cross"]),
    ],
)  # fmt: skip
def test_a_second_body_after_and_stays_apart(text: str, names: list[str]) -> None:
    """A body the recogniser names on its own after "and", or one after "the", is a second
    name, never the first one's end."""
    doc = parse.parse_all([text])[0]
    assert [e.text for e in doc.ents if e.label_ == "ORG"] == names
