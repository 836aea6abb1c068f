"""The quotes stage on hand-built parses (no model), and once on the real pipeline (slow).

Rows are ``(word, lemma, pos, feats, head, rel)`` with 1-based heads, as in
``tests/factories.make_doc``; the actors are fictional states (Арнория ARN,
Гондория GON) so that the tests do not depend on the shipped actor lexicon.
"""

from __future__ import annotations

import pytest

from letopis.actors.entries import compile_dictionary
from letopis.actors.lexicon import ActorLexicon, Country, Office, Organisation, Person, Role
from letopis.actors.matcher import Paradigms
from letopis.actors.resolve import resolve_actors
from letopis.cli.main import main
from letopis.errors import DataError
from letopis.gkg.marks import quoted_spans
from letopis.gkg.quotes import find_quotes
from letopis.gkg.speech import SpeechLexicon
from letopis.model import ActorMention, Article, Doc, Entity
from letopis.pipeline import registry
from letopis.settings import DEFAULT_PIPELINE
from tests.factories import add_ner, conll, data_with_row, make_doc


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
    doc = conll("""
        «        «         PUNCT  4 punct
        Мы       мы        PRON   4 nsubj
        не       не        PART   4 advmod
        отступим отступить VERB   0 root
        ни       ни        PART   7 advmod
        на       на        ADP    7 case
        шаг      шаг       NOUN   4 obl
        »        »         PUNCT  4 punct
        ,        ,         PUNCT 11 punct
        —        —         PUNCT 11 punct
        заявил   заявить   VERB   4 parataxis
        министр  министр   NOUN  11 nsubj
        Арнории  арнория   PROPN 12 nmod
        .        .         PUNCT  4 punct
    """)
    mention(doc, 11, 12, "ARNGOV")
    (quote,) = find_quotes(doc, lexicon)
    assert (quote.kind, quote.verb, quote.text) == ("direct", "заявить", "Мы не отступим ни на шаг")
    assert doc.text[quote.start : quote.end] == quote.text
    assert quote.speaker is not None
    assert (quote.speaker.code, quote.speaker.name, quote.speaker.text) == ("ARNGOV", "министр Арнории", "министр Арнории")
    assert quote.to_json()["speaker"]["start"] == doc.tokens[11].start


def test_quote_after_a_speech_verb_and_a_colon(lexicon):
    # Министр Арнории заявил: «Мы готовы к переговорам».
    doc = conll("""
        Министр     министр    NOUN  3 nsubj
        Арнории     арнория    PROPN 1 nmod
        заявил      заявить    VERB  0 root
        :           :          PUNCT 7 punct
        «           «          PUNCT 7 punct
        Мы          мы         PRON  7 nsubj
        готовы      готовый    ADJ   3 parataxis
        к           к          ADP   9 case
        переговорам переговоры NOUN  7 obl
        »           »          PUNCT 7 punct
        .           .          PUNCT 3 punct
    """)
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
    doc = conll("""
        Газета     газета     NOUN  5 nsubj Case=Nom
        «          «          PUNCT 3 punct
        Вести      вести      PROPN 1 appos
        »          »          PUNCT 3 punct
        сообщила   сообщить   VERB  0 root
        ,          ,          PUNCT 9 punct
        что        что        SCONJ 9 mark
        переговоры переговоры NOUN  9 nsubj
        сорваны    сорвать    VERB  5 ccomp
        .          .          PUNCT 5 punct
    """)
    (quote,) = find_quotes(doc, lexicon)
    assert (quote.kind, quote.verb, quote.text) == ("indirect", "сообщить", "переговоры сорваны")
    assert quote.speaker is not None
    assert (quote.speaker.code, quote.speaker.text) == (None, "Газета « Вести »")


def test_a_quote_running_over_sentences(lexicon):
    # «Армия готова. Решение принято», — заявил министр Арнории.
    doc = conll("""
        «       «       PUNCT 3 punct
        Армия   армия   NOUN  3 nsubj
        готова  готовый ADJ   0 root
        .       .       PUNCT 3 punct

        Решение решение NOUN  2 nsubj:pass
        принято принять VERB  0 root
        »       »       PUNCT 2 punct
        ,       ,       PUNCT 6 punct
        —       —       PUNCT 6 punct
        заявил  заявить VERB  2 parataxis
        министр министр NOUN  6 nsubj
        Арнории арнория PROPN 7 nmod
        .       .       PUNCT 2 punct
    """)
    mention(doc, 10, 11, "ARNGOV")
    assert summary(doc, lexicon) == [("direct", "заявить", "ARNGOV", "Армия готова . Решение принято")]


def test_quoted_lines_take_the_speaker_of_the_sentence_before(lexicon):
    # Об этом написал министр Арнории. «Мы не признаем эти выборы».
    doc = conll("""
        Об       о        ADP   2 case
        этом     это      PRON  3 obl
        написал  написать VERB  0 root
        министр  министр  NOUN  3 nsubj
        Арнории  арнория  PROPN 4 nmod
        .        .        PUNCT 3 punct

        «        «        PUNCT 4 punct
        Мы       мы       PRON  4 nsubj
        не       не       PART  4 advmod
        признаем признать VERB  0 root
        эти      этот     DET   6 det
        выборы   выборы   NOUN  4 obj
        »        »        PUNCT 4 punct
        .        .        PUNCT 4 punct
    """)
    mention(doc, 3, 4, "ARNGOV")
    assert summary(lines(doc), lexicon) == [("direct", "написать", "ARNGOV", "Мы не признаем эти выборы")]


