"""One home per vocabulary: the word lists live in ``factdesk.lexicon`` and every layer reads
them from there, so two rules about one idea cannot drift apart."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import import_graph
import pytest
import source_trees
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
        for node in source_trees.nodes(path):
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


_REGEX_CASE = re.compile(r"\[([A-Z])([a-z])\]")  # "[Oo]fficers" is the word "officers"


def _police_lists(path: Path) -> list[str]:
    """The word lists of a module (a string that is no docstring, or a set, list or tuple of
    strings) made mostly of police words: two or more of them, and at least half its words.
    A broader list with one trade among many ("officer" among the people who speak) is none."""
    police = (
        english.LAW_ENFORCEMENT_NOUNS
        | english.plural_nouns(english.LAW_ENFORCEMENT_NOUNS)
        | english.POLICE_BODY_NOUNS
    )
    walked = source_trees.nodes(path)
    docs = {id(n.value) for n in walked if isinstance(n, ast.Expr)}
    found = []
    for node in walked:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if id(node) in docs:
                continue
            text = node.value
        elif isinstance(node, ast.Set | ast.List | ast.Tuple):
            strings = [e.value for e in node.elts if isinstance(e, ast.Constant)]
            text = " ".join(value for value in strings if isinstance(value, str))
        else:
            continue
        tokens = set(re.findall(r"[a-z]{3,}", _REGEX_CASE.sub(r"\2", text).lower()))
        if len(tokens & police) >= 2 and 2 * len(tokens & police) >= len(tokens):
            found.append(f"{path.name}:{node.lineno}")
    return found


def test_no_module_outside_the_lexicon_lists_police_words() -> None:
    """The police vocabulary has one home, ``english.LAW_ENFORCEMENT_NOUNS`` (and the force's
    own nouns, ``POLICE_BODY_NOUNS``): a rule narrower than the class takes a named part of it
    (``english.law_enforcement``). A set, a pattern or a word string of police words written
    anywhere else (as "police force constabulary patrol troopers" and {"officers",
    "detectives"} were) is a second home."""
    found = []
    for path in import_graph.ROOT.rglob("*.py"):
        if "lexicon" not in path.relative_to(import_graph.ROOT).parts:
            found += _police_lists(path)
    assert found == [], "police words outside factdesk.lexicon: " + ", ".join(found)


def test_the_police_check_finds_a_copied_list(tmp_path: Path) -> None:
    """The check above would fail on a copy: a set, an alternation and a word string."""
    module = tmp_path / "copy.py"
    module.write_text(
        'A = frozenset({"police", "the police", "the force"})\n'
        'B = r"(?:[Dd]eputies|[Oo]fficers)[ \\t]+from"\n'
        'C = "constabulary patrol troopers"\n'
        'D = "analyst expert officer engineer worker commander"\n'  # one trade among many
        'def f() -> None:\n    """Police and officers and detectives: a docstring."""\n',
        encoding="utf-8",
    )
    assert sorted(set(_police_lists(module))) == ["copy.py:1", "copy.py:2", "copy.py:3"]


def test_the_police_rules_read_named_parts_of_the_one_class() -> None:
    """Each narrower police list is a part of the class by name, checked at import; the
    patterns built from them read the trades they name and no other."""
    for part in (
        english.FORCE_OFFICER_NOUNS,
        english.POLICE_OFFICER_NOUNS,
        english.ACTING_OFFICER_NOUNS,
        english.FORCE_STAFF_NOUNS,
    ):
        assert part <= english.LAW_ENFORCEMENT_NOUNS
    with pytest.raises(ValueError, match="baker"):
        english.law_enforcement("officer baker")
    assert english.plural_nouns(english.words("deputy officer day")) == {
        "deputies", "officers", "days",
    }  # fmt: skip
    appeal = english.POLICE_APPEAL_RE
    assert appeal.search("Detectives are appealing for dashcam footage from the ring road.")
    assert appeal.search("The force has been appealing for anyone who saw the van.")
    assert appeal.search("Since Tuesday officers have been urgently appealing for help.")
    assert not appeal.search("Troopers are appealing to drivers to slow down.")  # no such voice
    officers = english.OFFICERS_OF_RE
    found = officers.search("Ostervik officers stopped a grey lorry near the quay.")
    assert found and found["name"] == "Ostervik"
    found = officers.search("Agents with the Coastal Revenue Bureau seized the cargo.")
    assert found and found["body"] == "Coastal Revenue Bureau"
    found = officers.search("Marshals from the Tallow River Service led him away.")
    assert found is None  # a trade the rule does not name (``ACTING_OFFICER_NOUNS``)
    from factdesk.extract.attribution import _POLICE_SOURCES, _POLICE_WORDS
    from factdesk.extract.cues import DESCRIPTOR_SYNONYMS

    assert {"police", "the police", "force", "the force"} == _POLICE_SOURCES
    assert _POLICE_SOURCES | {"officers", "detectives"} == _POLICE_WORDS
    assert english.POLICE_BODY_NOUNS | {"troopers"} in DESCRIPTOR_SYNONYMS
