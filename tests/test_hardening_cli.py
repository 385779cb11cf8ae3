"""Issue 8 hardening: each reproduction through the CLI and the library, never exit 3.

Every case runs `python -m actionplan_parse` in a subprocess (as a user would) and
asserts the documented exit code, one `actionplan-parse: ...` line on stderr per problem,
and no "internal error".
"""

from __future__ import annotations

import html
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, note, settings
from strategies import layouts

from actionplan_parse import Document, parse
from actionplan_parse.lint.discover import expand
from actionplan_parse.lint.run import run as lint_run
from actionplan_parse.lint.select import Selection
from actionplan_parse.outputs.normalize import NORMALIZE_STYLES, normalize

SRC = Path(__file__).resolve().parents[1] / "src"


def run(*args: str, stdin: bytes = b"", env: dict[str, str] | None = None, **kw):
    """The CLI in a subprocess; asserts the promise: exit 0/1/2, no traceback, no internal error."""
    environment = {**os.environ, "PYTHONPATH": str(SRC), **(env or {})}
    result = subprocess.run(
        [sys.executable, "-m", "actionplan_parse", *args],
        input=stdin,
        stdout=kw.pop("stdout", subprocess.PIPE),
        stderr=subprocess.PIPE,
        env=environment,
        timeout=120,
        **kw,
    )
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode in (0, 1, 2), (result.returncode, err)
    assert "internal error" not in err and "Traceback" not in err, err
    assert all(line.startswith("actionplan-parse: ") for line in err.splitlines()), err
    return result


# -- the three crash classes --------------------------------------------------------------------

GAP_THEN_CONTINUATION = (
    b"1. First item.\n\nSecond item without label.\n\ncontinued in lower case.\n\n3. Third item.\n"
)


def test_gap_fill_moves_the_continuation_with_the_filled_item():
    result = run("parse", "-", stdin=GAP_THEN_CONTINUATION)
    assert result.returncode == 0
    document = Document.model_validate_json(result.stdout)
    first, second, third = document.children
    assert second.reasons == ["missing-label", "gap-fill"] and second.number == 2
    assert (first.span.end_line, second.span.start_line, second.span.end_line) == (1, 3, 5)
    assert "continued in lower case." in second.text
    assert third.span.start_line == 7


def test_unknown_label_after_a_numbered_one():
    text = b"(1) Trade\nPromote cooperation.\n(?) Energy\n"
    result = run("parse", "-", stdin=text)
    assert result.returncode == 0
    ids = [n.id for n in Document.model_validate_json(result.stdout).walk()]
    assert ids == ["1", "?"]
    parse(normalize(text))  # the normalized text reads back too


@pytest.mark.parametrize(
    ("args", "stdin"),
    [
        (("parse", "-"), b'<html><body><img src="scan.png"></body></html>'),
        (("parse", "--input", "markdown", "-"), b"<!-- nothing -->\n"),
        (("check", "--input", "markdown", "-"), b""),
        (("check", "--input", "html", "-"), b""),
        (("outline", "-"), b"<html><body></body></html>"),
    ],
)
def test_markup_that_strips_to_nothing(args, stdin):
    result = run(*args, stdin=stdin)
    assert result.returncode == 0
    assert b"could not be read" not in result.stdout


def test_markup_that_strips_to_nothing_library():
    document = parse(b'<html><body><img src="scan.png"></body></html>')
    assert document.children == [] and document.source.format == "html"
    assert parse("", "markdown").children == []


def _as_markup(text: str) -> list[tuple[str, str]]:
    """The layout as an HTML/Markdown conversion leaves it: one paragraph per block."""
    paragraphs = [p for p in text.splitlines() if p]
    page = "".join(f"<p>{html.escape(p)}</p>\n" for p in paragraphs)
    return [
        (text, "text"),
        (text.replace("\n", "\r\n"), "text"),
        ("\n\n".join(paragraphs) + "\n", "markdown"),
        (f"<html><body>\n{page}</body></html>\n", "html"),
    ]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(layouts())
