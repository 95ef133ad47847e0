"""A bare surname (or a given name alone) is read in its own article first (issue 13 item 4).

The desk kept one group per spelling, so the first article that filed "Marsh" decided for
every article: a later article's "Marsh" about Tom Marsh counted as an earlier one's Lena
Marsh (one origin, one names-view row). ``NameBook.file_article`` gives each mention the group
its article reads it as (``name_mentions.group_key``, migration 22); a surname the article or
(with nobody of it in the article) the desk gives to two people is no one's. Every name here
is invented.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from conftest import isolate
from factdesk.corroborate import index as crossref
from factdesk.desk.service import Desk
from factdesk.names.groups import EITHER_PREFIX
from factdesk.settings.config import load_config
from factdesk.store.checksums import full_check
from factdesk.store.migrations import REFILE_KEY

ARTICLES = {
    "a": "Ferry plan approved\n\nLena Marsh, the harbour master, spoke on Monday. "
    '"We are ready," Marsh said. Lena added that two boats were new.\n',
    "b": 'Bakery opens\n\nTom Marsh opened a bakery on Friday. "It took a year," Marsh said.\n',
    "c": 'Council vote delayed\n\nThe vote was delayed again. "We need more time," Marsh said '
    "on Tuesday.\n",
    "d": "Siblings run the crossing\n\nLena Marsh and Tom Marsh run the crossing together. "
    '"Nobody else wanted it," Marsh said.\n',
    "e": "Orchard sold\n\nIda Quell sold the orchard on Sunday. Quell said she was tired.\n",
    "f": 'Orchard closes\n\n"It was a hard call," Quell said on Tuesday.\n',
    "g": 'Dock strike ends\n\nAnna Orlett, a crane driver, spoke on Monday. "We won," Orlett '
    "said.\n",
    "h": 'Dock strike goes on\n\nPeter Orlett, a crane driver, spoke on Monday. "We lost," '
    "Orlett said.\n",
    "i": 'Tram line closes\n\n"It was a hard call," Orlett said on Tuesday.\n',
    "ru": "Пекарня открылась\n\nТарас Ковальчук открыл пекарню в пятницу. «Мы долго ждали», — "
    "сказал Ковальчук. Соседи поддержали Ковальчука.\n",
    "uk": "Пекарня відкрилася\n\nОлена Ковальчук відкрила пекарню. «Ми готові», — сказала "
    "Ковальчук.\n",
}
TITLES = {name: text.split("\n", 1)[0] for name, text in ARTICLES.items()}


def _import(folder: Path, order: list[str]) -> Desk:
    folder.mkdir()
    paths = []
    for number, name in enumerate(order):
        path = folder / f"{number:02d}-{name}.txt"
        path.write_text(ARTICLES[name], encoding="utf-8")
        paths.append(path)
    desk = Desk.open(folder / "desk.db", config=load_config())
    for path in paths:  # one at a time: the order is the point
        desk.import_paths([path])
    return desk


@pytest.fixture(scope="module")
def desks(tmp_path_factory: pytest.TempPathFactory):
    """The same articles imported in two orders, into two desks."""
    root = tmp_path_factory.mktemp("names-in-article")
    order = list(ARTICLES)
    with pytest.MonkeyPatch.context() as env:
        isolate(env, root)
        opened = [_import(root / "forward", order), _import(root / "backward", order[::-1])]
        yield opened
        for desk in opened:
            desk.close()


def _ids(desk: Desk) -> dict[str, int]:
    by_title = {a.title: a.id for a in desk.articles()}
    return {name: by_title[title] for name, title in TITLES.items()}


def _key_of(desk: Desk, article: str, spelling: str) -> str:
    """The group an article's mentions of a spelling are in."""
    (key,) = desk.store.conn.execute(
        "SELECT DISTINCT group_key FROM name_mentions WHERE article_id = ? AND spelling = ?",
        [_ids(desk)[article], spelling],
    ).fetchall()
    return key[0]


