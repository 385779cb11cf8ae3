"""Time expressions in a clause, as ``{text, start, end}`` with ISO years, months or days.

`in 2025` -> 2025..2025; `from 2025 to 2027`, `2025-2027` -> 2025..2027; `in 2027 or 2028`
-> 2027..2028; `by 2030` -> ..2030; `since 2020` -> 2020..; `in May 2025` -> 2025-05; written
dates (:mod:`actionplan_parse.dates`) -> that day; `in the next three years` -> from the
document's date to three years later (both null when the document's date is unknown).
Years used as names (`the 2030 Agenda`) are not dates.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import regex

from ..dates import find_dates
from ..languages import LANGUAGES, fold

__all__ = ["find_dates_in"]

_Y = r"(?P<{}>(?:19|20)\d\d)"
_IN = r"(?:in|during|en|em|durante|au\s+cours\s+de|dans|in\s+the\s+year)"
_BY = (
    r"(?:by(?:\s+the\s+end\s+of)?|before(?:\s+the\s+end\s+of)?|no\s+later\s+than|until|"
    r"au\s+plus\s+tard(?:\s+à\s+la\s+fin\s+du\s+mois\s+de|\s+le|\s+en|\s+à\s+la\s+fin\s+de)?|"
    r"avant\s+la\s+fin\s+(?:du\s+mois\s+)?de|para(?:\s+finales\s+de)?|antes\s+de(?:\s+finales\s+de)?|hasta|d['’]ici(?:\s+(?:à|a|la\s+fin))?"
    r"(?:\s+de)?|à\s+l['’]horizon|avant|até|到)"
)
_SINCE = (
    r"(?:since|from|starting\s+in|beginning\s+in|desde|a\s+partir\s+de|depuis|à\s+partir\s+de|从)"
)
_TO = r"(?:to|through|until|and|a|à|al|y|e|et|-|–|—|至|到)"
_OR = r"(?:or|o|ou|and|y|e|et)"
_NUMBER_WORDS = {fold(w): v for m in LANGUAGES.values() for w, v in m.CARDINALS.items()}
_N = rf"(?P<n>\d+|{'|'.join(sorted(_NUMBER_WORDS, key=len, reverse=True))})"


def _months() -> str:
    names = {fold(n) for m in LANGUAGES.values() for n in m.MONTHS}
    return "|".join(sorted(names, key=len, reverse=True))


_MONTH_NUMBERS = {fold(n): v for m in LANGUAGES.values() for n, v in m.MONTHS.items()}

_PATTERNS: list[tuple[str, regex.Pattern[str]]] = [
    (
        "range",
        regex.compile(
            rf"(?:(?:from|between|de|entre|del|desde)\s+)?{_Y.format('a')}\s*{_TO}\s*{_Y.format('b')}"
            r"(?:\s*年)?",
            regex.IGNORECASE,
        ),
    ),
    (
        "alternative",
        regex.compile(rf"{_IN}\s+{_Y.format('a')}\s+{_OR}\s+{_Y.format('b')}", regex.I),
    ),
    (
        "by-month",
        regex.compile(
            rf"{_BY}\s+(?:the\s+end\s+of\s+)?(?P<month>{_months()})\s+(?:de\s+)?{_Y.format('a')}",
            regex.IGNORECASE,
        ),
    ),
    (
        "month",
        regex.compile(
            rf"(?:{_IN}\s+)?(?:de\s+)?(?P<month>{_months()})\s+(?:de\s+)?{_Y.format('a')}",
            regex.IGNORECASE,
        ),
    ),
    (
        "by",
        regex.compile(
            rf"{_BY}\s*(?:(?:the\s+)?year\s+|el\s+año\s+|l['’]an\s+)?{_Y.format('b')}", regex.I
        ),
    ),
    ("since", regex.compile(rf"{_SINCE}\s+{_Y.format('a')}", regex.IGNORECASE)),
    (
        "in",
        regex.compile(
            rf"{_IN}\s+(?:(?:the\s+)?year\s+|el\s+año\s+|l['’]année\s+)?{_Y.format('a')}", regex.I
        ),
    ),
    ("in", regex.compile(rf"{_Y.format('a')}\s*年")),
    (
        "relative",
        regex.compile(
            rf"(?:in|over|within|during)\s+the\s+(?:next|coming|following)\s+{_N}\s+years?"
            rf"|within\s+{_N}\s+years?|en\s+los\s+próximos\s+{_N}\s+años"
            rf"|dans\s+les\s+{_N}\s+(?:prochaines\s+années|ans\s+à\s+venir)"
            rf"|nos\s+próximos\s+{_N}\s+anos|未来{_N}年"
            rf"|(?:en|durante)\s+los\s+próximos\s+{_N}\s+años",
            regex.IGNORECASE,
        ),
    ),
    (
        "next-year",
        regex.compile(r"\bnext\s+year\b|el\s+próximo\s+año|l['’]année\s+prochaine", regex.I),
    ),
    (
        "this-year",
        regex.compile(r"\bthis\s+year\b|\beste\s+año\b|\bcette\s+année\b|\beste\s+ano\b", regex.I),
    ),
]


_BY_BEFORE = regex.compile(rf"{_BY}\s+(?:the\s+|le\s+|el\s+)?$", regex.IGNORECASE)


_RELATIVE = ("relative", "next-year", "this-year")


def find_dates_in(clause: str, document_date: dt.date | None = None) -> list[dict[str, Any]]:
    """Every time expression of ``clause``, in order, without overlaps."""
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, dict[str, Any]]] = []

    def keep(start: int, end: int, first: str | None, last: str | None) -> None:
        if any(start < e and s < end for s, e in taken):
            return
        taken.append((start, end))
        found.append((start, {"text": clause[start:end], "start": first, "end": last}))

    for start, end, day in find_dates(clause):
        by = _BY_BEFORE.search(clause[:start])
        if by:
            keep(by.start(), end, None, day.isoformat())
        else:
            keep(start, end, day.isoformat(), day.isoformat())
    for rule, pattern in _PATTERNS:
        for match in pattern.finditer(clause):
            first, last = _bounds(rule, match, document_date)
            if first is None and last is None and rule not in _RELATIVE:
                continue
            keep(match.start(), match.end(), first, last)
    return [date for _, date in sorted(found, key=lambda item: item[0])]


def _bounds(
    rule: str, match: regex.Match[str], document_date: dt.date | None
) -> tuple[str | None, str | None]:
    groups = match.groupdict()
    if rule in ("range", "alternative"):
        if int(groups["b"]) < int(groups["a"]):
            return None, None
        return groups["a"], groups["b"]
    if rule == "by-month":
        return None, f"{groups['a']}-{_MONTH_NUMBERS[fold(groups['month'])]:02d}"
    if rule == "month":
        month = f"{groups['a']}-{_MONTH_NUMBERS[fold(groups['month'])]:02d}"
        return month, month
    if rule == "by":
        return None, groups["b"]
    if rule == "since":
        return groups["a"], None
    if rule == "in":
        return groups["a"], groups["a"]
    if document_date is None:
        return None, None
    if rule in ("next-year", "this-year"):
        year = str(document_date.year + (rule == "next-year"))
        return year, year
    years = _number(groups["n"])
    return document_date.isoformat(), _add_years(document_date, years).isoformat()


def _number(text: str) -> int:
    return int(text) if text.isdigit() else _NUMBER_WORDS[fold(text)]


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)
