"""A maximum-weight one-to-one assignment between the rows and columns of a matrix.

Uses scipy's ``linear_sum_assignment`` when scipy is installed (the ``diff`` extra) and
otherwise the Hungarian algorithm below (O(n²m), plenty for documents of a few hundred
nodes; see docs/research.md for timings).
"""

from __future__ import annotations

__all__ = ["assign", "hungarian"]


def assign(weights: list[list[float]]) -> list[tuple[int, int]]:
    """Pairs (row, column) maximising the total weight; pairs of weight <= 0 are left out."""
    if not weights or not weights[0]:
        return []
    try:
        from scipy.optimize import linear_sum_assignment
    except ImportError:
        pairs = hungarian(weights)
    else:
        rows, columns = linear_sum_assignment(weights, maximize=True)
        pairs = list(zip(rows.tolist(), columns.tolist(), strict=True))
    return sorted((r, c) for r, c in pairs if weights[r][c] > 0)


def hungarian(weights: list[list[float]]) -> list[tuple[int, int]]:
    """Maximum-weight assignment of a rectangular matrix (every row or every column used)."""
    transposed = len(weights) > len(weights[0])
    matrix = [list(col) for col in zip(*weights, strict=True)] if transposed else weights
    pairs = _min_cost([[-w for w in row] for row in matrix])
    return [(c, r) for r, c in pairs] if transposed else pairs


def _min_cost(cost: list[list[float]]) -> list[tuple[int, int]]:
    """Shortest augmenting paths with potentials; needs rows <= columns."""
    n, m = len(cost), len(cost[0])
    inf = float("inf")
    u, v = [0.0] * (n + 1), [0.0] * (m + 1)
    owner = [0] * (m + 1)  # owner[j]: the row (1-based) holding column j; 0 = free
    for row in range(1, n + 1):
        owner[0] = row
        column = 0
        best = [inf] * (m + 1)
        previous = [0] * (m + 1)
        used = [False] * (m + 1)
        while owner[column]:
            used[column] = True
            current, delta, nxt = owner[column], inf, 0
            for j in range(1, m + 1):
                if used[j]:
                    continue
                reduced = cost[current - 1][j - 1] - u[current] - v[j]
                if reduced < best[j]:
                    best[j], previous[j] = reduced, column
                if best[j] < delta:
                    delta, nxt = best[j], j
            for j in range(m + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    best[j] -= delta
            column = nxt
        while column:
            owner[column] = owner[previous[column]]
            column = previous[column]
    return sorted((owner[j] - 1, j - 1) for j in range(1, m + 1) if owner[j])
