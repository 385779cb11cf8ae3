"""Profiles: listed, chosen by language, forced by name or file, added by a user."""

from __future__ import annotations

import os
import subprocess
import sys

from actionplan_parse import parse
from actionplan_parse.profiles import ProfileError, available, choose

SPANISH = "Plan\nPrimero, Comercio con los socios\nSegundo, Energía para la región\n"


def run(*args, env=None, stdin=None):
    return subprocess.run(
        [sys.executable, "-m", "actionplan_parse", *args],
        capture_output=True,
        text=True,
        input=stdin,
        env={**os.environ, **(env or {})},
    )


def test_profiles_command_lists_the_shipped_profiles():
    out = run("profiles").stdout.splitlines()
    assert {line.split()[0] for line in out[:-1]} >= {"all", "en", "es", "fr", "pt", "zh"}


def test_auto_chooses_by_language():
    assert (
        choose("auto", "The parties will cooperate with the partners of the region.").name == "en"
    )
    assert (
        choose("auto", "Los Estados con los socios de la región para el desarrollo.").name == "es"
    )
    assert choose("auto", "双方同意在以下领域加强合作。").name == "zh"
    assert choose("auto", "12345").name == "all"


def test_profile_decides_which_words_are_labels():
    assert [n.id for n in parse(SPANISH, profile="es").walk()] == ["1", "2"]
    assert [n.id for n in parse(SPANISH, profile="en").walk()] == []


def test_user_profile_file_adds_part_words(tmp_path):
    mine = tmp_path / "mine.toml"
    mine.write_text('name = "mine"\nlanguages = ["es"]\npart_words = ["Ámbito"]\n')
    text = "Plan\nÁmbito 1: Comercio\n(a) Abrir mercados.\nÁmbito 2: Energía\n"
    assert [n.id for n in parse(text, profile=str(mine)).walk()] == ["1", "1.1", "2"]
    result = run("outline", "-", "--format", "jsonl", "--profile", str(mine), stdin=text)
    assert result.returncode == 0 and '"label": "Ámbito 1:"' in result.stdout


def test_user_profile_directory(tmp_path):
    (tmp_path / "x.toml").write_text('name = "pilares"\nlanguages = ["es"]\ndetect = "xx"\n')
    os.environ["ACTIONPLAN_PARSE_PROFILES"] = str(tmp_path)
    try:
        assert "pilares" in available()
    finally:
        del os.environ["ACTIONPLAN_PARSE_PROFILES"]
    listed = run("profiles", env={"ACTIONPLAN_PARSE_PROFILES": str(tmp_path)}).stdout
    assert "pilares" in listed


def test_bad_profiles_are_one_line_usage_errors(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('name = "bad"\nlanguages = ["xx"]\ncolour = 1\n')
    for profile in ("nope", str(bad)):
        for command in (["outline", "-"], ["check", "-"], ["parse", "-"]):
            result = run(*command, "--profile", profile, stdin=SPANISH)
            assert result.returncode == 2, (command, profile, result.stderr)
            assert len(result.stderr.strip().splitlines()) == 1
            assert "Traceback" not in result.stderr
    try:
        choose(str(bad), "")
    except ProfileError as exc:
        assert "unknown profile key(s): colour" in str(exc)
    else:
        raise AssertionError("a bad profile file must raise ProfileError")


def test_check_uses_the_profile():
    result = run("check", "-", "--profile", "es", "--format", "json", stdin=SPANISH)
    assert result.returncode == 0


def test_auto_merges_the_profiles_of_parts_in_different_languages():
    spanish = "Primero, Comercio con los socios de la región para el desarrollo del país.\n" * 40
    french = "Premièrement, les parties coopèrent dans les domaines de la santé.\n"
    text = "Plan\n" + spanish + "Plan\n" + french * 40
    profile = choose("auto", text)
    assert profile.name == "es+fr"
    assert {"es", "fr"} <= set(profile.languages)
    assert parse(text).source.profile == "es+fr"
