"""Read stage for Akoma Ntoso 3.0 XML (``--input akn``): the tree as the XML states it.

AKN is already structured, so nothing is derived from lines: each hierarchical element in
``mainBody`` (``part``, ``section``, ``paragraph``, ``point``, ``indent``, ``hcontainer``, ...)
is a node. What ``render --to akn`` wrote in its own namespace (``ap:id``, ``ap:kind``,
``ap:number``, ``ap:inferred``, ``ap:reasons``) is read back, so ids, kinds, numbers, inferences
and texts survive the round trip. AKN from other tools gets ids from its numbers (position where
none). Spans point into the XML file read: each node's lines, or its position in document order
where several elements share a line (minified XML).

The XML is parsed with the standard library's expat; a document type declaration (the only way
to declare entities) is refused, so entity expansion cannot blow up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from xml.parsers import expat

from .lines import scan
from .models import NODE_KINDS, Document, Fragment, Label, Node, NodeKind, Reason, Span
from .outputs.akn import AKN_NS, AP_NS, KIND_OF_ELEMENT
from .read import ReadError, SourceText

__all__ = ["AknError", "looks_like_akn", "read_akn"]

_HIER = set(KIND_OF_ELEMENT) | {
    "chapter",
    "title",
    "book",
    "division",
    "subpart",
    "subsection",
    "paragraph",
    "subparagraph",
    "clause",
    "subclause",
    "list",
    "level",
    "rule",
    "alinea",
}
_KIND_BY_DEPTH: tuple[NodeKind, ...] = ("part", "section", "item", "subitem")
_SNIFF = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<akomaNtoso\b", re.DOTALL)


class AknError(ReadError):
    """The text is not well-formed Akoma Ntoso XML (one line: what and where)."""


@dataclass
class _Element:
    tag: str
    attributes: dict[str, str]
    line: int
    children: list[_Element] = field(default_factory=list)
    text: list[str] = field(default_factory=list)
    end_line: int = 0

    def find(self, tag: str) -> _Element | None:
        return next((child for child in self.children if child.tag == tag), None)

    def all_text(self, remarks: bool = False) -> str:
        """The text inside, without ``remark`` elements (markers the writer added) unless asked."""
        inner = (c.all_text(remarks) for c in self.children if remarks or c.tag != "remark")
        return "".join([*self.text, *inner])


def looks_like_akn(text: str) -> bool:
    """True when the text starts (after an XML declaration and comments) with ``<akomaNtoso``."""
    return bool(_SNIFF.match(text[:4096]))


def read_akn(source: SourceText, path: str | None = None) -> Document:
    """The Document an AKN file holds; raises :class:`AknError` for XML that cannot be read."""
    root = _parse_xml(source.text)
    statement = next((c for c in root.children), None)
    if root.tag != "akomaNtoso" or statement is None:
        raise AknError("not an Akoma Ntoso document: no <akomaNtoso> with a document inside")
    body = statement.find("mainBody")
    nodes, fragments = _nodes(body.children if body else [], "", 1, set())
    _respace(nodes)
    return Document(
        title=_title(statement),
        preamble=_paragraph_texts(statement.find("preamble")),
        children=[_model(node, source) for node in nodes],
        fragments=[_fragment(element, source) for element in fragments],
        source=source.describe(path, "akn"),
    )


# -- XML ------------------------------------------------------------------------------------------


def _parse_xml(text: str) -> _Element:
    parser = expat.ParserCreate(namespace_separator="}")
    stack: list[_Element] = [_Element("#document", {}, 1)]

    def start(name: str, attributes: dict[str, str]) -> None:
        element = _Element(_local(name), _names(attributes), parser.CurrentLineNumber)
        stack[-1].children.append(element)
        stack.append(element)

    def end(_name: str) -> None:
        stack.pop().end_line = parser.CurrentLineNumber

    def refuse_doctype(*_args: object) -> None:
        raise AknError("a document type declaration is not accepted in AKN input")

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = lambda data: stack[-1].text.append(data)
    parser.StartDoctypeDeclHandler = refuse_doctype
    try:
        parser.Parse(text, True)
    except expat.ExpatError as exc:
        raise AknError(
            f"not well-formed XML: {expat.errors.messages[exc.code]} "
            f"at line {exc.lineno}, column {exc.offset + 1}"
        ) from None
    if not stack[0].children:
        raise AknError("no XML element found")
    return stack[0].children[0]


def _local(name: str) -> str:
    namespace, _, local = name.rpartition("}")
    return local if namespace in ("", AKN_NS) else f"{namespace}}}{local}"


def _names(attributes: dict[str, str]) -> dict[str, str]:
    return {name.replace(AP_NS + "}", "ap:"): value for name, value in attributes.items()}


# -- tree -----------------------------------------------------------------------------------------


@dataclass
class _Draft:
    element: _Element
    id: str
    level: int
    children: list[_Draft]
    first: int = 0
    last: int = 0


def _nodes(
    elements: list[_Element], prefix: str, level: int, seen: set[str]
) -> tuple[list[_Draft], list[_Element]]:
    nodes: list[_Draft] = []
    fragments: list[_Element] = []
    for element in elements:
        if element.tag in _HIER:
            position = str(len(nodes) + 1)
            number = _number(element)
            own = element.attributes.get("ap:id")
            node_id = _unique(own or f"{prefix}{number if number is not None else position}", seen)
            inner = [c for c in element.children if c.tag in _HIER]
            for holder in ("intro", "wrapUp", "content"):
                found = element.find(holder)
                fragments += [c for c in found.children if _is_garbled(c)] if found else []
            children, below = _nodes(inner, node_id + ".", level + 1, seen)
            fragments += below
            nodes.append(_Draft(element, node_id, level, children))
        elif _is_garbled(element):
            fragments.append(element)
    return nodes, fragments


def _unique(node_id: str, seen: set[str]) -> str:
    """Ids are unique in a Document: a repeated one gets `#2`, `#3`, ... as the parser does."""
    candidate, count = node_id, 1
    while candidate in seen:
        count += 1
        candidate = f"{node_id}#{count}"
    seen.add(candidate)
    return candidate


def _is_garbled(element: _Element) -> bool:
    return element.tag == "p" and element.attributes.get("status") == "ignored"


def _respace(nodes: list[_Draft]) -> None:
    """Each node's lines in the XML file; its position in document order where lines collide."""
    flat = _flatten(nodes)
    bounds = [(d.element.line, d.element.end_line) for d in flat]
    if _nested_by_lines(nodes):
        for draft, (first, last) in zip(flat, bounds, strict=True):
            draft.first, draft.last = first, last
        return
    for position, draft in enumerate(flat, start=1):
        draft.first = position
    for draft in reversed(flat):
        draft.last = draft.children[-1].last if draft.children else draft.first


