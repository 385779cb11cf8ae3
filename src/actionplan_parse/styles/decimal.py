"""Decimal outline labels: `1.1`, `2.5.7`, `1.1.`."""

from __future__ import annotations

from .reading import Reading


def readings(raw: str) -> tuple[Reading, ...]:
    pieces = raw.rstrip(".").split(".")
    if any(p == "0" * len(p) for p in pieces):
        return ()
    # `?` is a number marked unknown (`3.?.2`, written by `normalize`); 0 in the path
    parts = tuple(0 if p == "?" else int(p) for p in pieces)
    value = None if pieces[-1] == "?" else parts[-1]
    return (Reading("decimal", value, "period" if raw.endswith(".") else "none", parts),)
