"""European Union rules that apply in every member state (national rules live in their own modules)."""

from __future__ import annotations

from borderless.screening.rules._build import rule, src, when

M = "EU"
COSMETICS = src(
    "Regulation (EC) No 1223/2009 on cosmetic products (responsible person, CPNP notification)",
    "https://eur-lex.europa.eu/eli/reg/2009/1223/oj",
)
POAO = src(
    "Commission Delegated Regulation (EU) 2019/2122 (personal consignments and goods sold by distance "
    "contract of products of animal origin)",
    "https://eur-lex.europa.eu/eli/reg_del/2019/2122/oj",
)
TPD = src(
    "Directive 2014/40/EU (Tobacco Products Directive), Articles 18 and 20",
    "https://eur-lex.europa.eu/eli/dir/2014/40/oj",
)
EXCISE = src(
    "Council Directive (EU) 2020/262 (general arrangements for excise duty): distance sales of excise goods",
    "https://eur-lex.europa.eu/eli/dir/2020/262/oj",
)
MEDICINES = src(
    "Directive 2001/83/EC (Community code on medicinal products), Article 85c: online sale by registered sellers only",
    "https://eur-lex.europa.eu/eli/dir/2001/83/oj",
)
NOVEL = src(
    "Regulation (EU) 2015/2283 on novel foods; EU Novel Food Catalogue entry for cannabinoids",
    "https://eur-lex.europa.eu/eli/reg/2015/2283/oj",
)
PLANTS = src(
    "Regulation (EU) 2016/2031 on protective measures against pests of plants (phytosanitary "
    "certificates, incl. for distance sales)",
    "https://eur-lex.europa.eu/eli/reg/2016/2031/oj",
)
RED = src("Directive 2014/53/EU (Radio Equipment Directive)", "https://eur-lex.europa.eu/eli/dir/2014/53/oj")
DRONES = src(
    "Commission Delegated Regulation (EU) 2019/945 on unmanned aircraft systems (class marking)",
    "https://eur-lex.europa.eu/eli/reg_del/2019/945/oj",
)
FIREARMS = src(
    "Regulation (EU) No 258/2012 (import authorisation for firearms) and Directive (EU) 2021/555",
    "https://eur-lex.europa.eu/eli/reg/2012/258/oj",
)
GPSR = src(
    "Regulation (EU) 2023/988 (General Product Safety Regulation); Commission Decision 2014/59/EU on "
    "laser products for consumers",
    "https://eur-lex.europa.eu/eli/reg/2023/988/oj",
)
SUPPLEMENTS = src(
    "Directive 2002/46/EC on food supplements (national notification)", "https://eur-lex.europa.eu/eli/dir/2002/46/oj"
)

RULES = (
    rule(
        M,
        "cosmetics",
        "cosmetics",
        when(
            "2013-07-11",
            None,
            "needs-permit",
            "Cosmetics need an EU responsible person (established in the EU) and a CPNP notification before "
            "they are placed on the market; labels must name the responsible person.",
            COSMETICS,
            "secondary",
        ),
        authority="European Commission / national authorities",
    ),
    rule(
        M,
        "animal-products",
        ("meat", "dairy", "pork", "eggs"),
        when(
            "2019-12-14",
            None,
            "needs-permit",
            "Meat and dairy products from third countries sold by distance contract must enter as commercial "
            "consignments through a border control post with official certificates from listed "
            "establishments; personal consignments of meat and milk products from outside the EU are "
            "prohibited (small exceptions for infant milk and medical food).",
            POAO,
        ),
        authority="European Commission / border control posts",
    ),
    rule(
        M,
        "e-cigarette",
        "e-cigarette",
        when(
            "2016-05-20",
            None,
            "needs-permit",
            "E-cigarettes and refills must be notified to the member state six months before sale (max "
            "20 mg/ml nicotine, 10 ml refills); member states may ban cross-border distance sales or require "
            "registration.",
            TPD,
            "secondary",
        ),
        authority="national competent authorities",
    ),
    rule(
        M,
        "excise-goods",
        ("alcohol", "tobacco"),
        when(
            "2023-02-13",
            None,
            "needs-permit",
            "Alcohol and tobacco sold at a distance to consumers are taxed in the destination member state: "
            "the seller needs a tax representative or registration there and pays excise before dispatch.",
            EXCISE,
            "secondary",
        ),
        authority="national customs and excise",
    ),
    rule(
        M,
        "medicines",
        "medicines",
        when(
            "2015-07-01",
            None,
            "needs-permit",
            "Medicines need a marketing authorisation in the member state; online sale to the public only by "
            "registered pharmacies showing the EU common logo; prescription medicines need a prescription.",
            MEDICINES,
        ),
        authority="EMA / national medicines agencies",
    ),
    rule(
        M,
        "supplements",
        "supplements",
        when(
            "2002-07-12",
            None,
            "observation",
            "Food supplements are notified nationally and must respect national maximum vitamin/mineral "
            "levels and the novel food rules.",
            SUPPLEMENTS,
        ),
        authority="national food authorities",
    ),
    rule(
        M,
        "cbd",
        "cbd-cannabis",
        when(
            "2018-01-01",
            None,
            "needs-permit",
            "CBD and hemp extracts in food are novel foods with no authorisation yet; THC content is "
            "controlled nationally. CBD cosmetics are allowed when the ingredient is permitted (CosIng).",
            NOVEL,
            "secondary",
        ),
        authority="European Commission / EFSA",
    ),
    rule(
        M,
        "plants",
        "seeds-plants",
        when(
            "2019-12-14",
            None,
            "needs-permit",
            "Plants and seeds for planting from third countries need a phytosanitary certificate, also when "
            "sold online and sent by post.",
            PLANTS,
            "secondary",
        ),
        authority="national plant protection organisations",
    ),
    rule(
        M,
        "radio",
        "radio-equipment",
        when(
            "2016-06-13",
            None,
            "observation",
            "Radio equipment needs CE marking under the Radio Equipment Directive, an EU declaration of "
            "conformity and (from 2024-12-28) USB-C charging for phones and similar devices.",
            RED,
        ),
        authority="market surveillance authorities",
    ),
    rule(
        M,
        "drones",
        "drones",
        when(
            "2024-01-01",
            None,
            "observation",
            "Drones sold for the open category must carry a class identification label (C0-C4) and meet "
            "Regulation 2019/945; operators register nationally.",
            DRONES,
        ),
        authority="EASA / national aviation authorities",
    ),
    rule(
        M,
        "firearms",
        "firearms",
        when(
            "2013-09-30",
            None,
            "needs-permit",
            "Firearms, parts and ammunition need an import authorisation and national licences.",
            FIREARMS,
        ),
        authority="national authorities",
    ),
    rule(
        M,
        "lasers",
        "lasers",
        when(
            "2014-02-01",
            None,
            "observation",
            "Laser products for consumers must be safe (GPSR); laser pointers above Class 2 are not allowed "
            "for consumers in most member states.",
            GPSR,
            "secondary",
        ),
        authority="market surveillance authorities",
    ),
)
