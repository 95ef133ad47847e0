"""Outcomes told the opposite ways in other words: kept or taken away, open or closed, safe or
missing, held or called off, signed or vetoed (English, Russian and Ukrainian, in one home).

"Tarn FM will keep its licence" and "the commission revoked Tarn FM's licence" share every
name, day and most words; the sentence vectors put them close (0.8), and there is no negation
to read: each tells the outcome the other way with a verb of its own. So do a rating
"affirmed" beside one "downgraded", a road "closed in both directions" beside one whose lane
"remained open", climbers "missing" beside climbers "safe", an exam "cancelled" beside one that
"went ahead", a law «подписал» beside one «наложил вето». Each ``AXES`` entry is one such pair
of sides (True, False); ``corroborate.match`` reads two claims that would be one claim but for
taking opposite sides of one axis as a conflict.

Words of each side only, never a story's nouns, and only in the forms that tell the outcome:
"keep" before a possessive ("keep its licence", "kept his seat"; "kept snow on the sites" keeps
nothing from anyone; any possessive object counts, so "told to keep their doors shut" reads as
kept, and as closed), «оставил» not before «без»
(«оставил без света» takes away), "open" after a verb of state ("remained open"; "opened an
inquiry" is no road), "safe" after one ("were safe"; "safe drinking water" is nobody),
"vetoed" and «наложил вето» done (a call "to veto" is none). A side's word put in the negative
("did not revoke", «не знизивши», "will not go ahead") counts for the other side (``sides``).
"""

from __future__ import annotations

import re

_NOT_CYRILLIC_BEFORE = r"(?<![а-яёіїєґ])"
_NOT_CYRILLIC_AFTER = r"(?![а-яёіїєґ])"


def either(english: str, cyrillic: str) -> re.Pattern[str]:
    """One side of an axis: its English words, then its Russian and Ukrainian ones."""
    return re.compile(
        rf"\b(?:{english})\b|{_NOT_CYRILLIC_BEFORE}(?:{cyrillic}){_NOT_CYRILLIC_AFTER}", re.I
    )


STATUS_ENGLISH = (
    r"titles?|crowns?|belts?|championships?|seats?|posts?|positions?|jobs?|office|"
    r"licen[cs]es?|permits?|accreditation|majority|mandates?|places?|status|membership|"
    r"immunity|presidency|chairmanship|captaincy|ranking|rating|degrees?|doctorates?|phds?|"
    r"diplomas?|medals?|knighthood"
)
STATUS_CYRILLIC = (
    r"титул\w*|корон(?:а|у|ы|и)?|пояс\w*|чемпионств\w*|чемпіонств\w*|мест(?:о|а)?|"
    r"місц(?:е|я)?|пост(?:а|у)?|должност\w*|посад(?:а|у|и|і)?|кресл\w*|крісл\w*|мандат\w*|"
    r"лицензи\w*|ліцензі\w*|аккредитаци\w*|акредитаці\w*|большинств\w*|більшіст\w*|"
    r"статус\w*|звани\w*|званн\w*|членств\w*|иммунитет\w*|імунітет\w*|президентств\w*|"
    r"председательств\w*|головуванн\w*|рейтинг\w*|(?:учён|учен|науков)\w*\s+(?:степен|ступ)\w*|"
    r"диплом\w*|медал\w*"
)
"""Nouns of a standing held (a title, a seat, a post, a licence, a majority, a mandate, a
degree or a medal), the objects "lost" must take to be a side of the "kept" axis: "lost" reads
wider than "kept" (a
currency «потерял 3%», a driver «потерял управление», a law «утратил силу», someone "lost his
temper", a side "lost their opening match", a firm «потеряла 2 млрд рублей» lose nothing held),
and Russian and Ukrainian put no possessive before what was lost, so the noun decides. English
words, then the Russian and Ukrainian stems (each ended where a Cyrillic letter is not)."""


