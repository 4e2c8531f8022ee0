"""The cultural associations Borderless knows, each with its source and confidence.

Written for this project from public references read on 2026-11-21. Laws cite the law; customs cite
a public secondary reference and are marked ``guidance=True`` (etiquette many shoppers share, not a
rule). Confidence is ``secondary`` when a published reference states it and ``uncertain`` when sources
disagree or the custom is regional or fading. The list is a starting point, not a clearance: a market
without an entry is reported as having no notes, never as safe.
"""

from __future__ import annotations

from datetime import date
from typing import Final

from borderless.culture.model import AssociationKind, CulturalAssociation, Polarity, Severity
from borderless.rules import Confidence, Source

__all__ = ["ASSOCIATIONS", "EU_MEMBERS_CULTURE"]

_READ: Final = date(2026, 11, 21)


def _source(title: str, url: str) -> Source:
    return Source(title, url, _READ)


EU_MEMBERS_CULTURE: Final = frozenset(
    {
        "AT",
        "BE",
        "BG",
        "CY",
        "CZ",
        "DE",
        "DK",
        "EE",
        "ES",
        "FI",
        "FR",
        "GR",
        "HR",
        "HU",
        "IE",
        "IT",
        "LT",
        "LU",
        "LV",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SE",
        "SI",
        "SK",
    }
)