def _pronoun_doc():
    # Министр Арнории Иван Горин прибыл в Гондорию. Он заявил, что переговоры продолжатся.
    doc = conll("""
        Министр     министр      NOUN  5 nsubj
        Арнории     арнория      PROPN 1 nmod
        Иван        иван         PROPN 1 appos
        Горин       горин        PROPN 3 flat:name
        прибыл      прибыть      VERB  0 root
        в           в            ADP   7 case
        Гондорию    гондория     PROPN 5 obl
        .           .            PUNCT 5 punct

        Он          он           PRON  2 nsubj
        заявил      заявить      VERB  0 root
        ,           ,            PUNCT 6 punct
        что         что          SCONJ 6 mark
        переговоры  переговоры   NOUN  6 nsubj
        продолжатся продолжиться VERB  2 ccomp
        .           .            PUNCT 2 punct
    """)
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
    doc = conll("""
        Горин     горин     PROPN  2 nsubj
        заявил    заявить   VERB   0 root
        ,         ,         PUNCT  6 punct
        что       что       SCONJ  6 mark
        граница   граница   NOUN   6 nsubj
        закрыта   закрытый  ADJ    2 ccomp
        ,         ,         PUNCT  9 punct
        и         и         CCONJ  9 cc
        добавил   добавить  VERB   2 conj
        ,         ,         PUNCT 13 punct
        что       что       SCONJ 13 mark
        решение   решение   NOUN  13 nsubj
        временное временный ADJ    9 ccomp
        .         .         PUNCT  2 punct
    """)
    mention(doc, 0, 0, "ARNGOV")
    assert summary(doc, lexicon) == [("indirect", "заявить", "ARNGOV", "граница закрыта"),
                                     ("indirect", "добавить", "ARNGOV", "решение временное")]


def test_a_second_speaker_after_a_ends_the_first_clause(lexicon):
    # Арнория считает, что долг вырос, а Гондория уверена, что долг выплачен.
    doc = conll("""
        Арнория  арнория   PROPN  2 nsubj
        считает  считать   VERB   0 root
        ,        ,         PUNCT  6 punct
        что      что       SCONJ  6 mark
        долг     долг      NOUN   6 nsubj
        вырос    вырасти   VERB   2 ccomp
        ,        ,         PUNCT 10 punct
        а        а         CCONJ 10 cc
        Гондория гондория  PROPN 10 nsubj
        уверена  уверенный ADJ    2 conj
        ,        ,         PUNCT 14 punct
        что      что       SCONJ 14 mark
        долг     долг      NOUN  14 nsubj
        выплачен выплатить VERB  10 ccomp
        .        .         PUNCT  2 punct
    """)
    mention(doc, 0, 0, "ARN", kind="country")
    mention(doc, 8, 8, "GON", kind="country")
    assert summary(doc, lexicon) == [("indirect", "считать", "ARN", "долг вырос"),
                                     ("indirect", "уверенный", "GON", "долг выплачен")]


def test_coordinated_subjects_speak_each(lexicon):
    # Арнория и Гондория заявили, что договорились.
    doc = conll("""
        Арнория      арнория      PROPN 4 nsubj
        и            и            CCONJ 3 cc
        Гондория     гондория     PROPN 1 conj
        заявили      заявить      VERB  0 root
        ,            ,            PUNCT 7 punct
        что          что          SCONJ 7 mark
        договорились договориться VERB  4 ccomp
        .            .            PUNCT 4 punct
    """)
    mention(doc, 0, 0, "ARN", kind="country")
    mention(doc, 2, 2, "GON", kind="country")
    assert summary(doc, lexicon) == [("indirect", "заявить", "ARN", "договорились"),
                                     ("indirect", "заявить", "GON", "договорились")]


def test_po_slovam_gives_the_rest_of_the_sentence(lexicon):
    # По словам министра Арнории, переговоры продолжатся.
    doc = conll("""
        По          по           ADP   2 case
        словам      слово        NOUN  7 parataxis
        министра    министр      NOUN  2 nmod
        Арнории     арнория      PROPN 3 nmod
        ,           ,            PUNCT 2 punct
        переговоры  переговоры   NOUN  7 nsubj
        продолжатся продолжиться VERB  0 root
        .           .            PUNCT 7 punct
    """)
    mention(doc, 2, 3, "ARNGOV")
    assert summary(doc, lexicon) == [("indirect", "по словам", "ARNGOV", "переговоры продолжатся")]


def test_po_ego_slovam_before_a_quote_is_direct_speech_of_the_last_person(lexicon):
    doc = _pronoun_doc()
    # ... По его словам, «сотрудничество будет расширяться».
    extra = conll("""
        По             по             ADP   3 case
        его            он             DET   3 det
        словам         слово          NOUN  8 parataxis
        ,              ,              PUNCT 3 punct
        «              «              PUNCT 8 punct
        сотрудничество сотрудничество NOUN  8 nsubj
        будет          быть           AUX   8 aux
        расширяться    расширяться    VERB  0 root
        »              »              PUNCT 8 punct
        .              .              PUNCT 8 punct
    """)
    combined = make_doc([[(t.text, t.lemma, t.pos, "_", 0 if t.head < 0 else t.head - s.token_start + 1, t.rel)
                          for t in d.sentence_tokens(s)] for d in (doc, extra) for s in d.sentences])
    combined.actors, combined.entities = doc.actors, doc.entities
    quotes = summary(combined, lexicon)
    assert ("direct", "по словам", "ARNGOV", "сотрудничество будет расширяться") in quotes


def test_kak_otmetil_sets_the_speaker_aside(lexicon):
    # Как отметил министр, кризис закончился.
    doc = conll("""
        Как        как         SCONJ 2 mark
        отметил    отметить    VERB  6 parataxis
        министр    министр     NOUN  2 nsubj
        ,          ,           PUNCT 2 punct
        кризис     кризис      NOUN  6 nsubj
        закончился закончиться VERB  0 root
        .          .           PUNCT 6 punct
    """)
    mention(doc, 2, 2, "ARNGOV")
    assert summary(doc, lexicon) == [("indirect", "отметить", "ARNGOV", "кризис закончился")]


def test_a_person_without_a_code_speaks_with_code_null(lexicon):
    # Иван Петров заявил, что слышал взрывы.
    doc = conll("""
        Иван   иван    PROPN 3 nsubj
        Петров петров  PROPN 1 flat:name
        заявил заявить VERB  0 root
        ,      ,       PUNCT 6 punct
        что    что     SCONJ 6 mark
        слышал слышать VERB  3 ccomp
        взрывы взрыв   NOUN  6 obj
        .      .       PUNCT 3 punct
    """)
    person(doc, 0, 1, "Иван Петров")
    (quote,) = find_quotes(doc, lexicon)
    assert quote.speaker is not None
    assert (quote.speaker.code, quote.speaker.name, quote.speaker.text) == (None, "Иван Петров", "Иван Петров")
    assert quote.to_json()["speaker"]["code"] is None


