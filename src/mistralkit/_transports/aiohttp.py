"""An ``httpx2`` transport that sends requests with aiohttp.

httpx2's asyncio stack is pure Python and tops out far below what the machine can do with many
requests in flight; aiohttp's C-accelerated HTTP parser does not. Plugged in under an
``httpx2.AsyncClient``, it leaves everything above the wire unchanged: requests and responses are
still ``httpx2`` objects, failures are raised as ``httpx2`` exceptions (so they map to the same
typed errors), and ``httpx2`` decodes gzip, brotli and zstd bodies.

One aiohttp session exists per event loop, made on first use in that loop.
"""

from __future__ import annotations

import asyncio
import functools
import weakref
from typing import TYPE_CHECKING, Any, AsyncIterator, Optional

import aiohttp
import httpx2

if TYPE_CHECKING:
    import ssl

__all__ = ["AiohttpTransport"]

# aiohttp adds these itself (or, for Accept-Encoding, would advertise codecs httpx2 then has to decode).
_SKIP_AUTO = frozenset({"Accept-Encoding", "User-Agent", "Content-Type"})


@functools.lru_cache(maxsize=64)
def _timeout(connect: Optional[float], read: Optional[float], pool: Optional[float]) -> aiohttp.ClientTimeout:
    # aiohttp's ``connect`` covers waiting for a pooled connection plus connecting.
    total_connect = None if pool is None or connect is None else pool + connect
    return aiohttp.ClientTimeout(total=None, connect=total_connect, sock_connect=connect, sock_read=read)


class _Body(httpx2.AsyncByteStream):
    __slots__ = ("_response", "_request")

    def __init__(self, response: aiohttp.ClientResponse, request: httpx2.Request) -> None:
        self._response = response
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        content = self._response.content
        try:
            while True:
                chunk = await content.readany()
                if not chunk:
                    break
                yield chunk
        except BaseException as exc:
            self._response.close()
            mapped = _map_error(exc, self._request, reading=True)
            if mapped is exc:
                raise
            raise mapped from exc

    def set_idle_timeout(self, seconds: Optional[float]) -> None:
        """Limit the silence between two reads of the body (a stream's idle timeout)."""
        connection = self._response.connection
        protocol = connection.protocol if connection is not None else None
        if protocol is not None:
            protocol.read_timeout = seconds
            protocol._reschedule_timeout()

    async def aclose(self) -> None:
        self._response.release()


class AiohttpTransport(httpx2.AsyncBaseTransport):
    """Send ``httpx2`` requests through an aiohttp connection pool.

    ``ssl_context`` verifies servers (and may carry a client certificate); ``proxy`` is a proxy URL
    for every request; with ``trust_env`` and no ``proxy``, ``HTTP_PROXY``/``HTTPS_PROXY``/``NO_PROXY``
    choose one per request. ``limits`` bounds the pool as ``httpx2.Limits`` does.
    """

    def __init__(
        self,
        *,
        ssl_context: "ssl.SSLContext | None" = None,
        proxy: Optional[str] = None,
        trust_env: bool = True,
        limits: Optional[httpx2.Limits] = None,
    ) -> None:
        limits = limits or httpx2.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=5.0)
        self._ssl: Any = ssl_context if ssl_context is not None else True
        self._proxy = proxy
        self._trust_env = trust_env
        self._limit = limits.max_connections or 0
        self._keepalive = limits.keepalive_expiry if limits.keepalive_expiry is not None else 3600.0
        self._keepalive_enabled = limits.max_keepalive_connections != 0
        self._sessions: "weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, aiohttp.ClientSession]" = (
            weakref.WeakKeyDictionary()
        )

    def _session(self) -> aiohttp.ClientSession:
        loop = asyncio.get_running_loop()
        session = self._sessions.get(loop)
        if session is None or session.closed:
            connector = aiohttp.TCPConnector(
                limit=self._limit,
                limit_per_host=0,
                ssl=self._ssl,
                keepalive_timeout=self._keepalive if self._keepalive_enabled else None,
                force_close=not self._keepalive_enabled,
                enable_cleanup_closed=False,
            )
            session = aiohttp.ClientSession(
                connector=connector,
                auto_decompress=False,  # httpx2 decodes, the same for every backend
                trust_env=self._trust_env and self._proxy is None,
                skip_auto_headers=_SKIP_AUTO,
                cookie_jar=aiohttp.DummyCookieJar(),
                timeout=aiohttp.ClientTimeout(total=None),
            )
            self._sessions[loop] = session
        return session

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        session = self._session()
        timeouts = request.extensions.get("timeout") or {}
        timeout = _timeout(timeouts.get("connect"), timeouts.get("read"), timeouts.get("pool"))
        data: Any
        content = getattr(request, "_content", None)
        if content is not None:
            data = content
        else:
            data = _iterate(request.stream)
        try:
            response = await session.request(
                request.method,
                str(request.url),
                headers=request.headers.multi_items(),
                data=data,
                timeout=timeout,
                allow_redirects=False,
                proxy=self._proxy,
                compress=None,
                chunked=None,
            )
        except BaseException as exc:
            mapped = _map_error(exc, request, reading=False)
            if mapped is exc:
                raise
            raise mapped from exc
        return httpx2.Response(
            response.status,
            headers=response.raw_headers,
            stream=_Body(response, request),
            request=request,
            extensions={"http_version": b"HTTP/1.1", "reason_phrase": (response.reason or "").encode("ascii", "replace")},
        )

    async def aclose(self) -> None:
        sessions = list(self._sessions.items())
        self._sessions.clear()
        current: Optional[asyncio.AbstractEventLoop]
        try:
            current = asyncio.get_running_loop()
        except RuntimeError:
            current = None
        for loop, session in sessions:
            if loop is current:
                await session.close()
            elif not loop.is_closed():
                # A session belongs to its loop: close it there.
                asyncio.run_coroutine_threadsafe(session.close(), loop)


async def _iterate(stream: Any) -> AsyncIterator[bytes]:
    async for chunk in stream:
        yield chunk


def _map_error(exc: BaseException, request: httpx2.Request, *, reading: bool) -> BaseException:
    """The ``httpx2`` exception an aiohttp failure stands for (``exc`` itself when none does)."""
    if isinstance(exc, httpx2.HTTPError):
        return exc
    text = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return httpx2.ConnectTimeout(text, request=request)
    if isinstance(exc, (aiohttp.SocketTimeoutError, aiohttp.ServerTimeoutError)):
        return httpx2.ReadTimeout(text, request=request)
    if isinstance(exc, asyncio.TimeoutError) and not isinstance(exc, asyncio.CancelledError):
        return (httpx2.ReadTimeout if reading else httpx2.ConnectTimeout)(text, request=request)
    if isinstance(exc, (aiohttp.ClientProxyConnectionError, aiohttp.ClientHttpProxyError)):
        return httpx2.ProxyError(text, request=request)
    if isinstance(exc, aiohttp.ClientConnectorError):
        return httpx2.ConnectError(text, request=request)
    if isinstance(exc, (aiohttp.ServerDisconnectedError, aiohttp.ClientPayloadError)):
        return httpx2.RemoteProtocolError(text, request=request) if not reading else httpx2.ReadError(text, request=request)
    if isinstance(exc, aiohttp.ClientResponseError):
        return httpx2.RemoteProtocolError(text, request=request)
    if isinstance(exc, (aiohttp.ClientError, ConnectionError, OSError)):
        return (httpx2.ReadError if reading else httpx2.ConnectError)(text, request=request)
    return exc
