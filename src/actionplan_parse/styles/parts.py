"""Part and article prefixes: `Part I`, `PART ONE:`, `Pilar I:`, `Artículo 2.`, `Article 1`.

The grammar accepts any word followed by a number; the vocabulary decides whether
the word introduces a part (`Pilar`) or an article (`Artículo`), or is prose.
"""

from __future__ import annotations

from ..languages import ALL, Vocabulary, fold
from .numbered import roman_value
from .reading import Reading, split_enclosure


def readings(raw: str, vocabulary: Vocabulary = ALL) -> tuple[Reading, ...]:
    text, enclosure = split_enclosure(raw)
    word, _, number = text.partition(" ")
    number = number.strip().rstrip("º°ª")
    style = _style(fold(word), vocabulary)
    if style is None:
        return ()
    if number == "?":  # a number marked unknown (`Part ?`, written by `normalize`)
        return (Reading(style, None, enclosure),)
    if number.isdigit():
        value: int | None = int(number)
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
