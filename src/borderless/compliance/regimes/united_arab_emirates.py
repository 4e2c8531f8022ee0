"""United Arab Emirates: Federal PDPL (2022), Consumer Protection Law, VAT-inclusive prices."""

from __future__ import annotations

from borderless.compliance.regimes._build import fact, obligations, src

PDPL = src(
    "Federal Decree-Law No. 45 of 2021 on the Protection of Personal Data (in force 2022-01-02; executive "
    "regulations pending)",
    "https://uaelegislation.gov.ae/",
)
CONSUMER = src(
    "Federal Law No. 15 of 2020 on Consumer Protection; Federal Decree-Law No. 14 of 2023 on modern "
    "technology trade (e-commerce)",
    "https://www.moec.gov.ae/",
)
FTA = src("Federal Tax Authority: VAT-inclusive price display", "https://tax.gov.ae/")
TDRA = src("TDRA: regulations on unsolicited electronic communications (spam)", "https://tdra.gov.ae/")

OBLIGATIONS = obligations(
    "AE",
    "UAE Data Office",
    fact(
        "data-protection",
        "2022-01-02",
        None,
        "Federal PDPL (DIFC and ADGM have their own laws)",
        PDPL,
        "secondary",
        note="enforcement awaits executive regulations",
    ),
    fact(
        "marketing-consent",
        "2010-01-01",
        None,
        "opt-in for marketing messages (TDRA spam rules)",
        TDRA,
        "uncertain",
        model="opt-in",
    ),
    fact(
        "cookies",
        "2022-01-02",
        None,
        "consent under the PDPL; no specific cookie rules",
        PDPL,
        "uncertain",
        model="opt-in",
    ),
    fact("transfers", "2022-01-02", None, "adequate countries or safeguards per the PDPL", PDPL, "uncertain"),
    fact(
        "breach-notification",
        "2022-01-02",
        None,
        "notify the Data Office promptly (timeline set by the pending regulations)",
        PDPL,
        "uncertain",
    ),
    fact(
        "withdrawal",
        "2021-01-01",
        None,
        "no general statutory withdrawal for online purchases; returns per the "
        "seller's stated policy and defective-goods rules",
        CONSUMER,
        "uncertain",
    ),
    fact("price-display", "2018-01-01", None, "prices shown including VAT", FTA, "secondary"),
    fact(
        "guarantee",
        "2021-01-01",
        None,
        "suppliers must honour warranties and repair or replace defective goods",
        CONSUMER,
        "uncertain",
    ),
)
