"""Numeral words per language, as data.

Each language module defines ``CARDINALS``, ``ORDINALS`` and ``ADVERBS`` (lower-case,
accent-free word -> value) and ``PART_WORDS`` / ``ARTICLE_WORDS`` (words that
introduce a numbered part or article: `Pilar I:`, `Artículo 2.`). A
:class:`Vocabulary` merges the languages a profile uses; :data:`ALL` merges them all.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from types import ModuleType

from . import en, es, fr, pt

__all__ = ["ALL", "LANGUAGES", "Vocabulary", "fold", "vocabulary"]

LANGUAGES: dict[str, ModuleType] = {"en": en, "es": es, "fr": fr, "pt": pt}


def fold(word: str) -> str:
    """Lower-case and strip accents, so `Décimo`, `DECIMO` and `decimo` agree."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class Vocabulary:
    """The words that make a label: numerals, part words and article words."""

    words: dict[str, tuple[str, int]]
    """Folded word -> (style, value): `primero` -> (`ordinal-word`, 1)."""
    part_words: frozenset[str]
    article_words: frozenset[str]


def vocabulary(
    codes: Iterable[str] | None = None,
    part_words: Iterable[str] = (),
    article_words: Iterable[str] = (),
) -> Vocabulary:
    """The vocabulary of some languages (all when ``codes`` is None), plus extra words."""
    modules = [LANGUAGES[c] for c in codes] if codes is not None else list(LANGUAGES.values())
    words: dict[str, tuple[str, int]] = {}
    for module in modules:
        for style, table in (
            ("cardinal-word", module.CARDINALS),
            ("ordinal-word", module.ORDINALS),
            ("ordinal-adverb", module.ADVERBS),
        ):
            for word, value in table.items():
                words.setdefault(fold(word), (style, value))
    parts = {fold(w) for m in modules for w in m.PART_WORDS} | {fold(w) for w in part_words}
    articles = {fold(w) for m in modules for w in m.ARTICLE_WORDS}
    articles |= {fold(w) for w in article_words}
    return Vocabulary(words, frozenset(parts), frozenset(articles))


ALL = vocabulary()
