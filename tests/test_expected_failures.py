"""conftest's expected failures: a failure the xfail plugin will report as expected gets its
exception line, not a formatted traceback (pytest parsed the test's whole source file for each
entry of it, and nothing shows it); every other failure keeps the full traceback."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import pytest
from _pytest.skipping import Xfail, xfailed_key
from conftest import expected_failure


@pytest.fixture
def node(request: pytest.FixtureRequest) -> pytest.Item:
    """This test's own item."""
    return request.node


@contextlib.contextmanager
def marked(item: pytest.Item, xfailed: Xfail | None) -> Iterator[None]:
    """``item`` as if its xfail mark had evaluated to ``xfailed``; its own given back before
    the call ends (the plugin reads it when the report is made, before any teardown)."""
    kept = item.stash.get(xfailed_key, None)
    item.stash[xfailed_key] = xfailed  # type: ignore[assignment]
    try:
        yield
    finally:
        item.stash[xfailed_key] = kept  # type: ignore[assignment]


def _failure() -> pytest.ExceptionInfo[AssertionError]:
    with pytest.raises(AssertionError) as info:
        assert 1 + 1 == 3, "a sum"
    return info


@pytest.mark.parametrize(
    ("raises", "expected"),
    [(None, True), (AssertionError, True), ((KeyError, AssertionError), True), (KeyError, False)],
)
def test_an_xfail_of_that_exception_is_expected_another_is_not(
    node: pytest.Item, raises: type | tuple | None, expected: bool
) -> None:
    info = _failure()
    with marked(node, Xfail(reason="r", run=True, strict=True, raises=raises)):
        assert expected_failure(node, info) is expected
        shown = node.repr_failure(info)
    if expected:
        assert shown == "expected failure: AssertionError: a sum\nassert (1 + 1) == 3"
    else:  # formatted in full: the test's source line and where it failed
        assert "assert 1 + 1 == 3" in str(shown) and "test_expected_failures.py" in str(shown)


def test_no_xfail_and_runxfail_format_in_full(
    node: pytest.Item, monkeypatch: pytest.MonkeyPatch
) -> None:
    info = _failure()
    with marked(node, None):  # no mark, or one whose condition was false
        assert not expected_failure(node, info)
        assert "assert 1 + 1 == 3" in str(node.repr_failure(info))
    monkeypatch.setattr(node.config.option, "runxfail", True)
    with marked(node, Xfail(reason="r", run=True, strict=True, raises=None)):
        assert not expected_failure(node, info)
        assert "assert 1 + 1 == 3" in str(node.repr_failure(info))


@pytest.mark.xfail(strict=True, reason="the shortcut's own end-to-end case")
def test_a_strict_xfail_still_reports_xfailed() -> None:
    assert 1 + 1 == 3
