"""The `diff` view of `report OLD NEW`: one table row per :class:`Change` of `compare`.

Each row is a `<tr class="change" data-change="<class>" data-old-id="..." data-new-id="...">`
(an id is empty when the node has no counterpart). Its button selects the node in both
outlines; the filter above the table shows or hides each class (`unchanged` hidden at first).
"""

from __future__ import annotations

from collections import Counter
from html import escape

from ...diff import Change, ChangeKind
from .palette import CHANGE_CLASSES
from .words import mark_words

__all__ = ["diff_view"]

_HIDDEN_AT_FIRST = frozenset({"unchanged"})
_NONE = "\u2014"
_COLUMNS = ("change", "old \u2192 new", "similarity", "old text", "new text")


def diff_view(changes: list[Change], old_name: str, new_name: str) -> str:
    """The `<section class="view" data-view="diff">` listing every change."""
    counts = Counter(change.change for change in changes)
    head = "".join(f'<th scope="col">{escape(name)}</th>' for name in _COLUMNS)
    rows = "".join(_row(number, change) for number, change in enumerate(changes)) or (
        f'<tr><td colspan="{len(_COLUMNS)}">Neither version has a node.</td></tr>'
    )
    return (
        '<section class="view" data-view="diff" aria-labelledby="diff-h">'
        f'<h2 id="diff-h">Changes from {escape(old_name)} to {escape(new_name)}</h2>'
        f"{_filter(counts)}"
        '<p class="hint">Select a change (click its row, or Enter on its button; \u2191 and '
        "\u2193 move between rows) to show its node in both outlines below.</p>"
        '<div class="changes-wrap" id="changes">'
        f'<table class="changes"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'
        "</div></section>"
    )


def _filter(counts: Counter[ChangeKind]) -> str:
    boxes = "".join(
        f'<label class="show-class"><input type="checkbox" data-show="{kind}"'
        f"{'' if kind in _HIDDEN_AT_FIRST else ' checked'}>"
        f'<span class="badge change-{kind}">{kind}</span>'
        f'<span class="n" data-count="{kind}">{counts[kind]}</span></label>'
        for kind in CHANGE_CLASSES
    )
    return f'<fieldset class="change-filter"><legend>Show</legend>{boxes}</fieldset>'


def _row(number: int, change: Change) -> str:
    old_id, new_id = change.old_id or "", change.new_id or ""
    hidden = " hidden" if change.change in _HIDDEN_AT_FIRST else ""
    ids = f"{old_id or _NONE} \u2192 {new_id or _NONE}"
    label = f"{change.change} {ids}: show in both outlines"
    similarity = _NONE if change.similarity is None else f"{change.similarity:g}"
    old_text, new_text = _texts(change)
    return (
        f'<tr class="change" id="change-{number}" data-change="{change.change}"'
        f' data-old-id="{escape(old_id)}" data-new-id="{escape(new_id)}"{hidden}>'
        f'<td data-label="change"><span class="badge change-{change.change}">'
        f"{change.change}</span></td>"
        f'<td data-label="old \u2192 new"><button type="button" class="pick"'
        f' aria-label="{escape(label)}">{escape(ids)}</button></td>'
        f'<td class="n" data-label="similarity">{similarity}</td>'
        f'<td class="old-text" data-label="old text">{old_text}</td>'
        f'<td class="new-text" data-label="new text">{new_text}</td></tr>'
    )


def _texts(change: Change) -> tuple[str, str]:
    """Both texts as HTML, the differing words marked when both exist and differ."""
    old, new = change.old_text, change.new_text
    if old is not None and new is not None and old != new:
        return mark_words(old, new)
    return escape(old or ""), escape(new or "")
