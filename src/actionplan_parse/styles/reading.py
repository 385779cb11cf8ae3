"""The reading of a label: style, value and the punctuation around it."""

from __future__ import annotations

from typing import NamedTuple

_CLOSERS = {
    ".": "period",
    "．": "period",
    ",": "comma",
    ")": "close-paren",
    ":": "colon",
    "：": "colon",
    ";": "semicolon",
    "、": "ideographic-comma",
    "-": "dash",
    "–": "dash",
    "—": "dash",
}


class Reading(NamedTuple):
    """One interpretation of a label token."""

    style: str
    """e.g. ``roman-upper``, ``arabic``, ``ordinal-word``, ``letter-lower``, ``bullet``."""
    value: int | None
    """The number the label stands for (None for bullets)."""
    enclosure: str
    """``paren``, ``period``, ``comma``, ``close-paren``, ``colon``, ... or ``none``."""
    path: tuple[int, ...] = ()
    """For decimal labels (`2.5.7`) every component; empty otherwise."""
    tier: str = ""
    """Markup that sets the label's line apart as a heading (`h2` for `## 1.`), else empty."""

    @property
    def form(self) -> str:
        """Style and enclosure together: the unit the decide stage groups levels by.

        A decimal label's form is its depth: `2.5` and `2.5.7` are never siblings, and
        `1.1` and `1.1.` are (the final period is cosmetic). A label inside a Markdown or
        HTML heading has its own form (`decimal/period@h2`): `## 1.` and a list's `1.`
        are different levels unless the numbers say otherwise.
        """
        form = _FORMS.get(self)
        if form is None:  # the decoder asks for it hundreds of thousands of times
            base = (
                f"{self.style}/{len(self.path)}"
                if self.path
                else label_form(self.style, self.enclosure)
            )
            form = f"{base}@{self.tier}" if self.tier else base
            if len(_FORMS) >= _FORMS_KEPT:
                _FORMS.clear()
            _FORMS[self] = form
        return form


_FORMS: dict[Reading, str] = {}
"""The form of each reading met lately (a pure function of the reading's fields)."""
_FORMS_KEPT = 4096


def label_form(style: str, enclosure: str) -> str:
    """`roman-upper/paren`: the form of a label, which siblings share.

    The lint rules group a node's written :class:`~actionplan_parse.models.Label` by it;
    they see no decimal path nor heading tier, so for them `1.1` and `1.1.` differ in form
    (a mixed style worth reporting) where the assembler (:attr:`Reading.form`) puts them
    side by side.
    """
    return f"{style}/{enclosure}"


def split_enclosure(raw: str) -> tuple[str, str]:
    """`(II)` -> (`II`, `paren`); `3.` -> (`3`, `period`); `Part I` -> (`Part I`, `none`)."""
    raw = raw.strip()
    if raw[:1] in "(（" and raw[-1:] in ")）":
        return raw[1:-1], "paren"
    if raw and raw[-1] in _CLOSERS:
        return raw[:-1], _CLOSERS[raw[-1]]
    return raw, "none"
