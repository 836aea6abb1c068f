"""The quotes stage on hand-built parses (no model), and once on the real pipeline (slow).

Rows are ``(word, lemma, pos, feats, head, rel)`` with 1-based heads, as in
``tests/factories.make_doc``; the actors are fictional states (Арнория ARN,
Гондория GON) so that the tests do not depend on the shipped actor lexicon.
"""

from __future__ import annotations

import shutil

import pytest

from letopis.actors.lexicon import data_dir
from letopis.cli.main import main
from letopis.errors import DataError
from letopis.gkg.marks import quoted_spans
from letopis.gkg.quotes import find_quotes
from letopis.gkg.speech import SpeechLexicon
from letopis.model import ActorMention, Article, Doc, Entity
from letopis.pipeline import registry
from letopis.settings import DEFAULT_PIPELINE
from tests.factories import make_doc


def w(word, lemma, pos, head, rel, feats="_"):
    return (word, lemma, pos, feats, head, rel)


@pytest.fixture(scope="module")
def lexicon():
    return SpeechLexicon.load()


def mention(doc, first, last, code, kind="person", kb_id=None):
    start, end = doc.tokens[first].start, doc.tokens[last].end
    found = ActorMention(code, doc.text[start:end], start, end, kind, "test", kb_id, last)
    doc.actors.append(found)
    return found


def person(doc, first, last, normal, actor=None):
    start, end = doc.tokens[first].start, doc.tokens[last].end
    doc.entities.append(Entity("PER", start, end, doc.text[start:end], normal, actor))


def lines(doc):
    """Sentences on lines of their own (make_doc joins them with a space)."""
    starts = {s.start - 1 for s in doc.sentences[1:]}
    doc.article.text = "".join("\n" if i in starts else ch for i, ch in enumerate(doc.text))
    return doc


def summary(doc, lexicon):
    quotes = find_quotes(doc, lexicon)
    for quote in quotes:
        assert doc.text[quote.start : quote.end] == quote.text
        if quote.speaker is not None:
            assert doc.text[quote.speaker.start : quote.speaker.end] == quote.speaker.text
    return [(q.kind, q.verb, q.speaker.code if q.speaker else None, q.text) for q in quotes]


def test_quote_before_a_dash_and_a_speech_verb(lexicon):
    # «Мы не отступим ни на шаг», — заявил министр Арнории.
    doc = make_doc([[w("«", "«", "PUNCT", 4, "punct"), w("Мы", "мы", "PRON", 4, "nsubj"),
                     w("не", "не", "PART", 4, "advmod"), w("отступим", "отступить", "VERB", 0, "root"),
                     w("ни", "ни", "PART", 7, "advmod"), w("на", "на", "ADP", 7, "case"),
                     w("шаг", "шаг", "NOUN", 4, "obl"), w("»", "»", "PUNCT", 4, "punct"),
                     w(",", ",", "PUNCT", 11, "punct"), w("—", "—", "PUNCT", 11, "punct"),
                     w("заявил", "заявить", "VERB", 4, "parataxis"), w("министр", "министр", "NOUN", 11, "nsubj"),
                     w("Арнории", "арнория", "PROPN", 12, "nmod"), w(".", ".", "PUNCT", 4, "punct")]])
    mention(doc, 11, 12, "ARNGOV")
    (quote,) = find_quotes(doc, lexicon)
    assert (quote.kind, quote.verb, quote.text) == ("direct", "заявить", "Мы не отступим ни на шаг")
    assert doc.text[quote.start : quote.end] == quote.text
    assert quote.speaker is not None
    assert (quote.speaker.code, quote.speaker.name, quote.speaker.text) == ("ARNGOV", "министр Арнории", "министр Арнории")
    assert quote.to_json()["speaker"]["start"] == doc.tokens[11].start


