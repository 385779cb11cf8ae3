"""HTML page chrome: the site around a crawled text is not the document.

A page saved from a web site carries its navigation menu, breadcrumbs, language bar,
"related news" and "share" lists and footer around the text. Read as the text's own
lists they become dozens of bullets. :class:`Chrome` follows the HTML reader's events
and names the output lines that came from chrome, by markup evidence only (never by
the words):

* a **region**: ``<nav>``; an element whose ``role`` is ``navigation``, ``banner``,
  ``contentinfo``, ``menubar`` or ``search``; an element whose class or id names a
  breadcrumb; ``<header>``/``<footer>`` at page level (not inside ``<article>``,
  ``<section>``, ``<main>`` or ``<aside>``, where they belong to the text). A page
  header's headings (``<h1>``…) stay: the document's title may be one of them.
* a **link list**: a ``<ul>``/``<ol>``/``<menu>`` with at least :data:`MIN_LINKS` items
  each of which is a link and nothing else with letters (``<li><a>Home</a></li>``,
  ``<li><a>Headline</a> (2020-06-18)</li>``), the link short and not a sentence; a
  nested list counts as part of its item only if it is chrome itself.
* a **link run**: a paragraph of at least :data:`MIN_LINKS` links with no letters
  between them (``Home > News``, ``English | Français``).
* a **caption**: a ``<div>``/``<section>``/``<aside>`` that holds chrome and, before it,
  one short line and nothing else (``Related news`` over a list of headlines): the line
  names the chrome and goes with it.

A list item that carries a sentence around its link (``<li>We will <a>trade</a>.</li>``)
is content. The lines are set aside by the clean-up stage as ``page-chrome``
(``Document.removed``, reported by AP007), never dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["MIN_LINKS", "Chrome"]

MIN_LINKS = 2
"""Links in a row (list items, or links in one paragraph) that make a menu."""
MAX_LINK_TEXT = 120
"""A link text longer than this is prose, not a menu entry or a headline."""
_SENTENCE_END = (".", "。", ";", "；")
_ROLES = frozenset({"navigation", "banner", "contentinfo", "menubar", "search"})
_SECTIONING = frozenset({"article", "section", "main", "aside"})
_PAGE_LEVEL = frozenset({"header", "footer"})
_KEEPS_HEADINGS = frozenset({"header", "banner"})
_LISTS = frozenset({"ul", "ol", "menu", "dir"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_CONTAINERS = frozenset({"div", "section", "aside"})
MAX_CAPTION = 40
"""A caption over chrome is a short line: a title, not a sentence."""
_OPEN_CONTAINERS = 256
"""Containers followed at once (deeper ones forget the outermost: bounded work)."""
_MAX_CAPTIONED = 1000
"""Output lines of a container that may be captioned chrome (related news, a menu): a
larger one is the text's (and not scanning it keeps nested containers linear)."""
_MATCH_BACK = 8
"""How far back a closing tag looks for its container (unclosed tags are skipped)."""


@dataclass(slots=True)
class _Links:
    """What the text of one list item or paragraph was made of."""

    links: int = 0
    """Links with letters in them."""
    loose: bool = False
    """Letters outside any link."""
    link_text: str = ""

    def only_links(self, minimum: int) -> bool:
        text = self.link_text.strip()
        return (
            self.links >= minimum
            and not self.loose
            and len(text) <= MAX_LINK_TEXT * self.links
            and not text.endswith(_SENTENCE_END)
        )


@dataclass(slots=True)
class _List:
    start: int
    """Output lines written before the list."""
    menu_items: int = 0
    spoiled: bool = False
    """An item is not a link alone: the list is content."""
    item: _Links | None = None


@dataclass(slots=True)
class _Region:
    tag: str
    start: int
    keeps_headings: bool
    depth: int = 1


