"""News agencies' names in the forms their own datelines set them, and the one usual written
form the desk stores for each.

A wire dateline sets its agency as the agency's house style has it: Interfax's Russian copy
signs "INTERFAX.RU" or "ИНТЕРФАКС", its Ukrainian one "ІНТЕРФАКС-УКРАЇНА", Ukrinform
"УКРІНФОРМ." or "/Укрінформ/.". The article's outlet is the agency, so one agency is one
outlet in the queue, the exports and the outlet matching of ``extract.ru_uk``, however a
dateline spelled it: the form a text names it by in running prose («сообщил Интерфакс»,
«повідомляє Укрінформ»). A form not listed is kept as the dateline writes it (an acronym,
"ТАСС", "AFP", is already its usual form).
"""

from __future__ import annotations

_USUAL: dict[str, tuple[str, ...]] = {
    "Интерфакс": ("interfax.ru",),
    "Інтерфакс-Україна": ("интерфакс-украина",),
    "Укрінформ": ("укринформ",),
    "РИА Новости": (),
}  # fmt: skip
"""Each agency's usual form and the other forms its Russian or Ukrainian datelines set, all
compared case-folded (so "ИНТЕРФАКС" and "УКРІНФОРМ" need no entry). The Latin spelling an
English dateline gives ("(Interfax)", "(Ukrinform)") is that copy's own usual form: kept."""

AGENCY_FORMS: dict[str, str] = {
    form: usual for usual, forms in _USUAL.items() for form in (usual.casefold(), *forms)
}
"""A dateline's agency, case-folded -> the agency's usual written form."""


def usual_outlet(written: str) -> str:
    """The usual form of an agency as a dateline wrote it ("INTERFAX.RU" -> "Интерфакс",
    "УКРІНФОРМ" -> "Укрінформ"); any other name as written."""
    return AGENCY_FORMS.get(written.strip().casefold(), written)
