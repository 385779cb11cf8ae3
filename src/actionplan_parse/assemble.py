"""Assemble stage, step 2: build the hierarchy from a flat list of blocks.

Levels are derived, never configured. Each labelled block is placed by comparing
a few candidate placements and taking the cheapest:

* **continue** an open list at some level (its number follows the last one there),
* open a **new child** list under the deepest open node (it usually starts at 1),
* **restart** an open list (its number goes back): the parent heading was lost, so
  an inferred container is opened one level up.

A placement costs little when the label's *form* (style + punctuation) was used
at that level before, and when its number continues the list there. Forms seen
at another level cost a lot, so `(1)` and `(II)` share a level only when the
numbers say so. Unlabelled paragraphs are body text, except where they stand
exactly in a numbering gap: then they are the missing siblings.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .blocks import Block
from .headings import heading_style, is_plain_title, is_title, same_weight
from .styles import Reading

__all__ = ["Draft", "Outline", "assemble"]

MAX_DEPTH = 8
_SENTENCE_END = tuple(".;,。；，")
_RESTART = 2.5
_RESTART_AFTER_GARBLE = 1.0
_LONG_GAP = 3.5  # `3.` then `12.`: lost items, still cheaper than a child list at 12


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
    """What the assembler found: the tree plus the blocks that are no node's."""

    root: Draft
    title: Block | None
    preamble: list[Block]
    garbled: list[Block]


@dataclass
class _Frame:
    node: Draft
    last: int | None
    forms: set[str] = field(default_factory=set)
    heading: bool = False
    """An unnumbered heading: labelled paragraphs go under it, never beside it."""


@dataclass(order=True)
class _Choice:
    cost: float
    rank: int  # tie-break: continue < new child < restart
    action: str = field(compare=False)
    level: int = field(compare=False)
    reading: Reading = field(compare=False)


