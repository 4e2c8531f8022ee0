"""OpenAI-compatible and DeepL connectors against a local HTTP server started by the test."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from borderless.translate import (
    BackendError,
    DeepLTranslator,
    OpenAICompatibleTranslator,
    Segment,
    TranslationBrief,
    TranslationRouter,
    transcreation_prompt,
)

BRIEF = TranslationBrief(
    "en",
    "de",
    market="DE",
    locale="de_DE",
    register="formal",
    tone="clear, factual",
    cultural_notes=("avoid superlatives",),
    terms={"Acme": "Acme"},
    max_length=150,
)


@dataclass
class Script:
    """What the fake server answers, in order: (status, body, headers); the last one repeats."""

    answers: list[tuple[int, Any, dict[str, str]]] = field(default_factory=list)
    requests: list[dict[str, Any]] = field(default_factory=list)


@pytest.fixture
def server() -> Iterator[tuple[str, Script]]:
    script = Script()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            body = json.loads(self.rfile.read(length).decode("utf-8"))
            script.requests.append({"path": self.path, "headers": dict(self.headers), "body": body})
            status, answer, headers = script.answers[min(len(script.requests), len(script.answers)) - 1]
            if callable(answer):
                answer = answer(body)
            data = json.dumps(answer).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", script
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


def _chat_answer(body: dict[str, Any]) -> dict[str, Any]:
    segments = json.loads(body["messages"][1]["content"])["segments"]
    translations = [
        {"id": s["id"], "text": s["text"].replace("Red", "Rote").replace("shoes", "Schuhe")} for s in segments
    ]
    content = "```json\n" + json.dumps({"translations": translations}) + "\n```"
    return {"choices": [{"message": {"role": "assistant", "content": content}}]}


def _deepl_answer(body: dict[str, Any]) -> dict[str, Any]:
    return {
        "translations": [{"detected_source_language": "EN", "text": t.replace("Red", "Rote")} for t in body["text"]]
    }


def test_openai_transcreation_request_and_answer(server: tuple[str, Script]) -> None:
    url, script = server
    script.answers = [(200, _chat_answer, {})]
    backend = OpenAICompatibleTranslator(f"{url}/v1", "local-model", "sk-test")
    result = backend.translate(["Red shoes XQZ0Z", "Red"], "en", "de", BRIEF)
    assert [t.text for t in result] == ["Rote Schuhe XQZ0Z", "Rote"]
    assert result[0].backend == "openai" and not result[0].reviewed
    request = script.requests[0]
    assert request["path"] == "/v1/chat/completions"
    assert request["headers"]["Authorization"] == "Bearer sk-test"
    assert request["body"]["model"] == "local-model"
    system = request["body"]["messages"][0]["content"]
    assert "formally" in system and "clear, factual" in system and "avoid superlatives" in system
    assert "'Acme' stays 'Acme'" in system and "XQZ<number>Z" in system


def test_prompt_follows_the_register() -> None:
    informal = TranslationBrief("en", "de", register="informal")
    assert "informally" in transcreation_prompt(informal)
    assert "formally" not in transcreation_prompt(informal).replace("informally", "")


def test_openai_retries_429_and_5xx_then_succeeds(server: tuple[str, Script]) -> None:
    url, script = server
    script.answers = [
        (429, {"error": {"message": "slow down"}}, {"Retry-After": "2"}),
        (503, {}, {}),
        (200, _chat_answer, {}),
    ]
    waits: list[float] = []
    backend = OpenAICompatibleTranslator(url, "m", sleep=waits.append)
    assert backend.translate(["Red"], "en", "de", BRIEF)[0].text == "Rote"
    assert waits == [2.0, 2.0]  # Retry-After honoured, then exponential backoff (1 s * 2**1)
    assert "Authorization" not in script.requests[0]["headers"]


@pytest.mark.parametrize(
    ("status", "words"),
    [(401, "refused the API key"), (429, "rate limited"), (500, "server error"), (400, "rejected")],
)
def test_openai_errors_are_clear(server: tuple[str, Script], status: int, words: str) -> None:
    url, script = server
    script.answers = [(status, {"error": {"message": "nope"}}, {})]
    backend = OpenAICompatibleTranslator(url, "m", "bad", sleep=lambda _: None)
    with pytest.raises(BackendError) as raised:
        backend.translate(["Red"], "en", "de", BRIEF)
    assert raised.value.status == status and words in str(raised.value) and "nope" in str(raised.value)
    assert str(raised.value).startswith("openai: ")
    assert len(script.requests) == (4 if status in (429, 500) else 1)


def test_openai_answer_missing_a_segment(server: tuple[str, Script]) -> None:
    url, script = server
    content = json.dumps({"translations": [{"id": 0, "text": "Rot"}]})
    script.answers = [(200, {"choices": [{"message": {"content": content}}]}, {})]
    with pytest.raises(BackendError, match="left out"):
        OpenAICompatibleTranslator(url, "m").translate(["Red", "Blue"], "en", "de", BRIEF)


def test_openai_not_configured_is_unavailable() -> None:
    backend = OpenAICompatibleTranslator(None, None)
    assert not backend.available() and "BORDERLESS_OPENAI" in backend.why_unavailable()


def test_deepl_request_and_batches(server: tuple[str, Script]) -> None:
    url, script = server
    script.answers = [(200, _deepl_answer, {})]
    backend = DeepLTranslator("key-123", base_url=url, glossary_id="g-1")
    texts = [f"Red {n}" for n in range(120)]
    result = backend.translate(texts, "en", "de", BRIEF)
    assert [t.text for t in result] == [f"Rote {n}" for n in range(120)]
    assert [len(r["body"]["text"]) for r in script.requests] == [50, 50, 20]
    request = script.requests[0]
    assert request["path"] == "/v2/translate"
    assert request["headers"]["Authorization"] == "DeepL-Auth-Key key-123"
    body = request["body"]
    assert (body["source_lang"], body["target_lang"], body["tag_handling"]) == ("EN", "DE", "html")
    assert body["formality"] == "prefer_more" and body["glossary_id"] == "g-1"


def test_deepl_regional_targets_and_free_keys() -> None:
    assert DeepLTranslator("abc:fx").base_url == "https://api-free.deepl.com"
    assert DeepLTranslator("abc").base_url == "https://api.deepl.com"
    assert not DeepLTranslator(None).available()
    assert not DeepLTranslator("abc").supports("en", "hi")


def test_deepl_portuguese_for_brazil(server: tuple[str, Script]) -> None:
    url, script = server
    script.answers = [(200, _deepl_answer, {})]
    DeepLTranslator("k", base_url=url).translate(["Red"], "en", "pt", TranslationBrief("en", "pt", locale="pt_BR"))
    assert script.requests[0]["body"]["target_lang"] == "PT-BR"


@pytest.mark.parametrize("status", [401, 403, 429, 456, 500])
def test_deepl_errors(server: tuple[str, Script], status: int) -> None:
    url, script = server
    script.answers = [(status, {"message": "Quota exceeded" if status == 456 else "bad"}, {})]
    backend = DeepLTranslator("k", base_url=url, sleep=lambda _: None)
    with pytest.raises(BackendError) as raised:
        backend.translate(["Red"], "en", "de", BRIEF)
    assert raised.value.status == status and raised.value.backend == "deepl"


def test_router_with_deepl_keeps_markup_and_falls_back_on_401(server: tuple[str, Script]) -> None:
    url, script = server
    script.answers = [(401, {"message": "Wrong key"}, {})]
    router = TranslationRouter(
        {"deepl": DeepLTranslator("k", base_url=url), "openai": OpenAICompatibleTranslator(url, "m")}
    )
    result = router.translate([Segment("P1", "title", "Red <b>shoes</b>")], BRIEF)
    assert result.translations[0].status == "untranslated"
    assert any("HTTP 401" in w for w in result.warnings)
