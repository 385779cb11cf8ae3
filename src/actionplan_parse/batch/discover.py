"""Which files a batch reads: files, directories, globs and URLs, minus `.gitignore`-style excludes.

Directories are walked by :func:`actionplan_parse.lint.discover.expand`, the walk
`check` uses (``*.txt`` and ``*.md`` by default; hidden directories skipped). Each
``--exclude`` pattern is a `.gitignore` line (``drafts/``, ``*.bak``, ``!keep.md``),
matched against the path relative to the directory argument, or against the path as
given for files and glob matches. Paths with a scheme (``s3://``, ``memory://``) are
listed through fsspec.
"""

from __future__ import annotations

import fnmatch
import glob
import os
from collections.abc import Iterable
from pathlib import PurePosixPath

from ..lint.discover import DEFAULT_INCLUDE, STDIN, expand

__all__ = ["DEFAULT_INCLUDE", "DiscoverError", "discover", "is_url"]


class DiscoverError(ValueError):
    """An argument that cannot be expanded (stdin, fsspec missing for a URL)."""


def discover(
    arguments: Iterable[str],
    exclude: Iterable[str] = (),
    include: Iterable[str] = DEFAULT_INCLUDE,
) -> list[str]:
    """The files to read, in argument order, each once; missing paths are kept (they are
    reported as diagnostics when read)."""
    import pathspec

    spec = pathspec.GitIgnoreSpec.from_lines(list(exclude))
    include = tuple(include)
    files: list[str] = []
    seen: set[str] = set()
    for argument in arguments:
        for path, relative in _expand(argument, include):
            if path not in seen and not spec.match_file(relative):
                seen.add(path)
                files.append(path)
    return files


def is_url(path: str) -> bool:
    """A path with a scheme, read through fsspec (``s3://bucket/x.txt``)."""
    return "://" in path


def _expand(argument: str, include: tuple[str, ...]) -> list[tuple[str, str]]:
    """(path, path relative to the argument's root) for each file the argument names."""
    if argument == STDIN:
        raise DiscoverError("batch reads files, not stdin (`-`)")
    if is_url(argument):
        return _expand_url(argument, include)
    if glob.has_magic(argument):
        matches = sorted(glob.glob(argument, recursive=True))
        return [found for match in matches for found in _expand_local(match, include)]
    return _expand_local(argument, include)


def _expand_local(argument: str, include: tuple[str, ...]) -> list[tuple[str, str]]:
    if not os.path.isdir(argument):
        return [(argument, _posix(argument))]
    return [
        (target.path, _posix(os.path.relpath(target.path, argument)))
        for target in expand([argument], include)
    ]


def _expand_url(url: str, include: tuple[str, ...]) -> list[tuple[str, str]]:
    try:
        import fsspec
    except ImportError:
        raise DiscoverError(f"{url}: reading URLs needs fsspec (pip install fsspec)") from None
    fs, root = fsspec.core.url_to_fs(url)
    if glob.has_magic(root):
        return [(fs.unstrip_protocol(p), p) for p in sorted(fs.glob(root))]
    if not fs.isdir(root):
        return [(url, root)]
    found = []
    for path in sorted(fs.find(root)):
        relative = PurePosixPath(path).relative_to(PurePosixPath(root.rstrip("/"))).as_posix()
        name = PurePosixPath(path).name
        if any(fnmatch.fnmatch(name, pattern) for pattern in include):
            found.append((fs.unstrip_protocol(path), relative))
    return found


def _posix(path: str) -> str:
    return PurePosixPath(*path.split(os.sep)).as_posix().removeprefix("./")
