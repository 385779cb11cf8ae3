"""Issue 8 reproductions: quadratic paths and amplification, each run through the CLI.

Each one used to run for tens of seconds to minutes (or write gigabytes); each must now
finish well inside a generous bound, exit 0, 1 or 2 without an internal error, and write
output in proportion to its input.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

BOUND_SECONDS = 60  # a guard against blow-ups (each ran minutes before), not a benchmark
MAX_AMPLIFICATION = 50  # output bytes per input byte (findings)
MAX_BYTES_PER_NODE = 1_000  # a parsed Document: one JSON node (id, label, span...) per line


def _run(
    tmp_path: Path, name: str, data: str, *args: str
) -> tuple[subprocess.CompletedProcess, float]:
    path = tmp_path / name
    path.write_text(data, encoding="utf-8")
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "actionplan_parse", *args, str(path)],
        capture_output=True,
        timeout=BOUND_SECONDS * 3,
    )
    elapsed = time.perf_counter() - started
    assert done.returncode in (0, 1, 2), done.stderr[-500:]
    assert b"internal error" not in done.stderr
    assert b"Traceback" not in done.stderr
    assert elapsed < BOUND_SECONDS, f"{name}: {elapsed:.1f} s"
    return done, elapsed


CASES = {
    # name: (file name, text, command and options)
    "garbled-backslashes": ("r.txt", "\\" * 50 + " x\n", ("check",)),
    "garbled-brace-escapes": ("r.txt", "\\{" * 40 + "é\n", ("check",)),
    "duplicate-unknown-ids": ("ids.txt", "(?)\n" * 16_000, ("parse",)),
    "spaces-after-inferred": ("mark.txt", "[inferred] Trade\n" + " " * 200_000 + "\n", ("parse",)),
    "heading-lost-spaces": ("mark.txt", "[inferred]" + " " * 200_000 + "x\n", ("normalize",)),
    "markdown-brackets": (
        "b.md",
        "[" * 150_000 + "\n\n](x) **bold**\n\n# Head\n",
        ("parse", "--input", "auto"),
    ),
    "markdown-bang-brackets": ("b.md", "![" * 100_000 + "\n", ("parse", "--input", "markdown")),
    "css-style-attribute": (
        "s.html",
        '<html><body><p><span style="' + "a" * 50_000 + '">x</span></p></body></html>',
        ("parse",),
    ),
    "html-end-tag-flood": ("e.html", "<html><body>" + "</" * 100_000, ("parse",)),
    "html-open-quote-flood": ("q.html", "<p>" + "<a b='" * 20_000, ("parse", "--input", "html")),
    "html-comment-flood": ("c.html", "<p>x</p>" + "<!--x>" * 50_000, ("parse", "--input", "html")),
    "html-nested-lists": ("l.html", "<ul><li>" * 30_000, ("parse",)),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_reproduction_is_fast_and_bounded(tmp_path, case):
    name, text, args = CASES[case]
    done, _ = _run(tmp_path, name, text, *args)
    bound = MAX_AMPLIFICATION * len(text.encode()) + MAX_BYTES_PER_NODE * text.count("\n")
    assert len(done.stdout) < bound + 100_000


def test_large_gaps_are_reported_as_ranges(tmp_path):
    """20 kB of `第一条` / `第九九九九九条`: every missing number was listed (345 MB, 2 GB)."""
    text = "第一条 甲\n第九九九九九条 乙\n" * 560
    done, _ = _run(tmp_path, "cjk.txt", text, "check", "--format", "json")
    assert len(done.stdout) < MAX_AMPLIFICATION * len(text.encode())
    messages = [f["message"] for f in json.loads(done.stdout) if f["code"] == "AP101"]
    assert messages and all(len(m) < 200 for m in messages)
    assert any("2-99998, 99,997 numbers" in m for m in messages)


def test_short_gaps_still_list_every_id(tmp_path):
    done, _ = _run(tmp_path, "gap.txt", "Plan\n1. One.\n4. Four.\n", "check")
    assert "missing 2, 3" in done.stdout.decode()


def test_deep_markup_lists_flatten_at_the_maximum_depth():
    from actionplan_parse.markup import strip_markup
    from actionplan_parse.markup._build import MAX_LIST_DEPTH

    text = "".join(f"<ul><li>item {i}" for i in range(1, 40))
    lines = [line for line in strip_markup(text, "html").lines if line.strip()]
    assert len(lines) == 39  # every item kept
    indents = {len(line) - len(line.lstrip()) for line in lines}
    assert max(indents) == 4 * (MAX_LIST_DEPTH - 1)
    assert lines[-1].strip() == "- item 39"