def _nested_by_lines(nodes: list[_Draft]) -> bool:
    """Siblings on lines of their own, children inside their parent's lines."""
    previous_end = 0
    for draft in nodes:
        element = draft.element
        if element.line <= previous_end or not _nested_by_lines(draft.children):
            return False
        if draft.children and draft.children[-1].element.end_line > element.end_line:
            return False
        previous_end = element.end_line
    return True


def _flatten(nodes: list[_Draft]) -> list[_Draft]:
    return [d for node in nodes for d in (node, *_flatten(node.children))]


# -- models ---------------------------------------------------------------------------------------


def _model(draft: _Draft, source: SourceText) -> Node:
    element = draft.element
    attributes = element.attributes
    num = element.find("num")
    heading = element.find("heading")
    heading_text = heading.all_text().strip() if heading else ""
    number = _number(element)
    return Node(
        id=draft.id,
        kind=_our_kind(attributes.get("ap:kind")) or _kind(element.tag, draft.level),
        level=draft.level,
        label=_label(num.all_text().strip()) if num else None,
        number=number,
        inferred=attributes.get("ap:inferred") == "true",
        reasons=_our_reasons(attributes.get("ap:reasons", "")),
        heading=heading_text or None,
        text="\n".join(_paragraph_texts(element.find("content") or element.find("intro"))),
        raw="",
        span=_span(draft.first, draft.last, source),
        children=[_model(child, source) for child in draft.children],
    )


def _our_kind(written: str | None) -> NodeKind | None:
    """An `ap:kind` we wrote; another value (a hand-edited file) falls back to the element."""
    return next((kind for kind in NODE_KINDS if kind == written), None)


def _our_reasons(written: str) -> list[Reason]:
    """The `ap:reasons` we know; a foreign word is not one of ours (`inferred` is kept)."""
    known = {reason.value for reason in Reason}
    return [Reason(word) for word in written.split() if word in known]


def _kind(tag: str, level: int) -> NodeKind:
    """The kind the element name says; by depth for elements with no kind of ours (chapter)."""
    if tag in KIND_OF_ELEMENT:
        return KIND_OF_ELEMENT[tag]
    return _KIND_BY_DEPTH[min(level, len(_KIND_BY_DEPTH)) - 1]


def _number(element: _Element) -> int | None:
    if "ap:number" in element.attributes:
        return int(element.attributes["ap:number"])
    num = element.find("num")
    label = _label(num.all_text().strip()) if num else None
    return label.value if label else None


def _label(raw: str) -> Label | None:
    if not raw:
        return None
    line = scan(f"{raw} x")[0]
    if line.label is None or not line.readings:
        return Label(raw=raw, style="unknown", value=None, enclosure="none")
    reading = line.readings[0]
    return Label(raw=raw, style=reading.style, value=reading.value, enclosure=reading.enclosure)


def _title(statement: _Element) -> str | None:
    preface = statement.find("preface")
    if preface is None:
        return None
    titles = [c for p in preface.children for c in p.children if c.tag == "docTitle"]
    return titles[0].all_text().strip() if titles else None


def _paragraph_texts(holder: _Element | None) -> list[str]:
    if holder is None:
        return []
    paragraphs = [c for c in holder.children if c.tag == "p" and not _is_garbled(c)]
    return [p.all_text().strip() for p in paragraphs if p.all_text().strip()]


def _fragment(element: _Element, source: SourceText) -> Fragment:
    span = _span(element.line, element.end_line, source)
    return Fragment(raw=element.all_text(remarks=True), span=span)


def _span(first: int, last: int, source: SourceText) -> Span:
    count = len(source.line_starts)
    first_index, last_index = min(first, count) - 1, min(last, count) - 1
    start = source.line_starts[first_index] if count else 0
    end = source.line_starts[last_index] + source.line_lengths[last_index] if count else 0
    return Span(start_line=first, end_line=max(first, last), start_offset=start, end_offset=end)
