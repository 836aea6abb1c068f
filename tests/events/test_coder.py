"""The event coder on hand-built parses of a toy world (fictional states, no model)."""

from __future__ import annotations

import dataclasses

import pytest

from letopis.errors import DataError
from letopis.events.coder import code_events
from letopis.events.patterns import PatternBook
from letopis.model import ActorMention
from tests.factories import conll, data_with_row, make_doc


@pytest.fixture(scope="module")
def book():
    return PatternBook.load()


def actor(doc, index, code):
    token = doc.tokens[index]
    doc.actors.append(ActorMention(code, token.text, token.start, token.end, "country", "test", None, index))


def test_condemnation_with_subject_and_object(book):
    doc = conll("""
        Арнория  арнория  PROPN 2 nsubj Case=Nom
        осудила  осудить  VERB  0 root
        Гондорию гондория PROPN 2 obj   Case=Acc
    """)
    actor(doc, 0, "ARN")
    actor(doc, 2, "GON")
    (event,) = code_events(doc, book)
    assert (event.source.code, event.code, event.target.code, event.rule) == ("ARN", "111", "GON", "ru.condemn.v1")
    assert (event.root_code, event.quad_class, event.goldstein) == ("11", 3, -2.0)
    assert doc.text[event.evidence.start:event.evidence.end] == "осудила"


def test_negated_act_is_not_coded(book):
    doc = conll("""
        Арнория  арнория  PROPN 3 nsubj  Case=Nom
        не       не       PART  3 advmod
        осудила  осудить  VERB  0 root
        Гондорию гондория PROPN 3 obj    Case=Acc
    """)
    actor(doc, 0, "ARN")
    actor(doc, 3, "GON")
    assert code_events(doc, book) == []


def test_reported_act_takes_the_speaker_as_source_and_the_complement_picks_the_code(book):
    # "Арнория заявила, что провела переговоры с Гондорией"
    doc = conll("""
        Арнория    арнория    PROPN 2 nsubj Case=Nom
        заявила    заявить    VERB  0 root
        что        что        SCONJ 4 mark
        провела    провести   VERB  2 ccomp
        переговоры переговоры NOUN  4 obj   Case=Acc
        с          с          ADP   7 case
        Гондорией  гондория   PROPN 5 nmod  Case=Ins
    """)
    actor(doc, 0, "ARN")
    actor(doc, 6, "GON")
    (event,) = code_events(doc, book)
    assert (event.source.code, event.code, event.target.code) == ("ARN", "040", "GON")
    assert event.evidence.text == "провела переговоры"


def test_impersonal_speech_in_a_body_and_two_parties(book):
    # "В Арнории призывают стороны к прекращению огня" with "стороны" = GON and MOR
    doc = conll("""
        В           в           ADP   2 case
        Арнории     арнория     PROPN 3 obl  Case=Loc
        призывают   призывать   VERB  0 root
        стороны     сторона     NOUN  3 obj  Case=Acc
        к           к           ADP   6 case
        прекращению прекращение NOUN  3 obl  Case=Dat
        огня        огонь       NOUN  6 nmod Case=Gen
    """)
    actor(doc, 1, "ARNGOV")
    actor(doc, 3, "GON")
    actor(doc, 3, "MOR")
    events = code_events(doc, book)
    assert sorted((e.source.code, e.code, e.target.code) for e in events) == [
        ("ARNGOV", "0256", "GON"), ("ARNGOV", "0256", "MOR")]


def test_subject_that_is_no_actor_codes_nothing(book):
    doc = conll("""
        Туристы  турист   NOUN  2 nsubj Case=Nom
        осудили  осудить  VERB  0 root
        Гондорию гондория PROPN 2 obj   Case=Acc
    """)
    actor(doc, 2, "GON")
    assert code_events(doc, book) == []


@pytest.mark.parametrize("row, problem", [
    ("ru.x.v1\tосудить\t\tany\t999\t", "unknown CAMEO code"),
    ("ru.condemn.v1\tзаклеймить\t\tany\t111\t", "duplicate pattern id"),
    ("ru.y.v1\tосудить|осуждать|раскритиковать\t\tobj|any\t111\t", "duplicates an earlier one"),
    ("ru.z.v1\tосудить\t\tобъект\t111\t", "malformed target frame"),
    ("ru.z.v1\tосудить\t\tany|obj\t111\t", "'any' comes last"),
    ("ru.z.v1\tосудить\t\tк\t111\t", "unreachable for trigger 'осудить'"),
    ("ru.z.v1\tзаклеймить\t\tany\t111\tXYZ", "unknown agent role"),
    ("condemn\tзаклеймить\t\tany\t111\t", "is not of the form"),
    ("ru.z.v1\tвыразить протест\t\tany\t111\t", "single lemmas"),
    ("ru.z.v1\tзаклеймить\t\tany\t111", "6 fields|5 fields"),
])
def test_malformed_pattern_rows_are_reported(tmp_path, row, problem):
    root = data_with_row(tmp_path, "events/patterns.tsv", row)
    with pytest.raises(DataError, match=problem):
        PatternBook.load(root)


