"""Norway: GDPR through the EEA, marketing act, electronic communications act (cookies)."""

from __future__ import annotations

from borderless.compliance.regimes._build import fact, obligations, src

POL = src("Personopplysningsloven (GDPR in Norwegian law, 2018-07-20); Datatilsynet", "https://www.datatilsynet.no/")
MFL = src(
    "Markedsføringsloven §15 (electronic marketing); Forbrukertilsynet",
    "https://lovdata.no/dokument/NL/lov/2009-01-09-2",
)
EKOM = src("Ekomloven (2024) §3-15 on cookies, in force 2025-01-01", "https://lovdata.no/")
ANGRER = src("Angrerettloven (cancellation act)", "https://lovdata.no/dokument/NL/lov/2014-06-20-27")
PRIS = src("Prisopplysningsforskriften (price information regulations)", "https://lovdata.no/")
FKJL = src("Forbrukerkjøpsloven §27 (2 or 5 years to complain)", "https://lovdata.no/dokument/NL/lov/2002-06-21-34")

OBLIGATIONS = obligations(
    "NO",
    "Datatilsynet / Forbrukertilsynet",
    fact("data-protection", "2018-07-20", None, "GDPR (EEA) via the Personal Data Act", POL, "secondary"),
    fact(
        "marketing-consent",
        "2009-06-01",
        None,
        "opt-in for email and SMS marketing, existing-customer exception",
        MFL,
        model="opt-in",
    ),
    fact("cookies", "2025-01-01", None, "consent to GDPR standard for non-essential cookies", EKOM, model="opt-in"),
    fact("transfers", "2018-07-20", None, "GDPR Chapter V (adequacy, SCCs)", POL),
    fact("breach-notification", "2018-07-20", None, "72 hours to Datatilsynet", POL, "secondary", hours=72),
    fact("withdrawal", "2015-01-01", None, "14 days from delivery", ANGRER, "secondary", days=14),
    fact("price-display", "2015-01-01", None, "total prices including VAT; unit prices", PRIS, "uncertain"),
    fact(
        "guarantee",
        "2002-07-01",
        None,
        "2 years to complain, 5 years for goods meant to last substantially longer",
        FKJL,
        "secondary",
        days=730,
    ),
)
