"""South Africa: veterinary and plant import permits, SAHPRA, ICASA, firearms."""

from __future__ import annotations

from borderless.screening.rules._build import rule, src, when

M = "ZA"
VET = src(
    "Department of Agriculture: veterinary import permits (Animal Diseases Act 35 of 1984)",
    "https://www.dalrrd.gov.za/",
)
PLANTS = src(
    "Department of Agriculture: plant import permits (Agricultural Pests Act 36 of 1983)", "https://www.dalrrd.gov.za/"
)
SAHPRA = src("SAHPRA: import of medicines and scheduled substances (incl. CBD)", "https://www.sahpra.org.za/")
ICASA = src("ICASA: type approval of electronic communications equipment", "https://www.icasa.org.za/")
FIREARMS = src("Firearms Control Act 60 of 2000: import permits", "https://www.saps.gov.za/")
COUNTERFEIT = src("Counterfeit Goods Act 37 of 1997; SARS customs", "https://www.sars.gov.za/")

RULES = (
    rule(
        M,
        "animal-products",
        ("meat", "dairy", "eggs", "pork"),
        when(
            "1984-01-01",
            None,
            "needs-permit",
            "Animal products need a veterinary import permit and health certificate.",
            VET,
            "secondary",
        ),
        authority="Department of Agriculture",
    ),
    rule(
        M,
        "plants",
        "seeds-plants",
        when(
            "1983-01-01",
            None,
            "needs-permit",
            "Seeds and plants need an import permit and a phytosanitary certificate.",
            PLANTS,
            "secondary",
        ),
        authority="Department of Agriculture",
    ),
    rule(
        M,
        "medicines",
        ("medicines", "cbd-cannabis"),
        when(
            "2017-06-01",
            None,
            "needs-permit",
            "Medicines and scheduled substances (incl. most CBD products) need SAHPRA registration or a permit.",
            SAHPRA,
            "uncertain",
        ),
        authority="SAHPRA",
    ),
    rule(
        M,
        "radio",
        "radio-equipment",
        when("2005-01-01", None, "needs-permit", "Radio equipment needs ICASA type approval.", ICASA, "secondary"),
        authority="ICASA",
    ),
    rule(
        M,
        "firearms",
        "firearms",
        when(
            "2004-07-01",
            None,
            "needs-permit",
            "Firearms and ammunition need a SAPS import permit.",
            FIREARMS,
            "secondary",
        ),
        authority="SAPS",
    ),
)
