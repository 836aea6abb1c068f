"""Direct speech: quoted spans, dialogue lines and interview lines, with the verb that attributes them.

A quoted span is attributed by a speech verb (or a "по словам" cue)

- after it, behind a dash: "«...», — заявил X" (also inside it: "«..., — сказал X, — ...»"),
  or right after its comma: "«...», пояснил X";
- before it, with a colon: "X заявил: «...»", "По словам X, ...: «...»";
- governing it: "X сказал «...»"; "X назвал это «...»" only when the quote is a
  clause of four words or more;
- in the sentence before, when the quote stands as whole sentences ("Об этом
  написал X." or "X написал:" and then the quoted lines), or in the sentence
  after, pointing back ("«...». Об этом заявил X.");
- as the attribution of the quote just before it in a list ("скандировали: «...», «...»").

A quoted span must be said words, not a name (a title, a newspaper): four
words or more, a verb, or a closing "!" or "?"; fewer words count when ", —" and a
speech verb follow them ("«Это провокация», — написал X"). A line opened by a dash is
direct speech when a speech verb follows one of its dashes ("— ..., — сказал X.
— ..."), or when the sentence before ends with "X сказал:". A line opened by a
person's name and a colon ("Мустафа Джемилев: ...") is an interview answer.
"""

from __future__ import annotations

import bisect
import re

from letopis.gkg.marks import QuotedSpan
from letopis.gkg.view import SENTENCE_PUNCT, DocView, Found
from letopis.model import Token

_GOVERNED_RELS = ("obj", "xcomp", "ccomp", "obl", "iobj")
_ANAPHORS = ("этом", "так", "это", "эти", "такое")
_LIST_GLUE = (",", "и", "а", ";")
_NAMING_WINDOW = 5  # words from a naming verb to the quoted name: "назвал действия соседней страны «...»"


def direct_quotes(view: DocView) -> list[Found]:
    """Every direct quote of the document, attributed or not found at all."""
    out: list[Found] = []
    previous: tuple[QuotedSpan, Token] | None = None
    for span in view.spans:
        inner = view.tokens_between(*span.inner)
        if not inner:
            continue
        split = _split_inside(view, span, inner)
        if split:
            out.extend(split)
            continue
        token = _attribution(view, span, inner)
        if token is None and previous is not None and (
                _listed_after(view, previous[0], span) or _continued(view, previous[0], span)):
            token = previous[1]
        if token is None:
            previous = None
            continue
        previous = (span, token)
        out.extend(view.attributed(*span.inner, token, "direct", "marks"))
    out.extend(_dialogues(view))
    out.extend(_interviews(view))
    return out


def _attribution(view: DocView, span: QuotedSpan, inner: list[Token]) -> Token | None:
    utterance = view.utterance(span)
    if utterance:
        found = _after(view, span.end) or _before(view, span.start) or _previous(view, span) or _next(view, span)
        if found is not None:
            return found
    elif _comma_dash(view, span.end):
        # "«Это провокация», — написал X": a title never takes ", — said X", so the words are his
        # however few.
        found = _after(view, span.end)
        if found is not None:
            return found
    return _governing(view, inner, utterance) or _named_before(view, inner)


def _comma_dash(view: DocView, end: int) -> bool:
    """Whether a comma and a dash follow the quote's closing mark."""
    i = bisect.bisect_left(view.starts, end)
    return i + 1 < len(view.tokens) and view.tokens[i].text == "," and view.is_dash(view.tokens[i + 1])


def _after(view: DocView, end: int) -> Token | None:
    """"«...», — заявил X": the speech verb just after a dash that follows the quote."""
    i = bisect.bisect_left(view.starts, end)
    skipped = 0
    while i < len(view.tokens) and view.tokens[i].text in SENTENCE_PUNCT and skipped < 2:
        i, skipped = i + 1, skipped + 1
    if i >= len(view.tokens):
        return None
    if not view.is_dash(view.tokens[i]):
        comma = skipped and view.tokens[i - 1].text == "," and view.speech(view.tokens[i]) is not None
        return view.tokens[i] if comma else None  # "«...», пояснил X"
    return _verb_ahead(view, i + 1)


def _verb_ahead(view: DocView, i: int, limit: int = 6) -> Token | None:
    """The first speech verb among the ``limit`` tokens from ``i``, within one sentence."""
    if i >= len(view.tokens):
        return None
    sentence = view.tokens[i].sent
    for token in view.tokens[i : i + limit]:
        if token.sent != sentence or view.is_mark(token) or view.is_dash(token):
            return None
        if view.speech(token) is not None:
            return token
    return None


def _before(view: DocView, start: int) -> Token | None:
    """"X заявил: «...»": the speech verb or cue nearest before the colon that opens the quote."""
    colon = view.token_before(start)
    if colon is None or colon.text != ":":
        return None
    return _verb_before(view, colon)


