"""`actionplan-parse rules [CODE]`: list the lint rules, or explain one."""

from __future__ import annotations

import json

import click

from ..lint.explain import explain, listing, markdown, section
from ..lint.rules import RULES, Rule, rule_for
from .common import format_option
from .exits import fail

__all__ = ["rules_command"]


@click.command("rules")
@click.argument("code", required=False)
@format_option(
    ["text", "json", "markdown"], "text", "Listing format (markdown: the text of docs/rules.md)."
)
def rules_command(code: str | None, fmt: str) -> None:
    """List every rule, or explain the rule CODE (a code like AP101 or a name)."""
    if code is None:
        click.echo(_all(fmt), nl=False)
        return
    rule = rule_for(code)
    if rule is None:
        fail(f"unknown rule {code!r}; `actionplan-parse rules` lists them")
    if fmt == "json":
        click.echo(json.dumps(_record(rule), indent=2, ensure_ascii=False))
    elif fmt == "markdown":
        click.echo(section(rule), nl=False)
    else:
        click.echo(explain(rule), nl=False)


def _all(fmt: str) -> str:
    if fmt == "json":
        return json.dumps([_record(r) for r in RULES.values()], indent=2, ensure_ascii=False) + "\n"
    if fmt == "markdown":
        return markdown()
    return listing()


def _record(rule: Rule) -> dict[str, object]:
    fields = ("code", "name", "severity", "summary", "meaning", "why", "example", "fix", "fixed")
    return {f: getattr(rule, f) for f in fields}
