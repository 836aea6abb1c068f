"""Contested claims: a denial points at the report it denies.

"Министерство обороны Азербайджана назвало информацию о вторжении азербайджанских
войск на территорию Армении «абсурдом»": the invasion is a claim, the denial (016)
contests it. An event coded inside what a denial denies gets ``contested_by``, the
index of the denial among the article's events, so an analyst sees both sides.
"""

from __future__ import annotations

from letopis.events.view import SentenceView, actors_in
from letopis.model import ActorMention, Event, Token

_DENIAL = "016"
# Where the denied content hangs on the denying verb: its object ("опровергло сообщения о ...",
# "назвало информацию о ... абсурдом"), the clause it denies ("отрицает, что ..."), "о ...".
_CONTENT_RELS = ("obj", "ccomp", "obl", "nmod", "xcomp")
_REPORT_WINDOW = 12


def denied_span(view: SentenceView, trigger: Token) -> tuple[int, int] | None:
    """The character span of what the denial at ``trigger`` denies, or None."""
    tokens: list[Token] = []
    for child in view.children.get(trigger.index, []):
        if child.rel in _CONTENT_RELS:
            tokens.extend(view.subtree(child))
    if not tokens:
        return None
    return min(t.start for t in tokens), max(t.end for t in tokens)


def link_claims(events: list[Event], denials: list[tuple[Event, tuple[int, int]]]) -> None:
    """Mark every event whose evidence lies inside a denied span with the denial's index."""
    index = {id(event): i for i, event in enumerate(events)}
    for denial, (start, end) in denials:
        if id(denial) not in index:
            continue  # a duplicate of another denial, dropped
        for event in events:
            if event is denial or event.code.startswith(_DENIAL) or event.contested_by is not None:
                continue
            if start <= event.evidence.start and event.evidence.end <= end:
                event.contested_by = index[id(denial)]


def is_denial(code: str) -> bool:
    """Whether a CAMEO code denies (016)."""
    return code.startswith(_DENIAL)


def denial_targets(view: SentenceView, trigger: Token, sources: list[ActorMention],
                   targets: list[ActorMention]) -> list[ActorMention]:
    """Whom a denial of reports or charges is aimed at: those who made them.

    "опровергло сообщения армянской стороны": the author named with the reports. With no
    author, reports that name the denier's side and another ("информацию о вторжении
    азербайджанских войск на территорию Армении") are the other side's claim, the targets
    already found; reports about someone else, or about the denier alone ("опровергает
    сообщения о состоянии здоровья Ким Чен Ына"), come from the press (MED).
    """
    report = next((c for c in view.children.get(trigger.index, [])
                   if c.rel in ("obj", "obl") and (c.lemma in view.book.reports or c.lemma in view.book.charges)), None)
    if report is None:
        return targets
    authors: list[ActorMention] = []
    for child in view.children.get(report.index, []):
        bare = not any(c.rel == "case" for c in view.children.get(child.index, []))
        if child.rel in ("nmod", "amod") and bare and child.feats.get("Case") in ("Gen", report.feats.get("Case")):
            authors += [m for m in actors_in(view, view.subtree(child)[:8]) if m not in sources]
    if authors:
        return authors
    if report.lemma in view.book.charges:
        # "отверг обвинения в поставках беспилотников России": Russia is in the charge, not its author.
        charged = {t.index for c in view.children.get(report.index, []) if c.rel != "amod" for t in view.subtree(c)}
        return [m for m in targets if m.head not in charged]
    own = {s.code[:3] for s in sources}
    # What the reports say: the report's phrase, and the words after it up to a stop, as the
    # parser often scatters a long "о ..." phrase ("информацию о вторжении ... войск на территорию").
    after = []
    for token in view.tokens[report.index - view.sentence.token_start + 1:][:_REPORT_WINDOW]:
        if token.pos == "PUNCT" or token.pos in ("VERB", "AUX") and token.feats.get("VerbForm") == "Fin":
            break
        after.append(token)
    about = actors_in(view, view.subtree(report) + after)
    if any(m.code[:3] not in own for m in about) and any(m.code[:3] in own for m in about):
        return targets
    return [ActorMention("MED", report.text, report.start, report.end, "implicit", "implicit.media", None,
                         report.index)]

