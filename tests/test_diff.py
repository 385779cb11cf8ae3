"""`diff`: the alignment recovers known edits, on generated plans and on the bundled plan."""

from __future__ import annotations

import copy
import itertools
import json
import random
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import assume, given, note, settings
from hypothesis import strategies as st
from profiles_hypothesis import examples
from rapidfuzz import fuzz, utils
from strategies import SCHEMES, GenNode, render_tree, sentences, trees

from actionplan_parse import parse
from actionplan_parse.cli import cli
from actionplan_parse.diff import CHANGE_FIELDS, DEFAULT_THRESHOLD, compare
from actionplan_parse.diff.assign import hungarian

ROOT = Path(__file__).resolve().parents[1]
PLAN = ROOT / "corpus" / "china_celac_2025_2027.txt"
FIXTURES = ROOT / "tests" / "fixtures" / "diff"
NEXT = FIXTURES / "plan_next.txt"

# -- the bundled plan against an edited next version -------------------------------------------


def test_bundled_plan_against_next_version_reports_exactly_the_edits():
    expected = json.loads((FIXTURES / "plan_next.edits.json").read_text(encoding="utf-8"))
    changes = compare(parse(PLAN.read_bytes()), parse(NEXT.read_bytes()))
    found = [[c.change, c.old_id, c.new_id] for c in changes if c.change != "unchanged"]
    assert found == expected["changes"]


def test_a_document_against_itself_is_unchanged():
    document = parse(PLAN.read_bytes())
    changes = compare(document, document)
    assert {c.change for c in changes} == {"unchanged"}
    assert len(changes) == sum(1 for _ in document.walk())


# -- the command -------------------------------------------------------------------------------


def _run(*args: str):
    return CliRunner().invoke(cli, ["diff", *args])


def test_cli_json_has_exactly_the_contract_fields_and_exit_1():
    result = _run(str(PLAN), str(NEXT), "--format", "json")
    assert result.exit_code == 1
    rows = json.loads(result.output)
    assert all(tuple(row) == CHANGE_FIELDS for row in rows)
    moved = next(row for row in rows if row["change"] == "moved")
    assert (moved["old_id"], moved["new_id"], moved["similarity"]) == ("2.6.4", "2.7.5", 100.0)
    assert next(r for r in rows if r["change"] == "added")["similarity"] is None


def test_cli_exit_0_when_nothing_changed_and_markdown_table():
    result = _run(str(PLAN), str(PLAN), "--format", "markdown")
    assert result.exit_code == 0
    assert result.output.startswith("| change | old | new |")
    assert "unchanged" in result.output.splitlines()[-1]


def test_cli_text_lists_changes_only():
    lines = _run(str(PLAN), str(NEXT)).output.splitlines()
    assert lines[0].startswith("dropped     2.2.3 -> -")
    assert lines[-1].startswith("1 added, 1 dropped, 1 moved, 3 renumbered, 3 reworded")


def test_cli_missing_file_is_one_line_and_exit_2(tmp_path):
    result = CliRunner().invoke(cli, ["diff", str(PLAN), str(tmp_path / "nope.txt")])
    assert result.exit_code == 2
    assert len(result.output.strip().splitlines()) == 1


# -- the assignment ----------------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(40))
def test_hungarian_finds_the_best_total_weight(seed):
    rng = random.Random(seed)
    rows, columns = rng.randint(1, 5), rng.randint(1, 5)
    weights = [
        [rng.choice([0.0, rng.uniform(0, 100)]) for _ in range(columns)] for _ in range(rows)
    ]
    pairs = hungarian(weights)
    assert len({r for r, _ in pairs}) == len(pairs) == len({c for _, c in pairs})
    best = max(
        sum(weights[r][c] for r, c in zip(chosen, perm, strict=False))
        for chosen in itertools.permutations(range(rows), min(rows, columns))
        for perm in itertools.permutations(range(columns), min(rows, columns))
    )
    assert sum(weights[r][c] for r, c in pairs) == pytest.approx(best)