_TETRAPHOBIA = _source('Wikipedia, "Tetraphobia"', "https://en.wikipedia.org/wiki/Tetraphobia")
_NUMBERS_CN = _source(
    'Wikipedia, "Numbers in Chinese culture"', "https://en.wikipedia.org/wiki/Numbers_in_Chinese_culture"
)
_NUMBERS_JP = _source(
    'Wikipedia, "Japanese numerals" (readings of 4 and 9, avoided in gifts)',
    "https://en.wikipedia.org/wiki/Japanese_numerals",
)
_SEVENTEEN = _source(
    'Wikipedia, "17 (number)" (unlucky in Italy: XVII as an anagram of VIXI)',
    "https://en.wikipedia.org/wiki/17_(number)",
)
_THIRTEEN = _source('Wikipedia, "Triskaidekaphobia"', "https://en.wikipedia.org/wiki/Triskaidekaphobia")
_GREEN_HAT = _source(
    'Wikipedia, "Green hat" (cuckoldry connotation in China)', "https://en.wikipedia.org/wiki/Green_hat"
)
_GIFT_CN = _source(
    'Wikipedia, "Gift-giving in China" / Chinese gift taboos (clocks, umbrellas, pears, shoes)',
    "https://en.wikipedia.org/wiki/Chinese_culture#Gift_giving",
)
_CHRYSANTHEMUM = _source(
    'Wikipedia, "Chrysanthemum" (cultural significance: funerals in much of Europe and East Asia)',
    "https://en.wikipedia.org/wiki/Chrysanthemum#Cultural_significance",
)
_WHITE = _source(
    'Wikipedia, "Color symbolism" and "White" (mourning colour in East and South Asia)',
    "https://en.wikipedia.org/wiki/White#Mourning",
)
_RED_INK = _source(
    'Wikipedia, "Culture of Korea" / Korean superstitions (names written in red)',
    "https://en.wikipedia.org/wiki/Korean_superstitions",
)
_GESTURES = _source(
    'Wikipedia, "OK gesture" and "Thumb signal" (regional meanings)', "https://en.wikipedia.org/wiki/OK_gesture"
)
_V_SIGN = _source(
    'Wikipedia, "V sign" (insult with the palm inward in the UK, Ireland, Australia, New Zealand)',
    "https://en.wikipedia.org/wiki/V_sign#Insult_gesture",
)
_LEFT_HAND = _source(
    'Wikipedia, "Left hand" / "Islamic toilet etiquette" (left hand considered unclean)',
    "https://en.wikipedia.org/wiki/Bias_against_left-handed_people#Religious_and_cultural",
)
_FOOT = _source(
    'Wikipedia, "Foot" (cultural significance: showing the sole is disrespectful)',
    "https://en.wikipedia.org/wiki/Foot#Culture",
)
_SA_CUSTOMS = _source(
    "Saudi ZATCA: prohibited goods (pork and its products, alcoholic beverages)",
    "https://zatca.gov.sa/en/RulesRegulations/Taxes/Pages/Prohibited-Goods.aspx",
)
_UAE_MEDIA = _source(
    "UAE Media Regulatory Office: advertising standards (religious values, alcohol and pork)",
    "https://u.ae/en/media/media-in-the-uae",
)
_STGB_86A = _source(
    "Strafgesetzbuch § 86a: use of symbols of unconstitutional organisations",
    "https://www.gesetze-im-internet.de/stgb/__86a.html",
)
_CN_MAPS = _source(
    "PRC Regulations on Map Management (2015), maps must show the national territory as approved",
    "https://www.gov.cn/zhengce/content/2015-12/14/content_10402.htm",
)
_IN_MAPS = _source(
    "India: Criminal Law Amendment Act 1961 s.2 (questioning territorial integrity) and Survey of India map policy",
    "https://www.indiacode.nic.in/handle/123456789/1448",
)
_ASCI = _source(
    "ASCI (India): guidelines for advertising of skin-lightening or fairness improvement products (2014)",
    "https://www.ascionline.in/",
)
_NMPA = _source(
    "PRC Regulations on the Supervision and Administration of Cosmetics (2020, from 2021-01-01): "
    "whitening is a special-use cosmetic needing registration",
    "https://www.nmpa.gov.cn/",
)
_EU_GREEN = _source(
    "Directive (EU) 2024/825 (empowering consumers for the green transition): generic environmental "
    "claims banned from 27 September 2026",
    "https://eur-lex.europa.eu/eli/dir/2024/825/oj",
)
_RISING_SUN = _source(
    'Wikipedia, "Rising Sun Flag" (controversy in Korea and China)',
    "https://en.wikipedia.org/wiki/Rising_Sun_Flag#Controversy",
)
_SEA_NAME = _source(
    'Wikipedia, "Sea of Japan naming dispute"', "https://en.wikipedia.org/wiki/Sea_of_Japan_naming_dispute"
)
_TH_BUDDHA = _source(
    "Thailand: Buddha images as decoration discouraged; export of Buddha images needs a licence (Fine Arts Department)",
    "https://en.wikipedia.org/wiki/Buddha_images_in_Thailand",
)
_TH_ROYAL = _source(
    "Thai Criminal Code section 112 (lèse-majesté)", "https://en.wikipedia.org/wiki/Lèse-majesté_in_Thailand"
)
_IN_DEITIES = _source(
    "India: Bharatiya Nyaya Sanhita s.299 (acts outraging religious feelings); reported protests over "
    "deities on footwear and clothing",
    "https://en.wikipedia.org/wiki/Bharatiya_Nyaya_Sanhita",
)
_IN_COW = _source(
    'Wikipedia, "Cattle slaughter in India" (state laws; beef sensitivities)',
    "https://en.wikipedia.org/wiki/Cattle_slaughter_in_India",
)
_ISLAM_TEXT = _source(
    'Wikipedia, "Desecration of the Quran" (sacred text and the name of God on products)',
    "https://en.wikipedia.org/wiki/Desecration_of_the_Quran",
)
_TR_ATATURK = _source(
    "Turkey: Law No. 5816 on crimes committed against Atatürk",
    "https://en.wikipedia.org/wiki/Law_on_Crimes_Against_Atat%C3%BCrk",
)
_MX_FLOWERS = _source(
    'Wikipedia, "Tagetes erecta" (cempasúchil, flower of the dead in Mexico)',
    "https://en.wikipedia.org/wiki/Tagetes_erecta#Culture",
)
_PURPLE = _source(
    'Wikipedia, "Purple" (mourning in Brazil and Italy; bad luck in Italian theatre)',
    "https://en.wikipedia.org/wiki/Purple#In_culture",
)
_EVEN_FLOWERS = _source(
    'Wikipedia, "Flower bouquet" (even numbers of flowers for funerals in Eastern Europe)',
    "https://en.wikipedia.org/wiki/Flower_bouquet",
)
_EIGHT = _NUMBERS_CN

