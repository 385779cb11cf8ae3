from __future__ import annotations

import json
from pathlib import Path

import profiles_hypothesis  # noqa: F401  (registers and loads the hypothesis profile)
import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
PLAN = CORPUS / "china_celac_2025_2027.txt"


@pytest.fixture(scope="session")
def plan_text() -> str:
    return PLAN.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def plan_expected() -> dict:
    return json.loads((CORPUS / "china_celac_2025_2027.expected.json").read_text(encoding="utf-8"))
