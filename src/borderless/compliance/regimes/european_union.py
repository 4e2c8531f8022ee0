"""European Union: GDPR, ePrivacy, consumer rights and price indication shared by every member state,
plus each member's supervisory authority and national data-protection law, and national specifics
where known (cookie laws, unit prices, longer guarantees)."""

from __future__ import annotations

from borderless.compliance.model import Obligation
from borderless.compliance.regimes._build import fact, obligations, src

GDPR = src("Regulation (EU) 2016/679 (GDPR)", "https://eur-lex.europa.eu/eli/reg/2016/679/oj")
DIR_95 = src("Directive 95/46/EC (Data Protection Directive)", "https://eur-lex.europa.eu/eli/dir/1995/46/oj")
EPRIVACY = src(
    "Directive 2002/58/EC (ePrivacy), Articles 5(3) and 13, as amended by Directive 2009/136/EC",
    "https://eur-lex.europa.eu/eli/dir/2002/58/oj",
)
DPF = src(
    "Commission Implementing Decision (EU) 2023/1795 (EU-US Data Privacy Framework adequacy); "
    "standard contractual clauses (EU) 2021/914",
    "https://eur-lex.europa.eu/eli/dec_impl/2023/1795/oj",
)
CRD = src("Directive 2011/83/EU (Consumer Rights Directive), Article 9", "https://eur-lex.europa.eu/eli/dir/2011/83/oj")
BUTTON = src(
    "Directive (EU) 2023/2673 (withdrawal function for contracts concluded online, applies from 2026-06-19)",
    "https://eur-lex.europa.eu/eli/dir/2023/2673/oj",
)
PID = src(
    "Directive 98/6/EC (Price Indication Directive), Article 6a inserted by Directive (EU) 2019/2161 (Omnibus)",
    "https://eur-lex.europa.eu/eli/dir/1998/6/oj",
)
SGD = src("Directive (EU) 2019/771 (Sale of Goods Directive)", "https://eur-lex.europa.eu/eli/dir/2019/771/oj")
SGD_OLD = src("Directive 1999/44/EC (consumer sales and guarantees)", "https://eur-lex.europa.eu/eli/dir/1999/44/oj")

SHARED: tuple[Obligation, ...] = obligations(
    "EU",
    "European Data Protection Board / national authorities",
    fact(
        "data-protection",
        "1998-10-25",
        "2018-05-25",
        "Data Protection Directive 95/46/EC as transposed nationally",
        DIR_95,
        "secondary",
    ),
    fact(
        "data-protection",
        "2018-05-25",
        None,
        "GDPR",
        GDPR,
        "secondary",
        detail="Lawful basis for each processing, privacy notice, records of processing, data subject rights, "
        "DPO where required; sellers outside the EU targeting EU consumers appoint an EU representative "
        "(Art. 27).",
    ),
    fact(
        "marketing-consent",
        "2003-10-31",
        None,
        "opt-in for email and SMS marketing to individuals",
        EPRIVACY,
        "secondary",
        model="opt-in",
        detail="Prior consent; soft opt-in for existing customers for similar products with an easy opt-out in "
        "every message (Art. 13(2)).",
    ),
    fact(
        "cookies",
        "2011-05-25",
        None,
        "prior consent for non-essential cookies and trackers",
        EPRIVACY,
        "secondary",
        model="opt-in",
        detail="Consent to GDPR standard (no pre-ticked boxes, as easy to refuse as to accept); "
        "strictly necessary cookies exempt.",
    ),
    fact(
        "transfers",
        "2018-05-25",
        None,
        "transfers outside the EEA need adequacy or appropriate safeguards",
        DPF,
        "secondary",
        detail="Adequacy decisions (incl. the EU-US Data Privacy Framework from 2023-07-10 for certified US "
        "companies), standard contractual clauses with a transfer impact assessment, or BCRs.",
    ),
    fact(
        "breach-notification",
        "2018-05-25",
        None,
        "72 hours to the supervisory authority",
        GDPR,
        "secondary",
        hours=72,
        detail="Art. 33: within 72 hours of becoming aware unless unlikely to result in a risk; Art. 34: "
        "data subjects without undue delay when the risk is high.",
    ),
    fact(
        "withdrawal",
        "2014-06-13",
        "2026-06-19",
        "14 days from delivery, without giving a reason",
        CRD,
        "secondary",
        days=14,
        detail="Inform the consumer with the model form; refund within 14 days of withdrawal; extended "
        "by up to 12 months if not informed.",
    ),
    fact(
        "withdrawal",
        "2026-06-19",
        None,
        "14 days from delivery; a withdrawal function (button) is required online",
        BUTTON,
        "secondary",
        days=14,
        detail="Online contracts must offer a clearly labelled withdrawal function throughout the withdrawal "
        "period (Art. 11a CRD).",
    ),
    fact(
        "price-display",
        "2000-03-18",
        "2022-05-28",
        "final prices including VAT and all taxes; unit prices",
        PID,
        "secondary",
    ),
    fact(
        "price-display",
        "2022-05-28",
        None,
        "final prices including VAT; unit prices; prior-price rule for discounts",
        PID,
        "secondary",
        detail="Price reductions must show the lowest price applied in the 30 days before the reduction (Art. 6a, "
        "Omnibus).",
    ),
    fact(
        "guarantee",
        "2002-01-01",
        "2022-01-01",
        "legal guarantee of conformity of at least 2 years",
        SGD_OLD,
        "secondary",
        days=730,
    ),
    fact(
        "guarantee",
        "2022-01-01",
        None,
        "legal guarantee of conformity of at least 2 years from delivery",
        SGD,
        "secondary",
        days=730,
        detail="Repair or replacement, then price reduction or termination; defects appearing within 1 year "
        "(member states may extend to 2) are presumed to have existed at delivery.",
    ),
)

