"""What a claim says happened, as a class of event that survives a change of script.

"Troops seized the bridge", «войска захватили мост» and «війська захопили міст» share no word
and, across the scripts, no sentence-vector neighbourhood (WordLlama is monolingual): only the
names and figures meet. What they also share is the kind of thing that happened: a seizure.
Each ``EVENTS`` entry is one such kind, a concept id with the words that tell it in English,
Russian and Ukrainian (stems and forms, not a story's nouns), and where the kind has two
opposite sides ("approved" / "rejected", "closed" / "open", "convicted" / "acquitted", "rose" /
"fell"), the words of each side: ``read`` gives each class a claim tells and its polarity (True:
the first side as told, False: the other side or the first one negated, None: told both
ways). Two claims of one story that tell the same class the same way may be one account; the
same class told the opposite ways, two accounts of one thing.

One home: where a kind's words already live, they are taken from there, never written again
("closed" / "open", "cancelled" / "held", "signed" / "vetoed", "revoked" / "kept", "missing" /
"safe" from ``opposites.AXES``; the English rise and fall verbs from
``english.DIRECTIONS``; the Russian and Ukrainian verdicts and contest verbs from
``cyrillic.VERDICTS`` and ``cyrillic.CONTESTS``). A denial ("denied", «опроверг», «спростував»)
is no class of its own: it is the claim's stance on whatever it names, which the matcher
already reads in the three languages (``english.DENIAL_RE``, ``cyrillic.DENIALS``).

Words that tell two kinds are left to neither where the kind cannot be told from the word
alone: a bare "strike" (an attack or a walkout), a bare "fired" (a shot or a dismissal),
«звільнив» (Ukrainian "released" and "dismissed") outside a post's words, «взял» (any taking).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factdesk.lexicon.cyrillic import CONTESTS, VERDICTS
from factdesk.lexicon.english import DIRECTIONS
from factdesk.lexicon.opposites import AXES, NEGATED_BEFORE, either

Side = tuple[re.Pattern[str], ...]


def _words(english: str) -> re.Pattern[str]:
    """An English side's words alone (a kind's other words come from another home)."""
    return re.compile(rf"\b(?:{english})\b", re.I)


def _axis(axis: str, flipped: bool = False) -> tuple[Side, Side]:
    """An ``opposites.AXES`` axis as a kind's two sides (flipped: its False side first)."""
    true, false = AXES[axis]
    return ((false,), (true,)) if flipped else ((true,), (false,))


