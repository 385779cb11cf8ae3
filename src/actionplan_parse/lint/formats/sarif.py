"""`--format sarif`: a SARIF 2.1.0 log (GitHub code scanning, Azure DevOps, IDEs).

One run; the driver lists every rule with its description and help text;
each finding is a result with a physical location. Paths inside the working
directory are relative URIs against ``%SRCROOT%``; others are ``file://`` URIs.
Unreadable inputs become tool execution notifications.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

from ...models import Diagnostic
from ..results import FileResult, Report
from ..rules import RULES, Rule

__all__ = ["render", "sarif_log"]

SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
LEVEL = {"error": "error", "warning": "warning", "info": "note"}
INFORMATION_URI = "https://pypi.org/project/actionplan-parse/"


def render(report: Report, *, quiet: bool = False) -> str:  # quiet: text only
    """The SARIF log as indented JSON."""
    return json.dumps(sarif_log(report), indent=2, ensure_ascii=False) + "\n"


def sarif_log(report: Report) -> dict[str, Any]:
    """The SARIF log as a dict."""
    from ... import __version__  # late: the package imports the linter while loading

    index = {code: i for i, code in enumerate(RULES)}
    run = {
        "tool": {
            "driver": {
                "name": "actionplan-parse",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": INFORMATION_URI,
                "rules": [_rule(rule) for rule in RULES.values()],
            }
        },
        "originalUriBaseIds": {"%SRCROOT%": {"uri": Path.cwd().resolve().as_uri() + "/"}},
        "results": [_result(r, d, index, bool(report.baselined)) for r, d in report.findings],
        "invocations": [_invocation(report)],
        "columnKind": "unicodeCodePoints",
    }
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def _rule(rule: Rule) -> dict[str, Any]:
    help_text = "\n\n".join(x for x in (rule.meaning, rule.why, f"Fix: {rule.fix}") if x)
    markdown = (
        f"{rule.meaning}\n\n**Why it matters.** {rule.why}\n\n"
        f"**Example.**\n\n```text\n{rule.example}```\n\n**Fix.** {rule.fix}\n"
    )
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.meaning or rule.summary},
        "help": {"text": help_text, "markdown": markdown},
        "defaultConfiguration": {"level": LEVEL[rule.severity]},
        "properties": {"tags": ["actionplan", rule.name], "severity": rule.severity},
    }


def _result(
    result: FileResult, diagnostic: Diagnostic, index: dict[str, int], baselined: bool
) -> dict[str, Any]:
    location = {"artifactLocation": _artifact(result.path)}
    if diagnostic.span:
        location["region"] = {
            "startLine": diagnostic.span.start_line,
            "endLine": diagnostic.span.end_line,
            "startColumn": diagnostic.column,
        }
    entry = {
        "ruleId": diagnostic.code,
        "ruleIndex": index.get(diagnostic.code, -1),
        "level": LEVEL[diagnostic.severity],
        "message": {"text": diagnostic.message},
        "locations": [{"physicalLocation": location}],
        "partialFingerprints": {"lineText/v1": _fingerprint(result, diagnostic)},
    }
    if diagnostic.node_id:
        entry["properties"] = {"nodeId": diagnostic.node_id}
    if baselined:
        entry["baselineState"] = "new"
    return entry


def _artifact(path: str) -> dict[str, Any]:
    if path == "-":
        return {"uri": "stdin"}
    resolved = Path(path).resolve()
    try:
        relative = resolved.relative_to(Path.cwd().resolve())
    except ValueError:
        return {"uri": resolved.as_uri()}
    return {"uri": quote(relative.as_posix()), "uriBaseId": "%SRCROOT%"}


def _fingerprint(result: FileResult, diagnostic: Diagnostic) -> str:
    text = f"{diagnostic.code}\0{result.line_text(diagnostic)}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _invocation(report: Report) -> dict[str, Any]:
    notifications = [
        {"level": "error", "message": {"text": r.error}, "descriptor": {"id": "read-error"}}
        for r in report.errors
    ]
    invocation: dict[str, Any] = {"executionSuccessful": not notifications}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    return invocation
