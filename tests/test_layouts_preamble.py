"""Layout: preamble vs operative part. Unlabelled paragraphs before the first node
(`Recalling …`, `REAFFIRMING …`) are `Document.preamble`, a list of paragraphs."""

from __future__ import annotations

from layouts import load, outline


def test_resolution_style_preamble() -> None:
    doc = load("preamble.txt")
    assert doc.title == "Declaration on the Protection of Civilians"
    assert doc.preamble == [
        "The General Assembly,",
        "Recalling the purposes and principles of the Charter of the United Nations,",
        "Reaffirming its commitment to international humanitarian law,",
        "Deeply concerned by the number of civilians killed in armed conflicts,",
    ]
    assert outline(doc) == [("1", None, 1), ("2", None, 2), ("3", None, 3)]
    assert doc.find("1").text == "Condemns all attacks directed against civilians;"


def test_capitalised_preamble_words_are_not_headings() -> None:
    doc = load("preamble_caps.txt")
    assert doc.title == "JOINT DECLARATION OF THE LEADERS"
    assert doc.preamble == [
        "REAFFIRMING our shared commitment to democracy and the rule of law;",
        "RECOGNIZING the importance of free and fair trade;",
        "WELCOMING the conclusion of the partnership agreement;",
        "HAVE AGREED as follows:",
    ]
    assert outline(doc) == [("1", None, 1), ("2", None, 2)]
    assert not [n for n in doc.walk() if n.kind == "heading"]


def test_preamble_without_title() -> None:
    doc = load("preamble_untitled.txt")
    assert doc.title is None
    assert doc.preamble == [
        "Recalling the Joint Declaration adopted in Santiago in 2023,",
        "Noting with satisfaction the progress made in the implementation of the Work Plan,",
    ]
    assert outline(doc) == [("1", None, 1), ("2", None, 2)]
    assert doc.find("2").text == "The Parties agree to review it every two years."
