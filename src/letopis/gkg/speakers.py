"""Who speaks: the actor mention that is the subject of a speech verb.

The subject is the verb's ``nsubj`` (not a name tagging the line before a colon:
"Голос Америки: Ранее СМИ сообщали"); a verb with none takes the subject of the
verb it is coordinated with or depends on ("провел встречу и заявил",
"..., заявив"), the object that controls it ("позволила аналитикам заявлять"),
the noun a participle qualifies ("министр, заявивший"), else the actor of a
"в X" / "на X" phrase ("В Госдепартаменте заявили", "в заявлении МИД
говорится"); a document with no actor in its phrase ("в заявлении", "в котором
говорится") speaks for whoever made it ("выпустило сообщение, в котором"), here
or earlier in the article. A subject the parser lost is the nearest nominative
noun before the verb in its clause. Subjects joined by "и" speak each.

Within the subject's phrase a person named in apposition to a role noun whose
country was only guessed wins ("президент Виктор Янукович"), then the actor
mention on its head word, then the nearest mention inside the phrase. A
document's maker ("сделали совместное заявление") counts before its publisher
("опубликовано Белым домом"), and an earlier mention with the same adjective
("в совместном заявлении") before a nearer one. A pronoun is the actor the
actors stage resolved it to ("он" → the last person); a noun phrase with no
actor code still speaks, with code ``None``.
"""

from __future__ import annotations

import bisect
from typing import Callable

from letopis.model import ActorMention, Doc, Speaker, Token, dependents

Normaliser = Callable[[int, int], str]
"""The normal (nominative) form of the text between two offsets."""

_SUBJECT_RELS = ("nsubj", "nsubj:pass")
_PLACE_CASES = ("в", "во", "на")
_PERSON_PRONOUNS = ("он", "она", "они", "его", "ее", "их")
FIRST_PERSON = ("я", "мы")
_CLAUSES = ("acl", "acl:relcl", "advcl", "ccomp", "parataxis", "conj")
_CLAUSE_RELS = (*_CLAUSES, "punct")
_NOMINAL = ("NOUN", "PROPN")
_MAX_PHRASE_TOKENS = 8
_MAX_APPOSITIONS = 4  # "лидер ..., народный депутат ... Мустафа Джемилев": appositions looked through
_MARKS = "«»\"„“”"
_DOCUMENT_WINDOW = 6
_PERSON_WINDOW = 200  # actor mentions back where "он", "его" look for their person  # sentences back where "в заявлении" looks for the statement it names


# Entities are short: one that holds a mention starts at most this many characters before it.
_LONGEST_ENTITY = 400

