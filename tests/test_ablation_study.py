"""The ablation study's switches (tools/ablation_study.py): how a step is turned off follows
its contract, and the engine's spine is never one of the steps. No spaCy, no article."""

from __future__ import annotations

import pytest

from tools import ablation_study as study


def finder(self, unit: int, found: str) -> str | None:
    return found


def rewrite(self, unit: int, found: str) -> Found:  # noqa: F821
    return "rewritten"


def a_pass(self, units: list) -> None:
    units.append("x")


def a_test(token: str) -> bool:
    return token == "rare"


def a_helper(text: str) -> list[str]:
    return [text]


def test_a_step_is_switched_off_by_its_return_type() -> None:
    assert study._kind(finder) == "maybe"  # (settled by the watched run: finder or rewrite)
    assert study._kind(rewrite) == "found"
    assert study._kind(a_pass) == "pass"
    assert study._kind(a_test) == "bool"
    assert study._kind(a_helper) is None


def test_switched_off_steps_keep_their_callers_contract() -> None:
    step = study.Step("x.rewrite", None, "rewrite", "found", rewrite)
    assert study._switched_off(step)(None, 1, "as found") == "as found"
    step = study.Step("x.finder", None, "finder", "none", finder)
    assert study._switched_off(step)(None, 1, "as found") is None
    step = study.Step("x.a_test", None, "a_test", "bool", a_test, majority=True)
    assert study._switched_off(step)("rare") is True


def test_the_engines_spine_and_the_aside_split_are_left_alone() -> None:
    names = {step.name for step in study.find_steps()}
    assert "Engine._pair" in names and "Engine._lead_ins" in names
    assert not names & study.CORE
    with pytest.raises(SystemExit):
        study._names(["heldout20"])
    spent = study._names(["spent"])
    assert "heldout20" not in spent
    for sealed in study.SEALED:
        assert sealed not in spent
        with pytest.raises(SystemExit):
            study._names([sealed])
