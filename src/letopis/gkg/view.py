"""What the quote rules share: the document, its quoted spans, speech words and speakers."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from letopis.gkg.marks import QuotedSpan, quoted_spans
from letopis.gkg.speakers import FIRST_PERSON, Normaliser, SpeakerFinder
from letopis.gkg.speech import SpeechLexicon, SpeechVerb
from letopis.model import Doc, Quote, Speaker, Token

SENTENCE_PUNCT = frozenset(",.!?…;:")
MIN_CLAUSE_WORDS = 4  # a quoted span this long is said words, not a name
MIXED_SHARE = 0.5  # quoted words filling this share of a reported phrase are the quote
LONGEST_QUOTE = 20_000  # characters; longer quotes are not looked up as the voice of "я"
_TRIM_END = " \t\r\n,;:.—–-"
_TRIM_START = " \t\r\n,;:—–-"


@dataclass(frozen=True, slots=True)
class Found:
    """A quote and the rule family that found it.

    ``how`` is ``marks``, ``dialogue``, ``interview`` (direct speech), ``clause``,
    ``about``, ``colon`` (reported after a verb), ``aside`` or ``cue`` (the rest of a sentence).
    """

    quote: Quote
    how: str
    anchor: int = -1
    """Offset of the word that attributes the quote (speech verb, statement or cue noun); -1 for none."""


class DocView:
    """A document seen by the quote rules: tokens by offset, quoted spans, speech words."""

    def __init__(self, doc: Doc, lexicon: SpeechLexicon, normal: Normaliser | None = None) -> None:
        self.doc = doc
        self.text = doc.text
        self.tokens = doc.tokens
        self.lexicon = lexicon
        self.speakers = SpeakerFinder(doc, normal)
        self.children = self.speakers.children
        self.starts = [t.start for t in doc.tokens]
        self.ends = [t.end for t in doc.tokens]
        self.spans = quoted_spans(doc.text, lexicon.marks)
        self.span_starts = [s.start for s in self.spans]
        self.speakers.quoted = [(s.start, s.end) for s in self.spans]
        self.closers = frozenset(lexicon.marks.values())
        self.voices: list[tuple[int, int, Speaker]] = []
        """Direct quotes with their speaker, in text order: who "я" and "мы" inside them are."""

    def speech(self, token: Token) -> SpeechVerb | None:
        """The speech verb ``token`` is, or ``None``."""
        if token.pos not in ("VERB", "ADJ"):
            return None
        if token.feats.get("Voice") == "Pass" and any(c.rel == "nsubj:pass" for c in self.children.get(token.index, [])):
            return None  # "законопроект призван": its subject says nothing ("в сообщении сказано, что" does)
        if token.feats.get("Voice") == "Pass" and token.feats.get("VerbForm") == "Part" \
                and token.feats.get("Variant") != "Short":
            return None  # "острова, называемые «...»": the noun is what is named ("сказано в обращении" speaks)
        return self.lexicon.verb(token.lemma, token.pos)

    def statement(self, token: Token) -> bool:
        """Whether ``token`` is a noun naming a statement ("заявление", "обращение")."""
        return token.pos == "NOUN" and token.lemma in self.lexicon.nouns

    def cue(self, token: Token) -> str | None:
        """The cue phrase ("по словам") whose noun ``token`` is, or ``None``."""
        phrase = self.lexicon.cues.get(token.text.lower())
        if phrase is None:
            return None
        before = [t for t in self.tokens[max(0, token.index - 2) : token.index] if t.sent == token.sent]
        if before and before[-1].lemma == "по":
            return phrase
        if len(before) == 2 and before[0].lemma == "по" and before[1].pos in ("DET", "PRON"):
            return phrase  # "по его словам"
        return None

    def negated(self, token: Token) -> bool:
        return any(c.lemma == "не" and c.index < token.index for c in self.children.get(token.index, []))

    def is_dash(self, token: Token) -> bool:
        return token.text in self.lexicon.dashes

    def is_mark(self, token: Token) -> bool:
        return token.text in self.lexicon.marks or token.text in self.closers

    def tokens_between(self, start: int, end: int) -> list[Token]:
        """Tokens lying wholly between two offsets."""
        low = bisect.bisect_left(self.starts, start)
        high = bisect.bisect_right(self.ends, end)
        return [t for t in self.tokens[low:high] if start <= t.start and t.end <= end]

    def token_before(self, offset: int) -> Token | None:
        """The last token ending at or before an offset."""
        i = bisect.bisect_right(self.ends, offset) - 1
        return self.tokens[i] if i >= 0 else None

    def span_at(self, start: int, end: int) -> QuotedSpan | None:
        """The quoted span that is (nearly) exactly ``start..end``."""
        for span in self.spans_starting(start - 1, start + 2):
            if abs(span.end - end) <= 2:
                return span
        return None

    def spans_starting(self, start: int, end: int) -> list[QuotedSpan]:
        """The quoted spans whose opening mark lies in ``start..end``."""
        low = bisect.bisect_left(self.span_starts, start)
        return self.spans[low : bisect.bisect_left(self.span_starts, end)]

    def span_around(self, offset: int) -> QuotedSpan | None:
        """The quoted span strictly around an offset (spans do not overlap)."""
        i = bisect.bisect_left(self.span_starts, offset) - 1
        return self.spans[i] if i >= 0 and self.spans[i].start < offset < self.spans[i].end else None

    def speakers_of(self, token: Token) -> list[Speaker]:
        """The speakers a speech verb, a statement noun or a cue noun names."""
        if self.cue(token) is not None:
            owner = self.cue_owner(token)
            found = None if owner is None else self.speakers.of_phrase(owner)
            return [found] if found is not None else []
        if self.statement(token):
            head = self.tokens[token.head] if token.head >= 0 else None
            if head is not None and head.pos == "VERB" and token.rel in ("obl", "obj", "nmod"):
                return self.speakers.for_verb(head)  # "выступил с заявлением:"
            return self.speakers.authors(token)
        verb = self.speech(token)
        if verb is not None and verb.cites:
            after = [t for t in self.tokens[token.index + 1 : token.index + 8] if t.sent == token.sent]
            quoted = [c for c in self.children.get(token.index, []) + after if c.pos in ("NOUN", "PROPN")
                      and (c.rel == "obj" or c.feats.get("Animacy") == "Anim" and c.feats.get("Case") in ("Acc", "Gen"))]
            quoted.sort(key=lambda c: c.feats.get("Animacy") != "Anim")  # "цитирует «Взгляд» Медведева"
            found = self.speakers.of_subject(quoted[0]) if quoted else []
            if found:
                return found  # "цитирует министра", "цитирует слова министра"
        subject = self.speakers.subject(token)
        if subject is not None and subject.lemma in FIRST_PERSON:
            return [speaker for start, end, speaker in self.voices_around(token.start)]
        return self.speakers.for_verb(token)

    def in_voice(self, token: Token) -> bool:
        """Whether ``token`` stands inside a quoted span or an attributed direct quote."""
        return self.span_around(token.start) is not None or bool(self.voices_around(token.start))

    def voices_around(self, offset: int) -> list[tuple[int, int, Speaker]]:
        """The attributed direct quotes around an offset (``voices`` is in text order)."""
        low = bisect.bisect_left(self.voices, (offset - LONGEST_QUOTE,))
        high = bisect.bisect_right(self.voices, (offset, float("inf")))
        return [v for v in self.voices[low:high] if v[0] <= offset < v[1]]

    def cue_owner(self, noun: Token) -> Token | None:
        """X in "по словам X" (or "его" in "по его словам")."""
        owner = next((c for c in self.children.get(noun.index, []) if c.rel in ("nmod", "det", "nmod:poss")), None)
        previous = self.tokens[noun.index - 1] if noun.index else None
        if owner is None and previous is not None and previous.pos in ("DET", "PRON"):
            owner = previous  # "по его словам" parsed without the arc
        return owner

    def utterance(self, span: QuotedSpan) -> bool:
        """Said words, not a name: four words or more, a verb, or a closing "!", "?" or "…"."""
        inner = self.tokens_between(*span.inner)
        words = sum(any(ch.isalnum() for ch in t.text) for t in inner)
        if words >= MIN_CLAUSE_WORDS or any(t.pos in ("VERB", "AUX") for t in inner):
            return True
        return self.text[span.inner[0] : span.inner[1]].rstrip().endswith(("!", "?", "…"))

    def quoted_content(self, start: int, end: int, mixed: bool) -> QuotedSpan | None:
        """The quoted span that carries reported content ``start..end``, or ``None``.

        The span must close where the content ends. Unless ``mixed``, it must also open where
        the content starts ("заявил, что «...»"): quoted words inside a "что" clause stay part of
        it ("что дух Эльбы «является примером»"). With ``mixed`` ("заявили о признательности
        «за вклад ...»", "По данным X, Y «выразил ...»") said words filling half of the content
        are the quote.
        """
        start, end = trim(self.text, start, end)
        for span in reversed(self.spans_starting(start - 1, end)):
            if not end - 1 <= span.end <= end + 1:
                continue
            if span.start <= start + 1:
                return span
            if mixed and span.end - span.start >= MIXED_SHARE * (end - start) and self.utterance(span):
                return span
        return None

    def reported(self, start: int, end: int, token: Token, how: str, mixed: bool = True,
                 speakers: list[Speaker] | None = None, verb: str | None = None) -> list[Found]:
        """Reported content over ``start..end`` attributed by ``token``: a direct quote of its
        quoted words when they carry it (:meth:`quoted_content`), else an indirect quote."""
        speakers = self.speakers_of(token) if speakers is None else speakers
        verb = verb if verb is not None else self.cue(token) or token.lemma
        span = self.quoted_content(start, end, mixed)
        if span is not None:
            return self.found(*span.inner, speakers, verb, "direct", how, token.start)
        return self.found(start, end, speakers, verb, "indirect", how, token.start)

    def found(self, start: int, end: int, speakers: list[Speaker], verb: str | None, kind: str,
              how: str, anchor: int = -1) -> list[Found]:
        """One quote per speaker (one with no speaker when there is none) over ``start..end``."""
        start, end = trim(self.text, start, end)
        if start >= end:
            return []
        text = self.text[start:end]
        return [Found(Quote(s, text, start, end, verb, kind), how, anchor) for s in (speakers or [None])]

    def attributed(self, start: int, end: int, token: Token, kind: str, how: str) -> list[Found]:
        """Quotes over ``start..end`` attributed by a speech verb or cue token."""
        verb = self.cue(token) or token.lemma
        return self.found(start, end, self.speakers_of(token), verb, kind, how, token.start)


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding spaces, commas, colons, dashes and a final full stop."""
    while start < end and text[start] in _TRIM_START:
        start += 1
    while end > start and text[end - 1] in _TRIM_END:
        end -= 1
    return start, end
