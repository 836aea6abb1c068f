"""Reported (indirect) speech: what a speech verb or a "по словам" cue says someone said.

- "X заявил, что ...": the clause after "что" ("о том, что", "тем, что" too, also
  before the verb: "О том, что ..., сказал X"), to the end of the sentence or to
  the speaker's next clause ("..., и добавил, что ..."; a present-tense verb after
  a past speech verb goes on with the clause: "заявил, что знает ... и надеется");
- "X заявил о ...": the "о" phrase, for verbs whose "о" complement is what was
  said (``about=yes`` in the lexicon);
- "X иронизируют: ...": unquoted words after the colon that ends the verb's clause;
- "как отметил X, ...", "..., сообщил X", "по словам X, ...": the rest of the
  sentence, its longer side when the aside stands in the middle.

Reported words held by quotation marks are direct speech: a clause that is all
quoted ("заявил, что «...»"), or quoted said words filling half of an "о"
phrase or of a sentence's rest ("заявили о признательности «за вклад ...»").
A negated verb reports nothing ("не сообщил, что"), nor does an infinitive of
purpose or intent ("чтобы утверждать, что", "хотел подчеркнуть, что"), nor the
author's own voice ("Напомним, что"). A quote whose speaker the text leaves
uncoded takes the speaker of "Об этом заявил X." in the next sentence.
"""

from __future__ import annotations

import dataclasses

from letopis.gkg.direct import pointing_back
from letopis.gkg.speakers import FIRST_PERSON
from letopis.gkg.speech import SpeechVerb
from letopis.gkg.view import DocView, Found, trim
from letopis.model import Speaker, Token

_MIN_REST_WORDS = 2
_ASIDE_STOP = ("ccomp", "conj", "parataxis", "acl", "acl:relcl")
_CUE_STOP = ("parataxis", "conj", "acl", "acl:relcl")
_ABOUT = ("о", "об", "обо")
_COLON_WINDOW = 6  # tokens from a speech verb to the colon that opens its words ("заявил журналистам:")
_THAT_PRONOUNS = ("то", "тот")  # "о том, что", "тем, что": the tagger gives either lemma


def reported_quotes(view: DocView) -> list[Found]:
    """Every reported-speech quote of the document."""
    out: list[Found] = []
    for token in view.tokens:
        verb = view.speech(token)
        if verb is not None and not verb.clause_only:
            out.extend(_reported(view, token, verb))
        elif view.cue(token) is not None:
            out.extend(_cue(view, token))
    return [r for f in out for r in _named_after(view, f)]


def _named_after(view: DocView, found: Found) -> list[Found]:
    """"Соседи считают, что .... Об этом заявил замминистра X.": a reported quote whose speaker
    the text leaves uncoded takes the coded speaker the next sentence names."""
    quote = found.quote
    if quote.speaker is not None and quote.speaker.code:
        return [found]
    last = view.token_before(quote.end)
    verb = pointing_back(view, last.sent) if last is not None else None
    speakers = [s for s in view.speakers_of(verb) if s.code] if verb is not None else []
    if not speakers:
        return [found]
    return [Found(dataclasses.replace(quote, speaker=s), found.how, found.anchor) for s in speakers]


def _reported(view: DocView, token: Token, verb: SpeechVerb) -> list[Found]:
    if view.negated(token) or _purpose(view, token) or _authorial(view, token):
        return []
    that = complementiser(view, token)
    if that is not None:
        return view.reported(that.end, _clause_end(view, token, that), token, "clause", mixed=False)
    if verb.about:
        about = _about(view, token)
        if about is not None:
            return view.reported(*about, token, "about")
    colon = _after_colon(view, token)
    if colon is not None:
        return view.reported(*colon, token, "colon")
    if is_aside(view, token) and not _after_quote(view, token):
        aside = view.speakers.subtree(token, stop=_ASIDE_STOP)
        inverted = not any(c.rel == "mark" for c in view.children.get(token.index, []))
        return _rest_of_sentence(view, aside, token, view.speakers_of(token), token.lemma, "aside", before=inverted)
    return []


def _after_colon(view: DocView, verb: Token) -> tuple[int, int] | None:
    """"Оппозиционеры иронизируют: если ..., то ...": unquoted words after the colon that closes
    the speech verb's clause, to the end of the sentence (quoted words after it are direct speech,
    :mod:`letopis.gkg.direct`). A verb with an object before the colon lists, it does not speak
    ("отметили три сферы: политическую, ...")."""
    sentence = view.doc.sentences[verb.sent]
    for token in view.tokens[verb.index + 1 : min(verb.index + _COLON_WINDOW, sentence.token_end)]:
        if token.text == ":":
            rest = view.tokens[token.index + 1 : sentence.token_end]
            if not rest or view.is_mark(rest[0]) or view.is_dash(rest[0]):
                return None
            if not any(t.pos in ("VERB", "AUX") or t.feats.get("Variant") == "Short" for t in rest):
                return None
            return token.end, sentence.end
        if token.pos in ("VERB", "AUX") or token.text in ".!?;" or view.is_mark(token) or \
                token.head == verb.index and token.rel in ("obj", "ccomp", "xcomp"):
            return None
    return None


