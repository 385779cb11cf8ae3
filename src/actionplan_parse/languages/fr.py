"""French numeral words (1-20); accents are folded before lookup."""

from . import Language, PageWords, ProfileSpec, counted, register

CARDINALS = counted(
    "un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize "
    "dix-sept dix-huit dix-neuf vingt"
)
CARDINALS["une"] = 1
ORDINALS = counted(
    "premier deuxieme troisieme quatrieme cinquieme sixieme septieme huitieme neuvieme dixieme "
    "onzieme douzieme treizieme quatorzieme quinzieme seizieme dix-septieme dix-huitieme "
    "dix-neuvieme vingtieme"
)
ORDINALS.update({"premiere": 1, "second": 2, "seconde": 2})
ADVERBS = {f"{w.removesuffix('e')}ement": v for w, v in ORDINALS.items() if w != "premier"}
ADVERBS.update({"premierement": 1, "secondement": 2})
PART_WORDS = {"partie", "chapitre", "pilier", "annexe", "titre"}
ARTICLE_WORDS = {"article"}
MONTHS = counted(
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
)
"""Month names -> number (dates in the text: AKN metadata, commitments)."""
COMMON_WORDS = {"le", "les", "des", "du", "et", "au", "aux", "pour", "nous", "dans", "sur", "une"}
"""Function words, distinctive enough to tell the languages apart (``language.py``)."""

PAGE_WORDS = PageWords(page=("page",), of=("sur", "de"))
"""Page counters: `Page 2 of 5` (``furniture.py``)."""
PROFILE = ProfileSpec(
    "French: Premièrement/Premier/Un, Partie, Chapitre, Pilier, Titre, Article 1 "
    "(English words too).",
    ("fr", "en"),
)

LANGUAGE = register(Language.from_module(__name__, "French"))
