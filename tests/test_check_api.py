"""The Python API: check(text_or_document, select=..., ignore=...)."""

from __future__ import annotations

from pathlib import Path

import pytest

from actionplan_parse import check, parse
from actionplan_parse.lint import Selection

GAPPY = "Plan\nFirst, Trade\n(1) Open \\markets\\.\n(3) Lower tariffs.\n(I) Share data.\n"


def codes(findings):
    return [d.code for d in findings]


def test_text_bytes_document_and_path_agree(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(GAPPY, encoding="utf-8")
    expected = codes(check(GAPPY))
    assert expected  # sanity: the text has findings
    assert codes(check(GAPPY.encode())) == expected
    assert codes(check(parse(GAPPY))) == expected
    assert codes(check(Path(path))) == expected


def test_select_and_ignore_by_code_prefix_and_name():
    assert set(codes(check(GAPPY))) >= {"AP002", "AP101"}
    assert set(codes(check(GAPPY, select=["AP1"]))) <= {"AP101", "AP102", "AP103", "AP104"}
    assert "AP002" not in codes(check(GAPPY, ignore=["escaped-quote"]))
    assert codes(check(GAPPY, select=["AP002"])) == ["AP002"]
    assert codes(check(GAPPY, select=["ap002"])) == ["AP002"]


def test_more_specific_selector_wins():
    selection = Selection.of(select=["AP1"], ignore=["AP101"])
    assert not selection.enabled("AP101") and selection.enabled("AP102")
    assert not selection.enabled("AP001")
    selection = Selection.of(select=["AP104"], ignore=["AP1"])
    assert selection.enabled("AP104") and not selection.enabled("AP101")
    assert Selection.of(select=["ALL"], ignore=["ALL"]).codes() == []
    assert Selection.of(select=[]).codes() == []


@pytest.mark.parametrize("bad", ["AP999", "XY", "no-such-rule", "AP1000"])
def test_unknown_selector_is_a_value_error(bad):
    with pytest.raises(ValueError, match="unknown rule code"):
        check(GAPPY, select=[bad])
    with pytest.raises(ValueError, match="unknown rule code"):
        check(GAPPY, ignore=[bad])


def test_check_does_not_mutate_the_document():
    document = parse(GAPPY)
    before = list(document.diagnostics)
    check(document, select=["AP002"])
    assert document.diagnostics == before


def test_docstring_examples():
    import doctest

    import actionplan_parse.lint.api as api

    assert doctest.testmod(api).failed == 0
