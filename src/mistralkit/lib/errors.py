"""The exceptions the helpers raise (all are ``mistralkit.MistralError``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypedDict

from .._errors import MistralError

if TYPE_CHECKING:
    from .deferred import DeferredToolCallEntry, DeferredToolCallEntrySchema

__all__ = [
    "ContentParseError",
    "DeferredToolCallsException",
    "JobFailedError",
    "MistralClientException",
    "RunException",
    "StructuredOutputError",
    "ToolRunError",
    "WaitTimeoutError",
]


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


class MistralClientException(MistralError):
    """The official SDK's base of the errors raised by its client-side helpers (conversation runs,
    MCP), as opposed to the API's answers: ``except MistralClientException`` catches
    ``RunException``, ``DeferredToolCallsException`` and ``MCPException``, never an ``APIError``."""


class RunException(MistralClientException):
    """A conversation run cannot go on (the official SDK's name): bad ``RunContext``, tool failure..."""


class DeferredToolCallsExceptionSchema(TypedDict):
    conversation_id: str | None
    deferred_calls: list[DeferredToolCallEntrySchema]
    outputs: list[dict[str, Any]]
    executed_results: list[dict[str, Any]]


class DeferredToolCallsException(RunException):
    """A run stopped at tool calls that wait for a confirmation (the official SDK's name).

    ``deferred_calls``: the waiting calls (``DeferredToolCallEntry``: ``confirm()`` / ``reject()``);
    ``conversation_id``: the conversation to continue; ``outputs``: the run's output entries so far;
    ``executed_results``: results of the same round's calls that needed no confirmation, not sent
    yet -- pass them back with the answers: ``run(ctx, [*exc.executed_results, *answers])``.
    ``to_dict`` / ``from_dict`` keep it across processes.
    """

    def __init__(
        self,
        conversation_id: str | None,
        deferred_calls: list[DeferredToolCallEntry],
        outputs: list[Any] | None = None,
        executed_results: list[Any] | None = None,
    ) -> None:
        self.conversation_id = conversation_id
        self.deferred_calls = list(deferred_calls)
        self.outputs = list(outputs or [])
        self.executed_results = list(executed_results or [])
        names = [call.tool_name for call in self.deferred_calls]
        super().__init__(f"Deferred tool calls requiring confirmation: {names}")

    def to_dict(self) -> DeferredToolCallsExceptionSchema:
        """JSON-ready data (see ``from_dict``)."""
        return {
            "conversation_id": self.conversation_id,
            "deferred_calls": [call.to_dict() for call in self.deferred_calls],
            "outputs": [entry.model_dump(mode="json", exclude_none=True) for entry in self.outputs],
            "executed_results": [entry.model_dump(mode="json", exclude_none=True) for entry in self.executed_results],
        }

    @classmethod
    def from_dict(cls, data: DeferredToolCallsExceptionSchema) -> DeferredToolCallsException:
        from .._models import parse_obj
        from ..types import AgentHandoffEntry, FunctionCallEntry, FunctionResultEntry, MessageOutputEntry, ToolExecutionEntry
        from .deferred import DeferredToolCallEntry

        entry_types: dict[str, Any] = {
            "message.output": MessageOutputEntry,
            "function.call": FunctionCallEntry,
            "function.result": FunctionResultEntry,
            "agent.handoff": AgentHandoffEntry,
            "tool.execution": ToolExecutionEntry,
        }

        def entry(tp: Any, item: dict[str, Any]) -> Any:
            # a null sent back would not be the same as a field left out
            return parse_obj(tp, {k: v for k, v in item.items() if v is not None})

        outputs = [entry(entry_types[item["type"]], item) for item in data.get("outputs", []) if item.get("type") in entry_types]
        return cls(
            conversation_id=data["conversation_id"],
            deferred_calls=[DeferredToolCallEntry.from_dict(call) for call in data["deferred_calls"]],
            outputs=outputs,
            executed_results=[entry(FunctionResultEntry, item) for item in data.get("executed_results", [])],
        )
