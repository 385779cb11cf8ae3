"""English numeral words (1-99)."""

from . import Language, PageWords, ProfileSpec, counted, register

_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ORD_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_ORD_TEENS = (
    "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth "
    "nineteenth"
).split()
_ORD_TENS = "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth".split()


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
    **counted(
        "january february march april may june july august september october november december"
    ),
    "sept": 9,
}
"""Month names -> number (dates in the text: AKN metadata, commitments)."""
COMMON_WORDS = {"the", "and", "of", "to", "in", "we", "will", "for", "with", "on", "that", "is"}
"""Function words, distinctive enough to tell the languages apart (``language.py``)."""

PAGE_WORDS = PageWords(page=("page", "p."), of=("of",))
"""Page counters: `Page 2 of 5` (``furniture.py``)."""
PROFILE = ProfileSpec(
    "English: First/Firstly/One, Part I, Pillar, Chapter, Annex, Article 1.",
    ("en",),
)

LANGUAGE = register(Language.from_module(__name__, "English"))
