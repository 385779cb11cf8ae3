"""Numeral words in any language of `languages/`: `First,` `Secondly:` `Three.` `Primero,`."""

from __future__ import annotations

from ..languages import ALL, Vocabulary, fold
from .reading import Reading, split_enclosure


def readings(raw: str, vocabulary: Vocabulary = ALL) -> tuple[Reading, ...]:
    word, enclosure = split_enclosure(raw)
    if not word[:1].isupper():  # `one, two and three` inside a wrapped sentence
        return ()
    found = vocabulary.words.get(fold(word))
    if found is None:
        return ()
    style, value = found
    return (Reading(style, value, enclosure),)
