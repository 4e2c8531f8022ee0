"""New Zealand: MPI biosecurity, vaping notification, prohibited weapons, laser pointers."""

from __future__ import annotations

from borderless.screening.rules._build import rule, src, when

M = "NZ"
MPI = src(
    "MPI: what you can send to New Zealand by mail (import health standards, Biosecurity Act 1993)",
    "https://www.mpi.govt.nz/bring-send-to-nz/mail-post-courier/",
)
VAPING = src(
    "Ministry of Health: vaping products notification (Smokefree Environments and Regulated Products "
    "Act 1990 as amended 2020)",
    "https://www.health.govt.nz/",
)
CUSTOMS = src(
    "New Zealand Customs: prohibited and restricted imports (flick knives, knuckledusters, "
    "high-power laser pointers, pepper spray)",
    "https://www.customs.govt.nz/",
)
MEDSAFE = src(
    "Medsafe: importing medicines for personal use; CBD products as prescription medicines",
    "https://www.medsafe.govt.nz/",
)

RULES = (
    rule(
        M,
        "biosecurity",
        ("meat", "dairy", "eggs", "pork", "seeds-plants"),
        when(
            "2010-01-01",
            None,
            "needs-permit",
            "Meat, dairy, eggs, seeds and plants must meet MPI import health standards and be declared; many "
            "need permits or certificates and are destroyed otherwise.",
            MPI,
        ),
        authority="MPI",
    ),
    rule(
        M,
        "food",
        "food",
        when("2010-01-01", None, "observation", "All food in mail must be declared for biosecurity inspection.", MPI),
        authority="MPI",
    ),
    rule(
        M,
        "vaping",
        "e-cigarette",
        when(
            "2020-11-11",
            None,
            "needs-permit",
            "Vaping products must be notified to the Ministry of Health before sale; sale to under-18s "
            "prohibited; disposable vapes restricted from 2024.",
            VAPING,
            "secondary",
        ),
        authority="Ministry of Health",
    ),
    rule(
        M,
        "weapons",
        ("offensive-weapons", "pepper-spray", "lasers", "firearms"),
        when(
            "2014-03-01",
            None,
            "prohibited",
            "Flick and butterfly knives, knuckledusters, pepper spray, high-power laser pointers and firearms "
            "need a police permit; not importable by consumers.",
            CUSTOMS,
            "secondary",
        ),
        authority="New Zealand Customs / Police",
    ),
    rule(
        M,
        "medicines",
        ("medicines", "cbd-cannabis"),
        when(
            "2019-12-18",
            None,
            "needs-permit",
            "Prescription medicines (incl. CBD products) may be imported only with a prescription, up to "
            "three months' supply.",
            MEDSAFE,
            "secondary",
        ),
        authority="Medsafe",
    ),
)
