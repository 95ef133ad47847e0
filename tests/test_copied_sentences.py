"""No new test sentence copied from a labelled split.

A unit test made from a labelled sentence (names swapped, the rest kept) teaches the engine the
labels: the rule it pins passes on that split and says nothing about articles nobody has seen,
which is what every figure of issues 12 and 13 is judged on. Two lanes of session 27 landed such
tests although their brief forbade it, and reviewers found them only by reading. This check
finds them mechanically: a string in a test module that shares a run of ``RUN`` words with an
unsealed split's articles or pairs sentences.

Earlier sessions' tests held 218 such strings (``KNOWN``, counted per module on 2026-12-05);
session 28 rewrote every one in another shape (other names, verb, order, topic), so no module
may hold any. Sealed splits are never read. Opening a sealed split adds its texts: a string that
then shares a run is rewritten, or, for a stock phrase of the trade only, counted in ``KNOWN``
after a reading by eye.
"""

from __future__ import annotations

import ast
import difflib
import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

import tools.evaluate_attribution as attribution
import tools.evaluate_pairs as pairs

RUN = 8
"""Words in a run: at eight, stock phrases ("in a statement on Monday") do not reach a run,
while a copied sentence with its names swapped keeps several."""

KNOWN: dict[str, int] = {}
"""Strings per module allowed to share a run with the data (stock phrases read by eye)."""

KNOWN_SHAPE = {
    "test_app_finding.py": 1,
    "test_app_review_state.py": 2,
    "test_arrival.py": 1,
    "test_attribution_check.py": 0,
    "test_attribution_data.py": 0,
    "test_attribution_engine.py": 2,  # open30: the wire lede "said on Tuesday it would cut";
    # open34: the stock "In a statement, the club ... that" (the test's of 2026-12-03, 585af7b1)
    "test_copied_sentences.py": 2,
    "test_cyrillic_matching.py": 0,
    "test_huge_inputs.py": 2,
    "test_import.py": 1,
    "test_interviews.py": 3,
    "test_kinds_by_grammar.py": 1,
    "test_label_agreement.py": 1,
    "test_language.py": 1,
    "test_markdown_articles.py": 2,
    "test_match_roles.py": 0,
    "test_match_wording.py": 0,
    "test_meta.py": 3,
    "test_origins.py": 2,
    "test_outcomes.py": 0,
    "test_rescore.py": 2,
    "test_ru_uk.py": 1,  # open30: the stock "Из-за тумана ... воздушной гавани" frame
    "test_safety_reimport.py": 1,
    "test_speaker_ranker.py": 1,
    "test_timespan.py": 5,
}
"""Strings per module with a sentence whose words follow a labelled sentence's skeleton
(``SHAPE`` or more of them aligned in order), counted after mend28a's rewrites: may go down.
The measure also catches a plain short sentence that happens to share a frame ("X said the
border would stay open, and …", test_kinds_by_grammar): rewrite a flagged sentence in another
construction; count it here only after reading it as no re-skin (and say so in the commit)."""

SHAPE = 0.5
"""Share of a test sentence's words aligned in order with its nearest labelled sentence at which
it is the labelled sentence re-skinned: review28a found rewrites that kept the clause order and
swapped words slot by slot (no eight-word run left, the same question asked of the same
skeleton). A stock frame of the trade, an unnamed source's reason for anonymity say, fills
well under half of a sentence of ``SHAPE_WORDS`` words or more."""

SHAPE_WORDS = 12
"""Shorter sentences are left alone: in a headline or a clause, a stock frame is half of it."""

KNOWN_FOLLOW: dict[str, int] = {}
"""Test functions (or other top-level statements) per module whose strings follow one labelled
article (``Skeletons.follows``). strings31 (2026-12-06) rewrote all 26 it found in other shapes
(other topics, bodies, order and verbs), so no module may hold any; opening a sealed split adds
its articles, and a test that then follows one is rewritten, not counted."""

