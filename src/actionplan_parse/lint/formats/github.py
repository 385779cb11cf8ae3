"""`--format github`: GitHub Actions workflow commands, one annotation per finding.

``::error file=PATH,line=L,endLine=E,col=C,title=CODE::MESSAGE (NAME)``; info
findings become ``::notice``. Values are escaped as the runner expects.
"""

from __future__ import annotations

from ...models import Diagnostic
from ...outputs.printable import printable
from ..results import FileResult, Report

__all__ = ["command", "render"]

LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def command(result: FileResult, diagnostic: Diagnostic) -> str:
    """One workflow command."""
    properties = [f"file={_property(result.path)}"]
    if diagnostic.span:
        properties.append(f"line={diagnostic.span.start_line}")
        properties.append(f"endLine={diagnostic.span.end_line}")
        properties.append(f"col={diagnostic.column}")
    properties.append(f"title={_property(diagnostic.code)}")
    message = _data(f"{diagnostic.message} ({diagnostic.name})")
    return f"::{LEVEL[diagnostic.severity]} {','.join(properties)}::{message}"


def render(report: Report) -> str:
    """Every finding as a workflow command, one per line."""
    return "".join(f"{command(r, d)}\n" for r, d in report.findings)


def _data(value: str) -> str:
    """Escaped as the runner expects; other control characters shown, not obeyed."""
    return printable(value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def _property(value: str) -> str:
    return _data(value).replace(":", "%3A").replace(",", "%2C")
