"""Every rule fires on its fixture and stays silent on the repaired one (tests/data/rules)."""

from __future__ import annotations

from pathlib import Path

import pytest

from actionplan_parse import check, parse
from actionplan_parse.rules import RULES

RULE_DATA = Path(__file__).parent / "data" / "rules"

# code -> the (line, message fragment) findings its bad fixture must give
EXPECTED = {
    "AP001": [(5, "garbled run of 3 line(s) (5-7)")],
    "AP002": [(3, "\\Panda Bond\\"), (4, "\\Global Alliance against Hunger and Poverty\\")],
    "AP003": [(3, "mojibake"), (4, "U+FFFD")],
    "AP004": [
        (4, "job number or barcode '25-16680 (E)' (line 4)"),
        (5, "'*2516680*'"),
        (9, "running header or footer 'A/RES/80/3' repeated 3 times (lines 9, 16, 21)"),
        (11, "'25-16680' (lines 11, 18, 23)"),
        (12, "page number(s) left in the text (lines 12, 19, 24)"),
    ],
    "AP005": [
        (3, "line endings are mixed: this line ends differently from line 1 (LF/CR after CRLF)")
    ],
    "AP007": [
        (1, "front matter kept out of the tree: 3 line(s) in 1 run(s) (lines 1-3)"),
        (7, "separator rule kept out of the tree: 2 line(s) in 2 run(s) (lines 7, 10)"),
        (8, "footnote block kept out of the tree: 1 line(s) in 1 run(s) (line 8)"),
    ],
    "AP101": [(7, "missing 1.5"), (9, "list starts at 2 under 2: missing 2.1")],
    "AP102": [(4, "number 2 used twice")],
    "AP103": [(5, "number 3 after 4")],
    "AP104": [(4, "taken as 1.2")],
    "AP105": [(6, "heading of section 2 is missing")],
    "AP106": [(3, "3 items under 1 are all labelled '1.'")],
    "AP107": [(3, "runner-up reading: continue at level 1 as letter-lower/paren number 6")],
    "AP201": [(3, "arabic/paren, roman-upper/paren")],
}


def fixture(code: str, kind: str) -> bytes:
    return (RULE_DATA / f"{code}.{kind}.txt").read_bytes()


def test_every_rule_has_fixtures_and_expectations():
    assert sorted(EXPECTED) == sorted(RULES)
    for code in RULES:
        assert (RULE_DATA / f"{code}.bad.txt").is_file(), code
        assert (RULE_DATA / f"{code}.good.txt").is_file(), code


@pytest.mark.parametrize("code", sorted(EXPECTED))
def test_bad_fixture_triggers_the_rule(code):
    found = [(d.span.start_line, d.message) for d in check(fixture(code, "bad"), select=[code])]
    assert len(found) == len(EXPECTED[code]), found
    for (line, message), (want_line, fragment) in zip(found, EXPECTED[code], strict=True):
        assert line == want_line and fragment in message, (line, message)


@pytest.mark.parametrize("code", sorted(EXPECTED))
def test_good_fixture_gives_no_finding_at_all(code):
    assert parse(fixture(code, "good")).diagnostics == []


@pytest.mark.parametrize("code", sorted(EXPECTED))
def test_findings_carry_the_rule_identity(code):
    rule = RULES[code]
    for diagnostic in check(fixture(code, "bad"), select=[code]):
        assert (diagnostic.code, diagnostic.name, diagnostic.severity) == (
            rule.code,
            rule.name,
            rule.severity,
        )


def test_clean_consistently_numbered_document_has_no_finding():
    document = parse((RULE_DATA / "clean.txt").read_bytes())
    assert len(list(document.walk())) > 15  # it really is a numbered tree
    assert document.diagnostics == []


def test_contract_codes_and_names_are_stable():
    contract = {
        "AP001": ("garbled-fragment", "error"),
        "AP002": ("escaped-quote", "warning"),
        "AP003": ("encoding-artifact", "warning"),
        "AP007": ("removed-text", "info"),
        "AP101": ("numbering-gap", "warning"),
        "AP102": ("numbering-duplicate", "warning"),
        "AP103": ("numbering-order", "warning"),
        "AP104": ("missing-label", "warning"),
        "AP105": ("missing-heading", "error"),
        "AP106": ("uninformative-numbering", "warning"),
        "AP201": ("mixed-numbering-style", "info"),
    }
    for code, (name, severity) in contract.items():
        assert (RULES[code].name, RULES[code].severity) == (name, severity)


def test_escaped_quote_ignores_escape_sequences_and_markdown_escapes():
    text = (
        "Plan\nFirst, Migration\n"
        "(1) La Declaraci\\xF3n sobre Migraci\\xF3n de Los \\[a\\] EE.\\_\\_UU.\n"
    )
    assert check(text, select=["AP002"]) == []
    assert len(check(text + "(2) A \\quoted name\\ here.\n", select=["AP002"])) == 1


def test_page_furniture_leaves_numbers_in_sentences_alone():
    text = (
        "Plan\n1. Meet on 2/5 of the days.\n2. Review in 2025.\n3. Report in 2025.\n"
        "4. Act in 2025.\n2025\n2025\n"
    )
    findings = check(text, select=["AP004"])
    assert [(d.span.start_line, d.message) for d in findings] == []  # `2025` twice: not furniture
    assert len(check(text + "2025\n", select=["AP004"])) == 1  # three times: a running footer


def test_encoding_artifact_reports_a_detected_encoding():
    findings = check(
        "Plan\nFirst, Trade\n(1) Caf\xe9 markets.\n".encode("cp1252"), select=["AP003"]
    )
    assert [d.message for d in findings][:1] == [
        "not UTF-8: decoded as cp1252 (detected, confidence 1.00); check the characters or name "
        "it with --encoding"
    ]
