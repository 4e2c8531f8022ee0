"""Rules that apply in every market: international conventions enforced by every customs service."""

from __future__ import annotations

from borderless.screening.rules._build import rule, src, when

CITES = src("CITES: how CITES works (permits and certificates)", "https://cites.org/eng/disc/how.php")
TRIPS = src(
    "WTO TRIPS Agreement, Part III Section 4: special requirements related to border measures",
    "https://www.wto.org/english/docs_e/legal_e/27-trips_05_e.htm",
)

RULES = (
    rule(
        "*",
        "cites",
        "wildlife-cites",
        when(
            "1975-07-01",
            None,
            "needs-permit",
            "Specimens of CITES-listed species (ivory, rhino horn, exotic leathers, shark fin, agarwood...) "
            "need an export permit from the origin and, for Appendix I, an import permit from the destination; "
            "many markets ban commercial ivory outright.",
            CITES,
        ),
        authority="CITES management authorities",
    ),
    rule(
        "*",
        "counterfeit",
        "counterfeit-prone",
        when(
            "1995-01-01",
            None,
            "observation",
            "Goods described as replicas, dupes or copies of a brand are likely to infringe trademarks; "
            "customs can detain and destroy them, even in small consignments. Sell only genuine or "
            "unbranded goods.",
            TRIPS,
        ),
        authority="customs (IP border enforcement)",
    ),
)
