"""Repairs of arcs Universal Dependencies forbids (letopis.nlp.repair), on hand-built parses."""

from __future__ import annotations

from letopis.nlp.repair import repair_parse
from tests.factories import conll


def test_backward_conjunct_of_a_noun_goes_to_the_first_conjunct() -> None:
    # "Посол ЕС Иван Петров и представители ОБСЕ призывают ..., при котором запрещены митинги":
    # the parser hung "представители" on the far "митинги".
    doc = conll("""
        Посол         посол         NOUN  10 nsubj      Case=Nom
        ЕС            ес            PROPN  1 nmod       Case=Gen
        Иван          иван          PROPN  1 appos      Case=Nom
        Петров        петров        PROPN  3 flat:name  Case=Nom
        и             и             CCONJ  6 cc
        представители представитель NOUN  13 conj       Case=Nom
        ОБСЕ          обсе          PROPN  6 nmod       Case=Gen
        при           при           ADP    9 case
        котором       который       PRON  12 obl        Case=Loc
        призывают     призывать     VERB   0 root       VerbForm=Fin
        отменить      отменить      VERB  10 xcomp      VerbForm=Inf
        запрещены     запретить     VERB  11 acl:relcl  VerbForm=Part
        митинги       митинг        NOUN  12 nsubj:pass Case=Nom
    """)
    assert repair_parse(doc) == 1
    assert doc.tokens[5].head == 0 and doc.tokens[5].rel == "conj"


def test_backward_conjunct_of_a_verb_goes_to_the_verb_of_the_same_form() -> None:
    # "назвало сообщения «абсурдом» и выпустило заявление, в котором говорится": "выпустило" hung on "говорится".
    doc = conll("""
        Минобороны минобороны NOUN   2 nsubj     Case=Nom
        назвало    назвать    VERB   0 root      VerbForm=Fin
        сообщения  сообщение  NOUN   2 obj       Case=Acc
        «          «          PUNCT  5 punct
        абсурдом   абсурд     NOUN   2 obl       Case=Ins
        »          »          PUNCT  5 punct
        и          и          CCONJ  8 cc
        выпустило  выпустить  VERB  12 conj      VerbForm=Fin
        заявление  заявление  NOUN   8 obj       Case=Acc
        в          в          ADP   11 case
        котором    который    PRON  12 obl       Case=Loc
        говорится  говориться VERB   9 acl:relcl VerbForm=Fin
    """)
    assert repair_parse(doc) == 1
    assert doc.tokens[7].head == 1


def test_a_backward_conjunct_with_nothing_to_coordinate_with_is_left_alone() -> None:
    # "конфликт, но с новой силой, может": no noun in the instrumental before the coordinator.
    doc = conll("""
        конфликт конфликт NOUN  6 nsubj Case=Nom
        ,        ,        PUNCT 5 punct
        но       но       CCONJ 5 cc
        с        с        ADP   5 case
        силой    сила     NOUN  7 conj  Case=Ins
        может    мочь     VERB  0 root  VerbForm=Fin
        Россией  россия   PROPN 6 obl   Case=Ins
    """)
    assert repair_parse(doc) == 0
    assert doc.tokens[4].head == 6


def test_forward_conjuncts_and_other_arcs_are_untouched() -> None:
    doc = conll("""
        Россия       россия       PROPN 4 nsubj Case=Nom
        и            и            CCONJ 3 cc
        Китай        китай        PROPN 1 conj  Case=Nom
        договорились договориться VERB  0 root  VerbForm=Fin
    """)
    before = [(t.head, t.rel) for t in doc.tokens]
    assert repair_parse(doc) == 0
    assert [(t.head, t.rel) for t in doc.tokens] == before


def test_no_cycle_is_made() -> None:
    # The only candidate before the coordinator depends on the conjunct itself.
    doc = conll("""
        партии    партия    NOUN  3 nmod Case=Nom
        и         и         CCONJ 3 cc
        движения  движение  NOUN  4 conj Case=Nom
        выступили выступить VERB  0 root VerbForm=Fin
    """)
    assert repair_parse(doc) == 0
    assert doc.tokens[2].head == 3