def _purpose(view: DocView, token: Token) -> bool:
    """"..., чтобы утверждать, что", "хотел подчеркнуть, что": an infinitive of purpose or
    intent says nothing yet ("хотел бы подчеркнуть" does)."""
    if token.feats.get("VerbForm") != "Inf":
        return False
    if token.rel == "xcomp" and token.head >= 0:
        head = view.tokens[token.head]
        if head.lemma in view.lexicon.intents and not any(c.lemma == "бы" for c in view.children.get(head.index, [])):
            return True
    return token.rel == "advcl" or any(c.lemma == "чтобы" for c in view.children.get(token.index, []))


def _authorial(view: DocView, token: Token) -> bool:
    """"Напомним, что", "как мы писали": the author's voice outside any quote is no quote."""
    if view.in_voice(token):
        return False
    subject = view.speakers.subject(token)
    if subject is None:
        return token.feats.get("Person") == "1"
    return subject.lemma in FIRST_PERSON


def complementiser(view: DocView, verb: Token) -> Token | None:
    """The "что" that opens the verb's reported clause ("заявил, что", "заявил о том, что")."""
    found: list[Token] = []
    for child in view.children.get(verb.index, []):
        clauses = [child] if child.rel == "ccomp" else []
        if child.rel in ("obl", "obj") and child.lemma in _THAT_PRONOUNS:
            clauses = [c for c in view.children.get(child.index, []) if c.rel in ("ccomp", "acl", "acl:relcl")]
        for clause in clauses:
            words = [t for t in view.speakers.subtree(clause) if t.pos != "PUNCT"]
            fronted = child.lemma in _THAT_PRONOUNS and child.index < verb.index  # "О том, что ..., сказал X"
            if words and words[0].lemma == "что" and (words[0].index > verb.index or fronted):
                found.append(words[0])
    if found:
        return min(found, key=lambda t: t.index)  # "отметил, что ..., и что ...": from the first one
    sentence = view.doc.sentences[verb.sent]
    window = view.tokens[verb.index + 1 : min(verb.index + 8, sentence.token_end - 1)]
    for left, right in zip(window, window[1:]):
        if left.text == "," and right.lemma == "что" and right.pos == "SCONJ":
            return right  # "выразил надежду, что": the clause hangs on the verb's object
        if left.pos == "VERB" or view.is_mark(left) or view.is_dash(left):
            break
    return None


def _clause_end(view: DocView, verb: Token, that: Token) -> int:
    """Where the reported clause ends: the sentence end, or the speaker's next clause."""
    sentence = view.doc.sentences[verb.sent]
    stop = sentence.token_end
    if that.index < verb.index and that.head >= 0:
        # A fronted clause ends with its own words: "О том, что ..., сказал X", "Тем, что ..., X объяснил".
        clause = [t.index for t in view.speakers.subtree(view.tokens[that.head]) if t.index < verb.index]
        stop = max(clause, default=that.index) + 1
    for token in view.tokens[that.index + 1 : stop]:
        if token.head == verb.index and token.rel in ("conj", "parataxis") and not _reported_tense(view, verb, token):
            own = [c.index for c in view.children.get(token.index, []) if that.index < c.index < token.index
                   and c.rel in ("nsubj", "nsubj:pass", "cc", "punct", "advmod")]
            stop = min([token.index, *own])  # "..., а Россия уверена, что": from its conjunction on
            break
        previous = view.tokens[token.index - 1]
        if (token.index > that.index + 2 and view.speech(token) is not None
                and (previous.text == "," or view.is_dash(previous)) and is_aside(view, token)):
            stop = token.index  # "..., сообщает агентство"
            break
    while stop > that.index + 1 and view.tokens[stop - 1].pos in ("PUNCT", "CCONJ", "PART") \
            and view.tokens[stop - 1].text not in view.closers:
        stop -= 1
    return view.tokens[stop - 1].end if stop > that.index + 1 else that.end


def _reported_tense(view: DocView, verb: Token, other: Token) -> bool:
    """"заявил, что знает ..., и надеется, что ...": a present-tense verb with no subject of its
    own after a past speech verb goes on with what was said (reported speech keeps the
    speaker's tense; the speaker's next act would share the past tense: "и добавил")."""
    if verb.feats.get("Tense") != "Past" or other.feats.get("Tense") != "Pres":
        return False
    return not any(c.rel in ("nsubj", "nsubj:pass") for c in view.children.get(other.index, []))


