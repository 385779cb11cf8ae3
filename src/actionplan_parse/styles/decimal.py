"""Decimal outline labels: `1.1`, `2.5.7`, `1.1.`."""

from __future__ import annotations

from .reading import Reading


def readings(raw: str) -> tuple[Reading, ...]:
    parts = tuple(int(p) for p in raw.rstrip(".").split("."))
    if any(p == 0 for p in parts):
        return ()
    return (Reading("decimal", parts[-1], "period" if raw.endswith(".") else "none", parts),)
