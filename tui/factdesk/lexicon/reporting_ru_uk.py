"""How Russian and Ukrainian news say who says something: the words, one list per idea.

Verbs are listed by STEM, not by form: Russian and Ukrainian verbs agree with their subject
in gender and number ("заявил", "заявила", "заявили"; "заявив", "заявила", "заявили"), so a
past stem here ("заяви") is followed in text by the ending of one of ``PAST_ENDINGS``, and a
present stem ("сообща", "повідомля") by one of ``PRESENT_ENDINGS``. The grammar that uses
these lists is ``extract.ru_uk``.
"""

from __future__ import annotations

import re

from factdesk.lexicon.bodies import BODY_NOUNS, stems
from factdesk.lexicon.cyrillic import NUMBER_FORMS

PAST_STEMS = frozenset(
    """
    заяви сообщи отмети подчеркну рассказа сказа поясни уточни добави призна напомни
    подтверди сообща отмеча заявля говори написа писа предупреди указа пообеща обеща ответи
    объясни завери рассказыва уточня добавля назва констатирова утвержда отрица опроверга
    переда прокомментирова доложи информирова подчеркива признава поблагодари
    повідоми зазначи наголоси розпові дода підкресли визна нагада підтверди спростува
    повідомля зазнача наголошува розповіда попереди відпові запевни пообіця стверджува
    заперечи відзначи допові поінформува прокоментува пояснюва подякува
    замети объяви высказа призва потребова пригрози возрази посетова пожалова подели
    настоя проинформирова спрогнозирова спрогнозува называ назива раскритикова розкритикува
    критикова критикува резюмирова резюмува объясня
    подсчита посчита підрахува порахува
    оцени оціни оценива оцінюва
    посоветова рекомендова порекомендова поради порекомендува рекомендува
    зауважи оголоси заклика вислови поскаржи поділи констатува вимага огласи жалова скаржи
    запевня заверя уверя
    связа связыва пов'яза пов'язува пов’яза пов’язува вказа вказува
    каза розказа уточнюва додава підкреслюва визнава заперечува спростовува нагадува
    підтверджува інформува переконува оголошува коментува роз'ясни роз’ясни
    напомина подтвержда разъясни комментирова
    """.split()
)
"""Stems before the past-tense (and gerund) endings: заяви-л, заяви-ла, заяви-в, сообщи-в.
A request's past ("просил", "попросила") is not here: measured on the validation split it
gave two Ukrainian sentences with no source a source or a different cut (anon34); only its
present is a reporting verb (``PRESENT_STEMS``).
The Ukrainian imperfective pasts are here as their Russian twins are ("казав", "розказала",
"уточнював", "підкреслював" beside "рассказывал", "подчеркивал"): without them «Мер казав,
що …» named no one. "каза" reflexive is "seemed" («казалось»: ``SEEMING_STEMS``). Not the
imperfective "promise" nor "insist" («обіцяють оприлюднити», «на цьому наполягав слідчий»):
the words before the verb were read as its subject across the object or the clause (READ
heldout43, heldout44: 'Подробиці …', 'Засідання пройшло'), the subject finder's to mend first."""

TOLD_STEMS = tuple(
    """сообщи сообща рассказа рассказыва заяви заявля поясни объясни подтверди уточни сказа
    ответи прокомментирова повідоми повідомля розпові розповіда пояснюва підтверди уточни
    відпові прокоментува""".split()
)
"""Stems of the verbs an outlet is told something through ("сообщила РИА Новости пресс-служба",
"рассказали РБК, что"): a name right after one is the outlet; not "закликали МОЗ провести"."""

PRESENT_STEMS = frozenset(
    """
    сообща заявля отмеча подчеркива рассказыва уточня добавля утвержда говор пиш переда
    напомина призна объясня предупрежда цитиру прогнозиру прогнозу называ назива критику
    повідомля зазнача наголошу розповіда стверджу каж пиш переда поясню дода підкреслю
    нагаду визна циту
    указыва уверя настаива заверя информиру поясня замеча отрица опроверга
    попереджа інформу запевня перекону зауважу заперечу спростову требу вимага
    совету рекоменду рад
    призыва заклика
    висловлю выража
    связыва пов'язу пов’язу вказу
    оценива оціню
    прос проха
    уточню відзнача підтверджу оголошу розказу подтвержда объявля комментиру
    """.split()
)
"""Stems before the present-tense endings: сообща-ет, пиш-ет, повідомля-є, каж-е, каж-уть.
A request in words is its maker's claim as a call is (README item 31): "Защита просит отменить
приговор", "Прокурор просить суд …", "Громада прохає …" ("прос", "проха")."""

SINGULAR_ONLY_STEMS = frozenset("оцени оціни оценива оцінюва оціню".split())
"""Stems of estimating, read as speech only in the singular ("Он оценил ущерб в …", "Лейкин
оценивает спрос в …", "оцінює", "оценивал"): the plural, past or present, is mostly agentless
("Ущерб оценили в 5 млн рублей", "Збитки оцінюють у …": an estimate the engine gives the body
that spoke just before, or no one, ``ESTIMATE_STEMS``), never a subject "Ущерб"."""

SEEMING_STEMS = ("каза",)
"""Word starts of a reporting verb whose reflexive forms mean "seemed" («казалось», «казался»):
nobody speaks (the Ukrainian «казав», «казали» do: "said")."""

NAMING_STEMS = ("называ", "назива")
"""Word starts of "to call, to name": their reflexive forms ("называется", "називався") mean
"is called" and report nobody's words, while "называл" does."""

NAMING_VERB_STEMS = ("назва", *NAMING_STEMS)
"""Word starts of "to call, to name" in both aspects ("назвал", "назвав", "называют"): the verb
takes what is named in the instrumental ("Причиной сбоя назвали …"), so a noun in the
instrumental put before it is never its subject."""

DEMAND_STEMS = ("потребова", "требу", "вимага", "призва", "призыва", "заклика", "пригрози")
"""Word starts of demands and calls, past and present ("банк потребовал погасить кредит",
"союз призывает", "спілка закликає"): what an institution does, so a reported one ("Как
сообщалось, банк X потребовал …") stays the report's. Their present stems are in
``PRESENT_STEMS`` too, as every demand's past one is in ``PAST_STEMS``: a body that calls on
readers to do something, then gives its figures, is their source."""

BELIEF_STEMS = frozenset("счита полага вважа жалу скаржа опаса побою".split())
"""Verbs of a group's opinion or complaint, present tense ("Экологи считают", "Мешканці
скаржаться"): they attribute to a vague group, never to a named source."""

STANCE_PREDICATES = frozenset("уверены убеждены согласны впевнені переконані згодні".split())
"""Plural short adjectives of a stance held and stated ("В мэрии уверены, что …", "В «X» с
решением не согласны", "Науковці переконані, що …"): read as a plural verb of opinion, the
body's position after "в X", a group's after a plural noun, like "считают"."""

IRREGULAR_PAST = {"отверг": "m", "опроверг": "m", "отвергла": "f", "опровергла": "f",
                  "отвергли": "pl", "опровергли": "pl"}  # fmt: skip
"""Past forms of reporting verbs without the "-л" of the rule ("Гусев эту версию отверг")."""

EXPECTING_STEMS = ("ожида", "очіку", "рассчитыва", "розрахову")
"""Present-tense stems of expecting ("В асоціації очікують, що …", "В Минфине ожидают, что
…", "В министерстве рассчитывают, что …", "У міністерстві розраховують, що …"): in the
plural, framing a "что/що" clause, the body's forecast put in words; never "ожидают ремонта"
(waiting for), nor "ожидается" (impersonal)."""

FINDING_STEMS = ("выяви", "виявив", "виявил", "установи", "встанови", "обнаружи", "выясни",
                 "з'ясува", "з’ясува")  # fmt: skip
"""Past-tense stems of an institution's finding ("Счетная палата выявила нарушения", "Суд
установил, что …", "Слідство з'ясувало"): with an institution as subject, its claim."""

RESEARCH_STEMS = (
    *FINDING_STEMS, "нашл", "знайшл", "выдели", "виділи", "измеря", "измери", "виміря",
    "обнаруж", "зафиксир", "зафіксув", "подсчит", "підрахув", "рассчит", "розрахув",
    "исследова", "дослідил", "проанализир", "проаналізув",
)  # fmt: skip
"""Past-tense stems of research ("нашли", "виділили", "измеряли", "подсчитали"): a body's
experts or staff who did it ("Ученые Заречного университета нашли …") speak as the body, as
README convention 14 has "researchers at the Marsh Institute found …"."""

DEED_STEMS = (
    "оштраф", "штрафу", "арест", "заарешт", "задерж", "затрим", "приговор", "пригов", "осуд",
    "засуд", "внес", "внёс", "вніс", "разработ", "розроб", "подготов", "підготув", "проголос",
    "отозв", "відклика", "аннулир", "анулю", "возбуд", "порушил", "порушив", "предъяв",
    "обыск", "обшук", "ликвид", "ліквід", "уволи", "звільни", "подал", "подала", "подав",
    "подали", "обжал", "оскарж", "отмени", "скасув", "запрети", "заборони", "сбил", "збил",
    "прин", "прийн", "ухвал", "одобр", "схвал", "утверд", "проигр", "програ", "выигр",
    "вигра", "обыгр", "переміг", "перемогл", "победи", "сыгра", "зігра", "опусти",
    "затверд", "погоди", "погодж", "согласова", "узгоди",
)  # fmt: skip
"""Word starts of a deed's verb ("оштрафовал", "внесло законопроект", "проголосувала",
"ухвалила", "погодив", "проиграл"): a body's fine, arrest, bill, vote or result is an act the writer
reports (README), never its announcement."""

DECLARING_STEMS = (
    "объяви", "объявл", "ввел", "ввёл", "ввела", "ввели", "введ", "оголоси", "оголош",
    "запровади", "запроваджу", "провозгласи", "проголоси",
)  # fmt: skip
"""Word starts of a verb of declaring or bringing in ("объявил", "ввела", "оголосив",
"запровадили"): with a formal state right after it (``DECLARED_STATE_STEMS``) it tells a
formal act, not words (README item 30, as "the governor declared a state of emergency")."""

DECLARED_STATE_STEMS = (
    "режим", "чрезвычайн", "надзвичайн", "чс", "карантин", "комендантск", "военное",
    "воєнний", "воєнного", "стихийн", "бедстви",
)  # fmt: skip
"""Word starts of a formal state declared ("режим ЧС", "чрезвычайную ситуацию", "надзвичайний
стан", "карантин", "комендантский час", "военное положение", "воєнний стан")."""

JUSTICE_NOUNS = (
    *stems("court"), "прокурат", "полиц", "поліц", "следств", "слідств", "следовател", "слідч",
    "трибунал", "нацполіц",
)  # fmt: skip
"""The ``JUSTICE_STEMS`` that are general nouns, written in lower case as any noun ("в суде",
"у поліції"): a description of a body, never its name (``GENERAL_BODY_STEMS``)."""
JUSTICE_STEMS = (*JUSTICE_NOUNS, *stems("interior"), "сбу", "фсб", "набу", "дбр")
"""Word starts of courts, prosecutors, police and investigators: what they do as the subject
of a sentence ("Суд арестовал …", "Поліція відкрила провадження") is a deed (README), never
an announcement of theirs."""

STATE_STEMS = (
    "вход", "входи", "явля", "наход", "знаход", "име", "има", "має", "мают", "влад", "волод",
    "насчит", "налічу", "объедин", "об'єдн", "об’єдн", "занима", "займа", "работа", "працю",
    "выполня", "викону", "специализ", "спеціаліз", "обслужива", "обслугову", "производ",
    "виробля", "выпуска", "випуска", "принадлеж", "належ", "управля", "керу", "остаё",
    "остает", "залиша", "был", "була", "було", "були", "стал", "став", "стала", "стали",
    "базир", "базу", "располаг", "располож", "розташ", "размещ", "розміщ", "сотруднич",
    "співпрац", "существу", "існу", "действу", "діє", "дію",
)  # fmt: skip
"""Word starts of verbs of a standing state or of what a body is ("входит в холдинг",
"выполняет рейсы", "є оператором"): a description by the writer, not an announcement."""

DEED_OBJECTS = (
    "провер", "перевір", "дело", "справу", "подозр", "підозр", "законопроект", "поправк",
    "штраф", "расслед", "розслід", "иск", "позов", "жалоб", "скарг", "лиценз", "ліценз",
    "провадж", "закон", "чтени", "читанн", "заседан", "засідан",
)  # fmt: skip
"""Word starts of the object that makes a verb a deed ("начала проверку", "відкрили
справу", "подала иск", "проведет заседание"): a probe, a case, a fine, a bill, a suit, a
body's sitting."""

BACKGROUND_WORDS = frozenset(
    """ранее раніше торік прошлом прошлого минулого минулому прежде колись когда-то
    свое своє""".split()
)
"""Words that set a past verb in the past of the story ("Ранее АМКУ …", "Торік
«Укрзалізниця» перевезла …"): background, not today's announcement."""

FORWARD_WORDS = frozenset(
    """следующего следующей следующем наступного наступної наступному завтра вскоре скоро
    незабаром найближчим ближайшее ближайшие""".split()
)
"""Words of a time to come ("со следующей недели", "з наступного року"): with them, a
present tense is a plan ("запускает с …")."""

PLEA_OBJECTS = ("вину", "вины", "вини", "провину", "провини", "виновным", "виновной",
                "виновными", "винним", "винною", "винними")  # fmt: skip
