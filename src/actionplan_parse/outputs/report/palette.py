"""The report's colours, and the WCAG 2.x contrast ratio they are checked with.

Every colour the page uses is a CSS custom property from :data:`COLOURS`; the
template holds no literal colour. :data:`TEXT_PAIRS` lists each text colour on
each background it is drawn on (AA: 4.5 for normal text); :data:`UI_PAIRS` the
non-text marks (focus ring, borders that carry meaning; AA: 3).
"""

from __future__ import annotations

from ...diff.model import ChangeKind

__all__ = ["CHANGE_CLASSES", "COLOURS", "TEXT_PAIRS", "UI_PAIRS", "contrast_ratio", "css_variables"]

COLOURS: dict[str, str] = {
    "page": "#ffffff",
    "panel": "#f6f7f9",
    "text": "#1b1d21",
    "muted": "#545a63",
    "rule": "#8a929c",
    "accent": "#0f4c8a",
    "focus": "#1a5fb4",
    "highlight": "#fff1a8",
    "highlight-edge": "#8a6d00",
    "error-fg": "#8f1414",
    "error-bg": "#fdeaea",
    "warning-fg": "#6e4200",
    "warning-bg": "#fff3d9",
    "info-fg": "#0b4f8a",
    "info-bg": "#e7f0fb",
    "garbled-fg": "#5a2a82",
    "garbled-bg": "#f2eafa",
    "inferred-fg": "#5a2a82",
    "inferred-bg": "#f2eafa",
    "confidence-fg": "#1f5b24",
    "confidence-bg": "#e6f4e7",
    "low-fg": "#6e4200",
    "low-bg": "#fff3d9",
    # diff view: one colour pair per change class (the class is also written out)
    "unchanged-fg": "#545a63",
    "unchanged-bg": "#f0f1f3",
    "reworded-fg": "#6e4200",
    "reworded-bg": "#fff3d9",
    "renumbered-fg": "#0b4f8a",
    "renumbered-bg": "#e7f0fb",
    "moved-fg": "#5a2a82",
    "moved-bg": "#f2eafa",
    "added-fg": "#1f5b24",
    "added-bg": "#e6f4e7",
    "dropped-fg": "#8f1414",
    "dropped-bg": "#fdeaea",
    # words deleted from the old text / inserted in the new one (also struck / underlined)
    "del-fg": "#8f1414",
    "del-bg": "#fdeaea",
    "ins-fg": "#1f5b24",
    "ins-bg": "#e6f4e7",
}

CHANGE_CLASSES: tuple[ChangeKind, ...] = (
    "unchanged",
    "reworded",
    "renumbered",
    "moved",
    "added",
    "dropped",
)
"""The diff's change classes, each with a `<class>-fg`/`<class>-bg` pair above."""

_TEXT_ON = ("page", "panel", "highlight")
TEXT_PAIRS: list[tuple[str, str]] = [
    *((fg, bg) for fg in ("text", "muted", "accent") for bg in _TEXT_ON),
    *((f"{kind}-fg", f"{kind}-bg") for kind in ("error", "warning", "info", "garbled")),
    *((f"{kind}-fg", f"{kind}-bg") for kind in ("inferred", "confidence", "low")),
    ("text", "garbled-bg"),
    ("muted", "garbled-bg"),
    ("text", "error-bg"),
    ("text", "warning-bg"),
    ("text", "info-bg"),
    *((f"{kind}-fg", f"{kind}-bg") for kind in (*CHANGE_CLASSES, "del", "ins")),
]
"""(foreground, background) names of every text colour pairing the stylesheet uses."""

UI_PAIRS: list[tuple[str, str]] = [
    ("focus", "page"),
    ("focus", "panel"),
    ("focus", "highlight"),
    ("rule", "page"),
    ("highlight-edge", "highlight"),
    *((f"{kind}-fg", "page") for kind in ("error", "warning", "info", "garbled")),
    *((f"{kind}-fg", bg) for kind in CHANGE_CLASSES for bg in ("page", "highlight")),
]
"""Focus ring and meaningful borders against what they sit on (WCAG 1.4.11)."""


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _luminance(colour: str) -> float:
    """Relative luminance of `#rrggbb` (WCAG 2.x definition)."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(red) + 0.7152 * _channel(green) + 0.0722 * _channel(blue)


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio of two `#rrggbb` colours, from 1 to 21.

    >>> round(contrast_ratio("#000000", "#ffffff"), 1)
    21.0
    """
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def css_variables() -> str:
    """The palette as CSS custom properties (`--error-fg: #8f1414;` ...)."""
    return "".join(f"--{name}: {value};" for name, value in COLOURS.items())
