"""The campaign events Borderless knows, as rules with sources.

Each :class:`EventRule` says when an event happens (a :mod:`borderless.calendar.rules` date rule, so
any year works), which markets it matters in, what kind it is, how long before it a campaign should
start (``lead_days``; ``None`` = the default of its kind) and where the facts come from. Public
holidays themselves are not listed here: they come from the ``holidays`` package for each market.

Events that differ by country (Mother's Day, Father's Day, back to school) are several rules sharing
one ``key``, each for its own markets. Confidence is honest: "verified" only where the rule is set by
law and we cite the law; "secondary" for encyclopaedic or organiser sources; "uncertain" where the
organiser announces the dates each year (Prime Day, Hot Sale) and the rule is our best reading of
past years.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Final, Literal

from borderless.calendar.rules import (
    MON,
    SUN,
    THU,
    TUE,
    DateRule,
    Fixed,
    FromEaster,
    HolidayLookup,
    NthWeekday,
    Offset,
    Unless,
)
from borderless.rules import Confidence, Source

__all__ = ["DEFAULT_LEAD_DAYS", "EVENTS", "EVENT_KINDS", "HOLIDAYS_SOURCE", "EventKind", "EventRule"]

EventKind = Literal["public", "religious", "cultural", "commercial"]
EVENT_KINDS: Final[tuple[EventKind, ...]] = ("public", "religious", "cultural", "commercial")

DEFAULT_LEAD_DAYS: Final[dict[EventKind, int]] = {
    "commercial": 42,  # six weeks: creative, ads and stock for a sales event
    "religious": 42,  # gifting seasons around Diwali, Eid and Christmas start weeks ahead
    "cultural": 28,  # four weeks: Mother's Day, Valentine's Day, Lunar New Year gifting
    "public": 7,  # a week: announce closures and shipping cut-offs
}
"""Default campaign lead time in days by event kind (an event may set its own; callers may override)."""

READ: Final = date(2026, 11, 21)


def _src(title: str, url: str) -> Source:
    return Source(title, url, READ)


# fmt: off
HOLIDAYS_SOURCE: Final = _src("python-holidays (vacanza/holidays), country holiday lists and lunar calendars",
                              "https://github.com/vacanza/holidays")

EU27: Final = ("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT",
               "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK")
SEA: Final = ("SG", "MY", "ID", "TH", "VN", "PH")
MUSLIM_MAJORITY_OR_LARGE: Final = ("SA", "AE", "EG", "ID", "MY", "TR", "SG", "IN", "BN", "PK", "BD", "QA", "KW",
                                   "BH", "OM", "JO", "MA")

THANKSGIVING_US: Final = NthWeekday(11, THU, 4)

# fmt: on


@dataclass(frozen=True, slots=True)
class EventRule:
    key: str
    name: str
    kind: EventKind
    markets: tuple[str, ...]
    rule: DateRule
    source: Source
    confidence: Confidence
    days: int = 1
    lead_days: int | None = None
    note: str = ""
    local_names: tuple[tuple[str, str], ...] = ()

    def name_in(self, country: str) -> str:
        return dict(self.local_names).get(country, self.name)


WIKI = "https://en.wikipedia.org/wiki/"

_MOTHERS = _src("Mother's Day: dates by country (Wikipedia)", WIKI + "Mother%27s_Day")
_FATHERS = _src("Father's Day: dates by country (Wikipedia)", WIKI + "Father%27s_Day")

# fmt: off
EVENTS: Final[tuple[EventRule, ...]] = (
    # --- China and South-East Asia: platform shopping festivals -------------------------------------
    EventRule("singles_day", "Singles' Day (11.11)", "commercial", ("CN", *SEA), Fixed(11, 11),
              _src("Singles' Day (Wikipedia)", WIKI + "Singles%27_Day"), "secondary", lead_days=60,
              note="Pre-sales on Tmall/JD start in late October; Lazada and Shopee run 11.11 across South-East Asia.",
              local_names=(("CN", "Singles' Day / Double 11 (双十一)"),)),
    EventRule("618", "618 shopping festival", "commercial", ("CN",), Fixed(6, 18),
              _src("JD.com: 618 anniversary sale (Wikipedia)", WIKI + "JD.com"), "secondary", lead_days=42,
              note="JD.com's anniversary; the festival runs through the first half of June with pre-sales in "
                   "late May."),
    EventRule("double_12", "12.12 sale", "commercial", ("CN", *SEA), Fixed(12, 12),
              _src("Shopee: 9.9, 11.11 and 12.12 campaign days (Wikipedia)", WIKI + "Shopee"), "secondary"),
    EventRule("double_9", "9.9 sale", "commercial", SEA, Fixed(9, 9),
              _src("Shopee: 9.9, 11.11 and 12.12 campaign days (Wikipedia)", WIKI + "Shopee"), "secondary"),
    # --- Black Friday family ---------------------------------------------------------------------
    EventRule("black_friday", "Black Friday", "commercial",
              ("US", "CA", "MX", "BR", "GB", "CH", "NO", *EU27, "AU", "NZ", "ZA", "AE", "SA", "TR", "IN", "JP"),
              Offset(THANKSGIVING_US, 1),
              _src("Black Friday (shopping) (Wikipedia); US Thanksgiving is the 4th Thursday of November "
                   "(5 U.S.C. 6103)", WIKI + "Black_Friday_(shopping)"),
              "secondary", lead_days=56,
              note="The Friday after US Thanksgiving; many retailers run the whole week or month.",
              local_names=(("AE", "White Friday"), ("SA", "White Friday"))),
    EventRule("cyber_monday", "Cyber Monday", "commercial",
              ("US", "CA", "GB", "IE", "DE", "AT", "CH", "NL", "ES", "PT", "IT", "AU", "NZ", "BR", "ZA"),
              Offset(THANKSGIVING_US, 4), _src("Cyber Monday (Wikipedia)", WIKI + "Cyber_Monday"), "secondary",
              lead_days=56),
    EventRule("el_buen_fin", "El Buen Fin", "commercial", ("MX",), Offset(NthWeekday(11, MON, 3), -3),
              _src("El Buen Fin (official site): the long weekend before Revolution Day, observed on the 3rd "
                   "Monday of November", "https://www.elbuenfin.org/"), "secondary", days=4,
              note="Friday to the Revolution Day Monday; organisers announce the dates each year "
                   "(some years ran longer)."),
    EventRule("hot_sale", "Hot Sale", "commercial", ("MX",), NthWeekday(5, MON, -1),
              _src("Hot Sale México (AMVO, official site)", "https://www.hotsale.com.mx/"), "uncertain", days=9,
              note="AMVO announces the dates yearly; 2023 to 2025 started on the last Monday of May and ran 9 days."),
    EventRule("hot_sale", "Hot Sale", "commercial", ("AR",), NthWeekday(5, MON, 2),
              _src("Hot Sale Argentina (CACE, official site)", "https://www.hotsale.com.ar/"), "uncertain", days=3,
              note="CACE announces the dates yearly; recent editions ran three days in mid-May."),
    EventRule("boxing_day", "Boxing Day sales", "commercial", ("GB", "CA", "AU", "NZ"), Fixed(12, 26),
              _src("Boxing Day (Wikipedia)", WIKI + "Boxing_Day"), "secondary", lead_days=28),
    EventRule("click_frenzy", "Click Frenzy", "commercial", ("AU",), NthWeekday(11, TUE, 2),
              _src("Click Frenzy (official site)", "https://www.clickfrenzy.com.au/"), "uncertain", days=3,
              note="The main November sale starts on a Tuesday evening and runs about 53 hours; "
                   "2022 to 2024 started on the 2nd Tuesday of November."),
    EventRule("prime_day", "Amazon Prime Day", "commercial",
              ("US", "CA", "MX", "BR", "GB", "DE", "AT", "FR", "IT", "ES", "NL", "BE", "PL", "SE", "TR", "JP", "AU",
               "SG", "IN", "AE", "SA"),
              NthWeekday(7, TUE, 2), _src("Prime Day (Wikipedia)", WIKI + "Prime_Day"), "uncertain", days=2,
              lead_days=28, note="Amazon announces the dates a few weeks ahead; recent editions fell in the "
                                 "2nd or 3rd week of July (2025 ran four days)."),
    EventRule("prime_big_deal_days", "Amazon Prime Big Deal Days", "commercial",
              ("US", "CA", "GB", "DE", "AT", "FR", "IT", "ES", "NL", "BE", "PL", "SE", "TR", "JP"),
              NthWeekday(10, TUE, 2), _src("Prime Day: October event (Wikipedia)", WIKI + "Prime_Day"), "uncertain",
              days=2, lead_days=28, note="October edition since 2022; dates announced by Amazon each year."),
    EventRule("fukubukuro", "New Year sales and lucky bags (fukubukuro)", "commercial", ("JP",), Fixed(1, 1),
              _src("Fukubukuro (Wikipedia)", WIKI + "Fukubukuro"), "secondary", days=3, lead_days=42),
    EventRule("pepero_day", "Pepero Day", "commercial", ("KR",), Fixed(11, 11),
              _src("Pepero Day (Wikipedia)", WIKI + "Pepero_Day"), "secondary", lead_days=21),
    EventRule("halloween", "Halloween", "cultural", ("US", "CA", "GB", "IE"), Fixed(10, 31),
              _src("Halloween (Wikipedia)", WIKI + "Halloween"), "secondary", lead_days=42),
    # --- Gifting seasons ---------------------------------------------------------------------------
    EventRule("christmas_gifting", "Christmas gifting (gifts in hand by 24 December)", "religious",
              ("US", "CA", "MX", "BR", "GB", "CH", "NO", *EU27, "AU", "NZ", "ZA", "SG", "JP", "KR", "PH"),
              Fixed(12, 24), _src("Christmas gift-bringers and Christmas Eve gift giving (Wikipedia)",
                                  WIKI + "Christmas_gift"), "secondary", lead_days=60,
              note="Many European markets open presents on Christmas Eve, so the 24th is the delivery target."),
    EventRule("sinterklaas", "Sinterklaas (pakjesavond)", "cultural", ("NL",), Fixed(12, 5),
              _src("Sinterklaas (Wikipedia)", WIKI + "Sinterklaas"), "secondary", lead_days=42),
    EventRule("sinterklaas", "Saint Nicholas Day (Sinterklaas)", "cultural", ("BE",), Fixed(12, 6),
              _src("Sinterklaas (Wikipedia)", WIKI + "Sinterklaas"), "secondary", lead_days=42),
    EventRule("valentines_day", "Valentine's Day", "cultural",
              ("US", "CA", "MX", "GB", "CH", "NO", *EU27, "AU", "NZ", "ZA", "JP", "KR", "CN", "SG", "TH", "IN", "TR",
               "AE", "PH"),
              Fixed(2, 14), _src("Valentine's Day (Wikipedia)", WIKI + "Valentine%27s_Day"), "secondary",
              note="In Japan and Korea women traditionally give chocolate on 14 February and receive gifts on White "
                   "Day (14 March).",
              local_names=(("MX", "Día del Amor y la Amistad"),)),
    EventRule("white_day", "White Day", "cultural", ("JP", "KR"), Fixed(3, 14),
              _src("White Day (Wikipedia)", WIKI + "White_Day"), "secondary"),
    EventRule("dia_dos_namorados", "Dia dos Namorados (Valentine's Day)", "cultural", ("BR",), Fixed(6, 12),
              _src("Dia dos Namorados (Wikipedia)", WIKI + "Dia_dos_Namorados"), "secondary"),
    # Mother's Day: one rule per country group.
    EventRule("mothers_day", "Mother's Day", "cultural", ("US",), NthWeekday(5, SUN, 2),
              _src("36 U.S.C. 117: Mother's Day, the second Sunday in May", "https://www.law.cornell.edu/uscode/text/36/117"),
              "verified"),
    EventRule("mothers_day", "Mother's Day", "cultural",
              ("CA", "AU", "NZ", "JP", "BR", "DE", "AT", "CH", "IT", "BE", "NL", "DK", "FI", "EE", "LV", "CZ", "SK",
               "HR", "GR", "CY", "MT", "TR", "ZA", "SG", "MY", "IN", "CN", "PH"),
              NthWeekday(5, SUN, 2), _MOTHERS, "secondary"),
    EventRule("mothers_day", "Mothering Sunday", "cultural", ("GB", "IE"), FromEaster(-21),
              _src("Mothering Sunday: fourth Sunday in Lent (Wikipedia)", WIKI + "Mothering_Sunday"), "secondary"),
    EventRule("mothers_day", "Día de las Madres", "cultural", ("MX",), Fixed(5, 10), _MOTHERS, "secondary"),
    EventRule("mothers_day", "Fête des mères", "cultural", ("FR",),
              Unless(NthWeekday(5, SUN, -1), FromEaster(49), NthWeekday(6, SUN, 1)),
              _src("Loi n° 50-577 du 24 mai 1950: last Sunday of May, first Sunday of June when that is Pentecost "
                   "(Europe 1, 2023)",
                   "https://www.europe1.fr/societe/loi-de-1950-pentecote-pourquoi-la-fete-des-meres-est-elle-celebree-en-juin-cette-annee-4186609"),
              "secondary"),
    EventRule("mothers_day", "Mother's Day", "cultural", ("SE",), NthWeekday(5, SUN, -1), _MOTHERS, "secondary"),
    EventRule("mothers_day", "Mother's Day", "cultural", ("ES", "PT", "LT", "HU", "RO"), NthWeekday(5, SUN, 1),
              _MOTHERS, "secondary"),
    EventRule("mothers_day", "Dzień Matki", "cultural", ("PL",), Fixed(5, 26), _MOTHERS, "secondary"),
    EventRule("mothers_day", "Mother's Day", "cultural", ("AE", "EG"), Fixed(3, 21), _MOTHERS, "secondary"),
    EventRule("mothers_day", "Mother's Day", "cultural", ("BG",), Fixed(3, 8), _MOTHERS, "uncertain",
              note="Celebrated together with International Women's Day."),
    EventRule("mothers_day", "Mother's Day", "cultural", ("SI",), Fixed(3, 25), _MOTHERS, "secondary"),
    EventRule("mothers_day", "Mother's Day", "cultural", ("LU",), NthWeekday(6, SUN, 2), _MOTHERS, "secondary"),
    EventRule("mothers_day", "Mother's Day (Morsdag)", "cultural", ("NO",), NthWeekday(2, SUN, 2), _MOTHERS,
              "secondary"),
    EventRule("mothers_day", "National Mother's Day", "cultural", ("TH",), Fixed(8, 12), _MOTHERS, "secondary",
              note="The Queen Mother's birthday, a public holiday."),
    EventRule("mothers_day", "Parents' Day (Eobeoinal)", "cultural", ("KR",), Fixed(5, 8), _MOTHERS, "secondary",
              note="Korea honours both parents on 8 May; there is no separate Father's Day."),
    EventRule("mothers_day", "Día de la Madre", "cultural", ("AR",), NthWeekday(10, SUN, 3), _MOTHERS, "secondary"),
    # Father's Day.
    EventRule("fathers_day", "Father's Day", "cultural", ("US",), NthWeekday(6, SUN, 3),
              _src("36 U.S.C. 109: Father's Day, the third Sunday in June", "https://www.law.cornell.edu/uscode/text/36/109"),
              "verified"),
    EventRule("fathers_day", "Father's Day", "cultural",
              ("CA", "GB", "IE", "FR", "NL", "JP", "CN", "IN", "SG", "MY", "MX", "ZA", "TR", "GR", "MT", "CZ", "SK",
               "HU", "PH", "AR"),
              NthWeekday(6, SUN, 3), _FATHERS, "secondary"),
    EventRule("fathers_day", "Vatertag", "cultural", ("DE",), FromEaster(39), _FATHERS, "secondary",
              note="Ascension Day."),
    EventRule("fathers_day", "Father's Day", "cultural", ("AT", "BE"), NthWeekday(6, SUN, 2), _FATHERS, "secondary"),
    EventRule("fathers_day", "Father's Day", "cultural", ("CH",), NthWeekday(6, SUN, 1), _FATHERS, "uncertain"),
    EventRule("fathers_day", "Father's Day", "cultural", ("AU", "NZ"), NthWeekday(9, SUN, 1), _FATHERS,
              "secondary"),
    EventRule("fathers_day", "Dia dos Pais", "cultural", ("BR",), NthWeekday(8, SUN, 2), _FATHERS, "secondary"),
    EventRule("fathers_day", "Father's Day (St Joseph's Day)", "cultural", ("IT", "ES", "PT", "HR"), Fixed(3, 19),
              _FATHERS, "secondary"),
    EventRule("fathers_day", "Father's Day", "cultural", ("SE", "NO", "FI", "EE"), NthWeekday(11, SUN, 2),
              _FATHERS, "secondary"),
    EventRule("fathers_day", "Father's Day", "cultural", ("DK",), Fixed(6, 5), _FATHERS, "secondary"),
    EventRule("fathers_day", "Dzień Ojca", "cultural", ("PL",), Fixed(6, 23), _FATHERS, "secondary"),
    EventRule("fathers_day", "National Father's Day", "cultural", ("TH",), Fixed(12, 5), _FATHERS, "secondary",
              note="King Bhumibol's birthday, a public holiday."),
    # Back to school, by school-year start.
    EventRule("back_to_school", "Back-to-school season", "commercial", ("US", "CA"), Fixed(7, 15),
              _src("NRF: back-to-school shopping season (July to early September)",
                   "https://nrf.com/research-insights/holiday-and-seasonal-trends/back-to-school-and-college"),
              "secondary", days=52, lead_days=28),
    EventRule("back_to_school", "Back-to-school season (school year starts late August/September)", "commercial",
              ("GB", "CH", "NO", *EU27, "TR"), Fixed(8, 15),
              _src("Academic term: school years by country (Wikipedia)", WIKI + "Academic_term"), "uncertain",
              days=31, lead_days=28, note="Start dates vary by region; check the school calendar of each market."),
    EventRule("back_to_school", "Back-to-school season (school year starts late August/September)", "commercial",
              ("MX", "CN", "SA", "AE"), Fixed(8, 1),
              _src("Academic term: school years by country (Wikipedia)", WIKI + "Academic_term"), "uncertain",
              days=35, lead_days=28),
    EventRule("back_to_school", "Back-to-school season (school year starts January/February)", "commercial",
              ("AU", "NZ", "BR", "ZA", "SG", "AR"), Fixed(1, 5),
              _src("Academic term: school years by country (Wikipedia)", WIKI + "Academic_term"), "uncertain",
              days=40, lead_days=28, note="Southern-hemisphere and Singapore school years start in January or "
                                          "February."),
    EventRule("back_to_school", "New school year (starts April)", "commercial", ("JP",), Fixed(3, 1),
              _src("Academic term: Japan's school year starts in April (Wikipedia)", WIKI + "Academic_term"),
              "secondary", days=41, lead_days=28),
    EventRule("back_to_school", "New school year (starts March)", "commercial", ("KR",), Fixed(2, 1),
              _src("Academic term: Korea's school year starts in March (Wikipedia)", WIKI + "Academic_term"),
              "secondary", days=33, lead_days=28),
    # --- Lunar, religious and cultural festivals from the holidays package ---------------------------
    EventRule("lunar_new_year", "Lunar New Year", "cultural", ("CN", "KR", "VN", "SG", "MY", "ID", "TW", "HK"),
              HolidayLookup(r"^(chinese new year( \(spring festival\))?|korean new year|lunar new year)"
                            r"( \(observed\))?$",
                            r"(chinese|korean|lunar) new year(?!'s eve)", "lunar_new_year"),
              HOLIDAYS_SOURCE, "secondary", lead_days=42,
              local_names=(("CN", "Spring Festival (Chinese New Year)"), ("KR", "Seollal (Korean New Year)"),
                           ("VN", "Tết (Lunar New Year)"))),
    EventRule("mid_autumn", "Mid-Autumn Festival (mooncake gifting)", "cultural", ("CN", "HK", "TW", "SG", "MY"),
              HolidayLookup(r"^mid-autumn", None, "mid_autumn"), HOLIDAYS_SOURCE, "secondary"),
    EventRule("chuseok", "Chuseok", "cultural", ("KR",), HolidayLookup(r"^chuseok$", r"chuseok", "mid_autumn"),
              HOLIDAYS_SOURCE, "secondary", lead_days=35, note="Gift sets are bought in the weeks before Chuseok."),
    EventRule("golden_week", "Golden Week", "public", ("JP",), Fixed(4, 29),
              _src("Golden Week (Japan) (Wikipedia)", WIKI + "Golden_Week_(Japan)"), "secondary", days=7,
              lead_days=21, note="Showa Day (29 April) to Children's Day (5 May): carriers and customer service slow "
                                 "down; a travel and leisure shopping peak."),
    EventRule("songkran", "Songkran (Thai New Year)", "cultural", ("TH",), HolidayLookup(r"^songkran"),
              HOLIDAYS_SOURCE, "secondary", lead_days=21),
    EventRule("diwali", "Diwali", "religious", ("IN", "SG", "MY"), HolidayLookup(r"^(diwali|deepavali)", None,
                                                                                 "diwali"),
              HOLIDAYS_SOURCE, "secondary", lead_days=42,
              note="The festive season (Navratri, Dussehra, Dhanteras, Diwali) is India's biggest shopping period.",
              local_names=(("SG", "Deepavali"), ("MY", "Deepavali"))),
    EventRule("ramadan", "Ramadan begins", "religious", MUSLIM_MAJORITY_OR_LARGE,
              HolidayLookup(r"(first day of|beginning of|awal) ramadan", None, "ramadan_start"), HOLIDAYS_SOURCE,
              "secondary", lead_days=30,
              note="Shopping shifts to evenings and peaks in the last ten days before Eid; the start depends on the "
                   "moon sighting and may move by a day."),
    EventRule("eid_al_fitr", "Eid al-Fitr", "religious", MUSLIM_MAJORITY_OR_LARGE,
              HolidayLookup(r"^(eid al-fitr|hari raya)", r"eid al-fitr|hari raya", "eid_al_fitr"), HOLIDAYS_SOURCE,
              "secondary", lead_days=45, note="Gifts, new clothes and food; campaigns run through Ramadan.",
              local_names=(("ID", "Idul Fitri (Lebaran)"), ("MY", "Hari Raya Aidilfitri"),
                           ("SG", "Hari Raya Puasa"), ("TR", "Ramazan Bayramı"))),
    EventRule("eid_al_adha", "Eid al-Adha", "religious", MUSLIM_MAJORITY_OR_LARGE,
              HolidayLookup(r"^(eid al-adha|hari raya haji)", r"eid al-adha|hari raya haji", "eid_al_adha"),
              HOLIDAYS_SOURCE, "secondary", lead_days=30,
              local_names=(("ID", "Idul Adha"), ("MY", "Hari Raya Haji"), ("SG", "Hari Raya Haji"),
                           ("TR", "Kurban Bayramı"))),
)
# fmt: on