def _verb_before(view: DocView, colon: Token) -> Token | None:
    sentence = view.doc.sentences[colon.sent]
    for token in reversed(view.tokens[sentence.token_start : colon.index]):
        if token.text in view.closers:
            return None
        if view.speech(token) is not None or view.cue(token) is not None or view.statement(token):
            return token
    return None


def _governing(view: DocView, inner: list[Token], utterance: bool) -> Token | None:
    """"X сказал «...»", "X назвал это «...»": the quote is the speech verb's complement."""
    inside = {t.index for t in inner}
    heads = [t for t in inner if t.head not in inside and any(ch.isalnum() for ch in t.text)]
    if not heads or heads[0].head < 0 or heads[0].rel not in _GOVERNED_RELS:
        return None
    governor = view.tokens[heads[0].head]
    verb = view.speech(governor)
    if verb is None or verb.clause_only and view.speakers.subject(governor) is None:
        return None  # "Союз называют «газовым клубом»": with no one naming, it is a name
    # The sentence attributes the words, however few: "назвало информацию «абсурдом»",
    # "выражают «глубокую обеспокоенность»" quote the speaker (a title would hang on another verb).
    return governor


def _named_before(view: DocView, inner: list[Token]) -> Token | None:
    """"назвав действия Азербайджана «неприемлемыми»" with the quote hung elsewhere by the parser:
    a naming verb a few words before quoted words in the instrumental, the case it names with."""
    first = next((t for t in inner if any(ch.isalnum() for ch in t.text)), None)
    if first is None or first.feats.get("Case") != "Ins" or inner[0].index < 2:
        return None
    sentence = view.doc.sentences[first.sent]
    mark = inner[0].index - 1  # the opening quotation mark
    for token in reversed(view.tokens[max(sentence.token_start, mark - _NAMING_WINDOW) : mark]):
        verb = view.speech(token)
        if verb is not None and verb.clause_only:
            # "назвав действия «...»" speaks; "ФСЭГ называют «газовой ОПЕК»", with no subject, names.
            return token if view.speakers.subject(token) is not None else None
        if token.pos in ("VERB", "AUX") or token.text in SENTENCE_PUNCT or view.is_mark(token):
            return None
    return None


def says_nothing(view: DocView, verb: Token, statement: Token | None = None) -> bool:
    """A speech verb with nothing said after it ("Об этом заявил X", "X написал в Twitter")."""
    if view.negated(verb):
        return False
    children = [c for c in view.children.get(verb.index, []) if c is not statement]
    if any(c.rel in ("ccomp", "parataxis", "obj", "xcomp") for c in children):
        return False
    return not any(t.lemma == "что" and t.pos == "SCONJ" for t in view.doc.sentence_tokens(view.doc.sentences[verb.sent]))


def _previous(view: DocView, span: QuotedSpan) -> Token | None:
    """A quote standing as whole sentences takes the speaker of the sentence before it."""
    first = _whole_sentences(view, span)
    if first is None or first.sent == 0:
        return None
    before = view.doc.sentences[first.sent - 1]
    tokens = view.doc.sentence_tokens(before)
    if not tokens:
        return None
    if tokens[-1].text == ":":
        return _verb_before(view, tokens[-1])
    if view.spans_starting(before.start, before.end):
        return None
    for token in tokens:
        if view.speech(token) is not None and says_nothing(view, token):
            return token
        head = view.tokens[token.head] if token.head >= 0 else None
        if view.statement(token) and head is not None and head.pos == "VERB" and says_nothing(view, head, token):
            return token  # "X сделал заявление." before the quoted lines
    return None


def _next(view: DocView, span: QuotedSpan) -> Token | None:
    """"«...». Об этом заявил X.": the speech verb of the next sentence, pointing back."""
    if _whole_sentences(view, span) is None:
        return None
    return pointing_back(view, view.tokens_between(span.start, span.end)[-1].sent)


def pointing_back(view: DocView, sentence: int) -> Token | None:
    """The speech verb of "Об этом заявил X." opening the sentence after ``sentence``, or ``None``."""
    if sentence + 1 >= len(view.doc.sentences):
        return None
    after = view.doc.sentence_tokens(view.doc.sentences[sentence + 1])
    if not any(t.text.lower() in _ANAPHORS for t in after[:3]):
        return None
    verb = next((t for t in after[:6] if view.speech(t) is not None), None)
    return verb if verb is not None and says_nothing(view, verb) else None


def _whole_sentences(view: DocView, span: QuotedSpan) -> Token | None:
    """The quote's first token when the quote (after a dash) fills its sentences."""
    tokens = view.tokens_between(span.start, span.end)
    if not tokens:
        return None
    sentence = view.doc.sentences[tokens[0].sent]
    if any(not view.is_dash(t) for t in view.tokens[sentence.token_start : tokens[0].index]):
        return None
    end = view.doc.sentences[tokens[-1].sent]
    if any(t.text not in SENTENCE_PUNCT for t in view.tokens[tokens[-1].index + 1 : end.token_end]):
        return None
    return tokens[0]


