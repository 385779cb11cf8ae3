"""Layout: a crawled HTML page whose chrome (navigation menu, language bar, breadcrumb,
"share" and "related news" lists, page footer) surrounds the text. The chrome is set
aside as `page-chrome` (Document.removed, AP007), never read as the text's structure,
and never dropped; lists and paragraphs that carry sentences around their links stay."""

from __future__ import annotations

from layouts import FIXTURES, load, outline

from actionplan_parse import parse
from actionplan_parse.account import lost_lines
from actionplan_parse.markup import strip_markup

PAGE = "html_page_chrome.html"
CHROME_WORDS = ("Home", "Statements", "Français", "Share", "Related news", "Privacy")


def _chrome_text(html: str) -> list[str]:
    """The output lines of ``html`` that the reader found in page chrome."""
    stripped = strip_markup(html, "html")
    return [stripped.lines[n - 1] for n in sorted(stripped.chrome)]


def test_the_body_tree_is_exact() -> None:
    doc = load(PAGE)
    assert outline(doc) == [
        ("1", "Water Resources", 1),
        ("1.1", None, 1),
        ("1.2", None, 2),
        ("2", "Sanitation", 2),
        ("2.3", None, 3),
        ("2.4", None, 4),
    ]
    assert doc.title == "Joint Action Plan on Water Cooperation"
    assert doc.find("2.4").text == (
        "Train water engineers through the Joint Institute and the Water Academy."
    )
    assert doc.preamble == [
        "Adopted on 3 March 2024",
        "The two Governments, recalling the 1998 Treaty on Shared Rivers, have agreed on the "
        "following actions.",
    ]


def test_the_chrome_is_removed_with_its_reason_and_reported() -> None:
    doc = load(PAGE)
    assert {r.reason for r in doc.removed} == {"page-chrome"}
    removed = "\n".join(r.raw for r in doc.removed)
    for word in CHROME_WORDS:
        assert word in removed
    assert "English | Français | Español" in removed  # the language bar, a link run
    assert "Home > News > Statements" in removed  # the breadcrumb, a link run
    for node in doc.walk():
        assert not any(word in node.text + (node.heading or "") for word in CHROME_WORDS)
    assert [(r.span.start_line, r.span.end_line) for r in doc.removed] == [(11, 25), (44, 59)]
    found = [d for d in doc.diagnostics if d.code == "AP007"]
    assert len(found) == 1
    assert found[0].message.startswith("page chrome kept out of the tree")
    assert "lines 11-25, 44-59" in found[0].message  # the HTML file's lines


def test_nothing_is_lost() -> None:
    text = (FIXTURES / PAGE).read_text(encoding="utf-8")
    assert lost_lines(parse(text), text) == []


def test_a_list_of_sentences_with_links_is_content() -> None:
    html = (
        "<html><body><ul>"
        "<li>We will expand <a href='/a'>trade</a> between the two countries.</li>"
        "<li>We will <a href='/b'>meet</a> every year.</li>"
        "</ul></body></html>"
    )
    assert _chrome_text(html) == []


def test_a_list_of_links_only_is_chrome_even_numbered() -> None:
    html = (
        "<html><body><p>Contents</p><ol>"
        "<li><a href='#s1'>Trade</a></li><li><a href='#s2'>Energy</a></li>"
        "</ol><p>1. The parties will trade.</p></body></html>"
    )
    assert _chrome_text(html) == ["1. Trade", "2. Energy"]


def test_one_linked_item_or_one_link_is_not_a_menu() -> None:
    html = (
        "<html><body><ul><li><a href='/x'>Annex</a></li></ul>"
        "<p><a href='/y'>Back to the top</a></p></body></html>"
    )
    assert _chrome_text(html) == []


def test_linked_sentences_are_not_menu_entries() -> None:
    html = (
        "<html><body><ul>"
        "<li><a href='/a'>The parties will cooperate on trade.</a></li>"
        "<li><a href='/b'>The parties will cooperate on energy.</a></li>"
        "</ul></body></html>"
    )
    assert _chrome_text(html) == []


def test_an_item_holding_a_content_list_is_content() -> None:
    html = (
        "<html><body><ul><li><a href='/p'>Pillar one</a><ul>"
        "<li>We will build schools in every district.</li>"
        "<li>We will train teachers.</li></ul></li>"
        "<li><a href='/q'>Pillar two</a></li></ul></body></html>"
    )
    assert _chrome_text(html) == []


def test_regions_by_element_and_role() -> None:
    html = (
        "<html><body><nav><p>Menu</p></nav>"
        "<div role='navigation'>Skip to the content</div>"
        "<div class='site-breadcrumbs'>You are here: Statements</div>"
        "<main><article><header><p>Adopted in Lima</p></header>"
        "<p>1. The parties will trade.</p>"
        "<footer><p>Done in two originals.</p></footer></article></main>"
        "<footer>Copyright notice</footer></body></html>"
    )
    assert _chrome_text(html) == [
        "Menu",
        "Skip to the content",
        "You are here: Statements",
        "Copyright notice",
    ]


def test_a_page_header_keeps_its_heading() -> None:
    html = (
        "<html><body><header><h1>Joint Statement on Trade</h1>"
        "<p><a href='/'>Home</a> | <a href='/news'>News</a></p><p>Site search</p></header>"
        "<p>1. The parties will trade.</p><p>2. They will meet.</p></body></html>"
    )
    assert _chrome_text(html) == ["Home | News", "Site search"]
    doc = parse(html)
    assert doc.title == "Joint Statement on Trade"
    assert [n.number for n in doc.walk()] == [1, 2]


def test_an_unclosed_link_does_not_make_content_chrome() -> None:
    html = (
        "<html><body><ul><li><a href='/a'>Trade</li>"
        "<li><p>We will trade more.</p></li><li><p>We will meet.</p></li></ul></body></html>"
    )
    assert _chrome_text(html) == []
