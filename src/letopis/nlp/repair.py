"""Deterministic repairs of parser output that break Universal Dependencies invariants.

slovnet's parser is a graph parser: nothing stops it from producing arcs UD never
allows. The repairs here fix only arcs that are wrong by definition, so they cannot
make a well-formed parse worse:

- **backward conjunct**: in UD the second conjunct of a coordination depends on the
  first (``conj`` points left). An arc ``conj`` whose head lies to the right of its
  dependent ("Посол ЕС и представители ПАСЕ призывают ..., при котором запрещены
  митинги": *представители* hung on *митинги*) is re-attached to the nearest phrase
  before its coordinator that can coordinate with it: same part of speech and,
  for nouns, the same case; for verbs, the same verb form.

The function works on tokens in place and is pure otherwise; it runs inside the
``nlp.syntax`` stage, so later stages see one parse.
"""

from __future__ import annotations

from letopis.model import Doc, Token

_NOMINAL = {"NOUN", "PROPN", "PRON"}
_SKIP = {"PUNCT", "CCONJ"}
# Modifiers that lie between a conjunct's first word and the word before the
# coordinator: "[Посол] Евросоюза на Кавказе Питер Семнеби и ...".
_CLIMB = {"nmod", "appos", "flat", "flat:name", "flat:foreign", "amod", "nummod", "obj", "obl", "iobj",
          "nsubj", "conj", "punct", "det", "case", "advmod", "xcomp", "parataxis", "fixed"}
# Relations inside a noun phrase: a name's parts, an apposition, a genitive.
_INSIDE_PHRASE = {"flat", "flat:name", "flat:foreign", "appos", "nmod"}


def repair_parse(doc: Doc) -> int:
    """Repair the parse of every sentence of ``doc``; return the number of arcs changed."""
    changed = 0
    for sentence in doc.sentences:
        tokens = doc.sentence_tokens(sentence)
        for token in tokens:
            if token.rel == "conj" and token.head > token.index:
                first = _first_conjunct(doc, tokens, token)
                if first is not None:
                    token.head = first.index
                    changed += 1
    return changed


def _first_conjunct(doc: Doc, tokens: list[Token], token: Token) -> Token | None:
    """The word that ``token`` coordinates with, found by climbing from the word before its coordinator."""
    offset = tokens[0].index
    position = token.index - offset - 1
    while position >= 0 and tokens[position].pos in _SKIP:
        position -= 1
    if position < 0:
        return None
    candidate = tokens[position]
    seen: set[int] = set()
    found: Token | None = None
    while candidate.index < token.index and candidate.index not in seen:
        seen.add(candidate.index)
        if _coordinable(candidate, token) and not _dominates(doc, token, candidate):
            found = candidate
            if candidate.rel not in _INSIDE_PHRASE:
                return found  # the head of its phrase: "[Посол] ЕС Иван Петров и представители"
        elif found is not None:
            return found
        if candidate.head < 0 or candidate.rel not in _CLIMB:
            break
        candidate = doc.tokens[candidate.head]
    return found


def _coordinable(left: Token, right: Token) -> bool:
    """Whether two words can be conjuncts of one coordination."""
    if left.pos in _NOMINAL and right.pos in _NOMINAL:
        cases = (left.feat("Case"), right.feat("Case"))
        return None in cases or cases[0] == cases[1]
    if left.pos == "VERB" and right.pos == "VERB":
        return left.feat("VerbForm") == right.feat("VerbForm")
    return left.pos == right.pos and left.pos in ("ADJ", "ADV")


def _dominates(doc: Doc, ancestor: Token, token: Token) -> bool:
    """Whether ``ancestor`` is above ``token`` in the tree (re-attaching would make a cycle)."""
    seen: set[int] = set()
    current = token
    while current.head >= 0 and current.index not in seen:
        seen.add(current.index)
        if current.head == ancestor.index:
            return True
        current = doc.tokens[current.head]
    return False
