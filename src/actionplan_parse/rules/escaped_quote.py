"""AP002 escaped-quote: backslashes used as quotation marks (`\\Panda Bond\\`)."""

from __future__ import annotations

from collections.abc import Iterator

from ..tidy import ESCAPED_QUOTE
from .base import Context, Finding, Rule


def check(context: Context) -> Iterator[Finding]:
    for line in context.lines:
        if line.kind in ("text", "labelled") and "\\" in line.raw:
            for m in ESCAPED_QUOTE.finditer(line.raw):
                yield Finding(
                    line.number,
                    line.number,
                    f"backslashes used as quotation marks: {m.group(0)!s}",
                    column=m.start() + 1,
                )


RULE = Rule("AP002", "escaped-quote", "warning", "Backslashes used as quotation marks.", check)
