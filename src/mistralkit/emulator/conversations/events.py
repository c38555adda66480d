"""Answers of a turn: the JSON response and the stream events."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from starlette.responses import Response

from ..agents import (
    iso,
)
from ..responses import json_response
from ..routes import Call
from ..sse import sse_response
from ..tokenizer import (
    tokenize,
)
from .model import arguments_text
from .service import Outcome

# --------------------------------------------------------------------------
# responses and streams


def response_body(outcome: Outcome) -> dict[str, Any]:
    return {
        "object": "conversation.response",
        "conversation_id": outcome.conversation_id,
        "outputs": outcome.turn.outputs,
        "usage": outcome.turn.usage.body(),
    }


def _pieces(text: str) -> list[str]:
    return tokenize(text) or [""]


def entry_events(index: int, entry: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """The stream events of one output entry."""
    stamp = entry.get("created_at")
    base = {"created_at": stamp, "output_index": index, "id": entry["id"]}
    kind = entry["type"]
    if kind == "message.output":
        content = entry["content"]
        chunks = [{"type": "text", "text": content}] if isinstance(content, str) else content
        for content_index, chunk in enumerate(chunks):
            common = {
                "type": "message.output.delta",
                **base,
                "content_index": content_index,
                "model": entry.get("model"),
                "agent_id": entry.get("agent_id"),
                "role": "assistant",
            }
            if chunk.get("type") == "text":
                for piece in _pieces(chunk.get("text", "")):
                    yield "message.output.delta", {**common, "content": piece}
            else:
                yield "message.output.delta", {**common, "content": chunk}
    elif kind == "function.call":
        for piece in _pieces(arguments_text(entry["arguments"])):
            data = {
                "type": "function.call.delta",
                **base,
                "model": entry.get("model"),
                "agent_id": entry.get("agent_id"),
                "name": entry["name"],
                "tool_call_id": entry["tool_call_id"],
                "arguments": piece,
            }
            if entry.get("confirmation_status") is not None:
                data["confirmation_status"] = entry["confirmation_status"]
            yield "function.call.delta", data
    elif kind == "tool.execution":
        yield (
            "tool.execution.started",
            {
                "type": "tool.execution.started",
                **base,
                "model": entry.get("model"),
                "agent_id": entry.get("agent_id"),
                "name": entry["name"],
                "arguments": "",
            },
        )
        for piece in _pieces(entry["arguments"]):
            yield (
                "tool.execution.delta",
                {
                    "type": "tool.execution.delta",
                    **base,
                    "name": entry["name"],
                    "arguments": piece,
                },
            )
        yield (
            "tool.execution.done",
            {
                "type": "tool.execution.done",
                **{**base, "created_at": entry.get("completed_at") or stamp},
                "name": entry["name"],
                "info": entry.get("info") or {},
            },
        )
    elif kind == "agent.handoff":
        yield (
            "agent.handoff.started",
            {
                "type": "agent.handoff.started",
                **base,
                "previous_agent_id": entry["previous_agent_id"],
                "previous_agent_name": entry["previous_agent_name"],
            },
        )
        yield (
            "agent.handoff.done",
            {
                "type": "agent.handoff.done",
                **{**base, "created_at": entry.get("completed_at") or stamp},
                "next_agent_id": entry["next_agent_id"],
                "next_agent_name": entry["next_agent_name"],
            },
        )


def stream_events(outcome: Outcome, fail_after: int | None = None) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every event of a streamed turn; with ``fail_after``, an error event replaces the rest."""

    def events() -> Iterator[tuple[str, dict[str, Any]]]:
        yield (
            "conversation.response.started",
            {
                "type": "conversation.response.started",
                "created_at": iso(time.time()),
                "conversation_id": outcome.conversation_id,
            },
        )
        for index, entry in enumerate(outcome.turn.outputs):
            yield from entry_events(index, entry)
        yield (
            "conversation.response.done",
            {
                "type": "conversation.response.done",
                "created_at": iso(time.time()),
                "usage": outcome.turn.usage.body(),
            },
        )

    for sent, event in enumerate(events()):
        if fail_after is not None and sent >= fail_after:
            break
        yield event
    else:
        if fail_after is None:
            return
    yield (
        "conversation.response.error",
        {
            "type": "conversation.response.error",
            "created_at": iso(time.time()),
            "message": "Internal server error (injected stream-error fault)",
            "code": 3000,
        },
    )


def respond(call: Call, outcome: Outcome) -> Response:
    if call.body.get("stream"):
        fault = call.fault
        fail_after = None
        if fault is not None and fault.stream_error is not None:
            fail_after = fault.stream_error
            fault = replace(fault, stream_error=None)
        return sse_response(stream_events(outcome, fail_after), fault, done=False)
    return json_response(response_body(outcome))
