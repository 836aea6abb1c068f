"""Mentions that name no actor themselves: "он", "ведомство", "стороны".

They resolve to what the article established earlier: the last person coded,
the last state body, the last two parties named together ("между Арменией и
Азербайджаном", "армяно-азербайджанская граница").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from letopis.model import ActorMention, Doc, Sentence, Token

_PERSON_PRONOUNS = {"он", "она"}
_AGENCY_NOUNS = {"ведомство"}
# "альянс", "блок": the international organisation named last ("НАТО ... альянс").
_ALLIANCE_NOUNS = {"альянс", "блок"}
_PERSON_NOUNS = {"политик"}
_PARTY_NOUNS = {"сторона", "страна"}
# A capital stands for its state in a pair too: "между Киевом и Анкарой".
_COUNTRY_KINDS = {"country", "adjective", "capital"}


@dataclass(slots=True)
class Antecedents:
    """The candidates a pronoun or bare noun can take, updated sentence by sentence."""

    person: ActorMention | None = None
    other_person: ActorMention | None = None
    body: ActorMention | None = None
    organisation: ActorMention | None = None
    parties: tuple[str, ...] = ()
    history: list[ActorMention] = field(default_factory=list)

    def update(self, doc: Doc, mentions: list[ActorMention]) -> None:
        """Take the new candidates out of one sentence's mentions."""
        for m in mentions:
            if m.kind == "person" and _speaker_tag(doc, m):
                continue  # "Мустафа Джемилев: ... Он сказал": the answer's "он" is someone else
            if m.kind == "person" and len(m.code) > 3 and m.rule != "coref.pronoun":
                if self.person is not None and (self.person.kb_id or self.person.code) != (m.kb_id or m.code):
                    self.other_person = self.person
                self.person = m
            elif m.kind == "body" and len(m.code) > 3:
                self.body = m
            if m.code.startswith("IGO"):
                self.organisation = m
        countries = [m for m in sorted(mentions, key=lambda m: m.start) if m.kind in _COUNTRY_KINDS and m.code]
        paired = False
        for a, b in zip(countries, countries[1:]):
            between = doc.text[a.end : b.start].strip(" ,").lower()
            if a.code != b.code and between in ("", "и", "-"):
                self.parties, paired = (a.code, b.code), True
        states = list(dict.fromkeys(m.code[:3] for m in sorted(mentions, key=lambda m: m.start)
                                    if m.code[:3].isalpha() and m.code[:3].isupper() and not m.code.startswith("IGO")
                                    and (m.kind in _COUNTRY_KINDS or len(m.code) == 6)))
        if not paired and len(states) == 2:
            # "Министр Индии провел переговоры с китайским коллегой. Стороны обсудили ...": the two
            # states of the sentence before are the sides "стороны" stands for.
            self.parties = (states[0], states[1])


def _speaker_tag(doc: Doc, mention: ActorMention) -> bool:
    """Whether a name opens its line and a colon follows it: the speaker's tag in an interview."""
    line_start = doc.text.rfind("\n", 0, mention.start) + 1
    after = doc.text[mention.end : mention.end + 3].lstrip(" \t")
    return not doc.text[line_start : mention.start].strip() and after.startswith(":")


def bare_mentions(doc: Doc, sentence: Sentence, mentions: list[ActorMention], found: Antecedents) -> list[ActorMention]:
    """Pronouns and bare nouns of ``sentence`` resolved to earlier actors (before ``found`` is updated)."""
    for m in mentions:
        # "ведомство", "глава ведомства" matched as role nouns without a country.
        if found.body and m.kb_id and "ведомств" in m.kb_id and m.code.isalpha() and len(m.code) == 3:
            m.code = found.body.code if m.kind == "body" else found.body.code[:3] + m.code
            m.rule = "coref.agency"
    covered = [(m.start, m.end) for m in mentions]
    out: list[ActorMention] = []
    for token in doc.sentence_tokens(sentence):
        if any(s <= token.start < e for s, e in covered):
            continue
        lemma = token.lemma
        if token.pos == "PRON" and lemma in _PERSON_PRONOUNS and found.person and token.rel not in ("det", "nmod:poss"):
            person = found.person
            same = any(m.start < token.start and (m.kb_id or m.code) == (person.kb_id or person.code) for m in mentions)
            if same and token.feats.get("Case") != "Nom" and found.other_person is not None:
                # "Трамп надеется, что с ним все в порядке": not Trump himself (that would be "себя").
                person = found.other_person
            state = None
            if token.feats.get("Gender") == "Fem" and _person_gender(doc, person) == "Masc":
                # "Южная Корея опровергает ..., заявляя, что у нее ...": "она" is no man named before;
                # a state or body of its gender earlier in the sentence is. (Only this way round: the
                # tagger calls many men's foreign names feminine, "Диарра".)
                state = next((m for m in reversed(mentions) if m.start < token.start and m.kind != "person"
                              and _agrees(doc, token, m)), None)
            if state is not None:
                out.append(_refer(token, state.code, "coref.pronoun.gender", state.kb_id))
            else:
                out.append(_refer(token, person.code, "coref.pronoun", person.kb_id))
        elif token.pos == "NOUN" and lemma in _PERSON_NOUNS and found.person and token.feats.get("Number") != "Plur" \
                and not any(c.head == token.index and c.rel in ("amod", "nmod", "appos", "flat:name")
                            for c in doc.sentence_tokens(sentence)):
            # "Политик намерен вернуться к работе": a bare description of the person last named.
            out.append(_refer(token, found.person.code, "coref.description", found.person.kb_id))
        elif token.pos == "NOUN" and lemma in _AGENCY_NOUNS and found.body:
            out.append(_refer(token, found.body.code, "coref.agency", found.body.kb_id))
        elif token.pos == "NOUN" and lemma in _ALLIANCE_NOUNS and found.organisation:
            out.append(_refer(token, found.organisation.code, "coref.alliance", found.organisation.kb_id))
        elif token.pos == "NOUN" and lemma in _PARTY_NOUNS and token.feats.get("Number") == "Plur" and found.parties:
            out.extend(_refer(token, code, "coref.parties", f"country:{code}") for code in found.parties)
    return out


def _agrees(doc: Doc, pronoun: Token, mention: ActorMention) -> bool:
    """Whether a pronoun can stand for a non-person mention: its head word has the pronoun's gender."""
    if mention.head is None or not 0 <= mention.head < len(doc.tokens):
        return False
    return doc.tokens[mention.head].feats.get("Gender") == pronoun.feats.get("Gender")


def _person_gender(doc: Doc, mention: ActorMention) -> str | None:
    """A person's gender from the words of the mention (the tagger's Gender of its name)."""
    if mention.head is None or not 0 <= mention.head < len(doc.tokens):
        return None
    # Only the mention's own sentence: scanning the whole text for every pronoun is quadratic.
    sentence = doc.sentences[doc.tokens[mention.head].sent]
    genders = {t.feats.get("Gender") for t in doc.sentence_tokens(sentence)
               if mention.start <= t.start < mention.end and t.pos == "PROPN"}
    genders.discard(None)
    return genders.pop() if len(genders) == 1 else None


def _refer(token, code: str, rule: str, kb_id: str | None) -> ActorMention:  # type: ignore[no-untyped-def]
    return ActorMention(code, token.text, token.start, token.end, "coref", rule, kb_id, token.index)
