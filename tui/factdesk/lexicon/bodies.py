"""The Russian and Ukrainian nouns of a body's kind, each written once: the one home of the
word starts every reader of a body derives its own list from.

Three lists held the same words (issue 12, review39 item 8): the reporting grammar's
institution stems (``reporting_ru_uk.ORG_STEMS``, ``GOVERNMENT_NOUNS`` and their kin), the
kind nouns a name may follow (``lexicon.kinds.CYRILLIC_BODY_STEMS``) and the national bodies
by kind (``lexicon.institutions.KINDS``). A word added to one was missing from the others.
Each now takes the nouns it reads from here by the kind's name (``stems("ministry",
"court")``), so a noun is added once and every reader that names its kind has it; a test
fails when a stem of this table is written again as a word of another lexicon module.

A line is a kind and its word starts, lower case, as the readers compare them (``startswith``
on a lower-cased word): Russian then Ukrainian where they differ, one where both languages
share it («суд», «служб»). A reader that wants one language's form alone takes a slice
(``stems("interior")[:1]``: «мвд»). The order of a line is kept in every list built from it.
"""

from __future__ import annotations

from typing import Final

_TABLE: Final = """
    ministry: министерств міністерств
    agency: ведомств відомств
    administration: администрац адміністрац
    mayoralty: мэри мері
    government: правительств уряд
    cabinet: кабмін кабмин
    duma: дума
    rada: рада
    council: совет
    inspectorate: инспекци інспекці
    service: служб
    directorate: управлени управлінн
    department: департамент
    committee: комитет комітет
    court: суд
    prosecutor: прокуратур
    police: полици поліці
    general-staff: генштаб
    staff: штаб
    parliament: парламент
    bank: банк
    fund: фонд
    company: компани компані
    enterprise: предприяти підприємств
    plant: завод
    hospital: больниц лікарн
    school: школ
    university: университет університет
    college: колледж коледж
    theatre: театр
    museum: музе
    zoo: зоопарк
    park: парк
    airport: аэропорт аеропорт
    health: минздрав моз
    interior: мвд мвс
    emergencies: мчс дснс
    foreign: мид мзс
"""
"""kind: word starts. The last four lines are the initialisms and compounds of a ministry
that name it whole («МВД», «ДСНС», «Минздрав», «МОЗ»): lower case, as read."""


def _table(table: str) -> dict[str, tuple[str, ...]]:
    """``kind: stems`` lines to kind -> its stems, in the line's order."""
    found: dict[str, tuple[str, ...]] = {}
    for line in table.strip().splitlines():
        kind, _, words = line.partition(":")
        found[kind.strip()] = tuple(words.split())
    return found


BODY_NOUNS: Final = _table(_TABLE)
"""A body's kind (an English name, for the readers to ask by) -> its Russian and Ukrainian
word starts."""


def stems(*kinds: str) -> tuple[str, ...]:
    """The word starts of these kinds, in the order asked and each line's own order: what a
    reader's list holds of this table (``KeyError`` for a kind the table has not: a typo
    fails at import, never silently)."""
    return tuple(stem for kind in kinds for stem in BODY_NOUNS[kind])


def alternation(kind: str) -> str:
    """A regular expression's group of one kind's word starts («(?:полици|поліці)»), for the
    readers that find bodies by pattern (``lexicon.institutions``)."""
    words = BODY_NOUNS[kind]
    return words[0] if len(words) == 1 else "(?:" + "|".join(words) + ")"
