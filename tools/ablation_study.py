"""Which attribution steps carry to text nobody tuned them on: an ablation, step by step.

    PYTHONPATH=tui python -m tools.ablation_study steps                      # the steps
    PYTHONPATH=tui python -m tools.ablation_study fires heldout21 heldout22  # which fire, where
    PYTHONPATH=tui python -m tools.ablation_study ablate heldout21 heldout22 # each one off
    PYTHONPATH=tui python -m tools.ablation_study ablate spent --steps Engine._pair,...

A *step* is one refinement of the engine (``attribution.Engine._*``, ``grammar.Reader._*``,
and the private functions of ``attribution``, ``grammar`` and ``ru_uk``) whose return type
says how to switch it off without breaking the contract of its caller:

- ``X | None`` (a finder: "the body this noun stands for", "the unnamed source again"):
  return None, "not applicable";
- ``Found`` with a ``found`` argument (a rewrite of what was found): return ``found``;
- ``None`` (a pass over the units, or a note kept for later units): do nothing;
- ``bool`` (a test that turns a rule on or off): return, always, the answer it gave most
  often on the splits measured (so the rarer answer, the one a rule was written for, never
  comes).

Other return types (lists, names, tuples) are helpers, not steps, and are left alone; so are
the engine's spine (``CORE``). ``fires`` runs the engine once with every step watched and
counts, per step, the calls whose answer differs from its switched-off answer (for a pass,
the calls that changed a unit's speaker; for a note, every call), and in which articles.
``ablate`` runs each step that fired switched off, re-extracting only the articles it fired
in (elsewhere the output cannot change), and prints per split the speaker right/wrong and
the labelled ``none`` claims given a source, against the full engine.

Parses are cached on disk (``CACHE``, one DocBin per split), so a run parses nothing twice.
Sealed splits (``evaluate_attribution.SEALED``) are never read: they are refused by name and
left out of ``spent`` (every split of ``SPLITS`` but the sealed, ``ASIDE`` and the two being
measured); ``ASIDE`` (``heldout20``, whose errors nobody prints) and ``VALIDATION`` (the
session's validation split, ``evaluate_attribution.VALIDATION``) are refused too and left out
of ``spent``: their figure lines come from the evaluator only. ``--details`` lists the claims a
step changes.
README: "Which rules carry: an ablation on heldout21+22 (session 21, prune21)".
"""

from __future__ import annotations

import argparse
import functools
import inspect
import json
import sys
import types
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tools.evaluate_attribution import (
    ASIDE,
    DATA,
    NOTES,
    SEALED,
    SPLITS,
    VALIDATION,
    Extracted,
    Sentence,
    evaluate,
    read_labels,
)

CACHE = Path("/tmp/ablation_study")
FRESH = ("heldout21", "heldout22")
CORE = frozenset(
    {
        "Engine.run", "Engine._settle", "Engine._apply", "Engine.quoted_at",
        "Reader.read", "Reader.who", "Reader.phrase", "Reader.subjects",
        "ru_uk.is_cyrillic", "ru_uk.read", "ru_uk.subject",
    }
)  # fmt: skip
"""The spine every step hangs from: switched off, nothing is attributed at all."""


@dataclass(slots=True)
class Step:
    """One switchable step: where it lives, how it is switched off, how it is watched."""

    name: str
    owner: Any
    attr: str
    kind: str
    """"none", "found", "pass", "note" or "bool" (the module docstring); "maybe" until the
    watched run settles it: an ``X | None`` step with a ``found`` argument is a rewrite
    ("found") when it ever hands its argument back unchanged, else a finder ("none")."""
    original: Any
    majority: bool = False
    fires: Counter = field(default_factory=Counter)
    """Article key -> calls whose answer differs from the switched-off one."""
    answers: Counter = field(default_factory=Counter)
    rewrites: Counter = field(default_factory=Counter)
    """For a "maybe" step: article -> calls whose answer differs from its ``found``."""
    holders: list = field(default_factory=list)
    """Where ``_install`` put its replacement: what ``_restore`` puts the original back in."""


def _kind(function: Callable) -> str | None:
    """How ``function`` is switched off, from its return annotation; None: not a step."""
    try:
        signature = _signature(function)
    except (TypeError, ValueError):
        return None
    ann = signature.return_annotation
    ann = ann if isinstance(ann, str) else getattr(ann, "__name__", str(ann))
    ann = ann.replace(" ", "")
    params = list(signature.parameters)
    if ann == "None":
        return "pass" if "units" in params else "note"
    if ann == "bool":
        return "bool"
    if ann.endswith("|None") or ann.startswith("None|"):
        return "maybe" if "found" in params else "none"
    if ann == "Found" and "found" in params:
        return "found"
    return None