def test_quote_after_a_speech_verb_and_a_colon(lexicon):
    # Министр Арнории заявил: «Мы готовы к переговорам».
    doc = make_doc([[w("Министр", "министр", "NOUN", 3, "nsubj"), w("Арнории", "арнория", "PROPN", 1, "nmod"),
                     w("заявил", "заявить", "VERB", 0, "root"), w(":", ":", "PUNCT", 7, "punct"),
                     w("«", "«", "PUNCT", 7, "punct"), w("Мы", "мы", "PRON", 7, "nsubj"),
                     w("готовы", "готовый", "ADJ", 3, "parataxis"), w("к", "к", "ADP", 9, "case"),
                     w("переговорам", "переговоры", "NOUN", 7, "obl"), w("»", "»", "PUNCT", 7, "punct"),
                     w(".", ".", "PUNCT", 3, "punct")]])
    mention(doc, 0, 1, "ARNGOV")
    assert summary(doc, lexicon) == [("direct", "заявить", "ARNGOV", "Мы готовы к переговорам")]


def _named(words):
    # Министр назвал решение «...».
    rows = [w("Министр", "министр", "NOUN", 2, "nsubj"), w("назвал", "назвать", "VERB", 0, "root"),
            w("решение", "решение", "NOUN", 2, "obj"), w("«", "«", "PUNCT", 5, "punct")]
    rows += [w(word, lemma, pos, 2 if i == 0 else 5, "xcomp" if i == 0 else rel) for i, (word, lemma, pos, rel)
             in enumerate(words)]
    rows += [w("»", "»", "PUNCT", 5, "punct"), w(".", ".", "PUNCT", 2, "punct")]
    doc = make_doc([rows])
    mention(doc, 0, 0, "ARNGOV")
    return doc


def test_a_named_quote_counts_however_short(lexicon):
    # "назвало информацию «абсурдом»": the sentence attributes the word to the speaker.
    short = _named([("ошибкой", "ошибка", "NOUN", "xcomp")])
    assert summary(short, lexicon) == [("direct", "назвать", "ARNGOV", "ошибкой")]
    clause = _named([("ошибкой", "ошибка", "NOUN", "xcomp"), ("наших", "наш", "DET", "det"),
                     ("южных", "южный", "ADJ", "amod"), ("соседей", "сосед", "NOUN", "nmod")])
    assert summary(clause, lexicon) == [("direct", "назвать", "ARNGOV", "ошибкой наших южных соседей")]


def test_quoted_names_are_no_quotes_and_an_uncoded_subject_still_speaks(lexicon):
    # Газета «Вести» сообщила, что переговоры сорваны.
    doc = make_doc([[w("Газета", "газета", "NOUN", 5, "nsubj", "Case=Nom"), w("«", "«", "PUNCT", 3, "punct"),
                     w("Вести", "вести", "PROPN", 1, "appos"), w("»", "»", "PUNCT", 3, "punct"),
                     w("сообщила", "сообщить", "VERB", 0, "root"), w(",", ",", "PUNCT", 9, "punct"),
                     w("что", "что", "SCONJ", 9, "mark"), w("переговоры", "переговоры", "NOUN", 9, "nsubj"),
                     w("сорваны", "сорвать", "VERB", 5, "ccomp"), w(".", ".", "PUNCT", 5, "punct")]])
    (quote,) = find_quotes(doc, lexicon)
    assert (quote.kind, quote.verb, quote.text) == ("indirect", "сообщить", "переговоры сорваны")
    assert quote.speaker is not None
    assert (quote.speaker.code, quote.speaker.text) == (None, "Газета « Вести »")


def test_a_quote_running_over_sentences(lexicon):
    # «Армия готова. Решение принято», — заявил министр Арнории.
    doc = make_doc([[w("«", "«", "PUNCT", 3, "punct"), w("Армия", "армия", "NOUN", 3, "nsubj"),
                     w("готова", "готовый", "ADJ", 0, "root"), w(".", ".", "PUNCT", 3, "punct")],
                    [w("Решение", "решение", "NOUN", 2, "nsubj:pass"), w("принято", "принять", "VERB", 0, "root"),
                     w("»", "»", "PUNCT", 2, "punct"), w(",", ",", "PUNCT", 6, "punct"), w("—", "—", "PUNCT", 6, "punct"),
                     w("заявил", "заявить", "VERB", 2, "parataxis"), w("министр", "министр", "NOUN", 6, "nsubj"),
                     w("Арнории", "арнория", "PROPN", 7, "nmod"), w(".", ".", "PUNCT", 2, "punct")]])
    mention(doc, 10, 11, "ARNGOV")
    assert summary(doc, lexicon) == [("direct", "заявить", "ARNGOV", "Армия готова . Решение принято")]


