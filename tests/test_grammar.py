"""The line grammar: builds strictly, knows label shapes, never rejects input."""

from __future__ import annotations

import lark
import pytest
from lark.grammar import Rule
from lark.lexer import TerminalDef

from actionplan_parse.grammar import line_parser
from actionplan_parse.lines import scan


def test_grammar_builds_in_strict_mode():
    assert line_parser(strict=True).options.parser == "lalr"


@pytest.mark.parametrize(
    ("line", "style", "value"),
    [
        ("First, equality", "ordinal-word", 1),
        ("Twentieth, x", "ordinal-word", 20),
        ("Twenty-first: x", "ordinal-word", 21),
        ("Secondly, x", "ordinal-adverb", 2),
        ("Twenty, x", "cardinal-word", 20),
        ("Three. x", "cardinal-word", 3),
        ("II. Economic", "roman-upper", 2),
        ("iv) x", "roman-lower", 4),
        ("(VI) x", "roman-upper", 6),
        ("12. x", "arabic", 12),
        ("3: x", "arabic", 3),
        ("(7) x", "arabic", 7),
        ("(a) x", "letter-lower", 1),
        ("b) x", "letter-lower", 2),
        ("B. x", "letter-upper", 2),
        ("Part I", "part", 1),
        ("PART ONE: Intro", "part", 1),
        ("Part 2. Intro", "part", 2),
        ("Pilar III: x", "part", 3),
        ("2.5.7 The x", "decimal", 7),
        ("一、 x", "cjk", 1),
        ("（十二）x", "cjk", 12),
        ("第三条 x", "cjk-ordinal", 3),
        ("① x", "circled", 1),
        ("- x", "bullet", None),
        ("Primero, x", "ordinal-word", 1),
        ("Premièrement, x", "ordinal-adverb", 1),
    ],
)
def test_label_styles(line, style, value):
    (scanned,) = scan(line)
    assert scanned.kind == "labelled", scanned
    assert (scanned.readings[0].style, scanned.readings[0].value) == (style, value)


@pytest.mark.parametrize(
    "line",
    [
        "One of the parties agrees.",
        "First of all, we agree.",
        "Moreover, both sides agree.",
        "Part of the plan.",
        "81.6 billion dollars were pledged.",
        "(2005) and later years.",
        "one, two and three.",
        "Firstly",
    ],
)
def test_prose_is_not_a_label(line):
    assert scan(line)[0].kind == "text"


@pytest.mark.parametrize(
    "line",
    [
        "{\\",
        "}",
        "\\par",
        "\\pard\\sa200\\f0",
        "\ufffd\ufffd",
        "{\\fonttbl\\f0\\fswiss Helvetica;}",
        "ä¸\xadå\x9b½æ\x8b‰ç¾Ž",
    ],
)
def test_garbled_lines(line):
    assert scan(line)[0].kind == "garbled"


def test_roman_and_letter_readings_are_both_kept():
    (line,) = scan("(i) x")
    assert [r.style for r in line.readings] == ["roman-lower", "letter-lower"]


def test_generated_tables_match_the_grammar():
    """`_lines_tables.py` holds the terminals and rules of grammars/lines.lark today (token
    numbering follows the hash seed, so definitions are compared, not the file's text)."""
    from actionplan_parse import _lines_tables as tables

    def definitions(memo: dict) -> set[str]:
        return {repr(sorted(entry.items())) for entry in memo.values()}

    _, built = line_parser(strict=True).memo_serialize([TerminalDef, Rule])
    assert definitions(tables.MEMO) == definitions(built), "run grammar.write_tables()"
    assert tables.LARK_VERSION == lark.__version__


def test_the_loaded_tables_parse_as_the_built_grammar(plan_text):
    loaded = line_parser()
    assert loaded is not line_parser(strict=True)
    hostile = "First, Trade\n(1) Open markets.\n\n{\\rtf1\\ansi\nII. Energy\n\t\n第一条 x\n"
    for text in (plan_text.rstrip("\n") + "\n", hostile):
        assert loaded.parse(text) == line_parser(strict=True).parse(text)