def find_steps() -> list[Step]:
    """Every step of the engine, in source order per owner."""
    from factdesk.extract import attribution, grammar, ru_uk

    steps: list[Step] = []
    for owner, prefix in ((attribution.Engine, "Engine"), (grammar.Reader, "Reader")):
        for attr, raw in vars(owner).items():
            function = raw.__func__ if isinstance(raw, staticmethod) else raw
            if not attr.startswith("_") or attr.startswith("__") or not callable(function):
                continue
            name = f"{prefix}.{attr}"
            kind = _kind(function)
            if kind and name not in CORE:
                steps.append(Step(name, owner, attr, kind, raw))
    for module in (attribution, grammar, ru_uk):
        short = module.__name__.rsplit(".", 1)[-1]
        for attr, function in vars(module).items():
            if not attr.startswith("_") or attr.startswith("__"):
                continue
            if (
                not isinstance(function, types.FunctionType)
                or function.__module__ != module.__name__
            ):
                continue
            name = f"{short}.{attr}"
            kind = _kind(function)
            if kind and name not in CORE:
                steps.append(Step(name, module, attr, kind, function))
    return steps


@functools.cache
def _signature(function: Callable) -> inspect.Signature:
    return inspect.signature(function)


def _argument(function: Callable, args: tuple, kwargs: dict, name: str) -> Any:
    """The argument ``name`` of a call (``found``, ``units``), or None."""
    return _signature(function).bind(*args, **kwargs).arguments.get(name)


def _sources(units: list) -> list[tuple]:
    return [(u.speaker, u.sort, u.affiliation) for u in units]


class Watch:
    """The article being extracted, for counting where a step fires."""

    article = ""


def _switched_off(step: Step) -> Callable:
    function = step.original.__func__ if isinstance(step.original, staticmethod) else step.original

    @functools.wraps(function)
    def off(*args: Any, **kwargs: Any) -> Any:
        if step.kind == "none":
            return None
        if step.kind == "found":
            return _argument(function, args, kwargs, "found")
        if step.kind == "bool":
            return step.majority
        return None

    return off


def _watched(step: Step) -> Callable:
    function = step.original.__func__ if isinstance(step.original, staticmethod) else step.original

    @functools.wraps(function)
    def watched(*args: Any, **kwargs: Any) -> Any:
        units = _argument(function, args, kwargs, "units") if step.kind == "pass" else None
        before = _sources(units) if units is not None else None
        result = function(*args, **kwargs)
        if step.kind == "maybe":
            given = _argument(function, args, kwargs, "found")
            if given is not None:
                step.answers[result == given] += 1
            step.rewrites[Watch.article] += result != given
            differs = result is not None
        elif step.kind == "none":
            differs = result is not None
        elif step.kind == "found":
            differs = result != _argument(function, args, kwargs, "found")
        elif step.kind == "bool":
            step.answers[bool(result)] += 1  # which answers differ is settled after the
            step.fires[(Watch.article, bool(result))] += 1  # run, against the majority
            return result
        elif step.kind == "pass":
            differs = before != _sources(units or [])
        else:
            differs = True
        if differs:
            step.fires[Watch.article] += 1
        return result

    return watched


def _install(step: Step, replacement: Callable) -> None:
    if isinstance(step.original, staticmethod):
        replacement = staticmethod(replacement)  # type: ignore[assignment]
    step.holders = list(_holders(step))
    for holder in step.holders:
        setattr(holder, step.attr, replacement)


def _holders(step: Step) -> Iterator[Any]:
    """The owner, and every extract module that imported the same function by name."""
    yield step.owner
    if isinstance(step.owner, types.ModuleType):
        from factdesk.extract import attribution, claims, grammar, ru_uk

        for module in (attribution, claims, grammar, ru_uk):
            if module is not step.owner and getattr(module, step.attr, None) is step.original:
                yield module


def _restore(step: Step) -> None:
    for holder in step.holders:
        setattr(holder, step.attr, step.original)
    step.holders = []


def _clear_caches() -> None:
    """Every lru cache of the extract modules: a switched-off step must not be hidden by an
    answer cached with it on."""
    from factdesk.extract import attribution, claims, grammar, initials, origins, people, ru_uk

    for module in (attribution, claims, grammar, initials, origins, people, ru_uk):
        for value in vars(module).values():
            clear = getattr(value, "cache_clear", None)
            if callable(clear):
                clear()