_FLOWER_WORDS: Final = (
    "flower",
    "flowers",
    "bouquet",
    "wreath",
    "blume",
    "blumen",
    "strauß",
    "fleur",
    "fleurs",
    "bouquet",
    "fiore",
    "fiori",
    "mazzo",
    "flor",
    "flores",
    "ramo",
    "bloem",
    "bloemen",
    "flori",
    "花",
    "꽃",
    "花束",
)
_GIFT_WORDS: Final = (
    "gift",
    "gifts",
    "present",
    "geschenk",
    "cadeau",
    "regalo",
    "presente",
    "cadou",
    "礼物",
    "礼品",
    "贈り物",
    "ギフト",
    "プレゼント",
    "선물",
    "hediye",
    "هدية",
)


def _a(
    key: str,
    kind: AssociationKind,
    subject: str,
    meaning: str,
    advice: str,
    countries: frozenset[str] | set[str],
    triggers: tuple[tuple[str, ...], ...],
    source: Source,
    *,
    confidence: Confidence = "secondary",
    guidance: bool = True,
    polarity: Polarity = "negative",
    severity: Severity = "warning",
    start: date | None = None,
) -> CulturalAssociation:
    return CulturalAssociation(
        key,
        kind,
        subject,
        meaning,
        advice,
        frozenset(countries),
        polarity,
        severity,
        triggers,
        source,
        confidence,
        guidance,
        start,
    )


_CJK_4: Final = frozenset({"CN", "JP", "KR", "SG"})

