"""Raw responses: the HTTP exchange behind a successful call."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Generic, Mapping, TypeVar

if TYPE_CHECKING:
    import httpx2

__all__ = ["RawResponse", "request_id_of"]

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
        return self._parsed

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}] request_id={self.request_id!r} retries={self.retries}>"


_UNSET: Any = object()
