"""`report`: the HTML page without a browser (escaping, ids, counts, colours, CLI)."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import PLAN
from hypothesis import given, settings
from hypothesis import strategies as st
from profiles_hypothesis import examples

from actionplan_parse import check, parse, parse_file
from actionplan_parse.outputs.report import (
    COLOURS,
    TEXT_PAIRS,
    UI_PAIRS,
    ReportSource,
    contrast_ratio,
    to_report,
)
from actionplan_parse.outputs.report.outline import badges

ROOT = Path(__file__).resolve().parents[1]


class _Elements(HTMLParser):
    """Every start tag as (tag, attributes), and the text inside `<script>`."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def having(self, attribute: str) -> list[dict[str, str | None]]:
        return [a for _, a in self.tags if attribute in a]


def _elements(html: str) -> _Elements:
    parser = _Elements()
    parser.feed(html)
    return parser


def _page(text: str) -> str:
    document = parse(text)
    return to_report([ReportSource(document, text.split("\n"), "x.txt")])


@pytest.fixture(scope="module")
def plan_html() -> str:
    document = parse_file(PLAN)
    lines = PLAN.read_text(encoding="utf-8").splitlines()
    return to_report([ReportSource(document, lines, "plan.txt")])


def test_every_node_has_an_element_with_its_data_id_in_document_order(plan_html):
    ids = [a["data-id"] for a in _elements(plan_html).having("data-id")]
    assert ids == [n.id for n in parse_file(PLAN).walk()]


def test_summary_counts_nodes_per_kind_and_findings_per_rule_and_severity(plan_html):
    document = parse_file(PLAN)
    kinds = Counter(n.kind for n in document.walk())
    for kind, count in kinds.items():
        assert re.search(
            rf'<tr data-kind="{kind}"><th scope="row">{kind}</th>'
            rf'<td class="n">{count}</td>',
            plan_html,
        )
    findings = Counter((d.code, d.severity) for d in check(document))
    for (code, severity), count in findings.items():
        row = re.search(rf'<tr data-code="{code}">.*?</tr>', plan_html).group(0)
        assert f'data-severity="{severity}"><span class="badge sev-{severity}">{count}<' in row
    inline = [
        a["data-code"]
        for a in _elements(plan_html).having("data-code")
        if "class" in a and "finding" in a["class"]
    ]
    assert Counter(inline) == Counter(d.code for d in check(document))


def test_garbled_runs_are_marked_line_by_line(plan_html):
    fragments = parse_file(PLAN).fragments
    garbled = [
        int(a["data-line"])
        for a in _elements(plan_html).having("data-line")
        if "garbled" in (a.get("class") or "")
    ]
    expected = [n for f in fragments for n in range(f.span.start_line, f.span.end_line + 1)]
    assert len(fragments) >= 1 and garbled == expected
    assert plan_html.count('class="note garbled"') == len(fragments)


def test_document_text_is_escaped():
    html = _page('Plan <script>alert("x")</script>\nFirst, A & B <b onclick=x>\n(1) "q" \'s\'.\n')
    assert html.count("<script") == 1  # the page's own
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "&lt;b onclick=x&gt;" in html and "A &amp; B" in html
    assert not any("onclick" in a for _, a in _elements(html).tags)


def test_no_remote_reference_and_a_policy_that_forbids_them(plan_html):
    assert "http://" not in plan_html and "https://" not in plan_html
    assert "default-src 'none'" in plan_html
    for attributes in _elements(plan_html).having("src") + _elements(plan_html).having("href"):
        link = attributes.get("src") or attributes.get("href") or ""
        assert link.startswith(("#", "data:")), link


