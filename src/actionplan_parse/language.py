"""Which language a paragraph is in: by script, then by common words (data, not a model).

Good enough to tell the two halves of a bilingual copy apart and to name them;
not a general language identifier.
"""

from __future__ import annotations

import re

__all__ = ["language_of"]

_HAN = re.compile(r"[\u3400-\u9fff]")
_WORD = re.compile(r"[^\W\d_]+")
_COMMON = {
    "en": {"the", "and", "of", "to", "in", "we", "will", "for", "with", "on"},
    "es": {"el", "la", "los", "las", "de", "y", "en", "que", "para", "del"},
    "fr": {"le", "la", "les", "de", "et", "des", "en", "du", "pour", "nous"},
    "pt": {"o", "a", "os", "as", "de", "e", "em", "que", "para", "do"},
}


def language_of(text: str) -> str:
    """`zh` for Han script, else the language whose common words occur most; `und` if none."""
    han = len(_HAN.findall(text))
    words = [w.casefold() for w in _WORD.findall(text)]
    if han and han >= len(words):
        return "zh"
    scores = {lang: sum(w in common for w in words) for lang, common in _COMMON.items()}
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] else "und"