# --- the splits --------------------------------------------------------------------------
@dataclass(slots=True)
class Split:
    name: str
    prepared: dict[str, Any]
    sentences: list[Sentence]
    langs: dict[str, str]


def load(name: str) -> Split:
    from factdesk.ingest.importer import prepare

    folder = DATA / name
    articles, sentences = read_labels(DATA / f"{name}.jsonl")
    prepared = {}
    for article in sorted(articles):
        if article not in NOTES:
            prepared[article] = prepare(folder / article)
    langs = {article: row["lang"] for article, row in articles.items()}
    return Split(name, prepared, sentences, langs)


def _cache_parses(name: str, work: Callable[[], Any]) -> Any:
    """Run ``work`` with the split's parses loaded from disk; store any it made."""
    from factdesk.language import parse
    from factdesk.language.model import nlp
    from spacy.tokens import DocBin

    parse._CACHE.size = 10**7
    path, keys_path = CACHE / f"{name}.spacy", CACHE / f"{name}.keys.json"
    mine: list[str] = []
    if path.is_file() and keys_path.is_file():
        mine = json.loads(keys_path.read_text())
        docs = DocBin().from_bytes(path.read_bytes()).get_docs(nlp().vocab)
        for key, doc in zip(mine, docs, strict=True):
            if parse._CACHE.get(key) is None:
                parse._CACHE.put(key, doc)
    before = set(parse._CACHE.docs)
    result = work()
    made = [key for key in parse._CACHE.docs if key not in before]
    if made or not path.is_file():  # (the split's own parses only, its old ones and new)
        CACHE.mkdir(parents=True, exist_ok=True)
        keys = [*mine, *made]
        store = DocBin(store_user_data=False)
        for key in keys:
            store.add(parse._CACHE.docs[key])
        path.write_bytes(store.to_bytes())
        keys_path.write_text(json.dumps(keys))
    return result


def extract(split: Split, only: set[str] | None = None) -> dict[str, list[Extracted]]:
    """The claims of each article (of ``only`` when given), as the desk's import makes them."""
    from factdesk.ingest.importer import _extract

    found: dict[str, list[Extracted]] = {}
    for article, prepared in split.prepared.items():
        if only is not None and f"{split.name}/{article}" not in only:
            continue
        Watch.article = f"{split.name}/{article}"
        found[article] = [
            Extracted(d.start, d.end, d.text, d.speaker, d.sourcing, d.score, d.speaker_type,
                      d.affiliation)
            for d in _extract(prepared)
        ]  # fmt: skip
    return found


@dataclass(slots=True)
class Figures:
    right: int
    sourced: int
    none_sourced: int
    """Labelled none/unattributed claims given a source (named or anonymous)."""
    none_named: int
    """Labelled ``none`` claims given a named speaker."""
    errors: list[str]


def figures(split: Split, claims: dict[str, list[Extracted]]) -> Figures:
    bodies = {article: p.body for article, p in split.prepared.items()}
    errors: list[str] = []
    tally = evaluate(bodies, claims, split.sentences, split.langs, errors)["all"]
    row = lambda gold: tally.confusion.get(gold, Counter())  # noqa: E731
    sourced = sum(row(g)[c] for g in ("none", "unattributed") for c in ("named", "anonymous"))
    return Figures(tally.speaker_right, tally.sourced, sourced, row("none")["named"], errors)


def _names(args: list[str]) -> list[str]:
    names: list[str] = []
    for name in args:
        if name == "spent":
            names += [s for s in SPLITS if s not in (*ASIDE, *FRESH, *SEALED, *VALIDATION)]
        elif name in SEALED:
            raise SystemExit(f"{name} is sealed: never read here")
        elif name in VALIDATION:
            raise SystemExit(
                f"{name} is this session's validation split: figures from the evaluator only"
            )
        elif name in ASIDE:
            raise SystemExit(f"{name} is kept aside: its figures come from the evaluator only")
        elif name not in SPLITS:
            raise SystemExit(f"{name}: not a split this tool may read")
        else:
            names.append(name)
    return names


