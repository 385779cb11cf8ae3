"""Akoma Ntoso 3.0 (OASIS LegalDocML) XML: ``render --to akn``.

A declaration or action plan is an AKN ``statement`` (the type for official documents of a body,
normative or not: declarations, resolutions, joint statements): FRBR metadata, the title in the
``preface``, the preamble paragraphs in the ``preamble``, the tree in ``mainBody``.

Each outline node is one hierarchical element with an ``eId`` built by the AKN naming convention
(``part_3__sec_x__para_2``). Nothing the parser knows is dropped: the project's own facts ride on
attributes in the namespace :data:`AP_NS` (``ap:id``, ``ap:kind``, ``ap:inferred``, ...), which the
AKN schema allows on every element, and the AKN-native marks say the same to other tools:
``status="editorial"`` on an inferred node, a ``remark`` in place of a lost heading, and each
garbled run as a ``p`` with ``status="ignored"`` holding a ``remark`` with the raw lines.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from xml.etree import ElementTree as ET

from ..dates import first_date
from ..models import Document, Fragment, Node, NodeKind
from .normalize import heading_lost

__all__ = ["AKN_NS", "AP_NS", "ELEMENT_OF_KIND", "KIND_OF_ELEMENT", "akn_eid", "to_akn"]

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
AP_NS = "urn:x-actionplan-parse:akn:1"
ET.register_namespace("", AKN_NS)
ET.register_namespace("ap", AP_NS)

ELEMENT_OF_KIND: dict[NodeKind, str] = {
    "part": "part",
    "section": "section",
    "article": "article",
    "item": "paragraph",
    "subitem": "point",
    "bullet": "indent",
    "heading": "hcontainer",
}
"""The AKN hierarchical element for each node kind (an unnumbered heading is an ``hcontainer``)."""
KIND_OF_ELEMENT = {element: kind for kind, element in ELEMENT_OF_KIND.items()}

_EID_PREFIX = {
    "part": "part",
    "section": "sec",
    "article": "art",
    "paragraph": "para",
    "point": "point",
    "indent": "indent",
    "hcontainer": "hcontainer",
}
"""Element name abbreviations of the AKN naming convention."""

_LANGUAGE = {"en": "eng", "es": "spa", "fr": "fra", "pt": "por", "zh": "zho"}
_COUNTRY = "xx"
"""No single jurisdiction issues a joint declaration: the user-assigned ISO 3166 code `xx`."""
_AUTHOR = "actionplan-parse"
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def akn_eid(node_id: str) -> list[str]:
    """The eId number of each component of a node id: `3` -> `3`, `?` -> `x`, `3#2` -> `3-2`."""
    return [part.replace("?", "x").replace("#", "-") for part in node_id.split(".")]


def to_akn(document: Document) -> str:
    """The document as an Akoma Ntoso 3.0 XML string (UTF-8 declaration, indented)."""
    root = ET.Element(_q("akomaNtoso"))
    statement = ET.SubElement(root, _q("statement"), {"name": "declaration"})
    statement.append(_meta(document))
    if document.title:
        preface = ET.SubElement(statement, _q("preface"))
        title = ET.SubElement(ET.SubElement(preface, _q("p")), _q("docTitle"))
        title.text = _clean(document.title)
    if document.preamble:
        preamble = ET.SubElement(statement, _q("preamble"))
        for paragraph in document.preamble:
            ET.SubElement(preamble, _q("p")).text = _clean(paragraph)
    body = ET.SubElement(statement, _q("mainBody"))
    hosts, top = _hosts(document)
    for node in document.children:
        body.extend(_garbled(f) for f in top if f.span.start_line < node.span.start_line)
        top = [f for f in top if f.span.start_line > node.span.start_line]
        body.append(_element(node, "", hosts))
    body.extend(_garbled(f) for f in top)
    if not len(body):
        ET.SubElement(body, _q("p"))
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"


# -- metadata -------------------------------------------------------------------------------------


def _meta(document: Document) -> ET.Element:
    day, day_name = _work_date(document)
    language = _LANGUAGE.get((document.language or document.source.profile or "")[:2], "und")
    work = f"/akn/{_COUNTRY}/statement/declaration/{day.isoformat()}/{_slug(document)}"
    expression = f"{work}/{language}@"
    meta = ET.Element(_q("meta"))
    identification = ET.SubElement(meta, _q("identification"), {"source": f"#{_AUTHOR}"})
    levels = (
        ("FRBRWork", work, work + "/!main", None),
        ("FRBRExpression", expression, expression + "/!main", language),
        ("FRBRManifestation", expression + ".akn", expression + "/!main.xml", None),
    )
    for tag, uri, this, lang in levels:
        level = ET.SubElement(identification, _q(tag))
        ET.SubElement(level, _q("FRBRthis"), {"value": this})
        ET.SubElement(level, _q("FRBRuri"), {"value": uri})
        ET.SubElement(level, _q("FRBRdate"), {"date": day.isoformat(), "name": day_name})
        ET.SubElement(level, _q("FRBRauthor"), {"href": f"#{_AUTHOR}"})
        if tag == "FRBRWork":
            ET.SubElement(level, _q("FRBRcountry"), {"value": _COUNTRY})
        if lang:
            ET.SubElement(level, _q("FRBRlanguage"), {"language": lang})
    references = ET.SubElement(meta, _q("references"), {"source": f"#{_AUTHOR}"})
    ET.SubElement(
        references,
        _q("TLCOrganization"),
        {"eId": _AUTHOR, "href": f"/ontology/organization/{_AUTHOR}", "showAs": _AUTHOR},
    )
    return meta


def _work_date(document: Document) -> tuple[dt.date, str]:
    """A date written in the title, preamble or text; else the file's modification date."""
    texts = [document.title or "", *document.preamble, *(n.text for n in document.walk())]
    for text in texts:
        found = first_date(text)
        if found is not None:
            return found, "text"
    path = document.source.path
    if path and path != "-" and Path(path).is_file():
        return dt.date.fromtimestamp(Path(path).stat().st_mtime), "file"
    return dt.date.today(), "generation"


