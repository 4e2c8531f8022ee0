"""A market's cultural and practical profile: what to get right when selling there.

Brings together, for one country: the bundled indicators; Hofstede scores with what they suggest for
an online shop (labelled guidance, see :mod:`borderless.markets.hofstede_guidance`); the formal and
informal address of its main languages (sourced table below); CLDR date, number and currency formats
(Babel, via :mod:`borderless.localize.formats`); the postal address layout (Google's i18n address
metadata, bundled); the measurement and clothing-size systems (:mod:`borderless.localize`); payment,
fraud and delivery practices (:mod:`borderless.markets.practices`) and colour/number associations
(:mod:`borderless.culture`) where those modules know the country. A part that is not known is
``None`` with a warning, never an empty answer that looks like "nothing to know".
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from importlib import import_module
from types import MappingProxyType
from typing import Any, Final

from borderless.errors import BorderlessError
from borderless.markets.hofstede_guidance import DimensionGuidance, guidance_for
from borderless.markets.indicators import AddressFormat, CountryIndicators, country_indicators
from borderless.rules import Confidence, Source

__all__ = ["LANGUAGE_REGISTERS", "LanguageRegister", "MarketProfile", "market_profile"]

_READ: Final = date(2026, 11, 21)
_TV: Final = Source(
    'Wikipedia, "T-V distinction" (formal and informal second-person pronouns by language)',
    "https://en.wikipedia.org/wiki/T%E2%80%93V_distinction",
    _READ,
)
_KEIGO: Final = Source(
    'Wikipedia, "Honorific speech in Japanese" (keigo: sonkeigo, kenjōgo, teineigo)',
    "https://en.wikipedia.org/wiki/Honorific_speech_in_Japanese",
    _READ,
)
_KOREAN: Final = Source(
    'Wikipedia, "Korean speech levels" (hapsyo-che, haeyo-che, banmal)',
    "https://en.wikipedia.org/wiki/Korean_speech_levels",
    _READ,
)
_THAI: Final = Source(
    'Wikipedia, "Thai language", section on politeness particles (khrap, kha)',
    "https://en.wikipedia.org/wiki/Thai_language",
    _READ,
)
_VIETNAMESE: Final = Source(
    'Wikipedia, "Vietnamese pronouns" (kinship terms; quý khách for customers)',
    "https://en.wikipedia.org/wiki/Vietnamese_pronouns",
    _READ,
)
_ENGLISH: Final = Source(
    'Wikipedia, "T-V distinction": modern English has no T-V distinction (thou/you lost)',
    "https://en.wikipedia.org/wiki/T%E2%80%93V_distinction",
    _READ,
)
_SIZES: Final = Source(
    'Wikipedia, "Clothing sizes" and "Shoe size" (size systems by country); bundled in data/sizes/',
    "https://en.wikipedia.org/wiki/Clothing_sizes",
    _READ,
)

MAX_MAIN_LANGUAGES: Final = 3
MAIN_LANGUAGE_SHARE: Final = Decimal("0.10")


@dataclass(frozen=True, slots=True)
class LanguageRegister:
    """Formal and informal address in one language. ``shop_default`` is guidance: what online shops
    commonly use, a starting point to check against competitors in the market."""

    language: str
    formal: str
    informal: str
    shop_default: str
    source: Source
    confidence: Confidence = "secondary"

    def to_json(self) -> dict[str, Any]:
        return {
            "language": self.language,
            "formal": self.formal,
            "informal": self.informal,
            "shop_default": self.shop_default,
            "shop_default_label": "guidance",
            "source": self.source.to_json(),
            "confidence": self.confidence,
        }


def _reg(language: str, formal: str, informal: str, default: str, source: Source = _TV) -> LanguageRegister:
    return LanguageRegister(language, formal, informal, default, source)


# Pronouns are facts of each language (secondary source); shop_default is guidance.
LANGUAGE_REGISTERS: Final[Mapping[str, LanguageRegister]] = MappingProxyType(
    {
        r.language: r
        for r in (
            _reg(
                "de",
                "Sie",
                "du",
                "Sie for general retail and service; du is common for young fashion, sport "
                "and lifestyle brands: pick one and keep it everywhere",
            ),
            _reg("fr", "vous", "tu", "vous; tu only for brands deliberately casual with a young audience"),
            _reg(
                "es",
                "usted",
                "tú (vos in parts of Latin America)",
                "tú is common in Spain's e-commerce; usted is safer for service messages and in much of Latin America",
            ),
            _reg(
                "it",
                "Lei",
                "tu",
                "tu is widespread in e-commerce marketing; Lei for formal service and older audiences",
            ),
            _reg(
                "pt",
                "o senhor / a senhora",
                "você (Brazil), tu (Portugal)",
                "você in Brazil; in Portugal avoid tu with customers and prefer impersonal or formal forms",
            ),
            _reg(
                "nl", "u", "je / jij", "je is now usual for consumer brands; u for banks, insurers and formal service"
            ),
            _reg("pl", "Pan / Pani", "ty", "Pan/Pani or impersonal forms for service; ty for casual brands"),
            _reg("ru", "вы (vy)", "ты (ty)", "вы, capitalised Вы in direct messages to one customer"),
            _reg("sv", "ni", "du", "du: the du-reform made it the norm; ni can sound old-fashioned"),
            _reg("da", "De", "du", "du is the norm; De is rare and old-fashioned"),
            _reg("nb", "De", "du", "du is the norm; De is rare and old-fashioned"),
            _reg("tr", "siz", "sen", "siz for customers"),
            _reg("zh", "您 (nín)", "你 (nǐ)", "您 in customer service; 你 is common in casual marketing copy"),
            _reg("hi", "आप (āp)", "तुम (tum), तू (tū)", "आप for customers"),
            _reg(
                "ja",
                "keigo (sonkeigo/kenjōgo for the customer and the shop, teineigo desu/masu)",
                "plain form (futsūgo)",
                "keigo in every customer-facing text; plain form only in playful slogans",
                _KEIGO,
            ),
            _reg(
                "ko",
                "hapsyo-che (-습니다) and haeyo-che (-요)",
                "banmal",
                "haeyo-che for most copy, hapsyo-che for notices and service; never banmal to customers",
                _KOREAN,
            ),
            _reg(
                "th",
                "polite particles ครับ (khrap) / ค่ะ (kha) and คุณ (khun)",
                "no particle, casual pronouns",
                "always use polite particles in service",
                _THAI,
            ),
            _reg(
                "vi",
                "quý khách (valued customer), kinship terms anh/chị",
                "bạn",
                "quý khách in service; bạn in casual marketing to young audiences",
                _VIETNAMESE,
            ),
            _reg(
                "en",
                "no pronoun distinction: formality comes from vocabulary and titles",
                "same",
                "friendly and plain; formal titles (Mr, Ms) only where the brand is formal",
                _ENGLISH,
            ),
        )
    }
)


@dataclass(frozen=True, slots=True)
class MarketProfile:
    country: str
    name: str
    indicators: CountryIndicators
    locale: str | None
    hofstede: tuple[DimensionGuidance, ...]
    language_register: tuple[LanguageRegister, ...]
    formats: Mapping[str, Any] | None
    address: AddressFormat | None
    measurement: Mapping[str, Any] | None
    clothing_sizes: Mapping[str, Any] | None
    practices: Mapping[str, Any] | None
    cultural_associations: Mapping[str, Any] | None
    warnings: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        address = None
        if self.address is not None:
            address = {
                "layout": self.address.layout,
                "lines": address_lines(self.address.layout),
                "required": [_FIELD_NAMES.get(code, code) for code in self.address.required],
                "postcode_example": self.address.postcode_example or None,
                "default_layout": self.address.default_layout,
                "source": self.address.source.to_json(),
            }
        return {
            "country": self.country,
            "name": self.name,
            "locale": self.locale,
            "indicators": self.indicators.to_json(),
            "hofstede": [item.to_json() for item in self.hofstede],
            "language_register": [item.to_json() for item in self.language_register],
            "formats": None if self.formats is None else dict(self.formats),
            "address": address,
            "measurement": None if self.measurement is None else dict(self.measurement),
            "clothing_sizes": None if self.clothing_sizes is None else dict(self.clothing_sizes),
            "practices": None if self.practices is None else dict(self.practices),
            "cultural_associations": None if self.cultural_associations is None else dict(self.cultural_associations),
            "warnings": list(self.warnings),
        }


_FIELD_NAMES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "N": "name",
        "O": "organisation",
        "A": "street address",
        "D": "district",
        "C": "city",
        "S": "state/province",
        "Z": "postal code",
        "X": "sorting code",
    }
)


def address_lines(layout: str) -> list[str]:
    """The layout as readable lines: ``%N%n%A%n%Z %C`` -> ``["name", "street address", "postal code city"]``."""
    lines = []
    for raw in layout.split("%n"):
        text = raw
        for code, name in _FIELD_NAMES.items():
            text = text.replace(f"%{code}", f"{{{name}}}")
        if text.strip():
            lines.append(text.strip())
    return lines


def main_languages(indicators: CountryIndicators) -> tuple[str, ...]:
    """Official languages spoken by at least 10 % (at most three), else the most spoken language."""
    chosen = [s.language for s in indicators.languages if s.official and s.share >= MAIN_LANGUAGE_SHARE]
    if not chosen and indicators.languages:
        chosen = [indicators.languages[0].language]
    return tuple(chosen[:MAX_MAIN_LANGUAGES])


def _optional(
    label: str, country: str, call: Callable[[], Mapping[str, Any] | None], warnings: list[str]
) -> Mapping[str, Any] | None:
    """Run one optional part of the profile; an unknown answer becomes ``None`` and a warning."""
    try:
        found = call()
    except (ImportError, AttributeError):
        warnings.append(f"{label}: not available in this version of Borderless (unknown for {country})")
        return None
    except BorderlessError as error:
        warnings.append(f"{label}: unknown for {country} ({error})")
        return None
    if found is None:
        warnings.append(f"{label}: no data for {country} (unknown)")
    return found


def _json_of(value: object) -> Mapping[str, Any]:
    to_json = getattr(value, "to_json", None)
    if to_json is None:
        raise AttributeError("no to_json")
    data = to_json()
    if not isinstance(data, Mapping):
        return {"items": data}
    return data


def _practices(country: str) -> Mapping[str, Any] | None:
    module = import_module("borderless.markets.practices")
    found = module.market_practices(country)
    return None if found is None else _json_of(found)


def _associations(country: str) -> Mapping[str, Any] | None:
    from borderless.culture import associations_for

    return _json_of(associations_for(country))


def _formats(country: str, locale: str | None) -> Mapping[str, Any] | None:
    from borderless.localize.formats import formats_for

    return _json_of(formats_for(country, locale=locale))


def _measurement(country: str) -> Mapping[str, Any] | None:
    from borderless.localize.units import unit_rule_for

    rule = unit_rule_for(country)
    return {
        "system": rule.system,
        "keep_original_units": rule.keep_original,
        "reason": rule.reason,
        "source": rule.source.to_json(),
        "confidence": rule.confidence,
    }


def _sizes(country: str) -> Mapping[str, Any] | None:
    from borderless.localize.sizes import size_system_for

    system, notes = size_system_for(country)
    return {
        "system": system,
        "notes": list(notes),
        "source": _SIZES.to_json(),
        "confidence": "uncertain" if notes else "secondary",
    }


def _locale_of(country: str, languages: tuple[str, ...]) -> str | None:
    from babel import Locale, UnknownLocaleError

    for language in languages:
        try:
            return str(Locale.parse(f"{language}_{country}"))
        except (UnknownLocaleError, ValueError):
            continue
    return None


def market_profile(country: str) -> MarketProfile:
    """The profile of one market. Raises :class:`~borderless.errors.UnknownCountryError` for a code
    that is not bundled; parts that are not known come back as ``None`` with a warning."""
    indicators = country_indicators(country)
    code = indicators.country
    warnings: list[str] = []
    if not indicators.hofstede:
        warnings.append(f"no Hofstede scores published for {code}: cultural guidance unknown")
    elif len(indicators.hofstede) < 6:
        warnings.append(f"Hofstede publishes only {len(indicators.hofstede)} of 6 dimensions for {code}")
    languages = main_languages(indicators)
    registers = []
    for language in languages:
        register = LANGUAGE_REGISTERS.get(language.split("_")[0])
        if register is None:
            warnings.append(f"language register of {language!r}: not recorded (unknown)")
        else:
            registers.append(register)
    locale = _locale_of(code, languages)
    if indicators.address is None:
        warnings.append(f"address layout: no data for {code} (unknown)")
    elif indicators.address.default_layout:
        warnings.append(f"address layout: {code} has no layout of its own in the metadata; the generic one is shown")
    return MarketProfile(
        country=code,
        name=indicators.name,
        indicators=indicators,
        locale=locale,
        hofstede=guidance_for(indicators.hofstede),
        language_register=tuple(dict.fromkeys(registers)),
        formats=_optional("formats", code, lambda: _formats(code, locale), warnings),
        address=indicators.address,
        measurement=_optional("measurement system", code, lambda: _measurement(code), warnings),
        clothing_sizes=_optional("clothing sizes", code, lambda: _sizes(code), warnings),
        practices=_optional("payment, fraud and delivery practices", code, lambda: _practices(code), warnings),
        cultural_associations=_optional("colour and number associations", code, lambda: _associations(code), warnings),
        warnings=tuple(warnings),
    )
