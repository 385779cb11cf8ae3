"""Arabic numbers, Roman numerals and single letters: `(1)` `II.` `iv)` `(a)` `B.`."""

from __future__ import annotations

import re

from .cjk import cjk_value
from .reading import Reading, split_enclosure

_ROMAN = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")
_ROMAN_NUMERALS = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_MAX_ARABIC = 999
_ORDINAL_INDICATORS = "º°ª"  # `(2005)` is a year, not a label


def roman_value(text: str) -> int | None:
    """Value of a well-formed Roman numeral (either case), else None."""
    upper = text.upper()
    if not upper or not _ROMAN.fullmatch(upper):
        return None
    total = 0
    for i, ch in enumerate(upper):
        v = _ROMAN_VALUES[ch]
        nxt = _ROMAN_VALUES[upper[i + 1]] if i + 1 < len(upper) else 0
        total += -v if v < nxt else v
    return total


# `?.` / `(?)`: a number marked unknown (written by `normalize`); any style may fit,
# so the decide stage picks the one its siblings use. Order breaks ties.
_UNKNOWN_STYLES = ("arabic", "roman-upper", "letter-upper", "roman-lower", "letter-lower")
_UNKNOWN_PAREN_STYLES = ("letter-lower", "roman-lower", "letter-upper", "arabic", "roman-upper")


def to_roman(value: int) -> str:
    """`14` -> `XIV` (upper case; 1-3999)."""
    out = ""
    for amount, letters in _ROMAN_NUMERALS:
        while value >= amount:
            out += letters
            value -= amount
    return out


def readings(raw: str) -> tuple[Reading, ...]:
    body, enclosure = split_enclosure(raw)
    if body == "?":
        styles = _UNKNOWN_PAREN_STYLES if enclosure == "paren" else _UNKNOWN_STYLES
        return tuple(Reading(style, None, enclosure) for style in styles)
    if body.isdigit():
        value = int(body)
        return (Reading("arabic", value, enclosure),) if 0 < value <= _MAX_ARABIC else ()
    if body[-1:] in _ORDINAL_INDICATORS and body[:-1].isdigit():  # `1º` `2ª`
        value = int(body[:-1])
        return (Reading("arabic-ordinal", value, enclosure),) if 0 < value <= _MAX_ARABIC else ()
    found: list[Reading] = []
    roman = roman_value(body)
    if roman is not None and (body.isupper() or body.islower()):
        found.append(Reading("roman-upper" if body.isupper() else "roman-lower", roman, enclosure))
    if len(body) == 1 and body.isascii() and body.isalpha():
        style = "letter-upper" if body.isupper() else "letter-lower"
        found.append(Reading(style, ord(body.lower()) - 96, enclosure))
    if not found and (value := cjk_value(body)) is not None:
        found.append(Reading("cjk", value, enclosure))
    return tuple(found)
