"""Model stage: the validated, typed tree (Pydantic v2).

These models know nothing of how they were parsed. Validators enforce the tree's
invariants, so any ``Document`` you hold — parsed, loaded from JSON or built by
hand — is consistent: children are one level deeper than their parent and lie
inside its span, siblings are ordered and do not overlap, ids are unique.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from enum import Enum
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = [
    "SCHEMA_NAME",
    "SCHEMA_VERSION",
    "Diagnostic",
    "Document",
    "Fragment",
    "Label",
    "NODE_KINDS",
    "Node",
    "NodeKind",
    "Reason",
    "RemovalReason",
    "Removed",
    "Severity",
    "Source",
    "Span",
    "Translation",
    "dotted",
]

SCHEMA_NAME = "actionplan-parse/document"
SCHEMA_VERSION = "1.0"

Severity = Literal["error", "warning", "info"]

RemovalReason = Literal["front-matter", "page-furniture", "page-chrome", "footnote-block", "rule"]
"""Why the parser kept lines out of the tree (see docs/model.md, `Removed`)."""

NodeKind = Literal["part", "section", "item", "subitem", "heading", "article", "bullet"]
"""What a node is (see docs/model.md, `Node.kind`)."""
NODE_KINDS: tuple[NodeKind, ...] = get_args(NodeKind)


class Reason(str, Enum):
    """Why something about a node was inferred; the values are the JSON strings (public)."""

    NUMBERING_RESTART = "numbering-restart"
    """A container whose heading was lost: a list restarted, so a parent was opened."""
    NEIGHBOUR_NUMBER = "neighbour-number"
    """The container's number comes from its siblings."""
    NUMBER_UNKNOWN = "number-unknown"
    """The siblings do not tell: the number is null, the id segment `?`."""
    MISSING_LABEL = "missing-label"
    """An unlabelled paragraph taken as the sibling missing from a numbering gap ..."""
    GAP_FILL = "gap-fill"
    """... and numbered from that gap."""
    POSITION_NUMBER = "position-number"
    """A bullet or an unnumbered heading, numbered by its position."""
    MARKED_INFERRED = "marked-inferred"
    """Read from normalized text, where the line says `[inferred]`."""
    LEAD_IN = "lead-in"
    """A paragraph ending with a colon that a restarted list goes under (no heading lost)."""

    def __str__(self) -> str:
        return self.value

    def __repr__(self) -> str:  # shown as the string it equals: `['gap-fill']`, as in the JSON
        return repr(self.value)


def dotted(path: Sequence[int | None]) -> str:
    """A node's path as a decimal label, `?` where a number is unknown: `3.?.2`
    (the inverse of :attr:`Node.path`, without the `#2` of repeated numbers)."""
    return ".".join("?" if p is None else str(p) for p in path)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


class Span(_Model):
    """Where something is in the source: 1-based lines and 0-based character offsets."""

    start_line: int = Field(ge=1, description="First line (1-based).")
    end_line: int = Field(ge=1, description="Last line (1-based, inclusive).")
    start_offset: int = Field(
        ge=0, description="Offset of the first character in the decoded text."
    )
    end_offset: int = Field(ge=0, description="Offset just past the last character (exclusive).")

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end_line < self.start_line or self.end_offset < self.start_offset:
            raise ValueError(f"span ends before it starts: {self}")
        return self

    def contains(self, other: Span) -> bool:
        """True when ``other`` lies inside this span (line-wise)."""
        return self.start_line <= other.start_line and other.end_line <= self.end_line

    def follows(self, other: Span | None) -> bool:
        """True when this span starts after ``other`` ends (None: nothing before). On the
        line where ``other`` ends (HTML on one line) the character offsets decide."""
        if other is None or self.start_line > other.end_line:
            return True
        return self.start_line == other.end_line and self.start_offset >= other.end_offset


class Label(_Model):
    """The label a node was written with, e.g. ``(II)``."""

    raw: str = Field(description="The label exactly as written, e.g. `(II)` or `Three,`.")
    style: str = Field(description="Numbering style: `roman-upper`, `arabic`, `ordinal-word`, ...")
    value: int | None = Field(description="The number the label stands for; null for bullets.")
    enclosure: str = Field(description="Punctuation around it: `paren`, `period`, `comma`, ...")


