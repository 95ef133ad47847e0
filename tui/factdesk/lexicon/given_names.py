"""Common given names, in any spelling: the one list both the name matcher and the
Russian/Ukrainian speaker reader consult.

``names.spelling`` keys them through its transliteration folding ("Valery Gerasimov" then
answers to "Gerasimov"); ``lexicon.cyrillic`` reads a declined Cyrillic given name back to
its nominative only when the nominative is one of them ("Виктора" -> "Виктор"), through
``known_given``, a lighter folding of the same letters. Given names only, never a surname.

What is listed (the criterion): given names common among speakers of the languages the desk
reads, Russian, Ukrainian and English, in the Latin spellings reports use for them. Nothing is
listed because someone in the news bears it: the given names of heads of government and other
office-holders once here (ramzan, keir, rishi, olaf, kaja, kamala, ursula, jens, emmanuel,
donald, antonio, marco) were removed in extractor 146 (a rule may not know the news's names).
"""

from __future__ import annotations

import re
from functools import lru_cache

GIVEN_NAMES = frozenset(
    """alexander aleksandr oleksandr alexei aleksei oleksii alexey andrei andriy andrii andrew
    anatoly anatolii anna anton arseniy artem boris bohdan denis denys dmitry dmytro dmitri
    evgeny yevgeny yevhen eugene fedor fyodor gennady georgy hennadiy heorhiy grigory hryhoriy
    igor ihor ilya illia ivan kirill kyrylo konstantin kostiantyn leonid maksim maxim mykhailo
    mikhail nikolai mykola oleg oleh olga olha olena elena pavel pavlo petro petr pyotr roman
    ruslan sergei sergey serhiy serhii stanislav stepan taras valery valeriy valerii vasily
    vasyl viktor victor vitaly vitalii vitali vladimir volodymyr vladislav vladyslav vyacheslav
    yaroslav yulia yuliia yury yuriy yurii zinaida maria mariya natalia tatiana svetlana irina
    iryna ekaterina kateryna jonathan john james joe mark joseph william david michael robert
    richard thomas charles daniel paul peter george steven stephen kevin brian edward ilia
    lloyd""".split()
)
"""Common given names (any spelling): "Valery Gerasimov" then answers to "Gerasimov"."""


def _light_key(word: str) -> str:
    """A word folded enough for a Cyrillic and a Latin spelling of one given name to meet
    (Сергій/Serhiy/Sergei, Андрей/Andrei): romanised, letters only, kh/g as h, y/j/e as i,
    x as ks, no doubled letter."""
    from anyascii import anyascii

    low = re.sub(r"[^a-z]", "", anyascii(word).casefold())
    for old, new in (("kh", "h"), ("g", "h"), ("y", "i"), ("j", "i"), ("e", "i"), ("x", "ks")):
        low = low.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", low)


@lru_cache(maxsize=1)
def _light_keys() -> frozenset[str]:
    return frozenset(_light_key(name) for name in GIVEN_NAMES)


@lru_cache(maxsize=8192)
def known_given(word: str) -> bool:
    """Whether a word, as written (any script, any case ending left on), is a common given
    name: "Сергій" and "Viktor" are, "Виктора" is not (its nominative is)."""
    return _light_key(word) in _light_keys()
