"""Configuration: pyproject.toml [tool.actionplan-parse] or .actionplan-parse.toml."""

from __future__ import annotations

import re
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
        ('[tool.actionplan-parse]\nselect = ["AP9"]\n', "unknown rule code in 'select': 'AP9'"),
        ('[tool.actionplan-parse]\nignore = "AP1"\n', "'ignore' must be a list of strings"),
        ('[tool.actionplan-parse]\nfail-on = "often"\n', "'fail-on' must be one of"),
        (
            '[tool.actionplan-parse.per-file-ignores]\n"*.txt" = ["AP777"]\n',
            "unknown rule code in per-file-ignores '*.txt'",
        ),
        ("[tool.actionplan-parse]\nselect = [\n", "pyproject.toml:2: invalid TOML"),
        ('[tool.actionplan-parse]\nselect = ["AP1"\nignore = []\n', "pyproject.toml:3:1: invalid"),
        ("[tool.actionplan-parse]\nselect = [1, 2]\n", "pyproject.toml:2: 'select' must be a list"),
        ("[tool]\nactionplan-parse = 3\n", "[tool.actionplan-parse] must be a table"),
        ('[tool.actionplan-parse]\nper-file-ignores = ["AP1"]\n', "'per-file-ignores' must be"),
        (
            '[tool.actionplan-parse.per-file-ignores]\n"*.txt" = "AP1"\n',
            "per-file-ignores '*.txt' must be a list of codes",
        ),
    ],
)
def test_bad_configuration_is_a_clear_usage_error(project, text, message):
    Path("pyproject.toml").write_text(text, encoding="utf-8")
    outcome = run("check", "plans")
    assert outcome.code == 2
    assert outcome.err.count("\n") == 1 and "pyproject.toml" in outcome.err
    assert message in outcome.err
    with pytest.raises(ConfigError):
        load_config(project / "pyproject.toml")


def test_missing_explicit_config(project):
    outcome = run("check", "plans", "--config", "nope.toml")
    assert outcome.code == 2 and "nope.toml" in outcome.err


def test_broken_pyproject_is_not_silently_ignored(project):
    """Broken TOML in a pyproject.toml naming us is an error found by the search, with the line."""
    Path("pyproject.toml").write_text(
        '[project]\nname = "x"\nversion = 1.0.0\n[tool.actionplan-parse]\nfail-on = "info"\n',
        encoding="utf-8",
    )
    outcome = run("check", "plans")
    assert outcome.code == 2 and outcome.out == ""
    assert outcome.err.count("\n") == 1
    assert outcome.err.startswith("actionplan-parse: error: ")
    assert "pyproject.toml:3:" in outcome.err and "invalid TOML" in outcome.err
    assert "Traceback" not in outcome.err


def test_broken_pyproject_of_another_tool_is_passed_over(project):
    """A broken pyproject.toml that never names us could not hold our table: the search goes on."""
    (project / "plans" / "pyproject.toml").write_text("[project\n", encoding="utf-8")
    Path(".actionplan-parse.toml").write_text('ignore = ["AP101"]\n', encoding="utf-8")
    outcome = run("check", "plans/gap.txt")
    assert outcome.code == 0 and outcome.err == ""


@pytest.mark.parametrize(
    ("name", "text", "place"),
    [
        ("pyproject.toml", '[tool.actionplan-parse]\nselct = ["AP1"]\n', "[tool.actionplan-parse]"),
        (".actionplan-parse.toml", 'selct = ["AP1"]\n', "the top-level table"),
    ],
)
def test_unknown_key_warns_and_the_run_goes_on(project, name, text, place):
    Path(name).write_text(text + 'ignore = ["AP101"]\n', encoding="utf-8")
    outcome = run("check", "plans/gap.txt")
    found = project.resolve() / name
    assert outcome.err == f"actionplan-parse: warning: {found}: unknown key 'selct' in {place}\n"
    assert outcome.code == 0 and codes(outcome) == []  # the known keys still apply
    assert load_config(found).warnings == (f"{found}: unknown key 'selct' in {place}",)


def test_config_is_a_pydantic_model_with_the_documented_keys(project):
    """Every key of the model is in the docs/check.md schema table, and only those."""
    from actionplan_parse.lint.config import KEYS, Config

    aliases = {f.alias or name for name, f in Config.model_fields.items() if not f.exclude}
    assert aliases == set(KEYS)
    docs = (Path(__file__).parents[1] / "docs" / "check.md").read_text(encoding="utf-8")
    table_keys = {m for m in re.findall(r"^\| `([a-z-]+)` \|", docs, flags=re.M) if m in KEYS}
    assert table_keys == set(KEYS)
