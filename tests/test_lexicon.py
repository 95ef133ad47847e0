"""One home per vocabulary: the word lists live in ``factdesk.lexicon`` and every layer reads
them from there, so two rules about one idea cannot drift apart."""

from __future__ import annotations

import ast
import re

import import_graph
import pytest
from factdesk.corroborate.match import claim_facts
from factdesk.extract.flags import claim_flags, text_facts
from factdesk.lexicon import english
from factdesk.lexicon.months import ENGLISH
from factdesk.names.mentions import find_mentions

DENIALS_AND_NOT = [
    ("The ministry denied the report.", True),
    ("Kyiv has not confirmed the loss of the village.", True),
    ("The claim was dismissed as fake by the general staff.", True),
    ("Officials refused to confirm the figure.", True),
    ("The army never lost the bridge, the spokesman said.", True),
    ("There is no evidence that the depot was hit.", True),
    ("The governor rejected the accusation.", True),
    ("The troops were denied access to the town.", False),
    ("The president dismissed the prime minister on Monday.", False),
    ("Parliament voted to dismiss Finance Minister Olek Varn.", False),
    ("The ministry dismissed reports that the bridge had fallen.", True),
    ("Reports that the mayor had resigned were false, his office said.", True),
    ("Russian forces captured the village on Monday.", False),
    ("The mayor said 300 residents were evacuated.", False),
]


@pytest.mark.parametrize(("text", "denial"), DENIALS_AND_NOT)
def test_the_denial_flag_and_the_matcher_agree(text: str, denial: bool) -> None:
    """What extraction flags ``denial`` is exactly what the matcher counts as a denial."""
    flags = claim_flags(
        text, text_facts(text), sourcing="named", private_speaker=False, article_date=None
    )
    mentions = find_mentions(text)
    facts = claim_facts(1, 1, text, mentions, [m.text for m in mentions])
    assert ("denial" in flags) == facts.denies == denial


def test_the_calendar_words_come_from_the_month_table() -> None:
    assert english.MONTH_NAMES == (
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december",
    )  # fmt: skip
    assert {ENGLISH[name] for name in english.MONTH_NAMES} == set(range(1, 13))
    assert {"Sept", "May", "Monday", "Dec"} <= english.CALENDAR_CAPS


def test_the_narrower_speech_lists_are_speech_verbs() -> None:
    """The name finder's and the score model's verbs are picks from the one list."""
    assert english.NAME_SPEECH_VERBS <= english.SPEECH_VERBS
    assert set(english.MODEL_SPEECH_VERBS) <= english.SPEECH_VERBS


_MONTH_LIST = re.compile(
    r"january.{0,80}february|jan(?:\(\?:uary\)\?)?\|feb", re.IGNORECASE | re.DOTALL
)  # (a table, or a pattern "Jan(?:uary)?|Feb(?:ruary)?|…" written out: the dateline's was)
_DENIAL_STEM = re.compile(r"den\(\?:y")


def test_no_module_outside_the_lexicon_lists_months_or_denials() -> None:
    """A month table or a denial pattern written anywhere else is a second home."""
    found = []
    for path in import_graph.ROOT.rglob("*.py"):
        if "lexicon" in path.relative_to(import_graph.ROOT).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            text = node.value if isinstance(node, ast.Constant) else None
            if isinstance(text, str) and (_MONTH_LIST.search(text) or _DENIAL_STEM.search(text)):
                found.append(f"{path.name}:{node.lineno}")
    assert found == [], "vocabulary outside factdesk.lexicon: " + ", ".join(found)


def test_a_company_name_is_told_in_one_place() -> None:
    """Two or three capitalised words ending on a company's word: the test the attribution
    engine (a "person" that is a body) and the grammar (an apposed name that is no person's)
    both ask of ``cues.is_company_name``; neither module reads ``COMPANY_HEADS`` itself."""
    from factdesk.extract import attribution, grammar
    from factdesk.extract.cues import is_company_name

    assert is_company_name("Brindle Ports".split())
    assert is_company_name("Oakhollow Dairy Foods".split())
    assert not is_company_name("Ports".split())  # one word: no name
    assert not is_company_name("The Old Quay Ports".split())  # four words
    assert not is_company_name("Brindle ports".split())  # a lower-case word: no name
    assert not is_company_name("Imogen Brindle".split())
    for module in (attribution, grammar):
        assert "COMPANY_HEADS" not in vars(module), module.__name__