def _slug(document: Document) -> str:
    name = Path(document.source.path).stem if document.source.path else document.title or "text"
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:60] or "text"


# -- body -------------------------------------------------------------------------------------


def _element(node: Node, prefix: str, hosts: dict[str, list[Fragment]]) -> ET.Element:
    tag = ELEMENT_OF_KIND.get(node.kind, "hcontainer")
    eid = f"{prefix}{_EID_PREFIX[tag]}_{akn_eid(node.id)[-1]}"
    element = ET.Element(_q(tag), _attributes(node, eid))
    if node.label is not None:
        ET.SubElement(element, _q("num")).text = _clean(node.label.raw)
    if node.heading is not None:
        ET.SubElement(element, _q("heading")).text = _clean(node.heading)
    elif heading_lost(node):
        heading = ET.SubElement(element, _q("heading"))
        remark = ET.SubElement(heading, _q("remark"), {"class": "heading-lost"})
        remark.text = "[heading lost]"
    garbled = [_garbled(f) for f in hosts.get(node.id, [])]
    if node.children:
        before = [
            g
            for f, g in zip(hosts.get(node.id, []), garbled, strict=True)
            if f.span.start_line < node.children[0].span.start_line
        ]
        if node.text or before:
            intro = ET.SubElement(element, _q("intro"))
            if node.text:
                _paragraphs(intro, node.text)
            intro.extend(before)
        element.extend(_element(child, eid + "__", hosts) for child in node.children)
        after = garbled[len(before) :]
        if after:
            ET.SubElement(element, _q("wrapUp")).extend(after)
    else:
        content = ET.SubElement(element, _q("content"))
        _paragraphs(content, node.text)
        content.extend(garbled)
    return element


def _hosts(document: Document) -> tuple[dict[str, list[Fragment]], list[Fragment]]:
    """Where each garbled run is written: in the deepest node whose span holds it (its content,
    or its intro / wrapUp when it has children), else in ``mainBody`` between top-level nodes."""
    nodes = list(document.walk())
    hosts: dict[str, list[Fragment]] = {}
    top: list[Fragment] = []
    for fragment in sorted(document.fragments, key=lambda f: f.span.start_line):
        line = fragment.span.start_line
        holders = [n for n in nodes if n.span.start_line < line <= n.span.end_line]
        host = holders[-1] if holders else None
        if host is not None and _between_children(host, line):
            host = [n for n in host.walk() if not n.children and n.span.start_line < line][-1]
        if host is None:
            top.append(fragment)
        else:
            hosts.setdefault(host.id, []).append(fragment)
    return hosts, top


def _between_children(node: Node, line: int) -> bool:
    children = node.children
    return bool(children) and children[0].span.start_line < line <= children[-1].span.end_line


def _attributes(node: Node, eid: str) -> dict[str, str]:
    attributes = {"eId": eid, _ap("id"): node.id, _ap("kind"): node.kind}
    attributes[_ap("lines")] = f"{node.span.start_line}-{node.span.end_line}"
    if node.kind == "heading":
        attributes["name"] = "heading"
    if node.number is not None:
        attributes[_ap("number")] = str(node.number)
    if node.inferred:
        attributes["status"] = "editorial"
        attributes[_ap("inferred")] = "true"
    if node.reasons:
        attributes[_ap("reasons")] = " ".join(node.reasons)
    confidence = getattr(node, "confidence", None)
    if isinstance(confidence, float):
        attributes[_ap("confidence")] = f"{confidence:.3f}"
    return attributes


def _paragraphs(parent: ET.Element, text: str) -> None:
    for paragraph in text.split("\n") if text else [""]:
        ET.SubElement(parent, _q("p")).text = _clean(paragraph)


def _garbled(fragment: Fragment) -> ET.Element:
    span = fragment.span
    p = ET.Element(
        _q("p"), {"status": "ignored", _ap("lines"): f"{span.start_line}-{span.end_line}"}
    )
    remark = ET.SubElement(p, _q("remark"), {"class": "garbled"})
    remark.text = _clean(fragment.raw)
    return p


def _clean(text: str) -> str:
    """Characters XML 1.0 cannot hold become U+FFFD (the text keeps its length)."""
    return _INVALID_XML.sub("\ufffd", text)


def _q(tag: str) -> str:
    return f"{{{AKN_NS}}}{tag}"


def _ap(name: str) -> str:
    return f"{{{AP_NS}}}{name}"
