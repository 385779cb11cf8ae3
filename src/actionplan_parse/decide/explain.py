"""Why a line was placed where it was: the competing moves at that line, with features."""

from __future__ import annotations

from ..blocks import Block
from .prepare import steps as prepare_steps
from .search import apply_fixed, score_candidates, search
from .transitions import State
from .weights import Weights, load_weights

__all__ = ["explain_line"]

_WHAT = {
    "heading": "an unnumbered heading (style {style}): one reading only",
    "text": "body text of the node above: one reading only",
    "garbled": "part of a garbled run (AP001): belongs to no node",
    "title": "the document title",
    "preamble": "a preamble paragraph (before the first node)",
}


def explain_line(blocks: list[Block], line: int, weights: Weights | None = None) -> list[str]:
    """Lines of text: the block holding `line`, and for a label every candidate move,
    cheapest first, with its cost and the weighted features that make it."""
    weights = weights or load_weights()
    steps, uninformative = prepare_steps(blocks)
    target = next((i for i, s in enumerate(steps) if s.block.first <= line <= s.block.last), None)
    if target is None:
        return [f"line {line}: no paragraph here (blank, page furniture or past the end)"]
    step = steps[target]
    out = [f"line {line}: paragraph of lines {step.block.first}-{step.block.last}: {_quote(step)}"]
    if step.kind != "labelled":
        out.append("  " + _WHAT[step.kind].format(style=step.style))
        return out
    decisions = search(steps, uninformative, weights)
    state = State()
    for index, earlier in enumerate(steps[:target]):
        if earlier.kind == "labelled":
            state.apply(earlier.block, decisions[index].move)
        else:
            apply_fixed(state, earlier)
    chosen = decisions[target].move
    out.append(f"  label {step.block.label!r}; open levels: {len(state.frames) - 1}")
    for option in score_candidates(state, step, uninformative, weights):
        mark = "*" if option.move == chosen else " "
        parts = ", ".join(
            f"{name}={value:g}x{weights.features[name]:g}"
            for name, value in sorted(option.move.features.items())
        )
        out.append(f"{mark} {option.cost:7.3f}  {option.move.describe()}  [{parts}]")
    out.append("  (* chosen on the cheapest whole-document path; costs are from the same state)")
    return out


def _quote(step: object) -> str:
    block: Block = step.block  # type: ignore[attr-defined]
    first = block.raw.strip().splitlines()[0] if block.raw.strip() else ""
    return first[:70]
