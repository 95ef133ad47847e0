"""One person is one name, one type and one origin, whatever the recogniser made of them
(issue 13 item 4, desk37).

Found by using the app on a desk of invented articles: "councillor Mara Holt said" and "The
town engineer, Piet Ossel, said" were read by the recogniser as bodies, so the names view
listed two people as organisations while the claim detail named a person, and the bare "Holt"
of "Holt said" joined no one (a surname joins its article's full name only when that is a
person's); a Russian mayor of an unknown given name («Мэр Ильво Таррент») was an untyped name;
the names view listed a person by their bare surname ("Holt") when the group held the full
name. Every name here is invented.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from conftest import isolate
from factdesk.desk.elsewhere import named_origin
from factdesk.desk.service import Desk
from factdesk.desk.speaker import speaker_kind
from factdesk.extract.origins import Origin
from factdesk.names.capitals import capital_mentions
from factdesk.names.groups import group_name, groups_of
from factdesk.names.mentions import find_mentions
from factdesk.settings.config import load_config
from factdesk.ui.screens.names import NamesScreen
from factdesk.ui.screens.speaker import SpeakerScreen
from factdesk.ui.widgets.claim_detail import ClaimDetail, detail_content
from snapshot_app import build_app
from test_app_elsewhere import open_at
from textual.widgets import DataTable, OptionList, Static


@pytest.mark.parametrize(
    ("text", "person"),
    [("The council voted on Thursday to build a tower, councillor Mara Holt said.", "Mara Holt"),
     ("Councillor Mara Holt said the bridge reopened on Monday.", "Mara Holt"),
     ("The town engineer, Piet Ossel, said the old tower leaks.", "Piet Ossel"),
     ("Piet Ossel, a town engineer, said the old tower leaks.", "Piet Ossel"),
     ("Mara Holt, the port's finance director, said the levy would double.", "Mara Holt")],
)  # fmt: skip
def test_a_name_a_role_leads_or_stands_beside_is_a_person(text: str, person: str) -> None:
    """A role's noun before the name, a title, or a role's noun in apposition: only a person
    holds a role (each of these the recogniser reads as a body)."""
    found = {m.text: m.kind for m in find_mentions(text)}
    assert found.get(person) == "person", found


@pytest.mark.parametrize(
    ("text", "body", "kind"),
    [("Holt Shipping, the ferry operator, said it would cut three routes.", "Holt Shipping",
      "organisation"),
     ("General Motors said on Monday it would close the plant.", "General Motors",
      "organisation"),
     ("A spokesman for Calder Group said the deal was welcome.", "Calder Group", "organisation"),
     ("Red Lion, the pub owner, said the licence was renewed.", "Red Lion", "organisation"),
     ("NATO member North Macedonia said it would send two planes.", "North Macedonia", "place"),
     ("New Zealand, the tournament organiser, said tickets sold out.", "New Zealand", "place")],
)  # fmt: skip
def test_a_body_or_a_place_beside_a_role_stays_one(text: str, body: str, kind: str) -> None:
    """A company's role ("the pub owner": not every "-er" is a person's) and a country's
    ("member", "organiser": a country holds a role too) leave the name what it was (review37's
    probes)."""
    found = {m.text: m.kind for m in find_mentions(text)}
    assert found.get(body) == kind, found


def test_an_office_before_two_cyrillic_words_is_their_holder() -> None:
    """«Мэр Ильво Таррент»: the given name no list knows, the surname of no Slavic shape; an
    office before a country's or a body's genitive stays no person."""
    kinds = {m.text: m.kind for m in capital_mentions(
        "Мэр Ильво Таррент заявил, что паром снова ходит. Глава Минобороны это подтвердил. "
        "Посол Франции Венгрии не ответил. Мэр Нижнего Новгорода это подтвердил. Мерія "
        "Кривого Рогу не відповіла.")}  # fmt: skip
    assert kinds.get("Ильво Таррент") == "person", kinds
    assert kinds.get("Минобороны") != "person", kinds
    assert "person" not in {k for name, k in kinds.items() if "Франции" in name}, kinds
    # a two-word place opens on an adjective in the genitive; «мерія» is a body (review37)
    assert kinds.get("Нижнего Новгорода") != "person", kinds
    assert kinds.get("Кривого Рогу") != "person", kinds


def test_an_office_in_apposition_introduces_a_name_opening_a_sentence() -> None:
    """«Мара Холт, финансовый директор порта, заявила»: a given name no list knows, at a
    sentence's start, was left out, and its article's bare «Холт» joined no one; an adverb
    before a bare surname («Вчера Холт, директор порта, …») is no given name."""
    kinds = {m.text: m.kind for m in capital_mentions(
        "Мара Холт, финансовый директор порта, заявила, что сбор удвоится. «Другого способа "
        "нет», — сказала Холт. Вчера Холт, директор порта, это подтвердила.")}  # fmt: skip
    assert kinds.get("Мара Холт") == "person", kinds
    assert "Вчера Холт" not in kinds, kinds


def test_a_place_before_an_office_that_is_no_apposition_stays_no_person() -> None:
    """An office after a comma that opens no apposition: «по словам мэра» after a place's
    cue, a relative clause («президент которой»): the place stays no person (review37)."""
    kinds = {m.text: m.kind for m in capital_mentions(
        "В Кривом Роге, по словам мэра, обстрелы не прекращались. Южная Корея, президент "
        "которой посетил Киев, выделит помощь. Саудовская Аравия, по словам министра, увеличит "
        "добычу.")}  # fmt: skip
    assert "person" not in kinds.values(), kinds


def test_a_group_goes_by_the_full_name_its_bare_surname_ends() -> None:
    assert group_name([("Holt", 4), ("Mara Holt", 1)], person=True) == "Mara Holt"
    assert group_name([("Тарасенка", 2), ("Олег Тарасенко", 1)], person=True) == "Олег Тарасенко"
    assert group_name([("Holt", 3), ("Holt Shipping", 1)], person=True) == "Holt"  # (a body's)
    assert group_name([("AFU", 3), ("Armed Forces of Ukraine", 1)]) == "Armed Forces of Ukraine"
    assert group_name([("Korea", 3), ("South Korea", 1)]) == "Korea"  # (no person: review37)


def test_a_place_merged_with_a_longer_name_ending_on_it_keeps_its_most_used(
    desk: Desk, tmp_path: Path
) -> None:
    """review37 item 5: the bare-surname rule read no kind. A reviewer's merge of "Korea" and
    "South Korea" (the names view's N) makes one place group holding both: it goes by the
    spelling used most, not by the longer name a surname rule would pick; a person's group
    still goes by the full name."""
    (tmp_path / "k.txt").write_text(
        "Talks resume\n\nKorea will host the talks in May, councillor Mara Holt said. Korea "
        "invited 12 countries. South Korea confirmed the date, Holt added.\n",
        encoding="utf-8",
    )
    desk.import_paths([tmp_path / "k.txt"])
    desk.merge_names(["Korea", "South Korea"])
    names = {g.name: g.kind for g in desk.names()}
    assert names.get("Korea") == "place" and "South Korea" not in names, names
    assert names.get("Mara Holt") == "person" and "Holt" not in names, names


ARTICLES = {
    "tower": "Water tower plan\n\nThe council voted 7 to 2 on Thursday to build a new water "
    "tower, councillor Mara Holt said.\n\n“It will cost £2 million,” Holt said. The town "
    "engineer, Piet Ossel, said the old tower leaks 40,000 litres a day.\n",
    "dredge": "Dredging contract signed\n\nThe port signed a dredging contract on Tuesday. "
    '"The work starts in May," Holt told reporters.\n',
    "ru": "Порт повышает сбор\n\nМара Холт, финансовый директор порта, заявила, что сбор "
    "удвоится с апреля. «У нас нет другого способа», — сказала Холт.\n",
}


@pytest.fixture(scope="module")
def holt_desk(tmp_path_factory: pytest.TempPathFactory):
    root: Path = tmp_path_factory.mktemp("roles37")
    with pytest.MonkeyPatch.context() as env:
        isolate(env, root)
        for name, text in ARTICLES.items():
            (root / f"{name}.txt").write_text(text, encoding="utf-8")
        desk = Desk.open(root / "desk.db", config=load_config())
        desk.import_paths([root / "tower.txt", root / "dredge.txt", root / "ru.txt"])
        yield desk
        desk.close()


def test_one_person_is_one_group_one_type_and_one_origin(holt_desk: Desk) -> None:
    """The names view lists Mara Holt once, a person, with "Holt" and «Холт» from the three
    articles; every claim she speaks in any of them has one origin, so the Elsewhere panel
    counts her once; the engineer is a person too."""
    groups = holt_desk.names()
    (holt,) = [g for g in groups if "Holt" in g.variants or "Mara Holt" in g.variants]
    assert (holt.name, holt.kind, holt.articles) == ("Mara Holt", "person", 3), holt
    assert {"Mara Holt", "Holt", "Мара Холт", "Холт"} <= set(holt.variants)
    (ossel,) = [g for g in groups if g.name == "Piet Ossel"]
    assert ossel.kind == "person"
    origins = {
        holt_desk.origin(c.id)[1]
        for article in holt_desk.articles()
        for c in holt_desk.claims(article.id)
        if c.speaker and ("Holt" in c.speaker or "Холт" in c.speaker)
    }
    assert len(origins) == 1, origins


async def test_the_review_and_the_names_view_name_her_alike(holt_desk: Desk) -> None:
    """On the article that calls her "Holt" alone: the claim detail and the Elsewhere panel's
    origins say "Mara Holt", a person, as N does (desk38: the panel said "Holt", and «Мара
    Холт» under the Russian article's match); N lists one row, "Mara Holt", a person, in
    three articles, "Holt" among its spellings."""
    dredge = next(a.id for a in holt_desk.articles() if a.title == "Dredging contract signed")
    claim = holt_desk.claims(dredge)[-1].id
    app = build_app(holt_desk)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_at(pilot, dredge, claim)
        detail = screen.query_one(ClaimDetail).text
        assert "speaker  Holt  (Mara Holt · person)" in detail, detail
        head = str(screen.query_one("#elsewhere-summary", Static).render())
        assert "origin Mara Holt" in head, head
        matches = [
            str(o.prompt) for o in screen.query_one("#elsewhere-matches", OptionList).options
        ]
        assert matches and all("from Mara Holt ·" in m for m in matches), matches
        await pilot.press("N")
        await pilot.pause()
        assert isinstance(app.screen, NamesScreen)
        table = app.screen.query_one(DataTable)
        rows = [[str(cell).strip() for cell in row] for row in _rows(table)]
        holt = [row for row in rows if "Holt" in " ".join(row)]
        assert len(holt) == 1, rows
        assert holt[0][1:3] == ["Mara Holt", "person"] and holt[0][4] == "3", rows


def test_the_speaker_is_named_and_typed_by_the_names_layer(holt_desk: Desk) -> None:
    """One home (desk38): ``Desk.speaker_group`` gives the group N shows for the claim's
    article, and the detail types the speaker by it, whatever one sentence made of the
    claim's type; a reviewer's own type stays theirs; no group, the claim's own."""
    dredge = next(a.id for a in holt_desk.articles() if a.title == "Dredging contract signed")
    claim = holt_desk.claims(dredge)[-1]
    group = holt_desk.speaker_group(claim)
    assert group is not None and (group.name, group.kind) == ("Mara Holt", "person"), group
    misread = replace(claim, speaker_type="organisation")
    assert speaker_kind(misread, group) == "person"
    assert "Holt  (Mara Holt · person)" in detail_content(misread, [], group=group).plain
    assert speaker_kind(replace(misread, speaker_by="ed"), group) == "organisation"
    assert speaker_kind(misread, None) == "organisation"
    untyped = replace(group, kind="name")
    assert speaker_kind(misread, untyped) == "organisation"
    # a country that speaks is a place in the names view, its speaker still an organisation
    assert speaker_kind(misread, replace(group, kind="place")) == "organisation"
    # w offers the type the detail shows (it offered "organisation" under "person")
    assert SpeakerScreen(misread, speaker_kind(misread, group)).kind == "person"
    assert SpeakerScreen(misread, "place").kind == "organisation"  # no choice of the dialog
    said = holt_desk.claims(dredge)[0]  # the writer's own: no speaker, no group
    assert said.speaker is None and holt_desk.speaker_group(said) is None
    ru = next(a.id for a in holt_desk.articles() if a.title == "Порт повышает сбор")
    panel = holt_desk.elsewhere(holt_desk.claims(ru)[-1].id)  # one name, as its article's N
    assert panel.origin == "Мара Холт" and panel.matches, panel
    assert {m.origin for m in panel.matches} == {"Мара Холт"}, panel.matches
    for article in holt_desk.articles():  # what N shows, read from the spellings' counts
        shown = {g.key: (g.name, g.kind) for g in holt_desk.names(article.id)}
        read = groups_of(holt_desk.store.conn, shown, article.id)
        assert {key: (g.name, g.kind) for key, g in read.items()} == shown, article.title
    origin = Origin("Holt", "Reuters", group.key, "speaker")
    assert named_origin(origin, group) == "Mara Holt via Reuters"
    assert named_origin(Origin(None, "Reuters", "k", "via"), None) == "Reuters"


def _rows(table) -> list[list[object]]:
    return [table.get_row_at(i) for i in range(table.row_count)]


def test_a_capital_is_a_place_however_the_recogniser_reads_it() -> None:
    """ "Moscow and Kyiv both claiming …": Kyiv was a person (or untyped) in a seed article,
    and the names view typed every spelling of Kyiv on the desk a person; a surname the
    article gives a person in full stays theirs."""
    text = (
        "Fierce battles for the town have gone on for years, with Moscow and Kyiv both "
        "claiming to be in control of it. Jack London wrote the book. London said it was done."
    )
    found = {m.text: m.kind for m in find_mentions(text)}
    assert found.get("Kyiv") == "place" and found.get("Moscow") == "place", found
    assert found.get("London") == "person", found


def _holt_record(desk: Desk):
    """The export record of "Holt told reporters" (the dredging article), its claim's type
    misread by one sentence as an organisation and given a verdict (ClaimReview needs one)."""
    from factdesk.export.records import ExportScope, build_records

    dredge = next(a.id for a in desk.articles() if a.title == "Dredging contract signed")
    records = build_records(desk, ExportScope(article_ids=(dredge,)))
    (record,) = [r for r in records if r.claim.speaker == "Holt"]
    assert record.note_text == desk.note_text(record.claim.id)  # y copies the same note
    record.claim = replace(record.claim, speaker_type="organisation", verdict="corroborated")
    return record


def _exported(fmt: str, record, desk: Desk) -> tuple[str | None, ...]:
    """(the speaker as the sentence spells it where the format has such a field, the name,
    the type) as ``fmt`` gives them."""
    from factdesk.domain.publication import Publication
    from factdesk.export import DeskIdentity
    from factdesk.export.claimreview import claim_review
    from factdesk.export.csv_format import csv_row
    from factdesk.export.jsonl_format import jsonl_object
    from factdesk.export.markdown_format import render_markdown
    from factdesk.ui.screens.publish import PublishScreen

    if fmt == "csv":
        row = csv_row(record)
        return row["speaker"], row["claimant"], row["claimant_type"]
    if fmt == "jsonl":
        line = jsonl_object(record)
        return line["speaker"], line["speaker_name"], line["speaker_type"]
    if fmt == "claimreview":
        author = claim_review(record, DeskIdentity("Desk", "https://d.example", None))
        return (
            None,
            author["itemReviewed"]["author"]["name"],
            author["itemReviewed"]["author"]["@type"],
        )
    if fmt == "publish":
        group = desk.speaker_group(record.claim)
        dialog = PublishScreen(record.claim, Publication(), None, None, None, group)
        return None, dialog.defaults["claimant"], dialog._type_prompt()
    if fmt == "markdown":
        report = render_markdown([record], [], None)
        said = next(line for line in report.splitlines() if "Said by:" in line)
        return None, said.split("Said by: ")[1], None
    note = next(line for line in record.note_text.splitlines() if line.startswith("— "))
    return None, note.removeprefix("— "), None


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [("csv", ("Holt", "Mara Holt", "person")),
     ("jsonl", ("Holt", "Mara Holt", "person")),
     ("claimreview", (None, "Mara Holt", "Person")),
     ("publish", (None, "Mara Holt", "the speaker's: person")),
     ("markdown", (None, "Mara Holt (named source)", None)),
     ("note", (None, "Mara Holt (named source)", None))],
)  # fmt: skip
def test_every_export_names_and_types_the_speaker_as_the_detail(
    holt_desk: Desk, fmt: str, expected: tuple
) -> None:
    """One person, one name in every export too (desk39): the claim detail said "Holt (Mara
    Holt · person)" while the report's "Said by", the CSV's claimant, ClaimReview's author,
    the fact-check note (y, and every export's copy) and the publish dialog (P) said "Holt"
    and took the type one sentence gave (here misread as an organisation). Fields that give
    the sentence's own speaker (CSV and JSON Lines ``speaker``) keep "Holt"."""
    record = _holt_record(holt_desk)
    assert _exported(fmt, record, holt_desk) == expected
    if fmt in ("csv", "jsonl"):  # no group: the claim's own name and type, as before
        alone = _exported(fmt, replace(record, speaker_group=None), holt_desk)
        assert alone[:2] == ("Holt", "Holt") and alone[2] in ("organisation", None), alone


def test_an_export_names_the_speaker_in_the_claim_s_own_script(holt_desk: Desk) -> None:
    """A group whose name is in the other script (the article spells none of its names)
    leaves the claim's own spelling: a Russian claim's claimant stays in Russian."""
    from factdesk.desk.speaker import speaker_name
    from factdesk.names.groups import NameGroup

    dredge = next(a.id for a in holt_desk.articles() if a.title == "Dredging contract signed")
    claim = holt_desk.claims(dredge)[-1]
    group = NameGroup("k", "Mara Holt", "person")
    assert speaker_name(claim, group) == "Mara Holt"
    assert speaker_name(replace(claim, speaker="Холт"), group) == "Холт"
    assert speaker_name(replace(claim, speaker="Холт"), replace(group, name="Мара Холт")) == (
        "Мара Холт"
    )
    assert speaker_name(replace(claim, speaker=None), group) is None


@pytest.mark.parametrize(
    ("group_name", "speaker", "expected"),
    [
        ("Наталії Гнатюк", "Наталія Гнатюк", "Наталія Гнатюк"),  # a genitive group: the claim's
        ("Ольги Петровой", "Ольга Петрова", "Ольга Петрова"),
        ("Наталія Гнатюк", "Гнатюк", "Наталія Гнатюк"),  # the group's fuller name, as before
        ("Ольга Петренко", "Ольга Петрова", "Ольга Петренко"),  # not one name: the group's
        ("Mara Holt", "Holt", "Mara Holt"),
    ],
)
def test_a_cyrillic_group_in_another_case_leaves_the_claim_s_nominative(
    holt_desk: Desk, group_name: str, speaker: str, expected: str
) -> None:
    """review42 A7: a group named by an oblique form («Наталії Гнатюк») published its
    claimant in that case; the engine's own spelling is the nominative."""
    from factdesk.desk.speaker import speaker_name
    from factdesk.names.groups import NameGroup

    claim = replace(holt_desk.claims(holt_desk.articles()[0].id)[0], speaker=speaker)
    assert speaker_name(claim, NameGroup("k", group_name, "person")) == expected
