"""Normal (nominative) forms of entity spans.

"Блинкеном" → "Блинкен", "Нагорным Карабахом" → "Нагорный Карабах". For
organisations only the syntactic head and its agreeing adjectives are
inflected, so "Министерства обороны Азербайджана" → "Министерство обороны
Азербайджана" and "Организацию Договора о коллективной безопасности" →
"Организация Договора о коллективной безопасности": the dependents in oblique
cases belong to the name and stay as they are.
"""

from __future__ import annotations

from typing import Any, Iterable

from natasha.shape import recover_shape

from letopis.model import Doc, NerSpan, Token

_INFLECTABLE = {"NOUN", "PROPN", "ADJ", "DET", "NUM"}
_AGREEMENT = ("Gender", "Number", "Case")


def normal_form(doc: Doc, span: NerSpan, vocab: Any) -> str:
    """The nominative form of ``span`` (its text when it has no tokens)."""
    tokens = doc.tokens[span.token_start : span.token_end]
    if not tokens:
        return span.text
    chosen = _org_heads(tokens) if span.type == "ORG" else {t.index for t in tokens}
    words = [_inflect(t, vocab, span.type) if t.index in chosen else t.text for t in tokens]
    out = [words[0]]
    for prev, token, word in zip(tokens, tokens[1:], words[1:]):
        out.append(doc.text[prev.end : token.start] + word)
    return "".join(out)


def _org_heads(tokens: list[Token]) -> set[int]:
    """The head of an organisation name and the adjectives agreeing with it."""
    inside = {t.index for t in tokens}
    roots = [t for t in tokens if t.head not in inside]
    head = roots[0] if roots else tokens[0]  # the parser can leave a cycle inside the span
    chosen = {head.index}
    for token in tokens:
        if token.index < head.index and token.pos in ("ADJ", "DET") and _agrees(token, head):
            chosen.add(token.index)
        elif token.head == head.index and token.pos in ("ADJ", "DET") and _agrees(token, head):
            chosen.add(token.index)
    return chosen


def _agrees(a: Token, b: Token) -> bool:
    return a.feats.get("Case") == b.feats.get("Case") and a.feats.get("Number") == b.feats.get("Number")


def _inflect(token: Token, vocab: Any, span_type: str) -> str:
    if token.pos not in _INFLECTABLE or token.feats.get("Case") in (None, "Nom"):
        return token.text
    if not any(ch.isalpha() for ch in token.text) or token.text.isupper():
        return token.text  # abbreviations (ООН, ОДКБ) do not inflect
    word = token.text.lower()
    forms = vocab(word)
    form = _pick(forms, token, span_type)
    if form is None:
        return token.text
    number = token.feats.get("Number")
    grams = {"Nom"} if number != "Plur" else {"Nom", "Plur"}
    inflected = form.inflect(grams)
    if inflected is None:
        return token.text
    result = inflected.word
    if "ё" not in word:
        result = result.replace("ё", "е")  # keep the article's spelling: pymorphy restores ё
    return recover_shape(result, token.text)


def _pick(forms: Iterable[Any], token: Token, span_type: str) -> Any:
    """The dictionary form agreeing best with the tagger's analysis."""
    best, best_score = None, -1
    want = token.feats
    for form in forms:
        if form.feats.get("Case") != want.get("Case"):
            continue
        score = sum(form.feats.get(k) == want.get(k) for k in _AGREEMENT)
        if (form.pos == "PROPN") == (token.pos == "PROPN") or form.pos == token.pos:
            score += 1
        grams = form.tag.grammemes if hasattr(form, "tag") else ()
        if span_type == "LOC" and "Geox" in grams or span_type == "PER" and {"Name", "Surn", "Patr"} & set(grams):
            score += 2
        if score > best_score:
            best, best_score = form, score
    return best