def test_quoted_lines_take_the_speaker_of_the_sentence_before(lexicon):
    # Об этом написал министр Арнории. «Мы не признаем эти выборы».
    doc = make_doc([[w("Об", "о", "ADP", 2, "case"), w("этом", "это", "PRON", 3, "obl"),
                     w("написал", "написать", "VERB", 0, "root"), w("министр", "министр", "NOUN", 3, "nsubj"),
                     w("Арнории", "арнория", "PROPN", 4, "nmod"), w(".", ".", "PUNCT", 3, "punct")],
                    [w("«", "«", "PUNCT", 4, "punct"), w("Мы", "мы", "PRON", 4, "nsubj"), w("не", "не", "PART", 4, "advmod"),
                     w("признаем", "признать", "VERB", 0, "root"), w("эти", "этот", "DET", 6, "det"),
                     w("выборы", "выборы", "NOUN", 4, "obj"), w("»", "»", "PUNCT", 4, "punct"), w(".", ".", "PUNCT", 4, "punct")]])
    mention(doc, 3, 4, "ARNGOV")
    assert summary(lines(doc), lexicon) == [("direct", "написать", "ARNGOV", "Мы не признаем эти выборы")]


def _pronoun_doc():
    # Министр Арнории Иван Горин прибыл в Гондорию. Он заявил, что переговоры продолжатся.
    doc = make_doc([[w("Министр", "министр", "NOUN", 5, "nsubj"), w("Арнории", "арнория", "PROPN", 1, "nmod"),
                     w("Иван", "иван", "PROPN", 1, "appos"), w("Горин", "горин", "PROPN", 3, "flat:name"),
                     w("прибыл", "прибыть", "VERB", 0, "root"), w("в", "в", "ADP", 7, "case"),
                     w("Гондорию", "гондория", "PROPN", 5, "obl"), w(".", ".", "PUNCT", 5, "punct")],
                    [w("Он", "он", "PRON", 2, "nsubj"), w("заявил", "заявить", "VERB", 0, "root"),
                     w(",", ",", "PUNCT", 6, "punct"), w("что", "что", "SCONJ", 6, "mark"),
                     w("переговоры", "переговоры", "NOUN", 6, "nsubj"), w("продолжатся", "продолжиться", "VERB", 2, "ccomp"),
                     w(".", ".", "PUNCT", 2, "punct")]])
    person(doc, 2, 3, "Иван Горин", "ARNGOV")
    mention(doc, 0, 3, "ARNGOV", kb_id="gorin_ivan")
    mention(doc, 6, 6, "GON", kind="country")
    mention(doc, 8, 8, "ARNGOV", kind="coref", kb_id="gorin_ivan")
    return doc


def test_a_pronoun_speaks_for_the_person_it_stands_for(lexicon):
    (quote,) = find_quotes(_pronoun_doc(), lexicon)
    assert (quote.kind, quote.verb, quote.text) == ("indirect", "заявить", "переговоры продолжатся")
    assert quote.speaker is not None
    assert (quote.speaker.code, quote.speaker.name, quote.speaker.text) == ("ARNGOV", "Иван Горин", "Он")


def test_a_reported_clause_ends_where_the_speaker_goes_on(lexicon):
    # Горин заявил, что граница закрыта, и добавил, что решение временное.
    doc = make_doc([[w("Горин", "горин", "PROPN", 2, "nsubj"), w("заявил", "заявить", "VERB", 0, "root"),
                     w(",", ",", "PUNCT", 6, "punct"), w("что", "что", "SCONJ", 6, "mark"),
                     w("граница", "граница", "NOUN", 6, "nsubj"), w("закрыта", "закрытый", "ADJ", 2, "ccomp"),
                     w(",", ",", "PUNCT", 9, "punct"), w("и", "и", "CCONJ", 9, "cc"),
                     w("добавил", "добавить", "VERB", 2, "conj"), w(",", ",", "PUNCT", 13, "punct"),
                     w("что", "что", "SCONJ", 13, "mark"), w("решение", "решение", "NOUN", 13, "nsubj"),
                     w("временное", "временный", "ADJ", 9, "ccomp"), w(".", ".", "PUNCT", 2, "punct")]])
    mention(doc, 0, 0, "ARNGOV")
    assert summary(doc, lexicon) == [("indirect", "заявить", "ARNGOV", "граница закрыта"),
                                     ("indirect", "добавить", "ARNGOV", "решение временное")]


