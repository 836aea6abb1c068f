"""Sentences and tokens with exact character offsets (razdel)."""

from __future__ import annotations

import re

from razdel import sentenize, tokenize

# A line break ends a sentence: titles, bylines and list items carry no final
# punctuation, and razdel would glue them to the next paragraph.
_LINE = re.compile(r"[^\n]+")

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
    for raw in _sentences(text):
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


class _Raw:
    __slots__ = ("start", "stop", "text")

    def __init__(self, start: int, stop: int, text: str) -> None:
        self.start, self.stop, self.text = start, stop, text


def _sentences(text: str) -> list[_Raw]:
    out: list[_Raw] = []
    for line in _LINE.finditer(text):
        for raw in sentenize(line.group()):
            out.append(_Raw(line.start() + raw.start, line.start() + raw.stop, raw.text))
    return out