@dataclass(slots=True)
class Chrome:
    """The output lines (0-based) that came from page chrome, found while reading."""

    lines: set[int] = field(default_factory=set)
    _link_open: bool = False
    _link_counted: bool = False
    _lists: list[_List] = field(default_factory=list)
    _paragraph: _Links = field(default_factory=_Links)
    _region: _Region | None = None
    _sections: int = 0
    _containers: list[tuple[str, int]] = field(default_factory=list)

    # -- links and text ----------------------------------------------------------------
    def link_start(self, attrs: list[tuple[str, str | None]]) -> None:
        """An ``<a>``: a link only with an ``href`` (``<a name>`` anchors a label)."""
        if any(name == "href" for name, _ in attrs):
            self._link_open, self._link_counted = True, False

    def link_end(self) -> None:
        self._link_open = False

    def text(self, data: str) -> None:
        if not any(c.isalpha() for c in data):
            return
        holders = [self._paragraph]
        if self._lists and self._lists[-1].item is not None:
            holders.append(self._lists[-1].item)
        for holder in holders:
            if not self._link_open:
                holder.loose = True
                continue
            if len(holder.link_text) <= MAX_LINK_TEXT * (holder.links + 1):
                holder.link_text += data
            if not self._link_counted:
                holder.links += 1
        self._link_counted = self._link_counted or self._link_open

    # -- blocks ------------------------------------------------------------------------
    def paragraph(self, start: int, end: int) -> None:
        """The reader wrote the current paragraph as output lines ``start`` … ``end - 1``."""
        if end > start and self._paragraph.only_links(MIN_LINKS):
            self.lines.update(range(start, end))
        self._paragraph = _Links()

    def block_start(self, tag: str, attrs: dict[str, str | None], written: int) -> None:
        """A block element opens (after the reader flushed the paragraph before it)."""
        self._link_open = False  # an unclosed <a> never spans blocks: its text is loose
        if self._region is not None:
            if tag == self._region.tag:
                self._region.depth += 1
        elif self._is_region(tag, attrs):
            role = (attrs.get("role") or "").strip().lower()
            keeps = tag in _KEEPS_HEADINGS or role in _KEEPS_HEADINGS
            self._region = _Region(tag, written, keeps)
        if tag in _SECTIONING:
            self._sections += 1
        if tag in _CONTAINERS:
            self._containers.append((tag, written))
            if len(self._containers) > _OPEN_CONTAINERS:
                del self._containers[0]
        if tag in _LISTS:
            self._lists.append(_List(written))
        elif tag == "li" and self._lists:
            self._end_item()
            self._lists[-1].item = _Links()

    def block_end(self, tag: str, lines: list[str], emphasis: dict[int, str]) -> None:
        """A block element closes (after the reader flushed); ``lines`` and ``emphasis``:
        the builder's output so far (headings are kept in a page header)."""
        self._link_open = False
        written = len(lines)
        if tag in _CONTAINERS:
            self._end_container(tag, lines)
        if tag in _SECTIONING:
            self._sections = max(0, self._sections - 1)
        if tag in _LISTS and self._lists:
            self._end_list(written)
        elif tag == "li" and self._lists:
            self._end_item()
        region = self._region
        if region is not None and tag == region.tag:
            region.depth -= 1
            if region.depth == 0:
                self.lines.update(
                    n
                    for n in range(region.start, written)
                    if not (region.keeps_headings and emphasis.get(n + 1) in _HEADINGS)
                )
                self._region = None

    def _end_container(self, tag: str, lines: list[str]) -> None:
        start = next(
            (
                index
                for index in range(len(self._containers) - 1, -1, -1)[:_MATCH_BACK]
                if self._containers[index][0] == tag
            ),
            None,
        )
        if start is None:
            return
        first = self._containers[start][1]
        del self._containers[start:]
        if len(lines) - first > _MAX_CAPTIONED:
            return
        own = [n for n in range(first, len(lines)) if lines[n] and n not in self.lines]
        if len(own) != 1 or own[0] == len(lines) - 1:
            return  # no caption, or nothing after it (blank separators come before a block)
        caption = lines[own[0]].strip()
        if len(caption) <= MAX_CAPTION and not caption.endswith(_SENTENCE_END):
            self.lines.add(own[0])

    def _is_region(self, tag: str, attrs: dict[str, str | None]) -> bool:
        if tag == "nav" or (tag in _PAGE_LEVEL and not self._sections):
            return True
        if (attrs.get("role") or "").strip().lower() in _ROLES:
            return True
        names = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()
        return "breadcrumb" in names

    def _end_item(self) -> None:
        current = self._lists[-1]
        item, current.item = current.item, None
        if item is None or not (item.links or item.loose):
            return  # an empty item (an icon) says nothing
        if item.only_links(1):
            current.menu_items += 1
        else:
            current.spoiled = True

    def _end_list(self, written: int) -> None:
        self._end_item()
        ended = self._lists.pop()
        is_menu = ended.menu_items >= MIN_LINKS and not ended.spoiled
        if is_menu:
            self.lines.update(range(ended.start, written))
        had_items = ended.menu_items or ended.spoiled
        if self._lists and self._lists[-1].item is not None and had_items and not is_menu:
            self._lists[-1].item.loose = True  # an item holding a content list is content