"""Words that make "признал"/"визнав" a plea ("Жуков вину не признал", "визнав себе
винним"): a deed in court, not words about the world (no source)."""

PASSIVE_REFLEXIVE = ("подтверд", "підтверд", "опроверг", "спростов", "спростува")
"""Stems of reporting verbs whose reflexive is a passive ("Информация не подтвердилась",
"Повідомлення не підтвердилося"): the subject is what was (not) confirmed, not a speaker."""

UNSOURCED_DATA = frozenset(
    "данным даними сведениям відомостями оценкам оцінками подсчетам підрахунками".split()
)
"""Nouns of "по предварительным данным", "за попередніми даними", "по неофициальным
оценкам": data with only an adjective before them have no author (unattributed)."""

OWN_ASIDE = ("следует из", "випливає з", "сообщили в", "повідомили в", "повідомили у",
             "пишет в", "пише в", "написал в", "написала в", "написав у", "написала у",
             "сообщили на", "повідомили на")  # fmt: skip
"""An aside after a subject that points back at it with "его/её/їх" ("Госинспекция, как
следует из сообщения на её сайте, проверила …"): the subject is the source. Besides these,
any verb of what a document says (``DOCUMENT_VERBS``, or a reporting verb's impersonal
reflexive) before "в/у/на" ("как сказано в его отчёте", "як зазначено на її сайті", "как
уточняется на его сайте")."""

AFTER_PREPOSITIONS = frozenset("после після".split())
""""After" in both languages: it opens a phrase put before a subject and it opens a time, so
``FRONTING_WORDS`` and ``TIME_PREPOSITIONS`` both take it from here."""

FRONTING_WORDS = AFTER_PREPOSITIONS | frozenset("среди серед кроме крім помимо окрім".split())
"""Words that open a phrase put before a subject ("Среди причин он назвал …"), besides
the prepositions."""

TIME_PREPOSITIONS = AFTER_PREPOSITIONS | frozenset(
    "перед накануне напередодні протягом впродовж продовж".split()
)
"""Prepositions that open a time ("после жалоб родителей", "напередодні виборів", "протягом
тижня"): no body's name holds one, so after a name it ends the name ("Прокуратура … области
после жалоб …")."""

PERIOD_NOUNS = frozenset(
    """неделю неделя недели недель неделе тиждень тижні тижня тижнів тижні добу доба доби
    сутки суток месяц месяца месяцев месяцы місяць місяця місяців місяці год года лет годы
    рік року роки років квартал квартала кварталы квартали півріччя полугодие полугодия
    день дня дни дней дні днів""".split()
)
"""Nouns naming a span of time in both languages, in the cases a preposition puts them in
("за прошлую неделю", "за минулий тиждень", "в течение суток", "за три місяці"): with the
preposition before them a time, never a word of a body's name."""

NOTICE_PHRASES = ("о подозрении", "про підозру", "об обвинении", "про обвинувачення")
"""Objects that make "сообщили"/"повідомили" a legal act ("Затриманим повідомили про
підозру"): a procedural step, not a report (no source)."""

NO_REPLY_STEMS = ("ответ", "відпові", "отреагир", "відреагув")
"""Word starts of a reply itself ("не ответили", "не відреагував"): denied, nothing was said,
whoever was asked, an unnamed spokesperson too ("Представители певицы на звонки не ответили")."""

UNANSWERED_VERBS = (*NO_REPLY_STEMS, "прокомментир", "прокоментув", "уточн", "раскры",
                    "розкри", "сообщи", "сообща", "повідоми", "повідомля", "называ", "назва",
                    "назива")  # fmt: skip
"""Word starts of a reply that a "не" before it denies ("В пресс-службе не ответили на
запрос", "У міністерстві не відповіли", "Адресу складу в мерії не уточнили", "Причину полиция не
называет", "Як він утік, поліція не повідомила"): nobody said anything, so no source
(sourcing none, README item 29)."""

DECLINED_VERBS = ("отказал", "отказыва", "отказа", "відмовил", "відмовля", "відмови")
DECLINED_OBJECTS = ("комментари", "коментар")
"""Word starts of "declined to comment" ("от комментариев отказались", "від коментарів
відмовився"): the refusal is the named source's own answer, so it is attributed like words."""

NO_COMMENT_CONTENT_WORDS = frozenset(
    "что що но але однако проте однак зато заявил заявила заявили заявив заявила сказал "
    "сказала сказали сказав сообщил сообщила сообщили повідомив повідомила повідомили".split()
)
"""Words that bring something said beside a refusal («отказался от комментариев, но сказал,
что …»): such a sentence is no bare refusal (``score.combined.refuses_comment``)."""

PAST_ENDINGS = ("л", "ла", "ло", "ли", "в", "вши")
PRESENT_ENDINGS = ("ет", "ёт", "ют", "ут", "ит", "ят", "ает", "ают", "є", "ють", "е", "уть",
                   "ить", "ять", "ться", "ются", "ется", "аться", "яться")  # fmt: skip
PLURAL_VERB_ENDINGS = ("ют", "ут", "ят", "ють", "уть", "ять", "ли")
"""Third-person plural endings, present and past ("советуют", "радять", "порадили")."""

CITING_GERUNDS = ("ссылаясь на", "посилаючись на")
"""A speaker's "citing X" ("У мерії розповіли, посилаючись на КП «X», що …"): X is the
source (README convention 40, the inner speaker) when the text names it; citing a risk, a
group's estimates or its own sums leaves the speaker who cites."""

ACCORDING = (
    "по словам", "по данным", "по информации", "по сведениям", "по версии", "по мнению",
    "по оценке", "по оценкам", "по подсчетам", "по подсчётам", "по прогнозу", "по прогнозам",
    "согласно данным", "согласно", "за прогнозом", "за прогнозами", "по расчетам",
    "по расчётам", "за підрахунками", "за розрахунками",
    "со слов", "со ссылкой на", *CITING_GERUNDS,
    "за словами", "за даними", "за інформацією", "за версією", "на думку", "за оцінками",
    "за оцінкою", "згідно з даними", "згідно з", "з посиланням на", "із посиланням на",
    "зі посиланням на", "зі слів",
    "за повідомленням", "по сообщению", "по заявлению", "за заявою", "по утверждению",
    "за твердженням", "по признанию", "за визнанням",
)  # fmt: skip
"""Phrases that put the source after them: "по словам Игоря Ветрова", "за даними НБУ", "по
признанию директора X" (what X admits)."""

CONTENT_CONJUNCTIONS = ("что", "що")
"""The conjunction that opens reported speech's content clause: «заявил, что Z», «повідомила,
що Z» (``extract.reported``: the claim a verdict judges is Z)."""

PERSONAL_ACCORDING = frozenset(
    {"по словам", "по мнению", "со слов", "за словами", "на думку", "зі слів"}
)
"""Of ``ACCORDING``: these only a person (or a group) fills: "по словам Зорина" is a man."""

GENITIVE_PLURAL = ("ов", "ев", "ей", "ів", "їв", "ёв")
"""Endings of a plural head in the genitive: "по данным синоптиков", "за даними медиків"."""
PLURAL_GENITIVE_ADJECTIVES = ("их", "ых", "ихся", "ыхся", "іх", "їх")
"""Endings of an adjective or participle in the plural genitive ("местных", "собравшихся",
"деяких"): with ``GENITIVE_PLURAL``, a bare role after "по словам" that is many people."""

CHANNEL_PHRASES = frozenset(
    {"со ссылкой на", "з посиланням на", "із посиланням на", "зі посиланням на"}
)
"""Of ``ACCORDING``: these name the outlet that passed the words on, not always the source."""

INTRODUCERS = ("об этом", "о том", "про це", "як", "как")
"""Words before a verb that put its subject after it: "Об этом сообщил X", "Как заявил X"."""

FORWARD = ("об этом", "о том же", "про це", "эту информацию", "цю інформацію")
"""A sentence that opens with these gives its source to the sentences before it in its
paragraph: "Больницу закроют на ремонт. Об этом сообщили в минздраве." (forward attribution)."""

SOURCE_NOUNS = frozenset(
    """
    источник источника источнику источники источников источникам собеседник собеседника
    собеседнику собеседница собеседницы собеседники собеседников инсайдер инсайдера
    информатор информатора осведомитель
    джерело джерела джерелу джерел джерелам співрозмовник співрозмовника співрозмовниця
    співрозмовниці співрозмовники співрозмовників інсайдер інсайдера
    """.split()
)
"""Head nouns of an unnamed source: "источник в правительстве", "джерело в міськраді"."""

FRIEND_NOUNS = frozenset(
    """
    подруга подружка друг приятель приятельница знакомый знакомая товарищ
    подруга подружка друг приятель приятелька знайомий знайома товариш
    """.split()
)
"""A friend or acquaintance of someone ("Подруга актрисы рассказала", "Знайомий співака
розповів"): one of many the text does not name, so an unnamed source (README: "a pal of
the star"), never a named speaker "Подруга актрисы"."""

SOURCE_SUBJECTS = frozenset(
    """источник источники собеседник собеседники собеседница инсайдер джерело співрозмовник
    співрозмовники співрозмовниця інсайдер""".split()
)
"""The nominative forms of ``SOURCE_NOUNS`` ("джерела" is also a genitive: left out)."""

GENERIC_SOURCE_NOUNS = frozenset("источник источники джерело".split())
"""Of ``SOURCE_SUBJECTS``, the ones that also mean an origin ("Источник пожара не
установлен", "Джерело фінансування не визначене"): an unnamed source only with a
complement after them ("источник в правительстве", "источник издания", "джерело, близьке
до …")."""

SOURCE_COMPLEMENT_STEMS = ("издани", "видан", "агентств", "агенці", "газет", "телеканал")
"""Word starts of the outlet a generic source noun belongs to ("источник издания")."""

RUBRIC_WORDS = frozenset(
    """важно срочно молния видео фото онлайн главное эксклюзив мнение опрос инфографика
    новости обновлено обновление внимание
    важливо терміново блискавка відео онлайн головне ексклюзив думка опитування інфографіка
    новини оновлено оновлення увага""".split()
)
"""Rubric words a newsroom puts before a colon ("ВАЖНО: …", "ВІДЕО: …"), in capitals like an
acronym: never a speaker."""

ANONYMITY = (
    "на условиях анонимности", "на правах анонимности", "пожелавший остаться",
    "пожелавшая остаться", "пожелавшие остаться", "попросивший не называть",
    "попросившая не называть", "попросившие не называть", "не назвавший", "не назвавшая",
    "просил не называть", "просила не называть", "отказавшийся назвать",
    "на умовах анонімності", "на правах анонімності", "побажав залишитися",
    "побажала залишитися", "побажали залишитися", "попросив не називати",
    "попросила не називати", "попросили не називати", "попросило не називати",
    "побажало залишитися", "не назвав свого",
    "не назвала свого", "пожелал остаться", "пожелала остаться", "сохранить анонимность",
    "сохранить анонимность", "условии анонимности", "просьбе об анонимности",
    "не раскрывать его", "не раскрывать ее", "не раскрывать её", "не раскрывать их",
    "зберегти анонімність", "умови анонімності", "не розкривати", "попросив анонімності",
    "попросила анонімності", "попросил об анонимности", "попросила об анонимности",
)  # fmt: skip
"""An anonymity phrase anywhere makes the source anonymous, whoever else is named."""

UNOFFICIAL_ADVERBS = frozenset("неофициально неофіційно".split())
"""Adverbs of telling off the record, by a body's verb of saying ("В мэрии неофициально
признают, что …", "У міській раді нам неофіційно повідомили, що …"): the body's people speak
without being named, so the source is unnamed and the body is whom they speak for (README
convention 20), not the body on the record."""

_NAME_WORD = r"(?:им[яе]\w*|ім['’]?я|імен\w*|прізвищ\w*|фамили\w*)"
"""A person's own name, given name or surname, in any case ("имени", "ім'я", "прізвище")."""

_OWN_NAME = (
    r"(?:представ\w*(?:ся|сь)|на(?:з[ыи]в|зв)а\w*(?:ся|сь)(?=\s*[,.;:)—–]|$)"
    r"|(?:на(?:з[ыи]в|зв)|ра[сз]кр[иы]в?)\w* "
    rf"(?:(?:сво|йог|ег|е[её]|її)\w* )?{_NAME_WORD})"
)
ANONYMITY_FORMS = re.compile(
    r"(?<![\w-])(?:по)?прос\w* (?:об|про) анон[иі]мн\w*"
    r"|(?<![\w-])на (?:услови|умов|правах)\w* анон[иі]мн\w*"
    r"|(?<![\w-])(?:по)?прос[иья]\w* не [а-яёіїєґ'’]+(?:ть|ти)(?:ся|сь)? "
    rf"(?:(?:сво|йог|ег|е[её]|її)\w* )?{_NAME_WORD}"
    rf"|(?<![\w-])(?:не (?:(?:за)?хот|пожела|побажа)|отказ|відмов)\w* {_OWN_NAME}"
)
"""Anonymity put as a request or an unwillingness, in any gender, number or participle
("попросив про анонімність", "попросивший об анонимности", "яка не захотіла називати свого
імені", "не захотел представиться", "не пожелавшая назвать свое имя", "який не захотів
називатися," with nothing after the verb: "не хочет называться банкротом" is no anonymity,
"відмовився назвати своє прізвище"; asked not to have the name put out by any verb, "попросив
не розголошувати його ім'я", "попросившая не указывать свою фамилию"; "on condition of
anonymity" in any case, "на умові анонімності", "на условии анонимности"): the grammar
``ANONYMITY``'s fixed phrases leave out, read by stem."""

