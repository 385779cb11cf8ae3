"""French numeral words (1-20); accents are folded before lookup."""

from . import Language, PageWords, ProfileSpec, register

CARDINALS = {
    w: i + 1
    for i, w in enumerate(
        [
            "un",
            "deux",
            "trois",
            "quatre",
            "cinq",
            "six",
            "sept",
            "huit",
            "neuf",
            "dix",
            "onze",
            "douze",
            "treize",
            "quatorze",
            "quinze",
            "seize",
            "dix-sept",
            "dix-huit",
            "dix-neuf",
            "vingt",
        ]
    )
}
CARDINALS["une"] = 1
ORDINALS = {
    w: i + 1
    for i, w in enumerate(
        [
            "premier",
            "deuxieme",
            "troisieme",
            "quatrieme",
            "cinquieme",
            "sixieme",
            "septieme",
            "huitieme",
            "neuvieme",
            "dixieme",
            "onzieme",
            "douzieme",
            "treizieme",
            "quatorzieme",
            "quinzieme",
            "seizieme",
            "dix-septieme",
            "dix-huitieme",
            "dix-neuvieme",
            "vingtieme",
        ]
    )
}
ORDINALS.update({"premiere": 1, "second": 2, "seconde": 2})
ADVERBS = {f"{w.removesuffix('e')}ement": v for w, v in ORDINALS.items() if w != "premier"}
ADVERBS.update({"premierement": 1, "secondement": 2})
PART_WORDS = {"partie", "chapitre", "pilier", "annexe", "titre"}
ARTICLE_WORDS = {"article"}
MONTHS = {
    "janvier": 1,
    "février": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
}
"""Month names -> number (dates in the text: AKN metadata, commitments)."""
COMMON_WORDS = {"le", "les", "des", "du", "et", "au", "aux", "pour", "nous", "dans", "sur", "une"}
"""Function words, distinctive enough to tell the languages apart (``language.py``)."""

LANGUAGE = register(
    Language(
        code="fr",
        name="French",
        cardinals=CARDINALS,
        ordinals=ORDINALS,
        adverbs=ADVERBS,
        part_words=frozenset(PART_WORDS),
        article_words=frozenset(ARTICLE_WORDS),
        months=MONTHS,
        common_words=frozenset(COMMON_WORDS),
        page_words=PageWords(page=("page",), of=("sur", "de")),
        profile=ProfileSpec(
            "French: Premièrement/Premier/Un, Partie, Chapitre, Pilier, Titre, Article 1 "
            "(English words too).",
            ("fr", "en"),
        ),
    )
)
