"""`commitments`: rows, fields and rules on small fixtures of our own, the CLI contract."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from actionplan_parse import parse, parse_file
from actionplan_parse.cli import cli
from actionplan_parse.commitments import COMMITMENT_FIELDS, commitment_rows
from actionplan_parse.commitments.clauses import clauses
from actionplan_parse.commitments.quantities import find_quantities
from actionplan_parse.commitments.recurrence import find_recurrence
from actionplan_parse.commitments.when import find_dates_in

ROOT = Path(__file__).resolve().parents[1]
PLAN = ROOT / "corpus" / "china_celac_2025_2027.txt"

EN_PLAN = """Joint Plan of Action
Adopted on 13 May 2025 by both sides.
I. Finance
(1) The Chinese government is willing to provide a credit line of 66 billion yuan.
(2) Both parties will explore the creation of a joint fund.
(3) Support the holding of an annual investment forum in 2027 or 2028.
(4) In the next three years, China will provide 3,500 scholarship places; the two sides shall
hold the summit every two years on a rotating basis.
(5) The forum was held in Lima.
"""


def _rows(text: str) -> list[dict]:
    return commitment_rows(parse(text))


def test_every_field_of_a_small_plan():
    rows = _rows(EN_PLAN)
    assert [(r["id"], r["n"], r["modality"], r["actors"]) for r in rows] == [
        ("1.1", 1, "intend", ["China"]),
        ("1.2", 1, "explore", ["both sides"]),
        ("1.3", 1, "support", []),
        ("1.4", 1, "commit", ["China"]),
        ("1.4", 2, "commit", ["both sides"]),
    ]
    assert rows[0]["quantities"] == [
        {"value": 66_000_000_000, "unit": "CNY", "text": "66 billion yuan"}
    ]
    assert rows[2]["dates"] == [{"text": "in 2027 or 2028", "start": "2027", "end": "2028"}]
    assert rows[2]["recurrence"] == {"text": "annual", "period": "P1Y"}
    assert rows[3]["dates"] == [
        {"text": "In the next three years", "start": "2025-05-13", "end": "2028-05-13"}
    ]
    assert rows[3]["quantities"][0]["value"] == 3500
    assert rows[3]["quantities"][0]["unit"] == "places"
    assert rows[4]["recurrence"]["period"] == "P2Y"
    assert rows[1]["action"] == "explore the creation of a joint fund"


def test_rows_say_which_rules_matched():
    rows = _rows(EN_PLAN)
    assert rows[0]["rules"] == ["modality:en.intend", "actor:the chinese government"]
    assert rows[1]["rules"][0] == "modality:en.commit+explore"
    assert rows[2]["rules"] == ["modality:en.lexical-start"]


def test_a_statement_of_fact_is_no_commitment():
    assert _rows("Plan\n1. The forum was held in Lima in 2019.\n") == []


def test_relative_dates_need_the_document_date():
    rows = _rows("Plan\n1. China will train 300 experts in the next three years.\n")
    assert rows[0]["dates"] == [{"text": "in the next three years", "start": None, "end": None}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("provide $15 million in aid", [(15_000_000, "USD")]),
        ("25 millones de dólares adicionales", [(25_000_000, "USD")]),
        ("cut costs by 25 percent", [(25, "%")]),
        ("raise it to 15%", [(15, "%")]),
        (
            "10,000 training places and 500 scholarships",
            [(10_000, "places"), (500, "scholarships")],
        ),
        ("the 2030 Agenda, the G20 and COVID-19 in 2025", []),
        ("the 4th forum", []),
    ],
)
def test_quantities(text, expected):
    assert [(q["value"], q["unit"]) for q in find_quantities(text)] == expected


def test_quantities_in_romance_languages_name_the_first_noun():
    found = find_quantities("a 900 migrantes menos", head_first=True)
    assert [(q["value"], q["unit"]) for q in found] == [(900, "migrantes")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in 2025", [("2025", "2025")]),
        ("from 2025 to 2027", [("2025", "2027")]),
        ("by 2030", [(None, "2030")]),
        ("in 2027 or 2028", [("2027", "2028")]),
        ("since 2014", [("2014", None)]),
        ("in May 2025", [("2025-05", "2025-05")]),
        ("by 15 June 2024", [(None, "2024-06-15")]),
        ("au plus tard à la fin du mois de novembre 2024", [(None, "2024-11")]),
        ("para 2028", [(None, "2028")]),
        ("the 2030 Agenda", []),
    ],
)
def test_dates(text, expected):
    assert [(d["start"], d["end"]) for d in find_dates_in(text)] == expected


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("held annually", "P1Y"),
        ("every two years", "P2Y"),
        ("on a rotating basis", "rotating"),
        ("cada dos años", "P2Y"),
        ("regularly", "regular"),
        ("once", None),
    ],
)
def test_recurrence(text, period):
    found = find_recurrence(text)
    assert (found["period"] if found else None) == period


def test_clauses_split_sentences_and_semicolons_not_abbreviations():
    text = "The U.S. will act; to support it. Both sides will meet, e.g. in Lima."
    assert clauses(text) == [
        "The U.S. will act;",
        "to support it.",
        "Both sides will meet, e.g. in Lima.",
    ]


def test_subjects_not_objects_or_possessives_are_actors():
    rows = _rows(
        "Plan\n1. The United States stands with Ukraine and will continue to help.\n"
        "2. With U.S. support, Ukraine will reform its courts.\n"
        "3. At an event hosted by India, the United States announced a fund.\n"
    )
    assert [r["actors"] for r in rows] == [["United States"], ["Ukraine"], ["United States"]]


def test_other_languages():
    es = _rows("Plan de Acción\n1. Ambas partes están dispuestas a fortalecer la cooperación.\n")
    fr = _rows("Plan d'action\n1. Le Gouvernement s'engage à renforcer la coopération.\n")
    zh = _rows("行动计划\n一、双方愿意加强合作。\n")
    assert [(r["modality"], r["actors"]) for r in es + fr + zh] == [
        ("intend", ["both sides"]),
        ("commit", ["Government"]),
        ("intend", ["both sides"]),
    ]


def test_a_user_gazetteer_extends_the_actors(tmp_path):
    gazetteer = tmp_path / "mine.toml"
    gazetteer.write_text('[en]\n"Atlantis" = ["the atlantean side"]\n', encoding="utf-8")
    document = parse("Plan\n1. The Atlantean side will host the forum.\n")
    assert commitment_rows(document, str(gazetteer))[0]["actors"] == ["Atlantis"]
    assert commitment_rows(document)[0]["actors"] == []


# -- the command ---------------------------------------------------------------------------


def test_cli_jsonl_fields_in_contract_order():
    result = CliRunner().invoke(cli, ["commitments", str(PLAN)])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert len(rows) > 80
    assert all(tuple(row) == COMMITMENT_FIELDS for row in rows)
    quantities = {(q["value"], q["unit"]) for r in rows for q in r["quantities"]}
    assert {(66_000_000_000, "CNY"), (3500, "places")} <= quantities


def test_cli_csv_has_the_same_rows():
    jsonl = CliRunner().invoke(cli, ["commitments", str(PLAN)]).output.splitlines()
    result = CliRunner().invoke(cli, ["commitments", str(PLAN), "--format", "csv"])
    table = list(csv.DictReader(io.StringIO(result.output)))
    assert len(table) == len(jsonl)
    assert json.loads(table[0]["actors"]) == json.loads(jsonl[0])["actors"]


def test_cli_bad_gazetteer_is_one_line_exit_2(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("not = [toml", encoding="utf-8")
    result = CliRunner().invoke(cli, ["commitments", str(PLAN), "--gazetteer", str(bad)])
    assert result.exit_code == 2
    assert len(result.output.strip().splitlines()) == 1


def test_cli_never_crashes_on_garbage():
    garbage = CliRunner().invoke(cli, ["commitments", "-"], input=b"\x81\x8d garbage 66 billion")
    assert garbage.exit_code in (0, 2)
    binary = CliRunner().invoke(cli, ["commitments", "-"], input=b"\x00\x01\x02 garbage")
    assert binary.exit_code == 2 and "binary file" in binary.output


def test_a_profile_directory_can_extend_the_actors(tmp_path, monkeypatch):
    (tmp_path / "actors").mkdir()
    (tmp_path / "actors" / "en.toml").write_text(
        '[en]\n"Atlantis" = ["the atlantean side"]\n', encoding="utf-8"
    )
    document = parse("Plan\n1. The Atlantean side will host the forum.\n", profile="en")
    assert commitment_rows(document)[0]["actors"] == []
    monkeypatch.setenv("ACTIONPLAN_PARSE_PROFILES", str(tmp_path))
    assert commitment_rows(document)[0]["actors"] == ["Atlantis"]


ANNOTATION = ROOT / "corpus" / "commitments"


@pytest.mark.parametrize(
    "path", sorted(ANNOTATION.glob("*.commitments.jsonl")), ids=lambda p: p.name.split(".")[0]
)
def test_the_annotation_names_nodes_of_todays_tree(path):
    """Items are keyed by node id: when the structure stage renumbers a text, the annotation
    must be re-keyed (by its clauses), or the benchmark silently scores a shifted key."""
    stem = path.name.removesuffix(".commitments.jsonl")
    sources = (ANNOTATION.parent / f"{stem}{suffix}" for suffix in (".txt", ".md", ".html"))
    source = next(p for p in sources if p.exists())  # the order bench_commitments reads
    document = parse_file(source)
    nodes = {node.id: node for node in document.walk()}
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if item["commitments"]:
            assert item["id"] in nodes, item["id"]
            assert clauses(nodes[item["id"]].text) == item["clauses"], item["id"]
