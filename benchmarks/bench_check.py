"""Linting speed: files checked per second on the bundled plan, and MB/s.

Measures what `actionplan-parse check` does per file (read, decode, parse, run
every rule, filter) and the whole command over a directory of copies, in
process. Not a test: run it by hand.

    python benchmarks/bench_check.py [--copies 200]
"""

from __future__ import annotations

import argparse
import io
import shutil
import tempfile
import time
from contextlib import redirect_stdout
from pathlib import Path

from actionplan_parse.lint.discover import Target
from actionplan_parse.lint.run import check_target
from actionplan_parse.lint.select import Selection

PLAN = Path(__file__).resolve().parents[1] / "corpus" / "china_celac_2025_2027.txt"


def per_file(repeat: int) -> float:
    """Best-of-three seconds per check of the plan."""
    target, selection = Target(str(PLAN)), Selection.of()
    check_target(target, selection)  # warm up: grammar built once per process
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for _ in range(repeat):
            check_target(target, selection)
        best = min(best, (time.perf_counter() - start) / repeat)
    return best


def whole_command(copies: int) -> float:
    """Seconds for `check DIR` over ``copies`` copies of the plan (text format)."""
    from actionplan_parse.cli import main

    with tempfile.TemporaryDirectory() as tmp:
        for i in range(copies):
            shutil.copy(PLAN, Path(tmp) / f"plan_{i:04d}.txt")
        start = time.perf_counter()
        with redirect_stdout(io.StringIO()):
            try:
                main(["check", tmp, "--exit-zero"])
            except SystemExit:
                pass
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()
    size_mb = PLAN.stat().st_size / 1e6
    seconds = per_file(args.repeat)
    print(
        f"check, bundled plan ({PLAN.stat().st_size / 1e3:.1f} kB): "
        f"{1 / seconds:7.1f} files/s  {size_mb / seconds:6.2f} MB/s  ({seconds * 1e3:.1f} ms/file)"
    )
    total = whole_command(args.copies)
    print(
        f"check DIR, {args.copies} copies (CLI in process):   "
        f"{args.copies / total:7.1f} files/s  {args.copies * size_mb / total:6.2f} MB/s"
    )


if __name__ == "__main__":
    main()
