"""Hypothesis strategies: damaged copies of a real plan, and random generated trees.

A damaged copy comes with a map from each original line to the line where that
paragraph now starts, and with the set of original lines whose nodes must now
be inferred (the expected gap-filled lines plus the labels we deleted).
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field

from hypothesis import strategies as st

from actionplan_parse.lines import Line, scan
from actionplan_parse.styles.numbered import to_roman as roman

# -- label renderers ------------------------------------------------------------------------

_CARDINALS = ("One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve").split()
_ORDINALS = (
    "First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth Eleventh Twelfth"
).split()


SCHEMES = {
    "part-roman": lambda n: f"Part {roman(n)}.",
    "ordinal": lambda n: f"{_ORDINALS[n - 1]},",
    "adverb": lambda n: f"{_ORDINALS[n - 1]}ly,",
    "cardinal": lambda n: f"{_CARDINALS[n - 1]},",
    "roman-period": lambda n: f"{roman(n)}.",
    "roman-comma": lambda n: f"{roman(n)},",
    "arabic-period": lambda n: f"{n}.",
    "arabic-paren": lambda n: f"({n})",
    "arabic-close": lambda n: f"{n})",
    "roman-lower-paren": lambda n: f"({roman(n).lower()})",
    "letter-paren": lambda n: f"({chr(96 + n)})",
    "letter-close": lambda n: f"{chr(96 + n)})",
}

# What the issue asks for, per level of the bundled plan.
PLAN_RESTYLES = {
    1: ["keep", "part-roman", "ordinal"],
    2: ["keep", "roman-period", "cardinal", "roman-comma"],
    3: ["keep", "arabic-paren", "roman-lower-paren", "arabic-close"],
}

# -- garbage ---------------------------------------------------------------------------------

_RTF = ["{\\", "}", "\\par", "\\pard\\sa200\\f0", "{\\rtf1\\ansi\\deff0", "\\fs24 \\cf1"]
_FOREIGN = ["中国拉美合作论坛", "Сотрудничество и развитие", "Συνεργασία", "協力と発展の計画"]


def mojibake(text: str) -> str:
    return text.encode("utf-8").decode("cp1252", errors="replace")


garbage_lines = st.one_of(
    st.sampled_from(_RTF),
    st.integers(1, 12).map(lambda n: "\ufffd" * n),
    st.sampled_from(_FOREIGN).map(mojibake),
)


# -- damaged copies of a real plan ----------------------------------------------------------


@dataclass(repr=False)
class PlanFacts:
    """The bundled plan as lines, with each line's expected id (from the expected file)."""

    lines: list[str]
    ids: dict[int, str]
    scanned: list[Line]

    @classmethod
    def load(cls, text: str, expected: dict) -> PlanFacts:
        ids = {int(k): v.split("|")[0] for k, v in expected["ids"].items()}
        return cls(
            text.split("\n")[:-1] if text.endswith("\n") else text.split("\n"), ids, scan(text)
        )

    def level(self, line: int) -> int:
        return self.ids[line].count(".") + 1

    def __repr__(self) -> str:
        return f"PlanFacts({len(self.lines)} lines)"

    def label(self, line: int) -> Line | None:
        if not 1 <= line <= len(self.scanned):
            return None
        found = self.scanned[line - 1]
        return found if found.kind == "labelled" else None


@dataclass
class Damaged:
    data: bytes
    line_map: dict[int, int]
    """Original line -> first line of its paragraph in the damaged copy."""
    inferred_lines: set[int]
    """Original lines whose nodes must be inferred."""
    notes: list[str] = field(default_factory=list)


def _deletable(facts: PlanFacts) -> list[int]:
    """Leaf items whose neighbours are labelled and consecutive: deleting leaves a gap."""
    candidates = []
    for line, node_id in facts.ids.items():
        this, prev, nxt = facts.label(line), facts.label(line - 1), facts.label(line + 1)
        if not (this and prev and nxt) or line + 1 not in facts.ids:
            continue
        siblings = facts.ids[line - 1], facts.ids[line + 1]
        parent = node_id.rsplit(".", 1)[0] if "." in node_id else ""
        same_parent = all(s.rsplit(".", 1)[0] == parent for s in siblings if "." in s)
        values = prev.readings[0].value, this.readings[0].value, nxt.readings[0].value
        leaf = not any(i.startswith(node_id + ".") for i in facts.ids.values())
        if (
            same_parent
            and leaf
            and all(s.count(".") == node_id.count(".") for s in siblings)
            and values[0] + 1 == values[1] == values[2] - 1
            and this.content[:1].isupper()
        ):
            candidates.append(line)
    return candidates


