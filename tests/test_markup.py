"""Markup stripping: Markdown and HTML copies of a text strip to the same plain text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from profiles_hypothesis import examples

from actionplan_parse.markup import Stripped, detect_format, front_matter, strip_markup

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
FIXTURES = Path(__file__).parent / "fixtures" / "markup"
TRIPLES = sorted(p.stem for p in FIXTURES.glob("*.txt"))
MARKDOWN_CORPUS = [
    "french_american_roadmap_2024_en.txt",
    "g7_clean_energy_economy_action_plan_2023_en.txt",
    "los_angeles_declaration_deliverables_2022_es.txt",
]
TEXT_CORPUS = ["china_celac_2025_2027.txt", "un_awaza_political_declaration_2025_en.txt"]


def _read(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def _n_lines(text: str) -> int:
    return text.count("\n") + (0 if text.endswith("\n") else 1)


def _check_map(result: Stripped, source: str) -> None:
    n = max(1, _n_lines(source))
    assert len(result.line_map) == len(result.lines)
    assert all(1 <= x <= n for x in result.line_map)
    assert list(result.line_map) == sorted(result.line_map)
    assert all(1 <= k <= len(result.lines) for k in result.emphasis)
    assert len(result.line_end) == len(result.line_map)
    assert all(a <= b <= n for a, b in zip(result.line_map, result.line_end, strict=True))


# -- the same document in three formats --------------------------------------------------


@pytest.mark.parametrize("name", TRIPLES)
@pytest.mark.parametrize(("ext", "fmt"), [("md", "markdown"), ("html", "html")])
def test_formats_strip_to_the_plain_text(name: str, ext: str, fmt: str) -> None:
    plain = _read(f"{name}.txt")
    source = _read(f"{name}.{ext}")
    result = strip_markup(source, fmt)
    assert result.text == plain
    assert strip_markup(plain, "text").text == plain
    _check_map(result, source)


@pytest.mark.parametrize("name", TRIPLES)
def test_markdown_and_html_agree_on_emphasis(name: str) -> None:
    md = strip_markup(_read(f"{name}.md"), "markdown")
    html = strip_markup(_read(f"{name}.html"), "html")
    assert md.emphasis == html.emphasis
    assert md.title == html.title


@pytest.mark.parametrize("name", TRIPLES)
@pytest.mark.parametrize("ext", ["txt", "md", "html"])
def test_fixture_formats_are_detected(name: str, ext: str) -> None:
    expected = {"txt": "text", "md": "markdown", "html": "html"}[ext]
    assert detect_format(_read(f"{name}.{ext}")) == expected


def test_roadmap_signals_and_lines() -> None:
    result = strip_markup(_read("roadmap.md"), "markdown")
    lines = result.lines
    signals = {lines[k - 1]: v for k, v in result.emphasis.items()}
    assert signals == {
        "Joint Action Plan": "h1",
        "Introduction": "h2",
        "Ukraine": "bold-underline",
        "Civil Nuclear Energy": "bold-italic",
        "II. Maximizing the Impact of Incentives": "italic-underline",
        "Global Development, Health, Food Security and International Financial Architecture": (
            "bold-italic"
        ),
    }
    assert result.title == "Joint Action Plan (front matter)"
    # the wrapped heading maps to its first source line; items keep their own labels
    src = _read("roadmap.md").split("\n")
    for line, origin in zip(lines, result.line_map, strict=True):
        if line.startswith(("12. ", "Global Development")):
            assert src[origin - 1].lstrip("*").startswith(line[:12])


# -- the corpus ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", MARKDOWN_CORPUS)
def test_corpus_markdown_detected(name: str) -> None:
    assert detect_format((CORPUS / name).read_text(encoding="utf-8")) == "markdown"


@pytest.mark.parametrize("name", TEXT_CORPUS)
def test_corpus_text_detected(name: str) -> None:
    assert detect_format((CORPUS / name).read_text(encoding="utf-8")) == "text"


_RESIDUE = ("**", "<u>", "</u>", "<sup>", "<!--", "-->", "\\.", "<P>", "<br>")


@pytest.mark.parametrize("name", MARKDOWN_CORPUS)
def test_corpus_markdown_leaves_no_markup(name: str) -> None:
    source = (CORPUS / name).read_text(encoding="utf-8")
    result = strip_markup(source, "markdown")
    _check_map(result, source)
    for line in result.lines:
        assert not any(mark in line for mark in _RESIDUE), line
        assert "date:" not in line  # front matter is not text


def _signalled(name: str) -> list[tuple[str, str]]:
    result = strip_markup((CORPUS / name).read_text(encoding="utf-8"), "markdown")
    return [(result.lines[k - 1], v) for k, v in sorted(result.emphasis.items())]


def test_french_roadmap_headings() -> None:
    name = "french_american_roadmap_2024_en.txt"
    signalled = _signalled(name)
    assert signalled[0] == ("Ukraine", "bold-underline")
    assert ("Middle East", "bold") in signalled
    assert ("Cybersecurity", "bold-italic") in signalled  # `***Cybersecurity* **`
    assert (
        "Global Development, Health, Food Security and International Financial Architecture",
        "bold-italic",
    ) in signalled
    assert ("Transportation", "bold-italic") in signalled  # ends a list item after a break
    lines = strip_markup((CORPUS / name).read_text(encoding="utf-8"), "markdown").lines
    items = [line.split(" ", 1)[0] for line in lines if line[:1].isdigit()]
    assert items[:6] == ["1.", "1.", "2.", "3.", "4.", "1."]  # original labels, not renumbered
    assert "14." in items
    result = strip_markup((CORPUS / name).read_text(encoding="utf-8"), "markdown")
    first = result.lines.index(next(line for line in lines if line.startswith("1. The Presidents")))
    assert (result.line_map[first], result.line_end[first]) == (21, 35)
    assert lines[-1] == "###"  # `\###` is text


def test_g7_parts() -> None:
    name = "g7_clean_energy_economy_action_plan_2023_en.txt"
    signalled = _signalled(name)
    assert signalled[0] == ("I. Moving Forward United", "italic-underline")
    assert signalled[1] == ("II. Maximizing the Impact of Incentives", "italic-underline")
    assert (
        "VI. Promoting Trade and Investment in Clean Energy Goods and Services",
        "italic-underline",
    ) in signalled
    assert len(signalled) == 7
    lines = strip_markup((CORPUS / name).read_text(encoding="utf-8"), "markdown").lines
    assert lines[0].startswith("We, the leaders of the G7, are acting")  # not a code block


def test_los_angeles_pillars() -> None:
    name = "los_angeles_declaration_deliverables_2022_es.txt"
    signalled = _signalled(name)
    assert signalled[0] == ("Pilar I: Estabilidad y asistencia a las comunidades", "bold")
    assert ("Pilar II: Vías legales y protección", "bold") in signalled
    result = strip_markup((CORPUS / name).read_text(encoding="utf-8"), "markdown")
    bullets = [line for line in result.lines if line.startswith("- ")]
    assert len(bullets) > 20
    assert "- que ingresaron en el país de manera regular" in "\n".join(bullets)
    assert result.title is not None and result.title.startswith("La Declaración")


# -- pieces ----------------------------------------------------------------------------------


def test_text_is_identity() -> None:
    text = "**Not stripped**\n<p>kept</p>\n\n1\\. as is\n"
    result = strip_markup(text, "text")
    assert result.text == text
    assert result.line_map == result.line_end == (1, 2, 3, 4)
    assert result.emphasis == {}
    assert strip_markup("a\r\nb", "text") == Stripped("a\nb", (1, 2), {}, None, (1, 2))
    assert strip_markup("", "text").line_map == ()


def test_markdown_details() -> None:
    md = (
        "1\\. Escaped \\*star\\* and \\*\\*two\\*\\*\n\n"
        "3) Parenthesis label\n4) Next\n\n"
        "* star bullet\n+ plus bullet\n\n"
        "Footnote.<sup>2</sup> Power 10<sup>6</sup> and 1<sup>st</sup>.\n\n"
        "**\n\n<!-- comment -->\n\n"
        "Line one  \nline two\\\nline three\n\n"
        "1.\n   - nested under a bare label\n"
    )
    result = strip_markup(md, "markdown")
    assert result.lines == [
        "1. Escaped *star* and **two**",
        "",
        "3) Parenthesis label",
        "",
        "4) Next",
        "",
        "- star bullet",
        "",
        "- plus bullet",
        "",
        "Footnote. Power 106 and 1st.",
        "",
        "Line one",
        "line two",
        "line three",
        "",
        "1.",
        "",
        "    - nested under a bare label",
    ]
    assert result.line_map[12:15] == (15, 16, 17)
    assert result.line_end[12:15] == (15, 16, 17)


def test_html_details() -> None:
    html = (
        "<P>One<P>Two<br/>and a half</P>\n"
        '<ol start="3"><li>three<li>four</ol>\n'
        '<ol type="I"><li>roman</li></ol><ol type="a" start="2"><li>bee</li></ol>\n'
        "<p><b>bold</b> and plain</p>\n"
        '<p><b style="font-weight: normal">not bold</b></p>\n'
        "<pre>code  line\n  second</pre>\n"
        "<p>&lt;tag&gt; &amp; &#x2014; done</p>\n"
    )
    result = strip_markup(html, "html")
    assert result.lines == [
        "One",
        "",
        "Two",
        "and a half",
        "",
        "3. three",
        "",
        "4. four",
        "",
        "I. roman",
        "",
        "b. bee",
        "",
        "bold and plain",
        "",
        "not bold",
        "",
        "code  line",
        "  second",
        "",
        "<tag> & — done",
    ]
    assert result.emphasis == {}


def test_front_matter() -> None:
    assert front_matter("---\ntitle: A\n---\ntext") == (3, "A")
    assert front_matter("---\nnot yaml\n---\n") == (0, None)
    assert front_matter("---\ntitle: [unclosed\n---\n") == (3, None)
    assert front_matter("text\n---\n") == (0, None)


def test_detect_format_cases() -> None:
    assert detect_format("") == "text"
    assert detect_format("Plain text.\n\n1. Item one.\n2. Item two.\n") == "text"
    assert detect_format("<p>Hello</p><p>World</p>") == "html"
    assert detect_format("<!DOCTYPE html><title>x</title>") == "html"
    assert detect_format("# Title\n\n**Bold** text\n") == "markdown"
    assert detect_format("II\\. Part\n\n- one\n- two\n") == "markdown"
    assert detect_format("**Heading**\n\nText with a <br> break.\n\n**Other**\n") == "markdown"


# -- never raises ----------------------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        "**",
        "*",
        "***",
        "_",
        "\\",
        "1.",
        "12)",
        "- ",
        "# ",
        "---",
        "    ",
        "\n",
        "\n\n",
        "<u>",
        "</u>",
        "<sup>",
        "</sup>",
        "<!--",
        "-->",
        "<P>",
        "<br>",
        "<li>",
        "<ol start=x>",
        "</ol>",
        "<pre>",
        "<![CDATA[",
        "<!x",
        "<?",
        "&#xffffff;",
        "&nbsp;",
        "|",
        "```",
        "> ",
        "[a](b)",
        "\r",
        "word",
        "\x00",
    ]
)
_SOURCES = st.one_of(st.text(), st.lists(st.one_of(_PIECES, st.text(max_size=5))).map("".join))


@settings(max_examples=examples(150), deadline=None)
@given(_SOURCES, st.sampled_from(["text", "markdown", "html"]))
def test_never_raises(source: str, fmt: str) -> None:
    result = strip_markup(source, fmt)
    normalised = source.replace("\r\n", "\n").replace("\r", "\n")
    _check_map(result, normalised)
    if fmt != "text":
        assert all("\n" not in line for line in result.lines)


@settings(max_examples=examples(100), deadline=None)
@given(_SOURCES)
def test_detect_format_never_raises(source: str) -> None:
    assert detect_format(source) in ("text", "markdown", "html")


@pytest.mark.parametrize("name", MARKDOWN_CORPUS)
def test_corpus_rendered_to_html_strips_the_same(name: str) -> None:
    """markdown-it's own HTML rendering of a corpus file strips to the same text."""
    from markdown_it import MarkdownIt

    source = (CORPUS / name).read_text(encoding="utf-8")
    skip, _ = front_matter(source)
    body = "\n".join(source.split("\n")[skip:])
    html = MarkdownIt("commonmark", {"html": True}).disable("code").render(body)
    from_md = strip_markup(source, "markdown")
    from_html = strip_markup(html, "html")
    assert from_html.lines == from_md.lines
    assert from_html.emphasis == from_md.emphasis
    assert detect_format(html) == "html"


