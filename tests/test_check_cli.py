"""`actionplan-parse check`: inputs, flags and exit codes (docs/check.md)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from check_helpers import run
from conftest import PLAN
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from profiles_hypothesis import examples

GAP = "Plan\nFirst, Trade\n(1) Open markets.\n(3) Lower tariffs.\n"  # AP101 warning
GARBLED = "Plan\nFirst, Trade\n(1) Open markets.\n{\\\n{\\\n(2) Lower tariffs.\n"  # AP001 error
MIXED = "Plan\nFirst, Trade\n(1) Open markets.\n(II) Lower tariffs.\n"  # AP201 info
CLEAN = "Plan\nFirst, Trade\n(1) Open markets.\n(2) Lower tariffs.\n"


@pytest.fixture
def tree(tmp_path, monkeypatch):
    """A small corpus in an isolated working directory (no config above it matters)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "gap.txt").write_text(GAP, encoding="utf-8")
    (tmp_path / "docs" / "garbled.md").write_text(GARBLED, encoding="utf-8")
    (tmp_path / "docs" / "mixed.txt").write_text(MIXED, encoding="utf-8")
    (tmp_path / "docs" / "clean.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "docs" / "notes.rst").write_text(GAP, encoding="utf-8")
    (tmp_path / "docs" / "sub").mkdir()
    (tmp_path / "docs" / "sub" / "deep.txt").write_text(GAP, encoding="utf-8")
    (tmp_path / "docs" / ".hidden").mkdir()
    (tmp_path / "docs" / ".hidden" / "skip.txt").write_text(GAP, encoding="utf-8")
    return tmp_path


def paths(outcome) -> list[str]:
    return sorted({line.split(":")[0] for line in outcome.out.splitlines() if ":" in line})


def codes(outcome) -> list[str]:
    return [line.split()[1] for line in outcome.out.splitlines() if line.count(":") >= 3]


# --- inputs -----------------------------------------------------------------------------


def test_directory_recurses_into_txt_and_md_skipping_hidden(tree):
    outcome = run("check", "docs", "-q")
    assert paths(outcome) == [
        "docs/gap.txt",
        "docs/garbled.md",
        "docs/mixed.txt",
        "docs/sub/deep.txt",
    ]


def test_include_and_exclude_globs(tree):
    assert paths(run("check", "docs", "-q", "--include", "*.rst")) == ["docs/notes.rst"]
    outcome = run("check", "docs", "-q", "--exclude", "sub", "--exclude", "*.md")
    assert paths(outcome) == ["docs/gap.txt", "docs/mixed.txt"]


def test_explicit_file_is_checked_whatever_its_extension(tree):
    assert paths(run("check", "docs/notes.rst", "-q")) == ["docs/notes.rst"]


def test_stdin(tree):
    outcome = run("check", "-", input=GAP.encode())
    assert outcome.out.startswith("-:4:1: AP101 [warning]")
    assert outcome.code == 0  # a warning does not fail by default
    named = run("check", "-", "--stdin-filename", "plan.txt", "-q", input=GAP.encode())
    assert named.out.startswith("plan.txt:4:1: AP101")


def test_missing_file_is_reported_and_the_others_still_checked(tree):
    outcome = run("check", "nowhere.txt", "docs/garbled.md")
    assert outcome.code == 2
    assert outcome.err.splitlines() == ["actionplan-parse: error: nowhere.txt: no such file"]
    assert "docs/garbled.md:4:1: AP001" in outcome.out
    assert "1 file could not be read" in outcome.out.splitlines()[-1]


def test_binary_file_is_a_one_line_error(tree):
    Path("blob.txt").write_bytes(bytes(range(256)) * 64)
    outcome = run("check", "blob.txt", "docs/clean.txt")
    assert outcome.code == 2
    assert (
        outcome.err
        == "actionplan-parse: error: blob.txt: binary file (NUL bytes), not a text document\n"
    )
    assert outcome.out.splitlines()[-1] == (
        "No findings: 1 file checked; 1 file could not be read."
    )


def test_binary_on_stdin(tree):
    outcome = run("check", "-", input=b"\x00\x01\x02garbage")
    assert (outcome.code, outcome.err.count("\n")) == (2, 1)
    assert "<stdin>: binary file" in outcome.err


def test_utf16_with_bom_is_text_not_binary(tree):
    Path("u16.txt").write_bytes(GAP.encode("utf-16"))
    outcome = run("check", "u16.txt", "-q")
    assert outcome.out.startswith("u16.txt:4:1: AP101") and outcome.err == ""


def test_empty_file_has_no_finding(tree):
    Path("empty.txt").write_bytes(b"")
    outcome = run("check", "empty.txt")
    assert outcome.code == 0 and outcome.err == ""
    assert outcome.out == "All checks passed: 1 file checked, no findings.\n"


def test_directory_argument_with_nothing_to_check(tree):
    Path("void").mkdir()
    outcome = run("check", "void")
    assert outcome.code == 0 and "no files to check" in outcome.err


def test_unreadable_file(tree):
    if os.name != "posix" or os.geteuid() == 0:
        pytest.skip("needs a POSIX user without root's read-everything permission")
    locked = Path("locked.txt")
    locked.write_text(GAP, encoding="utf-8")
    locked.chmod(0)
    try:
        outcome = run("check", "locked.txt")
    finally:
        locked.chmod(0o644)
    assert outcome.code == 2 and outcome.err.startswith("actionplan-parse: error: locked.txt:")


def test_five_megabyte_file(tmp_path):
    plan = PLAN.read_bytes()
    big = tmp_path / "big.txt"
    big.write_bytes(plan * (5_000_000 // len(plan) + 1))
    assert big.stat().st_size >= 5_000_000
    outcome = run("check", str(big), "--format", "json")
    records = json.loads(outcome.out)
    assert outcome.code == 1
    assert sum(r["code"] == "AP001" for r in records) >= 2 * (5_000_000 // len(plan))


def test_no_traceback_for_a_directory_passed_as_config(tree):
    outcome = run("check", "docs", "--config", "docs")
    assert outcome.code == 2 and "Traceback" not in outcome.err + outcome.out


# --- flags ------------------------------------------------------------------------------


def test_fail_on_thresholds(tree):
    assert run("check", "docs/gap.txt").code == 0  # warning < error
    assert run("check", "docs/garbled.md").code == 1
    assert run("check", "docs/gap.txt", "--fail-on", "warning").code == 1
    assert run("check", "docs/mixed.txt", "--fail-on", "warning").code == 0
    assert run("check", "docs/mixed.txt", "--fail-on", "info").code == 1
    assert run("check", "docs/garbled.md", "--fail-on", "never").code == 0
    assert run("check", "docs/clean.txt", "--fail-on", "info").code == 0


def test_exit_zero(tree):
    outcome = run("check", "docs/garbled.md", "--exit-zero")
    assert outcome.code == 0 and "AP001" in outcome.out
    assert run("check", "missing.txt", "--exit-zero").code == 2  # read errors still count


def test_select_and_ignore(tree):
    assert codes(run("check", "docs", "-q", "--select", "AP001")) == ["AP001"]
    assert set(codes(run("check", "docs", "-q", "--select", "AP1"))) == {"AP101"}
    assert set(codes(run("check", "docs", "-q", "--ignore", "AP1,AP2"))) == {"AP001"}
    both = run("check", "docs", "-q", "--select", "numbering-gap", "--select", "AP201")
    assert set(codes(both)) == {"AP101", "AP201"}


def test_unknown_code_is_a_usage_error(tree):
    outcome = run("check", "docs", "--select", "AP999")
    assert outcome.code == 2
    assert outcome.err.startswith("actionplan-parse: error: unknown rule code in select: 'AP999'")


def test_bad_flag_value_is_a_usage_error(tree):
    assert run("check", "docs", "--fail-on", "sometimes").code == 2
    assert run("check", "docs", "--format", "xml").code == 2
    assert run("check").code == 2


def test_statistics(tree):
    outcome = run("check", "docs", "--statistics")
    lines = outcome.out.splitlines()
    assert lines[0].split() == ["2", "AP101", "numbering-gap", "[warning]"]
    assert sorted(line.split()[1] for line in lines[:-1]) == ["AP001", "AP101", "AP201"]
    assert lines[-1].startswith("Found 4 findings")
    as_json = json.loads(run("check", "docs", "--statistics", "--format", "json").out)
    assert as_json[0] == {
        "code": "AP101",
        "name": "numbering-gap",
        "severity": "warning",
        "count": 2,
    }
    github = run("check", "docs", "--statistics", "--format", "github")
    assert github.out.startswith("::") and "AP101  numbering-gap" in github.err


def test_quiet(tree):
    loud = run("check", "docs").out.splitlines()
    quiet = run("check", "docs", "--quiet").out.splitlines()
    assert quiet == loud[:-1] and loud[-1].startswith("Found")
    assert run("check", "docs/clean.txt", "-q").out == ""


def test_output_file(tree):
    outcome = run("check", "docs", "--format", "json", "-o", "report.json")
    assert outcome.out == "" and len(json.loads(Path("report.json").read_text())) == 4


def test_console_script_end_to_end(tree):
    """The installed entry point (not just the click object) keeps the exit-code contract."""
    script = Path(sys.executable).with_name("actionplan-parse")
    if not script.exists():
        pytest.skip("console script not installed next to the interpreter")
    done = subprocess.run(
        [str(script), "check", "docs/garbled.md", "missing.txt", "--format", "github"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stdout.startswith(
        "::error file=docs/garbled.md,line=4,endLine=5,col=1,title=AP001::"
    )
    assert done.stderr == "actionplan-parse: error: missing.txt: no such file\n"


def test_parser_bug_in_one_file_is_one_line_exit_3_and_others_checked(tree, monkeypatch):
    import actionplan_parse.lint.run as run_module

    real = run_module.parse_source

    def flaky(source, path=None, *rest):
        if path and path.endswith("gap.txt"):
            raise RuntimeError("boom")
        return real(source, path, *rest)

    monkeypatch.setattr(run_module, "parse_source", flaky)
    outcome = run("check", "docs/gap.txt", "docs/garbled.md")
    assert outcome.code == 3
    assert (
        outcome.err == "actionplan-parse: error: docs/gap.txt: internal error: RuntimeError: boom\n"
    )
    assert "docs/garbled.md:4:1: AP001" in outcome.out


@settings(max_examples=examples(40), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    data=st.one_of(
        st.binary(max_size=400),
        st.text(
            alphabet=st.sampled_from("(1)IVX.,\\{} \n\r\tFirstSecond,é€\ufffd\x00"), max_size=300
        ).map(lambda t: t.encode("utf-8", "surrogatepass")),
    ),
    fmt=st.sampled_from(["text", "json", "sarif", "github", "junit"]),
)
def test_any_input_gives_findings_or_one_line_error(data, fmt):
    outcome = run("check", "-", "--format", fmt, input=data)
    assert outcome.code in (0, 1, 2)
    assert "Traceback" not in outcome.err
    assert outcome.err.count("\n") <= 1
    if outcome.code == 2:  # binary, or in no detectable encoding
        assert outcome.err.startswith("actionplan-parse: error: <stdin>: ")


def test_include_glob_with_double_star_matches_at_any_depth(tree):
    outcome = run("check", "docs", "-q", "--include", "**/*.rst", "--include", "sub/*.txt")
    assert paths(outcome) == ["docs/notes.rst", "docs/sub/deep.txt"]


def test_dot_directory_paths_are_shown_without_dot_slash(tree, monkeypatch):
    monkeypatch.chdir(tree / "docs" / "sub")
    assert run("check", ".", "-q").out.startswith("deep.txt:4:1: AP101")


def test_permission_denied_is_a_one_line_error(tree, monkeypatch):
    """Simulated, so that it also runs as root (which can read anything)."""

    def guarded(path, *args, **kwargs):
        if Path(path).name == "gap.txt":
            raise PermissionError(13, "Permission denied")
        return open(path, *args, **kwargs)

    monkeypatch.setattr("actionplan_parse.read.open", guarded, raising=False)
    outcome = run("check", "docs/gap.txt", "docs/garbled.md")
    assert outcome.code == 2
    assert outcome.err == "actionplan-parse: error: docs/gap.txt: cannot read (Permission denied)\n"
    assert "docs/garbled.md:4:1: AP001" in outcome.out


def test_input_format_is_passed_to_the_parser(tree):
    Path("plan.md").write_text(
        "# Plan\n\n## First, Trade\n\n(1) Open **markets**.\n\n(3) Lower tariffs.\n",
        encoding="utf-8",
    )
    auto = run("check", "plan.md", "-q").out
    assert auto == run("check", "plan.md", "-q", "--input", "markdown").out
    assert auto.startswith("plan.md:7:1: AP101")  # line numbers are source lines
    as_text = run("check", "plan.md", "-q", "--input", "text").out
    assert as_text != auto  # the `##` heading is only a heading when read as Markdown
    assert run("check", "plan.md", "--input", "pdf").code == 2
