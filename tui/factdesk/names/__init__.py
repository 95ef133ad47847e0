"""Proper names: their spellings across transliterations, their groups, their mentions in text."""
