"""The parties of the conflict an article reports.

A statement of concern or a call for a ceasefire often names no one ("выразил
обеспокоенность сложившейся ситуацией", "призвал к деэскалации"): it is aimed at the
sides of the conflict the article is about. Those sides are the states an article
names together in a sentence about fighting or tension: "бои между Арменией и
Азербайджаном", "на армяно-азербайджанской границе", "столкновения России с Украиной",
or the two states "стороны" was resolved to. Patterns whose target frame ends in
``parties`` fall back on them before looking at the sentences around.
"""

from __future__ import annotations

import bisect
from collections import Counter

from letopis.model import ActorMention, Doc

# What may stand between two states named as a pair: "Армения и Азербайджан",
# "армяно-азербайджанский", "России с Украиной".
_JOINERS = ("", "и", "-", "с", "со")
_STATE_KINDS = ("country", "adjective", "capital")


def conflict_parties(doc: Doc, conflict_lemmas: frozenset[str]) -> list[ActorMention]:
    """The first mention of each of the two states the article most often pairs in a conflict.

    Empty when no sentence about a conflict names two states together.
    """
    starts = [s.start for s in doc.sentences]
    by_sentence: dict[int, list[ActorMention]] = {}
    for mention in doc.actors:
        if mention.code and (mention.kind in _STATE_KINDS or mention.rule == "coref.parties"):
            by_sentence.setdefault(bisect.bisect_right(starts, mention.start) - 1, []).append(mention)
    counts: Counter[tuple[str, str]] = Counter()
    first: dict[str, ActorMention] = {}
    for index, mentions in sorted(by_sentence.items()):
        if index < 0:
            continue
        tokens = doc.sentence_tokens(doc.sentences[index])
        if not any(t.lemma in conflict_lemmas for t in tokens):
            continue
        mentions = sorted(mentions, key=lambda m: m.start)
        for a, b in zip(mentions, mentions[1:]):
            if a.code == b.code or len(a.code) != 3 or len(b.code) != 3:
                continue
            joined = a.rule == b.rule == "coref.parties" and a.start == b.start
            between = doc.text[a.end : b.start].strip(" ,").lower()
            if joined or between in _JOINERS:
                pair = (min(a.code, b.code), max(a.code, b.code))
                counts[pair] += 1
                first.setdefault(a.code, a)
                first.setdefault(b.code, b)
    if not counts:
        return []
    # Most often paired; on a tie, the pair named first.
    order = {pair: min(first[pair[0]].start, first[pair[1]].start) for pair in counts}
    best = max(counts, key=lambda pair: (counts[pair], -order[pair]))
    return sorted((first[best[0]], first[best[1]]), key=lambda m: m.start)
