"""Layout: unnumbered headings (bold, bold-italic, underline, ALL CAPS, Title Case).

A short line without a final full stop that governs the paragraphs after it is a
heading node (`kind == "heading"`, numbered by position). Numbered paragraphs under
headings may run on across them or restart under each one: neither is a lost heading.
A restart with *no* visible heading still opens an inferred container (as in the
bundled plan). Heading levels come from their styling and order, learnt per document.
"""

from __future__ import annotations

import pytest
from layouts import load, outline

from actionplan_parse import Document, parse

STYLED_LEVELS = [  # the same plan, its heading levels given by emphasis in either order
    ("1", 1, "Security Cooperation", 1),
    ("1.1", 2, "Maritime Security", 1),
    ("1.1.1", 3, None, 1),
    ("1.1.2", 3, None, 2),
    ("1.2", 2, "Cybersecurity", 2),
    ("1.2.3", 3, None, 3),
    ("2", 1, "Economic Cooperation", 2),
    ("2.1", 2, "Trade", 1),
    ("2.1.4", 3, None, 4),
]


def levelled(doc: Document) -> list[tuple[str, int, str | None, int | None]]:
    return [(n.id, n.level, n.heading, n.number) for n in doc.walk()]


def test_caps_headings_after_roman_labels_numbering_runs_on() -> None:
    doc = load("headings_caps_continuing.txt")
    assert outline(doc) == [
        ("1", "GLOBAL CONTEXT", 1),
        ("1.1", None, 1),
        ("1.2", None, 2),
        ("2", "SHARED COMMITMENTS", 2),
        ("2.3", None, 3),
        ("2.4", None, 4),
    ]
    assert not any(n.inferred for n in doc.walk())


def test_caps_headings_after_roman_labels_numbering_restarts() -> None:
    doc = load("headings_caps_restart.txt")
    assert outline(doc) == [
        ("1", "POLITICAL DIALOGUE", 1),
        ("1.1", None, 1),
        ("1.2", None, 2),
        ("2", "TRADE AND INVESTMENT", 2),
        ("2.1", None, 1),
        ("2.2", None, 2),
    ]
    assert not any(n.inferred for n in doc.walk())
    assert not [d for d in doc.diagnostics if d.name == "missing-heading"]


def test_unlabelled_caps_headings_numbering_runs_on() -> None:
    doc = load("headings_caps_plain.txt")
    assert doc.preamble == ["We, the Ministers of Foreign Affairs, met in Brasilia on 12 May 2025."]
    assert outline(doc) == [
        ("1", "GLOBAL CONTEXT", 1),
        ("1.1", None, 1),
        ("1.2", None, 2),
        ("2", "PEACE AND SECURITY", 2),
        ("2.3", None, 3),
        ("2.4", None, 4),
        ("3", "SUSTAINABLE DEVELOPMENT", 3),
        ("3.5", None, 5),
    ]


def test_unlabelled_caps_headings_later_ones_are_heading_nodes() -> None:
    """The part that works today: headings after the first numbered paragraph."""
    doc = load("headings_caps_plain.txt")
    headings = [(n.heading, n.kind, n.label) for n in doc.walk() if n.kind == "heading"]
    assert ("PEACE AND SECURITY", "heading", None) in headings
    assert ("SUSTAINABLE DEVELOPMENT", "heading", None) in headings
    assert not any(n.inferred for n in doc.walk())


def test_unlabelled_caps_headings_numbering_restarts() -> None:
    doc = load("headings_caps_unlabelled_restart.txt")
    assert doc.preamble == ["The two Governments have agreed on the following actions."]
    assert outline(doc) == [
        ("1", "POLITICAL DIALOGUE", 1),
        ("1.1", None, 1),
        ("1.2", None, 2),
        ("2", "TRADE AND INVESTMENT", 2),
        ("2.1", None, 1),
        ("2.2", None, 2),
        ("3", "CULTURE", 3),
        ("3.1", None, 1),
    ]


def test_unlabelled_caps_headings_restart_is_not_a_lost_heading() -> None:
    doc = load("headings_caps_unlabelled_restart.txt")
    assert not any(n.inferred for n in doc.walk())
    assert not [d for d in doc.diagnostics if d.name == "missing-heading"]


def test_title_case_headings() -> None:
    doc = load("headings_title_case.txt")
    assert doc.title == "Plan of Action for Cultural Cooperation"
    assert doc.preamble == ["The two Governments have agreed on the following activities."]
    assert outline(doc) == [
        ("1", "Education and Academic Exchanges", 1),
        ("1.1", None, 1),
        ("1.2", None, 2),
        ("2", "Culture and Heritage", 2),
        ("2.3", None, 3),
        ("2.4", None, 4),
    ]


