"""Hypothesis profiles: `ci` (the default) is derandomized; `thorough` runs ten times the examples.

Select with ``HYPOTHESIS_PROFILE=thorough python -m pytest -q`` (see docs/testing.md). Tests write
``max_examples=examples(N)`` so that the thorough profile scales every test, including those that
set their own count.
"""

from __future__ import annotations

import os

from hypothesis import settings

PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
_FACTOR = {"ci": 1, "thorough": 10}

settings.register_profile("ci", derandomize=True, database=None, deadline=None, print_blob=True)
settings.register_profile("thorough", derandomize=False, deadline=None, print_blob=True)
if PROFILE not in _FACTOR:
    raise SystemExit(f"HYPOTHESIS_PROFILE must be one of {', '.join(_FACTOR)}, not {PROFILE!r}")
settings.load_profile(PROFILE)


def examples(n: int) -> int:
    """The number of examples a test asking for ``n`` runs under the current profile."""
    return n * _FACTOR[PROFILE]
