"""Canada: PIPEDA and Quebec Law 25, CASL, provincial consumer protection."""

from __future__ import annotations

from borderless.compliance.regimes._build import fact, obligations, src

PIPEDA = src(
    "Office of the Privacy Commissioner of Canada: PIPEDA",
    "https://www.priv.gc.ca/en/privacy-topics/"
    "privacy-laws-in-canada/the-personal-information-protection-and-electronic-documents-act-pipeda/",
)
LAW25 = src(
    "Commission d'accès à l'information du Québec: Law 25 (Act respecting the protection of personal "
    "information in the private sector, as amended)",
    "https://www.cai.gouv.qc.ca/",
)
CASL = src("Canada's Anti-Spam Legislation (CASL)", "https://crtc.gc.ca/eng/internet/anti.htm")
BREACH = src(
    "OPC: mandatory breach reporting under PIPEDA (from 2018-11-01)",
    "https://www.priv.gc.ca/en/privacy-topics/business-privacy/breaches-and-safeguards/",
)
CPA = src(
    "Provincial consumer protection acts (e.g. Ontario Consumer Protection Act, 2002; Quebec Consumer "
    "Protection Act) on internet agreements",
    "https://www.ontario.ca/laws/statute/02c30",
)

OBLIGATIONS = obligations(
    "CA",
    "Office of the Privacy Commissioner of Canada / Commission d'accès à l'information (Quebec)",
    fact(
        "data-protection",
        "2004-01-01",
        None,
        "PIPEDA (federal) and Quebec Law 25 (phased 2022-2024)",
        PIPEDA,
        detail="Quebec: privacy officer, privacy impact assessments, privacy by default; Alberta and BC have "
        "their own private-sector laws.",
    ),
    fact(
        "marketing-consent",
        "2014-07-01",
        None,
        "opt-in (express or implied consent) for commercial electronic messages",
        CASL,
        "secondary",
        model="opt-in",
    ),
    fact(
        "cookies",
        "2023-09-22",
        None,
        "notice and implied consent under PIPEDA; Quebec requires tracking technologies to be off by default",
        LAW25,
        model="mixed",
    ),
    fact(
        "transfers",
        "2023-09-22",
        None,
        "accountability for transfers; Quebec requires a privacy impact assessment before transferring outside Quebec",
        LAW25,
    ),
    fact(
        "breach-notification",
        "2018-11-01",
        None,
        "as soon as feasible to the OPC when there is a real risk of significant harm",
        BREACH,
        "secondary",
    ),
    fact(
        "withdrawal",
        "2005-07-30",
        None,
        "no general right of withdrawal; provinces allow cancellation of "
        "internet agreements when disclosure or delivery rules are breached (e.g. Ontario 7 days)",
        CPA,
    ),
    fact(
        "price-display",
        "2005-07-30",
        None,
        "prices may be shown before sales taxes; Quebec requires the total price including all fees except taxes",
        CPA,
    ),
    fact(
        "guarantee",
        "2005-07-30",
        None,
        "no federal legal guarantee; provincial implied warranties (Quebec: durability warranty)",
        CPA,
    ),
)
