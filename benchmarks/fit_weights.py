"""Fit the structure decoder's weights on the training golds; write decide/weights.toml.

A plain coordinate search: for one feature at a time, try moving its weight by a few
steps and keep a move that raises the mean f1 over the training texts
(``corpus/*.gold.json``) and the layout fixtures with gold trees
(``tests/fixtures/layouts/*.gold.json``); ties keep the current weight. Repeat until a
pass changes nothing. The sealed dev-test part is never read here: after writing the
weights, ``bench_structure.py`` is run to print both parts' scores.

    python benchmarks/fit_weights.py            # fit, write, print scores
    python benchmarks/fit_weights.py --dry-run  # fit and print, do not write
    python benchmarks/fit_weights.py --beam-width 2  # with other search settings
"""

from __future__ import annotations

import argparse
import copy
import json
import subprocess
import sys
from dataclasses import dataclass, replace
from pathlib import Path

from golds import golds

from actionplan_parse.blocks import Block
from actionplan_parse.decide import decide
from actionplan_parse.decide.features import FEATURES
from actionplan_parse.decide.weights import Weights, load_weights
from actionplan_parse.evaluate import draft_triples, score
from actionplan_parse.parse import main_blocks
from actionplan_parse.read import read_path

ROOT = Path(__file__).resolve().parents[1]
WEIGHTS = ROOT / "src" / "actionplan_parse" / "decide" / "weights.toml"
FIXTURES = ROOT / "tests" / "fixtures" / "layouts"
STEPS = (-1.0, -0.5, 0.5, 1.0)
MAX_PASSES = 2


@dataclass
class Example:
    name: str
    blocks: list[Block]
    gold: dict


def examples() -> list[Example]:
    """Training texts and fixtures, read once up to the blocks the decoder receives."""
    out = []
    for text in golds("training"):
        out.append(Example(text.slug, main_blocks(read_path(text.path)), text.gold))
    for path in sorted(FIXTURES.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        source = read_path(FIXTURES / gold["doc"])
        out.append(Example(path.name, main_blocks(source, gold.get("input", "auto")), gold))
    return out


def objective(weights: Weights, data: list[Example]) -> float:
    """Mean f1 over the examples (the decoder mutates blocks: it gets copies)."""
    total = 0.0
    for example in data:
        outline = decide(copy.deepcopy(example.blocks), weights)
        total += score(draft_triples(outline.root), example.gold).f1
    return total / len(data)


def fit(start: Weights, data: list[Example]) -> Weights:
    best, best_score = start, objective(start, data)
    print(f"start: mean f1 {best_score:.4f} over {len(data)} examples", flush=True)
    for round_ in range(1, MAX_PASSES + 1):
        changed = False
        for name in FEATURES:
            for step in STEPS:
                trial = replace(best, features={**best.features, name: best.features[name] + step})
                value = objective(trial, data)
                if value > best_score + 1e-9:
                    best, best_score, changed = trial, value, True
                    print(f"  pass {round_}: {name} -> {trial.features[name]:g}: {value:.4f}")
                    break
        if not changed:
            break
    print(f"fitted: mean f1 {best_score:.4f}", flush=True)
    return best


def to_toml(weights: Weights) -> str:
    lines = [
        "# Feature weights of the structure decoder (costs: lower is better).",
        "# Written by benchmarks/fit_weights.py; do not edit by hand.",
        "",
        "[search]",
        f"beam_width = {weights.beam_width}",
        f"beam_window = {weights.beam_window}",
        f"confidence_scale = {weights.confidence_scale}",
        "",
        "[features]",
    ]
    lines += [f'"{name}" = {float(weights.features[name])}' for name in FEATURES]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true", help="do not write weights.toml")
    parser.add_argument("--beam-width", type=int, help="hypotheses kept (default: as shipped)")
    parser.add_argument("--beam-window", type=float, help="cost window (default: as shipped)")
    args = parser.parse_args(argv)
    start = load_weights()
    start = replace(
        start,
        beam_width=args.beam_width or start.beam_width,
        beam_window=start.beam_window if args.beam_window is None else args.beam_window,
    )
    fitted = fit(start, examples())
    if args.dry_run:
        print(to_toml(fitted))
        return 0
    WEIGHTS.write_text(to_toml(fitted), encoding="utf-8")
    print(f"wrote {WEIGHTS.relative_to(ROOT)}")
    bench = ROOT / "benchmarks" / "bench_structure.py"
    subprocess.run([sys.executable, str(bench)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
