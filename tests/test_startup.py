"""Start-up: what the CLI imports, not how long it takes (timings: benchmarks/run.py).

`--help` imports no parser, no Pydantic, no Lark; `check` on a plain-text plan imports none
of the libraries only some inputs or commands need. Each case runs in a fresh interpreter.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import click
from click.testing import CliRunner
from conftest import PLAN

from actionplan_parse.cli import COMMANDS, cli

SRC = Path(__file__).resolve().parents[1] / "src"
ON_DEMAND = {"ftfy", "cn2an", "charset_normalizer", "pyarrow", "dask", "markdown_it", "yaml"}
"""Needed only by some inputs (mojibake, CJK labels, legacy encodings, Markdown, front
matter) or commands (batch)."""


def imported_after(code: str) -> set[str]:
    """Top-level packages in sys.modules after running ``code`` in a fresh interpreter."""
    script = (
        "import json, sys\n"
        f"try:\n    {code}\nexcept SystemExit:\n    pass\n"
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})), file=sys.stderr)\n"
    )
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")]),
    }
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
    )
    return set(json.loads(result.stderr.strip().splitlines()[-1]))


def test_help_imports_neither_parser_nor_pydantic_nor_lark() -> None:
    modules = imported_after(
        "from actionplan_parse.cli import main; main(['--help'])",
    )
    assert "click" in modules  # the probe sees what the CLI imported
    assert modules & {"lark", "pydantic", "pydantic_core", "regex", *ON_DEMAND} == set()


def test_package_import_is_lazy() -> None:
    modules = imported_after("import actionplan_parse")
    assert modules & {"lark", "pydantic", "click", *ON_DEMAND} == set()
    names = imported_after("from actionplan_parse import parse; parse('Plan\\n1. One\\n')")
    assert {"lark", "pydantic"} <= names


def test_check_on_a_plain_text_plan_imports_only_what_it_needs() -> None:
    modules = imported_after(
        f"from actionplan_parse.cli import main; main(['check', {str(PLAN)!r}, '--exit-zero'])"
    )
    assert {"lark", "pydantic"} <= modules
    assert modules & ON_DEMAND == set()


def test_help_lists_what_the_commands_say() -> None:
    """The summaries in COMMANDS are the commands' own: the same listing as an eager group."""
    eager = click.Group(
        "cli", help=cli.help, params=cli.params, context_settings=cli.context_settings
    )
    for name in COMMANDS:
        command = cli.get_command(click.Context(cli), name)
        assert command is not None and command.name == name
        eager.add_command(command)
    runner = CliRunner()
    for width in (60, 80, 200):
        lazy_help = runner.invoke(cli, ["--help"], terminal_width=width).output
        eager_help = runner.invoke(eager, ["--help"], terminal_width=width).output
        assert lazy_help == eager_help


def test_public_names_resolve() -> None:
    import actionplan_parse

    for name in actionplan_parse.__all__:
        assert getattr(actionplan_parse, name) is not None
    assert callable(actionplan_parse.parse)  # the function, even with the submodule loaded