FOLLOW = 0.3
"""Share of a test sentence's words aligned in order with one sentence of a labelled article at
which the sentence counts as following that sentence. review30b found tests re-telling a tuning
article sentence after sentence, its names and some words swapped: each sentence stayed under
``SHAPE`` (0.22-0.45 aligned), but three or four of them followed three or four sentences of one
article. Measured on every test module on 2026-12-06 (strings31): at 0.3 with ``FOLLOW_SENTENCES``
the check found 26 test functions, which read by eye were 19 re-tellings of one article (a
takeover report's "…, the newspaper said", "…, the report said"; a storm live blog; a council's
statement with its dateline; a Russian wage-arrears story; a pairs topic's ruling told in three
scripts) and 7 stock frames of the trade ("people familiar with …", "X's Health Ministry said",
"from 1 March") that happened to fill three sentences of one article. Re-measured by mend31d
on the modules before strings31's rewrites (7c1fd5a2~1): 26 found at 0.3, 20 at 0.35 (six
fell out), 13 at 0.4 (thirteen fell out), and frames and re-tellings fall out at both. No
share separates the two, so the lower one is kept: a test that fills three sentences of one
article with its frames reads as that article to the engine all the same, and strings31
rewrote all 26 in other shapes."""

FOLLOW_SENTENCES = 3
"""Distinct sentences of one article, each followed by a distinct test sentence, that make a
follower: two are a frame and its echo (a lede and "…, the ministry said"), common by chance."""

FOLLOW_WORDS = 8
"""Shorter test sentences are left out: a headline's or a dateline's five words align with many."""

FLOOR = min(FOLLOW, SHAPE)
"""Candidates aligned below this are not kept; one with fewer words in common (a bag's bound on
the alignment) is not aligned at all, which saves most of the work."""

FOLLOW_GRAM = 3
"""The runs ``Skeletons`` indexes for ``follows`` (see there)."""

WORD = re.compile(r"\w+")
SENTENCE = re.compile(r'(?<=[.!?»"”])\s+|\n+')
TOPIC = re.compile(r"^## topic: ", re.MULTILINE)
TESTS = Path(__file__).parent


