"""Actor resolution on hand-built parses with a small lexicon (no neural model)."""

from __future__ import annotations

import pytest

from letopis.actors.entries import compile_dictionary
from letopis.actors.lexicon import ActorLexicon, Country, Office, Organisation, Person, Role, Seat
from letopis.actors.matcher import Paradigms, fold
from letopis.actors.resolve import resolve_actors
from tests.factories import add_ner, conll


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
               Role("премьер-министр", "GOV", "person", ""), Role("президент", "GOV", "person", ""),
               Role("режим", "GOV", "group", ""), Role("безвизовый режим", "-", "none", ""),
               Role("сборная", "-", "none", "")],
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
    doc = conll("""
        Министр министр NOUN  4 nsubj Case=Nom|Number=Sing
        обороны оборона NOUN  1 nmod  Case=Gen|Number=Sing
        Армении армения PROPN 1 nmod  Case=Gen|Number=Sing
        заявил  заявить VERB  0 root
    """)
    assert codes(doc, dictionary) == [("Министр обороны Армении", "ARMMIL")]



def test_plural_role_over_coordinated_countries_holds_in_each(dictionary):
    # "Министры обороны Армении, Азербайджана и России встретились": each country's minister.
    doc = conll("""
        Министры    министр     NOUN  7 nsubj Case=Nom|Number=Plur
        обороны     оборона     NOUN  1 nmod  Case=Gen|Number=Sing
        Армении     армения     PROPN 2 nmod  Case=Gen|Number=Sing
        ,           ,           PUNCT 5 punct
        Азербайджана азербайджан PROPN 3 conj  Case=Gen|Number=Sing
        и           и           CCONJ 6 cc
        России      россия      PROPN 3 conj  Case=Gen|Number=Sing
        встретились встретиться VERB  0 root
    """)
    assert codes(doc, dictionary) == [("Министры обороны Армении", "ARMMIL"), ("Азербайджана", "AZEMIL"),
                                      ("России", "RUSMIL")]


def test_singular_role_leaves_a_coordinated_country_alone(dictionary):
    # "Министр обороны Армении и Азербайджан": the minister is Armenia's, Azerbaijan is the state.
    doc = conll("""
        Министр     министр     NOUN  5 nsubj Case=Nom|Number=Sing
        обороны     оборона     NOUN  1 nmod  Case=Gen|Number=Sing
        Армении     армения     PROPN 2 nmod  Case=Gen|Number=Sing
        и           и           CCONJ 5 cc
        Азербайджан азербайджан PROPN 1 conj  Case=Nom|Number=Sing
        встретились встретиться VERB  0 root
    """)
    assert codes(doc, dictionary) == [("Министр обороны Армении", "ARMMIL"), ("Азербайджан", "AZE")]


def test_a_phrase_of_kind_none_keeps_its_role_noun_from_being_an_actor(dictionary):
    # "Россия отменила безвизовый режим с Арменией": no regime acts or suffers here.
    doc = conll("""
        Россия     россия     PROPN 2 nsubj Case=Nom
        отменила   отменить   VERB  0 root
        безвизовый безвизовый ADJ   4 amod  Case=Acc
        режим      режим      NOUN  2 obj   Case=Acc
        с          с          ADP   6 case
        Арменией   армения    PROPN 4 nmod  Case=Ins
    """)
    assert codes(doc, dictionary) == [("Россия", "RUS"), ("Арменией", "ARM")]
    # "армянский режим" is still the government.
    regime = conll("""
        армянский армянский ADJ  2 amod Case=Nom
        режим     режим     NOUN 0 root Case=Nom
    """)
    assert codes(regime, dictionary) == [("армянский режим", "ARMGOV")]
    # "Сборная России обыграла Армению": the team's state is no actor either; a state beside it is.
    team = conll("""
        Сборная  сборная  NOUN  0 root  Case=Nom
        России   россия   PROPN 1 nmod  Case=Gen
        обыграла обыграть VERB  1 acl
        Армению  армения  PROPN 3 obj   Case=Acc
    """)
    assert codes(team, dictionary) == [("Армению", "ARM")]

def test_role_takes_country_from_adjective(dictionary):
    doc = conll("""
        армянского    армянский     ADJ  2 amod Case=Gen
        правительства правительство NOUN 0 root Case=Gen
    """)
    assert codes(doc, dictionary) == [("армянского правительства", "ARMGOV")]


def test_plural_group_and_adjective(dictionary):
    doc = conll("""
        российские российский ADJ  2 amod Case=Nom|Number=Plur
        военные    военный    NOUN 0 root Case=Nom|Number=Plur
    """)
    assert codes(doc, dictionary) == [("российские военные", "RUSMIL")]


def test_body_with_its_own_country_and_organisation(dictionary):
    doc = conll("""
        Госдепартамент госдепартамент PROPN 2 nsubj Case=Nom
        призвал        призвать       VERB  0 root
        Совет          совет          NOUN  2 obj   Case=Acc
        Безопасности   безопасность   NOUN  3 nmod  Case=Gen
        ООН            оон            PROPN 3 nmod
    """)
    assert codes(doc, dictionary) == [("Госдепартамент", "USAGOV"), ("Совет Безопасности ООН", "IGOUNO")]


