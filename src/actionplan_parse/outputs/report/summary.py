"""The summary of one document: facts, nodes per kind, findings per rule and severity."""

from __future__ import annotations

from collections import Counter
from html import escape

from ...lint.rules import RULES
from ...models import Diagnostic, Document, Severity

__all__ = ["summary"]

SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")


def summary(document: Document, findings: list[Diagnostic], key: str) -> str:
    """A `<section class="summary">` with three parts: facts, kinds, rules."""
    return (
        f'<section class="summary" aria-label="Summary" id="{key}-summary">'
        f"{_facts(document, findings)}{_kinds(document)}{_rules(findings)}</section>"
    )


def _facts(document: Document, findings: list[Diagnostic]) -> str:
    nodes = list(document.walk())
    source = document.source
    facts = [
        ("title", document.title or "(none)"),
        ("read as", f"{source.format}, {source.encoding}, {source.newline} newlines"),
        ("lines", str(source.lines)),
        ("nodes", str(len(nodes))),
        ("inferred", str(sum(1 for n in nodes if n.inferred))),
        ("garbled runs", str(len(document.fragments))),
        ("findings", str(len(findings))),
    ]
    rows = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in facts)
    return f'<dl class="facts">{rows}</dl>'


def _kinds(document: Document) -> str:
    counts = Counter(node.kind for node in document.walk())
    rows = "".join(
        f'<tr data-kind="{escape(kind)}"><th scope="row">{escape(kind)}</th>'
        f'<td class="n">{count}</td></tr>'
        for kind, count in sorted(counts.items())
    )
    return (
        '<table class="counts kinds"><caption>Nodes per kind</caption>'
        '<thead><tr><th scope="col">kind</th><th scope="col">nodes</th></tr></thead>'
        f"<tbody>{rows or _empty(2)}</tbody></table>"
    )


def _rules(findings: list[Diagnostic]) -> str:
    counts = Counter((d.code, d.severity) for d in findings)
    codes = sorted({d.code for d in findings})
    names = {d.code: d.name for d in findings}
    rows = "".join(_rule_row(code, names[code], counts) for code in codes)
    head = "".join(f'<th scope="col">{s}</th>' for s in SEVERITIES)
    return (
        '<table class="counts rules"><caption>Findings per rule and severity</caption>'
        f'<thead><tr><th scope="col">rule</th><th scope="col">name</th>{head}</tr></thead>'
        f"<tbody>{rows or _empty(2 + len(SEVERITIES))}</tbody></table>"
    )


def _rule_row(code: str, name: str, counts: Counter[tuple[str, Severity]]) -> str:
    cells = "".join(
        f'<td class="n" data-severity="{s}">{_count(counts[(code, s)], s)}</td>' for s in SEVERITIES
    )
    summary_text = RULES[code].summary if code in RULES else ""
    return (
        f'<tr data-code="{escape(code)}"><th scope="row" title="{escape(summary_text)}">'
        f"{escape(code)}</th><td>{escape(name)}</td>{cells}</tr>"
    )


def _count(number: int, severity: str) -> str:
    return f'<span class="badge sev-{severity}">{number}</span>' if number else ""


def _empty(columns: int) -> str:
    return f'<tr><td colspan="{columns}">none</td></tr>'
