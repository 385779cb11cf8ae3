"""Find a clause's modal trigger: what kind of commitment it is and where its action starts.

In order:

1. the clause opens (after adverbs such as `actively`, `continue to`) with a lexical trigger
   (`Explore ...`, `Support ...`): that trigger's modality, rule ``<lang>.lexical-start``;
2. it opens with an imperative verb (`Strengthen ...`, `Fortalecer ...`): ``commit``, rule
   ``imperative``;
3. otherwise the earliest trigger in the clause (the longest at a tie). An auxiliary one
   (`will`, `are willing to`) governs the verb after it: when that verb is an `explore`
   trigger (`will study`), the commitment is only to explore, and the modality is ``explore``.
   A lexical trigger in mid-clause counts only right after an actor of the gazetteer (its
   subject), so that `With U.S. support, ...` is not a commitment to support.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .actors import PREPOSITION
from .vocabulary import Modality, Trigger, Vocabulary

__all__ = ["Modal", "find_modal"]


@dataclass(frozen=True)
class Modal:
    modality: Modality
    rule: str
    subject_end: int
    """Where the subject (the text before the trigger) ends."""
    action_start: int


def find_modal(clause: str, vocabulary: Vocabulary, lead: bool = True) -> Modal | None:
    """The clause's modal trigger, or None. ``lead``: the clause opens an item or follows a
    semicolon, where `To promote ...` is an action; elsewhere `To help ..., X will` is a
    purpose clause and only the later trigger counts."""
    if not lead and regex.match(r"(?i)to\s", clause):
        return _earliest(clause, vocabulary)
    opening = _after_adverbs(clause, vocabulary)
    lexical = _trigger_at(clause, opening, vocabulary, "lexical")
    if lexical is not None:
        trigger, _ = lexical
        return Modal(trigger.modality, f"{trigger.language}.lexical-start", 0, opening)
    if opening < len(clause) and vocabulary.imperative.match(clause, opening):
        return Modal("commit", "imperative", 0, opening)
    return _earliest(clause, vocabulary)


def _after_adverbs(clause: str, vocabulary: Vocabulary) -> int:
    position = 0
    while True:
        match = vocabulary.adverbs.match(clause, position)
        if match is None or match.end() == position:
            return position
        following = regex.match(r"[\s,]+", clause[match.end() :])
        if following is None:
            return position
        position = match.end() + following.end()


def _trigger_at(
    clause: str, position: int, vocabulary: Vocabulary, kind: str
) -> tuple[Trigger, regex.Match[str]] | None:
    for trigger in vocabulary.triggers:
        if trigger.kind != kind:
            continue
        match = trigger.pattern.match(clause, position)
        if match is not None:
            return trigger, match
    return None


def _earliest(clause: str, vocabulary: Vocabulary) -> Modal | None:
    best: tuple[int, int, Trigger, regex.Match[str]] | None = None
    for trigger in vocabulary.triggers:
        for match in trigger.pattern.finditer(clause):
            if trigger.kind == "lexical" and not _after_actor(clause[: match.start()], vocabulary):
                continue
            key = (match.start(), -(match.end() - match.start()))
            if best is None or key < best[:2]:
                best = (*key, trigger, match)
            break
    if best is None:
        return None
    _, _, trigger, match = best
    if trigger.kind == "lexical":
        return Modal(trigger.modality, f"{trigger.language}.lexical", match.start(), match.start())
    action = match.end() + len(clause[match.end() :]) - len(clause[match.end() :].lstrip())
    governed = _trigger_at(
        clause, _after_adverbs_at(clause, action, vocabulary), vocabulary, "lexical"
    )
    if governed is not None and governed[0].modality == "explore" and trigger.modality != "explore":
        rule = f"{trigger.language}.{trigger.modality}+explore"
        return Modal("explore", rule, match.start(), action)
    return Modal(trigger.modality, f"{trigger.language}.{trigger.modality}", match.start(), action)


def _after_actor(before: str, vocabulary: Vocabulary) -> bool:
    """A gazetteer actor ends at most three words before, with no comma between: the
    trigger's subject (`The United States strongly supports`), not `With U.S. support,`."""
    found = list(vocabulary.actors.finditer(before))
    if not found:
        return False
    last = found[-1]
    if PREPOSITION.search(before[: last.start()]):
        return False
    between = before[last.end() :]
    return "," not in between and len(between.split()) <= 3 and not between.startswith(("’", "'"))


def _after_adverbs_at(clause: str, position: int, vocabulary: Vocabulary) -> int:
    return position + _after_adverbs(clause[position:], vocabulary)