def test_dialogue_lines_opened_by_a_dash(lexicon):
    # — Переговоры были трудными, — сказал посол Арнории.
    doc = conll("""
        —          —          PUNCT 4 punct
        Переговоры переговоры NOUN  4 nsubj
        были       быть       AUX   4 cop
        трудными   трудный    ADJ   0 root
        ,          ,          PUNCT 7 punct
        —          —          PUNCT 7 punct
        сказал     сказать    VERB  4 parataxis
        посол      посол      NOUN  7 nsubj
        Арнории    арнория    PROPN 8 nmod
        .          .          PUNCT 4 punct
    """)
    mention(doc, 7, 8, "ARNGOV")
    assert summary(doc, lexicon) == [("direct", "сказать", "ARNGOV", "Переговоры были трудными")]



def test_few_quoted_words_before_a_comma_and_a_dash_are_said(lexicon):
    # «Это провокация», — написал министр Арнории. Two words and no verb: only ", —" and the
    # speech verb make them said words rather than a title.
    doc = conll("""
        «          «          PUNCT 3 punct
        Это        это        PRON  3 nsubj
        провокация провокация NOUN  0 root
        »          »          PUNCT 3 punct
        ,          ,          PUNCT 7 punct
        —          —          PUNCT 7 punct
        написал    написать   VERB  3 parataxis
        министр    министр    NOUN  7 nsubj
        Арнории    арнория    PROPN 8 nmod
        .          .          PUNCT 3 punct
    """)
    mention(doc, 7, 8, "ARNGOV")
    assert summary(doc, lexicon) == [("direct", "написать", "ARNGOV", "Это провокация")]
    # Without the comma the two words are a name the sentence mentions: «Это провокация» — фильм года.
    title = conll("""
        «          «          PUNCT 3 punct
        Это        это        PRON  3 nsubj
        провокация провокация NOUN  6 nsubj
        »          »          PUNCT 3 punct
        —          —          PUNCT 6 punct
        фильм      фильм      NOUN  0 root
        года       год        NOUN  6 nmod
        .          .          PUNCT 6 punct
    """)
    assert summary(title, lexicon) == []


def test_a_person_named_beside_a_role_speaks_under_the_persons_name(lexicon):
    # Официальный представитель МИД Арнории Иван Петров сообщил, что граница открыта.
    doc = conll("""
        Официальный   официальный   ADJ    2 amod
        представитель представитель NOUN   7 nsubj
        МИД           мид           PROPN  2 nmod
        Арнории       арнория       PROPN  3 nmod
        Иван          иван          PROPN  2 appos
        Петров        петров        PROPN  5 flat:name
        сообщил       сообщить      VERB   0 root
        ,             ,             PUNCT 11 punct
        что           что           SCONJ 11 mark
        граница       граница       NOUN  11 nsubj
        открыта       открытый      ADJ    7 ccomp
        .             .             PUNCT  7 punct
    """)
    mention(doc, 0, 1, "ARNGOV", kb_id="role:представитель")
    mention(doc, 2, 3, "ARNGOV", kind="body")
    mention(doc, 4, 5, "ARNGOV")
    person(doc, 4, 5, "Иван Петров", "ARNGOV")
    (quote,) = find_quotes(doc, lexicon)
    assert (quote.kind, quote.text, quote.speaker.code, quote.speaker.name) == \
        ("indirect", "граница открыта", "ARNGOV", "Иван Петров")

def test_a_statement_speaks_for_whoever_made_it(lexicon):
    # Арнория и Гондория сделали заявление. В заявлении говорится, что война окончена.
    doc = conll("""
        Арнория   арнория    PROPN 4 nsubj
        и         и          CCONJ 3 cc
        Гондория  гондория   PROPN 1 conj
        сделали   сделать    VERB  0 root
        заявление заявление  NOUN  4 obj
        .         .          PUNCT 4 punct

        В         в          ADP   2 case
        заявлении заявление  NOUN  3 obl
        говорится говориться VERB  0 root
        ,         ,          PUNCT 7 punct
        что       что        SCONJ 7 mark
        война     война      NOUN  7 nsubj
        окончена  окончить   VERB  3 ccomp
        .         .          PUNCT 3 punct
    """)
    mention(doc, 0, 0, "ARN", kind="country")
    mention(doc, 2, 2, "GON", kind="country")
    assert summary(doc, lexicon) == [("indirect", "говориться", "ARN", "война окончена"),
                                     ("indirect", "говориться", "GON", "война окончена")]


def test_the_object_of_a_citing_verb_speaks(lexicon):
    # Агентство цитирует министра Арнории: «Мы закроем границу».
    doc = conll("""
        Агентство агентство  NOUN  2 nsubj
        цитирует  цитировать VERB  0 root
        министра  министр    NOUN  2 obj
        Арнории   арнория    PROPN 3 nmod
        :         :          PUNCT 8 punct
        «         «          PUNCT 8 punct
        Мы        мы         PRON  8 nsubj
        закроем   закрыть    VERB  2 parataxis
        границу   граница    NOUN  8 obj
        »         »          PUNCT 8 punct
        .         .          PUNCT 2 punct
    """)
    mention(doc, 2, 3, "ARNGOV")
    assert summary(doc, lexicon) == [("direct", "цитировать", "ARNGOV", "Мы закроем границу")]


def test_an_interview_line_is_the_answer_of_the_person_it_names(lexicon):
    # Иван Горин: Мы готовы к диалогу.
    doc = conll("""
        Иван    иван    PROPN 0 root
        Горин   горин   PROPN 1 flat:name
        :       :       PUNCT 5 punct
        Мы      мы      PRON  5 nsubj
        готовы  готовый ADJ   1 parataxis
        к       к       ADP   7 case
        диалогу диалог  NOUN  5 obl
        .       .       PUNCT 1 punct
    """)
    person(doc, 0, 1, "Иван Горин", "ARNGOV")
    mention(doc, 0, 1, "ARNGOV")
    assert summary(doc, lexicon) == [("direct", None, "ARNGOV", "Мы готовы к диалогу")]


