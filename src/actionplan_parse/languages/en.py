"""English numeral words (1-99)."""

from . import Language, PageWords, ProfileSpec, register

_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ORD_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_ORD_TEENS = [
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
]
_ORD_TENS = [
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
]


def _table(
    units: list[str], teens: list[str], tens: list[str], ord_units: list[str]
) -> dict[str, int]:
    table = {w: i + 1 for i, w in enumerate(units)}
    table.update({w: i + 10 for i, w in enumerate(teens)})
    for t, ten in enumerate(tens):
        value = 20 + 10 * t
        table[ten] = value
        for u, unit in enumerate(ord_units):
            table[f"{_TENS[t]}-{unit}"] = value + u + 1
    return table


CARDINALS = _table(_UNITS, _TEENS, _TENS, _UNITS)
ORDINALS = _table(_ORD_UNITS, _ORD_TEENS, _ORD_TENS, _ORD_UNITS)
ADVERBS = {f"{word}ly": value for word, value in ORDINALS.items()}
PART_WORDS = {"part", "pillar", "chapter", "annex"}
ARTICLE_WORDS = {"article"}
MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "sept": 9,
}
"""Month names -> number (dates in the text: AKN metadata, commitments)."""
COMMON_WORDS = {"the", "and", "of", "to", "in", "we", "will", "for", "with", "on", "that", "is"}
"""Function words, distinctive enough to tell the languages apart (``language.py``)."""

LANGUAGE = register(
    Language(
        code="en",
        name="English",
        cardinals=CARDINALS,
        ordinals=ORDINALS,
        adverbs=ADVERBS,
        part_words=frozenset(PART_WORDS),
        article_words=frozenset(ARTICLE_WORDS),
        months=MONTHS,
        common_words=frozenset(COMMON_WORDS),
        page_words=PageWords(page=("page", "p."), of=("of",)),
        profile=ProfileSpec(
            "English: First/Firstly/One, Part I, Pillar, Chapter, Annex, Article 1.",
            ("en",),
        ),
    )
)
