"""Offline, multilingual HS 2022 classification of product titles (see docs/classification.md)."""

from borderless.classify.embedders import (
    DEFAULT_EMBEDDER,
    E5SmallEmbedder,
    Embedder,
    OpenAICompatibleEmbedder,
    UniversalSentenceEncoder,
    embedder_from_spec,
)
from borderless.classify.engine import Candidate, Classification, Classifier, Weights
from borderless.classify.language import SUPPORTED_LANGUAGES, detect_language
from borderless.classify.store import CorrectionStore, LearnedCode, LearnedMatch, default_store_path

__all__ = [
    "DEFAULT_EMBEDDER",
    "SUPPORTED_LANGUAGES",
    "Candidate",
    "Classification",
    "Classifier",
    "CorrectionStore",
    "E5SmallEmbedder",
    "Embedder",
    "LearnedCode",
    "LearnedMatch",
    "OpenAICompatibleEmbedder",
    "UniversalSentenceEncoder",
    "Weights",
    "default_store_path",
    "detect_language",
    "embedder_from_spec",
]