MAYOR_STEMS = ("мэр", "мер")
"""The post of a city's head, Russian then Ukrainian: the one home of the two words
(``OFFICE_STEMS``, ``INSTITUTION_ALIASES``' «градоначальник», ``lexicon.kinds``'
``CYRILLIC_MAYOR_POSTS`` take them from here; review40 item 3)."""
LAWYER = "адвокат"
"""A lawyer's noun, one word in both languages: its one home (``UNNAMED_ROLES``,
``LAWYER_STEMS``, the aliases of a defender, ``lexicon.kinds.CYRILLIC_POST_STEMS``)."""

OFFICE_STEMS = (
    "министр", "міністр", "замминистр", "вице-премьер", "віцепрем", "премьер", "прем'єр",
    "прем’єр", "президент", "губернатор", "глава", "главы", "голова", "голови", "председател",
    "директор", "гендиректор", "руководител", "керівник", "начальник", "командующ",
    "командувач", "командир", "посол", "спикер", "спікер", "прокурор", "генпрокурор",
    "ректор", "тренер", "наставник", "омбудсмен", "уполномоченн", "уповноважен", "канцлер",
    *MAYOR_STEMS, "мэра", "мера", "очільни", "госсекретар", "держсекретар", "генсек",
    "депутат", "нардеп", "сенатор", "парламентар", "замглав", "заместител", "заступник",
    "советник", "радник", "помощник", "помічник", "замдиректор", "замначальник",
    "замгубернатор", "замруковод", "заступниц", "керівниц", "начальниц", "помічниц",
    "радниц",
)  # fmt: skip
"""Word starts of offices one person holds ("министр обороны", "голова правління"): named by
the office alone, the holder is a person the article may have named before."""

GENERAL_POSTS = (
    "глава", "главы", "голова", "голови", "руководител", "керівник", "очільни", "начальник",
    "председател", "парламентар", "нардеп", "депутат", "спикер", "спікер",
)  # fmt: skip
"""Word starts of the ``OFFICE_STEMS`` that name any head or any member of a body ("глава
региона", "глава компании", "парламентарий", "нардеп"): an epithet for whoever the article
introduced, unlike a post of its own ("губернатор", "министр"), which is never the minister's
when said of a governor."""

OFFICE_SYNONYMS = {
    "наставник": ("тренер",), "рулев": ("тренер",), "тренер": ("наставник",),
    "градоначальник": MAYOR_STEMS, "очільни": ("голова", "керівник", "директор"),
    "защитни": (LAWYER,), "захисни": (LAWYER,), LAWYER: ("защитник", "захисник"),
}  # fmt: skip
"""Other words for one office ("наставник полтавців" for the "головний тренер" the article
named): a word start -> the offices it stands for."""

AGENCY_ANAPHORS = stems("agency")
"""Word starts of the general noun for a state agency ("в ведомстве", "у відомстві"): it
stands for whichever agency the text means, first the one its own sentence opens with."""
SOURCE_LINE_WORDS = ("джерело", "источник")
"""A news site's line under the lede that names its source («Джерело: Патрульна поліція
Сумщини у Facebook», «Источник: пресс-служба МЧС»)."""
VERBATIM_WORDS = ("дослівно", "дословно")
"""A news site's lead-in to the source's words quoted whole («Дослівно: "…"»)."""
ENTERPRISE_ANAPHORS = stems("enterprise")
"""Word starts of "enterprise" ("в пресс-службе предприятия", "на підприємстві"): a plant,
a works, a utility or a firm of any trade, never a state body (``GOVERNMENT_STEMS``)."""
GOVERNMENT_NOUNS = stems(
    "ministry", "agency", "administration", "government", "mayoralty", "duma", "rada", "council",
    "inspectorate", "service", "directorate", "department", "committee",
)  # fmt: skip
"""Word starts of the general nouns for a state body other than the courts and police
(``JUSTICE_NOUNS``): ministries, agencies, councils, offices."""
GOVERNMENT_STEMS = (*GOVERNMENT_NOUNS, *JUSTICE_STEMS)
"""Word starts of a state body's name (ministries, agencies, councils, courts, police): what
an enterprise noun never stands for ("Минэкономики проверит завод, заявили на предприятии":
the plant's words, not the ministry's)."""
SCHOOL_STEMS = (
    *stems("school"), "гимнази", "гімназі", "лице", "ліце", *stems("college"), "техникум",
    "технікум", "училищ", *stems("university"), "институт", "інститут", "академи", "академі",
)  # fmt: skip
"""Word starts of a school's kind ("в школе № 146", "у ліцеї «Престиж»"), at most three
letters of ending after them ("лицензия" is none): what "учебное заведение" and "навчальний
заклад" stand for."""
SCHOOL_PERIPHRASES = ("заведени", "заклад")
"""Word starts of the nouns of "учебное заведение", "навчальний заклад": a school named in the
same sentence by its kind and its number or name."""
GENERAL_ANAPHORS = (
    "организаци", "організаці", "учрежден", "установ", "заклад", "вуз", "инстанци", "інстанці",
    "заведени", *ENTERPRISE_ANAPHORS,
)  # fmt: skip
"""Word starts of general nouns for a body of any kind ("в пресс-службе вуза", "в
организации", "на сайте учебного заведения", "в пресс-службе предприятия"): like
"ведомство", first the body their own sentence opens with."""
OFFICE_ANAPHORS = frozenset("ведомства відомства".split())
"""Complements that point back at the institution just named ("глава ведомства")."""

UNNAMED_ROLES = (
    LAWYER,
    "представител",
    "представник",
    "речник",
    "речниц",
    "пресс-секретар",
    "прес-секретар",
    "чиновни",
    "посадовц",
    "посадовец",
    "посадовиц",
    "сотрудни",
    "співробітни",
    "дипломат",
    "урядовц",
    "урядовец",
    "официальный представ",
    "офіційний представ",
    "защита",
    "захист",
    "защитник",
    "захисник",
)
"""Word starts of an official named by role ("представитель ведомства", "чиновник",
"речниця міністерства", "защита обвиняемого", "захист Петрука", "защитник подсудимого",
"захисник директорки": the defence's unnamed lawyers): with no name after it, an unnamed
source (like "a spokesman")."""

_KIN_DECLENSIONS = """
мать матери матерью
мати матері матір'ю матір’ю
мама мамы маме маму мамой
мама мами мамі мамою
отец отца отцу отцом
батько батька батькові батьку батьком
папа папы папе папу папой
тато тата татові татом
сестра сестры сестре сестру сестрой сестри сестрі сестрою
брат брата брату братом братові
дочь дочери дочерью
дочка дочки дочке дочку дочкой дочці дочкою
донька доньки доньці доньку донькою
сын сына сыну сыном
син сина синові сину сином
жена жены жене жену женой
дружина дружини дружині дружину дружиною
муж мужа мужу мужем
чоловік чоловіка чоловікові чоловіком
вдова вдовы вдове вдову вдовой вдови вдові вдовою
бабушка бабушки бабушке бабушкой
бабуся бабусі бабусею
бабця бабці
дедушка дедушки дедушке дедушкой
дідусь дідуся дідусеві дідусем
тетя тети тете тетей
тётя тёти тёте тётей
тітка тітки тітці тіткою
дядя дяди дяде дядей
дядько дядька дядькові дядьком
внук внука внуку внуком
онук онука онукові онуком
внучка внучки внучке внучкой
онучка онучки онучці
родственник родственника родственнику родственником
родственница родственницы родственнице
родич родича родичу родичем
родичка родички родичці
"""
KIN_NOUNS: dict[str, str] = {
    form: line.split()[0] for line in _KIN_DECLENSIONS.strip().splitlines() for form in line.split()
}
"""A relation's singular forms, Russian and Ukrainian, each to its nominative ("матері" ->
"мати", "отца" -> "отец"): the person heads of these languages (English's are
``extract.cues.PERSON_HEADS``). A relation with an owner after it ("мать девочки", "батько
загиблого") is one person, never a body; the plural ("родственники осужденных") is a group,
so it is not here."""


MANAGER_STEMS = ("топ-менеджер", "топменеджер", "менеджер", "банкир", "банкір")
"""Word starts of managers who, counted and unnamed ("три топ-менеджера компаний", "двоє
менеджерів банків"), are unnamed sources."""

KNOWING_NOUNS = frozenset(
    "человек люди людей людина людини лицо лиц особа осіб собеседник співрозмовник".split()
)
"""Plain nouns for a person that an aside makes an unnamed source: "Человек, знакомый с
ситуацией, …", "Людина, знайома з ходом переговорів, …", "по словам двух близких
к мэрии людей"."""

PEOPLE_STEMS = ("человек", "люд", "осіб", "особ")
"""Word starts of plain words for people, in any case and number ("два человека", "троє
людей", "п'ять осіб"): counted by a report that does not name them, unnamed sources."""

CLOSENESS_STEMS = ("близк", "близьк", "знаком", "знайом", "осведомл", "обізнан", "поінформ")
"""Word starts of the adjectives that describe an unnamed source by what it is close to or
knows, in any case ("близких к мэрии людей", "знакомого с ситуацией человека")."""

QUANTIFIERS = frozenset(
    """два две три четыре несколько двое трое четверо оба обе один одна два дві три чотири
    кілька двоє троє обидва обидві""".split()
)
"""Numbers before a source noun ("два источника", "кілька джерел"): part of the source."""
AMOUNT_WORDS = frozenset(
    "много немало мало множество несколько багато чимало небагато кілька".split()
)
"""An amount with its noun in the genitive after an impersonal verb ("Работало много полиции",
"Приїхало чимало рятувальників"): the clause has no subject in the nominative."""
COUNTS_OBLIQUE = frozenset(
    "двух трех трёх четырех четырёх нескольких двоих троих обоих обеих двох трьох чотирьох "
    "кількох обох".split()
)
"""The same numbers in the genitive or accusative ("по словам двух чиновников", "з посиланням
на трьох посадовців"): a counted group of people, never a name."""

ASIDE_ADJECTIVES = frozenset(
    """
    знакомый знакомая знакомые знакомое близкий близкая близкие близкое осведомленный
    осведомлённый осведомленная осведомлённая осведомленные осведомлённые
    знайомий знайома знайоме знайомі близький близька близьке близькі обізнаний обізнана
    обізнане обізнані поінформований поінформована поінформоване поінформовані
    """.split()
)
"""Adjectives that open an aside describing an unnamed source ("Источник, знакомый с планами
переговоров, сообщил …", "Джерело, близьке до уряду, повідомило …"): what they set off is a
description of the subject before them, never a clause of its own."""

AFFILIATION_LINKS = frozenset("в во у из із з при к до".split())
"""Prepositions that tie an unnamed source to its institution: "источник в правительстве",
"близкий к делегации", "джерело у Міноборони", "близьке до уряду"."""

PRONOUNS = {
    "он": "m", "она": "f", "оно": "n", "они": "pl", "він": "m", "вона": "f", "воно": "n",
    "вони": "pl",
}  # fmt: skip
PERSON_KIND_NOUNS = {
    **dict.fromkeys(
        """женщина жінка девушка дівчина пенсионерка пенсіонерка жительница жителька мешканка
        горожанка містянка пострадавшая потерпевшая постраждала потерпіла хозяйка господиня
        владелица власниця""".split(), "f"),
    **dict.fromkeys(
        """мужчина чоловік парень хлопець пенсионер пенсіонер житель мешканець горожанин
        містянин пострадавший потерпевший постраждалий потерпілий хозяин господар владелец
        власник""".split(), "m"),
    **dict.fromkeys(
        """читательница читачка зрительница глядачка слушательница слухачка пассажирка
        пасажирка покупательница покупниця клиентка клієнтка пациентка пацієнтка соседка
        сусідка очевидица очевидиця пользовательница користувачка подписчица підписниця
        жилица""".split(), "f"),
    **dict.fromkeys(
        """читатель читач зритель глядач слушатель слухач пассажир пасажир покупатель покупець
        клиент клієнт пациент пацієнт сосед сусід очевидец очевидець пользователь користувач
        подписчик підписник жилец""".split(), "m"),
}  # fmt: skip
"""Nouns of a person's sex, age or standing, nominative singular, each with its gender: "Жінка
зазначила", "Мужчина добавил" alone before or after a verb of speech are the woman or man the
article has just named, never a name (the noun is written with a capital only because it opens
the sentence) nor a body; read like "она"/"він" (README, "A common noun is never a named
speaker (session 35, `ruuk35b`)")."""
OWNER_KIND_NOUNS = frozenset(
    "хозяйка господиня владелица власниця хозяин господар владелец власник".split()
)
"""The ``PERSON_KIND_NOUNS`` of an owner: with a complement ("власник кафе") one person the
article can name, so never read as an unnamed member of the public."""
_DEMONYM = re.compile(r"..(?:[чжд]ан|ян)(?:ин|ка)$")
"""A demonym's endings, nominative singular («сумчанка», «горожанин», «киянка»,
«харків'янин», «киевлянка»): a person of a place, never a name."""
_DEMONYM_OBLIQUE = re.compile(r"..(?:[чжд]ан|ян)(?:ина|ину|ином|ки|ке|ку|кой|кою|ці)$")
"""The demonym's other cases («за словами сумчанки», «по словам горожанина»)."""


