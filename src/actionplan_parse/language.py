"""Which language a paragraph is in: by script, then by common words (data, not a model).

Good enough to tell the two halves of a bilingual copy apart and to name them;
not a general language identifier. The scripts and words are the registered
languages' (``languages/``).
"""

from __future__ import annotations

import re

from .languages import LANGUAGES, fold
from .languages.zh import HAN as _HAN_CLASS

__all__ = ["HAN", "language_of"]

HAN = re.compile(_HAN_CLASS)
"""A Chinese (Han) character."""
_WORD = re.compile(r"[^\W\d_]+")


def language_of(text: str) -> str:
    """A language whose script makes up at least as many characters as there are words
    (`zh` for Han), else the language whose common words occur most; `und` if none."""
    words = [
        w.lower() if w.isascii() else fold(w)
        for w in _WORD.findall(text)
        if len(w) > 1 and not w.isupper()
    ]
    for language in LANGUAGES.values():
        if language.script is not None:
            count = len(re.findall(language.script, text))
            if count and count >= len(words):
                return language.code
    scores = {
        language.code: sum(w in language.common_words for w in words)
        for language in LANGUAGES.values()
        if language.common_words
    }
    best = max(scores, key=lambda code: scores[code])
    return best if scores[best] else "und"
