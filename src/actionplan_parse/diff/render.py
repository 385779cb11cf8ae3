"""Write a list of changes as text, JSON or Markdown."""

from __future__ import annotations

import json

from .model import CHANGE_FIELDS, Change

__all__ = ["render_json", "render_markdown", "render_text"]

_SHORT = 70


def render_json(changes: list[Change]) -> str:
    """A JSON array of ``{change, old_id, new_id, similarity, old_text, new_text}``."""
    rows = [{name: change.as_dict()[name] for name in CHANGE_FIELDS} for change in changes]
    return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"


def render_text(changes: list[Change], all_rows: bool = False) -> str:
    """One line per change (`unchanged` ones only with ``all_rows``) and a summary line."""
    lines = []
    for change in changes:
        if change.change == "unchanged" and not all_rows:
            continue
        ids = f"{change.old_id or '-'} -> {change.new_id or '-'}"
        score = "" if change.similarity is None else f" ({change.similarity:g})"
        text = change.new_text if change.new_text is not None else change.old_text
        lines.append(f"{change.change:<10}  {ids:<16}{score}  {_short(text or '')}")
    lines.append(_summary(changes))
    return "\n".join(lines) + "\n"


def render_markdown(changes: list[Change], all_rows: bool = False) -> str:
    """A Markdown table of the changes and a summary line."""
    lines = [
        "| change | old | new | similarity | old text | new text |",
        "|---|---|---|---|---|---|",
    ]
    for change in changes:
        if change.change == "unchanged" and not all_rows:
            continue
        cells = [
            change.change,
            change.old_id or "",
            change.new_id or "",
            "" if change.similarity is None else f"{change.similarity:g}",
            _cell(change.old_text),
            _cell(change.new_text),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n\n" + _summary(changes) + "\n"


def _summary(changes: list[Change]) -> str:
    counts: dict[str, int] = {}
    for change in changes:
        counts[change.change] = counts.get(change.change, 0) + 1
    return ", ".join(f"{count} {kind}" for kind, count in sorted(counts.items())) or "no nodes"


def _short(text: str) -> str:
    return text if len(text) <= _SHORT else text[: _SHORT - 1] + "…"


def _cell(text: str | None) -> str:
    return _short(text or "").replace("|", "\\|")