# -- generated plans with random edits ----------------------------------------------------------

_EXTRA = "Ports Mining Tourism Oceans Space Media Sports Water Forests Cities Labour Law".split()
_REWORD = "jointly actively further notably gradually regularly effectively".split()
EDITS = ("drop", "add", "reword", "move")


def _similar(a: str, b: str) -> float:
    return fuzz.ratio(a, b, processor=utils.default_process)


def _unique_texts(roots: list[GenNode]) -> None:
    seen: set[str] = set()
    extra = iter(_EXTRA * 10)
    for node in (n for root in roots for n in root.walk()):
        while (node.heading or node.text) in seen:
            if node.heading:
                node.heading = f"{node.heading} and {next(extra)}"
            else:
                node.text = node.text[:-1] + f" {next(extra).lower()}."
        seen.add(node.heading or node.text)


def _relabel(nodes: list[GenNode], schemes: list[str], prefix: str = "", level: int = 1) -> None:
    for number, node in enumerate(nodes, start=1):
        node.id = f"{prefix}{number}"
        node.label = SCHEMES[schemes[level - 1]](number)
        _relabel(node.children, schemes, node.id + ".", level + 1)


def _places(roots: list[GenNode]) -> list[tuple[GenNode | None, list[GenNode], int]]:
    """(parent, sibling list, level) for the top level and every container."""
    found: list[tuple[GenNode | None, list[GenNode], int]] = [(None, roots, 1)]
    for root in roots:
        for node in root.walk():
            if node.children:
                found.append((node, node.children, node.id.count(".") + 2))
    return found


class Edited:
    """A copy of a generated tree with edits applied, remembering where each node came from."""

    def __init__(self, roots: list[GenNode]) -> None:
        self.roots = copy.deepcopy(roots)
        self.origin = {
            id(new): old.id
            for new, old in zip(self._walk(self.roots), self._walk(roots), strict=True)
        }
        self.reworded: set[str] = set()
        self.touched: set[str] = set()
        self.old_texts = [n.heading or n.text for n in self._walk(roots)]

    @staticmethod
    def _walk(roots: list[GenNode]):
        return [n for root in roots for n in root.walk()]

    def leaves(self, max_level: int) -> list[tuple[list[GenNode], GenNode]]:
        return [
            (siblings, node)
            for _, siblings, level in _places(self.roots)
            for node in siblings
            if not node.children
            and len(siblings) > 1
            and self.origin.get(id(node)) not in self.touched
            and id(node) in self.origin
            and level <= max_level
        ]


@st.composite
def edited_plans(draw):
    roots, schemes = draw(trees(max_depth=3))
    _unique_texts(roots)
    edited = Edited(roots)
    for edit in draw(st.lists(st.sampled_from(EDITS), min_size=1, max_size=4)):
        leaves = edited.leaves(len(schemes))
        if edit == "add":
            _, siblings, _ = draw(st.sampled_from(_places(edited.roots)))
            text = draw(sentences)
            assume(all(_similar(text, old) < DEFAULT_THRESHOLD for old in edited.old_texts))
            siblings.insert(draw(st.integers(0, len(siblings))), GenNode("", None, text, ""))
            continue
        if not leaves:
            continue
        siblings, node = draw(st.sampled_from(leaves))
        origin = edited.origin[id(node)]
        edited.touched.add(origin)
        if edit == "drop":
            siblings.remove(node)
        elif edit == "reword":
            words = node.text.split()
            words.insert(draw(st.integers(1, len(words))), draw(st.sampled_from(_REWORD)))
            node.text = " ".join(words)
            edited.reworded.add(origin)
        else:
            targets = [s for _, s, level in _places(edited.roots) if s is not siblings]
            targets = [s for s in targets if level_of(edited.roots, s) <= len(schemes)]
            if not targets:
                edited.touched.discard(origin)
                continue
            siblings.remove(node)
            target = draw(st.sampled_from(targets))
            target.insert(draw(st.integers(0, len(target))), node)
    _relabel(edited.roots, schemes)
    return roots, edited


