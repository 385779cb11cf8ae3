"""Layout: Spanish, Portuguese and French ordinal and cardinal words and part words
(`Primero,` `Uno,` `Primeiro,` `Premièrement,` `Pilar I:` `Artículo 2` `Article 1` `1º`),
with and without accents."""

from __future__ import annotations

import pytest
from layouts import labels, load, outline


def test_spanish_ordinal_words() -> None:
    doc = load("spanish_ordinals.txt")
    assert doc.preamble == ["Los Gobiernos de ambos países acuerdan el siguiente Plan de Acción."]
    assert outline(doc) == [
        ("1", "Diálogo Político", 1),
        ("1.1", None, 1),
        ("1.2", None, 2),
        ("2", "Cooperación Económica", 2),
        ("2.1", None, 1),
        ("2.2", None, 2),
        ("3", "Cooperación Cultural", 3),
        ("3.1", None, 1),
    ]
    assert labels(doc)[::3] == ["Primero,", "Segundo,", "Tercero,"]
    assert doc.find("2.1").text == "Impulsar el comercio bilateral de productos agrícolas."


def test_spanish_ordinal_words_without_accents() -> None:
    doc = load("spanish_no_accents.txt")
    assert outline(doc) == [
        ("1", "Dialogo Politico", 1),
        ("1.1", None, 1),
        ("2", "Cooperacion Economica", 2),
        ("2.1", None, 1),
        ("3", "Cooperacion Cultural", 3),
        ("3.1", None, 1),
        ("4", "Cooperacion en Ciencia y Tecnologia", 4),
        ("4.1", None, 1),
    ]
    assert labels(doc)[::2] == ["Primero,", "Segundo,", "Tercero,", "Cuarto,"]


def test_spanish_pillars_articles_and_cardinal_words() -> None:
    doc = load("spanish_cardinals_pillars.txt")
    assert outline(doc) == [
        ("1", "Paz y seguridad", 1),
        ("1.1", None, 1),
        ("1.2", None, 2),
        ("2", "Desarrollo sostenible", 2),
        ("2.3", "Las Partes promoverán la transición energética justa.", 3),
        ("2.3.1", None, 1),
        ("2.3.2", None, 2),
    ]
    assert labels(doc) == [
        "Pilar I:", "Artículo 1", "Artículo 2", "Pilar II:", "Artículo 3", "Uno,", "Dos,"
    ]  # fmt: skip
    assert doc.find("1").kind == "part"
    assert doc.find("1.2").text == (
        "Las Partes cooperarán en la lucha contra la delincuencia organizada transnacional."
    )
    assert doc.find("2.3.1").text == "las Partes crearán un fondo común para la adaptación."


def test_portuguese_ordinal_words_and_ordinal_indicator() -> None:
    doc = load("portuguese_ordinals.txt")
    assert outline(doc) == [
        ("1", "Cooperação Política", 1),
        ("1.1", None, 1),
        ("1.2", None, 2),
        ("2", "Cooperação Económica", 2),
        ("2.1", None, 1),
        ("2.2", None, 2),
        ("3", "Cooperação Cultural", 3),
        ("3.1", None, 1),
    ]
    assert labels(doc) == [
        "Primeiro,", "1º", "2º", "Segundo,", "1º", "2º", "Terceiro,", "1º"
    ]  # fmt: skip
    assert doc.find("1.2").text == "Promover visitas de alto nível."


def test_portuguese_without_accents() -> None:
    doc = load("portuguese_no_accents.txt")
    assert outline(doc) == [
        ("1", "Cooperacao Politica", 1),
        ("1.1", None, 1),
        ("1.2", None, 2),
        ("2", "Cooperacao Economica", 2),
        ("2.1", None, 1),
    ]