class SpeakerFinder:
    """Finds the speakers of a speech verb or of a "по словам X" phrase in one document."""

    def __init__(self, doc: Doc, normal: Normaliser | None = None) -> None:
        self.doc = doc
        self.normal = normal
        self.children: dict[int, list[Token]] = {}
        for token in doc.tokens:
            self.children.setdefault(token.head, []).append(token)
        self.mentions = sorted(doc.actors, key=lambda m: (m.start, -m.end))
        self.starts = [m.start for m in self.mentions]
        self.persons = sorted((e for e in doc.entities if e.type == "PER"), key=lambda e: e.start)
        self.person_starts = [e.start for e in self.persons]
        self.entities = sorted(doc.entities, key=lambda e: e.start)
        self.entity_starts = [e.start for e in self.entities]
        self.quoted: list[tuple[int, int]] = []
        """Quoted spans (set by the caller): a word inside one never speaks for a verb outside it."""

    # -- the subject ---------------------------------------------------------

    def subject(self, verb: Token) -> Token | None:
        """The subject of ``verb``, climbing to the verb it depends on when it has none."""
        current = verb
        for _ in range(4):
            for child in self.children.get(current.index, []):
                if child.rel in _SUBJECT_RELS and not self._tag_of(child, current):
                    if child.lemma == "который" and current.rel.startswith("acl") and current.head >= 0:
                        return self.doc.tokens[current.head]
                    return child
            if current.head < 0:
                return None
            head = self.doc.tokens[current.head]
            form = current.feats.get("VerbForm")
            if current.rel.startswith("acl") and form == "Part":
                return head
            if current.rel == "xcomp":
                controller = [c for c in self.children.get(head.index, [])
                              if c.rel in ("obj", "iobj") and c.pos in (*_NOMINAL, "PRON") and c.index < current.index]
                if controller:
                    return controller[0]  # "позволила аналитикам заявлять"
                # else the subject controls: "продолжает настаивать, что", "начали скандировать:"
            elif current.rel == "advcl" and form != "Conv" or current.rel not in ("conj", "advcl"):
                return None  # "когда он заявил" has a subject of its own
            current = head
        return None

    def _tag_of(self, subject: Token, verb: Token) -> bool:
        """"Голос Америки: Ранее СМИ сообщали": a name before a colon tags the line, it is no subject."""
        low, high = sorted((subject.index, verb.index))
        return any(t.text == ":" for t in self.doc.tokens[low + 1 : high])

    def for_verb(self, verb: Token) -> list[Speaker]:
        """The speakers of a speech verb (several for "X и Y заявили"); empty when none is found."""
        subject = self.subject(verb)
        if subject is not None and self._quoted_apart(subject, verb):
            subject = None  # "«... колебаний», — и добавил": a word of the quote is no speaker
        if subject is not None:
            found = self.of_subject(subject, verb)
            if found:
                return found
        place = False
        for current in self._climb(verb):
            for child in self.children.get(current.index, []):
                if child.rel in ("obl", "nmod") and any(
                    c.rel == "case" and c.lemma in _PLACE_CASES for c in self.children.get(child.index, [])
                ):
                    relative = child.lemma == "который" and current.head >= 0
                    authors = self.authors(self.doc.tokens[current.head] if relative else child)
                    if authors:
                        return authors
                    place = True
        if subject is not None or verb.feats.get("VerbForm") != "Fin" or verb.feats.get("Person") == "1":
            return []
        lost = self._lost_subject(verb)
        if lost is not None:
            return self.of_subject(lost)
        earlier = self._sentence_subject(verb)
        if earlier is not None:
            return self.of_subject(earlier)
        if not place and not verb.lemma.endswith(("ся", "сь")) and verb.sent > 0:
            return self._previous_subject(verb)  # "А также призвали ...": the last sentence's subject goes on
        return []  # "как отметили в агентстве": said there, by no actor we know

    def _quoted_apart(self, subject: Token, verb: Token) -> bool:
        """Whether the subject stands inside a quoted span that the verb is outside of."""
        i = bisect.bisect_right(self.quoted, (subject.start, len(self.doc.text))) - 1
        if i >= 0:
            start, end = self.quoted[i]
            if start <= subject.start < end and not start <= verb.start < end:
                words = [t for t in self.doc.tokens[max(0, subject.index - 3) : subject.index + 4]
                         if start < t.start < end and t.text.isalnum()]
                return len(words) > 2  # a quote, not a quoted name («Коммерсантъ» пишет)
        return False

    def _climb(self, verb: Token) -> list[Token]:
        """The verb and those it shares its subject with ("В МИД отвергли ..., заявив")."""
        chain = [verb]
        while len(chain) < 4 and chain[-1].head >= 0 and (
                chain[-1].rel in ("conj", "xcomp") or chain[-1].rel == "advcl" and chain[-1].feats.get("VerbForm") == "Conv"):
            chain.append(self.doc.tokens[chain[-1].head])
        return chain

    def of_subject(self, head: Token, verb: Token | None = None) -> list[Speaker]:
        """The speakers of a subject and of the subjects coordinated with it (on the same side
        of ``verb``: a noun across the verb belongs to another clause the parser joined to it)."""
        heads = [head] + [c for c in self.children.get(head.index, []) if c.rel == "conj" and c.pos in _NOMINAL
                          and (verb is None or (c.index < verb.index) == (head.index < verb.index))]
        found = [s for s in (self.of_phrase(h) for h in heads) if s is not None]
        unique: dict[tuple[int, int], Speaker] = {(s.start, s.end): s for s in found}
        return list(unique.values())

    def authors(self, document: Token) -> list[Speaker]:
        """Who made a document: "заявление МИД", "российское заявление", "его заявление",
        "выпустило сообщение, в котором", or the maker of the same document named shortly before."""
        found = self._made_by(document)
        if found or document.pos != "NOUN":
            return found
        first = self.doc.sentences[max(0, document.sent - _DOCUMENT_WINDOW)].token_start
        earlier = [t for t in reversed(self.doc.tokens[first : document.index])
                   if t.lemma == document.lemma and t.pos == "NOUN"]
        # "в совместном заявлении" is the "совместное заявление" made before, not the one
        # "опубликовано Белым домом" in between: a mention with the same adjective comes first.
        qualities = self._qualities(document)
        earlier.sort(key=lambda t: not qualities & self._qualities(t))
        # Who made it counts before who published it ("Заявление опубликовано Белым домом").
        for publisher in (False, True):
            for mention in earlier:
                found = self._made_by(mention, publisher)  # "сделали совместное заявление" ... "в заявлении"
                if found:
                    return found
        return []

    def _qualities(self, noun: Token) -> set[str]:
        """The lemmas of the adjectives on a noun ("совместное заявление" → {"совместный"})."""
        return {c.lemma for c in self.children.get(noun.index, []) if c.rel == "amod" and c.pos == "ADJ"}

    def _made_by(self, document: Token, publisher: bool = True) -> list[Speaker]:
        """Who made ``document``: an actor on it or its owner, the subject of the verb it is
        the object of, or (with ``publisher``) the agent of a passive "опубликовано X"."""
        on_document = [m for m in self._mentions_over(document.start, document.end) if m.code]
        if on_document:
            return [self.speaker(on_document[0])]
        for owner in self.children.get(document.index, []):
            if (owner.rel in ("amod", "det", "nmod:poss") or owner.rel == "nmod" and owner.feats.get("Case") == "Gen") \
                    and not any(c.rel == "case" for c in self.children.get(owner.index, [])):
                found = self.of_phrase(owner)
                if found is not None:
                    return [found]
        if document.head < 0 or document.pos != "NOUN":
            return []
        if document.rel in ("obj", "obl"):
            subject = self.subject(self.doc.tokens[document.head])
            if subject is not None and subject.index != document.index:
                return self.of_subject(subject)
        if document.rel == "nsubj:pass" and publisher:
            for agent in self.children.get(document.head, []):  # "опубликовано Белым домом"
                if agent.rel == "obl" and agent.feats.get("Case") == "Ins" and not any(
                        c.rel == "case" for c in self.children.get(agent.index, [])):
                    return self.of_subject(agent)
        return []

    def _lost_subject(self, verb: Token) -> Token | None:
        """The nearest nominative noun before the verb in its clause (a subject the parser missed)."""
        sentence = self.doc.sentences[verb.sent]
        for token in reversed(self.doc.tokens[max(sentence.token_start, verb.index - 8) : verb.index]):
            if token.text in (",", ":", ";", "—", "«", "»", '"') or token.pos in ("VERB", "AUX", "SCONJ"):
                return None
            if token.pos in _NOMINAL and token.feats.get("Case") == "Nom":
                return token
        return None

    def _sentence_subject(self, verb: Token) -> Token | None:
        """The first coded actor standing as a subject earlier in the verb's sentence."""
        sentence = self.doc.sentences[verb.sent]
        for token in self.doc.tokens[sentence.token_start : verb.index]:
            if token.rel in _SUBJECT_RELS and token.pos in _NOMINAL and any(
                    m.code for m in self._mentions_over(token.start, token.end)):
                return token
        return None

    def _previous_subject(self, verb: Token) -> list[Speaker]:
        """The speakers named by the subject of the previous sentence's main verb."""
        sentence = self.doc.sentences[verb.sent - 1]
        for token in self.doc.tokens[sentence.token_start : sentence.token_end]:
            if token.head < 0:
                subject = self.subject(token)
                return self.of_subject(subject) if subject is not None else []
        return []

    # -- the mention ---------------------------------------------------------

    def of_phrase(self, head: Token) -> Speaker | None:
        """The speaker a noun phrase names (its head word, or the nearest actor inside it)."""
        on_head = self._mentions_over(head.start, head.end)
        if all(m.rule.endswith("home_country") for m in on_head):
            # "президент Виктор Янукович", "лидер Меджлиса ..., народный депутат Украины Мустафа
            # Джемилев": the person named beside a role noun speaks, with the person's own code
            # rather than the country the role noun was guessed to have.
            named = self._apposed_person(head)
            if named is not None:
                return self.speaker(named)
        roles = [m for m in on_head if m.kind == "person" and (m.kb_id or "").startswith("role:")]
        if roles:
            # "Официальный представитель МИД КНР Ван Вэньбинь": the person named beside the role
            # speaks for it; the quote gets the person's name.
            named = self._apposed_person(head)
            if named is not None and named.code[:3] == roles[0].code[:3]:
                return self.speaker(named)
        if on_head:
            return self.speaker(max(on_head, key=lambda m: (m.head == head.index, m.end - m.start)))
        if head.lemma in FIRST_PERSON:
            return None
        if head.lemma in _PERSON_PRONOUNS or head.text.lower() in _PERSON_PRONOUNS:
            last = self.last_person(head.start)
            if last is None:
                return None
            return Speaker(last.code or None, self._name(last), head.text, head.start, head.end)
        phrase = self.subtree(head, stop=_CLAUSE_RELS)
        found = self._mention_in(phrase, near=head)
        if found is not None:
            return self.speaker(found)
        person = next((e for e in self.persons if e.start <= head.start < e.end), None)
        if person is not None:
            return Speaker(person.actor, person.normal, person.text, person.start, person.end)
        if head.pos in ("PRON", "DET", "PUNCT") or head.pos not in (*_NOMINAL, "X") and head.rel not in _SUBJECT_RELS:
            return None  # "присутствующие в зале", "один из участников" speak as subjects
        words = [t for t in self.subtree(head, stop=_CLAUSES)
                 if t.index >= head.index or t.pos in ("ADJ", "DET")]  # "Газета «Вести»": its marks too
        comma = next((t.index for t in words if t.index > head.index and t.text == ","), None)
        words = [t for t in words if comma is None or t.index < comma]  # "..., которые несут потери"
        if words[-1].index - words[0].index >= _MAX_PHRASE_TOKENS:
            words = [head]
        start, end = words[0].start, words[-1].end
        while end > start and self.doc.text[end - 1] in " ,.;:—–-":
            end -= 1
        if sum(self.doc.text[start:end].count(mark) for mark in _MARKS) % 2:  # «Коммерсанта» cut in half
            if start > 0 and self.doc.text[start - 1] in _MARKS:
                start -= 1
            elif self.doc.text[end - 1] in _MARKS:
                end -= 1
        name = self.normal(start, end) if self.normal is not None else self.doc.text[start:end]
        return Speaker(None, name, self.doc.text[start:end], start, end)

    def _apposed_person(self, head: Token) -> ActorMention | None:
        """A coded person in apposition to a noun (through a chain of appositions), or ``None``."""
        if head.pos != "NOUN":
            return None
        queue = [c for c in self.children.get(head.index, []) if c.rel == "appos"]
        for node in queue:
            for mention in self._mentions_over(node.start, node.end):
                if mention.kind == "person" and mention.code and not mention.rule.endswith("home_country"):
                    return mention
            if len(queue) < _MAX_APPOSITIONS:
                queue.extend(c for c in self.children.get(node.index, []) if c.rel == "appos")
        return None

    def speaker(self, mention: ActorMention) -> Speaker:
        """The :class:`Speaker` of an actor mention (code ``None`` for an unknown person)."""
        return Speaker(mention.code or None, self._name(mention), mention.text, mention.start, mention.end)

    def last_person(self, before: int) -> ActorMention | None:
        """The last person coded before an offset (what "он", "его" refer to)."""
        stop = bisect.bisect_left(self.starts, before)
        for mention in reversed(self.mentions[max(0, stop - _PERSON_WINDOW) : stop]):
            if mention.kind in ("person", "coref") and mention.code and len(mention.code) > 3:
                return mention
        return None

    def subtree(self, root: Token, stop: tuple[str, ...] = ()) -> list[Token]:
        """``root`` and its dependents (not entering relations in ``stop``), in text order."""
        return [self.doc.tokens[i] for i in dependents(self.children, root, lambda c: c.rel not in stop)]

    def _mentions_over(self, start: int, end: int) -> list[ActorMention]:
        low = bisect.bisect_left(self.starts, start - 400)
        return [m for m in self.mentions[low : bisect.bisect_left(self.starts, end)] if m.start < end and start < m.end]

    def _mention_in(self, tokens: list[Token], near: Token | None = None) -> ActorMention | None:
        """The coded mention inside ``tokens`` nearest to ``near`` (the first one without it)."""
        found: list[tuple[int, int, ActorMention]] = []
        for token in tokens:
            for mention in self._mentions_over(token.start, token.end):
                if mention.code:
                    distance = 0 if near is None else abs(token.index - near.index)
                    found.append((distance, mention.start, mention))
        return min(found, key=lambda item: item[:2])[2] if found else None

    def _name(self, mention: ActorMention) -> str:
        """The normal name of the actor a mention stands for (the antecedent's, for a pronoun)."""
        if mention.kind == "coref":
            low = bisect.bisect_left(self.starts, mention.start)
            for earlier in reversed(self.mentions[:low]):
                if earlier.kind != "coref" and earlier.code == mention.code and earlier.kb_id == mention.kb_id:
                    return self._name(earlier)
            return mention.text
        # Bisect on starts: a long article has thousands of entities (a scan each time is quadratic).
        low = bisect.bisect_left(self.person_starts, mention.start)
        inside = [e for e in self.persons[low : bisect.bisect_left(self.person_starts, mention.end)] if e.end <= mention.end]
        if inside:
            return inside[-1].normal
        first = bisect.bisect_left(self.entity_starts, mention.start - _LONGEST_ENTITY)
        whole = [e for e in self.entities[first : bisect.bisect_right(self.entity_starts, mention.start)]
                 if e.start <= mention.start and mention.end <= e.end]
        if whole:
            return whole[0].normal
        if self.normal is not None:
            return self.normal(mention.start, mention.end)
        return mention.text
