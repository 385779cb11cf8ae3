"""Find dates written in a text: `13 May 2025`, `May 13, 2025`, `13 de mayo de 2025`, `2025-05-13`,
`2025年5月13日`. Month names come from the language modules (``MONTHS``)."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from .languages import LANGUAGES, fold

__all__ = ["find_dates", "first_date"]

_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"


@cache
def _months() -> dict[str, int]:
    return {fold(name): value for m in LANGUAGES.values() for name, value in m.MONTHS.items()}


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    names = "|".join(sorted((re.escape(n) for n in _months()), key=len, reverse=True))
    month = rf"(?P<month>{names})"
    return (
        re.compile(rf"\b{_YEAR}-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"),
        re.compile(rf"\b{_DAY}(?:\s+de)?\s+{month}\.?(?:\s+de|,)?\s+{_YEAR}\b", re.IGNORECASE),
        re.compile(rf"\b{month}\.?\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
        re.compile(r"(?P<year>(?:19|20)\d\d)年(?P<mnum>1[0-2]|0?[1-9])月(?P<day>[0-3]?\d)日"),
    )


def first_date(text: str) -> dt.date | None:
    """The earliest-written valid calendar date in ``text``, or None."""
    found: list[tuple[int, dt.date]] = []
    folded = fold(text)
    for pattern in _patterns():
        for match in pattern.finditer(folded):
            day = _to_date(match)
            if day is not None:
                found.append((match.start(), day))
                break
    return min(found)[1] if found else None


def find_dates(text: str) -> list[tuple[int, int, dt.date]]:
    """Every valid written date in ``text`` as (start, end, date), in order, without overlaps.

    Offsets are into ``text`` (folding keeps its length for the scripts these patterns read).
    """
    folded = fold(text)
    if len(folded) != len(text):
        return []
    found: list[tuple[int, int, dt.date]] = []
    for pattern in _patterns():
        for match in pattern.finditer(folded):
            day = _to_date(match)
            overlaps = any(match.start() < e and s < match.end() for s, e, _ in found)
            if day is not None and not overlaps:
                found.append((match.start(), match.end(), day))
    return sorted(found)


def _to_date(match: re.Match[str]) -> dt.date | None:
    groups = match.groupdict()
    month = int(groups["mnum"]) if groups.get("mnum") else _months()[groups["month"].lower()]
    try:
        return dt.date(int(groups["year"]), month, int(groups["day"]))
    except ValueError:
        return None
