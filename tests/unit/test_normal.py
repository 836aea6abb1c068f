"""Normal forms on hand-built parses (pymorphy2 dictionaries only, no neural model)."""

from letopis.actors.normal import normal_form
from letopis.actors.stage import split_abbreviations
from tests.factories import add_ner, conll, make_doc

INS_M = "Animacy=Anim|Case=Ins|Gender=Masc|Number=Sing"


def test_person_in_instrumental(morph_vocab):
    doc = make_doc([[("с", "с", "ADP", "_", 3, "case"), ("Владимиром", "владимир", "PROPN", INS_M, 3, "flat:name"),
                     ("Путиным", "путин", "PROPN", INS_M, 0, "root")]])
    span = add_ner(doc, "PER", 1, 2)
    assert normal_form(doc, span, morph_vocab) == "Владимир Путин"


def test_organisation_inflects_only_its_head(morph_vocab):
    doc = conll("""
        Министерства министерство NOUN  0 root Animacy=Inan|Case=Gen|Gender=Neut|Number=Sing
        обороны      оборона      NOUN  1 nmod Animacy=Inan|Case=Gen|Gender=Fem|Number=Sing
        Азербайджана азербайджан  PROPN 1 nmod Animacy=Inan|Case=Gen|Gender=Masc|Number=Sing
    """)
    span = add_ner(doc, "ORG", 0, 2)
    assert normal_form(doc, span, morph_vocab) == "Министерство обороны Азербайджана"


def test_organisation_keeps_oblique_dependents_even_when_attached_oddly(morph_vocab):
    rows = [
        ("Организацию", "организация", "NOUN", "Case=Acc|Gender=Fem|Number=Sing", 0, "root"),
        ("Договора", "договор", "NOUN", "Case=Gen|Gender=Masc|Number=Sing", 1, "nmod"),
        ("о", "о", "ADP", "_", 5, "case"),
        ("коллективной", "коллективный", "ADJ", "Case=Loc|Gender=Fem|Number=Sing", 5, "amod"),
        ("безопасности", "безопасность", "NOUN", "Case=Loc|Gender=Fem|Number=Sing", 0, "root"),
    ]
    doc = make_doc([rows])
    span = add_ner(doc, "ORG", 0, 4)
    assert normal_form(doc, span, morph_vocab) == "Организация Договора о коллективной безопасности"


def test_adjective_and_noun_of_a_place_agree(morph_vocab):
    doc = conll("""
        Нагорным  нагорный ADJ   2 amod Case=Ins|Degree=Pos|Gender=Masc|Number=Sing
        Карабахом карабах  PROPN 0 root Animacy=Inan|Case=Ins|Gender=Masc|Number=Sing
    """)
    span = add_ner(doc, "LOC", 0, 1)
    assert normal_form(doc, span, morph_vocab) == "Нагорный Карабах"


def test_spelling_with_and_without_yo_is_kept(morph_vocab):
    doc = conll("""
        в        в       ADP   2 case
        Кишиневе кишинев PROPN 0 root Animacy=Inan|Case=Loc|Gender=Masc|Number=Sing
    """)
    assert normal_form(doc, add_ner(doc, "LOC", 1, 1), morph_vocab) == "Кишинев"


def test_abbreviation_in_brackets_is_split_off():
    from letopis.model import Article, Doc
    from letopis.nlp.segment import segment

    doc = Doc(Article("a", "Обратиться в Организацию Договора (ОДКБ) сегодня."))
    segment(doc, 100)
    span = add_ner(doc, "ORG", 2, 6)
    assert span.text == "Организацию Договора (ОДКБ)"
    parts = split_abbreviations(doc, [span])
    assert [(p.text, doc.text[p.start:p.end]) for p in parts] == [
        ("Организацию Договора", "Организацию Договора"), ("ОДКБ", "ОДКБ")]
    assert [doc.tokens[p.token_start].text for p in parts] == ["Организацию", "ОДКБ"]
    lone = add_ner(doc, "ORG", 4, 6)  # "(ОДКБ)" alone is not split into an empty name
    assert len(split_abbreviations(doc, [lone])) == 1


def test_organisation_with_a_cyclic_parse_still_normalises(morph_vocab):
    # slovnet can leave a cycle inside a span: no token's head lies outside it.
    doc = conll("""
        Банка  банк   NOUN  2 nmod Case=Gen|Gender=Masc|Number=Sing
        России россия PROPN 1 nmod Case=Gen|Gender=Fem|Number=Sing
    """)
    span = add_ner(doc, "ORG", 0, 1)
    assert normal_form(doc, span, morph_vocab) == "Банк России"
