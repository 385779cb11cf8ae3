"""`--format junit`: JUnit XML, one test case per file and a failure per finding.

Unreadable inputs are test cases with an ``<error>``. Characters XML cannot
carry (control characters) are replaced by U+FFFD.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ...models import Diagnostic
from ..results import FileResult, Report
from .text import line

__all__ = ["render"]

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def render(report: Report, *, quiet: bool = False) -> str:  # quiet: text only
    """The XML document, with declaration and final newline."""
    failures = len(report.findings)
    errors = len(report.errors)
    tests = str(len(report.results))
    root = ET.Element(
        "testsuites",
        name="actionplan-parse",
        tests=tests,
        failures=str(failures),
        errors=str(errors),
    )
    suite = ET.SubElement(
        root,
        "testsuite",
        name="actionplan-parse check",
        tests=tests,
        failures=str(failures),
        errors=str(errors),
        skipped="0",
    )
    for result in report.results:
        _testcase(suite, result)
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{body}\n'


def _testcase(suite: ET.Element, result: FileResult) -> None:
    case = ET.SubElement(suite, "testcase", classname="actionplan-parse", name=_clean(result.path))
    if result.error:
        ET.SubElement(case, "error", message=_clean(result.error), type="read-error")
    for diagnostic in result.diagnostics:
        _failure(case, result, diagnostic)


def _failure(case: ET.Element, result: FileResult, diagnostic: Diagnostic) -> None:
    failure = ET.SubElement(
        case,
        "failure",
        message=_clean(f"{diagnostic.code} {diagnostic.message}"),
        type=diagnostic.code,
    )
    failure.text = _clean(line(result, diagnostic))


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)