AXES: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    "kept": (
        either(
            r"(?:keep|keeps|kept|keeping|retain|retains|retained|retaining)\s+"
            r"(?:its|his|her|their)|(?:hold|holds|holding|held)\s+on\s+to\s+(?:its|his|her|their)"
            r"|unchanged|(?:re)?affirm(?:s|ed|ing)?",
            r"(?:сохрани(?:л|ла|ло|ли|т|ть)|сохраня\w*|збер(?:іг|егла|егло|егли|еже)|"
            r"оставил[аои]?|залиши(?:в|ла|ло|ли))(?!(?:\s+[^\s,.;:]+){0,2}?\s+без(?![а-яёіїєґ]))"
            r"|без (?:изменений|змін)|незмінн\w*|неизменн\w*",
        ),
        either(
            r"revok(?:e|es|ed|ing)|rescind(?:s|ed|ing)?|annul(?:s|led|ling)?|stripp(?:ed|ing)|"
            r"strips?\s+(?:[\w'’-]+\s+){1,4}?of|downgrad(?:e|es|ed|ing)|"
            r"(?:lose|loses|lost|losing)\s+(?:its|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?"
            rf"(?:{STATUS_ENGLISH})",
            r"отозвал\w*|відклика(?:в|ла|ло|ли)|лиши(?:л|ла|ло|ли)|лишен\w*|"
            r"позбави(?:в|ла|ло|ли|ти)|позбавлен\w*|аннулир\w*|анулюва\w*|анульова\w*|"
            r"понизи(?:л|ла|ло|ли|в)|понижен\w*|знизи(?:в|ла|ло|ли|вши)|знижен\w*|"
            r"(?:потеря(?:л|ла|ло|ли|в|вши)|утрати(?:л|ла|ло|ли|в|вши)|втрати(?:в|ла|ло|ли|вши))"
            rf"\s+(?:[^\s,.;:]+\s+){{0,2}}?(?:{STATUS_CYRILLIC})",
        ),
    ),
    "open": (
        either(
            r"(?:remain(?:s|ed)?|stay(?:s|ed)?|is|are|was|were|be|still)\s+(?:partly\s+|partially\s+)?"
            r"open|reopen(?:s|ed|ing)?|open\s+to\s+traffic",
            r"(?:оста\w*|залиша\w*|залишил\w*)\s+(?:открыт|відкрит)\w*|"
            r"(?:открыт|відкрит)\w*\s+для\s+(?:движения|руху|проезда|проїзду)",
        ),
        either(
            r"clos(?:es|ed|ing)(?!-)|close\s+(?:the|its|their|a|an)|shut(?:s|ting)?(?!-)",
            r"закрыт\w*|закрыл\w*|закрит\w*|закрил\w*|перекрыл\w*|перекрыт\w*|перекрил\w*|"
            r"перекрит\w*",
        ),
    ),
    "safe": (
        either(
            r"(?:is|are|was|were|been|be|found|remain(?:s|ed)?)\s+(?:all\s+|now\s+)?safe"
            r"|safe\s+and\s+(?:well|sound)",
            r"в безопасности|у безпеці|в безпеці",
        ),
        either(
            r"missing|unaccounted\s+for|nothing\s+(?:has|had)\s+been\s+heard",
            r"пропал[аи]?|пропа(?:в|ла|ли)|пропавш\w*|зник(?:ли|ла|ло)?|зниклі|безвести|безвісти",
        ),
    ),
    "held": (
        either(
            r"went\s+ahead|go(?:es)?\s+ahead|going\s+ahead|gone\s+ahead",
            r"прош[её]л\w*\s+по\s+(?:расписанию|графику|плану)|відбу(?:вся|лася|лося|лись)\s+за\s+"
            r"(?:розкладом|графіком|планом)|состоял(?:ся|ась|ось|ись)",
        ),
        either(
            r"cancel(?:s|ed|led|ling)?|called\s+off",
            r"отмен[её]н\w*|отменил\w*|скасува(?:в|ла|ли|ло)|скасован\w*|скасовано",
        ),
    ),
    "signed": (
        either(
            r"sign(?:s|ed)\s+(?:the\s+|a\s+)?(?:law|bill|amendments?|decree)|signed\s+into\s+law",
            r"подписал\w*|підписа(?:в|ла|ли|ло)",
        ),
        either(
            r"veto(?:es|ed)",
            r"налож(?:ил|ила|или)\s+вето|накла(?:в|ла|ли)\s+вето|ветировал\w*|ветува(?:в|ла|ли)",
        ),
    ),
}
"""axis -> (the pattern of its True side, that of its False side): "kept" (kept as it was,
"held on to its ..." / taken away or changed: revoked, stripped, annulled, downgraded, or lost:
"lost her title", «потеряла титул», «втратив мандат»; "lost" only before a standing held,
``STATUS_ENGLISH`` / ``STATUS_CYRILLIC``, and in English after a possessive, as "kept" is: "the
rouble lost 3%", "lost his temper", «Закон утратил силу» lose nothing from anyone), "open"
(open / closed or shut), "safe" (safe / missing), "held" (went ahead / cancelled or called
off), "signed" (a law signed / vetoed)."""

