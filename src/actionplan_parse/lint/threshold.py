"""Severity thresholds: which findings make `check` exit with 1 (`--fail-on`)."""

from __future__ import annotations

__all__ = ["FAIL_ON", "RANK", "fails"]

RANK = {"info": 1, "warning": 2, "error": 3}
"""Severities from least to most serious."""

FAIL_ON = ("error", "warning", "info", "never")
"""Values of `--fail-on`: the least serious severity that fails the run."""


def fails(severity: str, fail_on: str) -> bool:
    """True when a finding of ``severity`` is at or above ``fail_on``."""
    if fail_on == "never":
        return False
    return RANK[severity] >= RANK[fail_on]
