"""The JSON Schema: committed copy matches the code, and what we emit validates against it."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from conftest import CORPUS, ROOT
from hypothesis import given, settings
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError
from profiles_hypothesis import examples
from strategies_normalize import plans

from actionplan_parse import normalize, parse, parse_file
from actionplan_parse.cli import cli
from actionplan_parse.outputs import document_schema, schema_json

COMMITTED = ROOT / "docs" / "schema" / "document.schema.json"


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = json.loads(COMMITTED.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def emitted(document) -> dict:
    return json.loads(document.model_dump_json(by_alias=True))


def test_committed_schema_matches_the_code():
    assert COMMITTED.read_text(encoding="utf-8") == schema_json(), (
        "docs/schema/document.schema.json is stale: run "
        "`actionplan-parse schema -o docs/schema/document.schema.json`"
    )


def test_schema_command_prints_it():
    result = CliRunner().invoke(cli, ["schema"])
    assert result.exit_code == 0
    assert result.stdout == COMMITTED.read_text(encoding="utf-8")


def test_schema_describes_the_document():
    schema = document_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["title"] == "Document"
    assert {"schema", "schema_version", "children", "fragments", "diagnostics"} <= set(
        schema["properties"]
    )
    assert schema["additionalProperties"] is False


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.name)
def test_every_corpus_document_validates(validator, path):
    validator.validate(emitted(parse_file(path)))


def test_normalized_documents_validate(validator):
    plan = parse_file(CORPUS / "china_celac_2025_2027.txt")
    for style in ("source", "decimal", "legal"):
        validator.validate(emitted(parse(normalize(plan, style))))


@settings(max_examples=examples(25), deadline=None)
@given(plans())
def test_generated_documents_validate(validator, plan):
    validator.validate(emitted(parse(plan.text, "text")))


def test_schema_rejects_what_is_not_a_document(validator):
    good = emitted(parse("Plan\nFirst, Trade\n(1) Open markets.\n"))
    validator.validate(good)
    for broken in (
        {k: v for k, v in good.items() if k != "source"},
        {**good, "extra": 1},
        {**good, "children": [{**good["children"][0], "level": 0}]},
        {
            **good,
            "diagnostics": [{"code": "AP1", "name": "x", "severity": "fatal", "message": "m"}],
        },
    ):
        with pytest.raises(ValidationError):
            validator.validate(broken)