def _about(view: DocView, verb: Token) -> tuple[int, int] | None:
    """"заявил о необходимости разрядить ситуацию": the verb's "о" phrase (one after the verb
    first: a phrase before it may belong to an earlier clause the parser hung on it)."""
    children = view.children.get(verb.index, [])
    for child in sorted(children, key=lambda c: (c.index < verb.index, abs(c.index - verb.index))):
        if child.rel not in ("obl", "nmod") or child.pos != "NOUN":
            continue
        case = [c for c in view.children.get(child.index, []) if c.rel == "case"]
        if case and case[0].lemma in _ABOUT:
            return _about_phrase(view, child, case[0])
    # "объявили о его победе" with the phrase hung on another verb: the "о" right after the verb.
    following = view.tokens[verb.index + 1] if verb.index + 1 < len(view.tokens) else None
    if following is not None and following.sent == verb.sent and following.lemma in _ABOUT \
            and following.head > following.index:
        noun = view.tokens[following.head]
        if noun.pos == "NOUN" and noun.sent == verb.sent:
            return _about_phrase(view, noun, following)
    return None


def _about_phrase(view: DocView, noun: Token, case: Token) -> tuple[int, int]:
    """The offsets of an "о" phrase, from its preposition to the end of its noun's words."""
    words = [t for t in view.speakers.subtree(noun) if t.index >= case.index and t.pos != "PUNCT"]
    end = words[-1].end
    for span in view.spans_starting(case.start, end):  # a quote opened inside the phrase closes in it
        end = max(end, span.end)
    return case.start, end


def is_aside(view: DocView, verb: Token) -> bool:
    """"как отметил X", "..., сообщил X": a speech verb set aside from what was said."""
    children = view.children.get(verb.index, [])
    if any(c.rel == "mark" and c.lemma == "как" and c.index < verb.index for c in children):
        return True
    subject = view.speakers.subject(verb)
    if subject is None or subject.index < verb.index or subject.head != verb.index:
        return False
    if any(c.rel in ("ccomp", "obj", "xcomp") for c in children):
        return False
    previous = view.tokens[verb.index - 1] if verb.index else None
    return previous is not None and previous.sent == verb.sent and (previous.text == "," or view.is_dash(previous))


def _after_quote(view: DocView, verb: Token) -> bool:
    """"«...», — сказал X": the verb attributes the quote before its dash, nothing else."""
    i, dash = verb.index - 1, False
    while i >= 0 and (view.is_dash(view.tokens[i]) or view.tokens[i].text in ",.!?…"):
        dash = dash or view.is_dash(view.tokens[i])
        i -= 1
    return dash and i >= 0 and view.tokens[i].text in view.closers


def _cue(view: DocView, noun: Token) -> list[Found]:
    """"по словам X, ...", "по его мнению, ...": X speaks the rest of the sentence."""
    first = noun.index - 1 if view.tokens[noun.index - 1].lemma == "по" else noun.index - 2
    phrase = [t for t in view.speakers.subtree(noun, stop=_CUE_STOP) if t.pos != "PUNCT" and t.index >= first]
    phrase.append(view.tokens[first])
    cue = view.cue(noun) or ""
    return _rest_of_sentence(view, phrase, noun, view.speakers_of(noun), cue, "cue")


def _rest_of_sentence(view: DocView, aside: list[Token], anchor: Token, speakers: list[Speaker], verb: str,
                      how: str, before: bool = False) -> list[Found]:
    """What the sentence says outside an attribution phrase: what comes before "..., сообщил X"
    (``before``), else after an opening "по словам X, ...", else its longer side."""
    sentence = view.doc.sentences[anchor.sent]
    tokens = view.doc.sentence_tokens(sentence)
    if tokens and tokens[-1].text == ":":
        return []  # "Как сообщила певица, из-за болезни:": what was said follows
    words = [t for t in aside if t.pos != "PUNCT"]
    first = min(t.index for t in words)
    last_end = view.tokens[max(t.index for t in words)].end
    for span in view.spans_starting(view.tokens[first].start, last_end):  # "уточняет газета «Труд»"
        last_end = max(last_end, span.end)
    right_end = sentence.end
    for token in view.tokens_between(last_end, sentence.end):
        following = view.tokens[token.index + 1] if token.index + 1 < len(view.tokens) else None
        if token.text == ":" and following is not None and following.text in view.lexicon.marks:
            right_end = token.start  # "По словам X, ...: «...»": the quote is attributed on its own
            break
    sides = [(sentence.start, view.tokens[first].start), (last_end, right_end)]
    if before and not any(t.head < 0 or t.feats.get("VerbForm") == "Fin" or t.feats.get("Variant") == "Short"
                          for t in view.tokens_between(*sides[1])):
        sides = sides[:1]  # "..., пояснил автор законопроекта, первый зампред ...": the apposition is no speech
    elif first == sentence.token_start:
        sides = sides[1:]
    start, end = max(sides, key=lambda s: len(view.text[s[0] : s[1]].strip(" ,.—–-:;")))
    start, end = trim(view.text, start, end)
    if sum(any(ch.isalnum() for ch in t.text) for t in view.tokens_between(start, end)) < _MIN_REST_WORDS:
        return []
    return view.reported(start, end, anchor, how, speakers=speakers, verb=verb)