def baseline(names: list[str], steps: list[Step]) -> tuple[dict, dict, dict]:
    """Full engine, every step watched: (splits, claims, figures) by split name."""
    splits, claims, figs = {}, {}, {}
    for step in steps:
        _install(step, _watched(step))
    try:
        for name in names:
            split = load(name)
            splits[name] = split
            _clear_caches()
            claims[name] = _cache_parses(name, lambda split=split: extract(split))
            figs[name] = figures(split, claims[name])
    finally:
        for step in steps:
            _restore(step)
    for step in steps:
        if step.kind == "maybe":
            step.kind = "found" if step.answers[True] else "none"
            if step.kind == "found":
                step.fires = Counter({a: n for a, n in step.rewrites.items() if n})
        elif step.kind == "bool":
            step.majority = step.answers[True] > step.answers[False]
            fired = Counter()
            for (article, answer), n in step.fires.items():
                if answer != step.majority:
                    fired[article] += n
            step.fires = fired
    return splits, claims, figs


def ablate(step: Step, splits: dict, claims: dict, figs: dict) -> dict[str, tuple]:
    """Per split: (figures with ``step`` off, figures with it on) where it fired."""
    out = {}
    _install(step, _switched_off(step))
    try:
        for name, split in splits.items():
            where = {a for a in step.fires if a.startswith(f"{name}/")}
            if not where:
                continue
            _clear_caches()
            changed = extract(split, where)
            merged = {**claims[name], **changed}
            out[name] = (figures(split, merged), figs[name])
    finally:
        _restore(step)
        _clear_caches()
    return out


def _line(step: Step, result: dict[str, tuple], names: list[str]) -> tuple[str, int, int]:
    cells, net_speaker, net_none = [], 0, 0
    for name in names:
        if name not in result:
            cells.append(f"{'.':>9}")
            continue
        off, on = result[name]
        gain = on.right - off.right  # what the step is worth: on minus off
        none = off.none_sourced - on.none_sourced  # sources it keeps off "none" claims
        net_speaker += gain
        net_none += none
        cells.append(f"{gain:>+4d}/{none:>+3d} ")
    fired = sum(step.fires.values())
    return (f"{step.name:42} {step.kind:5} {fired:>5} {net_speaker:>+5d} {net_none:>+5d}  "
            + " ".join(cells)), net_speaker, net_none  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("steps", "fires", "ablate"))
    parser.add_argument("splits", nargs="*", default=list(FRESH))
    parser.add_argument("--steps", help="comma-separated step names (default: all that fire)")
    parser.add_argument("--details", action="store_true", help="the claims each step changes")
    parser.add_argument("--json", type=Path, help="write every step's figures here")
    args = parser.parse_args(argv)
    steps = find_steps()
    if args.steps:
        wanted = set(args.steps.split(","))
        steps = [s for s in steps if s.name in wanted or s.name.split(".")[-1] in wanted]
    if args.command == "steps":
        for step in steps:
            print(f"{step.name:50} {step.kind}")
        print(f"{len(steps)} steps", file=sys.stderr)
        return 0
    names = _names(args.splits)
    splits, claims, figs = baseline(names, steps)
    for name in names:
        f = figs[name]
        print(f"{name:10} full engine: speaker {f.right}/{f.sourced}, none/unattributed given "
              f"a source {f.none_sourced}, none given a name {f.none_named}")  # fmt: skip
    fired = [s for s in steps if s.fires]
    if args.command == "fires":
        for step in sorted(fired, key=lambda s: -sum(s.fires.values())):
            per = Counter(a.split("/")[0] for a in step.fires for _ in range(step.fires[a]))
            print(f"{step.name:50} {step.kind:5} {sum(step.fires.values()):>6} "
                  + " ".join(f"{n}:{c}" for n, c in sorted(per.items())))  # fmt: skip
        print(f"{len(fired)} of {len(steps)} steps fire", file=sys.stderr)
        return 0
    print(f"\n{'step':42} {'kind':5} fires speak  none  " + " ".join(f"{n:>9}" for n in names))
    print(f"{'':42} {'':5} {'':5} (on minus off, per split: speaker/none-kept)")
    rows = {}
    for step in fired:
        result = ablate(step, splits, claims, figs)
        line, net, none = _line(step, result, names)
        print(line, flush=True)
        rows[step.name] = {
            "kind": step.kind, "fires": sum(step.fires.values()), "net_speaker": net,
            "net_none": none,
            "splits": {n: {"on": [on.right, on.sourced, on.none_sourced],
                           "off": [off.right, off.sourced, off.none_sourced]}
                       for n, (off, on) in result.items()},
        }  # fmt: skip
        if args.details:
            for name, (off, on) in result.items():
                lost = sorted(set(on.errors) - set(off.errors))
                gained = sorted(set(off.errors) - set(on.errors))
                for what, lines in (("with it, wrong", lost), ("without it, wrong", gained)):
                    for text in lines:
                        print(f"    {name} {what}: {text}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
