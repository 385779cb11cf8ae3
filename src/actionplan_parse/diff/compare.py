"""Align the nodes of two documents and classify each pair.

Alignment is one global assignment (see :mod:`.assign`) that maximises the summed
weight of the pairs. A pair's weight is the texts' similarity (0-100), plus
``SAME_ID_BONUS`` when the ids agree (numbering stable: ties and near-ties go to the
node at the same place), plus a tie-break under 1 for nodes at the same relative
position. Pairs whose similarity is below the threshold are not aligned: the old node
is `dropped` and the new one `added`.

A pair is then, in this order of precedence:

* `moved` — the old node's parent is not aligned with the new node's parent;
* `reworded` — same parent, the texts differ (similarity below 100);
* `renumbered` — same parent, same text, a different own number (last id segment);
* `unchanged` — otherwise (the id may still differ when an ancestor was renumbered:
  that change is reported once, on the ancestor).
"""

from __future__ import annotations

from ..models import Document
from .assign import assign
from .entries import entries
from .model import Change, ChangeKind, Entry
from .similarity import similarity_matrix

__all__ = ["DEFAULT_THRESHOLD", "SAME_ID_BONUS", "compare", "has_changes"]

DEFAULT_THRESHOLD = 60.0
"""Minimum similarity (0-100) for two nodes to be the same node, reworded."""
SAME_ID_BONUS = 2.0
"""Enough to break near-ties in favour of the node at the same place (stable numbering), too
little to outweigh a clearly better text match (a renumbered copy)."""


def compare(old: Document, new: Document, threshold: float = DEFAULT_THRESHOLD) -> list[Change]:
    """Every node of both documents once: aligned pairs, `added` and `dropped` nodes."""
    before, after = entries(old), entries(new)
    similarity = similarity_matrix([e.text for e in before], [e.text for e in after])
    weights = _weights(before, after, similarity, threshold)
    pairs = assign(weights)
    matched = {before[i].id: after[j].id for i, j in pairs}
    changes: list[tuple[tuple[int, int, int], Change]] = []
    for i, j in pairs:
        kind = _classify(before[i], after[j], similarity[i][j], matched)
        changes.append(((j, 0, 0), _change(kind, before[i], after[j], similarity[i][j])))
    paired_old, paired_new = {i for i, _ in pairs}, {j for _, j in pairs}
    new_of_old = dict(pairs)
    for entry in after:
        if entry.index not in paired_new:
            changes.append(((entry.index, 0, 0), _change("added", None, entry, None)))
    for entry in before:
        if entry.index not in paired_old:
            anchor = max((new_of_old[i] for i in new_of_old if i < entry.index), default=-1)
            changes.append(((anchor, 1, entry.index), _change("dropped", entry, None, None)))
    return [change for _, change in sorted(changes, key=lambda item: item[0])]


def has_changes(changes: list[Change]) -> bool:
    """True when anything is not `unchanged`."""
    return any(change.change != "unchanged" for change in changes)


def _weights(
    before: list[Entry], after: list[Entry], similarity: list[list[float]], threshold: float
) -> list[list[float]]:
    rows: list[list[float]] = []
    for old in before:
        row = []
        for new in after:
            score = similarity[old.index][new.index]
            if score < threshold:
                row.append(0.0)
                continue
            place = abs(old.index / len(before) - new.index / len(after))
            row.append(score + (SAME_ID_BONUS if old.id == new.id else 0.0) + 0.5 * (1 - place))
        rows.append(row)
    return rows


def _classify(old: Entry, new: Entry, similarity: float, matched: dict[str, str]) -> ChangeKind:
    same_parent = (
        new.parent is None if old.parent is None else matched.get(old.parent) == new.parent
    )
    if not same_parent:
        return "moved"
    if similarity < 100 or old.text != new.text:
        return "reworded"
    if old.own != new.own:
        return "renumbered"
    return "unchanged"


def _change(
    kind: ChangeKind, old: Entry | None, new: Entry | None, similarity: float | None
) -> Change:
    return Change(
        change=kind,
        old_id=old.id if old else None,
        new_id=new.id if new else None,
        similarity=round(similarity, 1) if similarity is not None else None,
        old_text=old.text if old else None,
        new_text=new.text if new else None,
    )
