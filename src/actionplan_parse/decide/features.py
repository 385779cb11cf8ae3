"""All the evidence the decoder weighs, as named features of a candidate move.

A feature is a name and a value (1.0 for a fact that holds, a count or size
otherwise); its weight lives in ``weights.toml``. Positive weights are costs. Every
name used here must have a weight (``tests/test_decide.py`` checks the shipped file).
"""

from __future__ import annotations

from functools import cache

from ..blocks import Block, indent
from ..styles import Reading
from .transitions import MAX_DEPTH, Candidate, Frame, State, Step, marked_heading

__all__ = ["FEATURES", "candidates"]

FEATURES = (
    # the label's form (style + punctuation) against what the level has used
    "form.same_list",
    "form.seen_at_level",
    "form.seen_elsewhere",
    "form.seen_elsewhere_count",
    "form.same_style",
    "form.same_enclosure",
    "form.new",
    "form.seen_under_heading",
    # the label's number against the list it would join
    "number.continues",
    "number.unknown_after_list",
    "number.list_unknown",
    "number.fills_gap",
    "number.gap",
    "number.gap_size",
    "number.goes_back",
    "number.new_form_restarts",
    "continue.closes_levels",
    "continue.beside_heading",
    # a restarted list: its parent heading was lost
    "restart",
    "restart.after_garble",
    "restart.value",
    # a new child list
    "child.starts_at_1",
    "child.runs_on",
    "child.starts_at_2",
    "child.starts_at_3",
    "child.starts_high",
    "child.after_colon",
    # a titled label over a list whose numbering runs on past it
    "section.runs_on",
    # a paragraph ending with a colon before a list that starts again
    "lead_in.colon",
    # labels numbered by position (bullets, `1.` `1.` `1.`)
    "label.positional",
    # label families out of their usual order (`Two,` joining `(1)` `(2)`, `One,` under `(1)`)
    "rank.joins_lower_list",
    "rank.child_above_parent",
    # markup as a hint: `### A.` opening a list under a plain item
    "markup.heading_under_item",
    # `Part II.` / `PART THREE:` under another labelled node
    "label.part_under_label",
    # indentation (leading white space) of a bullet against the list joined or the parent
    "indent.deeper_than_list",
    "indent.shallower_than_list",
    "indent.deeper_than_parent",
    "indent.shallower_than_parent",
    "indent.level_with_same_parent",
    # `1.1 strengthen` / `81.6 billion`: a label or a wrapped number, as the numbering says
    "label.weak",
    "label.weak_as_text",
    # `2.3` placed under the node numbered 2 (`?` in a path, written by normalize, fits any)
    "decimal.path_fits",
)

_SMALL_GAP = 3
_RANKS = {"continue": 0, "child": 1, "restart": 2, "lead-in": 2}
_INDENT_STEP = 2  # columns: less is noise (`-   ` vs `-    `)


def candidates(state: State, step: Step, uninformative: frozenset[str]) -> list[Candidate]:
    """Every move for the labelled block of `step`, with its features."""
    block = step.block
    out: list[Candidate] = []
    depth = len(state.frames)
    under_heading = state.frames[-1].heading or state.frames[-1].tiered  # `## 1.`
    section = state.section_level(block, step.following)
    space = indent(block.lines[0])
    lead_in = state.lead_in() is not None
    heading_markup = marked_heading(block.lines[0])
    colon_above = state.frames[-1].colon or _ends_with_colon(state.last_block)
    for written in block.readings:
        positional = _positional(written, uninformative)
        emphasis = block.lines[0].emphasis
        for level in range(1, depth):
            frame = state.frames[level]
            if frame.heading and emphasis is not None and frame.emphasis == emphasis:
                out.extend(_beside_heading(state, written, level, positional))
        for level, frame in state.levels():
            reading = _as_placed(written, positional, frame)
            features = _form(state, reading, level, frame.forms)
            if reading.form not in frame.forms:
                features.update(_part_under_label(state, reading, level))
            features.update(_rank_features(reading, frame.forms, "rank.joins_lower_list"))
            value = reading.value
            if positional:  # numbers outweigh layout; bullets have only layout
                features.update(_indent_in_list(space, frame))
            if lead_in and _goes_back(value, frame.last) and not positional:
                opened = {**_form(state, reading, level, frame.forms), "lead_in.colon": 1.0}
                opened.update(_start(state, reading))
                out.append(_candidate("lead-in", level, reading, written, opened, positional))
            if _goes_back(value, frame.last) and level >= 2 and not positional:
                features.update(_restart(state, value))
                out.append(_candidate("restart", level, reading, written, features, positional))
            else:
                same_form = reading.form in frame.forms
                features.update(_number(state, value, frame.last, same_form))
                features.update(_path_fits(state, reading, level))
                if depth - 1 > level:  # the innermost list is the likeliest to go on
                    features["continue.closes_levels"] = float(depth - 1 - level)
                out.append(_candidate("continue", level, reading, written, features, positional))
        if depth <= MAX_DEPTH:
            reading = written._replace(value=1) if positional else written
            features = _form(state, reading, depth, frozenset())
            if under_heading and reading.form in state.seen_total and _form_cost_high(features):
                features = {"form.seen_under_heading": 1.0}  # `1.` again under each heading
            features.update(_start(state, reading))
            features.update(_part_under_label(state, reading, depth))
            features.update(_path_fits(state, reading, depth))
            if colon_above:
                features["child.after_colon"] = 1.0
            if heading_markup and not state.frames[-1].marked_heading and depth > 1:
                features["markup.heading_under_item"] = 1.0
            parent = state.frames[-1]
            if parent.level > 0 and not parent.heading:
                key = "rank.child_above_parent"
                features.update(_rank_features(reading, parent.forms, key))
            if positional:
                features.update(_indent_under(space, state.frames[-1], reading.form))
            out.append(_candidate("child", depth, reading, written, features, positional))
    if section is not None:
        forms = state.frames[-1].forms
        out = [c if _stays_in_list(c, forms) else _as_section(c, section) for c in out]
    if block.lines[0].weak:
        for move in out:
            move.features["label.weak"] = 1.0
        text = {"label.weak_as_text": 1.0}
        out.append(Candidate("text", 0, block.readings[0], block.readings[0], text, 3))
    return out


