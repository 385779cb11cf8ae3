"""Chinese numbering: `一、` `（一）` `第一条` `①`; numerals through 99 and beyond via cn2an."""

from __future__ import annotations

import re

from .reading import Reading, split_enclosure

_CJK_DIGITS = "零〇一二三四五六七八九十百"
_ORDINAL = re.compile(r"第(.+?)(条|章|部分|节|篇|款|项)")


def cjk_value(text: str) -> int | None:
    """Value of a Chinese numeral (`十二` -> 12) or ASCII digits; None if not a numeral."""
    if text.isdigit():
        return int(text)
    if not text or any(c not in _CJK_DIGITS for c in text):
        return None
    try:
        import cn2an

        return int(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError, ImportError):
        return None


def readings(raw: str) -> tuple[Reading, ...]:
    if m := _ORDINAL.fullmatch(raw.strip()):
        value = cjk_value(m.group(1))
        return (Reading("cjk-ordinal", value, m.group(2)),) if value else ()
    body, enclosure = split_enclosure(raw)
    value = cjk_value(body)
    return (Reading("cjk", value, enclosure),) if value else ()


def circled_readings(raw: str) -> tuple[Reading, ...]:
    return (Reading("circled", ord(raw.strip()) - 0x245F, "none"),)
