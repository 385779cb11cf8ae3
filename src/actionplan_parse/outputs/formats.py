"""Document outputs of `render --to`: one registry (:data:`OUTPUTS`) of named formats.

Each :class:`Output` turns a parsed :class:`~actionplan_parse.models.Document` into text,
given the :class:`RenderOptions` of the command line. The CLI's `--to` choices and the
table in docs/formats.md (:func:`formats_table`) are read from the registry; code outside
the package adds a format with ``OUTPUTS.register(name, Output(...))``.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

from ..models import Document
from ..registry import Registry

__all__ = ["OUTPUTS", "Output", "RenderOptions", "formats_table", "render"]


@dataclass(frozen=True)
class RenderOptions:
    """What the command line says about the output."""

    style: str = "decimal"
    """How headings are numbered (Markdown): `decimal`, `legal` or `source`."""
    with_diagnostics: bool = False
    """List the diagnostics at the end (Markdown)."""


@dataclass(frozen=True)
class Output:
    """A document output format."""

    render: Callable[[Document, RenderOptions], str]
    summary: str
    """One line for `--help` and docs/formats.md."""


OUTPUTS: Registry[Output] = Registry("output format")


def render(document: Document, fmt: str, options: RenderOptions | None = None) -> str:
    """The document in format ``fmt`` (a name in :data:`OUTPUTS`)."""
    return OUTPUTS[fmt].render(document, options or RenderOptions())


def formats_table() -> str:
    """The Markdown table of the registered formats (docs/formats.md holds it)."""
    rows = [f"| `{name}` | {output.summary} |" for name, output in OUTPUTS.items()]
    return "\n".join(["| `--to` | what |", "|---|---|", *rows]) + "\n"


def _markdown(document: Document, options: RenderOptions) -> str:
    from .markdown import to_markdown

    return to_markdown(document, style=options.style, with_diagnostics=options.with_diagnostics)


def _json(document: Document, options: RenderOptions) -> str:
    return document.model_dump_json(indent=2, by_alias=True) + "\n"


def _rows(write: str) -> Callable[[Document, RenderOptions], str]:
    def rendered(document: Document, options: RenderOptions) -> str:
        from .rows import write_csv, write_jsonl

        buffer = io.StringIO()
        (write_jsonl if write == "jsonl" else write_csv)(document, buffer)
        return buffer.getvalue()

    return rendered


def _akn(document: Document, options: RenderOptions) -> str:
    from .akn import to_akn

    return to_akn(document)


OUTPUTS.register(
    "markdown", Output(_markdown, "headings and numbered lists (`--style`, `--with-diagnostics`)")
)
OUTPUTS.register("json", Output(_json, "the full Document"))
OUTPUTS.register(
    "jsonl", Output(_rows("jsonl"), "the outline rows (as `outline`), one JSON object a line")
)
OUTPUTS.register("csv", Output(_rows("csv"), "the outline rows (as `outline`)"))
OUTPUTS.register("akn", Output(_akn, "Akoma Ntoso 3.0 XML"))