EVENTS: dict[str, tuple[Side, Side]] = {
    "seize": (
        (
            either(
                r"seiz(?:e|es|ed|ing|ure)|captur(?:e|es|ed|ing)|"
                r"(?:took|take|takes|taken|taking|gained|seized)\s+control|"
                r"occup(?:y|ies|ied|ying)|overr(?:an|un|uns)|confiscat\w+",
                r"захват\w*|захвач\w*|захопи\w*|захопл\w*|занял[аио]?|заняли|зайня\w*|"
                r"оккупир\w*|окупува\w*|окупова\w*|изъя\w*|изым\w*|вилучи\w*|вилуч\w*|"
                r"конфиск\w*|конфіск\w*|(?:взял|взяли|взяла|взяв|взяли)\s+под\s+контроль|"
                r"(?:взяли|взяв|взяла)\s+під\s+контроль",
            ),
        ),
        (
            either(
                r"withdr(?:ew|aw|aws|awn|awing)|retreat(?:s|ed|ing)?|pull(?:ed|s)?\s+out",
                r"отступ\w*|відступ\w*|вывел[аи]?\s+войск\w*|вивел[аи]?\s+військ\w*|"
                r"оставил[аи]?\s+(?:город|позиц\w*|сел\w*)|залиши\w*\s+(?:місто|позиц\w*|сел\w*)",
            ),
        ),
    ),
    "arrest": (
        (
            either(
                r"arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?|detention|(?:in|into)\s+custody|"
                r"apprehend(?:s|ed|ing)?",
                r"задерж\w*|арест\w*|заарешт\w*|затрима\w*|затриман\w*|взят\w*\s+под\s+страж\w*|"
                r"взят\w*\s+під\s+варт\w*",
            ),
        ),
        (),
    ),
    "release": (
        (
            either(
                r"releas(?:e|es|ed|ing)|freed|set\s+free|prisoner\s+swap",
                r"освобод\w*|отпущ\w*|отпустил\w*|відпусти\w*|відпущ\w*|обмен\w*\s+пленн\w*|"
                r"обмін\w*\s+полонен\w*|(?:вийш\w*|вышел|вышла|вышли)\s+на\s+(?:свобод\w*|волю)",
            ),
        ),
        (),
    ),
    "resign": (
        (
            either(
                r"resign(?:s|ed|ing|ation)?|step(?:s|ped|ping)?\s+down|quit(?:s|ting)?",
                r"подал[аи]?\s+в\s+отставк\w*|подав\s+у\s+відставк\w*|подала\s+у\s+відставк\w*|"
                r"ушел\s+в\s+отставк\w*|пішов\s+у\s+відставк\w*|уволил(?:ся|ась)|"
                r"звільнив(?:ся|ся)|звільнилас[яь]|сложил\w*\s+полномоч\w*|склав\s+повноваж\w*|"
                r"склала\s+повноваж\w*",
            ),
        ),
        (),
    ),
    "dismiss": (
        (
            either(
                r"sack(?:s|ed|ing)?|oust(?:s|ed|ing)?|dismissal|"
                r"(?:remov(?:ed|es|e)|relieved)\s+(?:\w+\s+){0,3}?(?:from|of)\s+(?:\w+\s+)?"
                r"(?:office|post|duties|position|command)",
                r"уволи(?:л|ла|ли|ть)|уволен\w*|отправил\w*\s+в\s+отставк\w*|"
                r"снял[аи]?\s+с\s+(?:должност\w*|поста)|снят\w*\s+с\s+(?:должност\w*|поста)|"
                r"звільни(?:в|ла|ли|ти)\s+(?:\w+\s+){0,3}?з\s+посад\w*|звільнен\w*\s+з\s+посад\w*|"
                r"зняв\s+з\s+посад\w*|зняли\s+з\s+посад\w*|відправи\w*\s+у\s+відставк\w*",
            ),
        ),
        (),
    ),
    "approve": (
        (
            either(
                r"approv(?:e|es|ed|ing|al)|adopt(?:s|ed|ing)?|ratif(?:y|ies|ied|ying)|"
                r"endors(?:e|es|ed|ing)|pass(?:ed|es)\s+(?:the|a|an)\s+(?:\w+\s+)?"
                r"(?:law|bill|budget|motion|resolution|amendment)|voted\s+(?:for|in\s+favour)",
                r"одобр\w*|утверд\w*|утвержд\w*|ратифиц\w*|схвал\w*|затверд\w*|ухвал\w*|"
                r"ратифікува\w*|проголосова\w*\s+за|прогол[оа]сува\w*\s+за",
            ),
        ),
        (
            either(
                r"reject(?:s|ed|ing)?|vot(?:ed|es)\s+down|turn(?:ed|s)?\s+down|"
                r"voted\s+against|overturn(?:s|ed)?",
                r"отклон\w*|отверг\w*|провалил\w*|відхил\w*|відкину\w*|"
                r"проголосова\w*\s+против|проголосува\w*\s+проти",
            ),
        ),
    ),
    "attack": (
        (
            either(
                r"(?:air|missile|drone|rocket|artillery)[\s-]*strikes?|struck|"
                r"attack(?:s|ed|ing)?|shell(?:ed|ing|s)|bomb(?:s|ed|ing|ings|ardment)?|"
                r"missiles?|drones?|air\s*raids?",
                r"удар\w*|атак\w*|атаку\w*|обстрел\w*|обстріл\w*|бомб\w*|ракет\w*|дрон\w*|"
                r"беспилот\w*|безпілот\w*|авиаудар\w*|авіаудар\w*",
            ),
        ),
        (),
    ),
    "walkout": (
        (
            either(
                r"walk[\s-]?outs?|walked\s+out|(?:on|a|the|national|general|one-day|two-day|"
                r"\d+-(?:hour|day))\s+strikes?|striking|industrial\s+action|stoppages?",
                r"забастов\w*|стачк\w*|страйк\w*|бастуют|бастова\w*|страйкува\w*|страйку\w*",
            ),
        ),
        (),
    ),
    "kill": (
        (
            either(
                r"kill(?:s|ed|ing)?|dead|died|dies|deaths?|fatal(?:ly|ities)?|perish(?:ed)?|"
                r"bod(?:y|ies)|death\s+toll",
                r"погиб\w*|убит\w*|убил\w*|умер\w*|смерт\w*|жертв\w*|загин\w*|загибл\w*|"
                r"вбит\w*|вбив\w*|вбил\w*|помер\w*|тело|тела|тіло|тіла",
            ),
        ),
        (),
    ),
    "injure": (
        (
            either(
                r"injur(?:e|es|ed|ing|y|ies)|wound(?:s|ed|ing)?|hurt|hospitali[sz](?:ed|ation)|"
                r"casualt(?:y|ies)",
                r"ранен\w*|ранил\w*|пострада\w*|травм\w*|госпитализ\w*|поранен\w*|поранил\w*|"
                r"постраждал\w*|шпиталізова\w*|госпіталізова\w*",
            ),
        ),
        (),
    ),
    "evacuate": ((either(r"evacuat\w+", r"эваку\w*|еваку\w*"),), ()),
    "ban": (
        (
            either(
                r"ban(?:s|ned|ning)?|prohibit(?:s|ed|ing|ion)?|outlaw(?:s|ed|ing)?|"
                r"forb(?:id|ids|ade|idden)",
                r"запрет\w*|запрещ\w*|заборон\w*",
            ),
        ),
        (),
    ),
    "close": _axis("open", flipped=True),
    "cancel": _axis("held", flipped=True),
    "sign": _axis("signed"),
    "revoke": _axis("kept", flipped=True),
    "missing": _axis("safe", flipped=True),
    "convict": (
        (
            _words(
                r"convict(?:s|ed|ion)?|sentenc(?:e|es|ed|ing)|jail(?:s|ed)?|imprison\w*|"
                r"found\s+guilty|pleaded\s+guilty"
            ),
            VERDICTS[False],
        ),
        (_words(r"acquit(?:s|ted|tal)?|not\s+guilty|cleared\s+of"), VERDICTS[True]),
    ),
    "contest": (
        (
            _words(
                r"w[oi]n(?:s|ning)?|beat(?:s|en|ing)?|defeat(?:s|ed|ing)?|victor(?:y|ies|ious)|"
                r"clinch(?:es|ed|ing)?|los(?:t|es|ing)\s+to|lost\s+(?:the|a)\s+(?:\w+\s+)?"
                r"(?:match|final|game|race|vote|election|bid)"
            ),
            *CONTESTS.values(),
            either(
                r"(?!)", r"проиграл\w*|програ(?:в|ла|ли)|поражени\w*|поразк\w*|перемог\w*|побед\w*"
            ),
        ),
        (),
    ),
    "rise": (
        (
            _words(DIRECTIONS[True]),
            either(
                r"(?!)",
                r"вырос\w*|выросл\w*|увелич\w*|повыси\w*|повыш\w*|подорожа\w*|зрос\w*|зріс|"
                r"збільш\w*|підвищ\w*|подорожча\w*",
            ),
        ),
        (
            _words(DIRECTIONS[False]),
            either(
                r"(?!)",
                r"снизи\w*|сниж\w*|упал[аио]?|упали|сократи\w*|сокращ\w*|подешев\w*|знизи\w*|"
                r"зниж\w*|впал[аио]?|впали|скороти\w*|скороч\w*|здешев\w*",
            ),
        ),
    ),
    "elect": (
        (
            either(
                r"(?:re-?)?elected|elections?|ballot|referendum|run-?off|vot(?:e|ed|ers|ing)",
                r"выбор\w*|избран\w*|избрал\w*|референдум\w*|голосова\w*|вибор\w*|обран\w*|"
                r"обрал\w*|голосува\w*|виборц\w*|избирател\w*",
            ),
        ),
        (),
    ),
    "rescue": (
        (
            either(
                r"rescu(?:e|es|ed|ing|ers)|found\s+alive|pulled\s+(?:out\s+)?alive",
                r"спас(?:ли|ла|ен\w*|ат\w*|тел\w*)|врятува\w*|врятован\w*|рятувальн\w*|"
                r"найден\w*\s+жив\w*|знайден\w*\s+жив\w*",
            ),
        ),
        (),
    ),
    "fire": (
        (
            either(
                r"fires?|blazes?|burn(?:s|ed|t|ing)|flames|wildfires?|ablaze",
                r"пожар\w*|пожеж\w*|горел\w*|згор\w*|сгор\w*|вогн\w*|огн\w*|огонь|вогонь|"
                r"полум\w*",
            ),
        ),
        (),
    ),
    "flood": (
        (
            either(
                r"flood(?:s|ed|ing|waters)?|inundat\w+|submerg\w+",
                r"наводн\w*|затоп\w*|паводк\w*|повен\w*|повін\w*|підтоп\w*|подтоп\w*",
            ),
        ),
        (),
    ),
    "quake": (
        (
            either(
                r"earthquakes?|quakes?|tremors?|magnitude",
                r"землетрясен\w*|землетрус\w*|толчк\w*|толчок|поштовх\w*|магнитуд\w*|магнітуд\w*",
            ),
        ),
        (),
    ),
    "explode": (
        (
            either(
                r"explo(?:sion|sions|ded|de|des)|blasts?|detonat\w+",
                r"взрыв\w*|вибух\w*|подорва\w*|підірва\w*",
            ),
        ),
        (),
    ),
    "crash": (
        (
            either(
                r"crash(?:es|ed|ing)?|crash-land\w*|collid(?:e|ed|es|ing)|collision|"
                r"derail(?:s|ed|ment)?|capsiz\w+|sank|sunk|sink(?:s|ing)?",
                r"авари\w*|катастроф\w*|круш\w*|столкн\w*|зіткн\w*|затону\w*|"
                r"розбил\w*|разбил\w*|розбив\w*|разбив\w*",
            ),
        ),
        (),
    ),
    "sale": (
        (
            either(
                r"acqui(?:re|red|res|ring|sition)|buy(?:s|ing|out)?|bought|takeover|"
                r"take\s+over|purchas(?:e|es|ed|ing)|sell(?:s|ing)?|sold|sale",
                r"купи\w*|купил\w*|покупк\w*|приобр\w*|поглощ\w*|придба\w*|купівл\w*|поглин\w*|"
                r"прода\w*",
            ),
        ),
        (),
    ),
    "launch": (
        (
            either(
                r"launch(?:es|ed|ing)?|lift(?:ed|s)?[\s-]off|blast(?:ed)?\s+off",
                r"запуст\w*|запуск\w*|стартова\w*",
            ),
        ),
        (),
    ),
    "land": (
        (
            either(
                r"land(?:ed|ing|s)|touch(?:ed|es)?\s+down|set\s+down",
                r"посадк\w*|приземл\w*|прилунил\w*|прилунен\w*|прилунив\w*|прилуни\w*|"
                r"совершил\w*\s+посадк\w*|здійснив\w*\s+посадк\w*",
            ),
        ),
        (),
    ),
    "agree": (
        (
            either(
                r"agree(?:s|d|ment|ments)?|deal|accord|treaty|ceasefire|truce",
                r"соглашени\w*|договор\w*|договір\w*|перемири\w*|угод\w*|домовл\w*|перемир\w*|"
                r"договорил\w*|домовил\w*",
            ),
        ),
        (),
    ),
    "protest": (
        (
            either(
                r"protest(?:s|ed|ers|ing)?|rall(?:y|ies|ied)|demonstrat(?:ion|ions|ors|ed)|"
                r"marched",
                r"протест\w*|митинг\w*|мітинг\w*|демонстрац\w*|демонстрант\w*|шестви\w*|"
                r"(?:вышли|вийшли)\s+на\s+(?:улиц\w*|вулиц\w*)",
            ),
        ),
        (),
    ),
    "sanction": ((either(r"sanction(?:s|ed|ing)?", r"санкц\w*"),), ()),
    "charge": (
        (
            either(
                r"charg(?:ed|es)\s+with|investigat(?:e|es|ed|ing|ion|ions)|probe|inquiry|"
                r"prosecut\w+|indict\w*",
                r"расследова\w*|уголовн\w*\s+дел\w*|обвинен\w*|обвинил\w*|обвиня\w*|"
                r"розслідува\w*|кримінальн\w*\s+провадж\w*|обвинува\w*|звинува\w*|"
                r"підозр\w*|подозрева\w*",
            ),
        ),
        (),
    ),
    "outbreak": (
        (
            either(
                r"outbreaks?|infect(?:ed|ions?|s)|epidemic|cholera|measles|dengue",
                r"вспышк\w*|заболе\w*|заражен\w*|заразил\w*|спалах\w*|захвор\w*|інфікова\w*|"
                r"епідем\w*|эпидем\w*|холер\w*|кор[иі]\w*|денге",
            ),
        ),
        (),
    ),
    "expel": (
        (
            either(
                r"extradit\w+|deport\w+|expel(?:s|led|ling)?|expulsion",
                r"экстради\w*|екстради\w*|депорт\w*|выслал\w*|вислал\w*|высыл\w*|висил\w*|"
                r"выдвор\w*|видвор\w*",
            ),
        ),
        (),
    ),
    "fine": (
        (either(r"fin(?:ed|es)|penalt(?:y|ies)", r"штраф\w*|оштраф\w*"),),
        (),
    ),
}
"""concept id -> (the patterns of its first side, those of its other side, empty when the kind
has no opposite): what happened, in English, Russian and Ukrainian. The English words are
whole words; the Russian and Ukrainian ones stems with any ending (``opposites.either``)."""


