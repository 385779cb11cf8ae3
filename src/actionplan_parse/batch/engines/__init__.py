"""Where the files of a batch are parsed: a local process pool, or a Dask cluster."""

from typing import Literal

Engine = Literal["local", "dask"]


class EngineError(RuntimeError):
    """The engine cannot run (a scheduler that cannot be reached)."""


ENGINES: tuple[Engine, ...] = ("local", "dask")

__all__ = ["ENGINES", "Engine", "EngineError"]
