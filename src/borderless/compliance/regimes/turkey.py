"""Türkiye: KVKK (amended 2024), IYS for commercial messages, Distance Contracts Regulation."""

from __future__ import annotations

from borderless.compliance.regimes._build import fact, obligations, src

KVKK = src(
    "KVKK: Law No. 6698 on the Protection of Personal Data (amended by Law No. 7499, 2024-06-01)",
    "https://www.kvkk.gov.tr/",
)
IYS = src("Law No. 6563 on e-commerce and the Message Management System (İYS)", "https://iys.org.tr/")
BREACH = src("KVKK Board decision 2019/10: 72-hour breach notification", "https://www.kvkk.gov.tr/")
DISTANCE = src(
    "Regulation on Distance Contracts (2014) under Consumer Protection Law No. 6502", "https://www.mevzuat.gov.tr/"
)
PRICE = src(
    "Regulation on Price Labelling; Regulation on Unfair Price Practices; Law No. 6502 (2-year guarantee)",
    "https://www.ticaret.gov.tr/",
)

OBLIGATIONS = obligations(
    "TR",
    "Personal Data Protection Authority (KVKK)",
    fact(
        "data-protection",
        "2016-04-07",
        None,
        "KVKK (Law No. 6698)",
        KVKK,
        "secondary",
        detail="VERBIS registration for controllers above thresholds, including foreign controllers.",
    ),
    fact(
        "marketing-consent",
        "2015-05-01",
        None,
        "opt-in for commercial electronic messages, registered in İYS",
        IYS,
        model="opt-in",
    ),
    fact(
        "cookies",
        "2022-06-20",
        None,
        "explicit consent for non-essential cookies (KVKK cookie guide)",
        KVKK,
        model="opt-in",
    ),
    fact(
        "transfers",
        "2024-06-01",
        None,
        "adequacy, standard contracts (notify KVKK within 5 business days) or binding corporate rules",
        KVKK,
        "secondary",
    ),
    fact("breach-notification", "2019-01-24", None, "72 hours to the KVKK Board", BREACH, "secondary", hours=72),
    fact("withdrawal", "2015-02-27", None, "14 days from delivery", DISTANCE, "secondary", days=14),
    fact(
        "price-display",
        "2014-05-28",
        None,
        "tax-inclusive prices; discount claims checked against earlier prices",
        PRICE,
        "uncertain",
    ),
    fact("guarantee", "2014-05-28", None, "2-year legal guarantee for defective goods", PRICE, "secondary", days=730),
)
