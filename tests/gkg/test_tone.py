"""The tone stage: word list, document tone, the classifier artefact and its features (no model),
and once on the real pipeline (slow).

Rows are ``(word, lemma, pos, feats, head, rel)`` with 1-based heads, as in
``tests/factories.make_doc``.
"""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest

from letopis.actors.lexicon import data_dir
from letopis.cli.main import main
from letopis.errors import DataError
from letopis.gkg.tone import Tone, document_tone, entity_tones, mentions
from letopis.gkg.tone_features import DENSE_SIZE, DIM, Embedder, MentionReader
from letopis.gkg.tone_model import CLASSES, EntityToneModel
from letopis.gkg.tone_words import ToneWords
from letopis.model import ActorMention, Article, Entity
from letopis.pipeline import registry
from letopis.settings import DEFAULT_PIPELINE
from tests.factories import conll, data_with_row


def w(word, lemma, pos, head, rel, feats="_"):
    return (word, lemma, pos, feats, head, rel)


class FakeNavec:
    """A navec stand-in: a fixed vector for a few words, nothing for the others."""

    def __init__(self, vectors=None):
        self.vectors = vectors or {}

    def __contains__(self, word):
        return word in self.vectors

    def get(self, word):
        return self.vectors.get(word)


@pytest.fixture(scope="module")
def words():
    return ToneWords.load()


def arrest_doc():
    """'Полиция арестовала Ивана Петрова .' and 'Анна получила премию .'"""
    doc = conll("""
        Полиция    полиция    NOUN  2 nsubj
        арестовала арестовать VERB  0 root
        Ивана      иван       PROPN 2 obj
        Петрова    петров     PROPN 3 flat:name
        .          .          PUNCT 2 punct

        Анна       анна       PROPN 2 nsubj
        получила   получить   VERB  0 root
        премию     премия     NOUN  2 obj
        .          .          PUNCT 2 punct
    """)
    ivan = doc.tokens[2].start, doc.tokens[3].end
    anna = doc.tokens[5].start, doc.tokens[5].end
    doc.entities = [Entity("PER", *ivan, doc.text[ivan[0]:ivan[1]], "Иван Петров"),
                    Entity("PER", *anna, doc.text[anna[0]:anna[1]], "Анна")]
    police = doc.tokens[0]
    doc.actors = [ActorMention("COP", police.text, police.start, police.end, "body", "test", None, 0)]
    return doc


# --- the word list ---------------------------------------------------------------------------

def test_the_word_list_loads_with_both_polarities_and_acts(words):
    assert words.polarity("убийство") == -1 and words.polarity("награда") == 1
    assert words.polarity("стол") == 0 and words.polarity("убийствО".lower()) == -1
    assert "арестовать" in words.active and words.polarity("арестовать") == -1
    assert words.positive > 200 and words.negative > 400 and words.version == "1"


def test_data_check_reports_the_tone_words_on_one_line(capsys):
    assert main(["data", "check"]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith("tone words:")]
    assert len(lines) == 1 and "positive" in lines[0] and "entity tone model: version 2" in lines[0]


@pytest.mark.parametrize("row, problem", [
    ("Победа\tpositive\t", "not one lower-case Russian word"),
    ("победа\tpositive\t", "duplicate lemma 'победа'"),
    ("радостный\tgood\t", "polarity 'good'"),
    ("радостный\tpositive\tда", "active 'да'"),
    ("радостный\t\t", "neither a polarity nor active"),
    ("радостный\tpositive", "2 fields, expected 3"),
])
def test_malformed_tone_rows_are_reported(tmp_path, capsys, row, problem):
    root = data_with_row(tmp_path, "gkg/tone.tsv", row)
    with pytest.raises(DataError, match=problem):
        ToneWords.load(root)
    assert main(["data", "check", "--root", str(root)]) == 1
    assert "tone.tsv" in capsys.readouterr().out


