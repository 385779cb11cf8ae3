"""Which language a paragraph is in: by script, then by common words (data, not a model).

Good enough to tell the two halves of a bilingual copy apart and to name them;
not a general language identifier.
"""

from __future__ import annotations

import re

from .languages import fold

__all__ = ["HAN", "language_of"]

HAN = re.compile(r"[\u3400-\u9fff]")
"""A Chinese (Han) character."""
_WORD = re.compile(r"[^\W\d_]+")
_COMMON = {  # function words, distinctive enough to tell the languages apart
    "en": {"the", "and", "of", "to", "in", "we", "will", "for", "with", "on", "that", "is"},
    "es": {"el", "los", "las", "del", "con", "por", "una", "al", "su", "sus", "es", "como"},
    "fr": {"le", "les", "des", "du", "et", "au", "aux", "pour", "nous", "dans", "sur", "une"},
    "pt": {"os", "dos", "das", "do", "da", "ao", "aos", "com", "pelo", "pela", "uma", "nao"},
}


def language_of(text: str) -> str:
    """`zh` for Han script, else the language whose common words occur most; `und` if none."""
    han = len(HAN.findall(text))
    words = [
        w.lower() if w.isascii() else fold(w)
        for w in _WORD.findall(text)
        if len(w) > 1 and not w.isupper()
    ]
    if han and han >= len(words):
        return "zh"
    scores = {lang: sum(w in common for w in words) for lang, common in _COMMON.items()}
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] else "und"
