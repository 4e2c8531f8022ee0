"""Singapore: PDPA (amended 2021), Spam Control Act, GST-inclusive prices, lemon law."""

from __future__ import annotations

from borderless.compliance.regimes._build import fact, obligations, src

PDPA = src(
    "PDPC: Personal Data Protection Act 2012 (mandatory breach notification from 2021-02-01)",
    "https://www.pdpc.gov.sg/",
)
SPAM = src("Spam Control Act 2007; PDPA Do Not Call provisions", "https://sso.agc.gov.sg/Act/SCA2007")
IRAS = src("IRAS: displaying and quoting prices (GST-inclusive)", "https://www.iras.gov.sg/")
CPFTA = src("CCCS: Consumer Protection (Fair Trading) Act (lemon law: 6 months)", "https://www.cccs.gov.sg/")

OBLIGATIONS = obligations(
    "SG",
    "Personal Data Protection Commission (PDPC)",
    fact("data-protection", "2014-07-02", None, "Personal Data Protection Act 2012", PDPA, "secondary"),
    fact(
        "marketing-consent",
        "2007-06-15",
        None,
        "opt-out for unsolicited commercial email with '<ADV>' label; Do Not Call registry checks for phone and SMS",
        SPAM,
        model="opt-out",
    ),
    fact(
        "cookies",
        "2014-07-02",
        None,
        "consent (incl. deemed consent) for cookies collecting personal data",
        PDPA,
        model="mixed",
    ),
    fact(
        "transfers",
        "2014-07-02",
        None,
        "Transfer Limitation Obligation: comparable protection (contracts, BCRs, APEC CBPR)",
        PDPA,
        "secondary",
    ),
    fact(
        "breach-notification",
        "2021-02-01",
        None,
        "3 calendar days to the PDPC after assessing a breach as notifiable",
        PDPA,
        "secondary",
        hours=72,
    ),
    fact(
        "withdrawal",
        "2009-03-01",
        None,
        "no general cooling-off for online purchases (only direct sales and timeshare)",
        CPFTA,
    ),
    fact(
        "price-display",
        "2009-03-01",
        None,
        "GST-registered businesses must show GST-inclusive prices",
        IRAS,
        "secondary",
    ),
    fact(
        "guarantee",
        "2012-09-01",
        None,
        "lemon law: defects within 6 months presumed at delivery; repair, replace, refund",
        CPFTA,
        "secondary",
        days=182,
    ),
)
