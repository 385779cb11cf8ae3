"""Portuguese numeral words (1-20); accents are folded before lookup."""

from . import Language, PageWords, ProfileSpec, counted, register

CARDINALS = counted(
    "um dois tres quatro cinco seis sete oito nove dez onze doze treze catorze quinze dezesseis "
    "dezessete dezoito dezenove vinte"
)
CARDINALS.update({"uma": 1, "duas": 2})
ORDINALS = counted("primeiro segundo terceiro quarto quinto sexto setimo oitavo nono decimo")
ORDINALS.update({"primeira": 1, "segunda": 2, "terceira": 3})
ADVERBS = {"primeiramente": 1}
PART_WORDS = {"parte", "capitulo", "pilar", "anexo", "eixo"}
ARTICLE_WORDS = {"artigo"}
MONTHS = counted(
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"
)
"""Month names -> number (dates in the text: AKN metadata, commitments)."""
COMMON_WORDS = {"os", "dos", "das", "do", "da", "ao", "aos", "com", "pelo", "pela", "uma", "nao"}
"""Function words, distinctive enough to tell the languages apart (``language.py``)."""

PAGE_WORDS = PageWords(page=("página", "pagina"), of=("de",))
"""Page counters: `Page 2 of 5` (``furniture.py``)."""
PROFILE = ProfileSpec(
    "Portuguese: Primeiro/Um, Parte, Capítulo, Pilar, Eixo, Artigo 1, 1º "
    "(Spanish and English words too).",
    ("pt", "es", "en"),
)

LANGUAGE = register(Language.from_module(__name__, "Portuguese"))
