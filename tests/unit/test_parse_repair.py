"""Repairs of arcs Universal Dependencies forbids (letopis.nlp.repair), on hand-built parses."""

from __future__ import annotations

from letopis.nlp.repair import repair_parse
from tests.factories import make_doc


def test_backward_conjunct_of_a_noun_goes_to_the_first_conjunct() -> None:
    # "Посол ЕС Иван Петров и представители ОБСЕ призывают ..., при котором запрещены митинги":
    # the parser hung "представители" on the far "митинги".
    doc = make_doc([[
        ("Посол", "посол", "NOUN", "Case=Nom", 10, "nsubj"),
        ("ЕС", "ес", "PROPN", "Case=Gen", 1, "nmod"),
        ("Иван", "иван", "PROPN", "Case=Nom", 1, "appos"),
        ("Петров", "петров", "PROPN", "Case=Nom", 3, "flat:name"),
        ("и", "и", "CCONJ", "", 6, "cc"),
        ("представители", "представитель", "NOUN", "Case=Nom", 13, "conj"),
        ("ОБСЕ", "обсе", "PROPN", "Case=Gen", 6, "nmod"),
        ("при", "при", "ADP", "", 9, "case"),
        ("котором", "который", "PRON", "Case=Loc", 12, "obl"),
        ("призывают", "призывать", "VERB", "VerbForm=Fin", 0, "root"),
        ("отменить", "отменить", "VERB", "VerbForm=Inf", 10, "xcomp"),
        ("запрещены", "запретить", "VERB", "VerbForm=Part", 11, "acl:relcl"),
        ("митинги", "митинг", "NOUN", "Case=Nom", 12, "nsubj:pass"),
    ]])
    assert repair_parse(doc) == 1
    assert doc.tokens[5].head == 0 and doc.tokens[5].rel == "conj"


def test_backward_conjunct_of_a_verb_goes_to_the_verb_of_the_same_form() -> None:
    # "назвало сообщения «абсурдом» и выпустило заявление, в котором говорится": "выпустило" hung on "говорится".
    doc = make_doc([[
        ("Минобороны", "минобороны", "NOUN", "Case=Nom", 2, "nsubj"),
        ("назвало", "назвать", "VERB", "VerbForm=Fin", 0, "root"),
        ("сообщения", "сообщение", "NOUN", "Case=Acc", 2, "obj"),
        ("«", "«", "PUNCT", "", 5, "punct"),
        ("абсурдом", "абсурд", "NOUN", "Case=Ins", 2, "obl"),
        ("»", "»", "PUNCT", "", 5, "punct"),
        ("и", "и", "CCONJ", "", 8, "cc"),
        ("выпустило", "выпустить", "VERB", "VerbForm=Fin", 12, "conj"),
        ("заявление", "заявление", "NOUN", "Case=Acc", 8, "obj"),
        ("в", "в", "ADP", "", 11, "case"),
        ("котором", "который", "PRON", "Case=Loc", 12, "obl"),
        ("говорится", "говориться", "VERB", "VerbForm=Fin", 9, "acl:relcl"),
    ]])
    assert repair_parse(doc) == 1
    assert doc.tokens[7].head == 1


def test_a_backward_conjunct_with_nothing_to_coordinate_with_is_left_alone() -> None:
    # "конфликт, но с новой силой, может": no noun in the instrumental before the coordinator.
    doc = make_doc([[
        ("конфликт", "конфликт", "NOUN", "Case=Nom", 6, "nsubj"),
        (",", ",", "PUNCT", "", 5, "punct"),
        ("но", "но", "CCONJ", "", 5, "cc"),
        ("с", "с", "ADP", "", 5, "case"),
        ("силой", "сила", "NOUN", "Case=Ins", 7, "conj"),
        ("может", "мочь", "VERB", "VerbForm=Fin", 0, "root"),
        ("Россией", "россия", "PROPN", "Case=Ins", 6, "obl"),
    ]])
    assert repair_parse(doc) == 0
    assert doc.tokens[4].head == 6


def test_forward_conjuncts_and_other_arcs_are_untouched() -> None:
    doc = make_doc([[
        ("Россия", "россия", "PROPN", "Case=Nom", 4, "nsubj"),
        ("и", "и", "CCONJ", "", 3, "cc"),
        ("Китай", "китай", "PROPN", "Case=Nom", 1, "conj"),
        ("договорились", "договориться", "VERB", "VerbForm=Fin", 0, "root"),
    ]])
    before = [(t.head, t.rel) for t in doc.tokens]
    assert repair_parse(doc) == 0
    assert [(t.head, t.rel) for t in doc.tokens] == before


def test_no_cycle_is_made() -> None:
    # The only candidate before the coordinator depends on the conjunct itself.
    doc = make_doc([[
        ("партии", "партия", "NOUN", "Case=Nom", 3, "nmod"),
        ("и", "и", "CCONJ", "", 3, "cc"),
        ("движения", "движение", "NOUN", "Case=Nom", 4, "conj"),
        ("выступили", "выступить", "VERB", "VerbForm=Fin", 0, "root"),
    ]])
    assert repair_parse(doc) == 0
    assert doc.tokens[2].head == 3