def test_a_list_without_positive_words_is_rejected(tmp_path):
    (tmp_path / "gkg").mkdir()
    (tmp_path / "gkg" / "tone.tsv").write_text("# version: 1\nlemma\tpolarity\tactive\nвойна\tnegative\t\n",
                                               encoding="utf-8")
    with pytest.raises(DataError, match="both positive and negative"):
        ToneWords.load(tmp_path)


# --- document tone ---------------------------------------------------------------------------

def test_document_tone_counts_words_gdelt_style(words):
    tone = document_tone(arrest_doc(), words)
    # 7 words (the two full stops are not words): арестовала negative and active, премию positive.
    assert tone.words == 7
    assert tone.negative == round(100 / 7, 3) and tone.positive == round(100 / 7, 3)
    assert tone.polarity == 0.0 and tone.activity == round(100 / 7, 3)


def test_an_empty_document_has_zero_tone(words):
    doc = conll("""
        . . PUNCT 0 root
    """)
    assert document_tone(doc, words).to_json() == {"positive": 0.0, "negative": 0.0, "polarity": 0.0,
                                                   "activity": 0.0, "words": 0}


def test_tone_json_has_the_documented_keys(words):
    out = Tone(document_tone(arrest_doc(), words)).to_json()
    assert list(out) == ["positive", "negative", "polarity", "activity", "words", "entities"]
    assert json.loads(json.dumps(out)) == out


# --- mentions and features -------------------------------------------------------------------

def test_mentions_are_the_entities_and_the_actors_outside_them():
    doc = arrest_doc()
    found = mentions(doc)
    assert [(doc.text[s:e], kind, tag, actor) for s, e, kind, tag, actor in found] == [
        ("Полиция", "body", "ORGANIZATION", "COP"), ("Ивана Петрова", "PER", "PERSON", None),
        ("Анна", "PER", "PERSON", None)]
    doc.actors.append(ActorMention("RUS", "Ивана", doc.tokens[2].start, doc.tokens[2].end, "person", "test"))
    assert len(mentions(doc)) == 3  # inside an entity: the entity speaks for it


def test_features_read_the_tone_words_around_the_mention(words):
    doc = arrest_doc()
    reader = MentionReader(doc, words, Embedder(FakeNavec()), np.zeros(DIM, dtype=np.float32))
    dense, sparse = reader.features(doc.entities[0].start, doc.entities[0].end, "PERSON")
    assert dense.shape == (DENSE_SIZE,) and dense.dtype == np.float32
    assert sparse["G0:арестовать"] == 1 and sparse["GR0:obj:арестовать"] == 1 and sparse["REL:obj"] == 1
    assert sparse["E:иван"] == 1 and sparse["W:полиция"] == 1 and "W:премия" not in sparse
    assert dense[1] == 1.0 and dense[0] == 0.0  # one negative word right next to it, no positive one
    with pytest.raises(ValueError):
        reader.features(len(doc.text) + 5, len(doc.text) + 9, "PERSON")


def test_soft_polarity_projects_unknown_words_on_the_learnt_direction(words):
    doc = conll("""
        Иван         иван           PROPN 2 nsubj
        злодействует злодействовать VERB  0 root
    """)
    direction = np.zeros(DIM, dtype=np.float32)
    direction[0] = 1.0
    vector = np.zeros(DIM, dtype=np.float32)
    vector[0] = -0.5
    reader = MentionReader(doc, words, Embedder(FakeNavec({"злодействует": vector})), direction)
    assert reader.soft(doc.tokens[1]) == pytest.approx(-0.5)
    assert reader.soft(doc.tokens[0]) == 0.0


# --- the classifier --------------------------------------------------------------------------

def toy_model(sparse_weights):
    vocabulary = {name: i for i, name in enumerate(sparse_weights)}
    sparse = np.array([sparse_weights[name] for name in vocabulary], dtype=np.float32).T.reshape(3, -1)
    return EntityToneModel(np.zeros((3, DENSE_SIZE), np.float32), sparse, np.zeros(3, np.float32),
                           np.zeros(DIM, np.float32), vocabulary, {"version": "toy"})