def person_kind(low: str) -> str | None:
    """The gender of a noun naming an unnamed member of the public in the nominative singular
    (``PERSON_KIND_NOUNS``, or a demonym by its endings), else None."""
    if low in PERSON_KIND_NOUNS:
        return PERSON_KIND_NOUNS[low]
    if _DEMONYM.search(low):
        return "f" if low.endswith("ка") else "m"
    return None


def unnamed_person(low: str) -> bool:
    """Is ``low`` a noun of an unnamed member of the public in any case («жительницы»,
    «читачки», «сумчанки», «мужчины»): a ``PERSON_KIND_NOUNS`` word's stem with a case ending,
    or a demonym? Owners excepted (``OWNER_KIND_NOUNS``)."""
    if person_kind(low) is not None or _DEMONYM_OBLIQUE.search(low):
        return low not in OWNER_KIND_NOUNS
    for word in PERSON_KIND_NOUNS:
        if word in OWNER_KIND_NOUNS or len(word) < 5 or not word.isalpha():
            continue
        stem = word[:-1] if word[-1] in "аяйь" else word
        if low.startswith(stem) and low[len(stem) :] in _SINGULAR_ENDINGS[word[-1] in "ая"]:
            return True
    return False


def public_plural(low: str) -> bool:
    """Is ``low`` a plural (the genitive after "one of") of a noun of an unnamed member of the
    public («жительниц», «жителей», «жильцов», «мешканців», «пассажиров»): a
    ``PERSON_KIND_NOUNS`` word's stem, its vowel before a last «ц» dropped ("жилец":
    «жильцов»), with a plural ending? Owners excepted (one the article can name)."""
    for word in PERSON_KIND_NOUNS:
        if word in OWNER_KIND_NOUNS or len(word) < 5:
            continue
        stem = word[:-1] if word[-1] in "аяйь" else word
        if stem.endswith(("ец", "ець")):
            stem = stem[: -3 if stem.endswith("ець") else -2]  # "мешканець": «мешканців»
        if low.startswith(stem) and low[len(stem) :].lstrip("ьц") in _PLURAL_ENDINGS:
            return True
    return False


_PLURAL_ENDINGS = frozenset("ей ов ев ів їв иц ок ниц".split()) | {""}
"""The genitive plural endings after a person noun's stem («жителей», «жильцов», «мешканців»,
«жительниц», «мешканок», «пенсионерок»: the stem then nothing)."""


_SINGULAR_ENDINGS = (
    frozenset("а я у ю ом ем ові еві".split()),
    frozenset("ы и і е у ю ой ою ей ею".split()),
)
"""The oblique singular endings of a masculine noun of a person («жителя», «читачеві»), then
of a feminine one in «-а»/«-я» («жительницы», «жінки»): never a plural («жители»)."""


DEMONSTRATIVE_SUBJECTS = {"тот": "m", "та": "f", "той": "m"}
"""A demonstrative alone as a subject, its verb agreeing ("Тот от комментариев отказался", "Та
ответила"): the person just named, like a personal pronoun, never a name (``DEMONSTRATIVES``
open an object put first)."""
POSSESSIVE_PRONOUNS = {
    "его": "m", "её": "f", "ее": "f", "их": "pl", "його": "m", "її": "f", "їх": "pl",
    **dict.fromkeys("їхніми їхнім їхню їхньою їхній їхня їхні".split(), "pl"),
}  # fmt: skip
"""Possessives of "по его словам", "за її словами", "за їхніми словами" (Ukrainian's
inflected "їхній" beside the invariant "їх"): a pronoun for the previous speaker."""

COUNCIL_COMPOUNDS = {
    "міськрад": "міська рада", "облрад": "обласна рада", "райрад": "районна рада",
    "сільрад": "сільська рада", "горсовет": "городской совет", "облсовет": "областной совет",
    "райсовет": "районный совет", "гордум": "городская дума",
}  # fmt: skip
"""A council's compound noun (its stem) and the two words it shortens ("на сайті міськради":
the "… міська рада" the article named; "горсовета": the "… городской совет")."""

PRESS_OFFICES = (
    "пресс-служб", "прес-служб", "пресслужб", "пресцентр", "пресс-центр", "прес-центр",
    "пресгруп", "прес-груп", "пресс-групп", "прессгрупп",
)  # fmt: skip
"""Word starts of an institution's press office ("пресс-служба", "пресцентру", "пресгрупі":
the press group of a security service's regional office, «у пресгрупі Управління СБУ»)."""
CABINET_STEMS = stems("cabinet")
"""Word starts of the cabinet's shortened noun ("у Кабміні", "кабмин одобрил")."""

ORG_STEMS = (
    "пресс-служб", "пресслужб",
    *stems("service", "ministry", "agency", "administration", "mayoralty", "government"),
    *CABINET_STEMS, *stems("prosecutor", "court"), "следстви", "слідств", *stems("police"),
    "агентств", "издани", "видання", *stems("company", "bank"), "бюро",
    *stems("committee", "directorate"), "институт", "інститут", "центр",
    *stems("duma"), "думы", "думе", *stems("rada"), "ради", "раді", "рады", *COUNCIL_COMPOUNDS,
    *stems("council", "staff", "general-staff"), "арми", "армі", "сил", *stems("fund"), "союз",
    "спілк", "профспілк", "профсоюз", "ассоциаци", "асоціаці", "партия", "партии", "партія",
    "партії", "клуб", "лига", "лиги", "ліга", "ліги", *stems("plant", "university"), "академи",
    "академі", *stems("department"), "ведомост", "газет", "телеканал", "канал", "регулятор",
    "минфин", "мінфін", BODY_NOUNS["health"].ru, "федерац", BODY_NOUNS["interior"].ru,
    *stems("emergencies"), "нбу", "цб", "оон", "нато", "сайт", "власт",
)  # fmt: skip
"""Word starts of institutions (lower case): "пресс-служба суда", "фінансового управління".
A body's kind noun is taken from its one home, ``lexicon.bodies`` (``stems``), as in every
list here that names one: add a kind's noun there, never here."""

GROUP_STEMS = (
    "эксперт", "експерт", "аналитик", "аналітик", "экономист", "економіст", "эколог",
    "еколог", "жител", "мешканц", "мешканці", "учёны", "ученые", "учені", "вчені", "врачи",
    "лікарі", "политолог", "політолог", "очевидц", "свидетел", "свідк", "критик", "местные",
    "місцеві", "горожан", "містян", "пассажир", "пасажир", "болельщик", "вболівальник",
    "инвестор", "інвестор", "трейдер", "депутаты", "депутати", "чиновники", "посадовці",
    "активист", "активіст", "правозащитник", "правозахисник", "волонтер", "волонтёр", "медики",
    "рятувальник", "спасател", "синоптик", "фермер", "аграрі", "аграрии", "родители", "батьки",
    "участники", "учасники", "металлурги", "металурги", "сми", "змі", "блогер",
    "пенсионер", "пенсіонер", "предпринимател", "підприємц", "перевізник", "перевозчик",
    "следстви", "слідств", "следователи", "слідчі", "обвинени", "обвинуваченн",
    "пользовател", "користувач", "науковц", "исследовател", "дослідник",
    # people of a kind, plural nominative only (a singular is one person, not a group)
    "прихожане", "парафіяни", "вкладчики", "вкладники", "жены", "жёны", "рабочие",
    "робітники", "шахтеры", "шахтёры", "шахтарі", "горняки", "гірники", "клиенты", "клієнти",
    "студенты", "студенти", "учителя", "вчителі", "водители", "водії", "покупатели",
    "покупці", "абоненты", "абоненти", "туристы", "туристи",
)  # fmt: skip
"""Word starts of vague groups (plural): "эксперты считают", "мешканці скаржаться",
"прихожане утверждают" (attr24b: kinds of people, never a name however capitalised)."""

SIDE_STEMS = ("оппозици", "опозиці")
"""Word starts of a side of several parties, no one body ("оппозиция заявляет", "опозиція
вимагає перерахунку"): a vague group in the singular, as the English ``cues.SIDE_NOUNS``
(README, heldout26 conventions no. 6); a coalition the article names is a body."""

EXPERT_STEMS = (
    "синоптик", "аналитик", "аналітик", "экономист", "економіст", "эксперт", "експерт",
    "учёны", "учены", "учені", "учений", "вчені", "вчений", "науковц", "науковець",
    "исследовател", "дослідник",
)  # fmt: skip
"""Word starts of a body's experts: "Синоптики Тверского ЦГМС прогнозируют", "Аналітики НБУ
очікують", "науковці Інституту …" speak as the body they work for (its name, named), unlike
its members or people of a kind ("Сапери ДСНС кажуть": a group)."""

STAFF_STEMS = ("сотрудник", "співробітник", "працівник")
"""Word starts of a body's staff: with a verb of finding ("…, выяснили сотрудники института
X") they speak as the body, as its experts do; saying something of their own ("Сотрудники
завода заявляют, что не получают зарплату") they are a group."""
BODY_STAFF_STEMS = (*EXPERT_STEMS, *STAFF_STEMS)
"""A body's experts or staff, who speak as the body when they found, measured or counted
something, or open a sentence before its name ("Ученые Заречного университета нашли …",
"Сотрудники института измеряли …")."""

ORG_ANAPHORS = (
    "организаци", "організаці", *stems("agency"), "регулятор", *stems("company", "ministry"),
    *stems("enterprise"), "корпораци", "корпораці", "холдинг", *stems("inspectorate"), "клуб",
    *stems("bank", "fund"), "оператор", "перевозчик", "перевізник", "производител", "виробник",
    "автопроизводител", "автовиробник", "авиакомпани", "авіакомпані",
    *stems("airport", "theatre", "museum", "plant"), "фабрик", "комбинат", "комбінат",
    "фестивал", "галере", "учрежден", "форум", "выставк", "виставк", *stems("service"), "вуз",
    "заклад", "заведени", "магистрал", "магістрал",
    "объединени", "об'єднанн", "об’єднанн", "инстанци", "інстанці",
)  # fmt: skip
"""Word starts of the common nouns that stand for an institution named before ("Организация
призвала …", "В ведомстве уточнили", "говорится в сообщении регулятора", "в пресс-службе
автопроизводителя", "у пресслужбі виробника"): alone (no name after them) they point back,
like "the company" or "the carmaker" in English, and never are a name."""

INSTITUTION_HEADS = (*ORG_STEMS, *ORG_ANAPHORS, "гварди", "гварді", "войск", "військ")
"""Word starts of the noun an institution's name is built on («Державній службі …»,
«Національної гвардії», «Сухопутных войск»): Russian and Ukrainian capitalise only the name's
first word, an adjective, so the noun is what tells a body's name from an adjective alone."""

SETTING_BODY_STEMS = (
    *(s for s in INSTITUTION_HEADS if s not in ("центр", "канал", "сайт", "сил")), *SCHOOL_STEMS,
    "цирк", *stems("zoo"), "зоосад", "океанариум", "океанаріум", "дельфинари", "дельфінарі",
    "планетари", "планетарі", "заповедник", "заповідник", "нацпарк", "библиотек", "бібліотек",
    *stems("hospital"), "госпитал", "шпитал", "поликлиник", "поліклінік", "клиник", "клінік",
    "филармони", "філармоні", "консерватори", "консерваторі", "санатори", "санаторі",
    "интернат", "інтернат", "лаборатори", "лабораторі", "обсерватори", "обсерваторі",
    "комисси", "комісі", "залізниц", "отделени", "відділенн", "загон", "загін", "отряд",
    "епархи", "єпархі",
)  # fmt: skip
"""Word starts of the kind of an institution a news sentence may set its event in and then
point at with a general noun («В … цирке родился …», «У … драмтеатрі скасували …», «На …
заводі відкрили …»; ``extract.ru_uk.placed_body``): a body with staff and a press office,
never a place («В Центральном парке задержали …», «На Беломорском канале», «В Историческом
центре»: a park, a canal, a town's centre are where something happened, not who tells it;
hence no "центр", "канал", "сайт", "сил" from ``INSTITUTION_HEADS``). A stem of five letters or
more may end a compound («драмтеатр», «хлебокомбинат», «автозавод»)."""

KIND_ANAPHORS = (
    *stems("ministry", "inspectorate"), "клуб", *stems("bank", "fund", "airport", "theatre"),
    *stems("museum", "plant"), "фабрик", "комбинат", "комбінат", "фестивал",
    "галере", "форум", "выставк", "виставк", *stems("government"),
)  # fmt: skip
"""The ``ORG_ANAPHORS`` of one kind of body: "Руководство завода" is never a ministry's, "в
банке" never a club's, whoever spoke last; the general ones (организация, ведомство,
компания, предприятие, оператор …) may stand for a body of any kind. The government's nouns
are kinds here only («У міністерстві заявили» after «пресслужбу уряду» is no government's):
never a noun that stands for a body alone."""

GENERAL_BODY_STEMS = (
    *ORG_ANAPHORS, *COUNCIL_COMPOUNDS, *GOVERNMENT_NOUNS, *JUSTICE_NOUNS, *PRESS_OFFICES,
    *CABINET_STEMS, "рад", "дум", *stems("staff"), "власт", "влад",
)  # fmt: skip
"""Word starts of the general nouns for a body, which a text writes in lower case as any
noun ("в министерстве", "у мерії", "в облсовете", "в суде"): a description of a body, never
its name. What else a Russian or Ukrainian text writes in lower case for a named body is
its name as the language writes it: a compound of shortened words ("минобороны",
"міноборони", "минздрав") or an initialism as the article has it ("сбу")."""

