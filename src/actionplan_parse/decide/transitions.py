"""The transition system: the decoder's state and the moves that change it.

The state is the stack of open lists (one :class:`Frame` per level) plus what the
features need to remember (forms seen at each level, the last number of each form,
paragraphs waiting since the last label). A labelled paragraph may

* ``continue`` the open list at level k (closing the deeper ones),
* open a ``child`` list under the deepest open node,
* ``restart`` the list at level k: its parent heading was lost, so an inferred
  container is opened one level up,
* become a ``section``: a titled label between numbered paragraphs whose numbering
  runs on past it (the list continues under it),
* follow a ``lead-in``: the paragraph before it ends with a colon (`… we commit to:`)
  and the label starts a list again; the paragraph becomes a node beside the list at
  level k and the new list goes under it (instead of an inferred container),
* be ``text`` after all: a label-like start of a wrapped line, body of the node above.

Unnumbered headings open a level of their own, and other paragraphs are body text;
those steps have one outcome each. In *build* mode (``State(build=True)``) the same
moves also grow the :class:`Draft` tree; the search runs without it and the chosen
moves are replayed with it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal, NamedTuple

from ..blocks import CLOSING, Block, as_text, carry_on, indent
from ..headings import is_title, same_weight
from ..lines import Line
from ..styles import Reading
from .tree import Draft

__all__ = ["LEAD_IN", "MAX_DEPTH", "Action", "Candidate", "Frame", "State", "Step", "StepKind"]

MAX_DEPTH = 8
Action = Literal["continue", "child", "restart", "section", "lead-in", "text"]
LEAD_IN = "lead-in"
"""Heading style of a paragraph that introduces a list (`… we commit to:`)."""
StepKind = Literal["labelled", "heading", "text", "garbled", "title", "preamble"]


@dataclass
class Step:
    """One block and what the document around it says before any decision."""

    kind: StepKind
    block: Block
    style: str | None = None
    """Heading style of an unlabelled heading."""
    following: tuple[Reading, ...] | None = None
    """Readings of the next labelled block, when no heading or garbled run comes first."""


class Frame(NamedTuple):
    """One open level: its node, the last number of its list and the forms used there."""

    node: Draft | None
    level: int
    last: int | None
    forms: frozenset[str]
    heading: bool = False
    """An unnumbered heading: labelled paragraphs go under it, never beside it."""
    titled: bool = False
    """The node's own block reads as a title."""
    blockless: bool = False
    """An inferred container (no block of its own)."""
    tail: int = 0
    """How many inferred containers end the node's children (a restart moves them)."""
    indent: int = 0
    """Leading white space of the node's first line."""
    marked_heading: bool = False
    """Markup made the node's line a heading (`### A. …`, `<h3>`)."""
    emphasis: str | None = None
    """Whole-line emphasis of an unnumbered heading's line."""
    colon: bool = False
    """The node's own paragraph ends with a colon: it announces sub-items."""
    tiered: bool = False
    """The node's label carries a Markdown heading tier (`## 1.`): a heading with a label."""


class Candidate(NamedTuple):
    """One move for a labelled block, with its evidence."""

    action: Action
    level: int
    reading: Reading
    """The reading as placed (a bullet or uninformative label gets its position number)."""
    written: Reading
    features: dict[str, float]
    rank: int
    """Tie-break: continue < child < restart."""

    def describe(self) -> str:
        number = "?" if self.reading.value is None else self.reading.value
        if self.action == "text":
            return "body text of the paragraph above (not a label)"
        return f"{self.action} at level {self.level} as {self.reading.form} number {number}"


