"""Plot commitments per modality per corpus text (docs/img/commitments_by_modality.png).

    PYTHONPATH=src python benchmarks/plot_commitments.py

Needs matplotlib (not a dependency of the package). Reads only the texts directly in corpus/.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from actionplan_parse import parse_file
from actionplan_parse.commitments import extract

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "img" / "commitments_by_modality.png"
MODALITIES = ("commit", "intend", "support", "explore")
COLOURS = ("#1b6ca8", "#f29e4c", "#3fa34d", "#9a6fb0")


def corpus_texts() -> list[Path]:
    paths = [p for ext in ("txt", "md", "html") for p in (ROOT / "corpus").glob(f"*.{ext}")]
    derived = (".normalized.", ".repaired.", "SOURCES")
    by_stem: dict[str, Path] = {}
    for path in sorted(paths, key=lambda p: (p.stem, p.suffix != ".txt")):
        if not any(mark in path.name for mark in derived):
            by_stem.setdefault(path.stem, path)  # one copy per text, the .txt first
    return sorted(by_stem.values())


def counts() -> list[tuple[str, Counter]]:
    return [(p.stem, Counter(c.modality for c in extract(parse_file(p)))) for p in corpus_texts()]


def main() -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = [(name, found) for name, found in counts() if sum(found.values())]
    rows.sort(key=lambda row: sum(row[1].values()))
    names = [name for name, _ in rows]
    figure, axes = plt.subplots(figsize=(9, 0.35 * len(rows) + 1.2))
    left = [0] * len(rows)
    for modality, colour in zip(MODALITIES, COLOURS, strict=True):
        values = [found[modality] for _, found in rows]
        axes.barh(names, values, left=left, color=colour, label=modality)
        left = [a + b for a, b in zip(left, values, strict=True)]
    axes.set_xlabel("commitments found by `actionplan-parse commitments`")
    axes.legend(loc="lower right")
    axes.tick_params(axis="y", labelsize=7)
    figure.tight_layout()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(OUT, dpi=110)
    for name, found in rows:
        print(f"{name:<55} " + " ".join(f"{m}={found[m]}" for m in MODALITIES))


if __name__ == "__main__":
    main()
