"""Assemble stage: a bilingual interleaved copy is split into one stream per language.

A copy that gives each paragraph in one language and then its rendering in another,
each numbered in its own scheme (`一、` … then `I.` …, at every level), is recognised
from its labelled paragraphs: two languages, each with a good share of them, that
alternate. The blocks are then dealt out by language (unlabelled ones too, so each
preamble and title stays with its language) and every stream is assembled on its
own; the trees come out with the same ids, aligned node to node.
"""

from __future__ import annotations

import re
from collections import Counter

from .blocks import Block
from .language import HAN, language_of

__all__ = ["split_streams"]

_LATIN = re.compile(r"[A-Za-z]+")  # words, so one Latin word weighs like one Han character
_SHARE = 0.3  # the second language holds at least this share of the labelled paragraphs
_ALTERNATION = 0.8  # and this share of its paragraphs directly follow the first's


def split_streams(
    blocks: list[Block],
) -> tuple[str | None, list[Block], list[tuple[str, list[Block]]]]:
    """The first language, its blocks, and the blocks of each other language.

    Renderings are told apart by script (Chinese and a Latin-script language), then
    each stream is named by its language.

    A document that is not bilingual comes back whole, with no language.
    """
    if not HAN.search("".join(b.content for b in blocks if b.kind == "labelled")):
        return None, blocks, []  # one script only: nothing to split
    languages = [_script(b.content) if b.kind != "garbled" else "und" for b in blocks]
    labelled = [lang for b, lang in zip(blocks, languages, strict=True) if b.kind == "labelled"]
    counts = Counter(lang for lang in labelled if lang != "und")
    if len(counts) < 2 or not labelled:
        return None, blocks, []
    (first, _), (second, n_second) = counts.most_common(2)
    turns = sum(
        1 for a, b in zip(labelled, labelled[1:], strict=False) if {a, b} == {first, second}
    )
    if n_second < _SHARE * len(labelled) or turns < _ALTERNATION * 2 * n_second - 1:
        return None, blocks, []
    primary = next(lang for lang in labelled if lang in (first, second))
    other = second if primary == first else first
    streams: dict[str, list[Block]] = {primary: [], other: []}
    current = primary
    for block, lang in zip(blocks, languages, strict=True):
        if lang in streams:
            current = lang
        streams[current if block.kind != "garbled" else primary].append(block)
    return (
        _name(streams[primary]),
        streams[primary],
        [(_name(streams[other]), streams[other])],
    )


def _script(text: str) -> str:
    """`han` or `latin`: what tells the two renderings of a bilingual copy apart."""
    sample = text[:200]
    han = len(HAN.findall(sample))
    latin = len(_LATIN.findall(sample))
    if not han and not latin:
        return "und"
    return "han" if han >= latin else "latin"


def _name(blocks: list[Block]) -> str:
    return language_of(" ".join(b.content for b in blocks))
