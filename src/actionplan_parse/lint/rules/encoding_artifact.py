"""AP003 encoding-artifact: mojibake, U+FFFD, control characters, a detected legacy encoding."""

from __future__ import annotations

from collections.abc import Iterator

from ...lines import CONTROL
from ...tidy import fix_mojibake
from .base import Context, Finding, Rule


def check(context: Context) -> Iterator[Finding]:
    if context.source.fallback:
        source = context.source
        yield Finding(
            1,
            1,
            f"not UTF-8: decoded as {source.encoding} (detected, confidence "
            f"{source.confidence:.2f}); check the characters or name it with --encoding",
        )
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
    "Mojibake, U+FFFD, control characters or a detected (not UTF-8) encoding.",
    check,
    meaning=(
        "A line contains the replacement character U+FFFD, a control character, or "
        "mojibake (UTF-8 read as cp1252, e.g. `â€™` for `’`); or the whole file is not "
        "UTF-8 and its encoding (GB18030, Big5, Shift-JIS, cp1252, Latin-1) was detected."
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
