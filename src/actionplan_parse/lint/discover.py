"""Which files to check: PATH arguments expanded, directories recursed with globs."""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePath

__all__ = ["DEFAULT_EXCLUDE", "DEFAULT_INCLUDE", "STDIN", "Target", "expand"]

STDIN = "-"
DEFAULT_INCLUDE = ("*.txt", "*.md")
DEFAULT_EXCLUDE = (".*", "node_modules", "__pycache__", "*.egg-info")
"""Skipped when recursing (hidden directories such as `.git`, `.venv`, and build residue)."""


@dataclass(frozen=True)
class Target:
    """One thing to check: a file path, or stdin (``path == "-"``)."""

    path: str
    """As the user will see it: the argument, or argument/relative for found files."""
    explicit: bool = True
    """Named on the command line (checked whatever its extension)."""


def expand(
    arguments: Iterable[str],
    include: Iterable[str] = DEFAULT_INCLUDE,
    exclude: Iterable[str] = (),
) -> list[Target]:
    """Files named, plus matching files under directories named, in a stable order.

    Missing paths are kept as targets: reading them reports the error, so that
    the other files are still checked.
    """
    include, exclude = tuple(include), DEFAULT_EXCLUDE + tuple(exclude)
    targets: list[Target] = []
    seen: set[str] = set()
    for argument in arguments:
        if argument != STDIN and Path(argument).is_dir():
            found = [Target(p, explicit=False) for p in _walk(argument, include, exclude)]
        else:
            found = [Target(argument)]
        for target in found:
            if target.path not in seen:
                seen.add(target.path)
                targets.append(target)
    return targets


def _walk(root: str, include: tuple[str, ...], exclude: tuple[str, ...]) -> list[str]:
    found = []
    for directory, dirnames, filenames in os.walk(root):
        relative_dir = PurePath(os.path.relpath(directory, root))
        dirnames[:] = sorted(
            d for d in dirnames if not _matches((relative_dir / d).as_posix(), d, exclude)
        )
        for name in sorted(filenames):
            relative = (relative_dir / name).as_posix().removeprefix("./")
            if _matches(relative, name, include) and not _matches(relative, name, exclude):
                found.append(os.path.normpath(os.path.join(directory, name)))
    return found


def _matches(relative: str, name: str, patterns: tuple[str, ...]) -> bool:
    """A glob matches the path relative to the walked root, or (without `/`) the name.

    `*` also matches `/`, and a leading `**/` may match nothing (`**/*.txt` matches
    `a.txt` as well as `sub/a.txt`).
    """
    relative = relative.removeprefix("./")
    for pattern in patterns:
        bare = pattern.removeprefix("**/")
        if fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(relative, bare):
            return True
        if "/" not in bare and fnmatch.fnmatch(name, bare):
            return True
    return False
