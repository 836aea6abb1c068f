"""Voice and modality: who does a passive act, and whether an act is done at all.

"Мурси был арестован новыми властями" is done by the authorities to Morsi;
"может ввести санкции" and "призвал прекратить" are not acts; "будет вести
переговоры" is a promise to talk.
"""

from __future__ import annotations

from letopis.events.patterns import Pattern
from letopis.events.view import SentenceView, actors_in
from letopis.model import ActorMention, Token


def negated(view: SentenceView, trigger: Token) -> bool:
    """"Не нападали", "не стала осуждать": a "не" on the trigger or on the verb its infinitive hangs on."""
    if any(c.lemma == "не" for c in view.children.get(trigger.index, [])):
        return True
    if trigger.feats.get("VerbForm") == "Inf" and trigger.rel == "xcomp" and trigger.head >= 0:
        return any(c.lemma == "не" for c in view.children.get(trigger.head, []))
    return False


def is_future(view: SentenceView, trigger: Token) -> bool:
    """"Поможет", "будет вести": an act the sentence places in the future."""
    if trigger.pos == "NOUN" and trigger.rel == "obj" and trigger.head >= 0:
        head = view.doc.tokens[trigger.head]
        if head.lemma in view.book.light:
            trigger = head  # "переговоры ... проведет": the light verb's tense
    if trigger.feats.get("Tense") == "Fut":
        return True
    if trigger.pos == "NOUN" and any(c.rel == "amod" and c.lemma in view.book.prospective
                                     for c in view.children.get(trigger.index, [])):
        return True  # "предстоящий визит", "запланированного визита"
    return any(c.lemma == "быть" and c.rel == "aux" and c.text.lower().startswith("буд")
               for c in view.children.get(trigger.index, []))


def modality(view: SentenceView, trigger: Token) -> str:
    """The word that makes the trigger an intention, a possibility or an appeal, not an act.

    "может ввести санкции", "намерен ввести", "призвал прекратить", "ввел бы": the
    infinitive's head (or a "бы") says the act has not happened; the head is
    coded by its own pattern if it has one (пригрозить → 13x, призвать → 02x).
    """
    book = view.book
    for child in view.children.get(trigger.index, []):
        if child.lemma == "бы" or child.lemma in book.modal and child.rel in ("aux", "cop"):
            return child.lemma
    if trigger.feats.get("VerbForm") == "Inf" and trigger.head >= 0:
        node = trigger
        while node.rel == "conj" and node.head >= 0:  # "отказывается заморозить ... и признать"
            node = view.doc.tokens[node.head]
        head = view.doc.tokens[node.head] if node.head >= 0 else node
        if head.lemma in book.modal:
            return head.lemma
    return ""


def passive_subject(view: SentenceView, trigger: Token) -> list[ActorMention] | None:
    """The actors an act is done to when the trigger is passive; None when it is active."""
    passive = trigger.feats.get("Voice") == "Pass"
    for child in view.children.get(trigger.index, []):
        if child.rel == "nsubj:pass" or passive and child.rel == "nsubj":
            return actors_in(view, view.subtree(child)[:8])
    if passive and trigger.rel.startswith("acl") and trigger.head >= 0:
        # "островам, захваченным Советским Союзом": the noun the participle describes.
        return actors_in(view, [view.doc.tokens[trigger.head]])
    if passive:
        # "После отстранения от власти арестован": the dropped subject is the last person named.
        person = next((m for m in reversed(view.earlier) if m.kind in ("person", "coref")), None)
        return [person] if person else []
    return None


def agents_of(view: SentenceView, trigger: Token) -> list[ActorMention]:
    """The doer of a passive act: "арестован новыми властями", "со стороны полиции"."""
    for child in view.children.get(trigger.index, []):
        if child.rel not in ("obl", "obl:agent", "nmod", "iobj"):
            continue
        preps = [c.lemma for c in view.children.get(child.index, []) if c.rel == "case"]
        if not preps and (child.feats.get("Case") == "Ins" or child.rel == "iobj"):
            # The instrumental itself must be the actor: "испытаниями ракет в КНДР" is a cause, not a doer.
            near = [child] + [c for c in view.children.get(child.index, []) if c.rel == "amod"
                              or c.rel == "nmod" and not any(g.rel == "case" for g in view.children.get(c.index, []))]
            found = actors_in(view, near)
            if found:
                return found
        if child.lemma == "сторона" and preps == ["с"]:
            found = actors_in(view, view.subtree(child)[1:8])
            if found:
                return found
    return []


def is_impersonal(view: SentenceView, trigger: Token) -> bool:
    """"Его арестовали", "приговорили к 20 годам": third person plural with no subject."""
    if trigger.feats.get("Number") != "Plur" or trigger.feats.get("Person", "3") != "3":
        return False
    return not any(c.rel.startswith("nsubj") for c in view.children.get(trigger.index, []))


def implicit_agent(trigger: Token, pattern: Pattern, patients: list[ActorMention], states: frozenset[str]) -> list[ActorMention]:
    """The body that acts on the patient's behalf when the text names no doer.

    A sentence is passed by a court and an arrest made by police of the
    patient's own state: the pattern's ``agent`` role prefixed with that country.
    """
    if not pattern.agent:
        return []
    for patient in patients:
        if patient.code[:3] in states:
            code = patient.code[:3] + pattern.agent
            return [ActorMention(code, trigger.text, trigger.start, trigger.end, "implicit", "implicit.agent", None, trigger.index)]
    return []