def test_negated_and_authorial_speech_report_nothing(lexicon):
    # Министр не сообщил, что переговоры сорваны. Напомним, что переговоры сорваны.
    doc = conll("""
        Министр    министр    NOUN  3 nsubj
        не         не         PART  3 advmod
        сообщил    сообщить   VERB  0 root
        ,          ,          PUNCT 7 punct
        что        что        SCONJ 7 mark
        переговоры переговоры NOUN  7 nsubj
        сорваны    сорвать    VERB  3 ccomp
        .          .          PUNCT 3 punct

        Напомним   напомнить  VERB  0 root   Person=1|VerbForm=Fin
        ,          ,          PUNCT 5 punct
        что        что        SCONJ 5 mark
        переговоры переговоры NOUN  5 nsubj
        сорваны    сорвать    VERB  1 ccomp
        .          .          PUNCT 1 punct
    """)
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
    ("хотеть бы\tintent\t\t", "not one lower-case Russian word"),
    ("желать\tintent\tVERB\t", "pos and about apply to verbs only"),
])
def test_malformed_speech_rows_are_reported(tmp_path, capsys, row, problem):
    root = data_with_row(tmp_path, "gkg/speech.tsv", row)
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


# -- reported content held by quotation marks ------------------------------------------------


def test_a_wholly_quoted_clause_is_direct_and_a_mixed_one_stays_reported(lexicon):
    # Министр заявил, что «граница останется закрытой».
    whole = conll("""
        Министр   министр  NOUN  2 nsubj
        заявил    заявить  VERB  0 root
        ,         ,        PUNCT 8 punct
        что       что      SCONJ 8 mark
        «         «        PUNCT 7 punct
        граница   граница  NOUN  8 nsubj
        останется остаться VERB  2 ccomp
        закрытой  закрытый ADJ   7 xcomp
        »         »        PUNCT 7 punct
        .         .        PUNCT 2 punct
    """)
    mention(whole, 0, 0, "ARNGOV")
    assert summary(whole, lexicon) == [("direct", "заявить", "ARNGOV", "граница останется закрытой")]
    # Министр сообщает, что граница «будет закрыта до самой весны».
    mixed = conll("""
        Министр  министр  NOUN   2 nsubj
        сообщает сообщать VERB   0 root
        ,        ,        PUNCT  9 punct
        что      что      SCONJ  9 mark
        граница  граница  NOUN   9 nsubj:pass
        «        «        PUNCT  7 punct
        будет    быть     AUX    9 aux:pass
        закрыта  закрыть  VERB   2 ccomp
        до       до       ADP   12 case
        самой    самый    ADJ   12 amod
        весны    весна    NOUN   8 obl
        »        »        PUNCT  8 punct
        .        .        PUNCT  2 punct
    """)
    mention(mixed, 0, 0, "ARNGOV")
    assert summary(mixed, lexicon) == [("indirect", "сообщать", "ARNGOV", "граница « будет закрыта до самой весны »")]


def test_quoted_words_filling_an_about_phrase_or_a_cue_are_direct(lexicon):
    # Министры заявили о благодарности «за помощь соседей в трудный час».
    about = conll("""
        Министры      министр       NOUN   2 nsubj
        заявили       заявить       VERB   0 root
        о             о             ADP    4 case
        благодарности благодарность NOUN   2 obl
        «             «             PUNCT  6 punct
        за            за            ADP    6 case
        помощь        помощь        NOUN   4 nmod
        соседей       сосед         NOUN   6 nmod
        в             в             ADP   10 case
        трудный       трудный       ADJ   10 amod
        час           час           NOUN   6 nmod
        »             »             PUNCT  6 punct
        .             .             PUNCT  2 punct
    """)
    mention(about, 0, 0, "ARNGOV", kind="group")
    assert summary(about, lexicon) == [("direct", "заявить", "ARNGOV", "за помощь соседей в трудный час")]
    # По данным агентства, вчера посол «выразил тревогу из-за новых обстрелов».
    cue = conll("""
        По        по        ADP    2 case
        данным    данные    NOUN   8 parataxis
        агентства агентство NOUN   2 nmod
        ,         ,         PUNCT  2 punct
        вчера     вчера     ADV    8 advmod
        посол     посол     NOUN   8 nsubj
        «         «         PUNCT  8 punct
        выразил   выразить  VERB   0 root
        тревогу   тревога   NOUN   8 obj
        из-за     из-за     ADP   12 case
        новых     новый     ADJ   12 amod
        обстрелов обстрел   NOUN   8 obl
        »         »         PUNCT  8 punct
        .         .         PUNCT  8 punct
    """)
    mention(cue, 2, 2, "GONMED", kind="body")
    assert ("direct", "по данным", "GONMED", "выразил тревогу из-за новых обстрелов") in summary(cue, lexicon)


# -- attribution chains, nested clauses, repeats -----------------------------------------------


def test_an_aside_holding_another_speakers_statement_quotes_only_that_speaker(lexicon):
    # Полиция, по данным газеты, сообщила, что задержаны двое.
    cue = conll("""
        Полиция   полиция   NOUN   7 nsubj
        ,         ,         PUNCT  4 punct
        по        по        ADP    4 case
        данным    данные    NOUN   7 parataxis
        газеты    газета    NOUN   4 nmod
        ,         ,         PUNCT  4 punct
        сообщила  сообщить  VERB   0 root
        ,         ,         PUNCT 10 punct
        что       что       SCONJ 10 mark
        задержаны задержать VERB   7 ccomp
        двое      двое      NUM   10 nsubj:pass
        .         .         PUNCT  7 punct
    """)
    mention(cue, 0, 0, "ARNCOP", kind="body")
    mention(cue, 4, 4, "ARNMED", kind="body")
    assert summary(cue, lexicon) == [("indirect", "сообщить", "ARNCOP", "задержаны двое")]
    # Министр заявил, что граница закрыта, передает агентство.
    aside = conll("""
        Министр   министр    NOUN  2 nsubj
        заявил    заявить    VERB  0 root
        ,         ,          PUNCT 6 punct
        что       что        SCONJ 6 mark
        граница   граница    NOUN  6 nsubj
        закрыта   закрытый   ADJ   2 ccomp
        ,         ,          PUNCT 8 punct
        передает  передавать VERB  2 parataxis
        агентство агентство  NOUN  8 nsubj
        .         .          PUNCT 2 punct
    """)
    mention(aside, 0, 0, "ARNGOV")
    mention(aside, 8, 8, "GONMED", kind="body")
    assert summary(aside, lexicon) == [("indirect", "заявить", "ARNGOV", "граница закрыта")]


