"""Page furniture is defined once (``furniture.py``): what the debris stage removes from the
tree is what AP004 reports, in the page words of every registered language."""

from __future__ import annotations

import pytest

from actionplan_parse import parse
from actionplan_parse.furniture import is_page_number
from actionplan_parse.languages import LANGUAGES

COUNTERS = [  # `p.1 of 3`: an abbreviation written apart (`P. 1`) is a letter label
    (code, f"{page.title()}{'' if page.endswith('.') else ' '}1 {of} 3")
    for code, language in sorted(LANGUAGES.items())
    for page in language.page_words.page
    for of in language.page_words.of
]


def _paged(counter: str) -> str:
    """Three items, a page counter printed between the pages (inside item 2's paragraph)."""
    pages = [counter.replace("1 ", f"{n} ") for n in (1, 2, 3)]
    return (
        "Joint Plan\n\n1. Trade and investment between the parties grows every\n"
        f"{pages[0]}\nyear.\n\n2. Culture and exchanges of students are promoted.\n\n"
        f"{pages[1]}\n\n3. Science and technology cooperation continues.\n\n{pages[2]}\n"
    )


def test_every_language_has_its_page_words_checked() -> None:
    assert {code for code, _ in COUNTERS} >= {"en", "es", "fr", "pt"}


@pytest.mark.parametrize(("code", "counter"), COUNTERS)
def test_page_counter_is_removed_and_reported_alike(code: str, counter: str) -> None:
    assert is_page_number(counter), code
    doc = parse(_paged(counter))
    texts = " ".join(f"{n.heading or ''} {n.text}" for n in doc.walk())
    assert " of 3" not in texts and " de 3" not in texts and " sur 3" not in texts, texts
    assert doc.find("1").text.endswith("grows every year."), doc.find("1").text
    ap004 = [d for d in doc.diagnostics if d.code == "AP004"]
    assert len(ap004) == 1 and "page number" in ap004[0].message
    removed = [r for r in doc.removed if r.reason == "page-furniture"]
    assert len(removed) == 3


@pytest.mark.parametrize("year_range", ["2024/2025", "2025/2027"])
def test_a_year_range_is_not_a_page_number(year_range: str) -> None:
    assert not is_page_number(year_range)
