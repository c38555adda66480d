"""Server-sent events for the contract's streaming operations.

Each event is generated from the stream's event schema (``event``, ``id``, ``data``) and shows the
item it is about.  A stream about a running item (a workflow execution) lasts until the item
finishes, at the emulator's job speed; the others send a few events and end.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Callable
from typing import Any

from starlette.responses import StreamingResponse

from ..sse import SSE_HEADERS
from ..validation import resolve
from . import lifecycle
from .render import fill, overlay, properties, rng_for, valid

EVENTS = 3
POLL_SECONDS = 0.05


def frame(event: dict[str, Any]) -> bytes:
    lines = []
    if event.get("event") is not None:
        lines.append(f"event: {event['event']}")
    if event.get("id") is not None:
        lines.append(f"id: {event['id']}")
    data = event.get("data")
    lines.append("data: " + (data if isinstance(data, str) else json.dumps(data, separators=(",", ":"))))
    return ("\n".join(lines) + "\n\n").encode("utf-8")


# The names an event uses for the fields of the item it is about.
ALIASES = {
    "execution_id": ("workflow_exec_id", "root_workflow_exec_id"),
    "run_id": ("workflow_run_id",),
}


def _about(about: dict[str, Any]) -> dict[str, Any]:
    out = dict(about)
    for name, aliases in ALIASES.items():
        if about.get(name) is not None:
            for alias in aliases:
                out.setdefault(alias, about[name])
    return out


def _regular(schema: Any) -> Any:
    """The first branch of a union that is not an error payload (errors are for failures only)."""
    schema = resolve(schema)
    if isinstance(schema, dict):
        for key in ("oneOf", "anyOf"):
            branches = schema.get(key) or []
            for branch in branches:
                if "error" not in str(branch.get("$ref", branch.get("title", ""))).lower():
                    return branch
    return schema


def make_event(schema: Any, about: dict[str, Any], seed: str, index: int) -> dict[str, Any]:
    rng = rng_for(seed, index)
    event = fill(schema, {"id": str(index)}, rng)
    if not isinstance(event, dict):
        return {"data": event}
    data_schema = properties(schema).get("data")
    if data_schema is not None:
        branch = _regular(data_schema)
        facts = _about(about)
        payload = fill(branch, facts, rng_for(seed, index, "data"))
        inner = properties(branch).get("data")
        if isinstance(payload, dict) and isinstance(payload.get("data"), dict) and inner is not None:
            # the payload's own ``data`` (the workflow event) names the item too
            candidate = {**payload, "data": overlay(inner, payload["data"], facts, rng)}
            if valid(branch, candidate):
                payload = candidate
        event["data"] = payload
        if isinstance(payload, dict) and isinstance(payload.get("stream"), str):
            event["event"] = payload["stream"]
    event["id"] = str(index)
    return event


def stream(
    schema: Any,
    about: dict[str, Any],
    seed: str,
    reload: Callable[[], dict[str, Any] | None] | None,
    job_speed: float,
) -> StreamingResponse:
    async def frames() -> AsyncIterator[bytes]:
        index = 0
        yield frame(make_event(schema, about, seed, index))
        index += 1
        if reload is not None:
            deadline = time.monotonic() + lifecycle.NOMINAL_SECONDS / job_speed + 1.0
            current = about
            while time.monotonic() < deadline:
                latest = reload()
                if latest is None:
                    break
                current = latest
                if lifecycle.finished(current):
                    break
                await asyncio.sleep(POLL_SECONDS)
            about_now = current
        else:
            about_now = about
        while index < EVENTS:
            yield frame(make_event(schema, about_now, seed, index))
            index += 1

    return StreamingResponse(frames(), media_type="text/event-stream", headers=SSE_HEADERS)
