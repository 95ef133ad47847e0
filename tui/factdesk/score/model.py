"""The learned check-worthiness model at runtime: pure Python, no numpy.

The model is a logistic regression trained by ``tools/train_checkworthiness.py`` on the CLEF
2019 CheckThat! debates. Its vocabulary and weights live in ``data/checkworthiness.json.gz``
(read once, on first use). ``features`` is THE feature function: the trainer imports it, so
training and runtime can never tokenise differently. Every feature is binary (present or not),
so a score is ``sigmoid(bias + sum of the weights of the features present)`` (each weight
divided by sqrt(how many known features the sentence has) when the model was trained on
normalised rows) and the features that moved it are exactly the explanation.

Scores are read at EVEN ODDS: the debates have about 2.7% check-worthy lines, a prior that says
nothing about a sentence someone pasted or extraction already picked, so the training prior's
log-odds are taken out (``prior_shift``). Ranking is unchanged; 0.5 means "as likely worth
checking as not, on the evidence of the words".

Feature families (the prefix before the first ``:``):
``w`` words, ``p`` adjacent word pairs, ``cue`` extraction-style cues, ``len`` length bands.
"""

from __future__ import annotations

import gzip
import itertools
import json
import math
import re
from dataclasses import dataclass, field
from importlib import resources

from factdesk.lexicon.english import MODEL_SPEECH_VERBS, MONTH_NAMES

DATA_FILE = "checkworthiness.json.gz"

_TOKEN = re.compile(r"\d+(?:[.,:/]\d+)*|[a-z]+(?:'[a-z]+)*|[$£€%?]")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_MONTH_NAMES = " ".join(name.capitalize() for name in MONTH_NAMES)
_MONTH = re.compile(rf"\b(?:{'|'.join(_MONTH_NAMES.split())})\b")
_SAYS = "|".join(MODEL_SPEECH_VERBS)
_NAMED_SAYS = re.compile(rf"\b[A-Z][\w'-]+ (?:{_SAYS})\b")
_PROPER_NAME = re.compile(r"[a-z,;] [A-Z][a-z]")
_ADDRESS = re.compile(
    r"(?:\b[a-z][a-z0-9+.-]*://|\bwww\.)[^\s<>\"“”«»]+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b(?:[a-z0-9-]+\.)+(?:com|org|net|gov|edu|int|info|io|co|uk|ie|eu|ru|ua|by|kz|news)\b"
    r"(?:/[^\s<>\"“”«»]*)?",
    re.IGNORECASE,
)
"""A web address or an e-mail address in a sentence ("https://news.example/report",
"www.harbour.org", "press@harbour.org", "harbour.org/report"): its words name a site, not
what the sentence asserts, and a reason read ``word "example"`` (found33). Both readers see
it as a space, in training as at run time. A bare domain needs one of these endings, so a
stop missing its space ("end.Next") stays two words."""


def without_addresses(text: str) -> str:
    """``text`` with each web or e-mail address a space (see ``_ADDRESS``)."""
    if "." not in text:
        return text
    return _ADDRESS.sub(" ", text)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Cues: grammar and closed word classes that extraction also looks for, read off the tokens
# (set lookups: a regex per cue cost more than segmenting the sentence). Each is general,
# never a name from any particular article or debate.
_WORD_CUES: dict[str, frozenset[str]] = {
    "number": _words(
        "<num> <year> hundred hundreds thousand thousands million millions billion billions "
        "trillion trillions dozen dozens twice double doubled triple tripled half"
    ),
    "percent": _words("% percent percentage"),
    "money": _words("$ £ € dollar dollars cent cents euro euros pounds budget tax taxes"),
    "date": _words("<year> since yesterday decade decades ago"),
    "named_source": _words("according report study survey poll data statistics"),
    "comparative": _words(
        "more less fewer higher lower larger smaller bigger greater faster slower worse better "
        "increase increased decrease decreased rose fell dropped grew than up down"
    ),
    "superlative": _words(
        "most least highest lowest largest biggest greatest worst best record ever first only "
        "never always every all"
    ),
    "past_fact": _words(
        "was were had did voted passed signed lost cut raised created spent paid made said got "
        "went took gave built won"
    ),
    "hedge": _words(
        "maybe perhaps might could may possibly probably likely reportedly allegedly seem seems "
        "appear appears think believe guess hope feel if"
    ),
    "future": _words("will won't would should must let's gonna going"),
    "negation": _words("not no never nobody nothing none"),
    "question": _words("?"),
    "first_singular": _words("i me my mine i'm i've i'll i'd"),
    "first_plural": _words("we us our ours we're we've we'll"),
    "second_person": _words("you your yours you're you've you'll"),
}
_MONTH_WORDS = frozenset(_MONTH_NAMES.lower().split())
_SAYS_WORDS = frozenset(_SAYS.split("|"))
_NOT_PAST = _words("need indeed speed proceed succeed exceed hundred feed seed bleed")

