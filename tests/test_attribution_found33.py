"""Russian and Ukrainian names in capitals (found33, issue 12).

The Russian and Ukrainian reader took a word all in capitals for an acronym, so «Глава
управления ОЛЕГ МАРЧЕНКО заявил» had no name in it and the speaker was the whole phrase with
its role; two or three words in capitals with vowels are read as a name now, shown as
written. Invented sentences, one each after a headline.
"""

from __future__ import annotations

import pytest
from factdesk.extract.claims import extract_claims


def _only(sentence: str) -> tuple[str, str | None, str | None]:
    (draft,) = extract_claims(f"Огляд порту\n\n{sentence}\n")
    return draft.sourcing, draft.speaker, draft.speaker_type


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Глава управления ОЛЕГ МАРЧЕНКО заявил, что порт потерял 9 причалов.",
         "ОЛЕГ МАРЧЕНКО"),
        ("Начальник порту ОЛЕНА КОВАЛЬ заявила, що порт втратив 9 причалів.", "ОЛЕНА КОВАЛЬ"),
        ("Порт потерял 9 причалов, сообщил директор порта ИВАН СИДОРОВ.", "ИВАН СИДОРОВ"),
        ("Як повідомив заступник мера ТАРАС ГНАТЮК, ремонт триватиме 12 тижнів.",
         "ТАРАС ГНАТЮК"),
    ],
)  # fmt: skip
def test_a_name_in_capitals_is_the_speaker_without_its_role(sentence: str, speaker: str) -> None:
    assert _only(sentence) == ("named", speaker, "person")


def test_an_acronym_in_capitals_stays_a_body() -> None:
    _, speaker, kind = _only("В ГУ МВД заявили, что в порту задержали 12 человек.")
    assert speaker is not None and "МВД" in speaker and kind != "person"
