"""Switzerland: revised Federal Act on Data Protection (nFADP), UWG, Price Disclosure Ordinance."""

from __future__ import annotations

from borderless.compliance.regimes._build import fact, obligations, src

FADP = src("Federal Act on Data Protection (FADP, SR 235.1), in force 2023-09-01; FDPIC", "https://www.edoeb.admin.ch/")
UWG = src(
    "Unfair Competition Act (UWG) art. 3(1)(o): mass advertising by telecommunication",
    "https://www.fedlex.admin.ch/eli/cc/1988/223_223_223/en",
)
PBV = src("Price Disclosure Ordinance (PBV, SR 942.211)", "https://www.fedlex.admin.ch/eli/cc/1978/2081_2081_2081/en")
OR = src(
    "Code of Obligations art. 40a ff. (revocation) and art. 210 (2-year warranty for consumer goods)",
    "https://www.fedlex.admin.ch/eli/cc/27/317_321_377/en",
)

OBLIGATIONS = obligations(
    "CH",
    "Federal Data Protection and Information Commissioner (FDPIC)",
    fact(
        "data-protection",
        "2023-09-01",
        None,
        "revised Federal Act on Data Protection (nFADP)",
        FADP,
        "secondary",
        detail="Privacy notice, records, DPIA; Swiss representative for foreign controllers processing at scale.",
    ),
    fact(
        "marketing-consent",
        "2012-04-01",
        None,
        "opt-in for mass email, with an existing-customer exception and an easy opt-out",
        UWG,
        model="opt-in",
    ),
    fact(
        "cookies",
        "2023-09-01",
        None,
        "information and opt-out; consent only for sensitive or high-risk profiling",
        FADP,
        model="opt-out",
    ),
    fact(
        "transfers",
        "2023-09-01",
        None,
        "countries on the Federal Council's adequacy list (incl. US via the "
        "Swiss-US DPF from 2024-09-15) or safeguards such as SCCs",
        FADP,
    ),
    fact(
        "breach-notification",
        "2023-09-01",
        None,
        "as soon as possible to the FDPIC when the breach is likely to lead to a high risk",
        FADP,
        "secondary",
    ),
    fact(
        "withdrawal",
        "2013-01-01",
        None,
        "no general right of withdrawal for online purchases (only door-to-door and telephone sales)",
        OR,
    ),
    fact(
        "price-display",
        "1978-12-11",
        None,
        "prices in CHF including VAT and all non-optional charges; unit prices for measurable goods",
        PBV,
    ),
    fact(
        "guarantee",
        "2013-01-01",
        None,
        "2-year warranty for consumer goods, but it may be limited or excluded by contract",
        OR,
        days=730,
    ),
)
