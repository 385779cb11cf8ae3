"""The corpus texts that have gold trees (``corpus/ANNOTATION.md`` format).

``training`` is ``corpus/*.gold.json``; ``devtest`` is ``corpus/devtest/*.gold.json``,
sealed: scripts may score it but never look inside (no texts or errors printed).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
PARTS = {"training": CORPUS, "devtest": CORPUS / "devtest"}
_NOT_TEXT = (".gold.json", ".expected.json", ".outline.jsonl")


@dataclass(frozen=True)
class GoldText:
    slug: str
    path: Path
    gold: dict[str, Any]


def golds(part: str) -> list[GoldText]:
    """Every text of one part with its gold tree, sorted by slug."""
    folder = PARTS[part]
    out = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        slug = gold_path.name[: -len(".gold.json")]
        out.append(GoldText(slug, _text_of(folder, slug, gold), gold))
    return out


def _text_of(folder: Path, slug: str, gold: dict[str, Any]) -> Path:
    if (folder / gold["doc"]).is_file():  # `doc` names the text file
        return folder / gold["doc"]
    candidates = [
        p
        for p in sorted(folder.glob(f"{slug}.*"))
        if p.name.count(".") == slug.count(".") + 1 and not p.name.endswith(_NOT_TEXT)
    ]
    if not candidates:
        raise FileNotFoundError(f"no text for gold {slug} in {folder}")
    return candidates[0]
