"""Which rules run: `select` and `ignore` lists of codes, code prefixes or names.

A selector is `ALL`, a rule code (`AP101`), a code prefix (`AP1`) or a rule name
(`numbering-gap`). When both lists match a code, the more specific (longer)
selector wins, and `ignore` wins a tie: `--select AP1 --ignore AP101` runs
AP102-AP105, `--ignore AP1 --select AP104` runs AP104 (and every other rule).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .rules import RULES

__all__ = ["Selection", "SelectorError", "normalise"]


class SelectorError(ValueError):
    """A selector that names no rule."""


def normalise(selectors: Iterable[str], origin: str = "selector") -> tuple[str, ...]:
    """Upper-cased codes or prefixes; rule names become codes; unknown ones raise."""
    result = []
    for raw in selectors:
        key = raw.strip()
        if not key:
            continue
        by_name = next((r.code for r in RULES.values() if r.name == key.lower()), None)
        code = by_name or key.upper()
        if code != "ALL" and not any(c.startswith(code) for c in RULES):
            known = ", ".join(RULES)
            raise SelectorError(f"unknown rule code in {origin}: {raw!r} (known: {known})")
        result.append(code)
    return tuple(result)


def _specificity(code: str, selectors: tuple[str, ...]) -> int:
    """Length of the longest selector matching ``code`` (`ALL` counts 0), or -1."""
    best = -1
    for selector in selectors:
        if selector == "ALL":
            best = max(best, 0)
        elif code.startswith(selector):
            best = max(best, len(selector))
    return best


@dataclass(frozen=True)
class Selection:
    """A normalised select/ignore pair."""

    select: tuple[str, ...] = ("ALL",)
    ignore: tuple[str, ...] = ()

    @classmethod
    def of(
        cls, select: Iterable[str] | None = None, ignore: Iterable[str] | None = None
    ) -> Selection:
        """Build from raw selectors (None: every rule / nothing ignored)."""
        chosen = normalise(select, "select") if select is not None else ("ALL",)
        return cls(chosen, normalise(ignore or (), "ignore"))

    def enabled(self, code: str) -> bool:
        """True when the rule ``code`` is selected and not ignored."""
        selected = _specificity(code, self.select)
        return selected >= 0 and selected > _specificity(code, self.ignore)

    def codes(self) -> list[str]:
        """The enabled rule codes, in registry order."""
        return [code for code in RULES if self.enabled(code)]

    def with_ignored(self, extra: Iterable[str]) -> Selection:
        """This selection with more codes ignored (per-file ignores)."""
        return Selection(self.select, self.ignore + tuple(extra))
