"""Actor resolution on hand-built parses with a small lexicon (no neural model)."""

from __future__ import annotations

import pytest

from letopis.actors.entries import compile_dictionary
from letopis.actors.lexicon import ActorLexicon, Country, Office, Organisation, Person, Role, Seat
from letopis.actors.matcher import Paradigms, fold
from letopis.actors.resolve import resolve_actors
from tests.factories import add_ner, make_doc


@pytest.fixture(scope="module")
def dictionary(morph_vocab):
    putin = Person("putin_vladimir", "Владимир Путин", "Vladimir Putin", ())
    putin.offices += [Office("RUS", "GOV", "president", "2000-05-07", "2008-05-07"),
                      Office("RUS", "GOV", "prime_minister", "2008-05-08", "2012-05-07"),
                      Office("RUS", "GOV", "president", "2012-05-07", "")]
    poroshenko = Person("poroshenko_petro", "Петр Порошенко", "Petro Poroshenko", ())
    poroshenko.offices.append(Office("UKR", "GOV", "president", "2014-06-07", "2019-05-20"))
    lexicon = ActorLexicon(
        countries={
            "ARM": Country("ARM", "Армения", (), ("армянский",), ("Ереван",)),
            "AZE": Country("AZE", "Азербайджан", (), ("азербайджанский",), ("Баку",)),
            "USA": Country("USA", "США", ("Соединенные Штаты", "Штаты"), ("американский",), ("Вашингтон",)),
            "RUS": Country("RUS", "Россия", ("РФ",), ("российский",), ("Москва",)),
            "UKR": Country("UKR", "Украина", (), ("украинский",), ("Киев",)),
        },
        seats=[Seat("Кремль", "RUS", "GOV")],
        roles=[Role("министр обороны", "MIL", "person", ""), Role("правительство", "GOV", "body", ""),
               Role("военный", "MIL", "group", ""), Role("Госдепартамент", "GOV", "body", "USA"),
               Role("премьер-министр", "GOV", "person", ""), Role("президент", "GOV", "person", "")],
        organisations=[Organisation("IGOUNO", ("ООН", "Совет Безопасности ООН"), "igo")],
        persons={"putin_vladimir": putin, "poroshenko_petro": poroshenko},
        role_codes=frozenset({"GOV", "MIL"}), group_codes=frozenset({"IGOUNO"}),
    )
    return compile_dictionary(lexicon, Paradigms(morph_vocab))


def codes(doc, dictionary):
    return [(m.text, m.code) for m in resolve_actors(doc, dictionary)]


def test_paradigms_inflect_but_respect_plural_only_words(morph_vocab):
    paradigms = Paradigms(morph_vocab)
    assert {"россии", "россией"} <= paradigms.forms("Россия")
    assert "штатов" in paradigms.forms("Штаты") and "штат" not in paradigms.forms("Штаты")
    assert {"военные", "военных"} <= paradigms.forms("военный")
    assert paradigms.forms("ООН") == {"оон"}
    assert fold("Ёлка") == "елка"


def test_role_takes_country_from_genitive_dependent(dictionary):
    doc = make_doc([[
        ("Министр", "министр", "NOUN", "Case=Nom|Number=Sing", 4, "nsubj"),
        ("обороны", "оборона", "NOUN", "Case=Gen|Number=Sing", 1, "nmod"),
        ("Армении", "армения", "PROPN", "Case=Gen|Number=Sing", 1, "nmod"),
        ("заявил", "заявить", "VERB", "_", 0, "root"),
    ]])
    assert codes(doc, dictionary) == [("Министр обороны Армении", "ARMMIL")]


def test_role_takes_country_from_adjective(dictionary):
    doc = make_doc([[
        ("армянского", "армянский", "ADJ", "Case=Gen", 2, "amod"),
        ("правительства", "правительство", "NOUN", "Case=Gen", 0, "root"),
    ]])
    assert codes(doc, dictionary) == [("армянского правительства", "ARMGOV")]


def test_plural_group_and_adjective(dictionary):
    doc = make_doc([[
        ("российские", "российский", "ADJ", "Case=Nom|Number=Plur", 2, "amod"),
        ("военные", "военный", "NOUN", "Case=Nom|Number=Plur", 0, "root"),
    ]])
    assert codes(doc, dictionary) == [("российские военные", "RUSMIL")]


def test_body_with_its_own_country_and_organisation(dictionary):
    doc = make_doc([[
        ("Госдепартамент", "госдепартамент", "PROPN", "Case=Nom", 2, "nsubj"),
        ("призвал", "призвать", "VERB", "_", 0, "root"),
        ("Совет", "совет", "NOUN", "Case=Acc", 2, "obj"),
        ("Безопасности", "безопасность", "NOUN", "Case=Gen", 3, "nmod"),
        ("ООН", "оон", "PROPN", "_", 3, "nmod"),
    ]])
    assert codes(doc, dictionary) == [("Госдепартамент", "USAGOV"), ("Совет Безопасности ООН", "IGOUNO")]


