"""Structure accuracy against the gold trees: per-text precision / recall / f1.

A node matches on (line, parent line, number), see ``actionplan_parse.evaluate``.
Prints the training part (``corpus/*.gold.json``) and the sealed dev-test part
(``corpus/devtest/*.gold.json``, scores only) with means.

    python benchmarks/bench_structure.py            # table
    python benchmarks/bench_structure.py --json     # one JSON object
    python benchmarks/bench_structure.py --markdown # the table of docs/accuracy.md
    python benchmarks/bench_structure.py --findings # findings per rule over the corpus
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from golds import GoldText, golds

from actionplan_parse import parse_file
from actionplan_parse.evaluate import score, triples


def score_part(part: str) -> list[dict[str, Any]]:
    rows = []
    for text in golds(part):
        result = score(triples(parse_file(text.path)), text.gold)
        rows.append(
            {
                "text": text.slug,
                "gold": result.gold,
                "predicted": result.predicted,
                "matched": result.matched,
                "precision": round(result.precision, 4),
                "recall": round(result.recall, 4),
                "f1": round(result.f1, 4),
            }
        )
    return rows


def mean(rows: list[dict[str, Any]], key: str) -> float:
    return round(sum(r[key] for r in rows) / len(rows), 4) if rows else 0.0


def findings(texts: list[GoldText]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for text in texts:
        for d in parse_file(text.path).diagnostics:
            counts[f"{d.code} {d.name} ({d.severity})"] += 1
    return counts


def commit() -> str:
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=root, capture_output=True, text=True
    )
    return done.stdout.strip() or "unknown"


def table(parts: dict[str, list[dict[str, Any]]]) -> str:
    lines = []
    for part, rows in parts.items():
        lines.append(f"{part}: {len(rows)} texts")
        lines.append(f"  {'text':<52} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6}")
        for r in rows:
            lines.append(
                f"  {r['text'][:52]:<52} {r['gold']:>5} {r['predicted']:>5} "
                f"{r['precision']:6.1%} {r['recall']:6.1%} {r['f1']:6.1%}"
            )
        lines.append(
            f"  {'mean':<52} {'':>5} {'':>5} {mean(rows, 'precision'):6.1%} "
            f"{mean(rows, 'recall'):6.1%} {mean(rows, 'f1'):6.1%}"
        )
    return "\n".join(lines)


def markdown(parts: dict[str, list[dict[str, Any]]]) -> str:
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = [f"Measured {stamp} at commit `{commit()}` by `benchmarks/bench_structure.py`.", ""]
    for part, rows in parts.items():
        lines += [
            f"### {part} ({len(rows)} texts)",
            "",
            "| text | gold nodes | predicted | precision | recall | f1 |",
            "|---|---:|---:|---:|---:|---:|",
        ]
        for r in rows:
            lines.append(
                f"| `{r['text']}` | {r['gold']} | {r['predicted']} | {r['precision']:.1%} "
                f"| {r['recall']:.1%} | {r['f1']:.1%} |"
            )
        lines.append(
            f"| **mean** | | | {mean(rows, 'precision'):.1%} | {mean(rows, 'recall'):.1%} "
            f"| **{mean(rows, 'f1'):.1%}** |"
        )
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    out = parser.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print one JSON object")
    out.add_argument("--markdown", action="store_true", help="print Markdown tables")
    out.add_argument("--findings", action="store_true", help="count findings per rule")
    args = parser.parse_args(argv)
    if args.findings:
        for part in ("training", "devtest"):
            counts = findings(golds(part))
            print(f"{part}: findings per rule")
            for key, n in sorted(counts.items()):
                print(f"  {n:5d}  {key}")
        return 0
    parts = {part: score_part(part) for part in ("training", "devtest")}
    if args.json:
        summary = {p: {"texts": rows, "mean_f1": mean(rows, "f1")} for p, rows in parts.items()}
        json.dump(summary, sys.stdout, indent=1)
        print()
    elif args.markdown:
        print(markdown(parts))
    else:
        print(table(parts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
