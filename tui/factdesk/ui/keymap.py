"""The ``[keys]`` table of config.toml checked against the app's bindings, screen by screen.

Textual's ``set_keymap`` accepts anything: an id no binding has, a key name no terminal sends,
or a key another action of the same screen already uses (the last one silently wins, so a
verdict key could stop working). Each of those is one line naming the config file and line;
the entries with a problem are left out and the others applied.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import pkgutil
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from textual.binding import Binding
from textual.dom import DOMNode
from textual.keys import KEY_NAME_REPLACEMENTS, KEY_TO_UNICODE_NAME, Keys, _character_to_key
from textual.screen import Screen

from factdesk.settings.config import Config, line_of

MODIFIERS = frozenset({"ctrl", "shift", "alt", "meta", "super", "hyper"})


@functools.cache
def named_keys() -> frozenset[str]:
    """Key names Textual knows (``enter``, ``f2``...): built when a ``[keys]`` entry is
    checked, not at import (the app imports this module on its way to the first screen)."""
    return frozenset(
        {key.value for key in Keys if "+" not in key.value and not key.value.startswith("<")}
        | set(KEY_NAME_REPLACEMENTS.values())
        | set(KEY_TO_UNICODE_NAME)
    )


@dataclass(frozen=True)
class Checked:
    """The keymap to apply (entries without a problem) and one line per problem."""

    keymap: dict[str, str]
    problems: list[str]


def key_problem(key: str) -> str | None:
    """None when Textual can bind ``key`` (``v``, ``ctrl+s``, ``f2``, ``question_mark``)."""
    if len(key) == 1:
        return None if key.isprintable() and not key.isspace() else "is not a printable key"
    *modifiers, base = key.split("+")
    unknown = [m for m in modifiers if m not in MODIFIERS]
    if unknown or not base:
        return f"{'+'.join(unknown) or key!r} is not a modifier (ctrl, shift, alt, …)"
    if len(base) == 1 or base in named_keys() or _unicode_key(base):
        return None
    return "is not a key name (like v, ctrl+s, f2, enter, question_mark)"


def _unicode_key(name: str) -> bool:
    """``left_square_bracket``-style names: the Unicode name of a punctuation character a
    keyboard types (not any character: ``banana`` names an emoji)."""
    if name != name.lower():
        return False
    try:
        character = unicodedata.lookup(name.replace("_", " "))
    except KeyError:
        return False
    return character.isascii() and character.isprintable() and not character.isalnum()


def _normal(key: str) -> str:
    """The name Textual stores a key under (a single character becomes its key name)."""
    return _character_to_key(key) if len(key) == 1 else key


def _classes(package: str, base: type) -> list[type]:
    """Every subclass of ``base`` defined in the modules of ``package``."""
    found: dict[str, type] = {}
    module = importlib.import_module(package)
    for info in pkgutil.iter_modules(module.__path__, package + "."):
        for name, cls in inspect.getmembers(importlib.import_module(info.name), inspect.isclass):
            if issubclass(cls, base) and cls.__module__ == info.name:
                found[f"{info.name}.{name}"] = cls
    return [found[name] for name in sorted(found)]


def _bindings(node: type[DOMNode]) -> list[Binding]:
    merged = node._merged_bindings
    if merged is None:
        return []
    return [b for bindings in merged.key_to_bindings.values() for b in bindings]


def _screen_name(cls: type) -> str:
    return cls.__name__.removesuffix("Screen").lower() or cls.__name__


def check_keymap(config: Config, app: type[DOMNode]) -> Checked:
    """The ``[keys]`` entries to apply, and a line for each unknown id, invalid key or key
    that two actions of one screen (its own bindings and the app's) would share."""
    keys = dict(config.keys)
    if not keys:
        return Checked({}, [])
    path = config.path
    source = _read(path)
    where = str(path) if path else "config.toml"
    screens = _classes("factdesk.ui.screens", Screen)
    widgets = _classes("factdesk.ui.widgets", DOMNode)
    known = {b.id for node in (app, *screens, *widgets) for b in _bindings(node) if b.id}
    problems: list[str] = []
    good: dict[str, str] = {}

    def refuse(binding_id: str, reason: str) -> None:
        problems.append(f"{where}{line_of(source, binding_id)}: [keys] {binding_id}: {reason}")

    for binding_id, value in keys.items():
        if binding_id not in known:
            refuse(binding_id, "no such binding id (press ? on a screen to see its ids)")
            continue
        bad = [(k, p) for k in _split(value) if (p := key_problem(k))]
        if not _split(value):
            refuse(binding_id, "no key given")
        elif bad:
            refuse(binding_id, f"{bad[0][0]!r} {bad[0][1]}")
        else:
            good[binding_id] = value
    for screen in screens:
        for binding_id, key, other in _clashes(good, _bindings(app) + _bindings(screen)):
            if binding_id in good:
                refuse(binding_id, f"{key!r} is also {other!r} on the {_screen_name(screen)} "
                                   "screen")  # fmt: skip
                del good[binding_id]
    return Checked(good, problems)


def _clashes(keymap: dict[str, str], bindings: list[Binding]) -> Iterable[tuple[str, str, str]]:
    """(remapped id, key, the other binding's id or action) for each key two actions share."""
    owners: dict[str, set[tuple[str, str]]] = {}
    for binding in bindings:
        keys = _split(keymap[binding.id]) if binding.id in keymap else [binding.key]
        for key in keys:
            owners.setdefault(_normal(key), set()).add((binding.id or "", binding.action))
    for key, owned in owners.items():
        actions = {action for _, action in owned}
        if len(actions) < 2 or len({i for i, _ in owned}) < 2:
            continue  # one action, or one binding (the app's and a screen's copy of one id)
        remapped = sorted(i for i, _ in owned if i in keymap)
        for binding_id in remapped:
            action = next(a for i, a in owned if i == binding_id)
            other = next(i or a for i, a in sorted(owned) if a != action)
            yield binding_id, key, other


def _split(value: str) -> list[str]:
    return [key.strip() for key in value.split(",") if key.strip()]


def _read(path: Path | None) -> str:
    try:
        return path.read_text(encoding="utf-8-sig") if path else ""
    except (OSError, UnicodeDecodeError):
        return ""
