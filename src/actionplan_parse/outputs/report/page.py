"""The page: the template from package data, filled with one view per kind of content.

A view is a `<section class="view" data-view="...">` inside `<main>`: `documents` (one
document, or two side by side) and, for two documents, `diff` before it (the changes
`compare` finds, each linked to its node in both outlines).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from html import escape
from importlib import resources

from ...diff import compare
from ...lint import check
from ...models import Diagnostic, Document
from .changes import diff_view
from .outline import outline
from .palette import css_variables
from .source import source_pane
from .summary import summary

__all__ = ["ReportSource", "to_report"]

_PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")
_ROLES = ("old", "new")


@dataclass(frozen=True)
class ReportSource:
    """A parsed document, the source lines its spans count, and the name to show."""

    document: Document
    lines: Sequence[str]
    name: str


@cache
def _template() -> str:
    return resources.files(__package__).joinpath("template.html").read_text(encoding="utf-8")


def to_report(sources: Sequence[ReportSource]) -> str:
    """The HTML page for one document, or two compared side by side (`OLD`, `NEW`)."""
    if not 1 <= len(sources) <= 2:
        raise ValueError("a report shows one document, or two side by side")
    names = " \u2192 ".join(s.name for s in sources)
    from ... import __version__

    values = {
        "title": escape(f"Report: {names}"),
        "heading": escape(names),
        "version": escape(__version__),
        "palette": css_variables(),
        "views": "\n".join(_views(sources)),
    }
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], _template())


def _views(sources: Sequence[ReportSource]) -> list[str]:
    two = len(sources) == 2
    documents = "".join(
        _document(s, f"d{i}", _ROLES[i] if two else None) for i, s in enumerate(sources)
    )
    classes = "documents compare" if two else "documents"
    views = [
        f'<section class="view" data-view="documents" aria-label="Documents">'
        f'<div class="{classes}">{documents}</div></section>'
    ]
    if two:
        old, new = sources
        views.insert(0, diff_view(compare(old.document, new.document), old.name, new.name))
    return views


def _document(source: ReportSource, key: str, role: str | None) -> str:
    findings: list[Diagnostic] = check(source.document)
    role_badge = f'<span class="doc-role">{role.upper()}</span>' if role else ""
    return (
        f'<article class="doc" data-doc="{key}" aria-labelledby="{key}-name">'
        f'<h2 id="{key}-name">{role_badge}{escape(source.name)}</h2>'
        f"{summary(source.document, findings, key)}"
        f'<div class="panes">{outline(source.document, key)}'
        f"{source_pane(source.lines, findings, source.document.fragments, key)}</div>"
        "</article>"
    )
