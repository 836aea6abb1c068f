"""Hand-built documents for tests that must not load the models.

``conll`` (a block of text, a token a line) and ``make_doc`` (rows of tuples)
take CoNLL-U-like parses, so a test states exactly the parse it wants the
downstream stages to see.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from letopis.actors.lexicon import data_dir
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


def conll(block: str, doc_id: str = "t") -> Doc:
    """Build a Doc from a block with a token a line: ``word lemma POS head rel [feats]``.

    Columns are separated by white space; ``head`` is 1-based within the
    sentence (0 for the root) and ``feats`` is optional (``Case=Nom|Number=Plur``).
    A blank line ends a sentence. Words are joined by single spaces, as in
    :func:`make_doc`.
    """
    sentences: list[list[tuple[str, str, str, str, int, str]]] = [[]]
    for line in block.splitlines():
        fields = line.split()
        if not fields:
            if sentences[-1]:
                sentences.append([])
            continue
        if len(fields) not in (5, 6):
            raise ValueError(f"expected 'word lemma POS head rel [feats]', got {line.strip()!r}")
        word, lemma, pos, head, rel = fields[:5]
        sentences[-1].append((word, lemma, pos, fields[5] if len(fields) == 6 else "_", int(head), rel))
    return make_doc([rows for rows in sentences if rows], doc_id)


def add_ner(doc: Doc, type_: str, first: int, last: int) -> NerSpan:
    """Add a NER span over tokens ``first..last`` (inclusive, document indices)."""
    start, end = doc.tokens[first].start, doc.tokens[last].end
    span = NerSpan(type_, start, end, doc.text[start:end], first, last + 1)
    doc.ner.append(span)
    doc.layers.add("ner")
    return span


def data_with_row(tmp_path: Path, relative: str, row: str) -> Path:
    """A copy of the shipped data folder in ``tmp_path`` whose file ``relative`` ends with ``row``.

    Validator tests append one bad row and expect the loader (and ``letopis data
    check``) to name the problem; the copy keeps the shipped files untouched.
    """
    root = tmp_path / "data"
    shutil.copytree(data_dir(), root)
    path = root / relative
    path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + "\n" + row + "\n", encoding="utf-8")
    return root
