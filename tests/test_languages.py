"""A language is one module: registering a toy one from outside the package (the registry
call a plugin makes) gives its numerals, detection words, page words and default profile,
used through the CLI (`--profile`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from actionplan_parse.cli import cli
from actionplan_parse.language import language_of
from actionplan_parse.languages import LANGUAGES, Language, PageWords, ProfileSpec, register

ESPERANTO = Language(
    code="eo",
    name="Esperanto",
    ordinals={"unue": 1, "due": 2, "trie": 3},
    part_words=frozenset({"parto"}),
    common_words=frozenset({"la", "kaj", "de", "en", "por", "estas", "ni", "kun"}),
    page_words=PageWords(page=("paĝo",), of=("el",)),
    profile=ProfileSpec("Esperanto: Unue, Due, Parto I.", ("eo",)),
)

TEXT = """Komuna Plano

Unue, Komerco kaj investoj
La partoj kunlaboras por la komerco kaj la investoj en la regiono.

Due, Kulturo kaj edukado
Ni subtenas la interŝanĝojn de studentoj kaj de instruistoj kun la partoj.

Paĝo 1 el 2

Trie, Scienco
La partoj kunlaboras en la scienco kaj la teknologio por la regiono.

Paĝo 2 el 2
"""


@pytest.fixture
def esperanto(monkeypatch: pytest.MonkeyPatch) -> Language:
    monkeypatch.setitem(LANGUAGES, "eo", LANGUAGES.get("eo", ESPERANTO))  # undone after
    return register(ESPERANTO)


def _parse(path: Path, profile: str) -> dict[str, object]:
    result = CliRunner().invoke(cli, ["parse", str(path), "--profile", profile])
    assert result.exit_code == 0, result.output
    parsed: dict[str, object] = json.loads(result.stdout)
    return parsed


def _outline(document: dict[str, object]) -> list[tuple[str, str]]:
    def walk(nodes: object) -> list[tuple[str, str]]:
        assert isinstance(nodes, list)
        out: list[tuple[str, str]] = []
        for node in nodes:
            out.append((node["id"], (node["heading"] or node["text"]).split()[0]))
            out += walk(node["children"])
        return out

    return walk(document["children"])


def test_unregistered_the_words_are_no_labels(tmp_path: Path) -> None:
    (tmp_path / "plan.txt").write_text(TEXT, encoding="utf-8")
    assert "eo" not in LANGUAGES
    assert _outline(_parse(tmp_path / "plan.txt", "auto")) == []


def test_a_registered_language_parses_through_the_cli(tmp_path: Path, esperanto: Language) -> None:
    (tmp_path / "plan.txt").write_text(TEXT, encoding="utf-8")
    expected = [("1", "Komerco"), ("2", "Kulturo"), ("3", "Scienco")]
    for profile in ("eo", "auto"):  # its default profile, and detected by its common words
        document = _parse(tmp_path / "plan.txt", profile)
        assert _outline(document) == expected, profile
        removed = document["removed"]
        assert isinstance(removed, list)
        assert [r["reason"] for r in removed] == ["page-furniture"] * 2  # its page words
    assert language_of(TEXT) == "eo"


def test_its_profile_is_listed(esperanto: Language) -> None:
    result = CliRunner().invoke(cli, ["profiles"])
    assert result.exit_code == 0
    assert any(line.split()[:1] == ["eo"] for line in result.stdout.splitlines())


def test_every_shipped_language_is_a_registered_module() -> None:
    package = Path(__file__).parents[1] / "src" / "actionplan_parse" / "languages"
    modules = {p.stem for p in package.glob("*.py") if p.stem != "__init__"}
    assert modules == set(LANGUAGES) >= {"en", "es", "fr", "pt", "zh"}
    assert all(LANGUAGES[code].profile is not None for code in modules)
