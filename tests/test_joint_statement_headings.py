"""A joint statement with no numbered items: long headings set apart by markup hold the text."""

from __future__ import annotations

from actionplan_parse import parse

STATEMENT = """---
title: "Joint Statement of the Leaders"
---

President Biden is honored to welcome President Marcos to Washington, DC.

*<u>
Partnering for Peace and Security: Strengthening our Alliance, Upholding
International Law, and Expanding Regional Collaboration</u>*

President Biden reaffirms the ironclad alliance commitments to the Philippines.

The leaders welcome the identification of new sites.

*<u>
Delivering Prosperity and Resilience: Driving Broad-Based Economic
Growth</u>*

The leaders welcome their countries' plans.
"""


def test_markup_headings_hold_the_paragraphs_after_them():
    document = parse(STATEMENT)
    assert document.source.format == "markdown"
    assert document.title == "Joint Statement of the Leaders"
    assert document.preamble == [
        "President Biden is honored to welcome President Marcos to Washington, DC."
    ]
    assert [(n.id, n.kind, n.heading[:22]) for n in document.walk()] == [
        ("1", "heading", "Partnering for Peace a"),
        ("2", "heading", "Delivering Prosperity "),
    ]
    first = document.find("1")
    assert first.text.startswith("President Biden reaffirms") and "new sites" in first.text
    assert not [d for d in document.diagnostics if d.severity != "info"]