def level_of(roots: list[GenNode], siblings: list[GenNode]) -> int:
    return next(level for _, s, level in _places(roots) if s is siblings)


def _parent(node_id: str) -> str | None:
    return node_id.rsplit(".", 1)[0] if "." in node_id else None


def _expected(roots: list[GenNode], edited: Edited) -> list[tuple[str, str | None, str | None]]:
    """The class of every node, from the edits made (not from the texts)."""
    new_of_old = {
        edited.origin[id(n)]: n.id for n in edited._walk(edited.roots) if id(n) in edited.origin
    }
    found = []
    for node in edited._walk(edited.roots):
        origin = edited.origin.get(id(node))
        if origin is None:
            found.append(("added", None, node.id))
            continue
        old_parent, new_parent = _parent(origin), _parent(node.id)
        same_parent = (old_parent is None and new_parent is None) or (
            old_parent is not None and new_of_old.get(old_parent) == new_parent
        )
        if not same_parent:
            kind = "moved"
        elif origin in edited.reworded:
            kind = "reworded"
        elif origin.rsplit(".", 1)[-1] != node.id.rsplit(".", 1)[-1]:
            kind = "renumbered"
        else:
            kind = "unchanged"
        found.append((kind, origin, node.id))
    found += [("dropped", n.id, None) for n in edited._walk(roots) if n.id not in new_of_old]
    return sorted(found, key=str)


@settings(max_examples=examples(60), deadline=None)
@given(edited_plans())
def test_diff_recovers_random_edits_with_the_right_class(plan):
    roots, edited = plan
    old_text, new_text = render_tree(roots, wrap=False), render_tree(edited.roots, wrap=False)
    note(f"OLD\n{old_text}\nNEW\n{new_text}")
    changes = compare(parse(old_text), parse(new_text))
    found = sorted(((c.change, c.old_id, c.new_id) for c in changes), key=str)
    assert found == _expected(roots, edited)


def test_empty_and_binary_inputs_do_not_crash(tmp_path):
    empty, binary = tmp_path / "empty.txt", tmp_path / "binary.bin"
    empty.write_bytes(b"")
    binary.write_bytes(bytes(range(256)) * 4)
    for old, new in ((empty, empty), (empty, PLAN)):
        result = CliRunner().invoke(cli, ["diff", str(old), str(new), "--format", "json"])
        assert result.exit_code in (0, 1), result.output
        assert isinstance(json.loads(result.output), list)
    for old, new in ((binary, PLAN), (PLAN, binary)):  # refused, as by every command
        result = CliRunner().invoke(cli, ["diff", str(old), str(new), "--format", "json"])
        assert result.exit_code == 2 and "binary file" in result.output
    added = json.loads(_run(str(empty), str(PLAN), "--format", "json").output)
    assert {row["change"] for row in added} == {"added"}


def test_global_assignment_beats_first_match():
    """Greedy first match (or matching by id first) would pair the dropped item 1.1 with the
    new 1.1, a near-copy of it; the global assignment keeps old 1.2 with its exact copy and
    reports 1.1 dropped."""
    old = parse(
        "Plan\n1. Trade\n(1) Promote trade and investment cooperation in Asia.\n"
        "(2) Promote trade and investment cooperation in Africa.\n"
    )
    new = parse("Plan\n1. Trade\n(1) Promote trade and investment cooperation in Africa.\n")
    first, second = (n.text for n in old.walk() if n.id in ("1.1", "1.2"))
    target = new.find("1.1").text
    greedy_score = fuzz.ratio(first, target, processor=utils.default_process)
    assert 95 <= greedy_score < 100  # a first-match aligner (or an id-first one) would take it
    assert _similar(second, target) == 100
    found = [(c.change, c.old_id, c.new_id) for c in compare(old, new) if c.change != "unchanged"]
    assert found == [("dropped", "1.1", None), ("renumbered", "1.2", "1.1")]
