"""Who acts and who is acted upon: the source and the targets of a trigger.

The source is the trigger's subject, climbing through coordinated, controlled
and reported clauses, or the speaker of "мы"/"я", or the body in "в X"; the
targets are the actors in the slots the pattern names, else the actors the
sentence or the two before it leave as the other side.
"""

from __future__ import annotations

import re

from letopis.events.destination import DESTINATION, STRIKE_ROOTS, STRUCK, VISIT_CODES
from letopis.events.patterns import Pattern
from letopis.events.view import SentenceView, actors_in, clause_token
from letopis.model import ActorMention, Token


_SUBJECT_RELS = ("nsubj", "nsubj:pass")


_CLIMB_RELS = ("conj", "xcomp", "ccomp", "advcl", "nmod", "acl", "obj", "parataxis", "csubj")


def quote_speaker(view: SentenceView, offset: int, direct_only: bool = False) -> ActorMention | None:
    """The coded speaker of the quote that holds ``offset`` (the ``gkg.quotes`` layer, when it ran first)."""
    for quote in view.quotes:
        if quote.start <= offset < quote.end and quote.speaker is not None and quote.speaker.code:
            if direct_only and quote.kind != "direct":
                continue
            speaker = quote.speaker
            mention = view.mention_at.get((speaker.start, speaker.end, speaker.code))
            if mention is not None:
                return mention
            return ActorMention(speaker.code, speaker.text, speaker.start, speaker.end, "person", "quote.speaker", None, None)
    return None


def _core(view: SentenceView, subject: Token) -> list[Token]:
    """A subject's phrase without its participle and relative clauses: in "партия «Шор»,
    требующая отставки правительства" the government is not a subject."""
    children = view.children.get(subject.index, [])
    for child in children:
        if child.rel == "parataxis" and any(c.text == ":" for c in view.children.get(child.index, [])):
            # A headline "Мустафа Джемилев: Украина и Турция друг другу помогают": the parser makes
            # the speaker the subject; the clause after the colon holds the real one.
            return view.subtree(child)
    cut = {t.index for c in children if c.rel.startswith("acl") or c.rel == "parataxis" for t in view.subtree(c)}
    return [t for t in view.subtree(subject) if t.index not in cut]


def speaker_of(view: SentenceView, pronoun: Token) -> list[ActorMention]:
    """Who "мы" or "я" is: the subject of a speech verb in the sentence
    ("Мы призываем ..., - написал Блинкен") or the last speaker before it."""
    quoted = quote_speaker(view, pronoun.start)
    if quoted is not None:
        return [quoted]
    speech = view.book.speech
    for token in view.tokens:
        if token.lemma in speech and token.index != pronoun.head:
            for child in view.children.get(token.index, []):
                if child.rel == "nsubj":
                    found = actors_in(view, view.subtree(child)[:8])
                    if found:
                        return found[:1]
    for mention in reversed(view.earlier):
        head = clause_token(view.doc, mention)
        if head is not None and head.rel == "nsubj" and head.head >= 0 and view.doc.tokens[head.head].lemma in speech:
            return [mention]
    return []


