"""The linter behind `actionplan-parse check`: selection, configuration,
baselines, running the rules over files, and output formats.

One concept per module:

- :mod:`.select` — `select`/`ignore` matching of codes, prefixes and names;
- :mod:`.threshold` — `--fail-on` severities;
- :mod:`.config` — `[tool.actionplan-parse]` / `.actionplan-parse.toml`;
- :mod:`.discover` — expanding PATH arguments and directories;
- :mod:`.source` — reading one input (refusing binary files);
- :mod:`.run` — linting inputs into :class:`~.results.FileResult` s;
- :mod:`.baseline` — recording and subtracting known findings;
- :mod:`.statistics` — counts per rule;
- :mod:`.rules` — the lint rules, one module each (run by the parser: ``diagnose``);
- :mod:`.formats` — text, json, sarif, github, junit;
- :mod:`.explain` — rule documentation;
- :mod:`.api` — :func:`check`, the Python entry point.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .select import Selection, SelectorError

if TYPE_CHECKING:
    from .api import check

__all__ = ["Selection", "SelectorError", "check"]


def __getattr__(name: str) -> Any:
    # `check` parses, and the parser runs the rules of this package (`lint.rules`):
    # imported on first use, so importing the parser first never meets a half-made `lint`
    if name == "check":
        from .api import check

        return check
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
