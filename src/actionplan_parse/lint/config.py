"""Configuration: `[tool.actionplan-parse]` in pyproject.toml, or `.actionplan-parse.toml`.

The nearest directory (from the working directory upwards) holding either file
wins; in one directory `.actionplan-parse.toml` (keys at the top level) takes
precedence over `pyproject.toml`. Keys::

    select = ["AP1", "AP001"]          # codes, prefixes or names; default: all
    ignore = ["AP201"]
    fail-on = "warning"                # error | warning | info | never
    include = ["*.txt", "*.md"]        # file globs when recursing into directories
    exclude = ["drafts/*"]             # path globs skipped when recursing
    [per-file-ignores]                 # (in pyproject: [tool.actionplan-parse.per-file-ignores])
    "legacy/*.txt" = ["AP1"]

Unknown keys, wrong types and unknown codes raise :class:`ConfigError`.
"""

from __future__ import annotations

import fnmatch
import sys
from dataclasses import dataclass, field
from pathlib import Path, PurePath

from .select import SelectorError, normalise

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib
from .threshold import FAIL_ON

__all__ = ["CONFIG_NAME", "Config", "ConfigError", "find_config", "load_config"]

CONFIG_NAME = ".actionplan-parse.toml"
TABLE = "actionplan-parse"
KEYS = ("select", "ignore", "fail-on", "include", "exclude", "per-file-ignores")


class ConfigError(ValueError):
    """A configuration file that cannot be used; the message names the file."""


@dataclass(frozen=True)
class Config:
    """Settings from a file; ``None`` means "not set here"."""

    path: Path | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    fail_on: str | None = None
    include: tuple[str, ...] | None = None
    exclude: tuple[str, ...] | None = None
    per_file_ignores: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def root(self) -> Path:
        """The directory per-file-ignores globs are relative to."""
        return self.path.parent if self.path else Path.cwd()

    def ignored_for(self, path: str | None) -> tuple[str, ...]:
        """Codes ignored for ``path`` by `per-file-ignores`."""
        if not path or not self.per_file_ignores:
            return ()
        relative = _relative(Path(path), self.root)
        codes: list[str] = []
        for pattern, ignored in self.per_file_ignores.items():
            if _glob_match(relative, pattern):
                codes.extend(ignored)
        return tuple(codes)


def find_config(start: Path | None = None) -> Path | None:
    """The nearest `.actionplan-parse.toml` or pyproject.toml with our table, or None."""
    directory = (start or Path.cwd()).resolve()
    for candidate in (directory, *directory.parents):
        own = candidate / CONFIG_NAME
        if own.is_file():
            return own
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file() and _has_table(pyproject):
            return pyproject
    return None


def load_config(path: Path) -> Config:
    """Read and validate one configuration file."""
    table = _read_table(path)
    unknown = sorted(set(table) - set(KEYS))
    if unknown:
        raise ConfigError(
            f"{path}: unknown key(s) {', '.join(map(repr, unknown))}; known: {', '.join(KEYS)}"
        )
    try:
        return Config(
            path=path,
            select=_codes(table, "select", path),
            ignore=_codes(table, "ignore", path),
            fail_on=_fail_on(table, path),
            include=_strings(table, "include", path),
            exclude=_strings(table, "exclude", path),
            per_file_ignores=_per_file_ignores(table, path),
        )
    except SelectorError as exc:
        raise ConfigError(f"{path}: {exc}") from None


def _has_table(pyproject: Path) -> bool:
    try:
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError):
        return False
    return isinstance(data.get("tool"), dict) and TABLE in data["tool"]


def _read_table(path: Path) -> dict:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except RecursionError:
        raise ConfigError(f"{path}: invalid TOML: nested too deeply") from None
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        table = tool.get(TABLE, {}) if isinstance(tool, dict) else None
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: [tool.{TABLE}] must be a table")
        return table
    return data


def _strings(table: dict, key: str, path: Path) -> tuple[str, ...] | None:
    if key not in table:
        return None
    value = table[key]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{path}: {key!r} must be a list of strings")
    return tuple(value)


def _codes(table: dict, key: str, path: Path) -> tuple[str, ...] | None:
    values = _strings(table, key, path)
    return None if values is None else normalise(values, repr(key))


def _fail_on(table: dict, path: Path) -> str | None:
    value = table.get("fail-on")
    if value is not None and value not in FAIL_ON:
        raise ConfigError(f"{path}: 'fail-on' must be one of {', '.join(FAIL_ON)}, not {value!r}")
    return value


def _per_file_ignores(table: dict, path: Path) -> dict[str, tuple[str, ...]]:
    value = table.get("per-file-ignores", {})
    if not isinstance(value, dict):
        raise ConfigError(f"{path}: 'per-file-ignores' must be a table of glob = [codes]")
    result = {}
    for pattern, codes in value.items():
        if not isinstance(codes, list) or not all(isinstance(c, str) for c in codes):
            raise ConfigError(f"{path}: per-file-ignores {pattern!r} must be a list of codes")
        result[pattern] = normalise(codes, f"per-file-ignores {pattern!r}")
    return result


def _relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _glob_match(relative: str, pattern: str) -> bool:
    """Match a posix path against a glob; a pattern without `/` also matches the file name."""
    if fnmatch.fnmatch(relative, pattern):
        return True
    return "/" not in pattern and fnmatch.fnmatch(PurePath(relative).name, pattern)