_LENGTH_BANDS = ((4, "1-4"), (9, "5-9"), (19, "10-19"), (34, "20-34"))


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens; numbers become ``<year>`` or ``<num>`` so any figure counts."""
    out = []
    for token in _TOKEN.findall(text.replace("’", "'").lower()):
        if token[0].isdigit():
            token = "<year>" if _YEAR.fullmatch(token) else "<num>"
        out.append(token)
    return out


def length_band(count: int) -> str:
    """A coarse length band: very short lines are rarely claims, long ones often carry several."""
    for limit, name in _LENGTH_BANDS:
        if count <= limit:
            return name
    return "35+"


def cues(text: str, words: list[str]) -> list[str]:
    """The cue names present, from the tokens plus three case-sensitive patterns on the text.

    The patterns run only when a token says they can match, so most sentences skip them.
    """
    present = set(words)
    found = {name for name, vocab in _WORD_CUES.items() if not present.isdisjoint(vocab)}
    for w in present:
        if w.endswith("n't"):
            found.add("negation")
        elif len(w) > 3 and w.endswith("ed") and w not in _NOT_PAST:
            found.add("past_fact")
        elif len(w) > 5 and w.endswith("est"):
            found.add("superlative")
    if not present.isdisjoint(_MONTH_WORDS) and _MONTH.search(text):
        found.add("date")
    if not present.isdisjoint(_SAYS_WORDS) and _NAMED_SAYS.search(text):
        found.add("named_source")
    if _PROPER_NAME.search(text):
        found.add("proper_name")
    return sorted(found)


def features(text: str) -> list[str]:
    """Every binary feature of one sentence, without repeats, in a stable order."""
    text = without_addresses(text).replace("’", "'")
    words = tokens(text)
    found = [f"w:{w}" for w in words]
    padded = ["<s>", *words, "</s>"]
    found += [f"p:{a} {b}" for a, b in itertools.pairwise(padded)]
    found += [f"cue:{name}" for name in cues(text, words)]
    found.append(f"len:{length_band(sum(1 for w in words if w[0].isalnum() or w[0] == '<'))}")
    return list(dict.fromkeys(found))


_BOW_TOKEN = re.compile(r"(?u)\b\w\w+\b")
"""scikit-learn's default CountVectorizer token: the bag-of-words part reads text exactly so."""


def bow_features(text: str) -> list[str]:
    """The bag-of-words part's features: one ``w:`` entry per token occurrence (counts)."""
    return [f"w:{t}" for t in _BOW_TOKEN.findall(without_addresses(text).lower())]


@dataclass(frozen=True, slots=True)
class Part:
    """One exported logistic regression: ``bias`` plus a weight per known feature.

    ``reader`` says how it reads a sentence: ``"features"`` (``features``: binary words, pairs,
    cues, length) or ``"bow"`` (``bow_features``: scikit-learn's plain bag of words, counts).
    With ``norm`` it was trained on L2-normalised rows, so each known feature contributes
    ``weight x count / sqrt(sum of the squared counts of the known features)`` (for binary
    features: ``weight / sqrt(how many are known)``).
    """

    bias: float
    weights: dict[str, float]
    norm: bool = False
    reader: str = "features"

    def contributions(self, text: str) -> list[tuple[str, float]]:
        """(feature, weight x count, over the row's L2 norm when ``norm``) of known features."""
        weights = self.weights
        counts: dict[str, int] = {}
        for f in bow_features(text) if self.reader == "bow" else features(text):
            if f in weights:
                counts[f] = counts.get(f, 0) + 1
        scale = 1.0
        if self.norm and counts:
            scale = 1.0 / math.sqrt(sum(c * c for c in counts.values()))
        return [(f, weights[f] * c * scale) for f, c in counts.items()]


