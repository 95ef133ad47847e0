"""A desk imported before the origins' rules changed keeps its old origin keys until they are
derived again (``corroborate.index.rekey_origins``): on opening, from the stored claims, with
no re-extraction and no verdict touched, resumable after a stop. Invented articles; no seed's
or split's names."""

from __future__ import annotations

from pathlib import Path

import pytest
from factdesk.desk.service import REKEY_NOTICE, REKEY_PROGRESS, Desk
from factdesk.domain.origins import VERSION
from factdesk.extract.origins import Attributed, origin_of

ARTICLES = {
    "a_ru.txt": "Сбор с паромов\n\nМинобороны России заявило, что 14 дронов сбиты над портом.\n",
    "b_en.txt": "Ferry levy\n\nRussia's Defence Ministry said 14 drones were shot down.\n",
    "c_uk.txt": "Збір з поромів\n\nМіноборони Росії заявило, що 14 дронів збито над портом.\n",
    "d_en.txt": "Harbour\n\nThe Government of the United Kingdom said the levy would rise.\n",
}
"""One body in three languages and one country of two words: one origin each."""

OLD_KEYS = {"body:defence@russia": "ministri of difinci@russia"}
"""What a desk of extractor 346 stored for them: a key per spelling (set by hand below)."""


def test_the_version_pins_the_keys() -> None:
    """Bump ``domain.origins.VERSION`` when these keys change: a desk's stored keys are
    derived again only for a new version."""
    keys = {
        speaker: origin_of(Attributed(speaker, "named"), str.lower, article_id=1, text="").key
        for speaker in ("Минобороны России", "Ministry of Defence of Russia",
                        "Government of the United Kingdom", "Georgia's parliament",
                        "the UNITED KINGDOM government", "Georgia State Parliament")
    }  # fmt: skip
    assert keys == {
        "Минобороны России": "body:defence@russia",
        "Ministry of Defence of Russia": "body:defence@russia",
        "Government of the United Kingdom": "body:government@uk",
        "Georgia's parliament": "body:parliament@georgia",
        "the UNITED KINGDOM government": "body:government@uk",
        "Georgia State Parliament": "georgia state parliament",
    }
    assert VERSION == 3


def _imported(desk: Desk, tmp_path: Path) -> dict[str, int]:
    """The articles imported; each file's one claim's id."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    desk.import_paths([folder])
    found = {}
    for article in desk.articles():
        (claim,) = desk.claims(article.id)
        found[Path(article.source_path or "").name] = claim.id
    return found


def _keys(desk: Desk, claims: dict[str, int]) -> dict[str, str]:
    return {name: desk.origin(claim)[1] for name, claim in claims.items()}


def _aged(desk: Desk) -> None:
    """The desk as an older factdesk left it: the old keys stored, no version recorded."""
    from factdesk.store.migrations import ORIGINS_KEY

    conn = desk.store.conn
    with desk.store.transaction():
        conn.execute(
            "UPDATE claim_origins SET origin_key = lower(origin) || '@old'"
            " WHERE origin_key LIKE 'body:%'"
        )
        conn.execute("DELETE FROM state WHERE key = ?", [ORIGINS_KEY])


def test_an_older_desk_s_origins_are_counted_again_on_opening(desk: Desk, tmp_path: Path) -> None:
    """Four spellings, four origins on the aged desk; one body in three languages and the
    UK's government after the open, which says what it does; verdicts, notes and claims as
    they were (nothing extracted again)."""
    claims = _imported(desk, tmp_path)
    fresh = _keys(desk, claims)
    assert set(fresh.values()) == {"body:defence@russia", "body:government@uk"}
    desk.set_verdict(claims["a_ru.txt"], "corroborated")
    before = {c: desk.claim(c) for c in claims.values()}
    _aged(desk)
    assert len(set(_keys(desk, claims).values())) == 4
    notices: list[str] = []
    again = Desk.open(desk.store.path, config=desk.config, on_wait=notices.append)
    try:
        assert _keys(again, claims) == fresh
        assert notices[0] == REKEY_NOTICE
        assert notices[-1] == REKEY_PROGRESS.format(done=4, total=4)
        assert {c: again.claim(c) for c in claims.values()} == before  # verdict, extractor
    finally:
        again.close()
    quiet: list[str] = []
    Desk.open(desk.store.path, config=desk.config, on_wait=quiet.append).close()
    assert quiet == []  # once a version


class _Stop(Exception):
    """A stop mid-way."""


def test_a_stopped_counting_goes_on_after_what_it_did(
    desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In batches, each committed with how far it went: stopped in the third batch, the two
    before keep their new keys and the next call does only the rest; on the app's event loop
    or for a newer version's record it does nothing."""
    from factdesk.corroborate import index as crossref

    claims = _imported(desk, tmp_path)
    fresh = _keys(desk, claims)
    _aged(desk)
    done: list[int] = []
    rekey, stop = crossref._rekey_article, [True]

    def counted(conn, st, article_id):  # type: ignore[no-untyped-def]
        if len(done) == 2 and stop and stop.pop():
            raise _Stop  # a stop in the third batch (a kill, an error)
        done.append(article_id)
        return rekey(conn, st, article_id)

    monkeypatch.setattr(crossref, "_rekey_article", counted)
    with pytest.raises(_Stop):
        crossref.rekey_origins(desk.store, batch=1)
    articles = sorted(a.id for a in desk.articles())
    assert done == articles[:2]
    desk.on_event_loop()
    assert crossref.rekey_origins(desk.store) is None  # never on the app's loop
    desk.on_event_loop(False)
    assert crossref.rekey_origins(desk.store, batch=1) is not None
    assert done[2:] == articles[2:]  # only what was left
    assert _keys(desk, claims) == fresh
    assert crossref.rekey_origins(desk.store) is None  # recorded: nothing to do


def test_a_new_desk_records_the_version_and_says_nothing(tmp_path: Path) -> None:
    from factdesk.settings.config import load_config
    from factdesk.store.db import read_state
    from factdesk.store.migrations import ORIGINS_KEY

    notices: list[str] = []
    new = Desk.open(tmp_path / "new.db", config=load_config(), on_wait=notices.append)
    try:
        assert notices == [] and read_state(new.store.conn, ORIGINS_KEY) == str(VERSION)
    finally:
        new.close()
