"""What a Hofstede score suggests for an online shop: interpretation rules keyed on score bands.

These are **guidance**, not facts: they paraphrase the dimension descriptions in Hofstede's own
overview (2011) and the applications to marketing, advertising and web design in de Mooij & Hofstede
(2010) and Marcus & Gould (2000). Each rule names the sources it rests on. Bands: ``low`` below 40,
``high`` above 60, ``middle`` in between (the published scores run roughly 0 to 120). A country-level
score describes an average, not any one shopper; test with real customers.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from types import MappingProxyType
from typing import Any, Final, Literal

from borderless.markets.indicators import HOFSTEDE_DIMENSIONS, Observation
from borderless.rules import Source

__all__ = [
    "BAND_HIGH",
    "BAND_LOW",
    "DIMENSION_NAMES",
    "AreaAdvice",
    "Band",
    "DimensionGuidance",
    "band_of",
    "guidance_for",
]

Band = Literal["low", "middle", "high"]
BAND_LOW: Final = Decimal(40)
BAND_HIGH: Final = Decimal(60)

_READ: Final = date(2026, 11, 21)
HOFSTEDE_2011: Final = Source(
    "Hofstede, G. (2011). Dimensionalizing Cultures: The Hofstede Model in Context. Online Readings in "
    "Psychology and Culture, 2(1)",
    "https://doi.org/10.9707/2307-0919.1014",
    _READ,
)
DE_MOOIJ_2010: Final = Source(
    "de Mooij, M. & Hofstede, G. (2010). The Hofstede model: Applications to global branding and advertising "
    "strategy and research. International Journal of Advertising, 29(1), 85-110",
    "https://doi.org/10.2501/S026504870920104X",
    _READ,
)
MARCUS_GOULD_2000: Final = Source(
    "Marcus, A. & Gould, E. W. (2000). Crosscurrents: cultural dimensions and global Web user-interface design. "
    "ACM Interactions, 7(4), 32-46",
    "https://doi.org/10.1145/345190.345238",
    _READ,
)

DIMENSION_NAMES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "pdi": "Power distance",
        "idv": "Individualism",
        "mas": "Masculinity (achievement vs caring)",
        "uai": "Uncertainty avoidance",
        "lto": "Long-term orientation",
        "ivr": "Indulgence",
    }
)


@dataclass(frozen=True, slots=True)
class _Rule:
    area: str
    meaning: str
    low: str
    middle: str
    high: str
    sources: tuple[Source, ...]


# One rule per dimension and shop area. Texts are our own paraphrases (no copied text).
_RULES: Final[Mapping[str, tuple[_Rule, ...]]] = MappingProxyType(
    {
        "pdi": (
            _Rule(
                "site design and hierarchy",
                "how far people accept that power and status are unequally distributed",
                "Flat, egalitarian design: plain navigation, peer-like voice, founders and staff shown as equals.",
                "Balanced: clear structure without heavy emphasis on rank or authority.",
                "Show structure and authority: clear hierarchy in navigation, official seals, awards, expert and "
                "brand-heritage cues, leaders and certifications visible.",
                (HOFSTEDE_2011, MARCUS_GOULD_2000),
            ),
            _Rule(
                "customer-service tone",
                "expected distance between customer and company",
                "Informal, first-name service is usually fine.",
                "Polite and neutral; match the customer's own register.",
                "Formal, respectful tone with titles and polite forms; escalation to a senior person is valued.",
                (HOFSTEDE_2011, DE_MOOIJ_2010),
            ),
        ),
        "idv": (
            _Rule(
                "individual vs community endorsements",
                "whether people see themselves as 'I' or as part of a 'we' group",
                "Community proof: popularity among people like them, family and group benefits, long-term "
                "relationship with the brand, word of mouth.",
                "Mix individual reviews with signs of popularity.",
                "Individual proof: personal reviews and ratings, personal benefits, self-expression, 'you' copy.",
                (HOFSTEDE_2011, DE_MOOIJ_2010),
            ),
        ),
        "mas": (
            _Rule(
                "achievement vs caring appeals",
                "whether success and competition or caring and quality of life drive values",
                "Modest claims, care, quality of life, sustainability; avoid boastful comparison.",
                "Balance performance claims with care and modesty.",
                "Achievement and status appeals: performance, winning, best-in-class, comparison with rivals.",
                (HOFSTEDE_2011, DE_MOOIJ_2010),
            ),
        ),
        "uai": (
            _Rule(
                "trust signals and guarantees",
                "how uncomfortable people feel with ambiguity and risk",
                "Fewer reassurances needed; novelty, humour and trying something new appeal.",
                "Standard reassurance: clear returns, secure payment, delivery estimates.",
                "Reduce risk visibly: guarantees, clear return and refund terms, certifications, secure-payment "
                "badges, local contact details, familiar payment methods.",
                (HOFSTEDE_2011, DE_MOOIJ_2010, MARCUS_GOULD_2000),
            ),
            _Rule(
                "product detail",
                "need for complete, structured information before a decision",
                "Short descriptions and strong visuals are enough; details on demand.",
                "Key specifications up front, full details one click away.",
                "Complete specifications, sizes, materials, test results, FAQ and expert explanation on the page.",
                (DE_MOOIJ_2010, MARCUS_GOULD_2000),
            ),
        ),
        "lto": (
            _Rule(
                "long-term vs immediate value messaging",
                "focus on future rewards (thrift, persistence) versus the present and tradition",
                "Immediate value: quick results, today's deal, tradition and heritage.",
                "Mix immediate benefits with durability.",
                "Long-term value: durability, savings over time, investment, persistence; pragmatic arguments.",
                (HOFSTEDE_2011, DE_MOOIJ_2010),
            ),
        ),
        "ivr": (
            _Rule(
                "emotional vs rational appeals",
                "how freely people gratify desires for enjoyment and fun",
                "Restraint: rational, practical, understated messages; less hedonic imagery.",
                "Mix practical reasons with enjoyment.",
                "Indulgence: enjoyment, fun, emotion and leisure imagery work; optimistic tone.",
                (HOFSTEDE_2011,),
            ),
        ),
    }
)


@dataclass(frozen=True, slots=True)
class AreaAdvice:
    area: str
    advice: str
    sources: tuple[Source, ...]


@dataclass(frozen=True, slots=True)
class DimensionGuidance:
    """One Hofstede dimension of a market, its band and what it suggests per shop area (guidance)."""

    dimension: str
    name: str
    score: Observation | None
    band: Band | None
    meaning: str
    advice: tuple[AreaAdvice, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "dimension": self.dimension,
            "name": self.name,
            "score": None if self.score is None else self.score.to_json(),
            "band": self.band,
            "meaning": self.meaning,
            "label": "guidance",
            "advice": [
                {"area": item.area, "advice": item.advice, "sources": [s.to_json() for s in item.sources]}
                for item in self.advice
            ],
        }


def band_of(score: Decimal) -> Band:
    if score < BAND_LOW:
        return "low"
    if score > BAND_HIGH:
        return "high"
    return "middle"


def guidance_for(hofstede: Mapping[str, Observation]) -> tuple[DimensionGuidance, ...]:
    """Guidance for every dimension; a dimension without a published score has ``score``/``band`` None
    and no advice (unknown, not assumed average)."""
    result = []
    for dim in HOFSTEDE_DIMENSIONS:
        rules = _RULES[dim]
        observation = hofstede.get(dim)
        if observation is None:
            result.append(DimensionGuidance(dim, DIMENSION_NAMES[dim], None, None, rules[0].meaning, ()))
            continue
        band = band_of(observation.value)
        advice = tuple(AreaAdvice(rule.area, _advice_in(rule, band), rule.sources) for rule in rules)
        result.append(DimensionGuidance(dim, DIMENSION_NAMES[dim], observation, band, rules[0].meaning, advice))
    return tuple(result)


def _advice_in(rule: _Rule, band: Band) -> str:
    if band == "low":
        return rule.low
    if band == "high":
        return rule.high
    return rule.middle