# country: (member name, supervisory authority, its website, national data-protection law)
AUTHORITIES: dict[str, tuple[str, str, str]] = {
    "AT": ("Datenschutzbehörde (DSB)", "https://www.dsb.gv.at/", "Datenschutzgesetz (DSG)"),
    "BE": (
        "Autorité de protection des données / Gegevensbeschermingsautoriteit",
        "https://www.dataprotectionauthority.be/",
        "Law of 30 July 2018 on the protection of natural persons",
    ),
    "BG": ("Commission for Personal Data Protection (CPDP)", "https://www.cpdp.bg/", "Personal Data Protection Act"),
    "HR": (
        "Agencija za zaštitu osobnih podataka (AZOP)",
        "https://azop.hr/",
        "Act on the Implementation of the GDPR (NN 42/2018)",
    ),
    "CY": ("Commissioner for Personal Data Protection", "https://www.dataprotection.gov.cy/", "Law 125(I)/2018"),
    "CZ": ("Úřad pro ochranu osobních údajů (ÚOOÚ)", "https://uoou.gov.cz/", "Act No. 110/2019 Coll."),
    "DK": ("Datatilsynet", "https://www.datatilsynet.dk/", "Databeskyttelsesloven"),
    "EE": ("Andmekaitse Inspektsioon", "https://www.aki.ee/", "Isikuandmete kaitse seadus"),
    "FI": ("Tietosuojavaltuutetun toimisto", "https://tietosuoja.fi/", "Tietosuojalaki (1050/2018)"),
    "FR": ("CNIL", "https://www.cnil.fr/", "Loi n° 78-17 Informatique et Libertés"),
    "DE": (
        "BfDI and the Länder data protection authorities",
        "https://www.bfdi.bund.de/",
        "Bundesdatenschutzgesetz (BDSG)",
    ),
    "GR": ("Hellenic Data Protection Authority", "https://www.dpa.gr/", "Law 4624/2019"),
    "HU": ("NAIH", "https://naih.hu/", "Act CXII of 2011 (Infotv.)"),
    "IE": ("Data Protection Commission", "https://www.dataprotection.ie/", "Data Protection Act 2018"),
    "IT": (
        "Garante per la protezione dei dati personali",
        "https://www.garanteprivacy.it/",
        "Codice privacy (D.Lgs. 196/2003 as amended by D.Lgs. 101/2018)",
    ),
    "LV": ("Datu valsts inspekcija", "https://www.dvi.gov.lv/", "Personal Data Processing Law"),
    "LT": (
        "Valstybinė duomenų apsaugos inspekcija",
        "https://vdai.lrv.lt/",
        "Law on Legal Protection of Personal Data",
    ),
    "LU": (
        "Commission nationale pour la protection des données (CNPD)",
        "https://cnpd.public.lu/",
        "Loi du 1er août 2018",
    ),
    "MT": ("Information and Data Protection Commissioner", "https://idpc.org.mt/", "Data Protection Act (Cap. 586)"),
    "NL": ("Autoriteit Persoonsgegevens", "https://www.autoriteitpersoonsgegevens.nl/", "Uitvoeringswet AVG (UAVG)"),
    "PL": (
        "Prezes Urzędu Ochrony Danych Osobowych (UODO)",
        "https://uodo.gov.pl/",
        "Act of 10 May 2018 on the protection of personal data",
    ),
    "PT": ("Comissão Nacional de Proteção de Dados (CNPD)", "https://www.cnpd.pt/", "Lei n.º 58/2019"),
    "RO": ("ANSPDCP", "https://www.dataprotection.ro/", "Legea nr. 190/2018"),
    "SK": ("Úrad na ochranu osobných údajov", "https://dataprotection.gov.sk/", "Act No. 18/2018 Coll."),
    "SI": ("Informacijski pooblaščenec", "https://www.ip-rs.si/", "ZVOP-2 (2022)"),
    "ES": ("Agencia Española de Protección de Datos (AEPD)", "https://www.aepd.es/", "Ley Orgánica 3/2018 (LOPDGDD)"),
    "SE": ("Integritetsskyddsmyndigheten (IMY)", "https://www.imy.se/", "Dataskyddslagen (2018:218)"),
}


