"""Output formats of `check`: text, json, sarif (schema-valid), github, junit."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
from check_helpers import run
from conftest import PLAN

from actionplan_parse.lint.rules import RULES

SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"
PLAN_ARG = str(PLAN.relative_to(Path.cwd())) if PLAN.is_relative_to(Path.cwd()) else str(PLAN)


@pytest.fixture(scope="module")
def sarif_validator():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert schema["id"].endswith("sarif-schema-2.1.0.json")
    checker = jsonschema.Draft4Validator.FORMAT_CHECKER
    assert "uri" in checker.checkers  # rfc3987 installed: URIs are really checked
    return jsonschema.Draft4Validator(schema, format_checker=checker)


def test_text_lines_and_summary():
    outcome = run("check", PLAN_ARG, "--select", "AP001,AP104")
    lines = outcome.out.splitlines()
    assert lines == [
        f"{PLAN_ARG}:5:1: AP104 [warning] paragraph has no label: taken as 1.2 (missing-label)",
        f"{PLAN_ARG}:49:1: AP001 [error] garbled run of 6 line(s) (49-54): content was lost "
        "(garbled-fragment)",
        f"{PLAN_ARG}:101:1: AP001 [error] garbled run of 31 line(s) (101-131): content was lost "
        "(garbled-fragment)",
        f"{PLAN_ARG}:136:1: AP104 [warning] paragraph has no label: taken as 5.6 (missing-label)",
        "Found 4 findings (2 errors, 2 warnings) in 1 of 1 file checked.",
    ]
    assert outcome.code == 1


def test_text_column_points_at_the_quote():
    outcome = run("check", PLAN_ARG, "--select", "AP002", "-q")
    first = outcome.out.splitlines()[0]
    assert first.startswith(f"{PLAN_ARG}:2:276: AP002 [warning]")
    line2 = PLAN.read_text(encoding="utf-8").splitlines()[1]
    assert line2[275:].startswith("\\both parties\\")


def test_json_records():
    records = json.loads(run("check", PLAN_ARG, "--format", "json").out)
    keys = ["path", "line", "end_line", "column", "code", "name", "severity", "message", "node_id"]
    assert all(list(r) == keys for r in records)
    garbled = [r for r in records if r["code"] == "AP001"]
    assert [(r["line"], r["end_line"]) for r in garbled] == [(49, 54), (101, 131)]
    assert garbled[0]["node_id"] is None and garbled[0]["name"] == "garbled-fragment"
    gap = next(r for r in records if r["code"] == "AP101")
    assert gap["node_id"] == "2.5.6" and gap["severity"] == "warning"


def test_json_of_a_clean_file_is_an_empty_list(tmp_path):
    clean = tmp_path / "clean.txt"
    clean.write_text("Plan\nFirst, Trade\n(1) Open.\n(2) Close.\n", encoding="utf-8")
    outcome = run("check", str(clean), "--format", "json")
    assert (outcome.code, json.loads(outcome.out)) == (0, [])


def test_sarif_validates_against_the_2_1_0_schema(sarif_validator, tmp_path):
    log = json.loads(run("check", PLAN_ARG, "--format", "sarif").out)
    errors = sorted(sarif_validator.iter_errors(log), key=str)
    assert errors == []
    assert log["version"] == "2.1.0"


def test_sarif_with_read_errors_and_baseline_still_validates(sarif_validator, tmp_path):
    baseline = tmp_path / "baseline.json"
    run("check", PLAN_ARG, "--select", "AP001", "--write-baseline", str(baseline))
    outcome = run(
        "check", PLAN_ARG, str(tmp_path / "missing.txt"), "--format", "sarif",
        "--baseline", str(baseline),
    )  # fmt: skip
    log = json.loads(outcome.out)
    assert list(sarif_validator.iter_errors(log)) == []
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert "missing.txt" in invocation["toolExecutionNotifications"][0]["message"]["text"]
    assert {r["baselineState"] for r in log["runs"][0]["results"]} == {"new"}
    assert outcome.code == 2


def test_sarif_rules_and_results():
    run_ = json.loads(run("check", PLAN_ARG, "--format", "sarif").out)["runs"][0]
    rules = run_["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == list(RULES)
    for rule in rules:
        assert rule["help"]["text"] and rule["help"]["markdown"] and rule["name"]
    levels = {r["ruleId"]: r["level"] for r in run_["results"]}
    assert levels["AP001"] == "error" and levels["AP002"] == "warning" and levels["AP201"] == "note"
    first = run_["results"][0]
    assert rules[first["ruleIndex"]]["id"] == first["ruleId"]
    location = first["locations"][0]["physicalLocation"]
    assert location["region"] == {"startLine": 2, "endLine": 2, "startColumn": 276}
    assert not location["artifactLocation"]["uri"].startswith("/")


def test_github_annotations_line_by_line():
    outcome = run("check", PLAN_ARG, "--format", "github", "--select", "AP001,AP105,AP201")
    lines = outcome.out.splitlines()
    f = PLAN_ARG.replace(":", "%3A").replace(",", "%2C")
    assert lines[:2] == [
        f"::notice file={f},line=9,endLine=44,col=1,title=AP201::siblings under 2 mix label "
        "styles: ordinal-adverb/comma, roman-upper/period, cardinal-word/comma "
        "(mixed-numbering-style)",
        f"::notice file={f},line=11,endLine=16,col=1,title=AP201::siblings under 2.2 mix label "
        "styles: arabic/paren, roman-upper/paren (mixed-numbering-style)",
    ]
    errors = [line for line in lines if line.startswith("::error")]
    assert errors == [
        f"::error file={f},line=49,endLine=54,col=1,title=AP001::garbled run of 6 line(s) "
        "(49-54): content was lost (garbled-fragment)",
        f"::error file={f},line=55,endLine=55,col=1,title=AP105::heading of part 3 is missing: "
        "numbering restarts here (missing-heading)",
        f"::error file={f},line=55,endLine=55,col=1,title=AP105::heading of section 3.? is "
        "missing: numbering restarts here (missing-heading)",
        f"::error file={f},line=101,endLine=131,col=1,title=AP001::garbled run of 31 line(s) "
        "(101-131): content was lost (garbled-fragment)",
        f"::error file={f},line=132,endLine=132,col=1,title=AP105::heading of part 5 is "
        "missing: numbering restarts here (missing-heading)",
    ]
    assert len(lines) == 5 + 14  # and fourteen AP201 notices; no summary line


def test_github_escapes_properties_and_data(tmp_path):
    odd = tmp_path / "a,b:c%.txt"
    odd.write_text("Plan\nFirst, Trade\n(1) Open.\n(3) Close.\n", encoding="utf-8")
    line = run("check", str(odd), "--format", "github").out.splitlines()[0]
    assert "a%2Cb%3Ac%25.txt" in line
    assert line.startswith("::warning file=") and ",title=AP101::number skipped" in line


def test_junit_one_testcase_per_file_one_failure_per_finding(tmp_path):
    clean = tmp_path / "clean.txt"
    clean.write_text("Plan\nFirst, Trade\n(1) Open.\n(2) Close.\n", encoding="utf-8")
    outcome = run("check", PLAN_ARG, str(clean), str(tmp_path / "gone.txt"), "--format", "junit")
    root = ET.fromstring(outcome.out.encode("utf-8"))
    suite = root.find("testsuite")
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == [PLAN_ARG, str(clean), str(tmp_path / "gone.txt")]
    plan_findings = json.loads(run("check", PLAN_ARG, "--format", "json").out)
    failures = cases[0].findall("failure")
    assert len(failures) == len(plan_findings)
    assert failures[0].get("type") == "AP002"
    assert failures[0].text.startswith(f"{PLAN_ARG}:2:276: AP002")
    assert cases[1].findall("failure") == [] and cases[1].find("error") is None
    assert "no such file" in cases[2].find("error").get("message")
    assert suite.get("failures") == str(len(plan_findings)) and suite.get("errors") == "1"


def test_junit_survives_control_characters(tmp_path):
    path = tmp_path / "ctl.txt"
    path.write_bytes("Plan\nFirst, Trade\n(1) Open \\a\x01b\\ markets é.\n".encode())
    outcome = run("check", str(path), "--format", "junit")
    ET.fromstring(outcome.out.encode("utf-8"))  # well-formed XML
    assert "failure" in outcome.out
