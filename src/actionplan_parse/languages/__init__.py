"""Numeral words per language, as data.

Each language module defines ``CARDINALS``, ``ORDINALS``, ``ADVERBS`` and
``PART_WORDS``: mappings from a lower-cased, accent-free word to its value (or,
for ``PART_WORDS``, a set of words). :data:`WORDS` merges them into one lookup
``word -> (style, value, language)``.
"""

from __future__ import annotations

import unicodedata
from types import ModuleType

from . import en, es, fr, pt

__all__ = ["LANGUAGES", "PART_WORDS", "WORDS", "fold"]

LANGUAGES: dict[str, ModuleType] = {"en": en, "es": es, "fr": fr, "pt": pt}


def fold(word: str) -> str:
    """Lower-case and strip accents, so `Décimo`, `DECIMO` and `decimo` agree."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _merge() -> dict[str, tuple[str, int, str]]:
    words: dict[str, tuple[str, int, str]] = {}
    for code, module in LANGUAGES.items():
        for style, table in (
            ("cardinal-word", module.CARDINALS),
            ("ordinal-word", module.ORDINALS),
            ("ordinal-adverb", module.ADVERBS),
        ):
            for word, value in table.items():
                words.setdefault(fold(word), (style, value, code))
    return words


WORDS = _merge()
PART_WORDS = frozenset(fold(w) for m in LANGUAGES.values() for w in m.PART_WORDS)
