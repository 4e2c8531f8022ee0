"""India: DPDP Act 2023 (rules phased in from 2025-11-13), IT Act SPDI Rules until then, CERT-In,
Consumer Protection (E-Commerce) Rules, Legal Metrology."""

from __future__ import annotations

from borderless.compliance.regimes._build import fact, obligations, src

DPDP = src(
    "Digital Personal Data Protection Act, 2023 and DPDP Rules, 2025 (notified 2025-11-13/14, main "
    "obligations after 18 months)",
    "https://www.meity.gov.in/data-protection-framework",
)
SPDI = src(
    "Information Technology (Reasonable Security Practices and Procedures and Sensitive Personal Data or "
    "Information) Rules, 2011",
    "https://www.meity.gov.in/",
)
CERTIN = src(
    "CERT-In Directions of 28 April 2022 (report cyber incidents within 6 hours)", "https://www.cert-in.org.in/"
)
ECOM = src("Consumer Protection (E-Commerce) Rules, 2020", "https://consumeraffairs.nic.in/")
LEGAL_METROLOGY = src(
    "Legal Metrology (Packaged Commodities) Rules, 2011: MRP inclusive of all taxes, unit sale price",
    "https://consumeraffairs.nic.in/",
)
TRAI = src("TRAI Telecom Commercial Communications Customer Preference Regulations, 2018", "https://www.trai.gov.in/")

OBLIGATIONS = obligations(
    "IN",
    "Data Protection Board of India / MeitY",
    fact(
        "data-protection",
        "2011-04-11",
        "2027-05-13",
        "IT Act 2000 s.43A and the SPDI Rules 2011; DPDP Act 2023 obligations phase in (Board set up 2025-11-13)",
        SPDI,
        "secondary",
        note="DPDP Rules 2025: most obligations apply 18 months after notification",
    ),
    fact("data-protection", "2027-05-13", None, "Digital Personal Data Protection Act, 2023", DPDP, "uncertain"),
    fact(
        "marketing-consent",
        "2018-07-19",
        None,
        "commercial calls and SMS need registered headers and customer preferences (DND); no specific email law",
        TRAI,
        model="opt-out",
    ),
    fact(
        "cookies",
        "2011-04-11",
        None,
        "no specific cookie law; consent for sensitive data (DPDP consent notices once in force)",
        SPDI,
        "uncertain",
        model="none",
    ),
    fact(
        "transfers",
        "2023-08-11",
        None,
        "transfers allowed except to countries the government restricts "
        "(DPDP s.16); sector rules (RBI payment data localisation)",
        DPDP,
    ),
    fact(
        "breach-notification",
        "2022-06-28",
        None,
        "6 hours to CERT-In for cyber incidents; DPDP adds 72 hours to the Board once in force",
        CERTIN,
        "secondary",
        hours=6,
    ),
    fact(
        "withdrawal",
        "2020-07-23",
        None,
        "no statutory withdrawal period; the returns, refund and exchange policy must be displayed",
        ECOM,
    ),
    fact(
        "price-display",
        "2011-04-01",
        None,
        "MRP inclusive of all taxes, unit sale price, country of origin shown on listings",
        LEGAL_METROLOGY,
    ),
    fact(
        "guarantee",
        "2020-07-23",
        None,
        "warranty terms must be displayed; no fixed statutory guarantee",
        ECOM,
        "uncertain",
    ),
)
