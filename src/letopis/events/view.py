"""A sentence as the event coder sees it: its parse, its actors, and what came before."""

from __future__ import annotations

from dataclasses import dataclass, field

from letopis.events.patterns import PatternBook
from letopis.model import ActorMention, Doc, Quote, Sentence, Token, dependents


@dataclass(slots=True)
class SentenceView:
    """One sentence with its tokens' children, the actors on each token, the actors of the two
    sentences before it, the pattern book, its date and background, the last subject, the
    quotes that overlap it, the article's actor mentions by span and code, the parties of
    the conflict the article reports, and the places that can be a visit's destination or an
    attack's target (``letopis.events.destination``)."""

    doc: Doc
    sentence: Sentence
    tokens: list[Token]
    children: dict[int, list[Token]]
    actors_at: dict[int, list[ActorMention]]
    earlier: list[ActorMention]
    book: PatternBook
    when: tuple[str | None, bool]
    topic: list[ActorMention]
    quotes: list[Quote] = field(default_factory=list)
    mention_at: dict[tuple[int, int, str], ActorMention] = field(default_factory=dict)
    parties: list[ActorMention] = field(default_factory=list)
    places_at: dict[int, list[ActorMention]] = field(default_factory=dict)

    def subtree(self, root: Token) -> list[Token]:
        """``root`` and its dependents, in text order."""
        return [self.doc.tokens[i] for i in dependents(self.children, root)]


def actors_in(view: SentenceView, tokens: list[Token]) -> list[ActorMention]:
    out: list[ActorMention] = []
    for token in tokens:
        for mention in view.actors_at.get(token.index, []):
            if mention not in out:
                out.append(mention)
    return out


def clause_token(doc: Doc, mention: ActorMention) -> Token | None:
    """The token through which a mention attaches to its clause (its phrase's top)."""
    if mention.head is None:
        return None
    token = doc.tokens[mention.head]
    for _ in range(6):
        if token.head < 0:
            return token
        parent = doc.tokens[token.head]
        if not (mention.start <= parent.start < mention.end):
            return token
        token = parent
    return token


def own_clause(view: SentenceView, trigger: Token, phrase: list[Token]) -> list[Token]:
    """The trigger's phrase without the clauses coordinated to it ("выступил посредником, а
    военные были размещены ...": the second clause's actors are not the first's targets)."""
    cut: set[int] = set()
    later = len(view.doc.tokens)
    for child in view.children.get(trigger.index, []):
        gerund = child.rel == "advcl" and child.feats.get("VerbForm") == "Conv"  # "отвергают шаг, заявляя, что ..."
        if child.rel in ("conj", "parataxis") and child.pos in ("VERB", "AUX") or child.rel == "parataxis" or gerund:
            clause = view.subtree(child)
            cut.update(t.index for t in clause)
            if child.rel == "conj" and child.index > trigger.index:
                # "вытеснили экстремистов, однако НДОА установило свое правительство": what follows
                # a coordinated verb is its own, wherever the parser hangs it.
                later = min([later] + [t.index for t in clause if t.index > trigger.index])
    return [t for t in phrase if t.index not in cut and t.index < later] if cut else phrase


def subject_actors(view: SentenceView) -> list[ActorMention]:
    """The actors that are the subject of a sentence's main verb (a later subjectless verb goes on with them)."""
    for token in view.tokens:
        if token.head < 0:
            for child in view.children.get(token.index, []):
                if child.rel == "nsubj":
                    return actors_in(view, view.subtree(child)[:20])
    return []
