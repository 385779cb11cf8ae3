"""Closing punctuation, defined once: what tells a clause or sentence from a title.

Three sets, each a superset of the one before, because their users ask different things:

* :data:`CLAUSE_CLOSERS` — `.` `;` `,`: a line ending so is running text, not a running
  header (``debris.py``; PDF page headers of Latin-script copies: the ASCII marks only);
* :data:`CLAUSE_CLOSERS_CJK` — the same and their full-width forms `。` `；` `，`: a paragraph
  ending so continues a sentence (``decide/prepare.py``);
* :data:`TITLE_BREAKERS` — the same and `:` `!` `?` (also full width): a title never ends
  with them (``headings.py``).
"""

from __future__ import annotations

__all__ = ["CLAUSE_CLOSERS", "CLAUSE_CLOSERS_CJK", "TITLE_BREAKERS"]

CLAUSE_CLOSERS: tuple[str, ...] = (".", ";", ",")
CLAUSE_CLOSERS_CJK: tuple[str, ...] = (*CLAUSE_CLOSERS, "。", "；", "，")
TITLE_BREAKERS: tuple[str, ...] = (*CLAUSE_CLOSERS_CJK, ":", "!", "?", "：", "！", "？")
