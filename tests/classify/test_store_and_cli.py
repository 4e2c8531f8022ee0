"""Learned codes, catalog filling, the command line, and the OpenAI-compatible embedder."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import ClassVar

import numpy as np
import pytest
from click.testing import CliRunner
from numpy.typing import NDArray

from borderless.catalog import read_catalog
from borderless.classify import Classifier, CorrectionStore, OpenAICompatibleEmbedder, embedder_from_spec
from borderless.classify.fill import fill_catalog
from borderless.cli.main import cli
from borderless.errors import FetchError, InputError, InvalidHSCodeError


class FakeEmbedder:
    """Vectors from a table: lets a test set the similarity between two titles exactly."""

    name = "fake"

    def __init__(self, table: dict[str, list[float]]) -> None:
        self.table = table

    def embed(self, texts: Sequence[str]) -> NDArray[np.float32]:
        rows = np.array([self.table[text] for text in texts], dtype=np.float32)
        return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def test_store_reuses_a_close_title_and_ignores_a_far_one(tmp_path: Path) -> None:
    embedder = FakeEmbedder(
        {"blue cotton tote": [1, 0, 0], "blue cotton tote bag": [0.95, 0.31, 0], "steel hammer": [0, 0, 1]}
    )
    store = CorrectionStore(tmp_path / "learned.sqlite", threshold=0.9)
    entry = store.confirm("blue cotton tote", "4202.92", embedder, now=datetime(2026, 11, 21, tzinfo=UTC))
    assert entry.hs_code == "420292" and entry.confirmed_at == "2026-11-21T00:00:00+00:00"
    titles = ["blue cotton tote bag", "steel hammer", "Blue Cotton Tote "]
    found = store.nearest(
        titles, embedder.embed(["blue cotton tote bag", "steel hammer", "blue cotton tote"]), model="fake"
    )
    assert found[0] is not None and found[0].hs_code == "420292" and found[0].similarity == pytest.approx(0.95, 0.01)
    assert found[1] is None
    assert found[2] is not None and found[2].similarity == 1.0  # same title, other case and spacing
    assert store.nearest(["steel hammer"], embedder.embed(["steel hammer"]), model="other") == [None]


def test_store_replaces_a_correction_and_forgets(tmp_path: Path) -> None:
    embedder = FakeEmbedder({"mug": [1.0, 0.0]})
    store = CorrectionStore(tmp_path / "s.sqlite")
    store.confirm("mug", "691200", embedder)
    store.confirm("mug", "691110", embedder)
    assert [(e.title, e.hs_code) for e in store.entries()] == [("mug", "691110")]
    assert store.forget("MUG") == 1
    assert store.entries() == []


def test_store_rejects_bad_codes_and_empty_titles(tmp_path: Path) -> None:
    embedder = FakeEmbedder({"mug": [1.0]})
    store = CorrectionStore(tmp_path / "s.sqlite")
    with pytest.raises(InvalidHSCodeError):
        store.confirm("mug", "6912", embedder)
    with pytest.raises(InputError):
        store.confirm("  ", "691200", embedder)


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier()


def test_learned_code_comes_first_with_its_reason(classifier: Classifier, tmp_path: Path) -> None:
    store = CorrectionStore(tmp_path / "s.sqlite", threshold=0.8)
    learning = Classifier(classifier.embedder, store=store)
    store.confirm("Canvas tote bag with leather handles", "420292", classifier.embedder)
    result = learning.classify("Canvas tote bag with leather straps", top=3)
    first = result.candidates[0]
    assert first.hs_code == "420292" and first.learned
    assert "learned from your correction of 'Canvas tote bag with leather handles'" in first.explanation
    assert len({candidate.hs_code for candidate in result.candidates}) == 3
    assert not learning.classify("Frozen shrimp", top=3).candidates[0].learned


CATALOG = (
    "sku,title,price,currency,hs_code,weight_kg,country_of_origin\n"
    "MUG-1,Ceramic coffee mug,9.90,EUR,,0.4,CN\n"
    "TS-1,Cotton T-shirt,19.00,EUR,610910,0.2,PT\n"
    "SPK-1,Wireless bluetooth speaker,29.00,EUR,,0.5,CN\n"
)


def test_fill_catalog_never_overwrites_and_marks_unconfirmed(classifier: Classifier, tmp_path: Path) -> None:
    path = tmp_path / "shop.csv"
    path.write_text(CATALOG, encoding="utf-8")
    result = fill_catalog(read_catalog(path).catalog, classifier)
    codes = {item.sku: (item.variant.hs_code, item.variant.hs_confirmed) for item in result.catalog.items()}
    assert codes["TS-1"] == ("610910", True)
    assert codes["MUG-1"] == ("691200", False)
    assert codes["SPK-1"][0] is not None and codes["SPK-1"][0].startswith("8518") and codes["SPK-1"][1] is False
    assert result.kept == 1 and {item.sku for item in result.filled} == {"MUG-1", "SPK-1"}


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_cli_json_for_one_query() -> None:
    code, out, _ = run("classify", "Herren T-Shirt aus Bio-Baumwolle", "--top", "2", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["language"] == "de" and len(data["candidates"]) == 2
    assert data["candidates"][0]["hs_code"] == "610910"


def test_cli_file_jsonl(tmp_path: Path) -> None:
    titles = tmp_path / "titles.txt"
    titles.write_text("Ceramic coffee mug\n\nメンズ 綿100% Tシャツ\n", encoding="utf-8")
    code, out, _ = run("classify", "--file", str(titles), "--jsonl", "--top", "1")
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["query"] for line in lines] == ["Ceramic coffee mug", "メンズ 綿100% Tシャツ"]
    assert lines[1]["language"] == "ja" and lines[1]["candidates"][0]["hs_code"] == "610910"


def test_cli_catalog_out_and_confirm(tmp_path: Path) -> None:
    path = tmp_path / "shop.csv"
    path.write_text(CATALOG, encoding="utf-8")
    out = tmp_path / "coded.json"
    code, stdout, _ = run("classify", "--catalog", str(path), "--out", str(out), "--json")
    assert code == 0
    summary = json.loads(stdout)
    assert summary["kept"] == 1 and len(summary["filled"]) == 2
    assert path.read_text(encoding="utf-8") == CATALOG  # --out leaves the input alone
    loaded = read_catalog(out).catalog
    mug = loaded.find("MUG-1")
    assert mug is not None and mug.variant.hs_code == "691200" and mug.variant.hs_confirmed is False

    store = tmp_path / "learned.sqlite"
    code, stdout, _ = run("classify", "--store", str(store), "--confirm", "Ceramic coffee mug", "6911.10")
    assert code == 0 and "691110" in stdout
    code, stdout, _ = run("classify", "--store", str(store), "Ceramic coffee mug", "--json", "--top", "1")
    assert json.loads(stdout)["candidates"][0]["hs_code"] == "691110"
    code, stdout, _ = run("classify", "--store", str(store), "--learned", "--json")
    assert [entry["hs_code"] for entry in json.loads(stdout)] == ["691110"]


@pytest.mark.parametrize(
    "args",
    [
        ("classify",),
        ("classify", "mug", "--file", "x.txt"),
        ("classify", "mug", "--jsonl"),
        ("classify", "--confirm", "mug", "12AB"),
        ("classify", "--confirm", "mug", "6912"),
        ("classify", "--file", "/nonexistent/titles.txt"),
        ("classify", "mug", "--model", "nonsense"),
        ("classify", "--forget", "never learned"),
    ],
)
def test_cli_user_errors_exit_2_without_traceback(args: tuple[str, ...]) -> None:
    code, out, err = run(*args)
    assert code == 2
    assert "Traceback" not in out + err
    assert err.startswith(("error:", "Usage:")) or "Error" in err


# --- the OpenAI-compatible embedder against a local server -------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    requests: ClassVar[list[dict[str, object]]] = []

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        _Handler.requests.append({"path": self.path, "body": body, "auth": self.headers.get("Authorization")})
        if body["model"] == "broken":
            self.send_response(500)
            self.end_headers()
            return
        data = [{"index": i, "embedding": [float(len(text)), 1.0, 0.0]} for i, text in enumerate(body["input"])]
        payload = json.dumps({"data": list(reversed(data))}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = HTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/v1"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


def test_openai_compatible_embedder(server: str) -> None:
    _Handler.requests.clear()
    embedder = OpenAICompatibleEmbedder(server, "tiny", api_key="k", batch_size=2)
    vectors = embedder.embed(["a", "bbb", "cc"])
    assert vectors.shape == (3, 3)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0)
    assert vectors[1, 0] > vectors[0, 0]  # order restored from "index"
    assert len(_Handler.requests) == 2 and _Handler.requests[0]["path"] == "/v1/embeddings"
    assert _Handler.requests[0]["auth"] == "Bearer k"
    assert embedder.name == "openai:tiny"
    with pytest.raises(FetchError):
        OpenAICompatibleEmbedder(server, "broken").embed(["a"])


def test_embedder_specs(server: str) -> None:
    assert embedder_from_spec(None).name == "use-m3"
    assert embedder_from_spec(f"openai:tiny@{server}").name == "openai:tiny"
    with pytest.raises(InputError):
        embedder_from_spec("openai:tiny")
