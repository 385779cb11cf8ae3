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


def main() -> None:
    before, after = entries(OLD), entries(NEW)
    matrix = similarity_matrix([e.text for e in before], [e.text for e in after])
    print(f"nodes: {len(before)} old x {len(after)} new")
    print(
        f"similarity matrix (rapidfuzz cdist): {_best(lambda: similarity_matrix([e.text for e in before], [e.text for e in after])) * 1000:.1f} ms"
    )
    print(
        f"assignment, own Hungarian:           {_best(lambda: assign_module.hungarian(matrix)) * 1000:.1f} ms"
    )
    try:
        from scipy.optimize import linear_sum_assignment
    except ImportError:
        print("assignment, scipy: not installed")
    else:
        print(
            f"assignment, scipy:                   {_best(lambda: linear_sum_assignment(matrix, maximize=True)) * 1000:.1f} ms"
        )
    print(f"compare() end to end:                {_best(lambda: compare(OLD, NEW)) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
