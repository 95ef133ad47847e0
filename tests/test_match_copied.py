"""One sentence printed in two articles, naming nothing and giving no figure (review43, issue
13): the blocking has no key for it, the meaning neighbours find it, and ``label_by_meaning``
kept every such pair `related`, so a wire story's sentence copied word for word was never one
claim. Now a copy of six words of its own or more is `same` (``match._copied``: the same
words in order, ``copy_digest``); a short stock sentence, a copy with the negation or another
word changed stay `related`.
Invented sentences in English, Russian and Ukrainian; the cosine is given, as the index
passes it, and one case goes through the index with the real sentence vectors."""

from __future__ import annotations

import pytest
from factdesk.corroborate import match, semantic
from factdesk.corroborate.match import COPIED_REASON, MatchIndex, label_by_meaning

COPIES = [
    "The night buses on the harbour line will run again through the winter, drivers said.",
    "Ночные автобусы на портовой линии снова будут ходить всю зиму, сообщили водители.",
    "Нічні автобуси на портовій лінії знову курсуватимуть усю зиму, повідомили водії.",
]  # fmt: skip


@pytest.mark.parametrize("text", COPIES)
def test_a_sentence_printed_twice_is_one_claim(facts, text: str) -> None:
    a, b = facts(text), facts(text)
    assert not a.anchors and not a.numbers  # nothing to block on: found by meaning only
    found = label_by_meaning(a, b, 0.99)
    assert found is not None and found.label == "same"
    assert found.reason == COPIED_REASON


def test_a_copy_spaced_quoted_and_capitalised_otherwise_is_one_claim(facts) -> None:
    a = facts(
        'The night buses on the "harbour line" will run again through the winter, drivers said.'
    )
    b = facts(
        "THE NIGHT BUSES on the harbour line will run again  through the winter - drivers said"
    )
    found = label_by_meaning(a, b, 0.97)
    assert found is not None and found.label == "same"


LOOK_ALIKES = [
    # a stock sentence: two crashes of one week, not one claim
    ("Nobody was hurt in the crash.", "Nobody was hurt in the crash."),
    # the negation changed: one says the other is wrong
    ("The night buses on the harbour line will run again through the winter, drivers said.",
     "The night buses on the harbour line will not run again through the winter, drivers said."),
    ("Ночные автобусы на портовой линии снова будут ходить всю зиму, сообщили водители.",
     "Ночные автобусы на портовой линии больше не будут ходить всю зиму, сообщили водители."),
    # the closing attribution changed: the words are each reporter's own
    ("The night buses on the harbour line will run again through the winter, drivers said.",
     "The night buses on the harbour line will run again through the winter, the operator said."),
    # another word: another part of town
    ("The night buses on the harbour line will run again through the winter, drivers said.",
     "The night buses on the airport line will run again through the winter, drivers said."),
    # another event told beside its own
    ("Also on Thursday the night buses on the harbour line were told to run through the winter.",
     "Also on Thursday the night buses on the harbour line were told to run through the winter."),
]  # fmt: skip


@pytest.mark.parametrize(("one", "other"), LOOK_ALIKES)
def test_a_look_alike_of_a_copy_stays_related(facts, one: str, other: str) -> None:
    found = label_by_meaning(facts(one), facts(other), 0.97)
    assert found is not None and found.label == "related"


def test_a_copy_days_apart_is_nothing(facts) -> None:
    text = "The night buses on the harbour line will run again through the winter, drivers said."
    found = label_by_meaning(facts(text, "2024-06-14"), facts(text, "2024-09-30"), 0.99)
    assert found is None


def test_the_index_matches_a_copy_by_its_vector(facts) -> None:
    """Through the index, with the model's own vectors: the second article's copy finds the
    first by meaning and is `same`."""
    if not semantic.available():
        pytest.skip("no sentence model")
    text = COPIES[0]
    a, b = facts(text), facts(text)
    a.vector, b.vector = (semantic.decode(v) for v in semantic.embed([text, text]))
    index = MatchIndex()
    index.add(a)
    found = index.match(b)
    assert [(m.other_claim_id, m.label, m.reason) for m in found] == [
        (a.claim_id, "same", COPIED_REASON)
    ]
    assert b.word_count >= match.COPY_LEAST_WORDS
