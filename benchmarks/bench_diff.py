"""Time `diff` on the bundled plan against its edited next version: scipy vs own Hungarian.

PYTHONPATH=src python benchmarks/bench_diff.py
"""

from __future__ import annotations

import time
from pathlib import Path

from actionplan_parse import parse
from actionplan_parse.diff import assign as assign_module
from actionplan_parse.diff import compare
from actionplan_parse.diff.entries import entries
from actionplan_parse.diff.similarity import similarity_matrix

ROOT = Path(__file__).resolve().parents[1]
OLD = parse((ROOT / "corpus" / "china_celac_2025_2027.txt").read_bytes())
NEW = parse((ROOT / "tests" / "fixtures" / "diff" / "plan_next.txt").read_bytes())


def _best(function, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def _row(name: str, seconds: float) -> None:
    print(f"{name:<38}{seconds * 1000:8.1f} ms")


def main() -> None:
    before, after = entries(OLD), entries(NEW)
    old_texts, new_texts = [e.text for e in before], [e.text for e in after]
    matrix = similarity_matrix(old_texts, new_texts)
    print(f"nodes: {len(before)} old x {len(after)} new")
    _row(
        "similarity matrix (rapidfuzz cdist)",
        _best(lambda: similarity_matrix(old_texts, new_texts)),
    )
    _row("assignment, own Hungarian", _best(lambda: assign_module.hungarian(matrix)))
    try:
        from scipy.optimize import linear_sum_assignment
    except ImportError:
        print("assignment, scipy: not installed")
    else:
        _row("assignment, scipy", _best(lambda: linear_sum_assignment(matrix, maximize=True)))
    _row("compare() end to end", _best(lambda: compare(OLD, NEW)))


if __name__ == "__main__":
    main()
