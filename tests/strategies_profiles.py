"""Hypothesis strategies: documents in every profile, with headings, wraps and page debris.

A generated document is a tree (1-3 numbered levels, optionally under unnumbered
headings), each level numbered in one of the profile's schemes, rendered as text
with optional hard wraps and PDF page furniture between paragraphs. The expected
result is the tree itself: ids, headings and texts.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field

from hypothesis import strategies as st
from strategies import SCHEMES, roman

_CJK = "一二三四五六七八九十"


def _cjk(n: int) -> str:
    return _CJK[n - 1] if n <= 10 else "十" + _CJK[n - 11]


_ES_ORD = "Primero Segundo Tercero Cuarto Quinto Sexto Séptimo Octavo Noveno Décimo".split()
_ES_CARD = "Uno Dos Tres Cuatro Cinco Seis Siete Ocho Nueve Diez".split()
_FR_ADV = "Premièrement Deuxièmement Troisièmement Quatrièmement Cinquièmement".split()
_FR_ADV += "Sixièmement Septièmement Huitièmement Neuvièmement Dixièmement".split()
_PT_ORD = "Primeiro Segundo Terceiro Quarto Quinto Sexto Sétimo Oitavo Nono Décimo".split()

PROFILE_SCHEMES: dict[str, dict] = {
    "en": {
        k: SCHEMES[k]
        for k in (
            "part-roman",
            "ordinal",
            "cardinal",
            "arabic-period",
            "arabic-paren",
            "letter-paren",
            "roman-lower-paren",
        )
    },
    "es": {
        "es-pilar": lambda n: f"Pilar {roman(n)}:",
        "es-articulo": lambda n: f"Artículo {n}.",
        "es-ordinal": lambda n: f"{_ES_ORD[n - 1]},",
        "es-cardinal": lambda n: f"{_ES_CARD[n - 1]},",
        "es-indicator": lambda n: f"{n}º",
        "letter-close": SCHEMES["letter-close"],
    },
    "fr": {
        "fr-partie": lambda n: f"Partie {roman(n)}.",
        "fr-article": lambda n: f"Article {n}.",
        "fr-adverb": lambda n: f"{_FR_ADV[n - 1]},",
        "arabic-period": SCHEMES["arabic-period"],
        "letter-paren": SCHEMES["letter-paren"],
    },
    "pt": {
        "pt-artigo": lambda n: f"Artigo {n}.",
        "pt-ordinal": lambda n: f"{_PT_ORD[n - 1]},",
        "pt-indicator": lambda n: f"{n}º",
        "arabic-paren": SCHEMES["arabic-paren"],
    },
    "zh": {
        "zh-article": lambda n: f"第{_cjk(n)}条",
        "zh-comma": lambda n: f"{_cjk(n)}、",
        "zh-paren": lambda n: f"（{_cjk(n)}）",
        "zh-circled": lambda n: chr(0x245F + n),
        "zh-arabic-paren": lambda n: f"（{n}）",
    },
}

_WORDS = {
    "en": "cooperation trade energy support the development of both sides and regional "
    "investment infrastructure training with partners in areas".split(),
    "es": "cooperación comercio energía apoyo el desarrollo de ambas partes y la inversión "
    "regional en las zonas con los socios".split(),
    "fr": "coopération commerce énergie soutien le développement des deux parties et les "
    "investissements régionaux dans la formation".split(),
    "pt": "cooperação comércio energia apoio o desenvolvimento das duas partes e os "
    "investimentos regionais na formação com os parceiros".split(),
    "zh": list("合作发展贸易能源投资基础设施培训双方区域伙伴支持加强推动"),
}
_VERBS = {
    "en": "Promote Strengthen Support Expand Deepen Encourage".split(),
    "es": "Promover Fortalecer Apoyar Ampliar Profundizar Fomentar".split(),
    "fr": "Promouvoir Renforcer Soutenir Élargir Approfondir Encourager".split(),
    "pt": "Promover Fortalecer Apoiar Ampliar Aprofundar Incentivar".split(),
    "zh": ["双方", "中方", "各方"],
}
_TOPICS = {
    "en": "Trade Energy Finance Health Culture Security Agriculture Transport".split(),
    "es": "Comercio Energía Finanzas Salud Cultura Seguridad Agricultura Transporte".split(),
    "fr": "Commerce Énergie Finances Santé Culture Sécurité Agriculture Transports".split(),
    "pt": "Comércio Energia Finanças Saúde Cultura Segurança Agricultura Transportes".split(),
    "zh": ["贸易", "能源", "金融", "卫生", "文化", "安全", "农业", "交通"],
}
_JOINER = {"en": " and ", "es": " y ", "fr": " et ", "pt": " e ", "zh": "与"}
_CLOSE = {  # every sentence ends with a phrase only its own language writes
    "en": "with the partners",
    "es": "con los socios de la región",
    "fr": "avec les partenaires de la région",
    "pt": "com os parceiros da região",
    "zh": "",
}
_TITLE = {
    "en": "Joint Plan of Action",
    "es": "Plan de Acción Conjunto",
    "fr": "Plan d'action conjoint",
    "pt": "Plano de Ação Conjunto",
    "zh": "联合行动计划",
}
DEBRIS = ["A/RES/99/12", "24-12345 (E)", "3/7", "*2412345*"]


@dataclass
class Gen:
    id: str
    label: str | None
    heading: str | None
    text: str
    children: list[Gen] = field(default_factory=list)

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


def _sentence(draw, lang: str) -> str:
    words = draw(st.lists(st.sampled_from(_WORDS[lang]), min_size=3, max_size=30))
    if lang == "zh":
        return draw(st.sampled_from(_VERBS[lang])) + "".join(words) + "。"
    return f"{draw(st.sampled_from(_VERBS[lang]))} {' '.join(words)} {_CLOSE[lang]}."


def _headings(lang: str) -> list[str]:
    """Distinct headings: real documents do not repeat a heading page after page."""
    topics = _TOPICS[lang]
    return topics + [f"{a}{_JOINER[lang]}{b}" for a in topics for b in topics if a != b]


@st.composite
def profile_documents(draw, lang: str):
    """(text, expected [(id, heading, text)], notes) for one profile."""
    schemes = PROFILE_SCHEMES[lang]
    depth = draw(st.integers(1, min(3, len(schemes))))
    drawn = draw(
        st.lists(st.sampled_from(sorted(schemes)), min_size=depth, max_size=depth, unique=True)
    )
    order = list(schemes)  # each profile lists its schemes from the highest family down:
    chosen = sorted(drawn, key=order.index)  # parts are not numbered under `(1)`
    headed = lang != "zh" and draw(st.booleans())
    runs_on = headed and draw(st.booleans())  # numbering continues across headings
    counter = {"top": 0}
    pool = list(draw(st.permutations(_headings(lang))))

    def make(prefix: str, level: int, start: int) -> list[Gen]:
        count = draw(st.integers(1, 3 if headed and level == 1 else 4))  # numbers stay <= 10
        nodes = []
        for n in range(start, start + count):
            label = schemes[chosen[level - 1]](n)
            if level < depth and (n == start or draw(st.booleans())):
                kids = make(f"{prefix}{n}.", level + 1, 1)
                nodes.append(Gen(f"{prefix}{n}", label, pool.pop(), "", kids))
            else:
                nodes.append(Gen(f"{prefix}{n}", label, None, _sentence(draw, lang)))
        return nodes

    if headed:
        roots = []
        for h in range(1, draw(st.integers(1, 3)) + 1):
            start = counter["top"] + 1 if runs_on else 1
            kids = make(f"{h}.", 1, start)
            counter["top"] = int(kids[-1].id.split(".")[1])
            roots.append(Gen(str(h), None, pool.pop(), "", kids))
    else:
        roots = make("", 1, 1)

    wrap = lang != "zh" and draw(st.booleans())
    debris = draw(st.booleans())
    paragraphs = [_TITLE[lang]]
    for root in roots:
        for node in root.walk():
            content = node.heading or node.text
            paragraphs.append(f"{node.label} {content}" if node.label else content)
            if debris and draw(st.integers(0, 5)) == 0:
                paragraphs.extend(DEBRIS)
    if wrap:
        text = "\n\n".join(
            "\n".join(textwrap.wrap(p, 72, break_on_hyphens=False, break_long_words=False))
            for p in paragraphs
        )
    else:
        text = "\n".join(paragraphs)
    expected = [(n.id, n.heading, n.text) for root in roots for n in root.walk()]
    notes = f"lang={lang} schemes={chosen} headed={headed} runs_on={runs_on} wrap={wrap}"
    return text + "\n", expected, notes
