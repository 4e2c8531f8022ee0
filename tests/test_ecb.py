"""The ECB connector: parsing the eurofxref formats, fetching over HTTP, saving, `rates update`.

HTTP tests talk to a server this file starts on 127.0.0.1 (port 0) and stops again; it serves the
recorded ECB responses in tests/fixtures/ecb/. Nothing leaves the machine.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from borderless.cli.rates import rates_group
from borderless.errors import BorderlessError, DataError, InputError
from borderless.fx import (
    ECB_DAILY_URL,
    EcbFetchError,
    fetch_ecb,
    load_default_rates,
    parse_ecb_xml,
    rates_filename,
    save_rates,
    user_rates_dir,
)
from borderless.fx import ecb as ecb_module

FIXTURES = Path(__file__).parent / "fixtures" / "ecb"
DAILY = (FIXTURES / "eurofxref-daily-2022-05-20.xml").read_bytes()
HIST = (FIXTURES / "eurofxref-hist-90d-2025-02-25-slice.xml").read_bytes()
BUNDLED = Path(__file__).parents[1] / "src" / "borderless" / "data" / "fx" / "ecb-eurofxref-2025-02-25.xml"

ECB_ORDER_2025 = [
    *("USD", "JPY", "BGN", "CZK", "DKK", "GBP", "HUF", "PLN", "RON", "SEK", "CHF", "ISK", "NOK", "TRY", "AUD"),
    *("BRL", "CAD", "CNY", "HKD", "IDR", "ILS", "INR", "KRW", "MXN", "MYR", "NZD", "PHP", "SGD", "THB", "ZAR"),
]

ENVELOPE = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" '
    'xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref"><Cube>{}</Cube></gesmes:Envelope>'
)


def envelope(cubes: str) -> bytes:
    """A hand-made document for the error cases (its numbers are not ECB data)."""
    return ENVELOPE.format(cubes).encode()


# -- a local ECB -------------------------------------------------------------------------------


@dataclass
class LocalServer:
    url: str
    routes: dict[str, tuple[int, bytes]]
    release: threading.Event = field(default_factory=threading.Event)
    requests: list[dict[str, str]] = field(default_factory=list)


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def server() -> Iterator[LocalServer]:
    routes: dict[str, tuple[int, bytes]] = {}
    state = LocalServer("", routes)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            state.requests.append(dict(self.headers.items()))
            if self.path == "/slow":
                state.release.wait(10)
                return
            status, body = routes.get(self.path, (404, b"<html>not found</html>"))
            try:
                self.send_response(status)
                self.send_header("Content-Type", "text/xml")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except OSError:
                pass

        def log_message(self, format: str, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{httpd.server_address[1]}"
    try:
        yield state
    finally:
        state.release.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(10)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("BORDERLESS_HOME", str(tmp_path))
    load_default_rates.cache_clear()
    yield tmp_path
    load_default_rates.cache_clear()


def closed_port_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/eurofxref-daily.xml"


# -- parsing -----------------------------------------------------------------------------------


def test_parse_the_daily_format() -> None:
    tables = parse_ecb_xml(DAILY)
    assert list(tables) == [date(2022, 5, 20)]
    rates = tables[date(2022, 5, 20)]
    assert len(rates) == 31
    assert rates["USD"] == Decimal("1.0577")
    assert str(rates["GBP"]) == "0.84820"  # exactly as published, trailing zero included
    assert rates["IDR"] == Decimal("15501.99")
    assert rates["HRK"] == Decimal("7.5335")
    assert "EUR" not in rates


def test_parse_the_90_day_format() -> None:
    tables = parse_ecb_xml(HIST)
    assert sorted(tables) == [date(2025, 2, d) for d in (17, 18, 19, 20, 21, 24, 25)]
    for rates in tables.values():
        assert list(rates) == ECB_ORDER_2025
        assert rates["BGN"] == Decimal("1.9558")
        assert all(isinstance(rate, Decimal) for rate in rates.values())
    assert tables[date(2025, 2, 25)]["USD"] == Decimal("1.0497")
    assert tables[date(2025, 2, 17)]["ZAR"] == Decimal("19.3112")


def test_parse_the_bundled_snapshot() -> None:
    tables = parse_ecb_xml(BUNDLED.read_bytes())
    assert len(tables) == 39
    assert min(tables) == date(2025, 1, 2)
    assert max(tables) == date(2025, 2, 25)
    assert all(list(rates) == ECB_ORDER_2025 for rates in tables.values())


def test_parse_without_a_namespace() -> None:
    data = b'<Envelope><Cube><Cube time="2025-02-25"><Cube currency="USD" rate="1.0497"/></Cube></Cube></Envelope>'
    assert parse_ecb_xml(data) == {date(2025, 2, 25): {"USD": Decimal("1.0497")}}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "not well-formed XML"),
        (b"<gesmes:Envelope><Cube>", "not well-formed XML"),
        (HIST[: len(HIST) // 2], "not well-formed XML"),
        (b"<html><body>Service unavailable</body></html>", "no exchange rates found"),
        (envelope(""), "no exchange rates found"),
        (envelope('<Cube time="2025-02-25"></Cube>'), "has no rates"),
        (envelope('<Cube time="25.02.2025"><Cube currency="USD" rate="1"/></Cube>'), "malformed table date"),
        (envelope('<Cube time="2025-02-30"><Cube currency="USD" rate="1"/></Cube>'), "malformed table date"),
        (envelope('<Cube time="2025-02-25"><Cube currency="usd" rate="1"/></Cube>'), "malformed currency"),
        (envelope('<Cube time="2025-02-25"><Cube rate="1"/></Cube>'), "malformed currency"),
        (envelope('<Cube time="2025-02-25"><Cube currency="USD" rate="abc"/></Cube>'), "malformed rate"),
        (envelope('<Cube time="2025-02-25"><Cube currency="USD" rate="-1"/></Cube>'), "malformed rate"),
        (envelope('<Cube time="2025-02-25"><Cube currency="USD" rate="1e3"/></Cube>'), "malformed rate"),
        (envelope('<Cube time="2025-02-25"><Cube currency="USD" rate="NaN"/></Cube>'), "malformed rate"),
        (envelope('<Cube time="2025-02-25"><Cube currency="USD"/></Cube>'), "malformed rate"),
        (envelope('<Cube time="2025-02-25"><Cube currency="USD" rate="0"/></Cube>'), "must be positive"),
        (
            envelope(
                '<Cube time="2025-02-25"><Cube currency="USD" rate="1"/></Cube>'
                '<Cube time="2025-02-25"><Cube currency="USD" rate="1"/></Cube>'
            ),
            "appears twice",
        ),
        (
            envelope('<Cube time="2025-02-25"><Cube currency="USD" rate="1"/><Cube currency="USD" rate="2"/></Cube>'),
            "USD appears twice",
        ),
    ],
)
def test_malformed_documents_are_data_errors(data: bytes, message: str) -> None:
    with pytest.raises(DataError, match=message):
        parse_ecb_xml(data)


def test_entity_expansion_is_refused() -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
        b'<Envelope><Cube><Cube time="2025-02-25"><Cube currency="USD" rate="1"/>&lol2;</Cube></Cube></Envelope>'
    )
    with pytest.raises(DataError, match="refused XML"):
        parse_ecb_xml(bomb)


def test_a_data_error_names_its_origin() -> None:
    with pytest.raises(DataError, match=r"^https://example\.test/x\.xml: not well-formed XML") as caught:
        parse_ecb_xml(b"<", origin="https://example.test/x.xml")
    assert caught.value.path == "https://example.test/x.xml"
    assert isinstance(caught.value, ValueError)


# -- fetching ----------------------------------------------------------------------------------


def test_fetch_returns_the_document_unchanged(server: LocalServer) -> None:
    server.routes["/stats/eurofxref/eurofxref-daily.xml"] = (200, DAILY)
    data = fetch_ecb(f"{server.url}/stats/eurofxref/eurofxref-daily.xml", timeout=5)
    assert data == DAILY
    assert server.requests[0]["User-Agent"].startswith("borderless/")


def test_the_default_url_is_the_ecb_daily_file() -> None:
    assert ECB_DAILY_URL == "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml"
    assert fetch_ecb.__defaults__ == (ECB_DAILY_URL,)


@pytest.mark.parametrize("status", [500, 503, 404])
def test_an_http_error_is_a_fetch_error(server: LocalServer, status: int) -> None:
    server.routes["/eurofxref-daily.xml"] = (status, b"<html>oops</html>")
    url = f"{server.url}/eurofxref-daily.xml"
    with pytest.raises(EcbFetchError, match=f"answered HTTP {status}") as caught:
        fetch_ecb(url, timeout=5)
    assert caught.value.url == url
    assert isinstance(caught.value, BorderlessError)
    assert isinstance(caught.value, OSError)


def test_an_unreachable_server_is_a_fetch_error() -> None:
    with pytest.raises(EcbFetchError, match="could not reach"):
        fetch_ecb(closed_port_url(), timeout=5)


def test_a_timeout_is_a_fetch_error(server: LocalServer) -> None:
    with pytest.raises(EcbFetchError, match=r"did not answer within 0\.2 s"):
        fetch_ecb(f"{server.url}/slow", timeout=0.2)


def test_an_oversized_answer_is_a_fetch_error(server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ecb_module, "MAX_RESPONSE_BYTES", 100)
    server.routes["/big.xml"] = (200, HIST)
    with pytest.raises(EcbFetchError, match="more than 100 bytes"):
        fetch_ecb(f"{server.url}/big.xml", timeout=5)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.test/x.xml", "www.ecb.europa.eu"])
def test_only_http_urls_are_fetched(url: str) -> None:
    with pytest.raises(InputError, match="http"):
        fetch_ecb(url)


def test_a_malformed_body_fetches_but_does_not_parse(server: LocalServer) -> None:
    server.routes["/eurofxref-daily.xml"] = (200, b"<html><body>Maintenance</body></html>")
    data = fetch_ecb(f"{server.url}/eurofxref-daily.xml", timeout=5)
    with pytest.raises(DataError, match="not an ECB eurofxref document"):
        parse_ecb_xml(data)


# -- saving ------------------------------------------------------------------------------------


def test_save_writes_the_raw_document_named_by_its_date(tmp_path: Path) -> None:
    path = save_rates(DAILY, tmp_path / "new" / "fx")
    assert path == tmp_path / "new" / "fx" / "ecb-eurofxref-2022-05-20.xml"
    assert path.read_bytes() == DAILY
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def test_save_names_a_history_by_its_latest_date(tmp_path: Path) -> None:
    assert save_rates(HIST, tmp_path).name == rates_filename(date(2025, 2, 25)) == "ecb-eurofxref-2025-02-25.xml"


def test_save_replaces_an_earlier_copy(tmp_path: Path) -> None:
    (tmp_path / "ecb-eurofxref-2022-05-20.xml").write_bytes(b"old")
    assert save_rates(DAILY, tmp_path).read_bytes() == DAILY


def test_save_refuses_a_malformed_document_and_writes_nothing(tmp_path: Path) -> None:
    with pytest.raises(DataError):
        save_rates(b"<html>error</html>", tmp_path / "fx")
    assert not (tmp_path / "fx").exists()


def test_user_rates_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("BORDERLESS_HOME", str(tmp_path / "bh"))
    assert user_rates_dir() == tmp_path / "bh" / "fx"
    monkeypatch.delenv("BORDERLESS_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert user_rates_dir() == tmp_path / "home" / ".local" / "share" / "borderless" / "fx"


# -- CLI: borderless rates update --------------------------------------------------------------


def test_update_fetches_checks_saves_and_reports(server: LocalServer, home: Path) -> None:
    server.routes["/eurofxref-daily.xml"] = (200, DAILY)
    before = load_default_rates()
    result = CliRunner().invoke(rates_group, ["update", "--url", f"{server.url}/eurofxref-daily.xml"])
    assert result.exit_code == 0, result.output
    saved = home / "fx" / "ecb-eurofxref-2022-05-20.xml"
    assert result.stdout == f"Saved the ECB reference rates of 2022-05-20 (31 currencies) to {saved}\n"
    assert saved.read_bytes() == DAILY
    after = load_default_rates()
    assert after is not before
    assert after.rate("EUR", "HRK", date(2022, 5, 20)).rate == Decimal("7.5335")


def test_update_with_a_history_reports_its_span(server: LocalServer, home: Path) -> None:
    server.routes["/eurofxref-hist-90d.xml"] = (200, HIST)
    result = CliRunner().invoke(rates_group, ["update", "--url", f"{server.url}/eurofxref-hist-90d.xml"])
    assert result.exit_code == 0, result.output
    assert "7 days, 2025-02-17 to 2025-02-25 (30 currencies on 2025-02-25)" in result.stdout


@pytest.mark.parametrize(
    ("route", "message"),
    [
        ((500, b"<html>Internal Server Error</html>"), "answered HTTP 500"),
        ((200, b"<html>Maintenance</html>"), "not ECB reference rates"),
        ((200, HIST[:1000]), "not well-formed XML"),
    ],
)
def test_update_failures_are_one_line_and_exit_1(
    server: LocalServer, home: Path, route: tuple[int, bytes], message: str
) -> None:
    server.routes["/eurofxref-daily.xml"] = route
    result = CliRunner().invoke(rates_group, ["update", "--url", f"{server.url}/eurofxref-daily.xml"])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("error: ")
    assert message in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert "Traceback" not in result.output
    assert not (home / "fx").exists()


def test_update_network_failure_is_one_line_and_exit_1(home: Path) -> None:
    result = CliRunner().invoke(rates_group, ["update", "--url", closed_port_url(), "--timeout", "5"])
    assert result.exit_code == 1
    assert result.stderr.startswith("error: could not reach http://127.0.0.1:")
    assert len(result.stderr.splitlines()) == 1
    assert "Traceback" not in result.output


def test_update_refuses_a_non_http_url(home: Path) -> None:
    result = CliRunner().invoke(rates_group, ["update", "--url", "file:///etc/passwd"])
    assert result.exit_code == 2
    assert "expected an http:// or https:// URL" in result.stderr