def test_generated_layouts_give_valid_trees(text):
    """Gap fills, lower-case continuations, repeated and unknown labels, as text, Markdown
    and HTML: a valid tree (the model checks that siblings' spans are in order) that
    survives normalize."""
    note(text)
    for source, fmt in _as_markup(text):
        document = parse(source, fmt)
        Document.model_validate_json(document.model_dump_json())
        for style in NORMALIZE_STYLES:
            parse(normalize(document, style))


# -- no pickles from shared places --------------------------------------------------------------


@pytest.mark.parametrize(
    "args", [("parse", "-"), ("check", "-"), ("outline", "-"), ("normalize", "-")]
)
def test_no_file_is_written_to_the_temp_dir(tmp_path, args):
    """The grammar is loaded from generated tables: no cache (a pickle) in a shared place."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    home = tmp_path / "home"
    env = {"TMPDIR": str(temp), "TEMP": str(temp), "TMP": str(temp), "HOME": str(home)}
    run(*args, stdin=b"Plan\n1. Trade.\n2. Energy.\n", env=env)
    assert list(temp.iterdir()) == []
    assert not home.exists()


# -- check DIR: stays in the tree, skips what is not a file, never silently -------------------

INSIDE = "Plan\n1. The parties cooperate.\n3. They meet.\n"
OUTSIDE = "Secret plan\n1. Outside words.\n4. Leaked line.\n"


@pytest.fixture
def hostile_tree(tmp_path):
    """A tree with a FIFO, a link to /dev/zero, links to a file and a directory outside."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(OUTSIDE, encoding="utf-8")
    root = tmp_path / "plans"
    (root / "sub").mkdir(parents=True)
    (root / "plan.txt").write_text(INSIDE, encoding="utf-8")
    (root / "sub" / "inner.txt").write_text(INSIDE, encoding="utf-8")
    os.mkfifo(root / "pipe.txt")
    (root / "zero.txt").symlink_to("/dev/zero")
    (root / "leak.txt").symlink_to(outside / "secret.txt")
    (root / "leakdir").symlink_to(outside)
    (root / "same.txt").symlink_to(root / "plan.txt")  # inside the tree: read
    (root / "loop").symlink_to(root)  # a cycle, with --follow-links
    return root


def test_check_dir_stays_in_the_tree(hostile_tree, tmp_path):
    result = run("check", "--isolated", "--format", "json", str(hostile_tree), cwd=tmp_path)
    assert result.returncode == 2  # skipped entries are reported like unreadable inputs
    report = result.stdout.decode()
    assert "Outside words" not in report and "Leaked" not in report
    assert "secret" not in report
    found = {Path(f["path"]).name for f in json.loads(report)}  # each has a numbering gap
    assert found == {"plan.txt", "inner.txt", "same.txt"}


def test_check_dir_names_every_skipped_entry(hostile_tree):
    targets = expand([str(hostile_tree)])
    skipped = {Path(t.path).name: t.skip for t in targets if t.skip}
    assert set(skipped) == {"pipe.txt", "zero.txt", "leak.txt", "leakdir"}
    assert "FIFO" in skipped["pipe.txt"] and "--follow-links" in skipped["leak.txt"]
    assert "--follow-links" in skipped["zero.txt"] and "--follow-links" in skipped["leakdir"]
    results = lint_run(targets, Selection.of(None, None))
    errors = [r.error for r in results if r.error]
    assert len(errors) == 4 and all("skipped" in e for e in errors)


def test_follow_links_reads_outside_but_never_a_device_or_a_cycle(hostile_tree):
    targets = expand([str(hostile_tree)], follow_links=True)
    skipped = {Path(t.path).name: t.skip for t in targets if t.skip}
    assert set(skipped) == {"pipe.txt", "zero.txt"}
    assert "character device" in skipped["zero.txt"]
    read = sorted(Path(t.path).name for t in targets if not t.skip)
    assert read == ["inner.txt", "leak.txt", "plan.txt", "same.txt", "secret.txt"]


def test_check_dir_follow_links_cli(hostile_tree, tmp_path):
    args = ("check", "--isolated", "--follow-links", "--format", "json", str(hostile_tree))
    result = run(*args, cwd=tmp_path)
    assert result.returncode == 2
    found = {Path(f["path"]).name for f in json.loads(result.stdout)}  # asked for: followed
    assert found == {"plan.txt", "inner.txt", "same.txt", "leak.txt", "secret.txt"}


