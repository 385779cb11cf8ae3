"""`actionplan-parse commitments FILE`: one row per commitment in an item."""

from __future__ import annotations

import csv
import json
import sys
from typing import Any

import click

from ..commitments import COMMITMENT_FIELDS, GazetteerError, commitment_rows
from .common import input_option, load, profile_option
from .exits import fail


@click.command("commitments")
@click.argument("file")
@input_option
@profile_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv"]),
    default="jsonl",
    show_default=True,
    help="JSON lines, or CSV with the lists and objects as JSON in their cells.",
)
@click.option(
    "--gazetteer",
    type=click.Path(dir_okay=False),
    default=None,
    help='Extra actors: a TOML file of [language] sections of "Name" = ["form", ...].',
)
def commitments_command(
    file: str, input_format: str, profile: str, fmt: str, gazetteer: str | None
) -> None:
    """Who commits to what, by when and how much: one row per commitment of FILE."""
    document = load(file, input_format, profile)
    try:
        rows = commitment_rows(document, gazetteer)
    except GazetteerError as exc:
        fail(str(exc))
    if fmt == "csv":
        _write_csv(rows)
    else:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


def _write_csv(rows: list[dict[str, Any]]) -> None:
    writer = csv.DictWriter(sys.stdout, fieldnames=COMMITMENT_FIELDS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(v) for k, v in row.items()})


def _cell(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else value
