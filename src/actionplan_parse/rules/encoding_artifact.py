"""AP003 encoding-artifact: mojibake, U+FFFD, control characters, a cp1252 fallback."""

from __future__ import annotations

from collections.abc import Iterator

from ..lines import CONTROL
from ..tidy import fix_mojibake
from .base import Context, Finding, Rule


def check(context: Context) -> Iterator[Finding]:
    if context.source.fallback:
        yield Finding(1, 1, "not valid UTF-8: decoded as cp1252, check the characters")
    for line in context.lines:
        if line.kind not in ("text", "labelled") or line.raw.isascii():
            continue
        if m := CONTROL.search(line.raw):
            yield Finding(
                line.number,
                line.number,
                f"replacement or control character U+{ord(m.group()):04X}",
                column=m.start() + 1,
            )
        elif fix_mojibake(line.raw) != line.raw:
            yield Finding(
                line.number, line.number, "mojibake (text decoded with the wrong encoding)"
            )


RULE = Rule(
    "AP003",
    "encoding-artifact",
    "warning",
    "Mojibake, U+FFFD, control characters or a cp1252 fallback decode.",
    check,
    meaning=(
        "A line contains the replacement character U+FFFD, a control character, or "
        "mojibake (UTF-8 read as cp1252, e.g. `â€™` for `’`); or the whole file is not "
        "valid UTF-8 and was decoded as cp1252."
    ),
    why=(
        "Names, accents and quotation marks are corrupted: the text no longer says "
        "what the signatories signed, and searching for a name misses it."
    ),
    example="Plan\nFirst, Trade\n(1) Open the Ministryâ€™s markets.\n",
    fix=(
        "Re-export the file as UTF-8 from the original, or repair the characters "
        "(`ftfy` fixes most mojibake); replace U+FFFD by the lost character."
    ),
    fixed="Plan\nFirst, Trade\n(1) Open the Ministry’s markets.\n",
)
