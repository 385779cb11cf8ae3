"""One registry idiom: label styles, lint rules, check formats and document outputs are
registries; CLI choices and docs tables are read from them, and an entry registered from
outside the package is offered by the CLI."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from actionplan_parse.cli import cli
from actionplan_parse.lint.formats import FORMATS
from actionplan_parse.lint.rules import RULES
from actionplan_parse.models import Document
from actionplan_parse.outputs.formats import OUTPUTS, Output, RenderOptions, formats_table
from actionplan_parse.registry import Registry
from actionplan_parse.styles import STYLES

DOCS = Path(__file__).resolve().parents[1] / "docs"
PLAN = "Plan\nFirst, Trade\n(1) Open markets.\n(2) Lower tariffs.\nSecond, Energy\n"


def _ids(document: Document, options: RenderOptions) -> str:
    return "".join(f"{'  ' * (n.level - 1)}{n.id}\n" for n in document.walk())


@pytest.fixture
def ids_format() -> Iterator[str]:
    OUTPUTS.register("ids", Output(_ids, "one id a line, indented by level"))
    yield "ids"
    OUTPUTS.unregister("ids")


def test_a_registered_output_is_offered_by_render(tmp_path: Path, ids_format: str) -> None:
    plan = tmp_path / "plan.txt"
    plan.write_text(PLAN, encoding="utf-8")
    result = CliRunner().invoke(cli, ["render", str(plan), "--to", ids_format])
    assert result.exit_code == 0, result.output
    assert result.stdout == "1\n  1.1\n  1.2\n2\n"


def test_an_unregistered_output_is_a_usage_error(tmp_path: Path) -> None:
    plan = tmp_path / "plan.txt"
    plan.write_text(PLAN, encoding="utf-8")
    result = CliRunner().invoke(cli, ["render", str(plan), "--to", "ids"])
    assert result.exit_code == 2 and "'ids' is not one of" in result.output


def test_the_docs_table_of_outputs_is_the_registry() -> None:
    assert formats_table() in (DOCS / "formats.md").read_text(encoding="utf-8")


def test_check_formats_are_the_cli_choices() -> None:
    result = CliRunner().invoke(cli, ["check", "--help"])
    assert "|".join(FORMATS) in result.output


def test_one_idiom() -> None:
    for registry in (STYLES, RULES, FORMATS, OUTPUTS):
        assert isinstance(registry, Registry)


def test_registry_places_entries_and_refuses_duplicates() -> None:
    registry: Registry[int] = Registry("number")
    registry.register("one", 1)
    registry.register("three", 3)
    registry.register("two", 2, before="three")
    registry.add("zero", before="one")(0)
    assert list(registry.items()) == [("zero", 0), ("one", 1), ("two", 2), ("three", 3)]
    with pytest.raises(ValueError, match="already registered"):
        registry.register("one", 10)
    registry.register("one", 10, replace=True)
    assert list(registry) == ["zero", "one", "two", "three"] and registry["one"] == 10
    with pytest.raises(KeyError):
        registry.register("four", 4, after="nothing")
