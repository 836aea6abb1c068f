"""Contested claims: a denial points at the report it denies.

"Министерство обороны Азербайджана назвало информацию о вторжении азербайджанских
войск на территорию Армении «абсурдом»": the invasion is a claim, the denial (016)
contests it. An event coded inside what a denial denies gets ``contested_by``, the
index of the denial among the article's events, so an analyst sees both sides.
"""

from __future__ import annotations

from letopis.events.view import SentenceView
from letopis.model import Event, Token

_DENIAL = "016"
# Where the denied content hangs on the denying verb: its object ("опровергло сообщения о ...",
# "назвало информацию о ... абсурдом"), the clause it denies ("отрицает, что ..."), "о ...".
_CONTENT_RELS = ("obj", "ccomp", "obl", "nmod", "xcomp")


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