def test_compound_adjective_gives_both_countries(dictionary):
    doc = conll("""
        на                     на                     ADP  3 case
        армяно-азербайджанской армяно-азербайджанский ADJ  3 amod Case=Loc
        границе                граница                NOUN 0 root Case=Loc
    """)
    found = codes(doc, dictionary)
    assert found == [("армяно", "ARM"), ("азербайджанской", "AZE")]


def test_person_is_coded_by_office_at_the_article_date(dictionary):
    def putin_doc(date):
        doc = conll("""
            Путин  путин   PROPN 2 nsubj Case=Nom
            заявил заявить VERB  0 root
        """)
        doc.article.date = date
        return doc

    mention = resolve_actors(putin_doc("2010-03-01"), dictionary)[0]
    assert (mention.code, mention.rule, mention.kb_id) == ("RUSGOV", "kb.office.prime_minister", "putin_vladimir")
    assert resolve_actors(putin_doc("2020-03-01"), dictionary)[0].rule == "kb.office.president"


def test_person_out_of_office_keeps_only_the_country(dictionary):
    def doc_on(date):
        doc = conll("""
            Порошенко порошенко PROPN 2 nsubj Case=Nom
            заявил    заявить   VERB  0 root
        """)
        doc.article.date = date
        return doc

    assert codes(doc_on("2019-03-01"), dictionary) == [("Порошенко", "UKRGOV")]
    assert codes(doc_on("2021-03-01"), dictionary) == [("Порошенко", "UKR")]


def test_unknown_person_coded_by_apposition_and_surname_later(dictionary):
    doc = conll("""
        премьер-министр премьер-министр NOUN  4 nsubj     Case=Nom
        Армении         армения         PROPN 1 nmod      Case=Gen
        Никол           никол           PROPN 1 appos     Case=Nom
        Пашинян         пашинян         PROPN 3 flat:name Case=Nom
        заявил          заявить         VERB  0 root

        Пашинян         пашинян         PROPN 2 nsubj     Case=Nom
        позвонил        позвонить       VERB  0 root
    """)
    add_ner(doc, "LOC", 1, 1)
    add_ner(doc, "PER", 2, 3)
    add_ner(doc, "PER", 5, 5)
    assert codes(doc, dictionary) == [("премьер-министр Армении Никол Пашинян", "ARMGOV"), ("Пашинян", "ARMGOV")]


def test_lowercase_word_is_not_a_capital_or_person(dictionary):
    doc = conll("""
        кремль кремль NOUN 0 root Case=Nom
    """)
    assert codes(doc, dictionary) == []


def test_parties_pronoun_and_agency_resolve_to_earlier_actors(dictionary):
    doc = conll("""
        между         между       ADP   2 case
        Арменией      армения     PROPN 0 root  Case=Ins
        и             и           CCONJ 4 cc
        Азербайджаном азербайджан PROPN 2 conj  Case=Ins

        США           сша         PROPN 2 nsubj Case=Nom
        призвали      призвать    VERB  0 root
        стороны       сторона     NOUN  2 obj   Case=Acc|Number=Plur

        Путин         путин       PROPN 2 nsubj Case=Nom
        выступил      выступить   VERB  0 root

        Он            он          PRON  2 nsubj Case=Nom|Number=Sing
        заявил        заявить     VERB  0 root
    """)
    doc.article.date = "2022-09-13"
    mentions = resolve_actors(doc, dictionary)
    parties = [(m.text, m.code, m.rule) for m in mentions if m.kind == "coref"]
    assert parties == [("стороны", "ARM", "coref.parties"), ("стороны", "AZE", "coref.parties"),
                       ("Он", "RUSGOV", "coref.pronoun")]



def test_parties_are_the_two_states_of_the_sentence_before(dictionary):
    # "Министр обороны Армении встретился с азербайджанским коллегой. Стороны договорились."
    doc = conll("""
        Министр          министр          NOUN  4 nsubj Case=Nom|Number=Sing
        обороны          оборона          NOUN  1 nmod  Case=Gen
        Армении          армения          PROPN 2 nmod  Case=Gen
        встретился       встретиться      VERB  0 root
        с                с                ADP   7 case
        азербайджанским  азербайджанский  ADJ   7 amod  Case=Ins
        коллегой         коллега          NOUN  4 obl   Case=Ins

        Стороны          сторона          NOUN  2 nsubj Case=Nom|Number=Plur
        договорились     договориться     VERB  0 root
    """)
    mentions = resolve_actors(doc, dictionary)
    assert [(m.text, m.code, m.rule) for m in mentions if m.kind == "coref"] == [
        ("Стороны", "ARM", "coref.parties"), ("Стороны", "AZE", "coref.parties")]
    # With a third state in that sentence "стороны" is left alone.
    three = conll("""
        Армения   армения   PROPN 2 nsubj Case=Nom
        обсудила  обсудить  VERB  0 root
        с         с         ADP   4 case
        США       сша       PROPN 2 obl   Case=Ins
        ситуацию  ситуация  NOUN  2 obj   Case=Acc
        в         в         ADP   7 case
        России    россия    PROPN 5 nmod  Case=Loc

        Стороны      сторона      NOUN 2 nsubj Case=Nom|Number=Plur
        договорились договориться VERB 0 root
    """)
    assert [m for m in resolve_actors(three, dictionary) if m.kind == "coref"] == []

def test_pronoun_without_antecedent_is_not_a_mention(dictionary):
    doc = conll("""
        Он     он      PRON 2 nsubj Case=Nom
        заявил заявить VERB 0 root
    """)
    assert resolve_actors(doc, dictionary) == []
