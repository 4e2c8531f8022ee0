"""China: PIPL, cross-border data rules, Consumer Rights Protection Law."""

from __future__ import annotations

from borderless.compliance.regimes._build import fact, obligations, src

PIPL = src("Personal Information Protection Law of the PRC (in force 2021-11-01); CAC", "https://www.cac.gov.cn/")
CROSS = src(
    "CAC: Measures for standard contracts (2023-06-01) and Provisions on promoting and regulating "
    "cross-border data flows (2024-03-22)",
    "https://www.cac.gov.cn/",
)
AD = src("Advertising Law art. 43: consent for electronic advertising", "https://www.samr.gov.cn/")
CRPL = src(
    "Consumer Rights Protection Law art. 25 (7-day no-reason return for distance sales)", "https://www.samr.gov.cn/"
)
INCIDENT = src("CAC: Measures for reporting national cybersecurity incidents (2025-11-01)", "https://www.cac.gov.cn/")

OBLIGATIONS = obligations(
    "CN",
    "Cyberspace Administration of China (CAC)",
    fact(
        "data-protection",
        "2021-11-01",
        None,
        "PIPL",
        PIPL,
        "secondary",
        detail="Separate consent for sensitive data and transfers; local representative for foreign processors.",
    ),
    fact("marketing-consent", "2015-09-01", None, "opt-in for electronic advertising", AD, model="opt-in"),
    fact("cookies", "2021-11-01", None, "consent for non-essential tracking under PIPL", PIPL, model="opt-in"),
    fact(
        "transfers",
        "2024-03-22",
        None,
        "CAC security assessment, standard contract filing or certification above thresholds; localisation for CIIOs",
        CROSS,
    ),
    fact(
        "breach-notification",
        "2021-11-01",
        None,
        "notify the authorities and individuals immediately; major "
        "incidents within hours under the 2025 reporting measures",
        INCIDENT,
        "uncertain",
    ),
    fact(
        "withdrawal",
        "2014-03-15",
        None,
        "7 days no-reason return for online purchases (exceptions for custom, perishable and digital goods)",
        CRPL,
        "secondary",
        days=7,
    ),
    fact("price-display", "2014-03-15", None, "clearly marked prices including all charges", CRPL, "uncertain"),
    fact(
        "guarantee",
        "2014-03-15",
        None,
        "'three guarantees' (repair, replacement, return) for defective goods; periods set per product",
        CRPL,
        "uncertain",
    ),
)
