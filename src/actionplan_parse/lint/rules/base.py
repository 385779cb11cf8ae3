"""What a rule is, and what it sees."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from ...lines import Line
from ...models import Document, Node, Reason, Severity, Span
from ...read import SourceText
from ...resolve import span_of
from ...styles.reading import label_form


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem a rule found: lines, message and (optionally) the node."""

    first: int | None
    last: int | None
    message: str
    node_id: str | None = None
    column: int = 1


@dataclass
class Context:
    """Everything a rule may look at."""

    document: Document
    lines: list[Line]
    source: SourceText
    _lists: list[tuple[Node | None, list[Node]]] | None = field(default=None, repr=False)
    _series: list[tuple[Node | None, list[Node]]] | None = field(default=None, repr=False)

    def span(self, first: int, last: int | None = None) -> Span:
        return span_of(self.source, first, last or first)

    def sibling_lists(self) -> list[tuple[Node | None, list[Node]]]:
        """Every list of siblings with its parent (None for the top level)."""
        if self._lists is None:
            self._lists = [(None, self.document.children)]
            self._lists += [(n, n.children) for n in self.document.walk() if n.children]
        return self._lists

    def numbered_series(self) -> list[tuple[Node | None, list[Node]]]:
        """Runs of siblings numbered as one sequence, for the numbering rules.

        Only written or inferred numbers count, not positions of bullets or headings; a
        node whose number is unknown (`None`) stays in its run, and the rules skip it.
        A sibling list holds two sequences when the numbers go back *and* the label
        style changes: paragraphs `1.` `2.` then sections `I.` `II.` beside them.
        Computed once per document; three rules read it.
        """
        if self._series is None:
            self._series = self._numbered_series()
        return self._series

    def _numbered_series(self) -> list[tuple[Node | None, list[Node]]]:
        series: list[tuple[Node | None, list[Node]]] = []
        for parent, siblings in self.sibling_lists():
            run: list[Node] = []
            for node in siblings:
                if Reason.POSITION_NUMBER in node.reasons:
                    continue
                last = run[-1].number if run else None
                if (
                    node.number is not None
                    and last is not None
                    and node.number <= last
                    and (form_of(node) != form_of(run[-1]))
                ):
                    series.append((parent, run))
                    run = []
                run.append(node)
            if run:
                series.append((parent, run))
        return series


def form_of(node: Node) -> str | None:
    """The form of the node's written label (``styles.reading.label_form``), if any."""
    return label_form(node.label.style, node.label.enclosure) if node.label else None


@dataclass(frozen=True)
class Rule:
    """A lint rule: stable code and name, default severity, summary, and its check.

    The documentation fields feed ``docs/rules.md``, ``actionplan-parse rules CODE``
    and the SARIF rule metadata; ``example`` must trigger the rule and ``fixed``
    must not (the tests check both).
    """

    code: str
    name: str
    severity: Severity
    summary: str
    check: Callable[[Context], Iterator[Finding]]
    meaning: str = ""
    """What the rule detects, in a few sentences."""
    why: str = ""
    """Why it matters to a reader or a downstream consumer."""
    example: str = ""
    """A minimal text that triggers the rule."""
    fix: str = ""
    """How to repair the text."""
    fixed: str = ""
    """``example`` repaired: must not trigger the rule."""

    @property
    def anchor(self) -> str:
        """The rule's heading anchor in docs/rules.md."""
        return f"{self.code.lower()}-{self.name}"


def where(parent: Node | None) -> str:
    """How a message names a list: `under 2.5` or `at the top level`."""
    return f"under {parent.id}" if parent else "at the top level"


def child_id(parent: Node | None, number: int) -> str:
    return f"{parent.id}.{number}" if parent else str(number)