def _ends_with_colon(block: Block | None) -> bool:
    """`… in the following reports:` — what follows is announced as its sub-items."""
    return block is not None and block.content.rstrip().endswith((":", "："))


def _beside_heading(
    state: State, written: Reading, level: int, positional: bool
) -> list[Candidate]:
    """A label at the level of an unnumbered heading marked up as it is, closing it
    (`### Article 19` after `### Article 18= Voting`, whose label the conversion broke)."""
    if positional or not state.seen_at.get((written.form, level)):
        return []
    features = {"form.seen_at_level": 1.0, "continue.beside_heading": 1.0}
    features.update(_number(state, written.value, state.cousins.get(written.form)))
    return [_candidate("continue", level, written, written, features, positional)]


def _candidate(
    action: str,
    level: int,
    reading: Reading,
    written: Reading,
    features: dict[str, float],
    positional: bool,
) -> Candidate:
    if positional:
        features["label.positional"] = 1.0
    rank = _RANKS[action]
    return Candidate(action, level, reading, written, features, rank)  # type: ignore[arg-type]


def _stays_in_list(move: Candidate, forms: frozenset[str]) -> bool:
    """No section heading over a running list: a label of a lower family (`1. Trade` amid
    `Part III` … `Part IV`), or one whose numbers place it under the node above (`2.4`)."""
    if move.action == "child" and "decimal.path_fits" in move.features:
        return True
    return all(_rank(move.reading.form) > _rank(form) for form in forms) if forms else False


def _as_section(move: Candidate, level: int) -> Candidate:
    """Where a titled label stands over a running list, any move but continuing it makes
    it the list's section heading."""
    if move.action == "continue":
        return move
    features = dict(move.features)
    features["section.runs_on"] = 1.0
    return move._replace(action="section", level=level, features=features)


def _positional(reading: Reading, uninformative: frozenset[str]) -> bool:
    """Bullets, and `1.` `1.` `1.` (a Markdown artifact): numbered by position.

    A label marked unknown (`3.?`, `(?)` in normalized text) has no value either, but
    it is not a position: it stays unknown.
    """
    bullet = reading.value is None and reading.style == "bullet"
    return bullet or reading.form in uninformative


def _as_placed(written: Reading, positional: bool, frame: Frame) -> Reading:
    if not positional:
        return written
    if written.form in frame.forms and frame.last is not None:
        return written._replace(value=frame.last + 1)
    return written._replace(value=1)


def _form(state: State, reading: Reading, level: int, forms: frozenset[str]) -> dict[str, float]:
    form = reading.form
    if form in forms:
        return {"form.same_list": 1.0}
    if state.seen_at.get((form, level)):
        return {"form.seen_at_level": 1.0}
    total = state.seen_total.get(form)
    if total:
        return {"form.seen_elsewhere": 1.0, "form.seen_elsewhere_count": float(min(4, total))}
    if any(_same_style(reading, f) for f in forms):
        return {"form.same_style": 1.0}  # `II,` in a list of `I.`
    if any(f.endswith("/" + reading.enclosure) for f in forms):
        return {"form.same_enclosure": 1.0}
    return {"form.new": 1.0}


def _same_style(reading: Reading, form: str) -> bool:
    """The same numerals, punctuated alike enough: `I.` `II,` yes; `(I)` `II.` no."""
    style, _, enclosure = form.partition("/")
    return style == reading.style and (enclosure in _PARENS) == (reading.enclosure in _PARENS)


