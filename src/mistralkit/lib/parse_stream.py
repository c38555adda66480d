"""The stream ``chat.parse_stream`` returns: events with ``partial`` / ``parsed``, and a parsed final response."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

from typing_extensions import Self

from .parse import ParseAccumulator, ParseRequest, parse_response

__all__ = ["AsyncParsedStream", "ParsedStream"]


class _Base:
    def __init__(self, stream: Any, request: ParseRequest) -> None:
        self.stream = stream
        self._request = request
        self._acc = ParseAccumulator(request, stream.request_id)

    @property
    def request_id(self) -> str | None:
        return self.stream.request_id  # type: ignore[no-any-return]

    @property
    def response(self) -> Any:
        return self.stream.response

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self.stream!r}>"


class ParsedStream(_Base):
    """Iterate for ``ParsedCompletionEvent`` items (``event.data`` is the chunk; ``event.partial`` the
    JSON so far; ``event.parsed`` the validated object on the last event). Use in a ``with`` block."""

    def __iter__(self) -> Iterator[Any]:
        for event in self.stream:
            wrapped, _ = self._acc.wrap(event)
            yield wrapped

    @property
    def text_stream(self) -> Iterator[str]:
        return self.stream.text_stream  # type: ignore[no-any-return]

    def until_done(self) -> ParsedStream:
        self.stream.until_done()
        return self

    def get_final_response(self) -> Any:
        """The whole answer as a ``ParsedChatCompletionResponse`` (``choices[0].message.parsed``)."""
        return parse_response(self.stream.get_final_response(), self._request, self.request_id)

    def close(self) -> None:
        self.stream.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncParsedStream(_Base):
    """The async ``ParsedStream`` (``async for`` / ``async with``)."""

    async def __aiter__(self) -> AsyncIterator[Any]:
        async for event in self.stream:
            wrapped, _ = self._acc.wrap(event)
            yield wrapped

    @property
    def text_stream(self) -> AsyncIterator[str]:
        return self.stream.text_stream  # type: ignore[no-any-return]

    async def until_done(self) -> AsyncParsedStream:
        await self.stream.until_done()
        return self

    async def get_final_response(self) -> Any:
        return parse_response(await self.stream.get_final_response(), self._request, self.request_id)

    async def close(self) -> None:
        await self.stream.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
