"""Grammar stage: the Lark line grammar, built once per process.

The `.lark` files live in the top-level ``grammars/`` folder and are shipped
inside the wheel as ``actionplan_parse/grammars``; in a source checkout (or an
editable install) they are read from the repository instead.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

from lark import Lark, Token, Transformer

__all__ = ["grammar_text", "line_parser", "Shape"]

Shape = tuple[str, Token, Token | None]
"""A line's shape: (`blank`|`garbled`|`labelled`|`text`, first token, rest token or None)."""

_GRAMMAR = "lines.lark"


def grammar_text(name: str = _GRAMMAR) -> str:
    """Source of a shipped grammar file."""
    shipped = resources.files("actionplan_parse") / "grammars" / name
    if shipped.is_file():
        return shipped.read_text(encoding="utf-8")
    checkout = Path(__file__).resolve().parents[2] / "grammars" / name
    return checkout.read_text(encoding="utf-8")


class _Shapes(Transformer[Token, list[Shape]]):
    """Applied while parsing (LALR inline transform): each line becomes a small tuple."""

    def start(self, lines: list[Shape]) -> list[Shape]:
        return lines

    def blank(self, tokens: list[Token]) -> Shape:
        return ("blank", tokens[0], None)

    def garbled(self, tokens: list[Token]) -> Shape:
        return ("garbled", tokens[0], None)

    def text(self, tokens: list[Token]) -> Shape:
        return ("text", tokens[0], None)

    def labelled(self, tokens: list[Token]) -> Shape:
        return ("labelled", tokens[0], tokens[1] if len(tokens) > 2 else None)


@functools.cache
def line_parser(strict: bool = False) -> Lark:
    """The LALR line parser with the contextual lexer (built once); parses to `Shape`s.

    The grammar analysis is cached on disk by Lark (keyed by grammar, options and
    version), so a new process starts in a fraction of a second even where the
    `interegular` package makes Lark check every pair of terminals for collisions.
    ``strict=True`` (used by the tests) always rebuilds and runs that check.
    """
    return Lark(
        grammar_text(),
        parser="lalr",
        lexer="contextual",
        strict=strict,
        maybe_placeholders=False,
        transformer=_Shapes(),
        cache=not strict,
    )