def test_a_second_speaker_after_a_ends_the_first_clause(lexicon):
    # Арнория считает, что долг вырос, а Гондория уверена, что долг выплачен.
    doc = make_doc([[w("Арнория", "арнория", "PROPN", 2, "nsubj"), w("считает", "считать", "VERB", 0, "root"),
                     w(",", ",", "PUNCT", 6, "punct"), w("что", "что", "SCONJ", 6, "mark"),
                     w("долг", "долг", "NOUN", 6, "nsubj"), w("вырос", "вырасти", "VERB", 2, "ccomp"),
                     w(",", ",", "PUNCT", 10, "punct"), w("а", "а", "CCONJ", 10, "cc"),
                     w("Гондория", "гондория", "PROPN", 10, "nsubj"), w("уверена", "уверенный", "ADJ", 2, "conj"),
                     w(",", ",", "PUNCT", 14, "punct"), w("что", "что", "SCONJ", 14, "mark"),
                     w("долг", "долг", "NOUN", 14, "nsubj"), w("выплачен", "выплатить", "VERB", 10, "ccomp"),
                     w(".", ".", "PUNCT", 2, "punct")]])
    mention(doc, 0, 0, "ARN", kind="country")
    mention(doc, 8, 8, "GON", kind="country")
    assert summary(doc, lexicon) == [("indirect", "считать", "ARN", "долг вырос"),
                                     ("indirect", "уверенный", "GON", "долг выплачен")]


def test_coordinated_subjects_speak_each(lexicon):
    # Арнория и Гондория заявили, что договорились.
    doc = make_doc([[w("Арнория", "арнория", "PROPN", 4, "nsubj"), w("и", "и", "CCONJ", 3, "cc"),
                     w("Гондория", "гондория", "PROPN", 1, "conj"), w("заявили", "заявить", "VERB", 0, "root"),
                     w(",", ",", "PUNCT", 7, "punct"), w("что", "что", "SCONJ", 7, "mark"),
                     w("договорились", "договориться", "VERB", 4, "ccomp"), w(".", ".", "PUNCT", 4, "punct")]])
    mention(doc, 0, 0, "ARN", kind="country")
    mention(doc, 2, 2, "GON", kind="country")
    assert summary(doc, lexicon) == [("indirect", "заявить", "ARN", "договорились"),
                                     ("indirect", "заявить", "GON", "договорились")]


def test_po_slovam_gives_the_rest_of_the_sentence(lexicon):
    # По словам министра Арнории, переговоры продолжатся.
    doc = make_doc([[w("По", "по", "ADP", 2, "case"), w("словам", "слово", "NOUN", 7, "parataxis"),
                     w("министра", "министр", "NOUN", 2, "nmod"), w("Арнории", "арнория", "PROPN", 3, "nmod"),
                     w(",", ",", "PUNCT", 2, "punct"), w("переговоры", "переговоры", "NOUN", 7, "nsubj"),
                     w("продолжатся", "продолжиться", "VERB", 0, "root"), w(".", ".", "PUNCT", 7, "punct")]])
    mention(doc, 2, 3, "ARNGOV")
    assert summary(doc, lexicon) == [("indirect", "по словам", "ARNGOV", "переговоры продолжатся")]