def test_unreadable_subdirectory_is_reported(hostile_tree, monkeypatch):
    """Root ignores chmod 000, so the listing of one directory is made to fail."""
    real_scandir = os.scandir

    def scandir(path):
        if Path(path).name == "sub":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    targets = expand([str(hostile_tree)])
    assert [t.skip for t in targets if Path(t.path).name == "sub"] == [
        "cannot read directory (Permission denied)"
    ]
    assert not any(Path(t.path).name == "inner.txt" for t in targets)


def test_unreadable_file_is_reported(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(INSIDE, encoding="utf-8")

    def deny(path, *args, **kwargs):
        if str(path).endswith("a.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        return open(path, *args, **kwargs)

    monkeypatch.setattr("actionplan_parse.read.open", deny, raising=False)
    [result] = lint_run(expand([str(tmp_path)]), Selection.of(None, None))
    assert result.error == f"{tmp_path / 'a.txt'}: cannot read (Permission denied)"


def test_dev_zero_named_is_refused_on_its_first_bytes():
    result = run("check", "--isolated", "/dev/zero")
    assert result.returncode == 2
    assert b"binary file" in result.stderr
    result = run("parse", "/dev/zero")  # parse reads no binary check: the size limit stops it
    assert result.returncode in (0, 2)


def test_baseline_never_records_lines_from_outside(hostile_tree, tmp_path):
    baseline = tmp_path / "baseline.json"
    args = ("check", "--isolated", "--write-baseline", str(baseline), str(hostile_tree))
    run(*args, cwd=tmp_path)
    recorded = baseline.read_text(encoding="utf-8")
    assert "Leaked" not in recorded and "secret" not in recorded
    assert "plan.txt" in recorded


# -- every remaining exit 3 is exit 2 with one line -------------------------------------------

PLAN_LINES = b"Plan\n1. The parties cooperate.\n3. They meet.\n"
DEEP_TOML = "a = " + "[" * 5000 + "]" * 5000 + "\n"


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("pyproject.toml", "[tool.actionplan-parse]\nselect = 5\n"),
        ("pyproject.toml", '[tool.actionplan-parse]\nfail-on = ["error"]\n'),
        ("pyproject.toml", '[tool.actionplan-parse]\nper-file-ignores = {"x" = 5}\n'),
        ("pyproject.toml", "[tool]\nactionplan-parse = 5\n"),
        ("pyproject.toml", 'tool = "actionplan-parse"\n'),
        (".actionplan-parse.toml", "include = [3]\n"),
        (".actionplan-parse.toml", DEEP_TOML),
    ],
)
def test_bad_configuration_is_a_usage_error(tmp_path, name, content):
    (tmp_path / name).write_text(content, encoding="utf-8")
    (tmp_path / "p.txt").write_bytes(PLAN_LINES)
    result = run("check", "--config", name, "p.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith(b"actionplan-parse: error: ")


@pytest.mark.parametrize(
    "content",
    [
        'name = "x"\nlanguages = 5\n',
        'name = "x"\nlanguages = [["en"]]\n',
        'name = "x"\npart_words = "Pilar"\n',
        'name = "x"\narticle_words = [1]\n',
        'name = ["x"]\n',
        'name = "x"\ndetect = 5\n',
        DEEP_TOML,
    ],
)
def test_bad_profile_is_a_usage_error(tmp_path, content):
    (tmp_path / "mine.toml").write_text(content, encoding="utf-8")
    for command in ("parse", "check"):
        result = run(command, "--profile", "mine.toml", "-", stdin=PLAN_LINES, cwd=tmp_path)
        assert result.returncode == 2, command
        assert b"mine.toml" in result.stderr


@pytest.mark.parametrize(
    "content",
    [
        "[" * 100_000 + "]" * 100_000,
        '{"format": "actionplan-parse/baseline", "findings": 5}',
        '{"format": "actionplan-parse/baseline", "findings": [{"path": 1}]}',
        "[1, 2]",
        "\xff",
    ],
)
def test_bad_baseline_is_a_usage_error(tmp_path, content):
    (tmp_path / "base.json").write_text(content, encoding="utf-8", errors="surrogateescape")
    (tmp_path / "p.txt").write_bytes(PLAN_LINES)
    result = run("check", "--isolated", "--baseline", "base.json", "p.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith(b"actionplan-parse: error: base.json")


@pytest.mark.parametrize("fmt", ["sarif", "json", "junit", "github", "text"])
def test_non_utf8_file_name(tmp_path, fmt):
    name = os.fsdecode(b"plan\xff.txt")
    (tmp_path / name).write_bytes(PLAN_LINES)
    result = run("check", "--isolated", "--format", fmt, ".", cwd=tmp_path)
    assert result.returncode == 0
    assert b"xff.txt" in result.stdout  # `plan\xff.txt`, escaped as the format wants


def test_non_utf8_file_name_parse_and_baseline(tmp_path):
    name = os.fsdecode(b"plan\xff.txt")
    (tmp_path / name).write_bytes(PLAN_LINES)
    result = run("parse", name, cwd=tmp_path)
    assert Document.model_validate_json(result.stdout).source.path == "plan\\xff.txt"
    run("check", "--isolated", "--write-baseline", "b.json", ".", cwd=tmp_path)
    result = run("check", "--isolated", "--baseline", "b.json", ".", cwd=tmp_path)
    assert result.returncode == 0 and b"1 known from the baseline" in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ("parse", "-"),
        ("outline", "-"),
        ("normalize", "-"),
        ("render", "--to", "markdown", "-"),
        ("check", "--isolated", "-"),
        ("schema",),
        ("rules",),
    ],
)
def test_full_disk_is_a_usage_error(args):
    with open("/dev/full", "wb") as full:
        result = run(*args, stdin=PLAN_LINES, stdout=full)
    assert result.returncode == 2
    assert (
        result.stderr == b"actionplan-parse: error: cannot write output (No space left on device)\n"
    )


