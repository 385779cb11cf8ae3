"""Label styles: what a label token *means*.

The grammar recognises label shapes; each style module here turns the raw text
of one shape into its possible :class:`Reading` s. A token may have several
readings (`(i)` is Roman 1 or the letter 9) and the decide stage picks the one
that continues the numbering; a token with no reading (`Moreover,`) is prose.

Each style lives in its own module and is registered once, in :data:`STYLES`,
under the grammar terminal it interprets.
"""

from __future__ import annotations

from collections.abc import Callable

from ..languages import ALL, Vocabulary
from . import bullets, cjk, decimal, numbered, parts, words
from .reading import Reading, split_enclosure

__all__ = ["STYLES", "Reading", "interpret", "split_enclosure"]

STYLES: dict[str, Callable[[str], tuple[Reading, ...]]] = {
    "PAREN_LABEL": numbered.readings,
    "PUNCT_LABEL": numbered.readings,
    "DECIMAL_LABEL": decimal.readings,
    "WORD_LABEL": words.readings,
    "PART_LABEL": parts.readings,
    "CJK_LABEL": cjk.readings,
    "CIRCLED_LABEL": cjk.circled_readings,
    "BULLET": bullets.readings,
}


_WORDED = {"WORD_LABEL", "PART_LABEL"}


def interpret(terminal: str, raw: str, vocabulary: Vocabulary = ALL) -> tuple[Reading, ...]:
    """All readings of a label token; empty when the token is ordinary prose.

    Labels made of words (`Primero,`, `Pilar I:`) are read with the profile's vocabulary.
    """
    if terminal in _WORDED:
        return STYLES[terminal](raw, vocabulary)  # type: ignore[call-arg]
    return STYLES[terminal](raw)
