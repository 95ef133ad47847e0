"""A link into an article whose cited words a re-import changed (mend44's leftover of review43
A7, mend45's "still weak").

A re-import moves a link into the article to the same words of its new version
(``ingest.carryover``). When the cited words changed, or the new version no longer prints them,
the link rightly stays on the earlier words (the reviewer linked those), but before this the
citing claim's history said nothing: its evidence now pointed at words the article no longer
shows, and only the cited claim's side (its not-carried row) knew. The citing claim now has a
row saying which link stayed behind and where the words are now."""

from __future__ import annotations

from pathlib import Path

from conftest import SEEDS
from factdesk.desk.service import Desk


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def seed(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def _two_articles(desk: Desk, tmp_path: Path) -> tuple[Path, int, int]:
    path = write(tmp_path / "article.txt", seed("002"))
    other = write(tmp_path / "other.txt", seed("003"))
    assert desk.import_paths([path]).count("imported") == 1
    assert desk.import_paths([other]).count("imported") == 1
    citing_article, article = (a.id for a in desk.articles(sort="imported"))  # newest first
    return path, citing_article, article


def _link_rows(desk: Desk, claim_id: int) -> list[str]:
    return [c.describe() for c in desk.history(claim_id) if c.action == "reanchor"]


def test_a_link_to_reworded_words_stays_and_the_citing_claim_says_so(
    desk: Desk, tmp_path: Path
) -> None:
    path, citing_article, article = _two_articles(desk, tmp_path)
    cited = next(c for c in desk.claims(article) if "80%" in c.text)
    citing = desk.claims(citing_article)[0]
    desk.link(citing.id, cited.id)
    write(path, seed("002").replace("confirmed the capture", "reported the capture"))
    assert desk.import_paths([path]).outcomes[0].status == "updated"
    [now] = [c for c in desk.claims(article) if "reported the capture" in c.text]

    assert [c.id for c in desk.links(citing.id)] == [cited.id]  # the reviewer linked those words
    [row] = _link_rows(desk, citing.id)
    assert f"claim {cited.id} (version 1)" in row and "stays" in row
    assert f"claim {now.id} (version 2)" in row and "words changed" in row


def test_a_link_to_words_the_new_version_dropped_stays_and_says_so(
    desk: Desk, tmp_path: Path
) -> None:
    path, citing_article, article = _two_articles(desk, tmp_path)
    cited = next(c for c in desk.claims(article) if "80%" in c.text)
    citing = desk.claims(citing_article)[0]
    desk.link(citing.id, cited.id)
    write(path, seed("002").replace("more than 80%", "more than 85%"))  # a figure: not the same
    assert desk.import_paths([path]).outcomes[0].status == "updated"

    assert [c.id for c in desk.links(citing.id)] == [cited.id]
    [row] = _link_rows(desk, citing.id)
    assert f"claim {cited.id} (version 1)" in row and "stays" in row
    assert "version 2 no longer prints" in row


def test_a_link_to_the_same_words_still_moves_with_one_row(desk: Desk, tmp_path: Path) -> None:
    path, citing_article, article = _two_articles(desk, tmp_path)
    cited = next(c for c in desk.claims(article) if "80%" in c.text)
    citing = desk.claims(citing_article)[0]
    desk.link(citing.id, cited.id)
    write(path, seed("002") + "\nA late correction was appended to the article.\n")
    assert desk.import_paths([path]).outcomes[0].status == "updated"
    [moved] = [c for c in desk.claims(article) if c.text == cited.text]

    assert [c.id for c in desk.links(citing.id)] == [moved.id]
    [row] = _link_rows(desk, citing.id)
    assert row.startswith(f"link moved from claim {cited.id} (version 1)")
