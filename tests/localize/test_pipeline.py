from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from borderless.catalog import Catalog, Product, Variant
from borderless.cli.main import cli
from borderless.errors import InputError, UnknownCountryError
from borderless.localize import localize_catalog, market_target, parse_markets
from borderless.money import Money
from borderless.translate import Glossary, TranslationMemory, TranslationRouter
from tests.translate.fakes import FakeTranslator

CSV = (
    "sku,title,price,currency,hs_code,weight_kg,country_of_origin,description,brand\n"
    'S1,Red shoes by Acme,19.99,EUR,640399,0.9,IT,"<p>Soft cotton, 12.5 cm.</p>",Acme\n'
    "S2,Soft cotton,9.00,EUR,610910,0.2,PT,,\n"
)


def _catalog() -> Catalog:
    def product(pid: str, title: str, description: str | None = None) -> Product:
        return Product(pid, title, (Variant(pid, Money("10.00", "EUR")),), description=description, brand="Acme")

    return Catalog(
        (product("P1", "Red shoes by Acme", "<p>Soft <b>cotton</b>, 12.5 cm</p>"), product("P2", "Soft cotton"))
    )


def test_market_language_comes_from_cldr() -> None:
    assert market_target("DE").locale == "de_DE"
    assert market_target("JP").language == "ja" and market_target("JP").brief.register == "formal"
    assert market_target("CH", language="fr").locale == "fr_CH"
    assert market_target("BR").brief.locale == "pt_BR"
    assert any("uncertain" in warning for warning in market_target("BR").warnings)
    assert market_target("DE", register="informal").brief.register == "informal"
    with pytest.raises(UnknownCountryError):
        market_target("XX")
    assert parse_markets("de, fr ,CH:FR") == [("DE", None), ("FR", None), ("CH", "fr")]
    with pytest.raises(InputError):
        parse_markets(" , ")


def test_localize_engine_per_market_with_backend_and_problems() -> None:
    glossary = Glossary().with_names(["Acme"])
    targets = [market_target("DE", glossary=glossary), market_target("JP", glossary=glossary)]
    router = TranslationRouter({"fake": FakeTranslator()}, TranslationMemory())
    done: list[int] = []
    germany, japan = localize_catalog(_catalog(), targets, router, forbidden={"de": ["BY"]}, on_progress=done.append)
    assert sum(done) == 4  # products x markets
    title = germany.products[0].fields["title"]
    assert (title.source, title.translation.text, title.translation.backend) == (
        "Red shoes by Acme",
        "rot Schuhe BY Acme",
        "fake",
    )
    assert germany.products[0].fields["description"].translation.text == "<p>weich <b>Baumwolle</b>, 12,5 cm</p>"
    assert [(p.product_id, p.field, p.code) for p in germany.problems] == [("P1", "title", "forbidden_term")]
    assert japan.counts()["untranslated"] == 3 and japan.problems[0].code == "untranslated"
    assert any("untranslated" in warning for warning in japan.warnings)
    data = json.loads(json.dumps(germany.to_json()))
    assert data["market"] == "DE" and data["products"][1]["fields"]["title"]["reviewed"] is False


def _write(tmp_path: Path) -> Path:
    path = tmp_path / "catalog.csv"
    path.write_text(CSV, encoding="utf-8")
    return path


def test_cli_xliff_round_trip_then_localize_from_memory(tmp_path: Path) -> None:
    catalog, memory, xlf = _write(tmp_path), tmp_path / "tm.sqlite", tmp_path / "de.xlf"
    runner = CliRunner()
    result = runner.invoke(
        cli, ["xliff", "export", str(catalog), "--target", "de", "--out", str(xlf), "--memory", str(memory)]
    )
    assert result.exit_code == 0, result.output
    document = xlf.read_text(encoding="utf-8")
    assert document.count("<unit ") == 3 and 'state="initial"' in document
    reviewed = (
        document.replace('<segment state="initial">', '<segment state="reviewed">')
        .replace(
            "<source>Red shoes by Acme</source>",
            "<source>Red shoes by Acme</source><target>Rote Schuhe von Acme</target>",
        )
        .replace("<source>Soft cotton</source>", "<source>Soft cotton</source><target>Weiche Baumwolle</target>")
    )
    xlf.write_text(reviewed, encoding="utf-8")
    result = runner.invoke(cli, ["xliff", "import", str(xlf), "--memory", str(memory), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["reviewed"] == 2
    out = tmp_path / "out"
    result = runner.invoke(
        cli,
        [
            "localize",
            str(catalog),
            "--markets",
            "DE",
            "--backend",
            "memory",
            "--out",
            str(out),
            "--memory",
            str(memory),
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)["markets"][0]
    assert summary["summary"]["reviewed"] == 2 and summary["summary"]["untranslated"] == 1
    germany = json.loads((out / "DE.json").read_text(encoding="utf-8"))
    title = germany["products"][0]["fields"]["title"]
    assert (title["text"], title["backend"], title["reviewed"], title["status"]) == (
        "Rote Schuhe von Acme",
        "human",
        True,
        "memory",
    )
    assert germany["products"][0]["problems"][0]["code"] == "untranslated"  # the description was not reviewed
    # exporting again pre-fills the reviewed text
    runner.invoke(
        cli,
        ["xliff", "export", str(catalog), "--target", "de", "--out", str(tmp_path / "de.csv"), "--memory", str(memory)],
    )
    assert "Rote Schuhe von Acme,reviewed" in (tmp_path / "de.csv").read_text(encoding="utf-8")


def test_cli_bad_market_is_one_clear_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli,
        [
            "localize",
            str(_write(tmp_path)),
            "--markets",
            "DE,QQ",
            "--out",
            str(tmp_path / "o"),
            "--memory",
            str(tmp_path / "m"),
        ],
    )
    assert result.exit_code == 2
    assert "error: --markets: unknown country code 'QQ'" in result.output
    assert "Traceback" not in result.output


def test_cli_bad_row_reported_good_rows_localized(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text(CSV + "S3,,1.00,EUR,640399,0.9,IT,,\n", encoding="utf-8")
    out = tmp_path / "o"
    result = CliRunner().invoke(
        cli,
        [
            "localize",
            str(path),
            "--markets",
            "DE",
            "--backend",
            "memory",
            "--out",
            str(out),
            "--memory",
            str(tmp_path / "m"),
        ],
    )
    assert result.exit_code == 2
    assert "row 4, title" in result.output
    assert len(json.loads((out / "DE.json").read_text(encoding="utf-8"))["products"]) == 2


def test_cli_xliff_import_of_a_broken_file(tmp_path: Path) -> None:
    path = tmp_path / "x.xlf"
    path.write_text("<xliff", encoding="utf-8")
    result = CliRunner().invoke(cli, ["xliff", "import", str(path), "--memory", str(tmp_path / "m")])
    assert result.exit_code == 2 and result.output.startswith("error: ")


def test_standard_extras_add_local_prices_and_cultural_warnings() -> None:
    from borderless.localize import standard_extras

    product = Product("P4", "White chrysanthemum gift set of 4", (Variant("S4", Money("1234.50", "EUR")),))
    extra = standard_extras(product, market_target("JP"))
    assert extra["prices"] == [{"sku": "S4", "price": "€1,234.50", "currency": "EUR"}]
    keys = {warning["key"] for warning in extra["cultural_warnings"]}  # type: ignore[attr-defined, union-attr]
    assert "chrysanthemum-funeral" in keys
    german = standard_extras(product, market_target("DE"))
    assert german["prices"] == [{"sku": "S4", "price": "1.234,50\xa0€", "currency": "EUR"}]
