"""Which language a product title is written in.

Scripts decide first (kana -> ja, Hangul -> ko, Thai -> th, Arabic -> ar, Han without kana -> zh);
Latin-script titles go to ``py3langid`` (offline, model inside the package) restricted to the Latin
languages the classifier knows. Titles are short, so a Latin guess is a hint, not a fact: the
classifier never depends on it (the lexicon covers every language at once).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Final

__all__ = ["SUPPORTED_LANGUAGES", "detect_language"]

SUPPORTED_LANGUAGES: Final = ("en", "de", "fr", "es", "pt", "it", "nl", "ja", "zh", "ko", "th", "tr", "ar", "vi")
_LATIN_LANGUAGES: Final = ["en", "de", "fr", "es", "pt", "it", "nl", "tr", "vi", "pl", "id", "sv", "da"]
_KANA: Final = re.compile(r"[\u3040-\u30ff]")
_HANGUL: Final = re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")
_THAI: Final = re.compile(r"[\u0e00-\u0e7f]")
_ARABIC: Final = re.compile(r"[\u0600-\u06ff]")
_HAN: Final = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_VIETNAMESE: Final = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)
_LETTER: Final = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(_LATIN_LANGUAGES)
    return identifier


def detect_language(text: str) -> str:
    """ISO 639-1 code of the title's language; ``"und"`` when it has no letters."""
    if _KANA.search(text):
        return "ja"
    if _HANGUL.search(text):
        return "ko"
    if _THAI.search(text):
        return "th"
    if _ARABIC.search(text):
        return "ar"
    if _HAN.search(text):
        return "zh"
    if not _LETTER.search(text):
        return "und"
    if _VIETNAMESE.search(text):
        return "vi"
    language, _probability = _identifier().classify(text)
    return str(language)
