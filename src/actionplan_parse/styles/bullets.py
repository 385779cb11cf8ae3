"""Bullets: `-` `*` `•` `——`; items with no number."""

from __future__ import annotations

from .reading import Reading


def readings(raw: str) -> tuple[Reading, ...]:
    return (Reading("bullet", None, raw.strip()[:1]),)
