"""Import duty: the HS 2022 nomenclature, duty rates as published, and the tariff book that
says which rate applies (the item's, the merchant's table, or bundled EU data)."""

from borderless.tariffs.book import MerchantTariffRow, TariffAnswer, TariffBook
from borderless.tariffs.duty import DutyAssessment, DutyRate, SpecificDuty, assess_duty, parse_duty_rate
from borderless.tariffs.hs import HSCode, describe, validate_hs_code

__all__ = [
    "DutyAssessment",
    "DutyRate",
    "HSCode",
    "MerchantTariffRow",
    "SpecificDuty",
    "TariffAnswer",
    "TariffBook",
    "assess_duty",
    "describe",
    "parse_duty_rate",
    "validate_hs_code",
]
