"""Shared fixtures. Model-backed fixtures are session-scoped: the models load once per run."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path under ../shared; skips the test when the shared folder is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not available")
    return path


@pytest.fixture(scope="session")
def pipeline():
    """The default pipeline with its models (loaded once per test session)."""
    from letopis.pipeline import Pipeline
    from letopis.settings import Settings

    return Pipeline.from_settings(Settings())


@pytest.fixture(scope="session")
def morph_vocab():
    from natasha import MorphVocab

    return MorphVocab()


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/*.expected.json")
