"""Keep what must not be translated out of a machine translator's reach, and put it back.

Before a text goes to a backend, every span that must survive unchanged is replaced by a token
(``XQZ0Z``, ``XQZ1Z``, ...): HTML tags and entities, placeholders (``{name}``, ``{{ var }}``, ``%s``,
``%(name)s``, ``%1$s``), URLs and e-mail addresses, numbers, and glossary terms (do-not-translate names
come back as they were; forced translations come back as the required rendering). Word-like tokens
survive rule-based (apertium) and neural (Marian, DeepL, chat models) engines far better than tags do.

After translation :func:`restore` checks that every token came back exactly once; if not, the
caller translates the text between the tokens piece by piece (:func:`pieces`), which cannot lose
structure. Numbers are restored with the target locale's decimal and grouping symbols (``12.5`` ->
``12,5`` in German), never with other digits.

Block-level HTML (paragraphs, list items, line breaks, headings) is split first by
:func:`split_blocks`, so each block is translated on its own and the block structure is kept verbatim.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Final, Literal

__all__ = [
    "Protected",
    "Span",
    "SpanKind",
    "localize_number",
    "number_values",
    "pieces",
    "placeholders",
    "protect",
    "restore",
    "split_blocks",
    "tag_sequence",
]

SpanKind = Literal["tag", "placeholder", "url", "number", "term"]

TOKEN_PREFIX: Final = "XQZ"
_TOKEN_RE: Final = re.compile(r"XQZ(\d+)Z")
_PADDED_TOKEN_RE: Final = re.compile(r"( ?)XQZ(\d+)Z( ?)")

_TAG = r"<!--.*?-->|</?[A-Za-z][A-Za-z0-9:-]*(?:\s+[^<>]*?)?/?>|&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);"
_PLACEHOLDER = (
    r"\{\{.*?\}\}|\{%.*?%\}|\{[A-Za-z_][A-Za-z0-9_.]*(?:[!:][^{}]*)?\}|\{\d+\}"
    r"|%(?:\d+\$)?(?:\([A-Za-z_]+\))?[-+#0]*\d*(?:\.\d+)?[sdifuxXeEgG](?![A-Za-z])"
    r"|\$\{[A-Za-z_][A-Za-z0-9_]*\}"
)
_URL = r"https?://[^\s<>\"']+|www\.[^\s<>\"']+|[\w.+-]+@[\w-]+\.[\w.-]+"
_UNIT = r"(?:\s?(?:mm|cm|km|m|mg|kg|g|lbs|lb|oz|ml|cl|l|L|kW|W|V|mAh|Wh|GB|TB|MB|°C|°F)(?:/m2|/m²)?|%|\")"
_NUMBER = r"(?<![\w.,])[-+]?\d+(?:[.,]\d+)*(?:" + _UNIT + r")?(?![\w]|[.,]\d)"

_SPAN_RE: Final = re.compile(
    f"(?P<tag>{_TAG})|(?P<placeholder>{_PLACEHOLDER})|(?P<url>{_URL})|(?P<number>{_NUMBER})", re.DOTALL
)
TAG_RE: Final = re.compile(_TAG, re.DOTALL)
PLACEHOLDER_RE: Final = re.compile(_PLACEHOLDER)
NUMBER_RE: Final = re.compile(_NUMBER)
_BLOCK_RE: Final = re.compile(
    r"(\s*(?:</?(?:p|div|li|ul|ol|h[1-6]|table|tr|td|th|thead|tbody|section|article|blockquote|dl|dt|dd)"
    r"(?:\s[^<>]*)?>|<br\s*/?>|<hr\s*/?>)\s*|\n\s*\n)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Span:
    """One protected piece: ``original`` is the source text, ``replacement`` what goes back in."""

    kind: SpanKind
    original: str
    replacement: str
    padded_before: bool = False
    padded_after: bool = False


@dataclass(frozen=True, slots=True)
class Protected:
    text: str
    spans: tuple[Span, ...]

    @property
    def has_text(self) -> bool:
        """False when nothing translatable is left (only tokens, punctuation and space)."""
        return bool(re.search(r"[^\W\d_]", _TOKEN_RE.sub("", self.text)))


def split_blocks(html: str) -> list[tuple[bool, str]]:
    """Split at block-level tags and blank lines: ``[(translatable, text), ...]`` in order.
    Joining the texts gives back the input exactly."""
    parts: list[tuple[bool, str]] = []
    position = 0
    for match in _BLOCK_RE.finditer(html):
        if match.start() > position:
            parts.append((True, html[position : match.start()]))
        parts.append((False, match.group(0)))
        position = match.end()
    if position < len(html):
        parts.append((True, html[position:]))
    return parts


@lru_cache(maxsize=256)
def _terms_re(terms: tuple[str, ...]) -> re.Pattern[str] | None:
    if not terms:
        return None
    ordered = sorted(terms, key=len, reverse=True)  # longest first: "Acme Pro" before "Acme"
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(term) for term in ordered) + r")(?!\w)", re.IGNORECASE)


def protect(
    text: str,
    *,
    terms: Mapping[str, str] | None = None,
    number: Callable[[str], str] | None = None,
) -> Protected:
    """Replace protected spans by tokens. ``terms`` maps a glossary term (matched case-insensitively,
    whole words) to what must appear in the translation; ``number`` renders a source number for the
    target locale (default: unchanged)."""
    spans: list[Span] = []
    lowered = {term.lower(): value for term, value in (terms or {}).items()}
    term_re = _terms_re(tuple(lowered))

    def token(kind: SpanKind, original: str, replacement: str, before: bool = False, after: bool = False) -> str:
        spans.append(Span(kind, original, replacement, before, after))
        return f"{' ' if before else ''}{TOKEN_PREFIX}{len(spans) - 1}Z{' ' if after else ''}"

    def structural(match: re.Match[str]) -> str:
        kind = match.lastgroup
        value = match.group(0)
        # a token glued to a word ("<b>organic") would hide the word from the engine: pad it
        before = match.start() > glued_from and text[match.start() - 1].isalnum()
        after = match.end() < len(text) and text[match.end()].isalnum() and not _SPAN_RE.match(text, match.end())
        if kind == "number":
            return token("number", value, number(value) if number else value, before, after)
        return token(kind, value, value, before, after)  # type: ignore[arg-type]

    def glossary(chunk: str) -> str:
        if term_re is None:
            return chunk
        return term_re.sub(lambda m: token("term", m.group(0), _term_value(m.group(0), lowered)), chunk)

    out: list[str] = []
    position = 0
    glued_from = 0  # a span right after another span is not glued to a word
    for match in _SPAN_RE.finditer(text):
        if match.start() > position:
            glued_from = 0
        out.append(glossary(text[position : match.start()]))
        out.append(structural(match))
        position = glued_from = match.end()
    out.append(glossary(text[position:]))
    return Protected("".join(out), tuple(spans))


def _term_value(found: str, lowered: Mapping[str, str]) -> str:
    value = lowered[found.lower()]
    return found if value.lower() == found.lower() else value


def restore(translated: str, protected: Protected) -> str | None:
    """Put the spans back. ``None`` when a token is missing, repeated or invented: the caller then
    translates piecewise. Spaces the engine added around a token that had none are removed."""
    found = [int(number) for number in _TOKEN_RE.findall(translated)]
    if sorted(found) != list(range(len(protected.spans))):
        return None

    def put_back(match: re.Match[str]) -> str:
        span = protected.spans[int(match.group(2))]
        before = "" if span.padded_before else match.group(1)
        after = "" if span.padded_after else match.group(3)
        return before + span.replacement + after

    return _PADDED_TOKEN_RE.sub(put_back, translated)


def pieces(protected: Protected) -> list[tuple[bool, str]]:
    """The protected text cut at its tokens: ``[(translatable, text), ...]``; the tokens come back
    as their replacements. Used when a backend did not keep the tokens."""
    parts: list[tuple[bool, str]] = []
    position = 0
    for match in _PADDED_TOKEN_RE.finditer(protected.text):
        span = protected.spans[int(match.group(2))]
        if match.start() > position:
            parts.append((True, protected.text[position : match.start()]))
        before = "" if span.padded_before else match.group(1)
        after = "" if span.padded_after else match.group(3)
        parts.append((False, before + span.replacement + after))
        position = match.end()
    if position < len(protected.text):
        parts.append((True, protected.text[position:]))
    return parts


def localize_number(value: str, source_symbols: tuple[str, str], target_symbols: tuple[str, str]) -> str:
    """Swap decimal and grouping symbols: ``("1,234.5", (".", ","), (",", "."))`` -> ``"1.234,5"``.
    Digits never change."""
    source_decimal, source_group = source_symbols
    target_decimal, target_group = target_symbols
    if source_symbols == target_symbols:
        return value
    mapping = {source_decimal: target_decimal, source_group: target_group}
    return "".join(mapping.get(char, char) for char in value)


def number_values(text: str, symbols: tuple[str, str]) -> list[str]:
    """Numbers in ``text`` as canonical strings (digits, one ``.``), read with ``(decimal, group)``
    symbols, so ``12,5`` (German) and ``12.5`` (English) compare equal."""
    decimal, group = symbols
    values: list[str] = []
    for match in re.finditer(r"(?<![\w])[-+]?\d+(?:[.,\u202f\u00a0 ’']\d+)*(?![\w])", TAG_RE.sub(" ", text)):
        raw = match.group(0)
        if group.strip() == "":
            raw = raw.replace(group, "").replace("\u202f", "").replace("\u00a0", "")
        else:
            raw = raw.replace(group, "")
        raw = raw.replace(decimal, ".").lstrip("+")
        if raw.count(".") > 1 or any(c in raw for c in ", ’'"):
            raw = re.sub(r"[^\d.-]", "", raw)
        if "." in raw:
            raw = raw.rstrip("0").rstrip(".")
        values.append(raw)
    return sorted(values)


def tag_sequence(text: str) -> list[str]:
    """The HTML tags of a text in order, with attribute whitespace normalised."""
    return [re.sub(r"\s+", " ", tag) for tag in TAG_RE.findall(text) if not tag.startswith("&")]


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER_RE.findall(TAG_RE.sub(" ", text)))
