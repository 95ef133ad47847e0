"""Paragraphs to parsed documents: batched through ``nlp.pipe``, cached by their text.

A whole article as one Doc costs memory out of proportion (a 250 KB article: 746 MB), so the
engine parses paragraph by paragraph; a paragraph longer than ``CHUNK`` characters is cut at a
line or sentence end before it (never past ``nlp.max_length``). Parses are cached in-process by
the text's hash: re-importing, describing a hand-picked span, and a test session that reads
the same seeds many times parse each paragraph once.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from factdesk.language.model import nlp
from factdesk.lexicon.english import BODY_HEADS, ROLE_WORDS, TITLE_WORDS
from factdesk.text.capitals import capitals_as_names
from factdesk.text.console import console_marks, without_console_marks
from factdesk.text.datelines import dateline_at, entry_times
from factdesk.text.markdown import masked, unemphasise
from factdesk.text.paragraphs import paragraph_starts
from factdesk.text.wrapping import blanked, unwrap

if TYPE_CHECKING:
    from numpy.typing import NDArray
    from spacy.tokens import Doc

CHUNK = 10_000
"""The longest text handed to the parser at once (far below spaCy's max_length)."""
CACHE_SIZE = 2048
BATCH = 64
_CUT = re.compile(r"\n|(?<=[.!?])\s")


class _Cache:
    """A small LRU of parsed documents keyed by the sha1 of their text."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.docs: OrderedDict[str, Doc] = OrderedDict()

    def get(self, key: str) -> Doc | None:
        doc = self.docs.get(key)
        if doc is not None:
            self.docs.move_to_end(key)
        return doc

    def put(self, key: str, doc: Doc) -> None:
        self.docs[key] = doc
        self.docs.move_to_end(key)
        while len(self.docs) > self.size:
            self.docs.popitem(last=False)


_CACHE = _Cache(CACHE_SIZE)
_SYNTAX = _Cache(CACHE_SIZE)
"""Parses made without the entity recogniser (``parse_syntax``), apart from ``_CACHE``: a
reader of entities must never be handed one."""
SYNTAX_ONLY_OFF = ("ner",)
"""What ``parse_syntax`` leaves out: its readers want words, tags, lemmas and the dependency
tree; the recogniser is a network of its own (about half of a short sentence's parse)."""


def _key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def chunks(text: str, start: int = 0, limit: int = CHUNK) -> list[tuple[int, str]]:
    """``text`` cut into (offset, piece) pieces of at most ``limit`` characters, at a line or
    sentence end where there is one, else at a space, else anywhere."""
    pieces = []
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = max((m.end() for m in _CUT.finditer(window)), default=0)
        if cut < limit // 4:
            cut = window.rfind(" ") + 1
        if cut < limit // 4:
            cut = limit
        pieces.append((start, text[start : start + cut]))
        start += cut
    if start < len(text):
        pieces.append((start, text[start:]))
    return pieces


def paragraph_blocks(body: str, starts: Sequence[int]) -> list[tuple[int, str]]:
    """(offset, text) of what the parser reads: each paragraph, cut into pieces no longer
    than ``parse.CHUNK``; a line break inside a paragraph (hard-wrapped copy) is a space to
    the parser, which keeps every offset."""
    blocks: list[tuple[int, str]] = []
    bounds = [*starts[1:], len(body)]
    for number, (start, end) in enumerate(zip(starts, bounds, strict=True)):
        for at, piece in chunks(body[start:end]):
            piece = piece.replace("\n", " ")
            if at == 0 and number < DATELINE_PARAGRAPHS:
                piece = _without_dateline(piece)
            blocks.append((start + at, piece))
    return blocks


DATELINE_PARAGRAPHS = 4
"""Wire copy opens one of its first paragraphs with its dateline (``text.datelines``)."""


def _without_dateline(piece: str) -> str:
    """A paragraph with its dateline ("BOSTON, May 6, 2026 /PRNewswire/ --") blanked out,
    offsets kept: parsed with it, the place became the subject of the first sentence and the
    company that spoke a modifier of it."""
    found = dateline_at(piece, 0)
    return piece if found is None else " " * found.end + piece[found.end :]


def _empty() -> NDArray[Any]:
    """An empty float32 tensor (spaCy's stubs type ``Doc.tensor`` as float64: hence ``Any``)."""
    import numpy

    return numpy.zeros((0, 0), dtype="float32")


def parse_all(texts: list[str]) -> list[Doc]:
    """One parsed Doc per text (each at most ``CHUNK`` long), parsed in batches, cached."""
    return _parse_cached(texts, (_CACHE,), _CACHE, ())


def parse_syntax(texts: list[str]) -> list[Doc]:
    """Like ``parse_all`` for readers of the tree only (tags, lemmas, dependencies, never
    entities): a text already fully parsed is taken from that cache, the others are parsed in
    one batch without the entity recogniser and cached apart. The tagger and the parser do not
    read the recogniser's output, so the tree is the same as a full parse's.

    Why: the matcher reads the outcome words of a claim from its own parse (``corroborate.
    outcomes``); parsed one by one with every component, those parses cost a sixth of an
    import (issue 15). Call it once with every text of an article, then once per text (hits).
    """
    return _parse_cached(texts, (_CACHE, _SYNTAX), _SYNTAX, SYNTAX_ONLY_OFF)


def _parse_cached(texts: list[str], caches: tuple[_Cache, ...], store: _Cache,
                  off: Sequence[str]) -> list[Doc]:  # fmt: skip
    """The texts' Docs: from the first of ``caches`` that holds each, the rest parsed in one
    batch with the ``off`` components disabled and put in ``store`` (one walk for both kinds
    of parse, so the two caches cannot drift apart in how they key or cut a text)."""
    keys = [_key(t) for t in texts]
    found: dict[str, Doc] = {}
    missing: dict[str, str] = {}
    for key, text in zip(keys, texts, strict=True):
        doc = next((d for d in (c.get(key) for c in caches) if d is not None), None)
        if doc is not None:
            found[key] = doc
        else:
            missing.setdefault(key, text)
    if missing:
        pipeline = nlp()
        limit = min(CHUNK, pipeline.max_length)
        todo = [t[:limit] for t in missing.values()]
        gaps = [_MARK_GAPS.get(key, ()) for key in missing]
        read = [_closed(t, g) for t, g in zip(todo, gaps, strict=True)]
        disable = [name for name in off if name in pipeline.pipe_names]
        docs = pipeline.pipe([straight(t) for t in read], batch_size=BATCH, disable=disable)
        for key, doc, text, closed, gap in zip(missing, docs, todo, read, gaps, strict=True):
            if doc.text != closed:
                doc = _with_text(doc, closed)
            if closed != text:
                doc = _spread(doc, text, gap)
            doc.tensor = _empty()  # the tok2vec output is not read after parsing: free it
            repair_entities(doc)
            store.put(key, doc)
            found[key] = doc
    return [found[key] for key in keys]


def repair_entities(doc: Doc) -> None:
    """The recogniser's spans mended where it cuts a name it cannot know, once as each Doc
    enters the cache, so every reader (the extractor, the mention finder) sees one name."""
    whole_hyphenated_names(doc)
    whole_and_names(doc)


_BODY_LABELS = ("ORG", "FAC")
_SEPARATE_LABELS = ("ORG", "GPE")
"""What a word after "and" that the recogniser names on its own can be beside a body's name
("the Bank of England and Barclays"): a second body or a place, never the first one's end."""
_AND_RUN = 3
"""The most capitalised words after "and" in a body's name ("Parks and Public Lands")."""


def whole_and_names(doc: Doc) -> None:
    """A body's name with "and" inside made whole: the recogniser often ends "the Office of
    Roads and Bridges" at "Roads" (or at "and") and takes "Bridges" for a person, so the
    speaker was "Office of Roads" and the names view held two names. A capitalised "X of Y
    and Z" is one name when the body's entity ends at Y (or at the "and"), Z is a run of
    capitalised words that the parser joins to Y ("conj"), none a verb, which the recogniser
    names as nothing, or only as one lone word that is no body or place (a one-word person:
    no one is named by a surname alone inside a body's name). A second body or a place after "and"
    ("the Bank of England and Barclays") stays apart; so do lower-case words ("the Ministry
    of Health and the Red Cross")."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    mended: dict[int, Span] = {}
    dropped: set[int] = set()
    for n, entity in enumerate(ents):
        if entity.label_ not in _BODY_LABELS or n in dropped:
            continue
        amp = entity.end - 1 if doc[entity.end - 1].lower_ in ("and", "&") else entity.end
        if amp >= len(doc) - 1 or doc[amp].lower_ not in ("and", "&") or amp - 2 < entity.start:
            continue
        last = doc[amp - 1]  # (Y: the last word before "and", in the name)
        if not _capitalised(last) or not any(
            t.lower_ == "of" for t in doc[entity.start + 1 : amp - 1]
        ):
            continue
        run = amp + 1
        while run < len(doc) and run - amp <= _AND_RUN and _capitalised(doc[run]):
            run += 1
        words = doc[amp + 1 : run]
        if not words or (run < len(doc) and _capitalised(doc[run])):
            continue  # (none, or a longer capitalised run: more than a name's end)
        joined = [t for t in words if t.dep_ == "conj" and t.head.i == last.i]
        if not joined or any(t.pos_ in ("VERB", "AUX") for t in words):
            continue
        if any(not (amp < t.head.i < run or t.i == joined[0].i) for t in words):
            continue  # (every word of Z hangs inside Z, but the one joined to Y)
        others = [k for k, e in enumerate(ents) if k != n and e.start < run and e.end > amp]
        if any(ents[k].start <= amp or ents[k].end > run for k in others):
            continue  # (an entity reaching past Z: not Z alone)
        if any(ents[k].label_ in _SEPARATE_LABELS or len(ents[k]) > 1 for k in others):
            continue
        mended[n] = Span(doc, entity.start, run, label=entity.label_)
        dropped.update(others)
    if mended:
        doc.ents = [mended.get(k, e) for k, e in enumerate(ents) if k not in dropped]


def _capitalised(token: Any) -> bool:
    """A word written with a capital and letters only ("Bridges", "Sport")."""
    return bool(token.is_alpha and token.text[:1].isupper())


HYPHENS = "-‐‑"
"""The hyphens that join a compound word ("Lee-Marsh", "Ростов-на-Дону"); never a dash."""


def hyphen_glued(doc: Doc, i: int) -> bool:
    """Token ``i`` and the next are one written word joined at a hyphen: no blank between
    them, and one of the two is a hyphen ("Anti", "-", "Doping" as the tokenizer cuts
    "Anti-Doping")."""
    return (
        i + 1 < len(doc)
        and doc[i].whitespace_ == ""
        and (doc[i].text in HYPHENS or doc[i + 1].text in HYPHENS)
    )


def whole_hyphenated_names(doc: Doc) -> None:
    """A person's name whose surname is hyphenated made whole: the recogniser reads a
    hyphenated capitalised word as a company's and leaves out the given name before it
    ("Ana Lee-Marsh said": 'Lee-Marsh' an organisation, "Ana" outside). An organisation or
    person that is one hyphenated word, with a capitalised proper noun before it that no
    entity holds, that the parser hangs on it and that is no title or role ("Commissioner"),
    becomes one person with that word. The same rule whatever reads the parse (the
    extractor, the mention finder), applied once as each Doc enters the cache; a second pass
    finds nothing to change."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    changed = False
    for n, entity in enumerate(ents):
        start, end = entity.start, entity.end
        if entity.label_ not in ("ORG", "PERSON") or start == 0 or end - start < 3:
            continue
        if not all(hyphen_glued(doc, i) for i in range(start, end - 1)):
            continue  # (more than the one hyphenated word: "Lee-Marsh Group")
        given = doc[start - 1]
        if not (
            given.pos_ == "PROPN"
            and not given.ent_type_
            and given.whitespace_
            and given.is_alpha
            and given.text[:1].isupper()
            and given.text[1:].islower()
            and given.text not in TITLE_WORDS
            and given.lower_ not in ROLE_WORDS  # ("Commissioner Lee-Marsh": her title)
            and start <= given.head.i < end
        ):
            continue
        ents[n] = Span(doc, start - 1, end, label="PERSON")
        changed = True
    if changed:
        doc.ents = ents


_STRAIGHT = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def straight(text: str) -> str:
    """``text`` with curly quotes and apostrophes straight, one character for one (offsets
    kept), and a name written in capitals in capitalised words (``_capitals_as_names``): what
    the parser reads. Why: the small English pipeline parses "the Sheriff’s Lt. Dana Roe
    said" worse than "the Sheriff's Lt. Dana Roe said" (its training text is mostly
    straight-quoted); on the labelled splits straight quotes gained two speakers of one
    article and lost none (issue 12)."""
    straightened = text.translate(_STRAIGHT)
    if _TWO_CAPITALS.search(straightened) is None:
        return straightened
    return _capitals_as_names(straightened)


_TWO_CAPITALS = re.compile(r"[A-Z]{2}[A-Z'-]*[ \t]+[A-Z]{2}")
"""Two words in capitals side by side: the cheap test before ``_capitals_as_names``."""
_CAPITALS_WORD = re.compile(r"(?<![\w'-])[A-Z][A-Z'-]*[A-Z](?![\w'-])")
_VOWEL = re.compile(r"[AEIOUY]")
_BODY_NOUNS_BEFORE = frozenset(word.lower() for word in BODY_HEADS)
"""A body's noun before a name in capitals ("the state tourism agency VISIT OKEFENA"): the
capitals are the body's styling of its own name, left as written."""
_WORD_BEFORE = re.compile(r"(\w+)[ \t]*\Z")


def _capitals_as_names(text: str) -> str:
    """Two or three words in capitals between words that are not ("Harbour master MIRA OSTEN
    said …") as capitalised words, one character for one: the recogniser, trained on names
    written "Mira Osten", took such a name for no one's, and the speaker was the whole phrase,
    unattributed (found32). Only words with a vowel, not all of three letters or fewer: an
    acronym ("NHS", "US FDA") stays, a headline all in capitals (four words or more) and a
    body's name after its noun (``_BODY_NOUNS_BEFORE``) are left as written. The Doc keeps the
    text as written (``_with_text``)."""
    return capitals_as_names(text, _CAPITALS_WORD, _VOWEL, keep=_body_styling)


def _body_styling(text: str, start: int) -> bool:
    """True when the word before ``start`` is a body's noun: its name in capitals is the
    body's own styling ("the state tourism agency VISIT OKEFENA"), left as written."""
    before = _WORD_BEFORE.search(text, 0, start)
    return before is not None and before.group(1) in _BODY_NOUNS_BEFORE


_KEPT = ("TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD", "ENT_IOB", "ENT_TYPE")
"""What a parse of the straight text hands to the Doc of the text as written."""


def _with_text(doc: Doc, text: str) -> Doc:
    """A Doc of ``text`` as written, with the tokens, tree and entities ``doc`` (the parse of
    ``straight(text)``, the same length) found: every reader sees the article's own
    characters ("O’Neill" stays as written in a speaker's name), parsed as straight text."""
    from spacy.tokens import Doc as Made

    words = [text[t.idx : t.idx + len(t.text)] for t in doc]
    made = Made(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
    made.from_array(list(_KEPT), doc.to_array(list(_KEPT)))
    return made


_MARK_GAPS: OrderedDict[str, tuple[tuple[int, int], ...]] = OrderedDict()
"""Block key -> the runs of spaces between two words that console markup left in that block
(``body_cut`` records them; ``_parse_cached`` reads the block with each run as one space)."""
_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")


def _note_mark_gaps(blocks: Sequence[tuple[int, str]], marks: Sequence[tuple[int, int]]) -> None:
    """Record, per block, the runs of spaces between two words that hold a console mark."""
    for at, piece in blocks:
        gaps = tuple(
            m.span()
            for m in _GAP.finditer(piece)
            if any(start < at + m.end() and end > at + m.start() for start, end in marks)
        )
        if gaps:
            _keep_gaps(_key(piece), gaps)


def _keep_gaps(key: str, gaps: tuple[tuple[int, int], ...]) -> None:
    _MARK_GAPS[key] = gaps
    _MARK_GAPS.move_to_end(key)
    while len(_MARK_GAPS) > CACHE_SIZE:
        _MARK_GAPS.popitem(last=False)


def mark_gaps(texts: Sequence[str]) -> dict[str, tuple[tuple[int, int], ...]]:
    """The gaps ``body_cut`` recorded for these blocks, by block key: what a parse child
    (``parse_process``) needs beside the blocks. It cuts no body, so it read each block's
    gaps open, and the parses it sent back differed from this process's ("Greta ESC[1mMoss"
    read as "Moss" again)."""
    keys = (_key(text) for text in texts)
    return {key: _MARK_GAPS[key] for key in keys if key in _MARK_GAPS}


def note_gaps(gaps: Mapping[str, Sequence[Sequence[int]]]) -> None:
    """Take the gaps ``mark_gaps`` gave (in the parse child, before it parses the blocks)."""
    for key, runs in gaps.items():
        _keep_gaps(key, tuple((int(start), int(end)) for start, end in runs))


def _closed(text: str, gaps: Sequence[tuple[int, int]]) -> str:
    """``text`` with each gap (a run of spaces markup left between two words) one space: the
    parser reads a run of spaces as a token of its own, and the recogniser then cut or
    mistyped the name around it ("Greta ESC[1mMoss" was "Moss"; "Harbour master[/link] Ivo
    Kask" an organisation, found33)."""
    gaps = [g for g in gaps if g[1] <= len(text)]
    if not gaps:
        return text
    out, last = [], 0
    for start, end in gaps:
        out += [text[last:start], " "]
        last = end
    return "".join([*out, text[last:]])


def _spread(doc: Doc, text: str, gaps: Sequence[tuple[int, int]]) -> Doc:
    """The Doc of ``text`` from ``doc``, the parse of ``_closed(text, gaps)``: each gap is
    the closed one's space plus a space token hung on the word before it (in the entity that
    spans it, if one does), so every offset is the text's and the tree and the entities are
    those of the closed text."""
    import numpy as np
    from spacy.symbols import SPACE  # type: ignore[import-not-found]
    from spacy.tokens import Doc as Made

    gaps = [g for g in gaps if g[1] <= len(text)]
    extra: dict[int, int] = {}  # closed offset of a gap's space -> the spaces beyond it
    shifts: list[tuple[int, int]] = []  # (closed offset, shift of what follows it)
    shift = 0
    for start, end in gaps:
        extra[start - shift] = end - start - 1
        shift += end - start - 1
        shifts.append((start - shift + (end - start - 1), shift))
    starts = [at for at, _ in shifts]
    words: list[str] = []
    spaces: list[bool] = []
    where: list[int] = []
    inserted: list[tuple[int, int]] = []  # (new index, closed token index)
    for token in doc:
        n = bisect_right(starts, token.idx) - 1
        at = token.idx + (shifts[n][1] if n >= 0 else 0)
        where.append(len(words))
        words.append(text[at : at + len(token.text)])
        more = extra.get(token.idx + len(token.text), 0) if token.whitespace_ else 0
        spaces.append(bool(token.whitespace_))
        if more:
            inserted.append((len(words), token.i))
            words.append(" " * more)
            spaces.append(False)
    old = doc.to_array(list(_KEPT))
    new = np.zeros((len(words), len(_KEPT)), dtype=old.dtype)
    head = _KEPT.index("HEAD")
    for token in doc:
        row = old[token.i].copy()
        target = token.i + int(np.int64(row[head].astype(np.int64)))
        row[head] = np.uint64(np.int64(where[target] - where[token.i]).astype(np.uint64))
        new[where[token.i]] = row
    strings = doc.vocab.strings
    for at, i in inserted:
        following = doc[i + 1] if i + 1 < len(doc) else None
        inside = following is not None and following.ent_iob_ == "I"
        values = {
            "TAG": strings.add("_SP"),
            "POS": SPACE,
            "MORPH": 0,
            "LEMMA": strings.add(words[at]),
            "DEP": strings.add("dep"),
            "HEAD": np.uint64(np.int64(-1).astype(np.uint64)),
            "ENT_IOB": 1 if inside else 2,
            "ENT_TYPE": following.ent_type if inside and following is not None else 0,
        }
        new[at] = [values[name] for name in _KEPT]
    made = Made(doc.vocab, words=words, spaces=spaces)
    made.from_array(list(_KEPT), new)
    return made


def cached_spans(body: str, spans: Sequence[tuple[int, int]]) -> list[Doc | None]:
    """Each ``(start, end)`` span of ``body`` as a Doc of its own, cut from the parse its
    paragraph already has in the cache (``parse_all`` of the body's blocks, as extraction and
    the mention finder read them); None for a span whose paragraph is not cached (nothing is
    parsed here), that runs past its block, or that does not start and end on a token.

    Why: the matcher reads a claim's outcome words from a parse of the claim
    (``corroborate.outcomes``); parsing every such claim again on its own was an eighth of an
    import's CPU (issue 15), while the article's parse of it is at hand. The parser never
    joins two of its sentences, so a claim that is whole sentences keeps its own tree; on the
    labelled articles (seeds, attribution dev/dev3/dev4/heldout..heldout5) the 275 claims with
    an outcome word read the same outcomes from either parse."""
    blocks = body_cut(body).blocks
    offsets = [at for at, _ in blocks]
    docs: dict[int, Doc | None] = {}
    found: list[Doc | None] = []
    for start, end in spans:
        number = bisect_right(offsets, start) - 1
        if number not in docs:
            docs[number] = _CACHE.get(_key(blocks[number][1])) if number >= 0 else None
        doc, cut = docs[number], None
        if doc is not None and end - offsets[number] <= len(blocks[number][1]):
            cut = doc.char_span(start - offsets[number], end - offsets[number])
        found.append(cut.as_doc() if cut is not None else None)
    return found


@dataclass(frozen=True, slots=True)
class BodyCut:
    """How the analysis reads one article body: ``text`` is the body with its hard wraps,
    Markdown marks and console markup as spaces (``unwrap``, ``unemphasise``,
    ``markdown.masked``, ``text.console``: same offsets),
    ``starts`` its paragraph starts, ``blocks`` the (offset, text) pieces the parser reads
    (``paragraph_blocks``). Tuples: it is shared."""

    text: str
    starts: tuple[int, ...]
    blocks: tuple[tuple[int, str], ...]


CUTS = 64
"""Bodies whose cut is kept. ``parse_ahead`` cuts the new articles of a read-ahead window (8
files, and a feed file holds many articles) up to ``AHEAD`` (512) blocks, and each must still
be here when it is extracted, or it is cut twice: 64 covers a window of articles of 8 or
more blocks. A window of more, shorter articles cuts its first ones again (about 0.4% of their
import's CPU each); a larger cache would keep more bodies alive (each cut holds about
twice its body)."""


@lru_cache(maxsize=CUTS)
def body_cut(body: str) -> BodyCut:
    """The cut of ``body`` (``BodyCut``), made once while the body is being imported.

    Why: the read-ahead parse, the extractor, the mention finder and the matcher's outcome
    reader each unwrapped the body and cut it again, four times per article (about 1.6% of an
    import's CPU under cProfile, issue 15); each asks here and gets the same answer."""
    text = _without_entry_times(masked(unemphasise(unwrap(body))))
    marks = console_marks(text)  # ("[b]Jon Hale[/b]", ESC[1m: text.console)
    text = without_console_marks(text, marks)
    starts = tuple(paragraph_starts(text))
    blocks = paragraph_blocks(text, starts)
    if marks:
        blocks = _past_leading_marks(blocks, marks)
        _note_mark_gaps(blocks, marks)
    return BodyCut(text, starts, tuple(blocks))


def _past_leading_marks(
    blocks: list[tuple[int, str]], marks: Sequence[tuple[int, int]]
) -> list[tuple[int, str]]:
    """Each block that opens with console markup made spaces starts after them: the spaces
    were a token of their own, and the recogniser lost the given name after them
    ("[b]Wendell Arkwright[/b] said" read "Arkwright"). Only console markup: a blanked
    dateline or Markdown mark keeps its spaces (their parses are measured with them)."""
    shifted = []
    for at, piece in blocks:
        lead = len(piece) - len(piece.lstrip(" \t"))
        if 0 < lead < len(piece) and any(at <= start < at + lead for start, _ in marks):
            at, piece = at + lead, piece[lead:]
        shifted.append((at, piece))
    return shifted


def _without_entry_times(text: str) -> str:
    """``text`` with a live blog's entry times ("09:58 The meeting has started …") as spaces
    (same length): the time is furniture, like a dateline; read as words, it opened the
    claim and joined the name after it ("10:14 Council" was a speaker)."""
    return blanked(text, entry_times(text))


AHEAD = CACHE_SIZE // 4
"""The most blocks ``parse_ahead`` parses in one go: all of them must still be in the cache
when the extractor and the mention finder read them."""


def parse_ahead(bodies: Sequence[str]) -> None:
    """Parse the paragraphs of several article bodies in one batch into the cache, cut as the
    extractor and the mention finder cut them (hard wraps joined, ``paragraph_blocks``), the
    first bodies up to ``AHEAD`` blocks; their extraction then finds every parse cached.

    Why: ``nlp.pipe`` called once per article, with the rules' Python work between the
    calls, cost 5-10% more CPU than the same blocks parsed in one run (smaller batches, and
    the model's weights no longer in the processor's caches); an import of many files reads a
    few ahead and parses them together (issue 15)."""
    texts = ahead_texts(bodies)
    if texts:
        parse_all(texts)


def ahead_texts(bodies: Sequence[str]) -> list[str]:
    """The blocks ``parse_ahead`` parses for ``bodies``: each body's, cut as the extractor cuts
    it, the first bodies up to ``AHEAD`` blocks."""
    texts: list[str] = []
    for body in bodies:
        blocks = [piece for _, piece in body_cut(body).blocks]
        if len(texts) + len(blocks) > AHEAD:
            break
        texts.extend(blocks)
    return texts


def cache_packed(texts: Sequence[str], packed: bytes) -> None:
    """Put in the cache the parses of ``texts`` that a ``DocBin`` (``packed``) holds, in their
    order, as ``parse_all`` would have cached them: read into this process's vocabulary, each
    Doc's text checked against its text (``ValueError`` otherwise, nothing cached).

    Why: a second process parses an import's next window (``parse_process``); a Doc cannot
    cross processes, its arrays can (the tokens' text, tags, lemmas, tree and entities)."""
    from spacy.tokens import DocBin

    pipeline = nlp()
    limit = min(CHUNK, pipeline.max_length)
    docs = list(DocBin().from_bytes(packed).get_docs(pipeline.vocab))
    pairs = list(zip(docs, texts, strict=False))
    if len(docs) != len(texts) or any(doc.text != text[:limit] for doc, text in pairs):
        raise ValueError("the parses do not match the texts sent")
    for doc, text in pairs:
        doc.tensor = _empty()
        repair_entities(doc)
        _CACHE.put(_key(text), doc)


def clear_cache() -> None:
    """Forget every cached parse and body cut (tests of the caches themselves)."""
    _CACHE.docs.clear()
    _SYNTAX.docs.clear()
    body_cut.cache_clear()
