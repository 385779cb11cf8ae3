"""Part and article prefixes: `Part I`, `PART ONE:`, `Pilar I:`, `Artículo 2.`, `Article 1`,
`Article 20.1` (a treaty's chapter and article: the article's number is the last one).

The grammar accepts any word followed by a number; the vocabulary decides whether
the word introduces a part (`Pilar`) or an article (`Artículo`), or is prose.
"""

from __future__ import annotations

import re

from ..languages import ALL, Vocabulary, fold
from .numbered import roman_value
from .reading import Reading, split_enclosure

_DOTTED = re.compile(r"\d{1,3}(?:\.\d{1,3}){1,2}")


def readings(raw: str, vocabulary: Vocabulary = ALL) -> tuple[Reading, ...]:
    text, enclosure = split_enclosure(raw)
    word, _, number = text.partition(" ")
    number = number.strip().rstrip("º°ª.")  # `2º.-` `2.º`: the number and its indicator
    style = _style(fold(word), vocabulary)
    if style is None:
        return ()
    if number == "?":  # a number marked unknown (`Part ?`, written by `normalize`)
        return (Reading(style, None, enclosure),)
    if number.isdigit():
        value: int | None = int(number)
    elif _DOTTED.fullmatch(number):  # `Article 20.1`: the first article of chapter 20
        path = tuple(int(piece) for piece in number.split("."))
        return (Reading(style, path[-1], enclosure, path),) if path[-1] else ()
    elif (roman := roman_value(number)) is not None and number.isupper():
        value = roman
    else:
        value = vocabulary.words[fold(number)][1] if fold(number) in vocabulary.words else None
    return (Reading(style, value, enclosure),) if value else ()


def _style(word: str, vocabulary: Vocabulary) -> str | None:
    if word in vocabulary.part_words:
        return "part"
    if word in vocabulary.article_words:
        return "article"
    return None
