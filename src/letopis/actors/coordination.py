"""Actors shared across a coordination or owned by a phrase that is no actor.

- "Французские и малийские военные": one role noun, one mention per country adjective;
- "министры обороны России и Турции": a plural role noun holds in each coordinated country;
- "сборная России": the state that owns a phrase of kind none is no actor either.
"""

from __future__ import annotations

import dataclasses

from letopis.model import ActorMention, Doc


def distributed_roles(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """"Министры обороны России и Турции", "встреча глав МИД России и Китая": a plural role noun
    over coordinated countries holds in each, so the later countries take the role's code too."""
    out = list(mentions)
    for role in mentions:
        if not role.rule.startswith("role.nmod.") or len(role.code) <= 3 or role.head is None:
            continue
        noun = doc.tokens[role.head]
        # A capitalised role noun is often tagged PROPN with a wrong number ("Президенты России и ...").
        if noun.feats.get("Number") != "Plur" and noun.pos != "PROPN":
            continue
        for i, other in enumerate(out):
            if other.kind != "country" or other.start < role.end or other.head is None:
                continue
            token = doc.tokens[other.head]
            joined = doc.tokens[token.head] if token.rel == "conj" and token.head >= 0 else None
            if joined is not None and role.start <= joined.start and joined.end <= role.end:
                out[i] = dataclasses.replace(other, code=other.code + role.code[3:], kind=role.kind,
                                             rule="role.nmod.coordinated", kb_id=role.kb_id)
    return out


def owner_tokens(doc: Doc, first: int, last: int) -> set[int]:
    """The tokens of a phrase's owner: an adjective on it or a bare genitive after it, each
    with its own conjuncts ("сборные России и Франции")."""
    owners: set[int] = set()
    sentence = doc.sentences[doc.tokens[first].sent]
    tokens = doc.sentence_tokens(sentence)
    for t in tokens:
        if first <= t.head <= last and not first <= t.index <= last and (
                t.rel == "amod" or t.rel == "nmod" and t.feats.get("Case") == "Gen"
                and not any(c.head == t.index and c.rel == "case" for c in tokens)):
            owners.add(t.index)
    owners |= {t.index for t in tokens if t.rel == "conj" and t.head in owners}
    return owners


def coordinated_countries(mentions: list[ActorMention]) -> list[ActorMention]:
    """"Французские и малийские военные": one role noun, one mention per country adjective."""
    out = []
    for m in mentions:
        if m.rule != "role.amod.adjective" or len(m.code) <= 3:
            continue
        for other in mentions:
            if other.kind == "adjective" and m.start <= other.start and other.end <= m.end and other.code != m.code[:3]:
                out.append(dataclasses.replace(m, code=other.code + m.code[3:], rule="role.amod.coordinated"))
    return out