def test_nationalities_countries_and_nations_are_one_vocabulary() -> None:
    """A nationality adjective is its country: the extractor's descriptions (``DEMONYMS``),
    the matcher's countries (``COUNTRY_WORDS``) and the origins' nations (``NATIONS``) read
    one table, so "Peruvian" is a description, Peru's, and a body's country alike; a
    country's own name is no description; every country has its Russian and Ukrainian stems."""
    from factdesk.lexicon.cyrillic import COUNTRY_STEMS

    assert english.NATION_GROUPS <= english.DEMONYMS
    for form in english.DEMONYMS - english.NATION_GROUPS:
        assert english.NATIONS[form] == english.COUNTRY_WORDS[form]
    assert {"Peruvian", "Dutch", "American", "British", "Georgian"} <= english.DEMONYMS
    assert not {"Peru", "Netherlands", "America", "Britain", "US"} & english.DEMONYMS
    assert english.NATIONS["Kremlin"] == english.COUNTRY_WORDS["Russians"] == "russia"
    assert set(english.COUNTRY_WORDS.values()) <= set(COUNTRY_STEMS)


def test_a_nationality_is_a_description_not_a_name() -> None:
    """ "Austrian" before a title opens a description, as "Russian" does: no name mention of
    its own (it was one while the extractor's list was shorter than the matcher's)."""
    for text, adjective in (("Dutch Chancellor Hanne Vos said the plan was dead.", "Dutch"),
                            ("Austrian Minister Karl Weil said the road would reopen.",
                             "Austrian")):  # fmt: skip
        assert [m.text for m in find_mentions(text)] == [text.split(" said")[0].split(" ", 2)[2]]
        assert adjective in english.DEMONYMS


def test_every_reader_of_a_name_knows_every_surname_particle() -> None:
    """A particle (``SURNAME_PARTICLES``) keeps a name whole wherever a name is read: a
    sentence's names (``cues.NAME``), a transcript's speaker tag, a stamp's writer, a byline's
    and a surname put first ("Ten Brink said" is Lena ten Brink). Five readers had five lists,
    so "ten" or "della" held a name together in one and cut it in another."""
    from factdesk.extract.cues import NAME
    from factdesk.extract.interview import speaker_tag
    from factdesk.extract.people import People
    from factdesk.ingest.meta import read_meta

    for particle in sorted(english.SURNAME_PARTICLES):
        name = f"Oriel {particle} Quist"
        assert re.fullmatch(NAME, name), particle
        assert speaker_tag(f"{name}: We never saw the ledger.") == name, particle
        meta = read_meta(f"Harbour ferries\n\nPosted 3 March 2026 by {name}\n\nThe pier shut.")
        assert meta.author == name, particle
        meta = read_meta(f"Harbour ferries\n\n{name} | 3 March 2026\n\nThe pier shut.")
        assert meta.author == name, particle
        surname = f"{particle.capitalize()} Quist"
        assert People("", [(0, name, None)]).resolve(surname) == name, particle


def test_a_writer_s_name_never_ends_on_a_particle() -> None:
    """A particle opens a surname: at the end of a stamp's "by" it is no part of the name."""
    from factdesk.ingest.meta import read_meta

    meta = read_meta("Harbour ferries\n\nPosted 3 March 2026 by Ilse Marren la\n\nThe pier shut.")
    assert meta.author == "Ilse Marren"


def test_the_management_nouns_are_organs_too() -> None:
    """ "Руководство театра", «Керівництво заводу»: a body's management is one of its organs
    (``organ_owner``), read from the one list of management nouns (``LEADERSHIP_NOUNS``)."""
    from factdesk.extract.ru_uk import organ_owner
    from factdesk.lexicon.reporting_ru_uk import LEADERSHIP_NOUNS, ORGAN_STEMS

    for noun in LEADERSHIP_NOUNS:
        assert noun.startswith(ORGAN_STEMS), noun
        assert organ_owner(f"{noun.capitalize()} театра") == "театра", noun
    assert organ_owner("Дирекция городского театра") == "городского театра"
    assert organ_owner("Руководство района") is None  # a place's management: a body itself
