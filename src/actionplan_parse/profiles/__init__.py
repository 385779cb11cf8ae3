"""Profiles: the conventions of a language or family of documents, kept as data.

A profile is a TOML file: its ``name``, a ``description``, the ``languages`` whose
numeral words make labels (`First,` `Primero,`), optional extra ``part_words``
(`Pilar`, `Eje`) and ``article_words``, and ``detect``: the language that makes
``auto`` choose it. The shipped profiles are the ``*.toml`` files beside this
module; a user adds one without touching the code, by passing the file's path
(``--profile mine.toml``) or by putting it in the directory named by the
``ACTIONPLAN_PARSE_PROFILES`` environment variable.
"""

from __future__ import annotations

import functools
import os
import sys
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from ..language import language_of
from ..languages import LANGUAGES, Vocabulary, vocabulary

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

__all__ = ["Profile", "ProfileError", "available", "choose", "load_profile", "FALLBACK"]

FALLBACK = "all"
ENVIRONMENT = "ACTIONPLAN_PARSE_PROFILES"
_KEYS = {"name", "description", "languages", "part_words", "article_words", "detect"}
_SAMPLE = 3_000  # characters: plenty to tell a language by its function words


class ProfileError(ValueError):
    """A profile that cannot be found or read; the message is one line."""


@dataclass(frozen=True)
class Profile:
    """The conventions one kind of document follows."""

    name: str
    description: str
    languages: tuple[str, ...]
    part_words: tuple[str, ...] = ()
    article_words: tuple[str, ...] = ()
    detect: str | None = None
    source: str = field(default="", compare=False)

    @functools.cached_property
    def vocabulary(self) -> Vocabulary:
        """The words that make labels under this profile."""
        return vocabulary(self.languages, self.part_words, self.article_words)


def load_profile(path: str | Path) -> Profile:
    """Read one profile file; unknown keys or languages are a :class:`ProfileError`."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ProfileError(f"{path}: cannot read profile ({exc})") from None
    except RecursionError:
        raise ProfileError(f"{path}: cannot read profile (nested too deeply)") from None
    return _profile(data, str(path))


def _profile(data: dict, source: str) -> Profile:
    unknown = set(data) - _KEYS
    if unknown:
        raise ProfileError(f"{source}: unknown profile key(s): {', '.join(sorted(unknown))}")
    languages = _strings(data, "languages", source)
    bad = [code for code in languages if code not in LANGUAGES]
    if bad or "name" not in data:
        problem = f"unknown language(s) {', '.join(bad)}" if bad else "no name"
        raise ProfileError(f"{source}: {problem} (languages: {', '.join(LANGUAGES)})")
    for key in ("name", "description", "detect"):
        if not isinstance(data.get(key, ""), str):
            raise ProfileError(f"{source}: {key!r} must be a string")
    return Profile(
        name=data["name"],
        description=data.get("description", ""),
        languages=languages,
        part_words=_strings(data, "part_words", source),
        article_words=_strings(data, "article_words", source),
        detect=data.get("detect"),
        source=source,
    )


def _strings(data: dict, key: str, source: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ProfileError(f"{source}: {key!r} must be a list of strings")
    return tuple(value)


def available() -> dict[str, Profile]:
    """Shipped profiles, then the user's (which may replace a shipped one by name)."""
    found = dict(_shipped())
    directory = os.environ.get(ENVIRONMENT)
    if directory and Path(directory).is_dir():
        for path in sorted(Path(directory).glob("*.toml")):
            profile = load_profile(path)
            found[profile.name] = profile
    return found


@functools.cache
def _shipped() -> tuple[tuple[str, Profile], ...]:
    files = resources.files(__package__)
    profiles = []
    for entry in sorted(files.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            profile = _profile(tomllib.loads(entry.read_text(encoding="utf-8")), entry.name)
            profiles.append((profile.name, profile))
    return tuple(profiles)


def choose(name: str, text: str) -> Profile:
    """The profile to parse ``text`` with: by name, from a TOML path, or ``auto``."""
    profiles = available()
    if name == "auto":
        return _detect(text, profiles)
    if name in profiles:
        return profiles[name]
    if name.endswith(".toml"):
        return load_profile(name)
    raise ProfileError(f"unknown profile {name!r} (known: auto, {', '.join(sorted(profiles))})")


def _detect(text: str, profiles: dict[str, Profile]) -> Profile:
    """By language, part by part: the document's opening, middle and end are sampled, and
    when they are in different languages the profiles of all of them are merged."""
    middle = max(0, len(text) // 2 - _SAMPLE // 2)
    parts = {text[:_SAMPLE], text[middle : middle + _SAMPLE], text[-_SAMPLE:]}
    found: list[Profile] = []
    for part in sorted(parts, key=text.find):
        language = language_of(part)
        match = next((p for p in profiles.values() if p.detect == language), None)
        if match is not None and match not in found:
            found.append(match)
    if not found:
        return profiles[FALLBACK]
    if len(found) == 1:
        return found[0]
    return Profile(
        name="+".join(p.name for p in found),
        description="Merged for a document whose parts are in different languages.",
        languages=tuple(dict.fromkeys(code for p in found for code in p.languages)),
        part_words=tuple(w for p in found for w in p.part_words),
        article_words=tuple(w for p in found for w in p.article_words),
        source="auto",
    )
