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
import datetime
import functools
import socket
import time
import weakref
from typing import TYPE_CHECKING, Any, AsyncIterator, Callable, Mapping, Optional

import aiohttp
import httpx2
from httpx2._content import ByteStream

if TYPE_CHECKING:
    import ssl

__all__ = ["AiohttpTransport", "AiohttpClient"]

# Request extension holding the request's own headers as a dict (AiohttpClient puts it there, so
# they are not decoded back from the httpx2 request).
_HEADERS = "mistralkit.headers"

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
            reschedule = getattr(protocol, "_reschedule_timeout", None)
            if reschedule is not None:
                reschedule()

    async def aclose(self) -> None:
        self._response.release()

    def close_now(self) -> None:
        """Close the connection at once, without awaiting (see mistralkit._closing).

        asyncio closes a transport's socket only on the loop's next turn: shut it down first, so the
        server sees the connection end now."""
        connection = self._response.connection
        transport = connection.transport if connection is not None else None
        sock = transport.get_extra_info("socket") if transport is not None else None
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        self._response.close()


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
        headers: Optional[Mapping[str, str]] = None,
    ) -> None:
        self._default_headers = dict(headers or {})
        limits = limits or httpx2.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=5.0)
        self._ssl: Any = ssl_context if ssl_context is not None else True
        self._proxy = proxy
        self._trust_env = trust_env
        self._limit = limits.max_connections or 0
        self._keepalive = limits.keepalive_expiry if limits.keepalive_expiry is not None else 3600.0
        self._keepalive_enabled = limits.max_keepalive_connections != 0
        self._env_proxies: Optional[dict[str, str]] = None
        if trust_env and proxy is None:
            import urllib.request

            self._env_proxies = urllib.request.getproxies_environment()
        self._proxy_for: dict[tuple[str, str], Optional[str]] = {}
        self._sessions: "weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, aiohttp.ClientSession]" = (
            weakref.WeakKeyDictionary()
        )

    def _session(self) -> aiohttp.ClientSession:
        loop = asyncio.get_running_loop()
        session = self._sessions.get(loop)
        if session is None or session.closed:
            self._forget_dead_loops()
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
                # Environment proxies are resolved here (once per origin): aiohttp's trust_env would
                # look up .netrc and the proxy variables in a thread on every request.
                trust_env=False,
                skip_auto_headers=_SKIP_AUTO,
                cookie_jar=aiohttp.DummyCookieJar(),
                headers=self._default_headers,
                timeout=aiohttp.ClientTimeout(total=None),
            )
            if hasattr(session, "_retry_connection"):
                # aiohttp silently resends an idempotent request once when a pooled connection
                # drops; the retry policy must see (and count) every attempt instead.
                session._retry_connection = False
            self._sessions[loop] = session
        return session

    def _forget_dead_loops(self) -> None:
        # A session whose event loop has ended can no longer be closed the usual way: mark its
        # connections closed so nothing lingers (or warns) after that loop.
        for loop, session in list(self._sessions.items()):
            if loop.is_closed():
                del self._sessions[loop]
                connector = session.connector
                if connector is not None:
                    _close_connector(connector)

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        return await self.exchange(request, read=False)

    async def exchange(self, request: httpx2.Request, *, read: bool) -> httpx2.Response:
        """Send ``request``; with ``read`` the whole body is read before returning (and the
        connection goes back to the pool at once), else the response streams its body."""
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
                _yarl_url(request.url),
                headers=request.extensions.get(_HEADERS) or request.headers.multi_items(),
                data=data,
                timeout=timeout,
                allow_redirects=False,
                proxy=self._proxy if self._env_proxies is None else self._choose_proxy(request.url),
                compress=None,
                chunked=None,
            )
        except BaseException as exc:
            mapped = _map_error(exc, request, reading=False)
            if mapped is exc:
                raise
            raise mapped from exc
        if read:
            try:
                body = await response.read()
            except BaseException as exc:
                response.close()
                mapped = _map_error(exc, request, reading=True)
                if mapped is exc:
                    raise
                raise mapped from exc
            extensions = {"http_version": b"HTTP/1.1", "reason_phrase": (response.reason or "").encode("ascii", "replace")}
            if response.headers.get("Content-Encoding"):
                # content= is the body as sent: httpx2 decodes it per Content-Encoding.
                return httpx2.Response(
                    response.status, headers=response.raw_headers, content=body, request=request, extensions=extensions
                )
            # A plain body is the content as it is: skip httpx2's decoding pipeline.
            result = httpx2.Response(
                response.status, headers=response.raw_headers, stream=ByteStream(body), request=request,
                extensions=extensions,
            )
            result._content = body
            result.is_stream_consumed = True
            result.is_closed = True
            return result
        return httpx2.Response(
            response.status,
            headers=response.raw_headers,
            stream=_Body(response, request),
            request=request,
            extensions={"http_version": b"HTTP/1.1", "reason_phrase": (response.reason or "").encode("ascii", "replace")},
        )

    def _choose_proxy(self, url: httpx2.URL) -> Optional[str]:
        key = (url.scheme, url.host)
        try:
            return self._proxy_for[key]
        except KeyError:
            pass
        import urllib.request

        proxies = self._env_proxies or {}
        chosen = proxies.get(url.scheme) or proxies.get("all")
        # proxy_bypass_environment applies NO_PROXY (typeshed does not list it).
        bypass: Callable[..., bool] = getattr(urllib.request, "proxy_bypass_environment")  # noqa: B009
        if chosen and bypass(url.host, proxies):
            chosen = None
        self._proxy_for[key] = chosen
        return chosen

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
            elif not loop.is_closed() and loop.is_running():
                # A session belongs to its loop: close it there.
                asyncio.run_coroutine_threadsafe(session.close(), loop)
            elif session.connector is not None:
                _close_connector(session.connector)


