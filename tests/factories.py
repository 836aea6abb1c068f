"""Hand-built documents for tests that must not load the models.

``make_doc`` takes CoNLL-U-like rows, so a test states exactly the parse it
wants the downstream stages to see.
"""

from __future__ import annotations

from letopis.model import Article, Doc, NerSpan, Sentence, Token


def parse_feats(text: str) -> dict[str, str]:
    if not text or text == "_":
        return {}
    return dict(part.split("=", 1) for part in text.split("|"))


def make_doc(sentences: list[list[tuple[str, str, str, str, int, str]]], doc_id: str = "t") -> Doc:
    """Build a Doc from sentences of rows ``(word, lemma, pos, feats, head, rel)``.

    ``head`` is 1-based within the sentence, 0 for the root, as in CoNLL-U.
    Words are joined by single spaces; sentences by a space.
    """
    text_parts: list[str] = []
    tokens: list[Token] = []
    sents: list[Sentence] = []
    offset = 0
    for s_index, rows in enumerate(sentences):
        if s_index:
            text_parts.append(" ")
            offset += 1
        first = len(tokens)
        s_start = offset
        for w_index, (word, lemma, pos, feats, head, rel) in enumerate(rows):
            if w_index:
                text_parts.append(" ")
                offset += 1
            tokens.append(
                Token(
                    index=len(tokens), sent=s_index, start=offset, end=offset + len(word), text=word,
                    lemma=lemma, pos=pos, feats=parse_feats(feats),
                    head=-1 if head == 0 else first + head - 1, rel=rel,
                )
            )
            text_parts.append(word)
            offset += len(word)
        sents.append(Sentence(s_index, s_start, offset, "", first, len(tokens)))
    text = "".join(text_parts)
    for s in sents:
        s.text = text[s.start : s.end]
    doc = Doc(Article(id=doc_id, text=text))
    doc.tokens, doc.sentences = tokens, sents
    doc.layers |= {"sentences", "tokens", "morph", "lemmas", "syntax"}
    return doc


def add_ner(doc: Doc, type_: str, first: int, last: int) -> NerSpan:
    """Add a NER span over tokens ``first..last`` (inclusive, document indices)."""
    start, end = doc.tokens[first].start, doc.tokens[last].end
    span = NerSpan(type_, start, end, doc.text[start:end], first, last + 1)
    doc.ner.append(span)
    doc.layers.add("ner")
    return span