@pytest.mark.xfail(
    strict=True,
    reason="`1o` (ASCII for `1º`, as in `Art. 1o` of Brazilian texts) is not a label: "
    "the items become body text and the sections items",
)
def test_portuguese_ascii_ordinal_indicator() -> None:
    doc = load("portuguese_ascii_ordinal.txt")
    assert outline(doc) == [
        ("1", "Cooperacao Politica", 1),
        ("1.1", None, 1),
        ("1.2", None, 2),
        ("2", "Cooperacao Economica", 2),
        ("2.1", None, 1),
    ]
    assert labels(doc) == ["Primeiro,", "1o", "2o", "Segundo,", "1o"]


def test_french_ordinal_adverbs_and_articles() -> None:
    doc = load("french_ordinals.txt")
    assert outline(doc) == [
        ("1", "Coopération en matière de sécurité", 1),
        ("1.1", None, 1),
        ("1.2", None, 2),
        ("2", "Coopération économique", 2),
        ("2.3", None, 3),
        ("3", "Coopération culturelle", 3),
        ("3.4", None, 4),
    ]
    assert labels(doc) == [
        "Premièrement,", "Article 1", "Article 2", "Deuxièmement,", "Article 3",
        "Troisièmement,", "Article 4",
    ]  # fmt: skip
    assert doc.find("3.4").text == (
        "Les Parties soutiendront la mobilité des étudiants et des chercheurs."
    )


def test_french_without_accents() -> None:
    doc = load("french_no_accents.txt")
    assert outline(doc) == [
        ("1", "Cooperation en matiere de securite", 1),
        ("1.1", None, 1),
        ("2", "Cooperation economique", 2),
        ("2.1", None, 1),
        ("3", "Cooperation culturelle", 3),
        ("3.1", None, 1),
    ]
    assert labels(doc)[::2] == ["Premierement,", "Deuxiemement,", "Troisiemement,"]


def test_spanish_pillars_and_articles_without_accents() -> None:
    doc = load("spanish_articles_no_accents.txt")
    assert outline(doc) == [
        ("1", "Paz y seguridad", 1),
        ("1.1", None, 1),
        ("1.2", None, 2),
        ("2", "Desarrollo sostenible", 2),
        ("2.3", None, 3),
    ]
    assert labels(doc) == ["Pilar I:", "Articulo 1", "Articulo 2", "Pilar II:", "Articulo 3"]
    assert doc.find("2.3").text == "Las Partes promoveran la transicion energetica."


def test_portuguese_articles_with_ordinal_indicator() -> None:
    doc = load("portuguese_articles.txt")
    assert outline(doc) == [("1", None, 1), ("2", None, 2), ("3", None, 3)]
    assert labels(doc) == ["Artigo 1º", "Artigo 2º", "Artigo 3º"]
    assert {n.kind for n in doc.walk()} == {"article"}
    assert doc.find("3").text == "O presente Acordo entra em vigor na data da sua assinatura."


def test_spanish_articles_with_a_dash_after_the_number() -> None:
    """`Artículo 1.-` `Artículo 2º.-` `ARTÍCULO 3.-`: the legal dash closes the label."""
    doc = load("spanish_treaty_articles_dash.txt")
    assert [(n.id, n.kind, n.label.raw if n.label else None) for n in doc.walk()] == [
        ("1", "part", "CAPÍTULO I"),
        ("1.1", "article", "Artículo 1.-"),
        ("1.2", "article", "Artículo 2º.-"),
        ("1.3", "article", "ARTÍCULO 3.-"),
        ("1.3.1", "item", "a)"),
        ("1.3.2", "item", "b)"),
        ("2", "part", "CAPÍTULO II"),
        ("2.4", "article", "Artículo 4.-"),
    ]
    assert doc.find("1.1").text.startswith("El Parlamento es un organismo regional")


def test_portuguese_articles_with_the_indicator_after_a_period() -> None:
    doc = load("portuguese_articles_indicator.txt")
    assert [(n.id, n.label.raw if n.label else None) for n in doc.walk()] == [
        ("1", "Artigo 1"),
        ("2", "Artigo 2.º"),
        ("3", "Artigo 3º"),
    ]
