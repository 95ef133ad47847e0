"""Words of the writer's scene and comment, in English, Russian and Ukrainian: what a sentence
in the writer's own voice is made of when it sets a scene or passes a judgement rather than
states a fact ("It was a cold, quiet evening.", "He smiled and walked out.", «Это, конечно,
очень печально.», «Життя в місті триває.»).

One home for the three languages, as ``tense`` is: the grammar that reads them is
``extract.comment``; a reader of evaluation elsewhere should find them here. Only closed
classes and the nouns of light, sky and the time of day: a sentence counts as scene or comment
only when every word of it falls in these classes (or, in English, when the parse says its
predicate is this and nothing more), so a noun of anything that happened keeps it a claim.
"""

from __future__ import annotations

from factdesk.lexicon.english import words

SCENE_NOUNS = words(
    """
    sun sunset sunrise moon sky skies light dusk dawn twilight darkness dark air mist fog haze
    clouds cloud stars shadows shadow silence quiet stillness mood atmosphere
    """
)
"""English nouns of the scene: light and sky, the air, the mood. A sentence whose subject is
one and whose verb takes nothing ("The sun set early over the grey water.") describes, it does
not report."""
LIFE_NOUNS = words("life")
GOING_ON_VERBS = words("go continue carry")
"""Life going on ("Life in the town went on.", "Life continues."): that nothing changed,
which no one could check. Life doing anything else ("returned to normal") is kept."""

SCENE_TIME_NOUNS = words("evening night morning afternoon day week weekend winter summer")
"""Nouns of the time of day and year: a copula and adjectives say what one was like ("It was a
cold, quiet evening.", "The night was cold."); with any other verb they time an event ("The
evening ended with a vote."), so they are no ``SCENE_NOUNS``."""

WEATHER_VERBS = words("rain snow drizzle pour hail freeze thaw")
"""Verbs of the weather with an empty "it" ("It rained all afternoon."): the scene."""

GESTURE_VERBS = words(
    """
    smile grin laugh chuckle giggle sigh shrug nod wink frown scowl blush wave gesture pause
    hesitate shake glance gaze stare look turn walk stride stroll wander leave sit stand lean
    step shuffle
    """
)
"""Verbs of a person's gesture and bearing ("He smiled and walked out.", "She shrugged."):
with a bare pronoun subject and no object but a part of the body, the writer's scene."""

POST_PARTICLES = words("down aside")
"""Adverbs that make a verb of bearing one of leaving a post ("He stepped down.", "She stood
aside.": a resignation, which the parser may read as a gesture's adverb, review37)."""

BODY_PARTS = words("head heads hand hands shoulder shoulders eyes eye arm arms finger fingers")
"""The objects a gesture verb takes and stays a gesture ("She shook her head.")."""

IMPERSONAL_SUBJECTS = words(
    """
    it this that
    это то всё все оно
    це те все усе воно
    """
)
"""A bare pronoun that names no one: with a copula and an adjective, a judgement ("That is
sad.", «Это печально.»). A personal one is left out: "They were unharmed." states a fact."""
PERSONAL_SUBJECTS = words("he she they i we")
"""A bare personal pronoun: the subject of a gesture ("He smiled and walked out.")."""

CYRILLIC_COPULAS = words(
    """
    был была было были будет будут есть стал стала стало стали становится оказался оказалась
    оказалось оказались
    був була було були буде будуть є став стала стало стали стає виявився виявилася виявилось
    виявилися
    """
)
"""Russian and Ukrainian forms of "to be" and "to become": a predicate of these and an
adjective says how something was, not what happened («Вечер был тихим и холодным.»)."""

CYRILLIC_EVALUATIVE = words(
    """
    конечно разумеется безусловно действительно очень весьма крайне слишком довольно вполне
    просто так такой такая такое такие увы явно совсем совершенно особенно по-своему
    звісно звичайно безумовно справді дуже вкрай надто занадто досить цілком такий така таке
    такі жаль зовсім особливо по-своєму
    """
)
"""Russian and Ukrainian evaluative and intensifying adverbs («конечно», «очень», «звісно»,
«дуже»): they grade a judgement; beside a copula and an adjective, the sentence is comment."""

CYRILLIC_PARTICLES = words(
    """
    и а но же ведь уже ещё еще тоже также лишь даже не ни ли бы б вот
    і й та але же ж адже вже ще теж також лише навіть не ні чи б би ось
    """
)
"""Conjunctions and particles: they join or tint a clause and say nothing of what it is about."""

CYRILLIC_PREPOSITIONS = words("в во на над под за по у при среди через під серед крізь біля")
"""Prepositions of place and time: the phrase they open («в городе», «над рекой», «у місті»)
places the scene, it names nothing that happened."""

CYRILLIC_SCENE_NOUNS = words(
    """
    вечер ночь утро день небо солнце луна воздух туман тишина свет сумерки погода жизнь
    атмосфера настроение
    вечір ніч ранок день небо сонце місяць повітря туман тиша світло сутінки погода життя
    атмосфера настрій
    """
)
"""Russian and Ukrainian nouns of the scene in the nominative: the time of day, sky and light,
the weather, the mood, life itself (``SCENE_NOUNS`` of English)."""

CYRILLIC_GOING_ON = words(
    """
    продолжается продолжалась продолжалось продолжаются идёт идет шла шло течёт течет текла
    триває тривало тривала продовжується продовжувалося йде іде ішло плине
    """
)
"""Verbs of going on («продолжается», «триває»): with a scene noun for subject ("life goes on")
the sentence tells that nothing changed, which no one could check."""

CYRILLIC_PREDICATIVE_ENDING = "о"
"""The ending of a predicative adverb («печально», «холодно», «сумно»): a judgement or a state
of the scene; a past verb's neuter («было», «стало») ends «-ло» and is told apart by it."""
