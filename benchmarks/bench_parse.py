"""Parsing speed: the bundled plan and a 2 MB document of repeated plans, end to end.

Prints MB/s for each size, the ratio of per-byte cost (2 MB / plan: ~1 means linear
time), and the stages on their own for comparison. Not a test: run it by hand.

    python benchmarks/bench_parse.py
"""

from __future__ import annotations

import re
import time
from pathlib import Path

from actionplan_parse import parse
from actionplan_parse.grammar import line_parser
from actionplan_parse.lines import scan

PLAN = Path(__file__).resolve().parents[1] / "corpus" / "china_celac_2025_2027.txt"
TARGET = 2_000_000


def best_seconds(func, text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        func(text)
        best = min(best, time.perf_counter() - start)
    return best


def rate(func, text: str, repeat: int) -> float:
    return len(text.encode()) / 1e6 / best_seconds(func, text, repeat)


def main() -> None:
    plan = PLAN.read_text(encoding="utf-8")
    big = plan * (TARGET // len(plan.encode()) + 1)
    line_parser()  # built once per process; not part of the measurement
    parse(plan)
    small = rate(parse, plan, 50)
    medium = rate(parse, plan * 12, 8)
    large = rate(parse, big, 5)
    classifier = re.compile(r"^\s*(?:\(?[IVXLC\d]+[.,)]|[A-Z][a-z]+,)?")
    print(f"plan ({len(plan.encode()) / 1e3:.1f} kB) parse -> Document: {small:6.2f} MB/s")
    print(f"200 kB document parse -> Document: {medium:6.2f} MB/s")
    print(f"2 MB document   parse -> Document: {large:6.2f} MB/s")
    print(f"per-byte cost ratio 2 MB / plan:   {small / large:6.2f}  (1.0 = linear)")
    print(f"  stage: Lark LALR line scan only: {rate(scan, big, 3):6.2f} MB/s")
    print(
        f"  for scale: bare regex classifier: "
        f"{rate(lambda t: [classifier.match(x) for x in t.splitlines()], big, 3):6.2f} MB/s"
    )


if __name__ == "__main__":
    main()
