"""`normalize`: golden files, round trip, idempotence, repairs and markers."""

from __future__ import annotations

import re

import pytest
from conftest import CORPUS, PLAN
from hypothesis import HealthCheck, given, note, settings
from profiles_hypothesis import examples
from strategies import layouts
from strategies_normalize import plans

from actionplan_parse import normalize, parse, parse_file
from actionplan_parse.lines import scan
from actionplan_parse.outputs.normalize import NORMALIZE_STYLES, tidy_dashes
from actionplan_parse.tidy import tidy

STYLES = NORMALIZE_STYLES


def golden(style: str) -> str:
    return (CORPUS / f"china_celac_2025_2027.normalized.{style}.txt").read_text(encoding="utf-8")


def flat(document, repair=lambda s: s):
    """What the round trip keeps: ids, headings and texts (texts with the normalize repairs)."""
    return [(n.id, n.heading and repair(n.heading), repair(n.text)) for n in document.walk()]


@pytest.fixture(scope="module")
def plan():
    return parse_file(PLAN)


# -- golden files -----------------------------------------------------------------------------


@pytest.mark.parametrize("style", STYLES)
def test_bundled_plan_matches_golden_file(plan, style):
    assert normalize(plan, style) == golden(style)


def test_golden_decimal_labels_are_the_ids(plan):
    lines = golden("decimal").splitlines()
    assert "2.5.4 Support holding the 4th China-Latin America Ministers" in "\n".join(lines)
    assert any(line.startswith("2.5.6 Promote joint research") for line in lines)  # gap kept
    assert "[inferred] 3. [heading lost]" in lines
    assert "[inferred] 3.? [heading lost]" in lines
    assert any(line.startswith("3.?.2 China and Latin America") for line in lines)
    assert any(line.startswith("[inferred] 1.2 Expand exchanges") for line in lines)


def test_golden_legal_labels_by_level(plan):
    lines = golden("legal").splitlines()
    assert lines[2].startswith("Part I equality and mutual trust")
    assert "2. Economic and Trade Investment" in lines
    assert any(line.startswith("(a) Strengthen coordination") for line in lines)
    assert "[inferred] Part III [heading lost]" in lines
    assert "[inferred] ?. [heading lost]" in lines  # 3.?: its number could not be inferred


def test_golden_source_keeps_the_labels(plan):
    text = golden("source")
    assert "\n(II) Continue to hold the China-Latin America Industrial" in text
    assert "\nThree, Finance\n" in text
    assert "\n[inferred] Expand exchanges between personnel" in text  # no label was written


# -- round trip and idempotence -----------------------------------------------------------------


@pytest.mark.parametrize("style", STYLES)
def test_bundled_plan_round_trips(plan, style):
    again = parse(normalize(plan, style))
    assert flat(again) == flat(plan, tidy_dashes)
    assert [n.id for n in again.walk() if n.inferred] == [n.id for n in plan.walk() if n.inferred]


@pytest.mark.parametrize("style", STYLES)
def test_bundled_plan_normalize_is_idempotent(plan, style):
    once = normalize(plan, style)
    assert normalize(once, style) == once


def test_styles_convert_into_each_other(plan):
    for first in STYLES:
        text = normalize(plan, first)
        for second in ("decimal", "legal"):
            assert normalize(text, second) == golden(second), (first, second)
        assert normalize(text, "source") == text, first  # source keeps the labels it is given


@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans())
def test_generated_plans_round_trip_and_normalize_is_idempotent(plan):
    note("\n".join(plan.notes))
    note(plan.text)
    document = parse(plan.text, "text")
    for style in STYLES:
        out = normalize(document, style)
        note(f"--- {style}\n{out}")
        assert flat(parse(out)) == flat(document, tidy_dashes), style
        assert normalize(out, style) == out, style


@settings(max_examples=examples(40), deadline=None)
@given(plans())
def test_generated_plans_nothing_dropped_but_garbled_runs(plan):
    document = parse(plan.text, "text")
    for style in STYLES:
        out = normalize(document, style)
        kept = _words(out)
        for line in scan(plan.text):
            if line.kind == "garbled":
                continue
            words = _words(tidy_dashes(tidy(line.content)))
            assert words <= kept, (style, line.number, words - kept)
        assert not any(residue in out for residue in ("{\\", "\\par", "\ufffd")), style
        for fragment in document.fragments:
            first, last = fragment.span.start_line, fragment.span.end_line
            where = f"line {first} was" if first == last else f"lines {first}-{last} were"
            assert f"[content lost: source {where} garbled and dropped]" in out, style


