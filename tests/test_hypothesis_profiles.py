"""The suite is deterministic by default; the thorough profile scales every property test."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from hypothesis import settings
from profiles_hypothesis import PROFILE, examples

TESTS = Path(__file__).resolve().parent


def test_default_profile_is_derandomized():
    if "HYPOTHESIS_PROFILE" not in os.environ:
        assert PROFILE == "ci"
    if PROFILE == "ci":
        assert settings.default.derandomize is True
        assert settings.default.database is None
        assert examples(30) == 30


def test_thorough_profile_runs_ten_times_the_examples():
    code = "import profiles_hypothesis as p; print(p.examples(30), p.settings.default.derandomize)"
    env = {**os.environ, "HYPOTHESIS_PROFILE": "thorough", "PYTHONPATH": str(TESTS)}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert out.stdout.split() == ["300", "False"]


def test_unknown_profile_is_one_line_error():
    env = {**os.environ, "HYPOTHESIS_PROFILE": "fast", "PYTHONPATH": str(TESTS)}
    command = [sys.executable, "-c", "import profiles_hypothesis"]
    out = subprocess.run(command, env=env, capture_output=True, text=True)
    assert out.returncode == 1
    assert out.stderr.strip() == "HYPOTHESIS_PROFILE must be one of ci, thorough, not 'fast'"