NEWS_AGENCY_STEMS = ("агентств", "агенці")
"""Word starts of "agency", a news agency ("сообщает агентство", "в сообщении агентства") or a
state one ("Федеральное агентство …"): an outlet only when the article named no agency of the
state with the word."""
OUTLET_ANAPHORS = ("газет", "издани", "видан", "журнал", "телеканал")
"""Word starts of the common nouns for a news outlet ("по данным газеты", "по информации
издания", "як пише видання"): alone they point back to the outlet the article named, like
"the newspaper said" in English."""

CHANNEL_OUTLET_STEMS = ("телеграм-канал", "telegram-канал", "канал", "портал")
"""Word starts of the nouns that, with ``OUTLET_ANAPHORS``, introduce a name as an outlet
("журнал «Двор» опубликовал", "портал «Озёрск сегодня» сообщил"): what that name says is
a publication's, so a body's kind noun («в компании», «на предприятии») never stands for it."""

REFLEXIVE_REPORT_ENDINGS = ("ется", "ється", "лось", "лося", "лись", "лися")
"""Endings of the impersonal reflexive of a reporting verb ("сообщается", "сообщалось",
"повідомляється", "повідомлялося"): "Как сообщалось, …", "Зазначається, що …" is said by
no one the text names (unattributed)."""

PRESENT_REPORT_ENDINGS = REFLEXIVE_REPORT_ENDINGS[:2]
"""The present ones among them («сообщается», «повідомляється»): an account still going on,
where «сообщалось» is what was said before."""

HEARSAY_STEMS = ("утвержда", "стверджу")
"""Word starts of "it is alleged" («Как утверждается, …», «Як стверджується, …»): what unnamed
others allege, relayed by the writer (convention 44), never the account of a body just quoted
as «Як повідомляється, …» is (43)."""

KNOWN_TO = ("стало известно", "стало відомо")
""""…, стало известно «Ъ»": what an outlet learned from sources it does not name."""

QUOTING_VERBS = ("цитиру", "цитує", "цитуют", "цитують")
"""Word starts of "quotes X": "— цитирует Горбунова пресс-служба театра": the one quoted
(in the accusative after it) speaks, not the office or outlet that quotes."""

CITING_VERBS = ("привод", "привел", "привёл", "навод", "навів", "навела")
"""Word starts of "gives the words of X": "— приводит сайт клуба слова президента X", "—
наводить видання слова тренера X": the one whose words they are speaks (in the genitive
after "слова"), not the site or outlet."""

GIVEN_DATA = ("оценк", "оцінк", "данные", "дані", "расчет", "расчёт", "розрахун", "прогноз",
              "подсчет", "подсчёт", "цифр", "исследовани", "дослідженн", "статистик")  # fmt: skip
"""Word starts of the figures a citing verb gives ("приводят оценку X", "наводить дані X"):
X, in the genitive after them, is the source."""

REFERRING_STEMS = ("ссылает", "ссылают", "сослал", "посилає", "посилают", "посилаю", "послал")
"""Word starts of "refers to" ("Газета ссылается на данные X", "Видання посилається на
звіт"): whose figures or document follow "на" speaks, not the outlet."""

DRAFT_NOUNS = ("проект", "проєкт", "черновик", "чернетк", "поправк", "законопроект",
               "законопроєкт")  # fmt: skip
"""Word starts of "a draft of" before a document in the genitive ("проект прогноза",
"проєкт звіту"): the document is the one that follows; after a verb of publishing, a draft
whose author follows ("публикует поправки МВД", "публікує законопроєкт Мінфіну")."""

PUBLISHING_STEMS = ("публику", "опублику", "публіку", "опублікува", "оприлюдню", "оприлюдни")
"""Word starts of an outlet's publishing a document ("Газета публикует поправки МВД"): the
document's author speaks, as for a cited estimate (``GIVEN_DATA``)."""

PUBLISHED_STEMS = (
    "опубликован", "опублікован", "обнародован", "оприлюднен", "размещен", "размещён",
    "розміщен", "выложен", "викладен", "вывешен", "вивішен", "распространен", "распространён",
    "поширен", "разослан", "розіслан", "напечатан", "надрукован", "объявлен", "оголошен",
)  # fmt: skip
"""Word starts of the passive participles of making something public, in both languages: of
publishing, posting or placing (on a site, a board), spreading or sending out, printing and
announcing ("информация, размещённая на сайте X", "дані, оприлюднені Мінфіном"): who did it
(on whose site, or in the instrumental) is whose the information is."""

PREPARED_BY_STEMS = ("подготовлен", "составлен", "разработан", "підготовлен", "складен",
                     "розроблен", *PUBLISHED_STEMS)  # fmt: skip
"""Word starts of the passive participle that names a document's author in the instrumental
after it ("прогноз, подготовленный Минтрудом", "звіт, підготовлений Мінфіном"): of making it,
or of making it public (``PUBLISHED_STEMS``)."""

ADVICE_STEMS = (
    "совету", "посовету", "советова", "посоветова", "рекоменду", "порекоменду", "рекомендова",
    "порекомендова", "радять", "радили", "порадили", "предлага", "предложи", "пропону",
    "запропону", "просят", "просять", "просили", "попросили", "призыва", "заклика",
)  # fmt: skip
"""Word starts of advising, offering and asking in the plural ("советуют", "рекомендують",
"радять", "пропонують", "просят"): with only the ones advised before them in the dative
("Жителям советуют …") the verb has no subject in the text (``ru_uk._advised``)."""

ASKING_STEMS = ("прос", "попрос")
"""Word starts of asking someone to do something ("просят", "попросили", "просять"): the ones
asked are in the accusative, which for people is the genitive's form ("Жителей просят …",
"Водіїв просять …"), so a plural of them before the verb is its object, never its subject
(``ru_uk._advised``)."""

CALLING_STEMS = (*ASKING_STEMS, "призыва", "заклика")
"""Word starts of asking or calling on someone ("просят", "призывают", "закликають"): both
take the ones asked in the accusative ("Очевидців ДТП закликають …"), the object before the
verb (``ru_uk._advised``)."""

ASKED_PRONOUNS = frozenset("его её ее их меня нас вас тебя його її їх мене тебе".split())
"""Pronouns in the accusative, whom a request asks ("Его попросили покинуть зал", "Її
попросили зачекати"): before a verb of ``ASKING_STEMS`` the verb's object, never its subject."""

INFINITIVE_ENDINGS = ("ть", "ти", "чь", "ться", "тися", "тись")
"""Endings of an infinitive, Russian and Ukrainian ("помочь", "допомогти", "отремонтировать",
"достукатися"): after a verb of asking or demanding, what is asked (``ru_uk._after_verb``)."""

DATIVE_PLURAL_ENDINGS = ("ам", "ям", "ым", "им")
"""Endings of a noun or adjective in the dative plural, Russian and Ukrainian alike
("пассажирам", "мешканцям", "местным", "місцевим")."""

REGIONAL_STEMS = ("регионал", "регіонал", "областн", "обласн", "краев", "крайов")
"""Word starts of "regional", "of the oblast", "of the krai": an adjective that stands for the
region a body's name gives in the genitive ("региональное министерство здравоохранения" for
"Министерство здравоохранения Озёрной области"), never part of that name."""

_OBLAST_OR_KRAI = frozenset("области області края краю".split())
"""Oblast and krai in the genitive, Russian and Ukrainian: the four words ``REGION_WORDS`` and
``REGION_NOUNS`` share, kept here once."""

REGION_WORDS = _OBLAST_OR_KRAI | {"республики", "республіки"}
"""The last word of a regional body's name ("… Озёрной области", "… Лісової області"), which a
regional adjective ("областной", "региональный", ``REGIONAL_STEMS``) stands for. Not one list
with ``REGION_NOUNS``: a district or okrug («района», «округа») is never what "regional"
means, and a republic is not in that list's use (a lower-case region noun closing a name
after a capitalised word), where adding it would change names nobody has measured."""

DATIVE_PRONOUNS = frozenset("мне нам вам ему ей им мені йому їй їм тобі тебе".split())
"""Whom words are told to, put before the verb ("Нам пишут читатели", "Мені розповіли
сусіди"): never the speaker, who follows the verb."""

REFERRED_DOCUMENTS = (
    "заключени", "висновк", "висновок", "аудит", "проверк", "перевірк", "ревизи", "ревізі",
    "экспертиз", "експертиз", "расследовани", "розслідуванн",
)  # fmt: skip
"""Word starts of documents a report can rest on, beside ``DOCUMENT_NOUNS``: an examination's
findings, in both languages (a conclusion, an audit, an inspection or check, a revision of
accounts, an expert examination, an investigation: "ссылается на заключение палаты",
"посилається на аудит", "на перевірку, завершену в січні"): only after "refers to" (an
indictment, «согласно обвинительному заключению», is no body's statement the article gave)."""

REQUEST_STEMS = ("запит", "запрос")
"""Word starts of an outlet's request ("на власний запит до Мінфіну"): the body asked answers.
"""

OWN_WORDS = frozenset("свой своего своей свои своих своё свое свою своим своими свої своє".split())
"""Forms of "one's own" ("со ссылкой на свой опрос"): a source of the subject's own."""

CHANNEL_VERBS = ("переда", "сообща", "пиш", "переда", "повідомля", "пише", "информиру",
                 "інформу")  # fmt: skip
"""Word starts of the present-tense verbs an outlet passes words on with: "…, передает ТАСС",
"…, пише «Українська правда»", "…, повідомляє Укрінформ", "…, інформує «Вголос»"."""

OUTLET_VERBS = ("переда", "пиш", "пише")
"""Of ``CHANNEL_VERBS``, the ones that make a name an outlet by themselves ("пишет РБК",
"передает ТАСС", "«Вести» пишут"): a ministry "сообщает" too ("МВД сообщает, что …")."""

DOCUMENT_VERBS = frozenset(
    """говорится сказано указано отмечается йдеться ідеться мовиться говориться зазначено
    сообщается повідомляється уточнюється""".split()
)
KNOWN_FROM = ("известно", "відомо")
"""Of "became known from" («стало известно из постановления суда», «стало відомо з листа
компанії»): a document named after it with its issuer in the genitive is the issuer's word."""

DOCUMENT_NOUNS = (
    "сообщени",
    "заявлени",
    "документ",
    "доклад",
    "отчет",
    "отчёт",
    "пресс-релиз",
    "релиз",
    "письм",
    "постановлени",
    "приговор",
    "решени",
    "обращени",
    "повідомлен",
    "заяв",
    "звіт",
    "доповід",
    "лист",
    "постанов",
    "рішен",
    "зверненн",
    "отчетност",
    "ответе",
    "відповід",
    "отчётност",
    "звітност",
    "материал",
    "матеріал",
    "сводк",
    "зведенн",
    "распоряжени",
    "розпорядженн",
    "приказ",
    "наказ",
    "записк",
    "сюжет",
    "репортаж",
    "публикаци",
    "публікаці",
)
"""A document a source issued: "говорится в сообщении X", "йдеться у заяві X" (its author
in the genitive after it speaks)."""

SUIT_DOCUMENTS = ("иск", "жалоб", "позов", "скарг", "скарз", "ходатайств", "клопотанн")
"""Word starts of the papers a party files ("иск", "жалоба", "позов", "скарга", locative
"скарзі", "ходатайство", "клопотання"), the suits and complaints of the English
``DOCUMENT_NOUNS``: with a possessive ("в её иске говорится", "як зазначено в його скарзі")
they are the person's named before; after a spokesperson or the defence ("Защита в жалобе
просит …") the paper it speaks in, never the body it speaks for.
Matched with at most three letters after the stem ("иске", "позовом"; never "искусство")."""

ADOPTED_NOUNS = ("програм",)
"""Word starts of what a body adopts as a document of its own ("рада підтримала програму
…"), besides ``DRAFT_NOUNS``: "як зазначено в документі" after it cites that body's."""

AND_WORDS = frozenset("и і й та".split())
""""and": after a person's name it joins a second verb ("заявляє голова правління Ігор
Пасічнюк і радить …"), so the name ends there as before a verb."""

BUT_WORDS = frozenset("однако но а зато однак але проте зате".split())
"""Conjunctions that open a second main clause after a comma ("Ремонт рассчитан на год,
однако в союзе считают …", "…, але в мерії запевнили, що …"): its subject starts after them."""

CLAUSE_JOINERS = AND_WORDS | frozenset("а или або либо чи когда коли".split())
"""Conjunctions joining one clause or phrase to the next ("и", "та", "а", "або", "когда"):
never the thing a figure before them counts («примерно на 2000 человек» is a count; «с 2000 и
до …» a year: ``extract.timespan``)."""

CONNECTIVES = (
    "в свою очередь",
    "в то же время",
    "между тем",
    "тем временем",
    "при этом",
    "при цьому",
    "кроме того",
    "со своей стороны",
    "у свою чергу",
    "тим часом",
    "разом з тим",
    "крім того",
    "зі свого боку",
    "водночас",
    "натомість",
    "також",
    "также",
    "однако",
    "однак",
    "впрочем",
    "зокрема",
    "тоже",
    "теж",
    "ранее",
    "раніше",
    "позже",
    "пізніше",
    "кстати",
    "до речі",
    "напомним",
    "нагадаємо",
    "отметим",
    "зазначимо",
    "как известно",
    "як відомо",
)
"""Words that open a clause and link it to the one before ("Водночас у Міноборони
запевнили …", "При этом в Кремле заявили …"): never part of the subject after them."""

