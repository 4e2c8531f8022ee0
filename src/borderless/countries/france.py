"""France: EU rules plus the parcel tax (taxe sur les petits colis) from 2026-03-01."""

from borderless.countries._build import money, period, rule, source
from borderless.countries.european_union import EUR_150_INTRINSIC, member
from borderless.landed_cost.model import Fee, When

PARCEL_TAX = source(
    "Loi de finances pour 2026: taxe sur les petits colis, EUR 2 per item line of parcels under EUR 150 from "
    "outside the EU, owed by the seller or platform (Service Public, via boursorama.com 2026-02-26)",
    "https://www.service-public.fr/particuliers/actualites",
)
LA_POSTE = source("La Poste: frais de gestion for import charges (EUR 8 incl. VAT, less online)",
                  "https://www.laposte.fr/")

MARKET = member(
    "FR",
    fees=(
        rule(period(
            "France parcel tax EUR 2 per item line",
            "2026-03-01",
            None,
            Fee("taxe sur les petits colis (seller-borne, not on the consumer invoice)",
                When(at_most=EUR_150_INTRINSIC), amount=money("2", "EUR"), per="line", payer="seller",
                collector="government"),
            PARCEL_TAX,
            "secondary",
        )),
        rule(period(
            "La Poste handling fee",
            "2021-07-01",
            None,
            Fee("La Poste handling fee when it collects import charges", When(modes=frozenset({"post"})),
                amount=money("8", "EUR"), charged="when_collecting", collector="carrier"),
            LA_POSTE,
            "uncertain",
        )),
    ),
)
