"""Which files to check: PATH arguments expanded, directories recursed with globs.

A directory walk stays inside the tree: a symbolic link that leads out of it is not
followed unless asked (``follow_links``), and links are never followed in a cycle.
What matches the globs but cannot be checked — a link out of the tree, a FIFO, a
device, a socket, a broken link, an unreadable directory — becomes a :class:`Target`
with a ``skip`` reason, reported as an unreadable input: never read, never silent.
"""

from __future__ import annotations

import fnmatch
import os
import stat
from collections.abc import Iterable, Iterator
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
    skip: str | None = None
    """Why a found entry is not read (``outside the tree``, ``a FIFO``...); None: read it."""


def expand(
    arguments: Iterable[str],
    include: Iterable[str] = DEFAULT_INCLUDE,
    exclude: Iterable[str] = (),
    follow_links: bool = False,
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
            walk = _Walk(argument, include, exclude, follow_links)
            found = list(walk.directory(argument, PurePath(".")))
        else:
            found = [Target(argument)]
        for target in found:
            if target.path not in seen:
                seen.add(target.path)
                targets.append(target)
    return targets


class _Walk:
    """One directory argument walked: globs relative to it, links kept inside it."""

    def __init__(
        self, root: str, include: tuple[str, ...], exclude: tuple[str, ...], follow: bool
    ) -> None:
        self.root = os.path.realpath(root)
        self.include, self.exclude, self.follow = include, exclude, follow
        self.visited = {self.root}

    def directory(self, path: str, relative: PurePath) -> Iterator[Target]:
        try:
            with os.scandir(path) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            yield Target(os.path.normpath(path), False, f"cannot read directory ({_why(exc)})")
            return
        for entry in entries:
            yield from self.entry(entry, relative / entry.name)

    def entry(self, entry: os.DirEntry[str], relative: PurePath) -> Iterator[Target]:
        shown, name = os.path.normpath(entry.path), relative.as_posix()
        if _matches(name, entry.name, self.exclude):
            return
        linked = entry.is_symlink()
        if entry.is_dir():
            real = os.path.realpath(entry.path)
            if linked and not self.follow:
                if not self._inside(real):
                    yield Target(shown, False, _OUTSIDE)
                return  # a link inside the tree: its files are found where they are
            if real not in self.visited:
                self.visited.add(real)
                yield from self.directory(entry.path, relative)
            return
        if not _matches(name, entry.name, self.include):
            return
        if linked and not self.follow and not self._inside(os.path.realpath(entry.path)):
            yield Target(shown, False, _OUTSIDE)
            return
        yield Target(shown, False, _not_a_file(entry))

    def _inside(self, real: str) -> bool:
        return real == self.root or real.startswith(self.root.rstrip(os.sep) + os.sep)


_OUTSIDE = "a symbolic link out of the directory tree, not followed (use --follow-links)"
_SPECIAL = (
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _not_a_file(entry: os.DirEntry[str]) -> str | None:
    """Why an entry that matches the globs is not a regular file to read (None: it is)."""
    try:
        mode = entry.stat().st_mode
    except OSError as exc:
        return f"cannot read ({_why(exc)})"
    for test, kind in _SPECIAL:
        if test(mode):
            return f"{kind}, not a regular file"
    return None


def _why(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


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
