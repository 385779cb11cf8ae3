"""actionplan-parse: plain-text action plans and declarations as a validated, typed tree.

>>> from actionplan_parse import parse
>>> doc = parse("Title\\nFirst, Trade\\n(1) Open markets.\\n(2) Lower tariffs.\\n")
>>> [n.id for n in doc.walk()]
['1', '1.1', '1.2']
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .lint import check
    from .models import Diagnostic, Document, Fragment, Label, Node, Removed, Source, Span
    from .outputs.markdown import to_markdown
    from .outputs.normalize import normalize
    from .outputs.rows import to_rows
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

_LAZY = {
    **dict.fromkeys(
        ("Diagnostic", "Document", "Fragment", "Label", "Node", "Removed", "Source", "Span"),
        "models",
    ),
    **dict.fromkeys(("normalize", "to_markdown", "to_rows"), "outputs"),
    **dict.fromkeys(("parse", "parse_file"), "parse"),
    "check": "lint",
    "ReadError": "read",
}
"""Public name -> module that defines it, imported on first access (the CLI starts faster)."""


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


class _Package(types.ModuleType):
    """This package: ``parse`` stays the function when the ``parse`` submodule is imported.

    The import system binds a submodule as an attribute of its package; an eager
    ``from .parse import parse`` used to overwrite that binding, a lazy one cannot.
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _LAZY and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
