"""`report`: the HTML page without a browser (escaping, ids, counts, colours, CLI)."""

from __future__ import annotations

import doctest
import re
import subprocess
import sys
from collections import Counter
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path
from types import SimpleNamespace
from typing import get_args

import pytest
from conftest import PLAN
from hypothesis import given, settings
from hypothesis import strategies as st
from profiles_hypothesis import examples

from actionplan_parse import check, parse, parse_file
from actionplan_parse.diff import ChangeKind, compare
from actionplan_parse.outputs.report import (
    COLOURS,
    TEXT_PAIRS,
    UI_PAIRS,
    ReportSource,
    contrast_ratio,
    to_report,
    words,
)
from actionplan_parse.outputs.report.outline import badges
from actionplan_parse.outputs.report.palette import CHANGE_CLASSES
from actionplan_parse.outputs.report.words import mark_words

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


# The diff view of `report OLD NEW` (the bundled plan against its edited next version).

NEXT = ROOT / "tests" / "fixtures" / "diff" / "plan_next.txt"


@pytest.fixture(scope="module")
def diff_html() -> str:
    sources = [
        ReportSource(parse_file(path), path.read_text(encoding="utf-8").splitlines(), path.name)
        for path in (PLAN, NEXT)
    ]
    return to_report(sources)


def _change_rows(html: str) -> list[dict[str, str | None]]:
    return [a for tag, a in _elements(html).tags if tag == "tr" and "data-change" in a]


def test_diff_view_has_one_row_per_change_in_compare_order(diff_html):
    changes = compare(parse_file(PLAN), parse_file(NEXT))
    rows = _change_rows(diff_html)
    assert [(r["data-change"], r["data-old-id"], r["data-new-id"]) for r in rows] == [
        (c.change, c.old_id or "", c.new_id or "") for c in changes
    ]
    expected = Counter(c.change for c in changes)
    assert Counter(r["data-change"] for r in rows) == expected
    assert set(expected) == set(CHANGE_CLASSES)  # the fixture exercises every class
    for kind in CHANGE_CLASSES:
        assert f'data-count="{kind}">{expected[kind]}<' in diff_html
    hidden = {r["data-change"] for r in rows if "hidden" in r}
    assert hidden == {"unchanged"}  # shown by the filter's checkbox
    assert diff_html.index('data-view="diff"') < diff_html.index('data-view="documents"')


def test_diff_rows_mark_the_changed_words(diff_html):
    row = re.search(r'<tr class="change"[^>]*data-old-id="2\.3\.3".*?</tr>', diff_html).group(0)
    assert 'data-change="reworded"' in row and ">99.5<" in row
    assert "Forum in <del>2025</del> to" in row and "Forum in <ins>2026</ins> to" in row
    added = re.search(r'<tr class="change"[^>]*data-change="added".*?</tr>', diff_html).group(0)
    assert 'data-old-id="" data-new-id="2.4.6"' in added and "<ins>" not in added
    assert "\u2014 \u2192 2.4.6</button>" in added


def test_one_document_has_no_diff_view(plan_html):
    assert 'data-view="diff"' not in plan_html and 'class="change"' not in plan_html


def test_mark_words_escapes_and_marks_whole_words():
    assert doctest.testmod(words).failed == 0
    old, new = mark_words("Hold <b> talks in 2025 & more.", "Hold <i> talks in 2026 & more.")
    assert old == "Hold <del>&lt;b&gt;</del> talks in <del>2025</del> &amp; more."
    assert new == "Hold <ins>&lt;i&gt;</ins> talks in <ins>2026</ins> &amp; more."
    assert mark_words("a  b", "a b") == ("a  b", "a b")  # spacing alone is not a change
    assert mark_words("", "all new") == ("", "<ins>all new</ins>")


def test_every_change_class_has_a_colour_pair_checked_for_contrast():
    assert CHANGE_CLASSES == get_args(ChangeKind)
    for kind in CHANGE_CLASSES:
        assert (f"{kind}-fg", f"{kind}-bg") in TEXT_PAIRS
        assert (f"{kind}-fg", "page") in UI_PAIRS


def test_diff_text_is_escaped():
    old_text = "Plan\nFirst, Trade\n(1) Open <b>markets</b>.\n(2) Close.\n"
    new_text = "Plan\nFirst, Trade\n(1) Open <i>markets</i>.\n"
    named = ((old_text, "<o>"), (new_text, "n"))
    sources = [ReportSource(parse(text), text.split("\n"), name) for text, name in named]
    html = to_report(sources)
    assert "<del>&lt;b&gt;markets&lt;/b&gt;.</del>" in html
    assert "Changes from &lt;o&gt; to n" in html
    assert not any(tag in ("b", "i") for tag, _ in _elements(html).tags)


@settings(max_examples=examples(25))
@given(st.text(max_size=300), st.text(max_size=300))
def test_any_two_texts_give_one_row_per_change(old_text, new_text):
    old, new = parse(old_text), parse(new_text)
    html = to_report(
        [ReportSource(old, old_text.split("\n"), "o"), ReportSource(new, new_text.split("\n"), "n")]
    )
    rows = _change_rows(html)
    assert [(r["data-change"], r["data-old-id"], r["data-new-id"]) for r in rows] == [
        (c.change, c.old_id or "", c.new_id or "") for c in compare(old, new)
    ]