def test_naming_is_no_statement_of_its_own(lexicon):
    # Министр назвал решение «ошибкой», отметила пресс-служба.
    doc = conll("""
        Министр      министр      NOUN  2 nsubj
        назвал       назвать      VERB  0 root
        решение      решение      NOUN  2 obj
        «            «            PUNCT 5 punct
        ошибкой      ошибка       NOUN  2 xcomp     Case=Ins
        »            »            PUNCT 5 punct
        ,            ,            PUNCT 8 punct
        отметила     отметить     VERB  2 parataxis
        пресс-служба пресс-служба NOUN  8 nsubj
        .            .            PUNCT 2 punct
    """)
    mention(doc, 0, 0, "ARNGOV")
    mention(doc, 8, 8, "ARNGOV", kind="body")
    found = summary(doc, lexicon)
    assert ("direct", "назвать", "ARNGOV", "ошибкой") in found
    assert ("indirect", "отметить", "ARNGOV", "Министр назвал решение « ошибкой »") in found


def test_a_present_tense_verb_after_a_past_speech_verb_goes_on_with_what_was_said(lexicon):
    # Горин заявил, что знает о проблеме, и надеется, что она решится.
    doc = conll("""
        Горин    горин     PROPN  2 nsubj
        заявил   заявить   VERB   0 root  Tense=Past
        ,        ,         PUNCT  5 punct
        что      что       SCONJ  5 mark
        знает    знать     VERB   2 ccomp Tense=Pres
        о        о         ADP    7 case
        проблеме проблема  NOUN   5 obl
        ,        ,         PUNCT 10 punct
        и        и         CCONJ 10 cc
        надеется надеяться VERB   2 conj  Tense=Pres
        ,        ,         PUNCT 14 punct
        что      что       SCONJ 14 mark
        она      она       PRON  14 nsubj
        решится  решиться  VERB  10 ccomp
        .        .         PUNCT  2 punct
    """)
    mention(doc, 0, 0, "ARNGOV")
    assert summary(doc, lexicon) == [("indirect", "заявить", "ARNGOV", "знает о проблеме , и надеется , что она решится")]


def test_a_lead_repeating_the_body_quotes_once(lexicon):
    # Министр заявил, что граница закрыта. ... Министр заявил, что граница закрыта.
    rows = [w("Министр", "министр", "NOUN", 2, "nsubj"), w("заявил", "заявить", "VERB", 0, "root"),
            w(",", ",", "PUNCT", 6, "punct"), w("что", "что", "SCONJ", 6, "mark"),
            w("граница", "граница", "NOUN", 6, "nsubj"), w("закрыта", "закрытый", "ADJ", 2, "ccomp"),
            w(".", ".", "PUNCT", 2, "punct")]
    doc = make_doc([rows, rows])
    mention(doc, 0, 0, "ARNGOV")
    mention(doc, 7, 7, "ARNGOV")
    assert summary(doc, lexicon) == [("indirect", "заявить", "ARNGOV", "граница закрыта")]


# -- where the reported words are -----------------------------------------------------------------


def test_a_fronted_o_tom_chto_clause_and_a_tem_chto_clause(lexicon):
    # О том, что переговоры сорваны, сообщил министр.
    fronted = conll("""
        О          о          ADP   2 case
        том        то         PRON  8 obl
        ,          ,          PUNCT 6 punct
        что        что        SCONJ 6 mark
        переговоры переговоры NOUN  6 nsubj:pass
        сорваны    сорвать    VERB  2 acl
        ,          ,          PUNCT 8 punct
        сообщил    сообщить   VERB  0 root
        министр    министр    NOUN  8 nsubj
        .          .          PUNCT 8 punct
    """)
    mention(fronted, 8, 8, "ARNGOV")
    assert summary(fronted, lexicon) == [("indirect", "сообщить", "ARNGOV", "переговоры сорваны")]
    # Министр объясняет отказ тем, что граница закрыта.
    instrumental = conll("""
        Министр   министр   NOUN  2 nsubj
        объясняет объяснять VERB  0 root
        отказ     отказ     NOUN  2 obj
        тем       тот       PRON  2 obl
        ,         ,         PUNCT 8 punct
        что       что       SCONJ 8 mark
        граница   граница   NOUN  8 nsubj
        закрыта   закрытый  ADJ   4 acl
        .         .         PUNCT 2 punct
    """)
    mention(instrumental, 0, 0, "ARNGOV")
    assert summary(instrumental, lexicon) == [("indirect", "объяснять", "ARNGOV", "граница закрыта")]


def test_unquoted_words_after_a_colon_are_reported_but_a_list_is_not(lexicon):
    # Оппозиционеры иронизируют: выборы ничего не изменят.
    said = conll("""
        Оппозиционеры оппозиционер  NOUN  2 nsubj
        иронизируют   иронизировать VERB  0 root
        :             :             PUNCT 7 punct
        выборы        выборы        NOUN  7 nsubj
        ничего        ничто         PRON  7 obj
        не            не            PART  7 advmod
        изменят       изменить      VERB  2 parataxis
        .             .             PUNCT 2 punct
    """)
    mention(said, 0, 0, "ARNOPP", kind="group")
    assert summary(said, lexicon) == [("indirect", "иронизировать", "ARNOPP", "выборы ничего не изменят")]
    # Лидеры отметили две сферы: политическую и гуманитарную.
    listed = conll("""
        Лидеры       лидер        NOUN  2 nsubj
        отметили     отметить     VERB  0 root
        две          два          NUM   4 nummod
        сферы        сфера        NOUN  2 obj
        :            :            PUNCT 6 punct
        политическую политический ADJ   4 appos
        и            и            CCONJ 8 cc
        гуманитарную гуманитарный ADJ   6 conj
        .            .            PUNCT 2 punct
    """)
    assert summary(listed, lexicon) == []


