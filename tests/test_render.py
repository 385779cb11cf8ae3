"""`render` and `to_markdown`: the golden Markdown, its structure, the row formats, the CLI."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from collections import Counter

import pytest
from click.testing import CliRunner
from conftest import CORPUS, PLAN
from hypothesis import HealthCheck, assume, given, note, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from profiles_hypothesis import examples
from strategies_normalize import plans

from actionplan_parse import Document, parse, parse_file, to_markdown, to_rows
from actionplan_parse.cli import cli
from actionplan_parse.outputs import ROW_FIELDS
from actionplan_parse.outputs.markdown import escape

GOLDEN_MD = CORPUS / "china_celac_2025_2027.md"
MD = MarkdownIt("commonmark")


@pytest.fixture(scope="module")
def plan() -> Document:
    return parse_file(PLAN)


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def outline_of(markdown: str) -> dict:
    """What a reader sees: node count per level, list numbers, marker counts."""
    levels: Counter[int] = Counter()
    numbers: list[int] = []
    depth = 1  # the title (`#`); items before any node heading are level 1
    tokens = MD.parse(markdown)
    start, index = 1, 0
    for token in tokens:
        if token.type == "heading_open":
            depth = int(token.tag[1:])
            if depth >= 2:
                levels[depth - 1] += 1
        elif token.type == "ordered_list_open":
            start, index = int(token.attrs.get("start", 1)), 0
        elif token.type == "list_item_open" and token.level == 1:  # not nested
            levels[depth] += 1
            if token.markup in (".", ")"):
                numbers.append(start + index)
                index += 1
    inline = [t.content for t in tokens if t.type == "inline"]
    return {"levels": levels, "numbers": numbers, "inline": inline}


def tree_levels(document: Document) -> Counter[int]:
    return Counter(node.level for node in document.walk())


def listed_numbers(document: Document) -> list[int]:
    """Numbers of the nodes `to_markdown` writes as list items, in order."""
    out = []

    def visit(nodes):
        headings = False
        for node in nodes:
            headings = headings or bool(node.children or node.heading)
            if headings:
                visit(node.children)
            elif node.number is not None and node.kind != "bullet":  # bullets: `-` items
                out.append(node.number)

    visit(document.children)
    return out


# -- the bundled plan ----------------------------------------------------------------------------


def test_markdown_matches_golden_file(plan):
    assert to_markdown(plan) == GOLDEN_MD.read_text(encoding="utf-8")


def test_markdown_headings_and_lists_match_the_tree(plan):
    seen = outline_of(to_markdown(plan))
    assert seen["levels"] == tree_levels(plan)
    assert seen["levels"][1] == 5 and sum(seen["levels"].values()) == len(list(plan.walk()))


def test_rendered_list_numbers_are_the_normalised_numbers(plan):
    seen = outline_of(to_markdown(plan))
    assert seen["numbers"] == listed_numbers(plan)
    assert seen["numbers"][:4] == [1, 2, 3, 4]  # part 1: 1.1 .. 1.4
    section = plan.find("2.5")
    assert [c.number for c in section.children] == [1, 2, 3, 4, 6, 7]


def test_markdown_marks_inferred_and_lost_content(plan):
    markdown = to_markdown(plan)
    assert markdown.count("*[inferred]*") == sum(n.inferred for n in plan.walk())
    assert markdown.count("*[heading lost]*") == 3
    assert "## *[inferred]* 3. *[heading lost]*" in markdown  # the marker first, as normalize
    assert "### *[inferred]* 3.? *[heading lost]*" in markdown
    rendered = MD.render(markdown)
    assert rendered.count("[content lost: source lines") == 2
    assert "{\\" not in markdown


def test_markdown_diagnostics_are_optional(plan):
    assert "## Diagnostics" not in to_markdown(plan)
    markdown = to_markdown(plan, with_diagnostics=True)
    head, _, tail = markdown.partition("## Diagnostics\n\n")
    assert head.rstrip("\n") == to_markdown(plan).rstrip("\n")
    items = [line for line in tail.splitlines() if line.startswith("- **AP")]
    assert len(items) == len(plan.diagnostics)
    tokens = MD.parse(tail)
    assert sum(t.type == "list_item_open" for t in tokens) == len(plan.diagnostics)


def test_markdown_styles_label_the_headings(plan):
    assert "## Part II mutual benefit" in to_markdown(plan, style="legal")
    assert "## Second, mutual benefit" in to_markdown(plan, style="source")
    with pytest.raises(ValueError):
        to_markdown(plan, style="nope")


def test_markdown_escapes_what_would_become_structure():
    text = (
        "Plan *draft* <b>\n"
        "First, Trade_and_energy\n"
        "(1) 1. is not a list; # nor a heading; [a](b) nor a link; *x* nor emphasis.\n"
        "(2) - nor a bullet & no &amp; entity.\n"
    )
    markdown = to_markdown(parse(text))
    tokens = MD.parse(markdown)
    kinds = {child.type for t in tokens if t.type == "inline" for child in t.children}
    assert kinds <= {"text"}, kinds
    seen = outline_of(markdown)
    assert seen["levels"] == {1: 1, 2: 2}
    rendered = MD.render(markdown)
    assert "1. is not a list; # nor a heading; [a](b) nor a link; *x* nor emphasis." in rendered
    assert "- nor a bullet &amp; no &amp;amp; entity." in rendered


@settings(max_examples=examples(40), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans())
def test_generated_plans_render_to_matching_markdown(plan):
    document = parse(plan.text, "text")
    markdown = to_markdown(document)
    note(markdown)
    seen = outline_of(markdown)
    assert seen["levels"] == tree_levels(document)
    assert seen["numbers"] == listed_numbers(document)


# -- rows and JSON -------------------------------------------------------------------------------


def test_to_rows_is_exported_and_has_the_outline_fields(plan):
    rows = to_rows(plan)
    assert len(rows) == 101 and all(tuple(row) == ROW_FIELDS for row in rows)


def test_render_json_is_the_full_document(plan):
    result = invoke("render", str(PLAN), "--to", "json")
    assert result.exit_code == 0
    again = Document.model_validate_json(result.stdout)
    assert again.model_dump(exclude={"source"}) == plan.model_dump(exclude={"source"})


def test_render_jsonl_and_csv_are_the_outline_rows(plan):
    jsonl = invoke("render", str(PLAN), "--to", "jsonl").stdout
    assert [json.loads(line) for line in jsonl.splitlines()] == to_rows(plan)
    assert jsonl == invoke("outline", str(PLAN), "--format", "jsonl").stdout
    table = invoke("render", str(PLAN), "--to", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(table)))
    assert tuple(rows[0]) == ROW_FIELDS and len(rows) == 101
    assert rows[0]["id"] == "1" and rows[0]["inferred"] == "false"
    assert table == invoke("outline", str(PLAN), "--format", "csv").stdout


def test_render_markdown_cli_and_output_file(tmp_path):
    result = invoke("render", str(PLAN), "--to", "markdown")
    assert result.stdout == GOLDEN_MD.read_text(encoding="utf-8")
    target = tmp_path / "plan.md"
    assert invoke("render", str(PLAN), "--to", "markdown", "-o", str(target)).exit_code == 0
    assert target.read_text(encoding="utf-8") == result.stdout
    with_diagnostics = invoke("render", str(PLAN), "--to", "markdown", "--with-diagnostics")
    assert "## Diagnostics" in with_diagnostics.stdout


def test_normalize_cli_styles_and_output_file(tmp_path):
    for style in ("decimal", "legal", "source"):
        golden = (CORPUS / f"china_celac_2025_2027.normalized.{style}.txt").read_text("utf-8")
        assert invoke("normalize", str(PLAN), "--style", style).stdout == golden
    assert invoke("normalize", str(PLAN)).stdout.startswith("China-CELAC")
    target = tmp_path / "out.txt"
    assert invoke("normalize", str(PLAN), "-o", str(target)).exit_code == 0
    assert "[inferred] 3.? [heading lost]" in target.read_text(encoding="utf-8")


def test_normalize_reads_stdin():
    result = CliRunner().invoke(
        cli, ["normalize", "-", "--style", "legal"], input="Plan\nFirst, Trade\n(1) Open.\n"
    )
    assert result.stdout == "Plan\nPart I Trade\n1. Open.\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["normalize", "missing.txt"], "missing.txt: no such file"),
        (["render", "missing.txt", "--to", "json"], "missing.txt: no such file"),
        (["normalize", str(PLAN), "-o", "/nonexistent-dir/out.txt"], "cannot write"),
        (["render", str(PLAN), "--to", "pdf"], "Invalid value for '--to'"),
        (["normalize", str(PLAN), "--style", "roman"], "Invalid value for '--style'"),
    ],
)
def test_errors_are_one_line_with_exit_code_2(args, message):
    result = subprocess.run(
        [sys.executable, "-m", "actionplan_parse", *args], capture_output=True, text=True
    )
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


SOURCES = sorted(p for p in CORPUS.glob("*.txt") if ".normalized." not in p.name)


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.stem[:24])
def test_corpus_markdown_matches_each_tree(path):
    document = parse_file(path)
    assert max((n.level for n in document.walk()), default=0) <= 5  # all headings fit in h6
    seen = outline_of(to_markdown(document))
    assert seen["levels"] == tree_levels(document)
    assert seen["numbers"] == listed_numbers(document)


def test_bilingual_markdown_shows_both_languages():
    document = parse_file(CORPUS / "china_africa_changsha_declaration_2025_zh_en.txt")
    markdown = to_markdown(document)
    assert outline_of(markdown)["levels"] == tree_levels(document)  # translations add no items
    rendered = MD.render(markdown)
    for node in document.translations[0].walk():
        assert node.text[:60] in rendered
    assert rendered.count("[en]") == len(list(document.translations[0].walk()))


MARKDOWNISH = st.text(alphabet="*_#[]()<>`\\&!-+=.):;|~'\"1209 aZé“”", min_size=1)
ANY_TEXT = st.text(alphabet=st.characters(exclude_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1)


@settings(max_examples=examples(300), deadline=None)
@given(st.one_of(MARKDOWNISH, ANY_TEXT))
def test_escaped_text_renders_as_itself(text):
    text = " ".join(text.split())  # node texts are tidied: single spaces, stripped
    assume(text)
    tokens = MD.parse(escape(text))
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"]
    children = tokens[1].children
    assert all(child.type == "text" for child in children), [c.type for c in children]
    assert "".join(child.content for child in children) == text
