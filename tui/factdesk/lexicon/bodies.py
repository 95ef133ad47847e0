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
on a lower-cased word): the Russian then the Ukrainian where they differ, one word where both
languages share it («суд», «служб»). Each kind is read into named fields (``Nouns``: ``ru``,
``uk``), so a reader that wants one language's form asks for it by name
(``BODY_NOUNS["interior"].ru``: «мвд»), never by its place on the line, and a line of any
other length fails at import with its kind named. ``stems`` lists a kind's starts Russian
first, in every list built from it.

Near-copies stay in the reporting grammar on purpose: a second spelling of one kind that
is a different word start («прокурат», «нацполіц», «думы», «ради»: a longer or a compound
form a reader matches as written) is that reader's, not this table's.
"""

from __future__ import annotations

from typing import Final, NamedTuple


class Nouns(NamedTuple):
    """One kind's word starts by language: ``ru`` the Russian, ``uk`` the Ukrainian (the
    same word where the two languages share it: «суд»)."""

    ru: str
    uk: str

    @property
    def both(self) -> tuple[str, ...]:
        """Russian then Ukrainian, one word where they are one."""
        return (self.ru,) if self.ru == self.uk else (self.ru, self.uk)


_TABLE: Final = """
    ministry: министерств міністерств
    agency: ведомств відомств
    administration: администрац адміністрац
    mayoralty: мэри мері
    government: правительств уряд
    cabinet: кабмин кабмін
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


def _table(table: str) -> dict[str, Nouns]:
    """``kind: ru uk`` (or ``kind: both``) lines to kind -> its ``Nouns``; a line of another
    length is a ValueError naming it (a reader never unpacks a line by position)."""
    found: dict[str, Nouns] = {}
    for line in table.strip().splitlines():
        kind, _, text = line.partition(":")
        words = text.split()
        if len(words) not in (1, 2):
            raise ValueError(
                f"lexicon.bodies: {kind.strip()!r} needs a Russian and a Ukrainian word "
                f"start, or one for both: {text.strip()!r}"
            )
        found[kind.strip()] = Nouns(words[0], words[-1])
    return found


BODY_NOUNS: Final = _table(_TABLE)
"""A body's kind (an English name, for the readers to ask by) -> its Russian and Ukrainian
word starts (``Nouns``)."""


def stems(*kinds: str) -> tuple[str, ...]:
    """The word starts of these kinds, in the order asked, each kind's Russian first: what a
    reader's list holds of this table (``KeyError`` for a kind the table has not: a typo
    fails at import, never silently)."""
    return tuple(stem for kind in kinds for stem in BODY_NOUNS[kind].both)


def alternation(kind: str) -> str:
    """A regular expression's group of one kind's word starts («(?:полици|поліці)»), for the
    readers that find bodies by pattern (``lexicon.institutions``)."""
    words = BODY_NOUNS[kind].both
    return words[0] if len(words) == 1 else "(?:" + "|".join(words) + ")"
