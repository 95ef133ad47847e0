"""Vocabulary, one home per word list: months, and the reporting language of Russian and
Ukrainian. The lowest layer beside ``text``: it imports nothing from the package, so every
module that reads dates or attributions can use it."""
