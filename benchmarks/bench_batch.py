"""`batch` at corpus scale: --jobs 2 against --jobs 1 on 1,000 files, and the acceptance checks.

Makes FILES plans from the corpus texts (each a copy with a numbered line of its own,
so every file has its own sha256) plus one binary file, then runs the command as a
user does (a subprocess) in interleaved rounds: jobs 1, jobs 2, jobs 1, jobs 2, ...
Reports the wall time of each, the median ratio jobs2/jobs1 (target <= 0.7 on two
cores) and the CPU time of the children; then checks that both outputs are the
same table, readable by pyarrow and polars, that the binary file is in
--diagnostics, and that --resume parses nothing the second time. Not a test: run it
by hand.

    python benchmarks/bench_batch.py [--files 1000] [--rounds 2]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


def make_corpus(root: Path, count: int) -> None:
    """``count`` edited copies of the corpus texts, in 10 folders, and one binary file."""
    sources = sorted(CORPUS.glob("*.txt")) + sorted(CORPUS.glob("*.md"))
    texts = [(s.suffix, s.read_text(encoding="utf-8")) for s in sources]
    for number in range(count):
        suffix, text = texts[number % len(texts)]
        folder = root / f"batch{number % 10}"
        folder.mkdir(parents=True, exist_ok=True)
        edited = text.rstrip("\n") + f"\n\n{number + 1}. Copy number {number} of this text.\n"
        (folder / f"plan{number:04d}{suffix}").write_text(edited, encoding="utf-8")
    (root / "scan.txt").write_bytes(b"%PDF-1.7\x00\x01\x02\xff binary\x00")


def run(arguments: list[str]) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds of the process and its workers, exit code) of one command."""
    command = [sys.executable, "-m", "actionplan_parse", "batch", *arguments, "--quiet"]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, env=env, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, done.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        plans, work = Path(tmp) / "plans", Path(tmp)
        make_corpus(plans, args.files)
        walls: dict[int, list[float]] = {1: [], 2: []}
        for round_number in range(args.rounds):
            for jobs in (1, 2):
                out = work / f"jobs{jobs}.parquet"
                diagnostics = work / f"jobs{jobs}.diagnostics.jsonl"
                wall, cpu, code = run(
                    [str(plans), "--out", str(out), "--diagnostics", str(diagnostics),
                     "--jobs", str(jobs)]
                )  # fmt: skip
                walls[jobs].append(wall)
                print(
                    f"round {round_number + 1} --jobs {jobs}: wall {wall:6.1f} s, "
                    f"CPU {cpu:6.1f} s, exit {code}",
                    flush=True,
                )
        ratios = [two / one for one, two in zip(walls[1], walls[2], strict=True)]
        print(
            f"wall jobs1 median {statistics.median(walls[1]):.1f} s, jobs2 median "
            f"{statistics.median(walls[2]):.1f} s; ratio jobs2/jobs1 per round "
            f"{', '.join(f'{r:.2f}' for r in ratios)}; median {statistics.median(ratios):.2f} "
            "(target <= 0.70)"
        )
        check(plans, work, args.files)


def check(plans: Path, work: Path, files: int) -> None:
    """The acceptance checks on the outputs of the last round."""
    import polars as pl
    import pyarrow.parquet as pq

    one, two = pq.read_table(work / "jobs1.parquet"), pq.read_table(work / "jobs2.parquet")
    frame = pl.read_parquet(work / "jobs2.parquet")
    print(
        f"rows {one.num_rows}, files in table {len(set(one.column('file').to_pylist()))} "
        f"of {files}; jobs1 == jobs2: {one.equals(two)}; polars reads {frame.height} rows"
    )
    diagnostics = (work / "jobs2.diagnostics.jsonl").read_text(encoding="utf-8").splitlines()
    unreadable = [r for r in map(json.loads, diagnostics) if r["code"] == "read-error"]
    print(f"diagnostics {len(diagnostics)}, read-error rows: {[r['file'] for r in unreadable]}")
    wall, _, _ = run([str(plans), "--out", str(work / "jobs2.parquet"), "--resume"])
    after = pq.read_table(work / "jobs2.parquet")
    print(f"--resume: {wall:.1f} s, table unchanged: {after.equals(two)}")


if __name__ == "__main__":
    main()