def test_unknown_word_class_is_reported(tmp_path):
    root = data_with_row(tmp_path, "events/words.tsv", "заклеймить\tangry")
    with pytest.raises(DataError, match="unknown word class 'angry'"):
        PatternBook.load(root)


def test_fighting_between_two_states_is_coded_both_ways(book):
    # "бои между Арнорией и Гондорией"
    doc = conll("""
        бои       бой      NOUN  0 root Case=Nom|Number=Plur
        между     между    ADP   3 case
        Арнорией  арнория  PROPN 1 nmod Case=Ins
        и         и        CCONJ 5 cc
        Гондорией гондория PROPN 3 conj Case=Ins
    """)
    actor(doc, 2, "ARN")
    actor(doc, 4, "GON")
    events = code_events(doc, book)
    assert sorted((e.source.code, e.code, e.target.code) for e in events) == [("ARN", "190", "GON"), ("GON", "190", "ARN")]


def test_relative_pronoun_target_is_its_antecedent(book):
    # "Гондория, с которой Арнория провела переговоры"
    doc = conll("""
        Гондория   гондория   PROPN 0 root      Case=Nom
        ,          ,          PUNCT 6 punct
        с          с          ADP   4 case
        которой    который    PRON  6 obl       Case=Ins
        Арнория    арнория    PROPN 6 nsubj     Case=Nom
        провела    провести   VERB  1 acl:relcl
        переговоры переговоры NOUN  6 obj       Case=Acc
    """)
    actor(doc, 0, "GON")
    actor(doc, 4, "ARN")
    (event,) = code_events(doc, book)
    assert (event.source.code, event.code, event.target.code) == ("ARN", "040", "GON")


def test_an_invitation_is_coded_and_the_visit_it_asks_for_is_not(book):
    # "Арнория пригласила Гондорию посетить Морию"
    doc = conll("""
        Арнория    арнория    PROPN 2 nsubj Case=Nom
        пригласила пригласить VERB  0 root
        Гондорию   гондория   PROPN 2 obj   Case=Acc
        посетить   посетить   VERB  2 xcomp VerbForm=Inf
        Морию      мория      PROPN 4 obj   Case=Acc
    """)
    actor(doc, 0, "ARN")
    actor(doc, 2, "GON")
    actor(doc, 4, "MOR")
    found = sorted((e.source.code, e.code, e.target.code) for e in code_events(doc, book))
    # The visit has not happened: only the invitation, to the invited state, is an event.
    assert found == [("ARN", "036", "GON")]


def test_we_in_a_quote_is_the_quote_speaker(book):
    # «Мы осуждаем Гондорию» - the quotes layer gives the speaker (an Arnorian minister).
    from letopis.model import Quote, Speaker
    doc = conll("""
        Мы       мы       PRON  2 nsubj Case=Nom|Person=1
        осуждаем осуждать VERB  0 root
        Гондорию гондория PROPN 2 obj   Case=Acc
    """)
    actor(doc, 2, "GON")
    doc.quotes = [Quote(Speaker("ARNGOV", "министр", "министр", 100, 107), doc.text, 0, len(doc.text), "сказать", "direct")]
    (event,) = code_events(doc, book)
    assert (event.source.code, event.code, event.target.code) == ("ARNGOV", "111", "GON")


def test_a_state_named_in_a_direct_quote_speaks_through_the_speaker(book):
    # «Арнория осуждает Гондорию», - сказал министр Арнории.
    from letopis.model import Quote, Speaker
    doc = conll("""
        Арнория  арнория  PROPN 2 nsubj Case=Nom
        осуждает осуждать VERB  0 root
        Гондорию гондория PROPN 2 obj   Case=Acc
    """)
    actor(doc, 0, "ARN")
    actor(doc, 2, "GON")
    doc.quotes = [Quote(Speaker("ARNGOV", "министр", "министр", 100, 107), doc.text, 0, len(doc.text), "сказать", "direct")]
    (event,) = code_events(doc, book)
    assert (event.source.code, event.target.code) == ("ARNGOV", "GON")
    doc.quotes[0].kind = "indirect"  # reported words keep the state the speaker names
    (event,) = code_events(doc, book)
    assert event.source.code == "ARN"


def test_an_act_inside_what_a_denial_denies_is_contested_by_it(book):
    # "Арнория опровергла сообщения о нападении Гондории на Морию"
    doc = conll("""
        Арнория    арнория      PROPN 2 nsubj Case=Nom
        опровергла опровергнуть VERB  0 root
        сообщения  сообщение    NOUN  2 obj   Case=Acc
        о          о            ADP   5 case
        нападении  нападение    NOUN  3 nmod  Case=Loc
        Гондории   гондория     PROPN 5 nmod  Case=Gen
        на         на           ADP   8 case
        Морию      мория        PROPN 5 nmod  Case=Acc
    """)
    actor(doc, 0, "ARN")
    actor(doc, 5, "GON")
    actor(doc, 7, "MOR")
    events = code_events(doc, book)
    denial = next(i for i, e in enumerate(events) if e.code == "016")
    (attack,) = [e for e in events if e.root_code == "19"]
    assert (attack.source.code, attack.target.code, attack.contested_by) == ("GON", "MOR", denial)
    assert events[denial].contested_by is None
    assert attack.to_json()["contested_by"] == denial


