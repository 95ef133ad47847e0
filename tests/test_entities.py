"""Names from the entity recogniser (issue 12, item 4): boundaries, what is not a name, types.

Every sentence here is new (none is from the seeds or the labelled sets). The English cases
go through spaCy's entities; the Russian and Ukrainian ones through the capitalisation
fallback (no pipeline for them).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from factdesk.cli.entry import main
from factdesk.desk.service import Desk
from factdesk.domain.models import Mention
from factdesk.extract.claims import extract_claims
from factdesk.language import parse
from factdesk.names import mentions
from factdesk.names.groups import NameBook, majority
from factdesk.names.mentions import KINDS, find_mentions
from memory_schema import migrated_memory


def _names(text: str) -> dict[str, str]:
    mentions = find_mentions(text)
    assert all(text[m.start : m.end] == m.text for m in mentions)
    assert all(m.kind in KINDS for m in mentions)
    return {m.text: m.kind for m in mentions}


def test_a_name_with_of_stays_whole() -> None:
    found = _names("Shares rose after Bank of America raised its forecast for Portugal.")
    assert found["Bank of America"] == "organisation"
    assert "Bank" not in found and "America" not in found


def test_a_middle_initial_is_inside_one_person() -> None:
    found = _names("The audit was led by Anna K. Berg, a partner at the Lisbon office.")
    assert found["Anna K. Berg"] == "person"
    assert not {"Anna", "K.", "Berg"} & set(found)


def test_a_headline_in_capitals_is_not_a_run_of_names() -> None:
    text = (
        "HARBOUR COUNCIL VOTES TO SHUT NORTH PIER\n\n"
        "The council in Brightwater voted on Tuesday to close the pier for repairs."
    )
    found = find_mentions(text)
    headline_end = text.index("\n")
    assert [m for m in found if m.start < headline_end] == []
    assert {m.text for m in found} == {"Brightwater"}


def test_a_headline_name_counts_when_the_body_names_it_too() -> None:
    text = "Floods Close Schools Across Brightwater\n\nSchools in Brightwater stayed shut."
    found = [m.text for m in find_mentions(text)]
    assert found == ["Brightwater", "Brightwater"]


def test_a_capitalised_first_word_is_not_a_name() -> None:
    text = (
        "Allegations of bribery at the port surfaced on Monday. "
        "Investigators said the contracts were signed in Porto."
    )
    found = _names(text)
    assert "Allegations" not in found and "Investigators" not in found
    assert found["Porto"] == "place"


def test_a_label_before_a_colon_is_no_person_unless_the_text_introduces_it() -> None:
    """Labels opening a paragraph ("Caveat: …", "Explainer: …", "Markup test: …"): the
    recogniser read each as a person (the names view listed a person "Markup"). A one-word
    name in that place is someone only when the text names it elsewhere."""
    text = (
        "The harbour board met on Tuesday to discuss the dredging contract.\n\n"
        "Caveat: the tonnage figures for 2025 are provisional.\n\n"
        "Explainer: how the dredging levy is worked out.\n\n"
        "Markup test: the board's minutes carry a table of fees."
    )
    found = _names(text)
    assert not {"Caveat", "Explainer", "Markup"} & set(found), found
    introduced = (
        "Harbour master Ines Caldwell spoke to the board on Tuesday.\n\n"
        "Caldwell: We dredged the channel twice this year."
    )
    assert _names(introduced).get("Caldwell") == "person"


def test_i_m_is_not_a_name() -> None:
    found = _names('“I’m not leaving,” said Tom Hale. "I\'m staying too," Ruth Ames added.')
    assert not any(name.startswith("I") for name in found)
    assert found["Tom Hale"] == found["Ruth Ames"] == "person"


def test_u_s_is_one_name_and_never_u() -> None:
    found = _names("U.S. officials met the U.S. Treasury team in Ottawa on Friday.")
    assert "U" not in found and "S" not in found
    assert "U.S." in found or "U.S. Treasury" in found


def test_a_dateline_is_not_a_name() -> None:
    text = "WASHINGTON (Reuters) - The Senate passed the farm bill on Friday, Republicans said."
    found = _names(text)
    assert "WASHINGTON" not in found and "Washington" not in found
    assert found["Senate"] == "organisation"
    assert found["Republicans"] == "group"


def test_a_nationality_adjective_is_not_a_name_but_a_people_is_a_group() -> None:
    found = _names("Norwegian police questioned two men. Norwegians were shocked, Ole Dahl said.")
    assert "Norwegian" not in found
    assert found["Norwegians"] == "group"


def test_a_town_the_recogniser_misreads_is_typed_by_the_grammar() -> None:
    found = _names("The army denied losing Zarichne and said it still holds Ivanivka.")
    assert found.get("Zarichne") == "place"


def test_a_surname_takes_the_type_of_the_full_name() -> None:
    text = "Helen Marsh, the harbour master, resigned. Marsh said the budget was cut."
    assert _names(text)["Marsh"] == "person"  # the recogniser alone calls it an organisation


def test_russian_and_ukrainian_names_come_from_careful_capitals() -> None:
    text = (
        "Ноябрь выдался тяжёлым. В Купянске 20 ноября Валерий Герасимов заявил, "
        "что войска наступают, сообщает ТАСС.\n\n"
        "Біля Куп'янська тривають бої, заявив Олександр Сирський."
    )
    found = _names(text)
    assert "Ноябрь" not in found  # a month opening a sentence
    assert found["Купянске"] == "place"
    assert found["Валерий Герасимов"] == "person"
    assert found["Олександр Сирський"] == "person"
    assert "Біля" not in found


def test_a_country_opening_a_russian_or_ukrainian_sentence_is_a_place() -> None:
    """A capital opening a sentence proves nothing, but a country's name (CLDR, any case) is
    evidence of itself; another opening word still needs evidence."""
    found = _names("Латвія наступного року призове 4 тисячі осіб. Новый закон вступит в силу.")
    assert found == {"Латвія": "place"}


def test_names_reuse_the_extractor_s_parses(monkeypatch: pytest.MonkeyPatch) -> None:
    """Import extracts claims, then finds names: the second step parses nothing."""
    body = (
        "Harbour officials in Brightwater said on Monday that 40 ships were delayed.\n\n"
        "Marta Quell of the Port Authority told the Coast Times the delays would end soon."
    )
    parse.clear_cache()
    extract_claims(body)
    parsed: list[str] = []
    real = parse.nlp

    class Counting:
        def __init__(self) -> None:
            self.pipeline = real()
            self.max_length = self.pipeline.max_length

        def pipe(self, texts, **kwargs):  # type: ignore[no-untyped-def]
            texts = list(texts)
            parsed.extend(texts)
            return self.pipeline.pipe(texts, **kwargs)

    monkeypatch.setattr(parse, "nlp", Counting)
    mentions._find.cache_clear()  # no memo of the answer: only the parse cache
    found = find_mentions(body)
    assert parsed == []
    assert {"Brightwater", "Marta Quell"} <= {m.text for m in found}


def test_the_desk_votes_one_type_per_name_group() -> None:
    conn = migrated_memory()
    book = NameBook(conn)
    seen = [Mention(0, 7, "Zarichne", k) for k in ("place", "place", "person")]
    groups = [book.group(m.text, m.kind) for m in seen]
    settled = book.settle_kinds(seen, groups)
    assert {m.kind for m in settled} == {"place"}
    alone = book.settle_kinds([Mention(0, 7, "Zarichne", "person")], groups[:1])
    assert alone[0].kind == "place"  # the desk's earlier votes count
    assert majority(Counter({"name": 3})) == "name"
    assert majority(Counter({"name": 3, "organisation": 1})) == "organisation"


def test_types_are_stored_and_shown_by_the_names_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "port.txt"
    article.write_text(
        "Port Strike Spreads\n\n"
        "Dock workers in Brightwater walked out on Monday, the Harbour Workers Union said. "
        "Marta Quell, the union's leader, said 300 members had joined the strike.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "desk.db")
    assert main(["--db", db, "import", str(article)]) == 0
    capsys.readouterr()
    assert main(["--db", db, "names", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    kinds = {row["name"]: row["kind"] for row in rows}
    assert kinds["Marta Quell"] == "person"
    assert kinds["Brightwater"] == "place"
    assert kinds["Harbour Workers Union"] == "organisation"
    desk = Desk.open(Path(db))
    try:
        stored = desk.store.conn.execute("SELECT DISTINCT kind FROM name_mentions").fetchall()
    finally:
        desk.close()
    assert {k for (k,) in stored} <= set(KINDS)
