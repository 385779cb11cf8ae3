"""The speed-ups change nothing: each fast path against the plain one it replaces.

`tidy.fix_mojibake` searches ftfy's badness pattern only around suspect characters; it
must return exactly what ``ftfy.fix_encoding`` returns, on every corpus line, on real
mojibake, and on generated text, and the parse of every corpus text must be byte-identical
with plain ftfy in its place.
"""

from __future__ import annotations

from pathlib import Path

import ftfy
import pytest
from hypothesis import given
from hypothesis import strategies as st

from actionplan_parse import parse_file
from actionplan_parse.blocks import join_wrapped
from actionplan_parse.lint.rules import encoding_artifact
from actionplan_parse.styles.reading import Reading, label_form
from actionplan_parse.tidy import fix_mojibake

ROOT = Path(__file__).resolve().parents[1]
TEXTS = sorted(
    p
    for p in (ROOT / "corpus").iterdir()  # the top level only: never corpus/devtest/
    if p.is_file() and p.suffix in (".txt", ".md", ".html")
)
MOJIBAKE = [
    "Open the Ministry’s markets – “now”.".encode().decode("cp1252", errors="replace"),
    "Coopération économique à São Paulo".encode().decode("latin-1"),
    "Привет, мир".encode().decode("cp1252", errors="replace"),
    "voilÃ le travail",
    "Ã tout",  # ftfy's pattern anchored at the start of the text
    "xx ГўВЂВ a",  # its longest pattern
]
# characters of ftfy's pattern and their neighbours, CJK, and plain ASCII
ALPHABET = st.sampled_from(
    list("aZ .,?!-\n\t0")
    + list("ÂÃÎÐâ€™œ˜Ã©¡«»“”‘’–—•°×²³ØÙà√≈‚ÄвЂВГРСβΒΓāŒ\xa0\xad")
    + list("双方合作，。、（）一二三")
)


def test_same_as_ftfy_on_every_corpus_line() -> None:
    for path in TEXTS:
        text = path.read_text(encoding="utf-8")
        assert fix_mojibake(text) == ftfy.fix_encoding(text), path.name
        for line in text.splitlines():
            assert fix_mojibake(line) == ftfy.fix_encoding(line), (path.name, line)


@pytest.mark.parametrize("text", MOJIBAKE)
def test_same_as_ftfy_on_mojibake(text: str) -> None:
    assert fix_mojibake(text) == ftfy.fix_encoding(text)
    assert fix_mojibake("Plain words around it. " + text + " And after.") == ftfy.fix_encoding(
        "Plain words around it. " + text + " And after."
    )


def test_mojibake_is_repaired() -> None:
    assert fix_mojibake("Ministryâ€™s") == "Ministry’s"


@given(st.text(ALPHABET, max_size=60))
def test_same_as_ftfy_on_generated_text(text: str) -> None:
    assert fix_mojibake(text) == ftfy.fix_encoding(text)


def test_corpus_parses_identical_with_plain_ftfy(monkeypatch: pytest.MonkeyPatch) -> None:
    fast = {path: parse_file(path).model_dump_json() for path in TEXTS}
    monkeypatch.setattr("actionplan_parse.tidy.fix_mojibake", _plain_ftfy)
    monkeypatch.setattr(encoding_artifact, "fix_mojibake", _plain_ftfy)
    for path in TEXTS:
        assert parse_file(path).model_dump_json() == fast[path], path.name


def _plain_ftfy(text: str) -> str:
    return text if text.isascii() else ftfy.fix_encoding(text)


def test_cheap_gates_never_skip_a_regex_that_could_match() -> None:
    """The string tests in front of regular expressions are exact: over every code point."""
    from actionplan_parse.blocks import _FOOTNOTE_MARK
    from actionplan_parse.lines import _RTF_WORD, CONTROL, _may_hold_control, _may_hold_rtf

    for code in range(0x110000):
        char = chr(code)
        if CONTROL.match(char):
            assert _may_hold_control(f"ab{char}cd"), hex(code)
        if _RTF_WORD.search(f"x{char}") and not _RTF_WORD.search("x"):
            assert _may_hold_rtf(f"x{char}"), hex(code)
        if _FOOTNOTE_MARK.search(f"end. {char}"):
            assert char.isdigit(), hex(code)


def test_renumbered_line_is_replace_with_every_other_field_kept() -> None:
    from dataclasses import fields, replace

    from actionplan_parse.lines import Line
    from actionplan_parse.styles import Reading

    samples = {int: 7, str: "x", bool: True}
    values = {}
    for f in fields(Line):  # a value unlike the default for every field, present or future
        if f.name == "readings":
            values[f.name] = (Reading("arabic", 1, "paren"),)
        elif f.name == "marks":
            values[f.name] = ("inferred",)
        else:
            kind = next((t for t in samples if t.__name__ in str(f.type)), str)
            values[f.name] = samples[kind]
    line = Line(**values)
    assert line.renumbered(3, 4, "bold") == replace(line, number=3, end=4, emphasis="bold")


def _plain_join_wrapped(parts: list[str]) -> str:
    """`blocks.join_wrapped` as it was: one piece at a time."""
    out = ""
    for part in parts:
        if not part:
            continue
        if out.endswith("-") and len(out) > 1 and out[-2].isalpha() and part[:1].islower():
            out = out[:-1] + part
        else:
            out = f"{out} {part}" if out else part
    return out


@given(st.lists(st.sampled_from(["", "-", "a-", "é-", "1-", "A", "b", "-x", "x y-", " ", "É"])))
def test_join_wrapped_same_as_piece_by_piece(parts: list[str]) -> None:
    assert join_wrapped(parts) == _plain_join_wrapped(parts)


def test_reading_form_same_from_the_cache() -> None:
    reading = Reading("decimal", 5, "period", (1, 5), "h2")
    assert reading.form == reading.form == "decimal/2@h2"
    assert Reading("roman-upper", 2, "paren").form == "roman-upper/paren"
    assert Reading("roman-upper", 2, "paren").form == label_form("roman-upper", "paren")
