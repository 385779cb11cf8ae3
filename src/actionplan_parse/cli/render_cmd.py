"""`actionplan-parse render FILE --to FORMAT`: Markdown, JSON, JSON lines, CSV or Akoma Ntoso."""

from __future__ import annotations

import io

import click

from ..outputs.akn import to_akn
from ..outputs.markdown import to_markdown
from ..outputs.normalize import NORMALIZE_STYLES
from ..outputs.rows import write_csv, write_jsonl
from .common import encoding_option, input_option, load
from .normalize_cmd import write


@click.command("render")
@click.argument("file")
@input_option
@encoding_option
@click.option(
    "--to",
    "fmt",
    type=click.Choice(["markdown", "json", "jsonl", "csv", "akn"]),
    required=True,
    help="markdown: headings and numbered lists; json: the full Document; "
    "jsonl, csv: the outline rows (as `outline`); akn: Akoma Ntoso 3.0 XML.",
)
@click.option(
    "--style",
    type=click.Choice(NORMALIZE_STYLES),
    default="decimal",
    show_default=True,
    help="Markdown only: how headings are numbered.",
)
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
    if fmt == "markdown":
        text = to_markdown(document, style=style, with_diagnostics=with_diagnostics)
    elif fmt == "akn":
        text = to_akn(document)
    elif fmt == "json":
        text = document.model_dump_json(indent=2, by_alias=True) + "\n"
    else:
        buffer = io.StringIO()
        (write_jsonl if fmt == "jsonl" else write_csv)(document, buffer)
        text = buffer.getvalue()
    write(out, text)
