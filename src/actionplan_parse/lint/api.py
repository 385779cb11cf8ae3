"""The Python API of the linter: :func:`check`."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..models import Diagnostic, Document
from ..parse import parse, parse_file
from .run import filter_diagnostics
from .select import Selection

__all__ = ["check"]


def check(
    text_or_document: str | bytes | Path | Document,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    input_format: str = "auto",
) -> list[Diagnostic]:
    """The findings of the selected rules, sorted by line then code.

    ``text_or_document`` is text, raw bytes, a :class:`~pathlib.Path` to read, or
    an already parsed :class:`Document`. ``select`` and ``ignore`` take codes,
    code prefixes (`AP1`) or rule names; more specific selectors win
    (see :mod:`actionplan_parse.lint.select`). Unknown codes raise ``ValueError``.
    ``input_format`` (`auto`, `text`, `markdown`, `html`) is passed to the parser.

    >>> [d.code for d in check("Plan\\nFirst, Trade\\n(1) Open.\\n(3) Close.\\n")]
    ['AP101']
    >>> check("Plan\\nFirst, Trade\\n(1) Open.\\n(3) Close.\\n", ignore=["AP1"])
    []
    """
    selection = Selection.of(select, ignore)
    if isinstance(text_or_document, Document):
        document = text_or_document
    elif isinstance(text_or_document, Path):
        document = parse_file(text_or_document, input_format)
    else:
        document = parse(text_or_document, input_format)
    return filter_diagnostics(document.diagnostics, selection)