def test_a_toy_model_labels_the_object_of_an_arrest_negative_and_a_prize_winner_positive(words):
    doc = arrest_doc()
    model = toy_model({"GR0:obj:арестовать": (3.0, 0.0, 0.0), "W:премия": (0.0, 0.0, 3.0)})
    found = {m.text: m for m in entity_tones(doc, words, model, Embedder(FakeNavec()))}
    assert found["Ивана Петрова"].label == "negative" and found["Ивана Петрова"].score < -0.5
    assert found["Анна"].label == "positive" and found["Анна"].probability > 0.5
    assert found["Полиция"].type == "body" and found["Полиция"].actor == "COP"
    assert set(found["Анна"].to_json()) == {"text", "start", "end", "type", "actor", "label", "score", "probability"}


def test_the_shipped_model_is_small_versioned_and_documented():
    folder = data_dir() / "tone"
    assert sum(p.stat().st_size for p in folder.iterdir()) < 2 * 1024 * 1024
    model = EntityToneModel.load()
    assert model.version == "2" and model.dense.shape == (3, DENSE_SIZE)
    assert model.sparse.shape == (3, len(model.vocabulary)) and len(model.vocabulary) > 1000
    assert set(model.meta["training_data"]) == {"RuSentNE-2023/train_data.first1500.csv",
                                                "RuOpinionNE-2024/train.first600.jsonl"}
    assert model.meta["trained"] and "cv_grouped_rusentne_train" in model.meta["scores"]
    p = model.probabilities(np.zeros(DENSE_SIZE, np.float32), {"W:убить": 1.0, "not a feature": 1.0})
    assert p.shape == (3,) and abs(float(p.sum()) - 1) < 1e-5 and CLASSES[int(p.argmax())] in CLASSES


def test_a_broken_model_is_a_data_error(tmp_path):
    shutil.copytree(data_dir() / "tone", tmp_path / "tone")
    meta = json.loads((tmp_path / "tone" / "entity_model.json").read_text(encoding="utf-8"))
    meta["sparse_features"] = meta["sparse_features"][:-1]
    (tmp_path / "tone" / "entity_model.json").write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(DataError, match="array sparse: shape"):
        EntityToneModel.load(tmp_path / "tone")
    (tmp_path / "tone" / "entity_model.json").write_text("{", encoding="utf-8")
    with pytest.raises(DataError, match="cannot read"):
        EntityToneModel.load(tmp_path / "tone")


def test_the_stage_is_registered_last_in_the_default_pipeline():
    stage = registry()["gkg.tone"]
    assert DEFAULT_PIPELINE[-1] == "gkg.tone" and stage.assigns == {"tone"}
    assert {"entities", "actors", "syntax", "lemmas"} <= stage.requires


# --- the real pipeline -----------------------------------------------------------------------

@pytest.mark.slow
def test_the_pipeline_writes_the_tone_key(pipeline):
    text = ("Суд приговорил бывшего мэра Ивана Петрова к восьми годам колонии за взятки и мошенничество. "
            "Писательница Анна Смирнова получила престижную литературную премию и поблагодарила читателей "
            "за поддержку.")
    record = pipeline.process(Article(id="tone", text=text)).to_record().to_json()
    tone = record["tone"]
    assert tone["words"] == 26 and tone["negative"] > 0 and tone["positive"] > 0
    assert tone["polarity"] == round(tone["positive"] - tone["negative"], 3)
    found = {m["text"]: m for m in tone["entities"]}
    assert found["Ивана Петрова"]["label"] == "negative" and found["Ивана Петрова"]["score"] < 0
    assert found["Анна Смирнова"]["label"] == "positive" and found["Анна Смирнова"]["score"] > 0
    for m in tone["entities"]:
        assert text[m["start"]:m["end"]] == m["text"] and -1 <= m["score"] <= 1
