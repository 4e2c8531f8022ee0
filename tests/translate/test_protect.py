from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from borderless.translate.protect import (
    localize_number,
    number_values,
    pieces,
    placeholders,
    protect,
    restore,
    split_blocks,
    tag_sequence,
)

HTML = '<p>Soft <b>organic</b> cotton, <a href="https://x.test/a?b=1">see</a> {name} &amp; %s, 12.5 cm.</p>'


def test_tags_placeholders_urls_numbers_become_tokens() -> None:
    protected = protect(HTML)
    kinds = [span.kind for span in protected.spans]
    assert kinds.count("tag") == 7  # <p> <b> </b> <a ...> </a> &amp; </p>
    assert "placeholder" in kinds and "number" in kinds
    assert "<" not in protected.text and "{name}" not in protected.text and "12.5" not in protected.text
    assert "organic" in protected.text and "cotton" in protected.text


def test_identity_translation_restores_exactly() -> None:
    protected = protect(HTML)
    assert restore(protected.text, protected) == HTML


def test_glued_tag_is_padded_and_unpadded() -> None:
    protected = protect("<b>organic</b>")
    assert protected.text == "XQZ0Z organic XQZ1Z"
    assert restore("XQZ0Z orgánico XQZ1Z", protected) == "<b>orgánico</b>"


def test_restore_refuses_lost_duplicated_or_invented_tokens() -> None:
    protected = protect("Hello {name}, see <b>this</b>")
    assert restore(protected.text.replace("XQZ0Z", ""), protected) is None
    assert restore(protected.text + " XQZ1Z", protected) is None
    assert restore(protected.text + " XQZ9Z", protected) is None


def test_pieces_keep_every_span() -> None:
    protected = protect("Hello {name}, see <b>this</b> now")
    joined = "".join(text for _, text in pieces(protected))
    assert joined == "Hello {name}, see <b>this</b> now"
    assert [text for translatable, text in pieces(protected) if translatable] == ["Hello", ", see", "this", "now"]


def test_glossary_terms_do_not_translate_and_forced() -> None:
    protected = protect("The Acme jacket in wool", terms={"Acme": "Acme", "wool": "Schurwolle"})
    assert "Acme" not in protected.text and "wool" not in protected.text
    assert restore(protected.text.replace("The", "Die").replace("jacket in", "Jacke aus"), protected) == (
        "Die Acme Jacke aus Schurwolle"
    )


def test_terms_match_whole_words_case_insensitively_longest_first() -> None:
    protected = protect("ACME PRO and acme, not Acmeish", terms={"Acme": "Acme", "Acme Pro": "Acme Pro"})
    assert [span.original for span in protected.spans] == ["ACME PRO", "acme"]
    assert "Acmeish" in protected.text


def test_numbers_with_units_are_localized() -> None:
    protected = protect(
        "Pocket 12.5 cm, 1,200 g, 100% cotton", number=lambda v: localize_number(v, (".", ","), (",", "."))
    )
    restored = restore(protected.text, protected)
    assert restored == "Pocket 12,5 cm, 1.200 g, 100% cotton"
    assert number_values(restored or "", (",", ".")) == number_values(
        "Pocket 12.5 cm, 1,200 g, 100% cotton", (".", ",")
    )


def test_percent_sign_in_prose_is_not_a_placeholder() -> None:
    assert placeholders("100% silk, 50 % off") == []
    assert placeholders("Hi %s and %(name)s and %1$d") == sorted(["%s", "%(name)s", "%1$d"])


def test_split_blocks_keeps_structure() -> None:
    html = "<p>One.</p>\n<ul><li>Two</li><li>Three</li></ul>Four<br/>Five"
    parts = split_blocks(html)
    assert "".join(text for _, text in parts) == html
    assert [text for translatable, text in parts if translatable] == ["One.", "Two", "Three", "Four", "Five"]


def test_tag_sequence_normalises_whitespace() -> None:
    assert tag_sequence('<a  href="x">y</a>') == ['<a href="x">', "</a>"]


_pieces = st.lists(
    st.sampled_from([*"abc XYZ,.-", "<b>", "</b>", "{n}", "%s", "12.5", "<br/>", "&amp;", "word"]), max_size=12
).map("".join)


@given(_pieces)
def test_round_trip_of_markup_and_placeholders(text: str) -> None:
    protected = protect(text)
    assert restore(protected.text, protected) == text
    assert "".join(part for _, part in pieces(protected)) == text


@given(_pieces)
def test_split_blocks_is_lossless(text: str) -> None:
    assert "".join(part for _, part in split_blocks(text)) == text
