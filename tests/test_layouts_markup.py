"""Layout: markup is evidence, never authority (issue 9, the input side).

Markdown is read line for line, so CommonMark's paragraph and list continuation rules
decide nothing; headings and emphasis are per-line features. Each fixture is a small
document of our own making, in the layout that went wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from actionplan_parse import Document, parse
from actionplan_parse.markup import detect_format

FIXTURES = Path(__file__).parent / "fixtures" / "layouts"


def read(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def outline(doc: Document) -> list[tuple[str, str, str | None, int]]:
    return [(n.id, n.kind, n.label.raw if n.label else None, n.span.start_line) for n in doc.walk()]


def codes(doc: Document) -> list[str]:
    return [d.code for d in doc.diagnostics if d.severity != "info"]


# -- 1. CommonMark folds `5.` `6.` into the paragraph above -------------------------------


@pytest.mark.parametrize("fmt", ["auto", "markdown"])
def test_numbers_that_cannot_interrupt_a_paragraph_are_still_items(fmt: str) -> None:
    text = read("markup_folded_numbers.md")
    assert detect_format(text) == "markdown"
    doc = parse(text, input_format=fmt)
    assert outline(doc) == [
        ("1", "section", "I.", 6),
        ("1.1", "item", "1.", 7),
        ("1.2", "item", "2.", 9),
        ("1.3", "item", "3.", 11),
        ("1.4", "item", "4.", 14),
        ("2", "section", "II.", 16),
        ("2.5", "item", "5.", 17),
        ("2.6", "item", "6.", 19),
        ("2.7", "item", "7.", 22),
    ]
    assert doc.find("2").heading == "Joint action"
    assert doc.find("2.5").text == (
        "We decide to establish a joint working group on flood forecasting."
    )
    assert "AP101" not in [d.code for d in doc.diagnostics]  # no false gap


def test_folded_numbers_read_as_text_find_the_same_items() -> None:
    items = [n.label.raw for n in parse(read("markup_folded_numbers.md"), "text").walk()]
    assert items == ["1.", "2.", "3.", "4.", "5.", "6.", "7."]


# -- 3. Pandoc hard wraps: continuation lines indented four spaces --------------------------


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("markup_hanging_wrap.txt", "auto"),
        ("markup_hanging_wrap.txt", "markdown"),
        ("markup_hanging_wrap.md", "auto"),
    ],
)
def test_a_wrap_after_a_capitalised_word_does_not_split_the_item(name: str, fmt: str) -> None:
    doc = parse(read(name), input_format=fmt)
    assert [(n.id, n.kind, n.heading) for n in doc.walk()] == [
        (str(k), "item", None) for k in range(1, 6)
    ]
    assert doc.find("3").text == (
        "The two sides will set up a Joint Laboratory for Clean Energy and hold its first "
        "meeting in 2027."
    )
    assert doc.find("1").text.endswith(
        "we intend to establish a Joint Commission on Science, Technology and Innovation."
    )


# -- 4. Bold Roman sections wrapped over two lines, indented as a list continuation --------


@pytest.mark.parametrize("name", ["markup_bold_sections_tight.md", "markup_bold_sections_loose.md"])
def test_wrapped_bold_sections_between_running_numbers(name: str) -> None:
    doc = parse(read(name))
    assert doc.source.format == "markdown"
    assert [(n.id, n.kind, n.label.raw if n.label else None) for n in doc.walk()] == [
        ("1", "item", "1."),
        ("2", "item", "2."),
        ("1#2", "section", "I."),
        ("1#2.3", "item", "3."),
        ("1#2.4", "item", "4."),
        ("2#2", "section", "II."),
        ("2#2.5", "item", "5."),
        ("2#2.6", "item", "6."),
    ]
    assert doc.find("1#2").heading == (
        "Strengthen the multilateral trading system for a sustainable global recovery"
    )
    assert doc.find("2#2").heading == (
        "Build resilient health systems and prepare for future pandemics"
    )
    assert doc.find("2").text.endswith("to support growth.")  # the section is not its text


# -- 5. An unnumbered heading whose first word is a number ---------------------------------


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("markup_number_heading.txt", "auto"),
        ("markup_number_heading.txt", "markdown"),
        # no blank lines: the full line cut by the wrapper is continued by `Goals`
        ("markup_number_heading_tight.txt", "auto"),
    ],
)
def test_heading_starting_with_a_year_is_a_heading(name: str, fmt: str) -> None:
    doc = parse(read(name), input_format=fmt)
    assert [(n.id, n.kind, n.heading) for n in doc.walk()] == [
        (
            "1",
            "heading",
            "2030 Agenda for Sustainable Development and the Sustainable Development Goals",
        ),
        ("1.1", "item", None),
        ("1.2", "item", None),
        ("2", "heading", "Means of Implementation"),
        ("2.3", "item", None),
        ("2.4", "item", None),
    ]
    assert doc.title == "Political Declaration on Sustainable Development"


# -- 9. HTML with residue before the first tag ----------------------------------------------


@pytest.mark.parametrize("fmt", ["auto", "html"])
def test_residue_before_the_markup_is_a_fragment(fmt: str) -> None:
    text = read("markup_html_residue.html")
    assert detect_format(text) == "html"
    doc = parse(text, input_format=fmt)
    assert doc.source.format == "html"
    assert doc.title == "Joint Communiqué on Trade and Investment"
    assert doc.preamble == ["The two Ministers met in Geneva on 3 June 2026 and agreed as follows:"]
    assert [(n.id, n.kind) for n in doc.walk()] == [("1", "item"), ("2", "item"), ("3", "item")]
    assert [f.raw for f in doc.fragments] == ["* body :"]
    assert codes(doc) == ["AP001"]  # reported, not dropped


# -- headings in Markdown: `## 1.` and a list's `1.` are different levels -------------------


_NUMBERED_HEADINGS = {
    "markdown": (
        "# Plan of Action\n\n## 1. Political dialogue\n\n1. Hold annual summits.\n"
        "2. Hold ministerial meetings.\n\n## 2. Trade\n\n1. Expand trade.\n"
        "2. Promote investment.\n"
    ),
    "html": (
        "<h1>Plan of Action</h1>\n<h2>1. Political dialogue</h2>\n<ol><li>Hold annual summits."
        "</li>\n<li>Hold ministerial meetings.</li></ol>\n<h2>2. Trade</h2>\n<ol><li>Expand "
        "trade.</li>\n<li>Promote investment.</li></ol>\n"
    ),
}


@pytest.mark.parametrize("fmt", list(_NUMBERED_HEADINGS))
def test_numbered_headings_hold_their_lists(fmt: str) -> None:
    text = _NUMBERED_HEADINGS[fmt]
    doc = parse(text)
    assert doc.source.format == fmt
    assert doc.title == "Plan of Action"
    assert [(n.id, n.heading) for n in doc.walk()] == [
        ("1", "Political dialogue"),
        ("1.1", None),
        ("1.2", None),
        ("2", "Trade"),
        ("2.1", None),
        ("2.2", None),
    ]
    if fmt == "markdown":  # read as text, `## 1.` is no label: the lists run together
        assert [n.id for n in parse(text, "text").walk()] == ["1", "2", "1#2", "2#2"]


# -- titles -------------------------------------------------------------------------------

_ITEMS_MD = "We, the Ministers, agree as follows:\n\n1. One thing.\n\n2. Two things.\n"
_ITEMS_HTML = (
    "<p>We, the Ministers, agree as follows:</p><ol><li>One thing.</li><li>Two things.</li></ol>"
)


@pytest.mark.parametrize(
    ("text", "title", "preamble"),
    [
        # front matter `title:` wins over a lead-in guessed as the title
        ("---\ntitle: Stated Title\n---\n\n" + _ITEMS_MD, "Stated Title", 1),
        # a visible `# H1` wins over the front matter
        ("---\ntitle: Stated Title\n---\n\n# Visible Title\n\n" + _ITEMS_MD, "Visible Title", 1),
        # a `# H1` after a short first line: the H1 is the title, the line the preamble
        ("United Nations\n\n# Visible Title\n\n" + _ITEMS_MD, "Visible Title", 2),
        ("Visible Title\n=============\n\n" + _ITEMS_MD, "Visible Title", 1),
        (f"<title>Head Title</title><body>{_ITEMS_HTML}</body>", "Head Title", 1),
        (
            f"<title>Head</title><body><p>United Nations</p><h1>Visible Title</h1>{_ITEMS_HTML}",
            "Visible Title",
            2,
        ),
    ],
)
def test_title_by_strength_of_evidence(text: str, title: str, preamble: int) -> None:
    doc = parse(text)
    assert doc.title == title
    assert len(doc.preamble) == preamble
    assert [(n.id, n.level) for n in doc.walk()] == [("1", 1), ("2", 1)]


def test_several_h1_sections_are_not_a_title() -> None:
    doc = parse("# Trade\n\n1. Expand trade.\n\n# Energy\n\n1. Build grids.\n")
    assert doc.title is None
    assert [(n.id, n.heading) for n in doc.walk()] == [
        ("1", "Trade"),
        ("1.1", None),
        ("2", "Energy"),
        ("2.1", None),
    ]


# -- never crash on markup that leaves little or overlapping text ---------------------------


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ("\n\n\n", "markdown"),
        ("<p></p>", "html"),
        ("<!-- -->\n", "markdown"),
        # two h1 headings, the second on the source line where the first one ends
        ("<h1>One\n\n\t</title>\n    two<h1>*", "html"),
    ],
)
def test_markup_leaving_little_text_gives_a_document(text: str, fmt: str) -> None:
    doc = parse(text, input_format=fmt)
    assert Document.model_validate_json(doc.model_dump_json()) == doc


# -- a tight list in a blank-separated text: each item is its own paragraph ---------------


@pytest.mark.parametrize("fmt", ["auto", "text"])
def test_tight_list_items_after_an_unfinished_wrap(fmt: str) -> None:
    text = (
        "Joint Fact Sheet on Clean Energy Supply Chains\n\n"
        "The two countries will focus on the following components:\n\n"
        "-   Power transmission line components including conductors, cabling,\n"
        "    transformers, and next generation technologies\n"
        "-   Energy storage components including batteries\n"
        "-   Battery packs for electric vehicles and zero-emission bus and\n"
        "    truck components\n\n"
        "The two countries will review progress in 2026 and report to leaders.\n"
    )
    doc = parse(text, input_format=fmt)
    assert [(n.kind, n.heading or n.text.split("\n\n")[0]) for n in doc.walk()] == [
        (
            "bullet",
            "Power transmission line components including conductors, cabling, transformers, "
            "and next generation technologies",
        ),
        ("bullet", "Energy storage components including batteries"),
        (
            "bullet",
            "Battery packs for electric vehicles and zero-emission bus and truck components",
        ),
    ]