def _listed_after(view: DocView, previous: QuotedSpan, span: QuotedSpan) -> bool:
    """"«Свободу!», «Позор власти!»": a quote listed right after an attributed one."""
    between = view.tokens_between(previous.end, span.start)
    return span.start - previous.end < 12 and all(t.text.lower() in _LIST_GLUE for t in between)


def _continued(view: DocView, previous: QuotedSpan, span: QuotedSpan) -> bool:
    """"«...», — сказал X. — «...»": a quote after a dash goes on with the speaker of the paragraph."""
    if "\n" in view.text[previous.end : span.start]:
        return False
    dash = view.token_before(span.start)
    if dash is None or not view.is_dash(dash) or dash.index == 0:
        return False
    before = view.tokens[dash.index - 1]
    return before.sent != dash.sent or before.text in (".", "!", "?", "…")


def _split_inside(view: DocView, span: QuotedSpan, inner: list[Token]) -> list[Found]:
    """"«Мы договорились, — сказал X, — продолжить консультации»": two pieces, one speaker."""
    for k, token in enumerate(inner[1:-1], 1):
        if not view.is_dash(token) or inner[k - 1].text not in SENTENCE_PUNCT:
            continue
        verb = _verb_ahead(view, token.index + 1, limit=4)
        if verb is None:
            continue
        resume = next((t for t in inner[k + 1 :] if view.is_dash(t) and view.tokens[t.index - 1].text in SENTENCE_PUNCT),
                      None)
        out = view.attributed(span.inner[0], token.start, verb, "direct", "marks")
        if resume is not None:
            out.extend(view.attributed(resume.end, span.inner[1], verb, "direct", "marks"))
        return out
    return []


def _lines(text: str) -> list[tuple[int, str]]:
    out, offset = [], 0
    for line in text.split("\n"):
        out.append((offset, line.rstrip()))
        offset += len(line) + 1
    return out


def _dialogues(view: DocView) -> list[Found]:
    """Lines opened by a dash: "— Мы готовы, — сказал X. — Все условия выполнены"."""
    dashes = "".join(re.escape(d) for d in sorted(view.lexicon.dashes))
    opening_re = re.compile(rf"^[ \t]*[{dashes}][ \t]+")
    break_re = re.compile(rf"(?<=[,.!?…])[ \t]+[{dashes}][ \t]+")
    out: list[Found] = []
    for start, line in _lines(view.text):
        opening = opening_re.match(line)
        if opening is None:
            continue
        pieces, cursor = [], start + opening.end()
        for br in break_re.finditer(line, opening.end()):
            pieces.append((cursor, start + br.start()))
            cursor = start + br.end()
        pieces.append((cursor, start + len(line)))
        verb = None
        for a, b in pieces[1::2]:
            verb = next((t for t in view.tokens_between(a, b) if view.speech(t) is not None), None)
            if verb is not None:
                break
        if verb is None and len(pieces) == 1:
            first = view.tokens_between(*pieces[0])
            verb = _previous_colon(view, first[0]) if first else None
        if verb is not None:
            for a, b in pieces[0::2]:
                out.extend(view.attributed(a, b, verb, "direct", "dialogue"))
    return out


def _previous_colon(view: DocView, first: Token) -> Token | None:
    """"X сказал:" ending the sentence before a dialogue line."""
    sentence = view.doc.sentences[first.sent]
    if first.sent == 0 or first.index - sentence.token_start > 1:
        return None
    tokens = view.doc.sentence_tokens(view.doc.sentences[first.sent - 1])
    return _verb_before(view, tokens[-1]) if tokens and tokens[-1].text == ":" else None


def _interviews(view: DocView) -> list[Found]:
    """"Мустафа Джемилев: Да, всё верно. ...": a line opened by a person's name and a colon."""
    out: list[Found] = []
    persons = {e.start: e for e in view.doc.entities if e.type == "PER"}
    for start, line in _lines(view.text):
        stripped = len(line) - len(line.lstrip())
        person = persons.get(start + stripped)
        if person is None or not view.text[person.end : start + len(line)].lstrip(" \t").startswith(":"):
            continue
        colon = view.text.index(":", person.end)
        if colon - person.end > 2:
            continue
        head = view.tokens_between(person.start, person.end)
        speaker = view.speakers.of_phrase(head[-1]) if head else None
        body_start, body_end = colon + 1, start + len(line)
        span = view.span_at(*_stripped(view.text, body_start, body_end))
        if span is not None:
            body_start, body_end = span.inner
        out.extend(view.found(body_start, body_end, [speaker] if speaker else [], None, "direct", "interview"))
    return out


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in " \t.":
        end -= 1
    return start, end