def _national(country: str) -> tuple[Obligation, ...]:
    authority, url, law = AUTHORITIES[country]
    return obligations(
        country,
        authority,
        fact(
            "data-protection",
            "2018-05-25",
            None,
            f"GDPR with national rules: {law}",
            src(f"{authority}: national data protection authority", url),
            "secondary",
            detail=f"Supervisory authority: {authority}.",
        ),
    )


SPECIFICS: dict[str, tuple[Obligation, ...]] = {
    "DE": obligations(
        "DE",
        "BfDI / Bundesnetzagentur",
        fact(
            "cookies",
            "2021-12-01",
            None,
            "consent for non-essential access to terminal equipment (§25 TDDDG, formerly TTDSG)",
            src(
                "Telekommunikation-Digitale-Dienste-Datenschutz-Gesetz (TDDDG) §25",
                "https://www.gesetze-im-internet.de/ttdsg/__25.html",
            ),
            "secondary",
            model="opt-in",
        ),
        fact(
            "price-display",
            "2022-05-28",
            None,
            "Preisangabenverordnung: total price incl. VAT, unit price "
            "(Grundpreis) per kg/l next to the price, prior-price rule (§11)",
            src("Preisangabenverordnung (PAngV 2022)", "https://www.gesetze-im-internet.de/pangv_2022/"),
            "secondary",
        ),
    ),
    "FR": obligations(
        "FR",
        "CNIL",
        fact(
            "cookies",
            "2021-04-01",
            None,
            "CNIL guidelines: consent for non-essential cookies, 'refuse all' as easy as 'accept all'",
            src(
                "CNIL: cookies et autres traceurs (lignes directrices et recommandation 2020)",
                "https://www.cnil.fr/fr/cookies-et-autres-traceurs",
            ),
            "secondary",
            model="opt-in",
        ),
    ),
    "ES": obligations(
        "ES",
        "Ministerio de Consumo",
        fact(
            "guarantee",
            "2022-01-01",
            None,
            "legal guarantee of 3 years for goods bought from 2022-01-01",
            src(
                "Real Decreto-ley 7/2021 (Ley General para la Defensa de los Consumidores, art. 120)",
                "https://www.boe.es/eli/es/rdl/2021/04/27/7",
            ),
            "secondary",
            days=1095,
        ),
    ),
    "PT": obligations(
        "PT",
        "Direção-Geral do Consumidor",
        fact(
            "guarantee",
            "2022-01-01",
            None,
            "legal guarantee of 3 years for goods",
            src("Decreto-Lei n.º 84/2021", "https://dre.pt/"),
            "secondary",
            days=1095,
        ),
    ),
    "SE": obligations(
        "SE",
        "Konsumentverket",
        fact(
            "guarantee",
            "2022-05-01",
            None,
            "right to complain about defects for 3 years",
            src("Konsumentköplag (2022:260)", "https://www.riksdagen.se/"),
            "secondary",
            days=1095,
        ),
    ),
    "NL": obligations(
        "NL",
        "ACM",
        fact(
            "guarantee",
            "2022-01-01",
            None,
            "conformity for the normal expected lifespan of the product (no fixed period, at least 2 years)",
            src("Burgerlijk Wetboek 7:17-7:18 (conformiteit)", "https://wetten.overheid.nl/"),
            "secondary",
        ),
    ),
    "IE": obligations(
        "IE",
        "CCPC",
        fact(
            "guarantee",
            "2022-11-29",
            None,
            "remedies for faulty goods for up to 6 years (limitation period), "
            "short-term right to reject within 30 days",
            src("Consumer Rights Act 2022", "https://www.irishstatutebook.ie/"),
            "secondary",
        ),
    ),
    "FI": obligations(
        "FI",
        "KKV",
        fact(
            "guarantee",
            "2022-01-01",
            None,
            "liability for defects for the expected lifespan (no fixed period)",
            src("Kuluttajansuojalaki, chapter 5", "https://www.finlex.fi/"),
            "secondary",
        ),
    ),
}


def member_obligations(country: str) -> tuple[Obligation, ...]:
    """The national obligations of an EU member (authority, national law, specifics)."""
    return _national(country) + SPECIFICS.get(country, ())
