"""Hypothesis strategies for `normalize`: generated plain-text plans with real damage.

A plan is a tree (1-3 levels, one numbering scheme per level) written one paragraph
per line, then damaged: a label deleted (gap-fill), a number skipped, a heading line
lost after garbled residue (inferred container), garbled runs, backslash quotes,
mojibake, odd dashes and white space, body paragraphs and lower-case starts (except
after decimal labels: the parser reads `1.1 lower case` as a number, `81.6 billion`).
The plans are plain text: parse them with ``input_format="text"`` (backslash quotes
followed by `.` look like Markdown escapes to the ``auto`` detection).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hypothesis import strategies as st
from strategies import SCHEMES as BASE_SCHEMES
from strategies import roman

SCHEMES = {
    "ordinal": BASE_SCHEMES["ordinal"],
    "part": BASE_SCHEMES["part-roman"],
    "roman-period": BASE_SCHEMES["roman-period"],
    "cardinal": BASE_SCHEMES["cardinal"],
    "arabic-period": BASE_SCHEMES["arabic-period"],
    "arabic-paren": BASE_SCHEMES["arabic-paren"],
    "roman-paren": lambda n: f"({roman(n)})",
    "letter-paren": BASE_SCHEMES["letter-paren"],
    "decimal": None,  # the id itself: `2.5.7`
}

_WORDS = (
    "cooperation trade energy climate support promote dialogue exchange joint development "
    "investment infrastructure sustainable regional agriculture research training partners "
    "capacity policy innovation culture health digital security finance forum youth water"
).split()
_VERBS = "Promote Strengthen Support Expand Deepen Encourage Explore Organize Continue".split()
_NOUNS = "Trade Energy Finance Health Culture Security Agriculture Transport Climate".split()
_SPICE = [
    "\\Panda Bond\\",  # backslash quotes
    "Itâ€™s",  # mojibake of It’s
    "2025\u20112027",  # non-breaking hyphen
    "policy -- practice",  # spaced double hyphen
    "co--operation",
    "“small and beautiful”",
    "China-CELAC",
    "3.5 billion",
]
GARBAGE = ["{\\", "}", "\\par", "\\pard\\sa200\\f0", "\ufffd\ufffd\ufffd", "{\\rtf1\\ansi"]


@dataclass
class Gen:
    number: int
    heading: str | None
    text: str
    children: list[Gen] = field(default_factory=list)


@dataclass
class Plan:
    text: str
    notes: list[str]


words = st.lists(st.sampled_from(_WORDS + _SPICE), min_size=3, max_size=18)
sentences = st.builds(
    lambda verb, ws, lower: f"{verb.lower() if lower else verb} {' '.join(ws)}.",
    st.sampled_from(_VERBS),
    words,
    st.booleans(),
)
headings = st.builds(
    lambda nouns: " and ".join(nouns),
    st.lists(st.sampled_from(_NOUNS), min_size=1, max_size=3, unique=True),
)


@st.composite
def plans(draw) -> Plan:
    depth = draw(st.integers(1, 3))
    top = draw(st.sampled_from(["ordinal", "part", "roman-period", "decimal"]))
    rest = ["cardinal", "arabic-period", "arabic-paren", "roman-paren", "letter-paren"]
    schemes = [top] + draw(st.permutations(rest))[: depth - 1]
    if top == "decimal":
        schemes = ["decimal"] * depth

    def make(level: int) -> list[Gen]:
        count = draw(st.integers(1, 4 if level < depth else 6))
        nodes = []
        for n in range(1, count + 1):
            if level < depth and (n == 1 or draw(st.booleans())):
                nodes.append(Gen(n, draw(headings), "", make(level + 1)))
            else:
                nodes.append(Gen(n, None, draw(sentences)))
        return nodes

    tree = make(1)
    lines: list[str] = [draw(headings) + " Plan of Action"]
    if draw(st.booleans()):
        lines.append(draw(sentences))
    notes = [f"schemes={schemes}"]

    def label(path: list[int], level: int) -> str:
        scheme = schemes[level - 1]
        if scheme == "decimal":
            return ".".join(map(str, path)) + ("." if level == 1 else "")
        return SCHEMES[scheme](path[-1])

    def emit(nodes: list[Gen], path: list[int], level: int, parent_lost: bool = False) -> None:
        for i, node in enumerate(nodes):
            here = [*path, node.number]
            damage = draw(st.sampled_from(["none"] * 5 + ["skip", "unlabel", "lose", "garble"]))
            lost = False
            has_neighbours = 0 < i < len(nodes) - 1
            if damage == "skip" and node.number > 1 and not node.children:
                notes.append(f"skip {here}")
                continue
            if damage == "garble":
                lines.extend(draw(st.lists(st.sampled_from(GARBAGE), min_size=1, max_size=3)))
            if damage == "lose" and node.children and (i > 0 or parent_lost):
                if not parent_lost:
                    lines.extend(draw(st.lists(st.sampled_from(GARBAGE), min_size=1, max_size=3)))
                notes.append(f"lose heading {here}")
                lost = True
            elif (
                damage == "unlabel"
                and has_neighbours
                and not node.children
                and node.text[0].isupper()
            ):
                lines.append(node.text)
                notes.append(f"unlabel {here}")
            else:
                content = node.heading or node.text
                if schemes[level - 1] == "decimal":  # `1.1 lower` reads as `81.6 billion`
                    content = content[0].upper() + content[1:]
                lines.append(f"{label(here, level)} {content}")
            if node.heading and draw(st.integers(0, 4)) == 0:
                lines.append(draw(sentences).capitalize())  # a body paragraph under a heading
            emit(node.children, here, level + 1, lost)

    emit(tree, [], 1)
    if draw(st.booleans()):
        lines.extend(draw(st.lists(st.sampled_from(GARBAGE), min_size=1, max_size=2)))
    return Plan("\n".join(lines) + "\n", notes)
