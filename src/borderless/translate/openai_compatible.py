"""Transcreation through an OpenAI-compatible chat endpoint (``POST {base_url}/chat/completions``).

Works with hosted services and local servers that speak the same protocol (Ollama, vLLM, llama.cpp's
server). The system message is a brief built from the market: address register, tone, cultural
notes, glossary and length limit; the user message is a JSON list of segments, and the model must
answer with ``{"translations": [{"id": ..., "text": ...}]}``. Tokens such as ``XQZ0Z`` stand for
markup, numbers and names and must be copied unchanged (the pipeline checks they were).

Configuration: ``base_url`` (e.g. ``http://localhost:11434/v1``), ``model`` and an optional
``api_key`` sent as ``Authorization: Bearer``; the CLI reads ``BORDERLESS_OPENAI_BASE_URL``,
``BORDERLESS_OPENAI_MODEL`` and ``OPENAI_API_KEY`` when the options are not given.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from typing import Any, Final

from borderless.translate._http import HttpClient
from borderless.translate.model import BackendError, Translation, TranslationBrief

__all__ = ["OpenAICompatibleTranslator", "transcreation_prompt"]

_BATCH: Final = 20


def transcreation_prompt(brief: TranslationBrief) -> str:
    """The system message for a market: what a good human transcreator would be told."""
    lines = [
        f"You are a professional {brief.target_language} copywriter localizing an {brief.purpose}"
        + (f" for shoppers in {brief.market}" if brief.market else "")
        + (f" (locale {brief.locale})." if brief.locale else "."),
        f"Translate from {brief.source_language} to {brief.target_language} so the text reads as if written "
        "in the market: natural wording, not word for word. Keep the meaning and every fact.",
    ]
    if brief.register == "formal":
        lines.append("Address the customer formally (polite form, e.g. Sie/vous/usted/敬語 as the language has).")
    elif brief.register == "informal":
        lines.append("Address the customer informally (familiar form, e.g. du/tu/tú as the language has).")
    if brief.tone:
        lines.append(f"Tone: {brief.tone}.")
    for note in brief.cultural_notes:
        lines.append(f"Cultural note: {note}")
    if brief.terms:
        rendered = "; ".join(
            f"{term!r} stays {term!r}" if term == value else f"{term!r} must be rendered {value!r}"
            for term, value in sorted(brief.terms.items())
        )
        lines.append(f"Glossary: {rendered}.")
    if brief.max_length:
        lines.append("Each text marked with max_length must not exceed that many characters.")
    lines.append(
        "Tokens of the form XQZ<number>Z stand for markup, numbers, links and names: copy each exactly once, "
        "unchanged, into the translation, placed where it belongs."
    )
    lines.append(
        'Answer with JSON only: {"translations": [{"id": <id>, "text": <translation>}, ...]}, one entry per input '
        "segment, same ids."
    )
    return "\n".join(lines)


class OpenAICompatibleTranslator:
    def __init__(
        self,
        base_url: str | None,
        model: str | None,
        api_key: str | None = None,
        *,
        temperature: float = 0.2,
        client: HttpClient | None = None,
        sleep: Callable[[float], None] | None = None,
    ) -> None:
        self.base_url = (base_url or "").rstrip("/")
        self.model = model or ""
        self._key = api_key
        self._temperature = temperature
        self._client = client or HttpClient("openai")
        if sleep is not None:
            self._client.sleep = sleep

    @property
    def name(self) -> str:
        return "openai"

    def available(self) -> bool:
        return bool(self.base_url and self.model)

    def why_unavailable(self) -> str:
        if self.available():
            return ""
        return "no OpenAI-compatible endpoint configured (--openai-base-url and --openai-model, or BORDERLESS_OPENAI_*)"

    def pairs(self) -> frozenset[tuple[str, str]] | None:
        return None

    def supports(self, source: str, target: str) -> bool:
        return self.available() and source != target

    def translate(self, texts: Sequence[str], source: str, target: str, brief: TranslationBrief) -> list[Translation]:
        if not self.available():
            raise BackendError(self.name, self.why_unavailable())
        prompt = transcreation_prompt(brief)
        out: list[Translation] = []
        for start in range(0, len(texts), _BATCH):
            batch = list(texts[start : start + _BATCH])
            for text in self._ask(prompt, batch, brief):
                out.append(Translation(text, self.name, False, "machine"))
        return out

    def _ask(self, prompt: str, texts: list[str], brief: TranslationBrief) -> list[str]:
        segments: list[dict[str, Any]] = [{"id": index, "text": text} for index, text in enumerate(texts)]
        if brief.max_length:
            for segment in segments:
                segment["max_length"] = brief.max_length
        payload = {
            "model": self.model,
            "temperature": self._temperature,
            "messages": [
                {"role": "system", "content": prompt},
                {"role": "user", "content": json.dumps({"segments": segments}, ensure_ascii=False)},
            ],
        }
        headers = {"Authorization": f"Bearer {self._key}"} if self._key else {}
        answer = self._client.post_json(f"{self.base_url}/chat/completions", payload, headers)
        try:
            content = answer["choices"][0]["message"]["content"]
        except (KeyError, IndexError, TypeError):
            raise BackendError(self.name, "the answer has no choices[0].message.content") from None
        return _parse_translations(str(content), len(texts), self.name)


def _parse_translations(content: str, count: int, backend: str) -> list[str]:
    text = content.strip()
    fenced = re.search(r"```(?:json)?\s*(.*?)```", text, re.DOTALL)
    if fenced:
        text = fenced.group(1).strip()
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        raise BackendError(backend, "the model did not answer with JSON translations") from None
    items = data.get("translations") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise BackendError(backend, 'the model\'s JSON has no "translations" list')
    by_id: dict[int, str] = {}
    for item in items:
        if isinstance(item, dict) and isinstance(item.get("text"), str):
            try:
                by_id[int(item["id"])] = item["text"]
            except (KeyError, TypeError, ValueError):
                continue
    missing = [index for index in range(count) if index not in by_id]
    if missing:
        raise BackendError(backend, f"the model left out segment(s) {missing[:10]}")
    return [by_id[index] for index in range(count)]
