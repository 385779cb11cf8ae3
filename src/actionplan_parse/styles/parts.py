"""Part prefixes: `Part I`, `PART ONE:`, `Part 2.`, `Pilar I:`."""

from __future__ import annotations

from ..languages import WORDS, fold
from .numbered import roman_value
from .reading import Reading, split_enclosure


def readings(raw: str) -> tuple[Reading, ...]:
    text, enclosure = split_enclosure(raw)
    _word, _, number = text.partition(" ")
    number = number.strip()
    if number == "?":  # a number marked unknown (`Part ?`, written by `normalize`)
        return (Reading("part", None, enclosure),)
    if number.isdigit():
        value: int | None = int(number)
    elif (roman := roman_value(number)) is not None and number.isupper():
        value = roman
    else:
        value = WORDS[fold(number)][1] if fold(number) in WORDS else None
    return (Reading("part", value, enclosure),) if value else ()
