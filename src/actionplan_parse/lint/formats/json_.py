"""`--format json`: a list of finding objects (stable keys, one object per finding)."""

from __future__ import annotations

import json
from typing import Any

from ...models import Diagnostic
from ..results import FileResult, Report

__all__ = ["record", "render"]


def record(result: FileResult, diagnostic: Diagnostic) -> dict[str, Any]:
    """One finding as a plain dict (`line`/`end_line` null for whole-file findings)."""
    span = diagnostic.span
    return {
        "path": result.path,
        "line": span.start_line if span else None,
        "end_line": span.end_line if span else None,
        "column": diagnostic.column,
        "code": diagnostic.code,
        "name": diagnostic.name,
        "severity": diagnostic.severity,
        "message": diagnostic.message,
        "node_id": diagnostic.node_id,
    }


def render(report: Report, *, quiet: bool = False) -> str:  # quiet: text only
    """The JSON array, indented, with a final newline."""
    records = [record(r, d) for r, d in report.findings]
    return json.dumps(records, indent=2, ensure_ascii=False) + "\n"