def sources_of(view: SentenceView, trigger: Token, verbal: bool = True) -> list[ActorMention]:
    """The actors that do the trigger's act; ``verbal`` says the act is a statement
    (a place in "в X" speaks only then: "В Кишиневе заявили", not "В Кишиневе задержали")."""
    # Object control: "пригласил Токаева посетить Ташкент" - Tokayev visits.
    if trigger.rel == "xcomp" and trigger.head >= 0:
        for child in view.children.get(trigger.head, []):
            if child.rel in ("obj", "iobj"):
                controller = actors_in(view, view.subtree(child)[:8])
                if controller:
                    return controller
    if trigger.pos == "NOUN":
        # "визит министра обороны России", "российские удары": the noun's own actor acts.
        for child in view.children.get(trigger.index, []):
            bare = not any(c.rel == "case" for c in view.children.get(child.index, []))
            if child.rel in ("nmod", "amod") and bare and child.feats.get("Case") in ("Gen", trigger.feats.get("Case")):
                found = actors_in(view, view.subtree(child)[:8])
                if found:
                    return found
        head = view.doc.tokens[trigger.head] if trigger.head >= 0 else None
        carrier = head is not None and (trigger.rel == "obj" and head.lemma in view.book.light
                                        or trigger.rel in ("obl", "obj") and head.lemma in view.book.speech
                                        or is_during(view, trigger))
        if not carrier:
            return []  # a noun deep in a phrase is no clause of its own subject
        trigger = view.doc.tokens[trigger.head]  # "провели акцию": the light verb's subject
    if trigger.feats.get("VerbForm") == "Part" and trigger.rel == "acl" and trigger.head >= 0 \
            and trigger.feats.get("Voice") != "Pass":
        # "КГБ, инициировавший расследования": the noun an active participle describes acts.
        found = view.actors_at.get(trigger.head, [])
        if found:
            return list(found)
        head = view.doc.tokens[trigger.head]
        if head.lemma in view.book.documents:
            # "парламент принял резолюцию, осуждающую рейд": the document speaks for whoever adopts it.
            found = sources_of(view, head, verbal)
            if not found and head.head >= 0 and view.doc.tokens[head.head].pos == "VERB":
                found = sources_of(view, view.doc.tokens[head.head], verbal)
            if found:
                return found
    token: Token | None = trigger
    chain: list[Token] = []
    for _ in range(5):
        if token is None:
            break
        chain.append(token)
        for child in _subjects(view, token):
            if child.lemma in ("мы", "я"):
                return speaker_of(view, child)
            found = actors_in(view, _core(view, child)[:40])
            if found and token is not trigger and token.lemma in view.book.speech and all(f.code.endswith("MED") for f in found):
                return []  # "СМИ сообщали, что ...": the media report the act, they do not do it
            if found:
                return found
            return []  # a subject that is no actor: nobody political acts
        if token.rel not in _CLIMB_RELS or token.head < 0:
            break
        token = view.doc.tokens[token.head]
    # "В Госдепартаменте выражают ... и призывают": the body where it is said speaks.
    for node in chain:
        for child in view.children.get(node.index, []):
            if child.rel == "obl" and any(c.lemma in ("в", "во") for c in view.children.get(child.index, [])):
                found = [m for m in view.actors_at.get(child.index, []) if verbal or m.kind not in ("country", "capital")]
                if found:
                    return found[:1]
    verb = chain[-1]
    if verb.pos in ("VERB", "AUX", "ADJ") and not any(c.rel.startswith("nsubj") for c in view.children.get(verb.index, [])):
        # The parser lost the subject ("во время разговора Блинкен «выразил»"): a nominative actor before the verb.
        for token in reversed(view.tokens[: verb.index - view.sentence.token_start]):
            # A name in its dictionary form is nominative whatever case the tagger guessed.
            nominative = token.feats.get("Case") == "Nom" or token.pos == "PROPN" and token.text.lower() == token.lemma \
                and any(m.kind == "person" for m in view.actors_at.get(token.index, []))  # not "Перу"
            if nominative and token.pos in ("PROPN", "NOUN") and view.actors_at.get(token.index):
                preps = [c for c in view.children.get(token.index, []) if c.rel == "case"]
                if not preps:
                    # Every actor the word names: "Французские и малийские военные" are two.
                    return list(view.actors_at[token.index])
        if verb.feats.get("VerbForm") == "Fin" or verb.feats.get("Tense") == "Past":
            # "США отреагировали ... А также призвали": the subject goes on from the last sentence.
            return list(view.topic)
    return []


def _subjects(view: SentenceView, verb: Token) -> list[Token]:
    """A verb's subjects; of two, the one after a headline's colon ("Мевлют Чавушоглу: Турция
    и Азербайджан друг другу помогают": the speaker before the colon does not act)."""
    found = [c for c in view.children.get(verb.index, []) if c.rel in _SUBJECT_RELS]
    if len(found) > 1:
        colons = [t.index for t in view.tokens if t.text == ":" and found[0].index < t.index < found[-1].index]
        if colons:
            found = [c for c in found if c.index > colons[-1]]
    return found


def is_during(view: SentenceView, noun: Token) -> bool:
    """"Во время разговора", "в ходе встречи", "на встрече": the clause's subject took part in the act
    the noun names."""
    for child in view.children.get(noun.index, []):
        if child.rel == "case" and child.lemma in ("на", "после"):
            return True  # "на встрече с Путиным Макрон заявил", "после переговоров с ..."
        if child.rel == "case" and child.lemma in ("в", "во"):
            if any(g.lemma in ("время", "ход") for g in view.children.get(child.index, [])):
                return True
    return False


_ATTRIBUTION = re.compile(r"(по (данным|словам|сообщению|сообщениям|информации|мнению|оценке|версии)|в качестве|"
                          r"(у|возле|около|перед|в) здани(я|ем|и)|"
                          r"как (сообщает|сообщил|сообщила|передает|пишет|отмечает))\W+(\w+\W+){0,3}$", re.IGNORECASE)


