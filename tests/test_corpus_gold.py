"""Every gold tree in the corpus is well formed, names a real text and is listed in SOURCES.md."""

from __future__ import annotations

import json
import re

import pytest
from conftest import CORPUS

GOLDS = sorted([*CORPUS.glob("*.gold.json"), *(CORPUS / "devtest").glob("*.gold.json")])
SOURCES = (CORPUS / "SOURCES.md").read_text(encoding="utf-8")


def test_the_corpus_is_large_and_split():
    texts = {g.parent.name for g in GOLDS}
    assert len(GOLDS) >= 30
    assert sum(g.parent.name == "devtest" for g in GOLDS) >= 10
    assert texts == {"corpus", "devtest"}


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_gold_tree_is_well_formed(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text_path = gold_path.parent / gold["doc"]
    assert text_path.is_file()
    assert f"`{gold['doc']}`" in SOURCES
    lines = text_path.read_bytes().decode("utf-8-sig", "replace").split("\n")
    nodes = gold["nodes"]
    by_line = {node["line"]: node for node in nodes}
    assert [n["line"] for n in nodes] == sorted(by_line), "lines strictly increasing"
    for node in nodes:
        assert 1 <= node["line"] <= len(lines)
        parent = node["parent"]
        if parent is None:
            assert node["level"] == 1
        else:
            assert parent < node["line"]
            assert by_line[parent]["level"] == node["level"] - 1
        for alternative in node.get("parent_alt", []):
            assert alternative is None or alternative < node["line"]
        assert node["number"] is None or isinstance(node["number"], int)
        shown = re.sub(r"\s+", "", node["label"])[:8]
        assert shown[:4] in re.sub(r"\s+", "", lines[node["line"] - 1]), node
    assert set(gold.get("optional_lines", [])).isdisjoint(by_line)
