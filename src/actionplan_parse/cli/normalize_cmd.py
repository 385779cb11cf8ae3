"""`actionplan-parse normalize FILE`: the document re-emitted as clean text."""

from __future__ import annotations

import click

from ..outputs.normalize import normalize
from .common import encoding_option, input_option, load, style_option
from .exits import fail


@click.command("normalize")
@click.argument("file")
@input_option
@encoding_option
@style_option(
    "Numbering: decimal ids (2.5.7), legal (Part I / 1. / (a) / (i)) or the source labels."
)
@click.option(
    "-o", "--output", "out", default="-", show_default=True, help="Write here (`-`: stdout)."
)
def normalize_command(
    file: str, input_format: str, encoding: str | None, style: str, out: str
) -> None:
    """Re-emit FILE from its tree, one paragraph per line, repairs marked (`-` reads stdin).

    Inferred nodes start with [inferred], lost headings read [heading lost], and each
    garbled run is replaced by one [content lost: ...] line. The result parses back to
    the same ids, headings and texts.
    """
    write(out, normalize(load(file, input_format, encoding=encoding), style))


def write(out: str, text: str) -> None:
    """Write text to a path, or to stdout for `-`; a write problem is a one-line error."""
    if out == "-":
        click.echo(text, nl=False)
        return
    try:
        with open(out, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    except OSError as exc:
        fail(f"{out}: cannot write ({exc.strerror or exc})")