def _form_cost_high(features: dict[str, float]) -> bool:
    """The form was seen elsewhere or is new: under a heading it is as good as seen here."""
    return "form.seen_elsewhere" in features or "form.new" in features


def _indent_in_list(space: int, frame: Frame) -> dict[str, float]:
    if space >= frame.indent + _INDENT_STEP:
        return {"indent.deeper_than_list": 1.0}
    if space <= frame.indent - _INDENT_STEP:
        return {"indent.shallower_than_list": 1.0}
    return {}


def _indent_under(space: int, parent: Frame, form: str) -> dict[str, float]:
    if parent.level == 0:
        return {}
    if space >= parent.indent + _INDENT_STEP:
        return {"indent.deeper_than_parent": 1.0}
    if space <= parent.indent - _INDENT_STEP:
        return {"indent.shallower_than_parent": 1.0}
    if form in parent.forms:  # `-` under `-` at the same indentation: more likely a sibling
        return {"indent.level_with_same_parent": 1.0}
    return {}


@cache
def _rank(form: str) -> int:
    """How high in a document a label family usually stands (0 = top): `Part I` and
    `First,` above `One,` and upper-case Roman numerals, above `1.`, above `(1)` `1)`
    `(a)` `(i)`."""
    style, _, enclosure = form.partition("/")
    if style in ("part", "article", "ordinal-word"):
        return 0
    if style.endswith(("-word", "-adverb")) or style in ("roman-upper", "cjk", "cjk-ordinal"):
        return 1 if enclosure not in ("paren", "close-paren") else 3
    if style in ("arabic", "decimal", "arabic-ordinal") and enclosure not in _PARENS:
        return 2
    return 3


_PARENS = ("paren", "close-paren")


def _rank_features(reading: Reading, forms: frozenset[str], key: str) -> dict[str, float]:
    """A label of a higher family joining a list of lower ones, or opening a list under one."""
    if not forms or reading.style == "bullet":
        return {}
    return {key: 1.0} if _outranks(reading.form, forms) else {}


@cache
def _outranks(form: str, forms: frozenset[str]) -> bool:
    own = _rank(form)
    return all(_rank(f) > own for f in forms)


def _part_under_label(state: State, reading: Reading, level: int) -> dict[str, float]:
    """`Part II.` names a top division: a list of parts rarely opens under, or joins a
    list of, other labelled nodes."""
    if reading.style != "part":
        return {}
    above = any(not f.heading for f in state.frames[1:level])
    return {"label.part_under_label": 1.0} if above else {}


def _path_fits(state: State, reading: Reading, level: int) -> dict[str, float]:
    """A decimal label's leading numbers are the numbers of the nodes above it."""
    prefix = reading.path[:-1]
    above = [frame.last for frame in state.frames[1:level]][-len(prefix) :] if prefix else []
    if not prefix or len(above) != len(prefix):
        return {}
    fits = all(want in (0, have) for want, have in zip(prefix, above, strict=True))
    return {"decimal.path_fits": 1.0} if fits else {}


def _goes_back(value: int | None, last: int | None) -> bool:
    return value is not None and last is not None and value <= last


def _number(
    state: State, value: int | None, last: int | None, same_form: bool = True
) -> dict[str, float]:
    if value is None:  # a bullet continues bullets, not a numbered list
        return {} if last is None else {"number.unknown_after_list": 1.0}
    if last is None:
        return {"number.list_unknown": 1.0}
    gap = value - last - 1
    if gap == 0:
        return {"number.continues": 1.0}
    if gap > 0:
        if gap == state.fillable():
            return {"number.fills_gap": 1.0}
        return {"number.gap": 1.0, "number.gap_size": float(min(gap, _SMALL_GAP))}
    if value == 1 and not same_form:
        return {"number.new_form_restarts": 1.0}  # another list, in another form, begins
    return {"number.goes_back": 1.0}  # the same number again, or a smaller one


def _restart(state: State, value: int | None) -> dict[str, float]:
    kind = "restart.after_garble" if state.after_garble else "restart"
    return {kind: 1.0, "restart.value": float(max(0, (value or 1) - 1))}


def _start(state: State, reading: Reading) -> dict[str, float]:
    value = reading.value
    if value is None or value == 1:
        return {"child.starts_at_1": 1.0}
    parent = state.frames[-1]
    own_list = reading.form in parent.forms and parent.last == value - 1
    if state.cousins.get(reading.form) == value - 1 and not own_list:
        return {"child.runs_on": 1.0}  # numbering runs on from the previous list at this level
    name = {2: "child.starts_at_2", 3: "child.starts_at_3"}.get(value, "child.starts_high")
    return {name: 1.0}