def test_the_o_phrase_after_the_verb_is_what_was_said(lexicon):
    # Партия объявила о победе, а противники заявляют о нарушениях (the parser hangs "о победе" on the second verb).
    doc = conll("""
        Партия     партия    NOUN   2 nsubj
        объявила   объявить  VERB   0 root
        о          о         ADP    4 case
        победе     победа    NOUN   9 obl
        ,          ,         PUNCT  9 punct
        а          а         CCONJ  9 cc
        противники противник NOUN   9 nsubj
        партии     партия    NOUN   7 nmod
        заявляют   заявлять  VERB   2 conj
        о          о         ADP   11 case
        нарушениях нарушение NOUN   9 obl
        .          .         PUNCT  2 punct
    """)
    mention(doc, 0, 0, "ARNGOV", kind="group")
    mention(doc, 6, 7, "ARNOPP", kind="group")
    assert summary(doc, lexicon) == [("indirect", "объявить", "ARNGOV", "о победе"),
                                     ("indirect", "заявлять", "ARNOPP", "о нарушениях")]


# -- who speaks ------------------------------------------------------------------------------------


def test_a_statement_named_in_the_next_sentence_gives_the_speaker(lexicon):
    # Соседи считают, что долг выплачен. Об этом заявил министр Арнории.
    doc = conll("""
        Соседи   сосед     NOUN  2 nsubj      Case=Nom
        считают  считать   VERB  0 root
        ,        ,         PUNCT 6 punct
        что      что       SCONJ 6 mark
        долг     долг      NOUN  6 nsubj:pass
        выплачен выплатить VERB  2 ccomp
        .        .         PUNCT 2 punct

        Об       о         ADP   2 case
        этом     это       PRON  3 obl
        заявил   заявить   VERB  0 root
        министр  министр   NOUN  3 nsubj
        Арнории  арнория   PROPN 4 nmod
        .        .         PUNCT 3 punct
    """)
    mention(doc, 10, 11, "ARNGOV")
    assert summary(doc, lexicon) == [("indirect", "считать", "ARNGOV", "долг выплачен")]


def test_a_joint_statement_speaks_for_its_makers_not_its_publisher(lexicon):
    # Арнория и Гондория сделали совместное заявление. Заявление опубликовано агентством.
    # «Война окончена навсегда», - говорится в совместном заявлении.
    doc = conll("""
        Арнория      арнория      PROPN  4 nsubj
        и            и            CCONJ  3 cc
        Гондория     гондория     PROPN  1 conj
        сделали      сделать      VERB   0 root
        совместное   совместный   ADJ    6 amod
        заявление    заявление    NOUN   4 obj
        .            .            PUNCT  4 punct

        Заявление    заявление    NOUN   2 nsubj:pass
        опубликовано опубликовать VERB   0 root
        агентством   агентство    NOUN   2 obl        Case=Ins
        .            .            PUNCT  2 punct

        «            «            PUNCT  3 punct
        Война        война        NOUN   3 nsubj:pass
        окончена     окончить     VERB   0 root
        навсегда     навсегда     ADV    3 advmod
        »            »            PUNCT  3 punct
        ,            ,            PUNCT  8 punct
        -            -            PUNCT  8 punct
        говорится    говориться   VERB   3 parataxis
        в            в            ADP   11 case
        совместном   совместный   ADJ   11 amod
        заявлении    заявление    NOUN   8 obl
        .            .            PUNCT  3 punct
    """)
    mention(doc, 0, 0, "ARN", kind="country")
    mention(doc, 2, 2, "GON", kind="country")
    mention(doc, 9, 9, "ARNMED", kind="body")
    assert summary(doc, lexicon) == [("direct", "говориться", "ARN", "Война окончена навсегда"),
                                     ("direct", "говориться", "GON", "Война окончена навсегда")]


def test_the_person_beside_a_role_noun_speaks_and_a_line_tag_does_not(lexicon):
    # Президент Иван Горин сказал, что граница закрыта.
    named = conll("""
        Президент президент NOUN  4 nsubj
        Иван      иван      PROPN 1 appos
        Горин     горин     PROPN 2 flat:name
        сказал    сказать   VERB  0 root
        ,         ,         PUNCT 8 punct
        что       что       SCONJ 8 mark
        граница   граница   NOUN  8 nsubj
        закрыта   закрытый  ADJ   4 ccomp
        .         .         PUNCT 4 punct
    """)
    role = mention(named, 0, 0, "GONGOV")
    role.rule = "role.home_country"  # a guess from the article's country
    mention(named, 1, 2, "ARNGOV", kb_id="gorin_ivan").rule = "kb.office.president"
    (quote,) = find_quotes(named, lexicon)
    assert quote.speaker is not None and (quote.speaker.code, quote.speaker.text) == ("ARNGOV", "Иван Горин")
    # Радио Арнории: Ранее газеты писали, что вы уехали.
    tagged = conll("""
        Радио   радио   NOUN   6 nsubj
        Арнории арнория PROPN  1 nmod
        :       :       PUNCT  6 punct
        Ранее   ранее   ADV    6 advmod
        газеты  газета  NOUN   6 nsubj
        писали  писать  VERB   0 root
        ,       ,       PUNCT 10 punct
        что     что     SCONJ 10 mark
        вы      вы      PRON  10 nsubj
        уехали  уехать  VERB   6 ccomp
        .       .       PUNCT  6 punct
    """)
    mention(tagged, 0, 1, "ARNMED", kind="body")
    (quote,) = find_quotes(tagged, lexicon)
    assert quote.speaker is not None and (quote.speaker.code, quote.speaker.text) == (None, "газеты")


