"""Test helpers: clients wired to scripted HTTP exchanges, with a fake clock that never waits."""

from __future__ import annotations

import json
from typing import Any, Callable, Iterable

import httpx2

from mistralkit import AsyncMistral, Mistral

API_KEY = "sk-test-0123456789-SECRET"

CHAT_RESPONSE = {
    "id": "cmpl-1",
    "object": "chat.completion",
    "model": "mistral-small-latest",
    "created": 1700000000,
    "usage": {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5},
    "choices": [{"index": 0, "message": {"role": "assistant", "content": "Hello there"}, "finish_reason": "stop"}],
}


def chunk(content: str, *, finish: str | None = None, role: str | None = None, usage: dict | None = None) -> dict:
    delta: dict[str, Any] = {"content": content}
    if role:
        delta["role"] = role
    out: dict[str, Any] = {
        "id": "cmpl-1",
        "object": "chat.completion.chunk",
        "created": 1700000000,
        "model": "mistral-small-latest",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }
    if usage:
        out["usage"] = usage
    return out


def sse(*events: Any, done: bool = True, newline: str = "\n") -> bytes:
    parts = []
    for event in events:
        data = event if isinstance(event, str) else json.dumps(event, ensure_ascii=False)
        parts.append(f"data: {data}{newline}{newline}")
    if done:
        parts.append(f"data: [DONE]{newline}{newline}")
    return "".join(parts).encode()


class FakeClock:
    """A monotonic clock that moves only when the code under test sleeps."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


class Script:
    """An HTTP handler answering each request with the next scripted reply.

    A reply is an ``httpx2.Response``, an exception instance to raise, or a callable taking the request.
    """

    def __init__(self, *replies: Any) -> None:
        self.replies = list(replies)
        self.requests: list[httpx2.Request] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(request)
        if not self.replies:
            raise AssertionError(f"unexpected request {request.method} {request.url}")
        reply = self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]
        if callable(reply) and not isinstance(reply, httpx2.Response):
            reply = reply(request)
        if isinstance(reply, BaseException):
            raise reply
        return reply

    async def handle_async(self, request: httpx2.Request) -> httpx2.Response:
        return self(request)

    @property
    def bodies(self) -> list[Any]:
        return [json.loads(r.content) if r.content else None for r in self.requests]


def ok(payload: Any = None, status: int = 200, headers: dict | None = None) -> httpx2.Response:
    return httpx2.Response(status, json=CHAT_RESPONSE if payload is None else payload, headers=headers)


def make_client(script: Script, clock: FakeClock | None = None, **kwargs: Any) -> Mistral:
    http = httpx2.Client(transport=httpx2.MockTransport(script))
    client = Mistral(api_key=kwargs.pop("api_key", API_KEY), server_url="https://api.test", http_client=http, **kwargs)
    clock = clock or FakeClock()
    client._clock = clock
    client._sleep = clock.sleep
    return client


def make_async_client(script: Script, clock: FakeClock | None = None, **kwargs: Any) -> AsyncMistral:
    http = httpx2.AsyncClient(transport=httpx2.MockTransport(script.handle_async))
    client = AsyncMistral(api_key=kwargs.pop("api_key", API_KEY), server_url="https://api.test", http_client=http, **kwargs)
    clock = clock or FakeClock()
    client._clock = clock
    client._sleep = clock.async_sleep
    return client


class ChunkedStream(httpx2.SyncByteStream):
    """A response body delivered in the given network chunks; records whether it was closed."""

    def __init__(self, chunks: Iterable[bytes], fail_after: BaseException | None = None) -> None:
        self.chunks = list(chunks)
        self.fail_after = fail_after
        self.closed = False
        self.sent = 0

    def __iter__(self):
        for piece in self.chunks:
            self.sent += 1
            yield piece
        if self.fail_after is not None:
            raise self.fail_after

    def close(self) -> None:
        self.closed = True


class AsyncChunkedStream(httpx2.AsyncByteStream):
    def __init__(self, chunks: Iterable[bytes], fail_after: BaseException | None = None) -> None:
        self.chunks = list(chunks)
        self.fail_after = fail_after
        self.closed = False

    async def __aiter__(self):
        for piece in self.chunks:
            yield piece
        if self.fail_after is not None:
            raise self.fail_after

    async def aclose(self) -> None:
        self.closed = True


def event_stream(body: ChunkedStream | AsyncChunkedStream, headers: dict | None = None) -> Callable[[httpx2.Request], httpx2.Response]:
    def reply(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(200, headers={"content-type": "text/event-stream", **(headers or {})}, stream=body)

    return reply


MESSAGES = [{"role": "user", "content": "Hi"}]
