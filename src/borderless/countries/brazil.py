"""Brazil: the simplified taxation regime (RTS) for international parcels and state ICMS "por dentro"."""

from decimal import Decimal

from borderless.countries._build import day, money, period, rule, source
from borderless.landed_cost.model import Band, DutyRegime, Market, SellerScheme, TaxRule, Threshold, When

LEI_14902 = source("Lei 14.902/2024 (from MP 1.236): import tax 20 % up to USD 50, 60 % less USD 20 up to "
                   "USD 3,000 for Remessa Conforme purchases, from 2024-08-01 (UOL 2025-07-29)",
                   "https://www.planalto.gov.br/ccivil_03/_ato2023-2026/2024/lei/l14902.htm")
REMESSA = source("Receita Federal: Programa Remessa Conforme (taxes collected at checkout by certified platforms)",
                 "https://www.gov.br/receitafederal/pt-br/assuntos/aduana-e-comercio-exterior/manuais/remessas-postal-e-expressa")
ICMS = source("Comsefaz: ICMS on international parcels, calculated 'por dentro' (correiobraziliense.com.br 2025-03)",
              "https://comsefaz.org.br/")

USD_3000 = Threshold(money("3000", "USD"), "customs_value")

MARKET = Market(
    country="BR",
    name="Brazil",
    currency="BRL",
    customs_territory="BR",
    covered_from=day("2024-08-01"),
    valuation=rule(period("Brazil II base (CIF)", "2024-08-01", None, "CIF", LEI_14902, "secondary")),
    tax=rule(period("Brazil ICMS por dentro", "2024-08-01", None,
                    TaxRule(por_dentro=True, label="ICMS (state tax)"), ICMS, "secondary")),
    duty_regimes=(
        rule(period("Brazil RTS import tax (Remessa Conforme)", "2024-08-01", None,
                    DutyRegime("Import tax (II), simplified regime, Remessa Conforme", "banded",
                               When(registration="BR_REMESSA_CONFORME", at_most=USD_3000),
                               (Band(money("50", "USD"), Decimal("0.20")),
                                Band(None, Decimal("0.60"), money("20", "USD")))),
                    LEI_14902, "secondary")),
        rule(period("Brazil RTS import tax (not certified)", "2024-08-01", None,
                    DutyRegime("Import tax (II), simplified regime, seller outside Remessa Conforme", "banded",
                               When(without_registration="BR_REMESSA_CONFORME", at_most=USD_3000),
                               (Band(None, Decimal("0.60")),)),
                    LEI_14902, "uncertain", "details of the 60 % regime for non-certified senders not verified")),
    ),
    seller_schemes=(rule(period("Brazil Remessa Conforme", "2024-08-01", None,
                                SellerScheme("BR_REMESSA_CONFORME", "Remessa Conforme (taxes collected at checkout)",
                                             When(at_most=USD_3000), base="import"),
                                REMESSA, "secondary")),),
    uses_regional_tax=True,
    default_region="BR-SP",
    region_note="ICMS is 17 % in most states and 20 % in ten states from 2025-04-01",
)
