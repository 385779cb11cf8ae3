"""Chinese: Han numerals (`一、` `（一）` `第一条`, values read by cn2an), detected by script.

Chinese copies number their pages with dashes (`- 2 -`), which ``furniture.py`` knows for
every language, so there are no page words here.
"""

from __future__ import annotations

from . import Language, ProfileSpec, register

HAN = r"[\u3400-\u9fff]"
"""A Han character (CJK Unified Ideographs and Extension A): the script that says `zh`."""
SCRIPT = HAN
NUMERAL_CHARACTERS = "一二三四五六七八九十百零〇"
"""The characters of a Han numeral label (`十二、`); cn2an reads the value."""
ORDINAL_SUFFIXES = ("条", "章", "部分", "节", "篇", "款", "项")
"""What `第…` numbers (`第一条` article one, `第二部分` part two)."""

PROFILE = ProfileSpec(
    "Chinese (一、 （一） 第一条 ①, numerals read by cn2an), "
    "with English renderings in bilingual copies.",
    ("en",),
)

LANGUAGE = register(Language.from_module(__name__, "Chinese", in_all=False))
