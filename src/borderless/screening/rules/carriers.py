"""Carrier rules for dangerous goods in consumer parcels, by transport mode: IATA Dangerous Goods
Regulations for air, the UPU rules for international mail, and the express carriers' own
acceptance policies (DHL Express, FedEx, UPS). They apply to every destination."""

from __future__ import annotations

from borderless.screening.rules._build import rule, src, when

IATA = src(
    "IATA Lithium Battery Guidance Document and DGR Packing Instructions 965-970",
    "https://www.iata.org/en/programs/cargo/dgr/lithium-batteries/",
)
IATA_DGR = src(
    "IATA Dangerous Goods Regulations: aerosols (UN1950) and flammable liquids (UN1266, UN1263, UN1993)",
    "https://www.iata.org/en/programs/cargo/dgr/",
)
UPU = src(
    "Universal Postal Union: dangerous goods and lithium batteries in the post (Convention art. 19, "
    "Letter Post Regulations)",
    "https://www.upu.int/en/postal-solutions/programmes-services/dangerous-goods",
)
DHL = src(
    "DHL Express: shipping lithium batteries (customer guide)",
    "https://www.dhl.com/global-en/home/our-divisions/express/customer-service/shipping-lithium-batteries.html",
)
FEDEX = src("FedEx: shipping lithium batteries", "https://www.fedex.com/en-us/shipping/lithium-batteries.html")
UPS = src(
    "UPS: lithium batteries (regulated items)",
    "https://www.ups.com/us/en/support/shipping-support/shipping-special-care-regulated-items/lithium-batteries.page",
)
IMDG = src(
    "IMO IMDG Code special provision 188 and ADR special provision 188: small lithium cells and batteries",
    "https://www.imo.org/en/OurWork/Safety/Pages/DangerousGoods-default.aspx",
)

STANDALONE = "lithium-battery"
CONTAINED = ("lithium-battery-in-equipment", "e-cigarette", "drones")