def test_po_ego_slovam_before_a_quote_is_direct_speech_of_the_last_person(lexicon):
    doc = _pronoun_doc()
    # ... По его словам, «сотрудничество будет расширяться».
    extra = make_doc([[w("По", "по", "ADP", 3, "case"), w("его", "он", "DET", 3, "det"),
                       w("словам", "слово", "NOUN", 8, "parataxis"), w(",", ",", "PUNCT", 3, "punct"),
                       w("«", "«", "PUNCT", 8, "punct"), w("сотрудничество", "сотрудничество", "NOUN", 8, "nsubj"),
                       w("будет", "быть", "AUX", 8, "aux"), w("расширяться", "расширяться", "VERB", 0, "root"),
                       w("»", "»", "PUNCT", 8, "punct"), w(".", ".", "PUNCT", 8, "punct")]])
    combined = make_doc([[(t.text, t.lemma, t.pos, "_", 0 if t.head < 0 else t.head - s.token_start + 1, t.rel)
                          for t in d.sentence_tokens(s)] for d in (doc, extra) for s in d.sentences])
    combined.actors, combined.entities = doc.actors, doc.entities
    quotes = summary(combined, lexicon)
    assert ("direct", "по словам", "ARNGOV", "сотрудничество будет расширяться") in quotes


def test_kak_otmetil_sets_the_speaker_aside(lexicon):
    # Как отметил министр, кризис закончился.
    doc = make_doc([[w("Как", "как", "SCONJ", 2, "mark"), w("отметил", "отметить", "VERB", 6, "parataxis"),
                     w("министр", "министр", "NOUN", 2, "nsubj"), w(",", ",", "PUNCT", 2, "punct"),
                     w("кризис", "кризис", "NOUN", 6, "nsubj"), w("закончился", "закончиться", "VERB", 0, "root"),
                     w(".", ".", "PUNCT", 6, "punct")]])
    mention(doc, 2, 2, "ARNGOV")
    assert summary(doc, lexicon) == [("indirect", "отметить", "ARNGOV", "кризис закончился")]


def test_a_person_without_a_code_speaks_with_code_null(lexicon):
    # Иван Петров заявил, что слышал взрывы.
    doc = make_doc([[w("Иван", "иван", "PROPN", 3, "nsubj"), w("Петров", "петров", "PROPN", 1, "flat:name"),
                     w("заявил", "заявить", "VERB", 0, "root"), w(",", ",", "PUNCT", 6, "punct"),
                     w("что", "что", "SCONJ", 6, "mark"), w("слышал", "слышать", "VERB", 3, "ccomp"),
                     w("взрывы", "взрыв", "NOUN", 6, "obj"), w(".", ".", "PUNCT", 3, "punct")]])
    person(doc, 0, 1, "Иван Петров")
    (quote,) = find_quotes(doc, lexicon)
    assert quote.speaker is not None
    assert (quote.speaker.code, quote.speaker.name, quote.speaker.text) == (None, "Иван Петров", "Иван Петров")
    assert quote.to_json()["speaker"]["code"] is None


def test_dialogue_lines_opened_by_a_dash(lexicon):
    # — Переговоры были трудными, — сказал посол Арнории.
    doc = make_doc([[w("—", "—", "PUNCT", 4, "punct"), w("Переговоры", "переговоры", "NOUN", 4, "nsubj"),
                     w("были", "быть", "AUX", 4, "cop"), w("трудными", "трудный", "ADJ", 0, "root"),
                     w(",", ",", "PUNCT", 7, "punct"), w("—", "—", "PUNCT", 7, "punct"),
                     w("сказал", "сказать", "VERB", 4, "parataxis"), w("посол", "посол", "NOUN", 7, "nsubj"),
                     w("Арнории", "арнория", "PROPN", 8, "nmod"), w(".", ".", "PUNCT", 4, "punct")]])
    mention(doc, 7, 8, "ARNGOV")
    assert summary(doc, lexicon) == [("direct", "сказать", "ARNGOV", "Переговоры были трудными")]


