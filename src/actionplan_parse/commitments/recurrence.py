"""How often: `annually` -> P1Y, `every two years` -> P2Y, `on a rotating basis` -> rotating,
`regularly` -> regular. ``{text, period}`` with an ISO 8601 duration or one of those words."""

from __future__ import annotations

from typing import Any

import regex

from ..languages import LANGUAGES, fold

__all__ = ["find_recurrence"]

_NUMBER_WORDS = {fold(w): v for m in LANGUAGES.values() for w, v in m.CARDINALS.items()}
_N = rf"(?P<n>\d+|{'|'.join(sorted(_NUMBER_WORDS, key=len, reverse=True))})"

_RULES: list[tuple[regex.Pattern[str], str]] = [
    (
        regex.compile(
            rf"\bevery\s+{_N}\s+years\b|\bcada\s+{_N}\s+años\b|\btous\s+les\s+{_N}\s+ans\b"
            rf"|\ba\s+cada\s+{_N}\s+anos\b",
            regex.I,
        ),
        "P{n}Y",
    ),
    (regex.compile(rf"\bevery\s+{_N}\s+months\b|\bcada\s+{_N}\s+meses\b", regex.I), "P{n}M"),
    (regex.compile(r"\bbiennial(?:ly)?\b|\bevery\s+other\s+year\b", regex.I), "P2Y"),
    (
        regex.compile(
            r"\bannual(?:ly)?\b|\bevery\s+year\b|\beach\s+year\b|\byearly\b|\bonce\s+a\s+year\b"
            r"|\banualmente\b|\bcada\s+año\b|\bchaque\s+année\b|\bannuel(?:le)?(?:ment)?\b"
            r"|\bcada\s+ano\b|\banual\b|每年",
            regex.I,
        ),
        "P1Y",
    ),
    (regex.compile(r"\btwice\s+a\s+year\b|\bsemi-?annual(?:ly)?\b", regex.I), "P6M"),
    (regex.compile(r"\bquarterly\b", regex.I), "P3M"),
    (
        regex.compile(r"\bmonthly\b|\bmensual(?:mente)?\b|\bmensuel(?:le)?(?:ment)?\b", regex.I),
        "P1M",
    ),
    (
        regex.compile(
            r"\bon\s+a\s+rotating\s+basis\b|\bin\s+rotation\b|\bby\s+rotation\b|\brotating\b"
            r"|\bde\s+(?:forma|manera)\s+rotativa\b|\bà\s+tour\s+de\s+rôle\b|轮流",
            regex.I,
        ),
        "rotating",
    ),
    (
        regex.compile(
            r"\bregular(?:ly)?\b|\bon\s+a\s+regular\s+basis\b|\bperiodic(?:al(?:ly)?)?\b"
            r"|\bregularmente\b|\bperiódic[oa]s?\b|\bperiódicamente\b|\brégulier(?:s|e|es|ement)?\b"
            r"|\bpériodique(?:ment)?\b|定期",
            regex.I,
        ),
        "regular",
    ),
]


def find_recurrence(clause: str) -> dict[str, Any] | None:
    """The first recurrence written in ``clause``, or None."""
    best: tuple[int, dict[str, Any]] | None = None
    for pattern, period in _RULES:
        match = pattern.search(clause)
        if match is None or (best is not None and best[0] <= match.start()):
            continue
        n = match.groupdict().get("n")
        value = period.format(
            n=int(n) if n and n.isdigit() else _NUMBER_WORDS.get(fold(n or ""), 0)
        )
        best = (match.start(), {"text": match.group(0), "period": value})
    return best[1] if best else None
