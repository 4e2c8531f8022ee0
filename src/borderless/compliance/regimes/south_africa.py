"""South Africa: POPIA, ECT Act cooling-off, Consumer Protection Act."""

from __future__ import annotations

from borderless.compliance.regimes._build import fact, obligations, src

POPIA = src(
    "Information Regulator: Protection of Personal Information Act 4 of 2013 (commenced 2020-07-01, "
    "enforced from 2021-07-01)",
    "https://inforegulator.org.za/",
)
ECTA = src(
    "Electronic Communications and Transactions Act 25 of 2002, section 44 (cooling-off)",
    "https://www.gov.za/documents/electronic-communications-and-transactions-act",
)
CPA = src(
    "Consumer Protection Act 68 of 2008, section 56 (6-month implied warranty); National Consumer Commission",
    "https://thencc.org.za/",
)
VAT = src("Value-Added Tax Act 89 of 1991, section 65 (VAT-inclusive prices)", "https://www.sars.gov.za/")

OBLIGATIONS = obligations(
    "ZA",
    "Information Regulator",
    fact("data-protection", "2021-07-01", None, "POPIA", POPIA, "secondary"),
    fact(
        "marketing-consent",
        "2021-07-01",
        None,
        "opt-in for electronic direct marketing to non-customers; opt-out for existing customers (s.69)",
        POPIA,
        "secondary",
        model="mixed",
    ),
    fact(
        "cookies",
        "2021-07-01",
        None,
        "no specific cookie law; POPIA conditions apply to personal data",
        POPIA,
        model="none",
    ),
    fact("transfers", "2021-07-01", None, "s.72: adequate protection, consent or contract", POPIA, "secondary"),
    fact(
        "breach-notification",
        "2021-07-01",
        None,
        "as soon as reasonably possible to the Regulator (eServices portal) and data subjects",
        POPIA,
        "secondary",
    ),
    fact("withdrawal", "2002-08-30", None, "7 days cooling-off for electronic transactions", ECTA, "secondary", days=7),
    fact("price-display", "1991-09-30", None, "prices must include VAT", VAT, "secondary"),
    fact(
        "guarantee",
        "2011-04-01",
        None,
        "6-month implied warranty of quality: repair, replace or refund",
        CPA,
        "secondary",
        days=182,
    ),
)