def test_compound_adjective_gives_both_countries(dictionary):
    doc = make_doc([[("на", "на", "ADP", "_", 3, "case"),
                     ("армяно-азербайджанской", "армяно-азербайджанский", "ADJ", "Case=Loc", 3, "amod"),
                     ("границе", "граница", "NOUN", "Case=Loc", 0, "root")]])
    found = codes(doc, dictionary)
    assert found == [("армяно", "ARM"), ("азербайджанской", "AZE")]


def test_person_is_coded_by_office_at_the_article_date(dictionary):
    def putin_doc(date):
        doc = make_doc([[("Путин", "путин", "PROPN", "Case=Nom", 2, "nsubj"), ("заявил", "заявить", "VERB", "_", 0, "root")]])
        doc.article.date = date
        return doc

    mention = resolve_actors(putin_doc("2010-03-01"), dictionary)[0]
    assert (mention.code, mention.rule, mention.kb_id) == ("RUSGOV", "kb.office.prime_minister", "putin_vladimir")
    assert resolve_actors(putin_doc("2020-03-01"), dictionary)[0].rule == "kb.office.president"


def test_person_out_of_office_keeps_only_the_country(dictionary):
    def doc_on(date):
        doc = make_doc([[("Порошенко", "порошенко", "PROPN", "Case=Nom", 2, "nsubj"), ("заявил", "заявить", "VERB", "_", 0, "root")]])
        doc.article.date = date
        return doc

    assert codes(doc_on("2019-03-01"), dictionary) == [("Порошенко", "UKRGOV")]
    assert codes(doc_on("2021-03-01"), dictionary) == [("Порошенко", "UKR")]


def test_unknown_person_coded_by_apposition_and_surname_later(dictionary):
    doc = make_doc([
        [("премьер-министр", "премьер-министр", "NOUN", "Case=Nom", 4, "nsubj"),
         ("Армении", "армения", "PROPN", "Case=Gen", 1, "nmod"),
         ("Никол", "никол", "PROPN", "Case=Nom", 1, "appos"),
         ("Пашинян", "пашинян", "PROPN", "Case=Nom", 3, "flat:name"),
         ("заявил", "заявить", "VERB", "_", 0, "root")],
        [("Пашинян", "пашинян", "PROPN", "Case=Nom", 2, "nsubj"), ("позвонил", "позвонить", "VERB", "_", 0, "root")],
    ])
    add_ner(doc, "LOC", 1, 1)
    add_ner(doc, "PER", 2, 3)
    add_ner(doc, "PER", 5, 5)
    assert codes(doc, dictionary) == [("премьер-министр Армении Никол Пашинян", "ARMGOV"), ("Пашинян", "ARMGOV")]


def test_lowercase_word_is_not_a_capital_or_person(dictionary):
    doc = make_doc([[("кремль", "кремль", "NOUN", "Case=Nom", 0, "root")]])
    assert codes(doc, dictionary) == []


def test_parties_pronoun_and_agency_resolve_to_earlier_actors(dictionary):
    doc = make_doc([
        [("между", "между", "ADP", "_", 2, "case"), ("Арменией", "армения", "PROPN", "Case=Ins", 0, "root"),
         ("и", "и", "CCONJ", "_", 4, "cc"), ("Азербайджаном", "азербайджан", "PROPN", "Case=Ins", 2, "conj")],
        [("США", "сша", "PROPN", "Case=Nom", 2, "nsubj"), ("призвали", "призвать", "VERB", "_", 0, "root"),
         ("стороны", "сторона", "NOUN", "Case=Acc|Number=Plur", 2, "obj")],
        [("Путин", "путин", "PROPN", "Case=Nom", 2, "nsubj"), ("выступил", "выступить", "VERB", "_", 0, "root")],
        [("Он", "он", "PRON", "Case=Nom|Number=Sing", 2, "nsubj"), ("заявил", "заявить", "VERB", "_", 0, "root")],
    ])
    doc.article.date = "2022-09-13"
    mentions = resolve_actors(doc, dictionary)
    parties = [(m.text, m.code, m.rule) for m in mentions if m.kind == "coref"]
    assert parties == [("стороны", "ARM", "coref.parties"), ("стороны", "AZE", "coref.parties"),
                       ("Он", "RUSGOV", "coref.pronoun")]


def test_pronoun_without_antecedent_is_not_a_mention(dictionary):
    doc = make_doc([[("Он", "он", "PRON", "Case=Nom", 2, "nsubj"), ("заявил", "заявить", "VERB", "_", 0, "root")]])
    assert resolve_actors(doc, dictionary) == []
