"""Lint rules: each rule is a small module, registered here by code.

A rule is a :class:`Rule` (code, name, default severity, one-line summary) and a
``check(context)`` generator of :class:`Finding` s. :func:`diagnose` runs the
rules over a parsed document and returns ``Diagnostic`` models.
"""

from __future__ import annotations

from ..lines import Line
from ..models import Diagnostic, Document
from ..read import SourceText
from . import (
    ambiguous_structure,
    encoding_artifact,
    escaped_quote,
    garbled_fragment,
    missing_heading,
    missing_label,
    mixed_newlines,
    mixed_numbering_style,
    numbering_duplicate,
    numbering_gap,
    numbering_order,
    page_furniture,
    removed_text,
    uninformative_numbering,
)
from .base import Context, Finding, Rule

__all__ = ["RULES", "Context", "Finding", "Rule", "diagnose", "rule_for"]

RULES: dict[str, Rule] = {
    module.RULE.code: module.RULE
    for module in (
        garbled_fragment,
        escaped_quote,
        encoding_artifact,
        page_furniture,
        mixed_newlines,
        removed_text,
        numbering_gap,
        numbering_duplicate,
        numbering_order,
        missing_label,
        missing_heading,
        uninformative_numbering,
        ambiguous_structure,
        mixed_numbering_style,
    )
}


def rule_for(code_or_name: str) -> Rule | None:
    """Look a rule up by code (`AP101`) or name (`numbering-gap`)."""
    key = code_or_name.strip()
    return RULES.get(key.upper()) or next((r for r in RULES.values() if r.name == key), None)


def diagnose(document: Document, lines: list[Line], source: SourceText) -> list[Diagnostic]:
    """Run every rule; findings sorted by line, then code."""
    context = Context(document, lines, source)
    found: list[Diagnostic] = []
    for rule in RULES.values():
        found.extend(_diagnostic(rule, f, context) for f in rule.check(context))
    return sorted(found, key=lambda d: (d.span.start_line if d.span else 0, d.code))


def _diagnostic(rule: Rule, finding: Finding, context: Context) -> Diagnostic:
    span = context.span(finding.first, finding.last) if finding.first else None
    return Diagnostic(
        code=rule.code,
        name=rule.name,
        severity=rule.severity,
        message=finding.message,
        span=span,
        column=finding.column,
        node_id=finding.node_id,
    )
