"""Shared output builder: paragraphs of styled text runs -> plain lines + signals.

Both the Markdown and the HTML stripper feed this module the same things: a
paragraph opens (optionally as a heading or with a list label), styled text is
added to it, hard breaks start a new line, and the paragraph is closed. Here
the text is cleaned (white space collapsed, stray ``**`` markers removed) and
the whole-line emphasis signal is worked out, so both formats give the same
output for the same document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = [
    "BOLD",
    "ITALIC",
    "MAX_LIST_DEPTH",
    "UNDERLINE",
    "Builder",
    "Paragraph",
    "list_indent",
    "signal_of",
]

BOLD = "bold"
ITALIC = "italic"
UNDERLINE = "underline"
_ORDER = (BOLD, ITALIC, UNDERLINE)

_SPACE = re.compile(r"[ \t\n\r\f\v\xa0\u2000-\u200a\u202f\u205f]+")
_STRAY = re.compile(r"\*{2,}")
# A short label before emphasised heading text: `I.` `II.` `12.` `(a)` `a)` `-`
_LABEL_PREFIX = re.compile(
    r"\s*(?:[(\[]?(?:\d{1,4}(?:\.\d{1,3})*|[IVXLCDMivxlcdm]{1,7}|[A-Za-z])[.):\]]|[-•·▪–])\s+"
)


MAX_LIST_DEPTH = 8
"""Lists nested deeper than this in markup are written at this depth (flattened): the
indentation of a label grows with its depth, so `<ul><li>` x 30,000 would otherwise write
gigabytes. No plan nests lists this deep."""


def list_indent(depth: int) -> str:
    """The indentation of a list label at ``depth`` (1 = top level), capped at MAX_LIST_DEPTH."""
    return "    " * (min(depth, MAX_LIST_DEPTH) - 1)


def signal_of(styles: frozenset[str]) -> str | None:
    """`{bold, underline}` -> ``bold-underline``; the empty set -> None."""
    names = [s for s in _ORDER if s in styles]
    return "-".join(names) if names else None


@dataclass
class _Run:
    text: str
    styles: frozenset[str]
    literal: bool
    """Escaped or code text: never taken for a stray emphasis marker."""


@dataclass
class _Line:
    src: int | None = None
    end: int | None = None
    runs: list[_Run] = field(default_factory=list)


class Paragraph:
    """Styled text of one block, split into lines by hard breaks."""

    def __init__(
        self,
        src: int,
        heading: str | None = None,
        prefix: str = "",
        keep_lines: bool = False,
        source: list[str] | None = None,
    ) -> None:
        self.src = src
        self.heading = heading
        self.prefix = prefix
        self.keep_lines = keep_lines
        """Line for line: every source line stays an output line (Markdown read by the
        parser); otherwise lines of one emphasis or of a heading are joined."""
        self.source = source or []
        """Source lines: a kept line that the label prefix does not start keeps their indent."""
        self.lines: list[_Line] = [_Line()]

    def add(self, text: str, styles: frozenset[str], src: int, literal: bool = False) -> None:
        if not text:
            return
        line = self.lines[-1]
        stripped = text.strip()
        if stripped:
            if line.src is None:
                line.src = src
            line.end = src + stripped.count("\n")
        line.runs.append(_Run(text, styles, literal))

    def hard_break(self) -> None:
        self.lines.append(_Line())

    def finish(self) -> list[tuple[str, int, str | None, int]]:
        """The output lines: (text, first source line, signal, last source line)."""
        out: list[tuple[str, int, str | None, int]] = []
        stray: frozenset[str] = frozenset()
        for line in self.lines:
            runs, stray = _unstray(line.runs, stray)
            text = _SPACE.sub(" ", "".join(r.text for r in runs)).strip()
            if not text:
                continue
            src = line.src if line.src is not None else self.src
            end = line.end if line.end is not None else src
            out.append((text, src, _line_signal(runs), end))
        if self.keep_lines:
            return self._kept(out)
        if len(out) > 1 and (self.heading or len({row[2] for row in out}) == 1 and out[0][2]):
            joined = " ".join(row[0] for row in out)
            out = [(joined, out[0][1], out[0][2], out[-1][3])]
        if self.heading and out:
            out = [(out[0][0], out[0][1], self.heading, out[0][3])]
        if out and self.prefix:
            text, src, sig, end = out[0]
            out[0] = (self.prefix + text, src, sig, end)
        return out

    def _indent(self, src: int) -> str:
        if not 1 <= src <= len(self.source):
            return ""
        line = self.source[src - 1].expandtabs(4)
        return " " * (len(line) - len(line.lstrip(" ")))

    def _kept(
        self, out: list[tuple[str, int, str | None, int]]
    ) -> list[tuple[str, int, str | None, int]]:
        """Line for line: the label prefix (list nesting) on the first line; the others keep
        the indentation they have in the source."""
        kept = []
        for index, (text, src, signal, end) in enumerate(out):
            lead = self.prefix if index == 0 and self.prefix else self._indent(src)
            kept.append((lead + text, src, self.heading or signal, end))
        return kept


def _unstray(runs: list[_Run], state: frozenset[str]) -> tuple[list[_Run], frozenset[str]]:
    """Remove ``**`` runs the Markdown parser left as text; each toggles bold (``***``: bold
    italic) on the text that follows, so ``***Cybersecurity* **`` still reads bold italic."""
    out: list[_Run] = []
    for run in runs:
        if run.literal or "**" not in run.text:
            out.append(_Run(run.text, run.styles | state, run.literal))
            continue
        pos = 0
        for m in _STRAY.finditer(run.text):
            out.append(_Run(run.text[pos : m.start()], run.styles | state, False))
            toggled = frozenset({BOLD}) if len(m.group()) == 2 else frozenset({BOLD, ITALIC})
            state = state ^ toggled
            pos = m.end()
        out.append(_Run(run.text[pos:], run.styles | state, False))
    return out, state


def _line_signal(runs: list[_Run]) -> str | None:
    """The styles shared by every word of the line (a leading label may be plain)."""
    full = "".join(r.text for r in runs)
    m = _LABEL_PREFIX.match(full)
    skip = m.end() if m and any(c.isalnum() for c in full[m.end() :]) else 0
    common: frozenset[str] | None = None
    offset = 0
    for run in runs:
        start = max(0, skip - offset)
        offset += len(run.text)
        if any(c.isalnum() for c in run.text[start:]):
            common = run.styles if common is None else common & run.styles
            if not common:
                return None
    return signal_of(common) if common else None


class Builder:
    """Collects output lines, one blank line between blocks."""

    def __init__(self, n_source_lines: int, keep_lines: bool = False) -> None:
        self.n = max(1, n_source_lines)
        self.keep_lines = keep_lines
        """Blank lines only where the source has them (see :meth:`block`)."""
        self.lines: list[str] = []
        self.srcs: list[int] = []
        self.ends: list[int] = []
        self.emphasis: dict[int, str] = {}
        self.pending_prefix = ""
        self.pending_src = 1

    def _emit(self, text: str, src: int, signal: str | None = None, end: int = 0) -> None:
        src = min(max(1, src), self.n)
        if self.srcs and src < self.srcs[-1]:
            src = self.srcs[-1]
        self.lines.append(text)
        self.srcs.append(src)
        self.ends.append(min(max(src, end), self.n))
        if signal:
            self.emphasis[len(self.lines)] = signal

    def block(self, rows: list[tuple]) -> None:
        """Write one block's lines, after a blank line when something came before
        (line for line: unless the block starts on the source line after the last one).

        A row is (text, first source line, signal) or (…, last source line).
        """
        if not rows:
            return
        if self.lines and not (self.keep_lines and rows[0][1] == self.ends[-1] + 1):
            self._emit("", self.srcs[-1], None, self.ends[-1])
        for row in rows:
            self._emit(row[0], row[1], row[2], row[3] if len(row) > 3 else row[1])

    def set_label(self, prefix: str, src: int) -> None:
        self.flush_label()
        self.pending_prefix, self.pending_src = prefix, src

    def take_label(self) -> str:
        prefix, self.pending_prefix = self.pending_prefix, ""
        return prefix

    def flush_label(self) -> None:
        """A list label that never got text is written alone on its line."""
        if self.pending_prefix.strip():
            self.block([(self.pending_prefix.rstrip(), self.pending_src, None)])
        self.pending_prefix = ""

    def paragraph(self, para: Paragraph | None) -> None:
        if para is None:
            return
        rows = para.finish()
        if not rows and para.prefix:  # nothing but the label: give it back
            self.pending_prefix, self.pending_src = para.prefix, para.src
            return
        self.block(rows)

    def result(self) -> tuple[str, tuple[int, ...], dict[int, str], tuple[int, ...]]:
        """Text, first source line of each line, emphasis, last source line of each line."""
        self.flush_label()
        text = "\n".join(self.lines) + "\n" if self.lines else ""
        return text, tuple(self.srcs), self.emphasis, tuple(self.ends)
