from __future__ import annotations

import pytest

from borderless.errors import DataError
from borderless.translate import (
    ExchangeUnit,
    TranslationMemory,
    import_units,
    parse_exchange_csv,
    parse_xliff,
    write_exchange_csv,
    write_xliff,
)
from borderless.translate.exchange import XLIFF_NS

UNITS = [
    ExchangeUnit("P1", "title", "Red shoes", "Rote Schuhe", "translated", "title of 'Red shoes'", 150),
    ExchangeUnit("P 2/x", "description", "<p>Soft & {n} cotton</p>", None, "initial"),
]


def test_xliff_round_trip_keeps_markup_and_ids() -> None:
    document = write_xliff(UNITS, "en", "de", original="catalog.csv")
    assert f'xmlns="{XLIFF_NS}"' in document and 'version="2.0"' in document
    assert "&lt;p&gt;Soft &amp; {n} cotton&lt;/p&gt;" in document
    source, target, units = parse_xliff(document)
    assert (source, target) == ("en", "de")
    assert units[0] == UNITS[0]
    assert (units[1].product_id, units[1].field, units[1].source, units[1].target) == (
        "P 2/x",
        "description",
        "<p>Soft & {n} cotton</p>",
        None,
    )


def test_xliff_import_flows_back_as_reviewed() -> None:
    document = write_xliff(UNITS, "en", "de", original="c.csv")
    document = document.replace('state="translated"', 'state="reviewed"').replace("Rote Schuhe", "Rote Lederschuhe")
    memory = TranslationMemory()
    memory.store("en", "de", [("Red shoes", "Rote Schuhe")], backend="apertium", reviewed=False)
    summary = import_units(memory, *parse_xliff(document))
    assert (summary.units, summary.reviewed, summary.stored, summary.skipped_empty) == (2, 1, 1, 1)
    entry = memory.lookup("en", "de", ["Red shoes"])["Red shoes"]
    assert (entry.target, entry.reviewed, entry.backend) == ("Rote Lederschuhe", True, "human")


def test_unreviewed_import_is_stored_unreviewed_unless_told() -> None:
    memory = TranslationMemory()
    _, _, units = parse_xliff(write_xliff(UNITS, "en", "de", original="c"))
    assert import_units(memory, "en", "de", units).reviewed == 0
    assert not memory.lookup("en", "de", ["Red shoes"])["Red shoes"].reviewed
    assert import_units(memory, "en", "de", units, all_reviewed=True).reviewed == 1
    assert memory.lookup("en", "de", ["Red shoes"])["Red shoes"].reviewed


def test_segments_of_a_unit_are_joined() -> None:
    document = f"""<xliff xmlns="{XLIFF_NS}" version="2.0" srcLang="en" trgLang="fr"><file id="f">
      <unit id="u1"><notes><note category="product_id">P1</note><note category="field">title</note></notes>
      <segment state="final"><source>Red </source><target>Chaussures </target></segment>
      <segment state="final"><source>shoes</source><target>rouges</target></segment></unit></file></xliff>"""
    _, target, units = parse_xliff(document)
    assert target == "fr" and (units[0].source, units[0].target, units[0].state) == (
        "Red shoes",
        "Chaussures rouges",
        "final",
    )


@pytest.mark.parametrize(
    "document",
    [
        "<xliff",
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"/>',
        f'<xliff xmlns="{XLIFF_NS}" version="2.0" srcLang="en"/>',
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>'
        f'<xliff xmlns="{XLIFF_NS}" version="2.0" srcLang="en" trgLang="de">&b;</xliff>',
        f'<xliff xmlns="{XLIFF_NS}" version="2.0" srcLang="en" trgLang="de"><file id="f"><unit id="u">'
        '<segment state="done"><source>a</source></segment></unit></file></xliff>',
    ],
)
def test_bad_xliff_is_a_data_error(document: str) -> None:
    with pytest.raises(DataError):
        parse_xliff(document)


def test_csv_exchange_round_trip_and_errors() -> None:
    text = write_exchange_csv(UNITS, "en", "de")
    source, target, units = parse_exchange_csv(text)
    assert (source, target) == ("en", "de")
    assert [(u.product_id, u.target, u.state) for u in units] == [
        ("P1", "Rote Schuhe", "translated"),
        ("P 2/x", None, "initial"),
    ]
    with pytest.raises(DataError, match="one language pair"):
        parse_exchange_csv(text + "P3,title,en,fr,a,b,reviewed,\n")
    with pytest.raises(DataError, match="unknown state"):
        parse_exchange_csv(text.splitlines()[0] + "\nP3,title,en,de,a,b,checked,\n")
