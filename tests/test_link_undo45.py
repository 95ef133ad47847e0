"""Undo and redo of a link a re-import has moved since (mend44's leftover of review43 A7).

Before: a link into an article moves to the same words of its new version on re-import
(``ingest.carryover``), but ``z`` on the reviewer's own earlier link then undid nothing: the
undo removed the row it named, which the move had taken away, and the link stayed on the new
version's claim."""

from __future__ import annotations

from pathlib import Path

from conftest import SEEDS
from factdesk.desk.service import Desk


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def seed(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def test_undo_and_redo_follow_a_link_a_re_import_moved(desk: Desk, tmp_path: Path) -> None:
    path = write(tmp_path / "article.txt", seed("002"))
    other = write(tmp_path / "other.txt", seed("003"))
    assert desk.import_paths([path]).count("imported") == 1
    assert desk.import_paths([other]).count("imported") == 1
    citing_article, article = (a.id for a in desk.articles(sort="imported"))  # newest first
    cited = desk.claims(article)[0]
    citing = desk.claims(citing_article)[0]
    desk.link(citing.id, cited.id)
    write(path, seed("002") + "\nA late correction was appended to the article.\n")
    assert desk.import_paths([path]).outcomes[0].status == "updated"
    [moved] = [c for c in desk.claims(article) if c.text == cited.text]
    assert moved.id != cited.id and [c.id for c in desk.links(citing.id)] == [moved.id]

    undone = desk.undo()
    assert undone is not None and undone.action == "undo"
    assert desk.links(citing.id) == []
    assert desk.redo() is not None
    assert [c.id for c in desk.links(citing.id)] == [moved.id]


def test_undo_of_a_link_no_re_import_moved_is_as_before(desk: Desk, tmp_path: Path) -> None:
    path = write(tmp_path / "article.txt", seed("002"))
    other = write(tmp_path / "other.txt", seed("003"))
    assert desk.import_paths([path]).count("imported") == 1
    assert desk.import_paths([other]).count("imported") == 1
    citing_article, article = (a.id for a in desk.articles(sort="imported"))  # newest first
    first, second = desk.claims(article)[:2]
    citing = desk.claims(citing_article)[0]
    desk.link(citing.id, first.id)
    desk.link(citing.id, second.id)
    desk.undo()
    assert [c.id for c in desk.links(citing.id)] == [first.id]
