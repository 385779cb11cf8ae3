"""Text from a document made safe for a terminal: control characters shown, not obeyed.

A document (or a file name) may hold terminal escape sequences (``ESC [ 2 J``),
carriage returns that overwrite a line, or bidirectional overrides that reorder
it. Human-readable outputs (``check`` text and github formats, the outline
table, error messages) pass their text through :func:`printable`; JSON escapes
control characters by itself.
"""

from __future__ import annotations

import re

__all__ = ["printable"]

_UNPRINTABLE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` with control characters (tab excepted) written as escapes: `\\x1b`, `\\u202e`."""
    return _UNPRINTABLE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
