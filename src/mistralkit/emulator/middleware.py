"""The outer ASGI layer: request ids, auth, rate limit and faults.

Order for every HTTP request:

1. a request id is assigned and sent back as ``x-request-id`` and
   ``mistral-correlation-id`` on every response;
2. paths under ``/_emulator/`` (health, signed downloads) skip the rest;
3. ``Authorization: Bearer <key>`` is checked (401);
4. the rate limit, if configured, is counted (429);
5. a fault, if one applies, is injected (status, latency, drop, invalid JSON,
   stream cuts).

Dropping a connection needs the server's transport: under uvicorn the
connection is aborted before any byte of response is written.  Served
in-process (``httpx2.ASGITransport``) there is no connection, so the emulator
raises :class:`httpx2.RemoteProtocolError`, which is what a client sees when a
real server hangs up.
"""

from __future__ import annotations

import asyncio
import math
from typing import Any

import httpx2

from .auth import bearer_token, is_authorized
from .errors import APIError, error_type_for, unauthorized_body
from .faults import FAULT_HEADER, FAULT_KEY_HEADER, Fault, FaultSyntaxError
from .responses import dumps
from .sse import StreamCut
from .state import EmulatorState

REQUEST_ID_KEY = "mistralkit.request_id"
FAULT_KEY = "mistralkit.fault"
INTERNAL_PREFIX = "/_emulator/"

Scope = dict[str, Any]


def _header(headers: list[tuple[bytes, bytes]], name: bytes) -> str | None:
    for key, value in headers:
        if key == name:
            return value.decode("latin-1")
    return None


def _transport(receive: Any) -> Any:
    """The asyncio transport behind uvicorn's ``receive``, if there is one."""
    owner = getattr(receive, "__self__", None)
    return getattr(owner, "transport", None)


async def _hang_up(receive: Any, *, mid_body: bool) -> None:
    transport = _transport(receive)
    if transport is not None:
        transport.abort()
        for _ in range(3):  # let the server notice the connection is gone
            await asyncio.sleep(0)
        return
    if mid_body:
        raise httpx2.RemoteProtocolError("peer closed connection without sending complete message body")
    raise httpx2.RemoteProtocolError("Server disconnected without sending a response.")


class EmulatorMiddleware:
    def __init__(self, app: Any, state: EmulatorState) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        state = self.state
        request_id = state.request_ids.next()
        scope[REQUEST_ID_KEY] = request_id
        rid = request_id.encode()
        extra: list[tuple[bytes, bytes]] = [(b"x-request-id", rid), (b"mistral-correlation-id", rid)]

        if scope["path"].startswith(INTERNAL_PREFIX):
            await self.app(scope, receive, _with_headers(send, extra))
            return

        headers = scope["headers"]
        token = bearer_token(headers)
        if not is_authorized(token, state.settings.api_key):
            await _send_json(send, 401, unauthorized_body(request_id), extra + [(b"www-authenticate", b"Bearer")])
            return

        if state.rate_limiter is not None:
            allowed, limit_headers, reset = state.rate_limiter.hit(token or "")
            extra.extend(limit_headers)
            if not allowed:
                err = APIError(429, "Requests rate limit exceeded", type="rate_limited", code="1300")
                retry = [
                    (b"retry-after", str(max(1, math.ceil(reset))).encode()),
                    (b"retry-after-ms", str(max(1, math.ceil(reset * 1000))).encode()),
                ]
                await _send_json(send, 429, err.body(), extra + retry)
                return

        fault_text = _header(headers, FAULT_HEADER.encode())
        try:
            fault = state.faults.pick(fault_text, _header(headers, FAULT_KEY_HEADER.encode()))
        except FaultSyntaxError as exc:
            err = APIError(400, f"Invalid {FAULT_HEADER} header: {exc}", type="invalid_request_error")
            await _send_json(send, 400, err.body(), extra)
            return

        if fault is not None:
            if fault.latency:
                await asyncio.sleep(fault.latency)
            if fault.drop:
                await _hang_up(receive, mid_body=False)
                return
            if fault.status is not None:
                await _send_json(send, fault.status, _fault_body(fault), extra + _retry_headers(fault))
                return
            if fault.affects_response:
                scope[FAULT_KEY] = fault
                if fault.invalid_json:
                    send = _corrupting(send)

        try:
            await self.app(scope, receive, _with_headers(send, extra))
        except Exception as exc:
            if not _is_cut(exc):
                raise
            await _hang_up(receive, mid_body=True)


def _is_cut(exc: BaseException) -> bool:
    """A :class:`StreamCut`, possibly wrapped in an exception group."""
    if isinstance(exc, StreamCut):
        return True
    inner = getattr(exc, "exceptions", None)
    if not isinstance(inner, tuple) or not inner:
        return False
    return all(_is_cut(e) for e in inner)


def _fault_body(fault: Fault) -> dict[str, Any]:
    status = fault.status or 500
    codes = {429: "1300", 500: "3000", 502: "3000", 503: "3000", 504: "3000"}
    return {
        "object": "error",
        "message": f"Injected fault: HTTP {status}",
        "type": error_type_for(status),
        "param": None,
        "code": codes.get(status),
    }


def _retry_headers(fault: Fault) -> list[tuple[bytes, bytes]]:
    out = []
    if fault.retry_after is not None:
        value = fault.retry_after
        out.append((b"retry-after", (str(int(value)) if float(value).is_integer() else str(value)).encode()))
    if fault.retry_after_ms is not None:
        out.append((b"retry-after-ms", str(fault.retry_after_ms).encode()))
    return out


def _with_headers(send: Any, extra: list[tuple[bytes, bytes]]) -> Any:
    async def wrapped(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            message = dict(message)
            message["headers"] = list(message.get("headers", [])) + extra
        await send(message)

    return wrapped


def _corrupting(send: Any) -> Any:
    """Make a non-streamed JSON body unparsable (``invalid-json`` fault)."""
    pending: dict[str, Any] = {}

    async def wrapped(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            ctype = _header(list(message.get("headers", [])), b"content-type") or ""
            if ctype.startswith("application/json"):
                pending["start"] = message
                pending["body"] = b""
                return
            await send(message)
            return
        if message["type"] == "http.response.body" and "start" in pending:
            pending["body"] += message.get("body", b"")
            if message.get("more_body"):
                return
            body = pending["body"]
            broken = body[: max(1, len(body) // 2)] if len(body) > 2 else b"{"
            start = dict(pending.pop("start"))
            start["headers"] = [(k, v) for k, v in start.get("headers", []) if k != b"content-length"] + [
                (b"content-length", str(len(broken)).encode())
            ]
            await send(start)
            await send({"type": "http.response.body", "body": broken, "more_body": False})
            return
        await send(message)

    return wrapped


async def _send_json(send: Any, status: int, body: Any, headers: list[tuple[bytes, bytes]]) -> None:
    payload = dumps(body)
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(payload)).encode()),
                *headers,
            ],
        }
    )
    await send({"type": "http.response.body", "body": payload, "more_body": False})
