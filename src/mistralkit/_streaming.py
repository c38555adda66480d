"""Server-Sent Events streams: typed items, closed on exit, loud when cut short.

A stream is complete only when the server says so (``data: [DONE]`` for completions, a terminal
event for conversations and transcriptions); a connection that ends earlier, or an error event,
raises instead of silently truncating the output.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, AsyncIterator, Generic, Iterator, Optional, TypeVar

import httpx2

from . import _errors
from ._closing import ClosingAsyncIterator
from ._response import request_id_of
from ._sse import EventTooLarge, SSEDecoder

if TYPE_CHECKING:
    from ._request import Call

__all__ = ["Stream", "AsyncStream"]

T = TypeVar("T")


class _Reader:
    """The stream logic shared by the sync and async iterators: one SSE event in, one item out."""

    __slots__ = ("spec", "call", "response", "done", "count")

    def __init__(self, call: "Call", response: httpx2.Response) -> None:
        assert call.stream is not None
        self.spec = call.stream
        self.call = call
        self.response = response
        self.done = False
        self.count = 0

    def invalid(self, problem: str, body: Any = None) -> _errors.APIResponseValidationError:
        """The error for a stream that is not what its operation sends."""
        return _errors.APIResponseValidationError(
            f"{self.call.method} {self.call.path}: {problem}",
            status_code=self.response.status_code,
            body=body,
            request_id=request_id_of(self.response.headers),
            method=self.call.method,
            url=str(self.response.request.url),
        )

    def check_content_type(self) -> None:
        content_type = self.response.headers.get("content-type", "").partition(";")[0].strip().lower()
        if content_type != "text/event-stream":
            raise self.invalid(f"expected an event stream, got {content_type or 'no content type'!r}")

    def feed(self, event: str, data: str) -> Any:
        spec = self.spec
        if spec.done_data is not None and data == spec.done_data:
            self.done = True
            return None
        if event == "error" or '"error"' in data:
            self._check_error(event, data)
        if not data:
            return None
        self.count += 1
        try:
            item = spec.decode(event, data)
        except _errors.APIError as exc:
            # Decoders know the event, not the exchange: add where it happened.
            if isinstance(exc, _errors.APIStreamError) and exc.request_id is None:
                exc.request_id = request_id_of(self.response.headers)
            exc.method = exc.method or self.call.method
            exc.url = exc.url or str(self.response.request.url)
            raise
        except ValueError as exc:  # not JSON at all
            raise self.invalid(f"event {self.count} is not valid JSON: {data[:200]!r}", data) from exc
        if spec.terminal_attr is not None and getattr(item, spec.terminal_attr, None) in spec.terminal_values:
            self.done = True
        return item

    def _check_error(self, event: str, data: str) -> None:
        try:
            payload: Any = json.loads(data) if data else None
        except ValueError:
            payload = data
        if event != "error":
            if not isinstance(payload, dict):
                return
            if payload.get("object") != "error" and not ("error" in payload and len(payload) <= 3):
                return
        detail = payload.get("error", payload) if isinstance(payload, dict) else payload
        message = detail.get("message") if isinstance(detail, dict) else detail
        raise _errors.APIStreamError(
            f"The server reported an error in the stream after {self.count} events: {message or 'no message'}",
            body=payload,
            request_id=request_id_of(self.response.headers),
            method=self.call.method,
            url=str(self.response.request.url),
        )

    def translate(self, exc: Exception) -> Exception:
        where = f"{self.call.method} {self.call.path}"
        if isinstance(exc, httpx2.TimeoutException):
            return _errors.APITimeoutError(
                f"{where}: the stream timed out after {self.count} events", method=self.call.method, url=str(self.response.request.url)
            )
        if isinstance(exc, EventTooLarge):
            return self.invalid(f"after {self.count} events, {exc}")
        if isinstance(exc, httpx2.TransportError):
            return _errors.APIConnectionError(
                f"{where}: the stream was interrupted after {self.count} events: "
                f"{_errors.describe_transport_error(exc)} ({type(exc).__name__})",
                method=self.call.method,
                url=str(self.response.request.url),
            )
        return exc

    def finish(self) -> None:
        # A stream whose protocol has no end marker (workflow event and log streams) ends with the connection.
        if self.spec.done_data is None and self.spec.terminal_attr is None:
            self.done = True
        if not self.done:
            raise _errors.APIConnectionError(
                f"{self.call.method} {self.call.path}: the stream ended after {self.count} events without its end marker; "
                "the output is incomplete",
                method=self.call.method,
                url=str(self.response.request.url),
            )


class _StreamBase(Generic[T]):
    def __init__(self, response: httpx2.Response, call: "Call") -> None:
        self.response = response
        self._reader = _Reader(call, response)
        self._started = False

    @property
    def headers(self) -> httpx2.Headers:
        return self.response.headers

    @property
    def request_id(self) -> Optional[str]:
        return request_id_of(self.response.headers)

    @property
    def completed(self) -> bool:
        """True once the server's end marker has been read."""
        return self._reader.done

    def _start(self) -> None:
        if self._started:
            raise RuntimeError("A stream can be iterated only once")
        self._started = True

    def __repr__(self) -> str:
        return f"<{type(self).__name__} request_id={self.request_id!r} events={self._reader.count} completed={self.completed}>"

    def _items(self, events: list[tuple[str, str]]) -> Iterator[T]:
        # The items of one piece of text's events, each yielded as soon as it is decoded (an error
        # event later in the piece must not take the ones before it), up to the end marker.
        reader = self._reader
        for event, data in events:
            item = reader.feed(event, data)
            if item is not None:
                self._seen(item)
                yield item
            if reader.done:
                return

    # Whole-stream helpers (text_stream, get_final_response, until_done): every item yielded is
    # also handed to an accumulator from lib/accumulate.py, so they work after partial iteration.
    _acc: Any = None

    def _seen(self, item: Any) -> None:
        acc = self._acc
        if acc is None:
            from .lib.accumulate import Recorder

            acc = self._acc = Recorder()
        acc.add(item)

    def _final(self) -> Any:
        if self._acc is None:
            from .lib.accumulate import Recorder

            self._acc = Recorder()
        return self._acc.result()