@st.composite
def damaged_plans(draw, facts: PlanFacts, expected: dict) -> Damaged:
    styles = {level: draw(st.sampled_from(options)) for level, options in PLAN_RESTYLES.items()}
    deletable = _deletable(facts)
    deleted = set(draw(st.lists(st.sampled_from(deletable), max_size=4, unique=True)))
    deleted = {d for d in deleted if d - 1 not in deleted and d + 1 not in deleted}
    wrap = draw(st.booleans())
    crlf_bom = draw(st.booleans())
    garbage_after = draw(st.lists(st.integers(1, len(facts.lines)), max_size=5))
    indent = draw(st.booleans())

    paragraphs: list[tuple[int | None, str]] = []
    for number, text in enumerate(facts.lines, start=1):
        label = facts.label(number)
        if label is not None and number in facts.ids:
            if number in deleted:
                text = label.content
            elif styles[facts.level(number)] != "keep":
                value = label.readings[0].value
                text = f"{SCHEMES[styles[facts.level(number)]](value)} {label.content}"
        paragraphs.append((number, text))
        for _ in range(garbage_after.count(number)):
            paragraphs.append((None, draw(garbage_lines)))

    out: list[str] = []
    line_map: dict[int, int] = {}
    for number, text in paragraphs:
        if number is not None:
            line_map[number] = len(out) + 1
        if wrap:
            wrapped = textwrap.wrap(text, 72, break_on_hyphens=False, break_long_words=False)
            out.extend(wrapped or [""])
            out.append("")
        else:
            out.append(text)
    if indent:
        pads = st.sampled_from(["", " ", "  ", "\t", "    "])
        out = [f"{draw(pads)}{line}{draw(pads)}" if line else line for line in out]
    newline = "\r\n" if crlf_bom else "\n"
    data = (newline.join(out) + newline).encode("utf-8")
    if crlf_bom:
        data = b"\xef\xbb\xbf" + data
    inferred = set(expected["inferred_label_lines"]) | deleted
    notes = [
        f"styles={styles}",
        f"deleted={sorted(deleted)}",
        f"wrap={wrap}",
        f"crlf_bom={crlf_bom}",
        f"garbage_after={garbage_after}",
        f"indent={indent}",
    ]
    return Damaged(data, line_map, inferred, notes)


# -- random trees ----------------------------------------------------------------------------

_WORDS = (
    "cooperation trade energy climate support promote strengthen dialogue exchange joint "
    "development investment infrastructure sustainable regional agriculture research training "
    "partners programmes capacity policy innovation culture health digital security finance "
    "forum network youth water transport mutual dialogue experience practical areas both sides"
).split()
_VERBS = "Promote Strengthen Support Expand Deepen Encourage Explore Organize Continue".split()
_NOUNS = "Trade Energy Finance Health Culture Security Agriculture Transport Climate".split()


@dataclass
class GenNode:
    id: str
    heading: str | None
    text: str
    label: str
    children: list[GenNode] = field(default_factory=list)

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


sentences = st.builds(
    lambda verb, words: f"{verb} {' '.join(words)}.",
    st.sampled_from(_VERBS),
    st.lists(st.sampled_from(_WORDS), min_size=3, max_size=40),
)
headings = st.builds(
    lambda nouns: " and ".join(nouns),
    st.lists(st.sampled_from(_NOUNS), min_size=1, max_size=3, unique=True),
)


@st.composite
def trees(draw, max_depth: int = 4) -> tuple[list[GenNode], list[str]]:
    depth = draw(st.integers(1, max_depth))
    schemes = draw(
        st.lists(st.sampled_from(sorted(SCHEMES)), min_size=depth, max_size=depth, unique=True)
    )

    def make(prefix: str, level: int) -> list[GenNode]:
        count = draw(st.integers(1, 5 if level < depth else 6))
        nodes = []
        for n in range(1, count + 1):
            node_id = f"{prefix}{n}"
            label = SCHEMES[schemes[level - 1]](n)
            if level < depth and draw(st.booleans()) or (level < depth and n == 1):
                nodes.append(
                    GenNode(node_id, draw(headings), "", label, make(node_id + ".", level + 1))
                )
            else:
                nodes.append(GenNode(node_id, None, draw(sentences), label))
        return nodes

    return make("", 1), schemes


