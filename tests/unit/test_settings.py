from pathlib import Path

import pytest

from letopis.errors import ConfigError
from letopis.settings import DEFAULT_PIPELINE, Settings

README = Path(__file__).resolve().parents[2] / "README.md"


def test_precedence_defaults_file_env_overrides(tmp_path):
    file = tmp_path / "s.toml"
    file.write_text('tagger_batch_size = 8\nchunk_articles = 5\nprogress = "never"\n')
    env = {"LETOPIS_CHUNK_ARTICLES": "7", "LETOPIS_PROGRESS": "always"}
    s = Settings.load(file, environ=env, overrides={"progress": "auto"})
    assert (s.tagger_batch_size, s.chunk_articles, s.progress) == (8, 7, "auto")
    assert Settings.load(environ={}).tagger_batch_size == 64


def test_pipeline_setting_reads_comma_lists():
    s = Settings.load(environ={}, overrides={"pipeline": "nlp.segment, nlp.ner"})
    assert s.pipeline == ("nlp.segment", "nlp.ner")


@pytest.mark.parametrize("overrides", [{"nope": "1"}, {"chunk_articles": "x"}, {"chunk_articles": "0"},
                                       {"progress": "sometimes"}, {"min_event_confidence": "x"},
                                       {"min_event_confidence": "1.5"}])
def test_invalid_settings_raise_config_error(overrides):
    with pytest.raises(ConfigError):
        Settings.load(environ={}, overrides=overrides)


def test_float_setting_is_read_from_text():
    assert Settings.load(environ={"LETOPIS_MIN_EVENT_CONFIDENCE": "0"}).min_event_confidence == 0.0
    assert Settings.load(environ={}, overrides={"min_event_confidence": "0.7"}).min_event_confidence == 0.7


def test_every_setting_is_documented_in_the_readme():
    text = README.read_text(encoding="utf-8")
    for name, _default, help_text in Settings.describe():
        assert help_text
        assert f"`{name}`" in text, f"setting {name} is not documented in README.md"


def test_the_readme_shows_the_default_pipeline():
    assert f"| `pipeline` | `{','.join(DEFAULT_PIPELINE)}` |" in README.read_text(encoding="utf-8")
