"""actionplan-parse: plain-text action plans and declarations as a validated, typed tree.

>>> from actionplan_parse import parse
>>> doc = parse("Title\\nFirst, Trade\\n(1) Open markets.\\n(2) Lower tariffs.\\n")
>>> [n.id for n in doc.walk()]
['1', '1.1', '1.2']
"""

from __future__ import annotations

from .lint import check
from .models import Diagnostic, Document, Fragment, Label, Node, Removed, Source, Span
from .outputs import normalize, to_markdown, to_rows
from .parse import parse, parse_file
from .read import ReadError

__all__ = [
    "Diagnostic",
    "Document",
    "Fragment",
    "Label",
    "Node",
    "ReadError",
    "Removed",
    "Source",
    "Span",
    "__version__",
    "check",
    "normalize",
    "parse",
    "parse_file",
    "to_markdown",
    "to_rows",
]

__version__ = "0.1.0"