ASSOCIATIONS: Final[tuple[CulturalAssociation, ...]] = (
    # -- numbers -------------------------------------------------------------------------------
    _a(
        "number-4-death",
        "number",
        "the number 4",
        "4 sounds like the word for death (si / shi / sa) in Chinese, Japanese and Korean; buildings skip 4th floors.",
        "Avoid packs, sets or model numbers of 4 where a different count works; never in gift sets.",
        _CJK_4,
        (("#4", "四", "넷", "four", "vier", "quatre", "quattro", "cuatro"),),
        _TETRAPHOBIA,
        severity="info",
    ),
    _a(
        "number-9-suffering",
        "number",
        "the number 9",
        "9 can be read 'ku', like the word for suffering; avoided in gifts and hospitals.",
        "Avoid sets of 9 in gift products for Japan.",
        {"JP"},
        (("#9", "九"),),
        _NUMBERS_JP,
        severity="info",
    ),
    _a(
        "number-8-luck",
        "number",
        "the number 8",
        "8 sounds like 'prosper' (fa) and is considered lucky; prices ending in 8 are common.",
        "Prices and set sizes with 8 read well.",
        {"CN", "SG"},
        (("#8",),),
        _EIGHT,
        polarity="positive",
        severity="info",
    ),
    _a(
        "number-17-bad-luck",
        "number",
        "the number 17",
        "17 is the unlucky number in Italy (XVII is an anagram of VIXI, 'I have lived'); some airlines skip row 17.",
        "Avoid 17 in product names, editions or set sizes for Italy.",
        {"IT"},
        (("#17", "diciassette"),),
        _SEVENTEEN,
        severity="info",
    ),
    _a(
        "number-13-italy-mixed",
        "number",
        "the number 13",
        "In Italy 13 is traditionally lucky ('fare tredici' wins the football pool), though the English superstition "
        "is now known too.",
        "No change needed; do not assume 13 is unlucky in Italy.",
        {"IT"},
        (("#13",),),
        _THIRTEEN,
        polarity="mixed",
        severity="info",
        confidence="uncertain",
    ),
    _a(
        "number-13-bad-luck",
        "number",
        "the number 13",
        "13 is widely considered unlucky (triskaidekaphobia); many buildings skip the 13th floor.",
        "Avoid 13 in edition or set names where it is not meaningful.",
        {"US", "GB", "IE", "CA", "AU", "NZ", "DE", "FR", "NL", "ES", "PT", "AT", "BE"},
        (("#13",),),
        _THIRTEEN,
        severity="info",
    ),
    # -- colours -------------------------------------------------------------------------------
    _a(
        "white-mourning",
        "colour",
        "white (flowers, wrapping, envelopes)",
        "White is the colour of mourning and funerals.",
        "Avoid white for gift wrapping and white flowers; use red or gold for festive products.",
        {"CN", "JP", "KR", "IN", "SG"},
        (
            ("white", "weiß", "blanc", "白", "흰", "하얀"),
            _FLOWER_WORDS + _GIFT_WORDS + ("wrapping", "envelope", "packaging"),
        ),
        _WHITE,
    ),
    _a(
        "green-hat",
        "colour",
        "green hats",
        "Wearing a green hat ('dai lü maozi') means a man's wife is unfaithful.",
        "Do not sell or show green hats or caps for men in China; choose another colour or model.",
        {"CN"},
        (("green", "grün", "vert", "绿", "綠"), ("hat", "hats", "cap", "caps", "beanie", "帽", "帽子")),
        _GREEN_HAT,
        severity="warning",
    ),
    _a(
        "red-ink-names",
        "colour",
        "names written in red",
        "Writing a living person's name in red is associated with death (names of the dead were written in red).",
        "For personalised products, do not print customer names in red.",
        {"KR"},
        (("red", "빨간", "빨강"), ("name", "names", "personalised", "personalized", "이름", "custom", "engraved")),
        _RED_INK,
    ),
    _a(
        "yellow-marigold-death",
        "colour",
        "yellow marigolds (cempasúchil)",
        "Marigolds are the flowers of the dead (Día de Muertos); yellow flowers can signal death or contempt.",
        "Do not offer yellow flowers as a romantic or get-well gift in Mexico.",
        {"MX"},
        (
            ("yellow", "amarillo", "amarilla", "amarillas", "marigold", "marigolds", "cempasúchil", "cempasuchil"),
            _FLOWER_WORDS,
        ),
        _MX_FLOWERS,
        confidence="uncertain",
    ),
    _a(
        "purple-mourning",
        "colour",
        "purple",
        "Purple is associated with mourning and funerals (Brazil) and with bad luck (Italian theatre).",
        "Avoid purple for celebratory or gift products in Brazil and Italy.",
        {"BR", "IT"},
        (("purple", "roxo", "roxa", "viola", "lilás", "lilla"), _GIFT_WORDS + _FLOWER_WORDS),
        _PURPLE,
        confidence="uncertain",
    ),
    _a(
        "red-luck",
        "colour",
        "red and gold",
        "Red stands for luck and celebration, gold for wealth; popular for festivals and gifts.",
        "Red and gold work well for gift and festive products.",
        {"CN", "SG"},
        (("red", "红", "gold", "金"),),
        _WHITE,
        polarity="positive",
        severity="info",
    ),
    # -- flowers -------------------------------------------------------------------------------
    _a(
        "chrysanthemum-funeral",
        "imagery",
        "chrysanthemums",
        "Chrysanthemums are funeral and grave flowers (All Saints' Day in France, Italy, Belgium, Spain; white "
        "chrysanthemums at East Asian funerals).",
        "Do not market chrysanthemums as a gift, decoration for celebrations or romantic flowers.",
        {"FR", "IT", "BE", "ES", "PT", "AT", "HR", "PL", "CN", "JP", "KR"},
        (
            (
                "chrysanthemum",
                "chrysanthemums",
                "chrysanthème",
                "chrysanthèmes",
                "crisantemo",
                "crisantemi",
                "crisantemos",
                "chrysantheme",
                "chrysanthemen",
                "菊",
                "菊花",
                "국화",
            ),
        ),
        _CHRYSANTHEMUM,
    ),
    _a(
        "even-flowers-funeral",
        "gift",
        "even numbers of flowers",
        "Bouquets with an even number of stems are for funerals; living people receive odd numbers.",
        "Sell bouquets with odd stem counts (or a dozen, which counts as a whole) in these markets.",
        {"RO", "PL", "BG", "LT", "LV", "EE", "CZ", "SK", "HU"},
        (
            ("#2", "#4", "#6", "#8", "#10", "#14", "#16", "#18", "#20"),
            ("roses", "stems", "tulips", "flowers", "bouquet", "flori", "trandafiri"),
        ),
        _EVEN_FLOWERS,
        confidence="uncertain",
    ),
    # -- gift taboos ---------------------------------------------------------------------------
    _a(
        "clock-gift",
        "gift",
        "clocks as gifts",
        "'Giving a clock' (song zhong) sounds like attending someone's death (song zhong, end of life).",
        "Do not market clocks or watches as gifts in China; sell them as items for oneself.",
        {"CN", "SG"},
        (("clock", "clocks", "wall clock", "钟", "鐘", "時計"),),
        _GIFT_CN,
    ),
    _a(
        "umbrella-gift",
        "gift",
        "umbrellas as gifts",
        "Umbrella (san) sounds like 'to separate'; an umbrella gift suggests breaking up.",
        "Avoid promoting umbrellas as gifts for partners or friends.",
        {"CN"},
        (("umbrella", "umbrellas", "伞", "傘"), _GIFT_WORDS),
        _GIFT_CN,
        confidence="uncertain",
    ),
    _a(
        "shoes-gift-partner",
        "gift",
        "shoes as gifts for a partner",
        "Shoes given to a partner are said to make them 'walk away' from the relationship.",
        "Avoid 'gift for your partner' copy on shoes in Korea.",
        {"KR"},
        (("shoes", "sneakers", "신발"), (*_GIFT_WORDS, "boyfriend", "girlfriend", "partner")),
        _GIFT_CN,
        confidence="uncertain",
    ),
    _a(
        "knife-gift",
        "gift",
        "knives as gifts",
        "Sharp objects as gifts are said to cut the relationship; at weddings they are avoided.",
        "Do not position knives or scissors as wedding or friendship gifts.",
        {"CN", "JP", "KR", "BR"},
        (("knife", "knives", "scissors", "刀", "包丁", "칼", "faca"), (*_GIFT_WORDS, "wedding")),
        _GIFT_CN,
        confidence="uncertain",
    ),
    # -- gestures ------------------------------------------------------------------------------
    _a(
        "ok-gesture",
        "gesture",
        "the OK hand sign",
        "The ring made by thumb and index finger is an obscene insult in Brazil and offensive in Turkey.",
        "Avoid OK-sign imagery, emoji and 'OK hand' wording in ads and product images.",
        {"BR", "TR"},
        (("ok sign", "ok hand", "ok gesture", "👌", "ok-hand"),),
        _GESTURES,
    ),
    _a(
        "thumbs-up",
        "gesture",
        "the thumbs-up",
        "The thumbs-up is rude in parts of the Middle East and West Africa (mainly Iran, Iraq, Afghanistan); "
        "in the Gulf "
        "it is widely read as positive today.",
        "Where a product image or emoji shows a thumbs-up, consider a neutral alternative.",
        {"SA", "AE"},
        (("thumbs up", "thumbs-up", "👍"),),
        _GESTURES,
        confidence="uncertain",
        severity="info",
    ),
    _a(
        "v-sign-palm-in",
        "gesture",
        "the V sign with the palm inward",
        "A V sign with the back of the hand facing out is an insult (like the middle finger).",
        "Check that V-sign imagery shows the palm facing outwards.",
        {"GB", "IE", "AU", "NZ"},
        (("v sign", "v-sign", "peace sign", "✌"),),
        _V_SIGN,
        severity="info",
    ),
    _a(
        "left-hand",
        "gesture",
        "the left hand",
        "The left hand is considered unclean; offering, eating or giving with it is rude.",
        "Show products being offered, eaten or handed over with the right hand in images.",
        {"SA", "AE", "IN"},
        (("left hand", "left-handed", "left handed"),),
        _LEFT_HAND,
        severity="info",
    ),
    _a(
        "shoe-sole",
        "gesture",
        "soles of the feet and shoes",
        "Showing the sole of the foot or a shoe at someone is an insult; feet are the lowest part of the body.",
        "Avoid images pointing soles at the viewer; avoid shoes near religious or royal imagery.",
        {"SA", "AE", "TH", "IN", "TR"},
        (("feet up", "feet on the table", "sole facing", "soles facing", "feet on the desk"),),
        _FOOT,
        severity="info",
        confidence="uncertain",
    ),
    # -- imagery and symbols -------------------------------------------------------------------
    _a(
        "pork-products",
        "imagery",
        "pork and pig imagery",
        "Pork and its products are forbidden in Islam and prohibited imports in Saudi Arabia; pig imagery offends "
        "many shoppers in the UAE.",
        "Do not list pork products; avoid pig imagery and pork-derived ingredients (gelatin, lard) without halal "
        "certification.",
        {"SA", "AE"},
        (("pork", "bacon", "ham", "pig", "pigs", "piggy", "lard", "gelatin", "gelatine", "خنزير"),),
        _SA_CUSTOMS,
        guidance=False,
        severity="legal",
    ),
    _a(
        "alcohol",
        "imagery",
        "alcohol and its imagery",
        "Alcoholic drinks are prohibited in Saudi Arabia and licensed in the UAE; wine glasses and beer imagery in ads "
        "can breach advertising standards.",
        "Do not list alcohol for Saudi Arabia; avoid alcohol imagery and wording in UAE listings.",
        {"SA", "AE"},
        (
            (
                "alcohol",
                "wine",
                "beer",
                "vodka",
                "whisky",
                "whiskey",
                "champagne",
                "cocktail",
                "cocktails",
                "gin",
                "rum",
                "brewery",
                "نبيذ",
                "كحول",
            ),
        ),
        _SA_CUSTOMS,
        guidance=False,
        severity="legal",
    ),
    _a(
        "religious-text-on-goods",
        "imagery",
        "sacred text and the name of God on goods",
        "Quranic verses or the name of God on clothing, footwear, rugs or disposable goods is deeply offensive.",
        "Remove Arabic calligraphy of religious text from everyday goods; check what any Arabic print says.",
        {"SA", "AE", "TR"},
        (("allah", "quran", "koran", "الله", "قرآن"),),
        _ISLAM_TEXT,
        guidance=False,
        confidence="secondary",
    ),
    _a(
        "nazi-symbols",
        "symbol",
        "swastikas and other Nazi symbols",
        "Using symbols of unconstitutional organisations (swastika, SS runes, Nazi salutes and slogans) is a criminal "
        "offence in Germany; Buddhist/Hindu swastika-like symbols (manji) on goods are often taken for them.",
        "Remove swastika-like symbols (卍, 卐) and Nazi-era slogans and runes; explain religious symbols clearly.",
        {"DE", "AT"},
        (("swastika", "hakenkreuz", "卍", "卐", "ss runes", "sieg heil", "heil hitler", "sig rune", "manji"),),
        _STGB_86A,
        guidance=False,
        severity="legal",
    ),
    _a(
        "rising-sun-flag",
        "symbol",
        "the Rising Sun flag",
        "The Rising Sun flag is associated with Japanese imperialism and offends many Korean and Chinese shoppers.",
        "Avoid rising-sun ray designs on products for Korea and China.",
        {"KR", "CN"},
        (("rising sun", "旭日旗", "욱일기", "kyokujitsu"),),
        _RISING_SUN,
    ),
    _a(
        "maps-china",
        "imagery",
        "maps and borders",
        "Maps published in China must show the national territory as approved (Taiwan, South China Sea islands, "
        "Aksai Chin); products with 'wrong' maps are seized and listings removed.",
        "Do not sell maps, globes or map prints in China without an approved map review number; "
        "avoid listing Taiwan as "
        "a country.",
        {"CN"},
        (("map", "maps", "globe", "atlas", "world map", "地图", "地圖", "taiwan", "台湾"),),
        _CN_MAPS,
        guidance=False,
        severity="legal",
    ),
    _a(
        "maps-india",
        "imagery",
        "maps and borders",
        "Publishing a map of India that questions its territorial integrity (Jammu and Kashmir, "
        "Arunachal Pradesh) is an "
        "offence; maps must follow the Survey of India's external boundary.",
        "Check every map on products, packaging and images sold in India.",
        {"IN"},
        (("map", "maps", "globe", "atlas", "world map", "kashmir", "arunachal"),),
        _IN_MAPS,
        guidance=False,
        severity="legal",
        confidence="uncertain",
    ),
    _a(
        "sea-of-japan-name",
        "wording",
        "'Sea of Japan' and 'Takeshima'",
        "Korea calls the sea the East Sea (Donghae) and the islets Dokdo; "
        "the Japanese names offend many Korean shoppers.",
        "Use 'East Sea' / 'Dokdo' (or both names) in Korean listings and maps.",
        {"KR"},
        (("sea of japan", "takeshima", "日本海"),),
        _SEA_NAME,
    ),
    _a(
        "buddha-decor",
        "imagery",
        "Buddha images as decoration",
        "Buddha heads and figures used as décor, on footwear, swimwear or tattoos offend Buddhists; export of Buddha "
        "images from Thailand needs a licence.",
        "Avoid Buddha images on everyday or intimate goods; treat statues respectfully in images.",
        {"TH", "IN", "SG"},
        (("buddha", "พระพุทธ", "佛像"),),
        _TH_BUDDHA,
    ),
    _a(
        "thai-royals",
        "wording",
        "the Thai royal family",
        "Defaming or insulting the King, Queen or heir is a crime (lèse-majesté, up to 15 years per count).",
        "Never use royal images or names in marketing for Thailand.",
        {"TH"},
        (("king of thailand", "thai king", "royal family", "ในหลวง", "พระมหากษัตริย์"),),
        _TH_ROYAL,
        guidance=False,
        severity="legal",
    ),
    _a(
        "deities-on-goods",
        "imagery",
        "Hindu deities on footwear and clothing",
        "Images of deities (Ganesh, Shiva, Lakshmi...) on shoes, underwear, doormats or swimwear cause outrage and "
        "can be prosecuted as outraging religious feelings.",
        "Keep religious imagery off everyday and intimate goods for India.",
        {"IN"},
        (("ganesh", "ganesha", "shiva", "lakshmi", "krishna", "hanuman", "om symbol", "ॐ"),),
        _IN_DEITIES,
    ),
    _a(
        "beef-leather",
        "wording",
        "beef and cow products",
        "Cow slaughter is banned in most Indian states and beef is a sensitive subject for many Hindu shoppers.",
        "Do not list beef food products; for leather, name the hide (buffalo, goat) where relevant.",
        {"IN"},
        (("beef", "cowhide", "cow leather", "veal"),),
        _IN_COW,
        confidence="secondary",
    ),
    _a(
        "ataturk",
        "wording",
        "Atatürk",
        "Insulting the memory of Atatürk or damaging his image is a crime in Turkey (Law 5816).",
        "Do not use Atatürk's image or name in a playful or commercial way.",
        {"TR"},
        (("atatürk", "ataturk"),),
        _TR_ATATURK,
        guidance=False,
        severity="legal",
    ),
    # -- wording that can mislead --------------------------------------------------------------
    _a(
        "skin-whitening-india",
        "wording",
        "fairness and skin-whitening claims",
        "Advertising guidelines forbid showing darker skin as inferior or promising fairness as the route to success; "
        "'fair', 'fairness', 'whitening' wording draws complaints.",
        "Use 'even tone' or 'brightening' only for what the product does; never compare skin colours.",
        {"IN"},
        (("fairness", "whitening", "skin lightening", "skin-lightening", "fair skin", "lighten skin", "bleaching"),),
        _ASCI,
        guidance=False,
    ),
    _a(
        "whitening-china",
        "wording",
        "whitening (美白) cosmetic claims",
        "Whitening and freckle-removing claims make a cosmetic a special-use cosmetic that needs registration with "
        "the NMPA before sale.",
        "Do not claim whitening unless the product is registered as a special-use cosmetic.",
        {"CN"},
        (("whitening", "美白", "祛斑", "skin lightening"),),
        _NMPA,
        guidance=False,
        severity="legal",
    ),
    _a(
        "generic-green-claims",
        "wording",
        "generic environmental claims",
        "Generic environmental claims ('eco-friendly', 'green', 'climate neutral', 'umweltfreundlich') without "
        "recognised excellent environmental performance are banned as unfair commercial practices.",
        "Replace generic claims with a specific, evidenced statement or a certified label.",
        EU_MEMBERS_CULTURE,
        (
            (
                "eco-friendly",
                "eco friendly",
                "environmentally friendly",
                "climate neutral",
                "climate-neutral",
                "carbon neutral",
                "umweltfreundlich",
                "klimaneutral",
                "écologique",
                "respectueux de l'environnement",
                "ecologico",
                "ecológico",
                "milieuvriendelijk",
                "biodegradable",
            ),
        ),
        _EU_GREEN,
        guidance=False,
        severity="legal",
        start=date(2026, 9, 27),
    ),
)