def test_bold_headings_numbering_restarts_under_each() -> None:
    doc = load("headings_bold_restart.md")
    assert doc.source.format == "markdown"
    assert doc.title == "Action Plan on Energy Cooperation"
    assert doc.preamble == [
        "The Parties, recognizing the importance of a just energy transition, "
        "adopt the following actions."
    ]
    assert outline(doc) == [
        ("1", "Renewable Energy", 1),
        ("1.1", None, 1),
        ("1.2", None, 2),
        ("2", "Energy Efficiency", 2),
        ("2.1", None, 1),
        ("2.2", None, 2),
        ("2.3", None, 3),
    ]
    headings = [n for n in doc.walk() if n.heading]
    assert all(n.kind == "heading" and n.label is None for n in headings)
    assert all("position-number" in n.reasons for n in headings)
    assert not any(n.inferred for n in doc.walk())


def test_underlined_html_headings_numbering_runs_on() -> None:
    doc = load("headings_underline_html.html")
    assert doc.source.format == "html"
    assert outline(doc) == [
        ("1", "Bilateral Relations", 1),
        ("1.1", None, 1),
        ("1.2", None, 2),
        ("2", "Regional Issues", 2),
        ("2.3", None, 3),
    ]


def test_underlined_markdown_headings() -> None:
    doc = load("headings_markdown_underline.md")
    assert doc.source.format == "markdown"
    assert outline(doc) == [
        ("1", "Bilateral Relations", 1),
        ("1.1", None, 1),
        ("1.2", None, 2),
        ("2", "Regional Issues", 2),
        ("2.3", None, 3),
    ]
    assert doc.find("2").kind == "heading"


def test_bold_underline_above_bold_italic() -> None:
    doc = load("headings_styled_levels.md")
    assert levelled(doc) == STYLED_LEVELS + [("2.2", 2, "Investment", 2), ("2.2.5", 3, None, 5)]


def test_heading_levels_are_learnt_per_document() -> None:
    """Here bold-italic comes first and bold below it: the order decides."""
    doc = load("headings_styled_levels_reversed.md")
    assert levelled(doc) == STYLED_LEVELS


# -- restarts: a visible heading prevents an inferred container; none gives one ----------


def test_restart_without_visible_heading_opens_inferred_container() -> None:
    doc = load("restart_no_heading.txt")
    assert outline(doc) == [
        ("1", "Political Cooperation", 1),
        ("1.1", None, 1),
        ("1.2", None, 2),
        ("2", "Economic Cooperation", 2),
        ("2.1", None, 1),
        ("2.2", None, 2),
        ("2.3", None, 3),
        ("3", None, 3),
        ("3.1", None, 1),
        ("3.2", None, 2),
        ("4", "Cultural Cooperation", 4),
        ("4.1", None, 1),
    ]
    lost = doc.find("3")
    assert lost.inferred and lost.label is None
    assert lost.reasons == ["numbering-restart", "neighbour-number"]
    assert [n.id for n in doc.walk() if n.inferred] == ["3"]
    assert [d.node_id for d in doc.diagnostics if d.name == "missing-heading"] == ["3"]


def test_restart_after_visible_heading_is_not_inferred() -> None:
    doc = load("restart_visible_heading.txt")
    assert outline(doc) == [
        ("1", "Political Cooperation", 1),
        ("1.1", None, 1),
        ("1.2", None, 2),
        ("2", "Economic Cooperation", 2),
        ("2.1", None, 1),
        ("2.2", None, 2),
        ("2.3", None, 3),
        ("3", "Social Cooperation", 3),
        ("3.1", None, 1),
        ("3.2", None, 2),
        ("4", "Cultural Cooperation", 4),
        ("4.1", None, 1),
    ]
    assert not any(n.inferred for n in doc.walk())
    assert not [d for d in doc.diagnostics if d.name == "missing-heading"]


def test_caps_headings_above_title_case_headings() -> None:
    doc = load("headings_caps_and_title.txt")
    assert doc.preamble == ["The two Governments adopt the following Joint Action Plan."]
    assert levelled(doc) == [
        ("1", 1, "POLITICAL COOPERATION", 1),
        ("1.1", 2, "High-Level Dialogue", 1),
        ("1.1.1", 3, None, 1),
        ("1.1.2", 3, None, 2),
        ("1.2", 2, "Parliamentary Exchanges", 2),
        ("1.2.3", 3, None, 3),
        ("2", 1, "ECONOMIC COOPERATION", 2),
        ("2.1", 2, "Trade and Investment", 1),
        ("2.1.4", 3, None, 4),
    ]


