"""Layout: Chinese numbering. `一、` `（一）` `1.` `（1）` `①`, `第一条` / `第一部分`,
full-width punctuation; numerals through at least 99."""

from __future__ import annotations

from layouts import load, outline

PLAN = [
    ("1", "政治安全合作", 1),
    ("1.1", "保持高层交往", 1),
    ("1.1.1", None, 1),
    ("1.1.2", None, 2),
    ("1.2", "深化安全合作", 2),
    ("1.2.1", None, 1),
    ("1.2.2", None, 2),
    ("2", "经济合作", 2),
    ("2.1", "贸易与投资", 1),
    ("2.1.1", "推动双边贸易持续增长。", 1),
    ("2.1.1.1", None, 1),
    ("2.1.1.2", None, 2),
    ("2.1.2", None, 2),
]


def test_four_level_chinese_plan() -> None:
    doc = load("chinese_plan.txt")
    assert doc.title == "中国—东盟合作行动计划（2026—2030）"
    assert doc.preamble == ["双方重申致力于深化全面战略伙伴关系，制定本行动计划。"]
    assert outline(doc) == PLAN
    assert [n.label.raw for n in doc.walk()] == [
        "一、", "（一）", "1.", "2.", "（二）", "1.", "2.",
        "二、", "（一）", "1.", "（1）", "（2）", "2.",
    ]  # fmt: skip
    assert doc.find("1.2.1").text == "加强执法合作，共同打击跨国犯罪。"
    assert doc.find("2.1.1.2").text == "促进服务贸易发展。"
    assert not any(n.inferred for n in doc.walk())


def test_arabic_labels_without_space() -> None:
    assert outline(load("chinese_no_space.txt")) == PLAN


def test_arabic_labels_with_full_width_point() -> None:
    assert outline(load("chinese_fullwidth_stop.txt")) == PLAN


def test_articles_parts_and_circled_numbers() -> None:
    doc = load("chinese_articles.txt")
    assert outline(doc) == [
        ("1", "总则", 1),
        ("1.1", None, 1),
        ("1.2", None, 2),
        ("2", "合作领域", 2),
        ("2.3", "双方将加强贸易和投资合作：", 3),
        ("2.3.1", None, 1),
        ("2.3.2", None, 2),
        ("2.3.3", None, 3),
        ("2.4", None, 4),
    ]
    labels = {n.id: n.label.raw for n in doc.walk()}
    assert labels["1"] == "第一部分"
    assert labels["2.4"] == "第四条"
    assert labels["2.3.3"] == "③"
    assert doc.find("1.1").text == "双方将在平等互利的基础上开展合作。"
    assert doc.find("2.3.2").text == "改善投资环境；"


def test_chinese_numerals_through_99() -> None:
    doc = load("chinese_numerals_to_99.txt")
    nodes = list(doc.walk())
    assert [(n.id, n.number) for n in nodes] == [(str(k), k) for k in range(1, 100)]
    labels = {n.number: n.label.raw for n in nodes}
    assert labels[10] == "十、"
    assert labels[11] == "十一、"
    assert labels[20] == "二十、"
    assert labels[21] == "二十一、"
    assert labels[99] == "九十九、"
    assert doc.find("99").text == "合作事项第99项。"
    assert not [d for d in doc.diagnostics if d.name.startswith("numbering")]


def test_articles_and_parenthesised_numerals_past_ten() -> None:
    doc = load("chinese_high_numbers.txt")
    assert outline(doc) == [
        *[(str(k), None, k) for k in range(1, 12)],
        ("12", "双方将在下列领域开展合作：", 12),
        *[(f"12.{k}", None, k) for k in range(1, 13)],
        ("13", None, 13),
    ]
    labels = {n.id: n.label.raw for n in doc.walk()}
    assert labels["11"] == "第十一条"
    assert labels["12.10"] == "（十）"
    assert labels["12.11"] == "（十一）"
    assert labels["12.12"] == "（十二）"
    assert doc.find("12.12").text == "环境。"