@dataclass(frozen=True, slots=True)
class Model:
    """The exported model: a weighted average of the log-odds of one or more parts.

    The shipped model averages two parts (issue 17): factdesk's feature model and a plain
    bag of words, each weighted by the inverse spread of its log-odds on the training
    sentences, so neither dominates by scale. Across debates it held out, the average ranked
    better than either part in every one of the 19 (see tools/train_checkworthiness.py).
    """

    parts: tuple[Part, ...]
    mix: tuple[float, ...]
    prior_shift: float = 0.0
    meta: dict = field(default_factory=dict)

    @property
    def bias(self) -> float:
        return math.fsum(m * p.bias for p, m in zip(self.parts, self.mix, strict=True))

    def contributions(self, text: str) -> list[tuple[str, float]]:
        """(feature, contribution to the log-odds) for every known feature of ``text``; a word
        both parts know is one entry with their contributions added."""
        total: dict[str, float] = {}
        for part, mix in zip(self.parts, self.mix, strict=True):
            for f, w in part.contributions(text):
                total[f] = total.get(f, 0.0) + mix * w
        return list(total.items())

    def logit(self, text: str) -> float:
        """Log-odds at even odds: bias, the training prior taken out, plus the contributions."""
        return self.bias + self.prior_shift + math.fsum(w for _, w in self.contributions(text))

    def explained(self, text: str, limit: int = 5) -> tuple[float, list[dict]]:
        """(log-odds, the ``limit`` strongest reasons) from one pass over the features.

        Every feature counts in the score, but function words ("the", "to", "(start) we")
        are left out of the reasons: they stand in for sentence length and shape, and tell a
        reviewer nothing about why to check the claim.
        """
        parts = self.contributions(text)
        z = self.bias + self.prior_shift + math.fsum(w for _, w in parts)
        shown = itertools.islice(((f, w) for f, w in _ranked(parts) if _informative(f)), limit)
        return z, [{"feature": describe(f), "weight": round(w, 3)} for f, w in shown]


FUNCTION_WORDS = frozenset(
    """a an the and or but if of to in on at by for from with as into about than then so
    that this these those it its it's is are was were be been being has have had do does did
    i we you he she they me us him her them my our your his their not no there here which who
    what when where how will would can could should may might must shall <s> </s>""".split()
)
"""Words whose weight is real but says nothing to a reviewer (see ``Model.explained``)."""


def _informative(feature: str) -> bool:
    """Whether a feature says something to a reviewer: not function words alone, nor the
    digits the bag-of-words part cuts a figure into ("40,000" is "40" and "000": the reason
    read ``word "000"``; the desk's "a figure" names the figure)."""
    family, _, value = feature.partition(":")
    if family not in ("w", "p"):
        return True
    return not all(token in FUNCTION_WORDS or token.isdigit() for token in value.split())


def _ranked(parts: list[tuple[str, float]]) -> list[tuple[str, float]]:
    return sorted(parts, key=lambda item: (-abs(item[1]), item[0]))


_MODEL: Model | None = None


def load_model() -> Model:
    """The packaged model, read once on first use (so importing factdesk stays cheap)."""
    global _MODEL
    if _MODEL is None:
        _MODEL = read_model(resources.files("factdesk").joinpath("data", DATA_FILE).read_bytes())
    return _MODEL


def read_model(raw: bytes) -> Model:
    """A model from the bytes of an exported file (gzip-compressed JSON, or plain JSON).

    A file with ``parts`` is an average of several regressions; one with a top-level ``bias``
    and ``weights`` (the earlier format) is a single part.
    """
    if raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)
    data = json.loads(raw)
    meta = dict(data.get("meta", {}))
    base_rate = float(meta.get("base_rate", 0.5))
    shift = math.log((1.0 - base_rate) / base_rate) if 0.0 < base_rate < 1.0 else 0.0
    if "parts" in data:
        parts = tuple(_part(p) for p in data["parts"])
        mix = tuple(float(p.get("mix", 1.0)) for p in data["parts"])
    else:
        parts, mix = (_part({**data, "norm": meta.get("norm", False)}),), (1.0,)
    return Model(parts, mix, shift, meta)


def _part(data: dict) -> Part:
    return Part(
        float(data["bias"]),
        {str(k): float(v) for k, v in data["weights"].items()},
        bool(data.get("norm", False)),
        str(data.get("reader", "features")),
    )


def sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def logit(text: str) -> float:
    """The model's log-odds (at even odds) that ``text`` is worth checking."""
    return load_model().logit(text)


def score(text: str) -> float:
    """Probability (0-1, at even odds) that ``text`` is worth checking."""
    return sigmoid(logit(text))


_SHOWN_TOKENS = {"<num>": "#", "<year>": "YEAR", "</s>": "(end)", "<s>": "(start)"}
_WORD_TOKENS = {"<num>": "a number", "<year>": "a year"}
"""A placeholder standing alone reads as what it stands for (``word "#"`` said nothing)."""


def describe(feature: str) -> str:
    """A reviewer-readable name for a feature: ``word "tax"``, ``a number``, ``cue: percent``."""
    family, _, value = feature.partition(":")
    if family == "w" and value in _WORD_TOKENS:
        return _WORD_TOKENS[value]
    for token, shown in _SHOWN_TOKENS.items():
        value = value.replace(token, shown)
    if family == "w":
        return f'word "{value}"'
    if family == "p":
        return f'words "{value}"'
    if family == "len":
        return f"length {value} words"
    return f"{family}: {value.replace('_', ' ')}"


def explain(text: str, limit: int = 5) -> list[dict]:
    """The few features that raised or lowered the score most: ``[{"feature", "weight"}]``."""
    return load_model().explained(text, limit)[1]