def runs(text: str) -> set[tuple[str, ...]]:
    words = [w.lower() for w in WORD.findall(text)]
    return {tuple(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


@functools.cache
def labelled_articles() -> tuple[tuple[str, str], ...]:
    """Every unsealed split's article files, and each pairs topic as one article: (name,
    text), as the evaluators list them. Read once for the module's checks."""
    found = []
    for split in attribution.SPLITS:
        if split in attribution.SEALED:
            continue
        for path in sorted((attribution.DATA / split).iterdir()):
            if path.suffix in {".txt", ".md", ".html"}:
                found.append((f"{split}/{path.name}", path.read_bytes().decode("utf-8", "replace")))
    sealed = set(pairs.SEALED_FILES.values())
    for path in pairs.CLUSTERS:
        if path not in sealed:
            head, *topics = TOPIC.split(path.read_text(encoding="utf-8"))
            found.append((path.name, head))
            found.extend((f"{path.name}: {topic.split(maxsplit=1)[0]}", topic) for topic in topics)
    return tuple(found)


def labelled_texts() -> Iterator[str]:
    """Every unsealed split's article files and pairs topics' sentences."""
    for _, text in labelled_articles():
        yield text


def copied(module: Path, data: set[tuple[str, ...]]) -> list[tuple[int, str]]:
    """The module's strings that share a run with the data: (line, the first shared run)."""
    found = []
    for _, _, line, value in strings(module):
        shared = runs(value) & data
        if shared:
            found.append((line, " ".join(min(shared))))
    return sorted(found)


@functools.cache
def strings(module: Path) -> tuple[tuple[str, int, int, str], ...]:
    """Every string in the module with the unit it is read in (a function, a class's method,
    another top-level statement): (the unit's name, its line, the string's line, the string).
    Parsed once for the module's three checks."""
    tree = ast.parse(module.read_text(encoding="utf-8"))
    unit_at: dict[int, tuple[str, int]] = {}
    for top in tree.body:
        for unit in [top, *(top.body if isinstance(top, ast.ClassDef) else [])]:
            lines = [unit.lineno, *(d.lineno for d in getattr(unit, "decorator_list", []))]
            for line in range(min(lines), (unit.end_lineno or unit.lineno) + 1):
                unit_at[line] = (getattr(unit, "name", f"line {unit.lineno}"), unit.lineno)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            name, line = unit_at.get(node.lineno, ("", 0))
            found.append((name, line, node.lineno, node.value))
    return tuple(found)


class Skeletons:
    """The labelled sentences, indexed by their ``gram``-word runs so that the nearest ones to
    a test sentence are searched among a few candidates, not among all twenty thousand.

    Four-word runs find a re-skinned sentence (half of it or more aligned); a follower's
    sentences, a third of each aligned, with a name or a word swapped every few slots, often
    share no four-word run with their article at all, so ``follows`` reads three-word runs."""

    GRAM = 4
    COMMON = 200
    """A run in more sentences than this ("said in a statement") names no candidate."""
    CANDIDATES = 20
    """Candidates aligned per test sentence, those sharing the most runs: bounds the work."""

    def __init__(self, articles: Iterable[tuple[str, str]], gram: int = GRAM) -> None:
        self.gram = gram
        self.sentences: list[list[str]] = []
        self.article: list[int] = []
        """The index in ``names`` of each sentence's article."""
        self.names: list[str] = []
        self.index: dict[tuple[str, ...], list[int]] = defaultdict(list)
        self._nearest: dict[tuple[str, ...], list[tuple[int, float]]] = {}
        self._counts: dict[int, Counter[str]] = {}
        for name, text in articles:
            self.names.append(name)
            for sentence in SENTENCE.split(text):
                words = [w.lower() for w in WORD.findall(sentence)]
                if len(words) >= self.GRAM * 2:
                    for gram in self.grams(words):
                        self.index[gram].append(len(self.sentences))
                    self.sentences.append(words)
                    self.article.append(len(self.names) - 1)

    def grams(self, words: list[str]) -> set[tuple[str, ...]]:
        return {tuple(words[i : i + self.gram]) for i in range(len(words) - self.gram + 1)}

    def nearest(self, words: list[str]) -> list[tuple[int, float]]:
        """The candidates for the sentence aligned at ``FLOOR`` or more, each with the share of
        the sentence's words aligned in order with it (kept per sentence: parametrized tests
        repeat theirs)."""
        key = tuple(words)
        if key not in self._nearest:
            shared: dict[int, int] = defaultdict(int)
            for gram in self.grams(words):
                found = self.index.get(gram, ())
                if len(found) <= self.COMMON:
                    for i in found:
                        shared[i] += 1
            counts = Counter(words)
            floor = FLOOR * len(words)
            aligned = []
            for i in sorted(shared, key=lambda i: (-shared[i], i))[: self.CANDIDATES]:
                if (counts & self.counts(i)).total() < floor:
                    continue  # fewer words in common than the floor: the alignment is less
                blocks = difflib.SequenceMatcher(None, words, self.sentences[i], autojunk=False)
                aligned.append((i, sum(b.size for b in blocks.get_matching_blocks()) / len(words)))
            self._nearest[key] = aligned
        return self._nearest[key]

    def counts(self, i: int) -> Counter[str]:
        if i not in self._counts:
            self._counts[i] = Counter(self.sentences[i])
        return self._counts[i]

    def aligned(self, words: list[str]) -> float:
        """The largest share of the sentence's words aligned in order with one labelled
        sentence."""
        return max((share for _, share in self.nearest(words)), default=0.0)

    def reskinned(self, module: Path) -> list[tuple[int, float, str]]:
        """The module's strings with a sentence of ``SHAPE_WORDS`` words or more that follows
        a labelled sentence's skeleton: (line, share, the sentence)."""
        found = []
        for _, _, line, value in strings(module):
            for sentence in SENTENCE.split(value):
                words = [w.lower() for w in WORD.findall(sentence)]
                if len(words) >= SHAPE_WORDS:
                    share = self.aligned(words)
                    if share >= SHAPE:
                        found.append((line, round(share, 2), sentence.strip()))
                        break
        return sorted(found)

    def follows(self, module: Path) -> list[tuple[int, str, str, int]]:
        """The module's test functions (each method of a class, each other statement at the
        top) whose strings follow ``FOLLOW_SENTENCES`` or more sentences of one labelled
        article, each sentence by another test sentence aligned with it at ``FOLLOW`` or more:
        (line, the function, the article's name, the sentences followed). Each function is
        reported once, with the article it follows most."""
        by_unit: dict[tuple[int, str], dict[int, list[tuple[float, str, int]]]] = {}
        seen: set[tuple[int, tuple[str, ...]]] = set()
        for name, unit_line, _, value in strings(module):
            pairs = by_unit.setdefault((unit_line, name), defaultdict(list))
            for sentence in SENTENCE.split(value):
                words = [w.lower() for w in WORD.findall(sentence)]
                if len(words) < FOLLOW_WORDS or (unit_line, tuple(words)) in seen:
                    continue
                seen.add((unit_line, tuple(words)))
                for i, share in self.nearest(words):
                    if share >= FOLLOW:
                        pairs[self.article[i]].append((share, sentence, i))
        found = []
        for (line, name), pairs in by_unit.items():
            count, article = max(
                ((followed(each), article) for article, each in pairs.items()), default=(0, -1)
            )
            if count >= FOLLOW_SENTENCES:
                found.append((line, name, self.names[article], count))
        return sorted(found)


def followed(pairs: list[tuple[float, str, int]]) -> int:
    """How many of one article's sentences are followed, each by another test sentence: the
    closest pairs first (a greedy matching; two test sentences that follow one labelled
    sentence, or one that follows two, count once)."""
    test_sentences: set[str] = set()
    labelled: set[int] = set()
    for _, sentence, i in sorted(pairs, reverse=True):
        if sentence not in test_sentences and i not in labelled:
            test_sentences.add(sentence)
            labelled.add(i)
    return len(labelled)


@functools.cache
def skeletons(gram: int) -> Skeletons:
    return Skeletons(labelled_articles(), gram)


def test_no_test_module_copies_more_labelled_sentences_than_it_did() -> None:
    data: set[tuple[str, ...]] = set()
    for text in labelled_texts():
        data |= runs(text)
    assert len(data) > 100_000  # the splits were read
    grown = []
    for module in sorted(TESTS.glob("test_*.py")):
        found = copied(module, data)
        if len(found) > KNOWN.get(module.name, 0):
            grown.append(f"{module.name}: {len(found)} > {KNOWN.get(module.name, 0)}: {found}")
    assert not grown, "test strings share a run of words with a labelled split:\n" + "\n".join(
        grown
    )


def test_a_copied_sentence_is_found_and_a_rewritten_one_is_not(tmp_path: Path) -> None:
    data = runs("The harbour master said on Tuesday that the pier would stay shut until spring.")
    module = tmp_path / "test_x.py"
    module.write_text(
        'A = "Ms Vell, the harbour master, said on Tuesday that the pier would stay shut."\n'
        'B = "The pier stays closed until March, the port authority told reporters."\n',
        encoding="utf-8",
    )
    assert [line for line, _ in copied(module, data)] == [1]


def test_no_test_module_reskins_more_labelled_sentences_than_it_did() -> None:
    index = skeletons(Skeletons.GRAM)
    assert len(index.sentences) > 10_000  # the splits were read
    grown = []
    for module in sorted(TESTS.glob("test_*.py")):
        found = index.reskinned(module)
        if len(found) > KNOWN_SHAPE.get(module.name, 0):
            grown.append(f"{module.name}: {len(found)} > {KNOWN_SHAPE.get(module.name, 0)}:")
            grown.extend(f"  {line} ({share}): {sentence}" for line, share, sentence in found)
    assert not grown, "test sentences follow a labelled sentence's skeleton:\n" + "\n".join(grown)


def test_a_reskinned_sentence_is_found_and_a_stock_frame_is_not(tmp_path: Path) -> None:
    data = (
        "The Elmhurst school board voted 6-1 on Thursday night to shut the Oak Street and "
        "Mill Road primary schools.\n"
        "A welder at the shipyard, who asked not to be named, said overtime had been cut twice "
        "since the spring and that the night shift would end in May."
    )
    index = Skeletons([("article", data)])
    module = tmp_path / "test_x.py"
    module.write_text(
        # the first sentence's skeleton, its names and figures swapped: no 8-word run
        'A = "The Dunmere county board voted 4-3 on Thursday night to shut the Hill Street and '
        'Park Road primary schools."\n'
        # the stock frame inside another sentence
        'B = "Fares rose by a fifth last year, a driver who asked not to be named said on Friday, '
        'and the depot lost its evening routes."\n'
        # another construction asking about the same vote
        'C = "Two slipways will shut after a split vote, the harbour board said, '
        'and the fishermen say they were not consulted."\n',
        encoding="utf-8",
    )
    assert [line for line, _, _ in index.reskinned(module)] == [1]
    assert copied(module, runs(data)) == []  # the first check misses the re-skin


def test_no_test_module_follows_more_labelled_articles_than_it_did() -> None:
    index = skeletons(FOLLOW_GRAM)
    assert len(index.sentences) > 10_000  # the splits were read
    grown = []
    for module in sorted(TESTS.glob("test_*.py")):
        found = index.follows(module)
        if len(found) > KNOWN_FOLLOW.get(module.name, 0):
            grown.append(f"{module.name}: {len(found)} > {KNOWN_FOLLOW.get(module.name, 0)}:")
            grown.extend(
                f"  {line} {name}: {count} sentences of {article}"
                for line, name, article, count in found
            )
    assert not grown, "test strings follow a labelled article sentence by sentence:\n" + (
        "\n".join(grown)
    )


def test_a_test_that_retells_an_article_is_found_and_a_rewritten_one_is_not(
    tmp_path: Path,
) -> None:
    article = (
        "Workers at the Danby glassworks have not been paid since August, the union said on "
        "Monday.\n"
        "The plant's management told the paper in a written reply that the wages would be paid "
        "by the end of the month.\n"
        "The regional labour inspectorate confirmed that it had opened an inquiry into 60 "
        "complaints from the staff.\n"
        "Glassmaking has employed most of the town since the first furnace was lit in 1921."
    )
    index = Skeletons([("a wage story", article)], gram=FOLLOW_GRAM)
    module = tmp_path / "test_x.py"
    module.write_text(
        # the article told again sentence by sentence, names and some words swapped: each
        # sentence 0.40-0.44 aligned with its own, under SHAPE
        "def test_follows():\n"
        '    a = "Staff at the Orrin brickworks have had no pay since May, their union said '
        'on Friday."\n'
        '    b = "In an email the owners told the paper that every wage owed would be paid '
        'before June ends."\n'
        '    c = "A county inspectorate has opened an inquiry into nine accidents at the kilns, '
        'it said."\n'
        # the same questions asked in other shapes, of another topic: 0.20-0.25 aligned
        "def test_rewritten():\n"
        '    a = "Nobody at the ferry company has been paid for two months, according to a '
        'letter the crews sent to MPs."\n'
        '    b = "Asked about the arrears, a director promised payment before Easter."\n'
        '    c = "An inquiry is under way, inspectors confirmed after 60 crew members '
        'complained."\n',
        encoding="utf-8",
    )
    assert [(name, count) for _, name, _, count in index.follows(module)] == [("test_follows", 3)]
    assert Skeletons([("a wage story", article)]).reskinned(module) == []  # each under SHAPE
    assert copied(module, runs(article)) == []  # and no run of eight words
