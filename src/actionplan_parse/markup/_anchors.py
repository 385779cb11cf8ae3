"""Where each character of extracted text was in the source: offset tables ("anchors").

An anchor list ``[(k, s), ...]`` (``k`` increasing) says that character ``k`` of a text came
from source offset ``s``, and each following character from the next source offset, up to
the next anchor. Text copied from the source needs one anchor; every character reference
(``&amp;``, ``&#8217;``) starts a new one, and so does the text after it. Lists stay short:
an anchor is only added where the source is not contiguous.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from html import unescape
from operator import itemgetter

__all__ = [
    "Anchors",
    "align",
    "escaped_lt",
    "merge",
    "offset_at",
    "shift",
    "slice_anchors",
    "unescape_offsets",
]

Anchors = list[tuple[int, int]]

_REF = re.compile(r"&(?:#[xX][0-9a-fA-F]+;?|#[0-9]+;?|[A-Za-z][A-Za-z0-9]*;?)")


def align(data: str, source: str, start: int) -> Anchors:
    """Anchors of ``data``, the decoded form of the source text that starts at ``start``.

    One forward walk: plain stretches are compared to the source as they are, a character
    reference is decoded and its characters mapped to its ``&``. Linear in ``len(data)``.
    """
    if source.startswith(data, start):
        return [(0, start)]
    anchors: Anchors = []
    k, pos, n = 0, start, len(data)
    while k < n:
        amp = source.find("&", pos, pos + (n - k) + 1)
        plain = (amp if amp >= 0 else pos + (n - k)) - pos
        same = _common(data, k, source, pos, plain)
        if same:
            anchors.append((k, pos))
            k, pos = k + same, pos + same
            if same < plain:  # the source differs from the text: map the rest in place
                anchors.append((k, pos))
                break
            continue
        ref = _REF.match(source, pos) if source.startswith("&", pos) else None
        decoded = unescape(ref.group()) if ref else ""
        if ref and decoded and data.startswith(decoded, k):
            anchors.append((k, pos))
            k, pos = k + len(decoded), ref.end()
        elif data[k] == source[pos : pos + 1]:  # a bare `&`
            anchors.append((k, pos))
            k, pos = k + 1, pos + 1
        else:
            anchors.append((k, pos))
            break
    return merge(anchors)


def _common(data: str, k: int, source: str, pos: int, limit: int) -> int:
    """How many characters from ``data[k]`` and ``source[pos]`` agree, at most ``limit``."""
    if data.startswith(source[pos : pos + limit], k):
        return min(limit, len(data) - k)
    size = 0
    while size < limit and k + size < len(data) and data[k + size] == source[pos + size]:
        size += 1
    return size


def merge(anchors: Anchors) -> Anchors:
    """Drop anchors the one before already predicts."""
    out: Anchors = []
    for k, s in anchors:
        if out and s - out[-1][1] == k - out[-1][0]:
            continue
        out.append((k, s))
    return out


def offset_at(anchors: Anchors, k: int) -> int:
    """Source offset of character ``k``; -1 when there are no anchors."""
    if not anchors:
        return -1
    i = bisect_right(anchors, k, key=itemgetter(0)) - 1
    if i < 0:
        return anchors[0][1]
    return anchors[i][1] + k - anchors[i][0]


def slice_anchors(anchors: Anchors, start: int, end: int) -> Anchors:
    """Anchors of characters ``start``..``end`` of the text, renumbered from 0."""
    if not anchors:
        return []
    out: Anchors = [(0, offset_at(anchors, start))]
    first = bisect_right(anchors, start, key=itemgetter(0))
    last = bisect_left(anchors, end, key=itemgetter(0))
    out += [(k - start, s) for k, s in anchors[first:last]]
    return out


def shift(anchors: Anchors, by: int) -> Anchors:
    """Anchors of the same text placed ``by`` characters further on."""
    return [(k + by, s) for k, s in anchors]


def escaped_lt(original: str, escaped: str) -> list[int]:
    """Offsets in ``escaped`` of the ``&lt;`` that stand for a ``<`` of ``original``
    (``escaped`` is ``original`` with some ``<`` written ``&lt;``, as ``_defuse`` does)."""
    inserted: list[int] = []
    delta = 0
    position = original.find("<")
    while position >= 0:
        if escaped.startswith("&lt;", position + delta):
            inserted.append(position + delta)
            delta += 3
        position = original.find("<", position + 1)
    return inserted


def unescape_offsets(rows: list[Anchors | None], inserted: list[int]) -> list[Anchors | None]:
    """Anchors into the escaped text (:func:`escaped_lt`) made anchors into the original."""
    if not inserted:
        return rows

    def back(offset: int) -> int:
        i = bisect_right(inserted, offset) - 1
        if i < 0:
            return offset
        if offset < inserted[i] + 4:  # inside `&lt;`: its `<`
            return inserted[i] - 3 * i
        return offset - 3 * (i + 1)

    return [None if row is None else merge([(k, back(s)) for k, s in row]) for row in rows]
