"""Backtracking guards: every regex of the package and every grammar terminal, on hostile text.

The patterns are enumerated, not listed: a module-level compiled pattern (alone or in a
tuple/list/dict) in any module of the package, and every terminal of the Lark line grammar,
is covered as soon as it exists. Each one runs over strings built from its own alphabet (the
characters of its source, plus a few others): short runs of every pair of characters (where
exponential backtracking shows at 40 characters), long runs of every single character (where
quadratic rescans show), each with a suffix that makes the match fail. The bounds are
generous: a guard against blow-ups, not a benchmark.
"""

from __future__ import annotations

import importlib
import itertools
import pkgutil
import re
import time

import pytest

import actionplan_parse
from actionplan_parse.grammar import line_parser

EXTRA = " \t\n1aé第(\\"
SUFFIXES = ("\x00é", " x", "\n")
PAIR_LENGTH = 48
RUN_LENGTH = 10_000
BOUND_SECONDS = 5.0
ALNUM_SAMPLE = 6


def _module_patterns() -> dict[str, re.Pattern[str]]:
    found: dict[str, re.Pattern[str]] = {}
    package = actionplan_parse.__path__, actionplan_parse.__name__ + "."
    for info in pkgutil.walk_packages(*package):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            values = value.values() if isinstance(value, dict) else value
            if isinstance(value, re.Pattern):
                values = [value]
            elif not isinstance(value, (tuple, list, dict)):
                continue
            for i, item in enumerate(_flatten(values)):
                if isinstance(item, re.Pattern) and isinstance(item.pattern, str):
                    found[f"{info.name}.{name}[{i}]"] = item
    return found


def _flatten(values: object) -> list[object]:
    out: list[object] = []
    for item in values:  # type: ignore[attr-defined]
        out.extend(_flatten(item) if isinstance(item, (tuple, list)) else [item])
    return out


def _terminal_patterns() -> dict[str, re.Pattern[str]]:
    parser = line_parser()
    return {
        f"lines.lark:{t.name}": re.compile(t.pattern.to_regexp(), _flags(t.pattern.flags))
        for t in parser.terminals
    }


def _flags(flags: frozenset[str] | tuple[str, ...]) -> int:
    value = 0
    for flag in flags:
        value |= getattr(re, flag.upper())
    return value


PATTERNS = {**_module_patterns(), **_terminal_patterns()}


def test_patterns_are_enumerated():
    """The enumeration reaches the known families (so a refactoring cannot empty it)."""
    names = " ".join(PATTERNS)
    for family in ("lines.lark:GARBLED", "lines._MARK_PREFIX", "markup._MD_SIGNALS", "debris."):
        assert family in names
    assert len(PATTERNS) >= 40


def _alphabet(pattern: re.Pattern[str]) -> list[str]:
    """The pattern's own punctuation and white space (where backtracking hides), a few of its
    letters and digits (interchangeable for a pattern: they keep the suite fast), and EXTRA."""
    printable = [c for c in dict.fromkeys(pattern.pattern) if c.isprintable()]
    chars = {c for c in printable if not c.isalnum()} | set(EXTRA)
    chars |= set([c for c in printable if c.isalnum()][:ALNUM_SAMPLE])
    for escape, char in (("\\t", "\t"), ("\\n", "\n"), ("\\u3000", "\u3000"), ("\\xa0", "\xa0")):
        if escape in pattern.pattern:
            chars.add(char)
    return sorted(chars)


def _exercise(name: str, pattern: re.Pattern[str], text: str) -> None:
    pattern.match(text)
    pattern.fullmatch(text)
    if not name.startswith("lines.lark:"):
        # Lark tries a terminal only where a token starts (at most twice a line: label,
        # rest), so for terminals a failing match must be linear; other patterns are
        # searched, so a search from every position must be linear too.
        pattern.findall(text)


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_no_exponential_backtracking(name):
    pattern = PATTERNS[name]
    alphabet = _alphabet(pattern)
    started = time.perf_counter()
    for a, b in itertools.product(alphabet, repeat=2):
        for suffix in SUFFIXES:
            _exercise(name, pattern, (a + b) * (PAIR_LENGTH // 2) + suffix)
    assert time.perf_counter() - started < BOUND_SECONDS * 4, name


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_no_quadratic_rescans(name):
    pattern = PATTERNS[name]
    started = time.perf_counter()
    for char in _alphabet(pattern):
        for suffix in SUFFIXES:
            _exercise(name, pattern, char * RUN_LENGTH + suffix)
    assert time.perf_counter() - started < BOUND_SECONDS * 4, name


@pytest.mark.parametrize(
    "text",
    [
        "\\" * 200_000 + " x\n",
        "\\{" * 100_000 + "é\n",
        "\\a" * 100_000 + " x\n",
        "\\;" * 100_000 + "é\n",
    ],
    ids=["backslashes", "backslash-brace", "control-words", "backslash-semicolon"],
)
def test_garbled_terminal_is_linear(text):
    """The terminal that ran > 60 s on 50 backslashes, at 200 kB, through the whole lexer."""
    started = time.perf_counter()
    line_parser().parse(text)
    assert time.perf_counter() - started < BOUND_SECONDS
