"""The `parse` and `outline` commands: contracts, stdin, errors, exit codes."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest
from conftest import PLAN


def run(*args, stdin: bytes | None = None):
    return subprocess.run(
        [sys.executable, "-m", "actionplan_parse", *args],
        input=stdin,
        capture_output=True,
    )


def test_version_and_help():
    assert run("--version").stdout.decode().startswith("actionplan-parse, version ")
    for command in ([], ["parse"], ["outline"]):
        result = run(*command, "--help")
        assert result.returncode == 0 and b"Usage:" in result.stdout


def test_parse_prints_a_document_that_loads_back():
    from actionplan_parse import Document

    out = run("parse", str(PLAN)).stdout
    document = Document.model_validate_json(out)
    assert document.find("2.5.7").number == 7
    assert json.loads(out)["schema"] == "actionplan-parse/document"


def test_stdin_dash():
    result = run("outline", "-", "--format", "jsonl", stdin=b"Title\nFirst, A\n(1) x.\n")
    rows = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [r["id"] for r in rows] == ["1", "1.1"]
    assert rows[0]["heading"] == "A" and rows[1]["text"] == "x."


def test_csv_and_table_formats():
    rows = list(
        csv.DictReader(io.StringIO(run("outline", str(PLAN), "--format", "csv").stdout.decode()))
    )
    assert rows[0]["id"] == "1" and rows[0]["inferred"] == "false"
    assert next(r for r in rows if r["id"] == "3.?")["path"] == "3.?"
    table = run("outline", str(PLAN), "--format", "table").stdout.decode().splitlines()
    assert table[0].split()[:3] == ["id", "lines", "kind"]
    assert len(table) == 1 + len(rows)


@pytest.mark.parametrize("target", ["missing.txt", "corpus"])
def test_unreadable_paths_exit_2_with_one_line(target, tmp_path):
    path = tmp_path / target
    if target == "corpus":
        path.mkdir()
    for command in ("parse", "outline"):
        result = run(command, str(path))
        assert result.returncode == 2
        assert result.stdout == b""
        assert len(result.stderr.decode().strip().splitlines()) == 1
        assert str(path) in result.stderr.decode()


def test_binary_files_are_one_line_and_exit_2_for_every_command(tmp_path):
    binary = tmp_path / "b.bin"
    binary.write_bytes(bytes(range(256)) * 50)
    for command in (["parse"], ["outline"], ["normalize"], ["render", "--to", "json"], ["check"]):
        result = run(*command, str(binary))
        assert result.returncode == 2, (command, result.stderr)
        assert result.stderr.count(b"\n") == 1 and b"binary file" in result.stderr
        assert b"passed" not in result.stdout
        assert result.stdout == (
            b"No findings: 0 files checked; 1 file could not be read.\n"
            if command == ["check"]
            else b""
        )


def test_empty_files_give_an_empty_tree(tmp_path):
    empty = tmp_path / "e.txt"
    empty.write_bytes(b"")
    result = run("outline", str(empty), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    assert result.stdout == b""


def test_bad_option_is_a_usage_error():
    result = run("outline", str(PLAN), "--format", "xml")
    assert result.returncode == 2 and b"Traceback" not in result.stderr
