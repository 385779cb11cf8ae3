"""What the decide stage hands on: drafts of nodes, and the blocks that are no node's."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..blocks import Block
from ..styles import Reading

__all__ = ["Draft", "Outline"]


@dataclass(eq=False)
class Draft:
    """A node under construction."""

    level: int
    block: Block | None = None
    reading: Reading | None = None
    number: int | None = None
    inferred: bool = False
    reasons: list[str] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)
    children: list[Draft] = field(default_factory=list)
    heading_style: str | None = None
    """Set for an unnumbered heading (`bold`, `caps`, `h2`, ...)."""
    confidence: float = 1.0
    """How clearly the decoder preferred this placement over the runner-up (0-1)."""
    runner_up: str | None = None
    """The closest competing reading, in words, when there was one."""

    @property
    def first_line(self) -> int:
        if self.block is not None:
            return self.block.first
        return self.children[0].first_line if self.children else 0

    @property
    def last_line(self) -> int:
        lines = [self.block.last] if self.block else []
        lines += [b.last for b in self.body]
        if self.children:
            lines.append(self.children[-1].last_line)
        return max(lines, default=0)


@dataclass
class Outline:
    """The decided tree plus the blocks that are no node's."""

    root: Draft
    title: Block | None
    preamble: list[Block]
    garbled: list[Block]
