"""India: e-cigarette ban (PECA 2019), drone import ban, WPC/CDSCO/FSSAI requirements."""

from __future__ import annotations

from borderless.screening.rules._build import rule, src, when

M = "IN"
PECA = src(
    "Prohibition of Electronic Cigarettes (Production, Manufacture, Import, Export, Transport, Sale, "
    "Distribution, Storage and Advertisement) Act, 2019 (ordinance of 2019-09-18)",
    "https://www.indiacode.nic.in/",
)
DRONES = src("DGFT Notification No. 54/2015-2020 (2022-02-09): import of drones prohibited", "https://www.dgft.gov.in/")
WPC = src(
    "Department of Telecommunications, WPC wing: Equipment Type Approval for wireless equipment", "https://dot.gov.in/"
)
CDSCO = src(
    "CDSCO: import registration of drugs and cosmetics (Drugs and Cosmetics Act; Cosmetics Rules 2020)",
    "https://cdsco.gov.in/",
)
FSSAI = src(
    "FSSAI food import clearance; DAHD sanitary import permit for livestock products; Plant Quarantine Order 2003",
    "https://www.fssai.gov.in/",
)
NDPS = src(
    "Narcotic Drugs and Psychotropic Substances Act, 1985 (cannabis resin and extracts)",
    "https://www.indiacode.nic.in/",
)
ARMS = src("Arms Act, 1959 and Arms Rules, 2016: import licences", "https://www.mha.gov.in/")

RULES = (
    rule(
        M,
        "e-cigarette",
        "e-cigarette",
        when(
            "2019-09-18",
            None,
            "prohibited",
            "Production, import, sale and advertising of e-cigarettes (incl. heat-not-burn devices and parts) "
            "are prohibited.",
            PECA,
            "secondary",
        ),
        authority="Ministry of Health and Family Welfare",
    ),
    rule(
        M,
        "drones",
        "drones",
        when(
            "2022-02-09",
            None,
            "prohibited",
            "Import of drones (complete, semi- or fully knocked down) is prohibited except for R&D, defence "
            "and security purposes with approval; drone components are free to import.",
            DRONES,
        ),
        authority="DGFT",
    ),
    rule(
        M,
        "radio",
        "radio-equipment",
        when(
            "2019-01-01",
            None,
            "needs-permit",
            "Wireless equipment needs WPC Equipment Type Approval; Bluetooth/Wi-Fi devices need ETA before import.",
            WPC,
            "secondary",
        ),
        authority="DoT / WPC",
    ),
    rule(
        M,
        "health-products",
        ("medicines", "cosmetics"),
        when(
            "2020-12-15",
            None,
            "needs-permit",
            "Drugs and cosmetics need CDSCO import registration and an import licence.",
            CDSCO,
            "secondary",
        ),
        authority="CDSCO",
    ),
    rule(
        M,
        "food-animal-plant",
        ("food", "meat", "pork", "dairy", "eggs", "supplements", "seeds-plants"),
        when(
            "2017-01-01",
            None,
            "needs-permit",
            "Food needs FSSAI import clearance (importer licence, labelling); livestock products need a "
            "sanitary import permit; seeds and plants need a permit under the Plant Quarantine Order.",
            FSSAI,
            "secondary",
        ),
        authority="FSSAI / DAHD / PPQS",
    ),
    rule(
        M,
        "cannabis",
        "cbd-cannabis",
        when(
            "1985-11-14",
            None,
            "prohibited",
            "Cannabis extracts and resin are narcotic drugs; CBD products other than licensed Ayurvedic "
            "preparations cannot be imported.",
            NDPS,
            "uncertain",
        ),
        authority="Narcotics Control Bureau",
    ),
    rule(
        M,
        "weapons",
        ("firearms", "offensive-weapons", "pepper-spray"),
        when(
            "1962-10-01",
            None,
            "needs-permit",
            "Arms and ammunition need an import licence under the Arms Act.",
            ARMS,
            "uncertain",
        ),
        authority="Ministry of Home Affairs",
    ),
)