SIDE_WORDS = {
    "kept": ("kept", "taken away"),
    "open": ("open", "closed"),
    "safe": ("safe", "missing"),
    "held": ("held", "called off"),
    "signed": ("signed", "vetoed"),
}
"""How a reason names each axis's two sides ("one says kept, the other taken away")."""

NEGATED_BEFORE = re.compile(
    r"(?:\b(?:not|never)|n['’]t|(?<![а-яёіїєґ])(?:не|ні))\s+(?:[\w'’-]+\s+)?$", re.I
)
"""A negation right before a side's word, or one word before it ("did not revoke", "will not
go ahead", «не знизивши»)."""

CUES = (
    "keep", "kept", "retain", "hold on", "held on", "lose", "lost", "losing", "unchanged",
    "affirm", "revok", "rescind", "annul", "strip", "downgrad", "open", "clos", "shut", "safe",
    "missing", "unaccounted", "heard", "ahead", "cancel", "called off", "sign", "veto", "сохран",
    "збер", "остав", "залиш", "змін", "изменен", "незмін", "неизмен", "отозв", "відклик", "лиш",
    "позбав", "аннул", "анул", "пониз", "пониж", "зниз", "зниж", "потеря", "утрат", "втрат",
    "открыт", "відкрит", "закр", "перекр", "безопасн", "безпец", "пропа", "зник", "безвест",
    "безвіст", "расписан", "графік", "график", "розклад", "плану", "планом", "состоял", "отмен",
    "скасов", "скасув", "подпис", "підпис", "вето", "ветир", "ветув",
)  # fmt: skip
"""A piece of every word either side of an axis matches, lowered: a claim holding none is not
searched (issue 15: most claims hold none)."""


def sides(text: str) -> dict[str, bool]:
    """The side the claim takes on each axis it tells (``AXES``): a word negated counts for
    the other side; an axis the claim tells both ways ("closed overnight and reopened at
    dawn") is left out."""
    lowered = text.lower()
    if not any(cue in lowered for cue in CUES):
        return {}
    found: dict[str, set[bool]] = {}
    for axis, patterns in AXES.items():
        for side, pattern in zip((True, False), patterns, strict=True):
            for match in pattern.finditer(text):
                before = text[max(0, match.start() - 24) : match.start()]
                found.setdefault(axis, set()).add(side != bool(NEGATED_BEFORE.search(before)))
    return {axis: got.pop() for axis, got in found.items() if len(got) == 1}


def opposed(a: dict[str, bool], b: dict[str, bool]) -> str | None:
    """The first axis on which two claims' sides (``sides``) are opposite, or None."""
    return next((axis for axis, side in a.items() if b.get(axis, side) != side), None)
