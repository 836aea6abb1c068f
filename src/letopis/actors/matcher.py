"""A phrase matcher over inflected Russian text.

Every dictionary phrase is tokenised like the text (razdel) and each of its
words is expanded into its paradigm (pymorphy2): "Соединенные Штаты" matches
"Соединенных Штатов", "военный" matches "военные" and "военных". Plural-only
words keep only plural forms, so "Штаты" does not match "штат". Matching is
then exact lookup of lower-cased forms (ё folded to е): fast, and
predictable, with the longest match winning.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, Iterable, TypeVar

from razdel import tokenize

from letopis.model import Token

T = TypeVar("T")


def fold(word: str) -> str:
    """Lower case with ё folded to е: the comparison key of a word."""
    return word.lower().replace("ё", "е")


@dataclass(frozen=True, slots=True)
class Match(Generic[T]):
    """A dictionary entry found over tokens ``first..last`` (document indices, inclusive)."""

    first: int
    last: int
    entry: T


class Paradigms:
    """Inflected forms of dictionary words, cached."""

    def __init__(self, vocab: Any) -> None:
        self.vocab = vocab
        self._cache: dict[tuple[str, bool, bool], frozenset[str]] = {}

    def forms(self, word: str, inflect: bool = True, person: bool = False) -> frozenset[str]:
        key = (word, inflect, person)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        base = fold(word)
        out = {base}
        if inflect and any(ch.isalpha() for ch in word):
            # Abbreviations too: pymorphy knows "МИД" declines ("МИДа") and "ООН" does not.
            out |= self._paradigm(base, person)
            if person:
                out |= _surname_forms(base)
        result = frozenset(out)
        self._cache[key] = result
        return result

    def _paradigm(self, word: str, person: bool = False) -> set[str]:
        out: set[str] = set()
        parses = self.vocab.parse(word)
        nominative = [p for p in parses if "nomn" in p.tag] or parses[:1]
        plural_only = all("plur" in p.tag for p in nominative)
        for parse in nominative[:2]:
            # A man's surname must not match his namesakes' feminine forms ("Зеленская").
            masculine = person and "masc" in parse.tag
            for form in parse.lexeme:
                if plural_only and "plur" not in form.tag or masculine and "femn" in form.tag:
                    continue
                out.add(fold(form.word))
        return out


class PhraseMatcher(Generic[T]):
    """Finds the longest dictionary phrase starting at each token."""

    def __init__(self, paradigms: Paradigms) -> None:
        self.paradigms = paradigms
        self._index: dict[str, list[tuple[tuple[frozenset[str], ...], T]]] = {}
        self.size = 0

    def add(self, phrase: str, entry: T, inflect: bool = True, person: bool = False) -> None:
        """Register ``phrase`` (nominative) for ``entry``; ``inflect=False`` matches it as written.

        ``person=True`` adds the case forms of surnames pymorphy does not know.
        """
        words = [t.text for t in tokenize(phrase)]
        if not words:
            return
        pattern = tuple(self.paradigms.forms(w, inflect, person) for w in words)
        for first in pattern[0]:
            self._index.setdefault(first, []).append((pattern, entry))
        self.size += 1

    def add_all(self, phrases: Iterable[str], entry: T, inflect: bool = True) -> None:
        for phrase in phrases:
            self.add(phrase, entry, inflect)

    def find(self, tokens: list[Token], keys: list[str] | None = None) -> list[Match[T]]:
        """Non-overlapping longest matches over ``tokens`` (one sentence or more), left to right."""
        keys = keys if keys is not None else [fold(t.text) for t in tokens]
        out: list[Match[T]] = []
        i = 0
        while i < len(tokens):
            best: tuple[int, T] | None = None
            for pattern, entry in self._index.get(keys[i], ()):
                n = len(pattern)
                if i + n > len(tokens) or (best is not None and n <= best[0]):
                    continue
                if all(keys[i + k] in pattern[k] for k in range(1, n)):
                    best = (n, entry)
            if best is None:
                i += 1
                continue
            out.append(Match(tokens[i].index, tokens[i + best[0] - 1].index, best[1]))
            i += best[0]
        return out


_CONSONANTS = set("бвгджзклмнпрстфхцчшщ")


def _surname_forms(word: str) -> set[str]:
    """Case forms of a masculine surname pymorphy may not know ("Токаев", "Пашинян")."""
    if len(word) < 2 or not word.isalpha():
        return set()  # short Korean and Chinese name parts decline too ("Ким Чен Ына")
    if len(word) > 3 and word.endswith(("ов", "ев", "ин", "ын")):
        return {word + s for s in ("а", "у", "ым", "е")}
    if len(word) > 4 and word.endswith(("ова", "ева", "ина", "ына")):
        return {word[:-1] + s for s in ("ой", "у")}
    if word[-1] in _CONSONANTS:
        return {word + s for s in ("а", "у", "ом", "е")}
    return set()