def test_full_disk_as_output_file():
    result = run("check", "--isolated", "-o", "/dev/full", "-", stdin=PLAN_LINES)
    assert result.returncode == 2 and b"/dev/full: cannot write" in result.stderr


@pytest.mark.parametrize("command", ["parse", "outline", "normalize", "check"])
def test_closed_pipe_exits_quietly_with_141(command):
    """`actionplan-parse parse plan | head -c1`: quiet, 141. Commands that write their output
    in one call may see the pipe close only after it (Python reports a partial write of a
    large block as done): then they end with 0, as quietly. `outline` writes row by row."""
    gaps = b"".join(b"%d. Item number %d of a long plan.\n" % (n, n) for n in range(2, 6000, 2))
    process = subprocess.Popen(
        [sys.executable, "-m", "actionplan_parse", command, "--input", "text", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(SRC)},
    )
    process.stdin.write(b"Plan\n" + gaps)
    process.stdin.close()
    assert process.stdout.read(1)
    process.stdout.close()  # the reader goes away
    err = process.stderr.read()
    code = process.wait(timeout=120)
    assert code == 141 if command == "outline" else code in (0, 141)
    assert err == b""


def test_escape_sequences_never_reach_the_terminal(tmp_path):
    name = "esc\x1b[2J.txt"
    text = b"Plan\n1. Trade \x1b[2J\x1b]0;title\x07 open \xe2\x80\xae markets.\n3. Energy.\n"
    (tmp_path / name).write_bytes(text)
    for args in (
        ("outline", name),
        ("check", "--isolated", name),
        ("check", "--isolated", "--format", "github", name),
        ("parse", "missing\x1b[2J.txt"),
    ):
        result = run(*args, cwd=tmp_path)
        for stream in (result.stdout, result.stderr):
            assert b"\x1b" not in stream and b"\x07" not in stream, args
            assert "\u202e".encode() not in stream, args
    shown = run("outline", name, cwd=tmp_path).stdout
    assert b"Trade \\x1b[2J\\x1b]0;title\\x07 open \\u202e markets." in shown
