"""Decide stage: one global decision over the document's blocks -> the draft tree.

``prepare`` reads what each block is on its own, ``features`` weighs every candidate
placement of a label, ``search`` finds the cheapest whole-document sequence of moves
(``transitions``), and the chosen moves are replayed to build the :class:`Draft` tree,
whose inferred numbers are set here (``numbers``). Weights are data (``weights.toml``).
"""

from __future__ import annotations

import math

from ..blocks import Block
from .numbers import number_containers
from .prepare import steps as prepare_steps
from .search import Decision, apply_fixed, search
from .transitions import State, Step
from .tree import Draft, Outline
from .weights import Weights, load_weights

__all__ = ["Draft", "Outline", "decide", "confidence"]


def decide(blocks: list[Block], weights: Weights | None = None) -> Outline:
    """Build the tree; the title, preamble and garbled runs are returned beside it."""
    weights = weights or load_weights()
    steps, uninformative = prepare_steps(blocks)
    decisions = search(steps, uninformative, weights)
    return build(steps, decisions, weights)


def confidence(margin: float, weights: Weights) -> float:
    """1 - exp(-margin / scale): 0 for a tie, towards 1 as the runner-up falls behind."""
    if math.isinf(margin):
        return 1.0
    return round(1.0 - math.exp(-margin / weights.confidence_scale), 4)


def build(steps: list[Step], decisions: dict[int, Decision], weights: Weights) -> Outline:
    """Replay the chosen moves with the tree switched on."""
    state = State(build=True)
    title: Block | None = None
    preamble: list[Block] = []
    garbled: list[Block] = []
    previous: Step | None = None
    for index, step in enumerate(steps):
        if step.kind == "labelled":
            _place(state, step, decisions[index], weights)
        elif step.kind == "garbled":
            if previous is not None and previous.kind == "garbled":
                garbled[-1].lines.extend(step.block.lines)
            else:
                garbled.append(Block("garbled", list(step.block.lines)))
        elif step.kind == "title":
            title = step.block
        elif step.kind == "preamble":
            preamble.append(step.block)
        apply_fixed(state, step)
        previous = step
    number_containers(state.root)
    return Outline(state.root, title, preamble, garbled)


def _place(state: State, step: Step, decision: Decision, weights: Weights) -> None:
    move = decision.move
    state.apply(step.block, move)
    if move.action == "text":
        return
    sure = confidence(decision.margin, weights)
    runner_up = decision.runner_up.describe() if decision.runner_up else None
    level = move.level + 1 if move.action == "lead-in" else move.level
    placed = [state.frames[level].node]
    if move.action in ("restart", "lead-in"):
        placed.append(state.frames[level - 1].node)
    for node in placed:
        if node is not None:
            node.confidence, node.runner_up = sure, runner_up
