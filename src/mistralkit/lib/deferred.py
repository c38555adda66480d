"""Tool calls that wait for a confirmation (the official SDK's "deferred tool calls").

A run stops with ``DeferredToolCallsException`` when the model calls a local function registered
with ``requires_confirmation=True`` (or an MCP tool listed in ``tool_configuration=
{"requires_confirmation": [...]}``), or when the API returns a call whose ``confirmation_status``
is ``"pending"`` (a server-side tool configured to need a confirmation). Each waiting call is a
``DeferredToolCallEntry``; ``confirm()`` or ``reject()`` it and run again with the answers (and the
exception's ``executed_results``) as the inputs:

- a local call confirmed is executed here and its result sent; rejected, its result is the
  rejection message;
- a server-side call is answered with a tool confirmation, ``allow`` or ``deny``; the server runs
  it (or not).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any, TypedDict, Union

from ..types import FunctionCallEntry, FunctionResultEntry, ToolCallConfirmation
from ._drive import Steps
from .errors import RunException

__all__ = [
    "DeferralReason",
    "DeferredToolCallConfirmation",
    "DeferredToolCallEntry",
    "DeferredToolCallRejection",
    "DeferredToolCallResponse",
    "is_deferred_response",
    "resume_steps",
]


class DeferralReason(str, Enum):
    """Why a call waits: a local tool needs a confirmation, or the server waits for one."""

    CONFIRMATION_REQUIRED = "confirmation_required"
    SERVER_SIDE_CONFIRMATION_REQUIRED = "server_side_confirmation_required"


@dataclass
class DeferredToolCallConfirmation:
    """Run this call (``override_args`` replace some of the model's arguments of a local call)."""

    tool_call_id: str
    tool_name: str
    function_call: FunctionCallEntry
    override_args: dict[str, Any] | None = None
    deferral_reason: DeferralReason | None = None


@dataclass
class DeferredToolCallRejection:
    """Do not run this call; for a local call, ``message`` is sent to the model as its result."""

    tool_call_id: str
    message: str = "Rejected by user"
    deferral_reason: DeferralReason | None = None


DeferredToolCallResponse = Union[DeferredToolCallConfirmation, DeferredToolCallRejection]


class FunctionCallSchema(TypedDict):
    id: str | None
    tool_call_id: str
    name: str
    arguments: dict[str, Any] | str


class DeferredToolCallEntrySchema(TypedDict):
    tool_call_id: str
    tool_name: str
    arguments: dict[str, Any] | str
    reason: str
    metadata: dict[str, Any]
    function_call: FunctionCallSchema


class DeferredToolCallEntry:
    """A call waiting for a confirmation: ``tool_name``, ``arguments``, ``reason``; answer it with
    ``confirm()`` or ``reject()``. ``to_dict`` / ``from_dict`` keep it across processes."""

    def __init__(
        self,
        function_call: FunctionCallEntry,
        reason: DeferralReason = DeferralReason.CONFIRMATION_REQUIRED,
        metadata: dict[str, Any] | None = None,
    ) -> None:
        self.function_call = function_call
        self.tool_call_id = function_call.tool_call_id
        self.tool_name = function_call.name
        self.arguments = function_call.arguments
        self.reason = DeferralReason(reason)
        self.metadata = metadata or {}

    def __repr__(self) -> str:
        return f"DeferredToolCallEntry(tool_name={self.tool_name!r}, tool_call_id={self.tool_call_id!r}, reason={self.reason.value!r})"

    @property
    def server_side(self) -> bool:
        return self.reason is DeferralReason.SERVER_SIDE_CONFIRMATION_REQUIRED

    def to_function_result(self, result: str) -> dict[str, str]:
        """A function result input for this call, for answering it with your own result."""
        return {"tool_call_id": self.tool_call_id, "result": result}

    def confirm(self, override_args: dict[str, Any] | None = None) -> DeferredToolCallConfirmation:
        """Allow the call; ``override_args`` (local calls only) replace some of its arguments."""
        if override_args is not None and self.server_side:
            raise RunException(f"override_args cannot be used for {self.tool_name}: the server runs this call with its own arguments")
        return DeferredToolCallConfirmation(
            tool_call_id=self.tool_call_id,
            tool_name=self.tool_name,
            function_call=self.function_call,
            override_args=override_args,
            deferral_reason=self.reason,
        )

    def reject(self, message: str = "Rejected by user") -> DeferredToolCallRejection:
        """Refuse the call; for a local call ``message`` is what the model gets as its result."""
        return DeferredToolCallRejection(tool_call_id=self.tool_call_id, message=message, deferral_reason=self.reason)

    def to_dict(self) -> DeferredToolCallEntrySchema:
        """JSON-ready data, for answering the call in another process (see ``from_dict``)."""
        call = self.function_call
        return {
            "tool_call_id": self.tool_call_id,
            "tool_name": self.tool_name,
            "arguments": self.arguments,
            "reason": self.reason.value,
            "metadata": self.metadata,
            "function_call": {"id": call.id, "tool_call_id": call.tool_call_id, "name": call.name, "arguments": call.arguments},
        }

    @classmethod
    def from_dict(cls, data: DeferredToolCallEntrySchema) -> DeferredToolCallEntry:
        call = data["function_call"]
        function_call = FunctionCallEntry(
            id=call.get("id"), tool_call_id=call["tool_call_id"], name=call["name"], arguments=call["arguments"]
        )
        reason = DeferralReason(data.get("reason", DeferralReason.CONFIRMATION_REQUIRED.value))
        return cls(function_call, reason=reason, metadata=data.get("metadata") or {})


def is_deferred_response(item: object) -> bool:
    return isinstance(item, (DeferredToolCallConfirmation, DeferredToolCallRejection))


def _server_side(response: DeferredToolCallResponse) -> bool:
    return response.deferral_reason == DeferralReason.SERVER_SIDE_CONFIRMATION_REQUIRED


def check_responses(run_ctx: Any, responses: Sequence[DeferredToolCallResponse]) -> None:
    """Errors found before anything runs or is sent."""
    if not responses:
        return
    if run_ctx.conversation_id is None:
        raise RunException(
            "Answers to deferred tool calls continue a conversation: set the RunContext's conversation_id "
            "(DeferredToolCallsException.conversation_id)"
        )
    seen: set[str] = set()
    for response in responses:
        if response.tool_call_id in seen:
            raise RunException(f"Tool call {response.tool_call_id} is answered more than once")
        seen.add(response.tool_call_id)
        if isinstance(response, DeferredToolCallConfirmation) and not _server_side(response):
            if response.tool_name not in run_ctx._tools:
                raise RunException(f"Tool '{response.tool_name}' is not registered in the RunContext")
            if response.override_args is not None and not isinstance(response.override_args, dict):
                raise RunException("override_args must be a dict of argument names to values")


def _with_overrides(response: DeferredToolCallConfirmation) -> FunctionCallEntry:
    call = response.function_call
    if response.override_args is None:
        return call
    raw = call.arguments
    arguments = json.loads(raw) if isinstance(raw, str) else dict(raw)
    return call.model_copy(update={"arguments": json.dumps({**arguments, **response.override_args})})


def resume_steps(
    run_ctx: Any, responses: Sequence[DeferredToolCallResponse]
) -> Steps[tuple[list[FunctionResultEntry], list[ToolCallConfirmation]]]:
    """Turn the answers into inputs: function results (confirmed local calls are executed, together)
    and tool confirmations for the server."""
    confirmations: list[ToolCallConfirmation] = []
    results: dict[str, FunctionResultEntry] = {}
    to_run: list[FunctionCallEntry] = []
    for response in responses:
        if _server_side(response):
            decision = "allow" if isinstance(response, DeferredToolCallConfirmation) else "deny"
            confirmations.append(ToolCallConfirmation(tool_call_id=response.tool_call_id, confirmation=decision))
        elif isinstance(response, DeferredToolCallConfirmation):
            to_run.append(_with_overrides(response))
        else:
            results[response.tool_call_id] = FunctionResultEntry(tool_call_id=response.tool_call_id, result=response.message)
    if to_run:
        for entry in (yield from run_ctx._execute(to_run)):
            results[entry.tool_call_id] = entry
    # the results go in the order the answers were given
    ordered = [results[r.tool_call_id] for r in responses if r.tool_call_id in results]
    return ordered, confirmations