def test_colour_pairs_pass_wcag_aa():
    assert round(contrast_ratio("#000000", "#ffffff"), 2) == 21.0
    assert round(contrast_ratio("#767676", "#ffffff"), 2) == 4.54
    assert contrast_ratio("#123456", "#123456") == 1.0
    weak = [(f, b) for f, b in TEXT_PAIRS if contrast_ratio(COLOURS[f], COLOURS[b]) < 4.5]
    assert weak == []
    weak_ui = [(f, b) for f, b in UI_PAIRS if contrast_ratio(COLOURS[f], COLOURS[b]) < 3.0]
    assert weak_ui == []


def test_the_template_uses_only_palette_colours():
    template = (resources.files("actionplan_parse.outputs.report") / "template.html").read_text()
    assert not re.search(r"#[0-9a-fA-F]{3,8}\b|rgba?\(|hsla?\(", template)
    used = set(re.findall(r"var\(--([\w-]+)\)", template))
    assert used and used <= set(COLOURS)
    assert not re.search(r"\d(?:px|pt)\b", template)  # relative units only


def test_inferred_and_confidence_badges():
    plain = SimpleNamespace(inferred=False, reasons=[])
    assert badges(plain) == ""
    node = SimpleNamespace(inferred=True, reasons=["gap-fill"], confidence=0.25)
    html = badges(node)
    assert 'title="gap-fill">inferred<' in html
    assert 'class="badge confidence low" data-confidence="0.25"' in html
    assert "confidence 0.90" in badges(SimpleNamespace(inferred=False, reasons=[], confidence=0.9))


def test_two_documents_are_keyed_apart():
    text = "Plan\nFirst, Trade\n(1) Open.\n(2) Close.\n"
    document = parse(text)
    source = ReportSource(document, text.split("\n"), "a.txt")
    html = to_report([source, source])
    assert 'class="documents compare"' in html
    assert html.count('data-id="1.1"') == 2 and 'id="d1-L3"' in html
    with pytest.raises(ValueError):
        to_report([source] * 3)


@settings(max_examples=examples(40))
@given(st.text(max_size=400))
def test_any_text_gives_a_page_with_every_node(text):
    document = parse(text)
    html = to_report([ReportSource(document, text.split("\n"), "t")])
    ids = [a["data-id"] for a in _elements(html).having("data-id")]
    assert ids == [n.id for n in document.walk()]


def _cli(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "actionplan_parse", "report", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
    )


def test_cli_writes_the_page(tmp_path):
    out = tmp_path / "r.html"
    done = _cli(str(PLAN), "-o", str(out))
    assert done.returncode == 0 and done.stderr == b""
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    piped = _cli("-", stdin=b"Plan\nFirst, Trade\n(1) Open.\n")
    assert piped.returncode == 0 and b'data-id="1.1"' in piped.stdout
    assert b"&lt;stdin&gt;" in piped.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("missing.txt",), "missing.txt: no such file"),
        (("a", "b", "c"), "one file, or two"),
        ((str(PLAN), "--profile", "nope"), "nope"),
        ((str(PLAN), "-o", "/nonexistent/dir/r.html"), "cannot write"),
    ],
)
def test_cli_errors_are_one_line_and_exit_2(args, message):
    done = _cli(*args)
    assert done.returncode == 2
    lines = done.stderr.decode().splitlines()
    assert len(lines) == 1 and lines[0].startswith("actionplan-parse: error:")
    assert message in lines[0]


def test_html_on_one_line_is_shown_as_the_file_its_spans_point_into(tmp_path):
    page = tmp_path / "one-line.html"
    page.write_text(
        "<html><body><h1>Plan</h1><p>First, Trade</p><p>(1) Open &lt;markets&gt;.</p>"
        "<p>(2) Lower tariffs.</p></body></html>",
        encoding="utf-8",
    )
    done = _cli(str(page))
    assert done.returncode == 0
    html = done.stdout.decode()
    lines = {a["id"]: a for a in _elements(html).having("data-line")}
    for node in parse_file(page).walk():
        assert f"d0-L{node.span.end_line}" in lines
    # HTML spans are places in the HTML file (docs/input-formats.md), so the report shows it
    assert "(1) Open &amp;lt;markets&amp;gt;." in html
