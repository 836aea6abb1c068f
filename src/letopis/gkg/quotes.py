"""Quotes: who said what, directly (in quotation marks, after a dash) or in reported speech.

Direct quotes (``kind="direct"``, :mod:`letopis.gkg.direct`) are quoted spans,
dialogue lines and interview answers attributed by a speech verb of
``letopis/data/gkg/speech.tsv``; reported speech (``kind="indirect"``,
:mod:`letopis.gkg.reported`) is the clause after "X заявил, что", the phrase
after "X заявил о", and the rest of a sentence after "по словам X" or "как
отметил X". The speaker is the verb's subject (:mod:`letopis.gkg.speakers`);
"я"/"мы" inside a direct quote are its speaker.

>>> from letopis.gkg.speech import SpeechLexicon
>>> from letopis.model import Article, Doc
>>> find_quotes(Doc(Article(id="empty", text="Без цитат.")), SpeechLexicon.load())
[]
"""

from __future__ import annotations

import bisect

from letopis.gkg.direct import direct_quotes
from letopis.gkg.reported import reported_quotes
from letopis.gkg.speakers import Normaliser
from letopis.gkg.speech import SpeechLexicon
from letopis.gkg.view import LONGEST_QUOTE, DocView, Found
from letopis.model import Doc, Quote


def find_quotes(doc: Doc, lexicon: SpeechLexicon, normal: Normaliser | None = None) -> list[Quote]:
    """Every quote of ``doc``, in text order; ``normal`` gives speakers' normal names."""
    view = DocView(doc, lexicon, normal)
    direct = direct_quotes(view)
    view.voices = sorted(((f.quote.start, f.quote.end, f.quote.speaker) for f in direct if f.quote.speaker is not None),
                         key=lambda v: (v[0], v[1]))
    return merge(direct + reported_quotes(view))


def merge(found: list[Found]) -> list[Quote]:
    """One quote per span and speaker, in text order.

    Quoted words inside a reported clause belong to it ("заявил, что дух Эльбы
    «является примером»" is one indirect quote); an aside or cue that only
    attributes a direct quote adds nothing; of two quotes on one span, the one
    with a coded speaker stays (one per speaker for "X и Y заявили"); what a
    speaker reports inside their own direct quote is part of it.
    """
    clauses = sorted((f.quote.start, f.quote.end) for f in found if f.how in ("clause", "about"))
    direct = sorted((f.quote.start, f.quote.end, _speaker_key(f.quote)) for f in found if f.quote.kind == "direct")
    kept: dict[tuple[int, int], list[Quote]] = {}
    for item in found:
        q = item.quote
        if not any(ch.isalnum() for ch in q.text):
            continue
        if q.kind == "direct" and any(s <= q.start and q.end <= e for s, e, *_ in _near(clauses, q.start, q.end)):
            continue
        if item.how in ("aside", "cue") and q.kind == "indirect" and any(
                s < q.end and q.start < e for s, e, _ in _near(direct, q.start, q.end)):
            continue
        if q.kind == "indirect" and q.speaker is not None and any(
                s <= q.start and q.end <= e and who == _speaker_key(q) for s, e, who in _near(direct, q.start, q.end)):
            continue  # "«Я надеюсь, что ...»": the speaker's own words, already quoted
        same = kept.setdefault((q.start, q.end), [])
        if any(_speaker_key(o) == _speaker_key(q) for o in same):
            continue
        same.append(q)
    out: list[Quote] = []
    for quotes in kept.values():
        best = max(_rank(q) for q in quotes)
        out.extend(q for q in quotes if _rank(q) == best)
    return sorted(out, key=lambda q: (q.start, q.end, _speaker_key(q)))


def _near(spans: list[tuple], start: int, end: int) -> list[tuple]:
    """The sorted spans that start before ``end`` and not too long before ``start``."""
    low = bisect.bisect_left(spans, (start - LONGEST_QUOTE,))
    return spans[low : bisect.bisect_left(spans, (end,))]


def _speaker_key(quote: Quote) -> tuple[int, int]:
    return (-1, -1) if quote.speaker is None else (quote.speaker.start, quote.speaker.end)


def _rank(quote: Quote) -> int:
    if quote.speaker is None:
        return 0
    return 2 if quote.speaker.code else 1
