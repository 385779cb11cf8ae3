"""Regressions found by reading real resolutions and statements that are not in the corpus."""

from __future__ import annotations

from actionplan_parse import parse

FOOTNOTED = """Resolution

1. We recall decision GC(69)/RES/9 A.2 and Article 2.3 of the Paris Agreement,1 with
US$1.5 billion pledged.

2. We note the report.

_______________
1 See A/80/348.
2 Resolution 79/1.
3 Resolution 70/1.
5 Resolution 69/313.

A/RES/80/99
Distr.: General
"""

GAP = "1. Alpha text here.\n\n2. Beta text here.\n\n3. Gamma text.\n\n12. Delta text.\n\n13. Eps.\n"

HEADER = """Declaration

1. We commit to the principles of the Charter and to the conservation of the

A/RES/80/5
Doha Political Declaration of the World Social Summit under the
2/9 25-18861

ocean and its resources for present and future generations.

2. We decide to meet again.

40th plenary meeting
14 November 2025
"""


def test_footnote_numbers_go_but_decimals_and_initials_stay():
    text = parse(FOOTNOTED).find("1").text
    assert "A.2" in text and "Article 2.3" in text and "US$1.5 billion" in text
    assert "Agreement, with" in text  # the glued footnote 1 is gone


def test_a_long_jump_in_numbering_stays_flat_and_is_one_gap():
    document = parse(GAP)
    assert [n.id for n in document.walk()] == ["1", "2", "3", "12", "13"]
    gaps = [d.message for d in document.diagnostics if d.code == "AP101"]
    assert len(gaps) == 1 and "missing 4-11, 8 numbers" in gaps[0]


def test_a_page_header_block_is_removed_whole_and_the_paragraph_joined():
    document = parse(HEADER)
    first = document.find("1").text
    assert first.endswith(
        "conservation of the ocean and its resources for present and future generations."
    )
    assert "Doha" not in first
    assert document.find("2").text == "We decide to meet again."


SUBHEADED = """Declaration

15. We recall our earlier commitments to the landlocked developing countries.

I. Implementation and follow-up

16. We stress the importance of trade-related infrastructure for the
countries concerned.

Partnerships and support mechanisms
17. We invite the development partners to implement the actions.

18. We invite the funds and programmes to support them.

Governance and monitoring
19. We underscore national leadership.

II. Conclusion

20. We declare our resolve.
"""


def test_plain_sub_headings_between_numbered_paragraphs():
    document = parse(SUBHEADED)
    outline = [(n.id, n.kind, n.heading) for n in document.walk()]
    assert ("1.17", "heading", "Partnerships and support mechanisms") in outline
    assert [n.id for n in document.find("1.17").children] == ["1.17.17", "1.17.18"]
    assert document.find("1.18").heading == "Governance and monitoring"
    assert document.find("2").heading == "Conclusion"
    assert [n.id for n in document.find("2").children] == ["2.20"]
    assert document.find("1.16").text.endswith("countries concerned.")
    numbering = [d.message for d in document.diagnostics if d.code.startswith("AP1")]
    assert numbering == [numbering[0]] and "list starts at 15" in numbering[0]  # the excerpt's
