"""Spanish numeral words (1-20); accents are folded before lookup."""

from . import Language, PageWords, ProfileSpec, register

CARDINALS = {
    w: i + 1
    for i, w in enumerate(
        [
            "uno",
            "dos",
            "tres",
            "cuatro",
            "cinco",
            "seis",
            "siete",
            "ocho",
            "nueve",
            "diez",
            "once",
            "doce",
            "trece",
            "catorce",
            "quince",
            "dieciseis",
            "diecisiete",
            "dieciocho",
            "diecinueve",
            "veinte",
        ]
    )
}
CARDINALS["una"] = 1
ORDINALS = {
    w: i + 1
    for i, w in enumerate(
        [
            "primero",
            "segundo",
            "tercero",
            "cuarto",
            "quinto",
            "sexto",
            "septimo",
            "octavo",
            "noveno",
            "decimo",
            "undecimo",
            "duodecimo",
            "decimotercero",
            "decimocuarto",
            "decimoquinto",
            "decimosexto",
            "decimoseptimo",
            "decimoctavo",
            "decimonoveno",
            "vigesimo",
        ]
    )
}
ORDINALS.update({"primera": 1, "segunda": 2, "tercera": 3, "cuarta": 4, "quinta": 5})
ORDINALS.update({"sexta": 6, "septima": 7, "octava": 8, "novena": 9, "decima": 10})
ADVERBS = {"primeramente": 1, "segundamente": 2}
PART_WORDS = {"pilar", "parte", "capitulo", "anexo", "eje"}
ARTICLE_WORDS = {"articulo"}
MONTHS = {
    "enero": 1,
    "febrero": 2,
    "marzo": 3,
    "abril": 4,
    "mayo": 5,
    "junio": 6,
    "julio": 7,
    "agosto": 8,
    "septiembre": 9,
    "octubre": 10,
    "noviembre": 11,
    "diciembre": 12,
}
"""Month names -> number (dates in the text: AKN metadata, commitments)."""
COMMON_WORDS = {"el", "los", "las", "del", "con", "por", "una", "al", "su", "sus", "es", "como"}
"""Function words, distinctive enough to tell the languages apart (``language.py``)."""

LANGUAGE = register(
    Language(
        code="es",
        name="Spanish",
        cardinals=CARDINALS,
        ordinals=ORDINALS,
        adverbs=ADVERBS,
        part_words=frozenset(PART_WORDS),
        article_words=frozenset(ARTICLE_WORDS),
        months=MONTHS,
        common_words=frozenset(COMMON_WORDS),
        page_words=PageWords(page=("página", "pagina"), of=("de",)),
        profile=ProfileSpec(
            "Spanish: Primero/Uno, Pilar I, Parte, Capítulo, Eje, Artículo 2, 1º "
            "(Portuguese and English words too).",
            ("es", "pt", "en"),
        ),
    )
)