def test_html_table_cells_and_auto() -> None:
    html = (
        "<table><tr><td><p>a</p><p>a2</p></td><td><p>b</p></td></tr>\n"
        "<tr><td>c</td><td>d</td></tr></table><p>after</p>"
    )
    result = strip_markup(html, "auto")
    assert result.lines == ["a a2 | b", "", "c | d", "", "after"]
    assert result.line_map == (1, 1, 2, 2, 2)
    assert strip_markup("<p>one\ntwo\n</p>\n\n<p>\nthree</p>", "html").line_end == (2, 2, 6)
    assert strip_markup("x\x00y", "text").text == "x\x00y"
    assert strip_markup("# T\n\n**b**\n", "auto").emphasis == {1: "h1", 3: "bold"}


# -- line for line (how the parser reads Markdown) ------------------------------------------


def test_keep_lines_leaves_paragraphs_to_the_parser() -> None:
    md = (
        "**II. Joint action**\n5. We decide to establish a\njoint group.\n6. We invite banks.\n\n"
        "1.  First item that wraps\n    onto a hanging line.\n    - nested bullet\n\n"
        "    **I. Bold section wrapped\n    over two lines**\n\n___\n\nLast `code`.\n"
    )
    result = strip_markup(md, "markdown", keep_lines=True)
    assert result.lines == [
        "II. Joint action",
        "5. We decide to establish a",
        "joint group.",
        "6. We invite banks.",
        "",
        "1. First item that wraps",
        "    onto a hanging line.",
        "    - nested bullet",
        "",
        "    I. Bold section wrapped",
        "    over two lines",
        "",
        "___",
        "",
        "Last code.",
    ]
    assert result.line_map == (1, 2, 3, 4, 4, 6, 7, 8, 8, 10, 11, 11, 13, 13, 15)
    assert result.emphasis == {1: "bold", 10: "bold", 11: "bold"}
    _check_map(result, md)
    # paragraph mode (the default) still joins what CommonMark calls one paragraph
    assert strip_markup(md, "markdown").lines[0].startswith("II. Joint action 5. We decide")


def test_keep_lines_headings_and_html_residue() -> None:
    result = strip_markup("Title\n=====\n## 1. Trade\ntext\n", "markdown", keep_lines=True)
    assert result.lines == ["Title", "", "1. Trade", "text"]
    assert result.emphasis == {1: "h1", 3: "h2"}
    bullets = strip_markup("- a\n\n    * b\n\n+ c\n", "markdown", keep_lines=True)
    assert bullets.lines == ["- a", "", "    * b", "", "+ c"]  # the marker is evidence too
    html = ' * body : <P style="x"><B>Joint Title</B></P>\n<P>1. One.</P>\n'
    stripped = strip_markup(html, "html")
    assert stripped.lines[:3] == ["* body :", "", "Joint Title"]
    assert stripped.residue == 1
    assert strip_markup("<p>clean</p>", "html").residue == 0


def test_front_matter_title_loses_a_trailing_separator() -> None:
    assert front_matter('---\ntitle: "Awaza Political Declaration :"\n---\n')[1] == (
        "Awaza Political Declaration"
    )
    assert front_matter("---\ntitle: Joint Statement\n---\n")[1] == "Joint Statement"
