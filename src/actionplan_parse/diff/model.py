"""What a comparison reports: one :class:`Change` per aligned pair or unpaired node."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

__all__ = ["CHANGE_FIELDS", "Change", "ChangeKind", "Entry"]

ChangeKind = Literal["unchanged", "reworded", "renumbered", "moved", "added", "dropped"]

CHANGE_FIELDS = ("change", "old_id", "new_id", "similarity", "old_text", "new_text")
"""The JSON fields of a change, in order (a public contract, see docs/cli.md)."""


@dataclass(frozen=True)
class Change:
    """One node's fate between the old and the new version."""

    change: ChangeKind
    old_id: str | None
    new_id: str | None
    similarity: float | None
    """0-100 (rapidfuzz ratio of the two texts); null for `added` and `dropped`."""
    old_text: str | None
    new_text: str | None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Entry:
    """A node flattened for alignment: where it is and what it says."""

    index: int
    id: str
    parent: str | None
    """The parent's id; None at the top level."""
    own: str
    """The last segment of the id: the node's own number among its siblings."""
    text: str
