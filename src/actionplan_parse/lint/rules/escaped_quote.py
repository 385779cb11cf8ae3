"""AP002 escaped-quote: backslashes used as quotation marks (`\\Panda Bond\\`).

Not reported: escape sequences (`\\xF3`, `\\u00e9`) and Markdown escapes of
punctuation (`\\[`, `\\_`), which are backslashes doing their ordinary job.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...tidy import ESCAPED_QUOTE
from .base import Context, Finding, Rule

_ESCAPE = re.compile(r"\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4})")


def check(context: Context) -> Iterator[Finding]:
    for line in context.lines:
        if line.kind in ("text", "labelled") and "\\" in line.raw:
            for m in ESCAPED_QUOTE.finditer(line.raw):
                if _is_escape(line.raw, m):
                    continue
                yield Finding(
                    line.number,
                    line.number,
                    f"backslashes used as quotation marks: {m.group(0)!s}",
                    column=m.start() + 1,
                )


def _is_escape(raw: str, match: re.Match[str]) -> bool:
    """True when either backslash starts an escape sequence, or the first escapes punctuation."""
    quoted = match.group(1)
    if not quoted or (quoted[0].isascii() and not quoted[0].isalnum() and quoted[0] != " "):
        return True
    return bool(_ESCAPE.match(raw, match.start()) or _ESCAPE.match(raw, match.end() - 1))


RULE = Rule(
    "AP002",
    "escaped-quote",
    "warning",
    "Backslashes used as quotation marks.",
    check,
    meaning=(
        "A phrase is enclosed in backslashes, `\\Panda Bond\\`, where the original had "
        "quotation marks: a typical trace of a conversion that escaped the quotes and "
        "then lost them."
    ),
    why=(
        "Quoted names of initiatives and programmes are what readers search for; with "
        "backslashes they are neither quoted nor findable, and the raw text looks broken."
    ),
    example="Plan\nFirst, Finance\n(1) Hold a \\Panda Bond\\ seminar.\n",
    fix="Replace the backslashes by the quotation marks of the language (“…” in English).",
    fixed="Plan\nFirst, Finance\n(1) Hold a “Panda Bond” seminar.\n",
)
