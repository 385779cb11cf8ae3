"""Any text gives a valid Document that survives a JSON round trip; any bytes give one too, or a
`ReadError` (binary, or in no detectable encoding: one line and exit 2 on the command line)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from profiles_hypothesis import examples
from strategies import garbage_lines

from actionplan_parse import Document, parse
from actionplan_parse.read import ReadError
from actionplan_parse.read_akn import AknError, looks_like_akn

_LABELISH = st.sampled_from(
    [
        "(1)",
        "(II)",
        "II.",
        "One,",
        "First,",
        "Firstly,",
        "Part I",
        "a)",
        "(i)",
        "1.1",
        "- ",
        "一、",
        "（二）",
        "①",
        "{\\",
        "\\par",
        "\ufffd",
        "",
        " ",
        "\t",
        "81.6",
        "(2005)",
    ]
)
_LINES = st.lists(
    st.one_of(
        st.text(max_size=80),
        st.builds(lambda a, b: f"{a} {b}", _LABELISH, st.text(max_size=40)),
        garbage_lines,
    ),
    max_size=40,
)


def _valid_or_refused(data: bytes) -> None:
    try:
        document = parse(data)
    except ReadError as exc:
        assert "\n" not in str(exc)
        assert b"\x00" in data[:8192] or not data.isascii()
        return
    _valid(document)


def _valid(document: Document) -> None:
    again = Document.model_validate_json(document.model_dump_json())
    assert again == document
    ids = [n.id for n in document.walk()]
    assert len(ids) == len(set(ids))


@settings(max_examples=examples(300), deadline=None)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes(data):
    _valid_or_refused(data)


@settings(max_examples=examples(300), deadline=None)
@given(st.text(max_size=2000))
def test_arbitrary_text(text):
    try:
        document = parse(text)
    except AknError as exc:  # starts as Akoma Ntoso XML but is not: the documented refusal
        assert looks_like_akn(text) and "\n" not in str(exc)
        return
    _valid(document)


def test_text_that_only_starts_as_akn_is_refused_in_one_line():
    with pytest.raises(AknError, match="not well-formed XML"):
        parse("<akomaNtoso")


@settings(max_examples=examples(300), deadline=None)
@given(_LINES, st.sampled_from(["\n", "\r\n", "\r"]))
def test_label_heavy_lines(lines, newline):
    _valid(parse(newline.join(lines)))


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\n\n\n",
        b"\xef\xbb\xbf",
        b"\xff\xfe" + "(1) Text.\n(2) More.\n".encode("utf-16-le"),
        b"\x00\x01\x02\x03" * 100,
        "Caf\xe9 (1) na\xefve\n".encode("cp1252"),
        b"\r\r\r(1) a\r(2) b",
        ("(1) " + "x" * 200_000).encode(),
        b"(1) a\n" * 5000,
        "\ud800 lone surrogate (1)".encode("utf-8", "surrogatepass"),
    ],
)
def test_hostile_inputs(data):
    _valid_or_refused(data)


def test_lone_surrogates_in_text():
    _valid(parse("(1) \ud800 broken\n(2) fine.\n"))


def test_encodings_are_recorded():
    assert parse("(1) Caf\xe9.\n".encode("cp1252")).source.encoding == "cp1252"
    fallback = parse("(1) Caf\xe9.\n".encode("cp1252")).diagnostics
    assert any(d.code == "AP003" for d in fallback)
    utf16 = parse(b"\xff\xfe" + "(1) Caf\xe9.\n".encode("utf-16-le"))
    assert utf16.source.encoding == "utf-16" and utf16.source.bom
    assert utf16.children[0].text == "Caf\xe9."