class Node(_Model):
    """One part, section or item of the document."""

    id: str = Field(description="Dotted path of numbers from the root, `?` where unknown.")
    kind: NodeKind = Field(
        description="`part` or `section` (titled containers), `item` or `subitem` (numbered "
        "paragraphs), `heading` (unnumbered heading), `article` or `bullet`."
    )
    level: int = Field(ge=1, description="Depth in the tree; 1 is the top level.")
    label: Label | None = Field(default=None, description="The written label; null if none.")
    number: int | None = Field(default=None, description="Normalised number; null if unknown.")
    inferred: bool = Field(
        default=False, description="True when the node or its number was not written but inferred."
    )
    reasons: list[Reason] = Field(
        default_factory=list,
        description="Why anything about this node was inferred, e.g. `numbering-restart`, "
        "`gap-fill`, `neighbour-number`.",
    )
    heading: str | None = Field(default=None, description="Short title, e.g. `Finance`.")
    text: str = Field(default="", description="Body text, tidied (one paragraph per entry joined).")
    raw: str = Field(default="", description="The node's own source lines, exactly as written.")
    span: Span = Field(description="Lines of the node including its children.")
    confidence: float = Field(
        default=1.0,
        ge=0.0,
        le=1.0,
        description="How clearly the structure decoder preferred this node's placement over "
        "the runner-up reading: 1 - exp(-margin), 1.0 where no other reading competed.",
    )
    runner_up: str | None = Field(
        default=None,
        description="The closest competing reading of this node's place, in words "
        "(`continue at level 2 as arabic/period number 3`); null where none competed.",
    )
    children: list[Node] = Field(default_factory=list, description="Nodes one level deeper.")

    @property
    def path(self) -> list[int | None]:
        """The id as numbers, ``None`` where a number is unknown."""
        return [None if p.startswith("?") else int(p.split("#")[0]) for p in self.id.split(".")]

    def walk(self) -> Iterator[Node]:
        """This node, then its descendants, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()

    @model_validator(mode="after")
    def _children_consistent(self) -> Node:
        previous: Span | None = None
        for child in self.children:
            if child.level != self.level + 1:
                raise ValueError(f"{child.id}: level {child.level} under level {self.level}")
            if not self.span.contains(child.span):
                raise ValueError(f"{child.id}: span outside parent {self.id}")
            if not child.span.follows(previous):
                raise ValueError(f"{child.id}: overlaps or precedes its previous sibling")
            previous = child.span
        return self


class Diagnostic(_Model):
    """A problem found in the source, with a stable rule code."""

    code: str = Field(description="Rule code, e.g. `AP101`.")
    name: str = Field(description="Rule name, e.g. `numbering-gap`.")
    severity: Severity = Field(description="`error`, `warning` or `info`.")
    message: str = Field(description="One line for a human.")
    span: Span | None = Field(default=None, description="Where; null for whole-file findings.")
    column: int = Field(default=1, ge=1, description="1-based column on the first line.")
    node_id: str | None = Field(default=None, description="The node concerned, if any.")


class Fragment(_Model):
    """A run of unreadable lines (markup residue, mojibake) that belongs to no node."""

    kind: Literal["garbled"] = "garbled"
    raw: str = Field(description="The lines as written.")
    span: Span


class Removed(_Model):
    """Lines the parser set aside as not content (reported by AP007 removed-text)."""

    reason: RemovalReason = Field(
        description="`front-matter`, `page-furniture`, `page-chrome` (an HTML page's "
        "navigation, breadcrumbs, page header and footer, link lists), `footnote-block` or "
        "`rule` (a separator line of underscores)."
    )
    raw: str = Field(description="The lines as written (blank lines inside the run included).")
    span: Span


class Source(_Model):
    """Facts about the input."""

    path: str | None = Field(default=None, description="File path, or null for text/stdin.")
    encoding: str = Field(
        description="`utf-8`, `utf-16`, `gb18030`, `cp1252`, ... or `text` for str input."
    )
    encoding_confidence: float = Field(
        default=1.0,
        ge=0,
        le=1,
        description="1 for a named encoding, a byte-order mark or valid UTF-8; else how sure "
        "the detection was (charset-normalizer).",
    )
    bom: bool = Field(description="A byte-order mark was present.")
    newline: str = Field(description="`lf`, `crlf`, `cr`, `mixed` or `none`.")
    format: str = Field(
        default="text", description="Input format the text was read as: `text`, `markdown`, `html`."
    )
    profile: str = Field(default="all", description="The profile the text was parsed with.")
    lines: int = Field(ge=0, description="Number of lines.")
    size: int = Field(ge=0, description="Size in bytes.")


def _check_siblings(children: list[Node]) -> None:
    """Top-level nodes: level 1, in order, not overlapping; ids unique in the tree."""
    previous: Span | None = None
    for child in children:
        if child.level != 1:
            raise ValueError(f"{child.id}: top-level node at level {child.level}")
        if not child.span.follows(previous):
            raise ValueError(f"{child.id}: overlaps or precedes its previous sibling")
        previous = child.span
    seen: set[str] = set()
    for child in children:
        for node in child.walk():
            if node.id in seen:
                raise ValueError(f"duplicate node id {node.id}")
            seen.add(node.id)


class Translation(_Model):
    """The same document in another language (a bilingual copy), aligned by node id."""

    language: str = Field(description="Language code of this rendering, e.g. `en`.")
    title: str | None = Field(default=None, description="The title in this language, if any.")
    preamble: list[str] = Field(default_factory=list, description="Preamble in this language.")
    title_span: Span | None = Field(default=None, description="Lines of the title, if any.")
    preamble_spans: list[Span] = Field(
        default_factory=list, description="Lines of each preamble paragraph, in order."
    )
    children: list[Node] = Field(
        default_factory=list,
        description="Top-level nodes; each has the id of the node it renders in the main tree.",
    )

    def walk(self) -> Iterator[Node]:
        """Every node in document order (depth first)."""
        for child in self.children:
            yield from child.walk()

    @model_validator(mode="after")
    def _tree_consistent(self) -> Translation:
        _check_siblings(self.children)
        return self


class Document(_Model):
    """A parsed action plan or declaration."""

    schema_name: str = Field(default=SCHEMA_NAME, alias="schema", description="Schema name.")
    schema_version: str = Field(default=SCHEMA_VERSION, description="Schema version.")
    title: str | None = Field(default=None, description="The document's title line, if any.")
    preamble: list[str] = Field(
        default_factory=list, description="Unlabelled paragraphs before the first node."
    )
    title_span: Span | None = Field(
        default=None,
        description="Lines of the title; null when there is none or it came from metadata.",
    )
    preamble_spans: list[Span] = Field(
        default_factory=list, description="Lines of each preamble paragraph, in order."
    )
    children: list[Node] = Field(default_factory=list, description="Top-level nodes.")
    fragments: list[Fragment] = Field(
        default_factory=list, description="Garbled runs, which belong to no node."
    )
    removed: list[Removed] = Field(
        default_factory=list,
        description="Lines kept out of the tree as not content (front matter, page furniture, "
        "footnote blocks, rules), each reported by AP007.",
    )
    diagnostics: list[Diagnostic] = Field(default_factory=list, description="Problems found.")
    language: str | None = Field(
        default=None, description="Language of the main tree, when a bilingual copy was split."
    )
    translations: list[Translation] = Field(
        default_factory=list,
        description="Other languages of a bilingual interleaved copy, aligned node to node by id.",
    )
    source: Source

    model_config = ConfigDict(extra="forbid", populate_by_name=True, serialize_by_alias=True)

    def walk(self) -> Iterator[Node]:
        """Every node in document order (depth first)."""
        for child in self.children:
            yield from child.walk()

    def find(self, node_id: str) -> Node | None:
        """The node with this id (`2.5.7`), or None."""
        return next((node for node in self.walk() if node.id == node_id), None)

    @model_validator(mode="after")
    def _tree_consistent(self) -> Document:
        _check_siblings(self.children)
        return self
