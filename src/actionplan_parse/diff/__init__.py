"""Compare two versions of a document: align their nodes, classify each pair.

>>> from actionplan_parse import parse
>>> from actionplan_parse.diff import compare
>>> old = parse("Plan\\n1. Trade\\n(1) Open markets.\\n(2) Lower tariffs.\\n")
>>> new = parse("Plan\\n1. Trade\\n(1) Lower tariffs.\\n")
>>> [(c.change, c.old_id, c.new_id) for c in compare(old, new) if c.change != "unchanged"]
[('dropped', '1.1', None), ('renumbered', '1.2', '1.1')]
"""

from .compare import DEFAULT_THRESHOLD, compare, has_changes
from .model import CHANGE_FIELDS, Change, ChangeKind
from .render import render_json, render_markdown, render_text

__all__ = [
    "CHANGE_FIELDS",
    "DEFAULT_THRESHOLD",
    "Change",
    "ChangeKind",
    "compare",
    "has_changes",
    "render_json",
    "render_markdown",
    "render_text",
]
