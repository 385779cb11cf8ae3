"""`--format text`: `path:line:col: CODE [severity] message (name)`, then a summary."""

from __future__ import annotations

from ...models import Diagnostic
from ...outputs.printable import printable
from ..results import FileResult, Report

__all__ = ["line", "render", "summary"]


def line(result: FileResult, diagnostic: Diagnostic) -> str:
    """One finding on one line (whole-file findings point at 1:1)."""
    number = diagnostic.span.start_line if diagnostic.span else 1
    return printable(
        f"{result.path}:{number}:{diagnostic.column}: {diagnostic.code} "
        f"[{diagnostic.severity}] {diagnostic.message} ({diagnostic.name})"
    )


def summary(report: Report) -> str:
    """One line: how many findings of each severity, in how many files."""
    files = len(report.results) - len(report.errors)
    checked = f"{files} file{'' if files == 1 else 's'} checked"
    findings = report.findings
    if findings:
        counts = report.counts()
        severities = [s for s in ("error", "warning", "info") if counts[s]]
        parts = ", ".join(f"{counts[s]} {_plural(s, counts[s])}" for s in severities)
        flagged = len({r.path for r, _ in findings})
        text = f"Found {len(findings)} finding{'' if len(findings) == 1 else 's'} ({parts})"
        text += f" in {flagged} of {checked}"
    elif report.errors:  # nothing passed that could not be read: no success message
        text = f"No findings: {checked}"
    else:
        text = f"All checks passed: {checked}, no findings"
    if report.baselined:
        text += f"; {report.baselined} known from the baseline not shown"
    if report.errors:
        count = len(report.errors)
        text += f"; {count} file{'' if count == 1 else 's'} could not be read"
    return text + "."


def render(report: Report, *, quiet: bool = False) -> str:
    """Every finding, then (unless ``quiet``) the summary line."""
    lines = [line(r, d) for r, d in report.findings]
    if not quiet:
        lines.append(summary(report))
    return "".join(f"{x}\n" for x in lines)


def _plural(severity: str, count: int) -> str:
    return severity if count == 1 or severity == "info" else f"{severity}s"
