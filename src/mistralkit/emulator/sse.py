"""Server-sent events, with the stream faults applied.

Each event is one ``http.response.body`` message, framed as::

    event: <name>          (only for named events, e.g. transcription streams)
    data: <compact JSON>
    <blank line>

Chat and FIM streams end with ``data: [DONE]``.  The faults ``cut-stream=N``,
``stream-error=N`` and ``invalid-json`` act here (see :mod:`.faults`).
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Iterable
from typing import Any

from starlette.responses import StreamingResponse

from .faults import Fault
from .responses import dumps

DONE = "[DONE]"
SSE_HEADERS = {"cache-control": "no-cache", "x-accel-buffering": "no"}


class StreamCut(Exception):
    """Raised to cut a stream mid-way (``cut-stream`` fault)."""


def encode(data: Any, event: str | None = None) -> bytes:
    payload = data.encode("utf-8") if isinstance(data, str) else dumps(data)
    if event:
        return b"event: " + event.encode("utf-8") + b"\ndata: " + payload + b"\n\n"
    return b"data: " + payload + b"\n\n"


def error_payload(message: str = "Internal server error (injected stream-error fault)") -> dict[str, Any]:
    return {"object": "error", "message": message, "type": "internal_server_error", "param": None, "code": "3000"}


async def _each(
    events: Iterable[tuple[str | None, Any]] | AsyncIterable[tuple[str | None, Any]],
) -> AsyncIterator[tuple[str | None, Any]]:
    if isinstance(events, AsyncIterable):
        async for item in events:
            yield item
    else:
        for item in events:
            yield item


async def _frames(
    events: Iterable[tuple[str | None, Any]] | AsyncIterable[tuple[str | None, Any]],
    fault: Fault | None,
    done: bool,
    error_event: str | None,
) -> AsyncIterator[bytes]:
    cut = fault.cut_stream if fault else None
    fail = fault.stream_error if fault else None
    corrupt = bool(fault and fault.invalid_json)
    sent = 0
    async for event, data in _each(events):
        if cut is not None and sent >= cut:
            raise StreamCut()
        if fail is not None and sent >= fail:
            yield encode(error_payload(), error_event)
            return
        if corrupt:
            text = dumps(data).decode("utf-8")
            yield encode(text[: max(1, len(text) // 2)], event)
            corrupt = False
        else:
            yield encode(data, event)
        sent += 1
    if cut is not None:  # fewer events than N: cut just before the end
        raise StreamCut()
    if fail is not None:
        yield encode(error_payload(), error_event)
        return
    if done:
        yield encode(DONE)


def sse_response(
    events: Iterable[tuple[str | None, Any]] | AsyncIterable[tuple[str | None, Any]],
    fault: Fault | None = None,
    *,
    done: bool = True,
    error_event: str | None = None,
) -> StreamingResponse:
    """A ``text/event-stream`` response sending ``events`` = (name, data) pairs."""
    return StreamingResponse(
        _frames(events, fault, done, error_event),
        media_type="text/event-stream",
        headers=SSE_HEADERS,
    )
