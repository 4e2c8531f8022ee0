"""Mexico: the new LFPDPPP (2025), PROFECO consumer law."""

from __future__ import annotations

from borderless.compliance.regimes._build import fact, obligations, src

LFPDPPP_2010 = src(
    "Ley Federal de Protección de Datos Personales en Posesión de los Particulares (2010)",
    "https://www.diputados.gob.mx/LeyesBiblio/",
)
LFPDPPP_2025 = src(
    "Ley Federal de Protección de Datos Personales en Posesión de los Particulares (DOF 2025-03-20)",
    "https://www.dof.gob.mx/",
)
LFPC = src("Ley Federal de Protección al Consumidor (arts. 7 Bis, 56, 76 Bis); PROFECO", "https://www.gob.mx/profeco")

OBLIGATIONS = obligations(
    "MX",
    "Secretaría Anticorrupción y Buen Gobierno (data protection, since 2025) / PROFECO",
    fact("data-protection", "2010-07-06", "2025-03-21", "LFPDPPP 2010 (INAI)", LFPDPPP_2010),
    fact(
        "data-protection",
        "2025-03-21",
        None,
        "new LFPDPPP 2025 (INAI dissolved; authority now a ministry)",
        LFPDPPP_2025,
        detail="Privacy notice (aviso de privacidad), ARCO rights, consent rules.",
    ),
    fact(
        "marketing-consent",
        "2010-07-06",
        None,
        "opt-out: right to object; PROFECO's REPEP do-not-contact register",
        LFPC,
        model="opt-out",
    ),
    fact(
        "cookies",
        "2010-07-06",
        None,
        "disclose cookies and tracking in the privacy notice with a way to disable them",
        LFPDPPP_2025,
        "uncertain",
        model="opt-out",
    ),
    fact(
        "transfers",
        "2010-07-06",
        None,
        "transfers need the data subject's consent unless an exception applies; the privacy notice must disclose them",
        LFPDPPP_2025,
        "uncertain",
    ),
    fact(
        "breach-notification",
        "2010-07-06",
        None,
        "notify data subjects immediately of breaches that significantly affect their rights; no fixed deadline",
        LFPDPPP_2025,
        "uncertain",
    ),
    fact(
        "withdrawal",
        "2004-01-01",
        None,
        "5 business days to revoke sales made outside the establishment, incl. online",
        LFPC,
        "uncertain",
        days=5,
    ),
    fact("price-display", "2004-01-01", None, "total price including taxes and fees must be shown", LFPC),
    fact(
        "guarantee",
        "2004-01-01",
        None,
        "guarantee terms must be stated in Spanish; minimum periods by product (NOM) rather than a general rule",
        LFPC,
        "uncertain",
    ),
)
