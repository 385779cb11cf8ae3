"""The commitment vocabulary, kept as data: actors (``data/actors.toml``) and modal
triggers (``data/modality.toml``), per language; a user gazetteer extends the actors."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import regex

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

__all__ = ["GazetteerError", "Modality", "Trigger", "Vocabulary", "load_vocabulary"]

Modality = Literal["commit", "intend", "support", "explore"]
MODALITIES: tuple[Modality, ...] = ("commit", "intend", "support", "explore")
_UNSPACED = {"zh"}  # languages written without spaces: no word boundaries


class GazetteerError(ValueError):
    """A gazetteer file that cannot be read; the message is one line."""


@dataclass(frozen=True)
class Trigger:
    """A compiled modal trigger: ``auxiliary`` governs the verb after it, ``lexical`` is one."""

    pattern: regex.Pattern[str]
    modality: Modality
    kind: Literal["auxiliary", "lexical"]
    language: str


@dataclass(frozen=True, eq=False)
class Vocabulary:
    actors: regex.Pattern[str]
    """One alternation of every surface form, longest first."""
    canonical: dict[str, str]
    """Folded surface form -> canonical actor name."""
    triggers: tuple[Trigger, ...]
    imperative: regex.Pattern[str]
    """Verbs (after optional adverbs) that open a subject-less action item."""
    adverbs: regex.Pattern[str]
    languages: frozenset[str] = frozenset()
    """The languages whose triggers apply (all when empty)."""

    def only(self, languages: frozenset[str]) -> Vocabulary:
        """This vocabulary restricted to the triggers, imperatives and adverbs of some
        languages (the actor gazetteer stays whole: names cross languages)."""
        return _restricted(self, languages)


def _read(name: str) -> dict[str, Any]:
    text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    return tomllib.loads(text)


def _bounded(alternatives: list[str], language: str) -> str:
    body = "|".join(alternatives)
    return body if language in _UNSPACED else rf"(?<![\w-])(?:{body})(?![\w-])"


def load_vocabulary(*gazetteers: str | None) -> Vocabulary:
    """The shipped vocabulary, plus the actors of user gazetteer files (TOML), if any."""
    return _load(tuple(g for g in gazetteers if g is not None))


@cache
def _load(gazetteers: tuple[str, ...]) -> Vocabulary:
    actors = _read("actors.toml")
    for gazetteer in gazetteers:
        for language, entries in _user_gazetteer(gazetteer).items():
            actors.setdefault(language, {})
            for name, forms in entries.items():
                actors[language][name] = list(actors[language].get(name, [])) + list(forms)
    canonical = {
        form.casefold(): name
        for entries in actors.values()
        for name, forms in entries.items()
        for form in forms
    }
    forms = sorted(canonical, key=len, reverse=True)
    spaced = [regex.escape(f) for f in forms if not _is_unspaced(f)]
    unspaced = [regex.escape(f) for f in forms if _is_unspaced(f)]
    pattern = "|".join(p for p in (_bounded(spaced, "en"), "|".join(unspaced)) if p)
    modality = _read("modality.toml")
    return Vocabulary(
        actors=regex.compile(pattern, regex.IGNORECASE),
        canonical=canonical,
        triggers=_triggers(modality),
        imperative=_start_words(modality, "imperative"),
        adverbs=_start_words(modality, "adverbs"),
    )


@cache
def _restricted(vocabulary: Vocabulary, languages: frozenset[str]) -> Vocabulary:
    modality = {code: table for code, table in _read("modality.toml").items() if code in languages}
    return Vocabulary(
        actors=vocabulary.actors,
        canonical=vocabulary.canonical,
        triggers=tuple(t for t in vocabulary.triggers if t.language in languages),
        imperative=_start_words(modality, "imperative"),
        adverbs=_start_words(modality, "adverbs"),
        languages=languages,
    )


def _is_unspaced(form: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in form)


def _triggers(data: dict[str, Any]) -> tuple[Trigger, ...]:
    found = []
    for language, table in data.items():
        for kind in ("auxiliary", "lexical"):
            for modality in MODALITIES:
                for expression in table.get(kind, {}).get(modality, []):
                    pattern = regex.compile(_bounded([expression], language), regex.IGNORECASE)
                    found.append(Trigger(pattern, modality, kind, language))
    return tuple(found)


def _start_words(data: dict[str, Any], key: str) -> regex.Pattern[str]:
    words = sorted({w for table in data.values() for w in table.get(key, [])}, key=len)
    body = "|".join(regex.escape(w) for w in reversed(words))
    return regex.compile(rf"(?:{body})(?![\w-])", regex.IGNORECASE)


def _user_gazetteer(path: str) -> dict[str, dict[str, list[str]]]:
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise GazetteerError(f"{path}: cannot read gazetteer ({exc})") from None
    good = all(
        isinstance(entries, dict)
        and all(
            isinstance(f, list) and all(isinstance(x, str) for x in f) for f in entries.values()
        )
        for entries in data.values()
    )
    if not good:
        raise GazetteerError(f'{path}: expected [language] sections of "Name" = ["form", ...]')
    return data
