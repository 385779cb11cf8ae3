"""Precision and recall of `commitments` against the reviewed annotation in corpus/commitments/.

    PYTHONPATH=src python benchmarks/bench_commitments.py [--matched]

A commitment is identified by its item id and clause number. Per field, the facts compared are
(id, n, value) tuples: one per row for `modality` and `recurrence`, one per actor, quantity
(value and unit) and date (start and end). End to end (the default), the facts of a spurious row
count against precision and those of a missed row against recall; with ``--matched`` only rows
found by both are compared (the field's own quality, apart from finding the row).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from actionplan_parse import parse_file
from actionplan_parse.commitments import extract

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "corpus" / "commitments"
HELD_OUT = {"un_awaza_political_declaration_2025_en", "g7_clean_energy_economy_action_plan_2023_en"}
"""Annotated after the rules were last changed: no rule was tuned on them."""
FIELDS = ("rows", "actors", "modality", "quantities", "dates", "recurrence")


def source_of(stem: str) -> Path:
    for suffix in (".txt", ".md", ".html"):
        path = ROOT / "corpus" / f"{stem}{suffix}"
        if path.exists():
            return path
    raise FileNotFoundError(stem)


def facts(key: tuple[str, int], row: dict) -> dict[str, list[tuple]]:
    return {
        "rows": [key],
        "actors": [(*key, actor) for actor in row["actors"]],
        "modality": [(*key, row["modality"])],
        "quantities": [(*key, float(q["value"]), q["unit"]) for q in row["quantities"]],
        "dates": [(*key, d["start"], d["end"]) for d in row["dates"]],
        "recurrence": [(*key, row["recurrence"])] if row["recurrence"] else [],
    }


def gold_rows(path: Path) -> dict[tuple[str, int], dict]:
    rows = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        for row in item["commitments"]:
            rows[(item["id"], row["n"])] = row
    return rows


def predicted_rows(source: Path) -> dict[tuple[str, int], dict]:
    rows = {}
    for c in extract(parse_file(source)):
        period = c.recurrence["period"] if c.recurrence else None
        rows[(c.id, c.n)] = {
            "actors": c.actors,
            "modality": c.modality,
            "quantities": c.quantities,
            "dates": c.dates,
            "recurrence": period,
        }
    return rows


def collect(rows: dict[tuple[str, int], dict], keys: Iterable[tuple[str, int]]) -> dict:
    found: dict[str, Counter] = {field: Counter() for field in FIELDS}
    for key in keys:
        for field, values in facts(key, rows[key]).items():
            found[field].update(values)
    return found


def score(files: list[Path], matched_only: bool) -> dict[str, Counter]:
    totals = {field: Counter() for field in FIELDS}
    for path in files:
        stem = path.name.removesuffix(".commitments.jsonl")
        gold, predicted = gold_rows(path), predicted_rows(source_of(stem))
        keys_gold, keys_pred = set(gold), set(predicted)
        if matched_only:
            keys_gold = keys_pred = keys_gold & keys_pred
        g, p = collect(gold, keys_gold), collect(predicted, keys_pred)
        for field in FIELDS:
            totals[field]["tp"] += sum((g[field] & p[field]).values())
            totals[field]["gold"] += sum(g[field].values())
            totals[field]["predicted"] += sum(p[field].values())
    return totals


def report(title: str, files: list[Path], matched_only: bool) -> None:
    items = sum(len(path.read_text(encoding="utf-8").splitlines()) for path in files)
    totals = score(files, matched_only)
    print(f"{title}: {len(files)} texts, {items} items")
    print(f"{'field':<12}{'gold':>6}{'pred':>6}{'tp':>6}{'precision':>11}{'recall':>8}")
    for field in FIELDS:
        t = totals[field]
        precision = t["tp"] / t["predicted"] if t["predicted"] else float("nan")
        recall = t["tp"] / t["gold"] if t["gold"] else float("nan")
        print(
            f"{field:<12}{t['gold']:>6}{t['predicted']:>6}{t['tp']:>6}"
            f"{precision:>11.1%}{recall:>8.1%}"
        )
    print()


def main() -> None:
    matched_only = "--matched" in sys.argv
    files = sorted(GOLD.glob("*.commitments.jsonl"))
    held_out = [f for f in files if f.name.removesuffix(".commitments.jsonl") in HELD_OUT]
    development = [f for f in files if f not in held_out]
    scope = "rows found by both" if matched_only else "end to end"
    print(f"({scope})\n")
    report("all", files, matched_only)
    report("development texts (rules written while reading them)", development, matched_only)
    report("held-out texts (annotated after the rules were frozen)", held_out, matched_only)


if __name__ == "__main__":
    main()
