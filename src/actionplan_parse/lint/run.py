"""Running the rules over inputs: one :class:`FileResult` per target."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..models import Diagnostic
from ..parse import parse_source
from ..read import shown_path
from .discover import STDIN, Target
from .results import FileResult
from .select import Selection
from .source import ReadError, read_input

__all__ = ["check_target", "filter_diagnostics", "run"]


def filter_diagnostics(diagnostics: Iterable[Diagnostic], selection: Selection) -> list[Diagnostic]:
    """The diagnostics whose rule the selection enables."""
    return [d for d in diagnostics if selection.enabled(d.code)]


def check_target(
    target: Target,
    selection: Selection,
    shown: str | None = None,
    input_format: str = "auto",
    profile: str = "auto",
    encoding: str | None = None,
) -> FileResult:
    """Read, parse (as ``input_format``, with ``profile``) and lint one target.

    A read problem becomes ``FileResult.error``; so does a parser failure (marked internal).
    """
    path = shown_path(shown or target.path)
    if target.skip is not None:
        return FileResult(path, error=f"{path}: skipped: {target.skip}")
    try:
        source = read_input(target.path, encoding)
    except ReadError as exc:
        return FileResult(path, error=str(exc))
    try:
        shown_source = None if target.path == STDIN else target.path
        document = parse_source(source, shown_source, input_format, profile)
    except ReadError as exc:  # readable bytes, but not in the format asked for (AKN)
        return FileResult(path, error=f"{path}: {exc}")
    except Exception as exc:  # noqa: BLE001 -- a parser bug in one file must not stop the run
        named = "<stdin>" if target.path == STDIN else path
        message = f"{named}: internal error: {type(exc).__name__}: {exc}"
        return FileResult(path, error=message, internal=True)
    return FileResult(
        path,
        diagnostics=filter_diagnostics(document.diagnostics, selection),
        lines=source.text.split("\n"),
    )


def run(
    targets: Iterable[Target],
    selection: Selection,
    ignored_for: Callable[[str], tuple[str, ...]] = lambda path: (),
    stdin_name: str | None = None,
    input_format: str = "auto",
    profile: str = "auto",
    encoding: str | None = None,
) -> list[FileResult]:
    """Check every target; ``ignored_for(path)`` adds per-file ignores."""
    results = []
    for target in targets:
        shown = stdin_name if target.path == STDIN and stdin_name else target.path
        per_file = selection.with_ignored(ignored_for(shown))
        results.append(check_target(target, per_file, shown, input_format, profile, encoding))
    return results
