"""What a `check` run produced: per-file results, read errors, baseline leftovers."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..models import Diagnostic

__all__ = ["FileResult", "Report"]


@dataclass
class FileResult:
    """One checked input: its findings, or the one-line reason it could not be read."""

    path: str
    """The path as shown to the user (`-` for stdin unless `--stdin-filename`)."""
    diagnostics: list[Diagnostic] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    """The decoded source lines (for baseline matching and context)."""
    error: str | None = None
    internal: bool = False
    """The error is a bug of ours (exit code 3), not a problem of the input."""

    def line_text(self, diagnostic: Diagnostic) -> str:
        """The stripped text of the diagnostic's first line ('' for whole-file findings)."""
        if diagnostic.span is None or diagnostic.span.start_line > len(self.lines):
            return ""
        return self.lines[diagnostic.span.start_line - 1].strip()


@dataclass
class Report:
    """Everything the output formats need."""

    results: list[FileResult]
    stale: list[dict[str, Any]] = field(default_factory=list)
    """Baseline entries that no longer occur."""
    baselined: int = 0
    """Findings hidden because the baseline records them."""

    @property
    def findings(self) -> list[tuple[FileResult, Diagnostic]]:
        """Every finding with its file, in file then line order."""
        return [(r, d) for r in self.results for d in r.diagnostics]

    @property
    def errors(self) -> list[FileResult]:
        """Inputs that could not be read."""
        return [r for r in self.results if r.error]

    def counts(self) -> Counter[str]:
        """Findings per severity."""
        return Counter(d.severity for _, d in self.findings)

    def by_code(self) -> Counter[str]:
        """Findings per rule code."""
        return Counter(d.code for _, d in self.findings)
