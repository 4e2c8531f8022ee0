"""How to address shoppers per language: formal or informal, when no market profile says otherwise.

A small table written from public descriptions of each language's address forms (the T-V
distinction). Usage in shop copy varies by brand and segment (many German lifestyle brands use "du"),
so every row is a default the merchant can override, with its source and confidence; ``uncertain``
rows surface as a warning in the localize result.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Final

from borderless.rules import Confidence, Source

__all__ = ["REGISTERS", "AddressRegister", "register_for"]

_RETRIEVED: Final = date(2026, 11, 21)
_TV: Final = Source("T–V distinction (Wikipedia)", "https://en.wikipedia.org/wiki/T%E2%80%93V_distinction", _RETRIEVED)
_JA: Final = Source(
    "Honorific speech in Japanese (Wikipedia)", "https://en.wikipedia.org/wiki/Honorific_speech_in_Japanese", _RETRIEVED
)
_KO: Final = Source(
    "Korean speech levels (Wikipedia)", "https://en.wikipedia.org/wiki/Korean_speech_levels", _RETRIEVED
)
_TV_LANGS: Final = Source(
    "T–V distinction in the world's languages (Wikipedia)",
    "https://en.wikipedia.org/wiki/T%E2%80%93V_distinction_in_the_world%27s_languages",
    _RETRIEVED,
)


@dataclass(frozen=True, slots=True)
class AddressRegister:
    language: str
    register: str  # "formal" or "informal"
    tone: str
    note: str
    source: Source
    confidence: Confidence


REGISTERS: Final[dict[str, AddressRegister]] = {
    r.language: r
    for r in (
        AddressRegister(
            "de",
            "formal",
            "clear, factual, precise",
            "Sie is the safe default; du is common for young lifestyle brands",
            _TV,
            "secondary",
        ),
        AddressRegister("fr", "formal", "elegant, courteous", "vous is the norm in commerce", _TV, "secondary"),
        AddressRegister(
            "it", "formal", "warm, stylish", "Lei is polite; many Italian shops use tu", _TV_LANGS, "uncertain"
        ),
        AddressRegister(
            "es",
            "informal",
            "friendly, direct",
            "tú is common in Spanish e-commerce; usted in formal contexts and parts of Latin America",
            _TV_LANGS,
            "uncertain",
        ),
        AddressRegister(
            "pt",
            "informal",
            "friendly",
            "você in Brazil; European Portuguese prefers indirect third-person address",
            _TV_LANGS,
            "uncertain",
        ),
        AddressRegister(
            "nl",
            "informal",
            "direct, no-nonsense",
            "je/jij is usual in Dutch web shops; u is formal",
            _TV_LANGS,
            "uncertain",
        ),
        AddressRegister("sv", "informal", "plain, friendly", "du is universal since the du-reform", _TV, "secondary"),
        AddressRegister("nb", "informal", "plain, friendly", "du is universal in Norwegian", _TV_LANGS, "secondary"),
        AddressRegister("da", "informal", "plain, friendly", "du is universal in Danish", _TV_LANGS, "secondary"),
        AddressRegister(
            "pl", "formal", "courteous", "Pan/Pani or impersonal forms; some brands use ty", _TV_LANGS, "uncertain"
        ),
        AddressRegister("ro", "formal", "courteous", "dumneavoastră is the polite form", _TV_LANGS, "uncertain"),
        AddressRegister("tr", "formal", "courteous", "siz is the polite form", _TV_LANGS, "secondary"),
        AddressRegister(
            "ja",
            "formal",
            "polite, humble toward the customer",
            "teineigo (desu/masu) with keigo toward customers",
            _JA,
            "secondary",
        ),
        AddressRegister(
            "ko", "formal", "polite", "hapsyo-che/haeyo-che polite speech levels toward customers", _KO, "secondary"
        ),
        AddressRegister("zh", "formal", "polite, concise", "您 (nín) is the polite you", _TV_LANGS, "secondary"),
        AddressRegister(
            "ar", "formal", "respectful", "Modern Standard Arabic, respectful address", _TV_LANGS, "uncertain"
        ),
        AddressRegister(
            "th", "formal", "polite", "polite particles (khrap/kha) toward customers", _TV_LANGS, "uncertain"
        ),
        AddressRegister("en", "informal", "friendly, concise", "English has one you", _TV, "secondary"),
    )
}


def register_for(language: str) -> AddressRegister | None:
    return REGISTERS.get(language)
