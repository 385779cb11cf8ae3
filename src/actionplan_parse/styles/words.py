"""Numeral words in any language of `languages/`: `First,` `Secondly:` `Three.` `Primero,`."""

from __future__ import annotations

from ..languages import WORDS, fold
from .reading import Reading, split_enclosure


def readings(raw: str) -> tuple[Reading, ...]:
    word, enclosure = split_enclosure(raw)
    if not word[:1].isupper():  # `one, two and three` inside a wrapped sentence
        return ()
    found = WORDS.get(fold(word))
    if found is None:
        return ()
    style, value, _language = found
    return (Reading(style, value, enclosure),)
