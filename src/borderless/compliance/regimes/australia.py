"""Australia: Privacy Act 1988 (APPs), Spam Act, Australian Consumer Law."""

from __future__ import annotations

from borderless.compliance.regimes._build import fact, obligations, src

PRIVACY = src(
    "OAIC: Privacy Act 1988 and the Australian Privacy Principles (small business exemption under "
    "AUD 3 million turnover); Privacy and Other Legislation Amendment Act 2024",
    "https://www.oaic.gov.au/privacy/the-privacy-act",
)
NDB = src(
    "OAIC: Notifiable Data Breaches scheme (from 2018-02-22)",
    "https://www.oaic.gov.au/privacy/notifiable-data-breaches",
)
SPAM = src("ACMA: Spam Act 2003 (consent, identify, unsubscribe)", "https://www.acma.gov.au/spam")
ACL = src(
    "ACCC: consumer guarantees and component pricing under the Australian Consumer Law",
    "https://www.accc.gov.au/consumers/buying-products-and-services/consumer-rights-and-guarantees",
)

OBLIGATIONS = obligations(
    "AU",
    "Office of the Australian Information Commissioner (OAIC)",
    fact(
        "data-protection",
        "2014-03-12",
        None,
        "Privacy Act 1988 and the Australian Privacy Principles",
        PRIVACY,
        detail="Applies to businesses with turnover above AUD 3 million (and some smaller ones); 2024 "
        "amendments add a statutory tort (2025-06-10) and automated-decision transparency.",
    ),
    fact(
        "marketing-consent",
        "2004-04-10",
        None,
        "opt-in (express or inferred consent) for commercial email and SMS",
        SPAM,
        "secondary",
        model="opt-in",
    ),
    fact(
        "cookies",
        "2014-03-12",
        None,
        "no specific cookie consent law; disclose in the privacy policy",
        PRIVACY,
        model="none",
    ),
    fact(
        "transfers",
        "2014-03-12",
        None,
        "APP 8: take reasonable steps so overseas recipients comply; the sender stays accountable",
        PRIVACY,
    ),
    fact(
        "breach-notification",
        "2018-02-22",
        None,
        "assess within 30 days; notify the OAIC and individuals as soon as practicable for eligible breaches",
        NDB,
        "secondary",
    ),
    fact("withdrawal", "2011-01-01", None, "no general cooling-off period for online purchases", ACL),
    fact(
        "price-display",
        "2011-01-01",
        None,
        "single total price including GST and mandatory charges (component pricing)",
        ACL,
    ),
    fact(
        "guarantee",
        "2011-01-01",
        None,
        "consumer guarantees (acceptable quality) for a reasonable time, no fixed period",
        ACL,
    ),
)
