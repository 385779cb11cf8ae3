"""Beam search over the whole document: the sequence of moves with the lowest total cost.

Each labelled block expands every hypothesis by its candidate moves; hypotheses
costlier than the best by more than the beam window are dropped, at most
``beam_width`` are kept, and hypotheses whose open lists agree are merged (the
cheaper survives), so on an unambiguous stretch the beam is one state wide and the
search costs what a greedy pass does. Other blocks have one outcome each and are
applied to every hypothesis.
"""

from __future__ import annotations

from dataclasses import dataclass

from .features import candidates
from .transitions import Candidate, State, Step
from .weights import Weights

__all__ = ["Decision", "Scored", "apply_fixed", "score_candidates", "search"]


@dataclass(frozen=True)
class Decision:
    """The move chosen for one labelled block and how clearly it won."""

    move: Candidate
    cost: float
    margin: float
    """Cost of the runner-up move from the same state minus this move's (0 if none cheaper)."""
    runner_up: Candidate | None


@dataclass(frozen=True)
class Scored:
    move: Candidate
    cost: float


_Log = tuple["_Log | None", int, Decision] | None


class _Hypothesis:
    __slots__ = ("state", "total", "log")

    def __init__(self, state: State, total: float, log: _Log) -> None:
        self.state = state
        self.total = total
        self.log = log


def score_candidates(
    state: State, step: Step, uninformative: frozenset[str], weights: Weights
) -> list[Scored]:
    """Every move for a labelled step with its cost, cheapest first (ties: continue first)."""
    moves = candidates(state, step, uninformative)
    scored = [Scored(m, weights.cost(m.features)) for m in moves]
    scored.sort(key=lambda s: (s.cost, s.move.rank))
    return scored


def apply_fixed(state: State, step: Step) -> None:
    """Steps with one outcome: headings, body text, garbled runs; title and preamble."""
    if step.kind == "heading":
        assert step.style is not None
        state.add_heading(step.block, step.style)
    elif step.kind == "text":
        state.add_text(step.block)
    elif step.kind == "garbled":
        state.add_garbled()


def search(
    steps: list[Step], uninformative: frozenset[str], weights: Weights
) -> dict[int, Decision]:
    """The decision for every labelled step (by index) on the cheapest path found."""
    beam = [_Hypothesis(State(), 0.0, None)]
    for index, step in enumerate(steps):
        if step.kind == "labelled":
            beam = _expand(beam, index, step, uninformative, weights)
        else:
            for hypothesis in beam:
                apply_fixed(hypothesis.state, step)
    decisions: dict[int, Decision] = {}
    log = beam[0].log
    while log is not None:
        log, index, decision = log
        decisions[index] = decision
    return decisions


def _expand(
    beam: list[_Hypothesis],
    index: int,
    step: Step,
    uninformative: frozenset[str],
    weights: Weights,
) -> list[_Hypothesis]:
    entries: list[tuple[float, int, int, int, Scored, list[Scored]]] = []
    for h_index, hypothesis in enumerate(beam):
        scored = score_candidates(hypothesis.state, step, uninformative, weights)
        for c_index, option in enumerate(scored):
            total = hypothesis.total + option.cost
            entries.append((total, option.move.rank, h_index, c_index, option, scored))
    if not entries:  # nowhere to place it: the label is read as text
        for hypothesis in beam:
            hypothesis.state.add_text(step.block)
        return beam
    entries.sort(key=lambda e: e[:4])
    best = entries[0][0]
    kept = [e for e in entries if e[0] <= best + weights.beam_window][: weights.beam_width]
    uses = [0] * len(beam)
    for entry in kept:
        uses[entry[2]] += 1
    survivors: list[_Hypothesis] = []
    signatures: set[tuple[object, ...]] = set()
    for total, _, h_index, _, option, scored in kept:
        parent = beam[h_index]
        uses[h_index] -= 1
        state = parent.state if uses[h_index] == 0 else parent.state.copy()
        state.apply(step.block, option.move)
        if len(kept) > 1:
            signature = state.signature()
            if signature in signatures:
                continue
            signatures.add(signature)
        decision = _decision(option, scored)
        survivors.append(_Hypothesis(state, total, (parent.log, index, decision)))
    return survivors


def _decision(chosen: Scored, scored: list[Scored]) -> Decision:
    """The chosen move and the cheapest move that would place the block differently."""
    key = _placement(chosen.move)
    rival = next((s for s in scored if _placement(s.move) != key), None)
    if rival is None:
        return Decision(chosen.move, chosen.cost, float("inf"), None)
    return Decision(chosen.move, chosen.cost, max(0.0, rival.cost - chosen.cost), rival.move)


def _placement(move: Candidate) -> tuple[object, ...]:
    return move.action, move.level, move.reading.value
