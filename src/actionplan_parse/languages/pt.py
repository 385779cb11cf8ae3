"""Portuguese numeral words (1-20); accents are folded before lookup."""

from . import Language, PageWords, ProfileSpec, register

CARDINALS = {
    w: i + 1
    for i, w in enumerate(
        [
            "um",
            "dois",
            "tres",
            "quatro",
            "cinco",
            "seis",
            "sete",
            "oito",
            "nove",
            "dez",
            "onze",
            "doze",
            "treze",
            "catorze",
            "quinze",
            "dezesseis",
            "dezessete",
            "dezoito",
            "dezenove",
            "vinte",
        ]
    )
}
CARDINALS.update({"uma": 1, "duas": 2})
ORDINALS = {
    w: i + 1
    for i, w in enumerate(
        [
            "primeiro",
            "segundo",
            "terceiro",
            "quarto",
            "quinto",
            "sexto",
            "setimo",
            "oitavo",
            "nono",
            "decimo",
        ]
    )
}
ORDINALS.update({"primeira": 1, "segunda": 2, "terceira": 3})
ADVERBS = {"primeiramente": 1}
PART_WORDS = {"parte", "capitulo", "pilar", "anexo", "eixo"}
ARTICLE_WORDS = {"artigo"}
MONTHS = {
    "janeiro": 1,
    "fevereiro": 2,
    "março": 3,
    "abril": 4,
    "maio": 5,
    "junho": 6,
    "julho": 7,
    "agosto": 8,
    "setembro": 9,
    "outubro": 10,
    "novembro": 11,
    "dezembro": 12,
}
"""Month names -> number (dates in the text: AKN metadata, commitments)."""
COMMON_WORDS = {"os", "dos", "das", "do", "da", "ao", "aos", "com", "pelo", "pela", "uma", "nao"}
"""Function words, distinctive enough to tell the languages apart (``language.py``)."""

LANGUAGE = register(
    Language(
        code="pt",
        name="Portuguese",
        cardinals=CARDINALS,
        ordinals=ORDINALS,
        adverbs=ADVERBS,
        part_words=frozenset(PART_WORDS),
        article_words=frozenset(ARTICLE_WORDS),
        months=MONTHS,
        common_words=frozenset(COMMON_WORDS),
        page_words=PageWords(page=("página", "pagina"), of=("de",)),
        profile=ProfileSpec(
            "Portuguese: Primeiro/Um, Parte, Capítulo, Pilar, Eixo, Artigo 1, 1º "
            "(Spanish and English words too).",
            ("pt", "es", "en"),
        ),
    )
)
