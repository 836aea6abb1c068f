"""Batched slovnet tagging across many documents.

natasha tags one document at a time. letopis pools the sentences of every
document in a chunk, sorts them by length (so a batch pads little) and feeds
them to slovnet in large batches, then writes the results back in place.
"""

from __future__ import annotations

from typing import Any

from letopis.model import Doc, NerSpan, Sentence


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


def tag_ner(docs: list[Doc], tagger: Any) -> None:
    """PER/ORG/LOC spans, tagged sentence by sentence and mapped back to the text."""
    pool = [(d, s) for d in docs for s in d.sentences]
    pool.sort(key=lambda pair: len(pair[1].text))
    found: dict[int, list[NerSpan]] = {id(d): [] for d in docs}
    for (doc, sentence), markup in zip(pool, tagger.map([s.text for _, s in pool])):
        for span in markup.spans:
            start, end = sentence.start + span.start, sentence.start + span.stop
            token_start, token_end = _token_range(doc, sentence, start, end)
            found[id(doc)].append(NerSpan(span.type, start, end, doc.text[start:end], token_start, token_end))
    for doc in docs:
        doc.ner = sorted(found[id(doc)], key=lambda s: s.start)


def _token_range(doc: Doc, sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    first, last = sentence.token_end, sentence.token_start
    for token in doc.sentence_tokens(sentence):
        if token.end > start and token.start < end:
            first = min(first, token.index)
            last = max(last, token.index + 1)
    if first >= last:
        return sentence.token_start, sentence.token_start
    return first, last
