"""D5: a different article saved at a path already imported becomes a new article (by claim
overlap), with a one-line notice; an edited, cut or extended article is still a version."""

from __future__ import annotations

import shutil
from pathlib import Path

from factdesk.cli import entry as cli
from factdesk.desk.service import Desk
from factdesk.ingest.overlap import mostly_new

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").iterdir())


def test_a_different_text_at_a_known_path_is_a_new_article(
    desk: Desk, tmp_path: Path, capsys
) -> None:
    path = tmp_path / "report.txt"
    shutil.copyfile(SEEDS[0], path)
    first = desk.import_paths([path]).outcomes[0].article_id
    reviewed = [c.id for c in desk.claims(first)[:3]]
    for claim_id in reviewed:
        desk.set_verdict(claim_id, "corroborated")
    before = desk.stats()["verdicts"]["corroborated"]
    path.write_text(
        "Harbour workers in Valmora said on Tuesday that the new crane had doubled "
        'throughput.\n\n"We moved 4,000 containers last week," said Ilse Marten, the port '
        "director.\n\nThe city council voted 7 to 2 to extend the quay by 300 metres.\n",
        encoding="utf-8",
    )
    assert cli.main(["import", str(path), "--db", str(desk.path)]) == 0
    out, err = capsys.readouterr()
    assert "1 imported" in out and "0 updated" in out
    assert len(err.splitlines()) == 1 and "imported as a new article" in err
    assert desk.stats()["verdicts"]["corroborated"] == before
    assert [desk.claim(i).verdict for i in reviewed] == ["corroborated"] * 3
    assert desk.article_summary(first).claims == len(desk.claims(first))


def test_an_edited_article_is_still_a_version(desk: Desk, tmp_path: Path) -> None:
    seeded_desk = desk
    path = tmp_path / "report.txt"
    text = SEEDS[1].read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    first = seeded_desk.import_paths([path]).outcomes[0]
    path.write_text(text + "\n\nThe mayor said the bridge would reopen on Friday.\n")
    again = seeded_desk.import_paths([path]).outcomes[0]
    assert again.status == "updated" and again.article_id == first.article_id
    paragraphs = text.split("\n\n")
    path.write_text("\n\n".join(paragraphs[: max(2, len(paragraphs) // 3)]))
    cut = seeded_desk.import_paths([path]).outcomes[0]
    assert cut.status == "updated" and cut.article_id == first.article_id


def test_overlap_rule() -> None:
    old = ["a said b", "c rose by 4", "d denied e", "f was shelled"]
    assert mostly_new(old, ["x said y", "z fell by 9"])[0]
    assert not mostly_new(old, old[:1])[0]  # cut: the new claims are all old ones
    assert not mostly_new(old, [*old, "g", "h", "i", "j", "k"])[0]  # extended
    assert not mostly_new(old, ["a said b!", "c rose by 4.", "q", "r"])[0]  # edited
    assert not mostly_new([], ["x"])[0]
