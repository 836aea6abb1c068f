"""NER corrections on real segmentation (razdel) with hand-made spans: no neural model."""

from __future__ import annotations

from letopis.actors.stage import correct_entities, split_abbreviations, trim_descriptors
from letopis.model import ActorMention, Article, Doc, Entity
from letopis.nlp.segment import segment
from tests.factories import add_ner


def _doc(text: str) -> Doc:
    doc = Doc(Article("a", text))
    segment(doc, 100)
    return doc


def test_descriptor_before_a_quoted_name_is_trimmed():
    doc = _doc("Концерн «Майкрософт» обжаловал штраф.")
    span = add_ner(doc, "ORG", 0, 3)
    assert span.text == "Концерн «Майкрософт»"
    (trimmed,) = trim_descriptors(doc, [span])
    assert (trimmed.text, doc.text[trimmed.start:trimmed.end]) == ("Майкрософт", "Майкрософт")
    person = add_ner(doc, "PER", 0, 3)
    person.type = "PER"
    assert trim_descriptors(doc, [person]) == [person]  # only organisations


def test_original_spelling_in_brackets_is_its_own_mention():
    doc = _doc("сказал Джоэл Саймон (Joel Simon) вчера")
    span = add_ner(doc, "PER", 1, 6)
    assert [s.text for s in split_abbreviations(doc, [span])] == ["Джоэл Саймон", "Joel Simon"]


def test_lexicon_organisation_tagged_loc_becomes_org(morph_vocab):
    doc = _doc("ЕС ввел санкции.")
    doc.entities = [Entity("LOC", 0, 2, "ЕС", "ЕС")]
    doc.actors = [ActorMention("IGOEEC", "ЕС", 0, 2, "organisation", "lexicon.organisation", "org:IGOEEC", 0)]
    correct_entities(doc, morph_vocab)
    assert doc.entities[0].type == "ORG"


def test_surname_named_elsewhere_is_tagged_where_the_model_missed_it(morph_vocab):
    doc = _doc("Бхутто вернулась в страну. Беназир Бхутто выступила.")
    for token in doc.tokens:
        token.pos, token.lemma = ("PROPN", token.text.lower()) if token.text[0].isupper() else ("VERB", token.text)
    doc.entities = [Entity("PER", 27, 41, "Беназир Бхутто", "Беназир Бхутто")]
    correct_entities(doc, morph_vocab)
    assert [(e.type, e.text) for e in doc.entities] == [("PER", "Бхутто"), ("PER", "Беназир Бхутто")]
