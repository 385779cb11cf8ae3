"""Text similarity of every old node against every new node (rapidfuzz, 0-100)."""

from __future__ import annotations

from rapidfuzz import fuzz, process, utils

__all__ = ["similarity_matrix"]


def similarity_matrix(old: list[str], new: list[str]) -> list[list[float]]:
    """``matrix[i][j]``: similarity of ``old[i]`` and ``new[j]``, case and punctuation folded."""
    if not old or not new:
        return [[0.0] * len(new) for _ in old]
    try:
        scores = process.cdist(old, new, scorer=fuzz.ratio, processor=utils.default_process)
    except ImportError:  # cdist needs numpy; rapidfuzz itself does not
        return [[_ratio(a, b) for b in new] for a in old]
    return [[float(value) for value in row] for row in scores.tolist()]


def _ratio(a: str, b: str) -> float:
    return float(fuzz.ratio(a, b, processor=utils.default_process))