def _group_of(desk: Desk, article: str, spelling: str) -> set[str]:
    """The variants of the group an article's spelling is in, as the names view shows it."""
    key = _key_of(desk, article, spelling)
    (group,) = [g for g in desk.names(_ids(desk)[article]) if g.key == key]
    return set(group.variants)


def _origins(desk: Desk, article: str) -> set[str]:
    return {desk.origin(c.id)[1] for c in desk.claims(_ids(desk)[article])}


def test_a_bare_surname_goes_to_its_own_articles_full_name(desk, tmp_path) -> None:
    """Two articles, two people of one surname: each article's bare "Marsh" is its own full
    name's, never the other article's person (the first article filed decided it for every
    article). Written by the session 23 review."""
    (tmp_path / "a.txt").write_text(ARTICLES["a"], encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLES["b"], encoding="utf-8")
    desk.import_paths([tmp_path / "a.txt", tmp_path / "b.txt"])
    by_title = {a.title: a.id for a in desk.articles()}
    for title, own, other in (("Ferry plan approved", "Lena Marsh", "Tom Marsh"),
                              ("Bakery opens", "Tom Marsh", "Lena Marsh")):  # fmt: skip
        groups = desk.names(by_title[title])
        (bare,) = [g for g in groups if "Marsh" in g.variants]
        assert other not in bare.variants, (title, [g.variants for g in groups])
        assert own in bare.variants, (title, [g.variants for g in groups])


@pytest.mark.parametrize("which", [0, 1], ids=["forward", "backward"])
def test_each_article_reads_its_own_person(desks, which) -> None:
    desk = desks[which]
    assert {"Lena Marsh", "Marsh", "Lena"} <= _group_of(desk, "a", "Marsh")
    assert "Tom Marsh" not in _group_of(desk, "a", "Marsh")
    assert "Tom Marsh" in _group_of(desk, "b", "Marsh")
    assert "Lena Marsh" not in _group_of(desk, "b", "Marsh")
    # the quotes' origins: a's and b's "Marsh said" are two people, not one origin
    lena, tom = _origins(desk, "a"), _origins(desk, "b")
    assert lena and tom and not lena & tom


@pytest.mark.parametrize("which", [0, 1], ids=["forward", "backward"])
def test_a_surname_two_people_share_is_no_ones(desks, which) -> None:
    """In an article naming both Marshes, "Marsh" is neither person: a group of its own,
    apart from both; and so is a bare "Marsh" or "Orlett" in an article naming nobody of
    that surname, on a desk that names two, whichever article came first (Anna and Peter
    are given names the lexicon knows, Lena and Tom are not)."""
    desk = desks[which]
    for article, spelling in (("c", "Marsh"), ("d", "Marsh"), ("i", "Orlett")):
        bare = _group_of(desk, article, spelling)
        assert bare.isdisjoint({"Lena Marsh", "Tom Marsh", "Anna Orlett", "Peter Orlett"})
    assert _key_of(desk, "c", "Marsh").startswith(EITHER_PREFIX)
    assert _key_of(desk, "d", "Marsh").startswith(EITHER_PREFIX)
    assert _key_of(desk, "i", "Orlett").startswith(EITHER_PREFIX)
    assert "Anna Orlett" in _group_of(desk, "g", "Orlett")
    assert "Peter Orlett" in _group_of(desk, "h", "Orlett")


@pytest.mark.parametrize("which", [0, 1], ids=["forward", "backward"])
def test_cyrillic_case_forms_are_their_articles_person(desks, which) -> None:
    desk = desks[which]
    russian = _group_of(desk, "ru", "Ковальчука")
    assert {"Тарас Ковальчук", "Ковальчук", "Ковальчука"} <= russian
    assert "Олена Ковальчук" not in russian
    ukrainian = _group_of(desk, "uk", "Олена Ковальчук")
    assert "Ковальчук" in ukrainian and "Тарас Ковальчук" not in ukrainian


