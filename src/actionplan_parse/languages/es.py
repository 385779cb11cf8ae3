"""Spanish numeral words (1-20); accents are folded before lookup."""

from . import Language, PageWords, ProfileSpec, counted, register

CARDINALS = counted(
    "uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince "
    "dieciseis diecisiete dieciocho diecinueve veinte"
)
CARDINALS["una"] = 1
ORDINALS = counted(
    "primero segundo tercero cuarto quinto sexto septimo octavo noveno decimo undecimo duodecimo "
    "decimotercero decimocuarto decimoquinto decimosexto decimoseptimo decimoctavo decimonoveno "
    "vigesimo"
)
ORDINALS.update({"primera": 1, "segunda": 2, "tercera": 3, "cuarta": 4, "quinta": 5})
ORDINALS.update({"sexta": 6, "septima": 7, "octava": 8, "novena": 9, "decima": 10})
ADVERBS = {"primeramente": 1, "segundamente": 2}
PART_WORDS = {"pilar", "parte", "capitulo", "anexo", "eje"}
ARTICLE_WORDS = {"articulo"}
MONTHS = counted(
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
)
"""Month names -> number (dates in the text: AKN metadata, commitments)."""
COMMON_WORDS = {"el", "los", "las", "del", "con", "por", "una", "al", "su", "sus", "es", "como"}
"""Function words, distinctive enough to tell the languages apart (``language.py``)."""

PAGE_WORDS = PageWords(page=("página", "pagina"), of=("de",))
"""Page counters: `Page 2 of 5` (``furniture.py``)."""
PROFILE = ProfileSpec(
    "Spanish: Primero/Uno, Pilar I, Parte, Capítulo, Eje, Artículo 2, 1º "
    "(Portuguese and English words too).",
    ("es", "pt", "en"),
)

LANGUAGE = register(Language.from_module(__name__, "Spanish"))
