"""Would dateparser, quantulum3 or text2num do better than our rules? Measured on the clauses of
the annotated commitments (corpus/commitments/): how many gold dates / quantities each finds, and
how long it takes. Not a dependency: install them in a scratch venv to run this.

    PYTHONPATH=src python benchmarks/bench_commitment_libraries.py
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from actionplan_parse.commitments.quantities import find_quantities
from actionplan_parse.commitments.when import find_dates_in

GOLD = Path(__file__).resolve().parents[1] / "corpus" / "commitments"
LANGUAGE = {"es": "es", "fr": "fr"}


def _cases() -> list[tuple[str, str, dict]]:
    cases = []
    for path in sorted(GOLD.glob("*.commitments.jsonl")):
        suffix = path.name.removesuffix(".commitments.jsonl").rsplit("_", 1)[-1]
        language = LANGUAGE.get(suffix, "en")
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            for row in item["commitments"]:
                cases.append((item["clauses"][row["n"] - 1], language, row))
    return cases


def _years(value: str | None) -> set[str]:
    return {value[:4]} if value else set()


def _dates_ours(clause: str, language: str) -> set[str]:
    return {y for d in find_dates_in(clause) for y in _years(d["start"]) | _years(d["end"])}


def _dates_dateparser(clause: str, language: str) -> set[str]:
    from dateparser.search import search_dates

    found = search_dates(clause, languages=[language]) or []
    return {str(day.year) for _, day in found}


def _quantities_ours(clause: str, language: str) -> set[float]:
    return {float(q["value"]) for q in find_quantities(clause, language != "en")}


def _quantities_quantulum(clause: str, language: str) -> set[float]:
    from quantulum3 import parser

    return {float(q.value) for q in parser.parse(clause, lang="en_US")}


def _measure(name: str, finder, cases, gold_of) -> None:
    found = total = 0
    start = time.perf_counter()
    try:
        for clause, language, row in cases:
            gold = gold_of(row)
            total += len(gold)
            found += len(gold & finder(clause, language))
    except ImportError as exc:
        print(f"{name:<28} not installed ({exc.name})")
        return
    elapsed = time.perf_counter() - start
    share = found / total if total else float("nan")
    print(f"{name:<28} {found:>3}/{total:<3} = {share:6.1%}   {elapsed:6.2f} s")


def main() -> None:
    cases = _cases()
    dated = [c for c in cases if c[2]["dates"]]
    counted = [c for c in cases if c[2]["quantities"]]
    print(
        f"{len(dated)} clauses with gold dates (years recovered), "
        f"{len(counted)} with gold quantities (values recovered)"
    )

    def gold_years(row: dict) -> set[str]:
        return {y for d in row["dates"] for y in _years(d["start"]) | _years(d["end"])}

    def gold_values(row: dict) -> set[float]:
        return {float(q["value"]) for q in row["quantities"]}

    _measure("dates: our rules", _dates_ours, dated, gold_years)
    _measure("dates: dateparser", _dates_dateparser, dated, gold_years)
    _measure("quantities: our rules", _quantities_ours, counted, gold_values)
    _measure("quantities: quantulum3", _quantities_quantulum, counted, gold_values)
    try:
        from text_to_num import alpha2digit
    except ImportError:
        print("text2num: not installed")
    else:
        sample = "in the next three years, provide three hundred places"
        print(f"text2num alpha2digit: {alpha2digit(sample, 'en')!r}")


if __name__ == "__main__":
    main()