def test_a_statement_speaks_for_whoever_made_it(lexicon):
    # Арнория и Гондория сделали заявление. В заявлении говорится, что война окончена.
    doc = make_doc([[w("Арнория", "арнория", "PROPN", 4, "nsubj"), w("и", "и", "CCONJ", 3, "cc"),
                     w("Гондория", "гондория", "PROPN", 1, "conj"), w("сделали", "сделать", "VERB", 0, "root"),
                     w("заявление", "заявление", "NOUN", 4, "obj"), w(".", ".", "PUNCT", 4, "punct")],
                    [w("В", "в", "ADP", 2, "case"), w("заявлении", "заявление", "NOUN", 3, "obl"),
                     w("говорится", "говориться", "VERB", 0, "root"), w(",", ",", "PUNCT", 7, "punct"),
                     w("что", "что", "SCONJ", 7, "mark"), w("война", "война", "NOUN", 7, "nsubj"),
                     w("окончена", "окончить", "VERB", 3, "ccomp"), w(".", ".", "PUNCT", 3, "punct")]])
    mention(doc, 0, 0, "ARN", kind="country")
    mention(doc, 2, 2, "GON", kind="country")
    assert summary(doc, lexicon) == [("indirect", "говориться", "ARN", "война окончена"),
                                     ("indirect", "говориться", "GON", "война окончена")]


def test_the_object_of_a_citing_verb_speaks(lexicon):
    # Агентство цитирует министра Арнории: «Мы закроем границу».
    doc = make_doc([[w("Агентство", "агентство", "NOUN", 2, "nsubj"), w("цитирует", "цитировать", "VERB", 0, "root"),
                     w("министра", "министр", "NOUN", 2, "obj"), w("Арнории", "арнория", "PROPN", 3, "nmod"),
                     w(":", ":", "PUNCT", 8, "punct"), w("«", "«", "PUNCT", 8, "punct"), w("Мы", "мы", "PRON", 8, "nsubj"),
                     w("закроем", "закрыть", "VERB", 2, "parataxis"), w("границу", "граница", "NOUN", 8, "obj"),
                     w("»", "»", "PUNCT", 8, "punct"), w(".", ".", "PUNCT", 2, "punct")]])
    mention(doc, 2, 3, "ARNGOV")
    assert summary(doc, lexicon) == [("direct", "цитировать", "ARNGOV", "Мы закроем границу")]


def test_an_interview_line_is_the_answer_of_the_person_it_names(lexicon):
    # Иван Горин: Мы готовы к диалогу.
    doc = make_doc([[w("Иван", "иван", "PROPN", 0, "root"), w("Горин", "горин", "PROPN", 1, "flat:name"),
                     w(":", ":", "PUNCT", 5, "punct"), w("Мы", "мы", "PRON", 5, "nsubj"),
                     w("готовы", "готовый", "ADJ", 1, "parataxis"), w("к", "к", "ADP", 7, "case"),
                     w("диалогу", "диалог", "NOUN", 5, "obl"), w(".", ".", "PUNCT", 1, "punct")]])
    person(doc, 0, 1, "Иван Горин", "ARNGOV")
    mention(doc, 0, 1, "ARNGOV")
    assert summary(doc, lexicon) == [("direct", None, "ARNGOV", "Мы готовы к диалогу")]


def test_negated_and_authorial_speech_report_nothing(lexicon):
    # Министр не сообщил, что переговоры сорваны. Напомним, что переговоры сорваны.
    doc = make_doc([[w("Министр", "министр", "NOUN", 3, "nsubj"), w("не", "не", "PART", 3, "advmod"),
                     w("сообщил", "сообщить", "VERB", 0, "root"), w(",", ",", "PUNCT", 7, "punct"),
                     w("что", "что", "SCONJ", 7, "mark"), w("переговоры", "переговоры", "NOUN", 7, "nsubj"),
                     w("сорваны", "сорвать", "VERB", 3, "ccomp"), w(".", ".", "PUNCT", 3, "punct")],
                    [w("Напомним", "напомнить", "VERB", 0, "root", "Person=1|VerbForm=Fin"),
                     w(",", ",", "PUNCT", 5, "punct"), w("что", "что", "SCONJ", 5, "mark"),
                     w("переговоры", "переговоры", "NOUN", 5, "nsubj"), w("сорваны", "сорвать", "VERB", 1, "ccomp"),
                     w(".", ".", "PUNCT", 1, "punct")]])
    mention(doc, 0, 0, "ARNGOV")
    assert summary(doc, lexicon) == []


