"""Quantities in a clause: money (`66 billion yuan`, `$15 million`, `25 millones de dólares`),
percentages (`15%`, `20 per cent`) and counts (`3,500 government scholarship places`).

Each is ``{value, unit, text}``: money in its ISO currency code, percentages as ``%``, counts
in the counted noun (the last word of the noun phrase after the number). Years, ordinals
(`4th`), numbers glued to letters (`G20`, `COVID-19`) and numbers naming no unit are skipped.
"""

from __future__ import annotations

from typing import Any

import regex

from ..languages import LANGUAGES, fold

__all__ = ["find_quantities"]

_CURRENCY_WORDS = {
    "yuan": "CNY",
    "rmb": "CNY",
    "renminbi": "CNY",
    "元": "CNY",
    "dollars": "USD",
    "dollar": "USD",
    "usd": "USD",
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "dólares": "USD",
    "dolares": "USD",
    "dólares estadounidenses": "USD",
    "dollars américains": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "eur": "EUR",
    "reais": "BRL",
    "brl": "BRL",
    "rupees": "INR",
    "inr": "INR",
    "francs cfa": "XOF",
    "fcfa": "XOF",
    "f cfa": "XOF",
    "cfa francs": "XOF",
}
_CURRENCY_SIGNS = {
    "$": "USD",
    "us$": "USD",
    "usd": "USD",
    "€": "EUR",
    "r$": "BRL",
    "¥": "CNY",
    "rmb": "CNY",
    "£": "GBP",
    "eur": "EUR",
    "cad": "CAD",
    "can$": "CAD",
}
_SCALES = {
    "thousand": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "billion": 1e9,
    "billions": 1e9,
    "trillion": 1e12,
    "mil millones": 1e9,
    "millones": 1e6,
    "millón": 1e6,
    "millon": 1e6,
    "milliards": 1e9,
    "milliard": 1e9,
    "milhões": 1e6,
    "milhão": 1e6,
    "bilhões": 1e9,
    "bilhão": 1e9,
    "mil": 1e3,
    "万": 1e4,
    "亿": 1e8,
    "bn": 1e9,
}
_STOP = set(
    "of in to for or from by with the a an at on per between each more than over under "
    "into as that which who this these those its their our such new other all about "
    "de del la las los el en y o para por con a al que des du le les et ou pour dans sur "
    "da do das dos e em com".split()
)
_MONTHS = {fold(name) for m in LANGUAGES.values() for name in m.MONTHS}
_CONJUNCTIONS = {"and", "y", "et", "e"}
_TIME_UNITS = {
    "years",
    "year",
    "months",
    "month",
    "days",
    "day",
    "weeks",
    "hours",
    "años",
    "ans",
    "anos",
    "meses",
    "mois",
    "días",
    "jours",
    "dias",
    "decades",
    "times",
}
_NUMBER = r"(?P<number>\d{1,3}(?:[,  .]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
_WORD_NUMBERS = {fold(w): v for m in LANGUAGES.values() for w, v in m.CARDINALS.items() if v >= 2}


