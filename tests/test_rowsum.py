"""Row sums made faster keep every sum: ``row_sum`` is the digest of the row's JSON exactly as
``json.dumps(values, ensure_ascii=False, separators=(",", ":"))`` writes it, and
``derived_sum`` the same with each blob replaced by its own digest. Every stored checksum (the
reviews, the history, the index and match rows of every desk already written) was made that
way, so a faster encoder that wrote one character differently would fail them all."""

from __future__ import annotations

import hashlib
import json
import math

from factdesk.store import rowsum
from factdesk.store.rowsum import derived_sum, row_sum
from hypothesis import given, settings
from hypothesis import strategies as st


def _reference_row(*values: object) -> str:
    text = json.dumps(values, ensure_ascii=False, separators=(",", ":"))
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def _reference_derived(*values: object) -> str:
    return _reference_row(
        *(
            hashlib.blake2b(v, digest_size=8).hexdigest() if isinstance(v, bytes) else v
            for v in values
        )
    )


SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(),
    st.text(alphabet=st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), max_size=2),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(SCALARS, max_size=8))
def test_row_sum_is_the_json_digest(values: list[object]) -> None:
    assert row_sum(*values) == _reference_row(*values)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(SCALARS, st.binary(max_size=64)), max_size=8))
def test_derived_sum_digests_each_blob(values: list[object]) -> None:
    assert derived_sum(*values) == _reference_derived(*values)


def test_rows_as_the_index_writes_them() -> None:
    """A match row (no blob) and an index row (a vector), with the characters JSON escapes:
    quotes, backslashes, control characters, a line separator, Cyrillic, a lone surrogate."""
    reason = 'same wording about "Kyiv", \\ 10\u2028\u0007 Київ \ud800'
    match = (12, 7, "same", 0.8125, reason)
    index = (12, 3, "norm", '["kyiv"]', '{"when":null}', b"\x00\xff" * 256, None)
    assert derived_sum(*match) == _reference_derived(*match)
    assert derived_sum(*index) == _reference_derived(*index)
    assert row_sum(1, math.nan, math.inf, -0.0, 22.0) == _reference_row(
        1, math.nan, math.inf, -0.0, 22.0
    )


def test_the_kept_encoder_writes_as_the_json_encoder() -> None:
    """The encoder made once is the C one where this Python has it, and it writes what
    ``_JSON.encode`` writes (the fallback on another Python is ``_JSON.encode`` itself)."""
    values = (1, "é\n", 0.1, None, True, [1, 2], {"a": 1})
    assert rowsum._ENCODE(values) == rowsum._JSON.encode(values)
    if getattr(json.encoder, "c_make_encoder", None) is not None:
        assert rowsum._JSON.encode != rowsum._ENCODE  # a bound method: equal, not identical