# -- nothing but garbled runs is dropped --------------------------------------------------------


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text))


def test_every_word_of_the_plan_survives_except_garbled_runs(plan, plan_text):
    out = normalize(plan, "source")
    lost = {n for f in plan.fragments for n in range(f.span.start_line, f.span.end_line + 1)}
    kept = _words(out)
    for number, line in enumerate(plan_text.splitlines(), start=1):
        if number not in lost:
            repaired = tidy_dashes(line.replace("\\", " "))
            assert _words(repaired) <= kept, number
    assert "{\\" not in out


@pytest.mark.parametrize("style", STYLES)
def test_garbled_runs_become_one_marker_line_each(plan, style):
    lines = normalize(plan, style).splitlines()
    markers = [line for line in lines if line.startswith("[content lost")]
    assert markers == [
        "[content lost: source lines 49-54 were garbled and dropped]",
        "[content lost: source lines 101-131 were garbled and dropped]",
    ]


# -- repairs ------------------------------------------------------------------------------------


def test_backslash_quotes_become_quotation_marks(plan):
    out = normalize(plan, "decimal")
    assert "\\" not in out
    assert "“Panda Bond”" in out and "“both parties”" in out


def test_mojibake_is_repaired_with_ftfy():
    out = normalize("Plan\n(1) Itâ€™s a cafÃ© â€” open.\n(2) Done.\n", "source")
    assert "(1) It’s a café — open." in out


def test_whitespace_and_dashes_are_tidied():
    text = "Plan\n(1)   Trade\tand  energy -- policy.\n(2) Co--operation in 2025\u20112027.\n"
    out = normalize(text, "source")
    assert "(1) Trade and energy – policy.\n" in out
    assert "(2) Co—operation in 2025-2027.\n" in out


def test_tidy_dashes_is_idempotent_and_leaves_hyphens():
    for text in ["China-CELAC", "a - b", "a -- b", "a--b", "2025\u20102027", "x — y"]:
        once = tidy_dashes(text)
        assert tidy_dashes(once) == once
    assert tidy_dashes("China-CELAC 2025-2027") == "China-CELAC 2025-2027"


# -- markers ------------------------------------------------------------------------------------


def test_inferred_nodes_are_marked(plan):
    for style in STYLES:
        out = normalize(plan, style)
        assert out.count("[inferred]") == sum(n.inferred for n in plan.walk()), style
        assert out.count("[heading lost]") == 3, style


def test_markers_are_read_back_not_kept_in_text():
    doc = parse("Plan\n1. Trade\n[inferred] 2. [heading lost]\n2.1 Open markets.\n")
    assert [n.id for n in doc.walk()] == ["1", "2", "2.1"]
    lost = doc.find("2")
    assert lost.inferred and lost.heading is None and lost.text == ""
    assert lost.reasons == ["marked-inferred"]
    assert all("[" not in (n.heading or "") + n.text for n in doc.walk())


def test_marker_lines_scan_as_garbled():
    lines = scan(
        "[content lost: source lines 3-4 were garbled and dropped]\n"
        "[inferred] [heading lost]\n[inferred] 3.? [heading lost]\n(?) Text.\n"
    )
    assert [line.kind for line in lines] == ["garbled", "garbled", "labelled", "labelled"]
    assert lines[2].marks == ("inferred", "heading-lost") and lines[2].content == ""
    assert lines[2].readings[0].value is None and lines[2].readings[0].path == (3, 0)
    assert lines[3].readings[0].value is None


def test_unknown_numbers_come_back_with_the_same_id(plan):
    for style in ("decimal", "legal"):
        again = parse(normalize(plan, style))
        node = again.find("3.?")
        assert node is not None and node.inferred and node.number is None, style
        assert [c.id for c in node.children] == ["3.?.2", "3.?.3", "3.?.4", "3.?.5"]


def test_lowercase_text_after_a_decimal_label():
    out = normalize("Plan\nFirst, Trade\n(1) open markets.\n(2) Lower tariffs.\n", "decimal")
    assert "1.1. open markets.\n1.2 Lower tariffs.\n" in out
    assert [n.id for n in parse(out).walk()] == ["1", "1.1", "1.2"]


