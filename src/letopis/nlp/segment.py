"""Sentences and tokens with exact character offsets (razdel)."""

from __future__ import annotations

from razdel import sentenize, tokenize

from letopis.model import Doc, Sentence, Token


def segment(doc: Doc, max_tokens: int) -> None:
    """Fill ``doc.sentences`` and ``doc.tokens``.

    Sentences longer than ``max_tokens`` tokens are cut into pieces: the
    taggers' cost grows with sentence length, and a run-on "sentence" (a table,
    a list without punctuation) carries no usable syntax anyway.
    """
    text = doc.text
    sentences: list[Sentence] = []
    tokens: list[Token] = []
    for raw in sentenize(text):
        pieces: list[list[tuple[int, int, str]]] = [[]]
        for tok in tokenize(raw.text):
            if len(pieces[-1]) >= max_tokens:
                pieces.append([])
            pieces[-1].append((raw.start + tok.start, raw.start + tok.stop, tok.text))
        for piece in pieces:
            if not piece:
                continue
            index = len(sentences)
            first = len(tokens)
            for start, end, word in piece:
                tokens.append(Token(index=len(tokens), sent=index, start=start, end=end, text=word))
            s_start, s_end = piece[0][0], piece[-1][1]
            sentences.append(Sentence(index, s_start, s_end, text[s_start:s_end], first, len(tokens)))
    doc.sentences = sentences
    doc.tokens = tokens