class _Assembler:
    def __init__(self) -> None:
        self.root = Draft(level=0)
        self.frames: list[_Frame] = [_Frame(self.root, None)]
        self.seen: dict[str, Counter[int]] = defaultdict(Counter)
        self.pending: list[tuple[Block, Draft]] = []
        self.after_garble = False
        self.cousins: dict[str, int] = {}
        """Last number per label form anywhere: numbering that runs on across headings."""
        self.heading_levels: dict[str, int] = {}
        self.uninformative: set[str] = set()

    # -- placing labelled blocks ------------------------------------------------------------

    def add_labelled(self, block: Block, following: Block | None = None) -> None:
        block.readings = _read_on(block.readings, following)
        choice = min(self._choices(block))
        section = self._section_level(block, choice, following)
        if section is not None:
            self._place_section(block, choice.reading, section)
        else:
            if choice.action == "restart":
                self._restart(choice.level)
            elif choice.action == "continue":
                del self.frames[choice.level + 1 :]
            self._place(block, choice)
        self.pending.clear()
        self.after_garble = False

    def _positional(self, reading: Reading) -> bool:
        """Bullets, and `1.` `1.` `1.` (a Markdown artifact): numbered by position.

        A label marked unknown (`3.?`, `(?)` in normalized text) has no value either, but
        it is not a position: it stays unknown.
        """
        bullet = reading.value is None and reading.style == "bullet"
        return bullet or reading.form in self.uninformative

    def _section_level(self, block: Block, choice: _Choice, following: Block | None) -> int | None:
        """A titled label between numbered paragraphs whose numbering runs on past it.

        `2.` … `I.` + `Global context` … `3.`: `I.` is a section heading beside `2.`,
        and `3.` goes under it, continuing the count.
        """
        deepest = self.frames[-1]
        if (
            choice.action == "continue"
            or following is None
            or len(self.frames) < 2
            or deepest.heading
            or deepest.last is None
            or not is_title(block.content)
            or is_title(deepest.node.block.content if deepest.node.block else "x")
        ):
            return None
        runs_on = any(
            r.form in deepest.forms and r.value == deepest.last + 1 for r in following.readings
        )
        return len(self.frames) - 1 if runs_on else None

    def _place_section(self, block: Block, reading: Reading, level: int) -> None:
        listed = self.frames[level]
        del self.frames[level:]
        self._place(block, _Choice(0.0, 0, "child", level, reading))
        section = self.frames[-1].node  # holds the list until its next item arrives
        self.frames.append(_Frame(section, listed.last, set(listed.forms)))

    # -- unnumbered headings --------------------------------------------------------------

    def add_heading(self, block: Block, style: str) -> None:
        level = self._heading_level(style)
        del self.frames[level:]
        node = Draft(level=level, block=block, heading_style=style)
        self.frames[-1].node.children.append(node)
        self.frames.append(_Frame(node, None, heading=True))
        self.heading_levels[style] = level
        self.pending.clear()
        self.after_garble = False

    def _heading_level(self, style: str) -> int:
        """The level a heading style was given, or one learnt from where it first appears.

        A style that differs from a known one only by underline is the same level when
        it comes after items (inconsistent markup), and the level below when it follows
        that heading directly (bold-underline above bold).
        """
        if style in self.heading_levels:
            return min(self.heading_levels[style], len(self.frames))
        kin = [s for s in self.heading_levels if same_weight(s, style)]
        if kin and not self.frames[-1].heading:
            return min(self.heading_levels[kin[0]], len(self.frames))
        titled = [
            f.node.level
            for f in self.frames[1:]
            if f.heading or (f.node.block and is_title(f.node.block.content))
        ]
        return titled[-1] + 1 if titled else 1  # under the innermost heading or titled section

    def _choices(self, block: Block) -> list[_Choice]:
        choices = []
        depth = len(self.frames)
        deepest = self.frames[-1]
        tiered = deepest.node.reading is not None and bool(deepest.node.reading.tier)
        under_heading = deepest.heading or tiered  # `## 1.`: a heading with a label
        for written in block.readings:
            positional = self._positional(written)
            for level in range(1, depth):
                frame = self.frames[level]
                if frame.heading:
                    continue
                reading = written
                if positional:
                    same_list = written.form in frame.forms and frame.last is not None
                    reading = written._replace(value=frame.last + 1 if same_list else 1)
                form = self._form_cost(reading, level, frame.forms)
                number, restart = self._number_cost(reading.value, frame.last)
                if restart and level >= 2 and not positional:
                    cost = _RESTART_AFTER_GARBLE if self.after_garble else _RESTART
                    cost += 0.5 * max(0, (reading.value or 1) - 1)
                    choices.append(_Choice(form + cost, 2, "restart", level, reading))
                else:
                    choices.append(_Choice(form + number, 0, "continue", level, reading))
            if depth <= MAX_DEPTH:
                reading = written._replace(value=1) if positional else written
                form = self._form_cost(reading, depth, set())
                if under_heading and reading.form in self.seen:
                    form = min(form, 0.25)  # headings shift levels: `1.` under each heading
                cost = form + self._start_cost(reading, depth)
                choices.append(_Choice(cost, 1, "child", depth, reading))
        return choices

    def _start_cost(self, reading: Reading, level: int) -> float:
        value = reading.value
        if value is None or value == 1:
            return 0.0
        if self.cousins.get(reading.form) == value - 1:
            return 0.0  # numbering runs on from the previous list at this level
        return {2: 1.5, 3: 2.5}.get(value, 4.0)

    def _form_cost(self, reading: Reading, level: int, forms: set[str]) -> float:
        form = reading.form
        if form in forms:
            return 0.0
        counts = self.seen.get(form)
        if counts and counts[level]:
            return 0.25
        if counts:
            return 3.0 + 0.25 * min(4, sum(counts.values()))
        if any(f.endswith("/" + reading.enclosure) for f in forms):
            return 0.5
        return 1.0

    def _number_cost(self, value: int | None, last: int | None) -> tuple[float, bool]:
        if value is None:  # a bullet continues bullets, not a numbered list
            return (0.0 if last is None else 1.0), False
        if last is None:
            return 0.5, False
        gap = value - last - 1
        if gap == 0:
            return 0.0, False
        if gap > 0:
            fillable = [b for b, _ in self.pending if not b.content[:1].islower()]
            return (0.0 if gap == len(fillable) else min(0.5 + gap, _LONG_GAP)), False
        return 3.0, True  # the same number again, or a smaller one: the list restarts

    def _restart(self, level: int) -> None:
        """The list at `level` restarts: open an inferred parent one level up."""
        old = self.frames[level - 1]
        container = Draft(level=level - 1, inferred=True, reasons=["numbering-restart"])
        moved = _trailing_inferred(old.node)
        del old.node.children[len(old.node.children) - len(moved) :]
        for child in moved:
            child.number = None
        container.children = moved
        self.frames[level - 2].node.children.append(container)
        forms_here = self.frames[level].forms
        last = None if old.last is None else old.last + 1
        self.frames[level - 1 :] = [_Frame(container, last, set(old.forms))]
        if moved:
            self.frames.append(_Frame(moved[-1], None, set(forms_here)))

    def _place(self, block: Block, choice: _Choice) -> None:
        level = choice.level
        parent = self.frames[level - 1].node
        frame = self.frames[level] if level < len(self.frames) else None
        reading = choice.reading
        written = next(r for r in block.readings if r.form == reading.form)
        positional = self._positional(written)
        if frame is not None and not positional:
            self._fill_gap(parent, level, frame.last, reading.value)
        node = Draft(level=level, block=block, reading=written, number=reading.value)
        if positional:
            node.reasons.append("position-number")
        parent.children.append(node)
        forms = set(frame.forms) if frame else set()
        forms.add(reading.form)
        self.frames[level:] = [_Frame(node, reading.value, forms)]
        self.seen[reading.form][level] += 1
        if reading.value is not None:
            self.cousins[reading.form] = reading.value

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
                if filled is not None:  # (before the first gap it stays where it is)
                    holder.body.remove(block)
                    filled.body.append(block)
                continue
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

    # -- unlabelled blocks --------------------------------------------------------------

    def add_text(self, block: Block) -> None:
        holder = self.frames[-1].node
        holder.body.append(block)
        self.pending.append((block, holder))
        self.after_garble = False


