"""Raw and streamed responses: the HTTP exchange behind a successful call."""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING, Any, AsyncIterator, Awaitable, Callable, Generic, Iterator, Mapping, Optional, TypeVar

if TYPE_CHECKING:
    import httpx2

__all__ = [
    "RawResponse",
    "StreamedResponse",
    "AsyncStreamedResponse",
    "ResponseContextManager",
    "AsyncResponseContextManager",
    "request_id_of",
]

T = TypeVar("T")

_REQUEST_ID_HEADERS = ("x-request-id", "mistral-correlation-id", "request-id", "x-kong-request-id")


def request_id_of(headers: Mapping[str, str]) -> str | None:
    for name in _REQUEST_ID_HEADERS:
        value = headers.get(name)
        if value:
            return value
    return None


class RawResponse(Generic[T]):
    """A successful HTTP response and the typed result it carries.

    ``parse()`` returns what the method would have returned (a model, a stream, ``None`` ...).
    For streams and downloads the body is still unread: ``close()`` (``await aclose()`` with the async
    client) or a ``with`` (``async with``) block releases the connection if you do not read it all.
    """

    def __init__(self, http_response: "httpx2.Response", retries: int, parser: Callable[[], T]) -> None:
        self.http_response = http_response
        self.retries = retries
        self._parser = parser
        self._parsed: Any = _UNSET

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> "httpx2.Headers":
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        return request_id_of(self.http_response.headers)

    @property
    def rate_limits(self) -> dict[str, str]:
        """Every rate-limit header of the response (names containing ``ratelimit``), lower-cased."""
        return {k.lower(): v for k, v in self.http_response.headers.items() if "ratelimit" in k.lower()}

    @property
    def elapsed(self) -> float:
        """Seconds from sending the request to reading the response headers."""
        return self.http_response.elapsed.total_seconds()

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    def json(self) -> Any:
        return self.http_response.json()

    def parse(self) -> T:
        if self._parsed is _UNSET:
            self._parsed = self._parser()
        parsed: T = self._parsed
        return parsed

    @property
    def is_closed(self) -> bool:
        return bool(self.http_response.is_closed)

    def close(self) -> None:
        """Release the connection (of a synchronous client's response); safe to call more than once."""
        import httpx2

        stream = self.http_response.stream
        if isinstance(stream, httpx2.AsyncByteStream) and not isinstance(stream, httpx2.SyncByteStream):
            raise TypeError("This response belongs to an async client: use `await response.aclose()` or `async with`")
        self.http_response.close()

    async def aclose(self) -> None:
        """Release the connection (of an async client's response); safe to call more than once."""
        await self.http_response.aclose()

    def __enter__(self) -> "RawResponse[T]":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    async def __aenter__(self) -> "RawResponse[T]":
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} [{self.status_code}] request_id={self.request_id!r} retries={self.retries}>"


class StreamedResponse(RawResponse[T]):
    """A response whose body has not been read yet (``with_streaming_response``).

    Read it with ``read()``, ``iter_bytes()``, ``iter_lines()``, ``text`` or ``json()``, or get the typed
    result with ``parse()``; leaving the ``with`` block closes the connection.
    """

    def __init__(self, http_response: "httpx2.Response", retries: int, parser: Callable[[], T], *, unread: bool) -> None:
        super().__init__(http_response, retries, parser)
        # unread: parse() hands the unread body to a Stream or BinaryResponse instead of reading it.
        self._unread = unread

    def read(self) -> bytes:
        return bytes(self.http_response.read())

    @property
    def content(self) -> bytes:
        return self.read()

    @property
    def text(self) -> str:
        self.read()
        return str(self.http_response.text)

    def json(self) -> Any:
        self.read()
        return self.http_response.json()

    def iter_bytes(self, chunk_size: Optional[int] = None) -> Iterator[bytes]:
        return iter(self.http_response.iter_bytes(chunk_size))

    def iter_lines(self) -> Iterator[str]:
        return iter(self.http_response.iter_lines())

    def parse(self) -> T:
        if not self._unread:
            self.read()
        return super().parse()


class AsyncStreamedResponse(RawResponse[T]):
    """The async form of ``StreamedResponse``: ``await read()``, ``aiter_bytes()``, ``await parse()``."""

    def __init__(self, http_response: "httpx2.Response", retries: int, parser: Callable[[], T], *, unread: bool) -> None:
        super().__init__(http_response, retries, parser)
        self._unread = unread

    async def read(self) -> bytes:
        return bytes(await self.http_response.aread())

    async def text(self) -> str:  # type: ignore[override]
        await self.read()
        return str(self.http_response.text)

    async def json(self) -> Any:
        await self.read()
        return self.http_response.json()

    def aiter_bytes(self, chunk_size: Optional[int] = None) -> AsyncIterator[bytes]:
        return self.http_response.aiter_bytes(chunk_size).__aiter__()

    def aiter_lines(self) -> AsyncIterator[str]:
        return self.http_response.aiter_lines().__aiter__()

    async def parse(self) -> T:  # type: ignore[override]
        if not self._unread:
            await self.read()
        return super().parse()

    def close(self) -> None:
        raise TypeError("An async response is closed with `await response.aclose()`")


class ResponseContextManager(Generic[T]):
    """``with client.x.with_streaming_response.method(...) as response:`` sends on entry, closes on exit."""

    def __init__(self, send: Callable[[], StreamedResponse[T]]) -> None:
        self._send = send
        self._response: Optional[StreamedResponse[T]] = None

    def __enter__(self) -> StreamedResponse[T]:
        self._response = self._send()
        return self._response

    def __exit__(
        self, exc_type: Optional[type[BaseException]], exc: Optional[BaseException], tb: Optional[TracebackType]
    ) -> None:
        if self._response is not None:
            self._response.close()


class AsyncResponseContextManager(Generic[T]):
    """``async with client.x.with_streaming_response.method(...) as response:``, the async form."""

    def __init__(self, send: Awaitable[AsyncStreamedResponse[T]]) -> None:
        self._send = send
        self._response: Optional[AsyncStreamedResponse[T]] = None

    async def __aenter__(self) -> AsyncStreamedResponse[T]:
        self._response = await self._send
        return self._response

    async def __aexit__(
        self, exc_type: Optional[type[BaseException]], exc: Optional[BaseException], tb: Optional[TracebackType]
    ) -> None:
        if self._response is not None:
            await self._response.aclose()


_UNSET: Any = object()
