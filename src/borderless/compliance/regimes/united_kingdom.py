"""United Kingdom: UK GDPR and DPA 2018, PECR, Consumer Contracts Regulations, Price Marking Order."""

from __future__ import annotations

from borderless.compliance.regimes._build import fact, obligations, src

UKGDPR = src(
    "ICO: UK GDPR and Data Protection Act 2018", "https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/"
)
DUAA = src("Data (Use and Access) Act 2025", "https://www.legislation.gov.uk/ukpga/2025/18/contents")
PECR = src(
    "Privacy and Electronic Communications Regulations 2003, regulations 6 and 22",
    "https://www.legislation.gov.uk/uksi/2003/2426/contents",
)
TRANSFERS = src(
    "ICO: international transfers (IDTA, UK addendum, UK-US data bridge 2023-10-12)",
    "https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/international-transfers/",
)
CCR = src(
    "Consumer Contracts (Information, Cancellation and Additional Charges) Regulations 2013",
    "https://www.legislation.gov.uk/uksi/2013/3134/contents",
)
PMO = src(
    "Price Marking Order 2004; Digital Markets, Competition and Consumers Act 2024 (drip pricing)",
    "https://www.legislation.gov.uk/uksi/2004/102/contents",
)
CRA = src("Consumer Rights Act 2015, sections 19-24", "https://www.legislation.gov.uk/ukpga/2015/15/contents")

OBLIGATIONS = obligations(
    "GB",
    "Information Commissioner's Office (ICO)",
    fact(
        "data-protection",
        "2021-01-01",
        None,
        "UK GDPR and the Data Protection Act 2018 (amended by the Data (Use and Access) Act 2025)",
        UKGDPR,
        detail="Non-UK sellers targeting UK consumers appoint a UK representative; ICO data protection fee.",
        note="DUAA 2025 changes commence in stages",
    ),
    fact(
        "marketing-consent",
        "2003-12-11",
        None,
        "opt-in for email and SMS to individuals, soft opt-in for existing customers",
        PECR,
        "secondary",
        model="opt-in",
    ),
    fact(
        "cookies",
        "2011-05-26",
        None,
        "consent for non-essential cookies; DUAA 2025 exempts some analytics cookies with an opt-out",
        DUAA,
        model="opt-in",
    ),
    fact(
        "transfers",
        "2021-01-01",
        None,
        "restricted transfers need adequacy regulations, the IDTA or the UK addendum to EU SCCs",
        TRANSFERS,
    ),
    fact("breach-notification", "2018-05-25", None, "72 hours to the ICO", UKGDPR, "secondary", hours=72),
    fact("withdrawal", "2014-06-13", None, "14-day cancellation period from delivery", CCR, "secondary", days=14),
    fact(
        "price-display",
        "2004-07-01",
        None,
        "VAT-inclusive selling prices and unit prices; no drip pricing of mandatory fees (DMCC Act from 2025-04-06)",
        PMO,
    ),
    fact(
        "guarantee",
        "2015-10-01",
        None,
        "30-day right to reject faulty goods, then repair/replace; claims up to 6 years (5 in Scotland)",
        CRA,
        "secondary",
    ),
)
