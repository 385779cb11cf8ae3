"""The source pane: numbered lines, findings under their line, garbled runs marked."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from html import escape

from ...models import Diagnostic, Fragment

__all__ = ["source_pane"]


def source_pane(
    lines: Sequence[str], findings: list[Diagnostic], fragments: list[Fragment], key: str
) -> str:
    """The source pane of one document (`key` prefixes the element ids)."""
    at_line, whole_file = _place(findings, len(lines))
    garbled = _garbled_lines(fragments)
    starts = {f.span.start_line: f for f in fragments}
    body = "".join(
        _line(number, text, key, number in garbled, starts.get(number), at_line[number])
        for number, text in enumerate(lines, start=1)
    )
    return (
        f'<section class="pane source" id="{key}-source" aria-labelledby="{key}-source-h">'
        f'<div class="pane-head"><h3 id="{key}-source-h">Source</h3>'
        f'<p class="status" id="{key}-status" role="status" aria-live="polite"></p></div>'
        f"{_file_findings(whole_file)}{body}</section>"
    )


def _place(
    findings: list[Diagnostic], line_count: int
) -> tuple[defaultdict[int, list[Diagnostic]], list[Diagnostic]]:
    """Findings by first line; whole-file ones (or beyond the lines shown) apart."""
    at_line: defaultdict[int, list[Diagnostic]] = defaultdict(list)
    whole_file = []
    for finding in findings:
        if finding.span is not None and finding.span.start_line <= line_count:
            at_line[finding.span.start_line].append(finding)
        else:
            whole_file.append(finding)
    return at_line, whole_file


def _garbled_lines(fragments: list[Fragment]) -> set[int]:
    return {n for f in fragments for n in range(f.span.start_line, f.span.end_line + 1)}


def _line(
    number: int,
    text: str,
    key: str,
    garbled: bool,
    fragment: Fragment | None,
    findings: list[Diagnostic],
) -> str:
    note = ""
    if fragment is not None:
        first, last = fragment.span.start_line, fragment.span.end_line
        note = f'<p class="note garbled">Garbled run, lines {first}\u2013{last}: no node</p>'
    css = "line garbled" if garbled else "line"
    return (
        f'{note}<div class="{css}" id="{key}-L{number}" data-line="{number}">'
        f'<span class="ln">{number}</span><pre class="text">{escape(text)}</pre></div>'
        + "".join(_finding(f) for f in findings)
    )


def _finding(finding: Diagnostic) -> str:
    where = f' data-node="{escape(finding.node_id)}"' if finding.node_id else ""
    return (
        f'<p class="finding sev-{finding.severity}" data-code="{escape(finding.code)}"{where}>'
        f'<span class="code">{escape(finding.code)}</span>'
        f'<span class="sev">{finding.severity}</span>{escape(finding.message)}'
        f" ({escape(finding.name)})</p>"
    )


def _file_findings(findings: list[Diagnostic]) -> str:
    if not findings:
        return ""
    return (
        '<div class="file-findings"><p>Findings on the whole file:</p>'
        + "".join(_finding(f) for f in findings)
        + "</div>"
    )
