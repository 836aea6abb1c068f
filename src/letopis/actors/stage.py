"""Registration of the ``actors.entities`` stage."""

from __future__ import annotations

import bisect
import re

from letopis.actors.matcher import fold
from letopis.actors.normal import normal_form
from letopis.actors.resolve import resolve_actors
from letopis.model import ActorMention, Doc, Entity, NerSpan
from letopis.pipeline import stage
from letopis.resources import Resources

# "Организация Договора о коллективной безопасности (ОДКБ)", "Джоэл Саймон
# (Joel Simon)": a bracketed abbreviation or original spelling is a mention of its own.
_MAX_MENTION_CHARS = 400
_ABBREVIATION = re.compile(r"\s*\(([A-ZА-ЯЁ][^()]{0,80}?)\)$")


def split_abbreviations(doc: Doc, spans: list[NerSpan]) -> list[NerSpan]:
    """Split ``Name (ABBR)`` and ``Name (Original Name)`` spans into two mentions."""
    out: list[NerSpan] = []
    for span in spans:
        match = _ABBREVIATION.search(span.text)
        if not match or match.start() == 0:
            out.append(span)
            continue
        name_end = span.start + match.start()
        abbr_start, abbr_end = span.start + match.start(1), span.start + match.end(1)
        name_tokens = [t.index for t in doc.tokens[span.token_start : span.token_end] if t.end <= name_end]
        abbr_tokens = [t.index for t in doc.tokens[span.token_start : span.token_end] if t.start >= abbr_start and t.end <= abbr_end]
        if not name_tokens or not abbr_tokens:
            out.append(span)
            continue
        out.append(NerSpan(span.type, span.start, name_end, doc.text[span.start:name_end], name_tokens[0], name_tokens[-1] + 1))
        out.append(NerSpan(span.type, abbr_start, abbr_end, doc.text[abbr_start:abbr_end], abbr_tokens[0], abbr_tokens[-1] + 1))
    return out


def _common_noun_compound(span: NerSpan, vocab: object) -> bool:
    """"Твиттер-канале" tagged PER: a hyphenated word ending in a known common noun."""
    if span.type != "PER" or span.token_end - span.token_start != 1 or "-" not in span.text:
        return False
    tail = span.text.rsplit("-", 1)[1].lower()
    parses = vocab.parse(tail)  # type: ignore[attr-defined]
    return bool(parses) and parses[0].is_known and "NOUN" in parses[0].tag and not {"Name", "Surn", "Patr"} & parses[0].tag.grammemes


_QUOTED_NAME = re.compile(r"^[^«»\"]{1,40}?\s«([^«»]+)»$")


def trim_descriptors(doc: Doc, spans: list[NerSpan]) -> list[NerSpan]:
    """``ОАО «ВымпелКом»``, ``Концерн «Майкрософт»`` → the quoted name alone.

    The word before the quotes says what kind of organisation it is; the name
    is what is quoted (factRuEval annotates the two apart the same way).
    """
    out = []
    for span in spans:
        match = _QUOTED_NAME.match(span.text) if span.type == "ORG" else None
        if match is None:
            out.append(span)
            continue
        start, end = span.start + match.start(1), span.start + match.end(1)
        tokens = [t.index for t in doc.tokens[span.token_start : span.token_end] if t.start >= start and t.end <= end]
        if not tokens:
            out.append(span)
            continue
        out.append(NerSpan("ORG", start, end, doc.text[start:end], tokens[0], tokens[-1] + 1))
    return out


@stage("actors.entities", requires=["ner", "morph", "syntax"], assigns=["entities"])
def entities_stage(doc: Doc, resources: Resources) -> None:
    """Entities from NER spans with their normal forms."""
    vocab = resources.morph_vocab
    doc.entities = [
        Entity(span.type, span.start, span.end, span.text, normal_form(doc, span, vocab))
        for span in trim_descriptors(doc, split_abbreviations(doc, doc.ner))
        if not _common_noun_compound(span, vocab)
    ]


def _add_named_bodies(doc: Doc, bodies: list[ActorMention], vocab: object) -> None:
    """State bodies with a proper name the tagger missed ("МИД", "Минобороны") become ORG entities."""
    taken = [(e.start, e.end) for e in doc.entities]
    by_start = {t.start: t for t in doc.tokens}
    by_end = {t.end: t for t in doc.tokens}
    added = []
    for body in bodies:
        start, end = body.core
        phrase = body.kb_id.split(":", 1)[-1] if body.kb_id else ""
        if not phrase[:1].isupper() or any(s < end and start < e for s, e in taken):
            continue
        first, last = by_start.get(start), by_end.get(end)
        if first is None or last is None:
            continue
        span = NerSpan("ORG", start, end, doc.text[start:end], first.index, last.index + 1)
        added.append(Entity("ORG", start, end, span.text, normal_form(doc, span, vocab)))
    if added:
        doc.entities = sorted(doc.entities + added, key=lambda e: e.start)


