"""Thailand: PDPA B.E. 2562, Direct Sales and Direct Marketing Act."""

from __future__ import annotations

from borderless.compliance.regimes._build import fact, obligations, src

PDPA = src(
    "Personal Data Protection Act B.E. 2562 (fully in force 2022-06-01); PDPC Thailand", "https://www.pdpc.or.th/"
)
DSDM = src(
    "Direct Sales and Direct Marketing Act B.E. 2545 (as amended 2017): 7-day cancellation; OCPB",
    "https://www.ocpb.go.th/",
)
PRICE = src(
    "Price of Goods and Services Act B.E. 2542 (price labelling); Department of Internal Trade",
    "https://www.dit.go.th/",
)

OBLIGATIONS = obligations(
    "TH",
    "Personal Data Protection Committee (PDPC)",
    fact("data-protection", "2022-06-01", None, "PDPA B.E. 2562", PDPA, "secondary"),
    fact(
        "marketing-consent", "2022-06-01", None, "consent for direct marketing; right to object", PDPA, model="opt-in"
    ),
    fact("cookies", "2022-06-01", None, "consent for non-essential cookies (PDPC guidance)", PDPA, model="opt-in"),
    fact(
        "transfers",
        "2022-06-01",
        None,
        "adequate destination or safeguards (BCRs, contracts) under section 28-29",
        PDPA,
    ),
    fact("breach-notification", "2022-06-01", None, "72 hours to the PDPC unless no risk", PDPA, "secondary", hours=72),
    fact(
        "withdrawal",
        "2017-01-01",
        None,
        "7 days to cancel direct-marketing (incl. online) purchases",
        DSDM,
        "secondary",
        days=7,
    ),
    fact(
        "price-display", "1999-01-01", None, "prices clearly labelled, VAT-inclusive for consumers", PRICE, "uncertain"
    ),
    fact(
        "guarantee",
        "2008-01-01",
        None,
        "liability for defects under the Civil and Commercial Code; no fixed consumer guarantee period",
        PRICE,
        "uncertain",
    ),
)