def render_tree(nodes: list[GenNode], wrap: bool, title: str = "Joint Plan of Action") -> str:
    paragraphs = [title]
    for root in nodes:
        for node in root.walk():
            paragraphs.append(f"{node.label} {node.heading or node.text}")
    if not wrap:
        return "\n".join(paragraphs) + "\n"
    return (
        "\n\n".join(
            "\n".join(textwrap.wrap(p, 72, break_on_hyphens=False, break_long_words=False))
            for p in paragraphs
        )
        + "\n"
    )


# -- trees whose labels mix families at every level, as damaged real copies do -------------

# One palette per level; a line draws its family from its level's palette, so a level
# mixes `Part I.` `Second,` `PART THREE:` while the palettes stay apart from each other.
MIXED_PALETTES = (
    ("part-roman", "ordinal", "part-caps"),
    ("roman-period", "cardinal", "roman-comma"),
    ("arabic-paren", "roman-upper-paren", "roman-lower-paren", "arabic-close"),
)
_MIXED_SCHEMES = {
    **SCHEMES,
    "part-caps": lambda n: f"PART {_CARDINALS[n - 1].upper()}:",
    "roman-upper-paren": lambda n: f"({roman(n)})",
}
_LOWER = "strengthen promote support expand deepen encourage explore".split()


@dataclass
class MixedRender:
    text: str
    expected: list[tuple[str, str | None, str]]
    notes: list[str]


@st.composite
def mixed_documents(draw) -> MixedRender:
    """A random tree, each label in a random family of its level's palette, rendered with
    random wrapping, page furniture between paragraphs and lower-case item texts."""
    depth = draw(st.integers(2, 3))
    palettes = MIXED_PALETTES[3 - depth :]
    expected: list[tuple[str, str | None, str]] = []
    paragraphs: list[str] = []

    def make(prefix: str, level: int) -> None:
        for n in range(1, draw(st.integers(1, 4 if level < depth else 5)) + 1):
            node_id = f"{prefix}{n}"
            label = _MIXED_SCHEMES[draw(st.sampled_from(palettes[level - 1]))](n)
            if level < depth and (n == 1 or draw(st.booleans())):
                heading = draw(headings)
                paragraphs.append(f"{label} {heading}")
                expected.append((node_id, heading, ""))
                make(node_id + ".", level + 1)
            else:
                text = draw(sentences)
                if draw(st.booleans()):
                    text = f"{draw(st.sampled_from(_LOWER))} {text[0].lower()}{text[1:]}"
                paragraphs.append(f"{label} {text}")
                expected.append((node_id, None, text))

    make("", 1)
    wrap = draw(st.booleans())
    pages = draw(st.lists(st.integers(1, len(paragraphs) - 1), max_size=3, unique=True))
    lines = ["Joint Plan of Action", ""]
    for index, paragraph in enumerate(paragraphs):
        if index in pages:
            lines += [f"- {index + 1} -", ""]
        if wrap:
            lines += textwrap.wrap(paragraph, 72, break_on_hyphens=False, break_long_words=False)
            lines.append("")
        else:
            lines.append(paragraph)
    notes = [f"depth={depth}", f"wrap={wrap}", f"pages={pages}"]
    return MixedRender("\n".join(lines) + "\n", expected, notes)


# -- hostile layouts: one list with lost labels, repeats, unknowns and continuations ----------


@st.composite
def layouts(draw) -> str:
    """One list in one scheme, damaged as HTML/Markdown conversions leave lists: a label
    lost (the paragraph stands in the gap), repeated, or unknown (`(?)`, `?.`); paragraphs
    after an item, capitalised or in lower case (a continuation); an ambiguous `(i)`.
    One paragraph per line, or separated by blank lines (the two ways ``blocks`` splits)."""
    scheme = SCHEMES[draw(st.sampled_from(sorted(SCHEMES)))]
    paragraphs = []
    for n in range(1, draw(st.integers(2, 8)) + 1):
        fate = draw(st.sampled_from(["label", "label", "lost", "repeat", "unknown", "(i)"]))
        if fate == "lost":
            paragraphs.append(draw(sentences))
        elif fate == "unknown":
            paragraphs.append(f"{draw(st.sampled_from(['(?)', '?.']))} {draw(headings)}")
        else:
            label = {"repeat": scheme(max(1, n - 1)), "(i)": "(i)"}.get(fate, scheme(n))
            paragraphs.append(f"{label} {draw(st.one_of(sentences, headings))}")
        for lower in draw(st.lists(st.booleans(), max_size=2)):
            sentence = draw(sentences)
            paragraphs.append(sentence.lower() if lower else sentence)
    separator = draw(st.sampled_from(["\n", "\n\n"]))
    return separator.join(paragraphs) + "\n"
