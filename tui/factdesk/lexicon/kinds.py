"""The words of a kind or role noun that stands for a body or person the article names
elsewhere ("the sheriff" for "Sheriff Dana Oakes", "deputies" for the one sheriff's office,
«администрация города» for «администрация Нижнереченска»): ``extract.kinds`` reads them.

Only grammar's words: what a name's neighbours must look like, never a name itself.
"""

from __future__ import annotations

from factdesk.lexicon.bodies import stems
from factdesk.lexicon.english import words
from factdesk.lexicon.reporting_ru_uk import (
    EXPERT_STEMS,
    LAWYER,
    MAYOR_STEMS,
    OFFICE_STEMS,
    PRESS_BYLINE_STEMS,
    UNNAMED_ROLES,
)

LEADING_WORDS = words("the The")
"""Words a definite kind noun opens with that are not part of the kind ("the sheriff")."""

NOT_A_KIND = words(
    """a an one another some two three several many most other unnamed senior former ex
    i we you he she it they this that these those"""
)
"""Words that make a noun phrase indefinite, many or a pronoun: "a spokesman", "one official",
"another deputy" stand for nobody the article names (conventions 17 and 18)."""

NAME_LEAD_INS = words(
    """The In At On By From For With And But As Of To After Before Under Over When While
    Mr Mrs Ms Miss Mx Dr Prof Professor Sir Dame"""
)
"""Capitalised words a run of capitalised words may open with that are no part of a name
("In Pellham County Airport", "Mr Dana Oakes")."""

STAFF_BODIES: dict[str, tuple[str, ...]] = {
    "deputies": ("Sheriff's Office", "Sheriff’s Office", "Sheriff's Department",
                 "Sheriff’s Department"),
    "investigators": ("Sheriff's Office", "Sheriff’s Office", "Sheriff's Department",
                      "Sheriff’s Department"),
    "firefighters": ("Fire and Rescue Service", "Fire Department", "Fire Service",
                     "Fire Rescue", "Fire District"),
}  # fmt: skip
"""A plural staff noun -> the ends of the names of the one kind of body those staff speak
for (convention 48: "deputies said" is the one sheriff's office the article names)."""

CYRILLIC_POST_STEMS = ("судд", "судь", "следовател", "слідчи", LAWYER, "пастор", "священ")
"""Word starts of a Russian or Ukrainian person's post beside the engine's
``reporting_ru_uk.OFFICE_STEMS`` that a name may follow as a title («суддя Ліліана Мирошник»):
read before a body's kind, which «суд» would otherwise be."""

CYRILLIC_ROLE_STEMS = (
    *OFFICE_STEMS, *CYRILLIC_POST_STEMS, *UNNAMED_ROLES, *EXPERT_STEMS, *PRESS_BYLINE_STEMS,
    "секретар", "профессор", "професор", "доцент", "юрист",
)  # fmt: skip
"""Word starts of a Russian or Ukrainian role that makes the person who holds it checkable
(``extract.people``' ``private-individual``, as the English ``ROLE_WORDS``): an office
(«депутатка міськради», «министр», «мер»), a post, a spokesman's or an official's role, an
expert's or a journalist's trade. A resident, a pensioner, a mother are no role."""
SHORT_ROLE_STEM = 4
"""A role stem this short («мер», «мэр», «судь», «судд») is a role only with a noun's case
ending after it (``ROLE_CASE_ENDINGS``): as a bare word start it also opened «мероприятии»,
«меры», «мережу», «мерседесе», «судьба», and cleared the flag of the person after them."""
ROLE_CASE_ENDINGS = (
    "", "а", "я", "у", "ю", "е", "і", "и", "ом", "ем", "ей", "ею", "ові", "еві", "ів", "ам",
    "ям", "ами", "ями", "ах", "ях",
)  # fmt: skip
"""The endings of a person noun's cases, Russian and Ukrainian («мэру», «мером», «мері»,
«судьи», «суддею», «мерів»): what may follow a short role stem."""

CYRILLIC_MAYOR_POSTS = (
    *MAYOR_STEMS, "глава город", "глава міст", "голова міст", "міський голова",
    "міського голови", "городской глава", "градоначальник",
)  # fmt: skip
"""Word starts of the one post of a city's head, in every way Russian and Ukrainian news
write it («глава города» for the «мэр Озёрска» named before, «міський голова» for «мер»)."""

CYRILLIC_BODY_STEMS = stems(
    "administration", "mayoralty", "directorate", "department", "ministry", "committee",
    "inspectorate", "company", "enterprise", "plant", "hospital", "school", "court", "prosecutor",
    "police", "service", "fund", "theatre", "museum", "zoo", "park", "university", "college",
    "airport",
)  # fmt: skip
"""Word starts of a Russian or Ukrainian body's kind that its name may follow with a place
or a quoted name in the genitive («администрация Нижнереченска», «компании «Дельта-Агро»»):
the kind noun alone («в администрации города», «у компанії») is that one body. Taken by kind
from the nouns' one home, ``lexicon.bodies``."""


STATEMENT_SOURCE = (
    r"^\W*(?:(?:according\s+to|in)\s+(?:a|the|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|news\s+release|press\s+release)\b(?!\s+(?:by|from|of)\s)"
    r"|(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|news\s+release|press\s+release)\s+"
    r"(?!by\s|from\s|of\s)(?:\w+\s+){0,3}?(?:said|says|added|read|reads|stated|states)\b"
    r"|[\s\S]*[,”\"]\s+(?:said|added|stated)\s+(?:a|the)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:statement|news\s+release|press\s+release)\W*$)"
)
"""A unit that opens on a statement with no issuer in its own words ("According to a statement
released Sunday, …", "The statement said …", "A statement said …"): it is the issuer's, the one
body the article gave as a source before it (convention 12); so is a quotation or clause closed
by one ('"…," said a company statement.')."""

ISSUED_NOUNS = words("statement release warning notice bulletin letter email")
"""Nouns of what a body issues: "the warning said" with no author in its sentence is the
issuer's, the body the article says issued it (convention 34)."""

ISSUING_VERBS = r"issued|released|published|put\s+out|sent|posted|circulated"
"""Verbs by which the text says who issued a statement or a warning ("the Marsh Agency issued a
severe flood warning", "a notice published by the council")."""
