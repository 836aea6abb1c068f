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
from letopis.gkg.view import LONGEST_QUOTE, MIXED_SHARE, DocView, Found
from letopis.model import Doc, Quote


def find_quotes(doc: Doc, lexicon: SpeechLexicon, normal: Normaliser | None = None) -> list[Quote]:
    """Every quote of ``doc``, in text order; ``normal`` gives speakers' normal names."""
    view = DocView(doc, lexicon, normal)
    direct = direct_quotes(view)
    view.voices = sorted(((f.quote.start, f.quote.end, f.quote.speaker) for f in direct if f.quote.speaker is not None),
                         key=lambda v: (v[0], v[1]))
    return merge(direct + reported_quotes(view), view)


def merge(found: list[Found], view: DocView) -> list[Quote]:
    """One quote per span and speaker, in text order.

    Quoted words inside a reported clause belong to it ("заявил, что дух Эльбы
    «является примером»" is one indirect quote); an aside or cue that only
    attributes a direct quote adds nothing, nor one whose words hold another
    speaker's statement ("по данным газеты, полиция отметила, что ..." is the
    police's quote only); of two quotes on one span, the one with a coded
    speaker stays (one per speaker for "X и Y заявили"); what a speaker reports
    inside their own quote is part of it; a paragraph repeated word for word
    (a lead copied from the body) quotes once.
    """
    clauses = sorted((f.quote.start, f.quote.end) for f in found if f.how in ("clause", "about"))
    direct = sorted((f.quote.start, f.quote.end, _speaker_key(f.quote)) for f in found if f.quote.kind == "direct")
    indirect = sorted((f.quote.start, f.quote.end, _speaker_key(f.quote)) for f in found
                      if f.quote.kind == "indirect" and f.quote.speaker is not None)
    # Attribution chains: where another speech verb speaks inside an aside's words, they are not the aside's.
    anchors = sorted({f.anchor for f in found if f.anchor >= 0 and not _names(view, f.quote)
                      and view.span_around(f.anchor) is None})
    kept: dict[tuple[int, int], list[Quote]] = {}
    for item in found:
        q = item.quote
        if not any(ch.isalnum() for ch in q.text):
            continue
        if q.kind == "direct" and item.how not in ("clause", "about") and any(
                s <= q.start and q.end <= e for s, e, *_ in _near(clauses, q.start, q.end)):
            continue
        if item.how in ("aside", "cue") and q.kind == "indirect" and any(
                min(e, q.end) - max(s, q.start) >= MIXED_SHARE * (q.end - q.start)
                for s, e, _ in _near(direct, q.start, q.end)):
            continue  # the aside attributes the quoted words (a quoted word inside it does not make it one)
        if item.how in ("aside", "cue") and _chained(view, q, item.anchor, anchors):
            continue
        if q.kind == "indirect" and q.speaker is not None and any(
                s <= q.start and q.end <= e and who == _speaker_key(q) for s, e, who in _near(direct, q.start, q.end)):
            continue  # "«Я надеюсь, что ...»": the speaker's own words, already quoted
        if q.kind == "indirect" and q.speaker is not None and any(
                s <= q.start and q.end <= e and (s, e) != (q.start, q.end) and who == _speaker_key(q)
                for s, e, who in _near(indirect, q.start, q.end)):
            continue  # "заявил, что знает ... и надеется, что ...": the second clause is part of the first
        same = kept.setdefault((q.start, q.end), [])
        if any(_speaker_key(o) == _speaker_key(q) for o in same):
            continue
        same.append(q)
    out: list[Quote] = []
    for quotes in kept.values():
        best = max(_rank(q) for q in quotes)
        out.extend(q for q in quotes if _rank(q) == best)
    return _once(sorted(out, key=lambda q: (q.start, q.end, _speaker_key(q))))


def _chained(view: DocView, quote: Quote, own: int, anchors: list[int]) -> bool:
    """Whether another speech word stands in the quote's words, outside brackets ("(..., говорил
    ранее X)" is a remark of its own)."""
    for anchor in anchors[bisect.bisect_left(anchors, quote.start) : bisect.bisect_left(anchors, quote.end)]:
        before = view.text[quote.start : anchor]
        if anchor != own and before.count("(") <= before.count(")"):
            return True
    return False


def _names(view: DocView, quote: Quote) -> bool:
    """Whether a quote hangs on a naming verb ("назвав действия «неприемлемыми»"): naming is no statement."""
    verb = view.lexicon.verbs.get(quote.verb or "")
    return verb is not None and verb.clause_only


def _once(quotes: list[Quote]) -> list[Quote]:
    """The quotes without repeats: the same words by the same speaker are quoted once."""
    seen: set[tuple[str, str | None, str | None, str]] = set()
    out: list[Quote] = []
    for q in quotes:
        who = (q.speaker.code, q.speaker.name.casefold()) if q.speaker else (None, None)
        key = (" ".join(q.text.split()), *who, q.kind)
        if key not in seen:
            seen.add(key)
            out.append(q)
    return out


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
