"""Response hooks a client's own pool runs: the stream idle timeout and the response size limit.

Both wrap the response body before anything reads it; with neither option set no hook is installed.
"""

from __future__ import annotations

from typing import Any, AsyncIterator, Callable, Iterator, Optional

import httpx2

from .config import TransportConfig
from .errors import ResponseTooLargeError, StreamTimeoutError

__all__ = ["response_hooks", "response_preparer"]


def response_hooks(config: TransportConfig, is_async: bool) -> list[Callable[..., Any]]:
    """httpx2 event hooks (``event_hooks={"response": ...}``) that apply ``config``'s limits."""
    prepare = response_preparer(config, is_async)
    if prepare is None:
        return []
    if is_async:

        async def async_hook(response: httpx2.Response) -> None:
            prepare(response)

        return [async_hook]
    return [prepare]


def response_preparer(config: TransportConfig, is_async: bool) -> Optional[Callable[[httpx2.Response], None]]:
    """What to do to each response before its body is read, or None when no limit is set."""
    limit = config.max_response_bytes
    idle = config.stream_timeout
    if limit is None and idle is None:
        return None

    def prepare(response: httpx2.Response) -> None:
        if limit is not None:
            declared = response.headers.get("content-length")
            if declared is not None and declared.isdigit() and int(declared) > limit:
                raise _too_large(response, limit, int(declared))
        streaming = idle is not None and response.headers.get("content-type", "").startswith("text/event-stream")
        if streaming:
            timeouts = dict(response.request.extensions.get("timeout") or {})
            timeouts["read"] = idle
            response.request.extensions["timeout"] = timeouts
        if limit is None and not streaming:
            return
        inner = response.stream
        # httpx2 wraps the transport's stream (BoundAsyncStream): the aiohttp body is inside.
        set_idle = getattr(getattr(inner, "_stream", inner), "set_idle_timeout", None)
        if streaming and set_idle is not None:
            set_idle(idle)
        if is_async:
            response.stream = _AsyncGuard(inner, response, limit, idle if streaming else None)
        else:
            response.stream = _SyncGuard(inner, response, limit, idle if streaming else None)

    return prepare


def _too_large(response: httpx2.Response, limit: int, size: int) -> ResponseTooLargeError:
    request = response.request
    return ResponseTooLargeError(
        f"{request.method} {request.url.path} answered with a body larger than max_response_bytes={limit} "
        f"({size} bytes{' or more' if size == limit + 1 else ''}); reading stopped",
        limit=limit,
        status_code=response.status_code,
        method=request.method,
        url=str(request.url),
    )


def _idle_error(response: httpx2.Response, idle: float) -> StreamTimeoutError:
    request = response.request
    return StreamTimeoutError(
        f"{request.method} {request.url.path}: the stream sent nothing for {idle:g}s (stream_timeout)",
        timeout=idle,
        method=request.method,
        url=str(request.url),
    )


class _SyncGuard(httpx2.SyncByteStream):
    def __init__(self, inner: Any, response: httpx2.Response, limit: Optional[int], idle: Optional[float]) -> None:
        self._inner = inner
        self._response = response
        self._limit = limit
        self._idle = idle

    def __iter__(self) -> Iterator[bytes]:
        limit = self._limit
        seen = 0
        try:
            for chunk in self._inner:
                if limit is not None:
                    seen += len(chunk)
                    if seen > limit:
                        raise _too_large(self._response, limit, limit + 1)
                yield chunk
        except httpx2.ReadTimeout as exc:
            if self._idle is None:
                raise
            raise _idle_error(self._response, self._idle) from exc

    @property
    def elapsed(self) -> Any:
        return getattr(self._inner, "elapsed", None)

    def close(self) -> None:
        self._inner.close()


class _AsyncGuard(httpx2.AsyncByteStream):
    def __init__(self, inner: Any, response: httpx2.Response, limit: Optional[int], idle: Optional[float]) -> None:
        self._inner = inner
        self._response = response
        self._limit = limit
        self._idle = idle

    async def __aiter__(self) -> AsyncIterator[bytes]:
        limit = self._limit
        seen = 0
        try:
            async for chunk in self._inner:
                if limit is not None:
                    seen += len(chunk)
                    if seen > limit:
                        raise _too_large(self._response, limit, limit + 1)
                yield chunk
        except httpx2.ReadTimeout as exc:
            if self._idle is None:
                raise
            raise _idle_error(self._response, self._idle) from exc

    @property
    def elapsed(self) -> Any:
        return getattr(self._inner, "elapsed", None)

    async def aclose(self) -> None:
        await self._inner.aclose()
