"""Configuration: `[tool.actionplan-parse]` in pyproject.toml, or `.actionplan-parse.toml`.

The nearest directory (from the working directory upwards) holding either file
wins; in one directory `.actionplan-parse.toml` (keys at the top level) takes
precedence over `pyproject.toml`. The keys and their types are :class:`Config`'s
fields (documented in docs/check.md). Broken TOML, values of the wrong type and
unknown codes raise :class:`ConfigError` (naming the file, and the line where
known); unknown keys do not: they are listed in :attr:`Config.warnings`.
"""

from __future__ import annotations

import fnmatch
import re
import sys
from pathlib import Path, PurePath
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .select import SelectorError, normalise

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

__all__ = ["CONFIG_NAME", "KEYS", "Config", "ConfigError", "find_config", "load_config"]

CONFIG_NAME = ".actionplan-parse.toml"
TABLE = "actionplan-parse"
FailOn = Literal["error", "warning", "info", "never"]
Codes = tuple[str, ...]

# key -> (type as written in TOML, default) — the schema table of docs/check.md
KEYS: dict[str, tuple[str, str]] = {
    "select": ("list of strings (codes, prefixes, names)", "all rules"),
    "ignore": ("list of strings (codes, prefixes, names)", "none"),
    "fail-on": ('one of "error", "warning", "info", "never"', '"error"'),
    "include": ("list of strings (file globs)", '["*.txt", "*.md"]'),
    "exclude": ("list of strings (path globs)", "none"),
    "per-file-ignores": ("table: glob = list of codes", "none"),
}
TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")
TOML_END = " (at end of document)"


class ConfigError(ValueError):
    """A configuration file that cannot be used; the message names the file."""


class Config(BaseModel):
    """Settings from a file; ``None`` means "not set here"."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    path: Path | None = Field(default=None, exclude=True)
    select: Codes | None = None
    ignore: Codes | None = None
    fail_on: FailOn | None = Field(default=None, alias="fail-on")
    include: Codes | None = None
    exclude: Codes | None = None
    per_file_ignores: dict[str, Codes] = Field(default_factory=dict, alias="per-file-ignores")
    warnings: tuple[str, ...] = Field(default=(), exclude=True)

    @field_validator("select", "ignore", mode="after")
    @classmethod
    def _known_codes(cls, value: Codes | None, info: Any) -> Codes | None:
        return None if value is None else normalise(value, repr(info.field_name))

    @field_validator("per_file_ignores", mode="after")
    @classmethod
    def _known_ignores(cls, value: dict[str, Codes]) -> dict[str, Codes]:
        return {
            glob: normalise(codes, f"per-file-ignores {glob!r}") for glob, codes in value.items()
        }

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
    """The nearest `.actionplan-parse.toml` or pyproject.toml with our table, or None.

    A pyproject.toml on the way that is not valid TOML but names actionplan-parse
    would be read: it raises :class:`ConfigError` instead of being skipped.
    """
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
    known = {key: value for key, value in table.items() if key in KEYS}
    try:
        config = Config.model_validate({**known, "path": path})
    except ValidationError as exc:
        raise ConfigError(_first_error(exc, path)) from None
    return config.model_copy(update={"warnings": _unknown_keys(table, path)})


def _has_table(pyproject: Path) -> bool:
    try:
        text = pyproject.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    try:
        data = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, RecursionError):
        if TABLE in text:  # it would hold our table: do not fall back to defaults silently
            _read_table(pyproject)
        return False
    return isinstance(data.get("tool"), dict) and TABLE in data["tool"]


def _read_table(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: invalid TOML: not UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(_toml_error(path, str(exc))) from None
    except RecursionError:
        raise ConfigError(f"{path}: invalid TOML: nested too deeply") from None
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        table = tool.get(TABLE, {}) if isinstance(tool, dict) else None
        if not isinstance(table, dict):
            raise ConfigError(f"{_where(path, TABLE)}: [tool.{TABLE}] must be a table")
        return table
    return data


def _toml_error(path: Path, message: str) -> str:
    """`PATH:LINE:COL: invalid TOML: reason` (tomllib appends the position)."""
    if message.endswith(TOML_END):
        last_line = len(path.read_text(encoding="utf-8").splitlines()) or 1
        return f"{path}:{last_line}: invalid TOML: {message[: -len(TOML_END)]} at end of file"
    position = TOML_POSITION.search(message)
    if position is None:
        return f"{path}: invalid TOML: {message}"
    reason = message[: position.start()]
    return f"{path}:{position[1]}:{position[2]}: invalid TOML: {reason}"


def _first_error(exc: ValidationError, path: Path) -> str:
    """One line for the first invalid key: what it must be."""
    error = exc.errors()[0]
    key = str(error["loc"][0]) if error["loc"] else ""
    cause = error.get("ctx", {}).get("error")
    if isinstance(cause, SelectorError):
        return f"{_where(path, key)}: {cause}"
    if key == "per-file-ignores" and len(error["loc"]) > 1:
        return f"{_where(path, key)}: per-file-ignores {error['loc'][1]!r} must be a list of codes"
    expected = KEYS.get(key, ("valid", ""))[0]
    article = "" if expected.startswith("one of") else "a "
    return f"{_where(path, key)}: {key!r} must be {article}{expected}, not {_shown(error['input'])}"


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _unknown_keys(table: dict[str, Any], path: Path) -> tuple[str, ...]:
    place = f"[tool.{TABLE}]" if path.name == "pyproject.toml" else "the top-level table"
    return tuple(f"{path}: unknown key {key!r} in {place}" for key in table if key not in KEYS)


def _where(path: Path, key: str) -> str:
    """`PATH:LINE` for the line that sets ``key`` (or opens its table), else `PATH`."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return str(path)
    pattern = re.compile(rf"""^\s*(\[\s*(tool\s*\.\s*)?)?["']?{re.escape(key)}["']?\s*[=\].]""")
    in_ours = path.name != "pyproject.toml"
    for number, line in enumerate(lines, start=1):
        if line.lstrip().startswith("["):
            in_ours = TABLE in line or path.name != "pyproject.toml"
        if in_ours and pattern.match(line):
            return f"{path}:{number}"
    return str(path)


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
