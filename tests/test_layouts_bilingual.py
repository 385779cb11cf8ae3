"""Layout: bilingual interleaved copies (a Chinese paragraph then its English rendering,
each numbered in its own scheme): detected, one tree per language, aligned node to node."""

from __future__ import annotations

from layouts import load


def outline(nodes) -> list[tuple[str, str | None, int | None]]:
    return [(n.id, n.heading, n.number) for n in nodes]


FLAT_ZH = [
    "我们一致认为，全球南方的崛起代表着时代潮流。",
    "我们呼吁国际社会坚持真正的多边主义。",
    "我们将继续深化务实合作，推动共同发展。",
    "我们决定于2027年举行下一次部长级会议。",
]
FLAT_EN = [
    "We agree that the rise of the Global South represents the trend of the times.",
    "We call on the international community to uphold true multilateralism.",
    "We will continue to deepen practical cooperation and promote common development.",
    "We decide to hold the next Ministerial Conference in 2027.",
]


def test_flat_declaration_one_tree_per_language() -> None:
    doc = load("bilingual_flat.txt")
    assert doc.language == "zh"
    assert [t.language for t in doc.translations] == ["en"]
    english = doc.translations[0]
    assert outline(doc.walk()) == [(str(k), None, k) for k in range(1, 5)]
    assert outline(english.walk()) == [(str(k), None, k) for k in range(1, 5)]
    assert [n.label.raw for n in doc.walk()] == ["一、", "二、", "三、", "四、"]
    assert [n.label.raw for n in english.walk()] == ["I.", "II.", "III.", "IV."]
    assert [n.text for n in doc.walk()] == FLAT_ZH
    assert [n.text for n in english.walk()] == FLAT_EN
    assert doc.preamble == ["我们，中国和非洲国家外长，在长沙举行会议。"]
    assert english.preamble == [
        "We, the Foreign Ministers of China and African countries, met in Changsha."
    ]


def test_flat_declaration_without_blank_lines() -> None:
    doc = load("bilingual_flat_compact.txt")
    assert doc.language == "zh"
    assert [t.language for t in doc.translations] == ["en"]
    english = doc.translations[0]
    assert outline(doc.walk()) == [("1", None, 1), ("2", None, 2), ("3", None, 3)]
    assert outline(english.walk()) == [("1", None, 1), ("2", None, 2), ("3", None, 3)]
    assert [n.text for n in doc.walk()] == FLAT_ZH[:3]
    assert [n.text for n in english.walk()] == FLAT_EN[:3]


def test_two_level_plan_parses_without_error() -> None:
    doc = load("bilingual_nested.txt")
    assert doc.find("1") is not None


def test_two_level_plan_one_tree_per_language() -> None:
    doc = load("bilingual_nested.txt")
    assert doc.language == "zh"
    assert [t.language for t in doc.translations] == ["en"]
    assert outline(doc.walk()) == [
        ("1", "政治与安全合作", 1),
        ("1.1", None, 1),
        ("1.2", None, 2),
        ("2", "经济合作", 2),
        ("2.1", None, 1),
        ("2.2", None, 2),
        ("3", "人文交流", 3),
        ("3.1", None, 1),
    ]
    assert outline(doc.translations[0].walk()) == [
        ("1", "Political and Security Cooperation", 1),
        ("1.1", None, 1),
        ("1.2", None, 2),
        ("2", "Economic Cooperation", 2),
        ("2.1", None, 1),
        ("2.2", None, 2),
        ("3", "People-to-People Exchanges", 3),
        ("3.1", None, 1),
    ]
    assert doc.find("2.2").text == "促进相互投资。"
    english = {n.id: n for n in doc.translations[0].walk()}
    assert english["2.2"].text == "Promote mutual investment."
    assert english["2.2"].label.raw == "(II)"


def test_sections_in_own_scheme_items_in_shared_scheme() -> None:
    doc = load("bilingual_sections.txt")
    assert doc.language == "zh"
    assert [t.language for t in doc.translations] == ["en"]
    expected_ids = ["1", "1.1", "1.2", "2", "2.3"]
    assert [n.id for n in doc.walk()] == expected_ids
    assert [n.id for n in doc.translations[0].walk()] == expected_ids
    assert doc.find("1").heading == "政治与安全合作"
    assert not any(n.inferred for n in doc.walk())
