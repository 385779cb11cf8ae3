"""The weights of the decoder's features, read once from ``weights.toml``.

The file is data written by ``benchmarks/fit_weights.py``; a cost is the dot product
of a candidate's features with these weights (lower is better).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import cache
from importlib import resources

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

__all__ = ["Weights", "load_weights", "parse_weights"]


@dataclass(frozen=True)
class Weights:
    """Feature weights plus the search settings they were fitted with."""

    features: dict[str, float]
    beam_width: int
    beam_window: float
    """Hypotheses costlier than the best by more than this are dropped."""
    confidence_scale: float
    """Margin at which confidence reaches 1 - 1/e."""

    def cost(self, features: dict[str, float]) -> float:
        weights = self.features
        return sum([weights[name] * value for name, value in features.items()])


def parse_weights(text: str) -> Weights:
    data = tomllib.loads(text)
    search = data.get("search", {})
    return Weights(
        features={k: float(v) for k, v in data["features"].items()},
        beam_width=int(search.get("beam_width", 4)),
        beam_window=float(search.get("beam_window", 3.0)),
        confidence_scale=float(search.get("confidence_scale", 1.0)),
    )


@cache
def load_weights() -> Weights:
    """The shipped weights (``decide/weights.toml``)."""
    text = resources.files(__package__).joinpath("weights.toml").read_text(encoding="utf-8")
    return parse_weights(text)