RULES = (
    rule(
        "*",
        "air.iata.lithium-standalone",
        STANDALONE,
        when(
            "2016-04-01",
            "2022-04-01",
            "carrier-restricted",
            "Lithium-ion batteries on their own (UN3480, PI 965) are forbidden on passenger aircraft and must "
            "be at no more than 30 % state of charge; small batteries could still go as Section II.",
            IATA,
        ),
        when(
            "2022-04-01",
            None,
            "carrier-restricted",
            "Lithium batteries shipped on their own (UN3480 PI 965, UN3090 PI 968) are fully regulated "
            "dangerous goods since Section II was removed: cargo aircraft only, class 9 labels, a trained "
            "shipper's declaration, state of charge at most 30 % for lithium-ion.",
            IATA,
            "secondary",
        ),
        authority="IATA",
        modes=("air",),
    ),
    rule(
        "*",
        "air.iata.lithium-in-equipment",
        CONTAINED,
        when(
            "2016-04-01",
            None,
            "carrier-restricted",
            "Lithium batteries contained in or packed with equipment (UN3481 PI 966/967, UN3091 PI 969/970) "
            "may fly under Section II when each cell is at most 20 Wh and each battery at most 100 Wh (lithium "
            "metal: 1 g / 2 g): lithium battery mark, strong packaging, protection against activation. From "
            "2026 batteries packed with equipment must also be at no more than 30 % charge.",
            IATA,
        ),
        authority="IATA",
        modes=("air",),
    ),
    rule(
        "*",
        "post.upu.lithium-standalone",
        STANDALONE,
        when(
            "2016-01-01",
            None,
            "carrier-restricted",
            "International mail does not accept lithium batteries on their own; designated postal operators "
            "may only accept batteries installed in equipment, and some accept none.",
            UPU,
        ),
        authority="UPU (postal operators)",
        modes=("air",),
    ),
    rule(
        "*",
        "post.upu.lithium-in-equipment",
        CONTAINED,
        when(
            "2016-01-01",
            None,
            "carrier-restricted",
            "International mail accepts lithium batteries only when installed in equipment (at most 4 cells or "
            "2 batteries per item, PI 967/970 Section II) and only where the origin and destination posts "
            "both accept them.",
            UPU,
        ),
        authority="UPU (postal operators)",
        modes=("air",),
    ),
    rule(
        "*",
        "air.dhl.lithium-standalone",
        STANDALONE,
        when(
            "2022-04-01",
            None,
            "carrier-restricted",
            "DHL Express carries standalone lithium batteries (PI 965/968) only as fully regulated dangerous "
            "goods under a dangerous-goods account; not in standard parcels.",
            DHL,
            "uncertain",
        ),
        authority="DHL Express",
        modes=("air",),
    ),
    rule(
        "*",
        "air.dhl.lithium-in-equipment",
        CONTAINED,
        when(
            "2022-04-01",
            None,
            "carrier-restricted",
            "DHL Express accepts PI 966/967 and 969/970 Section II shipments with the lithium battery mark and "
            "the battery details declared at booking.",
            DHL,
            "uncertain",
        ),
        authority="DHL Express",
        modes=("air",),
    ),
    rule(
        "*",
        "air.fedex.lithium-standalone",
        STANDALONE,
        when(
            "2022-04-01",
            None,
            "carrier-restricted",
            "FedEx Express carries standalone lithium-ion batteries only as fully regulated dangerous goods "
            "(UN3480) with a dangerous-goods agreement, and does not accept standalone lithium-metal "
            "batteries (UN3090) in Section II.",
            FEDEX,
            "uncertain",
        ),
        authority="FedEx",
        modes=("air",),
    ),
    rule(
        "*",
        "air.fedex.lithium-in-equipment",
        CONTAINED,
        when(
            "2022-04-01",
            None,
            "carrier-restricted",
            "FedEx accepts lithium batteries contained in or packed with equipment under Section II with the "
            "lithium battery mark.",
            FEDEX,
            "uncertain",
        ),
        authority="FedEx",
        modes=("air",),
    ),
    rule(
        "*",
        "air.ups.lithium-standalone",
        STANDALONE,
        when(
            "2022-04-01",
            None,
            "carrier-restricted",
            "UPS requires a dangerous-goods (lithium battery) contract for standalone lithium batteries by air "
            "(UN3480, UN3090); they move as fully regulated dangerous goods.",
            UPS,
            "uncertain",
        ),
        authority="UPS",
        modes=("air",),
    ),
    rule(
        "*",
        "air.ups.lithium-in-equipment",
        CONTAINED,
        when(
            "2022-04-01",
            None,
            "carrier-restricted",
            "UPS accepts lithium batteries contained in or packed with equipment (Section II) with the "
            "lithium battery mark; some lanes need prior approval.",
            UPS,
            "uncertain",
        ),
        authority="UPS",
        modes=("air",),
    ),
    rule(
        "*",
        "air.iata.aerosol",
        ("aerosol", "pepper-spray"),
        when(
            "2016-01-01",
            None,
            "carrier-restricted",
            "Aerosols are class 2 dangerous goods (UN1950): international mail refuses them; express carriers "
            "accept them only as limited quantities or consumer commodities (ID8000) under a dangerous-goods "
            "account.",
            IATA_DGR,
        ),
        authority="IATA / UPU",
        modes=("air",),
    ),
    rule(
        "*",
        "air.iata.flammable-liquid",
        "flammable-liquid",
        when(
            "2016-01-01",
            None,
            "carrier-restricted",
            "Alcohol-based perfume (UN1266), nail polish (UN1263) and other flammable liquids are class 3 "
            "dangerous goods: refused by international mail, accepted by express carriers only as limited "
            "quantities or consumer commodities (ID8000) under a dangerous-goods account.",
            IATA_DGR,
        ),
        authority="IATA / UPU",
        modes=("air",),
    ),
    rule(
        "*",
        "surface.lithium",
        ("lithium-battery", *CONTAINED),
        when(
            "2016-01-01",
            None,
            "observation",
            "By sea and road lithium batteries are class 9 (IMDG, ADR); small cells and batteries under "
            "special provision 188 need only the lithium battery mark and suitable packaging.",
            IMDG,
        ),
        authority="IMO / UNECE",
        modes=("ground", "sea"),
    ),
)
