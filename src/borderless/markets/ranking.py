"""Market ranking: which markets to enter next, as a composite score with every input shown.

Each candidate market gets six components, each a raw ``value`` and a ``normalised`` score in 0..1
(1 = better for the merchant):

- ``demand``: reachable online demand = population x internet share x GDP per capita (PPP), in current
  international $; normalised on a log scale between the smallest and largest value over *all* bundled
  countries.
- ``friction``: duty + import tax + fees as a share of the goods' price, from the landed-cost engine, one
  quote per basket item (shipped alone, DDP, courier); normalised as ``1 - min(value, 1)``.
- ``logistics``: the World Bank LPI (1..5); normalised on the index's own scale, ``(lpi - 1) / 4``.
- ``cultural_distance``: Kogut-Singh index from the home market over the Hofstede dimensions both countries
  have (variances over all bundled countries); normalised as ``1 - KS / KS_max``, where ``KS_max`` is the
  largest distance from the home market to any bundled country.
- ``language_fit``: the largest CLDR population share of a language the merchant already sells in.
- ``seasonality``: for products tagged seasonal, the share of the coming three months that fall in their
  season in the market's hemisphere (tropics: summer goods always in season, winter goods never).

Every normalisation uses fixed reference bounds (the index's scale or the whole bundled dataset, never
the candidate set), so a market's score does not depend on which other markets are ranked: adding a market
never reorders the others. A component whose data is missing is shown with ``value: null`` and a warning
and is left out of that market's score; the other components' weights are re-normalised to sum to 1
(``weight`` in the output is the share actually used). No I/O here: pure functions over bundled data.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from types import MappingProxyType
from typing import Any, Final

from borderless.catalog import CatalogItem
from borderless.errors import BorderlessError, InputError, UnknownCountryError
from borderless.landed_cost import QuoteContext, default_context, quote
from borderless.landed_cost.request import Item, QuoteRequest
from borderless.markets.indicators import (
    HOFSTEDE_DIMENSIONS,
    CountryIndicators,
    Observation,
    country_indicators,
    load_indicators,
)
from borderless.money import Money
from borderless.rules import Source
from borderless.tariffs import validate_hs_code

__all__ = [
    "COMPONENTS",
    "DEFAULT_BASKET",
    "DEFAULT_WEIGHTS",
    "BasketItem",
    "Component",
    "MarketScore",
    "basket_from_catalog",
    "kogut_singh",
    "merchant_languages",
    "parse_weights",
    "rank_markets",
]

COMPONENTS: Final = ("demand", "friction", "logistics", "cultural_distance", "language_fit", "seasonality")
DEFAULT_WEIGHTS: Final[Mapping[str, Decimal]] = MappingProxyType(
    {
        "demand": Decimal("0.30"),
        "friction": Decimal("0.20"),
        "logistics": Decimal("0.15"),
        "cultural_distance": Decimal("0.10"),
        "language_fit": Decimal("0.15"),
        "seasonality": Decimal("0.10"),
    }
)
FRICTION_CEILING: Final = Decimal(1)
TROPIC_LATITUDE: Final = Decimal("23.44")
SEASON_WINDOW_MONTHS: Final = 3
MIN_SHARED_DIMENSIONS: Final = 2
MAX_QUOTE_WARNINGS: Final = 5
MIN_COVERAGE: Final = Decimal("0.5")
STALE_AFTER_YEARS: Final = 6
_FOUR: Final = Decimal("0.0001")
_ONE: Final = Decimal(1)
_ZERO: Final = Decimal(0)

# Northern-hemisphere months of each season; the southern hemisphere is shifted by six months.
_SEASON_MONTHS: Final[Mapping[str, frozenset[int]]] = MappingProxyType(
    {
        "spring": frozenset({3, 4, 5}),
        "summer": frozenset({6, 7, 8}),
        "autumn": frozenset({9, 10, 11}),
        "winter": frozenset({12, 1, 2}),
    }
)
_SEASON_TAGS: Final[Mapping[str, str]] = MappingProxyType(
    {
        **{name: name for name in _SEASON_MONTHS},
        **{f"seasonal:{name}": name for name in _SEASON_MONTHS},
        "fall": "autumn",
        "seasonal:fall": "autumn",
    }
)
# In the tropics there is no summer/winter to speak of: summer goods sell all year, winter goods do not.
_TROPICAL_FIT: Final[Mapping[str, Decimal]] = MappingProxyType(
    {"summer": _ONE, "winter": _ZERO, "spring": Decimal("0.5"), "autumn": Decimal("0.5")}
)


@dataclass(frozen=True, slots=True)
class BasketItem:
    """One product to price into each market: what the friction and seasonality components read."""

    sku: str
    title: str
    price: Money
    hs_code: str | None
    origin: str | None = None
    tags: tuple[str, ...] = ()

    @property
    def season(self) -> str | None:
        for tag in self.tags:
            season = _SEASON_TAGS.get(tag.strip().lower())
            if season is not None:
                return season
        return None


DEFAULT_BASKET: Final[tuple[BasketItem, ...]] = (
    BasketItem("DEFAULT-APPAREL", "Cotton T-shirt (apparel)", Money("25.00", "USD"), "610910"),
    BasketItem("DEFAULT-COSMETICS", "Lipstick (cosmetics)", Money("20.00", "USD"), "330410"),
    BasketItem("DEFAULT-ELECTRONICS", "USB charging cable (electronics accessory)", Money("15.00", "USD"), "854442"),
)


@dataclass(frozen=True, slots=True)
class Component:
    """One component of a market's score. ``value``/``normalised`` are ``None`` when the data is missing;
    ``weight`` is the share of the score it carries in this market (0 when missing), ``weight_configured``
    the merchant's weight normalised over all components."""

    name: str
    value: Decimal | None
    normalised: Decimal | None
    weight: Decimal
    weight_configured: Decimal
    inputs: Mapping[str, Any]
    sources: tuple[Source, ...]
    note: str = ""

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "value": _text(self.value),
            "normalised": _text(self.normalised),
            "weight": _text(self.weight),
            "weight_configured": _text(self.weight_configured),
            "inputs": dict(self.inputs),
            "sources": [source.to_json() for source in self.sources],
        }
        if self.note:
            data["note"] = self.note
        return data


