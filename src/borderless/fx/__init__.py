"""Dated exchange rates: ECB reference rates, cross rates through EUR and per-request overrides.

>>> from datetime import date
>>> from borderless.fx import load_default_rates
>>> quote = load_default_rates().rate("USD", "CAD", date(2025, 2, 25))
>>> quote.on, quote.via
(datetime.date(2025, 2, 25), 'EUR')
"""

from borderless.fx.ecb import (
    ECB_90D_URL,
    ECB_DAILY_URL,
    ECB_HIST_URL,
    ECB_TERMS,
    EcbFetchError,
    fetch_ecb,
    load_default_rates,
    parse_ecb_xml,
    rates_filename,
    save_rates,
    user_rates_dir,
)
from borderless.fx.rates import (
    ECB_SOURCE,
    MAX_TABLE_AGE_DAYS,
    OVERRIDE_SOURCE,
    SAME_CURRENCY_SOURCE,
    RateQuote,
    RateTable,
)

__all__ = [
    "ECB_90D_URL",
    "ECB_DAILY_URL",
    "ECB_HIST_URL",
    "ECB_SOURCE",
    "ECB_TERMS",
    "MAX_TABLE_AGE_DAYS",
    "OVERRIDE_SOURCE",
    "SAME_CURRENCY_SOURCE",
    "EcbFetchError",
    "RateQuote",
    "RateTable",
    "fetch_ecb",
    "load_default_rates",
    "parse_ecb_xml",
    "rates_filename",
    "save_rates",
    "user_rates_dir",
]
