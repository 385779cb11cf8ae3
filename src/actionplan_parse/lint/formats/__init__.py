"""Output formats of `check`: one module per format, each with ``render(report) -> str``."""

from __future__ import annotations

from collections.abc import Callable

from ..results import Report
from . import github, junit, sarif, text
from . import json_ as json_format

__all__ = ["FORMATS", "render"]

FORMATS: dict[str, Callable[..., str]] = {
    "text": text.render,
    "json": json_format.render,
    "sarif": sarif.render,
    "github": github.render,
    "junit": junit.render,
}


def render(report: Report, fmt: str, *, quiet: bool = False) -> str:
    """The report in format ``fmt`` (a key of :data:`FORMATS`)."""
    if fmt == "text":
        return text.render(report, quiet=quiet)
    return FORMATS[fmt](report)