class Stream(_StreamBase[T]):
    """An iterator of typed events from one streamed response.

    Use it in a ``with`` block or a ``for`` loop; leaving either (also by ``break`` or an exception)
    closes the connection.
    """

    _iterator: Optional[Iterator[T]] = None

    def __iter__(self) -> Iterator[T]:
        self._start()
        return self._iter()

    def __next__(self) -> T:
        if self._iterator is None:
            self._start()
            self._iterator = self._iter()
        return next(self._iterator)

    def _iter(self) -> Iterator[T]:
        reader = self._reader
        try:
            reader.check_content_type()
            decoder = SSEDecoder()
            for text in self.response.iter_text():
                yield from self._items(decoder.feed(text))
                if reader.done:
                    return
            yield from self._items(decoder.flush())
            if reader.done:
                return
        except Exception as exc:
            translated = reader.translate(exc)
            if translated is exc:
                raise
            raise translated from None  # the cause's text may quote header values
        finally:
            self.response.close()
        reader.finish()

    def close(self) -> None:
        """Close the connection; safe to call more than once."""
        self.response.close()

    def __enter__(self) -> "Stream[T]":
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()

    def _rest(self) -> Iterator[T]:
        if self._iterator is None and not self._started:
            self._start()
            self._iterator = self._iter()
        if self._iterator is not None:
            yield from self._iterator
        elif not self.completed:
            raise RuntimeError("The stream was closed before its end; its final response is unknown")

    @property
    def text_stream(self) -> Iterator[str]:
        """The text deltas only, from where the stream is (empty deltas skipped)."""
        from .lib.accumulate import text_of_delta

        return (text for text in map(text_of_delta, self._rest()) if text)

    def until_done(self) -> "Stream[T]":
        """Read the stream to its end (every event still goes to the accumulator)."""
        for _ in self._rest():
            pass
        return self

    def get_final_response(self) -> Any:
        """The whole answer: a ``ChatCompletionResponse`` for completion streams, a
        ``ConversationResponse`` for conversation streams. Reads the rest of the stream first."""
        self.until_done()
        return self._final()


class AsyncStream(_StreamBase[T]):
    """An async iterator of typed events from one streamed response (``async with`` / ``async for``).

    Leaving an ``async for`` loop early (``break``, an exception) closes the connection at once.
    """

    _iterator: Optional[AsyncIterator[T]] = None

    def __aiter__(self) -> AsyncIterator[T]:
        self._start()
        return ClosingAsyncIterator(self._iter(), self.response)

    async def __anext__(self) -> T:
        if self._iterator is None:
            self._start()
            self._iterator = ClosingAsyncIterator(self._iter(), self.response)
        return await self._iterator.__anext__()

    async def _iter(self) -> AsyncIterator[T]:
        reader = self._reader
        try:
            reader.check_content_type()
            decoder = SSEDecoder()
            async for text in self.response.aiter_text():
                for item in self._items(decoder.feed(text)):
                    yield item
                if reader.done:
                    return
            for item in self._items(decoder.flush()):
                yield item
            if reader.done:
                return
        except Exception as exc:
            translated = reader.translate(exc)
            if translated is exc:
                raise
            raise translated from None  # the cause's text may quote header values
        finally:
            await self.response.aclose()
        reader.finish()

    async def close(self) -> None:
        """Close the connection; safe to call more than once."""
        await self.response.aclose()

    aclose = close

    async def __aenter__(self) -> "AsyncStream[T]":
        return self

    async def __aexit__(self, *exc_info: Any) -> None:
        await self.close()

    async def _rest(self) -> AsyncIterator[T]:
        if self._iterator is None and not self._started:
            self._start()
            self._iterator = self._iter()
        if self._iterator is not None:
            async for item in self._iterator:
                yield item
        elif not self.completed:
            raise RuntimeError("The stream was closed before its end; its final response is unknown")

    @property
    def text_stream(self) -> AsyncIterator[str]:
        """The text deltas only, from where the stream is (empty deltas skipped)."""
        from .lib.accumulate import text_of_delta

        return (text async for text in (text_of_delta(item) async for item in self._rest()) if text)

    async def until_done(self) -> "AsyncStream[T]":
        """Read the stream to its end (every event still goes to the accumulator)."""
        async for _ in self._rest():
            pass
        return self

    async def get_final_response(self) -> Any:
        """The whole answer: a ``ChatCompletionResponse`` for completion streams, a
        ``ConversationResponse`` for conversation streams. Reads the rest of the stream first."""
        await self.until_done()
        return self._final()