Reading = dict[str, bool | None]
"""concept id -> polarity: True the first side as told, False the other side (or the first
negated), None both."""


def _negated(text: str, start: int) -> bool:
    """Whether the word at ``start`` is put in the negative: a negation right before it or one
    word before it (``NEGATED_BEFORE``), looked for in the 24 characters before it, so a "not"
    further back ("did not say the court approved") leaves it as told. One home for the window
    that ``read`` and ``where`` both use."""
    return bool(NEGATED_BEFORE.search(text[max(0, start - 24) : start]))


def _told(patterns: Sequence[re.Pattern[str]], text: str) -> set[bool]:
    """Whether each of the side's words found is put in the negative (True: it is not)."""
    return {_negated(text, match.start()) for p in patterns for match in p.finditer(text)}


def read(text: str) -> Reading:
    """Each kind of event the claim tells (``EVENTS``), with its polarity: a word of the first
    side as told is True, one of the other side or one negated ("did not approve", «не
    захватили») False; a kind told both ways ("closed overnight and reopened") None."""
    reading: Reading = {}
    for concept, (first, other) in EVENTS.items():
        sides = {not negated for negated in _told(first, text)}
        sides |= {negated for negated in _told(other, text)}
        if sides:
            reading[concept] = sides.pop() if len(sides) == 1 else None
    return reading


def where(text: str) -> list[tuple[str, bool, int, int]]:
    """Each word of ``EVENTS`` the claim holds, in order: (kind, as told, start, end), "as
    told" False for a word of the other side or a negated one. Why: the roles a kind is told
    with (who, to whom, how many, where: ``corroborate.arguments``) are read around the word
    that tells it, not from the sentence as a whole."""
    found: list[tuple[str, bool, int, int]] = []
    for concept, (first, other) in EVENTS.items():
        for told, patterns in ((True, first), (False, other)):
            for pattern in patterns:
                for match in pattern.finditer(text):
                    negated = _negated(text, match.start())
                    found.append((concept, told != negated, match.start(), match.end()))
    return sorted(found, key=lambda x: (x[2], x[3]))


def shared(a: Reading, b: Reading) -> tuple[list[str], list[str]]:
    """The kinds two readings share told the same way, and those told the opposite ways (a
    kind either tells both ways is in neither)."""
    same = [c for c, way in a.items() if c in b and way is not None and b[c] == way]
    opposite = [c for c, way in a.items() if c in b and way is not None and b[c] == (not way)]
    return same, opposite
