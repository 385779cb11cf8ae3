"""The console examples of docs/research.md run and print what the page says."""

from __future__ import annotations

import doctest
import os
import sys
from pathlib import Path

from conftest import ROOT
from test_docs import FLAGS, blocks, run_console


def test_research_console_examples_run(monkeypatch):
    monkeypatch.chdir(ROOT)
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    checker = doctest.OutputChecker()
    found = [(body, line) for kind, body, line in blocks("research.md") if kind == "console"]
    assert len(found) >= 2
    for body, line in found:
        for command, expected, actual in run_console(body, env):
            assert checker.check_output(expected, actual, FLAGS), (
                f"docs/research.md line {line}: $ {command}\nexpected:\n{expected}\ngot:\n{actual}"
            )


def test_research_plot_exists():
    assert (ROOT / "docs" / "img" / "commitments_by_modality.png").stat().st_size > 10_000
