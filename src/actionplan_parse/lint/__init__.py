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
- :mod:`.formats` — text, json, sarif, github, junit;
- :mod:`.explain` — rule documentation;
- :mod:`.api` — :func:`check`, the Python entry point.
"""

from __future__ import annotations

from .api import check
from .select import Selection, SelectorError

__all__ = ["Selection", "SelectorError", "check"]
