"""Compare a parsed outline with an `*.expected.json` file (line -> id patterns)."""

from __future__ import annotations

from actionplan_parse import Document


def id_matches(actual: str, pattern: str) -> bool:
    """`?` in the pattern matches any number (or `?`); `a|b` accepts either."""
    return any(_one(actual, p) for p in pattern.split("|"))


def _one(actual: str, pattern: str) -> bool:
    a, p = actual.split("."), pattern.split(".")
    return len(a) == len(p) and all(x == y or y == "?" for x, y in zip(a, p, strict=True))


def deepest_ids(document: Document) -> dict[int, str]:
    """For every source line, the id of the deepest node whose span holds it."""
    holder: dict[int, str] = {}
    for node in document.walk():  # pre-order: deeper nodes overwrite their parents
        for line in range(node.span.start_line, node.span.end_line + 1):
            holder[line] = node.id
    return holder


def mismatches(document: Document, expected: dict, line_map=lambda n: n) -> list[str]:
    """Lines of `expected["ids"]` whose holder differs; `line_map` maps source lines."""
    held = deepest_ids(document)
    problems = []
    for line, pattern in expected["ids"].items():
        actual = held.get(line_map(int(line)))
        if actual is None or not id_matches(actual, pattern):
            problems.append(f"line {line}: expected {pattern}, got {actual}")
    return problems
