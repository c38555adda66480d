"""The exceptions the helpers raise (all are ``mistralkit.MistralError``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .._errors import MistralError

__all__ = ["ContentParseError", "JobFailedError", "RunException", "StructuredOutputError", "ToolRunError", "WaitTimeoutError"]


class StructuredOutputError(MistralError):
    """The model's answer is not valid JSON, or does not fit the requested model.

    ``content``: the raw text; ``errors``: what is wrong (pydantic's error dicts, or one entry for
    invalid JSON); ``request_id``: the API request that produced it; ``model``: the expected type.
    """

    def __init__(
        self,
        message: str,
        *,
        content: str | None,
        errors: Sequence[Any] = (),
        request_id: str | None = None,
        model: Any = None,
    ) -> None:
        self.content = content
        self.errors = list(errors)
        self.request_id = request_id
        self.model = model
        suffix = f" (request id {request_id})" if request_id else ""
        details = "".join(f"\n  - {_error_line(e)}" for e in self.errors[:10])
        super().__init__(message + suffix + details)


ContentParseError = StructuredOutputError


def _error_line(error: Any) -> str:
    if isinstance(error, dict):
        loc = ".".join(str(p) for p in error.get("loc", ())) or "(root)"
        return f"{loc}: {error.get('msg', error)}"
    return str(error)


class JobFailedError(MistralError, RuntimeError):
    """A job (batch, fine-tuning, document processing) ended without success; ``job`` is its last state."""

    def __init__(self, message: str, *, job: Any, status: str | None) -> None:
        self.job = job
        self.status = status
        super().__init__(message)


class WaitTimeoutError(MistralError, TimeoutError):
    """``wait(..., timeout=...)`` gave up; ``job`` is the last state seen (the job goes on)."""

    def __init__(self, message: str, *, job: Any) -> None:
        self.job = job
        super().__init__(message)


class ToolRunError(MistralError):
    """The tool runner could not finish: too many rounds, or an unknown tool with ``on_unknown='raise'``."""

    def __init__(self, message: str, *, messages: Sequence[Any] = ()) -> None:
        self.messages = list(messages)
        super().__init__(message)


class RunException(MistralError):
    """A conversation run cannot go on (the official SDK's name): bad ``RunContext``, tool failure..."""
