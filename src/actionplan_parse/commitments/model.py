"""One row per commitment: the fields are a public contract (docs/cli.md)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from .vocabulary import Modality

__all__ = ["COMMITMENT_FIELDS", "Commitment"]

COMMITMENT_FIELDS = (
    "id",
    "n",
    "actors",
    "modality",
    "action",
    "quantities",
    "dates",
    "recurrence",
    "text",
    "rules",
)


@dataclass(frozen=True)
class Commitment:
    id: str
    """The node (item) the commitment is in."""
    n: int
    """Its clause's place in the node's text, 1-based."""
    actors: list[str]
    modality: Modality
    action: str
    quantities: list[dict[str, Any]] = field(default_factory=list)
    dates: list[dict[str, Any]] = field(default_factory=list)
    recurrence: dict[str, Any] | None = None
    text: str = ""
    """The clause."""
    rules: list[str] = field(default_factory=list)
    """Which rules matched: the modality's, and one per actor form found."""

    def as_row(self) -> dict[str, Any]:
        row = asdict(self)
        return {name: row[name] for name in COMMITMENT_FIELDS}