def _add_repeated_persons(doc: Doc, vocab: object) -> None:
    """A surname the article names elsewhere as a person is a person here too.

    The tagger often misses a bare surname that opens a sentence ("Бхутто
    заявила ..."). (Adding every knowledge-base match as PER was tried and
    lowered precision on the devset: surnames inside longer names.)
    """
    surnames = {fold(doc.tokens[e_end].lemma or doc.tokens[e_end].text)
                for e_end in _last_tokens(doc, [e for e in doc.entities if e.type == "PER"])}
    taken = [(e.start, e.end) for e in doc.entities]
    added: list[Entity] = []

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in taken)

    for token in doc.tokens:
        if (token.text[:1].isupper() and not token.text.isupper() and token.pos in ("PROPN", "NOUN")
                and fold(token.lemma or token.text) in surnames and free(token.start, token.end)):
            first = token
            previous = doc.tokens[token.index - 1] if token.index > 0 else None
            if (previous is not None and previous.sent == token.sent and previous.text[:1].isupper()
                    and previous.end + 1 == token.start and free(previous.start, previous.end) and "Name" in vocab.parse(previous.text)[0].tag):  # type: ignore[attr-defined]
                first = previous  # "Виктор Понедельник": take the first name along
            span = NerSpan("PER", first.start, token.end, doc.text[first.start : token.end], first.index, token.index + 1)
            added.append(Entity("PER", span.start, span.end, span.text, normal_form(doc, span, vocab)))
            taken.append((span.start, span.end))
    if added:
        doc.entities = sorted(doc.entities + added, key=lambda e: e.start)


def _last_tokens(doc: Doc, entities: list[Entity]) -> list[int]:
    by_end = {t.end: t.index for t in doc.tokens}
    return [by_end[e.end] for e in entities if e.end in by_end]


def correct_entities(doc: Doc, vocab: object) -> None:
    """Fix systematic NER errors with what the actor lexicon knows.

    - A span that is exactly an organisation of the lexicon is an ORG
      ("ЕС", "Евросоюзом" are tagged LOC by the model).
    - An ORG span inside a state body mention grows leftwards over the country
      adjective: "японского [МИДа]" → "японского МИДа". A genitive country after
      the name stays a mention of its own ("Госдепартамента" + "США"), as in
      the factRuEval convention.
    """
    bodies = {(m.start, m.end): m for m in doc.actors if m.kind == "body"}
    _add_named_bodies(doc, list(bodies.values()), vocab)
    _add_repeated_persons(doc, vocab)
    organisations = {(m.start, m.end) for m in doc.actors if m.kind == "organisation"}
    by_end = {t.end: t for t in doc.tokens}
    by_start = {t.start: t for t in doc.tokens}
    for entity in doc.entities:
        if (entity.start, entity.end) in organisations:
            entity.type = "ORG"
        if entity.type != "ORG":
            continue
        for (start, end), body in bodies.items():
            if start < entity.start and entity.end <= end:
                first, last = by_start.get(start), by_end.get(entity.end)
                if first is None or last is None:
                    break
                span = NerSpan("ORG", start, entity.end, doc.text[start : entity.end], first.index, last.index + 1)
                entity.start, entity.text = start, span.text
                entity.normal = normal_form(doc, span, vocab)
                break


@stage("actors.resolve", requires=["entities", "syntax", "lemmas"], assigns=["actors", "entities"])
def resolve_stage(doc: Doc, resources: Resources) -> None:
    """CAMEO actor codes for every actor mention; entities corrected with the lexicon and given actor and kb_id."""
    doc.actors = resolve_actors(doc, resources.get("actor_dictionary"))
    correct_entities(doc, resources.morph_vocab)
    coded = sorted((m for m in doc.actors if m.code), key=lambda m: m.start)
    starts = [m.start for m in coded]
    for entity in doc.entities:
        entity.actor, entity.kb_id = None, None
        best = None
        # Mentions are short: only those starting shortly before the entity can overlap it.
        low = bisect.bisect_left(starts, entity.start - _MAX_MENTION_CHARS)
        for mention in coded[low : bisect.bisect_left(starts, entity.end)]:
            if mention.start < entity.end and entity.start < mention.end:
                if best is None or abs(mention.start - entity.start) < abs(best.start - entity.start):
                    best = mention
        if best is None:
            continue
        wider = best.start < entity.start or entity.end < best.end
        if entity.type == "LOC" and wider and best.code[:3].isalpha() and not best.code.startswith("IGO"):
            # "Казахстана" inside "Президент Казахстана": the place itself is the state.
            entity.actor, entity.kb_id = best.code[:3], f"country:{best.code[:3]}"
        else:
            entity.actor, entity.kb_id = best.code, best.kb_id