def test_quoted_spans_nest_and_run_over_paragraphs():
    marks = {"«": "»", "„": "“", '"': '"'}
    text = "Он сказал: «Газета „Труд“ права».\n«Первый абзац.\n«Второй абзац».\nОборванная «цитата\nДалее."
    spans = [text[s.start : s.end] for s in quoted_spans(text, marks)]
    assert spans == ["«Газета „Труд“ права»", "«Первый абзац.\n«Второй абзац»"]
    straight = 'Он "ушел" домой'
    assert [straight[s.start : s.end] for s in quoted_spans(straight, marks)] == ['"ушел"']


def test_the_speech_lexicon_loads_and_data_check_reports_it(lexicon, capsys):
    assert lexicon.verb("заявить", "VERB") is not None and lexicon.verb("заявить", "VERB").about
    assert lexicon.verb("уверенный", "ADJ") is not None and lexicon.verb("считать", "ADJ") is None
    assert lexicon.verb("назвать", "VERB").clause_only
    assert lexicon.cues["словам"] == "по словам" and lexicon.marks["«"] == "»" and "—" in lexicon.dashes
    assert main(["data", "check"]) == 0
    assert "speech words:" in capsys.readouterr().out


@pytest.mark.parametrize("row, problem", [
    ("заявить\tverb\t\t", "duplicate entry"),
    ("говорить громко\tverb\t\t", "not one lower-case Russian word"),
    ("шептать\tглагол\t\t", "class 'глагол'"),
    ("шептать\tverb\tNOUN\t", "pos 'NOUN'"),
    ("шептать\tverb\t\tда", "about 'да'"),
    ("по словам министра\tcue\t\t", "is not 'по' and one"),
    ("«\tmarks\t\t", "are not an opening and a closing"),
    ("шептать\tverb\t", "3 fields, expected 4"),
])
def test_malformed_speech_rows_are_reported(tmp_path, capsys, row, problem):
    root = tmp_path / "data"
    shutil.copytree(data_dir(), root)
    path = root / "gkg" / "speech.tsv"
    path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + "\n" + row + "\n", encoding="utf-8")
    with pytest.raises(DataError, match=problem):
        SpeechLexicon.load(root)
    assert main(["data", "check", "--root", str(root)]) == 1
    assert "speech.tsv" in capsys.readouterr().out


def test_the_stage_is_registered_before_the_events_that_read_it():
    stage = registry()["gkg.quotes"]
    assert stage.assigns == frozenset({"quotes"})
    assert {"actors", "syntax"} <= stage.requires
    # The event coder reads the quotes layer ("мы" in a quote is its speaker): quotes come first.
    assert DEFAULT_PIPELINE.index("gkg.quotes") < DEFAULT_PIPELINE.index("events.cameo")


SENTENCES = """Министр обороны Эстонии Ханно Певкур провел встречу с журналистами в Таллине.
«Наша армия готова к любым сценариям. Мы увеличим расходы на оборону», — сказал Певкур.
Он также сообщил, что правительство закупит новые системы ПВО.
По словам министра, «сотрудничество с союзниками будет только расширяться».
Газета «Вести» сообщила, что сделка сорвалась."""


@pytest.mark.slow
def test_the_real_pipeline_finds_quotes_and_speakers(pipeline):
    doc = pipeline.process(Article(id="quotes", text=SENTENCES))
    found = {(q.kind, q.text): q for q in doc.quotes}
    for quote in doc.quotes:
        assert doc.text[quote.start : quote.end] == quote.text
    direct = found[("direct", "Наша армия готова к любым сценариям. Мы увеличим расходы на оборону")]
    assert direct.verb == "сказать" and direct.speaker is not None and direct.speaker.code == "ESTGOV"
    reported = found[("indirect", "правительство закупит новые системы ПВО")]
    assert reported.speaker is not None and reported.speaker.code == "ESTGOV" and reported.speaker.text == "Он"
    assert found[("direct", "сотрудничество с союзниками будет только расширяться")].verb == "по словам"
    assert ("indirect", "сделка сорвалась") in found
    assert not any(q.text == "Вести" for q in doc.quotes)
    assert isinstance(doc, Doc) and "quotes" in doc.layers