def _alternation(words: dict[str, Any]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


_SCALE = rf"(?:\s*(?P<scale>{_alternation(_SCALES)})(?![\w]))?"
_MONEY_BEFORE = regex.compile(
    rf"(?P<sign>{_alternation(_CURRENCY_SIGNS)})\s?{_NUMBER}{_SCALE}", regex.IGNORECASE
)
_MONEY_AFTER = regex.compile(
    rf"(?<![\w.,-]){_NUMBER}{_SCALE}\s*(?:de\s+)?(?P<currency>{_alternation(_CURRENCY_WORDS)})"
    r"(?!\w)",
    regex.IGNORECASE,
)
_PERCENT = regex.compile(
    rf"(?<![\w.,-]){_NUMBER}\s*(?:%|per\s?cent\b|percent\b|por\s+ciento\b|pour\s+cent\b|"
    r"por\s+cento\b)",
    regex.IGNORECASE,
)
_WORD = "[\\p{L}\u201c\u201d\"'][\\p{L}\\d\u201c\u201d\"'-]*"
_COUNT = regex.compile(
    rf"(?<![\w.,$€£¥-]){_NUMBER}{_SCALE}(?![\w%-])(?P<words>(?:\s+{_WORD}){{1,6}})"
)
_WORD_COUNT = regex.compile(
    rf"(?<!\b(?:the|these|those|our|their|los|las|les)\s)(?<![\w-])(?P<number>"
    rf"{_alternation(_WORD_NUMBERS)})(?P<words>(?:\s+[\p{{Ll}}][\p{{Ll}}-]*){{1,4}})",
    regex.IGNORECASE,
)
_CHINESE_MONEY = regex.compile(r"(?P<number>\d+(?:\.\d+)?)(?P<scale>万|亿)?元")


def find_quantities(
    clause: str, head_first: bool = False, exclude: list[tuple[int, int]] | None = None
) -> list[dict[str, Any]]:
    """Every quantity in ``clause``, in order of appearance, without overlaps and outside the
    ``exclude`` spans (the dates). A count's unit is the first word after the number when
    ``head_first`` (Romance noun-adjective order: `900 migrantes menos`), else the last."""
    taken: list[tuple[int, int]] = list(exclude or [])
    found: list[tuple[int, dict[str, Any]]] = []

    def keep(start: int, end: int, value: float, unit: str) -> None:
        if any(start < e and s < end for s, e in taken):
            return
        taken.append((start, end))
        number = int(value) if float(value).is_integer() else value
        found.append((start, {"value": number, "unit": unit, "text": clause[start:end]}))

    for match in _MONEY_BEFORE.finditer(clause):
        keep(match.start(), match.end(), _value(match), _CURRENCY_SIGNS[match["sign"].casefold()])
    for match in (*_MONEY_AFTER.finditer(clause), *_CHINESE_MONEY.finditer(clause)):
        currency = match.groupdict().get("currency") or "元"
        keep(match.start(), match.end(), _value(match), _CURRENCY_WORDS[currency.casefold()])
    for match in _PERCENT.finditer(clause):
        keep(match.start(), match.end(), _value(match), "%")
    for match in _COUNT.finditer(clause):
        if _is_year(match) or match["number"] in ("0", "1"):
            continue
        _count(match, _value(match), keep, head_first)
    for match in _WORD_COUNT.finditer(clause):
        _count(match, _WORD_NUMBERS[fold(match["number"])], keep, head_first)
    return [quantity for _, quantity in sorted(found, key=lambda item: item[0])]


def _count(match: regex.Match[str], value: float, keep: Any, head_first: bool) -> None:
    words = list(regex.finditer(r"\S+", match["words"]))
    if words and match.groupdict().get("scale") and words[0].group(0) in ("of", "de"):
        words = words[1:]
    head: list[str] = []
    end = 0
    quoted = False
    for word in words:
        text = word.group(0)
        if not quoted and (text.casefold() in _STOP or text in _CONJUNCTIONS):
            break
        quoted = (quoted or text.startswith("\u201c")) and not text.endswith("\u201d")
        head.append(text.strip("\u201c\u201d\"'"))
        end = word.end()
    if not head or any(fold(w) in _MONTHS or w in _TIME_UNITS for w in head[:1] + head[-1:]):
        return
    unit = (head[0] if head_first else head[-1]).casefold()
    keep(match.start(), match.start("words") + end, value, unit)


def _is_year(match: regex.Match[str]) -> bool:
    number = match["number"]
    return not match["scale"] and number.isdigit() and 1900 <= int(number) <= 2100


def _value(match: regex.Match[str]) -> float:
    number = match["number"]
    if regex.fullmatch(r"\d{1,3}(?:[,  .]\d{3})+", number):
        digits = regex.sub(r"[,  .]", "", number)
    elif regex.fullmatch(r"\d{1,3}(?:[,  .]\d{3})+[.,]\d+", number):
        digits = regex.sub(r"[,  .](?=\d{3})", "", number).replace(",", ".")
    else:
        digits = number.replace(",", ".")
    scale = match.groupdict().get("scale")
    return float(digits) * (_SCALES[scale.casefold()] if scale else 1.0)