def _read_on(readings: tuple[Reading, ...], following: Block | None) -> tuple[Reading, ...]:
    """`(i)` is Roman when `(ii)` follows, a letter when `(j)` does: the next label decides."""
    if len(readings) < 2 or following is None:
        return readings
    nexts = {(r.style, r.enclosure, r.value) for r in following.readings}
    continued = [r for r in readings if (r.style, r.enclosure, (r.value or 0) + 1) in nexts]
    return tuple(continued) if len(continued) == 1 else readings


def _trailing_inferred(parent: Draft) -> list[Draft]:
    """Inferred containers after the last labelled child: their lost heading is ours too."""
    moved: list[Draft] = []
    for child in reversed(parent.children):
        if child.block is not None:
            break
        moved.insert(0, child)
    return moved


def assemble(blocks: list[Block]) -> Outline:
    """Build the tree; the title, preamble and garbled runs are returned beside it."""
    title: Block | None = None
    preamble: list[Block] = []
    garbled: list[Block] = []
    styles = _heading_styles(blocks)
    builder = _Assembler()
    builder.uninformative = _uninformative_forms(blocks, styles)
    previous: Block | None = None
    for index, (block, style) in enumerate(zip(blocks, styles, strict=True)):
        if block.kind == "garbled":
            if previous is not None and previous.kind == "garbled":
                garbled[-1].lines.extend(block.lines)
            else:
                garbled.append(Block("garbled", list(block.lines)))
            builder.after_garble = True
        elif block.kind == "labelled":
            builder.add_labelled(block, _next_structural(blocks, styles, index))
        elif (
            style
            and (
                builder.root.children
                or block.lines[0].emphasis
                or _governs_items(blocks, styles, index)
            )
            and (title is not None or builder.root.children or preamble)
        ):
            builder.add_heading(block, style)
        elif builder.root.children:
            builder.add_text(block)
        elif title is None and not preamble and _looks_like_title(block):
            title = block
        else:
            preamble.append(block)
        previous = block
    return Outline(builder.root, title, preamble, garbled)


def _heading_styles(blocks: list[Block]) -> list[str | None]:
    """Each block's heading style; a plain short line (`Partnerships and support
    mechanisms`) counts as a heading only between numbered items, leading to the next."""
    styles = [heading_style(block) if block.kind == "text" else None for block in blocks]
    first = next((i for i, b in enumerate(blocks) if b.kind == "labelled"), len(blocks))
    for index in range(first + 1, len(blocks) - 1):
        block = blocks[index]
        if styles[index] is None and block.kind == "text" and blocks[index + 1].kind == "labelled":
            styles[index] = "plain" if is_plain_title(block.content) else None
    return styles


def _governs_items(blocks: list[Block], styles: list[str | None], index: int) -> bool:
    """Before the first item, a heading must lead straight to numbered items (or to
    another heading that does); otherwise it is a line of the preamble."""
    for following in range(index + 1, len(blocks)):
        if blocks[following].kind != "garbled" and not styles[following]:
            return blocks[following].kind == "labelled"
    return False


def _next_structural(blocks: list[Block], styles: list[str | None], index: int) -> Block | None:
    """The next labelled block, unless a heading or garbled run comes first."""
    for following in range(index + 1, len(blocks)):
        block = blocks[following]
        if block.kind == "labelled":
            return block
        if block.kind == "garbled" or styles[following]:
            return None
    return None


def _uninformative_forms(blocks: list[Block], styles: list[str | None]) -> set[str]:
    """Forms whose labels all say 1 and follow each other (`1.` `1.` `1.`, a Markdown artifact).

    Every reading counts: `(i)` `(i)` `(i)` is Roman 1 three times, as `1.` `1.` `1.`
    (``normalize`` writes it so, and must read it back the same).
    """
    values: dict[str, set[int | None]] = defaultdict(set)
    repeats: Counter[str] = Counter()
    previous: set[str] = set()
    for block, style in zip(blocks, styles, strict=True):
        if block.kind != "labelled":
            previous = set() if block.kind == "garbled" or style else previous
            continue
        forms = {reading.form for reading in block.readings}
        for reading in block.readings:
            values[reading.form].add(reading.value)
            repeats[reading.form] += reading.form in previous
        previous = forms
    return {form for form, seen in values.items() if seen == {1} and repeats[form] >= 2}


def _looks_like_title(block: Block) -> bool:
    text = block.content
    return 0 < len(text.split()) <= 30 and len(text) <= 250 and not text.endswith(_SENTENCE_END)
