"""DeepL API connector (``POST {base_url}/v2/translate``, ``Authorization: DeepL-Auth-Key KEY``).

Texts go in batches of 50 (the API's limit per request) with ``tag_handling=html`` so any markup
left in a text is kept, ``formality`` from the brief's register where DeepL supports it, and an
optional ``glossary_id`` (a glossary created beforehand in the merchant's DeepL account). A key
ending in ``:fx`` is a free-plan key and goes to ``api-free.deepl.com``.

Target languages: the list DeepL documented for ``/v2/translate`` (see docs/translation.md); a pair
outside it is reported as unsupported, not sent.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from borderless.translate._http import HttpClient
from borderless.translate.model import BackendError, Translation, TranslationBrief

__all__ = ["DEEPL_LANGUAGES", "DeepLTranslator"]

DEEPL_LANGUAGES: Final = frozenset(
    {
        "ar",
        "bg",
        "cs",
        "da",
        "de",
        "el",
        "en",
        "es",
        "et",
        "fi",
        "fr",
        "hu",
        "id",
        "it",
        "ja",
        "ko",
        "lt",
        "lv",
        "nb",
        "nl",
        "pl",
        "pt",
        "ro",
        "ru",
        "sk",
        "sl",
        "sv",
        "tr",
        "uk",
        "zh",
    }
)
# Languages where DeepL accepts the formality parameter.
_FORMALITY: Final = frozenset(["de", "fr", "it", "es", "nl", "pl", "pt", "ru", "ja"])
_BATCH: Final = 50


class DeepLTranslator:
    def __init__(
        self,
        api_key: str | None,
        *,
        base_url: str | None = None,
        glossary_id: str | None = None,
        client: HttpClient | None = None,
        sleep: Callable[[float], None] | None = None,
    ) -> None:
        self._key = api_key or ""
        if base_url:
            self.base_url = base_url.rstrip("/")
        elif self._key.endswith(":fx"):
            self.base_url = "https://api-free.deepl.com"
        else:
            self.base_url = "https://api.deepl.com"
        self._glossary_id = glossary_id
        self._client = client or HttpClient("deepl")
        if sleep is not None:
            self._client.sleep = sleep

    @property
    def name(self) -> str:
        return "deepl"

    def available(self) -> bool:
        return bool(self._key)

    def why_unavailable(self) -> str:
        return "" if self._key else "no DeepL API key (--deepl-key or DEEPL_AUTH_KEY)"

    def pairs(self) -> frozenset[tuple[str, str]] | None:
        return frozenset((s, t) for s in DEEPL_LANGUAGES for t in DEEPL_LANGUAGES if s != t)

    def supports(self, source: str, target: str) -> bool:
        return self.available() and source != target and source in DEEPL_LANGUAGES and target in DEEPL_LANGUAGES

    def translate(self, texts: Sequence[str], source: str, target: str, brief: TranslationBrief) -> list[Translation]:
        if not self.supports(source, target):
            raise BackendError(self.name, self.why_unavailable() or f"DeepL does not translate {source}->{target}")
        payload_base: dict[str, object] = {
            "source_lang": source.upper(),
            "target_lang": _target_code(target, brief.locale),
            "tag_handling": "html",
        }
        if brief.register in ("formal", "informal") and target in _FORMALITY:
            payload_base["formality"] = "prefer_more" if brief.register == "formal" else "prefer_less"
        if self._glossary_id:
            payload_base["glossary_id"] = self._glossary_id
        headers = {"Authorization": f"DeepL-Auth-Key {self._key}"}
        out: list[Translation] = []
        for start in range(0, len(texts), _BATCH):
            batch = list(texts[start : start + _BATCH])
            answer = self._client.post_json(f"{self.base_url}/v2/translate", {**payload_base, "text": batch}, headers)
            items = answer.get("translations") if isinstance(answer, dict) else None
            if not isinstance(items, list) or len(items) != len(batch):
                raise BackendError(self.name, f"expected {len(batch)} translations in the answer")
            for item in items:
                text = item.get("text") if isinstance(item, dict) else None
                if not isinstance(text, str):
                    raise BackendError(self.name, "a translation in the answer has no text")
                out.append(Translation(text, self.name, False, "machine"))
        return out


def _target_code(language: str, locale: str | None) -> str:
    region = locale.replace("-", "_").split("_")[1].upper() if locale and "_" in locale.replace("-", "_") else ""
    if language == "en":
        return "EN-US" if region == "US" else "EN-GB"
    if language == "pt":
        return "PT-BR" if region == "BR" else "PT-PT"
    return language.upper()
