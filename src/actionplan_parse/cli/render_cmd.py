"""`actionplan-parse render FILE --to FORMAT`: Markdown, JSON, JSON lines, CSV or Akoma Ntoso."""

from __future__ import annotations

import click

from ..outputs.formats import OUTPUTS, RenderOptions, render
from ..registry import RegistryChoice
from .common import encoding_option, input_option, load, style_option
from .normalize_cmd import write


@click.command("render")
@click.argument("file")
@input_option
@encoding_option
@click.option(
    "--to",
    "fmt",
    type=RegistryChoice(OUTPUTS),
    required=True,
    help="; ".join(f"{name}: {output.summary}" for name, output in OUTPUTS.items()) + ".",
)
@style_option("Markdown only: how headings are numbered.")
@click.option(
    "--with-diagnostics", is_flag=True, help="Markdown only: list the diagnostics at the end."
)
@click.option(
    "-o", "--output", "out", default="-", show_default=True, help="Write here (`-`: stdout)."
)
def render_command(
    file: str,
    input_format: str,
    encoding: str | None,
    fmt: str,
    style: str,
    with_diagnostics: bool,
    out: str,
) -> None:
    """Render FILE in a format other tools read (`-` reads stdin)."""
    document = load(file, input_format, encoding=encoding)
    write(out, render(document, fmt, RenderOptions(style, with_diagnostics)))