@dataclass(frozen=True, slots=True)
class MarketScore:
    country: str
    name: str
    score: Decimal | None
    rank: int | None
    components: Mapping[str, Component]
    warnings: tuple[str, ...] = field(default=())
    coverage: Decimal = _ONE

    def to_json(self) -> dict[str, Any]:
        return {
            "country": self.country,
            "name": self.name,
            "score": _text(self.score),
            "rank": self.rank,
            "coverage": _text(self.coverage),
            "components": {name: component.to_json() for name, component in self.components.items()},
            "warnings": list(self.warnings),
        }


def _text(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


def _q(value: Decimal) -> Decimal:
    return value.quantize(_FOUR, ROUND_HALF_UP)


def _clip(value: Decimal) -> Decimal:
    return min(_ONE, max(_ZERO, value))


def _obs(observation: Observation | None) -> dict[str, Any] | None:
    return None if observation is None else {"value": format(observation.value, "f"), "year": observation.year}


# -- inputs --------------------------------------------------------------------------------------


def parse_weights(text: str | None) -> dict[str, Decimal]:
    """Parse ``KEY=VALUE,...`` into weights; keys not given keep their default. Raises InputError."""
    weights = dict(DEFAULT_WEIGHTS)
    if not text:
        return weights
    for part in text.split(","):
        if not part.strip():
            continue
        key, sep, raw = part.partition("=")
        key = key.strip()
        if not sep:
            raise InputError(f"expected KEY=VALUE, got {part.strip()!r}", field="weights")
        if key not in DEFAULT_WEIGHTS:
            raise InputError(f"unknown component {key!r}; known: {', '.join(COMPONENTS)}", field="weights")
        try:
            value = Decimal(raw.strip())
        except ArithmeticError:
            raise InputError(f"{key}: not a number: {raw.strip()!r}", field="weights") from None
        if not value.is_finite() or value < 0:
            raise InputError(f"{key}: weight must be zero or positive, got {raw.strip()!r}", field="weights")
        weights[key] = value
    if sum(weights.values(), _ZERO) == 0:
        raise InputError("at least one weight must be positive", field="weights")
    return weights


def basket_from_catalog(items: Iterable[CatalogItem]) -> tuple[BasketItem, ...]:
    """The catalog's variants as basket items (price, HS code, origin, product tags)."""
    return tuple(
        BasketItem(
            item.sku,
            item.title,
            item.variant.price,
            item.variant.hs_code,
            item.variant.country_of_origin,
            item.product.tags,
        )
        for item in items
    )


def merchant_languages(home: str, languages: Iterable[str] | None = None) -> tuple[str, ...]:
    """The languages the merchant sells in: the given ones, else the home market's official languages
    (the most spoken first)."""
    if languages is not None:
        chosen = tuple(dict.fromkeys(code.strip().replace("-", "_") for code in languages if code.strip()))
        if not chosen:
            raise InputError("give at least one language code", field="languages")
        for code in chosen:
            if not code.replace("_", "").isalpha():
                raise InputError(f"not a language code: {code!r}", field="languages")
        return chosen
    official = tuple(share.language for share in country_indicators(home).languages if share.official)
    return official or tuple(share.language for share in country_indicators(home).languages[:1])


def _base_language(code: str) -> str:
    return code.split("_")[0].lower()


# -- reference bounds over the whole bundled dataset ------------------------------------------------


def _demand(indicators: CountryIndicators) -> Decimal | None:
    if indicators.population is None or indicators.internet_users_pct is None or indicators.gdp_per_capita_ppp is None:
        return None
    return indicators.population.value * indicators.internet_users_pct.value / 100 * indicators.gdp_per_capita_ppp.value


@lru_cache(maxsize=1)
def _demand_log_bounds() -> tuple[Decimal, Decimal]:
    values = [value for value in map(_demand, load_indicators().values()) if value is not None and value > 0]
    return min(values).log10(), max(values).log10()


@lru_cache(maxsize=1)
def _hofstede_variances() -> Mapping[str, Decimal]:
    variances: dict[str, Decimal] = {}
    for dim in HOFSTEDE_DIMENSIONS:
        scores = [c.hofstede[dim].value for c in load_indicators().values() if dim in c.hofstede]
        mean = sum(scores, _ZERO) / len(scores)
        variances[dim] = sum(((s - mean) ** 2 for s in scores), _ZERO) / len(scores)
    return MappingProxyType(variances)


def kogut_singh(home: CountryIndicators, market: CountryIndicators) -> tuple[Decimal, tuple[str, ...]] | None:
    """Kogut & Singh (1988) cultural distance over the Hofstede dimensions both countries have:
    ``sum_d ((I_d,market - I_d,home)^2 / V_d) / n``. ``None`` when fewer than two dimensions are shared."""
    shared = tuple(dim for dim in HOFSTEDE_DIMENSIONS if dim in home.hofstede and dim in market.hofstede)
    if len(shared) < MIN_SHARED_DIMENSIONS:
        return None
    variances = _hofstede_variances()
    total = sum(((market.hofstede[d].value - home.hofstede[d].value) ** 2 / variances[d] for d in shared), _ZERO)
    return total / len(shared), shared


@lru_cache(maxsize=256)
def _max_distance(home: str) -> Decimal | None:
    origin = country_indicators(home)
    distances = [found[0] for c in load_indicators().values() if (found := kogut_singh(origin, c)) is not None]
    return max(distances) if distances else None


# -- components -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Raw:
    value: Decimal | None
    normalised: Decimal | None
    inputs: Mapping[str, Any]
    sources: tuple[Source, ...]
    note: str = ""
    warnings: tuple[str, ...] = ()


def _stale(on: date, **observations: Observation | None) -> tuple[str, ...]:
    return tuple(
        f"{name} is from {found.year}, over {STALE_AFTER_YEARS} years old"
        for name, found in observations.items()
        if found is not None and on.year - found.year > STALE_AFTER_YEARS
    )


def _demand_component(market: CountryIndicators, on: date) -> _Raw:
    sources = tuple(o.source for o in (market.population, market.internet_users_pct, market.gdp_per_capita_ppp) if o)
    inputs: dict[str, Any] = {
        "population": _obs(market.population),
        "internet_users_pct": _obs(market.internet_users_pct),
        "gdp_per_capita_ppp": _obs(market.gdp_per_capita_ppp),
    }
    value = _demand(market)
    if value is None:
        missing = [name for name, found in inputs.items() if found is None]
        return _Raw(None, None, inputs, sources, warnings=(f"demand missing: no {', '.join(missing)} data",))
    low, high = _demand_log_bounds()
    normalised = _clip((value.log10() - low) / (high - low)) if value > 0 else _ZERO
    inputs["log10_bounds_all_countries"] = [format(_q(low), "f"), format(_q(high), "f")]
    stale = _stale(
        on,
        population=market.population,
        internet_users_pct=market.internet_users_pct,
        gdp_per_capita_ppp=market.gdp_per_capita_ppp,
    )
    return _Raw(
        value.quantize(_ONE, ROUND_HALF_UP),
        _q(normalised),
        inputs,
        sources,
        note="population x internet share x GDP per capita PPP (current international $)",
        warnings=stale,
    )


def _logistics_component(market: CountryIndicators, on: date) -> _Raw:
    if market.lpi is None:
        return _Raw(None, None, {"lpi": None}, (), warnings=("logistics missing: no LPI score",))
    normalised = _clip((market.lpi.value - 1) / 4)
    return _Raw(
        market.lpi.value,
        _q(normalised),
        {"lpi": _obs(market.lpi)},
        (market.lpi.source,),
        note="World Bank LPI, 1 (low) to 5 (high)",
        warnings=_stale(on, lpi=market.lpi),
    )


def _culture_component(home: CountryIndicators, market: CountryIndicators) -> _Raw:
    found = kogut_singh(home, market)
    sources = tuple({o.source for o in (*home.hofstede.values(), *market.hofstede.values())})
    if found is None:
        who = home.country if len(home.hofstede) < MIN_SHARED_DIMENSIONS else market.country
        return _Raw(
            None,
            None,
            {"dimensions": []},
            sources,
            warnings=(f"cultural distance missing: too few Hofstede dimensions for {who}",),
        )
    distance, shared = found
    ceiling = _max_distance(home.country) or _ONE
    normalised = _clip(_ONE - distance / ceiling) if ceiling else _ONE
    warnings: tuple[str, ...] = ()
    if len(shared) < 4:
        warnings = (f"cultural distance uses only {len(shared)} Hofstede dimension(s): {', '.join(shared)}",)
    inputs = {
        "dimensions": list(shared),
        "home": {d: format(home.hofstede[d].value, "f") for d in shared},
        "market": {d: format(market.hofstede[d].value, "f") for d in shared},
        "max_distance_from_home": format(_q(ceiling), "f"),
    }
    return _Raw(
        _q(distance), _q(normalised), inputs, sources, note="Kogut-Singh index (0 = same culture)", warnings=warnings
    )


def _language_component(market: CountryIndicators, languages: tuple[str, ...]) -> _Raw:
    cldr = load_indicators()[market.country]
    from borderless.markets.indicators import indicator_sources

    source = indicator_sources()["cldr"].source
    if not cldr.languages:
        return _Raw(
            None,
            None,
            {"merchant_languages": list(languages)},
            (source,),
            warnings=("language fit missing: CLDR has no language data",),
        )
    wanted = {_base_language(code) for code in languages}
    matches = [share for share in market.languages if _base_language(share.language) in wanted]
    best = max((share.share for share in matches), default=_ZERO)
    inputs = {
        "merchant_languages": list(languages),
        "matching": {share.language: format(share.share, "f") for share in matches},
    }
    return _Raw(
        best,
        _q(_clip(best)),
        inputs,
        (source,),
        note="largest CLDR speaker share of a language you sell in (shares overlap)",
    )


def _season_fit(season: str, latitude: Decimal, on: date) -> Decimal:
    if abs(latitude) < TROPIC_LATITUDE:
        return _TROPICAL_FIT[season]
    months = _SEASON_MONTHS[season]
    shift = 0 if latitude >= 0 else 6
    window = [((on.month - 1 + offset) % 12) + 1 for offset in range(SEASON_WINDOW_MONTHS)]
    hits = sum(1 for month in window if ((month - 1 + shift) % 12) + 1 in months)
    return Decimal(hits) / SEASON_WINDOW_MONTHS


def _seasonality_component(market: CountryIndicators, seasonal: Mapping[str, int], on: date) -> _Raw:
    if not seasonal:
        return _Raw(
            None,
            None,
            {"seasonal_products": 0},
            (),
            note="not applicable: no product is tagged seasonal (summer, winter, seasonal:summer, ...)",
        )
    latitude = market.capital_latitude
    inputs: dict[str, Any] = {
        "seasonal_products": dict(seasonal),
        "on": on.isoformat(),
        "window_months": SEASON_WINDOW_MONTHS,
    }
    if latitude is None:
        return _Raw(None, None, inputs, (), warnings=("seasonality missing: no latitude for this country",))
    hemisphere = "tropics" if abs(latitude.value) < TROPIC_LATITUDE else ("north" if latitude.value >= 0 else "south")
    inputs["capital_latitude"] = format(latitude.value, "f")
    inputs["hemisphere"] = hemisphere
    total = sum(seasonal.values())
    value = sum((_season_fit(season, latitude.value, on) * count for season, count in seasonal.items()), _ZERO) / total
    return _Raw(
        _q(value),
        _q(value),
        inputs,
        (latitude.source,),
        note="share of the next months in season for your seasonal products",
    )


# -- friction (landed-cost engine) -----------------------------------------------------------------


def _price_band(amount: Decimal) -> Decimal:
    """The price rounded to two significant digits: quotes are shared by items in the same band."""
    if amount <= 0:
        return amount
    exponent = amount.adjusted() - 1
    return amount.scaleb(-exponent).quantize(_ONE, ROUND_HALF_UP).scaleb(exponent)


@dataclass(frozen=True, slots=True)
class _ItemFriction:
    share: Decimal | None
    duty: Decimal
    tax: Decimal
    fees: Decimal
    sources: tuple[Source, ...]
    warnings: tuple[str, ...]


class _FrictionQuoter:
    """Quotes each distinct (destination, HS code, origin, currency, price band) once."""

    def __init__(self, home: str, on: date, context: QuoteContext) -> None:
        self.home = home
        self.on = on
        self.context = context
        self.cache: dict[tuple[str, str | None, str | None, str, Decimal], _ItemFriction] = {}

    def item(self, destination: str, item: BasketItem) -> _ItemFriction:
        band = _price_band(item.price.amount)
        origin = None if item.origin == self.home else item.origin
        key = (destination, item.hs_code, origin, item.price.currency, band)
        found = self.cache.get(key)
        if found is None:
            found = self.cache[key] = self._quote(destination, item, band)
        return found

    def _quote(self, destination: str, item: BasketItem, band: Decimal) -> _ItemFriction:
        try:
            hs = validate_hs_code(item.hs_code, field="hs_code") if item.hs_code else None
            request = QuoteRequest(
                self.on,
                self.home,
                destination,
                None,
                item.price.currency,
                "DDP",
                "courier",
                (Item(item.sku, item.title, hs, band, 1, None, item.origin, None),),
                _ZERO,
                _ZERO,
                frozenset(),
                {},
                None,
            )
            answer = quote(request, self.context)
        except BorderlessError as error:
            return _ItemFriction(None, _ZERO, _ZERO, _ZERO, (), (f"{item.sku}: cannot quote: {error}",))
        goods = sum((ln.amount.amount for ln in answer.lines if ln.kind == "goods" and ln.amount is not None), _ZERO)
        sources = tuple(
            dict.fromkeys(
                ln.period.source
                for ln in answer.lines
                if ln.kind in ("duty", "tax", "fee") and ln.period is not None and ln.period.source.url
            )
        )
        warnings = tuple(w for w in answer.warnings if not w.startswith("exchange rate "))
        if not answer.complete or goods <= 0:
            reason = "a duty rate is unknown" if not answer.complete else "no goods value"
            return _ItemFriction(
                None, _ZERO, _ZERO, _ZERO, sources, (f"{item.sku}: friction unknown ({reason})", *warnings)
            )
        return _ItemFriction(
            (answer.duty.amount + answer.taxes.amount + answer.fees.amount) / goods,
            answer.duty.amount / goods,
            answer.taxes.amount / goods,
            answer.fees.amount / goods,
            sources,
            warnings,
        )


def _friction_component(
    market: CountryIndicators, basket: Sequence[BasketItem], quoter: _FrictionQuoter | None, has_rules: bool
) -> _Raw:
    if not has_rules or quoter is None:
        return _Raw(
            None,
            None,
            {"items": len(basket)},
            (),
            warnings=(
                f"friction missing: no landed-cost rules for {market.country}; its weight is "
                "spread over the other components",
            ),
        )
    known: list[_ItemFriction] = []
    unknown = 0
    sources: dict[Source, None] = {}
    warnings: dict[str, None] = {}
    for item in basket:
        result = quoter.item(market.country, item)
        sources.update(dict.fromkeys(result.sources))
        warnings.update(dict.fromkeys(result.warnings))
        if result.share is None:
            unknown += 1
        else:
            known.append(result)
    inputs: dict[str, Any] = {
        "items_quoted": len(known),
        "items_unknown": unknown,
        "assumptions": "each item shipped alone from the home market, DDP, courier, "
        "no shipping charge; price rounded to 2 significant digits",
    }
    kept = list(warnings)[:MAX_QUOTE_WARNINGS]
    if len(warnings) > MAX_QUOTE_WARNINGS:
        kept.append(f"... and {len(warnings) - MAX_QUOTE_WARNINGS} more landed-cost warning(s)")
    if not known:
        return _Raw(
            None, None, inputs, tuple(sources), warnings=("friction missing: no basket item could be quoted", *kept)
        )
    count = Decimal(len(known))
    value = sum((r.share for r in known if r.share is not None), _ZERO) / count
    inputs["duty_share"] = format(_q(sum((r.duty for r in known), _ZERO) / count), "f")
    inputs["tax_share"] = format(_q(sum((r.tax for r in known), _ZERO) / count), "f")
    inputs["fee_share"] = format(_q(sum((r.fees for r in known), _ZERO) / count), "f")
    if unknown:
        kept.insert(0, f"friction from {len(known)} of {len(basket)} item(s); {unknown} could not be quoted")
    normalised = _ONE - min(value, FRICTION_CEILING) / FRICTION_CEILING
    return _Raw(
        _q(value),
        _q(normalised),
        inputs,
        tuple(sources),
        note="mean share of the price paid in duty, import tax and fees",
        warnings=tuple(kept),
    )


# -- ranking ---------------------------------------------------------------------------------------


def _validate(code: object, *, field: str) -> str:
    if not isinstance(code, str):
        raise UnknownCountryError(code, field=field)
    try:
        return country_indicators(code.strip()).country
    except UnknownCountryError:
        raise UnknownCountryError(code, field=field) from None


def rank_markets(
    home: str,
    *,
    candidates: Iterable[str] | None = None,
    basket: Iterable[CatalogItem] | Iterable[BasketItem] | None = None,
    weights: Mapping[str, Decimal] | None = None,
    on: date,
    languages: Iterable[str] | None = None,
    context: QuoteContext | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> list[MarketScore]:
    """Score and rank candidate markets for a merchant in ``home``.

    ``candidates``: ISO codes (default: every bundled country except ``home``); ``basket``: catalog items
    or basket items (default :data:`DEFAULT_BASKET`); ``weights``: per component (default
    :data:`DEFAULT_WEIGHTS`, unknown keys rejected); ``on``: the date for quotes and seasons;
    ``languages``: the merchant's selling languages (default: the home market's official languages);
    ``on_progress(done, total)`` is called after each market (for a shell's progress bar).
    Markets with a score come first, best first; ties are broken by country code."""
    home_code = _validate(home, field="from")
    home_data = country_indicators(home_code)
    chosen = dict(DEFAULT_WEIGHTS)
    if weights is not None:
        for key, value in weights.items():
            if key not in DEFAULT_WEIGHTS:
                raise InputError(f"unknown component {key!r}; known: {', '.join(COMPONENTS)}", field="weights")
            if not isinstance(value, Decimal) or not value.is_finite() or value < 0:
                raise InputError(f"{key}: weight must be a Decimal >= 0", field="weights")
            chosen[key] = value
    total_weight = sum(chosen.values(), _ZERO)
    if total_weight == 0:
        raise InputError("at least one weight must be positive", field="weights")
    configured = {key: value / total_weight for key, value in chosen.items()}
    if candidates is None:
        codes = [code for code in load_indicators() if code != home_code]
    else:
        codes = list(dict.fromkeys(_validate(code, field="markets") for code in candidates))
    items: tuple[BasketItem, ...]
    if basket is None:
        items = DEFAULT_BASKET
    else:
        items = tuple(entry if isinstance(entry, BasketItem) else basket_from_catalog((entry,))[0] for entry in basket)
        if not items:
            raise InputError("the catalog has no products to rank markets for", field="catalog")
    selling = merchant_languages(home_code, languages)
    seasonal: dict[str, int] = {}
    for item in items:
        if item.season is not None:
            seasonal[item.season] = seasonal.get(item.season, 0) + 1
    context = context or default_context()
    quoter = _FrictionQuoter(home_code, on, context) if chosen["friction"] > 0 else None
    scores: list[MarketScore] = []
    for code in codes:
        scores.append(
            _score(country_indicators(code), home_data, items, quoter, context, configured, selling, seasonal, on)
        )
        if on_progress is not None:
            on_progress(len(scores), len(codes))
    ranked = sorted((s for s in scores if s.score is not None), key=lambda s: (-(s.score or _ZERO), s.country))
    unranked = sorted((s for s in scores if s.score is None), key=lambda s: s.country)
    return [
        MarketScore(s.country, s.name, s.score, index, s.components, s.warnings, s.coverage)
        for index, s in enumerate(ranked, start=1)
    ] + unranked


def _score(
    market: CountryIndicators,
    home: CountryIndicators,
    items: Sequence[BasketItem],
    quoter: _FrictionQuoter | None,
    context: QuoteContext,
    configured: Mapping[str, Decimal],
    languages: tuple[str, ...],
    seasonal: Mapping[str, int],
    on: date,
) -> MarketScore:
    raws: dict[str, _Raw] = {
        "demand": _demand_component(market, on),
        "friction": _friction_component(market, items, quoter, market.country in context.markets),
        "logistics": _logistics_component(market, on),
        "cultural_distance": _culture_component(home, market),
        "language_fit": _language_component(market, languages),
        "seasonality": _seasonality_component(market, seasonal, on),
    }
    available = {name: raw for name, raw in raws.items() if raw.normalised is not None and configured[name] > 0}
    weight_sum = sum((configured[name] for name in available), _ZERO)
    applicable = sum((configured[n] for n, raw in raws.items() if not raw.note.startswith("not applicable")), _ZERO)
    coverage = _q(weight_sum / applicable) if applicable > 0 else _ZERO
    warnings: list[str] = []
    components: dict[str, Component] = {}
    score: Decimal | None = None
    if coverage < MIN_COVERAGE:
        weight_sum = _ZERO
        warnings.append(
            f"not scored: data for only {coverage * 100:.0f} % of the weight (at least {MIN_COVERAGE * 100:.0f} % "
            "needed)"
        )
    if weight_sum > 0:
        score = _q(sum((configured[n] * (raw.normalised or _ZERO) for n, raw in available.items()), _ZERO) / weight_sum)
    for name in COMPONENTS:
        raw = raws[name]
        weight = _q(configured[name] / weight_sum) if name in available and weight_sum > 0 else _ZERO
        if configured[name] > 0:
            warnings.extend(raw.warnings)
        components[name] = Component(
            name,
            raw.value,
            raw.normalised,
            weight,
            _q(configured[name]),
            MappingProxyType(dict(raw.inputs)),
            raw.sources,
            raw.note,
        )
    return MarketScore(
        market.country, market.name, score, None, MappingProxyType(components), tuple(warnings), coverage
    )