DEMONSTRATIVES = frozenset(
    """этот эта это эти эту этого этой этих такую такие такой цей ця це ці цю цього цієї цих
    таку такі""".split()
)
"""Words that open an object put first ("Эту информацию подтвердили в Минтрансе"), never a
subject: the plural verb after them is impersonal, and its institution follows "в"."""

INVERSION_OPENERS = frozenset(
    """так это вот там тут здесь тогда затем потом также тоже також теж це ось тоді потім""".split()
)
"""Closed-class words that, alone before the verb, leave the subject after it ("Так сообщил
губернатор", "Це підтвердила речниця"): never a pronoun or a name, which would be the
subject itself ("Она рассказала мэру …", "Цой сообщил губернатору …")."""

TITLE_NOUNS = (
    "спектакл", "вистав", "фильм", "фільм", "книг", "книж", "песн", "пісн", "альбом",
    "выставк", "виставк", "сериал", "серіал", "роман", "постановк", "опер", "балет", "мюзикл",
    "картин", "шоу", "програм", "проект", "проєкт",
)  # fmt: skip
"""Word starts of works whose titles stand in «» ("спектакля «Бесы»"): a title, never the
organisation an article is about."""

REPORTED_OBJECTS = frozenset(
    """информацию інформацію сведения відомості данные дані новость новину факт ситуацию
    ситуацію""".split()
)
"""What was confirmed, denied or not commented on, put before the verb ("В самой компании
информацию подтвердили", "В клинике ситуацию комментировать отказались"): the object, never
part of the institution before it."""

OBJECT_FIRST_NOUNS = REPORTED_OBJECTS | frozenset(
    """сообщение сообщения повідомлення цифры цифри подробности подробиці детали деталі
    слова""".split()
)
"""What was said, put first as the object of its verb, the speaker after the verb
(«Информацию подтвердили в полиции», «Такі дані оприлюднила Державна служба статистики»,
«Факт задержания подтвердил представитель МВД»): ``REPORTED_OBJECTS`` and the other nouns of
a message or its figures, in the accusative (the nominative where it is the same)."""

POINTER_FORMS = frozenset(
    """соответствующую соответствующие указанную указанные данную озвученную відповідну
    відповідні зазначену зазначені озвучену""".split()
)
"""Adjectives that point back at what the text just said, before an object put first
(«Соответствующую информацию подтвердили в МВД», «Відповідні дані оприлюднила …»): read as
the demonstratives are."""

GIVING_STEMS = (*PUBLISHING_STEMS, *CITING_VERBS, "навел", "опубликова", "озвучи", "обнародова",
                "распростран", "пошири")  # fmt: skip
"""Word starts of making a message or figures public, beside the verbs of speech: «Такие
данные опубликовал Минфин», «Такі дані навели в Держстаті», «Цю інформацію озвучив мер»."""

INFORMATION_STEMS = ("информаци", "інформаці", "данны", "дани", "сведени", "відомост")
"""Word starts of the nouns for information ("согласно данным, опубликованным X", "згідно з
інформацією, оприлюдненою на сайті X"): a participle after them may say whose it is."""
DATA_NOUNS = frozenset("данные данных дані даних цифры цифри сведения".split())
DATA_VERBS = (
    "свидетельству",
    "показыва",
    "привод",
    "публику",
    "свідча",
    "показу",
    "навод",
    "публіку",
    "оприлюдню",
)
"""Verbs whose subject is someone's data ("свидетельствуют данные Росстата") or that put
data out ("Такие данные приводит Росстат", "Такі дані наводить Держстат")."""

CHANNEL_NOUNS = (
    "изданию", "агентству", "газете", "телеканалу", "радиостанции", "журналистам",
    "корреспонденту", "виданню", "газеті", "журналістам", "кореспонденту", "порталу",
    "репортерам", "репортёрам",
)  # fmt: skip
"""Datives of "told OUTLET" ("рассказал изданию «…»"): the channel, never the speaker."""

NEWSROOM_DATIVES = frozenset("редакции редакції".split())
"""The newsroom told, put between the body and its verb («У водоканалі редакції пообіцяли»,
«В мэрии редакции ответили»): to whom, never part of the body's name (its genitive has the
same form, so only there, last before the verb)."""

# Settings of a reporting verb between it and its subject ("заявил в интервью РБК X",
# "сказав в ефірі телемарафону X"): the channel, not the speaker.
SETTING_NOUNS = (
    "интервью", "інтерв'ю", "інтерв’ю", "беседе", "розмові", "эфире", "ефірі", "комментарии",
    "коментарі", "обращении", "зверненні", "соцсетях", "соцмережах", "телеграм-канале",
    "телеграм-каналі", "эфир", "ефір", "разговоре", "коментарях", "комментариях",
    # where people post or talk online, in the locative, singular and plural: chats,
    # messengers, forums, blogs, podcasts, streams, reviews, public pages (not "посте",
    # "группах": a fast or a post held, a risk group)
    "чате", "чатах", "чаті", "мессенджере", "мессенджерах", "месенджері", "месенджерах",
    "форуме", "форумах", "форумі", "блоге", "блогах", "блозі", "подкасте", "подкастах",
    "подкасті", "стриме", "стрімі", "трансляции", "трансляції", "отзывах", "відгуках",
    "пабликах", "пабліках",
)  # fmt: skip

INTERVIEWER_CREDITS = (
    "розмовляла", "розмовляв", "розмову вела", "розмову вів", "розмову провела",
    "розмову провів", "спілкувалася", "спілкувався", "беседовала", "беседовал", "беседу вела",
    "беседу вёл", "беседу вел", "беседу провела", "беседу провел",
)  # fmt: skip
"""The words of an interview's credit line before the interviewer's name («Розмовляла Ганна
Сотничук», «Беседовал Павел Орлов»): the Russian and Ukrainian "Interview by"; the page is a
Q&A, and the name after them is the one asking, never the one answering."""

TELLING_THE_WRITER = frozenset(
    """кажуть казали сказали сказав сказала розповіли розповів розповіла розповідають пишуть
    писали повідомили говорят говорили сказал рассказали рассказал рассказала рассказывают
    пишут писали сообщили""".split()
)
"""Verbs of a source who tells the writer something, before or after «мені», «нам», «мне»
(«Фермери кажуть мені, що …», «Мне сказали в министерстве …»): inside an interview's
answer, the teller speaks, not the interviewee who passes it on."""
TOLD_PRONOUNS = frozenset("мені нам мне".split())
"""Whom the teller told: the writer (the interviewee answering)."""
OWNER_DATA = ("за їхніми даними", "за їхніми підрахунками", "за їхніми оцінками",
              "по их данным", "по их подсчетам", "по их оценкам")  # fmt: skip
"""A document owned by "their" («Так, за їхніми даними, ціни стоять»): in an answer, the body the
question just named."""

CHALLENGE_VERBS = frozenset(
    """каже кажуть стверджує стверджують заявляє заявляють вважає вважають говорить говорять
    утверждает утверждают заявляет заявляют считает считают говорит говорят
    запевняє запевняють наполягає наполягають уверяет уверяют заверяет заверяют
    настаивает настаивают""".split()
)
"""Present-tense verbs of an interviewer's challenge put as a statement («Міська рада каже,
що виділила кошти.», a paragraph of its own between two answers): a question. Every verb of
asserting a view or a fact to the reader, in both languages: saying, claiming, stating,
believing, assuring (запевняє, уверяет, заверяет), insisting (наполягає, настаивает)."""
FIRST_PERSON = frozenset(
    "я ми мій моя моє мої наш наша наше наші мы мой моя мое мои наш наши".split()
)
"""The speaker's own words: a sentence with one of them is the interviewee's, no challenge."""

PRESS_BYLINE_STEMS = (
    "корреспондент", "кореспондент", "журналист", "журналіст", "редактор", "обозревател",
    "оглядач", "колумнист", "колумніст", "фотограф", "спецкор", "собкор", "власкор", "автор",
    "ведущ", "ведуч", "блогер", "репортер", "публицист", "публіцист", "стажер", "стажист",
)  # fmt: skip
"""Word starts of a journalist's role after a byline's name («Анна Вербина, корреспондент»,
«Олег Рябко, оглядач»): the writer of news, whose first person is no source, never the
writer of a column in their own name (an observer, a deputy, a volunteer)."""

FIRST_PERSON_SINGULAR = frozenset("я меня мне мной мною мене мені".split())
"""A writer's own "I" in Russian and Ukrainian (the personal pronoun's forms): a column or
an account in the first person, as a news report never is outside quotations."""

OUR_ACCOUNT_RE = re.compile(r"^\W*(?:[Пп]о|[Зз]а)\s+(?:нашим|нашими)\s")
"""A sentence opened on the writer's own "we" count («По нашим подсчетам, …», «За нашими
даними, …»): in a column signed by someone outside the press, the writer's."""

ENTOURAGE_STEMS = ("окружени", "оточенн", "оточені")
"""Word starts of someone's circle («в окружении губернатора», «в оточенні мера»): the people
around a person or body, never named, so what they say is anonymous, affiliated to whom they
surround (README item 20: a source close to someone)."""

BROADCAST_ROLES = frozenset(
    """ведучий ведуча ведущий ведущая кореспондент кореспондентка корреспондент журналіст
    журналістка журналист журналистка""".split()
)
"""A Russian or Ukrainian transcript's tags that name a part («ВЕДУЧИЙ:», «Кореспондент:»):
they start a turn, the programme's own."""

PLATFORMS = frozenset(
    """facebook telegram instagram youtube viber tiktok threads twitter x фейсбук фейсбуці
    фейсбуке телеграм телеграмі телеграме твиттер твіттер вконтакте""".split()
)
"""Where an institution posts ("пресслужба компанії у Facebook", "в Telegram"): a place of
publication after "в/у/на", never part of the speaker's name."""
NETWORK_STEMS = (
    "телеграм", "telegram", "facebook", "фейсбук", "соцмереж", "соцсет", "instagram",
    "инстаграм", "інстаграм",
)  # fmt: skip
"""The same networks as word starts, for a body's own "Про це компанія повідомила в
Телеграмі" (``ru_uk``): every case of a declined name («соцмережах», «Телеграмом»), which
``PLATFORMS``' exact words do not reach; like ``SITE_STEMS``, a channel, never the speaker."""

PREPOSITIONS = frozenset(
    "в во у на по за из с со к от до при для о об про під після перед через з із зі без".split()
)
"""Words that may stand between a speaker's name and what follows it in the same phrase."""

NON_NAME_PREPOSITIONS = frozenset(
    "к ко от від до для о об про за після после перед через без під под".split()
)
"""Prepositions that never join a body's name to a capitalised word after it: "клуб до
Прем'єр-ліги" (where a coach took the club), "завод для «Ростеха»" (whom it works for) are no
names; a name holds «в», «по», «з», «при», «на» ("Совет при Президенте", "управління … в
Рівненській області")."""

FEMALE_GIVEN_ENDINGS = ("а", "я")
"""Nominative endings of women's given names ("Ирина", "Наталія"): a hint when nothing else
in the sentence shows the speaker's gender."""


EVENT_STEMS = frozenset(
    """
    задержа задерживают арестова приговори осужде осуди возбуди погиб пострада эвакуирова
    закрыл закрыт открыл открыт уволи назначи проголосова подписа запусти сбил сбит атакова
    обстреля поврежд отмени ввел введен выдели изъя обыска госпитализирова
    затрима заарештува засуди загину постражда евакуюва закрил закрит відкрил відкрит звільни
    призначи проголосува ухвали підписа запусти збил збит атакува обстріля пошкодж прибул
    розпоча скасува запровади виділи вилучи обшука госпіталізува встановлюють устанавливают
    вступил вступив набрал набрав
    """.split()
)
"""Word starts of Russian and Ukrainian verbs of events a reviewer can check against other
reports ("задержали", "проголосовали", "загинули", "розпочали", "не вступил в законную силу"):
a sentence with one is a claim even with no number or name in it (the English list is
``extract.cues.EVENT_VERBS``)."""

NUMBER_WORDS = (
    frozenset("два две двух дві двох сто половина половину вдвое втрое вдвічі втричі".split())
    | NUMBER_FORMS
)
"""Russian and Ukrainian number words ("три матчі поспіль", "от пяти до восьми лет"): a
number a reviewer can check, like a figure (the English list is ``extract.cues.NUMBER_WORDS``).
Three and up, tens and scales are ``lexicon.cyrillic``'s figures; "два", "сто" and halves and
multiples, which the matcher does not read as values, are added here."""

INSTITUTION_ALIASES = {
    **{mayoralty: (administration,) for mayoralty, administration
       in zip(stems("mayoralty"), stems("administration"), strict=True)},
    "гаван": stems("airport"),
    "магистрал": ("дорог",), "магістрал": ("залізниц",),
}  # fmt: skip
"""Stems of another noun an institution goes by ("В мэрии пообещали" after "администрацию
Тамбова": the mayor's office is the city's administration; "пресс-служба воздушной гавани"
after "аэропорт Кольцово": the airport; "в пресс-службе магистрали" after "Заозёрная
железная дорога": the railway)."""


