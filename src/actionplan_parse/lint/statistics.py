"""`--statistics`: how many findings per rule, as a table or JSON."""

from __future__ import annotations

import json
from typing import Any

from .results import Report
from .rules import RULES

__all__ = ["rows", "table", "to_json"]


def rows(report: Report) -> list[dict[str, Any]]:
    """One row per rule that found something, most frequent first, then by code."""
    counts = report.by_code()
    ordered = sorted(counts, key=lambda code: (-counts[code], code))
    return [
        {
            "code": code,
            "name": RULES[code].name if code in RULES else "",
            "severity": RULES[code].severity if code in RULES else "",
            "count": counts[code],
        }
        for code in ordered
    ]


def table(report: Report) -> str:
    """Aligned lines: count, code, name, [severity]."""
    lines = [
        f"{r['count']:>6}  {r['code']}  {r['name']:<24} [{r['severity']}]" for r in rows(report)
    ]
    return "".join(f"{x.rstrip()}\n" for x in lines)


def to_json(report: Report) -> str:
    """The rows as a JSON array."""
    return json.dumps(rows(report), indent=2) + "\n"
