"""United States: no federal privacy law; CCPA/CPRA and other state laws, CAN-SPAM, FTC rules."""

from __future__ import annotations

from borderless.compliance.regimes._build import fact, obligations, src

CCPA = src(
    "California Consumer Privacy Act as amended by the CPRA (Cal. Civ. Code 1798.100 et seq.); CPPA regulations",
    "https://cppa.ca.gov/regulations/",
)
STATES = src(
    "IAPP US State Privacy Legislation Tracker (VA, CO, CT, UT, TX, OR, MT and later state laws)",
    "https://iapp.org/resources/article/us-state-privacy-legislation-tracker/",
)
CANSPAM = src(
    "FTC: CAN-SPAM Act: a compliance guide for business",
    "https://www.ftc.gov/business-guidance/resources/can-spam-act-compliance-guide-business",
)
BREACH = src(
    "California Civil Code 1798.82 (breach notification; 30-day deadline from 2026 under SB 446); "
    "NCSL state breach laws",
    "https://leginfo.legislature.ca.gov/",
)
DOJ = src(
    "DOJ rule on access to Americans' bulk sensitive data by countries of concern (28 CFR Part 202)",
    "https://www.justice.gov/nsd/data-security",
)
MAILORDER = src(
    "FTC Mail, Internet, or Telephone Order Merchandise Rule (16 CFR Part 435)",
    "https://www.ftc.gov/legal-library/browse/rules/mail-internet-or-telephone-order-merchandise-rule",
)
MAGNUSON = src(
    "FTC: Businessperson's guide to federal warranty law (Magnuson-Moss Warranty Act)",
    "https://www.ftc.gov/business-guidance/resources/businesspersons-guide-federal-warranty-law",
)
FEES = src(
    "FTC Rule on Unfair or Deceptive Fees (16 CFR Part 464), effective 2025-05-12, live-event tickets "
    "and short-term lodging",
    "https://www.ftc.gov/legal-library/browse/rules/rule-unfair-or-deceptive-fees",
)

OBLIGATIONS = obligations(
    "US",
    "FTC / state attorneys general / California Privacy Protection Agency",
    fact("data-protection", "2020-01-01", "2023-01-01", "no federal privacy law; CCPA in California", CCPA),
    fact(
        "data-protection",
        "2023-01-01",
        None,
        "no federal privacy law; CCPA/CPRA (California) and about 20 "
        "state laws (Virginia, Colorado, Connecticut, Texas, Oregon...)",
        STATES,
        detail="Thresholds differ by state (e.g. CCPA: USD 25m+ revenue or 100k consumers); privacy notice, "
        "opt-out of sale/sharing and targeted advertising, honour Global Privacy Control.",
    ),
    fact(
        "marketing-consent",
        "2004-01-01",
        None,
        "opt-out for commercial email (CAN-SPAM)",
        CANSPAM,
        "secondary",
        model="opt-out",
        detail="Identify the message as an ad, give a physical address and a working "
        "unsubscribe honoured within 10 business days; SMS needs prior express consent (TCPA).",
    ),
    fact(
        "cookies",
        "2023-01-01",
        None,
        "no general consent requirement; opt-out of sale/sharing and targeted "
        "advertising under state laws (Global Privacy Control)",
        CCPA,
        model="opt-out",
    ),
    fact(
        "transfers",
        "2025-04-08",
        None,
        "no general transfer restriction; bulk sensitive data may not go to countries of concern (DOJ rule)",
        DOJ,
    ),
    fact(
        "breach-notification",
        "2018-04-01",
        None,
        "all 50 states require notice; California: within 30 days from 2026",
        BREACH,
        "uncertain",
        detail="Deadlines vary by state (e.g. 30-60 days); notify state attorneys general above thresholds.",
    ),
    fact(
        "withdrawal",
        "1976-01-01",
        None,
        "no statutory right to withdraw from online purchases; ship within "
        "the stated time or 30 days (Mail Order Rule)",
        MAILORDER,
        "secondary",
    ),
    fact(
        "price-display",
        "2025-05-12",
        None,
        "prices are usually shown before sales tax; total-price rule only "
        "for live-event tickets and short-term lodging",
        FEES,
    ),
    fact(
        "guarantee",
        "1975-07-04",
        None,
        "no mandatory warranty period; implied warranties under state law, written warranties per Magnuson-Moss",
        MAGNUSON,
    ),
)