def test_paragraph_that_would_continue_the_line_above_gets_a_blank_line():
    text = "Plan\nFirst, Trade\n\n\nsecond paragraph of the heading.\n(1) Open markets.\n"
    document = parse(text)
    out = normalize(document, "source")
    assert "First, Trade\n\nsecond paragraph" in out
    assert flat(parse(out)) == flat(document)


def test_unknown_style_is_an_error(plan):
    with pytest.raises(ValueError, match="unknown style"):
        normalize(plan, "roman")


def test_accepts_text_and_bytes():
    text = "Plan\nFirst, Trade\n(1) Open markets.\n"
    assert normalize(text) == normalize(text.encode("utf-8")) == normalize(parse(text))


# -- every corpus document, and bilingual copies -------------------------------------------------

BILINGUAL = CORPUS / "china_africa_changsha_declaration_2025_zh_en.txt"
SOURCES = sorted(p for p in CORPUS.glob("*.txt") if ".normalized." not in p.name)


def everything(document, repair=lambda s: s):
    """Ids, headings and texts of the main tree and of every translation, and the preambles."""
    trees = [document, *document.translations]
    return (
        [flat(tree, repair) for tree in trees],
        [[repair(p) for p in tree.preamble] for tree in trees],
    )


def expressible(document, style: str) -> str | None:
    """Why a document cannot round-trip in a style (the documented limits), or None."""
    if style != "source" and any("#" in n.id for n in document.walk()):
        return "a repeated number (`3.1#2`) has no decimal or legal label"
    unnumbered = any(n.label is None and not n.inferred for n in document.walk())
    if style == "source" and document.source.format != "text" and unnumbered:
        return "an unnumbered heading (Markdown/HTML input) is a bare line in plain text"
    return None


KNOWN_ROUND_TRIP_FAILURES = {
    ("un_peacebuilding_architecture_review_2025_en", "legal"),
}
"""Round trips that do not hold yet (found when the decide stage landed): sub-items whose
labels were lost in extraction read back at another level once relabelled."""


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize(
    "path",
    [
        pytest.param(
            p,
            marks=[],
        )
        for p in SOURCES
    ],
    ids=lambda p: p.stem[:24],
)
def test_corpus_documents_round_trip(path, style, request):
    if (path.stem, style) in KNOWN_ROUND_TRIP_FAILURES:
        request.applymarker(
            pytest.mark.xfail(strict=True, reason="relabelled lost sub-items change level")
        )
    document = parse_file(path)
    if reason := expressible(document, style):
        pytest.skip(reason)
    out = normalize(document, style)
    assert everything(parse(out)) == everything(document, tidy_dashes)
    assert normalize(out, style) == out


def test_the_documented_limits_are_the_only_skips():
    skipped = {
        (path.stem, style)
        for path in SOURCES
        for style in STYLES
        if expressible(parse_file(path), style)
    }
    assert len(skipped) <= 4, skipped  # of 21: Markdown headings (2 files), repeated numbers (1)


@pytest.mark.parametrize("style", STYLES)
def test_bilingual_copy_keeps_both_languages(style):
    document = parse_file(BILINGUAL)
    assert document.translations, "the bilingual plan is split into two trees"
    out = normalize(document, style)
    lines = out.splitlines()
    first = next(i for i, line in enumerate(lines) if "全球南方的崛起壮大" in line)
    assert lines[first + 1].startswith("I. We agree that the rise and growth of the Global South")
    again = parse(out)
    assert again.language == document.language
    assert [t.language for t in again.translations] == [t.language for t in document.translations]
    assert everything(again) == everything(document, tidy_dashes)


# -- idempotence on hostile layouts (issue 8) ---------------------------------------------------


@pytest.mark.parametrize("style", STYLES)
def test_repeated_ambiguous_label_is_idempotent(style):
    """`(i)` `(i)` `(i)` is Roman 1 three times: numbered by position, like `1.` `1.` `1.`."""
    once = normalize("(i)\n(i)\n(i)\n", style)
    assert normalize(once, style) == once
    assert [n.id for n in parse("(i)\n(i)\n(i)\n").walk()] == ["1", "2", "3"]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(layouts())
def test_normalize_is_idempotent_on_generated_layouts(text):
    """Gaps, repeats, unknown numbers and lower-case continuations, in every style."""
    note(text)
    for style in STYLES:
        once = normalize(text, style)
        note(f"--- {style}\n{once}")
        assert normalize(once, style) == once, style
