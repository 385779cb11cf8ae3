"""Spanish numeral words (1-20); accents are folded before lookup."""

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