@pytest.mark.parametrize("which", [0, 1], ids=["forward", "backward"])
def test_search_finds_a_bare_surname_by_its_articles_person(desks, which) -> None:
    """ "Tom Marsh" finds the bakery's "Marsh said", not the ferry's; "Marsh" finds both."""
    desk = desks[which]
    ids = _ids(desk)
    tom = {c.article_id for c in desk.search_claims("Tom Marsh")}
    assert ids["b"] in tom and ids["a"] not in tom
    assert {ids["a"], ids["b"]} <= {c.article_id for c in desk.search_claims("Marsh")}


def test_a_bare_surname_alone_joins_the_desks_one_person(desks) -> None:
    """ "Quell" alone, on a desk that names one Quell in full, is that person, in both
    orders (before the full name came and after), though the lexicon does not know "Ida"
    for a given name: her article calls her "Quell" (``NameBook._learn``)."""
    for desk in desks:
        assert "Ida Quell" in _group_of(desk, "f", "Quell")


def test_import_order_changes_no_group(desks) -> None:
    """Every article's name groups and every claim's origin, the same in both orders (group
    keys are ids and may differ: the groups are compared by their spellings)."""
    seen = []
    for desk in desks:
        ids = _ids(desk)
        groups = {name: sorted(sorted(g.variants) for g in desk.names(ids[name]))
                  for name in ARTICLES}  # fmt: skip
        every = sorted(sorted(g.variants) for g in desk.names())
        origins = {}
        for name in ARTICLES:
            for claim in desk.claims(ids[name]):
                _, key = desk.origin(claim.id)
                origins[(name, claim.text)] = _spellings_of(desk, key)
        seen.append((groups, every, origins))
    assert seen[0] == seen[1]


def _spellings_of(desk: Desk, key: str) -> list[str] | str:
    rows = desk.store.conn.execute(
        "SELECT DISTINCT spelling FROM name_mentions WHERE group_key = ? ORDER BY 1", [key]
    ).fetchall()
    return [row[0] for row in rows] if rows else key.split(":")[0]


def test_a_reviewers_split_of_the_spelling_wins(desk, tmp_path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLES["a"], encoding="utf-8")
    desk.import_paths([tmp_path / "a.txt"])
    desk.split_name("Marsh")
    (article,) = desk.articles()
    (bare,) = [g for g in desk.names(article.id) if "Marsh" in g.variants]
    assert bare.variants == ["Marsh"]


def test_the_migration_refiles_a_desk_made_at_schema_21(desk, tmp_path) -> None:
    """A desk as session 23 left it: no mention groups, every "Marsh" (and Tom Marsh, who
    joined the group through it) in Lena's group, and a reviewer's merge of "Lena" into
    "Lena Marsh". Opened again: migration 22, then ``refile``: each article's "Marsh" its own
    person's, the origins re-indexed, the merge kept, the desk's checks clean."""
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(ARTICLES[name], encoding="utf-8")
    desk.import_paths([tmp_path / "a.txt", tmp_path / "b.txt"])
    desk.merge_names(["Lena Marsh", "Lena"])
    path = desk.path
    desk.close()
    with sqlite3.connect(path) as conn:
        lena = conn.execute(
            "SELECT group_key FROM name_spellings WHERE spelling = 'Lena Marsh'"
        ).fetchone()[0]
        conn.execute(
            "UPDATE name_spellings SET group_key = ? WHERE spelling IN ('Marsh', 'Tom Marsh')",
            [lena],
        )
        conn.execute("UPDATE claim_origins SET origin_key = ? WHERE origin = 'Marsh'", [lena])
        conn.execute("DROP INDEX name_mentions_group")
        conn.execute("ALTER TABLE name_mentions DROP COLUMN group_key")
        conn.execute("DELETE FROM state WHERE key = ?", [REFILE_KEY])
        conn.execute("PRAGMA user_version = 21")
    conn.close()
    again = Desk.open(path, config=load_config())
    try:
        assert again.store.schema_version >= 22
        ids = {a.title: a.id for a in again.articles()}
        bakery = again.names(ids[TITLES["b"]])
        (tom,) = [g for g in bakery if "Tom Marsh" in g.variants]
        assert "Marsh" in tom.variants and "Lena Marsh" not in tom.variants
        ferry = again.names(ids[TITLES["a"]])
        (lena_group,) = [g for g in ferry if "Lena Marsh" in g.variants]
        assert {"Marsh", "Lena"} <= set(lena_group.variants)
        origins = [again.origin(c.id)[1] for c in again.claims(ids[TITLES["b"]])]
        assert tom.key in origins and lena not in origins
        overrides = again.store.conn.execute("SELECT spelling FROM name_overrides").fetchall()
        assert overrides == [("Lena",)]
        assert crossref.refile(again.store) == []  # once
        report = full_check(again.store.conn)
        assert report.ok, report.problems[:3]
    finally:
        again.close()


