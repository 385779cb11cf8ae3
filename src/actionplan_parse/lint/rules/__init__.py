"""Lint rules: each rule is a small module, registered here by code (a :class:`Registry`).

A rule is a :class:`Rule` (code, name, default severity, one-line summary) and a
``check(context)`` generator of :class:`Finding` s. :func:`diagnose` runs the
rules over a parsed document and returns ``Diagnostic`` models.
"""

from __future__ import annotations

from ...lines import Line
from ...models import Diagnostic, Document
from ...read import SourceText
from ...registry import Registry
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

__all__ = [
    "FILE_RULES",
    "RULES",
    "Context",
    "Finding",
    "Rule",
    "diagnose",
    "diagnose_file",
    "rule_for",
]

RULES: Registry[Rule] = Registry("lint rule")
"""The rules by code, in the order of docs/rules.md; ``RULES.register(code, rule)`` adds one."""
for _module in (
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
):
    RULES.register(_module.RULE.code, _module.RULE)


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


FILE_RULES: tuple[Rule, ...] = (mixed_newlines.RULE, removed_text.RULE)
"""Rules run again on a document placed in its file (:func:`diagnose_file`)."""


def diagnose_file(document: Document, source: SourceText) -> list[Diagnostic]:
    """For a document whose lines were numbered apart from the file (HTML, numbered by
    its stripped text) and then placed in it: the rules about the file itself (line
    endings) and those whose messages name line numbers (removed text); they replace
    the findings of the same rules on the stripped text."""
    context = Context(document, [], source)
    return [_diagnostic(rule, f, context) for rule in FILE_RULES for f in rule.check(context)]


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