def test_the_subject_controls_a_speech_infinitive_but_an_intent_says_nothing(lexicon):
    def doc_with(words):
        # Министр {продолжает | хотел | хотел бы} подчеркнуть, что граница закрыта.
        rows = [w("Министр", "министр", "NOUN", 2, "nsubj")] + words
        verb = len(rows) + 1
        rows += [w("подчеркнуть", "подчеркнуть", "VERB", 2, "xcomp", "VerbForm=Inf"), w(",", ",", "PUNCT", verb + 4, "punct"),
                 w("что", "что", "SCONJ", verb + 4, "mark"), w("граница", "граница", "NOUN", verb + 4, "nsubj"),
                 w("закрыта", "закрытый", "ADJ", verb, "ccomp"), w(".", ".", "PUNCT", 2, "punct")]
        doc = make_doc([rows])
        mention(doc, 0, 0, "ARNGOV")
        return summary(doc, lexicon)

    said = [("indirect", "подчеркнуть", "ARNGOV", "граница закрыта")]
    assert doc_with([w("продолжает", "продолжать", "VERB", 0, "root")]) == said
    assert doc_with([w("хотел", "хотеть", "VERB", 0, "root")]) == []
    assert doc_with([w("хотел", "хотеть", "VERB", 0, "root"), w("бы", "бы", "PART", 2, "aux")]) == said


def test_a_naming_verb_a_few_words_before_a_quoted_name_in_the_instrumental(lexicon):
    # Министр покинул зал, назвав решение соседей «ошибкой» (the parser hangs the quote on "покинул").
    doc = conll("""
        Министр министр  NOUN  2 nsubj
        покинул покинуть VERB  0 root
        зал     зал      NOUN  2 obj
        ,       ,        PUNCT 5 punct
        назвав  назвать  VERB  2 advcl VerbForm=Conv
        решение решение  NOUN  5 obj
        соседей сосед    NOUN  6 nmod
        «       «        PUNCT 9 punct
        ошибкой ошибка   NOUN  2 conj  Case=Ins
        »       »        PUNCT 9 punct
        .       .        PUNCT 2 punct
    """)
    mention(doc, 0, 0, "ARNGOV")
    assert summary(doc, lexicon) == [("direct", "назвать", "ARNGOV", "ошибкой")]
    # Союз часто называют «газовым клубом»; острова, называемые «северными землями».
    impersonal = conll("""
        Союз       союз     NOUN   3 obj
        часто      часто    ADV    3 advmod
        называют   называть VERB   0 root
        «          «        PUNCT  6 punct
        газовым    газовый  ADJ    6 amod      Case=Ins
        клубом     клуб     NOUN   3 obl       Case=Ins
        »          »        PUNCT  6 punct
        ;          ;        PUNCT  9 punct
        острова    остров   NOUN   3 parataxis
        ,          ,        PUNCT 11 punct
        называемые называть VERB   9 acl       VerbForm=Part|Voice=Pass
        «          «        PUNCT 14 punct
        северными  северный ADJ   14 amod      Case=Ins
        землями    земля    NOUN  11 obl       Case=Ins
        »          »        PUNCT 14 punct
    """)
    assert summary(impersonal, lexicon) == []


# -- the actors layer, where speakers need it ---------------------------------------------------


@pytest.fixture(scope="module")
def actor_dictionary(morph_vocab):
    petrov = Person("petrov_pavel", "Павел Петров", "Pavel Petrov", ())
    petrov.offices.append(Office("ARM", "GOV", "minister", "2000-01-01", ""))
    gorin = Person("gorin_ivan", "Иван Горин", "Ivan Gorin", ())
    gorin.offices.append(Office("GEO", "GOV", "minister", "2000-01-01", ""))
    lexicon = ActorLexicon(
        countries={"ARM": Country("ARM", "Армения", (), ("армянский",), ()),
                   "GEO": Country("GEO", "Грузия", (), ("грузинский",), ())},
        seats=[], roles=[Role("эксперт", "EDU", "person", ""), Role("полиция", "COP", "body", "")],
        organisations=[Organisation("IGOUNO", ("ООН",), "igo")],
        persons={"petrov_pavel": petrov, "gorin_ivan": gorin},
        role_codes=frozenset({"EDU", "COP", "GOV"}), group_codes=frozenset({"IGOUNO"}),
    )
    return compile_dictionary(lexicon, Paradigms(morph_vocab))


def r(word, lemma, pos, head, rel, feats="_"):
    return (word, lemma, pos, feats, head, rel)


def test_experts_of_no_named_country_comment_from_anywhere(actor_dictionary):
    # Полиция Армении заявила. Эксперты согласны. Полиция молчит.
    doc = make_doc([[r("Полиция", "полиция", "NOUN", 3, "nsubj", "Case=Nom"), r("Армении", "армения", "PROPN", 1, "nmod", "Case=Gen"),
                     r("заявила", "заявить", "VERB", 0, "root")],
                    [r("Эксперты", "эксперт", "NOUN", 2, "nsubj", "Case=Nom|Number=Plur"), r("согласны", "согласный", "ADJ", 0, "root")],
                    [r("Полиция", "полиция", "NOUN", 2, "nsubj", "Case=Nom"), r("молчит", "молчать", "VERB", 0, "root")]])
    add_ner(doc, "LOC", 1, 1)
    codes = [(m.text, m.code) for m in resolve_actors(doc, actor_dictionary)]
    assert codes == [("Полиция Армении", "ARMCOP"), ("Эксперты", "EDU"), ("Полиция", "ARMCOP")]


def test_an_unknown_person_keeps_the_code_first_found_when_named_again(actor_dictionary):
    # Армения и Армения. Грузинский блогер Олег Сомов выступил. Сомов заявил.
    doc = make_doc([[r("Армения", "армения", "PROPN", 0, "root", "Case=Nom"), r("и", "и", "CCONJ", 3, "cc"),
                     r("Армения", "армения", "PROPN", 1, "conj", "Case=Nom")],
                    [r("Грузинский", "грузинский", "ADJ", 2, "amod"), r("блогер", "блогер", "NOUN", 5, "nsubj"),
                     r("Олег", "олег", "PROPN", 2, "appos"), r("Сомов", "сомов", "PROPN", 3, "flat:name"),
                     r("выступил", "выступить", "VERB", 0, "root")],
                    [r("Сомов", "сомов", "PROPN", 2, "nsubj", "Case=Nom"), r("заявил", "заявить", "VERB", 0, "root")]])
    for first, last in ((0, 0), (2, 2)):
        add_ner(doc, "LOC", first, last)
    add_ner(doc, "PER", 5, 6)
    add_ner(doc, "PER", 8, 8)
    persons = [(m.text, m.code) for m in resolve_actors(doc, actor_dictionary) if m.kind == "person"]
    assert persons == [("Олег Сомов", "GEO"), ("Сомов", "GEO")]


