"""Configuration: pyproject.toml [tool.actionplan-parse] or .actionplan-parse.toml."""

from __future__ import annotations

from pathlib import Path

import pytest
from check_helpers import run

from actionplan_parse.lint.config import ConfigError, find_config, load_config

GAP = "Plan\nFirst, Trade\n(1) Open markets.\n(3) Lower tariffs.\n"
GARBLED = "Plan\nFirst, Trade\n(1) Open markets.\n{\\\n{\\\n(2) Lower tariffs.\n"
MIXED = "Plan\nFirst, Trade\n(1) Open markets.\n(II) Lower tariffs.\n"


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name, text in {"gap.txt": GAP, "garbled.txt": GARBLED, "mixed.txt": MIXED}.items():
        (tmp_path / "plans" / "legacy").mkdir(parents=True, exist_ok=True)
        (tmp_path / "plans" / name).write_text(text, encoding="utf-8")
        (tmp_path / "plans" / "legacy" / name).write_text(text, encoding="utf-8")
    return tmp_path


def codes(outcome) -> list[tuple[str, str]]:
    return sorted(
        (line.split(":")[0], line.split()[1])
        for line in outcome.out.splitlines()
        if line.count(":") >= 3
    )


def test_pyproject_table_select_ignore_fail_on(project):
    Path("pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.actionplan-parse]\nselect = ["AP1", "AP001"]\n'
        'ignore = ["AP001"]\nfail-on = "warning"\n',
        encoding="utf-8",
    )
    outcome = run("check", "plans/gap.txt", "plans/garbled.txt", "plans/mixed.txt")
    assert codes(outcome) == [("plans/gap.txt", "AP101")]
    assert outcome.code == 1  # fail-on warning from the file


def test_flags_override_the_file(project):
    Path("pyproject.toml").write_text(
        '[tool.actionplan-parse]\nignore = ["AP101"]\nfail-on = "info"\n', encoding="utf-8"
    )
    assert run("check", "plans/gap.txt").code == 0  # AP101 ignored by the file
    outcome = run("check", "plans/gap.txt", "--ignore", "AP2", "--fail-on", "error")
    assert codes(outcome) == [("plans/gap.txt", "AP101")] and outcome.code == 0


def test_dotfile_per_file_ignores_and_globs(project):
    Path(".actionplan-parse.toml").write_text(
        'exclude = ["legacy"]\n[per-file-ignores]\n"plans/gap.txt" = ["AP101"]\n'
        '"mixed.*" = ["mixed-numbering-style"]\n',
        encoding="utf-8",
    )
    outcome = run("check", "plans")
    assert codes(outcome) == [("plans/garbled.txt", "AP001")]
    # explicit files are still checked, with their per-file ignores
    assert codes(run("check", "plans/legacy/gap.txt")) == [("plans/legacy/gap.txt", "AP101")]


def test_dotfile_wins_over_pyproject_and_nearest_wins(project):
    Path("pyproject.toml").write_text('[tool.actionplan-parse]\nselect = ["AP001"]\n')
    Path(".actionplan-parse.toml").write_text('select = ["AP101"]\n')
    assert find_config(project) == project / ".actionplan-parse.toml"
    nested = project / "plans"
    (nested / "pyproject.toml").write_text('[tool.actionplan-parse]\nselect = ["AP201"]\n')
    assert find_config(nested / "legacy") == nested / "pyproject.toml"
    (nested / "legacy" / "pyproject.toml").write_text('[project]\nname = "no table"\n')
    assert find_config(nested / "legacy") == nested / "pyproject.toml"


def test_explicit_config_and_isolated(project):
    Path("pyproject.toml").write_text('[tool.actionplan-parse]\nselect = ["AP001"]\n')
    Path("other.toml").write_text('select = ["AP201"]\n')
    assert codes(run("check", "plans", "--exclude", "legacy")) == [("plans/garbled.txt", "AP001")]
    chosen = run("check", "plans", "--exclude", "legacy", "--config", "other.toml")
    assert codes(chosen) == [("plans/mixed.txt", "AP201")]
    everything = run("check", "plans", "--exclude", "legacy", "--isolated")
    assert len(codes(everything)) == 3


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[tool.actionplan-parse]\nselct = ["AP1"]\n', "unknown key(s) 'selct'"),
        ('[tool.actionplan-parse]\nselect = ["AP9"]\n', "unknown rule code in 'select': 'AP9'"),
        ('[tool.actionplan-parse]\nignore = "AP1"\n', "'ignore' must be a list of strings"),
        ('[tool.actionplan-parse]\nfail-on = "often"\n', "'fail-on' must be one of"),
        (
            '[tool.actionplan-parse.per-file-ignores]\n"*.txt" = ["AP777"]\n',
            "unknown rule code in per-file-ignores '*.txt'",
        ),
        ("[tool.actionplan-parse]\nselect = [\n", "invalid TOML"),
    ],
)
def test_bad_configuration_is_a_clear_usage_error(project, text, message):
    Path("pyproject.toml").write_text(text, encoding="utf-8")
    if "invalid TOML" in message:  # unparsable pyproject: name it explicitly
        outcome = run("check", "plans", "--config", "pyproject.toml")
    else:
        outcome = run("check", "plans")
    assert outcome.code == 2
    assert outcome.err.count("\n") == 1 and "pyproject.toml" in outcome.err
    assert message in outcome.err
    with pytest.raises(ConfigError):
        load_config(project / "pyproject.toml")


def test_missing_explicit_config(project):
    outcome = run("check", "plans", "--config", "nope.toml")
    assert outcome.code == 2 and "nope.toml" in outcome.err
