"""AP005 mixed-newlines: the file mixes line endings (CRLF and LF, or CR)."""

from __future__ import annotations

from collections.abc import Iterator

from .base import Context, Finding, Rule


def check(context: Context) -> Iterator[Finding]:
    source = context.source
    if source.newline != "mixed":
        return
    widths = [
        nxt - start - length
        for start, nxt, length in zip(
            source.line_starts, source.line_starts[1:], source.line_lengths, strict=False
        )
    ]
    first = next((i for i, w in enumerate(widths) if w != widths[0]), 0)
    yield Finding(
        first + 1,
        first + 1,
        f"line endings are mixed: this line ends differently from line 1 "
        f"({_name(widths[first])} after {_name(widths[0])})",
    )


def _name(width: int) -> str:
    return "CRLF" if width == 2 else "LF/CR"


RULE = Rule(
    "AP005",
    "mixed-newlines",
    "warning",
    "The file mixes line endings (CRLF and LF, or CR).",
    check,
    meaning=(
        "Some lines end with CRLF (Windows) and others with LF (Unix) or CR. The "
        "finding points at the first line whose ending differs from line 1."
    ),
    why=(
        "Mixed endings show that pieces were pasted from different sources, a common "
        "place for text to be lost or duplicated; they also make diffs of the file noisy."
    ),
    example="Plan\r\nFirst, Trade\r\n(1) Open markets.\n(2) Lower tariffs.\n",
    fix="Convert the whole file to one line ending (e.g. `dos2unix`), then review the seams.",
    fixed="Plan\nFirst, Trade\n(1) Open markets.\n(2) Lower tariffs.\n",
)