def _close_connector(connector: Any) -> None:
    # Without a running loop to close it on: close the sockets at once (``_close`` is synchronous;
    # transports of a closed loop refuse, which leaves nothing to close anyway).
    try:
        try:
            connector._close(abort_ssl=True)
        except TypeError:  # aiohttp before 3.12 has no abort_ssl
            connector._close()
    except RuntimeError:
        pass


def _yarl_url(url: httpx2.URL) -> Any:
    # Parsing a URL costs microseconds; the same few URLs come back on every call.
    return _parse_url(str(url))


@functools.lru_cache(maxsize=1024)
def _parse_url(text: str) -> Any:
    import yarl

    return yarl.URL(text, encoded=True)


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


class AiohttpClient:
    """The part of ``httpx2.AsyncClient`` the request core uses (``build_request``, ``send``,
    ``aclose``, ``timeout``), sending through ``AiohttpTransport``.

    The full ``httpx2.AsyncClient`` runs auth, redirect, cookie and hook machinery on every request
    that an API client never needs; at thousands of requests per second that machinery costs more
    than aiohttp itself. ``prepare`` runs on each response before its body is read.
    """

    def __init__(
        self,
        transport: AiohttpTransport,
        *,
        timeout: Any,
        headers: Mapping[str, str],
        prepare: Optional[Callable[[httpx2.Response], None]] = None,
        limits_size: bool = False,
    ) -> None:
        from httpx2._decoders import SUPPORTED_DECODERS

        self._transport = transport
        self.timeout = timeout if isinstance(timeout, httpx2.Timeout) else httpx2.Timeout(timeout)
        self._timeout_dict = self.timeout.as_dict()
        encodings = ", ".join(key for key in SUPPORTED_DECODERS if key != "identity")
        self.headers = httpx2.Headers({"Accept": "*/*", "Accept-Encoding": encodings, **headers})
        transport._default_headers.update(self.headers.items())
        self._prepare = prepare
        self._limits_size = limits_size
        self.is_closed = False

    def build_request(
        self,
        method: str,
        url: Any,
        *,
        content: Any = None,
        files: Any = None,
        data: Any = None,
        params: Any = None,
        headers: Optional[Mapping[str, str]] = None,
        timeout: Any = httpx2.USE_CLIENT_DEFAULT,
    ) -> httpx2.Request:
        if isinstance(timeout, httpx2._client.UseClientDefault):
            timeout_dict = dict(self._timeout_dict)
        else:
            timeout_dict = httpx2.Timeout(timeout).as_dict()
        # The static headers (User-Agent, Accept-Encoding) are the aiohttp session's defaults.
        own = dict(headers) if headers else {}
        if files is not None or data is not None or not isinstance(content, (bytes, type(None))):
            # Multipart bodies get their Content-Type (boundary) and length from httpx2, and send
            # httpx2's headers.
            return httpx2.Request(
                method, url, params=params, headers=own, content=content, data=data, files=files,
                extensions={"timeout": timeout_dict},
            )
        # A JSON body or none: the request is built directly. httpx2.Request() would also add Host
        # and Content-Length (aiohttp adds those) at the price of two header tables.
        request = httpx2.Request.__new__(httpx2.Request)
        request.method = method
        if not isinstance(url, httpx2.URL):
            url = httpx2.URL(url)
        request.url = url if not params else url.copy_merge_params(params)
        request.headers = httpx2.Headers(own)
        request.extensions = {"timeout": timeout_dict, _HEADERS: own}
        body = content or b""
        request.stream = ByteStream(body)
        request._content = body
        return request

    async def send(self, request: httpx2.Request, *, stream: bool = False) -> httpx2.Response:
        if self.is_closed:
            raise RuntimeError("Cannot send a request, as the client has been closed.")
        started = time.perf_counter()
        prepare = self._prepare
        # A body read whole needs no guard unless a size limit is set (the idle timeout is for streams).
        if not stream and (prepare is None or not self._limits_size):
            response = await self._transport.exchange(request, read=True)
        else:
            response = await self._transport.exchange(request, read=False)
            try:
                if prepare is not None:
                    prepare(response)
                if not stream:
                    await response.aread()
            except BaseException:
                await response.aclose()
                raise
        response.elapsed = datetime.timedelta(seconds=time.perf_counter() - started)
        return response

    async def aclose(self) -> None:
        self.is_closed = True
        await self._transport.aclose()

    async def __aenter__(self) -> "AiohttpClient":
        return self

    async def __aexit__(self, *exc_info: Any) -> None:
        await self.aclose()