def in_name(view: SentenceView, token: Token) -> bool:
    """A word inside an organisation's name ("Организация Договора о ...") but not its head."""
    return any(m.kind == "organisation" and m.head != token.index for m in view.actors_at.get(token.index, []))


def is_aside(view: SentenceView, mention: ActorMention) -> bool:
    """"По данным его пресс-службы", "в качестве миротворцев": a mention that says who
    reports or in what role, never who is acted upon."""
    before = view.doc.text[max(view.sentence.start, mention.start - 60) : mention.start]
    after = view.doc.text[mention.end : mention.end + 16].lstrip().lower()
    return bool(_ATTRIBUTION.search(before)) or after.startswith("происхождени")  # "ливанского происхождения"


def targets_in(view: SentenceView, phrase: list[Token], pattern: Pattern, sources: list[ActorMention],
             trigger: Token | None = None) -> list[ActorMention]:
    slots = [s for s in pattern.target if s not in ("any", "parties")]  # parties are no place in the phrase
    found: list[ActorMention] = []
    for token in phrase:
        mentions = view.actors_at.get(token.index, [])
        if not mentions and slots:
            mentions = _place_targets(view, token, pattern, sources)
        if token.lemma == "который":
            # "Макрон, с которым Пашинян провел переговоры": the relative pronoun stands for its antecedent.
            mentions = _antecedent(view, token)
        for mention in mentions:
            if mention in sources or mention in found or is_aside(view, mention):
                continue
            if slots and not _in_slot(view, token, slots, trigger):
                continue
            if is_media(mention) and (not slots or pattern.code.startswith("04")):
                continue  # "сообщает Рейтер", "на встрече с журналистами": the press reports, it is not a party
            if not slots and _is_venue(view, token, mention):
                continue  # "на саммите в Лиссабоне договорились": where it happened, not to whom
            found.append(mention)
    return found


def _place_targets(view: SentenceView, token: Token, pattern: Pattern,
                   sources: list[ActorMention]) -> list[ActorMention]:
    """"Сделал остановку в Кабуле", "обстреляли Донецк": a place as the state it lies in (see
    :mod:`letopis.events.destination`); an attack on a place of the attacker's own state is not
    coded against that state."""
    places = view.places_at.get(token.index, [])
    if pattern.code in VISIT_CODES:
        return [p for p in places if p.rule == DESTINATION]
    if pattern.code[:2] in STRIKE_ROOTS:
        own = {s.code[:3] for s in sources}
        return [p for p in places if p.rule == STRUCK and p.code not in own]
    return []


def _is_venue(view: SentenceView, token: Token, mention: ActorMention) -> bool:
    """Whether a state or capital is named as a place: "в Лиссабоне", "на Украине" (locative)."""
    if mention.kind not in ("capital", "country") or token.feats.get("Case") != "Loc":
        return False
    return any(c.rel == "case" and c.lemma in ("в", "во", "на") for c in view.children.get(token.index, []))


def is_media(mention: ActorMention) -> bool:
    """Whether the actor is the press (MED), which news names mostly as the teller of events."""
    return mention.code.endswith("MED")


def context_targets(view: SentenceView, trigger: Token, sources: list[ActorMention],
                    earlier: bool = True) -> list[ActorMention]:
    """The target a sentence leaves unsaid: "Трамп надеется, что он поправится".

    News rarely reports an act with no one on the other side; when no slot holds
    an actor, the other actors of the sentence are the likeliest targets, else
    the last actor of the two sentences before that is not the source's side.
    """
    own = {s.code for s in sources}
    countries = {s.code[:3] for s in sources}
    spans = [(s.start, s.end) for s in sources]
    found: list[ActorMention] = []
    for token in view.tokens:
        for mention in view.actors_at.get(token.index, []):
            if mention.code in own or any(a <= mention.start < b for a, b in spans) or mention in found or is_aside(view, mention):
                continue
            if is_media(mention):
                continue
            if mention.code in countries and mention.kind in ("country", "adjective", "capital"):
                continue  # "американской стороны" in Blinken's words is his own side
            top = _phrase_top(view, clause_token(view.doc, mention))
            if top is not None and _subject_elsewhere(view, top, trigger):
                continue  # the subject of another verb acts there, it is not acted upon here
            found.append(mention)
    if found or not earlier:
        return found
    for mention in reversed(view.earlier):
        if mention.code[:3] not in countries and not is_media(mention):
            return [mention]
    for mention in reversed(view.earlier):
        # Domestic politics: the other side is of the same state but another role ("оппозиция" - GOV).
        if mention.code not in own and len(mention.code) > 3 and not is_media(mention):
            return [mention]
    return []


