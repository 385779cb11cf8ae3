"""Output formats of `check`: one module per format, each with
``render(report, *, quiet=False) -> str`` (``quiet`` shortens the text format only),
registered in :data:`FORMATS` (a :class:`~actionplan_parse.registry.Registry`)."""

from __future__ import annotations

from typing import Protocol

from ...registry import Registry
from ..results import Report
from . import github, junit, sarif, text
from . import json_ as json_format

__all__ = ["FORMATS", "CheckFormat", "render"]


class CheckFormat(Protocol):
    """Renders a check report."""

    def __call__(self, report: Report, *, quiet: bool = False) -> str: ...


FORMATS: Registry[CheckFormat] = Registry("check format")
FORMATS.register("text", text.render)
FORMATS.register("json", json_format.render)
FORMATS.register("sarif", sarif.render)
FORMATS.register("github", github.render)
FORMATS.register("junit", junit.render)


def render(report: Report, fmt: str, *, quiet: bool = False) -> str:
    """The report in format ``fmt`` (a key of :data:`FORMATS`)."""
    return FORMATS[fmt](report, quiet=quiet)
