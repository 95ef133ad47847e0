"""The write lock is held for writes and matching, not for language work (issue 15: re-extracting
a 300 KB article held it long enough for a reviewer's verdict to time out). Every spaCy parse
and every sentence vector of an import and of a re-extraction is made outside the transaction."""

from __future__ import annotations

from pathlib import Path

import pytest
from factdesk.corroborate import index as crossref
from factdesk.corroborate import semantic
from factdesk.desk.service import Desk
from factdesk.language import parse

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


class Watch:
    """Records, for each parse batch and each embedding, whether a transaction was open."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, desk: Desk) -> None:
        self.parsed: list[bool] = []
        self.embedded: list[bool] = []
        conn = desk.store.conn
        real_nlp, real_embed = parse.nlp, semantic.embed
        watch = self

        class Pipeline:
            def __getattr__(self, name: str):
                return getattr(real_nlp(), name)

            def pipe(self, texts, **options):
                texts = list(texts)
                watch.parsed.append(conn.in_transaction)
                return real_nlp().pipe(texts, **options)

        def embed(texts):
            if texts:
                watch.embedded.append(conn.in_transaction)
            return real_embed(texts)

        monkeypatch.setattr(parse, "nlp", Pipeline)
        monkeypatch.setattr(semantic, "embed", embed)


@pytest.fixture
def fresh_caches() -> None:
    parse.clear_cache()
    crossref._VECTORS.clear()


def test_an_import_parses_and_embeds_before_its_transaction(
    desk: Desk, fresh_caches: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    watch = Watch(monkeypatch, desk)
    report = desk.import_paths(sorted(SEEDS.glob("*.txt"))[:2])
    assert report.count("imported") == 2
    assert watch.parsed and watch.embedded  # the work was done...
    assert not any(watch.parsed) and not any(watch.embedded)  # ...none of it under the lock


def test_a_reextraction_parses_and_embeds_before_its_transaction(
    seeded_desk: Desk, fresh_caches: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = seeded_desk.articles()[0].id
    claim = seeded_desk.claims(article)[0].id
    seeded_desk.set_verdict(claim, "corroborated")
    watch = Watch(monkeypatch, seeded_desk)
    result = seeded_desk.reextract(article)
    assert result.kept and watch.parsed and watch.embedded
    assert not any(watch.parsed) and not any(watch.embedded)
    assert seeded_desk.claim(claim).verdict == "corroborated"
    claims = [c.id for c in seeded_desk.claims(article)]
    prepared = {c: seeded_desk.related(c) for c in claims}
    assert any(prepared.values())
    monkeypatch.undo()
    parse.clear_cache()  # indexed again from nothing: the prepared work gave the same matches
    crossref._VECTORS.clear()
    crossref.index_article(seeded_desk.store, article)
    assert {c: seeded_desk.related(c) for c in claims} == prepared
