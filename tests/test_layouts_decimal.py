"""Layout: decimal outlines `1.` / `1.1` / `1.1.1`: depth from the number of components."""

from __future__ import annotations

from layouts import load, outline

from actionplan_parse import parse


def test_decimal_outline_depth_from_components() -> None:
    doc = load("decimal.txt")
    assert [(n.id, n.level, n.heading, n.number) for n in doc.walk()] == [
        ("1", 1, "Political Dialogue", 1),
        ("1.1", 2, None, 1),
        ("1.2", 2, "Strengthen consultations between foreign ministries.", 2),
        ("1.2.1", 3, None, 1),
        ("1.2.2", 3, None, 2),
        ("2", 1, "Economic Cooperation", 2),
        ("2.1", 2, None, 1),
        ("2.2", 2, None, 2),
    ]
    assert [n.label.raw for n in doc.walk()] == [
        "1.", "1.1", "1.2", "1.2.1", "1.2.2", "2.", "2.1", "2.2"
    ]  # fmt: skip
    assert doc.find("2.1").text == "Increase bilateral trade to 10 billion by 2030."
    assert not any(n.inferred for n in doc.walk())


def test_decimal_outline_with_final_points_and_1_10_after_1_9() -> None:
    doc = load("decimal_deep.txt")
    assert outline(doc) == [
        ("1", "Institutional Framework", 1),
        ("1.1", None, 1),
        ("1.2", "The Joint Commission may establish working groups.", 2),
        ("1.2.1", None, 1),
        ("1.2.2", None, 2),
        *[(f"1.{k}", None, k) for k in range(3, 11)],
        ("2", "Final Provisions", 2),
        ("2.1", None, 1),
    ]
    assert doc.find("1.10").label.raw == "1.10."
    assert doc.find("1.10").text == "The Joint Commission may invite observers."
    assert not [d for d in doc.diagnostics if d.severity == "error"]


def test_short_decimal_label_goes_under_the_node_its_numbers_name() -> None:
    """`2.4 Trade` after item 2 of a running list is 2's child, not a heading for 3.
    and 4.: its leading number names the parent (`?` marks a number lost)."""
    for label in ("2.4", "2.?"):
        text = (
            "1. The sides will meet.\n2. The sides will talk.\n"
            f"{label} Trade\n3. The sides will report.\n4. The sides will review.\n"
        )
        doc = parse(text)
        assert [n.id for n in doc.walk()] == ["1", "2", f"2.{label[-1]}", "3", "4"], label


def test_treaty_articles_numbered_by_chapter_hold_their_paragraphs() -> None:
    """`**Article 3.2**` alone on its line, its title on the next: an article (number 2 of
    chapter 3) with a heading, holding the paragraphs `1.` `2.` that restart in each."""
    doc = load("treaty_chapter_articles.md")
    assert [(n.id, n.kind, n.heading) for n in doc.walk() if n.kind != "item"] == [
        ("3", "part", "TRADE IN GOODS"),
        ("3.1", "article", "Definitions"),
        ("3.2", "article", "Scope"),
        ("3.3", "article", "Reduction or Elimination of Customs Duties"),
    ]
    assert [n.id for n in doc.find("3.3").children] == ["3.3.1", "3.3.2", "3.3.3"]
    assert [d.code for d in doc.diagnostics if d.severity == "error"] == []


def test_a_dotted_article_number_on_the_label_line() -> None:
    text = (
        "Agreement\n\nArticle 1.1: Definitions\n\nTerms mean what they say.\n\n"
        "Article 1.2: Scope\n\n1. This Agreement applies to trade.\n\n2. It applies to services.\n"
    )
    doc = parse(text)
    assert [(n.id, n.label.raw if n.label else None) for n in doc.walk()] == [
        ("1", "Article 1.1:"),
        ("2", "Article 1.2:"),
        ("2.1", "1."),
        ("2.2", "2."),
    ]
    assert doc.find("1").text == "Terms mean what they say."