def test_an_act_outside_the_denial_is_not_contested(book):
    # "Арнория напала на Морию, Гондория опровергла это" - the attack is not inside the denial's object.
    doc = conll("""
        Арнория    арнория      PROPN 2 nsubj Case=Nom
        напала     напасть      VERB  0 root
        на         на           ADP   4 case
        Морию      мория        PROPN 2 obl   Case=Acc

        Гондория   гондория     PROPN 2 nsubj Case=Nom
        опровергла опровергнуть VERB  0 root
        это        это          PRON  2 obj   Case=Acc
    """)
    actor(doc, 0, "ARN")
    actor(doc, 3, "MOR")
    actor(doc, 4, "GON")
    events = code_events(doc, book)
    assert all(e.contested_by is None for e in events)


def _border_then_concern(conflict_word: str):
    # "Бои на арнорско-гондорской границе. Мордор выразил обеспокоенность ситуацией."
    doc = make_doc([
        [("Бои", "бой" if conflict_word else "встреча", "NOUN", "Case=Nom", 0, "root"),
         ("на", "на", "ADP", "_", 5, "case"),
         ("арнорско", "арнорский", "ADJ", "_", 5, "amod"), ("-", "-", "PUNCT", "_", 3, "punct"),
         ("гондорской", "гондорский", "ADJ", "Case=Loc", 5, "amod"),
         ("границе", conflict_word or "площадь", "NOUN", "Case=Loc", 1, "nmod")],
        [("Мордор", "мордор", "PROPN", "Case=Nom", 2, "nsubj"),
         ("выразил", "выразить", "VERB", "_", 0, "root"),
         ("обеспокоенность", "обеспокоенность", "NOUN", "Case=Acc", 2, "obj"),
         ("ситуацией", "ситуация", "NOUN", "Case=Ins", 2, "obl")],
    ])
    for index, code in ((2, "ARN"), (4, "GON"), (6, "MOR")):
        token = doc.tokens[index]
        kind = "adjective" if index < 6 else "country"
        doc.actors.append(ActorMention(code, token.text, token.start, token.end, kind, "test", None, index))
    return doc


def test_concern_with_no_target_is_aimed_at_the_conflict_parties(book):
    doc = _border_then_concern("граница")
    found = sorted((e.source.code, e.code, e.target.code) for e in code_events(doc, book) if e.code == "012")
    assert found == [("MOR", "012", "ARN"), ("MOR", "012", "GON")]


def test_states_paired_outside_a_conflict_are_no_parties(book):
    from letopis.events.parties import conflict_parties

    assert [m.code for m in conflict_parties(_border_then_concern("граница"), book.conflict)] == ["ARN", "GON"]
    assert conflict_parties(_border_then_concern(""), book.conflict) == []


@pytest.mark.parametrize("frame, problem", [("obj|parties|any", "'parties' comes last"),
                                            ("none|parties", "'none' stands alone"),
                                            ("patient|obj", "'patient' stands alone"),
                                            ("patient", "needs an agent"),
                                            ("gen|obj", "'gen' stands alone"),
                                            ("people|any", "'people' stands alone")])
def test_parties_slot_is_validated(tmp_path, frame, problem):
    root = data_with_row(tmp_path, "events/patterns.tsv", f"ru.zz.parties.v1\tзаподозрить\t\t{frame}\t111\t")
    with pytest.raises(DataError, match=problem):
        PatternBook.load(root)


def test_min_confidence_drops_acts_without_a_target(book):
    # "Арнория осудила": coded with no target (confidence 0.5), hidden at 0.55.
    doc = conll("""
        Арнория арнория PROPN 2 nsubj Case=Nom
        осудила осудить VERB  0 root
    """)
    actor(doc, 0, "ARN")
    (event,) = code_events(doc, book)
    assert event.target is None and event.confidence == 0.5
    assert code_events(doc, book, min_confidence=0.55) == []


def test_patient_subject_undergoes_the_agents_act(book):
    # "Арнорский оппозиционер вышел на свободу": the police of Arnoria released him.
    doc = conll("""
        Оппозиционер оппозиционер NOUN 2 nsubj Case=Nom
        вышел        выйти        VERB 0 root
        на           на           ADP  4 case
        свободу      свобода      NOUN 2 obl   Case=Acc
    """)
    token = doc.tokens[0]
    doc.actors.append(ActorMention("ARNOPP", token.text, token.start, token.end, "role", "test", None, 0))
    toy = dataclasses.replace(book, states=book.states | {"ARN"})  # the agent is of the patient's state
    (event,) = code_events(doc, toy)
    assert (event.source.code, event.code, event.target.code) == ("ARNCOP", "0841", "ARNOPP")
    assert event.rule == "ru.release.walk_free.v1" and event.confidence == 0.7
    assert code_events(doc, book) == []  # no state known for the patient: no agent to name