def test_a_name_followed_by_a_role_word_and_an_organisation_serves_it(actor_dictionary):
    # Армения ответила. Олег Сомов, докладчик ООН, заявил (the parser hangs the apposition elsewhere).
    doc = make_doc([[r("Армения", "армения", "PROPN", 2, "nsubj", "Case=Nom"), r("ответила", "ответить", "VERB", 0, "root")],
                    [r("Олег", "олег", "PROPN", 7, "nsubj"), r("Сомов", "сомов", "PROPN", 1, "flat:name"),
                     r(",", ",", "PUNCT", 4, "punct"), r("докладчик", "докладчик", "NOUN", 7, "obl"),
                     r("ООН", "оон", "PROPN", 4, "nmod"), r(",", ",", "PUNCT", 4, "punct"),
                     r("заявил", "заявить", "VERB", 0, "root")]])
    add_ner(doc, "LOC", 0, 0)
    add_ner(doc, "PER", 2, 3)
    add_ner(doc, "ORG", 6, 6)
    persons = [(m.text, m.code, m.rule) for m in resolve_actors(doc, actor_dictionary) if m.kind == "person"]
    assert persons == [("Олег Сомов", "IGOUNO", "person.apposition_role")]


def test_he_in_an_interview_answer_is_not_the_one_answering(actor_dictionary):
    # Петров приехал. / Горин: Он обещал помочь.
    doc = lines(make_doc([[r("Петров", "петров", "PROPN", 2, "nsubj", "Case=Nom"), r("приехал", "приехать", "VERB", 0, "root")],
                          [r("Горин", "горин", "PROPN", 0, "root", "Case=Nom"), r(":", ":", "PUNCT", 4, "punct"),
                           r("Он", "он", "PRON", 4, "nsubj", "Case=Nom|Number=Sing"), r("обещал", "обещать", "VERB", 1, "parataxis"),
                           r("помочь", "помочь", "VERB", 4, "xcomp")]]))
    doc.article.date = "2020-01-01"
    mentions = resolve_actors(doc, actor_dictionary)
    assert [(m.text, m.code) for m in mentions if m.kind == "coref"] == [("Он", "ARMGOV")]


# -- the same rules on the real parser (several word orders and tenses) -------------------------

REAL = [
    ("Министр иностранных дел Эстонии заявил, что «переговоры с соседями зашли в тупик».",
     [("direct", "заявить", "ESTGOV", "переговоры с соседями зашли в тупик")]),
    ("Пресс-служба президента Литвы сообщает, что «визит будет перенесен на осень».",
     [("direct", "сообщать", "LTUGOV", "визит будет перенесен на осень")]),
    ("Полиция Латвии, по данным местной газеты, сообщила, что задержаны трое подозреваемых.",
     [("indirect", "сообщить", "LVACOP", "задержаны трое подозреваемых")]),
    ("Министр обороны Латвии отметил, что армия готова, передает агентство.",
     [("indirect", "отметить", "LVAGOV", "армия готова")]),
    ("О том, что переговоры продолжатся в понедельник, сообщил министр обороны Эстонии.",
     [("indirect", "сообщить", "ESTGOV", "переговоры продолжатся в понедельник")]),
    ("Тем, что граница закрыта, министр внутренних дел Литвы объяснил задержку грузов.",
     [("indirect", "объяснить", "LTUGOV", "граница закрыта")]),
    ("Глава МИД Литвы объяснил отказ тем, что делегация не получила приглашения.",
     [("indirect", "объяснить", "LTUGOV", "делегация не получила приглашения")]),
    ("Латвийские оппозиционеры иронизируют: выборы снова ничего не изменят.",
     [("indirect", "иронизировать", "LVAOPP", "выборы снова ничего не изменят")]),
    ("Соседи уверены, что долг давно погашен. Об этом заявил министр финансов Латвии.",
     [("indirect", "уверить", "LVAGOV", "долг давно погашен")]),
    ("Президент Эстонии хотел подчеркнуть, что армия готова.", []),
    ("Президент Эстонии хотел бы подчеркнуть, что армия готова.",
     [("indirect", "подчеркнуть", "ESTGOV", "армия готова")]),
    ("Министр обороны Литвы продолжает настаивать, что санкции сработали.",
     [("indirect", "настаивать", "LTUGOV", "санкции сработали")]),
    ("Министр Эстонии заявил, что знает о проблеме и надеется, что она скоро решится.",
     [("indirect", "заявить", "ESTGOV", "знает о проблеме и надеется, что она скоро решится")]),
    ("Эксперты предупреждают: цены на газ вырастут уже зимой.",
     [("indirect", "предупреждать", "EDU", "цены на газ вырастут уже зимой")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", REAL, ids=[t[:40] for t, _ in REAL])
def test_the_real_parser_reads_reported_speech(pipeline, text, expected):
    doc = pipeline.process(Article(id="real", text=text))
    found = [(q.kind, q.verb, q.speaker.code if q.speaker else None, q.text) for q in doc.quotes]
    assert found == expected


@pytest.mark.slow
def test_the_real_parser_keeps_naming_apart_from_the_aside_and_finds_joint_authors(pipeline):
    named = pipeline.process(Article(id="named", text="Премьер Латвии назвал решение соседей «серьезной ошибкой», "
                                                      "сообщила пресс-служба правительства."))
    assert {(q.kind, q.verb, q.speaker.code if q.speaker else None, q.text) for q in named.quotes} == {
        ("indirect", "сообщить", "LVAGOV", "Премьер Латвии назвал решение соседей «серьезной ошибкой»"),
        ("direct", "назвать", "LVAGOV", "серьезной ошибкой")}
    joint = pipeline.process(Article(id="joint", text="Президенты Литвы и Эстонии сделали совместное заявление. "
                                                      "Документ опубликовала газета. «Мы не признаем итоги голосования», — "
                                                      "говорится в совместном заявлении."))
    assert [(q.kind, q.text) for q in joint.quotes] == [("direct", "Мы не признаем итоги голосования")]
    assert all(q.speaker is not None and q.speaker.code and q.speaker.code.endswith("GOV") for q in joint.quotes)
