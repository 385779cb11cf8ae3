"""Shared by the commands that read a document: its options and loading it (a read or
profile problem is one line and exit 2; the exit codes are in ``exits``)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import click

from ..models import Document
from ..outputs.normalize import NORMALIZE_STYLES
from ..parse import INPUT_FORMATS, parse, parse_file
from ..profiles import ProfileError
from ..read import ReadError, binary_head, read_stream
from .exits import fail

__all__ = [
    "encoding_option",
    "format_option",
    "input_option",
    "load",
    "profile_option",
    "style_option",
]

input_option = click.option(
    "--input",
    "input_format",
    type=click.Choice(INPUT_FORMATS),
    default="auto",
    show_default=True,
    help="Read FILE as plain text, Markdown, HTML or Akoma Ntoso XML (auto: by its content).",
)
"""The `--input text|markdown|html|akn|auto` option, shared by the commands that read a file."""


profile_option = click.option(
    "--profile",
    default="auto",
    show_default=True,
    help="Conventions to parse with: a name from `actionplan-parse profiles`, a TOML "
    "file's path, or auto (chosen by the text's language).",
)
"""The `--profile NAME|FILE.toml|auto` option."""


encoding_option = click.option(
    "--encoding",
    default=None,
    metavar="NAME",
    help="The file's encoding (a Python codec name: utf-8, gb18030, big5, shift_jis, cp1252, "
    "...). Default: detected (BOM, UTF-8, UTF-16/32, then charset-normalizer).",
)
"""The `--encoding NAME` option, shared by the commands that read a file."""


_F = TypeVar("_F", bound=Callable[..., object])


def format_option(
    choices: click.ParamType[Any] | Sequence[str], default: str, help: str
) -> Callable[[_F], _F]:
    """The `--format` option of a command (its value is the parameter `fmt`)."""
    kind = choices if isinstance(choices, click.ParamType) else click.Choice(list(choices))
    return click.option("--format", "fmt", type=kind, default=default, show_default=True, help=help)


def style_option(help: str) -> Callable[[_F], _F]:
    """The `--style decimal|legal|source` option: how output labels are numbered."""
    return click.option(
        "--style",
        type=click.Choice(NORMALIZE_STYLES),
        default="decimal",
        show_default=True,
        help=help,
    )


def load(
    path: str, input_format: str = "auto", profile: str = "auto", encoding: str | None = None
) -> Document:
    """Parse a path or `-` (stdin); a read or profile problem becomes a one-line usage error."""
    try:
        if path == "-":
            data = read_stream(sys.stdin.buffer, "<stdin>", None if encoding else binary_head)
            try:
                return parse(data, input_format, profile, encoding)
            except ReadError as exc:
                raise ReadError(f"<stdin>: {exc}") from None
        return parse_file(path, input_format, profile, encoding)
    except (ReadError, ProfileError) as exc:
        fail(str(exc))