class State:
    """The open lists and what the features remember; optionally the tree being built."""

    __slots__ = (
        "frames",
        "seen_at",
        "seen_total",
        "cousins",
        "heading_levels",
        "pending",
        "after_garble",
        "last_block",
        "build",
        "root",
    )

    def __init__(self, build: bool = False) -> None:
        self.build = build
        self.root = Draft(level=0)
        self.frames: list[Frame] = [Frame(self.root if build else None, 0, None, frozenset())]
        self.seen_at: dict[tuple[str, int], int] = {}
        self.seen_total: dict[str, int] = {}
        self.cousins: dict[str, int] = {}
        """Last number per label form anywhere: numbering that runs on across headings."""
        self.heading_levels: dict[str, int] = {}
        self.pending: list[tuple[Block, Draft | None]] = []
        """Unlabelled paragraphs since the last label: candidates for a numbering gap."""
        self.after_garble = False
        self.last_block: Block | None = None
        """The paragraph placed last: a wrapped line read as text carries it on."""

    def copy(self) -> State:
        other = State.__new__(State)
        other.build = False
        other.root = self.root
        other.frames = list(self.frames)
        other.seen_at = dict(self.seen_at)
        other.seen_total = dict(self.seen_total)
        other.cousins = dict(self.cousins)
        other.heading_levels = dict(self.heading_levels)
        other.pending = list(self.pending)
        other.after_garble = self.after_garble
        other.last_block = self.last_block
        return other

    def signature(self) -> tuple[object, ...]:
        """What later decisions depend on most: equal signatures are merged in the beam."""
        frames = tuple(f[1:] for f in self.frames)
        return frames, len(self.pending), self.after_garble

    # -- what the features read --------------------------------------------------------

    def fillable(self) -> int:
        """Waiting paragraphs that could be lost items (not a lower-case continuation)."""
        return sum(1 for block, _ in self.pending if not block.content[:1].islower())

    def levels(self) -> Iterator[tuple[int, Frame]]:
        """Open lists a label could continue (headings are not lists)."""
        for level in range(1, len(self.frames)):
            frame = self.frames[level]
            if not frame.heading:
                yield level, frame

    def section_level(self, block: Block, following: tuple[Reading, ...] | None) -> int | None:
        """The level at which `block` would be a section heading over the running list.

        `2.` … `I.` + `Global context` … `3.`: `I.` is a section heading beside `2.`,
        and `3.` goes under it, continuing the count.
        """
        deepest = self.frames[-1]
        if (
            following is None
            or len(self.frames) < 2
            or deepest.heading
            or deepest.last is None
            or deepest.titled
            or deepest.blockless
            or not is_title(block.content)
        ):
            return None
        last = deepest.last
        runs_on = any(r.form in deepest.forms and r.value == last + 1 for r in following)
        return len(self.frames) - 1 if runs_on else None

    # -- moves ---------------------------------------------------------------------------

    def apply(self, block: Block, move: Candidate) -> None:
        if move.action == "text":
            self._read_as_text(block)
            return
        if move.action == "section":
            self._place_section(block, move)
        elif move.action == "lead-in":
            self._open_lead_in(move.level)
            self._place(block, move._replace(action="child", level=move.level + 1))
        else:
            if move.action == "restart":
                self._restart(move.level)
            elif move.action == "continue":
                del self.frames[move.level + 1 :]
            self._place(block, move)
        self.pending = []
        self.after_garble = False

    def _read_as_text(self, block: Block) -> None:
        """Not a label after all: the rest of a wrapped sentence, or a paragraph of its own."""
        last = self.last_block
        if last is not None and not last.raw.rstrip().endswith(CLOSING):
            if self.build:
                carry_on(last, block)
            return
        self.add_text(as_text(block) if self.build else block)

    def add_heading(self, block: Block, style: str) -> Draft | None:
        level = self._heading_level(style)
        del self.frames[level:]
        node = None
        if self.build:
            node = Draft(level=level, block=block, heading_style=style)
            self._adopt(node)
        self._close_tail()
        first = block.lines[0]
        self.frames.append(
            Frame(
                node,
                level,
                None,
                frozenset(),
                heading=True,
                titled=True,
                indent=indent(first),
                emphasis=first.emphasis,
            )
        )
        self.heading_levels[style] = level
        self.pending = []
        self.after_garble = False
        self.last_block = block
        return node

    def add_text(self, block: Block) -> None:
        holder = self.frames[-1].node
        if holder is not None:
            holder.body.append(block)
        self.pending.append((block, holder))
        self.after_garble = False
        self.last_block = block

    def add_garbled(self) -> None:
        self.after_garble = True
        self.last_block = None

    def _heading_level(self, style: str) -> int:
        """The level a heading style was given, or one learnt from where it first appears.

        A style of the same weight as a known one (differing by underline, or Title Case
        against sentence case) is the same level when it comes after items (inconsistent
        markup), unless a titled section opened below that level (`II. Global context`
        holds its own sub-headings); and the level below when it follows that heading
        directly (bold-underline above bold).
        """
        depth = len(self.frames)
        if style in self.heading_levels:
            return min(self.heading_levels[style], depth)
        kin = [s for s in self.heading_levels if same_weight(s, style)]
        if kin and not self.frames[-1].heading:
            level = min(self.heading_levels[kin[0]], depth)
            if not any(f.titled and not f.heading for f in self.frames[level:]):
                return level  # else it heads a part of the titled section below the kin
        titled = [f.level for f in self.frames[1:] if f.heading or f.titled]
        return titled[-1] + 1 if titled else 1  # under the innermost heading or titled section

    def lead_in(self) -> Block | None:
        """The paragraph waiting last, if it ends with a colon (`… we commit to:`)."""
        if not self.pending:
            return None
        block = self.pending[-1][0]
        return block if block.content.rstrip().endswith((":", "：")) else None

    def _open_lead_in(self, level: int) -> None:
        block, holder = self.pending.pop()
        del self.frames[level:]
        node = None
        if self.build:
            if holder is not None:
                holder.body.remove(block)
            node = Draft(level=level, block=block, heading_style=LEAD_IN, reasons=["lead-in"])
            self._adopt(node)
        self._close_tail()
        space = indent(block.lines[0])
        self.frames.append(Frame(node, level, None, frozenset(), heading=True, indent=space))

    def _place_section(self, block: Block, move: Candidate) -> None:
        level = move.level
        listed = self.frames[level]
        del self.frames[level:]
        self._place(block, move._replace(action="child"))
        section = self.frames[-1]  # holds the list until its next item arrives
        self.frames.append(section._replace(last=listed.last, forms=listed.forms, titled=False))

    def _restart(self, level: int) -> None:
        """The list at `level` restarts: open an inferred parent one level up."""
        old = self.frames[level - 1]
        forms_here = self.frames[level].forms
        container = None
        moved: list[Draft] = []
        if self.build and old.node is not None:
            container = Draft(level=level - 1, inferred=True, reasons=["numbering-restart"])
            if old.tail:
                moved = old.node.children[-old.tail :]
                del old.node.children[-old.tail :]
            for child in moved:
                child.number = None
            container.children = moved
            grand = self.frames[level - 2].node
            assert grand is not None
            grand.children.append(container)
        grand_frame = self.frames[level - 2]
        self.frames[level - 2] = grand_frame._replace(tail=grand_frame.tail + 1)
        last = None if old.last is None else old.last + 1
        self.frames[level - 1 :] = [
            Frame(
                container,
                level - 1,
                last,
                old.forms,
                blockless=True,
                tail=old.tail,
                indent=old.indent,
            )
        ]
        if old.tail:
            node = moved[-1] if moved else None
            self.frames.append(Frame(node, level, None, forms_here, blockless=True))

    def _place(self, block: Block, move: Candidate) -> None:
        level = move.level
        frame = self.frames[level] if level < len(self.frames) else None
        reading = move.reading
        positional = "position-number" in _reasons(move)
        node = None
        if self.build:
            parent = self.frames[level - 1].node
            assert parent is not None
            if frame is not None and not positional:
                self._fill_gap(parent, level, frame.last, reading.value)
            node = Draft(level=level, block=block, reading=move.written, number=reading.value)
            node.reasons.extend(_reasons(move))
            parent.children.append(node)
        self._close_tail(level - 1)
        form = reading.form
        forms = frame.forms if frame else frozenset()
        if form not in forms:  # else the same set: its hash is kept for the cached features
            forms = forms | {form}
        content = block.content
        titled = is_title(content) and reading.style != "bullet"  # an item, not a title
        first = block.lines[0]
        marked = marked_heading(first)
        self.frames[level:] = [
            Frame(
                node,
                level,
                reading.value,
                forms,
                titled=titled,
                indent=indent(first),
                marked_heading=marked,
                colon=content.rstrip().endswith((":", "：")),
                tiered=bool(getattr(move.written, "tier", None)),
            )
        ]
        key = (form, level)
        self.seen_at[key] = self.seen_at.get(key, 0) + 1
        self.seen_total[form] = self.seen_total.get(form, 0) + 1
        if reading.value is not None:
            self.cousins[form] = reading.value
        self.last_block = block

    def _close_tail(self, index: int | None = None) -> None:
        """A node with a block was added under frame `index`: no inferred tail any more."""
        at = len(self.frames) - 1 if index is None else index
        if self.frames[at].tail:
            self.frames[at] = self.frames[at]._replace(tail=0)

    def _adopt(self, node: Draft) -> None:
        parent = self.frames[-1].node
        assert parent is not None
        parent.children.append(node)

    def _fill_gap(self, parent: Draft, level: int, last: int | None, value: int | None) -> None:
        """Unlabelled paragraphs standing exactly in a numbering gap become the missing
        siblings; a lower-case paragraph after one continues it and moves with it, so the
        siblings' spans stay in order."""
        fillable = [b for b, _ in self.pending if not b.content[:1].islower()]
        if last is None or value is None or not fillable or value - last - 1 != len(fillable):
            return
        filled: Draft | None = None
        for block, holder in self.pending:
            if block.content[:1].islower():  # a continuation
                if filled is not None and holder is not None:  # (before the first gap it stays)
                    holder.body.remove(block)
                    filled.body.append(block)
                continue
            if holder is not None:
                holder.body.remove(block)
            last += 1
            filled = Draft(
                level=level,
                block=block,
                number=last,
                inferred=True,
                reasons=["missing-label", "gap-fill"],
            )
            parent.children.append(filled)


def marked_heading(line: Line) -> bool:
    """Whole-line heading markup (`h1` … `h6`) on the line."""
    return (line.emphasis or "").startswith("h")


def _reasons(move: Candidate) -> list[str]:
    return ["position-number"] if move.features.get("label.positional") else []
