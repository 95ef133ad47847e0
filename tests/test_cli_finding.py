"""``factdesk claims --search``, ``--hidden`` and ``--verdict needs-review``, on a seeded desk."""

from __future__ import annotations

import json
import re

import pytest
from factdesk.cli.entry import main
from factdesk.desk.service import Desk


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit_:  # argparse: usage errors
        code = exit_.code
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def claims_json(capsys, desk: Desk, *options: str) -> list[dict]:
    code, out, err = run(capsys, "--db", str(desk.path), "claims", *options, "--format", "json")
    assert code == 0, err
    return json.loads(out)


def test_search_finds_word_forms_and_name_spellings(seeded_desk: Desk, capsys) -> None:
    group = next(g for g in seeded_desk.names() if len(g.variants) >= 2 and " " not in g.name)
    other = next(v for v in group.variants if v != group.name)
    spelled = {c.id for c in seeded_desk.claims() if re.search(rf"\b{other}\b(?!-)", c.text)}
    found = {c["id"] for c in claims_json(capsys, seeded_desk, "--search", group.name)}
    assert spelled and spelled <= found
    denies = {c.id for c in seeded_desk.claims() if re.search(r"\bdenies\b", c.text)}
    assert denies <= {c["id"] for c in claims_json(capsys, seeded_desk, "--search", "denied")}


def test_a_flag_search_shows_the_flags_it_matched_on(seeded_desk: Desk, capsys) -> None:
    code, out, err = run(capsys, "--db", str(seeded_desk.path), "claims", "--search", "flag:NAME")
    assert code == 0, err
    head, *rows = [line.split("\t") for line in out.splitlines()]
    assert head[7:] == ["FLAGS", "TEXT"] and rows
    assert all(row[7] == "single-source-name" for row in rows)  # only the flag asked for
    code, out, _ = run(capsys, "--db", str(seeded_desk.path), "claims", "--search", "kind:quote")
    assert "FLAGS" not in out.splitlines()[0]


def test_search_within_one_article(seeded_desk: Desk, capsys) -> None:
    article = seeded_desk.articles()[0]
    word = max(seeded_desk.claims(article.id)[0].text.split(), key=len)
    found = claims_json(capsys, seeded_desk, str(article.id), "--search", word)
    assert found and {c["article_id"] for c in found} == {article.id}
