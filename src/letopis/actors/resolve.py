"""Actor mentions of a document and their CAMEO codes.

Resolution works sentence by sentence on the dependency parse:
- a country, adjective, capital, seat or organisation is coded directly;
- a role noun or body takes its country from its own row (Госдепартамент →
  USA), else from a dependent country, adjective or compound adjective
  ("министр обороны Армении", "армянского правительства"), else from the last
  actor of the same role in the article ("премьер" after "премьер-министр
  Армении");
- a person is coded by the office the knowledge base says they held on the
  article's date, or by the role noun standing in apposition before the name
  ("президент Франции Эммануэль Макрон"); a later bare surname resolves to the
  person named earlier;
- "он", "ведомство", "стороны" resolve to the last person, state body or pair
  of parties (``letopis.actors.coref``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from letopis.actors.coordination import coordinated_countries, distributed_roles, owner_tokens
from letopis.actors.coref import Antecedents, bare_mentions
from letopis.actors.entries import ActorDictionary, Entry
from letopis.actors.matcher import Match, fold
from letopis.model import ActorMention, Doc, NerSpan, Sentence, Token, dependents

_FUNCTION_POS = {"DET", "PRON", "ADP", "CCONJ", "SCONJ", "PART", "AUX"}
_POSSESSIVE = {"его", "ее", "их", "он", "она", "они"}
_PROPER = {"country", "capital", "seat", "person"}
# ", докладчик " / ", старший советник ": one or two lower-case words after the comma that closes a name.
_APPOSITION = re.compile(r"\s*,\s*[а-яё-]+(?:\s+[а-яё-]+)?\s*$")
_MODIFIER_RELS = {"nmod", "amod", "appos", "flat", "flat:name", "nummod", "compound", "conj"}


@dataclass(slots=True)
class _Memory:
    """What earlier sentences established (document-level coreference)."""

    by_surname: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    by_role: dict[str, str] = field(default_factory=dict)
    last_person: str = ""
    ends: dict[int, Token] = field(default_factory=dict)

    def person(self, doc: Doc, mention: ActorMention) -> None:
        """Remember a coded person under its surname (lemma of the mention's last word)."""
        if mention.code:
            self.by_surname[surname_key(self, mention.end)] = (mention.code, mention.kb_id)
            if len(mention.code) > 3 and mention.code[:3].isalpha():
                self.last_person = mention.code


def surname_key(memory: _Memory, end: int) -> str:
    """The comparison key of the last word ending at ``end``: its folded lemma."""
    token = memory.ends.get(end)
    return "" if token is None else fold(token.lemma or token.text)


def resolve_actors(doc: Doc, dictionary: ActorDictionary) -> list[ActorMention]:
    """Every actor mention of ``doc`` with its code and the rule that coded it."""
    memory = _Memory(ends={t.end: t for t in doc.tokens})
    per_sentence: dict[int, list[NerSpan]] = {}
    for span in doc.ner:
        if span.type == "PER" and span.token_start < len(doc.tokens):
            per_sentence.setdefault(doc.tokens[span.token_start].sent, []).append(span)
    antecedents = Antecedents()
    out: list[ActorMention] = []
    for sentence in doc.sentences:
        mentions = _sentence_actors(doc, sentence, dictionary, memory, per_sentence.get(sentence.index, []))
        antecedents.update(doc, mentions)  # "стороны" may refer to a pair named in the same sentence
        mentions += bare_mentions(doc, sentence, mentions, antecedents)
        antecedents.update(doc, mentions)
        out.extend(sorted(mentions, key=lambda m: m.start))
    _home_country(out, set(dictionary.lexicon.countries), doc)
    return out


# "СМИ сообщали": the media named as a whole are the press at large, not the home country's
# (a journalist or a newspaper of the story stays the home country's). Experts, analysts and
# political scientists the text gives no country comment from anywhere: EDU alone (coding guide,
# section 3: non-state groups without a country keep their bare code).
_STATELESS = frozenset({("MED", "group"), ("EDU", "person"), ("EDU", "group")})


def _home_country(mentions: list[ActorMention], states: set[str], doc: Doc) -> None:
    """Roles the text gives no country ("полицейские", "правительство", "оппозиция")
    belong to the article's home country: the state its actors name most often.

    News about one country rarely repeats the country's name with every body it
    mentions; a role left without a country is almost always that country's.
    """
    counts: dict[str, int] = {}
    for m in mentions:
        if m.code and m.code[:3] in states:
            counts[m.code[:3]] = counts.get(m.code[:3], 0) + 1
    if not counts:
        return
    home = max(counts, key=lambda c: counts[c])  # first-named wins ties: dicts keep order
    previous: ActorMention | None = None
    surnames: dict[str, str] = {}  # an unknown person coded here keeps the code when named again
    starts = [t.start for t in doc.tokens]
    for m in mentions:
        if m.code and len(m.code) == 3 and m.code not in states and (m.code, m.kind) not in _STATELESS \
                and m.kind in ("role", "body", "person", "group"):
            m.code = home + m.code
            m.rule = "role.home_country"
        elif not m.code and m.rule == "ner.person.uncoded":
            # "представителя Госдепартамента США Марка Тоунера": a name hanging on a coded role
            # is that role's; "российский политик Алексей Навальный": an adjective just before the
            # name gives the country; a person the knowledge base does not know is otherwise of
            # the home country.
            near = previous is not None and previous.kind == "adjective" and 0 <= m.start - previous.end <= 25
            holder = _role_holding(doc, m, mentions)
            key = _surname(doc, starts, m)
            if holder is not None:
                m.code, m.rule = holder.code, "person.apposition_role"
            elif key in surnames:
                m.code, m.rule = surnames[key], "person.coref.surname"  # "Романа Коноплева" ... "Роман Коноплев"
            else:
                m.code = previous.code[:3] if near and previous is not None else home
                m.rule = "person.adjective_country" if near else "person.home_country"
            if key:
                surnames.setdefault(key, m.code)
        previous = m


def _surname(doc: Doc, starts: list[int], person: ActorMention) -> str:
    """The folded lemma of a name's last word, before any bracket ("Модибо Сидибе (Modibo Sidibe)")."""
    last = None
    for token in doc.tokens[bisect.bisect_left(starts, person.start) : bisect.bisect_left(starts, person.end)]:
        if token.text == "(":
            break
        if any(ch.isalpha() for ch in token.text):
            last = token
    return fold(last.lemma or last.text) if last is not None else ""


def _role_holding(doc: Doc, person: ActorMention, mentions: list[ActorMention]) -> ActorMention | None:
    """The coded role or body the name stands in apposition to ("представитель ... Марк Тоунер")."""
    if person.head is None:
        return None
    roles = [m for m in mentions if m.code and m.kind in ("role", "body", "person", "group") and m.end <= person.start
             and person.start - m.end <= 40]
    token = doc.tokens[person.head]
    after = [m for m in mentions if m.code and len(m.code) > 3 and m.kind in ("role", "body", "person", "group")
             and person.end <= m.start <= person.end + 80]
    if after:
        # "Марк Тоунер, исполняющий обязанности официального представителя Госдепартамента США":
        # the role in the participle or apposition that describes the name.
        described = {t.index for c in doc.sentence_tokens(doc.sentences[token.sent])
                     if c.head == token.index and (c.rel.startswith("acl") or c.rel == "appos")
                     for t in _subtree(doc, c)}
        holder = next((m for m in after if m.head is not None and m.head in described), None)
        if holder is not None:
            return holder
    # "Матиас Йорш, докладчик ПАСЕ": a role word the lexicon lacks, then the body the person
    # serves, read off the text when the parser hangs the apposition elsewhere.
    for m in mentions:
        if m.code and m.kind in ("role", "body", "group", "organisation") and person.end < m.start <= person.end + 40 \
                and _APPOSITION.match(doc.text, person.end, m.start):
            return m
    for _ in range(3):
        if token.head < 0:
            return None
        token = doc.tokens[token.head]
        holder = next((m for m in roles if m.start <= token.start < m.end), None)
        if holder is not None:
            return holder
        if not person.start <= token.start < person.end:
            return None
    return None


def _subtree(doc: Doc, root: Token) -> list[Token]:
    """The tokens under ``root`` in its sentence."""
    children: dict[int, list[Token]] = {}
    for t in doc.sentence_tokens(doc.sentences[root.sent]):
        children.setdefault(t.head, []).append(t)
    return [doc.tokens[i] for i in dependents(children, root)]


def _sentence_actors(doc: Doc, sentence: Sentence, dic: ActorDictionary, memory: _Memory,
                     persons: list[NerSpan]) -> list[ActorMention]:
    tokens = doc.sentence_tokens(sentence)
    found = [m for m in dic.matcher.find(tokens) if _plausible(doc, m)]
    # A phrase of kind none ("безвизовый режим", "сборная") is no actor: its longest match keeps
    # the role noun inside it ("режим") from being one, and the state that owns it ("сборная
    # России", "российская сборная") is no actor either.
    nothing = [m for m in found if m.entry.role_kind == "none"]
    owned = {i for m in nothing for i in owner_tokens(doc, m.first, m.last)}
    matches = [m for m in found if m.entry.role_kind != "none"
               and not (m.entry.kind in ("country", "adjective", "capital") and m.first in owned)]
    by_token: dict[int, Match[Entry]] = {}
    for m in matches:
        for i in range(m.first, m.last + 1):
            by_token[i] = m
    compounds = _compound_countries(doc, tokens, dic)
    consumed: set[int] = set()
    mentions: list[ActorMention] = []
    # Roles right to left, so "пресс-служба премьера" sees "премьера" resolved.
    resolved: dict[int, ActorMention] = {}
    for m in reversed(matches):
        if m.entry.kind == "role" and id(m) not in consumed:
            resolved[id(m)] = _role_mention(doc, m, by_token, compounds, consumed, memory, resolved)
            _remember_or_recall(doc, resolved[id(m)], m.entry, memory)
    for m in matches:
        entry = m.entry
        if id(m) in consumed:
            continue
        if entry.kind == "role":
            mention = resolved[id(m)]
        elif entry.kind == "person":
            mention = _person_mention(doc, m, dic, memory)
        else:
            mention = _span_mention(doc, m.first, m.last, entry.code, entry.kind, f"lexicon.{entry.kind}", entry.kb_id)
        if mention is not None:
            mentions.append(mention)
    # Compound adjectives not consumed by a role: "армяно-азербайджанская граница".
    for index, codes in compounds.items():
        if index not in consumed:
            mentions.extend(codes)
    mentions.extend(_unknown_persons(doc, persons, mentions, memory))
    # An uncoded NER person does not hide coded states inside it ("Американо-китайские"
    # tagged PER), but does hide a namesake: "Зайд Абдулла Альшагури" is not Abdullah Abdullah.
    mentions = [m for m in mentions if m.code or not any(
        o.code and o.kind != "person" and m.start <= o.start and o.end <= m.end for o in mentions)]
    kept = distributed_roles(doc, [m for i, m in enumerate(mentions) if not _inside_other(m, mentions, i)])
    return _attach_persons_to_roles(doc, kept, memory) + coordinated_countries(mentions)


def _plausible(doc: Doc, m: Match[Entry]) -> bool:
    first = doc.tokens[m.first]
    if m.entry.kind in _PROPER and not first.text[:1].isupper():
        return False
    if m.entry.kind == "person" and m.first == m.last and (len(first.text) < 3 or first.pos in _FUNCTION_POS
                                                          or len(first.text) == 3 and first.pos != "PROPN"):
        return False  # "Буш" only when tagged a proper noun; "Хотя", "Этот" are no surnames
    if m.entry.kind in ("country", "capital", "seat") and first.pos in _FUNCTION_POS:
        return False  # "Того же мнения": a pronoun, not Togo
    if m.entry.kind == "capital" and not _capital_is_actor(doc, m):
        return False
    if m.entry.kind == "person" and sum(ch.isupper() for ch in first.text) > 1 and "-" not in first.text:
        return False  # "МИДа" is an abbreviation with a case ending, not the surname "Мид"
    if m.entry.kind == "role":
        head = doc.tokens[_head_of(doc, m.first, m.last)]
        nominal_participle = head.pos == "VERB" and head.feats.get("VerbForm") == "Part" and \
            head.rel in ("nsubj", "nsubj:pass", "obj", "iobj", "nmod", "obl", "conj")
        if head.pos not in ("NOUN", "PROPN", "ADJ", "X", "") and not nominal_participle:
            return False  # "после" is a form of "посол" only as a noun; "протестующих" counts as a noun
        if head.pos == "ADJ" and head.rel == "amod":
            return False  # "военных действий": an adjective, not "the military"
    return True


def _capital_is_actor(doc: Doc, m: Match[Entry]) -> bool:
    """A capital stands for its state unless it is a venue, a US state or a surname.

    "В Москве прошли переговоры" (a place: its verb has a subject of its own),
    "штат Вашингтон", "Джорджу Вашингтону" are not the state; "В Москве
    заявили" (impersonal: Moscow speaks) and "Москва ответила" are.
    """
    token = doc.tokens[m.first]
    previous = doc.tokens[m.first - 1] if m.first > 0 and doc.tokens[m.first - 1].sent == token.sent else None
    if previous is not None and (previous.lemma == "штат" or previous.text[:1].isupper() and previous.pos == "PROPN"):
        return False
    sentence = doc.sentences[token.sent]
    siblings = doc.sentence_tokens(sentence)
    located = token.feats.get("Case") == "Loc" and any(
        t.head == token.index and t.lemma in ("в", "во") for t in siblings)
    if located and token.head >= 0:
        return not any(t.head == token.head and t.rel.startswith("nsubj") for t in siblings)
    return True


def _span_mention(doc: Doc, first: int, last: int, code: str, kind: str, rule: str, kb_id: str | None) -> ActorMention:
    start, end = doc.tokens[first].start, doc.tokens[last].end
    head = _head_of(doc, first, last)
    return ActorMention(code, doc.text[start:end], start, end, kind, rule, kb_id or None, head)


def _head_of(doc: Doc, first: int, last: int) -> int:
    for i in range(first, last + 1):
        if not first <= doc.tokens[i].head <= last:
            return i
    return first


def _subtree_modifiers(doc: Doc, first: int, last: int) -> list[Token]:
    """Dependents of the span's tokens lying outside it, nearest first, one level of nmod chains deep."""
    inside = range(first, last + 1)
    sentence = doc.sentences[doc.tokens[first].sent]
    direct = [t for t in doc.sentence_tokens(sentence) if t.head in inside and t.index not in inside]
    second = [t for t in doc.sentence_tokens(sentence) if any(t.head == d.index for d in direct) and t.rel in ("nmod", "amod")]
    return sorted(direct, key=lambda t: abs(t.index - first)) + second


def _role_mention(doc: Doc, m: Match[Entry], by_token: dict[int, Match[Entry]], compounds: dict[int, list[ActorMention]],
                  consumed: set[int], memory: _Memory, resolved: dict[int, ActorMention]) -> ActorMention:
    entry = m.entry
    first, last = m.first, m.last
    country, rule = entry.country, "lexicon.role.own_country"
    for dep in _subtree_modifiers(doc, m.first, m.last):
        if dep.rel not in _MODIFIER_RELS and not dep.rel.startswith("nmod") or dep.index >= m.first + 6:
            continue
        other = by_token.get(dep.index)
        if not country and other is not None and other.entry.kind == "organisation" and other.entry.country \
                and dep.rel.startswith("nmod") and entry.role_kind == "person":
            # "Посол Евросоюза", "генсек ООН", "боевики ХАМАС": an organisation's officer or member is
            # coded as the organisation.
            igo = other.entry.country.startswith("IGO")
            # A group's member keeps the group's code whatever the article's home country.
            mention = _span_mention(doc, first, max(last, other.last), other.entry.country,
                                    "person" if igo else "organisation",
                                    "role.nmod.igo" if igo else "role.nmod.organisation", entry.kb_id)
            consumed.add(id(other))
            mention.head = _head_of(doc, m.first, m.last)
            mention.core = (doc.tokens[m.first].start, doc.tokens[m.last].end)
            return mention
        if other is not None and other.entry.kind in ("country", "adjective", "capital"):
            if country and other.entry.country != country:
                continue
            if not country:
                country, rule = other.entry.country, f"role.{dep.rel.split(':')[0]}.{other.entry.kind}"
            consumed.add(id(other))
            first, last = min(first, other.first), max(last, other.last)
            break
        if not country and dep.index in compounds and compounds[dep.index]:
            country, rule = compounds[dep.index][0].code, "role.compound_adjective"
            break
        if not country and other is not None and id(other) in resolved and resolved[id(other)].code[:3].isupper():
            code = resolved[id(other)].code
            if len(code) > 3 and code[:3] not in ("IGO",):
                country, rule = code[:3], f"role.{dep.rel.split(':')[0]}.role"
                break
    mention = _span_mention(doc, first, last, country + entry.role, entry.role_kind or "role", rule, entry.kb_id)
    mention.head = _head_of(doc, m.first, m.last)
    mention.core = (doc.tokens[m.first].start, doc.tokens[m.last].end)
    return mention


def _role_key(entry: Entry) -> str:
    # "премьер" and "премьер-министр" are one role for coreference.
    return fold(entry.kb_id.split(":", 1)[-1].split("-")[0].split()[0])


def _remember_or_recall(doc: Doc, mention: ActorMention, entry: Entry, memory: _Memory) -> None:
    if len(mention.code) > len(entry.role):
        memory.by_role[_role_key(entry)] = mention.code[:3]
        return
    head = doc.tokens[mention.head]
    possessive = any(t.lemma in _POSSESSIVE and t.head == head.index for t in doc.sentence_tokens(doc.sentences[head.sent]))
    if possessive and memory.last_person:
        mention.code = memory.last_person[:3] + entry.role
        mention.rule = "role.coref.possessive"
        return
    remembered = memory.by_role.get(_role_key(entry))
    if remembered:
        mention.code = remembered + entry.role
        mention.rule = "role.coref.same_role"


def _person_mention(doc: Doc, m: Match[Entry], dic: ActorDictionary, memory: _Memory) -> ActorMention | None:
    date = doc.article.date
    person_id = m.entry.kb_id
    if m.first == m.last:
        surname = fold(dic.lexicon.persons[m.entry.kb_id].name.split()[-1])
        candidates = [dic.lexicon.persons[p] for p in dic.surnames.get(surname, [])]
        remembered = memory.by_surname.get(surname_key(memory, doc.tokens[m.first].end))
        if remembered is not None:
            code, kb = remembered
            return _span_mention(doc, m.first, m.last, code, "person", "person.coref.surname", kb)
        given = _given_name(doc, m.first)
        if given:
            # "Алексей Миллер" is not Matthew Miller: a first name before the surname must agree.
            candidates = [p for p in candidates if fold(p.name.split()[0])[:3] == given[:3]]
            if not candidates:
                return None
            person_id = candidates[0].id
        if candidates:
            in_office = [p for p in candidates if p.office_on(date) is not None and (date is None or p.office_on(date).holds_on(date))]
            person_id = (in_office or candidates)[0].id
    person = dic.lexicon.persons[person_id]
    office = person.office_on(date)
    if office is not None:
        code, rule = office.code, f"kb.office.{office.office}"
    elif person.offices:
        latest = max(person.offices, key=lambda o: o.valid_to or "9999")
        code, rule = latest.country, "kb.person.out_of_office"
    else:
        return None
    mention = _span_mention(doc, m.first, m.last, code, "person", rule, person.id)
    memory.person(doc, mention)
    return mention


def _given_name(doc: Doc, index: int) -> str:
    """The folded first name written just before a surname ("Алексей Миллер"), or ""."""
    if index == 0:
        return ""
    before, surname = doc.tokens[index - 1], doc.tokens[index]
    if before.sent != surname.sent or before.pos != "PROPN" or not before.text[:1].isupper() or len(before.text) < 3:
        return ""
    if before.head != surname.index and surname.head != before.index:
        return ""
    return fold(before.lemma or before.text)


def _unknown_persons(doc: Doc, persons: list[NerSpan], mentions: list[ActorMention], memory: _Memory) -> list[ActorMention]:
    """NER persons of one sentence the knowledge base does not know, coded through an earlier full mention."""
    out = []
    for span in persons:
        if any(m.start <= span.start and span.end <= m.end for m in mentions):
            continue
        remembered = memory.by_surname.get(surname_key(memory, span.end))
        if remembered is not None:
            code, kb = remembered
            out.append(_span_mention(doc, span.token_start, span.token_end - 1, code, "person", "person.coref.surname", kb))
        else:
            out.append(ActorMention("", span.text, span.start, span.end, "person", "ner.person.uncoded", None,
                                    _head_of(doc, span.token_start, span.token_end - 1)))
    return out


def _attach_persons_to_roles(doc: Doc, mentions: list[ActorMention], memory: _Memory) -> list[ActorMention]:
    """Merge "президент Франции" + "Эммануэль Макрон" into one mention.

    The knowledge base's office wins when it has one for the date; otherwise
    the role in apposition codes the person, and later surnames follow it.
    """
    out: list[ActorMention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        prev = out[-1] if out else None
        if (
            prev is not None and m.kind == "person" and prev.kind == "person" and m.rule != "role.nmod.coordinated"
            and prev.kb_id is not None and prev.kb_id.startswith("role:")
            and len(prev.code) > 3 and not doc.text[prev.end : m.start].strip(" ,")
        ):
            code = m.code if m.rule.startswith("kb.office") else prev.code
            out[-1] = ActorMention(code, doc.text[prev.start : m.end], prev.start, m.end, "person",
                                   f"{prev.rule}+apposition", m.kb_id or prev.kb_id, m.head)
            memory.person(doc, out[-1])
            continue
        out.append(m)
    return out


def _inside_other(m: ActorMention, mentions: list[ActorMention], index: int) -> bool:
    return any(
        j != index and o.start <= m.start and m.end <= o.end and (o.end - o.start) > (m.end - m.start)
        for j, o in enumerate(mentions)
    )


def _compound_countries(doc: Doc, tokens: list[Token], dic: ActorDictionary) -> dict[int, list[ActorMention]]:
    """Countries inside hyphenated adjectives: "армяно-азербайджанской" → ARM, AZE."""
    out: dict[int, list[ActorMention]] = {}
    for token in tokens:
        if "-" not in token.text or token.pos not in ("ADJ", "NOUN", "PROPN", ""):
            continue
        parts = token.text.split("-")
        codes: list[tuple[str, int, int]] = []
        offset = token.start
        for i, part in enumerate(parts):
            key = fold(part)
            code = dic.adjective_forms.get(key) if i == len(parts) - 1 else dic.combining.get(key)
            if code is None:
                codes = []
                break
            codes.append((code, offset, offset + len(part)))
            offset += len(part) + 1
        if len(codes) >= 2:
            out[token.index] = [
                ActorMention(code, doc.text[s:e], s, e, "adjective", "lexicon.compound_adjective", f"country:{code}", token.index)
                for code, s, e in codes
            ]
    return out
