"""Brazil: LGPD and ANPD regulations, Consumer Defence Code."""

from __future__ import annotations

from borderless.compliance.regimes._build import fact, obligations, src

LGPD = src("Lei nº 13.709/2018 (LGPD); ANPD", "https://www.gov.br/anpd/pt-br")
BREACH = src("ANPD Resolução CD/ANPD nº 15/2024 (security incident reporting)", "https://www.gov.br/anpd/pt-br")
TRANSFER = src(
    "ANPD Resolução CD/ANPD nº 19/2024 (international transfers, standard contractual clauses)",
    "https://www.gov.br/anpd/pt-br",
)
CDC = src(
    "Código de Defesa do Consumidor (Lei nº 8.078/1990), arts. 26 and 49; Decreto nº 7.962/2013",
    "https://www.planalto.gov.br/ccivil_03/leis/l8078compilado.htm",
)
PRICES = src(
    "Decreto nº 5.903/2006 (price display) and Lei nº 12.741/2012 (tax transparency)", "https://www.planalto.gov.br/"
)

OBLIGATIONS = obligations(
    "BR",
    "Autoridade Nacional de Proteção de Dados (ANPD)",
    fact(
        "data-protection",
        "2020-09-18",
        None,
        "LGPD (sanctions since 2021-08-01)",
        LGPD,
        "secondary",
        detail="Legal basis, DPO (encarregado), data subject rights.",
    ),
    fact(
        "marketing-consent", "2020-09-18", None, "consent or legitimate interest with easy opt-out", LGPD, model="mixed"
    ),
    fact(
        "cookies", "2022-10-01", None, "consent for non-essential cookies (ANPD cookie guidance)", LGPD, model="opt-in"
    ),
    fact(
        "transfers",
        "2024-08-23",
        None,
        "adequacy, ANPD standard contractual clauses (mandatory text since 2025-08-23) or other safeguards",
        TRANSFER,
    ),
    fact(
        "breach-notification",
        "2024-04-26",
        None,
        "3 business days to ANPD and data subjects when risk or relevant damage is likely",
        BREACH,
        "secondary",
        hours=72,
        note="3 business days, not 72 clock hours",
    ),
    fact(
        "withdrawal",
        "1991-03-11",
        None,
        "7 days to withdraw from purchases made outside the store (direito de arrependimento)",
        CDC,
        "secondary",
        days=7,
    ),
    fact(
        "price-display",
        "2006-12-20",
        None,
        "prices shown clearly in BRL; approximate taxes informed to the consumer",
        PRICES,
    ),
    fact(
        "guarantee",
        "1991-03-11",
        None,
        "30 days (non-durable) or 90 days (durable) to complain about apparent defects",
        CDC,
        "secondary",
        days=90,
    ),
)
