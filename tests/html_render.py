"""Render a plain-text plan as an HTML page, the way a web site might: for location tests.

A ``<head>`` with ``<title>`` first; the first line as ``<h1>``; every other line a ``<p>``.
Source layout varies on purpose: some paragraphs are wrapped over several indented source
lines, some share a source line with the paragraph before, and characters are written as
character references (``&amp;``, ``&#8217;``, ``&#39;``, ``&#x28;``, ``&lt;``).
"""

from __future__ import annotations

import textwrap

_REFS = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "’": "&#8217;", "'": "&#39;"}


def escape(text: str, number: int) -> str:
    """Character references for markup characters, and now and then for others."""
    out = "".join(_REFS.get(ch, ch) for ch in text)
    if number % 4 == 1:
        out = out.replace("(", "&#x28;", 1).replace(",", "&#44;")
    return out


def render_html(text: str) -> str:
    """An HTML page holding ``text`` (one paragraph per non-blank line)."""
    lines = [line for line in text.split("\n") if line.strip()]
    head = lines[0]
    out = [
        "<!DOCTYPE html>",
        "<html lang='en'>",
        "<head>",
        '  <meta charset="utf-8">',
        f"  <title>{escape(head, 0)}</title>",
        "  <style>p { margin: 0 }</style>",
        "</head>",
        "<body>",
        f"<h1>{escape(head, 0)}</h1>",
    ]
    for number, line in enumerate(lines[1:], start=1):
        body = escape(line, number)
        if number % 3 == 0 and len(body) > 70:  # wrapped over indented source lines
            wrapped = textwrap.wrap(body, 60, break_long_words=False, break_on_hyphens=False)
            out.append("<p>" + "\n    ".join(wrapped) + "</p>")
        elif number % 5 == 0:  # on the source line of the paragraph before
            out[-1] += f' <p class="item">{body}</p>'
        else:
            out.append(f"<p>{body}</p>")
    out += ["</body>", "</html>", ""]
    return "\n".join(out)
