"""Saudi Arabia: PDPL (enforced from 2024-09-14), E-Commerce Law, VAT-inclusive prices."""

from __future__ import annotations

from borderless.compliance.regimes._build import fact, obligations, src

PDPL = src(
    "SDAIA: Personal Data Protection Law (in force 2023-09-14, enforcement from 2024-09-14) and "
    "implementing regulations",
    "https://sdaia.gov.sa/",
)
TRANSFER = src("SDAIA: Regulation on Personal Data Transfer outside the Kingdom", "https://sdaia.gov.sa/")
ECOM = src("Ministry of Commerce: E-Commerce Law (2019) and implementing regulations", "https://mc.gov.sa/")
ZATCA = src("ZATCA: VAT-inclusive price display", "https://zatca.gov.sa/")

OBLIGATIONS = obligations(
    "SA",
    "Saudi Data and AI Authority (SDAIA)",
    fact("data-protection", "2024-09-14", None, "Personal Data Protection Law (PDPL)", PDPL, "secondary"),
    fact(
        "marketing-consent",
        "2024-09-14",
        None,
        "prior consent for direct marketing with an opt-out",
        PDPL,
        model="opt-in",
    ),
    fact(
        "cookies",
        "2024-09-14",
        None,
        "consent for non-essential tracking under the PDPL",
        PDPL,
        "uncertain",
        model="opt-in",
    ),
    fact(
        "transfers", "2024-09-14", None, "adequacy or safeguards (SCCs, BCRs) under the transfer regulation", TRANSFER
    ),
    fact("breach-notification", "2024-09-14", None, "72 hours to SDAIA", PDPL, "secondary", hours=72),
    fact(
        "withdrawal",
        "2019-07-01",
        None,
        "7 days to cancel after receiving goods, with exceptions",
        ECOM,
        "secondary",
        days=7,
    ),
    fact("price-display", "2018-01-01", None, "prices shown including VAT", ZATCA, "secondary"),
    fact("guarantee", "2019-07-01", None, "seller liability for defects and stated warranties", ECOM, "uncertain"),
)
