"""Every reviewed corpus text parses to its expected outline (corpus/*.expected.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from expected import id_matches, mismatches

from actionplan_parse import parse_file

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

CASES = [
    pytest.param("china_africa_changsha_declaration_2025_zh_en", id="changsha"),
    pytest.param("french_american_roadmap_2024_en", id="french-american"),
    pytest.param("g7_clean_energy_economy_action_plan_2023_en", id="g7-clean-energy"),
    pytest.param("un_awaza_political_declaration_2025_en", id="un-awaza"),
    pytest.param("los_angeles_declaration_deliverables_2022_es", id="los-angeles"),
]


def _load(name: str):
    expected = json.loads((CORPUS / f"{name}.expected.json").read_text(encoding="utf-8"))
    return parse_file(CORPUS / expected["document"]), expected


@pytest.mark.parametrize("name", CASES)
def test_every_structural_line_at_its_expected_id(name):
    document, expected = _load(name)
    assert mismatches(document, expected) == []


@pytest.mark.parametrize("name", CASES)
def test_inferred_exactly_where_expected(name):
    document, expected = _load(name)
    inferred = [n.id for n in document.walk() if n.inferred]
    patterns = expected.get("inferred_ids", [])
    assert len(inferred) == len(patterns), inferred
    for actual, pattern in zip(inferred, patterns, strict=True):
        assert id_matches(actual, pattern), (actual, pattern)


@pytest.mark.parametrize("name", CASES)
def test_title(name):
    document, expected = _load(name)
    if "title" not in expected:
        assert document.title is None
    else:
        assert document.title in expected["title"].split("|")


@pytest.mark.parametrize("name", CASES)
def test_preamble(name):
    document, expected = _load(name)
    if "preamble_lines" not in expected:
        pytest.skip("no reviewed preamble for this text")
    assert len(document.preamble) == len(expected["preamble_lines"])


def test_changsha_translation_ids():
    document, expected = _load("china_africa_changsha_declaration_2025_zh_en")
    assert len(document.translations) == 1
    translated = document.translations[0]
    assert mismatches(translated, {"ids": expected["translation_ids"]}) == []
    assert not [n.id for n in translated.walk() if n.inferred]
    assert len(translated.preamble) == len(expected["translation_preamble_lines"])