def test_bold_underline_above_bold() -> None:
    doc = load("headings_bold_vs_bold_underline.md")
    assert levelled(doc) == [
        ("1", 1, "Political Cooperation", 1),
        ("1.1", 2, "High-Level Dialogue", 1),
        ("1.1.1", 3, None, 1),
        ("1.1.2", 3, None, 2),
        ("1.2", 2, "Parliamentary Exchanges", 2),
        ("1.2.3", 3, None, 3),
        ("2", 1, "Economic Cooperation", 2),
        ("2.1", 2, "Trade", 1),
        ("2.1.4", 3, None, 4),
    ]


def test_bold_caps_lines_ending_with_a_comma_are_a_tier_above_plain_bold_caps_headings():
    """A council communiqué: `**AU TITRE DES …,**` opens a part; the bold ministry names
    under the last one are its sections, not its siblings."""
    text = (
        "# Communiqué du Conseil\n\n"
        "**AU TITRE DES TEXTES LEGISLATIFS,**\n\n"
        "Le Conseil a examiné et adopté :\n\n"
        "- le projet de loi relatif aux marchés ;\n\n"
        "- le projet de décret relatif aux ports.\n\n"
        "**AU TITRE DES MESURES INDIVIDUELLES,**\n\n"
        "Le Président a pris les décisions suivantes :\n\n"
        "**MINISTERE DES FINANCES**\n\n"
        "Madame Awa NDIAYE est nommée Directrice du Budget.\n\n"
        "**MINISTERE DE LA SANTE**\n\n"
        "Monsieur Ali FALL est nommé Directeur de la Santé.\n"
    )
    document = parse(text, input_format="markdown")
    assert [(n.id, n.heading) for n in document.walk()] == [
        ("1", "AU TITRE DES TEXTES LEGISLATIFS,"),
        ("1.1", None),
        ("1.2", None),
        ("2", "AU TITRE DES MESURES INDIVIDUELLES,"),
        ("2.1", "MINISTERE DES FINANCES"),
        ("2.2", "MINISTERE DE LA SANTE"),
    ]


def test_title_case_and_sentence_case_headings_between_paragraphs_are_one_tier():
    """UN resolutions head parts `Peacebuilding Commission` … `Peacebuilding financing`:
    the capitals of two words make no tier, so the second is a sibling, not a child."""
    text = (
        "The General Assembly,\n\nRecalling its resolutions on the review,\n\n"
        "Peacebuilding Commission\n\n1. Reaffirms the mandate of the Commission;\n\n"
        "2. Encourages the Commission to meet more often;\n\n"
        "Peacebuilding financing\n\n3. Calls for the full implementation of the resolutions;\n\n"
        "4. Decides to review the fund in 2030.\n"
    )
    document = parse(text)
    assert [(n.id, n.heading) for n in document.walk()] == [
        ("1", "Peacebuilding Commission"),
        ("1.1", None),
        ("1.2", None),
        ("2", "Peacebuilding financing"),
        ("2.3", None),
        ("2.4", None),
    ]


def test_a_sentence_case_heading_inside_a_titled_section_stays_in_it():
    """Under an `Annex` heading, `II. Programme of action` is a titled section: the
    sentence-case headings after its paragraphs are its parts, not the annex's siblings."""
    text = (
        "Resolution adopted by the General Assembly\n\n1. Endorses the declaration annexed.\n\n"
        "Annex\n\nI. Global context\n\n1. We gather at a critical juncture for the world.\n\n"
        "II. Programme of action\n\n2. We adopt the programme of action set out below.\n\n"
        "Partnerships and support mechanisms\n\n3. We call for stronger partnerships.\n\n"
        "Follow-up and review\n\n4. We decide to review progress in 2030.\n"
    )
    document = parse(text)
    heads = {n.heading: n.id for n in document.walk() if n.heading}
    assert heads["Partnerships and support mechanisms"].startswith(heads["Programme of action"])
    assert heads["Follow-up and review"].startswith(heads["Programme of action"])


@pytest.mark.parametrize("last", ["_[AA : A1838, 854/10/4/3, iii b]_", "Done at Lima"])
def test_the_last_paragraph_heads_nothing(last):
    text = f"Plan\n\n1. The sides will meet.\n\n2. The sides will talk.\n\n{last}\n"
    document = parse(text, input_format="markdown")
    assert [n.id for n in document.walk()] == ["1", "2"]
    assert document.find("2").text.endswith(last.strip("_"))
