"""Before any decision: what each block is on its own (heading, title, preamble, label).

These readings do not depend on where earlier labels were placed, so they are made
once; the search then decides the placements that do.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from ..blocks import Block, as_text
from ..headings import heading_style, is_plain_title
from ..punctuation import CLAUSE_CLOSERS_CJK
from ..styles import Reading
from .transitions import Step

__all__ = ["steps"]

_SENTENCE_END = CLAUSE_CLOSERS_CJK


def steps(blocks: list[Block]) -> tuple[list[Step], frozenset[str]]:
    """One step per block, and the label forms that carry no number (see below)."""
    blocks = _weak_before_first_label(blocks)
    styles = _heading_styles(blocks)
    uninformative = _uninformative_forms(blocks, styles)
    out: list[Step] = []
    started = False
    seen_title = seen_preamble = False
    for index, (block, style) in enumerate(zip(blocks, styles, strict=True)):
        if block.kind == "garbled":
            out.append(Step("garbled", block))
            continue
        if block.kind == "labelled":
            following = _next_structural(blocks, styles, index)
            original = following.readings if following is not None else None
            block.readings = _read_on(block.readings, following)
            out.append(Step("labelled", block, following=original))
            started = True
        elif (
            style
            and (started or block.lines[0].emphasis or _governs_items(blocks, styles, index))
            and (seen_title or started or seen_preamble)
        ):
            out.append(Step("heading", block, style=style))
            started = True
        elif started:
            out.append(Step("text", block))
        elif not seen_title and not seen_preamble and _looks_like_title(block):
            out.append(Step("title", block))
            seen_title = True
        else:
            out.append(Step("preamble", block))
            seen_preamble = True
    return out, uninformative


def _weak_before_first_label(blocks: list[Block]) -> list[Block]:
    """Before the first real label: `81.6 billion …` is preamble text, not the first item,
    and so is a lone dash-led line (`——on the occasion of …`): one bullet is no list."""
    first = next((i for i, b in enumerate(blocks) if _strong(b)), len(blocks))
    if first < len(blocks) and _lone_bullet(blocks, first):
        return _weak_before_first_label(
            [*blocks[:first], as_text(blocks[first]), *blocks[first + 1 :]]
        )
    head = [as_text(b) if b.kind == "labelled" else b for b in blocks[:first]]
    return head + blocks[first:]


def _strong(block: Block) -> bool:
    return block.kind == "labelled" and not block.lines[0].weak


def _lone_bullet(blocks: list[Block], index: int) -> bool:
    """A bullet whose next label is numbered: no list of bullets starts here."""
    if not _bullet(blocks[index]):
        return False
    following = next((b for b in blocks[index + 1 :] if b.kind == "labelled"), None)
    return following is not None and not _bullet(following)


def _bullet(block: Block) -> bool:
    return block.kind == "labelled" and all(r.style == "bullet" for r in block.readings)


def _uninformative_forms(blocks: list[Block], styles: list[str | None]) -> frozenset[str]:
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
    return frozenset(form for form, seen in values.items() if seen == {1} and repeats[form] >= 2)


def _heading_styles(blocks: list[Block]) -> list[str | None]:
    """Each block's heading style; a plain short line (`Partnerships and support
    mechanisms`) counts as a heading only between numbered items, leading to the next.
    The last paragraph heads nothing (`[AA : A1838, …]`, `Done at Lima`): never a heading,
    unless markup says it is one (`### Signed for the partners`, or in bold)."""
    styles = [heading_style(block) if block.kind == "text" else None for block in blocks]
    if styles and not _marked_heading(styles[-1]):
        styles[-1] = None  # a heading heads something: the last paragraph is closing text
    first = next((i for i, b in enumerate(blocks) if b.kind == "labelled"), len(blocks))
    for index in range(first + 1, len(blocks) - 1):
        block = blocks[index]
        if styles[index] is None and block.kind == "text" and blocks[index + 1].kind == "labelled":
            styles[index] = "plain" if is_plain_title(block.content) else None
    return styles


def _marked_heading(style: str | None) -> bool:
    """A heading the markup states (`h3`) or sets in bold, not a lighter emphasis."""
    return style is not None and any(part in _STATED for part in style.split("-"))


_STATED = frozenset({"bold", *(f"h{n}" for n in range(1, 7))})


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


def _read_on(readings: tuple[Reading, ...], following: Block | None) -> tuple[Reading, ...]:
    """`(i)` is Roman when `(ii)` follows, a letter when `(j)` does: the next label decides."""
    if len(readings) < 2 or following is None:
        return readings
    nexts = {(r.style, r.enclosure, r.value) for r in following.readings}
    continued = [r for r in readings if (r.style, r.enclosure, (r.value or 0) + 1) in nexts]
    return tuple(continued) if len(continued) == 1 else readings


def _looks_like_title(block: Block) -> bool:
    text = block.content
    return 0 < len(text.split()) <= 30 and len(text) <= 250 and not text.endswith(_SENTENCE_END)
