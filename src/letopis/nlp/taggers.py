"""Batched slovnet tagging across many documents.

natasha tags one document at a time. letopis pools the sentences of every
document in a chunk, sorts them by length (so a batch pads little) and feeds
them to slovnet in large batches, then writes the results back in place.
"""

from __future__ import annotations

from typing import Any

from letopis.model import Doc, NerSpan, Sentence, Token


def _pooled(docs: list[Doc]) -> list[tuple[Doc, Sentence]]:
    pool = [(d, s) for d in docs for s in d.sentences]
    pool.sort(key=lambda pair: pair[1].token_end - pair[1].token_start)
    return pool


def tag_morph(docs: list[Doc], tagger: Any, vocab: Any, cache: dict[tuple[str, str, str], str]) -> None:
    """POS, features and lemma for every token of ``docs``."""
    pool = _pooled(docs)
    words = [[t.text for t in d.sentence_tokens(s)] for d, s in pool]
    for (doc, sentence), markup in zip(pool, tagger.map(words)):
        for token, tagged in zip(doc.sentence_tokens(sentence), markup.tokens):
            token.pos = tagged.pos
            token.feats = dict(tagged.feats)
            token.lemma = lemmatize(token.text, token.pos, token.feats, vocab, cache)


def lemmatize(word: str, pos: str, feats: dict[str, str], vocab: Any, cache: dict[tuple[str, str, str], str]) -> str:
    """Dictionary lemma of ``word`` agreeing with the tagger's POS and features (cached)."""
    key = (word, pos, "|".join(f"{k}={v}" for k, v in sorted(feats.items())))
    lemma = cache.get(key)
    if lemma is None:
        if pos in ("PUNCT", "NUM", "SYM", "X") or not any(ch.isalpha() for ch in word):
            lemma = word.lower()
        else:
            lemma = vocab.lemmatize(word, pos, feats)
        if len(cache) < 500_000:
            cache[key] = lemma
    return lemma


def parse_syntax(docs: list[Doc], parser: Any) -> None:
    """Dependency head and relation for every token of ``docs``."""
    pool = _pooled(docs)
    words = [[t.text for t in d.sentence_tokens(s)] for d, s in pool]
    for (doc, sentence), markup in zip(pool, parser.map(words)):
        tokens = doc.sentence_tokens(sentence)
        for token, parsed in zip(tokens, markup.tokens):
            head = int(parsed.head_id)
            token.head = -1 if head == 0 else sentence.token_start + head - 1
            token.rel = parsed.rel


def ner_units(doc: Doc, max_chars: int) -> list[tuple[int, int]]:
    """Runs of sentences tagged together: a paragraph, cut at ``max_chars``.

    The NER tagger sees a name better with the sentence before it (a name
    opening a sentence is often missed alone), but a whole long article in one
    sequence costs memory; a paragraph is the compromise.
    Returns ``(first, last)`` sentence indices, inclusive.
    """
    units: list[tuple[int, int]] = []
    for sentence in doc.sentences:
        if units:
            first, last = units[-1]
            gap = doc.text[doc.sentences[last].end : sentence.start]
            if "\n" not in gap and sentence.end - doc.sentences[first].start <= max_chars:
                units[-1] = (first, sentence.index)
                continue
        units.append((sentence.index, sentence.index))
    return units


def tag_ner(docs: list[Doc], tagger: Any, max_chars: int = 1500) -> None:
    """PER/ORG/LOC spans, tagged paragraph by paragraph and mapped back to the text."""
    pool = [(d, u) for d in docs for u in ner_units(d, max_chars)]
    pool.sort(key=lambda pair: pair[0].sentences[pair[1][1]].end - pair[0].sentences[pair[1][0]].start)
    texts = [d.text[d.sentences[a].start : d.sentences[b].end] for d, (a, b) in pool]
    found: dict[int, list[NerSpan]] = {id(d): [] for d in docs}
    for (doc, (a, b)), markup in zip(pool, tagger.map(texts)):
        offset = doc.sentences[a].start
        tokens = doc.tokens[doc.sentences[a].token_start : doc.sentences[b].token_end]
        for span in markup.spans:
            start, end = offset + span.start, offset + span.stop
            token_start, token_end = _token_range(tokens, start, end)
            found[id(doc)].append(NerSpan(span.type, start, end, doc.text[start:end], token_start, token_end))
    for doc in docs:
        doc.ner = sorted(found[id(doc)], key=lambda s: s.start)


def _token_range(tokens: list[Token], start: int, end: int) -> tuple[int, int]:
    inside = [t.index for t in tokens if t.end > start and t.start < end]
    if not inside:
        first = tokens[0].index if tokens else 0
        return first, first
    return inside[0], inside[-1] + 1
