"""Reading a small data file (configuration, baseline): every failure is one line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = ["read_data"]


def read_data(
    path: Path,
    loads: Callable[[str], Any],
    invalid: type[Exception],
    error: Callable[[str], Exception],
    *,
    unreadable: str,
    malformed: str,
) -> Any:
    """``loads`` of the file's UTF-8 text; on failure ``error`` with one line naming the
    path: `{path}: {unreadable} (reason)` or `{path}: {malformed}: reason`."""
    try:
        return loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise error(f"{path}: {unreadable} ({exc.strerror or exc})") from None
    except (UnicodeDecodeError, invalid) as exc:
        raise error(f"{path}: {malformed}: {exc}") from None
    except RecursionError:
        raise error(f"{path}: {malformed}: nested too deeply") from None