# --- words the grammar of extract.ru_uk reads (moved here from it: one home per vocabulary) ----
ADVERBS = frozenset(
    """также тоже позже ранее ещё еще уже вчера сегодня накануне вновь лично прямо впервые
    давно теж також пізніше раніше вже вчора сьогодні напередодні знову особисто вперше
    здавна официально офіційно неофициально неофіційно публично публічно
    неоднократно неодноразово многократно багаторазово постоянно постійно
    ще весной весною летом осенью зимой зимою навесні влітку восени взимку
    учора утром вечером днём днем ночью вранці зранку ввечері увечері вдень вночі уночі
    водночас одночасно одновременно одразу відразу сразу вкотре снова опять""".split()
)
"""Adverbs that may stand between a subject and its verb or open a clause ("также сообщил",
"Офіційно в компанії підтвердили", "Міністерство ще навесні запевняло", "Совет летом
обещал", "Утром я обнаружила"; the seasons' and the times of day's alike): never part of a
speaker's name."""

LATTER_WORDS = {"последний": "m", "последняя": "f", "останній": "m", "остання": "f"}
""""The latter" by gender as a subject ("Последний заявил, что …", "Остання наголосила …"):
the last person of that gender the text named (often the second of two named together),
never a person so named nor the last one who spoke."""
LATTER_GENITIVES = {"последнего": "m", "последней": "f", "останнього": "m", "останньої": "f"}
""""The latter" in the genitive a phrase of someone's words takes ("по словам последнего",
"за словами останньої"): the same person as ``LATTER_WORDS``, never a name."""

OPENING_WORDS = ADVERBS | frozenset(
    """однако однак тогда тоді затем потім теперь тепер сейчас зараз впрочем втім кроме крім
    поэтому тому зато натомість""".split()
)
"""Words that open a sentence before a bare surname («Вчера Холт, директор порта, заявила»,
«Однако Холт, …»): never the given name of the two-word name they seem to open
(``names.capitals``)."""

NAME_BREAKS = frozenset("не ни о об обо про".split())
"""A negation and the prepositions of a topic ("Союз фермеров не согласен", "Спілка
виноробів про нові акцизи"): after a body's name they open its predicate or what it speaks
of, never a word of the name (with ``TOPIC_PREPOSITIONS`` and ``TOPIC_PHRASES``)."""

TOPIC_PHRASES = frozenset({("по", "поводу"), ("з", "приводу"), ("с", "приводу")})
"""Two-word prepositions of a topic ("по поводу пошлин", "з приводу рішення"): their first
word may sit inside a name ("Управление по …"), the pair never does."""

PAST_TIME_STEMS = ("прошл", "минул")
"""Starts of "last" before a span or a season ("прошлой осенью", "минулого тижня"): a time
after a body's name, never a word of it."""

NON_SUBJECT_OPENERS = frozenset(
    """ним ней нею ними них него нее неё нем нём им ей ему их его її його їй йому їм їх нього
    неї тогда тоді затем потім потом вскоре невдовзі згодом незабаром днями
    недавно нещодавно утім втім однако однак впрочем проте зато натомість поэтому тому
    позднее впоследствии далее далі""".split()
)
"""Words that open a sentence and are never its subject, whatever capital they carry: a
pronoun in an oblique case («Ним виявився …», «Им оказался …») or an adverb of time or of
contrast («Тогда сообщалось …», «Днями … надійшов дзвінок», «Утім, … там не сказали»)."""

OBLIQUE_ENDINGS = (
    "ому", "ему", "ими", "ыми", "ым", "им", "ім", "ою", "ею", "ами", "ями", "ую", "юю", "ию", "ію",
    "ам", "ям",
)  # fmt: skip
"""Endings no subject's first word carries: an adjective or participle in the instrumental or
dative («Затриманим виявився …», «Задержанным оказался …», «Новою …»), a noun in the
instrumental plural, a feminine adjective or an «-ия» noun in the accusative («Новую
схему одобрили …», «Информацию о переносе подтвердили …»), a noun in the dative plural, whom
it was told to («Людям пообещали …», «Жильцам ответили …»); a given name that ends so
("Максим", "Вадим", "Адам") is one, never a body."""

EMPHATIC_WORDS = frozenset("сам сама сами само".split())
"""'Сам Коваль': an emphatic word before a name, never part of it."""

FOCUS_WORDS = frozenset("именно саме лишь лише только тільки даже навіть".split())
"""'Именно прокуратура внесла …', 'Саме відомство …': a focus particle before a sentence's
subject, never part of a body's name."""

EMPHATIC_FORMS = EMPHATIC_WORDS | frozenset("самом самой самого самому самім самій".split())
"""Every case of the emphatic "сам" ("в самой компании"): never an institution's word."""

ONE_OF_WORDS = frozenset("один одна одно одни одне одні каждый каждая кожен кожна".split())
"""'Один из них', 'Одна з мешканок': a pronoun that picks one of a group, never a name
('один' ends like a surname)."""

RELATIVE_PRONOUNS = frozenset("который которая которое которые який яка яке які".split())
"""Relative pronouns that open a clause about the noun before the comma ("…, который
заявил, что …", "…, яке повідомило …")."""

RELATIVE_FORMS = re.compile(r"(?:котор|ч[иь][йяюеїєм]|як(?:ий|а|е|і|ого|ої|ому|ій|им|у|их|ими)$)")
"""Any case of a relative pronoun, matched at a word's start ("которого", "чию", "якому"): a
clause about the noun before its comma."""

RELATIVES = RELATIVE_PRONOUNS | frozenset("что чтобы що щоб".split())
"""Words that open a subordinate clause: relative pronouns and "that"."""

LINE_CONTINUERS = (
    PREPOSITIONS
    | RELATIVES
    | BUT_WORDS
    | frozenset("и й і та или або либо чи как як если якщо когда коли где де".split())
)
"""Words no Russian or Ukrainian headline ends on (prepositions, conjunctions, relatives): a
line ending on one goes on into the next."""


HABIT_ADVERBS = frozenset(
    """ежедневно еженедельно ежемесячно ежегодно регулярно постоянно обычно традиционно
    щодня щотижня щомісяця щороку регулярно постійно зазвичай традиційно""".split()
)
"""Adverbs of a habit («Данные о погоде ежедневно публикует Гидрометцентр», «Такі дані щодня
оприлюднює Укргідрометцентр»): what a body does as a rule, not the words just reported, so
such a sentence points back at nothing before it (``ru_uk.points_back``)."""

ANSWER_PHRASES = (
    ("в", "ответ", "на"), ("в", "ответе", "на"), ("у", "відповідь", "на"),
    ("в", "відповідь", "на"), ("у", "відповіді", "на"), ("в", "відповіді", "на"),
)  # fmt: skip
""""In answer to", and "in the answer to": what follows is whom the speaker answered («в ответ
на обращение «Южного вестника»», «у відповідь на запит редакції», «у відповіді на запит
«Суспільного» в ОВА зазначили»), never the speaker (the locative «відповіді» was read as a
body called «відповіді»)."""
QUESTION_PHRASES = (
    ("на", "вопрос"), ("на", "вопросы"), ("на", "запитання"), ("на", "питання"),
)  # fmt: skip
""""To the question(s)": what follows is who asked («Сам X на вопрос «Вестника» ответил, что
…», «на запитання журналістів відповів»), never the one answering."""
ANSWERED_STEMS = (*REQUEST_STEMS, "вопрос", "обращени", "питанн", "звернен")
"""Word starts of a request or question answered («запрос», «запит», «звернення»)."""

SUBORDINATORS = frozenset(
    """чтобы щоб если якщо когда коли хотя хоча поскольку оскільки пока поки пусть нехай
    раз ведь адже""".split()
)
"""Conjunctions that open a subordinate clause before the main one («Чтобы успеть к зиме,
подрядчик …», «Якщо …, …»): a sentence that opens with one opens with no subject."""

THAT_WORDS = frozenset("что що как як чтобы щоб".split())
"""Words that open a reported clause after a verb ("сообщил РБК, что …")."""

COMMENTING_STEMS = ("комментир", "коментув", "коментую")
"""Word starts of the plain verb "to comment" ("комментируют", "коментувати"), which a "не"
makes a refusal to comment; "прокомментировать" is not among them (``UNANSWERED_VERBS``)."""

DECLINED_INFINITIVES = (*COMMENTING_STEMS, "оценива", "оцінюва", "обсужда", "обговорюва",
                        "прокомментир", "прокоментув")  # fmt: skip
"""Word starts of what one declines to do instead of "комментариев" («Коментувати плани в
компанії відмовилися», «Оценивать действия чиновника там отказались», «отказались официально
прокомментировать»): in the infinitive, a refusal to comment as «від коментарів відмовилися»
is."""

COMMENTS_GIVEN = ("дают", "дает", "даёт", "дали", "дал", "дала", "дає", "дають", "дав", "дала",
                  "надают", "надал", "нада", "предоставля", "предостав")  # fmt: skip
"""Word starts of "give" after "комментариев не" («В клубе официальных комментариев пока не
дают», «коментарів не надали»): a refusal to comment, said with the noun as its object."""

YEAR_WORDS = frozenset(("года", "году", "року"))
"""The year words after a year's number ("в 2024 году", "2025 року")."""

SITE_STEMS = (
    "сайт", "страниц", "сторінц", "телеграм-канал", "telegram-канал", "канал", "допис",
    "пост", "публикаци", "публікаці",
)  # fmt: skip
"""Word starts of the places an institution posts on ("на сайте", "в Telegram-канале", "у
дописі"): what is said there is the owner's, named after them in the genitive."""

OWN_CHANNEL_STEMS = (
    *PRESS_OFFICES, "сайт", "телеграм-канал", "telegram-канал", "официальн", "офіційн",
)  # fmt: skip
"""Word starts of an organisation's own voice ("пресс-служба клуба", "официальный сайт")."""

OPINION_NOUNS = frozenset(
    """мнение мнением позицию позицией оценку оценкой прогноз прогнозом заявление заявлением
    призывом предупреждением думку думкою позицію позицією оцінку оцінкою заяву заявою
    закликом попередженням""".split()
)
"""What a speaker voices when the sentence puts it first: "Такое мнение высказал X"."""

THIS_FORMS = frozenset("такое такий таке таким этим такою цією цим цю".split())
"""Forms of "such/this" before an opinion noun ("Такую оценку дал X")."""

PLACE_NOUN_STEMS = (
    "област", "район", "кра", "округ", "город", "міст", "сел", "улиц", "вулиц", "площ",
    "проспект", "бульвар", "переул", "провул", "набережн", "мор", "озер", "рек", "річ", "гор",
    "регион", "регіон", "республик", "республік", "стран", "країн", "год", "рок", "рік", "век",
    "столітт", "мест", "місц",
)  # fmt: skip
"""Word starts of nouns of places and times a capitalised adjective may qualify ("Київської
області", "на Соборній площі", "Чорного моря", "Нового року"): never a body's kind."""

SETTLEMENT_STEMS = ("сел", "посел", "посёл", "селищ", "город", "міст", "деревн", "хутор")
"""Nouns of a settlement in the genitive before its name («жительница села Шумилинка»,
«мешканка міста Ромни»): the capital after one is the place's name, never the speaker's."""

FROM_WHERE = frozenset("с со из з із зі".split())
"""Prepositions of where a member of the public is from, put after the noun ("мужчина с
третьего этажа", "пенсіонерка з сусіднього будинку")."""

PLACE_ABBREVIATIONS = ("м", "г", "с", "смт", "пгт", "пос", "вул", "ул", "пр", "просп", "обл")
"""Abbreviated nouns of a place written with a full stop before its name («суду м. Суми», «суда
г. Твери», «вул. Шевченка», «с. Іванівка»): one word with its stop, never a sentence's end nor
the end of the phrase a speaker is named in («суддя … м. Суми Вікторія Дорошкевич»)."""

SETTLEMENT_ABBREVIATIONS = frozenset(("м", "г", "с", "смт", "пгт", "пос"))
"""The abbreviations of PLACE_ABBREVIATIONS that name a settlement («жительница с. Сосновка»,
«мешканка смт Липове»): the capital after one is the place's name, as after SETTLEMENT_STEMS."""

CYRILLIC_LANDMARK_STEMS = ("майдан", "площ", "вулиц", "улиц", "проспект", "бульвар", "набережн")
"""Russian and Ukrainian nouns of a square or street, as word beginnings (every case): the
capitalised word after one is the place's name («на майдані Незалежності», «вулиця Франка»),
even when it is a person's («проспект Шевченка»). The Cyrillic twin of ``english.LANDMARK_HEADS``;
all but «майдан» are also in ``PLACE_NOUN_STEMS`` (adding it there would change what that list
decides, so the two stay apart)."""

REGION_NOUNS = _OBLAST_OR_KRAI | {"району", "района", "округа", "округу"}
"""Region nouns that may close an institution's name ("суд … области", "… района"); why this
is not ``REGION_WORDS``: see there."""

ACRONYM_GAPS = frozenset("з із і й и та по в у для на при of the and for".split())
"""Short function words a spelled-out name has between the words its initials come from."""

MASCULINE_PAST = re.compile(r"...(?:ав|яв|ив|ал|ял|ил)$")
"""A man's past-tense verb ("наполягав", "настаивал"): where a role's phrase ends (no noun
after a role ends so; "генерала" does not)."""