def test_the_upgrade_and_the_refile_are_announced_on_stderr(
    desk, tmp_path, capsys, monkeypatch
) -> None:
    """The first open of an older desk checks and copies the whole desk, migrates it, and
    (from before migration 22) re-reads every article's names, before anything shows: half
    a minute, then 35 s, at 10,000 articles (the benchmark desks). The CLI, and so the app's
    terminal before its first screen, says so on stderr before the backup starts, then
    before the re-reading; the next open says nothing, the jobs being done."""
    from factdesk.cli.entry import main
    from factdesk.desk.service import REFILE_NOTICE, UPGRADE_NOTICE
    from factdesk.store import db
    from factdesk.store.migrations import LATEST

    (tmp_path / "a.txt").write_text(ARTICLES["a"], encoding="utf-8")
    desk.import_paths([tmp_path / "a.txt"])
    path = desk.path
    desk.close()
    with sqlite3.connect(path) as conn:  # migrations 22 and 23 run again (safe to)
        conn.execute("PRAGMA user_version = 21")
    conn.close()
    backup = db.make_backup
    monkeypatch.setattr(
        db, "make_backup", lambda *a: print("(backup)", file=sys.stderr) or backup(*a)
    )
    capsys.readouterr()
    assert main(["--db", str(path), "articles"]) == 0
    upgrade = f"factdesk: {UPGRADE_NOTICE.format(old=21, new=LATEST)}\n"
    assert capsys.readouterr().err == f"{upgrade}(backup)\nfactdesk: {REFILE_NOTICE}\n"
    assert main(["--db", str(path), "articles"]) == 0
    assert capsys.readouterr().err == ""


def test_the_groups_display_adds_new_spellings_as_a_whole_rebuild_would() -> None:
    """Issue 15: the display of groups (how a match's reason names a group) was made again
    from every spelling of the desk for each article that added one; it reads only the
    spellings added since, and is made whole after a spelling changed group, a reviewer's
    merge or split (which add no spelling) included. Either way it is what a whole rebuild
    gives."""
    from factdesk.domain.models import Mention
    from factdesk.names.groups import NameBook
    from memory_schema import migrated_memory

    state = crossref._State.__new__(crossref._State)
    state.book, state._shown = NameBook(migrated_memory()), (-1, -1, {})

    def whole() -> dict[str, str]:
        made: dict[str, str] = {}
        for spelling, group in state.book.group_of.items():
            made.setdefault(group, spelling)
        return made

    def person(text: str) -> Mention:
        return Mention(0, len(text), text, "person")

    articles = [
        [person("Varno")],
        [Mention(0, 6, "Keldby", "place"), person("Orsa Teln")],
        [person("Ilse Varno"), person("Varno")],  # "Varno" moves to Ilse Varno's group
        [person("Teln"), Mention(0, 5, "Prass", "organisation")],
    ]
    for mentions in articles:
        state.book.file_article(mentions)
        assert state.display() == whole()
    assert state.book.moves == 1
    state.book.merge(["Keldby", "Prass"], "tester")  # moves, adding no spelling
    assert state.display() == whole()
    state.book.split("Prass", "tester")
    assert state.display() == whole()
    assert state.book.moves == 3
