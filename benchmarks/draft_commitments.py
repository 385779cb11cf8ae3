"""Draft a commitment annotation for a corpus text from the tool's output (to be corrected
by eye, see corpus/commitments/CONVENTIONS.md), or print it for review.

    PYTHONPATH=src python benchmarks/draft_commitments.py corpus/X.txt > X.draft.jsonl
"""

from __future__ import annotations

import json
import sys

from actionplan_parse import parse_file
from actionplan_parse.commitments import extract
from actionplan_parse.commitments.clauses import clauses


def draft(path: str) -> list[dict]:
    document = parse_file(path)
    found = extract(document)
    items = []
    for node in document.walk():
        if not node.text:
            continue
        rows = [
            {
                "n": c.n,
                "actors": c.actors,
                "modality": c.modality,
                "action": c.action,
                "quantities": [{"value": q["value"], "unit": q["unit"]} for q in c.quantities],
                "dates": [{"start": d["start"], "end": d["end"]} for d in c.dates],
                "recurrence": c.recurrence["period"] if c.recurrence else None,
            }
            for c in found
            if c.id == node.id
        ]
        items.append({"id": node.id, "clauses": clauses(node.text), "commitments": rows})
    return items


def main() -> None:
    for item in draft(sys.argv[1]):
        print(json.dumps(item, ensure_ascii=False))


if __name__ == "__main__":
    main()