def _subject_elsewhere(view: SentenceView, top: Token, trigger: Token) -> bool:
    """Whether a phrase is the subject of another verb than the trigger's.

    An active subject acts in its own clause. A passive one ("дверь для Сербии не
    закрыта") may well be whom a reported statement is about, so it is set aside only
    in a clause coordinated to the trigger's ("выступил посредником, а миротворцы
    были размещены").
    """
    if not top.rel.startswith("nsubj") or top.head in (trigger.index, -1):
        return False
    verb = view.doc.tokens[top.head]
    if verb.pos not in ("VERB", "AUX"):
        return False
    if top.rel == "nsubj":
        return True
    if verb.head == -1 and trigger.head == -1:
        return True  # two clauses the parser left unlinked are coordinated
    return verb.rel in ("conj", "parataxis") and verb.head == trigger.index or \
        trigger.rel in ("conj", "parataxis") and trigger.head == verb.index


_INSIDE_PHRASE = ("nmod", "appos", "flat", "flat:name", "flat:foreign")


def _phrase_top(view: SentenceView, token: Token | None) -> Token | None:
    """The noun phrase a mention belongs to: "председатель [КНР] [Ху Цзиньтао]" -> председатель."""
    for _ in range(4):
        if token is None or token.rel not in _INSIDE_PHRASE or token.head < 0:
            return token
        parent = view.doc.tokens[token.head]
        if parent.pos not in ("NOUN", "PROPN"):
            return token
        token = parent
    return token


# Who criticises or protests without naming a target: the opposition, civil society, rebels.
_CRITICS = ("OPP", "NGO", "HRI", "CVL", "RAD", "LAB", "REB")
# Who protests at its government, beyond its critics: farmers, teachers and students, doctors
# ("фермеры протестуют против снижения субсидий"); not their words, which may address anyone.
_PROTESTERS = _CRITICS + ("AGR", "EDU", "HLH")


def government_of_critics(view: SentenceView, trigger: Token, sources: list[ActorMention],
                          quad_class: int, code: str = "") -> list[ActorMention]:
    """The government a state's own critics address when they name no one.

    "Оппозиция заявляет о массовых нарушениях", "правозащитники назвали выборы фарсом":
    verbal conflict (quad class 3) or protest (14) by the opposition, NGOs, rights groups or
    citizens of a state (and protest by its farmers, teachers, students or doctors), with no
    target in the sentence, is aimed at that state's government.
    """
    if quad_class != 3 and not code.startswith("14"):
        return []  # verbal conflict, and protest (a material act aimed at the government)
    roles = _PROTESTERS if code.startswith("14") else _CRITICS
    states = {s.code[:3] for s in sources if s.code.endswith(roles) and len(s.code) == 6}
    if len(states) != 1:
        return []
    (state,) = states
    return [ActorMention(state + "GOV", trigger.text, trigger.start, trigger.end, "implicit",
                         "implicit.government", None, trigger.index)]


def _antecedent(view: SentenceView, pronoun: Token) -> list[ActorMention]:
    node = pronoun
    for _ in range(4):
        if node.head < 0:
            return []
        if node.rel.startswith("acl"):
            return actors_in(view, [view.doc.tokens[node.head]])
        node = view.doc.tokens[node.head]
    return []


def _in_slot(view: SentenceView, token: Token, slots: list[str], trigger: Token | None) -> bool:
    # Walk up to the nominal heading the mention and read its preposition.
    node = token
    for _ in range(3):
        preps = {c.lemma for c in view.children.get(node.index, []) if c.rel == "case"}
        if preps & set(slots):
            return True
        if preps:
            return False  # "осуждает нападение Израиля на Ливан": Lebanon is inside the attack, not the object
        if "obj" in slots and node.rel in ("obj", "iobj") and not preps:
            # The object of a verb inside the phrase ("пригласил X посетить Y") is that verb's, not the trigger's.
            head = view.doc.tokens[node.head] if node.head >= 0 else None
            # So is the object of a deverbal noun: "обвинили в передаче документов разведке".
            return head is None or head.pos not in ("VERB", "AUX", "NOUN") or trigger is None \
                or head.index == trigger.index
        if node.head < 0 or node.rel not in ("nmod", "flat", "flat:name", "appos", "conj", "amod"):
            return False
        node = view.doc.tokens[node.head]
    return False
