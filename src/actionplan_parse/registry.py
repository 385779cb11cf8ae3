"""One registry idiom for everything pluggable (in the manner of markdown-it-py's ``Ruler``).

A :class:`Registry` holds named entries in order: label styles (``styles``), lint rules
(``lint.rules``), `check` formats (``lint.formats``) and document outputs
(``outputs.formats``). Entries are added with :meth:`Registry.register` (or its decorator
form :meth:`Registry.add`), optionally ``before``/``after`` another; the CLI's choices and
the docs' tables are read from the registries, so code outside the package that registers
an entry before the CLI runs finds it offered there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TypeVar

import click

__all__ = ["Registry", "RegistryChoice"]

T = TypeVar("T")


class Registry(Mapping[str, T]):
    """Named entries in registration order; a read-only mapping for everyone else."""

    def __init__(self, what: str) -> None:
        self.what = what
        """What the entries are (`output format`): used in error messages."""
        self._entries: dict[str, T] = {}

    def register(
        self,
        name: str,
        entry: T,
        *,
        before: str | None = None,
        after: str | None = None,
        replace: bool = False,
    ) -> T:
        """Add ``entry`` under ``name`` (at the end, or ``before``/``after`` another one);
        returns it. An existing name is an error unless ``replace`` (then it keeps its place)."""
        if name in self._entries and not replace:
            raise ValueError(f"{self.what} {name!r} is already registered")
        if name in self._entries or (before is None and after is None):
            self._entries[name] = entry
            return entry
        anchor = before if before is not None else after
        if anchor not in self._entries:
            raise KeyError(f"no {self.what} {anchor!r} to register {name!r} beside")
        items = list(self._entries.items())
        index = [key for key, _ in items].index(anchor) + (0 if before is not None else 1)
        items.insert(index, (name, entry))
        self._entries = dict(items)
        return entry

    def add(
        self, name: str, *, before: str | None = None, after: str | None = None
    ) -> Callable[[T], T]:
        """Decorator form of :meth:`register`."""

        def decorate(entry: T) -> T:
            return self.register(name, entry, before=before, after=after)

        return decorate

    def unregister(self, name: str) -> T:
        """Remove an entry (a plugin's tests undo their registration with it)."""
        return self._entries.pop(name)

    def __getitem__(self, name: str) -> T:
        return self._entries[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def __repr__(self) -> str:
        return f"Registry({self.what!r}, {list(self._entries)})"


class RegistryChoice(click.Choice):  # type: ignore[type-arg]
    """A CLI choice among a registry's names, read when the command runs (so entries
    registered after import are offered)."""

    def __init__(self, registry: Mapping[str, object]) -> None:
        super().__init__(list(registry))
        self.registry = registry

    @property
    def choices(self) -> tuple[str, ...]:
        return tuple(self.registry)

    @choices.setter
    def choices(self, _: object) -> None:  # set by click.Choice.__init__: the registry rules
        pass
