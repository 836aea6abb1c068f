"""Typed errors with stable codes.

Every error letopis raises is a :class:`LetopisError`. The ``code`` is part of
the output contract (error records carry it) and never changes meaning.
"""

from __future__ import annotations


class LetopisError(Exception):
    """Base of all letopis errors; ``code`` is stable, ``message`` is for people."""

    code = "letopis_error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def to_json(self) -> dict[str, str]:
        """The error as it appears in an output record: ``{"code", "message"}``."""
        return {"code": self.code, "message": self.message}


class ConfigError(LetopisError):
    """A setting or a pipeline definition is invalid."""

    code = "config_error"


class ResourceError(LetopisError):
    """A model or data file is missing or malformed."""

    code = "resource_error"


class InputRejected(LetopisError):
    """An input article cannot be processed (not JSON, no text, too large...)."""

    code = "input_rejected"

    def __init__(self, message: str, reason: str = "invalid") -> None:
        super().__init__(message)
        self.reason = reason
        self.code = f"input_{reason}"


class StageError(LetopisError):
    """A pipeline stage failed on one document."""

    code = "stage_error"

    def __init__(self, stage: str, doc_id: str, cause: BaseException) -> None:
        super().__init__(f"stage {stage!r} failed on article {doc_id!r}: {type(cause).__name__}: {cause}")
        self.stage = stage
        self.doc_id = doc_id
        self.cause = cause


class DataError(ResourceError):
    """A row of a data file is malformed; the message names file, line and problem."""

    code = "data_error"

    def __init__(self, path: str, line: int, problem: str) -> None:
        super().__init__(f"{path}:{line}: {problem}")
        self.path = path
        self.line = line
        self.problem = problem
