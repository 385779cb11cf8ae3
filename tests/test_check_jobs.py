"""`check --jobs N`: worker processes, the same output in the same order as `--jobs 1`."""

from __future__ import annotations

import io
import shutil
import sys
from pathlib import Path

import pytest
from check_helpers import run

from actionplan_parse.lint import Selection
from actionplan_parse.lint.discover import Target
from actionplan_parse.lint.run import run as run_checks

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
TEXTS = sorted(
    p
    for p in CORPUS.iterdir()
    if p.is_file() and p.suffix in (".txt", ".md")  # no devtest/
)


@pytest.fixture
def many(tmp_path: Path) -> Path:
    """Corpus texts under shuffled names, a binary file and an empty one among them."""
    for i, path in enumerate(TEXTS * 2):
        shutil.copy(path, tmp_path / f"{(i * 7) % 97:03d}_{path.name}")
    (tmp_path / "050_binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    (tmp_path / "051_empty.txt").write_text("", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("fmt", ["text", "json", "sarif"])
def test_same_output_whatever_the_number_of_jobs(many: Path, fmt: str) -> None:
    one = run("check", str(many), "--format", fmt, "--jobs", "1")
    two = run("check", str(many), "--format", fmt, "--jobs", "2")
    three = run("check", str(many), "--format", fmt, "-j", "3")
    assert one.out and "050_binary.txt" in one.err
    assert one == two == three


def test_results_in_input_order_with_stdin_among_files(many: Path) -> None:
    targets = [Target(str(p)) for p in sorted(many.iterdir())[:6]]
    targets.insert(3, Target("-"))
    selection = Selection.of()
    plan = (CORPUS / "china_celac_2025_2027.txt").read_bytes()
    stdin = sys.stdin
    try:
        sys.stdin = io.TextIOWrapper(io.BytesIO(plan))
        pooled = run_checks(targets, selection, stdin_name="plan.txt", jobs=2)
    finally:
        sys.stdin = stdin
    assert [r.path for r in pooled] == ["plan.txt" if t.path == "-" else t.path for t in targets]
    assert (
        pooled[3].diagnostics
        == run_checks([Target(str(CORPUS / "china_celac_2025_2027.txt"))], selection)[0].diagnostics
    )


def test_jobs_must_be_positive(many: Path) -> None:
    outcome = run("check", str(many), "--jobs", "0")
    assert outcome.code == 2 and "--jobs" in outcome.err
