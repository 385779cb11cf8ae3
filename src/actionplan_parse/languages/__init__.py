"""Languages, one module each (in the manner of sqlglot's dialects), and their registry.

A language module defines a :class:`Language` named ``LANGUAGE`` (usually from its
upper-case names, :meth:`Language.from_module`): its numeral words
(``cardinals``, ``ordinals``, ``adverbs``: lower-case, accent-free word -> value), the
``part_words`` / ``article_words`` that introduce a numbered part or article (`Pilar I:`,
`Artículo 2.`), ``months`` (dates), the ``common_words`` or the ``script`` that tell a text
in it apart (``language.py``), the ``page_words`` of page furniture (`Página 2 de 5`,
``furniture.py``) and its default ``profile``. Every module of this package is registered
on import; code outside the package calls :func:`register` (see docs/layouts.md).

A :class:`Vocabulary` merges the languages a profile uses; :data:`ALL` merges the shipped ones.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

__all__ = [
    "ALL",
    "LANGUAGES",
    "Language",
    "PageWords",
    "ProfileSpec",
    "Vocabulary",
    "counted",
    "fold",
    "register",
    "vocabulary",
]


def counted(words: str) -> dict[str, int]:
    """`"one two three"` -> {`one`: 1, `two`: 2, `three`: 3}: numeral words in order."""
    return {word: value for value, word in enumerate(words.split(), start=1)}


@lru_cache(maxsize=16384)  # words recur; called for every non-ASCII word
def fold(word: str) -> str:
    """Lower-case and strip accents, so `Décimo`, `DECIMO` and `decimo` agree."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class PageWords:
    """How a page counter is written: `Page 2 of 5`, `Página 2 de 5`, `p. 2`."""

    page: tuple[str, ...] = ()
    """Words before the page number (`page`, `p.`, `página`)."""
    of: tuple[str, ...] = ()
    """Words between the page number and the page count (`of`, `de`, `sur`)."""


@dataclass(frozen=True)
class ProfileSpec:
    """The language's default profile (``--profile CODE``; ``auto`` picks it by ``detect``)."""

    description: str
    languages: tuple[str, ...]
    """Whose numeral words make labels, this language first."""
    detect: bool = True
    """Chosen by ``--profile auto`` when the text is in this language."""


@dataclass(frozen=True)
class Language:
    """Everything the parser knows about one language."""

    code: str
    """ISO 639-1 code: `en`, `zh`."""
    name: str
    cardinals: Mapping[str, int] = field(default_factory=dict)
    ordinals: Mapping[str, int] = field(default_factory=dict)
    adverbs: Mapping[str, int] = field(default_factory=dict)
    part_words: frozenset[str] = frozenset()
    article_words: frozenset[str] = frozenset()
    months: Mapping[str, int] = field(default_factory=dict)
    """Month name -> number (dates in the text: AKN metadata, commitments)."""
    common_words: frozenset[str] = frozenset()
    """Function words, distinctive enough to tell the languages apart (lower-case, folded)."""
    script: str | None = None
    """A character class (``re`` syntax) of the script that alone identifies the language."""
    page_words: PageWords = PageWords()
    profile: ProfileSpec | None = None
    in_all: bool = True
    """Whether the fallback profile `all` (no language clear) uses its numeral words."""

    @classmethod
    def from_module(cls, module_name: str, name: str, *, in_all: bool = True) -> Language:
        """The language a module declares in upper-case names (``CARDINALS``, ``ORDINALS``,
        ``ADVERBS``, ``PART_WORDS``, ``ARTICLE_WORDS``, ``MONTHS``, ``COMMON_WORDS``,
        ``SCRIPT``, ``PAGE_WORDS``, ``PROFILE``; each optional), coded by the module's name."""
        found = vars(sys.modules[module_name])
        return cls(
            code=module_name.rpartition(".")[2],
            name=name,
            cardinals=found.get("CARDINALS", {}),
            ordinals=found.get("ORDINALS", {}),
            adverbs=found.get("ADVERBS", {}),
            part_words=frozenset(found.get("PART_WORDS", ())),
            article_words=frozenset(found.get("ARTICLE_WORDS", ())),
            months=found.get("MONTHS", {}),
            common_words=frozenset(found.get("COMMON_WORDS", ())),
            script=found.get("SCRIPT"),
            page_words=found.get("PAGE_WORDS", PageWords()),
            profile=found.get("PROFILE"),
            in_all=in_all,
        )


LANGUAGES: dict[str, Language] = {}
"""Registered languages by code, in registration order (the shipped ones sorted by code)."""


def register(language: Language) -> Language:
    """Add (or replace) a language; returns it, so a module may write
    ``LANGUAGE = register(Language(...))``."""
    LANGUAGES[language.code] = language
    return language


def _register_shipped() -> None:
    for module in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        language = getattr(importlib.import_module(f"{__name__}.{module.name}"), "LANGUAGE", None)
        if isinstance(language, Language):
            register(language)


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
    """The vocabulary of some languages (those of `all` when ``codes`` is None), plus extra
    words."""
    chosen = (
        [LANGUAGES[c] for c in codes]
        if codes is not None
        else [lang for lang in LANGUAGES.values() if lang.in_all]
    )
    words: dict[str, tuple[str, int]] = {}
    for language in chosen:
        for style, table in (
            ("cardinal-word", language.cardinals),
            ("ordinal-word", language.ordinals),
            ("ordinal-adverb", language.adverbs),
        ):
            for word, value in table.items():
                words.setdefault(fold(word), (style, value))
    parts = {fold(w) for lang in chosen for w in lang.part_words} | {fold(w) for w in part_words}
    articles = {fold(w) for lang in chosen for w in lang.article_words}
    articles |= {fold(w) for w in article_words}
    return Vocabulary(words, frozenset(parts), frozenset(articles))


_register_shipped()
ALL = vocabulary()
