"""Actors named in a clause's subject, as canonical names from the gazetteer."""

from __future__ import annotations

from .vocabulary import Vocabulary

__all__ = ["find_actors"]


def find_actors(subject: str, vocabulary: Vocabulary) -> tuple[list[str], list[str]]:
    """(canonical names in order of appearance, one rule per form found)."""
    names: list[str] = []
    rules: list[str] = []
    for match in vocabulary.actors.finditer(subject):
        name = vocabulary.canonical[match.group(0).casefold()]
        if name not in names:
            names.append(name)
            rules.append(f"actor:{match.group(0).casefold()}")
    return names, rules
