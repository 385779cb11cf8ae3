"""Chinese numbering: `一、` `（一）` `第一条` `①`; numerals through 99 and beyond via cn2an."""

from __future__ import annotations

import re

from ..languages.zh import NUMERAL_CHARACTERS, ORDINAL_SUFFIXES
from .reading import Reading, split_enclosure

_ORDINAL = re.compile(rf"第(.+?)({'|'.join(ORDINAL_SUFFIXES)})")


def cjk_value(text: str) -> int | None:
    """Value of a Chinese numeral (`十二` -> 12) or ASCII digits; None if not a numeral."""
    if text.isdigit():
        return int(text)
    if not text or any(c not in NUMERAL_CHARACTERS for c in text):
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