FINITE_ENDING = re.compile(
    r"..(?:л|ла|ло|ли|в|ет|ёт|ит|ить|ут|уть|ют|ють|ат|ать|ят|ять|є)(?:ся|сь|ться)?$"
)
"""Endings of a finite verb in either language, past of any gender or number, present and
perfective future ("попросила", "наполягали", "настаивает", "вимагає", "домагається",
"оскаржить"). The endings in -ть are Ukrainian finite forms (third person: "оскаржить",
"вимагають", "кажуть") and Russian infinitives ("просить", "обжаловать") alike: with no
language told, a Russian infinitive matches too. It is read only for a lower-case word right
after a capitalised name, where the noun phrase has ended either way (a genitive noun there
would come before the name: "защита генерала Смирнова"), so an infinitive there ends the
phrase as a finite verb would."""

PROSECUTION_STEMS = ("прокурор", "гособвинител", "гособвинени", "держобвинувач")
"""Word starts of the prosecution in court, a prosecutor or the prosecution as a side
("Прокурор просил …", "Гособвинитель потребовал …", "прокурорка", "держобвинувач"): unnamed,
in any number, a group as written (README item 24), never the holder of a post; a name after
the word ("прокурор Иван Лукин") names the person. "обвинувачений", "обвиняемый" (the
accused) and "прокуратура" (the office, a body) do not start so (``ru_uk._the_prosecution``)."""
PROCEEDING_STEMS = ("прени", "засіданн", "заседани", "дебат")
"""Word starts of a hearing's stage a court report opens in ("В прениях", "у судовому
засіданні", "на заседании" is not opened so): where the prosecution or the defence spoke,
never a body that speaks (``ru_uk._without_proceeding``)."""
PROSECUTION_QUALIFIERS = ("государственн", "державн", "сторон")
"""Word starts of what may stand before the prosecution's noun: "Государственный обвинитель",
"державний обвинувач", "Сторона обвинения"."""
PROSECUTION_SIDES = frozenset(
    "обвинение обвинения обвинувачення обвинувач обвинитель обвинителя обвинительница".split()
)
"""The prosecution as a side, alone or after "сторона" ("Сторона обвинения просила …",
"Обвинение настаивает …", "сторона обвинувачення"): a group as ``PROSECUTION_STEMS``."""

DEFENCE_NOUNS = frozenset("защита захист".split())
"""The defence as a collective noun: never a person, so a name after it is always whom it
defends, in the genitive ("Защита Гурьева": Гурьев's, though "Гурьева" reads as a woman's
nominative too)."""

SPOKESPERSON_STEMS = ("представител", "представник", "речни", "пресс-секретар", "прес-секретар")
"""Word starts of a spokesperson's role: a person who speaks for a body."""

LAWYER_STEMS = (LAWYER, "защитни", "захисни")
"""Word starts of a lawyer's role ("адвокат", "адвокатка", "защитник", "захисниця"): one person
who speaks for a client, named once and then called by the role, like a spokesperson (not "защита"
or "захист", the defence: its lawyers, unnamed)."""

SECTOR_STEMS = (
    "бизнес", "бізнес", "оппозиц", "опозиц", "общественност", "громадськост", "отрасл",
    "галуз", "рынк", "ринк", "власт", "влади",
)  # fmt: skip
"""Word starts of a sector or camp, no one body ("представители бизнеса", "представники
опозиції", "представители отрасли", "представители власти", "представники влади"): the
people who speak for it are a group of a kind, not a body's unnamed spokespeople."""

PHRASE_PARTICLES = frozenset("не ни ні же ж бы б пока поки".split())
"""Particles and "yet" that stand between a subject and its verb ("Представители клуба не
подтвердили", "… пока не прокомментировали"): never the last word of the subject's phrase."""

RANK_ADJECTIVE_STEMS = ("главн", "головн", "генеральн")
"""Word starts of the adjective that makes a post of a trade ("главный врач", "головний
лікар", "генеральный директор", "старший прокурор"): the rank and the noun are one office,
held by one person the article may have named."""

GRADE_ADJECTIVE_STEMS = ("старш", "младш", "молодш", "ведущ", "провідн")
"""Word starts of the adjectives of a grade many hold ("старший тренер", "ведущий инженер",
"молодший лейтенант"): unlike a place's or a body's adjective ("міський голова", "районный
прокурор"), they make no one post of the office noun after them."""

RANKED_POST_STEMS = (
    "врач", "лікар", "редактор", "инженер", "інженер", "архитектор", "архітектор",
    "бухгалтер", "конструктор", "технолог", "агроном", "эконом", "економіст",
)  # fmt: skip
"""Word starts of trades that name one office only after a rank adjective ("главный врач
больницы", "головний архітектор міста"); alone ("врач", "інженер") they are any of many."""

STRESSED_ADJECTIVE_STEMS = ("областн", "краев", "городск", "окружн", "миров", "морск")
"""Stems of the Russian adjectives of institution names stressed on the ending: their
masculine nominative is "-ой" ("областной суд", "краевой суд", "городской совет")."""

PLACE_ADVERBS = frozenset("там тут здесь".split())
"""Place adverbs that stand as the subject of an impersonal report ("Там заявили", "Тут
пояснили"): "there" is the institution the sentence before named, never a name."""

LEADERSHIP_NOUNS = frozenset(
    "руководство руководства керівництво керівництва дирекция дирекции дирекція дирекції".split()
)
"""Collective nouns for a body's management ("Руководство фабрики сообщило"): they speak for
the body named after them in the genitive."""

ORGAN_STEMS = (*stems("administration"), "правлени", "правлінн",
               *sorted({noun.rstrip("аоиіяї") for noun in LEADERSHIP_NOUNS}))  # fmt: skip
"""Word starts of a body's own organs (its administration, board, and the management of
``LEADERSHIP_NOUNS``, their vowel endings cut: "дирекц", "руководств", "керівництв"):
"адміністрація заповідника", "правление фонда" speak for the body named after them in the
genitive, as its press office does (README convention 13). One vocabulary: a management
noun added there is an organ here too."""

SUPERVISORY_ORGAN = (("наглядов", "наблюдательн"), ("рад", *stems("council")))
"""Word starts of a supervisory board's two words («наглядова рада фонду», «наблюдательный
совет банка»): an organ of the body named after it, never a council of its own ("міська рада")."""

TOPIC_PREPOSITIONS = frozenset("щодо стосовно относительно насчет насчёт".split())
"""Prepositions of a topic ("від коментарів щодо рішення"): what follows is what was talked
about, never part of the speaker's name."""

ABOUT_PREPOSITIONS = frozenset("о об обо про".split())
""""About", opening what a sentence is about when it is put before the verb («О сокращении
рейсов объявила …», «Про закриття консульства повідомили …»): never the verb's subject
(``TOPIC_PREPOSITIONS`` are the longer "concerning" words)."""

RESPONSE_NOUNS = frozenset("ответ відповідь".split())
""""в ответ", "у відповідь" after a subject: a manner, never part of the speaker's name."""

ONE_MEMBER_WORDS = frozenset("один одна одно одне".split())
""""One" that picks a single member ("ещё один пилот авиакомпании", "Один из водителей"),
never "каждый пятый житель" (a share of a group) nor "одни жители" (some: a group)."""

ONE_OF_OBLIQUE = frozenset("одной одного одному одним одном одній однієї одною".split())
"""Oblique forms of "one" in "трейдер одной из компаний", "лікар одного з госпіталів": a
member of some body of a kind, not a named one."""

NOUN_COMPOUNDS = (
    "кино", "кіно", "авиа", "авіа", "агро", "энерго", "енерго", "теле", "радио", "радіо",
    "медиа", "медіа", "нефте", "нафто", "тепло", "электро", "електро", "водо", "мото", "авто",
)  # fmt: skip
"""First parts of compound nouns of a body's kind ("кінофестиваль", "авиакомпания",
"теплоэлектроцентраль"): "пресслужба фестивалю" is the "кінофестиваль" named before, and
«В енергокомпанії вважають» the company named before (``ru_uk._anaphor_stem``)."""

EVENT_NOUNS = ("фестивал", "форум", "выставк", "виставк", "ярмар", "марафон", "биеннале",
               "бієнале")  # fmt: skip
"""Word starts of an event's noun, which its organisers speak for (README: "according to
the organisers" of a named fair is the fair)."""

ORGANISER_STEMS = ("организатор", "організатор")
"""Word starts of "організатори"/"организаторов": the event named before, when one is."""

COMPOUND_PREFIXES = {
    "держ": ("державн",), "гос": ("государственн",), "мін": (BODY_NOUNS["ministry"].uk,),
    "мин": (BODY_NOUNS["ministry"].ru,), "рос": ("российск", "федеральн"),
    "нац": ("национальн", "національн"),
}  # fmt: skip
"""A compound name's abbreviated first part and the word starts it abbreviates ("Держстат":
"Державна служба статистики"; "Мінфін": "Міністерство фінансів"; "Нацбанк": "Національний
банк")."""

ABBREVIATED_PARTS = {
    **COMPOUND_PREFIXES,
    "проф": ("профсоюзн", "профспілков", "професійн"), "обл": ("областн", "обласн"),
    "гор": ("городск",), "міськ": ("міськ",), "рай": ("районн",), "сіль": ("сільськ",),
}  # fmt: skip
"""The abbreviated first part of a compound common noun and the word starts it shortens, the
names' parts (``COMPOUND_PREFIXES``) among them: "профком" is "профсоюзный комитет",
"профорганизация" "профсоюзная организация", "облрада" "обласна рада", "горсовет" "городской
совет"; its rest is the second word's start ("-ком": "комитет")."""

ONE_WORD_NAME_PREFIXES = ("укр", "рос", "держ", "гос", "нац", "мос")
"""The abbreviated first part of a body's one-word name ("Укрзалізниця", "Укрпошта",
"Мосгаз"): that part's first letter and the rest's make the initials the name goes by
("УЗ")."""

RECORD_STEMS = ("картотек", "реестр", "реєстр")
"""Stems of the nouns for records, in any case ("по данным картотеки арбитражного суда", "за
даними реєстру"): like "court records show", data with no author in the sentence
(unattributed), never the court or the keeper of the register as a speaker. Only the noun
itself: a registrar ("реєстраторки Ольги Коваль") or a register's office ("реестровой
службы") is a speaker."""

MEDIA_GROUPS = frozenset("сми змі".split())
""""Как писали СМИ", "за даними ЗМІ": the media at large, a vague group, never one outlet."""

OUR_WORDS = frozenset("наш наша наше наши наші".split())
"""The writer's own outlet as a subject ("Как ранее сообщал наш сайт", "як повідомляло наше
видання"): the writer's earlier report, never a source (README convention)."""

WE = frozenset("мы ми".split())
"""The writer as a subject ("Как мы уже писали", "Як ми повідомляли")."""

ATTENTION_STEMS = ("обраща", "обрати", "зверта", "зверну")
ATTENTION_NOUNS = frozenset("внимание увагу".split())
"""A verb and its noun that report what the subject points out ("«Ъ» обращает внимание,
что …", "Правозахисники звертали увагу, що …"): a verb of speech as a pair."""

_POLICE = (
    BODY_NOUNS["police"].uk, BODY_NOUNS["police"].ru, "МВС", "МВД", "УМВД", "ГУМВД", "ГУНП", "НПУ",
)  # fmt: skip
STAFF_BODIES: dict[tuple[str, ...], tuple[str, ...]] = {
    ("рятувальник", "спасател"): (
        "ДСНС", "МЧС", "МНС", "надзвичайн", "чрезвычайн", "рятувальн", "спасательн",
    ),
    ("поліцейськ", "полицейск", *_POLICE[:2], "патрульн"): _POLICE,
    ("правоохоронц", "правоохранител"): (
        *_POLICE, *stems("prosecutor"), "СБУ", "ДБР", "ФСБ", "НАБУ", "следствен", "слідч",
    ),
    ("детектив",): ("НАБУ", "бюро", "ДБР", "БЕБ"),
    ("слідч", "следовател"): ("слідч", "следствен", "СК", "ДБР", *_POLICE),
    ("прокурор",): stems("prosecutor"),
}  # fmt: skip
"""The staff of a kind of body (word starts of the plural noun: "рятувальників",
"правоохоронці", "детективів"; "полиции" for the force itself) -> what names such a body
(word starts, lower-case; acronyms, upper-case, whole): "за інформацією рятувальників" is
the rescue service the article named ("ДСНС"), never a group, when it named one. Forecasters
are left out: "по прогнозу синоптиков" stays a group (README), beside "Синоптики Тверского
ЦГМС", whose body is in the phrase."""


TOPIC_PRONOUNS = frozenset("этом том это то це те цього цьому тому".split())
"""The pronoun of a topic put first ("Об этом …", "О том …", "Про це …"): the words after it
and before the verb are the verb's subject ("Об этом Иванова заявила министру Петренко": the
name after the verb is whom it was told to)."""

COUNTRY_INITIALS = frozenset("УР")
"""The country's letter that closes a national body's initials ("НБУ": Національний банк
України; "МВД Р…"): an article may spell the name out without it ("Національного банку")."""

PROMISE_FORMS = frozenset("обіцяють обіцяли обещают".split())
"""The plural forms of the imperfective "promise" that are no reporting verb of their own
(``PAST_STEMS`` has the perfective «пообіцяли» and the Russian past «обещали»): «У лікарні
обіцяють повідомити …» is the hospital's word, as «У лікарні пообіцяли» is, only with a body in
the locative before it and an infinitive after it (``ru_uk._promised_in``); «Подробиці
інциденту обіцяють повідомити згодом» names no subject of its own."""

ESTIMATE_STEMS = ("оценива", "оціню")
"""Word starts of the present verb of estimating ("Ущерб оценивают в …", "Збитки оцінюють
у …"): with no subject, an agentless estimate of the body that has just spoken."""
