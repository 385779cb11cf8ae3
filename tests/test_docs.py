"""The examples in the docs run and print what the docs say.

In `docs/guide.md`, `docs/model.md` and `docs/formats.md`, every ```pycon block is a
doctest and every ```console block is run (`$ command` then its expected output),
in document order, from the repository root. The docstring examples of the output
modules run as doctests too.
"""

from __future__ import annotations

import doctest
import importlib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

DOCS = ["guide.md", "model.md", "formats.md"]
FENCE = re.compile(r"^```(\w+)\n(.*?)^```", re.M | re.S)
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def blocks(name: str) -> list[tuple[str, str, int]]:
    text = (ROOT / "docs" / name).read_text(encoding="utf-8")
    return [
        (m.group(1), m.group(2), text.count("\n", 0, m.start()) + 2)
        for m in FENCE.finditer(text)
        if m.group(1) in ("pycon", "console")
    ]


def run_console(block: str, env: dict[str, str]) -> list[tuple[str, str, str]]:
    """(command, expected, actual) for each `$ command` of a console block."""
    results, last_rc = [], 0
    commands = re.split(r"^\$ ", block, flags=re.M)[1:]
    for chunk in commands:
        command, _, expected = chunk.partition("\n")
        if command.strip() == "echo $?":
            actual = f"{last_rc}\n"
        else:
            done = subprocess.run(
                command,
                shell=True,
                executable="/bin/bash",
                cwd=ROOT,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
            )
            actual, last_rc = done.stdout, done.returncode
        results.append((command, expected, actual))
    return results


@pytest.mark.parametrize("name", DOCS)
def test_doc_examples_run(name, monkeypatch):
    monkeypatch.chdir(ROOT)
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    globs: dict = {}
    checker = doctest.OutputChecker()
    found = blocks(name)
    assert found, f"docs/{name} has no examples"
    for kind, body, line in found:
        if kind == "pycon":
            test = doctest.DocTestParser().get_doctest(body, globs, f"{name}:{line}", name, line)
            report: list[str] = []
            runner = doctest.DocTestRunner(optionflags=FLAGS)
            runner.run(test, out=report.append, clear_globs=False)
            globs.update(test.globs)  # later blocks see earlier names
            if runner.failures:
                pytest.fail(f"docs/{name} line {line}:\n" + "".join(report))
        else:
            for command, expected, actual in run_console(body, env):
                assert checker.check_output(expected, actual, FLAGS), (
                    f"docs/{name} line {line}: $ {command}\nexpected:\n{expected}\ngot:\n{actual}"
                )


@pytest.mark.parametrize("module", ["normalize", "markdown"])
def test_module_docstring_examples(module):
    found = importlib.import_module(f"actionplan_parse.outputs.{module}")
    result = doctest.testmod(found, optionflags=FLAGS)
    assert result.attempted > 0 and result.failed == 0
