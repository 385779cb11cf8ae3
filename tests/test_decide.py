"""The decide stage: weights as data, confidence, and `explain`."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources

from conftest import PLAN

from actionplan_parse import parse
from actionplan_parse.decide.features import FEATURES
from actionplan_parse.decide.weights import load_weights, parse_weights


def test_shipped_weights_parse_and_cover_every_feature():
    text = resources.files("actionplan_parse.decide").joinpath("weights.toml").read_text()
    weights = parse_weights(text)
    assert sorted(weights.features) == sorted(FEATURES)
    assert weights.beam_width >= 1 and weights.beam_window >= 0
    assert load_weights().features == weights.features


def test_every_feature_the_code_emits_has_a_weight(plan_text):
    from actionplan_parse.blocks import to_blocks
    from actionplan_parse.decide.prepare import steps
    from actionplan_parse.decide.search import score_candidates
    from actionplan_parse.decide.transitions import State
    from actionplan_parse.lines import scan

    prepared, uninformative = steps(to_blocks(scan(plan_text)))
    state = State()
    emitted: set[str] = set()
    for step in prepared:
        if step.kind == "labelled":
            options = score_candidates(state, step, uninformative, load_weights())
            emitted.update(name for o in options for name in o.move.features)
            state.apply(step.block, options[0].move)
    assert emitted and emitted <= set(FEATURES)


def test_confidence_in_range_and_low_where_readings_compete():
    """A lone `(f)` is, on its own, likelier a top-level paragraph; only `2.` after it
    says otherwise: the placement is right but uncertain, and AP107 names the rival."""
    document = parse("Plan\n1. We agree to act.\n(f) Set up a fund.\n2. We thank the host.\n")
    sure = {n.id: n.confidence for n in document.walk()}
    assert all(0.0 <= c <= 1.0 for c in sure.values())
    assert sure["1"] == 1.0  # the first label has nowhere else to go
    assert sure["2"] > 0.9
    low = [n for n in document.walk() if n.confidence < 0.5]
    assert [n.label.raw for n in low] == ["(f)"]
    assert low[0].runner_up == "continue at level 1 as letter-lower/paren number 6"
    assert [d.node_id for d in document.diagnostics if d.code == "AP107"] == ["1.6"]


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "actionplan_parse", *args], capture_output=True, text=True
    )


def test_outline_rows_carry_confidence():
    done = _cli("outline", str(PLAN), "--format", "jsonl")
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert all(0.0 <= row["confidence"] <= 1.0 for row in rows)
    assert any(row["confidence"] < 1.0 for row in rows)
    csv_header = _cli("outline", str(PLAN), "--format", "csv").stdout.splitlines()[0]
    assert csv_header.endswith(",confidence")
    assert " conf " in _cli("outline", str(PLAN)).stdout.splitlines()[0]


def test_explain_lists_the_competing_placements():
    done = _cli("explain", str(PLAN), "59")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) >= 3
    assert lines[0].startswith("line 59: paragraph of lines 59-59: Three, Education")
    chosen = [line for line in lines if line.startswith("*")]
    assert len(chosen) == 1 and "restart at level 2" in chosen[0]
    assert any("continue at level 1" in line for line in lines if not line.startswith("*"))
    assert "restart=1x" in chosen[0]


def test_explain_an_unlabelled_line_and_bad_input():
    title = _cli("explain", str(PLAN), "1")
    assert title.returncode == 0 and "title" in title.stdout
    missing = _cli("explain", "no/such/file.txt", "3")
    assert missing.returncode == 2 and "Traceback" not in missing.stderr
    past = _cli("explain", str(PLAN), "100000")
    assert past.returncode == 0 and "no paragraph here" in past.stdout
