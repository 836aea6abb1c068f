import pytest

from letopis.errors import ConfigError
from letopis.model import Article, Doc, ErrorRecord
from letopis.pipeline import Pipeline, Stage, check_order, registry
from letopis.resources import Resources
from letopis.settings import DEFAULT_PIPELINE, Settings


def _stage(name, requires, assigns, func=None, batch=None):
    return Stage(name, frozenset(requires), frozenset(assigns), func or (lambda d, r: None), batch)


def test_default_pipeline_is_registered_and_well_ordered():
    known = registry()
    check_order([known[name] for name in DEFAULT_PIPELINE])
    for stage in known.values():
        assert stage.help, f"stage {stage.name} has no help text"


def test_assembly_rejects_unknown_stage():
    with pytest.raises(ConfigError, match="unknown stage 'nlp.nope'"):
        Pipeline.from_settings(Settings(pipeline=("nlp.segment", "nlp.nope")))


def test_assembly_rejects_missing_requirement():
    with pytest.raises(ConfigError, match="requires morph"):
        check_order([_stage("a", ["text"], ["tokens"]), _stage("b", ["morph"], ["entities"])])
    with pytest.raises(ConfigError, match="requires"):
        Pipeline.from_settings(Settings(pipeline=("nlp.segment", "actors.entities")))


def test_assembly_rejects_duplicates():
    with pytest.raises(ConfigError, match="twice"):
        check_order([_stage("a", ["text"], ["x"]), _stage("a", ["text"], ["x"])])


def test_segment_only_pipeline_loads_no_model():
    pipeline = Pipeline.from_settings(Settings(pipeline=("nlp.segment",)))
    (doc,) = pipeline.run([Article("a", "Первое предложение. Второе предложение.")])
    assert isinstance(doc, Doc)
    assert [s.text for s in doc.sentences] == ["Первое предложение.", "Второе предложение."]
    assert pipeline.resources.loaded() == []
    assert doc.layers == {"sentences", "tokens"}


def _boom(doc, resources):
    if "плохая" in doc.text:
        raise ValueError("boom")
    doc.extra["seen"] = True


def test_one_failing_article_becomes_an_error_record_and_the_rest_go_on():
    settings = Settings(chunk_articles=2)
    pipeline = Pipeline([_stage("x.boom", ["text"], ["seen"], _boom)], Resources(settings), settings)
    items = [Article("1", "хорошая"), Article("2", "плохая"), ErrorRecord("3", "input_not_json", "bad"),
             Article("4", "хорошая")]
    out = list(pipeline.run(items))
    assert [getattr(o, "id") for o in out] == ["1", "2", "3", "4"]
    assert isinstance(out[0], Doc) and isinstance(out[3], Doc)
    assert isinstance(out[1], ErrorRecord) and out[1].stage == "x.boom" and out[1].code == "stage_error"
    assert "ValueError: boom" in out[1].message
    assert out[2].code == "input_not_json"


def test_failing_batch_falls_back_to_one_by_one():
    calls = []

    def batch(docs, resources):
        calls.append(len(docs))
        raise RuntimeError("batch broke")

    settings = Settings()
    stage = _stage("x.batch", ["text"], ["seen"], _boom, batch)
    out = list(Pipeline([stage], Resources(settings), settings).run([Article("1", "хорошая"), Article("2", "плохая")]))
    assert calls == [2]
    assert isinstance(out[0], Doc) and out[0].extra["seen"]
    assert isinstance(out[1], ErrorRecord)


def test_a_failing_resource_loads_once_and_fails_every_article_with_its_error():
    from letopis.errors import ResourceError

    calls = []

    def broken():
        calls.append(1)
        raise ValueError("bad row")

    settings = Settings()
    resources = Resources(settings)
    resources.register("broken", broken)

    def use(doc, res):
        res.get("broken")

    out = list(Pipeline([_stage("x.use", ["text"], ["y"], use)], resources, settings).run(
        [Article("1", "а"), Article("2", "б")]))
    assert calls == [1]
    assert [o.code for o in out] == ["resource_error", "resource_error"]
    assert "bad row" in out[1].message
    with pytest.raises(ResourceError):
        resources.get("broken")


def test_a_line_break_ends_a_sentence():
    pipeline = Pipeline.from_settings(Settings(pipeline=("nlp.segment",)))
    text = "Заголовок без точки\n\nАвтор/Агентство\n\nПервое предложение. Второе предложение."
    (doc,) = pipeline.run([Article("a", text)])
    assert [s.text for s in doc.sentences] == [
        "Заголовок без точки", "Автор/Агентство", "Первое предложение.", "Второе предложение."]
    assert all(text[s.start:s.end] == s.text for s in doc.sentences)
