"""Baselines: accept today's findings, report only new ones.

A baseline is a JSON file listing findings by file, rule code and the text of
the finding's first line (stripped), so edits elsewhere in a file do not
invalidate it. Matching counts occurrences: two identical findings on the
same text need two entries. Paths are stored relative to the baseline file.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path

from .results import FileResult, Report

__all__ = ["BaselineError", "apply_baseline", "load_baseline", "write_baseline"]

FORMAT = "actionplan-parse/baseline"
VERSION = 1

Key = tuple[str, str, str]


class BaselineError(ValueError):
    """A baseline file that cannot be read or is not a baseline."""


def write_baseline(results: list[FileResult], path: Path) -> int:
    """Record every finding of ``results`` in ``path``; return how many."""
    base = path.resolve().parent
    entries = [
        {
            "path": _key_path(result.path, base),
            "code": diagnostic.code,
            "line_text": result.line_text(diagnostic),
            "line": diagnostic.span.start_line if diagnostic.span else None,
            "message": diagnostic.message,
        }
        for result in results
        for diagnostic in result.diagnostics
    ]
    document = {"format": FORMAT, "version": VERSION, "findings": entries}
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return len(entries)


def load_baseline(path: Path) -> list[dict]:
    """The entries of a baseline file; :class:`BaselineError` if it is not one."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise BaselineError(f"{path}: cannot read baseline ({exc.strerror or exc})") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BaselineError(f"{path}: not a baseline file: {exc}") from None
    except RecursionError:
        raise BaselineError(f"{path}: not a baseline file: nested too deeply") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BaselineError(f"{path}: not an actionplan-parse baseline file")
    entries = data.get("findings")
    if not isinstance(entries, list) or not all(_valid(e) for e in entries):
        raise BaselineError(f"{path}: malformed baseline entries")
    return entries


def apply_baseline(results: list[FileResult], entries: list[dict], path: Path) -> Report:
    """Drop findings the baseline records; list entries of checked files that no longer occur."""
    base = path.resolve().parent
    remaining = Counter(_entry_key(e) for e in entries)
    hidden = 0
    for result in results:
        kept = []
        for diagnostic in result.diagnostics:
            key = (_key_path(result.path, base), diagnostic.code, result.line_text(diagnostic))
            if remaining[key] > 0:
                remaining[key] -= 1
                hidden += 1
            else:
                kept.append(diagnostic)
        result.diagnostics = kept
    checked = {_key_path(r.path, base) for r in results if not r.error}
    stale = _stale(entries, remaining, checked)
    return Report(results, stale=stale, baselined=hidden)


def _stale(entries: list[dict], remaining: Counter, checked: set[str]) -> list[dict]:
    stale = []
    for entry in entries:
        key = _entry_key(entry)
        if key[0] in checked and remaining[key] > 0:
            remaining[key] -= 1
            stale.append(entry)
    return stale


def _valid(entry: object) -> bool:
    return isinstance(entry, dict) and all(
        isinstance(entry.get(k), str) for k in ("path", "code", "line_text")
    )


def _entry_key(entry: dict) -> Key:
    return (entry["path"], entry["code"], entry["line_text"])


def _key_path(path: str, base: Path) -> str:
    """The path relative to the baseline's directory, posix style (`-` stays `-`)."""
    if path == "-":
        return path
    try:
        return Path(os.path.relpath(Path(path).resolve(), base)).as_posix()
    except ValueError:  # another drive on Windows
        return Path(path).resolve().as_posix()
