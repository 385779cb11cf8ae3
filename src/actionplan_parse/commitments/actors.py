"""Actors named in a clause's subject, as canonical names from the gazetteer."""

from __future__ import annotations

import regex

from .vocabulary import Vocabulary

__all__ = ["PREPOSITION", "find_actors"]


PREPOSITION = regex.compile(
    r"(?i)(?:\b(?:with|of|for|to|in|between|by|from|on|among|alongside|against|con|de|del|para|"
    r"por|avec|pour|par|entre|à|en|em|com)\s+(?:the\s+|la\s+|le\s+|los\s+|las\s+|les\s+)?)$"
)
_POSSESSIVE = regex.compile(r"^(?:’s|'s|’|')")


def find_actors(subject: str, vocabulary: Vocabulary) -> tuple[list[str], list[str]]:
    """(canonical names in order of appearance, one rule per form found).

    The subject is the last comma-separated stretch before the trigger (`At an event hosted
    by A, B announced` -> `B announced`), extended over stretches that are actor names
    (`China, Brazil and India will`), or the whole subject when that stretch names no
    actor (`The Minister, with the others, will`); forms after a preposition (`with Ukraine`) or
    followed by a possessive (`Ukraine’s efforts`) are not subjects."""
    names: list[str] = []
    rules: list[str] = []
    start = _subject_start(subject, vocabulary)
    for offset in (start, 0) if start else (0,):
        for match in vocabulary.actors.finditer(subject, offset):
            if PREPOSITION.search(subject[: match.start()]) or _POSSESSIVE.match(
                subject[match.end() :]
            ):
                continue
            name = vocabulary.canonical[match.group(0).casefold()]
            if name not in names:
                names.append(name)
                rules.append(f"actor:{match.group(0).casefold()}")
        if names:
            break
    return names, rules


def _subject_start(subject: str, vocabulary: Vocabulary) -> int:
    cuts = [m.end() for m in regex.finditer(r",\s*", subject)]
    start = cuts[-1] if cuts else 0
    for previous in reversed([0, *cuts[:-1]]):
        stretch = subject[previous:start].strip(" ,")
        if not stretch or not vocabulary.actors.fullmatch(stretch):
            break
        start = previous
    return start
